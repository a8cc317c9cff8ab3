"""Beyond one machine: the same store behind `oxigraph serve` over HTTP vs embedded, on loopback only."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from dataclasses import replace
from pathlib import Path

from rdflib import Graph, URIRef

from benchmarks.common import Section, latencies
from kg.config import Settings
from kg.store.base import GraphBackend


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_cli() -> str | None:
    here = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "oxigraph"
    return str(here) if here.is_file() else shutil.which("oxigraph")


def wait_ready(url: str, proc: subprocess.Popen[bytes], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):  # noqa: S310 (loopback)
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph serve did not answer at {url} within {seconds:.0f} s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    """Terminate an Oxigraph server and wait for it (kill it if it does not stop within 10 s)."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def named_graphs(store: GraphBackend) -> dict[str, Graph]:
    """Every named graph of a store as an rdflib Graph, keyed by graph IRI (to send to another store)."""
    graphs: dict[str, Graph] = {}
    for q in store.quads():
        if q.graph_name is not None and hasattr(q.graph_name, "value"):
            g = graphs.setdefault(q.graph_name.value, Graph())
            g.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
    return graphs


def copy_graphs(store: GraphBackend, target: GraphBackend) -> int:
    """Replace each named graph of `store` in `target` (one update per graph); the number of graphs."""
    graphs = named_graphs(store)
    for name, g in graphs.items():
        target.replace_graph(URIRef(name), g)
    return len(graphs)


def run(store_dir: Path, workdir: Path, repeat: int = 30) -> Section:
    from benchmarks.graph_bench import WHO_QUERY, pick_subjects
    from kg.store import open_store

    sec = Section("remote", "Beyond one machine: Oxigraph server over HTTP vs embedded",
                  goal="report the cost of the network hop (no fixed goal); the backend is a setting",
                  columns=["measure", "embedded", "HTTP (oxigraph serve, loopback)", "ratio"])
    cli = oxigraph_cli()
    if cli is None:
        sec.notes.append("the `oxigraph` CLI is not installed (pip install oxigraph): section skipped")
        return sec
    local = open_store(replace(Settings(), store=store_dir), read_only=True)
    graphs = named_graphs(local)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    location = workdir / "oxigraph-server"
    proc = subprocess.Popen([cli, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(url, proc)
        remote = open_store(replace(Settings(), store=workdir, backend=url))
        t0 = time.perf_counter()
        for name, g in graphs.items():
            remote.replace_graph(URIRef(name), g)
        load_s = time.perf_counter() - t0
        import pyoxigraph as ox

        raw = ox.Store.read_only(str(store_dir / "oxigraph"))
        actor, _ = pick_subjects(raw)
        del raw  # release the read-only handle before the remote server opens the folder
        if actor is None:
            sec.notes.append("no actor with roles in the store: nothing to query")
            return sec
        rows_local = local.select(WHO_QUERY, actor=URIRef(actor))
        rows_remote = remote.select(WHO_QUERY, actor=URIRef(actor))
        if sorted(map(repr, rows_local)) != sorted(map(repr, rows_remote)):
            sec.notes.append("WARNING: the HTTP answer differs from the embedded one")
        emb = latencies(lambda: local.select(WHO_QUERY, actor=URIRef(actor)), repeat)
        http = latencies(lambda: remote.select(WHO_QUERY, actor=URIRef(actor)), repeat)
        stats_local, stats_remote = local.stats(), remote.stats()
        sec.add("quads", stats_local["triples"], stats_remote["triples"], "")
        sec.add(f"who-does-what-when rows ({WHO_QUERY})", len(rows_local), len(rows_remote), "")
        sec.add("who-does-what-when p50 (ms)", emb["p50_ms"], http["p50_ms"], http["p50_ms"] / emb["p50_ms"])
        sec.add("who-does-what-when p95 (ms)", emb["p95_ms"], http["p95_ms"], http["p95_ms"] / emb["p95_ms"])
        sec.add("load all named graphs (s)", "", load_s, "")
        sec.verdicts.append(f"HTTP adds {http['p50_ms'] - emb['p50_ms']:.2f} ms per query at p50 "
                            f"({http['p50_ms'] / emb['p50_ms']:.2f}x embedded); same rows: "
                            f"{len(rows_local) == len(rows_remote)}")
        sec.figures = {"embedded_p50": emb["p50_ms"], "http_p50": http["p50_ms"], "load_s": load_s}
        sec.notes.append(f"{len(graphs)} named graphs sent as one `DROP SILENT GRAPH; INSERT DATA` update "
                         "each "
                         "(kg.store.remote.RemoteGraphStore, selected by settings.backend = the URL).")
        sec.notes.append("Bindings travel as BIND(<n3 term> AS ?var) at the top of the WHERE clause.")
    finally:
        stop_server(proc)
        local.close()
    return sec
