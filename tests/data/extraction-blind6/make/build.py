"""Build the blind6 PDF documents.

- b6-gantt.pdf: drawn here with fpdf2 (a ruled uitvoeringsprogramma table whose planning is a Gantt chart).
- b6-projectenboek.pdf and b6-kamerbrief.pdf: the HTML beside this script, converted by LibreOffice
  (soffice --headless, StarWriter HTML import).
- b6-partijrollen.txt, b6-toezeggingenlijst.txt, b6-actielijst-haakjes.md, b6-gs-brief.txt: written by hand.

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

YEARS = ("2026", "2027", "2028", "2029")
MARK = "\u25cf"
GANTT_ROWS = [
    # Nr., Actie, Trekker, Partners, then the years in YEARS order the action runs
    ("1", "Veenweidevisie uitwerken in gebiedsplannen per polder", "PF", "WF, DFM, SWF", ("2026", "2027")),
    ("2", "Peilbesluiten veenweidegebied herzien op basis van de gebiedsplannen (actie 1)", "WF", "PF",
     ("2027", "2028")),
    ("3", "Pilot onderwaterdrainage en drukdrainage op twaalf melkveebedrijven", "WF", "LTO Noord, PF",
     ("2026", "2027", "2028")),
    ("4", "Hydrologische bufferzone rond natuurgebied De Deelen", "IFG", "WF, gem. Hee",
     ("2027", "2028", "2029")),
    ("5", "Verkenning extra inlaat van zoet water uit het IJsselmeer bij Stavoren", "RWS", "WF, PF", ("2026",)),
    ("6", "Meetnet verzilting kustzone Noordwest-Fryslân", "WF", "Vitens, PF", YEARS),
    ("7", "Klimaatadaptieve herinrichting Heechterp-Schieringen", "Gem. Ldw", "WF, Elkien", ("2027", "2028")),
    ("8", "Campagne zuinig met drinkwater in droge zomers", "Vitens", "PF, WF", ("2026", "2028")),
    ("9", "Evaluatie en voorbereiding uitvoeringsprogramma 2030-2033, op basis van de resultaten van actie 3 en 6",
     "PF", "WF", ("2029",)),
]


def build_gantt(path: Path) -> None:
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 20, 9, 0, 0))
    pdf.set_margins(14, 14, 14)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Uitvoeringsprogramma Zoet Water en Bodemdaling Fryslân 2026-2029",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.6,
        "Provincie Fryslân en Wetterskip Fryslân voeren dit programma samen uit met gemeenten, terreinbeheerders "
        "en de drinkwatersector. De tabel geeft per actie de trekker, de partners en de jaren waarin de actie "
        "loopt. Het programma is op 20 november 2026 vastgesteld door het Bestjoerlik Oerlis Wetter.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    head = ("Nr.", "Actie", "Trekker", "Partners") + YEARS
    widths = (10, 132, 24, 40) + (15,) * len(YEARS)
    aligns = ("CENTER", "LEFT", "LEFT", "LEFT") + ("CENTER",) * len(YEARS)
    with pdf.table(col_widths=widths, line_height=5, padding=1.4, text_align=aligns,
                   borders_layout="ALL", width=sum(widths),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(215, 232, 222))) as table:
        r = table.row()
        for h in head:
            r.cell(h)
        for nr, actie, trekker, partners, years in GANTT_ROWS:
            r = table.row()
            for v in (nr, actie, trekker, partners):
                r.cell(v)
            for y in YEARS:
                r.cell(MARK if y in years else "")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4.2, f"{MARK} = de actie loopt in dat jaar.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 4.2,
        "Afkortingen: PF = Provincie Fryslân; WF = Wetterskip Fryslân; DFM = gemeente De Fryske Marren; "
        "SWF = gemeente Súdwest-Fryslân; gem. Hee = gemeente Heerenveen; Gem. Ldw = gemeente Leeuwarden; "
        "IFG = It Fryske Gea; RWS = Rijkswaterstaat.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-16)
    pdf.cell(0, 5, "Uitvoeringsprogramma Zoet Water en Bodemdaling Fryslân  |  bijlage 2  |  7", align="C")
    pdf.output(str(path))


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind6-") as tmp:
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)",
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, str(html)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(Path(tmp) / (html.stem + ".pdf"), out_dir / (html.stem + ".pdf"))


def main() -> int:
    build_gantt(OUT / "b6-gantt.pdf")
    for name in ("b6-projectenboek.html", "b6-kamerbrief.html"):
        soffice(MAKE / name, OUT)
    for p in sorted(OUT.glob("b6-*.pdf")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
