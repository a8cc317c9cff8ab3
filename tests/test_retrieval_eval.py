"""Retrieval quality on the dev questions with the product's default set-up (hybrid, default model)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from benchmarks.retrieval_eval import EXTRA, QUESTIONS, corpus_passages, evaluate, load_questions
from kg.config import Settings
from kg.index import update_index
from kg.search import open_searcher

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def setup(request: pytest.FixtureRequest):
    if not QUESTIONS.is_file():
        pytest.skip("shared corpus/eval not available")
    # The store lives in pytest's cache folder: the index's own vector cache (by content hash) makes a rerun
    # embed nothing, which is also the re-ingest behaviour the product relies on.
    store = request.config.cache.mkdir("nzkg-retrieval-store")
    settings = replace(Settings(), store=store)
    summary = update_index(settings, corpus_passages())
    return open_searcher(settings), load_questions(), summary


def test_default_hybrid_meets_the_hits_at_1_target(setup) -> None:
    searcher, questions, summary = setup
    assert searcher.meta["model"] == Settings().model != "none"
    result = evaluate(searcher, questions, "hybrid")
    assert result["hits@1"] >= 0.80, result


def test_default_hybrid_meets_the_hits_at_5_target(setup) -> None:
    searcher, questions, _ = setup
    assert evaluate(searcher, questions, "hybrid")["hits@5"] >= 0.95


def test_on_questions_in_officials_own_words_the_hybrid_beats_each_ranker(setup) -> None:
    """The team's 40 questions use synonyms rather than the documents' terms: BM25 alone finds 0.68 of them in
    the top 5, e5 alone 0.82, the weighted sum 0.85 (and ranks them higher than either)."""
    searcher, _, _ = setup
    extra = load_questions(EXTRA)
    hybrid, bm25, dense = (evaluate(searcher, extra, mode) for mode in ("hybrid", "bm25", "dense"))
    assert hybrid["hits@5"] >= 0.80, hybrid
    assert hybrid["mrr"] > max(bm25["mrr"], dense["mrr"]), (hybrid, bm25, dense)


def test_bm25_alone_is_a_useful_fallback(setup) -> None:
    searcher, questions, _ = setup
    result = evaluate(searcher, questions, "bm25")
    assert result["hits@5"] >= 0.85, result


def test_rebuilding_embeds_nothing_new(setup, tmp_path) -> None:
    searcher, _, _ = setup
    settings = replace(Settings(), store=searcher.folder.parents[1])
    passages = corpus_passages()
    again = update_index(settings, passages)
    assert again["unchanged"] is True
    # one passage edited: exactly one embedding
    passages[0] = {**passages[0], "text": passages[0]["text"] + " Extra zin."}
    assert update_index(settings, passages)["embedded"] == 1


def test_the_documents_set_searches_the_test_documents_as_ingested() -> None:
    from benchmarks.retrieval_eval import DOCUMENT_DIRS, DOCUMENTS, document_passages, is_hit

    letters = [d for d in DOCUMENT_DIRS if d.name == "letters"]
    passages = document_passages(letters)
    names = {p["document"] for p in passages}
    assert names == {p.stem for p in letters[0].glob("*.txt")}  # every letter, under its own name
    assert all(p["text"].strip() and p["page"] >= 1 for p in passages)
    # the questions about letters find their anchors in these passages (a page's text, not the raw file)
    about_letters = [q for q in load_questions(DOCUMENTS) if q["document"] in names]
    assert about_letters
    assert all(any(is_hit(p["text"], q["anchors"]) for p in passages) for q in about_letters)
