"""The blind22 gold, written by hand from what each document says; running this file writes ../gold/*.json."""

import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

# Hattem, Heerde, Oldebroek (b22-afkortingen)
HATTEM = "Gemeente Hattem"
HEERDE = "Gemeente Heerde"
OLDEBROEK = "Gemeente Oldebroek"
WVV = "Waterschap Vallei en Veluwe"
PG = "Provincie Gelderland"
VITENS = "Vitens"
SBB = "Staatsbosbeheer"
GGDNOG = "GGD Noord- en Oost-Gelderland"
LBG = "Stichting Landschapsbeheer Gelderland"
# Geleenbeek en Maasvallei (b22-samenhang)
WL = "Waterschap Limburg"
BEEKDAELEN = "Gemeente Beekdaelen"
MEERSSEN = "Gemeente Meerssen"
STEIN = "Gemeente Stein"
PL = "Provincie Limburg"
RWS = "Rijkswaterstaat"
WML = "Waterleiding Maatschappij Limburg"
LLTB = "Limburgse Land- en Tuinbouw Bond"
LL = "Stichting het Limburgs Landschap"
# Drechtsteden (b22-actietekst)
DORDRECHT = "Gemeente Dordrecht"
ZWIJNDRECHT = "Gemeente Zwijndrecht"
PAPENDRECHT = "Gemeente Papendrecht"
SLIEDRECHT = "Gemeente Sliedrecht"
WSRL = "Waterschap Rivierenland"
WSHD = "Waterschap Hollandse Delta"
PZH = "Provincie Zuid-Holland"
GGDZHZ = "GGD Zuid-Holland Zuid"
VRZHZ = "Veiligheidsregio Zuid-Holland Zuid"
DELTARES = "Deltares"
OASEN = "Oasen"
TRIVIRE = "Trivire"
# Salland (b22-tabs)
WDOD = "Waterschap Drents Overijsselse Delta"
PO = "Provincie Overijssel"
LTO = "LTO Noord"
RAALTE = "Gemeente Raalte"
DEVENTER = "Gemeente Deventer"
OLSTWIJHE = "Gemeente Olst-Wijhe"
LO = "Landschap Overijssel"
GGDIJ = "GGD IJsselland"
# Groningen-Eemsdelta (b22-kamerbrief)
EZ = "Ministerie van Economische Zaken"
EEMSDELTA = "Gemeente Eemsdelta"
PGR = "Provincie Groningen"
GSP = "Groningen Seaports"
NZV = "Waterschap Noorderzijlvest"
# Brainport Eindhoven, Helmond en Nuenen (b22-rijkregio)
HELMOND = "Gemeente Helmond"
WOCOM = "woCom"
VRO = "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"
PNB = "Provincie Noord-Brabant"
KGG = "Ministerie van Klimaat en Groene Groei"
NUENEN = "Gemeente Nuenen, Gerwen en Nederwetten"
BL = "Brabants Landschap"


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


