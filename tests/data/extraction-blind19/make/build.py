"""Build the blind19 documents.

- b19-zietoelichting.pdf: HTML written by this script, converted by LibreOffice; a ruled table
  "Nr. | Maatregel | Wie | Periode" whose Wie cell says "zie toelichting" in three rows: the roles of those rows
  stand only in a paragraph "Toelichting bij de rollen" under the table.
- b19-vervolgtabel.pdf: fpdf2, a ruled table "Nr. | Actie | Trekker | Partners | Looptijd" that runs on from
  page 1 to page 2 WITHOUT its header row on page 2.
- b19-gs-brief.pdf: HTML written by this script, converted by LibreOffice; a brief of Gedeputeerde Staten of
  Groningen to Provinciale Staten whose prose names the actions of the programme BY NUMBER ("Actie 3 schuift op
  naar 2028", "Actie 4 ... neemt het trekkerschap over", "Actie 5 vervalt"), with the programme table as it was
  agreed in March 2026 in a bijlage on page 2.
- b19-trekkerregels.md: Markdown, numbered actions in a list; in some items "Trekker:" and "Partners:" stand on
  their own lines under the title, in others "Partners:" stands on the SAME line as the title and "Trekker:"
  under it; dependencies as "Pas na actie 2." and "Voorwaarde: actie 4 is vastgesteld."
- b19-kamerbrief.txt: plain text, a Kamerbrief of the Minister van Infrastructuur en Waterstaat whose periods
  are written as "in deze kabinetsperiode", "tot de zomer van 2028", "in het eerste kwartaal van 2027".
- b19-korte-jaren.pdf: fpdf2, an UNRULED werkagenda whose Wanneer cells write years SHORT with an apostrophe
  ("'27-'28", "najaar '27", "v.a. '28", "t/m '29").

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
    pdf.set_creator("blind19 build.py")
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


# ------------------------------------------------------------ b19-zietoelichting.pdf (Langstraat)

ZT_TITLE = "Uitvoeringsprogramma Water en Hitte Langstraat 2027-2030"
# (code, maatregel, wie as written, periode)
ZT_ROWS = [
    ("LS-1", "Waterberging in het Halve Zolenpark in Waalwijk", "gemeente Waalwijk, met BD", "2027-2028"),
    ("LS-2", "Hitteplan voor de kernen Kaatsheuvel en Loon op Zand", "zie toelichting", "2027"),
    (
        "LS-3",
        "Herstel van de vennen aan de rand van de Loonse en Drunense Duinen",
        "NM, met BD en gemeente Loon op Zand",
        "2028-2030",
    ),
    (
        "LS-4",
        "Afkoppelen van regenwater op bedrijventerrein Haven in Waalwijk",
        "zie toelichting",
        "vanaf 2028",
    ),
    (
        "LS-5",
        "Beschermingsplan voor de drinkwaterwinning in de Langstraat",
        "zie toelichting",
        "uiterlijk 2029",
    ),
    (
        "LS-6",
        "Groene schoolpleinen in Waalwijk en Loon op Zand",
        "gemeente Loon op Zand, met gemeente Waalwijk en GGD",
        "2027-2029",
    ),
]
ZT_NOTE = (
    "Toelichting bij de rollen. Het hitteplan (LS-2) stellen de twee gemeenten samen op: de gemeente Loon op Zand "
    "is trekker, de gemeente Waalwijk en de GGD zijn partner. LS-4 voert de gemeente Waalwijk uit in opdracht van "
    "Brabantse Delta; de ondernemers van het bedrijventerrein denken mee. Het beschermingsplan (LS-5) maakt "
    "Brabant Water in opdracht van de provincie Noord-Brabant; Brabantse Delta en de gemeente Waalwijk zijn daarbij "
    "betrokken."
)


def zt_html() -> str:
    rows = "\n".join(f"<tr><td>{c}</td><td>{m}</td><td>{w}</td><td>{p}</td></tr>" for c, m, w, p in ZT_ROWS)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{ZT_TITLE}</title>
<style>
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 14pt; }}
h2 {{ font-size: 11pt; }}
td, th {{ font-size: 8.5pt; vertical-align: top; }}
p.klein {{ font-size: 7.5pt; }}
</style>
</head>
<body>
<p class="klein">Gemeenten Waalwijk en Loon op Zand – Waterschap Brabantse Delta – Provincie Noord-Brabant</p>
<h1>{ZT_TITLE}</h1>
<p>De gemeenten Waalwijk en Loon op Zand, Waterschap Brabantse Delta (hierna: Brabantse Delta), de provincie
Noord-Brabant, Brabant Water, Natuurmonumenten en de GGD Hart voor Brabant werken samen aan een Langstraat die
bestand is tegen hitte, droogte en hevige buien. Het Bestuurlijk Overleg Langstraat heeft dit programma op 20
november 2026 vastgesteld.</p>
<p>In de zomer van 2026 viel in Kaatsheuvel twee keer meer dan 60 millimeter regen in een uur.</p>
<h2>Maatregelen</h2>
<p>Leeswijzer. In de kolom Wie staat eerst de trekker en na 'met' de partners. Past de rolverdeling niet in de
kolom, dan staat er 'zie toelichting'. Afkortingen: BD = Brabantse Delta; NM = Natuurmonumenten; GGD = GGD Hart
voor Brabant.</p>
<table border="1" cellpadding="3" cellspacing="0" width="100%">
<thead>
<tr><th width="9%">Nr.</th><th width="48%">Maatregel</th><th width="27%">Wie</th><th width="16%">Periode</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>{ZT_NOTE}</p>
<h2>Financiering</h2>
<p>Iedere partij betaalt haar eigen maatregelen. De provincie Noord-Brabant draagt daarnaast € 1,2 miljoen bij
aan het programma.</p>
</body>
</html>
"""


