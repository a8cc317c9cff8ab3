"""Build the blind13 documents.

- b13-voortgang.pdf: HTML written here and converted by LibreOffice; a voortgangsrapportage whose table
  "Nr | Actie | Trekker | Oorspronkelijke planning | Nieuwe planning | Status" holds two plannings.
- b13-periode-samengevoegd.pdf: reportlab; a ruled table whose Periode cell is MERGED over several rows (the
  value printed once, in the middle of one span and at the top of the other).
- b13-investeringsagenda.pdf: HTML written here and converted by LibreOffice; "Project | Projecttrekker |
  Cofinanciers | Totale kosten | Bijdrage Rijk | Start realisatie | Oplevering" with amounts and a total row.
- b13-engelse-koppen.pdf: fpdf2, landscape; a Dutch agenda whose table has ENGLISH headers "Action | Owner |
  Partners | Timeline | Dependencies".
- b13-rastertabel.txt: plain text, an ASCII grid table ("+----+" borders) whose cells wrap inside the grid.
- b13-bestuurlijke-brief.pdf: reportlab; a letter of the minister to the regional administrators with
  numbered afspraken ("Het Rijk en de regio spreken af dat ...").
- b13-lettercodes.md: Markdown; an action list "A.", "A.1" with "Wie: ... — Wanneer: ..." on the line under.

The gold (../gold/*.json) is written by hand in gold.py; this script does not touch it.
"""

import datetime
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HTML_STYLE = """\
body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; }
h1 { font-size: 14pt; }
p { margin-top: 0; margin-bottom: 4pt; }
th { background-color: #dde6f0; font-size: 8.5pt; text-align: left; }
td { font-size: 8.5pt; vertical-align: top; }
p.klein { font-size: 8pt; }
"""


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")


