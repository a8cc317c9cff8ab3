"""Hand-written gold for the blind4 set, read from what each document says (not from any program output).

Run to (re)write ../gold/<document>.json. Field order and vocabulary follow tests/data/extraction-variety/gold.
Dependency kinds follow the variety gold: "starts_after", "depends", "related".
"""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

LVVN = "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"
IENW = "Ministerie van Infrastructuur en Waterstaat"
RIJNLAND = "Hoogheemraadschap van Rijnland"
HHSK = "Hoogheemraadschap van Schieland en de Krimpenerwaard"
PZH = "Provincie Zuid-Holland"
GLD = "Provincie Gelderland"
NBR = "Provincie Noord-Brabant"
ENEXIS = "Enexis Netbeheer"


def a(code, anchor, title, lead, partners, start, end, deps=(), **extra):
    d = {"code": code, "anchor": anchor, "title": title, "lead": list(lead), "partners": list(partners),
         "start_year": start, "end_year": end,
         "dependencies": [{"kind": k, "target": t} for k, t in deps]}
    d.update(extra)
    return d


DOCS = []

# 1. LibreOffice PDF, ruled table with Project / Verantwoordelijk / Samenwerkingspartners / Looptijd
DOCS.append({
    "document": "blind4-looptijd",
    "file": "blind4-looptijd.pdf",
    "type": "libreoffice-pdf",
    "producer": "HTML (make/blind4-looptijd.html, table border=1) converted by LibreOffice Writer "
                "(soffice --headless, StarWriter HTML import); Liberation Sans",
    "actions": [
        a("1", "Meetnet bodemdaling uitbreiden met twintig extra meetpunten",
          "Meetnet bodemdaling uitbreiden", [RIJNLAND],
          ["Gemeente Bodegraven-Reeuwijk", PZH], 2026, 2028),
        a("2", "Funderingsloket openen voor particuliere eigenaren",
          "Funderingsloket voor particuliere eigenaren", ["Gemeente Gouda"],
          ["Omgevingsdienst Midden-Holland"], 2027, 2027),
        a("3", "Proef met onderwaterdrainage op vijf melkveebedrijven",
          "Proef onderwaterdrainage melkveebedrijven Reeuwijk", [PZH],
          [RIJNLAND, "LTO Noord"], 2026, None),
        a("4", "Peilbesluit polders Krimpenerwaard herzien",
          "Peilbesluit polders Krimpenerwaard herzien", [HHSK],
          ["Gemeente Krimpenerwaard"], 2028, 2028, [("depends", "1")]),
        a("5", "Nieuwbouwwijk Westergouwe-Zuid ophogen",
          "Westergouwe-Zuid ophogen en waterberging", ["Gemeente Gouda"],
          [HHSK, "Oasen"], None, 2028),
        a("6", "Regionale risicokaart funderingen opstellen",
          "Regionale risicokaart funderingen", ["Gemeente Waddinxveen"],
          [], None, None),
        a("7", "Verkenning versterking dijk langs de Hollandse IJssel",
          "Verkenning dijkversterking Hollandse IJssel bij Moordrecht", [HHSK],
          ["Rijkswaterstaat", "Gemeente Zuidplas", "Gemeente Krimpenerwaard"], 2026, 2027),
        a("8", "Subsidieregeling bodemdalingsremmende maatregelen",
          "Subsidieregeling bodemdalingsremmende maatregelen agrariërs", [PZH],
          [RIJNLAND, HHSK], 2027, 2029, [("starts_after", "3")]),
        a("9", "Kennisnetwerk bodemdaling voor ambtenaren en bestuurders",
          "Kennisnetwerk bodemdaling", ["Gemeente Gouda"],
          ["Gemeente Waddinxveen", "Gemeente Zuidplas", "Gemeente Krimpenerwaard"], None, None),
    ],
    "not_commitments": [],
})