# ---------------------------------------------- b19-vervolgtabel.pdf (Goirle, Hilvarenbeek, Oisterwijk)

VT_TITLE = "Uitvoeringsprogramma Beekdalen en Droogte Goirle, Hilvarenbeek en Oisterwijk 2027-2030"
VT_INTRO = [
    "De gemeenten Goirle, Hilvarenbeek en Oisterwijk, Waterschap De Dommel, de provincie Noord-Brabant, "
    "Brabants Landschap en de ZLTO werken samen aan de beekdalen van de Reusel, de Leij en de Voorste Stroom. "
    "Het programma zegt wat de partners van 2027 tot en met 2030 doen om water vast te houden, de beken te "
    "herstellen en de dorpen voor te bereiden op hitte en droogte. De stuurgroep heeft het programma op 24 "
    "november 2026 vastgesteld.",
    "Aanleiding. In de zomers van 2025 en 2026 viel de Reusel over kilometers droog. Boeren in het beekdal moesten "
    "stoppen met beregenen uit het oppervlaktewater, en in de vennen van de Oisterwijkse Bossen en Vennen zakte "
    "het grondwater tot onder de bodem van de vennen. De gemeenten kregen in dezelfde zomers klachten over hitte "
    "in de centra van Goirle en Hilvarenbeek.",
    "Werkwijze. Elke actie heeft een trekker die het werk organiseert en de voortgang bewaakt. De partners werken "
    "mee met menskracht, kennis of grond. De stuurgroep bespreekt twee keer per jaar de voortgang; de ambtelijke "
    "werkgroep komt iedere maand bijeen. Waar een actie grond van boeren raakt, zoekt de trekker vooraf het "
    "gesprek met de eigenaren.",
    "Doelen. In 2030 wordt in de drie beekdalen een derde meer regenwater vastgehouden dan in 2025, staan de "
    "beken in een droge zomer niet langer dan twee weken droog en heeft elke kern een hitteplan.",
    "Afkortingen in de tabel: De Dommel = Waterschap De Dommel; PNB = provincie Noord-Brabant; BL = Brabants "
    "Landschap; gem. = gemeente.",
]
VT_HEAD = ("Nr.", "Actie", "Trekker", "Partners", "Looptijd")
VT_WIDTHS = (16, 66, 28, 42, 22)
# the rows on page 1, then the rows on page 2 (which repeat no header)
VT_PAGE1 = [
    (
        "GHO-1",
        "Beekherstel van de Reusel tussen Hilvarenbeek en Esbeek",
        "De Dommel",
        "gem. Hilvarenbeek, BL",
        "2027-2029",
    ),
    (
        "GHO-2",
        "Klimaatadaptief inrichten van het centrum van Goirle",
        "gem. Goirle",
        "De Dommel",
        "2027-2028",
    ),
    (
        "GHO-3",
        "Droogteproef met stuwtjes in landbouwsloten rond Oisterwijk",
        "ZLTO",
        "De Dommel, gem. Oisterwijk",
        "2027",
    ),
]
VT_PAGE2 = [
    (
        "GHO-4",
        "Natuurvriendelijke oevers langs de Voorste Stroom bij Oisterwijk",
        "De Dommel",
        "gem. Oisterwijk, PNB",
        "vanaf 2028",
    ),
    (
        "GHO-5",
        "Gezamenlijk hitteplan voor de drie gemeenten",
        "gem. Oisterwijk",
        "gem. Goirle, gem. Hilvarenbeek",
        "uiterlijk 2027",
    ),
    ("GHO-6", "Grondwatermeetnet in het beekdal van de Leij", "PNB", "De Dommel, BL", "2028-2030"),
]
VT_AFTER = [
    "Financiering. Elke partij betaalt haar eigen deel. De provincie Noord-Brabant draagt daarnaast bij uit het "
    "programma Water en Bodem Brabant.",
    "De stuurgroep evalueert het programma in 2030.",
]


