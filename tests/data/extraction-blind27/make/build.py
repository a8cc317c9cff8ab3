"""Build the five blind27 documents: a LibreOffice table whose roles other than the trekker stand in a NESTED
TABLE inside one cell ('Partij | Rol': meewerkend, betrokken, ondersteunend, opdrachtgever), an fpdf2 agenda of
label blocks where a missing 'Trekker:' line means the DEFAULT TREKKER named in the reading guide, a plain-text
werkagenda HARD-WRAPPED at 60 characters (titles and names run on over indented continuation lines), a Markdown
werkplan (version 2) whose changes are STRUCK THROUGH (~~...~~: a partner, a trekker, periods and one whole
action withdrawn), and a JOINT Kamerbrief of TWO MINISTERS ('wij' = both ministries, 'de minister van ...' = one).
Run: .venv/bin/python tests/data/extraction-blind27/make/build.py"""

import datetime
import html
import subprocess
import tempfile
import textwrap
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
E = html.escape

# --- b27-binnentabel: LibreOffice, ruled table, the other parties in a nested table per row ---------------------
BT_HEAD = ("Nr.", "Maatregel", "Trekker", "Andere partijen en hun rol", "Planning")
BT_ROWS = [
    (
        "ML1",
        "Herinrichting van de Roerkade als overstroombare promenade",
        "gemeente Roermond",
        [("Waterschap Limburg", "meewerkend"), ("provincie Limburg", "betrokken")],
        "2027-2029",
    ),
    (
        "ML2",
        "Klimaatrobuuste beekdalen van de Leubeek en de Tungelroyse Beek",
        "Waterschap Limburg",
        [("gemeente Leudal", "meewerkend"), ("provincie Limburg", "opdrachtgever")],
        "2028-2030",
    ),
    (
        "ML3",
        "Regionale hittekaart voor de kernen van Midden-Limburg",
        "provincie Limburg",
        [("gemeente Roermond", "meewerkend"), ("gemeente Roerdalen", "meewerkend"), ("gemeente Maasgouw", "meewerkend")],
        "2027",
    ),
    (
        "ML4",
        "Ontwikkelperspectief voor de Maasplassen bij Maasgouw",
        "gemeente Maasgouw",
        [("Rijkswaterstaat", "betrokken"), ("Waterschap Limburg", "ondersteunend")],
        "vanaf 2028",
    ),
    (
        "ML5",
        "Afkoppelprogramma hemelwater in Herkenbosch en Vlodrop",
        "gemeente Roerdalen",
        [("Waterschap Limburg", "ondersteunend")],
        "uiterlijk 2029",
    ),
]


def inner_table(parties) -> str:
    rows = "".join(f"<tr><td>{E(p)}</td><td>{E(r)}</td></tr>" for p, r in parties)
    return (
        '<table border="1" cellpadding="2" cellspacing="0" width="100%">'
        f"<tr><th>Partij</th><th>Rol</th></tr>{rows}</table>"
    )


