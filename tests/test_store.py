"""kg.store: atomic per-document replacement, typed bindings, reads, dumps and raw queries on a tmp store."""

from __future__ import annotations

import io
from dataclasses import replace

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

import kg.store.base as store_module
from ingest.graph import build_graph
from ingest.model import ActorRef
from kg.errors import InvalidInput, NotFound, StoreError
from kg.store import GraphStore, open_store, store_stamp, to_term, touch_stamp
from kg.vocab import (
    DCTERMS,
    KG,
    ONTOLOGY_GRAPH,
    SHARED_GRAPH,
    actor_iri,
    document_iri,
    theme_iri,
)
from tests.store_fixtures import REGISTRY, make_chunks, make_document, make_extraction, settings_for

# What the fixture document says about things other documents may describe too: they go to the shared graph.
SHARED_THINGS = {theme_iri("Gezondere leefomgeving"), actor_iri("stichting-groene-dijk"),
                 actor_iri("groep-bewoners")}


def _doc_graph(version: str = "v1", name: str = "agenda-test", same_iri_as: str | None = None):
    doc = make_document(version, name)
    if same_iri_as is not None:  # a re-extraction of the same bytes (e.g. a better extractor)
        doc.sha256 = make_document(same_iri_as, name).sha256
    return document_iri(doc.sha256), build_graph(doc, make_chunks(doc), make_extraction(version), REGISTRY)


def _stored(store: GraphStore, graph_iri: URIRef) -> Graph:
    g = Graph()
    for q in store.quads():
        if q.graph_name == ox.NamedNode(str(graph_iri)):
            g.add(tuple(_rdflib(t) for t in (q.subject, q.predicate, q.object)))  # type: ignore[arg-type]
    return g


def _as_read(store: GraphStore, iri: URIRef) -> Graph:
    """The document as readers see it: its own graph plus the shared statements about what it refers to."""
    own, shared = _stored(store, iri), _stored(store, SHARED_GRAPH)
    out = Graph() + own
    for thing in own.objects(iri, DCTERMS.references):
        for triple in shared.triples((thing, None, None)):
            out.add(triple)
    return out


def _rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)  # RDF 1.1: a plain literal is an xsd:string; rdflib keeps them apart
    return Literal(term.value, datatype=URIRef(term.datatype.value))


# `store` (an embedded store with the test registry) comes from tests/conftest.py.


def test_replace_document_stores_exactly_the_graph_and_is_idempotent(store):
    iri, graph = _doc_graph()
    store.replace_document(iri, graph)
    assert store.has_document(iri)
    assert isomorphic(_as_read(store, iri), graph)
    own, shared = _stored(store, iri), _stored(store, SHARED_GRAPH)
    assert set(shared.subjects()) == SHARED_THINGS
    assert not SHARED_THINGS & set(own.subjects())
    before = sorted(map(str, store.quads()))
    store.replace_document(iri, _doc_graph()[1])
    assert sorted(map(str, store.quads())) == before


def test_shared_descriptions_are_stored_once_and_dropped_with_the_last_document(store):
    a, graph_a = _doc_graph(name="agenda-a")
    b, graph_b = _doc_graph(name="agenda-b")
    store.replace_document(a, graph_a)
    store.replace_document(b, graph_b)
    triples = [q.triple for q in store.quads()]
    assert len(triples) == len(set(triples))  # no statement in two graphs: the union repeats none
    gl10 = URIRef(f"{a}/action/gl-10")
    roles = store.select("ui_action_roles", action=gl10)
    assert sorted((r["label"], r["role"]) for r in roles) == [("Bewoners", "involved"),
                                                              ("Stichting Groene Dijk", "lead")]
    themes = [r["themeLabel"] for r in store.select("ui_actions") if r["code"] == "GL 1"]
    assert themes == ["Gezondere leefomgeving"] * 2
    store.replace_document(a, Graph())  # b still uses the theme, the group and the unknown organisation
    assert isomorphic(_as_read(store, b), graph_b)
    store.replace_document(b, Graph())
    assert len(_stored(store, SHARED_GRAPH)) == 0
    assert store.stats()["actors"] == len(REGISTRY)


