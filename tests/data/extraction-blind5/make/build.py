"""Build the blind5 PDF documents.

- b5-rolmatrix.pdf: drawn here with fpdf2 (a ruled role matrix: actions x organisations, cells T/P/B).
- b5-uitvoeringsparagraaf.pdf: drawn here with reportlab (a landscape table without rules).
- b5-sleuteltabellen.pdf and b5-kamerbrief.pdf: the HTML beside this script, converted by LibreOffice
  (soffice --headless, StarWriter HTML import).
- b5-actiepunten.txt, b5-kolommen.txt, b5-collegebrief.md: written by hand, not generated.

The gold (../gold/*.json) is written by hand in gold.py; this script does not touch it.
"""
import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

ORGS = ("ENS", "HGL", "ALM", "PO", "WVS", "VRT", "VIT")
MATRIX_ROWS = [
    # Code, Actie, Planning, then one cell per organisation in ORGS order
    ("KT-01", "Twentse stresstest wateroverlast, hitte en droogte actualiseren", "2026",
     "P", "P", "P", "B", "T", "B", ""),
    ("KT-02", "Risicodialogen per gemeente voeren op basis van de stresstest (KT-01)", "2026-2027",
     "P", "P", "T", "", "P", "B", ""),
    ("KT-03", "Hittekaart en netwerk van koele plekken Enschede-Hengelo", "Q2 2027",
     "T", "P", "", "B", "", "", ""),
    ("KT-04", "Afkoppelen van hemelwater bij rioolvervanging in bestaande wijken", "vanaf 2027",
     "P", "T", "P", "", "P", "", ""),
    ("KT-05", "Beregeningsbeleid en grondwateronttrekkingen in droge perioden afstemmen", "2026-2028",
     "", "", "B", "T", "P", "", "P"),
    ("KT-06", "Calamiteitenplan extreme neerslag voor Twente opstellen", "uiterlijk 2027",
     "B", "B", "B", "", "P", "T", ""),
    ("KT-07", "Campagne zuinig omgaan met drinkwater in droge zomers", "doorlopend",
     "B", "", "", "P", "", "", "T"),
    ("KT-08", "Regionaal fonds groenblauwe schoolpleinen; sluit aan op KT-03", "2027-2028",
     "", "", "T", "P", "B", "", ""),
]


def build_rolmatrix(path: Path) -> None:
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 19, 10, 0, 0))
    pdf.set_margins(14, 14, 14)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Werkregio Klimaatadaptatie Twente - Uitvoeringsprogramma 2026-2028",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.6,
        "De veertien Twentse gemeenten, de provincie, het waterschap, de veiligheidsregio en het drinkwaterbedrijf "
        "werken samen aan een klimaatbestendig Twente. De rolverdeling per actie staat in de matrix hieronder. "
        "Gemeenten die niet in de matrix staan, worden via de werkregio geïnformeerd.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    head = ("Code", "Actie", "Planning") + ORGS
    widths = (15, 104, 24) + (14,) * len(ORGS)
    aligns = ("LEFT", "LEFT", "LEFT") + ("CENTER",) * len(ORGS)
    with pdf.table(col_widths=widths, line_height=5, padding=1.4, text_align=aligns,
                   borders_layout="ALL", width=sum(widths),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 240))) as table:
        r = table.row()
        for h in head:
            r.cell(h)
        for row in MATRIX_ROWS:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4.2, "T = trekker, P = partner, B = betrokken", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 4.2,
        "ENS = gemeente Enschede; HGL = gemeente Hengelo; ALM = gemeente Almelo; PO = Provincie Overijssel; "
        "WVS = Waterschap Vechtstromen; VRT = Veiligheidsregio Twente; VIT = Vitens.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 4.2, "Vastgesteld door het bestuurlijk overleg van de werkregio op 19 november 2026.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


