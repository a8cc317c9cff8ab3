"""Build the six blind23 documents: two HTML tables through LibreOffice (one landscape, one that runs over a page
break with its header repeated), two fpdf2 PDFs, a Statenbrief as plain text and a transposed Markdown table.
Run: .venv/bin/python tests/data/extraction-blind23/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
CSS = (
    "body { font-family: Liberation Sans, Arial; font-size: 10pt; } "
    "td, th { font-size: 9pt; vertical-align: top; } th { text-align: left; }"
)
E = html.escape

# --- b23-kosten: landscape table, who cell 'X (trekker), Y' or 'X i.s.m. Y', Kosten (k€) and Status columns ----
KO_HEAD = ("Nr.", "Maatregel", "Wie", "Kosten (k€)", "Status", "Periode")
KO_ROWS = [
    (
        "ACH-1",
        "Klimaatadaptieve herinrichting van de Terborgseweg in Doetinchem",
        "gemeente Doetinchem (trekker), Waterschap Rijn en IJssel",
        "2.027",
        "in voorbereiding",
        "2027 e.v.",
    ),
    (
        "ACH-2",
        "Hermeandering van de Oude IJssel bij Ulft",
        "Waterschap Rijn en IJssel i.s.m. gemeente Oude IJsselstreek en Geldersch Landschap & Kasteelen",
        "3.150",
        "loopt",
        "t/m 2028",
    ),
    (
        "ACH-3",
        "Droogtemaatregelen op landbouwpercelen in Bronckhorst",
        "LTO Noord, gemeente Bronckhorst (trekker), Waterschap Rijn en IJssel",
        "640",
        "in voorbereiding",
        "eerste helft 2028",
    ),
    (
        "ACH-4",
        "Actualisatie van het grondwaterbeschermingsgebied bij 's-Heerenberg",
        "Vitens i.s.m. gemeente Montferland",
        "185",
        "in voorbereiding",
        "najaar 2027",
    ),
    (
        "ACH-5",
        "Hitteplan voor de Achterhoekse kernen",
        "GGD Noord- en Oost-Gelderland i.s.m. gemeente Doetinchem, gemeente Montferland, gemeente Bronckhorst en "
        "gemeente Oude IJsselstreek",
        "95",
        "loopt",
        "2027-2028",
    ),
    (
        "ACH-6",
        "Regionale stresstest Achterhoek",
        "provincie Gelderland (trekker)",
        "120",
        "afgerond",
        "2025-2026",
    ),
    (
        "ACH-7",
        "Waterbuffers op de landgoederen langs de Baakse Beek",
        "Geldersch Landschap & Kasteelen (trekker), gemeente Bronckhorst, Waterschap Rijn en IJssel",
        "2.028",
        "gepland",
        "2028-2030",
    ),
]


def ko_html() -> str:
    head = "".join(f"<th>{E(c)}</th>" for c in KO_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>\n" for r in KO_ROWS)
    return f"""<html><head><meta charset="utf-8"><title>Uitvoeringsagenda Water en Klimaat Achterhoek</title>
