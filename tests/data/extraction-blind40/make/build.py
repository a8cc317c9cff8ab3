"""Build the five blind40 documents. Two fpdf2 PDFs (a two-column nieuwsbrief and a landscape slide deck, DejaVu
Sans), one LibreOffice PDF (HTML written here, converted with `soffice --headless --convert-to pdf`; only the PDF is
committed), one Markdown and one plain-text file.
Run: .venv/bin/python tests/data/extraction-blind40/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --- b40-nieuwsbrief: Westfriesland; two text columns, partners' plans in prose, one announced by another -----------
NB_TITLE = "Nieuwsbrief Bereikbaar Westfriesland - nummer 4, december 2026"
NB_SUB = ("Regionaal programma van de Gemeente Hoorn, de Gemeente Koggenland, de Gemeente Medemblik, de Gemeente "
          "Opmeer, de Provincie Noord-Holland en het Hoogheemraadschap Hollands Noorderkwartier")
# (column, heading, [paragraphs])
NB_BLOCKS = [
    (0, "Van de programmamanager", [
        "In september 2026 is de eerste fase van de snelfietsroute tussen Hoorn en Zwaag opgeleverd.",
        "Op 21 januari 2027 houden we in Avenhorn een avond voor inwoners over alle plannen.",
    ]),
    (0, "Station Hoorn Kersenboogerd", [
        "Vanaf maart 2027 bouwt de Gemeente Hoorn samen met ProRail een nieuwe fietsenstalling bij station Hoorn "
        "Kersenboogerd.",
    ]),
    (0, "Wegen en dijken", [
        "De Provincie Noord-Holland gaat samen met de Gemeente Koggenland in 2027 en 2028 de N194 tussen Avenhorn "
        "en Obdam veiliger maken.",
        "Wethouder Bakker van de Gemeente Opmeer vertelde in het regio-overleg dat het Hoogheemraadschap Hollands "
        "Noorderkwartier uiterlijk 2028 de Westfriese Omringdijk bij Spanbroek versterkt.",
    ]),
    (1, "Wonen", [
        "De Gemeente Medemblik start in 2027 met de bouw van 450 woningen in Wognum-Noord, waarbij de Provincie "
        "Noord-Holland betrokken is.",
        "De Gemeente Opmeer en de Gemeente Koggenland stellen samen in 2028 een woonvisie voor de kleine kernen op.",
        "De Gemeente Opmeer heeft in november 2026 haar mobiliteitsplan vastgesteld.",
    ]),
    (1, "Water", [
        "Van 2027 tot en met 2029 vernieuwt het Hoogheemraadschap Hollands Noorderkwartier samen met de Gemeente "
        "Medemblik de gemalen in de Vier Noorder Koggen.",
    ]),
    (1, "Tot slot", [
        "De volgende nieuwsbrief verschijnt in maart 2027.",
    ]),
]

# --- b40-bestuursoverleg: Leerdam / Lingelijn; landscape slides, "Actie / Trekker / Wanneer" bullets ---------------
SL_TITLE = "Bestuurlijk overleg Lingelijn en Leerdam, 10 december 2026"
# (slide title, [bullet groups]); a group is a list of bullet lines
SL_SLIDES = [
    ("Spoor en station Leerdam", [
        ["Actie 1.1: Verlenging van de perrons van station Leerdam", "Trekker: ProRail", "Wanneer: 2028"],
        ["Actie 1.2: Ontwerp van een nieuwe fietsenstalling bij station Leerdam",
         "Trekker: Gemeente Vijfheerenlanden, met ProRail als partner", "Wanneer: uiterlijk 2027"],
    ]),
    ("Waterveiligheid Linge", [
        ["Actie 2.1: Versterking van de Lingedijk tussen Leerdam en Asperen", "Trekker: Waterschap Rivierenland",
         "Wanneer: 2027-2030"],
        ["Actie 2.2: Herinrichting van de dijkweg tussen Leerdam en Asperen", "Trekker: Gemeente Vijfheerenlanden",
         "Wanneer: na afronding van actie 2.1"],
    ]),
    ("Openbaar vervoer Lingelijn", [
        ["Actie 3.1: Inzet van elektrische treinen op de Lingelijn",
         "Trekker: Provincie Zuid-Holland, samen met de Provincie Utrecht", "Wanneer: vanaf 2029"],
        ["Geparkeerd: Tweede spoor tussen Leerdam en Geldermalsen", "Trekker: nog niet bepaald",
         "Wanneer: niet gepland"],
    ]),
]
SL_FOOT = "Bestuurlijk overleg Lingelijn en Leerdam"

# --- b40-uitvoeringsprogramma: Zuidwest-Fryslân; "### Actie n.m – title" with "Rol provincie:" / "Rol gemeenten:" ----
UP_TITLE = "Uitvoeringsprogramma Vaarrecreatie Zuidwest-Fryslân 2027-2030"
UP_INTRO = [
    "Dit uitvoeringsprogramma is op 24 november 2026 vastgesteld door Gedeputeerde Staten van de Provincie "
    "Fryslân.",
    "Met de gemeenten bedoelen we in dit programma de Gemeente Súdwest-Fryslân en de Gemeente De Fryske Marren.",
]
# (chapter, [(code, title, rol provincie, rol gemeenten, planning)]); planning None = finished, note instead
UP_CHAPTERS = [
    ("4 Vaarwegen", [
        ("4.1", "Verdieping van de vaarweg tussen Sneek en Heeg",
         "De provincie is trekker en laat de baggerwerken uitvoeren.",
         "De gemeenten zijn partner.", "2027-2028"),
        ("4.2", "Vervanging van de beweegbare brug bij Uitwellingerga",
         "De provincie is betrokken als eigenaar van de vaarweg.",
         "De Gemeente Súdwest-Fryslân is trekker; de Gemeente De Fryske Marren heeft geen rol.", "uiterlijk 2029"),
        ("4.3", "Nieuwe passantenligplaatsen in de haven van Lemmer",
         "De provincie is partner.",
         "Alleen de Gemeente De Fryske Marren is trekker.", "vanaf 2028"),
    ]),
    ("5 Water en natuur", [
        ("5.1", "Natuurvriendelijke oevers langs het Heegermeer",
         "De provincie was trekker tot en met 2026; vanaf 2027 is Wetterskip Fryslân trekker en is de provincie "
         "partner.",
         "De gemeenten zijn betrokken.", "2027-2030"),
        ("5.2", "Vaarroute-informatie en bebording rond Sneek",
         "De provincie is betrokken.",
         "De Gemeente Súdwest-Fryslân is trekker.", "2027"),
        ("5.3", "Vaarverbinding tussen Sneek en IJlst", None, None, None),
    ]),
]
UP_DONE = "Deze actie is in 2026 afgerond en staat hier alleen ter informatie."
UP_END = ["Gedeputeerde Staten rapporteren jaarlijks over de voortgang aan Provinciale Staten."]

# --- b40-kamerbrief: Minister LVVN, answers to Kamervragen on veenweide in Stichtse Vecht ---------------------------
KB_DATE = "8 december 2026"
KB_HEAD = ["Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
           "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", f"Datum: {KB_DATE}",
           "Onderwerp: antwoorden op Kamervragen over bodemdaling in het veenweidegebied van Stichtse Vecht"]
KB_INTRO = ["Hierbij beantwoord ik de vragen van het lid De Vries over bodemdaling in het veenweidegebied van "
            "Stichtse Vecht (ingezonden 13 november 2026)."]
# (nr, question, [answer sentences])
KB_QA = [
    ("1", "Bent u bekend met het bericht 'Boeren in Stichtse Vecht zien hun land wegzakken' van 12 november 2026?",
     ["Ja."]),
    ("2", "Welke maatregelen neemt u om de bodemdaling rond Kockengen tegen te gaan?",
     ["Ik start in 2027 samen met de Provincie Utrecht een pilot met onderwaterdrainage bij tien melkveebedrijven "
      "rond Kockengen.",
      "De uitkomsten van de pilot verwerk ik uiterlijk 2029 in een landelijke handreiking voor veenweidegebieden."]),
    ("3", "Wat doet het waterschap aan het waterpeil in de polders rond Kockengen?",
     ["Het Hoogheemraadschap De Stichtse Rijnlanden verwacht in 2028 het peilbesluit voor de polders rond "
      "Kockengen te herzien."]),
    ("4", "Bent u bereid boeren te helpen die overstappen op natte teelten?",
     ["Ja. Ik stel uiterlijk 2027 een subsidieregeling op voor melkveehouders in veenweidegebieden die overstappen "
      "op natte teelten."]),
    ("5", "Klopt het dat de Provincie Utrecht in 2027 stopt met de subsidie voor kruidenrijk grasland?",
     ["Nee. De Provincie Utrecht heeft mij laten weten dat zij de regeling voortzet tot en met 2028."]),
    ("6", "Betrekt u ook natuurorganisaties bij de aanpak?",
     ["Ja. Ik richt in 2027 en 2028 samen met Vereniging Natuurmonumenten en Staatsbosbeheer een kennisprogramma "
      "over natte natuur in veenweidegebieden in, waarbij de Provincie Utrecht betrokken is."]),
    ("7", "Kunt u aangeven wanneer de eerste bedrijven met onderwaterdrainage beginnen?",
     ["Zie het antwoord op vraag 2."]),
]
KB_SIGN = ["De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,", "(ondertekend)"]

# --- b40-convenant: walstroom riviercruisevaart Amsterdam; Partij | Inspanning | Termijn, one party two rows --------
CV_TITLE = "Convenant Walstroom Riviercruisevaart Amsterdam 2027-2030"
CV_PARTIES = ("Partijen: Gemeente Amsterdam, Havenbedrijf Amsterdam N.V., Liander N.V., Koninklijke "
              "BLN-Schuttevaer en het Ministerie van Infrastructuur en Waterstaat.")
CV_CONSIDER = [
    "Overwegende dat de Gemeente Amsterdam in 2025 heeft besloten het aantal ligplaatsen voor riviercruiseschepen "
    "te beperken;",
    "Overwegende dat partijen de uitstoot van dieselaggregaten aan de kade willen terugbrengen;",
]
CV_LEAD = "Komen het volgende overeen: elke partij levert de inspanning die in de tabel bij haar naam staat."
CV_HEAD = ["Partij", "Inspanning", "Termijn"]
# (party, [(inspanning, termijn)]); a party with two rows stands once (rowspan)
CV_ROWS = [
    ("Havenbedrijf Amsterdam N.V.", [
        ("Legt samen met Liander N.V. walstroomaansluitingen aan op de ligplaatsen aan de Veemkade", "2027-2028"),
        ("Voert een korting op het havengeld in voor riviercruiseschepen die walstroom gebruiken", "vanaf 2028"),
    ]),
    ("Gemeente Amsterdam", [
        ("Neemt een plicht tot walstroomgebruik op in de verordening voor de binnenhavens", "vanaf 2029"),
    ]),
    ("Liander N.V.", [
        ("Verzwaart de netaansluiting van het walstroomstation aan de Veemkade", "uiterlijk 2027"),
    ]),
    ("Koninklijke BLN-Schuttevaer", [
        ("Informeert de riviercruisereders over de walstroomplicht en de korting op het havengeld", "2027-2029"),
    ]),
    ("Ministerie van Infrastructuur en Waterstaat", [
        ("Heeft in 2026 een bijdrage van 2 miljoen euro voor de walstroomaansluitingen toegekend", "-"),
    ]),
]
CV_END = ["Dit convenant is ondertekend te Amsterdam op 30 november 2026."]


def e(text: str) -> str:
    return html.escape(text)


CSS = ("<style>@page{size:A4 portrait;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
       "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px;vertical-align:top;"
       "font-size:9pt} th{background:#ddd} h1{font-size:14pt}</style>")


def convenant_html() -> str:
    body = [f"<h1>{e(CV_TITLE)}</h1>", f"<p>{e(CV_PARTIES)}</p>", *(f"<p>{e(s)}</p>" for s in CV_CONSIDER),
            f"<p>{e(CV_LEAD)}</p>", "<table><tr>", *(f"<th>{e(h)}</th>" for h in CV_HEAD), "</tr>"]
    for party, rows in CV_ROWS:
        for i, (what, when) in enumerate(rows):
            cells = "" if i else f"<td rowspan='{len(rows)}' width='28%'>{e(party)}</td>"
            body.append(f"<tr>{cells}<td>{e(what)}</td><td width='16%'>{e(when)}</td></tr>")
    body.append("</table>")
    body += [f"<p>{e(s)}</p>" for s in CV_END]
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def nieuwsbrief_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, NB_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.5, NB_SUB, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = pdf.get_y()
    width, gap = 87, 16
    for col in (0, 1):
        x = pdf.l_margin + col * (width + gap)
        pdf.set_xy(x, top)
        for c, head, paras in NB_BLOCKS:
            if c != col:
                continue
            pdf.set_x(x)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(width, 6, head, new_x="LEFT", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9.5)
            for p in paras:
                pdf.set_x(x)
                pdf.multi_cell(width, 5, p, new_x="LEFT", new_y="NEXT")
                pdf.ln(2)
            pdf.ln(2)
    pdf.output(str(path))


def slides_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(False)
    for n, (title, groups) in enumerate(SL_SLIDES, 1):
        pdf.add_page()
        pdf.set_fill_color(20, 60, 110)
        pdf.rect(0, 0, 297, 32, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(15, 9)
        pdf.set_font("DejaVu", "B", 26)
        pdf.cell(0, 14, title)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(20, 45)
        for group in groups:
            for i, line in enumerate(group):
                pdf.set_x(20 if i == 0 else 32)
                pdf.set_font("DejaVu", "B" if i == 0 else "", 17 if i == 0 else 15)
                pdf.multi_cell(250, 9, ("• " if i == 0 else "– ") + line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(7)
        pdf.set_xy(15, 195)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 5, f"{SL_FOOT} | {SL_TITLE.split(', ')[1]} | dia {n} van {len(SL_SLIDES)}")
    pdf.output(str(path))


def uitvoeringsprogramma_md() -> str:
    out = [f"# {UP_TITLE}", "", *UP_INTRO[:1], "", *UP_INTRO[1:], ""]
    for chapter, items in UP_CHAPTERS:
        out += [f"## {chapter}", ""]
        for code, title, prov, gem, plan in items:
            out += [f"### Actie {code} – {title}", ""]
            if plan is None:
                out += [UP_DONE, ""]
                continue
            out += [f"Rol provincie: {prov}", "", f"Rol gemeenten: {gem}", "", f"Planning: {plan}.", ""]
    out += ["## Verantwoording", "", *UP_END, ""]
    return "\n".join(out)


def kamerbrief_txt() -> str:
    out = [*KB_HEAD, "", "Geachte Voorzitter,", "", *KB_INTRO, ""]
    for nr, q, answer in KB_QA:
        out += [f"Vraag {nr}", q, "", f"Antwoord {nr}", " ".join(answer), ""]
    out += [*KB_SIGN, ""]
    return "\n".join(out)


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", tmp, str(src)], check=True, capture_output=True)
        (OUT / f"{stem}.pdf").write_bytes((Path(tmp) / f"{stem}.pdf").read_bytes())


def main() -> None:
    nieuwsbrief_pdf(OUT / "b40-nieuwsbrief.pdf")
    slides_pdf(OUT / "b40-bestuursoverleg.pdf")
    soffice(convenant_html(), "b40-convenant")
    (OUT / "b40-uitvoeringsprogramma.md").write_text(uitvoeringsprogramma_md(), encoding="utf-8")
    (OUT / "b40-kamerbrief.txt").write_text(kamerbrief_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
