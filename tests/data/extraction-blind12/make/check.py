"""Check the blind12 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line, and in a text table stay inside one cell (no '|' or '<br>' in it). The layout each document stresses
is checked per page (LAYOUT, NOT_ON_PAGE, PAGES, LANDSCAPE, LINES): the table "Toezegging | Termijn" of
b12-statenbrief, the attendance list and the initials of b12-initialen, the landscape page and the marked
trekkers of b12-sterretje, the label lines of b12-eigenaar-mijlpalen, the header row, running header and page
number on each of the three pages of b12-drie-paginas, the Tijdpad cells of b12-perioden and the role prefixes
of b12-rolprefix. The roles in the gold of the three tables written from rows in build.py (b12-sterretje,
b12-drie-paginas, b12-rolprefix) and of the initials of b12-initialen are compared with those rows through
the documents' legends (ROLE_NAMES). Exit code 1 on any problem.
"""

import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

MAKE = Path(__file__).resolve().parent
ROOT = MAKE.parent
GOLD = ROOT / "gold"
TYPES = {
    "ruled-pdf",
    "libreoffice-pdf",
    "unruled-pdf",
    "text-table",
    "label-blocks",
    "letter",
    "kamerbrief",
    "agenda",
}
KINDS = {"depends", "starts_after", "part_of", "related"}
ACTION_KEYS = [
    "code",
    "anchor",
    "title",
    "lead",
    "partners",
    "involved",
    "commissioners",
    "support",
    "start_year",
    "end_year",
    "period_is_ambiguous",
    "dependencies",
]
ROLE_KEYS = ("lead", "partners", "involved", "commissioners", "support")
REQUIRED = ("document", "file", "type", "producer", "actions", "not_commitments")
DOC_KEYS = set(REQUIRED) | {"letter_date", "reported_plans"}
MAX_PDF_BYTES = 60_000
CELL_BREAKS = ("|", "<br>")
# actions per document: 5-10, the long table 14-16; 50-65 in all
COUNTS = {"b12-drie-paginas": (14, 16)}
DEFAULT_COUNT = (5, 10)
TOTAL = (50, 65)
HEADER_3 = "Nr. Actie Trekker Partners Periode"
RUNNING = "Waterschap Aa en Maas · Regio Noordoost-Brabant"
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b12-statenbrief.pdf", 1, "Overzicht van toezeggingen"),
    ("b12-statenbrief.pdf", 1, "Toezegging Termijn Uitbreiding van het meetnet"),
    ("b12-statenbrief.pdf", 1, "zes meetpunten vóór 1 juli 2027"),
    ("b12-statenbrief.pdf", 1, "luchtverontreiniging in Wijk aan Zee uiterlijk Q3 2027"),
    ("b12-statenbrief.pdf", 2, "Gedeputeerde Staten van Noord-Holland,"),
    (
        "b12-initialen.pdf",
        1,
        "Aanwezig Thomas de Groot (gemeente Vlaardingen, voorzitter), Jan de Vries (RWS)",
    ),
    ("b12-initialen.pdf", 1, "Afwezig Lotte Smit (VRR)"),
    ("b12-initialen.pdf", 1, "Nr Actie Wie Deadline"),
    ("b12-sterretje.pdf", 1, "Nr. Project Partijen Looptijd Bijdrage agenda"),
    ("b12-sterretje.pdf", 1, "WDD, gem. Helmond*"),
    ("b12-sterretje.pdf", 1, "gem. Best, Prov. N-Br. (lead), WDD"),
    ("b12-sterretje.pdf", 1, "* = trekker."),
    ("b12-drie-paginas.pdf", 1, "A01 Hermeandering van de Raam bij Mill"),
    ("b12-drie-paginas.pdf", 2, "A07 Natuurinclusieve landbouw rond de Maashorst"),
    ("b12-drie-paginas.pdf", 3, "A15 Evaluatie van het uitvoeringsprogramma"),
    ("b12-perioden.pdf", 1, "Nr. Maatregel Trekker Partners Tijdpad"),
    ("b12-perioden.pdf", 1, "Gem. Maasgouw najaar 2026 – voorjaar 2028"),
    ("b12-perioden.pdf", 1, "Gem. Echt-Susteren, IVN vanaf schooljaar 2027/2028"),
    ("b12-perioden.pdf", 1, "Prov. Limburg – uiterlijk 1 januari 2028"),
]
LAYOUT += [
    ("b12-drie-paginas.pdf", p, w) for p in (1, 2, 3) for w in (HEADER_3, RUNNING, f"Pagina {p} van 3")
]
# (file, 1-based page, words that must NOT be on that page)
NOT_ON_PAGE = [
    ("b12-statenbrief.pdf", 1, "Trekker"),
    ("b12-statenbrief.pdf", 1, "Wie"),
    ("b12-sterretje.pdf", 1, "Partners"),
    ("b12-drie-paginas.pdf", 2, "A01 Hermeandering"),
    ("b12-drie-paginas.pdf", 3, "A07 Natuurinclusieve"),
]
PAGES = {
    "b12-statenbrief.pdf": 2,
    "b12-initialen.pdf": 1,
    "b12-sterretje.pdf": 1,
    "b12-drie-paginas.pdf": 3,
    "b12-perioden.pdf": 1,
}
LANDSCAPE = {"b12-sterretje.pdf"}
# (file, a whole line of the text document)
LINES = [
    (
        "b12-eigenaar-mijlpalen.txt",
        "Eigenaar: gem. Utrecht | Uitvoering: Eneco, Portaal, Mitros | Mijlpalen: Q2 2027 ontwerp gereed; Q4 "
        "2028 oplevering",
    ),
    ("b12-eigenaar-mijlpalen.txt", "Actie 5 – Zonnepanelen op scholen en sporthallen in Zeist en De Bilt"),
    (
        "b12-eigenaar-mijlpalen.txt",
        "Eigenaar: gem. Houten | Uitvoering: – | Mijlpalen: Q4 2027 wijkuitvoeringsplan; Q2 2029 eerste "
        "woningen aardgasvrij",
    ),
    (
        "b12-rolprefix.md",
        "| ZW-4 | Funderingsloket Zaanstreek-Waterland | P: gem. Purmerend, gem. Wormerland; T: gem. "
        "Zaanstad; "
        "O: PNH | vanaf 2027 |",
    ),
    ("b12-rolprefix.md", "| Nr | Maatregel | Partijen en rol | Planning |"),
]
# the documents' own short names -> the official names the gold uses (from each document's legend)
ROLE_NAMES = {
    "WDD": "Waterschap De Dommel",
    "Prov. N-Br.": "Provincie Noord-Brabant",
    "TU/e": "Technische Universiteit Eindhoven",
    "MRE": "Metropoolregio Eindhoven",
    "AenM": "Waterschap Aa en Maas",
    "PNB": "Provincie Noord-Brabant",
    "BW": "Brabant Water",
    "SBB": "Staatsbosbeheer",
    "NM": "Natuurmonumenten",
    "BL": "Brabants Landschap",
    "ZLTO": "Zuidelijke Land- en Tuinbouworganisatie",
    "HHNK": "Hoogheemraadschap Hollands Noorderkwartier",
    "PNH": "Provincie Noord-Holland",
    "LNH": "Landschap Noord-Holland",
    "RWS": "Rijkswaterstaat",
    "Delfland": "Hoogheemraadschap van Delfland",
    "DCMR": "DCMR Milieudienst Rijnmond",
    "VRR": "Veiligheidsregio Rotterdam-Rijnmond",
}
PREFIX_ROLES = {"T": "lead", "P": "partners", "B": "involved", "O": "commissioners"}
# the Wie cells of b12-initialen, as printed
WIE = {
    "A26-12": "MB/KS",
    "A26-13": "KS/AY",
    "A26-14": "JdV/TdG",
    "A26-15": "SV/PJ",
    "A26-16": "LS/MB/KS",
    "A26-17": "EvD",
    "A26-18": "TdG",
}
PARTICLES = {"de", "van", "der", "den", "het", "ter"}


