"""Build the blind10 documents.

- b10-deelacties.pdf: reportlab, a ruled table with SUB-ACTIONS ("2", "2a", "2b"): a sub-row whose Trekker or
  Financier cell is empty inherits it from its parent row (the reading guide says so).
- b10-uitvoerders.pdf: the HTML beside this script (a ruled table whose "Uitvoerders" cell is a bullet list,
  the first bullet marked "(penvoerder)"), converted by LibreOffice (soffice --headless, StarWriter HTML
  import).
- b10-trekkers.md: a Markdown pipe table whose Trekker cell names a person and the organisation, or "n.n.b." /
  "nog te bepalen"; one Planning cell "2027 (fase 1), 2029 (fase 2)".
- b10-besluitenlijst.txt: plain text, the besluitenlijst of a bestuurlijk overleg with decisions and numbered
  action points in running text.
- b10-inhoudsopgave.pdf: fpdf2, a table of contents that lists the action titles with page numbers, then
  an introduction page, then the ruled action table.
- b10-vraagkoppen.pdf: the HTML beside this script (project headings, each with the question sub-headings
  "Waarom?", "Wat gaan we doen?", "Wie doet het?", "Wanneer?"), converted by LibreOffice.
- b10-kamerbrief.pdf: reportlab, a Kamerbrief whose commitments are a numbered list under "Ik zeg u toe:",
  with group parties ("de waterschappen", "alle gemeenten in het Vechtdal", "de Rijkspartners").

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
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")


# ---------------------------------------------------------------- b10-deelacties.pdf (Kop van Noord-Holland)

# nr, title, description, trekker, partners, financier, periode ("" = inherited from the parent row)
SUB_ROWS = [
    (
        "1",
        "Zoetwaterbuffer Wieringermeer",
        "Een bassin voor overtollig winterwater, waaruit telers in droge zomers kunnen beregenen.",
        "HHNK",
        "Gem. Hollands Kroon, LTO Noord",
        "PNH",
        "2026-2028",
    ),
    (
        "2",
        "Programma Kustversterking Texel",
        "De zwakke plekken van de Texelse kust worden aangepakt in twee deelacties.",
        "HHNK",
        "Gem. Texel, RWS",
        "Min. IenW",
        "2026-2030",
    ),
    (
        "2a",
        "Duinversterking en zandsuppletie De Koog",
        "Extra zand op het strand en een bredere duinvoet tussen paal 20 en paal 24.",
        "",
        "RWS",
        "",
        "2026-2027",
    ),
    (
        "2b",
        "Klimaatbestendige dijk en haven Oudeschild",
        "Ophogen van de dijk en een nieuwe inrichting van de haven, met ruimte voor recreatie.",
        "Gem. Texel",
        "HHNK",
        "PNH",
        "2028-2030",
    ),
    (
        "3",
        "Hittebestendige binnenstad Den Helder",
        "Meer bomen, schaduw en water in de binnenstad en de wijk Nieuw Den Helder.",
        "Gem. Den Helder",
        "HHNK, Woningstichting Den Helder",
        "Gem. Den Helder",
        "2027-2029",
    ),
    (
        "4",
        "Aanpak verzilting polders Anna Paulowna",
        "Het zoute kwelwater in de polders rond het Amstelmeer wordt gemeten en teruggedrongen.",
        "HHNK",
        "PWN, LTO Noord",
        "PNH",
        "2026-2029",
    ),
    (
        "4a",
        "Meetnet zoutindringing Anna Paulowna",
        "Twintig nieuwe meetpunten voor het zoutgehalte in sloten en ondiep grondwater.",
        "",
        "PWN",
        "",
        "2026",
    ),
    (
        "4b",
        "Aanpassen van de inlaten en het doorspoelen van de polders",
        "Op basis van de metingen uit 4a worden de inlaten verplaatst en de spoelroutes aangepast.",
        "",
        "–",
        "HHNK, PNH",
        "2028-2029",
    ),
    (
        "5",
        "Monitoring en evaluatie van de agenda",
        "Jaarlijkse voortgangsrapportage en een eindevaluatie, na afronding van actie 1 en 2a.",
        "PNH",
        "Gem. Den Helder, Gem. Schagen, Gem. Hollands Kroon, Gem. Texel, HHNK",
        "PNH",
        "2030",
    ),
]

SUB_INTRO = [
    "De gemeenten Den Helder, Schagen, Hollands Kroon en Texel, het Hoogheemraadschap Hollands "
    "Noorderkwartier "
    "en de provincie Noord-Holland werken samen aan een Kop van Noord-Holland die ook in 2050 veilig en "
    "zoet is. Deze agenda bundelt de acties voor de periode 2026-2030.",
    "In de zomer van 2025 was het water in een deel van de sloten in de Wieringermeer te zout om te "
    "beregenen.",
    "Leeswijzer. Een actie met een letter (2a, 2b) is een deelactie van de actie met hetzelfde nummer. Is "
    "bij "
    "een deelactie de cel Trekker of Financier leeg, dan geldt de trekker of financier van de hoofdactie. De "
    "financier betaalt de actie en is opdrachtgever van de trekker. Een streepje bij Partners: er zijn geen "
    "partners.",
]


def sub_footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("DejaVu", 7.5)
    canvas.drawString(15 * mm, 9 * mm, "Uitvoeringsagenda Kust en Zoet Water Kop van Noord-Holland 2026-2030")
    canvas.drawRightString(282 * mm, 9 * mm, f"pagina {doc.page}")
    canvas.restoreState()


def build_deelacties(path: Path) -> None:
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=14, leading=18, spaceAfter=6)
    intro = ParagraphStyle("intro", fontName="DejaVu", fontSize=8.5, leading=11.5, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=8, leading=10)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=7.5, leading=10)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title="Uitvoeringsagenda Kust en Zoet Water Kop van Noord-Holland 2026-2030",
        author="Hoogheemraadschap Hollands Noorderkwartier",
        creator="blind10 build.py",
        invariant=1,
    )
    rows = [[Paragraph(h, head) for h in ("Nr.", "Actie", "Trekker", "Partners", "Financier", "Periode")]]
    sub_rows = []
    for i, (nr, name, desc, lead, partners, payer, when) in enumerate(SUB_ROWS, start=1):
        rows.append(
            [
                Paragraph(nr, cell),
                [Paragraph(f"<b>{name}</b>", cell), Paragraph(desc, cell)],
                Paragraph(lead, cell),
                Paragraph(partners, cell),
                Paragraph(payer, cell),
                Paragraph(when, cell),
            ]
        )
        if not nr.isdigit():
            sub_rows.append(i)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.9, 0.95)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    # sub-actions indented and shaded, as a word processor outline would show them
    for i in sub_rows:
        style.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.96, 0.96, 0.96)))
        style.append(("LEFTPADDING", (0, i), (1, i), 14))
    table = Table(rows, colWidths=(14 * mm, 105 * mm, 30 * mm, 55 * mm, 38 * mm, 25 * mm), repeatRows=1)
    table.setStyle(TableStyle(style))
    story = [
        Paragraph("Kop van Noord-Holland – HHNK – Provincie Noord-Holland", small),
        Spacer(1, 3),
        Paragraph("Uitvoeringsagenda Kust en Zoet Water Kop van Noord-Holland 2026-2030", title),
    ]
    story += [Paragraph(p, intro) for p in SUB_INTRO]
    story += [
        table,
        Spacer(1, 5),
        Paragraph(
            "Afkortingen: HHNK = Hoogheemraadschap Hollands Noorderkwartier; PNH = Provincie Noord-Holland; "
            "RWS = Rijkswaterstaat; PWN = PWN Waterleidingbedrijf Noord-Holland; Min. IenW = Ministerie van "
            "Infrastructuur en Waterstaat; Gem. = gemeente.",
            small,
        ),
    ]
    doc.build(story, onFirstPage=sub_footer, onLaterPages=sub_footer)


# ---------------------------------------------------------------- b10-trekkers.md (Noordoost-Twente)

TREKKER_ROWS = [
    (
        "NOT-1",
        "Beekherstel van de Dinkel tussen Lattrop en Denekamp",
        "M. Kamphuis (WS Vechtstromen)",
        "gem. Dinkelland, Landschap Overijssel",
        "2026-2028",
    ),
    (
        "NOT-2",
        "Klimaatadaptieve herinrichting van het centrum van Oldenzaal",
        "wethouder Scholten-Velthuis, gemeente Oldenzaal",
        "WS Vechtstromen",
        "2027 (fase 1), 2029 (fase 2)",
    ),
    (
        "NOT-3",
        "Droogteaanpak voor de landbouw op de stuwwal van Ootmarsum",
        "n.n.b.",
        "LTO Noord, WS Vechtstromen, prov. Overijssel",
        "2027-2028",
    ),
    (
        "NOT-4",
        "Schoon grondwater in de intrekgebieden van de drinkwaterwinningen",
        "J. ter Haar (Vitens)",
        "prov. Overijssel, gem. Losser",
        "vanaf 2027",
    ),
    (
        "NOT-5",
        "Erfbeplanting en houtwallen in het buitengebied van Tubbergen",
        "H. Oude Kotte (gem. Tubbergen)",
        "Landschap Overijssel",
        "2026-2029",
    ),
    (
        "NOT-6",
        "Waterberging bij Vasse en Mander, afhankelijk van de uitkomsten van NOT-3",
        "nog te bepalen",
        "gem. Tubbergen, WS Vechtstromen",
        "2029",
    ),
    (
        "NOT-7",
        "Wandel- en fietsroutes langs de Dinkel, in samenhang met NOT-1",
        "A. Lansink, projectleider gem. Losser",
        "gem. Dinkelland, Landschap Overijssel",
        "2027 (fase 1), 2028 (fase 2)",
    ),
    (
        "NOT-8",
        "Monitoring en jaarlijkse voortgangsrapportage",
        "P. Nijhuis (Regio Twente)",
        "gem. Dinkelland, gem. Losser, gem. Oldenzaal, gem. Tubbergen",
        "doorlopend",
    ),
]


TREKKERS_TEMPLATE = """\
# Uitvoeringsagenda Water en Landschap Noordoost-Twente 2026-2029

