"""Scale-out: the load test against one and against two `kg serve` processes on one `oxigraph serve`."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from benchmarks.load_test import (
    CORPUS,
    KG,
    PASSAGES_PER_DOC,
    QUESTIONS,
    ROOT,
    Recorder,
    free_port,
    ingest_corpus_copy,
    pct,
    wait_port,
)
from benchmarks.remote_bench import copy_graphs, oxigraph_cli, stop_server, wait_ready
from kg.config import Settings

ENDPOINTS = ("/api/search", "/sparql", "/actor")


def request_for(i: int, port: int, actor: str) -> tuple[str, str, dict[str, str]]:
    """The i-th request of a client, sent to `port`: a search, the passages-per-document SPARQL query and an
    organisation page in turn (endpoint, url, headers)."""
    base = f"http://127.0.0.1:{port}"
    endpoint = ENDPOINTS[i % len(ENDPOINTS)]
    if endpoint == "/api/search":
        query = urllib.parse.urlencode({"q": QUESTIONS[i // len(ENDPOINTS) % len(QUESTIONS)]})
        return endpoint, f"{base}/api/search?{query}", {"Accept": "application/json"}
    if endpoint == "/sparql":
        query = urllib.parse.urlencode({"query": PASSAGES_PER_DOC})
        return endpoint, f"{base}/sparql?{query}", {"Accept": "application/sparql-results+json"}
    return endpoint, f"{base}/actor/{urllib.parse.quote(actor, safe='')}", {"Accept": "text/html"}


class RoundRobin:
    """The ports in turn, one counter shared by every client (a reverse proxy's round robin)."""

    def __init__(self, ports: Sequence[int]) -> None:
        self._ports = itertools.cycle(ports)
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            return next(self._ports)


def client(n: int, ports: RoundRobin, actor: str, stop: float, rec: Recorder) -> None:
    i = n
    while time.monotonic() < stop:
        i += 1
        endpoint, url, headers = request_for(i, ports.next(), actor)
        t0 = time.perf_counter()
        error = None
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as resp:
                body = resp.read()
            if endpoint != "/actor":
                json.loads(body)
        except urllib.error.HTTPError as exc:
            error = f"HTTP {exc.code}: {exc.read()[:120]!r}"
        except (OSError, ValueError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        rec.add(endpoint, time.perf_counter() - t0, error)


def cpu_seconds(pid: int, group: bool) -> float:
    """CPU time (user + system) of a process, or of every live process in its process group, with the
    children it has waited for (Linux /proc; 0.0 elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat") if group else [Path(f"/proc/{pid}/stat")]:
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended meanwhile
        if group and int(fields[2]) != pid:  # fields[2] is pgrp (field 5 of proc(5))
            continue
        total += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
    return total / tick


@dataclass
class Run:
    label: str
    seconds: float
    rec: Recorder = field(default_factory=Recorder)
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds in the window per process

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.rec.latency.values())

    @property
    def errors(self) -> int:
        return sum(len(v) for v in self.rec.errors.values())


def measure(label: str, ports: list[int], actor: str, clients: int, seconds: float,
            watched: dict[str, tuple[int, bool]]) -> Run:
    """The same clients for the same seconds against `ports` (round robin), with the CPU time each watched
    process (name -> (pid, whole group)) used meanwhile."""
    run = Run(label, seconds)
    rr = RoundRobin(ports)
    before = {name: cpu_seconds(pid, group) for name, (pid, group) in watched.items()}
    own = os.times()
    load0 = os.getloadavg()[0]
    stop = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(n, rr, actor, stop, run.rec), daemon=True)
               for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    run.load = (load0, os.getloadavg()[0])
    run.cpu = {name: cpu_seconds(pid, group) - before[name] for name, (pid, group) in watched.items()}
    after = os.times()
    run.cpu["clients (this process)"] = after.user + after.system - own.user - own.system
    return run


def start_serve(store: Path, port: int, backend: str | None) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "KG_BACKEND"}
    if backend:
        env["KG_BACKEND"] = backend
    return subprocess.Popen([*KG, "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # own group: SIGTERM reaches its SPARQL workers too


def stop_group(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def warm(port: int, actor: str) -> None:
    """One request of each kind, so the search index and the organisation names are open before timing."""
    for i in range(1, 1 + len(ENDPOINTS)):
        _, url, headers = request_for(i, port, actor)
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=120) as resp:
            resp.read()


def busiest_actor(port: int) -> str:
    """The organisation with the most actions on the first page of /api/actors (its page is the one read)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/actors", timeout=60) as resp:
        actors = json.loads(resp.read())["actors"]
    return str(max(actors, key=lambda a: a["actions"])["id"])


def serve_run(label: str, store: Path, backend: str | None, count: int, actor: str, args: argparse.Namespace,
              watched: dict[str, tuple[int, bool]]) -> Run:
    """Start `count` kg serve processes, warm each, run the clients over all of them, stop them."""
    procs: list[subprocess.Popen[bytes]] = []
    try:
        ports = []
        for n in range(count):
            port = free_port()
            procs.append(start_serve(store, port, backend))
            wait_port(port, 60)
            warm(port, actor)
            ports.append(port)
            watched = {**watched, f"kg serve {n + 1}": (procs[-1].pid, True)}
        return measure(label, ports, actor, args.clients, args.seconds, watched)
    finally:
        for p in procs:
            stop_group(p)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--no-embedded", action="store_true", help="Skip the embedded reference run.")
    parser.add_argument("--report", type=Path, default=ROOT / "benchmarks" / "LOAD.md")
    args = parser.parse_args(argv)
    cli = oxigraph_cli()
    if not CORPUS.is_dir() or cli is None:
        print(f"needs the corpus at {CORPUS} and the oxigraph command (pip install oxigraph)",
              file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="kg-scaleout-"))
    server: subprocess.Popen[bytes] | None = None
    try:
        docs, store = work / "docs", work / "store"
        ingest_s = ingest_corpus_copy(docs, store)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        # As docs/deployment.md starts it: no --union-default-graph, the clients ask for the union.
        server = subprocess.Popen([cli, "serve", "--location", str(work / "oxigraph-server"), "--bind",
                                   f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_ready(url, server)
        from kg.store import open_store

        t0 = time.monotonic()
        local = open_store(replace(Settings(), store=store), read_only=True)
        remote = open_store(replace(Settings(), store=store, backend=url))
        graphs = copy_graphs(local, remote)
        local.close()
        copy_s = time.monotonic() - t0
        probe_port = free_port()
        probe = start_serve(store, probe_port, url)
        try:
            wait_port(probe_port, 60)
            actor = busiest_actor(probe_port)
        finally:
            stop_group(probe)
        watched = {"oxigraph serve": (server.pid, False)}
        runs = [serve_run("1 kg serve, HTTP backend", store, url, 1, actor, args, watched),
                serve_run("2 kg serve, HTTP backend", store, url, 2, actor, args, watched)]
        if not args.no_embedded:
            runs.append(serve_run("1 kg serve, embedded (reference)", store, None, 1, actor, args, {}))
        lines = report(args, runs, actor, ingest_s, graphs, copy_s, remote.stats())
        print("\n".join(lines))
        with open(args.report, "a", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        return 1 if any(r.errors for r in runs) else 0
    finally:
        if server is not None:
            stop_server(server)
        shutil.rmtree(work, ignore_errors=True)


def report(args: argparse.Namespace, runs: list[Run], actor: str, ingest_s: float, graphs: int,
           copy_s: float, stats: dict[str, int]) -> list[str]:
    """The LOAD.md section: per run and endpoint the latencies, then throughput, load and CPU per process."""
    cores = os.cpu_count() or 1
    lines = ["", "## Scale-out: one and two `kg serve` processes on one Oxigraph server", "",
             f"Run {time.strftime('%Y-%m-%d %H:%M')}: `python -m benchmarks.serve_scaleout --clients "
             f"{args.clients} --seconds {args.seconds:g}`; {cores} CPU cores (shared), everything on this "
             f"machine over loopback. Store: the {len(list(CORPUS.glob('*.txt')))} corpus documents, model "
             f"`none` (BM25 only; ingest {ingest_s:.0f} s), its {graphs} named graphs copied into one "
             f"`oxigraph serve` ({copy_s:.0f} s; {stats.get('triples', 0)} triples). Each run: "
             f"{args.clients} client threads for {args.seconds:g} s, each sending `/api/search`, `/sparql` "
             f"(passages per document) and the organisation page `/actor/{actor}` in turn; one round-robin "
             "counter shared by the clients picks the port of each request (what a reverse proxy does; "
             "no proxy in between). The processes are started fresh and warmed with one request of each "
             "kind; nothing writes during the runs.", "",
             "| run | endpoint | requests | errors | p50 ms | p95 ms | p99 ms | max ms |",
             "|---|---|---|---|---|---|---|---|"]
    for run in runs:
        for endpoint in ENDPOINTS:
            ms = [v * 1000 for v in run.rec.latency.get(endpoint, [])]
            errors = len(run.rec.errors.get(endpoint, []))
            lines.append(f"| {run.label} | {endpoint} | {len(ms)} | {errors} | "
                         f"{pct(ms, 50):.0f} | {pct(ms, 95):.0f} | {pct(ms, 99):.0f} | "
                         f"{max(ms, default=float('nan')):.0f} |")
    lines += ["", "| run | requests | errors | requests/s | load average (1 min) before -> after | "
              "CPU s in the window |", "|---|---|---|---|---|---|"]
    for run in runs:
        cpu = ", ".join(f"{name} {s:.1f}" for name, s in run.cpu.items())
        lines.append(f"| {run.label} | {run.requests} | {run.errors} | {run.requests / run.seconds:.1f} | "
                     f"{run.load[0]:.2f} -> {run.load[1]:.2f} | {cpu} |")
    one, two = runs[0], runs[1]
    if one.requests:
        lines += ["", f"Two processes against one: {two.requests / one.requests:.2f}x the requests; the "
                  f"machine can give at most {cores * args.seconds:.0f} CPU s in a run "
                  f"({cores} cores x {args.seconds:g} s), the two-process run used "
                  f"{sum(two.cpu.values()):.0f}."]
    for run in runs:
        for endpoint, errs in sorted(run.rec.errors.items()):
            if errs:
                lines.append(f"First errors ({run.label}, {endpoint}): {sorted(set(errs))[:3]}")
    return lines


if __name__ == "__main__":
    sys.exit(main())
