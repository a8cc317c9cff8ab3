"""Hand-written gold for the five blind30 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind30/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Zuidoost-Drenthe
EMMEN = "Gemeente Emmen"
COEVORDEN = "Gemeente Coevorden"
VECHTSTROMEN = "Waterschap Vechtstromen"
PDR = "Provincie Drenthe"
WMD = "Waterleidingmaatschappij Drenthe"
# IJsselvallei
ZUTPHEN = "Gemeente Zutphen"
LOCHEM = "Gemeente Lochem"
BRUMMEN = "Gemeente Brummen"
WRIJ = "Waterschap Rijn en IJssel"
PG = "Provincie Gelderland"
# Land van Cuijk
LVC = "Gemeente Land van Cuijk"
AAMAAS = "Waterschap Aa en Maas"
PNB = "Provincie Noord-Brabant"
BL = "Brabants Landschap"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
# Noordoostpolder
PFL = "Provincie Flevoland"
NOP = "Gemeente Noordoostpolder"
ZZL = "Waterschap Zuiderzeeland"
LTON = "LTO Noord"
SBB = "Staatsbosbeheer"
# Kruisland
STEENBERGEN = "Gemeente Steenbergen"
BD = "Waterschap Brabantse Delta"


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


COLLEGEBESLUIT = {
    "document": "b30-collegebesluit",
    "file": "b30-collegebesluit.pdf",
    "type": "libreoffice-pdf",
    "producer": "Collegebesluit Gemeente Emmen, Uitvoering klimaatadaptatie 2027-2029, 17 November 2026 (Gemeente "
    "Emmen, Gemeente Coevorden, Waterschap Vechtstromen, Provincie Drenthe, Waterleidingmaatschappij Drenthe); HTML "
    "written by build.py → soffice; numbered 'Besluit' points (decisions, no actions) above an 'Opdracht' table "
    "(the actions), one opdracht carried out by an outside body for the gemeente",
    "actions": [
        same("O1", "Afkoppelen van hemelwater in de wijk Angelslo", [EMMEN], [VECHTSTROMEN], 2027, 2029),
        same("O2", "Aanleg van wadi's in Emmerhout", [EMMEN], [PDR], 2028, 2028),
        same("O3", "Regentonnen bij huurwoningen in Klazienaveen", [EMMEN], [], 2027, None),
        same("O4", "Onderzoek naar hergebruik van spoelwater van het zwembad", [WMD], [], None, 2028,
             commissioners=[EMMEN]),
        same("O5", "Gezamenlijke hittekaart voor Emmen en Coevorden", [EMMEN], [COEVORDEN], 2027, 2027),
    ],
    "not_commitments": [
        "Kennis te nemen van de uitkomsten van de klimaatstresstest Emmen 2026.",
        "In te stemmen met het Uitvoeringsprogramma Klimaatadaptatie Emmen 2027-2029.",
        "De gemeenteraad in december 2026 met een raadsinformatiebrief over dit besluit te informeren.",
        "De klimaatstresstest is in 2026 samen met Waterschap Vechtstromen uitgevoerd.",
    ],
}

MONITOR = {
    "document": "b30-monitor",
    "file": "b30-monitor.pdf",
    "type": "ruled-pdf",
    "producer": "Monitoringsrapportage Klimaatadaptatie IJsselvallei, peildatum 1 November 2026 (Gemeente Zutphen, "
    "Gemeente Lochem, Gemeente Brummen, Waterschap Rijn en IJssel, Provincie Gelderland); fpdf2 ruled table with "
    "a STATUS column 'op schema / vertraagd / gereed'; 'gereed' rows are finished and no actions",
    "actions": [
        same("IJ1", "Klimaatbestendige herinrichting van De Hoven", [ZUTPHEN], [WRIJ], 2026, 2028),
        same("IJ3", "Beekherstel van de Berkel bij Lochem", [WRIJ], [LOCHEM, PG], 2027, 2029),
        same("IJ4", "Droogtebuffer in de uiterwaarden bij Brummen", [BRUMMEN], [WRIJ], 2027, 2027),
        same("IJ6", "Regionaal hitteplan IJsselvallei", [BRUMMEN], [ZUTPHEN, LOCHEM], None, 2028),
        same("IJ7", "Subsidieregeling groene daken", [PG], [], 2027, None),
    ],
    "not_commitments": [
        "Stresstest bedrijventerreinen Lochem",
        "Campagne tegels eruit, groen erin",
        "De vertraging van IJ3 en IJ6 komt door personeelstekort; de planning in de tabel is al aangepast.",
    ],
}

GEBIEDSAKKOORD = {
    "document": "b30-gebiedsakkoord",
    "file": "b30-gebiedsakkoord.md",
    "type": "agenda",
    "producer": "Gebiedsakkoord Maasvallei Land van Cuijk 2027-2030 (Gemeente Land van Cuijk, Waterschap Aa en "
    "Maas, Provincie Noord-Brabant, Brabants Landschap, ZLTO); Markdown written by build.py; numbered afspraken "
    "PER PARTY: the trekker stands only in the heading '### 3.n <party> zegt toe:', partners after 'samen met'",
    "actions": [
        same("3.1.1", "Afkoppelen van verhard oppervlak in de kern Grave", [LVC], [AAMAAS], 2027, 2029),
        same("3.1.2", "Hitteplan voor de kernen Cuijk en Boxmeer", [LVC], [], 2028, 2028),
        same("3.2.1", "Herstel van de Oeffeltse Raam", [AAMAAS], [BL, LVC], 2027, 2030),
        same("3.2.2", "Slimme stuwen in de Molenbeek bij Sint Anthonis", [AAMAAS], [ZLTO], 2028, None),
        same("3.3.1", "Verwerving van gronden voor natuur langs de Maas bij Sambeek", [PNB], [], None, 2029),
        same("3.4.1", "Voorlichting aan agrariërs over zuinig beregenen", [ZLTO], [AAMAAS], 2027, 2028),
    ],
    "not_commitments": [
        "In 2025 hebben partijen de Gebiedsverkenning Maasvallei afgerond.",
        "Partijen willen de Maasvallei klimaatbestendig maken en de natuur langs de Maas versterken.",
        "Dit akkoord treedt in werking op de dag na ondertekening door alle partijen.",
    ],
}

STATENVOORSTEL = {
    "document": "b30-statenvoorstel",
    "file": "b30-statenvoorstel.pdf",
    "type": "label-blocks",
    "producer": "Statenvoorstel Provincie Flevoland, Wensen en bedenkingen bij het ontwerp-Uitvoeringsprogramma "
    "Bodem en Water Noordoostpolder 2027-2030, 24 November 2026 (Provincie Flevoland, Gemeente Noordoostpolder, "
    "Waterschap Zuiderzeeland, LTO Noord, Staatsbosbeheer); fpdf2; the WENSEN EN BEDENKINGEN procedure (beslispunt, "
    "deadline for the Staten, date GS adopt) is no action; the intended measures in label blocks are",
    "actions": [
        same("M1", "Peilgestuurde drainage op landbouwkavels bij Luttelgeest", [ZZL], [LTON], 2027, 2029),
        same("M2", "Monitoring van bodemdaling in de Noordoostpolder", [PFL], [ZZL, NOP], 2027, None),
        same("M3", "Natuurherstel in het Voorsterbos", [SBB], [PFL], 2028, 2030),
        same("M4", "Zoetwaterbuffer bij Kraggenburg", [ZZL], [NOP], None, 2029),
        same("M5", "Klimaatbestendige inrichting van het centrum van Emmeloord", [NOP], [], 2028, 2028),
    ],
    "not_commitments": [
        "Provinciale Staten besluiten geen wensen en bedenkingen kenbaar te maken, of hun wensen en bedenkingen "
        "kenbaar te maken, bij het ontwerp-programma.",
        "Provinciale Staten kunnen hun wensen en bedenkingen uiterlijk 20 januari 2027 kenbaar maken.",
        "Gedeputeerde Staten stellen het programma daarna op 2 februari 2027 vast.",
        "In 2025 namen Provinciale Staten de motie 'Bodemdaling serieus nemen' aan.",
    ],
}

BEWONERSBRIEF = {
    "document": "b30-bewonersbrief",
    "file": "b30-bewonersbrief.pdf",
    "type": "letter",
    "producer": "Bewonersbrief of the Gemeente Steenbergen and Waterschap Brabantse Delta to residents of Kruisland, "
    "dated 20 November 2026; fpdf2; TWO SENDERS in letterhead and signature, 'wij' stated to mean both; "
    "sentences with 'de gemeente' / 'het waterschap' name one of them",
    "letter_date": "2026-11-20",
    "actions": [
        act("", "In het voorjaar van 2027 vervangen wij de riolering en de duikers in de Kerkstraat en de "
            "Molenstraat", "Vervangen van riolering en duikers in de Kerkstraat en de Molenstraat",
            [STEENBERGEN, BD], [], 2027, 2027),
        act("", "Het waterschap legt in 2027 en 2028 een waterberging aan ten zuiden van Kruisland",
            "Waterberging ten zuiden van Kruisland", [BD], [], 2027, 2028),
        act("", "De gemeente plant in het najaar van 2028 veertig nieuwe bomen in de Kerkstraat",
            "Veertig nieuwe bomen in de Kerkstraat", [STEENBERGEN], [], 2028, 2028),
        act("", "Vanaf 2029 onderhoudt het waterschap de sloten rond Kruisland op een ecologische manier",
            "Ecologisch onderhoud van de sloten rond Kruisland", [BD], [], 2029, None),
    ],
    "not_commitments": [
        "In 2025 hebben wij de riolering in Kruisland met camera's geïnspecteerd.",
        "Wij hopen dat veel bewoners ook zelf hun regenpijp afkoppelen.",
        "U kunt tot 15 januari 2027 reageren op het ontwerp voor de Kerkstraat.",
        "Heeft u vragen over de werkzaamheden?",
    ],
    "reported_plans": [
        "De provincie Noord-Brabant verwacht de N257 bij Kruisland in 2029 te vernieuwen.",
    ],
}

DOCS = [COLLEGEBESLUIT, MONITOR, GEBIEDSAKKOORD, STATENVOORSTEL, BEWONERSBRIEF]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
