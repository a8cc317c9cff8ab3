"""Check the blind31 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md document an anchor must also stand on one line. Page
counts, portrait orientation and PDF sizes are checked; code, anchor, roles and period are derived: of the
weekplanning from build.py's rows (Uitvoerder → lead, In samenwerking met → partners, the years of the ISO-week
cell: a range → first/last year, one year → start = end, 'vanaf' → year/null), of the actielijst from build.py's
rows (the domain of the 'Contact trekker' address → lead, each domain also explained in the note under the table;
Partners → partners, Betrokken → involved), of the gedeputeerde's letter from build.py's paragraphs (the actions are
exactly the 'Ik zal' sentences with a year, led by the Provincie Noord-Holland, partners after 'met'), of the
jaarschijven from build.py's year tables (first and last jaarschijf in which a code stands; the years must be
consecutive), and of the programmajaren by parsing the Markdown table and the 'Looptijd' sentence (jaar n →
year). Exit code 1 on any problem.
"""

import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

MAKE = Path(__file__).resolve().parent
ROOT = MAKE.parent
GOLD = ROOT / "gold"
sys.path.insert(0, str(MAKE))
import build  # noqa: E402
import gold as gold_source  # noqa: E402
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
TOTAL = (22, 30)
# file -> (pages, landscape)
PAGES = {"b31-weekplanning.pdf": (1, False), "b31-contactpersonen.pdf": (1, False), "b31-gedeputeerde.pdf": (1, False),
         "b31-jaarschijven.pdf": (1, False)}

G = gold_source
# names as printed in the documents -> official names
NAMES = {
    "gemeente peel en maas": G.PEM,
    "waterschap limburg": G.WL,
    "provincie limburg": G.PLI,
    "stichting het limburgs landschap": G.HLL,
    "gemeente hardenberg": G.HARDENBERG,
    "gemeente dalfsen": G.DALFSEN,
    "waterschap drents overijsselse delta": G.WDOD,
    "provincie overijssel": G.POV,
    "vitens": G.VITENS,
    "de gemeente texel": G.TEXEL,
    "het hoogheemraadschap hollands noorderkwartier": G.HHNK,
    "staatsbosbeheer": G.SBB,
    "gemeente westerkwartier": G.WKW,
    "waterschap noorderzijlvest": G.NZV,
    "provincie groningen": G.PGR,
    "stichting het groninger landschap": G.GRL,
    "gemeente aa en hunze": G.AEH,
    "waterschap hunze en aa's": G.HAA,
    "provincie drenthe": G.PDR,
    "stichting het drentse landschap": G.DRL,
}
# e-mail domains of the actielijst -> the words of its note, and the official name
DOMAINS = {
    "hardenberg.nl": ("gemeenten Hardenberg", G.HARDENBERG),
    "dalfsen.nl": ("en Dalfsen", G.DALFSEN),
    "wdodelta.nl": ("is Waterschap Drents Overijsselse Delta", G.WDOD),
    "overijssel.nl": ("is de provincie Overijssel", G.POV),
    "vitens.nl": ("is Vitens", G.VITENS),
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
        errs.append(f"{where}: no lead (every action of this set has a lead)")
    for key in ROLE_KEYS:
        if not isinstance(a[key], list) or not all(isinstance(n, str) and n for n in a[key]):
            errs.append(f"{where}: {key} must be a list of names")
    names_ = [n for key in ROLE_KEYS for n in a[key]]
    if len(names_) != len(set(names_)):
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
    if doc.suffix in (".md", ".txt"):
        lines = [" ".join(line.split()).lower() for line in raw.splitlines()]
        for a in actions:
            if not any(" ".join(a["anchor"].split()).lower() in line for line in lines):
                errs.append(f"{doc.name}: anchor not on one line: {a['anchor']!r}")
    anchors = [norm(a["anchor"]) for a in actions]
    for kind, quote in quotes:
        if kind != "anchor" and any(norm(quote) in an or an in norm(quote) for an in anchors):
            errs.append(f"{doc.name}: {kind} overlaps an anchor: {quote!r}")
    return errs


def name(cell: str) -> str:
    return NAMES[" ".join(cell.split()).strip().lower()]


def names(cell: str, sep: str = ",") -> list[str]:
    return [] if cell.strip() in ("–", "-", "") else [name(p) for p in cell.split(sep)]


def years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"20\d\d", text)]


def period(cell: str):
    """'2027-2029', '2028', 'vanaf 2028', 'uiterlijk 2028'."""
    ys = years(cell)
    if cell.startswith("uiterlijk"):
        return None, ys[0]
    if cell.startswith("vanaf"):
        return ys[0], None
    return ys[0], ys[-1]


def expect(a: dict, where: str, lead, partners, start, end, extra=None) -> list[str]:
    errs = []
    got = (a["lead"], a["partners"], a["start_year"], a["end_year"])
    if got != (lead, partners, start, end):
        errs.append(f"{where}: gold {got} != derived {(lead, partners, start, end)}")
    for key in ("involved", "commissioners", "support"):
        value = (extra or {}).get(key, [])
        if a[key] != value:
            errs.append(f"{where}: {key} {a[key]} != derived {value}")
    return errs


