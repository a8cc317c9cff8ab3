"""Build the five blind34 documents. Three Word documents (.docx written with python-docx, then converted with
`soffice --headless --convert-to pdf`; only the PDFs are committed), one Markdown and one plain-text file.
python-docx is only needed for building (pip install python-docx into .venv); it is no project dependency.
Run: .venv/bin/python tests/data/extraction-blind34/make/build.py"""

import subprocess
import tempfile
from pathlib import Path

MAKE = Path(__file__).resolve().parent
OUT = MAKE.parent

# --- b34-uitvoeringsagenda: Baarle-Nassau, Alphen-Chaam, Zundert; inhoudsopgave, merged trekker cell --------------
UA_TITLE = "Uitvoeringsagenda Droogte en Beekdalen Baarle-Nassau, Alphen-Chaam en Zundert 2027-2030"
UA_TOC = [("1", "Inleiding", "1"), ("2", "Aanpak van de beekdalen", "1"), ("3", "Uitvoeringstabel", "1"),
          ("4", "Monitoring", "2")]
UA_INTRO = [
    "Deze uitvoeringsagenda is op 17 november 2026 vastgesteld door de drie colleges, het dagelijks bestuur van "
    "Waterschap Brabantse Delta en Gedeputeerde Staten van Noord-Brabant.",
    "In 2025 en 2026 vielen de Bavelse Leij en de Aa of Weerijs in de zomer over lange trajecten droog.",
]
UA_AANPAK = [
    "De partijen houden meer water vast in de bovenlopen en maken de beekdalen robuuster. De tabel in hoofdstuk 3 "
    "noemt per actie de trekker, de partners en de periode.",
]
UA_HEAD = ["Code", "Actie", "Trekker", "Partners", "Periode"]
# trekker None = the cell is merged with the one above (vertically merged in Word)
UA_ROWS = [
    ("DB-1", "Hermeandering van de Bavelse Leij tussen Strijbeek en de Belgische grens",
     "Waterschap Brabantse Delta", "Gemeente Alphen-Chaam", "2027-2029"),
    ("DB-2", "Stuwen plaatsen in de bovenloop van de Aa of Weerijs bij Zundert", None,
     "Gemeente Zundert, Provincie Noord-Brabant", "2027-2028"),
    ("DB-3", "Peilgestuurde drainage op landbouwpercelen rond Baarle-Nassau", None,
     "Gemeente Baarle-Nassau", "vanaf 2028"),
    ("DB-4", "Vernatting van het Chaamse beekdal en omvorming van naaldbos naar loofbos",
     "Stichting Brabants Landschap", "Gemeente Alphen-Chaam, Waterschap Brabantse Delta", "2028-2030"),
    ("DB-5", "Regenwater afkoppelen in de kern Zundert en de aanleg van twee wadi's", "Gemeente Zundert",
     "Waterschap Brabantse Delta", "2027"),
    ("DB-6", "Grensoverschrijdend droogteplan met de Belgische buurgemeenten van Baarle",
     "Gemeente Baarle-Nassau", "-", "uiterlijk 2029"),
]
UA_END = [
    "De partijen rapporteren elk jaar in maart over de voortgang aan de drie gemeenteraden.",
    "De provincie wil later ook de gemeente Breda bij de agenda betrekken.",
]

# --- b34-raadsinformatiebrief: college of Terschelling; a commitment that replaces an earlier plan ----------------
RB_DATE = "26 november 2026"
RB_HEAD = ["Gemeente Terschelling", "Raadsinformatiebrief", "Aan: de gemeenteraad van Terschelling",
           f"Datum: {RB_DATE}", "Onderwerp: zoetwater en duinen op Terschelling"]
