"""Hand-written gold for the five blind26 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind26/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Amersfoort, Leusden, Soest
AMERSFOORT = "Gemeente Amersfoort"
LEUSDEN = "Gemeente Leusden"
SOEST = "Gemeente Soest"
PU = "Provincie Utrecht"
WVV = "Waterschap Vallei en Veluwe"
# Foodvalley-West
EDE = "Gemeente Ede"
WAGENINGEN = "Gemeente Wageningen"
BARNEVELD = "Gemeente Barneveld"
PG = "Provincie Gelderland"
LIANDER = "Liander"
WUR = "Wageningen University & Research"
# Noord-Veluwe
HARDERWIJK = "Gemeente Harderwijk"
ERMELO = "Gemeente Ermelo"
PUTTEN = "Gemeente Putten"
SBB = "Staatsbosbeheer"
GLK = "Geldersch Landschap & Kasteelen"
# Midden-Holland
GOUDA = "Gemeente Gouda"
BR = "Gemeente Bodegraven-Reeuwijk"
WADDINXVEEN = "Gemeente Waddinxveen"
RIJNLAND = "Hoogheemraadschap van Rijnland"
PZH = "Provincie Zuid-Holland"
# Leeuwarden
LEEUWARDEN = "Gemeente Leeuwarden"
WAADHOEKE = "Gemeente Waadhoeke"
PF = "Provincie Fryslân"
WF = "Wetterskip Fryslân"
ENNATUURLIJK = "Ennatuurlijk"


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


PORTEFEUILLE = {
    "document": "b26-portefeuille",
    "file": "b26-portefeuille.pdf",
    "type": "libreoffice-pdf",
    "producer": "Regionaal Programma Wonen en Bereikbaarheid Amersfoort, Leusden en Soest 2027-2030 (Gemeente "
    "Amersfoort, Gemeente Leusden, Gemeente Soest, Provincie Utrecht, Waterschap Vallei en Veluwe); HTML written "
    "by build.py → soffice; a ruled table 'Nr. | Maatregel | Bestuurlijk trekker | Partners | Planning' whose "
    "trekker is a PORTEFEUILLEHOUDER ('wethouder Wonen gemeente Amersfoort', 'dijkgraaf Waterschap Vallei en "
    "Veluwe', 'gedeputeerde Mobiliteit provincie Utrecht'); the reading guide: the office holder's organisation "
    "leads",
    "actions": [
        same("A1", "Versnellingsteam woningbouw op het Wagenwerkplaatsterrein", [AMERSFOORT], [PU], 2027, 2029),
        same("A2", "Snelfietsroute Leusden-Amersfoort Centraal", [LEUSDEN], [AMERSFOORT, PU], 2028, 2028),
        same("A3", "Regionale afspraken over flexwonen voor spoedzoekers", [SOEST], [AMERSFOORT, LEUSDEN], 2027,
             None),
        same("A4", "Waterbergingsplan voor de nieuwbouwwijk Vathorst-Noord", [WVV], [AMERSFOORT], None, 2028),
        same("A5", "Gedeeld mobiliteitshub bij station Soest-Zuid", [PU], [SOEST], 2027, 2030),
    ],
    "not_commitments": [
        "In 2026 hebben de drie gemeenten samen 2.400 woningen opgeleverd.",
        "De aanleg van een tweede spooraansluiting bij Leusden is geen onderdeel van dit programma.",
        "Vastgesteld door de regionale stuurgroep op 12 november 2026.",
    ],
}

VRAAGLABELS = {
    "document": "b26-vraaglabels",
    "file": "b26-vraaglabels.pdf",
    "type": "label-blocks",
    "producer": "Routekaart Energie en Bedrijventerreinen Foodvalley-West 2027-2030 (Gemeente Ede, Gemeente "
    "Wageningen, Gemeente Barneveld, Provincie Gelderland, Liander, Wageningen University & Research); fpdf2; "
    "numbered headings 'E1 Titel' with label lines written as QUESTIONS: 'Wie trekt?', 'Wie doen mee?', "
    "'Wanneer?'; WUR defined in the introduction; a past-work line 'Wat is al gedaan?'",
    "actions": [
        same("E1", "Energiecoöperatie voor bedrijventerrein Frankeneng", [EDE], [LIANDER, PG], 2027, 2028),
        same("E2", "Collectieve batterij op bedrijventerrein Harselaar", [BARNEVELD], [LIANDER], 2028, None),
        same("E3", "Proef met restwarmte uit de Kennisas voor de Wageningse binnenstad", [WUR], [WAGENINGEN],
             2027, 2027),
        same("E4", "Netcongestieloket voor ondernemers in de hele regio", [PG], [EDE, WAGENINGEN, BARNEVELD],
             None, 2027),
        same("E5", "Zon op de daken van de pluimveestallen in de Gelderse Vallei", [BARNEVELD], [PG], 2028, 2030),
    ],
    "not_commitments": [
        "In 2026 heeft Liander de netkaart voor Foodvalley-West gepubliceerd.",
        "Een waterstofleiding naar Ede valt buiten deze routekaart.",
    ],
}

PERPARTIJ = {
    "document": "b26-perpartij",
    "file": "b26-perpartij.txt",
    "type": "label-blocks",
    "producer": "Gebiedsagenda Natuur en Stikstof Noord-Veluwe 2027-2030 (Gemeente Harderwijk, Gemeente Ermelo, "
    "Gemeente Putten, Provincie Gelderland, Staatsbosbeheer, Geldersch Landschap & Kasteelen); plain text, "
    "written by build.py; the actions are bullets under a HEADING PER PARTY ('WAT DOET DE GEMEENTE ERMELO?'), the "
    "party of the heading leads (the introduction says so) and is named nowhere in the bullet; 'samen met', "
    "'met' → partners, 'in opdracht van' → commissioner; a finished bullet",
    "actions": [
        act("", "Herstel van de heide op de Groevenbeekse Heide", "Herstel van de heide op de Groevenbeekse Heide",
            [HARDERWIJK], [GLK], 2027, 2029),
        act("", "Een natuurinclusief bestemmingsplan voor de Waterfront-uitbreiding",
            "Natuurinclusief bestemmingsplan voor de Waterfront-uitbreiding", [HARDERWIJK], [], 2028, None),
        act("", "Een bufferzone van kruidenrijk grasland langs het Leuvenumse Bos",
            "Bufferzone van kruidenrijk grasland langs het Leuvenumse Bos", [ERMELO], [PG], 2027, 2030),
        act("", "Een stikstofmonitor voor de randen van het Veluwemassief",
            "Stikstofmonitor voor de randen van het Veluwemassief", [PUTTEN], [], None, 2028,
            commissioners=[PG]),
        act("", "Omvorming van naaldbos naar gemengd bos bij Putten", "Omvorming van naaldbos naar gemengd bos bij "
            "Putten", [SBB], [PUTTEN], 2027, 2030),
    ],
    "not_commitments": [
        "In 2026 is de gemeente gestart met de inventarisatie van de houtwallen; die is afgerond.",
        "Een eventuele uitbreiding van het Natura 2000-gebied is een besluit van het Rijk",
    ],
}

PLANNING = {
    "document": "b26-planning",
    "file": "b26-planning.md",
    "type": "label-blocks",
    "producer": "Werkplan Bodemdaling en Bouwen Midden-Holland 2027-2030 (Gemeente Gouda, Gemeente "
    "Bodegraven-Reeuwijk, Gemeente Waddinxveen, Hoogheemraadschap van Rijnland, Provincie Zuid-Holland); Markdown, "
    "written by build.py; a numbered list of actions with 'Trekker:' and 'Met:' in deel 1 and their periods in a "
    "SEPARATE PLANNING TABLE 'Nr. | Start | Gereed' in deel 2, keyed by the same number; '–' for an open start or "
    "end; 'Rijnland' defined in the subtitle",
    "actions": [
        act("1", "Funderingsloket voor eigenaren van oude panden in de Goudse binnenstad",
            "Funderingsloket voor eigenaren van oude panden in de Goudse binnenstad", [GOUDA], [RIJNLAND], 2027,
            2028),
        act("2", "Bouwen zonder ophoging in de nieuwe wijk Westergouwe-Zuid",
            "Bouwen zonder ophoging in de nieuwe wijk Westergouwe-Zuid", [GOUDA], [PZH], 2028, None),
        act("3", "Peilbesluit voor de Reeuwijkse Plassen", "Peilbesluit voor de Reeuwijkse Plassen", [RIJNLAND],
            [BR], None, 2027),
        act("4", "Onderwaterdrainage in de veenweidepolders rond Bodegraven",
            "Onderwaterdrainage in de veenweidepolders rond Bodegraven", [BR], [RIJNLAND, PZH], 2027, 2030),
        act("5", "Woningbouw op de Triangel met een klimaatbestendige bodemopbouw",
            "Woningbouw op de Triangel met een klimaatbestendige bodemopbouw", [WADDINXVEEN], [PZH], 2029, 2029),
    ],
    "not_commitments": [
        "Het bodemdalingsonderzoek van 2026 is afgerond en staat daarom niet in dit werkplan.",
    ],
}

RAADSVRAGEN = {
    "document": "b26-raadsvragen",
    "file": "b26-raadsvragen.pdf",
    "type": "letter",
    "producer": "Raadsinformatiebrief of the college of Leeuwarden to the gemeenteraad, beantwoording schriftelijke "
    "vragen over warmte en netcapaciteit, dated 24 November 2026 (Gemeente Leeuwarden, Gemeente Waadhoeke, "
    "Provincie Fryslân, Wetterskip Fryslân, Liander, Ennatuurlijk); fpdf2; the letter ANSWERS COUNCIL QUESTIONS "
    "('Vraag 1' ... 'Antwoord: Ja. Wij ...'): the commitments stand in the answers, two in one answer; the "
    "questions themselves, a REFUSAL ('... gaan wij niet uitvoeren'), past work in an answer and a wish are "
    "look-alikes; a plan of Liander is reported",
    "letter_date": "2026-11-24",
    "actions": [
        act("", "Wij breiden in 2027 en 2028 samen met Ennatuurlijk het warmtenet in Camminghaburen uit met 600 "
            "woningen", "Uitbreiding warmtenet Camminghaburen", [LEEUWARDEN], [ENNATUURLIJK], 2027, 2028),
        act("", "Wij laten in 2027 door Wetterskip Fryslân onderzoeken of de rioolwaterzuivering bij Leeuwarden "
            "warmte kan leveren", "Onderzoek warmte uit de rioolwaterzuivering", [WF], [], 2027, 2027,
            commissioners=[LEEUWARDEN]),
        act("", "Wij richten vanaf 2027 met Liander en de provincie Fryslân een energiehub op De Zwette in",
            "Energiehub De Zwette", [LEEUWARDEN], [LIANDER, PF], 2027, None),
        act("", "Wij stellen uiterlijk eind 2027 met de gemeente Waadhoeke een gezamenlijk isolatieprogramma voor "
            "huurwoningen op", "Isolatieprogramma huurwoningen", [LEEUWARDEN], [WAADHOEKE], None, 2027,
            involved=[PF]),
        act("", "starten wij in 2028 een proef met buurtbatterijen in de wijk Heechterp-Schieringen",
            "Proef met buurtbatterijen in Heechterp-Schieringen", [LEEUWARDEN], [], 2028, None),
    ],
    "not_commitments": [
        "Is het college bereid om het warmtenet in de wijk Camminghaburen uit te breiden?",
        "Eerder, in 2025, hebben wij de eerste 400 woningen aangesloten.",
        "Gaat het college een tweede warmtebron onderzoeken?",
        "Een geothermieboring gaan wij niet uitvoeren",
        "Wat doet het college aan de wachtrij voor stroom op bedrijventerrein De Zwette?",
        "Wij hopen dat meer gemeenten in Fryslân zich bij deze aanpak aansluiten.",
    ],
    "reported_plans": [
        "Liander verwacht daarnaast in 2029 een nieuw onderstation bij Leeuwarden in gebruik te nemen.",
    ],
}

DOCS = [PORTEFEUILLE, VRAAGLABELS, PERPARTIJ, PLANNING, RAADSVRAGEN]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