# 2. Plain text, numbered action paragraphs with inline role labels
DOCS.append({
    "document": "blind4-acties",
    "file": "blind4-acties.txt",
    "type": "label-blocks",
    "producer": "hand-written plain text (UTF-8); 'Actie N — titel.' paragraphs with inline "
                "'Trekker:', 'in samenwerking met', 'met betrokkenheid van', 'partner:', 'gereed', 'looptijd'",
    "actions": [
        a("1", "Snelfietsroute Doetinchem–Varsseveld", "Snelfietsroute Doetinchem–Varsseveld",
          ["Gemeente Doetinchem"], ["Gemeente Oude IJsselstreek", GLD], 2026, 2028),
        a("2", "Mobiliteitshubs bij de stations Winterswijk en Lichtenvoorde-Groenlo",
          "Mobiliteitshubs stations Winterswijk en Lichtenvoorde-Groenlo",
          ["Gemeente Winterswijk"], ["Gemeente Oost Gelre", "ProRail", "Arriva"], None, 2027),
        # 'met betrokkenheid van': involved, as ONTOLOGY-NOTES.md has it (first read as partners; changed
        # on 2026-12-02)
        a("3", "Veiliger kruispunten N18", "Veiliger kruispunten N18",
          ["Rijkswaterstaat"], [], 2027, 2027, involved=["Gemeente Berkelland", "Gemeente Oost Gelre"]),
        a("4", "Herinrichting stationsomgeving Doetinchem", "Herinrichting stationsomgeving Doetinchem",
          ["Gemeente Doetinchem"], ["ProRail", GLD], 2027, 2029, [("related", "1")]),
        a("5", "Vraagafhankelijk vervoer vernieuwen", "Vraagafhankelijk vervoer vernieuwen",
          ["Gemeente Bronckhorst"], ["Gemeente Montferland", "Gemeente Aalten"], 2026, 2027),
        a("6", "Laadpleinen voor vrachtverkeer", "Laadpleinen voor vrachtverkeer",
          ["Gemeente Montferland"], ["Liander"], 2027, None),
        a("7", "Monitoring reisgedrag", "Monitoring reisgedrag",
          ["Regio Achterhoek"], [GLD], None, None),
        a("8", "Fietsparkeren bij de kleinere stations", "Fietsparkeren bij de kleinere stations",
          ["Gemeente Aalten"], ["ProRail", "NS Stations"], None, 2029, [("starts_after", "2")]),
    ],
    "not_commitments": [
        "Een aantal acties uit het vorige programma is inmiddels afgerond",
        "werkt daarnaast aan een eigen programma voor de provinciale wegen",
        "is gevraagd mee te denken over de acties 5 en 6",
        "Als de provincie in 2027 extra middelen",
    ],
})

# 3. Kamerbrief with prose commitments and an appendix table of the same commitments (+1 only there)
DOCS.append({
    "document": "blind4-kamerbrief",
    "file": "blind4-kamerbrief.pdf",
    "type": "kamerbrief",
    "producer": "HTML Kamerbrief of the Minister van LVVN to the Tweede Kamer (make/blind4-kamerbrief.html), "
                "appendix table on page 2; LibreOffice Writer via soffice --headless",
    "letter_date": "2026-10-14",
    "counting": "one action per commitment; the appendix row that repeats a prose commitment is the same "
                "action (its anchor is in appendix_anchor); the last appendix row has no prose and is an "
                "action of its own, anchored in the appendix",
    "actions": [
        a("", "Ik zal uw Kamer in het voorjaar van 2027 een wetsvoorstel sturen",
          "Wetsvoorstel verplichte bufferstroken langs landbouwsloten", [LVVN], [], 2027, 2027,
          appendix_anchor="Wetsvoorstel verplichte bufferstroken langs landbouwsloten"),
        a("", "voor het einde van dit jaar een tussenbalans van de stroomgebiedbeheerplannen",
          "Tussenbalans stroomgebiedbeheerplannen naar de Kamer", [LVVN], [IENW], None, 2026,
          appendix_anchor="Tussenbalans stroomgebiedbeheerplannen KRW"),
        a("", "Samen met IPO, VNG en de Unie van Waterschappen werk ik in 2027 een handreiking uit",
          "Handreiking aanpak ongezuiverde lozingen buitengebied", [LVVN],
          ["Interprovinciaal Overleg", "Vereniging van Nederlandse Gemeenten", "Unie van Waterschappen"],
          2027, 2027,
          appendix_anchor="Handreiking aanpak ongezuiverde lozingen buitengebied"),
        a("", "gaat de Rijksdienst voor Ondernemend Nederland vanaf 1 januari 2027 de mestafzet",
          "Intensievere controle mestafzet zandgebieden", ["Rijksdienst voor Ondernemend Nederland"],
          ["Nederlandse Voedsel- en Warenautoriteit"], 2027, None,
          appendix_anchor="Intensievere controle mestafzet zandgebieden"),
        a("", "Uiterlijk in het derde kwartaal van 2027 informeer ik uw Kamer over de uitkomsten",
          "Kamer informeren over uitkomsten pilots grondgebonden melkveehouderij Peel", [LVVN], [],
          None, 2027,
          appendix_anchor="Uitkomsten pilots grondgebonden melkveehouderij de Peel"),
        a("", "Onderzoek naar differentiatie van de fosfaatgebruiksnorm",
          "Onderzoek differentiatie fosfaatgebruiksnorm zandgrond", [LVVN],
          ["Wageningen University & Research"], 2027, 2027),
    ],
    "not_commitments": [
        "Daarmee doe ik ook de toezegging af uit het commissiedebat",
        "Uit de Nationale Analyse Waterkwaliteit blijkt dat",
        "In de afgelopen maanden heb ik in alle vier de stroomgebieden",
        "De waterschappen hebben voor 2027 al extra middelen",
        "dan overweeg ik aanvullende maatregelen in het achtste actieprogramma",
        "De Europese Commissie evalueert in 2027 de Nitraatrichtlijn",
        "In de Peel lopen sinds 2025 pilots met grondgebonden melkveehouderij",
    ],
})

