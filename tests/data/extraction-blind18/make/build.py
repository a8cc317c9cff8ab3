"""Build the blind18 documents.

- b18-legenda.pdf: fpdf2, a ruled table "Nr. | Maatregel | Wie | Planning" whose Wie cell writes
  "Provincie (t), gemeenten": a role letter after a party ("(t)" trekker, "(o)" opdrachtgever, none = partner)
  and a GROUP word ("gemeenten") for two municipalities; the LEGEND that explains both stands on PAGE 2, under
  "Toelichting bij de tabel", not near the table.
- b18-raadsinformatiebrief.pdf: HTML written by this script, converted by LibreOffice; a raadsinformatiebrief
  of the college of Kampen with commitments in running "wij"-prose AND a ruled table of agreed next steps
  "Stap | Wie | Gereed" whose first row is a step already done ("afgerond september 2026").
- b18-samenwerkingsagenda.md: Markdown, a regionale samenwerkingsagenda with numbered actions INSIDE
  paragraphs ("**Actie 3.1** ..."); trekker and planning stand in a sentence at the end of the paragraph; one
  paragraph holds two actions; one action number is withdrawn ("Actie 3.3 is vervallen").
- b18-jaarplan.pdf: fpdf2, an UNRULED jaarplan 2027 in whitespace columns "Nr. | Activiteit | Eigenaar |
  Bijdrage van | Kwartaal" whose Kwartaal cells hold quarters WITHOUT a year ("Q1-Q2", "Q4 → 2028",
  "hele jaar"): the year stands only in the title.
- b18-actielijst.pdf: HTML written by this script, converted by LibreOffice; the actielijst of a bestuurlijk
  overleg whose Actiehouder column names FUNCTIONS ("wethouder Nieuwkoop", "de gedeputeerde", "de dijkgraaf"),
  resolved only by the list of those present; rows with status "afgedaan" are done.
- b18-kamerbrief.txt: plain text, a Kamerbrief of the Minister van Infrastructuur en Waterstaat whose
  commitments stand in the prose AND again, shortened, in a closing "Overzicht van toezeggingen"; one
  toezegging stands only in that overview, one old toezegging there is declared done.

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
    pdf.set_creator("blind18 build.py")
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


# ------------------------------------------------------------------ b18-legenda.pdf (Bommelerwaard)

LG_TITLE = "Uitvoeringsprogramma Dijk en Water Bommelerwaard 2027-2030"
LG_INTRO = [
    "De gemeenten Zaltbommel en Maasdriel, Waterschap Rivierenland, de provincie Gelderland, Rijkswaterstaat, "
    "Vitens en de GGD Gelderland-Zuid werken samen aan een Bommelerwaard die veilig is bij hoogwater en genoeg "
    "zoet water heeft. Het Bestuurlijk Overleg Bommelerwaard heeft dit programma op 19 november 2026 vastgesteld.",
    "In januari 2026 stonden de uiterwaarden bij Hurwenen en Rossum wekenlang onder water.",
]
# (code, maatregel, wie as written, planning)
LG_ROWS = [
    ("BW-1", "Dijkversterking Waaldijk tussen Zaltbommel en Gameren", "WSRL (t), gemeenten", "2027-2030"),
    (
        "BW-2",
        "Hittekaart en hitteplan voor de kernen van de Bommelerwaard",
        "Maasdriel (t), Zaltbommel, GGD",
        "2027",
    ),
    (
        "BW-3",
        "Zoetwaterbuffer in de uiterwaarden bij Hurwenen",
        "Provincie (t), WSRL, gemeenten",
        "2028-2029",
    ),
    ("BW-4", "Natuurvriendelijke oevers langs de Maas bij Alem", "RWS (t), Provincie", "uiterlijk 2029"),
    ("BW-5", "Afkoppelen van regenwater in Zaltbommel-Oost", "Zaltbommel (t), WSRL", "vanaf 2028, na BW-2"),
    (
        "BW-6",
        "Beschermingsplan voor het drinkwater van pompstation Zaltbommel",
        "Provincie (o), Vitens (t), Zaltbommel",
        "2028",
    ),
]
LG_UNDER = "De tabel wordt toegelicht op pagina 2."
LG_LEGEND = [
    "Toelichting bij de tabel",
    "In de kolom Wie staat achter de trekker (t) en achter de opdrachtgever (o); de andere genoemde partijen zijn "
    "partner. Met 'gemeenten' zijn de gemeenten Zaltbommel en Maasdriel bedoeld, met 'Provincie' de provincie "
    "Gelderland. Verder: WSRL = Waterschap Rivierenland; RWS = Rijkswaterstaat; GGD = GGD Gelderland-Zuid. Een "
    "maatregel die pas begint na een andere maatregel, heeft het nummer van die maatregel in de kolom Planning.",
    "Financiering. Elke partij betaalt haar eigen deel. Het Rijk draagt via het Hoogwaterbeschermingsprogramma "
    "bij aan maatregel BW-1.",
]


def build_legenda(path: Path) -> None:
    pdf = new_pdf(LG_TITLE, "Waterschap Rivierenland", 19)
    pdf.add_page()
    para(pdf, "Gemeenten Zaltbommel en Maasdriel – Waterschap Rivierenland – Provincie Gelderland", 7.5)
    para(pdf, LG_TITLE, 14, "B", 7, 3)
    for text in LG_INTRO:
        para(pdf, text)
    para(pdf, "Maatregelen", 11, "B", 6, 1)
    head = FontFace(emphasis="BOLD", fill_color=(222, 232, 214))
    with pdf.table(
        col_widths=(14, 78, 50, 32),
        line_height=5,
        padding=1.6,
        borders_layout="ALL",
        text_align="LEFT",
        headings_style=head,
    ) as table:
        pdf.set_font("DejaVu", "", 8.5)
        row = table.row()
        for h in ("Nr.", "Maatregel", "Wie", "Planning"):
            row.cell(h)
        for r in LG_ROWS:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    para(pdf, LG_UNDER, 8, "I", 4.2)
    pdf.add_page()
    para(pdf, LG_LEGEND[0], 11, "B", 6, 1)
    for text in LG_LEGEND[1:]:
        para(pdf, text, 9)
    pdf.output(str(path))


# ---------------------------------------------------------------- b18-jaarplan.pdf (De Maashorst)

JP_TITLE = "Jaarplan 2027 Programma Water en Natuur De Maashorst"
JP_INTRO = [
    "De gemeente Maashorst, Waterschap Aa en Maas, de provincie Noord-Brabant, Brabant Water, Natuurmonumenten "
    "en Staatsbosbeheer werken samen in het programma Water en Natuur De Maashorst. Dit jaarplan zegt wat de "
    "partners in het komende jaar doen. De stuurgroep heeft het op 25 november 2026 vastgesteld.",
    "In 2026 is de inventarisatie van de vennen in het natuurgebied afgerond.",
    "Leeswijzer. De eigenaar is verantwoordelijk voor de activiteit; de partijen onder 'Bijdrage van' werken mee. "
    "De kolom Kwartaal geeft de kwartalen van dit jaar waarin de activiteit loopt; een pijl (→ 2028) betekent "
    "dat zij in 2028 doorloopt.",
]
JP_COLS = (("Nr.", 13), ("Activiteit", 70), ("Eigenaar", 26), ("Bijdrage van", 36), ("Kwartaal", 29))
# (programmalijn, [(code, activiteit, eigenaar, bijdrage van, kwartaal)])
JP_LINES = [
    (
        "Lijn 1 Water vasthouden",
        [
            ("J1", "Dempen van sloten in de Herperduin bij Schaijk", "AenM", "NM, SBB", "Q2-Q3"),
            ("J2", "Regenwater vasthouden op bedrijventerrein Uden-Noord", "gem.", "AenM", "Q1 → 2028"),
        ],
    ),
    (
        "Lijn 2 Drinkwater en grondwater",
        [
            ("J3", "Grondwatermeetnet rond de winning bij Uden", "BW", "AenM, prov.", "hele jaar"),
            (
                "J4",
                "Verkenning van een beschermingszone rond de winning bij Schaijk",
                "prov.",
                "BW, gem.",
                "Q3",
            ),
        ],
    ),
    (
        "Lijn 3 Natuur en beleving",
        [
            ("J5", "Herstel van heide en vennen op de Slabroekse Heide", "SBB", "NM", "Q1-Q2"),
            ("J6", "Bezoekerscentrum Slabroek klimaatbestendig maken", "NM", "gem.", "Q4 → 2028"),
        ],
    ),
]
JP_LEGEND = (
    "Afkortingen: AenM = Waterschap Aa en Maas; BW = Brabant Water; NM = Natuurmonumenten; SBB = Staatsbosbeheer; "
    "prov. = provincie Noord-Brabant; gem. = gemeente Maashorst."
)
JP_CLOSE = "De volgende voortgangsrapportage verschijnt in september 2027."


def build_jaarplan(path: Path) -> None:
    pdf = new_pdf(JP_TITLE, "Gemeente Maashorst", 25)
    pdf.add_page()
    para(pdf, "Programma Water en Natuur De Maashorst", 7.5)
    para(pdf, JP_TITLE, 14, "B", 7, 3)
    for text in JP_INTRO:
        para(pdf, text)
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 8.5)
    for name, w in JP_COLS:
        pdf.cell(w, 5, name)
    pdf.ln(7)
    for line, rows in JP_LINES:
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)
        for r in rows:
            y = pdf.get_y()
            x = pdf.l_margin
            lines = 1
            for (_, w), text in zip(JP_COLS, r, strict=True):
                lines = max(lines, len(pdf.multi_cell(w - 3, 4.6, text, dry_run=True, output="LINES")))
                pdf.set_xy(x, y)
                pdf.multi_cell(w - 3, 4.6, text, align="L", new_x="RIGHT", new_y="TOP")
                x += w
            pdf.set_xy(pdf.l_margin, y + 4.6 * lines + 2.4)
        pdf.ln(1.5)
    pdf.ln(2)
    para(pdf, JP_LEGEND, 8, height=4.2)
    para(pdf, JP_CLOSE, 8.5, height=4.5)
    pdf.output(str(path))


# ----------------------------------------------------- b18-samenwerkingsagenda.md (Brabantse Wal)

AGENDA_MD = """\
# Regionale Samenwerkingsagenda Water en Landschap Brabantse Wal 2027-2030

