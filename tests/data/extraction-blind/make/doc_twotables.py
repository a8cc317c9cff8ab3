"""No. 3, blind-twotables.pdf (libreoffice-pdf).

A Word-like one-page document (python-docx, LibreOffice): an action table, prose, and then a second table that is
a budget (Onderdeel | 2026 | 2027 | 2028 | Totaal, amounts in euro) whose row names look like the actions. Only
the first table holds actions; the budget table must give none. One dependency is written inside the action text
("start na evaluatie van actie 1").
"""
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from gold import OUT, A, write_gold

NAME = "blind-twotables"

ACTIONS = [
    ("1", "Energiehub Hessenpoort opzetten: bedrijven delen één netaansluiting en een batterij",
     "Gemeente Zwolle", "Enexis, Oost NL", "2026–2027"),
    ("2", "Slim laden in nieuwe woonwijken: laadpalen laden buiten de avondpiek",
     "Gemeente Zwolle", "Enexis", "Q4 2026"),
    ("3", "Ruimte voor nieuwe onderstations vastleggen in het omgevingsplan",
     "Gemeente Zwolle", "Enexis, TenneT", "2026"),
    ("4", "Regionale aanpak voor het prioriteren van aansluitverzoeken afspreken",
     "Prov. Overijssel", "Regio Zwolle, Enexis, TenneT", "eind 2026"),
    ("5", "Versnellingsteam voor vergunningen van netuitbreidingen inrichten",
     "Prov. Overijssel", "gemeenten Kampen en Dalfsen", "start 2027"),
    ("6", "Energiehub Haatland in Kampen opzetten; start na evaluatie van actie 1",
     "Gemeente Kampen", "Enexis", "2027–2028"),
    ("7", "Zonnedaken met opslag op scholen en sporthallen realiseren",
     "Gemeente Dalfsen", "–", "2026–2028"),
    ("8", "Monitor netcapaciteit twee keer per jaar publiceren",
     "Regio Zwolle", "Enexis", "doorlopend"),
]

BUDGET = [
    ("Energiehubs bedrijventerreinen", "€ 180.000", "€ 240.000", "€ 120.000", "€ 540.000"),
    ("Slim laden en flexibele aansluitingen", "€ 60.000", "€ 90.000", "€ 40.000", "€ 190.000"),
    ("Versnellingsteam vergunningen", "–", "€ 150.000", "€ 150.000", "€ 300.000"),
    ("Zonnedaken maatschappelijk vastgoed", "€ 75.000", "€ 75.000", "€ 75.000", "€ 225.000"),
    ("Monitoring en programmamanagement", "€ 45.000", "€ 45.000", "€ 45.000", "€ 135.000"),
    ("Totaal", "€ 360.000", "€ 600.000", "€ 430.000", "€ 1.390.000"),
]


def _table(doc, head, rows, widths, right_from=None):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for i, (cell, text) in enumerate(zip(t.rows[0].cells, head)):
        r = cell.paragraphs[0].add_run(text)
        r.bold = True
        r.font.size = Pt(9)
        if right_from is not None and i >= right_from:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for values in rows:
        cells = t.add_row().cells
        for i, (cell, text) in enumerate(zip(cells, values)):
            r = cell.paragraphs[0].add_run(text)
            r.font.size = Pt(9)
            if values[0] == "Totaal":
                r.bold = True
            if right_from is not None and i >= right_from:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    return t