def html_page(
    title: str,
    before: list[str],
    header: tuple[str, ...],
    widths: tuple[int, ...],
    rows: list[tuple[str, ...]],
    after: list[str],
) -> str:
    """A small HTML page: title, paragraphs, a ruled table (column widths in %), closing paragraphs."""
    head = "".join(f'<th width="{w}%">{html.escape(h)}</th>' for h, w in zip(header, widths, strict=True))
    body = "\n".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>" for row in rows)
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>\n{HTML_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(before)
        + '\n<table border="1" cellpadding="4" cellspacing="0" width="100%">\n'
        + f"<tr>{head}</tr>\n{body}\n</table>\n"
        + "\n".join(after)
        + "\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- b13-voortgang.pdf (Salland)

# nr, actie, trekker, oorspronkelijke planning, nieuwe planning, status
VOORTGANG_ROWS = [
    ("1.1", "Beekherstel van de Soestwetering bij Raalte", "WDODelta", "2025-2026", "2025-2027", "vertraagd"),
    (
        "1.2",
        "Klimaatadaptieve herinrichting van het centrum van Nijverdal",
        "gem. Hellendoorn",
        "2026-2027",
        "ongewijzigd",
        "loopt",
    ),
    (
        "1.3",
        "Erfbeplanting en landschapsherstel in de IJsselvallei bij Olst-Wijhe",
        "LO",
        "2025",
        "2025-2026",
        "afgerond (september 2026)",
    ),
    (
        "2.1",
        "Regionale woningbouwmonitor Salland",
        "Prov. Ov.",
        "2025-2026",
        "Q2 2026 – Q1 2027",
        "loopt",
    ),
    (
        "2.2",
        "Dorpsvernieuwing rond het station van Holten, na afronding van 2.1",
        "gem. Rijssen-Holten",
        "2026-2028",
        "2027-2029",
        "nog niet gestart",
    ),
    (
        "2.3",
        "Wateropvang tegen droogte op de Sallandse Heuvelrug",
        "SBB",
        "2026-2028",
        "vanaf 2027",
        "vertraagd",
    ),
    ("3.1", "Evaluatie van het programma", "gem. Raalte", "2028", "ongewijzigd", "nog niet gestart"),
]
VOORTGANG_TITLE = "Voortgangsrapportage Uitvoeringsprogramma Vitaal Platteland Salland 2025-2028"


def voortgang_html() -> str:
    before = [
        '<p class="klein">Regio Salland – gemeenten Raalte, Olst-Wijhe, Hellendoorn en Rijssen-Holten</p>',
        f"<h1>{VOORTGANG_TITLE}</h1>",
        "<p><b>Stand per 1 november 2026</b></p>",
        "<p>De gemeenten Raalte, Olst-Wijhe, Hellendoorn en Rijssen-Holten, Waterschap Drents Overijsselse "
        "Delta en de provincie Overijssel werken samen aan een vitaal en klimaatbestendig Salland. De "
        "stuurgroep Salland heeft deze rapportage op 12 november 2026 besproken.</p>",
        "<p>In 2025 zijn twee acties uit het programma vervallen, omdat de landelijke subsidie voor "
        "kleine dorpshuizen stopte.</p>",
        "<p>Leeswijzer. De kolom Oorspronkelijke planning geeft de planning uit het programma van maart "
        "2025. De kolom Nieuwe planning geeft de planning zoals die nu geldt; ‘ongewijzigd’ betekent dat de "
        "oorspronkelijke planning blijft staan. Bij afgeronde acties staat onder Nieuwe planning wanneer de "
        "actie werkelijk is uitgevoerd.</p>",
    ]
    after = [
        '<p class="klein">Afkortingen: gem. = gemeente; WDODelta = Waterschap Drents Overijsselse Delta; '
        "Prov. Ov. = Provincie Overijssel; LO = Landschap Overijssel; SBB = Staatsbosbeheer.</p>",
        "<p>De volgende voortgangsrapportage verschijnt in mei 2027.</p>",
    ]
    header = ("Nr", "Actie", "Trekker", "Oorspronkelijke planning", "Nieuwe planning", "Status")
    return html_page(VOORTGANG_TITLE, before, header, (5, 36, 15, 15, 14, 15), VOORTGANG_ROWS, after)


# ---------------------------------------------------------------- b13-periode-samengevoegd.pdf (Wadden)

# nr, maatregel, trekker, partners; the periods span rows (first row index, number of rows, value, valign)
SPAN_ROWS = [
    ("W1", "Zoetwaterbuffer in de duinen van Terschelling", "Vitens", "gem. Terschelling, SBB"),
    ("W2", "Opvang van regenwater bij recreatiebedrijven op Vlieland", "gem. Vlieland", "WF"),
    ("W3", "Meetnet voor de verzilting van het grondwater op Ameland", "WF", "gem. Ameland, Vitens"),
    ("W4", "Duinversterking langs de Noordzeekust van Ameland", "RWS", "WF, gem. Ameland"),
    ("W5", "Kwelderherstel aan de Waddenkant van Schiermonnikoog", "NM", "gem. Schiermonnikoog, WF"),
    (
        "W6",
        "Klimaatbestendige haven van West-Terschelling, in samenhang met W4",
        "gem. Terschelling",
        "PF, RWS",
    ),
    (
        "W7",
        "Monitoring en kennisdeling tussen de eilanden",
        "PF",
        "gem. Vlieland, gem. Terschelling, gem. Ameland, gem. Schiermonnikoog, WF",
    ),
]
SPANS = [(0, 3, "2026-2027", "MIDDLE"), (3, 3, "2027-2029", "TOP"), (6, 1, "2026-2030", "TOP")]
SPAN_TITLE = "Uitvoeringsagenda Zoet Water en Kust Waddeneilanden"


def period_of_row(i: int) -> str:
    """The Periode value that holds for row i (of SPAN_ROWS)."""
    for first, count, value, _ in SPANS:
        if first <= i < first + count:
            return value
    raise IndexError(i)


def build_periode_samengevoegd(path: Path) -> None:
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=14, leading=18, spaceAfter=6)
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=9, leading=12.5, spaceAfter=6)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8.5, leading=11)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=8.5, leading=11)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=7.5, leading=10)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=SPAN_TITLE,
        author="Provincie Fryslân",
        creator="blind13 build.py",
        invariant=1,
    )
    rows = [[Paragraph(h, head) for h in ("Nr.", "Maatregel", "Trekker", "Partners", "Periode")]]
    for i, (nr, name, lead, partners) in enumerate(SPAN_ROWS):
        starts = [s for s in SPANS if s[0] == i]
        period = Paragraph(starts[0][2], cell) if starts else ""
        rows.append(
            [
                Paragraph(nr, cell),
                Paragraph(name, cell),
                Paragraph(lead, cell),
                Paragraph(partners, cell),
                period,
            ]
        )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.92, 0.95)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for first, count, _, valign in SPANS:
        style += [
            ("SPAN", (4, first + 1), (4, first + count)),
            ("VALIGN", (4, first + 1), (4, first + 1), valign),
        ]
    table = Table(rows, colWidths=(12 * mm, 70 * mm, 28 * mm, 40 * mm, 24 * mm))
    table.setStyle(TableStyle(style))
    story = [
        Paragraph("Provincie Fryslân · Wetterskip Fryslân · Waddeneilanden", small),
        Spacer(1, 3),
        Paragraph(f"{SPAN_TITLE} 2026-2030", title),
        Paragraph(
            "De gemeenten Vlieland, Terschelling, Ameland en Schiermonnikoog, Wetterskip Fryslân, de "
            "provincie Fryslân en Rijkswaterstaat werken samen aan voldoende zoet water en een veilige kust "
            "op de Friese Waddeneilanden. Het Bestuurlijk Overleg Waddeneilanden heeft deze agenda op 6 "
            "november 2026 vastgesteld.",
            base,
        ),
        Paragraph(
            "In de droge zomer van 2025 moest Vitens op Terschelling en Ameland drinkwater van de vaste wal "
            "aanvoeren.",
            base,
        ),
        Paragraph("<b>Maatregelen</b>", base),
        table,
        Spacer(1, 5),
        Paragraph(
            "Maatregelen die in dezelfde periode lopen, staan onder één cel in de kolom Periode.", small
        ),
        Paragraph(
            "Afkortingen: gem. = gemeente; WF = Wetterskip Fryslân; PF = Provincie Fryslân; RWS = "
            "Rijkswaterstaat; SBB = Staatsbosbeheer; NM = Natuurmonumenten.",
            small,
        ),
    ]
    doc.build(story)


