"""The blind20 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Culemborg en West Betuwe (b20-wiewie)
CULEMBORG = "Gemeente Culemborg"
WESTBETUWE = "Gemeente West Betuwe"
WSRL = "Waterschap Rivierenland"
PG = "Provincie Gelderland"
SBB = "Staatsbosbeheer"
VITENS = "Vitens"
GGDGZ = "GGD Gelderland-Zuid"
# regio Alkmaar (b20-regiogemeenten)
ALKMAAR = "Gemeente Alkmaar"
BERGEN = "Gemeente Bergen (NH)"
CASTRICUM = "Gemeente Castricum"
DIJKENWAARD = "Gemeente Dijk en Waard"
HEILOO = "Gemeente Heiloo"
UITGEEST = "Gemeente Uitgeest"
SIX = [ALKMAAR, BERGEN, CASTRICUM, DIJKENWAARD, HEILOO, UITGEEST]
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
PNH = "Provincie Noord-Holland"
PWN = "PWN Waterleidingbedrijf Noord-Holland"
LNH = "Landschap Noord-Holland"
GGDHN = "GGD Hollands Noorden"
# Westerwolde en Oldambt (b20-bedragen)
WESTERWOLDE = "Gemeente Westerwolde"
OLDAMBT = "Gemeente Oldambt"
HUNZE = "Waterschap Hunze en Aa's"
PGR = "Provincie Groningen"
GL = "Het Groninger Landschap"
# Nunspeet (b20-raadsbrief)
NUNSPEET = "Gemeente Nunspeet"
WVV = "Waterschap Vallei en Veluwe"
GGDNOG = "GGD Noord- en Oost-Gelderland"
NM = "Vereniging Natuurmonumenten"
# Westland en Midden-Delfland (b20-wisseltrekker)
DELFLAND = "Hoogheemraadschap van Delfland"
PZH = "Provincie Zuid-Holland"
WESTLAND = "Gemeente Westland"
MIDDENDELFLAND = "Gemeente Midden-Delfland"
GLASTUINBOUW = "Glastuinbouw Nederland"
GGDHL = "GGD Haaglanden"
# Altena (b20-kwartalen)
ALTENA = "Gemeente Altena"
RWS = "Rijkswaterstaat"
PNB = "Provincie Noord-Brabant"
BL = "Brabants Landschap"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
GGDHVB = "GGD Hart voor Brabant"


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


WIEWIE = {
    "document": "b20-wiewie",
    "file": "b20-wiewie.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Water en Groen Culemborg en West Betuwe 2027-2030 (gemeenten Culemborg en West "
    "Betuwe, Waterschap Rivierenland, Provincie Gelderland, Staatsbosbeheer, Vitens, GGD Gelderland-Zuid); HTML "
    "written by build.py → soffice; a ruled table WITHOUT codes whose header splits Wie and Wanneer: 'Wat | Wie "
    "(trekker) | Wie (partners) | Start | Gereed', with a dash in Start (already running) or Gereed (continues)",
    "actions": [
        same("", "Aanleg van een waterbuffer in de Goilberdingerwaard", [WSRL], [CULEMBORG, SBB], 2027, 2029),
        same("", "Hitteplan voor de kernen van West Betuwe", [WESTBETUWE], [GGDGZ], None, 2027),
        same("", "Vergroenen van tien schoolpleinen in Culemborg", [CULEMBORG], [WSRL], 2027, 2028),
        same(
            "",
            "Beschermingszone rond de drinkwaterwinning in West Betuwe",
            [VITENS],
            [PG, WESTBETUWE],
            2028,
            None,
        ),
        same("", "Natuurvriendelijke oevers langs de Linge bij Geldermalsen", [WSRL], [SBB, PG], 2028, 2030),
        same("", "Regenwater afkoppelen in de wijk Terweijde", [CULEMBORG], [WSRL], 2029, 2029),
    ],
    "not_commitments": [
        "In de zomer van 2026 stond de Linge zes weken lang lager dan normaal.",
        "De provincie Gelderland draagt € 900.000 bij aan de agenda.",
        "De colleges bespreken de voortgang jaarlijks met de raden.",
    ],
}

REGIOGEMEENTEN = {
    "document": "b20-regiogemeenten",
    "file": "b20-regiogemeenten.pdf",
    "type": "libreoffice-pdf",
    "producer": "Regionale Aanpak Klimaatadaptatie regio Alkmaar 2027-2030 (gemeenten Alkmaar, Bergen, Castricum, "
    "Dijk en Waard, Heiloo en Uitgeest, Hoogheemraadschap Hollands Noorderkwartier, Provincie Noord-Holland, PWN, "
    "Landschap Noord-Holland, GGD Hollands Noorden); HTML written by build.py → soffice; a ruled table 'Nr. | Actie "
    "| Trekker | Partners | Periode' whose Partners cell says 'de zes regiogemeenten' in three rows, a group "
    "defined only in the introduction, once with one of the six as trekker",
    "actions": [
        same("RA-1", "Regionale stresstest herhalen met nieuwe neerslagcijfers", [HHNK], SIX, 2027, 2027),
        same("RA-2", "Hittebestendige inrichting van zorglocaties", [GGDHN], [ALKMAAR, HEILOO], 2027, 2028),
        same("RA-3", "Duinwaterbuffer bij Castricum", [PWN], [CASTRICUM, LNH, HHNK], 2028, 2030),
        same(
            "RA-4",
            "Gezamenlijk beleid voor groene daken",
            [DIJKENWAARD],
            [g for g in SIX if g != DIJKENWAARD],
            2028,
            None,
        ),
        same("RA-5", "Waterberging in de polders rond Uitgeest", [HHNK], [UITGEEST, PNH], None, 2029),
        same("RA-6", "Regionaal fonds voor groene schoolpleinen", [PNH], SIX, 2027, 2030),
    ],
    "not_commitments": [
        "De regio deed in 2025 haar eerste stresstest.",
        "De regio evalueert de aanpak in 2030 met alle partners.",
    ],
}

BEDRAGEN = {
    "document": "b20-bedragen",
    "file": "b20-bedragen.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsprogramma Water en Natuur Westerwolde en Oldambt 2027-2030 (gemeenten Westerwolde en "
    "Oldambt, Waterschap Hunze en Aa's, Provincie Groningen, Staatsbosbeheer, Het Groninger Landschap); fpdf2 "
    "table(); a ruled table 'Nr. | Actie | Trekker (bijdrage) | Partners (bijdrage) | Looptijd' whose role cells "
    "give each party's AMOUNT in parentheses beside its name ('H&A (EUR 400.000)'); one Actie cell wraps",
    "actions": [
        same("WO-1", "Herstel van de Ruiten Aa bij Ter Apel", [HUNZE], [WESTERWOLDE, SBB], 2027, 2029),
        same("WO-2", "Zoetwaterbuffer voor de landbouw in Oldambt", [PGR], [HUNZE, OLDAMBT], 2028, 2030),
        same("WO-3", "Hittebestendig centrum van Winschoten", [OLDAMBT], [HUNZE], 2027, 2027),
        same("WO-4", "Natuurontwikkeling rond het Oldambtmeer", [GL], [OLDAMBT, PGR], 2028, None),
        same(
            "WO-5",
            "Grondwatermeetnet in de veenkoloniale gronden van Westerwolde",
            [HUNZE],
            [PGR],
            None,
            2028,
        ),
        same("WO-6", "Afkoppelen van regenwater in Vlagtwedde", [WESTERWOLDE], [HUNZE], 2029, 2030),
    ],
    "not_commitments": [
        "In 2025 en 2026 moest het waterschap in Westerwolde een onttrekkingsverbod instellen.",
        "De bijdragen zijn ramingen op prijspeil 2026.",
    ],
}

RAADSBRIEF = {
    "document": "b20-raadsbrief",
    "file": "b20-raadsbrief.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college of burgemeester en wethouders of Nunspeet to the gemeenteraad, "
    "Droogte en hitte, dated 26 November 2026; HTML written by build.py → soffice; 'wij'-prose under 'Wat gaan wij "
    "doen?' whose periods are RELATIVE to the letter's date ('Volgend jaar', 'Komend voorjaar', 'Binnen twee "
    "jaar', 'Vanaf volgend jaar', 'Uiterlijk eind volgend jaar'); plans of others under 'Wat doen anderen?'",
    "letter_date": "2026-11-26",
    "actions": [
        act(
            "",
            "leggen wij samen met Waterschap Vallei en Veluwe drie wadi's aan in Nunspeet-Oost",
            "Drie wadi's in Nunspeet-Oost",
            [NUNSPEET],
            [WVV],
            2027,
            2027,
        ),
        act(
            "",
            "starten wij met Vitens een campagne voor zuinig gebruik van drinkwater",
            "Campagne voor zuinig drinkwatergebruik",
            [NUNSPEET],
            [VITENS],
            2027,
            None,
        ),
        act(
            "",
            "stellen wij met de GGD Noord- en Oost-Gelderland een hitteplan voor onze kernen op",
            "Hitteplan voor de kernen",
            [NUNSPEET],
            [GGDNOG],
            None,
            2028,
        ),
        act(
            "",
            "maaien wij samen met Natuurmonumenten de bermen langs de Veluwse beken later in het seizoen",
            "Later maaien van de bermen langs de Veluwse beken",
            [NUNSPEET],
            [NM],
            2027,
            None,
        ),
        act(
            "",
            "maken wij met de provincie Gelderland afspraken over de aanpak van droogte op de landbouwgronden "
            "langs de Randmeren",
            "Afspraken over droogte op de landbouwgronden langs de Randmeren",
            [NUNSPEET],
            [PG],
            None,
            2027,
        ),
    ],
    "not_commitments": [
        "Vorig jaar was het droogste jaar sinds 2018.",
        "Tijdens de commissievergadering van september vroeg u ons wat de gemeente de komende jaren gaat doen.",
        "Wij houden u over de voortgang op de hoogte.",
    ],
    "reported_plans": [
        "Waterschap Vallei en Veluwe herstelt volgend jaar de Hierdense Beek op eigen kosten.",
        "Vitens onderzoekt daarnaast of de winning bij Nunspeet kan worden verkleind.",
    ],
}

WISSELTREKKER = {
    "document": "b20-wisseltrekker",
    "file": "b20-wisseltrekker.md",
    "type": "label-blocks",
    "producer": "Gebiedsagenda Water en Glas Westland en Midden-Delfland 2027-2031 (gemeenten Westland en "
    "Midden-Delfland, Hoogheemraadschap van Delfland, Provincie Zuid-Holland, Glastuinbouw Nederland, "
    "Staatsbosbeheer, GGD Haaglanden); Markdown, written by build.py; '### n. Titel' blocks with '- Trekker:', "
    "'- Partners:' and '- Periode:' bullets, where in two blocks the TREKKER CHANGES HALFWAY ('provincie "
    "Zuid-Holland tot en met 2028, daarna Delfland'); 'Volgt op actie 3.' after the period; 'doorlopend'",
    "actions": [
        same(
            "1",
            "Gietwateropslag bij glastuinbouwbedrijven in Westland",
            [GLASTUINBOUW],
            [DELFLAND, WESTLAND],
            2027,
            2029,
        ),
        same(
            "2", "Verbreding van de boezemkade langs de Gaag", [PZH, DELFLAND], [MIDDENDELFLAND], 2027, 2031
        ),
        same(
            "3",
            "Proef met hogere waterpeilen in het veenweidegebied van Midden-Delfland",
            [DELFLAND],
            [MIDDENDELFLAND, SBB],
            2027,
            2028,
        ),
        same("4", "Hitteplan voor de kernen van Westland", [WESTLAND], [GGDHL], None, 2027),
        same(
            "5",
            "Zuivering van glastuinbouwwater in de Oranjepolder",
            [DELFLAND, WESTLAND],
            [GLASTUINBOUW],
            2028,
            None,
            deps=[("starts_after", "3")],
        ),
        same(
            "6",
            "Meetnet voor de waterkwaliteit in de Westlandse boezem",
            [DELFLAND],
            [GLASTUINBOUW, WESTLAND],
            None,
            None,
        ),
    ],
    "not_commitments": [
        "De wateroverlast van juni 2026 in de Oranjepolder is de aanleiding voor deze agenda.",
        "De partners dragen bij naar rato van hun rol; de provincie Zuid-Holland reserveert daarvoor 2,4 miljoen euro.",
    ],
}

KWARTALEN = {
    "document": "b20-kwartalen",
    "file": "b20-kwartalen.txt",
    "type": "text-table",
    "producer": "Werkplan Dijken en Water Altena 2027-2030 (Gemeente Altena, Waterschap Rivierenland, "
    "Rijkswaterstaat, Provincie Noord-Brabant, Brabants Landschap, ZLTO, GGD Hart voor Brabant); plain text, "
    "written by build.py; a whitespace table 'Nr. | Activiteit | Trekker | Partners | Periode' whose periods run "
    "from a QUARTER OF ONE YEAR TO A QUARTER OF THE NEXT ('Q3 2027 – Q2 2028', en dash), 'Q4 2027', 'vanaf Q1 2028'",
    "actions": [
        same("AL-1", "Verkenning dijkversterking Merwede bij Werkendam", [WSRL], [RWS, ALTENA], 2027, 2028),
        same("AL-2", "Zoetwaterinlaat voor de polders bij de Biesbosch", [WSRL], [ZLTO, PNB], 2028, 2029),
        same("AL-3", "Natuurherstel in het Pompveld", [BL], [WSRL], 2027, 2028),
        same("AL-4", "Hitteplan voor Almkerk en Woudrichem", [ALTENA], [GGDHVB], 2027, 2027),
        same("AL-5", "Droogtemonitor voor de fruitteelt", [ZLTO], [WSRL, ALTENA], 2028, None),
        same("AL-6", "Afkoppelprogramma voor de kernen van Altena", [ALTENA], [WSRL], 2028, 2030),
    ],
    "not_commitments": [
        "In het voorjaar van 2026 is de waterveiligheid van de kern Werkendam opnieuw beoordeeld.",
        "Het bestuurlijk overleg bespreekt het werkplan twee keer per jaar.",
    ],
}

DOCS = [WIEWIE, REGIOGEMEENTEN, BEDRAGEN, RAADSBRIEF, WISSELTREKKER, KWARTALEN]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.name, len(doc["actions"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