def vt_table(pdf: FPDF, rows: list[tuple[str, ...]], header: bool) -> None:
    head = FontFace(emphasis="BOLD", fill_color=(220, 230, 240))
    with pdf.table(
        col_widths=VT_WIDTHS,
        line_height=5,
        padding=1.6,
        borders_layout="ALL",
        text_align="LEFT",
        headings_style=head,
        first_row_as_headings=header,
    ) as table:
        pdf.set_font("DejaVu", "", 8.5)
        if header:
            row = table.row()
            for h in VT_HEAD:
                row.cell(h)
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)


def build_vervolgtabel(path: Path) -> None:
    pdf = new_pdf(VT_TITLE, "Gemeente Oisterwijk", 24)
    pdf.add_page()
    para(
        pdf,
        "Gemeenten Goirle, Hilvarenbeek en Oisterwijk – Waterschap De Dommel – Provincie Noord-Brabant",
        7.5,
    )
    para(pdf, VT_TITLE, 14, "B", 7, 3)
    for text in VT_INTRO:
        para(pdf, text)
    para(pdf, "Acties", 11, "B", 6, 1)
    vt_table(pdf, VT_PAGE1, True)
    pdf.add_page()
    vt_table(pdf, VT_PAGE2, False)
    pdf.ln(4)
    for text in VT_AFTER:
        para(pdf, text)
    pdf.output(str(path))


# ------------------------------------------------------------ b19-gs-brief.pdf (Midden-Groningen)

GS_TITLE = "Voortgang Uitvoeringsprogramma Water en Bodem Midden-Groningen"
# the programme as agreed in March 2026: (nr, actie, trekker, partners, planning)
GS_ROWS = [
    ("1", "Bodemdalingskaart van Midden-Groningen", "Provincie", "gemeente, waterschap", "2026"),
    ("2", "Waterberging langs het Winschoterdiep bij Hoogezand", "waterschap", "gemeente", "2026-2028"),
    ("3", "Verbetering van het gemaal bij Kropswolde", "waterschap", "Provincie", "2027-2028"),
    (
        "4",
        "Grondwatermeetnet rond de drinkwaterwinningen in Midden-Groningen",
        "Provincie",
        "WBG, waterschap",
        "2027-2029",
    ),
    ("5", "Proef met natte teelten bij Siddeburen", "gemeente", "Provincie", "2027"),
    (
        "6",
        "Klimaatadaptatie in de dorpen rond het Schildmeer",
        "gemeente",
        "waterschap, Provincie",
        "2027-2029",
    ),
]
GS_PROGRESS = [
    "Actie 1 is in oktober 2026 afgerond: de bodemdalingskaart van Midden-Groningen is klaar.",
    "Actie 2 loopt volgens plan.",
    "Actie 3 schuift op naar 2028, omdat de vergunning voor het gemaal later komt; de uitvoering loopt daarna tot "
    "en met 2029.",
    "Actie 4 voeren wij niet meer zelf uit: Waterschap Hunze en Aa's neemt het trekkerschap over en wij blijven "
    "partner, net als Waterbedrijf Groningen.",
    "Actie 5 vervalt; het geld gaat naar actie 6.",
    "Actie 6 begint in 2027, zoals afgesproken.",
]