def test_an_organisation_named_in_no_role_stays_while_its_document_does(store):
    doc = make_document()
    extraction = make_extraction()
    extraction.actors.append(ActorRef("stichting-x", "Stichting X", known=False, mention="Stichting X"))
    iri = document_iri(doc.sha256)
    store.replace_document(iri, build_graph(doc, make_chunks(doc), extraction, REGISTRY))
    assert [r["label"] for r in store.select("ui_actor", actor=actor_iri("stichting-x"))] == ["Stichting X"]
    store.replace_document(iri, _doc_graph()[1])  # a re-extraction that no longer finds it
    assert store.select("ui_actor", actor=actor_iri("stichting-x")) == []


def test_replace_with_other_version_removes_old_triples_and_leaves_other_documents(store):
    iri, v1 = _doc_graph()
    other_iri, other = _doc_graph(name="ander-document")
    store.replace_document(iri, v1)
    store.replace_document(other_iri, other)
    _, v2 = _doc_graph("v2", same_iri_as="v1")
    store.replace_document(iri, v2)
    stored = _as_read(store, iri)
    assert isomorphic(stored, v2)
    gl2 = URIRef(f"{iri}/action/gl-2")
    assert not list(stored.triples((gl2, None, None)))  # GL 2 is gone in v2
    assert isomorphic(_as_read(store, other_iri), other)
    assert store.stats()["actions"] == 2 + 3


def test_failing_replace_leaves_the_old_graph_intact(store, monkeypatch):
    iri, v1 = _doc_graph()
    store.replace_document(iri, v1)
    _, v2 = _doc_graph("v2", same_iri_as="v1")
    real = store_module.replace_update

    def failing(name, triples):
        # The drop and the insert run, then a later operation of the SAME update fails at execution time.
        return real(name, triples) + " ;\nDROP GRAPH <urn:nzkg:does-not-exist>"

    monkeypatch.setattr(store_module, "replace_update", failing)
    with pytest.raises(RuntimeError):
        store.replace_document(iri, v2)
    assert isomorphic(_as_read(store, iri), v1)


def test_graph_with_invalid_iri_is_refused_before_the_store_changes(store):
    iri, v1 = _doc_graph()
    store.replace_document(iri, v1)
    broken = Graph()
    broken.add((URIRef("https://w3id.org/nzkg/id/bad iri"), KG.code, Literal("X")))
    with pytest.raises(StoreError):
        store.replace_document(iri, broken)
    assert isomorphic(_as_read(store, iri), v1)


def test_empty_graph_drops_a_document(store):
    iri, v1 = _doc_graph()
    store.replace_document(iri, v1)
    store.replace_document(iri, Graph())
    assert not store.has_document(iri)
    assert store.stats()["documents"] == 0


def test_select_binding_rules(store):
    iri, v1 = _doc_graph()
    store.replace_document(iri, v1)
    rows = store.select("pipeline_documents_by_name", name="agenda-test")
    assert [r["doc"] for r in rows] == [str(iri)]
    assert store.select("pipeline_documents_by_name", name="geen-document") == []
    assert len(store.select("pipeline_documents_by_name", name=None)) == 1  # None = unbound
    assert to_term("doc_iri", str(iri)) == ox.NamedNode(str(iri))
    assert to_term("doc", str(iri)) == ox.Literal(str(iri))  # a str is a literal unless the name says _iri
    assert to_term("n", 3) == ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert to_term("x", Literal("a", lang="nl")) == ox.Literal("a", language="nl")
    with pytest.raises(InvalidInput):
        to_term("x_iri", "not an iri")
    with pytest.raises(NotFound):
        store.select("no_such_query")
    with pytest.raises(InvalidInput):
        store.select("../etc/passwd")


def test_passages_and_stats(store):
    iri, v1 = _doc_graph()
    store.replace_document(iri, v1)
    passages = store.passages()
    assert [p["page"] for p in passages] == [1, 2, 3]
    assert passages[1]["document"] == "agenda-test" and passages[1]["doc_iri"] == str(iri)
    assert "GL 1 Geluidsschermen" in passages[1]["text"]
    assert f"{iri}/action/gl-1" in passages[1]["mentions"]
    stats = store.stats()
    keys = ("documents", "pages", "passages", "actions", "agreements", "dependencies")
    assert [stats[k] for k in keys] == [1, 3, 3, 3, 1, 3]
    assert stats["actors"] == 3 + 2  # registry + the unknown organisation and the group
    assert stats["triples"] == sum(1 for _ in store.quads())


