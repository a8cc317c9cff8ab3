"""The remote backend against a real `oxigraph serve`: export, validate and /sparql as embedded."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from benchmarks.remote_bench import free_port, oxigraph_cli
from ingest.pipeline import ingest_paths
from kg.config import Settings, load_settings
from kg.errors import InvalidInput, KgError
from kg.export import write_graph
from kg.sparql import QueryTimeout, RemoteSparqlRunner, SparqlRunner, make_runner
from kg.store import RemoteGraphStore
from kg.vocab import ONTOLOGY_GRAPH, SHARED_GRAPH
from nzkg.cli import main
from tests.store_fixtures import oxigraph_server
from webui.app import create_app

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "uitvoeringsagenda-voorbeeldgebied-2026-2030.txt"
FORMATS = ("turtle", "trig", "nquads", "json-ld")
ACTIONS = "PREFIX kg: <https://w3id.org/nzkg/def#> SELECT ?a WHERE { ?a a kg:Action } ORDER BY ?a"

pytestmark = pytest.mark.skipif(oxigraph_cli() is None, reason="the oxigraph server binary is not installed "
                                "(pip install oxigraph provides `oxigraph serve`)")


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> Iterator[tuple[Settings, Settings]]:
    """(embedded, remote): the example document ingested by the pipeline into each."""
    tmp = tmp_path_factory.mktemp("remote")
    with oxigraph_server(tmp / "server") as url:
        embedded = load_settings(store=tmp / "embedded", model="none")
        remote = replace(load_settings(store=tmp / "remote", model="none"), backend=url)
        remote.store.mkdir()  # the folder kg.toml would live in; the ingest stamp and index go there
        for settings in (embedded, remote):
            summary = ingest_paths([EXAMPLE], settings, progress=False)
            assert (summary.documents, summary.failed) == (1, [])
        yield embedded, remote


def _kg(settings: Settings, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--store", str(settings.store)],
                                env={"KG_BACKEND": settings.backend})
    return result.exit_code, result.output


def _graphs(text: str, fmt: str) -> dict[str, Graph]:
    if fmt == "turtle":
        return {"": Graph().parse(data=text, format="turtle")}
    ds = Dataset()
    ds.parse(data=text, format=fmt)
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_graph_gives_the_embedded_stores_graph(stores, fmt) -> None:
    embedded, remote = stores
    code, text = _kg(remote, "export", "graph", "--format", fmt)
    assert code == 0, text
    local = io.StringIO()
    write_graph(embedded, fmt, local)
    got, want = _graphs(text, fmt), _graphs(local.getvalue(), fmt)
    assert sorted(got) == sorted(want)
    for name, graph in want.items():
        assert isomorphic(got[name], graph), name
    if fmt != "turtle":  # the document graph, the shared graph, the actor registry and the ontology
        assert {str(SHARED_GRAPH), str(ONTOLOGY_GRAPH)} <= set(got) and len(got) == 4
    assert sum(len(g) for g in got.values()) > 1000


def test_export_graph_refuses_an_unknown_format(stores) -> None:
    with pytest.raises(InvalidInput, match="niet een van"):
        RemoteGraphStore(stores[1].backend, read_only=True).dump("rdfxml", io.StringIO())


def test_validate_conforms_on_the_remote_store(stores) -> None:
    embedded, remote = stores
    code, report = _kg(remote, "validate")
    assert code == 0, report
    assert "voldoet aan" in report
    assert report == _kg(embedded, "validate")[1]  # the same number of triples checked


def test_quads_keep_language_datatype_and_blank_nodes(tmp_path) -> None:
    g = Graph()
    s, b = URIRef("https://example.org/s"), BNode()
    g.add((s, URIRef("https://example.org/label"), Literal("dijk", lang="nl")))
    g.add((s, URIRef("https://example.org/year"), Literal(2027)))
    g.add((s, URIRef("https://example.org/text"), Literal('regel 1\n"regel 2"')))
    g.add((s, URIRef("https://example.org/part"), b))
    g.add((b, URIRef("https://example.org/text"), Literal("deel")))
    name = URIRef("https://example.org/graph")
    with oxigraph_server(tmp_path / "server") as url:
        store = RemoteGraphStore(url)
        store.replace_graph(name, g)
        quads = [q for q in store.quads() if q.graph_name == ox.NamedNode(str(name))]
    text = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
    back = Graph().parse(data=text, format="nt")
    assert isomorphic(back, g)
    assert {q.object for q in quads} >= {ox.Literal("dijk", language="nl"), ox.Literal("deel"),
                                        ox.Literal("2027", datatype=ox.NamedNode(str(Literal(1).datatype)))}


def test_the_runner_follows_the_backend(stores) -> None:
    embedded, remote = stores
    assert isinstance(make_runner(remote), RemoteSparqlRunner)
    local = make_runner(embedded)
    assert isinstance(local, SparqlRunner)
    local.close()


@pytest.fixture(scope="module")
def client(stores):
    return create_app(stores[1]).test_client()


def test_sparql_select_answers_from_the_remote_store(stores, client) -> None:
    embedded, _ = stores
    response = client.get("/sparql", query_string={"query": ACTIONS},
                          headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.data
    assert response.content_type.startswith("application/sparql-results+json")
    rows = [b["a"]["value"] for b in json.loads(response.data)["results"]["bindings"]]
    local = SparqlRunner(str(embedded.oxigraph_dir), 10, 100)
    try:
        answer = json.loads(local.run(ACTIONS, "application/sparql-results+json").body)
    finally:
        local.close()
    assert len(rows) == 4 and rows == [b["a"]["value"] for b in answer["results"]["bindings"]]


def test_sparql_formats_and_row_cap_over_http(stores) -> None:
    runner = RemoteSparqlRunner(stores[1].backend, timeout=10, max_rows=2)
    csv = runner.run(ACTIONS, "text/csv")
    assert csv.content_type.startswith("text/csv") and csv.truncated
    assert csv.body.decode().splitlines()[0] == "a" and len(csv.body.decode().splitlines()) == 3
    answer = runner.run(ACTIONS, "application/sparql-results+json")
    assert answer.truncated and len(json.loads(answer.body)["results"]["bindings"]) == 2
    ask = runner.run("ASK { ?s ?p ?o }", "application/sparql-results+xml")
    assert b"<boolean>true</boolean>" in ask.body and not ask.truncated
    graph = runner.run("CONSTRUCT { ?a a ?t } WHERE { ?a a ?t }", "text/turtle")
    assert graph.content_type.startswith("text/turtle") and graph.truncated
    assert len(Graph().parse(data=graph.body.decode(), format="turtle")) == 2
    whole = RemoteSparqlRunner(stores[1].backend, timeout=10, max_rows=100).run(ACTIONS, "text/csv")
    assert not whole.truncated and len(whole.body.decode().splitlines()) == 5


def test_sparql_truncation_is_marked_on_the_response(stores) -> None:
    app = create_app(replace(stores[1], sparql_max_rows=3))
    response = app.test_client().get("/sparql", query_string={"query": ACTIONS},
                                     headers={"Accept": "text/csv"})
    assert response.status_code == 200
    assert "3" in response.headers["X-KG-Truncated"]
    assert len(response.data.decode().splitlines()) == 4


@pytest.mark.parametrize(("query", "message"), [
    ("INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }", "alleen lezen"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o ", "ongeldige SPARQL"),
    ("SELECT * FROM <https://example.org/elders> WHERE { ?s ?p ?o }", "geen graaf in deze store"),
])
def test_sparql_refusals_and_errors_are_readable(client, query, message) -> None:
    response = client.post("/sparql", data=query, content_type="application/sparql-query")
    assert response.status_code == 400
    assert message in response.data.decode()


def test_sparql_insert_changes_nothing_on_the_remote_store(stores, client) -> None:
    before = RemoteGraphStore(stores[1].backend, read_only=True).stats()
    client.post("/sparql", data={"update": "CLEAR ALL"})
    client.post("/sparql", data="DROP ALL", content_type="application/sparql-query")
    assert RemoteGraphStore(stores[1].backend, read_only=True).stats() == before


def test_an_unreachable_endpoint_is_a_readable_error() -> None:
    runner = RemoteSparqlRunner(f"http://127.0.0.1:{free_port()}", timeout=2, max_rows=10)
    with pytest.raises(KgError, match="niet bereikbaar"):
        runner.run("ASK { ?s ?p ?o }")


class _SlowEndpoint(BaseHTTPRequestHandler):
    """Answers after `pause` seconds, then sends one JSON result row every `gap` seconds."""

    pause, gap, rows = 0.0, 0.0, 50

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        self.rfile.read(int(self.headers["Content-Length"]))
        time.sleep(self.pause)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        try:
            self.wfile.write(b'{"head":{"vars":["n"]},"results":{"bindings":[')
            for i in range(self.rows):
                self.wfile.write(b"," * (i > 0) + b'{"n":{"type":"literal","value":"%d"}}' % i)
                self.wfile.flush()
                time.sleep(self.gap)
            self.wfile.write(b"]}}")
        except OSError:  # the client stopped reading: what a timeout should do
            pass

    def log_message(self, *args: object) -> None:
        """Quiet."""


@contextmanager
def slow_endpoint(pause: float, gap: float) -> Iterator[str]:
    handler = type("Handler", (_SlowEndpoint,), {"pause": pause, "gap": gap})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(("pause", "gap"), [(3.0, 0.0), (0.0, 0.1)], ids=["silent", "trickling"])
def test_a_slow_endpoint_is_stopped_at_the_timeout(tmp_path, pause, gap) -> None:
    with slow_endpoint(pause, gap) as url:
        runner = RemoteSparqlRunner(url, timeout=0.5, max_rows=1000)
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="0.5 s"):
            runner.run("SELECT ?n WHERE { ?s ?p ?n }")
        assert time.monotonic() - started < 2.0
        client = create_app(Settings(store=tmp_path, backend=url, sparql_timeout=0.5)).test_client()
        response = client.get("/sparql", query_string={"query": "SELECT ?n WHERE { ?s ?p ?n }"})
        assert response.status_code == 503 and "duurde langer" in response.data.decode()


def test_a_quick_endpoint_under_the_timeout_answers(tmp_path) -> None:
    with slow_endpoint(0.0, 0.0) as url:
        answer = RemoteSparqlRunner(url, timeout=5, max_rows=1000).run("SELECT ?n WHERE { ?s ?p ?n }")
    assert len(json.loads(answer.body)["results"]["bindings"]) == 50 and not answer.truncated
