"""Build the blind4 documents.

- blind4-looptijd.pdf and blind4-kamerbrief.pdf: the hand-written HTML beside this script, converted by
  LibreOffice (soffice --headless, StarWriter HTML import).
- blind4-grid.pdf: drawn here with fpdf2 (a ruled grid table).
- blind4-acties.txt, blind4-raadsinformatiebrief.md, blind4-maatregelen.md: written by hand, not generated.

The gold (../gold/*.json) is written by hand; this script does not touch it.
"""
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

GRID_ROWS = [
    # Code, Maatregel, Trekker, Partners, Start, Eind, Afhankelijk van
    ("A1", "Zonnepanelen op grote daken van bedrijventerreinen stimuleren met een regionaal dakenloket",
     "Gem. Tilburg", "Enexis, Midpoint Brabant", "2026", "2028", "–"),
    ("A2", "Regionaal afwegingskader zonneparken (zonneladder) opstellen",
     "Regio HvB", "Prov. Noord-Brabant", "2026", "2026", "–"),
    ("A3", "Zonneveld Dongen-Noord voorbereiden en vergunnen",
     "Gem. Dongen", "Brabantse Delta, Enexis", "2027", "2029", "A2"),
    ("B1", "Zoekgebieden voor windturbines langs de A59 vastleggen in de omgevingsplannen",
     "Prov. Noord-Brabant", "Gem. Waalwijk, Gem. Heusden, Gem. Loon op Zand", "Q3 2026", "2027", "–"),
    ("B2", "Participatietraject omwonenden windproject Gilze en Rijen",
     "Gem. Gilze en Rijen", "Gem. Goirle", "2027", "2028", "na B1"),
    ("B3", "Ondersteuning lokale energiecoöperaties bij financieel eigendom van wind- en zonprojecten",
     "Gem. Hilvarenbeek", "Gem. Oisterwijk", "2026", "doorlopend", "zie B2"),
    ("C1", "Onderzoek warmte uit effluent van rwzi Tilburg (aquathermie)",
     "De Dommel", "Gem. Tilburg", "2026", "2027", "–"),
    ("C2", "Warmtenet Tilburg-Noord uitbreiden met warmte uit de rwzi",
     "Gem. Tilburg", "Ennatuurlijk, De Dommel", "2028", "2030", "C1"),
    ("C3", "Energiehubs op bedrijventerreinen opzetten om netcongestie te beperken",
     "Enexis", "Gem. Waalwijk, Prov. Noord-Brabant", "Q1 2027", "–", "A1, B1"),
]


def build_grid(path: Path) -> None:
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 11, 2, 9, 0, 0))
    pdf.set_margins(15, 15, 15)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Regionale Energiestrategie Hart van Brabant – Uitvoeringsprogramma 2026-2030",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.6,
        "Dit uitvoeringsprogramma hoort bij RES 2.0 van de regio Hart van Brabant. Het bevat de maatregelen "
        "die de negen gemeenten, de provincie Noord-Brabant, de waterschappen en de netbeheerder de komende "
        "jaren samen uitvoeren. De kolom 'Afhankelijk van' noemt maatregelen die eerst (deels) klaar moeten "
        "zijn; 'na' betekent dat de maatregel pas start als de genoemde maatregel is afgerond.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    head = ("Code", "Maatregel", "Trekker", "Partners", "Start", "Eind", "Afhankelijk van")
    with pdf.table(col_widths=(12, 74, 32, 48, 16, 20, 22), line_height=4.6, padding=1.4,
                   text_align="LEFT", borders_layout="ALL",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as table:
        r = table.row()
        for h in head:
            r.cell(h)
        for row in GRID_ROWS:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4.2,
        "Afkortingen: Regio HvB = Regio Hart van Brabant; Brabantse Delta = Waterschap Brabantse Delta; "
        "De Dommel = Waterschap De Dommel. Vastgesteld in het Regionaal Bestuurlijk Overleg van 2 november 2026.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind4-") as tmp:
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)",
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, str(html)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(Path(tmp) / (html.stem + ".pdf"), out_dir / (html.stem + ".pdf"))


def main() -> int:
    build_grid(OUT / "blind4-grid.pdf")
    for name in ("blind4-looptijd.html", "blind4-kamerbrief.html"):
        soffice(MAKE / name, OUT)
    for p in sorted(OUT.glob("blind4-*.pdf")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
