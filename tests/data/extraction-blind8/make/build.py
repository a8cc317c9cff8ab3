"""Build the blind8 PDF documents.

- b8-gedraaid.pdf: drawn here with fpdf2 (a transposed ruled table: field names in the first column, one
  action per further column, two tables of three actions).
- b8-cel-met-code.pdf: drawn here with reportlab (an unruled table; code and title on the first line of the
  Actie cell, 'Trekker: ...' and 'Looptijd: ...' on separate lines of the other cell).
- b8-samengevoegd.pdf, b8-toezeggingen-minister.pdf: the HTML beside this script, converted by LibreOffice
  (soffice --headless, StarWriter HTML import).
- b8-voortgang.txt, b8-db-brief.txt, b8-schuine-strepen.md: written by hand.

The gold (../gold/*.json) is written by hand in gold.py; this script does not touch it.
"""

import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace
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

# Actie, Omschrijving, Trekker, Partners, Planning; one column per action
TRANSPOSED = [
    (
        "A1",
        "Hittebestendige binnenstad Alkmaar",
        "Meer bomen en schaduw op pleinen en langs de grachten.",
        "Gem. Alkmaar",
        "HHNK",
        "2026-2028",
    ),
    (
        "A2",
        "Waterberging polder Heerhugowaard",
        "Extra berging in de polder om wateroverlast in Dijk en Waard te beperken.",
        "HHNK",
        "Gem. Dijk en Waard, PNH",
        "2027-2029",
    ),
    (
        "A3",
        "Drinkwaterbesparing bij bedrijven",
        "Besparingsscans bij de twintig grootste zakelijke verbruikers in de regio.",
        "PWN",
        "Regio Alkmaar",
        "vanaf 2026",
    ),
    (
        "A4",
        "Regionale afspraken klimaatbestendig bouwen",
        "Eén set bouwafspraken voor alle nieuwbouwlocaties in de regio.",
        "Regio Alkmaar",
        "Gem. Alkmaar, Gem. Dijk en Waard, Gem. Heiloo",
        "uiterlijk 2027",
    ),
    (
        "A5",
        "Verzilting en duinbeheer Schoorlse Duinen",
        "Natuurbeheer en meetpunten in de duinen, in samenhang met A3.",
        "Staatsbosbeheer",
        "PWN, HHNK",
        "2026-2029",
    ),
    (
        "A6",
        "Monitoring en evaluatie van het programma",
        "Eindevaluatie na afronding van A1 en A2.",
        "Regio Alkmaar",
        "HHNK, PNH",
        "2029",
    ),
]
FIELDS = ("Actie", "Omschrijving", "Trekker", "Partners", "Planning")


