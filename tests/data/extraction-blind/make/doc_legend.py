"""No. 8, blind-legend.pdf (ruled-pdf).

fpdf2 full grid. The Trekker and Partners columns hold abbreviations only; a legend of abbreviations stands under
the table ("PNB = Provincie Noord-Brabant"). The Relatie column says "na afronding van 3", "gelijktijdig met 5",
"vereist 1".
"""
from datetime import datetime, timezone

from fpdf import FPDF

from gold import OUT, A, write_gold

NAME = "blind-legend"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

HEAD = ["Nr.", "Actie", "Trekker", "Partners", "Periode", "Relatie"]
W = [9, 78, 16, 27, 22, 28]  # mm, 180 in all

ROWS = [
    ("1", ["Grondwatermodel Noordoost-Brabant actualiseren", "met meetgegevens tot en met 2025"],
     "WAM", ["PNB, BW"], "2026", ["–"]),
    ("2", ["Zoekgebieden voor waterberging aanwijzen in", "het omgevingsplan van 's-Hertogenbosch"],
     "GDB", ["WAM"], "2026–2027", ["vereist 1"]),
    ("3", ["Stuwen plaatsen en peil verhogen in de", "bovenloop van de Leijgraaf"],
     "WAM", ["ZLTO, MH"], "2026–2028", ["–"]),
    ("4", ["Regels voor beregening en grondwater-", "onttrekkingen provinciebreed harmoniseren"],
     "PNB", ["ODBN, WAM"], "Q1 2027", ["na afronding", "van 1"]),
    ("5", ["Natuurvriendelijke oevers en een nevengeul", "langs de Maas bij Lith aanleggen"],
     "RWS", ["OSS, BMF"], "2027–2029", ["–"]),
    ("6", ["Waterbesparing bij bedrijven op de terreinen", "De Geer en Elzenburg stimuleren"],
     "OSS", ["BW, ODBN"], "2026 e.v.", ["–"]),
    ("7", ["Centrum van Uden klimaatadaptief inrichten"],
     "MH", ["WAM"], "2027", ["na afronding", "van 3"]),
    ("8", ["Dijkversterking Maas tussen Ravenstein en", "Lith voorbereiden en uitvoeren"],
     "WAM", ["RWS, OSS"], "2026–2029", ["gelijktijdig", "met 5"]),
    ("9", ["Bodemkwaliteitskaart en achtergrondwaarden", "PFAS vaststellen en bijhouden"],
     "ODBN", ["GDB, OSS, MH"], "doorlopend", ["–"]),
    ("10", ["Stedelijk waterplan 's-Hertogenbosch herzien"],
     "GDB", ["WAM, BW"], "2028", ["na afronding", "van 2"]),
]

LEGEND = [
    ("BMF = Brabantse Milieufederatie", "ODBN = Omgevingsdienst Brabant Noord"),
    ("BW = Brabant Water", "OSS = gemeente Oss"),
    ("GDB = gemeente 's-Hertogenbosch", "PNB = Provincie Noord-Brabant"),
    ("MH = gemeente Maashorst", "RWS = Rijkswaterstaat"),
    ("WAM = Waterschap Aa en Maas", "ZLTO = Zuidelijke Land- en Tuinbouworganisatie"),
]

LINE = 4.6


