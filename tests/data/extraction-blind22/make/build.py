"""Build the six blind22 documents: two HTML tables and one Kamerbrief through LibreOffice, one fpdf2 programme
text, one tab-separated export and one Markdown table. Run: .venv/bin/python tests/data/extraction-blind22/make/build.py"""

import datetime
import html
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent
CSS = (
    "body { font-family: Liberation Sans, Arial; font-size: 10pt; } "
    "td, th { font-size: 9pt; vertical-align: top; } th { text-align: left; }"
)
E = html.escape

# --- b22-afkortingen: who cells in abbreviations, the Afkortingen list at the very end; exact-date milestones ---
AK_HEAD = ("Nr.", "Maatregel", "Trekker", "Partners", "Mijlpaal")
AK_ROWS = [
    (
        "HHO-1",
        "Actualisatie van de stresstest en risicodialoog in de drie kernen",
        "HTM",
        "HRD, OLB",
        "uiterlijk 1 juli 2027",
    ),
    ("HHO-2", "Waterberging in de uiterwaard bij Veessen", "WVV", "HRD, SBB", "1 maart 2027 – 30 juni 2028"),
    ("HHO-3", "Afkoppelprogramma voor de binnenstad van Hattem", "HTM", "WVV", "per 1 januari 2028"),
    ("HHO-4", "Herstel van sprengen en beken op de Veluweflank bij Wezep", "WVV", "OLB, LBG", "2027-2029"),
    ("HHO-5", "Hitteplan voor ouderen en zorginstellingen", "GGD NOG", "HTM, HRD, OLB", "vóór 31-12-2027"),
    ("HHO-6", "Onderzoek naar de grondwateronttrekking bij Heerde", "Vitens", "PG, WVV", "2028"),
]
AK_LEGEND = [
    ("GGD NOG", "GGD Noord- en Oost-Gelderland"),
    ("HRD", "gemeente Heerde"),
    ("HTM", "gemeente Hattem"),
    ("LBG", "Stichting Landschapsbeheer Gelderland"),
    ("OLB", "gemeente Oldebroek"),
    ("PG", "provincie Gelderland"),
    ("SBB", "Staatsbosbeheer"),
    ("WVV", "Waterschap Vallei en Veluwe"),
]


