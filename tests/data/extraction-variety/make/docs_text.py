"""The two text documents: a Markdown pipe table without a code column, and Wat/Wie/Met/Wanneer blocks."""
# ruff: noqa: E501  -- the documents' own lines (a Markdown table row is one line) are kept as printed

from __future__ import annotations

from gold import OUT, act, write_gold

NOCODE = """\
# Werkplan Droogte en Bodemdaling Fryslân 2026-2028

Dit werkplan hoort bij de regionale aanpak van droogte in het Friese veenweidegebied. Het is opgesteld door
de provincie, het Wetterskip en de gemeenten in het gebied en wordt elk najaar bijgesteld.

## Activiteiten

| Activiteit | Wie | Met wie | Wanneer |
|---|---|---|---|
| **Peilbesluit veenweidegebied herzien**<br>inclusief proefvakken met onderwaterdrainage | Wetterskip Fryslân | Provincie Fryslân<br>Gemeente De Fryske Marren | 2026-2027 |
| **Proef met hogere grondwaterstanden**<br>op vijf melkveebedrijven rond Grou | Provincie Fryslân | Wetterskip Fryslân<br>LTO Noord | voorjaar 2026 |
| **Gebiedsplan voor de veenweide ten zuiden van Leeuwarden opstellen** | Gemeente Leeuwarden | Wetterskip Fryslân, Provincie Fryslân | start na de proef met hogere grondwaterstanden;<br>gereed uiterlijk 2028 |
| **Voorlichting over droogte**<br>aan agrariërs en tuinders via de gebiedsloketten | Provincie Fryslân | | doorlopend |
| **Regenwater in de stad vasthouden**<br>met wadi's en groene schoolpleinen | Gemeente Leeuwarden | Vitens | 2027 |

De planning in de laatste kolom is onder voorbehoud van de begroting van 2027.
"""

WIE = """\
Uitvoeringsagenda Vitaal Platteland Drenthe 2026-2029

Deze agenda beschrijft per werkpakket wat er gebeurt, wie het trekt, met wie en wanneer. De werkpakketten
hangen samen; onder "Relatie" staat welk werkpakket op een ander voortbouwt.


W1 – Stikstofmonitor voor de Drentse natuurgebieden

Wat: een meetnet van dertig meetpunten inrichten en de metingen jaarlijks openbaar maken.
Wie: Provincie Drenthe
Met: Waterschap Drents Overijsselse Delta, Gemeente Assen
Wanneer: 2026-2027


W2 – Beekdalen herstellen in het stroomgebied van de Oude Vaart

Wat: meanders terugbrengen, oevers verflauwen en afspraken maken met grondeigenaren over vernatting.
Wie: Gemeente Emmen
Met: Provincie Drenthe, Staatsbosbeheer
Wanneer: vanaf 2026
Relatie: zie W3


W3 – Waterbergingsgebied bij de Hunze aanleggen

Wat: een bergingsgebied van veertig hectare ontwerpen en aanbesteden, zodat piekafvoer in natte
perioden kan worden opgevangen.
Wie: Waterschap Hunze en Aa's
Met: Gemeente Aa en Hunze
Wanneer: in het voorjaar van 2027


W4 – Vergunningverlening voor extensieve landbouw versnellen

Wat: één loket voor agrariërs die willen extensiveren, met een vaste behandeltermijn van acht weken.
Wie: Provincie Drenthe i.s.m. Gemeente Midden-Drenthe
Wanneer: 2028-2029
Relatie: start nadat W1 is afgerond


W5 – Erfbeplanting en houtwallen langs de beekdalen

Wat: aanplant van vijftig kilometer houtwal met bewoners en agrariërs in het gebied.
Wie: Gemeente Hoogeveen
Met: Gemeente De Wolden, Waterschap Drents Overijsselse Delta
Wanneer: doorlopend
Relatie: onderdeel van W2


W6 – Netaansluiting voor de zonnevelden bij Coevorden

Wat: de aansluiting van drie zonnevelden op het middenspanningsnet voorbereiden, met een
transportindicatie per veld.
Wie: Gemeente Coevorden
Met: Enexis Netbeheer
Wanneer: uiterlijk eind 2027
Relatie: afhankelijk van W3


Het dagelijks bestuur van het programma bespreekt de voortgang twee keer per jaar.
"""


