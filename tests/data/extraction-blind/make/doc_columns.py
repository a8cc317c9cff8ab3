"""No. 1, blind-columns.pdf (column-pdf).

A table without any ruling lines, drawn with reportlab so that the content stream writes the cells column by
column (the header row, then every "Nr." cell, then every "Wie" cell, every "Wanneer" cell, every "Wat" cell),
the way InDesign exports often do. pypdf's plain extract_text then gives the columns one after the other.
Who-cells "X i.s.m. Y" broken over two lines; when-cells spanning two lines ("Q2 2026 –" / "Q4 2027").
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from gold import OUT, A, write_gold

NAME = "blind-columns"
FONT, BOLD, SIZE, LEAD = "Helvetica", "Helvetica-Bold", 9, 11.5

# x, width of the columns Nr. / Wie / Wanneer / Wat
COLS = [(50, 22), (74, 150), (228, 72), (304, 241)]
HEAD = ["Nr.", "Wie", "Wanneer", "Wat"]

ROWS = [
    ("1", ["Regio Hart van Brabant"], ["2026"],
     ["Regionale klimaatatlas actualiseren met de nieuwe",
      "neerslagstatistieken en delen met alle acht gemeenten"]),
    ("2", ["Gemeente Tilburg i.s.m.", "Waterschap De Dommel"], ["Q2 2026 –", "Q4 2027"],
     ["Hemelwater afkoppelen in de wijken Groenewoud en",
      "Korvel; wacht op de uitkomst van 1"]),
    ("3", ["Gemeenten Goirle en", "Hilvarenbeek"], ["2027"],
     ["Waterberging in de beekdalen van de Leij en de Reusel",
      "verkennen, samen met grondeigenaren en agrariërs"]),
    ("4", ["Waterschap Brabantse Delta i.s.m.", "gemeenten Dongen en", "Gilze en Rijen"], ["uiterlijk", "eind 2027"],
     ["Hoogwaterknelpunten langs de Donge oplossen door",
      "kades te verhogen en een noodoverlaat aan te leggen"]),
    ("5", ["Brabant Water i.s.m. ZLTO"], ["2026–2028"],
     ["Proef met minder beregening uit grondwater rond",
      "pompstation Gilzerbaan; resultaten delen met de regio"]),
    ("6", ["GGD Hart voor Brabant i.s.m.", "gemeente Tilburg"], ["vóór de zomer", "van 2026"],
     ["Hitteplan voor kwetsbare ouderen opstellen en koele",
      "plekken in de binnenstad aanwijzen"]),
    ("7", ["Gemeente Waalwijk"], ["2027–2029"],
     ["Groenblauwe herinrichting van de Grotestraat en het",
      "Raadhuisplein; start na afronding van 1"]),
    ("8", ["Provincie Noord-Brabant i.s.m.", "Regio Hart van Brabant"], ["doorlopend"],
     ["Subsidieregeling klimaatadaptatie voor particulieren",
      "en bedrijven openstellen en jaarlijks bijstellen"]),
    ("9", ["Gemeente Oisterwijk"], ["2028"],
     ["Schoolpleinen in alle kernen vergroenen, samen met",
      "de schoolbesturen; gelijktijdig met 6"]),
    ("10", ["Gemeente Loon op Zand i.s.m.", "Enexis"], ["2027–2028"],
     ["Kwetsbaarheid van het elektriciteitsnet bij",
      "wateroverlast in Kaatsheuvel in kaart brengen"]),
]

INTRO = [
    "De acht gemeenten in Hart van Brabant, de waterschappen, de provincie en hun partners werken samen",
    "aan een regio die in 2050 klimaatbestendig is ingericht. Dit uitvoeringsprogramma bundelt de acties",
    "voor de periode 2026–2029. Per actie staat aangegeven wie trekt, wanneer de actie loopt en wat er",
    "wordt gedaan. De voortgang wordt jaarlijks besproken in het Portefeuillehoudersoverleg Ruimte.",
]


def build():
    path = OUT / f"{NAME}.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle("Uitvoeringsprogramma Klimaatadaptatie Hart van Brabant 2026-2029")
    c.setAuthor("Regio Hart van Brabant")
    w, h = A4
    y = h - 70
    c.setFont(BOLD, 15)
    c.drawString(50, y, "Uitvoeringsprogramma Klimaatadaptatie Hart van Brabant")
    y -= 18
    c.setFont(FONT, 11)
    c.drawString(50, y, "2026–2029 · Bijlage 1: Acties")
    y -= 26
    c.setFont(FONT, SIZE)
    for line in INTRO:
        c.drawString(50, y, line)
        y -= LEAD
    y -= 16

    # row heights from the tallest cell
    top = y
    heights = [max(len(r[1]), len(r[2]), len(r[3])) * LEAD + 7 for r in ROWS]
    c.setFont(BOLD, SIZE)
    for (x, _), head in zip(COLS, HEAD):
        c.drawString(x, top, head)
    first = top - LEAD - 8
    for col in range(4):
        c.setFont(FONT, SIZE)
        ry = first
        for row, rh in zip(ROWS, heights):
            lines = [row[0]] if col == 0 else row[col]
            x, width = COLS[col]
            for i, line in enumerate(lines):
                assert stringWidth(line, FONT, SIZE) <= width, line
                c.drawString(x, ry - i * LEAD, line)
            ry -= rh
    c.setFont(FONT, 7.5)
    c.drawString(50, 40, "Uitvoeringsprogramma Klimaatadaptatie Hart van Brabant 2026–2029")
    c.drawRightString(w - 50, 40, "11")
    c.showPage()
    c.save()
    return path


GOLD = [
    A("1", "Regionale klimaatatlas actualiseren met de nieuwe", "Regionale klimaatatlas actualiseren",
      ["Regio Hart van Brabant"], [], 2026, 2026),
    A("2", "Hemelwater afkoppelen in de wijken Groenewoud en", "Hemelwater afkoppelen in Groenewoud en Korvel",
      ["Gemeente Tilburg"], ["Waterschap De Dommel"], 2026, 2027, [("depends", "1")]),
    A("3", "Waterberging in de beekdalen van de Leij en de Reusel", "Waterberging beekdalen Leij en Reusel verkennen",
      ["Gemeente Goirle", "Gemeente Hilvarenbeek"], [], 2027, 2027),
    A("4", "Hoogwaterknelpunten langs de Donge oplossen door", "Hoogwaterknelpunten langs de Donge oplossen",
      ["Waterschap Brabantse Delta"], ["Gemeente Dongen", "Gemeente Gilze en Rijen"], None, 2027),
    A("5", "Proef met minder beregening uit grondwater rond", "Proef minder beregening rond pompstation Gilzerbaan",
      ["Brabant Water"], ["Zuidelijke Land- en Tuinbouworganisatie"], 2026, 2028),
    A("6", "Hitteplan voor kwetsbare ouderen opstellen en koele", "Hitteplan voor kwetsbare ouderen",
      ["GGD Hart voor Brabant"], ["Gemeente Tilburg"], None, 2026),
    A("7", "Groenblauwe herinrichting van de Grotestraat en het", "Groenblauwe herinrichting Grotestraat en Raadhuisplein",
      ["Gemeente Waalwijk"], [], 2027, 2029, [("starts_after", "1")]),
    A("8", "Subsidieregeling klimaatadaptatie voor particulieren", "Subsidieregeling klimaatadaptatie openstellen",
      ["Provincie Noord-Brabant"], ["Regio Hart van Brabant"], None, None),
    A("9", "Schoolpleinen in alle kernen vergroenen, samen met", "Schoolpleinen vergroenen",
      ["Gemeente Oisterwijk"], [], 2028, 2028, [("related", "6")]),
    A("10", "Kwetsbaarheid van het elektriciteitsnet bij", "Kwetsbaarheid elektriciteitsnet bij wateroverlast Kaatsheuvel",
      ["Gemeente Loon op Zand"], ["Enexis Netbeheer"], 2027, 2028),
]


def gold():
    write_gold(NAME, f"{NAME}.pdf", "column-pdf",
               "reportlab 5.1 canvas (make/doc_columns.py), Helvetica; no ruling lines; content stream writes the "
               "table column by column (Nr., then Wie, then Wanneer, then Wat), as InDesign exports do",
               GOLD)
