"""Hand-written gold for the five blind40 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind40/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk and national bodies
IENW = "Ministerie van Infrastructuur en Waterstaat"
LVVN = "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"
PRORAIL = "ProRail"
SBB = "Staatsbosbeheer"
NM = "Vereniging Natuurmonumenten"
# Westfriesland (Noord-Holland)
HOORN = "Gemeente Hoorn"
KOGGENLAND = "Gemeente Koggenland"
MEDEMBLIK = "Gemeente Medemblik"
OPMEER = "Gemeente Opmeer"
PNH = "Provincie Noord-Holland"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
# Leerdam / Lingelijn
VHL = "Gemeente Vijfheerenlanden"
PUT = "Provincie Utrecht"
PZH = "Provincie Zuid-Holland"
WSRL = "Waterschap Rivierenland"
# Zuidwest-Fryslân
PFR = "Provincie Fryslân"
SWF = "Gemeente Súdwest-Fryslân"
DFM = "Gemeente De Fryske Marren"
WF = "Wetterskip Fryslân"
# Stichtse Vecht (Utrecht)
HDSR = "Hoogheemraadschap De Stichtse Rijnlanden"
# Amsterdam
AMSTERDAM = "Gemeente Amsterdam"
HAVEN = "Havenbedrijf Amsterdam N.V."
LIANDER = "Liander N.V."
BLN = "Koninklijke BLN-Schuttevaer"


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


NIEUWSBRIEF = {
    "document": "b40-nieuwsbrief",
    "file": "b40-nieuwsbrief.pdf",
    "type": "unruled-pdf",
    "producer": "Nieuwsbrief Bereikbaar Westfriesland nr. 4, December 2026, of a regional programme (Gemeente Hoorn, "
    "Gemeente Koggenland, Gemeente Medemblik, Gemeente Opmeer, Provincie Noord-Holland, Hoogheemraadschap "
    "Hollands Noorderkwartier; ProRail as partner of one plan); fpdf2 with DejaVu Sans, one page laid out in TWO "
    "text columns with short headed news items in prose; one plan of the hoogheemraadschap is only told by a "
    "wethouder of Opmeer ('vertelde ... dat ...'), who holds no role in it; past items, an event and the next "
    "issue are no actions",
    "actions": [
        act("", "Vanaf maart 2027 bouwt de Gemeente Hoorn samen met ProRail een nieuwe fietsenstalling bij station "
            "Hoorn Kersenboogerd", "Fietsenstalling station Hoorn Kersenboogerd", [HOORN], [PRORAIL], 2027, None),
        act("", "De Provincie Noord-Holland gaat samen met de Gemeente Koggenland in 2027 en 2028 de N194 tussen "
            "Avenhorn en Obdam veiliger maken", "Verkeersveiligheid N194 Avenhorn-Obdam", [PNH], [KOGGENLAND],
            2027, 2028),
        act("", "het Hoogheemraadschap Hollands Noorderkwartier uiterlijk 2028 de Westfriese Omringdijk bij "
            "Spanbroek versterkt", "Versterking Westfriese Omringdijk bij Spanbroek", [HHNK], [], None, 2028),
        act("", "De Gemeente Medemblik start in 2027 met de bouw van 450 woningen in Wognum-Noord, waarbij de "
            "Provincie Noord-Holland betrokken is", "Bouw 450 woningen Wognum-Noord", [MEDEMBLIK], [], 2027, None,
            involved=[PNH]),
        act("", "De Gemeente Opmeer en de Gemeente Koggenland stellen samen in 2028 een woonvisie voor de kleine "
            "kernen op", "Woonvisie kleine kernen Opmeer en Koggenland", [OPMEER, KOGGENLAND], [], 2028, 2028),
        act("", "Van 2027 tot en met 2029 vernieuwt het Hoogheemraadschap Hollands Noorderkwartier samen met de "
            "Gemeente Medemblik de gemalen in de Vier Noorder Koggen", "Vernieuwing gemalen Vier Noorder Koggen",
            [HHNK], [MEDEMBLIK], 2027, 2029),
    ],
    "not_commitments": [
        "In september 2026 is de eerste fase van de snelfietsroute tussen Hoorn en Zwaag opgeleverd.",
        "Op 21 januari 2027 houden we in Avenhorn een avond voor inwoners over alle plannen.",
        "De Gemeente Opmeer heeft in november 2026 haar mobiliteitsplan vastgesteld.",
        "De volgende nieuwsbrief verschijnt in maart 2027.",
    ],
}

BESTUURSOVERLEG = {
    "document": "b40-bestuursoverleg",
    "file": "b40-bestuursoverleg.pdf",
    "type": "unruled-pdf",
    "producer": "Slides of the Bestuurlijk overleg Lingelijn en Leerdam, 10 December 2026 (Gemeente "
    "Vijfheerenlanden, Provincie Zuid-Holland, Provincie Utrecht, Waterschap Rivierenland, ProRail); fpdf2 with "
    "DejaVu Sans, three landscape pages, one slide each: big title bar, bullets 'Actie n.m: ...' with sub-bullets "
    "'Trekker: ...' and 'Wanneer: ...'; one Wanneer is 'na afronding van actie 2.1' (starts after, no year); one "
    "bullet is 'Geparkeerd:' (parked, no action)",
    "actions": [
        same("1.1", "Verlenging van de perrons van station Leerdam", [PRORAIL], [], 2028, 2028),
        same("1.2", "Ontwerp van een nieuwe fietsenstalling bij station Leerdam", [VHL], [PRORAIL], None, 2027),
        same("2.1", "Versterking van de Lingedijk tussen Leerdam en Asperen", [WSRL], [], 2027, 2030),
        same("2.2", "Herinrichting van de dijkweg tussen Leerdam en Asperen", [VHL], [], None, None,
             deps=[("starts_after", "2.1")]),
        same("3.1", "Inzet van elektrische treinen op de Lingelijn", [PZH], [PUT], 2029, None),
    ],
    "not_commitments": [
        "Geparkeerd: Tweede spoor tussen Leerdam en Geldermalsen",
    ],
}

UITVOERINGSPROGRAMMA = {
    "document": "b40-uitvoeringsprogramma",
    "file": "b40-uitvoeringsprogramma.md",
    "type": "label-blocks",
    "producer": "Uitvoeringsprogramma Vaarrecreatie Zuidwest-Fryslân 2027-2030 of the Provincie Fryslân (Gemeente "
    "Súdwest-Fryslân, Gemeente De Fryske Marren, Wetterskip Fryslân); Markdown written by build.py: actions as "
    "headings '### Actie n.m – title' followed by 'Rol provincie:', 'Rol gemeenten:' and 'Planning:' paragraphs "
    "with the role words inside sentences; the intro defines 'de gemeenten' as the two gemeenten; in action 5.1 "
    "the province WAS trekker and another body is trekker from 2027; action 5.3 is finished",
    "actions": [
        same("4.1", "Verdieping van de vaarweg tussen Sneek en Heeg", [PFR], [SWF, DFM], 2027, 2028),
        same("4.2", "Vervanging van de beweegbare brug bij Uitwellingerga", [SWF], [], None, 2029, involved=[PFR]),
        same("4.3", "Nieuwe passantenligplaatsen in de haven van Lemmer", [DFM], [PFR], 2028, None),
        same("5.1", "Natuurvriendelijke oevers langs het Heegermeer", [WF], [PFR], 2027, 2030,
             involved=[SWF, DFM]),
        same("5.2", "Vaarroute-informatie en bebording rond Sneek", [SWF], [], 2027, 2027, involved=[PFR]),
    ],
    "not_commitments": [
        "Dit uitvoeringsprogramma is op 24 november 2026 vastgesteld door Gedeputeerde Staten van de Provincie "
        "Fryslân.",
        "Vaarverbinding tussen Sneek en IJlst",
        "Deze actie is in 2026 afgerond en staat hier alleen ter informatie.",
        "Gedeputeerde Staten rapporteren jaarlijks over de voortgang aan Provinciale Staten.",
    ],
}

KAMERBRIEF = {
    "document": "b40-kamerbrief",
    "file": "b40-kamerbrief.txt",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Landbouw, Visserij, Voedselzekerheid en Natuur to the Tweede Kamer "
    "answering Kamervragen on bodemdaling in the veenweidegebied of Stichtse Vecht, dated 8 December 2026 "
    "(Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur, Provincie Utrecht, Hoogheemraadschap De "
    "Stichtse Rijnlanden, Vereniging Natuurmonumenten, Staatsbosbeheer); plain text written by build.py: 'Vraag "
    "n' / 'Antwoord n' blocks; the minister's own commitments stand in answers 2, 4 and 6; answers 3 and 5 only "
    "report plans of the hoogheemraadschap and the province; question 5 itself states a plan the answer denies; "
    "answer 7 only refers to answer 2",
    "letter_date": "2026-12-08",
    "actions": [
        act("", "Ik start in 2027 samen met de Provincie Utrecht een pilot met onderwaterdrainage bij tien "
            "melkveebedrijven rond Kockengen", "Pilot onderwaterdrainage rond Kockengen", [LVVN], [PUT], 2027, None),
        act("", "De uitkomsten van de pilot verwerk ik uiterlijk 2029 in een landelijke handreiking voor "
            "veenweidegebieden", "Landelijke handreiking veenweidegebieden", [LVVN], [], None, 2029),
        act("", "Ik stel uiterlijk 2027 een subsidieregeling op voor melkveehouders in veenweidegebieden die "
            "overstappen op natte teelten", "Subsidieregeling natte teelten", [LVVN], [], None, 2027),
        act("", "Ik richt in 2027 en 2028 samen met Vereniging Natuurmonumenten en Staatsbosbeheer een "
            "kennisprogramma over natte natuur in veenweidegebieden in, waarbij de Provincie Utrecht betrokken is",
            "Kennisprogramma natte natuur in veenweidegebieden", [LVVN], [NM, SBB], 2027, 2028, involved=[PUT]),
    ],
    "not_commitments": [
        "Hierbij beantwoord ik de vragen van het lid De Vries over bodemdaling in het veenweidegebied van Stichtse "
        "Vecht (ingezonden 13 november 2026).",
        "Klopt het dat de Provincie Utrecht in 2027 stopt met de subsidie voor kruidenrijk grasland?",
        "Zie het antwoord op vraag 2.",
    ],
    "reported_plans": [
        "Het Hoogheemraadschap De Stichtse Rijnlanden verwacht in 2028 het peilbesluit voor de polders rond "
        "Kockengen te herzien.",
        "De Provincie Utrecht heeft mij laten weten dat zij de regeling voortzet tot en met 2028.",
    ],
}

CONVENANT = {
    "document": "b40-convenant",
    "file": "b40-convenant.pdf",
    "type": "libreoffice-pdf",
    "producer": "Convenant Walstroom Riviercruisevaart Amsterdam 2027-2030, signed 30 November 2026 (Gemeente "
    "Amsterdam, Havenbedrijf Amsterdam N.V., Liander N.V., Koninklijke BLN-Schuttevaer, Ministerie van "
    "Infrastructuur en Waterstaat); HTML written by build.py → soffice, one page: 'Overwegende dat' clauses and a "
    "ruled table 'Partij | Inspanning | Termijn'; the Havenbedrijf has two rows under ONE merged party cell "
    "(rowspan); the ministry's row only states a contribution granted in 2026",
    "actions": [
        act("", "Legt samen met Liander N.V. walstroomaansluitingen aan op de ligplaatsen aan de Veemkade",
            "Walstroomaansluitingen Veemkade", [HAVEN], [LIANDER], 2027, 2028),
        act("", "Voert een korting op het havengeld in voor riviercruiseschepen die walstroom gebruiken",
            "Korting havengeld bij walstroomgebruik", [HAVEN], [], 2028, None),
        act("", "Neemt een plicht tot walstroomgebruik op in de verordening voor de binnenhavens",
            "Walstroomplicht in verordening binnenhavens", [AMSTERDAM], [], 2029, None),
        act("", "Verzwaart de netaansluiting van het walstroomstation aan de Veemkade",
            "Verzwaring netaansluiting walstroomstation Veemkade", [LIANDER], [], None, 2027),
        act("", "Informeert de riviercruisereders over de walstroomplicht en de korting op het havengeld",
            "Informatie aan riviercruisereders", [BLN], [], 2027, 2029),
    ],
    "not_commitments": [
        "Overwegende dat de Gemeente Amsterdam in 2025 heeft besloten het aantal ligplaatsen voor "
        "riviercruiseschepen te beperken;",
        "Heeft in 2026 een bijdrage van 2 miljoen euro voor de walstroomaansluitingen toegekend",
        "Dit convenant is ondertekend te Amsterdam op 30 november 2026.",
    ],
}

DOCS = [NIEUWSBRIEF, BESTUURSOVERLEG, UITVOERINGSPROGRAMMA, KAMERBRIEF, CONVENANT]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
