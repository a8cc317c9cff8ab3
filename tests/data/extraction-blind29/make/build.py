"""Build the five blind29 documents: a LANDSCAPE LibreOffice TICK MATRIX (one column per organisation, a symbol per
role, legend above the table), an fpdf2 INTERREG work-package sheet in MIXED ENGLISH-DUTCH ('Lead partner',
'Project partners', 'Associated partners', 'Duration'), a Markdown uitvoeringsagenda whose lines END WITH
ABBREVIATIONS IN SQUARE BRACKETS defined in a list at the START, a plain-text table whose Looptijd is a DURATION
('3 jaar vanaf 2027'), and an fpdf2 raadsinformatiebrief with commitments in prose and look-alikes, among them a
CONDITIONAL intention ('zouden wij ... als').
Run: .venv/bin/python tests/data/extraction-blind29/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
E = html.escape

# --- b29-vinkjes: landscape tick matrix, Gooi en Vechtstreek ----------------------------------------------------
VK_ORGS = ["gemeente Hilversum", "gemeente Gooise Meren", "gemeente Huizen", "gemeente Wijdemeren",
           "Waterschap Amstel, Gooi en Vecht", "provincie Noord-Holland"]
VK_LEGEND = "Legenda: ● = trekker, ✓ = partner, ○ = betrokken. Een leeg vak betekent: geen rol."
VK_ROWS = [
    # code, maatregel, one symbol per organisation (order of VK_ORGS), periode
    ("GV1", "Afkoppelen van regenwater in de wijk Hilversum-Oost", ["●", "", "", "", "✓", ""], "2027-2029"),
    ("GV2", "Natuurvriendelijke oevers langs het Gooimeer bij Huizen", ["", "", "●", "", "✓", "○"], "2028"),
    ("GV3", "Vernatting van de veenweiden rond Loosdrecht", ["", "", "", "✓", "●", "✓"], "2027-2030"),
    ("GV4", "Hittekaart en koelteplekken voor Bussum en Naarden", ["○", "●", "", "", "", ""], "vanaf 2028"),
    ("GV5", "Regionale aanpak van droogte op de Gooise heide", ["✓", "✓", "✓", "", "○", "●"], "uiterlijk 2029"),
]


def vk_html() -> str:
    th = "".join(f"<th>{E(c)}</th>" for c in ["Nr.", "Maatregel", *VK_ORGS, "Periode"])
    body = ""
    for code, title, marks, when in VK_ROWS:
        cells = [E(code), E(title)] + [f'<p align="center">{E(m)}</p>' for m in marks] + [E(when)]
        body += "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>\n"
    return (
        '<html><head><meta charset="utf-8"><style>@page { size: 29.7cm 21cm; margin: 1.5cm; }'
        " body { font-family: DejaVu Sans; font-size: 9pt; } td, th { font-size: 8pt; vertical-align: top; }"
        "</style></head><body>"
        "<h2>Uitvoeringsprogramma Klimaatbestendig Gooi en Vechtstreek 2027-2030</h2>"
        "<p>De gemeenten Hilversum, Gooise Meren, Huizen en Wijdemeren werken in dit programma samen met "
        "Waterschap Amstel, Gooi en Vecht en de provincie Noord-Holland. De tabel geeft per maatregel de rol van "
        "elke organisatie.</p>"
        f"<p><b>{E(VK_LEGEND)}</b></p>"
        '<table border="1" cellpadding="3" cellspacing="0" width="100%">'
        f"<thead><tr>{th}</tr></thead><tbody>\n{body}</tbody></table>"
        "<p>In 2026 hebben de vier gemeenten hun klimaatstresstesten afgerond.</p>"
        "<p>Vastgesteld door het Regionaal Overleg Klimaat Gooi en Vechtstreek op 12 november 2026.</p>"
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


# --- b29-interreg: fpdf2 Interreg work packages, English-Dutch mixed, Twente / Kreis Borken --------------------
IR_WPS = [
    # code, title, lead partner, project partners, associated partners, duration
    ("WP1", "Grensoverschrijdend herstel van de Dinkel bij Losser", "Waterschap Vechtstromen",
     "Gemeente Losser, Kreis Borken", "-", "2027-2029"),
    ("WP2", "Gezamenlijk meetnet grondwater Twente-Westmünsterland", "Kreis Borken",
     "Waterschap Vechtstromen", "Provincie Overijssel", "2027-2028"),
    ("WP3", "Klimaatadaptieve binnenstad Enschede en Gronau", "Gemeente Enschede", "Stadt Gronau (Westf.)",
     "-", "2028-2030"),
    ("WP4", "Grenzeloze hittewaarschuwing voor ouderen", "Gemeente Enschede",
     "Kreis Borken, Stadt Gronau (Westf.)", "GGD Twente", "from 2028"),
    ("WP5", "Kennisuitwisseling en evaluatie van het project", "EUREGIO", "Gemeente Enschede, Kreis Borken", "-",
     "until 2030"),
]
IR_INTRO = [
    ("H", "Interreg Deutschland-Nederland - Projectvoorstel 'Klimaat zonder Grenzen' (KzG)"),
    ("P", "Programme: Interreg VI A Deutschland-Nederland. Project duration: 2027-2030. Lead partner of the "
          "project: Gemeente Enschede."),
    ("P", "Reading guide / leeswijzer: per work package (werkpakket) the 'Lead partner' is the trekker, the "
          "'Project partners' zijn partners, the 'Associated partners' zijn betrokken zonder budget."),
    ("P", "In 2025 the partners completed a joint feasibility study (haalbaarheidsstudie) for the Dinkel valley."),
]


def ir_pdf() -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 20, tzinfo=datetime.timezone.utc))
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 12)
    pdf.add_page()
    for kind, text in IR_INTRO:
        pdf.set_font("Helvetica", "B" if kind == "H" else "", 12 if kind == "H" else 9.5)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for code, title, lead, partners, assoc, dur in IR_WPS:
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(0, 5, f"{code} - {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9.5)
        for label, value in (("Lead partner", lead), ("Project partners", partners),
                             ("Associated partners", assoc), ("Duration", dur)):
            pdf.multi_cell(0, 4.6, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5, "The Provincie Overijssel would like to extend the project to the Vecht after 2030.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / "b29-interreg.pdf"))


# --- b29-afkortingen: Markdown uitvoeringsagenda Zuid-Limburg, [TREKKER / partners] at line end -----------------
AF_ABBR = [
    ("MST", "gemeente Maastricht"),
    ("MRS", "gemeente Meerssen"),
    ("SG", "gemeente Sittard-Geleen"),
    ("WL", "Waterschap Limburg"),
    ("PL", "provincie Limburg"),
]
AF_LINES = [
    ("A1", "Heraanleg van de Jeker als open beek in Maastricht", "2027-2029", "MST / WL"),
    ("A2", "Regenwaterbuffers in de hellingen boven Meerssen", "2028", "WL / MRS, PL"),
    ("A3", "Groene schoolpleinen in Sittard-Geleen", "vanaf 2027", "SG"),
    ("A4", "Erosiebestrijding op akkers in het Geuldal bij Meerssen", "2027-2030", "PL / WL, MRS"),
    ("A5", "Hitteplan voor de binnenstad van Maastricht", "uiterlijk 2028", "MST / PL"),
    ("A6", "Regionale monitor wateroverlast Zuid-Limburg", "2028-2030", "WL / MST, MRS, SG"),
]


def af_md() -> str:
    out = ["# Uitvoeringsagenda Water en Hitte Zuid-Limburg 2027-2030", "",
           "## Afkortingen", ""]
    out += [f"- **[{k}]** {v}" for k, v in AF_ABBR]
    out += ["", "Elke actie eindigt met afkortingen tussen vierkante haken. De eerste afkorting is de trekker; "
            "de afkortingen na de schuine streep zijn de partners.", "",
            "In 2026 is het Regionaal Waterplan Zuid-Limburg geëvalueerd.", "",
            "## Acties", ""]
    out += [f"- {c} {t} ({when}) [{who}]" for c, t, when, who in AF_LINES]
    out += ["", "De provincie Limburg onderzoekt zelf of de Maas bij Eijsden verder verruimd kan worden; dat "
            "onderzoek valt buiten deze agenda.", ""]
    return "\n".join(out)


# --- b29-looptijd: plain-text table, Looptijd as a duration, Vallei ---------------------------------------------
LT_HEAD = ("Nr", "Actie", "Trekker", "Partners", "Looptijd")
LT_ROWS = [
    ("V1", "Herinrichting van de Grift in Veenendaal", "gemeente Veenendaal",
     "Waterschap Vallei en Veluwe", "3 jaar vanaf 2027"),
    ("V2", "Klimaatbestendige bedrijventerreinen in Ede", "gemeente Ede", "provincie Gelderland",
     "2 jaar vanaf 2028"),
    ("V3", "Beekherstel van de Barneveldse Beek", "Waterschap Vallei en Veluwe",
     "gemeente Barneveld, provincie Gelderland", "4 jaar vanaf 2027"),
    ("V4", "Proef met regenwatertonnen in Barneveld", "gemeente Barneveld", "-", "1 jaar vanaf 2028"),
    ("V5", "Droogteteam voor de Gelderse Vallei", "provincie Gelderland",
     "gemeente Ede, gemeente Veenendaal, Waterschap Vallei en Veluwe", "18 maanden vanaf januari 2029"),
]


def lt_text() -> str:
    widths = (4, 46, 30, 66, 30)

    def line(cells) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = ["UITVOERINGSAGENDA KLIMAATADAPTATIE GELDERSE VALLEI 2027-2030", "",
           "Gemeente Ede, gemeente Veenendaal, gemeente Barneveld, Waterschap Vallei en Veluwe en provincie "
           "Gelderland.", "",
           "Leeswijzer: de kolom Looptijd geeft de duur van een actie en het jaar waarin zij begint.", "",
           line(LT_HEAD), line("-" * w for w in widths)]
    out += [line(r) for r in LT_ROWS]
    out += ["", "In 2026 is de regionale klimaatstresstest voor de Gelderse Vallei opgeleverd.", ""]
    return "\n".join(out)


# --- b29-brief: fpdf2 raadsinformatiebrief, Zaltbommel (Bommelerwaard) ------------------------------------------
BR_HEAD = [
    "Gemeente Zaltbommel",
    "Raadsinformatiebrief",
    "Aan: de gemeenteraad van Zaltbommel",
    "Datum: 26 november 2026",
    "Onderwerp: Wateroverlast en droogte in de Bommelerwaard",
]
BR_PARAS = [
    "Geachte raadsleden,",
    "Tijdens de raadsvergadering van 8 oktober 2026 vroeg de fractie van D66: wanneer pakt de gemeente de "
    "wateroverlast in de Oliestraat aan?",
    "In 2025 hebben wij de riolering in de binnenstad geïnspecteerd.",
    "In 2027 vervangen wij de riolering in de Oliestraat door een gescheiden stelsel.",
    "Samen met Waterschap Rivierenland leggen wij in 2027 en 2028 een waterberging aan in het Zaltbommelse "
    "Waard.",
    "Vanaf 2028 geven wij inwoners van Brakel en Zuilichem een subsidie voor het afkoppelen van hun dak.",
    "Met de gemeente Maasdriel en de provincie Gelderland stellen wij uiterlijk 2028 een droogteplan voor de "
    "Bommelerwaard op.",
    "Als de provincie een bijdrage geeft, zouden wij in 2029 ook de Waalkade kunnen vergroenen.",
    "Waterschap Rivierenland versterkt de Waaldijk tussen Zaltbommel en Haaften; dat werk is naar verwachting "
    "in 2030 klaar.",
    "Wij hopen dat meer inwoners een regenton plaatsen.",
    "Met vriendelijke groet,",
    "Het college van burgemeester en wethouders van Zaltbommel",
]


def br_pdf() -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 26, tzinfo=datetime.timezone.utc))
    pdf.set_margins(25, 18, 25)
    pdf.add_page()
    for i, text in enumerate(BR_HEAD):
        pdf.set_font("Helvetica", "B" if i < 2 else "", 12 if i < 2 else 10)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    for text in BR_PARAS:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(OUT / "b29-brief.pdf"))


def main() -> None:
    soffice("b29-vinkjes", vk_html())
    ir_pdf()
    (OUT / "b29-afkortingen.md").write_text(af_md(), encoding="utf-8")
    (OUT / "b29-looptijd.txt").write_text(lt_text(), encoding="utf-8")
    br_pdf()
    print("built", sorted(p.name for p in OUT.glob("b29-*")))


if __name__ == "__main__":
    main()