*Tholen · Steenbergen · Woensdrecht · Brabantse Delta · Scheldestromen · Noord-Brabant · Zeeland*

## 1 Inleiding

De gemeenten Tholen, Steenbergen en Woensdrecht (hierna samen: de Walgemeenten), Waterschap Brabantse Delta
(hierna: Brabantse Delta), Waterschap Scheldestromen (hierna: Scheldestromen), de provincie Noord-Brabant, de
provincie Zeeland en Brabants Landschap werken samen aan het water en het landschap op en rond de Brabantse
Wal. De bestuurders hebben deze agenda op 26 november 2026 in Bergen op Zoom ondertekend.

## 2 Waar staan we?

In de droge zomer van 2025 vielen op de Brabantse Wal meerdere vennen droog. In 2026 heeft Brabantse Delta de
stuwen in de Zoom vernieuwd.

Leeswijzer. De acties zijn per thema genummerd. Bij elke actie staat in de tekst wie haar trekt, wie meedoet en
wanneer zij wordt uitgevoerd.

## 3 Water

**Actie 3.1** Op de flank van de Brabantse Wal wordt het regenwater langer vastgehouden door stuwen en
greppels in de beekdalen van de Zoom en de Molenbeek. Brabantse Delta trekt deze actie, samen met
Woensdrecht en Brabants Landschap; de uitvoering valt in 2027 en 2028.

