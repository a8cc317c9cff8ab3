"""Hand-written gold for the five blind43 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind43/make/gold.py"""

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk
VRO = "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"
RWS = "Rijkswaterstaat"
# Noordzeekanaalgebied
PNH = "Provincie Noord-Holland"
ZAANSTAD = "Gemeente Zaanstad"
VELSEN = "Gemeente Velsen"
BEVERWIJK = "Gemeente Beverwijk"
AMSTERDAM = "Gemeente Amsterdam"
HBA = "Havenbedrijf Amsterdam N.V."
ODNZKG = "Omgevingsdienst Noordzeekanaalgebied"
# Chemelot / Zuid-Limburg
PLI = "Provincie Limburg"
SITTARD = "Gemeente Sittard-Geleen"
STEIN = "Gemeente Stein"
BEEK = "Gemeente Beek"
WSL = "Waterschap Limburg"
# Markermeer-IJmeer
PFL = "Provincie Flevoland"
ALMERE = "Gemeente Almere"
LELYSTAD = "Gemeente Lelystad"
ZZL = "Waterschap Zuiderzeeland"
FLEVOLANDSCHAP = "Stichting Het Flevo-landschap"
# Maassluis
MAASSLUIS = "Gemeente Maassluis"
VLAARDINGEN = "Gemeente Vlaardingen"
HHD = "Hoogheemraadschap van Delfland"
HBR = "Havenbedrijf Rotterdam N.V."
# Noordoost-Brabant
PNB = "Provincie Noord-Brabant"
DENBOSCH = "Gemeente 's-Hertogenbosch"
OSS = "Gemeente Oss"
MAASHORST = "Gemeente Maashorst"
AAMAAS = "Waterschap Aa en Maas"


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
    "document": "b43-uitvoeringsagenda",
    "file": "b43-uitvoeringsagenda.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda NOVEX Noordzeekanaalgebied 2027-2030 (Provincie Noord-Holland, Gemeente "
    "Zaanstad, Gemeente Velsen, Gemeente Beverwijk, Gemeente Amsterdam, Havenbedrijf Amsterdam N.V.); HTML -> "
    "soffice, two pages: a ruled table 'Nr. | Maatregel | Trekker(s) | Betrokken organisaties | Looptijd | "
    "Opmerking' whose header row repeats on page 2, a shaded theme row per theme, bold titles with bullets in "
    "the Maatregel cell, bulleted Betrokken organisaties, a row split over the page break, two trekkers in one "
    "cell and a 'Start na afronding van A.2' remark",
    "actions": [
        same("A.1", "Transformatie Hembrugterrein fase 2", [ZAANSTAD], [PNH, VRO], 2027, 2030),
        same("A.2", "Milieuzonering Zaanoever-Noord", [ZAANSTAD, PNH], [ODNZKG], 2027, 2028),
        same("A.3", "Werklocatie Grote Hout-Noord bij Velsen", [VELSEN], [BEVERWIJK, HBA], 2028, 2030,
             deps=[("starts_after", "A.2")]),
        same("B.1", "Walstroom in de Amsterdamse havens", [HBA], [AMSTERDAM], 2027, 2029),
        same("B.2", "Warmtenet IJmond - Zaanstad", [PNH], [VELSEN, ZAANSTAD, BEVERWIJK], None, 2028),
        same("B.3", "Ruimtereservering waterstofleidingen Westpoort", [AMSTERDAM], [HBA, PNH], 2027, None),
    ],
    "not_commitments": [
        "Het Noordzeekanaalgebied is door het Rijk in 2022 aangewezen als NOVEX-gebied.",
        "Deze uitvoeringsagenda volgt op het Ontwikkelperspectief Noordzeekanaalgebied dat in 2025 is vastgesteld.",
        "Per thema staan hieronder de maatregelen met de trekker, de betrokken organisaties en de looptijd.",
        "In de kolom Opmerking staat of een maatregel samenhangt met een andere maatregel.",
        "De voortgang van deze uitvoeringsagenda wordt jaarlijks besproken in het Bestuurlijk Overleg "
        "Noordzeekanaalgebied.",
    ],
}

