"""Tables whose PDF content stream runs column by column, as page-layout programs export threaded frames:
all cells of the first column, then all cells of the next. pypdf's text of such a page holds the columns one
after another; the .txt beside each PDF is that text, as an official who copies it out of the PDF gets it.
Rebuild: `.venv/bin/python tests/data/extraction-columns/make/build.py` (fpdf2, pypdf)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pypdf
from fpdf import FPDF

HERE = Path(__file__).resolve().parents[1]
FONTS = Path("/usr/share/fonts/truetype/dejavu")


class Page(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4", orientation="L")
        self.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(False)
        self.set_margins(15, 15, 15)
        self.set_creation_date(datetime(2026, 12, 1, tzinfo=UTC))

    def para(self, text: str, size: float = 10, bold: bool = False) -> None:
        self.set_font("Sans", "B" if bold else "", size)
        self.set_x(self.l_margin)
        self.multi_cell(0, size * 0.5, text)
        self.ln(2)


def _height(pdf: Page, width: float, text: str, lh: float) -> float:
    return max(1, len(pdf.multi_cell(width, lh, text, dry_run=True, output="LINES"))) * lh


def column_table(pdf: Page, widths: list[float], header: list[str], rows: list[list[str]],
                 order: list[int], header_in_column: bool) -> None:
    """Lay the table out row by row, then write it column by column in `order`: each column's header
    (first, when `header_in_column`; else the whole header row comes first) and then its cells."""
    lh, pad, x0 = 4.5, 1.5, pdf.l_margin
    pdf.set_font("Sans", "", 9)
    ys, y = [], pdf.get_y() + 8
    for cells in rows:
        ys.append(y)
        y += max(_height(pdf, w - 2 * pad, c, lh) for w, c in zip(widths, cells, strict=True)) + 2 * pad
    xs = [x0 + sum(widths[:k]) for k in range(len(widths))]
    top = pdf.get_y()

    def head(k: int) -> None:
        pdf.set_font("Sans", "B", 9)
        pdf.set_xy(xs[k] + pad, top + pad)
        pdf.multi_cell(widths[k] - 2 * pad, lh, header[k])
        pdf.set_font("Sans", "", 9)

    if not header_in_column:
        for k in range(len(widths)):
            head(k)
    for k in order:
        if header_in_column:
            head(k)
        for r, cells in enumerate(rows):
            pdf.set_xy(xs[k] + pad, ys[r] + pad)
            pdf.multi_cell(widths[k] - 2 * pad, lh, cells[k])
    pdf.set_y(y + 4)


def write(name: str, pdf: Page, gold: dict) -> None:
    path = HERE / f"{name}.pdf"
    pdf.output(str(path))
    reader = pypdf.PdfReader(str(path))
    text = "\n".join(f" {i}\n{p.extract_text()}\n" for i, p in enumerate(reader.pages, 1))
    (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
    for suffix in ("pdf", "txt"):
        g = dict(gold, document=f"{name}-{suffix}", file=f"{name}.{suffix}",
                 type="column-pdf" if suffix == "pdf" else "column-text")
        (HERE / "gold" / f"{name}-{suffix}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def action(code, anchor, title, lead, partners, start, end, deps=()):
    return {"code": code, "anchor": anchor, "title": title, "lead": lead, "partners": partners,
            "start_year": start, "end_year": end,
            "dependencies": [{"kind": k, "target": t} for k, t in deps]}


def trekker_planning() -> None:
    """Codes 1.1-2.4 in two tables under numbered headings; Nr. / Actie / Trekker / Partners / Planning,
    the header row written first, then each column in reading order."""
    rows1 = [
        ["1.1", "Snelfietsroute Hengelo-Borne afmaken\nDe ontbrekende schakel langs het spoor wordt "
         "aangelegd en verlicht.", "Gemeente Hengelo", "Gemeente Borne\nProvincie Overijssel", "2026-2027"],
        ["1.2", "Mobiliteitshubs bij de stations\nOp vier stations komen deelfietsen, laadpalen en "
         "kluisjes.", "Gemeente Enschede", "ProRail", "2025-2028"],
        ["1.3", "Doorstroming N18 verbeteren\nKruispunten worden aangepast zodra 1.2 is afgerond.",
         "Provincie Overijssel", "Rijkswaterstaat", "Uiterlijk 2029"],
        ["1.4", "Busverbinding Almelo-Nordhorn\nVerkenning van een grensoverschrijdende lijn met de "
         "Duitse buren.", "Gemeente Almelo", "", "Q2 2026"],
    ]
    rows2 = [
        ["2.1", "Warmtevisies actualiseren\nDe gemeenten leggen per wijk vast welke warmtebron past.",
         "Gemeente Enschede", "Gemeente Hengelo\nGemeente Almelo", "2026"],
        ["2.2", "Zonneparken langs de A35\nGeschikte bermen en restgronden worden in kaart gebracht.",
         "Rijkswaterstaat", "Provincie Overijssel", "2025-2026"],
        ["2.3", "Netcongestie op bedrijventerreinen\nOndernemers delen capaciteit; dit bouwt voort op "
         "2.2.", "Provincie Overijssel", "Enexis Netbeheer", "Doorlopend"],
        ["2.4", "Waterberging in het Twentekanaal\nOnderzoek naar tijdelijke berging bij hoogwater.",
         "Waterschap Vechtstromen", "Rijkswaterstaat\nGemeente Hengelo", "Eind 2027"],
    ]
    pdf = Page()
    pdf.add_page()
    pdf.para("Uitvoeringsprogramma Bereikbaar en Duurzaam Twente 2025-2029", 14, True)
    pdf.para("Dit programma beschrijft wat de partijen in de regio de komende jaren samen doen.")
    pdf.para("1 Bereikbaarheid", 12, True)
    header = ["Nr.", "Actie", "Trekker", "Partners", "Planning"]
    widths = [15, 120, 45, 50, 30]
    column_table(pdf, widths, header, rows1, [0, 1, 2, 3, 4], header_in_column=False)
    pdf.add_page()
    pdf.para("2 Energie en water", 12, True)
    column_table(pdf, widths, header, rows2, [0, 1, 2, 3, 4], header_in_column=False)
    actions = [
        action("1.1", "Snelfietsroute Hengelo-Borne afmaken", "Snelfietsroute Hengelo-Borne afmaken",
               ["Gemeente Hengelo"], ["Gemeente Borne", "Provincie Overijssel"], 2026, 2027),
        action("1.2", "Mobiliteitshubs bij de stations", "Mobiliteitshubs bij de stations",
               ["Gemeente Enschede"], ["ProRail"], 2025, 2028),
        action("1.3", "Doorstroming N18 verbeteren", "Doorstroming N18 verbeteren",
               ["Provincie Overijssel"], ["Rijkswaterstaat"], None, 2029, [("starts_after", "1.2")]),
        action("1.4", "Busverbinding Almelo-Nordhorn", "Busverbinding Almelo-Nordhorn",
               ["Gemeente Almelo"], [], 2026, 2026),
        action("2.1", "Warmtevisies actualiseren", "Warmtevisies actualiseren",
               ["Gemeente Enschede"], ["Gemeente Hengelo", "Gemeente Almelo"], 2026, 2026),
        action("2.2", "Zonneparken langs de A35", "Zonneparken langs de A35",
               ["Rijkswaterstaat"], ["Provincie Overijssel"], 2025, 2026),
        action("2.3", "Netcongestie op bedrijventerreinen", "Netcongestie op bedrijventerreinen",
               ["Provincie Overijssel"], ["Enexis Netbeheer"], None, None, [("depends", "2.2")]),
        action("2.4", "Waterberging in het Twentekanaal", "Waterberging in het Twentekanaal",
               ["Waterschap Vechtstromen"], ["Rijkswaterstaat", "Gemeente Hengelo"], None, 2027),
    ]
    write("kolommen-twente", pdf, {"producer": "fpdf2, cells written column by column, header row first",
                                   "actions": actions})


def wie_wanneer_wat() -> None:
    """Codes A1-A6; columns Code / Wat / Wie / Wanneer on the page, written code, Wie, Wanneer, Wat, each
    column with its own header on top (threaded frames)."""
    rows = [
        ["A1", "Kademuren Vlissingen versterken\nDe kades langs de Binnenhaven worden vervangen. Start na "
         "afronding van A3.", "Gemeente Vlissingen\ni.s.m. North Sea Port", "2027-2030"],
        ["A2", "Dijkversterking Westkapelle\nDe zeewering wordt op hoogte gebracht.",
         "Waterschap Scheldestromen", "2025-2028"],
        ["A3", "Inventarisatie kademuren\nAlle kademuren in de havens worden geïnspecteerd.",
         "North Sea Port", "Gereed\neind 2026"],
        ["A4", "Zoetwaterbuffer Walcheren\nEen proef met ondergrondse opslag van regenwater voor de "
         "landbouw.", "Provincie Zeeland\ni.s.m. Waterschap Scheldestromen", "2026"],
        ["A5", "Klimaatadaptatie binnenstad Middelburg\nGroene daken en wadi's in de binnenstad; hangt "
         "samen met A4.", "Gemeente Middelburg", "2025-2027"],
        ["A6", "Verkeersveiligheid Sloeweg\nDe aansluitingen op de Sloeweg worden veiliger gemaakt.",
         "Rijkswaterstaat\ni.s.m. Provincie Zeeland", "Vanaf 2028"],
    ]
    pdf = Page()
    pdf.add_page()
    pdf.para("Gebiedsagenda Walcheren 2025-2030", 14, True)
    pdf.para("Wat doen de partijen op Walcheren, wie is trekker en wanneer?")
    column_table(pdf, [18, 130, 70, 40], ["Code", "Wat", "Wie", "Wanneer"], rows, [0, 2, 3, 1],
                 header_in_column=True)
    actions = [
        action("A1", "Kademuren Vlissingen versterken", "Kademuren Vlissingen versterken",
               ["Gemeente Vlissingen"], ["North Sea Port"], 2027, 2030, [("starts_after", "A3")]),
        action("A2", "Dijkversterking Westkapelle", "Dijkversterking Westkapelle",
               ["Waterschap Scheldestromen"], [], 2025, 2028),
        action("A3", "Inventarisatie kademuren", "Inventarisatie kademuren", ["North Sea Port"], [],
               None, 2026),
        action("A4", "Zoetwaterbuffer Walcheren", "Zoetwaterbuffer Walcheren", ["Provincie Zeeland"],
               ["Waterschap Scheldestromen"], 2026, 2026),
        action("A5", "Klimaatadaptatie binnenstad Middelburg", "Klimaatadaptatie binnenstad Middelburg",
               ["Gemeente Middelburg"], [], 2025, 2027, [("related", "A4")]),
        action("A6", "Verkeersveiligheid Sloeweg", "Verkeersveiligheid Sloeweg", ["Rijkswaterstaat"],
               ["Provincie Zeeland"], 2028, None),
    ]
    write("kolommen-walcheren", pdf, {"producer": "fpdf2, cells written column by column, each column "
                                      "headed, order Code-Wie-Wanneer-Wat", "actions": actions})


def zonder_code() -> None:
    """No code column: Maatregel / Verantwoordelijk / Samenwerkingspartners / Gereed; header row first."""
    rows = [
        ["Regenwaterstructuur Heerlen-Noord aanleggen", "Gemeente Heerlen", "Waterschap Limburg", "2027"],
        ["Beekherstel Geleenbeek", "Waterschap Limburg", "Gemeente Sittard-Geleen\nProvincie Limburg",
         "2026-2029"],
        ["Hittestresstest Maastricht actualiseren", "Gemeente Maastricht", "", "Eind 2025"],
        ["Subsidieregeling afkoppelen hemelwater", "Provincie Limburg", "Gemeente Heerlen\nGemeente "
         "Maastricht", "2026"],
        ["Droogtemonitor Zuid-Limburg", "Waterschap Limburg", "Provincie Limburg", "Doorlopend"],
    ]
    pdf = Page()
    pdf.add_page()
    pdf.para("Actieprogramma Water en Klimaat Zuid-Limburg", 14, True)
    pdf.para("De maatregelen van dit programma staan hieronder met de partij die verantwoordelijk is.")
    header = ["Maatregel", "Verantwoordelijk", "Samenwerkingspartners", "Gereed"]
    column_table(pdf, [100, 55, 80, 30], header, rows,
                 [0, 1, 2, 3], header_in_column=False)
    actions = [
        action("", "Regenwaterstructuur Heerlen-Noord aanleggen",
               "Regenwaterstructuur Heerlen-Noord aanleggen",
               ["Gemeente Heerlen"], ["Waterschap Limburg"], 2027, 2027),
        action("", "Beekherstel Geleenbeek", "Beekherstel Geleenbeek", ["Waterschap Limburg"],
               ["Gemeente Sittard-Geleen", "Provincie Limburg"], 2026, 2029),
        action("", "Hittestresstest Maastricht actualiseren", "Hittestresstest Maastricht actualiseren",
               ["Gemeente Maastricht"], [], None, 2025),
        action("", "Subsidieregeling afkoppelen hemelwater", "Subsidieregeling afkoppelen hemelwater",
               ["Provincie Limburg"], ["Gemeente Heerlen", "Gemeente Maastricht"], 2026, 2026),
        action("", "Droogtemonitor Zuid-Limburg", "Droogtemonitor Zuid-Limburg", ["Waterschap Limburg"],
               ["Provincie Limburg"], None, None),
    ]
    write("kolommen-zuid-limburg", pdf, {"producer": "fpdf2, no code column, cells written column by "
                                         "column, header row first", "actions": actions})


if __name__ == "__main__":
    for make in (trekker_planning, wie_wanneer_wat, zonder_code):
        make()
        print(make.__name__, "done")
