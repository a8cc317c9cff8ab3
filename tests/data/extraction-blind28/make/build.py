"""Build the five blind28 documents: a LibreOffice table whose Partners column leaves out ONE BLANKET PARTNER that a
sentence above the table names for every maatregel, an fpdf2 set of PROJECT CARDS whose roles are
'Opdrachtgever' / 'Opdrachtnemer' / 'Projectgroep' / 'Klankbordgroep', a Markdown agenda with FRISIAN LABELS and
period words ('Lûker', 'Mei', 'Belutsen', 'Perioade', 'fan 2028 ôf', 'úterlik'), a plain-text table whose
planning is written in MONTH RANGES ('sep 2027 - mrt 2029'), and a raadsinformatiebrief whose commitments are the
BOLD LEAD SENTENCES (kernzinnen) of paragraphs whose explanation holds look-alikes.
Run: .venv/bin/python tests/data/extraction-blind28/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
E = html.escape

# --- b28-alle-partner: LibreOffice table, the provincie Noord-Holland is partner everywhere (sentence above) ----
AP_BLANKET = "provincie Noord-Holland"
AP_GUIDE = (
    "De provincie Noord-Holland is partner bij alle maatregelen in deze tabel; zij staat daarom niet in de kolom "
    "Partners. Waar de provincie zelf trekker is, is zij alleen trekker."
)
AP_HEAD = ("Nr.", "Maatregel", "Trekker", "Partners", "Periode")
AP_ROWS = [
    ("ZK1", "Vergroening van schoolpleinen in Haarlem-Schalkwijk", "gemeente Haarlem",
     "Hoogheemraadschap van Rijnland", "2027-2028"),
    ("ZK2", "Hemelwaterberging onder het Louis Davidsplein in Zandvoort", "gemeente Zandvoort",
     "Hoogheemraadschap van Rijnland", "vanaf 2028"),
    ("ZK3", "Duinwaterbuffer voor de landgoederen in Bloemendaal", "Hoogheemraadschap van Rijnland",
     "gemeente Bloemendaal", "2027-2030"),
    ("ZK4", "Fietsroute langs de Leidsevaart van Heemstede naar Haarlem", "provincie Noord-Holland",
     "gemeente Heemstede, gemeente Haarlem", "2028-2029"),
    ("ZK5", "Hittebestendige wijkcentra in Heemstede", "gemeente Heemstede", "–", "uiterlijk 2028"),
]


def ap_html() -> str:
    th = "".join(f"<th>{E(c)}</th>" for c in AP_HEAD)
    body = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>\n" for row in AP_ROWS)
    return (
        '<html><head><meta charset="utf-8"><style>body { font-family: Liberation Sans, Arial; font-size: 10pt; }'
        " td, th { font-size: 9pt; vertical-align: top; text-align: left; }</style></head><body>"
        "<h2>Uitvoeringsprogramma Klimaat en Kust Zuid-Kennemerland 2027-2030</h2>"
        "<p>De gemeenten Haarlem, Zandvoort, Bloemendaal en Heemstede voeren dit programma uit met het "
        "Hoogheemraadschap van Rijnland en de provincie Noord-Holland. In 2026 is de regionale klimaatstresstest "
        "voor Zuid-Kennemerland afgerond.</p>"
        f"<p><b>Leeswijzer.</b> Elke maatregel heeft één trekker. {E(AP_GUIDE)}</p>"
        '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
        '<col width="7%"><col width="41%"><col width="20%"><col width="20%"><col width="12%">'
        f"<thead><tr>{th}</tr></thead><tbody>\n{body}</tbody></table>"
        "<p>De verbreding van de A9 is een project van het Rijk en staat niet in deze tabel.</p>"
        "<p>Vastgesteld in het Portefeuillehoudersoverleg Zuid-Kennemerland op 18 november 2026.</p>"
        "</body></html>"
    )


def soffice(name: str, text: str) -> None:
    src = MAKE / f"{name}.html"
    src.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--infilter=HTML (StarWriter)",
             "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
            check=True, capture_output=True,
        )


# --- b28-projectkaarten: fpdf2 project cards, roles named as in project management ------------------------------
PK_LABELS = ("Opdrachtgever", "Opdrachtnemer", "Projectgroep", "Klankbordgroep", "Planning")
PK_CARDS = [
    # code, title, opdrachtgever, opdrachtnemer (= trekker), projectgroep, klankbordgroep, planning
    ("HB1", "Beekherstel van de Donge bij Dongen", "gemeente Dongen", "Waterschap Brabantse Delta",
     "provincie Noord-Brabant", "-", "2027-2029"),
    ("HB2", "Droogtemaatregelen voor de landbouw rond Gilze", "provincie Noord-Brabant", "gemeente Gilze en Rijen",
     "Waterschap Brabantse Delta", "-", "2028"),
    ("HB3", "Klimaatadaptieve herinrichting van de Vrijthof in Hilvarenbeek", "provincie Noord-Brabant",
     "gemeente Hilvarenbeek", "Waterschap De Dommel", "-", "vanaf 2027"),
    ("HB4", "Regionale kaart van wateroverlast in stedelijk gebied",
     "gemeente Dongen, gemeente Gilze en Rijen, gemeente Hilvarenbeek", "Waterschap De Dommel",
     "Waterschap Brabantse Delta", "provincie Noord-Brabant", "uiterlijk 2027"),
    ("HB5", "Grondwatermeetnet voor de natuurgebieden van Hilvarenbeek", "provincie Noord-Brabant",
     "Waterschap De Dommel", "gemeente Hilvarenbeek", "gemeente Dongen", "2027-2030"),
]


def pk_paras():
    paras = [
        ("T", "Projectkaarten Klimaatadaptatie Hart van Brabant 2027-2030"),
        ("", "De gemeenten Dongen, Gilze en Rijen en Hilvarenbeek werken in deze projecten samen met de provincie "
             "Noord-Brabant, Waterschap Brabantse Delta en Waterschap De Dommel. In 2026 is de Regionale "
             "Adaptatiestrategie Hart van Brabant vastgesteld."),
        ("", "Leeswijzer. Elke kaart volgt de rollen van projectmatig werken: de opdrachtgever geeft de opdracht, "
             "de opdrachtnemer voert het project uit en is de trekker, de leden van de projectgroep werken mee en "
             "de klankbordgroep wordt geraadpleegd."),
    ]
    for code, title, og, on, pg, kb, plan in PK_CARDS:
        paras.append(("H", f"Projectkaart {code} - {title}"))
        paras.append(("", "\n".join(f"{lab}: {val}" for lab, val in zip(PK_LABELS, (og, on, pg, kb, plan)))))
    paras.append(("", "Projecten die al in uitvoering zijn, zoals de vispassage bij de Dongense molen, staan niet "
                      "op deze kaarten."))
    return paras


def fpdf_doc(path: Path, paras, date) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.set_margins(25, 18, 25)
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
        pdf.ln(1 if kind == "H" else 2.5)
    pdf.output(str(path))


# --- b28-fryske-labels.md: Markdown agenda with Frisian labels ------------------------------------------------
FL_MD = """\
# Wurkaginda Wetter en Klimaat Noardeast-Fryslân 2027-2030