*Gemeenten Dinkelland, Losser, Oldenzaal en Tubbergen, Waterschap Vechtstromen en provincie Overijssel*

De vier gemeenten van Noordoost-Twente, Waterschap Vechtstromen en de provincie Overijssel werken samen aan
beken, erven en landschap die tegen droogte en hevige buien kunnen. De stuurgroep heeft de agenda op
10 november 2026 vastgesteld.

In het voorjaar van 2025 viel de Dinkel bij Losser over een lengte van vier kilometer droog.

**Leeswijzer.** Bij elke actie staat de trekker: de persoon die de actie namens zijn of haar organisatie
trekt. Is de trekker nog niet bekend, dan staat er "n.n.b." of "nog te bepalen". De meewerkende partijen
voeren de actie samen met de trekker uit.

{table}

Afkortingen: WS Vechtstromen = Waterschap Vechtstromen; prov. = provincie; gem. = gemeente; n.n.b. = nog niet
bekend. Bij "fase 1" en "fase 2" staat het jaar waarin die fase wordt uitgevoerd.
"""


def trekkers_md() -> str:
    """The Markdown document: the template with its pipe table, one line per action."""
    lines = ["| Nr. | Actie | Trekker | Meewerkende partijen | Planning |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in TREKKER_ROWS]
    return TREKKERS_TEMPLATE.format(table="\n".join(lines))


# ---------------------------------------------------------------- b10-besluitenlijst.txt (West-Brabant)

BESLUITENLIJST_TXT = """\
BESLUITENLIJST BESTUURLIJK OVERLEG WATER WEST-BRABANT

