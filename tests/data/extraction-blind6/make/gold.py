"""The blind6 gold, written by hand from what each document says; running this file writes ../gold/*.json."""
import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

PF = "Provincie Fryslân"
WF = "Wetterskip Fryslân"
HHR = "Hoogheemraadschap van Rijnland"
PNH = "Provincie Noord-Holland"
PWN = "PWN Waterleidingbedrijf Noord-Holland"
GGDK = "GGD Kennemerland"
VRK = "Veiligheidsregio Kennemerland"
HLM = "Gemeente Haarlem"
PZH = "Provincie Zuid-Holland"
WSRL = "Waterschap Rivierenland"
BOZ = "Gemeente Bergen op Zoom"
WSHD = "Waterschap Hollandse Delta"
GHW = "Gemeente Hoeksche Waard"
RWS = "Rijkswaterstaat"
LVVN = "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"
PZL = "Provincie Zeeland"


def act(code, anchor, title, lead, partners=(), start=None, end=None, *, involved=(), commissioners=(),
        support=(), ambiguous=False, deps=(), appendix_anchor=None):
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
    if appendix_anchor is not None:
        a["appendix_anchor"] = appendix_anchor
    return a


GANTT = {
    "document": "b6-gantt",
    "file": "b6-gantt.pdf",
    "type": "ruled-pdf",
    "producer": "Provincie Fryslân and Wetterskip Fryslân, Uitvoeringsprogramma Zoet Water en Bodemdaling Fryslân "
                "2026-2029; fpdf2 table() with a Gantt planning (one column per year, a dot in the years an action runs)",
    "actions": [
        act("1", "Veenweidevisie uitwerken in gebiedsplannen per polder", "Gebiedsplannen veenweide per polder",
            [PF], [WF, "Gemeente De Fryske Marren", "Gemeente Súdwest-Fryslân"], 2026, 2027),
        act("2", "Peilbesluiten veenweidegebied herzien op basis van de gebiedsplannen",
            "Herziening peilbesluiten veenweidegebied", [WF], [PF], 2027, 2028, deps=[("depends", "1")]),
        act("3", "Pilot onderwaterdrainage en drukdrainage op twaalf melkveebedrijven",
            "Pilot onderwater- en drukdrainage melkveebedrijven", [WF], ["LTO Noord", PF], 2026, 2028),
        act("4", "Hydrologische bufferzone rond natuurgebied De Deelen", "Hydrologische bufferzone De Deelen",
            ["It Fryske Gea"], [WF, "Gemeente Heerenveen"], 2027, 2029),
        act("5", "Verkenning extra inlaat van zoet water uit het IJsselmeer bij Stavoren",
            "Verkenning extra zoetwaterinlaat Stavoren", [RWS], [WF, PF], 2026, 2026),
        act("6", "Meetnet verzilting kustzone Noordwest-Fryslân", "Meetnet verzilting kustzone Noordwest-Fryslân",
            [WF], ["Vitens", PF], 2026, 2029),
        act("7", "Klimaatadaptieve herinrichting Heechterp-Schieringen",
            "Klimaatadaptieve herinrichting Heechterp-Schieringen", ["Gemeente Leeuwarden"], [WF, "Elkien"],
            2027, 2028),
        act("8", "Campagne zuinig met drinkwater in droge zomers", "Campagne zuinig met drinkwater",
            ["Vitens"], [PF, WF], 2026, 2028),
        act("9", "Evaluatie en voorbereiding uitvoeringsprogramma 2030-2033",
            "Evaluatie en voorbereiding volgend uitvoeringsprogramma", [PF], [WF], 2029, 2029,
            deps=[("depends", "3"), ("depends", "6")]),
    ],
    "not_commitments": [
        "Het programma is op 20 november 2026 vastgesteld door het Bestjoerlik Oerlis Wetter.",
    ],
}