def norm(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\u2010\u2011\u2012\u2013\u2014]+", "", text).lower()


def official(name: str) -> str:
    name = name.strip()
    if name.lower().startswith("gem. ") or name.lower().startswith("gemeente "):
        return "Gemeente " + name.split(" ", 1)[1]
    return ROLE_NAMES.get(name, name)


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def check_action(a: dict, where: str, codes: list[str]) -> list[str]:
    errs: list[str] = []
    if list(a) != ACTION_KEYS:
        return [f"{where}: keys {list(a)} != {ACTION_KEYS}"]
    if not isinstance(a["code"], str) or not a["anchor"] or not a["title"]:
        errs.append(f"{where}: code must be a string, anchor and title non-empty")
    if not a["lead"]:
        errs.append(f"{where}: no lead (every action of this set names its trekker)")
    for key in ROLE_KEYS:
        if not isinstance(a[key], list) or not all(isinstance(n, str) and n for n in a[key]):
            errs.append(f"{where}: {key} must be a list of names")
    # lead, partner and involved exclude each other; a commissioner may also be named elsewhere
    names = [n for key in ("lead", "partners", "involved") for n in a[key]]
    if len(names) != len(set(names)):
        errs.append(f"{where}: an organisation holds two of lead, partner, involved")
    for key in ("start_year", "end_year"):
        if a[key] is not None and not (isinstance(a[key], int) and 2020 <= a[key] <= 2040):
            errs.append(f"{where}: {key} {a[key]!r}")
    start, end = a["start_year"], a["end_year"]
    if isinstance(start, int) and isinstance(end, int) and start > end:
        errs.append(f"{where}: start after end")
    if not isinstance(a["period_is_ambiguous"], bool):
        errs.append(f"{where}: period_is_ambiguous must be a bool")
    for d in a["dependencies"]:
        if set(d) != {"kind", "target"} or d["kind"] not in KINDS:
            errs.append(f"{where}: bad dependency {d}")
        elif d["target"] not in codes or d["target"] == a["code"]:
            errs.append(f"{where}: dependency target {d['target']!r} is not another action's code")
    return errs


