"""b3-actieprogramma-zoet-zout-noordkop.md: an agenda in Markdown whose actions are blocks of bold labels
(Trekker / Betrokken partijen / Opdrachtgever / Termijn / Samenhang), with prose between them."""
from common import ROOT, action, write_gold

STEM = "b3-actieprogramma-zoet-zout-noordkop"

TEXT = """# Actieprogramma Zoet en Zout Kop van Noord-Holland 2026–2029

*Gemeenten Den Helder, Hollands Kroon, Schagen en Texel, Hoogheemraadschap Hollands Noorderkwartier en provincie Noord-Holland — versie 1.0, oktober 2026*

## 1. Waarom dit programma

Door zeespiegelstijging, bodemdaling en drogere zomers dringt zout water steeds verder de polders van de Noordkop in. In de zomer van 2025 moest in delen van de Wieringermeer en rond Anna Paulowna de beregening uit oppervlaktewater worden beperkt. In 2025 is de Zoetwaterverkenning Noordkop afgerond; dit actieprogramma werkt de aanbevelingen daarvan uit.

In dit programma gebruiken we de afkorting HHNK voor het Hoogheemraadschap Hollands Noorderkwartier. PWN is het drinkwaterbedrijf in Noord-Holland; KAVB is de Koninklijke Algemeene Vereeniging voor Bloembollencultuur.

## 2. Meten en weten

### Actie 1: Meetnet verzilting oppervlakte- en grondwater Noordkop

Uitbreiding van het meetnet met veertig sensoren voor chloride in sloten, kreken en ondiep grondwater.

- **Trekker:** HHNK
- **Betrokken partijen:** provincie Noord-Holland, LTO Noord
- **Termijn:** Q2 2026 – Q4 2027
- **Samenhang:** –

### Actie 2: Pilot zoetwaterbuffering in kreekruggen bij bollentelers

Proef met het opslaan van regenwater in de ondergrond van kreekruggen rond Anna Paulowna, zodat telers in droge perioden minder afhankelijk zijn van aanvoer.

- **Trekker:** gemeente Hollands Kroon
- **Betrokken partijen:** HHNK, KAVB, Stichting Zilte Akkers Noordkop
- **Termijn:** vanaf voorjaar 2027
- **Samenhang:** start na afronding van actie 1

### Actie 3: Proefvelden zouttolerante teelten op Texel en Wieringen

Proefvelden voor zouttolerante aardappel-, ui- en zeekraalrassen, met open dagen voor telers.

- **Trekker:** Salt Farm Texel
- **Betrokken partijen:** gemeente Texel, Wageningen University & Research
- **Termijn:** 2026-2028
- **Samenhang:** samenhang met actie 2

Rijkswaterstaat onderzoekt of de zoutindringing via de Stevinsluizen bij Den Oever kan worden beperkt. De uitkomst daarvan wordt in 2028 verwacht.

## 3. Water hergebruiken

### Actie 4: Verkenning hergebruik effluent rwzi Wieringermeer

Verkenning of gezuiverd afvalwater van de rwzi Wieringermeer na extra zuivering kan worden gebruikt voor koeling en voor de kassen op Agriport A7.

- **Trekker:** HHNK
- **Opdrachtgever:** provincie Noord-Holland
- **Betrokken partijen:** PWN, gemeente Hollands Kroon, Agriport A7
- **Termijn:** eind 2026
- **Samenhang:** –

### Actie 5: Aanleg effluentleiding naar Agriport A7 (fase 1)

Aanleg van een transportleiding en een nazuiveringsinstallatie voor het hergebruik van effluent.

- **Trekker:** gemeente Hollands Kroon en HHNK
- **Betrokken partijen:** Agriport A7, PWN
- **Termijn:** 2027–2029
- **Samenhang:** afhankelijk van actie 4

Als de Rijksbijdrage uit het Deltafonds wordt toegekend, kan fase 2 van de effluentleiding ook het glastuinbouwgebied bij Middenmeer bedienen.

## 4. Ruimte en keten

### Actie 6: Koppelkansen natuur bij de dijkversterking Balgzand

Aanleg van zilte natuur en een wandelroute op en langs de versterkte dijk tussen Den Helder en Den Oever.

- **Trekker:** HHNK
- **Betrokken partijen:** gemeente Den Helder, Natuurmonumenten, Rijkswaterstaat
- **Termijn:** doorlopend
- **Samenhang:** –

### Actie 7: Regionale zoetwatervisie Noordkop

Een gezamenlijke visie op de zoetwatervoorziening tot 2050 als bijdrage aan het Deltaprogramma Zoetwater.

- **Trekker:** provincie Noord-Holland
- **Betrokken partijen:** gemeenten Den Helder, Hollands Kroon, Schagen en Texel; HHNK
- **Termijn:** medio 2027
- **Samenhang:** afhankelijk van de resultaten van actie 1

### Actie 8: Zilt Loket voor agrarische ondernemers

Een informatie- en adviespunt waar ondernemers terecht kunnen met vragen over verzilting, zouttolerante teelten en subsidies.

- **Trekker:** LTO Noord
- **Betrokken partijen:** Stichting Zilte Akkers Noordkop, gemeente Schagen, agrarische ondernemers
- **Termijn:** 2026 – doorlopend
- **Samenhang:** onderdeel van actie 3

## 5. Financiën en sturing

De provincie en HHNK dragen elk de helft van de programmakosten. Agriport A7 heeft aangegeven mee te willen betalen aan fase 1 van de effluentleiding. De stuurgroep Zoet en Zout komt twee keer per jaar bijeen.
"""

