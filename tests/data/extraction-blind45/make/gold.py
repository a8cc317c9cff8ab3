"""Hand-written gold for the five blind45 documents, read from what each document says (never from program
output). Writes gold/<document>.json. Run: .venv/bin/python tests/data/extraction-blind45/make/gold.py"""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Rijk
IENW = "Ministerie van Infrastructuur en Waterstaat"
RWS = "Rijkswaterstaat"
# Maasvlakte and Rozenburg
HBR = "Havenbedrijf Rotterdam N.V."
ROTTERDAM = "Gemeente Rotterdam"
MAASSLUIS = "Gemeente Maassluis"
PZH = "Provincie Zuid-Holland"
DCMR = "DCMR Milieudienst Rijnmond"
# Zaan en IJ
ZAANSTAD = "Gemeente Zaanstad"
OOSTZAAN = "Gemeente Oostzaan"
WORMERLAND = "Gemeente Wormerland"
PNH = "Provincie Noord-Holland"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
HBA = "Havenbedrijf Amsterdam N.V."
# Eemland
WVV = "Waterschap Vallei en Veluwe"
AMERSFOORT = "Gemeente Amersfoort"
BAARN = "Gemeente Baarn"
LEUSDEN = "Gemeente Leusden"
SOEST = "Gemeente Soest"
BUNSCHOTEN = "Gemeente Bunschoten"
PUT = "Provincie Utrecht"
# Walcheren
SCHELDESTROMEN = "Waterschap Scheldestromen"
VLISSINGEN = "Gemeente Vlissingen"
VEERE = "Gemeente Veere"
PZE = "Provincie Zeeland"


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


HAVENAGENDA = {
    "document": "b45-havenagenda",
    "file": "b45-havenagenda.pdf",
    "type": "agenda",
    "producer": "Uitvoeringsagenda Haven en Leefomgeving Maasvlakte en Rozenburg 2027-2030 of the Bestuurlijk Overleg "
    "Haven en Leefomgeving Rijnmond-West (Havenbedrijf Rotterdam N.V., Gemeente Rotterdam, Gemeente Maassluis, "
    "Provincie Zuid-Holland, DCMR Milieudienst Rijnmond, Rijkswaterstaat, Ministerie van Infrastructuur en "
    "Waterstaat); fpdf2 with DejaVu Sans, one page: an unruled designed table 'Nr. | Actie | Eigenaar | Planning' "
    "with a coloured header band and shaded rows, drawn column by column (all Nr., all Eigenaar, all Planning, then "
    "all Actie cells); every Eigenaar cell has two lines: the lead and 'met <partner>', or one long name wrapped",
    "actions": [
        same("HL-01", "Aanleg van een geluidsscherm langs de Moezelweg ter hoogte van Rozenburg-West", [HBR],
             [ROTTERDAM], 2027, 2028),
        same("HL-02", "Uitbreiding van het luchtmeetnet rond de Maasvlakte met vier meetstations voor fijnstof en "
             "stikstofdioxide", [DCMR], [], 2027, 2027),
        same("HL-03", "Verkenning van een snelle fietsverbinding tussen Maassluis en Rozenburg over de "
             "Maeslantkering", [PZH], [MAASSLUIS], None, 2028),
        same("HL-04", "Walstroom voor binnenvaartschepen aan de ligplaatsen in de Hartelhaven", [HBR], [RWS],
             2028, None),
        same("HL-05", "Groene buffer met bomen en wandelpaden op de Oostdam bij Rozenburg", [ROTTERDAM], [HBR],
             2028, 2030),
        same("HL-06", "Onderzoek naar de bereikbaarheid van de Maasvlakte bij calamiteiten op de A15", [IENW], [],
             2027, 2027),
    ],
    "not_commitments": [
        "Deze uitvoeringsagenda bundelt de afspraken van Havenbedrijf Rotterdam N.V., de Gemeente Rotterdam, de "
        "Gemeente Maassluis, de Provincie Zuid-Holland en het Rijk over de leefomgeving rond de westelijke "
        "havengebieden.",
        "In 2026 zijn langs de Krabbeweg in Rozenburg twee nieuwe geluidsmeetpunten in gebruik genomen.",
        "Hoe blijft Rozenburg een prettige plek om te wonen nu de Maasvlakte verder groeit?",
        "Leeswijzer: in de kolom Eigenaar staat bovenaan de organisatie die de actie trekt; een tweede regel die "
        "begint met 'met' noemt de partner.",
        "Deze agenda vervangt de Uitvoeringsagenda Leefomgeving Rozenburg 2023-2026.",
    ],
}