# 4. Raadsinformatiebrief (Markdown) of the college van B&W of Lelystad
LELY = "Gemeente Lelystad"
ZZL = "Waterschap Zuiderzeeland"
DOCS.append({
    "document": "blind4-raadsinformatiebrief",
    "file": "blind4-raadsinformatiebrief.md",
    "type": "letter",
    "producer": "hand-written Markdown raadsinformatiebrief of the college van burgemeester en wethouders "
                "of Lelystad to the gemeenteraad; header as a two-column pipe table",
    "letter_date": "2026-11-17",
    "actions": [
        a("", "Uiterlijk eind 2026 actualiseren wij, samen met de provincie Flevoland en het waterschap",
          "Stresstest wateroverlast actualiseren", [LELY], ["Provincie Flevoland", ZZL], None, 2026),
        a("", "In het eerste kwartaal van 2027 leggen wij een hitteplan voor de binnenstad aan uw raad voor",
          "Hitteplan binnenstad aan de raad voorleggen", [LELY], [], 2027, 2027),
        a("", "vervangen wij in 2027 en 2028 het gemengde riool in de Atolwijk",
          "Gescheiden rioolstelsel Atolwijk", [LELY], [ZZL], 2027, 2028),
        a("", "Vanaf 1 maart 2027 openen wij een subsidieregeling",
          "Subsidieregeling afkoppelen regenpijp en groen dak", [LELY], [], 2027, None),
        a("", "Voor de zomer van 2027 maken wij met woningcorporatie Centrada afspraken",
          "Afspraken koele seniorenwoningen", [LELY], ["Centrada"], None, 2027),
        a("", "In het tweede kwartaal van 2027 informeren wij u over de uitkomsten van de proef",
          "Raad informeren over proef waterplein Boswijk", [LELY], [], 2027, 2027),
    ],
    "not_commitments": [
        "Met deze brief informeren wij u over de voortgang",
        "heeft uw raad de motie 'Koele stad' aangenomen",
        "Door de lage ligging en de kleiige bodem kan regenwater",
        "In de zomer van 2025 liepen in de Atolwijk",
        "hebben wij in de Bolder en het Zuiderzeewijk samen met bewoners",
        "Het Rijk werkt aan een nationaal hitteplan",
        "Waterschap Zuiderzeeland stelt in 2027 een nieuw waterbeheerprogramma vast",
        "dan overwegen wij de aanpak uit te breiden naar bedrijventerrein",
        "Wilt u bij de behandeling van de Voorjaarsnota 2027 aangeven",
    ],
})

