"""The scale-out benchmark's client and report, without servers: which request goes to which port."""

from __future__ import annotations

import io
import time
import urllib.parse
from argparse import Namespace
from typing import Any

import pytest

from benchmarks import serve_scaleout
from benchmarks.load_test import PASSAGES_PER_DOC, QUESTIONS, Recorder
from benchmarks.serve_scaleout import ENDPOINTS, RoundRobin, Run, client, report, request_for


class Enough(Exception):
    """Ends a client loop after the requests the test wants (the loop itself runs until a deadline)."""


def sent_by_clients(monkeypatch: pytest.MonkeyPatch, clients: int, each: int) -> list[tuple[str, int, str]]:
    """(endpoint path, port, query) of the requests `clients` clients send, in turn, over ports 8001 and 8002
    through one shared round robin; nothing is sent over the network."""
    sent: list[tuple[str, int, str]] = []
    left = [0]

    def fake_urlopen(req: Any, timeout: float) -> io.BytesIO:
        if left[0] == 0:
            raise Enough
        left[0] -= 1
        url = urllib.parse.urlsplit(req.full_url)
        sent.append((url.path, int(url.port or 0), url.query))
        return io.BytesIO(b"{}")

    monkeypatch.setattr(serve_scaleout.urllib.request, "urlopen", fake_urlopen)
    rr, rec = RoundRobin([8001, 8002]), Recorder()
    for n in range(clients):
        left[0] = each
        with pytest.raises(Enough):
            client(n, rr, "provincie-noord-holland", time.monotonic() + 3600, rec)
    assert not any(rec.errors.values())
    return sent


def test_one_client_sends_every_endpoint_to_both_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    # With an even number of endpoints one client would send each endpoint to one port only.
    sent = sent_by_clients(monkeypatch, clients=1, each=12)
    pairs = {("/actor" if path.startswith("/actor/") else path, port) for path, port, _ in sent}
    assert pairs == {(e, p) for e in ENDPOINTS for p in (8001, 8002)}
    ports = [port for _, port, _ in sent]
    assert ports.count(8001) == ports.count(8002) == 6


def test_requests_cover_every_question_and_the_sparql_query(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = sent_by_clients(monkeypatch, clients=2, each=len(ENDPOINTS) * len(QUESTIONS))
    questions = {urllib.parse.parse_qs(q)["q"][0] for path, _, q in sent if path == "/api/search"}
    assert questions == set(QUESTIONS)
    queries = {urllib.parse.parse_qs(q)["query"][0] for path, _, q in sent if path == "/sparql"}
    assert queries == {PASSAGES_PER_DOC}
    assert {path for path, _, _ in sent if path.startswith("/actor")} == {"/actor/provincie-noord-holland"}
    ports = [port for _, port, _ in sent]
    assert ports.count(8001) == ports.count(8002) == len(sent) // 2


def test_organisation_slug_is_quoted_into_the_path() -> None:
    endpoint, url, headers = request_for(2, 8001, "a b/c")
    assert (endpoint, headers["Accept"]) == ("/actor", "text/html")
    assert url == "http://127.0.0.1:8001/actor/a%20b%2Fc"


def _run(label: str, ms: list[float], errors: int = 0) -> Run:
    run = Run(label, seconds=10.0, load=(1.0, 2.0), cpu={"kg serve 1": 4.0})
    for endpoint in ENDPOINTS:
        for n, value in enumerate(ms):
            run.rec.add(endpoint, value / 1000, "HTTP 500: b'fout'" if n < errors else None)
    return run


def test_report_has_a_row_per_run_and_endpoint_and_the_ratio() -> None:
    one = _run("1 kg serve", [10.0, 20.0, 30.0, 40.0, 50.0])
    two = _run("2 kg serve", [10.0] * 10, errors=1)
    lines = report(Namespace(clients=8, seconds=10.0), [one, two], "pnh", 40.0, 8, 3.0, {"triples": 100})
    text = "\n".join(lines)
    assert "| 1 kg serve | /api/search | 5 | 0 | 30 | 50 | 50 | 50 |" in text
    assert "| 2 kg serve | /actor | 10 | 1 | 10 | 10 | 10 | 10 |" in text
    assert "| 1 kg serve | 15 | 0 | 1.5 | 1.00 -> 2.00 | kg serve 1 4.0 |" in text
    assert "Two processes against one: 2.00x the requests" in text
    assert "First errors (2 kg serve, /sparql): [\"HTTP 500: b'fout'\"]" in text
    assert "/actor/pnh" in text and "100 triples" in text
