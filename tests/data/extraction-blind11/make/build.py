"""Build the blind11 documents.

- b11-raci.pdf: fpdf2, a landscape RACI MATRIX: actions as rows, seven organisations as abbreviated columns,
  cells "R", "A", "C", "I" or "R/A", with a legend that says what each letter means.
- b11-bestuursovereenkomst.pdf: reportlab, a bestuursovereenkomst with ARTICLES PER PARTY ("Artikel 4
  Inspanningen van de provincie") whose numbered items 4.1, 4.2 ... never repeat the party's name and carry
  their deadlines.
- b11-maatregelen.pdf: the HTML beside this script (a ruled table "Maatregel | Eigenaar | Betrokken partijen |
  Budget | Gereed" with hierarchical codes "2.1.3" and grey theme rows), converted by LibreOffice.
- b11-raadsinformatiebrief.pdf: reportlab, a raadsinformatiebrief of the college van B&W with commitments in
  passive voice and "wij"-prose, past facts and other sentences that are no commitments.
- b11-vaste-breedte.txt: a FIXED-WIDTH plain-text table, columns aligned with spaces, cells wrapping onto
  continuation lines (also the Trekker and Partners cells).
- b11-start-einde.md: a Markdown pipe table whose period is in two columns "Start | Einde" with months and
  quarters ("sep 2026 | dec 2027", "Q2 2027 | Q4 2028", "2026 | doorlopend").
- b11-afhankelijkheden.pdf: fpdf2, a ruled table with the dependency columns "Afhankelijk van" and "Relatie
  met" (codes), and Trekker cells "zie 3", "zie 1" and "idem".

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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CREATED = datetime.datetime(2026, 11, 20, 10, 0, 0)


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")


class FooterPDF(FPDF):
    """fpdf2 document with a running footer naming the programme."""

    footer_text = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 5, f"{self.footer_text}  -  pagina {self.page_no()}", align="R")


def new_pdf(orientation: str, footer: str) -> FooterPDF:
    pdf = FooterPDF(orientation=orientation, format="A4")
    pdf.footer_text = footer
    pdf.set_creation_date(CREATED)
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    return pdf


def paragraphs(pdf: FPDF, texts: list[str], size: float = 9.5) -> None:
    pdf.set_font("DejaVu", "", size)
    for text in texts:
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.8)


# ---------------------------------------------------------------- b11-raci.pdf (Arnhem-Nijmegen)

RACI_TITLE = "Uitvoeringsprogramma Klimaatadaptatie Groene Metropoolregio Arnhem-Nijmegen 2026-2029"
RACI_ORGS = ("GMR", "ARN", "NIJ", "LNG", "GLD", "WSRL", "VIT")
# code, actie (title, then a sentence), planning, one cell per organisation in RACI_ORGS
RACI_ROWS = [
    (
        "AN-01",
        "Regionale stresstest hitte en wateroverlast. Actualisatie van de stresstest uit 2019 voor alle "
        "gemeenten.",
        "2026",
        ("R", "C", "C", "C", "A", "C", "I"),
    ),
    (
        "AN-02",
        "Hittebestendige binnenstad Arnhem. Meer groen en schaduw rond de Jansbeek, op basis van de "
        "stresstest (AN-01).",
        "2027-2029",
        ("", "R/A", "", "", "I", "C", ""),
    ),
    (
        "AN-03",
        "Waterberging Waalsprong Nijmegen. Extra berging in de wijken Lent en Oosterhout.",
        "2027-2028",
        ("I", "", "R", "C", "", "A", ""),
    ),
    (
        "AN-04",
        "Afkoppelen regenwater Bemmel en Huissen. Regenwater van daken en straten naar de bodem in plaats "
        "van het riool.",
        "vanaf 2027",
        ("A", "", "", "R", "I", "C", "C"),
    ),
    (
        "AN-05",
        "Grondwatermeetnet stuwwal Nijmegen-Groesbeek. Meetpunten voor grondwaterstand en -kwaliteit.",
        "2026-2027",
        ("", "", "I", "", "A", "C", "R"),
    ),
    (
        "AN-06",
        "Subsidieregeling groene daken en tuinen. Een regeling voor inwoners en bedrijven in de hele regio.",
        "2026-2029",
        ("C", "I", "I", "I", "R/A", "", ""),
    ),
    (
        "AN-07",
        "Hoogwaterbestendige Waalkade Nijmegen. Een verhoogde kade met verblijfsplekken, in samenhang met "
        "AN-03.",
        "Q3 2027 - Q4 2029",
        ("I", "", "R", "", "C", "A", ""),
    ),
    (
        "AN-08",
        "Monitoring en jaarlijkse voortgangsrapportage. Start na afronding van AN-01.",
        "vanaf 2027 jaarlijks",
        ("R", "I", "I", "I", "A", "I", "I"),
    ),
]


def build_raci(path: Path) -> None:
    pdf = new_pdf("L", RACI_TITLE)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Groene Metropoolregio Arnhem-Nijmegen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, RACI_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    paragraphs(
        pdf,
        [
            "De gemeenten Arnhem, Nijmegen en Lingewaard, de provincie Gelderland, Waterschap Rivierenland "
            "en "
            "Vitens werken in de Groene Metropoolregio samen aan een regio die bestand is tegen hitte, "
            "hevige "
            "buien en droogte. De regioraad heeft dit programma op 18 november 2026 vastgesteld.",
            "In juni 2024 liepen na een hoosbui in Lent en Oosterhout tientallen kelders onder water.",
            "Leeswijzer. De tabel geeft per actie de rol van elke organisatie volgens de RACI-methode:",
        ],
        9,
    )
    pdf.set_font("DejaVu", "", 8.5)
    for line in (
        "R = uitvoerend: de trekker van de actie",
        "A = eindverantwoordelijk: de opdrachtgever van de trekker",
        "C = geraadpleegd: partner die meewerkt aan de uitvoering",
        "I = geïnformeerd: betrokken, wordt op de hoogte gehouden",
        "Elke actie heeft één R en één A. R/A: de organisatie is trekker en tegelijk eindverantwoordelijk.",
    ):
        pdf.set_x(22)
        pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(
        col_widths=(15, 118, 30) + (16,) * len(RACI_ORGS),
        line_height=4.6,
        padding=1.5,
        borders_layout="ALL",
        text_align=("LEFT", "LEFT", "LEFT") + ("CENTER",) * len(RACI_ORGS),
        headings_style=FontFace(emphasis="BOLD", fill_color=(226, 234, 220)),
    ) as table:
        row = table.row()
        for h in ("Code", "Actie", "Planning") + RACI_ORGS:
            row.cell(h)
        for code, actie, planning, cells in RACI_ROWS:
            row = table.row()
            row.cell(code)
            row.cell(actie)
            row.cell(planning)
            for c in cells:
                row.cell(c)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.multi_cell(
        0,
        4,
        "Afkortingen: GMR = Groene Metropoolregio Arnhem-Nijmegen; ARN = gemeente Arnhem; NIJ = gemeente "
        "Nijmegen; LNG = gemeente Lingewaard; GLD = provincie Gelderland; WSRL = Waterschap Rivierenland; "
        "VIT = "
        "Vitens.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


# ---------------------------------------------------------------- b11-bestuursovereenkomst.pdf (Maastricht)

BO_TITLE = "Bestuursovereenkomst Maasoevers en Hoogwaterbescherming Maastricht 2026-2030"
BO_PARTIES = [
    "1. Gedeputeerde Staten van de provincie Limburg, namens deze de gedeputeerde voor Water en Natuur, "
    "hierna: "
    "de provincie;",
    "2. Het college van burgemeester en wethouders van de gemeente Maastricht, namens deze de wethouder voor "
    "Openbare Ruimte, hierna: de gemeente;",
    "3. Het dagelijks bestuur van Waterschap Limburg, namens deze de dijkgraaf, hierna: het waterschap;",
    "hierna gezamenlijk: partijen.",
]
BO_CONSIDERING = [
    "a. de Maas bij Borgharen in juli 2021 het hoogste peil sinds 1911 bereikte;",
    "b. partijen de Maasoevers tussen Borgharen en de Sint Servaasbrug veilig, groen en toegankelijk willen "
    "maken;",
    "c. de provincie Limburg en het waterschap hiervoor in 2025 een gezamenlijke verkenning hebben "
    "uitgevoerd;",
]
# (heading, [(number or "", text)])
BO_ARTICLES = [
    (
        "Artikel 1 Begrippen",
        [
            ("", "In deze overeenkomst wordt verstaan onder:"),
            ("", "a. programma: het programma Maasoevers Maastricht 2026-2030;"),
            ("", "b. stuurgroep: het bestuurlijk overleg van partijen, bedoeld in artikel 8."),
        ],
    ),
    (
        "Artikel 2 Doel",
        [
            (
                "",
                "Deze overeenkomst legt vast welke inspanningen partijen leveren om het programma uit te "
                "voeren.",
            )
        ],
    ),
    (
        "Artikel 3 Looptijd",
        [
            (
                "",
                "Deze overeenkomst treedt in werking op de dag na ondertekening en eindigt op 31 december "
                "2030.",
            )
        ],
    ),
    (
        "Artikel 4 Inspanningen van de provincie",
        [
            (
                "4.1",
                "Stelt uiterlijk 1 juli 2027 een integrale gebiedsvisie Maasoevers Maastricht op, samen met "
                "de gemeente.",
            ),
            (
                "4.2",
                "Draagt zorg voor de aanleg van een doorgaande fietsverbinding langs de westoever tussen "
                "Borgharen en de Noorderbrug, gereed uiterlijk eind 2028.",
            ),
            (
                "4.3",
                "Voert vanaf 2027 de regie over de monitoring van de waterkwaliteit van de Maas, op basis "
                "van "
                "het meetplan uit artikel 6.2.",
            ),
        ],
    ),
    (
        "Artikel 5 Inspanningen van de gemeente",
        [
            (
                "5.1",
                "Past uiterlijk 31 december 2027 het omgevingsplan aan voor de Maasoevers, na afronding van "
                "de "
                "gebiedsvisie uit artikel 4.1.",
            ),
            (
                "5.2",
                "Richt in 2028 en 2029 de Maasboulevard en de kade bij het Bassin klimaatbestendig in, samen "
                "met het waterschap.",
            ),
            (
                "5.3",
                "Informeert vanaf 2027 twee keer per jaar de bewoners van Borgharen en Itteren over de "
                "voortgang van de werkzaamheden.",
            ),
        ],
    ),
    (
        "Artikel 6 Inspanningen van het waterschap",
        [
            (
                "6.1",
                "Versterkt de waterkering bij Borgharen en Itteren, gereed uiterlijk in 2030, in samenhang "
                "met "
                "de fietsverbinding uit artikel 4.2.",
            ),
            (
                "6.2",
                "Stelt vóór 1 april 2027 een meetplan op voor de waterkwaliteit van de Maas en de Jeker, "
                "samen "
                "met Rijkswaterstaat.",
            ),
        ],
    ),
    (
        "Artikel 7 Financiën",
        [
            ("7.1", "Partijen dragen ieder de kosten van hun eigen inspanningen."),
            ("7.2", "De provincie draagt € 4,5 miljoen bij aan de inrichting van de Maasboulevard."),
        ],
    ),
    (
        "Artikel 8 Stuurgroep",
        [
            (
                "",
                "De stuurgroep komt ten minste twee keer per jaar bijeen en bewaakt de voortgang van het "
                "programma.",
            )
        ],
    ),
    (
        "Artikel 9 Wijziging en geschillen",
        [
            (
                "9.1",
                "Elke partij kan de andere partijen schriftelijk verzoeken deze overeenkomst te wijzigen.",
            ),
            (
                "9.2",
                "Partijen leggen een geschil eerst voor aan de stuurgroep voordat zij naar de rechter gaan.",
            ),
        ],
    ),
]
BO_SIGNED = "Aldus overeengekomen en in drievoud ondertekend te Maastricht op 20 november 2026."


def build_bestuursovereenkomst(path: Path) -> None:
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=14, leading=18, spaceAfter=8)
    head = ParagraphStyle(
        "head", fontName="DejaVu-Bold", fontSize=10, leading=13, spaceBefore=7, spaceAfter=3
    )
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=3)
    item = ParagraphStyle("item", parent=base, leftIndent=9 * mm, firstLineIndent=-9 * mm)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=BO_TITLE,
        author="Provincie Limburg",
        creator="blind11 build.py",
        invariant=1,
    )
    story = [Paragraph(BO_TITLE, title), Paragraph("<b>Partijen</b>", base)]
    story += [Paragraph(p, base) for p in BO_PARTIES]
    story.append(Paragraph("<b>Overwegende dat</b>", base))
    story += [Paragraph(p, item) for p in BO_CONSIDERING]
    story.append(Paragraph("<b>Komen het volgende overeen:</b>", base))
    for heading, items in BO_ARTICLES:
        story.append(Paragraph(heading, head))
        for number, text in items:
            if number:
                story.append(Paragraph(f"{number}&nbsp;&nbsp;{text}", item))
            else:
                story.append(Paragraph(text, base))
    story.append(Spacer(1, 10))
    story.append(Paragraph(BO_SIGNED, base))
    story.append(Spacer(1, 6))
    story.append(
        Paragraph(
            "De provincie Limburg, gedeputeerde &nbsp;&nbsp;&nbsp; De gemeente Maastricht, wethouder "
            "&nbsp;&nbsp;&nbsp; Waterschap Limburg, dijkgraaf",
            base,
        )
    )
    doc.build(story)


# ---------------------------------------------------------------- b11-raadsinformatiebrief.pdf (Goeree)

RIB_PARAS = [
    "Geachte leden van de raad,",
    "Met deze raadsinformatiebrief informeren wij u over de Gebiedsagenda Zoetwater Goeree-Overflakkee. Die "
    "agenda "
    "hebben wij op 12 november 2026 ondertekend met Waterschap Hollandse Delta (hierna: het waterschap), de "
    "provincie Zuid-Holland (hierna: de provincie), Evides Waterbedrijf (hierna: Evides), Rijkswaterstaat "
    "en LTO "
    "Noord.",
    "<b>Aanleiding</b>",
    "In augustus 2025 moesten telers in de Oostflakkeese polders het beregenen staken, omdat het slootwater "
    "te "
    "zout was geworden. De motie Zoet water voor de Flakkeese landbouw, die uw raad op 3 juli 2026 aannam, "
    "vraagt "
    "ons college om samen met de partners een aanpak op te stellen.",
    "<b>Wat hebben wij afgesproken?</b>",
    "In de gebiedsagenda staan de volgende afspraken. Door de provincie wordt in 2027 een zoetwaterstrategie "
    "voor Goeree-Overflakkee opgesteld, in samenwerking met het waterschap. Het waterschap neemt het "
    "voortouw "
    "bij de aanleg van een zoetwateraanvoer vanuit het Haringvliet naar de polders rond Oude-Tonge; wij en "
    "LTO "
    "Noord werken daaraan mee en de aanleg begint in 2028.",
    "Wij zullen vóór de zomer van 2027 een beleidsregel voor zoetwateropslag op boerenerven vaststellen, "
    "zodat "
    "telers sneller een vergunning voor een bassin krijgen. Samen met Evides onderzoeken wij in 2027 of "
    "regenwater van bedrijfsdaken op het bedrijventerrein Oostplaat kan worden hergebruikt.",
    "De zoutmetingen in het Haringvliet en de Zuidpolder worden vanaf 2027 door Rijkswaterstaat uitgebreid. "
    "Uiterlijk eind 2028 wordt door ons het omgevingsplan aangepast voor de zoetwaterbassins in het "
    "buitengebied.",
    "<b>Wat doen anderen?</b>",
    "Los van de gebiedsagenda organiseert LTO Noord in het voorjaar van 2027 eigen bijeenkomsten voor "
    "telers over "
    "zuinig watergebruik.",
    "<b>Financiën en vervolg</b>",
    "De kosten van de beleidsregel vallen binnen de begroting 2027. Als de proef met regenwater slaagt, "
    "kunnen "
    "wij die uitbreiden naar andere bedrijventerreinen. Wij informeren u vanaf 2027 jaarlijks over de "
    "voortgang "
    "van de gebiedsagenda.",
    "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.",
    "Met vriendelijke groet,<br/>Burgemeester en wethouders van Goeree-Overflakkee,<br/>de secretaris, "
    "de burgemeester,",
]


def build_raadsinformatiebrief(path: Path) -> None:
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=10, leading=14, spaceAfter=6)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=8.5, leading=11)
    label = ParagraphStyle("label", fontName="DejaVu-Bold", fontSize=12, leading=16, spaceAfter=4)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Raadsinformatiebrief Gebiedsagenda Zoetwater Goeree-Overflakkee",
        author="Gemeente Goeree-Overflakkee",
        creator="blind11 build.py",
        invariant=1,
    )
    story = [
        Paragraph("Gemeente Goeree-Overflakkee", label),
        Paragraph("Raadsinformatiebrief", small),
        Spacer(1, 6),
        Paragraph("Aan: de gemeenteraad van Goeree-Overflakkee", small),
        Paragraph("Van: het college van burgemeester en wethouders", small),
        Paragraph("Datum: 25 november 2026", small),
        Paragraph("Onderwerp: Gebiedsagenda Zoetwater Goeree-Overflakkee", small),
        Spacer(1, 12),
    ]
    story += [Paragraph(p, base) for p in RIB_PARAS]
    doc.build(story)


# ---------------------------------------------------------------- b11-vaste-breedte.txt (West-Friesland)

VASTE_BREEDTE_TXT = """\
REGIO WEST-FRIESLAND
Uitvoeringsagenda Bodem en Water West-Friesland 2026-2029
Bijlage 1: actietabel (export uit het registratiesysteem, 18-11-2026)

