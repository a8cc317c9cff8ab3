"""Build the blind12 documents.

- b12-statenbrief.pdf: reportlab, a Statenbrief of Gedeputeerde Staten to Provinciale Staten whose commitments
  stand in prose and in a closing table "Toezegging | Termijn" without a who column.
- b12-initialen.pdf: the HTML beside this script (the verslag of a werkgroep whose action table "Nr | Actie |
  Wie | Deadline" names persons by their INITIALS, resolved through the attendance list), converted by
  LibreOffice.
- b12-sterretje.pdf: reportlab, landscape; one "Partijen" cell per project lists all parties and marks the
  trekker with an asterisk ("* = trekker") or, in two rows, with "(lead)".
- b12-eigenaar-mijlpalen.txt: plain text, a programmaplan with headings "Actie 5 – Titel" and one line
  "Eigenaar: ... | Uitvoering: ... | Mijlpalen: ..." per action.
- b12-drie-paginas.pdf: fpdf2, a ruled table of 15 actions over three pages, the header row repeated on each
  page, a running header and a footer with the page number.
- b12-perioden.pdf: the HTML beside this script (a ruled table whose "Tijdpad" cells hold months, quarters,
  seasons and school years), converted by LibreOffice.
- b12-rolprefix.md: a Markdown pipe table whose who cell gives each party a role prefix ("T: ...; P: ...;
  B: ...; O: ...").

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


# ---------------------------------------------------------------- b12-statenbrief.pdf (IJmond, GS NH)

SB_PARAS = [
    "Geachte leden van Provinciale Staten,",
    "Met deze brief informeren wij u over de voortgang van het Programma Gezondere Leefomgeving IJmond.",
    "Op 3 juli 2026 hebben uw Staten motie 87-2026 aangenomen, die ons college verzoekt de uitstoot van zeer "
    "zorgwekkende stoffen rond het terrein van Tata Steel Nederland vaker te laten meten.",
    "In het programma werken wij samen met de gemeenten Velsen, Beverwijk en Heemskerk (hierna: de "
    "IJmondgemeenten), de Omgevingsdienst Noordzeekanaalgebied (hierna: OD NZKG) en het Rijksinstituut voor "
    "Volksgezondheid en Milieu (RIVM).",
    "In 2024 en 2025 heeft het RIVM in twee rapporten laten zien dat de uitstoot van Tata Steel Nederland "
    "bijdraagt aan gezondheidsrisico's in de IJmond. Sinds 1 april 2026 houdt de OD NZKG met vier extra "
    "inspecteurs toezicht op het terrein.",
    "Tata Steel Nederland heeft aangekondigd in 2028 de eerste kooksfabriek te sluiten.",
    "<b>Wat gaan wij doen</b>",
    "Wij breiden vóór 1 juli 2027 het meetnet voor fijnstof en zware metalen in Wijk aan Zee en Beverwijk "
    "uit "
    "met zes meetpunten. Samen met de IJmondgemeenten stellen wij uiterlijk eind 2027 een gezondheidsagenda "
    "IJmond op. De OD NZKG rapporteert vanaf 2027 in onze opdracht elk halfjaar over het toezicht op Tata "
    "Steel "
    "Nederland.",
    "Wij informeren uw Staten vóór de zomer van 2027 over de kosten van de extra metingen.",
    "Als de metingen in 2027 hogere waarden laten zien dan de advieswaarden van de Gezondheidsraad, dan gaan "
    "wij "
    "met het Rijk in gesprek over aanvullende maatregelen.",
    "<b>Overzicht van toezeggingen</b>",
    "In onderstaande tabel staan de toezeggingen uit deze brief en uit de commissievergadering Natuur, "
    "Milieu en "
    "Gezondheid van 5 oktober 2026.",
]
SB_TABLE = [
    (
        "Uitbreiding van het meetnet voor fijnstof en zware metalen in Wijk aan Zee en Beverwijk met zes "
        "meetpunten",
        "vóór 1 juli 2027",
    ),
    ("Opstellen van een gezondheidsagenda IJmond, samen met de IJmondgemeenten", "uiterlijk eind 2027"),
    (
        "Halfjaarlijkse rapportage door de OD NZKG, in onze opdracht, over het toezicht op Tata Steel "
        "Nederland",
        "vanaf 2027",
    ),
    ("Openstellen van een subsidieregeling voor groene en gezonde schoolpleinen in de IJmond", "2027-2028"),
    (
        "Onderzoek door het RIVM, in onze opdracht, naar de stapeling van geluid en luchtverontreiniging in "
        "Wijk aan Zee",
        "uiterlijk Q3 2027",
    ),
]
SB_CLOSE = [
    "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.",
    "Gedeputeerde Staten van Noord-Holland,",
    "voorzitter, &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; secretaris,",
]


def build_statenbrief(path: Path) -> None:
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=9.5, leading=13.5, spaceAfter=7)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=7.5, leading=10)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8.5, leading=11)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=8.5, leading=11)
    label = ParagraphStyle("label", fontName="DejaVu-Bold", fontSize=10.5, leading=14)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Voortgang Programma Gezondere Leefomgeving IJmond",
        author="Provincie Noord-Holland",
        creator="blind12 build.py",
        invariant=1,
    )
    meta = Table(
        [
            [Paragraph("Datum", small), Paragraph("25 november 2026", small)],
            [Paragraph("Kenmerk", small), Paragraph("1893412/1893420", small)],
            [
                Paragraph("Onderwerp", small),
                Paragraph("Voortgang Programma Gezondere Leefomgeving IJmond", small),
            ],
        ],
        colWidths=(25 * mm, 120 * mm),
        hAlign="LEFT",
    )
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Provincie Noord-Holland", label),
        Paragraph("Gedeputeerde Staten", small),
        Spacer(1, 10),
        Paragraph("Aan Provinciale Staten van Noord-Holland<br/>Postbus 3007<br/>2001 DA Haarlem", base),
        meta,
        Spacer(1, 10),
    ]
    story += [Paragraph(p, base) for p in SB_PARAS]
    rows = [[Paragraph("Toezegging", head), Paragraph("Termijn", head)]]
    rows += [[Paragraph(t, cell), Paragraph(w, cell)] for t, w in SB_TABLE]
    table = Table(rows, colWidths=(120 * mm, 38 * mm), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.95)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [table, Spacer(1, 10)]
    story += [Paragraph(p, base) for p in SB_CLOSE]
    doc.build(story)


# ---------------------------------------------------------------- b12-sterretje.pdf (Brainport Eindhoven)

# nr, project, partijen (trekker marked), looptijd, bijdrage
STAR_ROWS = [
    (
        "G1",
        "Vergroenen en afkoppelen van Woensel-West",
        "gem. Eindhoven*, WDD, Woonbedrijf",
        "2026-2028",
        "€ 1,2 mln",
    ),
    ("G2", "Klimaatadaptieve herinrichting Brandevoort-Oost", "WDD, gem. Helmond*", "2027-2029", "€ 0,9 mln"),
    (
        "G3",
        "Hittebestendig bedrijventerrein De Run in Veldhoven",
        "Brainport Development, gem. Veldhoven*, Prov. N-Br.",
        "2026-2027",
        "€ 0,4 mln",
    ),
    (
        "G4",
        "Beekherstel van de Dommel bij Son en Breugel",
        "WDD*, gem. Son en Breugel, Brabants Landschap",
        "vanaf 2027",
        "€ 2,1 mln",
    ),
    (
        "G5",
        "Living lab natuurinclusief bouwen op Strijp",
        "TU/e (lead), gem. Eindhoven, WDD",
        "2026-2029",
        "€ 0,6 mln",
    ),
    (
        "G6",
        "Droogteaanpak van de Kempen tot Brainport, in samenhang met G4",
        "gem. Best, Prov. N-Br. (lead), WDD",
        "2027-2028",
        "€ 0,8 mln",
    ),
    (
        "G7",
        "Monitoring en jaarlijkse voortgangsrapportage",
        "MRE*, gem. Eindhoven, gem. Helmond, gem. Veldhoven, gem. Best, gem. Son en Breugel, WDD, Prov. "
        "N-Br.",
        "2026-2029",
        "€ 0,2 mln",
    ),
]
STAR_INTRO = [
    "De gemeenten Eindhoven, Helmond, Veldhoven, Best en Son en Breugel, Waterschap De Dommel, de provincie "
    "Noord-Brabant en de Metropoolregio Eindhoven werken samen aan een groene stedelijke regio die bestand "
    "is "
    "tegen hitte, droogte en hevige buien. Het Bestuurlijk Overleg Klimaatadaptatie Brainport heeft de "
    "agenda "
    "op 9 november 2026 vastgesteld.",
    "In juni 2025 liepen na een wolkbreuk in Eindhoven en Helmond ruim tweehonderd kelders onder.",
]


def star_footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("DejaVu", 7.5)
    canvas.drawString(15 * mm, 9 * mm, "Uitvoeringsagenda Groen en Klimaatbestendig Brainport 2026-2029")
    canvas.restoreState()


def build_sterretje(path: Path) -> None:
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=14, leading=18, spaceAfter=6)
    intro = ParagraphStyle("intro", fontName="DejaVu", fontSize=8.5, leading=11.5, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=8.5, leading=10.5)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=7.5, leading=10)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title="Uitvoeringsagenda Groen en Klimaatbestendig Brainport 2026-2029",
        author="Metropoolregio Eindhoven",
        creator="blind12 build.py",
        invariant=1,
    )
    rows = [[Paragraph(h, head) for h in ("Nr.", "Project", "Partijen", "Looptijd", "Bijdrage agenda")]]
    rows += [[Paragraph(v, cell) for v in row] for row in STAR_ROWS]
    table = Table(rows, colWidths=(14 * mm, 92 * mm, 106 * mm, 30 * mm, 25 * mm), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.88, 0.95)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph("Brainport Eindhoven – Waterschap De Dommel – Provincie Noord-Brabant", small),
        Spacer(1, 3),
        Paragraph("Uitvoeringsagenda Groen en Klimaatbestendig Brainport 2026-2029", title),
    ]
    story += [Paragraph(p, intro) for p in STAR_INTRO]
    story += [
        table,
        Spacer(1, 5),
        Paragraph(
            "* = trekker. De twee Interreg-projecten (G5 en G6) volgen de subsidieaanvraag: daar staat de "
            "trekker "
            "als (lead). De andere partijen voeren het project samen met de trekker uit.",
            small,
        ),
        Paragraph(
            "Afkortingen: gem. = gemeente; WDD = Waterschap De Dommel; Prov. N-Br. = Provincie "
            "Noord-Brabant; "
            "TU/e = Technische Universiteit Eindhoven; MRE = Metropoolregio Eindhoven.",
            small,
        ),
    ]
    doc.build(story, onFirstPage=star_footer, onLaterPages=star_footer)


# ---------------------------------------------------------------- b12-eigenaar-mijlpalen.txt (U10, Utrecht)

# the label line under each action: (Eigenaar, Uitvoering, Mijlpalen)
MIJLPALEN_LABELS = [
    ("gem. Utrecht", "Eneco, Portaal, Mitros", "Q2 2027 ontwerp gereed; Q4 2028 oplevering"),
    (
        "gem. Nieuwegein",
        "HDSR, Stedin",
        "Q1 2027 haalbaarheidsstudie gereed; 2028 investeringsbesluit; Q3 2029 eerste woningen aangesloten",
    ),
    ("gem. Houten", "–", "Q4 2027 wijkuitvoeringsplan; Q2 2029 eerste woningen aardgasvrij"),
    ("Stedin", "gem. Nieuwegein, PU", "Q3 2027 contracten met de bedrijven; Q2 2028 hub in bedrijf"),
    ("gem. Zeist", "gem. De Bilt", "2027 eerste twintig daken; 2029 alle daken"),
    (
        "gem. IJsselstein",
        "gem. Stichtse Vecht",
        "Q4 2027 concept; Q2 2028 vaststelling door de gemeenteraden",
    ),
    (
        "gem. Utrecht (namens de U10)",
        "PU",
        "Q1 2027 nulmeting; daarna jaarlijks in Q2 een voortgangsrapportage",
    ),
]

MIJLPALEN_TXT = """\
PROGRAMMAPLAN WARMTE EN ENERGIE U10 2026-2029