RB_PARAS = [
    ("Aanleiding", [
        "Met deze brief informeren wij u over de zoetwatervoorziening op het eiland.",
        "In de raadsinformatiebrief van 12 maart 2026 kondigden wij een ontziltingsinstallatie bij West-Terschelling "
        "aan.",
        "In de zomer van 2026 was het grondwater in de duinen bij Hoorn op veel plaatsen brak.",
    ]),
    ("Wat gaan wij doen?", [
        "In plaats van die installatie leggen wij in 2028 samen met Wetterskip Fryslân een zoetwaterbuffer in de "
        "duinen bij Midsland aan.",
        "Wij stellen in 2027 met Staatsbosbeheer een beheerplan op voor de duinvalleien tussen Formerum en Hoorn.",
        "In 2027 en 2028 vervangen wij de riolering in de Torenstraat in West-Terschelling door een gescheiden "
        "stelsel.",
        "Samen met de Provincie Fryslân starten wij in 2029 een subsidieregeling voor regenwateropvang bij "
        "vakantieparken.",
        "Wetterskip Fryslân en wij hebben afgesproken dat het Wetterskip uiterlijk 2028 de gemalen bij Oosterend "
        "verduurzaamt.",
    ]),
    ("Wat doen anderen?", [
        "Vitens onderzoekt tot 2029 een tweede drinkwaterleiding vanaf de vaste wal.",
        "De Provincie Fryslân overweegt een zoetwaterpilot op Ameland.",
    ]),
    ("Tot slot", [
        "Wij houden u via de jaarrekening op de hoogte van de voortgang.",
    ]),
]
RB_SIGN = ["Het college van burgemeester en wethouders van Terschelling,", "de secretaris, de burgemeester,"]

# --- b34-werkprogramma: Zeist and De Bilt; sub-actions 1.1 / 1.2 inherit the trekker of their parent -------------
WP_TITLE = "Werkprogramma Hitte en Groen Zeist en De Bilt 2027-2029"
WP_INTRO = [
    "Dit werkprogramma is een uitwerking van de regionale hitteaanpak. Bij een deelactie zonder eigen trekker is "
    "de trekker van de hoofdactie ook de trekker van de deelactie.",
    "In 2026 is voor beide gemeenten een hittekaart gemaakt.",
]
# (number, text, labels: list of (label, value)); labels empty on a sub-action that inherits
WP_ITEMS = [
    ("1.", "Vergroenen van de schoolpleinen in Zeist en De Bilt", [
        ("Trekker:", "Gemeente Zeist"), ("Partners:", "Gemeente De Bilt"), ("Planning:", "2027-2029")]),
    ("1.1", "Ontwerp van zes groene schoolpleinen in Zeist-West", [("Planning:", "2027")]),
    ("1.2", "Aanleg van vier groene schoolpleinen in Bilthoven", [
        ("Trekker:", "Gemeente De Bilt"), ("Planning:", "2028-2029")]),
    ("2.", "Koele routes en schaduw langs de Utrechtseweg en de Amersfoortseweg", [
        ("Trekker:", "Provincie Utrecht"), ("Partners:", "Gemeente Zeist, Gemeente De Bilt"),
        ("Planning:", "2027-2029")]),
    ("2.1", "Bomenplan voor de Utrechtseweg tussen Zeist en De Bilt", [
        ("Partners:", "Stichting Het Utrechts Landschap"), ("Planning:", "2027")]),
    ("2.2", "Waterpasserende verharding en infiltratie langs de Amersfoortseweg", [
        ("Partners:", "Hoogheemraadschap De Stichtse Rijnlanden"), ("Planning:", "vanaf 2028")]),
]
WP_END = [
    "De stuurgroep bespreekt het werkprogramma twee keer per jaar.",
    "De gemeente De Bilt wil onderzoeken of ook de wijk Groenekan mee kan doen.",
]


def _field(paragraph, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)


def _footer(doc, label: str) -> None:
    p = doc.sections[0].footer.paragraphs[0]
    p.text = f"{label} - pagina "
    _field(p, "PAGE")


def _base():
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    return doc


def _cell_borders(table) -> None:
    table.style = "Table Grid"


def ua_docx(path: Path) -> None:
    from docx.shared import Cm
    doc = _base()
    doc.add_heading(UA_TITLE, level=1)
    doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
    for nr, head, page in UA_TOC:
        doc.add_paragraph(f"{nr}  {head}\t{page}")
    doc.add_heading("1 Inleiding", level=1)
    for t in UA_INTRO:
        doc.add_paragraph(t)
    doc.add_heading("2 Aanpak van de beekdalen", level=1)
    for t in UA_AANPAK:
        doc.add_paragraph(t)
    doc.add_heading("3 Uitvoeringstabel", level=1)
    table = doc.add_table(rows=1 + len(UA_ROWS), cols=len(UA_HEAD))
    _cell_borders(table)
    for i, h in enumerate(UA_HEAD):
        cell = table.cell(0, i)
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    for r, row in enumerate(UA_ROWS, start=1):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value
    # merge the trekker cell of DB-1 over DB-2 and DB-3
    top = table.cell(1, 2)
    top.merge(table.cell(3, 2))
    top.text = UA_ROWS[0][2]
    table.autofit = False
    for c, w in enumerate([1.5, 6.6, 3.4, 4.2, 2.3]):
        table.columns[c].width = Cm(w)
        for r in range(len(UA_ROWS) + 1):
            table.cell(r, c).width = Cm(w)
    doc.add_heading("4 Monitoring", level=1)
    for t in UA_END:
        doc.add_paragraph(t)
    _footer(doc, UA_TITLE)
    doc.save(path)


