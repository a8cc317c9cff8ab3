"""`kg remove DOCUMENT`: its graph, passages and vectors go; its reviews stay, listed as orphaned."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.pipeline import ingest_paths
from kg.config import load_settings
from kg.errors import NotFound
from kg.index import read_meta
from kg.remove import document_name, remove_document
from kg.reviews.queue import review_queue
from kg.reviews.record import Review, load_reviews, save_review
from kg.store import open_store
from nzkg.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "uitvoeringsagenda-voorbeeldgebied-2026-2030.txt"
NOTE = "Notitie waterberging\n\nHet waterschap en de gemeente zoeken samen ruimte voor waterberging.\n"


def test_document_name_from_file_name_path_or_stem() -> None:
    assert document_name("docs/agenda-2026.pdf") == "agenda-2026" == document_name("agenda-2026")
    assert document_name("notitie.TXT") == "notitie" and document_name("versie-1.2") == "versie-1.2"


@pytest.fixture()
def settings(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(EXAMPLE, docs / EXAMPLE.name)
    (docs / "notitie.txt").write_text(NOTE, encoding="utf-8")
    settings = load_settings(store=tmp_path / "store", model="none")
    assert not ingest_paths([docs], settings, progress=False).failed
    return settings


def test_remove_takes_graph_passages_and_vectors_and_keeps_reviews(settings) -> None:
    save_review(settings, Review(document=EXAMPLE.stem, code="GL 1", title=None, action="https://w3id.org/nzkg/id/doc/x/action/gl-1",
                                 verdict="confirmed", reviewer="Anna de Vries"))
    result = CliRunner().invoke(main, ["remove", EXAMPLE.name, "--store", str(settings.store)])
    assert result.exit_code == 0, result.output
    store = open_store(settings, read_only=True)
    try:
        assert store.stats()["documents"] == 1
        passages = store.passages()
        assert passages and {p["document"] for p in passages} == {"notitie"}
        assert [r.code for r in load_reviews(store)] == ["GL 1"]  # the review's own graph is kept
        assert [o["code"] for o in review_queue(store)["orphans"]] == ["GL 1"]
    finally:
        store.close()
    assert read_meta(settings.index_dir)["count"] == len(passages)  # the vectors followed


def test_unknown_document_is_named(settings) -> None:
    with pytest.raises(NotFound, match="geen document 'bestaat-niet'"):
        remove_document(settings, "bestaat-niet.pdf")
    result = CliRunner().invoke(main, ["remove", "bestaat-niet", "--store", str(settings.store)])
    assert result.exit_code == 2 and "geen document" in result.output
