"""The blind14 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Alphen aan den Rijn (b14-motievolglijst)
ALPHEN = "Gemeente Alphen aan den Rijn"
PZH = "Provincie Zuid-Holland"
HHR = "Hoogheemraadschap van Rijnland"
ODWH = "Omgevingsdienst West-Holland"
# Salland (b14-kop-onderaan)
WDOD = "Waterschap Drents Overijsselse Delta"
PO = "Provincie Overijssel"
LO = "Landschap Overijssel"
RWS = "Rijkswaterstaat"
RAALTE = "Gemeente Raalte"
OLSTWIJHE = "Gemeente Olst-Wijhe"
HELLENDOORN = "Gemeente Hellendoorn"
LTO = "LTO Noord"
VITENS = "Vitens"
SALLANDWONEN = "Salland Wonen"
# Voorne-Putten (b14-ampersand)
VOORNE = "Gemeente Voorne aan Zee"
NISSEWAARD = "Gemeente Nissewaard"
WSHD = "Waterschap Hollandse Delta"
EVIDES = "Evides"
NMZH = "Natuur- en Milieufederatie Zuid-Holland"
GGDRR = "GGD Rotterdam-Rijnmond"
# Westerkwartier (b14-projectenboek)
WESTERKWARTIER = "Gemeente Westerkwartier"
NZV = "Waterschap Noorderzijlvest"
PG = "Provincie Groningen"
ACW = "Agrarisch Collectief Westerkwartier"
HGL = "Het Groninger Landschap"
SBB = "Staatsbosbeheer"
# Afgedamde Maas and Biesbosch (b14-kamerbrief)
IENW = "Ministerie van Infrastructuur en Waterstaat"
ALTENA = "Gemeente Altena"
WSRL = "Waterschap Rivierenland"
DELTARES = "Deltares"
# Amstelland (b14-puntkomma-acties)
AMSTELVEEN = "Gemeente Amstelveen"
AALSMEER = "Gemeente Aalsmeer"
UITHOORN = "Gemeente Uithoorn"
OUDERAMSTEL = "Gemeente Ouder-Amstel"
AGV = "Waterschap Amstel, Gooi en Vecht"
WATERNET = "Waternet"
PNH = "Provincie Noord-Holland"
GGDA = "GGD Amsterdam"
# Westelijke Mijnstreek (b14-geneste-lijst)
SITTARD = "Gemeente Sittard-Geleen"
BEEKDAELEN = "Gemeente Beekdaelen"
STEIN = "Gemeente Stein"
WL = "Waterschap Limburg"
PL = "Provincie Limburg"
IKL = "Stichting Instandhouding Kleine Landschapselementen in Limburg"
HLL = "Stichting Het Limburgs Landschap"


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


MOTIEVOLGLIJST = {
    "document": "b14-motievolglijst",
    "file": "b14-motievolglijst.pdf",
    "type": "libreoffice-pdf",
    "producer": "Griffie gemeenteraad Alphen aan den Rijn, motievolglijst en lijst van toezeggingen, stand "
    "per 20 "
    "November 2026; HTML -> soffice; ruled table 'Nr | Motie/toezegging | Portefeuillehouder | Afdoening | "
    "Stand "
    "van zaken': the doer is the college, the portefeuillehouder (a wethouder or the burgemeester) stands "
    "for the "
    "gemeente; two rows 'Afgedaan' are no actions; 'Afdoening' asks when a row is done (deadline)",
    "actions": [
        act(
            "M2026-04",
            "alle basisscholen te ondersteunen bij het vergroenen van hun schoolplein",
            "Ondersteuning vergroening schoolpleinen basisscholen",
            [ALPHEN],
            [],
            None,
            2027,
        ),
        act(
            "M2026-07",
            "een laadpalenplan voor Boskoop, Hazerswoude en Koudekerk",
            "Laadpalenplan Boskoop, Hazerswoude en Koudekerk",
            [ALPHEN],
            [PZH],
            None,
            2027,
        ),
        act(
            "M2026-11",
            "het regenwater in de wijk Oudshoorn af te koppelen van het riool",
            "Afkoppelen regenwater Oudshoorn",
            [ALPHEN],
            [HHR],
            None,
            2028,
        ),
        act(
            "M2026-15",
            "jaarlijks een hittekaart van de gemeente te publiceren",
            "Jaarlijkse hittekaart",
            [ALPHEN],
            [],
            2027,
            None,
        ),
        act(
            "T2026-02",
            "een evaluatie van de pilot met deelauto's in Alphen-Centrum",
            "Evaluatie pilot deelauto's Alphen-Centrum",
            [ALPHEN],
            [],
            None,
            2027,
        ),
        act(
            "T2026-05",
            "hoe vaak de geluidsnormen bij het evenemententerrein worden overschreden",
            "Onderzoek overschrijding geluidsnormen evenemententerrein",
            [ODWH],
            [],
            None,
            2026,
            commissioners=[ALPHEN],
        ),
        act(
            "T2026-08",
            "een raadsinformatiebrief over de voortgang van de herinrichting van het Rijnplein",
            "Raadsinformatiebrief herinrichting Rijnplein",
            [ALPHEN],
            [],
            None,
            2027,
        ),
    ],
    "not_commitments": [
        "De raad bespreekt de lijst in de agendacommissie van 3 december 2026.",
        "In 2026 nam de raad tot nu toe 23 moties aan; het college deed 31 toezeggingen.",
        "Afgedane moties en toezeggingen staan nog één keer op de lijst en vervallen daarna.",
        "verzoekt het college langs de Gouwe in Boskoop meer zitbanken te plaatsen",
        "In september 2026 zijn 48 bankjes geplaatst.",
        "een informatieavond over het warmtenet in Alphen-Noord organiseren",
        "De informatieavond is op 4 oktober 2026 gehouden.",
    ],
}

KOP_ONDERAAN = {
    "document": "b14-kop-onderaan",
    "file": "b14-kop-onderaan.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsagenda Water en Bodem Salland 2026-2029 (gemeenten Raalte, Olst-Wijhe, "
    "Hellendoorn, "
    "Waterschap Drents Overijsselse Delta, Provincie Overijssel); reportlab canvas; the HEADER ROW 'Nr. | "
    "Actie | "
    "Trekker | Partners | Periode' of a ruled table stands at the bottom of page 1, all seven rows on page 2 "
    "without a repeated header",
    "actions": [
        act(
            "S1",
            "Beekherstel van de Soestwetering bij Raalte",
            "Beekherstel van de Soestwetering bij Raalte",
            [WDOD],
            [RAALTE, LO],
            2026,
            2028,
        ),
        act(
            "S2",
            "Droogtebestendige landbouw aan de voet van de Sallandse Heuvelrug",
            "Droogtebestendige landbouw aan de voet van de Sallandse Heuvelrug",
            [LTO],
            [WDOD, PO],
            2027,
            2029,
        ),
        act(
            "S3",
            "Afkoppelen van het verharde oppervlak in het centrum van Nijverdal",
            "Afkoppelen van het verharde oppervlak in het centrum van Nijverdal",
            [HELLENDOORN],
            [WDOD],
            2026,
            2027,
        ),
        act(
            "S4",
            "Grondwaterbescherming rond het pompstation bij Wijhe",
            "Grondwaterbescherming rond het pompstation bij Wijhe",
            [VITENS],
            [PO, LTO],
            2027,
            None,
        ),
        act(
            "S5",
            "Klimaatbestendige huurwoningen in Raalte-Noord",
            "Klimaatbestendige huurwoningen in Raalte-Noord",
            [SALLANDWONEN],
            [RAALTE],
            2027,
            2029,
        ),
        act(
            "S6",
            "Natuurvriendelijke oevers langs de IJssel bij Olst",
            "Natuurvriendelijke oevers langs de IJssel bij Olst",
            [OLSTWIJHE],
            [WDOD, RWS],
            2028,
            2028,
        ),
        act(
            "S7",
            "Monitor water en bodem Salland",
            "Monitor water en bodem Salland",
            [PO],
            [WDOD, RAALTE, OLSTWIJHE, HELLENDOORN],
            None,
            None,
        ),
    ],
    "not_commitments": [
        "Het Bestuurlijk Overleg Water en Bodem Salland heeft deze agenda op 17 november 2026 vastgesteld.",
        "In de zomer van 2025 stonden in Salland zeven beken langer dan een maand droog.",
        "De agenda bouwt voort op de Gebiedsvisie Salland uit 2024.",
        "Leeswijzer. De tabel hieronder noemt per actie de trekker, die verantwoordelijk is voor de "
        "uitvoering, en "
        "de partners die meewerken.",
    ],
}

AMPERSAND = {
    "document": "b14-ampersand",
    "file": "b14-ampersand.txt",
    "type": "text-table",
    "producer": "Gebiedsagenda Zoet Water en Groen Voorne-Putten 2026-2029, bijlage 2 (gemeenten Voorne aan "
    "Zee "
    "en Nissewaard, Provincie Zuid-Holland, Waterschap Hollandse Delta, Evides); tab-separated export, "
    "written "
    "by build.py; ONE 'Wie' cell per maatregel joins the parties with ' & ' and ' en ' ('Evides & gemeente "
    "Voorne "
    "aan Zee', 'provincie en waterschap', 'LTO Noord & Evides & waterschap', 'provincie & gemeenten Voorne "
    "aan Zee "
    "en Nissewaard'); the reading guide says the first named is the trekker; 'de provincie', 'het "
    "waterschap' "
    "defined by '(hierna: ...)'",
    "actions": [
        act(
            "VP1",
            "Duinwaterbuffer bij Oostvoorne",
            "Duinwaterbuffer bij Oostvoorne",
            [EVIDES],
            [VOORNE],
            2026,
            2028,
        ),
        act(
            "VP2",
            "Klimaatrobuuste polders rond Spijkenisse",
            "Klimaatrobuuste polders rond Spijkenisse",
            [WSHD],
            [NISSEWAARD],
            2027,
            2029,
        ),
        act(
            "VP3",
            "Natuurverbinding Voornes Duin – Brielse Meer",
            "Natuurverbinding Voornes Duin – Brielse Meer",
            [PZH],
            [WSHD],
            2026,
            2029,
        ),
        act(
            "VP4",
            "Groenblauwe schoolpleinen in Nissewaard",
            "Groenblauwe schoolpleinen in Nissewaard",
            [NISSEWAARD],
            [NMZH],
            2027,
            2027,
        ),
        act(
            "VP5",
            "Zoetwaterbuffers voor de fruitteelt op Voorne",
            "Zoetwaterbuffers voor de fruitteelt op Voorne",
            [LTO],
            [EVIDES, WSHD],
            2027,
            None,
        ),
        act(
            "VP6",
            "Hitteplan Hellevoetsluis en Brielle",
            "Hitteplan Hellevoetsluis en Brielle",
            [VOORNE],
            [GGDRR],
            2026,
            2027,
        ),
        act(
            "VP7",
            "Evaluatie van de gebiedsagenda",
            "Evaluatie van de gebiedsagenda",
            [PZH],
            [VOORNE, NISSEWAARD],
            2029,
            2029,
        ),
    ],
    "not_commitments": [
        "Het Gebiedsoverleg Voorne-Putten heeft de agenda op 24 november 2026 vastgesteld.",
        "In de droge zomer van 2022 moest Evides de drinkwaterwinning in de duinen van Voorne tijdelijk "
        "beperken.",
        "Leeswijzer. In de kolom Wie staat de eerstgenoemde partij als trekker; de andere partijen werken "
        "mee.",
    ],
}

PROJECTENBOEK = {
    "document": "b14-projectenboek",
    "file": "b14-projectenboek.pdf",
    "type": "libreoffice-pdf",
    "producer": "Projectenboek Gebiedsprogramma Westerkwartier 2026-2030 (Gemeente Westerkwartier, "
    "Waterschap "
    "Noorderzijlvest, Provincie Groningen, Agrarisch Collectief Westerkwartier); HTML -> soffice; headings "
    "'Project 3 · Titel', a sentence, then a small two-column ruled key/value table with UNUSUAL keys "
    "'Kartrekker | Meedoen | Looptijd | Samenhang' (explained in the reading guide)",
    "actions": [
        act(
            "1",
            "Vernatting veenweide Leekstermeergebied",
            "Vernatting veenweide Leekstermeergebied",
            [NZV],
            [PG, ACW],
            2026,
            2029,
        ),
        act(
            "2",
            "Natuurinclusieve landbouw in het coulisselandschap",
            "Natuurinclusieve landbouw in het coulisselandschap",
            [ACW],
            [WESTERKWARTIER, LTO],
            2027,
            2030,
            deps=[("related", "5")],
        ),
        act(
            "3",
            "Herstel houtsingels rond Grootegast",
            "Herstel houtsingels rond Grootegast",
            [WESTERKWARTIER],
            [HGL, ACW],
            2026,
            2028,
        ),
        act(
            "4",
            "Waterberging langs het Van Starkenborghkanaal",
            "Waterberging langs het Van Starkenborghkanaal",
            [NZV],
            [WESTERKWARTIER],
            2028,
            2030,
            deps=[("depends", "1")],
        ),
        act(
            "5",
            "Kennisnetwerk bodem en water",
            "Kennisnetwerk bodem en water",
            [LTO],
            [ACW, NZV],
            2027,
            None,
            deps=[("related", "2")],
        ),
        act(
            "6",
            "Wandel- en fietsroutes rond het Leekstermeer",
            "Wandel- en fietsroutes rond het Leekstermeer",
            [PG],
            [WESTERKWARTIER, SBB],
            2027,
            2027,
        ),
    ],
    "not_commitments": [
        "De stuurgroep heeft dit projectenboek op 12 november 2026 vastgesteld.",
        "Tussen 2015 en 2025 verdween in het Westerkwartier bijna een kwart van de houtsingels.",
        "Kartrekker: de partij die het project trekt en er verantwoordelijk voor is.",
    ],
}

KAMERBRIEF = {
    "document": "b14-kamerbrief",
    "file": "b14-kamerbrief.pdf",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Infrastructuur en Waterstaat, Voortgang rivierverruiming "
    "Afgedamde Maas en Biesbosch, dated 26 November 2026; reportlab; BULLETS '•' that start with 'We' or "
    "'Ik': "
    "two plain facts under 'Stand van zaken', six commitments under 'Wat we gaan doen' (two 'We laten X ...' "
    "with another doer), and a bullet list of the plans of the minister van LVVN",
    "letter_date": "2026-11-26",
    "actions": [
        act(
            "",
            "de voorkeursbeslissing voor de rivierverruiming van de Afgedamde Maas",
            "Voorkeursbeslissing rivierverruiming Afgedamde Maas",
            [IENW],
            [],
            None,
            2027,
        ),
        act(
            "",
            "de vaargeul van de Nieuwe Merwede verdiepen",
            "Verdiepen vaargeul Nieuwe Merwede",
            [RWS],
            [],
            2027,
            2028,
            commissioners=[IENW],
        ),
        act(
            "",
            "een gebiedsplan voor de uiterwaarden bij Woudrichem",
            "Gebiedsplan uiterwaarden Woudrichem",
            [IENW],
            [ALTENA, WSRL],
            2027,
            None,
        ),
        act(
            "",
            "het beheer van de Brabantse Biesbosch",
            "Evaluatie beheer Brabantse Biesbosch",
            [IENW],
            [SBB],
            None,
            2028,
        ),
        act(
            "",
            "hoe vaak de polders van de Biesbosch bij hoge rivierafvoer overstromen",
            "Onderzoek overstromingsfrequentie polders Biesbosch",
            [DELTARES],
            [],
            2027,
            2027,
            commissioners=[IENW],
        ),
        act(
            "",
            "via het MIRT-overzicht over de voortgang van het programma",
            "Jaarlijkse voortgangsinformatie via het MIRT-overzicht",
            [IENW],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "zoals toegezegd in het commissiedebat Water van 8 oktober 2026",
        "We hebben in 2025 de verkenning voor de Afgedamde Maas afgerond.",
        "Ik constateer dat de waterstanden op de Bergsche Maas in de winter van 2025/2026 hoger waren dan "
        "verwacht.",
    ],
    "reported_plans": [
        "in 2027 een gebiedsproces voor de melkveehouderij in het Land van Heusden en Altena start",
        "vóór 2028 de natuurdoelanalyse voor de Biesbosch actualiseert",
    ],
}

PUNTKOMMA = {
    "document": "b14-puntkomma-acties",
    "file": "b14-puntkomma-acties.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsprogramma Klimaatadaptatie Amstelland 2026-2029 (gemeenten Amstelveen, Aalsmeer, "
    "Uithoorn, Ouder-Amstel, Waterschap Amstel, Gooi en Vecht, Waternet); fpdf2; ruled table 'Nr. | Actie | "
    "Trekker | Partners | Planning' in which two rows hold SEVERAL ACTIONS separated by ';' in the Actie "
    "cell, "
    "each with its own period in the Planning cell in the same order ('2026-2027; vanaf 2027', '2026-2028; "
    "2027; 2029')",
    "actions": [
        act(
            "AM1",
            "Hittekaart en hitteplan voor Amstelveen",
            "Hittekaart en hitteplan voor Amstelveen",
            [AMSTELVEEN],
            [GGDA],
            2026,
            2027,
        ),
        act(
            "",
            "Groene daken op gemeentelijk vastgoed in Aalsmeer",
            "Groene daken op gemeentelijk vastgoed in Aalsmeer",
            [AALSMEER],
            [AGV],
            2026,
            2027,
        ),
        act(
            "",
            "subsidieregeling groene daken voor bedrijven op Green Park Aalsmeer",
            "Subsidieregeling groene daken voor bedrijven op Green Park Aalsmeer",
            [AALSMEER],
            [AGV],
            2027,
            None,
        ),
        act(
            "",
            "Afkoppelen van regenwater in De Legmeer",
            "Afkoppelen van regenwater in De Legmeer",
            [UITHOORN],
            [WATERNET],
            2026,
            2028,
        ),
        act(
            "",
            "wateroverlastplan voor de wijk Thamerdal",
            "Wateroverlastplan voor de wijk Thamerdal",
            [UITHOORN],
            [WATERNET],
            2027,
            2027,
        ),
        act(
            "",
            "herhalen van de stresstest voor Uithoorn",
            "Herhalen van de stresstest voor Uithoorn",
            [UITHOORN],
            [WATERNET],
            2029,
            2029,
        ),
        act(
            "AM4",
            "Klimaatbestendige herinrichting van het dorpshart van Ouderkerk aan de Amstel",
            "Klimaatbestendige herinrichting van het dorpshart van Ouderkerk aan de Amstel",
            [OUDERAMSTEL],
            [WATERNET, PNH],
            2027,
            2029,
        ),
        act(
            "AM5",
            "Peilbesluit Bovenkerkerpolder",
            "Peilbesluit Bovenkerkerpolder",
            [AGV],
            [AMSTELVEEN],
            2026,
            2026,
        ),
    ],
    "not_commitments": [
        "De colleges hebben het programma in november 2026 vastgesteld.",
        "Op 28 juni 2025 viel in Uithoorn in een uur 70 millimeter regen; in De Legmeer liepen veertig "
        "kelders "
        "onder.",
        "Leeswijzer. De trekker is verantwoordelijk voor de acties in een rij; de partners werken mee.",
    ],
}

GENESTE_LIJST = {
    "document": "b14-geneste-lijst",
    "file": "b14-geneste-lijst.md",
    "type": "label-blocks",
    "producer": "Uitvoeringsplan Groen en Water Westelijke Mijnstreek 2026-2029 (gemeenten Sittard-Geleen, "
    "Beekdaelen, Stein, Waterschap Limburg, Provincie Limburg); Markdown, written by build.py; a NESTED "
    "NUMBERED "
    "LIST: level 1 '1. Water' a theme, level 2 '1.1 Titel – trekker, met partners' an action, level 3 '1.1.1 "
    "Stap – datum' its dated steps (no actions; they give the period); 'in samenhang met 1.3' in a title",
    "actions": [
        act(
            "1.1",
            "Regenwater afkoppelen in Geleen-Zuid",
            "Regenwater afkoppelen in Geleen-Zuid",
            [SITTARD],
            [WL],
            2027,
            2028,
        ),
        act(
            "1.2",
            "Beekherstel van de Geleenbeek bij Spaubeek",
            "Beekherstel van de Geleenbeek bij Spaubeek",
            [WL],
            [BEEKDAELEN, HLL],
            2026,
            2029,
        ),
        act(
            "1.3",
            "Regenwaterbuffer aan de Kattenbeek in Stein",
            "Regenwaterbuffer aan de Kattenbeek in Stein",
            [STEIN],
            [WL],
            2027,
            2028,
        ),
        act(
            "2.1",
            "Herstel van hagen en houtwallen in Beekdaelen",
            "Herstel van hagen en houtwallen in Beekdaelen",
            [IKL],
            [BEEKDAELEN, PL],
            2026,
            2029,
        ),
        act(
            "2.2",
            "Groene schoolpleinen in Sittard",
            "Groene schoolpleinen in Sittard",
            [SITTARD],
            [],
            2027,
            2028,
        ),
        act(
            "2.3",
            "Groene verbinding langs de Maasoever bij Stein",
            "Groene verbinding langs de Maasoever bij Stein",
            [STEIN],
            [RWS, HLL],
            2028,
            2029,
            deps=[("related", "1.3")],
        ),
    ],
    "not_commitments": [
        "Het Portefeuillehoudersoverleg Fysiek Domein heeft dit plan op 10 november 2026 vastgesteld.",
        "In juli 2021 stonden na de hevige regen in Zuid-Limburg ook in Beekdaelen en Stein straten en "
        "kelders "
        "onder water.",
        "Ontwerp gereed – maart 2027",
        "Grondverwerving – 2026",
        "Aanleg van wadi's en een nieuw hemelwaterriool – 2027-2028",
        "Eerste vijf scholen – 2027",
    ],
}

DOCS = [
    MOTIEVOLGLIJST,
    KOP_ONDERAAN,
    AMPERSAND,
    PROJECTENBOEK,
    KAMERBRIEF,
    PUNTKOMMA,
    GENESTE_LIJST,
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