def gs_html() -> str:
    rows = "\n".join(
        f"<tr><td>{n}</td><td>{a}</td><td>{t}</td><td>{p}</td><td>{w}</td></tr>" for n, a, t, p, w in GS_ROWS
    )
    progress = "\n".join(f"<p>{s}</p>" for s in GS_PROGRESS)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{GS_TITLE}</title>
<style>
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 14pt; }}
h2 {{ font-size: 11pt; }}
td, th {{ font-size: 8.5pt; vertical-align: top; }}
p.klein {{ font-size: 7.5pt; }}
</style>
</head>
<body>
<p class="klein">Provincie Groningen – Gedeputeerde Staten</p>
<h1>{GS_TITLE}</h1>
<table cellpadding="1" cellspacing="0">
<tr><td>Aan</td><td>Provinciale Staten van Groningen</td></tr>
<tr><td>Van</td><td>Gedeputeerde Staten van Groningen</td></tr>
<tr><td>Datum</td><td>25 november 2026</td></tr>
<tr><td>Onderwerp</td><td>{GS_TITLE}</td></tr>
</table>
<h2>Aanleiding</h2>
<p>In maart 2026 hebben wij met de gemeente Midden-Groningen, Waterschap Hunze en Aa's en Waterbedrijf
Groningen het Uitvoeringsprogramma Water en Bodem Midden-Groningen 2026-2029 vastgesteld. In de bijlage bij deze
brief staan de zes acties van het programma zoals zij toen zijn afgesproken. Met deze brief informeren wij u over
de voortgang.</p>
<h2>Voortgang per actie</h2>
{progress}
<h2>Wat gaan wij daarnaast doen?</h2>
<p>Wij stellen vóór 1 juli 2027, samen met de gemeente Midden-Groningen, een regeling op voor inwoners die hun
tuin willen vergroenen. Wij houden u over de voortgang op de hoogte.</p>
<h2>Wat doen anderen?</h2>
<p>Waterbedrijf Groningen werkt aan een nieuwe zuivering bij De Punt, die naar verwachting in 2029 gereed is.</p>
<p>Gedeputeerde Staten van Groningen</p>
<h2 style="page-break-before: always">Bijlage. Acties van het uitvoeringsprogramma (stand maart 2026)</h2>
<table border="1" cellpadding="3" cellspacing="0" width="100%">
<thead>
<tr><th width="6%">Nr.</th><th width="46%">Actie</th><th width="14%">Trekker</th><th width="20%">Partners</th><th width="14%">Planning</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p class="klein">Provincie = provincie Groningen; waterschap = Waterschap Hunze en Aa's; gemeente = gemeente
Midden-Groningen; WBG = Waterbedrijf Groningen.</p>
</body>
</html>
"""


# ------------------------------------------------------- b19-trekkerregels.md (Gennep, Mook en Middelaar)

TREKKER_MD = """\
# Gebiedsprogramma Maas en Niers Gennep en Mook 2027-2030

*Gemeente Gennep · Gemeente Mook en Middelaar · Waterschap Limburg · Provincie Limburg*

## Inleiding

De gemeenten Gennep en Mook en Middelaar, Waterschap Limburg, de provincie Limburg, Rijkswaterstaat, \
Staatsbosbeheer en de LLTB werken samen aan de Maas en de Niers in het noorden van Limburg. De bestuurders hebben \
dit programma op 19 november 2026 in Gennep vastgesteld.

