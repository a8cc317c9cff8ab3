"""Build the blind15 documents.

- b15-hoofdletters.pdf: the HTML beside this script (a ruled table "Nr. | Maatregel | Wie | Wanneer" whose Wie
  cell names the trekker in CAPITALS and bold, the partners in normal type, the trekker not always first),
  converted by LibreOffice.
- b15-partij-jaar.pdf: fpdf2, a ruled table whose ROWS are organisations and whose COLUMNS are years
  ("Partij | 2026 | 2027 | 2028"); each cell lists what that party does in that year, an action over several
  years is repeated as "V5 vervolg".
- b15-raadsinformatiebrief.pdf: fpdf2, a raadsinformatiebrief of the college of Veere whose commitments stand in
  running prose with the DATE FIRST ("In het voorjaar van 2027 legt het college ..."), as do past events and the
  plans of other bodies.
- b15-intentieverklaring.pdf: the HTML beside this script (an intentieverklaring whose parties are defined by
  abbreviation in the preamble, "Partijen" all of them, articles per THEME whose leden name their doer:
  "De Provincie draagt zorg voor ...", "Partijen genoemd onder 2, 3 en 4 ...; WDODelta is trekker."),
  converted by LibreOffice.
- b15-romeins.md: Markdown, sporen with ROMAN numerals "## II. Titel" and actions "a." "b." "c." under them
  (referred to as "II.b"), with "voorwaarde: ...", "loopt gelijk op met ...", "na afronding van actie II.b".
- b15-begroting.txt: plain text, one programme of a gemeentelijke programmabegroting with the three W-questions;
  the activities under "Wat gaan we daarvoor doen?" are bullets in "we"-prose (the gemeente is the doer) that
  take the begrotingsjaar when they name no year; indicator and cost tables with years and amounts.
- b15-tijdvakken.pdf: fpdf2, a werkplanning ordered by TIME: bold period headings ("2e helft 2026", "Q1 2027",
  "Q2/Q3 2027", "Begin 2028", "Doorlopend") with the actions under them, no period beside an action.

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


def new_pdf(title: str, author: str, day: int) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, day, 9, 0, 0))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("blind15 build.py")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    return pdf


def para(pdf: FPDF, text: str, size: float = 9.5, style: str = "", height: float = 5.0, after: float = 2.0):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, height, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# ----------------------------------------------------------- b15-partij-jaar.pdf (Vijfheerenlanden)

PJ_TITLE = "Gebiedsagenda Lek en Linge Vijfheerenlanden 2026-2028"
PJ_HEADER = ("Partij", "2026", "2027", "2028")
# one row per party; a cell lists the actions of that party in that year ("\n" between two actions)
PJ_ROWS = [
    (
        "Gemeente Vijfheerenlanden",
        "V1 Hemelwaterplan Leerdam, met WSRL",
        "V1 vervolg\nV2 Groene schoolpleinen in Vianen",
        "V3 Klimaatbestendig bedrijventerrein Meerkerk, met provincie Utrecht",
    ),
    (
        "Provincie Utrecht",
        "–",
        "V4 Gebiedsproces veenweide rond Ameide en Meerkerk, met gemeente Vijfheerenlanden en LTO Noord",
        "V4 vervolg",
    ),
    (
        "Waterschap Rivierenland",
        "V5 Dijkversterking Lek tussen Vianen en Ameide, met RWS en gemeente Vijfheerenlanden",
        "V5 vervolg",
        "V5 vervolg\nV6 Natuurvriendelijke oevers langs de Linge bij Leerdam, na afronding van V1",
    ),
    (
        "Rijkswaterstaat",
        "–",
        "V7 Renovatie van het stuwcomplex Hagestein, met WSRL",
        "V7 vervolg",
    ),
]
PJ_INTRO = [
    "De gemeente Vijfheerenlanden, de provincie Utrecht, Waterschap Rivierenland (hierna: WSRL) en "
    "Rijkswaterstaat (hierna: RWS) werken samen aan veilige dijken, schoon water en een vitaal platteland in de "
    "Vijfheerenlanden. Het Bestuurlijk Overleg Lek en Linge heeft deze agenda op 18 november 2026 vastgesteld.",
    "Bij het hoogwater van januari 2024 stond de uiterwaard bij Vianen dagenlang onder water.",
    "Leeswijzer. Elke rij van de tabel is een partij; in de kolom van een jaar staat wat die partij in dat jaar "
    "doet. De partij van de rij is trekker; partijen na 'met' werken mee. Loopt een actie over meer jaren, dan "
    "staat zij in elk jaar met haar nummer; 'vervolg' betekent dat de actie uit het vorige jaar doorloopt.",
]
PJ_LEGEND = (
    "Afkortingen: WSRL = Waterschap Rivierenland; RWS = Rijkswaterstaat. – = geen actie van deze partij in dat "
    "jaar."
)


def build_partij_jaar(path: Path) -> None:
    pdf = new_pdf(PJ_TITLE, "Gemeente Vijfheerenlanden", 19)
    pdf.add_page()
    para(pdf, "Gemeente Vijfheerenlanden – Provincie Utrecht – Waterschap Rivierenland – Rijkswaterstaat", 7.5)
    para(pdf, PJ_TITLE, 14, "B", 7, 3)
    for text in PJ_INTRO:
        para(pdf, text)
    para(pdf, "Acties per partij en per jaar", 10.5, "B", 6, 1)
    with pdf.table(
        col_widths=(34, 45, 45, 46),
        line_height=5.0,
        padding=2.2,
        borders_layout="ALL",
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(222, 232, 226)),
    ) as table:
        pdf.set_font("DejaVu", "", 8.5)
        row = table.row()
        for h in PJ_HEADER:
            row.cell(h)
        for values in PJ_ROWS:
            row = table.row()
            for i, v in enumerate(values):
                row.cell(v, style=FontFace(emphasis="BOLD") if i == 0 else None)
    pdf.ln(3)
    para(pdf, PJ_LEGEND, 8, height=4.2)
    pdf.output(str(path))


# ------------------------------------------------------ b15-raadsinformatiebrief.pdf (Veere, Walcheren)

RIB_DATE = "24 november 2026"
RIB_SUBJECT = "Voortgang Kustvisie Veere en klimaatadaptatie Walcheren"
RIB_OPEN = [
    "Geachte raadsleden,",
    "Met deze brief informeren wij u over de voortgang van de Kustvisie Veere en over de samenwerking op "
    "Walcheren met de gemeenten Middelburg en Vlissingen, Waterschap Scheldestromen (hierna: het waterschap) en "
    "de provincie Zeeland.",
]
RIB_PAST = [
    "In september 2026 hebben wij met het waterschap en de provincie de stresstest voor Walcheren afgerond.",
    "In oktober 2026 nam uw raad de motie 'Ruimte voor de duinen' aan.",
]
RIB_COMMIT = [
    "In het voorjaar van 2027 legt het college uw raad het uitvoeringsplan Kustvisie Veere ter vaststelling "
    "voor.",
    "Vóór 1 juli 2027 stellen wij met de gemeenten Middelburg en Vlissingen een gezamenlijke hittestrategie voor "
    "Walcheren op.",
    "In de tweede helft van 2027 laat het college door de HZ University of Applied Sciences onderzoeken hoe de "
    "strandopgangen bij Zoutelande en Westkapelle koel en toegankelijk kunnen blijven.",
    "Uiterlijk 31 december 2027 past het college het omgevingsplan aan voor de bebouwing in de duinzone bij "
    "Domburg.",
    "In 2027 en 2028 herstellen wij samen met Het Zeeuwse Landschap en Staatsbosbeheer de duinvalleien bij "
    "Oostkapelle.",
    "Begin 2028 start het college samen met het waterschap een proef met zoetwateropslag in de kreekruggen bij "
    "Serooskerke.",
    "Vanaf 2027 informeert het college uw raad elk half jaar over de voortgang van de Kustvisie.",
]
RIB_OTHERS = [
    "In 2027 versterkt het waterschap de duinvoet tussen Domburg en Westkapelle.",
    "Vanaf 2028 breidt Evides Waterbedrijf de winning van zoet water in de Oranjezon uit.",
]
RIB_CLOSE = [
    "Als de provincie in 2027 extra middelen voor de kust beschikbaar stelt, dan versnellen wij de aanpak van "
    "de strandopgangen.",
    "Over de kosten van het uitvoeringsplan besluit uw raad bij de begroting 2028.",
    "Hoogachtend,",
    "burgemeester en wethouders van Veere,",
    "de secretaris, de burgemeester,",
]


def build_raadsinformatiebrief(path: Path) -> None:
    pdf = new_pdf(RIB_SUBJECT, "Gemeente Veere", 24)
    pdf.set_margins(25, 18, 25)
    pdf.add_page()
    para(pdf, "Gemeente Veere", 12, "B", 6, 1)
    para(pdf, "Raadsinformatiebrief", 9.5, "B", 5, 5)
    para(pdf, "Aan de gemeenteraad van Veere", 9.5, height=5, after=3)
    pdf.set_font("DejaVu", "", 8)
    for label, value in (
        ("Datum", RIB_DATE),
        ("Onderwerp", RIB_SUBJECT),
        ("Kenmerk", "RIB-2026-047"),
        ("Portefeuillehouder", "wethouder ruimte en kust"),
    ):
        pdf.cell(32, 4.5, label)
        pdf.cell(0, 4.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for text in RIB_OPEN:
        para(pdf, text)
    para(pdf, "Wat is er gebeurd?", 10, "B", 5.5, 1)
    for text in RIB_PAST:
        para(pdf, text)
    para(pdf, "Wat gaan wij doen?", 10, "B", 5.5, 1)
    for text in RIB_COMMIT:
        para(pdf, text)
    para(pdf, "Wat doen anderen?", 10, "B", 5.5, 1)
    for text in RIB_OTHERS:
        para(pdf, text)
    para(pdf, "Tot slot", 10, "B", 5.5, 1)
    for text in RIB_CLOSE:
        para(pdf, text, after=1.5)
    pdf.output(str(path))


# ----------------------------------------------------------- b15-tijdvakken.pdf (Zuidoost-Fryslân)

TV_TITLE = "Werkplanning Klimaatadaptatie Zuidoost-Fryslân 2026-2028"
TV_INTRO = [
    "De gemeenten Heerenveen, Opsterland, Ooststellingwerf en Weststellingwerf (hierna: de vier gemeenten) "
    "werken met Wetterskip Fryslân (hierna: WF), de provincie Fryslân, Vitens, Staatsbosbeheer, It Fryske Gea "
    "en de GGD Fryslân aan een Zuidoost-Fryslân dat bestand is tegen hitte, droogte en wateroverlast. Het "
    "Regionaal Bestuurlijk Overleg heeft deze werkplanning op 20 november 2026 vastgesteld.",
    "In juni 2025 liepen in Gorredijk na een wolkbreuk ruim zestig woningen onder water.",
    "Leeswijzer. De planning is geordend naar tijdvak: onder elk kopje staan de acties die in dat tijdvak "
    "worden uitgevoerd. Per actie staat eerst de trekker, daarna na 'met' de partners. Loopt een actie langer "
    "door, dan staat dat bij de actie.",
]
# (period heading, [action lines])
TV_BLOCKS = [
    (
        "2e helft 2026",
        [
            "ZF1 Regionale hittekaart voor Zuidoost-Fryslân – trekker gemeente Heerenveen, met GGD Fryslân",
            "ZF2 Inventarisatie van knelpunten bij wateroverlast in Gorredijk en Beetsterzwaag – trekker "
            "gemeente Opsterland, met WF",
        ],
    ),
    (
        "Q1 2027",
        [
            "ZF3 Nieuw peilbesluit voor het stroomgebied van de Tjonger – trekker WF, met gemeente "
            "Ooststellingwerf en gemeente Heerenveen",
        ],
    ),
    (
        "Q2/Q3 2027",
        [
            "ZF4 Herstel van het beekdal van de Linde bij Oldelamer – trekker Staatsbosbeheer, met WF en "
            "gemeente Weststellingwerf (loopt door tot en met 2028)",
            "ZF5 Afkoppelen van regenwater in het centrum van Gorredijk, na afronding van ZF2 – trekker gemeente "
            "Opsterland, met WF",
        ],
    ),
    (
        "2e helft 2027",
        [
            "ZF6 Afspraken over beregening in het intrekgebied van pompstation Oldeholtpade – trekker Vitens, "
            "met LTO Noord",
        ],
    ),
    (
        "Begin 2028",
        [
            "ZF7 Evaluatie van de werkplanning – trekker provincie Fryslân, met de vier gemeenten",
        ],
    ),
    (
        "Doorlopend",
        [
            "ZF8 Kennisnetwerk klimaatadaptatie Zuidoost-Fryslân – trekker WF, met It Fryske Gea",
        ],
    ),
]
TV_CLOSE = "De partners betalen de acties uit hun eigen begrotingen; deze werkplanning geeft geen bedragen."


def build_tijdvakken(path: Path) -> None:
    pdf = new_pdf(TV_TITLE, "Wetterskip Fryslân", 21)
    pdf.add_page()
    para(pdf, "Regio Zuidoost-Fryslân – Wetterskip Fryslân – Provincie Fryslân", 7.5)
    para(pdf, TV_TITLE, 14, "B", 7, 3)
    for text in TV_INTRO:
        para(pdf, text)
    pdf.ln(1)
    for heading, lines in TV_BLOCKS:
        para(pdf, heading, 10.5, "B", 6, 0.5)
        for line in lines:
            pdf.set_x(26)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 5, "• " + line, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(1.5)
    para(pdf, TV_CLOSE)
    pdf.output(str(path))


# ---------------------------------------------------------------- b15-romeins.md (Zuidwest-Drenthe)

ROMEINS_MD = """\
# Uitvoeringsagenda Water en Natuur Zuidwest-Drenthe 2026-2029