**Actie 3.2** De zoetwatervoorziening van de akkerbouw op Sint Philipsland en Tholen wordt verbeterd met een
nieuwe aanvoerleiding vanuit het Volkerak-Zoommeer. Scheldestromen is trekker en de gemeente Tholen doet
mee; de provincie Zeeland is opdrachtgever. Het werk start in 2028.

**Actie 3.3** is vervallen; het werk is opgenomen in actie 3.1.

## 4 Landschap en wonen

**Actie 4.1** De Walgemeenten stellen samen een hitte- en droogteplan voor de kernen op, met Steenbergen als
trekker; het plan is uiterlijk eind 2027 klaar. **Actie 4.2** Na afronding van actie 3.2 onderzoekt de provincie
Zeeland met Scheldestromen of er ook zoet water naar de kassen bij Tholen kan; dat gebeurt in 2029.

**Actie 4.3** Brabants Landschap herstelt de heide en de vennen op de Wouwse Plantage. De provincie
Noord-Brabant is opdrachtgever; Brabants Landschap is trekker. Uitvoering van 2027 tot en met 2030.

**Actie 4.4** Woensdrecht legt een klimaatbestendige fietsroute over de Wal aan tussen Hoogerheide en
Ossendrecht, met Brabantse Delta voor de bermen en greppels. Woensdrecht trekt; de aanleg begint in 2028.

