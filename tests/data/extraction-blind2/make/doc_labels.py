"""b2-blokken-west-brabant.txt: plain text with one block per action.

"Actie N: <titel>" followed by lines "Wie:", "Met wie:", "Wanneer:", "Relatie:", with prose between the blocks.
"""
from common import A, OUT, write_gold

DOC = "b2-blokken-west-brabant"
FILE = DOC + ".txt"

TEXT = """\
Regionale Agenda Energie en Water West-Brabant 2026-2029

Regio West-Brabant
Versie voor het Regionaal Bestuurlijk Overleg van 26 maart 2026


1. Waarom deze agenda

De zestien West-Brabantse gemeenten werken al jaren samen in de Regio West-Brabant (RWB). In de Regionale
Energiestrategie (RES 1.0) is afgesproken hoeveel duurzame energie de regio opwekt. Nu gaat het om de
uitvoering: warmte, netcapaciteit en een watersysteem dat droogte en hevige buien aankan. In deze agenda staan
de acties waarvoor een trekker en een planning zijn afgesproken. Acties waarover nog gesproken wordt, staan in
hoofdstuk 4.


2. Warmte

Voor veel wijken is nog niet duidelijk welk alternatief voor aardgas het beste past. De regio wil eerst een
gezamenlijk beeld van de bronnen, zodat gemeenten niet ieder afzonderlijk dezelfde studies laten doen.

Actie 1: Regionale warmtevisie West-Brabant opstellen
Wie: RWB
Met wie: de West-Brabantse gemeenten, provincie Noord-Brabant, Enexis
Wanneer: 2026
Relatie: -

Actie 2: Warmtenet Bergen op Zoom-Noord
Wie: gemeente Bergen op Zoom
Met wie: Woonkwartier
Wanneer: 2027 - 2029
Relatie: start na afronding van actie 1

Etten-Leur heeft al een eigen transitievisie warmte en wil niet wachten. Wel sluit de gemeente aan bij de
uitkomsten van de regionale visie.

Actie 3: Wijkuitvoeringsplan warmte Banakker
Wie: gemeente Etten-Leur
Met wie: Enexis
Wanneer: najaar 2026
Relatie: afhankelijk van actie 1


3. Water

Het waterschap ziet de grondwaterstanden op de zandgronden ten oosten van Breda al jaren dalen, terwijl de
polders in het westen te maken hebben met verzilting. Beide opgaven vragen om andere maatregelen.

Actie 4: Beekherstel Mark en Aa of Weerijs
Wie: Waterschap Brabantse Delta
Met wie: gemeente Breda, Staatsbosbeheer
Wanneer: vanaf 2026
Relatie: -

Actie 5: Zoetwateraanvoer West-Brabantse polders via de Roode Vaart
Wie: Brabantse Delta
Met wie: ZLTO, ministerie van LNV
Wanneer: Q2 2026 - Q4 2027
Relatie: samenhang met actie 4

Actie 6: Waterrobuuste inrichting Havenkwartier Breda
Wie: gemeente Breda
Met wie: -
Wanneer: eind 2028
Relatie: -


4. Moerdijk

Rond het haven- en industrieterrein Moerdijk komen veel opgaven samen: ruimte voor nieuwe bedrijven,
geluid en externe veiligheid, en de leefbaarheid van de kernen. Het Rijk heeft in 2025 aangekondigd de
ontwikkeling van het Logistiek Park Moerdijk te blijven steunen. Havenbedrijf Moerdijk onderzoekt daarnaast
of een tweede containerterminal nodig is; daarover is nog geen besluit.

Actie 7: Gebiedsprogramma leefbaarheid kernen Moerdijk
Wie: gemeente Moerdijk en provincie Noord-Brabant
Met wie: Havenbedrijf Moerdijk, OMWB
Wanneer: doorlopend
Relatie: -

Actie 8: Natuurcompensatie Logistiek Park Moerdijk
Wie: Havenbedrijf Moerdijk
Met wie: gemeente Moerdijk, provincie
Wanneer: uiterlijk 2027
Relatie: onderdeel van actie 7


5. Vervolg

De voortgang van deze agenda staat twee keer per jaar op de agenda van het Regionaal Bestuurlijk Overleg.

Afkortingen: RWB = Regio West-Brabant; OMWB = Omgevingsdienst Midden- en West-Brabant;
ZLTO = Zuidelijke Land- en Tuinbouworganisatie; LNV = Landbouw, Natuur en Voedselkwaliteit.
"""

PRODUCER = ("plain UTF-8 text (make/doc_labels.py); blocks 'Actie N: <titel>' with lines 'Wie:', 'Met wie:', "
            "'Wanneer:', 'Relatie:' and prose between blocks (including a past announcement by the Rijk and an "
            "intention of the Havenbedrijf, which are not actions); abbreviations RWB, OMWB, ZLTO, 'ministerie van LNV', "
            "bare 'Brabantse Delta', 'provincie'")

PNB = "Provincie Noord-Brabant"
WBD = "Waterschap Brabantse Delta"
ENX = "Enexis Netbeheer"
ACTIONS = [
    A("1", "Actie 1: Regionale warmtevisie West-Brabant opstellen", "Regionale warmtevisie West-Brabant opstellen",
      ["Regio West-Brabant"], [PNB, ENX], 2026, 2026),
    A("2", "Actie 2: Warmtenet Bergen op Zoom-Noord", "Warmtenet Bergen op Zoom-Noord",
      ["Gemeente Bergen op Zoom"], ["Woonkwartier"], 2027, 2029, [("starts_after", "1")]),
    A("3", "Actie 3: Wijkuitvoeringsplan warmte Banakker", "Wijkuitvoeringsplan warmte Banakker",
      ["Gemeente Etten-Leur"], [ENX], 2026, 2026, [("depends", "1")]),
    A("4", "Actie 4: Beekherstel Mark en Aa of Weerijs", "Beekherstel Mark en Aa of Weerijs",
      [WBD], ["Gemeente Breda", "Staatsbosbeheer"], 2026, None),
    A("5", "Actie 5: Zoetwateraanvoer West-Brabantse polders via de Roode Vaart",
      "Zoetwateraanvoer West-Brabantse polders via de Roode Vaart",
      [WBD], ["Zuidelijke Land- en Tuinbouworganisatie",
              "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"], 2026, 2027, [("related", "4")]),
    A("6", "Actie 6: Waterrobuuste inrichting Havenkwartier Breda", "Waterrobuuste inrichting Havenkwartier Breda",
      ["Gemeente Breda"], [], None, 2028),
    A("7", "Actie 7: Gebiedsprogramma leefbaarheid kernen Moerdijk", "Gebiedsprogramma leefbaarheid kernen Moerdijk",
      ["Gemeente Moerdijk", PNB], ["Havenbedrijf Moerdijk", "Omgevingsdienst Midden- en West-Brabant"], None, None),
    A("8", "Actie 8: Natuurcompensatie Logistiek Park Moerdijk", "Natuurcompensatie Logistiek Park Moerdijk",
      ["Havenbedrijf Moerdijk"], ["Gemeente Moerdijk", PNB], None, 2027, [("part_of", "7")]),
]

NOT_COMMITMENTS = [
    "Het Rijk heeft in 2025 aangekondigd de",
    "Havenbedrijf Moerdijk onderzoekt daarnaast",
    "Etten-Leur heeft al een eigen transitievisie warmte",
]


def build():
    (OUT / FILE).write_text(TEXT, encoding="utf-8")
    write_gold(DOC, FILE, "label-blocks", PRODUCER, ACTIONS, NOT_COMMITMENTS)


if __name__ == "__main__":
    build()