def bt_html() -> str:
    th = "".join(f"<th>{E(c)}</th>" for c in BT_HEAD)
    body = "".join(
        f"<tr><td>{E(n)}</td><td>{E(m)}</td><td>{E(t)}</td><td>{inner_table(p)}</td><td>{E(w)}</td></tr>\n"
        for n, m, t, p, w in BT_ROWS
    )
    return (
        '<html><head><meta charset="utf-8"><style>body { font-family: Liberation Sans, Arial; font-size: 10pt; }'
        " td, th { font-size: 9pt; vertical-align: top; text-align: left; }</style></head><body>"
        "<h2>Uitvoeringsprogramma Maas, Beken en Hitte Midden-Limburg 2027-2030</h2>"
        "<p>De gemeenten Roermond, Roerdalen, Leudal en Maasgouw werken in dit programma samen met de provincie "
        "Limburg, Waterschap Limburg en Rijkswaterstaat. In 2026 hebben de vier gemeenten de regionale watervisie "
        "vastgesteld.</p>"
        "<p><b>Leeswijzer.</b> Elke maatregel heeft één trekker. De andere partijen staan met hun rol in een kleine "
        "tabel in de vierde kolom: <i>meewerkend</i> betekent dat de partij de maatregel samen met de trekker "
        "uitvoert, <i>betrokken</i> dat zij wordt geraadpleegd, <i>ondersteunend</i> dat zij kennis of data "
        "levert en <i>opdrachtgever</i> dat de maatregel in haar opdracht wordt uitgevoerd.</p>"
        '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
        '<col width="7%"><col width="35%"><col width="17%"><col width="29%"><col width="12%">'
        f"<thead><tr>{th}</tr></thead><tbody>\n{body}</tbody></table>"
        "<p>Een nieuwe brug over de Maas bij Roermond maakt geen deel uit van dit programma.</p>"
        "<p>Vastgesteld in het Bestuurlijk Overleg Midden-Limburg op 19 november 2026.</p></body></html>"
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


# --- b27-standaardtrekker: fpdf2 label blocks, a missing Trekker line means the provincie Zeeland -------------------
ST_DEFAULT = "provincie Zeeland"
ST_BLOCKS = [
    # code, title, trekker (None = the default of the reading guide), partners, period
    ("ZV1", "Dijkversterking met wandelroute langs de Westerschelde bij Perkpolder", "Waterschap Scheldestromen",
     "gemeente Hulst", "2027-2030"),
    ("ZV2", "Snelfietsroute Terneuzen-Sas van Gent", None, "gemeente Terneuzen, North Sea Port", "2028-2029"),
    ("ZV3", "Zoetwaterbuffer voor de akkerbouw in West-Zeeuws-Vlaanderen", None,
     "Waterschap Scheldestromen, gemeente Sluis", "vanaf 2027"),
    ("ZV4", "Herstructurering van het havengebied Axelse Vlakte-Noord", "North Sea Port", "gemeente Terneuzen",
     "2027-2028"),
    ("ZV5", "Grensoverschrijdende buslijn Hulst-Antwerpen", None, "gemeente Hulst", "2027"),
    ("ZV6", "Klimaatadaptatie in de kernen Cadzand en Breskens", "gemeente Sluis", "Waterschap Scheldestromen",
     "uiterlijk 2029"),
]


def st_paras():
    paras = [
        ("T", "Uitvoeringsagenda Kust en Kanaalzone Zeeuws-Vlaanderen 2027-2030"),
        (
            "",
            "De gemeenten Terneuzen, Hulst en Sluis, de provincie Zeeland, Waterschap Scheldestromen en North Sea "
            "Port voeren deze agenda samen uit. Leeswijzer: bij elke actie staan de trekker, de partners en de "
            "periode. Staat er bij een actie geen regel 'Trekker', dan is de provincie Zeeland trekker; de "
            "provincie coördineert de agenda.",
        ),
    ]
    for code, title, trekker, partners, period in ST_BLOCKS:
        paras.append(("H", f"{code} {title}"))
        lines = [f"Trekker: {trekker}"] if trekker else []
        lines += [f"Partners: {partners}", f"Periode: {period}"]
        paras.append(("", "\n".join(lines)))
    paras.append(
        (
            "",
            "In 2026 heeft North Sea Port de nieuwe kade aan de Kanaalzone in gebruik genomen. De verdieping van "
            "het Kanaal Gent-Terneuzen is een project van de Vlaamse overheid en staat niet in deze agenda.",
        )
    )
    return paras


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


# --- b27-harde-regels.txt: label blocks hard-wrapped at 60 characters ------------------------------------------
HR_WIDTH = 60
HR_BLOCKS = [
    ("1", "Warmtenet voor de wijk Zevenhuizen in Apeldoorn met restwarmte van de rioolwaterzuivering",
     "gemeente Apeldoorn", "Waterschap Vallei en Veluwe, provincie Gelderland", "2027-2030"),
    ("2", "Energiecoaches voor huurders in de Zutphense wijk Waterkwartier", "gemeente Zutphen", "-", "2027"),
    ("3", "Afspraken over netcongestie voor de bedrijventerreinen Apeldoorn-Noord en Kweekweg in Epe",
     "Liander", "gemeente Apeldoorn, gemeente Epe, provincie Gelderland", "2028-2029"),
    ("4", "Zonnevelden langs de A50 bij Epe volgens de regionale zonneladder", "gemeente Epe",
     "provincie Gelderland, Waterschap Vallei en Veluwe", "vanaf 2028"),
    ("5", "Gezamenlijke isolatieregeling voor monumentale panden in de binnenstad van Zutphen",
     "provincie Gelderland", "gemeente Zutphen", "uiterlijk 2028"),
]
HR_LABEL = 14  # width of the label column: "   Partners:  "


def wrap_field(label: str, value: str) -> str:
    return textwrap.fill(value, HR_WIDTH, initial_indent=f"{label:<{HR_LABEL}}", subsequent_indent=" " * HR_LABEL,
                         break_on_hyphens=False)


def hr_text() -> str:
    def para(text: str) -> str:
        return textwrap.fill(text, HR_WIDTH, break_on_hyphens=False)

    parts = [
        "WERKAGENDA ENERGIE EN WARMTE CLEANTECH REGIO 2027-2030",
        "Apeldoorn, Zutphen en Epe",
        "",
        para("Deze werkagenda is opgesteld door de gemeenten Apeldoorn, Zutphen en Epe met de provincie "
             "Gelderland, Waterschap Vallei en Veluwe en Liander. Bij elke actie staan de trekker, de partners "
             "en de periode."),
        "",
    ]
    for code, title, trekker, partners, period in HR_BLOCKS:
        parts.append(textwrap.fill(title, HR_WIDTH, initial_indent=f"{code}. ", subsequent_indent="   ",
                                   break_on_hyphens=False))
        parts.append(wrap_field("   Trekker:", trekker))
        parts.append(wrap_field("   Partners:", partners))
        parts.append(wrap_field("   Periode:", period))
        parts.append("")
    parts.append(para("De regionale warmtetransitievisie is in 2026 afgerond en staat daarom niet in deze "
                      "werkagenda."))
    parts.append(para("Verzonden aan de colleges en de raden van de drie gemeenten, november 2026."))
    return "\n".join(parts) + "\n"


# --- b27-doorgehaald.md: Markdown werkplan, version 2, changes struck through -----------------------------------
DG_MD = """\
# Werkplan Kust, Duin en Bollen 2027-2030

*Versie 2, 20 november 2026. Gemeente Katwijk, gemeente Noordwijk en gemeente Teylingen, met het
Hoogheemraadschap van Rijnland en de provincie Zuid-Holland.*

**Leeswijzer.** Dit is versie 2 van het werkplan. Wat sinds versie 1 is vervallen, staat doorgehaald
(~~zo~~) en geldt niet meer; de tekst die erachter staat, geldt wel. Een actie die helemaal is doorgehaald,
voeren wij niet meer uit.

## Acties

### 1. Klimaatbestendige herinrichting van de Boulevard in Katwijk

- Trekker: gemeente Katwijk
- Partners:
  - Hoogheemraadschap van Rijnland
  - ~~provincie Zuid-Holland~~
- Periode: 2027-2029

### 2. Hemelwaterbuffer voor de bollenteelt rond Sassenheim

- Trekker: ~~gemeente Teylingen~~ Hoogheemraadschap van Rijnland
- Partners:
  - gemeente Teylingen
- Periode: 2028

### 3. Groenblauwe verbinding tussen de Noordwijkse duinen en de Leidsevaart

- Trekker: gemeente Noordwijk
- Partners:
  - provincie Zuid-Holland
- Periode: ~~2027-2028~~ 2028-2030

### ~~4. Proef met zouttolerante bollenteelt bij De Zilk~~

- ~~Trekker: gemeente Noordwijk~~
- ~~Partners: Hoogheemraadschap van Rijnland~~
- ~~Periode: 2027~~

### 5. Aanpak van hittestress in de kernen van Teylingen

- Trekker: gemeente Teylingen
- Partners:
  - ~~gemeente Katwijk~~
  - gemeente Noordwijk
- Periode: vanaf 2027

### 6. Peilbesluit voor de polders rond Rijnsburg

- Trekker: Hoogheemraadschap van Rijnland
- Partners:
  - gemeente Katwijk
- Periode: uiterlijk ~~2027~~ 2028

De zandsuppletie voor de kust van Noordwijk is in 2026 uitgevoerd en staat daarom niet in dit werkplan.
"""

# --- b27-twee-ministers.pdf: a joint Kamerbrief of two ministers ------------------------------------------------
TM_PARAS = [
    ("T", "Kamerbrief"),
    (
        "",
        "Ministerie van Infrastructuur en Waterstaat\n"
        "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur\n"
        "Aan: de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Datum: 25 november 2026\n"
        "Onderwerp: Zoet water en landbouw in de Hoeksche Waard",
    ),
    (
        "",
        "Geachte voorzitter,\n"
        "Met deze brief informeren wij, de minister van Infrastructuur en Waterstaat en de minister van Landbouw, "
        "Visserij, Voedselzekerheid en Natuur, uw Kamer over de verzilting in de Hoeksche Waard. Waar wij 'wij' "
        "schrijven, doen wij iets samen; waar één van ons iets alleen doet, staat dat erbij.",
    ),
    ("H", "Aanleiding"),
    (
        "",
        "Kunnen de akkerbouwers in de Hoeksche Waard op zoet water blijven rekenen? In droge zomers dringt zout "
        "water via het Haringvliet en het Spui steeds verder het gebied in. In 2025 is het eerste deel van het "
        "meetnet voor zoutindringing in gebruik genomen.",
    ),
    ("H", "Wat gaan wij doen?"),
    (
        "",
        "Wij stellen in 2027 samen met de provincie Zuid-Holland en de gemeente Hoeksche Waard een "
        "gebiedsprogramma Zoet Water Hoeksche Waard op. Samen met Waterschap Hollandse Delta maken wij uiterlijk "
        "eind 2027 afspraken over het peilbeheer in de kreken van het eiland.",
    ),
    (
        "",
        "De minister van Infrastructuur en Waterstaat breidt in 2027 en 2028 het meetnet voor zoutindringing in "
        "het Haringvliet uit, met betrokkenheid van Waterschap Hollandse Delta.",
    ),
    (
        "",
        "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur opent vanaf 2028 een subsidieregeling "
        "voor akkerbouwers in de Hoeksche Waard die overschakelen op zouttolerante teelten. Daarnaast start de "
        "minister van Landbouw, Visserij, Voedselzekerheid en Natuur in 2027 met Natuurmonumenten een proef met "
        "brak natuurbeheer op Tiengemeten.",
    ),
    ("H", "Wat doen anderen?"),
    (
        "",
        "Waterschap Hollandse Delta versterkt naar verwachting tussen 2028 en 2031 de dijk langs het Spui.",
    ),
    (
        "",
        "Wij hopen dat ook de drinkwaterbedrijven zich bij deze aanpak aansluiten.\n"
        "Hoogachtend,\n"
        "de minister van Infrastructuur en Waterstaat\n"
        "de minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
    ),
]


def main() -> None:
    soffice("b27-binnentabel", bt_html())
    fpdf_doc(OUT / "b27-standaardtrekker.pdf", st_paras(), (2026, 11, 20))
    fpdf_doc(OUT / "b27-twee-ministers.pdf", TM_PARAS, (2026, 11, 25))
    (OUT / "b27-harde-regels.txt").write_text(hr_text(), encoding="utf-8")
    (OUT / "b27-doorgehaald.md").write_text(DG_MD, encoding="utf-8")


if __name__ == "__main__":
    main()