<style>@page {{ size: 29.7cm 21cm; margin: 1.6cm }} {CSS}</style></head><body>
<h2>Uitvoeringsagenda Water en Klimaat Achterhoek-West 2027-2030</h2>
<p>Gemeenten Doetinchem, Montferland, Bronckhorst en Oude IJsselstreek, Waterschap Rijn en IJssel en provincie
Gelderland. Versie voor het portefeuillehoudersoverleg van 26 november 2026.</p>
<p>De droge zomers en de piekbuien van de afgelopen jaren hebben laten zien dat de Achterhoek kwetsbaar is voor
zowel watertekort als wateroverlast. Deze agenda bevat de maatregelen die de partners de komende jaren samen
uitvoeren. In de kolom Wie staat de trekker met "(trekker)" achter de naam, of vooraan met na "i.s.m." de
partners. De kosten staan in duizenden euro's en zijn een raming. Maatregelen met de status "afgerond" staan er
ter informatie in.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<col width="60"><col width="300"><col width="250"><col width="70"><col width="100"><col width="110">
<thead><tr>{head}</tr></thead>
<tbody>
{rows}</tbody></table>
<h3>Financiering</h3>
<p>De provincie Gelderland draagt 40 procent bij aan de kosten van de maatregelen ACH-1 tot en met ACH-5. De
overige kosten dragen de trekkers, tenzij anders afgesproken.</p>
<p>Het portefeuillehoudersoverleg bespreekt de voortgang twee keer per jaar.</p>
</body></html>
"""


# --- b23-deelacties: table over a page break (header repeated), sub-actions 2.1a/2.1b, Opdrachtgever, Koppeling --
DA_HEAD = ("Nr.", "Actie", "Trekker", "Partners", "Opdrachtgever", "Planning", "Koppeling")
DA_ROWS = [
    (
        "1.1",
        "Gebiedsvisie Merwedezone Gorinchem",
        "gemeente Gorinchem",
        "Waterschap Rivierenland",
        "–",
        "2027",
        "–",
    ),
    (
        "1.2",
        "Besluit over de ruimtelijke reservering voor de versterking van de Merwededijk",
        "provincie Zuid-Holland",
        "gemeente Hardinxveld-Giessendam, Waterschap Rivierenland",
        "–",
        "uiterlijk eind 2027",
        "–",
    ),
    (
        "2.1",
        "Versterking van de Merwededijk bij Hardinxveld-Giessendam",
        "Waterschap Rivierenland",
        "gemeente Hardinxveld-Giessendam",
        "–",
        "2028-2031",
        "na besluit over 1.2",
    ),
    (
        "2.1a",
        "Ontwerp en vergunningaanvraag voor de dijkversterking",
        "Waterschap Rivierenland",
        "Rijkswaterstaat",
        "–",
        "2028",
        "–",
    ),
    (
        "2.1b",
        "Inpassing van de dijk in het dorpsgezicht van Boven-Hardinxveld",
        "gemeente Hardinxveld-Giessendam",
        "Waterschap Rivierenland",
        "–",
        "2029-2031",
        "na 2.1a",
    ),
    (
        "3.1",
        "Evacuatieplan bij hoogwater voor de Alblasserwaard en Gorinchem",
        "Veiligheidsregio Zuid-Holland Zuid",
        "gemeente Molenlanden, gemeente Gorinchem, gemeente Hardinxveld-Giessendam",
        "–",
        "eerste helft 2028",
        "gekoppeld aan 2.1",
    ),
    (
        "3.2",
        "Zoetwatervoorziening voor de veenweide in Molenlanden",
        "Waterschap Rivierenland",
        "gemeente Molenlanden, LTO Noord",
        "provincie Zuid-Holland",
        "2028 t/m 2030",
        "–",
    ),
]
DA_INTRO = [
    "De gemeenten Gorinchem, Hardinxveld-Giessendam en Molenlanden liggen waar de Merwede, de Linge en de "
    "Alblasserwaard samenkomen. De dijken langs de Merwede voldoen op meerdere plaatsen niet aan de nieuwe "
    "normen, en in de veenweide van de Alblasserwaard daalt de bodem. Tegelijk moeten er woningen bij, vooral in "
    "Gorinchem. Dit uitvoeringsprogramma legt vast wat de partners in de periode 2027-2031 samen doen.",
    "Het programma is in 2026 voorbereid in vier ateliers met bewoners, ondernemers en de dorpsraden. De "
    "opbrengst daarvan staat in de bijlage bij de Gebiedsagenda Merwede en Waard, die de drie gemeenteraden in "
    "oktober 2026 hebben vastgesteld.",
    "In de tabel is de trekker verantwoordelijk voor de uitvoering. De opdrachtgever geeft de opdracht en betaalt. "
    "Deelacties (2.1a, 2.1b) horen bij de actie met hetzelfde nummer erboven. De kolom Koppeling noemt acties "
    "waarop een actie wacht of waarmee zij samenhangt.",
    "De dijkversterking is het grootste onderdeel van het programma. Rivierenland werkt daarbij met een "
    "alliantiecontract, waarin aannemer en waterschap het ontwerp samen uitwerken. De gemeente Hardinxveld-"
    "Giessendam let vooral op de historische linten en de toegang tot de huizen aan de dijk.",
    "Voor de veenweide gaat het om het tegengaan van bodemdaling en verzilting. De provincie Zuid-Holland heeft "
    "de zoetwatervoorziening aangewezen als een van haar prioriteiten voor de Alblasserwaard.",
    "Het programma kost naar raming 96 miljoen euro, waarvan het grootste deel voor de dijkversterking. Het "
    "Hoogwaterbeschermingsprogramma betaalt daarvan 90 procent. De overige kosten verdelen de partners naar rato "
    "van hun rol in de acties; de verdeling staat in de samenwerkingsovereenkomst.",
    "Elk jaar in het voorjaar stelt het kernteam een voortgangsrapportage op. Wijzigingen in de planning of in "
    "de rollen legt het kernteam voor aan het bestuurlijk overleg.",
    "Het programma raakt aan andere programma's in de regio, zoals de Regionale Adaptatiestrategie "
    "Alblasserwaard-Vijfheerenlanden en het Veenweideprogramma van de provincie. Waar die programma's al een "
    "actie bevatten, is die hier niet herhaald. De gemeente Molenlanden kijkt daarnaast met de buurgemeenten naar "
    "de gevolgen van bodemdaling voor wegen en riolering in de linten, maar die verkenning valt buiten dit "
    "programma.",
    "Bewoners en ondernemers kunnen tijdens de uitvoering terecht bij het gezamenlijke informatiepunt in het "
    "Huis van de Waard. Daar liggen ook de kaarten en tekeningen van de acties ter inzage. Het informatiepunt is "
    "op dinsdag en donderdag geopend en wordt bemand door medewerkers van de gemeenten en het waterschap.",
]


def da_html() -> str:
    head = "".join(f"<th>{E(c)}</th>" for c in DA_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>\n" for r in DA_ROWS)
    intro = "".join(f"<p>{E(p)}</p>\n" for p in DA_INTRO)
    return f"""<html><head><meta charset="utf-8"><title>Uitvoeringsprogramma Merwede en Waard</title>
