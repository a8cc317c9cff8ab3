"""Page latency at scale: the web UI's pages through Flask's test client, p50/p95 per page, each page stopped
after a timeout (in a child process, because Oxigraph cannot cancel a running query)."""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from typing import Any

from benchmarks.common import latencies
from benchmarks.graph_bench import _BUSIEST_ACTOR
from benchmarks.search_bench import FALLBACK
from kg.config import Settings

PAGES = ("home", "search", "organisations", "organisation", "action", "timeline", "timeline 2026",
         "documents", "dependencies")
PAGE_TIMEOUT = 60.0
"""Seconds all repeats of one page may take before the page is reported as not finished."""
OPEN_TIMEOUT = 300.0
"""Seconds the search page's first view may take (it opens the index: tens of seconds at 1000x); it is not
one of the timed repeats, and its time is reported apart. Other pages' first views have PAGE_TIMEOUT."""
SLOW_MS = 5000.0
"""A page slower than this once is timed three times only (enough for its order of magnitude)."""


def _urls(app: Any) -> dict[str, Any]:
    """Page name -> a function giving the next URL (search cycles through questions)."""
    store = app.extensions["kg"].graph
    actor = store.query_text(_BUSIEST_ACTOR, timeout=120).rows[0][0].value
    rows = store.select("ui_window_actor", limit=1, actor=_iri(actor))
    action = rows[0]["action"].removeprefix("https://w3id.org/nzkg/id/")
    questions = iter(FALLBACK * 1000)
    return {"home": lambda: "/", "search": lambda: f"/search?q={next(questions)}",
            "organisation": lambda: f"/actor/{actor.rsplit('/actor/', 1)[1]}",
            "action": lambda: f"/action/{action}", "timeline": lambda: "/tijdlijn",
            "timeline 2026": lambda: "/tijdlijn?jaar=2026", "documents": lambda: "/documenten",
            "organisations": lambda: "/organisaties", "dependencies": lambda: "/afhankelijkheden"}


def _iri(value: str) -> Any:
    from rdflib import URIRef

    return URIRef(value)


def _child(settings: Settings, name: str, repeat: int, conn: Any) -> None:
    from webui.app import create_app

    app = create_app(settings)
    client = app.test_client()
    url = _urls(app)[name]

    def get() -> None:
        response = client.get(url())
        if response.status_code != 200:
            raise RuntimeError(f"{name}: HTTP {response.status_code}")

    t0 = time.perf_counter()
    get()  # the first view: opens the search index, fills the per-store caches
    first = (time.perf_counter() - t0) * 1000
    conn.send(first)
    conn.send({"first_ms": first, **latencies(get, 3 if first > SLOW_MS else repeat, warmup=0)})


def run(settings: Settings, repeat: int = 20) -> dict[str, Any]:
    """{page: {p50_ms, p95_ms, first_ms, ...}} and the pages that did not finish within PAGE_TIMEOUT; each
    page in its own process, so one that does not finish cannot hold up the others."""
    ctx = mp.get_context("fork")
    out: dict[str, Any] = {}
    for name in PAGES:
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(settings, name, repeat, child), daemon=True)
        proc.start()
        child.close()  # the child holds the only writing end: if it fails, poll sees the end at once
        try:
            if parent.poll(OPEN_TIMEOUT if name == "search" else PAGE_TIMEOUT):
                parent.recv()  # the first view is done: the repeats have PAGE_TIMEOUT from here
                if parent.poll(PAGE_TIMEOUT):
                    out[name] = parent.recv()
        except EOFError:  # the child failed: reported as not finished
            pass
        proc.join(1)
        if proc.is_alive():
            proc.kill()
            proc.join()
    return {"pages": out, "unfinished": [p for p in PAGES if p not in out]}


def note(size: str, result: dict[str, Any]) -> str:
    """One line for RESULTS.md: p50/p95 per page, and what did not finish."""
    from benchmarks.common import fmt

    done = "; ".join(f"{name} {fmt(r['p50_ms'])}/{fmt(r['p95_ms'])}" for name, r in result["pages"].items())
    first = result["pages"].get("search", {}).get("first_ms")
    if first is not None:  # the one view that opens the search index
        done += f" (search's first view, opening the index: {first / 1000:.1f} s, not counted)"
    stopped = (f"; not finished within {PAGE_TIMEOUT:g} s: {', '.join(result['unfinished'])}"
               if result["unfinished"] else "")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{size}: pages p50/p95 ms (Flask test client): {done or '-'}{stopped} "
            f"(machine load average {load:.1f} on {os.cpu_count()} cores at the end)")
