"""Hand-written gold for the five blind37 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind37/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk
KGG = "Ministerie van Klimaat en Groene Groei"
RWS = "Rijkswaterstaat"
# companies
STEDIN = "Stedin"
LIANDER = "Liander"
TENNET = "TenneT"
# Tholen (Zeeland)
THOLEN = "Gemeente Tholen"
PZE = "Provincie Zeeland"
SCHELDESTROMEN = "Waterschap Scheldestromen"
# Echt-Susteren (Limburg)
PLI = "Provincie Limburg"
ECHT_SUSTEREN = "Gemeente Echt-Susteren"
WSL = "Waterschap Limburg"
# Zuidoost-Fryslân
PFR = "Provincie Fryslân"
WESTSTELLINGWERF = "Gemeente Weststellingwerf"
# Meierijstad (Noord-Brabant)
MEIERIJSTAD = "Gemeente Meierijstad"
PNB = "Provincie Noord-Brabant"
AA_EN_MAAS = "Waterschap Aa en Maas"
# Doesburg (Gelderland)
DOESBURG = "Gemeente Doesburg"
PGE = "Provincie Gelderland"
WRIJ = "Waterschap Rijn en IJssel"


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


UITVOERINGSPROGRAMMA = {
    "document": "b37-uitvoeringsprogramma",
    "file": "b37-uitvoeringsprogramma.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsprogramma Omgevingsvisie Tholen 2026-2029 (Gemeente Tholen, Waterschap Scheldestromen, "
    "Provincie Zeeland, Rijkswaterstaat, Stedin); fpdf2 with DejaVu Sans, one LANDSCAPE page: a ruled table "
    "'Nr. | Maatregel | Trekker | Partners | Planning | Opmerking' with merged grey group rows 'Thema: Water', "
    "'Thema: Energie', 'Thema: Mobiliteit' between the rows; quarters in Planning ('Q3 2027 – Q2 2028', "
    "'eerste kwartaal 2028'); the Opmerking column holds a dependency ('Start pas na afronding van W-1.') and a "
    "commissioner ('Uitvoering in opdracht van de Provincie Zeeland (wegbeheerder).')",
    "actions": [
        same("W-1", "Versterking van de kade langs de haven van Tholen", [SCHELDESTROMEN], [THOLEN], 2026, 2028),
        same("W-2", "Zoetwaterberging in de polder bij Sint-Maartensdijk", [SCHELDESTROMEN], [PZE], 2027, 2028),
        same("W-3", "Natuurvriendelijke oever langs de haven van Tholen", [RWS], [THOLEN], 2028, 2029,
             deps=[("starts_after", "W-1")]),
        same("E-1", "Uitbreiding van het elektriciteitsnet op bedrijventerrein Welgelegen in Tholen", [STEDIN],
             [THOLEN], 2028, 2028),
        same("E-2", "Wijkuitvoeringsplan warmte voor Sint-Annaland", [THOLEN], [], None, 2027),
        same("M-1", "Aanpassing van de rotonde op de N286 bij Sint-Annaland", [THOLEN], [], 2028, 2028,
             commissioners=[PZE]),
    ],
    "not_commitments": [
        "Het college van burgemeester en wethouders van de Gemeente Tholen heeft dit uitvoeringsprogramma op "
        "17 november 2026 vastgesteld.",
        "In 2025 is de dijk bij Gorishoek versterkt.",
        "De voortgang wordt jaarlijks aan de gemeenteraad van Tholen gerapporteerd.",
    ],
}

BESTUURSOVEREENKOMST = {
    "document": "b37-bestuursovereenkomst",
    "file": "b37-bestuursovereenkomst.pdf",
    "type": "libreoffice-pdf",
    "producer": "Bestuursovereenkomst Maasoever Roosteren 2026-2029 (Provincie Limburg, Gemeente Echt-Susteren, "
    "Waterschap Limburg), signed 30 November 2026; HTML written by build.py → soffice, one page: the parties "
    "with 'hierna: de Provincie / de Gemeente / het Waterschap', Overwegende dat, and articles 'Artikel n "
    "Inspanningen van de Provincie / de Gemeente / het Waterschap' whose numbered leden are mostly PASSIVE "
    "('wordt ... vastgesteld'): the party of the article heading does the work; lid 2.3 is a past contribution; "
    "lid 4.2 starts 'pas nadat' the plan of lid 2.1 is adopted",
    "actions": [
        act("2.1", "Uiterlijk in 2027 wordt het provinciaal inpassingsplan voor de hoogwatergeul bij Roosteren "
            "vastgesteld", "Provinciaal inpassingsplan hoogwatergeul Roosteren", [PLI], [], None, 2027),
        act("2.2", "In 2028 en 2029 wordt een fietspad over de nieuwe Maasdijk tussen Roosteren en Visserweert "
            "aangelegd, samen met de Gemeente", "Fietspad over de Maasdijk Roosteren-Visserweert", [PLI],
            [ECHT_SUSTEREN], 2028, 2029),
        act("3.1", "In 2027 wordt het omgevingsplan aangepast voor de hoogwatergeul bij Roosteren",
            "Aanpassing omgevingsplan voor de hoogwatergeul", [ECHT_SUSTEREN], [], 2027, 2027),
        act("3.2", "Vanaf 2028 wordt de parkeerplaats aan de Maasoever bij Roosteren heringericht als "
            "uitloopgebied, met het Waterschap als partner", "Herinrichting parkeerplaats Maasoever Roosteren",
            [ECHT_SUSTEREN], [WSL], 2028, None),
        act("4.1", "In de periode 2026-2028 wordt de Maasdijk tussen Roosteren en Visserweert versterkt",
            "Versterking Maasdijk Roosteren-Visserweert", [WSL], [], 2026, 2028),
        act("4.2", "De aanleg van de hoogwatergeul begint pas nadat het inpassingsplan uit lid 2.1 is vastgesteld "
            "en loopt van 2028 tot en met 2029", "Aanleg hoogwatergeul Roosteren", [WSL], [], 2028, 2029,
            deps=[("starts_after", "2.1")]),
    ],
    "not_commitments": [
        "In januari 2024 is de Maas bij Roosteren buiten haar oevers getreden.",
        "Partijen hebben in 2025 samen een gebiedsverkenning voor de Maasoever uitgevoerd.",
        "Partijen werken samen aan een veilige en aantrekkelijke Maasoever tussen Roosteren en Visserweert.",
        "De Provincie heeft in 2025 een bijdrage van € 350.000 verleend voor de gebiedsverkenning.",
        "Deze overeenkomst treedt in werking op de dag na ondertekening en eindigt op 31 december 2029.",
        "Aldus overeengekomen en ondertekend te Roermond op 30 november 2026.",
    ],
}

KAMERBRIEF = {
    "document": "b37-kamerbrief",
    "file": "b37-kamerbrief.txt",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Klimaat en Groene Groei to the Tweede Kamer on netcongestie in "
    "Zuidoost-Fryslân, dated 20 November 2026 (Ministerie van Klimaat en Groene Groei, Provincie Fryslân, "
    "Liander, TenneT, Gemeente Weststellingwerf); plain text written by build.py: a 'Situatie in de regio' "
    "paragraph with dated plans of the province and of Liander (reported), a past act of TenneT, and a 'Wat ga "
    "ik doen?' part with 'voor de zomer van 2027', 'start ik in het eerste kwartaal van 2028' (a start), a joint "
    "action of the gemeente and the minister, and a sentence that rules something out",
    "letter_date": "2026-11-20",
    "actions": [
        act("", "Ik stel voor de zomer van 2027 een regeling open voor collectieve batterijen op bedrijventerreinen "
            "in Zuidoost-Fryslân", "Regeling collectieve batterijen op bedrijventerreinen Zuidoost-Fryslân", [KGG],
            [], None, 2027),
        act("", "Samen met de Provincie Fryslân en Liander start ik in het eerste kwartaal van 2028 een proef met "
            "flexibele netcontracten in Wolvega", "Proef flexibele netcontracten Wolvega", [KGG], [PFR, LIANDER],
            2028, None),
        act("", "Ik onderzoek in 2027 met TenneT of een nieuw hoogspanningsstation bij Oosterwolde nodig is",
            "Onderzoek nieuw hoogspanningsstation Oosterwolde", [KGG], [TENNET], 2027, 2027),
        act("", "De Gemeente Weststellingwerf en ik stellen in 2027 samen een energieplan op voor bedrijventerrein "
            "De Welle in Wolvega", "Energieplan bedrijventerrein De Welle Wolvega", [WESTSTELLINGWERF, KGG], [],
            2027, 2027),
    ],
    "not_commitments": [
        "In het commissiedebat Elektriciteitsnet van 8 oktober 2026 heb ik u toegezegd terug te komen op de "
        "netcongestie in Zuidoost-Fryslân.",
        "In 2025 heeft TenneT het hoogspanningsstation bij Wolvega uitgebreid.",
        "Een landelijke uitrol van deze aanpak is nu niet aan de orde.",
        "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.",
    ],
    "reported_plans": [
        "De Provincie Fryslân werkt aan een energiehubstrategie, die Gedeputeerde Staten naar verwachting in het "
        "eerste kwartaal van 2028 vaststellen.",
        "Liander verwacht het middenspanningsnet in Wolvega in 2029 te hebben verzwaard.",
    ],
}

WERKAGENDA = {
    "document": "b37-werkagenda",
    "file": "b37-werkagenda.md",
    "type": "text-table",
    "producer": "Werkagenda Klimaatadaptatie Meierijstad 2026-2030 (Gemeente Meierijstad, Waterschap Aa en Maas, "
    "Provincie Noord-Brabant); Markdown table written by build.py with the columns in an unusual order "
    "'Periode | Actie | Nr. | Partners | Trekker' (period first, code third, trekker last, after the partners); "
    "periods '2026-2029', '2027', 'vanaf 2028', 'doorlopend', 'uiterlijk 2028'; one row '2025 (gereed)' is done",
    "actions": [
        same("KA-1", "Afkoppelen van regenwater in de wijk Veghel-Noord", [MEIERIJSTAD], [AA_EN_MAAS], 2026, 2029),
        same("KA-2", "Beekherstel van de Aa tussen Veghel en Erp", [AA_EN_MAAS], [MEIERIJSTAD, PNB], 2027, 2027),
        same("KA-3", "Klimaatbestendige herinrichting van bedrijventerrein Doornhoek in Veghel", [MEIERIJSTAD],
             [PNB], 2028, None),
        same("KA-4", "Voorlichting aan inwoners over regentonnen en groene tuinen", [MEIERIJSTAD], [], None, None),
        same("KA-5", "Herhaling van de stresstest wateroverlast voor Schijndel en Sint-Oedenrode", [AA_EN_MAAS],
             [MEIERIJSTAD], None, 2028),
    ],
    "not_commitments": [
        "Deze werkagenda is op 5 november 2026 vastgesteld door de gemeenteraad van Meierijstad.",
        "Hittekaart voor alle kernen van Meierijstad",
        "Na 2030 volgt een nieuwe werkagenda.",
    ],
}

ACTIEPUNTEN = {
    "document": "b37-actiepunten",
    "file": "b37-actiepunten.txt",
    "type": "letter",
    "producer": "E-mail of Gemeente Doesburg with the actiepunten of the overleg IJsselfront Doesburg of 24 November "
    "2026, sent 26 November 2026 (Gemeente Doesburg, Provincie Gelderland, Waterschap Rijn en IJssel, "
    "Rijkswaterstaat); plain text written by build.py: a Deelnemers list resolving initials (SL, RvdW, MK, TB, "
    "AH) to persons and organisations, two done items, and numbered actiepunten 1-5 that name only initials; "
    "actiepunt 2 starts 'pas op na afronding van actiepunt 1'; actiepunt 5 names two people and says which one "
    "is trekker",
    "letter_date": "2026-11-26",
    "actions": [
        act("1", "RvdW werkt voor de zomer van 2027 het schetsontwerp voor de IJsselkade uit, samen met TB",
            "Schetsontwerp IJsselkade", [DOESBURG], [WRIJ], None, 2027),
        act("2", "MK stelt de subsidiebeschikking voor de IJsselkade pas op na afronding van actiepunt 1, naar "
            "verwachting in het eerste kwartaal van 2028", "Subsidiebeschikking IJsselkade", [PGE], [], 2028, 2028,
            deps=[("starts_after", "1")]),
        act("3", "AH onderzoekt in 2027 of de vaargeul bij de haven van Doesburg kan worden verdiept",
            "Onderzoek verdieping vaargeul haven Doesburg", [RWS], [], 2027, 2027),
        act("4", "TB en SL organiseren in 2027 een bewonersavond over hoogwaterveiligheid",
            "Bewonersavond hoogwaterveiligheid", [WRIJ, DOESBURG], [], 2027, 2027),
        act("5", "MK en TB verkennen van 2027 tot en met 2029 een natuurvriendelijke oever langs de IJssel bij "
            "Doesburg; MK is trekker", "Verkenning natuurvriendelijke oever IJssel bij Doesburg", [PGE], [WRIJ],
            2027, 2029),
    ],
    "not_commitments": [
        "Hierbij de actiepunten van ons overleg van dinsdag.",
        "TB heeft de peilgegevens van de IJssel bij Doesburg gedeeld.",
        "RvdW meldt dat de gemeenteraad in oktober het ambitiedocument IJsselfront heeft vastgesteld.",
        "Het volgende overleg is op 19 januari 2027.",
    ],
}

DOCS = [UITVOERINGSPROGRAMMA, BESTUURSOVEREENKOMST, KAMERBRIEF, WERKAGENDA, ACTIEPUNTEN]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