# ---------------------------------------------------------------- b13-investeringsagenda.pdf (De Peel)

# project, projecttrekker, cofinanciers, totale kosten, bijdrage Rijk, start realisatie, oplevering
INVEST_ROWS = [
    (
        "Herontwikkeling van de stationsomgeving in Deurne",
        "gem. Deurne",
        "Prov. N-Br., Bergopwaarts",
        "€ 12,5 mln",
        "€ 3,0 mln",
        "Q1 2027",
        "2029",
    ),
    (
        "Kenniscentrum voor agrifood en techniek in Someren",
        "gem. Someren",
        "ZLTO, Prov. N-Br.",
        "€ 4,2 mln",
        "€ 1,5 mln",
        "2026",
        "2028",
    ),
    (
        "Natuurinclusieve landbouw rond de Deurnsche Peel en de Mariapeel",
        "AenM",
        "Prov. N-Br.",
        "€ 2.027.500",
        "€ 800.000",
        "2027",
        "2030",
    ),
    (
        "Snelfietsroute Gemert – Laarbeek – Helmond",
        "gem. Gemert-Bakel",
        "gem. Laarbeek, Prov. N-Br.",
        "€ 6,8 mln",
        "€ 2,0 mln",
        "Q3 2026",
        "Q4 2028",
    ),
    (
        "Multifunctioneel dorpshuis in Heusden (Asten)",
        "gem. Asten",
        "Prov. N-Br.",
        "€ 3,1 mln",
        "€ 0,9 mln",
        "2027",
        "n.t.b.",
    ),
    (
        "Energiehub op bedrijventerrein Beekerheide in Laarbeek",
        "Enexis",
        "gem. Laarbeek, Prov. N-Br.",
        "€ 5,4 mln",
        "€ 1,8 mln",
        "2026",
        "2027",
    ),
]
INVEST_TOTAL = ("Totaal", "", "", "€ 34,0 mln", "€ 10,0 mln", "", "")
INVEST_TITLE = "Investeringsagenda Regio Deal De Peel 2026-2030"


