"""b2-ruled-zeeuws-vlaanderen.pdf: a full-grid table over two pages with the header row repeated (fpdf2).

The action code is written at the start of the bold title in the Actie cell ("A1 Dijkversterking ..."), with a
description below it. Beside Planning stands a Status column whose values sometimes carry a year
("Vertraagd (was 2025)", "Ontwerp gereed 2025"); Status is not a period.
"""
from fpdf import FPDF
from fpdf.fonts import FontFace

from common import A, OUT, write_gold

DOC = "b2-ruled-zeeuws-vlaanderen"
FILE = DOC + ".pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# (title with code, description, trekker, partners, planning, status)
ROWS = [
    ("A1 Dijkversterking Westerschelde Hoofdplaat–Breskens",
     "Versterking van 6,4 km dijk langs de Westerschelde, inclusief een nieuw fietspad op de kruin en "
     "natuurvriendelijke inrichting van het voorland.",
     "Waterschap Scheldestromen", "RWS, gem. Sluis", "2026–2029", "In voorbereiding"),
    ("A2 Zandsuppletie en duinversterking Cadzand-Bad",
     "Versterking van de zeewering voor de badplaats met een strandsuppletie en een verbrede duinvoet.",
     "Rijkswaterstaat", "Scheldestromen, gemeente Sluis", "2027", "Ontwerp gereed 2025"),
    ("A3 Zoetwaterpilot kreekruggen Hulster Ambacht",
     "Proef met het infiltreren van zoet water in kreekruggen, zodat akkerbouwers in droge zomers langer "
     "kunnen beregenen zonder brak grondwater op te pompen.",
     "Provincie Zeeland", "ZLTO, Scheldestromen", "2026–2027", "Vertraagd (was 2025)"),
    ("A4 Bezoekerspoort Verdronken Land van Saeftinghe",
     "Nieuwe entree bij Emmadorp met parkeerplaats, uitkijkpunt en routes over de dijk; de natuur in het "
     "schor blijft ongestoord.",
     "Het Zeeuwse Landschap", "gemeente Hulst", "2028", "Ontwerpfase"),
    ("A5 Waterberging kreken van Sint Kruis en Eede",
     "Inrichting van twee bergingsgebieden langs de kreken. Start na afronding van A3, zodat de uitkomsten "
     "van de zoetwaterpilot kunnen worden meegenomen.",
     "Waterschap Scheldestromen", "gem. Sluis, ZLTO", "2027–2028", "Nog niet gestart"),
    ("B1 Gebiedsvisie Kanaalzone Terneuzen–Sas van Gent",
     "Ruimtelijke visie op wonen, werken en de haven langs het Kanaal Gent-Terneuzen, als basis voor het "
     "omgevingsplan.",
     "gemeente Terneuzen", "North Sea Port, prov. Zeeland", "Q4 2026", "Concept ter inzage"),
    ("B2 Warmtenet Terneuzen op restwarmte uit de Kanaalzone",
     "Aanleg van een warmtenet voor circa 2.000 woningen in Terneuzen-Noord. Start na afronding van B1.",
     "Provincie Zeeland", "gemeente Terneuzen, North Sea Port", "2027–2029", "Haalbaarheid afgerond 2025"),
    ("B3 Woningbouw Hulst-Zuid, fase 2",
     "Circa 180 woningen, waarvan 60 huurwoningen, aan de zuidrand van Hulst.",
     "gemeente Hulst", "Woongoed Zeeuws-Vlaanderen", "2026–2028", "Omgevingsplan gewijzigd 2025"),
    ("B4 Grensoverschrijdende snelbus Terneuzen–Gent",
     "Een rechtstreekse busverbinding met een kwartierdienst in de spits, samen met de Vlaamse vervoerder.",
     "Provincie Zeeland", "De Lijn, gemeente Terneuzen", "vanaf 2027", "Aanbesteding loopt"),
    ("B5 Herinrichting centrum Axel",
     "Vernieuwing van de Markt en de winkelstraten, met meer groen en minder verharding; gelijktijdig met A5.",
     "gemeente Terneuzen", "–", "uiterlijk 2028", "Vertraagd t.o.v. planning 2026"),
]


class PDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", size=8)
        self.cell(0, 6, f"Uitvoeringsagenda Zeeuws-Vlaanderen – pagina {self.page_no()}", align="C")