## 5 Hoe verder?

De Walgemeenten, de waterschappen en de provincies komen twee keer per jaar bijeen. Iedere partij betaalt haar
eigen acties. Deze agenda wordt in 2030 geëvalueerd.
"""


# --------------------------------------------------------------- b18-kamerbrief.txt (Zuid-Limburg)

KAMERBRIEF_TXT = """\
> Retouradres Postbus 20901 2500 EX Den Haag

De Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA Den Haag

Ministerie van Infrastructuur en Waterstaat

Datum         26 november 2026
Betreft       Wateroverlast en hoogwater in het Zuid-Limburgse Heuvelland

Geachte voorzitter,

Met deze brief informeer ik uw Kamer over de aanpak van wateroverlast en hoogwater in het Heuvelland van
Zuid-Limburg, zoals ik heb toegezegd in het commissiedebat Water van 12 maart 2026.

Aanleiding
In juli 2021 en opnieuw in mei 2026 trad de Geul buiten haar oevers; in Gulpen-Wittem, Vaals en
Eijsden-Margraten liepen straten en kelders onder. Waterschap Limburg heeft sindsdien de noodmaatregelen
langs de Gulp afgerond.

Wat ga ik doen?
Samen met Waterschap Limburg en de provincie Limburg laat ik Deltares in 2027 en 2028 onderzoeken hoe het regenwater op de hellingen van het Heuvelland langer kan worden vastgehouden.
Ik start in 2027 met Waterschap Limburg en de gemeenten Gulpen-Wittem, Vaals en Eijsden-Margraten een proef met kleine regenwaterbuffers in de droogdalen.
Met de minister van Landbouw, Visserij, Voedselzekerheid en Natuur werk ik in 2027 en 2028 aan een regeling voor boeren die hun akkers op de hellingen omzetten in grasland.
Uiterlijk eind 2028 neem ik een besluit over de voorkeursstrategie voor de Geul en de Gulp.
Ik stuur uw Kamer vóór 1 juli 2027 de evaluatie van de hoogwaterwaarschuwingen van mei 2026.

Bijdrage
Vanaf 2027 draag ik jaarlijks € 4 miljoen bij aan de regeling Wateroverlast Heuvelland van de provincie
Limburg.

Wat doen anderen?
De provincie Limburg werkt aan een nieuw omgevingsprogramma voor het Heuvelland, dat naar verwachting in
2028 wordt vastgesteld.

Overzicht van toezeggingen
1. Onderzoek van Deltares naar het vasthouden van regenwater op de hellingen (2027-2028).
2. Proef met kleine regenwaterbuffers in de droogdalen (start 2027).
3. Besluit over de voorkeursstrategie voor de Geul en de Gulp (uiterlijk eind 2028).
4. Evaluatie van de hoogwaterwaarschuwingen van mei 2026 naar de Kamer (vóór 1 juli 2027).
5. Ik informeer uw Kamer jaarlijks over de voortgang van de aanpak in het Heuvelland, voor het eerst in het voorjaar van 2027.
6. De toezegging uit het commissiedebat Water van 12 maart 2026 om uw Kamer over de aanpak te informeren, beschouw ik met deze brief als afgedaan.

Hoogachtend,

DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,

