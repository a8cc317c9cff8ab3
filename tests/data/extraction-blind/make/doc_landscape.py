"""No. 2, blind-landscape.pdf (libreoffice-pdf).

python-docx writes a landscape A4 document; LibreOffice converts it. The table has six columns
"Maatregel | Trekker | Betrokken partijen | Start | Gereed | Relatie met", runs over two pages and its header row
is repeated on the second page (w:tblHeader). There is no code column: the code sits at the start of the
bold first paragraph of the "Maatregel" cell ("1.3 Peilbesluiten ..."), a description follows as a second
paragraph. Start "lopend" / "–"; "Relatie met" holds "na 1.1 en 1.2", "voorwaarde: 2.2" or plain codes.
"""
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from gold import OUT, A, write_gold

NAME = "blind-landscape"
HEAD = ["Maatregel", "Trekker", "Betrokken partijen", "Start", "Gereed", "Relatie met"]

# (code, title, description, trekker, betrokken, start, gereed, relatie)
ROWS = [
    ("1.1", "Gebiedsproces veenweide Greidhoeke",
     "Met grondeigenaren en agrariërs een gebiedsplan opstellen voor peilverhoging, extensivering en "
     "verplaatsing van huiskavels in de Greidhoeke.",
     "Provincie Fryslân", "Wetterskip, LTO Noord, gemeente Waadhoeke", "2026", "2028", "–"),
    ("1.2", "Gebiedsproces Lege Midden",
     "Zelfde aanpak als in 1.1 voor het Lege Midden, met extra aandacht voor de natuurgebieden en de recreatie "
     "rond de meren.",
     "Provincie Fryslân", "Wetterskip, gemeenten De Fryske Marren en Súdwest-Fryslân, It Fryske Gea",
     "Q3 2026", "2029", "1.1"),
    ("1.3", "Peilbesluiten veenweide herzien",
     "De peilbesluiten voor de veenweidepolders herzien op basis van de gebiedsplannen; het nieuwe "
     "slootpeil volgt de afspraken uit de gebiedsprocessen.",
     "Wetterskip Fryslân", "Provincie", "2027", "2030", "na 1.1 en 1.2"),
    ("1.4", "Proeven met onderwaterdrainage uitbreiden",
     "De lopende proeven met onderwater- en drukdrainage uitbreiden naar dertig bedrijven en de resultaten "
     "vergelijken met de referentiepercelen.",
     "LTO Noord", "Wetterskip, Van Hall Larenstein", "lopend", "2027", "–"),
    ("2.1", "Kennisprogramma bodemdaling",
     "Een meerjarig kennisprogramma naar CO2-uitstoot, nutriënten en draagkracht van natte veengronden, met "
     "studenten en praktijkonderzoekers.",
     "Van Hall Larenstein", "WUR, Wetterskip", "2026", "2029", "–"),
    ("2.2", "Meetnet bodemdaling",
     "Een provinciedekkend meetnet van satellietmetingen en peilbuizen opzetten en de gegevens openbaar "
     "beschikbaar maken.",
     "Wetterskip Fryslân", "Provincie Fryslân, Vitens", "2026", "–", "2.1"),
    ("2.3", "Funderingsloket voor woningeigenaren",
     "Een gezamenlijk loket waar eigenaren van woningen op houten palen of op staal advies krijgen over "
     "funderingsonderzoek en herstel.",
     "Gemeente Leeuwarden", "gemeenten Smallingerland en Heerenveen", "Q1 2027", "2027", "voorwaarde: 2.2"),
    ("2.4", "Natte teelten op praktijkschaal",
     "Lisdodde, veenmos en andere natte teelten op minimaal 150 hectare beproeven, inclusief afzet van de "
     "oogst in de bouw.",
     "Provincie Fryslân", "LTO Noord, Staatsbosbeheer", "2027", "2030", "1.4"),
    ("3.1", "Natuurherstel Alde Feanen",
     "Herstel van trilvenen en veenmosrietlanden in het Nationaal Park Alde Feanen en een robuuste "
     "waterhuishouding voor het park.",
     "It Fryske Gea", "Provincie, Wetterskip", "2026", "2028", "–"),
    ("3.2", "Grondbank veenweide",
     "Een grondbank om ruilgrond te verwerven voor agrariërs die hun bedrijf willen verplaatsen of "
     "extensiveren.",
     "Provincie Fryslân", "gemeenten De Fryske Marren en Súdwest-Fryslân, LTO Noord", "–", "eind 2026",
     "1.1, 1.2"),
    ("3.3", "Bewonersparticipatie en communicatie",
     "Dorpsavonden, een veenweidekrant en een digitaal platform waarop bewoners meedenken over de "
     "gebiedsplannen.",
     "Friese Milieu Federatie", "Provincie", "2026", "2030", "–"),
    ("3.4", "Evaluatie en bijstelling van de agenda",
     "Tussentijdse evaluatie van de agenda; uitkomsten en een voorstel voor bijstelling gaan naar "
     "Provinciale Staten en het algemeen bestuur van het Wetterskip.",
     "Provincie Fryslân", "Wetterskip Fryslân", "2028", "2028", "1.3, 2.1"),
]