def ak_html() -> str:
    head = "".join(f"<th>{E(c)}</th>" for c in AK_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>\n" for r in AK_ROWS)
    legend = "".join(f"<tr><td>{E(a)}</td><td>{E(b)}</td></tr>" for a, b in AK_LEGEND)
    return f"""<html><head><meta charset="utf-8"><title>Uitvoeringsagenda Klimaatadaptatie</title>
<style>{CSS}</style></head><body>
<h2>Uitvoeringsagenda Klimaatadaptatie Hattem, Heerde en Oldebroek 2027-2029</h2>
<p>Werkregio Klimaatadaptatie Noord-Veluwe/IJsselvallei, november 2026.</p>
<h3>1. Waarom deze agenda</h3>
<p>In de zomer van 2026 stond de IJssel bij Hattem lager dan ooit gemeten. Tegelijk liepen bij een zware bui in
augustus 2026 in Heerde twintig woningen onder water. De drie gemeenten, het waterschap en de provincie hebben
daarom afgesproken de maatregelen uit de regionale adaptatiestrategie sneller uit te voeren.</p>
<h3>2. Maatregelen</h3>
<p>De kolom Mijlpaal geeft de datum waarop een maatregel gereed moet zijn of, bij "per", de datum waarop de
uitvoering begint. In de tabel zijn de partijen afgekort.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr>{head}</tr>
{rows}</table>
<h3>3. Financiering en monitoring</h3>
<p>Elke partij betaalt de maatregelen waarvan zij trekker is. De provincie Gelderland heeft in 2026 een
bijdrage uit het Impulsprogramma Klimaatadaptatie toegekend. De werkregio rapporteert twee keer per jaar aan de
portefeuillehouders.</p>
<h3>4. Vaststelling</h3>
<p>Vastgesteld in het bestuurlijk overleg van de werkregio op 12 november 2026.</p>
<h3>Afkortingen</h3>
<table border="0" cellpadding="2" cellspacing="0">{legend}</table>
</body></html>
"""


# --- b22-samenhang: a 'Samenhang' column with 'volgt op', 'in samenhang met', 'voorwaarde:'; theme rows ---------
SH_HEAD = ("Nr.", "Actie", "Trekker", "Partners", "Periode", "Samenhang")
SH_THEMES = {
    "1": "Thema 1 – Water vasthouden in het Geleenbeekdal",
    "2": "Thema 2 – Maasvallei en drinkwater",
}
SH_ROWS = [
    (
        "1.1",
        "Regenwaterbuffers op de hellingen bij Schinnen",
        "Waterschap Limburg",
        "gemeente Beekdaelen, LLTB",
        "2027-2028",
        "–",
    ),
    (
        "1.2",
        "Beekherstel van de Geleenbeek tussen Schinnen en Spaubeek",
        "Waterschap Limburg",
        "gemeente Beekdaelen, Limburgs Landschap",
        "2028-2030",
        "volgt op 1.1",
    ),
    (
        "1.3",
        "Afkoppelen van verhard oppervlak in de kern Meerssen",
        "gemeente Meerssen",
        "Waterschap Limburg",
        "2027-2029",
        "in samenhang met 1.1",
    ),
    (
        "2.1",
        "Gebiedsvisie Maasvallei Stein-Elsloo",
        "gemeente Stein",
        "provincie Limburg, Rijkswaterstaat",
        "2027",
        "–",
    ),
    (
        "2.2",
        "Natuurvriendelijke oevers langs de Maas bij Elsloo",
        "Rijkswaterstaat",
        "gemeente Stein",
        "2028-2029",
        "voorwaarde: 2.1 is vastgesteld",
    ),
    (
        "2.3",
        "Verkenning van extra grondwaterbescherming in het Maasdal bij Geulle",
        "WML",
        "provincie Limburg, gemeente Meerssen",
        "vanaf 2028",
        "in samenhang met 2.1",
    ),
]


def sh_html() -> str:
    head = "".join(f"<th>{E(c)}</th>" for c in SH_HEAD)
    rows = ""
    for r in SH_ROWS:
        theme = r[0].split(".")[0]
        if r[0].endswith(".1"):
            rows += f'<tr><td colspan="6"><b>{E(SH_THEMES[theme])}</b></td></tr>\n'
        rows += "<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>\n"
    return f"""<html><head><meta charset="utf-8"><title>Gebiedsprogramma Geleenbeek en Maasvallei</title>
<style>{CSS}</style></head><body>
<h2>Gebiedsprogramma Geleenbeek en Maasvallei 2027-2030</h2>
<p>Gemeente Beekdaelen, gemeente Meerssen, gemeente Stein, Waterschap Limburg en provincie Limburg, november 2026.</p>
<p>In juli 2021 trad de Geleenbeek op veel plaatsen buiten haar oevers. Sindsdien werken de partners in
Zuid-Limburg aan een gezamenlijke aanpak van wateroverlast en droogte. Dit programma bundelt de acties voor de
komende vier jaar. In de tabel staat WML voor Waterleiding Maatschappij Limburg en LLTB voor de Limburgse Land-
en Tuinbouw Bond.</p>
<p>De kolom Samenhang laat zien welke acties op elkaar wachten of elkaar raken.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr>{head}</tr>
{rows}</table>
<p>De stuurgroep bespreekt de voortgang elk najaar.</p>
</body></html>
"""


# --- b22-actietekst: fpdf2 programme chapter, actions in running text with '(trekker: ...; partners: ...; ...)' --
AT_INTRO = (
    "Hoofdstuk 3 Uitvoering",
    "De Drechtsteden liggen laag, tussen Merwede, Noord en Oude Maas. In dit hoofdstuk staan de acties die de "
    "partners in de periode 2027-2030 uitvoeren. Bij elke actie staan tussen haakjes de trekker, de partners en "
    "de periode.",
)
AT_PARAS = [
    (
        "3.1 Hitte in de stad",
        "In de hete zomer van 2025 werden de binnensteden van Dordrecht en Zwijndrecht 's nachts niet meer koel. "
        "Actie 3.1: Hittekaart en koelteplekken in de binnenstad van Dordrecht (trekker: gemeente Dordrecht; "
        "partners: GGD Zuid-Holland Zuid; 2027). Actie 2.5 van de strategie uit 2022 is in 2026 afgerond en komt "
        "niet meer terug.",
    ),
    (
        "3.2 Waterveiligheid",
        "De dijken langs de Merwede moeten in de komende jaren worden versterkt. Actie 3.2: Versterking van de "
        "regionale kering langs de Merwede bij Sliedrecht (trekker: Waterschap Rivierenland; partners: gemeente "
        "Sliedrecht; betrokken: Rijkswaterstaat; 2028-2030). Actie 3.3: Evacuatiestrategie bij een "
        "dijkdoorbraak in het Eiland van Dordrecht (trekker: Veiligheidsregio Zuid-Holland Zuid; partners: "
        "gemeente Dordrecht en gemeente Papendrecht; inhoudelijke ondersteuning: Deltares; vóór 1 juli 2028).",
    ),
    (
        "3.3 Wateroverlast en groen",
        "Actie 3.4: Waterpleinen en wadi's in Zwijndrecht-Noord (trekker: gemeente Zwijndrecht; partners: "
        "Waterschap Hollandse Delta; vanaf 2027). Actie 3.5: Groene schoolpleinen in Papendrecht (trekker: "
        "gemeente Papendrecht; partners: Trivire en Waterschap Rivierenland; 2028; volgt op 3.4). Het "
        "waterschap zou graag zien dat ook bedrijventerreinen meedoen, maar daarover zijn nog geen afspraken "
        "gemaakt.",
    ),
    (
        "3.4 Zoet water",
        "Actie 3.6: Zoetwaterbuffer voor de drinkwaterwinning De Devel (trekker: Oasen; opdrachtgever: provincie "
        "Zuid-Holland; partners: Waterschap Hollandse Delta; 2028-2029).",
    ),
]
AT_END = "De Drechtraad bespreekt de uitvoering in 2029 bij de herijking van de strategie."


def at_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2026, 11, 20, tzinfo=datetime.timezone.utc))
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 7, "Regionale Adaptatiestrategie Drechtsteden 2027-2030", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        "Gemeenten Dordrecht, Zwijndrecht, Papendrecht en Sliedrecht, Waterschap Hollandse Delta, Waterschap "
        "Rivierenland en provincie Zuid-Holland - november 2026",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    title, text = AT_INTRO
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    for head, para in AT_PARAS:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5, AT_END, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --- b22-tabs: tab-separated export of a project register, ISO dates, empty cells, a 'vervallen' row ----------
TB_HEAD = ("ID", "Project", "Trekker", "Partners", "Betrokken", "Start", "Einde", "Status", "Afhankelijk van")
TB_ROWS = [
    (
        "SAL-01",
        "Peilgestuurde drainage in het Sallandse buitengebied",
        "Waterschap Drents Overijsselse Delta",
        "LTO Noord",
        "Provincie Overijssel",
        "2027-03-01",
        "2029-12-31",
        "gepland",
        "",
    ),
    (
        "SAL-02",
        "Beekherstel van de Soestwetering bij Raalte",
        "Waterschap Drents Overijsselse Delta",
        "Gemeente Raalte; Landschap Overijssel",
        "",
        "2027-09-01",
        "2028-06-30",
        "gepland",
        "",
    ),
    (
        "SAL-03",
        "Hittebestendige vernieuwing van de Rivierenwijk in Deventer",
        "Gemeente Deventer",
        "GGD IJsselland",
        "",
        "2028-01-01",
        "",
        "gepland",
        "",
    ),
    (
        "SAL-04",
        "Grondwaterbeschermingsplan voor de winning bij Wijhe",
        "Vitens",
        "Gemeente Olst-Wijhe",
        "Provincie Overijssel",
        "",
        "2027-12-31",
        "gepland",
        "",
    ),
    (
        "SAL-05",
        "Regenwater afkoppelen in de kern Olst",
        "Gemeente Olst-Wijhe",
        "",
        "",
        "2027-01-01",
        "2027-12-31",
        "vervallen",
        "",
    ),
    (
        "SAL-06",
        "Bodemverbetering op landbouwpercelen langs de Schipbeek",
        "Provincie Overijssel",
        "LTO Noord; Waterschap Drents Overijsselse Delta",
        "",
        "2028-04-01",
        "2030-10-31",
        "gepland",
        "SAL-01",
    ),
    (
        "SAL-07",
        "Waterbewuste tuinen in Raalte en Heino",
        "Gemeente Raalte",
        "",
        "",
        "2027-01-01",
        "2027-12-31",
        "gepland",
        "",
    ),
]
TB_PRE = """# Werkplan Water en Bodem Salland 2027-2030 - export projectenregister
# Geexporteerd op 24-11-2026 door het programmabureau Water en Bodem Salland
# Projecten met status 'vervallen' worden niet uitgevoerd. Een lege Start of Einde is nog niet bepaald.
"""
TB_POST = """
# Toelichting: het register is in 2025 opgezet na de droge zomers van 2018-2022.
"""


