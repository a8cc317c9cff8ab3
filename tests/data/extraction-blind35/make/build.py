"""Build the five blind35 documents. Two LibreOffice PDFs (HTML written here, converted with
`soffice --headless --convert-to pdf`; only the PDFs are committed), one fpdf2 PDF (DejaVu Sans for the marks),
one Markdown and one plain-text file.
Run: .venv/bin/python tests/data/extraction-blind35/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --- b35-afsprakenlijst: BO MIRT Flevoland / Lelystad; an agreement under the reservation of another -------------
AL_TITLE = "Afsprakenlijst BO MIRT Flevoland, 18 november 2026"
AL_INTRO = [
    "Aanwezig: de Minister van Infrastructuur en Waterstaat, de Minister van Volkshuisvesting en Ruimtelijke "
    "Ordening, gedeputeerden van de Provincie Flevoland en de wethouder Mobiliteit van de Gemeente Lelystad.",
    "In 2025 is de dienstregeling van de Flevolijn naar Lelystad Centrum uitgebreid.",
]
# (number, paragraph text); the paragraph is the whole agreement
AL_ITEMS = [
    ("1", "Rijk en regio spreken af dat de Provincie Flevoland uiterlijk 2027 een gebiedsanalyse voor het "
     "stationsgebied Lelystad Centrum opstelt, in samenwerking met de Gemeente Lelystad en ProRail."),
    ("2", "Rijk en regio spreken af dat het Ministerie van Infrastructuur en Waterstaat in 2027 en 2028 een "
     "MIRT-verkenning naar de aansluiting Lelystad-Noord op de A6 uitvoert, met de Provincie Flevoland als "
     "partner."),
    ("3", "Rijk en regio spreken af dat de Gemeente Lelystad uiterlijk 2027 een woningbouwprogramma van 6.000 "
     "woningen voor Lelystad-Zuid vaststelt; het Ministerie van Volkshuisvesting en Ruimtelijke Ordening is "
     "daarbij betrokken."),
    ("4", "Onder voorbehoud van de uitkomst van afspraak 2 spreken Rijk en regio af dat Rijkswaterstaat vanaf 2029 "
     "de planuitwerking voor de aansluiting Lelystad-Noord start."),
    ("5", "Rijk en regio spreken af dat ProRail in 2028 de perrons van station Lelystad Centrum verlengt, in "
     "opdracht van het Ministerie van Infrastructuur en Waterstaat."),
    ("6", "Rijk en regio spreken af dat de Provincie Flevoland en de Gemeente Lelystad uiterlijk 2028 samen een "
     "snelfietsroute tussen Lelystad en Dronten aanleggen."),
    ("7", "Rijk en regio stellen vast dat de afspraken uit het BO MIRT van 2025 over de Flevolijn zijn "
     "uitgevoerd."),
]
AL_END = ["Het volgende BO MIRT Flevoland vindt plaats in het najaar van 2027."]

# --- b35-gebiedsagenda: Hengelo, Borne, Oldenzaal; year columns with marks, ▶ = continues after 2029 ------------
GA_TITLE = "Gebiedsagenda Wonen en Bereikbaarheid Hengelo, Borne en Oldenzaal 2026-2029"
GA_INTRO = [
    "Deze gebiedsagenda is op 12 november 2026 besproken in het BO Leefomgeving Oost.",
    "In 2025 is het eerste deel van de Spoorzone Hengelo opgeleverd.",
]
GA_LEGEND = "Legenda: ● = de actie loopt in dat jaar; ▶ = de actie loopt door na 2029."
GA_YEARS = [2026, 2027, 2028, 2029]
GA_HEAD = ["Nr.", "Actie", "Trekker", "Betrokken", *map(str, GA_YEARS)]
# marks: one per year column ("" = empty)
GA_ROWS = [
    ("HBO-1", "Herinrichting van de Spoorzone Hengelo met 1.200 woningen", "Gemeente Hengelo",
     "ProRail, Provincie Overijssel", ["●", "●", "●", ""]),
    ("HBO-2", "Ongelijkvloerse kruising van het spoor met de Azelosestraat in Borne", "ProRail",
     "Gemeente Borne, Ministerie van Infrastructuur en Waterstaat", ["", "●", "●", "▶"]),
    ("HBO-3", "Klimaatbestendige inrichting van de Drienerbeek in Hengelo", "Waterschap Vechtstromen",
     "Gemeente Hengelo", ["●", "●", "", ""]),
    ("HBO-4", "Woningbouwlocatie Stakenbeek in Oldenzaal met 800 woningen", "Gemeente Oldenzaal",
     "Provincie Overijssel", ["", "", "●", "●"]),
    ("HBO-5", "Verbetering van de snelfietsroute tussen Borne en Oldenzaal", "Provincie Overijssel",
     "Gemeente Borne, Gemeente Oldenzaal", ["", "", "", "●"]),
    ("HBO-6", "Regionale warmtevisie voor Hengelo, Borne en Oldenzaal", "Gemeente Borne", "-",
     ["●", "●", "●", "▶"]),
]
GA_END = ["De voortgang wordt elk voorjaar besproken in het ambtelijk overleg van de drie gemeenten."]

# --- b35-rolverdeling: Zuidplas; Rol Rijk / Rol regio columns, "financier" defined as opdrachtgever --------------
RV_TITLE = "Rolverdeling Rijk en regio NOVEX Zuidplaspolder 2027-2030"
RV_NOTE = [
    "In de kolom Partijen staat per actie welke partij voor het Rijk en welke partij voor de regio optreedt.",
    "Rolwoorden: trekker = eerstverantwoordelijk; partner = werkt mee; betrokken = wordt geraadpleegd; "
    "financier = betaalt de actie en is daarmee opdrachtgever.",
]
RV_INTRO = ["In 2026 zijn de eerste 400 woningen in de Zuidplaspolder opgeleverd."]
RV_HEAD = ["Nr.", "Actie", "Partijen", "Rol Rijk", "Rol regio", "Periode"]
# (code, action, rijk party, regio party, rol rijk, rol regio, period)
RV_ROWS = [
    ("ZP-1", "Woningbouw Middelwatering-Oost in Nieuwerkerk aan den IJssel, eerste fase 1.500 woningen",
     "Ministerie van Volkshuisvesting en Ruimtelijke Ordening", "Gemeente Zuidplas", "financier", "trekker",
     "2027-2030"),
    ("ZP-2", "Verlenging van de perrons van station Nieuwerkerk aan den IJssel", "ProRail",
     "Provincie Zuid-Holland", "trekker", "partner", "2028"),
    ("ZP-3", "Waterberging in de Zuidplaspolder bij Moordrecht", "Ministerie van Infrastructuur en Waterstaat",
     "Hoogheemraadschap van Schieland en de Krimpenerwaard", "betrokken", "trekker", "vanaf 2027"),
    ("ZP-4", "Aanpassing van de aansluiting Nieuwerkerk aan den IJssel op de A20", "Rijkswaterstaat",
     "Gemeente Zuidplas", "trekker", "partner", "uiterlijk 2029"),
    ("ZP-5", "Hoogwaardig openbaar vervoer tussen de Zuidplaspolder en Rotterdam",
     "Ministerie van Infrastructuur en Waterstaat", "Provincie Zuid-Holland", "financier", "trekker",
     "2027-2028"),
]
RV_END = ["De rolverdeling wordt in 2028 tegen het licht gehouden."]

# --- b35-verstedelijkingsstrategie: Nieuwegein and Houten; Kernbeslissing sections, "dezelfde partijen als" ------
VS_TITLE = "Verstedelijkingsstrategie Nieuwegein en Houten 2027-2035"
VS_INTRO = [
    "De gemeenteraden van Nieuwegein en Houten hebben in 2025 het ontwikkelperspectief vastgesteld.",
    "Per kernbeslissing staat wat we doen, wie het doet en wanneer.",
]
# (kernbeslissing heading, [(wat, wie, wanneer)])
VS_SECTIONS = [
    ("Kernbeslissing 1: Verdichten in Rijnhuizen", [
        ("We transformeren het kantorengebied Rijnhuizen in Nieuwegein tot een woonwijk met 2.500 woningen.",
         "De Gemeente Nieuwegein trekt dit, samen met de Provincie Utrecht.",
         "Van 2027 tot en met 2031."),
    ]),
    ("Kernbeslissing 2: Bouwen bij de stations van Houten", [
        ("We ontwikkelen bij station Houten Castellum een knooppunt met 900 woningen en een fietsenstalling.",
         "De Gemeente Houten trekt dit, samen met ProRail.",
         "De bouw begint in 2028."),
    ]),
    ("Kernbeslissing 3: Bereikbaar blijven", [
        ("We verbeteren de tramlijn tussen Nieuwegein-Zuid en Utrecht Centraal.",
         "De Provincie Utrecht trekt dit; het Ministerie van Infrastructuur en Waterstaat is betrokken.",
         "Uiterlijk in 2030 is dit klaar."),
        ("We leggen een snelfietsroute aan tussen Rijnhuizen en station Houten.",
         "Dezelfde partijen als bij Kernbeslissing 1.",
         "In 2029."),
    ]),
    ("Kernbeslissing 4: Groen en water tussen de kernen", [
        ("We leggen een groene buffer met waterberging aan tussen Houten-Zuid en de A27.",
         "Hoogheemraadschap De Stichtse Rijnlanden trekt dit, samen met de Gemeente Houten.",
         "In 2027 en 2028."),
    ]),
]
VS_END = ["Over een tweede ontsluiting van Houten-Zuid is nog geen besluit genomen."]

# --- b35-kamerbrief: Minister IenW, toezeggingen Alphen aan den Rijn; a done item with a new follow-up ------------
KB_DATE = "25 november 2026"
KB_HEAD = ["Ministerie van Infrastructuur en Waterstaat", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
           f"Datum: {KB_DATE}", "Onderwerp: stand van de toezeggingen bereikbaarheid Alphen aan den Rijn"]
KB_INTRO = ["Met deze brief informeer ik u over de stand van de toezeggingen die ik deed in het commissiedebat "
            "MIRT van 2 juli 2026."]
# numbered toezeggingen: (nr, [sentences])
KB_ITEMS = [
    ("1", ["Afgerond: het onderzoek naar de verkeersveiligheid van de N11 bij Alphen aan den Rijn is in september "
           "2026 aan uw Kamer gestuurd."]),
    ("2", ["Nieuw: ik laat in 2027 samen met ProRail en de Provincie Zuid-Holland een verkenning uitvoeren naar "
           "een extra sprinterstation bij Alphen aan den Rijn-Oost."]),
    ("3", ["Afgerond: de quickscan van de vaarweg Gouwe bij Alphen aan den Rijn heb ik in juni 2026 aan uw Kamer "
           "gestuurd.",
           "Als vervolg daarop stel ik uiterlijk 2028 met de Provincie Zuid-Holland een onderhoudsplan voor de "
           "kades van de Gouwe op."]),
    ("4", ["Nieuw: de Gemeente Alphen aan den Rijn en ik hebben afgesproken dat de gemeente in 2027 en 2028 de "
           "stationsomgeving van Alphen aan den Rijn herinricht."]),
    ("5", ["Afgerond: het bestuurlijk overleg met het Hoogheemraadschap van Rijnland over wateroverlast in "
           "Boskoop vond plaats op 3 november 2026."]),
    ("6", ["Nieuw: ProRail maakt in 2028 en 2029 in mijn opdracht de spoorwegovergang Steekterweg in Alphen aan "
           "den Rijn ongelijkvloers."]),
]
KB_OTHER = ["De Provincie Zuid-Holland verwacht in 2028 de N207 bij Alphen aan den Rijn te verbreden."]
KB_END = ["Ik informeer uw Kamer voor het commissiedebat MIRT van 2027 opnieuw over de voortgang."]
KB_SIGN = ["De Minister van Infrastructuur en Waterstaat,", "(ondertekend)"]


def e(text: str) -> str:
    return html.escape(text)


CSS = ("<style>@page{size:A4 portrait;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
       "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px;vertical-align:top;"
       "font-size:9pt} th{background:#ddd} h1{font-size:14pt} h2{font-size:11pt} td.nr{white-space:nowrap}</style>")


def afsprakenlijst_html() -> str:
    body = [f"<h1>{e(AL_TITLE)}</h1>", *(f"<p>{e(s)}</p>" for s in AL_INTRO), "<h2>Afspraken</h2>"]
    body += [f"<p>{nr}. {e(text)}</p>" for nr, text in AL_ITEMS]
    body += [f"<p>{e(s)}</p>" for s in AL_END]
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def rolverdeling_html() -> str:
    body = [f"<h1>{e(RV_TITLE)}</h1>", f"<p><i>{e(' '.join(RV_NOTE))}</i></p>",
            *(f"<p>{e(s)}</p>" for s in RV_INTRO), "<table><tr>"]
    body += [f"<th>{e(h)}</th>" for h in RV_HEAD] + ["</tr>"]
    for code, text, rijk, regio, rol_rijk, rol_regio, when in RV_ROWS:
        partijen = f"Rijk: {e(rijk)}<br>regio: {e(regio)}"
        cells = [e(code), e(text), partijen, e(rol_rijk), e(rol_regio), e(when)]
        body.append("<tr><td class='nr' width='8%'>" + cells[0] + "</td>" + "".join(f"<td>{c}</td>" for c in cells[1:])
                    + "</tr>")
    body.append("</table>")
    body += [f"<p>{e(s)}</p>" for s in RV_END]
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def gebiedsagenda_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, GA_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    for s in GA_INTRO:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 5, GA_LEGEND, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = (16, 58, 34, 44, 10, 10, 10, 10)
    pdf.set_font("DejaVu", "", 8)
    with pdf.table(col_widths=widths, text_align=("LEFT",) * 4 + ("CENTER",) * 4, line_height=4.5,
                   first_row_as_headings=True) as table:
        table.row(GA_HEAD)
        for code, text, trekker, betrokken, marks in GA_ROWS:
            table.row([code, text, trekker, betrokken, *marks])
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    for s in GA_END:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def verstedelijkingsstrategie_md() -> str:
    out = [f"# {VS_TITLE}", "", *VS_INTRO[:1], "", *VS_INTRO[1:], ""]
    for head, items in VS_SECTIONS:
        out += [f"## {head}", ""]
        for wat, wie, wanneer in items:
            out += [f"Wat doen we: {wat}", f"Wie: {wie}", f"Wanneer: {wanneer}", ""]
    out += ["## Tot slot", "", *VS_END, ""]
    return "\n".join(out)


def kamerbrief_txt() -> str:
    out = [*KB_HEAD, "", "Geachte Voorzitter,", "", *KB_INTRO, "", "Toezeggingen", ""]
    for nr, sentences in KB_ITEMS:
        out += [f"{nr}. {' '.join(sentences)}", ""]
    out += ["Ontwikkelingen bij anderen", "", *KB_OTHER, "", *KB_END, "", *KB_SIGN, ""]
    return "\n".join(out)


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", tmp,
                        str(src)], check=True, capture_output=True)
        (OUT / f"{stem}.pdf").write_bytes((Path(tmp) / f"{stem}.pdf").read_bytes())


def main() -> None:
    soffice(afsprakenlijst_html(), "b35-afsprakenlijst")
    soffice(rolverdeling_html(), "b35-rolverdeling")
    gebiedsagenda_pdf(OUT / "b35-gebiedsagenda.pdf")
    (OUT / "b35-verstedelijkingsstrategie.md").write_text(verstedelijkingsstrategie_md(), encoding="utf-8")
    (OUT / "b35-kamerbrief.txt").write_text(kamerbrief_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
