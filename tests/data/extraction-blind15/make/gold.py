"""The blind15 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Haarlemmermeer (b15-hoofdletters)
HAARLEMMERMEER = "Gemeente Haarlemmermeer"
HHR = "Hoogheemraadschap van Rijnland"
PNH = "Provincie Noord-Holland"
SCHIPHOL = "Royal Schiphol Group"
YMERE = "Ymere"
GGDK = "GGD Kennemerland"
LTO = "LTO Noord"
# Vijfheerenlanden (b15-partij-jaar)
VIJFHEERENLANDEN = "Gemeente Vijfheerenlanden"
PU = "Provincie Utrecht"
WSRL = "Waterschap Rivierenland"
RWS = "Rijkswaterstaat"
# Walcheren (b15-raadsinformatiebrief)
VEERE = "Gemeente Veere"
MIDDELBURG = "Gemeente Middelburg"
VLISSINGEN = "Gemeente Vlissingen"
SCHELDESTROMEN = "Waterschap Scheldestromen"
HZ = "HZ University of Applied Sciences"
ZEEUWSLANDSCHAP = "Het Zeeuwse Landschap"
SBB = "Staatsbosbeheer"
# Kop van Overijssel (b15-intentieverklaring)
PO = "Provincie Overijssel"
WDOD = "Waterschap Drents Overijsselse Delta"
STEENWIJKERLAND = "Gemeente Steenwijkerland"
ZWARTEWATERLAND = "Gemeente Zwartewaterland"
NM = "Vereniging Natuurmonumenten"
# Zuidwest-Drenthe (b15-romeins)
MEPPEL = "Gemeente Meppel"
WESTERVELD = "Gemeente Westerveld"
DEWOLDEN = "Gemeente De Wolden"
PD = "Provincie Drenthe"
WMD = "Waterleidingmaatschappij Drenthe"
HDL = "Het Drentse Landschap"
# De Kempen (b15-begroting)
EERSEL = "Gemeente Eersel"
BERGEIJK = "Gemeente Bergeijk"
BLADEL = "Gemeente Bladel"
OIRSCHOT = "Gemeente Oirschot"
REUSEL = "Gemeente Reusel-De Mierden"
DOMMEL = "Waterschap De Dommel"
BRABANTWATER = "Brabant Water"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
# Zuidoost-Fryslân (b15-tijdvakken)
HEERENVEEN = "Gemeente Heerenveen"
OPSTERLAND = "Gemeente Opsterland"
OOSTSTELLINGWERF = "Gemeente Ooststellingwerf"
WESTSTELLINGWERF = "Gemeente Weststellingwerf"
WF = "Wetterskip Fryslân"
PF = "Provincie Fryslân"
VITENS = "Vitens"
IFG = "It Fryske Gea"
GGDF = "GGD Fryslân"


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


HOOFDLETTERS = {
    "document": "b15-hoofdletters",
    "file": "b15-hoofdletters.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Klimaatbestendig Haarlemmermeer 2026-2029 (Gemeente Haarlemmermeer, "
    "Hoogheemraadschap van Rijnland, Provincie Noord-Holland); HTML -> soffice; ruled table 'Nr. | Maatregel | "
    "Wie | Wanneer' whose ONE Wie cell names the trekker in CAPITALS and bold and the partners in normal type "
    "(the reading guide), the trekker not always first ('gemeente Haarlemmermeer, RIJNLAND, prov. "
    "Noord-Holland'); 'Rijnland' and 'Schiphol' defined by '(hierna: ...)'; Wanneer 'uiterlijk 31-12-2027', "
    "'Q2/Q3 2027', '2e helft 2027', 'begin 2028', 'vanaf 2027'",
    "actions": [
        act(
            "HM-1",
            "Hittekaart en hitteplan voor Hoofddorp en Nieuw-Vennep",
            "Hittekaart en hitteplan voor Hoofddorp en Nieuw-Vennep",
            [HAARLEMMERMEER],
            [GGDK],
            None,
            2027,
        ),
        act(
            "HM-2",
            "Verbreding van de Hoofdvaart tussen Hoofddorp en Nieuw-Vennep",
            "Verbreding van de Hoofdvaart tussen Hoofddorp en Nieuw-Vennep",
            [HHR],
            [HAARLEMMERMEER, PNH],
            2027,
            2029,
        ),
        act(
            "HM-3",
            "Regenwateropvang op het terrein van Schiphol-Oost",
            "Regenwateropvang op het terrein van Schiphol-Oost",
            [SCHIPHOL],
            [HHR],
            2027,
            2027,
        ),
        act(
            "HM-4",
            "Groene daken en gevels op huurwoningen in Floriande",
            "Groene daken en gevels op huurwoningen in Floriande",
            [YMERE],
            [HAARLEMMERMEER],
            2027,
            2027,
        ),
        act(
            "HM-5",
            "Zoetwaterbuffer voor de akkerbouw in de Zuidrand",
            "Zoetwaterbuffer voor de akkerbouw in de Zuidrand",
            [PNH],
            [HHR, LTO],
            2028,
            2028,
            deps=[("related", "HM-2")],
        ),
        act(
            "HM-6",
            "Koele routes en schaduwplekken in het centrum van Hoofddorp",
            "Koele routes en schaduwplekken in het centrum van Hoofddorp",
            [HAARLEMMERMEER],
            [],
            2028,
            2029,
            deps=[("starts_after", "HM-1")],
        ),
        act(
            "HM-7",
            "Monitor bodemdaling en grondwater in de Haarlemmermeerpolder",
            "Monitor bodemdaling en grondwater in de Haarlemmermeerpolder",
            [HHR],
            [HAARLEMMERMEER, PNH],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "Het college van burgemeester en wethouders heeft de agenda op 10 november 2026 vastgesteld.",
        "In augustus 2025 viel in Hoofddorp binnen twee uur 80 millimeter regen; in Floriande liepen tientallen "
        "kelders onder.",
        "Leeswijzer. In de kolom Wie staat de trekker in HOOFDLETTERS en vetgedrukt; de andere partijen in die "
        "kolom zijn partners.",
        "De maatregelen worden betaald uit de begrotingen van de partners en uit de Impulsregeling "
        "klimaatadaptatie van het Rijk.",
    ],
}

PARTIJ_JAAR = {
    "document": "b15-partij-jaar",
    "file": "b15-partij-jaar.pdf",
    "type": "ruled-pdf",
    "producer": "Gebiedsagenda Lek en Linge Vijfheerenlanden 2026-2028 (Gemeente Vijfheerenlanden, Provincie "
    "Utrecht, Waterschap Rivierenland, Rijkswaterstaat); fpdf2 table(); a ruled table whose ROWS are the "
    "parties and whose COLUMNS are the years ('Partij | 2026 | 2027 | 2028'): the party of the row is the "
    "trekker, parties after 'met' are partners, the period is the years in whose column the action stands; an "
    "action over several years is repeated as 'V5 vervolg'; two cells '–' (no action that year)",
    "actions": [
        act(
            "V1",
            "Hemelwaterplan Leerdam",
            "Hemelwaterplan Leerdam",
            [VIJFHEERENLANDEN],
            [WSRL],
            2026,
            2027,
        ),
        act(
            "V2",
            "Groene schoolpleinen in Vianen",
            "Groene schoolpleinen in Vianen",
            [VIJFHEERENLANDEN],
            [],
            2027,
            2027,
        ),
        act(
            "V3",
            "Klimaatbestendig bedrijventerrein Meerkerk",
            "Klimaatbestendig bedrijventerrein Meerkerk",
            [VIJFHEERENLANDEN],
            [PU],
            2028,
            2028,
        ),
        act(
            "V4",
            "Gebiedsproces veenweide rond Ameide en Meerkerk",
            "Gebiedsproces veenweide rond Ameide en Meerkerk",
            [PU],
            [VIJFHEERENLANDEN, LTO],
            2027,
            2028,
        ),
        act(
            "V5",
            "Dijkversterking Lek tussen Vianen en Ameide",
            "Dijkversterking Lek tussen Vianen en Ameide",
            [WSRL],
            [RWS, VIJFHEERENLANDEN],
            2026,
            2028,
        ),
        act(
            "V6",
            "Natuurvriendelijke oevers langs de Linge bij Leerdam",
            "Natuurvriendelijke oevers langs de Linge bij Leerdam",
            [WSRL],
            [],
            2028,
            2028,
            deps=[("starts_after", "V1")],
        ),
        act(
            "V7",
            "Renovatie van het stuwcomplex Hagestein",
            "Renovatie van het stuwcomplex Hagestein",
            [RWS],
            [WSRL],
            2027,
            2028,
        ),
    ],
    "not_commitments": [
        "Het Bestuurlijk Overleg Lek en Linge heeft deze agenda op 18 november 2026 vastgesteld.",
        "Bij het hoogwater van januari 2024 stond de uiterwaard bij Vianen dagenlang onder water.",
        "Leeswijzer. Elke rij van de tabel is een partij; in de kolom van een jaar staat wat die partij in dat "
        "jaar doet.",
    ],
}

RAADSINFORMATIEBRIEF = {
    "document": "b15-raadsinformatiebrief",
    "file": "b15-raadsinformatiebrief.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college van B&W of Veere to the gemeenteraad, Voortgang Kustvisie "
    "Veere en klimaatadaptatie Walcheren, dated 24 November 2026; fpdf2; every sentence under 'Wat gaan wij "
    "doen?' opens with its TIME ('In het voorjaar van 2027 legt het college ...', 'Vóór 1 juli 2027 stellen "
    "wij ...', 'Begin 2028 start het college ...'), and so do the past events under 'Wat is er gebeurd?' and "
    "the plans of other bodies under 'Wat doen anderen?'; 'het college' and 'wij' are the gemeente; 'het "
    "waterschap' defined by '(hierna: ...)'",
    "letter_date": "2026-11-24",
    "actions": [
        act(
            "",
            "legt het college uw raad het uitvoeringsplan Kustvisie Veere ter vaststelling voor",
            "Uitvoeringsplan Kustvisie Veere ter vaststelling aan de raad",
            [VEERE],
            [],
            2027,
            2027,
        ),
        act(
            "",
            "stellen wij met de gemeenten Middelburg en Vlissingen een gezamenlijke hittestrategie voor "
            "Walcheren op",
            "Gezamenlijke hittestrategie Walcheren",
            [VEERE],
            [MIDDELBURG, VLISSINGEN],
            None,
            2027,
        ),
        act(
            "",
            "onderzoeken hoe de strandopgangen bij Zoutelande en Westkapelle koel en toegankelijk kunnen blijven",
            "Onderzoek koele en toegankelijke strandopgangen Zoutelande en Westkapelle",
            [HZ],
            [],
            2027,
            2027,
            commissioners=[VEERE],
        ),
        act(
            "",
            "past het college het omgevingsplan aan voor de bebouwing in de duinzone bij Domburg",
            "Aanpassing omgevingsplan duinzone Domburg",
            [VEERE],
            [],
            None,
            2027,
        ),
        act(
            "",
            "herstellen wij samen met Het Zeeuwse Landschap en Staatsbosbeheer de duinvalleien bij Oostkapelle",
            "Herstel duinvalleien Oostkapelle",
            [VEERE],
            [ZEEUWSLANDSCHAP, SBB],
            2027,
            2028,
        ),
        act(
            "",
            "start het college samen met het waterschap een proef met zoetwateropslag in de kreekruggen bij "
            "Serooskerke",
            "Proef zoetwateropslag in de kreekruggen bij Serooskerke",
            [VEERE],
            [SCHELDESTROMEN],
            2028,
            None,
        ),
        act(
            "",
            "informeert het college uw raad elk half jaar over de voortgang van de Kustvisie",
            "Halfjaarlijkse voortgangsinformatie Kustvisie aan de raad",
            [VEERE],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "In september 2026 hebben wij met het waterschap en de provincie de stresstest voor Walcheren afgerond.",
        "In oktober 2026 nam uw raad de motie 'Ruimte voor de duinen' aan.",
        "Als de provincie in 2027 extra middelen voor de kust beschikbaar stelt, dan versnellen wij de aanpak "
        "van de strandopgangen.",
        "Over de kosten van het uitvoeringsplan besluit uw raad bij de begroting 2028.",
    ],
    "reported_plans": [
        "In 2027 versterkt het waterschap de duinvoet tussen Domburg en Westkapelle.",
        "Vanaf 2028 breidt Evides Waterbedrijf de winning van zoet water in de Oranjezon uit.",
    ],
}

ALL_PO = [PO, WDOD, STEENWIJKERLAND, ZWARTEWATERLAND, NM, SBB]  # the six Partijen, in the preamble's order

INTENTIEVERKLARING = {
    "document": "b15-intentieverklaring",
    "file": "b15-intentieverklaring.pdf",
    "type": "libreoffice-pdf",
    "producer": "Intentieverklaring Veenweide en Water Noordwest-Overijssel 2026-2030 (Provincie Overijssel, "
    "Waterschap Drents Overijsselse Delta, gemeenten Steenwijkerland en Zwartewaterland, Vereniging "
    "Natuurmonumenten, Staatsbosbeheer); HTML -> soffice; six numbered parties defined by abbreviation in the "
    "preamble (\"hierna: 'de Provincie'\", 'WDODelta', 'NM', 'SBB') and 'Partijen' for all of them; articles "
    "per THEME whose leden name their doer ('De Provincie draagt zorg voor ...', 'Partijen genoemd onder 2, "
    "3 en 4 ...; WDODelta is trekker.', 'Partijen ...; Steenwijkerland is penvoerder.', 'NM neemt het "
    "voortouw', 'de Provincie neemt hiervoor het initiatief'); 'Gereed: Q2 2028', 'begin 2028 gereed'; a "
    "financial contribution, the looptijd and 'geen rechtsgevolgen' articles",
    "actions": [
        act(
            "2.1",
            "draagt zorg voor een gebiedsprogramma veenweide Noordwest-Overijssel",
            "Gebiedsprogramma veenweide Noordwest-Overijssel",
            [PO],
            [],
            None,
            2027,
        ),
        act(
            "2.2",
            "verhoogt in 2027 en 2028 het zomerpeil in de polders rond Giethoorn",
            "Hoger zomerpeil in de polders rond Giethoorn",
            [WDOD],
            [STEENWIJKERLAND],
            2027,
            2028,
        ),
        act(
            "2.3",
            "leggen samen een meetnet van peilbuizen aan in de polders rond Zwartsluis",
            "Meetnet van peilbuizen in de polders rond Zwartsluis",
            [WDOD],
            [STEENWIJKERLAND, ZWARTEWATERLAND],
            None,
            2028,
        ),
        act(
            "3.1",
            "stellen samen een beheerplan op voor de rietlanden in de Weerribben en de Wieden",
            "Beheerplan rietlanden Weerribben en Wieden",
            [NM],
            [SBB],
            None,
            2028,
        ),
        act(
            "3.2",
            "herstelt de trilvenen in de Weerribben",
            "Herstel trilvenen in de Weerribben",
            [SBB],
            [],
            2028,
            2030,
            deps=[("starts_after", "3.1")],
        ),
        act(
            "4.1",
            "richten in het eerste kwartaal van 2027 een gezamenlijk gebiedsbureau in",
            "Gezamenlijk gebiedsbureau",
            [STEENWIJKERLAND],
            [p for p in ALL_PO if p != STEENWIJKERLAND],
            2027,
            2027,
        ),
        act(
            "4.2",
            "evalueren de samenwerking in de tweede helft van 2029",
            "Evaluatie van de samenwerking",
            [PO],
            [p for p in ALL_PO if p != PO],
            2029,
            2029,
        ),
    ],
    "not_commitments": [
        "Partijen in 2025 samen een gebiedsverkenning voor Noordwest-Overijssel hebben uitgevoerd",
        "Partijen willen de bodemdaling in Noordwest-Overijssel beperken, de waterkwaliteit verbeteren en de "
        "natuur van de Weerribben en de Wieden versterken.",
        "De Provincie stelt voor de uitvoering van 3.1 en 3.2 samen ten hoogste € 4 miljoen beschikbaar.",
        "Deze intentieverklaring treedt in werking op de dag van ondertekening en loopt tot en met 31 december "
        "2030.",
        "Partijen beogen met deze intentieverklaring geen in rechte afdwingbare verplichtingen aan te gaan.",
        "Aldus opgemaakt en in zesvoud ondertekend te Steenwijk op 26 november 2026.",
    ],
}

ROMEINS = {
    "document": "b15-romeins",
    "file": "b15-romeins.md",
    "type": "label-blocks",
    "producer": "Uitvoeringsagenda Water en Natuur Zuidwest-Drenthe 2026-2029 (gemeenten Meppel, Westerveld en "
    "De Wolden, Provincie Drenthe, Waterschap Drents Overijsselse Delta); Markdown, written by build.py; three "
    "sporen with ROMAN numerals ('## II. Schoon drinkwater'), actions 'a.' 'b.' 'c.' under each (bold title "
    "line, then 'Trekker: ...; met: ... Planning: ...' on the line under it), referred to as 'II.b' (the "
    "reading guide); 'voorwaarde: de resultaten van I.b', 'loopt gelijk op met II.a', 'na afronding van actie "
    "II.b'; Planning 'Q2/Q3 2027', 'begin 2028', 'uiterlijk 31-12-2027', 'vanaf 2028', '2e helft 2027'",
    "actions": [
        act(
            "I.a",
            "Beekherstel van de Oude Vaart bij Dieverbrug",
            "Beekherstel van de Oude Vaart bij Dieverbrug",
            [WDOD],
            [WESTERVELD, HDL],
            2026,
            2028,
        ),
        act(
            "I.b",
            "Waterbuffer in het beekdal van de Reest bij De Wijk",
            "Waterbuffer in het beekdal van de Reest bij De Wijk",
            [DEWOLDEN],
            [WDOD],
            2027,
            2027,
        ),
        act(
            "I.c",
            "Nieuw peilbesluit voor de polders rond Meppel",
            "Nieuw peilbesluit voor de polders rond Meppel",
            [WDOD],
            [MEPPEL],
            2028,
            2028,
            deps=[("depends", "I.b")],
        ),
        act(
            "II.a",
            "Grondwaterbescherming rond het pompstation Havelterberg",
            "Grondwaterbescherming rond het pompstation Havelterberg",
            [WMD],
            [PD, WESTERVELD],
            2026,
            2029,
        ),
        act(
            "II.b",
            "Afspraken met boeren over gewasbescherming in het intrekgebied",
            "Afspraken met boeren over gewasbescherming in het intrekgebied",
            [PD],
            [WMD, LTO],
            None,
            2027,
            deps=[("related", "II.a")],
        ),
        act(
            "II.c",
            "Meetnet grondwaterkwaliteit Havelte",
            "Meetnet grondwaterkwaliteit Havelte",
            [WMD],
            [],
            2028,
            None,
            deps=[("starts_after", "II.b")],
        ),
        act(
            "III.a",
            "Heideherstel in het Dwingelderveld",
            "Heideherstel in het Dwingelderveld",
            [NM],
            [SBB],
            2027,
            2029,
        ),
        act(
            "III.b",
            "Fietsroute langs de Drentse Hoofdvaart van Meppel naar Dieverbrug",
            "Fietsroute langs de Drentse Hoofdvaart van Meppel naar Dieverbrug",
            [MEPPEL],
            [WESTERVELD, PD],
            2027,
            2027,
        ),
    ],
    "not_commitments": [
        "Het Portefeuillehoudersoverleg Zuidwest-Drenthe heeft deze agenda op 12 november 2026 vastgesteld.",
        "In de droge zomer van 2025 viel de bovenloop van de Oude Vaart bij Wapse zes weken droog.",
        "Leeswijzer. De agenda heeft drie sporen, genummerd I, II en III.",
        "Het waterschap draagt voor spoor I in totaal € 1,8 miljoen bij.",
    ],
}

BEGROTING = {
    "document": "b15-begroting",
    "file": "b15-begroting.txt",
    "type": "label-blocks",
    "producer": "Gemeente Eersel, Programmabegroting 2027, Programma 5 Duurzaamheid, Water en Klimaat (De "
    "Kempen); plain text, written by build.py; the three W-questions of a begroting: goals under 'Wat willen "
    "we bereiken?' (no actions), bullets in 'we'-prose under 'Wat gaan we daarvoor doen?' (the gemeente is the "
    "doer), which take the begrotingsjaar 2027 when they name no year (the reading guide); 'de "
    "Kempengemeenten' and 'De Dommel' defined by '(hierna: ...)'; 'Bladel is trekker', 'We laten De Dommel "
    "...'; an indicator table and a cost table with years and amounts",
    "actions": [
        act(
            "",
            "We koppelen in Wintelre en Vessem het regenwater af van het riool",
            "Afkoppelen regenwater Wintelre en Vessem",
            [EERSEL],
            [DOMMEL],
            2027,
            2027,
        ),
        act(
            "",
            "We stellen met de andere Kempengemeenten een Kempisch hitteplan op",
            "Kempisch hitteplan",
            [BLADEL],
            [EERSEL, BERGEIJK, OIRSCHOT, REUSEL],
            None,
            2027,
        ),
        act(
            "",
            "richten we de Markt en de Dijk in Eersel klimaatbestendig in",
            "Klimaatbestendige inrichting Markt en Dijk Eersel",
            [EERSEL],
            [],
            2027,
            2028,
        ),
        act(
            "",
            "We maken met Brabant Water en de ZLTO afspraken over beregening rond de drinkwaterwinningen in de "
            "Kempen",
            "Afspraken over beregening rond de drinkwaterwinningen",
            [EERSEL],
            [BRABANTWATER, ZLTO],
            2027,
            2027,
        ),
        act(
            "",
            "We laten De Dommel vanaf 2027 de grondwaterstand in de beekdalen van de Kleine Beerze en de Run "
            "meten",
            "Meten grondwaterstand beekdalen Kleine Beerze en Run",
            [DOMMEL],
            [],
            2027,
            None,
            commissioners=[EERSEL],
        ),
        act(
            "",
            "We starten in het tweede kwartaal van 2027 een wijkaanpak isolatie in Duizel en Steensel",
            "Wijkaanpak isolatie Duizel en Steensel",
            [EERSEL],
            [],
            2027,
            None,
        ),
        act(
            "",
            "We geven doorlopend gratis energieadvies aan huiseigenaren via het Energieloket Eersel",
            "Gratis energieadvies aan huiseigenaren",
            [EERSEL],
            [],
            None,
            None,
        ),
    ],
    "not_commitments": [
        "Staat er bij een activiteit geen jaar, dan voeren we haar uit in het begrotingsjaar 2027.",
        "In 2026 legden inwoners met steun van de gemeente 140 geveltuinen en 35 groene daken aan.",
        "In 2030 verwerken alle kernen van Eersel een bui van 70 millimeter in een uur zonder schade aan "
        "woningen.",
        "De grondwaterstand in de beekdalen van de Kleine Beerze en de Run daalt niet verder.",
        "In 2030 is de helft van de koopwoningen van voor 1980 geïsoleerd.",
        "De lasten stijgen in 2027 vooral door de kapitaallasten van de afkoppelprojecten.",
    ],
}

TIJDVAKKEN = {
    "document": "b15-tijdvakken",
    "file": "b15-tijdvakken.pdf",
    "type": "unruled-pdf",
    "producer": "Werkplanning Klimaatadaptatie Zuidoost-Fryslân 2026-2028 (gemeenten Heerenveen, Opsterland, "
    "Ooststellingwerf en Weststellingwerf, Wetterskip Fryslân, Provincie Fryslân); fpdf2; a planning ordered "
    "by TIME: bold period headings '2e helft 2026', 'Q1 2027', 'Q2/Q3 2027', '2e helft 2027', 'Begin 2028', "
    "'Doorlopend' with bullets 'ZF4 Titel – trekker X, met Y en Z' under them; the period of an action is its "
    "heading, once extended by '(loopt door tot en met 2028)'; 'de vier gemeenten' and 'WF' defined by "
    "'(hierna: ...)'; 'na afronding van ZF2' in a title",
    "actions": [
        act(
            "ZF1",
            "Regionale hittekaart voor Zuidoost-Fryslân",
            "Regionale hittekaart voor Zuidoost-Fryslân",
            [HEERENVEEN],
            [GGDF],
            2026,
            2026,
        ),
        act(
            "ZF2",
            "Inventarisatie van knelpunten bij wateroverlast in Gorredijk en Beetsterzwaag",
            "Inventarisatie van knelpunten bij wateroverlast in Gorredijk en Beetsterzwaag",
            [OPSTERLAND],
            [WF],
            2026,
            2026,
        ),
        act(
            "ZF3",
            "Nieuw peilbesluit voor het stroomgebied van de Tjonger",
            "Nieuw peilbesluit voor het stroomgebied van de Tjonger",
            [WF],
            [OOSTSTELLINGWERF, HEERENVEEN],
            2027,
            2027,
        ),
        act(
            "ZF4",
            "Herstel van het beekdal van de Linde bij Oldelamer",
            "Herstel van het beekdal van de Linde bij Oldelamer",
            [SBB],
            [WF, WESTSTELLINGWERF],
            2027,
            2028,
        ),
        act(
            "ZF5",
            "Afkoppelen van regenwater in het centrum van Gorredijk",
            "Afkoppelen van regenwater in het centrum van Gorredijk",
            [OPSTERLAND],
            [WF],
            2027,
            2027,
            deps=[("starts_after", "ZF2")],
        ),
        act(
            "ZF6",
            "Afspraken over beregening in het intrekgebied van pompstation Oldeholtpade",
            "Afspraken over beregening in het intrekgebied van pompstation Oldeholtpade",
            [VITENS],
            [LTO],
            2027,
            2027,
        ),
        act(
            "ZF7",
            "Evaluatie van de werkplanning",
            "Evaluatie van de werkplanning",
            [PF],
            [HEERENVEEN, OPSTERLAND, OOSTSTELLINGWERF, WESTSTELLINGWERF],
            2028,
            2028,
        ),
        act(
            "ZF8",
            "Kennisnetwerk klimaatadaptatie Zuidoost-Fryslân",
            "Kennisnetwerk klimaatadaptatie Zuidoost-Fryslân",
            [WF],
            [IFG],
            None,
            None,
        ),
    ],
    "not_commitments": [
        "Het Regionaal Bestuurlijk Overleg heeft deze werkplanning op 20 november 2026 vastgesteld.",
        "In juni 2025 liepen in Gorredijk na een wolkbreuk ruim zestig woningen onder water.",
        "Leeswijzer. De planning is geordend naar tijdvak: onder elk kopje staan de acties die in dat tijdvak "
        "worden uitgevoerd.",
        "De partners betalen de acties uit hun eigen begrotingen; deze werkplanning geeft geen bedragen.",
    ],
}

DOCS = [HOOFDLETTERS, PARTIJ_JAAR, RAADSINFORMATIEBRIEF, INTENTIEVERKLARING, ROMEINS, BEGROTING, TIJDVAKKEN]


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
