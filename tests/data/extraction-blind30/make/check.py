"""Check the blind30 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md document an anchor must also stand on one line. Page
counts, portrait orientation and PDF sizes are checked; code, anchor, roles and period are derived: of the
collegebesluit from build.py's Opdracht rows (Opdrachtnemer → lead, Samen met → partners, an outside opdrachtnemer
gets the Gemeente Emmen as commissioner; the Besluit points are not_commitments), of the monitoringsrapportage from
build.py's rows (only 'op schema' / 'vertraagd' rows are actions, every 'gereed' row is a not_commitment), of the
gebiedsakkoord by parsing the Markdown (the party of the '### 3.n <party> zegt toe:' heading → lead, the names after
'samen met' → partners), of the Statenvoorstel from build.py's blocks (Trekker → lead, Met → partners; the
procedure paragraphs are not_commitments), and of the bewonersbrief from build.py's paragraphs: the actions are
exactly the sentences with a year and 'wij' / 'de gemeente' / 'het waterschap' that are no look-alike, led by both
senders for 'wij' and by the one named otherwise. Exit code 1 on any problem.
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
PAGES = {"b30-collegebesluit.pdf": (1, False), "b30-monitor.pdf": (1, False), "b30-statenvoorstel.pdf": (1, False),
         "b30-bewonersbrief.pdf": (1, False)}

G = gold_source
# names as printed in the documents -> official names
NAMES = {
    "gemeente emmen": G.EMMEN,
    "gemeente coevorden": G.COEVORDEN,
    "waterschap vechtstromen": G.VECHTSTROMEN,
    "provincie drenthe": G.PDR,
    "waterleidingmaatschappij drenthe": G.WMD,
    "gemeente zutphen": G.ZUTPHEN,
    "gemeente lochem": G.LOCHEM,
    "gemeente brummen": G.BRUMMEN,
    "waterschap rijn en ijssel": G.WRIJ,
    "provincie gelderland": G.PG,
    "gemeente land van cuijk": G.LVC,
    "waterschap aa en maas": G.AAMAAS,
    "provincie noord-brabant": G.PNB,
    "brabants landschap": G.BL,
    "zlto": G.ZLTO,
    "provincie flevoland": G.PFL,
    "gemeente noordoostpolder": G.NOP,
    "waterschap zuiderzeeland": G.ZZL,
    "lto noord": G.LTON,
    "staatsbosbeheer": G.SBB,
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


def check_collegebesluit(g: dict) -> list[str]:
    errs: list[str] = []
    acts = g["actions"]
    for a, (code, title, nemer, met, when) in zip(acts, build.CB_OPDRACHT, strict=True):
        where = f"b30-collegebesluit {code}"
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        lead = name(nemer)
        extra = {} if lead == G.EMMEN else {"commissioners": [G.EMMEN]}
        errs += expect(a, where, [lead], names(met), *period(when), extra)
    if not all(b in g["not_commitments"] for b in build.CB_BESLUIT):
        errs.append("b30-collegebesluit: a Besluit point is missing from not_commitments")
    return errs


def check_monitor(g: dict) -> list[str]:
    errs: list[str] = []
    live = [r for r in build.MO_ROWS if r[5] in ("op schema", "vertraagd")]
    done = [r for r in build.MO_ROWS if r[5] == "gereed"]
    if len(live) + len(done) != len(build.MO_ROWS) or not done:
        errs.append("b30-monitor: a status outside 'op schema / vertraagd / gereed', or no 'gereed' row")
    for a, (code, title, lead, partners, when, _status) in zip(g["actions"], live, strict=True):
        where = f"b30-monitor {code}"
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        errs += expect(a, where, [name(lead)], names(partners), *period(when))
    for r in done:
        if r[1] not in g["not_commitments"]:
            errs.append(f"b30-monitor {r[0]}: a 'gereed' row is not a not_commitment")
    return errs


def check_gebiedsakkoord(g: dict) -> list[str]:
    errs: list[str] = []
    md = (ROOT / "b30-gebiedsakkoord.md").read_text(encoding="utf-8")
    rows = []
    party = None
    for line in md.splitlines():
        m = re.fullmatch(r"### 3\.\d (.+) zegt toe:", line)
        if m:
            party = name(m.group(1))
            continue
        m = re.fullmatch(r"- \*\*(3\.\d\.\d)\*\* (.+) \((.+?)(?:; samen met (.+))?\)\.", line)
        if m:
            rows.append((m.group(1), m.group(2), party, m.group(3), m.group(4) or ""))
    for a, (code, title, lead, when, met) in zip(g["actions"], rows, strict=True):
        where = f"b30-gebiedsakkoord {code}"
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        partners = [name(p) for p in re.split(r",| en (?=Gemeente|Waterschap|Provincie|Brabants|ZLTO)", met) if p.strip()]
        errs += expect(a, where, [lead], partners, *period(when))
    return errs


def check_statenvoorstel(g: dict) -> list[str]:
    errs: list[str] = []
    for a, (code, title, lead, partners, when) in zip(g["actions"], build.SV_BLOCKS, strict=True):
        where = f"b30-statenvoorstel {code}"
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        errs += expect(a, where, [name(lead)], names(partners), *period(when))
    procedure = " ".join(t for k, t in build.SV_INTRO if "bedenkingen" in t or "motie" in t)
    for q in g["not_commitments"]:
        if norm(q) not in norm(procedure):
            errs.append(f"b30-statenvoorstel: not_commitment outside the procedure paragraphs: {q!r}")
    return errs


def check_bewonersbrief(g: dict) -> list[str]:
    errs: list[str] = []
    looks = [norm(q) for q in g["not_commitments"] + g["reported_plans"]]
    subjects = {r"\bwij\b": [G.STEENBERGEN, G.BD], r"\bde gemeente\b": [G.STEENBERGEN],
                r"\bhet waterschap\b": [G.BD]}
    derived = []
    for p in build.BB_PARAS:
        low = p.lower()
        hits = [lead for pat, lead in subjects.items() if re.search(pat, low)]
        if len(hits) == 1 and years(p) and not any(q in norm(p) for q in looks):
            derived.append((p, hits[0]))
    if [p.rstrip(".") for p, _ in derived] != [a["anchor"] for a in g["actions"]]:
        errs.append("b30-bewonersbrief: the actions are not exactly the sender sentences with a year outside the "
                    "look-alikes")
    for (p, lead), a in zip(derived, g["actions"]):
        errs += expect(a, f"b30-bewonersbrief {p[:30]!r}", lead, [], a["start_year"], a["end_year"])
    if len(g["not_commitments"]) < 4 or not g["reported_plans"]:
        errs.append("b30-bewonersbrief: look-alikes missing")
    head = norm(build.BB_HEAD[0] + build.BB_PARAS[-1])
    if norm("Gemeente Steenbergen") not in head or norm("Waterschap Brabantse Delta") not in head:
        errs.append("b30-bewonersbrief: the two senders are not both in letterhead and signature")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_collegebesluit(golds["b30-collegebesluit"])
    errs += check_monitor(golds["b30-monitor"])
    errs += check_gebiedsakkoord(golds["b30-gebiedsakkoord"])
    errs += check_statenvoorstel(golds["b30-statenvoorstel"])
    errs += check_bewonersbrief(golds["b30-bewonersbrief"])
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
    docs = {p.name for p in ROOT.glob("b30-*")}
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
