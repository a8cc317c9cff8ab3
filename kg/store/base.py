"""The store interface (`GraphBackend`) and what both backends share: named queries, updates, dumps."""

from __future__ import annotations

import io
from collections.abc import Iterable
from functools import cache
from typing import Any, Protocol, TextIO, runtime_checkable

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import InvalidInput, NotFound, StoreError
from kg.resources import QUERIES
from kg.vocab import (
    DCTERMS,
    KG,
    OA,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SHARED_GRAPH,
    SKOS,
    TIME,
    XSD,
    within_document,
)

PREFIXES = {
    "kg": str(KG), "id": "https://w3id.org/nzkg/id/", "dcterms": str(DCTERMS), "org": str(ORG),
    "prov": str(PROV), "time": str(TIME), "skos": str(SKOS), "oa": str(OA), "owl": str(OWL),
    "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "schema": "https://schema.org/",
}
INTEGER_TYPES = {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                 "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"}
DUMP_FORMATS = {"turtle", "trig", "nquads", "json-ld"}


@runtime_checkable
class GraphBackend(Protocol):
    """What the pipeline, exports, reviews and the web layer ask of a store; tests/test_store_contract.py
    runs the same contract against both backends. Named queries come from kg/queries/*.rq, bound."""

    read_only: bool

    def replace_document(self, doc_iri: URIRef, graph: Graph, supersedes: Iterable[URIRef] = ()) -> None:
        """The document's graph (and its shared statements) replaced in one transaction."""

    def replace_graph(self, graph_iri: URIRef, graph: Graph, drop: Iterable[URIRef] = ()) -> None:
        """One named graph replaced as a whole (the registry, a review)."""

    def load_ontology(self) -> None: ...

    def has_document(self, doc_iri: URIRef) -> bool: ...

    def select(self, query_name: str, limit: int | None = None, offset: int = 0,
               **bindings: Any) -> list[dict[str, Any]]:
        """Rows of kg/queries/<query_name>.rq with `bindings`, plain Python values."""

    def passages(self) -> list[dict[str, Any]]: ...

    def stats(self) -> dict[str, int]: ...

    def quads(self) -> Iterable[Any]: ...

    def dump(self, fmt: str, out: TextIO) -> None: ...

    def close(self) -> None: ...


# --- named queries -----------------------------------------------------------------------------------

@cache
def query_source(name: str) -> str:
    """kg/queries/<name>.rq; names come from code, never from users."""
    if not name.replace("_", "").isalnum():
        raise InvalidInput(f"querynaam {name!r} is geen gewone naam")
    path = QUERIES / f"{name}.rq"
    if not path.is_file():
        raise NotFound(f"query {name!r} bestaat niet in {QUERIES}")
    return path.read_text(encoding="utf-8")


def window(sparql: str, limit: int | None, offset: int = 0) -> str:
    """The query cut to one page; both numbers are ints, so nothing but digits enters the text."""
    if limit is None:
        return sparql
    return f"{sparql}\nLIMIT {int(limit)} OFFSET {max(0, int(offset))}"


def counts_of(store: GraphBackend) -> dict[str, int]:
    """The kg counts (documents, pages, passages, actions, ...) of either backend."""
    row = store.select("stats_counts")[0]
    counts = {k: int(row[k] or 0) for k in ("documents", "pages", "passages", "actions", "agreements",
                                            "actors", "dependencies")}
    counts["actors_named"] = int(row["named"] or 0)  # the count the ingest summary reports too
    return counts


def passages_of(store: GraphBackend) -> list[dict[str, Any]]:
    """The passages of either backend, with the actor/action IRIs each mentions."""
    mentions: dict[str, list[str]] = {}
    for row in store.select("store_passage_mentions"):
        mentions.setdefault(row["passage"], []).append(row["target"])
    return [
        {"iri": r["passage"], "doc_iri": r["doc"], "document": r["name"], "page": r["page"],
         "index": r["index"], "text": r["text"], "mentions": sorted(mentions.get(r["passage"], []))}
        for r in store.select("store_passages")
    ]


# --- updates: built from triples, so both backends send the same text ---------------------------------

