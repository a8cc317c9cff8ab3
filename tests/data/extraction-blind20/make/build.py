"""Build the six blind20 documents: two HTML tables and one letter through LibreOffice, one fpdf2 table, one
Markdown file and one plain-text file. Run: .venv/bin/python tests/data/extraction-blind20/make/build.py"""

import datetime
import html
import subprocess
import sys
import tempfile
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent

CSS = (
    "body { font-family: Liberation Sans, Arial; font-size: 10pt; } "
    "td, th { font-size: 9pt; vertical-align: top; } th { text-align: left; }"
)

# --- b20-wiewie: 'Wat | Wie (trekker) | Wie (partners) | Start | Gereed', no codes ---------------------------
WW_HEAD = ("Wat", "Wie (trekker)", "Wie (partners)", "Start", "Gereed")
WW_ROWS = [
    (
        "Aanleg van een waterbuffer in de Goilberdingerwaard",
        "WSRL",
        "gemeente Culemborg, SBB",
        "2027",
        "2029",
    ),
    ("Hitteplan voor de kernen van West Betuwe", "gemeente West Betuwe", "GGD", "–", "2027"),
    ("Vergroenen van tien schoolpleinen in Culemborg", "gemeente Culemborg", "WSRL", "2027", "2028"),
    (
        "Beschermingszone rond de drinkwaterwinning in West Betuwe",
        "Vitens",
        "PG, gemeente West Betuwe",
        "2028",
        "–",
    ),
    ("Natuurvriendelijke oevers langs de Linge bij Geldermalsen", "WSRL", "SBB, PG", "2028", "2030"),
    ("Regenwater afkoppelen in de wijk Terweijde", "gemeente Culemborg", "WSRL", "2029", "2029"),
]


def ww_html() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in WW_ROWS)
    head = "".join(f"<th>{html.escape(c)}</th>" for c in WW_HEAD)
    return f"""<html><head><meta charset="utf-8"><title>Uitvoeringsagenda Water en Groen</title>
<style>{CSS}</style></head><body>
<h2>Uitvoeringsagenda Water en Groen Culemborg en West Betuwe 2027-2030</h2>
<p>Vastgesteld door de colleges van Culemborg en West Betuwe en het dagelijks bestuur van Waterschap
Rivierenland, november 2026.</p>
<h3>Aanleiding</h3>
<p>In de zomer van 2026 stond de Linge zes weken lang lager dan normaal. De gemeenten, het waterschap en hun
partners willen het gebied beter voorbereiden op droogte, hitte en hevige buien. Deze agenda noemt per actie
wat er gebeurt, wie de trekker is, wie meedoen als partner en wanneer de actie start en gereed is.</p>
<h3>Acties</h3>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr>{head}</tr>
{rows}</table>
<p>Afkortingen: WSRL = Waterschap Rivierenland; PG = provincie Gelderland; SBB = Staatsbosbeheer; GGD = GGD
Gelderland-Zuid. Een streepje bij Start betekent dat de actie al loopt; een streepje bij Gereed betekent dat de
actie doorloopt.</p>
<h3>Financiering</h3>
<p>De provincie Gelderland draagt € 900.000 bij aan de agenda. De colleges bespreken de voortgang jaarlijks met
de raden.</p>
</body></html>
"""


# --- b20-regiogemeenten: partners 'de zes regiogemeenten', defined in the introduction ---------------------
RG_HEAD = ("Nr.", "Actie", "Trekker", "Partners", "Periode")
RG_ROWS = [
    (
        "RA-1",
        "Regionale stresstest herhalen met nieuwe neerslagcijfers",
        "HHNK",
        "de zes regiogemeenten",
        "2027",
    ),
    (
        "RA-2",
        "Hittebestendige inrichting van zorglocaties",
        "GGD",
        "gemeente Alkmaar, gemeente Heiloo",
        "2027-2028",
    ),
    (
        "RA-3",
        "Duinwaterbuffer bij Castricum",
        "PWN",
        "gemeente Castricum, Landschap Noord-Holland, HHNK",
        "2028-2030",
    ),
    (
        "RA-4",
        "Gezamenlijk beleid voor groene daken",
        "gemeente Dijk en Waard",
        "de zes regiogemeenten",
        "vanaf 2028",
    ),
    (
        "RA-5",
        "Waterberging in de polders rond Uitgeest",
        "HHNK",
        "gemeente Uitgeest, provincie",
        "uiterlijk 2029",
    ),
    ("RA-6", "Regionaal fonds voor groene schoolpleinen", "provincie", "de zes regiogemeenten", "2027-2030"),
]
RG_GROUP = "de gemeenten Alkmaar, Bergen, Castricum, Dijk en Waard, Heiloo en Uitgeest"


