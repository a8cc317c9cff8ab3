"""Build the blind16 documents.

- b16-zienswijzen.pdf: the HTML beside this script (a nota van beantwoording zienswijzen of the college of Breda:
  a ruled table "Nr. | Zienswijze (samengevat) | Reactie van het college | Aanpassing"; the commitments stand only
  in the Reactie cells, between refusals and another body's plan; the requests in the Zienswijze cells are no
  commitments), converted by LibreOffice.
- b16-taakverdeling.pdf: fpdf2, landscape, a TASK-DIVISION MATRIX: rows are werkpakketten, columns are six
  parties, each cell says in words what that party does ("Trekker. ...", a task, "Wordt geïnformeerd.", "–").
- b16-tegels.pdf: fpdf2, landscape, a one-page "in één oogopslag" overview of six action TILES in a 3 x 2 grid,
  each tile with a coloured title band and the labels "Wie", "Met", "Wanneer".
- b16-afdelingen.pdf: the HTML beside this script (a gemeentelijk werkprogramma whose "Verantwoordelijk" and
  "Samen met" cells name INTERNAL TEAMS of the gemeente beside outside bodies), converted by LibreOffice.
- b16-coalitieakkoord.txt: plain text, a chapter of a coalitieakkoord with "Dit gaan we doen" (commitments of
  the college, default period the bestuursperiode), "Wat we vinden" (opinions) and "Wat we vragen van anderen"
  (requests to other bodies).
- b16-nieuwsbrief.md: Markdown, a nieuwsbrief of a gebiedsproces: news per project (past events) and under each
  "**Wat is de volgende stap?**" the next steps, each naming its own doer.
- b16-groepsrijen.pdf: fpdf2, a ruled table whose full-width GROUP ROWS ("Thema A – Water vasthouden · trekker:
  WDODelta") give the trekker of the rows beneath, overridden in two rows by "(trekker: ...)".

The gold (../gold/*.json) is written by hand in gold.py; this script does not touch it.
"""

import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def new_pdf(title: str, author: str, day: int, orientation: str = "P") -> FPDF:
    pdf = FPDF(orientation=orientation, format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, day, 9, 0, 0))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("blind16 build.py")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    return pdf


def para(pdf: FPDF, text: str, size: float = 9.0, style: str = "", height: float = 4.8, after: float = 2.0):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, height, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# ------------------------------------------------------------ b16-taakverdeling.pdf (Oosterschelde)

TV_TITLE = "Bijlage 2 Taakverdeling – Gebiedsagenda Oosterschelde Zoet en Zout 2026-2029"
TV_INTRO = [
    "De gemeenten Schouwen-Duiveland, Noord-Beveland en Goes, Waterschap Scheldestromen, de provincie Zeeland en "
    "Rijkswaterstaat werken samen aan zoet water en veilige dijken rond de Oosterschelde. Het Bestuurlijk Overleg "
    "Oosterschelde heeft deze gebiedsagenda op 16 november 2026 vastgesteld.",
    "In de zomer van 2025 moesten telers op Schouwen-Duiveland drie weken stoppen met beregenen.",
    "Leeswijzer. Elke rij is een werkpakket, elke kolom een partij. In de cel staat wat die partij doet. De partij "
    "met 'Trekker' in haar cel leidt het werkpakket; een partij met een taak in haar cel is partner; 'Wordt "
    "geïnformeerd' betekent dat de partij betrokken is zonder eigen taak; – betekent geen rol.",
]
TV_HEADER = ("Nr.", "Werkpakket", "Planning", "Schouwen-Duiveland", "Noord-Beveland", "Goes", "Scheldestromen",
             "Prov. Zeeland", "RWS")