def investeringsagenda_html() -> str:
    before = [
        '<p class="klein">Gemeenten Deurne, Asten, Someren, Gemert-Bakel en Laarbeek · Provincie '
        "Noord-Brabant · Rijk</p>",
        f"<h1>{INVEST_TITLE}</h1>",
        "<p>Met de Regio Deal De Peel investeren het Rijk, de provincie Noord-Brabant en de vijf "
        "Peelgemeenten samen in vitale kernen, een sterke economie en een gezond landschap. Het kabinet "
        "heeft in mei 2026 € 10 miljoen voor deze Regio Deal toegekend.</p>",
        "<p>Leeswijzer. De projecttrekker voert het project uit en vraagt de bijdrage aan. Cofinanciers "
        "betalen mee aan het project en sturen als opdrachtgever mee in de stuurgroep van het project; zij "
        "voeren het project niet zelf uit. De bijdrage van het Rijk loopt via de Regio Deal en wordt door de "
        "provincie Noord-Brabant als penvoerder aan de projecttrekkers uitgekeerd. Bedragen zijn inclusief "
        "btw.</p>",
    ]
    after = [
        '<p class="klein">Afkortingen: gem. = gemeente; Prov. N-Br. = Provincie Noord-Brabant; AenM = '
        "Waterschap Aa en Maas; ZLTO = Zuidelijke Land- en Tuinbouworganisatie; Enexis = Enexis "
        "Netbeheer.</p>",
        "<p>Projecten die na 2030 worden opgeleverd, vallen buiten deze Regio Deal.</p>",
    ]
    header = (
        "Project",
        "Projecttrekker",
        "Cofinanciers",
        "Totale kosten",
        "Bijdrage Rijk",
        "Start realisatie",
        "Oplevering",
    )
    return html_page(
        INVEST_TITLE, before, header, (21, 16, 15, 12, 11, 12, 13), [*INVEST_ROWS, INVEST_TOTAL], after
    )


# ---------------------------------------------------------------- b13-engelse-koppen.pdf (Chemelot)

# code, action, owner, partners, timeline, dependencies
ENGLISH_ROWS = [
    (
        "CH-1",
        "Restwarmte van Chemelot voor het warmtenet van Sittard-Geleen",
        "Sitech",
        "gem. Sittard-Geleen, Prov. Limburg",
        "2026-2029",
        "–",
    ),
    (
        "CH-2",
        "Uitbreiding van het hoogspanningsstation Graetheide",
        "TenneT",
        "Enexis, Sitech",
        "2026-2028",
        "–",
    ),
    (
        "CH-3",
        "Elektrische boilers voor de stoomproductie op het terrein",
        "Sitech",
        "TenneT",
        "2028-2030",
        "CH-2",
    ),
    (
        "CH-4",
        "Hergebruik van gezuiverd afvalwater als koelwater",
        "WL",
        "Sitech, RWS",
        "Q3 2026 – Q2 2028",
        "–",
    ),
    (
        "CH-5",
        "Proeffabriek voor chemische recycling van kunststof",
        "BCC",
        "UM, Zuyd",
        "from 2027",
        "–",
    ),
    (
        "CH-6",
        "Aansluiting van Chemelot op het landelijke waterstofnetwerk",
        "Gasunie",
        "Sitech, Prov. Limburg",
        "by end 2029",
        "CH-2, CH-3",
    ),
    (
        "CH-7",
        "Opleidingsprogramma voor procesoperators en onderhoudstechnici",
        "Zuyd",
        "gem. Sittard-Geleen, gem. Stein, gem. Beek, BCC",
        "ongoing",
        "–",
    ),
]
ENGLISH_TITLE = "Uitvoeringsagenda Chemelot Circular Hub 2026-2030"


