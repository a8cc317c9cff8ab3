"""Build the five blind39 documents. One LibreOffice PDF (HTML written here, converted with
`soffice --headless --convert-to pdf`; only the PDF is committed), two fpdf2 PDFs (DejaVu Sans for the marks),
one plain-text raadsvoorstel and one tab-separated plain-text table.
Run: .venv/bin/python tests/data/extraction-blind39/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --- b39-vechtzone: Stichtse Vecht; ruled table over two pages, header repeated, one empty Trekker ------------
VZ_TITLE = "Uitvoeringsagenda Vechtzone Maarssen en Breukelen 2027-2030"
VZ_INTRO = [
    "Deze uitvoeringsagenda hoort bij de Gebiedsvisie Vechtzone, die de gemeenteraad van Stichtse Vecht in "
    "september 2026 heeft vastgesteld.",
    "In 2025 en 2026 zijn de oevers van de Vecht bij Maarssen-Dorp over een lengte van 600 meter hersteld.",
    "De Vechtzone loopt van de grens met Utrecht bij Maarssen tot het noorden van Breukelen. In dit gebied komen "
    "de opgaven voor wonen, waterkwaliteit, recreatie en bereikbaarheid samen. De partijen hebben afgesproken de "
    "maatregelen in samenhang uit te voeren en elk jaar gezamenlijk de voortgang te bespreken.",
    "Leeswijzer: per actie staan in de tabel de trekker, de partners en de looptijd. De trekker is "
    "eerstverantwoordelijk voor de uitvoering; partners werken mee en dragen bij in menskracht of middelen.",
    "De gebiedsvisie beschrijft vier ambities: een schone en levendige Vecht, meer woningen bij de stations, een "
    "veilig en aantrekkelijk fietsnetwerk en behoud van de historische buitenplaatsen. De acties in deze agenda "
    "dragen bij aan een of meer van deze ambities. Waar een actie ook elders in de provincie of bij het Rijk "
    "terugkomt, is dat in de toelichting vermeld.",
    "Voor de uitvoering is in de gemeentebegroting 2027 een bedrag gereserveerd; de partners dragen bij uit hun "
    "eigen begrotingen. De bedragen staan in de financiële bijlage, die geen deel uitmaakt van deze agenda.",
    "Bij het opstellen van deze agenda zijn bewoners, ondernemers en de eigenaren van de buitenplaatsen in drie "
    "gebiedsavonden gehoord. Hun wensen over rust op het water, veilige fietsroutes en zichtlijnen naar de Vecht "
    "zijn waar mogelijk in de acties verwerkt.",
    "De Vecht is een van de drukst bevaren recreatievaarwegen van de provincie. In de zomer varen er per dag "
    "honderden sloepen en kano's, terwijl de rivier ook een belangrijke rol speelt in de afvoer van regenwater uit "
    "Maarssenbroek en de polders ten oosten van Breukelen. De acties houden rekening met beide functies.",
    "Rond de stations van Maarssen en Breukelen ligt de grootste woningbouwopgave van de gemeente. De bouw daar "
    "vraagt om betere fietsverbindingen met de kernen en om maatregelen tegen geluidhinder van de A2 en het spoor. Ook de parkeerdruk rond de "
    "stations neemt toe.",
]
VZ_HEAD = ["Nr.", "Actie", "Trekker", "Partners", "Looptijd"]
# (code, actie, trekker, partners, looptijd)
VZ_ROWS = [
    ("VZ-1", "Herinrichting van de Stationsomgeving Maarssen met 650 woningen en een nieuwe fietsenstalling",
     "Gemeente Stichtse Vecht", "ProRail, Provincie Utrecht", "2027-2030"),
    ("VZ-2", "Verbeteren van de waterkwaliteit van de Vecht door het saneren van riooloverstorten in Breukelen",
     "Waterschap Amstel, Gooi en Vecht", "Gemeente Stichtse Vecht", "2027-2029"),
    ("VZ-3", "Aanleg van een doorgaande fietsroute langs de Vecht tussen Maarssen en Breukelen",
     "Provincie Utrecht", "Gemeente Stichtse Vecht", "2028"),
    ("VZ-4", "Vervangen van de Vechtbrug in de Straatweg bij Breukelen", "Gemeente Stichtse Vecht",
     "Rijkswaterstaat", "uiterlijk 2029"),
    ("VZ-5", "Natuurvriendelijke oevers en vispassages in de Vecht bij Nieuwer Ter Aa (zie toelichting)", "",
     "Gemeente Stichtse Vecht", "2028-2030"),
    ("VZ-6", "Onderzoek naar geluidwerende maatregelen langs de A2 bij Maarssenbroek", "Rijkswaterstaat",
     "Gemeente Stichtse Vecht, Provincie Utrecht", "2027"),
    ("VZ-7", "Herstelprogramma voor de tuinen van de buitenplaatsen langs de Vecht", "Provincie Utrecht",
     "Gemeente Stichtse Vecht", "vanaf 2028"),
]
VZ_NOTE_HEAD = "Toelichting"
VZ_NOTE = [
    "Bij VZ-5 is de trekker bij het vaststellen van deze agenda nog niet ingevuld. Inmiddels is afgesproken dat "
    "Waterschap Amstel, Gooi en Vecht deze actie trekt.",
    "VZ-6 sluit aan bij het landelijke programma geluidsanering langs rijkswegen.",
]
VZ_END = ["De partijen bespreken de voortgang van deze agenda elk najaar in het Vechtzone-overleg."]

# --- b39-eemskanaalzone: Groningen; "wie doet wat" matrix, T/P/B letters, two T's in one row, O letter ----------
EZ_TITLE = "Wie doet wat: Uitvoeringsagenda Eemskanaalzone Groningen 2027-2030"
EZ_INTRO = [
    "Deze matrix is een bijlage bij de Uitvoeringsagenda Eemskanaalzone, vastgesteld door het college van de "
    "Gemeente Groningen op 10 november 2026.",
    "In 2026 is de eerste fase van de woonwijk Eemskanaalzone Noord opgeleverd.",
]
EZ_ORGS = ["Gemeente Groningen", "Provincie Groningen", "Waterschap Hunze en Aa's", "Rijkswaterstaat",
           "Nationaal Programma Groningen"]
EZ_SHORT = ["Gemeente Groningen", "Provincie Groningen", "Waterschap Hunze en Aa's", "Rijkswaterstaat",
            "Nationaal Programma Groningen"]
EZ_HEAD = ["Nr.", "Actie", *EZ_SHORT, "Periode"]
# (code, actie, letters per organisation column, periode)
EZ_ROWS = [
    ("EK-1", "Bouw van 1.100 woningen in de Eemskanaalzone Zuid", ["T", "B", "", "", "P"], "2027-2030"),
    ("EK-2", "Versterken van de kades langs het Eemskanaal tussen de Oosterhavenbrug en de Driebondsbrug",
     ["P", "T", "B", "", ""], "2027-2029"),
    ("EK-3", "Nieuwe fiets- en voetgangersbrug over het Eemskanaal bij de Eemskanaalzone Zuid",
     ["T", "T", "", "", ""], "uiterlijk 2029"),
    ("EK-4", "Waterberging en vergroening van de Oosterhamrikzone", ["P", "", "T", "", "P"], "2028"),
    ("EK-5", "Aanpassing van de aansluiting Europaplein op de ringweg (A7)", ["O", "", "", "T", ""],
     "2028-2030"),
    ("EK-6", "Programma voor sociale huurwoningen en voorzieningen in de wijk Oosterpoort",
     ["T", "", "", "", "P"], "vanaf 2027"),
]
EZ_LEGEND = [
    "Legenda: T = trekker (eerstverantwoordelijk); P = partner (werkt mee); B = betrokken (wordt geraadpleegd); "
    "O = opdrachtgever (geeft de opdracht en betaalt); een lege cel = geen rol.",
    "Staat in een rij twee keer een T, dan trekken die partijen de actie samen.",
]
EZ_END = ["De matrix wordt jaarlijks geactualiseerd bij het voortgangsverslag aan de gemeenteraad."]

# --- b39-walstroom: Amsterdam port; landscape quarter planning with blocks, preparation vs execution, a gap ------
WS_TITLE = "Planning Programma Walstroom en Kademuren Havengebied Amsterdam 2027-2028"
WS_INTRO = [
    "In 2026 zijn de eerste drie walstroomaansluitingen voor riviercruiseschepen aan de Veemkade in gebruik "
    "genomen.",
    "Legenda: ▒ = voorbereiding, █ = uitvoering. Een activiteit loopt van het eerste tot en met het laatste "
    "gemarkeerde kwartaal; voorbereiding hoort bij de activiteit.",
]
WS_QUARTERS = [(y, q) for y in (2027, 2028) for q in (1, 2, 3, 4)]
WS_HEAD = ["Nr.", "Activiteit", "Trekker", "Partners", *(f"{y} Q{q}" for y, q in WS_QUARTERS)]
P, U = "▒", "█"
# (code, activiteit, trekker, partners, 8 marks)
WS_ROWS = [
    ("WS-1", "Walstroom voor zeecruiseschepen aan de Passenger Terminal Amsterdam", "Havenbedrijf Amsterdam N.V.",
     "Gemeente Amsterdam", [P, P, U, U, U, U, "", ""]),
    ("WS-2", "Vervanging van de kademuur van de Coenhaven", "Gemeente Amsterdam", "Havenbedrijf Amsterdam N.V.",
     ["", "", P, P, U, U, U, U]),
    ("WS-3", "Walstroom voor binnenvaart in de Houthaven", "Havenbedrijf Amsterdam N.V.", "-",
     [U, U, "", "", "", "", U, U]),
    ("WS-4", "Netverzwaring voor walstroom in het Westelijk Havengebied", "Liander",
     "Havenbedrijf Amsterdam N.V.", ["", "", "", "", "", "", U, ""]),
    ("WS-5", "Onderzoek naar walstroom aan de ligplaatsen in het Noordzeekanaal", "Rijkswaterstaat",
     "Provincie Noord-Holland, Havenbedrijf Amsterdam N.V.", ["", P, P, "", "", "", "", ""]),
    ("WS-6", "Subsidieregeling walstroom voor binnenvaartschippers", "Provincie Noord-Holland",
     "Gemeente Amsterdam", ["", "", "", P, U, U, U, U]),
]
WS_END = ["Deze planning wordt elk halfjaar bijgewerkt in de programmaraad Walstroom."]

# --- b39-raadsvoorstel: Staphorst; Beslispunten are decisions, "Wat gaan we doen" holds the commitments --------
RV_DATE = "17 november 2026"
RV_HEAD = ["Gemeente Staphorst", "Raadsvoorstel", f"Datum: {RV_DATE}",
           "Onderwerp: Uitvoeringsprogramma Leefbare Kernen Staphorst, Rouveen en IJhorst 2027-2030",
           "Portefeuillehouder: wethouder Ruimtelijke Ordening"]
RV_BESLIS = [
    "1. het Uitvoeringsprogramma Leefbare Kernen Staphorst, Rouveen en IJhorst 2027-2030 vast te stellen;",
    "2. voor de uitvoering een krediet van € 1,8 miljoen beschikbaar te stellen;",
    "3. de bijbehorende begrotingswijziging 2027 vast te stellen.",
]
RV_AANLEIDING = [
    "In 2025 heeft de gemeenteraad de Omgevingsvisie Staphorst vastgesteld.",
    "In de dorpsgesprekken van 2026 vroegen inwoners om meer woningen voor starters en een veiliger Oude Rijksweg.",
]
RV_DOEN = [
    "In 2027 en 2028 richten wij de Oude Rijksweg in Rouveen opnieuw in als 30 km-zone.",
    "Samen met Waterschap Drents Overijsselse Delta leggen wij in 2028 aan de oostkant van Rouveen "
    "een waterberging aan.",
    "In het tweede kwartaal van 2027 leggen wij uw raad een woningbouwplan voor IJhorst met 120 starterswoningen "
    "voor.",
    "Vanaf 2028 bouwen wij het dorpshuis in IJhorst om tot een multifunctioneel centrum.",
]
RV_DONE = "De verkeerslichten op de kruising bij het gemeentehuis hebben wij in oktober 2026 al vervangen."
RV_OTHER = "De Provincie Overijssel heeft laten weten dat zij in 2029 de fietstunnel onder de N377 bij Rouveen vernieuwt."
RV_END = ["Wij informeren uw raad jaarlijks via de voortgangsrapportage over de uitvoering."]
RV_SIGN = ["Burgemeester en wethouders van Staphorst,", "de secretaris, de burgemeester,"]

# --- b39-actielijst: Rijswijk; tab-separated export, mmm-yy dates, one Eind "doorlopend" ------------------------
AL_TITLE = "Actielijst Klimaatadaptatie en Vergroening Rijswijk 2027-2029 (export tabblad Acties)"
AL_HEAD = ["ID", "Omschrijving", "Eigenaar", "Meewerkend", "Start", "Eind"]
# (id, omschrijving, eigenaar, meewerkend, start, eind)
AL_ROWS = [
    ("KA-01", "Afkoppelen van hemelwater in de wijk Steenvoorde", "Gemeente Rijswijk",
     "Hoogheemraadschap van Delfland", "mrt-27", "dec-28"),
    ("KA-02", "Vergroenen van de schoolpleinen in Rijswijk-Oost", "Gemeente Rijswijk", "", "sep-27", "jun-28"),
    ("KA-03", "Klimaatbestendige inrichting van het voormalige defensieterrein aan de Lange Kleiweg",
     "Rijksvastgoedbedrijf", "Gemeente Rijswijk", "jan-28", "dec-29"),
    ("KA-04", "Groene daken op de woningen van Rijswijk Wonen in Te Werve", "Rijswijk Wonen",
     "Gemeente Rijswijk; Provincie Zuid-Holland", "apr-27", "okt-27"),
    ("KA-05", "Vernieuwen van het gemaal aan de Rijswijkse Vliet", "Hoogheemraadschap van Delfland", "",
     "jul-28", "mrt-29"),
    ("KA-06", "Hittekaart actueel houden en delen met de buurgemeenten", "Gemeente Rijswijk", "Gemeente Den Haag",
     "jan-27", "doorlopend"),
]
AL_FOOT = ["Stand: 20-11-2026. Datums in de vorm maand-jaar (mrt-27 = maart 2027)."]


def e(text: str) -> str:
    return html.escape(text)


CSS = ("<style>@page{size:A4 portrait;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
       "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:6px;vertical-align:top;"
       "font-size:10.5pt} th{background:#ddd} h1{font-size:14pt} h2{font-size:11pt}</style>")


def vechtzone_html() -> str:
    body = [f"<h1>{e(VZ_TITLE)}</h1>", *(f"<p>{e(s)}</p>" for s in VZ_INTRO), "<h2>Acties</h2>"]
    body.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in VZ_HEAD) + "</tr></thead><tbody>")
    widths = ("8%", "44%", "18%", "18%", "12%")
    for row in VZ_ROWS:
        body.append("<tr>" + "".join(f"<td width='{w}' style='border:1px solid #000'>{e(c)}</td>"
                                     for w, c in zip(widths, row)) + "</tr>")
    body.append("</tbody></table>")
    body.append(f"<h2>{e(VZ_NOTE_HEAD)}</h2>")
    body += [f"<p>{e(s)}</p>" for s in VZ_NOTE]
    body += [f"<p>{e(s)}</p>" for s in VZ_END]
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def _pdf(orientation: str):
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation, format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    return pdf


def _para(pdf, lines, size=9.5):
    pdf.set_font("DejaVu", "", size)
    for s in lines:
        pdf.multi_cell(0, 5, s, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


def eemskanaalzone_pdf(path: Path) -> None:
    pdf = _pdf("P")
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, EZ_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _para(pdf, EZ_INTRO)
    pdf.ln(1)
    widths = (11, 42, 22, 22, 22, 27, 24, 20)
    pdf.set_font("DejaVu", "", 7.5)
    with pdf.table(col_widths=widths, text_align=("LEFT", "LEFT") + ("CENTER",) * 5 + ("LEFT",),
                   line_height=4, first_row_as_headings=True) as table:
        table.row(EZ_HEAD)
        for code, text, letters, when in EZ_ROWS:
            table.row([code, text, *letters, when])
    pdf.ln(3)
    _para(pdf, EZ_LEGEND, 8.5)
    _para(pdf, EZ_END)
    pdf.output(str(path))


def walstroom_pdf(path: Path) -> None:
    pdf = _pdf("L")
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, WS_TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _para(pdf, WS_INTRO)
    pdf.ln(1)
    widths = (13, 78, 42, 50, *([12] * 8))
    pdf.set_font("DejaVu", "", 8)
    with pdf.table(col_widths=widths, text_align=("LEFT",) * 4 + ("CENTER",) * 8, line_height=4.5,
                   first_row_as_headings=True) as table:
        table.row(WS_HEAD)
        for code, text, trekker, partners, marks in WS_ROWS:
            table.row([code, text, trekker, partners, *marks])
    pdf.ln(3)
    _para(pdf, WS_END)
    pdf.output(str(path))


def raadsvoorstel_txt() -> str:
    out = [*RV_HEAD, "", "Aan de gemeenteraad van Staphorst", "", "Beslispunten", "",
           "Het college stelt de gemeenteraad voor:", *RV_BESLIS, "", "Aanleiding", "", " ".join(RV_AANLEIDING), "",
           "Wat gaan we doen", ""]
    out += [*RV_DOEN[:2], RV_DONE, *RV_DOEN[2:], "", "Ontwikkelingen bij anderen", "", RV_OTHER, "",
            "Communicatie en vervolg", "", *RV_END, "", *RV_SIGN, ""]
    return "\n".join(out)


def actielijst_txt() -> str:
    out = [AL_TITLE, "\t".join(AL_HEAD)]
    out += ["\t".join(row) for row in AL_ROWS]
    out += ["", *AL_FOOT, ""]
    return "\n".join(out)


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", tmp, str(src)], check=True, capture_output=True)
        (OUT / f"{stem}.pdf").write_bytes((Path(tmp) / f"{stem}.pdf").read_bytes())


def main() -> None:
    soffice(vechtzone_html(), "b39-vechtzone")
    eemskanaalzone_pdf(OUT / "b39-eemskanaalzone.pdf")
    walstroom_pdf(OUT / "b39-walstroom.pdf")
    (OUT / "b39-raadsvoorstel.txt").write_text(raadsvoorstel_txt(), encoding="utf-8")
    (OUT / "b39-actielijst.txt").write_text(actielijst_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
