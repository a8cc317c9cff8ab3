"""No. 6, blind-kamerbrief.pdf (kamerbrief).

A letter of the Minister van Infrastructuur en Waterstaat to the Tweede Kamer, dated 22 September 2026, written
with python-docx and converted by LibreOffice. Commitments in prose in the first person ("stel ik ... op"),
partners in prose ("Samen met IPO, VNG en de Unie van Waterschappen"), relative dates ("voor het einde van dit
jaar" = 2026, "in het voorjaar van 2027"), one commitment of Rijkswaterstaat; and sentences that are no
commitment: past actions, background, intentions of others, a conditional, a question from the Kamer.
"""
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from gold import OUT, A, write_gold

NAME = "blind-kamerbrief"

SIDEBAR = [
    ("Directoraat-Generaal Water en Bodem", True),
    ("Rijnstraat 8", False),
    ("2515 XP Den Haag", False),
    ("Postbus 20901", False),
    ("2500 EX Den Haag", False),
    ("", False),
    ("Ons kenmerk", True),
    ("IENW/BSK-2026/214077", False),
    ("", False),
    ("Bijlage(n)", True),
    ("1", False),
]

BODY = [
    ("p", "Geachte voorzitter,"),
    ("p", "Met deze brief informeer ik uw Kamer over de voortgang van het beleid Water en Bodem Sturend en over "
          "de vervolgstappen voor het komende jaar."),
    ("h", "Aanleiding"),
    ("p", "In november 2022 heeft het kabinet in de brief ‘Water en Bodem Sturend’ vastgelegd dat het water- en "
          "bodemsysteem leidend is bij ruimtelijke keuzes. De zomer van 2025 was in grote delen van Zuid- en "
          "Oost-Nederland opnieuw uitzonderlijk droog; in Noord-Brabant en Limburg zakte de grondwaterstand op "
          "veel plaatsen tot onder het niveau van 2018. Tijdens het commissiedebat Water van 11 juni 2026 is "
          "gevraagd naar de gevolgen van droogte voor funderingen en natuur."),
    ("h", "Wat is bereikt"),
    ("p", "In 2025 heeft Rijkswaterstaat de eerste fase van de zoetwaterverkenning voor Zuidwest-Nederland "
          "afgerond. Alle provincies hebben de structurerende keuzes inmiddels opgenomen in hun "
          "omgevingsverordening. Verschillende provincies hebben aangegeven hun grondwaterbeleid in 2027 te "
          "willen herzien."),
    ("h", "Vervolgstappen"),
    ("p", "Gemeenten vragen om meer houvast bij het vertalen van de structurerende keuzes naar hun "
          "omgevingsplannen. Samen met IPO, VNG en de Unie van Waterschappen stel ik in het voorjaar van 2027 "
          "een handreiking op voor het toepassen van de structurerende keuzes in gemeentelijke omgevingsplannen. "
          "Voor het einde van dit jaar stuur ik uw Kamer de uitkomsten van de landelijke grondwaterverkenning."),
    ("p", "Rijkswaterstaat start in 2027 met de planuitwerking voor extra zoetwateraanvoer naar West-Brabant, in "
          "samenwerking met de provincie Noord-Brabant en waterschap Brabantse Delta. Samen met de minister van "
          "LVVN werk ik in 2027 de grondwaterpeilen voor veenweidegebieden uit tot een landelijke richtlijn."),
    ("p", "Met de drinkwaterbedrijven, verenigd in Vewin, maak ik in 2026 en 2027 afspraken over het reserveren "
          "van ruimte voor nieuwe grondwaterwinningen. Vóór 1 april 2027 stuur ik uw Kamer een voorstel om de "
          "structurerende keuzes te verankeren in het Besluit kwaliteit leefomgeving. Als de evaluatie van de "
          "Kaderrichtlijn Water daartoe aanleiding geeft, dan overweeg ik aanvullende regels voor "
          "grondwateronttrekkingen."),
    ("p", "Uiterlijk in het najaar van 2027 informeer ik uw Kamer over de eerste resultaten van de monitor Water "
          "en Bodem Sturend."),
    ("p", "Hoogachtend,"),
    ("p", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,"),
]


def _no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.3), Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "Ministerie van Infrastructuur en Waterstaat"

    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    _no_borders(t)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(11.7), Cm(5.0))):
        gc.set(qn("w:w"), str(int(w.twips)))
    left, right = t.rows[0].cells
    left.width, right.width = Cm(11.7), Cm(5.0)
    lp = left.paragraphs[0]
    r = lp.add_run("> Retouradres Postbus 20901 2500 EX Den Haag")
    r.font.size = Pt(7)
    for line in ("", "De Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018",
                 "2500 EA  DEN HAAG", "", ""):
        left.add_paragraph(line)
    p = left.add_paragraph()
    p.add_run("Datum\t").font.size = Pt(8)
    p.add_run("22 september 2026")
    p = left.add_paragraph()
    p.add_run("Betreft\t").font.size = Pt(8)
    p.add_run("Voortgang Water en Bodem Sturend")
    first = True
    for text, bold in SIDEBAR:
        rp = right.paragraphs[0] if first else right.add_paragraph()
        first = False
        rr = rp.add_run(text)
        rr.font.size = Pt(7)
        rr.bold = bold
    doc.add_paragraph()
    for kind, text in BODY:
        p = doc.add_paragraph()
        r = p.add_run(text)
        if kind == "h":
            r.italic = True
            p.paragraph_format.space_after = Pt(0)
        else:
            p.paragraph_format.space_after = Pt(8)

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{NAME}.docx"
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True)
        out = OUT / f"{NAME}.pdf"
        out.write_bytes((Path(tmp) / f"{NAME}.pdf").read_bytes())
    return out


