"""Search: Searcher.search latency inside one process against encoding the query plus a raw Faiss search."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.common import SHARED, Section, summarise, verdict
from kg.config import Settings

GOAL = 2.0
FALLBACK = ["Wie is trekker van de walstroom?", "Wanneer start de Brede Omgevingsdialoog?",
            "Welke afspraken zijn er over woningbouw in Zaanstad?", "Wat doet Rijkswaterstaat in het NZKG?",
            "Netcongestie en energietransitie", "GL 3", "Tata Steel gezondheid omwonenden"]


def questions() -> list[str]:
    path = SHARED / "eval" / "retrieval-dev.jsonl"
    if path.is_file():
        return [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    return FALLBACK


def run(store_dir: Path, model: str, rounds: int = 5) -> Section:
    from kg.search import open_searcher

    sec = Section("search", f"Search (Searcher.search, model {model}, k=5)",
                  goal=f"p50 of Searcher.search (hybrid) <= {GOAL}x p50 of encode_queries + raw Faiss search",
                  columns=["path", "p50 (ms)", "p95 (ms)", "p99 (ms)", "mean (ms)", "calls"])
    searcher = open_searcher(replace(Settings(), store=store_dir, model=model))
    qs = questions()
    modes = ["hybrid", "bm25"] if searcher.has_vectors else ["bm25"]
    for q in qs[:2]:  # warm-up: the first dense call loads the model and the Faiss index
        for mode in modes:
            searcher.search(q, k=5, mode=mode)
    timings: dict[str, list[float]] = {m: [] for m in modes}
    floor: list[float] = []
    for _ in range(rounds):
        for q in qs:
            for mode in modes:
                t0 = time.perf_counter()
                searcher.search(q, k=5, mode=mode)
                timings[mode].append((time.perf_counter() - t0) * 1000)
            if searcher.has_vectors:
                t0 = time.perf_counter()
                vec = searcher._embedder.encode_queries([q])
                searcher._faiss.search(vec, 5)
                floor.append((time.perf_counter() - t0) * 1000)
    stats = {m: summarise(v) for m, v in timings.items()}
    for mode in modes:
        s = stats[mode]
        sec.add(f"Searcher.search mode={mode}", s["p50_ms"], s["p95_ms"], s["p99_ms"], s["mean_ms"],
                int(s["n"]))
    if floor:
        f = summarise(floor)
        sec.add("floor: encode_queries + Faiss search", f["p50_ms"], f["p95_ms"], f["p99_ms"], f["mean_ms"],
                int(f["n"]))
        ratio = stats["hybrid"]["p50_ms"] / f["p50_ms"]
        sec.verdicts.append(f"hybrid p50 / floor p50: {verdict(ratio, GOAL)}")
        sec.verdicts.append(f"hybrid p95 / floor p95: {stats['hybrid']['p95_ms'] / f['p95_ms']:.2f}x")
        sec.figures["ratio"] = ratio
    else:
        sec.verdicts.append("no vectors in this index (model 'none'): no floor to compare with")
    sec.notes.append(f"{len(qs)} questions x {rounds} rounds, {len(searcher.records)} passages, "
                     f"index {searcher.meta.get('index')}; the searcher was opened and warmed up before "
                     "timing.")
    return sec
