"""A letter of Gedeputeerde Staten of Limburg to Provinciale Staten, converted from HTML by LibreOffice."""

from __future__ import annotations

import tempfile
from pathlib import Path

from docs_office import LO, to_pdf
from gold import act, write_gold

PARAGRAPHS = [
    "Geachte Statenleden,",
    "In deze brief leest u eerst hoe het Programma Hoogwaterbescherming Maas ervoor staat en daarna welke "
    "stappen wij de komende jaren zetten.",
    "<b>1. Stand van zaken</b>",
    "De Maas is een regenrivier, waardoor de afvoer na hevige neerslag in de Ardennen binnen enkele dagen "
    "sterk kan stijgen. In januari 2025 stonden de uiterwaarden bij Roermond en Venlo wekenlang onder water, "
    "waardoor enkele campings en bedrijven moesten sluiten. In 2025 hebben wij samen met Waterschap Limburg "
    "de eerste twaalf kilometer kering bij Arcen en Well versterkt.",
    "In uw vergadering van 4 juli 2025 hebt u de motie ‘Ruimte voor de Maas’ aangenomen, die ons vraagt de "
    "aanleg van waterbuffers te versnellen.",
    "<b>2. Vervolgstappen</b>",
    "Wij zullen in het eerste kwartaal van 2027 een geactualiseerd uitvoeringsprogramma aan uw Staten "
    "voorleggen. Samen met Waterschap Limburg en Rijkswaterstaat werken wij in 2027 en 2028 de "
    "dijkversterking bij Venlo-Velden uit tot een voorkeursalternatief.",
    "Waterschap Limburg heeft toegezegd dat het de kademuren in Roermond uiterlijk eind 2027 op de vereiste "
    "hoogte brengt. In het voorjaar van 2027 start de provincie met een subsidieregeling voor waterbuffers "
    "bij agrarische bedrijven in het Geuldal.",
    "De gemeente Venlo en de gemeente Roermond stellen vóór 1 juli 2027 elk een calamiteitenplan op voor de "
    "kades in hun binnenstad. Daarnaast zullen wij in de periode 2026-2029 met Enexis Netbeheer afspraken "
    "maken over het hoogwaterbestendig maken van transformatorstations langs de Maas.",
    "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.",
    "Gedeputeerde Staten van Limburg,<br>de voorzitter, drs. E.M.J. Hendriks<br>"
    "de secretaris, mr. L.P. Smeets",
]

HEAD = """<table width="100%" border="0"><tr><td><b style="font-size:16pt">Provincie Limburg</b><br>
Gedeputeerde Staten<br>Postbus 5700, 6202 MA Maastricht</td>
<td align="right">Aan Provinciale Staten van Limburg</td></tr></table>
<p>Maastricht, 13 oktober 2026<br>Ons kenmerk: 2026/48213<br>
Onderwerp: Voortgang Programma Hoogwaterbescherming Maas</p>"""


def letter() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (f"<html><head><meta charset='utf-8'><style>body{{font-family:'Liberation Serif';font-size:11pt}}"
            f"</style></head><body>{HEAD}{body}</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "variety-brief-provincie.html"
        src.write_text(html, encoding="utf-8")
        to_pdf(src)
    PL, WL = "Provincie Limburg", "Waterschap Limburg"
    write_gold("variety-brief-provincie", "variety-brief-provincie.pdf", "letter",
               f"HTML letter of Gedeputeerde Staten to Provinciale Staten; {LO}", [
        act("", "Wij zullen in het eerste kwartaal van 2027 een geactualiseerd uitvoeringsprogramma",
            "Geactualiseerd uitvoeringsprogramma aan Provinciale Staten voorleggen", [PL], [], 2027, 2027),
        act("", "werken wij in 2027 en 2028 de dijkversterking bij Venlo-Velden uit",
            "Dijkversterking Venlo-Velden uitwerken tot voorkeursalternatief", [PL], [WL, "Rijkswaterstaat"],
            2027, 2028),
        act("", "de kademuren in Roermond uiterlijk eind 2027 op de vereiste hoogte brengt",
            "Kademuren Roermond op hoogte brengen", [WL], [], None, 2027),
        act("", "start de provincie met een subsidieregeling voor waterbuffers bij agrarische bedrijven",
            "Subsidieregeling waterbuffers agrarische bedrijven", [PL], [], 2027, 2027),
        act("", "stellen vóór 1 juli 2027 elk een calamiteitenplan op voor de kades",
            "Calamiteitenplan kades binnenstad", ["Gemeente Venlo", "Gemeente Roermond"], [], None, 2027),
        act("", "afspraken maken over het hoogwaterbestendig maken van transformatorstations",
            "Afspraken hoogwaterbestendige transformatorstations", [PL], ["Enexis Netbeheer"], 2026, 2029),
    ], not_commitments=[
        "welke stappen wij de komende jaren zetten",
        "De Maas is een regenrivier, waardoor de afvoer na hevige neerslag",
        "In januari 2025 stonden de uiterwaarden bij Roermond en Venlo wekenlang onder water",
        "In 2025 hebben wij samen met Waterschap Limburg de eerste twaalf kilometer kering",
        "hebt u de motie ‘Ruimte voor de Maas’ aangenomen, die ons vraagt",
    ], letter_date="2026-10-13")
