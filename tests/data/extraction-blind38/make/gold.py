"""Hand-written gold for the five blind38 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind38/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk and national bodies
KGG = "Ministerie van Klimaat en Groene Groei"
RWS = "Rijkswaterstaat"
PRORAIL = "ProRail"
TENNET = "TenneT"
ENEXIS = "Enexis Netbeheer"
# Echt-Susteren and Nederweert (Limburg)
ECHT_SUSTEREN = "Gemeente Echt-Susteren"
NEDERWEERT = "Gemeente Nederweert"
PLI = "Provincie Limburg"
WLI = "Waterschap Limburg"
# Eemland (Utrecht)
BAARN = "Gemeente Baarn"
EEMNES = "Gemeente Eemnes"
BUNSCHOTEN = "Gemeente Bunschoten"
PUT = "Provincie Utrecht"
WVV = "Waterschap Vallei en Veluwe"
# Hellendoorn and Rijssen-Holten (Overijssel)
RIJSSEN_HOLTEN = "Gemeente Rijssen-Holten"
POV = "Provincie Overijssel"
# Ameland (Fryslân)
AMELAND = "Gemeente Ameland"
NOARDEAST = "Gemeente Noardeast-Fryslân"
PFR = "Provincie Fryslân"
WETTERSKIP = "Wetterskip Fryslân"
WAGENBORG = "Wagenborg Passagiersdiensten"
# Meierijstad (Noord-Brabant)
MEIERIJSTAD = "Gemeente Meierijstad"
SON = "Gemeente Son en Breugel"
PNB = "Provincie Noord-Brabant"
AAMAAS = "Waterschap Aa en Maas"
BRABANT_WATER = "Brabant Water"


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


GEBIEDSAGENDA = {
    "document": "b38-gebiedsagenda",
    "file": "b38-gebiedsagenda.pdf",
    "type": "agenda",
    "producer": "Gebiedsagenda Midden-Limburg West: Echt-Susteren en Nederweert 2027-2029 (Gemeente Echt-Susteren, "
    "Gemeente Nederweert, Provincie Limburg, Waterschap Limburg, Rijkswaterstaat, ProRail); fpdf2 with DejaVu Sans, "
    "one page: a designed table 'Code | Wie | Wanneer | Wat' under two theme bands, drawn COLUMN BY COLUMN (all "
    "codes, then all Wie cells, then Wanneer, then Wat), so that the text layer gives the columns one after "
    "another; 'X, met Y' in Wie; one Wanneer cell holds a postponed year with the old one after it "
    "('2028 (uitgesteld; was 2027)')",
    "actions": [
        same("A.1", "Herinrichting van de Vloedgraaf tussen Susteren en de Maas als klimaatbuffer", [WLI],
             [ECHT_SUSTEREN], 2027, 2028),
        same("A.2", "Vernatting van de randzone van Nationaal Park De Groote Peel bij Ospel", [NEDERWEERT], [PLI],
             2028, 2028),
        same("A.3", "Verlaging van de uiterwaard van de Maas bij Roosteren", [RWS], [WLI], 2028, None),
        same("B.1", "Verlenging van de perrons en een nieuwe fietsenstalling bij station Susteren", [PRORAIL],
             [ECHT_SUSTEREN], None, 2028),
        same("B.2", "Verkenning van een snelfietsroute tussen Nederweert en Weert", [PLI], [], 2027, 2027),
        same("B.3", "Aanpassing van de aansluiting Nederweert op de A2", [RWS], [NEDERWEERT], 2028, 2029),
    ],
    "not_commitments": [
        "Deze gebiedsagenda is op 19 november 2026 vastgesteld in het bestuurlijk overleg van de Gemeente "
        "Echt-Susteren, de Gemeente Nederweert en de Provincie Limburg.",
        "In 2026 is de dijkversterking langs de Maas bij Echt afgerond.",
        "Is de planning van een actie gewijzigd, dan staat in de kolom Wanneer de nieuwe planning met de oude "
        "planning erachter.",
        "De voortgang van de gebiedsagenda wordt elk najaar besproken in het bestuurlijk overleg.",
    ],
}

UITVOERINGSPROGRAMMA = {
    "document": "b38-uitvoeringsprogramma",
    "file": "b38-uitvoeringsprogramma.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsprogramma Veenweide en Water Eemland 2027-2030 (Gemeente Baarn, Gemeente Eemnes, "
    "Gemeente Bunschoten, Provincie Utrecht, Waterschap Vallei en Veluwe); HTML written by build.py → soffice, "
    "one page: a ruled table whose header runs over two rows ('Rol' over 'Trekker | Partners', 'Planning' over "
    "'Start | Gereed', 'Nr.' and 'Maatregel' spanning both rows); in row EL-3 one merged cell spans Trekker and "
    "Partners and names three gemeenten 'gezamenlijk'; a Gereed cell 'doorlopend' and a Start cell '-'",
    "actions": [
        same("EL-1", "Verhogen van het zomerpeil in de Eempolder bij Eemnes", [WVV], [EEMNES, PUT], 2027, 2029),
        same("EL-2", "Aanleg van een klimaatbuffer langs de Eem bij Baarn", [BAARN], [WVV], 2028, 2030),
        same("EL-3", "Gebiedsfonds voor agrariërs die overstappen op natte teelten in de Eempolders",
             [BAARN, EEMNES, BUNSCHOTEN], [], 2027, None),
        same("EL-4", "Ophogen van de kade langs de Eem bij Bunschoten-Spakenburg", [WVV], [BUNSCHOTEN], None, 2028),
        same("EL-5", "Meetnet voor bodemdaling in het veenweidegebied van Eemland", [PUT], [], 2027, 2030),
    ],
    "not_commitments": [
        "Dit programma is op 17 november 2026 vastgesteld door de colleges van Baarn, Eemnes en Bunschoten en het "
        "dagelijks bestuur van Waterschap Vallei en Veluwe.",
        "In 2026 is de proef met onderwaterdrainage in de Eempolder bij Eemnes afgerond.",
        "Vragen over dit programma kunt u stellen aan het programmabureau Eemland in Baarn.",
    ],
}

KAMERBRIEF = {
    "document": "b38-kamerbrief",
    "file": "b38-kamerbrief.txt",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Klimaat en Groene Groei to the Tweede Kamer, netcongestie en "
    "energie-infrastructuur in Hellendoorn en Rijssen-Holten, dated 26 November 2026 (Ministerie van Klimaat en "
    "Groene Groei, Provincie Overijssel, TenneT, Enexis Netbeheer, Gemeente Rijssen-Holten); plain text written by "
    "build.py: commitments in running prose, two with partners ('Samen met ...', 'Met ... verken ik'), one "
    "dated 'voor de zomer van 2027', one 'In het najaar van 2027'; TenneT's station and the province's "
    "subsidy are only reported; a vague intention ('kijk ik naar') next to the dated proposal",
    "letter_date": "2026-11-26",
    "actions": [
        act("", "Samen met de Provincie Overijssel stel ik voor de zomer van 2027 een programma op om de "
            "bedrijventerreinen in Nijverdal en Rijssen met voorrang aan te sluiten",
            "Programma voorrang aansluiting bedrijventerreinen Nijverdal en Rijssen", [KGG], [POV], None, 2027),
        act("", "Vanaf 2027 zet ik met TenneT en Enexis Netbeheer een regionaal congestieteam in dat bedrijven in "
            "beide gemeenten helpt hun aansluiting slimmer te gebruiken",
            "Regionaal congestieteam Hellendoorn en Rijssen-Holten", [KGG], [TENNET, ENEXIS], 2027, None),
        act("", "Met de Gemeente Rijssen-Holten verken ik in 2027 de ruimtelijke inpassing van dat station en van "
            "de kabels die erop aansluiten", "Verkenning ruimtelijke inpassing hoogspanningsstation Rijssen",
            [KGG], [RIJSSEN_HOLTEN], 2027, 2027),
        act("", "In het najaar van 2027 stuur ik uw Kamer een voorstel voor die energiehub",
            "Voorstel regionale energiehub Rijssen", [KGG], [], 2027, 2027),
    ],
    "not_commitments": [
        "In het commissiedebat Elektriciteitsnet van 8 oktober 2026 heeft het lid Van Dalen gevraagd hoe het "
        "kabinet de netcongestie in het noordwesten van Twente aanpakt.",
        "Met deze brief geef ik invulling aan die vraag.",
        "De wachtrij voor een aansluiting op het elektriciteitsnet in de gemeenten Hellendoorn en Rijssen-Holten is "
        "in 2026 opgelopen tot ruim 140 bedrijven.",
        "Voor de langere termijn kijk ik naar een regionale energiehub bij Rijssen, waarin bedrijven samen energie "
        "opwekken, opslaan en gebruiken.",
        "Over de voortgang informeer ik uw Kamer in de voortgangsbrief netcongestie van 2027.",
    ],
    "reported_plans": [
        "TenneT verwacht het nieuwe hoogspanningsstation bij Rijssen in 2029 in gebruik te nemen.",
        "De Provincie Overijssel heeft aangekondigd in 2027 een subsidieregeling voor energiecoöperaties in Twente "
        "open te stellen.",
    ],
}

BESLUITENLIJST = {
    "document": "b38-besluitenlijst",
    "file": "b38-besluitenlijst.md",
    "type": "label-blocks",
    "producer": "Besluitenlijst Bestuurlijk Overleg Bereikbaarheid Ameland, 20 November 2026 (Gemeente Ameland, "
    "Gemeente Noardeast-Fryslân, Provincie Fryslân, Rijkswaterstaat, Wetterskip Fryslân, Wagenborg "
    "Passagiersdiensten); Markdown written by build.py: an 'Aanwezig' list that explains the abbreviations, "
    "numbered 'Actiepunt n:' lines with 'Actiehouder:' (abbreviations, 'X, met Y', 'X en Y') and 'Deadline:'; "
    "actiepunt 3 is carried over from the previous meeting with a new deadline and the old one after it "
    "('(was: ...)'); actiepunt 1 names the years its strategy covers besides its deadline",
    "actions": [
        act("1", "RWS stelt een baggerstrategie voor de vaargeul Holwerd-Ameland voor 2027-2030 op",
            "Baggerstrategie vaargeul Holwerd-Ameland", [RWS], [WAGENBORG], None, 2027),
        act("2", "GNF en PF werken samen een plan uit voor de herinrichting van de veerhaven Holwerd",
            "Plan herinrichting veerhaven Holwerd", [NOARDEAST, PFR], [], None, 2027),
        act("3", "WPD onderzoekt een extra afvaart op zaterdagavond in het hoogseizoen",
            "Onderzoek extra afvaart op zaterdagavond in het hoogseizoen", [WAGENBORG], [], None, 2027),
        act("4", "WF bereidt de versterking van de waddendijk bij Hollum voor",
            "Voorbereiding versterking waddendijk bij Hollum", [WETTERSKIP], [AMELAND], None, 2027),
        act("5", "GA stelt een mobiliteitsplan voor het eiland vast, met aandacht voor de pendelbus tussen Nes en "
            "Hollum", "Mobiliteitsplan Ameland", [AMELAND], [], None, 2027),
    ],
    "not_commitments": [
        "Het verslag van het overleg van 12 juni 2026 is ongewijzigd vastgesteld.",
        "RWS meldt dat het baggeren van de vaargeul in 2026 volgens plan is verlopen.",
        "Het actiepunt over de dienstregeling van de sneldienst in de winter is afgehandeld.",
        "Het volgende overleg is op 18 maart 2027 in Nes.",
    ],
}

UITVOERINGSAGENDA = {
    "document": "b38-uitvoeringsagenda",
    "file": "b38-uitvoeringsagenda.txt",
    "type": "label-blocks",
    "producer": "Uitvoeringsagenda Water, Wonen en Bereikbaarheid Meierijstad 2027-2030 (Gemeente Meierijstad, "
    "Gemeente Son en Breugel, Provincie Noord-Brabant, Waterschap Aa en Maas, Brabant Water); plain text written "
    "by build.py: three numbered opgaven with sub-actions 1.1-3.2 in running text, each paragraph naming who "
    "leads and when; under opgave 2 the leads of 2.1 and 2.2 stand only in the opgave's paragraph "
    "('respectievelijk'), together with their common start year; 'start in 2028 met' and 'Vanaf 2028' open ends",
    "actions": [
        act("1.1", "Het Waterschap Aa en Maas legt van 2027 tot en met 2029 natuurvriendelijke oevers aan langs de "
            "Aa tussen Veghel en Erp", "Natuurvriendelijke oevers langs de Aa tussen Veghel en Erp", [AAMAAS],
            [MEIERIJSTAD], 2027, 2029),
        act("1.2", "De Gemeente Meierijstad start in 2028 met het afkoppelen van regenwater in de wijk "
            "Schijndel-Noord", "Afkoppelen regenwater Schijndel-Noord", [MEIERIJSTAD], [], 2028, None,
            involved=[BRABANT_WATER]),
        act("2.1", "Transformatie van het Havenkwartier in Veghel tot een woonwijk met 1.100 woningen",
            "Transformatie Havenkwartier Veghel tot woonwijk", [MEIERIJSTAD], [], 2027, 2030),
        act("2.2", "Een woningbouwfonds voor de kleine kernen van Meierijstad, zoals Eerde, Wijbosch en Boerdonk",
            "Woningbouwfonds kleine kernen Meierijstad", [PNB], [MEIERIJSTAD], 2027, 2029),
        act("3.1", "De Provincie Noord-Brabant verbreedt uiterlijk 2029 de N279 tussen Veghel en Dinther",
            "Verbreding N279 tussen Veghel en Dinther", [PNB], [MEIERIJSTAD], None, 2029),
        act("3.2", "Vanaf 2028 legt de Gemeente Meierijstad een snelfietsroute aan van Sint-Oedenrode naar Son en "
            "Breugel", "Snelfietsroute Sint-Oedenrode - Son en Breugel", [MEIERIJSTAD], [SON], 2028, None),
    ],
    "not_commitments": [
        "De gemeenteraad van Meierijstad heeft op 5 november 2026 de omgevingsvisie vastgesteld.",
        "Deze uitvoeringsagenda werkt die visie uit in drie opgaven met deelacties.",
        "In 2026 is de vispassage in de Aa bij Veghel opgeleverd.",
        "Een tweede ontsluiting van bedrijventerrein De Dubbelen wordt pas na 2030 bekeken.",
    ],
}

DOCS = [GEBIEDSAGENDA, UITVOERINGSPROGRAMMA, KAMERBRIEF, BESLUITENLIJST, UITVOERINGSAGENDA]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
