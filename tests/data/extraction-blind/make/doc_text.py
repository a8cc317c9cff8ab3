"""No. 4 blind-tabs.txt (text-table), no. 5 blind-raadsbrief.txt (letter), no. 7 blind-headings.md (label-blocks).

The texts are written out here in full; the gold beside them is read by hand from these texts.
"""
from gold import OUT, A, write_gold

# ---------------------------------------------------------------------------------------------------------------
# No. 4: a tab-separated table as pasted from a spreadsheet, header "Actie<TAB>Eigenaar<TAB>Partners<TAB>Termijn",
# no code column, one empty Partners cell, terms "Q3 2026", "doorlopend", "2025 e.v.", "voor de zomer van 2027".
TABS = "\n".join([
    "Regionale Energiestrategie Zeeland – actielijst 2026",
    "Stand per 1 maart 2026, export uit het actieregister van het programmabureau RES Zeeland.",
    "Afgeronde acties uit 2025 staan niet meer in deze lijst.",
    "",
    "Actie\tEigenaar\tPartners\tTermijn",
    "Zoekgebieden voor zon op bedrijventerreinen vastleggen in de omgevingsplannen\tGemeente Goes\tgemeenten Borsele en Kapelle\tQ3 2026",
    "Participatiefonds voor lokale energiecoöperaties beheren\tProvincie Zeeland\tZeeuwind, ZMf\tdoorlopend",
    "Warmtenet Sloegebied uitbreiden met restwarmte van de industrie\tNorth Sea Port\tgemeente Vlissingen, provincie\t2025 e.v.",
    "Regionaal Warmteplan Walcheren opstellen\tgem. Middelburg\tgemeenten Vlissingen en Veere, Waterschap Scheldestromen\tvoor de zomer van 2027",
    "Aquathermie uit het Kanaal door Walcheren onderzoeken\tWaterschap Scheldestromen\tgemeente Middelburg\t2026-2027",
    "Netversterking op Schouwen-Duiveland versnellen\tEnduris\tProvincie Zeeland, gemeente Schouwen-Duiveland\teind 2026",
    "Energieloket uitbreiden met advies voor VvE's\tGemeente Terneuzen\tgemeenten Hulst en Sluis\tQ1 2027",
    "Monitor RES Zeeland actualiseren\tProvincie Zeeland\t\tnajaar 2026",
    "Ruimtelijke inpassing waterstofleiding Vlissingen-Oost – Terneuzen voorbereiden\tProvincie Zeeland\tNorth Sea Port, Gasunie\t2026-2028",
    "Proef met zonnepanelen op twee dijkvakken langs de Oosterschelde\tWaterschap Scheldestromen\tZeeuwind\t2027",
    "",
    "Toelichting: ZMf = Zeeuwse Milieufederatie. Acties met termijn 'doorlopend' worden jaarlijks herbevestigd",
    "in de stuurgroep RES Zeeland.",
    "",
])

TABS_GOLD = [
    A("", "Zoekgebieden voor zon op bedrijventerreinen vastleggen in de omgevingsplannen",
      "Zoekgebieden zon op bedrijventerreinen vastleggen",
      ["Gemeente Goes"], ["Gemeente Borsele", "Gemeente Kapelle"], 2026, 2026),
    A("", "Participatiefonds voor lokale energiecoöperaties beheren", "Participatiefonds energiecoöperaties beheren",
      ["Provincie Zeeland"], ["Zeeuwind", "Zeeuwse Milieufederatie"], None, None),
    A("", "Warmtenet Sloegebied uitbreiden met restwarmte van de industrie", "Warmtenet Sloegebied uitbreiden",
      ["North Sea Port"], ["Gemeente Vlissingen", "Provincie Zeeland"], 2025, None),
    A("", "Regionaal Warmteplan Walcheren opstellen", "Regionaal Warmteplan Walcheren opstellen",
      ["Gemeente Middelburg"], ["Gemeente Vlissingen", "Gemeente Veere", "Waterschap Scheldestromen"], None, 2027),
    A("", "Aquathermie uit het Kanaal door Walcheren onderzoeken", "Aquathermie Kanaal door Walcheren onderzoeken",
      ["Waterschap Scheldestromen"], ["Gemeente Middelburg"], 2026, 2027),
    A("", "Netversterking op Schouwen-Duiveland versnellen", "Netversterking Schouwen-Duiveland versnellen",
      ["Enduris"], ["Provincie Zeeland", "Gemeente Schouwen-Duiveland"], None, 2026),
    A("", "Energieloket uitbreiden met advies voor VvE's", "Energieloket uitbreiden met advies voor VvE's",
      ["Gemeente Terneuzen"], ["Gemeente Hulst", "Gemeente Sluis"], 2027, 2027),
    A("", "Monitor RES Zeeland actualiseren", "Monitor RES Zeeland actualiseren",
      ["Provincie Zeeland"], [], 2026, 2026),
    A("", "Ruimtelijke inpassing waterstofleiding Vlissingen-Oost – Terneuzen voorbereiden",
      "Ruimtelijke inpassing waterstofleiding voorbereiden",
      ["Provincie Zeeland"], ["North Sea Port", "Gasunie"], 2026, 2028),
    A("", "Proef met zonnepanelen op twee dijkvakken langs de Oosterschelde", "Proef zonnepanelen op dijkvakken",
      ["Waterschap Scheldestromen"], ["Zeeuwind"], 2027, 2027),
]

