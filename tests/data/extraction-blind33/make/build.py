"""Build the five blind33 documents: two fpdf2 agendas drawn like a designed (InDesign-style) table WITHOUT ruling
lines whose text is written COLUMN BY COLUMN (all codes, then all trekkers, then all partner cells, then all
periods, then all "Wat" cells), so that text extraction gives the columns one after another; a LibreOffice
LANDSCAPE actieprogramma whose ruled table runs over two pages with its header repeated; an fpdf2 Kamerbrief of
the Staatssecretaris van Infrastructuur en Waterstaat with commitments in prose among look-alikes (one of them a
NEGATION with a year); and a plain-text fixed-width table whose trekker column holds abbreviations explained in a
list under the table.
Run: .venv/bin/python tests/data/extraction-blind33/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
E = html.escape
DATE = datetime.datetime(2026, 12, 2, tzinfo=datetime.timezone.utc)

# --- b33-opgaven: fpdf2, Noordoost-Twente, column by column, theme rows, "Betrokken" column -------------------
OP_TITLE = "Uitvoeringsagenda Water en Landschap Noordoost-Twente 2027-2030"
OP_SUB = "Gemeente Dinkelland, Gemeente Tubbergen, Waterschap Vechtstromen, Provincie Overijssel en Landschap Overijssel"
OP_INTRO = ("Deze agenda is op 19 november 2026 vastgesteld in het bestuurlijk overleg Noordoost-Twente. "
            "In 2026 is de Dinkel bij Lattrop al opnieuw ingericht.")
OP_HEAD = ("Nr", "Opgave", "Trekker", "Betrokken", "Planning")
# (theme, [(code, opgave, trekker, betrokken, planning)])
OP_THEMES = [
    ("Thema A - Beekdalen", [
        ("A1", "Herstel van de meanders van de Dinkel tussen Denekamp en Lattrop met natuurvriendelijke oevers",
         "Waterschap Vechtstromen", "Gemeente Dinkelland, Landschap Overijssel", "2027-2029"),
        ("A2", "Vernatting van het beekdal van de Mosbeek bij Tubbergen en aankoop van drie percelen",
         "Provincie Overijssel", "Gemeente Tubbergen, Waterschap Vechtstromen", "2028-2030"),
        ("A3", "Plan voor het vasthouden van water in de bovenloop van de Springendalse beek",
         "Landschap Overijssel", "Waterschap Vechtstromen", "uiterlijk 2028"),
    ]),
    ("Thema B - Kernen", [
        ("B1", "Afkoppelen van regenwater en aanleg van wadi's in de kern Ootmarsum",
         "Gemeente Dinkelland", "Waterschap Vechtstromen", "vanaf 2027"),
        ("B2", "Groene schoolpleinen en een hitteplan voor de kernen Albergen en Vasse",
         "Gemeente Tubbergen", "-", "2027"),
        ("B3", "Waterberging en een klimaatbestendige inrichting van het centrum van Weerselo",
         "Gemeente Dinkelland", "Provincie Overijssel, Waterschap Vechtstromen", "2029-2030"),
    ]),
]
OP_NOTE = ("De partijen bespreken de voortgang elk najaar. Het waterschap wil later ook de gemeente Losser bij de "
           "agenda betrekken.")

# --- b33-acties: fpdf2, Veenkoloniën, column by column, "i.o.v." in the Wie cells ----------------------------
AC_TITLE = "Actieagenda Klimaatadaptatie Veenkoloniën 2027-2030"
AC_SUB = "Gemeente Veendam, Gemeente Pekela, Gemeente Stadskanaal, Waterschap Hunze en Aa's, Provincie Groningen"
AC_INTRO = ("Werkregio Veenkoloniën, vastgesteld op 24 november 2026. In 2026 is de stresstest voor de drie "
            "gemeenten afgerond.")
AC_HEAD = ("Code", "Actie", "Wie", "Met wie", "Wanneer")
AC_ROWS = [
    ("VK-1", "Verbreden van het Pekelder Hoofddiep tussen Oude Pekela en Nieuwe Pekela voor extra waterberging",
     "Waterschap Hunze en Aa's i.o.v. Provincie Groningen", "Gemeente Pekela", "2027-2029"),
    ("VK-2", "Groene daken en regentonnen voor woningen in de wijk Sorghvliet in Veendam",
     "Gemeente Veendam", "Waterschap Hunze en Aa's", "vanaf 2027"),
    ("VK-3", "Onderzoek naar bodemdaling en droogte langs het Stadskanaal in de wijk Maarsveld",
     "Gemeente Stadskanaal i.o.v. Provincie Groningen", "-", "2028"),
    ("VK-4", "Aanleg van een klimaatbestendige fietsroute langs het Winschoterdiep bij Zuidbroek",
     "Provincie Groningen", "Gemeente Veendam, Gemeente Pekela", "2029-2030"),
    ("VK-5", "Regionaal hitteplan voor zorginstellingen en scholen in de drie gemeenten",
     "Gemeente Stadskanaal", "Gemeente Veendam, Gemeente Pekela", "uiterlijk 2028"),
]
AC_FOOT = "i.o.v. = in opdracht van. Het bestuurlijk overleg wil in 2027 ook Staatsbosbeheer uitnodigen."


def new_pdf() -> FPDF:
    pdf = FPDF()
    pdf.set_creation_date(DATE)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def para(pdf: FPDF, text: str, size: float = 10, style: str = "", h: float = 5) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def column_table(pdf: FPDF, head, widths, order, rows_by_block, line_h: float = 4.3) -> None:
    """An unruled table whose cells are written column by column. rows_by_block: [(theme or None, rows)], each
    row in HEAD order; order: column indexes in writing order (the Wat column last)."""
    xs = [pdf.l_margin + sum(widths[:i]) for i in range(len(widths))]
    pdf.set_font("Helvetica", "B", 9)
    y = pdf.get_y()
    for x, w, h in zip(xs, widths, head):
        pdf.set_xy(x, y)
        pdf.cell(w, 6, h)
    y += 8
    pdf.set_font("Helvetica", "", 9)
    layout = []  # (theme_y or None, [(row_y, row)])
    for theme, rows in rows_by_block:
        theme_y = None
        if theme:
            theme_y = y
            y += 7
        placed = []
        for row in rows:
            n = max(len(pdf.multi_cell(w - 2, line_h, c, dry_run=True, output="LINES")) for w, c in zip(widths, row))
            placed.append((y, row))
            y += n * line_h + 3
        layout.append((theme, theme_y, placed))
    pdf.set_font("Helvetica", "B", 9.5)
    for theme, theme_y, _ in layout:
        if theme:
            pdf.set_xy(xs[0], theme_y)
            pdf.cell(sum(widths), 6, theme)
    pdf.set_font("Helvetica", "", 9)
    for col in order:
        for _, _, placed in layout:
            for row_y, row in placed:
                pdf.set_xy(xs[col], row_y)
                pdf.multi_cell(widths[col] - 2, line_h, row[col])
    pdf.set_xy(pdf.l_margin, y + 2)


def op_pdf() -> None:
    pdf = new_pdf()
    para(pdf, OP_TITLE, 13, "B", 6)
    para(pdf, OP_SUB, 9, "I")
    para(pdf, OP_INTRO)
    pdf.ln(2)
    column_table(pdf, OP_HEAD, (14, 70, 34, 36, 20), (0, 2, 3, 4, 1),
                 [(theme, rows) for theme, rows in OP_THEMES])
    para(pdf, OP_NOTE, 9)
    pdf.output(str(OUT / "b33-opgaven.pdf"))


def ac_pdf() -> None:
    pdf = new_pdf()
    para(pdf, AC_TITLE, 13, "B", 6)
    para(pdf, AC_SUB, 9, "I")
    para(pdf, AC_INTRO)
    pdf.ln(2)
    rows = [(c, wat, wie, met, wanneer) for c, wat, wie, met, wanneer in AC_ROWS]
    column_table(pdf, AC_HEAD, (16, 66, 40, 32, 20), (0, 2, 3, 4, 1), [(None, rows)])
    para(pdf, AC_FOOT, 8.5, "I")
    pdf.output(str(OUT / "b33-acties.pdf"))


# --- b33-liggend: LibreOffice landscape, Amstelland / Ronde Venen, ruled table over two pages, Kennispartner ----
LG_STYLE = ('<style>@page { size: 29.7cm 21cm; margin: 1.8cm; } body { font-family: DejaVu Sans; font-size: 11pt; }'
            " td, th { font-size: 10.5pt; vertical-align: top; padding: 6pt; }</style>")
LG_TITLE = "Actieprogramma Veenweide en Water Amstelland en De Ronde Venen 2027-2031"
LG_INTRO = ("Dit actieprogramma is op 26 november 2026 vastgesteld door de gemeenten De Ronde Venen, Uithoorn en "
            "Aalsmeer, Waterschap Amstel, Gooi en Vecht en de provincies Utrecht en Noord-Holland. De trekker voert "
            "de actie uit met de partners; de kennispartner levert inhoudelijke ondersteuning. Nieuwe acties worden "
            "in het bestuurlijk overleg van het programma besproken voordat zij aan deze tabel worden toegevoegd.")
LG_PAST = "In 2026 is het veenweideprogramma van de provincie Utrecht vastgesteld."
LG_READ = "Leeswijzer: een streepje betekent dat er voor die actie geen partner of kennispartner is."
LG_HEAD = ("Nr.", "Actie", "Trekker", "Partners", "Kennispartner", "Periode")
LG_ROWS = [
    ("1", "Proef met onderwaterdrainage op vijf melkveebedrijven in de polder Groot-Mijdrecht",
     "Waterschap Amstel, Gooi en Vecht", "Gemeente De Ronde Venen, Provincie Utrecht", "Deltares", "2027-2030"),
    ("2", "Verhogen van het zomerpeil in de Bovenlandenpolder bij Aalsmeer",
     "Waterschap Amstel, Gooi en Vecht", "Gemeente Aalsmeer", "-", "2028-2029"),
    ("3", "Klimaatbestendige herinrichting van het centrum van Uithoorn langs de Amstel",
     "Gemeente Uithoorn", "Waterschap Amstel, Gooi en Vecht", "-", "2027-2029"),
    ("4", "Gebiedsplan voor de Vinkeveense Plassen met zones voor natuur en recreatie",
     "Provincie Utrecht", "Gemeente De Ronde Venen", "Wageningen University & Research", "uiterlijk 2028"),
    ("5", "Monitoring van bodemdaling met satellietmetingen in het hele programmagebied",
     "Provincie Noord-Holland", "Provincie Utrecht", "Deltares", "vanaf 2027"),
    ("6", "Afkoppelen van regenwater bij scholen en sporthallen in Mijdrecht en Wilnis",
     "Gemeente De Ronde Venen", "Waterschap Amstel, Gooi en Vecht", "-", "2029-2031"),
    ("7", "Waterbergingsplan voor het glastuinbouwgebied Green Park Aalsmeer",
     "Gemeente Aalsmeer", "Provincie Noord-Holland, Waterschap Amstel, Gooi en Vecht",
     "Wageningen University & Research", "2028"),
]
LG_END = ("Het programmabureau rapporteert elk voorjaar over de voortgang. De partners hopen dat ook de gemeente "
          "Amstelveen zich bij het programma aansluit.")


def lg_html() -> str:
    th = "".join(f"<th>{E(c)}</th>" for c in LG_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>\n" for row in LG_ROWS)
    return (
        f'<html><head><meta charset="utf-8">{LG_STYLE}</head><body>'
        f"<h2>{E(LG_TITLE)}</h2><p>{E(LG_INTRO)}</p><p>{E(LG_PAST)}</p><p>{E(LG_READ)}</p>"
        '<table border="1" cellpadding="12" cellspacing="0" width="100%">'
        '<col width="5%"><col width="33%"><col width="17%"><col width="20%"><col width="14%"><col width="11%">'
        f"<thead><tr>{th}</tr></thead><tbody>\n{rows}</tbody></table>"
        f"<p>{E(LG_END)}</p><p>Mijdrecht, 27 november 2026</p>"
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


# --- b33-kamerbrief: fpdf2, Staatssecretaris IenW, Oost-Achterhoek and Haaksbergen, negation look-alikes -------
KB_DATE = "1 december 2026"
KB_HEAD = ["Ministerie van Infrastructuur en Waterstaat", "De Staatssecretaris van Infrastructuur en Waterstaat",
           "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", f"Den Haag, {KB_DATE}",
           "Onderwerp: droogte en grondwater in de Oost-Achterhoek en Haaksbergen"]
# paragraphs of sentences
KB_PARAS = [
    ["Met deze brief informeer ik uw Kamer over de aanpak van droogte in de Oost-Achterhoek en Haaksbergen.",
     "Het lid Van Dijk vroeg tijdens het commissiedebat Water van 15 oktober 2026 of het Rijk de beregening uit "
     "grondwater in deze gebieden gaat beperken."],
    ["In de zomer van 2026 zakte de grondwaterstand in de gemeente Berkelland tot het laagste niveau sinds 1976.",
     "Ik heb het gebied op 3 september 2026 bezocht met de dijkgraaf van Waterschap Rijn en IJssel."],
    ["Ik stel in 2027 samen met Waterschap Rijn en IJssel en de provincie Gelderland een grondwaterplan voor de "
     "Oost-Achterhoek op.",
     "Ik leg in 2027 geen nieuwe landelijke beperking op de beregening uit grondwater op.",
     "Het kabinet financiert vanaf 2028 een proef met peilgestuurde drainage op twintig landbouwbedrijven in de "
     "gemeente Berkelland."],
    ["Met Waterschap Vechtstromen en de gemeente Haaksbergen heb ik op 20 november 2026 afgesproken dat Waterschap "
     "Vechtstromen in 2028 en 2029 samen met de gemeente Haaksbergen de Buurserbeek en het Buurserzand als "
     "sponsgebied herstelt.",
     "De provincie Overijssel wil daar later ook een natuurverbinding met het Haaksbergerveen aanleggen."],
    ["Vitens verlaagt uiterlijk 2029 samen met de provincie Gelderland de winning bij het pompstation Haarlo met een "
     "kwart.",
     "De gemeente Berkelland verwacht in 2028 een besluit te nemen over regenwateropvang bij nieuwbouw.",
     "Ik maak in 2028 samen met de gemeente Berkelland en Waterschap Rijn en IJssel een voorbeeldregeling voor "
     "regenwateropvang op boerenerven.",
     "Ik breid de proef niet uit naar Haaksbergen voordat de eerste resultaten in 2029 bekend zijn."],
    ["Wij zetten in 2027 en 2028 met de provincies Gelderland en Overijssel een meetnet voor de grondwaterstand "
     "in de Oost-Achterhoek en Haaksbergen op.",
     "Als uw Kamer bij de Voorjaarsnota extra middelen beschikbaar stelt, kan ik de proef in 2029 verlengen.",
     "Ik hoop dat de landbouwbedrijven in het gebied massaal aan de proef meedoen."],
]
KB_SIGN = ["De Staatssecretaris van Infrastructuur en Waterstaat,", "(ondertekend)"]


def kb_pdf() -> None:
    pdf = FPDF()
    pdf.set_creation_date(DATE)
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 12)
    pdf.add_page()
    para(pdf, KB_HEAD[0], 11, "B")
    para(pdf, KB_HEAD[1], 9.5, "I")
    pdf.ln(2)
    for line in KB_HEAD[2:]:
        para(pdf, line, 10)
    pdf.ln(1)
    para(pdf, "Geachte voorzitter,")
    for p in KB_PARAS:
        para(pdf, " ".join(p))
    para(pdf, "Hoogachtend,")
    for line in KB_SIGN:
        para(pdf, line)
    pdf.output(str(OUT / "b33-kamerbrief.pdf"))


# --- b33-afkortingen: fixed-width text, Noordenveld, trekker abbreviations explained under the table ----------
AF_TITLE = "UITVOERINGSPROGRAMMA BEEKDALEN EN DORPEN NOORDENVELD 2027-2030"
AF_INTRO = ["Vastgesteld door het college van burgemeester en wethouders van Noordenveld, 25 november 2026.",
            "In 2026 is het Lieverense diep bij Lieveren al verondiept."]
AF_HEAD = ("Nr", "Maatregel", "Trekker", "Partners", "Periode")
AF_ROWS = [
    ("N1", "Hermeanderen van het Peizerdiep bij Roden", "NZV", "GN, PD", "2027-2028"),
    ("N2", "Waterberging in de Onlanden bij Nietap", "NZV+GN", "SBB", "2028-2030"),
    ("N3", "Afkoppelen van regenwater in Norg-Zuid", "GN", "NZV", "vanaf 2027"),
    ("N4", "Herstel van de heide en vennen van de Langeloërduinen bij Norg", "SBB", "HDL, PD", "uiterlijk 2029"),
    ("N5", "Natuurvriendelijke oevers langs het Oostervoortsche diep", "HDL", "NZV", "2029"),
    ("N6", "Hitteplan voor de kernen Roden en Norg", "GN", "-", "2027"),
]
AF_ABBR = [("GN", "Gemeente Noordenveld"), ("NZV", "Waterschap Noorderzijlvest"), ("PD", "Provincie Drenthe"),
           ("SBB", "Staatsbosbeheer"), ("HDL", "Stichting Het Drentse Landschap")]
AF_NOTE_PLUS = "Een + tussen twee afkortingen betekent dat beide organisaties samen trekker zijn."
AF_END = ["Het college rapporteert elk jaar in het voorjaar aan de raad over de voortgang.",
          "De gemeente wil in 2027 onderzoeken of ook de gemeente Westerkwartier kan aansluiten."]
AF_W = (4, 64, 9, 9, 0)


def af_txt() -> str:
    def line(cells):
        return "  ".join(c.ljust(w) if w else c for c, w in zip(cells, AF_W)).rstrip()

    out = [AF_TITLE, "", *AF_INTRO, "", line(AF_HEAD), "-" * 104]
    out += [line(r) for r in AF_ROWS]
    out += ["-" * 104, "", "Afkortingen:"]
    out += [f"  {a.ljust(4)} {full}" for a, full in AF_ABBR]
    out += [AF_NOTE_PLUS, "", *AF_END, ""]
    return "\n".join(out)


def main() -> None:
    op_pdf()
    ac_pdf()
    soffice("b33-liggend", lg_html())
    kb_pdf()
    (OUT / "b33-afkortingen.txt").write_text(af_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