*Werkagenda Water en Klimaat, november 2026. Gemeente Noardeast-Fryslân, gemeente Dantumadiel, gemeente
Achtkarspelen en gemeente Tytsjerksteradiel, met Wetterskip Fryslân en de provincie Fryslân.*

**Lêswizer / Leeswijzer.** Deze agenda gebruikt Friese labels. *Lûker* is de trekker, *Mei* zijn de partners
die meewerken, *Belutsen* zijn de partijen die worden geraadpleegd (betrokken) en *Perioade* is de periode.
"fan 2028 ôf" betekent vanaf 2028, "úterlik" betekent uiterlijk. *Provinsje Fryslân* is de provincie Fryslân.

## Aksjes

### 1. Klimaatbestendige herinrichting van het centrum van Dokkum

- **Lûker:** gemeente Noardeast-Fryslân
- **Mei:** Wetterskip Fryslân
- **Perioade:** 2027-2029

### 2. Waterberging in het veenweidegebied bij Feanwâlden

- **Lûker:** Wetterskip Fryslân
- **Mei:** gemeente Tytsjerksteradiel
- **Belutsen:** provinsje Fryslân
- **Perioade:** fan 2028 ôf

### 3. Hittekaart voor de dorpen van Dantumadiel

- **Lûker:** gemeente Dantumadiel
- **Mei:** -
- **Perioade:** 2027

### 4. Herstel van de elzensingels in de Wâlden

- **Lûker:** provinsje Fryslân
- **Mei:** gemeente Achtkarspelen, gemeente Tytsjerksteradiel
- **Belutsen:** Wetterskip Fryslân
- **Perioade:** 2028-2030

### 5. Afkoppelen van hemelwater in Buitenpost

- **Lûker:** gemeente Achtkarspelen
- **Mei:** Wetterskip Fryslân
- **Perioade:** úterlik 2028

