"""b3-programma-drechtsteden.pdf: a Word table with ruled borders (python-docx -> soffice), portrait A4."""
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from common import ROOT, action, docx_to_pdf, write_gold

STEM = "b3-programma-drechtsteden"

INTRO = [
    ("h", "Uitvoeringsprogramma Warmte en Energie Drechtsteden 2026–2029"),
    ("p", "Vastgesteld door het Drechtstedenbestuur op 9 oktober 2026"),
    ("h2", "1. Inleiding"),
    ("p", "De zeven Drechtsteden-gemeenten – Alblasserdam, Dordrecht, Hendrik-Ido-Ambacht, Hardinxveld-Giessendam, "
          "Papendrecht, Sliedrecht en Zwijndrecht – werken sinds de Regionale Energiestrategie 1.0 samen aan de "
          "energietransitie. In 2025 is de Transitievisie Warmte van alle gemeenten geactualiseerd. Dit "
          "uitvoeringsprogramma bundelt de projecten die de komende vier jaar regionaal worden opgepakt."),
    ("p", "In de tabel gebruiken we enkele afkortingen: OZHZ staat voor de Omgevingsdienst Zuid-Holland Zuid, WSHD "
          "voor het Waterschap Hollandse Delta en OCD voor het Onderzoekcentrum Drechtsteden. Waar in de kolom "
          "Planning een periode staat, is dat de verwachte uitvoeringsperiode van het project."),
    ("h2", "2. Projecten"),
]

HEAD = ["Nr.", "Project", "Trekker", "Partners", "Planning"]
ROWS = [
    ["1", "Wijkuitvoeringsplannen opstellen voor de eerste tien aardgasvrije wijken, op basis van de "
          "geactualiseerde transitievisies", "Gemeente Dordrecht",
     "Gemeenten Zwijndrecht, Papendrecht en Sliedrecht; Stedin", "2026–2027"],
    ["2", "Haalbaarheidsstudie warmtenet op restwarmte van de afvalcentrale van HVC in Dordrecht", "HVC",
     "Gem. Dordrecht, Gem. Zwijndrecht, provincie Zuid-Holland", "Q3 2026 – Q2 2027"],
    ["3", "Aanleg eerste fase warmtenet Dordrecht-West (ca. 2.500 woningen), na afronding van 2",
     "Gemeente Dordrecht", "HVC, Trivire, Woonbron", "2028–2029"],
    ["4", "Isolatieaanpak corporatiewoningen: 1.800 woningen naar label B of beter", "Woonkracht10",
     "Trivire, Tablis Wonen, gemeente Papendrecht", "vanaf 2026"],
    ["5", "Energieloket Drechtsteden met gratis energieadvies en isolatiecoaches voor eigenaar-bewoners, "
          "samen met project 4", "Gemeente Zwijndrecht", "Stichting Energiek Drechtsteden, OZHZ", "doorlopend"],
    ["6", "Collectieve zonnedaken en energiedeling op bedrijventerrein Dordtse Kil III en IV",
     "Parkmanagement Dordtse Kil", "Gemeente Dordrecht, Stedin", "medio 2027"],
    ["7", "Onderzoek netcapaciteit en locaties voor energiehubs langs de Merwede", "Stedin",
     "TenneT, gemeenten Sliedrecht en Hardinxveld-Giessendam", "eind 2026"],
    ["8", "Pilot aquathermie uit de Oude Maas voor de wijk Sterrenburg, als onderdeel van project 1", "WSHD",
     "Gemeente Dordrecht, Rijkswaterstaat, Evides", "voorjaar 2027 – 2028"],
    ["9", "Regionale monitor energietransitie en jaarlijkse voortgangsrapportage aan de gemeenteraden", "OCD",
     "alle Drechtsteden-gemeenten", "jaarlijks vanaf 2026"],
    ["10", "Zonnepanelen op geluidsschermen van de A16 en op de taluds bij knooppunt Ridderkerk",
     "Rijkswaterstaat", "Provincie Zuid-Holland, Gemeente Hendrik-Ido-Ambacht",
     "2027–2028, na afronding van 7"],
]
OUTRO = [
    ("h2", "3. Financiering"),
    ("p", "De projecten worden gefinancierd uit de regionale middelen voor de energietransitie, de Specifieke "
          "uitkering Warmtefonds en bijdragen van de partners. Over de voortgang rapporteert het OCD jaarlijks."),
]