INTRO = [
    "De bodem in de Friese veenweidegebieden daalt met gemiddeld een centimeter per jaar. Dat leidt tot "
    "uitstoot van broeikasgassen, schade aan wegen, kaden en funderingen en steeds hogere kosten voor het "
    "waterbeheer. Provincie en Wetterskip hebben met gemeenten, landbouw en natuurorganisaties afgesproken "
    "de daling de komende jaren af te remmen.",
    "In deze uitvoeringsagenda staan de maatregelen die de partners in de periode 2026–2030 nemen. Per "
    "maatregel is aangegeven wie de trekker is, welke partijen betrokken zijn, wanneer de maatregel start en "
    "gereed is, en met welke andere maatregelen hij samenhangt. Maatregelen zonder einddatum lopen door tot "
    "de evaluatie in 2028.",
    "De tabel volgt de drie sporen van het veenweideprogramma: gebiedsprocessen (1), kennis en monitoring (2) "
    "en natuur, grond en participatie (3).",
]


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def _cell(cell, text, bold=False):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(9.5)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.footer.paragraphs[0].text = "Uitvoeringsagenda Veenweide Fryslân 2026–2030"

    h = doc.add_paragraph()
    r = h.add_run("Uitvoeringsagenda Veenweide Fryslân 2026–2030")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Provincie Fryslân en Wetterskip Fryslân, vastgesteld maart 2026").runs[0].italic = True
    h2 = doc.add_paragraph()
    r = h2.add_run("1. Inleiding")
    r.bold = True
    r.font.size = Pt(12)
    for para in INTRO:
        doc.add_paragraph(para)
    h3 = doc.add_paragraph()
    r = h3.add_run("2. Maatregelen")
    r.bold = True
    r.font.size = Pt(12)

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.autofit = False
    widths = [Cm(10.2), Cm(3.6), Cm(5.2), Cm(1.9), Cm(2.0), Cm(2.8)]
    for cell, head, w in zip(t.rows[0].cells, HEAD, widths):
        _cell(cell, head, bold=True)
        cell.width = w
    _repeat_header(t.rows[0])
    for code, title, desc, trekker, betrokken, start, gereed, rel in ROWS:
        row = t.add_row()
        _cant_split(row)
        c = row.cells
        _cell(c[0], f"{code} {title}", bold=True)
        p = c[0].add_paragraph()
        rr = p.add_run(desc)
        rr.font.size = Pt(9.5)
        for cell, text in zip(c[1:], [trekker, betrokken, start, gereed, rel]):
            _cell(cell, text)
        for cell, w in zip(c, widths):
            cell.width = w
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    doc.add_paragraph()
    doc.add_paragraph("Bij elke maatregel wordt jaarlijks in de voortgangsrapportage aangegeven of de planning "
                      "wordt gehaald. Wijzigingen in trekkerschap worden voorgelegd aan de stuurgroep.")

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{NAME}.docx"
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True)
        out = OUT / f"{NAME}.pdf"
        out.write_bytes((Path(tmp) / f"{NAME}.pdf").read_bytes())
    return out