def build():
    pdf = PDF(format="A4", orientation="P")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 3, 2, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, "Uitvoeringsagenda Zeeuws-Vlaanderen 2026–2029", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", size=9.5)
    pdf.multi_cell(0, 5, (
        "De gemeenten Sluis, Terneuzen en Hulst, de provincie Zeeland en Waterschap Scheldestromen werken samen "
        "aan een veilig, vitaal en bereikbaar Zeeuws-Vlaanderen. Deel A bevat de acties voor water en natuur, "
        "deel B de acties voor wonen, werken en bereikbaarheid. De kolom Status geeft de stand van zaken op "
        "1 februari 2026."), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", size=8.5)
    pdf.set_draw_color(0)
    pdf.set_line_width(0.25)
    with pdf.table(col_widths=(58, 30, 35, 21, 34), text_align="LEFT", repeat_headings=1, line_height=4.6,
                   padding=1.6, headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220)),
                   markdown=True, borders_layout="ALL") as table:
        h = table.row()
        for s in ("Actie", "Trekker", "Partners", "Planning", "Status"):
            h.cell(s)
        for title, desc, lead, partners, plan, status in ROWS:
            r = table.row()
            r.cell(f"**{title}**\n{desc}")
            r.cell(lead)
            r.cell(partners)
            r.cell(plan)
            r.cell(status)
    pdf.ln(4)
    pdf.set_font("DejaVu", size=8)
    pdf.multi_cell(0, 4.2, (
        "RWS = Rijkswaterstaat; ZLTO = Zuidelijke Land- en Tuinbouworganisatie. "
        "Scheldestromen = Waterschap Scheldestromen."), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / FILE))


PRODUCER = ("fpdf2 2.8 table (make/doc_ruled.py), DejaVu Sans; full grid over two pages, header row repeated on page 2; "
            "the code begins the bold title in the Actie cell ('A1 ...'), with a description below it; a Status column "
            "beside Planning with values such as 'Vertraagd (was 2025)' and 'Ontwerp gereed 2025' that are not periods; "
            "dependencies written in the description ('Start na afronding van A3', 'gelijktijdig met A5')")

WSS = "Waterschap Scheldestromen"
PZ = "Provincie Zeeland"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
ACTIONS = [
    A("A1", "A1 Dijkversterking", "Dijkversterking Westerschelde Hoofdplaat–Breskens",
      [WSS], ["Rijkswaterstaat", "Gemeente Sluis"], 2026, 2029),
    A("A2", "A2 Zandsuppletie en", "Zandsuppletie en duinversterking Cadzand-Bad",
      ["Rijkswaterstaat"], [WSS, "Gemeente Sluis"], 2027, 2027),
    A("A3", "A3 Zoetwaterpilot kreekruggen", "Zoetwaterpilot kreekruggen Hulster Ambacht",
      [PZ], [ZLTO, WSS], 2026, 2027),
    A("A4", "A4 Bezoekerspoort Verdronken", "Bezoekerspoort Verdronken Land van Saeftinghe",
      ["Het Zeeuwse Landschap"], ["Gemeente Hulst"], 2028, 2028),
    A("A5", "A5 Waterberging kreken van", "Waterberging kreken van Sint Kruis en Eede",
      [WSS], ["Gemeente Sluis", ZLTO], 2027, 2028, [("starts_after", "A3")]),
    A("B1", "B1 Gebiedsvisie Kanaalzone", "Gebiedsvisie Kanaalzone Terneuzen–Sas van Gent",
      ["Gemeente Terneuzen"], ["North Sea Port", PZ], 2026, 2026),
    A("B2", "B2 Warmtenet Terneuzen op", "Warmtenet Terneuzen op restwarmte uit de Kanaalzone",
      [PZ], ["Gemeente Terneuzen", "North Sea Port"], 2027, 2029, [("starts_after", "B1")]),
    A("B3", "B3 Woningbouw Hulst-Zuid,", "Woningbouw Hulst-Zuid, fase 2",
      ["Gemeente Hulst"], ["Woongoed Zeeuws-Vlaanderen"], 2026, 2028),
    A("B4", "B4 Grensoverschrijdende", "Grensoverschrijdende snelbus Terneuzen–Gent",
      [PZ], ["De Lijn", "Gemeente Terneuzen"], 2027, None),
    A("B5", "B5 Herinrichting centrum Axel", "Herinrichting centrum Axel",
      ["Gemeente Terneuzen"], [], None, 2028, [("related", "A5")]),
]


def build_all():
    build()
    write_gold(DOC, FILE, "ruled-pdf", PRODUCER, ACTIONS)


if __name__ == "__main__":
    build_all()
