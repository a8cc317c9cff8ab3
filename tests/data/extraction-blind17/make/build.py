"""Build the blind17 documents.

- b17-kwartaalgantt.pdf: fpdf2, landscape, a ruled GANTT table by QUARTER: "Nr. | Actie | Trekker | Partners"
  spanning two header rows, the years "2027" and "2028" each spanning four quarter columns "Q1".."Q4" in the
  second header row, and a last column "na 2028"; a "■" marks each quarter in which an action runs, a "►" in the
  last column says that it runs on after 2028.
- b17-nieuwsbrief.pdf: fpdf2, a newsletter page in TWO TEXT COLUMNS (fpdf2 text_columns) of running prose: past
  news, commitments that each name their own doer, a wethouder's quote, a plan another body only studies; one
  commitment runs from the foot of the left column to the top of the right one.
- b17-voetnoten.pdf: the HTML beside this script, a ruled table "Nr. | Maatregel | Trekker | Planning" without a
  partners column: partners, a commissioner, a dependency and the end of one period stand only in FOOTNOTES
  (superscript numbers in the cells, the notes under the table; one note serves two rows), converted by
  LibreOffice.
- b17-dubbeltabel.pdf: HTML written by this script (b17-dubbeltabel.html beside it), a ruled table that holds
  TWO ACTIONS PER ROW: its columns "Nr. | Actie | Wie | Wanneer" stand twice side by side (V1-V4 left, V5-V7
  right, the last right half empty), as an A3 overview folded into a page; the Wie cell has the trekker on its
  first line and "met ..." under it; converted by LibreOffice.
- b17-takenlijst.md: Markdown, a task list PER PARTY ("## Barendrecht", "## Hollandse Delta", ...) with GitHub
  check boxes: "- [x]" done, "- [ ]" open; a joint action stands under every party that takes part, with the
  same code, and "(trekker)" beside the party that leads it.
- b17-formulieren.txt: plain text, an export of filled-in PROJECT FORMS: per form a list of parties, each with
  four check boxes "[x] trekker [ ] partner [ ] betrokken [ ] opdrachtgever", "Startdatum" and "Einddatum" as
  dd-mm-jjjj or "n.t.b.", and one form that was withdrawn.
- b17-mailwisseling.txt: plain text, an E-MAIL of the gemeente Lansingerland to its partners (the letter) with
  the agreements of a meeting, one of which corrects a date from an earlier mail of Delfland that is QUOTED below
  it ("-----Oorspronkelijk bericht-----", in which "wij" is Delfland).

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

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def new_pdf(title: str, author: str, day: int, orientation: str = "P") -> FPDF:
    pdf = FPDF(orientation=orientation, format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, day, 9, 0, 0))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("blind17 build.py")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    return pdf


def para(pdf: FPDF, text: str, size: float = 9.5, style: str = "", height: float = 5.0, after: float = 2.0):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, height, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# ------------------------------------------------------ b17-kwartaalgantt.pdf (Land van Maas en Waal)

KG_TITLE = "Uitvoeringsplanning Dijken en Water Land van Maas en Waal 2027-2028"
KG_INTRO = [
    "De gemeenten Druten, West Maas en Waal, Beuningen en Wijchen werken met Waterschap Rivierenland (hierna: "
    "WSRL), de provincie Gelderland en Rijkswaterstaat aan veilige dijken en genoeg zoet water tussen Maas en "
    "Waal. Het Bestuurlijk Overleg Maas en Waal heeft deze planning op 17 november 2026 vastgesteld.",
    "In februari 2026 stond de Waal bij Druten hoger dan in de tien jaren daarvoor.",
    "Leeswijzer. Een ■ betekent dat de actie in dat kwartaal loopt; een ► in de kolom 'na 2028' betekent dat de "
    "actie na 2028 doorloopt. De trekker is verantwoordelijk voor de actie; de partners werken mee.",
]
KG_QUARTERS = [f"{y} Q{q}" for y in (2027, 2028) for q in (1, 2, 3, 4)]
# (code, actie, trekker, partners, first quarter index, last quarter index (0..7), runs on after 2028)
KG_ROWS = [
    ("MW1", "Dijkversterking Waalbandijk tussen Druten en Afferden", "WSRL", "gem. Druten, PG", 0, 7, True),
    (
        "MW2",
        "Klimaatstresstest en hitteplan voor de vier gemeenten",
        "gem. Wijchen",
        "gem. Druten, gem. West Maas en Waal, gem. Beuningen",
        0,
        2,
        False,
    ),
    ("MW3", "Waterberging in de Leeuwense Wetering bij Wamel", "WSRL", "gem. West Maas en Waal", 2, 5, False),
    ("MW4", "Afkoppelen van regenwater in de kern Beuningen, na afronding van MW2", "gem. Beuningen", "WSRL", 3, 7, False),
    ("MW5", "Gebiedsproces zoet water voor de fruitteelt in het Land van Maas en Waal", "PG", "WSRL, NFO", 4, 4, False),
    ("MW6", "Natuurvriendelijke oevers langs de Maas bij Dreumel", "RWS", "PG, gem. West Maas en Waal", 5, 7, True),
]
KG_LEGEND = (
    "Afkortingen: WSRL = Waterschap Rivierenland; PG = Provincie Gelderland; RWS = Rijkswaterstaat; NFO = "
    "Nederlandse Fruittelers Organisatie; gem. = gemeente. ■ = de actie loopt in dit kwartaal; ► = loopt door na 2028."
)
KG_CLOSE = "De partners betalen hun eigen aandeel; de provincie draagt € 1,5 miljoen bij aan actie MW5."


def build_kwartaalgantt(path: Path) -> None:
    pdf = new_pdf(KG_TITLE, "Waterschap Rivierenland", 17, "L")
    pdf.add_page()
    para(pdf, "Gemeenten Druten, West Maas en Waal, Beuningen en Wijchen – Waterschap Rivierenland", 7.5)
    para(pdf, KG_TITLE, 14, "B", 7, 3)
    for text in KG_INTRO:
        para(pdf, text)
    pdf.ln(1)
    head = FontFace(emphasis="BOLD", fill_color=(214, 226, 240))
    with pdf.table(
        col_widths=(15, 75, 30, 55) + (10.5,) * 8 + (16,),
        line_height=4.8,
        padding=1.6,
        borders_layout="ALL",
        text_align="LEFT",
        num_heading_rows=2,
        headings_style=head,
    ) as table:
        pdf.set_font("DejaVu", "", 8.5)
        row = table.row()
        for h in ("Nr.", "Actie", "Trekker", "Partners"):
            row.cell(h, rowspan=2)
        row.cell("2027", colspan=4, align="C")
        row.cell("2028", colspan=4, align="C")
        row.cell("na 2028", rowspan=2, align="C")
        row = table.row()
        for q in KG_QUARTERS:
            row.cell(q.split()[1], align="C")
        for code, actie, trekker, partners, first, last, on in KG_ROWS:
            row = table.row()
            row.cell(code, style=FontFace(emphasis="BOLD"))
            row.cell(actie)
            row.cell(trekker)
            row.cell(partners)
            for i in range(8):
                row.cell("■" if first <= i <= last else "", align="C")
            row.cell("►" if on else "", align="C")
    pdf.ln(3)
    para(pdf, KG_LEGEND, 8, height=4.2)
    para(pdf, KG_CLOSE, 8.5, height=4.5)
    pdf.output(str(path))


# --------------------------------------------------------- b17-nieuwsbrief.pdf (Noordwest-Fryslân)

NB_TITLE = "Nieuwsbrief Kust en Klei Noordwest-Fryslân"
NB_MAST = "Nummer 7 · december 2026 · gemeenten Leeuwarden, Waadhoeke en Harlingen · Wetterskip Fryslân · provincie Fryslân"
# (subheading or None, paragraph); the text flows through two columns
NB_BLOCKS = [
    (
        "Gebiedsagenda getekend",
        "Op 3 november 2026 tekenden de gemeenten Leeuwarden, Waadhoeke en Harlingen, Wetterskip Fryslân "
        "(hierna: het Wetterskip) en de provincie Fryslân in Sint Annaparochie de Gebiedsagenda Kust en Klei. "
        "Daarin staat wat de partners de komende jaren doen aan de dijken, het zoete water en de natuur tussen "
        "Leeuwarden en de Waddenkust. In deze nieuwsbrief leest u wat er als eerste gebeurt.",
    ),
    (
        "Sterkere zeedijk",
        "De storm van oktober 2025 liet zien hoe kwetsbaar de kust bij Harlingen is. Het Wetterskip versterkt "
        "van 2027 tot en met 2029 de zeedijk tussen Harlingen en Zwarte Haan, samen met de gemeente Harlingen. "
        "Bewoners kunnen in het voorjaar meepraten over de inrichting van de dijk en de fietspaden erlangs.",
    ),
    (
        "Zoet water voor de klei",
        "Op de kwelderwallen verzilt het grondwater. De gemeente Waadhoeke en Vitens stellen vóór 1 juli 2027 "
        "een plan op voor de zoetwatervoorziening van de dorpen rond Minnertsga; Waadhoeke is trekker van het "
        "plan. \u201cWe willen dat boeren en inwoners ook over twintig jaar nog genoeg zoet water hebben\u201d, "
        "zegt wethouder Hiemstra van Waadhoeke. De provincie laat It Fryske Gea in 2027 en 2028 de kwelder "
        "bij Koehool herstellen. Staatsbosbeheer onderzoekt nog of het de kwelder bij Zwarte Haan ook wil "
        "vergroten.",
    ),
    (
        "Koele schoolpleinen",
        "Tijdens de hitte van juli 2026 was het op veel schoolpleinen in de regio meer dan veertig graden. "
        "De gemeente Leeuwarden begint in het najaar van 2027 met het vergroenen van de schoolpleinen in "
        "Stiens, Grou en Wergea, samen met de GGD Fryslân en de schoolbesturen.",
    ),
    (
        "Haven en omgevingsplan",
        "De gemeente Harlingen past uiterlijk eind 2027 het omgevingsplan aan voor de buitendijkse delen van "
        "de haven, zodat bedrijven daar niet meer lager bouwen dan de dijk.",
    ),
    (
        "Meten en delen",
        "Het Wetterskip en de provincie richten in 2028 samen een meetnet voor grondwater en zout in "
        "Noordwest-Fryslân in; het Wetterskip neemt daarbij het voortouw. De gegevens komen vrij beschikbaar.",
    ),
    (
        "Volgende nieuwsbrief",
        "De volgende nieuwsbrief verschijnt in maart 2027. Vragen? Mail naar kustenklei@example.nl.",
    ),
]
# the split commitment: words that must stand at the foot of the left column and at the top of the right one
NB_BOTTOM = 95  # mm under the columns: the left column ends in the middle of the Leeuwarden sentence
NB_COLOFON = (
    "Colofon. Deze nieuwsbrief is een uitgave van de partners van de Gebiedsagenda Kust en Klei. Aanmelden of "
    "afmelden kan via de website van de gemeente Waadhoeke."
)
NB_SPLIT_LEFT = "De gemeente Leeuwarden"
NB_SPLIT_RIGHT = "Stiens, Grou en Wergea"


def build_nieuwsbrief(path: Path) -> None:
    pdf = new_pdf(NB_TITLE, "Gemeente Waadhoeke", 26)
    pdf.set_auto_page_break(True, NB_BOTTOM)
    pdf.add_page()
    pdf.set_fill_color(26, 82, 118)
    pdf.rect(0, 0, 210, 34, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 9)
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, NB_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 6, NB_MAST, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(42)
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.2) as cols:
        for heading, text in NB_BLOCKS:
            pdf.set_font("DejaVu", "B", 11)
            cols.write(heading + "\n")
            pdf.set_font("DejaVu", "", 9.5)
            cols.write(text + "\n\n")
    pdf.set_auto_page_break(False)
    pdf.set_draw_color(26, 82, 118)
    pdf.line(18, 297 - NB_BOTTOM + 6, 192, 297 - NB_BOTTOM + 6)
    pdf.set_xy(18, 297 - NB_BOTTOM + 9)
    para(pdf, NB_COLOFON, 8, "I", 4.2)
    pdf.output(str(path))


# ------------------------------------------------------------- b17-takenlijst.md (BAR-gemeenten)

TAKENLIJST_MD = """\
# Takenlijst Klimaatadaptatie BAR-gemeenten 2027