GOLD = [
    A("1.1", "Gebiedsproces veenweide Greidhoeke", "Gebiedsproces veenweide Greidhoeke",
      ["Provincie Fryslân"], ["Wetterskip Fryslân", "LTO Noord", "Gemeente Waadhoeke"], 2026, 2028),
    A("1.2", "Gebiedsproces Lege Midden", "Gebiedsproces Lege Midden",
      ["Provincie Fryslân"],
      ["Wetterskip Fryslân", "Gemeente De Fryske Marren", "Gemeente Súdwest-Fryslân", "It Fryske Gea"],
      2026, 2029, [("related", "1.1")]),
    A("1.3", "Peilbesluiten veenweide herzien", "Peilbesluiten veenweide herzien",
      ["Wetterskip Fryslân"], ["Provincie Fryslân"], 2027, 2030,
      [("starts_after", "1.1"), ("starts_after", "1.2")]),
    A("1.4", "Proeven met onderwaterdrainage uitbreiden", "Proeven met onderwaterdrainage uitbreiden",
      ["LTO Noord"], ["Wetterskip Fryslân", "Van Hall Larenstein"], None, 2027),
    A("2.1", "Kennisprogramma bodemdaling", "Kennisprogramma bodemdaling",
      ["Van Hall Larenstein"], ["Wageningen University & Research", "Wetterskip Fryslân"], 2026, 2029),
    A("2.2", "Meetnet bodemdaling", "Meetnet bodemdaling",
      ["Wetterskip Fryslân"], ["Provincie Fryslân", "Vitens"], 2026, None, [("related", "2.1")]),
    A("2.3", "Funderingsloket voor woningeigenaren", "Funderingsloket voor woningeigenaren",
      ["Gemeente Leeuwarden"], ["Gemeente Smallingerland", "Gemeente Heerenveen"], 2027, 2027,
      [("depends", "2.2")]),
    A("2.4", "Natte teelten op praktijkschaal", "Natte teelten op praktijkschaal",
      ["Provincie Fryslân"], ["LTO Noord", "Staatsbosbeheer"], 2027, 2030, [("related", "1.4")]),
    A("3.1", "Natuurherstel Alde Feanen", "Natuurherstel Alde Feanen",
      ["It Fryske Gea"], ["Provincie Fryslân", "Wetterskip Fryslân"], 2026, 2028),
    A("3.2", "Grondbank veenweide", "Grondbank veenweide",
      ["Provincie Fryslân"], ["Gemeente De Fryske Marren", "Gemeente Súdwest-Fryslân", "LTO Noord"], None, 2026,
      [("related", "1.1"), ("related", "1.2")]),
    A("3.3", "Bewonersparticipatie en communicatie", "Bewonersparticipatie en communicatie",
      ["Friese Milieu Federatie"], ["Provincie Fryslân"], 2026, 2030),
    A("3.4", "Evaluatie en bijstelling van de agenda", "Evaluatie en bijstelling van de agenda",
      ["Provincie Fryslân"], ["Wetterskip Fryslân"], 2028, 2028, [("related", "1.3"), ("related", "2.1")]),
]


def gold():
    write_gold(NAME, f"{NAME}.pdf", "libreoffice-pdf",
               "python-docx landscape A4 (make/doc_landscape.py), LibreOffice 7.4 Writer via soffice --headless "
               "--convert-to pdf; 'Table Grid' over two pages with the header row repeated; code at the start of "
               "the bold first paragraph of the Maatregel cell",
               GOLD)