De zeven Westfriese gemeenten, het Hoogheemraadschap Hollands Noorderkwartier en de provincie Noord-Holland
werken samen aan een West-Friesland waar water en bodem sturend zijn bij de keuzes voor wonen en landbouw.
In de droge zomer van 2022 zakte het grondwater in de Westfriese polders tot een halve meter onder het
gewone peil.

Nr.    Actie                            Trekker        Partners              Periode
-----  -------------------------------  -------------  --------------------  ----------
WF-01  Zoetwaterbuffers in de polders   HHNK           LTO Noord,            2026-2028
       Drieban en Het Grootslag: drie                  Gem. Stede Broec,
       proefbassins voor beregening                    Gem. Drechterland
WF-02  Klimaatbestendige herinrichting  Gem. Hoorn     HHNK, Intermaris      2027-2029
       van de wijk Kersenboogerd in
       Hoorn
WF-03  Meetnet zoutindringing langs de  HHNK           PWN, Gem. Enkhuizen,  2026-2027
       IJsselmeerkust                                  Gem. Medemblik
WF-04  Slimme inlaten en stuwen in de   HHNK           LTO Noord             vanaf 2028
       Westfriese polders, op basis
       van de metingen uit WF-03
WF-05  Regionale bodemkaart voor        Regio West-    PNH, HHNK             2026
       bouwlocaties                     Friesland