*Gemeenten Meppel, Westerveld en De Wolden – Provincie Drenthe – Waterschap Drents Overijsselse Delta*

De gemeenten Meppel, Westerveld en De Wolden werken met de provincie Drenthe, Waterschap Drents Overijsselse
Delta (hierna: het waterschap), de Waterleidingmaatschappij Drenthe, Het Drentse Landschap, Natuurmonumenten en
LTO Noord aan beken die water vasthouden, schoon drinkwater en sterke natuur. Het Portefeuillehoudersoverleg
Zuidwest-Drenthe heeft deze agenda op 12 november 2026 vastgesteld.

In de droge zomer van 2025 viel de bovenloop van de Oude Vaart bij Wapse zes weken droog.

Leeswijzer. De agenda heeft drie sporen, genummerd I, II en III. Onder elk spoor staan de acties a, b en c; een
actie heet naar spoor en letter, bijvoorbeeld II.b. Bij elke actie staat eerst de trekker en na "met" de
partners.

Afkortingen: WMD = Waterleidingmaatschappij Drenthe; HDL = Het Drentse Landschap; NM = Natuurmonumenten;
SBB = Staatsbosbeheer; prov. = provincie.

## I. Water vasthouden in de beekdalen

a. **Beekherstel van de Oude Vaart bij Dieverbrug**
   Trekker: het waterschap; met: gemeente Westerveld, HDL. Planning: 2026-2028.

