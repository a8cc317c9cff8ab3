"""Build the six blind25 documents: two HTML tables through LibreOffice (a Wie column with two trekkers or a
'Regio ... (penvoerder: ...)'; Start and Duur columns instead of a period), a letter of a hoogheemraadschap to
three gemeenteraden with fpdf2 whose commitments are counted off ('Ten eerste ...', 'Ten tweede ...'), a
besluitenlijst with fpdf2 whose points are 'Besluit', 'Ter kennisname' or 'Aangehouden', a plain-text agenda whose
actions end in '[trekker, periode]', and a Markdown gebiedsagenda whose numbered list continues in a table in the
appendix.
Run: .venv/bin/python tests/data/extraction-blind25/make/build.py"""

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


def table_html(head, rows, widths) -> str:
    cols = "".join(f'<col width="{w}">' for w in widths)
    th = "".join(f"<th>{E(c)}</th>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    return (
        f'<table border="1" cellpadding="4" cellspacing="0" width="100%">{cols}'
        f"<thead><tr>{th}</tr></thead><tbody>\n{body}</tbody></table>"
    )


# --- b25-tweetrekkers: a Wie column with TWO trekkers or 'Regio Kop van Noord-Holland (penvoerder: ...)' -------
TT_HEAD = ("Nr.", "Actie", "Wie", "Met", "Looptijd")
TT_ROWS = [
    (
        "KNH-1",
        "Zoetwaterberging in de Anna Paulownapolder",
        "Gemeenten Schagen en Hollands Kroon",
        "HHNK, LTO Noord",
        "in de periode 2027–2030",
    ),
    (
        "KNH-2",
        "Regionale hittekaart met hitteplan voor kwetsbare ouderen",
        "Regio Kop van Noord-Holland (penvoerder: gemeente Den Helder)",
        "GGD Hollands Noorden",
        "start na de zomer van 2027",
    ),
    (
        "KNH-3",
        "Onderzoek naar de zoet-zoutgrens onder de duinen bij Callantsoog",
        "PWN",
        "HHNK, gemeente Schagen",
        "loopt tot en met 2029",
    ),
    (
        "KNH-4",
        "Afkoppelen van hemelwater in de binnenstad van Den Helder",
        "Gemeente Den Helder en HHNK",
        "–",
        "2027-2028",
    ),
    (
        "KNH-5",
        "Meten van de bodemdaling in de Wieringermeer",
        "HHNK",
        "provincie Noord-Holland, gemeente Hollands Kroon",
        "jaarlijks vanaf 2027",
    ),
    (
        "KNH-6",
        "Vergroenen van schoolpleinen in de hele Kop",
        "Regio Kop van Noord-Holland (penvoerder: gemeente Schagen)",
        "–",
        "2028",
    ),
]


def tt_html() -> str:
    table = table_html(TT_HEAD, TT_ROWS, (45, 200, 150, 140, 110))
    return f"""<html><head><meta charset="utf-8"><title>Uitvoeringsagenda Water en Bodem Kop van Noord-Holland</title>
<style>{CSS}</style></head><body>
<h2>Uitvoeringsagenda Water en Bodem Kop van Noord-Holland 2027-2030</h2>
<p>Gemeente Den Helder, gemeente Schagen, gemeente Hollands Kroon, Hoogheemraadschap Hollands Noorderkwartier
(HHNK) en provincie Noord-Holland &ndash; versie voor het portefeuillehoudersoverleg van 9 december 2026</p>
<h3>Inleiding</h3>
<p>De Kop van Noord-Holland ligt grotendeels onder zeeniveau en is omgeven door de Noordzee en de Waddenzee. In
2026 hebben de drie gemeenten hun klimaatstresstesten afgerond. Deze agenda bevat de acties die daaruit volgen.</p>
<p><i>Leeswijzer.</i> In de kolom Wie staat wie de actie trekt. Staan daar twee partijen, dan trekken zij de
actie samen. "Regio Kop van Noord-Holland" is het samenwerkingsverband van de drie gemeenten; de penvoerder
tussen haakjes trekt de actie en de andere twee gemeenten doen als partner mee. In de kolom Met staan de
overige partners.</p>
{table}
<h3>Vervolg</h3>
<p>De provincie Noord-Holland overweegt een financiële bijdrage aan KNH-1. De gemeente Texel doet niet mee aan
deze agenda, maar wordt over de voortgang geïnformeerd.</p>
</body></html>
"""


