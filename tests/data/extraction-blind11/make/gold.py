"""The blind11 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Arnhem-Nijmegen (b11-raci)
GMR = "Groene Metropoolregio Arnhem-Nijmegen"
ARNHEM = "Gemeente Arnhem"
NIJMEGEN = "Gemeente Nijmegen"
LINGEW = "Gemeente Lingewaard"
PGLD = "Provincie Gelderland"
WSRL = "Waterschap Rivierenland"
VITENS = "Vitens"
# Maastricht (b11-bestuursovereenkomst)
PLIM = "Provincie Limburg"
MAASTR = "Gemeente Maastricht"
WL = "Waterschap Limburg"
RWS = "Rijkswaterstaat"
# Stedelijk Gebied Eindhoven (b11-maatregelen)
EINDH = "Gemeente Eindhoven"
VELDH = "Gemeente Veldhoven"
BEST = "Gemeente Best"
GELDROP = "Gemeente Geldrop-Mierlo"
DOMMEL = "Waterschap De Dommel"
PNB = "Provincie Noord-Brabant"
BRW = "Brabant Water"
TUE = "Technische Universiteit Eindhoven"
GGD = "GGD Brabant-Zuidoost"
WOONB = "Woonbedrijf"
SGE = "Samenwerkingsverband Stedelijk Gebied Eindhoven"
# Goeree-Overflakkee (b11-raadsinformatiebrief)
GO = "Gemeente Goeree-Overflakkee"
WSHD = "Waterschap Hollandse Delta"
PZH = "Provincie Zuid-Holland"
EVIDES = "Evides Waterbedrijf"
LTO = "LTO Noord"
# West-Friesland (b11-vaste-breedte)
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
PNH = "Provincie Noord-Holland"
PWN = "PWN Waterleidingbedrijf Noord-Holland"
RWF = "Regio West-Friesland"
HOORN = "Gemeente Hoorn"
INTERMARIS = "Intermaris"
# Midden-Limburg (b11-start-einde)
ROERMOND = "Gemeente Roermond"
WEERT = "Gemeente Weert"
LEUDAL = "Gemeente Leudal"
MAASGOUW = "Gemeente Maasgouw"
ROERDALEN = "Gemeente Roerdalen"
WML = "Waterleiding Maatschappij Limburg"
LLTB = "Limburgse Land- en Tuinbouw Bond"
LIMBL = "Stichting Het Limburgs Landschap"
# Rijnmond-West (b11-afhankelijkheden)
SCHIEDAM = "Gemeente Schiedam"
VLAARD = "Gemeente Vlaardingen"
MAASSL = "Gemeente Maassluis"
HHD = "Hoogheemraadschap van Delfland"
HBR = "Havenbedrijf Rotterdam"
WOONPLUS = "Woonplus Schiedam"
WATERWEG = "Waterweg Wonen"


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
        "dependencies": [{"kind": kind, "target": target} for kind, target in deps],
    }


RACI = {
    "document": "b11-raci",
    "file": "b11-raci.pdf",
    "type": "ruled-pdf",
    "producer": (
        "Groene Metropoolregio Arnhem-Nijmegen, Uitvoeringsprogramma Klimaatadaptatie 2026-2029; fpdf2 "
        "table(), landscape RACI MATRIX 'Code | Actie | Planning | GMR | ARN | NIJ | LNG | GLD | WSRL | VIT' "
        "with cells R, A, C, I and R/A; legend R = uitvoerend (trekker), A = eindverantwoordelijk "
        "(opdrachtgever), C = geraadpleegd (partner), I = geïnformeerd (betrokken)"
    ),
    "actions": [
        act(
            "AN-01",
            "Regionale stresstest hitte en wateroverlast",
            "Regionale stresstest hitte en wateroverlast",
            [GMR],
            [ARNHEM, NIJMEGEN, LINGEW, WSRL],
            2026,
            2026,
            involved=[VITENS],
            commissioners=[PGLD],
        ),
        act(
            "AN-02",
            "Hittebestendige binnenstad Arnhem",
            "Hittebestendige binnenstad Arnhem",
            [ARNHEM],
            [WSRL],
            2027,
            2029,
            involved=[PGLD],
            commissioners=[ARNHEM],
            deps=[("depends", "AN-01")],
        ),
        act(
            "AN-03",
            "Waterberging Waalsprong Nijmegen",
            "Waterberging Waalsprong Nijmegen",
            [NIJMEGEN],
            [LINGEW],
            2027,
            2028,
            involved=[GMR],
            commissioners=[WSRL],
        ),
        act(
            "AN-04",
            "Afkoppelen regenwater Bemmel en Huissen",
            "Afkoppelen regenwater Bemmel en Huissen",
            [LINGEW],
            [WSRL, VITENS],
            2027,
            None,
            involved=[PGLD],
            commissioners=[GMR],
        ),
        act(
            "AN-05",
            "Grondwatermeetnet stuwwal Nijmegen-Groesbeek",
            "Grondwatermeetnet stuwwal Nijmegen-Groesbeek",
            [VITENS],
            [WSRL],
            2026,
            2027,
            involved=[NIJMEGEN],
            commissioners=[PGLD],
        ),
        act(
            "AN-06",
            "Subsidieregeling groene daken en tuinen",
            "Subsidieregeling groene daken en tuinen",
            [PGLD],
            [GMR],
            2026,
            2029,
            involved=[ARNHEM, NIJMEGEN, LINGEW],
            commissioners=[PGLD],
        ),
        act(
            "AN-07",
            "Hoogwaterbestendige Waalkade Nijmegen",
            "Hoogwaterbestendige Waalkade Nijmegen",
            [NIJMEGEN],
            [PGLD],
            2027,
            2029,
            involved=[GMR],
            commissioners=[WSRL],
            deps=[("related", "AN-03")],
        ),
        act(
            "AN-08",
            "Monitoring en jaarlijkse voortgangsrapportage",
            "Monitoring en jaarlijkse voortgangsrapportage",
            [GMR],
            [],
            2027,
            None,
            involved=[ARNHEM, NIJMEGEN, LINGEW, WSRL, VITENS],
            commissioners=[PGLD],
            deps=[("starts_after", "AN-01")],
        ),
    ],
    "not_commitments": [
        "De regioraad heeft dit programma op 18 november 2026 vastgesteld.",
        "In juni 2024 liepen na een hoosbui in Lent en Oosterhout tientallen kelders onder water.",
        "De tabel geeft per actie de rol van elke organisatie volgens de RACI-methode:",
        "Elke actie heeft één R en één A.",
    ],
}

BESTUURSOVEREENKOMST = {
    "document": "b11-bestuursovereenkomst",
    "file": "b11-bestuursovereenkomst.pdf",
    "type": "unruled-pdf",
    "producer": (
        "Provincie Limburg, Gemeente Maastricht and Waterschap Limburg, Bestuursovereenkomst Maasoevers en "
        "Hoogwaterbescherming Maastricht 2026-2030; reportlab, two pages of articles without any table; "
        "ARTICLES PER PARTY ('Artikel 4 Inspanningen van de provincie') whose numbered items 4.1-6.2 start "
        "with the verb and never name the party, deadlines inside the items"
    ),
    "actions": [
        act(
            "4.1",
            "Stelt uiterlijk 1 juli 2027 een integrale gebiedsvisie Maasoevers Maastricht op",
            "Integrale gebiedsvisie Maasoevers Maastricht",
            [PLIM],
            [MAASTR],
            None,
            2027,
        ),
        act(
            "4.2",
            "Draagt zorg voor de aanleg van een doorgaande fietsverbinding langs de westoever",
            "Fietsverbinding westoever Maas tussen Borgharen en de Noorderbrug",
            [PLIM],
            [],
            None,
            2028,
        ),
        act(
            "4.3",
            "Voert vanaf 2027 de regie over de monitoring van de waterkwaliteit van de Maas",
            "Regie over de monitoring van de waterkwaliteit van de Maas",
            [PLIM],
            [],
            2027,
            None,
            deps=[("depends", "6.2")],
        ),
        act(
            "5.1",
            "Past uiterlijk 31 december 2027 het omgevingsplan aan voor de Maasoevers",
            "Omgevingsplan Maasoevers aanpassen",
            [MAASTR],
            [],
            None,
            2027,
            deps=[("starts_after", "4.1")],
        ),
        act(
            "5.2",
            "Richt in 2028 en 2029 de Maasboulevard en de kade bij het Bassin klimaatbestendig in",
            "Klimaatbestendige inrichting Maasboulevard en kade bij het Bassin",
            [MAASTR],
            [WL],
            2028,
            2029,
        ),
        act(
            "5.3",
            "Informeert vanaf 2027 twee keer per jaar de bewoners van Borgharen en Itteren",
            "Bewoners van Borgharen en Itteren informeren over de voortgang",
            [MAASTR],
            [],
            2027,
            None,
        ),
        act(
            "6.1",
            "Versterkt de waterkering bij Borgharen en Itteren",
            "Versterking waterkering Borgharen en Itteren",
            [WL],
            [],
            None,
            2030,
            deps=[("related", "4.2")],
        ),
        act(
            "6.2",
            "Stelt vóór 1 april 2027 een meetplan op voor de waterkwaliteit van de Maas en de Jeker",
            "Meetplan waterkwaliteit Maas en Jeker",
            [WL],
            [RWS],
            None,
            2027,
        ),
    ],
    "not_commitments": [
        "de Maas bij Borgharen in juli 2021 het hoogste peil sinds 1911 bereikte",
        "de provincie Limburg en het waterschap hiervoor in 2025 een gezamenlijke verkenning hebben "
        "uitgevoerd",
        "Deze overeenkomst legt vast welke inspanningen partijen leveren om het programma uit te voeren.",
        "Deze overeenkomst treedt in werking op de dag na ondertekening en eindigt op 31 december 2030.",
        "Partijen dragen ieder de kosten van hun eigen inspanningen.",
        "De provincie draagt € 4,5 miljoen bij aan de inrichting van de Maasboulevard.",
        "De stuurgroep komt ten minste twee keer per jaar bijeen en bewaakt de voortgang van het programma.",
        "Elke partij kan de andere partijen schriftelijk verzoeken deze overeenkomst te wijzigen.",
        "Partijen leggen een geschil eerst voor aan de stuurgroep voordat zij naar de rechter gaan.",
        "Aldus overeengekomen en in drievoud ondertekend te Maastricht op 20 november 2026.",
    ],
}

MAATREGELEN = {
    "document": "b11-maatregelen",
    "file": "b11-maatregelen.pdf",
    "type": "libreoffice-pdf",
    "producer": (
        "Samenwerkingsverband Stedelijk Gebied Eindhoven, Uitvoeringsprogramma Klimaatadaptatie Stedelijk "
        "Gebied Eindhoven 2026-2029; HTML → soffice; ruled table 'Maatregel | Eigenaar | Betrokken partijen |"
        " Budget | Gereed' with HIERARCHICAL CODES '1.1.1'..'2.2.2' at the start of the Maatregel cell under "
        "grey theme rows '1 Hitte', '1.1 Koele routes en plekken'; a Budget column of amounts ('€ 2.028.000',"
        " '€ 85.000 per jaar', 'pm') that is no period"
    ),
    "actions": [
        act(
            "1.1.1",
            "Hitteplan binnenstad Eindhoven",
            "Hitteplan binnenstad Eindhoven",
            [EINDH],
            [TUE, GGD],
            None,
            2027,
        ),
        act(
            "1.1.2",
            "Schaduwroutes naar scholen en zorgcentra in Veldhoven",
            "Schaduwroutes naar scholen en zorgcentra in Veldhoven",
            [VELDH],
            [GGD],
            None,
            2028,
            deps=[("depends", "1.1.1")],
        ),
        act(
            "1.2.1",
            "Zonwering en groene daken bij huurwoningen",
            "Zonwering en groene daken bij huurwoningen",
            [WOONB],
            [EINDH],
            None,
            2029,
        ),
        act(
            "2.1.1",
            "Afkoppelen verhard oppervlak Best-Centrum",
            "Afkoppelen verhard oppervlak Best-Centrum",
            [BEST],
            [DOMMEL],
            None,
            2028,
        ),
        act(
            "2.1.2",
            "Waterberging Dommeldal bij Geldrop",
            "Waterberging Dommeldal bij Geldrop",
            [DOMMEL],
            [GELDROP, PNB],
            None,
            2027,
        ),
        act(
            "2.1.3",
            "Regionale richtlijn hemelwater bij nieuwbouw",
            "Regionale richtlijn hemelwater bij nieuwbouw",
            [SGE],
            [DOMMEL],
            None,
            2026,
            deps=[("related", "2.1.1")],
        ),
        act(
            "2.2.1",
            "Grondwatermeetnet stedelijk gebied",
            "Grondwatermeetnet stedelijk gebied",
            [BRW],
            [DOMMEL, PNB],
            None,
            None,
        ),
        act(
            "2.2.2",
            "Waterbesparing bij bedrijven op De Hurk",
            "Waterbesparing bij bedrijven op De Hurk",
            [EINDH],
            [BRW, DOMMEL],
            None,
            2028,
            deps=[("depends", "2.2.1")],
        ),
    ],
    "not_commitments": [
        "Het Bestuurlijk Overleg SGE heeft dit programma op 19 november 2026 vastgesteld.",
        "In de zomer van 2025 lag de gevoelstemperatuur in het centrum van Eindhoven op elf dagen boven de "
        "35 "
        "graden.",
        "de grijze regels zijn geen maatregelen.",
        "Het budget is het totale bedrag voor de hele looptijd, tenzij anders vermeld.",
        "De bedragen zijn inclusief btw.",
        "Het Bestuurlijk Overleg SGE bespreekt de voortgang twee keer per jaar.",
    ],
}

RAADSINFORMATIEBRIEF = {
    "document": "b11-raadsinformatiebrief",
    "file": "b11-raadsinformatiebrief.pdf",
    "type": "letter",
    "producer": (
        "Raadsinformatiebrief of the college van B&W of Goeree-Overflakkee to the gemeenteraad, Gebiedsagenda"
        " Zoetwater Goeree-Overflakkee, dated 25 November 2026; reportlab; the agreements of the "
        "gebiedsagenda in PASSIVE voice ('Door de provincie wordt in 2027 ... opgesteld', '... worden vanaf "
        "2027 door Rijkswaterstaat uitgebreid', '... wordt door ons ... aangepast'), 'Het waterschap neemt "
        "het voortouw bij ...' and 'wij' for the college; past facts, a motion, a financing sentence, a "
        "conditional and a closing formula"
    ),
    "letter_date": "2026-11-25",
    "actions": [
        act(
            "",
            "Door de provincie wordt in 2027 een zoetwaterstrategie voor Goeree-Overflakkee opgesteld",
            "Zoetwaterstrategie Goeree-Overflakkee",
            [PZH],
            [WSHD],
            2027,
            2027,
        ),
        act(
            "",
            "Het waterschap neemt het voortouw bij de aanleg van een zoetwateraanvoer vanuit het Haringvliet",
            "Zoetwateraanvoer vanuit het Haringvliet naar de polders rond Oude-Tonge",
            [WSHD],
            [GO, LTO],
            2028,
            None,
        ),
        act(
            "",
            "Wij zullen vóór de zomer van 2027 een beleidsregel voor zoetwateropslag op boerenerven "
            "vaststellen",
            "Beleidsregel zoetwateropslag op boerenerven",
            [GO],
            [],
            None,
            2027,
        ),
        act(
            "",
            "Samen met Evides onderzoeken wij in 2027 of regenwater van bedrijfsdaken",
            "Onderzoek hergebruik regenwater van bedrijfsdaken op bedrijventerrein Oostplaat",
            [GO],
            [EVIDES],
            2027,
            2027,
        ),
        act(
            "",
            "De zoutmetingen in het Haringvliet en de Zuidpolder worden vanaf 2027 door Rijkswaterstaat "
            "uitgebreid",
            "Uitbreiding zoutmetingen Haringvliet en Zuidpolder",
            [RWS],
            [],
            2027,
            None,
        ),
        act(
            "",
            "Uiterlijk eind 2028 wordt door ons het omgevingsplan aangepast",
            "Omgevingsplan aanpassen voor zoetwaterbassins in het buitengebied",
            [GO],
            [],
            None,
            2028,
        ),
        act(
            "",
            "Wij informeren u vanaf 2027 jaarlijks over de voortgang van de gebiedsagenda",
            "Jaarlijkse informatie aan de raad over de voortgang van de gebiedsagenda",
            [GO],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "Met deze raadsinformatiebrief informeren wij u over de Gebiedsagenda Zoetwater Goeree-Overflakkee.",
        "Die agenda hebben wij op 12 november 2026 ondertekend met Waterschap Hollandse Delta",
        "In augustus 2025 moesten telers in de Oostflakkeese polders het beregenen staken, omdat het "
        "slootwater "
        "te zout was geworden.",
        "De motie Zoet water voor de Flakkeese landbouw, die uw raad op 3 juli 2026 aannam, vraagt ons "
        "college "
        "om samen met de partners een aanpak op te stellen.",
        "Wat hebben wij afgesproken?",
        "In de gebiedsagenda staan de volgende afspraken.",
        "De kosten van de beleidsregel vallen binnen de begroting 2027.",
        "Als de proef met regenwater slaagt, kunnen wij die uitbreiden naar andere bedrijventerreinen.",
        "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.",
    ],
    "reported_plans": [
        "Los van de gebiedsagenda organiseert LTO Noord in het voorjaar van 2027 eigen bijeenkomsten voor "
        "telers "
        "over zuinig watergebruik.",
    ],
}

VASTE_BREEDTE = {
    "document": "b11-vaste-breedte",
    "file": "b11-vaste-breedte.txt",
    "type": "text-table",
    "producer": (
        "Regio West-Friesland, Uitvoeringsagenda Bodem en Water West-Friesland 2026-2029, bijlage 1 (export "
        "of a registration system); written by build.py; FIXED-WIDTH table 'Nr. | Actie | Trekker | Partners "
        "| Periode' aligned with spaces under a dashed rule, cells wrapping onto continuation lines in the "
        "Actie, Trekker ('Regio West-' / 'Friesland'), Partners and Periode ('uiterlijk' / '2029') columns"
    ),
    "actions": [
        act(
            "WF-01",
            "Zoetwaterbuffers in de polders",
            "Zoetwaterbuffers in de polders Drieban en Het Grootslag",
            [HHNK],
            [LTO, "Gemeente Stede Broec", "Gemeente Drechterland"],
            2026,
            2028,
        ),
        act(
            "WF-02",
            "Klimaatbestendige herinrichting",
            "Klimaatbestendige herinrichting van de wijk Kersenboogerd in Hoorn",
            [HOORN],
            [HHNK, INTERMARIS],
            2027,
            2029,
        ),
        act(
            "WF-03",
            "Meetnet zoutindringing",
            "Meetnet zoutindringing langs de IJsselmeerkust",
            [HHNK],
            [PWN, "Gemeente Enkhuizen", "Gemeente Medemblik"],
            2026,
            2027,
        ),
        act(
            "WF-04",
            "Slimme inlaten en stuwen",
            "Slimme inlaten en stuwen in de Westfriese polders",
            [HHNK],
            [LTO],
            2028,
            None,
            deps=[("depends", "WF-03")],
        ),
        act(
            "WF-05",
            "Regionale bodemkaart",
            "Regionale bodemkaart voor bouwlocaties",
            [RWF],
            [PNH, HHNK],
            2026,
            2026,
        ),
        act(
            "WF-06",
            "Afwegingskader water en bodem",
            "Afwegingskader water en bodem bij woningbouw",
            [PNH],
            [RWF, HHNK],
            2027,
            2027,
            deps=[("starts_after", "WF-05")],
        ),
        act(
            "WF-07",
            "Evaluatie en actualisatie",
            "Evaluatie en actualisatie van de agenda",
            [RWF],
            [HHNK, PNH, "Gemeente Koggenland", "Gemeente Opmeer"],
            None,
            2029,
            deps=[("related", "WF-06")],
        ),
    ],
    "not_commitments": [
        "In de droge zomer van 2022 zakte het grondwater in de Westfriese polders tot een halve meter onder "
        "het "
        "gewone peil.",
        "Leeswijzer: de trekker is verantwoordelijk voor de uitvoering; de partners werken mee.",
        "Een cel die niet op een regel past, loopt door op de volgende regel(s) in dezelfde kolom.",
        "Het Westfries Overleg Water en Bodem bespreekt de voortgang twee keer per jaar.",
    ],
}

START_EINDE = {
    "document": "b11-start-einde",
    "file": "b11-start-einde.md",
    "type": "text-table",
    "producer": (
        "Stuurgroep Maas en Beken, Uitvoeringsagenda Maas en Beken Midden-Limburg 2026-2029; Markdown pipe "
        "table written by build.py, 'Nr | Actie | Trekker | Partners | Start | Einde': the period in TWO "
        "COLUMNS with months, quarters and words ('sep 2026 | dec 2027', 'Q2 2027 | Q4 2028', '2026 | "
        "doorlopend', 'medio 2027 | 2030', 'okt 2026 | mrt 2027')"
    ),
    "actions": [
        act(
            "ML-1",
            "Hoogwaterbescherming Roermond-Oost langs de Roer",
            "Hoogwaterbescherming Roermond-Oost langs de Roer",
            [WL],
            [ROERMOND, RWS],
            2027,
            2028,
        ),
        act(
            "ML-2",
            "Beekherstel Leubeek en Tungelroyse Beek",
            "Beekherstel Leubeek en Tungelroyse Beek",
            [WL],
            [LEUDAL, LIMBL],
            2026,
            2027,
        ),
        act(
            "ML-3",
            "Afkoppelen en waterbewust bouwen Weert-Centrum",
            "Afkoppelen en waterbewust bouwen Weert-Centrum",
            [WEERT],
            [WL],
            2027,
            2028,
        ),
        act(
            "ML-4",
            "Grondwaterbescherming rond de drinkwaterwinning Roermond",
            "Grondwaterbescherming rond de drinkwaterwinning Roermond",
            [WML],
            [PLIM, ROERMOND],
            2026,
            None,
        ),
        act(
            "ML-5",
            "Rivierpark Maasplassen bij Maasgouw",
            "Rivierpark Maasplassen bij Maasgouw",
            [MAASGOUW],
            [RWS, LIMBL],
            2027,
            2030,
            deps=[("related", "ML-1")],
        ),
        act(
            "ML-6",
            "Droogtemaatregelen landbouw Roerdalen",
            "Droogtemaatregelen landbouw Roerdalen",
            [LLTB],
            [WL, ROERDALEN],
            2026,
            2027,
        ),
        act(
            "ML-7",
            "Evaluatie en vervolgagenda",
            "Evaluatie en vervolgagenda",
            [PLIM],
            [WL, ROERMOND, WEERT, LEUDAL, MAASGOUW, ROERDALEN],
            2029,
            2029,
            deps=[("depends", "ML-2"), ("depends", "ML-3")],
        ),
    ],
    "not_commitments": [
        "De Stuurgroep Maas en Beken heeft deze agenda op 16 november 2026 vastgesteld.",
        "Tijdens het hoogwater van juli 2021 liepen in Roermond en Roerdalen straten en kelders onder.",
        "De stuurgroep bespreekt de voortgang in het voorjaar en het najaar.",
    ],
}

AFHANKELIJKHEDEN = {
    "document": "b11-afhankelijkheden",
    "file": "b11-afhankelijkheden.pdf",
    "type": "ruled-pdf",
    "producer": (
        "Samenwerking Water en Haven Rijnmond-West, Uitvoeringsagenda Water en Haven Schiedam, Vlaardingen en"
        " Maassluis 2026-2030; fpdf2 table(), landscape; ruled table 'Nr. | Actie | Trekker | Partners | "
        "Periode | Afhankelijk van | Relatie met' with the DEPENDENCIES IN TWO COLUMNS of codes ('1', '2, 4',"
        " '-'), and Trekker cells 'zie 3', 'zie 1' and 'idem' (reading guide: the trekker of action n, of the"
        " row above)"
    ),
    "actions": [
        act(
            "1",
            "Overstromingsrisico's buitendijks Maassluis-Centrum in kaart",
            "Overstromingsrisico's buitendijks Maassluis-Centrum in kaart",
            [MAASSL],
            [HHD, RWS],
            2026,
            2026,
        ),
        act(
            "2",
            "Hoogwaterbescherming havengebied Vlaardingen",
            "Hoogwaterbescherming havengebied Vlaardingen",
            [HBR],
            [VLAARD, RWS],
            2027,
            2029,
            deps=[("depends", "1"), ("related", "3")],
        ),
        act(
            "3",
            "Waterplan Schiedam-Noord",
            "Waterplan Schiedam-Noord: extra berging en afkoppelen",
            [HHD],
            [SCHIEDAM, WOONPLUS],
            2026,
            2028,
            deps=[("related", "2")],
        ),
        act(
            "4",
            "Peilbeheer en gemalen Vlaardingse Vaart",
            "Peilbeheer en gemalen Vlaardingse Vaart",
            [HHD],
            [VLAARD],
            2027,
            2028,
            deps=[("depends", "3")],
        ),
        act(
            "5",
            "Monitoring zout en waterkwaliteit Nieuwe Waterweg",
            "Monitoring zout en waterkwaliteit Nieuwe Waterweg",
            [RWS],
            [EVIDES, HBR],
            2026,
            None,
            deps=[("related", "2"), ("related", "4")],
        ),
        act(
            "6",
            "Hittebestendige wijk Vlaardingen-Westwijk",
            "Hittebestendige wijk Vlaardingen-Westwijk",
            [VLAARD],
            [WATERWEG, HHD],
            2027,
            2029,
        ),
        act(
            "7",
            "Afkoppelen en groene daken Vlaardingen-Holy",
            "Afkoppelen en groene daken Vlaardingen-Holy",
            [VLAARD],
            [WATERWEG],
            2028,
            2030,
            deps=[("depends", "6"), ("related", "3")],
        ),
        act(
            "8",
            "Evaluatie van de agenda",
            "Evaluatie van de agenda",
            [MAASSL],
            [SCHIEDAM, VLAARD, HHD],
            None,
            2030,
            deps=[("depends", "2"), ("depends", "4")],
        ),
    ],
    "not_commitments": [
        "De colleges en het dagelijks bestuur van Delfland hebben deze agenda in november 2026 vastgesteld.",
        "Bij de storm van januari 2025 stond het water in de Vlaardingse haven tot op de kade.",
        "'Zie n' in de kolom Trekker: de trekker is dezelfde als bij actie n.",
    ],
}

DOCS = [
    RACI,
    BESTUURSOVEREENKOMST,
    MAATREGELEN,
    RAADSINFORMATIEBRIEF,
    VASTE_BREEDTE,
    START_EINDE,
    AFHANKELIJKHEDEN,
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
