"""b3-raadsinformatiebrief-amersfoort.txt: a letter from the college van B&W of Amersfoort to the gemeenteraad,
with commitments in running prose ("wij") and sentences that are not commitments."""
from common import ROOT, action, write_gold

STEM = "b3-raadsinformatiebrief-amersfoort"

TEXT = """Gemeente Amersfoort
Postbus 4000
3800 EA Amersfoort

Aan de gemeenteraad van Amersfoort

Datum: 24 november 2026
Ons kenmerk: RIB 2026-117
Onderwerp: Aanpak netcongestie en energie-infrastructuur

Geachte leden van de raad,

Met deze brief informeren wij u over de stand van zaken van onze aanpak van netcongestie. Uw raad heeft op 7 juli 2026 de motie 'Stroom voor de stad' aangenomen, waarin u ons vraagt om voor het einde van het jaar met een concrete aanpak te komen.

Aanleiding
Op 12 september 2026 heeft Stedin bekendgemaakt dat er in de regio Amersfoort tot 2029 geen nieuwe transportcapaciteit beschikbaar is voor grootverbruikers. Ongeveer 140 bedrijven in onze gemeente staan inmiddels op de wachtlijst voor een zwaardere aansluiting. Ook nieuwe scholen, de uitbreiding van het Meander Medisch Centrum en de elektrificatie van de busremise lopen hierdoor vertraging op. TenneT verwacht het nieuwe 150kV-station bij Amersfoort-Noord niet eerder dan in 2031 in gebruik te kunnen nemen.

Wat wij gaan doen
Samen met Stedin en de provincie Utrecht stellen wij voor de zomer van 2027 een ruimtelijk plan op voor vier nieuwe transformatorstations in Vathorst, De Isselt, Schothorst en Hoevelaken-West. Zo voorkomen wij dat de benodigde ruimte voor die stations ondertussen voor andere functies wordt uitgegeven.

Uiterlijk eind 2026 nemen wij in alle nieuwe anterieure overeenkomsten voor bedrijventerreinen een verplichting op om deel te nemen aan een energiehub.

Vanaf 2027 zetten wij, met Stedin en de Stichting Parkmanagement De Isselt, een congestiemanager in die bedrijven helpt met flexibele contracten, het delen van aansluitingen en het slim plannen van hun verbruik. De kosten van de congestiemanager worden gedekt uit de Reserve Energietransitie.

In 2027 starten wij, samen met de Regio Amersfoort en de gemeenten Leusden, Soest en Baarn, een regionaal programmeringsoverleg waarin wij de vragen om netcapaciteit van maatschappelijke voorzieningen en bedrijven gezamenlijk prioriteren.

Vóór 1 april 2027 sturen wij uw raad een voorstel voor een gemeentelijke voorkeursvolgorde bij nieuwe aansluitingen, waarin onderwijs, zorg en woningbouw voorrang krijgen.

In 2027 en 2028 plaatsen wij samen met de woningcorporaties Portaal, de Alliantie en Omnia Wonen buurtbatterijen in Liendert en Schothorst, zodat het lokale net overdag minder zwaar wordt belast.

Wat anderen doen
De provincie Utrecht werkt aan een Provinciaal Programma Energie-infrastructuur dat in het voorjaar van 2027 verschijnt. Wij hopen dat het kabinet de middelen uit het Landelijk Actieprogramma Netcongestie ook beschikbaar stelt voor middelgrote gemeenten. Als het Rijk de subsidieregeling voor buurtbatterijen na 2028 verlengt, zullen wij bezien of een derde wijk kan worden aangesloten.

Met vriendelijke groet,

het college van burgemeester en wethouders van Amersfoort,

de secretaris,                    de burgemeester,
drs. M.J. Verhoef                 A.C. van Dijk
"""

GOLD = [
    action("", "stellen wij voor de zomer van 2027 een ruimtelijk plan op",
           "Ruimtelijk plan voor vier nieuwe transformatorstations", ["Gemeente Amersfoort"],
           ["Stedin", "Provincie Utrecht"], None, 2027),
    action("", "nemen wij in alle nieuwe anterieure overeenkomsten voor bedrijventerreinen",
           "Verplichting tot deelname aan een energiehub in anterieure overeenkomsten", ["Gemeente Amersfoort"],
           [], None, 2026),
    action("", "een congestiemanager in die bedrijven helpt met flexibele contracten",
           "Congestiemanager voor bedrijven", ["Gemeente Amersfoort"],
           ["Stedin", "Stichting Parkmanagement De Isselt"], 2027, None),
    action("", "een regionaal programmeringsoverleg waarin wij de vragen om netcapaciteit",
           "Regionaal programmeringsoverleg netcapaciteit", ["Gemeente Amersfoort"],
           ["Regio Amersfoort", "Gemeente Leusden", "Gemeente Soest", "Gemeente Baarn"], 2027, None),
    action("", "een voorstel voor een gemeentelijke voorkeursvolgorde bij nieuwe aansluitingen",
           "Voorstel voorkeursvolgorde bij nieuwe aansluitingen", ["Gemeente Amersfoort"], [], None, 2027),
    action("", "Omnia Wonen buurtbatterijen in Liendert en Schothorst",
           "Buurtbatterijen in Liendert en Schothorst", ["Gemeente Amersfoort"],
           ["Portaal", "de Alliantie", "Omnia Wonen"], 2027, 2028),
]

NOT = [
    "Met deze brief informeren wij u over de stand van zaken van onze aanpak van netcongestie.",
    "Uw raad heeft op 7 juli 2026 de motie 'Stroom voor de stad' aangenomen",
    "Op 12 september 2026 heeft Stedin bekendgemaakt dat er in de regio Amersfoort tot 2029 geen nieuwe "
    "transportcapaciteit beschikbaar is voor grootverbruikers.",
    "Ongeveer 140 bedrijven in onze gemeente staan inmiddels op de wachtlijst voor een zwaardere aansluiting.",
    "TenneT verwacht het nieuwe 150kV-station bij Amersfoort-Noord niet eerder dan in 2031 in gebruik te kunnen "
    "nemen.",
    "De kosten van de congestiemanager worden gedekt uit de Reserve Energietransitie.",
    "De provincie Utrecht werkt aan een Provinciaal Programma Energie-infrastructuur dat in het voorjaar van 2027 "
    "verschijnt.",
    "Wij hopen dat het kabinet de middelen uit het Landelijk Actieprogramma Netcongestie ook beschikbaar stelt voor "
    "middelgrote gemeenten.",
    "Als het Rijk de subsidieregeling voor buurtbatterijen na 2028 verlengt, zullen wij bezien of een derde wijk "
    "kan worden aangesloten.",
]


def build():
    (ROOT / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
    write_gold(STEM, f"{STEM}.txt", "letter", "plain text", GOLD, NOT, letter_date="2026-11-24")


if __name__ == "__main__":
    build()
