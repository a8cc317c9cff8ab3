"""The blind24 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Voorne en Goeree (b24-fasen)
VAZ = "Gemeente Voorne aan Zee"
GO = "Gemeente Goeree-Overflakkee"
WSHD = "Waterschap Hollandse Delta"
PZH = "Provincie Zuid-Holland"
NM = "Vereniging Natuurmonumenten"
EVIDES = "Evides Waterbedrijf"
RWS = "Rijkswaterstaat"
# Parkstad Limburg (b24-idem)
HEERLEN = "Gemeente Heerlen"
KERKRADE = "Gemeente Kerkrade"
LANDGRAAF = "Gemeente Landgraaf"
BRUNSSUM = "Gemeente Brunssum"
WL = "Waterschap Limburg"
PL = "Provincie Limburg"
WML = "Waterleiding Maatschappij Limburg"
LL = "Stichting het Limburgs Landschap"
# Noordoostpolder en Urk (b24-paragrafen)
PFL = "Provincie Flevoland"
NOP = "Gemeente Noordoostpolder"
URK = "Gemeente Urk"
WZZ = "Waterschap Zuiderzeeland"
LTO = "LTO Noord"
SBB = "Staatsbosbeheer"
FL = "Het Flevo-landschap"
GGDFL = "GGD Flevoland"
# De Peel (b24-brief)
DEURNE = "Gemeente Deurne"
WAM = "Waterschap Aa en Maas"
BW = "Brabant Water"
ZLTO = "ZLTO"
# Lopikerwaard (b24-eigen)
HDSR = "Hoogheemraadschap De Stichtse Rijnlanden"
LOPIK = "Gemeente Lopik"
MONTFOORT = "Gemeente Montfoort"
OUDEWATER = "Gemeente Oudewater"
PU = "Provincie Utrecht"
# West-Friesland (b24-overeenkomst)
HOORN = "Gemeente Hoorn"
MEDEMBLIK = "Gemeente Medemblik"
KOGGENLAND = "Gemeente Koggenland"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
PNH = "Provincie Noord-Holland"


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


FASEN = {
    "document": "b24-fasen",
    "file": "b24-fasen.pdf",
    "type": "libreoffice-pdf",
    "producer": "Gebiedsprogramma Kust en Delta Voorne en Goeree 2027-2031 (Gemeente Voorne aan Zee, Gemeente "
    "Goeree-Overflakkee, Waterschap Hollandse Delta, Provincie Zuid-Holland, Vereniging Natuurmonumenten, Evides "
    "Waterbedrijf, Rijkswaterstaat); HTML written by build.py → soffice; a ruled table 'Nr. | Project | Trekker | "
    "Partners | Verkenning | Planuitwerking | Realisatie' with ONE COLUMN PER PROJECT PHASE holding the year or "
    "years of that phase ('2027', '2028-2029'), 'gereed' for a phase finished before 2027 and 'n.t.b.' for a phase "
    "not yet planned (the reading guide); no Periode column: the period runs from the first to the last year in "
    "the phase cells",
    "actions": [
        same(
            "VG-1",
            "Duinversterking en natuurherstel in de Voornes Duin bij Rockanje",
            [WSHD],
            [NM, VAZ],
            2027,
            2029,
        ),
        same("VG-2", "Zoetwaterbuffer voor de akkerbouw op Oostflakkee", [GO], [WSHD, EVIDES], 2027, None),
        same(
            "VG-3",
            "Klimaatbestendige herinrichting van de vestingkade in Hellevoetsluis",
            [VAZ],
            [PZH],
            2027,
            2031,
        ),
        same("VG-4", "Versterking van de Brielse Maasdijk", [WSHD], [RWS, VAZ], 2027, 2030),
        same("VG-5", "Getijdennatuur langs het Haringvliet bij Stellendam", [PZH], [RWS, GO, NM], 2028, None),
        same("VG-6", "Hittebestendige inrichting van het centrum van Middelharnis", [GO], [], 2027, 2028),
    ],
    "not_commitments": [
        "Het Deltafonds draagt naar verwachting bij aan de dijkversterking VG-4.",
        "De verkenning voor VG-1 is in 2025 afgerond met een voorkeursalternatief.",
        "De stuurgroep bespreekt elk najaar de voortgang",
    ],
}

IDEM = {
    "document": "b24-idem",
    "file": "b24-idem.pdf",
    "type": "libreoffice-pdf",
    "producer": "Actielijst Water en Klimaat Parkstad Limburg 2027-2029 (Gemeente Heerlen, Gemeente Kerkrade, "
    "Gemeente Landgraaf, Gemeente Brunssum, Waterschap Limburg, Provincie Limburg, Waterleiding Maatschappij "
    "Limburg, Stichting het Limburgs Landschap); HTML written by build.py → soffice; a ruled table 'Nr. | Actie | "
    "Trekker | Partners | Planning' whose Trekker cell says 'idem' or '\"' (DITTO: the same as the row above, the "
    "reading guide), twice in a row once ('gemeente Heerlen' then '\"'), and one Partners cell 'idem'; Planning "
    "in quarters: 'Q4 2026 – Q2 2027', '2e kwartaal 2028', 'vanaf 1e kwartaal 2027', 'uiterlijk 3e kwartaal 2028'",
    "actions": [
        same(
            "PL-1",
            "Regenwaterbuffer in het dal van de Caumerbeek bij Heerlerheide",
            [WL],
            [HEERLEN],
            2026,
            2027,
        ),
        same("PL-2", "Beekherstel van de Anselderbeek in Kerkrade", [WL], [KERKRADE, LL], 2027, 2029),
        same("PL-3", "Afkoppelen en vergroenen van de wijk Heerlerbaan", [HEERLEN], [WL], 2028, 2028),
        same("PL-4", "Groenblauwe schoolpleinen in Heerlen-Noord", [HEERLEN], [WL], 2027, None),
        same(
            "PL-5",
            "Beschermingszone voor de drinkwaterwinning bij Brunssum",
            [PL],
            [WML, BRUNSSUM],
            None,
            2028,
        ),
        same(
            "PL-6", "Erosiebestrijding op de lösshellingen bij Landgraaf", [PL], [LANDGRAAF, WL], 2028, 2028
        ),
    ],
    "not_commitments": [
        "Na de wateroverlast van juli 2021 hebben de Parkstadgemeenten met het waterschap en de provincie "
        "afgesproken hun aanpak van water en hitte te bundelen.",
        "De gemeente Simpelveld heeft laten weten dat zij zich graag bij de erosieaanpak wil aansluiten",
        "Het volgende bestuurlijk overleg is op 12 maart 2027.",
    ],
}

PARAGRAFEN = {
    "document": "b24-paragrafen",
    "file": "b24-paragrafen.pdf",
    "type": "label-blocks",
    "producer": "Uitvoeringsprogramma Bodem en Water Noordoostpolder en Urk 2027-2030 of the Provincie Flevoland "
    "(Gemeente Noordoostpolder, Gemeente Urk, Waterschap Zuiderzeeland, LTO Noord, Staatsbosbeheer, Het "
    "Flevo-landschap, GGD Flevoland); fpdf2, TWO TEXT COLUMNS (chapter 4 left, chapter 5 right); actions are "
    "NUMBERED PARAGRAPHS '4.1.1 Titel' under chapter and section headings ('4 Water', '4.1 Zoetwater', not "
    "actions) with a description and the lines 'Rol provincie: trekker | partner | betrokken | opdrachtgever', "
    "'Trekker:' or 'Uitvoering:' when the province does not lead, 'Met:' and 'Planning:' (the reading guide); "
    "the author is the province; 'gereed 2e kwartaal 2028'; a dropped action 4.2.3",
    "actions": [
        same("4.1.1", "Zoetwaterbuffers in de Noordoostpolder", [PFL], [WZZ, LTO], 2027, 2029),
        same(
            "4.1.2",
            "Verziltingsmeetnet langs de kust bij Urk",
            [WZZ],
            [],
            2027,
            None,
            commissioners=[PFL],
        ),
        same("4.2.1", "Bodemdalingskaart Noordoostpolder", [PFL], [NOP], None, 2028),
        same("4.2.2", "Proef met peilgestuurde drainage bij Kraggenburg", [LTO], [PFL, WZZ], 2028, 2028),
        same(
            "5.1.1",
            "Ecologische verbinding tussen Kuinderbos en Voorsterbos",
            [SBB],
            [FL],
            2028,
            2030,
            involved=[PFL],
        ),
        same("5.1.2", "Hitteplan voor Urk", [URK], [GGDFL], 2027, 2027, involved=[PFL]),
    ],
    "not_commitments": [
        "In 2026 heeft de provincie met de terreinbeheerders een natuurvisie voor de polder opgesteld.",
        "De eerder voorziene actie 4.2.3 over zilte teelten op Urk is vervallen",
        "Gedeputeerde Staten stellen de planning van de acties jaarlijks bij.",
    ],
}

BRIEF = {
    "document": "b24-brief",
    "file": "b24-brief.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college of B&W of Deurne to the gemeenteraad, Water en droogte in De "
    "Peel, dated 25 November 2026 (Gemeente Deurne, Waterschap Aa en Maas, Provincie Noord-Brabant, Brabant Water, "
    "ZLTO); fpdf2, running prose; the commitments under 'Vervolg' are in the PASSIVE VOICE ('Door ons wordt in "
    "2027 ... opgesteld', 'worden door de gemeente en de ZLTO ... uitgevoerd', 'wordt in onze opdracht door het "
    "waterschap ... gemeten', one WITHOUT AN AGENT: 'wordt aan uw raad een voorstel ... voorgelegd', 'wordt door "
    "ons ... gestart'); 'het waterschap' and 'de provincie' named in full once in the introduction; look-alikes in "
    "the passive too: past work, a condition, a wish, a council question, two plans of others under 'Wat doen "
    "anderen?'",
    "letter_date": "2026-11-25",
    "actions": [
        act(
            "",
            "Door ons wordt in 2027, samen met het waterschap, een hemelwaterplan voor de kern Deurne opgesteld",
            "Hemelwaterplan voor de kern Deurne",
            [DEURNE],
            [WAM],
            2027,
            2027,
        ),
        act(
            "",
            "In 2028 en 2029 worden door de gemeente en de ZLTO proeven met peilgestuurde drainage op twaalf "
            "landbouwpercelen bij Helenaveen uitgevoerd",
            "Proeven met peilgestuurde drainage bij Helenaveen",
            [DEURNE],
            [ZLTO],
            2028,
            2029,
        ),
        act(
            "",
            "Vanaf 2027 wordt in onze opdracht door het waterschap de grondwaterstand rond De Groote Peel gemeten",
            "Grondwatermetingen rond De Groote Peel",
            [WAM],
            [],
            2027,
            None,
            commissioners=[DEURNE],
        ),
        act(
            "",
            "Vóór 1 juli 2027 wordt aan uw raad een voorstel voor een stimuleringsregeling voor groene daken en "
            "regentonnen voorgelegd",
            "Raadsvoorstel stimuleringsregeling groene daken en regentonnen",
            [DEURNE],
            [],
            None,
            2027,
        ),
        act(
            "",
            "Begin 2028 wordt door ons, met medewerking van Brabant Water, gestart met een campagne om drinkwater te "
            "besparen",
            "Campagne drinkwaterbesparing",
            [DEURNE],
            [BW],
            2028,
            None,
        ),
    ],
    "not_commitments": [
        "In 2026 is door het waterschap de herinrichting van de Vlier bij Vlierden afgerond.",
        "Door de gemeente is in hetzelfde jaar een eerste stresstest voor alle kernen uitgevoerd.",
        "Indien door uw raad bij de begroting 2028 extra middelen beschikbaar worden gesteld, kan het aantal "
        "proefpercelen worden verdubbeld.",
        "Het zou ons een lief ding waard zijn als ook de gemeente Asten bij de aanpak aansluit.",
        "In uw vergadering van 8 oktober 2026 werd gevraagd of ook in Liessel de grondwaterstand kan worden gemeten.",
    ],
    "reported_plans": [
        "Door de provincie wordt gewerkt aan een nieuwe grondwaterverordening, die naar verwachting per 1 januari "
        "2028 in werking treedt.",
        "Door Brabant Water wordt onderzocht of de winning bij Deurne na 2030 kan worden verkleind.",
    ],
}

EIGEN = {
    "document": "b24-eigen",
    "file": "b24-eigen.txt",
    "type": "text-table",
    "producer": "Werkplan 2027-2028 Lopikerwaard of the Hoogheemraadschap De Stichtse Rijnlanden, afdeling "
    "Watersystemen (Gemeente Lopik, Gemeente Montfoort, Gemeente Oudewater, Provincie Utrecht, LTO Noord); plain "
    "text written by build.py, a whitespace table 'Nr. | Activiteit | Uitvoering | Samen met | Periode' whose who "
    "cells say 'EIGEN ORGANISATIE' for the author (named only in the letterhead, and as 'het hoogheemraadschap'), "
    "in the Uitvoering column and twice in Samen met; 'Q4 2026 – Q2 2027', 'uiterlijk eind 2028', 'vanaf 2e "
    "kwartaal 2027'; an 'afgerond 2026' row kept for completeness",
    "actions": [
        same("LW-1", "Baggeren van de Lopikerwetering", [HDSR], [LOPIK], 2027, 2027),
        same(
            "LW-2",
            "Natuurvriendelijke oevers Hollandse IJssel Montfoort",
            [HDSR],
            [MONTFOORT, PU],
            2027,
            2028,
        ),
        same("LW-3", "Afkoppelen binnenstad Oudewater", [OUDEWATER], [HDSR], 2026, 2027),
        same("LW-4", "Peilbesluit Lopikerwaard-Oost", [HDSR], [], None, 2028),
        same("LW-5", "Veenweideproef met infiltratie bij Polsbroek", [LTO], [HDSR, PU], 2027, None),
    ],
    "not_commitments": [
        "Inventarisatie duikers Benschop",
        "De gemeente Woerden wil in 2028 mogelijk een eigen proef met klimaatadaptieve bermen starten",
        "Budget: de kosten staan in de begroting 2027 van het hoogheemraadschap",
    ],
}

OVEREENKOMST = {
    "document": "b24-overeenkomst",
    "file": "b24-overeenkomst.md",
    "type": "label-blocks",
    "producer": "Bestuursovereenkomst Klimaatbestendig West-Friesland 2027-2030 (Gemeente Hoorn, Gemeente Medemblik, "
    "Gemeente Koggenland, Hoogheemraadschap Hollands Noorderkwartier, Provincie Noord-Holland), signed 30 November "
    "2026; Markdown written by build.py; the parties are defined as 'Partij A' to 'Partij E' and named ONLY BY "
    "LETTER in the articles; the leden of 'Artikel 3 Verplichtingen' say 'Partij A verplicht zich om ... vóór ...', "
    "'Partijen B en C verplichten zich ...; Partij C treedt daarbij op als trekker', 'Partij E verplicht zich om "
    "... door Partij D ... te laten opstellen', 'in samenwerking met' / 'met medewerking van Partij D'; "
    "overwegingen with past work, a condition in article 4, a contribution in article 5",
    "actions": [
        act(
            "3.1",
            "Partij A verplicht zich om vóór 1 juli 2027 een hittekaart voor de wijken van Hoorn op te stellen",
            "Hittekaart voor de wijken van Hoorn",
            [HOORN],
            [],
            None,
            2027,
        ),
        act(
            "3.2",
            "Partij D verplicht zich om in 2028 en 2029 een waterberging bij Opperdoes aan te leggen",
            "Waterberging bij Opperdoes",
            [HHNK],
            [MEDEMBLIK],
            2028,
            2029,
        ),
        act(
            "3.3",
            "Partijen B en C verplichten zich om uiterlijk eind 2028 gezamenlijk een droogteplan voor de fruitteelt "
            "op te stellen",
            "Droogteplan voor de fruitteelt",
            [KOGGENLAND],
            [MEDEMBLIK],
            None,
            2028,
        ),
        act(
            "3.4",
            "Partij E verplicht zich om in 2027 door Partij D een klimaatatlas West-Friesland te laten opstellen",
            "Klimaatatlas West-Friesland",
            [HHNK],
            [],
            2027,
            2027,
            commissioners=[PNH],
        ),
        act(
            "3.5",
            "Partij A verplicht zich om met ingang van 2028 het afkoppelprogramma Kersenboogerd uit te voeren",
            "Afkoppelprogramma Kersenboogerd",
            [HOORN],
            [HHNK],
            2028,
            None,
        ),
    ],
    "not_commitments": [
        "Partijen in 2026 gezamenlijk de Regionale Adaptatiestrategie West-Friesland hebben vastgesteld",
        "De stuurgroep komt ten minste twee keer per jaar bijeen.",
        "Indien Partij E een rijksbijdrage ontvangt, kunnen Partijen de waterberging uit artikel 3.2 uitbreiden.",
        "Partij E draagt in totaal € 3,2 miljoen bij aan de kosten van de verplichtingen uit artikel 3.",
    ],
}

DOCS = [FASEN, IDEM, PARAGRAFEN, BRIEF, EIGEN, OVEREENKOMST]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.name, len(doc["actions"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
