"""PDF end to end: a document rendered to PDF yields the same pages, paragraphs and table rows as its text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest.extract import extract_document
from ingest.model import Action, ParsedDocument
from ingest.pdf import PARA_GAP, with_paragraph_breaks
from ingest.text import parse_file, parse_text, split_pages
from kg.config import Settings
from tests.pdfmaker import find_font, make_pdf

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
NOVEX = SHARED / "corpus" / "uitvoeringsagenda-novex-nzkg-2025-2029.txt"
EXAMPLE = REPO / "examples" / "uitvoeringsagenda-voorbeeldgebied-2026-2030.txt"
needs_font = pytest.mark.skipif(find_font() is None, reason="no Unicode TTF font installed")


def _render(source: Path, out_dir: Path) -> Path:
    """The text file as a PDF, one page per page of the text; blank lines become vertical gaps."""
    return make_pdf(split_pages(source.read_text(encoding="utf-8")), out_dir / f"{source.stem}.pdf")


def _row(action: Action) -> tuple[Any, ...]:
    """What a table row says: title, lead, other parties by role, period wording, page, dependencies."""
    return (
        action.title,
        tuple(a.key for a in action.actors("lead")),
        tuple(sorted((r.role, r.actor.key) for r in action.roles if r.role != "lead")),
        action.period.text if action.period else None,
        action.source.page if action.source else None,
        tuple(sorted((d.kind, d.target_code) for d in action.dependencies)),
    )


def _blocks(doc: ParsedDocument) -> list[list[str]]:
    """Per page, the paragraphs (runs of non-blank lines) with tabs and runs of spaces folded."""
    return [[" ".join(par.split()) for par in page.text.split("\n\n") if par.strip()] for page in doc.pages]


def test_gap_wider_than_the_pitch_is_a_paragraph_break() -> None:
    # 10 pt type at 12 pt pitch; one 24 pt gap, a heading in 16 pt (its own, wider pitch) and a column jump.
    lines = [("Kop", 700.0, 16.0), ("eerste regel", 680.0, 10.0), ("tweede regel", 668.0, 10.0),
             ("derde regel", 656.0, 10.0), ("na witruimte", 632.0, 10.0), ("vervolg", 620.0, 10.0),
             ("tweede kolom", 700.0, 10.0), ("", None, 0.0), ("onbekend", None, 0.0)]
    text = with_paragraph_breaks(lines)
    assert text == ("Kop\neerste regel\ntweede regel\nderde regel\n\nna witruimte\nvervolg\n\n"
                    "tweede kolom\n\nonbekend")
    # Around the threshold: a gap of PARA_GAP - 0.1 pitches stays inside the paragraph, + 0.1 breaks it.
    for extra, joined in ((-0.1, "\n"), (0.1, "\n\n")):
        gap = 12 * (PARA_GAP + extra)
        tight = [("a", 100.0, 10.0), ("b", 88.0, 10.0), ("c", 76.0, 10.0), ("d", 76.0 - gap, 10.0)]
        assert with_paragraph_breaks(tight) == f"a\nb\nc{joined}d"


@needs_font
def test_blank_lines_survive_the_pdf_round_trip(tmp_path: Path) -> None:
    pages = ["Titel van de agenda\n\nEerste alinea, regel een\nregel twee van de alinea\n\nTweede alinea\n\n"
             "WB 1\n\nWB 2\n\nGemeente\nZaanstad", "Tweede pagina\nzonder witregel"]
    doc = parse_file(make_pdf(pages, tmp_path / "alinea.pdf"), Settings())
    assert [p.text for p in doc.pages] == pages


@needs_font
def test_example_rows_from_pdf_equal_rows_from_text(tmp_path: Path) -> None:
    text_doc = parse_text(EXAMPLE)
    pdf_doc = parse_file(_render(EXAMPLE, tmp_path), Settings())
    assert [p.number for p in pdf_doc.pages] == [p.number for p in text_doc.pages]
    assert _blocks(pdf_doc) == _blocks(text_doc)
    from_text = {a.code: a for a in extract_document(text_doc).actions}
    from_pdf = {a.code: a for a in extract_document(pdf_doc).actions}
    wanted = ["ZW 1", "ZW 2", "ZW 3", "UA A"]
    assert set(wanted) <= set(from_text)
    for code in wanted:
        assert _row(from_pdf[code]) == _row(from_text[code]), code
    # The rows are read in full, not equally empty: the cells came back apart from their neighbours.
    assert [a.label for a in from_pdf["ZW 1"].actors("partner")] == ["Gemeente Zaanstad", "Gemeente Oostzaan"]
    assert from_pdf["ZW 2"].period is not None and from_pdf["ZW 2"].period.text == "Vanaf Q2 2027"


@needs_font
def test_example_pdf_goes_through_the_pipeline(tmp_path: Path) -> None:
    from ingest.pipeline import ingest_paths
    from kg.store import open_store

    pdf = _render(EXAMPLE, tmp_path / "docs")
    settings = Settings(store=tmp_path / "store", model="none")
    summary = ingest_paths([pdf], settings, progress=False)
    assert summary.failed == [] and summary.documents == 1
    expected = extract_document(parse_text(EXAMPLE)).actions
    store = open_store(settings, read_only=True)
    try:
        stats = store.stats()
    finally:
        store.close()
    assert stats["documents"] == 1 and stats["pages"] == len(parse_text(EXAMPLE).pages)
    assert stats["actions"] == summary.actions == len(expected)


@pytest.mark.slow
@needs_font
def test_novex_pdf_extraction_matches_the_text(tmp_path: Path) -> None:
    if not NOVEX.is_file():
        pytest.skip(f"{NOVEX} not present")
    text_doc = parse_text(NOVEX)
    pdf_doc = parse_file(_render(NOVEX, tmp_path), Settings())
    assert [p.number for p in pdf_doc.pages] == [p.number for p in text_doc.pages]
    same_pages = sum(a == b for a, b in zip(_blocks(pdf_doc), _blocks(text_doc), strict=True))
    from_text = {a.code: _row(a) for a in extract_document(text_doc).actions}
    from_pdf = {a.code: _row(a) for a in extract_document(pdf_doc).actions}
    identical = sum(from_pdf.get(code) == row for code, row in from_text.items())
    print(f"\nnovex via PDF: {same_pages}/{len(text_doc.pages)} pages with identical paragraphs; "
          f"{identical}/{len(from_text)} rows identical")
    assert len(from_text) >= 80 and set(from_pdf) == set(from_text)
    assert same_pages >= 0.95 * len(text_doc.pages)
    assert identical >= 0.95 * len(from_text)
    pages = {code: row[4] for code, row in from_text.items()}
    assert all(from_pdf[code][4] == page for code, page in pages.items())