PARTIJROLLEN = {
    "document": "b6-partijrollen",
    "file": "b6-partijrollen.txt",
    "type": "text-table",
    "producer": "Regionale Aanpak Klimaatadaptatie Zuid-Kennemerland, bijlage rolverdeling; Markdown pipe table "
                "in long format (one row per party per action, action and period only on the first row), "
                "written by hand",
    "actions": [
        act("KA-1", "Stresstest Zuid-Kennemerland actualiseren", "Actualisatie stresstest Zuid-Kennemerland",
            [HLM], [HHR, "Gemeente Zandvoort", "Gemeente Bloemendaal", "Gemeente Heemstede"], 2026, 2026),
        act("KA-2", "Risicodialoog hitte met zorginstellingen en thuiszorg",
            "Risicodialoog hitte met zorginstellingen", [GGDK], [HLM], 2026, 2027, involved=[VRK]),
        act("KA-3", "Haalbaarheidsstudie waterberging in de duinrand bij Bloemendaal",
            "Haalbaarheidsstudie waterberging duinrand Bloemendaal", [HHR], ["Gemeente Bloemendaal"], 2027, 2027,
            involved=[PWN], commissioners=[PNH]),
        act("KA-4", "Afkoppelen hemelwater Schalkwijk op basis van de stresstest",
            "Afkoppelen hemelwater Schalkwijk", [HLM], [HHR], 2027, None, deps=[("depends", "KA-1")]),
        act("KA-5", "Campagne zuinig met duinwater in droge zomers", "Campagne zuinig met duinwater",
            [PWN], [], None, None, involved=[PNH]),
        act("KA-6", "Koele plekken langs strand en boulevard", "Koele plekken strand en boulevard Zandvoort",
            ["Gemeente Zandvoort"], [GGDK, VRK], 2027, 2027, deps=[("related", "KA-2")]),
        act("KA-7", "Klimaatbestendig leggen van kabels en leidingen bij herinrichting",
            "Klimaatbestendig leggen van kabels en leidingen", ["Gemeente Heemstede"], ["Liander", PWN],
            None, 2028, involved=[HHR]),
    ],
    "not_commitments": [
        "De stuurgroep Klimaatadaptatie Zuid-Kennemerland heeft deze rolverdeling op 18 november 2026 vastgesteld.",
        "In 2025 is de eerste stresstest van de regio afgerond.",
        "De trekker is eindverantwoordelijk; een partner levert menskracht of geld",
    ],
}

PROJECTENBOEK = {
    "document": "b6-projectenboek",
    "file": "b6-projectenboek.pdf",
    "type": "libreoffice-pdf",
    "producer": "Gebiedsprogramma Alblasserwaard, Projectenboek Veenweide en Water 2026-2030 "
                "(make/b6-projectenboek.html); LibreOffice Writer via soffice --headless (StarWriter HTML import)",
    "actions": [
        act("1", "In het gebiedsplan wordt per polder vastgelegd welk waterpeil past",
            "Gebiedsplan bodemdaling Alblasserwaard", [PZH], [WSRL, "Gemeente Molenlanden"], 2026, 2027),
        act("2", "In de polder Nieuwpoort wordt het zomerpeil in stappen verhoogd",
            "Peilaanpassing polder Nieuwpoort", [WSRL], [], 2028, 2028, commissioners=[PZH],
            deps=[("starts_after", "1")]),
        act("3", "Rond de molens van Kinderdijk komt extra ruimte voor het bergen van water",
            "Waterberging en beleving molengebied Kinderdijk", ["Gemeente Molenlanden"],
            ["Stichting Werelderfgoed Kinderdijk", WSRL], 2026, 2029, involved=[PZH]),
        act("4", "Bij de versterking van de Lekdijk bij Alblasserdam wordt onderzocht",
            "Groene dijk Alblasserdam", [WSRL], ["Gemeente Alblasserdam", RWS], 2027, 2030),
        act("5", "In de binnenstad van Gorinchem worden pleinen en straten ingericht",
            "Klimaatbestendige binnenstad Gorinchem", ["Gemeente Gorinchem"], ["Oasen", WSRL], 2027, None),
        act("6", "Op zes melkveebedrijven wordt gemeten wat onderwaterdrainage doet",
            "Praktijkproef onderwaterdrainage", ["LTO Noord"], [], 2026, 2028, commissioners=[PZH, WSRL],
            deps=[("related", "2")]),
        act("7", "Met satellietmetingen en een netwerk van peilbuizen wordt gevolgd hoe snel de bodem daalt",
            "Monitoring bodemdaling", [PZH],
            ["Gemeente Molenlanden", "Gemeente Alblasserdam", "Gemeente Gorinchem", WSRL], None, None,
            deps=[("depends", "6")]),
    ],
    "not_commitments": [
        "De bodem in het midden van de waard is sinds 1950 op veel plaatsen meer dan een halve meter gedaald.",
        "Dit projectenboek beschrijft de zeven projecten van het programma.",
        "Het projectenboek is op 12 november 2026 vastgesteld door de stuurgroep Gebiedsprogramma Alblasserwaard.",
        "De stuurgroep bespreekt de voortgang twee keer per jaar.",
    ],
}

