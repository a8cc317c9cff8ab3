"""Build the five blind45 documents. Two designed agendas made with fpdf2 (DejaVu Sans) whose unruled tables are
drawn COLUMN BY COLUMN (header band first, then every code, every who-cell, every when-cell, every what-cell), so
that pypdf reads them in that order, as it does designed (InDesign-like) PDFs; the pypdf text of the second agenda
saved as b45-zaanagenda-tekst.txt; a tab-separated export of a project register and a Markdown progress table.
Run: .venv/bin/python tests/data/extraction-blind45/make/build.py"""

from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --- b45-havenagenda: Maasvlakte and Rozenburg; 'Nr. | Actie | Eigenaar | Planning', who-cells of two lines -----
HA_TITLE = "Uitvoeringsagenda Haven en Leefomgeving Maasvlakte en Rozenburg 2027-2030"
HA_SUB = "Bestuurlijk Overleg Haven en Leefomgeving Rijnmond-West  |  vastgesteld op 12 november 2026"
HA_INTRO = [
    "Deze uitvoeringsagenda bundelt de afspraken van Havenbedrijf Rotterdam N.V., de Gemeente Rotterdam, de "
    "Gemeente Maassluis, de Provincie Zuid-Holland en het Rijk over de leefomgeving rond de westelijke havengebieden.",
    "In 2026 zijn langs de Krabbeweg in Rozenburg twee nieuwe geluidsmeetpunten in gebruik genomen.",
]
HA_QUESTION = "Hoe blijft Rozenburg een prettige plek om te wonen nu de Maasvlakte verder groeit?"
HA_GUIDE = ("Leeswijzer: in de kolom Eigenaar staat bovenaan de organisatie die de actie trekt; een tweede regel die "
            "begint met 'met' noemt de partner.")
HA_HEAD = ["Nr.", "Actie", "Eigenaar", "Planning"]          # visual order, left to right
HA_WIDTHS = [16, 80, 60, 24]
# (nr, actie, eigenaar (two lines), planning)
HA_ROWS = [
    ("HL-01", "Aanleg van een geluidsscherm langs de Moezelweg ter hoogte van Rozenburg-West",
     "Havenbedrijf Rotterdam N.V.\nmet Gemeente Rotterdam", "2027-2028"),
    ("HL-02", "Uitbreiding van het luchtmeetnet rond de Maasvlakte met vier meetstations voor fijnstof en "
     "stikstofdioxide", "DCMR Milieudienst\nRijnmond", "2027"),
    ("HL-03", "Verkenning van een snelle fietsverbinding tussen Maassluis en Rozenburg over de Maeslantkering",
     "Provincie Zuid-Holland\nmet Gemeente Maassluis", "uiterlijk 2028"),
    ("HL-04", "Walstroom voor binnenvaartschepen aan de ligplaatsen in de Hartelhaven",
     "Havenbedrijf Rotterdam N.V.\nmet Rijkswaterstaat", "vanaf 2028"),
    ("HL-05", "Groene buffer met bomen en wandelpaden op de Oostdam bij Rozenburg",
     "Gemeente Rotterdam\nmet Havenbedrijf Rotterdam N.V.", "2028-2030"),
    ("HL-06", "Onderzoek naar de bereikbaarheid van de Maasvlakte bij calamiteiten op de A15",
     "Ministerie van Infrastructuur\nen Waterstaat", "2027"),
]
HA_END = ["Deze agenda vervangt de Uitvoeringsagenda Leefomgeving Rozenburg 2023-2026."]
HA_FOOTER = "Uitvoeringsagenda Haven en Leefomgeving 2027-2030  |  pagina 1 van 1"

# --- b45-zaanagenda (.pdf and its pypdf text as .txt): Zaan en IJ; 'Nr. | Opgave | Trekker | Mijlpaal', 2 pages --
ZA_TITLE = "Gebiedsagenda Zaan en IJ 2027-2031"
ZA_SUB = ("Samenwerkingsagenda van de Gemeente Zaanstad, de Gemeente Oostzaan, de Gemeente Wormerland, de Provincie "
          "Noord-Holland, het Hoogheemraadschap Hollands Noorderkwartier en Havenbedrijf Amsterdam N.V.")