def rb_docx(path: Path) -> None:
    doc = _base()
    for i, line in enumerate(RB_HEAD):
        p = doc.add_paragraph()
        p.add_run(line).bold = i < 2
    for head, sentences in RB_PARAS:
        doc.add_heading(head, level=2)
        doc.add_paragraph(" ".join(sentences))
    for line in RB_SIGN:
        doc.add_paragraph(line)
    doc.sections[0].header.paragraphs[0].text = "Raadsinformatiebrief zoetwater en duinen"
    _footer(doc, "Gemeente Terschelling")
    doc.save(path)


def wp_docx(path: Path) -> None:
    doc = _base()
    doc.add_heading(WP_TITLE, level=0)
    doc.add_heading("Inleiding", level=1)
    for t in WP_INTRO:
        doc.add_paragraph(t)
    doc.add_heading("Acties", level=1)
    for nr, text, labels in WP_ITEMS:
        sub = "." in nr[:-1]
        if sub:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(f"{nr} {text}").bold = True
        else:
            doc.add_heading(f"{nr} {text}", level=2)
        for label, value in labels:
            p = doc.add_paragraph(style="List Bullet 2" if sub else "List Bullet")
            p.add_run(label).bold = True
            p.add_run(f" {value}")
    doc.add_heading("Sturing", level=1)
    for t in WP_END:
        doc.add_paragraph(t)
    _footer(doc, WP_TITLE)
    doc.save(path)


def to_pdf(make, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as prof:
        src = Path(tmp) / f"{name}.docx"
        make(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(OUT), str(src)], check=True, capture_output=True)


# --- b34-bestuursakkoord: West-Friesland Oost, articles; "de Gemeenten" defined in Artikel 1 -----------------------
BA_TITLE = "Bestuursakkoord Dijkversterking en Ruimte West-Friesland Oost 2027-2031"
BA_PARTIES = ["Gemeente Drechterland", "Gemeente Enkhuizen", "Gemeente Stede Broec",
              "Hoogheemraadschap Hollands Noorderkwartier", "Provincie Noord-Holland"]
BA_DEFS = [
    "**de Gemeenten**: Gemeente Drechterland, Gemeente Enkhuizen en Gemeente Stede Broec gezamenlijk;",
    "**het Hoogheemraadschap**: Hoogheemraadschap Hollands Noorderkwartier;",
    "**de Provincie**: Provincie Noord-Holland.",
]
# article -> (heading, [(lid, text)])
BA_ARTS = [
    ("Artikel 3 Dijk en kust", [
        ("3.1", "Het Hoogheemraadschap versterkt in 2028-2030 de Westfriese Omringdijk tussen Enkhuizen en "
                "Andijk, in samenwerking met de Gemeenten."),
        ("3.2", "De Gemeenten stellen uiterlijk 2028 een gezamenlijk ruimtelijk kader op voor de buitendijkse "
                "gebieden langs het Markermeer."),
    ]),
    ("Artikel 4 Water in de kernen", [
        ("4.1", "De Gemeente Stede Broec legt vanaf 2027 in Bovenkarspel en Grootebroek extra waterberging aan, "
                "in samenwerking met het Hoogheemraadschap."),
        ("4.2", "De Gemeente Enkhuizen voert in 2027-2029 in opdracht van de Provincie een programma voor "
                "klimaatbestendige bedrijventerreinen in Enkhuizen en Drechterland uit."),
    ]),
    ("Artikel 5 Landschap", [
        ("5.1", "De Provincie en het Hoogheemraadschap ontwikkelen in 2029 een natuurvriendelijke oever langs "
                "de dijk bij Hem, in samenwerking met de Gemeente Drechterland."),
    ]),
]
BA_ART2 = ("Artikel 2 Doel", [
    ("2.1", "Partijen werken samen aan een veilige dijk en een klimaatbestendige inrichting van de kernen."),
    ("2.2", "In 2025 hebben Partijen een gezamenlijke verkenning naar de dijkversterking afgerond."),
])
BA_ART6 = ("Artikel 6 Slotbepalingen", [
    ("6.1", "Dit akkoord treedt in werking op de dag na ondertekening."),
    ("6.2", "Partijen evalueren het akkoord in het laatste jaar van de looptijd."),
])