WF-06  Afwegingskader water en bodem    PNH            RWF, HHNK             2027
       bij woningbouw, na afronding
       van WF-05
WF-07  Evaluatie en actualisatie van    RWF            HHNK, PNH,            uiterlijk
       de agenda, in samenhang met                     Gem. Koggenland,      2029
       WF-06                                           Gem. Opmeer

Leeswijzer: de trekker is verantwoordelijk voor de uitvoering; de partners werken mee. Een cel die niet op
een regel past, loopt door op de volgende regel(s) in dezelfde kolom.
Afkortingen: Gem. = gemeente; HHNK = Hoogheemraadschap Hollands Noorderkwartier; PNH = provincie
Noord-Holland; PWN = PWN Waterleidingbedrijf Noord-Holland; RWF = Regio West-Friesland.
Het Westfries Overleg Water en Bodem bespreekt de voortgang twee keer per jaar.
"""


# ---------------------------------------------------------------- b11-start-einde.md (Midden-Limburg)

START_EINDE_HEAD = """\
# Uitvoeringsagenda Maas en Beken Midden-Limburg 2026-2029

De gemeenten Roermond, Weert, Leudal, Maasgouw en Roerdalen, Waterschap Limburg en de provincie Limburg werken
samen aan de Maas en de beken in Midden-Limburg. De Stuurgroep Maas en Beken heeft deze agenda op 16 november
2026 vastgesteld.

