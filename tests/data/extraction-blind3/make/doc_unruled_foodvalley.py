"""b3-uitvoeringsagenda-foodvalley.pdf: an fpdf2 table without any ruling lines, A4 landscape, over two pages
with the header row repeated; a Status column whose years are not periods."""
from datetime import datetime, timezone

from fpdf import FPDF, FontFace

from common import FONT, FONT_BOLD, ROOT, action, write_gold

STEM = "b3-uitvoeringsagenda-foodvalley"

HEAD = ["Nr.", "Opgave / actie", "Eigenaar", "Samenwerkingspartners", "Looptijd", "Status"]
ROWS = [
    ["1.1", "Extensiveringsplannen voor de veehouderij in het Binnenveld",
     "Ondersteuning van veehouders rond de Binnenveldse Hooilanden bij extensivering, omschakeling of "
     "verplaatsing, met een eigen keukentafelteam.",
     "Provincie Gelderland", "provincie Utrecht, gemeenten Ede en Renswoude, LTO Noord", "2026-2028",
     "Gestart in 2025 (voorfase)"],
    ["1.2", "Verkenning vrijkomende agrarische bebouwing",
     "Verkenning van een regionale aanpak voor vrijkomende agrarische bebouwing (VAB): omvang, sloopkosten en "
     "mogelijkheden voor herbestemming.",
     "Regio Foodvalley", "gemeenten Barneveld, Nijkerk en Scherpenzeel; ODV", "Q4 2026",
     "Besluit AB december 2025"],
    ["1.3", "Uitvoering van de regionale VAB-sloopregeling",
     "Een sloop- en herbestemmingsregeling voor vrijkomende stallen; start na afronding van 1.2.",
     "Gemeente Barneveld", "Gemeente Nijkerk, Provincie Gelderland", "2027-2030", "Niet gestart"],
    ["2.1", "Praktijknetwerk kringlooplandbouw in de Vallei",
     "Zestig melkveehouders werken in studiegroepen aan kringlooplandbouw; demonstraties op de proefboerderij "
     "en een jaarlijkse veldag.",
     "WUR", "Stichting Boerenkennis Vallei, LTO Noord", "doorlopend", "Loopt sinds 2023"],
    ["2.2", "Protein Shift-programma voor het mkb",
     "Begeleiding van mkb-voedingsbedrijven bij de overstap naar plantaardige en nieuwe eiwitten, met een "
     "regionaal innovatiefonds.",
     "Foodvalley NL", "WUR, Gemeente Wageningen, Gemeente Ede, Rabobank Vallei en Rijn", "vanaf 2027",
     "Vertraagd (was 2026)"],
    ["2.3", "Regionaal platform korte ketens",
     "Een digitaal en fysiek platform dat boeren en afnemers in de regio verbindt (boer-tot-bord), in samenhang "
     "met 2.2.",
     "Gemeente Ede", "Gemeente Wageningen, Coöperatie Vallei Versmarkt", "medio 2027 – 2029",
     "Opdracht verleend juni 2026"],
    ["3.1", "Programma water en bodem Gelderse Vallei",
     "Hydrologisch herstel van de beekdalen van de Gelderse Vallei, vasthouden van water en verminderen van "
     "verdroging.",
     "Vallei en Veluwe", "Provincie Gelderland, Provincie Utrecht, Vitens", "2026-2030", "Besluit DB 2025"],
    ["3.2", "Herinrichting en beekherstel Lunterse Beek",
     "Vier kilometer natuurvriendelijke oevers en een nieuwe vispassage bij de Wassermolen; "
     "onderdeel van 3.1.",
     "Vallei en Veluwe", "Gemeente Ede, GLK", "uiterlijk eind 2028", "Ontwerp gereed 2026"],
    ["3.3", "Maatregelen rond de drinkwaterwinningen in de Vallei",
     "Afspraken met grondgebruikers in de intrekgebieden van de drinkwaterwinningen om nitraatuitspoeling te "
     "verminderen; afhankelijk van de uitkomst van 2.1.",
     "Vitens", "Provincie Gelderland, ODV", "voorjaar 2027", "Nog niet gestart"],
    ["3.4", "Landschapsinclusieve erven en houtwallen",
     "Aanplant van houtwallen, hagen en erfbeplanting bij tweehonderd erven in het Utrechtse en Gelderse deel "
     "van de Vallei.",
     "Landschapsbeheer Gelderland", "Het Utrechts Landschap, gemeenten Rhenen en Veenendaal", "2026 – 2029",
     "Fase 1 afgerond 2025"],
    ["3.5", "Monitoring stikstof en natuurkwaliteit",
     "Meetnet voor stikstofdepositie en vegetatie in het Binnenveld en de Hooilanden, met een jaarlijkse "
     "rapportage aan het AB.",
     "Provincie Utrecht", "WUR, Provincie Gelderland", "2026 t/m 2030", "Meetnet sinds 2024"],
]

INTRO = ("De Regio Foodvalley is het samenwerkingsverband van de gemeenten Barneveld, Ede, Nijkerk, Renswoude, "
         "Rhenen, Scherpenzeel, Veenendaal en Wageningen. Deze uitvoeringsagenda hoort bij het Regionaal Programma "
         "Landelijk Gebied en is in december 2025 door het algemeen bestuur vastgesteld. In 2024 en 2025 zijn de "
         "eerste gebiedsprocessen in het Binnenveld gestart. De kolom Looptijd geeft de periode waarin een actie "
         "wordt uitgevoerd; de kolom Status geeft de stand van zaken op 1 november 2026.")