def build_engelse_koppen(path: Path) -> None:
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 19, 9, 0, 0))
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(
        0,
        4,
        "Westelijke Mijnstreek · Sittard-Geleen, Stein en Beek · Provincie Limburg",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 7, ENGLISH_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    for text in (
        "De gemeenten Sittard-Geleen, Stein en Beek, de provincie Limburg en de bedrijven op Chemelot "
        "werken samen aan een circulair en klimaatneutraal chemiecomplex. De Stuurgroep Chemelot Circular "
        "Hub heeft deze agenda op 10 november 2026 vastgesteld.",
        "In 2025 stootte Chemelot ruim vier megaton CO2 uit.",
        "De tabel volgt het format van de Europese subsidieaanvraag en heeft daarom Engelse kolomkoppen.",
    ):
        pdf.multi_cell(0, 4.8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(2)
    with pdf.table(
        col_widths=(100, 30, 70, 30, 35),
        line_height=5,
        padding=2.2,
        borders_layout="ALL",
        text_align="LEFT",
        markdown=True,
        headings_style=FontFace(emphasis="BOLD", fill_color=(226, 232, 240)),
    ) as table:
        row = table.row()
        for h in ("Action", "Owner", "Partners", "Timeline", "Dependencies"):
            row.cell(h)
        for code, action, owner, partners, when, deps in ENGLISH_ROWS:
            row = table.row()
            row.cell(f"**{code}** {action}")
            row.cell(owner)
            row.cell(partners)
            row.cell(when)
            row.cell(deps)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.multi_cell(
        0,
        4,
        "Afkortingen: gem. = gemeente; Prov. Limburg = Provincie Limburg; WL = Waterschap Limburg; RWS = "
        "Rijkswaterstaat; Sitech = Sitech Services; Enexis = Enexis Netbeheer; BCC = Brightlands Chemelot "
        "Campus; UM = Universiteit Maastricht; Zuyd = Zuyd Hogeschool.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


# ---------------------------------------------------------------- b13-rastertabel.txt (Oost-Flevoland)

# each cell as the lines it is wrapped into: nr, maatregel, trekker, partners, periode
GRID_ROWS = [
    (
        ["F1"],
        ["Slimme peilsturing in de polders", "rond Dronten"],
        ["WSZZ"],
        ["LTO Noord,", "gem. Dronten"],
        ["2026-2028"],
    ),
    (
        ["F2"],
        ["Klimaatbestendig centrum Zeewolde:", "herinrichting van het dorpshart"],
        ["gem. Zeewolde"],
        ["WSZZ"],
        ["2027-2029"],
    ),
    (
        ["F3"],
        ["Grondwaterbuffer Hulkesteinse Bos", "voor drinkwater en natuur"],
        ["SBB"],
        ["Vitens,", "gem. Zeewolde"],
        ["vanaf 2027"],
    ),
    (
        ["F4"],
        ["Proeftuin droogtebestendige teelten", "bij Lelystad"],
        ["WUR"],
        ["LTO Noord,", "Prov. Fl."],
        ["2026-2027"],
    ),
    (
        ["F5"],
        ["Natuurvriendelijke oevers Lage Vaart", "tussen Dronten en Lelystad"],
        ["Flevo-landschap"],
        ["WSZZ,", "gem. Lelystad"],
        ["uiterlijk", "2028"],
    ),
    (
        ["F6"],
        ["Regenwater afkoppelen in de Atolwijk", "in Lelystad"],
        ["gem. Lelystad"],
        ["WSZZ, Centrada"],
        ["2026-2029"],
    ),
    (
        ["F7"],
        ["Monitor bodem en grondwater", "Oost-Flevoland, op basis van de", "resultaten van F1 en F4"],
        ["Prov. Fl."],
        ["WSZZ,", "gem. Dronten,", "gem. Zeewolde,", "gem. Lelystad"],
        ["doorlopend"],
    ),
]
GRID_HEADER = (["Nr"], ["Maatregel"], ["Trekker"], ["Partners"], ["Periode"])
GRID_WIDTHS = (4, 36, 16, 15, 10)

RASTER_TXT = """\
UITVOERINGSAGENDA BODEM EN WATER OOST-FLEVOLAND 2026-2029
Bijlage 2 - Maatregelen (export uit het programmaregister, 18 november 2026)

Gemeenten Dronten, Zeewolde en Lelystad, Waterschap Zuiderzeeland en provincie Flevoland

De gemeenten Dronten, Zeewolde en Lelystad, Waterschap Zuiderzeeland en de provincie Flevoland werken samen
aan een bodem- en watersysteem dat bestand is tegen droogte, verzilting en hevige buien. Het Bestuurlijk
Overleg Water Oost-Flevoland heeft deze agenda op 4 november 2026 vastgesteld.

In het voorjaar van 2025 stond de grondwaterstand bij Dronten op het laagste punt sinds 1976.

{table}

Afkortingen: gem. = gemeente; WSZZ = Waterschap Zuiderzeeland; Prov. Fl. = Provincie Flevoland;
SBB = Staatsbosbeheer; WUR = Wageningen University & Research; Flevo-landschap = Het Flevo-landschap.

De kosten van de maatregelen staan in bijlage 3.
"""


def grid_table() -> str:
    """The ASCII grid: '+----+' rules, '|' between cells, wrapped cells padded to the widths."""
    rule = "+" + "+".join("-" * (w + 2) for w in GRID_WIDTHS) + "+"
    head_rule = "+" + "+".join("=" * (w + 2) for w in GRID_WIDTHS) + "+"
    lines = [rule]
    for i, row in enumerate([GRID_HEADER, *GRID_ROWS]):
        height = max(len(c) for c in row)
        for k in range(height):
            parts = []
            for cell, w in zip(row, GRID_WIDTHS, strict=True):
                text = cell[k] if k < len(cell) else ""
                if len(text) > w:
                    raise ValueError(f"cell line {text!r} wider than {w}")
                parts.append(" " + text.ljust(w) + " ")
            lines.append("|" + "|".join(parts) + "|")
        lines.append(head_rule if i == 0 else rule)
    return "\n".join(lines)


def raster_txt() -> str:
    return RASTER_TXT.format(table=grid_table())


# ---------------------------------------------------------------- b13-bestuurlijke-brief.pdf (Utrecht-West)

BRIEF_PARAS = [
    "Geachte bestuurders,",
    "Op 11 november 2026 spraken wij in Woerden over de woningbouw en de bodemdaling in Utrecht-West. In "
    "deze brief leg ik de afspraken uit dat overleg vast.",
    "De gemeenten Woerden, Oudewater, Montfoort, Lopik en De Ronde Venen en de provincie Utrecht (hierna "
    "samen: de regio) werken sinds 2024 samen in het Programma Utrecht-West. De provincie Utrecht is namens "
    "de regio penvoerder en aanspreekpunt voor het Rijk; de gemeenten voeren de afspraken van de regio met "
    "haar uit. Het Hoogheemraadschap De Stichtse Rijnlanden (hierna: HDSR) nam als adviseur aan het overleg "
    "deel.",
    "<b>Afspraken</b>",
]
AFSPRAKEN = [
    "Het Rijk stelt in 2027 en 2028 samen € 18 miljoen uit de Woningbouwimpuls beschikbaar voor de bouw van "
    "betaalbare woningen in Woerden-West.",
    "De regio zorgt ervoor dat de plannen voor 4.000 woningen uiterlijk 1 juli 2027 in één regionaal "
    "woningbouwprogramma staan.",
    "Het Rijk en de regio spreken af dat HDSR vóór eind 2027 samen met de gemeenten Woerden en Oudewater een "
    "kaart maakt van de plekken waar bouwen op slappe bodem de meeste risico's geeft.",
    "Het Rijk en de regio spreken af dat zij samen een monitor bodemdaling en funderingen ontwikkelen. Het "
    "Rijk neemt hiervoor het initiatief; de monitor is in 2028 gereed.",
    "De provincie Utrecht start in 2027 samen met HDSR een proef met onderwaterdrainage in de Lopikerwaard.",
    "De regio zorgt ervoor dat inwoners met funderingsproblemen vanaf 1 januari 2027 terechtkunnen bij één "
    "regionaal funderingsloket.",
]
BRIEF_AFTER = [
    "<b>Waarover wij geen afspraak maakten</b>",
    "De regio vroeg het Rijk om een bijdrage aan de versterking van de Lekdijk bij Lopik; daarover hebben "
    "wij in dit overleg geen afspraak gemaakt. Het Rijk kan op dit moment geen toezegging doen over een "
    "tweede tranche voor de jaren na 2028. Over de verbreding van de A12 bij Woerden beslist het kabinet in "
    "het voorjaar van 2027.",
    "Als de eerste uitkomsten van de monitor daartoe aanleiding geven, bespreken wij in 2028 aanvullende "
    "maatregelen.",
    "Ik zie uit naar de verdere samenwerking.",
    "De minister van Volkshuisvesting en Ruimtelijke Ordening,",
]


def build_bestuurlijke_brief(path: Path) -> None:
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=9.5, leading=13.5, spaceAfter=7)
    item = ParagraphStyle("item", parent=base, leftIndent=14, firstLineIndent=-14)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=7.5, leading=10)
    label = ParagraphStyle("label", fontName="DejaVu-Bold", fontSize=10.5, leading=14)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Afspraken bestuurlijk overleg Wonen en Bodemdaling Utrecht-West",
        author="Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
        creator="blind13 build.py",
        invariant=1,
    )
    meta = Table(
        [
            [Paragraph("Datum", small), Paragraph("26 november 2026", small)],
            [Paragraph("Kenmerk", small), Paragraph("2026-0000718233", small)],
            [
                Paragraph("Betreft", small),
                Paragraph("Afspraken bestuurlijk overleg Wonen en Bodemdaling Utrecht-West", small),
            ],
        ],
        colWidths=(25 * mm, 120 * mm),
        hAlign="LEFT",
    )
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Ministerie van Volkshuisvesting en Ruimtelijke Ordening", label),
        Paragraph("Directoraat-generaal Volkshuisvesting en Bouwen", small),
        Spacer(1, 10),
        Paragraph(
            "Aan de colleges van burgemeester en wethouders van Woerden, Oudewater, Montfoort, Lopik en De "
            "Ronde Venen<br/>Aan het college van Gedeputeerde Staten van Utrecht<br/>Aan het dagelijks "
            "bestuur van het Hoogheemraadschap De Stichtse Rijnlanden",
            base,
        ),
        meta,
        Spacer(1, 10),
    ]
    story += [Paragraph(p, base) for p in BRIEF_PARAS]
    story += [Paragraph(f"{i}.&nbsp;&nbsp;{t}", item) for i, t in enumerate(AFSPRAKEN, start=1)]
    story += [Paragraph(p, base) for p in BRIEF_AFTER]
    doc.build(story)