<style>{CSS}</style></head><body>
<h2>Uitvoeringsprogramma Merwede en Waard 2027-2031</h2>
<p>Gemeente Gorinchem, gemeente Hardinxveld-Giessendam, gemeente Molenlanden, Waterschap Rivierenland en provincie
Zuid-Holland &ndash; november 2026</p>
<h3>1. Inleiding</h3>
{intro}<h3>2. Acties</h3>
<table border="1" cellpadding="6" cellspacing="0" width="100%">
<col width="40"><col width="150"><col width="100"><col width="125"><col width="90"><col width="75"><col width="80">
<thead><tr>{head}</tr></thead>
<tbody>
{rows}</tbody></table>
<h3>3. Sturing</h3>
<p>Een ambtelijk kernteam van de vijf partners bereidt het bestuurlijk overleg voor, dat drie keer per jaar
bijeenkomt.</p>
</body></html>
"""


# --- b23-rolwoorden: fpdf2 ruled table whose 'Wie doet wat' cell writes each role as a verb ------------------
RW_HEAD = ("Nr.", "Actie", "Wie doet wat", "Wanneer")
RW_ROWS = [
    (
        "TW-1",
        "Hittebestendige herinrichting van de binnenstad van Almelo",
        "Almelo trekt. GGD Twente doet mee.",
        "2027-2029",
    ),
    (
        "TW-2",
        "Verkenning herinrichting van de Almelose Aa bij De Riet",
        "Vechtstromen trekt. Almelo en Landschap Overijssel doen mee. Provincie Overijssel denkt mee.",
        "najaar 2027",
    ),
    (
        "TW-3",
        "Droogteonderzoek in het hoogveen van de Engbertsdijksvenen",
        "Staatsbosbeheer trekt. Vechtstromen doet mee. Saxion levert kennis.",
        "eerste helft 2028",
    ),
    (
        "TW-4",
        "Beschermingsplan voor de drinkwaterwinning bij Vriezenveen",
        "Vitens trekt. Provincie Overijssel geeft opdracht. Twenterand denkt mee.",
        "2028 e.v.",
    ),
    (
        "TW-5",
        "Afkoppelprogramma voor de kern Vroomshoop",
        "Twenterand trekt. Vechtstromen doet mee.",
        "2027",
    ),
    (
        "TW-6",
        "Crisisplan bij extreme neerslag voor Almelo en Twenterand",
        "Veiligheidsregio Twente trekt. Almelo en Twenterand doen mee. Vechtstromen levert kennis.",
        "vóór 1 juli 2028",
    ),
]
RW_INTRO = (
    "De gemeenten Almelo en Twenterand werken met Waterschap Vechtstromen (hierna: Vechtstromen) en de provincie "
    "Overijssel aan een klimaatbestendig Noordwest-Twente. In de tabel staat per actie in gewone woorden wie wat "
    "doet: wie 'trekt' is trekker, wie 'doet mee' is partner, wie 'denkt mee' wordt betrokken, wie 'geeft "
    "opdracht' is opdrachtgever en wie 'levert kennis' geeft inhoudelijke ondersteuning. Almelo en Twenterand zijn "
    "de gemeenten; Saxion is Saxion Hogeschool."
)
RW_AFTER = [
    "In 2026 hebben de partners de klimaatstresstest voor beide gemeenten afgerond; die vormt de basis voor deze "
    "acties.",
    "Vechtstromen zou ook graag een proef met peilgestuurde drainage bij Westerhaar doen, maar daarvoor is nog geen "
    "partner gevonden.",
]


def rw_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 24, tzinfo=datetime.timezone.utc))
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "Werkagenda Klimaatbestendig Noordwest-Twente 2027-2029", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Gemeente Almelo en gemeente Twenterand - november 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, RW_INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=(14, 62, 72, 26), text_align="LEFT", line_height=5) as table:
        for r in (RW_HEAD, *RW_ROWS):
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    for p in RW_AFTER:
        pdf.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))


# --- b23-statenbrief: GS Gelderland to Provinciale Staten, plain text, one commitment only in the P.S. --------
SB_TEXT = """Gedeputeerde Staten van Gelderland

