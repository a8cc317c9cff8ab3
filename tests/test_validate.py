"""kg.validate: the SHACL shapes accept a well-formed graph and name what is wrong in broken ones."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from ingest.graph import build_graph, registry_graph
from kg.store import open_store
from kg.validate import validate_graph, validate_store
from kg.vocab import ACTORS_GRAPH, KG, PROV, RDF, document_iri
from tests.store_fixtures import REGISTRY, make_chunks, make_document, make_extraction, settings_for


def _graph(extraction=None) -> tuple[URIRef, Graph]:
    doc = make_document()
    g = build_graph(doc, make_chunks(doc), extraction or make_extraction(), registry=REGISTRY)
    return document_iri(doc.sha256), g


def _with_registry(g: Graph) -> Graph:
    return g + registry_graph(REGISTRY)


def test_well_formed_graph_conforms():
    _, g = _graph()
    conforms, report = validate_graph(_with_registry(g))
    assert conforms, report
    assert "voldoet aan" in report


def test_action_without_source_does_not_conform():
    extraction = make_extraction()
    extraction.actions[1].source = None  # GL 1
    _, g = _graph(extraction)
    conforms, report = validate_graph(_with_registry(g))
    assert not conforms
    assert "bronpagina" in report and "letterlijke bron" in report
    assert "action/gl-1" in report and "action/gl-2" not in report


def test_period_ending_before_it_starts_does_not_conform():
    extraction = make_extraction()
    extraction.actions[1].period.end_year = 2020  # starts 2026
    _, g = _graph(extraction)
    conforms, report = validate_graph(_with_registry(g))
    assert not conforms and "eindjaar" in report


def test_unknown_role_and_untyped_agent_do_not_conform():
    iri, g = _graph()
    assoc = URIRef(f"{iri}/action/gl-1/assoc/1")
    g.set((assoc, PROV.hadRole, URIRef("https://w3id.org/nzkg/def#role/boss")))
    # Without the registry graph the registry actors have no type: not an organisation nor a group.
    conforms, report = validate_graph(g)
    assert not conforms
    assert "Onbekende rol" in report and "geen organisatie of groep" in report


def test_document_without_hash_does_not_conform():
    iri, g = _graph()
    g.remove((iri, KG.sha256, None))
    g.set((iri, KG.pageCount, Literal("drie")))
    conforms, report = validate_graph(_with_registry(g))
    assert not conforms and "SHA-256" in report and "aantal pagina's" in report


def test_validate_store_over_all_graphs(tmp_path):
    settings = settings_for(tmp_path)
    store = open_store(settings)
    store.replace_graph(ACTORS_GRAPH, registry_graph(REGISTRY))
    iri, g = _graph()
    store.replace_document(iri, g)
    store.close()
    conforms, report = validate_store(settings)
    assert conforms, report
    g.remove((URIRef(f"{iri}/action/gl-2"), RDF.type, None))
    g.add((URIRef(f"{iri}/action/gl-2"), RDF.type, KG.Action))
    g.remove((URIRef(f"{iri}/action/gl-2"), KG.sourceQuote, None))
    store = open_store(settings)
    store.replace_document(iri, g)
    store.close()
    conforms, report = validate_store(settings)
    assert not conforms and "action/gl-2" in report