def build_transposed(path: Path) -> None:
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 12, 10, 0, 0))
    pdf.set_margins(15, 15, 15)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(
        0, 8, "Uitvoeringsprogramma Klimaatadaptatie Regio Alkmaar 2026-2029", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(
        0,
        4.6,
        "De gemeenten van de Regio Alkmaar, het hoogheemraadschap, de provincie, PWN en "
        "Staatsbosbeheer voeren "
        "samen dit programma uit. Elke kolom van de tabellen hieronder is één actie; de rijen geven de "
        "omschrijving, de trekker, de partners en de planning.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    widths = (32, 80, 80, 75)
    for part in (TRANSPOSED[:3], TRANSPOSED[3:]):
        pdf.ln(4)
        with pdf.table(
            col_widths=widths,
            line_height=4.8,
            padding=1.5,
            borders_layout="ALL",
            width=sum(widths),
            text_align="LEFT",
            headings_style=FontFace(emphasis="BOLD", fill_color=(222, 230, 240)),
        ) as table:
            r = table.row()
            r.cell("")
            for action in part:
                r.cell(action[0])
            for i, field in enumerate(FIELDS):
                r = table.row()
                r.cell(field, style=FontFace(emphasis="BOLD"))
                for action in part:
                    r.cell(action[i + 1])
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(
        0,
        4.2,
        "Afkortingen: HHNK = Hoogheemraadschap Hollands Noorderkwartier; PNH = Provincie Noord-Holland; "
        "PWN = PWN Waterleidingbedrijf Noord-Holland; Gem. = gemeente.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.multi_cell(
        0,
        4.2,
        "Het programma is op 29 oktober 2026 vastgesteld door het Regionaal Bestuurlijk Overleg Klimaat.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


# code and title, description, trekker line, looptijd line
CODED = [
    (
        "A1 Warmtetransitievisie Zwolle herzien",
        "De visie uit 2021 wordt bijgewerkt met de nieuwe warmtebronnen en de wijkvolgorde.",
        "Trekker: Gem. Zwolle (i.s.m. Enexis)",
        "Looptijd: 2026",
    ),
    (
        "A2 Wijkuitvoeringsplan Holtenbroek",
        "Per straat een keuze voor warmtenet of all-electric, op basis van de visie uit A1.",
        "Trekker: Gem. Zwolle (i.s.m. SWZ en deltaWonen)",
        "Looptijd: 2027-2028",
    ),
    (
        "B1 Aquathermie uit het Zwarte Water",
        "Proef met warmte uit oppervlaktewater voor de wijk Stadshagen.",
        "Trekker: WDODelta (i.s.m. Gem. Zwolle)",
        "Looptijd: 2026",
    ),
    (
        "B2 Restwarmte rwzi Zwolle",
        "Onderzoek naar levering van restwarmte uit de rioolwaterzuivering aan het warmtenet.",
        "Trekker: WDODelta",
        "Looptijd: vanaf 2027",
    ),
    (
        "B3 Warmtenet Zwolle-Zuid",
        "Aanleg van het eerste deel van het warmtenet, na afronding van de proef in B1.",
        "Trekker: Gem. Zwolle (i.s.m. Enexis en Prov. Overijssel)",
        "Looptijd: 2027-2028",
    ),
    (
        "C1 Netcongestie bedrijventerrein Hessenpoort",
        "Een energiehub waarin bedrijven hun netcapaciteit delen.",
        "Trekker: Enexis (i.s.m. Gem. Zwolle en Windesheim)",
        "Looptijd: 2027",
    ),
    (
        "C2 Energiecoöperaties ondersteunen",
        "Een provinciaal fonds voor lokale energiecoöperaties in de regio Zwolle.",
        "Trekker: Prov. Overijssel",
        "Looptijd: uiterlijk 2028",
    ),
]


def build_coded(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    # so that <b> in a cell picks the bold face
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=14, leading=18, spaceAfter=6)
    intro = ParagraphStyle("intro", fontName="DejaVu", fontSize=9.5, leading=13, spaceAfter=6)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=9, leading=12)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=9, leading=12)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=8, leading=10.5)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Uitvoeringsprogramma Energietransitie Zwolle 2026-2028",
        author="Gemeente Zwolle",
        creator="blind8 build.py",
        invariant=1,
    )
    rows = [[Paragraph("Actie", head), Paragraph("Wie en wanneer", head)]]
    for first, desc, who, when in CODED:
        rows.append(
            [
                [Paragraph(f"<b>{first}</b>", cell), Paragraph(desc, cell)],
                [Paragraph(who, cell), Paragraph(when, cell)],
            ]
        )
    table = Table(rows, colWidths=(100 * mm, 70 * mm), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story = [
        Paragraph("Uitvoeringsprogramma Energietransitie Zwolle 2026-2028", title),
        Paragraph(
            "Zwolle wil in 2050 aardgasvrij zijn. Dit programma bundelt de acties voor de komende drie jaar: "
            "A voor de wijkaanpak, B voor warmtebronnen en C voor het elektriciteitsnet. De "
            "gemeenteraad heeft "
            "het programma op 2 november 2026 vastgesteld.",
            intro,
        ),
        table,
        Spacer(1, 6),
        Paragraph(
            "Afkortingen: Gem. = gemeente; Prov. = Provincie; WDODelta = Waterschap Drents "
            "Overijsselse Delta; "
            "SWZ = Stichting Wonen Zwolle; Windesheim = Hogeschool Windesheim; Enexis = Enexis Netbeheer.",
            small,
        ),
    ]
    doc.build(story)


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind8-") as tmp:
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
                str(html),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copy(Path(tmp) / (html.stem + ".pdf"), out_dir / (html.stem + ".pdf"))


def main() -> int:
    build_transposed(OUT / "b8-gedraaid.pdf")
    build_coded(OUT / "b8-cel-met-code.pdf")
    soffice(MAKE / "b8-samengevoegd.html", OUT)
    soffice(MAKE / "b8-toezeggingen-minister.html", OUT)
    for p in sorted(OUT.glob("b8-*.pdf")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