AFKORTINGEN = {
    "document": "b22-afkortingen",
    "file": "b22-afkortingen.pdf",
    "type": "libreoffice-pdf",
    "producer": "Uitvoeringsagenda Klimaatadaptatie Hattem, Heerde en Oldebroek 2027-2029 (Gemeente Hattem, Gemeente "
    "Heerde, Gemeente Oldebroek, Waterschap Vallei en Veluwe, Provincie Gelderland, Vitens, Staatsbosbeheer, GGD "
    "Noord- en Oost-Gelderland, Stichting Landschapsbeheer Gelderland); HTML written by build.py → soffice; a ruled "
    "table 'Nr. | Maatregel | Trekker | Partners | Mijlpaal' whose Trekker and Partners cells hold abbreviations "
    "('HTM', 'WVV', 'GGD NOG') explained only in an 'Afkortingen' list at the very end of the document, after the "
    "Vaststelling; Mijlpaal with exact dates ('uiterlijk 1 juli 2027', '1 maart 2027 – 30 juni 2028', 'per 1 "
    "januari 2028', 'vóór 31-12-2027')",
    "actions": [
        same(
            "HHO-1",
            "Actualisatie van de stresstest en risicodialoog in de drie kernen",
            [HATTEM],
            [HEERDE, OLDEBROEK],
            None,
            2027,
        ),
        same("HHO-2", "Waterberging in de uiterwaard bij Veessen", [WVV], [HEERDE, SBB], 2027, 2028),
        same("HHO-3", "Afkoppelprogramma voor de binnenstad van Hattem", [HATTEM], [WVV], 2028, None),
        same(
            "HHO-4",
            "Herstel van sprengen en beken op de Veluweflank bij Wezep",
            [WVV],
            [OLDEBROEK, LBG],
            2027,
            2029,
        ),
        same(
            "HHO-5",
            "Hitteplan voor ouderen en zorginstellingen",
            [GGDNOG],
            [HATTEM, HEERDE, OLDEBROEK],
            None,
            2027,
        ),
        same("HHO-6", "Onderzoek naar de grondwateronttrekking bij Heerde", [VITENS], [PG, WVV], None, 2028),
    ],
    "not_commitments": [
        "In de zomer van 2026 stond de IJssel bij Hattem lager dan ooit gemeten.",
        "De provincie Gelderland heeft in 2026 een bijdrage uit het Impulsprogramma Klimaatadaptatie toegekend.",
        "De werkregio rapporteert twee keer per jaar aan de portefeuillehouders.",
        "Vastgesteld in het bestuurlijk overleg van de werkregio op 12 november 2026.",
    ],
}

SAMENHANG = {
    "document": "b22-samenhang",
    "file": "b22-samenhang.pdf",
    "type": "libreoffice-pdf",
    "producer": "Gebiedsprogramma Geleenbeek en Maasvallei 2027-2030, Zuid-Limburg (Gemeente Beekdaelen, Gemeente "
    "Meerssen, Gemeente Stein, Waterschap Limburg, Provincie Limburg, Rijkswaterstaat, Waterleiding Maatschappij "
    "Limburg, Limburgse Land- en Tuinbouw Bond, Stichting het Limburgs Landschap); HTML written by build.py → "
    "soffice; a ruled table 'Nr. | Actie | Trekker | Partners | Periode | Samenhang' with full-width theme rows "
    "(no trekker in them) and a Samenhang column: 'volgt op 1.1', 'in samenhang met 1.1', 'voorwaarde: 2.1 is "
    "vastgesteld', '–'; WML and LLTB defined in the introduction",
    "actions": [
        same("1.1", "Regenwaterbuffers op de hellingen bij Schinnen", [WL], [BEEKDAELEN, LLTB], 2027, 2028),
        same(
            "1.2",
            "Beekherstel van de Geleenbeek tussen Schinnen en Spaubeek",
            [WL],
            [BEEKDAELEN, LL],
            2028,
            2030,
            deps=[("starts_after", "1.1")],
        ),
        same(
            "1.3",
            "Afkoppelen van verhard oppervlak in de kern Meerssen",
            [MEERSSEN],
            [WL],
            2027,
            2029,
            deps=[("related", "1.1")],
        ),
        same("2.1", "Gebiedsvisie Maasvallei Stein-Elsloo", [STEIN], [PL, RWS], 2027, 2027),
        same(
            "2.2",
            "Natuurvriendelijke oevers langs de Maas bij Elsloo",
            [RWS],
            [STEIN],
            2028,
            2029,
            deps=[("depends", "2.1")],
        ),
        same(
            "2.3",
            "Verkenning van extra grondwaterbescherming in het Maasdal bij Geulle",
            [WML],
            [PL, MEERSSEN],
            2028,
            None,
            deps=[("related", "2.1")],
        ),
    ],
    "not_commitments": [
        "In juli 2021 trad de Geleenbeek op veel plaatsen buiten haar oevers.",
        "De kolom Samenhang laat zien welke acties op elkaar wachten of elkaar raken.",
        "De stuurgroep bespreekt de voortgang elk najaar.",
    ],
}