*Barendrecht · Albrandswaard · Ridderkerk · Waterschap Hollandse Delta · Evides · provincie Zuid-Holland*

De gemeenten Barendrecht, Albrandswaard en Ridderkerk werken samen met Waterschap Hollandse Delta (hierna:
Hollandse Delta), Evides Waterbedrijf (hierna: Evides) en de provincie Zuid-Holland (hierna: PZH) aan een
klimaatbestendig BAR-gebied. De stuurgroep heeft deze takenlijst op 20 november 2026 vastgesteld.

In augustus 2026 liepen in Rhoon en Poortugaal na een wolkbreuk tientallen kelders onder water.

Leeswijzer. De taken staan per partij. Een taak van meer partijen staat bij elke partij die meedoet, met
dezelfde code; de partij met "(trekker)" achter de taak trekt haar, de andere partijen zijn partner. Een
afgevinkte taak ([x]) is afgerond en staat er alleen ter informatie.

## Barendrecht

- [x] **BAR-01** Stresstest wateroverlast en hitte BAR-gebied (trekker) — afgerond september 2026
- [ ] **BAR-02** Hitteplan voor de drie BAR-gemeenten (trekker) — gereed eind 2027
- [ ] **BAR-06** Campagne zuinig met drinkwater in de zomer — 2027

