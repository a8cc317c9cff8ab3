"""PDFs: rendered pages round trip, the real pdf-samples sweep, hostile files refused within the limits."""

from __future__ import annotations

import json
import os
import time
import zlib
from pathlib import Path

import pytest

from ingest.pdf import BOMB, ENCRYPTED, NO_TEXT, parse_pdf
from ingest.text import parse_file, split_pages
from kg.config import Settings
from kg.errors import IngestError
from tests.pdfmaker import find_font, make_pdf, raw_pdf

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = SHARED / "pdf-samples"
CORPUS = SHARED / "corpus"
TIGHT = Settings(pdf_timeout=15.0, pdf_memory_mb=512)
needs_font = pytest.mark.skipif(find_font() is None, reason="no Unicode TTF font installed")


def _norm(text: str) -> str:
    return " ".join(text.split())


@needs_font
def test_rendered_pages_come_back_on_their_pages(tmp_path: Path) -> None:
    texts = ["Havenvisie Noordzeekanaalgebied\n\nDe gemeente Zaanstad werkt samen met één partner.",
             "Tweede bladzijde: ‘aanhalingen’ en “citaten” – € 240K per jaar.",
             "",
             "Vierde bladzijde over de sluis van IJmuiden."]
    path = make_pdf(texts, tmp_path / "havenvisie.pdf", header="Havenvisie 2030", page_numbers=True,
                    title="Havenvisie 2030 – concept")
    doc = parse_pdf(path, TIGHT)
    assert [p.number for p in doc.pages] == [1, 2, 3, 4]
    assert doc.title == "Havenvisie 2030 – concept" and doc.media_type == "application/pdf"
    assert "één partner" in doc.pages[0].text and "€ 240K" in doc.pages[1].text
    assert doc.pages[2].text == ""  # an empty page keeps its place
    for page in doc.pages:
        assert "Havenvisie 2030" not in page.text  # running header removed
        assert not any(line.strip() == str(page.number) for line in page.text.split("\n"))  # page numbers too


@needs_font
@pytest.mark.parametrize("stem", [
    "kamerbrief-ruimte-voor-industrieclusters-2025",
    pytest.param("uitvoeringsagenda-novex-nzkg-2025-2029", marks=pytest.mark.slow),
])
def test_corpus_text_rendered_to_pdf_parses_back(tmp_path: Path, stem: str) -> None:
    source = CORPUS / f"{stem}.txt"
    if not source.is_file():
        pytest.skip(f"{source} not present")
    raw_pages = split_pages(source.read_text(encoding="utf-8"))
    path = make_pdf(raw_pages, tmp_path / f"{stem}.pdf")
    doc = parse_pdf(path, Settings())
    assert len(doc.pages) == len(raw_pages)
    # Long prose lines of the source must be found on the same page number in the PDF.
    for number, raw in enumerate(raw_pages, start=1):
        lines = [ln.strip() for ln in raw.split("\n")]
        lines = [ln for ln in lines if len(ln) > 50 and not ln.endswith("-")]
        for line in lines[:2]:
            assert _norm(line)[5:-5] in _norm(doc.pages[number - 1].text), (number, line)


def _samples() -> list[tuple[Path, dict]]:
    index = SAMPLES / "files.json"
    if not index.is_file():
        return []
    entries = {e["path"].replace("/", "_"): e for e in json.loads(index.read_text())["data"]}
    return [(SAMPLES / name, entry) for name, entry in sorted(entries.items()) if (SAMPLES / name).is_file()]


@pytest.mark.slow
def test_pdf_samples_are_parsed_or_refused_clearly() -> None:
    samples = _samples()
    if not samples:
        pytest.skip("../shared/pdf-samples not present")
    start = time.perf_counter()
    parsed, refused = [], []
    for path, entry in samples:
        t0 = time.perf_counter()
        try:
            doc = parse_file(path, TIGHT)
        except IngestError as exc:
            assert exc.path == str(path) and exc.reason and "\n" not in str(exc)
            refused.append((path.name, exc.reason))
            if entry["encrypted"]:
                assert exc.reason == ENCRYPTED
        else:
            assert not entry["encrypted"], path.name
            assert len(doc.pages) == entry["pages"], path.name
            parsed.append(path.name)
        assert time.perf_counter() - t0 < TIGHT.pdf_timeout + 5
    elapsed = time.perf_counter() - start
    print(f"\npdf-samples: {len(parsed)} parsed, {len(refused)} refused in {elapsed:.1f} s")
    for name, reason in refused:
        print(f"  refused {name}: {reason}")
    assert any(e["encrypted"] for _, e in samples) and len(parsed) >= len(samples) * 2 // 3


