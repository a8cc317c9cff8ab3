"""The blind7 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

PU = "Provincie Utrecht"
PG = "Provincie Gelderland"
PD = "Provincie Drenthe"
AMF = "Gemeente Amersfoort"
HDSR = "Hoogheemraadschap De Stichtse Rijnlanden"
BUN = "Gemeente Bunnik"
WVV = "Waterschap Vallei en Veluwe"
AGV = "Waterschap Amstel, Gooi en Vecht"
WRIJ = "Waterschap Rijn en IJssel"
WHA = "Waterschap Hunze en Aa's"
WSRL = "Waterschap Rivierenland"
RWS = "Rijkswaterstaat"
LTO = "LTO Noord"
SBB = "Staatsbosbeheer"
WMD = "Waterleidingmaatschappij Drenthe"
WBG = "Waterbedrijf Groningen"
TIEL = "Gemeente Tiel"
WB = "Gemeente West Betuwe"
HAR = "Gemeente Harderwijk"


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


PUNTKOMMA = {
    "document": "b7-puntkomma",
    "file": "b7-puntkomma.txt",
    "type": "text-table",
    "producer": "Regio Amersfoort, Uitvoeringsagenda Fiets 2026-2029; a spreadsheet exported as "
    "semicolon-separated "
    "text (cells with a semicolon or comma quoted), title and intro above it, written by hand",
    "actions": [
        act(
            "1",
            "Snelfietsroute Amersfoort - Leusden: fietspad Heiligenbergerweg verbreden en verlichten",
            "Snelfietsroute Amersfoort - Leusden, fietspad Heiligenbergerweg",
            [AMF],
            ["Gemeente Leusden", PU],
            2026,
            2028,
        ),
        act(
            "2",
            "Fietsparkeren station Amersfoort Centraal uitbreiden met 3.000 plekken",
            "Uitbreiding fietsparkeren station Amersfoort Centraal",
            ["ProRail"],
            [AMF, "Nederlandse Spoorwegen"],
            2026,
            2029,
        ),
        act(
            "3",
            "Fietsroute Soest - Amersfoort langs de Eem: verharding en verlichting",
            "Fietsroute Soest - Amersfoort langs de Eem",
            ["Gemeente Soest"],
            [PU, WVV],
            2027,
            2028,
        ),
        act(
            "4",
            "Monitor fietsgebruik regio opzetten met vaste telpunten",
            "Regionale monitor fietsgebruik",
            [PU],
            [AMF, "Gemeente Leusden", "Gemeente Soest"],
            None,
            2026,
        ),
        act(
            "5",
            "Schoolroutes veilig maken in Nijkerk en Hoevelaken, op basis van de monitor (actie 4)",
            "Veilige schoolroutes Nijkerk en Hoevelaken",
            ["Gemeente Nijkerk"],
            ["Veilig Verkeer Nederland"],
            2027,
            None,
            deps=[("depends", "4")],
        ),
        act(
            "6",
            "Fietsbrug over de Eem bij Baarn",
            "Fietsbrug over de Eem bij Baarn",
            ["Gemeente Baarn"],
            [PU, WVV],
            2028,
            2029,
        ),
        act(
            "7",
            "Deelfietsen bij de busknooppunten Vathorst en Hooglanderveen, na afronding van actie 2",
            "Deelfietsen bij busknooppunten Vathorst en Hooglanderveen",
            [AMF],
            [PU, "Keolis Nederland"],
            2029,
            2029,
            deps=[("starts_after", "2")],
        ),
        act(
            "8",
            "Evaluatie en nieuwe uitvoeringsagenda 2030-2033",
            "Evaluatie en nieuwe uitvoeringsagenda",
            ["Regio Amersfoort"],
            [PU],
            2029,
            2029,
        ),
    ],
    "not_commitments": [
        "De gemeenten in de Regio Amersfoort hebben in 2025 samen met de Provincie Utrecht de Regionale "
        "Fietsvisie "
        "opgesteld.",
        "Deze uitvoeringsagenda zet de visie om in concrete acties.",
        "Onderstaande tabel is een export uit het actieoverzicht van de werkgroep fiets (stand 1 november "
        "2026).",
        "De kolom Gereed geeft aan wanneer een actie klaar moet zijn.",
        "De regio bespreekt de voortgang jaarlijks in het Portefeuillehoudersoverleg Mobiliteit.",
        "Afkortingen: Gem. = gemeente; Prov. Utrecht = Provincie Utrecht;",
        "Lege cel bij Start: de actie loopt al.",
    ],
}

CONVENANT = {
    "document": "b7-convenant",
    "file": "b7-convenant.pdf",
    "type": "libreoffice-pdf",
    "producer": "Provincie Utrecht, Hoogheemraadschap De Stichtse Rijnlanden and Gemeente Bunnik, "
    "Bestuursovereenkomst Herinrichting Kromme Rijn 2026-2029 (parties defined in the preamble, "
    "numbered obligations per party); HTML → soffice",
    "actions": [
        act(
            "3.1",
            "De provincie stelt voor de periode 2026-2029 een bijdrage van EUR 2,4 miljoen beschikbaar",
            "Provinciale bijdrage herinrichting Kromme Rijn",
            [PU],
            [],
            2026,
            2029,
        ),
        act(
            "3.2",
            "De provincie past in 2027 de Omgevingsverordening provincie Utrecht aan",
            "Bescherming nieuwe oeverzones in de Omgevingsverordening",
            [PU],
            [],
            2027,
            2027,
        ),
        act(
            "3.3",
            "De provincie verzorgt vanaf 2027 samen met het waterschap de monitoring",
            "Monitoring waterkwaliteit en vispopulatie Kromme Rijn",
            [PU],
            [HDSR],
            2027,
            None,
        ),
        act(
            "4.1",
            "Het waterschap realiseert uiterlijk 31 december 2027 natuurvriendelijke oevers",
            "Natuurvriendelijke oevers Kromme Rijn (zes kilometer)",
            [HDSR],
            [],
            None,
            2027,
        ),
        act(
            "4.2",
            "Het waterschap stelt samen met de gemeente vóór 1 april 2027 een beheerplan",
            "Beheerplan uiterwaarden Kromme Rijn",
            [HDSR],
            [BUN],
            None,
            2027,
        ),
        act(
            "4.3",
            "Het waterschap legt in 2028 en 2029 twee vispassages aan",
            "Vispassages bij de stuwen Rhijnauwen en Amelisweerd",
            [HDSR],
            [],
            2028,
            2029,
            deps=[("starts_after", "4.1")],
        ),
        act(
            "5.1",
            "De gemeente neemt de nieuwe oeverzones uiterlijk in 2027 op in het omgevingsplan",
            "Oeverzones in het omgevingsplan Bunnik",
            [BUN],
            [],
            None,
            2027,
        ),
        act(
            "5.2",
            "De gemeente legt in 2028 samen met Het Utrechts Landschap een wandelpad langs de Kromme Rijn "
            "aan",
            "Wandelpad langs de Kromme Rijn",
            [BUN],
            ["Het Utrechts Landschap"],
            2028,
            2028,
            deps=[("related", "4.2")],
        ),
    ],
    "not_commitments": [
        "de Kromme Rijn tussen Bunnik en Wijk bij Duurstede niet voldoet aan de doelen van de "
        "Kaderrichtlijn Water",
        "partijen in 2025 gezamenlijk het Gebiedsperspectief Kromme Rijn hebben opgesteld",
        "partijen hun afspraken over de uitvoering van dat perspectief in deze overeenkomst willen "
        "vastleggen",
        "In deze overeenkomst wordt verstaan onder het project",
        "Deze overeenkomst heeft tot doel de waterkwaliteit, de natuurwaarde en de belevingswaarde van de "
        "Kromme "
        "Rijn te verbeteren.",
        "Deze overeenkomst treedt in werking op de dag na ondertekening en eindigt op 31 december 2029.",
        "Elke partij kan de andere partijen schriftelijk verzoeken deze overeenkomst te wijzigen.",
        "Partijen treden binnen zes weken na een dergelijk verzoek met elkaar in overleg.",
        "Partijen trachten geschillen over deze overeenkomst eerst in onderling overleg op te lossen.",
        "Aldus overeengekomen en in drievoud ondertekend te Bunnik op 30 oktober 2026.",
    ],
}

PER_PARTIJ = {
    "document": "b7-per-partij",
    "file": "b7-per-partij.md",
    "type": "text-table",
    "producer": "Regionale aanpak Hitte en Droogte Gooi en Vechtstreek 2026-2029; Markdown pipe table "
    "with one row "
    "per organisation ('Partij | Wat doet zij | Wanneer'), two or three actions per cell, by hand",
    "actions": [
        act(
            "",
            "Hittekaart van alle kernen actualiseren",
            "Actualisering hittekaart kernen Hilversum",
            ["Gemeente Hilversum"],
            [],
            2026,
            2026,
        ),
        act(
            "",
            "Tien koelteplekken inrichten in wijken met weinig groen",
            "Koelteplekken in groenarme wijken",
            ["Gemeente Hilversum"],
            ["GGD Gooi en Vechtstreek"],
            2027,
            2028,
        ),
        act(
            "",
            "Regenwater afkoppelen van het riool in Bussum-Zuid",
            "Afkoppelen regenwater Bussum-Zuid",
            ["Gemeente Gooise Meren"],
            [AGV],
            2026,
            2029,
        ),
        act(
            "",
            "Groene schoolpleinen bij vijf basisscholen in Naarden",
            "Groene schoolpleinen Naarden",
            ["Gemeente Gooise Meren"],
            [],
            None,
            2027,
        ),
        act(
            "",
            "Stresstest wateroverlast en droogte voor de hele regio herhalen",
            "Herhaling regionale stresstest wateroverlast en droogte",
            [AGV],
            [],
            2027,
            2027,
        ),
        act(
            "",
            "Extra waterberging in de Horstermeerpolder",
            "Extra waterberging Horstermeerpolder",
            [AGV],
            ["Vereniging Natuurmonumenten"],
            2028,
            2029,
        ),
        act(
            "",
            "Regentonnenactie voor particulieren",
            "Regentonnenactie Huizen",
            ["Gemeente Huizen"],
            [],
            2026,
            None,
        ),
        act(
            "",
            "Bomenplan Huizen-Oost: 400 extra bomen planten",
            "Bomenplan Huizen-Oost",
            ["Gemeente Huizen"],
            [],
            2027,
            2027,
        ),
        act(
            "",
            "Wateropvang op bedrijventerrein Huizermaat",
            "Wateropvang bedrijventerrein Huizermaat",
            ["Gemeente Huizen"],
            [AGV],
            2028,
            2028,
        ),
    ],
    "not_commitments": [
        "In de zomer van 2025 was het in Hilversum op elf dagen warmer dan 30 graden.",
        "Per partij staat hieronder wat zij de komende jaren doet.",
        'dan hoort de eerste tijdsaanduiding in de kolom "Wanneer" bij de eerste actie, enzovoort.',
        "AGV = Waterschap Amstel, Gooi en Vecht; GGD = GGD Gooi en Vechtstreek.",
        "De voortgang van de aanpak wordt elk najaar besproken in het regionaal bestuurlijk overleg "
        "klimaatadaptatie.",
        "Deze aanpak is op 12 oktober 2026 vastgesteld door de portefeuillehouders.",
    ],
}

TWEEKOLOMS = {
    "document": "b7-tweekoloms",
    "file": "b7-tweekoloms.pdf",
    "type": "unruled-pdf",
    "producer": "Regio Achterhoek, Uitvoeringsagenda Water en Bodem Achterhoek 2026-2028; reportlab "
    "brochure page "
    "with action blocks ('Actie 3 | Titel', 'Trekker:', 'Met:', 'Wanneer:') flowing down two text columns",
    "actions": [
        act(
            "1",
            "Droogtemaatregelen in de beekdalen van Slinge en Berkel",
            "Droogtemaatregelen beekdalen Slinge en Berkel",
            [WRIJ],
            [PG, LTO],
            2026,
            2028,
        ),
        act(
            "2",
            "Boerenstuwen in kavelsloten plaatsen",
            "Boerenstuwen in kavelsloten",
            [LTO],
            [WRIJ],
            2026,
            2027,
        ),
        act(
            "3",
            "Herstel van de landgoederenzone rond Winterswijk",
            "Herstel landgoederenzone Winterswijk",
            ["Geldersch Landschap & Kasteelen"],
            ["Gemeente Winterswijk"],
            2027,
            None,
        ),
        act(
            "4",
            "Grondwatermeetnet Achterhoek uitbreiden",
            "Uitbreiding grondwatermeetnet Achterhoek",
            ["Vitens"],
            [WRIJ, PG],
            2026,
            2026,
        ),
        act(
            "5",
            "Afkoppelprogramma kernen Aalten en Lichtenvoorde",
            "Afkoppelprogramma Aalten en Lichtenvoorde",
            ["Gemeente Aalten"],
            ["Gemeente Oost Gelre", WRIJ],
            None,
            2028,
        ),
        act(
            "6",
            "Effluent van de rwzi Haarlo hergebruiken voor beregening",
            "Hergebruik effluent rwzi Haarlo voor beregening",
            [WRIJ],
            ["Gemeente Berkelland", LTO],
            2028,
            2028,
            deps=[("starts_after", "4")],
        ),
        act(
            "7",
            "Kennisprogramma bodem en water voor agrariërs",
            "Kennisprogramma bodem en water",
            ["Regio Achterhoek"],
            [LTO, PG],
            None,
            None,
        ),
        act(
            "8",
            "Evaluatie en vervolgagenda, op basis van de resultaten van actie 1 en 4",
            "Evaluatie en vervolgagenda",
            [PG],
            [WRIJ, "Regio Achterhoek"],
            2028,
            2028,
            deps=[("depends", "1"), ("depends", "4")],
        ),
    ],
    "not_commitments": [
        "De droge zomers van 2018 tot en met 2022 hebben laten zien hoe kwetsbaar de zandgronden van de "
        "Achterhoek "
        "zijn.",
        "In deze agenda staan de acties die de regio, het waterschap, de provincie, de agrarische sector en "
        "de "
        "natuurbeheerders de komende jaren samen uitvoeren.",
        "Bij elke actie staat wie trekt, met wie, en wanneer.",
        "De agenda is op 9 oktober 2026 vastgesteld door de Achterhoek Board.",
        "Afkortingen: WRIJ = Waterschap Rijn en IJssel; GLK = Geldersch Landschap & Kasteelen; gem. = "
        "gemeente.",
        "Uitvoeringsagenda Water en Bodem Achterhoek | pagina 4",
    ],
}

GENESTE_LIJST = {
    "document": "b7-geneste-lijst",
    "file": "b7-geneste-lijst.md",
    "type": "label-blocks",
    "producer": "Provincie Drenthe and Waterschap Hunze en Aa's, Uitvoeringsprogramma Drentsche Aa en Schoon "
    "Grondwater 2026-2029; Markdown nested bullets ('- **Maatregel 2.1 Titel**' with '*Trekker*', "
    "'*Partners*', '*Planning*', '*Samenhang*' sub-bullets), by hand",
    "actions": [
        act(
            "1.1",
            "Grondwaterbeschermingsgebieden opnieuw begrenzen",
            "Herbegrenzing grondwaterbeschermingsgebieden",
            [PD],
            [WMD, WBG],
            2026,
            2027,
        ),
        act(
            "1.2",
            "Extensivering landbouw rond de drinkwaterwinning Assen",
            "Extensivering landbouw drinkwaterwinning Assen",
            [WMD],
            [LTO, PD],
            2027,
            None,
            deps=[("related", "1.1")],
        ),
        act(
            "1.3",
            "Meetnet nitraat in het ondiepe grondwater",
            "Meetnet nitraat ondiep grondwater",
            [PD],
            [WMD, WBG],
            None,
            None,
        ),
        act(
            "2.1",
            "Beekherstel Drentsche Aa tussen Gasteren en Loon",
            "Beekherstel Drentsche Aa Gasteren - Loon",
            [WHA],
            [SBB, "Het Drentse Landschap"],
            2026,
            2029,
        ),
        act(
            "2.2",
            "Vispassages bij de stuwen in het Deurzerdiep",
            "Vispassages Deurzerdiep",
            [WHA],
            ["Sportvisserij Nederland"],
            None,
            2028,
            deps=[("related", "2.1")],
        ),
        act(
            "2.3",
            "Recreatieve zonering in het beekdal",
            "Recreatieve zonering beekdal Drentsche Aa",
            ["Gemeente Tynaarlo"],
            ["Gemeente Assen", SBB],
            2027,
            2027,
        ),
        act(
            "3.1",
            "Evaluatie van het programma en voorstel voor 2030-2033",
            "Evaluatie programma en voorstel 2030-2033",
            [PD],
            [WHA],
            2029,
            2029,
            deps=[("related", "1.3"), ("related", "2.1")],
        ),
    ],
    "not_commitments": [
        "Provincie Drenthe en Waterschap Hunze en Aa's (hierna: het waterschap) hebben dit programma "
        "opgesteld",
        "Het programma volgt op de Gebiedsvisie Drentsche Aa uit 2024.",
        "Per maatregel staan hieronder de trekker, de partners, de planning en de samenhang met andere "
        "maatregelen.",
        "Afkortingen: PD = Provincie Drenthe; WMD = Waterleidingmaatschappij Drenthe;",
        "De stuurgroep Drentsche Aa stelt het programma elk jaar bij.",
        "Maatregelen die in de Gebiedsvisie al zijn uitgevoerd, zoals de herinrichting van het Taarlosche "
        "Diep, "
        "staan niet in deze lijst.",
    ],
}

MIJLPALEN = {
    "document": "b7-mijlpalen",
    "file": "b7-mijlpalen.pdf",
    "type": "ruled-pdf",
    "producer": "Regio Rivierenland, Gebiedsagenda Rivierenland 2026-2030; fpdf2 table() "
    "'Code | Project | Wie | "
    "Mijlpalen' with 'Trekker:' and 'Partners:' on separate lines of one cell and two or three dated "
    "milestones per cell",
    "actions": [
        act(
            "RL-01",
            "Dijkversterking Tiel - Waardenburg",
            "Dijkversterking Tiel - Waardenburg",
            [WSRL],
            [TIEL, WB],
            2026,
            2029,
        ),
        act(
            "RL-02",
            "Uiterwaardenherstel Willemspolder bij Tiel",
            "Uiterwaardenherstel Willemspolder",
            [RWS],
            [WSRL, SBB],
            2026,
            2028,
        ),
        act(
            "RL-03",
            "Fietsverbinding over de Lekdijk Culemborg - Beusichem",
            "Fietsverbinding Lekdijk Culemborg - Beusichem",
            [PG],
            ["Gemeente Buren", "Gemeente Culemborg"],
            2027,
            2028,
        ),
        act(
            "RL-04",
            "Klimaatbestendige herinrichting binnenstad Tiel",
            "Klimaatbestendige herinrichting binnenstad Tiel",
            [TIEL],
            [WSRL],
            2026,
            2028,
        ),
        act(
            "RL-05",
            "Waterberging langs de Linge bij Geldermalsen",
            "Waterberging Linge bij Geldermalsen",
            [WSRL],
            [WB, PG],
            2027,
            2030,
            deps=[("related", "RL-01")],
        ),
        act(
            "RL-06",
            "Natuurvriendelijke oevers Waal bij Ochten",
            "Natuurvriendelijke oevers Waal bij Ochten",
            [RWS],
            ["Gemeente Neder-Betuwe"],
            2026,
            2027,
        ),
        act(
            "RL-07",
            "Monitoring en evaluatie gebiedsagenda",
            "Monitoring en evaluatie gebiedsagenda",
            ["Regio Rivierenland"],
            [PG, WSRL],
            2028,
            2030,
            deps=[("depends", "RL-04"), ("depends", "RL-05")],
        ),
    ],
    "not_commitments": [
        "De Regio Rivierenland, Waterschap Rivierenland, de Provincie Gelderland en Rijkswaterstaat werken "
        "in deze "
        "gebiedsagenda samen aan veilige dijken",
        "De tabel geeft per project de trekker, de partners en de belangrijkste mijlpalen.",
        "De agenda is in september 2026 vastgesteld door het Algemeen Bestuur van de Regio Rivierenland.",
        "Afkortingen: WSRL = Waterschap Rivierenland; RWS = Rijkswaterstaat;",
        "Mijlpalen zijn indicatief; de stuurgroep stelt de planning elk voorjaar bij.",
    ],
}

RAADSVOORSTEL = {
    "document": "b7-raadsvoorstel",
    "file": "b7-raadsvoorstel.txt",
    "type": "letter",
    "producer": "Raadsvoorstel of the college van B&W of Harderwijk to the gemeenteraad, Uitvoeringsplan "
    "Klimaatadaptatie Harderwijk 2027-2030, dated 17 November 2026; plain text, by hand",
    "letter_date": "2026-11-17",
    "actions": [
        act(
            "",
            "Het college stelt vóór 1 juli 2027 een hemelwaterverordening op",
            "Hemelwaterverordening naar de raad",
            [HAR],
            [],
            None,
            2027,
        ),
        act(
            "",
            "Samen met Waterschap Vallei en Veluwe en Vitens start het college in 2027 een proef",
            "Proef regenwateropvang Stadsdennen",
            [HAR],
            [WVV, "Vitens"],
            2027,
            None,
        ),
        act(
            "",
            "Het college koppelt uiterlijk eind 2028 in Drielanden 4 hectare verhard oppervlak af",
            "Afkoppelen verhard oppervlak Drielanden",
            [HAR],
            [],
            None,
            2028,
        ),
        act(
            "",
            "In 2028 en 2029 vergroent het college twaalf schoolpleinen",
            "Vergroening twaalf schoolpleinen",
            [HAR],
            [],
            2028,
            2029,
        ),
        act(
            "",
            "Het college laat in het najaar van 2027 door de Omgevingsdienst Noord-Veluwe een hittekaart",
            "Hittekaart binnenstad Harderwijk",
            ["Omgevingsdienst Noord-Veluwe"],
            [],
            2027,
            2027,
            commissioners=[HAR],
        ),
        act(
            "",
            "Wij informeren de raad vanaf 2028 jaarlijks via de voortgangsrapportage",
            "Jaarlijkse voortgangsrapportage aan de raad",
            [HAR],
            [],
            2028,
            None,
        ),
    ],
    "not_commitments": [
        "Het college stelt u voor te besluiten:",
        "Het Uitvoeringsplan Klimaatadaptatie Harderwijk 2027-2030 vast te stellen.",
        "Voor de uitvoering een krediet van EUR 3,2 miljoen beschikbaar te stellen.",
        "De bijbehorende begrotingswijziging 2027 vast te stellen.",
        "Op 14 juni 2025 liepen na een zware bui in Stadsdennen en Drielanden tientallen kelders onder "
        "water.",
        "Uw raad heeft op 2 oktober 2025 de motie 'Harderwijk klimaatbestendig' aangenomen.",
        "Met dit uitvoeringsplan geven wij uitvoering aan die motie.",
        "Het uitvoeringsplan bouwt voort op de stresstest die in 2024 voor de hele Noord-Veluwe is "
        "uitgevoerd.",
        "Het plan richt zich daarom eerst op Stadsdennen, Drielanden en de binnenstad.",
        "De kosten van het uitvoeringsplan bedragen EUR 3,2 miljoen",
        "dan breiden wij die in 2029 uit naar andere wijken.",
        "Wilt u dat wij de resultaten van de proef toelichten in een informatiebijeenkomst voor de raad?",
    ],
    "reported_plans": [
        "Waterschap Vallei en Veluwe breidt in 2028 de rioolwaterzuivering Harderwijk uit.",
        "De Provincie Gelderland opent in 2027 een subsidieregeling voor groene daken.",
    ],
}

DOCS = [PUNTKOMMA, CONVENANT, PER_PARTIJ, TWEEKOLOMS, GENESTE_LIJST, MIJLPALEN, RAADSVOORSTEL]


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