# ---------------------------------------------------------------- b13-lettercodes.md (Noordoost-Fryslân)

# code, title, Wie, Wanneer (None: a heading without its own line), level (0 letter, 1 sub-item)
LETTER_ITEMS = [
    ("A", "Klimaatbestendige kernen", "gem. NEF, WF", "2026-2028", 0),
    ("A.1", "Afkoppelen van regenwater in Dokkum-Oost", "gem. NEF, Thús Wonen", "2026-2027", 1),
    ("A.2", "Hittebestendige schoolpleinen in Damwâld", "gem. Dantumadiel", "zomer 2027", 1),
    ("B", "Waterberging in de Trynwâlden", "WF, gem. Tytsjerksteradiel", "vanaf 2027", 0),
    ("C", "Energie in de dorpen", None, None, 0),
    ("C.1", "Zonnedaken op dorpshuizen in Achtkarspelen", "gem. Achtkarspelen, PF", "2026-2028", 1),
    (
        "C.2",
        "Warmtescan voor de dorpen van Noardeast-Fryslân",
        "PF, gem. NEF, gem. Dantumadiel",
        "uiterlijk eind 2027",
        1,
    ),
    (
        "D",
        "Evaluatie van de actielijst, op basis van de resultaten van A.1 en B",
        "gem. Tytsjerksteradiel, PF",
        "2028",
        0,
    ),
]