NOTE = ("Afkortingen: AB = algemeen bestuur Regio Foodvalley; DB = dagelijks bestuur; WUR = Wageningen University & "
        "Research; ODV = Omgevingsdienst De Vallei; GLK = Geldersch Landschap & Kasteelen; Vallei en Veluwe = "
        "Waterschap Vallei en Veluwe; VAB = vrijkomende agrarische bebouwing.")

GOLD = [
    action("1.1", "Extensiveringsplannen voor de veehouderij in het Binnenveld",
           "Extensiveringsplannen veehouderij Binnenveld",
           ["Provincie Gelderland"], ["Provincie Utrecht", "Gemeente Ede", "Gemeente Renswoude", "LTO Noord"],
           2026, 2028),
    action("1.2", "Verkenning vrijkomende agrarische bebouwing",
           "Verkenning vrijkomende agrarische bebouwing", ["Regio Foodvalley"],
           ["Gemeente Barneveld", "Gemeente Nijkerk", "Gemeente Scherpenzeel", "Omgevingsdienst De Vallei"],
           2026, 2026),
    action("1.3", "Uitvoering van de regionale VAB-sloopregeling", "Regionale VAB-sloopregeling",
           ["Gemeente Barneveld"], ["Gemeente Nijkerk", "Provincie Gelderland"], 2027, 2030,
           [("starts_after", "1.2")]),
    action("2.1", "Praktijknetwerk kringlooplandbouw in de Vallei",
           "Praktijknetwerk kringlooplandbouw Vallei", ["Wageningen University & Research"],
           ["Stichting Boerenkennis Vallei", "LTO Noord"], None, None),
    action("2.2", "Protein Shift-programma voor het mkb", "Protein Shift-programma voor het mkb",
           ["Foodvalley NL"], ["Wageningen University & Research", "Gemeente Wageningen", "Gemeente Ede",
                               "Rabobank Vallei en Rijn"], 2027, None),
    action("2.3", "Regionaal platform korte ketens", "Regionaal platform korte ketens",
           ["Gemeente Ede"], ["Gemeente Wageningen", "Coöperatie Vallei Versmarkt"], 2027, 2029,
           [("related", "2.2")]),
    action("3.1", "Programma water en bodem Gelderse Vallei", "Programma water en bodem Gelderse Vallei",
           ["Waterschap Vallei en Veluwe"], ["Provincie Gelderland", "Provincie Utrecht", "Vitens"], 2026, 2030),
    action("3.2", "Herinrichting en beekherstel Lunterse Beek", "Herinrichting Lunterse Beek",
           ["Waterschap Vallei en Veluwe"], ["Gemeente Ede", "Geldersch Landschap & Kasteelen"], None, 2028,
           [("part_of", "3.1")]),
    action("3.3", "Maatregelen rond de drinkwaterwinningen in de Vallei",
           "Maatregelen drinkwaterwinningen Vallei", ["Vitens"],
           ["Provincie Gelderland", "Omgevingsdienst De Vallei"], 2027, 2027, [("depends", "2.1")]),
    action("3.4", "Landschapsinclusieve erven en houtwallen",
           "Landschapsinclusieve erven en houtwallen", ["Landschapsbeheer Gelderland"],
           ["Het Utrechts Landschap", "Gemeente Rhenen", "Gemeente Veenendaal"], 2026, 2029),
    action("3.5", "Monitoring stikstof en natuurkwaliteit",
           "Monitoring stikstof en natuurkwaliteit", ["Provincie Utrecht"],
           ["Wageningen University & Research", "Provincie Gelderland"], 2026, 2030),
]

NOT = [
    "In 2024 en 2025 zijn de eerste gebiedsprocessen in het Binnenveld gestart.",
]


class PDF(FPDF):
    def footer(self):
        self.set_y(-10)
        self.set_font("DejaVu", size=7)
        self.cell(0, 5, f"Uitvoeringsagenda Regionaal Programma Landelijk Gebied Foodvalley  |  {self.page_no()}",
                  align="R")


def build():
    pdf = PDF(orientation="L", format="A4")
    pdf.set_creation_date(datetime(2026, 11, 20, tzinfo=timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, "Uitvoeringsagenda Regionaal Programma Landelijk Gebied Foodvalley 2026–2030")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.ln(2)
    pdf.multi_cell(0, 5, INTRO)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(borders_layout="NONE", col_widths=(12, 96, 36, 58, 32, 39), repeat_headings=1,
                   text_align="LEFT", line_height=4.6, markdown=True, padding=(1.2, 1.5),
                   headings_style=FontFace(emphasis="BOLD")) as table:
        hr = table.row()
        for h in HEAD:
            hr.cell(h)
        for nr, title, desc, owner, partners, period, status in ROWS:
            r = table.row()
            r.cell(nr)
            r.cell(f"**{title}**\n{desc}")
            for v in (owner, partners, period, status):
                r.cell(v)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4.2, NOTE)
    pdf.output(str(ROOT / f"{STEM}.pdf"))
    write_gold(STEM, f"{STEM}.pdf", "unruled-pdf", "fpdf2 table, borders_layout NONE, A4 landscape, DejaVu Sans",
               GOLD, NOT)


if __name__ == "__main__":
    build()