Aan Provinciale Staten van Gelderland

Arnhem, 27 november 2026
Zaaknummer: 2026-017734
Onderwerp: Water en fruit in de Betuwe - stand van zaken

Geachte Statenleden,

In uw vergadering van 8 juli 2026 hebben wij toegezegd u voor het einde van het jaar te informeren over de
aanpak van droogte en wateroverlast in de fruitteelt van de Betuwe. Met deze brief doen wij dat.

Wat is er gebeurd?

In 2026 hebben wij met de gemeenten Buren, Overbetuwe en Neder-Betuwe een verkenning naar waterbuffers in de fruitteelt afgerond.
De zomer van 2025 was in de Betuwe de droogste sinds 2018; veel telers moesten toen stoppen met beregenen.

Wat gaan wij doen?

Wij stellen in het eerste kwartaal van 2027, samen met de gemeenten Buren, Overbetuwe en Neder-Betuwe, een gebiedsprogramma Fruit en Water op.
In 2028 en 2029 leggen wij samen met de gemeente Neder-Betuwe en de Nederlandse Fruittelers Organisatie drie proefbuffers voor regenwater aan bij Opheusden.
Vanaf 2027 laten wij Waterschap Rivierenland het grondwater onder de fruitpercelen in Overbetuwe meten.
Uiterlijk 1 oktober 2027 sturen wij uw Staten een voorstel voor de financiering van de waterbuffers.
Als uw Staten bij de Voorjaarsnota 2027 extra middelen beschikbaar stellen, kunnen wij het aantal proefbuffers verdubbelen.
Wij zouden graag zien dat ook de gemeente Tiel bij de aanpak aansluit.