def graph_to_triples(graph: Graph) -> list[ox.Triple]:
    """rdflib -> pyoxigraph through N-Triples, which also rejects invalid IRIs before the store is touched."""
    try:
        data = graph.serialize(format="nt", encoding="utf-8")
        return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    except Exception as exc:  # rdflib raises a bare Exception for an IRI it cannot write
        raise StoreError(f"de graaf kan niet worden opgeslagen: {exc}") from exc


def replace_update(name: ox.NamedNode, triples: list[ox.Triple]) -> str:
    """DROP + INSERT DATA as one update; terms print as N-Triples, which SPARQL reads the same way."""
    parts = [f"DROP SILENT GRAPH {name}"]
    if triples:
        parts.append(_insert_data(name, triples))
    return " ;\n".join(parts)


def graph_update(graph_iri: URIRef, graph: Graph, drop: Iterable[URIRef] = ()) -> str:
    """The ONE update that replaces a named graph as a whole and drops the graphs in `drop`."""
    name = ox.NamedNode(str(graph_iri))
    extra = [f"DROP SILENT GRAPH {ox.NamedNode(str(old))}" for old in drop if str(old) != str(graph_iri)]
    return " ;\n".join([*extra, replace_update(name, graph_to_triples(graph))])


def _insert_data(name: ox.NamedNode, triples: Iterable[ox.Triple]) -> str:
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    return f"INSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"


def split_shared(doc_iri: URIRef, triples: Iterable[ox.Triple]) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """(own, shared): own triples are about the document and its parts, whose IRIs extend the document's;
    shared ones are about a theme, actor group or unregistered organisation, which other documents describe
    in the same words. Oxigraph's union default graph keeps every copy of a triple, so a copy per document
    graph would repeat each join over them once per document."""
    own: list[ox.Triple] = []
    shared: list[ox.Triple] = []
    for t in triples:
        mine = not isinstance(t.subject, ox.NamedNode) or within_document(t.subject.value, str(doc_iri))
        (own if mine else shared).append(t)
    return own, shared


def document_update(doc_iri: URIRef, triples: list[ox.Triple], supersedes: Iterable[URIRef] = ()) -> str:
    """The ONE update (one transaction) that replaces a document: drop older versions it supersedes, replace
    its own graph, add its shared triples to the shared graph (a set, so re-ingest is idempotent) and drop
    shared statements about things no other graph refers to any more (store_prune_shared.rq; a document
    refers to all it describes with dcterms:references, see ingest.graph.build_graph)."""
    name = ox.NamedNode(str(doc_iri))
    own, shared = split_shared(doc_iri, triples)
    parts = [f"DROP SILENT GRAPH {ox.NamedNode(str(old))}" for old in supersedes if str(old) != str(doc_iri)]
    parts.append(replace_update(name, own))
    if shared:
        parts.append(_insert_data(ox.NamedNode(str(SHARED_GRAPH)), shared))
    parts.append(query_source("store_prune_shared"))
    return " ;\n".join(parts)


# --- export ------------------------------------------------------------------------------------------

def dump_dataset(store: ox.Store, fmt: str, out: TextIO) -> None:
    """Everything: turtle (graphs merged), trig and nquads (named graphs kept), json-ld (via rdflib)."""
    if fmt not in DUMP_FORMATS:
        raise InvalidInput(f"formaat {fmt!r} is niet een van {', '.join(sorted(DUMP_FORMATS))}")
    if fmt == "json-ld":
        out.write(to_dataset(store).serialize(format="json-ld", indent=1, auto_compact=True))
        return
    if fmt == "turtle":
        merged = {q.triple for q in store.quads_for_pattern(None, None, None, None)}  # one copy per triple
        data = ox.serialize(sorted(merged, key=str), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    else:
        fmt_ox = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
        prefixes = PREFIXES if fmt == "trig" else None
        data = store.dump(format=fmt_ox, prefixes=prefixes)
    out.write((data or b"").decode("utf-8"))  # without an output file pyoxigraph returns the bytes


def to_dataset(store: ox.Store) -> Any:
    """The whole store as an rdflib Dataset (named graphs kept); slow for big stores, fine for export."""
    from rdflib import Dataset

    data = store.dump(format=ox.RdfFormat.N_QUADS)
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    ds.parse(io.BytesIO(data or b""), format="nquads")
    return ds