TOEZEGGINGEN = {
    "document": "b6-toezeggingenlijst",
    "file": "b6-toezeggingenlijst.txt",
    "type": "text-table",
    "producer": "Griffie of the gemeenteraad of Bergen op Zoom, lijst van toezeggingen; space-aligned plain-text "
                "table with wrapping cells, written by hand",
    "actions": [
        act("TZ-2026-07", "De raad informeren over de uitkomsten van de stresstest",
            "Raad informeren over uitkomsten stresstest Gageldonk en Meilust", [BOZ], [], None, 2027),
        act("TZ-2026-09", "Notitie over het vergroenen van schoolpleinen opstellen",
            "Notitie vergroenen schoolpleinen", [BOZ], ["Waterschap Brabantse Delta"], None, 2027),
        act("TZ-2026-11", "Evaluatie van het parkeerbeleid binnenstad aan de raad",
            "Evaluatie parkeerbeleid binnenstad", [BOZ], [], None, 2027, ambiguous=True),
        act("TZ-2026-12", "Samen met Enexis Netbeheer een overzicht maken van de",
            "Overzicht netcongestie bedrijventerreinen", [BOZ], ["Enexis Netbeheer"], None, 2026),
        act("TZ-2026-15", "Raadsinformatiebrief over de aanpak van geuroverlast op",
            "Raadsinformatiebrief aanpak geuroverlast Theodorushaven", [BOZ],
            ["Omgevingsdienst Midden- en West-Brabant"], None, 2026),
        act("TZ-2026-17", "Plan van aanpak hitte en ouderen opstellen met de GGD",
            "Plan van aanpak hitte en ouderen", [BOZ], ["GGD West-Brabant"], None, 2027),
        act("TZ-2026-19", "Nieuwe nota grondbeleid aan de raad aanbieden",
            "Nieuwe nota grondbeleid", [BOZ], [], None, 2027, deps=[("starts_after", "TZ-2026-11")]),
        act("TZ-2026-21", "De raad twee keer per jaar informeren over de voortgang",
            "Voortgang woningbouwprojecten twee keer per jaar", [BOZ], [], None, None),
    ],
    "not_commitments": [
        "De griffie werkt de lijst voor elke raadsvergadering bij.",
        "Een toezegging is afgedaan als de raad de gevraagde informatie heeft ontvangen.",
        "Toezegging TZ-2026-03 (informatie over de verkeersveiligheid rond basisschool De Kiekendief) is afgedaan",
    ],
}

