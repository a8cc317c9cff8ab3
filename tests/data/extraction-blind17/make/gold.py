"""The blind17 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Land van Maas en Waal (b17-kwartaalgantt)
DRUTEN = "Gemeente Druten"
WESTMAASENWAAL = "Gemeente West Maas en Waal"
BEUNINGEN = "Gemeente Beuningen"
WIJCHEN = "Gemeente Wijchen"
WSRL = "Waterschap Rivierenland"
PG = "Provincie Gelderland"
RWS = "Rijkswaterstaat"
NFO = "Nederlandse Fruittelers Organisatie"
# Noordwest-Fryslân (b17-nieuwsbrief)
LEEUWARDEN = "Gemeente Leeuwarden"
WAADHOEKE = "Gemeente Waadhoeke"
HARLINGEN = "Gemeente Harlingen"
WF = "Wetterskip Fryslân"
PF = "Provincie Fryslân"
VITENS = "Vitens"
IFG = "It Fryske Gea"
GGDF = "GGD Fryslân"
# Amerstreek (b17-voetnoten)
OOSTERHOUT = "Gemeente Oosterhout"
GEERTRUIDENBERG = "Gemeente Geertruidenberg"
DRIMMELEN = "Gemeente Drimmelen"
WBD = "Waterschap Brabantse Delta"
PNB = "Provincie Noord-Brabant"
BW = "Brabant Water"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
GGDWB = "GGD West-Brabant"
# Veluwezoom (b17-dubbeltabel)
RHEDEN = "Gemeente Rheden"
ROZENDAAL = "Gemeente Rozendaal"
RENKUM = "Gemeente Renkum"
WRIJ = "Waterschap Rijn en IJssel"
WVV = "Waterschap Vallei en Veluwe"
NM = "Vereniging Natuurmonumenten"
GGDGZ = "GGD Gelderland-Zuid"
# BAR-gemeenten (b17-takenlijst)
BARENDRECHT = "Gemeente Barendrecht"
ALBRANDSWAARD = "Gemeente Albrandswaard"
RIDDERKERK = "Gemeente Ridderkerk"
WSHD = "Waterschap Hollandse Delta"
EVIDES = "Evides Waterbedrijf"
PZH = "Provincie Zuid-Holland"
# Zuid-Beveland (b17-formulieren)
BORSELE = "Gemeente Borsele"
KAPELLE = "Gemeente Kapelle"
REIMERSWAAL = "Gemeente Reimerswaal"
SCHELDESTROMEN = "Waterschap Scheldestromen"
PZ = "Provincie Zeeland"
HZL = "Het Zeeuwse Landschap"
GGDZ = "GGD Zeeland"
# Oostland (b17-mailwisseling)
LANSINGERLAND = "Gemeente Lansingerland"
PIJNACKER = "Gemeente Pijnacker-Nootdorp"
ZOETERMEER = "Gemeente Zoetermeer"
DELFLAND = "Hoogheemraadschap van Delfland"
HHSK = "Hoogheemraadschap van Schieland en de Krimpenerwaard"
GTN = "Glastuinbouw Nederland"
TUD = "Technische Universiteit Delft"


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


KWARTAALGANTT = {
    "document": "b17-kwartaalgantt",
    "file": "b17-kwartaalgantt.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsplanning Dijken en Water Land van Maas en Waal 2027-2028 (gemeenten Druten, West Maas "
    "en Waal, Beuningen en Wijchen, Waterschap Rivierenland, Provincie Gelderland, Rijkswaterstaat); fpdf2 table(), "
    "landscape; a GANTT table by QUARTER: 'Nr. | Actie | Trekker | Partners' span two header rows, '2027' and "
    "'2028' each span four quarter columns 'Q1'..'Q4', a last column 'na 2028'; '■' in each quarter an action "
    "runs, '►' in 'na 2028' when it runs on (the reading guide); the period only from the marked columns; "
    "'na afronding van MW2' in a title; abbreviations 'WSRL', 'PG', 'RWS', 'NFO', 'gem.' by the legend",
    "actions": [
        same("MW1", "Dijkversterking Waalbandijk tussen Druten en Afferden", [WSRL], [DRUTEN, PG], 2027, None),
        same(
            "MW2",
            "Klimaatstresstest en hitteplan voor de vier gemeenten",
            [WIJCHEN],
            [DRUTEN, WESTMAASENWAAL, BEUNINGEN],
            2027,
            2027,
        ),
        same("MW3", "Waterberging in de Leeuwense Wetering bij Wamel", [WSRL], [WESTMAASENWAAL], 2027, 2028),
        same(
            "MW4",
            "Afkoppelen van regenwater in de kern Beuningen",
            [BEUNINGEN],
            [WSRL],
            2027,
            2028,
            deps=[("starts_after", "MW2")],
        ),
        same(
            "MW5",
            "Gebiedsproces zoet water voor de fruitteelt in het Land van Maas en Waal",
            [PG],
            [WSRL, NFO],
            2028,
            2028,
        ),
        same("MW6", "Natuurvriendelijke oevers langs de Maas bij Dreumel", [RWS], [PG, WESTMAASENWAAL], 2028, None),
    ],
    "not_commitments": [
        "Het Bestuurlijk Overleg Maas en Waal heeft deze planning op 17 november 2026 vastgesteld.",
        "In februari 2026 stond de Waal bij Druten hoger dan in de tien jaren daarvoor.",
        "De trekker is verantwoordelijk voor de actie; de partners werken mee.",
        "De partners betalen hun eigen aandeel; de provincie draagt € 1,5 miljoen bij aan actie MW5.",
    ],
}

NIEUWSBRIEF = {
    "document": "b17-nieuwsbrief",
    "file": "b17-nieuwsbrief.pdf",
    "type": "unruled-pdf",
    "producer": "Nieuwsbrief Kust en Klei Noordwest-Fryslân, nummer 7, december 2026 (gemeenten Leeuwarden, "
    "Waadhoeke en Harlingen, Wetterskip Fryslân, Provincie Fryslân); fpdf2 text_columns, a page in TWO TEXT "
    "COLUMNS of running prose under bold subheadings; commitments that name their own doer ('Het Wetterskip "
    "versterkt van 2027 tot en met 2029 ...', 'De gemeente Waadhoeke en Vitens stellen vóór 1 juli 2027 ...; "
    "Waadhoeke is trekker', 'De provincie laat It Fryske Gea in 2027 en 2028 ... herstellen', 'Het Wetterskip en de "
    "provincie richten in 2028 samen ... in; het Wetterskip neemt daarbij het voortouw'); the Leeuwarden "
    "commitment runs from the foot of the left column to the top of the right one; past news, a wethouder's "
    "quote and a plan Staatsbosbeheer only studies",
    "actions": [
        act(
            "",
            "versterkt van 2027 tot en met 2029 de zeedijk tussen Harlingen en Zwarte Haan",
            "Versterking van de zeedijk tussen Harlingen en Zwarte Haan",
            [WF],
            [HARLINGEN],
            2027,
            2029,
        ),
        act(
            "",
            "stellen vóór 1 juli 2027 een plan op voor de zoetwatervoorziening van de dorpen rond Minnertsga",
            "Plan voor de zoetwatervoorziening van de dorpen rond Minnertsga",
            [WAADHOEKE],
            [VITENS],
            None,
            2027,
        ),
        act(
            "",
            "laat It Fryske Gea in 2027 en 2028 de kwelder bij Koehool herstellen",
            "Herstel van de kwelder bij Koehool",
            [IFG],
            [],
            2027,
            2028,
            commissioners=[PF],
        ),
        act(
            "",
            "begint in het najaar van 2027 met het vergroenen van de schoolpleinen in Stiens, Grou en Wergea",
            "Vergroenen van de schoolpleinen in Stiens, Grou en Wergea",
            [LEEUWARDEN],
            [GGDF],
            2027,
            None,
        ),
        act(
            "",
            "past uiterlijk eind 2027 het omgevingsplan aan voor de buitendijkse delen van de haven",
            "Aanpassing omgevingsplan voor de buitendijkse delen van de haven van Harlingen",
            [HARLINGEN],
            [],
            None,
            2027,
        ),
        act(
            "",
            "richten in 2028 samen een meetnet voor grondwater en zout in Noordwest-Fryslân in",
            "Meetnet voor grondwater en zout in Noordwest-Fryslân",
            [WF],
            [PF],
            2028,
            2028,
        ),
    ],
    "not_commitments": [
        "Op 3 november 2026 tekenden de gemeenten Leeuwarden, Waadhoeke en Harlingen",
        "De storm van oktober 2025 liet zien hoe kwetsbaar de kust bij Harlingen is.",
        "Bewoners kunnen in het voorjaar meepraten over de inrichting van de dijk en de fietspaden erlangs.",
        "We willen dat boeren en inwoners ook over twintig jaar nog genoeg zoet water hebben",
        "Staatsbosbeheer onderzoekt nog of het de kwelder bij Zwarte Haan ook wil vergroten.",
        "Tijdens de hitte van juli 2026 was het op veel schoolpleinen in de regio meer dan veertig graden.",
        "De volgende nieuwsbrief verschijnt in maart 2027.",
    ],
}

VOETNOTEN = {
    "document": "b17-voetnoten",
    "file": "b17-voetnoten.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsprogramma Water en Klimaat Amerstreek 2027-2030 (gemeenten Oosterhout, Geertruidenberg "
    "en Drimmelen, Waterschap Brabantse Delta, Provincie Noord-Brabant, Brabant Water); HTML -> soffice; a ruled "
    "table 'Nr. | Maatregel | Trekker | Planning' WITHOUT a partners column: partners, a commissioner, a "
    "dependency and the end of one period stand only in FOOTNOTES, called by superscript numbers in the Trekker "
    "and Planning cells (the reading guide); note 1 serves two rows; pypdf glues the superscript to the cell "
    "('Brabantse Delta1', '2e helft 20283', '20275'); 'Brabantse Delta', 'de provincie', 'BW' defined in the intro",
    "actions": [
        same("AS-1", "Klimaatstresstest en hitteplan voor Oosterhout en Dorst", [OOSTERHOUT], [GGDWB], 2027, 2027),
        same(
            "AS-2",
            "Waterberging langs de Donge bij Geertruidenberg en Raamsdonksveer",
            [WBD],
            [GEERTRUIDENBERG, DRIMMELEN],
            2027,
            2028,
        ),
        same(
            "AS-3",
            "Afkoppelen van regenwater in Made en Terheijden",
            [DRIMMELEN],
            [WBD],
            2028,
            2028,
            deps=[("starts_after", "AS-2")],
        ),
        same(
            "AS-4",
            "Grondwaterbescherming rond het waterwingebied bij Dorst",
            [BW],
            [ZLTO],
            None,
            2028,
            commissioners=[PNB],
        ),
        same(
            "AS-5",
            "Natuurvriendelijke oevers langs het Wilhelminakanaal bij Oosterhout",
            [PNB],
            [GEERTRUIDENBERG, DRIMMELEN],
            2027,
            2030,
        ),
        same(
            "AS-6",
            "Regionaal loket groene daken en regentonnen",
            [GEERTRUIDENBERG],
            [OOSTERHOUT, DRIMMELEN],
            2028,
            None,
        ),
    ],
    "not_commitments": [
        "De drie colleges hebben dit programma op 24 november 2026 vastgesteld.",
        "In juni 2025 stonden in Raamsdonksveer na een hoosbui straten en kelders onder water.",
        "De tabel noemt per maatregel alleen de trekker en de planning.",
        "De provincie draagt € 900.000 bij aan maatregel AS-5.",
    ],
}

DUBBELTABEL = {
    "document": "b17-dubbeltabel",
    "file": "b17-dubbeltabel.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Klimaatbestendige Veluwezoom 2027-2029 (gemeenten Rheden, Rozendaal en Renkum, "
    "Waterschap Rijn en IJssel, Waterschap Vallei en Veluwe, Provincie Gelderland); HTML written by build.py -> "
    "soffice; a ruled table with TWO ACTIONS PER ROW: 'Nr. | Actie | Wie | Wanneer' twice side by side, V1-V4 in "
    "the left half and V5-V7 in the right half, the last right half empty (the reading guide: a reduced A3 "
    "overview); the Wie cell has the trekker on its first line and 'met ...' partners under it; 'na afronding van "
    "V3' in a title; Wanneer '2027', '2027-2029', '2e helft 2027', 'vanaf 2028', 'uiterlijk 2028', 'Q4 2028'",
    "actions": [
        same("V1", "Hittekaart voor Velp, Rheden en Dieren", [RHEDEN], [GGDGZ], 2027, 2027),
        same("V2", "Afkoppelen van regenwater in Velp-Zuid", [RHEDEN], [WRIJ], 2027, 2029),
        same("V3", "Herstel van de Rozendaalse beek", [WRIJ], [ROZENDAAL, NM], 2027, 2027),
        same("V4", "Regenwater vasthouden op de stuwwal bij de Posbank", [NM], [WRIJ], 2028, None),
        same("V5", "Klimaatadaptief bouwen in Oosterbeek en Doorwerth", [RENKUM], [WVV], None, 2028),
        same("V6", "Grondwaterbescherming rond het pompstation bij Heelsum", [VITENS], [RENKUM, PG], 2027, 2028),
        same(
            "V7",
            "Gebiedsvisie Veluwezoom 2030-2040",
            [PG],
            [RHEDEN, ROZENDAAL, RENKUM],
            2028,
            2028,
            deps=[("starts_after", "V3")],
        ),
    ],
    "not_commitments": [
        "Het Portefeuillehoudersoverleg Veluwezoom heeft deze agenda op 16 november 2026 vastgesteld.",
        "In juli 2025 spoelde na een wolkbreuk op de Posbank zand en grind de straten van Rheden in.",
        "De tabel is een verkleinde versie van het A3-overzicht",
        "Rozendaal betaalt zijn deel van actie V3 uit de reserve klimaatadaptatie.",
    ],
}

TAKENLIJST = {
    "document": "b17-takenlijst",
    "file": "b17-takenlijst.md",
    "type": "label-blocks",
    "producer": "Takenlijst Klimaatadaptatie BAR-gemeenten 2027 (gemeenten Barendrecht, Albrandswaard en "
    "Ridderkerk, Waterschap Hollandse Delta, Evides Waterbedrijf, Provincie Zuid-Holland); Markdown, written by "
    "build.py; a TASK LIST PER PARTY: headings '## Barendrecht', '## Hollandse Delta', '## Evides', '## PZH' with "
    "GitHub check boxes, '- [x]' done (for information only), '- [ ]' open; a joint task stands under every "
    "party that takes part with the same code, '(trekker)' beside the lead (the reading guide); periods 'gereed "
    "eind 2027', '2027-2028', 'start Q3 2027', '2027', 'gereed eind 2029', 'doorlopend'",
    "actions": [
        same(
            "BAR-02",
            "Hitteplan voor de drie BAR-gemeenten",
            [BARENDRECHT],
            [ALBRANDSWAARD, RIDDERKERK],
            None,
            2027,
        ),
        same("BAR-03", "Waterberging in het Ghijseland bij Rhoon", [WSHD], [ALBRANDSWAARD], 2027, 2028),
        same("BAR-05", "Afkoppelen van regenwater in Bolnes", [RIDDERKERK], [WSHD], 2027, None),
        same(
            "BAR-06",
            "Campagne zuinig met drinkwater in de zomer",
            [EVIDES],
            [BARENDRECHT, RIDDERKERK],
            2027,
            2027,
        ),
        same(
            "BAR-07",
            "Dijkversterking langs de Oude Maas bij Poortugaal",
            [WSHD],
            [ALBRANDSWAARD, PZH],
            None,
            2029,
        ),
        same("BAR-08", "Subsidieregeling groene daken en regentonnen", [RIDDERKERK], [], None, None),
    ],
    "not_commitments": [
        "De stuurgroep heeft deze takenlijst op 20 november 2026 vastgesteld.",
        "In augustus 2026 liepen in Rhoon en Poortugaal na een wolkbreuk tientallen kelders onder water.",
        "Stresstest wateroverlast en hitte BAR-gebied",
        "Inventarisatie van de gemalen in Barendrecht",
        "De partijen betalen hun taken uit hun eigen begroting.",
        "De volgende stand verschijnt in juni 2027.",
    ],
}

FORMULIEREN = {
    "document": "b17-formulieren",
    "file": "b17-formulieren.txt",
    "type": "label-blocks",
    "producer": "Uitvoeringsprogramma Zoet Water Zuid-Beveland 2027-2030, bijlage 3, export of PROJECT FORMS from a "
    "portal (gemeenten Borsele, Kapelle en Reimerswaal, Waterschap Scheldestromen, Provincie Zeeland, Het "
    "Zeeuwse Landschap, ZLTO, Evides Waterbedrijf, GGD Zeeland); plain text, written by build.py; per form "
    "'Projectnaam', 'Omschrijving', a list of parties each with four CHECK BOXES '[x] trekker [ ] partner [ ] "
    "betrokken [ ] opdrachtgever' (the trekker not always first), 'Startdatum' and 'Einddatum' as dd-mm-jjjj or "
    "'n.t.b.', 'Relatie met: ZB-1 (voorwaarde)'; one form 'ingetrokken' (no action)",
    "actions": [
        same(
            "ZB-1",
            "Zoetwatervoorraad in de kreekrug bij Kruiningen",
            [SCHELDESTROMEN],
            [REIMERSWAAL],
            2027,
            2028,
            involved=[ZLTO],
        ),
        same("ZB-2", "Hitteplan Kapelle en Biezelinge", [KAPELLE], [GGDZ], 2027, 2027),
        same(
            "ZB-3",
            "Peilbeheer fruitteelt Reimerswaal",
            [SCHELDESTROMEN],
            [ZLTO],
            None,
            2029,
            commissioners=[PZ],
            deps=[("depends", "ZB-1")],
        ),
        same(
            "ZB-4",
            "Natuurvriendelijke oevers Kanaal door Zuid-Beveland",
            [HZL],
            [PZ],
            2027,
            None,
            involved=[KAPELLE],
        ),
        same(
            "ZB-6",
            "Afkoppelen van regenwater in Heinkenszand en 's-Heerenhoek",
            [BORSELE],
            [SCHELDESTROMEN],
            2028,
            2030,
            deps=[("related", "ZB-2")],
        ),
        same(
            "ZB-7",
            "Zoetwaterloket voor agrariërs op Zuid-Beveland",
            [PZ],
            [BORSELE, KAPELLE, REIMERSWAAL, ZLTO],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "De projectgroep Zoet Water heeft ze op 18 november 2026 beoordeeld.",
        "Drinkwaterleiding naar het Sloegebied",
        "Tweede leiding voor de industrie in het Sloegebied.",
        "Over de financiering van de projecten besluit het bestuur van de projectgroep in het voorjaar van 2027.",
    ],
}

MAILWISSELING = {
    "document": "b17-mailwisseling",
    "file": "b17-mailwisseling.txt",
    "type": "letter",
    "producer": "E-mail of the gemeente Lansingerland (projectleider klimaatadaptatie) to Delfland, HHSK and the "
    "gemeenten Pijnacker-Nootdorp and Zoetermeer, RE: Afspraken kernteam Water en Warmte Oostland, sent 24 "
    "November 2026; plain text, written by build.py; the agreements of a meeting as a numbered list under 'Wat "
    "hebben wij afgesproken?' with different doers ('Wij' = Lansingerland, 'Delfland', 'HHSK', "
    "'Pijnacker-Nootdorp'); one agreement CORRECTS a date of an earlier mail of Delfland that is QUOTED below the "
    "signature ('-----Oorspronkelijk bericht-----', where 'wij' is Delfland); 'Wij laten de TU Delft ... "
    "onderzoeken'; a plan of the provincie that the mail only reports",
    "letter_date": "2026-11-24",
    "actions": [
        act(
            "",
            "stellen vóór 1 april 2027 samen met Pijnacker-Nootdorp en Zoetermeer een gezamenlijke hittekaart voor "
            "Oostland op",
            "Gezamenlijke hittekaart voor Oostland",
            [LANSINGERLAND],
            [PIJNACKER, ZOETERMEER],
            None,
            2027,
        ),
        act(
            "",
            "stelt het peilbesluit Oostland uiterlijk medio 2028 vast",
            "Peilbesluit Oostland",
            [DELFLAND],
            [],
            None,
            2028,
        ),
        act(
            "",
            "legt in 2027 en 2028 samen met Zoetermeer een waterberging aan langs de Rotte bij Bleiswijk",
            "Waterberging langs de Rotte bij Bleiswijk",
            [HHSK],
            [ZOETERMEER],
            2027,
            2028,
        ),
        act(
            "",
            "start in het tweede kwartaal van 2027 met een proef met regenwateropvang bij de kassen in Nootdorp",
            "Proef met regenwateropvang bij de kassen in Nootdorp",
            [PIJNACKER],
            [GTN],
            2027,
            None,
        ),
        act(
            "",
            "laten de TU Delft in 2027 onderzoeken hoeveel warmte de kassen in de zomer aan het oppervlaktewater "
            "kunnen afgeven",
            "Onderzoek naar warmte van kassen naar oppervlaktewater",
            [TUD],
            [],
            2027,
            2027,
            commissioners=[LANSINGERLAND],
        ),
        act(
            "",
            "zitten wij het kernteam voor; het kernteam komt elk kwartaal bij elkaar",
            "Voorzitterschap van het kernteam Water en Warmte Oostland",
            [LANSINGERLAND],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "Dank voor het goede overleg van donderdag 19 november in Bleiswijk.",
        "Het volgende overleg is op 18 februari 2027 in Zoetermeer.",
        "Wij verwachten het peilbesluit Oostland eind 2027 vast te stellen.",
        "In de zomer van 2026 hebben wij de peilen in de Oude Polder van Pijnacker gemeten.",
    ],
    "reported_plans": [
        "de provincie Zuid-Holland werkt aan een subsidieregeling voor waterberging in de glastuinbouw, die naar "
        "verwachting vanaf 2028 openstaat",
    ],
}

DOCS = [KWARTAALGANTT, NIEUWSBRIEF, VOETNOTEN, DUBBELTABEL, TAKENLIJST, FORMULIEREN, MAILWISSELING]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.name, len(doc["actions"]))
    print(sum(len(d["actions"]) for d in DOCS), "actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
