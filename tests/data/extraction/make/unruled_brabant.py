"""Generate actieplan-bereikbaarheid-brabant.pdf: an action table aligned by whitespace, no ruling lines."""

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "actieplan-bereikbaarheid-brabant.pdf"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

INTRO = [
    "De Brainportregio groeit snel. Tussen 2015 en 2025 kwamen er in de regio Eindhoven ruim 70.000 banen "
    "bij, en in 2024 stond de A2 bij Leenderheide op werkdagen gemiddeld drie uur per dag vast. Het "
    "openbaar vervoer naar Eindhoven Airport en de Brainport Industries Campus schiet tekort.",
    "In dit actieplan staan de kernacties (KA) die de partners in 2026-2029 uitvoeren. Waar een actie al "
    "in het Regionaal Mobiliteitsprogramma stond, is dat niet opnieuw vermeld.",
]
OUTRO = (
    "Hoe worden de acties betaald? De financiering loopt via het Mobiliteitsfonds Brabant en de "
    "bijdragen van de gemeenten; een overzicht staat in bijlage 2."
)
COLUMNS = (("Code", 16), ("Wat", 78), ("Wie", 50), ("Wanneer", 26))

ROWS = [
    (
        "KA 1",
        "Snelfietsroute Eindhoven-Helmond afronden: de ontbrekende schakel bij Geldrop aanleggen en het "
        "hele tracé verlichten.",
        "Gemeente Eindhoven i.s.m. Provincie Noord-Brabant",
        "2026-2027",
    ),
    (
        "KA 2",
        "Busbaan tussen Eindhoven Centraal en Eindhoven Airport verlengen en alle haltes op de route "
        "toegankelijk maken.",
        "Gemeente Eindhoven i.s.m. Gemeente Veldhoven en Provincie Noord-Brabant",
        "uiterlijk 2028",
    ),
    (
        "KA 3",
        "Verkenning naar de capaciteit van de A2/A67 bij knooppunt Leenderheide, met varianten voor "
        "extra rijstroken en een betere aansluiting op de Ring.",
        "Ministerie van Infrastructuur en Waterstaat i.s.m. Rijkswaterstaat",
        "voorjaar 2027",
    ),
    (
        "KA 4",
        "Mobiliteitshubs bij de stations Helmond, Best en Geldrop met fietsparkeren, deelauto's en een "
        "overstappunt op de bus. In samenhang met KA 2.",
        "Gemeente Helmond i.s.m. ProRail",
        "2027-2029",
    ),
    (
        "KA 5",
        "Afspraken met grote werkgevers over thuiswerken, reizen buiten de spits en een "
        "mobiliteitsbudget voor werknemers.",
        "Metropoolregio Eindhoven",
        "doorlopend",
    ),
    (
        "KA 6",
        "Vaker een intercity tussen Eindhoven en Venlo, met een kwartierdienst in de spits en betere "
        "aansluitingen in Helmond. Zie ook KA 4.",
        "Provincie Noord-Brabant i.s.m. ProRail en NS",
        "vanaf 2027",
    ),
    (
        "KA 7",
        "Slimme verkeerslichten en dynamische route-informatie op de Ring van Eindhoven; afhankelijk "
        "van de uitkomst van de verkenning naar de capaciteit van de A2/A67.",
        "Gemeente Eindhoven",
        "2028",
    ),
    (
        "KA 8",
        "Fietsenstalling bij station 's-Hertogenbosch uitbreiden met 2.500 plekken, inclusief "
        "bewaakte stalling voor e-bikes.",
        "Gemeente 's-Hertogenbosch i.s.m. ProRail",
        "2026",
    ),
]


class Plan(FPDF):
    """A4 page with a running header and a page number."""

    def header(self) -> None:
        self.set_font("Sans", "", 8)
        self.cell(0, 5, "Actieplan Bereikbaarheid Brainport 2026-2029", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.cell(0, 8, str(self.page_no()), align="R")


def row(pdf: FPDF, cells: tuple[str, ...], style: str = "") -> None:
    """One table row: every cell wrapped in its own column, the next row below the tallest cell."""
    pdf.set_font("Sans", style, 9)
    top, x, bottom = pdf.get_y(), pdf.l_margin, pdf.get_y()
    for text, (_, width) in zip(cells, COLUMNS, strict=True):
        pdf.set_xy(x, top)
        lines = pdf.multi_cell(width - 4, 4.5, text, align="L", new_x="RIGHT", new_y="TOP", output="LINES")
        bottom = max(bottom, top + 4.5 * len(lines))
        x += width
    pdf.set_xy(pdf.l_margin, bottom + 3.5)


def build() -> None:
    pdf = Plan(format="A4")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creator("Adobe InDesign 19.0")
    pdf.set_creation_date(datetime(2026, 2, 16, 14, 0, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "Actieplan Bereikbaarheid Brainport", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    for text in INTRO:
        pdf.ln(2)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Kernacties", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    row(pdf, tuple(name for name, _ in COLUMNS), "B")
    for values in ROWS:
        row(pdf, values)
    pdf.ln(2)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, OUTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT))


if __name__ == "__main__":
    build()
