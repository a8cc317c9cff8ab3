"""Test helper: render page texts to a real PDF (fpdf2, Unicode TTF font) so tests know each page's text."""

from __future__ import annotations

import math
from pathlib import Path

_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
]


def find_font() -> Path | None:
    """A TTF with Latin-1 and typographic punctuation (ë é ‘ ’ “ ” – €), or None."""
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    found = sorted(Path("/usr/share/fonts").rglob("*Sans*.ttf")) if Path("/usr/share/fonts").is_dir() else []
    return found[0] if found else None


def _fit_size(pdf, text: str, size: float, height: float = 255.0) -> float:  # type: ignore[no-untyped-def]
    """The largest font size (<= size) at which `text` fits on one page, so one text is one PDF page."""
    while size > 3:
        pdf.set_font("Body", size=size)
        rows = sum(max(1, math.ceil(pdf.get_string_width(line) / 175)) for line in text.split("\n"))
        if rows * size * 0.5 <= height:
            return size
        size *= 0.9
    return size


def make_pdf(
    pages: list[str],
    out: Path,
    *,
    title: str | None = None,
    header: str | None = None,
    page_numbers: bool = False,
    font_size: float = 10,
) -> Path:
    """Write `pages` (one string per page, line breaks kept) to `out`, one PDF page each (the font shrinks to
    fit a long page). `header` is printed at the top of every page, the page number at the bottom when
    `page_numbers` is set, and `title` goes into the document metadata."""
    from fpdf import FPDF

    font = find_font()
    if font is None:
        raise RuntimeError("no Unicode TTF font found under /usr/share/fonts")
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.add_font("Body", "", str(font))
    if title:
        pdf.set_title(title)
    for text in pages:
        text = text.replace("\t", "    ")  # DejaVu has no tab glyph
        pdf.add_page()
        size = _fit_size(pdf, text, font_size)
        line_h = size * 0.5
        if header:
            pdf.set_font("Body", size=font_size)
            pdf.set_xy(15, 8)
            pdf.cell(0, 5, header)
        pdf.set_font("Body", size=size)
        pdf.set_xy(15, 20)
        for line in text.split("\n"):
            pdf.set_x(15)
            if line.strip():
                pdf.multi_cell(180, line_h, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(line_h)
        if page_numbers:
            pdf.set_font("Body", size=font_size)
            pdf.set_xy(15, 285)
            pdf.cell(180, 5, str(pdf.page_no()), align="C")
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def raw_pdf(page_extra: bytes = b"", content: bytes = b"BT /F1 12 Tf 72 720 Td (Hallo) Tj ET", *,
            filter_name: bytes | None = None) -> bytes:
    """A hand-built one-page PDF, for hostile inputs: `page_extra` is spliced into the page dictionary and
    `content` is the (already encoded) page content stream, declared with `filter_name` if given."""
    declared = b" /Filter /" + filter_name if filter_name else b""
    stream_dict = b"<< /Length %d" % len(content) + declared + b" >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> " + page_extra + b" >>",
        stream_dict + b"\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
