"""Build the blind14 documents.

- b14-motievolglijst.pdf: the HTML beside this script (a gemeenteraad's motievolglijst "Nr |
  Motie/toezegging | Portefeuillehouder | Afdoening | Stand van zaken", two rows 'Afgedaan'), converted by
  LibreOffice.
- b14-kop-onderaan.pdf: reportlab canvas; a ruled table whose header row stands at the BOTTOM of page 1
  and whose rows all stand on page 2, without a repeated header.
- b14-ampersand.txt: a tab-separated export whose "Wie" cells join parties with " & " and " en " (the first
  named is the trekker).
- b14-projectenboek.pdf: the HTML beside this script (one project per heading, each with a small
  key/value table "Kartrekker | Meedoen | Looptijd | Samenhang"), converted by LibreOffice.
- b14-kamerbrief.pdf: reportlab, a Kamerbrief whose commitments are bullets starting with "We" or "Ik", some
  bullets plain facts, and one bullet list of another minister's plans.
- b14-puntkomma-acties.pdf: fpdf2, a ruled table in which one row can hold several actions separated by ";" in
  the Actie cell, each with its own period in the Planning cell in the same order.
- b14-geneste-lijst.md: a Markdown document with a nested numbered list (1., 1.1, 1.1.1): themes, actions and
  the dated steps of each action.

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
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Frame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")


# ---------------------------------------------------------------- b14-kop-onderaan.pdf (Salland)

KOP_TITLE = "Uitvoeringsagenda Water en Bodem Salland 2026-2029"
KOP_HEADER = ("Nr.", "Actie", "Trekker", "Partners", "Periode")
# nr, actie, trekker, partners, periode
KOP_ROWS = [
    ("S1", "Beekherstel van de Soestwetering bij Raalte", "WDODelta", "gem. Raalte, LO", "2026-2028"),
    (
        "S2",
        "Droogtebestendige landbouw aan de voet van de Sallandse Heuvelrug",
        "LTO Noord",
        "WDODelta, PO",
        "2027-2029",
    ),
    (
        "S3",
        "Afkoppelen van het verharde oppervlak in het centrum van Nijverdal",
        "gem. Hellendoorn",
        "WDODelta",
        "2026-2027",
    ),
    ("S4", "Grondwaterbescherming rond het pompstation bij Wijhe", "Vitens", "PO, LTO Noord", "vanaf 2027"),
    ("S5", "Klimaatbestendige huurwoningen in Raalte-Noord", "Salland Wonen", "gem. Raalte", "2027-2029"),
    ("S6", "Natuurvriendelijke oevers langs de IJssel bij Olst", "gem. Olst-Wijhe", "WDODelta, RWS", "2028"),
    (
        "S7",
        "Monitor water en bodem Salland",
        "PO",
        "WDODelta, gem. Raalte, gem. Olst-Wijhe, gem. Hellendoorn",
        "doorlopend",
    ),
]
KOP_INTRO = [
    "De gemeenten Raalte, Olst-Wijhe en Hellendoorn, Waterschap Drents Overijsselse Delta, de provincie "
    "Overijssel, Vitens, Landschap Overijssel en LTO Noord werken samen aan een Salland dat water vasthoudt "
    "in "
    "droge tijden en het kwijt kan bij hevige buien. Het Bestuurlijk Overleg Water en Bodem Salland heeft "
    "deze "
    "agenda op 17 november 2026 vastgesteld.",
    "In de zomer van 2025 stonden in Salland zeven beken langer dan een maand droog. In 2024 en 2025 gaven "
    "de "
    "partners samen ruim € 6 miljoen uit aan het herstel van beken en de aanleg van waterbuffers.",
    "De agenda bouwt voort op de Gebiedsvisie Salland uit 2024. Daarin staan drie doelen: meer water "
    "vasthouden "
    "op de zandgronden, schoon grondwater voor de drinkwatervoorziening, en wijken die bestand zijn tegen "
    "hitte "
    "en wateroverlast. Elk jaar in het voorjaar bespreekt het bestuurlijk overleg de voortgang.",
    "De financiering van de acties staat in de begrotingen van de partners en in het Uitvoeringsprogramma "
    "Water en Bodem van de provincie Overijssel; deze agenda geeft geen bedragen.",
    "Drie thema's krijgen voorrang. Bij water vasthouden gaat het om beken die weer meanderen, stuwen die "
    "het "
    "water langer in het gebied houden en boeren die regenwater op hun erf en in de bodem bergen. Bij schoon "
    "grondwater gaat het om de intrekgebieden van de pompstations van Vitens, waar de partners met de boeren "
    "afspraken maken over mest en gewasbescherming. Bij klimaatbestendige wijken gaat het om het afkoppelen "
    "van "
    "regenwater, meer groen en huurwoningen die koel blijven in hete zomers.",
    "Bij elke actie hoort een trekker die het werk organiseert, de partners bij elkaar brengt en het "
    "bestuurlijk overleg twee keer per jaar over de voortgang informeert. De partners stellen mensen en "
    "middelen beschikbaar. Waar een actie grond van boeren raakt, betrekken de partners LTO Noord en de "
    "agrarische collectieven vanaf het begin.",
    "De agenda hangt samen met andere programma's in de regio. Het Deltaprogramma Zoetwater Oost-Nederland "
    "bepaalt hoeveel water de IJssel in droge perioden kan leveren; het Nationaal Programma Landelijk Gebied "
    "stelt doelen voor stikstof, water en natuur die ook in Salland gelden. De partners stemmen de acties af "
    "met die programma's, zodat boeren en bewoners niet met tegenstrijdige maatregelen te maken krijgen.",
    "Bewoners, boeren en bedrijven kunnen ideeën voor nieuwe acties indienen bij het programmabureau. Het "
    "bestuurlijk overleg besluit een keer per jaar welke ideeën in de agenda worden opgenomen; de agenda "
    "wordt "
    "daarom elk jaar geactualiseerd.",
    "Leeswijzer. De tabel hieronder noemt per actie de trekker, die verantwoordelijk is voor de uitvoering, "
    "en "
    "de partners die meewerken. De periode geeft de jaren waarin de actie loopt.",
    "Afkortingen: WDODelta = Waterschap Drents Overijsselse Delta; PO = Provincie Overijssel; LO = Landschap "
    "Overijssel; RWS = Rijkswaterstaat; gem. = gemeente.",
]
KOP_WIDTHS = (14 * mm, 70 * mm, 30 * mm, 30 * mm, 26 * mm)


def kop_table(rows: list[list[str]], style: ParagraphStyle) -> Table:
    table = Table([[Paragraph(v, style) for v in row] for row in rows], colWidths=KOP_WIDTHS)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table


def build_kop_onderaan(path: Path) -> None:
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=14, leading=18, spaceAfter=8)
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=10, leading=15, spaceAfter=9)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=7.5, leading=10)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8.5, leading=11)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=8.5, leading=11)
    width, height = A4
    left = 20 * mm
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(KOP_TITLE)
    c.setAuthor("Waterschap Drents Overijsselse Delta")
    c.setCreator("blind14 build.py")

    def footer(page: int) -> None:
        c.setFont("DejaVu", 7.5)
        c.drawString(left, 10 * mm, KOP_TITLE)
        c.drawRightString(width - left, 10 * mm, f"pagina {page}")

    # page 1: text from the top, the header row of the table at the bottom of the page
    story = [
        Paragraph("Salland – Waterschap Drents Overijsselse Delta – Provincie Overijssel", small),
        Spacer(1, 4),
        Paragraph(KOP_TITLE, title),
    ]
    story += [Paragraph(p, base) for p in KOP_INTRO]
    story.append(Paragraph("<b>Acties</b>", base))
    frame = Frame(left, 20 * mm, width - 2 * left, height - 35 * mm, showBoundary=0)
    frame.addFromList(story, c)
    if story:
        raise ValueError("the text of page 1 does not fit")
    # the header row directly under the text, which ends near the bottom of the page
    header = kop_table([[f"<b>{h}</b>" for h in KOP_HEADER]], head)
    _, h = header.wrapOn(c, width - 2 * left, 30 * mm)
    y = frame._y - h - 2 * mm
    if not 18 * mm <= y <= 45 * mm:
        raise ValueError(f"the header row stands at {y / mm:.0f} mm, not at the bottom of page 1")
    header.drawOn(c, left, y)
    footer(1)
    c.showPage()
    # page 2: the rows, from the top, without a repeated header
    body = kop_table([list(r) for r in KOP_ROWS], cell)
    _, h = body.wrapOn(c, width - 2 * left, height)
    body.drawOn(c, left, height - 20 * mm - h)
    footer(2)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- b14-ampersand.txt (Voorne-Putten)

# nr, maatregel, wie, periode
AMP_ROWS = [
    ("VP1", "Duinwaterbuffer bij Oostvoorne", "Evides & gemeente Voorne aan Zee", "2026-2028"),
    ("VP2", "Klimaatrobuuste polders rond Spijkenisse", "waterschap & gemeente Nissewaard", "2027-2029"),
    ("VP3", "Natuurverbinding Voornes Duin – Brielse Meer", "provincie en waterschap", "2026-2029"),
    ("VP4", "Groenblauwe schoolpleinen in Nissewaard", "gemeente Nissewaard & NMZH", "2027"),
    ("VP5", "Zoetwaterbuffers voor de fruitteelt op Voorne", "LTO Noord & Evides & waterschap", "vanaf 2027"),
    (
        "VP6",
        "Hitteplan Hellevoetsluis en Brielle",
        "gemeente Voorne aan Zee en GGD Rotterdam-Rijnmond",
        "2026-2027",
    ),
    ("VP7", "Evaluatie van de gebiedsagenda", "provincie & gemeenten Voorne aan Zee en Nissewaard", "2029"),
]
AMP_HEAD = """\
Gebiedsagenda Zoet Water en Groen Voorne-Putten 2026-2029
Bijlage 2 - Maatregelen (export uit het maatregelenregister, tab-gescheiden)

