"""The two fpdf2 documents: a booktabs table (horizontal rules only) and a grid table over three pages."""

from __future__ import annotations

from gold import OUT, act, write_gold
from pdftable import Page, draw_table

FPDF_PRODUCER = "fpdf2 2.8 (make/docs_pdf.py), DejaVu Sans"

BOOKTABS_ROWS = [
    ["1", "Stresstest wateroverlast actualiseren voor alle kernen in de regio, met de neerslagcijfers "
          "van het nieuwe klimaatscenario", "Waterschap Vallei en Veluwe",
     "Gemeente Ede, Gemeente Barneveld, Gemeente Veenendaal", "eind 2026"],
    ["2", "Hittekaart opstellen voor binnensteden en bedrijventerreinen, met koele routes voor "
          "ouderen", "Gemeente Ede", "Gemeente Wageningen, GGD Gelderland-Midden", "2026-2027"],
    ["3", "Regionale subsidieregeling voor groene daken en regentonnen uitwerken; start nadat "
          "maatregel 1 is afgerond", "Gemeente Veenendaal", "Provincie Utrecht", "uiterlijk 2027"],
    ["4", "Zuinig gebruik van drinkwater bij grootverbruikers op bedrijventerreinen stimuleren",
     "Vitens", "Gemeente Barneveld, Gemeente Nijkerk", "doorlopend"],
    ["5", "Droogtestrategie voor de Gelderse Vallei opstellen, in samenhang met maatregel 4",
     "Provincie Gelderland", "Waterschap Vallei en Veluwe, Vitens", "Q2 2027"],
    ["6", "Openbare ruimte bij de herstructurering van het havenkwartier klimaatbestendig "
          "inrichten", "Gemeente Nijkerk", "Waterschap Vallei en Veluwe, Alliander",
     "vóór 1 juli 2028"],
    ["7", "Regionale monitor klimaatadaptatie opzetten; wacht op de uitkomst van de hittekaart",
     "Gemeente Wageningen", "Gemeente Renswoude, Gemeente Scherpenzeel", "2026-2028"],
]


def booktabs() -> None:
    pdf = Page()
    pdf.add_page()
    pdf.paragraph("Regio Foodvalley", 9)
    pdf.paragraph("Uitvoeringsprogramma Klimaatadaptatie 2026-2028", 15, bold=True)
    pdf.paragraph("De regio werkt aan een klimaatbestendige Gelderse Vallei. Dit programma bundelt de "
                  "maatregelen die de gemeenten, het waterschap en hun partners de komende jaren samen "
                  "uitvoeren. De trekker bewaakt de voortgang en rapporteert twee keer per jaar aan het "
                  "portefeuillehoudersoverleg.")
    pdf.paragraph("Tabel 1. Maatregelen", 10, bold=True, gap=1)
    draw_table(pdf, [11, 62, 33, 39, 25], ["Nr.", "Maatregel", "Trekker", "Betrokken partijen", "Gereed"],
               BOOKTABS_ROWS, style="booktabs")
    pdf.ln(4)
    pdf.paragraph("De planning is indicatief; het portefeuillehoudersoverleg stelt haar jaarlijks bij.", 9)
    pdf.output(str(OUT / "variety-booktabs.pdf"))
    V, E, B, N = ("Waterschap Vallei en Veluwe", "Gemeente Ede", "Gemeente Barneveld", "Gemeente Nijkerk")
    write_gold("variety-booktabs", "variety-booktabs.pdf", "ruled-pdf",
               FPDF_PRODUCER + "; only horizontal rules (top, below header, bottom)", [
        act("1", "Stresstest wateroverlast actualiseren voor alle kernen in de regio",
            "Stresstest wateroverlast actualiseren", [V], [E, B, "Gemeente Veenendaal"], None, 2026),
        act("2", "Hittekaart opstellen voor binnensteden en bedrijventerreinen",
            "Hittekaart opstellen", [E], ["Gemeente Wageningen", "GGD Gelderland-Midden"], 2026, 2027),
        act("3", "Regionale subsidieregeling voor groene daken en regentonnen uitwerken",
            "Subsidieregeling groene daken en regentonnen", ["Gemeente Veenendaal"], ["Provincie Utrecht"],
            None, 2027, [("starts_after", "1")]),
        act("4", "Zuinig gebruik van drinkwater bij grootverbruikers op bedrijventerreinen",
            "Drinkwaterbesparing bij grootverbruikers", ["Vitens"], [B, N], None, None),
        act("5", "Droogtestrategie voor de Gelderse Vallei opstellen",
            "Droogtestrategie Gelderse Vallei", ["Provincie Gelderland"], [V, "Vitens"], 2027, 2027,
            [("related", "4")]),
        act("6", "Openbare ruimte bij de herstructurering van het havenkwartier klimaatbestendig",
            "Havenkwartier klimaatbestendig inrichten", [N], [V, "Alliander"], None, 2028),
        act("7", "Regionale monitor klimaatadaptatie opzetten; wacht op de uitkomst",
            "Regionale monitor klimaatadaptatie", ["Gemeente Wageningen"],
            ["Gemeente Renswoude", "Gemeente Scherpenzeel"], 2026, 2028, [("depends", "2")]),
    ])