U10 - gemeenten Utrecht, Nieuwegein, Houten, IJsselstein, Zeist, De Bilt en Stichtse Vecht


1  Inleiding

De U10-gemeenten werken samen met de provincie Utrecht, de netbeheerder en de woningcorporaties aan een
betaalbare overstap naar duurzame warmte en energie. Het Portefeuillehoudersoverleg Energie van de U10
heeft dit programmaplan op 19 november 2026 vastgesteld.

In 2025 was een op de acht woningen in de U10 aardgasvrij.

Leeswijzer. Onder elke actie staat een regel met drie onderdelen. Eigenaar: de organisatie die de actie
trekt en er bestuurlijk verantwoordelijk voor is. Uitvoering: de partijen die de actie samen met de
eigenaar uitvoeren; een streepje betekent dat de eigenaar de actie alleen uitvoert. Mijlpalen: de
momenten waarop een deel van de actie klaar is.

Afkortingen: gem. = gemeente; PU = Provincie Utrecht; HDSR = Hoogheemraadschap De Stichtse Rijnlanden.


2  Thema A  Warmte in de wijk

Actie 1 – Warmtenet Overvecht-Noord
Ruim 3.000 woningen in Overvecht-Noord worden aangesloten op het stadswarmtenet, te beginnen met de flats
van de corporaties.
{label1}

