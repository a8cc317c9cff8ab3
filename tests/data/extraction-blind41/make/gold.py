"""Hand-written gold for the five blind41 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind41/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk
BZK = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
RWS = "Rijkswaterstaat"
PRORAIL = "ProRail"
# Leidschendam-Voorburg (Zuid-Holland)
LV = "Gemeente Leidschendam-Voorburg"
DELFLAND = "Hoogheemraadschap van Delfland"
PZH = "Provincie Zuid-Holland"
GGD = "GGD Haaglanden"
# Diemen, Purmerend, Ouder-Amstel, Amsterdam (Noord-Holland)
DIEMEN = "Gemeente Diemen"
VRA = "Vervoerregio Amsterdam"
PNH = "Provincie Noord-Holland"
PURMEREND = "Gemeente Purmerend"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
OUDERAMSTEL = "Gemeente Ouder-Amstel"
AMSTERDAM = "Gemeente Amsterdam"
AGV = "Waterschap Amstel, Gooi en Vecht"


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


UITVOERINGSAGENDA = {
    "document": "b41-uitvoeringsagenda",
    "file": "b41-uitvoeringsagenda.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Klimaatadaptatie Leidschendam-Voorburg 2027-2030 (Gemeente "
    "Leidschendam-Voorburg, Hoogheemraadschap van Delfland, Provincie Zuid-Holland, GGD Haaglanden); HTML with "
    "borders on every cell written by build.py → soffice, one page: a ruled table 'Nr. | Actie | Trekker | "
    "Betrokken partijen | Planning' with two theme rows spanning the table; the second theme row names the "
    "trekker of all its actions, whose Trekker cells only say 'zie thema'",
    "actions": [
        same("1", "Actualiseren van de stresstest wateroverlast voor Leidschendam, Voorburg en Stompwijk", [LV], [],
             2027, 2027, involved=[DELFLAND]),
        same("2", "Vergroten van de waterberging in de Vlietzone", [DELFLAND], [], 2027, 2029, involved=[LV, PZH]),
        same("3", "Aanleg van een regenwaterbuffer onder het Damplein in Voorburg", [LV], [], None, None,
             involved=[DELFLAND], deps=[("starts_after", "2")]),
        same("4", "Aanpassing van de bemaling van de Stompwijkse polder", [DELFLAND], [], 2028, 2028),
        same("5", "Hitteplan voor ouderen en andere kwetsbare inwoners", [LV], [], 2027, 2027, involved=[GGD]),
        same("6", "Vergroening van schoolpleinen in Voorburg-West", [LV], [], None, None, involved=[PZH]),
        same("7", "Koele looproutes door het centrum van Leidschendam", [LV], [], 2028, 2030),
    ],
    "not_commitments": [
        "De gemeenteraad heeft op 8 oktober 2026 de Klimaatadaptatiestrategie Leidschendam-Voorburg vastgesteld.",
        "In 2026 is de stresstest uit 2019 geëvalueerd met het Hoogheemraadschap van Delfland.",
        "Deze uitvoeringsagenda is opgesteld door de ambtelijke werkgroep klimaatadaptatie.",
    ],
}

RAADSINFORMATIEBRIEF = {
    "document": "b41-raadsinformatiebrief",
    "file": "b41-raadsinformatiebrief.txt",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college van burgemeester en wethouders of the Gemeente Diemen to the "
    "gemeenteraad, voortgang wonen en bereikbaarheid, dated 24 November 2026 (Gemeente Diemen, Vervoerregio "
    "Amsterdam; Provincie Noord-Holland only in a reported plan); plain text written by build.py: five "
    "commitments in prose paragraphs; one commitment is the college joining a study that the Vervoerregio "
    "carries out; a decision of the raad and a plan of the province are only reported",
    "letter_date": "2026-11-24",
    "actions": [
        act("", "Vanaf 2027 werken wij aan de transformatie van het bedrijventerrein Verrijn Stuart tot een "
            "woongebied met 1.100 woningen", "Transformatie bedrijventerrein Verrijn Stuart tot woongebied",
            [DIEMEN], [], 2027, None),
        act("", "Wij stellen in 2027 een nieuw parkeerbeleidsplan voor Diemen-Centrum vast",
            "Parkeerbeleidsplan Diemen-Centrum", [DIEMEN], [], 2027, 2027),
        act("", "In 2027 en 2028 maken wij samen met de Vervoerregio Amsterdam de bushaltes aan de Hartveldseweg "
            "toegankelijk", "Toegankelijke bushaltes Hartveldseweg", [DIEMEN], [VRA], 2027, 2028),
        act("", "Wij nemen deel aan de verkenning naar een snelle busverbinding tussen Diemen en Amsterdam Science "
            "Park die de Vervoerregio Amsterdam in 2027 uitvoert",
            "Verkenning snelle busverbinding Diemen - Amsterdam Science Park", [VRA], [DIEMEN], 2027, 2027),
        act("", "Uiterlijk 2028 vernieuwen wij de fietsverbinding langs de Diemerzeedijk",
            "Vernieuwing fietsverbinding Diemerzeedijk", [DIEMEN], [], None, 2028),
    ],
    "not_commitments": [
        "Met deze brief informeren wij u over de voortgang van wonen en bereikbaarheid in Diemen.",
        "De gemeenteraad heeft op 12 november 2026 de Woonvisie Diemen 2026-2035 vastgesteld.",
        "Wij houden u op de hoogte van de verdere voortgang.",
    ],
    "reported_plans": [
        "De Provincie Noord-Holland is van plan in 2028 de provinciale fietsroute tussen Diemen en Muiden te "
        "verbreden.",
    ],
}

PROJECTENBOEK = {
    "document": "b41-projectenboek",
    "file": "b41-projectenboek.md",
    "type": "label-blocks",
    "producer": "Projectenboek Purmerend 2027-2030 (Gemeente Purmerend, Hoogheemraadschap Hollands "
    "Noorderkwartier, Provincie Noord-Holland, ProRail); Markdown written by build.py: '## Project PU-n: title' "
    "sections with '**Trekker:**', '**Partners:**', '**Looptijd:**' and '**Relatie met:**' lines; the 'Relatie "
    "met' line of PU-1 states that PU-4 starts only after PU-1 is delivered (the dependency belongs to PU-4)",
    "actions": [
        same("PU-1", "Herinrichting van de stationsomgeving Purmerend Overwhere", [PURMEREND], [PRORAIL], 2027,
             2029),
        same("PU-2", "Verbetering van de waterafvoer in Purmer-Zuid", [HHNK], [PURMEREND], 2027, 2028,
             deps=[("related", "PU-3")]),
        same("PU-3", "Woningbouw in Purmer-Zuid met 1.800 woningen", [PURMEREND], [PNH], 2028, None,
             deps=[("related", "PU-2")]),
        same("PU-4", "Fietsenstalling bij station Purmerend Overwhere", [PURMEREND], [PRORAIL], 2029, 2030,
             deps=[("starts_after", "PU-1")]),
        same("PU-5", "Versterking van de kade langs het Noordhollandsch Kanaal bij Purmerend", [HHNK], [], 2028,
             2031),
    ],
    "not_commitments": [
        "De gemeenteraad van Purmerend heeft in 2025 de Omgevingsvisie Purmerend vastgesteld.",
        "Elk project in dit projectenboek heeft dezelfde opbouw.",
        "Projecten die nog in de ideefase zijn, staan niet in dit projectenboek.",
    ],
}

ACTIELIJST = {
    "document": "b41-actielijst",
    "file": "b41-actielijst.pdf",
    "type": "ruled-pdf",
    "producer": "Actielijst Bereikbaarheid en Water Ouder-Amstel 2027-2031 (Gemeente Ouder-Amstel, Gemeente "
    "Amsterdam, Waterschap Amstel, Gooi en Vecht, Provincie Noord-Holland, Rijkswaterstaat, ProRail); fpdf2 with "
    "DejaVu Sans, one page: a ruled table 'Nr. | Actie | Wie | Wanneer' whose Wie cells hold abbreviations, "
    "explained in an 'Afkortingenlijst' under the table (first-named = trekker, others partner); AGV stands for "
    "the waterschap, whose work is carried out by Waternet",
    "actions": [
        same("OA-1", "Herinrichting van de Holendrechterweg in Ouderkerk aan de Amstel", [OUDERAMSTEL], [AGV], 2027,
             2028),
        same("OA-2", "Versterking van de Amsteldijk tussen Ouderkerk aan de Amstel en Amsterdam", [AGV],
             [OUDERAMSTEL, AMSTERDAM], 2028, 2031),
        same("OA-3", "Aanpassing van de aansluiting Ouderkerk aan de Amstel op de A9", [RWS], [PNH, OUDERAMSTEL],
             None, 2029),
        same("OA-4", "Geluidsschermen langs het spoor bij Duivendrecht", [PRORAIL], [OUDERAMSTEL], 2028, 2028),
        same("OA-5", "Snelfietsroute tussen Duivendrecht en Amsterdam-Zuidoost", [PNH], [OUDERAMSTEL, AMSTERDAM],
             2027, 2030),
        same("OA-6", "Onderzoek naar de waterkwaliteit van de Bullewijk", [AGV], [], 2027, None),
    ],
    "not_commitments": [
        "Deze actielijst is op 17 november 2026 besproken in het bestuurlijk overleg Amstelscheg.",
        "In 2026 is de brug over de Bullewijk vervangen.",
        "In de kolom Wie is de eerstgenoemde partij trekker; de overige partijen zijn partner.",
        "De actielijst wordt elk half jaar besproken in het bestuurlijk overleg Amstelscheg.",
    ],
}

KAMERBRIEF = {
    "document": "b41-kamerbrief",
    "file": "b41-kamerbrief.txt",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Binnenlandse Zaken en Koninkrijksrelaties to the Tweede Kamer, "
    "toezeggingen over de samenvoeging van Weesp en Amsterdam, dated 26 November 2026 (Ministerie van "
    "Binnenlandse Zaken en Koninkrijksrelaties, Gemeente Amsterdam, Provincie Noord-Holland); plain text written "
    "by build.py: a 'Toezeggingen' list numbered 1-5, each with a deadline; item 3 moves its deadline from the "
    "one promised earlier to a later one",
    "letter_date": "2026-11-26",
    "actions": [
        act("", "Ik stuur uw Kamer vóór 1 juli 2027 de evaluatie van de samenvoeging van Weesp en Amsterdam",
            "Evaluatie samenvoeging Weesp en Amsterdam", [BZK], [], None, 2027),
        act("", "Ik voer in 2027 samen met de Gemeente Amsterdam een onderzoek uit naar de werking van de "
            "bestuurscommissie Weesp", "Onderzoek werking bestuurscommissie Weesp", [BZK], [AMSTERDAM], 2027,
            2027),
        act("", "De verkenning naar de financiële positie van kleine gemeenten in Noord-Holland stuur ik niet eind "
            "2026, zoals eerder toegezegd, maar uiterlijk 1 april 2027 aan uw Kamer",
            "Verkenning financiële positie kleine gemeenten in Noord-Holland", [BZK], [], None, 2027),
        act("", "Samen met de Provincie Noord-Holland bied ik in 2027 en 2028 ondersteuning aan Noord-Hollandse "
            "gemeenten die een herindeling voorbereiden", "Ondersteuning Noord-Hollandse gemeenten bij herindeling",
            [BZK], [PNH], 2027, 2028),
        act("", "Ik informeer uw Kamer uiterlijk eind 2028 over de uitkomsten van de proef met digitale "
            "raadsinformatie in Weesp", "Uitkomsten proef digitale raadsinformatie Weesp", [BZK], [], None, 2028),
    ],
    "not_commitments": [
        "In het commissiedebat Openbaar Bestuur van 1 oktober 2026 heb ik uw Kamer vijf toezeggingen gedaan.",
        "Sinds 24 maart 2022 maakt Weesp deel uit van de gemeente Amsterdam.",
        "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.",
    ],
    "reported_plans": [
        "De Gemeente Amsterdam verwacht in 2027 het voormalige stadhuis van Weesp te renoveren.",
    ],
}

DOCS = [UITVOERINGSAGENDA, RAADSINFORMATIEBRIEF, PROJECTENBOEK, ACTIELIJST, KAMERBRIEF]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