def check_shape(gold: dict, path: Path) -> list[str]:
    errs = [f"{path.name}: missing {key}" for key in REQUIRED if key not in gold]
    if errs:
        return errs
    if set(gold) - DOC_KEYS:
        errs.append(f"{path.name}: unknown keys {sorted(set(gold) - DOC_KEYS)}")
    if gold["document"] != path.stem or Path(gold["file"]).stem != path.stem:
        errs.append(f"{path.name}: document/file do not match the gold file's name")
    if gold["type"] not in TYPES:
        errs.append(f"{path.name}: unknown type {gold['type']!r}")
    letter = gold["type"] in ("letter", "kamerbrief")
    if letter and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold.get("letter_date", "")):
        errs.append(f"{path.name}: a letter needs letter_date YYYY-MM-DD")
    if not letter and "letter_date" in gold:
        errs.append(f"{path.name}: letter_date on a document that is no letter")
    actions = gold["actions"]
    low, high = COUNTS.get(path.stem, DEFAULT_COUNT)
    if not low <= len(actions) <= high:
        errs.append(f"{path.name}: {len(actions)} actions, expected {low}-{high}")
    codes = [a.get("code") for a in actions if a.get("code")]
    if len(codes) != len(set(codes)):
        errs.append(f"{path.name}: duplicate codes")
    # a letter's commitments (prose, and a table without numbers) have no code
    if gold["type"] == "letter" and codes:
        errs.append(f"{path.name}: letter commitments have code ''")
    for i, a in enumerate(actions):
        where = f"{path.name} action {i} ({a.get('code') or a.get('anchor', '')[:30]})"
        errs += check_action(a, where, codes)
    for key in ("not_commitments", "reported_plans"):
        value = gold.get(key, [])
        if not isinstance(value, list) or not all(isinstance(s, str) and s for s in value):
            errs.append(f"{path.name}: {key} must be a list of strings")
    return errs