Wat doen anderen?

Waterschap Rivierenland verwacht in 2028 een nieuw peilbesluit voor de Linge vast te stellen.
De gemeente Overbetuwe werkt aan een hitteplan voor Elst en Zetten, dat naar verwachting in de zomer van 2027 klaar is.

Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.

Gedeputeerde Staten van Gelderland,

de voorzitter,                         de secretaris,

P.S. Na het opstellen van deze brief hebben wij met de gemeente Buren afgesproken dat wij in het voorjaar van 2027 samen met haar starten met een proef met hittebestendige beplanting in Maurik.
"""


# --- b23-kolommen: transposed Markdown table, one column per project, one row per field ----------------------
KM_CODES = ("V1", "V2", "V3", "V4", "V5")
KM_FIELDS = [
    (
        "Project",
        (
            "Beekherstel van de Lunterse Beek bij Renswoude",
            "Waterbuffer in het Valleikanaal bij Woudenberg",
            "Grondwatermeetnet Scherpenzeel",
            "Droogteaanpak voor melkveebedrijven in de Gelderse Vallei",
            "Klimaatadaptieve inrichting van het centrum van Scherpenzeel",
        ),
    ),
    (
        "Initiatiefnemer",
        (
            "Waterschap Vallei en Veluwe",
            "gemeente Woudenberg",
            "Vitens",
            "LTO Noord",
            "gemeente Scherpenzeel",
        ),
    ),
    (
        "Partners",
        (
            "gemeente Renswoude; Het Utrechts Landschap",
            "Waterschap Vallei en Veluwe",
            "gemeente Scherpenzeel",
            "Waterschap Vallei en Veluwe; provincie Gelderland",
            "–",
        ),
    ),
    (
        "Betrokken",
        (
            "provincie Utrecht",
            "–",
            "provincie Gelderland",
            "–",
            "Waterschap Vallei en Veluwe",
        ),
    ),
    ("Looptijd", ("2027-2029", "t/m 2029", "2027", "eerste helft 2028", "najaar 2027")),
    ("Kosten (k€)", ("1.840", "2.029", "310", "260", "1.150")),
    ("Koppeling", ("–", "gekoppeld aan V1", "–", "pas na V3", "–")),
]
KM_PRE = """# Projectenoverzicht Water in de Vallei 2027-2029

*Gemeenten Renswoude, Scherpenzeel en Woudenberg - bijlage bij de Samenwerkingsagenda Vallei, november 2026*

De drie gemeenten liggen op de grens van Utrecht en Gelderland, in het stroomgebied van het Valleikanaal. Dit
overzicht is een export uit het gezamenlijke projectenbestand: elke kolom is een project, elke rij een gegeven.
De initiatiefnemer trekt het project. De kosten zijn geraamd in duizenden euro's.

"""
KM_POST = """
Niet opgenomen: de vergroening van schoolpleinen in Renswoude, die in 2026 is afgerond.