Datum:     19 november 2026, 14.00-16.30 uur
Locatie:   Waterschapshuis Breda

Aanwezig:  Waterschap Brabantse Delta (WBD, voorzitter), gem. Roosendaal, gem. Etten-Leur, gem. Moerdijk,
           gem. Halderberge, Provincie Noord-Brabant, Brabant Water, Regio West-Brabant (RWB, secretariaat)
Afwezig:   gem. Zundert (bericht van verhindering)


1. Opening en vaststelling agenda

De voorzitter opent het overleg. De agenda wordt ongewijzigd vastgesteld.


2. Verslag en actiepunten van 17 september 2026

Besluit: het verslag van 17 september 2026 wordt zonder wijzigingen vastgesteld.
Het actiepunt uit dat overleg over de kaart met wateroverlast in Roosendaal is afgerond; de kaart is in
oktober aan de raad gestuurd.


3. Zoetwateraanpak West-Brabant

WBD licht de uitgangspunten toe. In de zomer van 2025 was er in delen van West-Brabant een onttrekkingsverbod
voor oppervlaktewater.

Besluit: het BO stemt in met de uitgangspunten voor de Zoetwateraanpak West-Brabant.

Actiepunt 1: WBD werkt de uitgangspunten samen met Brabant Water en de provincie vóór 1 april 2027 uit tot een
uitvoeringsplan.