def check_text(gold: dict, path: Path) -> list[str]:
    doc = ROOT / gold["file"]
    if not doc.exists():
        return [f"{path.name}: document {doc.name} missing"]
    errs: list[str] = []
    if doc.suffix == ".pdf" and doc.stat().st_size >= MAX_PDF_BYTES:
        errs.append(f"{doc.name}: {doc.stat().st_size} bytes, limit {MAX_PDF_BYTES}")
    raw = document_text(doc)
    text = norm(raw)
    actions = gold["actions"]
    quotes = [("anchor", a["anchor"]) for a in actions]
    quotes += [("not_commitment", s) for s in gold["not_commitments"]]
    quotes += [("reported_plan", s) for s in gold.get("reported_plans", [])]
    for kind, quote in quotes:
        if norm(quote) not in text:
            errs.append(f"{doc.name}: {kind} not in text: {quote!r}")
    if doc.suffix != ".pdf":
        lines = [" ".join(line.split()).lower() for line in raw.splitlines()]
        for a in actions:
            if not any(" ".join(a["anchor"].split()).lower() in line for line in lines):
                errs.append(f"{doc.name}: anchor not on one line: {a['anchor']!r}")
            if gold["type"] == "text-table" and any(b in a["anchor"] for b in CELL_BREAKS):
                errs.append(f"{doc.name}: anchor runs over a cell boundary: {a['anchor']!r}")
    anchors = [norm(a["anchor"]) for a in actions]
    for kind, quote in quotes:
        if kind in ("not_commitment", "reported_plan") and any(
            norm(quote) in an or an in norm(quote) for an in anchors
        ):
            errs.append(f"{doc.name}: {kind} overlaps an anchor: {quote!r}")
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for name, count in PAGES.items():
        pages = PdfReader(ROOT / name).pages
        if len(pages) != count:
            errs.append(f"{name}: {len(pages)} pages, expected {count}")
        for i, page in enumerate(pages, start=1):
            wide = float(page.mediabox.width) > float(page.mediabox.height)
            if wide != (name in LANDSCAPE):
                errs.append(f"{name}: page {i} is {'landscape' if wide else 'portrait'}")
    for name, page, words in LAYOUT:
        pages = PdfReader(ROOT / name).pages
        if page > len(pages) or norm(words) not in norm(pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} lacks {words!r}")
    for name, page, words in NOT_ON_PAGE:
        pages = PdfReader(ROOT / name).pages
        if page <= len(pages) and norm(words) in norm(pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} holds {words!r}")
    for name, line in LINES:
        if line not in (ROOT / name).read_text(encoding="utf-8").splitlines():
            errs.append(f"{name}: no line {line!r}")
    return errs


def roles_of(gold: dict) -> dict[str, dict[str, list[str]]]:
    return {
        a["code"]: {k: a[k] for k in ("lead", "partners", "involved", "commissioners")}
        for a in gold["actions"]
    }


def expected_star(cell: str) -> dict[str, list[str]]:
    """Partijen cell: the party with '*' or '(lead)' leads, the others are partners, in order."""
    lead, partners = [], []
    for part in cell.split(", "):
        marked = part.endswith("*") or part.endswith(" (lead)")
        name = official(part.removesuffix("*").removesuffix(" (lead)"))
        (lead if marked else partners).append(name)
    return {"lead": lead, "partners": partners, "involved": [], "commissioners": []}


