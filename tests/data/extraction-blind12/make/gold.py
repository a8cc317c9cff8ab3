"""The blind12 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# IJmond (b12-statenbrief)
PNH = "Provincie Noord-Holland"
VELSEN = "Gemeente Velsen"
BEVERWIJK = "Gemeente Beverwijk"
HEEMSKERK = "Gemeente Heemskerk"
ODNZKG = "Omgevingsdienst Noordzeekanaalgebied"
RIVM = "Rijksinstituut voor Volksgezondheid en Milieu"
# Rotterdam-Rijnmond (b12-initialen)
HBR = "Havenbedrijf Rotterdam"
ROTTERDAM = "Gemeente Rotterdam"
RWS = "Rijkswaterstaat"
VLAARDINGEN = "Gemeente Vlaardingen"
SCHIEDAM = "Gemeente Schiedam"
DCMR = "DCMR Milieudienst Rijnmond"
DELFLAND = "Hoogheemraadschap van Delfland"
VRR = "Veiligheidsregio Rotterdam-Rijnmond"
# Brainport Eindhoven (b12-sterretje)
EINDHOVEN = "Gemeente Eindhoven"
HELMOND = "Gemeente Helmond"
VELDHOVEN = "Gemeente Veldhoven"
BEST = "Gemeente Best"
SONBREUGEL = "Gemeente Son en Breugel"
WDD = "Waterschap De Dommel"
PNB = "Provincie Noord-Brabant"
WOONBEDRIJF = "Woonbedrijf"
BRAINPORT = "Brainport Development"
BRL = "Brabants Landschap"
TUE = "Technische Universiteit Eindhoven"
MRE = "Metropoolregio Eindhoven"
# U10 (b12-eigenaar-mijlpalen)
UTRECHT = "Gemeente Utrecht"
NIEUWEGEIN = "Gemeente Nieuwegein"
HOUTEN = "Gemeente Houten"
ZEIST = "Gemeente Zeist"
DEBILT = "Gemeente De Bilt"
IJSSELSTEIN = "Gemeente IJsselstein"
STICHTSEVECHT = "Gemeente Stichtse Vecht"
PU = "Provincie Utrecht"
HDSR = "Hoogheemraadschap De Stichtse Rijnlanden"
STEDIN = "Stedin"
ENECO = "Eneco"
PORTAAL = "Portaal"
MITROS = "Mitros"
# Noordoost-Brabant (b12-drie-paginas)
AENM = "Waterschap Aa en Maas"
BW = "Brabant Water"
SBB = "Staatsbosbeheer"
NM = "Natuurmonumenten"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
OSS = "Gemeente Oss"
MAASHORST = "Gemeente Maashorst"
BERNHEZE = "Gemeente Bernheze"
BOEKEL = "Gemeente Boekel"
LVC = "Gemeente Land van Cuijk"
HAS = "HAS green academy"
AFC = "Agrifood Capital"
# Midden-Limburg (b12-perioden)
ROERMOND = "Gemeente Roermond"
WEERT = "Gemeente Weert"
LEUDAL = "Gemeente Leudal"
MAASGOUW = "Gemeente Maasgouw"
ROERDALEN = "Gemeente Roerdalen"
ECHT = "Gemeente Echt-Susteren"
WL = "Waterschap Limburg"
PL = "Provincie Limburg"
GGDLN = "GGD Limburg-Noord"
JANTJE = "Jantje Beton"
IVN = "IVN Natuureducatie"
# Zaanstreek-Waterland (b12-rolprefix)
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
LTO = "LTO Noord"
LNH = "Landschap Noord-Holland"
ZAANSTAD = "Gemeente Zaanstad"
PURMEREND = "Gemeente Purmerend"
EDAM = "Gemeente Edam-Volendam"
WATERLAND = "Gemeente Waterland"
WORMERLAND = "Gemeente Wormerland"
OOSTZAAN = "Gemeente Oostzaan"
LANDSMEER = "Gemeente Landsmeer"
PARTEON = "Parteon"


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


STATENBRIEF = {
    "document": "b12-statenbrief",
    "file": "b12-statenbrief.pdf",
    "type": "letter",
    "producer": "Statenbrief of Gedeputeerde Staten van Noord-Holland to Provinciale Staten, Voortgang "
    "Programma Gezondere Leefomgeving IJmond, dated 25 November 2026; reportlab; commitments in 'wij'-prose "
    "AND in a "
    "closing ruled table 'Toezegging | Termijn' without a who column (GS is the doer unless the row names "
    "another); three commitments in both, two only in the table, one only in the prose",
    "letter_date": "2026-11-25",
    "actions": [
        act(
            "",
            "het meetnet voor fijnstof en zware metalen in Wijk aan Zee en Beverwijk",
            "Uitbreiding meetnet fijnstof en zware metalen Wijk aan Zee en Beverwijk",
            [PNH],
            [],
            None,
            2027,
        ),
        act(
            "",
            "een gezondheidsagenda IJmond",
            "Gezondheidsagenda IJmond",
            [PNH],
            [VELSEN, BEVERWIJK, HEEMSKERK],
            None,
            2027,
        ),
        act(
            "",
            "over het toezicht op Tata Steel Nederland",
            "Halfjaarlijkse rapportage over het toezicht op Tata Steel Nederland",
            [ODNZKG],
            [],
            2027,
            None,
            commissioners=[PNH],
        ),
        act(
            "",
            "Openstellen van een subsidieregeling voor groene en gezonde schoolpleinen in de IJmond",
            "Subsidieregeling groene en gezonde schoolpleinen IJmond",
            [PNH],
            [],
            2027,
            2028,
        ),
        act(
            "",
            "Onderzoek door het RIVM, in onze opdracht, naar de stapeling van geluid en luchtverontreiniging",
            "Onderzoek stapeling van geluid en luchtverontreiniging in Wijk aan Zee",
            [RIVM],
            [],
            None,
            2027,
            commissioners=[PNH],
        ),
        act(
            "",
            "Wij informeren uw Staten vóór de zomer van 2027 over de kosten van de extra metingen.",
            "Informatie aan Provinciale Staten over de kosten van de extra metingen",
            [PNH],
            [],
            None,
            2027,
        ),
    ],
    "not_commitments": [
        "Met deze brief informeren wij u over de voortgang van het Programma Gezondere Leefomgeving IJmond.",
        "Op 3 juli 2026 hebben uw Staten motie 87-2026 aangenomen, die ons college verzoekt de uitstoot van "
        "zeer zorgwekkende stoffen rond het terrein van Tata Steel Nederland vaker te laten meten.",
        "In het programma werken wij samen met de gemeenten Velsen, Beverwijk en Heemskerk",
        "In 2024 en 2025 heeft het RIVM in twee rapporten laten zien dat de uitstoot van Tata Steel "
        "Nederland "
        "bijdraagt aan gezondheidsrisico's in de IJmond.",
        "Sinds 1 april 2026 houdt de OD NZKG met vier extra inspecteurs toezicht op het terrein.",
        "Als de metingen in 2027 hogere waarden laten zien dan de advieswaarden van de Gezondheidsraad, dan "
        "gaan "
        "wij met het Rijk in gesprek over aanvullende maatregelen.",
        "In onderstaande tabel staan de toezeggingen uit deze brief en uit de commissievergadering Natuur, "
        "Milieu en Gezondheid van 5 oktober 2026.",
        "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.",
    ],
    "reported_plans": [
        "Tata Steel Nederland heeft aangekondigd in 2028 de eerste kooksfabriek te sluiten.",
    ],
}

INITIALEN = {
    "document": "b12-initialen",
    "file": "b12-initialen.pdf",
    "type": "agenda",
    "producer": "Verslag werkgroep Buitendijkse Waterveiligheid Rijnmond of 12 November 2026 (Havenbedrijf "
    "Rotterdam, gemeenten Rotterdam, Schiedam, Vlaardingen, Rijkswaterstaat, Delfland, DCMR; VRR absent); "
    "HTML -> "
    "soffice; ruled action table 'Nr | Actie | Wie | Deadline' whose Wie cell holds INITIALS ('MB/KS', "
    "'LS/MB/KS'), resolved only through the attendance list 'Jan de Vries (RWS)' (and the absent 'Lotte Smit "
    "(VRR)'); the first initials are the actiehouder",
    "actions": [
        act(
            "A26-12",
            "Overstromingsrisicokaarten van de Waal- en Eemhaven actualiseren",
            "Actualiseren overstromingsrisicokaarten Waal- en Eemhaven",
            [HBR],
            [ROTTERDAM],
            None,
            2027,
        ),
        act(
            "A26-13",
            "Notitie over de hoogwaterbescherming van de Merwe-Vierhavens voor het bestuurlijk overleg",
            "Notitie hoogwaterbescherming Merwe-Vierhavens",
            [ROTTERDAM],
            [],
            None,
            2026,
        ),
        act(
            "A26-14",
            "Extra meetpunten voor de waterstand op de Nieuwe Waterweg bij Vlaardingen en Maassluis",
            "Extra meetpunten waterstand Nieuwe Waterweg",
            [RWS],
            [VLAARDINGEN],
            None,
            2027,
        ),
        act(
            "A26-15",
            "Overzicht van vitale en kwetsbare objecten in het buitendijkse gebied van Schiedam",
            "Overzicht vitale en kwetsbare objecten buitendijks Schiedam",
            [SCHIEDAM],
            [DCMR],
            None,
            2027,
        ),
        act(
            "A26-16",
            "Voorstel voor een gezamenlijke evacuatieoefening in de Merwe-Vierhavens",
            "Voorstel gezamenlijke evacuatieoefening Merwe-Vierhavens",
            [VRR],
            [HBR, ROTTERDAM],
            None,
            2027,
        ),
        act(
            "A26-17",
            "Afspraken over het peilbeheer van de Delflandse boezem bij hoogwater",
            "Afspraken peilbeheer Delflandse boezem bij hoogwater",
            [DELFLAND],
            [],
            None,
            2027,
            deps=[("starts_after", "A26-14")],
        ),
        act(
            "A26-18",
            "Uitkomsten van de risicoanalyse agenderen in het bestuurlijk overleg Rijnmond",
            "Risicoanalyse agenderen in het bestuurlijk overleg Rijnmond",
            [VLAARDINGEN],
            [],
            None,
            2027,
        ),
    ],
    "not_commitments": [
        "De voorzitter heet Sanne Vermeulen welkom als nieuw lid namens de gemeente Schiedam.",
        "Het verslag van 10 september 2026 wordt ongewijzigd vastgesteld.",
        "De actiepunten A26-07 en A26-09 van dat overleg zijn afgerond.",
        "MB presenteert de eerste uitkomsten van de risicoanalyse voor de Waal- en Eemhaven.",
        "De werkgroep constateert dat de overstromingskaarten uit 2019 verouderd zijn.",
        "Besluit: de werkgroep stemt in met de werkwijze voor de risicoanalyse.",
        "Pieter Jansen vraagt of de meetgegevens openbaar worden.",
        "RWS publiceert de gegevens al via Waterinfo.",
        "Het volgende overleg is op 11 februari 2027.",
        "Bij meerdere namen in de kolom Wie is de eerste de actiehouder; de anderen werken mee.",
    ],
}

STERRETJE = {
    "document": "b12-sterretje",
    "file": "b12-sterretje.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsagenda Groen en Klimaatbestendig Brainport 2026-2029 (gemeenten Eindhoven, "
    "Helmond, Veldhoven, Best, Son en Breugel, Waterschap De Dommel, Provincie Noord-Brabant, Metropoolregio "
    "Eindhoven); "
    "reportlab, landscape ruled table 'Nr. | Project | Partijen | Looptijd | Bijdrage agenda' whose ONE "
    "Partijen cell lists all parties and marks the trekker with an asterisk (footnote '* = trekker'), not "
    "always first, or in two rows with '(lead)'",
    "actions": [
        act(
            "G1",
            "Vergroenen en afkoppelen van Woensel-West",
            "Vergroenen en afkoppelen van Woensel-West",
            [EINDHOVEN],
            [WDD, WOONBEDRIJF],
            2026,
            2028,
        ),
        act(
            "G2",
            "Klimaatadaptieve herinrichting Brandevoort-Oost",
            "Klimaatadaptieve herinrichting Brandevoort-Oost",
            [HELMOND],
            [WDD],
            2027,
            2029,
        ),
        act(
            "G3",
            "Hittebestendig bedrijventerrein De Run in Veldhoven",
            "Hittebestendig bedrijventerrein De Run in Veldhoven",
            [VELDHOVEN],
            [BRAINPORT, PNB],
            2026,
            2027,
        ),
        act(
            "G4",
            "Beekherstel van de Dommel bij Son en Breugel",
            "Beekherstel van de Dommel bij Son en Breugel",
            [WDD],
            [SONBREUGEL, BRL],
            2027,
            None,
        ),
        act(
            "G5",
            "Living lab natuurinclusief bouwen op Strijp",
            "Living lab natuurinclusief bouwen op Strijp",
            [TUE],
            [EINDHOVEN, WDD],
            2026,
            2029,
        ),
        act(
            "G6",
            "Droogteaanpak van de Kempen tot Brainport",
            "Droogteaanpak van de Kempen tot Brainport",
            [PNB],
            [BEST, WDD],
            2027,
            2028,
            deps=[("related", "G4")],
        ),
        act(
            "G7",
            "Monitoring en jaarlijkse voortgangsrapportage",
            "Monitoring en jaarlijkse voortgangsrapportage",
            [MRE],
            [EINDHOVEN, HELMOND, VELDHOVEN, BEST, SONBREUGEL, WDD, PNB],
            2026,
            2029,
        ),
    ],
    "not_commitments": [
        "Het Bestuurlijk Overleg Klimaatadaptatie Brainport heeft de agenda op 9 november 2026 vastgesteld.",
        "In juni 2025 liepen na een wolkbreuk in Eindhoven en Helmond ruim tweehonderd kelders onder.",
        "De twee Interreg-projecten (G5 en G6) volgen de subsidieaanvraag: daar staat de trekker als (lead).",
        "De andere partijen voeren het project samen met de trekker uit.",
    ],
}

MIJLPALEN = {
    "document": "b12-eigenaar-mijlpalen",
    "file": "b12-eigenaar-mijlpalen.txt",
    "type": "label-blocks",
    "producer": "Programmaplan Warmte en Energie U10 2026-2029 (gemeenten Utrecht, Nieuwegein, Houten, "
    "IJsselstein, Zeist, De Bilt, Stichtse Vecht, Provincie Utrecht); plain text, written by build.py; "
    "headings "
    "'Actie 5 – Titel' under themed section headings, a description and ONE label line 'Eigenaar: ... | "
    "Uitvoering: ... | Mijlpalen: Q2 2027 ontwerp gereed; Q4 2028 oplevering' (milestones give the period)",
    "actions": [
        act(
            "1",
            "Warmtenet Overvecht-Noord",
            "Warmtenet Overvecht-Noord",
            [UTRECHT],
            [ENECO, PORTAAL, MITROS],
            2027,
            2028,
        ),
        act(
            "2",
            "Aquathermie uit de Lek bij Nieuwegein",
            "Aquathermie uit de Lek bij Nieuwegein",
            [NIEUWEGEIN],
            [HDSR, STEDIN],
            2027,
            2029,
        ),
        act(
            "3",
            "Wijkaanpak aardgasvrij Houten-Zuid",
            "Wijkaanpak aardgasvrij Houten-Zuid",
            [HOUTEN],
            [],
            2027,
            2029,
            deps=[("depends", "2")],
        ),
        act(
            "4",
            "Energiehub bedrijventerrein De Liesbosch",
            "Energiehub bedrijventerrein De Liesbosch",
            [STEDIN],
            [NIEUWEGEIN, PU],
            2027,
            2028,
        ),
        act(
            "5",
            "Zonnepanelen op scholen en sporthallen in Zeist en De Bilt",
            "Zonnepanelen op scholen en sporthallen in Zeist en De Bilt",
            [ZEIST],
            [DEBILT],
            2027,
            2029,
        ),
        act(
            "6",
            "Herziening transitievisies warmte IJsselstein en Stichtse Vecht",
            "Herziening transitievisies warmte IJsselstein en Stichtse Vecht",
            [IJSSELSTEIN],
            [STICHTSEVECHT],
            2027,
            2028,
            deps=[("depends", "1"), ("depends", "2")],
        ),
        act(
            "7",
            "Monitor warmtetransitie U10",
            "Monitor warmtetransitie U10",
            [UTRECHT],
            [PU],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "Het Portefeuillehoudersoverleg Energie van de U10 heeft dit programmaplan op 19 november 2026 "
        "vastgesteld.",
        "In 2025 was een op de acht woningen in de U10 aardgasvrij.",
        "De financiering van de acties staat in de begrotingen van de partners; dit plan geeft geen "
        "bedragen.",
    ],
}

DRIE_PAGINAS = {
    "document": "b12-drie-paginas",
    "file": "b12-drie-paginas.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsprogramma Water en Landbouw Noordoost-Brabant 2026-2030 (Waterschap Aa en Maas, "
    "Provincie Noord-Brabant, gemeenten Oss, Maashorst, Bernheze, Boekel, Land van Cuijk, ZLTO, Brabant "
    "Water); "
    "fpdf2, ruled table 'Nr. | Actie | Trekker | Partners | Periode' of 15 actions over THREE pages, the "
    "header "
    "row repeated on each page, a running header and a footer 'Pagina n van 3' on every page",
    "actions": [
        act(
            "A01",
            "Hermeandering van de Raam bij Mill",
            "Hermeandering van de Raam bij Mill",
            [AENM],
            [LVC, SBB],
            2026,
            2028,
        ),
        act(
            "A02",
            "Beekherstel van de Hertogswetering",
            "Beekherstel van de Hertogswetering",
            [AENM],
            [OSS],
            2027,
            2029,
        ),
        act(
            "A03",
            "Peilgestuurde drainage op 400 landbouwpercelen",
            "Peilgestuurde drainage op 400 landbouwpercelen",
            [ZLTO],
            [AENM, PNB],
            2026,
            2029,
        ),
        act(
            "A04",
            "Stoppen met wateraanvoer op de hoge zandgronden van de Maashorst",
            "Stoppen met wateraanvoer op de hoge zandgronden van de Maashorst",
            [AENM],
            [MAASHORST, NM],
            2027,
            2030,
        ),
        act(
            "A05",
            "Grondwaterbescherming waterwingebied Macharen",
            "Grondwaterbescherming waterwingebied Macharen",
            [BW],
            [OSS, ZLTO],
            2026,
            2028,
        ),
        act(
            "A06",
            "Pilotbedrijven kringlooplandbouw in Bernheze",
            "Pilotbedrijven kringlooplandbouw in Bernheze",
            [BERNHEZE],
            [ZLTO, HAS],
            2027,
            2028,
        ),
        act(
            "A07",
            "Natuurinclusieve landbouw rond de Maashorst",
            "Natuurinclusieve landbouw rond de Maashorst",
            [NM],
            [MAASHORST, ZLTO],
            2027,
            None,
        ),
        act(
            "A08",
            "Regenwater vasthouden op boerenerven",
            "Regenwater vasthouden op boerenerven",
            [ZLTO],
            [AENM],
            2026,
            2030,
        ),
        act(
            "A09",
            "Klimaatadaptief bouwen in Oss-West",
            "Klimaatadaptief bouwen in Oss-West",
            [OSS],
            [AENM],
            2027,
            2029,
        ),
        act(
            "A10",
            "Natte natuur langs de Peelrandbreuk bij Boekel",
            "Natte natuur langs de Peelrandbreuk bij Boekel",
            [BOEKEL],
            [AENM, BRL],
            2028,
            2030,
            deps=[("depends", "A04")],
        ),
        act("A11", "Bufferstroken langs beken", "Bufferstroken langs beken", [PNB], [AENM, ZLTO], 2026, 2027),
        act(
            "A12",
            "Droogtemonitor Noordoost-Brabant",
            "Droogtemonitor Noordoost-Brabant",
            [AENM],
            [BW, PNB],
            None,
            None,
        ),
        act(
            "A13",
            "Kennisprogramma bodem en water voor boeren",
            "Kennisprogramma bodem en water voor boeren",
            [AFC],
            [ZLTO, HAS],
            2027,
            2029,
        ),
        act(
            "A14",
            "Gebiedsproces Raamvallei",
            "Gebiedsproces Raamvallei",
            [LVC],
            [AENM, SBB],
            2028,
            2029,
            deps=[("related", "A01")],
        ),
        act(
            "A15",
            "Evaluatie van het uitvoeringsprogramma",
            "Evaluatie van het uitvoeringsprogramma",
            [PNB],
            [AENM],
            2030,
            2030,
            deps=[("starts_after", "A03"), ("starts_after", "A11")],
        ),
    ],
    "not_commitments": [
        "Het Gebiedsoverleg Noordoost-Brabant heeft dit programma op 16 november 2026 vastgesteld.",
        "In de zomers van 2018, 2019 en 2022 vielen in het gebied tientallen kilometers beek droog.",
        "In 2023 stelden de partners samen de Gebiedsvisie Water en Landbouw vast",
        "De partners dragen samen ruim € 40 miljoen bij; de bijdragen per actie staan in de begroting van "
        "het "
        "gebiedsoverleg.",
        "De trekker is verantwoordelijk voor de uitvoering van de actie; de partners werken mee.",
    ],
}

PERIODEN = {
    "document": "b12-perioden",
    "file": "b12-perioden.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Groene en Koele Schoolomgeving Midden-Limburg 2026-2029 (gemeenten "
    "Echt-Susteren, Leudal, Maasgouw, Roerdalen, Roermond, Weert, Waterschap Limburg, Provincie Limburg, GGD "
    "Limburg-Noord); HTML -> soffice; ruled table 'Nr. | Maatregel | Trekker | Partners | Tijdpad' whose "
    "Tijdpad cells hold MONTHS, QUARTERS, SEASONS and SCHOOL YEARS ('2026/2027', 'voor de zomer van 2027', "
    "'najaar 2026 – voorjaar 2028', 'juni 2027', 'vanaf schooljaar 2027/2028', 'uiterlijk 1 januari 2028', "
    "'eind Q3 2027', '2028/2029')",
    "actions": [
        act(
            "1",
            "Groene schoolpleinen bij twaalf basisscholen in Roermond",
            "Groene schoolpleinen bij twaalf basisscholen in Roermond",
            [ROERMOND],
            [JANTJE, IVN],
            2026,
            2027,
        ),
        act(
            "2",
            "Hitteprotocol voor basisscholen en kinderopvang",
            "Hitteprotocol voor basisscholen en kinderopvang",
            [GGDLN],
            [WEERT, LEUDAL],
            None,
            2027,
        ),
        act(
            "3",
            "Afkoppelen van het regenwater van schooldaken in Maasgouw",
            "Afkoppelen van het regenwater van schooldaken in Maasgouw",
            [WL],
            [MAASGOUW],
            2026,
            2028,
        ),
        act(
            "4",
            "Meetnet voor de temperatuur in klaslokalen",
            "Meetnet voor de temperatuur in klaslokalen",
            [GGDLN],
            [ROERMOND, WEERT],
            2027,
            2027,
        ),
        act(
            "5",
            "Schoolbossen in Roerdalen en Echt-Susteren",
            "Schoolbossen in Roerdalen en Echt-Susteren",
            [ROERDALEN],
            [ECHT, IVN],
            2027,
            None,
        ),
        act(
            "6",
            "Subsidieregeling voor koele schoolgebouwen",
            "Subsidieregeling voor koele schoolgebouwen",
            [PL],
            [],
            None,
            2028,
        ),
        act(
            "7",
            "Handreiking hittebestendig bouwen en verbouwen van scholen",
            "Handreiking hittebestendig bouwen en verbouwen van scholen",
            [LEUDAL],
            [WL, GGDLN],
            None,
            2027,
        ),
        act(
            "8",
            "Evaluatie en kennisdeling",
            "Evaluatie en kennisdeling",
            [WEERT],
            [ROERMOND, LEUDAL, MAASGOUW, ROERDALEN, ECHT],
            2028,
            2029,
            deps=[("depends", "1"), ("depends", "4")],
        ),
    ],
    "not_commitments": [
        "Het Regionaal Bestuurlijk Overleg Midden-Limburg heeft deze agenda op 13 november 2026 vastgesteld.",
        "In de hittegolf van augustus 2025 liep de temperatuur in een op de vijf klaslokalen in de regio op "
        "tot "
        "boven de 30 graden.",
        "Een schooljaar (zoals 2026/2027) loopt van 1 augustus tot en met 31 juli.",
    ],
}

ROLPREFIX = {
    "document": "b12-rolprefix",
    "file": "b12-rolprefix.md",
    "type": "text-table",
    "producer": "Uitvoeringsagenda Veenweide en Water Zaanstreek-Waterland 2026-2029 (gemeenten Zaanstad, "
    "Purmerend, Edam-Volendam, Waterland, Wormerland, Oostzaan, Landsmeer, HHNK, Provincie Noord-Holland); "
    "Markdown pipe table, written by build.py; 'Nr | Maatregel | Partijen en rol | Planning' whose who cell "
    "gives "
    "each party a ROLE PREFIX 'T: X; P: Y, Z; B: W; O: V' (legend T = trekker, P = partner, B = betrokken, "
    "O = opdrachtgever), T not always first",
    "actions": [
        act(
            "ZW-1",
            "Onderwaterdrainage in de polder Zeevang",
            "Onderwaterdrainage in de polder Zeevang",
            [HHNK],
            [LTO, EDAM],
            2026,
            2028,
            commissioners=[PNH],
        ),
        act(
            "ZW-2",
            "Vernatting van het veenweidegebied Ilperveld",
            "Vernatting van het veenweidegebied Ilperveld",
            [LNH],
            [HHNK],
            2027,
            2029,
            involved=[LANDSMEER],
        ),
        act(
            "ZW-3",
            "Klimaatadaptieve wijkvernieuwing Poelenburg",
            "Klimaatadaptieve wijkvernieuwing Poelenburg",
            [ZAANSTAD],
            [PARTEON],
            2026,
            2029,
            involved=[HHNK],
        ),
        act(
            "ZW-4",
            "Funderingsloket Zaanstreek-Waterland",
            "Funderingsloket Zaanstreek-Waterland",
            [ZAANSTAD],
            [PURMEREND, WORMERLAND],
            2027,
            None,
            commissioners=[PNH],
        ),
        act(
            "ZW-5",
            "Peilbesluit Wormer- en Jisperveld",
            "Peilbesluit Wormer- en Jisperveld",
            [HHNK],
            [],
            2027,
            2028,
            involved=[WORMERLAND, NM],
            deps=[("related", "ZW-2")],
        ),
        act(
            "ZW-6",
            "Bodemdalingsmonitor met satellietmetingen",
            "Bodemdalingsmonitor met satellietmetingen",
            [PURMEREND],
            [OOSTZAAN, LANDSMEER],
            2026,
            2027,
            commissioners=[PNH, HHNK],
        ),
        act(
            "ZW-7",
            "Evaluatie van de agenda",
            "Evaluatie van de agenda",
            [PNH],
            [HHNK],
            2029,
            2029,
            involved=[ZAANSTAD, PURMEREND, EDAM, WATERLAND, WORMERLAND, OOSTZAAN, LANDSMEER],
            deps=[("depends", "ZW-1"), ("depends", "ZW-6")],
        ),
    ],
    "not_commitments": [
        "Het Regionaal Overleg Zaanstreek-Waterland heeft de agenda op 18 november 2026 vastgesteld.",
        "Tussen 2000 en 2025 daalde de bodem in delen van Waterland met meer dan twintig centimeter.",
    ],
}

DOCS = [
    STATENBRIEF,
    INITIALEN,
    STERRETJE,
    MIJLPALEN,
    DRIE_PAGINAS,
    PERIODEN,
    ROLPREFIX,
]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
