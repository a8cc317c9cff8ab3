"""Check the blind38 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, orientation and PDF sizes are checked. The actions, roles and periods are derived where the
documents allow it: of the gebiedsagenda from build.py's rows ("X, met Y" in Wie → lead X, partners Y; the
Wanneer cell without its "(uitgesteld; was ...)" note → period), and it verifies that pypdf gives the table
COLUMN BY COLUMN (every code before every Wie cell, before every Wanneer cell, before every Wat cell); of the
uitvoeringsprogramma from build.py's rows and HTML (two header rows with "Rol" over Trekker and Partners; the
merged cell over both → all its names lead; Start "-" → open start, Gereed "doorlopend" → open end); of the
kamerbrief from build.py's paragraphs ("ik" → the ministry leads, the other names → partners, "voor de zomer
van" → deadline, "In het najaar van" → that year, "Vanaf" → open end; every sentence is an action, a reported
plan or a not_commitment); of the besluitenlijst by parsing the .md (abbreviations from the Aanwezig list;
"X, met Y" → lead and partner, "X en Y" → two leads; the Deadline's year without its "(was: ...)" → end); of
the uitvoeringsagenda by parsing the .txt (the first sentence of a sub-action is its anchor; the lead is the
first name in it or, under "respectievelijk", the name given in the opgave paragraph together with the common
start year; "partner"/"samen met" → partners, "betrokken" → involved).
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
PAGES = {"b38-gebiedsagenda.pdf": 1, "b38-uitvoeringsprogramma.pdf": 1}

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




def check_gebiedsagenda(g: dict) -> list[str]:
    errs = []
    rows = [item for _, items in build.GA_THEMES for item in items]
    if len(g["actions"]) != len(rows):
        return ["b38-gebiedsagenda: not one action per row"]
    for (code, wie, wanneer, wat), a in zip(rows, g["actions"]):
        where = f"b38-gebiedsagenda {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, wat, wat):
            errs.append(f"{where}: code/anchor/title")
        head, _, met = wie.partition(", met ")
        when = re.sub(r"\s*\(uitgesteld; was \d{4}\)", "", wanneer)
        if when != wanneer and int(re.search(r"was (\d{4})", wanneer).group(1)) in (a["start_year"], a["end_year"]):
            errs.append(f"{where}: the old (postponed) year is in the period")
        errs += expect(a, where, names_in(head), names_in(met), *period(when))
    # the text layer gives the table column by column
    text = norm(document_text(ROOT / g["file"]))
    pos = text.find(norm("".join(build.GA_HEAD)))
    if pos < 0:
        errs.append("b38-gebiedsagenda: the header row is not in the text")
    for col in range(4):  # each cell after the previous one, column after column
        for row in rows:
            i = text.find(norm(row[col]), pos)
            if i < 0:
                errs.append(f"b38-gebiedsagenda: pypdf does not give the table column by column ({row[col]!r})")
                break
            pos = i + len(norm(row[col]))
    if "uitgesteld" not in " ".join(r[2] for r in rows) or "oude planning" not in " ".join(build.GA_INTRO):
        errs.append("b38-gebiedsagenda: the postponed year or its reading guide is missing")
    for q in [*build.GA_INTRO, *build.GA_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b38-gebiedsagenda: not_commitment missing: {q!r}")
    return errs


def check_uitvoeringsprogramma(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.UP_ROWS):
        return ["b38-uitvoeringsprogramma: not one action per row"]
    page = build.uitvoeringsprogramma_html()
    for needle in ("<th rowspan='2'>Nr.</th>", "<th colspan='2'>Rol</th>", "<th>Trekker</th><th>Partners</th>",
                   "<td colspan='2'>"):
        if needle not in page:
            errs.append(f"b38-uitvoeringsprogramma: the HTML lacks {needle!r}")
    for (code, text, trekker, partners, start, gereed), a in zip(build.UP_ROWS, g["actions"]):
        where = f"b38-uitvoeringsprogramma {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        if trekker is None:
            lead, partner_names = names_in(build.UP_SPAN), []
        else:
            lead, partner_names = split(trekker), split(partners)
        s = None if start == "-" else int(start)
        e = None if gereed == "doorlopend" else int(gereed)
        errs += expect(a, where, lead, partner_names, s, e)
    for q in [*build.UP_INTRO, *build.UP_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b38-uitvoeringsprogramma: not_commitment missing: {q!r}")
    return errs


def letter_period(s: str) -> tuple:
    if m := re.search(r"voor de zomer van (\d{4})", s):
        return None, int(m.group(1))
    if m := re.search(r"[Ii]n het najaar van (\d{4})", s):
        return int(m.group(1)), int(m.group(1))
    if m := re.search(r"^Vanaf (\d{4})", s):
        return int(m.group(1)), None
    if m := re.search(r"\bin (\d{4})\b", s):
        return int(m.group(1)), int(m.group(1))
    raise ValueError(f"no period in {s!r}")


def check_kamerbrief(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-26" or build.KB_DATE != "26 november 2026":
        errs.append("b38-kamerbrief: letter_date")
    if "Ministerie van Klimaat en Groene Groei" not in build.KB_HEAD[0]:
        errs.append("b38-kamerbrief: letterhead")
    if [a["anchor"] + "." for a in g["actions"]] != build.KB_ACTIONS:
        return errs + ["b38-kamerbrief: the anchors are not the letter's commitments"]
    for s, a in zip(build.KB_ACTIONS, g["actions"]):
        where = f"b38-kamerbrief {s[:30]!r}"
        lead = [G.KGG] if re.search(r"\bik\b", s) else []
        errs += expect(a, where, lead, names_in(s), *letter_period(s))
    if g["reported_plans"] != build.KB_REPORTED:
        errs.append("b38-kamerbrief: reported_plans")
    for s in (s for para in build.KB_PARAS for s in para):
        if s not in build.KB_ACTIONS and s not in build.KB_REPORTED and s not in g["not_commitments"]:
            errs.append(f"b38-kamerbrief: sentence neither action, reported plan nor not_commitment: {s!r}")
    return errs


ACTIEPUNT = re.compile(r"Actiepunt (\d+)( \(doorgeschoven[^)]*\))?: (.+?)\. Actiehouder: (.+?)\. Deadline: (.+)\.$")


def check_besluitenlijst(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    abbr = {}
    for line in lines:
        if m := re.fullmatch(r"- .+ \(([A-Z]+), (.+)\)", line):
            abbr[m.group(1)] = m.group(2)
    if len(abbr) != len(build.BL_AANWEZIG):
        errs.append("b38-besluitenlijst: the Aanwezig list does not give every abbreviation")
    punten = [(m, line) for line in lines if (m := ACTIEPUNT.fullmatch(line))]
    if [a["code"] for a in g["actions"]] != [m.group(1) for m, _ in punten]:
        return errs + ["b38-besluitenlijst: the actions are not the Actiepunt lines"]
    carried = 0
    for (m, _), a in zip(punten, g["actions"]):
        code, moved, text, holder, deadline = m.groups()
        where = f"b38-besluitenlijst actiepunt {code}"
        if a["anchor"] != text:
            errs.append(f"{where}: anchor")
        head, _, met = holder.partition(", met ")
        lead = [abbr[x] for x in head.split(" en ")]
        partners = [abbr[x] for x in met.split(" en ")] if met else []
        new, _, old = deadline.partition(" (was: ")
        if moved:
            carried += 1
            if not old:
                errs.append(f"{where}: carried over without the old deadline")
        end = int(re.search(r"\d{4}$", new).group(0))
        errs += expect(a, where, lead, partners, None, end)
    if carried != 1:
        errs.append("b38-besluitenlijst: expected one carried-over actiepunt")
    for line in lines:
        if line and not line.startswith(("#", "-", "**", "Actiepunt ")) and line not in g["not_commitments"]:
            errs.append(f"b38-besluitenlijst: line is no actiepunt and no not_commitment: {line!r}")
    return errs


def check_uitvoeringsagenda(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    by_ref: dict[str, tuple] = {}  # code -> (lead, start) from a "respectievelijk" paragraph
    subs = []
    for line in lines:
        if m := re.fullmatch(r"De deelacties (\d\.\d) en (\d\.\d) worden getrokken door respectievelijk (.+); "
                             r"beide deelacties beginnen in (\d{4})\.", line):
            names = names_in(m.group(3))
            by_ref[m.group(1)] = (names[0], int(m.group(4)))
            by_ref[m.group(2)] = (names[1], int(m.group(4)))
        elif m := re.fullmatch(r"(\d\.\d) (.+)", line):
            subs.append((m.group(1), re.split(r"(?<=\.) (?=[A-Z])", m.group(2))))
    if len(by_ref) != 2:
        errs.append("b38-uitvoeringsagenda: the 'respectievelijk' paragraph was not found")
    if [a["code"] for a in g["actions"]] != [c for c, _ in subs]:
        return errs + ["b38-uitvoeringsagenda: the actions are not the sub-actions"]
    for (code, sentences), a in zip(subs, g["actions"]):
        where = f"b38-uitvoeringsagenda {code}"
        first, rest = sentences[0], " ".join(sentences[1:])
        if a["anchor"] + "." != first:
            errs.append(f"{where}: anchor is not the first sentence")
        partners, involved = [], []
        for clause in re.split(r"[;,] |\. ", rest):
            if "partner" in clause or "samen met" in clause:
                partners += names_in(clause)
            elif "betrokken" in clause:
                involved += names_in(clause)
        start = end = None
        if code in by_ref:
            lead, start = [by_ref[code][0]], by_ref[code][1]
            end = int(re.search(r"loopt tot en met (\d{4})", rest).group(1))
        else:
            lead = names_in(first)[:1]
            if m := re.search(r"van (\d{4}) tot en met (\d{4})", first):
                start, end = int(m.group(1)), int(m.group(2))
            elif m := re.search(r"(?:start in|^Vanaf) (\d{4})", first):
                start = int(m.group(1))
            elif m := re.search(r"uiterlijk (\d{4})", first):
                end = int(m.group(1))
        errs += expect(a, where, lead, partners, start, end, involved=involved)
    for q in [*build.UA_INTRO, *build.UA_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b38-uitvoeringsagenda: not_commitment missing: {q!r}")
    for _, para, _ in build.UA_OPGAVEN:
        if para.startswith("In 2026") and para not in g["not_commitments"]:
            errs.append(f"b38-uitvoeringsagenda: past work not a not_commitment: {para!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_gebiedsagenda(golds["b38-gebiedsagenda"])
    errs += check_uitvoeringsprogramma(golds["b38-uitvoeringsprogramma"])
    errs += check_kamerbrief(golds["b38-kamerbrief"])
    errs += check_besluitenlijst(golds["b38-besluitenlijst"])
    errs += check_uitvoeringsagenda(golds["b38-uitvoeringsagenda"])
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
    docs = {p.name for p in ROOT.glob("b38-*")}
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