# --- b25-duur: 'Start' and 'Duur' columns instead of a period -------------------------------------------------
DU_HEAD = ("Nr.", "Maatregel", "Trekker", "Partners", "Start", "Duur")
DU_ROWS = [
    (
        "BVS-1",
        "Waterberging in het Dommeldal bij Sint-Michielsgestel",
        "Waterschap De Dommel",
        "gemeente Sint-Michielsgestel, Brabants Landschap",
        "januari 2027",
        "3 jaar",
    ),
    (
        "BVS-2",
        "Klimaatadaptieve herinrichting van de Hinthamerstraat",
        "gemeente 's-Hertogenbosch",
        "Waterschap Aa en Maas",
        "2028",
        "18 maanden",
    ),
    (
        "BVS-3",
        "Vergroening van het stationsgebied in Vught",
        "gemeente Vught",
        "Waterschap De Dommel",
        "najaar 2027",
        "6 maanden",
    ),
    (
        "BVS-4",
        "Grondwatermeetnet op de Vughtse Heide",
        "Brabant Water",
        "provincie Noord-Brabant, gemeente Vught",
        "1 juli 2027",
        "doorlopend",
    ),
    (
        "BVS-5",
        "Droogteaanpak voor de landbouw in de Dommelvallei",
        "ZLTO",
        "Waterschap De Dommel, gemeente Sint-Michielsgestel",
        "2027",
        "4 jaar",
    ),
    (
        "BVS-6",
        "Natuurherstel in het Bossche Broek",
        "Waterschap Aa en Maas",
        "gemeente 's-Hertogenbosch, Natuurmonumenten",
        "2e helft 2028",
        "1 jaar",
    ),
]


def du_html() -> str:
    table = table_html(DU_HEAD, DU_ROWS, (45, 200, 120, 170, 80, 60))
    return f"""<html><head><meta charset="utf-8"><title>Uitvoeringsprogramma Water en Klimaat Bossche regio</title>
<style>{CSS}</style></head><body>
<h2>Uitvoeringsprogramma Water en Klimaat 's-Hertogenbosch, Vught en Sint-Michielsgestel 2027-2030</h2>
<p>Gemeente 's-Hertogenbosch, gemeente Vught, gemeente Sint-Michielsgestel, Waterschap Aa en Maas en Waterschap
De Dommel &ndash; vastgesteld in het bestuurlijk overleg van 17 november 2026</p>
<p>Waar de Dommel en de Aa samenkomen, krijgt de regio steeds vaker te maken met hoogwater in de winter en
droogte in de zomer. Waterschap De Dommel heeft de beekherstelwerken bij Boxtel in 2026 afgerond. De partners
nemen nu de volgende maatregelen.</p>
<p><i>Toelichting bij de tabel.</i> Start is het moment waarop de uitvoering begint; Duur is hoe lang de
uitvoering vanaf dat moment duurt. Een maatregel die in 2027 start en 1 jaar duurt, is dus eind 2027 klaar.
"Doorlopend" betekent dat de maatregel geen einddatum heeft.</p>
{table}
<p>Het programma wordt mede betaald uit het Deltaplan Hoge Zandgronden. Over een zevende maatregel, een
waterbuffer bij Den Dungen, is nog geen overeenstemming bereikt.</p>
</body></html>
"""


# --- b25-opsomming: letter of Rijnland to three councils; commitments counted off 'Ten eerste ...' -----------------
OP_PARAS = [
    ("", "Hoogheemraadschap van Rijnland"),
    (
        "",
        "Aan de gemeenteraden van Leiden, Leiderdorp en Oegstgeest\n"
        "Datum: 26 november 2026\nKenmerk: 2026-DB-0412\nOnderwerp: Water in de Leidse regio",
    ),
    ("", "Geachte raadsleden,"),
    (
        "",
        "Het dagelijks bestuur van het Hoogheemraadschap van Rijnland informeert u met deze brief over onze aanpak "
        "van wateroverlast en droogte in uw drie gemeenten. De zomer van 2026 liet opnieuw zien hoe kwetsbaar de "
        "Leidse regio is.",
    ),
    ("Wat hebben wij gedaan?", ""),
    (
        "",
        "Ten eerste hebben wij in 2026 het gemaal in de Stevenshofpolder vernieuwd. Ten tweede hebben wij met de "
        "gemeente Oegstgeest de watergangen in Poelgeest gebaggerd.",
    ),
    ("Wat gaan wij doen?", ""),
    (
        "",
        "Wij gaan de komende jaren vier dingen doen. Ten eerste versterken wij in 2027 en 2028, samen met de "
        "gemeente Leiderdorp, de kaden langs de Oude Rijn bij Leiderdorp. Ten tweede leggen wij vanaf 2028 in "
        "opdracht van de gemeente Oegstgeest een extra gemaal aan bij de Haarlemmertrekvaart. Ten derde stellen "
        "wij uiterlijk eind 2027 met de drie gemeenten een gezamenlijk hemelwaterprogramma op. Tot slot starten "
        "wij na de zomer van 2027 met de gemeente Leiden een proef met waterdoorlatende bestrating in de wijk "
        "Stevenshof.",
    ),
    (
        "",
        "Daarnaast laten wij in 2027 door Deltares onderzoeken hoeveel regenwater de veenbodem rond de "
        "Kagerplassen kan vasthouden.",
    ),
    ("Wat vragen wij van u?", ""),
    (
        "",
        "Wij vragen u om de kosten van het hemelwaterprogramma op te nemen in uw begroting voor 2028. "
        "Wij zouden het ook toejuichen als de gemeente Zoeterwoude bij het programma aansluit.",
    ),
    ("Wat doen anderen?", ""),
    (
        "",
        "De provincie Zuid-Holland werkt aan een nieuw regionaal waterprogramma, dat naar verwachting in 2028 "
        "wordt vastgesteld. De gemeente Leiden legt volgens haar eigen planning in 2028 een waterplein aan op de "
        "Lammermarkt.",
    ),
    ("", "Met vriendelijke groet,\nHet dagelijks bestuur van het Hoogheemraadschap van Rijnland"),
]


