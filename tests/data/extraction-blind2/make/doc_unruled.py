"""b2-tabel-achterhoek.pdf: a Word table without any lines and without a code column, through LibreOffice.

Columns "Project | Verantwoordelijke partij | Samen met | Gereed". Narrow columns make cells wrap to 2-3 lines.
"""
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from common import A, OUT, write_gold
from lo import docx_to_pdf

DOC = "b2-tabel-achterhoek"
FILE = DOC + ".pdf"

ROWS = [
    ("Herinrichting beekdal Slinge ten zuiden van Winterswijk", "Waterschap Rijn en IJssel",
     "gemeente Winterswijk, Geldersch Landschap & Kasteelen", "2028"),
    ("Zoekgebieden windenergie vastleggen in het omgevingsplan", "Gemeente Oost Gelre",
     "provincie Gelderland, Liander", "eind 2026"),
    ("Energiehub bedrijventerrein Laarberg in Groenlo", "Liander",
     "gemeente Oost Gelre", "Q2 2028"),
    ("Stuwen automatiseren in de Baakse Beek en de Veengoot", "Waterschap Rijn en IJssel",
     "agrariërs in het stroomgebied", "2027"),
    ("Aanpak leegstand binnenstad Doetinchem", "Gemeente Doetinchem", "–", "doorlopend"),
    ("Flexwoningen voor starters en spoedzoekers in Borculo en Eibergen", "Gemeente Berkelland",
     "ProWonen, provincie Gelderland", "2026"),
    ("Herziening beschermingszone drinkwaterwinning Haarlo", "Vitens",
     "provincie Gelderland, Waterschap Rijn en IJssel", "medio 2027"),
]


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    d.add_heading("Uitvoeringsagenda Klimaat en Energie Achterhoek 2026–2028", level=1)
    d.add_paragraph(
        "De Achterhoekse gemeenten, Waterschap Rijn en IJssel en de provincie Gelderland hebben in de Achterhoek "
        "Board afgesproken de projecten hieronder met voorrang uit te voeren. De tabel geeft per project de partij "
        "die ervoor verantwoordelijk is, met wie zij samenwerkt en wanneer het project gereed moet zijn.")
    t = d.add_table(rows=1, cols=4)
    no_borders(t)
    widths = [Cm(5.6), Cm(3.6), Cm(4.4), Cm(2.4)]
    hdr = ["Project", "Verantwoordelijke partij", "Samen met", "Gereed"]
    for i, s in enumerate(hdr):
        cell = t.rows[0].cells[i]
        cell.width = widths[i]
        r = cell.paragraphs[0].add_run(s)
        r.bold = True
    for row in ROWS:
        cells = t.add_row().cells
        for i, s in enumerate(row):
            cells[i].width = widths[i]
            cells[i].paragraphs[0].add_run(s)
            cells[i].paragraphs[0].paragraph_format.space_after = Pt(6)
    d.add_paragraph()
    d.add_paragraph(
        "De voortgang wordt twee keer per jaar besproken in de Achterhoek Board. Projecten die eerder gereed zijn, "
        "worden in de eerstvolgende rapportage afgemeld.")
    p = OUT / (DOC + ".docx")
    d.save(p)
    docx_to_pdf(p)


PRODUCER = ("python-docx → LibreOffice (make/doc_unruled.py); a Word table with no borders at all and no code column; "
            "columns Project / Verantwoordelijke partij / Samen met / Gereed; narrow columns so cells wrap to 2-3 lines; "
            "one 'Samen met' cell is '–', one names only 'agrariërs'; Gereed is a deadline")

WRIJ = "Waterschap Rijn en IJssel"
GLD = "Provincie Gelderland"
ACTIONS = [
    A("", "Herinrichting beekdal Slinge", "Herinrichting beekdal Slinge ten zuiden van Winterswijk",
      [WRIJ], ["Gemeente Winterswijk", "Geldersch Landschap & Kasteelen"], None, 2028),
    A("", "Zoekgebieden windenergie vastleggen", "Zoekgebieden windenergie vastleggen in het omgevingsplan",
      ["Gemeente Oost Gelre"], [GLD, "Liander"], None, 2026),
    A("", "Energiehub bedrijventerrein Laarberg", "Energiehub bedrijventerrein Laarberg in Groenlo",
      ["Liander"], ["Gemeente Oost Gelre"], None, 2028),
    A("", "Stuwen automatiseren in de Baakse", "Stuwen automatiseren in de Baakse Beek en de Veengoot",
      [WRIJ], [], None, 2027),
    A("", "Aanpak leegstand binnenstad", "Aanpak leegstand binnenstad Doetinchem",
      ["Gemeente Doetinchem"], [], None, None),
    A("", "Flexwoningen voor starters en", "Flexwoningen voor starters en spoedzoekers in Borculo en Eibergen",
      ["Gemeente Berkelland"], ["ProWonen", GLD], None, 2026),
    A("", "Herziening beschermingszone", "Herziening beschermingszone drinkwaterwinning Haarlo",
      ["Vitens"], [GLD, WRIJ], None, 2027),
]


def build_all():
    build()
    write_gold(DOC, FILE, "unruled-pdf", PRODUCER, ACTIONS)


if __name__ == "__main__":
    build_all()
