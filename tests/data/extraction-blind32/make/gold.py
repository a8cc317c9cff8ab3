"""Hand-written gold for the five blind32 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind32/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Almere and Zeewolde (Flevoland)
ALMERE = "Gemeente Almere"
ZEEWOLDE = "Gemeente Zeewolde"
WZZL = "Waterschap Zuiderzeeland"
PFL = "Provincie Flevoland"
SBB = "Staatsbosbeheer"
# Vlieland and Schiermonnikoog (Wadden)
VLIELAND = "Gemeente Vlieland"
SCHIER = "Gemeente Schiermonnikoog"
WF = "Wetterskip Fryslân"
PFR = "Provincie Fryslân"
VITENS = "Vitens"
NM = "Vereniging Natuurmonumenten"
# Nijkerk (Gelderse Vallei, Arkemheen)
NIJKERK = "Gemeente Nijkerk"
WVV = "Waterschap Vallei en Veluwe"
PGE = "Provincie Gelderland"
# Boxtel
BOXTEL = "Gemeente Boxtel"
DOMMEL = "Waterschap De Dommel"
PNB = "Provincie Noord-Brabant"
# IJmond
VELSEN = "Gemeente Velsen"
BEVERWIJK = "Gemeente Beverwijk"
HEEMSKERK = "Gemeente Heemskerk"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
PNH = "Provincie Noord-Holland"


def act(code, anchor, title, lead, partners=(), start=None, end=None, *, involved=(), commissioners=(),
        support=(), ambiguous=False, deps=()):
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


PERSBERICHT = {
    "document": "b32-persbericht",
    "file": "b32-persbericht.txt",
    "type": "letter",
    "producer": "Persbericht of the Gemeente Almere, Almere en Zeewolde maken samen met Zuiderzeeland de polder "
    "klaar voor hitte en hoosbuien, dated 25 November 2026 (Gemeente Almere, Gemeente Zeewolde, Waterschap "
    "Zuiderzeeland, Provincie Flevoland, Staatsbosbeheer; Rijkswaterstaat only in an expectation); plain text "
    "written by build.py; the commitments stand in DIRECT QUOTES of bestuurders, the speaker (a function and "
    "organisation) named only AFTER the first part of the quote ('..., zegt de wethouder Klimaat van de gemeente "
    "Almere. \"...\"'); 'wij' in a quote is the speaker's organisation, not the sender",
    "letter_date": "2026-11-25",
    "actions": [
        act("", "Vanaf 2027 leggen wij in Almere Haven elk jaar twintig groene daken op gemeentelijke gebouwen aan",
            "Groene daken op gemeentelijke gebouwen in Almere Haven", [ALMERE], [], 2027, None),
        act("", "In 2028 leggen wij samen met Waterschap Zuiderzeeland een waterberging aan in het Lumièrepark",
            "Waterberging in het Lumièrepark", [ALMERE], [WZZL], 2028, 2028),
        act("", "In 2027 en 2028 verhogen wij samen met Staatsbosbeheer het waterpeil in het Horsterwold",
            "Hoger waterpeil in het Horsterwold", [WZZL], [SBB], 2027, 2028),
        act("", "Wij openen uiterlijk 2028 een loket voor regentonnen en groene tuinen voor alle inwoners van "
            "Zeewolde", "Loket voor regentonnen en groene tuinen in Zeewolde", [ZEEWOLDE], [], None, 2028),
        act("", "In 2029 maken wij samen met de gemeenten Almere en Zeewolde de fietsroute langs de Hoge Vaart "
            "klimaatbestendig", "Klimaatbestendige fietsroute langs de Hoge Vaart", [PFL], [ALMERE, ZEEWOLDE],
            2029, 2029),
    ],
    "not_commitments": [
        "De gemeente Almere, de gemeente Zeewolde, Waterschap Zuiderzeeland en de provincie Flevoland hebben op 24 "
        "november 2026 het Klimaatpact Almere-Zeewolde ondertekend.",
        "Staatsbosbeheer sloot aan als partner voor het Horsterwold.",
        "In 2026 hebben wij met de hittekaart gezien waar de stad het warmst wordt",
        "Zo houden we het water langer vast in droge zomers",
        "Ik hoop dat ook de bedrijven op bedrijventerrein Trekkersveld hun daken vergroenen",
        "Als de provincie Flevoland daarvoor subsidie geeft, breidt Zeewolde het loket later uit naar bedrijven.",
        "Noot voor de redactie: voor vragen over dit persbericht kunt u contact opnemen met de afdeling "
        "Communicatie van de gemeente Almere.",
    ],
    "reported_plans": [
        "De provincie verwacht dat Rijkswaterstaat in 2028 de oevers van het Wolderwijd bij Zeewolde versterkt.",
    ],
}

VERSLAG = {
    "document": "b32-verslag",
    "file": "b32-verslag.pdf",
    "type": "agenda",
    "producer": "Verslag Bestuurlijk Overleg Zoet Water Vlieland en Schiermonnikoog, 20 November 2026 (Gemeente "
    "Vlieland, Gemeente Schiermonnikoog, Wetterskip Fryslân, Provincie Fryslân, Vitens, Vereniging "
    "Natuurmonumenten, Staatsbosbeheer; Rijkswaterstaat only in a question); fpdf2; the agreements are a NUMBERED "
    "LIST OF DAT-CLAUSES after 'Wij spreken af dat:' (verb last, each clause naming its own doer), among "
    "discussion sentences that are no agreements (past, a question, a province that 'overweegt')",
    "actions": [
        act("", "Wetterskip Fryslân in 2027 en 2028 met Vitens een meetnet voor de zoetwaterlens op Vlieland "
            "aanlegt", "Meetnet voor de zoetwaterlens op Vlieland", [WF], [VITENS], 2027, 2028),
        act("", "de gemeente Schiermonnikoog uiterlijk 2028 samen met Vereniging Natuurmonumenten een plan voor "
            "regenwateropvang bij de boerderijen in de polder opstelt",
            "Plan voor regenwateropvang bij de boerderijen in de polder van Schiermonnikoog", [SCHIER], [NM],
            None, 2028),
        act("", "de provincie Fryslân vanaf 2027 de monitoring van de kwelders bij de Oosterkwelder op zich neemt",
            "Monitoring van de kwelders bij de Oosterkwelder", [PFR], [], 2027, None),
        act("", "Staatsbosbeheer in 2029 met de gemeente Vlieland de natte duinvalleien bij de Kroon's Polders "
            "herstelt", "Herstel van de natte duinvalleien bij de Kroon's Polders", [SBB], [VLIELAND], 2029, 2029),
        act("", "de gemeente Vlieland in 2027 met Vitens een campagne voor waterbesparing bij campings en hotels "
            "voert", "Campagne voor waterbesparing bij campings en hotels op Vlieland", [VLIELAND], [VITENS],
            2027, 2027),
    ],
    "not_commitments": [
        "Het verslag van het overleg van 12 juni 2026 wordt ongewijzigd vastgesteld.",
        "Vitens licht toe dat de zoetwaterlens onder Vlieland in de droge zomer van 2026 sterk is gedaald.",
        "De gemeente Schiermonnikoog vraagt of Rijkswaterstaat de veerdam bij de haven kan ophogen.",
        "De provincie overweegt in 2028 een extra bijdrage te geven, maar besluit daarover pas na de "
        "Statenverkiezingen.",
        "Het actiepunt uit het vorige overleg, de notitie over de drinkwaterprijs op de eilanden, is afgerond.",
        "Het volgende overleg is op 4 juni 2027 op Schiermonnikoog.",
    ],
}

RAADSINFORMATIEBRIEF = {
    "document": "b32-raadsinformatiebrief",
    "file": "b32-raadsinformatiebrief.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college of B&W of Nijkerk to the gemeenteraad, water en natuur in "
    "Arkemheen en Nijkerk, dated 26 November 2026 (Gemeente Nijkerk, Waterschap Vallei en Veluwe, Vereniging "
    "Natuurmonumenten, Provincie Gelderland, Vitens; Rijkswaterstaat only in an expectation); HTML written by "
    "build.py → soffice; the doer is INTRODUCED in one sentence ('Vitens levert het drinkwater in Nijkerk.') and "
    "the commitment in the NEXT sentence refers to it as 'Deze partij', 'Zij' or 'Deze organisatie'; 'ons' is the "
    "gemeente",
    "letter_date": "2026-11-26",
    "actions": [
        act("", "Deze partij verbetert in 2028 de vispassage bij het gemaal Hertog Reijnout",
            "Verbetering van de vispassage bij het gemaal Hertog Reijnout", [WVV], [], 2028, 2028),
        act("", "Zij richt in 2027 en 2028 samen met ons drie plasdrassen voor weidevogels in",
            "Drie plasdrassen voor weidevogels in polder Arkemheen", [NM], [NIJKERK], 2027, 2028),
        act("", "Zij stelt uiterlijk 2028 met ons en het waterschap een beheerplan op voor de oevers van het "
            "Nijkerkernauw", "Beheerplan voor de oevers van het Nijkerkernauw", [PGE], [NIJKERK, WVV], None, 2028),
        act("", "Deze organisatie plaatst in 2029 samen met ons tien openbare watertappunten in het centrum",
            "Tien openbare watertappunten in het centrum van Nijkerk", [VITENS], [NIJKERK], 2029, 2029),
        act("", "Wij leggen in 2027 en 2028 wadi's aan in de wijk Corlaer", "Wadi's in de wijk Corlaer", [NIJKERK],
            [], 2027, 2028),
    ],
    "not_commitments": [
        "Met deze brief informeren wij u over de plannen voor water en natuur in polder Arkemheen en in Nijkerk "
        "zelf.",
        "Tijdens de commissie van 8 oktober 2026 vroeg uw raad wie welke maatregel uitvoert.",
        "In 2026 heeft het waterschap de kades langs de Arkervaart al geïnspecteerd.",
        "Wij hopen dat ook agrarische ondernemers in de polder plasdrassen aanleggen.",
        "Als uw raad in 2027 extra middelen beschikbaar stelt, kunnen wij ook de wijk Paasbos aanpakken.",
    ],
    "reported_plans": [
        "Zij verwacht in 2028 een besluit te nemen over het zomerpeil van de randmeren.",
    ],
}

TWEEZINNEN = {
    "document": "b32-tweezinnen",
    "file": "b32-tweezinnen.md",
    "type": "label-blocks",
    "producer": "Programma Water en Groen Boxtel 2027-2030, Gemeente Boxtel, vastgesteld 24 November 2026 "
    "(Gemeente Boxtel, Waterschap De Dommel, Provincie Noord-Brabant, Vereniging Natuurmonumenten); Markdown "
    "written by build.py, one paragraph per theme under 'Wat gaan we doen?'; each commitment is SPLIT OVER TWO "
    "SENTENCES: the first says what is done, the second adds the partner ('Dit doen we samen met ...'), the "
    "period ('Daarmee beginnen we in 2028 en in 2030 is het klaar.') or the trekker ('Waterschap De Dommel is "
    "hierbij trekker, wij doen mee.'); 'we' is the gemeente",
    "actions": [
        act("", "In 2027 maken we het schoolplein van de basisschool in Lennisheuvel klimaatbestendig",
            "Klimaatbestendig schoolplein in Lennisheuvel", [BOXTEL], [DOMMEL], 2027, 2027),
        act("", "We vergroenen de Markt en de Rechterstraat in het centrum van Boxtel",
            "Vergroening van de Markt en de Rechterstraat", [BOXTEL], [], 2028, 2030),
        act("", "We stellen een plan op voor het vasthouden van water op de landgoederen rond Boxtel",
            "Plan voor het vasthouden van water op de landgoederen rond Boxtel", [BOXTEL], [PNB], None, 2028),
        act("", "In 2028 en 2029 worden de oevers van de Dommel bij Kasteel Stapelen natuurvriendelijk ingericht",
            "Natuurvriendelijke oevers van de Dommel bij Kasteel Stapelen", [DOMMEL], [BOXTEL], 2028, 2029),
        act("", "Vanaf 2027 helpen we inwoners van Liempde om regenwater af te koppelen",
            "Hulp bij het afkoppelen van regenwater in Liempde", [BOXTEL], [DOMMEL, NM], 2027, None),
    ],
    "not_commitments": [
        "In 2026 hebben we de stresstest voor Boxtel geactualiseerd.",
        "We willen dat Boxtel in 2035 klimaatbestendig is.",
        "De provincie Noord-Brabant werkt aan nieuwe regels voor het oppompen van grondwater, die naar verwachting "
        "in 2028 ingaan.",
        "Voor deze maatregelen is in de begroting 2027 1,2 miljoen euro gereserveerd.",
        "Als er een rijkssubsidie komt, vergroenen we ook het stationsplein.",
    ],
}

ALLEPARTNERS = {
    "document": "b32-allepartners",
    "file": "b32-allepartners.pdf",
    "type": "libreoffice-pdf",
    "producer": "Actieoverzicht Klimaatpact IJmond 2027-2030, 23 November 2026 (Gemeente Velsen, Gemeente "
    "Beverwijk, Gemeente Heemskerk, Hoogheemraadschap Hollands Noorderkwartier, Provincie Noord-Holland); HTML "
    "written by build.py → soffice; the Partners cells name groups WITH EXCLUSIONS ('alle partners behalve de "
    "provincie', 'alle gemeenten behalve Velsen', 'alle partners, met uitzondering van de gemeenten Velsen en "
    "Beverwijk'), the five pact partners listed in the introduction and the groups defined in a reading guide "
    "(the trekker is never its own partner)",
    "actions": [
        same("IJ1", "Groene schoolpleinen in Beverwijk", [BEVERWIJK], [VELSEN, HEEMSKERK, HHNK], 2027, 2028),
        same("IJ2", "Waterberging in de Broekpolder", [HHNK], [BEVERWIJK, HEEMSKERK], 2028, 2030),
        same("IJ3", "Hitteplan voor IJmuiden", [VELSEN], [], 2027, 2027),
        same("IJ4", "Afkoppelen van daken in Heemskerk-Zuid", [HEEMSKERK], [HHNK, PNH], 2028, None),
        same("IJ5", "Meetnet grondwater IJmond", [PNH], [VELSEN, BEVERWIJK, HEEMSKERK, HHNK], None, 2029),
        same("IJ6", "Klimaatbestendige inrichting van park Velserbeek", [VELSEN], [HHNK], 2029, 2030),
    ],
    "not_commitments": [
        "In 2026 ondertekenden de vijf partners het Klimaatpact IJmond.",
        "Het bestuurlijk overleg van het pact bespreekt de voortgang van de acties elk voorjaar.",
        "De partners willen later ook de gemeente Uitgeest bij het pact betrekken.",
    ],
}

DOCS = [PERSBERICHT, VERSLAG, RAADSINFORMATIEBRIEF, TWEEZINNEN, ALLEPARTNERS]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