LETTER_TEMPLATE = """\
# Actielijst Vitale Dorpen en Water Noordoost-Fryslân 2026-2028

*Gemeenten Noardeast-Fryslân, Dantumadiel, Achtkarspelen en Tytsjerksteradiel, Wetterskip Fryslân en
provincie Fryslân*

De vier gemeenten van Noordoost-Fryslân, Wetterskip Fryslân en de provincie Fryslân werken samen aan
leefbare dorpen die klaar zijn voor hitte, droogte en hevige regen. Het Bestuurlijk Overleg Noordoost
heeft de actielijst op 20 november 2026 vastgesteld.

In augustus 2025 stonden na een wolkbreuk in Dokkum en Damwâld tientallen straten blank.

**Leeswijzer.** Onder elke actie staat op één regel wie de actie uitvoert en wanneer. Bij *Wie* staat de
trekker eerst; daarna volgen de partners. Een actie met een letter kan deelacties hebben (A.1, A.2); een
letter zonder eigen regel *Wie* is alleen een kop.

**Afkortingen:** gem. = gemeente; NEF = Noardeast-Fryslân; WF = Wetterskip Fryslân; PF = Provincie Fryslân.

## Acties

{items}

## Vervolg

De voortgang wordt twee keer per jaar besproken in het Bestuurlijk Overleg Noordoost.
"""