ZA_CH1 = "1  Waarom deze agenda"
ZA_INTRO = [
    "De Zaanstreek groeit tot 2040 met naar verwachting 15.000 woningen, terwijl de Zaan een drukke vaarweg blijft.",
    "In 2026 hebben de partners de oevers van de Zaan tussen Zaandam en Koog aan de Zaan samen in kaart gebracht.",
    "Leeswijzer: hoofdstuk 1 schetst de opgave van het gebied, hoofdstuk 2 bevat de afspraken per opgave.",
    "De stuurgroep Zaan en IJ heeft deze agenda op 19 november 2026 vastgesteld.",
]
ZA_CH2 = "2  Opgaven en afspraken"
ZA_HEAD = ["Nr.", "Opgave", "Trekker", "Mijlpaal"]
ZA_WIDTHS = [14, 92, 46, 28]
# (nr, opgave, trekker, mijlpaal); rows 1-3 on page 1, rows 4-6 on page 2
ZA_ROWS = [
    ("ZIJ-1", "Dijkversterking langs de Zaan tussen Wormer en Wormerveer, inclusief de kademuren bij de "
     "Wilhelminasluis", "Hoogheemraadschap Hollands Noorderkwartier", "gereed eind 2029"),
    ("ZIJ-2", "Herinrichting van de Hembrugstraat en de oevers van het Hembrugterrein", "Gemeente Zaanstad",
     "start 2027"),
    ("ZIJ-3", "Regionale fietsroute van Oostzaan naar Amsterdam-Noord langs het Twiske",
     "Gemeente Oostzaan, Provincie Noord-Holland", "2028-2029"),
    ("ZIJ-4", "Verduurzaming van de kades in de Achtersluispolder voor de binnenvaart", "Havenbedrijf Amsterdam N.V.",
     "oplevering 2028"),
    ("ZIJ-5", "Natuurvriendelijke oevers en een vispassage bij het gemaal van de Wijde Wormer", "Gemeente Wormerland",
     "uiterlijk 2030"),
    ("ZIJ-6", "Onderzoek naar een tweede aansluiting van Zaandam-Noord op de A7", "Provincie Noord-Holland",
     "uitvoering 2027"),
]
ZA_PAGE_SPLIT = 3
ZA_QUESTION = "Welke rol krijgt de Zaan als vaarweg voor de binnenvaart na 2031?"
ZA_FOOTER = "Gebiedsagenda Zaan en IJ 2027-2031  |  pagina {page} van 2"

# --- b45-projectenregister: Eemland; tab-separated export, ISO 'Datum gereed', done and cancelled rows --------------
PR_TITLE = "Projectenregister Klimaatadaptatie Eemland - export 24-11-2026"
PR_HEAD = ["Code", "Omschrijving", "Verantwoordelijk", "Samenwerkingspartners", "Datum gereed", "Status", "Opmerking"]
PR_ROWS = [
    ("EEM-01", "Aanleg van een waterberging in de polder Zevenhuizen bij Bunschoten", "Waterschap Vallei en Veluwe",
     "Gemeente Bunschoten", "2029-12-31", "In voorbereiding", ""),
    ("EEM-02", "Vergroenen van de schoolpleinen in Amersfoort-Vathorst", "Gemeente Amersfoort", "", "2027-09-01",
     "In uitvoering", ""),
    ("EEM-03", "Hittekaart en hitteplan voor de kernen van Baarn", "Gemeente Baarn", "Provincie Utrecht",
     "2026-10-15", "Afgerond", "Hitteplan vastgesteld door het college op 15 oktober 2026."),
    ("EEM-04", "Herstel van de beekloop van de Lunterse Beek bij Leusden", "Waterschap Vallei en Veluwe",
     "Gemeente Leusden; Provincie Utrecht", "2030-06-30", "Gepland", ""),
    ("EEM-05", "Afkoppelen van regenwater in de wijk Soest-Zuid", "Gemeente Soest", "Waterschap Vallei en Veluwe",
     "2028-12-31", "In voorbereiding", "Subsidie aangevraagd bij de provincie."),
    ("EEM-06", "Proef met drijvende zonnepanelen op de Eem bij Baarn", "Provincie Utrecht", "Gemeente Baarn",
     "2027-06-30", "Geannuleerd", "Gestopt na een negatief advies over de scheepvaart op de Eem."),
    ("EEM-07", "Regionale stresstest wateroverlast Eemland", "Provincie Utrecht",
     "Gemeente Amersfoort; Gemeente Leusden; Gemeente Soest; Gemeente Baarn; Gemeente Bunschoten", "2027-03-31",
     "In uitvoering", ""),
]
PR_DONE = ("Afgerond", "Geannuleerd")