ir. A. van der Berg
"""


# -------------------------------------------------- b18-raadsinformatiebrief.pdf (Kampen, IJsseldelta)

RIB_TITLE = "Raadsinformatiebrief Hoogwater en klimaatadaptatie Kampen"
# (stap, wie, gereed); the first row is done
RIB_STEPS = [
    ("Stresstest wateroverlast en hitte Kampen", "wij", "afgerond september 2026"),
    ("Evacuatieplan hoogwater voor Kampen-Noord", "wij, Veiligheidsregio", "2e kwartaal 2027"),
    (
        "Informatieavond over de kaden langs het Ganzendiep voor bewoners van Brunnepe",
        "WDODelta",
        "maart 2027",
    ),
    ("Voorstel aan de raad over het krediet voor de waterberging in Onderdijks", "wij", "december 2026"),
]


def rib_html() -> str:
    rows = "\n".join(f"<tr><td>{s}</td><td>{w}</td><td>{g}</td></tr>" for s, w, g in RIB_STEPS)
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{RIB_TITLE}</title>
<style>
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 14pt; }}
h2 {{ font-size: 11pt; }}
td, th {{ font-size: 8.5pt; vertical-align: top; }}
p.klein {{ font-size: 7.5pt; }}
</style>
</head>
<body>
<p class="klein">Gemeente Kampen</p>
<h1>{RIB_TITLE}</h1>
<table cellpadding="1" cellspacing="0">
<tr><td>Aan</td><td>de gemeenteraad van Kampen</td></tr>
<tr><td>Van</td><td>het college van burgemeester en wethouders</td></tr>
<tr><td>Datum</td><td>23 november 2026</td></tr>
<tr><td>Onderwerp</td><td>Hoogwater en klimaatadaptatie in de IJsseldelta</td></tr>
</table>
<h2>Aanleiding</h2>
<p>Met deze brief informeren wij u over de afspraken die wij met Waterschap Drents Overijsselse Delta (hierna:
WDODelta), de provincie Overijssel en de Veiligheidsregio IJsselland hebben gemaakt over hoogwater en
klimaatadaptatie in Kampen. In februari 2026 stond de IJssel bij Kampen hoger dan in de twintig jaren
daarvoor.</p>
<h2>Wat gaan wij doen?</h2>
<p>Wij stellen vóór 1 juli 2027 een hitteplan voor Kampen, IJsselmuiden en Brunnepe op, samen met de GGD
IJsselland. Samen met WDODelta leggen wij in 2027 en 2028 een waterberging aan in de wijk Onderdijks. De
provincie laat WDODelta vanaf 2027 de kaden langs het Ganzendiep verhogen; wij werken daaraan mee.</p>
<h2>Wat hebben wij met de partners afgesproken?</h2>
<p>De partners hebben de volgende vervolgstappen afgesproken. Wij houden u over de voortgang op de hoogte.</p>
<table border="1" cellpadding="3" cellspacing="0" width="100%">
<thead>
<tr><th width="55%">Stap</th><th width="25%">Wie</th><th width="20%">Gereed</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p class="klein">In de tabel zijn 'wij' het college van Kampen en 'Veiligheidsregio' de Veiligheidsregio IJsselland.</p>
<h2>Wat doen anderen?</h2>
<p>Rijkswaterstaat werkt aan de verdieping van het Reevediep, die naar verwachting in 2029 klaar is.</p>
<p>Met vriendelijke groet,<br>burgemeester en wethouders van Kampen</p>
</body>
</html>
"""


# --------------------------------------------- b18-actielijst.pdf (Nieuwkoop en Kaag en Braassem)