## Albrandswaard

- [x] **BAR-01** Stresstest wateroverlast en hitte BAR-gebied — afgerond september 2026
- [ ] **BAR-02** Hitteplan voor de drie BAR-gemeenten — gereed eind 2027
- [ ] **BAR-03** Waterberging in het Ghijseland bij Rhoon — 2027-2028
- [ ] **BAR-07** Dijkversterking langs de Oude Maas bij Poortugaal — gereed eind 2029

## Ridderkerk

- [x] **BAR-01** Stresstest wateroverlast en hitte BAR-gebied — afgerond september 2026
- [ ] **BAR-02** Hitteplan voor de drie BAR-gemeenten — gereed eind 2027
- [ ] **BAR-05** Afkoppelen van regenwater in Bolnes (trekker) — start Q3 2027
- [ ] **BAR-06** Campagne zuinig met drinkwater in de zomer — 2027
- [ ] **BAR-08** Subsidieregeling groene daken en regentonnen (trekker) — doorlopend

## Hollandse Delta

- [ ] **BAR-03** Waterberging in het Ghijseland bij Rhoon (trekker) — 2027-2028
- [x] **BAR-04** Inventarisatie van de gemalen in Barendrecht (trekker) — afgerond juni 2026
- [ ] **BAR-05** Afkoppelen van regenwater in Bolnes — start Q3 2027
- [ ] **BAR-07** Dijkversterking langs de Oude Maas bij Poortugaal (trekker) — gereed eind 2029