ACTIETEKST = {
    "document": "b22-actietekst",
    "file": "b22-actietekst.pdf",
    "type": "label-blocks",
    "producer": "Regionale Adaptatiestrategie Drechtsteden 2027-2030, hoofdstuk 3 Uitvoering (Gemeente Dordrecht, "
    "Gemeente Zwijndrecht, Gemeente Papendrecht, Gemeente Sliedrecht, Waterschap Hollandse Delta, Waterschap "
    "Rivierenland, Provincie Zuid-Holland, Veiligheidsregio Zuid-Holland Zuid, GGD Zuid-Holland Zuid, Deltares, "
    "Oasen, Trivire, Rijkswaterstaat); fpdf2 running text; actions written inside paragraphs as 'Actie 3.2: Titel "
    "(trekker: X; partners: Y; betrokken: Z; 2028-2030)', with 'inhoudelijke ondersteuning:', 'opdrachtgever:', "
    "'vóór 1 juli 2028', 'vanaf 2027' and 'volgt op 3.4' inside the parentheses; two actions in one paragraph; "
    "a finished action of an older strategy and a wish of the waterschap",
    "actions": [
        same(
            "3.1",
            "Hittekaart en koelteplekken in de binnenstad van Dordrecht",
            [DORDRECHT],
            [GGDZHZ],
            2027,
            2027,
        ),
        same(
            "3.2",
            "Versterking van de regionale kering langs de Merwede bij Sliedrecht",
            [WSRL],
            [SLIEDRECHT],
            2028,
            2030,
            involved=[RWS],
        ),
        same(
            "3.3",
            "Evacuatiestrategie bij een dijkdoorbraak in het Eiland van Dordrecht",
            [VRZHZ],
            [DORDRECHT, PAPENDRECHT],
            None,
            2028,
            support=[DELTARES],
        ),
        same("3.4", "Waterpleinen en wadi's in Zwijndrecht-Noord", [ZWIJNDRECHT], [WSHD], 2027, None),
        same(
            "3.5",
            "Groene schoolpleinen in Papendrecht",
            [PAPENDRECHT],
            [TRIVIRE, WSRL],
            2028,
            2028,
            deps=[("starts_after", "3.4")],
        ),
        same(
            "3.6",
            "Zoetwaterbuffer voor de drinkwaterwinning De Devel",
            [OASEN],
            [WSHD],
            2028,
            2029,
            commissioners=[PZH],
        ),
    ],
    "not_commitments": [
        "Actie 2.5 van de strategie uit 2022 is in 2026 afgerond en komt niet meer terug.",
        "De dijken langs de Merwede moeten in de komende jaren worden versterkt.",
        "Het waterschap zou graag zien dat ook bedrijventerreinen meedoen",
        "De Drechtraad bespreekt de uitvoering in 2029 bij de herijking van de strategie.",
    ],
}

