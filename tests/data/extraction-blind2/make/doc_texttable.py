"""b2-acties-rivierenland.md: a Markdown pipe table "Nr | Actie | Eigenaar | Betrokken | Start | Eind".

Dependencies are written inside the action text ("na afronding van actie 2", "in samenhang met actie 7").
Eigenaar uses the common abbreviation WSRL for Waterschap Rivierenland.
"""
from common import A, OUT, write_gold

DOC = "b2-acties-rivierenland"
FILE = DOC + ".md"

TEXT = """\
# Actieprogramma Water en Ruimte Rivierenland 2026–2030

Vastgesteld door het Algemeen Bestuur van de Regio Rivierenland, 11 februari 2026.

## Aanleiding

Rivierenland ligt tussen Waal, Linge en Nederrijn-Lek. De rivieren bepalen de identiteit van het gebied, maar ook
de grenzen aan wat er kan. Na de droge zomers van de afgelopen jaren en het hoogwater van januari 2024 hebben de
gemeenten, Waterschap Rivierenland (WSRL) en de provincie Gelderland afgesproken hun plannen beter op elkaar af
te stemmen. Dit actieprogramma legt vast wie welke actie trekt en wanneer.

## Acties

| Nr | Actie | Eigenaar | Betrokken | Start | Eind |
|----|-------|----------|-----------|-------|------|
| 1 | Gebiedsvisie uiterwaarden Waal Neder-Betuwe opstellen | Gemeente Neder-Betuwe | WSRL, Rijkswaterstaat | 2026 | 2026 |
| 2 | Regionaal waterplan Rivierenland actualiseren | WSRL | gemeenten Tiel, Culemborg en West Betuwe | 2026 | 2027 |
| 3 | Hemelwaterverordening invoeren, na afronding van actie 2 | Gemeente Tiel | WSRL | 2028 | 2028 |
| 4 | Onderzoek waterbeschikbaarheid fruitteelt in de Betuwe | Provincie Gelderland | NFO, WSRL | 2026 | – |
| 5 | Woningbouwlocatie Culemborg-Oost ontwikkelen | Gemeente Culemborg | KleurrijkWonen | 2027 | 2030 |
| 6 | Uitvoeringsprogramma Fruitdelta afronden | Regio Rivierenland | provincie Gelderland | – | 2027 |
| 7 | Stresstest wateroverlast West Betuwe herhalen | Gemeente West Betuwe | | 2027 | 2027 |
| 8 | Retentiegebied Linge bij Geldermalsen inrichten, in samenhang met actie 7 | WSRL | gemeente West Betuwe, Staatsbosbeheer | 2027 | 2029 |

NFO = Nederlandse Fruittelers Organisatie.

## Financiering

De acties worden gefinancierd uit de begrotingen van de eigenaren. Voor actie 4 en actie 6 is een bijdrage uit
het Gelders programma Landelijk Gebied aangevraagd.
"""

PRODUCER = ("Markdown (make/doc_texttable.py); a pipe table 'Nr | Actie | Eigenaar | Betrokken | Start | Eind' with "
            "dependencies in the action text ('na afronding van actie 2', 'in samenhang met actie 7'); Eigenaar "
            "'WSRL'; Start or Eind '–'; one empty Betrokken cell; NFO explained under the table")

WSRL = "Waterschap Rivierenland"
GLD = "Provincie Gelderland"
ACTIONS = [
    A("1", "Gebiedsvisie uiterwaarden Waal Neder-Betuwe opstellen", "Gebiedsvisie uiterwaarden Waal Neder-Betuwe opstellen",
      ["Gemeente Neder-Betuwe"], [WSRL, "Rijkswaterstaat"], 2026, 2026),
    A("2", "Regionaal waterplan Rivierenland actualiseren", "Regionaal waterplan Rivierenland actualiseren",
      [WSRL], ["Gemeente Tiel", "Gemeente Culemborg", "Gemeente West Betuwe"], 2026, 2027),
    A("3", "Hemelwaterverordening invoeren", "Hemelwaterverordening invoeren",
      ["Gemeente Tiel"], [WSRL], 2028, 2028, [("starts_after", "2")]),
    A("4", "Onderzoek waterbeschikbaarheid fruitteelt in de Betuwe", "Onderzoek waterbeschikbaarheid fruitteelt in de Betuwe",
      [GLD], ["Nederlandse Fruittelers Organisatie", WSRL], 2026, None),
    A("5", "Woningbouwlocatie Culemborg-Oost ontwikkelen", "Woningbouwlocatie Culemborg-Oost ontwikkelen",
      ["Gemeente Culemborg"], ["KleurrijkWonen"], 2027, 2030),
    A("6", "Uitvoeringsprogramma Fruitdelta afronden", "Uitvoeringsprogramma Fruitdelta afronden",
      ["Regio Rivierenland"], [GLD], None, 2027),
    A("7", "Stresstest wateroverlast West Betuwe herhalen", "Stresstest wateroverlast West Betuwe herhalen",
      ["Gemeente West Betuwe"], [], 2027, 2027),
    A("8", "Retentiegebied Linge bij Geldermalsen inrichten", "Retentiegebied Linge bij Geldermalsen inrichten",
      [WSRL], ["Gemeente West Betuwe", "Staatsbosbeheer"], 2027, 2029, [("related", "7")]),
]


def build():
    (OUT / FILE).write_text(TEXT, encoding="utf-8")
    # The 'Betrokken' column holds involved parties, as ONTOLOGY-NOTES.md has it (betrokken -> involved);
    # this gold first read it as partners and was changed on 2026-12-02.
    actions = [{**a, "partners": [], "involved": a["partners"]} for a in ACTIONS]
    write_gold(DOC, FILE, "text-table", PRODUCER, actions)


if __name__ == "__main__":
    build()
