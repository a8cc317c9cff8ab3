"""Check the blind17 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line. The layout each document stresses is checked (PAGES, LAYOUT, LINES): the marks of b17-kwartaalgantt
in the quarter columns build.py puts them in (pypdf's text positions); the Leeuwarden sentence of
b17-nieuwsbrief split over the two text columns; the footnote numbers glued to the cells of b17-voetnoten; two
actions per row in b17-dubbeltabel, V5-V7 in the right half; the check boxes of b17-takenlijst and
b17-formulieren; the quoted earlier mail of b17-mailwisseling. The roles, codes and anchors (and periods where
the source gives them in a fixed form) of the documents written from structured sources (the rows of
b17-kwartaalgantt and b17-dubbeltabel and the forms of b17-formulieren in build.py, the Markdown of
b17-takenlijst) are derived from those sources through the documents' own legends and compared with the gold.
Exit code 1 on any problem.
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
COUNT = (5, 8)
TOTAL = (40, 48)
PAGES = {
    "b17-kwartaalgantt.pdf": 1,
    "b17-nieuwsbrief.pdf": 1,
    "b17-voetnoten.pdf": 1,
    "b17-dubbeltabel.pdf": 1,
}
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b17-kwartaalgantt.pdf", 1, "Nr. Actie Trekker Partners 2027 2028"),
    ("b17-kwartaalgantt.pdf", 1, "Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4"),
    ("b17-kwartaalgantt.pdf", 1, "WSRL gem. Druten, PG ■ ■ ■ ■ ■ ■ ■ ■ ►"),
    ("b17-nieuwsbrief.pdf", 1, "Nieuwsbrief Kust en Klei Noordwest-Fryslân Nummer 7"),
    ("b17-nieuwsbrief.pdf", 1, "Koele schoolpleinen Tijdens de hitte van juli 2026"),
    ("b17-voetnoten.pdf", 1, "Nr. Maatregel Trekker Planning"),
    ("b17-voetnoten.pdf", 1, "Brabantse Delta1 2027-2028"),
    ("b17-voetnoten.pdf", 1, "gemeente Drimmelen 2e helft 20283"),
    ("b17-voetnoten.pdf", 1, "de provincie1 20275"),
    ("b17-voetnoten.pdf", 1, "1 Samen met de gemeenten Geertruidenberg en Drimmelen. 2 Met de GGD West-Brabant."),
    ("b17-dubbeltabel.pdf", 1, "Nr. Actie Wie Wanneer Nr. Actie Wie Wanneer"),
    ("b17-dubbeltabel.pdf", 1, "gem. Rheden met GGD Gelderland-Zuid 2027 V5 Klimaatadaptief bouwen"),
]
# (file, a whole line of the text document)
LINES = [
    ("b17-takenlijst.md", "## Hollandse Delta"),
    ("b17-takenlijst.md", "## PZH"),
    ("b17-takenlijst.md", "- [x] **BAR-04** Inventarisatie van de gemalen in Barendrecht (trekker) — afgerond juni 2026"),
    ("b17-takenlijst.md", "- [ ] **BAR-06** Campagne zuinig met drinkwater in de zomer (trekker) — 2027"),
    ("b17-formulieren.txt", "PROJECTFORMULIER ZB-5"),
    ("b17-formulieren.txt", "Status           : ingetrokken op 12-10-2026"),
    ("b17-formulieren.txt", "Startdatum       : n.t.b."),
    ("b17-mailwisseling.txt", "Wat hebben wij afgesproken?"),
    ("b17-mailwisseling.txt", "-----Oorspronkelijk bericht-----"),
    ("b17-mailwisseling.txt", "Verzonden:    dinsdag 24 november 2026 16:12"),
]
# the documents' own short names -> the official names the gold uses (their legends and "(hierna: ...)")
NAMES = {
    "wsrl": "Waterschap Rivierenland",
    "pg": "Provincie Gelderland",
    "rws": "Rijkswaterstaat",
    "nfo": "Nederlandse Fruittelers Organisatie",
    "wrij": "Waterschap Rijn en IJssel",
    "wvv": "Waterschap Vallei en Veluwe",
    "nm": "Vereniging Natuurmonumenten",
    "vitens": "Vitens",
    "ggd gelderland-zuid": "GGD Gelderland-Zuid",
    "barendrecht": "Gemeente Barendrecht",
    "albrandswaard": "Gemeente Albrandswaard",
    "ridderkerk": "Gemeente Ridderkerk",
    "hollandse delta": "Waterschap Hollandse Delta",
    "evides": "Evides Waterbedrijf",
    "pzh": "Provincie Zuid-Holland",
    "scheldestromen": "Waterschap Scheldestromen",
    "prov. zeeland": "Provincie Zeeland",
    "hzl": "Het Zeeuwse Landschap",
    "zlto": "Zuidelijke Land- en Tuinbouworganisatie",
    "ggd zeeland": "GGD Zeeland",
}
ROLE_KEY = {"trekker": "lead", "partner": "partners", "betrokken": "involved", "opdrachtgever": "commissioners"}
DEP_WORDS = (", na afronding van ",)


def norm(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\u2010\u2011\u2012\u2013\u2014]+", "", text).lower()


def official(name: str) -> str:
    key = " ".join(name.split()).strip().lower()
    for prefix in ("gem. ", "gemeente "):
        if key.startswith(prefix):
            return "Gemeente " + name.strip().split(" ", 1)[1]
    return NAMES[key]


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
    names = [n for key in ("lead", "partners", "involved", "commissioners") for n in a[key]]
    if len(names) != len(set(names)):
        errs.append(f"{where}: an organisation holds two roles")
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
    if not letter and ("letter_date" in gold or "reported_plans" in gold):
        errs.append(f"{path.name}: letter_date or reported_plans on a document that is no letter")
    actions = gold["actions"]
    if not COUNT[0] <= len(actions) <= COUNT[1]:
        errs.append(f"{path.name}: {len(actions)} actions, expected {COUNT[0]}-{COUNT[1]}")
    codes = [a.get("code") for a in actions if a.get("code")]
    if len(codes) != len(set(codes)):
        errs.append(f"{path.name}: duplicate codes")
    if letter and codes:
        errs.append(f"{path.name}: letter commitments have code ''")
    anchors = [a.get("anchor") for a in actions]
    if len(anchors) != len(set(anchors)):
        errs.append(f"{path.name}: duplicate anchors")
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
    anchors = [norm(a["anchor"]) for a in actions]
    for kind, quote in quotes:
        if kind != "anchor" and any(norm(quote) in an or an in norm(quote) for an in anchors):
            errs.append(f"{doc.name}: {kind} overlaps an anchor: {quote!r}")
    return errs


def runs(path: Path, page: int = 0) -> list[tuple[str, float, float, str]]:
    """(text, x, y, font name) of every text run pypdf reports on a page."""
    found: list[tuple[str, float, float, str]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font else ""
            found.append((text.strip(), x, y, name))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


def check_quarters() -> list[str]:
    """Each ■ of b17-kwartaalgantt stands in the quarter column build.py puts it in, each ► in 'na 2028'."""
    import build

    got = runs(ROOT / "b17-kwartaalgantt.pdf")
    heads = sorted(x for t, x, _, _ in got if t in ("Q1", "Q2", "Q3", "Q4"))
    if len(heads) != 8:
        return [f"b17-kwartaalgantt.pdf: {len(heads)} quarter heads, expected 8"]
    rows = {t: y for t, _, y, _ in got if re.fullmatch(r"MW\d", t)}
    seen: set[tuple[str, int]] = set()
    for t, x, y, _ in got:
        if t not in ("■", "►"):
            continue
        code = min(rows, key=lambda c: abs(rows[c] - y))
        if t == "►":
            seen.add((code, 8) if x > heads[-1] + 15 else (code, -1))
        else:
            seen.add((code, min(range(8), key=lambda i: abs(heads[i] - x))))
    expected = {(r[0], i) for r in build.KG_ROWS for i in range(r[4], r[5] + 1)}
    expected |= {(r[0], 8) for r in build.KG_ROWS if r[6]}
    if seen != expected:
        return [f"b17-kwartaalgantt.pdf: marks {sorted(seen)} != rows {sorted(expected)}"]
    return []


def check_columns() -> list[str]:
    """b17-nieuwsbrief has two text columns; the Leeuwarden sentence begins left and ends right."""
    import build

    got = runs(ROOT / "b17-nieuwsbrief.pdf")
    body = [(t, x) for t, x, y, _ in got if 90 < y < 760]
    left = norm(" ".join(t for t, x in body if x < 200))
    right = norm(" ".join(t for t, x in body if x > 250))
    errs = []
    if norm(build.NB_SPLIT_LEFT) not in left or norm(build.NB_SPLIT_LEFT) in right:
        errs.append("b17-nieuwsbrief.pdf: the split sentence does not begin in the left column")
    if norm(build.NB_SPLIT_RIGHT) not in right or norm(build.NB_SPLIT_RIGHT) in left:
        errs.append("b17-nieuwsbrief.pdf: the split sentence does not end in the right column")
    return errs


def check_halves() -> list[str]:
    """In b17-dubbeltabel V1-V4 stand in the left half of the table, V5-V7 in the right half, row by row."""
    import build

    got = runs(ROOT / "b17-dubbeltabel.pdf")
    pos = {t: (x, y) for t, x, y, _ in got if re.fullmatch(r"V\d", t)}
    errs = []
    left = [r[0] for r in build.DT_ROWS[: build.DT_LEFT]]
    right = [r[0] for r in build.DT_ROWS[build.DT_LEFT :]]
    for code in left + right:
        if code not in pos:
            errs.append(f"b17-dubbeltabel.pdf: no code run {code}")
    if errs:
        return errs
    if max(pos[c][0] for c in left) >= min(pos[c][0] for c in right):
        errs.append("b17-dubbeltabel.pdf: the right half does not stand right of the left half")
    for a, b in zip(left, right):
        if abs(pos[a][1] - pos[b][1]) > 2:
            errs.append(f"b17-dubbeltabel.pdf: {a} and {b} are not in one row")
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for name, count in PAGES.items():
        pages = PdfReader(ROOT / name).pages
        if len(pages) != count:
            errs.append(f"{name}: {len(pages)} pages, expected {count}")
    for name, page, words in LAYOUT:
        pages = PdfReader(ROOT / name).pages
        if page > len(pages) or norm(words) not in norm(pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} lacks {words!r}")
    for name, line in LINES:
        if line not in (ROOT / name).read_text(encoding="utf-8").splitlines():
            errs.append(f"{name}: no line {line!r}")
    errs += check_quarters() + check_columns() + check_halves()
    return errs


def split_deps(title: str) -> str:
    for word in DEP_WORDS:
        title = title.split(word)[0]
    return title


def parties(text: str) -> list[str]:
    return [official(n) for n in text.split(", ") if n.strip()]


def expect(code, anchor, lead, partners, period=None, **roles) -> dict:
    return {"code": code, "anchor": anchor, "lead": lead, "partners": partners, "period": period, "roles": roles}


def year(date: str):
    return None if date == "n.t.b." else int(date[-4:])


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {}
    # kwartaalgantt: quarters first..last; '►' leaves the end open
    out["b17-kwartaalgantt"] = [
        expect(
            code,
            split_deps(actie),
            [official(trekker)],
            parties(partners),
            (2027 + first // 4, None if on else 2027 + last // 4),
        )
        for code, actie, trekker, partners, first, last, on in build.KG_ROWS
    ]
    # dubbeltabel: trekker, 'met' partners
    out["b17-dubbeltabel"] = [
        expect(code, split_deps(actie), [official(trekker)], parties(partners))
        for code, actie, trekker, partners, _ in build.DT_ROWS
    ]
    # takenlijst: the open tasks; the section with '(trekker)' leads, the other sections are partners in order
    found: dict[str, dict] = {}
    section = ""
    for line in build.TAKENLIJST_MD.splitlines():
        if line.startswith("## "):
            section = official(line[3:])
        elif m := re.match(r"- \[ \] \*\*(BAR-\d\d)\*\* (.+?)( \(trekker\))? — ", line):
            row = found.setdefault(m.group(1), expect(m.group(1), m.group(2), [], []))
            if m.group(2) != row["anchor"]:
                row["anchor"] = None
            (row["lead"] if m.group(3) else row["partners"]).append(section)
    out["b17-takenlijst"] = list(found.values())
    # formulieren: the checked box is the role; Startdatum/Einddatum the years; withdrawn forms are no action
    rows = []
    for code, name, _, plist, start, end, _, status in build.FORMS:
        if status:
            continue
        roles: dict[str, list[str]] = {k: [] for k in ROLE_KEY.values()}
        for party, role in plist:
            roles[ROLE_KEY[role]].append(official(party))
        rows.append(
            expect(
                code,
                name,
                roles["lead"],
                roles["partners"],
                (year(start), year(end)),
                involved=roles["involved"],
                commissioners=roles["commissioners"],
            )
        )
    out["b17-formulieren"] = rows
    return out


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs: list[str] = []
    for stem, rows in derived().items():
        by_code = {a["code"]: a for a in golds[stem]["actions"]}
        if sorted(by_code) != sorted(r["code"] for r in rows):
            errs.append(f"{stem}: gold codes {sorted(by_code)} != document {sorted(r['code'] for r in rows)}")
        for r in rows:
            a = by_code.get(r["code"])
            if a is None:
                continue
            if a["anchor"] != r["anchor"]:
                errs.append(f"{stem} {r['code']}: anchor {a['anchor']!r} != document {r['anchor']!r}")
            if a["lead"] != r["lead"] or a["partners"] != r["partners"]:
                errs.append(
                    f"{stem} {r['code']}: gold {a['lead']}/{a['partners']} != document {r['lead']}/{r['partners']}"
                )
            for key, names in r["roles"].items():
                if a[key] != names:
                    errs.append(f"{stem} {r['code']}: gold {key} {a[key]} != document {names}")
            if r["period"] is not None and (a["start_year"], a["end_year"]) != tuple(r["period"]):
                errs.append(f"{stem} {r['code']}: gold period != document {r['period']}")
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
    docs = {p.name for p in ROOT.glob("b17-*")}
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