def _para(doc, text, size=10, bold=False, italic=False, after=4):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold, r.italic = bold, italic
    p.paragraph_format.space_after = Pt(after)
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)

    _para(doc, "Werkprogramma Netcongestie Regio Zwolle 2026–2028", size=15, bold=True, after=2)
    _para(doc, "Versie voor het Portefeuillehoudersoverleg Energie, 12 februari 2026", size=9, italic=True)
    _para(doc, "Het elektriciteitsnet in de regio Zwolle zit vol. Bedrijven op Hessenpoort en Haatland wachten op "
               "een aansluiting en nieuwe woonwijken kunnen niet altijd volledig elektrisch worden gebouwd. "
               "Met dit werkprogramma spreken de regiogemeenten, de provincie en de netbeheerders af wat zij de "
               "komende drie jaar samen doen om de beschikbare capaciteit beter te benutten.")
    _para(doc, "Tabel 1. Acties", size=10, bold=True, after=2)
    _table(doc, ["Nr.", "Actie", "Trekker", "Partners", "Planning"], ACTIONS,
           [Cm(1.0), Cm(7.0), Cm(3.0), Cm(3.6), Cm(2.4)])
    _para(doc, "", after=0)
    _para(doc, "Financiering", size=11, bold=True, after=2)
    _para(doc, "De gemeenten en de provincie dragen elk de helft bij aan de kosten van het werkprogramma; de "
               "netbeheerders brengen menskracht in. Tabel 2 geeft de begroting per onderdeel. Bedragen zijn "
               "exclusief btw en gebaseerd op het prijspeil 2026. Over de inzet van middelen na 2028 besluit het "
               "portefeuillehoudersoverleg bij de evaluatie.")
    _para(doc, "Tabel 2. Begroting", size=10, bold=True, after=2)
    _table(doc, ["Onderdeel", "2026", "2027", "2028", "Totaal"], BUDGET,
           [Cm(6.6), Cm(2.6), Cm(2.6), Cm(2.6), Cm(2.6)], right_from=1)
    _para(doc, "", after=0)
    _para(doc, "De voortgang van de acties wordt twee keer per jaar besproken in het portefeuillehoudersoverleg. "
               "Het secretariaat ligt bij Regio Zwolle.", size=9)

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{NAME}.docx"
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True)
        out = OUT / f"{NAME}.pdf"
        out.write_bytes((Path(tmp) / f"{NAME}.pdf").read_bytes())
    return out


GOLD = [
    A("1", "Energiehub Hessenpoort opzetten", "Energiehub Hessenpoort opzetten",
      ["Gemeente Zwolle"], ["Enexis Netbeheer", "Oost NL"], 2026, 2027),
    A("2", "Slim laden in nieuwe woonwijken", "Slim laden in nieuwe woonwijken",
      ["Gemeente Zwolle"], ["Enexis Netbeheer"], 2026, 2026),
    A("3", "Ruimte voor nieuwe onderstations vastleggen", "Ruimte voor onderstations in het omgevingsplan",
      ["Gemeente Zwolle"], ["Enexis Netbeheer", "TenneT"], 2026, 2026),
    A("4", "Regionale aanpak voor het prioriteren van", "Regionale prioritering van aansluitverzoeken",
      ["Provincie Overijssel"], ["Regio Zwolle", "Enexis Netbeheer", "TenneT"], None, 2026),
    A("5", "Versnellingsteam voor vergunningen van", "Versnellingsteam vergunningen netuitbreiding",
      ["Provincie Overijssel"], ["Gemeente Kampen", "Gemeente Dalfsen"], 2027, None),
    A("6", "Energiehub Haatland in Kampen opzetten", "Energiehub Haatland opzetten",
      ["Gemeente Kampen"], ["Enexis Netbeheer"], 2027, 2028, [("starts_after", "1")]),
    A("7", "Zonnedaken met opslag op scholen en", "Zonnedaken met opslag op scholen en sporthallen",
      ["Gemeente Dalfsen"], [], 2026, 2028),
    A("8", "Monitor netcapaciteit twee keer per jaar", "Monitor netcapaciteit publiceren",
      ["Regio Zwolle"], ["Enexis Netbeheer"], None, None),
]


def gold():
    write_gold(NAME, f"{NAME}.pdf", "libreoffice-pdf",
               "python-docx A4 (make/doc_twotables.py), LibreOffice 7.4 Writer via soffice --headless "
               "--convert-to pdf; one page with an action table, prose, and a budget table (amounts, no actions)",
               GOLD)
