"""Write ../gold/*.json from the gold below, read by hand from each blind5 document (never from program output)."""
import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Official full names used in the gold.
ENS, HGL, ALM = "Gemeente Enschede", "Gemeente Hengelo", "Gemeente Almelo"
PO, WVS, VRT, VIT = "Provincie Overijssel", "Waterschap Vechtstromen", "Veiligheidsregio Twente", "Vitens"
EMD, PG, HA, NZV = "Gemeente Eemsdelta", "Provincie Groningen", "Waterschap Hunze en Aa's", "Waterschap Noorderzijlvest"
GSP, RWS, NCG, VRG = "Groningen Seaports", "Rijkswaterstaat", "Nationaal Coördinator Groningen", "Veiligheidsregio Groningen"
WL, PL, LLTB, WML = ("Waterschap Limburg", "Provincie Limburg", "Limburgse Land- en Tuinbouw Bond",
                     "Waterleiding Maatschappij Limburg")
VAL, GW, EM, MEE = ("Gemeente Valkenburg aan de Geul", "Gemeente Gulpen-Wittem", "Gemeente Eijsden-Margraten",
                    "Gemeente Meerssen")
SBB, VRZL = "Staatsbosbeheer", "Veiligheidsregio Zuid-Limburg"
APD, DEV, ZUT, LOC, EPE, VST = ("Gemeente Apeldoorn", "Gemeente Deventer", "Gemeente Zutphen", "Gemeente Lochem",
                                "Gemeente Epe", "Gemeente Voorst")
GLD, VV, WRIJ, OVIJ = ("Provincie Gelderland", "Waterschap Vallei en Veluwe", "Waterschap Rijn en IJssel",
                       "Omgevingsdienst Veluwe IJssel")
IENW = "Ministerie van Infrastructuur en Waterstaat"
VNG, IPO, UVW, VEWIN = ("Vereniging van Nederlandse Gemeenten", "Interprovinciaal Overleg", "Unie van Waterschappen",
                        "Vereniging van waterbedrijven in Nederland")
HRL, GGD = "Gemeente Heerlen", "GGD Zuid-Limburg"
GRO, MGR, OVB = "Gemeente Groningen", "Gemeente Midden-Groningen", "OV-bureau Groningen Drenthe"


def act(code, anchor, title, lead, partners, start, end, deps=(), involved=(), commissioners=(), support=(),
        ambiguous=False):
    return {
        "code": code, "anchor": anchor, "title": title,
        "lead": list(lead), "partners": list(partners), "involved": list(involved),
        "commissioners": list(commissioners), "support": list(support),
        "start_year": start, "end_year": end, "period_is_ambiguous": ambiguous,
        "dependencies": [{"kind": k, "target": t} for k, t in deps],
    }


