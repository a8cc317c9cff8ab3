"""Build the five blind31 documents: a LibreOffice UITVOERINGSPLANNING whose periods are ISO WEEK NUMBERS, a
LibreOffice ACTIELIJST whose trekker stands only as a team E-MAIL ADDRESS (the domain names the organisation), an
fpdf2 letter of a GEDEPUTEERDE whose commitments are "Ik zal ...", an fpdf2 programme of JAARSCHIJVEN (one table per
year, an action that runs several years repeated in each), and a Markdown table whose periods are PROGRAMMAJAREN
("jaar 1-2", "vanaf jaar 3") explained once in the introduction.
Run: .venv/bin/python tests/data/extraction-blind31/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
E = html.escape
DATE = datetime.datetime(2026, 11, 27, tzinfo=datetime.timezone.utc)
STYLE = ('<style>@page { size: 21cm 29.7cm; margin: 2cm; } body { font-family: DejaVu Sans; font-size: 10pt; }'
         " td, th { font-size: 9pt; vertical-align: top; }</style>")

# --- b31-weekplanning: LibreOffice, Gemeente Peel en Maas (Noord-Limburg), periods in ISO weeks ------------------
WP_HEAD = ("Nr.", "Werkzaamheid", "Uitvoerder", "In samenwerking met", "Uitvoering (weken)")
WP_ROWS = [
    ("W1", "Herprofilering van de Kwistbeek bij Kessel", "Waterschap Limburg", "Gemeente Peel en Maas",
     "wk 36 2027 – wk 14 2028"),
    ("W2", "Afkoppelen van hemelwater op de Markt in Panningen", "Gemeente Peel en Maas", "-",
     "wk 10 – wk 26 2028"),
    ("W3", "Aanleg van een waterbuffer bij Maasbree", "Gemeente Peel en Maas", "Waterschap Limburg",
     "wk 40 2027 – wk 8 2028"),
    ("W4", "Natuurvriendelijke oevers langs de Maas bij Kessel", "Provincie Limburg",
     "Waterschap Limburg, Stichting Het Limburgs Landschap", "wk 15 – wk 40 2028"),
    ("W5", "Klimaatbestendig schoolplein in Meijel", "Gemeente Peel en Maas", "-", "wk 27 – wk 34 2027"),
    ("W6", "Beheer van de nieuwe wadi's in Baarlo", "Gemeente Peel en Maas", "Waterschap Limburg",
     "vanaf wk 2 2028"),
]
WP_GUIDE = ("Leeswijzer: de uitvoering staat in ISO-weeknummers; wk 36 2027 is de week die begint op maandag "
            "6 september 2027. Een week zonder jaartal valt in het jaar dat erachter staat.")
WP_PAST = "De voorbereiding en de aanbesteding zijn in 2026 afgerond."
WP_NOTE = "Bij vorst of hoogwater kan een werkzaamheid enkele weken opschuiven."


def wp_html() -> str:
    th = "".join(f"<th>{E(c)}</th>" for c in WP_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>\n" for row in WP_ROWS)
    return (
        f'<html><head><meta charset="utf-8">{STYLE}</head><body>'
        "<p><b>Gemeente Peel en Maas</b></p>"
        "<h2>Uitvoeringsplanning Water en Klimaat 2027-2028</h2>"
        "<p>Deze planning hoort bij het Waterprogramma Peel en Maas en geeft per werkzaamheid wie uitvoert, met wie "
        "en in welke weken.</p>"
        f"<p>{E(WP_PAST)}</p><p><i>{E(WP_GUIDE)}</i></p>"
        '<table border="1" cellpadding="3" cellspacing="0" width="100%">'
        f"<thead><tr>{th}</tr></thead><tbody>\n{rows}</tbody></table>"
        f"<p>{E(WP_NOTE)}</p>"
        "<p>Panningen, 26 november 2026<br>Team Openbare Ruimte</p>"
        "</body></html>"
    )


# --- b31-contactpersonen: LibreOffice, Vechtdal (Hardenberg, Dalfsen), trekker as a team e-mail address ----------
CP_HEAD = ("Nr.", "Actie", "Contact trekker", "Partners", "Betrokken", "Planning")
CP_ROWS = [
    ("V1", "Hitteplan voor de kern Hardenberg", "klimaat@hardenberg.nl", "Gemeente Dalfsen", "-", "2027"),
    ("V2", "Herinrichting van de Vechtoever bij Rheeze", "vechtdal@wdodelta.nl", "Gemeente Hardenberg",
     "Provincie Overijssel", "2027-2029"),
    ("V3", "Campagne waterbesparing voor huishoudens in Dalfsen", "regio.oost@vitens.nl", "Gemeente Dalfsen", "-",
     "vanaf 2028"),
    ("V4", "Subsidieregeling groene schoolpleinen Vechtdal", "water@overijssel.nl",
     "Gemeente Hardenberg, Gemeente Dalfsen", "-", "uiterlijk 2028"),
    ("V5", "Afkoppelen van hemelwater in Nieuwleusen", "buitenruimte@dalfsen.nl",
     "Waterschap Drents Overijsselse Delta", "Vitens", "2028-2029"),
]
CP_GUIDE = ("Leeswijzer: per actie staat het contactadres van de organisatie die de actie trekt. Partners werken "
            "mee aan de uitvoering; betrokken organisaties worden geraadpleegd.")
CP_DOMAINS = ("Adressen: hardenberg.nl en dalfsen.nl zijn de gemeenten Hardenberg en Dalfsen, wdodelta.nl is "
              "Waterschap Drents Overijsselse Delta, overijssel.nl is de provincie Overijssel, vitens.nl is Vitens.")
CP_PAST = "In 2026 hebben de partners samen de klimaatstresstest Vechtdal uitgevoerd."
CP_WISH = "De partners hopen de actielijst later uit te breiden met acties voor de landbouw."


def cp_html() -> str:
    th = "".join(f"<th>{E(c)}</th>" for c in CP_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>\n" for row in CP_ROWS)
    return (
        f'<html><head><meta charset="utf-8">{STYLE}</head><body>'
        "<h2>Actielijst Klimaatadaptatie Vechtdal 2027-2029</h2>"
        "<p>Werkregio Vechtdal: Gemeente Hardenberg, Gemeente Dalfsen, Waterschap Drents Overijsselse Delta, "
        "Provincie Overijssel en Vitens. Versie 1.0, 24 november 2026.</p>"
        f"<p>{E(CP_PAST)}</p><p><i>{E(CP_GUIDE)}</i></p>"
        '<table border="1" cellpadding="3" cellspacing="0" width="100%">'
        f"<thead><tr>{th}</tr></thead><tbody>\n{rows}</tbody></table>"
        f"<p><small>{E(CP_DOMAINS)}</small></p>"
        f"<p>{E(CP_WISH)}</p>"
        "</body></html>"
    )


def soffice(name: str, text: str) -> None:
    src = MAKE / f"{name}.html"
    src.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--infilter=HTML (StarWriter)",
             "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
            check=True, capture_output=True,
        )


def new_pdf() -> FPDF:
    pdf = FPDF()
    pdf.set_creation_date(DATE)
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 12)
    pdf.add_page()
    return pdf


def para(pdf: FPDF, text: str, size: float = 9.5, style: str = "", h: float = 4.8) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


# --- b31-gedeputeerde: fpdf2 letter of a gedeputeerde of Noord-Holland to the raad of Texel, "Ik zal ..." --------
GD_HEAD = [
    "Provincie Noord-Holland",
    "Aan de gemeenteraad van Texel",
    "Haarlem, 23 november 2026",
    "Onderwerp: zoet water en natuur op Texel",
]
GD_PARAS = [
    "Geachte leden van de raad,",
    "Als gedeputeerde voor Water en Natuur schrijf ik u namens Gedeputeerde Staten van Noord-Holland over de "
    "plannen voor zoet water en natuur op Texel.",
    "In september 2026 heb ik met uw college de proef met zoetwateropslag bij Den Hoorn bezocht.",
    "Ik zal in 2027 en 2028 samen met de gemeente Texel de fietsroutes door de duinen klimaatbestendig maken.",
    "Ik zal vanaf 2027 met het Hoogheemraadschap Hollands Noorderkwartier het grondwater in polder Het Noorden "
    "meten.",
    "Ik zal uiterlijk 2028 een subsidieregeling voor regenwateropslag bij agrarische bedrijven op Texel openstellen.",
    "Ik zal in 2029 samen met Staatsbosbeheer de natte duinvalleien bij De Slufter herstellen.",
    "Ik verwacht dat Rijkswaterstaat in 2028 zand suppleert op het strand bij Paal 17.",
    "Ik zou het toejuichen als de gemeente Texel ook een hitteplan voor Den Burg opstelt.",
    "Zijn er vragen over deze brief?",
    "Dan licht ik de plannen graag toe in de commissie.",
    "Met vriendelijke groet,",
    "De gedeputeerde voor Water en Natuur van de provincie Noord-Holland",
]


def gd_pdf() -> None:
    pdf = new_pdf()
    para(pdf, GD_HEAD[0], 12, "B", 5.5)
    for line in GD_HEAD[1:]:
        para(pdf, line)
    pdf.ln(2)
    for p in GD_PARAS:
        para(pdf, p, 10, "", 5)
    pdf.output(str(OUT / "b31-gedeputeerde.pdf"))


# --- b31-jaarschijven: fpdf2 ruled tables per year, Westerkwartier ------------------------------------------------
JS_ACTIONS = {
    # code: (activiteit, trekker, partners)
    "WK1": ("Vispassages in het Aduarderdiep", "Waterschap Noorderzijlvest", "Provincie Groningen"),
    "WK2": ("Hitteplan voor Leek en Zuidhorn", "Gemeente Westerkwartier", "-"),
    "WK3": ("Waterberging in de polder bij Grootegast", "Waterschap Noorderzijlvest",
            "Gemeente Westerkwartier, Provincie Groningen"),
    "WK4": ("Herstel van houtwallen bij Doezum", "Stichting Het Groninger Landschap", "Gemeente Westerkwartier"),
    "WK5": ("Afkoppelen van hemelwater in Marum", "Gemeente Westerkwartier", "Waterschap Noorderzijlvest"),
}
JS_YEARS = {2027: ["WK1", "WK2", "WK3"], 2028: ["WK1", "WK3", "WK4"], 2029: ["WK3", "WK4", "WK5"]}
JS_HEAD = ("Code", "Activiteit", "Trekker", "Partners")
JS_WIDTHS = (16, 62, 46, 46)
JS_INTRO = [
    "Uitvoeringsprogramma Water en Landschap Westerkwartier 2027-2029",
    "Gemeente Westerkwartier, Waterschap Noorderzijlvest, Provincie Groningen en Stichting Het Groninger Landschap "
    "voeren dit programma samen uit.",
    "In 2026 is de gebiedsanalyse Westerkwartier afgerond.",
    "Leeswijzer: per jaar staat een jaarschijf met de activiteiten die in dat jaar lopen. Een activiteit die "
    "meerdere jaren loopt, staat in elke jaarschijf waarin zij loopt, met dezelfde code.",
]


def js_pdf() -> None:
    pdf = new_pdf()
    para(pdf, JS_INTRO[0], 12, "B", 5.5)
    for p in JS_INTRO[1:]:
        para(pdf, p)
    for year, codes in JS_YEARS.items():
        para(pdf, f"Jaarschijf {year}", 10.5, "B", 5)
        pdf.set_font("Helvetica", "", 8.5)
        with pdf.table(col_widths=JS_WIDTHS, text_align="LEFT", line_height=4.4, first_row_as_headings=True) as t:
            t.row(JS_HEAD)
            for code in codes:
                t.row((code, *JS_ACTIONS[code]))
        pdf.ln(3)
    para(pdf, "Vastgesteld door de stuurgroep Water en Landschap Westerkwartier op 25 november 2026.")
    pdf.output(str(OUT / "b31-jaarschijven.pdf"))


# --- b31-programmajaren: Markdown table, Aa en Hunze, periods in programme years ---------------------------------
PJ_FIRST = 2027
PJ_ROWS = [
    ("AH1", "Hermeandering van het Deurzerdiep", "Waterschap Hunze en Aa's", "Stichting Het Drentse Landschap",
     "jaar 1-2"),
    ("AH2", "Hitteplan voor Gieten en Rolde", "Gemeente Aa en Hunze", "-", "jaar 1"),
    ("AH3", "Afkoppelen van hemelwater in Gasselte", "Gemeente Aa en Hunze", "Waterschap Hunze en Aa's",
     "jaar 2-4"),
    ("AH4", "Natte natuur in het beekdal van de Drentsche Aa bij Gasteren", "Provincie Drenthe",
     "Stichting Het Drentse Landschap, Waterschap Hunze en Aa's", "vanaf jaar 3"),
    ("AH5", "Grondwatermeetnet in het Hunzedal bij Annen", "Waterschap Hunze en Aa's", "Provincie Drenthe",
     "uiterlijk jaar 2"),
]


def pj_md() -> str:
    out = ["# Uitvoeringsprogramma Water en Natuur Aa en Hunze", "",
           "Gemeente Aa en Hunze, Waterschap Hunze en Aa's, Provincie Drenthe en Stichting Het Drentse Landschap.", "",
           "## 1. Aanleiding", "",
           "In 2026 is de watersysteemanalyse Aa en Hunze opgesteld.", "",
           "## 2. Looptijd", "",
           "Het programma loopt vier jaar. Programmajaar 1 is 2027, jaar 2 is 2028, jaar 3 is 2029 en jaar 4 is 2030.",
           "", "## 3. Maatregelen", "",
           "| Nr. | Maatregel | Trekker | Partners | Programmajaar |",
           "|---|---|---|---|---|"]
    out += [f"| {' | '.join(row)} |" for row in PJ_ROWS]
    out += ["", "## 4. Evaluatie", "",
            "Na programmajaar 2 bespreken de partners of het programma moet worden bijgesteld.", ""]
    return "\n".join(out)


def main() -> None:
    soffice("b31-weekplanning", wp_html())
    soffice("b31-contactpersonen", cp_html())
    gd_pdf()
    js_pdf()
    (OUT / "b31-programmajaren.md").write_text(pj_md(), encoding="utf-8")


if __name__ == "__main__":
    main()
