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
    # one passage edited: it is embedded again, and of its windows only those whose text changed
    from kg.index import passage_windows

    old = passages[0]["text"]
    passages[0] = {**passages[0], "text": old + " Extra zin."}
    changed = set(passage_windows(passages[0]["text"])) - set(passage_windows(old))
    assert len(changed) >= 1
    assert update_index(settings, passages)["embedded"] == 1 + len(changed)


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


def test_windows_cut_a_long_passage_into_overlapping_whole_sentences() -> None:
    """The windows the index embeds beside a passage: a long letter opening gives three windows of whole
    sentences that together hold every sentence, neighbours sharing one, each under its heading line; a short
    passage (a table row) gives none."""
    from benchmarks.retrieval_eval import DOCUMENT_DIRS, document_passages
    from kg.index import passage_windows as sub_windows
    from kg.snippet import sentences

    letters = [d for d in DOCUMENT_DIRS if d.name == "letters"]
    passages = [p for p in document_passages(letters) if p["document"] == "raadsinformatiebrief-deventer"]
    opening = passages[0]["text"]
    head = opening.split("\n", 1)[0]
    own = sentences(opening)
    windows = sub_windows(opening)
    assert len(opening.split()) > 160 and len(windows) == 3
    assert all(w.startswith(head) and len(w.split()) < len(opening.split()) for w in windows)
    # each window is a run of whole sentences of the passage: (first, last) sentence
    runs = [next((i, j) for i in range(len(own)) for j in range(i, len(own))
                 if " ".join(own[i:j + 1]) == w.removeprefix(head + "\n")) for w in windows]
    assert runs[0][0] == 0 and runs[-1][1] == len(own) - 1  # from the first sentence to the last
    # neighbours overlap, so nothing in between is left out
    assert all(b[0] <= a[1] for a, b in zip(runs, runs[1:], strict=False))
    shortest = min((p["text"] for p in passages), key=lambda t: len(t.split()))
    assert len(shortest.split()) <= 80 and sub_windows(shortest) == []