4. Klimaatadaptatie in de kernen

Besluit: het BO neemt kennis van de stresstest van gem. Etten-Leur.

Actiepunt 2: gem. Etten-Leur voert in 2027 de risicodialoog over hitte en wateroverlast met bewoners en
bedrijven.

Actiepunt 3: gem. Roosendaal start in Q2 2027, samen met gem. Halderberge, een proef met groene
schoolpleinen die regenwater vasthouden.

Besluit: de werkgroep Klimaatadaptatie wordt opgeheven; haar taken gaan over naar de ambtelijke kerngroep.


5. Dijkversterking Moerdijk

Actiepunt 4: WBD stuurt vóór 1 maart 2027 de planning van de dijkversterking langs het Hollands Diep bij
Moerdijk naar de leden van het BO.

Actiepunt 5: na afronding van actiepunt 4 organiseert de provincie in het voorjaar van 2027 een werksessie met
gem. Moerdijk over de ruimtelijke inpassing van de dijk.


6. Drinkwater en droogte

Brabant Water meldt dat het drinkwatergebruik in de zomer van 2026 op meerdere dagen boven de capaciteit lag.

Actiepunt 6: Brabant Water levert uiterlijk eind 2026 de cijfers over het drinkwatergebruik per kern aan.

Besluit: het BO stelt de bijdrage per gemeente voor 2027 vast op € 0,50 per inwoner.


7. Voortgang en volgend overleg

Actiepunt 7: RWB stelt op basis van actiepunt 1 en 2 de regionale voortgangsrapportage 2027 op, gereed vóór
1 oktober 2027.

Het volgende overleg is op 11 maart 2027.


8. Rondvraag en sluiting

