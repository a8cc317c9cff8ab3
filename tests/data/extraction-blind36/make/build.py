"""Build the five blind36 documents. One LibreOffice PDF (HTML written here, converted with
`soffice --headless --convert-to pdf`; only the PDF is committed), one fpdf2 PDF (DejaVu Sans), one plain-text
raadsinformatiebrief, one Markdown uitvoeringsprogramma and one plain-text pipe table.
Run: .venv/bin/python tests/data/extraction-blind36/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --- b36-opgaven: Geldrop-Mierlo, Son en Breugel, Waalre; "Opgave | Kartrekker | Meedenkers | Gereed" -----------
OP_TITLE = "Uitvoeringsagenda Energie en Ruimte Geldrop-Mierlo, Son en Breugel en Waalre 2027-2030"
OP_INTRO = [
    "De drie colleges hebben deze uitvoeringsagenda op 17 november 2026 vastgesteld.",
    "In 2026 is in Son en Breugel het eerste collectieve zonnedak op een sporthal in gebruik genomen.",
]
OP_NOTE = ("Leeswijzer: de kartrekker is eerstverantwoordelijk voor de opgave; meedenkers worden geraadpleegd "
           "maar voeren zelf geen werk uit. In de kolom Gereed staat wanneer de opgave af moet zijn.")
OP_HEAD = ["Nr.", "Opgave", "Kartrekker", "Meedenkers", "Gereed"]
OP_WIDTHS = [10, 36, 22, 20, 12]
# (code, opgave, remark under the opgave ("" = none), kartrekker, meedenkers, gereed)
OP_ROWS = [
    ("GSW-1", "Warmteplan voor de wijk Coevering in Geldrop", "", "Gemeente Geldrop-Mierlo",
     "Enexis Netbeheer", "Q3 2027"),
    ("GSW-2", "Laadplein voor vrachtwagens op bedrijventerrein Ekkersrijt in Son en Breugel", "",
     "Gemeente Son en Breugel", "Enexis Netbeheer, Provincie Noord-Brabant", "eind 2028"),
    ("GSW-3", "Zoekgebied voor een zonneveld tussen Waalre en Son en Breugel langs de A2", "",
     "Gemeente Waalre en Gemeente Son en Breugel (gedeeld)", "Provincie Noord-Brabant", "Q2 2028"),
    ("GSW-4", "Energiemonitor van het maatschappelijk vastgoed van de drie gemeenten", "", "Gemeente Waalre", "-",
     "doorlopend"),
    ("GSW-5", "Wijkaanpak isolatie van koopwoningen in Coevering", "vervolg op GSW-1", "Gemeente Geldrop-Mierlo",
     "Enexis Netbeheer", "2030"),
]
OP_END = ["De portefeuillehouders bespreken de voortgang twee keer per jaar."]

# --- b36-bereikbaarheid: Hillegom and Lisse; unruled two columns "Wanneer | Wat en wie" -------------------------
HL_TITLE = "Uitvoeringsplan Bereikbaarheid Hillegom en Lisse 2027-2030"
HL_INTRO = [
    "In 2026 hebben de Gemeente Hillegom en de Gemeente Lisse samen een verkeersonderzoek naar de N208 laten doen.",
    "Per maatregel staat links wanneer die loopt en rechts wat er gebeurt en wie het doet.",
]
HL_HEAD = ["Wanneer", "Wat en wie"]
# (wanneer, code, what sentence, who sentence)
HL_ROWS = [
    ("2027 t/m 2030", "HL1", "Verbreding van de fietspaden langs de N208 tussen Hillegom en Lisse.",
     "De Provincie Zuid-Holland trekt dit; de Gemeente Hillegom en de Gemeente Lisse werken mee."),
    ("vanaf medio 2027", "HL2", "Een snelle busverbinding tussen Lisse en station Leiden Centraal.",
     "Dit wordt door Arriva uitgevoerd in opdracht van de Provincie Zuid-Holland."),
    ("Q3 2027", "HL3", "Een verkeersveiligheidsplan voor de schoolroutes in Hillegom.",
     "De Gemeente Hillegom trekt dit."),
    ("na afronding van HL1", "HL4", "Een fietsbrug over de Ringvaart bij Hillegom.",
     "De Gemeente Hillegom trekt dit; het Hoogheemraadschap van Rijnland denkt mee."),
    ("2028", "HL5", "Een transferium voor bezoekers van de bollenvelden aan de rand van Lisse.",
     "De Gemeente Lisse trekt dit, samen met de Provincie Zuid-Holland."),
]
HL_END = ["Over een tweede aansluiting van Lisse op de A44 is nog geen besluit genomen."]

# --- b36-raadsinformatiebrief: college of Capelle aan den IJssel, wijkaanpak Schollevaar -------------------------
RB_DATE = "26 november 2026"
RB_HEAD = ["Gemeente Capelle aan den IJssel", "Raadsinformatiebrief", f"Datum: {RB_DATE}",
           "Aan: de gemeenteraad van Capelle aan den IJssel", "Onderwerp: voortgang wijkaanpak Schollevaar"]
RB_OPEN = ["Geachte leden van de raad,",
           "Met deze brief informeren wij u over de voortgang van de wijkaanpak Schollevaar."]
# paragraphs: (heading, [sentences]); the commitments stand in running prose
RB_PARAS = [
    ("Wat is er gebeurd?", [
        "In september 2026 hebben wij drie bewonersavonden in Schollevaar gehouden.",
        "Op 8 oktober 2026 heeft uw raad de motie 'Groen in Schollevaar' aangenomen.",
    ]),
    ("Wat gaan wij doen?", [
        "Wij stellen vóór 1 juli 2027 samen met Havensteder een warmteplan voor Schollevaar-Zuid op.",
        "Vanaf medio 2027 bemensen wij met de GGD Rotterdam-Rijnmond een wijkloket in winkelcentrum De Koperwiek.",
        "In de jaren 2027 t/m 2029 vervangen wij de riolering in het Florakwartier.",
        "In onze opdracht voert de DCMR Milieudienst Rijnmond eind 2027 een geluidsmeting uit langs de "
        "Abraham van Rijckevorselweg.",
        "Uiterlijk Q2 2028 leggen wij uw raad een evaluatie van de wijkaanpak voor.",
    ]),
    ("Wat doen anderen?", [
        "Stedin heeft aangekondigd dat het vanaf 2027 het elektriciteitsnet in Schollevaar verzwaart.",
        "De RET verwacht in 2028 het metrostation Schollevaar te vernieuwen.",
    ]),
    ("Hoe verder?", [
        "Een tweede fase in Schollevaar-Noord starten wij alleen als uw raad daarvoor in de begroting 2029 "
        "middelen vrijmaakt; daarover is nog geen besluit genomen.",
    ]),
]
RB_SIGN = ["Met vriendelijke groet,", "het college van burgemeester en wethouders van Capelle aan den IJssel,",
           "de secretaris, de burgemeester"]

# --- b36-veenweide: Waterland, Edam-Volendam, Landsmeer; Markdown label blocks "Aan de lat:" ---------------------
VW_TITLE = "Uitvoeringsprogramma Veenweide Waterland 2027-2030"
VW_INTRO = [
    "Dit programma hoort bij de Gebiedsvisie Veenweide Laag Holland die in 2025 is vastgesteld.",
    "Wie aan de lat staat, is eerstverantwoordelijk voor de maatregel.",
]
# (code, title, [(label, value)])
VW_BLOCKS = [
    ("W1", "Proefgebied onderwaterdrainage in het Ilperveld", [
        ("Aan de lat", "Hoogheemraadschap Hollands Noorderkwartier"),
        ("Doet mee", "Gemeente Landsmeer"),
        ("Opdrachtgever", "Provincie Noord-Holland"),
        ("Tijdvak", "2027 t/m 2030"),
    ]),
    ("W2", "Bodemdalingskaart voor heel Waterland", [
        ("Aan de lat", "Provincie Noord-Holland"),
        ("Doet mee", "Gemeente Waterland, Gemeente Edam-Volendam"),
        ("Tijdvak", "gereed eind 2027"),
    ]),
    ("W3", "Hoger zomerpeil in de polder Katwoude", [
        ("Aan de lat", "Hoogheemraadschap Hollands Noorderkwartier"),
        ("Doet mee", "Gemeente Edam-Volendam en de bewoners van Katwoude"),
        ("Tijdvak", "start zodra de bodemdalingskaart (W2) gereed is"),
    ]),
    ("W4", "Herstel van de wandelroutes door het Ilperveld", [
        ("Aan de lat", "Gemeente Landsmeer"),
        ("Wordt geraadpleegd", "Gemeente Waterland"),
        ("Tijdvak", "vanaf medio 2028"),
    ]),
    ("W5", "Kennisprogramma natte teelten voor veehouders", [
        ("Aan de lat", "Gemeente Waterland"),
        ("Opdrachtgever", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"),
        ("Tijdvak", "2028"),
    ]),
]
VW_END = ["Het programma wordt in 2029 geëvalueerd."]

# --- b36-netcongestie: Bunschoten and Eemnes; pipe table, one Partijen column with role words in brackets -------
NC_TITLE = "Actielijst Netcongestie Bunschoten en Eemnes 2027-2029"
NC_INTRO = [
    "Sinds 2025 kunnen bedrijven in Bunschoten en Eemnes geen nieuwe grote aansluiting op het elektriciteitsnet "
    "meer krijgen.",
    "Achter elke partij staat haar rol: (trekt) = eerstverantwoordelijk, (doet mee) = voert een deel uit, "
    "(denkt mee) = wordt geraadpleegd.",
]
NC_HEAD = ["Code", "Actie", "Partijen", "Wanneer"]
# (code, actie, [(party, role word)], wanneer)
NC_ROWS = [
    ("EN-1", "Uitbreiding van het onderstation Bunschoten",
     [("TenneT", "trekt"), ("Stedin", "doet mee")], "2027 t/m 2029"),
    ("EN-2", "Congestiemanagement op bedrijventerrein De Kronkels in Bunschoten",
     [("Gemeente Bunschoten", "denkt mee"), ("Stedin", "trekt")], "Q2 2027"),
    ("EN-3", "Energiehub voor vijf bedrijven op bedrijventerrein Zuidpolder in Eemnes",
     [("Stedin", "doet mee"), ("Gemeente Eemnes", "trekt")], "vanaf medio 2027"),
    ("EN-4", "Ruimtelijke reservering voor een nieuw onderstation bij Eemnes",
     [("Gemeente Eemnes", "doet mee"), ("Provincie Utrecht", "trekt"), ("TenneT", "denkt mee")], "eind 2028"),
    ("EN-5", "Aansluiten van de wachtrij van bedrijven in Bunschoten",
     [("Stedin", "trekt"), ("Gemeente Bunschoten", "doet mee")], "na afronding van EN-1"),
]
NC_END = ["De volgende bijeenkomst van de werkgroep is in maart 2027."]


def e(text: str) -> str:
    return html.escape(text)


CSS = ("<style>@page{size:A4 portrait;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
       "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px;vertical-align:top;"
       "font-size:9pt} th{background:#ddd} h1{font-size:14pt} td.nr{white-space:nowrap}</style>")


def opgaven_html() -> str:
    body = [f"<h1>{e(OP_TITLE)}</h1>", *(f"<p>{e(s)}</p>" for s in OP_INTRO), f"<p><i>{e(OP_NOTE)}</i></p>",
            "<table><tr>", *(f"<th width='{w}%'>{e(h)}</th>" for h, w in zip(OP_HEAD, OP_WIDTHS)), "</tr>"]
    for code, opgave, remark, trekker, meedenkers, gereed in OP_ROWS:
        cell = e(opgave) + (f"<br><i>({e(remark)})</i>" if remark else "")
        body.append(f"<tr><td class='nr'>{e(code)}</td><td>{cell}</td><td>{e(trekker)}</td>"
                    f"<td>{e(meedenkers)}</td><td>{e(gereed)}</td></tr>")
    body.append("</table>")
    body += [f"<p>{e(s)}</p>" for s in OP_END]
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def bereikbaarheid_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, HL_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    for s in HL_INTRO:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(40, 140), text_align=("LEFT", "LEFT"), line_height=5, borders_layout="NONE",
                   first_row_as_headings=True, padding=2) as table:
        table.row(HL_HEAD)
        for wanneer, code, what, who in HL_ROWS:
            table.row([wanneer, f"{code} {what} {who}"])
    pdf.ln(3)
    for s in HL_END:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def raadsinformatiebrief_txt() -> str:
    out = [*RB_HEAD, "", RB_OPEN[0], "", RB_OPEN[1], ""]
    for head, sentences in RB_PARAS:
        out += [head, "", " ".join(sentences), ""]
    out += [*RB_SIGN, ""]
    return "\n".join(out)


def veenweide_md() -> str:
    out = [f"# {VW_TITLE}", "", VW_INTRO[0], "", VW_INTRO[1], ""]
    for code, title, labels in VW_BLOCKS:
        out += [f"### {code} {title}", ""]
        out += [f"**{label}:** {value}  " for label, value in labels]
        out[-1] = out[-1].rstrip()
        out.append("")
    out += ["## Evaluatie", "", *VW_END, ""]
    return "\n".join(out)


def netcongestie_txt() -> str:
    rows = [NC_HEAD] + [[code, actie, ", ".join(f"{p} ({r})" for p, r in parties), when]
                        for code, actie, parties, when in NC_ROWS]
    widths = [max(len(r[i]) for r in rows) for i in range(len(NC_HEAD))]

    def line(r):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    out = [NC_TITLE, "", NC_INTRO[0], "", NC_INTRO[1], "", line(rows[0]), sep, *(line(r) for r in rows[1:]), "",
           *NC_END, ""]
    return "\n".join(out)


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", tmp, str(src)], check=True, capture_output=True)
        (OUT / f"{stem}.pdf").write_bytes((Path(tmp) / f"{stem}.pdf").read_bytes())


def main() -> None:
    soffice(opgaven_html(), "b36-opgaven")
    bereikbaarheid_pdf(OUT / "b36-bereikbaarheid.pdf")
    (OUT / "b36-raadsinformatiebrief.txt").write_text(raadsinformatiebrief_txt(), encoding="utf-8")
    (OUT / "b36-veenweide.md").write_text(veenweide_md(), encoding="utf-8")
    (OUT / "b36-netcongestie.txt").write_text(netcongestie_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
