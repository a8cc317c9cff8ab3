"""Hand-written gold for the five blind28 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind28/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Zuid-Kennemerland
HAARLEM = "Gemeente Haarlem"
ZANDVOORT = "Gemeente Zandvoort"
BLOEMENDAAL = "Gemeente Bloemendaal"
HEEMSTEDE = "Gemeente Heemstede"
PNH = "Provincie Noord-Holland"
RIJNLAND = "Hoogheemraadschap van Rijnland"
# Hart van Brabant
DONGEN = "Gemeente Dongen"
GILZE = "Gemeente Gilze en Rijen"
HILVARENBEEK = "Gemeente Hilvarenbeek"
PNB = "Provincie Noord-Brabant"
WBD = "Waterschap Brabantse Delta"
DOMMEL = "Waterschap De Dommel"
# Noordoost-Friesland
NOARDEAST = "Gemeente Noardeast-Fryslân"
DANTUMADIEL = "Gemeente Dantumadiel"
ACHTKARSPELEN = "Gemeente Achtkarspelen"
TYTSJERK = "Gemeente Tytsjerksteradiel"
PF = "Provincie Fryslân"
WF = "Wetterskip Fryslân"
# Peel
ASTEN = "Gemeente Asten"
SOMEREN = "Gemeente Someren"
HELMOND = "Gemeente Helmond"
AENM = "Waterschap Aa en Maas"
# Alblasserwaard
ALBLASSERDAM = "Gemeente Alblasserdam"
MOLENLANDEN = "Gemeente Molenlanden"
WSRL = "Waterschap Rivierenland"
PZH = "Provincie Zuid-Holland"


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


ALLE_PARTNER = {
    "document": "b28-alle-partner",
    "file": "b28-alle-partner.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsprogramma Klimaat en Kust Zuid-Kennemerland 2027-2030 (Gemeente Haarlem, Gemeente "
    "Zandvoort, Gemeente Bloemendaal, Gemeente Heemstede, Hoogheemraadschap van Rijnland, Provincie Noord-Holland); "
    "HTML written by build.py → soffice; a ruled table 'Nr. | Maatregel | Trekker | Partners | Periode' whose "
    "Partners column leaves out ONE BLANKET PARTNER: the reading guide above the table says the provincie "
    "Noord-Holland is partner of every maatregel (and only trekker where she leads)",
    "actions": [
        same("ZK1", "Vergroening van schoolpleinen in Haarlem-Schalkwijk", [HAARLEM], [RIJNLAND, PNH], 2027, 2028),
        same("ZK2", "Hemelwaterberging onder het Louis Davidsplein in Zandvoort", [ZANDVOORT], [RIJNLAND, PNH],
             2028, None),
        same("ZK3", "Duinwaterbuffer voor de landgoederen in Bloemendaal", [RIJNLAND], [BLOEMENDAAL, PNH], 2027,
             2030),
        same("ZK4", "Fietsroute langs de Leidsevaart van Heemstede naar Haarlem", [PNH], [HEEMSTEDE, HAARLEM], 2028,
             2029),
        same("ZK5", "Hittebestendige wijkcentra in Heemstede", [HEEMSTEDE], [PNH], None, 2028),
    ],
    "not_commitments": [
        "In 2026 is de regionale klimaatstresstest voor Zuid-Kennemerland afgerond.",
        "De verbreding van de A9 is een project van het Rijk en staat niet in deze tabel.",
        "Vastgesteld in het Portefeuillehoudersoverleg Zuid-Kennemerland op 18 november 2026.",
    ],
}

PROJECTKAARTEN = {
    "document": "b28-projectkaarten",
    "file": "b28-projectkaarten.pdf",
    "type": "label-blocks",
    "producer": "Projectkaarten Klimaatadaptatie Hart van Brabant 2027-2030 (Gemeente Dongen, Gemeente Gilze en "
    "Rijen, Gemeente Hilvarenbeek, Provincie Noord-Brabant, Waterschap Brabantse Delta, Waterschap De Dommel); "
    "fpdf2; PROJECT CARDS 'Projectkaart HB1 - Titel' whose roles are those of project management: Opdrachtgever → "
    "commissioner, Opdrachtnemer → trekker, Projectgroep → partner, Klankbordgroep → involved (the reading guide)",
    "actions": [
        same("HB1", "Beekherstel van de Donge bij Dongen", [WBD], [PNB], 2027, 2029, commissioners=[DONGEN]),
        same("HB2", "Droogtemaatregelen voor de landbouw rond Gilze", [GILZE], [WBD], 2028, 2028,
             commissioners=[PNB]),
        same("HB3", "Klimaatadaptieve herinrichting van de Vrijthof in Hilvarenbeek", [HILVARENBEEK], [DOMMEL],
             2027, None, commissioners=[PNB]),
        same("HB4", "Regionale kaart van wateroverlast in stedelijk gebied", [DOMMEL], [WBD], None, 2027,
             involved=[PNB], commissioners=[DONGEN, GILZE, HILVARENBEEK]),
        same("HB5", "Grondwatermeetnet voor de natuurgebieden van Hilvarenbeek", [DOMMEL], [HILVARENBEEK], 2027,
             2030, involved=[DONGEN], commissioners=[PNB]),
    ],
    "not_commitments": [
        "In 2026 is de Regionale Adaptatiestrategie Hart van Brabant vastgesteld.",
        "Projecten die al in uitvoering zijn, zoals de vispassage bij de Dongense molen, staan niet op deze "
        "kaarten.",
    ],
}

FRYSKE_LABELS = {
    "document": "b28-fryske-labels",
    "file": "b28-fryske-labels.md",
    "type": "label-blocks",
    "producer": "Wurkaginda Wetter en Klimaat Noardeast-Fryslân 2027-2030 (Gemeente Noardeast-Fryslân, Gemeente "
    "Dantumadiel, Gemeente Achtkarspelen, Gemeente Tytsjerksteradiel, Wetterskip Fryslân, Provincie Fryslân); "
    "Markdown written by build.py; '### N. Titel' with bullets under FRISIAN LABELS ('Lûker' = trekker, 'Mei' = "
    "partners, 'Belutsen' = betrokken, 'Perioade') and Frisian period words ('fan 2028 ôf', 'úterlik 2028'); "
    "'provinsje Fryslân' for the province; a Dutch reading guide gives the meanings",
    "actions": [
        same("1", "Klimaatbestendige herinrichting van het centrum van Dokkum", [NOARDEAST], [WF], 2027, 2029),
        same("2", "Waterberging in het veenweidegebied bij Feanwâlden", [WF], [TYTSJERK], 2028, None, involved=[PF]),
        same("3", "Hittekaart voor de dorpen van Dantumadiel", [DANTUMADIEL], [], 2027, 2027),
        same("4", "Herstel van de elzensingels in de Wâlden", [PF], [ACHTKARSPELEN, TYTSJERK], 2028, 2030,
             involved=[WF]),
        same("5", "Afkoppelen van hemelwater in Buitenpost", [ACHTKARSPELEN], [WF], None, 2028),
    ],
    "not_commitments": [
        "Het nieuwe gemaal bij Dokkum is in 2026 in gebruik genomen en staat daarom niet in deze agenda.",
    ],
}

MAANDEN = {
    "document": "b28-maanden",
    "file": "b28-maanden.txt",
    "type": "text-table",
    "producer": "Uitvoeringsagenda Water en Droogte Peel 2027-2030 (Gemeente Asten, Gemeente Someren, Gemeente "
    "Helmond, Waterschap Aa en Maas, Provincie Noord-Brabant); plain text written by build.py, a whitespace table "
    "'Nr | Actie | Trekker | Partners | Planning' whose Planning is written in MONTH RANGES ('sep 2027 - mrt 2029', "
    "'jan - jun 2028', 'vanaf okt 2027', 'uiterlijk dec 2028')",
    "actions": [
        same("P1", "Afkoppelen van het centrum van Asten", [ASTEN], [AENM], 2027, 2029),
        same("P2", "Herstel van het beekdal van de Astense Aa", [AENM], [ASTEN, SOMEREN], 2027, None),
        same("P3", "Hittescan van de wijken van Helmond-Noord", [HELMOND], [], 2028, 2028),
        same("P4", "Droogteproef voor de landbouw langs de Peelrand", [PNB], [AENM, SOMEREN], 2027, 2028),
        same("P5", "Groene daken in het centrum van Helmond", [HELMOND], [PNB], None, 2028),
        same("P6", "Regenwaterbuffers op bedrijventerrein Sluisstraat", [SOMEREN], [AENM], 2027, 2030),
    ],
    "not_commitments": [
        "In 2026 hebben de drie gemeenten de droogtekaart voor De Peel vastgesteld.",
        "De aanleg van de N279 is een project van de provincie en staat niet in deze agenda.",
        "Vastgesteld in het Bestuurlijk Overleg Peel, 17 november 2026.",
    ],
}

KERNZINNEN = {
    "document": "b28-kernzinnen",
    "file": "b28-kernzinnen.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college van burgemeester en wethouders of Alblasserdam to the "
    "gemeenteraad, Water en hitte in Alblasserdam, dated 24 November 2026 (Waterschap Rivierenland, Gemeente "
    "Molenlanden, Provincie Zuid-Holland); HTML written by build.py → soffice; each paragraph OPENS WITH A BOLD "
    "LEAD SENTENCE that is the commitment (the letter says so), followed by explanation in normal type holding the "
    "look-alikes: past work, a wish, a reported plan of the province, and a council question in the introduction",
    "letter_date": "2026-11-24",
    "actions": [
        act("", "Wij leggen in 2027 en 2028 samen met Waterschap Rivierenland een gescheiden rioolstelsel aan in de "
            "wijk Kortland", "Gescheiden rioolstelsel in de wijk Kortland", [ALBLASSERDAM], [WSRL], 2027, 2028),
        act("", "Vanaf 2028 vergroenen wij elk jaar twee schoolpleinen", "Vergroening van schoolpleinen",
            [ALBLASSERDAM], [], 2028, None),
        act("", "Uiterlijk eind 2027 stellen wij met de gemeente Molenlanden een gezamenlijk hitteplan voor de "
            "Alblasserwaard op", "Gezamenlijk hitteplan Alblasserwaard", [ALBLASSERDAM], [MOLENLANDEN], None, 2027),
        act("", "In 2027 laten wij door Waterschap Rivierenland een stresstest voor de Alblasserdamse polders "
            "uitvoeren", "Stresstest Alblasserdamse polders", [WSRL], [], 2027, 2027,
            commissioners=[ALBLASSERDAM]),
        act("", "Samen met de provincie Zuid-Holland starten wij in 2028 een proef met drijvend groen in de haven",
            "Proef met drijvend groen in de haven", [ALBLASSERDAM], [PZH], 2028, None),
    ],
    "not_commitments": [
        "kunnen onze wijken een zware zomerbui opvangen?",
        "Waterschap Rivierenland heeft in 2026 de capaciteit van het gemaal aan de Noord vergroot.",
        "Wij hopen dat ook de woningcorporaties hun binnentuinen gaan vergroenen.",
        "De vorige stresstest dateert uit 2019.",
        "Wij zouden ook de dijk langs de Noord graag groener maken, maar daarvoor is nu geen geld.",
    ],
    "reported_plans": [
        "De provincie Zuid-Holland werkt aan een fietsroute langs de Noord, die naar verwachting in 2029 klaar is.",
    ],
}

DOCS = [ALLE_PARTNER, PROJECTKAARTEN, FRYSKE_LABELS, MAANDEN, KERNZINNEN]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