IENW = "Ministerie van Infrastructuur en Waterstaat"

GOLD = [
    A("", "Samen met IPO, VNG en de Unie van Waterschappen stel ik in het voorjaar van 2027",
      "Handreiking structurerende keuzes in gemeentelijke omgevingsplannen",
      [IENW], ["Interprovinciaal Overleg", "Vereniging van Nederlandse Gemeenten", "Unie van Waterschappen"],
      2027, 2027),
    A("", "Voor het einde van dit jaar stuur ik uw Kamer de uitkomsten van de landelijke grondwaterverkenning",
      "Uitkomsten landelijke grondwaterverkenning naar de Kamer sturen",
      [IENW], [], None, 2026),
    A("", "Rijkswaterstaat start in 2027 met de planuitwerking voor extra zoetwateraanvoer naar West-Brabant",
      "Planuitwerking extra zoetwateraanvoer West-Brabant",
      ["Rijkswaterstaat"], ["Provincie Noord-Brabant", "Waterschap Brabantse Delta"], 2027, None),
    A("", "werk ik in 2027 de grondwaterpeilen voor veenweidegebieden uit tot een landelijke richtlijn",
      "Landelijke richtlijn grondwaterpeilen veenweidegebieden",
      [IENW], ["Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"], 2027, 2027),
    A("", "maak ik in 2026 en 2027 afspraken over het reserveren van ruimte voor nieuwe grondwaterwinningen",
      "Afspraken met drinkwaterbedrijven over ruimte voor nieuwe grondwaterwinningen",
      [IENW], ["Vewin"], 2026, 2027),
    A("", "Vóór 1 april 2027 stuur ik uw Kamer een voorstel om de structurerende keuzes te verankeren",
      "Voorstel verankering structurerende keuzes in het Besluit kwaliteit leefomgeving",
      [IENW], [], None, 2027),
    A("", "Uiterlijk in het najaar van 2027 informeer ik uw Kamer over de eerste resultaten",
      "Kamer informeren over eerste resultaten monitor Water en Bodem Sturend",
      [IENW], [], None, 2027),
]
NOT = [
    "Met deze brief informeer ik uw Kamer over de voortgang van het beleid Water en Bodem Sturend",
    "In november 2022 heeft het kabinet in de brief ‘Water en Bodem Sturend’ vastgelegd",
    "in Noord-Brabant en Limburg zakte de grondwaterstand op veel plaatsen tot onder het niveau van 2018",
    "Tijdens het commissiedebat Water van 11 juni 2026 is gevraagd naar de gevolgen van droogte",
    "In 2025 heeft Rijkswaterstaat de eerste fase van de zoetwaterverkenning voor Zuidwest-Nederland",
    "Verschillende provincies hebben aangegeven hun grondwaterbeleid in 2027 te willen herzien",
    "Als de evaluatie van de Kaderrichtlijn Water daartoe aanleiding geeft, dan overweeg ik aanvullende regels",
]


def gold():
    write_gold(NAME, f"{NAME}.pdf", "kamerbrief",
               "python-docx letter of the Minister van Infrastructuur en Waterstaat to the Tweede Kamer with a "
               "borderless header table (address, sidebar); LibreOffice 7.4 Writer via soffice --headless "
               "--convert-to pdf",
               GOLD, NOT, letter_date="2026-09-22")
