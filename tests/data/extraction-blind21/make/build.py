"""Build the five blind21 documents: two HTML tables and one letter through LibreOffice, one fpdf2 actielijst
and one Markdown werkplan. Run: .venv/bin/python tests/data/extraction-blind21/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
CSS = (
    "body { font-family: Liberation Sans, Arial; font-size: 10pt; } "
    "td, th { font-size: 9pt; vertical-align: top; } th { text-align: left; }"
)
E = html.escape

# --- b21-rolkolom: per action a full-width row, then one row per party with its Rol ---------------------------
RK_ACTIONS = [
    (
        "1",
        "Hittekaart en hitteplan voor Goor en Delden",
        "2027",
        [("gemeente Hof van Twente", "Trekker"), ("GGD Twente", "Partner")],
    ),
    (
        "2",
        "Waterberging langs de Regge bij Goor",
        "2027-2029",
        [
            ("Waterschap Vechtstromen", "Trekker"),
            ("gemeente Hof van Twente", "Partner"),
            ("Landschap Overijssel", "Betrokken"),
        ],
    ),
    (
        "3",
        "Afkoppelen van regenwater in Markelo",
        "2028-2030",
        [("gemeente Hof van Twente", "Trekker"), ("Waterschap Vechtstromen", "Partner")],
    ),
    (
        "4",
        "Beschermen van de drinkwaterwinning bij Diepenheim",
        "2028",
        [
            ("Vitens", "Trekker"),
            ("provincie Overijssel", "Partner"),
            ("gemeente Hof van Twente", "Betrokken"),
        ],
    ),
    (
        "5",
        "Droogtebestendige landbouw in het buitengebied",
        "2027-2030",
        [
            ("provincie Overijssel", "Trekker"),
            ("LTO Noord", "Partner"),
            ("Waterschap Vechtstromen", "Partner"),
        ],
    ),
]


def rk_html() -> str:
    rows = ""
    for nr, title, period, parties in RK_ACTIONS:
        rows += f'<tr><td colspan="3"><b>Actie {nr}. {E(title)}</b> (periode: {E(period)})</td></tr>\n'
        for party, rol in parties:
            rows += f"<tr><td></td><td>{E(party)}</td><td>{E(rol)}</td></tr>\n"
    return f"""<html><head><meta charset="utf-8"><title>Uitvoeringsprogramma Klimaatadaptatie</title>
<style>{CSS}</style></head><body>
<h2>Uitvoeringsprogramma Klimaatadaptatie Hof van Twente 2027-2030</h2>
<p>Vastgesteld door het college van Hof van Twente, oktober 2026.</p>
<h3>Aanleiding</h3>
<p>De hevige bui van juni 2026 zette in Goor tientallen kelders onder water. Dit programma noemt per actie welke
partijen meedoen en welke rol zij hebben.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th>Actie</th><th>Partij</th><th>Rol</th></tr>
{rows}</table>
<p>Een betrokken partij wordt geraadpleegd maar levert geen capaciteit.</p>
<p>De raad krijgt elk voorjaar een voortgangsrapportage.</p>
</body></html>
"""


# --- b21-eigenaar: 'Eigenaar' and 'Uitvoerder' as separate columns, seasons across years ---------------------
EU_HEAD = ("Nr.", "Actie", "Eigenaar", "Uitvoerder", "Planning")
EU_ROWS = [
    (
        "L1",
        "Herstel van de Berkel bij Lochem",
        "provincie Gelderland",
        "Waterschap Rijn en IJssel",
        "najaar 2027 – voorjaar 2028",
    ),
    ("L2", "Groenblauwe schoolpleinen in Lochem en Laren", "gemeente Lochem", "gemeente Lochem", "2027-2029"),
    (
        "L3",
        "Natuurherstel op de Lochemse Berg",
        "gemeente Lochem",
        "Natuurmonumenten",
        "voorjaar 2028 – najaar 2029",
    ),
    (
        "L4",
        "Peilgestuurde drainage bij Barchem",
        "Waterschap Rijn en IJssel",
        "Waterschap Rijn en IJssel",
        "2028-2030",
    ),
    (
        "L5",
        "Regionale hitteaanpak voor ouderen",
        "gemeente Lochem",
        "GGD Noord- en Oost-Gelderland",
        "najaar 2027 – najaar 2028",
    ),
]


def eu_html() -> str:
    head = "".join(f"<th>{E(c)}</th>" for c in EU_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>\n" for r in EU_ROWS)
    return f"""<html><head><meta charset="utf-8"><title>Gebiedsagenda Berkel en Lochem</title>
