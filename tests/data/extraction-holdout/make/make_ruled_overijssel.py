"""Write holdout-ruled-overijssel.pdf: a ruled table over a page break, as a word processor exports it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "holdout-ruled-overijssel.pdf"
FONTS = Path("/usr/share/fonts/truetype/liberation2")
TITLE = "Uitvoeringsprogramma Klimaatadaptatie Twente 2026-2029"

INTRO = [
    "De veertien Twentse gemeenten, Waterschap Vechtstromen en Provincie Overijssel werken sinds 2019 samen "
    "in de werkregio Klimaatadaptatie Twente. In de zomers van 2022 en 2023 kampte de regio met langdurige "
    "droogte; in juni 2025 zorgde een wolkbreuk boven Enschede en Hengelo voor ondergelopen kelders en "
    "afgesloten tunnels.",
    "Dit programma bundelt de projecten die de partners in de periode 2026-2029 uitvoeren. Per project staat "
    "vermeld wie de kar trekt, met welke partners wordt samengewerkt en wat de looptijd is.",
]

HEADER = ("#", "Project", "Kartrekker", "Samenwerkingspartners", "Looptijd")

ROWS = [
    ("P1", "Stresstest wateroverlast actualiseren met de neerslagstatistiek van 2025, voor alle "
     "Twentse gemeenten en met aandacht voor vitale objecten",
     "Waterschap Vechtstromen", "Gemeente Enschede, Gemeente Hengelo, Gemeente Almelo", "2026"),
    ("P2", "Hittekaart Twente opstellen met de gevoelstemperatuur per buurt en de ligging van "
     "zorginstellingen en scholen", "Provincie Overijssel", "GGD Twente", "Q3 2026"),
    ("P3", "Hitteplan per gemeente opstellen, met koele plekken en een belronde voor kwetsbare "
     "ouderen. Start nadat P2 is afgerond.", "Gemeente Hengelo", "GGD Twente;\nVeiligheidsregio Twente",
     "2027 – 2028"),
    ("P4", "Afkoppelen van hemelwater in de wijk Twekkelerveld, met 4.000 m³ bergingsruimte in "
     "wadi's en onder het sportpark", "Gemeente Enschede", "Waterschap Vechtstromen", "2026 t/m 2029"),
    ("P5", "Peilgestuurde drainage aanleggen bij veertig agrarische bedrijven op de hoge zandgronden "
     "om water langer vast te houden", "Waterschap Vechtstromen", "LTO Noord;\nProvincie Overijssel",
     "Vanaf 2027"),
    ("P6", "Grondwatermeetnet uitbreiden met 25 peilbuizen rond het waterwingebied Hoge Hexel",
     "Vitens", "–", "2026-2027"),
    ("P7", "Programma Groene Schoolpleinen Twente: dertig schoolpleinen onttegelen en vergroenen, "
     "met leerlingen als mede-ontwerpers", "Gemeente Almelo",
     "Gemeente Borne, Gemeente Oldenzaal, Landschap Overijssel", "2026-2029"),
    ("P8", "Regenwater van daken van schoolgebouwen opvangen in regentonnen en infiltratiekratten; "
     "onderdeel van P7", "Gemeente Borne", "Waterschap Vechtstromen", "2027"),
    ("P9", "Klimaatbestendig herinrichten van bedrijventerrein XL Businesspark Twente, inclusief "
     "groene bermen en waterdoorlatende verharding", "Gemeente Almelo",
     "Enexis Netbeheer, Waterschap Vechtstromen", "uiterlijk 2028"),
    ("P10", "Risicodialoog met bewoners van laaggelegen straten over wat zij zelf kunnen doen tegen "
     "water in huis", "Gemeente Oldenzaal en Gemeente Losser", "Veiligheidsregio Twente", "doorlopend"),
    ("P11", "Maatregelenkaart wateroverlast per gemeente vaststellen. Wacht op de uitkomsten van de "
     "geactualiseerde stresstest wateroverlast.", "Gemeente Hof van Twente",
     "Waterschap Vechtstromen, Gemeente Rijssen-Holten", "eind 2027"),
    ("P12", "Beekherstel van de Dinkel bij Lattrop: meanders terugbrengen en natuurvriendelijke oevers "
     "aanleggen. Zie ook P5.", "Waterschap Vechtstromen",
     "Staatsbosbeheer, Landschap Overijssel, Gemeente Dinkelland", "2028-2030"),
]

OUTRO = (
    "De financiering van de projecten is geregeld in de samenwerkingsovereenkomst van 12 november 2025. "
    "Vragen over dit programma kunt u stellen aan het programmabureau van de werkregio."
)


class Programme(FPDF):
    """A4 pages with a running header and a page number, like a word-processor export."""

    def header(self) -> None:
        self.set_font("LS", "", 8)
        self.set_text_color(110)
        self.cell(0, 5, TITLE, align="L")
        self.cell(0, 5, "Werkregio Klimaatadaptatie Twente", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("LS", "", 8)
        self.set_text_color(110)
        self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="C")
        self.set_text_color(0)


def build() -> None:
    pdf = Programme(format="A4")
    pdf.set_title(TITLE)
    pdf.set_author("Werkregio Klimaatadaptatie Twente")
    pdf.set_creation_date(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))  # reproducible bytes
    pdf.add_font("LS", "", str(FONTS / "LiberationSans-Regular.ttf"))
    pdf.add_font("LS", "B", str(FONTS / "LiberationSans-Bold.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("LS", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("LS", "B", 11)
    pdf.cell(0, 6, "1. Inleiding", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 10)
    for para in INTRO:
        pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(2)
    pdf.set_font("LS", "B", 11)
    pdf.cell(0, 6, "2. Projecten", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9)
    pdf.cell(0, 5, "Tabel 1. Projecten van het uitvoeringsprogramma", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    heading = FontFace(emphasis="BOLD", fill_color=(217, 226, 243))
    with pdf.table(
        col_widths=(10, 62, 30, 44, 24),
        line_height=4.6,
        repeat_headings=1,
        headings_style=heading,
        text_align="LEFT",
        padding=1.5,
        borders_layout="ALL",
        v_align="TOP",
    ) as table:
        table.row(HEADER)
        for row in ROWS:
            table.row(row)
    pdf.ln(4)
    pdf.set_font("LS", "", 10)
    pdf.multi_cell(0, 5, OUTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    build()
    print(OUT)