def build():
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2026, 4, 1, tzinfo=timezone.utc))  # byte-stable output
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_title("Uitvoeringsagenda Water en Bodem Noordoost-Brabant 2026-2029")
    pdf.set_author("Provincie Noord-Brabant")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Uitvoeringsagenda Water en Bodem Noordoost-Brabant 2026–2029", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(180, 4.6,
                   "Deze agenda is opgesteld door de partners in het Gebiedsoverleg Water en Bodem Noordoost-Brabant. "
                   "De tabel geeft per actie de trekker, de partners, de periode en de samenhang met andere acties. "
                   "De afkortingen staan onder de tabel.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Tabel 3.1 Acties", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def row(cells, bold=False):
        lines = max(len(c) for c in cells)
        h = lines * LINE + 2
        x0, y0 = pdf.l_margin, pdf.get_y()
        x = x0
        pdf.set_font("DejaVu", "B" if bold else "", 8)
        for w, c in zip(W, cells):
            pdf.rect(x, y0, w, h)
            for i, text in enumerate(c):
                assert pdf.get_string_width(text) <= w - 2, text
                pdf.set_xy(x + 1, y0 + 1 + i * LINE)
                pdf.cell(w - 2, LINE, text)
            x += w
        pdf.set_xy(x0, y0 + h)

    row([[h] for h in HEAD], bold=True)
    for code, actie, trekker, partners, periode, rel in ROWS:
        row([[code], actie, [trekker], partners, [periode], rel])
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 8)
    pdf.cell(0, 4.5, "Afkortingen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    for left, right in LEGEND:
        pdf.cell(70, 4.2, left)
        pdf.cell(110, 4.2, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(180, 4.6,
                   "De trekker zorgt voor de voortgangsrapportage aan het gebiedsoverleg. Acties met de periode "
                   "'doorlopend' hebben geen einddatum en worden bij de herijking in 2028 opnieuw bekeken.",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-15)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.cell(0, 5, "Uitvoeringsagenda Water en Bodem Noordoost-Brabant 2026–2029 | 14", align="R")
    out = OUT / f"{NAME}.pdf"
    pdf.output(str(out))
    return out


PNB, WAM, RWS = "Provincie Noord-Brabant", "Waterschap Aa en Maas", "Rijkswaterstaat"
GDB, OSS, MH = "Gemeente 's-Hertogenbosch", "Gemeente Oss", "Gemeente Maashorst"
BW, ODBN, BMF = "Brabant Water", "Omgevingsdienst Brabant Noord", "Brabantse Milieufederatie"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"

GOLD = [
    A("1", "Grondwatermodel Noordoost-Brabant actualiseren", "Grondwatermodel Noordoost-Brabant actualiseren",
      [WAM], [PNB, BW], 2026, 2026),
    A("2", "Zoekgebieden voor waterberging aanwijzen in", "Zoekgebieden waterberging in omgevingsplan",
      [GDB], [WAM], 2026, 2027, [("depends", "1")]),
    A("3", "Stuwen plaatsen en peil verhogen in de", "Stuwen en peilverhoging bovenloop Leijgraaf",
      [WAM], [ZLTO, MH], 2026, 2028),
    A("4", "Regels voor beregening en grondwater-", "Regels beregening en grondwateronttrekkingen harmoniseren",
      [PNB], [ODBN, WAM], 2027, 2027, [("starts_after", "1")]),
    A("5", "Natuurvriendelijke oevers en een nevengeul", "Natuurvriendelijke oevers en nevengeul Maas bij Lith",
      [RWS], [OSS, BMF], 2027, 2029),
    A("6", "Waterbesparing bij bedrijven op de terreinen", "Waterbesparing bij bedrijven De Geer en Elzenburg",
      [OSS], [BW, ODBN], 2026, None),
    A("7", "Centrum van Uden klimaatadaptief inrichten", "Centrum van Uden klimaatadaptief inrichten",
      [MH], [WAM], 2027, 2027, [("starts_after", "3")]),
    A("8", "Dijkversterking Maas tussen Ravenstein en", "Dijkversterking Maas Ravenstein–Lith",
      [WAM], [RWS, OSS], 2026, 2029, [("related", "5")]),
    A("9", "Bodemkwaliteitskaart en achtergrondwaarden", "Bodemkwaliteitskaart en achtergrondwaarden PFAS",
      [ODBN], [GDB, OSS, MH], None, None),
    A("10", "Stedelijk waterplan 's-Hertogenbosch herzien", "Stedelijk waterplan 's-Hertogenbosch herzien",
      [GDB], [WAM, BW], 2028, 2028, [("starts_after", "2")]),
]


def gold():
    write_gold(NAME, f"{NAME}.pdf", "ruled-pdf",
               "fpdf2 2.8 (make/doc_legend.py), DejaVu Sans; full grid; Trekker and Partners as abbreviations "
               "only, legend of abbreviations under the table; Relatie 'na afronding van 3' / 'gelijktijdig met 5'",
               GOLD)
