"""The blind23 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Achterhoek-West (b23-kosten)
DOETINCHEM = "Gemeente Doetinchem"
MONTFERLAND = "Gemeente Montferland"
BRONCKHORST = "Gemeente Bronckhorst"
OIJ = "Gemeente Oude IJsselstreek"
WRIJ = "Waterschap Rijn en IJssel"
PGLD = "Provincie Gelderland"
VITENS = "Vitens"
GLK = "Geldersch Landschap & Kasteelen"
LTO = "LTO Noord"
GGDNOG = "GGD Noord- en Oost-Gelderland"
# Merwede en Waard (b23-deelacties)
GORINCHEM = "Gemeente Gorinchem"
HG = "Gemeente Hardinxveld-Giessendam"
MOLENLANDEN = "Gemeente Molenlanden"
WSRL = "Waterschap Rivierenland"
PZH = "Provincie Zuid-Holland"
RWS = "Rijkswaterstaat"
VRZHZ = "Veiligheidsregio Zuid-Holland Zuid"
# Noordwest-Twente (b23-rolwoorden)
ALMELO = "Gemeente Almelo"
TWENTERAND = "Gemeente Twenterand"
WVS = "Waterschap Vechtstromen"
PO = "Provincie Overijssel"
GGDT = "GGD Twente"
LO = "Landschap Overijssel"
SBB = "Staatsbosbeheer"
SAXION = "Saxion Hogeschool"
VRT = "Veiligheidsregio Twente"
# Betuwe (b23-statenbrief)
BUREN = "Gemeente Buren"
OVERBETUWE = "Gemeente Overbetuwe"
NEDERBETUWE = "Gemeente Neder-Betuwe"
NFO = "Nederlandse Fruittelers Organisatie"
# Vallei (b23-kolommen)
RENSWOUDE = "Gemeente Renswoude"
SCHERPENZEEL = "Gemeente Scherpenzeel"
WOUDENBERG = "Gemeente Woudenberg"
WVV = "Waterschap Vallei en Veluwe"
PU = "Provincie Utrecht"
HUL = "Het Utrechts Landschap"
# Smallingerland (b23-fiches)
SMALLINGERLAND = "Gemeente Smallingerland"
WF = "Wetterskip Fryslân"
PF = "Provincie Fryslân"
IFG = "It Fryske Gea"
GGDF = "GGD Fryslân"
VHL = "Hogeschool Van Hall Larenstein"


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


def same(code, text, lead, partners=(), start=None, end=None, **kw):
    """An action whose anchor is its title."""
    return act(code, text, text, lead, partners, start, end, **kw)


KOSTEN = {
    "document": "b23-kosten",
    "file": "b23-kosten.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Water en Klimaat Achterhoek-West 2027-2030 (Gemeente Doetinchem, Gemeente "
    "Montferland, Gemeente Bronckhorst, Gemeente Oude IJsselstreek, Waterschap Rijn en IJssel, Provincie Gelderland, "
    "Vitens, Geldersch Landschap & Kasteelen, LTO Noord, GGD Noord- en Oost-Gelderland); HTML written by build.py → "
    "soffice, LANDSCAPE A4; a ruled table 'Nr. | Maatregel | Wie | Kosten (k€) | Status | Periode' whose ONE Wie "
    "cell is written two ways: 'X (trekker), Y' with the trekker first, in the middle or alone, and 'X i.s.m. Y en "
    "Z'; Kosten in thousands that look like years ('2.027', '2.028'); a Status column with one 'afgerond' row for "
    "information; Periode '2027 e.v.', 't/m 2028', 'eerste helft 2028', 'najaar 2027'",
    "actions": [
        same(
            "ACH-1",
            "Klimaatadaptieve herinrichting van de Terborgseweg in Doetinchem",
            [DOETINCHEM],
            [WRIJ],
            2027,
            None,
        ),
        same("ACH-2", "Hermeandering van de Oude IJssel bij Ulft", [WRIJ], [OIJ, GLK], None, 2028),
        same(
            "ACH-3",
            "Droogtemaatregelen op landbouwpercelen in Bronckhorst",
            [BRONCKHORST],
            [LTO, WRIJ],
            2028,
            2028,
        ),
        same(
            "ACH-4",
            "Actualisatie van het grondwaterbeschermingsgebied bij 's-Heerenberg",
            [VITENS],
            [MONTFERLAND],
            2027,
            2027,
        ),
        same(
            "ACH-5",
            "Hitteplan voor de Achterhoekse kernen",
            [GGDNOG],
            [DOETINCHEM, MONTFERLAND, BRONCKHORST, OIJ],
            2027,
            2028,
        ),
        same(
            "ACH-7",
            "Waterbuffers op de landgoederen langs de Baakse Beek",
            [GLK],
            [BRONCKHORST, WRIJ],
            2028,
            2030,
        ),
    ],
    "not_commitments": [
        "Regionale stresstest Achterhoek",
        'Maatregelen met de status "afgerond" staan er ter informatie in.',
        "De provincie Gelderland draagt 40 procent bij aan de kosten van de maatregelen ACH-1 tot en met ACH-5.",
        "Het portefeuillehoudersoverleg bespreekt de voortgang twee keer per jaar.",
    ],
}

DEELACTIES = {
    "document": "b23-deelacties",
    "file": "b23-deelacties.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsprogramma Merwede en Waard 2027-2031 (Gemeente Gorinchem, Gemeente Hardinxveld-Giessendam, "
    "Gemeente Molenlanden, Waterschap Rivierenland, Provincie Zuid-Holland, Rijkswaterstaat, Veiligheidsregio "
    "Zuid-Holland Zuid, LTO Noord); HTML written by build.py → soffice, two pages; a ruled table 'Nr. | Actie | "
    "Trekker | Partners | Opdrachtgever | Planning | Koppeling' after a long introduction, so the table BREAKS "
    "between rows 2.1b and 3.1 with its header REPEATED on page 2 (thead); SUB-ACTIONS 2.1a and 2.1b under action "
    "2.1 (the reading guide: they belong to the action with the same number above); Koppeling 'na besluit over "
    "1.2', 'na 2.1a', 'gekoppeld aan 2.1'; an Opdrachtgever column, '–' in all rows but one; 'uiterlijk eind 2027', "
    "'2028 t/m 2030', 'eerste helft 2028'",
    "actions": [
        same("1.1", "Gebiedsvisie Merwedezone Gorinchem", [GORINCHEM], [WSRL], 2027, 2027),
        same(
            "1.2",
            "Besluit over de ruimtelijke reservering voor de versterking van de Merwededijk",
            [PZH],
            [HG, WSRL],
            None,
            2027,
        ),
        same(
            "2.1",
            "Versterking van de Merwededijk bij Hardinxveld-Giessendam",
            [WSRL],
            [HG],
            2028,
            2031,
            deps=[("starts_after", "1.2")],
        ),
        same(
            "2.1a",
            "Ontwerp en vergunningaanvraag voor de dijkversterking",
            [WSRL],
            [RWS],
            2028,
            2028,
            deps=[("part_of", "2.1")],
        ),
        same(
            "2.1b",
            "Inpassing van de dijk in het dorpsgezicht van Boven-Hardinxveld",
            [HG],
            [WSRL],
            2029,
            2031,
            deps=[("part_of", "2.1"), ("starts_after", "2.1a")],
        ),
        same(
            "3.1",
            "Evacuatieplan bij hoogwater voor de Alblasserwaard en Gorinchem",
            [VRZHZ],
            [MOLENLANDEN, GORINCHEM, HG],
            2028,
            2028,
            deps=[("related", "2.1")],
        ),
        same(
            "3.2",
            "Zoetwatervoorziening voor de veenweide in Molenlanden",
            [WSRL],
            [MOLENLANDEN, LTO],
            2028,
            2030,
            commissioners=[PZH],
        ),
    ],
    "not_commitments": [
        "Het programma is in 2026 voorbereid in vier ateliers met bewoners, ondernemers en de dorpsraden.",
        "Het Hoogwaterbeschermingsprogramma betaalt daarvan 90 procent.",
        "De gemeente Molenlanden kijkt daarnaast met de buurgemeenten naar de gevolgen van bodemdaling voor wegen "
        "en riolering in de linten, maar die verkenning valt buiten dit programma.",
        "Deelacties (2.1a, 2.1b) horen bij de actie met hetzelfde nummer erboven.",
    ],
}

ROLWOORDEN = {
    "document": "b23-rolwoorden",
    "file": "b23-rolwoorden.pdf",
    "type": "ruled-pdf",
    "producer": "Werkagenda Klimaatbestendig Noordwest-Twente 2027-2029 (Gemeente Almelo, Gemeente Twenterand, "
    "Waterschap Vechtstromen, Provincie Overijssel, Vitens, GGD Twente, Landschap Overijssel, Staatsbosbeheer, "
    "Saxion Hogeschool, Veiligheidsregio Twente); fpdf2 table(); a ruled table 'Nr. | Actie | Wie doet wat | "
    "Wanneer' whose Wie doet wat cell writes every ROLE AS A VERB in short sentences ('Almelo trekt.', 'Almelo en "
    "Landschap Overijssel doen mee.', 'Provincie Overijssel denkt mee.', 'geeft opdracht', 'levert kennis'), "
    "explained in the introduction; gemeenten by bare name, Vechtstromen by '(hierna: ...)'; Wanneer 'najaar "
    "2027', 'eerste helft 2028', '2028 e.v.', 'vóór 1 juli 2028'",
    "actions": [
        same(
            "TW-1",
            "Hittebestendige herinrichting van de binnenstad van Almelo",
            [ALMELO],
            [GGDT],
            2027,
            2029,
        ),
        same(
            "TW-2",
            "Verkenning herinrichting van de Almelose Aa bij De Riet",
            [WVS],
            [ALMELO, LO],
            2027,
            2027,
            involved=[PO],
        ),
        same(
            "TW-3",
            "Droogteonderzoek in het hoogveen van de Engbertsdijksvenen",
            [SBB],
            [WVS],
            2028,
            2028,
            support=[SAXION],
        ),
        same(
            "TW-4",
            "Beschermingsplan voor de drinkwaterwinning bij Vriezenveen",
            [VITENS],
            [],
            2028,
            None,
            involved=[TWENTERAND],
            commissioners=[PO],
        ),
        same("TW-5", "Afkoppelprogramma voor de kern Vroomshoop", [TWENTERAND], [WVS], 2027, 2027),
        same(
            "TW-6",
            "Crisisplan bij extreme neerslag voor Almelo en Twenterand",
            [VRT],
            [ALMELO, TWENTERAND],
            None,
            2028,
            support=[WVS],
        ),
    ],
    "not_commitments": [
        "In 2026 hebben de partners de klimaatstresstest voor beide gemeenten afgerond",
        "Vechtstromen zou ook graag een proef met peilgestuurde drainage bij Westerhaar doen, maar daarvoor is nog "
        "geen partner gevonden.",
    ],
}

STATENBRIEF = {
    "document": "b23-statenbrief",
    "file": "b23-statenbrief.txt",
    "type": "letter",
    "producer": "Statenbrief of Gedeputeerde Staten van Gelderland to Provinciale Staten, Water en fruit in de "
    "Betuwe - stand van zaken, dated 27 November 2026 (Provincie Gelderland, Gemeente Buren, Gemeente Overbetuwe, "
    "Gemeente Neder-Betuwe, Waterschap Rivierenland, Nederlandse Fruittelers Organisatie); plain text written by "
    "build.py, one sentence a line; 'wij'-prose under 'Wat gaan wij doen?' with a conditional and a wish among "
    "the commitments, a 'laten wij ... meten' (commissioned), past work under 'Wat is er gebeurd?', two plans of "
    "others under 'Wat doen anderen?', and ONE COMMITMENT ONLY IN A P.S. BELOW THE SIGNATURE",
    "letter_date": "2026-11-27",
    "actions": [
        act(
            "",
            "Wij stellen in het eerste kwartaal van 2027, samen met de gemeenten Buren, Overbetuwe en Neder-Betuwe, "
            "een gebiedsprogramma Fruit en Water op",
            "Gebiedsprogramma Fruit en Water",
            [PGLD],
            [BUREN, OVERBETUWE, NEDERBETUWE],
            2027,
            2027,
        ),
        act(
            "",
            "In 2028 en 2029 leggen wij samen met de gemeente Neder-Betuwe en de Nederlandse Fruittelers Organisatie "
            "drie proefbuffers voor regenwater aan bij Opheusden",
            "Proefbuffers voor regenwater bij Opheusden",
            [PGLD],
            [NEDERBETUWE, NFO],
            2028,
            2029,
        ),
        act(
            "",
            "Vanaf 2027 laten wij Waterschap Rivierenland het grondwater onder de fruitpercelen in Overbetuwe meten",
            "Grondwatermetingen onder fruitpercelen in Overbetuwe",
            [WSRL],
            [],
            2027,
            None,
            commissioners=[PGLD],
        ),
        act(
            "",
            "Uiterlijk 1 oktober 2027 sturen wij uw Staten een voorstel voor de financiering van de waterbuffers",
            "Financieringsvoorstel waterbuffers aan Provinciale Staten",
            [PGLD],
            [],
            None,
            2027,
        ),
        act(
            "",
            "dat wij in het voorjaar van 2027 samen met haar starten met een proef met hittebestendige beplanting in "
            "Maurik",
            "Proef hittebestendige beplanting in Maurik",
            [PGLD],
            [BUREN],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "In uw vergadering van 8 juli 2026 hebben wij toegezegd u voor het einde van het jaar te informeren",
        "In 2026 hebben wij met de gemeenten Buren, Overbetuwe en Neder-Betuwe een verkenning naar waterbuffers in "
        "de fruitteelt afgerond.",
        "De zomer van 2025 was in de Betuwe de droogste sinds 2018",
        "Als uw Staten bij de Voorjaarsnota 2027 extra middelen beschikbaar stellen, kunnen wij het aantal "
        "proefbuffers verdubbelen.",
        "Wij zouden graag zien dat ook de gemeente Tiel bij de aanpak aansluit.",
    ],
    "reported_plans": [
        "Waterschap Rivierenland verwacht in 2028 een nieuw peilbesluit voor de Linge vast te stellen.",
        "De gemeente Overbetuwe werkt aan een hitteplan voor Elst en Zetten, dat naar verwachting in de zomer van "
        "2027 klaar is.",
    ],
}

KOLOMMEN = {
    "document": "b23-kolommen",
    "file": "b23-kolommen.md",
    "type": "text-table",
    "producer": "Projectenoverzicht Water in de Vallei 2027-2029 (Gemeente Renswoude, Gemeente Scherpenzeel, Gemeente "
    "Woudenberg, Waterschap Vallei en Veluwe, Provincie Utrecht, Provincie Gelderland, Vitens, LTO Noord, Het "
    "Utrechts Landschap); Markdown pipe table written by build.py, TRANSPOSED: one COLUMN per project (V1..V5) and "
    "one ROW per field ('Project', 'Initiatiefnemer', 'Partners', 'Betrokken', 'Looptijd', 'Kosten (k€)', "
    "'Koppeling'), so a line holds five projects' values of one kind; Initiatiefnemer instead of Trekker; partners "
    "separated by ';'; a cost '2.029' that looks like a year; 'gekoppeld aan V1', 'pas na V3'; 't/m 2029'",
    "actions": [
        same(
            "V1",
            "Beekherstel van de Lunterse Beek bij Renswoude",
            [WVV],
            [RENSWOUDE, HUL],
            2027,
            2029,
            involved=[PU],
        ),
        same(
            "V2",
            "Waterbuffer in het Valleikanaal bij Woudenberg",
            [WOUDENBERG],
            [WVV],
            None,
            2029,
            deps=[("related", "V1")],
        ),
        same("V3", "Grondwatermeetnet Scherpenzeel", [VITENS], [SCHERPENZEEL], 2027, 2027, involved=[PGLD]),
        same(
            "V4",
            "Droogteaanpak voor melkveebedrijven in de Gelderse Vallei",
            [LTO],
            [WVV, PGLD],
            2028,
            2028,
            deps=[("starts_after", "V3")],
        ),
        same(
            "V5",
            "Klimaatadaptieve inrichting van het centrum van Scherpenzeel",
            [SCHERPENZEEL],
            [],
            2027,
            2027,
            involved=[WVV],
        ),
    ],
    "not_commitments": [
        "Niet opgenomen: de vergroening van schoolpleinen in Renswoude, die in 2026 is afgerond.",
        "De provincie Utrecht overweegt in 2028 een subsidieregeling voor waterbesparing bij bedrijven te openen.",
    ],
}

FICHES = {
    "document": "b23-fiches",
    "file": "b23-fiches.pdf",
    "type": "label-blocks",
    "producer": "Uitvoeringsprogramma Klimaatadaptatie Smallingerland 2027-2030, katern projectfiches (Gemeente "
    "Smallingerland, Wetterskip Fryslân, Provincie Fryslân, It Fryske Gea, GGD Fryslân, Vitens, Hogeschool Van Hall "
    "Larenstein); fpdf2 table() per fiche: five ruled two-column PROJECT FICHES 'Projectfiche S1 | Titel' with rows "
    "'Initiatiefnemer', 'In samenwerking met', 'Met betrokkenheid van' or 'Inhoudelijke ondersteuning', START and "
    "OPLEVERING in rows of their own ('najaar 2027' / 'eerste helft 2029', 'gestart in 2026' / 'eind 2027', "
    "'2028' / 'nog niet bekend', 'voorjaar 2027' / 'doorlopend'), 'Relatie' 'start na oplevering van S1', "
    "'hangt samen met S2'; a dropped sixth fiche",
    "actions": [
        same(
            "S1",
            "Natuurlijke oevers langs de Drachtster Compagnonsvaart",
            [SMALLINGERLAND],
            [WF],
            2027,
            2029,
            involved=[PF],
        ),
        same(
            "S2",
            "Waterberging in de randzone van De Alde Feanen",
            [IFG],
            [WF, PF],
            2028,
            None,
            involved=[SMALLINGERLAND],
        ),
        same("S3", "Hitteplan voor Drachten", [GGDF], [SMALLINGERLAND], 2026, 2027),
        same(
            "S4",
            "Regenwater afkoppelen in de wijk De Venen in Drachten",
            [SMALLINGERLAND],
            [WF],
            2028,
            2030,
            support=[VHL],
            deps=[("starts_after", "S1")],
        ),
        same(
            "S5",
            "Bescherming van de drinkwaterwinning Noordbergum",
            [VITENS],
            [PF],
            2027,
            None,
            involved=[SMALLINGERLAND],
            deps=[("related", "S2")],
        ),
    ],
    "not_commitments": [
        "Het programma volgt op de Klimaatvisie Smallingerland, die de gemeenteraad in 2025 heeft vastgesteld.",
        "Een zesde fiche, over een proef met groene daken op het gemeentehuis, is geschrapt",
    ],
}

DOCS = [KOSTEN, DEELACTIES, ROLWOORDEN, STATENBRIEF, KOLOMMEN, FICHES]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.name, len(doc["actions"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