def lettercodes_md() -> str:
    """The Markdown action list: letters as bold paragraphs, sub-items as bullets, Wie/Wanneer under each."""
    blocks: list[str] = []
    for code, title, who, when, level in LETTER_ITEMS:
        line = f"Wie: {who} — Wanneer: {when}" if who else None
        if level == 0:
            blocks.append(f"**{code}. {title}**" + (f"  \n{line}" if line else ""))
        else:
            blocks.append(f"- **{code}** {title}" + (f"  \n  {line}" if line else ""))
    out: list[str] = []
    for i, block in enumerate(blocks):
        # bullets of one letter stay one list; a letter starts a new paragraph
        if i and not (block.startswith("- ") and blocks[i - 1].startswith("- ")):
            out.append("")
        out.append(block)
    return LETTER_TEMPLATE.format(items="\n".join(out))


def soffice(html_file: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind13-") as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                tmp,
                str(html_file),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copy(Path(tmp) / (html_file.stem + ".pdf"), out_dir / (html_file.stem + ".pdf"))


def main() -> int:
    register_fonts()
    build_periode_samengevoegd(OUT / "b13-periode-samengevoegd.pdf")
    build_bestuurlijke_brief(OUT / "b13-bestuurlijke-brief.pdf")
    build_engelse_koppen(OUT / "b13-engelse-koppen.pdf")
    (OUT / "b13-rastertabel.txt").write_text(raster_txt(), encoding="utf-8")
    (OUT / "b13-lettercodes.md").write_text(lettercodes_md(), encoding="utf-8")
    for name, page in (
        ("b13-voortgang", voortgang_html()),
        ("b13-investeringsagenda", investeringsagenda_html()),
    ):
        source = MAKE / f"{name}.html"
        source.write_text(page, encoding="utf-8")
        soffice(source, OUT)
    for p in sorted(OUT.glob("b13-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