De gemeenten Voorne aan Zee en Nissewaard, de provincie Zuid-Holland (hierna: de provincie), Waterschap
Hollandse Delta (hierna: het waterschap), drinkwaterbedrijf Evides, LTO Noord en de Natuur- en Milieufederatie
Zuid-Holland (hierna: NMZH) werken samen aan een eiland met genoeg zoet water en een groene leefomgeving. Het
Gebiedsoverleg Voorne-Putten heeft de agenda op 24 november 2026 vastgesteld.

In de droge zomer van 2022 moest Evides de drinkwaterwinning in de duinen van Voorne tijdelijk beperken.

Leeswijzer. In de kolom Wie staat de eerstgenoemde partij als trekker; de andere partijen werken mee.

"""


def ampersand_txt() -> str:
    """The export: a short head, then one tab-separated line per maatregel under a header line."""
    lines = ["Nr\tMaatregel\tWie\tPeriode"] + ["\t".join(row) for row in AMP_ROWS]
    return AMP_HEAD + "\n".join(lines) + "\n"


# ------------------------------------------------------- b14-kamerbrief.pdf (Land van Heusden en Altena)

KB_DATE = "26 november 2026"
KB_SUBJECT = "Voortgang rivierverruiming Afgedamde Maas en Biesbosch"
KB_OPEN = [
    "Geachte voorzitter,",
    "Met deze brief informeer ik uw Kamer over de voortgang van de rivierverruiming van de Afgedamde Maas en "
    "het beheer van de Biesbosch, zoals toegezegd in het commissiedebat Water van 8 oktober 2026. In dit "
    "programma werk ik samen met de gemeente Altena, Waterschap Rivierenland, de provincie Noord-Brabant, "
    "Staatsbosbeheer en Rijkswaterstaat (RWS).",
    "<b>Stand van zaken</b>",
]
KB_FACTS = [
    "We hebben in 2025 de verkenning voor de Afgedamde Maas afgerond.",
    "Ik constateer dat de waterstanden op de Bergsche Maas in de winter van 2025/2026 hoger waren dan "
    "verwacht.",
]
KB_MID = "<b>Wat we gaan doen</b>"
KB_COMMITMENTS = [
    "Ik stuur uw Kamer vóór 1 juli 2027 de voorkeursbeslissing voor de rivierverruiming van de Afgedamde "
    "Maas.",
    "We laten RWS in 2027 en 2028 de vaargeul van de Nieuwe Merwede verdiepen.",
    "We werken vanaf 2027 met de gemeente Altena en Waterschap Rivierenland aan een gebiedsplan voor de "
    "uiterwaarden bij Woudrichem.",
    "We evalueren uiterlijk eind 2028 samen met Staatsbosbeheer het beheer van de Brabantse Biesbosch.",
    "We laten Deltares in 2027 onderzoeken hoe vaak de polders van de Biesbosch bij hoge rivierafvoer "
    "overstromen.",
    "Ik informeer uw Kamer vanaf 2027 elk jaar via het MIRT-overzicht over de voortgang van het programma.",
]
KB_OTHER_INTRO = (
    "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur heeft mij laten weten dat zij:"
)
KB_OTHER = [
    "in 2027 een gebiedsproces voor de melkveehouderij in het Land van Heusden en Altena start;",
    "vóór 2028 de natuurdoelanalyse voor de Biesbosch actualiseert.",
]
KB_CLOSE = [
    "Over de financiering van de rivierverruiming besluit het kabinet bij de voorjaarsbesluitvorming van "
    "2027.",
    "Hoogachtend,",
    "de minister van Infrastructuur en Waterstaat,",
]


def build_kamerbrief(path: Path) -> None:
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=9.5, leading=13.5, spaceAfter=7)
    bullet = ParagraphStyle(
        "bullet", parent=base, leftIndent=12, bulletIndent=2, bulletFontName="DejaVu", spaceAfter=4
    )
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=7.5, leading=10)
    label = ParagraphStyle("label", fontName="DejaVu-Bold", fontSize=10.5, leading=14)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=KB_SUBJECT,
        author="Ministerie van Infrastructuur en Waterstaat",
        creator="blind14 build.py",
        invariant=1,
    )
    meta = Table(
        [
            [Paragraph("Datum", small), Paragraph(KB_DATE, small)],
            [Paragraph("Betreft", small), Paragraph(KB_SUBJECT, small)],
            [Paragraph("Ons kenmerk", small), Paragraph("IENW/BSK-2026/318840", small)],
        ],
        colWidths=(25 * mm, 120 * mm),
        hAlign="LEFT",
    )
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Ministerie van Infrastructuur en Waterstaat", label),
        Spacer(1, 8),
        Paragraph(
            "De voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den "
            "Haag",
            base,
        ),
        meta,
        Spacer(1, 10),
    ]
    story += [Paragraph(p, base) for p in KB_OPEN]
    story += [Paragraph(p, bullet, bulletText="•") for p in KB_FACTS]
    story += [Spacer(1, 4), Paragraph(KB_MID, base)]
    story += [Paragraph(p, bullet, bulletText="•") for p in KB_COMMITMENTS]
    story += [Spacer(1, 4), Paragraph(KB_OTHER_INTRO, base)]
    story += [Paragraph(p, bullet, bulletText="•") for p in KB_OTHER]
    story += [Spacer(1, 4)]
    story += [Paragraph(p, base) for p in KB_CLOSE]
    doc.build(story)


# ---------------------------------------------------------------- b14-puntkomma-acties.pdf (Amstelland)

PK_TITLE = "Uitvoeringsprogramma Klimaatadaptatie Amstelland 2026-2029"
# nr, actie (several actions separated by "; "), trekker, partners, planning (same order, "; ")
PK_ROWS = [
    ("AM1", "Hittekaart en hitteplan voor Amstelveen", "gem. Amstelveen", "GGD Amsterdam", "2026-2027"),
    (
        "AM2",
        "Groene daken op gemeentelijk vastgoed in Aalsmeer; subsidieregeling groene daken voor bedrijven op "
        "Green Park Aalsmeer",
        "gem. Aalsmeer",
        "AGV",
        "2026-2027; vanaf 2027",
    ),
    (
        "AM3",
        "Afkoppelen van regenwater in De Legmeer; wateroverlastplan voor de wijk Thamerdal; herhalen van de "
        "stresstest voor Uithoorn",
        "gem. Uithoorn",
        "Waternet",
        "2026-2028; 2027; 2029",
    ),
    (
        "AM4",
        "Klimaatbestendige herinrichting van het dorpshart van Ouderkerk aan de Amstel",
        "gem. Ouder-Amstel",
        "Waternet, PNH",
        "2027-2029",
    ),
    ("AM5", "Peilbesluit Bovenkerkerpolder", "AGV", "gem. Amstelveen", "2026"),
]


def build_puntkomma(path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 23, 9, 0, 0))
    pdf.set_margins(18, 18, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 7.5)
    pdf.cell(
        0,
        4,
        "Gemeenten Amstelveen, Aalsmeer, Uithoorn en Ouder-Amstel – Waterschap Amstel, Gooi en Vecht",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, PK_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    for text in (
        "De gemeenten Amstelveen, Aalsmeer, Uithoorn en Ouder-Amstel werken met Waterschap Amstel, Gooi en "
        "Vecht "
        "(hierna: AGV) en Waternet, dat de taken van AGV uitvoert, aan een Amstelland dat bestand is tegen "
        "hitte, "
        "droogte en hevige buien. De colleges hebben het programma in november 2026 vastgesteld.",
        "Op 28 juni 2025 viel in Uithoorn in een uur 70 millimeter regen; in De Legmeer liepen veertig "
        "kelders "
        "onder.",
        "Leeswijzer. De trekker is verantwoordelijk voor de acties in een rij; de partners werken mee. Staan "
        "in "
        "één rij meer acties, gescheiden door een puntkomma, dan staat de planning van elke actie in "
        "dezelfde "
        "volgorde in de kolom Planning.",
    ):
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(1)
    with pdf.table(
        col_widths=(12, 74, 30, 26, 26),
        line_height=5.2,
        padding=2.4,
        borders_layout="ALL",
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(226, 230, 240)),
    ) as table:
        row = table.row()
        for h in ("Nr.", "Actie", "Trekker", "Partners", "Planning"):
            row.cell(h)
        for values in PK_ROWS:
            row = table.row()
            for v in values:
                row.cell(v)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(
        0,
        4.2,
        "Afkortingen: AGV = Waterschap Amstel, Gooi en Vecht; PNH = Provincie Noord-Holland; gem. = "
        "gemeente.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


# ------------------------------------------------------- b14-geneste-lijst.md (Westelijke Mijnstreek)

GENEST_MD = """\
# Uitvoeringsplan Groen en Water Westelijke Mijnstreek 2026-2029