GOLD = [
    action("1", "Actie 1: Meetnet verzilting oppervlakte- en grondwater Noordkop",
           "Meetnet verzilting oppervlakte- en grondwater Noordkop", ["Hoogheemraadschap Hollands Noorderkwartier"],
           ["Provincie Noord-Holland", "LTO Noord"], 2026, 2027),
    action("2", "Actie 2: Pilot zoetwaterbuffering in kreekruggen bij bollentelers",
           "Pilot zoetwaterbuffering in kreekruggen bij bollentelers", ["Gemeente Hollands Kroon"],
           ["Hoogheemraadschap Hollands Noorderkwartier", "Koninklijke Algemeene Vereeniging voor Bloembollencultuur",
            "Stichting Zilte Akkers Noordkop"], 2027, None, [("starts_after", "1")]),
    action("3", "Actie 3: Proefvelden zouttolerante teelten op Texel en Wieringen",
           "Proefvelden zouttolerante teelten op Texel en Wieringen", ["Salt Farm Texel"],
           ["Gemeente Texel", "Wageningen University & Research"], 2026, 2028, [("related", "2")]),
    action("4", "Actie 4: Verkenning hergebruik effluent rwzi Wieringermeer",
           "Verkenning hergebruik effluent rwzi Wieringermeer", ["Hoogheemraadschap Hollands Noorderkwartier"],
           ["PWN", "Gemeente Hollands Kroon", "Agriport A7"], None, 2026,
           commissioners=["Provincie Noord-Holland"]),
    action("5", "Actie 5: Aanleg effluentleiding naar Agriport A7 (fase 1)",
           "Aanleg effluentleiding naar Agriport A7 (fase 1)",
           ["Gemeente Hollands Kroon", "Hoogheemraadschap Hollands Noorderkwartier"], ["Agriport A7", "PWN"],
           2027, 2029, [("depends", "4")]),
    action("6", "Actie 6: Koppelkansen natuur bij de dijkversterking Balgzand",
           "Koppelkansen natuur bij de dijkversterking Balgzand", ["Hoogheemraadschap Hollands Noorderkwartier"],
           ["Gemeente Den Helder", "Natuurmonumenten", "Rijkswaterstaat"], None, None),
    action("7", "Actie 7: Regionale zoetwatervisie Noordkop", "Regionale zoetwatervisie Noordkop",
           ["Provincie Noord-Holland"],
           ["Gemeente Den Helder", "Gemeente Hollands Kroon", "Gemeente Schagen", "Gemeente Texel",
            "Hoogheemraadschap Hollands Noorderkwartier"], 2027, 2027, [("depends", "1")],
           period_is_ambiguous=True),
    action("8", "Actie 8: Zilt Loket voor agrarische ondernemers", "Zilt Loket voor agrarische ondernemers",
           ["LTO Noord"], ["Stichting Zilte Akkers Noordkop", "Gemeente Schagen"], 2026, None,
           [("part_of", "3")]),
]

NOT = [
    "Door zeespiegelstijging, bodemdaling en drogere zomers dringt zout water steeds verder de polders van de "
    "Noordkop in.",
    "In de zomer van 2025 moest in delen van de Wieringermeer en rond Anna Paulowna de beregening uit "
    "oppervlaktewater worden beperkt.",
    "In 2025 is de Zoetwaterverkenning Noordkop afgerond",
    "Rijkswaterstaat onderzoekt of de zoutindringing via de Stevinsluizen bij Den Oever kan worden beperkt.",
    "Als de Rijksbijdrage uit het Deltafonds wordt toegekend, kan fase 2 van de effluentleiding ook het "
    "glastuinbouwgebied bij Middenmeer bedienen.",
    "De uitkomst daarvan wordt in 2028 verwacht.",
    "Agriport A7 heeft aangegeven mee te willen betalen aan fase 1 van de effluentleiding.",
]


def build():
    (ROOT / f"{STEM}.md").write_text(TEXT, encoding="utf-8")
    write_gold(STEM, f"{STEM}.md", "label-blocks", "Markdown, bold labels in bullet lists", GOLD, NOT)


if __name__ == "__main__":
    build()
