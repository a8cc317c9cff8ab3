"""Check the blind29 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, orientation (the tick matrix landscape, the others portrait) and PDF sizes are checked; code,
anchor, roles and period are derived: of the tick matrix from build.py's rows and the legend (● trekker, ✓ partner,
○ betrokken, checked in the PDF), of the Interreg work packages from build.py (Lead partner → lead, Project
partners → partners, Associated partners → involved, 'from'/'until'), of the Markdown agenda by parsing its
abbreviation list and the '[TREKKER / partners]' at each line's end, of the duration table by parsing its columns
and computing the end year from 'N jaar/maanden vanaf [maand] YYYY', and of the raadsinformatiebrief from
build.py's paragraphs: the actions are exactly the sentences with 'wij' in the present tense and a year that are
not look-alikes, the lead is the Gemeente Zaltbommel and the organisations named are partners. Exit code 1 on any
problem.
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
PAGES = {"b29-vinkjes.pdf": (1, True), "b29-interreg.pdf": (1, False), "b29-brief.pdf": (1, False)}

G = gold_source
# short names in the documents -> official names
NAMES = {
    "gemeente hilversum": G.HILVERSUM,
    "gemeente gooise meren": G.GOOISE_MEREN,
    "gemeente huizen": G.HUIZEN,
    "gemeente wijdemeren": G.WIJDEMEREN,
    "waterschap amstel, gooi en vecht": G.AGV,
    "provincie noord-holland": G.PNH,
    "gemeente enschede": G.ENSCHEDE,
    "gemeente losser": G.LOSSER,
    "kreis borken": G.BORKEN,
    "stadt gronau (westf.)": G.GRONAU,
    "waterschap vechtstromen": G.VECHTSTROMEN,
    "provincie overijssel": G.POV,
    "ggd twente": G.GGD_TWENTE,
    "euregio": G.EUREGIO,
    "gemeente maastricht": G.MAASTRICHT,
    "gemeente meerssen": G.MEERSSEN,
    "gemeente sittard-geleen": G.SITTARD,
    "waterschap limburg": G.WL,
    "provincie limburg": G.PL,
    "gemeente veenendaal": G.VEENENDAAL,
    "gemeente ede": G.EDE,
    "gemeente barneveld": G.BARNEVELD,
    "waterschap vallei en veluwe": G.WVV,
    "provincie gelderland": G.PG,
    "gemeente zaltbommel": G.ZALTBOMMEL,
    "gemeente maasdriel": G.MAASDRIEL,
    "waterschap rivierenland": G.WSRL,
}
SENDER = G.ZALTBOMMEL


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
    """'2027-2029', '2028', 'vanaf 2028' / 'from 2028', 'uiterlijk 2028' / 'until 2030'."""
    ys = years(cell)
    if cell.startswith(("uiterlijk", "until")):
        return None, ys[0]
    if cell.startswith(("vanaf", "from")):
        return ys[0], None
    return ys[0], ys[-1]


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def duration(cell: str):
    """'3 jaar vanaf 2027' -> 2027/2029; '18 maanden vanaf januari 2029' -> 2029/2030."""
    m = re.fullmatch(r"(\d+) (jaar|maanden) vanaf (?:(\w+) )?(20\d\d)", cell)
    n, unit, month, year = int(m.group(1)), m.group(2), m.group(3), int(m.group(4))
    first = year * 12 + (MONTHS.index(month) if month else 0)
    last = first + (n * 12 if unit == "jaar" else n) - 1
    return year, last // 12


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


def check_vinkjes(acts: list[dict], raw: str) -> list[str]:
    errs: list[str] = []
    if norm(build.VK_LEGEND) not in norm(raw):
        errs.append("b29-vinkjes: the legend is not in the PDF")
    orgs = [name(o) for o in build.VK_ORGS]
    for a, (code, title, marks, when) in zip(acts, build.VK_ROWS, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b29-vinkjes {code}: code/anchor")
        if marks.count("●") != 1:
            errs.append(f"b29-vinkjes {code}: not exactly one trekker")
        by = {s: [o for o, m in zip(orgs, marks, strict=True) if m == s] for s in "●✓○"}
        errs += expect(a, f"b29-vinkjes {code}", by["●"], by["✓"], *period(when), {"involved": by["○"]})
    return errs


def check_interreg(acts: list[dict]) -> list[str]:
    errs: list[str] = []
    for a, (code, title, lead, partners, assoc, dur) in zip(acts, build.IR_WPS, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b29-interreg {code}: code/anchor")
        errs += expect(a, f"b29-interreg {code}", [name(lead)], names(partners), *period(dur),
                       {"involved": names(assoc)})
    return errs


def check_afkortingen(acts: list[dict]) -> list[str]:
    errs: list[str] = []
    md = (ROOT / "b29-afkortingen.md").read_text(encoding="utf-8")
    abbr = dict(re.findall(r"^- \*\*\[(\w+)\]\*\* (.+)$", md, re.M))
    first_action = md.index("## Acties")
    if any(md.index(f"[{k}]") > first_action for k in abbr):
        errs.append("b29-afkortingen: an abbreviation is defined after the actions")
    rows = re.findall(r"^- (A\d) (.+) \((.+?)\) \[(.+)\]$", md, re.M)
    for a, (code, title, when, who) in zip(acts, rows, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b29-afkortingen {code}: code/anchor")
        lead, _, rest = who.partition("/")
        partners = [name(abbr[k.strip()]) for k in rest.split(",") if k.strip()]
        errs += expect(a, f"b29-afkortingen {code}", [name(abbr[lead.strip()])], partners, *period(when))
    return errs


def check_looptijd(acts: list[dict]) -> list[str]:
    errs: list[str] = []
    rows = []
    for line in (ROOT / "b29-looptijd.txt").read_text(encoding="utf-8").splitlines():
        if re.match(r"V\d ", line):
            cells = re.split(r"\s{2,}", line.strip())
            if len(cells) != 5:
                errs.append(f"b29-looptijd: row does not split into five columns: {line!r}")
                continue
            rows.append(cells)
    for a, (code, title, trekker, partners, when) in zip(acts, rows, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b29-looptijd {code}: code/anchor")
        errs += expect(a, f"b29-looptijd {code}", [name(trekker)], names(partners), *duration(when))
    return errs


def check_brief(g: dict) -> list[str]:
    errs: list[str] = []
    looks = [norm(q) for q in g["not_commitments"] + g["reported_plans"]]
    derived = []
    for p in build.BR_PARAS:
        low = p.lower()
        if re.search(r"\bwij\b", low) and years(p) and not any(q in norm(p) for q in looks):
            derived.append(p)
    if [p.rstrip(".") for p in derived] != [a["anchor"] for a in g["actions"]]:
        errs.append("b29-brief: the actions are not exactly the 'wij' sentences with a year outside the look-alikes")
    for p, a in zip(derived, g["actions"]):
        low = p.lower()
        named = sorted((low.index(k), v) for k, v in NAMES.items() if k in low)
        errs += expect(a, f"b29-brief {p[:30]!r}", [SENDER], [v for _, v in named], a["start_year"],
                       a["end_year"])
    if len(g["not_commitments"]) < 4 or not g["reported_plans"]:
        errs.append("b29-brief: look-alikes missing")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_vinkjes(golds["b29-vinkjes"]["actions"], document_text(ROOT / "b29-vinkjes.pdf"))
    errs += check_interreg(golds["b29-interreg"]["actions"])
    errs += check_afkortingen(golds["b29-afkortingen"]["actions"])
    errs += check_looptijd(golds["b29-looptijd"]["actions"])
    errs += check_brief(golds["b29-brief"])
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
    docs = {p.name for p in ROOT.glob("b29-*")}
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
