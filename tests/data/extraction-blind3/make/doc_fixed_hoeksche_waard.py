"""b3-actielijst-hoeksche-waard.txt: a fixed-width plain-text table (columns padded with spaces, cells wrapped
onto continuation lines), with a separate Relatie column and a legend of abbreviations under the table."""
import textwrap

from common import ROOT, action, write_gold

STEM = "b3-actielijst-hoeksche-waard"

COLS = [("Code", 5), ("Actie", 44), ("Trekker", 16), ("Partners", 24), ("Periode", 15), ("Relatie", 17)]
ROWS = [
    ["L1", "Herstel kreekrestanten Binnenbedijkte Maas met 6 km natuurvriendelijke oevers", "WSHD",
     "Gem. HW, ZHL", "2026-2028", "-"],
    ["L2", "Beheerplan dijken en kruidenrijke dijkbermen in de Hoeksche Waard", "WSHD",
     "NPHW, Coöperatie Hoeksch Groen", "vanaf 2027", "samenhang L1"],
    ["L3", "Verkenning klimaatbuffer langs de Haringvlietoever bij Tiengemeten", "Provincie ZH",
     "Natuurmonumenten, RWS, WSHD", "Q1 2027", "-"],
    ["L4", "Uitwerking zoetwaterstrategie voor de landbouw met spaarbekkens en aanvoer via het kreeksysteem", "Gem. HW",
     "WSHD, LTO Noord, Evides", "medio 2026 - eind 2027", "-"],
    ["L5", "Pilot peilgestuurde drainage bij tien akkerbouwbedrijven rond Strijen", "LTO Noord",
     "WSHD, Coöperatie Hoeksch Groen", "2027-2029", "na afronding L4"],
    ["L6", "Ontbrekende schakels in het recreatieve fietsroutenetwerk van het Nationaal Park", "NPHW",
     "Gem. HW, Provincie ZH", "uiterlijk 2029", "onderdeel van L8"],
    ["L7", "Erfbeplanting en nieuwe landschapselementen bij veertig boerenerven",
     "Landschapsbeheer Zuid-Holland", "Gem. HW", "doorlopend", "-"],
    ["L8", "Uitvoeringsprogramma Nationaal Park Hoeksche Waard: bezoekerscentra, routes en natuureducatie",
     "NPHW", "Gem. HW, ZHL, Staatsbosbeheer, Provincie ZH", "2026-2030", "-"],
    ["L9", "Jaarlijkse monitoring van akkervogels en dijkflora", "ZHL",
     "Vogelwerkgroep Hoeksche Waard", "2026 t/m 2030", "afhankelijk van L2"],
]

HEAD = """GEBIEDSPROGRAMMA LANDSCHAP EN WATER HOEKSCHE WAARD 2026-2030
Bijlage 2 - Actielijst (stand 1 november 2026)

Deze actielijst hoort bij het gebiedsprogramma dat de gemeenteraad van Hoeksche Waard en het algemeen
bestuur van het waterschap in september 2026 hebben vastgesteld. De kolom Relatie geeft aan of een actie
afhangt van, of samenhangt met, een andere actie uit deze lijst.

"""

LEGEND = """
Afkortingen: Gem. HW = gemeente Hoeksche Waard; WSHD = Waterschap Hollandse Delta; ZHL = Het Zuid-Hollands
Landschap; NPHW = Stichting Nationaal Park Hoeksche Waard; Provincie ZH = provincie Zuid-Holland;
RWS = Rijkswaterstaat.
"""

GOLD = [
    action("L1", "Herstel kreekrestanten Binnenbedijkte Maas", "Herstel kreekrestanten Binnenbedijkte Maas",
           ["Waterschap Hollandse Delta"], ["Gemeente Hoeksche Waard", "Het Zuid-Hollands Landschap"], 2026, 2028),
    action("L2", "Beheerplan dijken en kruidenrijke dijkbermen", "Beheerplan dijken en kruidenrijke dijkbermen",
           ["Waterschap Hollandse Delta"], ["Stichting Nationaal Park Hoeksche Waard", "Coöperatie Hoeksch Groen"],
           2027, None, [("related", "L1")]),
    action("L3", "Verkenning klimaatbuffer langs de", "Verkenning klimaatbuffer Haringvlietoever "
           "bij Tiengemeten", ["Provincie Zuid-Holland"], ["Natuurmonumenten", "Rijkswaterstaat",
                                                          "Waterschap Hollandse Delta"], 2027, 2027),
    action("L4", "Uitwerking zoetwaterstrategie voor de", "Uitwerking zoetwaterstrategie landbouw",
           ["Gemeente Hoeksche Waard"], ["Waterschap Hollandse Delta", "LTO Noord", "Evides"], 2026, 2027),
    action("L5", "Pilot peilgestuurde drainage bij tien",
           "Pilot peilgestuurde drainage bij tien akkerbouwbedrijven", ["LTO Noord"],
           ["Waterschap Hollandse Delta", "Coöperatie Hoeksch Groen"], 2027, 2029, [("starts_after", "L4")]),
    action("L6", "Ontbrekende schakels in het recreatieve",
           "Ontbrekende schakels recreatief fietsroutenetwerk Nationaal Park",
           ["Stichting Nationaal Park Hoeksche Waard"], ["Gemeente Hoeksche Waard", "Provincie Zuid-Holland"],
           None, 2029, [("part_of", "L8")]),
    action("L7", "Erfbeplanting en nieuwe landschapselementen",
           "Erfbeplanting en landschapselementen bij veertig boerenerven", ["Landschapsbeheer Zuid-Holland"],
           ["Gemeente Hoeksche Waard"], None, None),
    action("L8", "Uitvoeringsprogramma Nationaal Park Hoeksche",
           "Uitvoeringsprogramma Nationaal Park Hoeksche Waard", ["Stichting Nationaal Park Hoeksche Waard"],
           ["Gemeente Hoeksche Waard", "Het Zuid-Hollands Landschap", "Staatsbosbeheer",
            "Provincie Zuid-Holland"], 2026, 2030),
    action("L9", "Jaarlijkse monitoring van akkervogels en",
           "Jaarlijkse monitoring van akkervogels en dijkflora", ["Het Zuid-Hollands Landschap"],
           ["Vogelwerkgroep Hoeksche Waard"], 2026, 2030, [("depends", "L2")]),
]


def render():
    lines = []
    lines.append("  ".join(name.ljust(w) for name, w in COLS).rstrip())
    lines.append("  ".join("-" * w for _, w in COLS))
    for row in ROWS:
        wrapped = [textwrap.wrap(val, w, break_long_words=False) or [""] for val, (_, w) in zip(row, COLS)]
        for i in range(max(len(c) for c in wrapped)):
            lines.append("  ".join((c[i] if i < len(c) else "").ljust(w)
                                   for c, (_, w) in zip(wrapped, COLS)).rstrip())
        lines.append("")
    return HEAD + "\n".join(lines) + LEGEND


def build():
    (ROOT / f"{STEM}.txt").write_text(render(), encoding="utf-8")
    write_gold(STEM, f"{STEM}.txt", "text-table", "plain text, fixed-width columns padded with spaces", GOLD)


if __name__ == "__main__":
    build()