def check_weekplanning(g: dict) -> list[str]:
    errs: list[str] = []
    for a, (code, title, lead, met, weeks) in zip(g["actions"], build.WP_ROWS, strict=True):
        where = f"b31-weekplanning {code}"
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        if not re.fullmatch(r"(vanaf )?wk \d{1,2}( 20\d\d)?( – wk \d{1,2})? 20\d\d", weeks):
            errs.append(f"{where}: the Uitvoering cell is not in weeks: {weeks!r}")
        errs += expect(a, where, [name(lead)], names(met), *period(weeks))
    for q in (build.WP_PAST, build.WP_NOTE):
        if q not in g["not_commitments"]:
            errs.append(f"b31-weekplanning: not_commitment missing: {q!r}")
    return errs


def check_contactpersonen(g: dict) -> list[str]:
    errs: list[str] = []
    for domain, (words, _) in DOMAINS.items():
        if domain not in build.CP_DOMAINS or words not in build.CP_DOMAINS:
            errs.append(f"b31-contactpersonen: domain {domain} not explained in the note")
    for a, (code, title, mail, met, betrokken, when) in zip(g["actions"], build.CP_ROWS, strict=True):
        where = f"b31-contactpersonen {code}"
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        lead = DOMAINS[mail.split("@")[1]][1]
        errs += expect(a, where, [lead], names(met), *period(when), {"involved": names(betrokken)})
    return errs


def letter_period(text: str):
    """'in 2027 en 2028', 'vanaf 2027', 'uiterlijk 2028', 'in 2029'."""
    ys = years(text)
    if re.search(r"\bvanaf 20\d\d", text):
        return ys[0], None
    if re.search(r"\buiterlijk 20\d\d", text):
        return None, ys[0]
    return ys[0], ys[-1]


def check_gedeputeerde(g: dict) -> list[str]:
    errs: list[str] = []
    derived = [p for p in build.GD_PARAS if p.startswith("Ik zal ") and years(p)]
    if [p.rstrip(".") for p in derived] != [a["anchor"] for a in g["actions"]]:
        errs.append("b31-gedeputeerde: the actions are not exactly the 'Ik zal' sentences with a year")
    for p, a in zip(derived, g["actions"]):
        m = re.search(r"\bmet ((?:de |het )?[A-Z]?[a-z]*\s?[A-Z][\w ]*?) (?:de|het) ", p)
        partners = [name(m.group(1))] if m else []
        errs += expect(a, f"b31-gedeputeerde {p[:30]!r}", [G.PNH], partners, *letter_period(p))
    for p in build.GD_PARAS:
        if p.startswith("Ik ") and not p.startswith("Ik zal ") and p.rstrip(".") not in [
                q.rstrip(".") for q in g["not_commitments"] + g["reported_plans"]]:
            errs.append(f"b31-gedeputeerde: an 'ik' look-alike is not listed: {p!r}")
    if "gedeputeerde" not in build.GD_PARAS[1] or "Gedeputeerde Staten van Noord-Holland" not in build.GD_PARAS[1]:
        errs.append("b31-gedeputeerde: the letter does not say for whom the gedeputeerde writes")
    return errs


def check_jaarschijven(g: dict) -> list[str]:
    errs: list[str] = []
    codes = list(build.JS_ACTIONS)
    for a, code in zip(g["actions"], codes, strict=True):
        where = f"b31-jaarschijven {code}"
        title, lead, met = build.JS_ACTIONS[code]
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        ys = sorted(y for y, cs in build.JS_YEARS.items() if code in cs)
        if ys != list(range(ys[0], ys[-1] + 1)):
            errs.append(f"{where}: jaarschijven {ys} are not consecutive")
        errs += expect(a, where, [name(lead)], names(met), ys[0], ys[-1])
    return errs


def check_programmajaren(g: dict) -> list[str]:
    errs: list[str] = []
    md = (ROOT / "b31-programmajaren.md").read_text(encoding="utf-8")
    m = re.search(r"Programmajaar 1 is (20\d\d)", md)
    first = int(m.group(1)) if m else 0
    if first != build.PJ_FIRST:
        errs.append("b31-programmajaren: the Looptijd sentence does not give jaar 1")
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in md.splitlines()
            if re.match(r"\| AH\d ", line)]
    for a, (code, title, lead, met, when) in zip(g["actions"], rows, strict=True):
        where = f"b31-programmajaren {code}"
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        ns = [first + int(n) - 1 for n in re.findall(r"\d+", when)]
        start, end = ns[0], ns[-1]
        if when.startswith("vanaf"):
            end = None
        elif when.startswith("uiterlijk"):
            start = None
        errs += expect(a, where, [name(lead)], names(met), start, end)
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_weekplanning(golds["b31-weekplanning"])
    errs += check_contactpersonen(golds["b31-contactpersonen"])
    errs += check_gedeputeerde(golds["b31-gedeputeerde"])
    errs += check_jaarschijven(golds["b31-jaarschijven"])
    errs += check_programmajaren(golds["b31-programmajaren"])
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for fname, (pages, landscape) in PAGES.items():
        reader = PdfReader(ROOT / fname)
        if len(reader.pages) != pages:
            errs.append(f"{fname}: {len(reader.pages)} pages, expected {pages}")
        for page in reader.pages:
            if (page.mediabox.width > page.mediabox.height) != landscape:
                errs.append(f"{fname}: orientation is not {'landscape' if landscape else 'portrait'}")
    return errs


def main() -> int:
    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b31-*")}
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