TV_ROWS = [
    ("OS1", "Zoetwaterbuffer in de kreekrug bij Serooskerke", "2026-2027",
     "Trekker. Stelt het ontwerp op en verwerft de grond.", "–", "–",
     "Levert peilgegevens en toetst het ontwerp.", "Wordt geïnformeerd.", "–"),
    ("OS2", "Dijkversterking met natuurvriendelijke oever bij Kats", "2027 t/m 2029",
     "–", "Past het bestemmingsplan aan.", "–",
     "Trekker. Ontwerpt de versterking en voert haar uit.", "–", "Wordt geïnformeerd."),
    ("OS3", "Meetnet zoutindringing in de polders langs de Oosterschelde", "per 1 januari 2028",
     "–", "–", "–", "Deelt zijn meetgegevens.", "Levert de provinciale grondwaterdata.",
     "Trekker. Plaatst en beheert de meetpunten."),
    ("OS4", "Klimaatbestendige herinrichting van de binnenstad van Goes", "kwartaal 3 2027 – kwartaal 2 2028",
     "–", "–", "Trekker. Ontwerpt de herinrichting en voert haar uit.",
     "Adviseert over afkoppelen en betaalt mee aan de riolering.", "–", "–"),
    ("OS5", "Regionale zoetwaterstrategie Oosterschelde", "uiterlijk eind 2027",
     "Neemt deel aan de gebiedssessies.", "Neemt deel aan de gebiedssessies.", "Wordt geïnformeerd.",
     "Levert de watersysteemanalyse.", "Trekker. Schrijft de strategie en organiseert de gebiedssessies.",
     "Levert gegevens over het Oosterscheldewater."),
    ("OS6", "Loket zoet water voor agrariërs, op basis van OS5", "doorlopend vanaf 2027",
     "Bemenst het loket één dag per week.", "Trekker. Huisvest het loket in Kortgene.", "–",
     "Bemenst het loket één dag per week.", "Wordt geïnformeerd.", "–"),
]
TV_LEGEND = ("Afkortingen: Scheldestromen = Waterschap Scheldestromen; Prov. Zeeland = Provincie Zeeland; RWS = "
             "Rijkswaterstaat. De kolommen Schouwen-Duiveland, Noord-Beveland en Goes zijn de gemeenten.")
TV_MONEY = "De provincie Zeeland draagt € 2,4 miljoen bij aan OS1 en OS6."


def build_taakverdeling(path: Path) -> None:
    pdf = new_pdf(TV_TITLE, "Provincie Zeeland", 16, "L")
    pdf.add_page()
    para(pdf, "Gebiedsagenda Oosterschelde Zoet en Zout 2026-2029", 7.5)
    para(pdf, TV_TITLE, 13, "B", 6.5, 2)
    for text in TV_INTRO:
        para(pdf, text, 8.5, height=4.3, after=1.2)
    pdf.ln(1)
    with pdf.table(
        col_widths=(11, 38, 24, 35, 30, 28, 30, 30, 30),
        line_height=3.9,
        padding=1.5,
        borders_layout="ALL",
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(214, 228, 240)),
    ) as table:
        pdf.set_font("DejaVu", "", 7.5)
        row = table.row()
        for h in TV_HEADER:
            row.cell(h)
        for values in TV_ROWS:
            row = table.row()
            for v in values:
                row.cell(v)
    pdf.ln(2)
    para(pdf, TV_LEGEND, 7.5, height=3.8, after=1)
    para(pdf, TV_MONEY, 7.5, height=3.8)
    pdf.output(str(path))


# ------------------------------------------------------------------- b16-tegels.pdf (A2-gemeenten)

TG_TITLE = "Uitvoeringsagenda Hitte en Droogte A2-gemeenten 2026-2028 – in één oogopslag"
TG_INTRO = (
    "De gemeenten Cranendonck, Heeze-Leende en Valkenswaard werken samen met Waterschap De Dommel (hierna: De "
    "Dommel), Staatsbosbeheer, Brabants Landschap, de ZLTO, de GGD Brabant-Zuidoost en de provincie Noord-Brabant. "
    "Op 12 november 2026 stelden de drie colleges deze agenda vast. Elke tegel is één actie: onder 'Wie' staat de "
    "trekker, onder 'Met' de partners."
)
TG_PAST = "In de zomer van 2025 viel de Tongelreep bij de Malpie op drie plaatsen droog."
TG_TILES = [
    ("T1", "Hitteplan voor de kernen van Valkenswaard", "gemeente Valkenswaard", "GGD Brabant-Zuidoost",
     "voor de zomer van 2027"),
    ("T2", "Beekherstel van de Tongelreep bij de Malpie", "De Dommel", "Staatsbosbeheer, gemeente Valkenswaard",
     "2027 t/m 2029"),
    ("T3", "Afkoppelen van regenwater in Budel-Dorplein", "gemeente Cranendonck", "De Dommel", "kwartaal 2 2027"),
    ("T4", "Vernatting van de Strabrechtse Heide", "Staatsbosbeheer", "gemeente Heeze-Leende, De Dommel",
     "vanaf najaar 2027"),
    ("T5", "Droogteafspraken met agrariërs langs de Kleine Dommel", "De Dommel", "provincie Noord-Brabant, ZLTO",
     "2e kwartaal 2027 – eind 2028"),
    ("T6", "Groene schoolpleinen in Heeze, Leende en Sterksel", "gemeente Heeze-Leende", "Brabants Landschap",
     "schooljaar 2027-2028"),
]
TG_FOOT = ("Financiering: de drie gemeenten dragen samen € 450.000 per jaar bij; De Dommel betaalt mee aan T2 en "
           "T5. ZLTO = Zuidelijke Land- en Tuinbouworganisatie.")
