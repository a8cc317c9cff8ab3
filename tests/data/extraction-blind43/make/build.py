"""Build the five blind43 documents: three LibreOffice PDFs (HTML written here, converted with
`soffice --headless --convert-to pdf`; only the PDFs are committed), one Markdown table and one plain-text letter.
Run: .venv/bin/python tests/data/extraction-blind43/make/build.py"""

import html
import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent

# --- b43-uitvoeringsagenda: NOVEX Noordzeekanaalgebied; two-page ruled table, header repeated, theme rows -------
UA_TITLE = "Uitvoeringsagenda NOVEX Noordzeekanaalgebied 2027-2030"
UA_SUB = "Versie vastgesteld in het Bestuurlijk Overleg Noordzeekanaalgebied, 19 november 2026"
UA_INTRO = [
    "Het Noordzeekanaalgebied is door het Rijk in 2022 aangewezen als NOVEX-gebied.",
    "Deze uitvoeringsagenda volgt op het Ontwikkelperspectief Noordzeekanaalgebied dat in 2025 is vastgesteld.",
    "Per thema staan hieronder de maatregelen met de trekker, de betrokken organisaties en de looptijd.",
    "In de kolom Opmerking staat of een maatregel samenhangt met een andere maatregel.",
]
UA_HEAD = ["Nr.", "Maatregel", "Trekker(s)", "Betrokken organisaties", "Looptijd", "Opmerking"]
# theme rows are (None, theme); action rows are (nr, title, [bullets], trekkers, betrokken, looptijd, opmerking)
UA_ROWS = [
    (None, "Thema A  Wonen en werken in balans"),
    ("A.1", "Transformatie Hembrugterrein fase 2",
     ["herontwikkeling van de oostelijke loodsen tot woon-werkgebied", "circa 650 woningen en 30.000 m2 bedrijfsruimte",
      "aansluiting op de nieuwe pont naar Amsterdam-Noord"],
     ["Gemeente Zaanstad"], ["Provincie Noord-Holland", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"],
     "2027-2030", "Bijdrage uit de woningbouwimpuls toegekend."),
    ("A.2", "Milieuzonering Zaanoever-Noord",
     ["nieuwe geluids- en geurcontouren van de bedrijven langs de Zaan", "afspraken over verplaatsing van twee bedrijven"],
     ["Gemeente Zaanstad", "Provincie Noord-Holland"], ["Omgevingsdienst Noordzeekanaalgebied"],
     "2027-2028", "-"),
    ("A.3", "Werklocatie Grote Hout-Noord bij Velsen",
     ["uitgifte van 14 hectare bedrijventerrein voor watergebonden bedrijvigheid",
      "bouwrijp maken en ontsluiting via de Wijkermeerweg"],
     ["Gemeente Velsen"], ["Gemeente Beverwijk", "Havenbedrijf Amsterdam N.V."],
     "2028-2030", "Start na afronding van A.2."),
    (None, "Thema B  Haven en energietransitie"),
    ("B.1", "Walstroom in de Amsterdamse havens",
     ["walstroomaansluitingen voor riviercruiseschepen en zeecruise aan de Coenhaven",
      "aanbesteding van de laadinfrastructuur in 2027"],
     ["Havenbedrijf Amsterdam N.V."], ["Gemeente Amsterdam"],
     "2027-2029", "Bijdrage uit het Klimaatfonds aangevraagd."),
    ("B.2", "Warmtenet IJmond - Zaanstad",
     ["verkenning van een transportleiding voor restwarmte van de staalindustrie",
      "tracé langs het Noordzeekanaal naar Zaandam", "besluit over de business case"],
     ["Provincie Noord-Holland"], ["Gemeente Velsen", "Gemeente Zaanstad", "Gemeente Beverwijk"],
     "uiterlijk 2028", "-"),
    ("B.3", "Ruimtereservering waterstofleidingen Westpoort",
     ["vastleggen van een leidingstrook in het omgevingsplan", "afstemming met de landelijke netbeheerder"],
     ["Gemeente Amsterdam"], ["Havenbedrijf Amsterdam N.V.", "Provincie Noord-Holland"],
     "vanaf 2027", "Onderdeel van het Programma Energiehoofdstructuur."),
]
UA_END = ["De voortgang van deze uitvoeringsagenda wordt jaarlijks besproken in het Bestuurlijk Overleg "
          "Noordzeekanaalgebied."]

# --- b43-programma-chemelot: Zuid-Limburg; Code | Project | Trekker | Fase | Status | Kosten (mln) | Periode -----
PC_TITLE = "Programma Omgevingskwaliteit Chemelot 2027-2031"
PC_SUB = "Provincie Limburg, Gemeente Sittard-Geleen, Gemeente Stein, Gemeente Beek, Waterschap Limburg"
PC_INTRO = [
    "Dit programma is op 3 november 2026 door de stuurgroep Omgevingskwaliteit Chemelot vastgesteld.",
    "In 2026 is de geluidsmonitoring rond het industriepark uitgebreid naar twaalf meetpunten.",
    "Waar kunnen omwonenden terecht met vragen over dit programma?",
]
PC_HEAD = ["Code", "Project", "Trekker", "Fase", "Status", "Kosten (mln)", "Periode"]
# (code, project, [bullets], trekker, partners text in the bullets? no: separate), fase, status, kosten, periode
PC_ROWS = [
    (None, "Lucht en geluid"),
    ("LG-01", "Geluidsscherm langs de A2 bij Elsloo",
     ["scherm van 1,2 km langs de woonwijk", "in samenwerking met Gemeente Stein"],
     "Provincie Limburg", "Realisatie", "Gepland", "6,4", "2027-2028"),
    ("LG-02", "Meetnet fijnstof en geur Geleen-Zuid",
     ["acht nieuwe sensoren in de wijken Lindenheuvel en Krawinkel", "openbaar dashboard met meetwaarden"],
     "Gemeente Sittard-Geleen", "Uitvoering", "Loopt", "1,1", "doorlopend"),
    ("LG-03", "Verplaatsing fakkelinstallatie noordzijde",
     ["de installatie is in het voorjaar van 2026 verplaatst"],
     "Provincie Limburg", "Afgerond", "Afgerond", "2,8", "2026"),
    (None, "Water en groen"),
    ("WG-01", "Bufferzone Geleenbeek bij Kerensheide",
     ["aanleg van een groene buffer met retentievijvers", "in samenwerking met Gemeente Stein en Provincie Limburg"],
     "Waterschap Limburg", "Voorbereiding", "Gepland", "3,5", "2028-2031"),
    ("WG-02", "Groene verbinding Beek - Geleen",
     ["wandel- en fietsverbinding door het Geleenbeekdal", "in samenwerking met Gemeente Sittard-Geleen"],
     "Gemeente Beek", "Verkenning", "Gepland", "0,9", "vanaf 2028"),
]
PC_NOTE = ["Project LG-03 is afgerond en staat alleen ter informatie in de tabel."]

# --- b43-werkprogramma.md: Markermeer-IJmeer; Markdown table with theme rows, Trekker(s), Looptijd -------------
WP_TITLE = "Werkprogramma Markermeer-IJmeer 2027-2029"
WP_INTRO = [
    "Dit werkprogramma is opgesteld door de partners van het Programma Markermeer-IJmeer.",
    "In 2024 zijn de eilanden van de Marker Wadden voor bezoekers opengesteld.",
    "Een maatregel met twee trekkers wordt door beide organisaties samen getrokken.",
]
WP_HEAD = ["Nr.", "Maatregel", "Trekker(s)", "Betrokken organisaties", "Looptijd"]
WP_ROWS = [
    (None, "Thema 1 - Ecologie"),
    ("1.1", "Vooroeverzone langs de Houtribdijk", "Rijkswaterstaat", "Provincie Flevoland", "2027-2029"),
    ("1.2", "Natuurvriendelijke oevers Almere Poort", "Gemeente Almere, Waterschap Zuiderzeeland",
     "Stichting Het Flevo-landschap", "2027-2028"),
    (None, "Thema 2 - Recreatie en toerisme"),
    ("2.1", "Vaarroute Lelystad - Marker Wadden", "Gemeente Lelystad", "Provincie Flevoland", "2028"),
    ("2.2", "Strandzone IJmeer bij Almere Pampus", "Gemeente Almere", "-", "vanaf 2028"),
    (None, "Thema 3 - Water en veiligheid"),
    ("3.1", "Peilbesluit Markermeer actualiseren", "Rijkswaterstaat", "Waterschap Zuiderzeeland, Provincie Flevoland",
     "uiterlijk 2029"),
]
WP_END = ["Vragen over dit werkprogramma kunt u stellen aan het programmabureau in Lelystad."]

# --- b43-raadsinformatiebrief.txt: Gemeente Maassluis to the gemeenteraad ---------------------------------------
RB_DATE = "26 november 2026"
RB_HEAD = ["Gemeente Maassluis", "Raadsinformatiebrief", "Aan de gemeenteraad van Maassluis", f"Datum: {RB_DATE}",
           "Onderwerp: uitvoeringsagenda Oevers Nieuwe Waterweg"]
RB_INTRO = [
    "Met deze brief informeren wij u over de uitvoeringsagenda Oevers Nieuwe Waterweg, die wij op 17 november 2026 "
    "hebben vastgesteld.",
    "In 2026 is het havenhoofd aan de Govert van Wijnkade gerenoveerd.",
]
RB_PLANS = [
    "Wij zullen in 2027 het wandelpad langs de Nieuwe Waterweg tussen de Burgemeester de Jonghkade en het Balkon "
    "verbreden.",
    "Samen met het Hoogheemraadschap van Delfland starten wij in 2028 met de versterking van de kade aan de "
    "Noordvliet.",
    "Wij zullen uiterlijk 2029 een nieuwe aanlegsteiger voor de waterbus bij het Balkon laten aanleggen.",
    "In 2027 en 2028 zullen wij samen met de Gemeente Vlaardingen de fietsroute langs de dijk tussen beide steden "
    "verbeteren.",
    "Wij zullen in 2027 met het Havenbedrijf Rotterdam N.V. een onderzoek doen naar de hinder van scheepsgolven "
    "langs de oever.",
]
RB_OTHER = ["Rijkswaterstaat verwacht in 2029 te beginnen met het groot onderhoud van de Maeslantkering."]
RB_END = ["Wij informeren u over de voortgang via de jaarrekening."]
RB_SIGN = ["Burgemeester en wethouders van Maassluis,", "de secretaris, (ondertekend)", "de burgemeester, (ondertekend)"]

# --- b43-regioagenda: Noordoost-Brabant; three-page table, header repeated, Status and Kosten (mln) ------------
RA_TITLE = "Regionale Uitvoeringsagenda Noordoost-Brabant 2027-2030"
RA_SUB = "Gemeente 's-Hertogenbosch, Gemeente Oss, Gemeente Maashorst, Provincie Noord-Brabant, Waterschap Aa en Maas"
RA_INTRO = [
    "De vijf partners hebben deze uitvoeringsagenda op 12 november 2026 ondertekend.",
    "Eerder is in 2025 de Regionale Energiestrategie Noordoost-Brabant geactualiseerd.",
    "Leeswijzer: de kosten zijn bedragen in miljoenen euro, exclusief btw.",
]
RA_HEAD = ["Nr.", "Opgave", "Trekker", "Betrokken organisaties", "Status", "Kosten (mln)", "Looptijd", "Opmerking"]
RA_ROWS = [
    (None, "1. Bereikbaarheid"),
    ("1", "Snelfietsroute Oss - 's-Hertogenbosch", "Provincie Noord-Brabant",
     ["Gemeente Oss", "Gemeente 's-Hertogenbosch"], "In voorbereiding", "14,0", "2027-2030",
     ["ontbrekende schakel bij Rosmalen", "twee nieuwe fietsbruggen over de Maxima-kanaalzone", "verlichting op het buitentracé tussen Kruisstraat en Oss-West", "aansluiting op de stations Rosmalen en Oss", "cofinanciering via het BO MIRT aangevraagd"]),
    ("2", "Mobiliteitshub station Oss", "Gemeente Oss", ["Provincie Noord-Brabant"], "In voorbereiding", "7,5",
     "2028-2029", ["afhankelijk van de financiering van opgave 1", "fietsenstalling voor 1.200 fietsen", "deelmobiliteit en P+R aan de noordzijde van het station", "afstemming met de vervoerder over de busopstelplaatsen"]),
    (None, "2. Klimaatadaptatie"),
    ("3", "Waterberging Maashorst-Zuid", "Waterschap Aa en Maas", ["Gemeente Maashorst"], "Gepland", "4,2",
     "2027-2029", ["berging van 250.000 m3 bij Uden", "koppeling met natuurontwikkeling in de Maashorst", "grondverwerving bij twee agrarische bedrijven", "vergunningaanvraag in 2027", "monitoring van de grondwaterstand in de omliggende percelen"]),
    ("4", "Hittebestendige binnenstad 's-Hertogenbosch", "Gemeente 's-Hertogenbosch", ["Waterschap Aa en Maas"],
     "Gepland", "2,0", "vanaf 2027", ["vergroenen van pleinen", "wadi's in drie straten", "afkoppelen van regenwater van daken in de binnenstad", "bomen met ondergrondse groeiplaatsen", "participatie met bewoners en ondernemers per straat"]),
    (None, "3. Wonen"),
    ("5", "Woningbouwversnelling Uden-Noord", "Gemeente Maashorst", ["Provincie Noord-Brabant"], "Gepland", "3,0",
     "uiterlijk 2030", ["circa 900 woningen, waarvan 30 procent sociale huur", "flexwoningen op tijdelijke locaties", "bijdrage uit de woningbouwimpuls", "aanleg van de wijkontsluiting via de Rondweg", "fasering in drie deelplannen"]),
]
RA_END = ["Deze agenda wordt jaarlijks in het voorjaar geactualiseerd door de vijf partners."]


def e(text: str) -> str:
    return html.escape(text, quote=False)


CSS = ("<style>@page{size:A4 portrait;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}"
       "table{border-collapse:collapse;width:100%} th,td{border:1px solid #000;padding:3px;vertical-align:top;"
       "font-size:8pt} th{background:#d9d9d9} td.theme{background:#eeeeee;font-weight:bold}"
       "h1{font-family:'DejaVu Sans',sans-serif;font-size:14pt} p.sub{font-size:9pt}</style>")


def cells_list(items) -> str:
    return "<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"


def page(title: str, sub: str, intro, head, widths, body_rows: str, end, cell_pt: int = 8) -> str:
    cols = "".join(f'<col width="{round(100 * w / sum(widths))}%">' for w in widths)
    ths = "".join(f"<th>{e(h)}</th>" for h in head)
    intro_p = "".join(f"<p>{e(p)}</p>" for p in intro)
    end_p = "".join(f"<p>{e(p)}</p>" for p in end)
    css = CSS.replace("font-size:8pt", f"font-size:{cell_pt}pt")
    return (f"<html><head><meta charset='utf-8'>{css}</head><body><h1>{e(title)}</h1><p class='sub'>{e(sub)}</p>"
            f"{intro_p}<table>{cols}<thead><tr>{ths}</tr></thead><tbody>{body_rows}</tbody></table>{end_p}"
            "</body></html>")


def uitvoeringsagenda_html() -> str:
    rows = []
    for r in UA_ROWS:
        if r[0] is None:
            rows.append(f"<tr><td class='theme' colspan='6'>{e(r[1])}</td></tr>")
            continue
        nr, title, bullets, trekkers, betrokken, looptijd, opm = r
        rows.append(f"<tr><td>{e(nr)}</td><td><b>{e(title)}</b>{cells_list(bullets)}</td>"
                    f"<td>{'<br>'.join(e(t) for t in trekkers)}</td><td>{cells_list(betrokken)}</td>"
                    f"<td>{e(looptijd)}</td><td>{e(opm)}</td></tr>")
    return page(UA_TITLE, UA_SUB, UA_INTRO, UA_HEAD, [30, 190, 90, 120, 55, 95], "".join(rows), UA_END)


def programma_chemelot_html() -> str:
    rows = []
    for r in PC_ROWS:
        if r[0] is None:
            rows.append(f"<tr><td class='theme' colspan='7'>{e(r[1])}</td></tr>")
            continue
        code, project, bullets, trekker, fase, status, kosten, periode = r
        rows.append(f"<tr><td>{e(code)}</td><td><b>{e(project)}</b>{cells_list(bullets)}</td><td>{e(trekker)}</td>"
                    f"<td>{e(fase)}</td><td>{e(status)}</td><td align='right'>{e(kosten)}</td>"
                    f"<td>{e(periode)}</td></tr>")
    return page(PC_TITLE, PC_SUB, PC_INTRO, PC_HEAD, [45, 200, 95, 70, 55, 50, 60], "".join(rows), PC_NOTE, 10)


def regioagenda_html() -> str:
    rows = []
    for r in RA_ROWS:
        if r[0] is None:
            rows.append(f"<tr><td class='theme' colspan='8'>{e(r[1])}</td></tr>")
            continue
        nr, opgave, trekker, betrokken, status, kosten, looptijd, opm = r
        rows.append(f"<tr><td>{e(nr)}</td><td><b>{e(opgave)}</b></td><td>{e(trekker)}</td>"
                    f"<td>{cells_list(betrokken)}</td><td>{e(status)}</td><td align='right'>{e(kosten)}</td>"
                    f"<td>{e(looptijd)}</td><td>{'<br>'.join('- ' + e(o) for o in opm)}</td></tr>")
    return page(RA_TITLE, RA_SUB, RA_INTRO, RA_HEAD, [25, 130, 85, 110, 60, 45, 55, 130], "".join(rows), RA_END, 9)


def werkprogramma_md() -> str:
    lines = [f"# {WP_TITLE}", "", *[p + "\n" for p in WP_INTRO],
             "| " + " | ".join(WP_HEAD) + " |", "|" + "---|" * len(WP_HEAD)]
    for r in WP_ROWS:
        if r[0] is None:
            lines.append(f"| **{r[1]}** |" + " |" * (len(WP_HEAD) - 1))
        else:
            lines.append("| " + " | ".join(r) + " |")
    lines += ["", *WP_END, ""]
    return "\n".join(lines)


def raadsinformatiebrief_txt() -> str:
    parts = ["\n".join(RB_HEAD), "Geachte raad,", "\n".join(RB_INTRO), "Wat gaan wij doen?",
             "\n".join(RB_PLANS), "Ontwikkelingen bij anderen", "\n".join(RB_OTHER), "\n".join(RB_END),
             "\n".join(RB_SIGN)]
    return "\n\n".join(parts) + "\n"


def soffice(html_text: str, stem: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", str(OUT), str(src)], check=True, timeout=120, capture_output=True)


def main() -> None:
    soffice(uitvoeringsagenda_html(), "b43-uitvoeringsagenda")
    soffice(programma_chemelot_html(), "b43-programma-chemelot")
    soffice(regioagenda_html(), "b43-regioagenda")
    (OUT / "b43-werkprogramma.md").write_text(werkprogramma_md(), encoding="utf-8")
    (OUT / "b43-raadsinformatiebrief.txt").write_text(raadsinformatiebrief_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