GOLD = [
    action("1", "Wijkuitvoeringsplannen opstellen voor de eerste tien aardgasvrije wijken",
           "Wijkuitvoeringsplannen voor de eerste tien aardgasvrije wijken", ["Gemeente Dordrecht"],
           ["Gemeente Zwijndrecht", "Gemeente Papendrecht", "Gemeente Sliedrecht", "Stedin"], 2026, 2027),
    action("2", "Haalbaarheidsstudie warmtenet op restwarmte van de afvalcentrale",
           "Haalbaarheidsstudie warmtenet op restwarmte HVC Dordrecht", ["HVC"],
           ["Gemeente Dordrecht", "Gemeente Zwijndrecht", "Provincie Zuid-Holland"], 2026, 2027),
    action("3", "Aanleg eerste fase warmtenet Dordrecht-West",
           "Aanleg eerste fase warmtenet Dordrecht-West", ["Gemeente Dordrecht"],
           ["HVC", "Trivire", "Woonbron"], 2028, 2029, [("starts_after", "2")]),
    action("4", "Isolatieaanpak corporatiewoningen: 1.800 woningen naar label B",
           "Isolatieaanpak corporatiewoningen", ["Woonkracht10"],
           ["Trivire", "Tablis Wonen", "Gemeente Papendrecht"], 2026, None),
    action("5", "Energieloket Drechtsteden met gratis energieadvies en isolatiecoaches",
           "Energieloket Drechtsteden", ["Gemeente Zwijndrecht"],
           ["Stichting Energiek Drechtsteden", "Omgevingsdienst Zuid-Holland Zuid"], None, None,
           [("related", "4")]),
    action("6", "Collectieve zonnedaken en energiedeling op bedrijventerrein Dordtse Kil",
           "Collectieve zonnedaken op bedrijventerrein Dordtse Kil III en IV", ["Parkmanagement Dordtse Kil"],
           ["Gemeente Dordrecht", "Stedin"], 2027, 2027),
    action("7", "Onderzoek netcapaciteit en locaties voor energiehubs langs de Merwede",
           "Onderzoek netcapaciteit en locaties voor energiehubs", ["Stedin"],
           ["TenneT", "Gemeente Sliedrecht", "Gemeente Hardinxveld-Giessendam"], None, 2026),
    action("8", "Pilot aquathermie uit de Oude Maas voor de wijk Sterrenburg",
           "Pilot aquathermie Oude Maas voor Sterrenburg", ["Waterschap Hollandse Delta"],
           ["Gemeente Dordrecht", "Rijkswaterstaat", "Evides"], 2027, 2028, [("part_of", "1")]),
    action("9", "Regionale monitor energietransitie en jaarlijkse voortgangsrapportage",
           "Regionale monitor energietransitie", ["Onderzoekcentrum Drechtsteden"], [], 2026, None),
    action("10", "Zonnepanelen op geluidsschermen van de A16",
           "Zonnepanelen op geluidsschermen A16 en taluds knooppunt Ridderkerk", ["Rijkswaterstaat"],
           ["Provincie Zuid-Holland", "Gemeente Hendrik-Ido-Ambacht"], 2027, 2028, [("starts_after", "7")]),
]

NOT = [
    "In 2025 is de Transitievisie Warmte van alle gemeenten geactualiseerd.",
]


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def add_blocks(doc, blocks):
    for kind, text in blocks:
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(15)
        elif kind == "h2":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(12)
        else:
            doc.add_paragraph(text)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    add_blocks(doc, INTRO)
    widths = [Cm(1.0), Cm(6.6), Cm(3.1), Cm(3.9), Cm(2.4)]
    t = doc.add_table(rows=1, cols=5)
    set_borders(t)
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.cm * 567)))
    for i, h in enumerate(HEAD):
        c = t.rows[0].cells[i]
        c.width = widths[i]
        c.paragraphs[0].add_run(h).bold = True
    for row in ROWS:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            cells[i].width = widths[i]
            cells[i].paragraphs[0].add_run(val).font.size = Pt(9)
    add_blocks(doc, OUTRO)
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / f"{STEM}.docx"
        doc.save(p)
        docx_to_pdf(p, ROOT)
    write_gold(STEM, f"{STEM}.pdf", "libreoffice-pdf",
               "python-docx -> soffice, table with single ruled borders", GOLD, NOT)


if __name__ == "__main__":
    build()
