"""Check the blind36 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, orientation, PDF sizes and the absence of drawn lines in the unruled PDF are checked. The
actions, roles, periods and dependencies are derived where the documents allow it: of the opgaven from build.py's
rows (Kartrekker → lead, two names with "(gedeeld)" → two leads, Meedenkers → involved as the reading guide says,
Gereed → a deadline null/end, "doorlopend" → null/null, "vervolg op X" → starts_after X), of the bereikbaarheid
from build.py's rows ("X trekt dit" → lead, "werken mee" / "samen met" → partners, "denkt mee" → involved, "Dit
wordt door X uitgevoerd in opdracht van Y" → lead X, commissioner Y; the left Wanneer column → period, "na
afronding van X" → starts_after X), of the raadsinformatiebrief by parsing the .txt (the sentences under "Wat
gaan wij doen?" are the actions, "wij" is the Gemeente Capelle aan den IJssel, "In onze opdracht voert X" → lead
X, commissioner the gemeente; those under "Wat is er gebeurd?" and "Hoe verder?" are not_commitments, those under
"Wat doen anderen?" reported_plans), of the veenweide by parsing the .md ("Aan de lat" → lead, "Doet mee" →
partners, groups left out, "Wordt geraadpleegd" → involved, "Opdrachtgever" → commissioners, "Tijdvak" →
period, "zodra ... (Wn) gereed is" → starts_after Wn) and of the netcongestie by parsing the pipe table of the
.txt (the role word in brackets behind each party: trekt → lead, doet mee → partners, denkt mee → involved).
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
PAGES = {"b36-opgaven.pdf": 1, "b36-bereikbaarheid.pdf": 1}
UNRULED = "b36-bereikbaarheid.pdf"

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


def period(cell: str, deadline: bool = False) -> tuple:
    """Period of a time cell; in a column that asks when a thing is ready (deadline) one moment is an end."""
    cell = cell.strip().lower()
    if m := re.fullmatch(r"(\d{4}) t/m (\d{4})", cell):
        return int(m.group(1)), int(m.group(2))
    if m := re.fullmatch(r"vanaf (?:medio )?(\d{4})", cell):
        return int(m.group(1)), None
    if m := re.fullmatch(r"(?:gereed )?eind (\d{4})", cell):
        return None, int(m.group(1))
    if m := re.fullmatch(r"(?:q[1-4] )?(\d{4})", cell):
        return (None, int(m.group(1))) if deadline else (int(m.group(1)), int(m.group(1)))
    if cell == "doorlopend" or cell.startswith("na afronding van ") or cell.startswith("start zodra "):
        return None, None
    raise ValueError(f"unknown period {cell!r}")


def deps_in(text: str) -> list[tuple]:
    found = re.findall(r"(?:na afronding van|vervolg op) ([A-Z]+-?\d+)", text)
    found += re.findall(r"zodra .*\(([A-Z]+\d+)\) gereed is", text)
    return [("starts_after", t) for t in found]


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



def check_opgaven(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.OP_ROWS):
        return ["b36-opgaven: not one action per row"]
    for (code, opgave, remark, trekker, meedenkers, gereed), a in zip(build.OP_ROWS, g["actions"]):
        where = f"b36-opgaven {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, opgave, opgave):
            errs.append(f"{where}: code/anchor/title")
        lead = names_in(trekker)
        if len(lead) > 1 and "(gedeeld)" not in trekker:
            errs.append(f"{where}: two trekkers without '(gedeeld)'")
        errs += expect(a, where, lead, [], *period(gereed, deadline=True), deps=deps_in(remark),
                       involved=split(meedenkers))
    for q in [*build.OP_INTRO, *build.OP_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b36-opgaven: not_commitment missing: {q!r}")
    return errs


def check_bereikbaarheid(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.HL_ROWS):
        return ["b36-bereikbaarheid: not one action per row"]
    for (wanneer, code, what, who), a in zip(build.HL_ROWS, g["actions"]):
        where = f"b36-bereikbaarheid {code}"
        if (a["code"], a["anchor"] + ".") != (code, what):
            errs.append(f"{where}: code/anchor")
        commissioners, involved, partners = [], [], []
        if m := re.fullmatch(r"Dit wordt door (.+) uitgevoerd in opdracht van (.+)\.", who):
            lead, commissioners = names_in(m.group(1)), names_in(m.group(2))
        else:
            head, _, rest = who.partition(";")
            lead_part, _, met = head.partition(", samen met ")
            if " trekt dit" not in lead_part:
                errs.append(f"{where}: unknown who sentence {who!r}")
            lead, partners = names_in(lead_part), names_in(met)
            if "werken mee" in rest or "werkt mee" in rest:
                partners += names_in(rest)
            elif "denkt mee" in rest:
                involved = names_in(rest)
        errs += expect(a, where, lead, partners, *period(wanneer), commissioners=commissioners,
                       deps=deps_in(wanneer), involved=involved)
    for q in [*build.HL_INTRO, *build.HL_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b36-bereikbaarheid: not_commitment missing: {q!r}")
    return errs


def letter_period(s: str) -> tuple:
    if m := re.search(r"(\d{4}) t/m (\d{4})", s):
        return int(m.group(1)), int(m.group(2))
    if m := re.search(r"[Vv]anaf (?:medio )?(\d{4})", s):
        return int(m.group(1)), None
    if m := re.search(r"(?:vóór \d+ \w+|[Uu]iterlijk Q[1-4]|eind) (\d{4})", s):
        return None, int(m.group(1))
    raise ValueError(f"unknown period in {s!r}")


def check_raadsinformatiebrief(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-26" or build.RB_DATE != "26 november 2026":
        errs.append("b36-raadsinformatiebrief: letter_date")
    text = (ROOT / g["file"]).read_text(encoding="utf-8")
    paras = {}
    for head, body in re.findall(r"^(Wat is er gebeurd\?|Wat gaan wij doen\?|Wat doen anderen\?|Hoe verder\?)\n\n"
                                 r"(.+)$", text, flags=re.M):
        paras[head] = re.split(r"(?<=\.) (?=[A-Z])", body)
    if len(paras) != 4:
        return ["b36-raadsinformatiebrief: the four paragraphs are not found"]
    sentences = paras["Wat gaan wij doen?"]
    if [a["anchor"] + "." for a in g["actions"]] != sentences:
        return errs + ["b36-raadsinformatiebrief: the anchors are not the sentences under 'Wat gaan wij doen?'"]
    for s, a in zip(sentences, g["actions"]):
        where = f"b36-raadsinformatiebrief {s[:30]!r}"
        commissioners, partners = [], []
        if m := re.match(r"In onze opdracht voert (?:de )?(.+?) (?:eind|in|vanaf) ", s):
            lead, commissioners = names_in(m.group(1)), [G.CAPELLE]
        else:
            if not re.search(r"\bwij\b", s, flags=re.I):
                errs.append(f"{where}: no 'wij'")
            lead = [G.CAPELLE]
            partners = names_in(s)
        errs += expect(a, where, lead, partners, *letter_period(s), commissioners=commissioners)
    for q in [build.RB_OPEN[1], *paras["Wat is er gebeurd?"], *paras["Hoe verder?"]]:
        if q not in g["not_commitments"]:
            errs.append(f"b36-raadsinformatiebrief: not_commitment missing: {q!r}")
    if g["reported_plans"] != paras["Wat doen anderen?"]:
        errs.append("b36-raadsinformatiebrief: reported_plans are not the sentences under 'Wat doen anderen?'")
    return errs


def check_veenweide(g: dict) -> list[str]:
    errs = []
    text = (ROOT / g["file"]).read_text(encoding="utf-8")
    blocks = re.findall(r"^### (W\d) (.+)\n\n((?:\*\*.+\n)+)", text, flags=re.M)
    if [(a["code"], a["anchor"], a["title"]) for a in g["actions"]] != [(c, t, t) for c, t, _ in blocks]:
        return ["b36-veenweide: the actions are not the '### Wn' blocks"]
    for (code, _, body), a in zip(blocks, g["actions"]):
        where = f"b36-veenweide {code}"
        labels = dict(re.findall(r"^\*\*(.+?):\*\* (.+?)\s*$", body, flags=re.M))
        unknown = set(labels) - {"Aan de lat", "Doet mee", "Wordt geraadpleegd", "Opdrachtgever", "Tijdvak"}
        if unknown:
            errs.append(f"{where}: unknown labels {sorted(unknown)}")
        tijdvak = labels["Tijdvak"]
        errs += expect(a, where, names_in(labels["Aan de lat"]), names_in(labels.get("Doet mee", "")),
                       *period(tijdvak), commissioners=names_in(labels.get("Opdrachtgever", "")),
                       deps=deps_in(tijdvak), involved=names_in(labels.get("Wordt geraadpleegd", "")))
    for q in [*build.VW_INTRO, *build.VW_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b36-veenweide: not_commitment missing: {q!r}")
    return errs


ROLE_WORD = {"trekt": "lead", "doet mee": "partners", "denkt mee": "involved"}


def check_netcongestie(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in lines if re.match(r"\| EN-\d", line)]
    if [(a["code"], a["anchor"]) for a in g["actions"]] != [(r[0], r[1]) for r in rows]:
        return ["b36-netcongestie: the actions are not the table rows"]
    for (code, actie, partijen, wanneer), a in zip(rows, g["actions"]):
        where = f"b36-netcongestie {code}"
        roles: dict[str, list] = {"lead": [], "partners": [], "involved": []}
        for party, word in re.findall(r"([^,(]+?) \(([a-z ]+)\)", partijen):
            roles[ROLE_WORD[word]].append(party.strip())
        if a["title"] != actie:
            errs.append(f"{where}: title")
        errs += expect(a, where, roles["lead"], roles["partners"], *period(wanneer), deps=deps_in(wanneer),
                       involved=roles["involved"])
    for q in [*build.NC_INTRO, *build.NC_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b36-netcongestie: not_commitment missing: {q!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_opgaven(golds["b36-opgaven"])
    errs += check_bereikbaarheid(golds["b36-bereikbaarheid"])
    errs += check_raadsinformatiebrief(golds["b36-raadsinformatiebrief"])
    errs += check_veenweide(golds["b36-veenweide"])
    errs += check_netcongestie(golds["b36-netcongestie"])
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
            if fname == UNRULED:
                ops = {op for _, op in page.get_contents().operations}
                if ops & {b"re", b"l", b"S"}:
                    errs.append(f"{fname}: draws lines or rectangles (should be unruled)")
    return errs


def main() -> int:
    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b36-*")}
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