_ZAAN_ACTIONS = [
    same("ZIJ-1", "Dijkversterking langs de Zaan tussen Wormer en Wormerveer, inclusief de kademuren bij de "
         "Wilhelminasluis", [HHNK], [], None, 2029),
    same("ZIJ-2", "Herinrichting van de Hembrugstraat en de oevers van het Hembrugterrein", [ZAANSTAD], [],
         2027, None),
    same("ZIJ-3", "Regionale fietsroute van Oostzaan naar Amsterdam-Noord langs het Twiske", [OOSTZAAN, PNH], [],
         2028, 2029),
    same("ZIJ-4", "Verduurzaming van de kades in de Achtersluispolder voor de binnenvaart", [HBA], [], None, 2028),
    same("ZIJ-5", "Natuurvriendelijke oevers en een vispassage bij het gemaal van de Wijde Wormer", [WORMERLAND], [],
         None, 2030),
    same("ZIJ-6", "Onderzoek naar een tweede aansluiting van Zaandam-Noord op de A7", [PNH], [], 2027, 2027),
]
_ZAAN_NOT = [
    "De Zaanstreek groeit tot 2040 met naar verwachting 15.000 woningen, terwijl de Zaan een drukke vaarweg blijft.",
    "In 2026 hebben de partners de oevers van de Zaan tussen Zaandam en Koog aan de Zaan samen in kaart gebracht.",
    "Leeswijzer: hoofdstuk 1 schetst de opgave van het gebied, hoofdstuk 2 bevat de afspraken per opgave.",
    "De stuurgroep Zaan en IJ heeft deze agenda op 19 november 2026 vastgesteld.",
    "Welke rol krijgt de Zaan als vaarweg voor de binnenvaart na 2031?",
]
_ZAAN_PRODUCER = ("Gebiedsagenda Zaan en IJ 2027-2031 of the stuurgroep Zaan en IJ (Gemeente Zaanstad, Gemeente "
                  "Oostzaan, Gemeente Wormerland, Provincie Noord-Holland, Hoogheemraadschap Hollands "
                  "Noorderkwartier, Havenbedrijf Amsterdam N.V.); fpdf2 with DejaVu Sans, two pages: an unruled "
                  "designed table 'Nr. | Opgave | Trekker | Mijlpaal' continued on page 2 under a repeated header "
                  "band, drawn column by column on each page (all Nr., all Trekker, all Mijlpaal, then all Opgave "
                  "cells); Mijlpaal cells in words ('gereed eind 2029', 'start 2027', 'oplevering 2028')")
ZAANAGENDA = {
    "document": "b45-zaanagenda",
    "file": "b45-zaanagenda.pdf",
    "type": "agenda",
    "producer": _ZAAN_PRODUCER,
    "actions": _ZAAN_ACTIONS,
    "not_commitments": _ZAAN_NOT,
}
ZAANAGENDA_TXT = {
    "document": "b45-zaanagenda-tekst",
    "file": "b45-zaanagenda-tekst.txt",
    "type": "agenda",
    "producer": "the pypdf text of b45-zaanagenda.pdf (pages joined by a newline), saved as plain text by build.py, "
    "as a plain-text export of a designed PDF: the table comes column by column, cells broken over lines; "
    "the same document as b45-zaanagenda.pdf: " + _ZAAN_PRODUCER,
    "actions": _ZAAN_ACTIONS,
    "not_commitments": _ZAAN_NOT,
}

