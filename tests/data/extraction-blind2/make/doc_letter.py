"""b2-brief-gs-drenthe.txt: a letter from Gedeputeerde Staten of Drenthe to Provinciale Staten.

Seven commitments in running prose ("wij", "samen met ..."), and nine sentences that are not commitments:
the purpose of the letter, a motie, background, a past action, an intention of a waterschap, an announcement by
the Rijk, a conditional, a wish and funding.
"""
from common import A, OUT, write_gold

DOC = "b2-brief-gs-drenthe"
FILE = DOC + ".txt"

TEXT = """\
Provincie Drenthe
Gedeputeerde Staten

Aan Provinciale Staten van Drenthe
Postbus 122
9400 AC Assen

Assen, 10 november 2026
Ons kenmerk: 2026-0198431
Onderwerp: Voortgang aanpak droogte en grondwater Zuidoost-Drenthe

Geachte Statenleden,

Met deze brief informeren wij u over de voortgang van de aanpak van droogte en grondwater in Zuidoost-Drenthe
en over de stappen die wij de komende anderhalf jaar willen zetten.

Aanleiding
Op 12 maart 2025 hebben uw Staten de motie 'Geen druppel te veel' aangenomen, waarin u ons vraagt de
grondwateronttrekkingen in de Veenkoloniën en rond het Bargerveen scherper te sturen. De zomers van 2022 en
2025 waren in Drenthe uitzonderlijk droog; in Zuidoost-Drenthe daalde de grondwaterstand op sommige plekken
meer dan een meter onder het langjarig gemiddelde.

Wat wij al hebben gedaan
In 2025 hebben wij samen met Waterschap Vechtstromen veertig stuwen in de Runde en het Oranjekanaal
geautomatiseerd. Ook is het grondwatermeetnet rond het Bargerveen uitgebreid met twaalf peilbuizen.

Wat wij gaan doen
Wij stellen in het voorjaar van 2027 samen met Waterschap Hunze en Aa's, het Waterschap Drents Overijsselse
Delta en Waterschap Vechtstromen het Drents Droogteplan vast. Daarin staat per deelgebied hoeveel water
mag worden onttrokken en welke maatregelen bij een tekort als eerste worden genomen.

Met de gemeenten Emmen en Coevorden starten wij in 2027 een pilot met hydrologische bufferzones rond het
Bargerveen. Staatsbosbeheer, dat het gebied beheert, doet als partner mee.

Uiterlijk eind 2027 hebben wij de regels voor grondwateronttrekking in de Omgevingsverordening Drenthe
aangepast, zodat nieuwe putten voor beregening in kwetsbare gebieden niet meer zonder vergunning kunnen
worden geslagen.

Nog dit jaar organiseren wij samen met LTO Noord drie bijeenkomsten voor agrariërs in Zuidoost-Drenthe over
de nieuwe regels en de mogelijkheden voor waterbesparing.

Vanaf 2027 stellen wij jaarlijks € 1,5 miljoen beschikbaar voor een subsidieregeling waarmee agrariërs
druppelirrigatie en waterbuffers op hun bedrijf kunnen aanleggen.

Wij gaan met WMD Drinkwater in 2027 en 2028 de grondwaterbeschermingsgebieden rond de winning
Valtherbos herzien.

Vóór de zomer van 2027 informeren wij uw Staten over de uitkomsten van de evaluatie van het Drentse
grondwatermeetnet.

Wat anderen doen
Waterschap Hunze en Aa's is voornemens om in 2027 het peilbeheer in het Veenkoloniaal kanaalstelsel aan te
passen. Het ministerie van IenW heeft aangekondigd in 2027 met een landelijke beleidslijn voor
grondwateronttrekkingen te komen. Als die beleidslijn strenger uitvalt dan onze eigen regels, dan passen wij
de Omgevingsverordening opnieuw aan.

Wij hopen dat ook de Drentse gemeenten in hun omgevingsplannen ruimte maken voor waterberging op
bedrijventerreinen.

Financiën
De kosten van de pilot en de bijeenkomsten worden gedekt uit het budget Programma Water en Bodem in de
begroting 2027.

Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.

Gedeputeerde Staten van Drenthe,

voorzitter,                     secretaris,
"""

PRODUCER = ("plain UTF-8 text (make/doc_letter.py); a letter from Gedeputeerde Staten of Drenthe to Provinciale "
            "Staten; 7 commitments in running prose ('Wij stellen ... samen met ...', 'Met de gemeenten ... starten wij "
            "in 2027', 'Uiterlijk eind 2027', 'Nog dit jaar', 'Vanaf 2027 ... jaarlijks', 'in 2027 en 2028', 'Vóór de "
            "zomer van 2027'); 9 non-commitments")

PD = "Provincie Drenthe"
ACTIONS = [
    A("", "Wij stellen in het voorjaar van 2027 samen met Waterschap Hunze en Aa's",
      "Drents Droogteplan vaststellen", [PD],
      ["Waterschap Hunze en Aa's", "Waterschap Drents Overijsselse Delta", "Waterschap Vechtstromen"], 2027, 2027),
    A("", "Met de gemeenten Emmen en Coevorden starten wij in 2027 een pilot met hydrologische bufferzones",
      "Pilot hydrologische bufferzones rond het Bargerveen", [PD],
      ["Gemeente Emmen", "Gemeente Coevorden", "Staatsbosbeheer"], 2027, None),
    A("", "Uiterlijk eind 2027 hebben wij de regels voor grondwateronttrekking in de Omgevingsverordening Drenthe",
      "Regels grondwateronttrekking in de Omgevingsverordening aanpassen", [PD], [], None, 2027),
    A("", "Nog dit jaar organiseren wij samen met LTO Noord drie bijeenkomsten",
      "Bijeenkomsten voor agrariërs over de nieuwe regels en waterbesparing", [PD], ["LTO Noord"], 2026, 2026),
    A("", "Vanaf 2027 stellen wij jaarlijks € 1,5 miljoen beschikbaar voor een subsidieregeling",
      "Subsidieregeling druppelirrigatie en waterbuffers", [PD], [], 2027, None),
    A("", "Wij gaan met WMD Drinkwater in 2027 en 2028 de grondwaterbeschermingsgebieden",
      "Grondwaterbeschermingsgebieden winning Valtherbos herzien", [PD], ["WMD Drinkwater"], 2027, 2028),
    A("", "Vóór de zomer van 2027 informeren wij uw Staten over de uitkomsten van de evaluatie",
      "Staten informeren over evaluatie grondwatermeetnet", [PD], [], None, 2027),
]

NOT_COMMITMENTS = [
    "Met deze brief informeren wij u over de voortgang",
    "Op 12 maart 2025 hebben uw Staten de motie 'Geen druppel te veel' aangenomen",
    "waren in Drenthe uitzonderlijk droog",
    "In 2025 hebben wij samen met Waterschap Vechtstromen veertig stuwen",
    "Waterschap Hunze en Aa's is voornemens om in 2027 het peilbeheer",
    "Het ministerie van IenW heeft aangekondigd in 2027 met een landelijke beleidslijn",
    "Als die beleidslijn strenger uitvalt dan onze eigen regels, dan passen wij",
    "Wij hopen dat ook de Drentse gemeenten in hun omgevingsplannen ruimte maken",
    "De kosten van de pilot en de bijeenkomsten worden gedekt",
]


def build():
    (OUT / FILE).write_text(TEXT, encoding="utf-8")
    write_gold(DOC, FILE, "letter", PRODUCER, ACTIONS, NOT_COMMITMENTS, letter_date="2026-11-10")


if __name__ == "__main__":
    build()