def rg_html() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in RG_ROWS)
    head = "".join(f"<th>{html.escape(c)}</th>" for c in RG_HEAD)
    return f"""<html><head><meta charset="utf-8"><title>Regionale Aanpak Klimaatadaptatie</title>
<style>{CSS}</style></head><body>
<h2>Regionale Aanpak Klimaatadaptatie regio Alkmaar 2027-2030</h2>
<h3>Inleiding</h3>
<p>Deze aanpak is een gezamenlijk werkprogramma van zes gemeenten, het hoogheemraadschap, de provincie en hun
partners. Waar in dit stuk "de zes regiogemeenten" staat, zijn dat {RG_GROUP}. De regio deed in 2025 haar eerste
stresstest. Met "de provincie" is de provincie Noord-Holland bedoeld.</p>
<h3>Acties</h3>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr>{head}</tr>
{rows}</table>
<p>HHNK = Hoogheemraadschap Hollands Noorderkwartier; PWN = PWN Waterleidingbedrijf Noord-Holland; GGD = GGD
Hollands Noorden.</p>
<p>De regio evalueert de aanpak in 2030 met alle partners.</p>
</body></html>
"""


# --- b20-bedragen: amounts in the role cells beside each party (fpdf2, ruled) ------------------------------
BD_HEAD = ("Nr.", "Actie", "Trekker (bijdrage)", "Partners (bijdrage)", "Looptijd")
BD_ROWS = [
    (
        "WO-1",
        "Herstel van de Ruiten Aa bij Ter Apel",
        "H&A (EUR 400.000)",
        "gem. Westerwolde (EUR 150.000), SBB (EUR 50.000)",
        "2027-2029",
    ),
    (
        "WO-2",
        "Zoetwaterbuffer voor de landbouw in Oldambt",
        "PG (EUR 600.000)",
        "H&A (EUR 200.000), gem. Oldambt (EUR 100.000)",
        "2028-2030",
    ),
    (
        "WO-3",
        "Hittebestendig centrum van Winschoten",
        "gem. Oldambt (EUR 250.000)",
        "H&A (EUR 75.000)",
        "2027",
    ),
    (
        "WO-4",
        "Natuurontwikkeling rond het Oldambtmeer",
        "GL (EUR 180.000)",
        "gem. Oldambt (EUR 60.000), PG (EUR 90.000)",
        "vanaf 2028",
    ),
    (
        "WO-5",
        "Grondwatermeetnet in de veenkoloniale gronden van Westerwolde",
        "H&A (EUR 120.000)",
        "PG (EUR 120.000)",
        "uiterlijk 2028",
    ),
    (
        "WO-6",
        "Afkoppelen van regenwater in Vlagtwedde",
        "gem. Westerwolde (EUR 90.000)",
        "H&A (EUR 30.000)",
        "2029-2030",
    ),
]