# ---------------------------------------------------------------------------------------------------------------
# No. 5: a raadsinformatiebrief of the college of B&W of Enschede, commitments in running prose.
BRIEF = """Raadsinformatiebrief

Aan:                de gemeenteraad van Enschede
Van:                het college van burgemeester en wethouders
Datum:              17 februari 2026
Kenmerk:            RIB 2026-014
Onderwerp:          Voortgang warmtetransitie Pathmos en Wesselerbrink

Geachte leden van de raad,

Met deze brief informeren wij u over de voortgang van de warmtetransitie in Pathmos en Wesselerbrink en over
de stappen die wij dit jaar en volgend jaar zetten.

Aanleiding
Op 6 oktober 2025 heeft uw raad de motie ‘Warm en betaalbaar’ aangenomen, waarin u ons vraagt de aanpak in
Pathmos te versnellen en huurders nadrukkelijk te betrekken. Pathmos is een naoorlogse wijk met ruim 2.400
woningen, waarvan ongeveer twee derde in bezit is van woningcorporatie Domijn.

Wat er in 2025 is gebeurd
In 2025 hebben wij samen met Domijn 310 portiekwoningen in Pathmos-Noord geïsoleerd en voorbereid op een
aansluiting op het warmtenet. De bewonersavonden in het najaar van 2025 werden goed bezocht; bewoners vroegen
vooral naar de kosten en naar de overlast tijdens de werkzaamheden.

Wat wij gaan doen
Wij zullen in het tweede kwartaal van 2026 de subsidieregeling isolatie openstellen voor particuliere
eigenaren in Pathmos. Het college gaat samen met Domijn en Ennatuurlijk in 2026 en 2027 de eerste 420 woningen
in Pathmos aansluiten op het warmtenet. Met Twence maken wij dit jaar afspraken over de levering van
restwarmte aan het warmtenet tot ten minste 2035.

Vóór 1 juli 2026 informeren wij uw raad over de uitkomst van de haalbaarheidsstudie naar aquathermie uit het
Twentekanaal. Samen met de provincie werken wij in 2027 een regionale aanpak voor de opslag van warmte in de
bodem uit. In september 2026 organiseren wij in elke buurt van Wesselerbrink een bewonersavond over de plannen
voor de wijk. Het college stelt vóór het einde van 2026 het wijkuitvoeringsplan Wesselerbrink vast en legt
het daarna ter kennisname aan uw raad voor.

Ontwikkelingen bij anderen
Ennatuurlijk onderzoekt of het warmtenet op termijn ook naar Glanerbrug kan worden uitgebreid; een besluit
daarover verwacht het bedrijf niet voor 2028. Het Rijk heeft aangekondigd de Wet collectieve warmte in 2027 in
werking te laten treden. Als die wet later in werking treedt dan nu voorzien, dan overwegen wij de planning
voor Wesselerbrink aan te passen.

Financiën
De kosten van de subsidieregeling (€ 1,2 miljoen) zijn gedekt uit de middelen voor de warmtetransitie in de
begroting 2026.

Met vriendelijke groet,

burgemeester en wethouders van Enschede,

de secretaris,                      de burgemeester,
"""

