"""Load test: concurrent /search and /sparql clients on `kg serve` while `kg ingest` writes the same store."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
QUESTIONS = ["wie trekt de dijkversterking", "waterstofleiding Tata Steel", "woningbouw Zaandam",
             "netcongestie elektriciteitsnet", "Provincie Noord-Holland planning 2027", "UA B",
             "luchtkwaliteit IJmond", "haven Amsterdam energietransitie"]
PASSAGES_PER_DOC = """PREFIX kg: <https://w3id.org/nzkg/def#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?doc (COUNT(?p) AS ?n) WHERE { ?p a kg:Passage ; dcterms:isPartOf ?doc } GROUP BY ?doc"""
KG = [sys.executable, "-c", "from nzkg.cli import main; main()"]


def ingest_corpus_copy(docs: Path, store: Path, timeout: float = 900) -> float:
    """The corpus texts copied into `docs` and ingested into `store` by the CLI with model 'none' (BM25
    only); the seconds the ingest took."""
    docs.mkdir()
    for f in sorted(CORPUS.glob("*.txt")):
        shutil.copyfile(f, docs / f.name)
    t0 = time.monotonic()
    subprocess.run([*KG, "ingest", str(docs), "--store", str(store), "--model", "none", "--quiet"],
                   cwd=ROOT, check=True, capture_output=True, timeout=timeout)
    return time.monotonic() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"kg serve did not listen on 127.0.0.1:{port} within {seconds} s")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, list[str]] = defaultdict(list)
        self.doc_counts: dict[str, set[int]] = defaultdict(set)

    def add(self, endpoint: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latency[endpoint].append(seconds)
            if error:
                self.errors[endpoint].append(error)


def client(port: int, n: int, stop: float, rec: Recorder) -> None:
    base = f"http://127.0.0.1:{port}"
    i = n
    while time.monotonic() < stop:
        i += 1
        if i % 2:
            endpoint = "/api/search"
            url = f"{base}/api/search?" + urllib.parse.urlencode({"q": QUESTIONS[i % len(QUESTIONS)]})
            headers = {"Accept": "application/json"}
        else:
            endpoint = "/sparql"
            url = f"{base}/sparql?" + urllib.parse.urlencode({"query": PASSAGES_PER_DOC})
            headers = {"Accept": "application/sparql-results+json"}
        t0 = time.perf_counter()
        error = None
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as resp:
                body = json.loads(resp.read())
            if endpoint == "/sparql":
                with rec.lock:
                    for b in body["results"]["bindings"]:
                        rec.doc_counts[b["doc"]["value"]].add(int(b["n"]["value"]))
        except urllib.error.HTTPError as exc:
            error = f"HTTP {exc.code}: {exc.read()[:120]!r}"
        except (OSError, ValueError, KeyError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        rec.add(endpoint, time.perf_counter() - t0, error)


def prepare_more(src: Path, dest: Path) -> None:
    """Renamed, slightly edited copies (new documents) and one edited version of an existing document."""
    dest.mkdir(parents=True)
    smallest = sorted(src.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]  # keeps the ingest short
    for f in smallest:
        text = f.read_text(encoding="utf-8")
        (dest / f"kopie-{f.name}").write_text(text + "\n\nBijlage: kopie voor de belastingtest.\n",
                                              encoding="utf-8")
    first = sorted(src.glob("*.txt"))[0]
    (dest / first.name).write_text(first.read_text(encoding="utf-8") + "\n\nErratum bij deze versie.\n",
                                   encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--report", type=Path, default=ROOT / "benchmarks" / "LOAD.md")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="kg-load-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        docs, more, store = work / "docs", work / "more", work / "store"
        first_ingest = ingest_corpus_copy(docs, store, timeout=600)
        prepare_more(docs, more)
        port = free_port()
        serve = subprocess.Popen([*KG, "serve", "--store", str(store), "--host", "127.0.0.1", "--port",
                                  str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                 start_new_session=True)
        procs.append(serve)
        wait_port(port, 60)
        rec = Recorder()
        stop = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(port, n, stop, rec), daemon=True)
                   for n in range(args.clients)]
        for t in threads:
            t.start()
        time.sleep(min(3.0, args.seconds / 10))  # some traffic first, then the writer starts
        t1 = time.monotonic()
        ingest = subprocess.Popen([*KG, "ingest", str(more), str(docs), "--store", str(store), "--model",
                                   "none", "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, start_new_session=True)
        procs.append(ingest)
        ingest_rc = ingest.wait(max(60.0, args.seconds * 10))
        ingest_seconds = time.monotonic() - t1
        ingest_err = ingest.stderr.read().decode("utf-8", "replace") if ingest.stderr else ""
        for t in threads:
            t.join(args.seconds + 60)
        final = json.loads(subprocess.run([*KG, "stats", "--json", "--store", str(store)], cwd=ROOT,
                                          capture_output=True, text=True, timeout=60).stdout or "{}")
        lines = report(args, rec, first_ingest, ingest_rc, ingest_seconds, ingest_err,
                       ingest_finished_in_window=ingest_seconds < args.seconds, final=final)
        print("\n".join(lines))
        with open(args.report, "a", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        torn = [d for d, counts in rec.doc_counts.items() if len(counts) > 1]
        failures = sum(len(v) for v in rec.errors.values())
        return 1 if torn or ingest_rc != 0 or failures else 0
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(p.pid, signal.SIGKILL)
        shutil.rmtree(work, ignore_errors=True)


def report(args: Any, rec: Recorder, first_ingest: float, ingest_rc: int, ingest_seconds: float,
           ingest_err: str, ingest_finished_in_window: bool, final: dict[str, int]) -> list[str]:
    torn = {d: sorted(c) for d, c in rec.doc_counts.items() if len(c) > 1}
    lines = ["", "## Load", "",
             f"Run {time.strftime('%Y-%m-%d %H:%M')}: "
             f"`python -m benchmarks.load_test --clients {args.clients} "
             f"--seconds {args.seconds:g}`; 2 shared CPU cores; store with the 5 corpus documents, "
             f"model `none` (BM25 only; first ingest {first_ingest:.0f} s). During the run a second "
             f"`kg ingest` (2 renamed edited copies + 1 edited original) wrote the same store: "
             f"exit {ingest_rc}, {ingest_seconds:.0f} s"
             + ("" if ingest_finished_in_window else " (it outlasted the client window)") + ".", "",
             "| endpoint | requests | errors | p50 ms | p95 ms | p99 ms | max ms |",
             "|---|---|---|---|---|---|---|"]
    for endpoint, values in sorted(rec.latency.items()):
        ms = [v * 1000 for v in values]
        lines.append(f"| {endpoint} | {len(ms)} | {len(rec.errors[endpoint])} | {pct(ms, 50):.0f} | "
                     f"{pct(ms, 95):.0f} | {pct(ms, 99):.0f} | {max(ms):.0f} |")
    total = sum(len(v) for v in rec.latency.values())
    lines += ["", f"Throughput {total / args.seconds:.1f} requests/s overall; mean latency "
              f"{statistics.mean(v for vs in rec.latency.values() for v in vs) * 1000:.0f} ms.",
              f"Documents seen by the passages-per-document SPARQL query: {len(rec.doc_counts)}; "
              f"with more than one passage count (a half-written document): {len(torn)} {torn or ''}.",
              f"Final store: {json.dumps(final)}."]
    for endpoint, errs in sorted(rec.errors.items()):
        if errs:
            lines.append(f"First errors on {endpoint}: {sorted(set(errs))[:3]}")
    if ingest_rc != 0:
        lines.append(f"Ingest stderr: {ingest_err.strip()[-500:]}")
    return lines


if __name__ == "__main__":
    sys.exit(main())