PROGRAMMA_CHEMELOT = {
    "document": "b43-programma-chemelot",
    "file": "b43-programma-chemelot.pdf",
    "type": "libreoffice-pdf",
    "producer": "Programma Omgevingskwaliteit Chemelot 2027-2031 (Provincie Limburg, Gemeente Sittard-Geleen, "
    "Gemeente Stein, Gemeente Beek, Waterschap Limburg); HTML -> soffice, two pages: a ruled table 'Code | "
    "Project | Trekker | Fase | Status | Kosten (mln) | Periode' with the header repeated on page 2 and two theme "
    "rows; partners only in a bullet 'in samenwerking met ...' inside the Project cell; one row is 'Afgerond' "
    "(no action); one period 'doorlopend'",
    "actions": [
        same("LG-01", "Geluidsscherm langs de A2 bij Elsloo", [PLI], [STEIN], 2027, 2028),
        same("LG-02", "Meetnet fijnstof en geur Geleen-Zuid", [SITTARD], [], None, None),
        same("WG-01", "Bufferzone Geleenbeek bij Kerensheide", [WSL], [STEIN, PLI], 2028, 2031),
        same("WG-02", "Groene verbinding Beek - Geleen", [BEEK], [SITTARD], 2028, None),
    ],
    "not_commitments": [
        "Dit programma is op 3 november 2026 door de stuurgroep Omgevingskwaliteit Chemelot vastgesteld.",
        "In 2026 is de geluidsmonitoring rond het industriepark uitgebreid naar twaalf meetpunten.",
        "Waar kunnen omwonenden terecht met vragen over dit programma?",
        "Verplaatsing fakkelinstallatie noordzijde",
        "de installatie is in het voorjaar van 2026 verplaatst",
        "Project LG-03 is afgerond en staat alleen ter informatie in de tabel.",
    ],
}

WERKPROGRAMMA = {
    "document": "b43-werkprogramma",
    "file": "b43-werkprogramma.md",
    "type": "text-table",
    "producer": "Werkprogramma Markermeer-IJmeer 2027-2029 (Rijkswaterstaat, Provincie Flevoland, Gemeente "
    "Almere, Gemeente Lelystad, Waterschap Zuiderzeeland, Stichting Het Flevo-landschap); Markdown written by "
    "build.py: a pipe table 'Nr. | Maatregel | Trekker(s) | Betrokken organisaties | Looptijd' with a bold theme "
    "row per theme (empty other cells), two trekkers in one cell, '-' for nobody",
    "actions": [
        same("1.1", "Vooroeverzone langs de Houtribdijk", [RWS], [PFL], 2027, 2029),
        same("1.2", "Natuurvriendelijke oevers Almere Poort", [ALMERE, ZZL], [FLEVOLANDSCHAP], 2027, 2028),
        same("2.1", "Vaarroute Lelystad - Marker Wadden", [LELYSTAD], [PFL], 2028, 2028),
        same("2.2", "Strandzone IJmeer bij Almere Pampus", [ALMERE], [], 2028, None),
        same("3.1", "Peilbesluit Markermeer actualiseren", [RWS], [ZZL, PFL], None, 2029),
    ],
    "not_commitments": [
        "Dit werkprogramma is opgesteld door de partners van het Programma Markermeer-IJmeer.",
        "In 2024 zijn de eilanden van de Marker Wadden voor bezoekers opengesteld.",
        "Een maatregel met twee trekkers wordt door beide organisaties samen getrokken.",
        "Vragen over dit werkprogramma kunt u stellen aan het programmabureau in Lelystad.",
    ],
}

