"""Check the blind41 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, orientation and PDF sizes are checked. The actions, roles and periods are derived where the
documents allow it: of the uitvoeringsagenda from build.py's rows (Trekker → lead, "zie thema" → the trekker named
in the theme row above, Betrokken partijen → involved, "Qn YYYY" → one year, "doorlopend" → open, "na afronding
van n" → open and starts_after n), of the raadsinformatiebrief from build.py's commitment sentences ("wij" is the
Gemeente Diemen, "samen met X" → partner X, "Wij nemen deel aan ... die X uitvoert" → X leads, the gemeente is
partner), of the projectenboek by parsing the .md (Trekker/Partners/Looptijd lines, "Project X (zelfde gebied)"
→ related, "Project X ... start pas na oplevering van dit project" → X starts_after this project), of the
actielijst from build.py's rows and the Afkortingenlijst (first abbreviation → lead, others → partners, the
name before " (" in the legend) and of the kamerbrief by parsing the .txt (items numbered 1-5, "ik" is the
ministry, "samen met X" → partner, "uiterlijk"/"vóór" → deadline, the "niet ..., maar uiterlijk" → the later date).
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
# file -> pages
PAGES = {"b41-uitvoeringsagenda.pdf": 1, "b41-actielijst.pdf": 1}

G = gold_source


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


KNOWN = {getattr(G, k) for k in dir(G) if k.isupper() and isinstance(getattr(G, k), str) and k != "GOLD"}


def period(cell: str) -> tuple:
    cell = cell.strip()
    if m := re.fullmatch(r"(?:in )?(\d{4})-(\d{4})", cell):
        return int(m.group(1)), int(m.group(2))
    if m := re.fullmatch(r"(?:in )?(\d{4}) en (\d{4})", cell):
        return int(m.group(1)), int(m.group(2))
    if m := re.fullmatch(r"vanaf (\d{4})", cell):
        return int(m.group(1)), None
    if m := re.fullmatch(r"uiterlijk (\d{4})", cell):
        return None, int(m.group(1))
    if m := re.fullmatch(r"(?:in )?(\d{4})", cell):
        return int(m.group(1)), int(m.group(1))
    raise ValueError(f"unknown period {cell!r}")


def expect(a: dict, where: str, lead, partners, start, end, commissioners=(), deps=(), involved=()) -> list[str]:
    errs = []
    want = {"lead": list(lead), "partners": list(partners), "involved": list(involved),
            "commissioners": list(commissioners),
            "support": [], "start_year": start, "end_year": end,
            "dependencies": [{"kind": k, "target": t} for k, t in deps]}
    for key, value in want.items():
        if a[key] != value:
            errs.append(f"{where}: {key} {a[key]!r}, derived {value!r}")
    for key in ("lead", "partners", "involved", "commissioners"):
        for n in a[key]:
            if n not in KNOWN:
                errs.append(f"{where}: {n!r} is no official name of gold.py")
    return errs


def split(cell: str) -> list[str]:
    return [] if cell.strip() == "-" else [c.strip() for c in cell.split(",")]



def names_in(text: str) -> list[str]:
    """Official names of gold.py in the order they occur in text (a longer name wins over one inside it)."""
    hits = []
    for n in KNOWN:
        for m in re.finditer(re.escape(n), text):
            hits.append((m.start(), m.end(), n))
    hits.sort(key=lambda h: (h[0], -h[1]))
    out, last = [], -1
    for s, e, n in hits:
        if s >= last:
            out.append(n)
            last = e
    return out


def ua_period(cell: str) -> tuple:
    if m := re.fullmatch(r"Q[1-4] (\d{4})", cell):
        return int(m.group(1)), int(m.group(1))
    if cell == "doorlopend" or cell.startswith("na afronding van "):
        return None, None
    return period(cell)


def check_uitvoeringsagenda(g: dict) -> list[str]:
    errs = []
    rows = [r for r in build.UA_ROWS if r[0] != "theme"]
    if len(g["actions"]) != len(rows):
        return ["b41-uitvoeringsagenda: not one action per row"]
    theme_lead = None
    acts = iter(g["actions"])
    for row in build.UA_ROWS:
        if row[0] == "theme":
            m = re.search(r"trekker van alle acties in dit thema: (.+)\)$", row[1])
            theme_lead = m.group(1) if m else None
            continue
        code, text, trekker, betrokken, planning = row
        a = next(acts)
        where = f"b41-uitvoeringsagenda {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        lead = theme_lead if trekker == "zie thema" else trekker
        deps = [("starts_after", m.group(1))] if (m := re.fullmatch(r"na afronding van (\d+)", planning)) else []
        errs += expect(a, where, [lead], [], *ua_period(planning), involved=split(betrokken), deps=deps)
    for q in [*build.UA_INTRO, *build.UA_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b41-uitvoeringsagenda: not_commitment missing: {q!r}")
    return errs


def sentence_period(s: str) -> tuple:
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", s)]
    if re.search(r"(uiterlijk|vóór) ", s, re.I):
        return None, years[-1]
    if re.search(r"\bvanaf \d{4}", s, re.I):
        return years[0], None
    return years[0], years[-1]


def check_raadsinformatiebrief(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-24" or build.RB_DATE != "24 november 2026":
        errs.append("b41-raadsinformatiebrief: letter_date")
    if [a["anchor"] + "." for a in g["actions"]] != build.RB_COMMIT:
        return errs + ["b41-raadsinformatiebrief: the anchors are not the commitment sentences"]
    for s, a in zip(build.RB_COMMIT, g["actions"]):
        where = f"b41-raadsinformatiebrief {s[:30]!r}"
        if m := re.search(r"Wij nemen deel aan .* die (?:de )?(.+?) in \d{4} uitvoert", s):
            lead, partners = names_in(m.group(1)), [G.DIEMEN]
        else:
            lead = [G.DIEMEN]
            partners = names_in(s.split("samen met ", 1)[1]) if "samen met " in s else []
        errs += expect(a, where, lead, partners, *sentence_period(s))
    for q in [*build.RB_INTRO, *build.RB_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b41-raadsinformatiebrief: not_commitment missing: {q!r}")
    if g["reported_plans"] != build.RB_OTHER:
        errs.append("b41-raadsinformatiebrief: reported_plans are not the province's plan")
    return errs


def check_projectenboek(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    projects, cur = [], None
    for line in lines:
        if m := re.match(r"## Project (\S+): (.+)$", line):
            cur = {"code": m.group(1), "title": m.group(2)}
            projects.append(cur)
        elif cur is not None and (m := re.match(r"\*\*(Trekker|Partners|Looptijd|Relatie met):\*\* (.+?)\s*$", line)):
            cur[m.group(1)] = m.group(2)
    if [(a["code"], a["anchor"], a["title"]) for a in g["actions"]] != [(p["code"], p["title"], p["title"])
                                                                        for p in projects]:
        return ["b41-projectenboek: the actions are not the '## Project' sections"]
    deps: dict[str, list] = {p["code"]: [] for p in projects}
    for p in projects:
        rel = p["Relatie met"]
        if m := re.fullmatch(r"Project (\S+) bouwt hierop voort en start pas na oplevering van dit project\.", rel):
            deps[m.group(1)].append(("starts_after", p["code"]))
        elif m := re.fullmatch(r"Project (\S+) \(zelfde gebied\)\.", rel):
            deps[p["code"]].append(("related", m.group(1)))
        elif rel != "geen.":
            errs.append(f"b41-projectenboek: unknown Relatie met {rel!r}")
    for p, a in zip(projects, g["actions"]):
        partners = [] if p["Partners"] == "geen" else split(p["Partners"])
        errs += expect(a, f"b41-projectenboek {p['code']}", [p["Trekker"]], partners, *period(p["Looptijd"]),
                       deps=deps[p["code"]])
    for q in [*build.PB_INTRO, *build.PB_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b41-projectenboek: not_commitment missing: {q!r}")
    return errs


def check_actielijst(g: dict) -> list[str]:
    errs = []
    legend = {}
    for line in build.AL_LEGEND:
        if m := re.fullmatch(r"([A-Z]+) = (.+?)( \(.+\))?", line):
            legend[m.group(1)] = m.group(2)
    if len(g["actions"]) != len(build.AL_ROWS):
        return ["b41-actielijst: not one action per row"]
    for (code, text, wie, wanneer), a in zip(build.AL_ROWS, g["actions"]):
        where = f"b41-actielijst {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        names = [legend[x] for x in split(wie)]
        errs += expect(a, where, names[:1], names[1:], *period(wanneer))
    for q in [*build.AL_INTRO, build.AL_LEGEND[-1], *build.AL_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b41-actielijst: not_commitment missing: {q!r}")
    return errs


def check_kamerbrief(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-26" or build.KB_DATE != "26 november 2026":
        errs.append("b41-kamerbrief: letter_date")
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    numbered = [m.group(1) for line in lines if (m := re.fullmatch(r"(\d)\. .+", line))]
    if numbered != ["1", "2", "3", "4", "5"]:
        errs.append("b41-kamerbrief: toezeggingen are not numbered 1-5")
    if [a["anchor"] + "." for a in g["actions"]] != [t for _, t in build.KB_ITEMS]:
        return errs + ["b41-kamerbrief: the anchors are not the numbered toezeggingen"]
    for (nr, s), a in zip(build.KB_ITEMS, g["actions"]):
        where = f"b41-kamerbrief {nr}"
        if a["code"] != "":
            errs.append(f"{where}: code should be ''")
        partners = names_in(s.split("amen met ", 1)[1]) if "amen met " in s else []
        if "niet eind" in s:
            start, end = None, int(re.search(r"maar uiterlijk .*?(\d{4})", s).group(1))
        else:
            start, end = sentence_period(s)
        errs += expect(a, where, [G.BZK], partners, start, end)
    for q in [*build.KB_INTRO, *build.KB_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b41-kamerbrief: not_commitment missing: {q!r}")
    if g["reported_plans"] != build.KB_OTHER:
        errs.append("b41-kamerbrief: reported_plans are not the 'Ontwikkelingen bij anderen'")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_uitvoeringsagenda(golds["b41-uitvoeringsagenda"])
    errs += check_raadsinformatiebrief(golds["b41-raadsinformatiebrief"])
    errs += check_projectenboek(golds["b41-projectenboek"])
    errs += check_actielijst(golds["b41-actielijst"])
    errs += check_kamerbrief(golds["b41-kamerbrief"])
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for fname, pages in PAGES.items():
        reader = PdfReader(ROOT / fname)
        if len(reader.pages) != pages:
            errs.append(f"{fname}: {len(reader.pages)} pages, expected {pages}")
        for page in reader.pages:
            if page.mediabox.width > page.mediabox.height:
                errs.append(f"{fname}: orientation is not portrait")
    return errs


def main() -> int:
    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b41-*")}
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
