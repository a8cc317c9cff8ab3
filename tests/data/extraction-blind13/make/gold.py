"""The blind13 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Salland (b13-voortgang)
RAALTE = "Gemeente Raalte"
HELLENDOORN = "Gemeente Hellendoorn"
RIJSSENHOLTEN = "Gemeente Rijssen-Holten"
WDODELTA = "Waterschap Drents Overijsselse Delta"
POV = "Provincie Overijssel"
LOV = "Landschap Overijssel"
SBB = "Staatsbosbeheer"
# Waddeneilanden (b13-periode-samengevoegd)
VLIELAND = "Gemeente Vlieland"
TERSCHELLING = "Gemeente Terschelling"
AMELAND = "Gemeente Ameland"
SCHIER = "Gemeente Schiermonnikoog"
WF = "Wetterskip Fryslân"
PF = "Provincie Fryslân"
RWS = "Rijkswaterstaat"
VITENS = "Vitens"
NM = "Natuurmonumenten"
# De Peel (b13-investeringsagenda)
DEURNE = "Gemeente Deurne"
SOMEREN = "Gemeente Someren"
GEMERTBAKEL = "Gemeente Gemert-Bakel"
LAARBEEK = "Gemeente Laarbeek"
ASTEN = "Gemeente Asten"
PNB = "Provincie Noord-Brabant"
AENM = "Waterschap Aa en Maas"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
BERGOPWAARTS = "Bergopwaarts"
ENEXIS = "Enexis Netbeheer"
# Westelijke Mijnstreek, Chemelot (b13-engelse-koppen)
SITTARD = "Gemeente Sittard-Geleen"
STEIN = "Gemeente Stein"
BEEK = "Gemeente Beek"
PL = "Provincie Limburg"
WL = "Waterschap Limburg"
SITECH = "Sitech Services"
TENNET = "TenneT"
GASUNIE = "Gasunie"
BCC = "Brightlands Chemelot Campus"
UM = "Universiteit Maastricht"
ZUYD = "Zuyd Hogeschool"
# Oost-Flevoland (b13-rastertabel)
DRONTEN = "Gemeente Dronten"
ZEEWOLDE = "Gemeente Zeewolde"
LELYSTAD = "Gemeente Lelystad"
WSZZ = "Waterschap Zuiderzeeland"
PFL = "Provincie Flevoland"
LTO = "LTO Noord"
WUR = "Wageningen University & Research"
FLEVOLANDSCHAP = "Het Flevo-landschap"
CENTRADA = "Centrada"
# Utrecht-West (b13-bestuurlijke-brief)
VRO = "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"
PU = "Provincie Utrecht"
WOERDEN = "Gemeente Woerden"
OUDEWATER = "Gemeente Oudewater"
MONTFOORT = "Gemeente Montfoort"
LOPIK = "Gemeente Lopik"
RONDEVENEN = "Gemeente De Ronde Venen"
HDSR = "Hoogheemraadschap De Stichtse Rijnlanden"
REGIO_GEMEENTEN = [WOERDEN, OUDEWATER, MONTFOORT, LOPIK, RONDEVENEN]
# Noordoost-Fryslân (b13-lettercodes)
NEF = "Gemeente Noardeast-Fryslân"
DANTUMADIEL = "Gemeente Dantumadiel"
ACHTKARSPELEN = "Gemeente Achtkarspelen"
TYTSJERK = "Gemeente Tytsjerksteradiel"
THUS = "Thús Wonen"


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


VOORTGANG = {
    "document": "b13-voortgang",
    "file": "b13-voortgang.pdf",
    "type": "libreoffice-pdf",
    "producer": "Voortgangsrapportage Uitvoeringsprogramma Vitaal Platteland Salland 2025-2028, stand per 1 "
    "November 2026 (gemeenten Raalte, Olst-Wijhe, Hellendoorn, Rijssen-Holten, WDODelta, Provincie "
    "Overijssel); HTML → soffice; ruled table 'Nr | Actie | Trekker | Oorspronkelijke planning | Nieuwe "
    "planning | Status' whose period is the NEW planning ('ongewijzigd' = the original one stands), "
    "'afgerond' rows still actions",
    "actions": [
        act(
            "1.1",
            "Beekherstel van de Soestwetering bij Raalte",
            "Beekherstel van de Soestwetering bij Raalte",
            [WDODELTA],
            [],
            2025,
            2027,
        ),
        act(
            "1.2",
            "Klimaatadaptieve herinrichting van het centrum van Nijverdal",
            "Klimaatadaptieve herinrichting van het centrum van Nijverdal",
            [HELLENDOORN],
            [],
            2026,
            2027,
        ),
        act(
            "1.3",
            "Erfbeplanting en landschapsherstel in de IJsselvallei bij Olst-Wijhe",
            "Erfbeplanting en landschapsherstel in de IJsselvallei bij Olst-Wijhe",
            [LOV],
            [],
            2025,
            2026,
        ),
        act(
            "2.1",
            "Regionale woningbouwmonitor Salland",
            "Regionale woningbouwmonitor Salland",
            [POV],
            [],
            2026,
            2027,
        ),
        act(
            "2.2",
            "Dorpsvernieuwing rond het station van Holten",
            "Dorpsvernieuwing rond het station van Holten",
            [RIJSSENHOLTEN],
            [],
            2027,
            2029,
            deps=[("starts_after", "2.1")],
        ),
        act(
            "2.3",
            "Wateropvang tegen droogte op de Sallandse Heuvelrug",
            "Wateropvang tegen droogte op de Sallandse Heuvelrug",
            [SBB],
            [],
            2027,
            None,
        ),
        act("3.1", "Evaluatie van het programma", "Evaluatie van het programma", [RAALTE], [], 2028, 2028),
    ],
    "not_commitments": [
        "De stuurgroep Salland heeft deze rapportage op 12 november 2026 besproken.",
        "In 2025 zijn twee acties uit het programma vervallen, omdat de landelijke subsidie voor kleine "
        "dorpshuizen stopte.",
        "De kolom Oorspronkelijke planning geeft de planning uit het programma van maart 2025.",
        "De volgende voortgangsrapportage verschijnt in mei 2027.",
    ],
}

PERIODE_SAMENGEVOEGD = {
    "document": "b13-periode-samengevoegd",
    "file": "b13-periode-samengevoegd.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsagenda Zoet Water en Kust Waddeneilanden 2026-2030 (gemeenten Vlieland, "
    "Terschelling, Ameland, Schiermonnikoog, Wetterskip Fryslân, Provincie Fryslân, Rijkswaterstaat); "
    "reportlab; ruled table 'Nr. | Maatregel | Trekker | Partners | Periode' whose Periode cell is MERGED "
    "over rows W1-W3 (value in the middle) and W4-W6 (value at the top)",
    "actions": [
        act(
            "W1",
            "Zoetwaterbuffer in de duinen van Terschelling",
            "Zoetwaterbuffer in de duinen van Terschelling",
            [VITENS],
            [TERSCHELLING, SBB],
            2026,
            2027,
        ),
        act(
            "W2",
            "Opvang van regenwater bij recreatiebedrijven op Vlieland",
            "Opvang van regenwater bij recreatiebedrijven op Vlieland",
            [VLIELAND],
            [WF],
            2026,
            2027,
        ),
        act(
            "W3",
            "Meetnet voor de verzilting van het grondwater op Ameland",
            "Meetnet voor de verzilting van het grondwater op Ameland",
            [WF],
            [AMELAND, VITENS],
            2026,
            2027,
        ),
        act(
            "W4",
            "Duinversterking langs de Noordzeekust van Ameland",
            "Duinversterking langs de Noordzeekust van Ameland",
            [RWS],
            [WF, AMELAND],
            2027,
            2029,
        ),
        act(
            "W5",
            "Kwelderherstel aan de Waddenkant van Schiermonnikoog",
            "Kwelderherstel aan de Waddenkant van Schiermonnikoog",
            [NM],
            [SCHIER, WF],
            2027,
            2029,
        ),
        act(
            "W6",
            "Klimaatbestendige haven van West-Terschelling",
            "Klimaatbestendige haven van West-Terschelling",
            [TERSCHELLING],
            [PF, RWS],
            2027,
            2029,
            deps=[("related", "W4")],
        ),
        act(
            "W7",
            "Monitoring en kennisdeling tussen de eilanden",
            "Monitoring en kennisdeling tussen de eilanden",
            [PF],
            [VLIELAND, TERSCHELLING, AMELAND, SCHIER, WF],
            2026,
            2030,
        ),
    ],
    "not_commitments": [
        "Het Bestuurlijk Overleg Waddeneilanden heeft deze agenda op 6 november 2026 vastgesteld.",
        "In de droge zomer van 2025 moest Vitens op Terschelling en Ameland drinkwater van de vaste wal "
        "aanvoeren.",
        "Maatregelen die in dezelfde periode lopen, staan onder één cel in de kolom Periode.",
    ],
}

INVESTERINGSAGENDA = {
    "document": "b13-investeringsagenda",
    "file": "b13-investeringsagenda.pdf",
    "type": "libreoffice-pdf",
    "producer": "Investeringsagenda Regio Deal De Peel 2026-2030 (gemeenten Deurne, Asten, Someren, "
    "Gemert-Bakel, Laarbeek, Provincie Noord-Brabant, Rijk); HTML → soffice; ruled table 'Project | "
    "Projecttrekker | Cofinanciers | Totale kosten | Bijdrage Rijk | Start realisatie | Oplevering' without "
    "codes, amounts (one '€ 2.027.500') and a Totaal row; cofinanciers pay and steer (opdrachtgever)",
    "actions": [
        act(
            "",
            "Herontwikkeling van de stationsomgeving in Deurne",
            "Herontwikkeling van de stationsomgeving in Deurne",
            [DEURNE],
            [],
            2027,
            2029,
            commissioners=[PNB, BERGOPWAARTS],
        ),
        act(
            "",
            "Kenniscentrum voor agrifood en techniek in Someren",
            "Kenniscentrum voor agrifood en techniek in Someren",
            [SOMEREN],
            [],
            2026,
            2028,
            commissioners=[ZLTO, PNB],
        ),
        act(
            "",
            "Natuurinclusieve landbouw rond de Deurnsche Peel en de Mariapeel",
            "Natuurinclusieve landbouw rond de Deurnsche Peel en de Mariapeel",
            [AENM],
            [],
            2027,
            2030,
            commissioners=[PNB],
        ),
        act(
            "",
            "Snelfietsroute Gemert – Laarbeek – Helmond",
            "Snelfietsroute Gemert – Laarbeek – Helmond",
            [GEMERTBAKEL],
            [],
            2026,
            2028,
            commissioners=[LAARBEEK, PNB],
        ),
        act(
            "",
            "Multifunctioneel dorpshuis in Heusden (Asten)",
            "Multifunctioneel dorpshuis in Heusden (Asten)",
            [ASTEN],
            [],
            2027,
            None,
            commissioners=[PNB],
        ),
        act(
            "",
            "Energiehub op bedrijventerrein Beekerheide in Laarbeek",
            "Energiehub op bedrijventerrein Beekerheide in Laarbeek",
            [ENEXIS],
            [],
            2026,
            2027,
            commissioners=[LAARBEEK, PNB],
        ),
    ],
    "not_commitments": [
        "Het kabinet heeft in mei 2026 € 10 miljoen voor deze Regio Deal toegekend.",
        "Bedragen zijn inclusief btw.",
        "Projecten die na 2030 worden opgeleverd, vallen buiten deze Regio Deal.",
    ],
}

ENGELSE_KOPPEN = {
    "document": "b13-engelse-koppen",
    "file": "b13-engelse-koppen.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsagenda Chemelot Circular Hub 2026-2030 (gemeenten Sittard-Geleen, Stein, Beek, "
    "Provincie Limburg, companies on Chemelot); fpdf2 table(), landscape; a Dutch document whose table has "
    "ENGLISH headers 'Action | Owner | Partners | Timeline | Dependencies', the code in bold at the start "
    "of the Action cell, timelines 'from 2027', 'by end 2029', 'ongoing'",
    "actions": [
        act(
            "CH-1",
            "Restwarmte van Chemelot voor het warmtenet van Sittard-Geleen",
            "Restwarmte van Chemelot voor het warmtenet van Sittard-Geleen",
            [SITECH],
            [SITTARD, PL],
            2026,
            2029,
        ),
        act(
            "CH-2",
            "Uitbreiding van het hoogspanningsstation Graetheide",
            "Uitbreiding van het hoogspanningsstation Graetheide",
            [TENNET],
            [ENEXIS, SITECH],
            2026,
            2028,
        ),
        act(
            "CH-3",
            "Elektrische boilers voor de stoomproductie op het terrein",
            "Elektrische boilers voor de stoomproductie op het terrein",
            [SITECH],
            [TENNET],
            2028,
            2030,
            deps=[("depends", "CH-2")],
        ),
        act(
            "CH-4",
            "Hergebruik van gezuiverd afvalwater als koelwater",
            "Hergebruik van gezuiverd afvalwater als koelwater",
            [WL],
            [SITECH, RWS],
            2026,
            2028,
        ),
        act(
            "CH-5",
            "Proeffabriek voor chemische recycling van kunststof",
            "Proeffabriek voor chemische recycling van kunststof",
            [BCC],
            [UM, ZUYD],
            2027,
            None,
        ),
        act(
            "CH-6",
            "Aansluiting van Chemelot op het landelijke waterstofnetwerk",
            "Aansluiting van Chemelot op het landelijke waterstofnetwerk",
            [GASUNIE],
            [SITECH, PL],
            None,
            2029,
            deps=[("depends", "CH-2"), ("depends", "CH-3")],
        ),
        act(
            "CH-7",
            "Opleidingsprogramma voor procesoperators en onderhoudstechnici",
            "Opleidingsprogramma voor procesoperators en onderhoudstechnici",
            [ZUYD],
            [SITTARD, STEIN, BEEK, BCC],
            None,
            None,
        ),
    ],
    "not_commitments": [
        "De Stuurgroep Chemelot Circular Hub heeft deze agenda op 10 november 2026 vastgesteld.",
        "In 2025 stootte Chemelot ruim vier megaton CO2 uit.",
        "De tabel volgt het format van de Europese subsidieaanvraag en heeft daarom Engelse kolomkoppen.",
    ],
}

RASTERTABEL = {
    "document": "b13-rastertabel",
    "file": "b13-rastertabel.txt",
    "type": "text-table",
    "producer": "Uitvoeringsagenda Bodem en Water Oost-Flevoland 2026-2029, bijlage 2 (gemeenten Dronten, "
    "Zeewolde, Lelystad, Waterschap Zuiderzeeland, Provincie Flevoland); plain text written by build.py; an "
    "ASCII GRID table ('+----+' rules, '+====+' under the header, '|' between cells) whose Maatregel, "
    "Partners and Periode cells wrap over two to four lines inside the grid",
    "actions": [
        act(
            "F1",
            "Slimme peilsturing in de polders",
            "Slimme peilsturing in de polders rond Dronten",
            [WSZZ],
            [LTO, DRONTEN],
            2026,
            2028,
        ),
        act(
            "F2",
            "Klimaatbestendig centrum Zeewolde",
            "Klimaatbestendig centrum Zeewolde: herinrichting van het dorpshart",
            [ZEEWOLDE],
            [WSZZ],
            2027,
            2029,
        ),
        act(
            "F3",
            "Grondwaterbuffer Hulkesteinse Bos",
            "Grondwaterbuffer Hulkesteinse Bos voor drinkwater en natuur",
            [SBB],
            [VITENS, ZEEWOLDE],
            2027,
            None,
        ),
        act(
            "F4",
            "Proeftuin droogtebestendige teelten",
            "Proeftuin droogtebestendige teelten bij Lelystad",
            [WUR],
            [LTO, PFL],
            2026,
            2027,
        ),
        act(
            "F5",
            "Natuurvriendelijke oevers Lage Vaart",
            "Natuurvriendelijke oevers Lage Vaart tussen Dronten en Lelystad",
            [FLEVOLANDSCHAP],
            [WSZZ, LELYSTAD],
            None,
            2028,
        ),
        act(
            "F6",
            "Regenwater afkoppelen in de Atolwijk",
            "Regenwater afkoppelen in de Atolwijk in Lelystad",
            [LELYSTAD],
            [WSZZ, CENTRADA],
            2026,
            2029,
        ),
        act(
            "F7",
            "Monitor bodem en grondwater",
            "Monitor bodem en grondwater Oost-Flevoland",
            [PFL],
            [WSZZ, DRONTEN, ZEEWOLDE, LELYSTAD],
            None,
            None,
            deps=[("depends", "F1"), ("depends", "F4")],
        ),
    ],
    "not_commitments": [
        "Het Bestuurlijk Overleg Water Oost-Flevoland heeft deze agenda op 4 november 2026 vastgesteld.",
        "In het voorjaar van 2025 stond de grondwaterstand bij Dronten op het laagste punt sinds 1976.",
        "De kosten van de maatregelen staan in bijlage 3.",
    ],
}

BESTUURLIJKE_BRIEF = {
    "document": "b13-bestuurlijke-brief",
    "file": "b13-bestuurlijke-brief.pdf",
    "type": "letter",
    "producer": "Bestuurlijke brief of the Minister van Volkshuisvesting en Ruimtelijke Ordening to the "
    "colleges of Woerden, Oudewater, Montfoort, Lopik, De Ronde Venen, GS of Utrecht and the dagelijks "
    "bestuur of HDSR (not to the Kamer), Afspraken bestuurlijk overleg Wonen en Bodemdaling Utrecht-West, "
    "dated 26 November 2026; reportlab; six numbered afspraken in prose ('Het Rijk stelt ... beschikbaar', "
    "'De regio zorgt ervoor dat ...', 'Het Rijk en de regio spreken af dat ...') with 'de regio' defined "
    "by '(hierna samen: de regio)' and a penvoerder; a section of non-commitments",
    "letter_date": "2026-11-26",
    "actions": [
        act(
            "",
            "stelt in 2027 en 2028 samen € 18 miljoen uit de Woningbouwimpuls beschikbaar",
            "Bijdrage uit de Woningbouwimpuls voor betaalbare woningen in Woerden-West",
            [VRO],
            [],
            2027,
            2028,
        ),
        act(
            "",
            "de plannen voor 4.000 woningen uiterlijk 1 juli 2027 in één regionaal woningbouwprogramma staan",
            "Regionaal woningbouwprogramma Utrecht-West",
            [PU],
            REGIO_GEMEENTEN,
            None,
            2027,
        ),
        act(
            "",
            "een kaart maakt van de plekken waar bouwen op slappe bodem de meeste risico's geeft",
            "Risicokaart bouwen op slappe bodem rond Woerden en Oudewater",
            [HDSR],
            [WOERDEN, OUDEWATER],
            None,
            2027,
        ),
        act(
            "",
            "samen een monitor bodemdaling en funderingen ontwikkelen",
            "Monitor bodemdaling en funderingen",
            [VRO],
            [PU, *REGIO_GEMEENTEN],
            None,
            2028,
        ),
        act(
            "",
            "start in 2027 samen met HDSR een proef met onderwaterdrainage in de Lopikerwaard",
            "Proef met onderwaterdrainage in de Lopikerwaard",
            [PU],
            [HDSR],
            2027,
            None,
        ),
        act(
            "",
            "vanaf 1 januari 2027 terechtkunnen bij één regionaal funderingsloket",
            "Regionaal funderingsloket Utrecht-West",
            [PU],
            REGIO_GEMEENTEN,
            2027,
            None,
        ),
    ],
    "not_commitments": [
        "Op 11 november 2026 spraken wij in Woerden over de woningbouw en de bodemdaling in Utrecht-West.",
        "In deze brief leg ik de afspraken uit dat overleg vast.",
        "De gemeenten Woerden, Oudewater, Montfoort, Lopik en De Ronde Venen en de provincie Utrecht (hierna "
        "samen: de regio) werken sinds 2024 samen in het Programma Utrecht-West.",
        "De provincie Utrecht is namens de regio penvoerder en aanspreekpunt voor het Rijk",
        "Het Hoogheemraadschap De Stichtse Rijnlanden (hierna: HDSR) nam als adviseur aan het overleg deel.",
        "De regio vroeg het Rijk om een bijdrage aan de versterking van de Lekdijk bij Lopik; daarover "
        "hebben wij in dit overleg geen afspraak gemaakt.",
        "Het Rijk kan op dit moment geen toezegging doen over een tweede tranche voor de jaren na 2028.",
        "Over de verbreding van de A12 bij Woerden beslist het kabinet in het voorjaar van 2027.",
        "Als de eerste uitkomsten van de monitor daartoe aanleiding geven, bespreken wij in 2028 aanvullende "
        "maatregelen.",
        "Ik zie uit naar de verdere samenwerking.",
    ],
}

LETTERCODES = {
    "document": "b13-lettercodes",
    "file": "b13-lettercodes.md",
    "type": "label-blocks",
    "producer": "Actielijst Vitale Dorpen en Water Noordoost-Fryslân 2026-2028 (gemeenten Noardeast-Fryslân, "
    "Dantumadiel, Achtkarspelen, Tytsjerksteradiel, Wetterskip Fryslân, Provincie Fryslân); Markdown, "
    "written by build.py; LETTER codes 'A.', 'B.' as bold paragraphs and sub-items 'A.1', 'C.2' as bullets, "
    "each with 'Wie: trekker, partners — Wanneer: ...' on the line under; letter C is only a heading",
    "actions": [
        act("A", "Klimaatbestendige kernen", "Klimaatbestendige kernen", [NEF], [WF], 2026, 2028),
        act(
            "A.1",
            "Afkoppelen van regenwater in Dokkum-Oost",
            "Afkoppelen van regenwater in Dokkum-Oost",
            [NEF],
            [THUS],
            2026,
            2027,
            deps=[("part_of", "A")],
        ),
        act(
            "A.2",
            "Hittebestendige schoolpleinen in Damwâld",
            "Hittebestendige schoolpleinen in Damwâld",
            [DANTUMADIEL],
            [],
            2027,
            2027,
            deps=[("part_of", "A")],
        ),
        act(
            "B",
            "Waterberging in de Trynwâlden",
            "Waterberging in de Trynwâlden",
            [WF],
            [TYTSJERK],
            2027,
            None,
        ),
        act(
            "C.1",
            "Zonnedaken op dorpshuizen in Achtkarspelen",
            "Zonnedaken op dorpshuizen in Achtkarspelen",
            [ACHTKARSPELEN],
            [PF],
            2026,
            2028,
        ),
        act(
            "C.2",
            "Warmtescan voor de dorpen van Noardeast-Fryslân",
            "Warmtescan voor de dorpen van Noardeast-Fryslân",
            [PF],
            [NEF, DANTUMADIEL],
            None,
            2027,
        ),
        act(
            "D",
            "Evaluatie van de actielijst",
            "Evaluatie van de actielijst",
            [TYTSJERK],
            [PF],
            2028,
            2028,
            deps=[("depends", "A.1"), ("depends", "B")],
        ),
    ],
    "not_commitments": [
        "Het Bestuurlijk Overleg Noordoost heeft de actielijst op 20 november 2026 vastgesteld.",
        "In augustus 2025 stonden na een wolkbreuk in Dokkum en Damwâld tientallen straten blank.",
        "De voortgang wordt twee keer per jaar besproken in het Bestuurlijk Overleg Noordoost.",
    ],
}

DOCS = [
    VOORTGANG,
    PERIODE_SAMENGEVOEGD,
    INVESTERINGSAGENDA,
    ENGELSE_KOPPEN,
    RASTERTABEL,
    BESTUURLIJKE_BRIEF,
    LETTERCODES,
]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(DOCS)} gold files, {sum(len(d['actions']) for d in DOCS)} actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