def tb_text() -> str:
    lines = ["\t".join(TB_HEAD)] + ["\t".join(r) for r in TB_ROWS]
    return TB_PRE + "\n".join(lines) + "\n" + TB_POST


# --- b22-kamerbrief: what the Rijk and what the regio do, in one sentence -------------------------------------
KB_PARAS = [
    ("", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    ("", "Den Haag, 25 november 2026"),
    ("b", "Onderwerp: Voortgang NOVEX-gebied Groningen-Eemsdelta"),
    ("", "Geachte voorzitter,"),
    (
        "",
        "Met deze brief informeer ik uw Kamer over de uitvoering van de ontwikkelagenda voor het NOVEX-gebied "
        "Groningen-Eemsdelta. In 2025 legden Rijk en regio in die agenda vast hoe de Eemshaven en Delfzijl kunnen "
        "groeien zonder dat het net, de dijken en de leefbaarheid in de knel komen.",
    ),
    ("h", "Wat hebben Rijk en regio afgesproken?"),
    (
        "",
        "Ik laat in 2027 een netcongestiestudie voor de Eemshaven en Delfzijl opstellen, en de gemeente Eemsdelta "
        "stelt vóór 1 juli 2027, samen met de provincie Groningen, het voorkeursalternatief voor de uitbreiding "
        "van Oosterhorn vast.",
    ),
    (
        "",
        "Het Rijk en Groningen Seaports leggen in 2027 en 2028 samen een leidingstraat aan tussen de Eemshaven en "
        "Delfzijl; Groningen Seaports is daarbij trekker. In 2026 heeft Groningen Seaports de eerste fase van de "
        "zuidkade in de Eemshaven al aanbesteed.",
    ),
    (
        "",
        "De provincie Groningen richt in 2027 een regionaal vestigingsloket voor de Eemsdelta in, en vanaf 2027 "
        "zorg ik ervoor dat RVO dat loket ondersteunt met een eigen accountmanager.",
    ),
    (
        "",
        "Waterschap Noorderzijlvest begint per 1 januari 2028, met de gemeente Eemsdelta, aan de versterking van "
        "de zeedijk bij Delfzijl.",
    ),
    ("h", "Wat doen anderen?"),
    (
        "",
        "Gasunie verwacht de waterstofleiding naar Delfzijl in 2029 in gebruik te nemen. Waterschap Noorderzijlvest "
        "werkt daarnaast aan een nieuw peilbesluit voor het Eemskanaal, dat naar verwachting in 2028 wordt "
        "vastgesteld.",
    ),
    ("h", "Tot slot"),
    (
        "",
        "Het kabinet zou graag zien dat ook de Duitse havens aan de Eems bij de aanpak aansluiten. De motie over "
        "de leefbaarheid in Delfzijl, die uw Kamer in juni 2026 aannam, is met deze brief afgedaan.",
    ),
    ("", "De Minister van Economische Zaken,"),
]


def kb_html() -> str:
    body = ""
    for kind, text in KB_PARAS:
        if kind == "h":
            body += f"<h3>{E(text)}</h3>\n"
        elif kind == "b":
            body += f"<p><b>{E(text)}</b></p>\n"
        else:
            body += f"<p>{E(text)}</p>\n"
    return f"""<html><head><meta charset="utf-8"><title>Kamerbrief NOVEX Groningen-Eemsdelta</title>
<style>{CSS}</style></head><body>
<p><b>Ministerie van Economische Zaken</b></p>
{body}</body></html>
"""


# --- b22-rijkregio: Markdown table 'Opgave | Inzet regio | Inzet Rijk | Wanneer', two doers per row ----------
RR_ROWS = [
    (
        "Woningbouw Brainport Smart District",
        "Gemeente Helmond bouwt samen met woCom de eerste 600 woningen in Brainport Smart District",
        "Ministerie van VRO zet een expertteam in om de vergunningverlening te versnellen",
        "2027-2029",
    ),
    (
        "Energie en netcongestie",
        "Provincie Noord-Brabant stelt een energiesysteemplan voor de Brainportregio op",
        "Ministerie van KGG neemt de netuitbreiding bij Helmond-Oost op in het MIEK",
        "uiterlijk 2027",
    ),
    (
        "Landschap rond Nuenen",
        "Gemeente Nuenen herstelt met Brabants Landschap de houtwallen in het Van Gogh-landschap",
        "—",
        "vanaf 2028",
    ),
]
RR_MD_PRE = """# Gebiedsagenda NOVEX Brainport Eindhoven – uitwerking Helmond en Nuenen 2027-2029

Vastgesteld in het Bestuurlijk Overleg NOVEX Brainport Eindhoven van 19 november 2026.

De regio groeit snel: tussen 2020 en 2026 kwamen er in Helmond ruim 4.000 inwoners bij. In deze uitwerking staat
per opgave wat de regio en wat het Rijk doen. Een streepje betekent dat het Rijk voor die opgave niets nieuws
toezegt. Wanneer geldt voor de inzet van de regio en van het Rijk in dezelfde rij.

"""
RR_MD_POST = """
Afkortingen: VRO = Volkshuisvesting en Ruimtelijke Ordening; KGG = Klimaat en Groene Groei; MIEK = Meerjarenprogramma
Infrastructuur Energie en Klimaat.

De gemeente Eindhoven onderzoekt of zij in 2028 met een vergelijkbare uitwerking komt.
"""


def rr_text() -> str:
    lines = ["| Opgave | Inzet regio | Inzet Rijk | Wanneer |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in RR_ROWS]
    return RR_MD_PRE + "\n".join(lines) + "\n" + RR_MD_POST


def soffice(name: str, text: str) -> None:
    src = MAKE / f"{name}.html"
    src.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--convert-to",
                "pdf",
                "--infilter=HTML (StarWriter)",
                "--outdir",
                str(OUT),
                str(src),
            ],
            check=True,
            capture_output=True,
        )


def main() -> None:
    soffice("b22-afkortingen", ak_html())
    soffice("b22-samenhang", sh_html())
    soffice("b22-kamerbrief", kb_html())
    at_pdf(OUT / "b22-actietekst.pdf")
    (OUT / "b22-tabs.txt").write_text(tb_text(), encoding="utf-8")
    (OUT / "b22-rijkregio.md").write_text(rr_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