HAAKJES = {
    "document": "b6-actielijst-haakjes",
    "file": "b6-actielijst-haakjes.md",
    "type": "label-blocks",
    "producer": "Stuurgroep Hoeksche Waard Buitendijks, Actieagenda Dijken, Natuur en Water 2026-2028; Markdown "
                "numbered list with roles and dates in parentheses, written by hand",
    "actions": [
        act("1", "Inventarisatie van de staat van de regionale keringen langs het Spui",
            "Inventarisatie regionale keringen langs het Spui", [WSHD], [], None, 2027),
        act("2", "Versterking van de dijk langs het Hollandsch Diep bij Strijensas",
            "Dijkversterking Hollandsch Diep bij Strijensas", [WSHD], [RWS, GHW], 2027, 2028,
            deps=[("starts_after", "1")]),
        act("3", "Beheerplan dijkvegetatie opstellen", "Beheerplan dijkvegetatie", [WSHD],
            ["Staatsbosbeheer", GHW], None, 2027),
        act("4", "Getijdennatuur ontwikkelen in de oeverlanden van het Hollandsch Diep",
            "Getijdennatuur oeverlanden Hollandsch Diep", ["Staatsbosbeheer"], ["Het Zuid-Hollands Landschap", PZH],
            2026, 2028),
        act("5", "Wandel- en fietsnetwerk langs de Binnenbedijkte Maas uitbreiden",
            "Uitbreiding wandel- en fietsnetwerk Binnenbedijkte Maas", [GHW], ["Het Zuid-Hollands Landschap"],
            2027, None),
        act("6", "Bloemrijke akkerranden in de polder Het Oudeland", "Bloemrijke akkerranden Het Oudeland",
            [PZH], [], 2026, 2027),
        act("7", "Verkenning van een extra inlaatpunt voor zoet water uit het Haringvliet",
            "Verkenning extra zoetwaterinlaat Haringvliet", [WSHD], [RWS, "Evides Waterbedrijf"], None, 2027),
        act("8", "Onderzoek naar verzilting van percelen langs het Spui",
            "Onderzoek verzilting percelen langs het Spui", [PZH], [WSHD], 2027, 2027, deps=[("related", "7")]),
        act("9", "Monitoring van alle acties en voortgangsrapportage aan de stuurgroep",
            "Monitoring en voortgangsrapportage", [GHW], [WSHD, PZH], None, None),
    ],
    "not_commitments": [
        "De Hoeksche Waard is een eiland, omringd door het Spui",
        "In 2025 hebben het waterschap, de gemeente en de provincie samen de Gebiedsvisie Buitendijks",
        "Deze actieagenda werkt die visie uit in negen acties.",
        "De stuurgroep Hoeksche Waard Buitendijks heeft deze actieagenda op 10 november 2026 vastgesteld.",
        "Over de financiering van de acties na 2028 wordt in 2028 besloten.",
    ],
}

KAMERBRIEF = {
    "document": "b6-kamerbrief",
    "file": "b6-kamerbrief.pdf",
    "type": "kamerbrief",
    "producer": "HTML Kamerbrief of the Minister van Landbouw, Visserij, Voedselzekerheid en Natuur to the Tweede "
                "Kamer (make/b6-kamerbrief.html), closing bullet list 'Toezeggingen'; LibreOffice Writer via "
                "soffice --headless (StarWriter HTML import)",
    "letter_date": "2026-11-17",
    "counting": "one action per commitment; a 'Toezeggingen' bullet that restates a prose commitment is the same "
                "action (its anchor is in appendix_anchor); the last bullet has no prose and is an action of its "
                "own, anchored in the bullet list",
    "actions": [
        act("", "Ik zal uw Kamer vóór 1 juli 2027 een plan van aanpak voor de bodemdaling",
            "Plan van aanpak bodemdaling Noordoostpolder naar de Kamer", [LVVN], [], None, 2027,
            appendix_anchor="Ik stuur uw Kamer voor 1 juli 2027 het plan van aanpak bodemdaling"),
        act("", "Wageningen University & Research onderzoekt in 2027 en 2028 in mijn opdracht",
            "Onderzoek verhogen drainagepeil randzone", ["Wageningen University & Research"], [], 2027, 2028,
            commissioners=[LVVN]),
        act("", "Samen met de provincie Flevoland en Waterschap Zuiderzeeland laat ik in 2027 een meetnet",
            "Meetnet zout grondwater kop van de Noordoostpolder", [LVVN],
            ["Provincie Flevoland", "Waterschap Zuiderzeeland"], 2027, 2027,
            appendix_anchor="Meetnet zout grondwater kop van de polder: aanleg in 2027"),
        act("", "De Rijksdienst voor Ondernemend Nederland opent in mijn opdracht vanaf 1 maart",
            "Subsidieregeling zouttolerante gewassen", ["Rijksdienst voor Ondernemend Nederland"], [], 2027, None,
            commissioners=[LVVN],
            appendix_anchor="Subsidieregeling zouttolerante gewassen via RVO open per 1 maart 2027"),
        act("", "Met het Interprovinciaal Overleg en de Unie van Waterschappen werk ik uiterlijk eind 2027",
            "Landelijk afwegingskader vernatting bij zoute kwel", [LVVN],
            ["Interprovinciaal Overleg", "Unie van Waterschappen"], None, 2027,
            appendix_anchor="Landelijk afwegingskader vernatting bij zoute kwel (met IPO en UvW)"),
        act("", "Ik informeer uw Kamer in het voorjaar van 2028 over de ervaringen van de eerste telers",
            "Ervaringen eerste telers zouttolerante gewassen naar de Kamer", [LVVN], [], 2028, 2028),
    ],
    "not_commitments": [
        "In het commissiedebat Landbouw en Natuur van 11 juni 2026 heb ik toegezegd",
        "In deze brief ga ik in op de oorzaken, de maatregelen en de samenwerking met de regio.",
        "Bodemdaling in de Noordoostpolder wordt vooral veroorzaakt door klink van kleilagen",
        "Metingen van het waterschap laten zien dat zout kwelwater in droge zomers",
        "De provincie Flevoland heeft in september 2026 haar Omgevingsprogramma Landelijk Gebied vastgesteld.",
        "De akkerbouwers in de polder hebben in de droge zomer van 2025 al forse oogstschade geleden.",
        "Daarin staat welke maatregelen het Rijk, de provincie en het waterschap nemen",
        "dan zal ik met de provincie bezien of ook beperkingen voor grondwateronttrekking nodig zijn",
        "De regio heeft in de afgelopen jaren veel kennis opgebouwd over zouttolerante teelten.",
        "Ik ben de regio erkentelijk voor de constructieve samenwerking.",
    ],
}

