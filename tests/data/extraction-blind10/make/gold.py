"""The blind10 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Kop van Noord-Holland (b10-deelacties)
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
PNH = "Provincie Noord-Holland"
IENW = "Ministerie van Infrastructuur en Waterstaat"
RWS = "Rijkswaterstaat"
PWN = "PWN Waterleidingbedrijf Noord-Holland"
LTO = "LTO Noord"
HKROON = "Gemeente Hollands Kroon"
TEXEL = "Gemeente Texel"
HELDER = "Gemeente Den Helder"
SCHAGEN = "Gemeente Schagen"
# Noord-Veluwe (b10-uitvoerders)
HARDERW = "Gemeente Harderwijk"
ERMELO = "Gemeente Ermelo"
PUTTEN = "Gemeente Putten"
NUNSPEET = "Gemeente Nunspeet"
ELBURG = "Gemeente Elburg"
OLDEBR = "Gemeente Oldebroek"
PGLD = "Provincie Gelderland"
RNV = "Regio Noord-Veluwe"
# Noordoost-Twente (b10-trekkers)
WSV = "Waterschap Vechtstromen"
POV = "Provincie Overijssel"
DINKEL = "Gemeente Dinkelland"
LOSSER = "Gemeente Losser"
OLDENZ = "Gemeente Oldenzaal"
TUBB = "Gemeente Tubbergen"
LSO = "Landschap Overijssel"
# West-Brabant (b10-besluitenlijst)
WBD = "Waterschap Brabantse Delta"
BRW = "Brabant Water"
PNB = "Provincie Noord-Brabant"
# Parkstad Limburg (b10-inhoudsopgave)
PKS = "Parkstad Limburg"
PLIM = "Provincie Limburg"
WL = "Waterschap Limburg"
KERKR = "Gemeente Kerkrade"
LANDGR = "Gemeente Landgraaf"
BRUNS = "Gemeente Brunssum"
HEERLEN = "Gemeente Heerlen"
# Duin- en Bollenstreek (b10-vraagkoppen)
HHR = "Hoogheemraadschap van Rijnland"
KAVB = "Koninklijke Algemeene Vereeniging voor Bloembollencultuur"
GOM = "Greenport Ontwikkelingsmaatschappij Duin- en Bollenstreek"
PZH = "Provincie Zuid-Holland"
NOORDW = "Gemeente Noordwijk"
# Vechtdal (b10-kamerbrief)
WDOD = "Waterschap Drents Overijsselse Delta"
VECHTDAL = ["Gemeente Hardenberg", "Gemeente Ommen", "Gemeente Dalfsen"]


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


DEELACTIES = {
    "document": "b10-deelacties",
    "file": "b10-deelacties.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsagenda Kust en Zoet Water Kop van Noord-Holland 2026-2030 (gemeenten Den Helder, "
    "Schagen, Hollands Kroon, Texel, HHNK, Provincie Noord-Holland); reportlab, landscape ruled table "
    "'Nr. | Actie | Trekker | Partners | Financier | Periode' with SUB-ACTIONS '2', '2a', '2b', '4', '4a', "
    "'4b'; "
    "an empty Trekker or Financier cell of a sub-action inherits the parent's (reading guide)",
    "actions": [
        act(
            "1",
            "Zoetwaterbuffer Wieringermeer",
            "Zoetwaterbuffer Wieringermeer",
            [HHNK],
            [HKROON, LTO],
            2026,
            2028,
            commissioners=[PNH],
        ),
        act(
            "2",
            "Programma Kustversterking Texel",
            "Programma Kustversterking Texel",
            [HHNK],
            [TEXEL, RWS],
            2026,
            2030,
            commissioners=[IENW],
        ),
        act(
            "2a",
            "Duinversterking en zandsuppletie De Koog",
            "Duinversterking en zandsuppletie De Koog",
            [HHNK],
            [RWS],
            2026,
            2027,
            commissioners=[IENW],
            deps=[("part_of", "2")],
        ),
        act(
            "2b",
            "Klimaatbestendige dijk en haven Oudeschild",
            "Klimaatbestendige dijk en haven Oudeschild",
            [TEXEL],
            [HHNK],
            2028,
            2030,
            commissioners=[PNH],
            deps=[("part_of", "2")],
        ),
        act(
            "3",
            "Hittebestendige binnenstad Den Helder",
            "Hittebestendige binnenstad Den Helder",
            [HELDER],
            [HHNK, "Woningstichting Den Helder"],
            2027,
            2029,
            commissioners=[HELDER],
        ),
        act(
            "4",
            "Aanpak verzilting polders Anna Paulowna",
            "Aanpak verzilting polders Anna Paulowna",
            [HHNK],
            [PWN, LTO],
            2026,
            2029,
            commissioners=[PNH],
        ),
        act(
            "4a",
            "Meetnet zoutindringing Anna Paulowna",
            "Meetnet zoutindringing Anna Paulowna",
            [HHNK],
            [PWN],
            2026,
            2026,
            commissioners=[PNH],
            deps=[("part_of", "4")],
        ),
        act(
            "4b",
            "Aanpassen van de inlaten en het doorspoelen van de polders",
            "Aanpassen van de inlaten en het doorspoelen van de polders",
            [HHNK],
            [],
            2028,
            2029,
            commissioners=[HHNK, PNH],
            deps=[("part_of", "4"), ("depends", "4a")],
        ),
        act(
            "5",
            "Monitoring en evaluatie van de agenda",
            "Monitoring en evaluatie van de agenda",
            [PNH],
            [HELDER, SCHAGEN, HKROON, TEXEL, HHNK],
            2030,
            2030,
            commissioners=[PNH],
            deps=[("starts_after", "1"), ("starts_after", "2a")],
        ),
    ],
    "not_commitments": [
        "In de zomer van 2025 was het water in een deel van de sloten in de Wieringermeer te zout om te "
        "beregenen.",
        "Een actie met een letter (2a, 2b) is een deelactie van de actie met hetzelfde nummer.",
        "Is bij een deelactie de cel Trekker of Financier leeg, dan geldt de trekker of financier van de "
        "hoofdactie.",
        "De financier betaalt de actie en is opdrachtgever van de trekker.",
    ],
}

UITVOERDERS = {
    "document": "b10-uitvoerders",
    "file": "b10-uitvoerders.pdf",
    "type": "libreoffice-pdf",
    "producer": "Regio Noord-Veluwe, Uitvoeringsprogramma Bereikbaarheid Noord-Veluwe 2026-2029; "
    "HTML -> soffice, "
    "ruled table 'Nr. | Project | Uitvoerders | Planning' whose Uitvoerders cell is a BULLET LIST inside the "
    "cell, the first bullet marked '(penvoerder)' (the penvoerder trekt, the other uitvoerders carry it out "
    "with it)",
    "actions": [
        act(
            "1",
            "Snelfietsroute Harderwijk – Ermelo – Putten",
            "Snelfietsroute Harderwijk – Ermelo – Putten",
            [HARDERW],
            [ERMELO, PUTTEN, PGLD],
            2026,
            2028,
        ),
        act(
            "2",
            "Vernieuwing stationsgebied Nunspeet met een nieuwe fietsenstalling en busplatform",
            "Vernieuwing stationsgebied Nunspeet",
            [NUNSPEET],
            ["ProRail", "Nederlandse Spoorwegen"],
            2027,
            2029,
        ),
        act(
            "3",
            "Veilige fietsoversteken op de provinciale wegen rond Elburg en Oldebroek",
            "Veilige fietsoversteken op de provinciale wegen rond Elburg en Oldebroek",
            [PGLD],
            [ELBURG, OLDEBR],
            2027,
            None,
        ),
        act(
            "4",
            "Proef met deelmobiliteit en een buurtbus in de kleine kernen van Oldebroek",
            "Proef met deelmobiliteit en een buurtbus in de kleine kernen van Oldebroek",
            [OLDEBR],
            [ELBURG],
            2027,
            2027,
        ),
        act(
            "5",
            "Mobiliteitshubs bij de A28-afritten Ermelo en Putten",
            "Mobiliteitshubs bij de A28-afritten Ermelo en Putten",
            [ERMELO],
            [PUTTEN, RWS],
            2028,
            2029,
            deps=[("related", "1")],
        ),
        act(
            "6",
            "Werkgeversaanpak slimme mobiliteit op bedrijventerrein Lorentz in Harderwijk",
            "Werkgeversaanpak slimme mobiliteit op bedrijventerrein Lorentz in Harderwijk",
            [HARDERW],
            [],
            2026,
            2027,
        ),
        act(
            "7",
            "Regionale mobiliteitsvisie Noord-Veluwe 2040",
            "Regionale mobiliteitsvisie Noord-Veluwe 2040",
            [RNV],
            [PGLD],
            2029,
            2029,
            deps=[("depends", "4"), ("depends", "5")],
        ),
    ],
    "not_commitments": [
        "Het Portefeuillehoudersoverleg Mobiliteit heeft dit programma op 12 november 2026 vastgesteld.",
        "Tussen 2019 en 2025 groeide het aantal forenzen tussen de Noord-Veluwe en Zwolle met bijna een "
        "kwart.",
        "De penvoerder staat bovenaan: die trekt het project, vraagt de subsidie aan en rapporteert aan het "
        "portefeuillehoudersoverleg.",
        "De bedragen per project staan in bijlage 2 (niet opgenomen in deze uitgave).",
    ],
}

TREKKERS = {
    "document": "b10-trekkers",
    "file": "b10-trekkers.md",
    "type": "text-table",
    "producer": "Uitvoeringsagenda Water en Landschap Noordoost-Twente 2026-2029 "
    "(Dinkelland, Losser, Oldenzaal, "
    "Tubbergen, WS Vechtstromen, provincie Overijssel); Markdown pipe table 'Nr. | Actie | Trekker | "
    "Meewerkende partijen | Planning' whose Trekker cell names a PERSON with the organisation ('M. Kamphuis "
    "(WS Vechtstromen)', 'wethouder Scholten-Velthuis, gemeente Oldenzaal', 'A. Lansink, projectleider gem. "
    "Losser') or 'n.n.b.' / 'nog te bepalen'; Planning '2027 (fase 1), 2029 (fase 2)'",
    "actions": [
        act(
            "NOT-1",
            "Beekherstel van de Dinkel tussen Lattrop en Denekamp",
            "Beekherstel van de Dinkel tussen Lattrop en Denekamp",
            [WSV],
            [DINKEL, LSO],
            2026,
            2028,
        ),
        act(
            "NOT-2",
            "Klimaatadaptieve herinrichting van het centrum van Oldenzaal",
            "Klimaatadaptieve herinrichting centrum Oldenzaal",
            [OLDENZ],
            [WSV],
            2027,
            2029,
        ),
        act(
            "NOT-3",
            "Droogteaanpak voor de landbouw op de stuwwal van Ootmarsum",
            "Droogteaanpak voor de landbouw op de stuwwal van Ootmarsum",
            [],
            [LTO, WSV, POV],
            2027,
            2028,
        ),
        act(
            "NOT-4",
            "Schoon grondwater in de intrekgebieden van de drinkwaterwinningen",
            "Schoon grondwater in de intrekgebieden van de drinkwaterwinningen",
            ["Vitens"],
            [POV, LOSSER],
            2027,
            None,
        ),
        act(
            "NOT-5",
            "Erfbeplanting en houtwallen in het buitengebied van Tubbergen",
            "Erfbeplanting en houtwallen in het buitengebied van Tubbergen",
            [TUBB],
            [LSO],
            2026,
            2029,
        ),
        act(
            "NOT-6",
            "Waterberging bij Vasse en Mander",
            "Waterberging bij Vasse en Mander",
            [],
            [TUBB, WSV],
            2029,
            2029,
            deps=[("depends", "NOT-3")],
        ),
        act(
            "NOT-7",
            "Wandel- en fietsroutes langs de Dinkel",
            "Wandel- en fietsroutes langs de Dinkel",
            [LOSSER],
            [DINKEL, LSO],
            2027,
            2028,
            deps=[("related", "NOT-1")],
        ),
        act(
            "NOT-8",
            "Monitoring en jaarlijkse voortgangsrapportage",
            "Monitoring en jaarlijkse voortgangsrapportage",
            ["Regio Twente"],
            [DINKEL, LOSSER, OLDENZ, TUBB],
            None,
            None,
        ),
    ],
    "not_commitments": [
        "De stuurgroep heeft de agenda op 10 november 2026 vastgesteld.",
        "In het voorjaar van 2025 viel de Dinkel bij Losser over een lengte van vier kilometer droog.",
        "Bij elke actie staat de trekker: de persoon die de actie namens zijn of haar organisatie trekt.",
        'Bij "fase 1" en "fase 2" staat het jaar waarin die fase wordt uitgevoerd.',
    ],
}

BESLUITENLIJST = {
    "document": "b10-besluitenlijst",
    "file": "b10-besluitenlijst.txt",
    "type": "agenda",
    "producer": "Besluitenlijst Bestuurlijk Overleg Water West-Brabant of 19 November 2026 "
    "(Waterschap Brabantse "
    "Delta, gemeenten Roosendaal, Etten-Leur, Moerdijk, Halderberge, Provincie Noord-Brabant, Brabant Water, "
    "Regio West-Brabant); plain text, numbered agenda items with 'Besluit:' lines and 'Actiepunt n:' lines "
    "in "
    "running text",
    "actions": [
        act(
            "1",
            "WBD werkt de uitgangspunten samen met Brabant Water en de provincie vóór 1 april 2027 uit",
            "Uitvoeringsplan Zoetwateraanpak West-Brabant",
            [WBD],
            [BRW, PNB],
            None,
            2027,
        ),
        act(
            "2",
            "gem. Etten-Leur voert in 2027 de risicodialoog over hitte en wateroverlast",
            "Risicodialoog hitte en wateroverlast Etten-Leur",
            ["Gemeente Etten-Leur"],
            [],
            2027,
            2027,
        ),
        act(
            "3",
            "gem. Roosendaal start in Q2 2027, samen met gem. Halderberge, een proef",
            "Proef met groene schoolpleinen",
            ["Gemeente Roosendaal"],
            ["Gemeente Halderberge"],
            2027,
            None,
        ),
        act(
            "4",
            "WBD stuurt vóór 1 maart 2027 de planning van de dijkversterking langs het Hollands Diep",
            "Planning dijkversterking Hollands Diep bij Moerdijk naar de leden van het BO",
            [WBD],
            [],
            None,
            2027,
        ),
        act(
            "5",
            "organiseert de provincie in het voorjaar van 2027 een werksessie",
            "Werksessie ruimtelijke inpassing dijk Moerdijk",
            [PNB],
            ["Gemeente Moerdijk"],
            2027,
            2027,
            deps=[("starts_after", "4")],
        ),
        act(
            "6",
            "Brabant Water levert uiterlijk eind 2026 de cijfers over het drinkwatergebruik per kern aan.",
            "Cijfers drinkwatergebruik per kern",
            [BRW],
            [],
            None,
            2026,
        ),
        act(
            "7",
            "RWB stelt op basis van actiepunt 1 en 2 de regionale voortgangsrapportage 2027 op",
            "Regionale voortgangsrapportage 2027",
            ["Regio West-Brabant"],
            [],
            None,
            2027,
            deps=[("depends", "1"), ("depends", "2")],
        ),
    ],
    "not_commitments": [
        "De agenda wordt ongewijzigd vastgesteld.",
        "Besluit: het verslag van 17 september 2026 wordt zonder wijzigingen vastgesteld.",
        "Het actiepunt uit dat overleg over de kaart met wateroverlast in Roosendaal is afgerond",
        "In de zomer van 2025 was er in delen van West-Brabant een onttrekkingsverbod voor oppervlaktewater.",
        "Besluit: het BO stemt in met de uitgangspunten voor de Zoetwateraanpak West-Brabant.",
        "Besluit: het BO neemt kennis van de stresstest van gem. Etten-Leur.",
        "Besluit: de werkgroep Klimaatadaptatie wordt opgeheven; haar taken gaan over naar de ambtelijke "
        "kerngroep.",
        "Brabant Water meldt dat het drinkwatergebruik in de zomer van 2026 op meerdere dagen boven de "
        "capaciteit lag.",
        "Besluit: het BO stelt de bijdrage per gemeente voor 2027 vast op € 0,50 per inwoner.",
        "Het volgende overleg is op 11 maart 2027.",
        "Gem. Halderberge vraagt of de provincie bijdraagt aan de proef met groene schoolpleinen.",
        "De provincie bekijkt dat bij de openstelling van de subsidieregeling.",
    ],
}

INHOUDSOPGAVE = {
    "document": "b10-inhoudsopgave",
    "file": "b10-inhoudsopgave.pdf",
    "type": "ruled-pdf",
    "producer": "Parkstad Limburg, Uitvoeringsprogramma Wonen en Leefbaarheid Parkstad Limburg 2026-2029; "
    "fpdf2, "
    "four pages: a TABLE OF CONTENTS on page 1 that lists the seven action titles with their numbers and "
    "page "
    "numbers ('3.1  Herstructurering Kerkrade-West ..... 3'), introduction and reading guide on page 2, the "
    "ruled table 'Nr. | Actie | Trekker | Partners | Looptijd' on page 3, finances on page 4",
    "actions": [
        act(
            "3.1",
            "Herstructurering Kerkrade-West",
            "Herstructurering Kerkrade-West",
            ["HEEMwonen"],
            [KERKR, PLIM],
            2026,
            2029,
        ),
        act(
            "3.2",
            "Verduurzaming particuliere woningen in Landgraaf",
            "Verduurzaming particuliere woningen in Landgraaf",
            [LANDGR],
            [PKS],
            2027,
            2028,
        ),
        act(
            "3.3",
            "Aanpak leegstand winkelcentrum Brunssum",
            "Aanpak leegstand winkelcentrum Brunssum",
            [BRUNS],
            ["Weller"],
            2027,
            None,
        ),
        act(
            "3.4",
            "Klimaatadaptieve wijkvernieuwing Heerlen-Noord",
            "Klimaatadaptieve wijkvernieuwing Heerlen-Noord",
            [HEERLEN],
            ["Weller", WL],
            2026,
            2029,
        ),
        act(
            "3.5",
            "Herstel van de Anstelerbeek",
            "Herstel van de Anstelerbeek",
            [WL],
            [KERKR, LANDGR],
            2027,
            2029,
            deps=[("related", "3.1")],
        ),
        act(
            "3.6",
            "Woningbehoefteonderzoek Parkstad 2028",
            "Woningbehoefteonderzoek Parkstad 2028",
            [PKS],
            [PLIM],
            2028,
            2028,
            deps=[("depends", "3.1"), ("depends", "3.2")],
        ),
        act(
            "3.7",
            "Monitor leefbaarheid Parkstad",
            "Monitor leefbaarheid Parkstad",
            [PKS],
            [HEERLEN, KERKR, LANDGR, BRUNS],
            None,
            None,
        ),
    ],
    "not_commitments": [
        "Tussen 2010 en 2025 nam het aantal inwoners van Parkstad met ruim zes procent af",
        "Het Algemeen Bestuur van Parkstad Limburg heeft dit uitvoeringsprogramma op 20 november 2026 "
        "vastgesteld.",
        "Hoofdstuk 3 bevat de tabel met de zeven acties van het programma.",
        "De provincie Limburg draagt in de periode 2026-2029 in totaal € 12 miljoen bij uit de Regiodeal "
        "Parkstad",
    ],
}

VRAAGKOPPEN = {
    "document": "b10-vraagkoppen",
    "file": "b10-vraagkoppen.pdf",
    "type": "label-blocks",
    "producer": "Holland Rijnland / Greenport Duin- en Bollenstreek, Uitvoeringsprogramma Water en Bodem "
    "Duin- en Bollenstreek 2026-2029; HTML -> soffice, headings 'Project n Titel' each followed by the "
    "QUESTION sub-headings 'Waarom?', 'Wat gaan we doen?', 'Wie doet het?', 'Wanneer?' with prose answers",
    "actions": [
        act(
            "1",
            "Zoetwateraanvoer naar de bollenpolders",
            "Zoetwateraanvoer naar de bollenpolders",
            [HHR],
            [KAVB, "Gemeente Lisse"],
            2026,
            2028,
        ),
        act(
            "2",
            "Schoon water in de bollensloten",
            "Schoon water in de bollensloten",
            [KAVB],
            [HHR],
            2027,
            None,
        ),
        act(
            "3",
            "Herstructurering bollengebied Noordwijkerhout-Oost",
            "Herstructurering bollengebied Noordwijkerhout-Oost",
            [GOM],
            [NOORDW],
            None,
            2029,
            commissioners=[PZH],
        ),
        act(
            "4",
            "Duinwater en natuur bij de waterwinning Noordwijk",
            "Duinwater en natuur bij de waterwinning Noordwijk",
            ["Dunea"],
            [],
            2027,
            None,
            involved=[NOORDW, HHR],
        ),
        act(
            "5",
            "Klimaatbestendig centrum Hillegom",
            "Klimaatbestendig centrum Hillegom",
            ["Gemeente Hillegom"],
            [HHR],
            2028,
            2028,
            deps=[("starts_after", "1")],
        ),
        act(
            "6",
            "Kennis en monitoring water en bodem",
            "Kennis en monitoring water en bodem",
            ["Holland Rijnland"],
            [],
            None,
            None,
            deps=[("depends", "1"), ("depends", "2")],
        ),
    ],
    "not_commitments": [
        "Het Algemeen Bestuur van Holland Rijnland heeft dit programma op 4 november 2026 vastgesteld.",
        "Elk project beantwoordt dezelfde vragen: waarom het project nodig is, wat we gaan doen, wie het "
        "doet "
        "en wanneer.",
        "Wat gaan we doen?",
        "Wie doet het?",
        "In de droge zomer van 2025 moest een deel van de bollentelers noordelijk van Lisse stoppen met "
        "beregenen.",
        "Op veel meetpunten in de Bollenstreek zit meer gewasbeschermingsmiddel in het water dan de norm "
        "toestaat.",
        "Bij hevige buien in 2023 en 2024 liepen winkels aan de Hoofdstraat onder water.",
        "Meten is weten: zonder gegevens weten we niet of de projecten werken.",
    ],
}

KAMERBRIEF = {
    "document": "b10-kamerbrief",
    "file": "b10-kamerbrief.pdf",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Infrastructuur en Waterstaat, "
    "Voortgang Ruimte voor de Vecht en "
    "hoogwaterveiligheid Vechtdal, dated 27 November 2026; reportlab, the commitments in a NUMBERED LIST "
    "under 'Ik zeg u toe:' with GROUP parties defined earlier in the letter ('de waterschappen', 'alle "
    "gemeenten in het Vechtdal', 'de Rijkspartners')",
    "letter_date": "2026-11-27",
    "actions": [
        act(
            "1",
            "Ik stuur uw Kamer vóór 1 juli 2027 de voorkeursstrategie voor de hoogwaterveiligheid langs de "
            "Vecht",
            "Voorkeursstrategie hoogwaterveiligheid Vecht tussen Hardenberg en Dalfsen naar de Kamer",
            [IENW],
            [],
            None,
            2027,
        ),
        act(
            "2",
            "Samen met de waterschappen start ik in 2027 een verkenning naar extra ruimte voor de rivier bij "
            "Ommen",
            "Verkenning extra ruimte voor de Vecht bij Ommen",
            [IENW],
            [WSV, WDOD],
            2027,
            None,
        ),
        act(
            "3",
            "Met alle gemeenten in het Vechtdal en de provincie Overijssel maak ik uiterlijk eind 2027 "
            "afspraken",
            "Afspraken over het vrijhouden van het winterbed van de Vecht",
            [IENW],
            VECHTDAL + [POV],
            None,
            2027,
        ),
        act(
            "4",
            "De Rijkspartners brengen in 2027 en 2028 in mijn opdracht hun gronden langs de Vecht in kaart",
            "Inventarisatie rijksgronden langs de Vecht voor rivierverruiming",
            [RWS, "Rijksvastgoedbedrijf"],
            [],
            2027,
            2028,
            commissioners=[IENW],
        ),
        act(
            "5",
            "stel ik vanaf 2029 middelen uit het Deltafonds beschikbaar voor de uitvoering",
            "Middelen uit het Deltafonds voor de uitvoering",
            [IENW],
            [],
            2029,
            None,
            deps=[("starts_after", "2")],
        ),
        act(
            "6",
            "Ik laat Deltares in 2027 onderzoeken hoe de afvoer van de Vecht bij extreme neerslag in "
            "Duitsland "
            "verandert",
            "Onderzoek afvoer van de Vecht bij extreme neerslag in Duitsland",
            ["Deltares"],
            [],
            2027,
            2027,
            commissioners=[IENW],
        ),
        act(
            "7",
            "Ik informeer uw Kamer vanaf 2027 jaarlijks",
            "Jaarlijkse voortgangsinformatie Vechtdal aan de Kamer",
            [IENW],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "Ik doe daarmee de toezegging gestand uit het commissiedebat Water van 8 oktober 2026.",
        "In het Vechtdal werk ik samen met de gemeenten Hardenberg, Ommen en Dalfsen, de provincie "
        "Overijssel",
        "Bij het hoogwater van januari 2024 stond de Vecht bij Ommen op het hoogste peil sinds 1998.",
        "Op verschillende plaatsen moesten de waterschappen de dijken met zandzakken verhogen.",
        "De motie van het lid Brink (36 410-J, nr. 24) verzoekt de regering om het winterbed van de Vecht "
        "vrij "
        "te houden van nieuwe bebouwing.",
        "Ik zeg u toe:",
        "Als uit de verkenning blijkt dat de dijk bij Ommen al voor 2030 moet worden versterkt, zal ik uw "
        "Kamer "
        "daarover afzonderlijk informeren.",
        "Heeft uw Kamer naar aanleiding van deze brief nog vragen, dan beantwoord ik die graag.",
    ],
    "reported_plans": [
        "Waterschap Vechtstromen begint in 2027 met de versterking van de dijk bij Junne.",
    ],
}

DOCS = [
    DEELACTIES,
    UITVOERDERS,
    TREKKERS,
    BESLUITENLIJST,
    INHOUDSOPGAVE,
    VRAAGKOPPEN,
    KAMERBRIEF,
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
