"""Hand-written gold for the five blind27 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind27/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Midden-Limburg
ROERMOND = "Gemeente Roermond"
ROERDALEN = "Gemeente Roerdalen"
LEUDAL = "Gemeente Leudal"
MAASGOUW = "Gemeente Maasgouw"
PL = "Provincie Limburg"
WL = "Waterschap Limburg"
RWS = "Rijkswaterstaat"
# Zeeuws-Vlaanderen
TERNEUZEN = "Gemeente Terneuzen"
HULST = "Gemeente Hulst"
SLUIS = "Gemeente Sluis"
PZ = "Provincie Zeeland"
WSS = "Waterschap Scheldestromen"
NSP = "North Sea Port"
# Cleantech Regio
APELDOORN = "Gemeente Apeldoorn"
ZUTPHEN = "Gemeente Zutphen"
EPE = "Gemeente Epe"
PG = "Provincie Gelderland"
WVV = "Waterschap Vallei en Veluwe"
LIANDER = "Liander"
# Duin- en Bollenstreek
KATWIJK = "Gemeente Katwijk"
NOORDWIJK = "Gemeente Noordwijk"
TEYLINGEN = "Gemeente Teylingen"
RIJNLAND = "Hoogheemraadschap van Rijnland"
PZH = "Provincie Zuid-Holland"
# Hoeksche Waard, Kamerbrief
IENW = "Ministerie van Infrastructuur en Waterstaat"
LVVN = "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"
HW = "Gemeente Hoeksche Waard"
WHD = "Waterschap Hollandse Delta"
NM = "Natuurmonumenten"


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


BINNENTABEL = {
    "document": "b27-binnentabel",
    "file": "b27-binnentabel.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsprogramma Maas, Beken en Hitte Midden-Limburg 2027-2030 (Gemeente Roermond, Gemeente "
    "Roerdalen, Gemeente Leudal, Gemeente Maasgouw, Provincie Limburg, Waterschap Limburg, Rijkswaterstaat); HTML "
    "written by build.py → soffice; a ruled table 'Nr. | Maatregel | Trekker | Andere partijen en hun rol | "
    "Planning' whose fourth cell holds a NESTED TABLE 'Partij | Rol'; the reading guide maps meewerkend → partner, "
    "betrokken → involved, ondersteunend → support, opdrachtgever → commissioner",
    "actions": [
        same("ML1", "Herinrichting van de Roerkade als overstroombare promenade", [ROERMOND], [WL], 2027, 2029,
             involved=[PL]),
        same("ML2", "Klimaatrobuuste beekdalen van de Leubeek en de Tungelroyse Beek", [WL], [LEUDAL], 2028, 2030,
             commissioners=[PL]),
        same("ML3", "Regionale hittekaart voor de kernen van Midden-Limburg", [PL], [ROERMOND, ROERDALEN, MAASGOUW],
             2027, 2027),
        same("ML4", "Ontwikkelperspectief voor de Maasplassen bij Maasgouw", [MAASGOUW], [], 2028, None,
             involved=[RWS], support=[WL]),
        same("ML5", "Afkoppelprogramma hemelwater in Herkenbosch en Vlodrop", [ROERDALEN], [], None, 2029,
             support=[WL]),
    ],
    "not_commitments": [
        "In 2026 hebben de vier gemeenten de regionale watervisie vastgesteld.",
        "Een nieuwe brug over de Maas bij Roermond maakt geen deel uit van dit programma.",
        "Vastgesteld in het Bestuurlijk Overleg Midden-Limburg op 19 november 2026.",
    ],
}

STANDAARDTREKKER = {
    "document": "b27-standaardtrekker",
    "file": "b27-standaardtrekker.pdf",
    "type": "label-blocks",
    "producer": "Uitvoeringsagenda Kust en Kanaalzone Zeeuws-Vlaanderen 2027-2030 (Gemeente Terneuzen, Gemeente "
    "Hulst, Gemeente Sluis, Provincie Zeeland, Waterschap Scheldestromen, North Sea Port); fpdf2; headings 'ZV1 "
    "Titel' with 'Trekker:', 'Partners:', 'Periode:' lines, but three blocks have NO 'Trekker:' line: the reading "
    "guide names a DEFAULT TREKKER (the provincie Zeeland) for them",
    "actions": [
        same("ZV1", "Dijkversterking met wandelroute langs de Westerschelde bij Perkpolder", [WSS], [HULST], 2027,
             2030),
        same("ZV2", "Snelfietsroute Terneuzen-Sas van Gent", [PZ], [TERNEUZEN, NSP], 2028, 2029),
        same("ZV3", "Zoetwaterbuffer voor de akkerbouw in West-Zeeuws-Vlaanderen", [PZ], [WSS, SLUIS], 2027, None),
        same("ZV4", "Herstructurering van het havengebied Axelse Vlakte-Noord", [NSP], [TERNEUZEN], 2027, 2028),
        same("ZV5", "Grensoverschrijdende buslijn Hulst-Antwerpen", [PZ], [HULST], 2027, 2027),
        same("ZV6", "Klimaatadaptatie in de kernen Cadzand en Breskens", [SLUIS], [WSS], None, 2029),
    ],
    "not_commitments": [
        "In 2026 heeft North Sea Port de nieuwe kade aan de Kanaalzone in gebruik genomen.",
        "De verdieping van het Kanaal Gent-Terneuzen is een project van de Vlaamse overheid en staat niet in deze "
        "agenda.",
    ],
}

HARDE_REGELS = {
    "document": "b27-harde-regels",
    "file": "b27-harde-regels.txt",
    "type": "label-blocks",
    "producer": "Werkagenda Energie en Warmte Cleantech Regio 2027-2030 (Gemeente Apeldoorn, Gemeente Zutphen, "
    "Gemeente Epe, Provincie Gelderland, Waterschap Vallei en Veluwe, Liander); plain text written by build.py, "
    "HARD-WRAPPED at 60 characters: every title runs over two lines and partner lists (and one name, 'Waterschap "
    "Vallei en / Veluwe') continue on indented lines under 'Partners:'",
    "actions": [
        same("1", "Warmtenet voor de wijk Zevenhuizen in Apeldoorn met restwarmte van de rioolwaterzuivering",
             [APELDOORN], [WVV, PG], 2027, 2030),
        same("2", "Energiecoaches voor huurders in de Zutphense wijk Waterkwartier", [ZUTPHEN], [], 2027, 2027),
        same("3", "Afspraken over netcongestie voor de bedrijventerreinen Apeldoorn-Noord en Kweekweg in Epe",
             [LIANDER], [APELDOORN, EPE, PG], 2028, 2029),
        same("4", "Zonnevelden langs de A50 bij Epe volgens de regionale zonneladder", [EPE], [PG, WVV], 2028,
             None),
        same("5", "Gezamenlijke isolatieregeling voor monumentale panden in de binnenstad van Zutphen", [PG],
             [ZUTPHEN], None, 2028),
    ],
    "not_commitments": [
        "De regionale warmtetransitievisie is in 2026 afgerond en staat daarom niet in deze werkagenda.",
        "Verzonden aan de colleges en de raden van de drie gemeenten, november 2026.",
    ],
}

DOORGEHAALD = {
    "document": "b27-doorgehaald",
    "file": "b27-doorgehaald.md",
    "type": "label-blocks",
    "producer": "Werkplan Kust, Duin en Bollen 2027-2030, versie 2 (Gemeente Katwijk, Gemeente Noordwijk, Gemeente "
    "Teylingen, Hoogheemraadschap van Rijnland, Provincie Zuid-Holland); Markdown written by build.py; '### N. "
    "Titel' with nested bullets 'Trekker:', 'Partners:' (one party per sub-bullet), 'Periode:'; the changes since "
    "version 1 are STRUCK THROUGH (~~...~~): a withdrawn partner, a replaced trekker, replaced periods and one "
    "whole action withdrawn; struck text no longer holds",
    "actions": [
        same("1", "Klimaatbestendige herinrichting van de Boulevard in Katwijk", [KATWIJK], [RIJNLAND], 2027, 2029),
        same("2", "Hemelwaterbuffer voor de bollenteelt rond Sassenheim", [RIJNLAND], [TEYLINGEN], 2028, 2028),
        same("3", "Groenblauwe verbinding tussen de Noordwijkse duinen en de Leidsevaart", [NOORDWIJK], [PZH],
             2028, 2030),
        same("5", "Aanpak van hittestress in de kernen van Teylingen", [TEYLINGEN], [NOORDWIJK], 2027, None),
        same("6", "Peilbesluit voor de polders rond Rijnsburg", [RIJNLAND], [KATWIJK], None, 2028),
    ],
    "not_commitments": [
        "Proef met zouttolerante bollenteelt bij De Zilk",
        "De zandsuppletie voor de kust van Noordwijk is in 2026 uitgevoerd en staat daarom niet in dit werkplan.",
    ],
}

TWEE_MINISTERS = {
    "document": "b27-twee-ministers",
    "file": "b27-twee-ministers.pdf",
    "type": "kamerbrief",
    "producer": "Joint Kamerbrief of the Minister van Infrastructuur en Waterstaat and the Minister van Landbouw, "
    "Visserij, Voedselzekerheid en Natuur to the Tweede Kamer, Zoet water en landbouw in de Hoeksche Waard, dated "
    "25 November 2026 (Provincie Zuid-Holland, Gemeente Hoeksche Waard, Waterschap Hollandse Delta, "
    "Natuurmonumenten); fpdf2; TWO SENDERS: 'wij' is both ministries together (the letter says so), 'de minister "
    "van ...' is that ministry alone; a question, past work and a wish are look-alikes; a plan of Waterschap "
    "Hollandse Delta is reported",
    "letter_date": "2026-11-25",
    "actions": [
        act("", "Wij stellen in 2027 samen met de provincie Zuid-Holland en de gemeente Hoeksche Waard een "
            "gebiedsprogramma Zoet Water Hoeksche Waard op", "Gebiedsprogramma Zoet Water Hoeksche Waard",
            [IENW, LVVN], [PZH, HW], 2027, 2027),
        act("", "Samen met Waterschap Hollandse Delta maken wij uiterlijk eind 2027 afspraken over het peilbeheer "
            "in de kreken van het eiland", "Afspraken over het peilbeheer in de kreken", [IENW, LVVN], [WHD], None,
            2027),
        act("", "De minister van Infrastructuur en Waterstaat breidt in 2027 en 2028 het meetnet voor "
            "zoutindringing in het Haringvliet uit", "Uitbreiding meetnet zoutindringing Haringvliet", [IENW], [],
            2027, 2028, involved=[WHD]),
        act("", "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur opent vanaf 2028 een "
            "subsidieregeling voor akkerbouwers in de Hoeksche Waard die overschakelen op zouttolerante teelten",
            "Subsidieregeling zouttolerante teelten", [LVVN], [], 2028, None),
        act("", "start de minister van Landbouw, Visserij, Voedselzekerheid en Natuur in 2027 met "
            "Natuurmonumenten een proef met brak natuurbeheer op Tiengemeten",
            "Proef met brak natuurbeheer op Tiengemeten", [LVVN], [NM], 2027, None),
    ],
    "not_commitments": [
        "Kunnen de akkerbouwers in de Hoeksche Waard op zoet water blijven rekenen?",
        "In 2025 is het eerste deel van het meetnet voor zoutindringing in gebruik genomen.",
        "Wij hopen dat ook de drinkwaterbedrijven zich bij deze aanpak aansluiten.",
    ],
    "reported_plans": [
        "Waterschap Hollandse Delta versterkt naar verwachting tussen 2028 en 2031 de dijk langs het Spui.",
    ],
}

DOCS = [BINNENTABEL, STANDAARDTREKKER, HARDE_REGELS, DOORGEHAALD, TWEE_MINISTERS]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