def _refused(path: Path, settings: Settings = TIGHT, limit: float | None = None) -> str:
    start = time.perf_counter()
    with pytest.raises(IngestError) as err:
        parse_file(path, settings)
    assert time.perf_counter() - start < (limit or settings.pdf_timeout + 5)
    assert err.value.path == str(path) and "\n" not in str(err.value)
    return err.value.reason


def test_empty_and_non_pdf_files(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    assert _refused(empty) == "leeg bestand"
    noise = tmp_path / "ruis.pdf"
    noise.write_bytes(os.urandom(4096).replace(b"%PDF-", b"xxxxx"))
    assert _refused(noise) == "geen PDF (geen %PDF-kop)"


def test_random_bytes_and_truncated_pdf_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    assert _refused(junk).startswith("beschadigde of ongeldige PDF")
    full = raw_pdf()
    cut = tmp_path / "afgebroken.pdf"
    cut.write_bytes(full[: len(full) // 3])
    assert _refused(cut).startswith("beschadigde of ongeldige PDF")


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    packer = zlib.compressobj(9)
    bomb = b"".join(packer.compress(b"\0" * (1 << 24)) for _ in range(8)) + packer.flush()  # 128 MiB inflated
    path = tmp_path / "bom.pdf"
    path.write_bytes(raw_pdf(content=bomb, filter_name=b"FlateDecode"))
    assert _refused(path) == BOMB


def test_memory_limit_stops_a_greedy_parse(tmp_path: Path) -> None:
    packer = zlib.compressobj(9)
    bomb = b"".join(packer.compress(b"\0" * (1 << 24)) for _ in range(4)) + packer.flush()
    path = tmp_path / "gulzig.pdf"
    path.write_bytes(raw_pdf(content=bomb, filter_name=b"FlateDecode"))
    reason = _refused(path, Settings(pdf_timeout=15, pdf_memory_mb=64))
    assert "grens pdf_memory_mb" in reason or reason == BOMB


@pytest.mark.parametrize("nesting", [b"[" * 200_000 + b"]" * 200_000, b"<< /A " * 50_000 + b">>" * 50_000])
def test_deeply_nested_objects_do_not_crash(tmp_path: Path, nesting: bytes) -> None:
    path = tmp_path / "genest.pdf"
    path.write_bytes(raw_pdf(page_extra=b"/Deep " + nesting))
    start = time.perf_counter()
    try:
        doc = parse_pdf(path, TIGHT)
    except IngestError as exc:
        assert "\n" not in exc.reason
    else:
        assert doc.pages[0].text == "Hallo"
    assert time.perf_counter() - start < TIGHT.pdf_timeout


def test_timeout_kills_the_worker(tmp_path: Path) -> None:
    path = tmp_path / "traag.pdf"
    path.write_bytes(raw_pdf())
    reason = _refused(path, Settings(pdf_timeout=0.01), limit=5)
    assert reason == "lezen duurde langer dan 0.01 s (grens pdf_timeout)"


def test_encrypted_pdf_is_refused_but_an_empty_user_password_is_read(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "open.pdf"
    plain.write_bytes(raw_pdf())
    for name, user_password in (("geheim.pdf", "wachtwoord"), ("alleen-eigenaar.pdf", "")):
        writer = PdfWriter(clone_from=PdfReader(plain))
        writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm="RC4-128")
        with open(tmp_path / name, "wb") as fh:
            writer.write(fh)
    assert _refused(tmp_path / "geheim.pdf") == ENCRYPTED
    assert parse_pdf(tmp_path / "alleen-eigenaar.pdf", TIGHT).pages[0].text == "Hallo"


@needs_font
def test_pdf_without_text_is_refused_with_the_ocr_reason(tmp_path: Path) -> None:
    path = make_pdf(["", ""], tmp_path / "scan.pdf")
    assert _refused(path) == NO_TEXT