Gem. Halderberge vraagt of de provincie bijdraagt aan de proef met groene schoolpleinen. De provincie bekijkt
dat bij de openstelling van de subsidieregeling. Geen actiepunt.
De voorzitter sluit het overleg om 16.20 uur.
"""


# ---------------------------------------------------------------- b10-inhoudsopgave.pdf (Parkstad Limburg)

# nr, actie, trekker, partners, looptijd
TOC_ROWS = [
    ("3.1", "Herstructurering Kerkrade-West", "HEEMwonen", "Gem. Kerkrade, Prov. Limburg", "2026-2029"),
    (
        "3.2",
        "Verduurzaming particuliere woningen in Landgraaf",
        "Gem. Landgraaf",
        "Parkstad Limburg",
        "2027-2028",
    ),
    ("3.3", "Aanpak leegstand winkelcentrum Brunssum", "Gem. Brunssum", "Weller", "vanaf 2027"),
    ("3.4", "Klimaatadaptieve wijkvernieuwing Heerlen-Noord", "Gem. Heerlen", "Weller, WL", "2026-2029"),
    (
        "3.5",
        "Herstel van de Anstelerbeek, in samenhang met actie 3.1",
        "WL",
        "Gem. Kerkrade, Gem. Landgraaf",
        "2027-2029",
    ),
    (
        "3.6",
        "Woningbehoefteonderzoek Parkstad 2028, op basis van de resultaten van actie 3.1 en 3.2",
        "Parkstad Limburg",
        "Prov. Limburg",
        "2028",
    ),
    (
        "3.7",
        "Monitor leefbaarheid Parkstad",
        "Parkstad Limburg",
        "Gem. Heerlen, Gem. Kerkrade, Gem. Landgraaf, Gem. Brunssum",
        "doorlopend",
    ),
]
# the table of contents: (number, entry, page); the titles of the actions are listed as in the table
TOC = [
    ("1", "Inleiding", 2),
    ("2", "Leeswijzer", 2),
    ("3", "Acties", 3),
    ("3.1", "Herstructurering Kerkrade-West", 3),
    ("3.2", "Verduurzaming particuliere woningen in Landgraaf", 3),
    ("3.3", "Aanpak leegstand winkelcentrum Brunssum", 3),
    ("3.4", "Klimaatadaptieve wijkvernieuwing Heerlen-Noord", 3),
    ("3.5", "Herstel van de Anstelerbeek", 3),
    ("3.6", "Woningbehoefteonderzoek Parkstad 2028", 3),
    ("3.7", "Monitor leefbaarheid Parkstad", 3),
    ("4", "Financiën", 4),
]


class TocPDF(FPDF):
    """fpdf2 document with the running footer of the programme."""

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        text = f"Uitvoeringsprogramma Wonen en Leefbaarheid Parkstad Limburg - {self.page_no()}"
        self.cell(0, 5, text, align="R")


def build_inhoudsopgave(path: Path) -> None:
    pdf = TocPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 18, 10, 0, 0))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    width = 210 - 44

    # page 1: title and table of contents
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 6, "Parkstad Limburg", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 17)
    title = "Uitvoeringsprogramma Wonen en Leefbaarheid Parkstad Limburg 2026-2029"
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "Inhoud", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for nr, entry, page in TOC:
        sub = "." in nr
        pdf.set_font("DejaVu", "" if sub else "B", 10)
        indent = 8 if sub else 0
        label = f"{nr}  {entry} "
        pdf.set_x(22 + indent)
        text_w = pdf.get_string_width(label)
        dots_w = width - indent - text_w - 10
        dots = "." * max(3, int(dots_w / pdf.get_string_width(".")))
        pdf.cell(text_w, 6.5, label)
        pdf.cell(dots_w, 6.5, dots)
        pdf.cell(10, 6.5, str(page), align="R", new_x="LMARGIN", new_y="NEXT")

    # page 2: introduction and reading guide
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "1  Inleiding", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for text in (
        "De gemeenten Brunssum, Heerlen, Kerkrade en Landgraaf, Parkstad Limburg, de provincie Limburg, "
        "Waterschap Limburg en de woningcorporaties HEEMwonen en Weller werken samen aan wijken waar het "
        "goed wonen is, ook als de bevolking krimpt en het klimaat verandert.",
        "Tussen 2010 en 2025 nam het aantal inwoners van Parkstad met ruim zes procent af; in sommige "
        "buurten "
        "staat een op de tien woningen leeg.",
        "Het Algemeen Bestuur van Parkstad Limburg heeft dit uitvoeringsprogramma op 20 november 2026 "
        "vastgesteld.",
    ):
        pdf.multi_cell(0, 5.4, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "2  Leeswijzer", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for text in (
        "Hoofdstuk 3 bevat de tabel met de zeven acties van het programma. De trekker is verantwoordelijk "
        "voor "
        "de uitvoering; de partners werken mee. De looptijd geeft de jaren waarin de actie loopt.",
        "Hoofdstuk 4 geeft de financiële bijdragen van de partners.",
    ):
        pdf.multi_cell(0, 5.4, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    # page 3: the action table
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "3  Acties", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(
        col_widths=(12, 62, 28, 40, 24),
        line_height=5,
        padding=1.8,
        borders_layout="ALL",
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 232, 240)),
    ) as table:
        row = table.row()
        for h in ("Nr.", "Actie", "Trekker", "Partners", "Looptijd"):
            row.cell(h)
        for values in TOC_ROWS:
            row = table.row()
            for v in values:
                row.cell(v)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(
        0,
        4.4,
        "Afkortingen: Gem. = gemeente; Prov. Limburg = Provincie Limburg; WL = Waterschap Limburg; Parkstad "
        "Limburg = de gemeenschappelijke regeling van de zeven Parkstadgemeenten.",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    # page 4: finances (no actions)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "4  Financiën", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(
        0,
        5.4,
        "De provincie Limburg draagt in de periode 2026-2029 in totaal € 12 miljoen bij uit de Regiodeal "
        "Parkstad; de gemeenten en corporaties dragen samen hetzelfde bedrag bij.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


# ---------------------------------------------------------------- b10-kamerbrief.pdf (Vechtdal, IenW)

KB_PARAS_BEFORE = [
    "Geachte voorzitter,",
    "In deze brief informeer ik uw Kamer over de voortgang van Ruimte voor de Vecht en over de "
    "hoogwaterveiligheid in het Vechtdal. Ik doe daarmee de toezegging gestand uit het commissiedebat Water "
    "van 8 oktober 2026.",
    "In het Vechtdal werk ik samen met de gemeenten Hardenberg, Ommen en Dalfsen, de provincie Overijssel, "
    "Waterschap Vechtstromen en Waterschap Drents Overijsselse Delta (hierna: de waterschappen) en met "
    "Rijkswaterstaat en het Rijksvastgoedbedrijf (hierna: de Rijkspartners).",
    "Bij het hoogwater van januari 2024 stond de Vecht bij Ommen op het hoogste peil sinds 1998. Op "
    "verschillende plaatsen moesten de waterschappen de dijken met zandzakken verhogen.",
    "Waterschap Vechtstromen begint in 2027 met de versterking van de dijk bij Junne.",
    "De motie van het lid Brink (36 410-J, nr. 24) verzoekt de regering om het winterbed van de Vecht vrij "
    "te "
    "houden van nieuwe bebouwing.",
    "Ik zeg u toe:",
]
KB_PROMISES = [
    "Ik stuur uw Kamer vóór 1 juli 2027 de voorkeursstrategie voor de hoogwaterveiligheid langs de Vecht "
    "tussen Hardenberg en Dalfsen.",
    "Samen met de waterschappen start ik in 2027 een verkenning naar extra ruimte voor de rivier bij Ommen.",
    "Met alle gemeenten in het Vechtdal en de provincie Overijssel maak ik uiterlijk eind 2027 afspraken "
    "over "
    "het vrijhouden van het winterbed bij nieuwe woningbouw.",
    "De Rijkspartners brengen in 2027 en 2028 in mijn opdracht hun gronden langs de Vecht in kaart die voor "
    "rivierverruiming kunnen worden ingezet.",
    "Na afronding van de verkenning onder 2 stel ik vanaf 2029 middelen uit het Deltafonds beschikbaar voor "
    "de "
    "uitvoering.",
    "Ik laat Deltares in 2027 onderzoeken hoe de afvoer van de Vecht bij extreme neerslag in Duitsland "
    "verandert.",
    "Ik informeer uw Kamer vanaf 2027 jaarlijks, in samenhang met het Deltaprogramma, over de voortgang.",
]
KB_PARAS_AFTER = [
    "Als uit de verkenning blijkt dat de dijk bij Ommen al voor 2030 moet worden versterkt, zal ik uw Kamer "
    "daarover afzonderlijk informeren.",
    "Heeft uw Kamer naar aanleiding van deze brief nog vragen, dan beantwoord ik die graag.",
    "De minister van Infrastructuur en Waterstaat,",
]


def build_kamerbrief(path: Path) -> None:
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=9.5, leading=13.5, spaceAfter=7)
    item = ParagraphStyle("item", parent=base, leftIndent=16, firstLineIndent=-12, spaceAfter=4)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=7.5, leading=10)
    label = ParagraphStyle("label", fontName="DejaVu-Bold", fontSize=9.5, leading=13.5)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=30 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Voortgang Ruimte voor de Vecht en hoogwaterveiligheid Vechtdal",
        author="Ministerie van Infrastructuur en Waterstaat",
        creator="blind10 build.py",
        invariant=1,
    )
    meta = Table(
        [
            [Paragraph("Datum", small), Paragraph("27 november 2026", small)],
            [
                Paragraph("Betreft", small),
                Paragraph("Voortgang Ruimte voor de Vecht en hoogwaterveiligheid Vechtdal", small),
            ],
            [Paragraph("Ons kenmerk", small), Paragraph("IENW/BSK-2026/318842", small)],
        ],
        colWidths=(25 * mm, 120 * mm),
        hAlign="LEFT",
    )
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Ministerie van Infrastructuur en Waterstaat", label),
        Paragraph("&gt; Retouradres Postbus 20901 2500 EX Den Haag", small),
        Spacer(1, 8),
        Paragraph(
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den "
            "Haag",
            base,
        ),
        Spacer(1, 6),
        meta,
        Spacer(1, 12),
    ]
    story += [Paragraph(p, base) for p in KB_PARAS_BEFORE]
    story += [Paragraph(f"{i}.&nbsp;&nbsp;{p}", item) for i, p in enumerate(KB_PROMISES, start=1)]
    story.append(Spacer(1, 6))
    story += [Paragraph(p, base) for p in KB_PARAS_AFTER]
    doc.build(story)


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind10-") as tmp:
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
    build_deelacties(OUT / "b10-deelacties.pdf")
    build_inhoudsopgave(OUT / "b10-inhoudsopgave.pdf")
    build_kamerbrief(OUT / "b10-kamerbrief.pdf")
    (OUT / "b10-trekkers.md").write_text(trekkers_md(), encoding="utf-8")
    (OUT / "b10-besluitenlijst.txt").write_text(BESLUITENLIJST_TXT, encoding="utf-8")
    soffice(MAKE / "b10-uitvoerders.html", OUT)
    soffice(MAKE / "b10-vraagkoppen.html", OUT)
    for p in sorted(OUT.glob("b10-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