b. **Waterbuffer in het beekdal van de Reest bij De Wijk**
   Trekker: gemeente De Wolden; met: het waterschap. Planning: Q2/Q3 2027.

c. **Nieuw peilbesluit voor de polders rond Meppel**
   Trekker: het waterschap; met: gemeente Meppel. Planning: begin 2028; voorwaarde: de resultaten van I.b.

## II. Schoon drinkwater

a. **Grondwaterbescherming rond het pompstation Havelterberg**
   Trekker: WMD; met: prov. Drenthe, gemeente Westerveld. Planning: 2026-2029.

b. **Afspraken met boeren over gewasbescherming in het intrekgebied**
   Trekker: prov. Drenthe; met: WMD, LTO Noord. Planning: uiterlijk 31-12-2027; loopt gelijk op met II.a.

c. **Meetnet grondwaterkwaliteit Havelte**
   Trekker: WMD. Planning: vanaf 2028, na afronding van actie II.b.

## III. Natuur en recreatie

a. **Heideherstel in het Dwingelderveld**
   Trekker: NM; met: SBB. Planning: 2027-2029.

b. **Fietsroute langs de Drentse Hoofdvaart van Meppel naar Dieverbrug**
   Trekker: gemeente Meppel; met: gemeente Westerveld, prov. Drenthe. Planning: 2e helft 2027.

