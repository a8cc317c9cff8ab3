"""Generate programma-klimaatadaptatie-utrecht.pdf: a ruled action table as a word processor exports it."""

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "programma-klimaatadaptatie-utrecht.pdf"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
HSDR = "Hoogheemraadschap De Stichtse Rijnlanden"

INTRO = (
    "Utrecht groeit, en het klimaat verandert sneller dan onze stad is ingericht. In de zomer van 2024 "
    "stonden na twee zware buien tientallen kelders in Overvecht en Zuilen onder water, en in de "
    "hittegolf van 2025 lag de gevoelstemperatuur in de binnenstad ruim acht graden hoger dan in het "
    "buitengebied. Dit programma bundelt de acties die de gemeente en haar partners de komende jaren "
    "uitvoeren om de stad bestand te maken tegen wateroverlast, hitte en droogte."
)
GUIDE = (
    "Leeswijzer: de tabel hieronder ordent de acties in drie thema's: 1. wateroverlast en hitte, "
    "2. groen en openbare ruimte, 3. droogte en grondwater. Per actie staan de trekker, de partners "
    "en de planning vermeld. De gemeenteraad heeft in maart 2025 de motie 'Ruimte voor regenwater' "
    "aangenomen; de acties 1.2 en 1.3 geven daar uitvoering aan."
)
OUTRO = (
    "De voortgang wordt jaarlijks gerapporteerd in de klimaatmonitor. Vragen over dit programma kunt u "
    "stellen via het Klantcontactcentrum van de gemeente."
)

ROWS = [
    (
        "1.1",
        "Stresstest wateroverlast actualiseren voor alle wijken, met de nieuwe neerslagscenario's "
        "van het KNMI en een kaart van kwetsbare functies.",
        "Gemeente Utrecht",
        HSDR,
        "2026",
    ),
    (
        "1.2",
        "Haalbaarheidsstudie naar een ondergrondse piekberging onder het Máximapark voor het "
        "opvangen van extreme buien in Leidsche Rijn.",
        f"{HSDR} en Gemeente Utrecht",
        "",
        "Q3 2027",
    ),
    (
        "1.3",
        "Aanleg van de piekberging in het Máximapark, inclusief overstortleiding naar de "
        "Leidsche Rijn. Start nadat actie 1.2 is afgerond.",
        "Gemeente Utrecht",
        HSDR,
        "2028-2030",
    ),
    (
        "1.4",
        "Hitteplan opstellen met koele plekken, drinkwaterpunten en een belrondje voor "
        "kwetsbare ouderen tijdens hittegolven.",
        "Gemeente Utrecht",
        "GGD regio Utrecht, Veiligheidsregio Utrecht",
        "2026-2027",
    ),
    (
        "1.5",
        "Risicodialoog met bewoners en ondernemers in de tien wijken met de meeste meldingen van "
        "wateroverlast en hitte. In samenhang met actie 1.4.",
        "Gemeente Utrecht",
        "",
        "doorlopend",
    ),
    (
        "2.1",
        "Programma groene schoolpleinen: ontwerpkaders, ondersteuning van scholen en een fonds "
        "voor onderhoud van het groen.",
        "Gemeente Utrecht",
        "Provincie Utrecht",
        "2026-2028",
    ),
    (
        "2.2",
        "Veertig schoolpleinen in Overvecht en Kanaleneiland ontstenen en vergroenen. Maakt deel "
        "uit van 2.1.",
        "Gemeente Utrecht",
        "schoolbesturen",
        "uiterlijk 2028",
    ),
    (
        "2.3",
        "Provinciale subsidieregeling voor groene daken en regentonnen voor particulieren en "
        "verenigingen van eigenaren.",
        "Provincie Utrecht",
        "Gemeente Utrecht, Gemeente Amersfoort",
        "vanaf 2027",
    ),
    (
        "2.4",
        "Bomenplan: 10.000 extra bomen in straten met de hoogste hittestress, met ruimere groeiplaatsen.",
        "Gemeente Utrecht",
        "Staatsbosbeheer",
        "2027",
    ),
    (
        "2.5",
        "Bij elke herinrichting van een straat de ondergrond klimaatbestendig inrichten en kabels "
        "en leidingen bundelen. Zie ook 3.1.",
        "Gemeente Utrecht",
        "Stedin, Vitens",
        "vanaf 2026",
    ),
    (
        "2.6",
        "Handreiking klimaatadaptief bouwen opnemen in het omgevingsplan, met normen voor "
        "waterberging op eigen terrein.",
        "Gemeente Utrecht en Provincie Utrecht",
        "",
        "2026-2027",
    ),
    (
        "3.1",
        "Grondwatermeetnet in de stad uitbreiden met zestig peilbuizen en de meetgegevens open publiceren.",
        "Provincie Utrecht",
        f"Vitens, {HSDR}",
        "2026-2027",
    ),
    (
        "3.2",
        "Onderzoek naar de zoetwaterbeschikbaarheid in de Kromme Rijnstreek bij langdurige droogte.",
        HSDR,
        "Provincie Utrecht",
        "2026",
    ),
    (
        "3.3",
        "Peilbesluit Kromme Rijn herzien; wacht op de uitkomst van het onderzoek naar de "
        "zoetwaterbeschikbaarheid in de Kromme Rijnstreek.",
        HSDR,
        "Gemeente Houten, Gemeente Bunnik",
        "2028",
    ),
    (
        "3.4",
        "Regionale droogtestrategie voor de Utrechtse Heuvelrug en de Gelderse Vallei, met "
        "afspraken over beregening.",
        "Provincie Utrecht en Waterschap Vallei en Veluwe",
        f"{HSDR}, Vitens",
        "2026-2028",
    ),
]


class Programme(FPDF):
    """A4 document with a running header and page numbers, like a word processor export."""

    def header(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Programma Klimaatadaptatie Utrecht 2026-2030", align="L")
        self.cell(0, 5, "Gemeente Utrecht", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 10, f"Pagina {self.page_no()} van {{nb}}", align="C")


def build() -> None:
    pdf = Programme(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creator("Microsoft Word")
    # A fixed date keeps the committed fixture byte-identical when it is regenerated.
    pdf.set_creation_date(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    pdf.set_title("Programma Klimaatadaptatie Utrecht 2026-2030")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, "Programma Klimaatadaptatie 2026-2030", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5, GUIDE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Tabel 1. Acties", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    heading = FontFace(emphasis="BOLD", fill_color=(220, 230, 240))
    with pdf.table(
        col_widths=(9, 56, 39, 39, 22),
        text_align="LEFT",
        borders_layout="ALL",
        headings_style=heading,
        repeat_headings=1,
        line_height=4.6,
        padding=1.5,
        v_align="TOP",
    ) as table:
        table.row(("Nr.", "Actie", "Trekker", "Partners", "Planning"))
        for values in ROWS:
            table.row(values)
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, OUTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    build()