GS_BRIEF = {
    "document": "b6-gs-brief",
    "file": "b6-gs-brief.txt",
    "type": "letter",
    "producer": "Plain-text letter of Gedeputeerde Staten van Zeeland to Provinciale Staten, written by hand",
    "letter_date": "2026-11-24",
    "actions": [
        act("", "Wij sturen u uiterlijk 1 april 2027 de geactualiseerde Zoetwaterstrategie Zeeland toe.",
            "Geactualiseerde Zoetwaterstrategie Zeeland naar Provinciale Staten", [PZL], [], None, 2027),
        act("", "Vanaf 2027 verstrekt ons college subsidie voor kreekruginfiltratie",
            "Subsidie kreekruginfiltratie Walcheren en Zuid-Beveland", [PZL], [], 2027, None),
        act("", "Samen met Waterschap Scheldestromen en Evides Waterbedrijf werken wij in 2027 een plan uit",
            "Plan hergebruik gezuiverd afvalwater rwzi Walcheren voor beregening", [PZL],
            ["Waterschap Scheldestromen", "Evides Waterbedrijf"], 2027, 2027),
        act("", "In het eerste kwartaal van 2027 organiseren wij met de ZLTO drie bijeenkomsten",
            "Bijeenkomsten voor telers over waterbesparing", [PZL],
            ["Zuidelijke Land- en Tuinbouworganisatie"], 2027, 2027),
        act("", "Ons college laat in 2027 en 2028 door de HZ University of Applied Sciences onderzoeken",
            "Onderzoek vullen zoetwaterbellen", ["HZ University of Applied Sciences"], [], 2027, 2028,
            commissioners=[PZL]),
        act("", "Wij informeren u in het najaar van 2027 over de resultaten van de eerste proeven",
            "Resultaten eerste proeven zoetwaterbellen naar Provinciale Staten", [PZL], [], 2027, 2027),
    ],
    "not_commitments": [
        "Op 8 juli 2026 hebben uw Staten de motie 'Zoet water voor Zeeuwse telers' (M-2026-14) aangenomen.",
        "Daarin vraagt u ons college om de zoetwatervoorziening voor de landbouw",
        "Met deze brief informeren wij u over de uitvoering van deze motie.",
        "Zeeland heeft vrijwel geen aanvoer van zoet rivierwater",
        "In de zomer van 2026 moest het waterschap op Walcheren een",
        "De schade voor de pootaardappelteelt liep daardoor op.",
        "dan stellen wij voor de subsidieregeling in 2028 uit te breiden",
        "De kosten van de maatregelen dekken wij uit het Investeringsfonds Zeeland.",
        "Wilt u dat wij de resultaten van de proeven toelichten in een informatiebijeenkomst voor uw Staten?",
    ],
    "reported_plans": [
        "Waterschap Scheldestromen legt in 2027 op Walcheren vier extra stuwen aan",
        "Evides Waterbedrijf breidt in 2028 de spaarbekkens bij Haamstede uit.",
    ],
}

DOCS = [GANTT, PARTIJROLLEN, PROJECTENBOEK, TOEZEGGINGEN, HAAKJES, KAMERBRIEF, GS_BRIEF]


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