def ba_md() -> str:
    out = [f"# {BA_TITLE}", "", "Ondergetekenden:", ""]
    out += [f"{i}. {p}" for i, p in enumerate(BA_PARTIES, 1)]
    out += ["", "hierna gezamenlijk te noemen: Partijen,", "", "komen het volgende overeen.", "",
            "## Artikel 1 Begripsbepalingen", "", "In dit akkoord wordt verstaan onder:", ""]
    out += [f"- {d}" for d in BA_DEFS]
    for head, lids in [BA_ART2, *BA_ARTS, BA_ART6]:
        out += ["", f"## {head}", ""]
        for lid, text in lids:
            out += [f"{lid} {text}", ""]
    out += ["", "Aldus overeengekomen en ondertekend te Enkhuizen op 30 november 2026.", ""]
    return "\n".join(out)


# --- b34-actielijst: Wassenaar and Voorschoten; a checklist grouped per actiehouder, [x] = done -------------------
AL_TITLE = "ACTIELIJST BESTUURLIJK OVERLEG WATER WASSENAAR-VOORSCHOTEN"
AL_META = ["Vergadering van 19 november 2026, gemeentehuis Voorschoten",
           "Legenda: [ ] = open, [x] = afgerond"]
# actiehouder -> [(done, nr, text, met, gereed)]
AL_GROUPS = [
    ("Gemeente Wassenaar", [
        (False, "BO-01", "Klimaatadaptatieplan voor de wijk Kerkehout opstellen", "Hoogheemraadschap van Rijnland",
         "2027"),
        (True, "BO-02", "Hittescan van de dorpskern laten uitvoeren", "-", "2026"),
        (False, "BO-03", "Regenwater afkoppelen in de Van Zuylen van Nijeveltstraat", "-", "2028"),
    ]),
    ("Gemeente Voorschoten", [
        (False, "BO-04", "Natuurvriendelijke oevers aanleggen langs de Vliet bij Vlietwijk",
         "Hoogheemraadschap van Rijnland, Provincie Zuid-Holland", "2029"),
        (True, "BO-05", "Inloopavond wateroverlast Noord-Hofland organiseren", "-", "2026"),
    ]),
    ("Hoogheemraadschap van Rijnland", [
        (False, "BO-06", "Gemaal Zijlhoek vervangen door een duurzaam gemaal", "Gemeente Voorschoten", "2028"),
        (False, "BO-07", "Peilbesluit voor de polder Wassenaar voorbereiden", "Gemeente Wassenaar, Dunea", "2027"),
    ]),
]
AL_END = ["Volgend overleg: 11 maart 2027.",
          "De gemeente Wassenaar vraagt of Dunea ook aan het volgende overleg kan deelnemen."]


def al_txt() -> str:
    out = [AL_TITLE, "=" * len(AL_TITLE), *AL_META, ""]
    for holder, items in AL_GROUPS:
        out += [f"Actiehouder: {holder}", "-" * (13 + len(holder))]
        for done, nr, text, met, gereed in items:
            out.append(f"[{'x' if done else ' '}] {nr}  {text}")
            out.append(f"        met: {met}   gereed: {gereed}")
        out.append("")
    out += AL_END
    return "\n".join(out) + "\n"


def main() -> None:
    to_pdf(ua_docx, "b34-uitvoeringsagenda")
    to_pdf(rb_docx, "b34-raadsinformatiebrief")
    to_pdf(wp_docx, "b34-werkprogramma")
    (OUT / "b34-bestuursakkoord.md").write_text(ba_md(), encoding="utf-8")
    (OUT / "b34-actielijst.txt").write_text(al_txt(), encoding="utf-8")


if __name__ == "__main__":
    main()