*Gemeenten Sittard-Geleen, Beekdaelen en Stein – Waterschap Limburg – Provincie Limburg*

De gemeenten Sittard-Geleen, Beekdaelen en Stein werken met Waterschap Limburg (hierna: WL), de provincie
Limburg en de landschapsorganisaties aan een Westelijke Mijnstreek met schone beken, minder wateroverlast en
meer groen. Het Portefeuillehoudersoverleg Fysiek Domein heeft dit plan op 10 november 2026 vastgesteld.

In juli 2021 stonden na de hevige regen in Zuid-Limburg ook in Beekdaelen en Stein straten en kelders
onder water.

Leeswijzer. Het plan heeft drie niveaus. Niveau 1 is een thema. Niveau 2 is een actie: na de titel staat de
trekker en na "met" de partners. Niveau 3 zijn de stappen van een actie met hun datum; een stap is geen aparte
actie.

Afkortingen: WL = Waterschap Limburg; IKL = Stichting Instandhouding Kleine Landschapselementen in Limburg;
HLL = Stichting Het Limburgs Landschap; RWS = Rijkswaterstaat; prov. = provincie.

## Acties

1. Water
   1.1 Regenwater afkoppelen in Geleen-Zuid – gemeente Sittard-Geleen, met WL
       1.1.1 Ontwerp gereed – maart 2027
       1.1.2 Aanleg van wadi's en een nieuw hemelwaterriool – 2027-2028
       1.1.3 Oplevering – december 2028
   1.2 Beekherstel van de Geleenbeek bij Spaubeek – WL, met gemeente Beekdaelen en HLL
       1.2.1 Grondverwerving – 2026
       1.2.2 Inrichting van het beekdal – 2028
       1.2.3 Eerste monitoring van vissen en waterplanten – 2029
   1.3 Regenwaterbuffer aan de Kattenbeek in Stein – gemeente Stein, met WL
       1.3.1 Haalbaarheidsstudie – najaar 2027
       1.3.2 Aanleg van de buffer – 2028
