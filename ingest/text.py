"""Plain-text, Markdown and CSV files to pages, and `parse_file`, which picks the parser by file type."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from pathlib import Path

from ingest.layout import clean_page, strip_running_lines
from ingest.model import Page, ParsedDocument
from kg.config import Settings
from kg.errors import IngestError

MAX_TEXT_BYTES = 64 * 1024 * 1024
"""A policy document as text is a few MB at most; larger files are refused rather than loaded."""
MAX_LINE_CHARS = 200_000
"""A line this long is a data dump or a minified file, not running text."""

MEDIA_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".csv": "text/csv"}
SUFFIXES = {".pdf", *MEDIA_TYPES}
"""The file types `parse_file` reads (kg.remove keeps its own copy: kg never imports ingest)."""
SUPPORTED = ", ".join(["PDF", *MEDIA_TYPES])
"""The file types in words, for messages: 'PDF, .txt, .md, .csv'."""

# Letter-head labels that precede the real subject line.
_SUBJECT_RE = re.compile(r"^(?:betreft|onderwerp|subject)\b[:\s]*(.*)$", re.IGNORECASE)
_LABEL_RE = re.compile(
    r"^(?:aan|van|datum|date|kenmerk|ons kenmerk|uw kenmerk|bijlagen?|cc|t\.a\.v\.|to|from)\b[:\s]",
    re.IGNORECASE,
)

_STRUCK = re.compile(r"~~(?=\S)[^~\n]*?(?<=\S)~~")
"""Markdown strikethrough ('~~gemeente Katwijk~~'): words a new version of the document withdrew."""


def without_struck(text: str) -> str:
    """Markdown text without its struck-through words: a plan's second version strikes the partner, trekker
    or year it no longer holds and writes the new one beside it ('~~2027-2028~~ 2028-2030')."""
    return _STRUCK.sub("", text)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an IngestError that says why it cannot be read."""
    if not path.exists():
        raise IngestError(path, "bestand bestaat niet")
    if path.is_dir():
        raise IngestError(path, "is een map, geen bestand")
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES and path.suffix.lower() in MEDIA_TYPES:
            limit = MAX_TEXT_BYTES // 2**20
            raise IngestError(path, f"bestand te groot ({size // 2**20} MiB; grens {limit} MiB)")
        return path.read_bytes()
    except PermissionError as exc:
        raise IngestError(path, "kan het bestand niet lezen (geen toegang)") from exc
    except OSError as exc:
        raise IngestError(path, f"kan het bestand niet lezen ({exc.strerror or exc})") from exc


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def text_encoding(data: bytes) -> str:
    """UTF-8 unless a BOM says otherwise or the NUL bytes fall in the pattern of UTF-16 without a BOM
    (Dutch text in UTF-16 has a NUL in every other byte: odd offsets little-endian, even ones big-endian)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:4096]
    if len(head) >= 4 and len(data) % 2 == 0:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > len(odd) // 2 and not even.count(0):
            return "utf-16-le"
        if even.count(0) > len(even) // 2 and not odd.count(0):
            return "utf-16-be"
    return "utf-8"


def decode_utf8(path: Path, data: bytes) -> str:
    """Strict UTF-8, or UTF-16 when a BOM or the NUL pattern says so; other NUL bytes mean a binary file."""
    if not data:
        raise IngestError(path, "leeg bestand")
    encoding = text_encoding(data)
    if encoding == "utf-8":
        nul = data.find(b"\x00")
        if nul >= 0:
            raise IngestError(path, f"geen tekstbestand (NUL-byte op positie {nul})")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = f"byte 0x{data[exc.start]:02x} op positie {exc.start}"
        name = "UTF-8" if encoding.startswith("utf-8") else "UTF-16"
        raise IngestError(path, f"geen {name}-tekst ({bad})") from exc
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise IngestError(path, f"geen tekstbestand (NUL-teken op positie {text.index(chr(0))})")
    if not text.strip():
        raise IngestError(path, "geen tekst (het bestand bevat alleen witruimte)")
    return text


def split_pages(text: str, marked: bool = True) -> list[str]:
    """Raw page texts. A form feed always breaks a page; without form feeds, in a `marked` file a line that
    starts with one space (not two: an indent that aligns columns) opens a new page (that space is the marker
    and is removed). No marker: one page."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages: list[str] = []
    if "\f" in text:
        pages = text.split("\f")
    elif marked:
        current: list[str] = []
        for line in text.split("\n"):
            if line.startswith(" ") and not (line.startswith("  ") and line.strip()):  # indents align columns
                if current:
                    pages.append("\n".join(current))
                current = [line[1:]]
            else:
                current.append(line)
        pages.append("\n".join(current))
    else:
        pages = [text]
    # A marker with nothing after it ends the last page; it does not open an empty one.
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


