"""Generate uitvoeringsprogramma-energie-gelderland.fodt and convert it to PDF with LibreOffice Writer."""

import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
STEM = "uitvoeringsprogramma-energie-gelderland"

INTRO = [
    "Gelderland wil in 2050 een klimaatneutrale provincie zijn. Het Gelders Energieakkoord en de vier "
    "Regionale Energiestrategieën vormen daarvoor de basis. De afgelopen jaren is veel bereikt: in 2024 "
    "lag er ruim twee keer zoveel zonnestroom op Gelderse daken als in 2019.",
    "Tegelijk liep de energietransitie in 2025 vast op het stroomnet: in de Betuwe, de Achterhoek en de "
    "Foodvalley konden bedrijven maandenlang geen nieuwe aansluiting krijgen. Provinciale Staten hebben "
    "daarom in november 2025 gevraagd om een uitvoeringsprogramma met concrete maatregelen.",
    "Wat werkt er al? Het Gelders Energiefonds investeerde tussen 2020 en 2025 ruim 60 miljoen euro in "
    "zonneparken, warmteprojecten en energiebesparing bij bedrijven. Die projecten leverden samen "
    "ongeveer 900 banen op in de regio.",
    "Dit uitvoeringsprogramma beschrijft de maatregelen voor de periode 2026-2030. In hoofdstuk 3 leest u "
    "hoe de maatregelen worden gefinancierd; bijlage 1 bevat een begrippenlijst. Per maatregel is "
    "aangegeven wie verantwoordelijk is, welke partijen betrokken zijn en wat de termijn is.",
]

OUTRO = (
    "De maatregelen worden elk jaar geactualiseerd bij de begroting. Heeft u een idee voor een nieuwe "
    "maatregel? Neem dan contact op met het programmateam Energie."
)

ROWS = [
    (
        "M1",
        "Aanpak netcongestie",
        "Met netbeheerders een gezamenlijk prioriteringskader opstellen voor nieuwe aansluitingen, en "
        "flexibel netgebruik stimuleren bij grote afnemers.",
        "Provincie Gelderland i.s.m. Alliander",
        "TenneT, Oost NL",
        "2026-2027",
    ),
    (
        "M2",
        "Energieloket voor ondernemers",
        "Het bestaande loket uitbreiden met gratis advies over energiebesparing, eigen opwek en "
        "collectieve contracten voor het mkb.",
        "Oost NL",
        "Provincie Gelderland, Gemeente Apeldoorn",
        "vanaf 2026",
    ),
    (
        "M3",
        "Zon op zuiveringen",
        "Zonnepanelen plaatsen op de daken en vrije terreinen van de rioolwaterzuiveringen in de "
        "Achterhoek en Liemers.",
        "Waterschap Rijn en IJssel",
        "Waterschap Vallei en Veluwe, Liander",
        "2026-2029",
    ),
    (
        "M4",
        "Wijkuitvoeringsplannen warmte",
        "Voor de eerste vijf wijken een wijkuitvoeringsplan opstellen met de warmteoplossing, de "
        "kosten voor bewoners en de planning van de aanleg.",
        "Gemeente Arnhem i.s.m. Gemeente Nijmegen",
        "woningcorporaties, bewonersinitiatieven",
        "uiterlijk eind 2027",
    ),
    (
        "M5",
        "Uitbreiding warmtenet Arnhem-Zuid",
        "Het warmtenet uitbreiden naar 3.000 bestaande woningen in Arnhem-Zuid. Start nadat de "
        "wijkuitvoeringsplannen (M4) zijn vastgesteld.",
        "Firan",
        "Gemeente Arnhem",
        "2028-2030",
    ),
    (
        "M6",
        "Energiehubs op bedrijventerreinen",
        "Drie pilots met een energiehub waarin bedrijven stroom delen, opslaan en hun vraag op elkaar "
        "afstemmen, op bedrijventerreinen in Ede, Nijmegen en Apeldoorn. Onderdeel van M1.",
        "Provincie Gelderland i.s.m. Oost NL",
        "Gemeente Ede, Gemeente Nijmegen, Liander",
        "Q2 2026 - Q4 2027",
    ),
    (
        "M7",
        "Isolatieoffensief huurwoningen",
        "Samen met de corporatie 2.400 huurwoningen met de laagste energielabels isoleren, te beginnen "
        "in Hatert en Dukenburg.",
        "Gemeente Nijmegen",
        "Talis",
        "2026 t/m 2028",
    ),
    (
        "M8",
        "Windenergie Rivierenland",
        "De zoekgebieden voor windenergie uit de Regionale Energiestrategie uitwerken tot "
        "locatiekeuzes met een participatieplan per locatie. De locatiekeuze is afhankelijk van de "
        "uitkomst van de aanpak netcongestie.",
        "Provincie Gelderland",
        "Waterschap Rivierenland, Gemeente Tiel, Gemeente West Betuwe",
        "2027",
    ),
    (
        "M9",
        "Ondersteuning energiecoöperaties",
        "Lokale energiecoöperaties helpen met kennis, een revolverend fonds en juridische ondersteuning "
        "bij projecten met lokaal eigendom. Zie ook M2.",
        "Gelderse Natuur en Milieufederatie",
        "Provincie Gelderland",
        "doorlopend",
    ),
    (
        "M10",
        "Energiemonitor Gelderland",
        "Jaarlijks de voortgang van de maatregelen, de opgewekte duurzame energie en de "
        "netcapaciteit publiceren in een openbare monitor.",
        "Provincie Gelderland",
        "",
        "jaarlijks, vanaf 2026",
    ),
]