TABS = {
    "document": "b22-tabs",
    "file": "b22-tabs.txt",
    "type": "text-table",
    "producer": "Werkplan Water en Bodem Salland 2027-2030, export of a project register (Waterschap Drents "
    "Overijsselse Delta, Provincie Overijssel, Gemeente Raalte, Gemeente Deventer, Gemeente Olst-Wijhe, Vitens, LTO "
    "Noord, Landschap Overijssel, GGD IJsselland); plain text written by build.py; a TAB-SEPARATED table 'ID | "
    "Project | Trekker | Partners | Betrokken | Start | Einde | Status | Afhankelijk van' with ISO dates, empty "
    "cells as two tabs side by side (an empty Start or Einde is open, the '#' header says so), partners separated "
    "by ';', one row with Status 'vervallen'",
    "actions": [
        same(
            "SAL-01",
            "Peilgestuurde drainage in het Sallandse buitengebied",
            [WDOD],
            [LTO],
            2027,
            2029,
            involved=[PO],
        ),
        same("SAL-02", "Beekherstel van de Soestwetering bij Raalte", [WDOD], [RAALTE, LO], 2027, 2028),
        same(
            "SAL-03",
            "Hittebestendige vernieuwing van de Rivierenwijk in Deventer",
            [DEVENTER],
            [GGDIJ],
            2028,
            None,
        ),
        same(
            "SAL-04",
            "Grondwaterbeschermingsplan voor de winning bij Wijhe",
            [VITENS],
            [OLSTWIJHE],
            None,
            2027,
            involved=[PO],
        ),
        same(
            "SAL-06",
            "Bodemverbetering op landbouwpercelen langs de Schipbeek",
            [PO],
            [LTO, WDOD],
            2028,
            2030,
            deps=[("depends", "SAL-01")],
        ),
        same("SAL-07", "Waterbewuste tuinen in Raalte en Heino", [RAALTE], [], 2027, 2027),
    ],
    "not_commitments": [
        "Regenwater afkoppelen in de kern Olst",
        "het register is in 2025 opgezet na de droge zomers van 2018-2022",
    ],
}

KAMERBRIEF = {
    "document": "b22-kamerbrief",
    "file": "b22-kamerbrief.pdf",
    "type": "kamerbrief",
    "producer": "Kamerbrief of the Minister van Economische Zaken to the Tweede Kamer, Voortgang NOVEX-gebied "
    "Groningen-Eemsdelta, dated 25 November 2026 (Ministerie van Economische Zaken, Gemeente Eemsdelta, Provincie "
    "Groningen, Groningen Seaports, Waterschap Noorderzijlvest); HTML written by build.py → soffice; under 'Wat "
    "hebben Rijk en regio afgesproken?' sentences that say in ONE sentence what the minister ('ik', 'het Rijk') and "
    "what a regional party does ('Ik laat in 2027 ... opstellen, en de gemeente Eemsdelta stelt vóór 1 juli 2027 "
    "...'); RVO acting for the ministry; 'per 1 januari 2028'; past work, a wish of the kabinet, an adopted motion; "
    "two plans of others under 'Wat doen anderen?'",
    "letter_date": "2026-11-25",
    "actions": [
        act(
            "",
            "Ik laat in 2027 een netcongestiestudie voor de Eemshaven en Delfzijl opstellen",
            "Netcongestiestudie Eemshaven en Delfzijl",
            [EZ],
            [],
            2027,
            2027,
        ),
        act(
            "",
            "de gemeente Eemsdelta stelt vóór 1 juli 2027, samen met de provincie Groningen, het voorkeursalternatief "
            "voor de uitbreiding van Oosterhorn vast",
            "Voorkeursalternatief uitbreiding Oosterhorn",
            [EEMSDELTA],
            [PGR],
            None,
            2027,
        ),
        act(
            "",
            "Het Rijk en Groningen Seaports leggen in 2027 en 2028 samen een leidingstraat aan tussen de Eemshaven en "
            "Delfzijl",
            "Leidingstraat Eemshaven-Delfzijl",
            [GSP],
            [EZ],
            2027,
            2028,
        ),
        act(
            "",
            "De provincie Groningen richt in 2027 een regionaal vestigingsloket voor de Eemsdelta in",
            "Regionaal vestigingsloket Eemsdelta",
            [PGR],
            [],
            2027,
            2027,
        ),
        act(
            "",
            "vanaf 2027 zorg ik ervoor dat RVO dat loket ondersteunt met een eigen accountmanager",
            "Accountmanager RVO voor het vestigingsloket",
            [EZ],
            [],
            2027,
            None,
        ),
        act(
            "",
            "Waterschap Noorderzijlvest begint per 1 januari 2028, met de gemeente Eemsdelta, aan de versterking van "
            "de zeedijk bij Delfzijl",
            "Versterking zeedijk Delfzijl",
            [NZV],
            [EEMSDELTA],
            2028,
            None,
        ),
    ],
    "not_commitments": [
        "Met deze brief informeer ik uw Kamer over de uitvoering van de ontwikkelagenda",
        "In 2025 legden Rijk en regio in die agenda vast",
        "In 2026 heeft Groningen Seaports de eerste fase van de zuidkade in de Eemshaven al aanbesteed.",
        "Het kabinet zou graag zien dat ook de Duitse havens aan de Eems bij de aanpak aansluiten.",
        "De motie over de leefbaarheid in Delfzijl, die uw Kamer in juni 2026 aannam, is met deze brief afgedaan.",
    ],
    "reported_plans": [
        "Gasunie verwacht de waterstofleiding naar Delfzijl in 2029 in gebruik te nemen.",
        "Waterschap Noorderzijlvest werkt daarnaast aan een nieuw peilbesluit voor het Eemskanaal, dat naar "
        "verwachting in 2028 wordt vastgesteld.",
    ],
}

