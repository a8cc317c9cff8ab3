"""Hand-written gold for the five blind34 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind34/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Baarle-Nassau, Alphen-Chaam, Zundert (Noord-Brabant)
BAARLE = "Gemeente Baarle-Nassau"
ALPHEN = "Gemeente Alphen-Chaam"
ZUNDERT = "Gemeente Zundert"
WBD = "Waterschap Brabantse Delta"
PNB = "Provincie Noord-Brabant"
SBL = "Stichting Brabants Landschap"
# Terschelling (Fryslân)
TERSCHELLING = "Gemeente Terschelling"
WF = "Wetterskip Fryslân"
PFR = "Provincie Fryslân"
SBB = "Staatsbosbeheer"
# Zeist and De Bilt (Utrecht)
ZEIST = "Gemeente Zeist"
DEBILT = "Gemeente De Bilt"
PUT = "Provincie Utrecht"
HDSR = "Hoogheemraadschap De Stichtse Rijnlanden"
UL = "Stichting Het Utrechts Landschap"
# West-Friesland Oost (Noord-Holland)
DRECHTERLAND = "Gemeente Drechterland"
ENKHUIZEN = "Gemeente Enkhuizen"
STEDEBROEC = "Gemeente Stede Broec"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
PNH = "Provincie Noord-Holland"
# Wassenaar and Voorschoten (Zuid-Holland)
WASSENAAR = "Gemeente Wassenaar"
VOORSCHOTEN = "Gemeente Voorschoten"
RIJNLAND = "Hoogheemraadschap van Rijnland"
PZH = "Provincie Zuid-Holland"
DUNEA = "Dunea"


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
    "document": "b34-uitvoeringsagenda",
    "file": "b34-uitvoeringsagenda.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Droogte en Beekdalen Baarle-Nassau, Alphen-Chaam en Zundert 2027-2030 (Gemeente "
    "Baarle-Nassau, Gemeente Alphen-Chaam, Gemeente Zundert, Waterschap Brabantse Delta, Provincie Noord-Brabant, "
    "Stichting Brabants Landschap); Word document (.docx by python-docx) → soffice, two pages: Heading styles, an "
    "INHOUDSOPGAVE whose lines repeat the chapter headings with page numbers, a footer with a page field, and a "
    "ruled table with a bold header row whose Trekker cell of DB-1 is merged vertically over DB-2 and DB-3",
    "actions": [
        same("DB-1", "Hermeandering van de Bavelse Leij tussen Strijbeek en de Belgische grens", [WBD], [ALPHEN],
             2027, 2029),
        same("DB-2", "Stuwen plaatsen in de bovenloop van de Aa of Weerijs bij Zundert", [WBD], [ZUNDERT, PNB],
             2027, 2028),
        same("DB-3", "Peilgestuurde drainage op landbouwpercelen rond Baarle-Nassau", [WBD], [BAARLE], 2028, None),
        same("DB-4", "Vernatting van het Chaamse beekdal en omvorming van naaldbos naar loofbos", [SBL],
             [ALPHEN, WBD], 2028, 2030),
        same("DB-5", "Regenwater afkoppelen in de kern Zundert en de aanleg van twee wadi's", [ZUNDERT], [WBD],
             2027, 2027),
        same("DB-6", "Grensoverschrijdend droogteplan met de Belgische buurgemeenten van Baarle", [BAARLE], [],
             None, 2029),
    ],
    "not_commitments": [
        "Deze uitvoeringsagenda is op 17 november 2026 vastgesteld door de drie colleges, het dagelijks bestuur van "
        "Waterschap Brabantse Delta en Gedeputeerde Staten van Noord-Brabant.",
        "In 2025 en 2026 vielen de Bavelse Leij en de Aa of Weerijs in de zomer over lange trajecten droog.",
        "De partijen rapporteren elk jaar in maart over de voortgang aan de drie gemeenteraden.",
        "De provincie wil later ook de gemeente Breda bij de agenda betrekken.",
    ],
}

RAADSINFORMATIEBRIEF = {
    "document": "b34-raadsinformatiebrief",
    "file": "b34-raadsinformatiebrief.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college of B&W of Terschelling to the gemeenteraad, zoetwater en "
    "duinen op Terschelling, dated 26 November 2026 (Gemeente Terschelling, Wetterskip Fryslân, Provincie "
    "Fryslân, Staatsbosbeheer; Vitens only in a reported plan); Word document (.docx by python-docx) → soffice, "
    "Heading 2 questions, a running header and a footer with a page field; prose commitments ('wij' = the "
    "gemeente), one of which REPLACES an earlier announced plan ('In plaats van die installatie ...'): the earlier "
    "plan is a past announcement, not a commitment",
    "letter_date": "2026-11-26",
    "actions": [
        act("", "In plaats van die installatie leggen wij in 2028 samen met Wetterskip Fryslân een zoetwaterbuffer "
            "in de duinen bij Midsland aan", "Zoetwaterbuffer in de duinen bij Midsland", [TERSCHELLING], [WF],
            2028, 2028),
        act("", "Wij stellen in 2027 met Staatsbosbeheer een beheerplan op voor de duinvalleien tussen Formerum en "
            "Hoorn", "Beheerplan voor de duinvalleien tussen Formerum en Hoorn", [TERSCHELLING], [SBB], 2027, 2027),
        act("", "In 2027 en 2028 vervangen wij de riolering in de Torenstraat in West-Terschelling door een "
            "gescheiden stelsel", "Gescheiden stelsel in de Torenstraat in West-Terschelling", [TERSCHELLING], [],
            2027, 2028),
        act("", "Samen met de Provincie Fryslân starten wij in 2029 een subsidieregeling voor regenwateropvang bij "
            "vakantieparken", "Subsidieregeling voor regenwateropvang bij vakantieparken", [TERSCHELLING], [PFR],
            2029, None),
        act("", "Wetterskip Fryslân en wij hebben afgesproken dat het Wetterskip uiterlijk 2028 de gemalen bij "
            "Oosterend verduurzaamt", "Verduurzaming van de gemalen bij Oosterend", [WF], [], None, 2028),
    ],
    "not_commitments": [
        "Met deze brief informeren wij u over de zoetwatervoorziening op het eiland.",
        "In de raadsinformatiebrief van 12 maart 2026 kondigden wij een ontziltingsinstallatie bij West-Terschelling "
        "aan.",
        "In de zomer van 2026 was het grondwater in de duinen bij Hoorn op veel plaatsen brak.",
        "De Provincie Fryslân overweegt een zoetwaterpilot op Ameland.",
        "Wij houden u via de jaarrekening op de hoogte van de voortgang.",
    ],
    "reported_plans": [
        "Vitens onderzoekt tot 2029 een tweede drinkwaterleiding vanaf de vaste wal.",
    ],
}

WERKPROGRAMMA = {
    "document": "b34-werkprogramma",
    "file": "b34-werkprogramma.pdf",
    "type": "libreoffice-pdf",
    "producer": "Werkprogramma Hitte en Groen Zeist en De Bilt 2027-2029 (Gemeente Zeist, Gemeente De Bilt, "
    "Provincie Utrecht, Hoogheemraadschap De Stichtse Rijnlanden, Stichting Het Utrechts Landschap); Word document "
    "(.docx by python-docx) → soffice: main actions '1.', '2.' as Heading 2, sub-actions '1.1', '1.2' in a "
    "bulleted list, each with bulleted BOLD RUN-IN labels ('Trekker:', 'Partners:', 'Planning:' then plain text); "
    "a sub-action WITHOUT its own 'Trekker:' line INHERITS the trekker of its main action (the introduction says "
    "so), while partners are not inherited; sub-actions are part_of their main action",
    "actions": [
        same("1", "Vergroenen van de schoolpleinen in Zeist en De Bilt", [ZEIST], [DEBILT], 2027, 2029),
        same("1.1", "Ontwerp van zes groene schoolpleinen in Zeist-West", [ZEIST], [], 2027, 2027,
             deps=[("part_of", "1")]),
        same("1.2", "Aanleg van vier groene schoolpleinen in Bilthoven", [DEBILT], [], 2028, 2029,
             deps=[("part_of", "1")]),
        same("2", "Koele routes en schaduw langs de Utrechtseweg en de Amersfoortseweg", [PUT], [ZEIST, DEBILT],
             2027, 2029),
        same("2.1", "Bomenplan voor de Utrechtseweg tussen Zeist en De Bilt", [PUT], [UL], 2027, 2027,
             deps=[("part_of", "2")]),
        same("2.2", "Waterpasserende verharding en infiltratie langs de Amersfoortseweg", [PUT], [HDSR], 2028, None,
             deps=[("part_of", "2")]),
    ],
    "not_commitments": [
        "In 2026 is voor beide gemeenten een hittekaart gemaakt.",
        "De stuurgroep bespreekt het werkprogramma twee keer per jaar.",
        "De gemeente De Bilt wil onderzoeken of ook de wijk Groenekan mee kan doen.",
    ],
}

BESTUURSAKKOORD = {
    "document": "b34-bestuursakkoord",
    "file": "b34-bestuursakkoord.md",
    "type": "label-blocks",
    "producer": "Bestuursakkoord Dijkversterking en Ruimte West-Friesland Oost 2027-2031, signed at Enkhuizen on 30 "
    "November 2026 (Gemeente Drechterland, Gemeente Enkhuizen, Gemeente Stede Broec, Hoogheemraadschap Hollands "
    "Noorderkwartier, Provincie Noord-Holland); Markdown written by build.py: numbered parties, '## Artikel n' "
    "headings and numbered leden 'n.m'; Artikel 1 BEGRIPSBEPALINGEN defines the short names ('de Gemeenten' = the "
    "three gemeenten together, 'het Hoogheemraadschap', 'de Provincie') that the leden use",
    "actions": [
        act("3.1", "Het Hoogheemraadschap versterkt in 2028-2030 de Westfriese Omringdijk tussen Enkhuizen en Andijk",
            "Versterking van de Westfriese Omringdijk tussen Enkhuizen en Andijk", [HHNK],
            [DRECHTERLAND, ENKHUIZEN, STEDEBROEC], 2028, 2030),
        act("3.2", "De Gemeenten stellen uiterlijk 2028 een gezamenlijk ruimtelijk kader op voor de buitendijkse "
            "gebieden langs het Markermeer", "Ruimtelijk kader voor de buitendijkse gebieden langs het Markermeer",
            [DRECHTERLAND, ENKHUIZEN, STEDEBROEC], [], None, 2028),
        act("4.1", "De Gemeente Stede Broec legt vanaf 2027 in Bovenkarspel en Grootebroek extra waterberging aan",
            "Extra waterberging in Bovenkarspel en Grootebroek", [STEDEBROEC], [HHNK], 2027, None),
        act("4.2", "De Gemeente Enkhuizen voert in 2027-2029 in opdracht van de Provincie een programma voor "
            "klimaatbestendige bedrijventerreinen in Enkhuizen en Drechterland uit", "Programma klimaatbestendige bedrijventerreinen in Enkhuizen en "
            "Drechterland", [ENKHUIZEN], [], 2027, 2029, commissioners=[PNH]),
        act("5.1", "De Provincie en het Hoogheemraadschap ontwikkelen in 2029 een natuurvriendelijke oever langs de "
            "dijk bij Hem", "Natuurvriendelijke oever langs de dijk bij Hem", [PNH, HHNK], [DRECHTERLAND],
            2029, 2029),
    ],
    "not_commitments": [
        "Partijen werken samen aan een veilige dijk en een klimaatbestendige inrichting van de kernen.",
        "In 2025 hebben Partijen een gezamenlijke verkenning naar de dijkversterking afgerond.",
        "Dit akkoord treedt in werking op de dag na ondertekening.",
        "Partijen evalueren het akkoord in het laatste jaar van de looptijd.",
    ],
}

ACTIELIJST = {
    "document": "b34-actielijst",
    "file": "b34-actielijst.txt",
    "type": "label-blocks",
    "producer": "Actielijst Bestuurlijk Overleg Water Wassenaar-Voorschoten, meeting of 19 November 2026 (Gemeente "
    "Wassenaar, Gemeente Voorschoten, Hoogheemraadschap van Rijnland, Provincie Zuid-Holland, Dunea); plain text "
    "written by build.py: a CHECKLIST grouped under 'Actiehouder: X' headings, each item '[ ] code  text' with a "
    "'met: ...   gereed: year' line under it; a legend says '[x]' = afgerond: the two ticked items are done, "
    "not commitments",
    "actions": [
        same("BO-01", "Klimaatadaptatieplan voor de wijk Kerkehout opstellen", [WASSENAAR], [RIJNLAND], None, 2027),
        same("BO-03", "Regenwater afkoppelen in de Van Zuylen van Nijeveltstraat", [WASSENAAR], [], None, 2028),
        same("BO-04", "Natuurvriendelijke oevers aanleggen langs de Vliet bij Vlietwijk", [VOORSCHOTEN],
             [RIJNLAND, PZH], None, 2029),
        same("BO-06", "Gemaal Zijlhoek vervangen door een duurzaam gemaal", [RIJNLAND], [VOORSCHOTEN], None, 2028),
        same("BO-07", "Peilbesluit voor de polder Wassenaar voorbereiden", [RIJNLAND], [WASSENAAR, DUNEA], None,
             2027),
    ],
    "not_commitments": [
        "Hittescan van de dorpskern laten uitvoeren",
        "Inloopavond wateroverlast Noord-Hofland organiseren",
        "Volgend overleg: 11 maart 2027.",
        "De gemeente Wassenaar vraagt of Dunea ook aan het volgende overleg kan deelnemen.",
    ],
}

DOCS = [UITVOERINGSAGENDA, RAADSINFORMATIEBRIEF, WERKPROGRAMMA, BESTUURSAKKOORD, ACTIELIJST]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
