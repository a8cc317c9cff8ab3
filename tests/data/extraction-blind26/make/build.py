"""Build the five blind26 documents: a LibreOffice table whose trekker is a PORTEFEUILLEHOUDER ('wethouder Wonen
gemeente Amersfoort'), an fpdf2 routekaart whose labels are QUESTIONS ('Wie trekt?', 'Wie doen mee?', 'Wanneer?'),
a plain-text agenda whose actions stand under a heading PER PARTY ('WAT DOET DE GEMEENTE ERMELO?'), a Markdown
werkplan whose periods stand in a SEPARATE planning table keyed by number, and an fpdf2 raadsinformatiebrief that
ANSWERS COUNCIL QUESTIONS (questions, a refusal and past work as look-alikes).
Run: .venv/bin/python tests/data/extraction-blind26/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
E = html.escape

# --- b26-portefeuille: LibreOffice, ruled table, trekker = portefeuillehouder -----------------------------------
PF_HEAD = ("Nr.", "Maatregel", "Bestuurlijk trekker", "Partners", "Planning")
PF_ROWS = [
    (
        "A1",
        "Versnellingsteam woningbouw op het Wagenwerkplaatsterrein",
        "wethouder Wonen gemeente Amersfoort",
        "provincie Utrecht",
        "2027-2029",
    ),
    (
        "A2",
        "Snelfietsroute Leusden-Amersfoort Centraal",
        "wethouder Mobiliteit gemeente Leusden",
        "gemeente Amersfoort, provincie Utrecht",
        "2028",
    ),
    (
        "A3",
        "Regionale afspraken over flexwonen voor spoedzoekers",
        "wethouder Wonen gemeente Soest",
        "gemeente Amersfoort, gemeente Leusden",
        "vanaf 2027",
    ),
    (
        "A4",
        "Waterbergingsplan voor de nieuwbouwwijk Vathorst-Noord",
        "dijkgraaf Waterschap Vallei en Veluwe",
        "gemeente Amersfoort",
        "uiterlijk 2028",
    ),
    (
        "A5",
        "Gedeeld mobiliteitshub bij station Soest-Zuid",
        "gedeputeerde Mobiliteit provincie Utrecht",
        "gemeente Soest",
        "2027-2030",
    ),
]


def pf_html() -> str:
    th = "".join(f"<th>{E(c)}</th>" for c in PF_HEAD)
    body = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>\n" for r in PF_ROWS)
    return (
        '<html><head><meta charset="utf-8"><style>body { font-family: Liberation Sans, Arial; font-size: 10pt; }'
        " td, th { font-size: 9pt; vertical-align: top; text-align: left; }</style></head><body>"
        "<h2>Regionaal Programma Wonen en Bereikbaarheid Amersfoort, Leusden en Soest 2027-2030</h2>"
        "<p>Dit programma bundelt de afspraken van de gemeenten Amersfoort, Leusden en Soest met de provincie "
        "Utrecht en Waterschap Vallei en Veluwe. In 2026 hebben de drie gemeenten samen 2.400 woningen "
        "opgeleverd.</p>"
        "<p><b>Leeswijzer.</b> Elke maatregel heeft een bestuurlijk trekker: de portefeuillehouder die het "
        "onderwerp bestuurlijk trekt. Zijn of haar organisatie is trekker van de maatregel; de ambtelijke "
        "uitwerking volgt die keuze.</p>"
        '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
        '<col width="8%"><col width="38%"><col width="22%"><col width="20%"><col width="12%">'
        f"<thead><tr>{th}</tr></thead><tbody>\n{body}</tbody></table>"
        "<p>De aanleg van een tweede spooraansluiting bij Leusden is geen onderdeel van dit programma.</p>"
        "<p>Vastgesteld door de regionale stuurgroep op 12 november 2026.</p></body></html>"
    )


def soffice(name: str, text: str) -> None:
    src = MAKE / f"{name}.html"
    src.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf",
                "--outdir",
                str(OUT),
                str(src),
            ],
            check=True,
            capture_output=True,
        )


# --- b26-vraaglabels: fpdf2 routekaart, label lines as questions ---------------------------------------------------
VL_PARAS = [
    ("T", "Routekaart Energie en Bedrijventerreinen Foodvalley-West 2027-2030"),
    (
        "",
        "Gemeente Ede, gemeente Wageningen en gemeente Barneveld werken samen met de provincie Gelderland, Liander "
        "en Wageningen University & Research (WUR) aan schone energie en ruimte op het stroomnet voor bedrijven. "
        "Bij elke opgave staan drie vragen: wie trekt, wie doen mee en wanneer.",
    ),
    ("H", "E1 Energiecoöperatie voor bedrijventerrein Frankeneng"),
    ("", "Wie trekt? Gemeente Ede\nWie doen mee? Liander, provincie Gelderland\nWanneer? 2027-2028"),
    ("H", "E2 Collectieve batterij op bedrijventerrein Harselaar"),
    ("", "Wie trekt? Gemeente Barneveld\nWie doen mee? Liander\nWanneer? vanaf 2028"),
    ("H", "E3 Proef met restwarmte uit de Kennisas voor de Wageningse binnenstad"),
    ("", "Wie trekt? WUR\nWie doen mee? Gemeente Wageningen\nWanneer? 2027"),
    ("H", "E4 Netcongestieloket voor ondernemers in de hele regio"),
    (
        "",
        "Wie trekt? Provincie Gelderland\nWie doen mee? Gemeente Ede, gemeente Wageningen, gemeente Barneveld\n"
        "Wanneer? uiterlijk 2027",
    ),
    ("H", "E5 Zon op de daken van de pluimveestallen in de Gelderse Vallei"),
    ("", "Wie trekt? Gemeente Barneveld\nWie doen mee? Provincie Gelderland\nWanneer? 2028-2030"),
    (
        "",
        "Wat is al gedaan? In 2026 heeft Liander de netkaart voor Foodvalley-West gepubliceerd.\n"
        "Een waterstofleiding naar Ede valt buiten deze routekaart.",
    ),
]


def fpdf_doc(path: Path, paras, date) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for kind, text in paras:
        if kind == "T":
            pdf.set_font("Helvetica", "B", 13)
        elif kind == "H":
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10.5)
        else:
            pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5 if kind == "H" else 2.5)
    pdf.output(str(path))


# --- b26-perpartij.txt: actions under a heading per party -------------------------------------------------------
PP_TXT = """\
GEBIEDSAGENDA NATUUR EN STIKSTOF NOORD-VELUWE 2027-2030
Harderwijk, Ermelo en Putten

