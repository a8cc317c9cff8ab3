"""Build the five blind37 documents. One fpdf2 PDF (landscape, DejaVu Sans), one LibreOffice PDF (HTML written here,
converted with `soffice --headless --convert-to pdf`; only the PDF is committed), one Markdown and two plain-text
files. Run: .venv/bin/python tests/data/extraction-blind37/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --- b37-uitvoeringsprogramma: Tholen; landscape ruled table with merged theme rows and an Opmerking column ------
UP_TITLE = "Uitvoeringsprogramma Omgevingsvisie Tholen 2026-2029"
UP_INTRO = [
    "Het college van burgemeester en wethouders van de Gemeente Tholen heeft dit uitvoeringsprogramma op "
    "17 november 2026 vastgesteld.",
    "In 2025 is de dijk bij Gorishoek versterkt.",
]
UP_HEAD = ["Nr.", "Maatregel", "Trekker", "Partners", "Planning", "Opmerking"]
# ("Thema: ...", None) is a merged group row; otherwise (code, maatregel, trekker, partners, planning, opmerking)
UP_ROWS = [
    ("Thema: Water", None),
    ("W-1", "Versterking van de kade langs de haven van Tholen", "Waterschap Scheldestromen", "Gemeente Tholen",
     "2026-2028", "-"),
    ("W-2", "Zoetwaterberging in de polder bij Sint-Maartensdijk", "Waterschap Scheldestromen",
     "Provincie Zeeland", "Q3 2027 – Q2 2028", "-"),
    ("W-3", "Natuurvriendelijke oever langs de haven van Tholen", "Rijkswaterstaat", "Gemeente Tholen",
     "2028-2029", "Start pas na afronding van W-1."),
    ("Thema: Energie", None),
    ("E-1", "Uitbreiding van het elektriciteitsnet op bedrijventerrein Welgelegen in Tholen", "Stedin",
     "Gemeente Tholen", "eerste kwartaal 2028", "-"),
    ("E-2", "Wijkuitvoeringsplan warmte voor Sint-Annaland", "Gemeente Tholen", "-", "uiterlijk 2027", "-"),
    ("Thema: Mobiliteit", None),
    ("M-1", "Aanpassing van de rotonde op de N286 bij Sint-Annaland", "Gemeente Tholen", "-", "2028",
     "Uitvoering in opdracht van de Provincie Zeeland (wegbeheerder)."),
]
UP_END = ["De voortgang wordt jaarlijks aan de gemeenteraad van Tholen gerapporteerd."]

# --- b37-bestuursovereenkomst: Echt-Susteren; each party's obligations under its own article, passive leden ------
BO_TITLE = "Bestuursovereenkomst Maasoever Roosteren 2026-2029"
BO_PARTIES = [
    "1. Provincie Limburg, hierna: de Provincie;",
    "2. Gemeente Echt-Susteren, hierna: de Gemeente;",
    "3. Waterschap Limburg, hierna: het Waterschap;",
]
BO_CONSIDER = [
    "In januari 2024 is de Maas bij Roosteren buiten haar oevers getreden.",
    "Partijen hebben in 2025 samen een gebiedsverkenning voor de Maasoever uitgevoerd.",
]
# (article heading, [(lid, text)])
BO_ARTICLES = [
    ("Artikel 1 Doel", [
        ("1.1", "Partijen werken samen aan een veilige en aantrekkelijke Maasoever tussen Roosteren en "
         "Visserweert."),
    ]),
    ("Artikel 2 Inspanningen van de Provincie", [
        ("2.1", "Uiterlijk in 2027 wordt het provinciaal inpassingsplan voor de hoogwatergeul bij Roosteren "
         "vastgesteld."),
        ("2.2", "In 2028 en 2029 wordt een fietspad over de nieuwe Maasdijk tussen Roosteren en Visserweert "
         "aangelegd, samen met de Gemeente."),
        ("2.3", "De Provincie heeft in 2025 een bijdrage van € 350.000 verleend voor de gebiedsverkenning."),
    ]),
    ("Artikel 3 Inspanningen van de Gemeente", [
        ("3.1", "In 2027 wordt het omgevingsplan aangepast voor de hoogwatergeul bij Roosteren."),
        ("3.2", "Vanaf 2028 wordt de parkeerplaats aan de Maasoever bij Roosteren heringericht als "
         "uitloopgebied, met het Waterschap als partner."),
    ]),
    ("Artikel 4 Inspanningen van het Waterschap", [
        ("4.1", "In de periode 2026-2028 wordt de Maasdijk tussen Roosteren en Visserweert versterkt."),
        ("4.2", "De aanleg van de hoogwatergeul begint pas nadat het inpassingsplan uit lid 2.1 is vastgesteld "
         "en loopt van 2028 tot en met 2029."),
    ]),
    ("Artikel 5 Looptijd", [
        ("5.1", "Deze overeenkomst treedt in werking op de dag na ondertekening en eindigt op 31 december 2029."),
    ]),
]
BO_END = ["Aldus overeengekomen en ondertekend te Roermond op 30 november 2026."]

# --- b37-kamerbrief: Minister van Klimaat en Groene Groei, netcongestie Zuidoost-Fryslân -------------------------
KB_DATE = "20 november 2026"
KB_HEAD = ["Ministerie van Klimaat en Groene Groei", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
           f"Datum: {KB_DATE}", "Onderwerp: netcongestie in Zuidoost-Fryslân"]
KB_INTRO = [
    "In het commissiedebat Elektriciteitsnet van 8 oktober 2026 heb ik u toegezegd terug te komen op de "
    "netcongestie in Zuidoost-Fryslân.",
    "In 2025 heeft TenneT het hoogspanningsstation bij Wolvega uitgebreid.",
]
KB_SITUATION = [
    "De Provincie Fryslân werkt aan een energiehubstrategie, die Gedeputeerde Staten naar verwachting in het "
    "eerste kwartaal van 2028 vaststellen.",
    "Liander verwacht het middenspanningsnet in Wolvega in 2029 te hebben verzwaard.",
]
KB_PLAN = [
    "Ik stel voor de zomer van 2027 een regeling open voor collectieve batterijen op bedrijventerreinen in "
    "Zuidoost-Fryslân.",
    "Samen met de Provincie Fryslân en Liander start ik in het eerste kwartaal van 2028 een proef met flexibele "
    "netcontracten in Wolvega.",
    "Ik onderzoek in 2027 met TenneT of een nieuw hoogspanningsstation bij Oosterwolde nodig is.",
    "De Gemeente Weststellingwerf en ik stellen in 2027 samen een energieplan op voor bedrijventerrein De Welle "
    "in Wolvega.",
    "Een landelijke uitrol van deze aanpak is nu niet aan de orde.",
]
KB_END = ["Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."]
KB_SIGN = ["De Minister van Klimaat en Groene Groei,", "(ondertekend)"]

# --- b37-werkagenda: Meierijstad; Markdown table with Periode first, the code third and the Trekker last ----------
WA_TITLE = "Werkagenda Klimaatadaptatie Meierijstad 2026-2030"
WA_INTRO = ["Deze werkagenda is op 5 november 2026 vastgesteld door de gemeenteraad van Meierijstad."]
WA_HEAD = ["Periode", "Actie", "Nr.", "Partners", "Trekker"]
WA_ROWS = [
    ("2025 (gereed)", "Hittekaart voor alle kernen van Meierijstad", "KA-0", "-", "Gemeente Meierijstad"),
    ("2026-2029", "Afkoppelen van regenwater in de wijk Veghel-Noord", "KA-1", "Waterschap Aa en Maas",
     "Gemeente Meierijstad"),
    ("2027", "Beekherstel van de Aa tussen Veghel en Erp", "KA-2", "Gemeente Meierijstad, Provincie Noord-Brabant",
     "Waterschap Aa en Maas"),
    ("vanaf 2028", "Klimaatbestendige herinrichting van bedrijventerrein Doornhoek in Veghel", "KA-3",
     "Provincie Noord-Brabant", "Gemeente Meierijstad"),
    ("doorlopend", "Voorlichting aan inwoners over regentonnen en groene tuinen", "KA-4", "-",
     "Gemeente Meierijstad"),
    ("uiterlijk 2028", "Herhaling van de stresstest wateroverlast voor Schijndel en Sint-Oedenrode", "KA-5",
     "Gemeente Meierijstad", "Waterschap Aa en Maas"),
]
WA_END = ["Na 2030 volgt een nieuwe werkagenda."]

# --- b37-actiepunten: e-mail with actiepunten of an overleg in Doesburg; initials resolved in Deelnemers ----------
AP_DATE = "26 november 2026"
AP_HEAD = ["Van: Sanne Lubbers (Gemeente Doesburg)", "Aan: deelnemers overleg IJsselfront Doesburg",
           f"Datum: {AP_DATE}", "Onderwerp: actiepunten overleg IJsselfront Doesburg van 24 november 2026"]
AP_INTRO = ["Beste allen,", "Hierbij de actiepunten van ons overleg van dinsdag."]
# (initials, name, organisation, note)
AP_PEOPLE = [
    ("SL", "Sanne Lubbers", "Gemeente Doesburg", " (verslag)"),
    ("RvdW", "Ruud van de Wetering", "Gemeente Doesburg", ""),
    ("MK", "Marloes Kamphuis", "Provincie Gelderland", ""),
    ("TB", "Thijs Bosman", "Waterschap Rijn en IJssel", ""),
    ("AH", "Anouk Hendriks", "Rijkswaterstaat", " (afwezig, ontvangt dit verslag)"),
]
AP_DONE = [
    "TB heeft de peilgegevens van de IJssel bij Doesburg gedeeld.",
    "RvdW meldt dat de gemeenteraad in oktober het ambitiedocument IJsselfront heeft vastgesteld.",
]
AP_ITEMS = [
    ("1", "RvdW werkt voor de zomer van 2027 het schetsontwerp voor de IJsselkade uit, samen met TB."),
    ("2", "MK stelt de subsidiebeschikking voor de IJsselkade pas op na afronding van actiepunt 1, naar "
     "verwachting in het eerste kwartaal van 2028."),
    ("3", "AH onderzoekt in 2027 of de vaargeul bij de haven van Doesburg kan worden verdiept."),
    ("4", "TB en SL organiseren in 2027 een bewonersavond over hoogwaterveiligheid."),
    ("5", "MK en TB verkennen van 2027 tot en met 2029 een natuurvriendelijke oever langs de IJssel bij Doesburg; "
     "MK is trekker."),
]
AP_END = ["Het volgende overleg is op 19 januari 2027.", "Met vriendelijke groet,", "Sanne Lubbers"]


def e(text: str) -> str:
    return html.escape(text)


CSS = ("<style>@page{size:A4 portrait;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
       "h1{font-size:14pt} h2{font-size:11pt;margin-bottom:2pt} p{margin:3pt 0}</style>")


def bestuursovereenkomst_html() -> str:
    body = [f"<h1>{e(BO_TITLE)}</h1>", "<p>De ondergetekenden:</p>", *(f"<p>{e(s)}</p>" for s in BO_PARTIES),
            "<p>hierna samen: Partijen,</p>", "<p>Overwegende dat:</p>",
            *(f"<p>- {e(s)}</p>" for s in BO_CONSIDER), "<p>Komen het volgende overeen:</p>"]
    for head, leden in BO_ARTICLES:
        body.append(f"<h2>{e(head)}</h2>")
        body += [f"<p>{lid} {e(text)}</p>" for lid, text in leden]
    body += [f"<p>{e(s)}</p>" for s in BO_END]
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def uitvoeringsprogramma_pdf(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(True, 12)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, UP_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    for s in UP_INTRO:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    widths = (14, 96, 44, 36, 34, 53)
    pdf.set_font("DejaVu", "", 8.5)
    group = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=5, first_row_as_headings=True) as table:
        table.row(UP_HEAD)
        for row in UP_ROWS:
            if row[1] is None:
                table.row().cell(row[0], colspan=len(UP_HEAD), style=group)
            else:
                table.row(list(row))
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    for s in UP_END:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def werkagenda_md() -> str:
    out = [f"# {WA_TITLE}", "", *WA_INTRO, "", "| " + " | ".join(WA_HEAD) + " |",
           "|" + "|".join("---" for _ in WA_HEAD) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in WA_ROWS]
    out += ["", *WA_END, ""]
    return "\n".join(out)


def kamerbrief_txt() -> str:
    out = [*KB_HEAD, "", "Geachte Voorzitter,", "", *KB_INTRO, "", "Situatie in de regio", "",
           " ".join(KB_SITUATION), "", "Wat ga ik doen?", ""]
    out += [" ".join(KB_PLAN[:2]), "", " ".join(KB_PLAN[2:]), "", *KB_END, "", *KB_SIGN, ""]
    return "\n".join(out)


def actiepunten_txt() -> str:
    out = [*AP_HEAD, "", AP_INTRO[0], "", AP_INTRO[1], "", "Deelnemers:"]
    out += [f"- {ini}: {name}, {org}{note}" for ini, name, org, note in AP_PEOPLE]
    out += ["", "Afgehandeld sinds het vorige overleg:", *(f"- {s}" for s in AP_DONE), "", "Actiepunten:"]
    out += [f"{nr}. {text}" for nr, text in AP_ITEMS]
    out += ["", *AP_END, ""]
    return "\n".join(out)


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", tmp, str(src)], check=True, capture_output=True)
        (OUT / f"{stem}.pdf").write_bytes((Path(tmp) / f"{stem}.pdf").read_bytes())


def main() -> None:
    uitvoeringsprogramma_pdf(OUT / "b37-uitvoeringsprogramma.pdf")
    soffice(bestuursovereenkomst_html(), "b37-bestuursovereenkomst")
    (OUT / "b37-kamerbrief.txt").write_text(kamerbrief_txt(), encoding="utf-8")
    (OUT / "b37-werkagenda.md").write_text(werkagenda_md(), encoding="utf-8")
    (OUT / "b37-actiepunten.txt").write_text(actiepunten_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