Actie 2 – Aquathermie uit de Lek bij Nieuwegein
Warmte uit het water van de Lek voor de wijk Galecop en het bedrijventerrein Laagraven.
{label2}

Actie 3 – Wijkaanpak aardgasvrij Houten-Zuid
Op basis van de haalbaarheidsstudie uit Actie 2 kiest de gemeente de warmtebron voor Houten-Zuid.
{label3}


3  Thema B  Energie-infrastructuur

Actie 4 – Energiehub bedrijventerrein De Liesbosch
Bedrijven op De Liesbosch delen hun netaansluiting en een batterij, zodat nieuwe bedrijven niet op de
wachtlijst voor het stroomnet komen.
{label4}

Actie 5 – Zonnepanelen op scholen en sporthallen in Zeist en De Bilt
Alle geschikte daken van gemeentelijke scholen en sporthallen krijgen zonnepanelen.
{label5}


4  Thema C  Sturing

Actie 6 – Herziening transitievisies warmte IJsselstein en Stichtse Vecht
De twee gemeenten herzien hun transitievisie warmte op basis van de ervaringen uit Actie 1 en Actie 2.
{label6}

Actie 7 – Monitor warmtetransitie U10
Een gezamenlijke monitor van het aantal aardgasvrije woningen en de netcapaciteit.
{label7}