def _fold(text: str) -> str:
    """Lower case without accents: "Beïnvloedingsstrategie" matches the file name "beinvloedingsstrategie"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def _title_like(line: str, following: str) -> bool:
    return (
        2 <= len(line) <= 120
        and len(line.split()) <= 16
        and bool(re.match(r"[\w‘“\"'(]", line)) and not line[0].islower()
        and not line.startswith("•")
        and not re.match(r"\d+(?:\.\d+)*\.?\s", line)  # a numbered chapter heading ("1 Inleiding")
        and not re.search(r"[,;:.]$", line)
        and not _LABEL_RE.match(line)
        and sum(c.isalpha() for c in line) >= 3
        and not (following and following[0].islower())  # the sentence runs on: not a title
    )


def _stem_span(lines: list[str], stem: str) -> str | None:
    """A line stretch that spells out the file name ("Uitvoeringsagenda NOVEX-NZKG 2025-2029")."""
    tokens = [t for t in re.split(r"[-_\s.]+", _fold(stem)) if t]
    if len(tokens) < 2:
        return None
    need = max(2, round(0.75 * len(tokens)))
    for line in lines:
        words = re.findall(r"\S+", line)
        hits = [i for i, w in enumerate(words) if any(t in _fold(w) for t in tokens)]
        covered = {t for t in tokens if t in _fold(line)}
        # The span must open with the file name's first word: names read like titles ("<title>-<year>").
        opens = bool(hits) and tokens[0] in _fold(words[hits[0]])
        if len(covered) >= need and opens and hits[-1] - hits[0] < len(tokens) + 2:
            return " ".join(words[hits[0]:hits[-1] + 1]).strip(" ,.;:‘’“”\"'")
    return None


def _acronym_expansion(text: str, stem: str) -> str | None:
    """The phrase an acronym in the file name stands for: "visie op de verduurzaming ... Zaanstad (VVIZ)"."""
    for token in re.split(r"[-_\s.]+", stem):
        if not token.isalpha() or not 2 <= len(token) <= 8:
            continue
        m = re.search(r"([^()\n]{3,160}?)\s*\(" + re.escape(token) + r"\)", text, re.IGNORECASE)
        if not m:
            continue
        words = m.group(1).split()
        letters, start = token.upper(), len(words)
        for i in range(len(words) - 1, -1, -1):  # walk back, matching content words to the letters
            if not letters:
                break
            word = words[i]
            if len(word) <= 3 and word.islower():
                continue  # function words ("op", "de", "van", "in") have no letter in the acronym
            if word[0].upper() != letters[-1]:
                break
            letters, start = letters[:-1], i
        if not letters:
            phrase = " ".join(words[start:]).strip(" ,.;:")
            return phrase[0].upper() + phrase[1:]
    return None


def guess_title(pages: list[Page], stem: str, metadata_title: str | None = None) -> str:
    """Title: metadata, a 'Betreft' line, the file name spelled out or expanded, or a title-like line."""
    meta = " ".join((metadata_title or "").split())
    junk = r"[\w -]+\.\w{2,4}|untitled|naamloos.*|microsoft (?:word|powerpoint).*|document\d*"
    if len(meta) >= 3 and not re.fullmatch(junk, meta, re.IGNORECASE):
        return meta
    lines: list[str] = []
    for page in pages:
        lines.extend(ln.strip() for ln in page.text.split("\n"))
        if sum(1 for ln in lines if ln) >= 80:
            break
    head = [ln for ln in lines if ln][:80]
    for i, line in enumerate(head):
        m = _SUBJECT_RE.match(line)
        if m:
            rest = m.group(1).strip() or (head[i + 1] if i + 1 < len(head) else "")
            if rest:
                return rest
    found = _stem_span(head, stem) or _acronym_expansion(" ".join(head), stem)
    if found:
        return found
    for ln in lines:
        if re.match(r"#{1,6}\s+\S", ln):  # a Markdown heading is meant as a title
            return ln.lstrip("#").strip()
    for i, line in enumerate(head):
        if _title_like(line, head[i + 1] if i + 1 < len(head) else ""):
            nxt = head[i + 1] if i + 1 < len(head) else ""
            # a title wrapped at a hyphen goes on on the next line: 'Uitvoeringsagenda Kust 2027-' / '2030'
            return line + nxt.split()[0] if re.search(r"\w-$", line) and re.match(r"\w", nxt) else line
    return re.sub(r"[-_]+", " ", stem).strip().capitalize() or stem


def csv_as_text(text: str) -> str:
    """A spreadsheet export (.csv: cells quoted, parted by ',', ';' or tabs, line breaks inside a quoted
    cell) as one line per record with tabs between the cells, which the text-table reader reads; a cell's
    own line breaks become spaces and a record's empty cells at its end are dropped, so a title or legend
    record is a line of prose."""
    try:  # only the delimiter is guessed: quotes are doubled inside a quoted cell, as spreadsheets write them
        delimiter = csv.Sniffer().sniff(text[:20000], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    lines = []
    for record in csv.reader(io.StringIO(text), delimiter=delimiter):
        cells = [" ".join(cell.split()) for cell in record]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("\t".join(cells))
    return "\n".join(lines)


def pages_from_raw(raw: list[str]) -> list[Page]:
    """Clean raw page texts into numbered pages (1-based), keeping empty pages so numbers stay true."""
    cleaned = [clean_page(t) for t in strip_running_lines(raw)]
    return [Page(number=i, text=t) for i, t in enumerate(cleaned, start=1)]


def parse_text(path: Path) -> ParsedDocument:
    """Parse a UTF-8 .txt/.md/.csv file into cleaned pages; see `split_pages` for the page rule."""
    path = Path(path)
    data = read_bytes(path)
    text = decode_utf8(path, data)
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            reason = f"regel {number} heeft {len(line):,} tekens (grens {MAX_LINE_CHARS:,})"
            raise IngestError(path, reason)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = csv_as_text(text)
    elif suffix == ".md":
        text = without_struck(text)
    pages = pages_from_raw(split_pages(text, marked=suffix not in (".md", ".csv")))
    if not any(p.text.strip() for p in pages):
        raise IngestError(path, "geen tekst over na het weghalen van paginanummers en kopregels")
    return ParsedDocument(
        path=str(path),
        name=path.stem,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=MEDIA_TYPES.get(suffix, "text/plain"),
        title=guess_title(pages, path.stem),
        pages=pages,
    )


def parse_file(path: Path, settings: Settings) -> ParsedDocument:
    """Parse any supported file (.pdf, .txt, .md); anything else is refused with an IngestError."""
    path = Path(path)
    if not path.exists():
        raise IngestError(path, "bestand bestaat niet")
    if path.is_dir():
        raise IngestError(path, "is een map, geen bestand")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from ingest.pdf import parse_pdf  # the PDF stack is only loaded when a PDF comes along

        return parse_pdf(path, settings)
    if suffix in MEDIA_TYPES:
        return parse_text(path)
    shown = suffix or "(geen extensie)"
    raise IngestError(path, f"bestandstype {shown} wordt niet ondersteund (wel: {SUPPORTED})")
