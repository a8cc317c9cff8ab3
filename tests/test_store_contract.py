"""One store contract, run against both backends: embedded Oxigraph and a real `oxigraph serve` over HTTP."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from ingest.graph import registry_graph
from kg.errors import InvalidInput, StoreError
from kg.store import GraphBackend, GraphStore, RemoteGraphStore, open_store
from kg.vocab import ACTORS_GRAPH, KG, document_iri
from tests.store_fixtures import (
    REGISTRY,
    make_chunks,
    make_document,
    make_extraction,
    oxigraph_cli,
    oxigraph_server,
    settings_for,
)

Opener = Callable[[bool], Any]  # read_only -> a store


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if oxigraph_cli() is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    with oxigraph_server(tmp_path_factory.mktemp("contract") / "server") as url:
        yield url


@pytest.fixture(params=["oxigraph", "http"])
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    """open(read_only) for a fresh store of either backend holding only the test registry; one writer."""
    opened: list[Any] = []
    settings = settings_for(tmp_path)
    if request.param == "http":
        settings = replace(settings, backend=request.getfixturevalue("server"))
        RemoteGraphStore(settings.backend).update("CLEAR ALL")  # one server for the module: each test empty

    def make(read_only: bool) -> Any:
        return open_store(settings, read_only=read_only)  # the factory picks the backend from settings

    writer = make(False)
    writer.replace_graph(ACTORS_GRAPH, registry_graph(REGISTRY))

    def open_it(read_only: bool) -> Any:
        if not read_only:
            return writer
        opened.append(make(True))
        return opened[-1]

    yield open_it
    for store in [*opened, writer]:
        store.close()


def _document(version: str = "v1", name: str = "agenda-test") -> tuple[URIRef, Graph]:
    from ingest.graph import build_graph

    doc = make_document(version, name)
    return document_iri(doc.sha256), build_graph(doc, make_chunks(doc), make_extraction(version), REGISTRY)


def test_both_backends_keep_the_protocol(opener: Opener, request: pytest.FixtureRequest) -> None:
    kind = GraphStore if request.node.callspec.params["opener"] == "oxigraph" else RemoteGraphStore
    for store in (opener(False), opener(True)):
        assert isinstance(store, GraphBackend) and type(store) is kind


def test_select_binds_and_windows_the_same_way(opener: Opener) -> None:
    store = opener(False)
    iri, graph = _document()
    store.replace_document(iri, graph)
    rows = store.select("store_passages")
    assert [(r["page"], r["index"]) for r in rows] == [(1, 0), (2, 1), (3, 2)]  # ints, in the query's order
    assert store.select("store_passages", limit=2, offset=1) == rows[1:3]
    assert store.select("store_passages", limit=5, offset=-3) == rows  # a negative offset is the start
    # A str bound to a name ending in _iri is an IRI; a plain str is a literal and finds nothing.
    assert [r["doc_iri"] for r in store.select("pipeline_document_version", doc_iri=str(iri))] == [str(iri)]
    assert store.select("pipeline_documents_by_name", name="agenda-test")[0]["doc"] == str(iri)
    assert store.select("pipeline_documents_by_name", name="agenda-test-nope") == []
    with pytest.raises(InvalidInput):
        store.select("pipeline_document_version", doc_iri="not an iri")


def test_a_document_is_stored_once_and_read_back(opener: Opener) -> None:
    store = opener(False)
    iri, graph = _document()
    store.replace_document(iri, graph)
    before = store.stats()
    store.replace_document(iri, graph)  # idempotent
    assert store.stats() == before
    assert store.has_document(iri) and not store.has_document(URIRef(f"{iri}-nope"))
    assert [before[k] for k in ("documents", "pages", "passages", "actions")] == [1, 3, 3, 3]
    assert [p["page"] for p in store.passages()] == [1, 2, 3]
    rows = store.select("pipeline_documents_by_name", name="agenda-test")
    assert [r["doc"] for r in rows] == [str(iri)]


def test_a_new_version_replaces_the_old_and_removal_prunes_shared(opener: Opener) -> None:
    store = opener(False)
    old, g1 = _document("v1")
    new, g2 = _document("v2")
    store.replace_document(old, g1)
    store.replace_document(new, g2, supersedes=[old])
    assert store.has_document(new) and not store.has_document(old)
    store.replace_document(new, Graph())
    stats = store.stats()
    assert stats["documents"] == 0 and stats["actors"] == len(REGISTRY)  # nothing shared left behind


def test_other_graphs_survive_document_changes(opener: Opener) -> None:
    store = opener(False)
    iri, graph = _document()
    review = URIRef("https://w3id.org/nzkg/id/review/contract")
    verdict = Graph().add((review, RDF.type, KG.Review)).add((review, KG.reason, Literal("ok")))
    store.replace_graph(review, verdict)
    store.replace_document(iri, graph)
    store.replace_document(iri, Graph())
    kept = {(str(q.subject.value), str(q.predicate.value)) for q in store.quads()
            if str(q.graph_name.value) == str(review)}
    assert (str(review), str(KG.reason)) in kept


def test_dump_and_read_only(opener: Opener) -> None:
    iri, graph = _document()
    opener(False).replace_document(iri, graph)
    reader = opener(True)
    out = io.StringIO()
    reader.dump("nquads", out)
    assert f"<{iri}>" in out.getvalue()
    assert reader.stats()["triples"] == sum(1 for _ in reader.quads())
    with pytest.raises(StoreError):
        reader.replace_graph(URIRef("https://w3id.org/nzkg/id/graph/x"), Graph())