# --- b45-voortgang: Walcheren; Markdown 'Nr. | Project | Eigenaar | Mijlpaal | Status', done and cancelled rows ----
VG_TITLE = "Voortgangsoverzicht Gebiedsprogramma Walcheren Veilig en Vitaal 2027-2030"
VG_SUB = "Stand per 1 november 2026, voor het portefeuillehoudersoverleg Walcheren van 10 december 2026"
VG_INTRO = [
    "Dit overzicht geeft per project de eigenaar, de eerstvolgende mijlpaal en de stand van zaken.",
    "In 2026 is het fietspad tussen Middelburg en Vlissingen langs het Kanaal door Walcheren verbreed.",
]
VG_HEAD = ["Nr.", "Project", "Eigenaar", "Mijlpaal", "Status"]
VG_ROWS = [
    ("W1", "Versterking van de duinvoet tussen Zoutelande en Dishoek", "Waterschap Scheldestromen", "2027-2028",
     "In uitvoering"),
    ("W2", "Klimaatbestendige herinrichting van de Walstraat in Vlissingen", "Gemeente Vlissingen", "gereed 2029",
     "Gepland"),
    ("W3", "Hittebestendig groen op het Abdijplein in Middelburg", "Gemeente Middelburg", "opgeleverd mei 2026",
     "Afgerond"),
    ("W4", "Fietspad langs het Veerse Meer tussen Veere en Vrouwenpolder", "Gemeente Veere (met Provincie Zeeland)",
     "start uitvoering 2028", "Gepland"),
    ("W5", "Ecologische verbindingszone langs het Kanaal door Walcheren",
     "Provincie Zeeland (met Waterschap Scheldestromen)", "uiterlijk 2030", "In voorbereiding"),
    ("W6", "Transferium aan de rand van Domburg met een pendelbus naar het strand", "Gemeente Veere", "-",
     "Geannuleerd"),
    ("W7", "Zandsuppletie op het strand bij de Boulevard in Vlissingen", "Rijkswaterstaat", "uitvoering 2027",
     "Gepland"),
]
VG_DONE = ("Afgerond", "Geannuleerd")
VG_NOTES = [
    "W6 is geannuleerd, omdat de gemeenteraad van Veere op 2 oktober 2026 heeft gekozen voor uitbreiding van de "
    "bestaande parkeerplaats aan de Zuidstraat.",
    "Ter bespreking: moet W5 eerder starten om de bijdrage van het Rijk voor 2027 te behouden?",
]


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    return pdf


def _para(pdf, text, size=9.5, style="", h=5, color=(0, 0, 0)):
    pdf.set_text_color(*color)
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def column_table(pdf, head, widths, rows, draw_order, band=(0, 84, 122), shade=(232, 241, 246), lh=4.6, size=8.5):
    """An unruled designed table: a coloured header band, shaded row backgrounds, and the cell text written column
    by column in draw_order (indices into the visual columns), the way a layout program exports text frames."""
    pad = 1.5
    x0, y = pdf.l_margin, pdf.get_y()
    xs = [x0 + sum(widths[:i]) for i in range(len(widths))]
    pdf.set_font("DejaVu", "", size)
    heights = []
    for row in rows:
        n = max(len(pdf.multi_cell(w - 2 * pad, lh, c, dry_run=True, output="LINES")) for c, w in zip(row, widths))
        heights.append(n * lh + 2 * pad)
    # header band, written left to right
    pdf.set_fill_color(*band)
    pdf.rect(x0, y, sum(widths), 7, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", size)
    for label, x, w in zip(head, xs, widths):
        pdf.set_xy(x + pad, y + 1.2)
        pdf.cell(w - 2 * pad, lh, label)
    pdf.set_text_color(0, 0, 0)
    y += 7
    tops = []
    for i, h in enumerate(heights):
        if i % 2:
            pdf.set_fill_color(*shade)
            pdf.rect(x0, y, sum(widths), h, style="F")
        tops.append(y)
        y += h
    for col in draw_order:
        pdf.set_font("DejaVu", "B" if col == 0 else "", size)
        for row, top in zip(rows, tops):
            pdf.set_xy(xs[col] + pad, top + pad)
            pdf.multi_cell(widths[col] - 2 * pad, lh, row[col], align="L")
    pdf.set_xy(x0, y + 3)


def _footer(pdf, text):
    pdf.set_xy(15, 282)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, text, align="R")
    pdf.set_text_color(0, 0, 0)


