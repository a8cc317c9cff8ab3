"""Build the five blind30 documents: a LibreOffice COLLEGEBESLUIT whose 'Besluit' points are decisions and whose
'Opdracht' points are the actions (one opdracht to an outside body), an fpdf2 MONITORINGSRAPPORTAGE with a status
column 'op schema / vertraagd / gereed' (finished rows are no actions), a Markdown GEBIEDSAKKOORD with numbered
afspraken PER PARTY (the party only in the heading), an fpdf2 STATENVOORSTEL for 'wensen en bedenkingen' (the
procedure is no action), and an fpdf2 BEWONERSBRIEF with TWO SENDERS ('wij' = both).
Run: .venv/bin/python tests/data/extraction-blind30/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
E = html.escape
DATE = datetime.datetime(2026, 11, 25, tzinfo=datetime.timezone.utc)

# --- b30-collegebesluit: LibreOffice, Gemeente Emmen (Zuidoost-Drenthe) ------------------------------------------
CB_BESLUIT = [
    "Kennis te nemen van de uitkomsten van de klimaatstresstest Emmen 2026.",
    "In te stemmen met het Uitvoeringsprogramma Klimaatadaptatie Emmen 2027-2029.",
    "De gemeenteraad in december 2026 met een raadsinformatiebrief over dit besluit te informeren.",
]
CB_OPDRACHT = [
    # nr, opdracht, opdrachtnemer, samen met, planning
    ("O1", "Afkoppelen van hemelwater in de wijk Angelslo", "Gemeente Emmen", "Waterschap Vechtstromen",
     "2027-2029"),
    ("O2", "Aanleg van wadi's in Emmerhout", "Gemeente Emmen", "Provincie Drenthe", "2028"),
    ("O3", "Regentonnen bij huurwoningen in Klazienaveen", "Gemeente Emmen", "-", "vanaf 2027"),
    ("O4", "Onderzoek naar hergebruik van spoelwater van het zwembad", "Waterleidingmaatschappij Drenthe", "-",
     "uiterlijk 2028"),
    ("O5", "Gezamenlijke hittekaart voor Emmen en Coevorden", "Gemeente Emmen", "Gemeente Coevorden", "2027"),
]
CB_NOTE = ("Bij opdracht O4 is de gemeente Emmen opdrachtgever en voert Waterleidingmaatschappij Drenthe het "
           "onderzoek uit.")


def cb_html() -> str:
    besluit = "".join(f"<li>{E(b)}</li>" for b in CB_BESLUIT)
    th = "".join(f"<th>{E(c)}</th>" for c in ["Nr.", "Opdracht", "Opdrachtnemer", "Samen met", "Planning"])
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>\n" for row in CB_OPDRACHT)
    return (
        '<html><head><meta charset="utf-8"><style>@page { size: 21cm 29.7cm; margin: 2cm; }'
        " body { font-family: DejaVu Sans; font-size: 10pt; } td, th { font-size: 9pt; vertical-align: top; }"
        "</style></head><body>"
        "<p><b>Gemeente Emmen</b><br>Collegebesluit</p>"
        "<table border=\"0\" cellpadding=\"2\"><tr><td>Onderwerp:</td><td>Uitvoering klimaatadaptatie 2027-2029"
        "</td></tr><tr><td>Vergadering:</td><td>17 november 2026</td></tr><tr><td>Portefeuillehouder:</td>"
        "<td>wethouder Klimaat en Water</td></tr></table>"
        "<h3>Besluit</h3><p>Het college van burgemeester en wethouders van Emmen besluit:</p>"
        f"<ol>{besluit}</ol>"
        "<h3>Opdracht</h3><p>Het college geeft de volgende opdrachten voor de uitvoering:</p>"
        '<table border="1" cellpadding="3" cellspacing="0" width="100%">'
        f"<thead><tr>{th}</tr></thead><tbody>\n{rows}</tbody></table>"
        f"<p>{E(CB_NOTE)}</p>"
        "<p>De klimaatstresstest is in 2026 samen met Waterschap Vechtstromen uitgevoerd.</p>"
        "<p>Aldus besloten in de vergadering van 17 november 2026.<br>De secretaris, De burgemeester,</p>"
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


# --- b30-monitor: fpdf2 ruled status table, IJsselvallei --------------------------------------------------------
MO_HEAD = ("Nr.", "Maatregel", "Trekker", "Partners", "Periode", "Status")
MO_ROWS = [
    ("IJ1", "Klimaatbestendige herinrichting van De Hoven", "Gemeente Zutphen", "Waterschap Rijn en IJssel",
     "2026-2028", "op schema"),
    ("IJ2", "Stresstest bedrijventerreinen Lochem", "Gemeente Lochem", "-", "2025-2026", "gereed"),
    ("IJ3", "Beekherstel van de Berkel bij Lochem", "Waterschap Rijn en IJssel",
     "Gemeente Lochem, Provincie Gelderland", "2027-2029", "vertraagd"),
    ("IJ4", "Droogtebuffer in de uiterwaarden bij Brummen", "Gemeente Brummen", "Waterschap Rijn en IJssel",
     "2027", "op schema"),
    ("IJ5", "Campagne tegels eruit, groen erin", "Gemeente Zutphen", "Gemeente Lochem, Gemeente Brummen",
     "2026", "gereed"),
    ("IJ6", "Regionaal hitteplan IJsselvallei", "Gemeente Brummen", "Gemeente Zutphen, Gemeente Lochem",
     "uiterlijk 2028", "vertraagd"),
    ("IJ7", "Subsidieregeling groene daken", "Provincie Gelderland", "-", "vanaf 2027", "op schema"),
]
MO_WIDTHS = (11, 52, 34, 37, 20, 20)
MO_INTRO = [
    "Monitoringsrapportage Klimaatadaptatie IJsselvallei - peildatum 1 november 2026",
    "Deze rapportage geeft de stand van de maatregelen uit de Regionale Adaptatiestrategie IJsselvallei van de "
    "gemeenten Zutphen, Lochem en Brummen, Waterschap Rijn en IJssel en de provincie Gelderland.",
    "Leeswijzer: 'op schema' en 'vertraagd' zijn lopende maatregelen met hun actuele planning; 'gereed' betekent "
    "dat de maatregel is afgerond en uit het programma gaat.",
]
MO_AFTER = "De vertraging van IJ3 en IJ6 komt door personeelstekort; de planning in de tabel is al aangepast."


def mo_pdf() -> None:
    pdf = new_pdf()
    para(pdf, MO_INTRO[0], 12, "B", 5.5)
    for p in MO_INTRO[1:]:
        para(pdf, p)
    pdf.set_font("Helvetica", "B", 8.5)
    with pdf.table(col_widths=MO_WIDTHS, text_align="LEFT", line_height=4.4, first_row_as_headings=True) as t:
        t.row(MO_HEAD)
        for row in MO_ROWS:
            t.row(row)
    pdf.ln(3)
    para(pdf, MO_AFTER)
    pdf.output(str(OUT / "b30-monitor.pdf"))


# --- b30-gebiedsakkoord: Markdown, afspraken per partij, Land van Cuijk -----------------------------------------
GA_PARTIES = [
    ("3.1", "Gemeente Land van Cuijk", [
        ("3.1.1", "Afkoppelen van verhard oppervlak in de kern Grave", "2027-2029",
         "samen met Waterschap Aa en Maas"),
        ("3.1.2", "Hitteplan voor de kernen Cuijk en Boxmeer", "2028", ""),
    ]),
    ("3.2", "Waterschap Aa en Maas", [
        ("3.2.1", "Herstel van de Oeffeltse Raam", "2027-2030",
         "samen met Brabants Landschap en Gemeente Land van Cuijk"),
        ("3.2.2", "Slimme stuwen in de Molenbeek bij Sint Anthonis", "vanaf 2028", "samen met ZLTO"),
    ]),
    ("3.3", "Provincie Noord-Brabant", [
        ("3.3.1", "Verwerving van gronden voor natuur langs de Maas bij Sambeek", "uiterlijk 2029", ""),
    ]),
    ("3.4", "ZLTO", [
        ("3.4.1", "Voorlichting aan agrariërs over zuinig beregenen", "2027-2028",
         "samen met Waterschap Aa en Maas"),
    ]),
]


def ga_md() -> str:
    out = ["# Gebiedsakkoord Maasvallei Land van Cuijk 2027-2030", "",
           "Partijen: Gemeente Land van Cuijk, Waterschap Aa en Maas, Provincie Noord-Brabant, Brabants Landschap "
           "en ZLTO.", "",
           "## Artikel 1. Aanleiding", "",
           "In 2025 hebben partijen de Gebiedsverkenning Maasvallei afgerond.", "",
           "## Artikel 2. Doel", "",
           "Partijen willen de Maasvallei klimaatbestendig maken en de natuur langs de Maas versterken.", "",
           "## Artikel 3. Afspraken per partij", "",
           "Elke partij is trekker van de afspraken onder haar naam. Wie meewerkt staat achter de afspraak.", ""]
    for num, party, items in GA_PARTIES:
        out += [f"### {num} {party} zegt toe:", ""]
        for code, title, when, who in items:
            tail = f"{when}; {who}" if who else when
            out.append(f"- **{code}** {title} ({tail}).")
        out.append("")
    out += ["## Artikel 4. Slotbepaling", "",
            "Dit akkoord treedt in werking op de dag na ondertekening door alle partijen.", ""]
    return "\n".join(out)


# --- b30-statenvoorstel: fpdf2, wensen en bedenkingen, Noordoostpolder ------------------------------------------
SV_INTRO = [
    ("H", "Statenvoorstel - Provincie Flevoland"),
    ("P", "Onderwerp: Wensen en bedenkingen bij het ontwerp-Uitvoeringsprogramma Bodem en Water Noordoostpolder "
          "2027-2030"),
    ("P", "Beslispunt: Provinciale Staten besluiten geen wensen en bedenkingen kenbaar te maken, of hun wensen en "
          "bedenkingen kenbaar te maken, bij het ontwerp-programma."),
    ("P", "Procedure: Provinciale Staten kunnen hun wensen en bedenkingen uiterlijk 20 januari 2027 kenbaar maken. "
          "Gedeputeerde Staten stellen het programma daarna op 2 februari 2027 vast."),
    ("P", "In 2025 namen Provinciale Staten de motie 'Bodemdaling serieus nemen' aan."),
    ("P", "Voorgenomen maatregelen in het ontwerp-programma:"),
]
SV_BLOCKS = [
    ("M1", "Peilgestuurde drainage op landbouwkavels bij Luttelgeest", "Waterschap Zuiderzeeland", "LTO Noord",
     "2027-2029"),
    ("M2", "Monitoring van bodemdaling in de Noordoostpolder", "Provincie Flevoland",
     "Waterschap Zuiderzeeland, Gemeente Noordoostpolder", "vanaf 2027"),
    ("M3", "Natuurherstel in het Voorsterbos", "Staatsbosbeheer", "Provincie Flevoland", "2028-2030"),
    ("M4", "Zoetwaterbuffer bij Kraggenburg", "Waterschap Zuiderzeeland", "Gemeente Noordoostpolder",
     "uiterlijk 2029"),
    ("M5", "Klimaatbestendige inrichting van het centrum van Emmeloord", "Gemeente Noordoostpolder", "-", "2028"),
]
SV_END = "Gedeputeerde Staten van Flevoland, 24 november 2026."


def sv_pdf() -> None:
    pdf = new_pdf()
    for kind, text in SV_INTRO:
        para(pdf, text, 12 if kind == "H" else 9.5, "B" if kind == "H" else "")
    for code, title, lead, partners, when in SV_BLOCKS:
        para(pdf, f"{code}. {title}", 10, "B", 5)
        pdf.set_font("Helvetica", "", 9.5)
        for label, value in (("Trekker", lead), ("Met", partners), ("Planning", when)):
            pdf.multi_cell(0, 4.6, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    para(pdf, SV_END)
    pdf.output(str(OUT / "b30-statenvoorstel.pdf"))


# --- b30-bewonersbrief: fpdf2, two senders, Kruisland (West-Brabant) --------------------------------------------
BB_HEAD = [
    "Gemeente Steenbergen  |  Waterschap Brabantse Delta",
    "Aan de bewoners van de Kerkstraat en de Molenstraat in Kruisland",
    "Steenbergen, 20 november 2026",
    "Onderwerp: werkzaamheden aan riolering en water in Kruisland",
]
BB_PARAS = [
    "Beste bewoner,",
    "Deze brief sturen de gemeente Steenbergen en Waterschap Brabantse Delta samen. Waar 'wij' staat, bedoelen "
    "we beide organisaties.",
    "In 2025 hebben wij de riolering in Kruisland met camera's geïnspecteerd.",
    "In het voorjaar van 2027 vervangen wij de riolering en de duikers in de Kerkstraat en de Molenstraat.",
    "Het waterschap legt in 2027 en 2028 een waterberging aan ten zuiden van Kruisland.",
    "De gemeente plant in het najaar van 2028 veertig nieuwe bomen in de Kerkstraat.",
    "Vanaf 2029 onderhoudt het waterschap de sloten rond Kruisland op een ecologische manier.",
    "De provincie Noord-Brabant verwacht de N257 bij Kruisland in 2029 te vernieuwen.",
    "Wij hopen dat veel bewoners ook zelf hun regenpijp afkoppelen.",
    "U kunt tot 15 januari 2027 reageren op het ontwerp voor de Kerkstraat.",
    "Heeft u vragen over de werkzaamheden?",
    "Bel dan met het projectteam via 14 0167.",
    "Met vriendelijke groet,",
    "Het college van burgemeester en wethouders van Steenbergen  /  Het dagelijks bestuur van Waterschap "
    "Brabantse Delta",
]


def bb_pdf() -> None:
    pdf = new_pdf()
    para(pdf, BB_HEAD[0], 11, "B", 5.5)
    for line in BB_HEAD[1:]:
        para(pdf, line)
    pdf.ln(2)
    for p in BB_PARAS:
        para(pdf, p, 10, "", 5)
    pdf.output(str(OUT / "b30-bewonersbrief.pdf"))


def main() -> None:
    soffice("b30-collegebesluit", cb_html())
    mo_pdf()
    (OUT / "b30-gebiedsakkoord.md").write_text(ga_md(), encoding="utf-8")
    sv_pdf()
    bb_pdf()


if __name__ == "__main__":
    main()