## Financiering

De acties worden betaald uit de begrotingen van de partners en uit het provinciale Programma Landelijk Gebied
Drenthe. Het waterschap draagt voor spoor I in totaal € 1,8 miljoen bij.
"""


# ----------------------------------------------------------- b15-begroting.txt (De Kempen, Eersel)

BEGROTING_TXT = """\
Gemeente Eersel
Programmabegroting 2027

PROGRAMMA 5  DUURZAAMHEID, WATER EN KLIMAAT

Portefeuillehouder: wethouder duurzaamheid en water

Leeswijzer
Elk programma beantwoordt drie vragen: Wat willen we bereiken? Wat gaan we daarvoor doen? Wat mag het kosten?
Onder "Wat gaan we daarvoor doen?" staan de activiteiten van de gemeente Eersel. Staat er bij een activiteit
geen jaar, dan voeren we haar uit in het begrotingsjaar 2027.

Eersel werkt in dit programma samen met de gemeenten Bergeijk, Bladel, Oirschot en Reusel-De Mierden (hierna:
de Kempengemeenten), met Waterschap De Dommel (hierna: De Dommel), Brabant Water en de ZLTO.

In 2026 legden inwoners met steun van de gemeente 140 geveltuinen en 35 groene daken aan.

5.1 Wat willen we bereiken?