Tijdens het hoogwater van juli 2021 liepen in Roermond en Roerdalen straten en kelders onder.

Leeswijzer: de trekker is verantwoordelijk voor de actie, de partners werken mee. Start en Einde geven de
maand of het kwartaal waarin de actie begint en eindigt; "doorlopend" betekent dat de actie geen einddatum
heeft.

"""
# nr, actie, trekker, partners, start, einde
START_EINDE_ROWS = [
    (
        "ML-1",
        "Hoogwaterbescherming Roermond-Oost langs de Roer",
        "WL",
        "Gem. Roermond, RWS",
        "Q2 2027",
        "Q4 2028",
    ),
    (
        "ML-2",
        "Beekherstel Leubeek en Tungelroyse Beek",
        "WL",
        "Gem. Leudal, Limburgs Landschap",
        "sep 2026",
        "dec 2027",
    ),
    ("ML-3", "Afkoppelen en waterbewust bouwen Weert-Centrum", "Gem. Weert", "WL", "jan 2027", "jun 2028"),
    (
        "ML-4",
        "Grondwaterbescherming rond de drinkwaterwinning Roermond",
        "WML",
        "Prov. Limburg, Gem. Roermond",
        "2026",
        "doorlopend",
    ),
    (
        "ML-5",
        "Rivierpark Maasplassen bij Maasgouw, in samenhang met ML-1",
        "Gem. Maasgouw",
        "RWS, Limburgs Landschap",
        "medio 2027",
        "2030",
    ),
    ("ML-6", "Droogtemaatregelen landbouw Roerdalen", "LLTB", "WL, Gem. Roerdalen", "okt 2026", "mrt 2027"),
    (
        "ML-7",
        "Evaluatie en vervolgagenda, op basis van de resultaten van ML-2 en ML-3",
        "Prov. Limburg",
        "WL, Gem. Roermond, Gem. Weert, Gem. Leudal, Gem. Maasgouw, Gem. Roerdalen",
        "Q3 2029",
        "Q4 2029",
    ),
]
START_EINDE_TAIL = """
Afkortingen: Gem. = gemeente; LLTB = Limburgse Land- en Tuinbouw Bond; Prov. Limburg = provincie Limburg;
RWS = Rijkswaterstaat; WL = Waterschap Limburg; WML = Waterleiding Maatschappij Limburg.

