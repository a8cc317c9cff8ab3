"""kg/ontology/kg.ttl declares every KG term the code, the queries, the shapes and the built graphs use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from ingest.graph import build_graph, registry_graph
from kg.vocab import DCTERMS, DEPENDENCY, KG, ROLE
from tests.store_fixtures import REGISTRY, make_chunks, make_document, make_extraction

ROOT = Path(__file__).resolve().parents[1]
KG_NS = str(KG)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "kg" / "ontology" / "kg.ttl", format="turtle")


def _declared(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(KG_NS)}


def _terms_in_python(path: Path) -> set[URIRef]:
    text = path.read_text(encoding="utf-8")
    names = re.findall(r"\bKG\.([A-Za-z_]\w*)", text) + re.findall(r"\bKG\[\"([^\"]+)\"\]", text)
    return {KG[n] for n in names}


def _terms_in_sparql_or_turtle(path: Path) -> set[URIRef]:
    text = path.read_text(encoding="utf-8")
    names = re.findall(r"(?<![\w:])kg:([A-Za-z_][\w-]*)", text)
    full = re.findall(r"<https://w3id\.org/nzkg/def#([^>]+)>", text)
    return {KG[n] for n in names + full}


def test_python_terms_are_declared(ontology):
    used = _terms_in_python(ROOT / "kg" / "vocab.py") | _terms_in_python(ROOT / "ingest" / "graph.py")
    used |= set(ROLE.values()) | {p for p in DEPENDENCY.values() if str(p).startswith(KG_NS)}
    assert len(used) > 40  # the scan really finds the vocabulary
    assert sorted(used - _declared(ontology)) == []


def test_query_and_shape_terms_are_declared(ontology):
    files = sorted((ROOT / "kg" / "queries").glob("*.rq")) + [ROOT / "kg" / "ontology" / "shapes.ttl"]
    missing = {f.name: sorted(_terms_in_sparql_or_turtle(f) - _declared(ontology)) for f in files}
    assert {name: terms for name, terms in missing.items() if terms} == {}


def test_built_graphs_use_only_declared_terms(ontology):
    doc = make_document()
    g = build_graph(doc, make_chunks(doc), make_extraction(), registry=REGISTRY) + registry_graph(REGISTRY)
    used = {p for p in g.predicates() if str(p).startswith(KG_NS)}
    used |= {o for o in g.objects(None, RDF.type) if str(o).startswith(KG_NS)}
    used |= {o for o in g.objects() if isinstance(o, URIRef) and str(o).startswith(KG_NS)}
    assert sorted(used - _declared(ontology)) == []


def test_every_term_has_dutch_and_english_labels(ontology):
    for term in _declared(ontology):
        langs = {lit.language for lit in ontology.objects(term, RDFS.label) if isinstance(lit, Literal)}
        langs |= {lit.language for lit in ontology.objects(term, SKOS.prefLabel) if isinstance(lit, Literal)}
        assert {"nl", "en"} <= langs, term


def test_roles_scheme_and_property_hierarchy(ontology):
    expected = {"lead": "trekker / initiatiefnemer", "partner": "i.s.m. (partner)", "involved": "betrokken",
                "commissioner": "opdrachtgever", "support": "inhoudelijke ondersteuning"}
    for key, label in expected.items():
        assert (ROLE[key], SKOS.prefLabel, Literal(label, lang="nl")) in ontology
        assert (ROLE[key], SKOS.inScheme, KG.roles) in ontology
        assert (KG[key], RDFS.subPropertyOf, PROV.wasAssociatedWith) in ontology
    assert (KG.startsAfter, RDFS.subPropertyOf, DCTERMS.requires) in ontology
    assert (KG.Agreement, RDFS.subClassOf, KG.Action) in ontology
    assert (KG.Action, RDFS.subClassOf, PROV.Activity) in ontology
    assert (KG.mentions, RDF.type, OWL.ObjectProperty) in ontology
