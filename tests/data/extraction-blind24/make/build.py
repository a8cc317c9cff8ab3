"""Build the six blind24 documents: two HTML tables through LibreOffice (phase columns with years; 'idem' and '"'
meaning the row above), a two-column fpdf2 uitvoeringsprogramma with numbered paragraphs and 'Rol provincie:'
lines, a passive-voice raadsinformatiebrief with fpdf2, a whitespace werkplan in plain text whose who column says
'eigen organisatie', and a bestuursovereenkomst in Markdown whose parties are 'Partij A' to 'Partij E'.
Run: .venv/bin/python tests/data/extraction-blind24/make/build.py"""

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

# --- b24-fasen: one column per project phase (Verkenning | Planuitwerking | Realisatie) holding years ---------
FA_HEAD = ("Nr.", "Project", "Trekker", "Partners", "Verkenning", "Planuitwerking", "Realisatie")
FA_ROWS = [
    (
        "VG-1",
        "Duinversterking en natuurherstel in de Voornes Duin bij Rockanje",
        "Waterschap Hollandse Delta",
        "Vereniging Natuurmonumenten, gemeente Voorne aan Zee",
        "gereed",
        "2027",
        "2028-2029",
    ),
    (
        "VG-2",
        "Zoetwaterbuffer voor de akkerbouw op Oostflakkee",
        "gemeente Goeree-Overflakkee",
        "Waterschap Hollandse Delta, Evides Waterbedrijf",
        "2027",
        "2028",
        "n.t.b.",
    ),
    (
        "VG-3",
        "Klimaatbestendige herinrichting van de vestingkade in Hellevoetsluis",
        "gemeente Voorne aan Zee",
        "provincie Zuid-Holland",
        "2027-2028",
        "2029",
        "2030-2031",
    ),
    (
        "VG-4",
        "Versterking van de Brielse Maasdijk",
        "Waterschap Hollandse Delta",
        "Rijkswaterstaat, gemeente Voorne aan Zee",
        "gereed",
        "gereed",
        "2027-2030",
    ),
    (
        "VG-5",
        "Getijdennatuur langs het Haringvliet bij Stellendam",
        "provincie Zuid-Holland",
        "Rijkswaterstaat, gemeente Goeree-Overflakkee, Vereniging Natuurmonumenten",
        "2028",
        "n.t.b.",
        "n.t.b.",
    ),
    (
        "VG-6",
        "Hittebestendige inrichting van het centrum van Middelharnis",
        "gemeente Goeree-Overflakkee",
        "–",
        "2027",
        "2027",
        "2028",
    ),
]