## Evides

- [ ] **BAR-06** Campagne zuinig met drinkwater in de zomer (trekker) — 2027

## PZH

- [ ] **BAR-07** Dijkversterking langs de Oude Maas bij Poortugaal — gereed eind 2029

De partijen betalen hun taken uit hun eigen begroting. De volgende stand verschijnt in juni 2027.
"""


# ------------------------------------------------------------ b17-formulieren.txt (Zuid-Beveland)

ROLES = ("trekker", "partner", "betrokken", "opdrachtgever")


def form(code, name, text, parties, start, end, relation=None, status=None) -> str:
    lines = [
        "=" * 78,
        f"PROJECTFORMULIER {code}",
        "=" * 78,
        f"Projectnaam      : {name}",
        f"Omschrijving     : {text}",
        "Partijen en rol  :",
    ]
    for party, role in parties:
        boxes = "  ".join(("[x] " if r == role else "[ ] ") + r for r in ROLES)
        lines.append(f"    {party:<22}{boxes}")
    lines.append(f"Startdatum       : {start}")
    lines.append(f"Einddatum        : {end}")
    lines.append(f"Relatie met      : {relation or '-'}")
    if status:
        lines.append(f"Status           : {status}")
    return "\n".join(lines) + "\n"


# (code, projectnaam, omschrijving, [(party as written, role)], start, end, relation, status)
FORMS = [
    (
        "ZB-1",
        "Zoetwatervoorraad in de kreekrug bij Kruiningen",
        "Proef met het infiltreren van regenwater in de kreekrug.",
        [("Scheldestromen", "trekker"), ("gem. Reimerswaal", "partner"), ("ZLTO", "betrokken")],
        "01-04-2027",
        "31-12-2028",
        None,
        None,
    ),
    (
        "ZB-2",
        "Hitteplan Kapelle en Biezelinge",
        "Hittekaart en maatregelen voor de twee kernen.",
        [("gem. Kapelle", "trekker"), ("GGD Zeeland", "partner")],
        "01-01-2027",
        "30-09-2027",
        None,
        None,
    ),
    (
        "ZB-3",
        "Peilbeheer fruitteelt Reimerswaal",
        "Flexibel peil in de polders met fruitteelt, op basis van de resultaten van ZB-1.",
        [("ZLTO", "partner"), ("Scheldestromen", "trekker"), ("Prov. Zeeland", "opdrachtgever")],
        "n.t.b.",
        "31-12-2029",
        "ZB-1 (voorwaarde)",
        None,
    ),
    (
        "ZB-4",
        "Natuurvriendelijke oevers Kanaal door Zuid-Beveland",
        "Aanleg van natuurvriendelijke oevers langs het kanaal bij Schore.",
        [("HZL", "trekker"), ("Prov. Zeeland", "partner"), ("gem. Kapelle", "betrokken")],
        "01-09-2027",
        "n.t.b.",
        None,
        None,
    ),
    (
        "ZB-5",
        "Drinkwaterleiding naar het Sloegebied",
        "Tweede leiding voor de industrie in het Sloegebied.",
        [("Evides", "trekker"), ("gem. Borsele", "partner")],
        "01-03-2026",
        "31-12-2026",
        None,
        "ingetrokken op 12-10-2026",
    ),
    (
        "ZB-6",
        "Afkoppelen van regenwater in Heinkenszand en 's-Heerenhoek",
        "Regenwater van daken en straten los van het riool, aansluitend op ZB-2.",
        [("gem. Borsele", "trekker"), ("Scheldestromen", "partner")],
        "01-01-2028",
        "31-12-2030",
        "ZB-2 (samenhang)",
        None,
    ),
    (
        "ZB-7",
        "Zoetwaterloket voor agrariërs op Zuid-Beveland",
        "Eén loket voor vragen over beregening en zoetwatervoorraden.",
        [("Prov. Zeeland", "trekker"), ("gem. Borsele", "partner"), ("gem. Kapelle", "partner"),
         ("gem. Reimerswaal", "partner"), ("ZLTO", "partner")],
        "01-06-2027",
        "n.t.b.",
        None,
        None,
    ),
]

FORMULIEREN_HEAD = """\
Uitvoeringsprogramma Zoet Water Zuid-Beveland 2027-2030
Bijlage 3: aangemelde projecten (export uit het projectportaal, 23-11-2026)

