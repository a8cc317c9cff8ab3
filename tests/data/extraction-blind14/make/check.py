"""Check the blind14 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line, and in a text table stay inside one cell (no tab, '|' or '<br>' in it). The layout each document
stresses is checked per page (LAYOUT, NOT_ON_PAGE, PAGES, LINES): the header row of b14-kop-onderaan low on
page 1 and its rows only on page 2, the motievolglijst header and its 'Afgedaan' rows, the Kartrekker/Meedoen
keys of b14-projectenboek, the bullets of b14-kamerbrief, the ';'-joined cells of b14-puntkomma-acties, the
tab lines of b14-ampersand and the three levels of b14-geneste-lijst. The roles (and for b14-puntkomma-acties
the anchors and periods) of the three tables written from rows in build.py are derived from those rows through
the documents' legends and compared with the gold. Exit code 1 on any problem.
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
CELL_BREAKS = ("|", "<br>", "\t")
COUNT = (5, 8)
TOTAL = (45, 55)
MM = 72 / 25.4
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b14-motievolglijst.pdf", 1, "Nr Motie/toezegging Portefeuillehouder Afdoening Stand van zaken"),
    ("b14-motievolglijst.pdf", 1, "Afgedaan. In september 2026 zijn 48 bankjes geplaatst."),
    ("b14-motievolglijst.pdf", 1, "Afgedaan. De informatieavond is op 4 oktober 2026 gehouden."),
    ("b14-motievolglijst.pdf", 1, "wethouder El Idrissi vanaf 2027, jaarlijks"),
    ("b14-kop-onderaan.pdf", 1, "Acties Nr. Actie Trekker Partners Periode"),
    ("b14-kop-onderaan.pdf", 2, "S1 Beekherstel van de Soestwetering"),
    ("b14-kop-onderaan.pdf", 2, "S7 Monitor water en bodem Salland"),
    (
        "b14-projectenboek.pdf",
        1,
        "Kartrekker NZV Meedoen prov. Groningen, ACW Looptijd 2026-2029 Samenhang –",
    ),
    ("b14-projectenboek.pdf", 1, "Samenhang bouwt voort op de resultaten van Project 1"),
    ("b14-kamerbrief.pdf", 1, "• We laten RWS in 2027 en 2028"),
    ("b14-kamerbrief.pdf", 1, "• We hebben in 2025 de verkenning"),
    ("b14-kamerbrief.pdf", 1, "heeft mij laten weten dat zij: • in 2027 een gebiedsproces"),
    ("b14-puntkomma-acties.pdf", 1, "Nr. Actie Trekker Partners Planning"),
    ("b14-puntkomma-acties.pdf", 1, "gem. Uithoorn Waternet 2026-2028; 2027; 2029"),
    ("b14-puntkomma-acties.pdf", 1, "gem. Aalsmeer AGV 2026-2027; vanaf 2027"),
]
# (file, 1-based page, words that must NOT be on that page)
NOT_ON_PAGE = [
    ("b14-kop-onderaan.pdf", 1, "S1"),
    ("b14-kop-onderaan.pdf", 2, "Trekker"),
    ("b14-projectenboek.pdf", 1, "Partners"),
    ("b14-projectenboek.pdf", 1, "Betrokken"),
]
PAGES = {
    "b14-motievolglijst.pdf": 1,
    "b14-kop-onderaan.pdf": 2,
    "b14-projectenboek.pdf": 1,
    "b14-kamerbrief.pdf": 1,
    "b14-puntkomma-acties.pdf": 1,
}
# the header row of b14-kop-onderaan stands in the lowest part of page 1 (its baseline, in mm from the bottom)
KOP_HEADER_MAX_MM = 50
# (file, a whole line of the text document)
LINES = [
    ("b14-ampersand.txt", "Nr\tMaatregel\tWie\tPeriode"),
    (
        "b14-ampersand.txt",
        "VP3\tNatuurverbinding Voornes Duin – Brielse Meer\tprovincie en waterschap\t2026-2029",
    ),
    (
        "b14-ampersand.txt",
        "VP7\tEvaluatie van de gebiedsagenda\tprovincie & gemeenten Voorne aan Zee en Nissewaard\t2029",
    ),
    ("b14-geneste-lijst.md", "1. Water"),
    ("b14-geneste-lijst.md", "   1.1 Regenwater afkoppelen in Geleen-Zuid – gemeente Sittard-Geleen, met WL"),
    ("b14-geneste-lijst.md", "       1.1.1 Ontwerp gereed – maart 2027"),
    ("b14-geneste-lijst.md", "   2.2 Groene schoolpleinen in Sittard – gemeente Sittard-Geleen"),
]
# the documents' own short names -> the official names the gold uses (from each document's legend or
# "(hierna: ...)")
ROLE_NAMES = {
    "WDODelta": "Waterschap Drents Overijsselse Delta",
    "PO": "Provincie Overijssel",
    "LO": "Landschap Overijssel",
    "RWS": "Rijkswaterstaat",
    "provincie": "Provincie Zuid-Holland",
    "waterschap": "Waterschap Hollandse Delta",
    "NMZH": "Natuur- en Milieufederatie Zuid-Holland",
    "AGV": "Waterschap Amstel, Gooi en Vecht",
    "PNH": "Provincie Noord-Holland",
}


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
            if gold["type"] == "text-table" and any(b in a["anchor"] for b in CELL_BREAKS):
                errs.append(f"{doc.name}: anchor runs over a cell boundary: {a['anchor']!r}")
    anchors = [norm(a["anchor"]) for a in actions]
    for kind, quote in quotes:
        if kind in ("not_commitment", "reported_plan") and any(
            norm(quote) in an or an in norm(quote) for an in anchors
        ):
            errs.append(f"{doc.name}: {kind} overlaps an anchor: {quote!r}")
    return errs


def header_height_mm(path: Path) -> float:
    """Lowest baseline (mm from the bottom) of the word 'Trekker' on page 1 of b14-kop-onderaan."""
    found: list[float] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip() == "Trekker":
            found.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5]) / MM)

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return min(found) if found else float("inf")


def check_layout() -> list[str]:
    errs: list[str] = []
    for name, count in PAGES.items():
        pages = PdfReader(ROOT / name).pages
        if len(pages) != count:
            errs.append(f"{name}: {len(pages)} pages, expected {count}")
        for i, page in enumerate(pages, start=1):
            if float(page.mediabox.width) > float(page.mediabox.height):
                errs.append(f"{name}: page {i} is landscape")
    for name, page, words in LAYOUT:
        pages = PdfReader(ROOT / name).pages
        if page > len(pages) or norm(words) not in norm(pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} lacks {words!r}")
    for name, page, words in NOT_ON_PAGE:
        pages = PdfReader(ROOT / name).pages
        if page <= len(pages) and norm(words) in norm(pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} holds {words!r}")
    low = header_height_mm(ROOT / "b14-kop-onderaan.pdf")
    if low > KOP_HEADER_MAX_MM:
        errs.append(f"b14-kop-onderaan.pdf: the header row stands {low:.0f} mm from the bottom of page 1")
    bullets = (ROOT / "b14-kamerbrief.pdf").exists() and document_text(ROOT / "b14-kamerbrief.pdf").count("•")
    if bullets != 10:
        errs.append(f"b14-kamerbrief.pdf: {bullets} bullets, expected 10")
    for name, line in LINES:
        if line not in (ROOT / name).read_text(encoding="utf-8").splitlines():
            errs.append(f"{name}: no line {line!r}")
    return errs


def roles_of(gold: dict) -> dict[str, dict[str, list[str]]]:
    return {
        a["anchor"]: {k: a[k] for k in ("lead", "partners", "involved", "commissioners")}
        for a in gold["actions"]
    }


def roles(lead: list[str], partners: list[str]) -> dict[str, list[str]]:
    return {"lead": lead, "partners": partners, "involved": [], "commissioners": []}


def expected_wie(cell: str) -> dict[str, list[str]]:
    """'A & B en C', 'gemeenten X en Y': the first named leads, the others are partners, in order."""
    names: list[str] = []
    for part in cell.split(" & "):
        if part.startswith("gemeenten "):
            names += ["Gemeente " + n for n in part.removeprefix("gemeenten ").split(" en ")]
        else:
            names += [official(n) for n in part.split(" en ")]
    return roles(names[:1], names[1:])


def period(text: str) -> tuple[int | None, int | None]:
    """The neutral Planning cell: '2026-2028', '2027', 'vanaf 2027'."""
    if text.startswith("vanaf "):
        return int(text.split()[1]), None
    first, _, last = text.partition("-")
    return int(first), int(last or first)


def check_roles(golds: dict[str, dict]) -> list[str]:
    import build  # the rows the documents are written from

    errs: list[str] = []
    expected = {
        "b14-ampersand": {row[1]: expected_wie(row[2]) for row in build.AMP_ROWS},
        "b14-kop-onderaan": {
            row[1]: roles([official(row[2])], [official(n) for n in row[3].split(", ")])
            for row in build.KOP_ROWS
        },
        "b14-puntkomma-acties": {},
    }
    for nr, cell, lead, partners, planning in build.PK_ROWS:
        parts, periods = cell.split("; "), planning.split("; ")
        if len(parts) != len(periods):
            errs.append(f"b14-puntkomma-acties {nr}: {len(parts)} actions but {len(periods)} periods")
        by_anchor = {a["anchor"]: a for a in golds["b14-puntkomma-acties"]["actions"]}
        for part, when in zip(parts, periods, strict=False):
            expected["b14-puntkomma-acties"][part] = roles(
                [official(lead)], [official(n) for n in partners.split(", ")]
            )
            a = by_anchor.get(part)
            if a is None:
                continue
            if (a["start_year"], a["end_year"]) != period(when):
                errs.append(f"b14-puntkomma-acties {part!r}: gold period != {when!r}")
            if a["code"] != (nr if len(parts) == 1 else ""):
                errs.append(f"b14-puntkomma-acties {part!r}: code {a['code']!r}")
    for stem, rows in expected.items():
        got = roles_of(golds[stem])
        if set(got) != set(rows):
            errs.append(f"{stem}: anchors {sorted(got)} != rows {sorted(rows)}")
        for anchor in rows:
            if anchor in got and got[anchor] != rows[anchor]:
                errs.append(f"{stem} {anchor!r}: gold roles {got[anchor]} != document {rows[anchor]}")
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
    docs = {p.name for p in ROOT.glob("b14-*")}
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