def build_bedragen() -> None:
    pdf = FPDF("P", "mm", "A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 24, 9, 0, 0))
    pdf.set_title("Uitvoeringsprogramma Water en Natuur Westerwolde en Oldambt 2027-2030")
    pdf.set_author("Gemeenten Westerwolde en Oldambt")
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Uitvoeringsprogramma Water en Natuur Westerwolde en Oldambt 2027-2030",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("helvetica", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Dit programma bundelt de acties van de gemeenten Westerwolde en Oldambt, het waterschap, de provincie en "
        "twee natuurbeheerders voor een gebied dat steeds vaker droogvalt. Per actie staat in de tabel wie trekt "
        "en wie meedoet, met tussen haakjes de bijdrage die elke partij voor die actie heeft toegezegd. In 2025 "
        "en 2026 moest het waterschap in Westerwolde een onttrekkingsverbod instellen.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, "Acties", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8.5)
    with pdf.table(
        col_widths=(12, 52, 36, 50, 24),
        headings_style=FontFace(emphasis="BOLD"),
        line_height=4.6,
        text_align="LEFT",
    ) as table:
        for row in (BD_HEAD, *BD_ROWS):
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    pdf.set_font("helvetica", "", 9)
    pdf.multi_cell(
        0,
        4.6,
        "Afkortingen: H&A = Waterschap Hunze en Aa's; PG = provincie Groningen; SBB = Staatsbosbeheer; GL = Het "
        "Groninger Landschap; gem. = gemeente. De bijdragen zijn ramingen op prijspeil 2026.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(OUT / "b20-bedragen.pdf"))


# --- b20-raadsbrief: a raadsinformatiebrief whose periods are relative to its date -------------------------
RB_COMMITMENTS = [
    "Volgend jaar leggen wij samen met Waterschap Vallei en Veluwe drie wadi's aan in Nunspeet-Oost.",
    "Komend voorjaar starten wij met Vitens een campagne voor zuinig gebruik van drinkwater.",
    "Binnen twee jaar stellen wij met de GGD Noord- en Oost-Gelderland een hitteplan voor onze kernen op.",
    "Vanaf volgend jaar maaien wij samen met Natuurmonumenten de bermen langs de Veluwse beken later in het "
    "seizoen.",
    "Uiterlijk eind volgend jaar maken wij met de provincie Gelderland afspraken over de aanpak van droogte op "
    "de landbouwgronden langs de Randmeren.",
]


def rb_html() -> str:
    commitments = " ".join(html.escape(c) for c in RB_COMMITMENTS)
    return f"""<html><head><meta charset="utf-8"><title>Raadsinformatiebrief</title>
<style>{CSS}</style></head><body>
<p><b>Gemeente Nunspeet</b><br>Raadsinformatiebrief</p>
<p>Aan de gemeenteraad van Nunspeet</p>
<p>Datum: 26 november 2026<br>Onderwerp: Droogte en hitte, wat wij gaan doen</p>
<p>Geachte raadsleden,</p>
<p>In deze brief informeren wij u over de aanpak van droogte en hitte in onze gemeente. Vorig jaar was het
droogste jaar sinds 2018. Tijdens de commissievergadering van september vroeg u ons wat de gemeente de komende
jaren gaat doen.</p>
<p><b>Wat gaan wij doen?</b></p>
<p>{commitments}</p>
<p><b>Wat doen anderen?</b></p>
<p>Waterschap Vallei en Veluwe herstelt volgend jaar de Hierdense Beek op eigen kosten. Vitens onderzoekt
daarnaast of de winning bij Nunspeet kan worden verkleind.</p>
<p>Wij houden u over de voortgang op de hoogte.</p>
<p>Met vriendelijke groet,<br>burgemeester en wethouders van Nunspeet,<br>de secretaris, de burgemeester</p>
</body></html>
"""


# --- b20-wisseltrekker: Markdown label blocks, a trekker that changes halfway ------------------------------
WT_TEXT = """# Gebiedsagenda Water en Glas Westland en Midden-Delfland 2027-2031

Deze agenda is opgesteld door de gemeenten Westland en Midden-Delfland, het Hoogheemraadschap van Delfland
(hierna: Delfland), de provincie Zuid-Holland en Glastuinbouw Nederland. Bij twee acties wisselt het
trekkerschap tijdens de looptijd; dat staat bij de trekker.

De wateroverlast van juni 2026 in de Oranjepolder is de aanleiding voor deze agenda.

## Acties

### 1. Gietwateropslag bij glastuinbouwbedrijven in Westland
- Trekker: Glastuinbouw Nederland
- Partners: Delfland, gemeente Westland
- Periode: 2027-2029

### 2. Verbreding van de boezemkade langs de Gaag
- Trekker: provincie Zuid-Holland tot en met 2028, daarna Delfland
- Partners: gemeente Midden-Delfland
- Periode: 2027-2031

### 3. Proef met hogere waterpeilen in het veenweidegebied van Midden-Delfland
- Trekker: Delfland
- Partners: gemeente Midden-Delfland, Staatsbosbeheer
- Periode: 2027-2028

### 4. Hitteplan voor de kernen van Westland
- Trekker: gemeente Westland
- Partners: GGD Haaglanden
- Periode: uiterlijk 2027

### 5. Zuivering van glastuinbouwwater in de Oranjepolder
- Trekker: Delfland tot 2029, daarna gemeente Westland
- Partners: Glastuinbouw Nederland
- Periode: vanaf 2028. Volgt op actie 3.

### 6. Meetnet voor de waterkwaliteit in de Westlandse boezem
- Trekker: Delfland
- Partners: Glastuinbouw Nederland, gemeente Westland
- Periode: doorlopend

## Financiering

De partners dragen bij naar rato van hun rol; de provincie Zuid-Holland reserveert daarvoor 2,4 miljoen euro.
"""


# --- b20-kwartalen: plain-text table with periods that run from one quarter to a quarter of another year ----
KW_ROWS = [
    (
        "AL-1",
        "Verkenning dijkversterking Merwede bij Werkendam",
        "WSRL",
        "RWS, gem. Altena",
        "Q3 2027 – Q2 2028",
    ),
    ("AL-2", "Zoetwaterinlaat voor de polders bij de Biesbosch", "WSRL", "ZLTO, PNB", "Q1 2028 – Q4 2029"),
    ("AL-3", "Natuurherstel in het Pompveld", "BL", "WSRL", "Q2 2027 – Q1 2028"),
    ("AL-4", "Hitteplan voor Almkerk en Woudrichem", "gem. Altena", "GGD", "Q4 2027"),
    ("AL-5", "Droogtemonitor voor de fruitteelt", "ZLTO", "WSRL, gem. Altena", "vanaf Q1 2028"),
    ("AL-6", "Afkoppelprogramma voor de kernen van Altena", "gem. Altena", "WSRL", "Q3 2028 – Q4 2030"),
]
KW_WIDTHS = (6, 50, 13, 19)


def kw_text() -> str:
    def line(cells) -> str:
        return "".join(c.ljust(w) for c, w in zip(cells, KW_WIDTHS)) + cells[-1]

    head = line(("Nr.", "Activiteit", "Trekker", "Partners", "Periode"))
    rows = "\n".join(line(r) for r in KW_ROWS)
    return f"""WERKPLAN DIJKEN EN WATER ALTENA 2027-2030
Gemeente Altena, Waterschap Rivierenland en partners
Versie november 2026

1. Inleiding

De gemeente Altena ligt tussen Merwede, Maas en Biesbosch. In het voorjaar van 2026 is de
waterveiligheid van de kern Werkendam opnieuw beoordeeld. Dit werkplan noemt de activiteiten
voor de komende jaren, per kwartaal gepland.

2. Activiteiten

{head}
{"-" * 110}
{rows}

Afkortingen: WSRL = Waterschap Rivierenland; RWS = Rijkswaterstaat; PNB = provincie Noord-Brabant;
BL = Brabants Landschap; ZLTO = Zuidelijke Land- en Tuinbouworganisatie; GGD = GGD Hart voor Brabant;
gem. = gemeente.

3. Overleg

Het bestuurlijk overleg bespreekt het werkplan twee keer per jaar.
"""


def soffice(htmlfile: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind20-") as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(out_dir),
                str(htmlfile),
            ],
            check=True,
            capture_output=True,
        )


def main() -> int:
    build_bedragen()
    (OUT / "b20-wisseltrekker.md").write_text(WT_TEXT, encoding="utf-8")
    (OUT / "b20-kwartalen.txt").write_text(kw_text(), encoding="utf-8")
    for name, make in (("b20-wiewie", ww_html), ("b20-regiogemeenten", rg_html), ("b20-raadsbrief", rb_html)):
        (MAKE / f"{name}.html").write_text(make(), encoding="utf-8")
        soffice(MAKE / f"{name}.html", OUT)
    for p in sorted(OUT.glob("b20-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
