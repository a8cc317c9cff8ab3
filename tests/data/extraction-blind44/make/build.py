"""Build the five blind44 documents: letters and minutes with commitments in running prose.
One LibreOffice PDF (Kamerbrief; HTML written here, converted with `soffice --headless --convert-to pdf`; only the
PDF is committed), one fpdf2 PDF (GS-brief, DejaVu Sans, footer with page numbers), one Markdown verslag and two
plain-text files (raadsinformatiebrief, persbericht). Every paragraph of the text files is one line.
Run: .venv/bin/python tests/data/extraction-blind44/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Blocks: ("h", heading), ("p", paragraph), ("table", caption, header, rows), ("sign", [lines])

# --- b44-kamerbrief: Minister van IenW to the Tweede Kamer, Westerschelde ------------------------------------------
KB_DATE = "30 november 2026"
KB_HEAD = [
    ("Retouradres", "Postbus 20901 2500 EX Den Haag"),
    ("Aan", "de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    ("Datum", KB_DATE),
    ("Betreft", "Voortgang programma Veilig en Bereikbaar Westerscheldegebied"),
    ("Ons kenmerk", "IENW/BSK-2026/318842"),
    ("Bijlage(n)", "-"),
]
KB_BODY = [
    ("p", "Geachte voorzitter,"),
    ("p", "Met deze brief informeer ik uw Kamer over de voortgang van het programma Veilig en Bereikbaar "
          "Westerscheldegebied, zoals ik heb toegezegd tijdens het commissiedebat Maritiem van 17 september 2026. "
          "In paragraaf 1 beschrijf ik wat sinds mijn vorige brief is bereikt, in paragraaf 2 wat de komende jaren "
          "gebeurt en in paragraaf 3 wat ik bewust niet doe."),
    ("h", "1. Wat is bereikt"),
    ("p", "In 2026 is de vaargeul bij Hansweert over een lengte van vier kilometer op diepte gebracht. Tabel 1 geeft "
          "een overzicht van de projecten die in de periode 2024-2026 zijn afgerond."),
    ("table", "Tabel 1. Afgeronde projecten 2024-2026",
     ["Project", "Uitvoerder", "Resultaat", "Kosten (mln euro)"],
     [["Verdieping van de drempel van Hansweert", "Rijkswaterstaat",
       "Vaargeul op diepte over vier kilometer; hinder voor de binnenvaart beperkt tot twee weekenden", "38,4"],
      ["Herstel steenbekleding Westerscheldedijk bij Hoedekenskerke", "Waterschap Scheldestromen",
       "1,8 kilometer dijkbekleding vervangen, inclusief een nieuwe onderhoudsweg op de kruin van de dijk", "21,7"],
      ["Nieuwe aanlegsteiger veerhaven Vlissingen", "Provincie Zeeland",
       "Steiger voor de voet- en fietsveerdienst naar Breskens vervangen en toegankelijk gemaakt voor rolstoelen",
       "6,2"]]),
    ("p", "Tijdens het commissiedebat heeft het lid Van Dijk de wens uitgesproken dat de veerdienst tussen Vlissingen "
          "en Breskens ook na 22.00 uur vaart. Ik heb die wens doorgegeven aan de provincie, die over de "
          "dienstregeling gaat."),
    ("h", "2. Wat gaat er de komende jaren gebeuren"),
    ("p", "Ik neem het voortouw bij de verkenning naar een tweede ligplaats voor zeeschepen bij Vlissingen-Oost en "
          "rond deze verkenning voor de zomer van 2027 af, samen met de Provincie Zeeland. De verkenning weegt drie "
          "locaties langs de Sloehaven tegen elkaar af."),
    ("p", "Rijkswaterstaat en North Sea Port Netherlands N.V. trekken samen op bij het verdiepen van de toegangsgeul "
          "naar de Sloehaven; de baggerwerkzaamheden starten in het eerste kwartaal van 2028. Daarmee kunnen ook "
          "schepen met een diepgang van dertien meter de haven weer op elk getij bereiken."),
    ("p", "Onder regie van de Provincie Zeeland werken Rijkswaterstaat en het Waterschap Scheldestromen in 2027 en "
          "2028 een gezamenlijk plan uit voor natuurvriendelijke oevers langs de Westerschelde bij Ellewoutsdijk."),
    ("p", "De verantwoordelijkheid voor het meetprogramma naar de natuurwaarden van het Verdronken Land van "
          "Saeftinghe ligt vanaf 2027 bij Stichting Het Zeeuwse Landschap, in nauwe samenwerking met "
          "Rijkswaterstaat. Het meetprogramma sluit aan op de bestaande metingen in het Vlaamse deel van het "
          "estuarium."),
    ("p", "Het herstel van de kademuur van de veerhaven in Breskens wordt door Rijkswaterstaat opgepakt en is in het "
          "eerste kwartaal van 2028 afgerond."),
    ("p", "Samen met de Gemeente Terneuzen laat ik voor de zomer van 2028 een nieuwe snelheidsregeling voor de "
          "binnenvaart op het Kanaal Gent-Terneuzen uitwerken."),
    ("h", "3. Wat ik niet doe"),
    ("p", "Een verdere verruiming van de vaargeul naar Antwerpen bereid ik in deze kabinetsperiode niet voor. De "
          "Vlaamse overheid werkt aan een eigen plan voor de Beneden-Zeeschelde, dat naar verwachting in 2029 wordt "
          "vastgesteld."),
    ("p", "Ik houd uw Kamer via de jaarlijkse voortgangsbrief op de hoogte."),
    ("sign", ["Hoogachtend,", "", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,", "", "(ondertekend)"]),
]

# --- b44-raadsinformatiebrief: college van B&W Zaanstad to the raad, kademuren en oevers langs de Zaan ------------
RIB_DATE = "1 december 2026"
RIB_HEAD = [
    "GEMEENTE ZAANSTAD",
    "Raadsinformatiebrief",
    "",
    "Aan:               de gemeenteraad van Zaanstad",
    "Van:               het college van burgemeester en wethouders",
    f"Datum:             {RIB_DATE}",
    "Kenmerk:           RIB 2026/1187",
    "Portefeuillehouder: wethouder Openbare Ruimte",
    "Onderwerp:         voortgang programma Kademuren en Oevers langs de Zaan",
]
RIB_BODY = [
    ("p", "Geachte raadsleden,"),
    ("h", "Aanleiding"),
    ("p", "Met deze raadsinformatiebrief informeren wij u over de voortgang van het programma Kademuren en Oevers "
          "langs de Zaan. Op 9 juli 2026 heeft uw raad de motie 'Zaanoevers veilig' aangenomen, waarin u vraagt om "
          "elk jaar alle kademuren te laten inspecteren."),
    ("h", "Wat is er bereikt"),
    ("p", "In 2026 is 1,2 kilometer kademuur langs de Dam en de Hogendijk in Zaandam hersteld. De werkzaamheden "
          "bleven binnen het budget van 14,6 miljoen euro."),
    ("h", "Hoe gaan we verder"),
    ("p", "Het college neemt het voortouw bij de vervanging van de kademuur langs de Lagedijk in Zaandijk en rondt "
          "het ontwerp voor de zomer van 2027 af. Bewoners en ondernemers aan de Lagedijk worden bij het ontwerp "
          "betrokken."),
    ("p", "Het baggeren van de Zaan tussen de Wilhelminasluis en de Julianabrug wordt door het Hoogheemraadschap "
          "Hollands Noorderkwartier opgepakt, in nauwe samenwerking met de gemeente; de werkzaamheden starten na de "
          "zomer van 2027."),
    ("p", "Voor de snelfietsroute tussen Zaandam en Amsterdam is de Vervoerregio Amsterdam aan zet; zij werkt in 2027 "
          "samen met de gemeente het tracédeel langs de Hembrug uit."),
    ("p", "De verantwoordelijkheid voor het herstel van de beschoeiingen langs de sloten in Westzaan ligt vanaf 2027 "
          "bij de gemeente. Tot die tijd blijven de eigenaren van de percelen daarvoor verantwoordelijk."),
    ("p", "De Provincie Noord-Holland en de gemeente trekken samen op bij de herinrichting van de N203 bij Krommenie, "
          "die in het eerste kwartaal van 2028 start."),
    ("h", "Wat doen wij niet"),
    ("p", "Een verbod op vrachtverkeer op de Lagedijk voeren wij niet in, omdat de kademuur na de vervanging weer "
          "zwaar verkeer kan dragen."),
    ("h", "Ontwikkelingen bij anderen"),
    ("p", "ProRail B.V. verwacht in 2029 de spoorbrug over de Zaan bij Zaandam te vervangen."),
    ("h", "Communicatie en vervolg"),
    ("p", "Over de voortgang informeren wij u in de jaarlijkse programmarapportage."),
    ("sign", ["Met vriendelijke groet,", "", "Burgemeester en wethouders van Zaanstad,", "",
              "de secretaris,                 de burgemeester,"]),
]

# --- b44-gs-brief: Gedeputeerde Staten van Flevoland to Provinciale Staten, Markermeerkust ------------------------
GS_DATE = "26 november 2026"
GS_HEAD = ["Provincie Flevoland", "Gedeputeerde Staten", "", "Aan Provinciale Staten van Flevoland",
           f"Lelystad, {GS_DATE}", "Ons kenmerk: 3184221", "Onderwerp: voortgang Programma Markermeerkust "
           "Almere-Lelystad"]
GS_BODY = [
    ("p", "Geachte leden van Provinciale Staten,"),
    ("p", "Met deze brief informeren wij u over de voortgang van het Programma Markermeerkust Almere-Lelystad, dat "
          "uw Staten op 12 maart 2025 hebben vastgesteld."),
    ("h", "Stand van zaken"),
    ("p", "In 2026 hebben wij samen met de Gemeente Almere de parkeerplaats bij het Almeerderstrand vergroot en de "
          "toegangsweg verbreed. Ondernemers langs de kust hebben de wens geuit om een veerverbinding tussen "
          "Lelystad en Marken te openen."),
    ("h", "Vervolg van het programma"),
    ("p", "Wij nemen het voortouw bij de aanleg van een recreatieve fietsverbinding over de Oostvaardersdijk tussen "
          "Almere Pampus en Lelystad, die voor de zomer van 2028 gereed is."),
    ("p", "Onder regie van de Gemeente Lelystad ontwerpen wij in 2027 samen met Staatsbosbeheer een "
          "natuurvriendelijke oever bij het Bataviastrand."),
    ("p", "Voor de versterking van de Oostvaardersdijk is het Waterschap Zuiderzeeland aan zet; wij werken daarbij "
          "met het waterschap samen, zodat het werk in het eerste kwartaal van 2029 kan zijn afgerond."),
    ("p", "De Gemeente Almere en wij trekken samen op bij de herinrichting van het Almeerderstrand, waarvan de "
          "uitvoering in 2027 start."),
    ("p", "De monitoring van de zwemwaterkwaliteit bij de stranden langs het Markermeer wordt vanaf 2027 door ons "
          "opgepakt."),
    ("p", "Een tweede strand bij Lelystad-Haven nemen wij niet in het programma op."),
    ("h", "Ontwikkelingen bij anderen"),
    ("p", "Rijkswaterstaat verwacht in 2028 de Houtribsluizen bij Lelystad te renoveren."),
    ("p", "Wij houden u via de halfjaarlijkse voortgangsrapportage op de hoogte. In bijlage 1 vindt u het financiële "
          "overzicht van het programma."),
    ("sign", ["Gedeputeerde Staten van Flevoland,", "", "de secretaris,            de voorzitter,"]),
    ("newpage",),
    ("h", "Bijlage 1. Financieel overzicht Programma Markermeerkust Almere-Lelystad"),
    ("table", "Bedragen x 1.000 euro, stand 1 november 2026",
     ["Onderdeel", "Budget", "Besteed t/m 2026", "Toelichting"],
     [["Fietsverbinding Oostvaardersdijk", "4.200", "310",
       "Besteed aan de voorverkenning, het bodemonderzoek en het schetsontwerp van de aansluitingen op de dijk"],
      ["Natuurvriendelijke oever Bataviastrand", "1.150", "0",
       "Bijdrage van de provincie; de Gemeente Lelystad en Staatsbosbeheer dragen elk een derde bij"],
      ["Herinrichting Almeerderstrand", "2.600", "880",
       "Inclusief de vergroting van de parkeerplaats en de verbreding van de toegangsweg in 2026"],
      ["Monitoring zwemwater", "240", "0", "Jaarlijks 40 per seizoen, oplopend na de uitbreiding van het aantal "
       "meetpunten"]]),
]

# --- b44-verslag: verslag bestuurlijk overleg water en klimaat Parkstad Limburg ----------------------------------
VS_TITLE = "Verslag Bestuurlijk Overleg Water en Klimaat Parkstad Limburg"
VS_META = [
    ("Datum", "19 november 2026, 14.00-16.30 uur"),
    ("Locatie", "stadhuis Kerkrade"),
    ("Aanwezig", "Gemeente Heerlen (voorzitter), Gemeente Kerkrade, Gemeente Landgraaf, Gemeente Brunssum, "
                 "Provincie Limburg, Waterschap Limburg, Waterleiding Maatschappij Limburg N.V."),
    ("Verslag", "secretariaat Parkstad"),
]
VS_BODY = [
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent het overleg en heet de nieuwe vertegenwoordiger van de Provincie Limburg welkom."),
    ("p", "Waterschap Limburg meldt dat de regenwaterbuffer langs de Caumerbeek in oktober 2026 is opgeleverd."),
    ("h", "2. Verslag vorig overleg"),
    ("p", "Het verslag van 14 mei 2026 wordt ongewijzigd vastgesteld."),
    ("h", "3. Regionale aanpak wateroverlast"),
    ("p", "Waterschap Limburg licht de uitkomsten van de regionale stresstest toe. Uit de stresstest blijkt dat "
          "vooral de wijken rond de Geleenbeek in Heerlen en Brunssum kwetsbaar zijn."),
    ("p", "Het overleg spreekt af dat Waterschap Limburg het voortouw neemt bij een regionaal maatregelenpakket "
          "tegen wateroverlast langs de Geleenbeek, samen met de Gemeente Heerlen en de Gemeente Brunssum, en dat "
          "het pakket voor de zomer van 2027 ter besluitvorming voorligt."),
    ("p", "Het afkoppelen van hemelwater in Schaesberg wordt door de Gemeente Landgraaf opgepakt; de uitvoering loopt "
          "van 2027 tot en met 2029."),
    ("h", "4. Groene daken en schoolpleinen"),
    ("p", "De Gemeente Kerkrade vraagt of de provincie de subsidieregeling Groene Daken Parkstad, die in september "
          "2026 is uitgeput, opnieuw kan openstellen."),
    ("p", "De Provincie Limburg zegt toe de subsidieregeling Groene Daken Parkstad in het eerste kwartaal van 2027 "
          "opnieuw open te stellen."),
    ("p", "Het vergroenen van de schoolpleinen in Kerkrade-West wordt in 2027 en 2028 uitgevoerd door de Gemeente "
          "Kerkrade, in nauwe samenwerking met de Provincie Limburg."),
    ("h", "5. Drinkwater en droogte"),
    ("p", "Waterleiding Maatschappij Limburg N.V. en Waterschap Limburg trekken samen op bij een onderzoek naar de "
          "aanvulling van het grondwater onder de Brunssummerheide, dat in 2027 en 2028 wordt uitgevoerd."),
    ("p", "De Gemeente Brunssum geeft aan dat zij de Brunssummerheide niet voor waterberging beschikbaar stelt."),
    ("h", "6. Hittestress"),
    ("p", "Onder regie van de Gemeente Heerlen stellen de vier gemeenten rond de jaarwisseling een gezamenlijk "
          "hitteplan Parkstad op."),
    ("h", "7. Rondvraag en sluiting"),
    ("p", "Waterschap Limburg vraagt of het overleg in 2027 ook de droogte in het Heuvelland wil bespreken."),
    ("p", "Het volgende overleg vindt plaats op 20 mei 2027 in Heerlen."),
]

# --- b44-persbericht: Havenbedrijf Amsterdam N.V., Noordzeekanaalgebied --------------------------------------------
PB_DATE = "2 december 2026"
PB_HEAD = ["PERSBERICHT", "", "Havenbedrijf Amsterdam N.V.", f"Amsterdam, {PB_DATE}", "",
           "Havenbedrijf en partners maken werk van walstroom en ruimte voor wind op zee", ""]
PB_BODY = [
    ("p", "Havenbedrijf Amsterdam N.V. heeft met de Gemeente Amsterdam, de Gemeente Velsen en de Provincie "
          "Noord-Holland afspraken gemaakt over de ontwikkeling van het Noordzeekanaalgebied in de komende jaren."),
    ("p", "\"In 2026 maakte al 40 procent van de zeecruiseschepen in Amsterdam gebruik van walstroom\", zegt de "
          "directeur Havenontwikkeling van het havenbedrijf. \"Nu zijn de riviercruiseschepen aan de beurt.\""),
    ("p", "Havenbedrijf Amsterdam N.V. neemt het voortouw bij de aanleg van walstroom voor riviercruiseschepen aan "
          "de Passagiersterminal Amsterdam, in nauwe samenwerking met de Gemeente Amsterdam; de installatie moet in "
          "het eerste kwartaal van 2028 in gebruik zijn."),
    ("p", "De Gemeente Velsen en het havenbedrijf trekken samen op bij de inrichting van een servicehaven voor "
          "windparken op zee in de Averijhaven in IJmuiden, waarvan de bouw in 2028 start."),
    ("p", "Het onderzoek naar extra ligplaatsen voor de binnenvaart in de Westhaven wordt door het havenbedrijf "
          "opgepakt en is voor de zomer van 2027 afgerond."),
    ("p", "Onder regie van de Provincie Noord-Holland stellen het havenbedrijf, de Gemeente Amsterdam en de Gemeente "
          "Zaanstad in 2027 een gezamenlijke visie op de ruimte voor circulaire industrie langs het Noordzeekanaal "
          "op."),
    ("p", "Rederijen hebben gevraagd om een korting op het havengeld voor schepen die walstroom gebruiken. Het "
          "havenbedrijf breidt de Afrikahaven niet verder uit."),
    ("p", "Rijkswaterstaat verwacht in 2029 groot onderhoud aan de Noordersluis in IJmuiden uit te voeren."),
    ("p", "###"),
    ("h", "Noot voor de redactie, niet voor publicatie"),
    ("p", "Voor meer informatie kunt u contact opnemen met de afdeling Communicatie van het havenbedrijf."),
    ("h", "Over Havenbedrijf Amsterdam N.V."),
    ("p", "Havenbedrijf Amsterdam N.V. beheert en ontwikkelt de havens van Amsterdam en is sinds 2013 een "
          "zelfstandige naamloze vennootschap met de Gemeente Amsterdam als enige aandeelhouder."),
]


def e(text: str) -> str:
    return html.escape(text)


CSS = ("<style>@page{size:A4 portrait;margin:2.2cm 2cm 2cm 2.5cm} body{font-family:'DejaVu Sans',sans-serif;"
       "font-size:9.5pt} table.t{border-collapse:collapse;width:100%} table.t td,table.t th{border:1px solid #000;"
       "padding:3px;vertical-align:top;font-size:8.5pt} table.t th{background:#ddd} table.m td{font-size:8pt;"
       "vertical-align:top;padding:1px 6px 1px 0} h1{font-size:12pt} h2{font-size:10.5pt} p.c{font-size:8.5pt;"
       "font-style:italic}</style>")


def kamerbrief_html() -> str:
    body = ["<p><b>Ministerie van Infrastructuur en Waterstaat</b></p>", "<table class='m'>"]
    body += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in KB_HEAD]
    body.append("</table><br/>")
    for block in KB_BODY:
        kind = block[0]
        if kind == "h":
            body.append(f"<h2>{e(block[1])}</h2>")
        elif kind == "p":
            body.append(f"<p>{e(block[1])}</p>")
        elif kind == "table":
            _, caption, head, rows = block
            body.append(f"<p class='c'>{e(caption)}</p><table class='t'><tr>"
                        + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>")
            widths = ["28%", "20%", "40%", "12%"]
            for row in rows:
                body.append("<tr>" + "".join(f"<td width='{w}'>{e(c)}</td>" for w, c in zip(widths, row)) + "</tr>")
            body.append("</table>")
        elif kind == "sign":
            body.append("<p>" + "<br/>".join(e(s) for s in block[1]) + "</p>")
    return f"<html><head><meta charset='utf-8'>{CSS}</head><body>{''.join(body)}</body></html>"


def gs_brief_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Brief(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 5, f"Provincie Flevoland  |  Ons kenmerk 3184221  |  Pagina {self.page_no()} van {{nb}}",
                      align="C")

    pdf = Brief(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 6, GS_HEAD[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for line in GS_HEAD[1:]:
        pdf.cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for block in GS_BODY:
        kind = block[0]
        if kind == "h":
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sign":
            pdf.ln(3)
            pdf.set_font("DejaVu", "", 9.5)
            for line in block[1]:
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        elif kind == "newpage":
            pdf.add_page()
        elif kind == "table":
            _, caption, head, rows = block
            pdf.set_font("DejaVu", "", 8)
            pdf.cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            with pdf.table(col_widths=(38, 16, 22, 84), line_height=4.2, text_align="LEFT") as table:
                table.row(head)
                for row in rows:
                    table.row(row)
    pdf.output(str(path))


def raadsinformatiebrief_txt() -> str:
    out = [*RIB_HEAD, "", ""]
    for block in RIB_BODY:
        if block[0] == "h":
            out += [block[1], "-" * len(block[1]), ""]
        elif block[0] == "p":
            out += [block[1], ""]
        elif block[0] == "sign":
            out += [*block[1], ""]
    return "\n".join(out)


def verslag_md() -> str:
    out = [f"# {VS_TITLE}", ""]
    out += [f"**{k}:** {v}  " for k, v in VS_META]
    out.append("")
    for block in VS_BODY:
        if block[0] == "h":
            out += [f"## {block[1]}", ""]
        else:
            out += [block[1], ""]
    return "\n".join(out)


def persbericht_txt() -> str:
    out = list(PB_HEAD)
    for block in PB_BODY:
        out += [block[1], ""]
    return "\n".join(out)


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                        "pdf:writer_pdf_Export", "--outdir", tmp, str(src)], check=True, capture_output=True,
                       timeout=120)
        (OUT / f"{stem}.pdf").write_bytes((Path(tmp) / f"{stem}.pdf").read_bytes())


def main() -> None:
    soffice(kamerbrief_html(), "b44-kamerbrief")
    gs_brief_pdf(OUT / "b44-gs-brief.pdf")
    (OUT / "b44-raadsinformatiebrief.txt").write_text(raadsinformatiebrief_txt(), encoding="utf-8")
    (OUT / "b44-verslag.md").write_text(verslag_md(), encoding="utf-8")
    (OUT / "b44-persbericht.txt").write_text(persbericht_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