AL_TITLE = "Actielijst Bestuurlijk Overleg Veenweide Nieuwkoop en Kaag en Braassem"
# (nr, actiepunt, actiehouder as a function, deadline, status)
AL_ROWS = [
    (
        "2026-09/2",
        "Notitie over de peilstrategie voor de Nieuwkoopse Plassen",
        "de dijkgraaf",
        "-",
        "afgedaan",
    ),
    (
        "2026-11/1",
        "Plan van aanpak voor de veenweidepilot in de polder Zevenhoven opstellen, i.s.m. LTO Noord",
        "wethouder Nieuwkoop",
        "1 maart 2027",
        "nieuw",
    ),
    (
        "2026-11/2",
        "Uitwerken van de subsidieregeling voor onderwaterdrainage voor de beide gemeenten",
        "de gedeputeerde",
        "Q2 2027",
        "nieuw",
    ),
    (
        "2026-11/3",
        "Kaart met de bodemdaling in Kaag en Braassem laten maken door het hoogheemraadschap",
        "wethouder Kaag en Braassem",
        "eind 2027",
        "nieuw",
    ),
    (
        "2026-09/4",
        "Herstel van de kaden langs de Wijde Aa, samen met Staatsbosbeheer",
        "de dijkgraaf",
        "2027-2028",
        "loopt",
    ),
    (
        "2026-11/4",
        "Voorstel voor een gezamenlijk gebiedsfonds veenweide, i.s.m. beide wethouders",
        "de gedeputeerde",
        "vanaf 2027",
        "nieuw",
    ),
    (
        "2026-11/5",
        "Verkenning van natte teelten in de polder Nieuwkoop",
        "wethouder Nieuwkoop",
        "2027",
        "nieuw",
    ),
]


def al_html() -> str:
    rows = "\n".join(
        f"<tr><td>{n}</td><td>{a}</td><td>{h}</td><td>{d}</td><td>{s}</td></tr>" for n, a, h, d, s in AL_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{AL_TITLE}</title>
<style>
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 14pt; }}
td, th {{ font-size: 8.5pt; vertical-align: top; }}
p.klein {{ font-size: 7.5pt; }}
</style>
</head>
<body>
<h1>{AL_TITLE}</h1>
<p>Datum: 18 november 2026, gemeentehuis Ter Aar<br>
Aanwezig: wethouder Nieuwkoop (gemeente Nieuwkoop, voorzitter), wethouder Kaag en Braassem (gemeente Kaag en
Braassem), de gedeputeerde (gedeputeerde Water en Bodem, provincie Zuid-Holland), de dijkgraaf
(Hoogheemraadschap van Rijnland); ambtelijk secretaris: programmabureau Veenweide.</p>
<p>Het overleg bespreekt de voortgang van de veenweideaanpak. Staatsbosbeheer en LTO Noord waren als gast
aanwezig. Het verslag van 23 september 2026 is ongewijzigd vastgesteld.</p>
<h2>Actielijst</h2>
<p>Leeswijzer. De actiehouder is verantwoordelijk voor het actiepunt namens zijn of haar organisatie. Een
actiepunt met status 'afgedaan' is uitgevoerd en wordt na dit overleg van de lijst gehaald.</p>
<table border="1" cellpadding="3" cellspacing="0" width="100%">
<thead>
<tr><th width="11%">Nr.</th><th width="45%">Actiepunt</th><th width="18%">Actiehouder</th><th width="13%">Deadline</th><th width="13%">Status</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>Het volgende overleg is op 10 februari 2027 in Roelofarendsveen.</p>
</body>
</html>
"""


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind18-") as tmp:
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


def heading(line: str) -> bool:
    return line.startswith("#") or (line.startswith("*") and not line.startswith("**"))


def unwrap(text: str) -> str:
    """One line per paragraph, as Markdown written in an editor without hard wraps."""
    out: list[str] = []
    for line in text.splitlines():
        if out and out[-1] and line and not heading(line) and not heading(out[-1]):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def main() -> int:
    build_legenda(OUT / "b18-legenda.pdf")
    build_jaarplan(OUT / "b18-jaarplan.pdf")
    (OUT / "b18-samenwerkingsagenda.md").write_text(unwrap(AGENDA_MD), encoding="utf-8")
    (OUT / "b18-kamerbrief.txt").write_text(KAMERBRIEF_TXT, encoding="utf-8")
    (MAKE / "b18-raadsinformatiebrief.html").write_text(rib_html(), encoding="utf-8")
    soffice(MAKE / "b18-raadsinformatiebrief.html", OUT)
    (MAKE / "b18-actielijst.html").write_text(al_html(), encoding="utf-8")
    soffice(MAKE / "b18-actielijst.html", OUT)
    for p in sorted(OUT.glob("b18-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