2. Groen
   2.1 Herstel van hagen en houtwallen in Beekdaelen – IKL, met gemeente Beekdaelen en prov. Limburg
       2.1.1 Inventarisatie met de grondeigenaren – 2026
       2.1.2 Aanplant in drie plantseizoenen – 2027-2029
   2.2 Groene schoolpleinen in Sittard – gemeente Sittard-Geleen
       2.2.1 Eerste vijf scholen – 2027
       2.2.2 Volgende vijf scholen – 2028
   2.3 Groene verbinding langs de Maasoever bij Stein, in samenhang met 1.3 – gemeente Stein, met RWS en HLL
       2.3.1 Ontwerp – 2028
       2.3.2 Aanleg – 2029
3. Financiën
   De acties worden betaald uit de begrotingen van de partners en uit de provinciale regeling
   Klimaatadaptatie Limburg.
"""


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind14-") as tmp:
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
    register_fonts()
    build_kop_onderaan(OUT / "b14-kop-onderaan.pdf")
    build_kamerbrief(OUT / "b14-kamerbrief.pdf")
    build_puntkomma(OUT / "b14-puntkomma-acties.pdf")
    (OUT / "b14-ampersand.txt").write_text(ampersand_txt(), encoding="utf-8")
    (OUT / "b14-geneste-lijst.md").write_text(GENEST_MD, encoding="utf-8")
    soffice(MAKE / "b14-motievolglijst.html", OUT)
    soffice(MAKE / "b14-projectenboek.html", OUT)
    for p in sorted(OUT.glob("b14-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