Deze agenda is opgesteld door de gemeenten Harderwijk, Ermelo en Putten, de provincie Gelderland,
Staatsbosbeheer en Geldersch Landschap & Kasteelen. Per partij staat hieronder wat zij de komende jaren doet.
De partij boven een blok is trekker van alles wat in dat blok staat.

WAT DOET DE GEMEENTE HARDERWIJK?
- Herstel van de heide op de Groevenbeekse Heide, samen met Geldersch Landschap & Kasteelen, 2027-2029.
- Een natuurinclusief bestemmingsplan voor de Waterfront-uitbreiding, vanaf 2028.

WAT DOET DE GEMEENTE ERMELO?
- Een bufferzone van kruidenrijk grasland langs het Leuvenumse Bos, met de provincie Gelderland, 2027-2030.
- In 2026 is de gemeente gestart met de inventarisatie van de houtwallen; die is afgerond.

WAT DOET DE GEMEENTE PUTTEN?
- Een stikstofmonitor voor de randen van het Veluwemassief, in opdracht van de provincie Gelderland, uiterlijk 2028.

WAT DOET STAATSBOSBEHEER?
- Omvorming van naaldbos naar gemengd bos bij Putten, met de gemeente Putten, 2027-2030.

Een eventuele uitbreiding van het Natura 2000-gebied is een besluit van het Rijk en staat niet in deze agenda.
"""

# --- b26-planning.md: periods in a separate planning table keyed by number ---------------------------------------
PL_MD = """\
# Werkplan Bodemdaling en Bouwen Midden-Holland 2027-2030

*Gemeente Gouda, gemeente Bodegraven-Reeuwijk en gemeente Waddinxveen, met het Hoogheemraadschap van Rijnland en
de provincie Zuid-Holland. Met "Rijnland" bedoelen wij het Hoogheemraadschap van Rijnland.*

Dit werkplan heeft twee delen. In deel 1 staan de acties met wie ze uitvoert. De planning van elke actie staat
apart in deel 2, onder hetzelfde nummer.

## Deel 1 Acties