def fa_html() -> str:
    head = "".join(f"<th>{E(c)}</th>" for c in FA_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>\n" for r in FA_ROWS)
    return f"""<html><head><meta charset="utf-8"><title>Gebiedsprogramma Kust en Delta</title>
<style>{CSS}</style></head><body>
<h2>Gebiedsprogramma Kust en Delta Voorne en Goeree 2027-2031</h2>
<p>Gemeente Voorne aan Zee, gemeente Goeree-Overflakkee, Waterschap Hollandse Delta en provincie Zuid-Holland
&ndash; concept voor de stuurgroep van 3 december 2026</p>
<h3>Projecten</h3>
<p>De eilanden Voorne en Goeree-Overflakkee hebben te maken met een stijgende zeespiegel, verzilting van het
grondwater en droge zomers. De partners werken daarom samen aan zes projecten. Elk project doorloopt drie fasen.
In de kolommen Verkenning, Planuitwerking en Realisatie staat het jaar of de jaren waarin die fase valt. Een fase
met "gereed" is voor 2027 al afgerond; "n.t.b." betekent dat de planning van die fase nog niet bekend is.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<col width="40"><col width="190"><col width="110"><col width="150"><col width="70"><col width="80"><col width="70">
<thead><tr>{head}</tr></thead>
<tbody>
{rows}</tbody></table>
<h3>Financiering en sturing</h3>
<p>Het Deltafonds draagt naar verwachting bij aan de dijkversterking VG-4. De verkenning voor VG-1 is in 2025
afgerond met een voorkeursalternatief. De stuurgroep bespreekt elk najaar de voortgang en past zo nodig de
planning van de fasen aan.</p>
</body></html>
"""


# --- b24-idem: an actielijst whose Trekker (and once Partners) cell says 'idem' or '"': the row above ---------
ID_HEAD = ("Nr.", "Actie", "Trekker", "Partners", "Planning")
ID_ROWS = [
    (
        "PL-1",
        "Regenwaterbuffer in het dal van de Caumerbeek bij Heerlerheide",
        "Waterschap Limburg",
        "gemeente Heerlen",
        "Q4 2026 – Q2 2027",
    ),
    (
        "PL-2",
        "Beekherstel van de Anselderbeek in Kerkrade",
        "idem",
        "gemeente Kerkrade, Stichting het Limburgs Landschap",
        "2027-2029",
    ),
    (
        "PL-3",
        "Afkoppelen en vergroenen van de wijk Heerlerbaan",
        "gemeente Heerlen",
        "Waterschap Limburg",
        "2e kwartaal 2028",
    ),
    (
        "PL-4",
        "Groenblauwe schoolpleinen in Heerlen-Noord",
        '"',
        "idem",
        "vanaf 1e kwartaal 2027",
    ),
    (
        "PL-5",
        "Beschermingszone voor de drinkwaterwinning bij Brunssum",
        "provincie Limburg",
        "Waterleiding Maatschappij Limburg, gemeente Brunssum",
        "uiterlijk 3e kwartaal 2028",
    ),
    (
        "PL-6",
        "Erosiebestrijding op de lösshellingen bij Landgraaf",
        '"',
        "gemeente Landgraaf, Waterschap Limburg",
        "2028",
    ),
]


def id_html() -> str:
    head = "".join(f"<th>{E(c)}</th>" for c in ID_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>\n" for r in ID_ROWS)
    return f"""<html><head><meta charset="utf-8"><title>Actielijst Water en Klimaat Parkstad</title>
<style>{CSS}</style></head><body>
<h2>Actielijst Water en Klimaat Parkstad Limburg 2027-2029</h2>
<p>Vastgesteld in het bestuurlijk overleg Water Parkstad van 20 november 2026. Aanwezig: de wethouders van
Heerlen, Kerkrade, Landgraaf en Brunssum, de gedeputeerde water van de provincie Limburg en de dijkgraaf van
Waterschap Limburg.</p>
<p>Na de wateroverlast van juli 2021 hebben de Parkstadgemeenten met het waterschap en de provincie afgesproken
hun aanpak van water en hitte te bundelen. Deze lijst bevat de acties voor de komende drie jaar. Staat er in een
cel "idem" of een aanhalingsteken ("), dan geldt hetzelfde als in de rij erboven.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<col width="40"><col width="220"><col width="110"><col width="170"><col width="110">
<thead><tr>{head}</tr></thead>
<tbody>
{rows}</tbody></table>
<p>De gemeente Simpelveld heeft laten weten dat zij zich graag bij de erosieaanpak wil aansluiten; daarover is
nog geen besluit genomen.</p>
<p>Het volgende bestuurlijk overleg is op 12 maart 2027.</p>
</body></html>
"""


# --- b24-paragrafen: two text columns, actions as numbered paragraphs '4.1.1' with 'Rol provincie:' lines -----
# (code, title, body, role of the province, trekker or uitvoering, met, planning)
PA_CHAPTERS = [
    (
        "4 Water",
        "In de Noordoostpolder en op Urk raakt het zoete water in droge zomers op, terwijl zout kwelwater vanuit het "
        "IJsselmeer en het Ketelmeer de polder in dringt. De provincie wil met dit programma de landbouw en de natuur "
        "weerbaarder maken.",
        [
            (
                "4.1 Zoetwater",
                [
                    (
                        "4.1.1",
                        "Zoetwaterbuffers in de Noordoostpolder",
                        "Op vijf plaatsen in de polder wordt regenwater in de winter vastgehouden in ondiepe buffers, "
                        "zodat akkerbouwers in de zomer minder grondwater hoeven op te pompen.",
                        "trekker",
                        "",
                        "Waterschap Zuiderzeeland, LTO Noord",
                        "2027-2029",
                    ),
                    (
                        "4.1.2",
                        "Verziltingsmeetnet langs de kust bij Urk",
                        "Met twintig nieuwe peilbuizen wordt gevolgd hoe ver het zoute grondwater onder de "
                        "kustdijk door de polder in trekt.",
                        "opdrachtgever",
                        "Waterschap Zuiderzeeland",
                        "",
                        "vanaf 2027",
                    ),
                ],
            ),
            (
                "4.2 Bodemdaling",
                [
                    (
                        "4.2.1",
                        "Bodemdalingskaart Noordoostpolder",
                        "De kaart laat per perceel zien hoe snel de bodem daalt en waar het veen onder de klei nog "
                        "dik is.",
                        "trekker",
                        "",
                        "gemeente Noordoostpolder",
                        "gereed 2e kwartaal 2028",
                    ),
                    (
                        "4.2.2",
                        "Proef met peilgestuurde drainage bij Kraggenburg",
                        "Op acht percelen wordt getest of peilgestuurde drainage de bodemdaling remt zonder dat de "
                        "opbrengst van de teelt terugloopt.",
                        "partner",
                        "LTO Noord",
                        "Waterschap Zuiderzeeland",
                        "2028",
                    ),
                ],
            ),
        ],
    ),
    (
        "5 Natuur en klimaat",
        "De bossen van de Noordoostpolder zijn jong en liggen als eilanden in het agrarische gebied. In 2026 heeft de "
        "provincie met de terreinbeheerders een natuurvisie voor de polder opgesteld.",
        [
            (
                "5.1 Natuur en hitte",
                [
                    (
                        "5.1.1",
                        "Ecologische verbinding tussen Kuinderbos en Voorsterbos",
                        "Langs de Kuinder en de Zwolse Vaart komt een strook natuur die de twee bossen met elkaar "
                        "verbindt.",
                        "betrokken",
                        "Staatsbosbeheer",
                        "Het Flevo-landschap",
                        "2028-2030",
                    ),
                    (
                        "5.1.2",
                        "Hitteplan voor Urk",
                        "Het plan beschrijft koele plekken in de dichte bebouwing van het oude dorp en hoe "
                        "ouderen bij warm weer worden bereikt.",
                        "betrokken",
                        "gemeente Urk",
                        "GGD Flevoland",
                        "2027",
                    ),
                ],
            ),
        ],
    ),
]
PA_GUIDE = (
    "Leeswijzer. Dit is het uitvoeringsprogramma van de provincie Flevoland. Bij elke actie staat de rol die de "
    "provincie heeft: trekker, partner, betrokken of opdrachtgever. Is de provincie geen trekker, dan staat "
    "eronder wie de actie trekt of, bij opdrachtgever, wie haar uitvoert. De nummers 4.1, 4.2 en 5.1 zijn "
    "paragrafen; alleen de genummerde alinea's met drie cijfers zijn acties."
)
PA_END = (
    "De eerder voorziene actie 4.2.3 over zilte teelten op Urk is vervallen, omdat daarvoor geen telers te vinden "
    "waren. Gedeputeerde Staten stellen de planning van de acties jaarlijks bij."
)


def pa_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 26, tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(False)
    pdf.set_margins(16, 16, 16)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Uitvoeringsprogramma Bodem en Water Noordoostpolder en Urk 2027-2030",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Provincie Flevoland - ontwerp, november 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 4.5, PA_GUIDE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    top = pdf.get_y()
    width = (210 - 32 - 8) / 2
    for i, (chapter, intro, sections) in enumerate(PA_CHAPTERS):
        x = 16 + i * (width + 8)
        pdf.set_left_margin(x)
        pdf.set_right_margin(210 - x - width)
        pdf.set_xy(x, top)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(width, 6, chapter, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(width, 4.5, intro, new_x="LMARGIN", new_y="NEXT")
        for section, actions in sections:
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(width, 5, section, new_x="LMARGIN", new_y="NEXT")
            for code, title, body, rol, trekker, met, planning in actions:
                pdf.ln(1.5)
                pdf.set_font("Helvetica", "B", 9)
                pdf.multi_cell(width, 4.5, f"{code} {title}", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Helvetica", "", 9)
                pdf.multi_cell(width, 4.5, body, new_x="LMARGIN", new_y="NEXT")
                lines = [f"Rol provincie: {rol}"]
                if trekker:
                    lines.append(("Uitvoering: " if rol == "opdrachtgever" else "Trekker: ") + trekker)
                if met:
                    lines.append(f"Met: {met}")
                lines.append(f"Planning: {planning}")
                for line in lines:
                    pdf.multi_cell(width, 4.5, line, new_x="LMARGIN", new_y="NEXT")
        if i == 1:
            pdf.ln(3)
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(width, 4.5, PA_END, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --- b24-brief: raadsinformatiebrief in the PASSIVE voice; 'het waterschap', 'de provincie' named once in full --
BR_PARAS = [
    ("", "Gemeente Deurne"),
    ("", "Raadsinformatiebrief"),
    ("", "Aan de gemeenteraad van Deurne"),
    ("", "Datum: 25 november 2026\nKenmerk: RIB 2026-118\nOnderwerp: Water en droogte in De Peel"),
    ("", "Geachte raadsleden,"),
    (
        "",
        "Met deze brief wordt u geïnformeerd over de aanpak van droogte en wateroverlast in Deurne. Wij werken daarbij "
        "samen met Waterschap Aa en Maas, de provincie Noord-Brabant, Brabant Water en de ZLTO. Hierna worden het "
        "waterschap en de provincie kortweg zo genoemd.",
    ),
    ("Wat is er gedaan?", ""),
    (
        "",
        "In 2026 is door het waterschap de herinrichting van de Vlier bij Vlierden afgerond. "
        "Door de gemeente is in hetzelfde jaar een eerste stresstest voor alle kernen uitgevoerd.",
    ),
    ("Vervolg", ""),
    (
        "",
        "Door ons wordt in 2027, samen met het waterschap, een hemelwaterplan voor de kern Deurne opgesteld. "
        "In 2028 en 2029 worden door de gemeente en de ZLTO proeven met peilgestuurde drainage op twaalf "
        "landbouwpercelen bij Helenaveen uitgevoerd; de gemeente is daarbij trekker. "
        "Vanaf 2027 wordt in onze opdracht door het waterschap de grondwaterstand rond De Groote Peel gemeten. "
        "Vóór 1 juli 2027 wordt aan uw raad een voorstel voor een stimuleringsregeling voor groene daken en "
        "regentonnen voorgelegd. "
        "Begin 2028 wordt door ons, met medewerking van Brabant Water, gestart met een campagne om drinkwater te "
        "besparen.",
    ),
    (
        "",
        "Indien door uw raad bij de begroting 2028 extra middelen beschikbaar worden gesteld, kan het aantal "
        "proefpercelen worden verdubbeld. "
        "Het zou ons een lief ding waard zijn als ook de gemeente Asten bij de aanpak aansluit. "
        "In uw vergadering van 8 oktober 2026 werd gevraagd of ook in Liessel de grondwaterstand kan worden gemeten. "
        "Op die vraag is nog geen antwoord te geven.",
    ),
    ("Wat doen anderen?", ""),
    (
        "",
        "Door de provincie wordt gewerkt aan een nieuwe grondwaterverordening, die naar verwachting per 1 januari "
        "2028 in werking treedt. "
        "Door Brabant Water wordt onderzocht of de winning bij Deurne na 2030 kan worden verkleind.",
    ),
    ("", "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd."),
    ("", "Burgemeester en wethouders van Deurne,\nde secretaris,                    de burgemeester,"),
]


def br_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 25, tzinfo=datetime.timezone.utc))
    pdf.set_margins(25, 22, 25)
    pdf.add_page()
    for i, (head, text) in enumerate(BR_PARAS):
        if head:
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", "B" if i == 0 else "", 14 if i == 0 else 10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


# --- b24-eigen: whitespace werkplan of HDSR whose Uitvoering/Samen met cells say 'eigen organisatie' ----------
EI_HEAD = ("Nr.", "Activiteit", "Uitvoering", "Samen met", "Periode")
EI_ROWS = [
    ("LW-1", "Baggeren van de Lopikerwetering", "eigen organisatie", "gemeente Lopik", "2027"),
    (
        "LW-2",
        "Natuurvriendelijke oevers Hollandse IJssel Montfoort",
        "eigen organisatie",
        "gemeente Montfoort, provincie Utrecht",
        "2027-2028",
    ),
    (
        "LW-3",
        "Afkoppelen binnenstad Oudewater",
        "gemeente Oudewater",
        "eigen organisatie",
        "Q4 2026 – Q2 2027",
    ),
    ("LW-4", "Peilbesluit Lopikerwaard-Oost", "eigen organisatie", "–", "uiterlijk eind 2028"),
    (
        "LW-5",
        "Veenweideproef met infiltratie bij Polsbroek",
        "LTO Noord",
        "eigen organisatie, provincie Utrecht",
        "vanaf 2e kwartaal 2027",
    ),
    ("LW-6", "Inventarisatie duikers Benschop", "eigen organisatie", "–", "afgerond 2026"),
]
EI_WIDTHS = (6, 54, 20, 40)
EI_PRE = """Hoogheemraadschap De Stichtse Rijnlanden
Afdeling Watersystemen, gebied Lopikerwaard

WERKPLAN 2027-2028 LOPIKERWAARD
Versie 0.9 - 24 november 2026

Dit werkplan noemt het werk dat het hoogheemraadschap de komende twee jaar in de Lopikerwaard uitvoert of
waaraan het bijdraagt. Het werk wordt afgestemd met de gemeenten Lopik, Montfoort, Oudewater en Woerden.
Regels met "afgerond" staan er ter volledigheid in.

"""
EI_POST = """
Toelichting: Periode is de periode waarin het werk wordt uitgevoerd.
De gemeente Woerden wil in 2028 mogelijk een eigen proef met klimaatadaptieve bermen starten; dat is nog niet
besloten.
Budget: de kosten staan in de begroting 2027 van het hoogheemraadschap, programma Watersysteem.
"""


def ei_text() -> str:
    def line(cells):
        return "".join(c.ljust(w + 2) for c, w in zip(cells, EI_WIDTHS)) + cells[-1]

    lines = [line(EI_HEAD), "-" * len(line(EI_ROWS[4]))]
    lines += [line(r) for r in EI_ROWS]
    return EI_PRE + "\n".join(lines) + "\n" + EI_POST


# --- b24-overeenkomst: bestuursovereenkomst whose parties are 'Partij A' .. 'Partij E' -----------------------
OV_PARTIES = [
    ("A", "de gemeente Hoorn, te dezen vertegenwoordigd door haar burgemeester"),
    ("B", "de gemeente Medemblik, te dezen vertegenwoordigd door haar burgemeester"),
    ("C", "de gemeente Koggenland, te dezen vertegenwoordigd door haar burgemeester"),
    ("D", "het Hoogheemraadschap Hollands Noorderkwartier, te dezen vertegenwoordigd door zijn dijkgraaf"),
    ("E", "de provincie Noord-Holland, te dezen vertegenwoordigd door de gedeputeerde voor water"),
]
OV_ARTICLES = [
    "3.1 Partij A verplicht zich om vóór 1 juli 2027 een hittekaart voor de wijken van Hoorn op te stellen.",
    "3.2 Partij D verplicht zich om in 2028 en 2029 een waterberging bij Opperdoes aan te leggen, in samenwerking "
    "met Partij B.",
    "3.3 Partijen B en C verplichten zich om uiterlijk eind 2028 gezamenlijk een droogteplan voor de "
    "fruitteelt op te stellen; Partij C treedt daarbij op als trekker.",
    "3.4 Partij E verplicht zich om in 2027 door Partij D een klimaatatlas West-Friesland te laten opstellen.",
    "3.5 Partij A verplicht zich om met ingang van 2028 het afkoppelprogramma Kersenboogerd uit te voeren, met "
    "medewerking van Partij D.",
]
OV_TEXT = """# Bestuursovereenkomst Klimaatbestendig West-Friesland 2027-2030

**De ondergetekenden:**

{parties}

hierna samen te noemen: Partijen,

**Overwegende dat:**

- de Westfriese gemeenten in de zomers van 2022 en 2025 te maken hadden met ernstige droogte en plaatselijk met
  wateroverlast na hevige buien;
- Partijen in 2026 gezamenlijk de Regionale Adaptatiestrategie West-Friesland hebben vastgesteld;
- Partij E bereid is de uitvoering van deze overeenkomst financieel te ondersteunen;

**Komen het volgende overeen:**

## Artikel 1 Begrippen

In deze overeenkomst wordt verstaan onder de stuurgroep: het bestuurlijk overleg van Partijen bedoeld in
artikel 4.

## Artikel 2 Doel

Partijen werken samen aan een West-Friesland dat in 2050 klimaatbestendig is ingericht.

## Artikel 3 Verplichtingen

{articles}

## Artikel 4 Stuurgroep

4.1 De stuurgroep komt ten minste twee keer per jaar bijeen.

4.2 Indien Partij E een rijksbijdrage ontvangt, kunnen Partijen de waterberging uit artikel 3.2 uitbreiden.

## Artikel 5 Financiën

Partij E draagt in totaal € 3,2 miljoen bij aan de kosten van de verplichtingen uit artikel 3. De overige kosten
komen voor rekening van de Partij die de verplichting aangaat.

## Artikel 6 Looptijd

Deze overeenkomst treedt in werking op 1 januari 2027 en eindigt op 31 december 2030.

Aldus overeengekomen en in vijfvoud ondertekend te Hoorn op 30 november 2026.
"""


def ov_text() -> str:
    parties = "\n".join(
        f"{i}. {text}, hierna: Partij {letter};" for i, (letter, text) in enumerate(OV_PARTIES, 1)
    )
    return OV_TEXT.format(parties=parties, articles="\n\n".join(OV_ARTICLES))


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
    soffice("b24-fasen", fa_html())
    soffice("b24-idem", id_html())
    pa_pdf(OUT / "b24-paragrafen.pdf")
    br_pdf(OUT / "b24-brief.pdf")
    (OUT / "b24-eigen.txt").write_text(ei_text(), encoding="utf-8")
    (OUT / "b24-overeenkomst.md").write_text(ov_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