BRIEF_GOLD = [
    A("", "Wij zullen in het tweede kwartaal van 2026 de subsidieregeling isolatie openstellen",
      "Subsidieregeling isolatie openstellen voor particuliere eigenaren in Pathmos",
      ["Gemeente Enschede"], [], 2026, 2026),
    A("", "Het college gaat samen met Domijn en Ennatuurlijk in 2026 en 2027",
      "Eerste 420 woningen in Pathmos aansluiten op het warmtenet",
      ["Gemeente Enschede"], ["Domijn", "Ennatuurlijk"], 2026, 2027),
    A("", "Met Twence maken wij dit jaar afspraken over de levering van",
      "Afspraken met Twence over levering van restwarmte",
      ["Gemeente Enschede"], ["Twence"], 2026, 2026),
    A("", "Vóór 1 juli 2026 informeren wij uw raad over de uitkomst van de haalbaarheidsstudie",
      "Raad informeren over haalbaarheidsstudie aquathermie Twentekanaal",
      ["Gemeente Enschede"], [], None, 2026),
    A("", "Samen met de provincie werken wij in 2027 een regionale aanpak voor de opslag van warmte",
      "Regionale aanpak warmteopslag in de bodem uitwerken",
      ["Gemeente Enschede"], ["Provincie Overijssel"], 2027, 2027),
    A("", "In september 2026 organiseren wij in elke buurt van Wesselerbrink een bewonersavond",
      "Bewonersavonden in Wesselerbrink",
      ["Gemeente Enschede"], [], 2026, 2026),
    A("", "Het college stelt vóór het einde van 2026 het wijkuitvoeringsplan Wesselerbrink vast",
      "Wijkuitvoeringsplan Wesselerbrink vaststellen",
      ["Gemeente Enschede"], [], None, 2026),
]
BRIEF_NOT = [
    "de stappen die wij dit jaar en volgend jaar zetten",
    "Op 6 oktober 2025 heeft uw raad de motie ‘Warm en betaalbaar’ aangenomen",
    "Pathmos is een naoorlogse wijk met ruim 2.400",
    "In 2025 hebben wij samen met Domijn 310 portiekwoningen in Pathmos-Noord geïsoleerd",
    "Ennatuurlijk onderzoekt of het warmtenet op termijn ook naar Glanerbrug kan worden uitgebreid",
    "Het Rijk heeft aangekondigd de Wet collectieve warmte in 2027",
    "Als die wet later in werking treedt dan nu voorzien, dan overwegen wij de planning",
    "De kosten van de subsidieregeling (€ 1,2 miljoen) zijn gedekt",
]

# ---------------------------------------------------------------------------------------------------------------
# No. 7: Markdown with a heading per action and bold bullet labels.
MD = """# Uitvoeringsprogramma Groen en Natuurinclusief Groningen 2026–2029

*Gemeente Groningen – vastgesteld door het college op 10 maart 2026*

## Inleiding

De stad groeit de komende jaren met duizenden woningen. Tegelijk willen we dat Groningen groener wordt, dat
de biodiversiteit toeneemt en dat de stad koel blijft in hete zomers. Dit programma werkt de Groenvisie uit
in concrete acties. Bij elke actie staat wie trekt, met wie we samenwerken, wanneer de actie loopt en van
welke andere actie zij afhangt. Acties die de gemeente trekt, worden uitgevoerd door de directie Stadsbeheer.

## 1 Groen in de stad

### 1.1 Groenkaart en boomkroonbedekking

We brengen de boomkroonbedekking per wijk in kaart en leggen per wijk een streefwaarde vast.

- **Trekker:** gemeente Groningen
- **Partners:** RUG
- **Planning:** 2026
- **Afhankelijk van:** –

### 1.2 Tegels eruit, groen erin

Bewoners, huurders en corporaties krijgen hulp bij het vergroenen van tuinen en binnenterreinen.

- **Trekker:** gemeente
- **Partners:** NMF Groningen, Nijestee, Lefier
- **Planning:** doorlopend
- **Afhankelijk van:** –

### 1.3 Stadsbos Meerstad uitbreiden

Het stadsbos in Meerstad wordt met 40 hectare uitgebreid; de nieuwe delen sluiten aan op bestaande
groenstructuren uit de groenkaart (1.1).

- **Trekker:** Staatsbosbeheer
- **Partners:** gemeente Groningen, provincie
- **Planning:** 2027–2029
- **Samenhang met:** 1.1

## 2 Natuurinclusief bouwen en wonen

### 2.1 Richtlijn natuurinclusief bouwen

Een richtlijn met minimale eisen voor nestgelegenheid, groene gevels en waterdoorlatende tuinen bij
nieuwbouw.

- **Trekker:** gemeente Groningen
- **Partners:** Hanzehogeschool, NMF Groningen
- **Planning:** Q2 2026
- **Afhankelijk van:** –

### 2.2 Natuurinclusieve renovatie van corporatiewoningen

Bij renovatie van portiekflats worden nestkasten en groene daken standaard meegenomen.

- **Trekker:** Nijestee
- **Partners:** Lefier, gemeente Groningen
- **Planning:** 2026–2028
- **Afhankelijk van:** 2.1

### 2.3 Natuurinclusief bouwen

In de nieuwe wijken Stadshavens en de Suikerzijde passen we de richtlijn vanaf de eerste bouwfase toe.

- **Trekker:** gemeente Groningen
- **Partners:** provincie Groningen, NMF Groningen
- **Planning:** 2026–2028
- **Afhankelijk van:** 2.1

## 3 Landschap en water

### 3.1 Ecologische verbindingszone Reitdiep

Langs het Reitdiep ontstaat een doorgaande verbinding voor otter, ringslang en weidevogels.

- **Trekker:** Waterschap Noorderzijlvest
- **Partners:** Het Groninger Landschap, provincie
- **Planning:** vanaf 2027
- **Afhankelijk van:** –

### 3.2 Natuurvriendelijke oevers Winschoterdiep

Natuurvriendelijke oevers langs het Winschoterdiep tussen de stad en Kropswolde.

- **Trekker:** provincie Groningen
- **Partners:** Waterschap Hunze en Aa's
- **Planning:** eind 2027
- **Afhankelijk van:** start na afronding van 3.1

### 3.3 Landschapsmonitor

Een monitor van soorten en landschapskwaliteit in het buitengebied van de gemeente.

- **Trekker:** Het Groninger Landschap
- **Partners:** –
- **Planning:** 2028
- **Afhankelijk van:** –

## Tot slot

Het college rapporteert jaarlijks over de voortgang in de Groenmonitor. Nieuwe acties kunnen bij de
herijking in 2028 worden toegevoegd.
"""