1. Funderingsloket voor eigenaren van oude panden in de Goudse binnenstad. Trekker: gemeente Gouda. Met: Rijnland.
2. Bouwen zonder ophoging in de nieuwe wijk Westergouwe-Zuid. Trekker: gemeente Gouda. Met: provincie Zuid-Holland.
3. Peilbesluit voor de Reeuwijkse Plassen. Trekker: Rijnland. Met: gemeente Bodegraven-Reeuwijk.
4. Onderwaterdrainage in de veenweidepolders rond Bodegraven. Trekker: gemeente Bodegraven-Reeuwijk. Met: Rijnland, provincie Zuid-Holland.
5. Woningbouw op de Triangel met een klimaatbestendige bodemopbouw. Trekker: gemeente Waddinxveen. Met: provincie Zuid-Holland.

## Deel 2 Planning

| Nr. | Start | Gereed |
|---|---|---|
| 1 | 2027 | 2028 |
| 2 | 2028 | – |
| 3 | – | 2027 |
| 4 | 2027 | 2030 |
| 5 | 2029 | 2029 |

Een "–" betekent dat de start of het einde nog niet vastligt.

Het bodemdalingsonderzoek van 2026 is afgerond en staat daarom niet in dit werkplan.
"""

# --- b26-raadsvragen.pdf: raadsinformatiebrief answering council questions ----------------------------------------
RV_PARAS = [
    ("T", "Raadsinformatiebrief"),
    (
        "",
        "Gemeente Leeuwarden, college van burgemeester en wethouders\n"
        "Aan: de gemeenteraad van Leeuwarden\n"
        "Datum: 24 november 2026\n"
        "Onderwerp: beantwoording schriftelijke vragen over warmte en netcapaciteit",
    ),
    (
        "",
        "Geachte leden van de raad,\n"
        "Op 3 november 2026 stelde de fractie van GroenLinks vragen over het warmtenet en de netcapaciteit in "
        "Leeuwarden. Hieronder vindt u onze antwoorden.",
    ),
    ("H", "Vraag 1"),
    ("", "Is het college bereid om het warmtenet in de wijk Camminghaburen uit te breiden?"),
    (
        "",
        "Antwoord: Ja. Wij breiden in 2027 en 2028 samen met Ennatuurlijk het warmtenet in Camminghaburen uit "
        "met 600 woningen. Eerder, in 2025, hebben wij de eerste 400 woningen aangesloten.",
    ),
    ("H", "Vraag 2"),
    ("", "Gaat het college een tweede warmtebron onderzoeken?"),
    (
        "",
        "Antwoord: Ja. Wij laten in 2027 door Wetterskip Fryslân onderzoeken of de rioolwaterzuivering bij "
        "Leeuwarden warmte kan leveren. Een geothermieboring gaan wij niet uitvoeren, omdat de ondergrond daar "
        "ongeschikt voor is.",
    ),
    ("H", "Vraag 3"),
    ("", "Wat doet het college aan de wachtrij voor stroom op bedrijventerrein De Zwette?"),
    (
        "",
        "Antwoord: Wij richten vanaf 2027 met Liander en de provincie Fryslân een energiehub op De Zwette in, "
        "waarmee bedrijven de netcapaciteit delen. Liander verwacht daarnaast in 2029 een nieuw onderstation bij "
        "Leeuwarden in gebruik te nemen.",
    ),
    ("H", "Vraag 4"),
    ("", "Kunnen woningcorporaties meedoen?"),
    (
        "",
        "Antwoord: Ja. Wij stellen uiterlijk eind 2027 met de gemeente Waadhoeke een gezamenlijk "
        "isolatieprogramma voor huurwoningen op, waarbij de provincie Fryslân betrokken is. Daarnaast starten "
        "wij in 2028 een proef met buurtbatterijen in de wijk Heechterp-Schieringen.",
    ),
    (
        "",
        "Wij hopen dat meer gemeenten in Fryslân zich bij deze aanpak aansluiten.\n"
        "Met vriendelijke groet,\n"
        "Het college van burgemeester en wethouders van Leeuwarden",
    ),
]


def main() -> None:
    soffice("b26-portefeuille", pf_html())
    fpdf_doc(OUT / "b26-vraaglabels.pdf", VL_PARAS, (2026, 11, 18))
    fpdf_doc(OUT / "b26-raadsvragen.pdf", RV_PARAS, (2026, 11, 24))
    (OUT / "b26-perpartij.txt").write_text(PP_TXT, encoding="utf-8")
    (OUT / "b26-planning.md").write_text(PL_MD, encoding="utf-8")


if __name__ == "__main__":
    main()
