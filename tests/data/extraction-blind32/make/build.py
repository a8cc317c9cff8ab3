"""Build the five blind32 documents, four of them running prose: a plain-text PERSBERICHT whose commitments stand
in DIRECT QUOTES of bestuurders with the speaker named after the quote, an fpdf2 VERSLAG of a bestuurlijk overleg
whose agreements are a NUMBERED LIST of dat-clauses after "Wij spreken af dat:", a LibreOffice RAADSINFORMATIEBRIEF
whose doers are introduced in one sentence and referred to as "deze partij" / "zij" / "deze organisatie" in the
next (the commitment), a Markdown programme whose "Wat gaan we doen?" commitments are SPLIT OVER TWO SENTENCES (the
second gives the partner, the period or the trekker), and a LibreOffice table whose Partners cells say "alle
partners behalve ..." (EXCLUSION from the group of pact partners listed in the introduction).
Run: .venv/bin/python tests/data/extraction-blind32/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
E = html.escape
DATE = datetime.datetime(2026, 11, 27, tzinfo=datetime.timezone.utc)
STYLE = ('<style>@page { size: 21cm 29.7cm; margin: 2cm; } body { font-family: DejaVu Sans; font-size: 10pt; }'
         " td, th { font-size: 9pt; vertical-align: top; }</style>")

# --- b32-persbericht: plain text, Almere and Zeewolde, commitments inside quotes --------------------------------
# Each quote block: (sentences of the quote before the attribution, attribution, sentences after it).
PB_TITLE = "Almere en Zeewolde maken samen met Zuiderzeeland de polder klaar voor hitte en hoosbuien"
PB_LEAD = ("De gemeente Almere, de gemeente Zeewolde, Waterschap Zuiderzeeland en de provincie Flevoland hebben "
           "op 24 november 2026 het Klimaatpact Almere-Zeewolde ondertekend.")
PB_SBB = "Staatsbosbeheer sloot aan als partner voor het Horsterwold."
PB_QUOTES = [
    (["In 2026 hebben wij met de hittekaart gezien waar de stad het warmst wordt"],
     "zegt de wethouder Klimaat van de gemeente Almere",
     ["Vanaf 2027 leggen wij in Almere Haven elk jaar twintig groene daken op gemeentelijke gebouwen aan",
      "In 2028 leggen wij samen met Waterschap Zuiderzeeland een waterberging aan in het Lumièrepark"]),
    (["In 2027 en 2028 verhogen wij samen met Staatsbosbeheer het waterpeil in het Horsterwold"],
     "aldus de dijkgraaf van Waterschap Zuiderzeeland",
     ["Zo houden we het water langer vast in droge zomers"]),
    (["Wij openen uiterlijk 2028 een loket voor regentonnen en groene tuinen voor alle inwoners van Zeewolde"],
     "vertelt de wethouder Duurzaamheid van de gemeente Zeewolde",
     ["Ik hoop dat ook de bedrijven op bedrijventerrein Trekkersveld hun daken vergroenen"]),
    (["In 2029 maken wij samen met de gemeenten Almere en Zeewolde de fietsroute langs de Hoge Vaart "
      "klimaatbestendig"],
     "zegt de gedeputeerde Water van de provincie Flevoland",
     []),
]
PB_EXPECT = ("De provincie verwacht dat Rijkswaterstaat in 2028 de oevers van het Wolderwijd bij Zeewolde "
             "versterkt.")
PB_COND = ("Als de provincie Flevoland daarvoor subsidie geeft, breidt Zeewolde het loket later uit naar "
           "bedrijven.")
PB_NOTE = ("Noot voor de redactie: voor vragen over dit persbericht kunt u contact opnemen met de afdeling "
           "Communicatie van de gemeente Almere.")


def pb_quote(before: list[str], who: str, after: list[str]) -> str:
    first = ". ".join(before)
    text = f'"{first}," {who}.'
    if after:
        text += ' "' + ". ".join(after) + '."'
    return text


def pb_txt() -> str:
    out = ["GEMEENTE ALMERE - PERSBERICHT", "", "Almere, 25 november 2026", "", PB_TITLE.upper(), "",
           f"{PB_LEAD} {PB_SBB}", ""]
    for before, who, after in PB_QUOTES:
        out += [pb_quote(before, who, after), ""]
    out += [f"{PB_EXPECT} {PB_COND}", "", "###", "", PB_NOTE, ""]
    return "\n".join(out)


# --- b32-verslag: fpdf2, bestuurlijk overleg Vlieland and Schiermonnikoog, "Wij spreken af dat:" ---------------
VS_HEAD = [
    "Verslag Bestuurlijk Overleg Zoet Water Vlieland en Schiermonnikoog",
    "Datum: 20 november 2026, Leeuwarden",
    "Aanwezig: Gemeente Vlieland, Gemeente Schiermonnikoog, Wetterskip Fryslân, Provincie Fryslân, Vitens, "
    "Vereniging Natuurmonumenten en Staatsbosbeheer.",
]
VS_OPEN = "Het verslag van het overleg van 12 juni 2026 wordt ongewijzigd vastgesteld."
VS_PARAS = [
    "Vitens licht toe dat de zoetwaterlens onder Vlieland in de droge zomer van 2026 sterk is gedaald.",
    "De gemeente Schiermonnikoog vraagt of Rijkswaterstaat de veerdam bij de haven kan ophogen.",
    "De provincie overweegt in 2028 een extra bijdrage te geven, maar besluit daarover pas na de "
    "Statenverkiezingen.",
]
VS_INTRO = "Wij spreken af dat:"
VS_AFSPRAKEN = [
    "Wetterskip Fryslân in 2027 en 2028 met Vitens een meetnet voor de zoetwaterlens op Vlieland aanlegt",
    "de gemeente Schiermonnikoog uiterlijk 2028 samen met Vereniging Natuurmonumenten een plan voor "
    "regenwateropvang bij de boerderijen in de polder opstelt",
    "de provincie Fryslân vanaf 2027 de monitoring van de kwelders bij de Oosterkwelder op zich neemt",
    "Staatsbosbeheer in 2029 met de gemeente Vlieland de natte duinvalleien bij de Kroon's Polders herstelt",
    "de gemeente Vlieland in 2027 met Vitens een campagne voor waterbesparing bij campings en hotels voert",
]
VS_DONE = "Het actiepunt uit het vorige overleg, de notitie over de drinkwaterprijs op de eilanden, is afgerond."
VS_NEXT = "Het volgende overleg is op 4 juni 2027 op Schiermonnikoog."


def new_pdf() -> FPDF:
    pdf = FPDF()
    pdf.set_creation_date(DATE)
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 12)
    pdf.add_page()
    return pdf


def para(pdf: FPDF, text: str, size: float = 10, style: str = "", h: float = 5) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def vs_pdf() -> None:
    pdf = new_pdf()
    para(pdf, VS_HEAD[0], 12, "B", 5.5)
    for line in VS_HEAD[1:]:
        para(pdf, line)
    para(pdf, "1. Opening en verslag", 10.5, "B")
    para(pdf, VS_OPEN)
    para(pdf, "2. Zoet water op de eilanden", 10.5, "B")
    for p in VS_PARAS:
        para(pdf, p)
    para(pdf, VS_INTRO)
    for i, item in enumerate(VS_AFSPRAKEN, 1):
        end = "." if i == len(VS_AFSPRAKEN) else ";"
        pdf.set_font("Helvetica", "", 10)
        pdf.set_x(26)
        pdf.cell(6, 5, f"{i}.")
        pdf.multi_cell(0, 5, item + end, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1.5)
    para(pdf, "3. Rondvraag en sluiting", 10.5, "B")
    para(pdf, VS_DONE)
    para(pdf, VS_NEXT)
    pdf.output(str(OUT / "b32-verslag.pdf"))


# --- b32-raadsinformatiebrief: LibreOffice, Gemeente Nijkerk, doer introduced, then "deze partij" / "zij" -------
RB_DATE = "26 november 2026"
# paragraphs of sentences
RB_PARAS = [
    ["Met deze brief informeren wij u over de plannen voor water en natuur in polder Arkemheen en in Nijkerk zelf.",
     "Tijdens de commissie van 8 oktober 2026 vroeg uw raad wie welke maatregel uitvoert."],
    ["Waterschap Vallei en Veluwe beheert de gemalen en watergangen in polder Arkemheen.",
     "Deze partij verbetert in 2028 de vispassage bij het gemaal Hertog Reijnout.",
     "In 2026 heeft het waterschap de kades langs de Arkervaart al geïnspecteerd."],
    ["Vereniging Natuurmonumenten beheert een groot deel van de graslanden in de polder.",
     "Zij richt in 2027 en 2028 samen met ons drie plasdrassen voor weidevogels in.",
     "Wij hopen dat ook agrarische ondernemers in de polder plasdrassen aanleggen."],
    ["De provincie Gelderland is verantwoordelijk voor het Natuurnetwerk Nederland in de polder.",
     "Zij stelt uiterlijk 2028 met ons en het waterschap een beheerplan op voor de oevers van het Nijkerkernauw."],
    ["Rijkswaterstaat beheert het Nijkerkernauw zelf.",
     "Zij verwacht in 2028 een besluit te nemen over het zomerpeil van de randmeren."],
    ["Vitens levert het drinkwater in Nijkerk.",
     "Deze organisatie plaatst in 2029 samen met ons tien openbare watertappunten in het centrum."],
    ["Wij leggen in 2027 en 2028 wadi's aan in de wijk Corlaer.",
     "Als uw raad in 2027 extra middelen beschikbaar stelt, kunnen wij ook de wijk Paasbos aanpakken."],
]


def rb_html() -> str:
    body = "".join(f"<p>{E(' '.join(p))}</p>" for p in RB_PARAS)
    return (
        f'<html><head><meta charset="utf-8">{STYLE}</head><body>'
        "<p><b>Gemeente Nijkerk</b><br>College van burgemeester en wethouders</p>"
        "<p>Aan de gemeenteraad van Nijkerk</p>"
        f"<p>Nijkerk, {RB_DATE}<br>Onderwerp: raadsinformatiebrief water en natuur in Arkemheen en Nijkerk</p>"
        "<p>Geachte leden van de raad,</p>"
        f"{body}"
        "<p>Met vriendelijke groet,<br>Burgemeester en wethouders van Nijkerk</p>"
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


# --- b32-tweezinnen: Markdown programme, Gemeente Boxtel, commitments split over two sentences ----------------
# (first sentence: the action; second sentence: partner, period or trekker)
TZ_PAIRS = [
    ("In 2027 maken we het schoolplein van de basisschool in Lennisheuvel klimaatbestendig.",
     "Dit doen we samen met Waterschap De Dommel."),
    ("We vergroenen de Markt en de Rechterstraat in het centrum van Boxtel.",
     "Daarmee beginnen we in 2028 en in 2030 is het klaar."),
    ("We stellen een plan op voor het vasthouden van water op de landgoederen rond Boxtel.",
     "Dat doen we uiterlijk 2028, met de provincie Noord-Brabant."),
    ("In 2028 en 2029 worden de oevers van de Dommel bij Kasteel Stapelen natuurvriendelijk ingericht.",
     "Waterschap De Dommel is hierbij trekker, wij doen mee."),
    ("Vanaf 2027 helpen we inwoners van Liempde om regenwater af te koppelen.",
     "Dit doen we samen met Waterschap De Dommel en Vereniging Natuurmonumenten."),
]
TZ_PAST = "In 2026 hebben we de stresstest voor Boxtel geactualiseerd."
TZ_GOAL = "We willen dat Boxtel in 2035 klimaatbestendig is."
TZ_OTHER = ("De provincie Noord-Brabant werkt aan nieuwe regels voor het oppompen van grondwater, die naar "
            "verwachting in 2028 ingaan.")
TZ_COND = "Als er een rijkssubsidie komt, vergroenen we ook het stationsplein."
TZ_MONEY = "Voor deze maatregelen is in de begroting 2027 1,2 miljoen euro gereserveerd."


def tz_md() -> str:
    out = ["# Programma Water en Groen Boxtel 2027-2030", "",
           "Gemeente Boxtel, vastgesteld door het college op 24 november 2026.", "",
           "## 1. Wat hebben we al gedaan?", "", TZ_PAST, "",
           "## 2. Wat willen we bereiken?", "", f"{TZ_GOAL} Minder wateroverlast, minder hitte en meer natuur.", "",
           "## 3. Wat gaan we doen?", ""]
    heads = ["### Hitte", "### Centrum", "### Landgoederen", "### Dommel", "### Afkoppelen"]
    for head, (first, second) in zip(heads, TZ_PAIRS, strict=True):
        out += [head, "", f"{first} {second}", ""]
    out += ["## 4. Wat doen anderen?", "", TZ_OTHER, "", "## 5. Wat mag het kosten?", "", f"{TZ_MONEY} {TZ_COND}",
            ""]
    return "\n".join(out)


# --- b32-allepartners: LibreOffice table, IJmond, "alle partners behalve ..." -----------------------------------
AP_PACT = ["Gemeente Velsen", "Gemeente Beverwijk", "Gemeente Heemskerk",
           "Hoogheemraadschap Hollands Noorderkwartier", "Provincie Noord-Holland"]
AP_HEAD = ("Nr.", "Actie", "Trekker", "Partners", "Periode")
AP_ROWS = [
    ("IJ1", "Groene schoolpleinen in Beverwijk", "Gemeente Beverwijk", "alle partners behalve de provincie",
     "2027-2028"),
    ("IJ2", "Waterberging in de Broekpolder", "Hoogheemraadschap Hollands Noorderkwartier",
     "alle gemeenten behalve Velsen", "2028-2030"),
    ("IJ3", "Hitteplan voor IJmuiden", "Gemeente Velsen", "-", "2027"),
    ("IJ4", "Afkoppelen van daken in Heemskerk-Zuid", "Gemeente Heemskerk",
     "alle partners, met uitzondering van de gemeenten Velsen en Beverwijk", "vanaf 2028"),
    ("IJ5", "Meetnet grondwater IJmond", "Provincie Noord-Holland", "alle partners", "uiterlijk 2029"),
    ("IJ6", "Klimaatbestendige inrichting van park Velserbeek", "Gemeente Velsen",
     "Hoogheemraadschap Hollands Noorderkwartier", "2029-2030"),
]
AP_INTRO = ("Partners van het Klimaatpact IJmond zijn: " + ", ".join(AP_PACT[:-1]) + " en " + AP_PACT[-1] + ".")
AP_GUIDE = ("Leeswijzer: \"alle partners\" zijn de vijf partners van het pact zonder de trekker van de actie; "
            "\"alle gemeenten\" zijn de gemeenten Velsen, Beverwijk en Heemskerk zonder de trekker. Wie achter "
            "\"behalve\" of \"met uitzondering van\" staat, doet niet mee.")
AP_PAST = "In 2026 ondertekenden de vijf partners het Klimaatpact IJmond."
AP_WISH = "De partners willen later ook de gemeente Uitgeest bij het pact betrekken."
AP_EVAL = "Het bestuurlijk overleg van het pact bespreekt de voortgang van de acties elk voorjaar."


def ap_html() -> str:
    th = "".join(f"<th>{E(c)}</th>" for c in AP_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>\n" for row in AP_ROWS)
    return (
        f'<html><head><meta charset="utf-8">{STYLE}</head><body>'
        "<h2>Actieoverzicht Klimaatpact IJmond 2027-2030</h2>"
        f"<p>{E(AP_INTRO)}</p><p>{E(AP_PAST)}</p><p><i>{E(AP_GUIDE)}</i></p>"
        '<table border="1" cellpadding="3" cellspacing="0" width="100%">'
        f"<thead><tr>{th}</tr></thead><tbody>\n{rows}</tbody></table>"
        f"<p>{E(AP_EVAL)}</p><p>{E(AP_WISH)}</p>"
        "<p>IJmuiden, 23 november 2026</p>"
        "</body></html>"
    )


def main() -> None:
    (OUT / "b32-persbericht.txt").write_text(pb_txt(), encoding="utf-8")
    vs_pdf()
    soffice("b32-raadsinformatiebrief", rb_html())
    (OUT / "b32-tweezinnen.md").write_text(tz_md(), encoding="utf-8")
    soffice("b32-allepartners", ap_html())


if __name__ == "__main__":
    main()
