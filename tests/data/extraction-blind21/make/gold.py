"""The blind21 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Hof van Twente (b21-rolkolom)
HVT = "Gemeente Hof van Twente"
GGDT = "GGD Twente"
WVS = "Waterschap Vechtstromen"
LO = "Landschap Overijssel"
VITENS = "Vitens"
PO = "Provincie Overijssel"
LTO = "LTO Noord"
# Lochem (b21-eigenaar)
LOCHEM = "Gemeente Lochem"
PG = "Provincie Gelderland"
WRIJ = "Waterschap Rijn en IJssel"
NM = "Vereniging Natuurmonumenten"
GGDNOG = "GGD Noord- en Oost-Gelderland"
# Tynaarlo (b21-wijgaan) and Assen (b21-voetnoot)
TYNAARLO = "Gemeente Tynaarlo"
HUNZE = "Waterschap Hunze en Aa's"
HDL = "Het Drentse Landschap"
GGDD = "GGD Drenthe"
WMD = "Waterleidingmaatschappij Drenthe"
ASSEN = "Gemeente Assen"
PD = "Provincie Drenthe"
# Borger-Odoorn (b21-trekker)
BO = "Gemeente Borger-Odoorn"
SBB = "Staatsbosbeheer"


def act(
    code,
    anchor,
    title,
    lead,
    partners=(),
    start=None,
    end=None,
    *,
    involved=(),
    commissioners=(),
    support=(),
    ambiguous=False,
    deps=(),
):
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


ROLKOLOM = {
    "document": "b21-rolkolom",
    "file": "b21-rolkolom.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsprogramma Klimaatadaptatie Hof van Twente 2027-2030 (Gemeente Hof van Twente, Waterschap "
    "Vechtstromen, Provincie Overijssel, Vitens, GGD Twente, Landschap Overijssel, LTO Noord); HTML written by "
    "build.py → soffice; a ruled table 'Actie | Partij | Rol' with a full-width row per action (title and period) "
    "and under it one row per party with its Rol: Trekker, Partner or Betrokken",
    "actions": [
        same("1", "Hittekaart en hitteplan voor Goor en Delden", [HVT], [GGDT], 2027, 2027),
        same("2", "Waterberging langs de Regge bij Goor", [WVS], [HVT], 2027, 2029, involved=[LO]),
        same("3", "Afkoppelen van regenwater in Markelo", [HVT], [WVS], 2028, 2030),
        same(
            "4",
            "Beschermen van de drinkwaterwinning bij Diepenheim",
            [VITENS],
            [PO],
            2028,
            2028,
            involved=[HVT],
        ),
        same("5", "Droogtebestendige landbouw in het buitengebied", [PO], [LTO, WVS], 2027, 2030),
    ],
    "not_commitments": [
        "De hevige bui van juni 2026 zette in Goor tientallen kelders onder water.",
        "Een betrokken partij wordt geraadpleegd maar levert geen capaciteit.",
        "De raad krijgt elk voorjaar een voortgangsrapportage.",
    ],
}

EIGENAAR = {
    "document": "b21-eigenaar",
    "file": "b21-eigenaar.pdf",
    "type": "libreoffice-pdf",
    "producer": "Gebiedsagenda Water en Natuur Lochem 2027-2030 (Gemeente Lochem, Waterschap Rijn en IJssel, Provincie "
    "Gelderland, Vereniging Natuurmonumenten, GGD Noord- en Oost-Gelderland); HTML written by build.py → soffice; "
    "a ruled table 'Nr. | Actie | Eigenaar | Uitvoerder | Planning' with owner and executor in separate columns "
    "(twice the same party) and seasonal periods across years ('najaar 2027 – voorjaar 2028')",
    "actions": [
        same("L1", "Herstel van de Berkel bij Lochem", [WRIJ], [], 2027, 2028, commissioners=[PG]),
        same("L2", "Groenblauwe schoolpleinen in Lochem en Laren", [LOCHEM], [], 2027, 2029),
        same("L3", "Natuurherstel op de Lochemse Berg", [NM], [], 2028, 2029, commissioners=[LOCHEM]),
        same("L4", "Peilgestuurde drainage bij Barchem", [WRIJ], [], 2028, 2030),
        same("L5", "Regionale hitteaanpak voor ouderen", [GGDNOG], [], 2027, 2028, commissioners=[LOCHEM]),
    ],
    "not_commitments": [
        "De Berkel viel in augustus 2026 bij Lochem bijna droog.",
        "De partners evalueren de agenda in 2029.",
    ],
}

WIJGAAN = {
    "document": "b21-wijgaan",
    "file": "b21-wijgaan.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college of burgemeester en wethouders of Tynaarlo to the gemeenteraad, "
    "water en klimaat, dated 19 November 2026; HTML written by build.py → soffice; the commitments are the bullets "
    "under 'Wij gaan:', each opening with its period ('in 2027', 'vanaf 2027', 'in 2027 en 2028', 'uiterlijk 2028'); "
    "one plan of the province after the list",
    "letter_date": "2026-11-19",
    "actions": [
        act(
            "",
            "samen met Waterschap Hunze en Aa's de beekdalen van het Drentsche Aa-gebied bij Zuidlaren herstellen",
            "Herstel beekdalen Drentsche Aa bij Zuidlaren",
            [TYNAARLO],
            [HUNZE],
            2027,
            2027,
        ),
        act(
            "",
            "in Eelde en Paterswolde bij elke rioolvervanging het regenwater afkoppelen",
            "Regenwater afkoppelen in Eelde en Paterswolde",
            [TYNAARLO],
            [],
            2027,
            None,
        ),
        act(
            "",
            "met Het Drentse Landschap de houtwallen rond Vries herstellen",
            "Herstel houtwallen rond Vries",
            [TYNAARLO],
            [HDL],
            2027,
            2028,
        ),
        act(
            "",
            "een hitteplan vaststellen, samen met GGD Drenthe",
            "Hitteplan",
            [TYNAARLO],
            [GGDD],
            None,
            2028,
        ),
        act(
            "",
            "met de WMD een proef met regenwateropvang bij scholen doen",
            "Proef regenwateropvang bij scholen",
            [TYNAARLO],
            [WMD],
            2028,
            2028,
        ),
    ],
    "not_commitments": [
        "In 2026 viel in Tynaarlo een derde minder regen dan gemiddeld.",
        "In de raadsvergadering van oktober vroeg u ons wat het college gaat doen.",
        "Wij informeren u volgend jaar over de voortgang.",
    ],
    "reported_plans": ["De provincie Drenthe werkt aan een nieuwe omgevingsverordening voor grondwater."],
}

VOETNOOT = {
    "document": "b21-voetnoot",
    "file": "b21-voetnoot.pdf",
    "type": "ruled-pdf",
    "producer": "Actielijst bestuurlijk overleg water Assen, 18 November 2026 (Gemeente Assen, Waterschap Hunze en "
    "Aa's, Waterleidingmaatschappij Drenthe, Provincie Drenthe); fpdf2 table() 'Nr. | Actie | Actiehouder | Gereed' "
    "whose actiehouder is an abbreviation with an asterisk ('WHA*', 'WMD*', 'PDr*') explained only in a footnote "
    "under the table",
    "actions": [
        same("BO-1", "Opstellen van een gezamenlijke droogteaanpak voor Assen", [HUNZE], [], None, 2027),
        same("BO-2", "Aanleg van een waterberging bij het Witterveld", [HUNZE], [], None, 2028),
        same("BO-3", "Hittescan van de binnenstad van Assen", [ASSEN], [], None, 2027),
        same("BO-4", "Onderzoek naar minder grondwateronttrekking bij Assen", [WMD], [], None, 2028),
        same("BO-5", "Subsidieregeling groene daken uitwerken", [PD], [], None, 2027),
    ],
    "not_commitments": [
        "de grondwaterstand bij Assen in 2026 laag was",
        "Het volgende overleg is in maart 2027.",
    ],
}

TREKKER = {
    "document": "b21-trekker",
    "file": "b21-trekker.md",
    "type": "label-blocks",
    "producer": "Werkplan Water en Bodem Zuidoost-Drenthe 2027-2029 (Gemeente Borger-Odoorn, Waterschap Vechtstromen, "
    "Provincie Drenthe, Staatsbosbeheer, LTO Noord); Markdown written by build.py; a Word-like numbered list "
    "'1.1', '1.2', '2.1' with lines 'Trekker:', 'Betrokken:' and 'Planning:' under each title; 'na afronding van "
    "2.1'",
    "actions": [
        same(
            "1.1", "Stuwen plaatsen in de Voorste Diep bij Borger", [WVS], [], 2027, 2028, involved=[BO, SBB]
        ),
        same("1.2", "Regenwater afkoppelen in Nieuw-Buinen", [BO], [], 2028, 2029, involved=[WVS]),
        same(
            "1.3", "Herstel van het Drouwenerzand als infiltratiegebied", [SBB], [], 2027, 2029, involved=[PD]
        ),
        same(
            "2.1",
            "Bodemadvies voor akkerbouwers in de Veenkoloniën",
            [PD],
            [],
            2027,
            2027,
            involved=[LTO, WVS],
        ),
        same(
            "2.2",
            "Proef met peilgestuurde drainage bij Exloo",
            [WVS],
            [],
            2028,
            2028,
            involved=[LTO],
            deps=[("starts_after", "2.1")],
        ),
    ],
    "not_commitments": [
        "In 2026 werden in de Veenkoloniën drie beregeningsverboden afgekondigd.",
        "De partners betalen elk een derde van de kosten.",
    ],
}

DOCS = [ROLKOLOM, EIGENAAR, WIJGAAN, VOETNOOT, TREKKER]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.name, len(doc["actions"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
