"""Questions to passages: BM25, dense vectors, or a weighted sum of both standardised; exact-match boosts."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from kg import vectors
from kg.config import Settings
from kg.docfacts import asks_about_document, is_letter, part_asked
from kg.errors import InvalidInput
from kg.index import MAX_WINDOWS, ROW_LABELS, document_titles, passage_place, passage_windows, require_index
from kg.snippet import answer_kind, best_sentence
from kg.textnorm import Analyzer, fold
from kg.thesaurus import Thesaurus

MODES = ("hybrid", "bm25", "dense")
MAX_QUERY_CHARS = 1000
CANDIDATES = 100
"""Each ranker contributes its top CANDIDATES to the fusion; their scores are standardised over this pool."""
WEIGHT_BM25 = 0.3
WEIGHT_DENSE = 0.7
"""Hybrid score = 0.3 x z(BM25) + 0.7 x z(cosine), each standardised (z-score) over its own candidate pool.
Measured (benchmarks/retrieval_eval.py) on the 15 dev questions and 40 more written in officials' own words
(synonyms rather than the document's terms): reciprocal rank fusion gave hits@1/hits@5 0.87/1.00 (dev) and
0.53/0.78 (40); this convex combination 0.93/1.00 and 0.65/0.85, flat for BM25 weights 0.2-0.35. On 30
questions written blind afterwards: rank fusion 0.83/0.93, this 0.83/0.97. Scores carry how far a passage
stands above the rest, which rank fusion throws away: BM25 wins on exact terms, e5 on paraphrase, and a clear
winner in either survives."""
CODE_BOOST = 2.0
ORGANISATION_BOOST = 0.5
"""Added (in standard deviations) per exact action code / organisation the question and the passage share:
a question naming 'WB 1' must reach that row whatever the embeddings think; naming 'RWS' lifts the passages
about Rijkswaterstaat without drowning what the question asks about them."""
EXPANSION_WEIGHT = 0.5
"""BM25 of the thesaurus alternatives of the question's terms counts this much beside BM25 of its own words:
'stadsverwarming' finds 'warmtenet' without a passage that merely lists synonyms outranking the one that
uses the question's own word. Hybrid hits@1/hits@5 without -> with (benchmarks/retrieval_eval.py --thesaurus):
dev 0.93/1.00 -> 0.93/1.00, extra 0.60/0.85 -> 0.65/0.88, fresh 0.83/0.93 -> 0.83/0.97, new 0.45/0.75 ->
0.50/0.80; weight 0.3 or 1.0 is no better on any set."""
EXPANSION_SHIFT = 0.0
"""Weight moved from dense to BM25 when the question uses a thesaurus term that no passage uses. Off: measured
at 0.1 it costs extra hits@1 (0.65 -> 0.62), at 0.2 also dev hits@1 (0.93 -> 0.87) for one more first hit on
the new set; moved for any thesaurus term, 0.2 lifted the new set's hits@5 0.80 -> 0.90 at the same cost."""
EXPAND_DENSE = False
"""Whether the dense query also carries the alternatives (measured in benchmarks/retrieval_eval.py)."""
REWRITE = 0.5
"""Share of the dense weight given to the question rewritten in the texts' own terms (Thesaurus.rewrite:
'stroom van de kade' -> 'walstroom'), when the question uses a thesaurus term no passage uses. The embeddings
only link a term to the texts' words they have seen together; the rewritten question says it in those words,
the question itself keeps what the model did understand. Hybrid hits@1/hits@5 (benchmarks/retrieval_eval.py
--thesaurus) share 0 -> 0.5: dev 0.93/1.00 -> 0.93/1.00, extra 0.65/0.88 -> 0.65/0.88, fresh 0.83/0.97 ->
0.83/0.97 (MRR 0.890 -> 0.900), new 0.45/0.85 -> 0.45/0.90; the rewritten question alone (share 1) cost
extra hits@1 0.65 -> 0.60; the mean of both vectors or the better cosine per passage gained less."""
EDGE_GAP = 0.01
"""For a question about a document itself, its first and last running-text passages are lifted to just below
the best passage (0 switches this off). When the document is a letter and the question asks who signed it
(its closing passage) or its date or addressee (its letterhead), that passage goes just above the best
instead: the best passage is then mostly the letter's own subject matter, which shares the question's words.
Hybrid hits@1 (benchmarks/retrieval_eval.py) new 0.45 -> 0.65, blind 0.62 -> 0.65, documents 0.77 -> 0.83,
dev/extra/fresh unchanged; for any document rather than letters only it cost a dev and an extra first hit (an
agenda's co-signers and a vision's date are not at its ends)."""
VECTORS_PER_PASSAGE = 1 + MAX_WINDOWS
"""A passage's own vector and its windows (kg.index.passage_windows): the dense search reads this many hits
per passage it returns."""
ROW_BOOST = 4.0
"""Added on top when the passage is the table row of a code the question names: 'WB 1' must put the WB 1 row
above the WB 2 row whose text says 'In actie WB1 wordt ...' (which BM25 likes for the literal 'wb1')."""
TITLE_WEIGHT = 0.3
"""A question word in the hit's document title (kg.index.document_titles) counts this much of its weight when
the sentence to show is chosen: it says which document the question is about, not which of its sentences
answers it ('Wanneer is de agenda Water en Ruimte Zeeuws-Vlaanderen vastgesteld?' is answered by the
sentence with 'vastgesteld' and a date, not by the title line). Measured with snippet.ANSWER_NEXT
(benchmarks/retrieval_eval.py sentence@1, the first hit's sentence holds the answer; 925 questions of the 15
read sets): 282 -> 295 alone, 298 with it, no set lower; at 0.0 300 but two sets lower; at 0.5 294."""
MERGE_DEPTH = 20
MERGE_MAX = 3
"""A hit is a stretch of running text: a passage among the best MERGE_DEPTH that follows or precedes a better
hit's passage in the same document joins that hit (at most MERGE_MAX passages, in reading order, the words the
chunker repeated between them once), instead of standing lower as a hit of its own. Passages are cut small
(ingest.chunk.TARGET_WORDS) so that the rankers can tell them apart; the answer to a question often lies just
before or after the words that match it best, in the neighbouring passage that ranks second or third. Measured
through Searcher.search (benchmarks/retrieval_eval.py), first hits / top 5: the never-read blind11-14
153 / 194 -> 173 / 196 of 200, blind15 40 / 47 -> 42 / 49 of 50, the other sets 485 / 601 -> 523 / 613 of
625. Only neighbours (the chunker's own overlap runs between them), and no table rows, which stay
rows of their own."""


@dataclass
class SearchResult:
    score: float
    document: str
    page: int
    text: str
    passage: str
    doc_iri: str = ""
    actors: list[dict[str, str]] = field(default_factory=list)
    actions: list[dict[str, str]] = field(default_factory=list)
    sentence: str = ""
    """The passage's sentence that best matches the question ('' when none shares a word with it)."""
    pages: list[int] = field(default_factory=list)
    """The pages the hit's text runs over (more than `page`, the best passage's, when neighbours joined)."""
    passages: list[str] = field(default_factory=list)
    """The passages joined in this hit, in reading order (`passage` is the best of them)."""

    def to_dict(self) -> dict[str, Any]:
        return {"score": round(float(self.score), 6), "document": self.document, "page": self.page,
                "text": self.text, "sentence": self.sentence, "passage": self.passage, "actors": self.actors,
                "actions": self.actions, "pages": self.pages or [self.page],
                "passages": self.passages or [self.passage]}


class Searcher:
    """A read-only view of one index generation; the embedding model is loaded on the first dense query."""

    def __init__(self, settings: Settings, folder: Path) -> None:
        import bm25s

        self.settings = settings
        self.folder = folder
        self.meta: dict[str, Any] = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self.records: list[dict[str, Any]] = json.loads(
            (folder / "passages.json").read_text(encoding="utf-8"))
        spec = json.loads((folder / "analyzer.json").read_text(encoding="utf-8"))
        self.analyzer = Analyzer(spec.get("vocabulary", []), spec.get("organisations", {}))
        self._bm25 = bm25s.BM25.load(str(folder / "bm25"))
        self.thesaurus = Thesaurus(self.analyzer._stem)
        self._keys = [set(r.get("keys", [])) for r in self.records]
        self._by_key: dict[str, list[int]] = {}  # code/organisation key -> the records carrying it
        for i, keys in enumerate(self._keys):
            for key in keys:
                self._by_key.setdefault(key, []).append(i)
        self._row_codes = [r.get("row_code", "") for r in self.records]
        # Vectors are stored under stable ids (kg.vectors): a passage's own and its windows' -> the record.
        self._vector_rows = {int(v): i for i, r in enumerate(self.records)
                             for v in ([r["vid"]] if "vid" in r else []) + r.get("wvids", [])}
        self._window_of = {int(v): j for r in self.records for j, v in enumerate(r.get("wvids", []))}
        running = _running_text(self.records)
        self._edges = _document_edges(running)
        self._titles = document_titles(self.records)
        self._neighbours = _running_text_neighbours(running)
        self._letters = {doc for doc, edges in self._edges.items()
                         if is_letter(self.records[edges[0]]["text"], self.records[edges[-1]]["text"])}
        self._dense_lock = threading.Lock()
        # Sentences recur across questions: their tokens are worth keeping (bounded).
        self._sentence_tokens = lru_cache(maxsize=20000)(lambda s: tuple(self.analyzer.tokens(s)))
        self._faiss: Any = None
        self._embedder: Any = None
        self.weights = {"bm25": WEIGHT_BM25, "dense": WEIGHT_DENSE, "code": CODE_BOOST, "row": ROW_BOOST,
                        "org": ORGANISATION_BOOST, "expand": EXPANSION_WEIGHT, "edges": EDGE_GAP,
                        "expand_dense": float(EXPAND_DENSE), "expand_shift": EXPANSION_SHIFT,
                        "rewrite": REWRITE}
        self._term_use: dict[str, bool] = {}

    @property
    def has_vectors(self) -> bool:
        return self.meta.get("model", "none") != "none" and (self.folder / "vectors.faiss").is_file()

    def _dense_ready(self) -> None:
        """Load the vectors and the model once; concurrent first queries (web threads) wait for the first."""
        if self._faiss is not None:
            return
        with self._dense_lock:
            if self._faiss is None:

                from kg.embed import get_embedder

                self._embedder = get_embedder(self.meta["model"])
                self._faiss = vectors.read(self.folder / "vectors.faiss")  # set last: the ready flag

    # -- rankers ---
    def expansion_tokens(self, query: str, tokens: list[str] | None = None) -> list[str]:
        """BM25 tokens of the thesaurus alternatives of the question's terms, minus its own tokens."""
        alternatives = self.thesaurus.alternatives(query)
        if not alternatives:
            return []
        own = set(tokens if tokens is not None else self.analyzer.tokens(query, query=True))
        return [t for t in dict.fromkeys(self.analyzer.tokens(" ; ".join(alternatives), query=True))
                if t not in own]

    def rank_bm25(self, query: str, n: int = CANDIDATES) -> list[tuple[int, float]]:
        tokens = self.analyzer.tokens(query, query=True)
        if not tokens or not self.records:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens), dtype=np.float64)
        extra = self.expansion_tokens(query, tokens) if self.weights["expand"] > 0 else []
        if extra:
            scores = scores + self.weights["expand"] * np.asarray(self._bm25.get_scores(extra))
        top = np.argsort(-scores)[:n]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def rank_dense(self, query: str, n: int = CANDIDATES,
                   windows: dict[int, int] | None = None) -> list[tuple[int, float]]:
        return self.rank_dense_many([query], n, windows)[0] if self.has_vectors and self.records else []

    def rank_dense_many(self, queries: list[str], n: int = CANDIDATES,
                        windows: dict[int, int] | None = None) -> list[list[tuple[int, float]]]:
        """One dense ranking per query, the queries encoded in one call. A passage scores the best cosine of
        its own vector and its windows' (kg.index.passage_windows). `windows`, when given, receives for the
        first query each ranked passage's best window (its number in the passage's windows)."""
        if not self.has_vectors or not self.records:
            return [[] for _ in queries]
        self._dense_ready()
        if self.weights["expand_dense"] > 0:
            queries = [self._with_alternatives(q) for q in queries]
        vectors = self._embedder.encode_queries(queries)
        # Enough hits for n distinct passages when each has its own vector and all its windows.
        k = min(n * VECTORS_PER_PASSAGE, int(self._faiss.ntotal)) if self._vector_rows else min(
            n, len(self.records))
        if hasattr(self._faiss, "hnsw"):
            self._faiss.hnsw.efSearch = max(64, k)
        scores, ids = self._faiss.search(vectors, k)
        return [self._best_per_passage(row_ids, row_scores, n, windows if q == 0 else None)
                for q, (row_ids, row_scores) in enumerate(zip(ids, scores, strict=True))]

    def _best_per_passage(self, ids: np.ndarray, scores: np.ndarray, n: int,
                          windows: dict[int, int] | None = None) -> list[tuple[int, float]]:
        """Faiss hits (best first) as (record, score) with each record once, at its best vector; `windows`
        receives each of these records' best window."""
        rows = self._vector_rows
        out: dict[int, float] = {}
        for i, score in zip(ids, scores, strict=True):
            if i < 0:
                continue
            record = rows.get(int(i)) if rows else int(i)
            if record is None or (record not in out and len(out) == n):
                continue
            out.setdefault(record, float(score))
            if windows is not None and record not in windows and int(i) in self._window_of:
                windows[record] = self._window_of[int(i)]
        return list(out.items())

    def _with_alternatives(self, query: str) -> str:
        alternatives = self.thesaurus.alternatives(query)
        return f"{query} ({', '.join(alternatives[:8])})" if alternatives else query

    def uses(self, term: str) -> bool:
        """Whether some passage uses `term` (its words in this order, a few words apart at most)."""
        known = self._term_use.get(term)
        if known is None:
            known = self._term_use[term] = self._find_term(term)
        return known

    def _find_term(self, term: str) -> bool:
        words = [w for w in self.analyzer.words(term) if w not in self.analyzer.stops]
        stems = [self.analyzer._stem(w) for w in words]
        if not stems or not all(s in self._bm25.vocab_dict for s in stems):
            return False
        if len(stems) == 1:
            return True
        hits = np.ones(len(self.records), dtype=bool)
        for stem in stems:
            hits &= np.asarray(self._bm25.get_scores([stem])) > 0
        pattern = re.compile(r"\W+(?:\w+\W+){0,2}".join(re.escape(s) + r"\w*" for s in stems))
        return any(pattern.search(fold(self.records[i]["text"])) for i in np.flatnonzero(hits))

    def rank(self, query: str, mode: str = "hybrid", n: int = CANDIDATES,
             windows: dict[int, int] | None = None) -> list[tuple[int, float]]:
        """(record index, score) best first; `windows` receives the passages' best windows
        (rank_dense_many)."""
        if mode == "bm25":
            return self.rank_bm25(query, n)
        if mode == "dense":
            if not self.has_vectors:
                raise InvalidInput("deze index heeft geen vectoren (model 'none'); kies bm25 of hybrid")
            return self.rank_dense(query, n, windows)
        # A thesaurus term the texts never use ('stadsverwarming') leaves the embeddings guessing while the
        # expanded keywords know the answer's words: they count more then.
        shift = self.weights["expand_shift"] if self.weights["expand"] > 0 and self.thesaurus.unseen(
            query, self._bm25.vocab_dict.__contains__) else 0.0
        parts = [(self.weights["bm25"] + shift, _standardise(self.rank_bm25(query, n)))]
        if self.has_vectors:
            dense = self.weights["dense"] - shift
            rewritten = self.thesaurus.rewrite(query, self.uses) if self.weights["rewrite"] > 0 else None
            if rewritten is None:
                parts.append((dense, _standardise(self.rank_dense(query, n, windows))))
            else:
                own, other = self.rank_dense_many([query, rewritten], n, windows)
                share = self.weights["rewrite"]
                parts += [(dense * (1 - share), _standardise(own)), (dense * share, _standardise(other))]
        pool = set().union(*(scores for _, scores in parts))
        fused = dict.fromkeys(pool, 0.0)
        for weight, scores in parts:
            floor = min(scores.values(), default=0.0)  # a passage outside this pool ranks below all of it
            for i in pool:
                fused[i] += weight * scores.get(i, floor)
        if self.weights["edges"] > 0 and fused and asks_about_document(query):
            self._lift_edges(fused, part_asked(query))
        wanted = self.analyzer.query_codes(query)
        if wanted:
            # Passages carrying the exact code/organisation join the candidates even if both rankers missed.
            base = min(fused.values(), default=0.0)
            for i in sorted({i for key in wanted for i in self._by_key.get(key, ())}):
                shared = wanted & self._keys[i]
                if shared:
                    codes = sum(1 for key in shared if key.startswith("code_"))
                    boost = self.weights["code"] * codes + self.weights["org"] * (len(shared) - codes)
                    if self._row_codes[i] in shared:
                        boost += self.weights["row"]  # the row itself, not a row that refers to it
                    fused[i] = fused.get(i, base) + boost
        return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def _lift_edges(self, fused: dict[int, float], part: str | None = None) -> None:
        """A question about a document itself (who signed it, when, to whom) is answered by its letterhead and
        its signature: the opening and closing passages of the best passage's document join the top; the one
        holding the `part` asked ('signature', 'letterhead') goes first when the document is a letter."""
        best_i, best = max(fused.items(), key=lambda kv: (kv[1], -kv[0]))
        doc = self.records[best_i].get("doc_iri") or self.records[best_i]["document"]
        edges = self._edges.get(doc, ())
        first = None
        if part is not None and doc in self._letters:
            first = edges[-1] if part == "signature" else edges[0]
        for i in edges:
            if i == first:
                fused[i] = best + self.weights["edges"]
            elif i != best_i:
                fused[i] = max(fused.get(i, best), best - self.weights["edges"])

    def search(self, q: str, k: int = 5, mode: str = "hybrid") -> list[SearchResult]:
        """The k passages that best answer `q`, with document, page, text and the actors/actions named."""
        query = " ".join((q or "").split())
        if not query:
            raise InvalidInput("lege zoekvraag")
        if len(query) > MAX_QUERY_CHARS:
            raise InvalidInput(f"zoekvraag te lang ({len(query)} tekens; maximaal {MAX_QUERY_CHARS})")
        if mode not in MODES:
            raise InvalidInput(f"onbekende zoekmodus {mode!r}; kies uit {', '.join(MODES)}")
        if not 1 <= int(k) <= 100:
            raise InvalidInput(f"k={k} ligt buiten 1-100")
        windows: dict[int, int] = {}
        ranked = self.rank(query, mode, max(int(k), CANDIDATES), windows)
        own = self.analyzer.tokens(query, query=True)
        wanted = set(own) | set(self.expansion_tokens(query, own))
        rarity = {t: self.rarity(t) for t in wanted}
        kind = answer_kind(query)
        results = []
        # A question about a document itself is answered by its letterhead or signature (_lift_edges): short
        # passages that stand on their own.
        depth = 0 if asks_about_document(query) else MERGE_DEPTH
        for i, score, members in self._stretches(ranked, int(k), depth):
            r = self._result(i, score, members)
            place = passage_place(self.records[i])
            known = set(self._sentence_tokens(self._titles.get(place[0], ""))) if place else set()
            weights = {t: w * (TITLE_WEIGHT if t in known else 1.0) for t, w in rarity.items()}
            # The sentence is sought first in the passage's window nearest the question: the words alone
            # often point at a sentence that shares them without answering.
            near = ""
            if i in windows:  # windows are cut again only for a hit that has one
                parts = passage_windows(self.records[i]["text"])
                near = parts[windows[i]] if windows[i] < len(parts) else ""
            r.sentence = (near and best_sentence(near, wanted, self._sentence_tokens, weights, kind)) or \
                best_sentence(r.text, wanted, self._sentence_tokens, weights, kind)
            results.append(r)
        return results

    def _stretches(self, ranked: list[tuple[int, float]], k: int,
                   depth: int) -> list[tuple[int, float, list[int]]]:
        """The k best hits as (best passage, its score, the passages of its stretch in reading order): a
        passage among the best `depth` next to a better hit's passage joins that hit (MERGE_DEPTH)."""
        hits: list[tuple[int, float, list[int]]] = []
        for rank, (i, score) in enumerate(ranked):
            near = self._neighbours.get(i, ()) if rank < depth else ()
            joined = next((h for h in hits if len(h[2]) < MERGE_MAX and any(j in h[2] for j in near)), None)
            if joined is not None:
                joined[2].append(i)
                joined[2].sort()  # records are in reading order (kg.index._records)
                continue
            if len(hits) == k:
                if rank >= depth:
                    break
                continue
            hits.append((i, score, [i]))
        return hits

    def rarity(self, token: str) -> float:
        """How rare a BM25 token is among the passages (idf, log(1 + N / (1 + passages using it))): the
        sentence shown for a hit is the one holding the question's rare words ('elektrolyse'), not the one
        holding most of its common ones ('gemeente', '2026')."""
        term = self._bm25.vocab_dict.get(token)
        indptr = self._bm25.scores["indptr"]
        used = 0 if term is None or term + 1 >= len(indptr) else int(indptr[term + 1] - indptr[term])
        return float(np.log1p(len(self.records) / (1 + used)))

    def _result(self, i: int, score: float, members: list[int] | None = None) -> SearchResult:
        r = self.records[i]
        members = members or [i]
        parts = [self.records[j] for j in members]
        mentions = list({m["id"]: m for p in parts for m in p.get("mentions", [])}.values())
        actors = [{"id": m["id"], "label": m.get("label", "")} for m in mentions if m.get("kind") == "actor"]
        actions = [{"id": m["id"], "code": m.get("code", ""), "title": m.get("title", "")}
                   for m in mentions if m.get("kind") == "action"]
        text = parts[0]["text"]
        for p in parts[1:]:
            text = join_overlapping(text, p["text"])
        return SearchResult(score=score, document=r["document"], page=r["page"], text=text,
                            passage=r["id"], doc_iri=r.get("doc_iri", ""), actors=actors, actions=actions,
                            pages=sorted({p["page"] for p in parts}), passages=[p["id"] for p in parts])


