"""Check the blind42 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, orientation and PDF sizes are checked. The actions, roles and periods are derived where the
documents allow it: of the uitvoeringsprogramma from build.py's measures (Trekker → lead, Partners → partners, "-"
= nobody, Planning → period, "onderdeel van maatregel n" → part_of n), of the gs-brief from build.py's sentences
("wij" is the Provincie Gelderland and leads, "samen met" → partners, "starten" → open end, the conditional
commitment stays an action, the "Ontwikkelingen bij anderen" sentence is a reported plan), of the
waterbeheerprogramma from build.py's rows (Trekker → lead, Meewerkende partijen → partners, Gereed → deadline
null/end, the "vervalt" row no action and its text a not_commitment), of the gebiedsagenda by parsing the .md
table (the kinds 'Rijk (IenW)', 'Provincie', 'Gemeente' → the bodies the intro names) and of the besluitenlijst
by parsing the .txt ("Afspraak n:" → action n, "Besluit n:" → not_commitment, "vóór het volgende bestuurlijk
overleg" → the year of the next meeting as deadline).
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
PAGES = {"b42-uitvoeringsprogramma.pdf": 1, "b42-waterbeheerprogramma.pdf": 1}

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



def check_uitvoeringsprogramma(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.UP_MEASURES):
        return ["b42-uitvoeringsprogramma: not one action per measure"]
    for (code, title, para, trekker, partners, planning), a in zip(build.UP_MEASURES, g["actions"]):
        where = f"b42-uitvoeringsprogramma {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, title, title):
            errs.append(f"{where}: code/anchor/title")
        deps = [("part_of", n) for n in re.findall(r"onderdeel van maatregel (\d\.\d)", para)]
        errs += expect(a, where, [trekker], split(partners), *period(planning), deps=deps)
    for q in [*build.UP_INTRO, *build.UP_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b42-uitvoeringsprogramma: not_commitment missing: {q!r}")
    return errs


def check_gs_brief(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-24" or build.GS_DATE != "24 november 2026":
        errs.append("b42-gs-brief: letter_date")
    if [a["anchor"] + "." for a in g["actions"]] != build.GS_PLANS:
        return errs + ["b42-gs-brief: the anchors are not the sentences under 'Wat gaan wij doen?'"]
    for s, a in zip(build.GS_PLANS, g["actions"]):
        where = f"b42-gs-brief {s[:30]!r}"
        if not re.search(r"\bwij\b", s, re.I):
            errs.append(f"{where}: not a sentence of 'wij'")
        partners = names_in(s.split("amen met ", 1)[1]) if "amen met " in s else []
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", s.split(", zullen wij")[-1])]
        if "uiterlijk" in s:
            start, end = None, years[0]
        elif "starten wij" in s:
            start, end = years[0], None
        else:
            start, end = years[0], years[-1]
        errs += expect(a, where, [G.PGL], partners, start, end)
        if a["code"] != "":
            errs.append(f"{where}: code should be ''")
    for q in [*build.GS_INTRO, *build.GS_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b42-gs-brief: not_commitment missing: {q!r}")
    if g["reported_plans"] != build.GS_OTHER:
        errs.append("b42-gs-brief: reported_plans are not the 'Ontwikkelingen bij anderen'")
    return errs


def check_waterbeheerprogramma(g: dict) -> list[str]:
    errs = []
    rows = [r for r in build.WB_ROWS if r[4] != "vervalt"]
    if len(g["actions"]) != len(rows) or len(rows) != len(build.WB_ROWS) - 1:
        return ["b42-waterbeheerprogramma: not one action per row that does not lapse"]
    for (code, text, trekker, partners, gereed), a in zip(rows, g["actions"]):
        where = f"b42-waterbeheerprogramma {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        errs += expect(a, where, [trekker], split(partners), None, int(gereed))
    lapsed = [r[1] for r in build.WB_ROWS if r[4] == "vervalt"]
    for q in [*build.WB_INTRO, *build.WB_END, *lapsed]:
        if q not in g["not_commitments"]:
            errs.append(f"b42-waterbeheerprogramma: not_commitment missing: {q!r}")
    return errs


def check_gebiedsagenda(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    intro = " ".join(build.GA_INTRO)
    kinds = {"Rijk (IenW)": G.IENW}
    for n in names_in(intro):
        if n.startswith("Provincie "):
            kinds["Provincie"] = n
        elif n.startswith("Gemeente "):
            kinds["Gemeente"] = n
    if len(kinds) != 3 or G.IENW not in names_in(intro):
        errs.append("b42-gebiedsagenda: the intro does not name the ministry, one province and one gemeente")
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in lines if re.match(r"\| H\d", line)]
    if len(rows) != len(g["actions"]):
        return errs + ["b42-gebiedsagenda: not one action per table row"]
    for (code, text, trekker, partner, when), a in zip(rows, g["actions"]):
        where = f"b42-gebiedsagenda {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        errs += expect(a, where, [kinds[k] for k in split(trekker)], [kinds[k] for k in split(partner)],
                       *period(when))
    for q in [*build.GA_INTRO, *build.GA_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b42-gebiedsagenda: not_commitment missing: {q!r}")
    return errs


def check_besluitenlijst(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    items = [(m.group(1), m.group(2), m.group(3)) for line in lines
             if (m := re.fullmatch(r"(Afspraak|Besluit) (\d): (.+)", line))]
    next_bo = [int(m.group(1)) for line in lines
               if (m := re.search(r"volgende bestuurlijk overleg vindt plaats op \d+ \w+ (\d{4})", line))]
    if len(next_bo) != 1:
        errs.append("b42-besluitenlijst: the date of the next meeting is not given once")
    afspraken = [(nr, t) for kind, nr, t in items if kind == "Afspraak"]
    if [a["code"] for a in g["actions"]] != [nr for nr, _ in afspraken]:
        return errs + ["b42-besluitenlijst: the actions are not the 'Afspraak n:' items"]
    for (nr, text), a in zip(afspraken, g["actions"]):
        where = f"b42-besluitenlijst {nr}"
        if a["anchor"] + "." != text:
            errs.append(f"{where}: anchor is not the whole item")
        main, _, rest = text.partition(";")
        m = re.search(r"(uiterlijk \d{4}|in \d{4} en \d{4}|in \d{4}|vóór het volgende bestuurlijk overleg)", main)
        lead = names_in(main[: m.start()])
        partners = names_in(main.split("samen met ", 1)[1]) if "samen met " in main else []
        involved = names_in(rest) if "betrokken" in rest else []
        phrase = m.group(1)
        if phrase.startswith("vóór"):
            start, end = None, next_bo[0] if next_bo else None
        elif " start " in f" {main} ":
            start, end = int(phrase[-4:]), None
        else:
            start, end = period(phrase)
        errs += expect(a, where, lead, partners, start, end, involved=involved)
    for kind, nr, text in items:
        if kind == "Besluit" and text not in g["not_commitments"]:
            errs.append(f"b42-besluitenlijst: Besluit {nr} is no not_commitment")
    for q in [*build.BL_INTRO, *build.BL_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b42-besluitenlijst: not_commitment missing: {q!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_uitvoeringsprogramma(golds["b42-uitvoeringsprogramma"])
    errs += check_gs_brief(golds["b42-gs-brief"])
    errs += check_waterbeheerprogramma(golds["b42-waterbeheerprogramma"])
    errs += check_gebiedsagenda(golds["b42-gebiedsagenda"])
    errs += check_besluitenlijst(golds["b42-besluitenlijst"])
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
    docs = {p.name for p in ROOT.glob("b42-*")}
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
