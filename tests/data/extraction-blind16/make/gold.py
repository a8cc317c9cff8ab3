"""The blind16 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Baronie van Breda (b16-zienswijzen)
BREDA = "Gemeente Breda"
WBD = "Waterschap Brabantse Delta"
WONENBREBURG = "WonenBreburg"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
GGDWB = "GGD West-Brabant"
# Oosterschelde (b16-taakverdeling)
SCHOUWEN = "Gemeente Schouwen-Duiveland"
NOORDBEVELAND = "Gemeente Noord-Beveland"
GOES = "Gemeente Goes"
SCHELDESTROMEN = "Waterschap Scheldestromen"
PZ = "Provincie Zeeland"
RWS = "Rijkswaterstaat"
# A2-gemeenten (b16-tegels)
VALKENSWAARD = "Gemeente Valkenswaard"
CRANENDONCK = "Gemeente Cranendonck"
HEEZELEENDE = "Gemeente Heeze-Leende"
DOMMEL = "Waterschap De Dommel"
SBB = "Staatsbosbeheer"
BRABANTSLANDSCHAP = "Brabants Landschap"
GGDBZO = "GGD Brabant-Zuidoost"
PNB = "Provincie Noord-Brabant"
# De Liemers (b16-afdelingen)
ZEVENAAR = "Gemeente Zevenaar"
DUIVEN = "Gemeente Duiven"
WESTERVOORT = "Gemeente Westervoort"
WRIJ = "Waterschap Rijn en IJssel"
ODRA = "Omgevingsdienst Regio Arnhem"
# Het Hogeland (b16-coalitieakkoord)
HOGELAND = "Gemeente Het Hogeland"
NZV = "Waterschap Noorderzijlvest"
HGL = "Het Groninger Landschap"
WBG = "Waterbedrijf Groningen"
WIERDEN = "Wierden en Borgen"
# Utrechtse Heuvelrug en Rijnoever (b16-nieuwsbrief)
RHENEN = "Gemeente Rhenen"
HEUVELRUG = "Gemeente Utrechtse Heuvelrug"
WIJK = "Gemeente Wijk bij Duurstede"
PU = "Provincie Utrecht"
HDSR = "Hoogheemraadschap De Stichtse Rijnlanden"
HUL = "Het Utrechts Landschap"
VITENS = "Vitens"
# Hoogeveen en Midden-Drenthe (b16-groepsrijen)
HOOGEVEEN = "Gemeente Hoogeveen"
MIDDENDRENTHE = "Gemeente Midden-Drenthe"
WDOD = "Waterschap Drents Overijsselse Delta"
PD = "Provincie Drenthe"
WMD = "Waterleidingmaatschappij Drenthe"
HDL = "Het Drentse Landschap"
LTO = "LTO Noord"


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


ZIENSWIJZEN = {
    "document": "b16-zienswijzen",
    "file": "b16-zienswijzen.pdf",
    "type": "libreoffice-pdf",
    "producer": "Nota van beantwoording zienswijzen, Ontwerp-omgevingsprogramma Water en Hitte Breda 2027-2030 "
    "(college van B&W of Breda); HTML -> soffice; a ruled table 'Nr. | Zienswijze (samengevat) | Reactie van het "
    "college | Aanpassing': the commitments stand only in the Reactie cells ('wij' = the college), between a "
    "refusal, a forwarded request and a plan of the waterschap that the college only reports; the Zienswijze "
    "cells hold requests with years that are no commitments; one Reactie cell holds two commitments",
    "actions": [
        act(
            "",
            "vergroten in 2027 en 2028 de boomspiegels in Tuinzigt en de Heuvel",
            "Grotere boomspiegels in Tuinzigt en de Heuvel",
            [BREDA],
            [WONENBREBURG],
            2027,
            2028,
        ),
        act(
            "",
            "maken wij vóór 1 juli 2027 een nieuwe stresstest voor de Haagse Beemden",
            "Nieuwe stresstest voor de Haagse Beemden",
            [BREDA],
            [WBD],
            None,
            2027,
        ),
        act(
            "",
            "afspraken over het sparen van regenwater op boerenerven in Prinsenbeek",
            "Afspraken over het sparen van regenwater op boerenerven in Prinsenbeek",
            [WBD],
            [BREDA, ZLTO],
            2027,
            2027,
        ),
        act(
            "",
            "starten na de zomer van 2027 een participatietraject voor het klimaatbestendig inrichten van het "
            "Ginnekenplein",
            "Participatietraject klimaatbestendig Ginnekenplein",
            [BREDA],
            [],
            2027,
            None,
        ),
        act(
            "",
            "uiterlijk 31 maart 2027 een hitteplan voor kwetsbare ouderen op",
            "Hitteplan voor kwetsbare ouderen",
            [BREDA],
            [GGDWB],
            None,
            2027,
        ),
        act(
            "",
            "informeert het college de gemeenteraad jaarlijks over de voortgang van het programma",
            "Jaarlijkse informatie aan de gemeenteraad over de voortgang",
            [BREDA],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "Indiener vraagt de gemeente om in 2027 alle boomspiegels in de wijk Tuinzigt te vergroten.",
        "De laatste stresstest dateert van 2019.",
        "Wij zien geen aanleiding het budget te verhogen.",
        "Het waterschap heeft ons laten weten dat het in 2027 een beregeningsverbod voor de Mark voorbereidt.",
        "Wij hebben de zienswijze doorgestuurd aan het waterschap.",
        "Het ontwerp-omgevingsprogramma lag van 2 september tot en met 14 oktober 2026 ter inzage.",
        "Vastgesteld door het college van burgemeester en wethouders van Breda op 24 november 2026.",
    ],
}

TAAKVERDELING = {
    "document": "b16-taakverdeling",
    "file": "b16-taakverdeling.pdf",
    "type": "ruled-pdf",
    "producer": "Bijlage 2 Taakverdeling, Gebiedsagenda Oosterschelde Zoet en Zout 2026-2029 (gemeenten "
    "Schouwen-Duiveland, Noord-Beveland en Goes, Waterschap Scheldestromen, Provincie Zeeland, Rijkswaterstaat); "
    "fpdf2 table(), landscape; a TASK-DIVISION MATRIX 'Nr. | Werkpakket | Planning' + one column per party whose "
    "cells say in words what the party does: 'Trekker. ...' (lead), a task (partner), 'Wordt geïnformeerd.' "
    "(involved), '–' (no role), explained by the reading guide; abbreviated column heads ('Prov. Zeeland', "
    "'RWS'); Planning '2027 t/m 2029', 'per 1 januari 2028', 'kwartaal 3 2027 – kwartaal 2 2028', 'uiterlijk "
    "eind 2027', 'doorlopend vanaf 2027'; 'op basis van OS5' in a title",
    "actions": [
        act(
            "OS1",
            "Zoetwaterbuffer in de kreekrug bij Serooskerke",
            "Zoetwaterbuffer in de kreekrug bij Serooskerke",
            [SCHOUWEN],
            [SCHELDESTROMEN],
            2026,
            2027,
            involved=[PZ],
        ),
        act(
            "OS2",
            "Dijkversterking met natuurvriendelijke oever bij Kats",
            "Dijkversterking met natuurvriendelijke oever bij Kats",
            [SCHELDESTROMEN],
            [NOORDBEVELAND],
            2027,
            2029,
            involved=[RWS],
        ),
        act(
            "OS3",
            "Meetnet zoutindringing in de polders langs de Oosterschelde",
            "Meetnet zoutindringing in de polders langs de Oosterschelde",
            [RWS],
            [SCHELDESTROMEN, PZ],
            2028,
            None,
        ),
        act(
            "OS4",
            "Klimaatbestendige herinrichting van de binnenstad van Goes",
            "Klimaatbestendige herinrichting van de binnenstad van Goes",
            [GOES],
            [SCHELDESTROMEN],
            2027,
            2028,
        ),
        act(
            "OS5",
            "Regionale zoetwaterstrategie Oosterschelde",
            "Regionale zoetwaterstrategie Oosterschelde",
            [PZ],
            [SCHOUWEN, NOORDBEVELAND, SCHELDESTROMEN, RWS],
            None,
            2027,
            involved=[GOES],
        ),
        act(
            "OS6",
            "Loket zoet water voor agrariërs",
            "Loket zoet water voor agrariërs",
            [NOORDBEVELAND],
            [SCHOUWEN, SCHELDESTROMEN],
            2027,
            None,
            involved=[PZ],
            deps=[("depends", "OS5")],
        ),
    ],
    "not_commitments": [
        "Het Bestuurlijk Overleg Oosterschelde heeft deze gebiedsagenda op 16 november 2026 vastgesteld.",
        "In de zomer van 2025 moesten telers op Schouwen-Duiveland drie weken stoppen met beregenen.",
        "Leeswijzer. Elke rij is een werkpakket, elke kolom een partij.",
        "De provincie Zeeland draagt € 2,4 miljoen bij aan OS1 en OS6.",
    ],
}

TEGELS = {
    "document": "b16-tegels",
    "file": "b16-tegels.pdf",
    "type": "label-blocks",
    "producer": "Uitvoeringsagenda Hitte en Droogte A2-gemeenten 2026-2028, in één oogopslag (gemeenten "
    "Cranendonck, Heeze-Leende en Valkenswaard, Waterschap De Dommel); fpdf2, landscape; one page of six action "
    "TILES in a 3 x 2 grid, each a coloured band with code and title (white bold, wrapping) and the labels 'Wie' "
    "(trekker), 'Met' (partners), 'Wanneer' beside their values; the tiles of a row stand side by side at the "
    "same heights; 'De Dommel' defined by '(hierna: ...)'; Wanneer 'voor de zomer van 2027', '2027 t/m 2029', "
    "'kwartaal 2 2027', 'vanaf najaar 2027', '2e kwartaal 2027 – eind 2028', 'schooljaar 2027-2028'",
    "actions": [
        act(
            "T1",
            "Hitteplan voor de kernen van Valkenswaard",
            "Hitteplan voor de kernen van Valkenswaard",
            [VALKENSWAARD],
            [GGDBZO],
            None,
            2027,
        ),
        act(
            "T2",
            "Beekherstel van de Tongelreep bij de Malpie",
            "Beekherstel van de Tongelreep bij de Malpie",
            [DOMMEL],
            [SBB, VALKENSWAARD],
            2027,
            2029,
        ),
        act(
            "T3",
            "Afkoppelen van regenwater in Budel-Dorplein",
            "Afkoppelen van regenwater in Budel-Dorplein",
            [CRANENDONCK],
            [DOMMEL],
            2027,
            2027,
        ),
        act(
            "T4",
            "Vernatting van de Strabrechtse Heide",
            "Vernatting van de Strabrechtse Heide",
            [SBB],
            [HEEZELEENDE, DOMMEL],
            2027,
            None,
        ),
        act(
            "T5",
            "Droogteafspraken met agrariërs langs de Kleine Dommel",
            "Droogteafspraken met agrariërs langs de Kleine Dommel",
            [DOMMEL],
            [PNB, ZLTO],
            2027,
            2028,
        ),
        act(
            "T6",
            "Groene schoolpleinen in Heeze, Leende en Sterksel",
            "Groene schoolpleinen in Heeze, Leende en Sterksel",
            [HEEZELEENDE],
            [BRABANTSLANDSCHAP],
            2027,
            2028,
        ),
    ],
    "not_commitments": [
        "Op 12 november 2026 stelden de drie colleges deze agenda vast.",
        "In de zomer van 2025 viel de Tongelreep bij de Malpie op drie plaatsen droog.",
        "Financiering: de drie gemeenten dragen samen € 450.000 per jaar bij; De Dommel betaalt mee aan T2 en T5.",
    ],
}

AFDELINGEN = {
    "document": "b16-afdelingen",
    "file": "b16-afdelingen.pdf",
    "type": "libreoffice-pdf",
    "producer": "Werkprogramma Water en Klimaat gemeente Zevenaar 2027 (De Liemers: gemeenten Zevenaar, Duiven "
    "en Westervoort, Waterschap Rijn en IJssel); HTML -> soffice; a ruled table 'Nr. | Activiteit | "
    "Verantwoordelijk | Samen met | Planning' whose cells name INTERNAL TEAMS of the gemeente ('team OR', 'team "
    "VTH', 'team Duurzaamheid') beside outside bodies ('WRIJ', 'ODRA', 'gemeente Duiven'); the reading guide "
    "says a team stands for the gemeente Zevenaar; a team in 'Samen met' of its own gemeente's row adds no "
    "partner, but in a row led by Duiven it makes Zevenaar a partner; Planning 'kwartaal 2 t/m kwartaal 4 "
    "2027', 'na zomerreces 2027', 'per 1 januari 2028', 'doorlopend'",
    "actions": [
        act(
            "Z1",
            "Vervangen van het riool in de Kampstraat en omgeving",
            "Vervangen van het riool in de Kampstraat en omgeving",
            [ZEVENAAR],
            [WRIJ],
            2027,
            2027,
        ),
        act(
            "Z2",
            "Hemelwaterverordening voor nieuwbouw",
            "Hemelwaterverordening voor nieuwbouw",
            [ZEVENAAR],
            [],
            2027,
            2027,
            ambiguous=True,
        ),
        act(
            "Z3",
            "Subsidieregeling groene daken en regentonnen",
            "Subsidieregeling groene daken en regentonnen",
            [ZEVENAAR],
            [DUIVEN, WESTERVOORT],
            2028,
            None,
        ),
        act(
            "Z4",
            "Klimaatbestendige inrichting van het Raadhuisplein",
            "Klimaatbestendige inrichting van het Raadhuisplein",
            [ZEVENAAR],
            [WRIJ],
            2028,
            2028,
        ),
        act(
            "Z5",
            "Stresstest wateroverlast voor de Liemers",
            "Stresstest wateroverlast voor de Liemers",
            [DUIVEN],
            [ZEVENAAR, WESTERVOORT, WRIJ],
            2027,
            2027,
        ),
        act(
            "Z6",
            "Controle op afkoppelen bij bedrijven op bedrijventerrein 7Poort",
            "Controle op afkoppelen bij bedrijven op bedrijventerrein 7Poort",
            [ZEVENAAR],
            [ODRA],
            None,
            None,
        ),
    ],
    "not_commitments": [
        "In 2026 is het riool in de Hunnenpas vervangen.",
        "Leeswijzer. Waar in de tabel een team staat, voert de gemeente Zevenaar de activiteit uit",
        "De kosten staan in de begroting 2027 onder programma 6.",
    ],
}

COALITIEAKKOORD = {
    "document": "b16-coalitieakkoord",
    "file": "b16-coalitieakkoord.txt",
    "type": "label-blocks",
    "producer": "Coalitieakkoord Het Hogeland 2026-2030, hoofdstuk 5 Water, klimaat en landschap; plain text, "
    "written by build.py; a COALITIEAKKOORD: 'Wat we vinden' (opinions), 'Dit gaan we doen' ('we'-bullets of the "
    "college of Het Hogeland; an undated bullet takes the bestuursperiode 2026-2030, the reading guide), 'Wat we "
    "vragen van anderen' (requests to the provincie and the Rijk with years, no commitments); 'Het Groninger "
    "Landschap is trekker', 'We laten Waterbedrijf Groningen ... doen', 'Van 2027 tot en met 2029'",
    "actions": [
        act(
            "",
            "een klimaatadaptatieplan op voor de kernen langs de Waddenkust",
            "Klimaatadaptatieplan voor de kernen langs de Waddenkust",
            [HOGELAND],
            [NZV],
            2027,
            2027,
        ),
        act(
            "",
            "We vergroenen de schoolpleinen in Uithuizen, Winsum en Warffum.",
            "Groene schoolpleinen in Uithuizen, Winsum en Warffum",
            [HOGELAND],
            [],
            2026,
            2030,
        ),
        act(
            "",
            "leggen we een wandelroute langs de wierden aan",
            "Wandelroute langs de wierden",
            [HGL],
            [HOGELAND],
            2026,
            2030,
        ),
        act(
            "",
            "een proef met zoetwateropslag bij Usquert doen",
            "Proef met zoetwateropslag bij Usquert",
            [WBG],
            [],
            None,
            2028,
            commissioners=[HOGELAND],
        ),
        act(
            "",
            "organiseren we elk jaar een waterdag met de dorpsverenigingen",
            "Jaarlijkse waterdag met de dorpsverenigingen",
            [HOGELAND],
            [],
            2027,
            None,
        ),
        act(
            "",
            "verduurzamen we samen met Wierden en Borgen 300 huurwoningen in Uithuizermeeden en Roodeschool",
            "Verduurzaming van 300 huurwoningen in Uithuizermeeden en Roodeschool",
            [HOGELAND],
            [WIERDEN],
            2027,
            2029,
        ),
    ],
    "not_commitments": [
        "In augustus 2025 liepen in Winsum na een hoosbui tientallen kelders onder water.",
        "We vinden dat de dijkversterking langs de Waddenkust niet ten koste mag gaan van het open landschap.",
        "We vinden dat inwoners mee moeten kunnen praten over elke nieuwe waterberging.",
        "We vragen de provincie Groningen om vóór 2028 de N361 bij Winsum klimaatbestendig te maken.",
        "We dringen er bij het Rijk op aan dat de versterkingsoperatie in 2028 is afgerond.",
        "Voor dit hoofdstuk trekken we in deze periode € 3,2 miljoen extra uit.",
    ],
}

NIEUWSBRIEF = {
    "document": "b16-nieuwsbrief",
    "file": "b16-nieuwsbrief.md",
    "type": "label-blocks",
    "producer": "Nieuwsbrief Gebiedsproces Heuvelrug en Rijnoever, nummer 4, december 2026 (gemeenten Rhenen, "
    "Utrechtse Heuvelrug en Wijk bij Duurstede, Provincie Utrecht, HDSR, Het Utrechts Landschap, "
    "Staatsbosbeheer, Vitens, Rijkswaterstaat); Markdown, written by build.py; a NIEUWSBRIEF: per project a "
    "past event and under '**Wat is de volgende stap?**' sentences that each name their own doer ('Het Utrechts "
    "Landschap begint ...', 'Vitens en de provincie Utrecht sluiten ...; de provincie neemt het initiatief'); "
    "a plan of HDSR that is only considered ('overweegt'); an end given in the next sentence ('Het werk duurt "
    "tot eind 2028')",
    "actions": [
        act(
            "",
            "begint in het voorjaar van 2027 met het graven van een nevengeul in de Amerongse Bovenpolder",
            "Nevengeul in de Amerongse Bovenpolder",
            [HUL],
            [RWS],
            2027,
            2028,
        ),
        act(
            "",
            "sluiten uiterlijk 1 juli 2027 een convenant over de grondwaterwinning bij Leersum",
            "Convenant over de grondwaterwinning bij Leersum",
            [PU],
            [VITENS],
            None,
            2027,
        ),
        act(
            "",
            "zet vanaf 2027 elk jaar twintig hectare naaldbos op de Heuvelrug om naar loofbos",
            "Omvorming van naaldbos naar loofbos op de Heuvelrug",
            [SBB],
            [],
            2027,
            None,
        ),
        act(
            "",
            "legt in het najaar van 2027 samen met HDSR een waterplein aan bij de Markt",
            "Waterplein bij de Markt in Wijk bij Duurstede",
            [WIJK],
            [HDSR],
            2027,
            2027,
        ),
        act(
            "",
            "stelt in 2027 namens de drie gemeenten een gezamenlijke hittekaart op",
            "Gezamenlijke hittekaart van de drie gemeenten",
            [RHENEN],
            [HEUVELRUG, WIJK],
            2027,
            2027,
        ),
        act(
            "",
            "maakt vóór de zomer van 2027 met de drie gemeenten een uitvoeringsplan voor de fietsroute langs de "
            "Rijndijk",
            "Uitvoeringsplan fietsroute langs de Rijndijk",
            [PU],
            [RHENEN, HEUVELRUG, WIJK],
            None,
            2027,
        ),
    ],
    "not_commitments": [
        "In oktober 2026 liepen ruim zestig inwoners mee met een excursie door de Amerongse Bovenpolder.",
        "Vitens heeft in 2026 de winning bij Leersum met een kwart verminderd.",
        "HDSR overweegt om in 2028 ook de Langbroekerwetering bij Cothen te verbreden.",
        "De gemeente Wijk bij Duurstede kreeg in 2026 een provinciale subsidie van € 300.000 voor het waterplein.",
        "De volgende nieuwsbrief verschijnt in het voorjaar van 2027.",
    ],
}

GROEPSRIJEN = {
    "document": "b16-groepsrijen",
    "file": "b16-groepsrijen.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsprogramma Water en Bodem Hoogeveen en Midden-Drenthe 2026-2029 (gemeenten Hoogeveen en "
    "Midden-Drenthe, Waterschap Drents Overijsselse Delta, Provincie Drenthe, Waterleidingmaatschappij Drenthe, "
    "Het Drentse Landschap); fpdf2 table(); a ruled table 'Nr. | Maatregel | Partners | Periode' WITHOUT a "
    "trekker column: full-width GROUP ROWS ('Thema A – Water vasthouden · trekker: WDODelta') give the trekker "
    "of the rows beneath, overridden in two rows by '(trekker: ...)' at the end of the Maatregel cell (the "
    "reading guide); 'na afronding van C1'; Periode 'kwartaal 3 2027 – 2028', '2026 t/m 2029', 'doorlopend', "
    "'vanaf 2028'",
    "actions": [
        act(
            "A1",
            "Hermeandering van de Beilerstroom bij Beilen",
            "Hermeandering van de Beilerstroom bij Beilen",
            [WDOD],
            [MIDDENDRENTHE, HDL],
            2026,
            2028,
        ),
        act(
            "A2",
            "Peilgestuurde drainage op landbouwpercelen rond Hoogeveen",
            "Peilgestuurde drainage op landbouwpercelen rond Hoogeveen",
            [WDOD],
            [LTO],
            2027,
            2027,
        ),
        act(
            "A3",
            "Afkoppelen van regenwater in de wijk Krakeel",
            "Afkoppelen van regenwater in de wijk Krakeel",
            [HOOGEVEEN],
            [WDOD],
            2027,
            2028,
        ),
        act(
            "B1",
            "Grondwaterbeschermingsplan voor het intrekgebied van de waterwinning bij Beilen",
            "Grondwaterbeschermingsplan voor het intrekgebied van de waterwinning bij Beilen",
            [WMD],
            [PD, MIDDENDRENTHE],
            2026,
            2029,
        ),
        act(
            "B2",
            "Voorlichting aan particuliere putboorders",
            "Voorlichting aan particuliere putboorders",
            [WMD],
            [],
            None,
            None,
        ),
        act(
            "C1",
            "Bodemkaart van de veengronden rond Hoogeveen en Fluitenberg",
            "Bodemkaart van de veengronden rond Hoogeveen en Fluitenberg",
            [PD],
            [HOOGEVEEN, WDOD],
            2027,
            2027,
        ),
        act(
            "C2",
            "Herstel van de essen rond Westerbork",
            "Herstel van de essen rond Westerbork",
            [HDL],
            [MIDDENDRENTHE],
            2028,
            None,
            deps=[("starts_after", "C1")],
        ),
    ],
    "not_commitments": [
        "De stuurgroep heeft dit programma op 19 november 2026 vastgesteld.",
        "In 2025 daalde de grondwaterstand rond Beilen tot het laagste niveau sinds 1976.",
        "Leeswijzer. De maatregelen staan per thema.",
        "De provincie Drenthe betaalt de helft van de maatregelen van thema C uit het Programma Landelijk Gebied.",
    ],
}

DOCS = [ZIENSWIJZEN, TAAKVERDELING, TEGELS, AFDELINGEN, COALITIEAKKOORD, NIEUWSBRIEF, GROEPSRIJEN]


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
