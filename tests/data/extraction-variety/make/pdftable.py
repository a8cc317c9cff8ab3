"""A small fpdf2 table renderer: booktabs rules or a full grid, rows kept whole, header repeated or not."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/dejavu")


class Page(FPDF):
    """A4 page with an optional running header and a page-number footer, as word processors print them."""

    def __init__(self, running: str = "", numbered: bool = False) -> None:
        super().__init__(format="A4")
        self.running, self.numbered = running, numbered
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)
        self.set_margins(20, 20, 20)
        # a fixed date keeps a rebuild byte-identical, so git shows only real changes
        self.set_creation_date(datetime(2026, 11, 30, tzinfo=UTC))

    def header(self) -> None:
        if self.running:
            self.set_font("DejaVu", "", 8)
            self.set_xy(20, 10)
            self.cell(0, 5, self.running, align="R")
            self.set_font("DejaVu", "", 10)

    def footer(self) -> None:
        if self.numbered:
            self.set_font("DejaVu", "", 8)
            self.set_xy(20, 282)
            self.cell(0, 5, f"Pagina {self.page_no()}", align="C")
            self.set_font("DejaVu", "", 10)

    def paragraph(self, text: str, size: float = 10, bold: bool = False, gap: float = 3) -> None:
        self.set_font("DejaVu", "B" if bold else "", size)
        self.set_x(self.l_margin)
        self.multi_cell(0, size * 0.5, text, align="L")
        self.ln(gap)
        self.set_font("DejaVu", "", 10)


def _lines(pdf: FPDF, width: float, text: str) -> int:
    return max(1, len(pdf.multi_cell(width, 5, text, dry_run=True, output="LINES")))


def draw_table(pdf: Page, widths: list[float], header: list[str], rows: list[list[str]], *,
               style: str = "grid", repeat_header: bool = True, size: float = 9, pad: float = 1.5,
               bottom: float = 275) -> None:
    """style 'grid': every cell boxed; 'booktabs': rules above and below the header and below the table."""
    lh = size * 0.5
    x0 = pdf.l_margin

    def row_height(cells: list[str], bold: bool) -> float:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        return max(_lines(pdf, w - 2 * pad, c) for w, c in zip(widths, cells, strict=True)) * lh + 2 * pad

    def draw_row(cells: list[str], bold: bool) -> None:
        h = row_height(cells, bold)
        y, x = pdf.get_y(), x0
        for w, c in zip(widths, cells, strict=True):
            if style == "grid":
                pdf.rect(x, y, w, h)
            pdf.set_xy(x + pad, y + pad)
            pdf.multi_cell(w - 2 * pad, lh, c, align="L")
            x += w
        pdf.set_y(y + h)

    def rule(thick: float) -> None:
        pdf.set_line_width(thick)
        pdf.line(x0, pdf.get_y(), x0 + sum(widths), pdf.get_y())
        pdf.set_line_width(0.2)

    def start(with_header: bool) -> None:
        if style == "booktabs":
            rule(0.6)
        if with_header:
            draw_row(header, True)
            if style == "booktabs":
                rule(0.3)

    pdf.set_line_width(0.2)
    start(True)
    for cells in rows:
        if pdf.get_y() + row_height(cells, False) > bottom:
            if style == "booktabs":
                rule(0.6)
            pdf.add_page()
            pdf.set_y(25)
            start(repeat_header)
        draw_row(cells, False)
    if style == "booktabs":
        rule(0.6)
    pdf.set_font("DejaVu", "", 10)