De gemeenten Borsele, Kapelle en Reimerswaal, Waterschap Scheldestromen, de provincie Zeeland, Het Zeeuwse
Landschap, de ZLTO, Evides Waterbedrijf en de GGD Zeeland hebben hun projecten met het formulier van het
portaal aangemeld. De projectgroep Zoet Water heeft ze op 18 november 2026 beoordeeld.

Leeswijzer. Per partij is in het formulier een rol aangekruist: trekker, partner, betrokken of opdrachtgever.
De data zijn geschreven als dag-maand-jaar; n.t.b. betekent dat de datum nog niet bekend is. Een project met
status "ingetrokken" gaat niet door.

Afkortingen: Scheldestromen = Waterschap Scheldestromen; Prov. Zeeland = provincie Zeeland; HZL = Het Zeeuwse
Landschap; ZLTO = Zuidelijke Land- en Tuinbouworganisatie; Evides = Evides Waterbedrijf; gem. = gemeente.

"""
FORMULIEREN_TAIL = """\
==============================================================================

Over de financiering van de projecten besluit het bestuur van de projectgroep in het voorjaar van 2027.
"""


def formulieren_txt() -> str:
    return FORMULIEREN_HEAD + "\n".join(form(*f) for f in FORMS) + FORMULIEREN_TAIL


# ------------------------------------------------------------ b17-mailwisseling.txt (Oostland)

MAIL_TXT = """\
Van:          Projectleider Klimaatadaptatie <klimaat@lansingerland.example>
Verzonden:    dinsdag 24 november 2026 16:12
Aan:          Hoogheemraadschap van Delfland; Hoogheemraadschap van Schieland en de Krimpenerwaard;
              gemeente Pijnacker-Nootdorp; gemeente Zoetermeer