def test_ontology_is_loaded_for_labels(store):
    rows = store.query_text(
        'SELECT ?l WHERE { GRAPH ?g { <https://w3id.org/nzkg/def#role/lead> '
        '<http://www.w3.org/2004/02/skos/core#prefLabel> ?l } FILTER(LANG(?l) = "nl") }', timeout=5)
    assert [r[0].value for r in rows.rows] == ["trekker / initiatiefnemer"]
    assert any(q.graph_name == ox.NamedNode(str(ONTOLOGY_GRAPH)) for q in store.quads())


def test_query_text_kinds_limits_and_errors(store):
    iri, v1 = _doc_graph()
    store.replace_document(iri, v1)
    ask = store.query_text("ASK { ?a a <https://w3id.org/nzkg/def#Action> }", timeout=5)
    assert ask.to_sparql_json() == {"head": {}, "boolean": True}
    sel = store.query_text("SELECT ?s WHERE { ?s ?p ?o }", timeout=5, max_rows=4)
    assert len(sel.rows) == 4 and sel.truncated
    construct = "CONSTRUCT { ?a ?p ?o } WHERE { ?a a <https://w3id.org/nzkg/def#Action> ; ?p ?o }"
    built = store.query_text(construct, timeout=5)
    assert built.kind == "construct" and built.triples
    with pytest.raises(InvalidInput):
        store.query_text("SELEKT * {", timeout=5)
    # ~0.3 s of work (bounded, so the abandoned worker thread ends soon) against a 0.02 s limit.
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STR(?c) < STR(?f)) }"
    with pytest.raises(InvalidInput, match="langer dan"):
        store.query_text(heavy, timeout=0.02)


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "json-ld"])
def test_dump_formats_parse_back(store, fmt):
    iri, v1 = _doc_graph()
    store.replace_document(iri, v1)
    buf = io.StringIO()
    store.dump(fmt, buf)
    quads = list(store.quads())
    if fmt == "turtle":
        merged = Graph().parse(data=buf.getvalue(), format="turtle")
        assert len(merged) == len({q.triple for q in quads})
        assert set(_stored(store, iri)) <= set(merged)
    else:
        ds = Dataset()
        ds.parse(data=buf.getvalue(), format={"trig": "trig", "nquads": "nquads", "json-ld": "json-ld"}[fmt])
        assert len(ds) == len(quads)
        assert isomorphic(ds.graph(iri) + ds.graph(SHARED_GRAPH), v1)


def test_read_only_store(tmp_path):
    settings = settings_for(tmp_path)
    with pytest.raises(StoreError):
        open_store(settings, read_only=True)  # nothing ingested yet
    writer = open_store(settings)
    iri, v1 = _doc_graph()
    writer.replace_document(iri, v1)
    writer._store.flush()
    reader = open_store(settings, read_only=True)  # beside the open writer
    assert reader.has_document(iri)
    with pytest.raises(StoreError):
        reader.replace_document(iri, Graph())
    writer.close()
    reader.close()


def test_unknown_backend_is_refused_clearly(tmp_path):
    with pytest.raises(InvalidInput, match="niet ondersteund"):
        open_store(replace(settings_for(tmp_path), backend="postgres"))


def test_http_backend_opens_a_remote_store_without_touching_disk(tmp_path):
    from kg.store import RemoteGraphStore

    store = open_store(replace(settings_for(tmp_path), backend="http://127.0.0.1:7878"), read_only=True)
    assert isinstance(store, RemoteGraphStore)
    assert not (tmp_path / "store" / "oxigraph").exists()


def test_the_change_stamp_is_written_even_before_the_store_folder_exists(tmp_path):
    from kg.config import Settings

    settings = replace(Settings(), store=tmp_path / "not-yet", backend="http://127.0.0.1:9/")
    assert store_stamp(settings) is None
    touch_stamp(settings)  # a remote backend never creates the local folder itself
    assert store_stamp(settings)