5  Financiën

De financiering van de acties staat in de begrotingen van de partners; dit plan geeft geen bedragen.
"""


def mijlpalen_txt() -> str:
    """The plain-text programmaplan with its label lines filled in."""
    labels = {
        f"label{i}": f"Eigenaar: {owner} | Uitvoering: {doers} | Mijlpalen: {milestones}"
        for i, (owner, doers, milestones) in enumerate(MIJLPALEN_LABELS, start=1)
    }
    return MIJLPALEN_TXT.format(**labels)


# ---------------------------------------------------------------- b12-drie-paginas.pdf (Noordoost-Brabant)

# nr, title, description, trekker, partners, periode
LONG_ROWS = [
    (
        "A01",
        "Hermeandering van de Raam bij Mill",
        "De Raam krijgt over vier kilometer weer bochten en een breder beekdal, zodat het water langer in "
        "het "
        "gebied blijft.",
        "AenM",
        "gem. Land van Cuijk, SBB",
        "2026-2028",
    ),
    (
        "A02",
        "Beekherstel van de Hertogswetering",
        "Natuurvriendelijke oevers en een vispassage bij de stuw in de Hertogswetering ten noorden van Oss.",
        "AenM",
        "gem. Oss",
        "2027-2029",
    ),
    (
        "A03",
        "Peilgestuurde drainage op 400 landbouwpercelen",
        "Boeren leggen drainage aan die zij zelf kunnen opzetten, zodat zij in het voorjaar water vasthouden "
        "en "
        "in natte perioden afvoeren.",
        "ZLTO",
        "AenM, PNB",
        "2026-2029",
    ),
    (
        "A04",
        "Stoppen met wateraanvoer op de hoge zandgronden van de Maashorst",
        "De aanvoer van Maaswater naar de hoogste delen van de Maashorst wordt afgebouwd; de stuwen gaan "
        "omhoog.",
        "AenM",
        "gem. Maashorst, NM",
        "2027-2030",
    ),
    (
        "A05",
        "Grondwaterbescherming waterwingebied Macharen",
        "Afspraken met de boeren in het intrekgebied over minder mest en gewasbeschermingsmiddelen.",
        "BW",
        "gem. Oss, ZLTO",
        "2026-2028",
    ),
    (
        "A06",
        "Pilotbedrijven kringlooplandbouw in Bernheze",
        "Tien melkveebedrijven werken drie jaar aan een gesloten kringloop van mest, voer en water.",
        "gem. Bernheze",
        "ZLTO, HAS green academy",
        "2027-2028",
    ),
    (
        "A07",
        "Natuurinclusieve landbouw rond de Maashorst",
        "Boeren in de randzone van de Maashorst krijgen een vergoeding voor kruidenrijk grasland en "
        "houtwallen.",
        "NM",
        "gem. Maashorst, ZLTO",
        "vanaf 2027",
    ),
    (
        "A08",
        "Regenwater vasthouden op boerenerven",
        "Advies en een bijdrage voor regentonnen, infiltratiekratten en wadi's op erven in het hele gebied.",
        "ZLTO",
        "AenM",
        "2026-2030",
    ),
    (
        "A09",
        "Klimaatadaptief bouwen in Oss-West",
        "Nieuwe woonwijken in Oss-West worden zo ingericht dat zij een bui van 80 mm in een uur kunnen "
        "verwerken.",
        "gem. Oss",
        "AenM",
        "2027-2029",
    ),
    (
        "A10",
        "Natte natuur langs de Peelrandbreuk bij Boekel",
        "Op basis van de resultaten van A04 worden de wijstgronden bij Boekel vernat en ingericht als "
        "natuur.",
        "gem. Boekel",
        "AenM, BL",
        "2028-2030",
    ),
    (
        "A11",
        "Bufferstroken langs beken",
        "Onbespoten stroken van vijf meter langs de beken in het landelijk gebied, met een vergoeding voor "
        "de "
        "grondeigenaar.",
        "PNB",
        "AenM, ZLTO",
        "2026-2027",
    ),
    (
        "A12",
        "Droogtemonitor Noordoost-Brabant",
        "Een openbare monitor van grondwaterstanden, beekafvoeren en onttrekkingen, elke maand bijgewerkt.",
        "AenM",
        "BW, PNB",
        "doorlopend",
    ),
    (
        "A13",
        "Kennisprogramma bodem en water voor boeren",
        "Veldlessen en studiegroepen over bodemstructuur, organische stof en beregening.",
        "Agrifood Capital",
        "ZLTO, HAS green academy",
        "2027-2029",
    ),
    (
        "A14",
        "Gebiedsproces Raamvallei",
        "Met bewoners en boeren een plan voor de inrichting van de Raamvallei, in samenhang met A01.",
        "gem. Land van Cuijk",
        "AenM, SBB",
        "2028-2029",
    ),
    (
        "A15",
        "Evaluatie van het uitvoeringsprogramma",
        "Een onafhankelijke evaluatie van de doelen voor water en landbouw, na afronding van A03 en A11.",
        "PNB",
        "AenM",
        "2030",
    ),
]
LONG_TITLE = "Uitvoeringsprogramma Water en Landbouw Noordoost-Brabant 2026-2030"


class LongPDF(FPDF):
    """fpdf2 document with a running header and a footer 'Pagina n van N' on every page."""

    def header(self) -> None:
        self.set_font("DejaVu", "", 7.5)
        self.set_y(8)
        self.cell(0, 4, "Waterschap Aa en Maas · Regio Noordoost-Brabant", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, LONG_TITLE, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_y(17)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="C")


def build_drie_paginas(path: Path) -> None:
    pdf = LongPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 20, 10, 0, 0))
    pdf.set_margins(18, 17, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 7, LONG_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    for text in (
        "Waterschap Aa en Maas, de provincie Noord-Brabant, de gemeenten Oss, Maashorst, Bernheze, Boekel en "
        "Land van Cuijk, ZLTO, Brabant Water en de terreinbeheerders werken samen aan een gebied waar de "
        "landbouw ook in droge jaren genoeg water heeft en de beken weer leven. Het Gebiedsoverleg "
        "Noordoost-Brabant heeft dit programma op 16 november 2026 vastgesteld.",
        "In de zomers van 2018, 2019 en 2022 vielen in het gebied tientallen kilometers beek droog. In 2023 "
        "stelden de partners samen de Gebiedsvisie Water en Landbouw vast; dit programma werkt die visie uit "
        "in "
        "vijftien acties.",
        "De partners dragen samen ruim € 40 miljoen bij; de bijdragen per actie staan in de begroting van "
        "het "
        "gebiedsoverleg.",
        "Leeswijzer. De trekker is verantwoordelijk voor de uitvoering van de actie; de partners werken mee. "
        "De "
        "periode geeft de jaren waarin de actie loopt.",
    ):
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(
        col_widths=(14, 80, 28, 27, 25),
        line_height=5.6,
        padding=2.6,
        borders_layout="ALL",
        text_align="LEFT",
        markdown=True,
        repeat_headings=1,
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 232, 222)),
    ) as table:
        row = table.row()
        for h in ("Nr.", "Actie", "Trekker", "Partners", "Periode"):
            row.cell(h)
        for nr, name, desc, lead, partners, when in LONG_ROWS:
            row = table.row()
            row.cell(nr)
            row.cell(f"**{name}**\n{desc}")
            row.cell(lead)
            row.cell(partners)
            row.cell(when)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(
        0,
        4.2,
        "Afkortingen: AenM = Waterschap Aa en Maas; PNB = Provincie Noord-Brabant; BW = Brabant Water; SBB = "
        "Staatsbosbeheer; NM = Natuurmonumenten; BL = Brabants Landschap; ZLTO = Zuidelijke Land- en "
        "Tuinbouworganisatie; gem. = gemeente.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


# ---------------------------------------------------------------- b12-rolprefix.md (Zaanstreek-Waterland)

ROLE_ROWS = [
    (
        "ZW-1",
        "Onderwaterdrainage in de polder Zeevang",
        "T: HHNK; P: LTO Noord, gem. Edam-Volendam; O: PNH",
        "2026-2028",
    ),
    (
        "ZW-2",
        "Vernatting van het veenweidegebied Ilperveld",
        "T: LNH; P: HHNK; B: gem. Landsmeer",
        "2027-2029",
    ),
    (
        "ZW-3",
        "Klimaatadaptieve wijkvernieuwing Poelenburg",
        "T: gem. Zaanstad; P: Parteon; B: HHNK",
        "2026-2029",
    ),
    (
        "ZW-4",
        "Funderingsloket Zaanstreek-Waterland",
        "P: gem. Purmerend, gem. Wormerland; T: gem. Zaanstad; O: PNH",
        "vanaf 2027",
    ),
    (
        "ZW-5",
        "Peilbesluit Wormer- en Jisperveld, in samenhang met ZW-2",
        "T: HHNK; B: gem. Wormerland, Natuurmonumenten",
        "2027-2028",
    ),
    (
        "ZW-6",
        "Bodemdalingsmonitor met satellietmetingen",
        "T: gem. Purmerend; P: gem. Oostzaan, gem. Landsmeer; O: PNH, HHNK",
        "2026-2027",
    ),
    (
        "ZW-7",
        "Evaluatie van de agenda, op basis van de resultaten van ZW-1 en ZW-6",
        "T: PNH; P: HHNK; B: gem. Zaanstad, gem. Purmerend, gem. Edam-Volendam, gem. Waterland, gem. "
        "Wormerland, "
        "gem. Oostzaan, gem. Landsmeer",
        "2029",
    ),
]

ROLPREFIX_TEMPLATE = """\
# Uitvoeringsagenda Veenweide en Water Zaanstreek-Waterland 2026-2029

