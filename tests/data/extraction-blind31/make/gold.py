"""Hand-written gold for the five blind31 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind31/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Peel en Maas (Noord-Limburg)
PEM = "Gemeente Peel en Maas"
WL = "Waterschap Limburg"
PLI = "Provincie Limburg"
HLL = "Stichting Het Limburgs Landschap"
# Vechtdal
HARDENBERG = "Gemeente Hardenberg"
DALFSEN = "Gemeente Dalfsen"
WDOD = "Waterschap Drents Overijsselse Delta"
POV = "Provincie Overijssel"
VITENS = "Vitens"
# Texel
PNH = "Provincie Noord-Holland"
TEXEL = "Gemeente Texel"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
SBB = "Staatsbosbeheer"
# Westerkwartier
WKW = "Gemeente Westerkwartier"
NZV = "Waterschap Noorderzijlvest"
PGR = "Provincie Groningen"
GRL = "Stichting Het Groninger Landschap"
# Aa en Hunze
AEH = "Gemeente Aa en Hunze"
HAA = "Waterschap Hunze en Aa's"
PDR = "Provincie Drenthe"
DRL = "Stichting Het Drentse Landschap"


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


WEEKPLANNING = {
    "document": "b31-weekplanning",
    "file": "b31-weekplanning.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsplanning Water en Klimaat 2027-2028, Gemeente Peel en Maas, 26 November 2026 (Gemeente "
    "Peel en Maas, Waterschap Limburg, Provincie Limburg, Stichting Het Limburgs Landschap); HTML written by "
    "build.py → soffice; the periods are ISO WEEK NUMBERS ('wk 36 2027 – wk 14 2028', 'wk 10 – wk 26 2028' with "
    "the year only after the last week, 'vanaf wk 2 2028')",
    "actions": [
        same("W1", "Herprofilering van de Kwistbeek bij Kessel", [WL], [PEM], 2027, 2028),
        same("W2", "Afkoppelen van hemelwater op de Markt in Panningen", [PEM], [], 2028, 2028),
        same("W3", "Aanleg van een waterbuffer bij Maasbree", [PEM], [WL], 2027, 2028),
        same("W4", "Natuurvriendelijke oevers langs de Maas bij Kessel", [PLI], [WL, HLL], 2028, 2028),
        same("W5", "Klimaatbestendig schoolplein in Meijel", [PEM], [], 2027, 2027),
        same("W6", "Beheer van de nieuwe wadi's in Baarlo", [PEM], [WL], 2028, None),
    ],
    "not_commitments": [
        "De voorbereiding en de aanbesteding zijn in 2026 afgerond.",
        "Leeswijzer: de uitvoering staat in ISO-weeknummers; wk 36 2027 is de week die begint op maandag "
        "6 september 2027.",
        "Bij vorst of hoogwater kan een werkzaamheid enkele weken opschuiven.",
    ],
}

CONTACTPERSONEN = {
    "document": "b31-contactpersonen",
    "file": "b31-contactpersonen.pdf",
    "type": "libreoffice-pdf",
    "producer": "Actielijst Klimaatadaptatie Vechtdal 2027-2029, versie 1.0, 24 November 2026 (Gemeente "
    "Hardenberg, Gemeente Dalfsen, Waterschap Drents Overijsselse Delta, Provincie Overijssel, Vitens); HTML "
    "written by build.py → soffice; the trekker stands only as a team E-MAIL ADDRESS in 'Contact trekker', its "
    "domain names the organisation (explained in a note under the table); 'Betrokken' column",
    "actions": [
        same("V1", "Hitteplan voor de kern Hardenberg", [HARDENBERG], [DALFSEN], 2027, 2027),
        same("V2", "Herinrichting van de Vechtoever bij Rheeze", [WDOD], [HARDENBERG], 2027, 2029,
             involved=[POV]),
        same("V3", "Campagne waterbesparing voor huishoudens in Dalfsen", [VITENS], [DALFSEN], 2028, None),
        same("V4", "Subsidieregeling groene schoolpleinen Vechtdal", [POV], [HARDENBERG, DALFSEN], None, 2028),
        same("V5", "Afkoppelen van hemelwater in Nieuwleusen", [DALFSEN], [WDOD], 2028, 2029, involved=[VITENS]),
    ],
    "not_commitments": [
        "In 2026 hebben de partners samen de klimaatstresstest Vechtdal uitgevoerd.",
        "De partners hopen de actielijst later uit te breiden met acties voor de landbouw.",
        "Leeswijzer: per actie staat het contactadres van de organisatie die de actie trekt.",
    ],
}

GEDEPUTEERDE = {
    "document": "b31-gedeputeerde",
    "file": "b31-gedeputeerde.pdf",
    "type": "letter",
    "producer": "Brief of the gedeputeerde voor Water en Natuur of the Provincie Noord-Holland to the gemeenteraad "
    "of Texel, Zoet water en natuur op Texel, dated 23 November 2026 (Provincie Noord-Holland, Gemeente Texel, "
    "Hoogheemraadschap Hollands Noorderkwartier, Staatsbosbeheer, Rijkswaterstaat); fpdf2; the commitments are "
    "'IK ZAL ...' sentences of ONE GEDEPUTEERDE writing for Gedeputeerde Staten ('ik' = the provincie); look-alikes "
    "in the same 'ik' voice: a past visit, an expectation about Rijkswaterstaat, a wish, an offer",
    "letter_date": "2026-11-23",
    "actions": [
        act("", "Ik zal in 2027 en 2028 samen met de gemeente Texel de fietsroutes door de duinen klimaatbestendig "
            "maken", "Klimaatbestendige fietsroutes door de duinen", [PNH], [TEXEL], 2027, 2028),
        act("", "Ik zal vanaf 2027 met het Hoogheemraadschap Hollands Noorderkwartier het grondwater in polder Het "
            "Noorden meten", "Meten van het grondwater in polder Het Noorden", [PNH], [HHNK], 2027, None),
        act("", "Ik zal uiterlijk 2028 een subsidieregeling voor regenwateropslag bij agrarische bedrijven op Texel "
            "openstellen", "Subsidieregeling voor regenwateropslag bij agrarische bedrijven op Texel", [PNH], [],
            None, 2028),
        act("", "Ik zal in 2029 samen met Staatsbosbeheer de natte duinvalleien bij De Slufter herstellen",
            "Herstel van de natte duinvalleien bij De Slufter", [PNH], [SBB], 2029, 2029),
    ],
    "not_commitments": [
        "In september 2026 heb ik met uw college de proef met zoetwateropslag bij Den Hoorn bezocht.",
        "Ik zou het toejuichen als de gemeente Texel ook een hitteplan voor Den Burg opstelt.",
        "Zijn er vragen over deze brief?",
        "Dan licht ik de plannen graag toe in de commissie.",
    ],
    "reported_plans": [
        "Ik verwacht dat Rijkswaterstaat in 2028 zand suppleert op het strand bij Paal 17.",
    ],
}

JAARSCHIJVEN = {
    "document": "b31-jaarschijven",
    "file": "b31-jaarschijven.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsprogramma Water en Landschap Westerkwartier 2027-2029, vastgesteld 25 November 2026 "
    "(Gemeente Westerkwartier, Waterschap Noorderzijlvest, Provincie Groningen, Stichting Het Groninger "
    "Landschap); fpdf2 ruled tables; one table per year ('Jaarschijf 2027', '2028', '2029') and NO period column: "
    "an activity that runs several years is repeated with the same code in each jaarschijf",
    "actions": [
        same("WK1", "Vispassages in het Aduarderdiep", [NZV], [PGR], 2027, 2028),
        same("WK2", "Hitteplan voor Leek en Zuidhorn", [WKW], [], 2027, 2027),
        same("WK3", "Waterberging in de polder bij Grootegast", [NZV], [WKW, PGR], 2027, 2029),
        same("WK4", "Herstel van houtwallen bij Doezum", [GRL], [WKW], 2028, 2029),
        same("WK5", "Afkoppelen van hemelwater in Marum", [WKW], [NZV], 2029, 2029),
    ],
    "not_commitments": [
        "In 2026 is de gebiedsanalyse Westerkwartier afgerond.",
        "Leeswijzer: per jaar staat een jaarschijf met de activiteiten die in dat jaar lopen.",
        "Vastgesteld door de stuurgroep Water en Landschap Westerkwartier op 25 november 2026.",
    ],
}

PROGRAMMAJAREN = {
    "document": "b31-programmajaren",
    "file": "b31-programmajaren.md",
    "type": "text-table",
    "producer": "Uitvoeringsprogramma Water en Natuur Aa en Hunze (Gemeente Aa en Hunze, Waterschap Hunze en Aa's, "
    "Provincie Drenthe, Stichting Het Drentse Landschap); Markdown pipe table written by build.py; periods in "
    "PROGRAMMAJAREN ('jaar 1-2', 'jaar 1', 'vanaf jaar 3', 'uiterlijk jaar 2'), the years only in the 'Looptijd' "
    "paragraph above the table (jaar 1 = 2027)",
    "actions": [
        same("AH1", "Hermeandering van het Deurzerdiep", [HAA], [DRL], 2027, 2028),
        same("AH2", "Hitteplan voor Gieten en Rolde", [AEH], [], 2027, 2027),
        same("AH3", "Afkoppelen van hemelwater in Gasselte", [AEH], [HAA], 2028, 2030),
        same("AH4", "Natte natuur in het beekdal van de Drentsche Aa bij Gasteren", [PDR], [DRL, HAA], 2029, None),
        same("AH5", "Grondwatermeetnet in het Hunzedal bij Annen", [HAA], [PDR], None, 2028),
    ],
    "not_commitments": [
        "In 2026 is de watersysteemanalyse Aa en Hunze opgesteld.",
        "Het programma loopt vier jaar.",
        "Na programmajaar 2 bespreken de partners of het programma moet worden bijgesteld.",
    ],
}

DOCS = [WEEKPLANNING, CONTACTPERSONEN, GEDEPUTEERDE, JAARSCHIJVEN, PROGRAMMAJAREN]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
