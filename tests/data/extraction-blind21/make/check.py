"""Check the blind21 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md document an anchor must also stand on one line.
Page counts and a few header and cell sequences are checked (PAGES, LAYOUT), and the roles, anchors and periods
of the four tables and lists are derived from build.py's rows (the Rol rows, Eigenaar/Uitvoerder, the footnote
of the actielijst, the Trekker/Betrokken lines) and compared with the gold; the letter's bullets give its
periods. Exit code 1 on any problem.
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
COUNT = (4, 8)
TOTAL = (24, 40)
NUMBERED_LETTERS: set[str] = set()
PAGES = {"b21-rolkolom.pdf": 1, "b21-eigenaar.pdf": 1, "b21-wijgaan.pdf": 1, "b21-voetnoot.pdf": 1}
LAYOUT = [
    ("b21-rolkolom.pdf", 1, "Actie Partij Rol Actie 1. Hittekaart en hitteplan voor Goor en Delden"),
    ("b21-rolkolom.pdf", 1, "Landschap Overijssel Betrokken"),
    ("b21-eigenaar.pdf", 1, "Nr. Actie Eigenaar Uitvoerder Planning L1"),
    ("b21-eigenaar.pdf", 1, "najaar 2027 – voorjaar 2028"),
    ("b21-wijgaan.pdf", 1, "Wij gaan:"),
    ("b21-voetnoot.pdf", 1, "Nr. Actie Actiehouder Gereed"),
    ("b21-voetnoot.pdf", 1, "WHA = Waterschap Hunze en Aa's"),
]
NAMES = {
    "b21-rolkolom": {
        "gemeente hof van twente": "Gemeente Hof van Twente",
        "ggd twente": "GGD Twente",
        "waterschap vechtstromen": "Waterschap Vechtstromen",
        "landschap overijssel": "Landschap Overijssel",
        "vitens": "Vitens",
        "provincie overijssel": "Provincie Overijssel",
        "lto noord": "LTO Noord",
    },
    "b21-eigenaar": {
        "provincie gelderland": "Provincie Gelderland",
        "waterschap rijn en ijssel": "Waterschap Rijn en IJssel",
        "gemeente lochem": "Gemeente Lochem",
        "natuurmonumenten": "Vereniging Natuurmonumenten",
        "ggd noord- en oost-gelderland": "GGD Noord- en Oost-Gelderland",
    },
    "b21-voetnoot": {  # through the footnote under the table
        "wha*": "Waterschap Hunze en Aa's",
        "wmd*": "Waterleidingmaatschappij Drenthe",
        "pdr*": "Provincie Drenthe",
        "gem. assen": "Gemeente Assen",
    },
    "b21-trekker": {
        "waterschap vechtstromen": "Waterschap Vechtstromen",
        "gemeente borger-odoorn": "Gemeente Borger-Odoorn",
        "staatsbosbeheer": "Staatsbosbeheer",
        "provincie drenthe": "Provincie Drenthe",
        "lto noord": "LTO Noord",
    },
    "b21-wijgaan": {
        "waterschap hunze en aa's": "Waterschap Hunze en Aa's",
        "het drentse landschap": "Het Drentse Landschap",
        "ggd drenthe": "GGD Drenthe",
        "de wmd": "Waterleidingmaatschappij Drenthe",
    },
}


def norm(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\u2010\u2011\u2012\u2013\u2014]+", "", text).lower().replace("\u2019", "'")


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
    if letter and codes and path.stem not in NUMBERED_LETTERS:
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


def resolve(name: str, doc: str) -> str:
    return NAMES[doc][" ".join(name.split()).strip().lower()]


def period(text: str, deadline: bool = False):
    """'2027-2029', '2027', 'najaar 2027 – voorjaar 2028' (a season counts as its year); a Gereed year is a deadline."""
    text = re.sub(r"(?:voorjaar|najaar|zomer|winter) (\d{4})", r"\1", text.strip()).replace(" – ", "-")
    if m := re.fullmatch(r"(\d{4})-(\d{4})", text):
        return (int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(\d{4})", text):
        y = int(m.group(1))
        return (None, y) if deadline else (y, y)
    raise ValueError(text)


def blank(code, anchor, span, lead, partners=(), involved=(), commissioners=(), deps=()):
    return {
        "code": code,
        "anchor": anchor,
        "lead": list(lead),
        "partners": list(partners),
        "involved": list(involved),
        "commissioners": list(commissioners),
        "period": tuple(span),
        "deps": list(deps),
    }


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {}
    d = "b21-rolkolom"
    rows = []
    for nr, title, pe, parties in build.RK_ACTIONS:
        by = {
            rol: [resolve(p, d) for p, r in parties if r == rol]
            for rol in ("Trekker", "Partner", "Betrokken")
        }
        rows.append(blank(nr, title, period(pe), by["Trekker"], by["Partner"], by["Betrokken"]))
    out[d] = rows
    d = "b21-eigenaar"  # the uitvoerder leads; an eigenaar other than the uitvoerder is the commissioner
    out[d] = [
        blank(c, a, period(pe), [resolve(u, d)], commissioners=[resolve(e, d)] if e != u else [])
        for c, a, e, u, pe in build.EU_ROWS
    ]
    d = "b21-voetnoot"
    out[d] = [blank(c, a, period(g, deadline=True), [resolve(h, d)]) for c, a, h, g in build.VN_ROWS]
    d = "b21-trekker"
    rows = []
    for m in re.finditer(r"^(\d\.\d) (.+)\nTrekker: (.+)\nBetrokken: (.+)\nPlanning: (.+)$", build.MD, re.M):
        code, title, trekker, betrokken, planning = m.groups()
        plan, _, rest = planning.partition(", ")
        deps = [("starts_after", t) for t in re.findall(r"na afronding van (\d\.\d)", rest)]
        involved = [resolve(p, d) for p in betrokken.split(", ")]
        rows.append(blank(code, title, period(plan), [resolve(trekker, d)], involved=involved, deps=deps))
    out[d] = rows
    return out


LETTER_PERIODS = [  # the words opening a bullet -> (start, end)
    (r"in (\d{4}) en (\d{4}) ", lambda a, b: (a, b)),
    (r"vanaf (\d{4}) ", lambda a: (a, None)),
    (r"uiterlijk (\d{4}) ", lambda a: (None, a)),
    (r"in (\d{4}) ", lambda a: (a, a)),
]


def check_letter(gold: dict) -> list[str]:
    """b21-wijgaan: every bullet under 'Wij gaan:' is one commitment of the gemeente; its period opens it, its
    'met'/'samen met' party is the partner."""
    import build

    errs = []
    if len(build.WG_BULLETS) != len(gold["actions"]):
        errs.append("b21-wijgaan: bullets and gold actions differ in number")
    for bullet, a in zip(build.WG_BULLETS, gold["actions"]):
        for pattern, fn in LETTER_PERIODS:
            if m := re.match(pattern, bullet):
                want = fn(*map(int, m.groups()))
                break
        else:
            errs.append(f"b21-wijgaan: no period at the start of {bullet[:40]!r}")
            continue
        if a["anchor"] not in bullet or (a["start_year"], a["end_year"]) != want:
            errs.append(f"b21-wijgaan: {a['anchor'][:40]!r} not in its bullet or period not {want}")
        partners = [
            full
            for short, full in NAMES["b21-wijgaan"].items()
            if re.search(r"\bmet " + re.escape(short), bullet, re.I)
        ]
        if a["lead"] != ["Gemeente Tynaarlo"] or a["partners"] != partners or a["code"]:
            errs.append(f"b21-wijgaan: {a['anchor'][:40]!r} sender or partners wrong, expected {partners}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs: list[str] = []
    for stem, rows in derived().items():
        actions = golds[stem]["actions"]
        if len(rows) != len(actions):
            errs.append(f"{stem}: {len(actions)} gold actions, {len(rows)} in the document")
        for r, a in zip(rows, actions):
            key = r["code"] or r["anchor"][:30]
            got = (
                a["code"],
                a["anchor"],
                a["lead"],
                a["partners"],
                a["involved"],
                a["commissioners"],
                (a["start_year"], a["end_year"]),
                a["dependencies"],
            )
            deps = [{"kind": k, "target": t} for k, t in r["deps"]]
            want = (
                r["code"],
                r["anchor"],
                r["lead"],
                r["partners"],
                r["involved"],
                r["commissioners"],
                r["period"],
                deps,
            )
            if got != want:
                errs.append(f"{stem} {key}: gold {got} != document {want}")
            if a["support"] or a["period_is_ambiguous"]:
                errs.append(f"{stem} {key}: no support and no ambiguous period in these documents")
    errs += check_letter(golds["b21-wijgaan"])
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
    return errs


def main() -> int:
    sys.path.insert(0, str(MAKE))
    import gold as gold_source

    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b21-*")}
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
