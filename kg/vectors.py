"""The Faiss index of passage vectors: exact (flat) while small, IVF above a size; updated in place by
passage id (add_with_ids / remove_ids) when documents come and go, rebuilt only when its kind changes."""

from __future__ import annotations

import hashlib
import math
import os
from pathlib import Path
from typing import Any

import numpy as np

IVF_THRESHOLD = int(os.environ.get("KG_INDEX_IVF_THRESHOLD", "50000"))
"""Above this many passages the exact flat index gives way to IVF (flat: 15.6 ms a query at 100k passages)."""
IVF_NPROBE = 16
"""Lists an IVF query visits: the smallest with recall@10 >= 0.95 against the flat index on 200,000 clustered
synthetic vectors (benchmarks/vector_bench.py; figures in benchmarks/RESULTS.md, section 'Vector index')."""
TRAIN_PER_LIST = 64
"""Training sample per IVF list (k-means on at most nlist x this many vectors)."""


def vector_id(passage: str) -> int:
    """A passage IRI as a stable 63-bit Faiss id: the same passage keeps its vector across generations."""
    return int(hashlib.sha256(passage.encode("utf-8")).hexdigest()[:15], 16)


def kind_for(count: int, threshold: int | None = None) -> str:
    return "ivf" if count > (IVF_THRESHOLD if threshold is None else threshold) else "flat"


def nlist_for(count: int) -> int:
    """IVF lists: about sqrt(count), at least 16."""
    return max(16, int(math.sqrt(count)))


def build(vectors: np.ndarray, ids: np.ndarray, kind: str, seed: int = 0) -> Any:
    """A new index of `kind` ('flat' or 'ivf') holding `vectors` under `ids` (inner product)."""
    import faiss

    dim = vectors.shape[1]
    index: Any
    if kind == "ivf":
        nlist = nlist_for(len(vectors))
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
        rng = np.random.default_rng(seed)
        sample = vectors[rng.choice(len(vectors), size=min(len(vectors), nlist * TRAIN_PER_LIST),
                                    replace=False)]
        index.train(np.ascontiguousarray(sample))
        index.nprobe = IVF_NPROBE  # faiss's Python layer keeps `quantizer` alive with the index
    else:
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
    if len(vectors):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
    return index


def update(old: Any, remove: np.ndarray, vectors: np.ndarray, ids: np.ndarray) -> Any:
    """`old` with the vectors of `remove` taken out and `vectors` added under `ids`, in place."""
    if len(remove):
        old.remove_ids(remove.astype(np.int64))
    if len(vectors):
        old.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
    return old


def index_kind(index: Any) -> str:
    import faiss

    return "ivf" if isinstance(faiss.downcast_index(index), faiss.IndexIVF) else "flat"


def write(index: Any, path: Path) -> None:
    import faiss

    faiss.write_index(index, str(path))


def read(path: Path) -> Any:
    import faiss

    index = faiss.read_index(str(path))
    if isinstance(index, faiss.IndexIVF):
        index.nprobe = IVF_NPROBE
    return index
