"""`kg validate`: check the whole graph against the SHACL shapes (kg/ontology/shapes.ttl) with pyshacl."""

from __future__ import annotations

from collections import Counter
from importlib.resources.abc import Traversable

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.config import Settings
from kg.resources import ONTOLOGY, SHAPES
from kg.store import open_store
from kg.vocab import ONTOLOGY_GRAPH

MAX_EXAMPLES = 3


def validate_store(settings: Settings) -> tuple[bool, str]:
    """Validate the union of all graphs in the store; returns (conforms, a short Dutch/English report)."""
    store = open_store(settings, read_only=True)
    try:
        ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
        # Union of the data graphs (a triple in two graphs counts once); the ontology is passed separately.
        triples = {q.triple for q in store.quads() if q.graph_name != ontology}
    finally:
        store.close()
    data = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return validate_graph(data)


def validate_graph(data: Graph, shapes: Traversable = SHAPES,
                   ontology: Traversable = ONTOLOGY) -> tuple[bool, str]:
    """Run the SHACL shapes over one rdflib graph (the ontology supplies class and role declarations)."""
    from pyshacl import validate

    shapes_graph = Graph().parse(data=shapes.read_text(encoding="utf-8"), format="turtle")
    ont_graph = Graph().parse(data=ontology.read_text(encoding="utf-8"), format="turtle")
    conforms, results, _ = validate(data, shacl_graph=shapes_graph, ont_graph=ont_graph, inference="none",
                                    abort_on_first=False, allow_warnings=True)
    return bool(conforms), summarise(bool(conforms), results, len(data))


def summarise(conforms: bool, results: Graph, size: int) -> str:
    """One line per kind of problem, with its count and a few example nodes."""
    if conforms:
        return f"De graaf voldoet aan de SHACL-vormen (graph conforms); {size} triples gecontroleerd."
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for result in results.subjects(SH.resultSeverity, None):
        message = results.value(result, SH.resultMessage)
        path = results.value(result, SH.resultPath)
        component = results.value(result, SH.sourceConstraintComponent)
        key = str(message) if message is not None else f"{_short(path)}: {_short(component)}"
        kinds[key] += 1
        focus = results.value(result, SH.focusNode)
        examples.setdefault(key, [])
        if len(examples[key]) < MAX_EXAMPLES and focus is not None and _short(focus) not in examples[key]:
            examples[key].append(_short(focus))
    total = sum(kinds.values())
    lines = [f"De graaf voldoet NIET aan de SHACL-vormen (graph does not conform): {total} overtreding(en) "
             f"in {size} triples."]
    for key, count in kinds.most_common():
        lines.append(f"  {count:>5} x {key}")
        lines.append(f"          bijv. {', '.join(examples[key])}")
    return "\n".join(lines)


def _short(term: object) -> str:
    if term is None:
        return "?"
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, base in (("id:", "https://w3id.org/nzkg/id/"), ("kg:", "https://w3id.org/nzkg/def#"),
                             ("sh:", str(SH))):
            if text.startswith(base):
                return prefix + text[len(base):]
    return text
