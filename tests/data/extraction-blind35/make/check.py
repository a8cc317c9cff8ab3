"""Check the blind35 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, orientation and PDF sizes are checked. The actions, roles and periods are derived where the
documents allow it: of the afsprakenlijst by parsing build.py's numbered paragraphs (names before the first period
phrase → lead, "in samenwerking met" / "als partner" → partners, "is daarbij betrokken" → involved, "in opdracht
van" → commissioner, "afspraak n" → depends n, "stellen vast" → not a commitment), of the gebiedsagenda from
build.py's rows (Trekker → lead, Betrokken → involved, first and last marked year column, "▶" → open end), of the
rolverdeling from build.py's rows (the role word of each column gives the role of the party named for it;
"financier" → commissioner, as the header note defines), of the verstedelijkingsstrategie by parsing the .md
("Wat doen we:" → anchor, "Wie:" → roles, "Dezelfde partijen als bij Kernbeslissing n" → the roles of that
section, "Wanneer:" → period) and of the kamerbrief by parsing the .txt ("Afgerond:" sentences are not
commitments, "Nieuw:" items and the follow-up are actions; "ik" is the ministry, "in mijn opdracht" →
commissioner, "afgesproken dat de gemeente" → the gemeente leads).
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
PAGES = {"b35-afsprakenlijst.pdf": 1, "b35-gebiedsagenda.pdf": 1, "b35-rolverdeling.pdf": 1}

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


YEAR_PHRASE = r"(uiterlijk \d{4}|vanaf \d{4}|in \d{4} en \d{4}|in \d{4})"


def check_afsprakenlijst(g: dict) -> list[str]:
    errs = []
    agreed = [(nr, t) for nr, t in build.AL_ITEMS if "spreken" in t and " af dat " in t]
    if [a["code"] for a in g["actions"]] != [nr for nr, _ in agreed]:
        return ["b35-afsprakenlijst: the actions are not the agreements 'spreken ... af dat'"]
    for (nr, text), a in zip(agreed, g["actions"]):
        where = f"b35-afsprakenlijst {nr}"
        if a["anchor"] + "." != text:
            errs.append(f"{where}: anchor is not the whole paragraph")
        after = text.split(" af dat ", 1)[1]
        m = re.search(YEAR_PHRASE, after)
        lead = names_in(after[: m.start()])
        partners, involved, commissioners = [], [], []
        if mm := re.search(r"in samenwerking met (.+)\.$", text):
            partners += names_in(mm.group(1))
        if mm := re.search(r"met (.+?) als partner", text):
            partners += names_in(mm.group(1))
        if mm := re.search(r"; (.+?) is daarbij betrokken", text):
            involved += names_in(mm.group(1))
        if mm := re.search(r"in opdracht van (.+)\.$", text):
            commissioners += names_in(mm.group(1))
        deps = [("depends", d) for d in re.findall(r"afspraak (\d+)", text)]
        errs += expect(a, where, lead, partners, *period(m.group(1)), commissioners=commissioners, deps=deps,
                       involved=involved)
    for nr, text in build.AL_ITEMS:
        if (nr, text) not in agreed and text not in g["not_commitments"]:
            errs.append(f"b35-afsprakenlijst: paragraph {nr} is no agreement and no not_commitment")
    for q in [*build.AL_INTRO, *build.AL_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b35-afsprakenlijst: not_commitment missing: {q!r}")
    return errs


def check_gebiedsagenda(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.GA_ROWS):
        return ["b35-gebiedsagenda: not one action per row"]
    for (code, text, trekker, betrokken, marks), a in zip(build.GA_ROWS, g["actions"]):
        where = f"b35-gebiedsagenda {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        years = [y for y, mark in zip(build.GA_YEARS, marks) if mark]
        start, end = years[0], years[-1]
        if marks[-1] == "▶":
            end = None
        errs += expect(a, where, [trekker], [], start, end, involved=split(betrokken))
    if "▶ = de actie loopt door na 2029" not in build.GA_LEGEND:
        errs.append("b35-gebiedsagenda: the legend does not explain ▶")
    for q in [*build.GA_INTRO, *build.GA_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b35-gebiedsagenda: not_commitment missing: {q!r}")
    return errs


ROLE = {"trekker": "lead", "partner": "partners", "betrokken": "involved", "financier": "commissioners"}


def check_rolverdeling(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.RV_ROWS):
        return ["b35-rolverdeling: not one action per row"]
    if "financier = betaalt de actie en is daarmee opdrachtgever" not in " ".join(build.RV_NOTE):
        errs.append("b35-rolverdeling: the note does not define financier as opdrachtgever")
    for (code, text, rijk, regio, rol_rijk, rol_regio, when), a in zip(build.RV_ROWS, g["actions"]):
        where = f"b35-rolverdeling {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        roles = {k: [] for k in ROLE.values()}
        roles[ROLE[rol_rijk]].append(rijk)
        roles[ROLE[rol_regio]].append(regio)
        errs += expect(a, where, roles["lead"], roles["partners"], *period(when),
                       commissioners=roles["commissioners"], involved=roles["involved"])
    for q in [*build.RV_INTRO, *build.RV_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b35-rolverdeling: not_commitment missing: {q!r}")
    return errs


def when_period(text: str) -> tuple:
    years = [int(y) for y in re.findall(r"\d{4}", text)]
    if text.startswith("Van ") or re.match(r"In \d{4} en \d{4}", text):
        return years[0], years[1]
    if "begint" in text:
        return years[0], None
    if text.startswith("Uiterlijk"):
        return None, years[0]
    if re.fullmatch(r"In \d{4}\.", text):
        return years[0], years[0]
    raise ValueError(f"unknown Wanneer {text!r}")


def check_verstedelijkingsstrategie(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    section = None
    items = []  # (section number, wat, wie, wanneer)
    for i, line in enumerate(lines):
        if m := re.match(r"## Kernbeslissing (\d+)", line):
            section = m.group(1)
        elif line.startswith("Wat doen we: "):
            wie = lines[i + 1].removeprefix("Wie: ")
            wanneer = lines[i + 2].removeprefix("Wanneer: ")
            items.append((section, line.removeprefix("Wat doen we: "), wie, wanneer))
    if [a["anchor"] + "." for a in g["actions"]] != [it[1] for it in items]:
        return ["b35-verstedelijkingsstrategie: the anchors are not the 'Wat doen we:' sentences"]
    by_section: dict[str, tuple] = {}
    for (sec, wat, wie, wanneer), a in zip(items, g["actions"]):
        where = f"b35-verstedelijkingsstrategie {wat[:30]!r}"
        if m := re.fullmatch(r"Dezelfde partijen als bij Kernbeslissing (\d+)\.", wie):
            lead, partners, involved = by_section[m.group(1)]
        else:
            main, _, rest = wie.partition(";")
            head, _, met = main.partition(", samen met ")
            lead = names_in(head)
            partners = names_in(met)
            involved = names_in(rest) if "betrokken" in rest else []
        by_section.setdefault(sec, (lead, partners, involved))
        if a["code"] != "":
            errs.append(f"{where}: code should be ''")
        errs += expect(a, where, lead, partners, *when_period(wanneer), involved=involved)
    for q in [*build.VS_INTRO, *build.VS_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b35-verstedelijkingsstrategie: not_commitment missing: {q!r}")
    return errs


def check_kamerbrief(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-25" or build.KB_DATE != "25 november 2026":
        errs.append("b35-kamerbrief: letter_date")
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    numbered = [m.group(1) for line in lines if (m := re.fullmatch(r"(\d)\. .+", line))]
    if numbered != ["1", "2", "3", "4", "5", "6"]:
        errs.append("b35-kamerbrief: toezeggingen are not numbered 1-6")
    anchors = {re.sub(r"^Nieuw: ", "", a["anchor"]) for a in g["actions"]}
    expected = []
    for _, sentences in build.KB_ITEMS:
        for i, s in enumerate(sentences):
            if s.startswith("Afgerond:"):
                if s not in g["not_commitments"]:
                    errs.append(f"b35-kamerbrief: done item not a not_commitment: {s!r}")
            else:
                expected.append(s.removeprefix("Nieuw: ").rstrip("."))
    if sorted(anchors) != sorted(expected):
        return errs + ["b35-kamerbrief: the anchors are not the new items and the follow-up"]
    for s, a in zip(expected, g["actions"]):
        where = f"b35-kamerbrief {s[:30]!r}"
        if a["anchor"] != s:
            errs.append(f"{where}: anchor order")
        commissioners = []
        if "afgesproken dat de gemeente" in s:
            lead, partners = names_in(s.split("afgesproken")[0])[:1], []
        elif "in mijn opdracht" in s:
            lead, partners, commissioners = names_in(s)[:1], [], [G.IENW]
        else:
            lead = [G.IENW] if re.search(r"\bik\b", s) else []
            partners = names_in(s.split(" met ", 1)[1]) if " met " in s else []
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", s)]
        start, end = (None, years[0]) if "uiterlijk" in s else (years[0], years[-1])
        errs += expect(a, where, lead, partners, start, end, commissioners=commissioners)
    for q in [*build.KB_INTRO, *build.KB_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b35-kamerbrief: not_commitment missing: {q!r}")
    if g["reported_plans"] != build.KB_OTHER:
        errs.append("b35-kamerbrief: reported_plans are not the 'Ontwikkelingen bij anderen'")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_afsprakenlijst(golds["b35-afsprakenlijst"])
    errs += check_gebiedsagenda(golds["b35-gebiedsagenda"])
    errs += check_rolverdeling(golds["b35-rolverdeling"])
    errs += check_verstedelijkingsstrategie(golds["b35-verstedelijkingsstrategie"])
    errs += check_kamerbrief(golds["b35-kamerbrief"])
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
    docs = {p.name for p in ROOT.glob("b35-*")}
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