DOCS = [
    {
        "document": "b5-rolmatrix", "file": "b5-rolmatrix.pdf", "type": "ruled-pdf",
        "producer": "fpdf2 2.8 table() with all borders (make/build.py), DejaVu Sans, A4 landscape; role matrix "
                    "of actions x organisations with T/P/B cells, legends under the table",
        "actions": [
            act("KT-01", "Twentse stresstest wateroverlast, hitte en droogte actualiseren",
                "Twentse stresstest actualiseren", [WVS], [ENS, HGL, ALM], 2026, 2026, involved=[PO, VRT]),
            act("KT-02", "Risicodialogen per gemeente voeren op basis van de stresstest",
                "Risicodialogen per gemeente", [ALM], [ENS, HGL, WVS], 2026, 2027,
                deps=[("depends", "KT-01")], involved=[VRT]),
            act("KT-03", "Hittekaart en netwerk van koele plekken Enschede-Hengelo",
                "Hittekaart en koele plekken Enschede-Hengelo", [ENS], [HGL], 2027, 2027, involved=[PO]),
            act("KT-04", "Afkoppelen van hemelwater bij rioolvervanging in bestaande wijken",
                "Afkoppelen hemelwater bij rioolvervanging", [HGL], [ENS, ALM, WVS], 2027, None),
            act("KT-05", "Beregeningsbeleid en grondwateronttrekkingen in droge perioden afstemmen",
                "Beregeningsbeleid en grondwateronttrekkingen afstemmen", [PO], [WVS, VIT], 2026, 2028,
                involved=[ALM]),
            act("KT-06", "Calamiteitenplan extreme neerslag voor Twente opstellen",
                "Calamiteitenplan extreme neerslag Twente", [VRT], [WVS], None, 2027, involved=[ENS, HGL, ALM]),
            act("KT-07", "Campagne zuinig omgaan met drinkwater in droge zomers",
                "Campagne zuinig met drinkwater", [VIT], [PO], None, None, involved=[ENS]),
            act("KT-08", "Regionaal fonds groenblauwe schoolpleinen",
                "Regionaal fonds groenblauwe schoolpleinen", [ALM], [PO], 2027, 2028,
                deps=[("related", "KT-03")], involved=[WVS]),
        ],
        "not_commitments": [
            "Gemeenten die niet in de matrix staan, worden via de werkregio geïnformeerd.",
            "Vastgesteld door het bestuurlijk overleg van de werkregio op 19 november 2026.",
        ],
    },
    {
        "document": "b5-actiepunten", "file": "b5-actiepunten.txt", "type": "text-table",
        "producer": "plain text besluiten- en actiepuntenlijst of a bestuurlijk overleg (Eemsdelta), space-aligned "
                    "table with wrapped rows, written by hand",
        "actions": [
            act("13.2", "Notitie ruimtelijke inpassing zoetwaterbuffer",
                "Notitie ruimtelijke inpassing zoetwaterbuffer Holwierde", [NZV], [], None, 2027),
            act("13.5", "Informatieavond dijkversterking Termunten",
                "Informatieavond dijkversterking Termunten", [HA], [EMD], None, 2026),
            act("14.1", "Planning verkenning dijkversterking",
                "Planning verkenning dijkversterking Eemshaven-Delfzijl delen", [HA], [], None, None,
                ambiguous=True),
            act("14.2", "Voorstel kostenverdeling kadeverhoging havenfront",
                "Voorstel kostenverdeling kadeverhoging havenfront Delfzijl", [GSP], [EMD], None, None,
                ambiguous=True),
            act("14.3", "Aanvraag HWBP-subsidie verkenning voorbereiden",
                "Aanvraag HWBP-subsidie verkenning voorbereiden", [HA], [], None, 2027,
                deps=[("starts_after", "14.1")]),
            act("14.4", "Afstemming versterkingsopgave woningen achter de",
                "Afstemming versterkingsopgave woningen achter de dijk Delfzijl-Noord", [EMD], [NCG], None, 2027),
            act("14.5", "Oefening evacuatie buitendijks havengebied",
                "Oefening evacuatie buitendijks havengebied Eemshaven", [VRG], [GSP], None, 2027),
            act("14.6", "Verslag BO 13 rondsturen",
                "Verslag BO 13 rondsturen", [PG], [], None, 2026),
            act("14.7", "Natuurcompensatie Eems-Dollard voor de",
                "Natuurcompensatie Eems-Dollard dijkversterking in beeld brengen", [PG], [RWS, HA], None, 2027),
        ],
        "not_commitments": [
            "De voorzitter heet de nieuwe directeur van GSP welkom.",
            "Mededeling NZV: het gemaal Spijksterpompen heeft in oktober 2026 een week op vol vermogen gedraaid.",
            "Besluit: het verslag van het BO van 10 september 2026 wordt ongewijzigd vastgesteld.",
            "Actiepunt 13.1 (kaart buitendijkse bedrijven) is afgerond en vervalt.",
            "Besluit: het BO stemt in met de startnotitie van de dijkversterking Eemshaven-Delfzijl.",
            "Besluit: de bijdrage van PG van EUR 2,5 mln aan het havenfront Delfzijl wordt bekrachtigd.",
            "De leden van het BO spreken uit dat de dijkversterking en de versterking van woningen achter de dijk "
            "in samenhang worden gepland.",
            "Besluit: de datum van het volgende BO wordt door het secretariaat met de leden afgestemd.",
        ],
    },
    {
        "document": "b5-sleuteltabellen", "file": "b5-sleuteltabellen.pdf", "type": "libreoffice-pdf",
        "producer": "HTML programme (make/b5-sleuteltabellen.html), one heading 'Actie n.m Titel', a paragraph and "
                    "a 2-column ruled key/value table per action; the table of actie 2.1 splits over the page "
                    "break; LibreOffice Writer via soffice --headless (StarWriter HTML import)",
        "actions": [
            act("1.1", "Regenwaterbuffers in het Heuvelland", "Regenwaterbuffers in het Heuvelland",
                [WL], [GW, EM, LLTB], 2026, 2028),
            act("1.2", "Erosiebestrijding op akkers", "Erosiebestrijding op akkers",
                [PL], [WL, LLTB], 2027, None, deps=[("related", "1.1")]),
            act("1.3", "Afkoppelen hemelwater centrum Valkenburg", "Afkoppelen hemelwater centrum Valkenburg",
                [VAL], [WL, WML], 2026, 2027),
            act("2.1", "Gebiedsvisie Geuldal", "Gebiedsvisie Geuldal",
                [WL], [PL, SBB, VAL, MEE], 2026, 2026),
            act("2.2", "Verplaatsen van kwetsbare functies uit het winterbed",
                "Verplaatsen van kwetsbare functies uit het winterbed", [MEE], [PL], 2027, 2029,
                deps=[("starts_after", "2.1")]),
            act("2.3", "Herinrichting Geul bij Schin op Geul", "Herinrichting Geul bij Schin op Geul",
                [WL], [VAL, SBB], 2027, 2028, deps=[("depends", "2.1")]),
            act("3.1", "Waarschuwingssysteem hoogwater Geul en Gulp", "Waarschuwingssysteem hoogwater Geul en Gulp",
                [VRZL], [WL, RWS], None, 2027),
            act("3.2", "Oefenprogramma hoogwater", "Oefenprogramma hoogwater",
                [VRZL], [WL, VAL, GW, MEE], None, None, deps=[("related", "3.1")]),
        ],
        "not_commitments": [
            "Na de overstroming van juli 2021 hebben de partijen in het Geuldal afgesproken",
            "Per actie staat in een tabel wie de actie trekt",
            "Bijlage: de financiering van de acties staat in de begrotingen van de deelnemende partijen.",
        ],
    },
    {
        "document": "b5-kolommen", "file": "b5-kolommen.txt", "type": "text-table",
        "producer": "InDesign PDF, text as extracted: the agenda table (Regio Stedendriehoek) came out column by "
                    "column (Nr., Trekker, Betrokken partijen, Planning, a page footer, Omschrijving), wrapped "
                    "cells on 2-3 lines; written by hand",
        "actions": [
            act("E1", "Regionale prioritering van aansluitingen op het",
                "Regionale prioritering aansluitingen stroomnet bedrijventerreinen", [APD], ["Liander", GLD, DEV],
                2026, 2027),
            act("E2", "Netcongestie-aanpak Stedendriehoek",
                "Netcongestie-aanpak Stedendriehoek: groepscontracten en flexibel netgebruik", ["Liander"],
                [APD, DEV, ZUT, PO], 2026, 2028, deps=[("depends", "E1")]),
            act("E3", "Warmtetransitie Deventer: warmtenet Rivierenwijk",
                "Warmtenet Rivierenwijk uitbreiden naar de Binnenstad", [DEV], ["Liander", PO], 2027, None),
            act("E4", "Zoekgebieden aquathermie langs de IJssel",
                "Zoekgebieden aquathermie langs de IJssel", [GLD], [VV, WRIJ], 2027, 2027),
            act("E5", "Zonnepark De Mars-Oost", "Zonnepark De Mars-Oost: vergunning en participatieplan",
                [ZUT], [LOC, WRIJ], 2026, 2026),
            act("E6", "Toezicht op energiebesparingsplicht bedrijven",
                "Toezicht energiebesparingsplicht bedrijven intensiveren", [OVIJ], [APD, EPE, VST], None, None),
            act("E7", "Energiehub Bergweide Deventer", "Energiehub Bergweide Deventer",
                [PO], [DEV, "Liander"], None, 2028, deps=[("starts_after", "E2")]),
        ],
        "not_commitments": [
            "De gemeenten Apeldoorn, Deventer, Zutphen, Brummen, Epe, Lochem en Voorst werken in deze agenda samen",
            "De tabel hieronder geeft per opgave de",
        ],
    },
    {
        "document": "b5-kamerbrief", "file": "b5-kamerbrief.pdf", "type": "kamerbrief",
        "producer": "HTML Kamerbrief of the Minister van Infrastructuur en Waterstaat to the Tweede Kamer "
                    "(make/b5-kamerbrief.html); LibreOffice Writer via soffice --headless (StarWriter HTML import)",
        "letter_date": "2026-11-24",
        "actions": [
            act("", "Ik zal voor de zomer van 2027 een beleidskader voor grondwateronttrekkingen",
                "Beleidskader grondwateronttrekkingen droge zandgebieden naar de Kamer", [IENW], [], None, 2027),
            act("", "Met de Unie van Waterschappen en Vewin maak ik vóór 1 juli 2027 afspraken",
                "Afspraken verdeling grondwater bij langdurige droogte", [IENW], [UVW, VEWIN], None, 2027),
            act("", "Deltares onderzoekt in mijn opdracht in 2027",
                "Onderzoek herstel grondwater Twentse beekdalen", ["Deltares"], [], 2027, 2027,
                commissioners=[IENW]),
            act("", "Rijkswaterstaat start in het voorjaar van 2027 met een proef",
                "Proef extra wateraanvoer via de Twentekanalen", [RWS], [], 2027, None),
            act("", "Samen met de VNG en het IPO werk ik in 2027 een handreiking uit",
                "Handreiking vasthouden regenwater in bebouwd gebied", [IENW], [VNG, IPO], 2027, 2027),
            act("", "Uw Kamer ontvangt in het najaar van 2027 de eerste voortgangsrapportage",
                "Eerste voortgangsrapportage water en bodem sturend Oost-Nederland", [IENW], [], 2027, 2027),
        ],
        "not_commitments": [
            "zoals toegezegd in het commissiedebat Water van 2 juli 2026",
            "De droge zomers van 2018, 2019 en 2022 hebben laten zien",
            "Ook in de zomer van 2026 daalden de grondwaterstanden in Twente",
            "De provincies Overijssel en Gelderland hebben in augustus 2026 een tijdelijk verbod",
            "De regio's hebben daarvoor in hun gebiedsprogramma's al veel maatregelen opgenomen",
            "Dat kader geeft provincies en waterschappen meer houvast",
            "dan zal ik met de provincies bezien welke aanvullende beperkingen voor beregening nodig zijn",
            "De waterschappen Vechtstromen, Drents Overijsselse Delta en Rijn en IJssel hebben in 2026 samen een "
            "droogtestrategie vastgesteld.",
        ],
    },
    {
        "document": "b5-collegebrief", "file": "b5-collegebrief.md", "type": "letter",
        "producer": "Markdown raadsinformatiebrief of the college van B&W of Heerlen to the gemeenteraad, written "
                    "by hand",
        "letter_date": "2026-11-24",
        "actions": [
            act("", "Wij leggen u in het eerste kwartaal van 2027 een geactualiseerd Gemeentelijk Rioleringsplan voor",
                "Geactualiseerd Gemeentelijk Rioleringsplan naar de raad", [HRL], [], 2027, 2027),
            act("", "Samen met Waterschap Limburg en WML werken wij vanaf 2027 aan het afkoppelen van regenwater",
                "Afkoppelen regenwater Meezenbroek", [HRL], [WL, WML], 2027, None),
            act("", "een subsidieregeling voor groene daken, regentonnen en het ontharden van tuinen openstellen",
                "Subsidieregeling groene daken, regentonnen en ontharden", [HRL], [], 2027, 2027),
            act("", "samen met de GGD Zuid-Limburg een hitteplan opstellen",
                "Hitteplan voor ouderen en kwetsbare inwoners", [HRL], [GGD], 2027, 2027),
            act("", "op vijf schoolpleinen in Heerlen-Noord tegels vervangen door groen",
                "Vijf groene schoolpleinen Heerlen-Noord", [HRL], [], 2027, 2027),
            act("", "de kaarten met wateroverlastrisico's op de gemeentelijke website actualiseren",
                "Wateroverlastkaarten op de website actualiseren", [HRL], [], 2027, 2027),
        ],
        "not_commitments": [
            "In uw vergadering van 7 juli 2026 heeft u de motie 'Klimaatbestendig Heerlen-Noord' aangenomen.",
            "Met deze brief informeren wij u over wat er sindsdien is gebeurd",
            "Op 18 augustus 2026 viel in Heerlen-Noord in een uur tijd 61 millimeter regen.",
            "Wij hebben na deze bui met bewoners in beide wijken gesproken over hun ervaringen.",
            "In 2026 hebben wij bovendien 3,2 kilometer riool vervangen",
            "De stresstest van de regio Parkstad Limburg laat zien",
            "dan overwegen wij een tweede tranche",
            "De kosten van de maatregelen dekken wij uit de voorziening riolering",
            "Heeft u behoefte aan een technische sessie over het nieuwe rioleringsplan?",
        ],
        "reported_plans": [
            "Waterschap Limburg stelt in 2027 een nieuw peilbesluit vast voor de Geleenbeek.",
            "Enexis Netbeheer vervangt in 2027 de middenspanningskabels onder de Willemstraat.",
        ],
    },
    {
        "document": "b5-uitvoeringsparagraaf", "file": "b5-uitvoeringsparagraaf.pdf", "type": "unruled-pdf",
        "producer": "reportlab canvas (make/build.py), DejaVu Sans, A4 landscape; table without rules, columns "
                    "placed by x position only, wrapped cells, legend under the table",
        "actions": [
            act("P-01", "Verkenning capaciteit en verkeersveiligheid",
                "Verkenning knooppunt Euvelgunne (N46/A7)", [PG], [RWS, GRO], None, 2027, commissioners=[IENW]),
            act("P-02", "Mobiliteitshub Europapark: ontwerp",
                "Mobiliteitshub Europapark: ontwerp, grondverwerving en aanbesteding", [GRO], ["ProRail", OVB],
                None, 2027, commissioners=[PG]),
            act("P-03", "Realisatie mobiliteitshub Europapark",
                "Realisatie mobiliteitshub Europapark", [GRO], ["ProRail", OVB, "Qbuzz"], 2028, 2029,
                deps=[("starts_after", "P-02")], commissioners=[PG]),
            act("P-04", "Snelfietsroute Groningen-Hoogezand",
                "Snelfietsroute Groningen-Hoogezand, tracédeel Kropswolde-Waterhuizen", [MGR], [GRO], None, 2028,
                commissioners=[PG]),
            act("P-05", "Onderzoek inhaalsporen en extra perron",
                "Onderzoek inhaalsporen en extra perron station Sappemeer Oost", ["ProRail"], [PG, OVB],
                None, 2027, commissioners=[IENW]),
            act("P-06", "Kwartierdienst stoptrein Groningen-Veendam",
                "Kwartierdienst stoptrein Groningen-Veendam", [OVB], ["ProRail", "Arriva"], None, 2030,
                deps=[("starts_after", "P-05")], commissioners=[PG]),
            act("P-07", "Verkeersmanagement ringwegen bij evenementen",
                "Verkeersmanagement ringwegen bij evenementen en werkzaamheden", [RWS], [PG, GRO], None, None,
                deps=[("related", "P-01")], commissioners=[IENW]),
            act("P-08", "Monitor bereikbaarheid en herijking",
                "Monitor bereikbaarheid en herijking uitvoeringsparagraaf", [PG], [GRO, MGR, OVB], None, 2030,
                commissioners=[PG]),
        ],
        "not_commitments": [
            "De initiatiefnemer bereidt het project voor en is aanspreekpunt",
            "'Gereed' is het jaar waarin het project klaar moet zijn.",
        ],
    },
]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.name, len(doc["actions"]))
    print("actions in all:", sum(len(d["actions"]) for d in DOCS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
