"""b2-kolommen-flevoland.pdf: a table without lines, drawn column by column (reportlab canvas).

The header row "Nr. | Maatregel | Trekker | Partners | Planning" is drawn first, on one line at the top. Then the
content stream holds every Nr. cell, then every Maatregel cell, every Trekker, every Partners and every Planning
cell, as an InDesign export does, so a text extractor reads the table one column after another.
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from common import A, OUT, write_gold

DOC = "b2-kolommen-flevoland"
FILE = DOC + ".pdf"

# (nr, maatregel lines, trekker lines, partners lines, planning lines)
ROWS = [
    ("1", ["Peilbesluit Noordoostpolder actualiseren,", "met aandacht voor bodemdaling"],
     ["Waterschap", "Zuiderzeeland"], ["Gem. Noordoostpolder,", "LTO Noord"], ["2026–2027"]),
    ("2", ["Monitoring bodemdaling en verzilting in", "de Noordoostpolder en Oostelijk Flevoland"],
     ["Prov. Flevoland"], ["Zuiderzeeland"], ["doorlopend"]),
    ("3", ["Proef met ondergrondse zoetwateropslag", "bij Dronten (zoetwaterbuffer)"],
     ["Vitens"], ["Zuiderzeeland,", "Prov. Flevoland"], ["Q3 2026 –", "Q2 2028"]),
    ("4", ["Herstel rietmoeras Oostvaardersplassen,", "compartiment Oost"],
     ["SBB"], [], ["2027"]),
    ("5", ["Marker Wadden: aanleg eilanden fase 3"],
     ["Natuurmonumenten"], ["RWS"], ["vanaf 2027"]),
    ("6", ["Klimaatadaptieve inrichting Almere Pampus,", "eerste woonwijk", "(hemelwater volledig bovengronds)"],
     ["Gem. Almere"], ["Zuiderzeeland"], ["2026–2029"]),
    ("7", ["Geluidsmonitoring woonkernen rond", "Lelystad Airport"],
     ["Gem. Lelystad"], ["OFGV,", "Prov. Flevoland"], ["2026"]),
    ("8", ["Beregeningsregels herzien op basis van", "de uitkomsten van maatregel 2"],
     ["Zuiderzeeland"], ["LTO Noord,", "Gem. Dronten"], ["uiterlijk 2028"]),
]

X = {"nr": 42, "maatregel": 70, "trekker": 292, "partners": 392, "planning": 498}
LINE = 12.5


def build():
    c = canvas.Canvas(str(OUT / FILE), pagesize=A4, invariant=1)
    c.setTitle("Uitvoeringsprogramma Bodem en Water Flevoland 2026-2029")
    w, h = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(42, h - 60, "Uitvoeringsprogramma Bodem en Water Flevoland 2026–2029")
    c.setFont("Helvetica", 9.5)
    intro = [
        "Provincie Flevoland, Waterschap Zuiderzeeland en de Flevolandse gemeenten werken samen aan een bodem- en",
        "watersysteem dat de jonge polders ook in 2050 draagt. Hieronder staan de maatregelen voor de komende jaren.",
    ]
    for i, s in enumerate(intro):
        c.drawString(42, h - 84 - i * 13, s)
    top = h - 130
    # header row, drawn first, on one line
    c.setFont("Helvetica-Bold", 9.5)
    for key, label in [("nr", "Nr."), ("maatregel", "Maatregel"), ("trekker", "Trekker"),
                       ("partners", "Partners"), ("planning", "Planning")]:
        c.drawString(X[key], top, label)
    # row tops
    ys, y = [], top - 22
    for r in ROWS:
        ys.append(y)
        n = max(len(r[1]), len(r[2]), len(r[3]) or 1, len(r[4]))
        y -= n * LINE + 11
    c.setFont("Helvetica", 9.5)
    for col, key in [(0, "nr"), (1, "maatregel"), (2, "trekker"), (3, "partners"), (4, "planning")]:
        for r, y0 in zip(ROWS, ys):
            cell = r[col]
            lines = [cell] if isinstance(cell, str) else cell
            for j, s in enumerate(lines):
                c.drawString(X[key], y0 - j * LINE, s)
    c.setFont("Helvetica", 8)
    notes = [
        "Afkortingen: LTO = Land- en Tuinbouworganisatie; OFGV = Omgevingsdienst Flevoland & Gooi en Vechtstreek;",
        "RWS = Rijkswaterstaat; SBB = Staatsbosbeheer.",
    ]
    for i, s in enumerate(notes):
        c.drawString(42, y - 10 - i * 11, s)
    c.showPage()
    c.save()


PRODUCER = ("reportlab 5 canvas, invariant (make/doc_columnpdf.py); no ruling lines; header row on one line at the top, "
            "then the content stream writes the table column by column (all Nr., all Maatregel, all Trekker, all Partners, "
            "all Planning); partner cells with two names on two lines, one empty partner cell; abbreviations "
            "(Prov., Gem., SBB, RWS, OFGV, bare 'Zuiderzeeland') explained in a note under the table")

ZZL = "Waterschap Zuiderzeeland"
PF = "Provincie Flevoland"
ACTIONS = [
    A("1", "Peilbesluit Noordoostpolder actualiseren,", "Peilbesluit Noordoostpolder actualiseren",
      [ZZL], ["Gemeente Noordoostpolder", "LTO Noord"], 2026, 2027),
    A("2", "Monitoring bodemdaling en verzilting in", "Monitoring bodemdaling en verzilting",
      [PF], [ZZL], None, None),
    A("3", "Proef met ondergrondse zoetwateropslag", "Proef ondergrondse zoetwateropslag bij Dronten",
      ["Vitens"], [ZZL, PF], 2026, 2028),
    A("4", "Herstel rietmoeras Oostvaardersplassen,", "Herstel rietmoeras Oostvaardersplassen",
      ["Staatsbosbeheer"], [], 2027, 2027),
    A("5", "Marker Wadden: aanleg eilanden fase 3", "Marker Wadden: aanleg eilanden fase 3",
      ["Natuurmonumenten"], ["Rijkswaterstaat"], 2027, None),
    A("6", "Klimaatadaptieve inrichting Almere Pampus,", "Klimaatadaptieve inrichting Almere Pampus",
      ["Gemeente Almere"], [ZZL], 2026, 2029),
    A("7", "Geluidsmonitoring woonkernen rond", "Geluidsmonitoring rond Lelystad Airport",
      ["Gemeente Lelystad"], ["Omgevingsdienst Flevoland & Gooi en Vechtstreek", PF], 2026, 2026),
    A("8", "Beregeningsregels herzien op basis van", "Beregeningsregels herzien",
      [ZZL], ["LTO Noord", "Gemeente Dronten"], None, 2028, [("depends", "2")]),
]


def build_all():
    build()
    write_gold(DOC, FILE, "column-pdf", PRODUCER, ACTIONS)


if __name__ == "__main__":
    build_all()