De provincie Utrecht overweegt in 2028 een subsidieregeling voor waterbesparing bij bedrijven te openen.
"""


def km_text() -> str:
    lines = ["| | " + " | ".join(KM_CODES) + " |", "|---" * (len(KM_CODES) + 1) + "|"]
    lines += [f"| {name} | " + " | ".join(vals) + " |" for name, vals in KM_FIELDS]
    return KM_PRE + "\n".join(lines) + "\n" + KM_POST


# --- b23-fiches: fpdf2 project fiches with 'Initiatiefnemer', 'Start' and 'Oplevering' rows ------------------
FI_FICHES = [
    (
        "S1",
        "Natuurlijke oevers langs de Drachtster Compagnonsvaart",
        [
            ("Initiatiefnemer", "gemeente Smallingerland"),
            ("In samenwerking met", "Wetterskip Fryslân"),
            ("Met betrokkenheid van", "provincie Fryslân"),
            ("Start", "najaar 2027"),
            ("Oplevering", "eerste helft 2029"),
            ("Relatie", "-"),
        ],
    ),
    (
        "S2",
        "Waterberging in de randzone van De Alde Feanen",
        [
            ("Initiatiefnemer", "It Fryske Gea"),
            ("In samenwerking met", "Wetterskip Fryslân, provincie Fryslân"),
            ("Met betrokkenheid van", "gemeente Smallingerland"),
            ("Start", "2028"),
            ("Oplevering", "nog niet bekend"),
            ("Relatie", "-"),
        ],
    ),
    (
        "S3",
        "Hitteplan voor Drachten",
        [
            ("Initiatiefnemer", "GGD Fryslân"),
            ("In samenwerking met", "gemeente Smallingerland"),
            ("Met betrokkenheid van", "-"),
            ("Start", "gestart in 2026"),
            ("Oplevering", "eind 2027"),
            ("Relatie", "-"),
        ],
    ),
    (
        "S4",
        "Regenwater afkoppelen in de wijk De Venen in Drachten",
        [
            ("Initiatiefnemer", "gemeente Smallingerland"),
            ("In samenwerking met", "Wetterskip Fryslân"),
            ("Inhoudelijke ondersteuning", "Van Hall Larenstein"),
            ("Start", "2028"),
            ("Oplevering", "2030"),
            ("Relatie", "start na oplevering van S1"),
        ],
    ),
    (
        "S5",
        "Bescherming van de drinkwaterwinning Noordbergum",
        [
            ("Initiatiefnemer", "Vitens"),
            ("In samenwerking met", "provincie Fryslân"),
            ("Met betrokkenheid van", "gemeente Smallingerland"),
            ("Start", "voorjaar 2027"),
            ("Oplevering", "doorlopend"),
            ("Relatie", "hangt samen met S2"),
        ],
    ),
]
FI_INTRO = (
    "Dit katern bevat de projectfiches van het Uitvoeringsprogramma Klimaatadaptatie Smallingerland 2027-2030. Elke "
    "fiche noemt de initiatiefnemer, die het project trekt, de partijen waarmee wordt samengewerkt en de verwachte "
    "start en oplevering. Het programma volgt op de Klimaatvisie Smallingerland, die de gemeenteraad in 2025 heeft "
    "vastgesteld."
)
FI_END = (
    "Een zesde fiche, over een proef met groene daken op het gemeentehuis, is geschrapt omdat het dak daarvoor niet "
    "sterk genoeg bleek."
)


def fi_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 25, tzinfo=datetime.timezone.utc))
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0, 7, "Uitvoeringsprogramma Klimaatadaptatie Smallingerland 2027-2030", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Katern projectfiches", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, FI_INTRO, new_x="LMARGIN", new_y="NEXT")
    for code, title, fields in FI_FICHES:
        pdf.ln(4)
        pdf.set_font("Helvetica", "", 9)
        with pdf.table(col_widths=(50, 120), text_align="LEFT", line_height=5) as t:
            row = t.row()
            row.cell(f"Projectfiche {code}")
            row.cell(title)
            for k, v in fields:
                row = t.row()
                row.cell(k)
                row.cell(v)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, FI_END, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def soffice(name: str, text: str) -> None:
    src = MAKE / f"{name}.html"
    src.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--convert-to",
                "pdf",
                "--infilter=HTML (StarWriter)",
                "--outdir",
                str(OUT),
                str(src),
            ],
            check=True,
            capture_output=True,
        )


def main() -> None:
    soffice("b23-kosten", ko_html())
    soffice("b23-deelacties", da_html())
    rw_pdf(OUT / "b23-rolwoorden.pdf")
    fi_pdf(OUT / "b23-fiches.pdf")
    (OUT / "b23-statenbrief.txt").write_text(SB_TEXT, encoding="utf-8")
    (OUT / "b23-kolommen.md").write_text(km_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