In januari 2026 stond de Maas bij Mook hoger dan in de tien jaren daarvoor; de Niers trad bij Heijen buiten \
haar oevers.

## Acties

1. **Dijkversterking Maasdijk bij Mook**
   Trekker: Waterschap Limburg
   Partners: gemeente Mook en Middelaar, Rijkswaterstaat
   Planning: 2027-2030

2. **Herstel van de Niers tussen Gennep en Heijen** Partners: Staatsbosbeheer, gemeente Gennep
   Trekker: Waterschap Limburg
   Planning: 2027-2028

3. **Waterberging in het Niersdal bij Ottersum** Partners: gemeente Gennep
   Trekker: provincie Limburg
   Planning: 2029. Pas na actie 2.

4. **Hitte- en droogteplan voor Gennep en Mook en Middelaar**
   Trekker: gemeente Gennep
   Partners: gemeente Mook en Middelaar
   Planning: uiterlijk eind 2027

5. **Proef met droogtebestendige teelten op de Maasterrassen** Partners: LLTB, Waterschap Limburg
   Trekker: provincie Limburg
   Planning: vanaf 2028. Voorwaarde: actie 4 is vastgesteld.

6. **Beleefroute langs de waterberging in het Niersdal** Partners: Staatsbosbeheer
   Trekker: gemeente Gennep
   Planning: 2030. Pas na actie 3.

De studie naar de Maasoevers bij Middelaar uit de conceptversie is geschrapt.

## Tot slot

Iedere partij betaalt haar eigen acties. De stuurgroep komt twee keer per jaar bijeen.

LLTB = Limburgse Land- en Tuinbouw Bond.
"""


# ------------------------------------------------------------- b19-kamerbrief.txt (Brummen en Voorst)

KAMERBRIEF_TXT = """\
> Retouradres Postbus 20901 2500 EX Den Haag

De Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA Den Haag

Ministerie van Infrastructuur en Waterstaat

Datum         27 november 2026
Betreft       Hoogwater en rivierverruiming IJssel bij Brummen en Voorst

Geachte voorzitter,

Met deze brief informeer ik uw Kamer over de aanpak van hoogwater langs de IJssel bij Brummen en Voorst.

Aanleiding
In februari 2026 stonden de uiterwaarden van Cortenoever en de Voorsterklei wekenlang onder water. Het vorige kabinet heeft in 2024 een verkenning naar rivierverruiming langs de IJssel gestart.

Wat ga ik doen?
In deze kabinetsperiode neem ik een besluit over het verleggen van de dijk bij Cortenoever.
Tot de zomer van 2028 meet ik samen met Waterschap Vallei en Veluwe de erosie van het zomerbed van de IJssel tussen Dieren en Brummen.
Vanaf 2027 werk ik met de provincie Gelderland en de gemeenten Brummen en Voorst aan een gebiedsperspectief voor de uiterwaarden van Cortenoever en de Voorsterklei.
Ik stuur uw Kamer vóór de zomer van 2027 de resultaten van de verkenning rivierverruiming IJssel.
Deltares onderzoekt in 2027 in mijn opdracht, samen met Waterschap Rijn en IJssel, hoe de kwel achter de dijk bij Brummen zich bij hoogwater gedraagt.
In het eerste kwartaal van 2027 organiseer ik met de gemeente Brummen een bijeenkomst voor de bewoners van Cortenoever.

Bijdrage
Ik draag in deze kabinetsperiode € 2,5 miljoen bij aan de inrichting van de uiterwaarden bij Voorst.

Wat doen anderen?
Waterschap Vallei en Veluwe bereidt een dijkversterking bij Voorst voor, die naar verwachting in 2029 begint.

Hoogachtend,

DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,

