"""Check the blind37 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, orientation (the uitvoeringsprogramma landscape, the bestuursovereenkomst portrait) and PDF
sizes are checked. The actions, roles and periods are derived where the documents allow it: of the
uitvoeringsprogramma from build.py's rows (group rows "Thema: ..." are no actions; Trekker → lead, Partners →
partners, Planning → period with quarters read as their years, Opmerking "Start pas na afronding van X" →
starts_after X and "in opdracht van" → commissioner), of the bestuursovereenkomst from build.py's articles (the
party of the heading "Inspanningen van ..." leads every lid of its article, short names resolved through
"hierna:", "samen met" / "als partner" → partners, "pas nadat ... lid n" → starts_after n, a lid in the past tense
and the leden of other articles are not commitments), of the kamerbrief from build.py's sentences ("ik" is the
ministry; "X en ik" → both lead; "Samen met" / "met" → partners; "start ... in" → open end), of the werkagenda by
parsing the .md table through its header names (the columns are in an unusual order; "(gereed)" → not a
commitment) and of the actiepunten by parsing the .txt (initials resolved through the Deelnemers list; "X is
trekker" → lead X, the other partner; "samen met" → partner; two initials otherwise → two leads; "pas op na
afronding van actiepunt n" → starts_after n).
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
PAGES = {"b37-uitvoeringsprogramma.pdf": (1, "landscape"), "b37-bestuursovereenkomst.pdf": (1, "portrait")}

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
    """A period phrase → (start, end); see make/README.md for the conventions."""
    cell = cell.strip().rstrip(".")
    low = cell.lower()
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", cell)]
    if low == "doorlopend":
        return None, None
    if low.startswith("uiterlijk") or "voor de zomer van" in low:
        return None, years[0]
    if low.startswith("vanaf"):
        return years[0], None
    if len(years) == 2:
        return years[0], years[1]
    if len(years) == 1:
        return years[0], years[0]
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
    rows = [r for r in build.UP_ROWS if r[1] is not None]
    groups = [r[0] for r in build.UP_ROWS if r[1] is None]
    if groups != ["Thema: Water", "Thema: Energie", "Thema: Mobiliteit"]:
        errs.append("b37-uitvoeringsprogramma: group rows changed")
    if [a["code"] for a in g["actions"]] != [r[0] for r in rows]:
        return errs + ["b37-uitvoeringsprogramma: not one action per (non-group) row"]
    for (code, text, trekker, partners, planning, opmerking), a in zip(rows, g["actions"]):
        where = f"b37-uitvoeringsprogramma {code}"
        if (a["anchor"], a["title"]) != (text, text):
            errs.append(f"{where}: anchor/title")
        deps = [("starts_after", t) for t in re.findall(r"Start pas na afronding van ([A-Z]-\d)", opmerking)]
        commissioners = names_in(opmerking.split("in opdracht van", 1)[1]) if "in opdracht van" in opmerking else []
        errs += expect(a, where, [trekker], split(partners), *period(planning), commissioners=commissioners,
                       deps=deps)
    for q in [*build.UP_INTRO, *build.UP_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b37-uitvoeringsprogramma: not_commitment missing: {q!r}")
    return errs


def check_bestuursovereenkomst(g: dict) -> list[str]:
    errs = []
    short = {}
    for line in build.BO_PARTIES:
        m = re.fullmatch(r"\d\. (.+), hierna: (.+);", line)
        short[m.group(2)] = m.group(1)
    expected = []  # (lid, text, lead)
    others = []
    for head, leden in build.BO_ARTICLES:
        m = re.fullmatch(r"Artikel \d Inspanningen van (.+)", head)
        for lid, text in leden:
            if m and not re.search(r"\bheeft in \d{4}\b", text):
                expected.append((lid, text, short[m.group(1)]))
            else:
                others.append(text)
    if [a["code"] for a in g["actions"]] != [lid for lid, _, _ in expected]:
        return ["b37-bestuursovereenkomst: the actions are not the present-tense leden of the Inspanningen articles"]
    for (lid, text, lead), a in zip(expected, g["actions"]):
        where = f"b37-bestuursovereenkomst {lid}"
        if a["anchor"] + "." != text:
            errs.append(f"{where}: anchor is not the whole lid")
        partners = []
        if mm := re.search(r"samen met (.+)\.$", text):
            partners.append(short[mm.group(1)])
        if mm := re.search(r"met (.+?) als partner", text):
            partners.append(short[mm.group(1)])
        deps = [("starts_after", d) for d in re.findall(r"pas nadat .*?lid (\d\.\d)", text)]
        phrase = re.search(r"(Uiterlijk in \d{4}|In \d{4} en \d{4}|In \d{4}|Vanaf \d{4}|periode \d{4}-\d{4}|"
                           r"van \d{4} tot en met \d{4})", text).group(1)
        errs += expect(a, where, [lead], partners, *period(phrase), deps=deps)
    for q in [*build.BO_CONSIDER, *others, *build.BO_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b37-bestuursovereenkomst: not_commitment missing: {q!r}")
    return errs


def check_kamerbrief(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-20" or build.KB_DATE != "20 november 2026":
        errs.append("b37-kamerbrief: letter_date")
    mine = [s for s in build.KB_PLAN if re.search(r"\b[Ii]k\b", s)]
    if [a["anchor"] + "." for a in g["actions"]] != mine:
        return errs + ["b37-kamerbrief: the anchors are not the sentences in which 'ik' acts"]
    for s, a in zip(mine, g["actions"]):
        where = f"b37-kamerbrief {s[:30]!r}"
        lead, partners = [G.KGG], []
        if m := re.match(r"(.+?) en ik ", s):
            lead = names_in(m.group(1)) + [G.KGG]
        if m := re.match(r"Samen met (.+?) start ik", s):
            partners = names_in(m.group(1))
        elif m := re.search(r"\bik\b.*? met (\w+)", s, re.I):
            partners = names_in(m.group(1))
        start, end = period(re.search(r"((?:voor de zomer van |in het eerste kwartaal van |in )\d{4})", s).group(1))
        if re.search(r"\bstart ik\b", s):
            end = None
        errs += expect(a, where, lead, partners, start, end)
    for q in [*build.KB_INTRO, *[s for s in build.KB_PLAN if s not in mine], *build.KB_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b37-kamerbrief: not_commitment missing: {q!r}")
    if g["reported_plans"] != build.KB_SITUATION:
        errs.append("b37-kamerbrief: reported_plans are not the 'Situatie in de regio' sentences")
    return errs


def check_werkagenda(g: dict) -> list[str]:
    errs = []
    lines = [line for line in (ROOT / g["file"]).read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    cells = [[c.strip() for c in line.strip("|").split("|")] for line in lines]
    head, body = cells[0], [c for c in cells[2:]]
    col = {h: head.index(h) for h in ("Periode", "Actie", "Nr.", "Partners", "Trekker")}
    if col["Periode"] != 0 or col["Trekker"] != len(head) - 1:
        errs.append("b37-werkagenda: the column order is no longer unusual")
    done = [r for r in body if "(gereed)" in r[col["Periode"]]]
    todo = [r for r in body if r not in done]
    if [a["code"] for a in g["actions"]] != [r[col["Nr."]] for r in todo]:
        return errs + ["b37-werkagenda: the actions are not the rows that are not done"]
    for r, a in zip(todo, g["actions"]):
        where = f"b37-werkagenda {r[col['Nr.']]}"
        if (a["anchor"], a["title"]) != (r[col["Actie"]], r[col["Actie"]]):
            errs.append(f"{where}: anchor/title")
        errs += expect(a, where, [r[col["Trekker"]]], split(r[col["Partners"]]), *period(r[col["Periode"]]))
    for r in done:
        if r[col["Actie"]] not in g["not_commitments"]:
            errs.append(f"b37-werkagenda: done row not a not_commitment: {r[col['Actie']]!r}")
    for q in [*build.WA_INTRO, *build.WA_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b37-werkagenda: not_commitment missing: {q!r}")
    return errs


def check_actiepunten(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-26" or build.AP_DATE != "26 november 2026":
        errs.append("b37-actiepunten: letter_date")
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    who = {m.group(1): m.group(2) for line in lines
           if (m := re.fullmatch(r"- (\w+): [^,]+, ([^(]+?)(?: \(.+\))?", line))}
    items = [(m.group(1), m.group(2)) for line in lines if (m := re.fullmatch(r"(\d)\. (.+)", line))]
    if [a["code"] for a in g["actions"]] != [nr for nr, _ in items]:
        return errs + ["b37-actiepunten: not one action per actiepunt"]
    for (nr, text), a in zip(items, g["actions"]):
        where = f"b37-actiepunten {nr}"
        if a["anchor"] + "." != text:
            errs.append(f"{where}: anchor is not the whole actiepunt")
        subject = re.match(r"(\w+(?: en \w+)*) ", text).group(1).split(" en ")
        people = [who[i] for i in subject]
        if m := re.search(r"; (\w+) is trekker", text):
            lead = [who[m.group(1)]]
            partners = [p for p in people if p not in lead]
        else:
            lead, partners = people, []
        if m := re.search(r"samen met (\w+)", text):
            partners.append(who[m.group(1)])
        deps = [("starts_after", d) for d in re.findall(r"pas op na afronding van actiepunt (\d)", text)]
        phrase = re.search(r"(voor de zomer van \d{4}|eerste kwartaal van \d{4}|van \d{4} tot en met \d{4}|"
                           r"in \d{4})", text).group(1)
        errs += expect(a, where, lead, partners, *period(phrase), deps=deps)
    for q in [*build.AP_INTRO[1:], *build.AP_DONE, *build.AP_END[:1]]:
        if q not in g["not_commitments"]:
            errs.append(f"b37-actiepunten: not_commitment missing: {q!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_uitvoeringsprogramma(golds["b37-uitvoeringsprogramma"])
    errs += check_bestuursovereenkomst(golds["b37-bestuursovereenkomst"])
    errs += check_kamerbrief(golds["b37-kamerbrief"])
    errs += check_werkagenda(golds["b37-werkagenda"])
    errs += check_actiepunten(golds["b37-actiepunten"])
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for fname, (pages, orientation) in PAGES.items():
        reader = PdfReader(ROOT / fname)
        if len(reader.pages) != pages:
            errs.append(f"{fname}: {len(reader.pages)} pages, expected {pages}")
        for page in reader.pages:
            landscape = page.mediabox.width > page.mediabox.height
            if landscape != (orientation == "landscape"):
                errs.append(f"{fname}: orientation is not {orientation}")
    return errs


def main() -> int:
    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b37-*")}
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
