"""The index: incremental embedding by content hash, atomic generations, meta.json, BM25-only mode."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from kg.config import Settings
from kg.embed import FakeEmbedder
from kg.errors import NotFound
from kg.index import current_generation, read_meta, update_index
from kg.search import open_searcher

DOC = "https://w3id.org/nzkg/id/doc/abc"
TEXTS = [
    "GL 8 Dubbellaags ZOAB\nStil asfalt langs de A22.\nWie: Rijkswaterstaat\nWanneer: 2031",
    "Walstroom voor de scheepvaart in de haven van Amsterdam.",
    "Het waterstofnetwerk verbindt de industrie in de IJmond.",
]


def passages(texts: list[str]) -> list[dict]:
    return [{"iri": f"{DOC}/passage/{i}", "doc_iri": DOC, "document": "doc", "page": i + 1, "text": t,
             "mentions": []} for i, t in enumerate(texts)]


class CountingEmbedder(FakeEmbedder):
    def __init__(self) -> None:
        super().__init__(dim=32)
        self.seen: list[str] = []

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        self.seen += texts
        return super().encode_passages(texts)


def settings(tmp_path: Path, model: str = "fake") -> Settings:
    return replace(Settings(), store=tmp_path / "store", model=model)


def test_meta_and_incremental_updates(tmp_path: Path) -> None:
    s, emb = settings(tmp_path), CountingEmbedder()
    first = update_index(s, passages(TEXTS), embedder=emb)
    assert first["count"] == 3 and first["embedded"] == 3
    meta = read_meta(s.index_dir)
    assert meta["model"] == "fake" and meta["dimension"] == 32 and meta["count"] == 3
    assert len(meta["fingerprint"]) == 32 and meta["index"] == "flat"
    # same passages again: nothing to do
    assert update_index(s, passages(TEXTS), embedder=emb)["unchanged"] is True
    # one edited passage, one dropped: only the edit is embedded, under its document's first line
    emb.seen.clear()
    edited = [TEXTS[0], "Walstroom voor alle schepen in de haven van Amsterdam."]
    second = update_index(s, passages(edited), embedder=emb)
    assert emb.seen == [f"GL 8 Dubbellaags ZOAB\n{edited[1]}"] and second["embedded"] == 1
    assert second["count"] == 2
    assert read_meta(s.index_dir)["fingerprint"] != meta["fingerprint"]
    assert len([p for p in s.index_dir.glob("gen-*")]) <= 2  # old generations are cleaned up


def test_a_failed_update_leaves_the_previous_index_in_place(tmp_path: Path) -> None:
    s = settings(tmp_path)
    update_index(s, passages(TEXTS), embedder=FakeEmbedder(dim=32))
    before = current_generation(s.index_dir)

    class Broken(FakeEmbedder):
        def encode_passages(self, texts: list[str]) -> np.ndarray:
            raise RuntimeError("engine crashed")

    with pytest.raises(RuntimeError):
        update_index(s, passages([*TEXTS, "Een nieuwe passage."]), embedder=Broken(dim=32))
    assert current_generation(s.index_dir) == before
    assert open_searcher(s).meta["count"] == 3


def test_half_written_generation_is_never_picked_up(tmp_path: Path) -> None:
    s = settings(tmp_path)
    with pytest.raises(NotFound):
        open_searcher(s)
    s.index_dir.mkdir(parents=True)
    (s.index_dir / ".gen-x.tmp").mkdir()
    (s.index_dir / "CURRENT").write_text("gen-missing")
    with pytest.raises(NotFound):
        open_searcher(s)


def test_model_none_builds_bm25_only(tmp_path: Path) -> None:
    s = settings(tmp_path, model="none")
    summary = update_index(s, passages(TEXTS))
    gen = current_generation(s.index_dir)
    assert summary["model"] == "none" and not (gen / "vectors.faiss").exists()
    assert json.loads((gen / "meta.json").read_text())["dimension"] == 0
    results = open_searcher(s).search("waterstof", k=1, mode="hybrid")
    assert "waterstofnetwerk" in results[0].text


def test_table_columns_are_not_indexed_where_rows_are() -> None:
    from kg.index import _records, flat, is_row_text, without_columns

    column = "Wie\nGemeente Zaanstad\nGemeente Beverwijk\nGemeente Velsen\nNiet voor 2031"
    text = f"De gemeenten bouwen woningen in de wijken langs het kanaal.\n{column}"
    row = "HS 1 Woningbouw Hembrug\nWie: Gemeente Zaanstad\nWanneer: 2024-2035"
    other = "HS 2 Woningbouw Oostzaan\nWie: Gemeente Beverwijk, Gemeente Velsen\nWanneer: Niet voor 2031"
    rows = flat(f"{row}\n{other}")
    assert without_columns(text, rows) == "De gemeenten bouwen woningen in de wijken langs het kanaal."
    plain = "Korte kop\nEen gewone zin van een alinea."
    assert without_columns(plain, rows) == plain
    # A letterhead's short lines look like a column, but no row holds them: they stay searchable.
    letterhead = "Datum 20 november 2026\nOns kenmerk 2026-0000734512\nBijlagen 2\nGeachte heer,\nHierbij."
    assert without_columns(letterhead, rows) == letterhead
    assert is_row_text(row) and not is_row_text(text)
    docs = [[text, row, other, column, letterhead], [text]]
    passages = [{"iri": f"d{n}/passage/{i}", "doc_iri": f"d{n}", "document": f"d{n}", "page": 1, "text": t,
                 "mentions": []} for n, texts in enumerate(docs) for i, t in enumerate(texts)]
    by_doc = {(r["doc_iri"], r["text"]) for r in _records(passages)}
    assert ("d0", "De gemeenten bouwen woningen in de wijken langs het kanaal.") in by_doc
    assert not any(t == column for _, t in by_doc)  # a passage that is only a column is gone
    assert ("d0", letterhead) in by_doc
    assert ("d1", text) in by_doc  # a document without rebuilt rows keeps its columns


def _doc_passages(doc: str, n: int) -> list[dict]:
    iri = f"https://w3id.org/nzkg/id/doc/{doc}"
    return [{"iri": f"{iri}/passage/{i}", "doc_iri": iri, "document": doc, "page": 1,
             "text": f"Passage {i} van document {doc} over waterberging en woningbouw nummer {i}.",
             "mentions": []} for i in range(n)]


def _vectors_by_id(s: Settings) -> dict[int, np.ndarray]:
    from kg import vectors

    gen = current_generation(s.index_dir)
    index = vectors.read(gen / "vectors.faiss")
    ids = np.load(gen / "ids.npy")
    if vectors.index_kind(index) == "ivf":
        import faiss

        faiss.extract_index_ivf(index).set_direct_map_type(faiss.DirectMap.Hashtable)
    return {int(i): index.reconstruct(int(i)) for i in ids}


@pytest.mark.parametrize("threshold", [50_000, 20])
def test_adding_or_removing_a_document_changes_only_its_vectors(tmp_path: Path, monkeypatch,
                                                                threshold: int) -> None:
    monkeypatch.setattr("kg.vectors.IVF_THRESHOLD", threshold)
    s, emb = settings(tmp_path), CountingEmbedder()
    emb.dim = FakeEmbedder().dim  # the searcher embeds questions with the model's own dimension
    a, b, c = _doc_passages("aaaa", 20), _doc_passages("bbbb", 12), _doc_passages("cccc", 9)
    first = update_index(s, a + b, embedder=emb)
    kind = "flat" if threshold > 100 else "ivf"
    assert first["index"] == kind and first["vectors_added"] == 32
    before = _vectors_by_id(s)
    emb.seen.clear()
    second = update_index(s, a + c, embedder=emb)  # b removed, c added: the index is updated, not rebuilt
    assert second["index"] == kind and second["vectors_added"] == 9 and second["vectors_removed"] == 12
    assert len(emb.seen) == 9
    after = _vectors_by_id(s)
    kept = set(before) & set(after)
    assert len(kept) == 20 and len(after) == 29
    assert all(np.array_equal(before[i], after[i]) for i in kept)
    searcher = open_searcher(s)
    for p in (a[3], c[5]):
        assert searcher.search(p["text"], k=1, mode="dense")[0].passage == p["iri"]
    assert all(r.document != "bbbb" for r in searcher.search(b[0]["text"], k=10, mode="dense"))


def test_a_long_passage_gets_window_vectors_and_scores_its_best_one(tmp_path: Path) -> None:
    """A passage of more than WINDOW_MIN_WORDS words is embedded whole and in windows; the dense search scores
    it by its best vector and returns it once."""
    from kg.index import passage_windows

    s, emb = settings(tmp_path), CountingEmbedder()
    emb.dim = FakeEmbedder().dim  # the searcher embeds questions with the model's own dimension
    subjects = ["een warmtenet in de wijk Poelenburg", "de dijk langs de Zaan bij Wormerveer",
                "snelfietsroutes naar het station", "zonnepanelen op de daken van scholen",
                "de sluis bij IJmuiden en de scheepvaart", "woningbouw op het terrein van de Hembrug",
                "groen in de binnenstad en hittestress", "laadpalen voor elektrische auto's",
                "de kwaliteit van het grondwater", "een nieuwe veerpont over het kanaal"]
    long_text = "Plannen voor de stad\n" + " ".join(
        f"In {2026 + i} werkt de gemeente samen met partners aan {subject} in de regio." for i, subject in
        enumerate(subjects))
    windows = passage_windows(long_text)
    assert len(long_text.split()) > 160 and len(windows) == 3
    summary = update_index(s, passages([*TEXTS, long_text]), embedder=emb)
    assert summary["count"] == 4 and summary["vectors"] == 4 + len(windows) == len(emb.seen)
    gen = current_generation(s.index_dir)
    records = json.loads((gen / "passages.json").read_text(encoding="utf-8"))
    assert [len(r.get("wvids", [])) for r in records] == [0, 0, 0, 3]
    question = "de dijk langs de Zaan bij Wormerveer"
    ranked = open_searcher(s).rank_dense(question, n=4)
    assert len({i for i, _ in ranked}) == len(ranked) == 4  # each passage once
    best_i, best = ranked[0]
    assert records[best_i]["text"] == long_text
    embedded = [f"GL 8 Dubbellaags ZOAB\n{t}" for t in (long_text, *windows)]  # under the document's title
    cosines = emb.encode_passages(embedded) @ emb.encode_queries([question])[0]
    assert best == pytest.approx(float(cosines.max()), abs=1e-5) and cosines.argmax() > 0  # a window's
    assert update_index(s, passages([*TEXTS, long_text]), embedder=emb)["unchanged"]


def test_passages_are_embedded_under_their_documents_first_line(tmp_path: Path) -> None:
    """The first passage as it is; every later one (and its windows) with the document's title in front;
    the passages' own text, BM25 and hashes stay as they are."""
    emb = CountingEmbedder()
    long = " ".join(["De waterschappen bouwen samen een nieuw gemaal bij de sluis."] * 12)
    texts = ["Uitvoeringsagenda Water Drenthe 2027-2030\nDe partijen werken samen.",
             "De provincie betaalt de helft van het nieuwe gemaal bij Assen.", long]
    update_index(settings(tmp_path), passages(texts), embedder=emb)
    title = "Uitvoeringsagenda Water Drenthe 2027-2030"
    assert texts[0] in emb.seen and f"{title}\n{texts[1]}" in emb.seen and f"{title}\n{long}" in emb.seen
    assert len(emb.seen) > 3 and all(t.startswith(title) for t in emb.seen)  # windows of the long one too
    records = open_searcher(settings(tmp_path)).records
    assert [r["text"] for r in records] == texts and all("etext" not in r for r in records)
