"""Hand-written gold for the five blind35 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind35/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk
IENW = "Ministerie van Infrastructuur en Waterstaat"
VRO = "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"
RWS = "Rijkswaterstaat"
PRORAIL = "ProRail"
# Flevoland / Lelystad
PFL = "Provincie Flevoland"
LELYSTAD = "Gemeente Lelystad"
# Hengelo, Borne, Oldenzaal (Overijssel)
HENGELO = "Gemeente Hengelo"
BORNE = "Gemeente Borne"
OLDENZAAL = "Gemeente Oldenzaal"
POV = "Provincie Overijssel"
VECHTSTROMEN = "Waterschap Vechtstromen"
# Zuidplas (Zuid-Holland)
ZUIDPLAS = "Gemeente Zuidplas"
PZH = "Provincie Zuid-Holland"
HHSK = "Hoogheemraadschap van Schieland en de Krimpenerwaard"
# Nieuwegein and Houten (Utrecht)
NIEUWEGEIN = "Gemeente Nieuwegein"
HOUTEN = "Gemeente Houten"
PUT = "Provincie Utrecht"
HDSR = "Hoogheemraadschap De Stichtse Rijnlanden"
# Alphen aan den Rijn
ALPHEN = "Gemeente Alphen aan den Rijn"


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


AFSPRAKENLIJST = {
    "document": "b35-afsprakenlijst",
    "file": "b35-afsprakenlijst.pdf",
    "type": "libreoffice-pdf",
    "producer": "Afsprakenlijst BO MIRT Flevoland of 18 November 2026 (Ministerie van Infrastructuur en Waterstaat, "
    "Ministerie van Volkshuisvesting en Ruimtelijke Ordening, Rijkswaterstaat, ProRail, Provincie Flevoland, "
    "Gemeente Lelystad); HTML written by build.py → soffice, one page: numbered paragraphs 'Rijk en regio spreken "
    "af dat ...', each naming who does what by when; agreement 4 holds only 'Onder voorbehoud van de uitkomst van "
    "afspraak 2' (a depends on 2); agreement 7 only states that earlier agreements were carried out",
    "actions": [
        act("1", "Rijk en regio spreken af dat de Provincie Flevoland uiterlijk 2027 een gebiedsanalyse voor het "
            "stationsgebied Lelystad Centrum opstelt, in samenwerking met de Gemeente Lelystad en ProRail",
            "Gebiedsanalyse stationsgebied Lelystad Centrum", [PFL], [LELYSTAD, PRORAIL], None, 2027),
        act("2", "Rijk en regio spreken af dat het Ministerie van Infrastructuur en Waterstaat in 2027 en 2028 een "
            "MIRT-verkenning naar de aansluiting Lelystad-Noord op de A6 uitvoert, met de Provincie Flevoland als "
            "partner", "MIRT-verkenning aansluiting Lelystad-Noord op de A6", [IENW], [PFL], 2027, 2028),
        act("3", "Rijk en regio spreken af dat de Gemeente Lelystad uiterlijk 2027 een woningbouwprogramma van "
            "6.000 woningen voor Lelystad-Zuid vaststelt; het Ministerie van Volkshuisvesting en Ruimtelijke "
            "Ordening is daarbij betrokken", "Woningbouwprogramma Lelystad-Zuid", [LELYSTAD], [], None, 2027,
            involved=[VRO]),
        act("4", "Onder voorbehoud van de uitkomst van afspraak 2 spreken Rijk en regio af dat Rijkswaterstaat vanaf "
            "2029 de planuitwerking voor de aansluiting Lelystad-Noord start",
            "Planuitwerking aansluiting Lelystad-Noord", [RWS], [], 2029, None, deps=[("depends", "2")]),
        act("5", "Rijk en regio spreken af dat ProRail in 2028 de perrons van station Lelystad Centrum verlengt, in "
            "opdracht van het Ministerie van Infrastructuur en Waterstaat",
            "Verlenging perrons station Lelystad Centrum", [PRORAIL], [], 2028, 2028, commissioners=[IENW]),
        act("6", "Rijk en regio spreken af dat de Provincie Flevoland en de Gemeente Lelystad uiterlijk 2028 samen "
            "een snelfietsroute tussen Lelystad en Dronten aanleggen", "Snelfietsroute Lelystad-Dronten",
            [PFL, LELYSTAD], [], None, 2028),
    ],
    "not_commitments": [
        "Aanwezig: de Minister van Infrastructuur en Waterstaat, de Minister van Volkshuisvesting en Ruimtelijke "
        "Ordening, gedeputeerden van de Provincie Flevoland en de wethouder Mobiliteit van de Gemeente Lelystad.",
        "In 2025 is de dienstregeling van de Flevolijn naar Lelystad Centrum uitgebreid.",
        "Rijk en regio stellen vast dat de afspraken uit het BO MIRT van 2025 over de Flevolijn zijn uitgevoerd.",
        "Het volgende BO MIRT Flevoland vindt plaats in het najaar van 2027.",
    ],
}

GEBIEDSAGENDA = {
    "document": "b35-gebiedsagenda",
    "file": "b35-gebiedsagenda.pdf",
    "type": "ruled-pdf",
    "producer": "Gebiedsagenda Wonen en Bereikbaarheid Hengelo, Borne en Oldenzaal 2026-2029 (Gemeente Hengelo, "
    "Gemeente Borne, Gemeente Oldenzaal, Provincie Overijssel, Waterschap Vechtstromen, ProRail, Ministerie van "
    "Infrastructuur en Waterstaat); fpdf2 with DejaVu Sans, one page: a ruled table 'Nr. | Actie | Trekker | "
    "Betrokken | 2026 | 2027 | 2028 | 2029' whose year cells hold '●' marks; a legend says '▶' in the 2029 column "
    "means the action runs on after 2029 (open end)",
    "actions": [
        same("HBO-1", "Herinrichting van de Spoorzone Hengelo met 1.200 woningen", [HENGELO], [], 2026, 2028,
             involved=[PRORAIL, POV]),
        same("HBO-2", "Ongelijkvloerse kruising van het spoor met de Azelosestraat in Borne", [PRORAIL], [], 2027,
             None, involved=[BORNE, IENW]),
        same("HBO-3", "Klimaatbestendige inrichting van de Drienerbeek in Hengelo", [VECHTSTROMEN], [], 2026, 2027,
             involved=[HENGELO]),
        same("HBO-4", "Woningbouwlocatie Stakenbeek in Oldenzaal met 800 woningen", [OLDENZAAL], [], 2028, 2029,
             involved=[POV]),
        same("HBO-5", "Verbetering van de snelfietsroute tussen Borne en Oldenzaal", [POV], [], 2029, 2029,
             involved=[BORNE, OLDENZAAL]),
        same("HBO-6", "Regionale warmtevisie voor Hengelo, Borne en Oldenzaal", [BORNE], [], 2026, None),
    ],
    "not_commitments": [
        "Deze gebiedsagenda is op 12 november 2026 besproken in het BO Leefomgeving Oost.",
        "In 2025 is het eerste deel van de Spoorzone Hengelo opgeleverd.",
        "De voortgang wordt elk voorjaar besproken in het ambtelijk overleg van de drie gemeenten.",
    ],
}

ROLVERDELING = {
    "document": "b35-rolverdeling",
    "file": "b35-rolverdeling.pdf",
    "type": "libreoffice-pdf",
    "producer": "Rolverdeling Rijk en regio NOVEX Zuidplaspolder 2027-2030 (Ministerie van Volkshuisvesting en "
    "Ruimtelijke Ordening, Ministerie van Infrastructuur en Waterstaat, Rijkswaterstaat, ProRail, Gemeente "
    "Zuidplas, Provincie Zuid-Holland, Hoogheemraadschap van Schieland en de Krimpenerwaard); HTML written by "
    "build.py → soffice, one page: a ruled table 'Nr. | Actie | Partijen | Rol Rijk | Rol regio | Periode'; the "
    "Partijen cell names the Rijk party and the regio party ('Rijk: ...' / 'regio: ...'), the role cells hold "
    "role words only; a header note defines 'financier' as the party that pays and is thereby opdrachtgever",
    "actions": [
        same("ZP-1", "Woningbouw Middelwatering-Oost in Nieuwerkerk aan den IJssel, eerste fase 1.500 woningen",
             [ZUIDPLAS], [], 2027, 2030, commissioners=[VRO]),
        same("ZP-2", "Verlenging van de perrons van station Nieuwerkerk aan den IJssel", [PRORAIL], [PZH], 2028,
             2028),
        same("ZP-3", "Waterberging in de Zuidplaspolder bij Moordrecht", [HHSK], [], 2027, None, involved=[IENW]),
        same("ZP-4", "Aanpassing van de aansluiting Nieuwerkerk aan den IJssel op de A20", [RWS], [ZUIDPLAS], None,
             2029),
        same("ZP-5", "Hoogwaardig openbaar vervoer tussen de Zuidplaspolder en Rotterdam", [PZH], [], 2027, 2028,
             commissioners=[IENW]),
    ],
    "not_commitments": [
        "In 2026 zijn de eerste 400 woningen in de Zuidplaspolder opgeleverd.",
        "De rolverdeling wordt in 2028 tegen het licht gehouden.",
    ],
}

VERSTEDELIJKINGSSTRATEGIE = {
    "document": "b35-verstedelijkingsstrategie",
    "file": "b35-verstedelijkingsstrategie.md",
    "type": "label-blocks",
    "producer": "Verstedelijkingsstrategie Nieuwegein en Houten 2027-2035 (Gemeente Nieuwegein, Gemeente Houten, "
    "Provincie Utrecht, Hoogheemraadschap De Stichtse Rijnlanden, ProRail, Ministerie van Infrastructuur en "
    "Waterstaat); Markdown written by build.py: '## Kernbeslissing n' sections with 'Wat doen we:', 'Wie:' and "
    "'Wanneer:' lines in prose sentences; one 'Wie:' line only says 'Dezelfde partijen als bij Kernbeslissing 1.' "
    "(the roles are those of that section's action)",
    "actions": [
        act("", "We transformeren het kantorengebied Rijnhuizen in Nieuwegein tot een woonwijk met 2.500 woningen",
            "Transformatie kantorengebied Rijnhuizen tot woonwijk", [NIEUWEGEIN], [PUT], 2027, 2031),
        act("", "We ontwikkelen bij station Houten Castellum een knooppunt met 900 woningen en een fietsenstalling",
            "Knooppunt station Houten Castellum", [HOUTEN], [PRORAIL], 2028, None),
        act("", "We verbeteren de tramlijn tussen Nieuwegein-Zuid en Utrecht Centraal",
            "Verbetering tramlijn Nieuwegein-Zuid - Utrecht Centraal", [PUT], [], None, 2030, involved=[IENW]),
        act("", "We leggen een snelfietsroute aan tussen Rijnhuizen en station Houten",
            "Snelfietsroute Rijnhuizen - station Houten", [NIEUWEGEIN], [PUT], 2029, 2029),
        act("", "We leggen een groene buffer met waterberging aan tussen Houten-Zuid en de A27",
            "Groene buffer met waterberging tussen Houten-Zuid en de A27", [HDSR], [HOUTEN], 2027, 2028),
    ],
    "not_commitments": [
        "De gemeenteraden van Nieuwegein en Houten hebben in 2025 het ontwikkelperspectief vastgesteld.",
        "Per kernbeslissing staat wat we doen, wie het doet en wanneer.",
        "Over een tweede ontsluiting van Houten-Zuid is nog geen besluit genomen.",
    ],
}

KAMERBRIEF = {
    "document": "b35-kamerbrief",
    "file": "b35-kamerbrief.txt",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Infrastructuur en Waterstaat to the Tweede Kamer, stand van de "
    "toezeggingen bereikbaarheid Alphen aan den Rijn, dated 25 November 2026 (Ministerie van Infrastructuur en "
    "Waterstaat, ProRail, Provincie Zuid-Holland, Gemeente Alphen aan den Rijn; Hoogheemraadschap van Rijnland "
    "only in a past item); plain text written by build.py: a 'Toezeggingen' list numbered 1-6, items marked "
    "'Afgerond:' or 'Nieuw:'; item 3 is done AND carries a new follow-up commitment in its second sentence",
    "letter_date": "2026-11-25",
    "actions": [
        act("", "ik laat in 2027 samen met ProRail en de Provincie Zuid-Holland een verkenning uitvoeren naar een "
            "extra sprinterstation bij Alphen aan den Rijn-Oost", "Verkenning extra sprinterstation Alphen aan den "
            "Rijn-Oost", [IENW], [PRORAIL, PZH], 2027, 2027),
        act("", "Als vervolg daarop stel ik uiterlijk 2028 met de Provincie Zuid-Holland een onderhoudsplan voor de "
            "kades van de Gouwe op", "Onderhoudsplan kades van de Gouwe", [IENW], [PZH], None, 2028),
        act("", "de Gemeente Alphen aan den Rijn en ik hebben afgesproken dat de gemeente in 2027 en 2028 de "
            "stationsomgeving van Alphen aan den Rijn herinricht", "Herinrichting stationsomgeving Alphen aan den "
            "Rijn", [ALPHEN], [], 2027, 2028),
        act("", "ProRail maakt in 2028 en 2029 in mijn opdracht de spoorwegovergang Steekterweg in Alphen aan den "
            "Rijn ongelijkvloers", "Ongelijkvloerse spoorwegovergang Steekterweg", [PRORAIL], [], 2028, 2029,
            commissioners=[IENW]),
    ],
    "not_commitments": [
        "Met deze brief informeer ik u over de stand van de toezeggingen die ik deed in het commissiedebat MIRT van "
        "2 juli 2026.",
        "Afgerond: het onderzoek naar de verkeersveiligheid van de N11 bij Alphen aan den Rijn is in september 2026 "
        "aan uw Kamer gestuurd.",
        "Afgerond: de quickscan van de vaarweg Gouwe bij Alphen aan den Rijn heb ik in juni 2026 aan uw Kamer "
        "gestuurd.",
        "Afgerond: het bestuurlijk overleg met het Hoogheemraadschap van Rijnland over wateroverlast in Boskoop vond "
        "plaats op 3 november 2026.",
        "Ik informeer uw Kamer voor het commissiedebat MIRT van 2027 opnieuw over de voortgang.",
    ],
    "reported_plans": [
        "De Provincie Zuid-Holland verwacht in 2028 de N207 bij Alphen aan den Rijn te verbreden.",
    ],
}

DOCS = [AFSPRAKENLIJST, GEBIEDSAGENDA, ROLVERDELING, VERSTEDELIJKINGSSTRATEGIE, KAMERBRIEF]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
