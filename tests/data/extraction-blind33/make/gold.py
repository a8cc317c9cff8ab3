"""Hand-written gold for the five blind33 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind33/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Noordoost-Twente (Overijssel)
DINKELLAND = "Gemeente Dinkelland"
TUBBERGEN = "Gemeente Tubbergen"
WVS = "Waterschap Vechtstromen"
POV = "Provincie Overijssel"
LOV = "Landschap Overijssel"
# Veenkoloniën (Groningen)
VEENDAM = "Gemeente Veendam"
PEKELA = "Gemeente Pekela"
STADSKANAAL = "Gemeente Stadskanaal"
HUNZE = "Waterschap Hunze en Aa's"
PGR = "Provincie Groningen"
# Amstelland and De Ronde Venen
RONDEVENEN = "Gemeente De Ronde Venen"
UITHOORN = "Gemeente Uithoorn"
AALSMEER = "Gemeente Aalsmeer"
AGV = "Waterschap Amstel, Gooi en Vecht"
PUT = "Provincie Utrecht"
PNH = "Provincie Noord-Holland"
DELTARES = "Deltares"
WUR = "Wageningen University & Research"
# Oost-Achterhoek and Haaksbergen (Kamerbrief)
IENW = "Ministerie van Infrastructuur en Waterstaat"
WRIJ = "Waterschap Rijn en IJssel"
PGE = "Provincie Gelderland"
BERKELLAND = "Gemeente Berkelland"
HAAKSBERGEN = "Gemeente Haaksbergen"
# Noordenveld (Drenthe)
NOORDENVELD = "Gemeente Noordenveld"
NZV = "Waterschap Noorderzijlvest"
PDR = "Provincie Drenthe"
SBB = "Staatsbosbeheer"
HDL = "Stichting Het Drentse Landschap"


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


OPGAVEN = {
    "document": "b33-opgaven",
    "file": "b33-opgaven.pdf",
    "type": "unruled-pdf",
    "producer": "Uitvoeringsagenda Water en Landschap Noordoost-Twente 2027-2030, 19 November 2026 (Gemeente "
    "Dinkelland, Gemeente Tubbergen, Waterschap Vechtstromen, Provincie Overijssel, Landschap Overijssel); fpdf2, "
    "drawn like a designed agenda: a table WITHOUT ruling lines whose text is written COLUMN BY COLUMN (Nr, "
    "Trekker, Betrokken, Planning, then Opgave), with two theme heading rows across the table; the column is "
    "'Betrokken', so those organisations are involved, not partners",
    "actions": [
        same("A1", "Herstel van de meanders van de Dinkel tussen Denekamp en Lattrop met natuurvriendelijke oevers",
             [WVS], [], 2027, 2029, involved=[DINKELLAND, LOV]),
        same("A2", "Vernatting van het beekdal van de Mosbeek bij Tubbergen en aankoop van drie percelen",
             [POV], [], 2028, 2030, involved=[TUBBERGEN, WVS]),
        same("A3", "Plan voor het vasthouden van water in de bovenloop van de Springendalse beek",
             [LOV], [], None, 2028, involved=[WVS]),
        same("B1", "Afkoppelen van regenwater en aanleg van wadi's in de kern Ootmarsum",
             [DINKELLAND], [], 2027, None, involved=[WVS]),
        same("B2", "Groene schoolpleinen en een hitteplan voor de kernen Albergen en Vasse",
             [TUBBERGEN], [], 2027, 2027),
        same("B3", "Waterberging en een klimaatbestendige inrichting van het centrum van Weerselo",
             [DINKELLAND], [], 2029, 2030, involved=[POV, WVS]),
    ],
    "not_commitments": [
        "In 2026 is de Dinkel bij Lattrop al opnieuw ingericht.",
        "De partijen bespreken de voortgang elk najaar.",
        "Het waterschap wil later ook de gemeente Losser bij de agenda betrekken.",
    ],
}

ACTIES = {
    "document": "b33-acties",
    "file": "b33-acties.pdf",
    "type": "unruled-pdf",
    "producer": "Actieagenda Klimaatadaptatie Veenkoloniën 2027-2030, 24 November 2026 (Gemeente Veendam, "
    "Gemeente Pekela, Gemeente Stadskanaal, Waterschap Hunze en Aa's, Provincie Groningen); fpdf2, drawn like a "
    "designed agenda: a table WITHOUT ruling lines written COLUMN BY COLUMN (Code, Wie, Met wie, Wanneer, then "
    "Actie); two 'Wie' cells say 'X i.o.v. Y' (in opdracht van, explained in a footnote): X leads, Y is the "
    "commissioner",
    "actions": [
        same("VK-1", "Verbreden van het Pekelder Hoofddiep tussen Oude Pekela en Nieuwe Pekela voor extra "
             "waterberging", [HUNZE], [PEKELA], 2027, 2029, commissioners=[PGR]),
        same("VK-2", "Groene daken en regentonnen voor woningen in de wijk Sorghvliet in Veendam",
             [VEENDAM], [HUNZE], 2027, None),
        same("VK-3", "Onderzoek naar bodemdaling en droogte langs het Stadskanaal in de wijk Maarsveld",
             [STADSKANAAL], [], 2028, 2028, commissioners=[PGR]),
        same("VK-4", "Aanleg van een klimaatbestendige fietsroute langs het Winschoterdiep bij Zuidbroek",
             [PGR], [VEENDAM, PEKELA], 2029, 2030),
        same("VK-5", "Regionaal hitteplan voor zorginstellingen en scholen in de drie gemeenten",
             [STADSKANAAL], [VEENDAM, PEKELA], None, 2028),
    ],
    "not_commitments": [
        "In 2026 is de stresstest voor de drie gemeenten afgerond.",
        "Het bestuurlijk overleg wil in 2027 ook Staatsbosbeheer uitnodigen.",
    ],
}

LIGGEND = {
    "document": "b33-liggend",
    "file": "b33-liggend.pdf",
    "type": "libreoffice-pdf",
    "producer": "Actieprogramma Veenweide en Water Amstelland en De Ronde Venen 2027-2031, 27 November 2026 "
    "(Gemeente De Ronde Venen, Gemeente Uithoorn, Gemeente Aalsmeer, Waterschap Amstel, Gooi en Vecht, Provincie "
    "Utrecht, Provincie Noord-Holland; Deltares and Wageningen University & Research as kennispartners); HTML "
    "written by build.py → soffice, LANDSCAPE, a ruled table over two pages with its header repeated on page 2; "
    "a 'Kennispartner' column (inhoudelijke ondersteuning, as the introduction says) → support; the trekker "
    "name 'Waterschap Amstel, Gooi en Vecht' holds a comma",
    "actions": [
        same("1", "Proef met onderwaterdrainage op vijf melkveebedrijven in de polder Groot-Mijdrecht",
             [AGV], [RONDEVENEN, PUT], 2027, 2030, support=[DELTARES]),
        same("2", "Verhogen van het zomerpeil in de Bovenlandenpolder bij Aalsmeer", [AGV], [AALSMEER], 2028, 2029),
        same("3", "Klimaatbestendige herinrichting van het centrum van Uithoorn langs de Amstel",
             [UITHOORN], [AGV], 2027, 2029),
        same("4", "Gebiedsplan voor de Vinkeveense Plassen met zones voor natuur en recreatie",
             [PUT], [RONDEVENEN], None, 2028, support=[WUR]),
        same("5", "Monitoring van bodemdaling met satellietmetingen in het hele programmagebied",
             [PNH], [PUT], 2027, None, support=[DELTARES]),
        same("6", "Afkoppelen van regenwater bij scholen en sporthallen in Mijdrecht en Wilnis",
             [RONDEVENEN], [AGV], 2029, 2031),
        same("7", "Waterbergingsplan voor het glastuinbouwgebied Green Park Aalsmeer",
             [AALSMEER], [PNH, AGV], 2028, 2028, support=[WUR]),
    ],
    "not_commitments": [
        "In 2026 is het veenweideprogramma van de provincie Utrecht vastgesteld.",
        "Het programmabureau rapporteert elk voorjaar over de voortgang.",
        "De partners hopen dat ook de gemeente Amstelveen zich bij het programma aansluit.",
    ],
}

KAMERBRIEF = {
    "document": "b33-kamerbrief",
    "file": "b33-kamerbrief.pdf",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Staatssecretaris van Infrastructuur en Waterstaat to the Tweede Kamer, droogte "
    "en grondwater in de Oost-Achterhoek en Haaksbergen, dated 1 December 2026 (Ministerie van Infrastructuur en "
    "Waterstaat, Waterschap Rijn en IJssel, Waterschap Vechtstromen, Provincie Gelderland, Provincie Overijssel, "
    "Gemeente Berkelland, Gemeente Haaksbergen; Vitens only in a reported plan); fpdf2; commitments in prose "
    "('ik', 'wij', 'het kabinet' = the ministry; one agreed with a waterschap), among a past, a question, a wish, "
    "a condition, an expectation and two NEGATIONS with a year ('Ik leg in 2027 geen ...', 'Ik breid ... niet "
    "uit ...')",
    "letter_date": "2026-12-01",
    "actions": [
        act("", "Ik stel in 2027 samen met Waterschap Rijn en IJssel en de provincie Gelderland een grondwaterplan "
            "voor de Oost-Achterhoek op", "Grondwaterplan voor de Oost-Achterhoek", [IENW], [WRIJ, PGE], 2027, 2027),
        act("", "Het kabinet financiert vanaf 2028 een proef met peilgestuurde drainage op twintig "
            "landbouwbedrijven in de gemeente Berkelland", "Proef met peilgestuurde drainage in Berkelland",
            [IENW], [], 2028, None),
        act("", "Met Waterschap Vechtstromen en de gemeente Haaksbergen heb ik op 20 november 2026 afgesproken dat "
            "Waterschap Vechtstromen in 2028 en 2029 samen met de gemeente Haaksbergen de Buurserbeek en het "
            "Buurserzand als sponsgebied herstelt", "Herstel van de Buurserbeek en het Buurserzand als sponsgebied",
            [WVS], [HAAKSBERGEN], 2028, 2029),
        act("", "Ik maak in 2028 samen met de gemeente Berkelland en Waterschap Rijn en IJssel een "
            "voorbeeldregeling voor regenwateropvang op boerenerven",
            "Voorbeeldregeling voor regenwateropvang op boerenerven", [IENW], [BERKELLAND, WRIJ], 2028, 2028),
        act("", "Wij zetten in 2027 en 2028 met de provincies Gelderland en Overijssel een meetnet voor de "
            "grondwaterstand in de Oost-Achterhoek en Haaksbergen op",
            "Meetnet voor de grondwaterstand in de Oost-Achterhoek en Haaksbergen", [IENW], [PGE, POV], 2027, 2028),
    ],
    "not_commitments": [
        "Met deze brief informeer ik uw Kamer over de aanpak van droogte in de Oost-Achterhoek en Haaksbergen.",
        "Het lid Van Dijk vroeg tijdens het commissiedebat Water van 15 oktober 2026 of het Rijk de beregening uit "
        "grondwater in deze gebieden gaat beperken.",
        "In de zomer van 2026 zakte de grondwaterstand in de gemeente Berkelland tot het laagste niveau sinds 1976.",
        "Ik heb het gebied op 3 september 2026 bezocht met de dijkgraaf van Waterschap Rijn en IJssel.",
        "Ik leg in 2027 geen nieuwe landelijke beperking op de beregening uit grondwater op.",
        "De provincie Overijssel wil daar later ook een natuurverbinding met het Haaksbergerveen aanleggen.",
        "Ik breid de proef niet uit naar Haaksbergen voordat de eerste resultaten in 2029 bekend zijn.",
        "Als uw Kamer bij de Voorjaarsnota extra middelen beschikbaar stelt, kan ik de proef in 2029 verlengen.",
        "Ik hoop dat de landbouwbedrijven in het gebied massaal aan de proef meedoen.",
    ],
    "reported_plans": [
        "Vitens verlaagt uiterlijk 2029 samen met de provincie Gelderland de winning bij het pompstation Haarlo "
        "met een kwart.",
        "De gemeente Berkelland verwacht in 2028 een besluit te nemen over regenwateropvang bij nieuwbouw.",
    ],
}

AFKORTINGEN = {
    "document": "b33-afkortingen",
    "file": "b33-afkortingen.txt",
    "type": "text-table",
    "producer": "Uitvoeringsprogramma Beekdalen en Dorpen Noordenveld 2027-2030, college of B&W of Noordenveld, "
    "25 November 2026 (Gemeente Noordenveld, Waterschap Noorderzijlvest, Provincie Drenthe, Staatsbosbeheer, "
    "Stichting Het Drentse Landschap); plain text written by build.py, a fixed-width (space-aligned) table whose "
    "Trekker and Partners columns hold abbreviations explained in a list under the table; one trekker cell joins "
    "two abbreviations with '+' (explained under the list: both are trekker)",
    "actions": [
        same("N1", "Hermeanderen van het Peizerdiep bij Roden", [NZV], [NOORDENVELD, PDR], 2027, 2028),
        same("N2", "Waterberging in de Onlanden bij Nietap", [NZV, NOORDENVELD], [SBB], 2028, 2030),
        same("N3", "Afkoppelen van regenwater in Norg-Zuid", [NOORDENVELD], [NZV], 2027, None),
        same("N4", "Herstel van de heide en vennen van de Langeloërduinen bij Norg", [SBB], [HDL, PDR], None, 2029),
        same("N5", "Natuurvriendelijke oevers langs het Oostervoortsche diep", [HDL], [NZV], 2029, 2029),
        same("N6", "Hitteplan voor de kernen Roden en Norg", [NOORDENVELD], [], 2027, 2027),
    ],
    "not_commitments": [
        "In 2026 is het Lieverense diep bij Lieveren al verondiept.",
        "Het college rapporteert elk jaar in het voorjaar aan de raad over de voortgang.",
        "De gemeente wil in 2027 onderzoeken of ook de gemeente Westerkwartier kan aansluiten.",
    ],
}

DOCS = [OPGAVEN, ACTIES, LIGGEND, KAMERBRIEF, AFKORTINGEN]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