*Gemeenten Zaanstad, Purmerend, Edam-Volendam, Waterland, Wormerland, Oostzaan en Landsmeer, Hoogheemraadschap
Hollands Noorderkwartier en provincie Noord-Holland*

De gemeenten van Zaanstreek-Waterland, het hoogheemraadschap en de provincie werken samen aan een
veenweidegebied dat minder daalt en aan wijken met gezonde funderingen. Het Regionaal Overleg
Zaanstreek-Waterland heeft de agenda op 18 november 2026 vastgesteld.

Tussen 2000 en 2025 daalde de bodem in delen van Waterland met meer dan twintig centimeter.

## Maatregelen

{table}

**Rollen:** T = trekker, P = partner, B = betrokken, O = opdrachtgever. De trekker voert de maatregel uit, de
partners werken mee, de betrokkenen worden geraadpleegd en de opdrachtgever betaalt en stuurt.

**Afkortingen:** HHNK = Hoogheemraadschap Hollands Noorderkwartier; PNH = Provincie Noord-Holland; LNH =
Landschap Noord-Holland; gem. = gemeente.
"""


def rolprefix_md() -> str:
    """The Markdown document: the template with its pipe table, one line per maatregel."""
    lines = ["| Nr | Maatregel | Partijen en rol | Planning |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in ROLE_ROWS]
    return ROLPREFIX_TEMPLATE.format(table="\n".join(lines))


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind12-") as tmp:
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
    build_statenbrief(OUT / "b12-statenbrief.pdf")
    build_sterretje(OUT / "b12-sterretje.pdf")
    build_drie_paginas(OUT / "b12-drie-paginas.pdf")
    (OUT / "b12-eigenaar-mijlpalen.txt").write_text(mijlpalen_txt(), encoding="utf-8")
    (OUT / "b12-rolprefix.md").write_text(rolprefix_md(), encoding="utf-8")
    soffice(MAKE / "b12-initialen.html", OUT)
    soffice(MAKE / "b12-perioden.html", OUT)
    for p in sorted(OUT.glob("b12-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