ir. A. van der Berg
"""


# ------------------------------------------------------ b19-korte-jaren.pdf (Berg en Dal en Heumen)

KJ_TITLE = "Werkagenda Klimaat en Landschap Berg en Dal en Heumen 2027-2030"
KJ_INTRO = [
    "De gemeenten Berg en Dal en Heumen, Waterschap Rivierenland, de provincie Gelderland, Staatsbosbeheer en "
    "Geldersch Landschap & Kasteelen werken samen aan een landschap dat bestand is tegen droogte en hevige buien. "
    "Het Portefeuillehoudersoverleg heeft deze werkagenda op 18 november 2026 vastgesteld.",
    "In 2026 is de klimaatstresstest voor beide gemeenten afgerond.",
]
KJ_COLS = (("Nr.", 13), ("Werk", 70), ("Trekker", 24), ("Met", 37), ("Wanneer", 30))
# (code, werk, trekker, met, wanneer)
KJ_ROWS = [
    ("BH-1", "Klimaatbuffer in de Ooijpolder bij Persingen", "WSRL", "SBB, gem. Berg en Dal", "'27-'28"),
    (
        "BH-2",
        "Hitteplan voor de kernen van Berg en Dal en Heumen",
        "gem. Heumen",
        "gem. Berg en Dal, GGD",
        "najaar '27",
    ),
    (
        "BH-3",
        "Herstel van de sprengen op de stuwwal bij Groesbeek",
        "GLK",
        "gem. Berg en Dal, WSRL",
        "v.a. '28",
    ),
    ("BH-4", "Regenwater vasthouden in de Maasvallei bij Malden", "gem. Heumen", "WSRL", "t/m '29"),
    ("BH-5", "Droogteonderzoek voor de fruitteelt in de Ooijpolder", "PG", "WSRL, NFO", "'28"),
    ("BH-6", "Wandelnetwerk Heumensoord klimaatbestendig maken", "SBB", "gem. Heumen", "'27-'30"),
]
KJ_LEGEND = (
    "Afkortingen: WSRL = Waterschap Rivierenland; PG = provincie Gelderland; SBB = Staatsbosbeheer; GLK = "
    "Geldersch Landschap & Kasteelen; NFO = Nederlandse Fruittelers Organisatie; GGD = GGD Gelderland-Zuid; gem. = "
    "gemeente."
)
KJ_CLOSE = "Het Portefeuillehoudersoverleg bespreekt de voortgang in het voorjaar van 2027."


def build_korte_jaren(path: Path) -> None:
    pdf = new_pdf(KJ_TITLE, "Gemeente Berg en Dal", 18)
    pdf.add_page()
    para(pdf, "Gemeenten Berg en Dal en Heumen", 7.5)
    para(pdf, KJ_TITLE, 14, "B", 7, 3)
    for text in KJ_INTRO:
        para(pdf, text)
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 8.5)
    for name, w in KJ_COLS:
        pdf.cell(w, 5, name)
    pdf.ln(7)
    pdf.set_font("DejaVu", "", 8.5)
    for r in KJ_ROWS:
        y = pdf.get_y()
        x = pdf.l_margin
        lines = 1
        for (_, w), text in zip(KJ_COLS, r, strict=True):
            lines = max(lines, len(pdf.multi_cell(w - 3, 4.6, text, dry_run=True, output="LINES")))
            pdf.set_xy(x, y)
            pdf.multi_cell(w - 3, 4.6, text, align="L", new_x="RIGHT", new_y="TOP")
            x += w
        pdf.set_xy(pdf.l_margin, y + 4.6 * lines + 2.4)
    pdf.ln(3)
    para(pdf, KJ_LEGEND, 8, height=4.2)
    para(pdf, KJ_CLOSE, 8.5, height=4.5)
    pdf.output(str(path))


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind19-") as tmp:
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
    build_vervolgtabel(OUT / "b19-vervolgtabel.pdf")
    build_korte_jaren(OUT / "b19-korte-jaren.pdf")
    (OUT / "b19-trekkerregels.md").write_text(TREKKER_MD, encoding="utf-8")
    (OUT / "b19-kamerbrief.txt").write_text(KAMERBRIEF_TXT, encoding="utf-8")
    (MAKE / "b19-zietoelichting.html").write_text(zt_html(), encoding="utf-8")
    soffice(MAKE / "b19-zietoelichting.html", OUT)
    (MAKE / "b19-gs-brief.html").write_text(gs_html(), encoding="utf-8")
    soffice(MAKE / "b19-gs-brief.html", OUT)
    for p in sorted(OUT.glob("b19-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