def expected_prefix(cell: str) -> dict[str, list[str]]:
    """'T: X; P: Y, Z; B: W; O: V' -> the roles of the legend."""
    roles: dict[str, list[str]] = {"lead": [], "partners": [], "involved": [], "commissioners": []}
    for part in cell.split("; "):
        prefix, names = part.split(": ", 1)
        roles[PREFIX_ROLES[prefix]] += [official(n) for n in names.split(", ")]
    return roles


def expected_initials(text: str) -> dict[str, dict[str, list[str]]]:
    """Each Wie cell through the attendance list: the first person's organisation leads, others partner."""
    people: dict[str, str] = {}
    block = text.split("Aanwezig", 1)[1].split("Afkortingen", 1)[0].replace("Afwezig", ",")
    for name, org in re.findall(r"([A-Z][a-z]+(?: [a-z]+)* [A-Z][a-z]+) \(([^,)]+)", " ".join(block.split())):
        initials = "".join(w[0] if w.lower() in PARTICLES else w[0].upper() for w in name.split())
        if initials in people:
            raise ValueError(f"initials {initials} are not unique")
        people[initials] = official(org)
    result = {}
    for code, cell in WIE.items():
        orgs = [people[i] for i in cell.split("/")]
        lead = orgs[0]
        partners = [o for i, o in enumerate(orgs) if o != lead and o not in orgs[:i]]
        result[code] = {"lead": [lead], "partners": partners, "involved": [], "commissioners": []}
    return result


def check_roles(golds: dict[str, dict]) -> list[str]:
    import build  # the rows the documents are written from

    errs: list[str] = []
    expected = {
        "b12-sterretje": {row[0]: expected_star(row[2]) for row in build.STAR_ROWS},
        "b12-rolprefix": {row[0]: expected_prefix(row[2]) for row in build.ROLE_ROWS},
        "b12-drie-paginas": {
            row[0]: {
                "lead": [official(row[3])],
                "partners": [official(n) for n in row[4].split(", ")],
                "involved": [],
                "commissioners": [],
            }
            for row in build.LONG_ROWS
        },
        "b12-initialen": expected_initials(document_text(ROOT / "b12-initialen.pdf")),
    }
    html = (MAKE / "b12-initialen.html").read_text(encoding="utf-8")
    for code, cell in WIE.items():
        if (
            f"<tr><td>{code}</td>" not in html
            or f"<td>{cell}</td>" not in html.split(f"<td>{code}</td>")[1][:400]
        ):
            errs.append(f"b12-initialen: the row {code} does not hold {cell}")
    for stem, rows in expected.items():
        got = roles_of(golds[stem])
        if set(got) != set(rows):
            errs.append(f"{stem}: codes {sorted(got)} != rows {sorted(rows)}")
        for code in rows:
            if code in got and got[code] != rows[code]:
                errs.append(f"{stem} {code}: gold roles {got[code]} != document {rows[code]}")
    return errs


def main() -> int:
    sys.path.insert(0, str(MAKE))
    import gold as gold_source  # the hand-written gold, to see that the JSON files are up to date

    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b12-*")}
    listed = {str(d["file"]) for d in written.values()}
    if docs != listed:
        errs.append(f"documents {sorted(docs)} != gold files {sorted(listed)}")
    total = 0
    golds: dict[str, dict] = {}
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds[path.stem] = gold
        if gold != written.get(path.stem):
            errs.append(f"{path.name}: differs from gold.py (run make/gold.py)")
        shape = check_shape(gold, path)
        errs += shape
        if not shape:
            errs += check_text(gold, path)
        total += len(gold.get("actions", []))
    errs += check_layout()
    if set(written) <= set(golds):
        errs += check_roles(golds)
    if not TOTAL[0] <= total <= TOTAL[1]:
        errs.append(f"{total} actions in all, expected {TOTAL[0]}-{TOTAL[1]}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(paths)} documents, {total} actions, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
