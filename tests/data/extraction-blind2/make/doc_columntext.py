"""b2-agenda-noord-limburg.txt: text as extracted from an InDesign agenda whose tables came out column by column.

Style copied from the corpus's NOVEX agenda export: code cells first, then the Wie cells (with "I.s.m.:"),
the Wanneer cells, the Wat cells (title line + description, blank lines between), with the header words
"Wie", "Wanneer", "Wat" where the export puts them. Each page starts with a marker line with one leading space.
The text is invented; the organisations are real.
"""
from common import A, OUT, write_gold

DOC = "b2-agenda-noord-limburg"
FILE = DOC + ".txt"

TEXT = """\
 1 Inleiding

Uitvoeringsagenda Ruimte Noord-Limburg 2026-2029

De gemeenten Venlo, Venray, Peel en Maas en Horst aan de Maas, de provincie Limburg en
Waterschap Limburg werken sinds 2023 samen aan een gezamenlijke ruimtelijke koers voor
Noord-Limburg. Het Ruimtelijk Perspectief Noord-Limburg (2024) beschrijft de ambities voor
water, landbouw, wonen en werken. Deze uitvoeringsagenda maakt concreet wie wat doet en wanneer.

De agenda is bestuurlijk vastgesteld in het Regionaal Ruimtelijk Overleg van maart 2026 en wordt
jaarlijks geactualiseerd. Projecten die al in uitvoering zijn, staan in de bijlage.

Uitvoeringsagenda Noord-Limburg

45
 2.1 Water en landbouw

Uit het Ruimtelijk Perspectief Noord-Limburg (2024):

\u201cWater en bodem zijn sturend voor de inrichting van het landelijk gebied. In de Peel en langs
de Maas vragen droogte en hoogwater om keuzes die verder gaan dan de huidige functies\u201d (p. 18).

Dit is wat de onderstaande partijen de komende jaren doen voor water en landbouw:

WL 1

WL 2

WL 3

WL 4

WL 5

Waterschap Limburg

I.s.m.:
gemeenten Venlo en
Peel en Maas

Provincie Limburg

I.s.m.:
LLTB,
Waterschap Limburg

Gemeente Horst aan
de Maas

I.s.m.:
Staatsbosbeheer

Gemeenten Venray
en Horst aan de Maas

Waterschap Limburg

I.s.m.:
Rijkswaterstaat

Wie

2026-2027

Uiterlijk
2028

2027

Doorlopend

Vanaf 2027

Wanneer

Beekherstel Everlose Beek
Het waterschap geeft de Everlose Beek tussen Maasbree en
Blerick weer ruimte om te meanderen. Langs de beek komt een
natte zone van gemiddeld twintig meter, waar water langer
wordt vastgehouden.

Gebiedsprogramma Peelvenen
Aanpak van stikstof en vernatting rond de Mariapeel en de
Deurnsche Peel. De provincie maakt met agrariërs in de
overgangszone afspraken over extensivering, verplaatsing
of beëindiging van bedrijven.

Bufferzone Mariapeel inrichten
Inrichting van de hydrologische bufferzone aan de Limburgse
zijde van de Mariapeel, met verhoging van het grondwaterpeil.
Onderdeel van WL 2.

Loket vrijkomende agrarische bebouwing
Eén loket voor eigenaren van leegstaande stallen en schuren.
Het loket adviseert over sloop, herbestemming en de
regeling ruimte-voor-ruimte.

Hoogwaterbescherming Arcen-Velden
Verkenning en planuitwerking van de dijkversterking langs
de Maas in het kader van het HWBP. De keuze voor het
voorkeursalternatief wordt afgestemd met WL 1.

Wat

Overzichtsbeeld Water en landbouw
 2.2 Wonen en werken

Uit het Ruimtelijk Perspectief Noord-Limburg (2024):

\u201cNoord-Limburg groeit, maar niet overal en niet voor iedereen op dezelfde manier. Wij bouwen
voor de eigen inwoners en voor de mensen die in de Greenport komen werken\u201d (p. 31).

Dit is wat de onderstaande partijen de komende jaren doen voor wonen en werken:

WW 1

WW 2

WW 3

WW 4

Gemeente Venlo

I.s.m.:
provincie Limburg

Gemeente Venray

I.s.m.:
Wonen Limburg

Gemeenten Venlo,
Venray en Horst aan
de Maas

I.s.m.:
provincie Limburg

Provincie Limburg

I.s.m.:
Wonen Limburg

Wie

2026-2028

2026-2029

Eind
2027

2026

Wanneer

Revitalisering bedrijventerrein Veegtes
Vernieuwing van de openbare ruimte, verduurzaming van
de bestaande bedrijfspanden en een parkmanagement-
organisatie voor het hele terrein.

Woningbouwlocatie Venray-Oost, fase 1
Bouw van circa 350 woningen, waarvan een derde in de
sociale huur. De eerste fase omvat ook een nieuwe
ontsluiting op de Oostsingel.

Regionale huisvestingsvisie arbeidsmigranten
Gezamenlijke visie op de huisvesting van arbeidsmigranten,
met afspraken over locaties en kwaliteitseisen.
Start na afronding van WW 4.

Woningmarktmonitor Noord-Limburg
Eerste regionale woningmarktmonitor, met de vraag naar
woningen per kern en per doelgroep.

Wat

Overzichtsbeeld Wonen en werken
Uitvoeringsagenda Noord-Limburg

67
 3 Monitoring

De partners bespreken de voortgang twee keer per jaar in het Regionaal Ruimtelijk Overleg.
Wijzigingen in planning of trekkerschap worden vastgelegd in de jaarlijkse actualisatie van
deze agenda.
"""

