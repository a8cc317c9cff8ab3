"""Text files: strict UTF-8, the page-marker rule on the real corpus, titles, and refusals of bad files."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from ingest.text import MAX_LINE_CHARS, parse_file, parse_text, split_pages
from kg.config import Settings
from kg.errors import IngestError

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not CORPUS_FILES, reason="../shared/corpus not present")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _raw_page_of_line(raw_lines: list[str]) -> list[int]:
    """Page number of every raw line by the marker rule, computed independently of the parser."""
    page, out = 0, []
    for i, line in enumerate(raw_lines):
        if line.startswith(" ") or i == 0:
            page += 1 if (i == 0 or line.startswith(" ")) else 0
        out.append(page)
    return out


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_pages_follow_the_marker_rule(path: Path) -> None:
    start = time.perf_counter()
    doc = parse_text(path)
    elapsed = time.perf_counter() - start
    raw_lines = path.read_text(encoding="utf-8").split("\n")
    markers = sum(1 for line in raw_lines if line.startswith(" "))
    expected = markers + (0 if raw_lines[0].startswith(" ") else 1)
    if not raw_lines[-1].strip() or raw_lines[-1] == " ":
        # a final marker with nothing after it closes the last page rather than opening an empty one
        tail = [line for line in raw_lines[max(i for i, ln in enumerate(raw_lines) if ln.startswith(" ")):]]
        expected -= 1 if not "".join(tail).strip() else 0
    assert len(doc.pages) == expected
    assert [p.number for p in doc.pages] == list(range(1, expected + 1))
    assert doc.name == path.stem and doc.media_type == "text/plain" and len(doc.sha256) == 64
    assert elapsed < 2.0


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_sentences_land_on_the_page_that_holds_them(path: Path) -> None:
    doc = parse_text(path)
    raw_lines = path.read_text(encoding="utf-8").split("\n")
    pages = _raw_page_of_line(raw_lines)
    # Every 7th long prose line (no hyphen at its end, so clean-up leaves it whole) must be on its raw page.
    checked = 0
    for i in range(0, len(raw_lines), 7):
        line = raw_lines[i].strip()
        if len(line) < 40 or line.endswith("-") or line.startswith(("•", "-", "–", "—", "\uf0b7")):
            continue
        core = _norm(line)[5:-5]  # the line's ends may gain a rejoined word
        assert core in _norm(doc.pages[pages[i] - 1].text), (pages[i], line)
        checked += 1
    assert checked >= 3


@needs_corpus
def test_corpus_page_numbers_and_running_header_removed_but_table_years_kept() -> None:
    path = CORPUS / "uitvoeringsagenda-novex-nzkg-2025-2029.txt"
    if not path.is_file():
        pytest.skip("uitvoeringsagenda not in corpus")
    raw = path.read_text(encoding="utf-8")
    doc = parse_text(path)
    lone = [ln.strip() for ln in doc.text.split("\n")]
    raw_lone = [ln.strip() for ln in raw.split("\n")]
    # Numbers standing alone that sit right before the running header in the raw file are page numbers.
    header = "Uitvoeringsagenda NOVEX-NZKG"
    header_before = {raw_lone[i] for i in range(len(raw_lone) - 5)
                     if re.fullmatch(r"\d{1,4}", raw_lone[i]) and header in raw_lone[i + 1:i + 5]}
    assert header_before and not header_before & set(lone)
    assert "Uitvoeringsagenda NOVEX-NZKG" not in lone
    for year in ("2024", "2025", "2026", "2027", "2028", "2031"):
        assert lone.count(year) == raw_lone.count(year), year
    assert doc.title == "Uitvoeringsagenda NOVEX-NZKG 2025-2029"


def test_page_split_rules() -> None:
    assert split_pages(" Eerste\nregel\n Tweede\n ") == ["Eerste\nregel", "Tweede"]
    assert split_pages("Kop\n Tweede") == ["Kop", "Tweede"]
    assert split_pages("Geen markers\nhier") == ["Geen markers\nhier"]
    assert split_pages("Een\fTwee\f") == ["Een", "Twee"]
    assert split_pages(" Ingesprongen\n code", marked=False) == [" Ingesprongen\n code"]


def test_markdown_is_one_page_and_typed(tmp_path: Path) -> None:
    md = tmp_path / "notitie.md"
    md.write_text("# Notitie havenvisie\n\n  ingesprongen regel\n\nTekst.\n", encoding="utf-8")
    doc = parse_file(md, Settings())
    assert doc.media_type == "text/markdown" and len(doc.pages) == 1
    assert doc.title == "Notitie havenvisie"


def test_markdown_struck_words_are_withdrawn(tmp_path: Path) -> None:
    md = tmp_path / "werkplan-v2.md"
    md.write_text("# Werkplan\n\n- Trekker: ~~gemeente Teylingen~~ Hoogheemraadschap van Rijnland\n"
                  "- Periode: ~~2027-2028~~ 2028-2030\n- Let op: a ~ b en c ~~ d blijven staan\n",
                  encoding="utf-8")
    text = parse_file(md, Settings()).text
    assert "Teylingen" not in text and "2027" not in text
    assert "Trekker:  Hoogheemraadschap van Rijnland" in text and "Periode:  2028-2030" in text
    assert "a ~ b en c ~~ d" in text  # no pair that strikes words through
    txt = tmp_path / "notitie.txt"  # outside Markdown, tildes are text
    txt.write_text("Periode: ~~2027~~\n", encoding="utf-8")
    assert "~~2027~~" in parse_file(txt, Settings()).text


def test_letter_subject_becomes_the_title(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    text = "Aan: de gemeenteraad\nDatum 1 juli 2025\nBetreft Ruimte voor de haven\n\nGeachte raad,\n"
    letter.write_text(text, encoding="utf-8")
    assert parse_text(letter).title == "Ruimte voor de haven"


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    f = tmp_path / "windows.txt"
    f.write_bytes("\ufeffRapport één\r\nTweede regel – € 5\r\n".encode())
    doc = parse_text(f)
    assert doc.pages[0].text == "Rapport één\nTweede regel – € 5"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_files_are_read(tmp_path: Path, encoding: str) -> None:
    # Windows tools save "Unicode" text as UTF-16 (with or without a BOM) or UTF-8 with a BOM.
    f = tmp_path / "windows.txt"
    f.write_bytes("Rapport één\r\nTweede regel – € 5\r\n".encode(encoding))
    assert parse_text(f).pages[0].text == "Rapport één\nTweede regel – € 5"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("leeg.txt", b"", "leeg bestand"),
        ("spaties.txt", b"  \n\n \t\n", "alleen witruimte"),
        ("latin1.txt", "Beïnvloeding".encode("latin-1"), "geen UTF-8-tekst (byte 0xef op positie 2)"),
        ("nul.txt", b"tekst\x00\x00meer", "NUL-byte op positie 5"),
        ("halfutf16.txt", b"t\x00e\x00k\x00s\x00t\x00\x00\x00", "geen tekstbestand"),
    ],
)
def test_bad_text_files_are_refused(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as err:
        parse_file(path, Settings())
    assert reason in err.value.reason and "\n" not in str(err.value)
    assert str(path) in str(err.value)


def test_huge_single_line_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"a" * (MAX_LINE_CHARS * 25))
    start = time.perf_counter()
    with pytest.raises(IngestError, match=r"regel 1 heeft 5,000,000 tekens"):
        parse_text(path)
    assert time.perf_counter() - start < 2.0


def test_paths_that_are_not_files(tmp_path: Path) -> None:
    settings = Settings()
    with pytest.raises(IngestError, match="bestand bestaat niet"):
        parse_file(tmp_path / "weg.txt", settings)
    with pytest.raises(IngestError, match="is een map"):
        parse_file(tmp_path, settings)
    docx = tmp_path / "nota.docx"
    docx.write_bytes(b"PK\x03\x04")
    with pytest.raises(IngestError, match=r"bestandstype \.docx wordt niet ondersteund \(wel: PDF"):
        parse_file(docx, settings)


@pytest.mark.skipif(hasattr(__import__("os"), "geteuid") and __import__("os").geteuid() == 0,
                    reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "geheim.txt"
    path.write_text("tekst", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(IngestError, match="geen toegang"):
        parse_text(path)


def test_a_title_wrapped_at_a_hyphen_goes_on_on_the_next_line(tmp_path: Path) -> None:
    """'Uitvoeringsagenda Kust Noord-Holland 2027-' / '2030': the title is the whole span of years."""
    doc = tmp_path / "agenda.txt"
    doc.write_text("Uitvoeringsagenda Kust Noord-Holland 2027-\n2030\n\nDeze agenda beschrijft de acties.\n",
                   encoding="utf-8")
    assert parse_text(doc).title == "Uitvoeringsagenda Kust Noord-Holland 2027-2030"
    doc.write_text("Uitvoeringsagenda Kust Noord-Holland\n2027-2030\n\nDeze agenda beschrijft de acties.\n",
                   encoding="utf-8")
    assert parse_text(doc).title == "Uitvoeringsagenda Kust Noord-Holland"