Het nieuwe gemaal bij Dokkum is in 2026 in gebruik genomen en staat daarom niet in deze agenda.
"""

# --- b28-maanden.txt: plain-text table, planning in month ranges ---------------------------------------------
MD_HEAD = ("Nr", "Actie", "Trekker", "Partners", "Planning")
MD_ROWS = [
    ("P1", "Afkoppelen van het centrum van Asten", "gemeente Asten", "Waterschap Aa en Maas",
     "sep 2027 - mrt 2029"),
    ("P2", "Herstel van het beekdal van de Astense Aa", "Waterschap Aa en Maas", "gemeente Asten, gemeente Someren",
     "vanaf okt 2027"),
    ("P3", "Hittescan van de wijken van Helmond-Noord", "gemeente Helmond", "-", "jan - jun 2028"),
    ("P4", "Droogteproef voor de landbouw langs de Peelrand", "provincie Noord-Brabant",
     "Waterschap Aa en Maas, gemeente Someren", "mrt 2027 - feb 2028"),
    ("P5", "Groene daken in het centrum van Helmond", "gemeente Helmond", "provincie Noord-Brabant",
     "uiterlijk dec 2028"),
    ("P6", "Regenwaterbuffers op bedrijventerrein Sluisstraat", "gemeente Someren", "Waterschap Aa en Maas",
     "nov 2027 - jan 2030"),
]
MD_WIDTHS = (4, 52, 26, 42)


def md_text() -> str:
    def line(cells) -> str:
        return "".join(c.ljust(w) for c, w in zip(cells, MD_WIDTHS)) + cells[-1]

    rule = "-" * (sum(MD_WIDTHS) + 19)
    parts = [
        "UITVOERINGSAGENDA WATER EN DROOGTE PEEL 2027-2030",
        "Gemeente Asten, gemeente Someren en gemeente Helmond, met Waterschap Aa en Maas",
        "en de provincie Noord-Brabant",
        "",
        "In 2026 hebben de drie gemeenten de droogtekaart voor De Peel vastgesteld.",
        "De planning staat in maanden: 'sep 2027 - mrt 2029' loopt van september 2027 tot en",
        "met maart 2029.",
        "",
        line(MD_HEAD),
        rule,
    ]
    parts += [line(row) for row in MD_ROWS]
    parts += [
        rule,
        "",
        "De aanleg van de N279 is een project van de provincie en staat niet in deze agenda.",
        "Vastgesteld in het Bestuurlijk Overleg Peel, 17 november 2026.",
    ]
    return "\n".join(parts) + "\n"


# --- b28-kernzinnen: raadsinformatiebrief, the commitments are the bold lead sentences ------------------------
# each paragraph: (bold lead sentence or None, explanation in normal type)
KZ_HEAD = (
    "Gemeente Alblasserdam",
    "Raadsinformatiebrief",
    "Aan: de gemeenteraad van Alblasserdam",
    "Datum: 24 november 2026",
    "Onderwerp: Water en hitte in Alblasserdam",
)
KZ_SECTIONS = [
    ("Aanleiding", [
        (None, "Geachte raad, tijdens de commissie van oktober vroeg een raadslid: kunnen onze wijken een zware "
               "zomerbui opvangen? Met deze brief informeren wij u over wat wij gaan doen. Elke alinea begint met "
               "onze toezegging in vette letters; de tekst daarna is toelichting."),
    ]),
    ("Wat gaan wij doen?", [
        ("Wij leggen in 2027 en 2028 samen met Waterschap Rivierenland een gescheiden rioolstelsel aan in de "
         "wijk Kortland.",
         "Waterschap Rivierenland heeft in 2026 de capaciteit van het gemaal aan de Noord vergroot."),
        ("Vanaf 2028 vergroenen wij elk jaar twee schoolpleinen.",
         "Wij hopen dat ook de woningcorporaties hun binnentuinen gaan vergroenen."),
        ("Uiterlijk eind 2027 stellen wij met de gemeente Molenlanden een gezamenlijk hitteplan voor de "
         "Alblasserwaard op.",
         "De provincie Zuid-Holland werkt aan een fietsroute langs de Noord, die naar verwachting in 2029 "
         "klaar is."),
        ("In 2027 laten wij door Waterschap Rivierenland een stresstest voor de Alblasserdamse polders "
         "uitvoeren.",
         "De vorige stresstest dateert uit 2019."),
        ("Samen met de provincie Zuid-Holland starten wij in 2028 een proef met drijvend groen in de haven.",
         "Wij zouden ook de dijk langs de Noord graag groener maken, maar daarvoor is nu geen geld."),
    ]),
]
KZ_SIGN = "Het college van burgemeester en wethouders van Alblasserdam"


def kz_html() -> str:
    body = "".join(f"<p>{E(h)}</p>" if i else f"<h3>{E(h)}</h3>" for i, h in enumerate(KZ_HEAD))
    for head, paras in KZ_SECTIONS:
        body += f"<h4>{E(head)}</h4>"
        for bold, rest in paras:
            lead = f"<b>{E(bold)}</b> " if bold else ""
            body += f"<p>{lead}{E(rest)}</p>"
    body += f"<p>Met vriendelijke groet,<br>{E(KZ_SIGN)}</p>"
    return (
        '<html><head><meta charset="utf-8"><style>body { font-family: Liberation Serif, serif; font-size: 11pt; }'
        "</style></head><body>" + body + "</body></html>"
    )


def main() -> None:
    soffice("b28-alle-partner", ap_html())
    fpdf_doc(OUT / "b28-projectkaarten.pdf", pk_paras(), (2026, 11, 20))
    (OUT / "b28-fryske-labels.md").write_text(FL_MD, encoding="utf-8")
    (OUT / "b28-maanden.txt").write_text(md_text(), encoding="utf-8")
    soffice("b28-kernzinnen", kz_html())


if __name__ == "__main__":
    main()