_ROW_HEAD = re.compile(r"^[A-Z]{2,6}(?:[ \u00a0][A-Z]{2})?(?:[ \u00a0]?\d{1,3}[A-Za-z]?|[ \u00a0][A-H])\b")
"""A table row's or commitment's passage opens with its code ('GL 8', 'SV IJ 1', 'UA F', 'BRIEF 3')."""


def _running_text(records: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Per document, the record indexes of its running-text passages in reading order: table rows and
    commitments (which open with their code or end in 'Wie:'/'Wanneer:' lines, with or without a code, and
    are numbered after the document's text) left out."""
    order: dict[str, list[tuple[int, int]]] = {}
    for i, r in enumerate(records):
        if _ROW_HEAD.match(r["text"]) or any(label in r["text"] for label in ROW_LABELS):
            continue
        place = passage_place(r)
        if place:
            order.setdefault(place[0], []).append((place[1], i))
    return {doc: [i for _, i in sorted(pairs)] for doc, pairs in order.items()}


def _document_edges(running: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """Per document, the record indexes of its first and last running-text passage (`running`:
    _running_text)."""
    return {doc: tuple(dict.fromkeys((ids[0], ids[-1]))) for doc, ids in running.items()}


def _running_text_neighbours(running: dict[str, list[int]]) -> dict[int, tuple[int, ...]]:
    """Per running-text passage, the record indexes of the passages just before and after it in its document
    (`running`: _running_text; table rows and commitments have none and are nobody's)."""
    out: dict[int, tuple[int, ...]] = {}
    for ids in running.values():
        for n, i in enumerate(ids):
            out[i] = tuple(ids[m] for m in (n - 1, n + 1) if 0 <= m < len(ids))
    return out


def join_overlapping(first: str, second: str, most: int = 150) -> str:
    """`first` then `second` without the words `second` repeats from the end of `first` (the chunker's
    overlap: ingest.chunk.OVERLAP_WORDS), `second`'s own line breaks kept."""
    a, b = first.split(), second.split()
    shared = next((n for n in range(min(len(a), len(b), most), 0, -1) if a[-n:] == b[:n]), 0)
    if shared:
        ends = [m.end() for m in re.finditer(r"\S+", second)]
        second = second[ends[shared - 1]:].lstrip()
    return f"{first}\n{second}" if second else first


def _standardise(ranked: list[tuple[int, float]]) -> dict[int, float]:
    """Scores in standard deviations from the mean of their own candidate pool (BM25 and cosine differ)."""
    if not ranked:
        return {}
    values = np.array([score for _, score in ranked], dtype=np.float64)
    spread = float(values.std()) or 1.0
    return {i: (score - float(values.mean())) / spread for i, score in ranked}


def open_searcher(settings: Settings) -> Searcher:
    """The current index generation, read-only (raises NotFound when nothing was indexed yet)."""
    return Searcher(settings, require_index(settings.index_dir))
