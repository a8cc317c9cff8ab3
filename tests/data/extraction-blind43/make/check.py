"""Check the blind43 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, orientation and PDF sizes are checked. The actions, roles and periods are derived from
build.py's rows where the documents allow it: of the uitvoeringsagenda (Trekker(s) -> lead, Betrokken
organisaties -> partners, Looptijd -> period, "Start na afronding van X" -> starts_after X), of the Chemelot
programme (Trekker -> lead, "in samenwerking met ..." bullet -> partners, Periode -> period, "doorlopend" -> open,
the "Afgerond" row no action and its text not_commitments), of the werkprogramma by parsing the .md (theme rows
skipped, two trekkers -> two leads, "-" = nobody), of the raadsinformatiebrief from build.py's sentences ("wij" is
the Gemeente Maassluis and leads, "samen met"/"met het" -> partners, "starten" -> open end, the sentence under
"Ontwikkelingen bij anderen" a reported plan) and of the regioagenda (Trekker -> lead, Betrokken organisaties ->
partners, Looptijd -> period, "afhankelijk van ... opgave n" -> depends n).
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
PAGES = {"b43-uitvoeringsagenda.pdf": 2, "b43-programma-chemelot.pdf": 2, "b43-regioagenda.pdf": 2}

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
    if cell == "doorlopend":
        return None, None
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




def check_uitvoeringsagenda(g: dict) -> list[str]:
    errs = []
    rows = [r for r in build.UA_ROWS if r[0] is not None]
    if len(g["actions"]) != len(rows):
        return ["b43-uitvoeringsagenda: not one action per table row"]
    for (nr, title, _bullets, trekkers, betrokken, looptijd, opm), a in zip(rows, g["actions"]):
        where = f"b43-uitvoeringsagenda {nr}"
        if (a["code"], a["anchor"], a["title"]) != (nr, title, title):
            errs.append(f"{where}: code/anchor/title")
        deps = [("starts_after", n) for n in re.findall(r"Start na afronding van ([A-Z]\.\d)", opm)]
        errs += expect(a, where, trekkers, betrokken, *period(looptijd), deps=deps)
    for q in [*build.UA_INTRO, *build.UA_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b43-uitvoeringsagenda: not_commitment missing: {q!r}")
    return errs


def check_programma_chemelot(g: dict) -> list[str]:
    errs = []
    rows = [r for r in build.PC_ROWS if r[0] is not None and r[5] != "Afgerond"]
    done = [r for r in build.PC_ROWS if r[0] is not None and r[5] == "Afgerond"]
    if len(g["actions"]) != len(rows) or len(done) != 1:
        return ["b43-programma-chemelot: not one action per row that is not 'Afgerond'"]
    for (code, project, bullets, trekker, _fase, _status, _kosten, periode), a in zip(rows, g["actions"]):
        where = f"b43-programma-chemelot {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, project, project):
            errs.append(f"{where}: code/anchor/title")
        partners = [n for b in bullets if "in samenwerking met " in b
                    for n in names_in(b.split("in samenwerking met ", 1)[1])]
        errs += expect(a, where, [trekker], partners, *period(periode))
    for q in [*build.PC_INTRO, *build.PC_NOTE, done[0][1], *done[0][2]]:
        if q not in g["not_commitments"]:
            errs.append(f"b43-programma-chemelot: not_commitment missing: {q!r}")
    return errs


def check_werkprogramma(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines
            if re.match(r"\| \d\.\d ", line)]
    if len(rows) != len(g["actions"]):
        return ["b43-werkprogramma: not one action per table row (theme rows skipped)"]
    for (nr, text, trekker, betrokken, looptijd), a in zip(rows, g["actions"]):
        where = f"b43-werkprogramma {nr}"
        if (a["code"], a["anchor"], a["title"]) != (nr, text, text):
            errs.append(f"{where}: code/anchor/title")
        errs += expect(a, where, split(trekker), split(betrokken), *period(looptijd))
    for q in [*build.WP_INTRO, *build.WP_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b43-werkprogramma: not_commitment missing: {q!r}")
    return errs


def check_raadsinformatiebrief(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-26" or build.RB_DATE != "26 november 2026":
        errs.append("b43-raadsinformatiebrief: letter_date")
    if [a["anchor"] + "." for a in g["actions"]] != build.RB_PLANS:
        return errs + ["b43-raadsinformatiebrief: the anchors are not the sentences under 'Wat gaan wij doen?'"]
    for s, a in zip(build.RB_PLANS, g["actions"]):
        where = f"b43-raadsinformatiebrief {s[:30]!r}"
        if not re.search(r"\bwij\b", s, re.I):
            errs.append(f"{where}: not a sentence of 'wij'")
        partners = names_in(s)
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", s)]
        if "uiterlijk" in s:
            start, end = None, years[0]
        elif "starten wij" in s:
            start, end = years[0], None
        else:
            start, end = years[0], years[-1]
        errs += expect(a, where, [G.MAASSLUIS], partners, start, end)
        if a["code"] != "":
            errs.append(f"{where}: code should be ''")
    for q in [*build.RB_INTRO, *build.RB_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b43-raadsinformatiebrief: not_commitment missing: {q!r}")
    if g["reported_plans"] != build.RB_OTHER:
        errs.append("b43-raadsinformatiebrief: reported_plans are not the 'Ontwikkelingen bij anderen'")
    return errs


def check_regioagenda(g: dict) -> list[str]:
    errs = []
    rows = [r for r in build.RA_ROWS if r[0] is not None]
    if len(g["actions"]) != len(rows):
        return ["b43-regioagenda: not one action per table row"]
    for (nr, opgave, trekker, betrokken, _status, _kosten, looptijd, opm), a in zip(rows, g["actions"]):
        where = f"b43-regioagenda {nr}"
        if (a["code"], a["anchor"], a["title"]) != (nr, opgave, opgave):
            errs.append(f"{where}: code/anchor/title")
        deps = [("depends", n) for o in opm for n in re.findall(r"afhankelijk van .*opgave (\d)", o)]
        errs += expect(a, where, [trekker], betrokken, *period(looptijd), deps=deps)
    for q in [*build.RA_INTRO, *build.RA_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b43-regioagenda: not_commitment missing: {q!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_uitvoeringsagenda(golds["b43-uitvoeringsagenda"])
    errs += check_programma_chemelot(golds["b43-programma-chemelot"])
    errs += check_werkprogramma(golds["b43-werkprogramma"])
    errs += check_raadsinformatiebrief(golds["b43-raadsinformatiebrief"])
    errs += check_regioagenda(golds["b43-regioagenda"])
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
    docs = {p.name for p in ROOT.glob("b43-*")}
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
