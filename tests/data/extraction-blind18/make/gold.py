"""The blind18 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Bommelerwaard (b18-legenda)
ZALTBOMMEL = "Gemeente Zaltbommel"
MAASDRIEL = "Gemeente Maasdriel"
WSRL = "Waterschap Rivierenland"
PG = "Provincie Gelderland"
RWS = "Rijkswaterstaat"
VITENS = "Vitens"
GGDGZ = "GGD Gelderland-Zuid"
# IJsseldelta (b18-raadsinformatiebrief)
KAMPEN = "Gemeente Kampen"
WDOD = "Waterschap Drents Overijsselse Delta"
PO = "Provincie Overijssel"
VRIJ = "Veiligheidsregio IJsselland"
GGDIJ = "GGD IJsselland"
# Brabantse Wal (b18-samenwerkingsagenda)
THOLEN = "Gemeente Tholen"
STEENBERGEN = "Gemeente Steenbergen"
WOENSDRECHT = "Gemeente Woensdrecht"
WBD = "Waterschap Brabantse Delta"
SCHELDESTROMEN = "Waterschap Scheldestromen"
PNB = "Provincie Noord-Brabant"
PZ = "Provincie Zeeland"
BL = "Brabants Landschap"
# De Maashorst (b18-jaarplan)
MAASHORST = "Gemeente Maashorst"
AENM = "Waterschap Aa en Maas"
BW = "Brabant Water"
NM = "Vereniging Natuurmonumenten"
SBB = "Staatsbosbeheer"
# Nieuwkoop en Kaag en Braassem (b18-actielijst)
NIEUWKOOP = "Gemeente Nieuwkoop"
KAGB = "Gemeente Kaag en Braassem"
PZH = "Provincie Zuid-Holland"
RIJNLAND = "Hoogheemraadschap van Rijnland"
LTON = "LTO Noord"
# Zuid-Limburgs Heuvelland (b18-kamerbrief)
IENW = "Ministerie van Infrastructuur en Waterstaat"
LVVN = "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"
WL = "Waterschap Limburg"
PL = "Provincie Limburg"
GULPENWITTEM = "Gemeente Gulpen-Wittem"
VAALS = "Gemeente Vaals"
EIJSDENMARGRATEN = "Gemeente Eijsden-Margraten"
DELTARES = "Deltares"


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


LEGENDA = {
    "document": "b18-legenda",
    "file": "b18-legenda.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsprogramma Dijk en Water Bommelerwaard 2027-2030 (gemeenten Zaltbommel en Maasdriel, "
    "Waterschap Rivierenland, Provincie Gelderland, Rijkswaterstaat, Vitens, GGD Gelderland-Zuid); fpdf2 table(), "
    "two pages; a ruled table 'Nr. | Maatregel | Wie | Planning' whose Wie cell writes 'Provincie (t), WSRL, "
    "gemeenten': a role letter after a party ('(t)' trekker, '(o)' opdrachtgever, none = partner), the trekker not "
    "always first, and the GROUP word 'gemeenten' for Zaltbommel and Maasdriel; the LEGEND that explains the letters, "
    "the group word and the abbreviations stands on PAGE 2 ('Toelichting bij de tabel'); 'na BW-2' in a Planning cell",
    "actions": [
        same(
            "BW-1",
            "Dijkversterking Waaldijk tussen Zaltbommel en Gameren",
            [WSRL],
            [ZALTBOMMEL, MAASDRIEL],
            2027,
            2030,
        ),
        same(
            "BW-2",
            "Hittekaart en hitteplan voor de kernen van de Bommelerwaard",
            [MAASDRIEL],
            [ZALTBOMMEL, GGDGZ],
            2027,
            2027,
        ),
        same(
            "BW-3",
            "Zoetwaterbuffer in de uiterwaarden bij Hurwenen",
            [PG],
            [WSRL, ZALTBOMMEL, MAASDRIEL],
            2028,
            2029,
        ),
        same("BW-4", "Natuurvriendelijke oevers langs de Maas bij Alem", [RWS], [PG], None, 2029),
        same(
            "BW-5",
            "Afkoppelen van regenwater in Zaltbommel-Oost",
            [ZALTBOMMEL],
            [WSRL],
            2028,
            None,
            deps=[("starts_after", "BW-2")],
        ),
        same(
            "BW-6",
            "Beschermingsplan voor het drinkwater van pompstation Zaltbommel",
            [VITENS],
            [ZALTBOMMEL],
            2028,
            2028,
            commissioners=[PG],
        ),
    ],
    "not_commitments": [
        "In januari 2026 stonden de uiterwaarden bij Hurwenen en Rossum wekenlang onder water.",
        "De tabel wordt toegelicht op pagina 2.",
        "Het Rijk draagt via het Hoogwaterbeschermingsprogramma bij aan maatregel BW-1.",
    ],
}

RAADSINFORMATIEBRIEF = {
    "document": "b18-raadsinformatiebrief",
    "file": "b18-raadsinformatiebrief.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college of B&W of Kampen to the gemeenteraad, Hoogwater en "
    "klimaatadaptatie Kampen (IJsseldelta), dated 23 November 2026; HTML written by build.py → soffice; three "
    "commitments in running 'wij'-prose under 'Wat gaan wij doen?' AND a ruled table of agreed next steps "
    "'Stap | Wie | Gereed' under 'Wat hebben wij met de partners afgesproken?', whose first row is done "
    "('afgerond september 2026') and whose Wie cells say 'wij', 'wij, Veiligheidsregio', 'WDODelta' (defined "
    "under the table and in the text); 'De provincie laat WDODelta ... verhogen; wij werken daaraan mee'; a plan "
    "of Rijkswaterstaat that the letter only reports",
    "letter_date": "2026-11-23",
    "actions": [
        act(
            "",
            "stellen vóór 1 juli 2027 een hitteplan voor Kampen, IJsselmuiden en Brunnepe op, samen met de GGD "
            "IJsselland",
            "Hitteplan voor Kampen, IJsselmuiden en Brunnepe",
            [KAMPEN],
            [GGDIJ],
            None,
            2027,
        ),
        act(
            "",
            "leggen wij in 2027 en 2028 een waterberging aan in de wijk Onderdijks",
            "Waterberging in de wijk Onderdijks",
            [KAMPEN],
            [WDOD],
            2027,
            2028,
        ),
        act(
            "",
            "laat WDODelta vanaf 2027 de kaden langs het Ganzendiep verhogen",
            "Verhogen van de kaden langs het Ganzendiep",
            [WDOD],
            [KAMPEN],
            2027,
            None,
            commissioners=[PO],
        ),
        same("", "Evacuatieplan hoogwater voor Kampen-Noord", [KAMPEN], [VRIJ], None, 2027),
        same(
            "",
            "Informatieavond over de kaden langs het Ganzendiep voor bewoners van Brunnepe",
            [WDOD],
            [],
            None,
            2027,
        ),
        same(
            "",
            "Voorstel aan de raad over het krediet voor de waterberging in Onderdijks",
            [KAMPEN],
            [],
            None,
            2026,
        ),
    ],
    "not_commitments": [
        "In februari 2026 stond de IJssel bij Kampen hoger dan in de twintig jaren daarvoor.",
        "Stresstest wateroverlast en hitte Kampen",
        "Wij houden u over de voortgang op de hoogte.",
    ],
    "reported_plans": [
        "Rijkswaterstaat werkt aan de verdieping van het Reevediep, die naar verwachting in 2029 klaar is.",
    ],
}

SAMENWERKINGSAGENDA = {
    "document": "b18-samenwerkingsagenda",
    "file": "b18-samenwerkingsagenda.md",
    "type": "label-blocks",
    "producer": "Regionale Samenwerkingsagenda Water en Landschap Brabantse Wal 2027-2030 (gemeenten Tholen, "
    "Steenbergen en Woensdrecht, Waterschap Brabantse Delta, Waterschap Scheldestromen, provincies Noord-Brabant "
    "en Zeeland, Brabants Landschap); Markdown, written by build.py, one line per paragraph; numbered actions "
    "INSIDE paragraphs ('**Actie 3.1** ...') whose trekker, partners, opdrachtgever and planning stand in a "
    "sentence after the description ('Brabantse Delta trekt deze actie, samen met ...; de uitvoering valt in 2027 "
    "en 2028'); the group 'de Walgemeenten' defined in the introduction; ONE PARAGRAPH WITH TWO ACTIONS (4.1 and "
    "4.2); 'Actie 3.3 is vervallen'; 'Na afronding van actie 3.2'",
    "actions": [
        act(
            "3.1",
            "Op de flank van de Brabantse Wal wordt het regenwater langer vastgehouden door stuwen en greppels in "
            "de beekdalen van de Zoom en de Molenbeek",
            "Regenwater vasthouden in de beekdalen van de Zoom en de Molenbeek",
            [WBD],
            [WOENSDRECHT, BL],
            2027,
            2028,
        ),
        act(
            "3.2",
            "De zoetwatervoorziening van de akkerbouw op Sint Philipsland en Tholen wordt verbeterd met een nieuwe "
            "aanvoerleiding vanuit het Volkerak-Zoommeer",
            "Aanvoerleiding zoet water vanuit het Volkerak-Zoommeer voor Sint Philipsland en Tholen",
            [SCHELDESTROMEN],
            [THOLEN],
            2028,
            None,
            commissioners=[PZ],
        ),
        act(
            "4.1",
            "De Walgemeenten stellen samen een hitte- en droogteplan voor de kernen op",
            "Hitte- en droogteplan voor de kernen",
            [STEENBERGEN],
            [THOLEN, WOENSDRECHT],
            None,
            2027,
        ),
        act(
            "4.2",
            "onderzoekt de provincie Zeeland met Scheldestromen of er ook zoet water naar de kassen bij Tholen kan",
            "Onderzoek naar zoet water voor de kassen bij Tholen",
            [PZ],
            [SCHELDESTROMEN],
            2029,
            2029,
            deps=[("starts_after", "3.2")],
        ),
        act(
            "4.3",
            "Brabants Landschap herstelt de heide en de vennen op de Wouwse Plantage",
            "Herstel van heide en vennen op de Wouwse Plantage",
            [BL],
            [],
            2027,
            2030,
            commissioners=[PNB],
        ),
        act(
            "4.4",
            "legt een klimaatbestendige fietsroute over de Wal aan tussen Hoogerheide en Ossendrecht",
            "Klimaatbestendige fietsroute over de Wal tussen Hoogerheide en Ossendrecht",
            [WOENSDRECHT],
            [WBD],
            2028,
            None,
        ),
    ],
    "not_commitments": [
        "In de droge zomer van 2025 vielen op de Brabantse Wal meerdere vennen droog.",
        "In 2026 heeft Brabantse Delta de stuwen in de Zoom vernieuwd.",
        "is vervallen; het werk is opgenomen in actie 3.1.",
        "De Walgemeenten, de waterschappen en de provincies komen twee keer per jaar bijeen.",
        "Deze agenda wordt in 2030 geëvalueerd.",
    ],
}

JAARPLAN = {
    "document": "b18-jaarplan",
    "file": "b18-jaarplan.pdf",
    "type": "unruled-pdf",
    "producer": "Jaarplan 2027 Programma Water en Natuur De Maashorst (gemeente Maashorst, Waterschap Aa en Maas, "
    "Provincie Noord-Brabant, Brabant Water, Natuurmonumenten, Staatsbosbeheer); fpdf2, no rules; whitespace "
    "columns 'Nr. | Activiteit | Eigenaar | Bijdrage van | Kwartaal' under bold programme lines; the Kwartaal "
    "cells hold QUARTERS WITHOUT A YEAR ('Q2-Q3', 'Q3', 'hele jaar', 'Q1 → 2028'): the year 2027 stands only in "
    "the title and the reading guide says the quarters are of 'dit jaar' and '→ 2028' runs on into 2028; "
    "abbreviations 'AenM', 'BW', 'NM', 'SBB', 'prov.', 'gem.' by the legend under the table",
    "actions": [
        same("J1", "Dempen van sloten in de Herperduin bij Schaijk", [AENM], [NM, SBB], 2027, 2027),
        same("J2", "Regenwater vasthouden op bedrijventerrein Uden-Noord", [MAASHORST], [AENM], 2027, 2028),
        same("J3", "Grondwatermeetnet rond de winning bij Uden", [BW], [AENM, PNB], 2027, 2027),
        same(
            "J4",
            "Verkenning van een beschermingszone rond de winning bij Schaijk",
            [PNB],
            [BW, MAASHORST],
            2027,
            2027,
        ),
        same("J5", "Herstel van heide en vennen op de Slabroekse Heide", [SBB], [NM], 2027, 2027),
        same("J6", "Bezoekerscentrum Slabroek klimaatbestendig maken", [NM], [MAASHORST], 2027, 2028),
    ],
    "not_commitments": [
        "In 2026 is de inventarisatie van de vennen in het natuurgebied afgerond.",
        "De volgende voortgangsrapportage verschijnt in september 2027.",
    ],
}

ACTIELIJST = {
    "document": "b18-actielijst",
    "file": "b18-actielijst.pdf",
    "type": "libreoffice-pdf",
    "producer": "Actielijst Bestuurlijk Overleg Veenweide Nieuwkoop en Kaag en Braassem, 18 November 2026 "
    "(gemeenten Nieuwkoop en Kaag en Braassem, Provincie Zuid-Holland, Hoogheemraadschap van Rijnland); HTML "
    "written by build.py → soffice; a ruled action table 'Nr. | Actiepunt | Actiehouder | Deadline | Status' whose "
    "Actiehouder names a FUNCTION ('wethouder Nieuwkoop', 'de gedeputeerde', 'de dijkgraaf'), resolved to an "
    "organisation only by the 'Aanwezig' line; numbers by meeting ('2026-09/4' carried over, '2026-11/1' new); "
    "partners only as 'i.s.m. ...' or 'samen met ...' in the Actiepunt; one row 'laten maken door het "
    "hoogheemraadschap'; a row with status 'afgedaan'",
    "actions": [
        act(
            "2026-11/1",
            "Plan van aanpak voor de veenweidepilot in de polder Zevenhoven opstellen",
            "Plan van aanpak voor de veenweidepilot in de polder Zevenhoven",
            [NIEUWKOOP],
            [LTON],
            None,
            2027,
        ),
        same(
            "2026-11/2",
            "Uitwerken van de subsidieregeling voor onderwaterdrainage voor de beide gemeenten",
            [PZH],
            [],
            None,
            2027,
        ),
        act(
            "2026-11/3",
            "Kaart met de bodemdaling in Kaag en Braassem laten maken door het hoogheemraadschap",
            "Kaart met de bodemdaling in Kaag en Braassem",
            [RIJNLAND],
            [],
            None,
            2027,
            commissioners=[KAGB],
        ),
        act(
            "2026-09/4",
            "Herstel van de kaden langs de Wijde Aa",
            "Herstel van de kaden langs de Wijde Aa",
            [RIJNLAND],
            [SBB],
            2027,
            2028,
        ),
        act(
            "2026-11/4",
            "Voorstel voor een gezamenlijk gebiedsfonds veenweide",
            "Voorstel voor een gezamenlijk gebiedsfonds veenweide",
            [PZH],
            [NIEUWKOOP, KAGB],
            2027,
            None,
        ),
        same("2026-11/5", "Verkenning van natte teelten in de polder Nieuwkoop", [NIEUWKOOP], [], None, 2027),
    ],
    "not_commitments": [
        "Notitie over de peilstrategie voor de Nieuwkoopse Plassen",
        "Het verslag van 23 september 2026 is ongewijzigd vastgesteld.",
        "Het volgende overleg is op 10 februari 2027 in Roelofarendsveen.",
    ],
}

KAMERBRIEF = {
    "document": "b18-kamerbrief",
    "file": "b18-kamerbrief.txt",
    "type": "letter",
    "producer": "Kamerbrief of the Minister van Infrastructuur en Waterstaat to the Tweede Kamer, Wateroverlast en "
    "hoogwater in het Zuid-Limburgse Heuvelland, dated 26 November 2026; plain text, written by build.py; the "
    "commitments stand in 'ik'-prose under 'Wat ga ik doen?' AND again, shortened, as items 1-4 of a closing "
    "'Overzicht van toezeggingen' (the same actions, not new ones); item 5 stands ONLY in the overview; item 6 "
    "declares an old toezegging done; a contribution under 'Bijdrage'; a plan of the provincie under 'Wat doen "
    "anderen?'",
    "letter_date": "2026-11-26",
    "actions": [
        act(
            "",
            "laat ik Deltares in 2027 en 2028 onderzoeken hoe het regenwater op de hellingen van het Heuvelland "
            "langer kan worden vastgehouden",
            "Onderzoek naar het vasthouden van regenwater op de hellingen van het Heuvelland",
            [DELTARES],
            [],
            2027,
            2028,
            commissioners=[IENW, WL, PL],
        ),
        act(
            "",
            "Ik start in 2027 met Waterschap Limburg en de gemeenten Gulpen-Wittem, Vaals en Eijsden-Margraten een "
            "proef met kleine regenwaterbuffers in de droogdalen",
            "Proef met kleine regenwaterbuffers in de droogdalen",
            [IENW],
            [WL, GULPENWITTEM, VAALS, EIJSDENMARGRATEN],
            2027,
            None,
        ),
        act(
            "",
            "werk ik in 2027 en 2028 aan een regeling voor boeren die hun akkers op de hellingen omzetten in "
            "grasland",
            "Regeling voor omzetting van akkers op hellingen in grasland",
            [IENW],
            [LVVN],
            2027,
            2028,
        ),
        act(
            "",
            "Uiterlijk eind 2028 neem ik een besluit over de voorkeursstrategie voor de Geul en de Gulp",
            "Besluit over de voorkeursstrategie voor de Geul en de Gulp",
            [IENW],
            [],
            None,
            2028,
        ),
        act(
            "",
            "Ik stuur uw Kamer vóór 1 juli 2027 de evaluatie van de hoogwaterwaarschuwingen van mei 2026",
            "Evaluatie van de hoogwaterwaarschuwingen van mei 2026 naar de Kamer",
            [IENW],
            [],
            None,
            2027,
        ),
        act(
            "",
            "Ik informeer uw Kamer jaarlijks over de voortgang van de aanpak in het Heuvelland, voor het eerst in "
            "het voorjaar van 2027",
            "Jaarlijkse voortgangsinformatie aan de Kamer over de aanpak in het Heuvelland",
            [IENW],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "In juli 2021 en opnieuw in mei 2026 trad de Geul buiten haar oevers",
        "Waterschap Limburg heeft sindsdien de noodmaatregelen langs de Gulp afgerond.",
        "Vanaf 2027 draag ik jaarlijks € 4 miljoen bij aan de regeling Wateroverlast Heuvelland van de provincie "
        "Limburg.",
        "De toezegging uit het commissiedebat Water van 12 maart 2026 om uw Kamer over de aanpak te informeren, "
        "beschouw ik met deze brief als afgedaan.",
    ],
    "reported_plans": [
        "De provincie Limburg werkt aan een nieuw omgevingsprogramma voor het Heuvelland, dat naar verwachting in "
        "2028 wordt vastgesteld.",
    ],
}

DOCS = [LEGENDA, RAADSINFORMATIEBRIEF, SAMENWERKINGSAGENDA, JAARPLAN, ACTIELIJST, KAMERBRIEF]


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