RIJKREGIO = {
    "document": "b22-rijkregio",
    "file": "b22-rijkregio.md",
    "type": "text-table",
    "producer": "Gebiedsagenda NOVEX Brainport Eindhoven – uitwerking Helmond en Nuenen 2027-2029 (Gemeente Helmond, "
    "woCom, Ministerie van Volkshuisvesting en Ruimtelijke Ordening, Provincie Noord-Brabant, Ministerie van Klimaat "
    "en Groene Groei, Gemeente Nuenen, Gerwen en Nederwetten, Brabants Landschap); Markdown pipe table written by "
    "build.py, 'Opgave | Inzet regio | Inzet Rijk | Wanneer': one row holds TWO actions, the regio's and the "
    "Rijk's, each cell naming its own doer, one Wanneer for both; '—' where the Rijk does nothing; the ministries "
    "abbreviated ('Ministerie van VRO', 'Ministerie van KGG') and explained in an 'Afkortingen' line after the "
    "table",
    "actions": [
        act(
            "",
            "Gemeente Helmond bouwt samen met woCom de eerste 600 woningen in Brainport Smart District",
            "Eerste 600 woningen Brainport Smart District",
            [HELMOND],
            [WOCOM],
            2027,
            2029,
        ),
        act(
            "",
            "Ministerie van VRO zet een expertteam in om de vergunningverlening te versnellen",
            "Expertteam versnelling vergunningverlening Brainport Smart District",
            [VRO],
            [],
            2027,
            2029,
        ),
        act(
            "",
            "Provincie Noord-Brabant stelt een energiesysteemplan voor de Brainportregio op",
            "Energiesysteemplan Brainportregio",
            [PNB],
            [],
            None,
            2027,
        ),
        act(
            "",
            "Ministerie van KGG neemt de netuitbreiding bij Helmond-Oost op in het MIEK",
            "Netuitbreiding Helmond-Oost in het MIEK",
            [KGG],
            [],
            None,
            2027,
        ),
        act(
            "",
            "Gemeente Nuenen herstelt met Brabants Landschap de houtwallen in het Van Gogh-landschap",
            "Herstel houtwallen Van Gogh-landschap Nuenen",
            [NUENEN],
            [BL],
            2028,
            None,
        ),
    ],
    "not_commitments": [
        "tussen 2020 en 2026 kwamen er in Helmond ruim 4.000 inwoners bij",
        "Een streepje betekent dat het Rijk voor die opgave niets nieuws toezegt.",
        "De gemeente Eindhoven onderzoekt of zij in 2028 met een vergelijkbare uitwerking komt.",
    ],
}

DOCS = [AFKORTINGEN, SAMENHANG, ACTIETEKST, TABS, KAMERBRIEF, RIJKREGIO]


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc in DOCS:
        path = GOLD / f"{doc['document']}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(path.name, len(doc["actions"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
