"""Build the five blind38 documents. One fpdf2 PDF whose table is drawn column by column (DejaVu Sans), one
LibreOffice PDF (HTML written here, converted with `soffice --headless --convert-to pdf`; only the PDF is
committed), one plain-text Kamerbrief, one Markdown besluitenlijst and one plain-text uitvoeringsagenda.
Run: .venv/bin/python tests/data/extraction-blind38/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --- b38-gebiedsagenda: Echt-Susteren and Nederweert; table drawn column by column, one postponed year -----------
GA_TITLE = "Gebiedsagenda Midden-Limburg West: Echt-Susteren en Nederweert 2027-2029"
GA_INTRO = [
    "Deze gebiedsagenda is op 19 november 2026 vastgesteld in het bestuurlijk overleg van de Gemeente "
    "Echt-Susteren, de Gemeente Nederweert en de Provincie Limburg.",
    "In 2026 is de dijkversterking langs de Maas bij Echt afgerond.",
    "Is de planning van een actie gewijzigd, dan staat in de kolom Wanneer de nieuwe planning met de oude "
    "planning erachter.",
]
GA_HEAD = ["Code", "Wie", "Wanneer", "Wat"]
# (theme band, [(code, wie, wanneer, wat)])
GA_THEMES = [
    ("A. Water en landschap", [
        ("A.1", "Waterschap Limburg, met Gemeente Echt-Susteren", "2027-2028",
         "Herinrichting van de Vloedgraaf tussen Susteren en de Maas als klimaatbuffer"),
        ("A.2", "Gemeente Nederweert, met Provincie Limburg", "2028 (uitgesteld; was 2027)",
         "Vernatting van de randzone van Nationaal Park De Groote Peel bij Ospel"),
        ("A.3", "Rijkswaterstaat, met Waterschap Limburg", "vanaf 2028",
         "Verlaging van de uiterwaard van de Maas bij Roosteren"),
    ]),
    ("B. Bereikbaarheid", [
        ("B.1", "ProRail, met Gemeente Echt-Susteren", "uiterlijk 2028",
         "Verlenging van de perrons en een nieuwe fietsenstalling bij station Susteren"),
        ("B.2", "Provincie Limburg", "2027",
         "Verkenning van een snelfietsroute tussen Nederweert en Weert"),
        ("B.3", "Rijkswaterstaat, met Gemeente Nederweert", "2028-2029",
         "Aanpassing van de aansluiting Nederweert op de A2"),
    ]),
]
GA_END = ["De voortgang van de gebiedsagenda wordt elk najaar besproken in het bestuurlijk overleg."]

# --- b38-uitvoeringsprogramma: Eemland; header over two rows, one Rol cell spanning Trekker and Partners ----------
UP_TITLE = "Uitvoeringsprogramma Veenweide en Water Eemland 2027-2030"
UP_INTRO = [
    "Dit programma is op 17 november 2026 vastgesteld door de colleges van Baarn, Eemnes en Bunschoten en het "
    "dagelijks bestuur van Waterschap Vallei en Veluwe.",
    "In 2026 is de proef met onderwaterdrainage in de Eempolder bij Eemnes afgerond.",
]
# (code, maatregel, trekker, partners, start, gereed); trekker None = one cell over Trekker and Partners (UP_SPAN)
UP_ROWS = [
    ("EL-1", "Verhogen van het zomerpeil in de Eempolder bij Eemnes", "Waterschap Vallei en Veluwe",
     "Gemeente Eemnes, Provincie Utrecht", "2027", "2029"),
    ("EL-2", "Aanleg van een klimaatbuffer langs de Eem bij Baarn", "Gemeente Baarn",
     "Waterschap Vallei en Veluwe", "2028", "2030"),
    ("EL-3", "Gebiedsfonds voor agrariërs die overstappen op natte teelten in de Eempolders", None, None,
     "2027", "doorlopend"),
    ("EL-4", "Ophogen van de kade langs de Eem bij Bunschoten-Spakenburg", "Waterschap Vallei en Veluwe",
     "Gemeente Bunschoten", "-", "2028"),
    ("EL-5", "Meetnet voor bodemdaling in het veenweidegebied van Eemland", "Provincie Utrecht", "-", "2027",
     "2030"),
]
UP_SPAN = "Gemeente Baarn, Gemeente Eemnes en Gemeente Bunschoten gezamenlijk"
UP_END = ["Vragen over dit programma kunt u stellen aan het programmabureau Eemland in Baarn."]

# --- b38-kamerbrief: Minister van Klimaat en Groene Groei, netcongestie Hellendoorn and Rijssen-Holten ------------
KB_DATE = "26 november 2026"
KB_HEAD = ["Ministerie van Klimaat en Groene Groei", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
           f"Datum: {KB_DATE}",
           "Onderwerp: netcongestie en energie-infrastructuur in Hellendoorn en Rijssen-Holten"]
# paragraphs of sentences
KB_PARAS = [
    ["In het commissiedebat Elektriciteitsnet van 8 oktober 2026 heeft het lid Van Dalen gevraagd hoe het kabinet "
     "de netcongestie in het noordwesten van Twente aanpakt.",
     "Met deze brief geef ik invulling aan die vraag."],
    ["De wachtrij voor een aansluiting op het elektriciteitsnet in de gemeenten Hellendoorn en Rijssen-Holten is "
     "in 2026 opgelopen tot ruim 140 bedrijven.",
     "Samen met de Provincie Overijssel stel ik voor de zomer van 2027 een programma op om de bedrijventerreinen "
     "in Nijverdal en Rijssen met voorrang aan te sluiten.",
     "Vanaf 2027 zet ik met TenneT en Enexis Netbeheer een regionaal congestieteam in dat bedrijven in beide "
     "gemeenten helpt hun aansluiting slimmer te gebruiken."],
    ["TenneT verwacht het nieuwe hoogspanningsstation bij Rijssen in 2029 in gebruik te nemen.",
     "Met de Gemeente Rijssen-Holten verken ik in 2027 de ruimtelijke inpassing van dat station en van de "
     "kabels die erop aansluiten.",
     "De Provincie Overijssel heeft aangekondigd in 2027 een subsidieregeling voor energiecoöperaties in Twente "
     "open te stellen."],
    ["Voor de langere termijn kijk ik naar een regionale energiehub bij Rijssen, waarin bedrijven samen "
     "energie opwekken, opslaan en gebruiken.",
     "In het najaar van 2027 stuur ik uw Kamer een voorstel voor die energiehub."],
    ["Over de voortgang informeer ik uw Kamer in de voortgangsbrief netcongestie van 2027."],
]
KB_SIGN = ["De Minister van Klimaat en Groene Groei,", "(ondertekend)"]
# the sentences that are commitments of the letter; the plans of others that the letter only reports
KB_ACTIONS = [KB_PARAS[1][1], KB_PARAS[1][2], KB_PARAS[2][1], KB_PARAS[3][1]]
KB_REPORTED = [KB_PARAS[2][0], KB_PARAS[2][2]]

# --- b38-besluitenlijst: Bestuurlijk Overleg Bereikbaarheid Ameland; abbreviations, a postponed actiepunt ---------
BL_TITLE = "Besluitenlijst Bestuurlijk Overleg Bereikbaarheid Ameland, 20 november 2026"
# (abbreviation, person and function, organisation)
BL_AANWEZIG = [
    ("GA", "L. Hiemstra, wethouder", "Gemeente Ameland"),
    ("GNF", "J. de Boer, wethouder", "Gemeente Noardeast-Fryslân"),
    ("PF", "S. Visser, gedeputeerde", "Provincie Fryslân"),
    ("RWS", "M. Kuipers, regiodirecteur Noord-Nederland", "Rijkswaterstaat"),
    ("WF", "H. Dijkstra, lid dagelijks bestuur", "Wetterskip Fryslân"),
    ("WPD", "R. Zijlstra, directeur", "Wagenborg Passagiersdiensten"),
]
# (agenda heading, [lines]); actiepunt lines start with "Actiepunt n"
BL_ITEMS = [
    ("1. Opening en verslag", [
        "Het verslag van het overleg van 12 juni 2026 is ongewijzigd vastgesteld.",
    ]),
    ("2. Vaargeul Holwerd-Ameland", [
        "RWS meldt dat het baggeren van de vaargeul in 2026 volgens plan is verlopen.",
        "Actiepunt 1: RWS stelt een baggerstrategie voor de vaargeul Holwerd-Ameland voor 2027-2030 op. "
        "Actiehouder: RWS, met WPD. Deadline: 1 juni 2027.",
    ]),
    ("3. Veerhaven Holwerd en dienstregeling", [
        "Actiepunt 2: GNF en PF werken samen een plan uit voor de herinrichting van de veerhaven Holwerd. "
        "Actiehouder: GNF en PF. Deadline: 1 april 2027.",
        "Actiepunt 3 (doorgeschoven uit het overleg van 12 juni 2026): WPD onderzoekt een extra afvaart op "
        "zaterdagavond in het hoogseizoen. Actiehouder: WPD. Deadline: 1 maart 2027 (was: 1 oktober 2026).",
    ]),
    ("4. Waterveiligheid en mobiliteit op het eiland", [
        "Actiepunt 4: WF bereidt de versterking van de waddendijk bij Hollum voor. Actiehouder: WF, met GA. "
        "Deadline: 1 december 2027.",
        "Actiepunt 5: GA stelt een mobiliteitsplan voor het eiland vast, met aandacht voor de pendelbus tussen "
        "Nes en Hollum. Actiehouder: GA. Deadline: 1 juli 2027.",
    ]),
    ("5. Afgehandelde actiepunten", [
        "Het actiepunt over de dienstregeling van de sneldienst in de winter is afgehandeld.",
    ]),
    ("6. Rondvraag en sluiting", [
        "Het volgende overleg is op 18 maart 2027 in Nes.",
    ]),
]

# --- b38-uitvoeringsagenda: Meierijstad; sub-actions in running text, leads given "respectievelijk" ---------------
UA_TITLE = "Uitvoeringsagenda Water, Wonen en Bereikbaarheid Meierijstad 2027-2030"
UA_INTRO = [
    "De gemeenteraad van Meierijstad heeft op 5 november 2026 de omgevingsvisie vastgesteld.",
    "Deze uitvoeringsagenda werkt die visie uit in drie opgaven met deelacties.",
]
# (opgave heading, opgave paragraph (may be ""), [(code, [sentences])])
UA_OPGAVEN = [
    ("1. Schoon en voldoende water", "In 2026 is de vispassage in de Aa bij Veghel opgeleverd.", [
        ("1.1", ["Het Waterschap Aa en Maas legt van 2027 tot en met 2029 natuurvriendelijke oevers aan langs de "
                 "Aa tussen Veghel en Erp.",
                 "Het waterschap trekt deze deelactie; de Gemeente Meierijstad is partner."]),
        ("1.2", ["De Gemeente Meierijstad start in 2028 met het afkoppelen van regenwater in de wijk "
                 "Schijndel-Noord.",
                 "Brabant Water is daarbij betrokken."]),
    ]),
    ("2. Wonen in de kernen", "De deelacties 2.1 en 2.2 worden getrokken door respectievelijk de Gemeente "
     "Meierijstad en de Provincie Noord-Brabant; beide deelacties beginnen in 2027.", [
        ("2.1", ["Transformatie van het Havenkwartier in Veghel tot een woonwijk met 1.100 woningen.",
                 "De transformatie loopt tot en met 2030."]),
        ("2.2", ["Een woningbouwfonds voor de kleine kernen van Meierijstad, zoals Eerde, Wijbosch en Boerdonk.",
                 "Het fonds loopt tot en met 2029, met de Gemeente Meierijstad als partner."]),
    ]),
    ("3. Bereikbaarheid", "", [
        ("3.1", ["De Provincie Noord-Brabant verbreedt uiterlijk 2029 de N279 tussen Veghel en Dinther.",
                 "De provincie trekt deze deelactie, samen met de Gemeente Meierijstad."]),
        ("3.2", ["Vanaf 2028 legt de Gemeente Meierijstad een snelfietsroute aan van Sint-Oedenrode naar Son en "
                 "Breugel.",
                 "De gemeente trekt deze deelactie; de Gemeente Son en Breugel is partner."]),
    ]),
]
UA_END = ["Een tweede ontsluiting van bedrijventerrein De Dubbelen wordt pas na 2030 bekeken."]


def e(text: str) -> str:
    return html.escape(text)


CSS = ("<style>@page{size:A4 portrait;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
       "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px;vertical-align:top;"
       "font-size:9pt} th{background:#ddd} h1{font-size:14pt} td.nr{white-space:nowrap}</style>")


def uitvoeringsprogramma_html() -> str:
    body = [f"<h1>{e(UP_TITLE)}</h1>", *(f"<p>{e(s)}</p>" for s in UP_INTRO), "<table>"]
    body.append("<tr><th rowspan='2'>Nr.</th><th rowspan='2'>Maatregel</th><th colspan='2'>Rol</th>"
                "<th colspan='2'>Planning</th></tr>")
    body.append("<tr><th>Trekker</th><th>Partners</th><th>Start</th><th>Gereed</th></tr>")
    for code, text, trekker, partners, start, gereed in UP_ROWS:
        row = f"<tr><td class='nr'>{e(code)}</td><td>{e(text)}</td>"
        if trekker is None:
            row += f"<td colspan='2'>{e(UP_SPAN)}</td>"
        else:
            row += f"<td>{e(trekker)}</td><td>{e(partners)}</td>"
        row += f"<td>{e(start)}</td><td>{e(gereed)}</td></tr>"
        body.append(row)
    body.append("</table>")
    body += [f"<p>{e(s)}</p>" for s in UP_END]
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def gebiedsagenda_pdf(path: Path) -> None:
    """The table is drawn column by column: all Code cells top to bottom, then Wie, then Wanneer, then Wat."""
    from fpdf import FPDF

    pdf = FPDF(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_text_color(0, 70, 120)
    pdf.multi_cell(0, 7, GA_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    for s in GA_INTRO:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(3)
    widths = (16, 52, 34, 88)
    xs = [pdf.l_margin]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    full = sum(widths)
    lh, pad = 4.6, 1.6
    # layout: a list of (kind, y, height, payload)
    y = pdf.get_y()
    pdf.set_fill_color(0, 70, 120)
    pdf.rect(xs[0], y, full, 7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 9)
    for x, w, h in zip(xs, widths, GA_HEAD):
        pdf.set_xy(x + 1, y + 1.2)
        pdf.cell(w - 2, lh, h)
    y += 7
    pdf.set_font("DejaVu", "", 8.5)
    bands, rows = [], []
    for band, items in GA_THEMES:
        bands.append((y, band))
        y += 6.5
        for item in items:
            n = max(len(pdf.multi_cell(w - 2, lh, t, align="L", dry_run=True, output="LINES")) for w, t in zip(widths, item))
            h = n * lh + 2 * pad
            rows.append((y, h, item))
            y += h
    # theme bands first
    pdf.set_font("DejaVu", "B", 9)
    for by, band in bands:
        pdf.set_fill_color(222, 234, 242)
        pdf.rect(xs[0], by, full, 6.5, style="F")
        pdf.set_text_color(0, 70, 120)
        pdf.set_xy(xs[0] + 1, by + 1)
        pdf.cell(full - 2, lh, band)
    # thin separators between rows
    pdf.set_draw_color(180, 180, 180)
    for ry, h, _ in rows:
        pdf.line(xs[0], ry + h, xs[0] + full, ry + h)
    # then the columns, one after another
    pdf.set_text_color(0, 0, 0)
    for col, (x, w) in enumerate(zip(xs, widths)):
        pdf.set_font("DejaVu", "B" if col == 0 else "", 8.5)
        for ry, h, item in rows:
            pdf.set_xy(x + 1, ry + pad)
            pdf.multi_cell(w - 2, lh, item[col], align="L")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_xy(pdf.l_margin, y + 5)
    for s in GA_END:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def kamerbrief_txt() -> str:
    out = [*KB_HEAD, "", "Geachte Voorzitter,", ""]
    for para in KB_PARAS:
        out += [" ".join(para), ""]
    out += [*KB_SIGN, ""]
    return "\n".join(out)


def besluitenlijst_md() -> str:
    out = [f"# {BL_TITLE}", "", "**Aanwezig:**", ""]
    out += [f"- {person} ({abbr}, {org})" for abbr, person, org in BL_AANWEZIG]
    out.append("")
    for head, lines in BL_ITEMS:
        out += [f"## {head}", ""]
        for line in lines:
            out += [line, ""]
    return "\n".join(out)


def uitvoeringsagenda_txt() -> str:
    out = [UA_TITLE, "=" * len(UA_TITLE), "", " ".join(UA_INTRO), ""]
    for head, para, subs in UA_OPGAVEN:
        out += [head, ""]
        if para:
            out += [para, ""]
        for code, sentences in subs:
            out += [f"{code} {' '.join(sentences)}", ""]
    out += ["Tot slot", "", *UA_END, ""]
    return "\n".join(out)


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", tmp, str(src)], check=True, capture_output=True)
        (OUT / f"{stem}.pdf").write_bytes((Path(tmp) / f"{stem}.pdf").read_bytes())


def main() -> None:
    gebiedsagenda_pdf(OUT / "b38-gebiedsagenda.pdf")
    soffice(uitvoeringsprogramma_html(), "b38-uitvoeringsprogramma")
    (OUT / "b38-kamerbrief.txt").write_text(kamerbrief_txt(), encoding="utf-8")
    (OUT / "b38-besluitenlijst.md").write_text(besluitenlijst_md(), encoding="utf-8")
    (OUT / "b38-uitvoeringsagenda.txt").write_text(uitvoeringsagenda_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
