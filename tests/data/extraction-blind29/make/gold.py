"""Hand-written gold for the five blind29 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind29/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Gooi en Vechtstreek
HILVERSUM = "Gemeente Hilversum"
GOOISE_MEREN = "Gemeente Gooise Meren"
HUIZEN = "Gemeente Huizen"
WIJDEMEREN = "Gemeente Wijdemeren"
AGV = "Waterschap Amstel, Gooi en Vecht"
PNH = "Provincie Noord-Holland"
# Twente and Kreis Borken
ENSCHEDE = "Gemeente Enschede"
LOSSER = "Gemeente Losser"
BORKEN = "Kreis Borken"
GRONAU = "Stadt Gronau (Westf.)"
VECHTSTROMEN = "Waterschap Vechtstromen"
POV = "Provincie Overijssel"
GGD_TWENTE = "GGD Twente"
EUREGIO = "EUREGIO"
# Zuid-Limburg
MAASTRICHT = "Gemeente Maastricht"
MEERSSEN = "Gemeente Meerssen"
SITTARD = "Gemeente Sittard-Geleen"
WL = "Waterschap Limburg"
PL = "Provincie Limburg"
# Gelderse Vallei
VEENENDAAL = "Gemeente Veenendaal"
EDE = "Gemeente Ede"
BARNEVELD = "Gemeente Barneveld"
WVV = "Waterschap Vallei en Veluwe"
PG = "Provincie Gelderland"
# Bommelerwaard
ZALTBOMMEL = "Gemeente Zaltbommel"
MAASDRIEL = "Gemeente Maasdriel"
WSRL = "Waterschap Rivierenland"


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


VINKJES = {
    "document": "b29-vinkjes",
    "file": "b29-vinkjes.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsprogramma Klimaatbestendig Gooi en Vechtstreek 2027-2030 (Gemeente Hilversum, Gemeente "
    "Gooise Meren, Gemeente Huizen, Gemeente Wijdemeren, Waterschap Amstel, Gooi en Vecht, Provincie "
    "Noord-Holland); HTML written by build.py → soffice, LANDSCAPE; a TICK MATRIX with one column per "
    "organisation and a symbol per role (● trekker, ✓ partner, ○ betrokken) explained in a legend above the table",
    "actions": [
        same("GV1", "Afkoppelen van regenwater in de wijk Hilversum-Oost", [HILVERSUM], [AGV], 2027, 2029),
        same("GV2", "Natuurvriendelijke oevers langs het Gooimeer bij Huizen", [HUIZEN], [AGV], 2028, 2028,
             involved=[PNH]),
        same("GV3", "Vernatting van de veenweiden rond Loosdrecht", [AGV], [WIJDEMEREN, PNH], 2027, 2030),
        same("GV4", "Hittekaart en koelteplekken voor Bussum en Naarden", [GOOISE_MEREN], [], 2028, None,
             involved=[HILVERSUM]),
        same("GV5", "Regionale aanpak van droogte op de Gooise heide", [PNH], [HILVERSUM, GOOISE_MEREN, HUIZEN],
             None, 2029, involved=[AGV]),
    ],
    "not_commitments": [
        "In 2026 hebben de vier gemeenten hun klimaatstresstesten afgerond.",
        "Vastgesteld door het Regionaal Overleg Klimaat Gooi en Vechtstreek op 12 november 2026.",
    ],
}

INTERREG = {
    "document": "b29-interreg",
    "file": "b29-interreg.pdf",
    "type": "label-blocks",
    "producer": "Interreg Deutschland-Nederland projectvoorstel 'Klimaat zonder Grenzen' 2027-2030 (Gemeente "
    "Enschede, Gemeente Losser, Kreis Borken, Stadt Gronau (Westf.), Waterschap Vechtstromen, EUREGIO, Provincie "
    "Overijssel, GGD Twente); fpdf2; work packages in MIXED ENGLISH-DUTCH with 'Lead partner' (trekker), 'Project "
    "partners' (partners), 'Associated partners' (involved) and 'Duration' ('from 2028', 'until 2030'); the "
    "project's own lead partner is not the lead of every work package",
    "actions": [
        same("WP1", "Grensoverschrijdend herstel van de Dinkel bij Losser", [VECHTSTROMEN], [LOSSER, BORKEN], 2027,
             2029),
        same("WP2", "Gezamenlijk meetnet grondwater Twente-Westmünsterland", [BORKEN], [VECHTSTROMEN], 2027, 2028,
             involved=[POV]),
        same("WP3", "Klimaatadaptieve binnenstad Enschede en Gronau", [ENSCHEDE], [GRONAU], 2028, 2030),
        same("WP4", "Grenzeloze hittewaarschuwing voor ouderen", [ENSCHEDE], [BORKEN, GRONAU], 2028, None,
             involved=[GGD_TWENTE]),
        same("WP5", "Kennisuitwisseling en evaluatie van het project", [EUREGIO], [ENSCHEDE, BORKEN], None, 2030),
    ],
    "not_commitments": [
        "In 2025 the partners completed a joint feasibility study (haalbaarheidsstudie) for the Dinkel valley.",
        "The Provincie Overijssel would like to extend the project to the Vecht after 2030.",
    ],
}

AFKORTINGEN = {
    "document": "b29-afkortingen",
    "file": "b29-afkortingen.md",
    "type": "agenda",
    "producer": "Uitvoeringsagenda Water en Hitte Zuid-Limburg 2027-2030 (Gemeente Maastricht, Gemeente Meerssen, "
    "Gemeente Sittard-Geleen, Waterschap Limburg, Provincie Limburg); Markdown; each action line ENDS WITH "
    "ABBREVIATIONS IN SQUARE BRACKETS ('[WL / MRS, PL]': trekker, then partners after the slash) defined in a list "
    "of abbreviations at the START",
    "actions": [
        same("A1", "Heraanleg van de Jeker als open beek in Maastricht", [MAASTRICHT], [WL], 2027, 2029),
        same("A2", "Regenwaterbuffers in de hellingen boven Meerssen", [WL], [MEERSSEN, PL], 2028, 2028),
        same("A3", "Groene schoolpleinen in Sittard-Geleen", [SITTARD], [], 2027, None),
        same("A4", "Erosiebestrijding op akkers in het Geuldal bij Meerssen", [PL], [WL, MEERSSEN], 2027, 2030),
        same("A5", "Hitteplan voor de binnenstad van Maastricht", [MAASTRICHT], [PL], None, 2028),
        same("A6", "Regionale monitor wateroverlast Zuid-Limburg", [WL], [MAASTRICHT, MEERSSEN, SITTARD], 2028,
             2030),
    ],
    "not_commitments": [
        "In 2026 is het Regionaal Waterplan Zuid-Limburg geëvalueerd.",
        "De provincie Limburg onderzoekt zelf of de Maas bij Eijsden verder verruimd kan worden; dat onderzoek "
        "valt buiten deze agenda.",
    ],
}

LOOPTIJD = {
    "document": "b29-looptijd",
    "file": "b29-looptijd.txt",
    "type": "text-table",
    "producer": "Uitvoeringsagenda Klimaatadaptatie Gelderse Vallei 2027-2030 (Gemeente Ede, Gemeente Veenendaal, "
    "Gemeente Barneveld, Waterschap Vallei en Veluwe, Provincie Gelderland); plain text; a whitespace table "
    "'Nr | Actie | Trekker | Partners | Looptijd' whose Looptijd is a DURATION from a start ('3 jaar vanaf 2027', "
    "'18 maanden vanaf januari 2029')",
    "actions": [
        same("V1", "Herinrichting van de Grift in Veenendaal", [VEENENDAAL], [WVV], 2027, 2029),
        same("V2", "Klimaatbestendige bedrijventerreinen in Ede", [EDE], [PG], 2028, 2029),
        same("V3", "Beekherstel van de Barneveldse Beek", [WVV], [BARNEVELD, PG], 2027, 2030),
        same("V4", "Proef met regenwatertonnen in Barneveld", [BARNEVELD], [], 2028, 2028),
        same("V5", "Droogteteam voor de Gelderse Vallei", [PG], [EDE, VEENENDAAL, WVV], 2029, 2030),
    ],
    "not_commitments": [
        "In 2026 is de regionale klimaatstresstest voor de Gelderse Vallei opgeleverd.",
        "Leeswijzer: de kolom Looptijd geeft de duur van een actie en het jaar waarin zij begint.",
    ],
}

BRIEF = {
    "document": "b29-brief",
    "file": "b29-brief.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college of B&W of Zaltbommel, Wateroverlast en droogte in de "
    "Bommelerwaard, dated 26 November 2026 (Gemeente Zaltbommel, Gemeente Maasdriel, Waterschap Rivierenland, "
    "Provincie Gelderland); fpdf2; commitments in prose, look-alikes: a council question, past work, a "
    "CONDITIONAL intention ('Als de provincie een bijdrage geeft, zouden wij ...'), a wish and a reported plan",
    "letter_date": "2026-11-26",
    "actions": [
        act("", "In 2027 vervangen wij de riolering in de Oliestraat door een gescheiden stelsel",
            "Riolering Oliestraat vervangen door een gescheiden stelsel", [ZALTBOMMEL], [], 2027, 2027),
        act("", "Samen met Waterschap Rivierenland leggen wij in 2027 en 2028 een waterberging aan in het "
            "Zaltbommelse Waard", "Waterberging in het Zaltbommelse Waard", [ZALTBOMMEL], [WSRL], 2027, 2028),
        act("", "Vanaf 2028 geven wij inwoners van Brakel en Zuilichem een subsidie voor het afkoppelen van hun "
            "dak", "Subsidie afkoppelen daken Brakel en Zuilichem", [ZALTBOMMEL], [], 2028, None),
        act("", "Met de gemeente Maasdriel en de provincie Gelderland stellen wij uiterlijk 2028 een droogteplan "
            "voor de Bommelerwaard op", "Droogteplan Bommelerwaard", [ZALTBOMMEL], [MAASDRIEL, PG], None, 2028),
    ],
    "not_commitments": [
        "wanneer pakt de gemeente de wateroverlast in de Oliestraat aan?",
        "In 2025 hebben wij de riolering in de binnenstad geïnspecteerd.",
        "Als de provincie een bijdrage geeft, zouden wij in 2029 ook de Waalkade kunnen vergroenen.",
        "Wij hopen dat meer inwoners een regenton plaatsen.",
    ],
    "reported_plans": [
        "Waterschap Rivierenland versterkt de Waaldijk tussen Zaltbommel en Haaften; dat werk is naar verwachting "
        "in 2030 klaar.",
    ],
}

DOCS = [VINKJES, INTERREG, AFKORTINGEN, LOOPTIJD, BRIEF]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
