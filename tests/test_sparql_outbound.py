"""/sparql never writes nor reaches out: updates, SERVICE, FROM refused before execution; time limit."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from kg.errors import InvalidInput
from kg.sparql import check_query
from tests.ui_store import build_store

TIMEOUT = 2.0


class Listener:
    """A TCP server on loopback that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections: list[tuple[str, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, addr = self.sock.accept()
            except OSError:
                continue
            self.connections.append(addr)
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory):
    """The UI fixture graph with a short SPARQL time limit; `app` and `client` come from tests/conftest.py."""
    return build_store(tmp_path_factory.mktemp("store"), sparql_timeout=TIMEOUT, sparql_max_rows=100)


def triple_count(app) -> int:
    store = ox.Store.read_only(str(app.extensions["kg"].settings.oxigraph_dir))
    n = len(store)
    del store
    return n


def updates(port: int) -> list[str]:
    here = f"http://127.0.0.1:{port}"
    return [
        'INSERT DATA { <urn:x> <urn:p> "kwaad" }',
        "DELETE WHERE { ?s ?p ?o }",
        f"LOAD <{here}/data.ttl>",
        f"LOAD SILENT <{here}/data.ttl> INTO GRAPH <urn:g>",
        "DROP ALL", "DROP DEFAULT", "CLEAR ALL", "CLEAR SILENT GRAPH <urn:g>",
        "CREATE GRAPH <urn:nieuw>",
        "PREFIX kg: <https://w3id.org/nzkg/def#>\ninsert data { <urn:x> kg:code \"X\" }",
        "# commentaar\nWITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    ]


def outbound(port: int) -> list[str]:
    here = f"http://127.0.0.1:{port}"
    return [
        f"SELECT * WHERE {{ SERVICE <{here}/> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{here}/sparql> {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <{here}/>\nSELECT * WHERE {{ SERVICE ex:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{here}/> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ #\n SeRvIcE <{here}/> {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{here}/x> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{here}/x> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"PREFIX ex: <{here}/>\nSELECT * FROM ex:x WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
        f"ASK FROM <{here}/x> {{ ?s ?p ?o }}",
        f"CONSTRUCT {{ ?s ?p ?o }} FROM <{here}/x> WHERE {{ ?s ?p ?o }}",
        f"DESCRIBE <urn:x> FROM <{here}/x>",
    ]


def send_every_way(client, query: str) -> list[int]:
    """The status of the query sent by GET and by POST as form, sparql-query and sparql-update bodies."""
    return [
        client.get("/sparql", query_string={"query": query}).status_code,
        client.get("/sparql", query_string={"update": query}).status_code,
        client.post("/sparql", data={"query": query}).status_code,
        client.post("/sparql", data={"update": query}).status_code,
        client.post("/sparql", data=query.encode(), content_type="application/sparql-query").status_code,
        client.post("/sparql", data=query.encode(), content_type="application/sparql-update").status_code,
        client.get("/sparql", query_string={"query": query, "format": "html"}).status_code,
    ]


def test_updates_refused_every_way_and_store_unchanged(app, client, listener: Listener) -> None:
    before = triple_count(app)
    for query in updates(listener.port):
        if not query.startswith("SELECT"):  # a query followed by an update is left to the parser
            with pytest.raises(InvalidInput):
                check_query(query)
        assert set(send_every_way(client, query)) == {400}, query
    assert triple_count(app) == before
    time.sleep(0.3)
    assert listener.connections == []


def test_service_and_from_refused_before_anything_goes_out(app, client, listener: Listener) -> None:
    for query in outbound(listener.port):
        statuses = send_every_way(client, query)
        assert set(statuses) == {400}, (query, statuses)
        with pytest.raises(InvalidInput):
            app.extensions["kg"].sparql.run(query)
    time.sleep(0.5)  # a connection made by the worker would have been accepted by now
    assert listener.connections == [], listener.connections


def test_listener_does_record_connections(listener: Listener) -> None:
    """The check above can fail: a real connection is seen."""
    seen = len(listener.connections)
    with socket.create_connection(("127.0.0.1", listener.port), timeout=2):
        pass
    deadline = time.monotonic() + 2
    while len(listener.connections) == seen and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(listener.connections) == seen + 1
    listener.connections.clear()


@pytest.mark.parametrize("runaway", [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    "PREFIX kg: <https://w3id.org/nzkg/def#>\nSELECT (COUNT(*) AS ?n) WHERE { "
    "?s (kg:code|!kg:code)* ?o . ?x (kg:code|!kg:code)* ?y . ?a ?b ?c . ?d ?e ?f }",
])
def test_runaway_stopped_at_limit_and_next_query_answers(client, runaway: str) -> None:
    started = time.monotonic()
    r = client.get("/sparql", query_string={"query": runaway})
    took = time.monotonic() - started
    assert r.status_code == 503, r.get_data(as_text=True)[:200]
    assert TIMEOUT <= took < TIMEOUT + 6, took
    started = time.monotonic()
    ok = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
    assert ok.status_code == 200, ok.get_data(as_text=True)[:200]
    assert ok.get_json()["boolean"] is True
    assert time.monotonic() - started < 10  # a fresh worker starts within seconds