NS = " ".join(
    f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{v}"'
    for k, v in (
        ("office", "office:1.0"),
        ("style", "style:1.0"),
        ("text", "text:1.0"),
        ("table", "table:1.0"),
        ("fo", "xsl-fo-compatible:1.0"),
        ("svg", "svg-compatible:1.0"),
    )
)

STYLES = """<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"
  style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.21cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nl"
   fo:country="NL" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Title" style:family="paragraph">
  <style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="#2f5130"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#2f5130"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="100%"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph"
  style:parent-style-name="Table_20_Contents">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.1cm"/>
  <style:text-properties fo:font-size="8pt" fo:color="#595959"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="17cm" table:align="margins" style:may-break-between-rows="true"/>
 </style:style>
 {columns}
 <style:style style:name="Tbl.Row" style:family="table-row">
  <style:table-row-properties fo:keep-together="auto"/>
 </style:style>
 <style:style style:name="Tbl.Cell" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle" fo:padding="0.1cm"
   fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="Tbl.Head" style:family="table-cell">
  <style:table-cell-properties style:vertical-align="middle" fo:padding="0.1cm"
   fo:background-color="#dfe8d0" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
   fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style>
   <style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/>
  </style:header-style>
  <style:footer-style>
   <style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/>
  </style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Provincie Gelderland<text:tab/>Uitvoeringsprogramma
   Energie 2026-2030</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Pagina <text:page-number
   text:select-page="current">1</text:page-number> van <text:page-count>2</text:page-count></text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
"""

HEAD = ("Maatregel", "Omschrijving", "Verantwoordelijk", "Betrokken partijen", "Termijn")
WIDTHS = ("3.3cm", "5.7cm", "2.9cm", "3.1cm", "2.0cm")


def para(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def cell(style: str, content: str) -> str:
    return (
        f'<table:table-cell table:style-name="{style}" office:value-type="string">'
        f"{content}</table:table-cell>"
    )


def fodt() -> str:
    """The programme as a flat ODT document, as it would be typed in Writer."""
    columns = "\n ".join(
        f'<style:style style:name="Tbl.{chr(65 + i)}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w}"/></style:style>'
        for i, w in enumerate(WIDTHS)
    )
    body = [para("Title", "Uitvoeringsprogramma Energie 2026-2030"), para("Heading_20_1", "1. Inleiding")]
    body += [para("Standard", p) for p in INTRO]
    body += [
        para("Heading_20_1", "2. Maatregelen"),
        '<table:table table:name="Maatregelen" table:style-name="Tbl">',
    ]
    body += [f'<table:table-column table:style-name="Tbl.{chr(65 + i)}"/>' for i in range(len(WIDTHS))]
    body.append("<table:table-header-rows><table:table-row>")
    body += [cell("Tbl.Head", para("Table_20_Heading", h)) for h in HEAD]
    body.append("</table:table-row></table:table-header-rows>")
    for code, name, text, lead, partners, term in ROWS:
        bold = f'<text:span text:style-name="B">{code}</text:span>'
        first = f'<text:p text:style-name="Table_20_Contents">{bold}</text:p>' + para(
            "Table_20_Contents", name
        )
        cells = [first] + [
            para("Table_20_Contents", c) if c else '<text:p text:style-name="Table_20_Contents"/>'
            for c in (text, lead, partners, term)
        ]
        body.append(
            '<table:table-row table:style-name="Tbl.Row">'
            + "".join(cell("Tbl.Cell", c) for c in cells)
            + "</table:table-row>"
        )
    body.append("</table:table>")
    body.append(para("Standard", OUTRO))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NS} office:version="1.3"'
        ' office:mimetype="application/vnd.oasis.opendocument.text">\n'
        + STYLES.replace("{columns}", columns)
        + "<office:body><office:text>\n"
        + "\n".join(body)
        + "\n</office:text></office:body></office:document>\n"
    )


def build() -> None:
    source = HERE / "make" / f"{STEM}.fodt"
    source.write_text(fodt(), encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
        )
        shutil.copy(Path(tmp) / f"{STEM}.pdf", HERE / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
