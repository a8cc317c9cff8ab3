"""Hand-written gold for the five blind44 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind44/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk
IENW = "Ministerie van Infrastructuur en Waterstaat"
RWS = "Rijkswaterstaat"
# Zeeland / Westerschelde
PZE = "Provincie Zeeland"
SCHELDESTROMEN = "Waterschap Scheldestromen"
NSP = "North Sea Port Netherlands N.V."
ZEEUWSLANDSCHAP = "Stichting Het Zeeuwse Landschap"
TERNEUZEN = "Gemeente Terneuzen"
# Zaanstad / Noordzeekanaalgebied
ZAANSTAD = "Gemeente Zaanstad"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
VRA = "Vervoerregio Amsterdam"
PNH = "Provincie Noord-Holland"
AMSTERDAM = "Gemeente Amsterdam"
VELSEN = "Gemeente Velsen"
HBA = "Havenbedrijf Amsterdam N.V."
# Flevoland / Markermeerkust
PFL = "Provincie Flevoland"
LELYSTAD = "Gemeente Lelystad"
ALMERE = "Gemeente Almere"
ZUIDERZEELAND = "Waterschap Zuiderzeeland"
SBB = "Staatsbosbeheer"
# Parkstad Limburg
PLI = "Provincie Limburg"
WSL = "Waterschap Limburg"
WML = "Waterleiding Maatschappij Limburg N.V."
HEERLEN = "Gemeente Heerlen"
KERKRADE = "Gemeente Kerkrade"
LANDGRAAF = "Gemeente Landgraaf"
BRUNSSUM = "Gemeente Brunssum"


def act(anchor, title, lead, partners=(), start=None, end=None, *, code="", involved=(), commissioners=(),
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


KAMERBRIEF = {
    "document": "b44-kamerbrief",
    "file": "b44-kamerbrief.pdf",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Infrastructuur en Waterstaat, voortgang programma Veilig en "
    "Bereikbaar Westerscheldegebied, dated 30 November 2026 (Ministerie van Infrastructuur en Waterstaat, "
    "Rijkswaterstaat, Provincie Zeeland, Waterschap Scheldestromen, North Sea Port Netherlands N.V., Stichting Het "
    "Zeeuwse Landschap, Gemeente Terneuzen); HTML written by build.py -> soffice, two pages, a letterhead table and "
    "a ruled table of finished projects with wrapped cells; commitments in running prose with 'Ik neem het "
    "voortouw bij', 'X en Y trekken samen op bij', 'Onder regie van X werken Y en Z ...', 'De verantwoordelijkheid "
    "voor ... ligt vanaf 2027 bij X, in nauwe samenwerking met Y', '... wordt door X opgepakt'; deadlines in "
    "words ('voor de zomer van 2027', 'in het eerste kwartaal van 2028'); a wish of a Kamerlid and a thing the "
    "minister will not do",
    "letter_date": "2026-11-30",
    "actions": [
        act("Ik neem het voortouw bij de verkenning naar een tweede ligplaats voor zeeschepen bij Vlissingen-Oost en "
            "rond deze verkenning voor de zomer van 2027 af, samen met de Provincie Zeeland",
            "Verkenning tweede ligplaats zeeschepen Vlissingen-Oost", [IENW], [PZE], None, 2027),
        act("Rijkswaterstaat en North Sea Port Netherlands N.V. trekken samen op bij het verdiepen van de "
            "toegangsgeul naar de Sloehaven; de baggerwerkzaamheden starten in het eerste kwartaal van 2028",
            "Verdiepen toegangsgeul Sloehaven", [RWS, NSP], [], 2028, None),
        act("Onder regie van de Provincie Zeeland werken Rijkswaterstaat en het Waterschap Scheldestromen in 2027 "
            "en 2028 een gezamenlijk plan uit voor natuurvriendelijke oevers langs de Westerschelde bij "
            "Ellewoutsdijk",
            "Plan natuurvriendelijke oevers Westerschelde bij Ellewoutsdijk", [PZE], [RWS, SCHELDESTROMEN], 2027,
            2028),
        act("De verantwoordelijkheid voor het meetprogramma naar de natuurwaarden van het Verdronken Land van "
            "Saeftinghe ligt vanaf 2027 bij Stichting Het Zeeuwse Landschap, in nauwe samenwerking met "
            "Rijkswaterstaat",
            "Meetprogramma natuurwaarden Verdronken Land van Saeftinghe", [ZEEUWSLANDSCHAP], [RWS], 2027, None),
        act("Het herstel van de kademuur van de veerhaven in Breskens wordt door Rijkswaterstaat opgepakt en is in "
            "het eerste kwartaal van 2028 afgerond",
            "Herstel kademuur veerhaven Breskens", [RWS], [], None, 2028),
        act("Samen met de Gemeente Terneuzen laat ik voor de zomer van 2028 een nieuwe snelheidsregeling voor de "
            "binnenvaart op het Kanaal Gent-Terneuzen uitwerken",
            "Snelheidsregeling binnenvaart Kanaal Gent-Terneuzen", [IENW], [TERNEUZEN], None, 2028),
    ],
    "not_commitments": [
        "Met deze brief informeer ik uw Kamer over de voortgang van het programma Veilig en Bereikbaar "
        "Westerscheldegebied, zoals ik heb toegezegd tijdens het commissiedebat Maritiem van 17 september 2026.",
        "In paragraaf 1 beschrijf ik wat sinds mijn vorige brief is bereikt, in paragraaf 2 wat de komende jaren "
        "gebeurt en in paragraaf 3 wat ik bewust niet doe.",
        "In 2026 is de vaargeul bij Hansweert over een lengte van vier kilometer op diepte gebracht.",
        "Tijdens het commissiedebat heeft het lid Van Dijk de wens uitgesproken dat de veerdienst tussen Vlissingen "
        "en Breskens ook na 22.00 uur vaart.",
        "Ik heb die wens doorgegeven aan de provincie, die over de dienstregeling gaat.",
        "Een verdere verruiming van de vaargeul naar Antwerpen bereid ik in deze kabinetsperiode niet voor.",
        "Ik houd uw Kamer via de jaarlijkse voortgangsbrief op de hoogte.",
    ],
    "reported_plans": [
        "De Vlaamse overheid werkt aan een eigen plan voor de Beneden-Zeeschelde, dat naar verwachting in 2029 "
        "wordt vastgesteld.",
    ],
}

RAADSINFORMATIEBRIEF = {
    "document": "b44-raadsinformatiebrief",
    "file": "b44-raadsinformatiebrief.txt",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college van burgemeester en wethouders of Zaanstad to the "
    "gemeenteraad, voortgang programma Kademuren en Oevers langs de Zaan, dated 1 December 2026 (Gemeente "
    "Zaanstad, Hoogheemraadschap Hollands Noorderkwartier, Vervoerregio Amsterdam, Provincie Noord-Holland; "
    "ProRail B.V. only in a reported plan); plain text written by build.py, one line per paragraph, headings "
    "underlined with dashes: 'Het college neemt het voortouw bij', '... wordt door X opgepakt, in nauwe "
    "samenwerking met de gemeente', 'is X aan zet', 'De verantwoordelijkheid voor ... ligt vanaf 2027 bij de "
    "gemeente', 'X en de gemeente trekken samen op bij'; an adopted motion and a thing the college will not do",
    "letter_date": "2026-12-01",
    "actions": [
        act("Het college neemt het voortouw bij de vervanging van de kademuur langs de Lagedijk in Zaandijk en rondt "
            "het ontwerp voor de zomer van 2027 af",
            "Vervanging kademuur Lagedijk Zaandijk", [ZAANSTAD], [], None, 2027),
        act("Het baggeren van de Zaan tussen de Wilhelminasluis en de Julianabrug wordt door het Hoogheemraadschap "
            "Hollands Noorderkwartier opgepakt, in nauwe samenwerking met de gemeente; de werkzaamheden starten na "
            "de zomer van 2027",
            "Baggeren van de Zaan tussen Wilhelminasluis en Julianabrug", [HHNK], [ZAANSTAD], 2027, None),
        act("Voor de snelfietsroute tussen Zaandam en Amsterdam is de Vervoerregio Amsterdam aan zet; zij werkt in "
            "2027 samen met de gemeente het tracédeel langs de Hembrug uit",
            "Snelfietsroute Zaandam-Amsterdam, tracédeel Hembrug", [VRA], [ZAANSTAD], 2027, 2027),
        act("De verantwoordelijkheid voor het herstel van de beschoeiingen langs de sloten in Westzaan ligt vanaf "
            "2027 bij de gemeente",
            "Herstel beschoeiingen sloten Westzaan", [ZAANSTAD], [], 2027, None),
        act("De Provincie Noord-Holland en de gemeente trekken samen op bij de herinrichting van de N203 bij "
            "Krommenie, die in het eerste kwartaal van 2028 start",
            "Herinrichting N203 bij Krommenie", [PNH, ZAANSTAD], [], 2028, None),
    ],
    "not_commitments": [
        "Met deze raadsinformatiebrief informeren wij u over de voortgang van het programma Kademuren en Oevers "
        "langs de Zaan.",
        "Op 9 juli 2026 heeft uw raad de motie 'Zaanoevers veilig' aangenomen, waarin u vraagt om elk jaar alle "
        "kademuren te laten inspecteren.",
        "In 2026 is 1,2 kilometer kademuur langs de Dam en de Hogendijk in Zaandam hersteld.",
        "Een verbod op vrachtverkeer op de Lagedijk voeren wij niet in, omdat de kademuur na de vervanging weer "
        "zwaar verkeer kan dragen.",
        "Over de voortgang informeren wij u in de jaarlijkse programmarapportage.",
    ],
    "reported_plans": [
        "ProRail B.V. verwacht in 2029 de spoorbrug over de Zaan bij Zaandam te vervangen.",
    ],
}

GS_BRIEF = {
    "document": "b44-gs-brief",
    "file": "b44-gs-brief.pdf",
    "type": "letter",
    "producer": "Brief of Gedeputeerde Staten van Flevoland to Provinciale Staten, voortgang Programma "
    "Markermeerkust Almere-Lelystad, dated 26 November 2026 (Provincie Flevoland, Gemeente Lelystad, Gemeente "
    "Almere, Waterschap Zuiderzeeland, Staatsbosbeheer; Rijkswaterstaat only in a reported plan); fpdf2 with DejaVu "
    "Sans, two pages with a footer 'Pagina n van 2', page 2 a ruled financial table whose first column wraps: "
    "'Wij nemen het voortouw bij', 'Onder regie van X ontwerpen wij ... samen met Y', 'is X aan zet; wij werken "
    "daarbij met X samen', 'X en wij trekken samen op bij', '... wordt vanaf 2027 door ons opgepakt'; a wish of "
    "entrepreneurs, a past result and a thing the province will not do",
    "letter_date": "2026-11-26",
    "actions": [
        act("Wij nemen het voortouw bij de aanleg van een recreatieve fietsverbinding over de Oostvaardersdijk "
            "tussen Almere Pampus en Lelystad, die voor de zomer van 2028 gereed is",
            "Recreatieve fietsverbinding Oostvaardersdijk Almere Pampus-Lelystad", [PFL], [], None, 2028),
        act("Onder regie van de Gemeente Lelystad ontwerpen wij in 2027 samen met Staatsbosbeheer een "
            "natuurvriendelijke oever bij het Bataviastrand",
            "Ontwerp natuurvriendelijke oever Bataviastrand", [LELYSTAD], [PFL, SBB], 2027, 2027),
        act("Voor de versterking van de Oostvaardersdijk is het Waterschap Zuiderzeeland aan zet; wij werken daarbij "
            "met het waterschap samen, zodat het werk in het eerste kwartaal van 2029 kan zijn afgerond",
            "Versterking Oostvaardersdijk", [ZUIDERZEELAND], [PFL], None, 2029),
        act("De Gemeente Almere en wij trekken samen op bij de herinrichting van het Almeerderstrand, waarvan de "
            "uitvoering in 2027 start",
            "Herinrichting Almeerderstrand", [ALMERE, PFL], [], 2027, None),
        act("De monitoring van de zwemwaterkwaliteit bij de stranden langs het Markermeer wordt vanaf 2027 door ons "
            "opgepakt",
            "Monitoring zwemwaterkwaliteit stranden Markermeer", [PFL], [], 2027, None),
    ],
    "not_commitments": [
        "Met deze brief informeren wij u over de voortgang van het Programma Markermeerkust Almere-Lelystad, dat "
        "uw Staten op 12 maart 2025 hebben vastgesteld.",
        "In 2026 hebben wij samen met de Gemeente Almere de parkeerplaats bij het Almeerderstrand vergroot en de "
        "toegangsweg verbreed.",
        "Ondernemers langs de kust hebben de wens geuit om een veerverbinding tussen Lelystad en Marken te openen.",
        "Een tweede strand bij Lelystad-Haven nemen wij niet in het programma op.",
        "Wij houden u via de halfjaarlijkse voortgangsrapportage op de hoogte.",
    ],
    "reported_plans": [
        "Rijkswaterstaat verwacht in 2028 de Houtribsluizen bij Lelystad te renoveren.",
    ],
}

VERSLAG = {
    "document": "b44-verslag",
    "file": "b44-verslag.md",
    "type": "agenda",
    "producer": "Verslag of the Bestuurlijk Overleg Water en Klimaat Parkstad Limburg, 19 November 2026 (Gemeente "
    "Heerlen, Gemeente Kerkrade, Gemeente Landgraaf, Gemeente Brunssum, Provincie Limburg, Waterschap Limburg, "
    "Waterleiding Maatschappij Limburg N.V.); Markdown written by build.py, numbered agenda items with running "
    "prose and no action labels: 'Het overleg spreekt af dat X het voortouw neemt bij', '... wordt door X "
    "opgepakt', 'X zegt toe', '... wordt uitgevoerd door X, in nauwe samenwerking met Y', 'X en Y trekken samen "
    "op bij', 'Onder regie van X stellen de vier gemeenten rond de jaarwisseling ... op' (the other three "
    "gemeenten from the Aanwezig line); a question, a refusal of a party and an adopted verslag",
    "actions": [
        act("Het overleg spreekt af dat Waterschap Limburg het voortouw neemt bij een regionaal maatregelenpakket "
            "tegen wateroverlast langs de Geleenbeek, samen met de Gemeente Heerlen en de Gemeente Brunssum, en dat "
            "het pakket voor de zomer van 2027 ter besluitvorming voorligt",
            "Regionaal maatregelenpakket wateroverlast Geleenbeek", [WSL], [HEERLEN, BRUNSSUM], None, 2027),
        act("Het afkoppelen van hemelwater in Schaesberg wordt door de Gemeente Landgraaf opgepakt; de uitvoering "
            "loopt van 2027 tot en met 2029",
            "Afkoppelen hemelwater Schaesberg", [LANDGRAAF], [], 2027, 2029),
        act("De Provincie Limburg zegt toe de subsidieregeling Groene Daken Parkstad in het eerste kwartaal van 2027 "
            "opnieuw open te stellen",
            "Heropenen subsidieregeling Groene Daken Parkstad", [PLI], [], 2027, 2027),
        act("Het vergroenen van de schoolpleinen in Kerkrade-West wordt in 2027 en 2028 uitgevoerd door de Gemeente "
            "Kerkrade, in nauwe samenwerking met de Provincie Limburg",
            "Vergroenen schoolpleinen Kerkrade-West", [KERKRADE], [PLI], 2027, 2028),
        act("Waterleiding Maatschappij Limburg N.V. en Waterschap Limburg trekken samen op bij een onderzoek naar de "
            "aanvulling van het grondwater onder de Brunssummerheide, dat in 2027 en 2028 wordt uitgevoerd",
            "Onderzoek grondwateraanvulling Brunssummerheide", [WML, WSL], [], 2027, 2028),
        act("Onder regie van de Gemeente Heerlen stellen de vier gemeenten rond de jaarwisseling een gezamenlijk "
            "hitteplan Parkstad op",
            "Gezamenlijk hitteplan Parkstad", [HEERLEN], [KERKRADE, LANDGRAAF, BRUNSSUM], None, 2027,
            ambiguous=True),
    ],
    "not_commitments": [
        "Waterschap Limburg meldt dat de regenwaterbuffer langs de Caumerbeek in oktober 2026 is opgeleverd.",
        "Het verslag van 14 mei 2026 wordt ongewijzigd vastgesteld.",
        "De Gemeente Kerkrade vraagt of de provincie de subsidieregeling Groene Daken Parkstad, die in september "
        "2026 is uitgeput, opnieuw kan openstellen.",
        "De Gemeente Brunssum geeft aan dat zij de Brunssummerheide niet voor waterberging beschikbaar stelt.",
        "Waterschap Limburg vraagt of het overleg in 2027 ook de droogte in het Heuvelland wil bespreken.",
        "Het volgende overleg vindt plaats op 20 mei 2027 in Heerlen.",
    ],
}

PERSBERICHT = {
    "document": "b44-persbericht",
    "file": "b44-persbericht.txt",
    "type": "letter",
    "producer": "Persbericht of Havenbedrijf Amsterdam N.V., walstroom and room for wind op zee in the "
    "Noordzeekanaalgebied, dated 2 December 2026 (Havenbedrijf Amsterdam N.V., Gemeente Amsterdam, Gemeente "
    "Velsen, Provincie Noord-Holland, Gemeente Zaanstad; Rijkswaterstaat only in a reported plan); plain text "
    "written by build.py, the sender in the third person ('Havenbedrijf Amsterdam N.V.', 'het havenbedrijf'): "
    "'X neemt het voortouw bij ..., in nauwe samenwerking met Y', 'X en het havenbedrijf trekken samen op bij', "
    "'... wordt door het havenbedrijf opgepakt', 'Onder regie van X stellen ... op'; a quoted past result, a "
    "wish of shipping companies, a thing the port will not do, a boilerplate 'Over ...' paragraph",
    "letter_date": "2026-12-02",
    "actions": [
        act("Havenbedrijf Amsterdam N.V. neemt het voortouw bij de aanleg van walstroom voor riviercruiseschepen aan "
            "de Passagiersterminal Amsterdam, in nauwe samenwerking met de Gemeente Amsterdam; de installatie moet "
            "in het eerste kwartaal van 2028 in gebruik zijn",
            "Walstroom riviercruiseschepen Passagiersterminal Amsterdam", [HBA], [AMSTERDAM], None, 2028),
        act("De Gemeente Velsen en het havenbedrijf trekken samen op bij de inrichting van een servicehaven voor "
            "windparken op zee in de Averijhaven in IJmuiden, waarvan de bouw in 2028 start",
            "Servicehaven wind op zee Averijhaven IJmuiden", [VELSEN, HBA], [], 2028, None),
        act("Het onderzoek naar extra ligplaatsen voor de binnenvaart in de Westhaven wordt door het havenbedrijf "
            "opgepakt en is voor de zomer van 2027 afgerond",
            "Onderzoek extra ligplaatsen binnenvaart Westhaven", [HBA], [], None, 2027),
        act("Onder regie van de Provincie Noord-Holland stellen het havenbedrijf, de Gemeente Amsterdam en de "
            "Gemeente Zaanstad in 2027 een gezamenlijke visie op de ruimte voor circulaire industrie langs het "
            "Noordzeekanaal op",
            "Visie ruimte voor circulaire industrie Noordzeekanaal", [PNH], [HBA, AMSTERDAM, ZAANSTAD], 2027, 2027),
    ],
    "not_commitments": [
        "Havenbedrijf Amsterdam N.V. heeft met de Gemeente Amsterdam, de Gemeente Velsen en de Provincie "
        "Noord-Holland afspraken gemaakt over de ontwikkeling van het Noordzeekanaalgebied in de komende jaren.",
        "In 2026 maakte al 40 procent van de zeecruiseschepen in Amsterdam gebruik van walstroom",
        "Rederijen hebben gevraagd om een korting op het havengeld voor schepen die walstroom gebruiken.",
        "Het havenbedrijf breidt de Afrikahaven niet verder uit.",
        "Havenbedrijf Amsterdam N.V. beheert en ontwikkelt de havens van Amsterdam en is sinds 2013 een "
        "zelfstandige naamloze vennootschap met de Gemeente Amsterdam als enige aandeelhouder.",
    ],
    "reported_plans": [
        "Rijkswaterstaat verwacht in 2029 groot onderhoud aan de Noordersluis in IJmuiden uit te voeren.",
    ],
}

DOCS = [KAMERBRIEF, RAADSINFORMATIEBRIEF, GS_BRIEF, VERSLAG, PERSBERICHT]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
