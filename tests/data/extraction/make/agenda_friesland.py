"""Generate uitvoeringsagenda-regio-friesland.pdf: agreements with role-annotated parties, an action table."""

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "uitvoeringsagenda-regio-friesland.pdf"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
TITLE = "Uitvoeringsagenda Noordoost-Fryslân 2026-2029"

INTRO = [
    "Noordoost-Fryslân is een regio van dorpen, kwelders en open landschap. Tussen 2010 en 2025 daalde "
    "het aantal inwoners in de kleinste dorpen met ruim tien procent, en in de droge zomer van 2022 "
    "verzilten sloten in het gebied rond het Lauwersmeer.",
    "Deze uitvoeringsagenda is in juni 2026 vastgesteld door de stuurgroep van de regio. Hoofdstuk 2 "
    "beschrijft de uitvoeringsafspraken tussen de partijen; hoofdstuk 3 bevat de acties per thema.",
]

AGREEMENTS = [
    (
        "Uitvoeringsafspraak A: Leefbare dorpen in Noardeast-Fryslân en Dantumadiel",
        "Voor de leefbaarheid van de kleine kernen hebben de gemeenten elkaar en de provincie nodig. "
        "Daarom leggen de volgende partijen hun inzet vast:",
        [
            "Gemeente Noardeast-Fryslân (initiatiefnemer)",
            "Gemeente Dantumadiel (initiatiefnemer)",
            "Provincie Fryslân (opdrachtgever)",
            "Thús Wonen",
            "Ministerie van Volkshuisvesting en Ruimtelijke Ordening (betrokken)",
        ],
        "De afspraak gaat over een dorpsagenda per kern voor wonen, voorzieningen en openbare ruimte, "
        "opgesteld met de dorpsbelangen, met cofinanciering uit een provinciale regeling en advies van "
        "het ministerie over de inzet van de Woningbouwimpuls.",
        "Planning: 2026-2028",
    ),
    (
        "Uitvoeringsafspraak B: Zoetwater en peilbeheer in het Lauwersmeergebied",
        "Het Lauwersmeergebied ligt op de grens van twee waterschappen en twee provincies. Voor een "
        "robuuste zoetwatervoorziening maken de partijen de volgende afspraak:",
        [
            "Wetterskip Fryslân (initiatiefnemer)",
            "Waterschap Noorderzijlvest (initiatiefnemer)",
            "Provincie Fryslân (opdrachtgever)",
            "Provincie Groningen (betrokken)",
            "Gemeente Het Hogeland (betrokken)",
            "Deltares (inhoudelijke ondersteuning)",
        ],
        "De waterschappen verkennen samen een zoetwaterbuffer in het Lauwersmeer en een gezamenlijk "
        "peilbeheer bij droogte, met maatregelen tegen verzilting van de landbouwgronden.",
        "Planning: 2027-2029",
    ),
]

HEAD = ("Nr.", "Actie", "Wie", "Wanneer")
ROWS = [
    (
        "NF 1",
        "Glasvezel aanleggen naar de laatste 1.200 adressen in het buitengebied zonder snel internet.",
        "Provincie Fryslân i.s.m. Gemeente Noardeast-Fryslân",
        "2026",
    ),
    (
        "NF 2",
        "Subsidie voor isolatie en zonnepanelen op 25 dorpshuizen, met een energiecoach per dorpshuis.",
        "Gemeente Dantumadiel",
        "2026-2027",
    ),
    (
        "NF 3",
        "Snelbus tussen Dokkum en Leeuwarden elk half uur, ook in de avond en het weekend.",
        "Provincie Fryslân i.s.m. Arriva",
        "vanaf 2026",
    ),
    (
        "NF 4",
        "Peilbesluit Dokkumer Grootdiep herzien. Start nadat de verkenning onder Uitvoeringsafspraak B "
        "is afgerond.",
        "Wetterskip\nFryslân",
        "2030",
    ),
    (
        "NF 5",
        "Versterking van de Lauwersmeerdijk bij Zoutkamp, met een fietspad op de kruin.",
        "Waterschap\nNoorderzijlvest i.s.m. Wetterskip Fryslân",
        "uiterlijk 2031",
    ),
    (
        "NF 6",
        "400 flexwoningen voor starters en ouderen in Dokkum, Damwâld en Kollum. Maakt deel uit van "
        "Uitvoeringsafspraak A.",
        "Gemeente Noardeast-Fryslân i.s.m. Thús Wonen",
        "2026-2027",
    ),
]


class Agenda(FPDF):
    """A4 document with a running header and page numbers."""

    def header(self) -> None:
        self.set_font("Sans", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, TITLE, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.cell(0, 8, f"{self.page_no()}", align="C")


def heading(pdf: FPDF, text: str, size: int = 12) -> None:
    if pdf.get_y() > pdf.page_break_trigger - 30:
        pdf.add_page()  # keep a heading with the text that follows, as a word processor does
    pdf.ln(3)
    pdf.set_font("Sans", "B", size)
    pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def paragraph(pdf: FPDF, text: str) -> None:
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def build() -> None:
    pdf = Agenda(format="A4")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creator("Microsoft Word")
    pdf.set_creation_date(datetime(2026, 6, 22, 10, 0, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "1. Inleiding")
    for text in INTRO:
        paragraph(pdf, text)
    heading(pdf, "2. Uitvoeringsafspraken")
    for title, lead_in, parties, body, planning in AGREEMENTS:
        paragraph(pdf, lead_in)
        heading(pdf, title, 11)
        pdf.set_font("Sans", "", 10)
        pdf.cell(0, 5, "Gemeenschappelijke uitvoeringsafspraak van:", new_x="LMARGIN", new_y="NEXT")
        for party in parties:
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(5, 5, "•")
            pdf.cell(0, 5, party, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        paragraph(pdf, body)
        paragraph(pdf, planning)
    heading(pdf, "3. Acties")
    pdf.set_font("Sans", "", 9)
    with pdf.table(
        col_widths=(12, 80, 46, 24),
        text_align="LEFT",
        borders_layout="ALL",
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 235, 245)),
        line_height=4.6,
        padding=1.5,
        v_align="TOP",
    ) as table:
        table.row(HEAD)
        for values in ROWS:
            table.row(values)
    pdf.ln(4)
    paragraph(pdf, "Vragen over deze agenda? Mail naar het regiosecretariaat Noordoost-Fryslân.")
    pdf.output(str(OUT))


if __name__ == "__main__":
    build()