def letter_pdf(path: Path, paras, date) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for i, (head, text) in enumerate(paras):
        if head:
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", "B" if i == 0 else "", 14 if i == 0 else 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(path))


# --- b25-besluitenlijst: points marked 'Besluit', 'Ter kennisname' or 'Aangehouden' --------------------------------
BE_PARAS = [
    ("", "Besluitenlijst Bestuurlijk Overleg Water Zaanstreek"),
    (
        "",
        "Datum: 19 november 2026, gemeentehuis Wormerland\n"
        "Aanwezig: gemeente Zaanstad, gemeente Wormerland, gemeente Oostzaan, Hoogheemraadschap Hollands "
        "Noorderkwartier (HHNK), provincie Noord-Holland, Landschap Noord-Holland, PWN\n"
        "Leeswijzer: bij elk punt staat of het een besluit is, ter kennisname is gebracht of is aangehouden. "
        "Alleen de acties bij een besluit zijn afspraken van het overleg.",
    ),
    ("1. Verslag vorig overleg - Besluit", ""),
    ("", "Het verslag van 24 september 2026 wordt ongewijzigd vastgesteld."),
    ("2. Veenweide Wormer- en Jisperveld - Besluit", ""),
    (
        "",
        "Het overleg stemt in met de aanpak.\n"
        "Actie: gemeente Wormerland stelt samen met HHNK en Landschap Noord-Holland een gebiedsplan voor het "
        "Wormer- en Jisperveld op, gereed eind 2027.",
    ),
    ("3. Zaandijk Oostzaan - Besluit", ""),
    (
        "",
        "Actie: HHNK start in 2028 met de versterking van de Zaandijk bij Oostzaan; de gemeente Oostzaan is "
        "betrokken.",
    ),
    ("4. Groene daken - Besluit", ""),
    (
        "",
        "Actie: gemeente Zaanstad voert in 2027 en 2028 een proef uit met groene daken op twaalf scholen, met "
        "inhoudelijke ondersteuning van de provincie Noord-Holland.",
    ),
    ("5. Zoutmetingen - Besluit", ""),
    (
        "",
        "Actie: HHNK meet in 2027 in opdracht van de provincie Noord-Holland de zoutindringing vanuit het "
        "Noordzeekanaal in de Zaan.",
    ),
    ("6. Loket klimaatadaptatie - Besluit", ""),
    (
        "",
        "Actie: gemeente Oostzaan en gemeente Wormerland richten in het eerste kwartaal van 2027 samen een loket "
        "klimaatadaptatie voor inwoners in.",
    ),
    ("7. Regionaal waterfonds - Aangehouden", ""),
    (
        "",
        "Het voorstel om een regionaal waterfonds op te richten wordt aangehouden tot het volgende overleg.",
    ),
    ("8. Drinkwater - Ter kennisname", ""),
    (
        "",
        "PWN licht toe dat het een nieuwe drinkwaterwinning in de Zaanstreek onderzoekt en verwacht in 2029 "
        "met de bouw te starten.\n"
        "Actie: PWN start in 2029 met de bouw van een pompstation, als het onderzoek gunstig uitvalt.",
    ),
    ("", "Volgend overleg: 11 maart 2027."),
]