Doel 5.1.1 Een klimaatbestendige gemeente
In 2030 verwerken alle kernen van Eersel een bui van 70 millimeter in een uur zonder schade aan woningen.

Doel 5.1.2 Voldoende en schoon grondwater
De grondwaterstand in de beekdalen van de Kleine Beerze en de Run daalt niet verder.

Doel 5.1.3 Minder energiegebruik in woningen
In 2030 is de helft van de koopwoningen van voor 1980 geïsoleerd.

5.2 Wat gaan we daarvoor doen?

Bij doel 5.1.1
- We koppelen in Wintelre en Vessem het regenwater af van het riool, samen met De Dommel.
- We stellen met de andere Kempengemeenten een Kempisch hitteplan op; Bladel is trekker. Gereed: eind 2027.
- In 2027 en 2028 richten we de Markt en de Dijk in Eersel klimaatbestendig in, met wadi's en meer bomen.

Bij doel 5.1.2
- We maken met Brabant Water en de ZLTO afspraken over beregening rond de drinkwaterwinningen in de Kempen.
- We laten De Dommel vanaf 2027 de grondwaterstand in de beekdalen van de Kleine Beerze en de Run meten.

Bij doel 5.1.3
- We starten in het tweede kwartaal van 2027 een wijkaanpak isolatie in Duizel en Steensel.
- We geven doorlopend gratis energieadvies aan huiseigenaren via het Energieloket Eersel.

5.3 Beleidsindicatoren

Indicator                                         2025     2026     2027 (raming)
Afgekoppeld verhard oppervlak (ha)                  18       21       25
Geïsoleerde koopwoningen van voor 1980 (%)          31       36       42
Meldingen wateroverlast (aantal)                    57       44       40

5.4 Wat mag het kosten?

Bedragen x € 1.000                     Rekening 2025   Begroting 2026   Begroting 2027
Lasten                                         2.028            2.310            2.640
Baten                                            412              380              395
Saldo                                         -1.616           -1.930           -2.245

De lasten stijgen in 2027 vooral door de kapitaallasten van de afkoppelprojecten.
"""


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind15-") as tmp:
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
    build_partij_jaar(OUT / "b15-partij-jaar.pdf")
    build_raadsinformatiebrief(OUT / "b15-raadsinformatiebrief.pdf")
    build_tijdvakken(OUT / "b15-tijdvakken.pdf")
    (OUT / "b15-romeins.md").write_text(ROMEINS_MD, encoding="utf-8")
    (OUT / "b15-begroting.txt").write_text(BEGROTING_TXT, encoding="utf-8")
    soffice(MAKE / "b15-hoofdletters.html", OUT)
    soffice(MAKE / "b15-intentieverklaring.html", OUT)
    for p in sorted(OUT.glob("b15-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
