"""The blind8 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Noord-Holland Noord (b8-gedraaid)
ALK = "Gemeente Alkmaar"
DEW = "Gemeente Dijk en Waard"
HEI = "Gemeente Heiloo"
HHNK = "Hoogheemraadschap Hollands Noorderkwartier"
PNH = "Provincie Noord-Holland"
PWN = "PWN Waterleidingbedrijf Noord-Holland"
RALK = "Regio Alkmaar"
SBB = "Staatsbosbeheer"
# Midden-Brabant (b8-samengevoegd)
DOM = "Waterschap De Dommel"
WBD = "Waterschap Brabantse Delta"
TIL = "Gemeente Tilburg"
PNB = "Provincie Noord-Brabant"
ENX = "Enexis Netbeheer"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
# Oost-Groningen (b8-voortgang)
WHA = "Waterschap Hunze en Aa's"
PGR = "Provincie Groningen"
# Westland / Haaglanden (b8-toezeggingen-minister), Leiden - Delft (b8-schuine-strepen)
IENW = "Ministerie van Infrastructuur en Waterstaat"
RWS = "Rijkswaterstaat"
PZH = "Provincie Zuid-Holland"
HHD = "Hoogheemraadschap van Delfland"
HHR = "Hoogheemraadschap van Rijnland"
WSTL = "Gemeente Westland"
DELFT = "Gemeente Delft"
TUD = "Technische Universiteit Delft"
# Noord-Limburg (b8-db-brief)
WL = "Waterschap Limburg"
# Zwolle (b8-cel-met-code)
ZWO = "Gemeente Zwolle"
WDOD = "Waterschap Drents Overijsselse Delta"
POV = "Provincie Overijssel"


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
    appendix=None,
):
    a = {
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
    if appendix:
        a["appendix_anchor"] = appendix
    return a


GEDRAAID = {
    "document": "b8-gedraaid",
    "file": "b8-gedraaid.pdf",
    "type": "ruled-pdf",
    "producer": "Regio Alkmaar, Uitvoeringsprogramma Klimaatadaptatie Regio Alkmaar 2026-2029; "
    "fpdf2 table(), "
    "TRANSPOSED: field names (Actie, Omschrijving, Trekker, Partners, Planning) in the first "
    "column, one action "
    "per further column headed 'A1'..'A6', two tables of three actions",
    "actions": [
        act(
            "A1",
            "Hittebestendige binnenstad Alkmaar",
            "Hittebestendige binnenstad Alkmaar",
            [ALK],
            [HHNK],
            2026,
            2028,
        ),
        act(
            "A2",
            "Waterberging polder Heerhugowaard",
            "Waterberging polder Heerhugowaard",
            [HHNK],
            [DEW, PNH],
            2027,
            2029,
        ),
        act(
            "A3",
            "Drinkwaterbesparing bij bedrijven",
            "Drinkwaterbesparing bij bedrijven",
            [PWN],
            [RALK],
            2026,
            None,
        ),
        act(
            "A4",
            "Regionale afspraken klimaatbestendig bouwen",
            "Regionale afspraken klimaatbestendig bouwen",
            [RALK],
            [ALK, DEW, HEI],
            None,
            2027,
        ),
        act(
            "A5",
            "Verzilting en duinbeheer Schoorlse Duinen",
            "Verzilting en duinbeheer Schoorlse Duinen",
            [SBB],
            [PWN, HHNK],
            2026,
            2029,
            deps=[("related", "A3")],
        ),
        act(
            "A6",
            "Monitoring en evaluatie van het programma",
            "Monitoring en evaluatie van het programma",
            [RALK],
            [HHNK, PNH],
            2029,
            2029,
            deps=[("starts_after", "A1"), ("starts_after", "A2")],
        ),
    ],
    "not_commitments": [
        "Elke kolom van de tabellen hieronder is één actie",
        "Het programma is op 29 oktober 2026 vastgesteld door het Regionaal Bestuurlijk Overleg Klimaat.",
    ],
}

SAMENGEVOEGD = {
    "document": "b8-samengevoegd",
    "file": "b8-samengevoegd.pdf",
    "type": "libreoffice-pdf",
    "producer": "Regio Hart van Brabant, Uitvoeringsprogramma Water en Energie Hart van Brabant "
    "2026-2029; HTML "
    "-> soffice, ruled table 'Nr. | Maatregel | Trekker | Partners | Planning' whose Trekker cell is merged "
    "over 3, 1, 2 and 2 rows (rowspan), theme rows spanning the whole width",
    "actions": [
        act(
            "1.1",
            "Beekherstel Voorste Stroom bij Tilburg",
            "Beekherstel Voorste Stroom",
            [DOM],
            [TIL, "Brabants Landschap"],
            2026,
            2028,
        ),
        act(
            "1.2",
            "Hermeandering Reusel bij Moergestel",
            "Hermeandering Reusel bij Moergestel",
            [DOM],
            ["Gemeente Oisterwijk", "Vereniging Natuurmonumenten"],
            2027,
            2029,
        ),
        act(
            "1.3",
            "Peilgestuurde drainage op landbouwpercelen",
            "Peilgestuurde drainage op landbouwpercelen",
            [DOM],
            [ZLTO],
            2026,
            None,
            deps=[("related", "1.1")],
        ),
        act(
            "1.4",
            "Grondwaterbescherming waterwingebied Haaren",
            "Grondwaterbescherming waterwingebied Haaren",
            ["Brabant Water"],
            [PNB],
            None,
            2028,
        ),
        act(
            "2.1",
            "Warmtenet Tilburg-Noord",
            "Warmtenet Tilburg-Noord",
            [TIL],
            [ENX, "Ennatuurlijk"],
            2026,
            2029,
        ),
        act(
            "2.2",
            "Zon op bedrijfsdaken Loven en Kraaiven",
            "Zon op bedrijfsdaken Loven en Kraaiven",
            [TIL],
            [ENX],
            2027,
            2027,
        ),
        act(
            "2.3",
            "Aanpak netcongestie bedrijventerreinen Waalwijk",
            "Aanpak netcongestie Waalwijk",
            [PNB],
            [ENX, "Gemeente Waalwijk"],
            2026,
            2027,
        ),
        act(
            "2.4",
            "Regionale energiestrategie 2.0",
            "Regionale energiestrategie 2.0",
            [PNB],
            ["Regio Hart van Brabant", WBD],
            2028,
            2028,
            deps=[("depends", "2.1"), ("depends", "2.3")],
        ),
    ],
    "not_commitments": [
        "Waar één partij meerdere maatregelen trekt, is de cel van de trekker samengevoegd.",
        "Het programma is op 8 oktober 2026 vastgesteld door het Algemeen Bestuur van de Regio Hart "
        "van Brabant.",
    ],
}

VOORTGANG = {
    "document": "b8-voortgang",
    "file": "b8-voortgang.txt",
    "type": "text-table",
    "producer": "Programma Leefbaar en Klimaatbestendig Oost-Groningen 2025-2029, voortgangsrapportage stand "
    "per 1 november 2026; Markdown pipe table 'Nr | Actie | Trekker | Status | Toelichting | "
    "Gereed', by hand",
    "actions": [
        act(
            "1.1",
            "Stresstest wateroverlast kernen Winschoten en Scheemda",
            "Stresstest wateroverlast Winschoten en Scheemda",
            ["Gemeente Oldambt"],
            [],
            None,
            2026,
        ),
        act(
            "1.2",
            "Risicodialogen in de dorpen van Westerwolde",
            "Risicodialogen Westerwolde",
            ["Gemeente Westerwolde"],
            [],
            None,
            2027,
        ),
        act(
            "2.1",
            "Verkenning waterberging Oldambtmeer-Oost",
            "Verkenning waterberging Oldambtmeer-Oost",
            [WHA],
            [],
            None,
            2028,
        ),
        act(
            "2.2",
            "Kadeverbetering Westerwoldse Aa bij Vlagtwedde",
            "Kadeverbetering Westerwoldse Aa",
            [WHA],
            [],
            None,
            2029,
            deps=[("depends", "2.1")],
        ),
        act("2.3", "Beekherstel Ruiten Aa bij Ter Apel", "Beekherstel Ruiten Aa", [SBB], [], None, 2027),
        act(
            "3.1",
            "Groene schoolpleinen Veendam",
            "Groene schoolpleinen Veendam",
            ["Gemeente Veendam"],
            [],
            None,
            2026,
        ),
        act(
            "3.2",
            "Subsidieregeling regenwater bij woningen in Pekela",
            "Subsidieregeling regenwater Pekela",
            ["Gemeente Pekela"],
            [],
            None,
            2028,
        ),
        act(
            "3.3",
            "Droogtemonitor landbouw Oost-Groningen",
            "Droogtemonitor landbouw Oost-Groningen",
            [PGR],
            [],
            None,
            2027,
        ),
        act(
            "4.1",
            "Evaluatie van het programma",
            "Evaluatie van het programma",
            [PGR],
            [],
            None,
            2029,
            deps=[("starts_after", "1.2"), ("starts_after", "3.2")],
        ),
    ],
    "not_commitments": [
        "Deze rapportage geeft per actie van het programma de stand van zaken.",
        "Rapport in juni 2026 aan de raad gestuurd.",
        "Vier van de zes dialogen zijn gehouden.",
        "Eerste deel van de meanders gegraven.",
        "Zes schoolpleinen vergroend, opgeleverd in september 2026.",
        "Regeling opengesteld op 1 maart 2026.",
        "Ter Apel hoort bij de gemeente Westerwolde.",
    ],
}

TOEZEGGINGEN = {
    "document": "b8-toezeggingen-minister",
    "file": "b8-toezeggingen-minister.pdf",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Infrastructuur en Waterstaat, Zoetwatervoorziening "
    "Westland en "
    "zoutindringing Nieuwe Waterweg, dated 20 November 2026; HTML -> soffice, prose and a ruled table "
    "'Nr. | Toezegging | Termijn' without a who column",
    "letter_date": "2026-11-20",
    "actions": [
        act(
            "1",
            "Uw Kamer ontvangt de uitgewerkte zoetwaterstrategie West-Nederland",
            "Uitgewerkte zoetwaterstrategie West-Nederland naar de Kamer",
            [IENW],
            [],
            None,
            2027,
            appendix="Ik stuur u vóór 1 juli 2027 de uitwerking van de strategie voor de "
            "zoetwatervoorziening",
        ),
        act(
            "2",
            "Ik laat Rijkswaterstaat onderzoeken hoe de zoutindringing via de Nieuwe Waterweg kan worden "
            "beperkt",
            "Onderzoek beperking zoutindringing Nieuwe Waterweg",
            [RWS],
            [],
            2027,
            2027,
            commissioners=[IENW],
        ),
        act(
            "3",
            "Samen met het Hoogheemraadschap van Delfland en de provincie Zuid-Holland start ik een pilot",
            "Pilot ondergrondse opslag van regenwater bij tuinders in het Westland",
            [IENW],
            [HHD, PZH],
            2027,
            None,
        ),
        act(
            "4",
            "Ik maak afspraken met Dunea en Evides over de levering van gietwater",
            "Afspraken over levering van gietwater in droge perioden",
            [IENW],
            ["Dunea", "Evides Waterbedrijf"],
            None,
            2027,
        ),
        act(
            "5",
            "Ik stel € 20 miljoen beschikbaar voor regenwateropslag in de glastuinbouw",
            "EUR 20 miljoen voor regenwateropslag in de glastuinbouw",
            [IENW],
            [],
            2028,
            2029,
            deps=[("depends", "3")],
        ),
        act(
            "6",
            "Ik informeer uw Kamer jaarlijks over de voortgang van het Deltaprogramma Zoetwater",
            "Jaarlijkse voortgang Deltaprogramma Zoetwater aan de Kamer",
            [IENW],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "In deze brief informeer ik uw Kamer over de zoetwatervoorziening van de glastuinbouw in "
        "het Westland",
        "heeft het lid Bakker gevraagd welke maatregelen het kabinet neemt.",
        "In de droge zomer van 2025 drong zout water via de Nieuwe Waterweg verder landinwaarts dan "
        "ooit gemeten.",
        "Het Hoogheemraadschap van Delfland moest in augustus 2025 de inlaat bij Maassluis twee "
        "weken sluiten.",
        "Uw Kamer heeft op 4 juni 2026 de motie-Jansen aangenomen",
        "Daarin betrek ik de resultaten van het onderzoek naar de Nieuwe Waterweg.",
        "Hieronder staan alle toezeggingen uit deze brief.",
        "Als de pilot uit toezegging 3 goede resultaten geeft, wil ik de aanpak ook in het Oostland "
        "toepassen.",
    ],
}

DB_BRIEF = {
    "document": "b8-db-brief",
    "file": "b8-db-brief.txt",
    "type": "letter",
    "producer": "Letter of the dagelijks bestuur of Waterschap Limburg to its algemeen bestuur, Uitvoering "
    "Programma Hoogwater en Droogte Noord-Limburg 2027-2029, dated 24 November 2026; plain text, by hand",
    "letter_date": "2026-11-24",
    "actions": [
        act(
            "",
            "Het dagelijks bestuur zal vóór 1 oktober 2027 een herzien peilbesluit voor de Peelrandbreuk",
            "Herzien peilbesluit Peelrandbreuk naar het algemeen bestuur",
            [WL],
            [],
            None,
            2027,
        ),
        act(
            "",
            "In samenwerking met de gemeente Peel en Maas en ZLTO zal het dagelijks bestuur in 2027 en 2028",
            "Vijftig stuwen in Kwistbeek en Groote Molenbeek",
            [WL],
            ["Gemeente Peel en Maas", ZLTO],
            2027,
            2028,
        ),
        act(
            "",
            "Wij starten in 2028 met de versterking van de Maaskering bij Arcen",
            "Versterking Maaskering Arcen",
            [WL],
            [],
            2028,
            None,
        ),
        act(
            "",
            "Samen met de gemeente Venlo ronden wij uiterlijk in 2028 het afkoppelprogramma voor Blerick af",
            "Afkoppelprogramma Blerick",
            [WL],
            ["Gemeente Venlo"],
            None,
            2028,
        ),
        act(
            "",
            "Wij laten in 2027 door Deltares onderzoeken hoe de grondwaterstand in de Peel",
            "Onderzoek grondwaterstand Peel tot 2050",
            ["Deltares"],
            [],
            2027,
            2027,
            commissioners=[WL],
        ),
        act(
            "",
            "Vanaf 2027 informeren wij u twee keer per jaar over de voortgang van het programma",
            "Halfjaarlijkse voortgangsinformatie aan het algemeen bestuur",
            [WL],
            [],
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "In uw vergadering van 16 september 2026 heeft u het Programma Hoogwater en Droogte Noord-Limburg "
        "2027-2029 vastgesteld.",
        "Met deze brief informeert het dagelijks bestuur u over de uitvoering in de komende jaren.",
        "In de zomer van 2025 vielen in de Peel meer dan veertig beken droog.",
        "In juli 2021 liep een deel van Venlo en Arcen onder water.",
        "Het programma bouwt voort op de gebiedsanalyse die in 2024 samen met de gemeenten is opgesteld.",
        "Als de proef met de stuwen in de Kwistbeek tegenvalt, dan zal het dagelijks bestuur in "
        "2029 een ander "
        "ontwerp voorstellen.",
        "De kosten van het programma zijn opgenomen in de begroting 2027 die u op 4 november 2026 heeft "
        "vastgesteld.",
        "Heeft u vragen over deze brief?",
    ],
    "reported_plans": [
        "Rijkswaterstaat verdiept in 2027 de vaargeul van de Maas tussen Venlo en Roermond.",
        "De Provincie Limburg stelt in 2027 een subsidieregeling voor bodemverbetering open.",
    ],
}

SCHUINE_STREPEN = {
    "document": "b8-schuine-strepen",
    "file": "b8-schuine-strepen.md",
    "type": "text-table",
    "producer": "Uitvoeringsagenda Water en Klimaat Leiden - Delft - Westland 2026-2029; Markdown pipe table "
    "'Code | Actie | Wie | Wanneer' whose Wie cell joins lead and partners with '/', '+', ',', '; "
    "i.s.m.' and "
    "'(trekker)', by hand",
    "actions": [
        act(
            "LW-1",
            "Klimaatadaptieve herinrichting Stationsgebied Leiden",
            "Klimaatadaptieve herinrichting Stationsgebied Leiden",
            [PZH],
            ["Gemeente Leiden", HHR],
            2026,
            2028,
        ),
        act(
            "LW-2",
            "Waterbuffer Oude Rijn bij Leiderdorp",
            "Waterbuffer Oude Rijn bij Leiderdorp",
            [HHR],
            ["Gemeente Leiderdorp"],
            2029,
            2029,
            deps=[("starts_after", "LW-1")],
        ),
        act(
            "LW-3",
            "Duinwaterinfiltratie en verzilting bij Katwijk",
            "Duinwaterinfiltratie en verzilting Katwijk",
            [HHR],
            ["Gemeente Katwijk", "Dunea"],
            2027,
            None,
        ),
        act(
            "DW-1",
            "Hittebestendige binnenstad Delft",
            "Hittebestendige binnenstad Delft",
            [DELFT],
            [TUD, HHD],
            2026,
            2027,
        ),
        act(
            "DW-2",
            "Proeftuin regenwaterhergebruik op de TU Delft Campus",
            "Proeftuin regenwaterhergebruik TU Delft Campus",
            [TUD],
            [DELFT],
            2027,
            2027,
        ),
        act(
            "DW-3",
            "Gietwaterbassins glastuinbouw Westland",
            "Gietwaterbassins glastuinbouw Westland",
            [HHD],
            [WSTL],
            None,
            2028,
        ),
        act(
            "DW-4",
            "Afvalwaterhergebruik rwzi Harnaschpolder voor de tuinbouw",
            "Afvalwaterhergebruik rwzi Harnaschpolder",
            [HHD],
            [WSTL, "Glastuinbouw Nederland"],
            2027,
            2029,
            deps=[("depends", "DW-3")],
        ),
        act(
            "RG-1",
            "Regionale kennisagenda klimaatadaptatie",
            "Regionale kennisagenda klimaatadaptatie",
            ["Universiteit Leiden"],
            [TUD, PZH],
            None,
            None,
        ),
    ],
    "not_commitments": [
        'In de kolom Wie staat de trekker voorop, tenzij een andere partij met "(trekker)" is aangeduid.',
        "De agenda is op 3 november 2026 besproken in het Regionaal Overleg Klimaatadaptatie.",
    ],
}

CEL_MET_CODE = {
    "document": "b8-cel-met-code",
    "file": "b8-cel-met-code.pdf",
    "type": "unruled-pdf",
    "producer": "Gemeente Zwolle, Uitvoeringsprogramma Energietransitie Zwolle 2026-2028; reportlab Table "
    "without rules, columns 'Actie' (code and title on the first line, description below) and 'Wie en "
    "wanneer' ('Trekker: X (i.s.m. Y en Z)' and 'Looptijd: ...' on separate lines)",
    "actions": [
        act(
            "A1",
            "Warmtetransitievisie Zwolle herzien",
            "Warmtetransitievisie Zwolle herzien",
            [ZWO],
            [ENX],
            2026,
            2026,
        ),
        act(
            "A2",
            "Wijkuitvoeringsplan Holtenbroek",
            "Wijkuitvoeringsplan Holtenbroek",
            [ZWO],
            ["Stichting Wonen Zwolle", "deltaWonen"],
            2027,
            2028,
            deps=[("depends", "A1")],
        ),
        act(
            "B1",
            "Aquathermie uit het Zwarte Water",
            "Aquathermie uit het Zwarte Water",
            [WDOD],
            [ZWO],
            2026,
            2026,
        ),
        act("B2", "Restwarmte rwzi Zwolle", "Restwarmte rwzi Zwolle", [WDOD], [], 2027, None),
        act(
            "B3",
            "Warmtenet Zwolle-Zuid",
            "Warmtenet Zwolle-Zuid",
            [ZWO],
            [ENX, POV],
            2027,
            2028,
            deps=[("starts_after", "B1")],
        ),
        act(
            "C1",
            "Netcongestie bedrijventerrein Hessenpoort",
            "Netcongestie bedrijventerrein Hessenpoort",
            [ENX],
            [ZWO, "Hogeschool Windesheim"],
            2027,
            2027,
        ),
        act(
            "C2", "Energiecoöperaties ondersteunen", "Energiecoöperaties ondersteunen", [POV], [], None, 2028
        ),
    ],
    "not_commitments": [
        "Zwolle wil in 2050 aardgasvrij zijn.",
        "De gemeenteraad heeft het programma op 2 november 2026 vastgesteld.",
    ],
}

DOCS = [GEDRAAID, SAMENGEVOEGD, VOORTGANG, TOEZEGGINGEN, DB_BRIEF, SCHUINE_STREPEN, CEL_MET_CODE]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