TG_COLOURS = [(0, 110, 140), (30, 120, 80), (180, 90, 20)]


def build_tegels(path: Path) -> None:
    pdf = new_pdf(TG_TITLE, "Gemeente Valkenswaard", 12, "L")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    para(pdf, "Gemeenten Cranendonck · Heeze-Leende · Valkenswaard", 7.5)
    para(pdf, TG_TITLE, 14, "B", 7, 2)
    para(pdf, TG_INTRO, 8.5, height=4.3, after=1)
    para(pdf, TG_PAST, 8.5, height=4.3, after=3)
    x0, y0 = pdf.l_margin, pdf.get_y()
    w, h, gap = 83, 52, 4.5
    for i, (code, title, wie, met, wanneer) in enumerate(TG_TILES):
        x = x0 + (i % 3) * (w + gap)
        y = y0 + (i // 3) * (h + gap)
        colour = TG_COLOURS[i % 3]
        pdf.set_draw_color(*colour)
        pdf.set_line_width(0.5)
        pdf.rect(x, y, w, h)
        pdf.set_fill_color(*colour)
        pdf.rect(x, y, w, 15, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(x + 3, y + 2)
        pdf.multi_cell(w - 6, 5.2, f"{code}  {title}", align="L")
        pdf.set_text_color(0, 0, 0)
        yy = y + 19
        for label, value in (("Wie", wie), ("Met", met), ("Wanneer", wanneer)):
            pdf.set_xy(x + 3, yy)
            pdf.set_font("DejaVu", "B", 8.5)
            pdf.cell(20, 5, label)
            pdf.set_font("DejaVu", "", 8.5)
            pdf.set_xy(x + 23, yy)
            pdf.multi_cell(w - 26, 5, value, align="L")
            yy = max(yy + 9, pdf.get_y() + 2)
    pdf.set_xy(x0, y0 + 2 * h + gap + 4)
    para(pdf, TG_FOOT, 7.5, height=3.8)
    pdf.output(str(path))


# ------------------------------------------------------- b16-groepsrijen.pdf (Hoogeveen, Midden-Drenthe)

GR_TITLE = "Uitvoeringsprogramma Water en Bodem Hoogeveen en Midden-Drenthe 2026-2029"
GR_INTRO = [
    "De gemeenten Hoogeveen en Midden-Drenthe, Waterschap Drents Overijsselse Delta (hierna: WDODelta), de "
    "provincie Drenthe, de Waterleidingmaatschappij Drenthe (hierna: WMD), Het Drentse Landschap (hierna: HDL) en "
    "LTO Noord werken samen aan water vasthouden, schoon grondwater en een gezonde bodem. De stuurgroep heeft dit "
    "programma op 19 november 2026 vastgesteld.",
    "In 2025 daalde de grondwaterstand rond Beilen tot het laagste niveau sinds 1976.",
    "Leeswijzer. De maatregelen staan per thema. De trekker in de themaregel trekt alle maatregelen van dat thema, "
    "tenzij bij een maatregel tussen haakjes een andere trekker staat. Onder 'Partners' staan de partijen die "
    "meewerken.",
]
GR_HEADER = ("Nr.", "Maatregel", "Partners", "Periode")
# a str is a group row over all columns; a tuple a maatregel
GR_ROWS = [
    "Thema A – Water vasthouden · trekker: WDODelta",
    ("A1", "Hermeandering van de Beilerstroom bij Beilen", "gemeente Midden-Drenthe, HDL", "2026-2028"),
    ("A2", "Peilgestuurde drainage op landbouwpercelen rond Hoogeveen", "LTO Noord", "2027"),
    ("A3", "Afkoppelen van regenwater in de wijk Krakeel (trekker: gemeente Hoogeveen)", "WDODelta",
     "kwartaal 3 2027 – 2028"),
    "Thema B – Schoon grondwater · trekker: WMD",
    ("B1", "Grondwaterbeschermingsplan voor het intrekgebied van de waterwinning bij Beilen",
     "provincie Drenthe, gemeente Midden-Drenthe", "2026 t/m 2029"),
    ("B2", "Voorlichting aan particuliere putboorders", "–", "doorlopend"),
    "Thema C – Bodem en landschap · trekker: provincie Drenthe",
    ("C1", "Bodemkaart van de veengronden rond Hoogeveen en Fluitenberg", "gemeente Hoogeveen, WDODelta", "2027"),
    ("C2", "Herstel van de essen rond Westerbork, na afronding van C1 (trekker: HDL)", "gemeente Midden-Drenthe",
     "vanaf 2028"),
]
GR_MONEY = "De provincie Drenthe betaalt de helft van de maatregelen van thema C uit het Programma Landelijk Gebied."


def build_groepsrijen(path: Path) -> None:
    pdf = new_pdf(GR_TITLE, "Gemeente Hoogeveen", 19)
    pdf.add_page()
    para(pdf, "Gemeente Hoogeveen – Gemeente Midden-Drenthe – WDODelta – Provincie Drenthe", 7.5)
    para(pdf, GR_TITLE, 13, "B", 6.5, 3)
    for text in GR_INTRO:
        para(pdf, text)
    para(pdf, "Maatregelen", 10.5, "B", 6, 1)
    with pdf.table(
        col_widths=(12, 84, 50, 28),
        line_height=4.6,
        padding=2,
        borders_layout="ALL",
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
    ) as table:
        pdf.set_font("DejaVu", "", 8.5)
        row = table.row()
        for h in GR_HEADER:
            row.cell(h)
        for values in GR_ROWS:
            row = table.row()
            if isinstance(values, str):
                row.cell(values, colspan=4, style=FontFace(emphasis="BOLD", fill_color=(238, 244, 232)))
            else:
                for v in values:
                    row.cell(v)
    pdf.ln(3)
    para(pdf, "Afkortingen: WDODelta = Waterschap Drents Overijsselse Delta; WMD = Waterleidingmaatschappij "
              "Drenthe; HDL = Het Drentse Landschap.", 8, height=4.2)
    para(pdf, GR_MONEY, 8, height=4.2)
    pdf.output(str(path))


# --------------------------------------------------------------- b16-coalitieakkoord.txt (Het Hogeland)

COALITIE_TXT = """\
Coalitieakkoord Het Hogeland 2026-2030
"Sterk aan de kust"

Gemeentebelangen Het Hogeland, CDA, PvdA en ChristenUnie

Leeswijzer
Dit akkoord geldt voor de bestuursperiode 2026-2030. Per hoofdstuk staat wat we vinden, wat we gaan doen en
wat we van anderen vragen. Onder "Dit gaan we doen" staan de afspraken voor het college van burgemeester en
wethouders van Het Hogeland; staat er geen jaar bij een afspraak, dan voeren we haar uit in deze
bestuursperiode.

HOOFDSTUK 5  WATER, KLIMAAT EN LANDSCHAP

In augustus 2025 liepen in Winsum na een hoosbui tientallen kelders onder water.

Wat we vinden
We vinden dat de dijkversterking langs de Waddenkust niet ten koste mag gaan van het open landschap.
We vinden dat inwoners mee moeten kunnen praten over elke nieuwe waterberging.

Dit gaan we doen
- We stellen in 2027 samen met Waterschap Noorderzijlvest een klimaatadaptatieplan op voor de kernen langs de Waddenkust.
- We vergroenen de schoolpleinen in Uithuizen, Winsum en Warffum.
- Samen met Het Groninger Landschap leggen we een wandelroute langs de wierden aan; Het Groninger Landschap is trekker.
- We laten Waterbedrijf Groningen uiterlijk in 2028 een proef met zoetwateropslag bij Usquert doen.
- Vanaf 2027 organiseren we elk jaar een waterdag met de dorpsverenigingen.
- Van 2027 tot en met 2029 verduurzamen we samen met Wierden en Borgen 300 huurwoningen in Uithuizermeeden en Roodeschool.

Wat we vragen van anderen
We vragen de provincie Groningen om vóór 2028 de N361 bij Winsum klimaatbestendig te maken.
We dringen er bij het Rijk op aan dat de versterkingsoperatie in 2028 is afgerond.

Wat mag het kosten?
Voor dit hoofdstuk trekken we in deze periode € 3,2 miljoen extra uit.
"""


# -------------------------------------------------- b16-nieuwsbrief.md (Utrechtse Heuvelrug en Rijnoever)

NIEUWSBRIEF_MD = """\
# Nieuwsbrief Gebiedsproces Heuvelrug en Rijnoever

*Nummer 4 – december 2026*

Het gebiedsproces Heuvelrug en Rijnoever is een samenwerking van de gemeenten Rhenen, Utrechtse Heuvelrug en
Wijk bij Duurstede, de provincie Utrecht, Hoogheemraadschap De Stichtse Rijnlanden (hierna: HDSR), Het Utrechts
Landschap, Staatsbosbeheer, Vitens en Rijkswaterstaat. In deze nieuwsbrief leest u wat er de afgelopen maanden
is gebeurd en wat de volgende stappen zijn.

## Uiterwaarden bij Amerongen

In oktober 2026 liepen ruim zestig inwoners mee met een excursie door de Amerongse Bovenpolder.

**Wat is de volgende stap?**
Het Utrechts Landschap begint in het voorjaar van 2027 met het graven van een nevengeul in de Amerongse Bovenpolder, samen met Rijkswaterstaat.
Het werk duurt tot eind 2028.

## Drinkwater en natuur op de Heuvelrug

Vitens heeft in 2026 de winning bij Leersum met een kwart verminderd.

**Wat is de volgende stap?**
Vitens en de provincie Utrecht sluiten uiterlijk 1 juli 2027 een convenant over de grondwaterwinning bij Leersum; de provincie neemt het initiatief.
Staatsbosbeheer zet vanaf 2027 elk jaar twintig hectare naaldbos op de Heuvelrug om naar loofbos.
HDSR overweegt om in 2028 ook de Langbroekerwetering bij Cothen te verbreden.

## Waterplein in Wijk bij Duurstede

De gemeente Wijk bij Duurstede kreeg in 2026 een provinciale subsidie van € 300.000 voor het waterplein.

**Wat is de volgende stap?**
De gemeente Wijk bij Duurstede legt in het najaar van 2027 samen met HDSR een waterplein aan bij de Markt.

## Samen verder

**Wat is de volgende stap?**
De gemeente Rhenen stelt in 2027 namens de drie gemeenten een gezamenlijke hittekaart op; Utrechtse Heuvelrug en Wijk bij Duurstede leveren gegevens aan.
De provincie Utrecht maakt vóór de zomer van 2027 met de drie gemeenten een uitvoeringsplan voor de fietsroute langs de Rijndijk.

Vragen? Mail het gebiedsteam. De volgende nieuwsbrief verschijnt in het voorjaar van 2027.
"""


def soffice(html: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="blind16-") as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                tmp,
                str(html),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copy(Path(tmp) / (html.stem + ".pdf"), out_dir / (html.stem + ".pdf"))


def main() -> int:
    build_taakverdeling(OUT / "b16-taakverdeling.pdf")
    build_tegels(OUT / "b16-tegels.pdf")
    build_groepsrijen(OUT / "b16-groepsrijen.pdf")
    (OUT / "b16-coalitieakkoord.txt").write_text(COALITIE_TXT, encoding="utf-8")
    (OUT / "b16-nieuwsbrief.md").write_text(NIEUWSBRIEF_MD, encoding="utf-8")
    soffice(MAKE / "b16-zienswijzen.html", OUT)
    soffice(MAKE / "b16-afdelingen.html", OUT)
    for p in sorted(OUT.glob("b16-*")):
        print(p.name, p.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
