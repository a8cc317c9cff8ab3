"""Check the blind13 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line, and in a text table stay inside one cell (no '|' or '<br>' in it). The layout each document stresses
is checked (LAYOUT, PAGES, LANDSCAPE, check_span, check_grid, check_letter_lines): the two planning
columns of b13-voortgang, the merged Periode cells of b13-periode-samengevoegd (each value printed once,
beside the middle or the first row of its span), the amounts and total row of b13-investeringsagenda, the
English headers of b13-engelse-koppen, the ASCII grid of b13-rastertabel, the numbered afspraken of
b13-bestuurlijke-brief and the 'Wie: ... — Wanneer: ...' line under each item of b13-lettercodes. The roles
and periods in the gold of the six documents written from rows in build.py are compared with those rows
through the documents' legends (ROLE_NAMES, period_of). Exit code 1 on any problem.
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
# actions per document: 5-8; 45-52 in all
COUNTS: dict[str, tuple[int, int]] = {}
DEFAULT_COUNT = (5, 8)
TOTAL = (45, 52)
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b13-voortgang.pdf", 1, "Nr Actie Trekker Oorspronkelijke planning Nieuwe planning Status"),
    ("b13-voortgang.pdf", 1, "gem. Hellendoorn 2026-2027 ongewijzigd loopt"),
    ("b13-voortgang.pdf", 1, "LO 2025 2025-2026 afgerond (september 2026)"),
    ("b13-voortgang.pdf", 1, "SBB 2026-2028 vanaf 2027 vertraagd"),
    ("b13-periode-samengevoegd.pdf", 1, "Nr. Maatregel Trekker Partners Periode"),
    (
        "b13-investeringsagenda.pdf",
        1,
        "Project Projecttrekker Cofinanciers Totale kosten Bijdrage Rijk Start realisatie Oplevering",
    ),
    ("b13-investeringsagenda.pdf", 1, "€ 2.027.500 € 800.000 2027 2030"),
    ("b13-investeringsagenda.pdf", 1, "Totaal € 34,0 mln € 10,0 mln"),
    ("b13-investeringsagenda.pdf", 1, "€ 3,1 mln € 0,9 mln 2027 n.t.b."),
    ("b13-engelse-koppen.pdf", 1, "Action Owner Partners Timeline Dependencies"),
    ("b13-engelse-koppen.pdf", 1, "Sitech, Prov. Limburg by end 2029 CH-2, CH-3"),
    ("b13-bestuurlijke-brief.pdf", 1, "Aan het college van Gedeputeerde Staten van Utrecht"),
    ("b13-bestuurlijke-brief.pdf", 1, "Afspraken 1. Het Rijk stelt in 2027 en 2028"),
    ("b13-bestuurlijke-brief.pdf", 1, "Waarover wij geen afspraak maakten"),
]
PAGES = {
    "b13-voortgang.pdf": 1,
    "b13-periode-samengevoegd.pdf": 1,
    "b13-investeringsagenda.pdf": 1,
    "b13-engelse-koppen.pdf": 1,
    "b13-bestuurlijke-brief.pdf": 1,
}
LANDSCAPE = {"b13-engelse-koppen.pdf"}
# the documents' own short names -> the official names the gold uses (from each document's legend)
ROLE_NAMES = {
    "WDODelta": "Waterschap Drents Overijsselse Delta",
    "Prov. Ov.": "Provincie Overijssel",
    "LO": "Landschap Overijssel",
    "SBB": "Staatsbosbeheer",
    "WF": "Wetterskip Fryslân",
    "PF": "Provincie Fryslân",
    "RWS": "Rijkswaterstaat",
    "NM": "Natuurmonumenten",
    "Prov. N-Br.": "Provincie Noord-Brabant",
    "AenM": "Waterschap Aa en Maas",
    "ZLTO": "Zuidelijke Land- en Tuinbouworganisatie",
    "Enexis": "Enexis Netbeheer",
    "Prov. Limburg": "Provincie Limburg",
    "WL": "Waterschap Limburg",
    "Sitech": "Sitech Services",
    "BCC": "Brightlands Chemelot Campus",
    "UM": "Universiteit Maastricht",
    "Zuyd": "Zuyd Hogeschool",
    "WSZZ": "Waterschap Zuiderzeeland",
    "Prov. Fl.": "Provincie Flevoland",
    "WUR": "Wageningen University & Research",
    "Flevo-landschap": "Het Flevo-landschap",
    "gem. NEF": "Gemeente Noardeast-Fryslân",
}


def norm(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\u2010\u2011\u2012\u2013\u2014]+", "", text).lower()


def official(name: str) -> str:
    name = name.strip()
    if name in ROLE_NAMES:
        return ROLE_NAMES[name]
    if name.lower().startswith("gem. ") or name.lower().startswith("gemeente "):
        return "Gemeente " + name.split(" ", 1)[1]
    return name


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


def page_texts(name: str) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(ROOT / name).pages]


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
        pages = page_texts(name)
        if page > len(pages) or norm(words) not in norm(pages[page - 1]):
            errs.append(f"{name}: page {page} lacks {words!r}")
    return errs


def text_heights(name: str) -> dict[str, list[float]]:
    """The heights (y) on page 1 at which each text fragment is drawn, in drawing order."""
    seen: dict[str, list[float]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            seen.setdefault(text.strip(), []).append(tm[5] * cm[3] + cm[5])

    PdfReader(ROOT / name).pages[0].extract_text(visitor_text=visit)
    return seen


def check_span(build) -> list[str]:
    """Each merged Periode value is printed once, beside the middle row (MIDDLE) or the first row (TOP)."""
    name = "b13-periode-samengevoegd.pdf"
    errs: list[str] = []
    text = page_texts(name)[0]
    table = text.split("Periode", 1)[1]
    heights = text_heights(name)
    for first, count, value, valign in build.SPANS:
        if table.count(value) != 1:
            errs.append(f"{name}: {value!r} printed {table.count(value)} times in the table")
        row = first + (count // 2 if valign == "MIDDLE" else 0)
        code = build.SPAN_ROWS[row][0]
        if value not in heights or code not in heights:
            errs.append(f"{name}: no position for {value!r} or {code!r}")
            continue
        # the value's last drawing is the one in the table (the title may hold it too); the code's first
        gap = abs(heights[value][-1] - heights[code][0])
        if valign == "TOP" and gap > 2:
            errs.append(f"{name}: {value!r} is not at the top of its span, beside {code}")
        elif valign == "MIDDLE" and gap > 14:
            errs.append(f"{name}: {value!r} is not in the middle of its span, beside {code}")
    return errs


def check_grid(build) -> list[str]:
    """b13-rastertabel: every grid line has the same width and the '|' or '+' at the same places."""
    lines = (ROOT / "b13-rastertabel.txt").read_text(encoding="utf-8").splitlines()
    grid = [line for line in lines if line and line[0] in "+|"]
    errs: list[str] = []
    # top rule, header line, '=' rule, then each row's lines and the rule under it
    if len(grid) != 3 + sum(max(len(c) for c in row) + 1 for row in build.GRID_ROWS):
        errs.append(f"b13-rastertabel.txt: {len(grid)} grid lines")
    bars = {i for i, ch in enumerate(grid[0]) if ch == "+"}
    for line in grid:
        marks = {i for i, ch in enumerate(line) if ch in "+|"}
        if len(line) != len(grid[0]) or marks != bars:
            errs.append(f"b13-rastertabel.txt: line out of the grid: {line!r}")
    if not any(set(line) <= set("+=") for line in grid):
        errs.append("b13-rastertabel.txt: no '+====+' rule under the header")
    return errs


def check_letter_lines(build) -> list[str]:
    """b13-lettercodes: each item with a Wie is followed by its 'Wie: ... — Wanneer: ...' line; C has none."""
    lines = [line.strip() for line in (ROOT / "b13-lettercodes.md").read_text(encoding="utf-8").splitlines()]
    errs: list[str] = []
    for code, title, who, when, level in build.LETTER_ITEMS:
        head = f"**{code}. {title}**" if level == 0 else f"- **{code}** {title}"
        if head not in lines:
            errs.append(f"b13-lettercodes.md: no line {head!r}")
            continue
        after = lines[lines.index(head) + 1]
        expected = f"Wie: {who} — Wanneer: {when}" if who else ""
        if after != expected:
            errs.append(f"b13-lettercodes.md: under {code} {after!r}, expected {expected!r}")
    return errs


def period_of(cell: str) -> tuple[int | None, int | None]:
    """A neutral period cell: 'vanaf/from Y' -> Y/-, 'uiterlijk/by end Y' -> -/Y, ongoing -> -/-, years."""
    years = [int(y) for y in re.findall(r"\b20\d\d\b", cell)]
    low = cell.lower()
    if low.startswith(("vanaf", "from")):
        return years[0], None
    if low.startswith(("uiterlijk", "by end")):
        return None, years[-1]
    if not years:
        return None, None
    return years[0], years[-1]


def names(cell: str) -> list[str]:
    return [official(n) for n in cell.split(", ")] if cell not in ("", "–") else []


def row(code: str, lead: list[str], partners: list[str], period: tuple, commissioners=(), deps=()) -> dict:
    return {
        "code": code,
        "lead": lead,
        "partners": partners,
        "commissioners": list(commissioners),
        "start_year": period[0],
        "end_year": period[1],
        "dependencies": list(deps),
    }


def expected_rows(build) -> dict[str, list[dict]]:
    """What the rows in build.py say, in the shape of the gold (order of the document)."""
    out: dict[str, list[dict]] = {}
    out["b13-voortgang"] = [
        row(nr, [official(lead)], [], period_of(old if new == "ongewijzigd" else new))
        for nr, _, lead, old, new, _ in build.VOORTGANG_ROWS
    ]
    out["b13-periode-samengevoegd"] = [
        row(nr, [official(lead)], names(partners), period_of(build.period_of_row(i)))
        for i, (nr, _, lead, partners) in enumerate(build.SPAN_ROWS)
    ]
    out["b13-investeringsagenda"] = [
        row("", [official(lead)], [], (period_of(start)[0], period_of(end)[1]), commissioners=names(cof))
        for _, lead, cof, _, _, start, end in build.INVEST_ROWS
    ]
    out["b13-engelse-koppen"] = [
        row(
            code,
            [official(lead)],
            names(partners),
            period_of(when),
            deps=[{"kind": "depends", "target": t} for t in deps.split(", ") if t != "–"],
        )
        for code, _, lead, partners, when, deps in build.ENGLISH_ROWS
    ]
    out["b13-rastertabel"] = [
        row(nr[0], [official(" ".join(lead))], names(" ".join(partners)), period_of(" ".join(when)))
        for nr, _, lead, partners, when in build.GRID_ROWS
    ]
    out["b13-lettercodes"] = [
        row(code, names(who)[:1], names(who)[1:], period_of(when))
        for code, _, who, when, _ in build.LETTER_ITEMS
        if who
    ]
    return out


def check_roles(golds: dict[str, dict]) -> list[str]:
    import build  # the rows the documents are written from

    errs: list[str] = []
    for stem, rows in expected_rows(build).items():
        actions = golds[stem]["actions"]
        if len(actions) != len(rows):
            errs.append(f"{stem}: {len(actions)} gold actions, {len(rows)} rows")
            continue
        for a, want in zip(actions, rows, strict=True):
            for key, value in want.items():
                # dependencies written in a cell's text (not in a column) are read by hand
                if key == "dependencies" and stem != "b13-engelse-koppen":
                    continue
                if a[key] != value:
                    errs.append(f"{stem} {a['code'] or a['anchor'][:30]}: gold {key} {a[key]!r} != {value!r}")
    errs += check_span(build)
    errs += check_grid(build)
    errs += check_letter_lines(build)
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
    docs = {p.name for p in ROOT.glob("b13-*")}
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