MD_GOLD = [
    A("1.1", "1.1 Groenkaart en boomkroonbedekking", "Groenkaart en boomkroonbedekking",
      ["Gemeente Groningen"], ["Rijksuniversiteit Groningen"], 2026, 2026),
    A("1.2", "1.2 Tegels eruit, groen erin", "Tegels eruit, groen erin",
      ["Gemeente Groningen"], ["Natuur en Milieufederatie Groningen", "Nijestee", "Lefier"], None, None),
    A("1.3", "1.3 Stadsbos Meerstad uitbreiden", "Stadsbos Meerstad uitbreiden",
      ["Staatsbosbeheer"], ["Gemeente Groningen", "Provincie Groningen"], 2027, 2029, [("related", "1.1")]),
    A("2.1", "2.1 Richtlijn natuurinclusief bouwen", "Richtlijn natuurinclusief bouwen",
      ["Gemeente Groningen"], ["Hanzehogeschool Groningen", "Natuur en Milieufederatie Groningen"], 2026, 2026),
    A("2.2", "2.2 Natuurinclusieve renovatie van corporatiewoningen", "Natuurinclusieve renovatie van corporatiewoningen",
      ["Nijestee"], ["Lefier", "Gemeente Groningen"], 2026, 2028, [("depends", "2.1")]),
    A("2.3", "2.3 Natuurinclusief bouwen", "Natuurinclusief bouwen",
      ["Gemeente Groningen"], ["Provincie Groningen", "Natuur en Milieufederatie Groningen"], 2026, 2028,
      [("depends", "2.1")]),
    A("3.1", "3.1 Ecologische verbindingszone Reitdiep", "Ecologische verbindingszone Reitdiep",
      ["Waterschap Noorderzijlvest"], ["Het Groninger Landschap", "Provincie Groningen"], 2027, None),
    A("3.2", "3.2 Natuurvriendelijke oevers Winschoterdiep", "Natuurvriendelijke oevers Winschoterdiep",
      ["Provincie Groningen"], ["Waterschap Hunze en Aa's"], None, 2027, [("starts_after", "3.1")]),
    A("3.3", "3.3 Landschapsmonitor", "Landschapsmonitor",
      ["Het Groninger Landschap"], [], 2028, 2028),
]


def build():
    out = []
    for name, text in (("blind-tabs.txt", TABS), ("blind-raadsbrief.txt", BRIEF), ("blind-headings.md", MD)):
        p = OUT / name
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def gold():
    write_gold("blind-tabs", "blind-tabs.txt", "text-table",
               "plain UTF-8 text (make/doc_text.py); tab-separated table as pasted from a spreadsheet, header "
               "'Actie<TAB>Eigenaar<TAB>Partners<TAB>Termijn', no code column, one empty Partners cell",
               TABS_GOLD)
    write_gold("blind-raadsbrief", "blind-raadsbrief.txt", "letter",
               "plain UTF-8 text (make/doc_text.py); raadsinformatiebrief of the college van B&W of Enschede to "
               "the gemeenteraad; 7 commitments in running prose, 8 non-commitments",
               BRIEF_GOLD, BRIEF_NOT, letter_date="2026-02-17")
    write_gold("blind-headings", "blind-headings.md", "label-blocks",
               "Markdown (make/doc_text.py); '### 2.3 Titel' heading per action, bullet labels '- **Trekker:**', "
               "'- **Partners:**', '- **Planning:**', '- **Afhankelijk van:**' / '- **Samenhang met:**'",
               MD_GOLD)