PROJECTENREGISTER = {
    "document": "b45-projectenregister",
    "file": "b45-projectenregister.txt",
    "type": "text-table",
    "producer": "Projectenregister Klimaatadaptatie Eemland, export of 24-11-2026 (Waterschap Vallei en Veluwe, "
    "Provincie Utrecht, Gemeente Amersfoort, Gemeente Baarn, Gemeente Leusden, Gemeente Soest, Gemeente "
    "Bunschoten); plain text with real tab characters, written by build.py: a title line, then 'Code | "
    "Omschrijving | Verantwoordelijk | Samenwerkingspartners | Datum gereed | Status | Opmerking' and 7 rows with "
    "ISO dates; one row 'Afgerond' and one 'Geannuleerd' (no actions); partners separated by ';'",
    "actions": [
        same("EEM-01", "Aanleg van een waterberging in de polder Zevenhuizen bij Bunschoten", [WVV], [BUNSCHOTEN],
             None, 2029),
        same("EEM-02", "Vergroenen van de schoolpleinen in Amersfoort-Vathorst", [AMERSFOORT], [], None, 2027),
        same("EEM-04", "Herstel van de beekloop van de Lunterse Beek bij Leusden", [WVV], [LEUSDEN, PUT], None, 2030),
        same("EEM-05", "Afkoppelen van regenwater in de wijk Soest-Zuid", [SOEST], [WVV], None, 2028),
        same("EEM-07", "Regionale stresstest wateroverlast Eemland", [PUT],
             [AMERSFOORT, LEUSDEN, SOEST, BAARN, BUNSCHOTEN], None, 2027),
    ],
    "not_commitments": [
        "Hittekaart en hitteplan voor de kernen van Baarn",
        "Hitteplan vastgesteld door het college op 15 oktober 2026.",
        "Subsidie aangevraagd bij de provincie.",
        "Proef met drijvende zonnepanelen op de Eem bij Baarn",
        "Gestopt na een negatief advies over de scheepvaart op de Eem.",
    ],
}

VOORTGANG = {
    "document": "b45-voortgang",
    "file": "b45-voortgang.md",
    "type": "text-table",
    "producer": "Voortgangsoverzicht Gebiedsprogramma Walcheren Veilig en Vitaal 2027-2030, stand per 1 november "
    "2026 (Waterschap Scheldestromen, Gemeente Vlissingen, Gemeente Middelburg, Gemeente Veere, Provincie "
    "Zeeland, Rijkswaterstaat); Markdown written by build.py: a pipe table 'Nr. | Project | Eigenaar | Mijlpaal | "
    "Status' of 7 rows, one 'Afgerond' and one 'Geannuleerd' (no actions); two Eigenaar cells 'X (met Y)'; "
    "a Toelichting with the reason of the cancellation and a question",
    "actions": [
        same("W1", "Versterking van de duinvoet tussen Zoutelande en Dishoek", [SCHELDESTROMEN], [], 2027, 2028),
        same("W2", "Klimaatbestendige herinrichting van de Walstraat in Vlissingen", [VLISSINGEN], [], None, 2029),
        same("W4", "Fietspad langs het Veerse Meer tussen Veere en Vrouwenpolder", [VEERE], [PZE], 2028, None),
        same("W5", "Ecologische verbindingszone langs het Kanaal door Walcheren", [PZE], [SCHELDESTROMEN], None, 2030),
        same("W7", "Zandsuppletie op het strand bij de Boulevard in Vlissingen", [RWS], [], 2027, 2027),
    ],
    "not_commitments": [
        "Dit overzicht geeft per project de eigenaar, de eerstvolgende mijlpaal en de stand van zaken.",
        "In 2026 is het fietspad tussen Middelburg en Vlissingen langs het Kanaal door Walcheren verbreed.",
        "Hittebestendig groen op het Abdijplein in Middelburg",
        "Transferium aan de rand van Domburg met een pendelbus naar het strand",
        "W6 is geannuleerd, omdat de gemeenteraad van Veere op 2 oktober 2026 heeft gekozen voor uitbreiding van de "
        "bestaande parkeerplaats aan de Zuidstraat.",
        "Ter bespreking: moet W5 eerder starten om de bijdrage van het Rijk voor 2027 te behouden?",
    ],
}

DOCS = [HAVENAGENDA, ZAANAGENDA, ZAANAGENDA_TXT, PROJECTENREGISTER, VOORTGANG]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(doc['actions'])} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
