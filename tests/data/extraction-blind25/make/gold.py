"""Hand-written gold for the six blind25 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind25/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Kop van Noord-Holland
DENHELDER = "Gemeente Den Helder"
SCHAGEN = "Gemeente Schagen"
HKROON = "Gemeente Hollands Kroon"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
PNH = "Provincie Noord-Holland"
PWN = "PWN Waterleidingbedrijf Noord-Holland"
LTO = "LTO Noord"
GGDHN = "GGD Hollands Noorden"
# 's-Hertogenbosch, Vught, Sint-Michielsgestel
DENBOSCH = "Gemeente 's-Hertogenbosch"
VUGHT = "Gemeente Vught"
SMG = "Gemeente Sint-Michielsgestel"
DOMMEL = "Waterschap De Dommel"
WAM = "Waterschap Aa en Maas"
BW = "Brabant Water"
PNB = "Provincie Noord-Brabant"
ZLTO = "ZLTO"
BL = "Stichting Brabants Landschap"
NM = "Vereniging Natuurmonumenten"
# Leidse regio
RIJNLAND = "Hoogheemraadschap van Rijnland"
LEIDEN = "Gemeente Leiden"
LEIDERDORP = "Gemeente Leiderdorp"
OEGSTGEEST = "Gemeente Oegstgeest"
DELTARES = "Deltares"
# Zaanstreek
ZAANSTAD = "Gemeente Zaanstad"
WORMERLAND = "Gemeente Wormerland"
OOSTZAAN = "Gemeente Oostzaan"
LNH = "Landschap Noord-Holland"
# Noord-Limburg
VENLO = "Gemeente Venlo"
VENRAY = "Gemeente Venray"
HORST = "Gemeente Horst aan de Maas"
WL = "Waterschap Limburg"
PL = "Provincie Limburg"
WML = "Waterleiding Maatschappij Limburg"
LLTB = "Limburgse Land- en Tuinbouw Bond"
GGDLN = "GGD Limburg-Noord"
# Oost-Achterhoek
WINTERSWIJK = "Gemeente Winterswijk"
AALTEN = "Gemeente Aalten"
OOSTGELRE = "Gemeente Oost Gelre"
WRIJ = "Waterschap Rijn en IJssel"
PG = "Provincie Gelderland"
VITENS = "Vitens"
SBB = "Staatsbosbeheer"


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


TWEETREKKERS = {
    "document": "b25-tweetrekkers",
    "file": "b25-tweetrekkers.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Water en Bodem Kop van Noord-Holland 2027-2030 (Gemeente Den Helder, Gemeente "
    "Schagen, Gemeente Hollands Kroon, Hoogheemraadschap Hollands Noorderkwartier, Provincie Noord-Holland, PWN, "
    "LTO Noord, GGD Hollands Noorden); HTML written by build.py → soffice; a ruled table 'Nr. | Actie | Wie | Met "
    "| Looptijd' whose Wie cell names TWO TREKKERS ('Gemeenten Schagen en Hollands Kroon', 'Gemeente Den Helder "
    "en HHNK') or the regional partnership with its PENVOERDER ('Regio Kop van Noord-Holland (penvoerder: "
    "gemeente Den Helder)'; the reading guide: the penvoerder leads, the other two gemeenten are partners); "
    "'in de periode 2027–2030', 'start na de zomer van 2027', 'loopt tot en met 2029', 'jaarlijks vanaf 2027'",
    "actions": [
        same(
            "KNH-1", "Zoetwaterberging in de Anna Paulownapolder", [SCHAGEN, HKROON], [HHNK, LTO], 2027, 2030
        ),
        same(
            "KNH-2",
            "Regionale hittekaart met hitteplan voor kwetsbare ouderen",
            [DENHELDER],
            [SCHAGEN, HKROON, GGDHN],
            2027,
            None,
        ),
        same(
            "KNH-3",
            "Onderzoek naar de zoet-zoutgrens onder de duinen bij Callantsoog",
            [PWN],
            [HHNK, SCHAGEN],
            None,
            2029,
        ),
        same(
            "KNH-4",
            "Afkoppelen van hemelwater in de binnenstad van Den Helder",
            [DENHELDER, HHNK],
            [],
            2027,
            2028,
        ),
        same("KNH-5", "Meten van de bodemdaling in de Wieringermeer", [HHNK], [PNH, HKROON], 2027, None),
        same(
            "KNH-6", "Vergroenen van schoolpleinen in de hele Kop", [SCHAGEN], [DENHELDER, HKROON], 2028, 2028
        ),
    ],
    "not_commitments": [
        "In 2026 hebben de drie gemeenten hun klimaatstresstesten afgerond.",
        "De provincie Noord-Holland overweegt een financiële bijdrage aan KNH-1.",
        "De gemeente Texel doet niet mee aan deze agenda",
    ],
}

DUUR = {
    "document": "b25-duur",
    "file": "b25-duur.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsprogramma Water en Klimaat 's-Hertogenbosch, Vught en Sint-Michielsgestel 2027-2030 "
    "(Gemeente 's-Hertogenbosch, Gemeente Vught, Gemeente Sint-Michielsgestel, Waterschap Aa en Maas, Waterschap "
    "De Dommel, Brabant Water, Provincie Noord-Brabant, ZLTO, Stichting Brabants Landschap, Vereniging "
    "Natuurmonumenten); HTML written by build.py → soffice; a ruled table 'Nr. | Maatregel | Trekker | Partners | "
    "Start | Duur' with NO END: the end follows from the start plus a DURATION ('3 jaar', '18 maanden', '6 "
    "maanden', '1 jaar', 'doorlopend'), counted as the reading guide does (start 2027 + 1 jaar = klaar eind "
    "2027); starts 'januari 2027', 'najaar 2027', '1 juli 2027', '2e helft 2028'",
    "actions": [
        same(
            "BVS-1", "Waterberging in het Dommeldal bij Sint-Michielsgestel", [DOMMEL], [SMG, BL], 2027, 2029
        ),
        same("BVS-2", "Klimaatadaptieve herinrichting van de Hinthamerstraat", [DENBOSCH], [WAM], 2028, 2029),
        same("BVS-3", "Vergroening van het stationsgebied in Vught", [VUGHT], [DOMMEL], 2027, 2028),
        same("BVS-4", "Grondwatermeetnet op de Vughtse Heide", [BW], [PNB, VUGHT], 2027, None),
        same("BVS-5", "Droogteaanpak voor de landbouw in de Dommelvallei", [ZLTO], [DOMMEL, SMG], 2027, 2030),
        same("BVS-6", "Natuurherstel in het Bossche Broek", [WAM], [DENBOSCH, NM], 2028, 2029),
    ],
    "not_commitments": [
        "Waterschap De Dommel heeft de beekherstelwerken bij Boxtel in 2026 afgerond.",
        "Het programma wordt mede betaald uit het Deltaplan Hoge Zandgronden.",
        "Over een zevende maatregel, een waterbuffer bij Den Dungen, is nog geen overeenstemming bereikt.",
    ],
}

OPSOMMING = {
    "document": "b25-opsomming",
    "file": "b25-opsomming.pdf",
    "type": "letter",
    "producer": "Brief of the dagelijks bestuur of the Hoogheemraadschap van Rijnland to the gemeenteraden of "
    "Leiden, Leiderdorp and Oegstgeest, Water in de Leidse regio, dated 26 November 2026 (Gemeente Leiden, "
    "Gemeente Leiderdorp, Gemeente Oegstgeest, Deltares, Provincie Zuid-Holland); fpdf2, running 'wij'-prose; "
    "the commitments are COUNTED OFF in one paragraph ('Wij gaan de komende jaren vier dingen doen. Ten eerste "
    "... Ten tweede ... Ten derde ... Tot slot ...') and a FIFTH follows after the count ('Daarnaast laten wij "
    "... door Deltares onderzoeken'); the past work is counted off the same way ('Ten eerste hebben wij in 2026 "
    "...'); 'met de drie gemeenten' = the addressees; a request and a wish to the councils; two plans of others "
    "under 'Wat doen anderen?'",
    "letter_date": "2026-11-26",
    "actions": [
        act(
            "",
            "Ten eerste versterken wij in 2027 en 2028, samen met de gemeente Leiderdorp, de kaden langs de Oude "
            "Rijn bij Leiderdorp",
            "Kadeversterking langs de Oude Rijn bij Leiderdorp",
            [RIJNLAND],
            [LEIDERDORP],
            2027,
            2028,
        ),
        act(
            "",
            "Ten tweede leggen wij vanaf 2028 in opdracht van de gemeente Oegstgeest een extra gemaal aan bij de "
            "Haarlemmertrekvaart",
            "Extra gemaal bij de Haarlemmertrekvaart",
            [RIJNLAND],
            [],
            2028,
            None,
            commissioners=[OEGSTGEEST],
        ),
        act(
            "",
            "Ten derde stellen wij uiterlijk eind 2027 met de drie gemeenten een gezamenlijk hemelwaterprogramma op",
            "Gezamenlijk hemelwaterprogramma",
            [RIJNLAND],
            [LEIDEN, LEIDERDORP, OEGSTGEEST],
            None,
            2027,
        ),
        act(
            "",
            "Tot slot starten wij na de zomer van 2027 met de gemeente Leiden een proef met waterdoorlatende "
            "bestrating in de wijk Stevenshof",
            "Proef met waterdoorlatende bestrating in Stevenshof",
            [RIJNLAND],
            [LEIDEN],
            2027,
            None,
        ),
        act(
            "",
            "Daarnaast laten wij in 2027 door Deltares onderzoeken hoeveel regenwater de veenbodem rond de "
            "Kagerplassen kan vasthouden",
            "Onderzoek waterberging veenbodem Kagerplassen",
            [DELTARES],
            [],
            2027,
            2027,
            commissioners=[RIJNLAND],
        ),
    ],
    "not_commitments": [
        "Ten eerste hebben wij in 2026 het gemaal in de Stevenshofpolder vernieuwd.",
        "Ten tweede hebben wij met de gemeente Oegstgeest de watergangen in Poelgeest gebaggerd.",
        "Wij gaan de komende jaren vier dingen doen.",
        "Wij vragen u om de kosten van het hemelwaterprogramma op te nemen in uw begroting voor 2028.",
        "Wij zouden het ook toejuichen als de gemeente Zoeterwoude bij het programma aansluit.",
    ],
    "reported_plans": [
        "De provincie Zuid-Holland werkt aan een nieuw regionaal waterprogramma, dat naar verwachting in 2028 "
        "wordt vastgesteld.",
        "De gemeente Leiden legt volgens haar eigen planning in 2028 een waterplein aan op de Lammermarkt.",
    ],
}

BESLUITENLIJST = {
    "document": "b25-besluitenlijst",
    "file": "b25-besluitenlijst.pdf",
    "type": "agenda",
    "producer": "Besluitenlijst Bestuurlijk Overleg Water Zaanstreek, 19 November 2026 (Gemeente Zaanstad, "
    "Gemeente Wormerland, Gemeente Oostzaan, Hoogheemraadschap Hollands Noorderkwartier, Provincie Noord-Holland, "
    "Landschap Noord-Holland, PWN); fpdf2, numbered points whose heading ends in '- Besluit', '- Aangehouden' or "
    "'- Ter kennisname'; 'Actie:' lines under the Besluit points are the agreements (the reading guide), an "
    "'Actie:' line under a Ter kennisname point (a conditional plan of PWN) is not; two trekkers in one line; "
    "'is betrokken', 'in opdracht van', 'met inhoudelijke ondersteuning van'; 'gereed eind 2027'",
    "actions": [
        act(
            "2",
            "gemeente Wormerland stelt samen met HHNK en Landschap Noord-Holland een gebiedsplan voor het "
            "Wormer- en Jisperveld op",
            "Gebiedsplan Wormer- en Jisperveld",
            [WORMERLAND],
            [HHNK, LNH],
            None,
            2027,
        ),
        act(
            "3",
            "HHNK start in 2028 met de versterking van de Zaandijk bij Oostzaan",
            "Versterking van de Zaandijk bij Oostzaan",
            [HHNK],
            [],
            2028,
            None,
            involved=[OOSTZAAN],
        ),
        act(
            "4",
            "gemeente Zaanstad voert in 2027 en 2028 een proef uit met groene daken op twaalf scholen",
            "Proef groene daken op scholen",
            [ZAANSTAD],
            [],
            2027,
            2028,
            support=[PNH],
        ),
        act(
            "5",
            "HHNK meet in 2027 in opdracht van de provincie Noord-Holland de zoutindringing vanuit het "
            "Noordzeekanaal in de Zaan",
            "Meting zoutindringing vanuit het Noordzeekanaal",
            [HHNK],
            [],
            2027,
            2027,
            commissioners=[PNH],
        ),
        act(
            "6",
            "gemeente Oostzaan en gemeente Wormerland richten in het eerste kwartaal van 2027 samen een loket "
            "klimaatadaptatie voor inwoners in",
            "Loket klimaatadaptatie",
            [OOSTZAAN, WORMERLAND],
            [],
            2027,
            2027,
        ),
    ],
    "not_commitments": [
        "Het verslag van 24 september 2026 wordt ongewijzigd vastgesteld.",
        "Het voorstel om een regionaal waterfonds op te richten wordt aangehouden tot het volgende overleg.",
        "PWN start in 2029 met de bouw van een pompstation, als het onderzoek gunstig uitvalt.",
        "Volgend overleg: 11 maart 2027.",
    ],
}

HAKEN = {
    "document": "b25-haken",
    "file": "b25-haken.txt",
    "type": "label-blocks",
    "producer": "Regionale Agenda Water Noord-Limburg 2027-2029 (Gemeente Venlo, Gemeente Venray, Gemeente Horst "
    "aan de Maas, Waterschap Limburg, Provincie Limburg, Waterleiding Maatschappij Limburg, Limburgse Land- en "
    "Tuinbouw Bond, GGD Limburg-Noord); plain text written by build.py; 'Acties:' bullets that END IN SQUARE "
    "BRACKETS '[trekker, periode]' (the reading guide), partners and opdrachtgever in the bullet's own words "
    "('samen met', 'met medewerking van', 'met', 'in opdracht van'); abbreviations WML and LLTB explained at the "
    "end; a bracket in the introduction that is a cross-reference; an 'afgerond 2026' bullet",
    "actions": [
        same(
            "",
            "Herstel van de Groote Molenbeek tussen Venray en Horst",
            [WL],
            [VENRAY, HORST],
            2027,
            2029,
        ),
        same("", "Verkenning van een nieuwe drinkwaterwinning bij Venray", [WML], [], None, 2028),
        act(
            "",
            "Regionaal grondwatermeetnet, in opdracht van de provincie Limburg",
            "Regionaal grondwatermeetnet",
            [WL],
            [],
            2028,
            2028,
            commissioners=[PL],
        ),
        same("", "Hemelwaterplan voor de binnenstad van Venlo", [VENLO], [WML], 2027, 2027),
        same(
            "",
            "Proef met druppelirrigatie op tien tuinbouwbedrijven bij Grubbenvorst",
            [LLTB],
            [PL],
            2028,
            None,
        ),
        same("", "Hitteplan voor de kernen van Horst aan de Maas", [HORST], [GGDLN], 2027, 2028),
    ],
    "not_commitments": [
        "Stresstest voor de kernen van Venlo",
        "De regio wil in 2029 bezien of de gemeenten Peel en Maas en Beesel bij deze agenda kunnen aansluiten.",
        "zie hoofdstuk 2 van de",
    ],
}

BIJLAGE = {
    "document": "b25-bijlage",
    "file": "b25-bijlage.md",
    "type": "label-blocks",
    "producer": "Gebiedsagenda Water en Droogte Winterswijk, Aalten en Oost Gelre 2027-2030 (Gemeente Winterswijk, "
    "Gemeente Aalten, Gemeente Oost Gelre, Waterschap Rijn en IJssel, Provincie Gelderland, Vitens, "
    "Staatsbosbeheer, LTO Noord); Markdown written by build.py; a NUMBERED LIST '1. **Titel.** Trekker: ... Met: "
    "... Planning: ...' of actions 1-3 in the text that CONTINUES as rows 4-7 of a pipe table 'Nr. | Actie | "
    "Trekker | Met | Planning' in 'Bijlage 1 Vervolg van de acties' (the text says so); 'het waterschap' defined "
    "in the subtitle; row 7 'vervallen'",
    "actions": [
        same("1", "Beekherstel van de Boven-Slinge bij Winterswijk", [WRIJ], [WINTERSWIJK, SBB], 2027, 2029),
        same("2", "Klimaatadaptieve herinrichting van het centrum van Aalten", [AALTEN], [WRIJ], 2028, 2028),
        same(
            "3",
            "Droogteproef met stuwtjes op landbouwpercelen in Oost Gelre",
            [LTO],
            [OOSTGELRE, WRIJ],
            2027,
            None,
        ),
        same("4", "Bescherming van de drinkwaterwinning Corle", [VITENS], [PG, WINTERSWIJK], None, 2029),
        same("5", "Regionale hittekaart Oost-Achterhoek", [OOSTGELRE], [WINTERSWIJK, AALTEN], 2027, 2027),
        same("6", "Herinrichting van de Groenlose Slinge", [WRIJ], [OOSTGELRE], 2028, 2030),
    ],
    "not_commitments": [
        "In 2025 hebben de drie gemeenten en het waterschap de Droogtestudie Oost-Achterhoek afgerond.",
        "De provincie Gelderland heeft laten weten dat zij een bijdrage aan de acties 1 en 6 overweegt.",
        "Waterbuffer bij Bredevoort",
    ],
}

DOCS = [TWEETREKKERS, DUUR, OPSOMMING, BESLUITENLIJST, HAKEN, BIJLAGE]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.name, len(doc["actions"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