Onderwerp:    RE: Afspraken kernteam Water en Warmte Oostland

Beste collega's,

Dank voor het goede overleg van donderdag 19 november in Bleiswijk. Hieronder zet ik namens de gemeente
Lansingerland de afspraken op een rij, zoals de bestuurders ze hebben bevestigd. In deze mail zijn Delfland
het Hoogheemraadschap van Delfland en HHSK het Hoogheemraadschap van Schieland en de Krimpenerwaard.

Wat hebben wij afgesproken?

1. Wij stellen vóór 1 april 2027 samen met Pijnacker-Nootdorp en Zoetermeer een gezamenlijke hittekaart voor Oostland op.
2. Delfland stelt het peilbesluit Oostland uiterlijk medio 2028 vast, en dus niet eind 2027 zoals in de mail van 2 oktober hieronder stond.
3. HHSK legt in 2027 en 2028 samen met Zoetermeer een waterberging aan langs de Rotte bij Bleiswijk.
4. Pijnacker-Nootdorp start in het tweede kwartaal van 2027 met een proef met regenwateropvang bij de kassen in Nootdorp, samen met Glastuinbouw Nederland.
5. Wij laten de TU Delft in 2027 onderzoeken hoeveel warmte de kassen in de zomer aan het oppervlaktewater kunnen afgeven.
6. Vanaf januari 2027 zitten wij het kernteam voor; het kernteam komt elk kwartaal bij elkaar.

Verder hoorden wij dat de provincie Zuid-Holland werkt aan een subsidieregeling voor waterberging in de
glastuinbouw, die naar verwachting vanaf 2028 openstaat.

Het volgende overleg is op 18 februari 2027 in Zoetermeer. Laat het mij weten als iets niet klopt.

Met vriendelijke groet,

Projectleider Klimaatadaptatie
Gemeente Lansingerland

-----Oorspronkelijk bericht-----
Van:          Hoogheemraadschap van Delfland, afdeling Watersysteem
Verzonden:    vrijdag 2 oktober 2026 10:47
Aan:          klimaat@lansingerland.example
Onderwerp:    Afspraken kernteam Water en Warmte Oostland

Beste collega,

Wij verwachten het peilbesluit Oostland eind 2027 vast te stellen. In de zomer van 2026 hebben wij de
peilen in de Oude Polder van Pijnacker gemeten.