PRODUCER = ("plain UTF-8 text (make/doc_columntext.py) imitating an InDesign export whose tables came out column by "
            "column: code cells, then Wie cells with 'I.s.m.:', a 'Wie' header word, Wanneer cells, 'Wanneer', Wat cells "
            "(title line + description), 'Wat'; page markers with one leading space; two tables (WL 1-5, WW 1-4)")

LIM = "Waterschap Limburg"
PL = "Provincie Limburg"
ACTIONS = [
    A("WL 1", "Beekherstel Everlose Beek", "Beekherstel Everlose Beek",
      [LIM], ["Gemeente Venlo", "Gemeente Peel en Maas"], 2026, 2027),
    A("WL 2", "Gebiedsprogramma Peelvenen", "Gebiedsprogramma Peelvenen",
      [PL], ["Limburgse Land- en Tuinbouw Bond", LIM], None, 2028),
    A("WL 3", "Bufferzone Mariapeel inrichten", "Bufferzone Mariapeel inrichten",
      ["Gemeente Horst aan de Maas"], ["Staatsbosbeheer"], 2027, 2027, [("part_of", "WL 2")]),
    A("WL 4", "Loket vrijkomende agrarische bebouwing", "Loket vrijkomende agrarische bebouwing",
      ["Gemeente Venray", "Gemeente Horst aan de Maas"], [], None, None),
    A("WL 5", "Hoogwaterbescherming Arcen-Velden", "Hoogwaterbescherming Arcen-Velden",
      [LIM], ["Rijkswaterstaat"], 2027, None, [("related", "WL 1")]),
    A("WW 1", "Revitalisering bedrijventerrein Veegtes", "Revitalisering bedrijventerrein Veegtes",
      ["Gemeente Venlo"], [PL], 2026, 2028),
    A("WW 2", "Woningbouwlocatie Venray-Oost, fase 1", "Woningbouwlocatie Venray-Oost, fase 1",
      ["Gemeente Venray"], ["Wonen Limburg"], 2026, 2029),
    A("WW 3", "Regionale huisvestingsvisie arbeidsmigranten", "Regionale huisvestingsvisie arbeidsmigranten",
      ["Gemeente Venlo", "Gemeente Venray", "Gemeente Horst aan de Maas"], [PL], None, 2027,
      [("starts_after", "WW 4")]),
    A("WW 4", "Woningmarktmonitor Noord-Limburg", "Woningmarktmonitor Noord-Limburg",
      [PL], ["Wonen Limburg"], 2026, 2026),
]


def build():
    (OUT / FILE).write_text(TEXT, encoding="utf-8")
    write_gold(DOC, FILE, "column-text", PRODUCER, ACTIONS)


if __name__ == "__main__":
    build()