def havenagenda_pdf(path: Path) -> None:
    pdf = _pdf()
    pdf.add_page()
    _para(pdf, HA_TITLE, 14, "B", 7, (0, 84, 122))
    _para(pdf, HA_SUB, 8.5, "", 5, (90, 90, 90))
    pdf.ln(3)
    for s in HA_INTRO:
        _para(pdf, s)
        pdf.ln(1.5)
    pdf.set_fill_color(255, 243, 214)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.multi_cell(0, 6, HA_QUESTION, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _para(pdf, HA_GUIDE, 8.5, "", 4.5, (60, 60, 60))
    pdf.ln(3)
    # visual order Nr. | Actie | Eigenaar | Planning; drawn Nr., Eigenaar, Planning, Actie
    column_table(pdf, HA_HEAD, HA_WIDTHS, HA_ROWS, draw_order=[0, 2, 3, 1])
    for s in HA_END:
        _para(pdf, s, 8.5, "", 4.5)
    _footer(pdf, HA_FOOTER)
    pdf.output(str(path))


def zaanagenda_pdf(path: Path) -> None:
    pdf = _pdf()
    pdf.add_page()
    _para(pdf, ZA_TITLE, 15, "B", 8, (120, 40, 30))
    _para(pdf, ZA_SUB, 8.5, "", 4.5, (90, 90, 90))
    pdf.ln(4)
    _para(pdf, ZA_CH1, 11, "B", 6)
    pdf.ln(1)
    for s in ZA_INTRO:
        _para(pdf, s)
        pdf.ln(1.5)
    pdf.ln(2)
    _para(pdf, ZA_CH2, 11, "B", 6)
    pdf.ln(2)
    band, shade = (120, 40, 30), (246, 236, 232)
    # visual order Nr. | Opgave | Trekker | Mijlpaal; drawn Nr., Trekker, Mijlpaal, Opgave
    column_table(pdf, ZA_HEAD, ZA_WIDTHS, ZA_ROWS[:ZA_PAGE_SPLIT], [0, 2, 3, 1], band, shade)
    _footer(pdf, ZA_FOOTER.format(page=1))
    pdf.add_page()
    _para(pdf, "2  Opgaven en afspraken (vervolg)", 11, "B", 6)
    pdf.ln(2)
    column_table(pdf, ZA_HEAD, ZA_WIDTHS, ZA_ROWS[ZA_PAGE_SPLIT:], [0, 2, 3, 1], band, shade)
    pdf.ln(2)
    _para(pdf, "Open vraag", 10, "B", 6)
    _para(pdf, ZA_QUESTION)
    _footer(pdf, ZA_FOOTER.format(page=2))
    pdf.output(str(path))


def pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def projectenregister_tsv() -> str:
    out = [PR_TITLE, "", "\t".join(PR_HEAD)]
    out += ["\t".join(row) for row in PR_ROWS]
    return "\n".join(out) + "\n"


def voortgang_md() -> str:
    out = [f"# {VG_TITLE}", "", f"*{VG_SUB}*", "", *VG_INTRO[:1], "", *VG_INTRO[1:], "", "## Projecten", "",
           "| " + " | ".join(VG_HEAD) + " |", "|" + "|".join(["-----"] * len(VG_HEAD)) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in VG_ROWS]
    out += ["", "## Toelichting", ""]
    for s in VG_NOTES:
        out += [s, ""]
    return "\n".join(out)


def main() -> None:
    havenagenda_pdf(OUT / "b45-havenagenda.pdf")
    zaanagenda_pdf(OUT / "b45-zaanagenda.pdf")
    (OUT / "b45-zaanagenda-tekst.txt").write_text(pypdf_text(OUT / "b45-zaanagenda.pdf") + "\n", encoding="utf-8")
    (OUT / "b45-projectenregister.txt").write_text(projectenregister_tsv(), encoding="utf-8")
    (OUT / "b45-voortgang.md").write_text(voortgang_md(), encoding="utf-8")


if __name__ == "__main__":
    main()