<style>{CSS}</style></head><body>
<h2>Gebiedsagenda Water en Natuur Lochem 2027-2030</h2>
<p>Opgesteld door gemeente Lochem, Waterschap Rijn en IJssel en provincie Gelderland, november 2026.</p>
<p>Bij elke actie staat de eigenaar, die verantwoordelijk is en opdracht geeft, en de uitvoerder, die de actie
trekt. De Berkel viel in augustus 2026 bij Lochem bijna droog.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr>{head}</tr>
{rows}</table>
<p>De partners evalueren de agenda in 2029.</p>
</body></html>
"""


# --- b21-wijgaan: raadsinformatiebrief, commitments as bullets under 'Wij gaan:' ------------------------------
WG_BULLETS = [
    "in 2027 samen met Waterschap Hunze en Aa's de beekdalen van het Drentsche Aa-gebied bij Zuidlaren herstellen;",
    "vanaf 2027 in Eelde en Paterswolde bij elke rioolvervanging het regenwater afkoppelen;",
    "in 2027 en 2028 met Het Drentse Landschap de houtwallen rond Vries herstellen;",
    "uiterlijk 2028 een hitteplan vaststellen, samen met GGD Drenthe;",
    "in 2028 met de WMD een proef met regenwateropvang bij scholen doen.",
]


def wg_html() -> str:
    items = "".join(f"<li>{E(b)}</li>" for b in WG_BULLETS)
    return f"""<html><head><meta charset="utf-8"><title>Raadsinformatiebrief</title>
<style>{CSS}</style></head><body>
<p>Gemeente Tynaarlo<br>Aan de gemeenteraad</p>
<p>Vries, 19 november 2026</p>
<p><b>Onderwerp: raadsinformatiebrief water en klimaat</b></p>
<p>Geachte raad,</p>
<p>In 2026 viel in Tynaarlo een derde minder regen dan gemiddeld. In de raadsvergadering van oktober vroeg u ons
wat het college gaat doen.</p>
<p>Wij gaan:</p>
<ul>{items}</ul>
<p>De provincie Drenthe werkt aan een nieuwe omgevingsverordening voor grondwater.</p>
<p>Wij informeren u volgend jaar over de voortgang.</p>
<p>Met vriendelijke groet,<br>het college van burgemeester en wethouders van Tynaarlo</p>
</body></html>
"""


# --- b21-voetnoot: actielijst of a bestuurlijk overleg, actiehouder abbreviated, explained in a footnote --------
VN_HEAD = ("Nr.", "Actie", "Actiehouder", "Gereed")
VN_ROWS = [
    ("BO-1", "Opstellen van een gezamenlijke droogteaanpak voor Assen", "WHA*", "2027"),
    ("BO-2", "Aanleg van een waterberging bij het Witterveld", "WHA*", "2028"),
    ("BO-3", "Hittescan van de binnenstad van Assen", "gem. Assen", "2027"),
    ("BO-4", "Onderzoek naar minder grondwateronttrekking bij Assen", "WMD*", "2028"),
    ("BO-5", "Subsidieregeling groene daken uitwerken", "PDr*", "2027"),
]
VN_FOOT = "* WHA = Waterschap Hunze en Aa's; WMD = Waterleidingmaatschappij Drenthe; PDr = provincie Drenthe."


def vn_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 20, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(
        0, 8, "Actielijst bestuurlijk overleg water Assen, 18 november 2026", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Aanwezig: de wethouder water van Assen, de dijkgraaf en de gedeputeerde. Het overleg stelde vast dat "
        "de grondwaterstand bij Assen in 2026 laag was.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    with pdf.table(col_widths=(18, 100, 35, 20), text_align="LEFT") as table:
        for r in (VN_HEAD, *VN_ROWS):
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(0, 4, VN_FOOT, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Het volgende overleg is in maart 2027.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --- b21-trekker: Word-like numbered list '1.1', '1.2' with 'Trekker:' and 'Betrokken:' lines ----------------
MD = """# Werkplan Water en Bodem Zuidoost-Drenthe 2027-2029

Werkplan van de gemeente Borger-Odoorn, Waterschap Vechtstromen en de
provincie Drenthe. Vastgesteld in het portefeuillehoudersoverleg van december 2026.

In 2026 werden in de Veenkoloniën drie beregeningsverboden afgekondigd.

## 1 Water vasthouden

1.1 Stuwen plaatsen in de Voorste Diep bij Borger
Trekker: Waterschap Vechtstromen
Betrokken: gemeente Borger-Odoorn, Staatsbosbeheer
Planning: 2027-2028

1.2 Regenwater afkoppelen in Nieuw-Buinen
Trekker: gemeente Borger-Odoorn
Betrokken: Waterschap Vechtstromen
Planning: 2028-2029

1.3 Herstel van het Drouwenerzand als infiltratiegebied
Trekker: Staatsbosbeheer
Betrokken: provincie Drenthe
Planning: 2027-2029

## 2 Bodem en landbouw

2.1 Bodemadvies voor akkerbouwers in de Veenkoloniën
Trekker: provincie Drenthe
Betrokken: LTO Noord, Waterschap Vechtstromen
Planning: 2027

2.2 Proef met peilgestuurde drainage bij Exloo
Trekker: Waterschap Vechtstromen
Betrokken: LTO Noord
Planning: 2028, na afronding van 2.1

De partners betalen elk een derde van de kosten.
"""


def soffice(name: str, text: str) -> None:
    src = MAKE / f"{name}.html"
    src.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--convert-to",
                "pdf",
                "--infilter=HTML (StarWriter)",
                "--outdir",
                str(OUT),
                str(src),
            ],
            check=True,
            capture_output=True,
        )


def main() -> None:
    soffice("b21-rolkolom", rk_html())
    soffice("b21-eigenaar", eu_html())
    soffice("b21-wijgaan", wg_html())
    vn_pdf(OUT / "b21-voetnoot.pdf")
    (OUT / "b21-trekker.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    main()