D, Z, P, S = "Gemeente Dordrecht", "Gemeente Zwijndrecht", "Gemeente Papendrecht", "Gemeente Sliedrecht"
PZH, RWS, HD = "Provincie Zuid-Holland", "Rijkswaterstaat", "Waterschap Hollandse Delta"
HIA, ALB = "Gemeente Hendrik-Ido-Ambacht", "Gemeente Alblasserdam"

# (code, action text, lead cell, partners cell, year cell) and the hand-read gold beside it
CONTINUED = [
    ("R1", "Snelfietsroute Dordrecht – Zwijndrecht over de Zwijndrechtse brug verbreden en verlichten",
     D, "Gemeente Zwijndrecht, Provincie Zuid-Holland", "2026-2027",
     [D], [Z, PZH], 2026, 2027, []),
    ("R2", "Onderzoek naar een tweede oeververbinding voor fietsers tussen Papendrecht en Dordrecht",
     PZH, "Gemeente Papendrecht, Gemeente Dordrecht", "2026", [PZH], [P, D], 2026, 2026, []),
    ("R3", "Fietsparkeren bij station Dordrecht Centraal uitbreiden met 1.200 plekken", D,
     "ProRail", "2027", [D], ["ProRail"], 2027, 2027, []),
    ("R4", "Waterbus tussen Sliedrecht en Dordrecht in de spits vaker laten varen", S,
     "Gemeente Dordrecht, Provincie Zuid-Holland", "vanaf 2026", [S], [D, PZH], 2026, None, []),
    ("R5", "Veilige schoolroutes in Papendrecht herinrichten met gescheiden fietspaden; zie ook R2", P,
     "", "2026-2028", [P], [], 2026, 2028, [("related", "R2")]),
    ("R6", "Verkeersmanagement op de A16 en de N3 afstemmen bij evenementen in de binnenstad", RWS,
     "Gemeente Dordrecht, Gemeente Zwijndrecht", "doorlopend", [RWS], [D, Z], None, None, []),
    ("R7", "Mobiliteitshub bij het Leerpark ontwerpen en de grond bouwrijp maken", D,
     "Provincie Zuid-Holland", "2026-2027", [D], [PZH], 2026, 2027, []),
    ("R8", "Deelfietsen en deelscooters regionaal aanbesteden in één concessie", Z,
     "Gemeente Hendrik-Ido-\nAmbacht, Gemeente Alblasserdam", "2027", [Z], [HIA, ALB], 2027, 2027, []),
    ("R9", "Mobiliteitshub Leerpark bouwen; start nadat R7 is afgerond", D,
     "Provincie Zuid-Holland, Waterschap Hollandse Delta", "2028-2029", [D], [PZH, HD], 2028, 2029,
     [("starts_after", "R7")]),
    ("R10", "Dijkwegen langs de Merwede ontlasten van sluipverkeer met een knip in de spits", S,
     "Waterschap Hollandse Delta", "2027", [S], [HD], 2027, 2027, []),
    ("R11", "Regionaal programma slimme verkeerslichten opstellen", PZH,
     "Gemeente Dordrecht, Gemeente Zwijndrecht, Gemeente Papendrecht", "2026", [PZH], [D, Z, P],
     2026, 2026, []),
    ("R12", "Verkeerslichten op de Laan der Verenigde Naties vervangen; onderdeel van R11", D, "",
     "2027", [D], [], 2027, 2027, [("part_of", "R11")]),
    ("R13", "Laadpalen voor elektrische bussen bij het busstation plaatsen", PZH, "Stedin", "2026-2027",
     [PZH], ["Stedin"], 2026, 2027, []),
    ("R14", "Parkeerbeleid voor de binnensteden harmoniseren", "Gemeente Hendrik-Ido-\nAmbacht",
     "Gemeente Zwijndrecht, Gemeente Dordrecht", "2026", [HIA], [Z, D], 2026, 2026, []),
    ("R15", "Bewonersplatform bereikbaarheid tweemaal per jaar organiseren", ALB, "", "doorlopend",
     [ALB], [], None, None, []),
    ("R16", "Betaald parkeren invoeren in de centra van Zwijndrecht en Papendrecht; afhankelijk van R14",
     Z, "Gemeente Papendrecht", "2028", [Z], [P], 2028, 2028, [("depends", "R14")]),
    ("R17", "Verkeersmodel Drechtsteden actualiseren met tellingen van 2026", PZH,
     "Rijkswaterstaat, Gemeente Sliedrecht", "2027", [PZH], [RWS, S], 2027, 2027, []),
    ("R18", "Nieuwe bereikbaarheidsagenda voor 2031-2035 opstellen; volgt op R17", D,
     "Provincie Zuid-Holland, Rijkswaterstaat", "2029-2030", [D], [PZH, RWS], 2029, 2030,
     [("starts_after", "R17")]),
]


