"""Hand-written gold for the five blind39 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind39/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk and national bodies
RWS = "Rijkswaterstaat"
PRORAIL = "ProRail"
RVB = "Rijksvastgoedbedrijf"
# Stichtse Vecht (Utrecht)
STICHTSE_VECHT = "Gemeente Stichtse Vecht"
PUT = "Provincie Utrecht"
AGV = "Waterschap Amstel, Gooi en Vecht"
# Groningen
GRONINGEN = "Gemeente Groningen"
PGR = "Provincie Groningen"
HUNZE = "Waterschap Hunze en Aa's"
NPG = "Nationaal Programma Groningen"
# Amsterdam port (Noord-Holland)
AMSTERDAM = "Gemeente Amsterdam"
HAVENBEDRIJF = "Havenbedrijf Amsterdam N.V."
PNH = "Provincie Noord-Holland"
LIANDER = "Liander"
# Staphorst (Overijssel)
STAPHORST = "Gemeente Staphorst"
WDODELTA = "Waterschap Drents Overijsselse Delta"
POV = "Provincie Overijssel"
# Rijswijk (Zuid-Holland)
RIJSWIJK = "Gemeente Rijswijk"
DELFLAND = "Hoogheemraadschap van Delfland"
PZH = "Provincie Zuid-Holland"
DEN_HAAG = "Gemeente Den Haag"
RIJSWIJK_WONEN = "Rijswijk Wonen"


def act(code, anchor, title, lead, partners=(), start=None, end=None, *, involved=(), commissioners=(),
        support=(), ambiguous=False, deps=()):
    return {
        "code": code,
        "anchor": anchor,
        "title": title,
        "lead": list(lead),
        "partners": list(partners),
        "involved": list(involved),
        "commissioners": list(commissioners),
        "support": list(support),
        "start_year": start,
        "end_year": end,
        "period_is_ambiguous": ambiguous,
        "dependencies": [{"kind": k, "target": t} for k, t in deps],
    }


def same(code, text, lead, partners=(), start=None, end=None, **kw):
    """An action whose anchor is its title."""
    return act(code, text, text, lead, partners, start, end, **kw)


VECHTZONE = {
    "document": "b39-vechtzone",
    "file": "b39-vechtzone.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Vechtzone Maarssen en Breukelen 2027-2030 (Gemeente Stichtse Vecht, Provincie "
    "Utrecht, Waterschap Amstel, Gooi en Vecht, Rijkswaterstaat, ProRail); HTML with a border on every td written "
    "by build.py → soffice, two pages: a ruled table 'Nr. | Actie | Trekker | Partners | Looptijd' that breaks "
    "between rows, its header repeated on page 2; the Trekker cell of VZ-5 is empty and its Actie cell ends with "
    "'(zie toelichting)'; the Toelichting under the table names the trekker",
    "actions": [
        same("VZ-1", "Herinrichting van de Stationsomgeving Maarssen met 650 woningen en een nieuwe fietsenstalling",
             [STICHTSE_VECHT], [PRORAIL, PUT], 2027, 2030),
        same("VZ-2", "Verbeteren van de waterkwaliteit van de Vecht door het saneren van riooloverstorten in "
             "Breukelen", [AGV], [STICHTSE_VECHT], 2027, 2029),
        same("VZ-3", "Aanleg van een doorgaande fietsroute langs de Vecht tussen Maarssen en Breukelen", [PUT],
             [STICHTSE_VECHT], 2028, 2028),
        same("VZ-4", "Vervangen van de Vechtbrug in de Straatweg bij Breukelen", [STICHTSE_VECHT], [RWS], None,
             2029),
        same("VZ-5", "Natuurvriendelijke oevers en vispassages in de Vecht bij Nieuwer Ter Aa", [AGV],
             [STICHTSE_VECHT], 2028, 2030),
        same("VZ-6", "Onderzoek naar geluidwerende maatregelen langs de A2 bij Maarssenbroek", [RWS],
             [STICHTSE_VECHT, PUT], 2027, 2027),
        same("VZ-7", "Herstelprogramma voor de tuinen van de buitenplaatsen langs de Vecht", [PUT],
             [STICHTSE_VECHT], 2028, None),
    ],
    "not_commitments": [
        "Deze uitvoeringsagenda hoort bij de Gebiedsvisie Vechtzone, die de gemeenteraad van Stichtse Vecht in "
        "september 2026 heeft vastgesteld.",
        "In 2025 en 2026 zijn de oevers van de Vecht bij Maarssen-Dorp over een lengte van 600 meter hersteld.",
        "Leeswijzer: per actie staan in de tabel de trekker, de partners en de looptijd.",
        "Bij VZ-5 is de trekker bij het vaststellen van deze agenda nog niet ingevuld.",
        "VZ-6 sluit aan bij het landelijke programma geluidsanering langs rijkswegen.",
        "De partijen bespreken de voortgang van deze agenda elk najaar in het Vechtzone-overleg.",
    ],
}

EEMSKANAALZONE = {
    "document": "b39-eemskanaalzone",
    "file": "b39-eemskanaalzone.pdf",
    "type": "ruled-pdf",
    "producer": "Wie doet wat: Uitvoeringsagenda Eemskanaalzone Groningen 2027-2030 (Gemeente Groningen, Provincie "
    "Groningen, Waterschap Hunze en Aa's, Rijkswaterstaat, Nationaal Programma Groningen); fpdf2 table() with "
    "DejaVu Sans, one page: a ruled 'wie doet wat' matrix with actions as rows, one column per organisation and "
    "a Periode column; cells hold T, P, B or O; the legend under the table defines the letters (O = "
    "opdrachtgever) and says two T's in one row mean the parties lead together",
    "actions": [
        same("EK-1", "Bouw van 1.100 woningen in de Eemskanaalzone Zuid", [GRONINGEN], [NPG], 2027, 2030,
             involved=[PGR]),
        same("EK-2", "Versterken van de kades langs het Eemskanaal tussen de Oosterhavenbrug en de Driebondsbrug",
             [PGR], [GRONINGEN], 2027, 2029, involved=[HUNZE]),
        same("EK-3", "Nieuwe fiets- en voetgangersbrug over het Eemskanaal bij de Eemskanaalzone Zuid",
             [GRONINGEN, PGR], [], None, 2029),
        same("EK-4", "Waterberging en vergroening van de Oosterhamrikzone", [HUNZE], [GRONINGEN, NPG], 2028, 2028),
        same("EK-5", "Aanpassing van de aansluiting Europaplein op de ringweg (A7)", [RWS], [], 2028, 2030,
             commissioners=[GRONINGEN]),
        same("EK-6", "Programma voor sociale huurwoningen en voorzieningen in de wijk Oosterpoort", [GRONINGEN],
             [NPG], 2027, None),
    ],
    "not_commitments": [
        "Deze matrix is een bijlage bij de Uitvoeringsagenda Eemskanaalzone, vastgesteld door het college van de "
        "Gemeente Groningen op 10 november 2026.",
        "In 2026 is de eerste fase van de woonwijk Eemskanaalzone Noord opgeleverd.",
        "Staat in een rij twee keer een T, dan trekken die partijen de actie samen.",
        "De matrix wordt jaarlijks geactualiseerd bij het voortgangsverslag aan de gemeenteraad.",
    ],
}

WALSTROOM = {
    "document": "b39-walstroom",
    "file": "b39-walstroom.pdf",
    "type": "ruled-pdf",
    "producer": "Planning Programma Walstroom en Kademuren Havengebied Amsterdam 2027-2028 (Havenbedrijf "
    "Amsterdam N.V., Gemeente Amsterdam, Provincie Noord-Holland, Rijkswaterstaat, Liander); fpdf2 table() with "
    "DejaVu Sans, one LANDSCAPE page: a ruled planning 'Nr. | Activiteit | Trekker | Partners | 2027 Q1 ... 2028 "
    "Q4' with blocks per quarter; the legend distinguishes '▒' voorbereiding from '█' uitvoering and says an "
    "activity runs from the first to the last marked quarter, preparation included; one row has two separate "
    "runs of blocks",
    "actions": [
        same("WS-1", "Walstroom voor zeecruiseschepen aan de Passenger Terminal Amsterdam", [HAVENBEDRIJF],
             [AMSTERDAM], 2027, 2028),
        same("WS-2", "Vervanging van de kademuur van de Coenhaven", [AMSTERDAM], [HAVENBEDRIJF], 2027, 2028),
        same("WS-3", "Walstroom voor binnenvaart in de Houthaven", [HAVENBEDRIJF], [], 2027, 2028),
        same("WS-4", "Netverzwaring voor walstroom in het Westelijk Havengebied", [LIANDER], [HAVENBEDRIJF], 2028,
             2028),
        same("WS-5", "Onderzoek naar walstroom aan de ligplaatsen in het Noordzeekanaal", [RWS],
             [PNH, HAVENBEDRIJF], 2027, 2027),
        same("WS-6", "Subsidieregeling walstroom voor binnenvaartschippers", [PNH], [AMSTERDAM], 2027, 2028),
    ],
    "not_commitments": [
        "In 2026 zijn de eerste drie walstroomaansluitingen voor riviercruiseschepen aan de Veemkade in gebruik "
        "genomen.",
        "Een activiteit loopt van het eerste tot en met het laatste gemarkeerde kwartaal; voorbereiding hoort bij "
        "de activiteit.",
        "Deze planning wordt elk halfjaar bijgewerkt in de programmaraad Walstroom.",
    ],
}

RAADSVOORSTEL = {
    "document": "b39-raadsvoorstel",
    "file": "b39-raadsvoorstel.txt",
    "type": "letter",
    "producer": "Raadsvoorstel of the college van burgemeester en wethouders of the Gemeente Staphorst, "
    "Uitvoeringsprogramma Leefbare Kernen Staphorst, Rouveen en IJhorst 2027-2030, dated 17 November 2026 "
    "(Gemeente Staphorst, Waterschap Drents Overijsselse Delta; Provincie Overijssel only in a reported plan); "
    "plain text written by build.py: numbered 'Beslispunten' (decisions of the raad, no actions) and a section "
    "'Wat gaan we doen' with the college's commitments in prose ('wij'), one with a partner, one dated 'In het "
    "tweede kwartaal van 2027', and among them one sentence on what was already done",
    "letter_date": "2026-11-17",
    "actions": [
        act("", "In 2027 en 2028 richten wij de Oude Rijksweg in Rouveen opnieuw in als 30 km-zone",
            "Herinrichting Oude Rijksweg Rouveen als 30 km-zone", [STAPHORST], [], 2027, 2028),
        act("", "Samen met Waterschap Drents Overijsselse Delta leggen wij in 2028 aan de oostkant van Rouveen een "
            "waterberging aan", "Waterberging oostkant Rouveen", [STAPHORST], [WDODELTA], 2028, 2028),
        act("", "In het tweede kwartaal van 2027 leggen wij uw raad een woningbouwplan voor IJhorst met 120 "
            "starterswoningen voor", "Woningbouwplan IJhorst met 120 starterswoningen", [STAPHORST], [], 2027,
            2027),
        act("", "Vanaf 2028 bouwen wij het dorpshuis in IJhorst om tot een multifunctioneel centrum",
            "Ombouw dorpshuis IJhorst tot multifunctioneel centrum", [STAPHORST], [], 2028, None),
    ],
    "not_commitments": [
        "het Uitvoeringsprogramma Leefbare Kernen Staphorst, Rouveen en IJhorst 2027-2030 vast te stellen;",
        "voor de uitvoering een krediet van € 1,8 miljoen beschikbaar te stellen;",
        "de bijbehorende begrotingswijziging 2027 vast te stellen.",
        "In 2025 heeft de gemeenteraad de Omgevingsvisie Staphorst vastgesteld.",
        "In de dorpsgesprekken van 2026 vroegen inwoners om meer woningen voor starters en een veiliger Oude "
        "Rijksweg.",
        "De verkeerslichten op de kruising bij het gemeentehuis hebben wij in oktober 2026 al vervangen.",
        "Wij informeren uw raad jaarlijks via de voortgangsrapportage over de uitvoering.",
    ],
    "reported_plans": [
        "De Provincie Overijssel heeft laten weten dat zij in 2029 de fietstunnel onder de N377 bij Rouveen "
        "vernieuwt.",
    ],
}

ACTIELIJST = {
    "document": "b39-actielijst",
    "file": "b39-actielijst.txt",
    "type": "text-table",
    "producer": "Actielijst Klimaatadaptatie en Vergroening Rijswijk 2027-2029, export of the spreadsheet tab "
    "Acties (Gemeente Rijswijk, Hoogheemraadschap van Delfland, Rijksvastgoedbedrijf, Rijswijk Wonen, Provincie "
    "Zuid-Holland, Gemeente Den Haag); plain text written by build.py with real tab characters: 'ID | "
    "Omschrijving | Eigenaar | Meewerkend | Start | Eind'; dates in the spreadsheet's month-year form ('mrt-27'), "
    "empty Meewerkend cells (two tabs side by side), two parties in one cell separated by ';', one Eind "
    "'doorlopend'",
    "actions": [
        same("KA-01", "Afkoppelen van hemelwater in de wijk Steenvoorde", [RIJSWIJK], [DELFLAND], 2027, 2028),
        same("KA-02", "Vergroenen van de schoolpleinen in Rijswijk-Oost", [RIJSWIJK], [], 2027, 2028),
        same("KA-03", "Klimaatbestendige inrichting van het voormalige defensieterrein aan de Lange Kleiweg",
             [RVB], [RIJSWIJK], 2028, 2029),
        same("KA-04", "Groene daken op de woningen van Rijswijk Wonen in Te Werve", [RIJSWIJK_WONEN],
             [RIJSWIJK, PZH], 2027, 2027),
        same("KA-05", "Vernieuwen van het gemaal aan de Rijswijkse Vliet", [DELFLAND], [], 2028, 2029),
        same("KA-06", "Hittekaart actueel houden en delen met de buurgemeenten", [RIJSWIJK], [DEN_HAAG], 2027,
             None),
    ],
    "not_commitments": [
        "Stand: 20-11-2026. Datums in de vorm maand-jaar (mrt-27 = maart 2027).",
    ],
}

DOCS = [VECHTZONE, EEMSKANAALZONE, WALSTROOM, RAADSVOORSTEL, ACTIELIJST]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
