"""The blind19 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Langstraat (b19-zietoelichting)
WAALWIJK = "Gemeente Waalwijk"
LOONOPZAND = "Gemeente Loon op Zand"
WBD = "Waterschap Brabantse Delta"
PNB = "Provincie Noord-Brabant"
BW = "Brabant Water"
NM = "Vereniging Natuurmonumenten"
GGDHVB = "GGD Hart voor Brabant"
# Goirle, Hilvarenbeek en Oisterwijk (b19-vervolgtabel)
GOIRLE = "Gemeente Goirle"
HILVARENBEEK = "Gemeente Hilvarenbeek"
OISTERWIJK = "Gemeente Oisterwijk"
DOMMEL = "Waterschap De Dommel"
BL = "Brabants Landschap"
ZLTO = "Zuidelijke Land- en Tuinbouworganisatie"
# Midden-Groningen (b19-gs-brief)
PGR = "Provincie Groningen"
MIDDENGRONINGEN = "Gemeente Midden-Groningen"
HUNZE = "Waterschap Hunze en Aa's"
WBG = "Waterbedrijf Groningen"
# Gennep en Mook en Middelaar (b19-trekkerregels)
GENNEP = "Gemeente Gennep"
MOOK = "Gemeente Mook en Middelaar"
WL = "Waterschap Limburg"
PL = "Provincie Limburg"
RWS = "Rijkswaterstaat"
SBB = "Staatsbosbeheer"
LLTB = "Limburgse Land- en Tuinbouw Bond"
# IJssel bij Brummen en Voorst (b19-kamerbrief)
IENW = "Ministerie van Infrastructuur en Waterstaat"
WVV = "Waterschap Vallei en Veluwe"
WRIJ = "Waterschap Rijn en IJssel"
PG = "Provincie Gelderland"
BRUMMEN = "Gemeente Brummen"
VOORST = "Gemeente Voorst"
DELTARES = "Deltares"
# Berg en Dal en Heumen (b19-korte-jaren)
BERGENDAL = "Gemeente Berg en Dal"
HEUMEN = "Gemeente Heumen"
WSRL = "Waterschap Rivierenland"
GLK = "Geldersch Landschap & Kasteelen"
NFO = "Nederlandse Fruittelers Organisatie"
GGDGZ = "GGD Gelderland-Zuid"


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


def same(code, text, lead, partners=(), start=None, end=None, **kw):
    """An action whose anchor is its title."""
    return act(code, text, text, lead, partners, start, end, **kw)


ZIETOELICHTING = {
    "document": "b19-zietoelichting",
    "file": "b19-zietoelichting.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsprogramma Water en Hitte Langstraat 2027-2030 (gemeenten Waalwijk en Loon op Zand, "
    "Waterschap Brabantse Delta, Provincie Noord-Brabant, Brabant Water, Natuurmonumenten, GGD Hart voor Brabant); "
    "HTML written by build.py → soffice; a ruled table 'Nr. | Maatregel | Wie | Periode' whose Wie cell names the "
    "trekker and, after 'met', the partners, but says 'zie toelichting' in three rows (LS-2, LS-4, LS-5): their "
    "roles stand only in the paragraph 'Toelichting bij de rollen' under the table, with a trekker, partners, an "
    "opdrachtgever ('in opdracht van') and parties that are 'betrokken'",
    "actions": [
        same("LS-1", "Waterberging in het Halve Zolenpark in Waalwijk", [WAALWIJK], [WBD], 2027, 2028),
        same(
            "LS-2",
            "Hitteplan voor de kernen Kaatsheuvel en Loon op Zand",
            [LOONOPZAND],
            [WAALWIJK, GGDHVB],
            2027,
            2027,
        ),
        same(
            "LS-3",
            "Herstel van de vennen aan de rand van de Loonse en Drunense Duinen",
            [NM],
            [WBD, LOONOPZAND],
            2028,
            2030,
        ),
        same(
            "LS-4",
            "Afkoppelen van regenwater op bedrijventerrein Haven in Waalwijk",
            [WAALWIJK],
            [],
            2028,
            None,
            commissioners=[WBD],
        ),
        same(
            "LS-5",
            "Beschermingsplan voor de drinkwaterwinning in de Langstraat",
            [BW],
            [],
            None,
            2029,
            involved=[WBD, WAALWIJK],
            commissioners=[PNB],
        ),
        same(
            "LS-6",
            "Groene schoolpleinen in Waalwijk en Loon op Zand",
            [LOONOPZAND],
            [WAALWIJK, GGDHVB],
            2027,
            2029,
        ),
    ],
    "not_commitments": [
        "In de zomer van 2026 viel in Kaatsheuvel twee keer meer dan 60 millimeter regen in een uur.",
        "De provincie Noord-Brabant draagt daarnaast € 1,2 miljoen bij aan het programma.",
    ],
}

VERVOLGTABEL = {
    "document": "b19-vervolgtabel",
    "file": "b19-vervolgtabel.pdf",
    "type": "ruled-pdf",
    "producer": "Uitvoeringsprogramma Beekdalen en Droogte Goirle, Hilvarenbeek en Oisterwijk 2027-2030 (three "
    "gemeenten, Waterschap De Dommel, Provincie Noord-Brabant, Brabants Landschap, ZLTO); fpdf2 table(), two pages; "
    "a ruled table 'Nr. | Actie | Trekker | Partners | Looptijd' under a long introduction: three rows on page 1, "
    "the other three CONTINUE on page 2 WITHOUT the header row; abbreviations by a legend above the table",
    "actions": [
        same(
            "GHO-1",
            "Beekherstel van de Reusel tussen Hilvarenbeek en Esbeek",
            [DOMMEL],
            [HILVARENBEEK, BL],
            2027,
            2029,
        ),
        same("GHO-2", "Klimaatadaptief inrichten van het centrum van Goirle", [GOIRLE], [DOMMEL], 2027, 2028),
        same(
            "GHO-3",
            "Droogteproef met stuwtjes in landbouwsloten rond Oisterwijk",
            [ZLTO],
            [DOMMEL, OISTERWIJK],
            2027,
            2027,
        ),
        same(
            "GHO-4",
            "Natuurvriendelijke oevers langs de Voorste Stroom bij Oisterwijk",
            [DOMMEL],
            [OISTERWIJK, PNB],
            2028,
            None,
        ),
        same(
            "GHO-5",
            "Gezamenlijk hitteplan voor de drie gemeenten",
            [OISTERWIJK],
            [GOIRLE, HILVARENBEEK],
            None,
            2027,
        ),
        same("GHO-6", "Grondwatermeetnet in het beekdal van de Leij", [PNB], [DOMMEL, BL], 2028, 2030),
    ],
    "not_commitments": [
        "In de zomers van 2025 en 2026 viel de Reusel over kilometers droog.",
        "De provincie Noord-Brabant draagt daarnaast bij uit het programma Water en Bodem Brabant.",
        "De stuurgroep evalueert het programma in 2030.",
    ],
}

GS_BRIEF = {
    "document": "b19-gs-brief",
    "file": "b19-gs-brief.pdf",
    "type": "letter",
    "producer": "Brief of Gedeputeerde Staten of Groningen to Provinciale Staten, Voortgang Uitvoeringsprogramma "
    "Water en Bodem Midden-Groningen, dated 25 November 2026; HTML written by build.py → soffice, two pages; the "
    "prose under 'Voortgang per actie' names the actions of the programme BY NUMBER and changes them ('Actie 3 "
    "schuift op naar 2028 ... tot en met 2029', 'Actie 4 ... Waterschap Hunze en Aa's neemt het trekkerschap "
    "over', 'Actie 1 is ... afgerond', 'Actie 5 vervalt'); the programme table as agreed in March 2026 "
    "('Nr. | Actie | Trekker | Partners | Planning') stands in a bijlage on page 2; one new commitment in 'wij'-prose; "
    "a plan of Waterbedrijf Groningen only reported",
    "letter_date": "2026-11-25",
    "actions": [
        same(
            "2", "Waterberging langs het Winschoterdiep bij Hoogezand", [HUNZE], [MIDDENGRONINGEN], 2026, 2028
        ),
        same("3", "Verbetering van het gemaal bij Kropswolde", [HUNZE], [PGR], 2028, 2029),
        same(
            "4",
            "Grondwatermeetnet rond de drinkwaterwinningen in Midden-Groningen",
            [HUNZE],
            [PGR, WBG],
            2027,
            2029,
        ),
        same(
            "6",
            "Klimaatadaptatie in de dorpen rond het Schildmeer",
            [MIDDENGRONINGEN],
            [HUNZE, PGR],
            2027,
            2029,
        ),
        act(
            "",
            "stellen vóór 1 juli 2027, samen met de gemeente Midden-Groningen, een regeling op voor inwoners die hun "
            "tuin willen vergroenen",
            "Regeling voor inwoners die hun tuin willen vergroenen",
            [PGR],
            [MIDDENGRONINGEN],
            None,
            2027,
        ),
    ],
    "not_commitments": [
        "Actie 1 is in oktober 2026 afgerond: de bodemdalingskaart van Midden-Groningen is klaar.",
        "Actie 5 vervalt; het geld gaat naar actie 6.",
        "Proef met natte teelten bij Siddeburen",
        "Wij houden u over de voortgang op de hoogte.",
    ],
    "reported_plans": [
        "Waterbedrijf Groningen werkt aan een nieuwe zuivering bij De Punt, die naar verwachting in 2029 gereed is.",
    ],
}

TREKKERREGELS = {
    "document": "b19-trekkerregels",
    "file": "b19-trekkerregels.md",
    "type": "label-blocks",
    "producer": "Gebiedsprogramma Maas en Niers Gennep en Mook 2027-2030 (gemeenten Gennep en Mook en Middelaar, "
    "Waterschap Limburg, Provincie Limburg, Rijkswaterstaat, Staatsbosbeheer, LLTB); Markdown, written by build.py; "
    "a NUMBERED LIST of actions with a bold title; in items 1 and 4 'Trekker:' and 'Partners:' stand on their own "
    "lines under the title, in items 2, 3, 5 and 6 'Partners:' stands on the SAME line as the title and 'Trekker:' "
    "on the line under it; 'Planning:' lines with dependencies after the period ('Pas na actie 2.', 'Voorwaarde: "
    "actie 4 is vastgesteld.'); a withdrawn study",
    "actions": [
        same("1", "Dijkversterking Maasdijk bij Mook", [WL], [MOOK, RWS], 2027, 2030),
        same("2", "Herstel van de Niers tussen Gennep en Heijen", [WL], [SBB, GENNEP], 2027, 2028),
        same(
            "3",
            "Waterberging in het Niersdal bij Ottersum",
            [PL],
            [GENNEP],
            2029,
            2029,
            deps=[("starts_after", "2")],
        ),
        same("4", "Hitte- en droogteplan voor Gennep en Mook en Middelaar", [GENNEP], [MOOK], None, 2027),
        same(
            "5",
            "Proef met droogtebestendige teelten op de Maasterrassen",
            [PL],
            [LLTB, WL],
            2028,
            None,
            deps=[("depends", "4")],
        ),
        same(
            "6",
            "Beleefroute langs de waterberging in het Niersdal",
            [GENNEP],
            [SBB],
            2030,
            2030,
            deps=[("starts_after", "3")],
        ),
    ],
    "not_commitments": [
        "In januari 2026 stond de Maas bij Mook hoger dan in de tien jaren daarvoor",
        "De studie naar de Maasoevers bij Middelaar uit de conceptversie is geschrapt.",
        "Iedere partij betaalt haar eigen acties.",
    ],
}

KAMERBRIEF = {
    "document": "b19-kamerbrief",
    "file": "b19-kamerbrief.txt",
    "type": "letter",
    "producer": "Kamerbrief of the Minister van Infrastructuur en Waterstaat to the Tweede Kamer, Hoogwater en "
    "rivierverruiming IJssel bij Brummen en Voorst, dated 27 November 2026; plain text, written by build.py; "
    "'ik'-prose under 'Wat ga ik doen?', one commitment a line, whose periods are written as 'In deze "
    "kabinetsperiode' (no year anywhere in the letter: ambiguous), 'Tot de zomer van 2028', 'Vanaf 2027', 'vóór de "
    "zomer van 2027', 'in 2027' and 'In het eerste kwartaal van 2027'; Deltares 'in mijn opdracht'; a contribution "
    "'in deze kabinetsperiode' under 'Bijdrage'; a plan of Waterschap Vallei en Veluwe under 'Wat doen anderen?'",
    "letter_date": "2026-11-27",
    "actions": [
        act(
            "",
            "In deze kabinetsperiode neem ik een besluit over het verleggen van de dijk bij Cortenoever",
            "Besluit over het verleggen van de dijk bij Cortenoever",
            [IENW],
            [],
            None,
            None,
            ambiguous=True,
        ),
        act(
            "",
            "Tot de zomer van 2028 meet ik samen met Waterschap Vallei en Veluwe de erosie van het zomerbed van de "
            "IJssel tussen Dieren en Brummen",
            "Metingen van de erosie van het zomerbed van de IJssel tussen Dieren en Brummen",
            [IENW],
            [WVV],
            None,
            2028,
        ),
        act(
            "",
            "Vanaf 2027 werk ik met de provincie Gelderland en de gemeenten Brummen en Voorst aan een "
            "gebiedsperspectief voor de uiterwaarden van Cortenoever en de Voorsterklei",
            "Gebiedsperspectief voor de uiterwaarden van Cortenoever en de Voorsterklei",
            [IENW],
            [PG, BRUMMEN, VOORST],
            2027,
            None,
        ),
        act(
            "",
            "Ik stuur uw Kamer vóór de zomer van 2027 de resultaten van de verkenning rivierverruiming IJssel",
            "Resultaten van de verkenning rivierverruiming IJssel naar de Kamer",
            [IENW],
            [],
            None,
            2027,
        ),
        act(
            "",
            "Deltares onderzoekt in 2027 in mijn opdracht, samen met Waterschap Rijn en IJssel, hoe de kwel achter "
            "de dijk bij Brummen zich bij hoogwater gedraagt",
            "Onderzoek naar de kwel achter de dijk bij Brummen bij hoogwater",
            [DELTARES],
            [WRIJ],
            2027,
            2027,
            commissioners=[IENW],
        ),
        act(
            "",
            "In het eerste kwartaal van 2027 organiseer ik met de gemeente Brummen een bijeenkomst voor de bewoners "
            "van Cortenoever",
            "Bijeenkomst voor de bewoners van Cortenoever",
            [IENW],
            [BRUMMEN],
            2027,
            2027,
        ),
    ],
    "not_commitments": [
        "In februari 2026 stonden de uiterwaarden van Cortenoever en de Voorsterklei wekenlang onder water.",
        "Het vorige kabinet heeft in 2024 een verkenning naar rivierverruiming langs de IJssel gestart.",
        "Ik draag in deze kabinetsperiode € 2,5 miljoen bij aan de inrichting van de uiterwaarden bij Voorst.",
    ],
    "reported_plans": [
        "Waterschap Vallei en Veluwe bereidt een dijkversterking bij Voorst voor, die naar verwachting in 2029 begint.",
    ],
}

KORTE_JAREN = {
    "document": "b19-korte-jaren",
    "file": "b19-korte-jaren.pdf",
    "type": "unruled-pdf",
    "producer": "Werkagenda Klimaat en Landschap Berg en Dal en Heumen 2027-2030 (gemeenten Berg en Dal en Heumen, "
    "Waterschap Rivierenland, Provincie Gelderland, Staatsbosbeheer, Geldersch Landschap & Kasteelen); fpdf2 cells "
    "without borders; an UNRULED table 'Nr. | Werk | Trekker | Met | Wanneer' whose Wanneer cells write the years "
    'SHORT with an apostrophe ("\'27-\'28", "najaar \'27", "v.a. \'28", "t/m \'29", "\'28", "\'27-\'30"); '
    "abbreviations by a legend under the table; a finished stresstest of 2026",
    "actions": [
        same("BH-1", "Klimaatbuffer in de Ooijpolder bij Persingen", [WSRL], [SBB, BERGENDAL], 2027, 2028),
        same(
            "BH-2",
            "Hitteplan voor de kernen van Berg en Dal en Heumen",
            [HEUMEN],
            [BERGENDAL, GGDGZ],
            2027,
            2027,
        ),
        same(
            "BH-3",
            "Herstel van de sprengen op de stuwwal bij Groesbeek",
            [GLK],
            [BERGENDAL, WSRL],
            2028,
            None,
        ),
        same("BH-4", "Regenwater vasthouden in de Maasvallei bij Malden", [HEUMEN], [WSRL], None, 2029),
        same("BH-5", "Droogteonderzoek voor de fruitteelt in de Ooijpolder", [PG], [WSRL, NFO], 2028, 2028),
        same("BH-6", "Wandelnetwerk Heumensoord klimaatbestendig maken", [SBB], [HEUMEN], 2027, 2030),
    ],
    "not_commitments": [
        "In 2026 is de klimaatstresstest voor beide gemeenten afgerond.",
        "Het Portefeuillehoudersoverleg bespreekt de voortgang in het voorjaar van 2027.",
    ],
}

DOCS = [ZIETOELICHTING, VERVOLGTABEL, GS_BRIEF, TREKKERREGELS, KAMERBRIEF, KORTE_JAREN]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.name, len(doc["actions"]))
    print(sum(len(d["actions"]) for d in DOCS), "actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