De stuurgroep bespreekt de voortgang in het voorjaar en het najaar.
"""


def start_einde_md() -> str:
    lines = [
        "| Nr | Actie | Trekker | Partners | Start | Einde |",
        "|----|-------|---------|----------|-------|-------|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in START_EINDE_ROWS]
    return START_EINDE_HEAD + "\n".join(lines) + "\n" + START_EINDE_TAIL


# ---------------------------------------------------------------- b11-afhankelijkheden.pdf (Rijnmond-West)

AFH_TITLE = "Uitvoeringsagenda Water en Haven Schiedam, Vlaardingen en Maassluis 2026-2030"
# nr, actie, trekker, partners, periode, afhankelijk van, relatie met
AFH_ROWS = [
    (
        "1",
        "Overstromingsrisico's buitendijks Maassluis-Centrum in kaart",
        "Gem. Maassluis",
        "HHD, RWS",
        "2026",
        "-",
        "-",
    ),
    (
        "2",
        "Hoogwaterbescherming havengebied Vlaardingen",
        "HbR",
        "Gem. Vlaardingen, RWS",
        "2027-2029",
        "1",
        "3",
    ),
    (
        "3",
        "Waterplan Schiedam-Noord: extra berging en afkoppelen",
        "HHD",
        "Gem. Schiedam, Woonplus",
        "2026-2028",
        "-",
        "2",
    ),
    ("4", "Peilbeheer en gemalen Vlaardingse Vaart", "zie 3", "Gem. Vlaardingen", "2027-2028", "3", "-"),
    (
        "5",
        "Monitoring zout en waterkwaliteit Nieuwe Waterweg",
        "RWS",
        "Evides, HbR",
        "vanaf 2026",
        "-",
        "2, 4",
    ),
    (
        "6",
        "Hittebestendige wijk Vlaardingen-Westwijk",
        "Gem. Vlaardingen",
        "Waterweg Wonen, HHD",
        "2027-2029",
        "-",
        "-",
    ),
    ("7", "Afkoppelen en groene daken Vlaardingen-Holy", "idem", "Waterweg Wonen", "2028-2030", "6", "3"),
    (
        "8",
        "Evaluatie van de agenda",
        "zie 1",
        "Gem. Schiedam, Gem. Vlaardingen, HHD",
        "uiterlijk 2030",
        "2, 4",
        "-",
    ),
]


def build_afhankelijkheden(path: Path) -> None:
    pdf = new_pdf("L", AFH_TITLE)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Samenwerking Water en Haven Rijnmond-West", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, AFH_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    paragraphs(
        pdf,
        [
            "De gemeenten Schiedam, Vlaardingen en Maassluis, het Hoogheemraadschap van Delfland, het "
            "Havenbedrijf "
            "Rotterdam en Rijkswaterstaat werken samen aan een waterveilige en leefbare oever van de Nieuwe "
            "Waterweg. De colleges en het dagelijks bestuur van Delfland hebben deze agenda in november 2026 "
            "vastgesteld.",
            "Bij de storm van januari 2025 stond het water in de Vlaardingse haven tot op de kade.",
            "Leeswijzer. De trekker is verantwoordelijk voor de actie; de partners werken mee. 'Zie n' in de "
            "kolom Trekker: de trekker is dezelfde als bij actie n. 'Idem': dezelfde trekker als in de regel "
            "erboven. Afhankelijk van: de actie kan pas worden uitgevoerd met de uitkomst van de genoemde "
            "acties. Relatie met: de acties hangen inhoudelijk samen. Een streepje: geen.",
        ],
        9,
    )
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(
        col_widths=(10, 88, 32, 52, 28, 28, 26),
        line_height=4.6,
        padding=1.5,
        borders_layout="ALL",
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(222, 230, 240)),
    ) as table:
        row = table.row()
        for h in ("Nr.", "Actie", "Trekker", "Partners", "Periode", "Afhankelijk van", "Relatie met"):
            row.cell(h)
        for cells in AFH_ROWS:
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.multi_cell(
        0,
        4,
        "Afkortingen: Gem. = gemeente; HbR = Havenbedrijf Rotterdam; HHD = Hoogheemraadschap van Delfland; "
        "RWS = "
        "Rijkswaterstaat; Evides = Evides Waterbedrijf; Woonplus = Woonplus Schiedam; Waterweg Wonen = "
        "woningcorporatie Waterweg Wonen (Vlaardingen).",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind11-") as tmp:
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
    build_raci(OUT / "b11-raci.pdf")
    build_bestuursovereenkomst(OUT / "b11-bestuursovereenkomst.pdf")
    build_raadsinformatiebrief(OUT / "b11-raadsinformatiebrief.pdf")
    build_afhankelijkheden(OUT / "b11-afhankelijkheden.pdf")
    (OUT / "b11-vaste-breedte.txt").write_text(VASTE_BREEDTE_TXT, encoding="utf-8")
    (OUT / "b11-start-einde.md").write_text(start_einde_md(), encoding="utf-8")
    soffice(MAKE / "b11-maatregelen.html", OUT)
    for p in sorted(OUT.glob("b11-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
