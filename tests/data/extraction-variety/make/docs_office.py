"""The three LibreOffice documents: a python-docx table, a two-row HTML header, and a letter of a province."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt
from gold import OUT, act, write_gold

LO = "LibreOffice 7.4 Writer via soffice --headless --convert-to pdf"


def to_pdf(source: Path) -> None:
    """Convert with a private LibreOffice profile, so another soffice on the machine is not disturbed."""
    # HTML goes into Writer proper: Writer/Web, the default for .html, printed an empty first page
    infilter = ["--infilter=HTML (StarWriter)"] if source.suffix == ".html" else []
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *infilter,
                        "--convert-to", "pdf", "--outdir", str(OUT), str(source)], check=True,
                       capture_output=True)


WIDTHS_CM = [1.4, 5.6, 3.0, 4.6, 2.6]

DOCX_ROWS = [
    ("Thema: Warmte in de wijk",),
    ("A.1", ["Warmteplan per wijk actualiseren voor de eerste tien aardgasvrije wijken."],
     "Gemeente Enschede", "Gemeente Hengelo, Enexis Netbeheer", "2026"),
    ("A.2", ["Haalbaarheidsstudie naar een collectief warmtenet met restwarmte van de industrie in "
             "Hengelo-Noord.",
             "Start nadat A.1 is afgerond."],
     "Gemeente Hengelo", "Provincie Overijssel, Twence", "Q3 2026 – Q2 2027"),
    ("A.3", ["Energieloket voor woningeigenaren uitbreiden met gratis advies aan huis."],
     "Gemeente Almelo", "Gemeente Borne, Gemeente Oldenzaal", "doorlopend"),
    ("Thema: Netcongestie en opwek",),
    ("B.1", ["Regionaal programma netcongestie opstellen met een kader voor de volgorde van "
             "aansluitingen."],
     "Provincie Overijssel", "Enexis Netbeheer, Gemeente Enschede", "2026-2027"),
    ("B.2", ["Energiehubs op drie bedrijventerreinen ontwikkelen waar bedrijven stroom onderling delen; "
             "zie ook A.2."], "Gemeente Enschede", "Enexis Netbeheer", "vanaf 2027"),
    ("B.3", ["Zonnepanelen op daken en terreinen van rioolwaterzuiveringen; maakt deel uit van B.1."],
     "Waterschap Vechtstromen", "Provincie Overijssel", "eind 2027"),
]


def docx_table() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Uitvoeringsprogramma Energietransitie Twente 2026-2027", level=1)
    doc.add_paragraph("De Twentse gemeenten, de provincie en de netbeheerder voeren dit programma samen uit. "
                      "Per actie staat wie eigenaar is en met welke partners de actie wordt uitgevoerd.")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Actie", "Omschrijving", "Eigenaar", "Samenwerkingspartners",
                                                "Planning"], strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in DOCX_ROWS:
        cells = table.add_row().cells
        if len(row) == 1:
            merged = cells[0].merge(cells[4])
            merged.text = ""
            merged.paragraphs[0].add_run(row[0]).bold = True
            continue
        code, paragraphs, lead, partners, planning = row
        cells[0].text, cells[2].text, cells[3].text, cells[4].text = code, lead, partners, planning
        cells[1].text = paragraphs[0]
        for extra in paragraphs[1:]:
            cells[1].add_paragraph(extra)
    # LibreOffice sizes columns by the table grid, Word by each cell: set both
    table.autofit = False
    for column, width in zip(table.columns, WIDTHS_CM, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    doc.add_paragraph("")
    doc.add_paragraph("Het programmateam rapporteert elk half jaar over de voortgang aan de stuurgroep.")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "variety-docx.docx"
        doc.save(str(src))
        to_pdf(src)
    E, H, OV = "Gemeente Enschede", "Gemeente Hengelo", "Provincie Overijssel"
    write_gold("variety-docx", "variety-docx.pdf", "libreoffice-pdf",
               "python-docx 'Table Grid' table, theme rows merged over all columns, one cell of two "
               f"paragraphs; {LO}", [
        act("A.1", "Warmteplan per wijk actualiseren voor de eerste tien aardgasvrije wijken",
            "Warmteplan per wijk actualiseren", [E], [H, "Enexis Netbeheer"], 2026, 2026),
        act("A.2", "Haalbaarheidsstudie naar een collectief warmtenet met restwarmte van de industrie",
            "Haalbaarheidsstudie collectief warmtenet", [H], [OV, "Twence"], 2026, 2027,
            [("starts_after", "A.1")]),
        act("A.3", "Energieloket voor woningeigenaren uitbreiden met gratis advies aan huis",
            "Energieloket uitbreiden", ["Gemeente Almelo"], ["Gemeente Borne", "Gemeente Oldenzaal"],
            None, None),
        act("B.1", "Regionaal programma netcongestie opstellen met een kader voor de volgorde",
            "Regionaal programma netcongestie", [OV], ["Enexis Netbeheer", E], 2026, 2027),
        act("B.2", "Energiehubs op drie bedrijventerreinen ontwikkelen waar bedrijven stroom onderling delen",
            "Energiehubs op bedrijventerreinen", [E], ["Enexis Netbeheer"], 2027, None, [("related", "A.2")]),
        act("B.3", "Zonnepanelen op daken en terreinen van rioolwaterzuiveringen",
            "Zon op rioolwaterzuiveringen", ["Waterschap Vechtstromen"], [OV], None, 2027,
            [("part_of", "B.1")]),
    ])


TWOHEADER_ROWS = [
    ("ZK-01", "Kust tussen Vlissingen en Dishoek versterken met zandsuppletie en een nieuwe duinvoet",
     "Waterschap Scheldestromen", "Rijkswaterstaat, Gemeente Vlissingen", "2026", "2028"),
    ("ZK-02", "Recreatievisie voor de kustzone van Walcheren opstellen", "Gemeente Veere",
     "Provincie Zeeland, Gemeente Vlissingen, Gemeente Middelburg", "2026", "2026"),
    ("ZK-03", "Natuurherstel in de duinen van de Kop van Schouwen met begrazing en stuifkuilen",
     "Staatsbosbeheer", "Het Zeeuwse Landschap, Gemeente Schouwen-Duiveland", "2027", "2030"),
    ("ZK-04", "Strandpaviljoens op Walcheren herverdelen volgens de nieuwe zonering; volgt op ZK-02",
     "Gemeente Veere", "Gemeente Vlissingen", "2027", "doorlopend"),
    ("ZK-05", "Doorgaande fietsverbinding langs de kust van Westkapelle tot Renesse aanleggen",
     "Provincie Zeeland", "Gemeente Veere, Gemeente Schouwen-Duiveland", "2026", "2027"),
    ("ZK-06", "Vervoersplan voor badplaatsen in het hoogseizoen; in samenhang met ZK-05",
     "Gemeente Schouwen-Duiveland", "Provincie Zeeland", "–", "2027"),
]


def twoheader() -> None:
    body = "".join(f"<tr><td>{c}</td><td>{p}</td><td>{v}</td><td>{pa}</td><td>{s}</td><td>{g}</td></tr>"
                   for c, p, v, pa, s, g in TWOHEADER_ROWS)
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Sans';font-size:10pt}}
th,td{{vertical-align:top;padding:3px}}</style></head><body>
<p><b><font size="5">Projectenlijst Kust en Recreatie Zeeland 2026-2030</font></b></p>
<p>De provincie, het waterschap, de kustgemeenten en de terreinbeheerders werken samen aan een veilige en
aantrekkelijke kust. Onderstaande lijst geeft per project de verantwoordelijke partij, de partners en de
planning.</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">

<tr><th rowspan="2" width="9%">Code</th><th rowspan="2" width="34%">Project</th>
<th rowspan="2" width="18%">Verantwoordelijk</th><th rowspan="2" width="21%">Partners</th>
<th colspan="2">Planning</th></tr>
<tr><th width="7%">Start</th><th width="11%">Gereed</th></tr>
{body}
</table>
<p>Een streepje in de kolom Start betekent dat het startmoment nog niet is bepaald.</p>
</body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "variety-twoheader.html"
        src.write_text(html, encoding="utf-8")
        to_pdf(src)
    Z, V, SD = "Provincie Zeeland", "Gemeente Veere", "Gemeente Schouwen-Duiveland"
    write_gold("variety-twoheader", "variety-twoheader.pdf", "libreoffice-pdf",
               f"HTML table with a two-row header (Planning over Start and Gereed, rowspan/colspan); {LO}", [
        act("ZK-01", "versterken met zandsuppletie en een nieuwe duinvoet", "Kustversterking Vlissingen – "
            "Dishoek", ["Waterschap Scheldestromen"], ["Rijkswaterstaat", "Gemeente Vlissingen"], 2026, 2028),
        act("ZK-02", "Recreatievisie voor de kustzone van Walcheren opstellen", "Recreatievisie kustzone "
            "Walcheren", [V], [Z, "Gemeente Vlissingen", "Gemeente Middelburg"], 2026, 2026),
        act("ZK-03", "Natuurherstel in de duinen van de Kop van Schouwen", "Natuurherstel Kop van Schouwen",
            ["Staatsbosbeheer"], ["Het Zeeuwse Landschap", SD], 2027, 2030),
        act("ZK-04", "Strandpaviljoens op Walcheren herverdelen volgens de nieuwe zonering",
            "Strandpaviljoens herverdelen", [V], ["Gemeente Vlissingen"], 2027, None,
            [("starts_after", "ZK-02")]),
        act("ZK-05", "Doorgaande fietsverbinding langs de kust van Westkapelle tot Renesse",
            "Fietsverbinding langs de kust", [Z], [V, SD], 2026, 2027),
        act("ZK-06", "Vervoersplan voor badplaatsen in het hoogseizoen", "Vervoersplan badplaatsen", [SD],
            [Z], None, 2027, [("related", "ZK-05")]),
    ])
