"""Hand-written gold for the five blind42 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind42/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk
IENW = "Ministerie van Infrastructuur en Waterstaat"
KGG = "Ministerie van Klimaat en Groene Groei"
RWS = "Rijkswaterstaat"
# Drenthe / Hondsrug
PDR = "Provincie Drenthe"
BORGER = "Gemeente Borger-Odoorn"
AAHUNZE = "Gemeente Aa en Hunze"
HUNZE = "Waterschap Hunze en Aa's"
DRENTSLANDSCHAP = "Stichting Het Drentse Landschap"
# Gelderland / Nijkerk and Putten
PGL = "Provincie Gelderland"
NIJKERK = "Gemeente Nijkerk"
PUTTEN = "Gemeente Putten"
# Delfland
HHD = "Hoogheemraadschap van Delfland"
MIDDENDELFLAND = "Gemeente Midden-Delfland"
PIJNACKER = "Gemeente Pijnacker-Nootdorp"
DELFT = "Gemeente Delft"
# Harlingen
PFR = "Provincie Fryslân"
HARLINGEN = "Gemeente Harlingen"
# Eemshaven
PGR = "Provincie Groningen"
HOGELAND = "Gemeente Het Hogeland"
GSP = "Groningen Seaports"


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


UITVOERINGSPROGRAMMA = {
    "document": "b42-uitvoeringsprogramma",
    "file": "b42-uitvoeringsprogramma.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsprogramma Landschap en Recreatie Hondsrug 2027-2030 of the Provincie Drenthe (Provincie "
    "Drenthe, Gemeente Borger-Odoorn, Gemeente Aa en Hunze, Waterschap Hunze en Aa's, Stichting Het Drentse "
    "Landschap); fpdf2 with DejaVu Sans, one page: bold headings 'Maatregel 3.n Title', a short paragraph and a "
    "ruled two-column box 'Trekker | X', 'Partners | Y', 'Planning | Z'; the paragraph of measure 3.2 says it is "
    "part of measure 3.1",
    "actions": [
        same("3.1", "Fietsnetwerk Hondsrug", [PDR], [BORGER, AAHUNZE], 2027, 2029),
        same("3.2", "Fietsbrug over het Voorste Diep bij Bronneger", [BORGER], [HUNZE], 2028, 2028,
             deps=[("part_of", "3.1")]),
        same("3.3", "Beekherstel van de Hunze bij Gasselternijveen", [HUNZE], [PDR, DRENTSLANDSCHAP], 2027, 2030),
        same("3.4", "Wandelroute langs de hunebedden bij Annen", [AAHUNZE], [PDR], 2027, None),
        same("3.5", "Monitor vrijetijdseconomie Hondsrug", [PDR], [], None, 2028),
    ],
    "not_commitments": [
        "Gedeputeerde Staten van Drenthe hebben dit uitvoeringsprogramma op 10 november 2026 vastgesteld.",
        "In 2025 is het fietsknooppuntennetwerk in Borger-Odoorn volledig vernieuwd.",
        "Over de voortgang van dit programma rapporteren Gedeputeerde Staten jaarlijks aan Provinciale Staten.",
    ],
}

GS_BRIEF = {
    "document": "b42-gs-brief",
    "file": "b42-gs-brief.txt",
    "type": "letter",
    "producer": "Brief of Gedeputeerde Staten van Gelderland to Provinciale Staten, voortgang aanpak provinciale "
    "wegen Nijkerk en Putten, dated 24 November 2026 (Provincie Gelderland, Gemeente Nijkerk, Gemeente Putten; "
    "Rijkswaterstaat only in a reported plan); plain text written by build.py: commitments in prose ('Wij zullen "
    "...', 'Samen met ... starten wij ...'); one commitment is made conditional on a decision of the kabinet",
    "letter_date": "2026-11-24",
    "actions": [
        act("", "Wij zullen in 2027 de gelijkvloerse fietsoversteek van de N301 bij Hoevelaken vervangen door een "
            "fietstunnel", "Fietstunnel N301 bij Hoevelaken", [PGL], [], 2027, 2027),
        act("", "Samen met de Gemeente Nijkerk starten wij in 2027 met de herinrichting van de N301 tussen Nijkerk "
            "en Voorthuizen", "Herinrichting N301 Nijkerk - Voorthuizen", [PGL], [NIJKERK], 2027, None),
        act("", "Wij zullen uiterlijk 2028 samen met de Gemeente Putten een snelfietsroute tussen Putten en "
            "Harderwijk aanleggen", "Snelfietsroute Putten - Harderwijk", [PGL], [PUTTEN], None, 2028),
        act("", "Als het kabinet in het voorjaar van 2027 besluit de aansluiting Putten op de A28 te verbeteren, "
            "zullen wij in 2028 en 2029 de N302 tussen Putten en de A28 aanpassen",
            "Aanpassing N302 tussen Putten en de A28", [PGL], [], 2028, 2029),
        act("", "Wij zullen in 2027 samen met de Gemeente Nijkerk en de Gemeente Putten de schoolroutes langs de "
            "N301 en de N302 onderzoeken", "Onderzoek schoolroutes N301 en N302", [PGL], [NIJKERK, PUTTEN], 2027,
            2027),
    ],
    "not_commitments": [
        "Met deze brief informeren wij u over de voortgang van de aanpak van de provinciale wegen rond Nijkerk en "
        "Putten, zoals wij hebben toegezegd in de Statenvergadering van 8 juli 2026.",
        "In september 2026 hebben wij de kruising van de N301 met de Watergoorweg in Nijkerk veiliger gemaakt.",
        "Wij houden u via de jaarlijkse voortgangsrapportage Mobiliteit op de hoogte.",
    ],
    "reported_plans": [
        "Rijkswaterstaat verwacht in 2028 groot onderhoud uit te voeren aan de A28 tussen Nijkerk en Putten.",
    ],
}

WATERBEHEERPROGRAMMA = {
    "document": "b42-waterbeheerprogramma",
    "file": "b42-waterbeheerprogramma.pdf",
    "type": "libreoffice-pdf",
    "producer": "Waterbeheerprogramma 2028-2033 of the Hoogheemraadschap van Delfland, bijlage 2 actietabel "
    "(Hoogheemraadschap van Delfland, Gemeente Midden-Delfland, Gemeente Pijnacker-Nootdorp, Gemeente Delft); HTML "
    "written by build.py → soffice, one page: a ruled table 'Code | Maatregel | Trekker | Meewerkende partijen | "
    "Gereed' of 7 rows; the Gereed cell of one row says 'vervalt' and a note below says why",
    "actions": [
        same("DLF-01", "Versterken van de boezemkade langs de Gaag bij Schipluiden", [HHD], [MIDDENDELFLAND], None,
             2029),
        same("DLF-02", "Aanleg van een waterberging in de Oostpolder bij Pijnacker", [HHD], [PIJNACKER], None, 2030),
        same("DLF-03", "Afkoppelen van hemelwater in de wijk Tanthof in Delft", [DELFT], [HHD], None, 2029),
        same("DLF-04", "Vervangen van het gemaal Nootdorp", [HHD], [], None, 2031),
        same("DLF-06", "Natuurvriendelijke oevers langs de Delftse Schie", [HHD], [DELFT, MIDDENDELFLAND], None,
             2032),
        same("DLF-07", "Meetnet grondwater in Pijnacker-Nootdorp", [PIJNACKER], [HHD], None, 2028),
    ],
    "not_commitments": [
        "In de planperiode 2022-2027 is de boezemkade langs de Vlaardingse Vaart versterkt.",
        "In de kolom Gereed staat het jaar waarin de maatregel uiterlijk klaar is.",
        "Baggeren van de Zweth",
        "Maatregel DLF-05 vervalt, omdat het baggeren van de Zweth al in 2026 is uitgevoerd.",
    ],
}

GEBIEDSAGENDA = {
    "document": "b42-gebiedsagenda",
    "file": "b42-gebiedsagenda.md",
    "type": "text-table",
    "producer": "Gebiedsagenda Haven en Kust Harlingen 2027-2031 (Ministerie van Infrastructuur en Waterstaat, "
    "Provincie Fryslân, Gemeente Harlingen); Markdown written by build.py: a pipe table 'Nr. | Opgave | Trekker | "
    "Partner | Periode' whose role cells name only kinds of bodies ('Rijk (IenW)', 'Provincie', 'Gemeente'); the "
    "intro names the ministry, the one province and the one gemeente meant",
    "actions": [
        same("H1", "Onderhoud van de vaargeul tussen Harlingen en Vlieland", [IENW], [PFR], 2027, 2031),
        same("H2", "Herinrichting van de Willemskade en het Noorderhaventerrein", [HARLINGEN], [PFR], 2028, 2030),
        same("H3", "Snelfietsroute tussen Harlingen en Franeker", [PFR], [HARLINGEN], 2029, 2029),
        same("H4", "Walstroom voor de veerboten naar Vlieland en Terschelling", [HARLINGEN], [IENW], 2027, None),
        same("H5", "Verkenning van een tweede ontsluiting van de haven", [PFR], [IENW, HARLINGEN], None, 2028),
    ],
    "not_commitments": [
        "Deze gebiedsagenda is opgesteld door het Ministerie van Infrastructuur en Waterstaat, de Provincie Fryslân "
        "en de Gemeente Harlingen.",
        "In 2026 is de Kimswerderweg bij de haven opnieuw ingericht.",
        "De partijen actualiseren deze gebiedsagenda elk najaar.",
    ],
}

BESLUITENLIJST = {
    "document": "b42-besluitenlijst",
    "file": "b42-besluitenlijst.txt",
    "type": "label-blocks",
    "producer": "Besluitenlijst Bestuurlijk Overleg Energiehaven Eemshaven, 26 November 2026 (Provincie Groningen, "
    "Gemeente Het Hogeland, Groningen Seaports, Ministerie van Klimaat en Groene Groei, Rijkswaterstaat); plain "
    "text written by build.py: 'Besluit n:' and 'Afspraak n:' items; the Afspraak items name who does what by "
    "when, the Besluit items are no actions; one Afspraak's deadline is 'vóór het volgende bestuurlijk overleg', "
    "whose date the list's last line gives",
    "actions": [
        act("1", "Groningen Seaports legt uiterlijk 2028 in de Beatrixhaven een nieuwe kade voor windparkcomponenten "
            "aan, samen met de Provincie Groningen", "Nieuwe kade voor windparkcomponenten in de Beatrixhaven",
            [GSP], [PGR], None, 2028),
        act("2", "De Gemeente Het Hogeland stelt vóór het volgende bestuurlijk overleg de wijziging van het "
            "omgevingsplan voor het bedrijventerrein Oostpolder vast",
            "Wijziging omgevingsplan bedrijventerrein Oostpolder", [HOGELAND], [], None, 2027),
        act("3", "Rijkswaterstaat start in 2027 met de verdieping van de vaarweg van de Eemshaven naar de Noordzee; "
            "het Ministerie van Klimaat en Groene Groei is daarbij betrokken",
            "Verdieping vaarweg Eemshaven - Noordzee", [RWS], [], 2027, None, involved=[KGG]),
        act("4", "Het Ministerie van Klimaat en Groene Groei en de Provincie Groningen werken in 2027 en 2028 samen "
            "een programma voor waterstofleidingen naar de Eemshaven uit",
            "Programma waterstofleidingen naar de Eemshaven", [KGG, PGR], [], 2027, 2028),
        act("5", "De Provincie Groningen laat uiterlijk 2027 een onderzoek naar de bereikbaarheid van de Eemshaven "
            "per spoor uitvoeren, samen met de Gemeente Het Hogeland",
            "Onderzoek bereikbaarheid Eemshaven per spoor", [PGR], [HOGELAND], None, 2027),
    ],
    "not_commitments": [
        "Aanwezig: Provincie Groningen, Gemeente Het Hogeland, Groningen Seaports, Ministerie van Klimaat en Groene "
        "Groei en Rijkswaterstaat.",
        "Het overleg stelt de besluitenlijst van 4 juni 2026 ongewijzigd vast.",
        "Het overleg neemt kennis van de voortgangsrapportage Energiehaven 2026.",
        "Het overleg besluit de werkgroep Ruimte per 1 januari 2027 op te heffen.",
        "Het volgende bestuurlijk overleg vindt plaats op 10 juni 2027.",
    ],
}

DOCS = [UITVOERINGSPROGRAMMA, GS_BRIEF, WATERBEHEERPROGRAMMA, GEBIEDSAGENDA, BESLUITENLIJST]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