def nocode() -> None:
    (OUT / "variety-nocode.md").write_text(NOCODE, encoding="utf-8")
    W, F = "Wetterskip Fryslân", "Provincie Fryslân"
    proef = "Proef met hogere grondwaterstanden"
    write_gold("variety-nocode", "variety-nocode.md", "text-table",
               "hand-written Markdown pipe table (make/docs_text.py): no code column, <br> and **bold** in "
               "cells; the code-less dependency target is the other row's title", [
        act("", "Peilbesluit veenweidegebied herzien", "Peilbesluit veenweidegebied herzien", [W],
            [F, "Gemeente De Fryske Marren"], 2026, 2027),
        act("", "op vijf melkveebedrijven rond Grou", proef, [F], [W, "LTO Noord"], 2026, 2026),
        act("", "Gebiedsplan voor de veenweide ten zuiden van Leeuwarden opstellen",
            "Gebiedsplan veenweide ten zuiden van Leeuwarden", ["Gemeente Leeuwarden"], [W, F], None, 2028,
            [("starts_after", proef)]),
        act("", "aan agrariërs en tuinders via de gebiedsloketten", "Voorlichting over droogte aan agrariërs", [F], [], None, None),
        act("", "Regenwater in de stad vasthouden", "Regenwater in de stad vasthouden",
            ["Gemeente Leeuwarden"], ["Vitens"], 2027, 2027),
    ])


def wiewatwanneer() -> None:
    (OUT / "variety-wiewatwanneer.txt").write_text(WIE, encoding="utf-8")
    PD, DOD = "Provincie Drenthe", "Waterschap Drents Overijsselse Delta"
    write_gold("variety-wiewatwanneer", "variety-wiewatwanneer.txt", "label-blocks",
               "hand-written plain text (make/docs_text.py): 'W1 – titel' headings with Wat/Wie/Met/Wanneer/"
               "Relatie labels", [
        act("W1", "een meetnet van dertig meetpunten inrichten", "Stikstofmonitor voor de Drentse "
            "natuurgebieden", [PD], [DOD, "Gemeente Assen"], 2026, 2027),
        act("W2", "meanders terugbrengen, oevers verflauwen en afspraken maken", "Beekdalen herstellen in het "
            "stroomgebied van de Oude Vaart", ["Gemeente Emmen"], [PD, "Staatsbosbeheer"], 2026, None,
            [("related", "W3")]),
        act("W3", "een bergingsgebied van veertig hectare ontwerpen en aanbesteden", "Waterbergingsgebied bij "
            "de Hunze aanleggen", ["Waterschap Hunze en Aa's"], ["Gemeente Aa en Hunze"], 2027, 2027),
        act("W4", "één loket voor agrariërs die willen extensiveren", "Vergunningverlening voor extensieve "
            "landbouw versnellen", [PD], ["Gemeente Midden-Drenthe"], 2028, 2029, [("starts_after", "W1")]),
        act("W5", "aanplant van vijftig kilometer houtwal met bewoners", "Erfbeplanting en houtwallen langs de "
            "beekdalen", ["Gemeente Hoogeveen"], ["Gemeente De Wolden", DOD], None, None,
            [("part_of", "W2")]),
        act("W6", "de aansluiting van drie zonnevelden op het middenspanningsnet voorbereiden",
            "Netaansluiting voor de zonnevelden bij Coevorden", ["Gemeente Coevorden"], ["Enexis Netbeheer"],
            None, 2027, [("depends", "W3")]),
    ])


if __name__ == "__main__":
    nocode()
    wiewatwanneer()