RAADSINFORMATIEBRIEF = {
    "document": "b43-raadsinformatiebrief",
    "file": "b43-raadsinformatiebrief.txt",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college of Gemeente Maassluis to the gemeenteraad, uitvoeringsagenda "
    "Oevers Nieuwe Waterweg, dated 26 November 2026 (Gemeente Maassluis, Hoogheemraadschap van Delfland, Gemeente "
    "Vlaardingen, Havenbedrijf Rotterdam N.V.; Rijkswaterstaat only in a reported plan); plain text written by "
    "build.py: prose commitments of 'wij' under 'Wat gaan wij doen?'",
    "letter_date": "2026-11-26",
    "actions": [
        act("", "Wij zullen in 2027 het wandelpad langs de Nieuwe Waterweg tussen de Burgemeester de Jonghkade en "
            "het Balkon verbreden", "Verbreden wandelpad Nieuwe Waterweg", [MAASSLUIS], [], 2027, 2027),
        act("", "Samen met het Hoogheemraadschap van Delfland starten wij in 2028 met de versterking van de kade "
            "aan de Noordvliet", "Versterking kade Noordvliet", [MAASSLUIS], [HHD], 2028, None),
        act("", "Wij zullen uiterlijk 2029 een nieuwe aanlegsteiger voor de waterbus bij het Balkon laten aanleggen",
            "Aanlegsteiger waterbus bij het Balkon", [MAASSLUIS], [], None, 2029),
        act("", "In 2027 en 2028 zullen wij samen met de Gemeente Vlaardingen de fietsroute langs de dijk tussen "
            "beide steden verbeteren", "Fietsroute langs de dijk Maassluis - Vlaardingen", [MAASSLUIS],
            [VLAARDINGEN], 2027, 2028),
        act("", "Wij zullen in 2027 met het Havenbedrijf Rotterdam N.V. een onderzoek doen naar de hinder van "
            "scheepsgolven langs de oever", "Onderzoek hinder scheepsgolven", [MAASSLUIS], [HBR], 2027, 2027),
    ],
    "not_commitments": [
        "Met deze brief informeren wij u over de uitvoeringsagenda Oevers Nieuwe Waterweg, die wij op 17 november "
        "2026 hebben vastgesteld.",
        "In 2026 is het havenhoofd aan de Govert van Wijnkade gerenoveerd.",
        "Wij informeren u over de voortgang via de jaarrekening.",
    ],
    "reported_plans": [
        "Rijkswaterstaat verwacht in 2029 te beginnen met het groot onderhoud van de Maeslantkering.",
    ],
}

REGIOAGENDA = {
    "document": "b43-regioagenda",
    "file": "b43-regioagenda.pdf",
    "type": "libreoffice-pdf",
    "producer": "Regionale Uitvoeringsagenda Noordoost-Brabant 2027-2030 (Gemeente 's-Hertogenbosch, Gemeente "
    "Oss, Gemeente Maashorst, Provincie Noord-Brabant, Waterschap Aa en Maas); HTML -> soffice, two pages: an "
    "eight-column ruled table 'Nr. | Opgave | Trekker | Betrokken organisaties | Status | Kosten (mln) | "
    "Looptijd | Opmerking' with the header repeated, numbered theme rows ('1. Bereikbaarheid') next to numbered "
    "rows ('1'), long '- ' lists in the Opmerking cells, one 'afhankelijk van ... opgave 1' remark",
    "actions": [
        same("1", "Snelfietsroute Oss - 's-Hertogenbosch", [PNB], [OSS, DENBOSCH], 2027, 2030),
        same("2", "Mobiliteitshub station Oss", [OSS], [PNB], 2028, 2029, deps=[("depends", "1")]),
        same("3", "Waterberging Maashorst-Zuid", [AAMAAS], [MAASHORST], 2027, 2029),
        same("4", "Hittebestendige binnenstad 's-Hertogenbosch", [DENBOSCH], [AAMAAS], 2027, None),
        same("5", "Woningbouwversnelling Uden-Noord", [MAASHORST], [PNB], None, 2030),
    ],
    "not_commitments": [
        "De vijf partners hebben deze uitvoeringsagenda op 12 november 2026 ondertekend.",
        "Eerder is in 2025 de Regionale Energiestrategie Noordoost-Brabant geactualiseerd.",
        "Leeswijzer: de kosten zijn bedragen in miljoenen euro, exclusief btw.",
        "Deze agenda wordt jaarlijks in het voorjaar geactualiseerd door de vijf partners.",
    ],
}

DOCS = [UITVOERINGSAGENDA, PROGRAMMA_CHEMELOT, WERKPROGRAMMA, RAADSINFORMATIEBRIEF, REGIOAGENDA]


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
