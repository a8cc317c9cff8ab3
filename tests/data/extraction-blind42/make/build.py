"""Build the five blind42 documents. One fpdf2 PDF (DejaVu Sans), one LibreOffice PDF (HTML written here, converted
with `soffice --headless --convert-to pdf`; only the PDF is committed), one Markdown and two plain-text files.
Run: .venv/bin/python tests/data/extraction-blind42/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --- b42-uitvoeringsprogramma: Provincie Drenthe, Hondsrug; measures with a ruled box, one part of another ------
UP_TITLE = "Uitvoeringsprogramma Landschap en Recreatie Hondsrug 2027-2030"
UP_SUB = "Provincie Drenthe"
UP_INTRO = [
    "Gedeputeerde Staten van Drenthe hebben dit uitvoeringsprogramma op 10 november 2026 vastgesteld.",
    "In 2025 is het fietsknooppuntennetwerk in Borger-Odoorn volledig vernieuwd.",
]
UP_CHAPTER = "3 Landschap en recreatie"
# (code, title, paragraph, trekker, partners, planning)
UP_MEASURES = [
    ("3.1", "Fietsnetwerk Hondsrug",
     "We vernieuwen de recreatieve fietspaden tussen Borger, Exloo en Gieten en vullen de ontbrekende schakels in "
     "het netwerk aan.",
     "Provincie Drenthe", "Gemeente Borger-Odoorn, Gemeente Aa en Hunze", "2027-2029"),
    ("3.2", "Fietsbrug over het Voorste Diep bij Bronneger",
     "Bij Bronneger komt een fietsbrug over het Voorste Diep, zodat de route tussen Borger en Drouwen niet meer "
     "over de drukke weg loopt. Deze maatregel is onderdeel van maatregel 3.1.",
     "Gemeente Borger-Odoorn", "Waterschap Hunze en Aa's", "2028"),
    ("3.3", "Beekherstel van de Hunze bij Gasselternijveen",
     "We geven de Hunze tussen Gasselternijveen en Annerveenschekanaal weer ruimte om te meanderen en leggen "
     "natte graslanden aan.",
     "Waterschap Hunze en Aa's", "Provincie Drenthe, Stichting Het Drentse Landschap", "2027-2030"),
    ("3.4", "Wandelroute langs de hunebedden bij Annen",
     "Samen met ondernemers ontwikkelen we een bewegwijzerde wandelroute langs de hunebedden bij Annen en Eext.",
     "Gemeente Aa en Hunze", "Provincie Drenthe", "vanaf 2027"),
    ("3.5", "Monitor vrijetijdseconomie Hondsrug",
     "We brengen bezoekersaantallen en bestedingen in het gebied jaarlijks in beeld.",
     "Provincie Drenthe", "-", "uiterlijk 2028"),
]
UP_END = ["Over de voortgang van dit programma rapporteren Gedeputeerde Staten jaarlijks aan Provinciale Staten."]

# --- b42-gs-brief: Provincie Gelderland to Provinciale Staten; one commitment conditional on a Rijk decision -----
GS_DATE = "24 november 2026"
GS_HEAD = ["Provincie Gelderland", "Gedeputeerde Staten", "Aan Provinciale Staten van Gelderland",
           f"Datum: {GS_DATE}", "Onderwerp: voortgang aanpak provinciale wegen Nijkerk en Putten"]
GS_INTRO = [
    "Met deze brief informeren wij u over de voortgang van de aanpak van de provinciale wegen rond Nijkerk en "
    "Putten, zoals wij hebben toegezegd in de Statenvergadering van 8 juli 2026.",
    "In september 2026 hebben wij de kruising van de N301 met de Watergoorweg in Nijkerk veiliger gemaakt.",
]
GS_PLANS = [
    "Wij zullen in 2027 de gelijkvloerse fietsoversteek van de N301 bij Hoevelaken vervangen door een fietstunnel.",
    "Samen met de Gemeente Nijkerk starten wij in 2027 met de herinrichting van de N301 tussen Nijkerk en "
    "Voorthuizen.",
    "Wij zullen uiterlijk 2028 samen met de Gemeente Putten een snelfietsroute tussen Putten en Harderwijk aanleggen.",
    "Als het kabinet in het voorjaar van 2027 besluit de aansluiting Putten op de A28 te verbeteren, zullen wij in "
    "2028 en 2029 de N302 tussen Putten en de A28 aanpassen.",
    "Wij zullen in 2027 samen met de Gemeente Nijkerk en de Gemeente Putten de schoolroutes langs de N301 en de "
    "N302 onderzoeken.",
]
GS_OTHER = ["Rijkswaterstaat verwacht in 2028 groot onderhoud uit te voeren aan de A28 tussen Nijkerk en Putten."]
GS_END = ["Wij houden u via de jaarlijkse voortgangsrapportage Mobiliteit op de hoogte."]
GS_SIGN = ["Gedeputeerde Staten van Gelderland,", "de secretaris, (ondertekend)", "de voorzitter, (ondertekend)"]

# --- b42-waterbeheerprogramma: Hoogheemraadschap van Delfland; action table with Gereed, one row "vervalt" -------
WB_TITLE = "Waterbeheerprogramma 2028-2033 Hoogheemraadschap van Delfland, bijlage 2: actietabel"
WB_INTRO = [
    "In de planperiode 2022-2027 is de boezemkade langs de Vlaardingse Vaart versterkt.",
    "In de kolom Gereed staat het jaar waarin de maatregel uiterlijk klaar is.",
]
WB_HEAD = ["Code", "Maatregel", "Trekker", "Meewerkende partijen", "Gereed"]
WB_ROWS = [
    ("DLF-01", "Versterken van de boezemkade langs de Gaag bij Schipluiden", "Hoogheemraadschap van Delfland",
     "Gemeente Midden-Delfland", "2029"),
    ("DLF-02", "Aanleg van een waterberging in de Oostpolder bij Pijnacker", "Hoogheemraadschap van Delfland",
     "Gemeente Pijnacker-Nootdorp", "2030"),
    ("DLF-03", "Afkoppelen van hemelwater in de wijk Tanthof in Delft", "Gemeente Delft",
     "Hoogheemraadschap van Delfland", "2029"),
    ("DLF-04", "Vervangen van het gemaal Nootdorp", "Hoogheemraadschap van Delfland", "-", "2031"),
    ("DLF-05", "Baggeren van de Zweth", "Hoogheemraadschap van Delfland", "Gemeente Midden-Delfland", "vervalt"),
    ("DLF-06", "Natuurvriendelijke oevers langs de Delftse Schie", "Hoogheemraadschap van Delfland",
     "Gemeente Delft, Gemeente Midden-Delfland", "2032"),
    ("DLF-07", "Meetnet grondwater in Pijnacker-Nootdorp", "Gemeente Pijnacker-Nootdorp",
     "Hoogheemraadschap van Delfland", "2028"),
]
WB_END = ["Maatregel DLF-05 vervalt, omdat het baggeren van de Zweth al in 2026 is uitgevoerd."]

# --- b42-gebiedsagenda: Harlingen; the table names kinds of bodies, the intro names the ones meant --------------
GA_TITLE = "Gebiedsagenda Haven en Kust Harlingen 2027-2031"
GA_INTRO = [
    "Deze gebiedsagenda is opgesteld door het Ministerie van Infrastructuur en Waterstaat, de Provincie Fryslân "
    "en de Gemeente Harlingen.",
    "In 2026 is de Kimswerderweg bij de haven opnieuw ingericht.",
]
GA_HEAD = ["Nr.", "Opgave", "Trekker", "Partner", "Periode"]
GA_ROWS = [
    ("H1", "Onderhoud van de vaargeul tussen Harlingen en Vlieland", "Rijk (IenW)", "Provincie", "2027-2031"),
    ("H2", "Herinrichting van de Willemskade en het Noorderhaventerrein", "Gemeente", "Provincie", "2028-2030"),
    ("H3", "Snelfietsroute tussen Harlingen en Franeker", "Provincie", "Gemeente", "2029"),
    ("H4", "Walstroom voor de veerboten naar Vlieland en Terschelling", "Gemeente", "Rijk (IenW)", "vanaf 2027"),
    ("H5", "Verkenning van een tweede ontsluiting van de haven", "Provincie", "Rijk (IenW), Gemeente",
     "uiterlijk 2028"),
]
GA_END = ["De partijen actualiseren deze gebiedsagenda elk najaar."]

# --- b42-besluitenlijst: Bestuurlijk overleg Energiehaven Eemshaven; a deadline "vóór het volgende overleg" ------
BL_TITLE = "Besluitenlijst Bestuurlijk Overleg Energiehaven Eemshaven, 26 november 2026"
BL_INTRO = ["Aanwezig: Provincie Groningen, Gemeente Het Hogeland, Groningen Seaports, Ministerie van Klimaat en "
            "Groene Groei en Rijkswaterstaat."]
# (label, text)
BL_ITEMS = [
    ("Besluit 1", "Het overleg stelt de besluitenlijst van 4 juni 2026 ongewijzigd vast."),
    ("Besluit 2", "Het overleg neemt kennis van de voortgangsrapportage Energiehaven 2026."),
    ("Afspraak 1", "Groningen Seaports legt uiterlijk 2028 in de Beatrixhaven een nieuwe kade voor "
     "windparkcomponenten aan, samen met de Provincie Groningen."),
    ("Afspraak 2", "De Gemeente Het Hogeland stelt vóór het volgende bestuurlijk overleg de wijziging van het "
     "omgevingsplan voor het bedrijventerrein Oostpolder vast."),
    ("Afspraak 3", "Rijkswaterstaat start in 2027 met de verdieping van de vaarweg van de Eemshaven naar de "
     "Noordzee; het Ministerie van Klimaat en Groene Groei is daarbij betrokken."),
    ("Afspraak 4", "Het Ministerie van Klimaat en Groene Groei en de Provincie Groningen werken in 2027 en 2028 "
     "samen een programma voor waterstofleidingen naar de Eemshaven uit."),
    ("Afspraak 5", "De Provincie Groningen laat uiterlijk 2027 een onderzoek naar de bereikbaarheid van de "
     "Eemshaven per spoor uitvoeren, samen met de Gemeente Het Hogeland."),
    ("Besluit 3", "Het overleg besluit de werkgroep Ruimte per 1 januari 2027 op te heffen."),
]
BL_END = ["Het volgende bestuurlijk overleg vindt plaats op 10 juni 2027."]


def e(text: str) -> str:
    return html.escape(text)


CSS = ("<style>@page{size:A4 portrait;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
       "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px;vertical-align:top;"
       "font-size:9pt} th{background:#ddd} h1{font-size:14pt} h2{font-size:11pt} td.nr{white-space:nowrap}</style>")


def waterbeheerprogramma_html() -> str:
    body = [f"<h1>{e(WB_TITLE)}</h1>", *(f"<p>{e(s)}</p>" for s in WB_INTRO), "<table><tr>"]
    body += [f"<th>{e(h)}</th>" for h in WB_HEAD] + ["</tr>"]
    for code, *cells in WB_ROWS:
        body.append(f"<tr><td class='nr' width='10%'>{e(code)}</td>" + "".join(f"<td>{e(c)}</td>" for c in cells)
                    + "</tr>")
    body.append("</table>")
    body += [f"<p>{e(s)}</p>" for s in WB_END]
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def uitvoeringsprogramma_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, UP_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, UP_SUB, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9.5)
    for s in UP_INTRO:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, UP_CHAPTER, new_x="LMARGIN", new_y="NEXT")
    for code, title, para, trekker, partners, planning in UP_MEASURES:
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 5.5, f"Maatregel {code} {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "", 8.5)
        with pdf.table(col_widths=(25, 85), width=110, align="LEFT", line_height=4.5,
                       first_row_as_headings=False) as table:
            for label, value in (("Trekker", trekker), ("Partners", partners), ("Planning", planning)):
                table.row([label, value])
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 9.5)
    for s in UP_END:
        pdf.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def gs_brief_txt() -> str:
    out = [*GS_HEAD, "", "Geachte Statenleden,", "", *GS_INTRO, "", "Wat gaan wij doen?", ""]
    for s in GS_PLANS:
        out += [s, ""]
    out += ["Ontwikkelingen bij anderen", "", *GS_OTHER, "", *GS_END, "", *GS_SIGN, ""]
    return "\n".join(out)


def gebiedsagenda_md() -> str:
    out = [f"# {GA_TITLE}", "", *GA_INTRO[:1], "", *GA_INTRO[1:], "", "## Opgaven", "",
           "| " + " | ".join(GA_HEAD) + " |", "|" + "---|" * len(GA_HEAD)]
    out += ["| " + " | ".join(row) + " |" for row in GA_ROWS]
    out += ["", "## Tot slot", "", *GA_END, ""]
    return "\n".join(out)


def besluitenlijst_txt() -> str:
    out = [BL_TITLE, "", *BL_INTRO, ""]
    for label, text in BL_ITEMS:
        out += [f"{label}: {text}", ""]
    out += [*BL_END, ""]
    return "\n".join(out)


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", tmp, str(src)], check=True, capture_output=True)
        (OUT / f"{stem}.pdf").write_bytes((Path(tmp) / f"{stem}.pdf").read_bytes())


def main() -> None:
    uitvoeringsprogramma_pdf(OUT / "b42-uitvoeringsprogramma.pdf")
    soffice(waterbeheerprogramma_html(), "b42-waterbeheerprogramma")
    (OUT / "b42-gs-brief.txt").write_text(gs_brief_txt(), encoding="utf-8")
    (OUT / "b42-gebiedsagenda.md").write_text(gebiedsagenda_md(), encoding="utf-8")
    (OUT / "b42-besluitenlijst.txt").write_text(besluitenlijst_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