Groet,
Delfland
"""


# ------------------------------------------------------------- b17-dubbeltabel.pdf (Veluwezoom)

DT_TITLE = "Uitvoeringsagenda Klimaatbestendige Veluwezoom 2027-2029"
# (code, actie, trekker, partners or "", wanneer); the first four stand in the left half, the others right
DT_ROWS = [
    ("V1", "Hittekaart voor Velp, Rheden en Dieren", "gem. Rheden", "GGD Gelderland-Zuid", "2027"),
    ("V2", "Afkoppelen van regenwater in Velp-Zuid", "gem. Rheden", "WRIJ", "2027-2029"),
    ("V3", "Herstel van de Rozendaalse beek", "WRIJ", "gem. Rozendaal, NM", "2e helft 2027"),
    ("V4", "Regenwater vasthouden op de stuwwal bij de Posbank", "NM", "WRIJ", "vanaf 2028"),
    ("V5", "Klimaatadaptief bouwen in Oosterbeek en Doorwerth", "gem. Renkum", "WVV", "uiterlijk 2028"),
    ("V6", "Grondwaterbescherming rond het pompstation bij Heelsum", "Vitens", "gem. Renkum, PG", "2027-2028"),
    (
        "V7",
        "Gebiedsvisie Veluwezoom 2030-2040, na afronding van V3",
        "PG",
        "gem. Rheden, gem. Rozendaal, gem. Renkum",
        "Q4 2028",
    ),
]
DT_LEFT = 4


def dt_cells(row) -> str:
    if row is None:
        return "<td></td><td></td><td></td><td></td>"
    code, actie, trekker, partners, wanneer = row
    wie = trekker + (f"<br>met {partners}" if partners else "")
    return f"<td><b>{code}</b></td><td>{actie}</td><td>{wie}</td><td>{wanneer}</td>"


def dubbeltabel_html() -> str:
    left, right = DT_ROWS[:DT_LEFT], DT_ROWS[DT_LEFT:]
    right = right + [None] * (len(left) - len(right))
    rows = "\n".join(f"<tr>{dt_cells(a)}{dt_cells(b)}</tr>" for a, b in zip(left, right))
    head = '<th width="5%">Nr.</th><th width="20%">Actie</th><th width="15%">Wie</th><th width="10%">Wanneer</th>'
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{DT_TITLE}</title>
<style>
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 15pt; }}
td, th {{ font-size: 8pt; vertical-align: top; }}
p.klein {{ font-size: 7.5pt; }}
</style>
</head>
<body>
<p class="klein">Gemeenten Rheden, Rozendaal en Renkum – Waterschap Rijn en IJssel – Waterschap Vallei en Veluwe – Provincie Gelderland</p>
<h1>{DT_TITLE}</h1>
<p>De gemeenten Rheden, Rozendaal en Renkum werken met Waterschap Rijn en IJssel (hierna: WRIJ), Waterschap Vallei
en Veluwe (hierna: WVV), de provincie Gelderland, Natuurmonumenten, Vitens en de GGD Gelderland-Zuid aan een
Veluwezoom die bestand is tegen hitte, droogte en hevige buien. Het Portefeuillehoudersoverleg Veluwezoom heeft
deze agenda op 16 november 2026 vastgesteld.</p>
<p>In juli 2025 spoelde na een wolkbreuk op de Posbank zand en grind de straten van Rheden in.</p>
<p>Leeswijzer. De tabel is een verkleinde versie van het A3-overzicht: elke rij bevat twee acties, links de acties
V1 tot en met V4, rechts V5 tot en met V7. In de kolom Wie staat eerst de trekker en op de regel daaronder na
'met' de partners.</p>
<h2>Acties</h2>
<table border="1" cellpadding="3" cellspacing="0" width="100%">
<thead>
<tr>{head}{head}</tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p class="klein">Afkortingen: WRIJ = Waterschap Rijn en IJssel; WVV = Waterschap Vallei en Veluwe; NM = Vereniging
Natuurmonumenten; PG = Provincie Gelderland; gem. = gemeente.</p>
<p>Rozendaal betaalt zijn deel van actie V3 uit de reserve klimaatadaptatie.</p>
</body>
</html>
"""


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind17-") as tmp:
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
    build_kwartaalgantt(OUT / "b17-kwartaalgantt.pdf")
    build_nieuwsbrief(OUT / "b17-nieuwsbrief.pdf")
    (OUT / "b17-takenlijst.md").write_text(TAKENLIJST_MD, encoding="utf-8")
    (OUT / "b17-formulieren.txt").write_text(formulieren_txt(), encoding="utf-8")
    (OUT / "b17-mailwisseling.txt").write_text(MAIL_TXT, encoding="utf-8")
    soffice(MAKE / "b17-voetnoten.html", OUT)
    (MAKE / "b17-dubbeltabel.html").write_text(dubbeltabel_html(), encoding="utf-8")
    soffice(MAKE / "b17-dubbeltabel.html", OUT)
    for p in sorted(OUT.glob("b17-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
