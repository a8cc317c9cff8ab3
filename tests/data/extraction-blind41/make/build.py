"""Build the five blind41 documents. One LibreOffice PDF (HTML written here, converted with
`soffice --headless --convert-to pdf`; only the PDF is committed), one fpdf2 PDF (DejaVu Sans), one Markdown and
two plain-text files.
Run: .venv/bin/python tests/data/extraction-blind41/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --- b41-uitvoeringsagenda: Leidschendam-Voorburg; theme rows, one of which names the trekker of its rows ---------
UA_TITLE = "Uitvoeringsagenda Klimaatadaptatie Leidschendam-Voorburg 2027-2030"
UA_INTRO = [
    "De gemeenteraad heeft op 8 oktober 2026 de Klimaatadaptatiestrategie Leidschendam-Voorburg vastgesteld.",
    "In 2026 is de stresstest uit 2019 geëvalueerd met het Hoogheemraadschap van Delfland.",
]
UA_HEAD = ["Nr.", "Actie", "Trekker", "Betrokken partijen", "Planning"]
# ("theme", text) or (nr, actie, trekker, betrokken, planning)
UA_ROWS = [
    ("theme", "Thema A: Wateroverlast en droogte"),
    ("1", "Actualiseren van de stresstest wateroverlast voor Leidschendam, Voorburg en Stompwijk",
     "Gemeente Leidschendam-Voorburg", "Hoogheemraadschap van Delfland", "Q4 2027"),
    ("2", "Vergroten van de waterberging in de Vlietzone", "Hoogheemraadschap van Delfland",
     "Gemeente Leidschendam-Voorburg, Provincie Zuid-Holland", "2027-2029"),
    ("3", "Aanleg van een regenwaterbuffer onder het Damplein in Voorburg", "Gemeente Leidschendam-Voorburg",
     "Hoogheemraadschap van Delfland", "na afronding van 2"),
    ("4", "Aanpassing van de bemaling van de Stompwijkse polder", "Hoogheemraadschap van Delfland", "-", "2028"),
    ("theme", "Thema B: Hitte en groen (trekker van alle acties in dit thema: Gemeente Leidschendam-Voorburg)"),
    ("5", "Hitteplan voor ouderen en andere kwetsbare inwoners", "zie thema", "GGD Haaglanden", "Q2 2027"),
    ("6", "Vergroening van schoolpleinen in Voorburg-West", "zie thema", "Provincie Zuid-Holland", "doorlopend"),
    ("7", "Koele looproutes door het centrum van Leidschendam", "zie thema", "-", "2028-2030"),
]
UA_END = ["Deze uitvoeringsagenda is opgesteld door de ambtelijke werkgroep klimaatadaptatie."]

# --- b41-raadsinformatiebrief: college van B&W Diemen; one commitment joins a study of the Vervoerregio ----------
RB_DATE = "24 november 2026"
RB_HEAD = ["Gemeente Diemen", "Raadsinformatiebrief", "Aan: de gemeenteraad van Diemen",
           "Van: het college van burgemeester en wethouders", f"Datum: {RB_DATE}",
           "Onderwerp: voortgang wonen en bereikbaarheid"]
RB_INTRO = ["Met deze brief informeren wij u over de voortgang van wonen en bereikbaarheid in Diemen.",
            "De gemeenteraad heeft op 12 november 2026 de Woonvisie Diemen 2026-2035 vastgesteld."]
RB_COMMIT = [
    "Vanaf 2027 werken wij aan de transformatie van het bedrijventerrein Verrijn Stuart tot een woongebied met "
    "1.100 woningen.",
    "Wij stellen in 2027 een nieuw parkeerbeleidsplan voor Diemen-Centrum vast.",
    "In 2027 en 2028 maken wij samen met de Vervoerregio Amsterdam de bushaltes aan de Hartveldseweg toegankelijk.",
    "Wij nemen deel aan de verkenning naar een snelle busverbinding tussen Diemen en Amsterdam Science Park die de "
    "Vervoerregio Amsterdam in 2027 uitvoert.",
    "Uiterlijk 2028 vernieuwen wij de fietsverbinding langs de Diemerzeedijk.",
]
RB_OTHER = ["De Provincie Noord-Holland is van plan in 2028 de provinciale fietsroute tussen Diemen en Muiden te "
            "verbreden."]
RB_END = ["Wij houden u op de hoogte van de verdere voortgang."]
RB_SIGN = ["Het college van burgemeester en wethouders van Diemen,", "de secretaris, de burgemeester"]

# --- b41-projectenboek: Purmerend; "Relatie met:" of one project states the dependency of another ---------------
PB_TITLE = "Projectenboek Purmerend 2027-2030"
PB_INTRO = ["De gemeenteraad van Purmerend heeft in 2025 de Omgevingsvisie Purmerend vastgesteld.",
            "Elk project in dit projectenboek heeft dezelfde opbouw."]
# (code, title, trekker, partners, looptijd, relatie)
PB_PROJECTS = [
    ("PU-1", "Herinrichting van de stationsomgeving Purmerend Overwhere", "Gemeente Purmerend", "ProRail",
     "2027-2029", "Project PU-4 bouwt hierop voort en start pas na oplevering van dit project."),
    ("PU-2", "Verbetering van de waterafvoer in Purmer-Zuid", "Hoogheemraadschap Hollands Noorderkwartier",
     "Gemeente Purmerend", "2027-2028", "Project PU-3 (zelfde gebied)."),
    ("PU-3", "Woningbouw in Purmer-Zuid met 1.800 woningen", "Gemeente Purmerend", "Provincie Noord-Holland",
     "vanaf 2028", "Project PU-2 (zelfde gebied)."),
    ("PU-4", "Fietsenstalling bij station Purmerend Overwhere", "Gemeente Purmerend", "ProRail", "2029-2030",
     "geen."),
    ("PU-5", "Versterking van de kade langs het Noordhollandsch Kanaal bij Purmerend",
     "Hoogheemraadschap Hollands Noorderkwartier", "geen", "2028-2031", "geen."),
]
PB_END = ["Projecten die nog in de ideefase zijn, staan niet in dit projectenboek."]

# --- b41-actielijst: Ouder-Amstel; who-column in abbreviations, legend under the table --------------------------
AL_TITLE = "Actielijst Bereikbaarheid en Water Ouder-Amstel 2027-2031"
AL_INTRO = ["Deze actielijst is op 17 november 2026 besproken in het bestuurlijk overleg Amstelscheg.",
            "In 2026 is de brug over de Bullewijk vervangen."]
AL_HEAD = ["Nr.", "Actie", "Wie", "Wanneer"]
AL_ROWS = [
    ("OA-1", "Herinrichting van de Holendrechterweg in Ouderkerk aan de Amstel", "GOA, AGV", "2027-2028"),
    ("OA-2", "Versterking van de Amsteldijk tussen Ouderkerk aan de Amstel en Amsterdam", "AGV, GOA, GA",
     "2028-2031"),
    ("OA-3", "Aanpassing van de aansluiting Ouderkerk aan de Amstel op de A9", "RWS, PNH, GOA", "uiterlijk 2029"),
    ("OA-4", "Geluidsschermen langs het spoor bij Duivendrecht", "PR, GOA", "2028"),
    ("OA-5", "Snelfietsroute tussen Duivendrecht en Amsterdam-Zuidoost", "PNH, GOA, GA", "2027-2030"),
    ("OA-6", "Onderzoek naar de waterkwaliteit van de Bullewijk", "AGV", "vanaf 2027"),
]
AL_LEGEND = [
    "Afkortingenlijst",
    "AGV = Waterschap Amstel, Gooi en Vecht (de uitvoering ligt bij Waternet)",
    "GA = Gemeente Amsterdam",
    "GOA = Gemeente Ouder-Amstel",
    "PNH = Provincie Noord-Holland",
    "PR = ProRail",
    "RWS = Rijkswaterstaat",
    "In de kolom Wie is de eerstgenoemde partij trekker; de overige partijen zijn partner.",
]
AL_END = ["De actielijst wordt elk half jaar besproken in het bestuurlijk overleg Amstelscheg."]

# --- b41-kamerbrief: Minister van BZK, toezeggingen Weesp; one deadline is moved ------------------------------
KB_DATE = "26 november 2026"
KB_HEAD = ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
           "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", f"Datum: {KB_DATE}",
           "Onderwerp: toezeggingen over de samenvoeging van Weesp en Amsterdam"]
KB_INTRO = ["In het commissiedebat Openbaar Bestuur van 1 oktober 2026 heb ik uw Kamer vijf toezeggingen gedaan.",
            "Sinds 24 maart 2022 maakt Weesp deel uit van de gemeente Amsterdam."]
KB_ITEMS = [
    ("1", "Ik stuur uw Kamer vóór 1 juli 2027 de evaluatie van de samenvoeging van Weesp en Amsterdam."),
    ("2", "Ik voer in 2027 samen met de Gemeente Amsterdam een onderzoek uit naar de werking van de "
          "bestuurscommissie Weesp."),
    ("3", "De verkenning naar de financiële positie van kleine gemeenten in Noord-Holland stuur ik niet eind 2026, "
          "zoals eerder toegezegd, maar uiterlijk 1 april 2027 aan uw Kamer."),
    ("4", "Samen met de Provincie Noord-Holland bied ik in 2027 en 2028 ondersteuning aan Noord-Hollandse "
          "gemeenten die een herindeling voorbereiden."),
    ("5", "Ik informeer uw Kamer uiterlijk eind 2028 over de uitkomsten van de proef met digitale "
          "raadsinformatie in Weesp."),
]
KB_OTHER = ["De Gemeente Amsterdam verwacht in 2027 het voormalige stadhuis van Weesp te renoveren."]
KB_END = ["Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."]
KB_SIGN = ["De Minister van Binnenlandse Zaken en Koninkrijksrelaties,", "(ondertekend)"]


def e(text: str) -> str:
    return html.escape(text)


CSS = ("<style>@page{size:A4 portrait;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
       "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px;vertical-align:top;"
       "font-size:9pt} th{background:#ddd} h1{font-size:14pt} td.thema{background:#eee;font-weight:bold}</style>")


def uitvoeringsagenda_html() -> str:
    body = [f"<h1>{e(UA_TITLE)}</h1>", *(f"<p>{e(s)}</p>" for s in UA_INTRO),
            "<table border='1' cellspacing='0' cellpadding='3'><tr>"]
    body += [f"<th>{e(h)}</th>" for h in UA_HEAD] + ["</tr>"]
    for row in UA_ROWS:
        if row[0] == "theme":
            body.append(f"<tr><td class='thema' colspan='5'><b>{e(row[1])}</b></td></tr>")
        else:
            body.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    body.append("</table>")
    body += [f"<p>{e(s)}</p>" for s in UA_END]
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def raadsinformatiebrief_txt() -> str:
    out = [*RB_HEAD, "", "Geachte raadsleden,", "", *RB_INTRO, "",
           " ".join(RB_COMMIT[:2]), "", " ".join(RB_COMMIT[2:4]), "", RB_COMMIT[4], "",
           *RB_OTHER, "", *RB_END, "", *RB_SIGN, ""]
    return "\n".join(out)


def projectenboek_md() -> str:
    out = [f"# {PB_TITLE}", "", *PB_INTRO[:1], "", *PB_INTRO[1:], ""]
    for code, title, trekker, partners, looptijd, relatie in PB_PROJECTS:
        out += [f"## Project {code}: {title}", "", f"**Trekker:** {trekker}  ", f"**Partners:** {partners}  ",
                f"**Looptijd:** {looptijd}  ", f"**Relatie met:** {relatie}", ""]
    out += ["## Tot slot", "", *PB_END, ""]
    return "\n".join(out)


def actielijst_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, AL_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    for s in AL_INTRO:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(16, 96, 38, 30), line_height=4.8, first_row_as_headings=True) as table:
        table.row(AL_HEAD)
        for row in AL_ROWS:
            table.row(list(row))
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 9)
    pdf.multi_cell(0, 5, AL_LEGEND[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    for s in AL_LEGEND[1:]:
        pdf.multi_cell(0, 4.5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    for s in AL_END:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def kamerbrief_txt() -> str:
    out = [*KB_HEAD, "", "Geachte Voorzitter,", "", *KB_INTRO, "", "Toezeggingen", ""]
    for nr, text in KB_ITEMS:
        out += [f"{nr}. {text}", ""]
    out += ["Ontwikkelingen bij anderen", "", *KB_OTHER, "", *KB_END, "", *KB_SIGN, ""]
    return "\n".join(out)


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", tmp, str(src)], check=True, capture_output=True)
        (OUT / f"{stem}.pdf").write_bytes((Path(tmp) / f"{stem}.pdf").read_bytes())


def main() -> None:
    soffice(uitvoeringsagenda_html(), "b41-uitvoeringsagenda")
    (OUT / "b41-raadsinformatiebrief.txt").write_text(raadsinformatiebrief_txt(), encoding="utf-8")
    (OUT / "b41-projectenboek.md").write_text(projectenboek_md(), encoding="utf-8")
    actielijst_pdf(OUT / "b41-actielijst.pdf")
    (OUT / "b41-kamerbrief.txt").write_text(kamerbrief_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