PARAGRAAF_HEAD = ("Code", "Project", "Initiatiefnemer", "Opdrachtgever", "Uitvoering", "Gereed")
PARAGRAAF_ROWS = [
    ("P-01", "Verkenning capaciteit en verkeersveiligheid knooppunt Euvelgunne (N46/A7)",
     "PG", "IenW", "RWS, gem. Groningen", "2027"),
    ("P-02", "Mobiliteitshub Europapark: ontwerp, grondverwerving en aanbesteding",
     "gem. Groningen", "PG", "ProRail, OV-bureau", "Q4 2027"),
    ("P-03", "Realisatie mobiliteitshub Europapark, na afronding van P-02",
     "gem. Groningen", "PG", "ProRail, OV-bureau, Qbuzz", "2029 (start 2028)"),
    ("P-04", "Snelfietsroute Groningen-Hoogezand, tracédeel Kropswolde-Waterhuizen",
     "gem. Midden-Groningen", "PG", "gem. Groningen", "2028"),
    ("P-05", "Onderzoek inhaalsporen en extra perron station Sappemeer Oost",
     "ProRail", "IenW", "PG, OV-bureau", "2027"),
    ("P-06", "Kwartierdienst stoptrein Groningen-Veendam; volgt op P-05",
     "OV-bureau", "PG", "ProRail, Arriva", "2030"),
    ("P-07", "Verkeersmanagement ringwegen bij evenementen en werkzaamheden, in samenhang met P-01",
     "RWS", "IenW", "PG, gem. Groningen", "doorlopend"),
    ("P-08", "Monitor bereikbaarheid en herijking van deze uitvoeringsparagraaf",
     "PG", "PG", "gem. Groningen, gem. Midden-Groningen, OV-bureau", "Q2 2030"),
]


def build_uitvoeringsparagraaf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setTitle("Omgevingsprogramma Bereikbaarheid Groningen - Uitvoeringsparagraaf")
    mm = 72 / 25.4
    left = 16 * mm
    y = height - 18 * mm
    c.setFont("DejaVu-Bold", 13)
    c.drawString(left, y, "Omgevingsprogramma Bereikbaarheid Stad en Ommeland 2026-2030")
    y -= 7 * mm
    c.setFont("DejaVu-Bold", 11)
    c.drawString(left, y, "Hoofdstuk 6  Uitvoeringsparagraaf")
    y -= 7 * mm
    c.setFont("DejaVu", 9)
    intro = ("In deze paragraaf staan de projecten waarmee de provincie Groningen en haar partners het programma "
             "uitvoeren. De initiatiefnemer bereidt het project voor en is aanspreekpunt; de opdrachtgever "
             "besluit over scope en geld; de partijen onder 'Uitvoering' voeren het werk (mede) uit. "
             "'Gereed' is het jaar waarin het project klaar moet zijn.")
    for line in simpleSplit(intro, "DejaVu", 9, width - 2 * left):
        c.drawString(left, y, line)
        y -= 4.4 * mm
    y -= 4 * mm
    cols = (0, 17, 108, 147, 180, 233)  # x offsets in mm from the left margin
    wraps = (14, 86, 36, 30, 50, 32)
    c.setFont("DejaVu-Bold", 9)
    for x, h in zip(cols, PARAGRAAF_HEAD, strict=True):
        c.drawString(left + x * mm, y, h)
    y -= 7 * mm
    lh = 4.3 * mm
    for row in PARAGRAAF_ROWS:
        cells = [simpleSplit(v, "DejaVu", 9, w * mm) for v, w in zip(row, wraps, strict=True)]
        c.setFont("DejaVu", 9)
        for x, lines in zip(cols, cells, strict=True):
            for i, line in enumerate(lines):
                c.drawString(left + x * mm, y - i * lh, line)
        y -= max(len(lines) for lines in cells) * lh + 3 * mm
    y -= 3 * mm
    c.setFont("DejaVu", 8)
    legend = ("PG = Provincie Groningen; IenW = Ministerie van Infrastructuur en Waterstaat; RWS = Rijkswaterstaat; "
              "OV-bureau = OV-bureau Groningen Drenthe; gem. = gemeente.")
    for line in simpleSplit(legend, "DejaVu", 8, width - 2 * left):
        c.drawString(left, y, line)
        y -= 4 * mm
    c.drawString(left, 12 * mm, "Omgevingsprogramma Bereikbaarheid Stad en Ommeland  |  Provincie Groningen  |  32")
    c.showPage()
    c.save()


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind5-") as tmp:
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)",
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, str(html)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(Path(tmp) / (html.stem + ".pdf"), out_dir / (html.stem + ".pdf"))


def main() -> int:
    build_rolmatrix(OUT / "b5-rolmatrix.pdf")
    build_uitvoeringsparagraaf(OUT / "b5-uitvoeringsparagraaf.pdf")
    for name in ("b5-sleuteltabellen.html", "b5-kamerbrief.html"):
        soffice(MAKE / name, OUT)
    for p in sorted(OUT.glob("b5-*.pdf")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
