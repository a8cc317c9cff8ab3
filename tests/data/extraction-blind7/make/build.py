"""Build the blind7 PDF documents.

- b7-tweekoloms.pdf: drawn here with reportlab (a brochure page whose action blocks flow down two text
  columns).
- b7-mijlpalen.pdf: drawn here with fpdf2 (a ruled table; roles and milestones on separate lines within a
  cell).
- b7-convenant.pdf: the HTML beside this script, converted by LibreOffice (soffice --headless, StarWriter HTML
  import).
- b7-puntkomma.txt, b7-per-partij.md, b7-geneste-lijst.md, b7-raadsvoorstel.txt: written by hand.

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
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Actie, Titel, Trekker, Met, Wanneer
BLOCKS = [
    (
        "1",
        "Droogtemaatregelen in de beekdalen van Slinge en Berkel",
        "WRIJ",
        "Provincie Gelderland, LTO Noord",
        "2026-2028",
    ),
    ("2", "Boerenstuwen in kavelsloten plaatsen", "LTO Noord", "WRIJ", "2026-2027"),
    ("3", "Herstel van de landgoederenzone rond Winterswijk", "GLK", "gem. Winterswijk", "vanaf 2027"),
    ("4", "Grondwatermeetnet Achterhoek uitbreiden", "Vitens", "WRIJ, Provincie Gelderland", "2026"),
    (
        "5",
        "Afkoppelprogramma kernen Aalten en Lichtenvoorde",
        "gem. Aalten",
        "gem. Oost Gelre, WRIJ",
        "uiterlijk 2028",
    ),
    (
        "6",
        "Effluent van de rwzi Haarlo hergebruiken voor beregening",
        "WRIJ",
        "gem. Berkelland, LTO Noord",
        "2028, na afronding van actie 4",
    ),
    (
        "7",
        "Kennisprogramma bodem en water voor agrariërs",
        "Regio Achterhoek",
        "LTO Noord, Provincie Gelderland",
        "doorlopend",
    ),
    (
        "8",
        "Evaluatie en vervolgagenda, op basis van de resultaten van actie 1 en 4",
        "Provincie Gelderland",
        "WRIJ, Regio Achterhoek",
        "Q4 2028",
    ),
]


def build_two_columns(path: Path) -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=6)
    intro = ParagraphStyle("intro", fontName="DejaVu", fontSize=9.5, leading=13, spaceAfter=4)
    head = ParagraphStyle(
        "head",
        fontName="DejaVu-Bold",
        fontSize=10,
        leading=13,
        spaceBefore=8,
        spaceAfter=2,
        textColor="#1d5e3a",
    )
    line = ParagraphStyle("line", fontName="DejaVu", fontSize=9, leading=12)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=8, leading=10.5)
    width, height = A4
    margin = 18 * mm
    gap = 8 * mm
    top_h = 48 * mm
    bottom_h = 20 * mm
    col_w = (width - 2 * margin - gap) / 2
    col_h = height - 2 * margin - top_h - bottom_h
    frames = [
        Frame(margin, height - margin - top_h, width - 2 * margin, top_h, id="top", showBoundary=0),
        Frame(margin, margin + bottom_h, col_w, col_h, id="left"),
        Frame(margin + col_w + gap, margin + bottom_h, col_w, col_h, id="right"),
        Frame(margin, margin, width - 2 * margin, bottom_h, id="bottom"),
    ]
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title="Uitvoeringsagenda Water en Bodem Achterhoek 2026-2028",
        author="Regio Achterhoek",
        creator="blind7 build.py",
        invariant=1,
    )
    doc.addPageTemplates([PageTemplate(id="brochure", frames=frames)])
    story = [
        Paragraph("Uitvoeringsagenda Water en Bodem Achterhoek 2026-2028", title),
        Paragraph(
            "De droge zomers van 2018 tot en met 2022 hebben laten zien hoe kwetsbaar de zandgronden van de "
            "Achterhoek zijn. In deze agenda staan de acties die de regio, het waterschap, de provincie, de "
            "agrarische sector en de natuurbeheerders de komende jaren samen uitvoeren.",
            intro,
        ),
        Paragraph(
            "Bij elke actie staat wie trekt, met wie, en wanneer. De agenda is op 9 oktober 2026 "
            "vastgesteld door de Achterhoek Board.",
            intro,
        ),
        FrameBreak(),
    ]
    for i, (nr, titel, trekker, met, wanneer) in enumerate(BLOCKS):
        if i == 4:
            story.append(FrameBreak())
        story += [
            Paragraph(f"Actie {nr} | {titel}", head),
            Paragraph(f"Trekker: {trekker}", line),
            Paragraph(f"Met: {met}", line),
            Paragraph(f"Wanneer: {wanneer}", line),
        ]
    story += [
        FrameBreak(),
        Spacer(1, 4),
        Paragraph(
            "Afkortingen: WRIJ = Waterschap Rijn en IJssel; GLK = Geldersch Landschap &amp; Kasteelen; "
            "gem. = gemeente.",
            small,
        ),
        Paragraph("Uitvoeringsagenda Water en Bodem Achterhoek  |  pagina 4", small),
    ]
    doc.build(story)


# Code, Project, Trekker, Partners, Mijlpalen
MILESTONE_ROWS = [
    (
        "RL-01",
        "Dijkversterking Tiel - Waardenburg",
        "WSRL",
        "Gem. Tiel, Gem. West Betuwe",
        ["Q2 2026 ontwerp gereed", "2027 start uitvoering", "eind 2029 oplevering"],
    ),
    (
        "RL-02",
        "Uiterwaardenherstel Willemspolder bij Tiel",
        "RWS",
        "WSRL, Staatsbosbeheer",
        ["2026 start verkenning", "2028 voorkeursalternatief vastgesteld"],
    ),
    (
        "RL-03",
        "Fietsverbinding over de Lekdijk Culemborg - Beusichem",
        "Prov. Gld.",
        "Gem. Buren, Gem. Culemborg",
        ["2027 ontwerp gereed", "Q4 2028 opening"],
    ),
    (
        "RL-04",
        "Klimaatbestendige herinrichting binnenstad Tiel",
        "Gem. Tiel",
        "WSRL",
        ["Q1 2026 start", "2027 eerste fase gereed", "2028 afronding"],
    ),
    (
        "RL-05",
        "Waterberging langs de Linge bij Geldermalsen, in samenhang met RL-01",
        "WSRL",
        "Gem. West Betuwe, Prov. Gld.",
        ["2027 ontwerp", "2029 start uitvoering", "2030 oplevering"],
    ),
    (
        "RL-06",
        "Natuurvriendelijke oevers Waal bij Ochten",
        "RWS",
        "Gem. Neder-Betuwe",
        ["Q3 2026 ontwerp gereed", "eind 2027 oplevering"],
    ),
    (
        "RL-07",
        "Monitoring en evaluatie gebiedsagenda, op basis van de resultaten van RL-04 en RL-05",
        "Regio Rivierenland",
        "Prov. Gld., WSRL",
        ["2028 tussenevaluatie", "2030 eindevaluatie"],
    ),
]


def build_milestones(path: Path) -> None:
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 5, 10, 0, 0))
    pdf.set_margins(15, 15, 15)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(
        0, 8, "Gebiedsagenda Rivierenland 2026-2030: projecten en mijlpalen", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(
        0,
        4.6,
        "De Regio Rivierenland, Waterschap Rivierenland, de Provincie Gelderland en Rijkswaterstaat werken "
        "in deze "
        "gebiedsagenda samen aan veilige dijken, ruimte voor de rivier en een aantrekkelijk landschap. De "
        "tabel "
        "geeft per project de trekker, de partners en de belangrijkste mijlpalen. De agenda is in september "
        "2026 "
        "vastgesteld door het Algemeen Bestuur van de Regio Rivierenland.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9)
    widths = (18, 110, 72, 67)
    with pdf.table(
        col_widths=widths,
        line_height=4.8,
        padding=1.5,
        borders_layout="ALL",
        width=sum(widths),
        text_align=("CENTER", "LEFT", "LEFT", "LEFT"),
        headings_style=FontFace(emphasis="BOLD", fill_color=(222, 230, 240)),
    ) as table:
        r = table.row()
        for h in ("Code", "Project", "Wie", "Mijlpalen"):
            r.cell(h)
        for code, project, trekker, partners, milestones in MILESTONE_ROWS:
            r = table.row()
            r.cell(code)
            r.cell(project)
            r.cell(f"Trekker: {trekker}\nPartners: {partners}")
            r.cell("\n".join(milestones))
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(
        0,
        4.2,
        "Afkortingen: WSRL = Waterschap Rivierenland; RWS = Rijkswaterstaat; Prov. Gld. = Provincie "
        "Gelderland; "
        "Gem. = gemeente.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.multi_cell(
        0,
        4.2,
        "Mijlpalen zijn indicatief; de stuurgroep stelt de planning elk voorjaar bij.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind7-") as tmp:
        subprocess.run(
            [
                "soffice",
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
    build_two_columns(OUT / "b7-tweekoloms.pdf")
    build_milestones(OUT / "b7-mijlpalen.pdf")
    soffice(MAKE / "b7-convenant.html", OUT)
    for p in sorted(OUT.glob("b7-*.pdf")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