# 5. fpdf2 ruled grid, codes A1..C3, Trekker / Partners / Start / Eind / Afhankelijk van
TILB = "Gemeente Tilburg"
DOMMEL = "Waterschap De Dommel"
DOCS.append({
    "document": "blind4-grid",
    "file": "blind4-grid.pdf",
    "type": "ruled-pdf",
    "producer": "fpdf2 2.8 table() with all borders (make/build.py), DejaVu Sans, A4 landscape",
    "actions": [
        a("A1", "Zonnepanelen op grote daken van bedrijventerreinen",
          "Regionaal dakenloket zon op bedrijfsdaken", [TILB], [ENEXIS, "Midpoint Brabant"], 2026, 2028),
        a("A2", "Regionaal afwegingskader zonneparken",
          "Regionaal afwegingskader zonneparken", ["Regio Hart van Brabant"], [NBR], 2026, 2026),
        a("A3", "Zonneveld Dongen-Noord voorbereiden en vergunnen",
          "Zonneveld Dongen-Noord", ["Gemeente Dongen"], ["Waterschap Brabantse Delta", ENEXIS],
          2027, 2029, [("depends", "A2")]),
        a("B1", "Zoekgebieden voor windturbines langs de A59",
          "Zoekgebieden windturbines A59 in omgevingsplannen", [NBR],
          ["Gemeente Waalwijk", "Gemeente Heusden", "Gemeente Loon op Zand"], 2026, 2027),
        a("B2", "Participatietraject omwonenden windproject",
          "Participatietraject windproject Gilze en Rijen", ["Gemeente Gilze en Rijen"],
          ["Gemeente Goirle"], 2027, 2028, [("starts_after", "B1")]),
        a("B3", "Ondersteuning lokale energiecoöperaties",
          "Ondersteuning lokale energiecoöperaties", ["Gemeente Hilvarenbeek"],
          ["Gemeente Oisterwijk"], 2026, None, [("related", "B2")]),
        a("C1", "Onderzoek warmte uit effluent van rwzi Tilburg",
          "Onderzoek aquathermie rwzi Tilburg", [DOMMEL], [TILB], 2026, 2027),
        a("C2", "Warmtenet Tilburg-Noord uitbreiden",
          "Warmtenet Tilburg-Noord uitbreiden met rwzi-warmte", [TILB], ["Ennatuurlijk", DOMMEL],
          2028, 2030, [("depends", "C1")]),
        a("C3", "Energiehubs op bedrijventerreinen opzetten",
          "Energiehubs op bedrijventerreinen", [ENEXIS], ["Gemeente Waalwijk", NBR],
          2027, None, [("depends", "A1"), ("depends", "B1")]),
    ],
    "not_commitments": [],
})

# 6. Markdown pipe table Nr / Maatregel / Eigenaar / Betrokken / Planning, legend of abbreviations below
ODWH = "Omgevingsdienst West-Holland"
HR = "Holland Rijnland"
DOCS.append({
    "document": "blind4-maatregelen",
    "file": "blind4-maatregelen.md",
    "type": "text-table",
    "producer": "hand-written Markdown pipe table with **bold** theme rows and a legend line of abbreviations",
    "actions": [
        a("1.1", "Natuurvriendelijke oevers aanleggen langs de Oude Rijn",
          "Natuurvriendelijke oevers Oude Rijn", [RIJNLAND],
          ["Gemeente Leiden", "Gemeente Leiderdorp"], 2026, 2027),
        a("1.2", "Vispassage bij het uitwateringsgemaal in Katwijk verbeteren",
          "Vispassage uitwateringsgemaal Katwijk", [RIJNLAND], ["Rijkswaterstaat"], 2027, 2027),
        a("1.3", "Extra waterberging in de Vierambachtspolder",
          "Extra waterberging Vierambachtspolder", ["Gemeente Kaag en Braassem"], [RIJNLAND, PZH],
          2027, None, [("starts_after", "1.1")]),
        a("2.1", "Groene verbinding tussen de landgoederenzone van Oegstgeest",
          "Groene verbinding Oegstgeest–Katwijk", [PZH],
          ["Gemeente Oegstgeest", "Gemeente Katwijk", "Staatsbosbeheer"], 2026, 2028),
        a("2.2", "Bermen en oevers ecologisch beheren",
          "Ecologisch beheer bermen en oevers", ["Gemeente Teylingen"], [], None, None),
        a("2.3", "5.000 extra bomen planten in de Leidse wijken",
          "Extra bomen in de Leidse wijken", ["Gemeente Leiden"], [HR], None, 2028,
          [("related", "2.1")]),
        a("3.1", "Regionale monitor biodiversiteit opzetten",
          "Regionale monitor biodiversiteit", [HR], [ODWH, PZH], 2026, 2026),
        a("3.2", "Toezicht op lozingen in het buitengebied gericht inzetten",
          "Gericht toezicht op lozingen buitengebied", [ODWH], [RIJNLAND], 2027, None,
          [("depends", "3.1")]),
    ],
    "not_commitments": [],
})
# The 'Betrokken' column holds involved parties, as ONTOLOGY-NOTES.md has it (betrokken -> involved); this
# gold first read it as partners and was changed on 2026-12-02.
for _action in DOCS[-1]["actions"]:
    _action["involved"], _action["partners"] = _action["partners"], []


def main():
    GOLD.mkdir(exist_ok=True)
    for d in DOCS:
        (GOLD / f"{d['document']}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n",
                                                     encoding="utf-8")
        print(d["document"], len(d["actions"]), "actions,", len(d["not_commitments"]), "not_commitments")


if __name__ == "__main__":
    main()
