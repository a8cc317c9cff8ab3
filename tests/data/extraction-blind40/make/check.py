"""Check the blind40 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, orientation, the two text columns of the nieuwsbrief and PDF sizes are checked. The actions,
roles and periods are derived where the documents allow it: of the nieuwsbrief from build.py's paragraphs (the
part after "vertelde ... dat" is the action and the teller holds no role; names before "samen met" lead, names
after it are partners, "waarbij X betrokken is" → involved; past items, the event and the next issue are not
commitments), of the slide deck from build.py's bullets ("Actie n.m:" → code and anchor, "Trekker:" → lead with
"met X als partner" / "samen met X" → partners, "Wanneer:" → period, "na afronding van actie n.m" → starts_after
without years, "Geparkeerd:" → not a commitment), of the uitvoeringsprogramma by parsing the .md (the role
clauses of "Rol provincie:" and "Rol gemeenten:"; "de gemeenten" = the two gemeenten of the intro; a clause with
"was" is past and gives no role; "Planning:" → period; the finished action 5.3 is no action), of the kamerbrief
by parsing the .txt (answer sentences with "ik" are the minister's actions, other answer sentences naming a body
are reported plans, questions are no actions) and of the convenant from build.py's rows (the party of a merged
cell leads every row under it, a name in the Inspanning cell is a partner, a row about the past is not a
commitment).
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
# file -> (pages, orientation)
PAGES = {"b40-nieuwsbrief.pdf": (1, "portrait"), "b40-bestuursoverleg.pdf": (3, "landscape"),
         "b40-convenant.pdf": (1, "portrait")}

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


PERIOD_RE = [
    (r"[Vv]anaf (?:\w+ )?(\d{4})", lambda a: (a, None)),
    (r"[Vv]an (\d{4}) tot en met (\d{4})", lambda a, b: (a, b)),
    (r"in (\d{4}) en (\d{4})", lambda a, b: (a, b)),
    (r"uiterlijk (\d{4})", lambda a: (None, a)),
    (r"start in (\d{4})", lambda a: (a, None)),
    (r"in (\d{4})", lambda a: (a, a)),
]


def prose_period(text: str) -> tuple:
    for rx, f in PERIOD_RE:
        if m := re.search(rx, text):
            return f(*map(int, m.groups()))
    raise ValueError(f"no period in {text!r}")


def prose_roles(text: str) -> tuple:
    """lead, partners, involved of a prose sentence."""
    main, _, rest = text.partition(", waarbij ")
    involved = names_in(rest) if "betrokken" in rest else []
    if " samen met " in main:
        head, _, tail = main.partition(" samen met ")
        return names_in(head), names_in(tail), involved
    return names_in(main), [], involved


PAST_OR_AGENDA = (r" is .* opgeleverd", r" heeft .* vastgesteld", r"houden we", r"verschijnt in")


def check_nieuwsbrief(g: dict) -> list[str]:
    errs = []
    paras = [p for _, _, ps in build.NB_BLOCKS for p in ps]
    if {c for c, _, _ in build.NB_BLOCKS} != {0, 1}:
        errs.append("b40-nieuwsbrief: not two columns")
    actions, nots = [], []
    for p in paras:
        if any(re.search(rx, p) for rx in PAST_OR_AGENDA):
            nots.append(p)
        elif m := re.search(r" vertelde .*? dat (.+)\.$", p):
            actions.append(m.group(1))
        else:
            actions.append(p.removesuffix("."))
    if [a["anchor"] for a in g["actions"]] != actions:
        return errs + ["b40-nieuwsbrief: the anchors are not the plans of the paragraphs"]
    if g["not_commitments"] != nots:
        errs.append("b40-nieuwsbrief: not_commitments are not the past items, the event and the next issue")
    for text, a in zip(actions, g["actions"]):
        lead, partners, involved = prose_roles(text)
        errs += expect(a, f"b40-nieuwsbrief {text[:30]!r}", lead, partners, *prose_period(text), involved=involved)
    return errs


def check_bestuursoverleg(g: dict) -> list[str]:
    errs = []
    expected = []
    for _, groups in build.SL_SLIDES:
        for head, trekker, wanneer in groups:
            if head.startswith("Geparkeerd:"):
                if head not in g["not_commitments"]:
                    errs.append(f"b40-bestuursoverleg: parked item not a not_commitment: {head!r}")
                continue
            m = re.fullmatch(r"Actie (\d\.\d): (.+)", head)
            expected.append((m.group(1), m.group(2), trekker.removeprefix("Trekker: "),
                             wanneer.removeprefix("Wanneer: ")))
    if [(a["code"], a["anchor"]) for a in g["actions"]] != [(c, t) for c, t, _, _ in expected]:
        return errs + ["b40-bestuursoverleg: actions are not the 'Actie n.m:' bullets"]
    for (code, text, trekker, wanneer), a in zip(expected, g["actions"]):
        where = f"b40-bestuursoverleg {code}"
        if a["title"] != text:
            errs.append(f"{where}: title")
        if m := re.search(r", (?:met (.+) als partner|samen met (.+))$", trekker):
            lead, partners = names_in(trekker[: m.start()]), names_in(m.group(0))
        else:
            lead, partners = names_in(trekker), []
        deps = []
        if m := re.fullmatch(r"na afronding van actie (\d\.\d)", wanneer):
            start, end, deps = None, None, [("starts_after", m.group(1))]
        else:
            start, end = period(wanneer)
        errs += expect(a, where, lead, partners, start, end, deps=deps)
    return errs


ROLE = {"trekker": "lead", "partner": "partners", "betrokken": "involved"}


def check_uitvoeringsprogramma(g: dict) -> list[str]:
    errs = []
    text = (ROOT / g["file"]).read_text(encoding="utf-8")
    m = re.search(r"Met de gemeenten bedoelen we in dit programma (.+)\.", text)
    gemeenten = names_in(m.group(1))
    blocks = re.split(r"^### Actie ", text, flags=re.M)[1:]
    items = []
    for b in blocks:
        head = b.splitlines()[0]
        code, _, title = head.partition(" – ")
        if build.UP_DONE in b:
            if title not in g["not_commitments"] or build.UP_DONE not in g["not_commitments"]:
                errs.append(f"b40-uitvoeringsprogramma: finished {code} not a not_commitment")
            continue
        fields = dict(re.findall(r"^(Rol provincie|Rol gemeenten|Planning): (.+)$", b, flags=re.M))
        items.append((code, title, fields))
    if [(a["code"], a["anchor"], a["title"]) for a in g["actions"]] != [(c, t, t) for c, t, _ in items]:
        return errs + ["b40-uitvoeringsprogramma: actions are not the open '### Actie' headings"]
    for (code, title, f), a in zip(items, g["actions"]):
        roles = {"lead": [], "partners": [], "involved": []}
        for line in (f["Rol provincie"], f["Rol gemeenten"]):
            for clause in re.split(r"; | en is ", line):
                if " was " in clause or "geen rol" in clause:
                    continue
                word = next(w for w in ROLE if w in clause)
                who = names_in(clause) or ([G.PFR] if "provincie" in clause else gemeenten)
                roles[ROLE[word]] += who
        errs += expect(a, f"b40-uitvoeringsprogramma {code}", roles["lead"], roles["partners"],
                       *period(f["Planning"].rstrip(".")), involved=roles["involved"])
    for q in [build.UP_INTRO[0], *build.UP_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b40-uitvoeringsprogramma: not_commitment missing: {q!r}")
    return errs


def check_kamerbrief(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-12-08" or build.KB_DATE != "8 december 2026":
        errs.append("b40-kamerbrief: letter_date")
    text = (ROOT / g["file"]).read_text(encoding="utf-8")
    answers = re.findall(r"^Antwoord \d+\n(.+)$", text, flags=re.M)
    questions = re.findall(r"^Vraag \d+\n(.+)$", text, flags=re.M)
    if not len(answers) == len(questions) == 7:
        errs.append("b40-kamerbrief: not seven questions and answers")
    mine, reported, refs = [], [], []
    for ans in answers:
        for s in re.split(r"(?<=\.) ", ans):
            if s in ("Ja.", "Nee."):
                continue
            if s.startswith("Zie het antwoord"):
                refs.append(s)
            elif re.search(r"\b[Ii]k\b", s):
                mine.append(s.rstrip("."))
            elif names_in(s):
                reported.append(s)
    if [a["anchor"] for a in g["actions"]] != mine:
        return errs + ["b40-kamerbrief: the anchors are not the answer sentences with 'ik'"]
    if g["reported_plans"] != reported:
        errs.append("b40-kamerbrief: reported_plans are not the other bodies' plans in the answers")
    for q in [*build.KB_INTRO, *refs, *(q for q in questions if names_in(q))]:
        if q not in g["not_commitments"]:
            errs.append(f"b40-kamerbrief: not_commitment missing: {q!r}")
    for s, a in zip(mine, g["actions"]):
        _, partners, involved = prose_roles(s)
        errs += expect(a, f"b40-kamerbrief {s[:30]!r}", [G.LVVN], partners, *prose_period(s), involved=involved)
    return errs


def check_convenant(g: dict) -> list[str]:
    errs = []
    rows = [(party, what, when) for party, rs in build.CV_ROWS for what, when in rs]
    acts = [(p, w, t) for p, w, t in rows if t != "-"]
    if [a["anchor"] for a in g["actions"]] != [w for _, w, _ in acts]:
        return ["b40-convenant: actions are not the rows with a Termijn"]
    if sum(1 for p, rs in build.CV_ROWS if len(rs) > 1) != 1:
        errs.append("b40-convenant: not exactly one party with two rows")
    for p, w, t in rows:
        if t == "-" and (w not in g["not_commitments"] or not re.match(r"Heeft in \d{4}", w)):
            errs.append(f"b40-convenant: row of {p} without Termijn is no past not_commitment")
    for (party, what, when), a in zip(acts, g["actions"]):
        partners = [n for n in names_in(what) if n != party]
        errs += expect(a, f"b40-convenant {what[:30]!r}", [party], partners, *period(when))
    if build.CV_CONSIDER[0] not in g["not_commitments"]:
        errs.append("b40-convenant: the past 'Overwegende' clause is no not_commitment")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_nieuwsbrief(golds["b40-nieuwsbrief"])
    errs += check_bestuursoverleg(golds["b40-bestuursoverleg"])
    errs += check_uitvoeringsprogramma(golds["b40-uitvoeringsprogramma"])
    errs += check_kamerbrief(golds["b40-kamerbrief"])
    errs += check_convenant(golds["b40-convenant"])
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
    # the nieuwsbrief's body text starts at two x positions (two columns)
    xs = set()
    page = PdfReader(ROOT / "b40-nieuwsbrief.pdf").pages[0]
    page.extract_text(visitor_text=lambda t, cm, tm, fd, fs: xs.add(round(tm[4])) if t.strip() else None)
    if len({x // 100 for x in xs}) < 2 or max(xs) - min(xs) < 200:
        errs.append("b40-nieuwsbrief.pdf: text does not stand in two columns")
    return errs


def main() -> int:
    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b40-*")}
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
