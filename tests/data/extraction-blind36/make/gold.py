"""Hand-written gold for the five blind36 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind36/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Geldrop-Mierlo, Son en Breugel, Waalre (Noord-Brabant)
GELDROP = "Gemeente Geldrop-Mierlo"
SON = "Gemeente Son en Breugel"
WAALRE = "Gemeente Waalre"
PNB = "Provincie Noord-Brabant"
ENEXIS = "Enexis Netbeheer"
# Hillegom and Lisse (Zuid-Holland)
HILLEGOM = "Gemeente Hillegom"
LISSE = "Gemeente Lisse"
PZH = "Provincie Zuid-Holland"
RIJNLAND = "Hoogheemraadschap van Rijnland"
ARRIVA = "Arriva"
# Capelle aan den IJssel
CAPELLE = "Gemeente Capelle aan den IJssel"
HAVENSTEDER = "Havensteder"
GGD = "GGD Rotterdam-Rijnmond"
DCMR = "DCMR Milieudienst Rijnmond"
# Waterland, Edam-Volendam, Landsmeer (Noord-Holland)
WATERLAND = "Gemeente Waterland"
EDAM = "Gemeente Edam-Volendam"
LANDSMEER = "Gemeente Landsmeer"
PNH = "Provincie Noord-Holland"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
LVVN = "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"
# Bunschoten and Eemnes (Utrecht)
BUNSCHOTEN = "Gemeente Bunschoten"
EEMNES = "Gemeente Eemnes"
PUT = "Provincie Utrecht"
STEDIN = "Stedin"
TENNET = "TenneT"


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


OPGAVEN = {
    "document": "b36-opgaven",
    "file": "b36-opgaven.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Energie en Ruimte Geldrop-Mierlo, Son en Breugel en Waalre 2027-2030 (Gemeente "
    "Geldrop-Mierlo, Gemeente Son en Breugel, Gemeente Waalre, Provincie Noord-Brabant, Enexis Netbeheer); HTML "
    "written by build.py → soffice, one page: a ruled table 'Nr. | Opgave | Kartrekker | Meedenkers | Gereed'; "
    "a reading guide says meedenkers are consulted and do no work themselves and Gereed is when the opgave must "
    "be done; one Kartrekker cell holds two gemeenten '(gedeeld)'; one Opgave cell carries '(vervolg op GSW-1)'",
    "actions": [
        same("GSW-1", "Warmteplan voor de wijk Coevering in Geldrop", [GELDROP], [], None, 2027,
             involved=[ENEXIS]),
        same("GSW-2", "Laadplein voor vrachtwagens op bedrijventerrein Ekkersrijt in Son en Breugel", [SON], [],
             None, 2028, involved=[ENEXIS, PNB]),
        same("GSW-3", "Zoekgebied voor een zonneveld tussen Waalre en Son en Breugel langs de A2", [WAALRE, SON],
             [], None, 2028, involved=[PNB]),
        same("GSW-4", "Energiemonitor van het maatschappelijk vastgoed van de drie gemeenten", [WAALRE], [], None,
             None),
        same("GSW-5", "Wijkaanpak isolatie van koopwoningen in Coevering", [GELDROP], [], None, 2030,
             involved=[ENEXIS], deps=[("starts_after", "GSW-1")]),
    ],
    "not_commitments": [
        "De drie colleges hebben deze uitvoeringsagenda op 17 november 2026 vastgesteld.",
        "In 2026 is in Son en Breugel het eerste collectieve zonnedak op een sporthal in gebruik genomen.",
        "Leeswijzer: de kartrekker is eerstverantwoordelijk voor de opgave; meedenkers worden geraadpleegd maar "
        "voeren zelf geen werk uit.",
        "De portefeuillehouders bespreken de voortgang twee keer per jaar.",
    ],
}

BEREIKBAARHEID = {
    "document": "b36-bereikbaarheid",
    "file": "b36-bereikbaarheid.pdf",
    "type": "unruled-pdf",
    "producer": "Uitvoeringsplan Bereikbaarheid Hillegom en Lisse 2027-2030 (Gemeente Hillegom, Gemeente Lisse, "
    "Provincie Zuid-Holland, Hoogheemraadschap van Rijnland, Arriva); fpdf2 with DejaVu Sans, one page: an "
    "UNRULED two-column table 'Wanneer | Wat en wie', the period on the LEFT of each measure, the measure with "
    "its code, what sentence and who sentence on the right; one who sentence in the passive ('Dit wordt door "
    "Arriva uitgevoerd in opdracht van ...'); one Wanneer 'na afronding van HL1'",
    "actions": [
        act("HL1", "Verbreding van de fietspaden langs de N208 tussen Hillegom en Lisse",
            "Verbreding van de fietspaden langs de N208 tussen Hillegom en Lisse", [PZH], [HILLEGOM, LISSE],
            2027, 2030),
        act("HL2", "Een snelle busverbinding tussen Lisse en station Leiden Centraal",
            "Snelle busverbinding Lisse - station Leiden Centraal", [ARRIVA], [], 2027, None,
            commissioners=[PZH]),
        act("HL3", "Een verkeersveiligheidsplan voor de schoolroutes in Hillegom",
            "Verkeersveiligheidsplan schoolroutes Hillegom", [HILLEGOM], [], 2027, 2027),
        act("HL4", "Een fietsbrug over de Ringvaart bij Hillegom", "Fietsbrug over de Ringvaart bij Hillegom",
            [HILLEGOM], [], None, None, involved=[RIJNLAND], deps=[("starts_after", "HL1")]),
        act("HL5", "Een transferium voor bezoekers van de bollenvelden aan de rand van Lisse",
            "Transferium voor bezoekers van de bollenvelden bij Lisse", [LISSE], [PZH], 2028, 2028),
    ],
    "not_commitments": [
        "In 2026 hebben de Gemeente Hillegom en de Gemeente Lisse samen een verkeersonderzoek naar de N208 laten "
        "doen.",
        "Per maatregel staat links wanneer die loopt en rechts wat er gebeurt en wie het doet.",
        "Over een tweede aansluiting van Lisse op de A44 is nog geen besluit genomen.",
    ],
}

RAADSINFORMATIEBRIEF = {
    "document": "b36-raadsinformatiebrief",
    "file": "b36-raadsinformatiebrief.txt",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college van burgemeester en wethouders of Capelle aan den IJssel to "
    "the gemeenteraad, voortgang wijkaanpak Schollevaar, dated 26 November 2026 (Gemeente Capelle aan den "
    "IJssel, Havensteder, GGD Rotterdam-Rijnmond, DCMR Milieudienst Rijnmond; Stedin and the RET only in "
    "reported plans); plain text written by build.py: 'wij'-prose under 'Wat gaan wij doen?', one commitment "
    "carried out by another body 'In onze opdracht'; past events and an adopted motion under 'Wat is er "
    "gebeurd?', plans of others under 'Wat doen anderen?', a second phase only under a condition not yet met",
    "letter_date": "2026-11-26",
    "actions": [
        act("", "Wij stellen vóór 1 juli 2027 samen met Havensteder een warmteplan voor Schollevaar-Zuid op",
            "Warmteplan Schollevaar-Zuid", [CAPELLE], [HAVENSTEDER], None, 2027),
        act("", "Vanaf medio 2027 bemensen wij met de GGD Rotterdam-Rijnmond een wijkloket in winkelcentrum De "
            "Koperwiek", "Wijkloket in winkelcentrum De Koperwiek", [CAPELLE], [GGD], 2027, None),
        act("", "In de jaren 2027 t/m 2029 vervangen wij de riolering in het Florakwartier",
            "Vervanging riolering Florakwartier", [CAPELLE], [], 2027, 2029),
        act("", "In onze opdracht voert de DCMR Milieudienst Rijnmond eind 2027 een geluidsmeting uit langs de "
            "Abraham van Rijckevorselweg", "Geluidsmeting langs de Abraham van Rijckevorselweg", [DCMR], [], None,
            2027, commissioners=[CAPELLE]),
        act("", "Uiterlijk Q2 2028 leggen wij uw raad een evaluatie van de wijkaanpak voor",
            "Evaluatie van de wijkaanpak Schollevaar", [CAPELLE], [], None, 2028),
    ],
    "not_commitments": [
        "Met deze brief informeren wij u over de voortgang van de wijkaanpak Schollevaar.",
        "In september 2026 hebben wij drie bewonersavonden in Schollevaar gehouden.",
        "Op 8 oktober 2026 heeft uw raad de motie 'Groen in Schollevaar' aangenomen.",
        "Een tweede fase in Schollevaar-Noord starten wij alleen als uw raad daarvoor in de begroting 2029 middelen "
        "vrijmaakt; daarover is nog geen besluit genomen.",
    ],
    "reported_plans": [
        "Stedin heeft aangekondigd dat het vanaf 2027 het elektriciteitsnet in Schollevaar verzwaart.",
        "De RET verwacht in 2028 het metrostation Schollevaar te vernieuwen.",
    ],
}

VEENWEIDE = {
    "document": "b36-veenweide",
    "file": "b36-veenweide.md",
    "type": "label-blocks",
    "producer": "Uitvoeringsprogramma Veenweide Waterland 2027-2030 (Gemeente Waterland, Gemeente Edam-Volendam, "
    "Gemeente Landsmeer, Provincie Noord-Holland, Hoogheemraadschap Hollands Noorderkwartier, Ministerie van "
    "Landbouw, Visserij, Voedselzekerheid en Natuur); Markdown written by build.py: '### Wn Titel' blocks with "
    "bold labels '**Aan de lat:**' (defined in the introduction as eerstverantwoordelijk), '**Doet mee:**', "
    "'**Wordt geraadpleegd:**', '**Opdrachtgever:**' and '**Tijdvak:**'; one Doet mee names bewoners beside a "
    "gemeente; one Tijdvak 'start zodra de bodemdalingskaart (W2) gereed is'",
    "actions": [
        same("W1", "Proefgebied onderwaterdrainage in het Ilperveld", [HHNK], [LANDSMEER], 2027, 2030,
             commissioners=[PNH]),
        same("W2", "Bodemdalingskaart voor heel Waterland", [PNH], [WATERLAND, EDAM], None, 2027),
        same("W3", "Hoger zomerpeil in de polder Katwoude", [HHNK], [EDAM], None, None,
             deps=[("starts_after", "W2")]),
        same("W4", "Herstel van de wandelroutes door het Ilperveld", [LANDSMEER], [], 2028, None,
             involved=[WATERLAND]),
        same("W5", "Kennisprogramma natte teelten voor veehouders", [WATERLAND], [], 2028, 2028,
             commissioners=[LVVN]),
    ],
    "not_commitments": [
        "Dit programma hoort bij de Gebiedsvisie Veenweide Laag Holland die in 2025 is vastgesteld.",
        "Wie aan de lat staat, is eerstverantwoordelijk voor de maatregel.",
        "Het programma wordt in 2029 geëvalueerd.",
    ],
}

NETCONGESTIE = {
    "document": "b36-netcongestie",
    "file": "b36-netcongestie.txt",
    "type": "text-table",
    "producer": "Actielijst Netcongestie Bunschoten en Eemnes 2027-2029 (Gemeente Bunschoten, Gemeente Eemnes, "
    "Provincie Utrecht, Stedin, TenneT); plain text written by build.py: a pipe table 'Code | Actie | Partijen | "
    "Wanneer' with ONE Partijen column in which every party carries its role in brackets ('(trekt)', '(doet "
    "mee)', '(denkt mee)', defined above the table); the trekker is not always named first",
    "actions": [
        same("EN-1", "Uitbreiding van het onderstation Bunschoten", [TENNET], [STEDIN], 2027, 2029),
        same("EN-2", "Congestiemanagement op bedrijventerrein De Kronkels in Bunschoten", [STEDIN], [], 2027, 2027,
             involved=[BUNSCHOTEN]),
        same("EN-3", "Energiehub voor vijf bedrijven op bedrijventerrein Zuidpolder in Eemnes", [EEMNES], [STEDIN],
             2027, None),
        same("EN-4", "Ruimtelijke reservering voor een nieuw onderstation bij Eemnes", [PUT], [EEMNES], None, 2028,
             involved=[TENNET]),
        same("EN-5", "Aansluiten van de wachtrij van bedrijven in Bunschoten", [STEDIN], [BUNSCHOTEN], None, None,
             deps=[("starts_after", "EN-1")]),
    ],
    "not_commitments": [
        "Sinds 2025 kunnen bedrijven in Bunschoten en Eemnes geen nieuwe grote aansluiting op het elektriciteitsnet "
        "meer krijgen.",
        "Achter elke partij staat haar rol: (trekt) = eerstverantwoordelijk, (doet mee) = voert een deel uit, "
        "(denkt mee) = wordt geraadpleegd.",
        "De volgende bijeenkomst van de werkgroep is in maart 2027.",
    ],
}

DOCS = [OPGAVEN, BEREIKBAARHEID, RAADSINFORMATIEBRIEF, VEENWEIDE, NETCONGESTIE]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