def continued() -> None:
    pdf = Page(running="Uitvoeringsagenda Bereikbaarheid Drechtsteden 2026-2030", numbered=True)
    pdf.add_page()
    pdf.set_y(25)
    pdf.paragraph("Uitvoeringsagenda Bereikbaarheid Drechtsteden 2026-2030", 15, bold=True)
    pdf.paragraph("De zeven Drechtsteden, de provincie en het Rijk werken samen aan een bereikbare regio. "
                  "Deze agenda noemt per actie de trekker, de partners en het jaar waarin de actie loopt. "
                  "Een lege partnercel betekent dat de trekker de actie alleen uitvoert.")
    pdf.paragraph("Bij de opstelling is gebruikgemaakt van de verkeerstellingen en de "
                  "bereikbaarheidsmonitor. De agenda wordt elk jaar in het voorjaar geactualiseerd en "
                  "besproken in het "
                  "bestuurlijk overleg mobiliteit. Nieuwe acties worden onderaan toegevoegd, zodat de "
                  "nummering gelijk blijft.")
    pdf.paragraph("Acties", 11, bold=True, gap=1)
    rows = [[c, a, lead, partners, year] for c, a, lead, partners, year, *_ in CONTINUED]
    draw_table(pdf, [13, 60, 34, 37, 26], ["#", "Actie", "Trekker", "Partners", "Jaar"], rows,
               style="grid", repeat_header=False, size=9.5, pad=2.2, bottom=268)
    pdf.ln(4)
    pdf.paragraph("Vastgesteld in het bestuurlijk overleg mobiliteit Drechtsteden.", 9)
    pdf.output(str(OUT / "variety-continued.pdf"))
    write_gold("variety-continued", "variety-continued.pdf", "ruled-pdf",
               FPDF_PRODUCER + "; full grid over three pages, header NOT repeated, running header and "
               "page numbers", [
                   act(c, " ".join(a.split(";")[0].split()[:9]), a.split(";")[0], lead_g, partners_g, s, e,
                       deps)
                   for c, a, _, _, _, lead_g, partners_g, s, e, deps in CONTINUED])


if __name__ == "__main__":
    booktabs()
    continued()
