"""The blind9 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Foodvalley (b9-tweeregelige-kop)
RFV = "Regio Foodvalley"
WVV = "Waterschap Vallei en Veluwe"
PGLD = "Provincie Gelderland"
PUTR = "Provincie Utrecht"
WUR = "Wageningen University & Research"
LTO = "LTO Noord"
# Zuidoost-Drenthe (b9-rollen-per-partij)
EMMEN = "Gemeente Emmen"
COEV = "Gemeente Coevorden"
BO = "Gemeente Borger-Odoorn"
PDR = "Provincie Drenthe"
WSV = "Waterschap Vechtstromen"
DOMESTA = "Domesta"
# Zeeuws-Vlaanderen (b9-gesplitste-rij)
WSS = "Waterschap Scheldestromen"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
PZ = "Provincie Zeeland"
RWS = "Rijkswaterstaat"
NSP = "North Sea Port"
TERN = "Gemeente Terneuzen"
HULST = "Gemeente Hulst"
SLUIS = "Gemeente Sluis"
HZL = "Het Zeeuwse Landschap"
EVIDES = "Evides Waterbedrijf"
# Flevoland (b9-kamervragen)
VRO = "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"
# Drechtsteden (b9-projectfiches)
PZH = "Provincie Zuid-Holland"
DORD = "Gemeente Dordrecht"
ZWIJN = "Gemeente Zwijndrecht"
SLIED = "Gemeente Sliedrecht"
PAP = "Gemeente Papendrecht"
WSHD = "Waterschap Hollandse Delta"
WSRL = "Waterschap Rivierenland"
VRZHZ = "Veiligheidsregio Zuid-Holland Zuid"
OZHZ = "Omgevingsdienst Zuid-Holland Zuid"
# Meierij (b9-vage-perioden)
WSAM = "Waterschap Aa en Maas"
DBOSCH = "Gemeente 's-Hertogenbosch"
MEIER = "Gemeente Meierijstad"
VUGHT = "Gemeente Vught"
SMG = "Gemeente Sint-Michielsgestel"
PNB = "Provincie Noord-Brabant"
# Midden-Holland (b9-export)
HHSK = "Hoogheemraadschap van Schieland en de Krimpenerwaard"
KRIMP = "Gemeente Krimpenerwaard"
GOUDA = "Gemeente Gouda"
ZUIDPL = "Gemeente Zuidplas"


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
    appendix=None,
):
    a = {
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
    if appendix:
        a["appendix_anchor"] = appendix
    return a


TWEEREGELIGE_KOP = {
    "document": "b9-tweeregelige-kop",
    "file": "b9-tweeregelige-kop.pdf",
    "type": "libreoffice-pdf",
    "producer": "Regio Foodvalley, Uitvoeringsprogramma Bodem en Water Foodvalley 2026-2029; "
    "HTML -> soffice, "
    "ruled table with a TWO-ROW header: 'Nr.' and 'Maatregel' span both rows, 'Rol' spans 'Trekker' | "
    "'Partners', 'Planning' spans 'Start' | 'Gereed'",
    "actions": [
        act(
            "1",
            "Bodem- en watertoets voor nieuwe woningbouwlocaties",
            "Bodem- en watertoets voor nieuwe woningbouwlocaties",
            [RFV],
            [WVV, PGLD, PUTR],
            2026,
            2027,
        ),
        act(
            "2",
            "Uitbreiding grondwatermeetnet Gelderse Vallei",
            "Uitbreiding grondwatermeetnet Gelderse Vallei",
            [WVV],
            ["Vitens", WUR],
            2026,
            2028,
        ),
        act(
            "3",
            "Afkoppelen van hemelwater in Veenendaal-Oost",
            "Afkoppelen van hemelwater in Veenendaal-Oost",
            ["Gemeente Veenendaal"],
            [WVV],
            2027,
            2029,
        ),
        act(
            "4",
            "Beekherstel Barneveldse Beek",
            "Beekherstel Barneveldse Beek",
            [WVV],
            ["Gemeente Barneveld", LTO],
            2028,
            2029,
            deps=[("depends", "2")],
        ),
        act(
            "5",
            "Droogtebestendige boerenerven in de Gelderse Vallei",
            "Droogtebestendige boerenerven in de Gelderse Vallei",
            [LTO],
            [WVV, PGLD],
            2027,
            None,
        ),
        act(
            "6",
            "Klimaatadaptieve herinrichting stationsomgeving Ede-Wageningen",
            "Klimaatadaptieve herinrichting stationsomgeving Ede-Wageningen",
            ["Gemeente Ede"],
            ["Gemeente Wageningen", WVV],
            2026,
            2028,
        ),
        act(
            "7",
            "Proeftuin waterbesparing bij voedselbedrijven",
            "Proeftuin waterbesparing bij voedselbedrijven",
            [WUR],
            ["Vitens", RFV],
            2027,
            2027,
            deps=[("related", "2")],
        ),
        act(
            "8",
            "Evaluatie en actualisatie van het programma",
            "Evaluatie en actualisatie van het programma",
            [RFV],
            [WVV],
            None,
            2029,
            deps=[("starts_after", "1"), ("starts_after", "3")],
        ),
    ],
    "not_commitments": [
        "werken samen aan een regio waarin bodem en water de basis zijn voor wonen, werken en landbouw.",
        "Het Algemeen Bestuur van Regio Foodvalley heeft dit programma op 5 november 2026 vastgesteld.",
        "In de tabel staat per maatregel welke organisatie trekt en welke meedoen",
        "Een streepje bij Start: de maatregel start pas als de genoemde maatregelen zijn afgerond.",
        "In 2025 daalde de grondwaterstand in de Gelderse Vallei op veel meetpunten tot het laagste niveau "
        "sinds 1976.",
    ],
}

ROLLEN_PER_PARTIJ = {
    "document": "b9-rollen-per-partij",
    "file": "b9-rollen-per-partij.md",
    "type": "text-table",
    "producer": "Uitvoeringsagenda Klimaatadaptatie en Wonen Zuidoost-Drenthe 2026-2029; "
    "Markdown, by hand: a "
    "bullet list of actions (code, title, period; no who) and BELOW it a pipe table 'Organisatie | Rol in de "
    "acties' with one row per organisation ('Trekker van: A1, A2; partner bij: A5, A8')",
    "actions": [
        act(
            "A1",
            "Stresstest wateroverlast kernen Emmen en Klazienaveen",
            "Stresstest wateroverlast Emmen en Klazienaveen",
            [EMMEN],
            [WSV],
            2026,
            2027,
        ),
        act(
            "A2",
            "Afkoppelen van hemelwater in de wijk Angelslo",
            "Afkoppelen van hemelwater in Angelslo",
            [EMMEN],
            [WSV, DOMESTA],
            2027,
            2029,
            deps=[("depends", "A1")],
        ),
        act(
            "A3",
            "Beekherstel Schoonebeekerdiep tussen Schoonebeek en Coevorden",
            "Beekherstel Schoonebeekerdiep",
            [WSV],
            [COEV],
            2026,
            2028,
        ),
        act(
            "A4",
            "Afspraken klimaatadaptief bouwen voor nieuwbouwwijken in Coevorden",
            "Afspraken klimaatadaptief bouwen Coevorden",
            [COEV],
            [PDR],
            None,
            2027,
        ),
        act(
            "A5",
            "Groene daken en regentonnen bij huurwoningen",
            "Groene daken en regentonnen bij huurwoningen",
            [DOMESTA],
            [EMMEN, COEV],
            2027,
            None,
        ),
        act(
            "A6",
            "Droogtemaatregelen voor de landbouw op de zandgronden",
            "Droogtemaatregelen voor de landbouw op de zandgronden",
            [PDR],
            [WSV, LTO],
            2027,
            2028,
        ),
        act(
            "A7",
            "Hitteplan voor ouderen in Borger-Odoorn",
            "Hitteplan voor ouderen in Borger-Odoorn",
            [BO],
            ["GGD Drenthe"],
            2027,
            2027,
        ),
        act(
            "A8",
            "Evaluatie van de uitvoeringsagenda",
            "Evaluatie van de uitvoeringsagenda",
            [PDR],
            [EMMEN, WSV],
            2029,
            2029,
            deps=[("starts_after", "A2"), ("starts_after", "A3")],
        ),
    ],
    "not_commitments": [
        "Deze agenda is op 10 november 2026 vastgesteld in het Bestuurlijk Overleg Klimaatadaptatie "
        "Zuidoost-Drenthe.",
        "Daarna staat per organisatie bij welke acties zij trekker of partner is.",
        "Elke actie heeft één trekker.",
        "In de zomer van 2025 stond in Emmen-Centrum twee keer water in de straten.",
        "De voortgang van de agenda komt elk voorjaar in het Bestuurlijk Overleg aan de orde.",
    ],
}

GESPLITSTE_RIJ = {
    "document": "b9-gesplitste-rij",
    "file": "b9-gesplitste-rij.pdf",
    "type": "ruled-pdf",
    "producer": "Provincie Zeeland, Uitvoeringsagenda Water en Ruimte Zeeuws-Vlaanderen 2026-2030; "
    "reportlab, "
    "ruled table 'Nr. | Actie en toelichting | Trekker | Partners | Looptijd' over two pages, header "
    "repeated "
    "on page 2, row ZV-5 split over the page break (its dependency sentence on page 2)",
    "actions": [
        act(
            "ZV-1",
            "Zoetwaterbuffers in de kreekruggen van Oost-Zeeuws-Vlaanderen",
            "Zoetwaterbuffers in de kreekruggen van Oost-Zeeuws-Vlaanderen",
            [WSS],
            [ZLTO, PZ],
            2026,
            2028,
        ),
        act(
            "ZV-2",
            "Beperken van verzilting langs het Kanaal Gent-Terneuzen",
            "Beperken van verzilting langs het Kanaal Gent-Terneuzen",
            [RWS],
            [NSP, WSS],
            2027,
            2029,
        ),
        act(
            "ZV-3",
            "Klimaatbestendige herinrichting centrum Terneuzen",
            "Klimaatbestendige herinrichting centrum Terneuzen",
            [TERN],
            [WSS],
            2026,
            2027,
        ),
        act(
            "ZV-4",
            "Beheerplan Verdronken Land van Saeftinghe",
            "Beheerplan Verdronken Land van Saeftinghe",
            [HZL],
            [HULST, PZ],
            2027,
            2027,
        ),
        act(
            "ZV-5",
            "Duurzame drinkwatervoorziening Zeeuws-Vlaanderen",
            "Duurzame drinkwatervoorziening Zeeuws-Vlaanderen",
            [EVIDES],
            [PZ],
            2027,
            None,
            deps=[("depends", "ZV-1")],
        ),
        act(
            "ZV-6",
            "Watertoets voor nieuwe bedrijventerreinen in de Kanaalzone",
            "Watertoets voor nieuwe bedrijventerreinen in de Kanaalzone",
            [NSP],
            [TERN, WSS],
            None,
            2028,
            deps=[("related", "ZV-2")],
        ),
        act(
            "ZV-7",
            "Kustversterking en strandrecreatie Cadzand-Bad",
            "Kustversterking en strandrecreatie Cadzand-Bad",
            [WSS],
            [SLUIS, RWS],
            2028,
            2030,
        ),
        act(
            "ZV-8",
            "Monitoring en evaluatie van de agenda",
            "Monitoring en evaluatie van de agenda",
            [PZ],
            [SLUIS, TERN, HULST, WSS],
            2030,
            2030,
            deps=[("starts_after", "ZV-1"), ("starts_after", "ZV-3")],
        ),
    ],
    "not_commitments": [
        "Deze agenda bundelt de acties die de partijen in de periode 2026-2030 uitvoeren.",
        "In de droge zomers van 2018, 2020 en 2022 gold in grote delen van de regio een beregeningsverbod "
        "uit oppervlaktewater",
        "Het Zeeuws Water Overleg heeft de agenda op 18 november 2026 vastgesteld.",
        "De trekker van een actie zorgt voor de uitvoering en rapporteert over de voortgang",
        "Een actie die op een andere actie voortbouwt, noemt die actie in de toelichting.",
        "Zeeuws-Vlaanderen krijgt zijn drinkwater nu voor een groot deel via een leiding uit de Biesbosch.",
    ],
}

KAMERVRAGEN = {
    "document": "b9-kamervragen",
    "file": "b9-kamervragen.pdf",
    "type": "kamerbrief",
    "producer": "Answers of the Minister van Volkshuisvesting en Ruimtelijke Ordening to Kamervragen "
    "of the lid "
    "Terpstra on housing, grid congestion and water in Almere and Lelystad, dated 26 November 2026; "
    "reportlab, 'Vraag n' / 'Antwoord n' blocks, commitments only in the answers",
    "letter_date": "2026-11-26",
    "actions": [
        act(
            "",
            "Ik zal vóór 1 juli 2027 met Liander, TenneT en de provincie Flevoland afspraken maken",
            "Afspraken over voorrang voor woningbouwlocaties bij aansluiting op het elektriciteitsnet",
            [VRO],
            ["Liander", "TenneT", "Provincie Flevoland"],
            None,
            2027,
        ),
        act(
            "",
            "laat ik in 2027 door het Planbureau voor de Leefomgeving onderzoeken welke woningbouw in Almere",
            "Onderzoek woningbouw in Almere zonder IJmeerverbinding",
            ["Planbureau voor de Leefomgeving"],
            [],
            2027,
            2027,
            commissioners=[VRO],
        ),
        act(
            "",
            "Samen met Waterschap Zuiderzeeland en de gemeente Almere start ik in 2027 een verkenning",
            "Verkenning extra waterberging Almere Oosterwold",
            [VRO],
            ["Waterschap Zuiderzeeland", "Gemeente Almere"],
            2027,
            None,
        ),
        act(
            "",
            "Ik stel in 2027 en 2028 € 15 miljoen uit de Woningbouwimpuls beschikbaar",
            "EUR 15 miljoen Woningbouwimpuls voor betaalbare huurwoningen in Lelystad",
            [VRO],
            [],
            2027,
            2028,
        ),
        act(
            "",
            "Daarnaast maak ik met de gemeente Lelystad en woningcorporatie Centrada uiterlijk eind 2027 "
            "afspraken",
            "Afspraken over 600 sociale huurwoningen in Lelystad-Zuid",
            [VRO],
            ["Gemeente Lelystad", "Centrada"],
            None,
            2027,
        ),
        act(
            "",
            "Ik informeer uw Kamer vanaf 2027 jaarlijks in de Staat van de Volkshuisvesting",
            "Jaarlijkse voortgang woondeal Flevoland aan de Kamer",
            [VRO],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "Bent u bereid met de netbeheerders en de provincie afspraken te maken, zodat nieuwe woonwijken "
        "sneller op het elektriciteitsnet kunnen worden aangesloten?",
        "In 2025 zijn in Almere 2.350 en in Lelystad 980 nieuwe woningen opgeleverd.",
        "In de woondeal Flevoland is voor beide gemeenten samen een gemiddelde van 4.000 woningen per jaar "
        "afgesproken.",
        "Ik zie geen aanleiding om de planning van Almere Pampus te versnellen",
        "Waterschap Zuiderzeeland is verantwoordelijk voor het peilbeheer in Oosterwold.",
        "Als de verkenning laat zien dat extra berging nodig is, zal ik met de provincie bezien hoe die kan "
        "worden bekostigd.",
        "Nee, dat kan ik niet.",
        "In 2024 is de eerste tranche van de Woningbouwimpuls voor Lelystad al volledig toegekend.",
        "Bent u bereid de Kamer te informeren over de voortgang van de woningbouw in Flevoland?",
    ],
    "reported_plans": [
        "Het waterschap breidt in 2027 de capaciteit van gemaal De Blocq van Kuffeler uit.",
        "De minister van Infrastructuur en Waterstaat besluit in het voorjaar van 2027 over de "
        "dienstregeling "
        "op de Hanzelijn na 2028.",
    ],
}

PROJECTFICHES = {
    "document": "b9-projectfiches",
    "file": "b9-projectfiches.pdf",
    "type": "ruled-pdf",
    "producer": "Projectenboek Klimaatbestendige Drechtsteden 2026-2030; fpdf2, an intro page and one "
    "PROJECT SHEET per page: a two-column ruled table 'Projectnummer', 'Projectnaam', 'Doel', "
    "'Opdrachtgever', 'Trekker (projectleider)', 'Partners', 'Betrokken', 'Start', 'Oplevering', 'Relatie "
    "met andere projecten'",
    "actions": [
        act(
            "DS-01",
            "Meerlaagse veiligheid Eiland van Dordrecht",
            "Meerlaagse veiligheid Eiland van Dordrecht",
            [DORD],
            [WSHD, VRZHZ],
            2026,
            2029,
            involved=[RWS],
            commissioners=[PZH],
        ),
        act(
            "DS-02",
            "Evacuatieplan hoogwater Dordrecht",
            "Evacuatieplan hoogwater Dordrecht",
            [VRZHZ],
            [ZWIJN],
            2027,
            2027,
            involved=[WSHD],
            commissioners=[DORD],
            deps=[("part_of", "DS-01")],
        ),
        act(
            "DS-03",
            "Dijkversterking Sliedrecht-Oost",
            "Dijkversterking Sliedrecht-Oost",
            [WSRL],
            [SLIED],
            2027,
            2030,
            involved=[RWS],
            commissioners=[WSRL],
        ),
        act(
            "DS-04",
            "Hittebestendige binnenstad Zwijndrecht",
            "Hittebestendige binnenstad Zwijndrecht",
            [ZWIJN],
            [WSHD],
            2026,
            2028,
            involved=[OZHZ],
            commissioners=[ZWIJN],
        ),
        act(
            "DS-05",
            "Zoetwatervoorziening Eiland van Dordrecht",
            "Zoetwatervoorziening Eiland van Dordrecht",
            [EVIDES],
            [WSHD],
            None,
            2029,
            involved=["Staatsbosbeheer"],
            commissioners=[PZH],
            deps=[("related", "DS-01")],
        ),
        act(
            "DS-06",
            "Kennisdeling en monitoring klimaatadaptatie Drechtsteden",
            "Kennisdeling en monitoring klimaatadaptatie Drechtsteden",
            [PAP],
            [DORD, ZWIJN, SLIED],
            2028,
            None,
            involved=[OZHZ],
            commissioners=[PZH],
            deps=[("starts_after", "DS-02"), ("depends", "DS-04")],
        ),
    ],
    "not_commitments": [
        "Elk project heeft een eigen fiche op een eigen pagina.",
        "De opdrachtgever laat het project uitvoeren en stelt het budget beschikbaar",
        "Partners werken mee aan het project; betrokken partijen worden geïnformeerd en geraadpleegd.",
        "In januari 2025 stond de Merwede bij Dordrecht op de hoogste stand sinds 1995.",
        "Het projectenboek is op 13 november 2026 vastgesteld door de stuurgroep Klimaatbestendige "
        "Drechtsteden.",
    ],
}

VAGE_PERIODEN = {
    "document": "b9-vage-perioden",
    "file": "b9-vage-perioden.md",
    "type": "label-blocks",
    "producer": "Stuurgroep Water en Bodem Meierij, Werkagenda Water en Bodem Meierij 2026-2030; "
    "Markdown, by "
    "hand: '### n. Titel' blocks with ONE label line 'Trekker: X · Met: Y, Z · Wanneer: ...' and vague "
    "period wording ('medio 2027', 'najaar 2026', '2026/2027', 'tweede helft 2027', 'Q1-Q3 2028', 'begin "
    "2028', 'in de loop van 2027', 't/m 2030', 'na 2030')",
    "actions": [
        act(
            "1",
            "Regionale stresstest en waterkansenkaart Meierij",
            "Regionale stresstest en waterkansenkaart Meierij",
            [WSAM],
            [DBOSCH, MEIER, VUGHT, SMG],
            2027,
            2027,
        ),
        act(
            "2",
            "Pilot hergebruik van effluent van de rwzi 's-Hertogenbosch in de landbouw",
            "Pilot hergebruik effluent rwzi 's-Hertogenbosch in de landbouw",
            [WSAM],
            [ZLTO],
            2026,
            2026,
        ),
        act(
            "3",
            "Groenblauwe schoolpleinen in Vught",
            "Groenblauwe schoolpleinen in Vught",
            [VUGHT],
            [],
            2026,
            2027,
            ambiguous=True,
        ),
        act(
            "4",
            "Herinrichting beekdal van de Aa bij Veghel",
            "Herinrichting beekdal van de Aa bij Veghel",
            [WSAM],
            [MEIER, "Brabants Landschap"],
            2027,
            2027,
        ),
        act(
            "5",
            "Klimaatbestendig bedrijventerrein De Rietvelden",
            "Klimaatbestendig bedrijventerrein De Rietvelden",
            [DBOSCH],
            ["Omgevingsdienst Brabant Noord"],
            2028,
            2028,
        ),
        act(
            "6",
            "Bescherming waterwingebied Vught",
            "Bescherming waterwingebied Vught",
            ["Brabant Water"],
            [PNB, VUGHT],
            2028,
            2028,
        ),
        act(
            "7",
            "Hitteplan binnenstad 's-Hertogenbosch",
            "Hitteplan binnenstad 's-Hertogenbosch",
            [DBOSCH],
            ["GGD Hart voor Brabant"],
            2027,
            2027,
        ),
        act(
            "8",
            "Subsidieregeling afkoppelen voor particulieren",
            "Subsidieregeling afkoppelen voor particulieren",
            [PNB],
            [DBOSCH, MEIER],
            None,
            2030,
            deps=[("depends", "1")],
        ),
        act(
            "9",
            "Tweede fase beekherstel Aa",
            "Tweede fase beekherstel Aa",
            [WSAM],
            [],
            2031,
            None,
            ambiguous=True,
            deps=[("starts_after", "4")],
        ),
    ],
    "not_commitments": [
        "De planning is in deze fase nog grof; de werkgroep maakt die per maatregel concreet zodra de "
        "budgetten bekend zijn.",
        "Per maatregel staat op één regel wie trekt (Trekker), wie meedoet (Met) en wanneer (Wanneer).",
        "In 2025 stond de Aa bij Veghel twee maanden lang vrijwel droog.",
        "Deze werkagenda is op 12 november 2026 vastgesteld door de stuurgroep.",
    ],
}

EXPORT = {
    "document": "b9-export",
    "file": "b9-export.csv",
    "type": "text-table",
    "producer": "Actielijst Bodemdaling Midden-Holland 2026-2028, export of an action register as "
    "comma-separated values; every field quoted, UTF-8 with byte order mark, CRLF records, line breaks and "
    "commas inside quoted fields, doubled quotes; columns 'Nummer','Actie','Eigenaar','Meedenkers',"
    "'Deadline','Status'; title rows above and legend rows below the header and records",
    "actions": [
        act(
            "BD-01",
            "Veenweidevisie Krimpenerwaard actualiseren",
            "Veenweidevisie Krimpenerwaard actualiseren",
            [KRIMP],
            [],
            None,
            2027,
            involved=[HHSK, LTO],
        ),
        act(
            "BD-02",
            "Proef met onderwaterdrainage in de polder Bergambacht",
            "Proef met onderwaterdrainage in de polder Bergambacht",
            [HHSK],
            [],
            None,
            2027,
            involved=[LTO, KRIMP],
        ),
        act(
            "BD-03",
            "Inventarisatie houten funderingen binnenstad Gouda",
            "Inventarisatie houten funderingen binnenstad Gouda",
            [GOUDA],
            [],
            None,
            2027,
            involved=["Kenniscentrum Aanpak Funderingsproblematiek"],
        ),
        act(
            "BD-04",
            "Herstel kademuren Turfmarkt en Lage Gouwe",
            "Herstel kademuren Turfmarkt en Lage Gouwe",
            [GOUDA],
            [],
            None,
            2028,
            involved=[HHSK],
            deps=[("depends", "BD-03")],
        ),
        act(
            "BD-05",
            "Peilbesluit Zuidplaspolder herzien",
            "Peilbesluit Zuidplaspolder herzien",
            [HHSK],
            [],
            None,
            2027,
            involved=[ZUIDPL, PZH],
        ),
        act(
            "BD-06",
            "Regionale aanpak bodemdaling",
            "Regionale aanpak bodemdaling",
            [PZH],
            [],
            None,
            None,
            involved=[GOUDA, KRIMP, ZUIDPL, "Gemeente Bodegraven-Reeuwijk", HHSK],
            deps=[("related", "BD-01")],
        ),
        act(
            "BD-07",
            "Geveltuinen en regentonnen in Waddinxveen",
            "Geveltuinen en regentonnen in Waddinxveen",
            ["Gemeente Waddinxveen"],
            [],
            None,
            2027,
            involved=["Oasen"],
        ),
        act(
            "BD-08",
            "Evaluatie van de actielijst",
            "Evaluatie van de actielijst",
            [PZH],
            [],
            None,
            2028,
            deps=[("starts_after", "BD-02"), ("starts_after", "BD-05")],
        ),
    ],
    "not_commitments": [
        "Export actiepuntenregister, stand 20-11-2026",
        "Meedenkers worden gevraagd om advies, maar voeren de actie niet uit.",
    ],
}

DOCS = [
    TWEEREGELIGE_KOP,
    ROLLEN_PER_PARTIJ,
    GESPLITSTE_RIJ,
    KAMERVRAGEN,
    PROJECTFICHES,
    VAGE_PERIODEN,
    EXPORT,
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
