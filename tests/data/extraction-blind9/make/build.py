"""Build the blind9 documents that are not written by hand.

- b9-tweeregelige-kop.pdf: the HTML beside this script (a table with a two-row header: "Rol" over "Trekker" |
  "Partners", "Planning" over "Start" | "Gereed"), converted by LibreOffice (soffice --headless, StarWriter
  HTML import).
- b9-gesplitste-rij.pdf: reportlab, a ruled table over two pages whose header row is repeated on page 2
  and whose row ZV-5 is split over the page break (title and first paragraph on page 1, the other two
  paragraphs on page 2 in a continuation row whose other cells are empty).
- b9-kamervragen.pdf: reportlab, answers of the Minister van VRO to Kamervragen ("Vraag 3 ...",
  "Antwoord 3 ...").
- b9-projectfiches.pdf: fpdf2, an intro page and one project sheet per page (a two-column ruled table).
- b9-export.csv: a comma-separated export with a byte order mark, CRLF between records and line breaks inside
  quoted fields; written here so that those bytes are exact.
- b9-rollen-per-partij.md, b9-vage-perioden.md: written by hand.

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
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold")


# ---------------------------------------------------------------- b9-gesplitste-rij.pdf (Zeeuws-Vlaanderen)

# code, title, description paragraphs, trekker, partners, looptijd
SPLIT_ROWS = [
    (
        "ZV-1",
        "Zoetwaterbuffers in de kreekruggen van Oost-Zeeuws-Vlaanderen",
        [
            "In de kreekruggen wordt regenwater in de winter ondergronds opgeslagen, zodat akkerbouwers in "
            "droge zomers kunnen beregenen zonder grondwater uit diepere lagen op te pompen."
        ],
        "WS Scheldestromen",
        "ZLTO, PZ",
        "2026-2028",
    ),
    (
        "ZV-2",
        "Beperken van verzilting langs het Kanaal Gent-Terneuzen",
        [
            "Onderzoek naar de zoutlast via de sluizen van Terneuzen en maatregelen om het zout in het "
            "kanaal te houden, zoals een zoutscherm en aangepast schutbeheer."
        ],
        "RWS",
        "North Sea Port, WS Scheldestromen",
        "2027-2029",
    ),
    (
        "ZV-3",
        "Klimaatbestendige herinrichting centrum Terneuzen",
        [
            "Pleinen en straten in het centrum worden vergroend; regenwater wordt afgekoppeld en vertraagd "
            "afgevoerd naar de Otheense Kreek."
        ],
        "Gem. Terneuzen",
        "WS Scheldestromen",
        "2026-2027",
    ),
    (
        "ZV-4",
        "Beheerplan Verdronken Land van Saeftinghe",
        [
            "Een nieuw beheerplan voor het getijdengebied, met afspraken over recreatie, begrazing en "
            "het monitoren van opslibbing."
        ],
        "Het Zeeuwse Landschap",
        "Gem. Hulst, PZ",
        "2027",
    ),
    (
        "ZV-5",
        "Duurzame drinkwatervoorziening Zeeuws-Vlaanderen",
        [
            "Zeeuws-Vlaanderen krijgt zijn drinkwater nu voor een groot deel via een leiding uit de "
            "Biesbosch. Evides onderzoekt met de provincie welke bronnen in de regio zelf kunnen worden "
            "benut, zoals brak grondwater dat wordt ontzilt en gezuiverd effluent van de "
            "rioolwaterzuiveringen.",
            "De eerste stap is een bronnenstudie; daarna volgt een proefinstallatie bij Terneuzen. "
            "Bij de keuze van de locatie tellen de ruimte in het bestemmingsplan, de afstand tot het "
            "leidingnet en de gevolgen voor natuur en landbouw mee.",
            "De studie rekent met de hoeveelheid water die in de winter in de kreekruggen kan worden "
            "opgeslagen. De proefinstallatie wordt ontworpen op basis van de zoetwaterbuffers uit ZV-1.",
        ],
        "Evides",
        "PZ",
        "vanaf 2027",
    ),
    (
        "ZV-6",
        "Watertoets voor nieuwe bedrijventerreinen in de Kanaalzone",
        [
            "Elk nieuw terrein van de haven krijgt een watertoets vóór het bestemmingsplan wordt "
            "vastgesteld, in samenhang met ZV-2."
        ],
        "North Sea Port",
        "Gem. Terneuzen, WS Scheldestromen",
        "uiterlijk 2028",
    ),
    (
        "ZV-7",
        "Kustversterking en strandrecreatie Cadzand-Bad",
        [
            "Versterking van de duinvoet en een nieuwe inrichting van de boulevard, zodat de kust ook bij "
            "een hogere zeespiegel veilig blijft."
        ],
        "WS Scheldestromen",
        "Gem. Sluis, RWS",
        "2028-2030",
    ),
    (
        "ZV-8",
        "Monitoring en evaluatie van de agenda",
        ["Jaarlijkse voortgangsrapportage en een eindevaluatie in 2030, na afronding van ZV-1 en ZV-3."],
        "PZ",
        "Gem. Sluis, Gem. Terneuzen, Gem. Hulst, WS Scheldestromen",
        "2030",
    ),
]

SPLIT_AT = "ZV-5"
SPLIT_INTRO = [
    "De provincie Zeeland, de gemeenten Sluis, Terneuzen en Hulst, Waterschap Scheldestromen, "
    "Rijkswaterstaat, North Sea Port, Evides en Het Zeeuwse Landschap werken samen aan een Zeeuws-Vlaanderen "
    "dat bestand is tegen droogte, zout en hoog water. Deze agenda bundelt de acties die de partijen in de "
    "periode 2026-2030 uitvoeren.",
    "Zeeuws-Vlaanderen is voor zoet water grotendeels afhankelijk van regen. In de droge zomers van 2018, "
    "2020 en 2022 gold in grote delen van de regio een beregeningsverbod uit oppervlaktewater, en in 2025 "
    "kwam zout water via het kanaal verder landinwaarts dan ooit gemeten. Tegelijk groeit de haven en "
    "vraagt de industrie in de Kanaalzone meer water.",
    "Het Zeeuws Water Overleg heeft de agenda op 18 november 2026 vastgesteld. De trekker van een actie "
    "zorgt voor de uitvoering en rapporteert over de voortgang; de partners leveren kennis, menskracht of "
    "geld. De looptijd geeft de jaren waarin de actie wordt uitgevoerd.",
    "De acties zijn genummerd ZV-1 tot en met ZV-8. Een actie die op een andere actie voortbouwt, noemt "
    "die actie in de toelichting.",
]


def footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("DejaVu", 7.5)
    canvas.drawString(20 * mm, 10 * mm, "Uitvoeringsagenda Water en Ruimte Zeeuws-Vlaanderen 2026-2030")
    canvas.drawRightString(190 * mm, 10 * mm, f"pagina {doc.page}")
    canvas.restoreState()


def build_split(path: Path) -> None:
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=14, leading=18, spaceAfter=8)
    intro = ParagraphStyle("intro", fontName="DejaVu", fontSize=9.5, leading=13.5, spaceAfter=7)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=8.5, leading=11.5, spaceAfter=3)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=8.5, leading=11.5)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=8, leading=10.5)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        title="Uitvoeringsagenda Water en Ruimte Zeeuws-Vlaanderen 2026-2030",
        author="Provincie Zeeland",
        creator="blind9 build.py",
        invariant=1,
    )
    header = [Paragraph(h, head) for h in ("Nr.", "Actie en toelichting", "Trekker", "Partners", "Looptijd")]
    # the page break falls inside row SPLIT_AT: its first paragraphs on page 1, the rest on page 2 under the
    # repeated header, with the other cells of the continuation empty (as a word processor splits a row)
    parts: list[list[list]] = [[header], [header]]
    for code, name, paras, lead, partners, when in SPLIT_ROWS:
        first = [Paragraph(f"<b>{name}</b>", cell)] + [Paragraph(p, cell) for p in paras]
        row = [
            Paragraph(code, cell),
            first,
            Paragraph(lead, cell),
            Paragraph(partners, cell),
            Paragraph(when, cell),
        ]
        if code < SPLIT_AT:
            parts[0].append(row)
        elif code == SPLIT_AT:
            row[1] = first[:2]
            parts[0].append(row)
            parts[1].append(["", first[2:], "", "", ""])
        else:
            parts[1].append(row)
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.9, 0.95)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    tables = []
    for rows in parts:
        table = Table(rows, colWidths=(12 * mm, 70 * mm, 33 * mm, 33 * mm, 22 * mm))
        table.setStyle(style)
        tables.append(table)
    story = [
        Paragraph("Provincie Zeeland", small),
        Spacer(1, 4),
        Paragraph("Uitvoeringsagenda Water en Ruimte Zeeuws-Vlaanderen 2026-2030", title),
    ]
    story += [Paragraph(p, intro) for p in SPLIT_INTRO]
    story += [
        tables[0],
        PageBreak(),
        tables[1],
        Spacer(1, 6),
        KeepTogether(
            Paragraph(
                "Afkortingen: PZ = Provincie Zeeland; RWS = Rijkswaterstaat; WS Scheldestromen = Waterschap "
                "Scheldestromen; ZLTO = Zuidelijke Land- en Tuinbouworganisatie; Gem. = gemeente; Evides = "
                "Evides Waterbedrijf.",
                small,
            )
        ),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- b9-kamervragen.pdf (Flevoland, VRO)

# (question, answer paragraphs)
QA = [
    (
        "Bent u bekend met het bericht ‘Nieuwe wijken in Almere wachten jaren op stroom’ bij Omroep "
        "Flevoland "
        "van 14 oktober 2026?",
        ["Ja."],
    ),
    (
        "Hoeveel woningen zijn in 2025 in Almere en Lelystad opgeleverd, en hoeveel waren er in de "
        "woondeal Flevoland afgesproken?",
        [
            "In 2025 zijn in Almere 2.350 en in Lelystad 980 nieuwe woningen opgeleverd. In de woondeal "
            "Flevoland is voor beide gemeenten samen een gemiddelde van 4.000 woningen per jaar afgesproken."
        ],
    ),
    (
        "Bent u bereid met de netbeheerders en de provincie afspraken te maken, zodat nieuwe woonwijken "
        "sneller op het elektriciteitsnet kunnen worden aangesloten?",
        [
            "Ja. Ik zal vóór 1 juli 2027 met Liander, TenneT en de provincie Flevoland afspraken maken over "
            "voorrang voor woningbouwlocaties bij het aansluiten op het elektriciteitsnet. Die afspraken "
            "gelden ook voor de andere woondealregio’s."
        ],
    ),
    (
        "Deelt u de mening dat de ontwikkeling van Almere Pampus moet worden versneld?",
        [
            "Nee. Ik zie geen aanleiding om de planning van Almere Pampus te versnellen, omdat de "
            "ontsluiting met de IJmeerverbinding nog niet is besloten. Wel laat ik in 2027 door het "
            "Planbureau voor de Leefomgeving onderzoeken welke woningbouw in Almere mogelijk is zonder "
            "nieuwe verbinding over het IJmeer."
        ],
    ),
    (
        "Welke rol speelt het waterschap bij de woningbouw in Almere Oosterwold, waar bij hevige regen "
        "straten onder water staan?",
        [
            "Waterschap Zuiderzeeland is verantwoordelijk voor het peilbeheer in Oosterwold. Het "
            "waterschap breidt in 2027 de capaciteit van gemaal De Blocq van Kuffeler uit.",
            "Samen met Waterschap Zuiderzeeland en de gemeente Almere start ik in 2027 een verkenning naar "
            "extra waterberging in Almere Oosterwold. Als de verkenning laat zien dat extra berging nodig "
            "is, zal ik met de provincie bezien hoe die kan worden bekostigd.",
        ],
    ),
    (
        "Kunt u toezeggen dat het Rijk bijdraagt aan een extra treinverbinding tussen Lelystad en Zwolle?",
        [
            "Nee, dat kan ik niet. Over het spoor gaat de minister van Infrastructuur en Waterstaat. De "
            "minister van Infrastructuur en Waterstaat besluit in het voorjaar van 2027 over de "
            "dienstregeling op de Hanzelijn na 2028."
        ],
    ),
    (
        "Wat doet u om de bouw van betaalbare huurwoningen in Lelystad te versnellen?",
        [
            "Ik stel in 2027 en 2028 € 15 miljoen uit de Woningbouwimpuls beschikbaar voor betaalbare "
            "huurwoningen in het centrum van Lelystad. Daarnaast maak ik met de gemeente Lelystad en "
            "woningcorporatie Centrada uiterlijk eind 2027 afspraken over de bouw van 600 sociale "
            "huurwoningen in Lelystad-Zuid.",
            "In 2024 is de eerste tranche van de Woningbouwimpuls voor Lelystad al volledig toegekend.",
        ],
    ),
    (
        "Bent u bereid de Kamer te informeren over de voortgang van de woningbouw in Flevoland?",
        [
            "Ja. Ik informeer uw Kamer vanaf 2027 jaarlijks in de Staat van de Volkshuisvesting over de "
            "voortgang van de woondeal Flevoland."
        ],
    ),
]


def build_kamervragen(path: Path) -> None:
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=9.5, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("small", fontName="DejaVu", fontSize=7.5, leading=10)
    label = ParagraphStyle("label", fontName="DejaVu-Bold", fontSize=9.5, leading=13.5, spaceBefore=6)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=11, leading=15, spaceAfter=8)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=30 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Beantwoording Kamervragen woningbouw en netcongestie Almere en Lelystad",
        author="Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
        creator="blind9 build.py",
        invariant=1,
    )
    meta = Table(
        [
            [Paragraph("Datum", small), Paragraph("26 november 2026", small)],
            [
                Paragraph("Betreft", small),
                Paragraph(
                    "Beantwoording Kamervragen over woningbouw en netcongestie in Almere en Lelystad", small
                ),
            ],
            [Paragraph("Ons kenmerk", small), Paragraph("2026-0000871245", small)],
        ],
        colWidths=(25 * mm, 120 * mm),
        hAlign="LEFT",
    )
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Ministerie van Volkshuisvesting en Ruimtelijke Ordening", label),
        Paragraph("&gt; Retouradres Postbus 20011 2500 EA Den Haag", small),
        Spacer(1, 8),
        Paragraph(
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>"
            "2500 EA Den Haag",
            base,
        ),
        Spacer(1, 6),
        meta,
        Spacer(1, 12),
        Paragraph(
            "Antwoorden op vragen van het lid Terpstra over woningbouw, netcongestie en water in Almere en "
            "Lelystad (ingezonden 21 oktober 2026, 2026Z18342)",
            head,
        ),
    ]
    for i, (question, answers) in enumerate(QA, start=1):
        story.append(Paragraph(f"Vraag {i}", label))
        story.append(Paragraph(question, base))
        story.append(Paragraph(f"Antwoord {i}", label))
        story += [Paragraph(a, base) for a in answers]
    story += [
        Spacer(1, 10),
        Paragraph("De minister van Volkshuisvesting en Ruimtelijke Ordening,", base),
    ]
    doc.build(story)


# ---------------------------------------------------------------- b9-projectfiches.pdf (Drechtsteden)

FICHE_FIELDS = (
    "Projectnummer",
    "Projectnaam",
    "Doel",
    "Opdrachtgever",
    "Trekker (projectleider)",
    "Partners",
    "Betrokken",
    "Start",
    "Oplevering",
    "Relatie met andere projecten",
)
FICHES = [
    (
        "DS-01",
        "Meerlaagse veiligheid Eiland van Dordrecht",
        "Het eiland voorbereiden op een overstroming: sterke dijken, een robuuste inrichting en een goede "
        "rampenbeheersing.",
        "PZH",
        "Gem. Dordrecht (projectleider: R. Bakker)",
        "WSHD, VRZHZ",
        "RWS",
        "2026",
        "2029",
        "Geen.",
    ),
    (
        "DS-02",
        "Evacuatieplan hoogwater Dordrecht",
        "Een plan voor het in veiligheid brengen van bewoners van het eiland bij dreigend hoogwater.",
        "Gem. Dordrecht",
        "VRZHZ (projectleider: S. el Amrani)",
        "Gem. Zwijndrecht",
        "WSHD",
        "Q1 2027",
        "Q4 2027",
        "Onderdeel van DS-01.",
    ),
    (
        "DS-03",
        "Dijkversterking Sliedrecht-Oost",
        "Versterking van 3,2 km Merwededijk tussen Sliedrecht en de Giessen.",
        "WSRL",
        "WSRL (projectleider: H. van Wijk)",
        "Gem. Sliedrecht",
        "RWS",
        "2027",
        "2030",
        "Geen.",
    ),
    (
        "DS-04",
        "Hittebestendige binnenstad Zwijndrecht",
        "Meer schaduw, groen en water in de binnenstad en een hittekaart voor de hele gemeente.",
        "Gem. Zwijndrecht",
        "Gem. Zwijndrecht (projectleider: L. Verbeek)",
        "WSHD",
        "OZHZ",
        "2026",
        "2028",
        "Geen.",
    ),
    (
        "DS-05",
        "Zoetwatervoorziening Eiland van Dordrecht",
        "Voldoende zoet water voor drinkwater en natuur, ook bij zoutindringing in de Oude Maas.",
        "PZH",
        "Evides (projectleider: K. de Jong)",
        "WSHD",
        "Staatsbosbeheer",
        "nog te bepalen",
        "2029",
        "Samenhang met DS-01.",
    ),
    (
        "DS-06",
        "Kennisdeling en monitoring klimaatadaptatie Drechtsteden",
        "Een gedeeld dashboard en jaarlijkse kennisdagen voor de Drechtsteden-gemeenten en hun partners.",
        "PZH",
        "Gem. Papendrecht (projectleider: N. Hoek)",
        "Gem. Dordrecht, Gem. Zwijndrecht, Gem. Sliedrecht",
        "OZHZ",
        "2028",
        "n.v.t. (doorlopend)",
        "Start na oplevering van DS-02; bouwt voort op de hittekaart van DS-04.",
    ),
]


class FichePDF(FPDF):
    """fpdf2 document with the running footer of the projectenboek."""

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 5, f"Projectenboek Klimaatbestendige Drechtsteden - pagina {self.page_no()}", align="R")


def build_fiches(path: Path) -> None:
    pdf = FichePDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 19, 9, 0, 0))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)

    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 6, "Drechtsteden – Provincie Zuid-Holland – waterschappen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(
        0, 8, "Projectenboek Klimaatbestendige Drechtsteden 2026-2030", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)
    for text in (
        "Dit projectenboek bevat de zes projecten waarmee de Drechtsteden, de provincie Zuid-Holland, de "
        "waterschappen en hun partners de regio voorbereiden op hoog water, hitte en droogte.",
        "Elk project heeft een eigen fiche op een eigen pagina. De opdrachtgever laat het project uitvoeren "
        "en stelt het budget beschikbaar; de trekker levert de projectleider en is verantwoordelijk voor de "
        "uitvoering. Partners werken mee aan het project; betrokken partijen worden geïnformeerd en "
        "geraadpleegd.",
        "In januari 2025 stond de Merwede bij Dordrecht op de hoogste stand sinds 1995.",
        "Het projectenboek is op 13 november 2026 vastgesteld door de stuurgroep Klimaatbestendige "
        "Drechtsteden.",
    ):
        pdf.multi_cell(0, 5.4, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Afkortingen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for text in (
        "PZH = Provincie Zuid-Holland",
        "WSHD = Waterschap Hollandse Delta",
        "WSRL = Waterschap Rivierenland",
        "VRZHZ = Veiligheidsregio Zuid-Holland Zuid",
        "OZHZ = Omgevingsdienst Zuid-Holland Zuid",
        "RWS = Rijkswaterstaat",
        "Evides = Evides Waterbedrijf",
        "Gem. = gemeente",
    ):
        pdf.cell(0, 4.8, text, new_x="LMARGIN", new_y="NEXT")
    for fiche in FICHES:
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(0, 8, f"Projectfiche {fiche[0]}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("DejaVu", "", 9.5)
        with pdf.table(
            col_widths=(50, 120),
            line_height=5.4,
            padding=2,
            borders_layout="ALL",
            text_align="LEFT",
            first_row_as_headings=False,
        ) as table:
            for field, value in zip(FICHE_FIELDS, fiche, strict=True):
                row = table.row()
                row.cell(field, style=FontFace(emphasis="BOLD", fill_color=(232, 236, 242)))
                row.cell(value)
    pdf.output(str(path))


# ---------------------------------------------------------------- b9-export.csv (Midden-Holland)

CSV_ROWS = [
    ("Actielijst Bodemdaling Midden-Holland 2026-2028", "", "", "", "", ""),
    ("Export actiepuntenregister, stand 20-11-2026", "", "", "", "", ""),
    ("Nummer", "Actie", "Eigenaar", "Meedenkers", "Deadline", "Status"),
    (
        "BD-01",
        "Veenweidevisie Krimpenerwaard actualiseren\nNieuwe kaart met peilvakken, kansen voor natte "
        "teelten en "
        "de ligging van de veenkaden.",
        "Gem. Krimpenerwaard",
        "HHSK, LTO Noord",
        "Q3 2027",
        "loopt",
    ),
    (
        "BD-02",
        "Proef met onderwaterdrainage in de polder Bergambacht\nMeten van bodemdaling en broeikasgas op zes "
        "percelen, drie jaar lang.",
        "HHSK",
        "LTO Noord, Gem. Krimpenerwaard",
        "2027",
        "loopt",
    ),
    (
        "BD-03",
        "Inventarisatie houten funderingen binnenstad Gouda\nAlle panden van voor 1940 in kaart, met "
        "de stand "
        "van de paalkoppen.",
        "Gem. Gouda",
        "KCAF",
        "1-7-2027",
        "nog niet gestart",
    ),
    (
        "BD-04",
        "Herstel kademuren Turfmarkt en Lage Gouwe, op basis van de inventarisatie uit BD-03",
        "Gem. Gouda",
        "HHSK",
        "eind 2028",
        "nog niet gestart",
    ),
    (
        "BD-05",
        "Peilbesluit Zuidplaspolder herzien\nNieuw peil dat rekening houdt met de woningbouw in Zuidplas.",
        "HHSK",
        "Gem. Zuidplas, PZH",
        "31-12-2027",
        "loopt",
    ),
    (
        "BD-06",
        "Regionale aanpak bodemdaling, in samenhang met BD-01",
        "PZH",
        "Gem. Gouda, Gem. Krimpenerwaard, Gem. Zuidplas, Gem. Bodegraven-Reeuwijk, HHSK",
        "doorlopend",
        "loopt",
    ),
    (
        "BD-07",
        'Geveltuinen en regentonnen in Waddinxveen, campagne "Tegel eruit, groen erin"\nBewoners krijgen een '
        "gratis geveltuin of regenton.",
        "Gem. Waddinxveen",
        "Oasen",
        "Q2 2027",
        "afgerond",
    ),
    (
        "BD-08",
        "Evaluatie van de actielijst\nNa afronding van BD-02 en BD-05; uitkomsten naar de stuurgroep.",
        "PZH",
        "",
        "2028",
        "nog niet gestart",
    ),
    ("", "", "", "", "", ""),
    (
        "Afkortingen: HHSK = Hoogheemraadschap van Schieland en de Krimpenerwaard; PZH = provincie "
        "Zuid-Holland; Gem. = gemeente; KCAF = Kenniscentrum Aanpak Funderingsproblematiek",
        "",
        "",
        "",
        "",
        "",
    ),
    ("Meedenkers worden gevraagd om advies, maar voeren de actie niet uit.", "", "", "", "", ""),
]


def build_csv(path: Path) -> None:
    # every field quoted, quotes doubled, CRLF between records, a bare LF inside a field, UTF-8 with BOM
    lines = [",".join('"' + f.replace('"', '""') + '"' for f in row) for row in CSV_ROWS]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind9-") as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                tmp,
                str(html),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copy(Path(tmp) / (html.stem + ".pdf"), out_dir / (html.stem + ".pdf"))


def main() -> int:
    register_fonts()
    build_split(OUT / "b9-gesplitste-rij.pdf")
    build_kamervragen(OUT / "b9-kamervragen.pdf")
    build_fiches(OUT / "b9-projectfiches.pdf")
    build_csv(OUT / "b9-export.csv")
    soffice(MAKE / "b9-tweeregelige-kop.html", OUT)
    for p in sorted(OUT.glob("b9-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