def be_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 20, tzinfo=datetime.timezone.utc))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for i, (head, text) in enumerate(BE_PARAS):
        if head:
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(0, 5.5, head, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", "B" if i == 0 else "", 14 if i == 0 else 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))


# --- b25-haken: plain text; every action ends in '[trekker, periode]' ---------------------------------------------
HA_TEXT = """REGIONALE AGENDA WATER NOORD-LIMBURG 2027-2029
Gemeente Venlo, gemeente Venray, gemeente Horst aan de Maas, Waterschap Limburg, provincie Limburg
Vastgesteld door het Regionaal Bestuurlijk Overleg Water op 16 november 2026

1. Inleiding

De droge zomers van 2018 tot en met 2022 en de hoge Maasafvoer van juli 2021 hebben laten zien dat
Noord-Limburg zowel te veel als te weinig water kan hebben [zie hoofdstuk 2 van de
Regionale Adaptatiestrategie]. In deze agenda staan de acties van de komende drie jaar.

Leeswijzer: achter elke actie staat tussen rechte haken wie de actie trekt en wanneer zij loopt.
Partners en opdrachtgevers staan in de tekst van de actie zelf.

2. Beken en grondwater

Acties:
- Herstel van de Groote Molenbeek tussen Venray en Horst, samen met de gemeenten Venray en Horst aan de Maas [Waterschap Limburg, 2027-2029]
- Verkenning van een nieuwe drinkwaterwinning bij Venray [WML, uiterlijk 2028]
- Regionaal grondwatermeetnet, in opdracht van de provincie Limburg [Waterschap Limburg, 2028]

3. Stad en land

Acties:
- Hemelwaterplan voor de binnenstad van Venlo, met medewerking van WML [gemeente Venlo, 2027]
- Proef met druppelirrigatie op tien tuinbouwbedrijven bij Grubbenvorst, met de provincie Limburg [LLTB, vanaf 2028]
- Hitteplan voor de kernen van Horst aan de Maas, met de GGD Limburg-Noord [gemeente Horst aan de Maas, 2027-2028]
- Stresstest voor de kernen van Venlo [gemeente Venlo, afgerond 2026]

4. Afkortingen

WML   Waterleiding Maatschappij Limburg
LLTB  Limburgse Land- en Tuinbouw Bond

De regio wil in 2029 bezien of de gemeenten Peel en Maas en Beesel bij deze agenda kunnen aansluiten.
"""


# --- b25-bijlage: numbered list 1-3 in the text, continued as 4-7 in a table in Bijlage 1 -----------------------
BI_TEXT = """# Gebiedsagenda Water en Droogte Winterswijk, Aalten en Oost Gelre 2027-2030

*Gemeente Winterswijk, gemeente Aalten, gemeente Oost Gelre en Waterschap Rijn en IJssel (hierna: het waterschap), december 2026*

## 1 Aanleiding

De zandgronden van de Oost-Achterhoek drogen in de zomer snel uit, terwijl de beken na hevige buien buiten hun oevers treden. In 2025 hebben de drie gemeenten en het waterschap de Droogtestudie Oost-Achterhoek afgerond.

## 2 Wat gaan we doen?

De agenda telt zes acties. De eerste drie staan hieronder; de acties 4 tot en met 6 staan in de tabel in Bijlage 1, waar de nummering doorloopt.

1. **Beekherstel van de Boven-Slinge bij Winterswijk.** Trekker: het waterschap. Met: gemeente Winterswijk, Staatsbosbeheer. Planning: 2027-2029.
2. **Klimaatadaptieve herinrichting van het centrum van Aalten.** Trekker: gemeente Aalten. Met: het waterschap. Planning: 2028.
3. **Droogteproef met stuwtjes op landbouwpercelen in Oost Gelre.** Trekker: LTO Noord. Met: gemeente Oost Gelre, het waterschap. Planning: vanaf 2027.

## 3 Financiering

De provincie Gelderland heeft laten weten dat zij een bijdrage aan de acties 1 en 6 overweegt.

## Bijlage 1 Vervolg van de acties

| Nr. | Actie | Trekker | Met | Planning |
|---|---|---|---|---|
| 4 | Bescherming van de drinkwaterwinning Corle | Vitens | provincie Gelderland, gemeente Winterswijk | uiterlijk 2029 |
| 5 | Regionale hittekaart Oost-Achterhoek | gemeente Oost Gelre | gemeente Winterswijk, gemeente Aalten | 2027 |
| 6 | Herinrichting van de Groenlose Slinge | het waterschap | gemeente Oost Gelre | 2028-2030 |
| 7 | Waterbuffer bij Bredevoort | – | – | vervallen |

Actie 7 is vervallen omdat de grond niet beschikbaar kwam; het nummer blijft gereserveerd.
"""


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
    soffice("b25-tweetrekkers", tt_html())
    soffice("b25-duur", du_html())
    letter_pdf(OUT / "b25-opsomming.pdf", OP_PARAS, (2026, 11, 26))
    be_pdf(OUT / "b25-besluitenlijst.pdf")
    (OUT / "b25-haken.txt").write_text(HA_TEXT, encoding="utf-8")
    (OUT / "b25-bijlage.md").write_text(BI_TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()
