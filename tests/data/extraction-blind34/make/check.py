"""Check the blind34 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts and PDF sizes are checked. The actions, roles and periods are derived where the documents allow
it: of the Word uitvoeringsagenda from build.py's rows (a merged Trekker cell holds for the rows it covers), of the
Word werkprogramma from build.py's items (a sub-action without a "Trekker:" label inherits the trekker of its main
action and is part_of it), of the raadsinformatiebrief from build.py's paragraphs (every sentence is an anchor, a
not_commitment or a reported_plan; "wij" is the gemeente; the agreed sentence is led by the party after "dat"), of
the bestuursakkoord by parsing the .md (short names from Artikel 1 Begripsbepalingen; subject → lead, "in
samenwerking met" → partners, "in opdracht van" → commissioner) and of the actielijst by parsing the .txt
("Actiehouder:" → lead, "met:" → partners, "gereed:" → deadline, "[x]" → not a commitment).
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
PAGES = {"b34-uitvoeringsagenda.pdf": 2, "b34-raadsinformatiebrief.pdf": 1, "b34-werkprogramma.pdf": 1}

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


def expect(a: dict, where: str, lead, partners, start, end, commissioners=(), deps=()) -> list[str]:
    errs = []
    want = {"lead": list(lead), "partners": list(partners), "involved": [], "commissioners": list(commissioners),
            "support": [], "start_year": start, "end_year": end,
            "dependencies": [{"kind": k, "target": t} for k, t in deps]}
    for key, value in want.items():
        if a[key] != value:
            errs.append(f"{where}: {key} {a[key]!r}, derived {value!r}")
    for key in ("lead", "partners", "commissioners"):
        for n in a[key]:
            if n not in KNOWN:
                errs.append(f"{where}: {n!r} is no official name of gold.py")
    return errs


def split(cell: str) -> list[str]:
    return [] if cell.strip() == "-" else [c.strip() for c in cell.split(",")]


def check_uitvoeringsagenda(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.UA_ROWS):
        return ["b34-uitvoeringsagenda: not one action per row"]
    trekker = None
    for (code, text, cell, partners, when), a in zip(build.UA_ROWS, g["actions"]):
        trekker = cell if cell is not None else trekker  # merged cell: holds for the rows under it
        where = f"b34-uitvoeringsagenda {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        errs += expect(a, where, [trekker], split(partners), *period(when))
    merged = [r[0] for r in build.UA_ROWS if r[2] is None]
    if merged != ["DB-2", "DB-3"]:
        errs.append("b34-uitvoeringsagenda: the merged trekker cell should cover DB-2 and DB-3")
    for q in [*build.UA_INTRO, *build.UA_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b34-uitvoeringsagenda: not_commitment missing: {q!r}")
    text = norm(document_text(ROOT / g["file"]))
    for nr, head, _ in build.UA_TOC:
        if text.count(norm(f"{nr} {head}")) < 2:
            errs.append(f"b34-uitvoeringsagenda: heading {head!r} not both in the inhoudsopgave and the text")
    return errs


def check_werkprogramma(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.WP_ITEMS):
        return ["b34-werkprogramma: not one action per item"]
    parent = None
    for (nr, text, labels), a in zip(build.WP_ITEMS, g["actions"]):
        lab = dict(labels)
        code = nr.rstrip(".")
        where = f"b34-werkprogramma {code}"
        sub = "." in code
        if not sub:
            parent = (code, lab["Trekker:"])
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        lead = lab.get("Trekker:", parent[1])
        deps = [("part_of", parent[0])] if sub else []
        errs += expect(a, where, [lead], split(lab.get("Partners:", "-")), *period(lab["Planning:"]), deps=deps)
    for q in [build.WP_INTRO[1], *build.WP_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b34-werkprogramma: not_commitment missing: {q!r}")
    return errs


def check_raadsinformatiebrief(g: dict) -> list[str]:
    errs = []
    sentences = [s for _, ss in build.RB_PARAS for s in ss]
    anchors = {a["anchor"] + ".": a for a in g["actions"]}
    for s in sentences:
        kinds = [s in anchors, s in g["not_commitments"], s in g["reported_plans"]]
        if sum(kinds) != 1:
            errs.append(f"b34-raadsinformatiebrief: sentence not exactly once anchor/not/reported: {s!r}")
    if g["letter_date"] != "2026-11-26" or build.RB_DATE != "26 november 2026":
        errs.append("b34-raadsinformatiebrief: letter_date")
    what = dict(build.RB_PARAS)["Wat gaan wij doen?"]
    if sorted(anchors) != sorted(what):
        errs.append("b34-raadsinformatiebrief: the anchors are not the sentences under 'Wat gaan wij doen?'")
    for s, a in anchors.items():
        where = f"b34-raadsinformatiebrief {s[:30]!r}"
        if "afgesproken dat" in s:
            lead = [G.WF] if "het Wetterskip" in s.split("afgesproken dat")[1] else []
        else:
            lead = [G.TERSCHELLING] if re.search(r"\bwij\b", s, re.I) else []
        partners = [n for n in KNOWN if re.search(r"\bmet (de )?" + re.escape(n), s)]
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", s)]
        if "uiterlijk" in s:
            start, end = None, years[0]
        elif "starten" in s:
            start, end = years[0], None
        else:
            start, end = years[0], years[-1]
        errs += expect(a, where, lead, partners, start, end)
    return errs


def check_bestuursakkoord(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    defs: dict[str, list[str]] = {}
    for line in lines:
        if m := re.fullmatch(r"- \*\*(.+?)\*\*: (.+?)[;.]", line):
            names_ = re.split(r", | en ", m.group(2).removesuffix(" gezamenlijk"))
            defs[m.group(1).lower()] = names_
    if set(n for v in defs.values() for n in v) - KNOWN:
        errs.append("b34-bestuursakkoord: a defined name is not in gold.py")

    def who(phrase: str) -> list[str]:
        out = []
        for part in re.split(r" en ", phrase):
            part = part.strip()
            key = part.lower()
            out += defs[key] if key in defs else [re.sub(r"^(de|het) ", "", part, flags=re.I)]
        return out

    lids = [(m.group(1), m.group(2)) for line in lines if (m := re.fullmatch(r"([345]\.\d) (.+)", line))]
    if [a["code"] for a in g["actions"]] != [c for c, _ in lids]:
        return errs + ["b34-bestuursakkoord: the actions are not the leden of Artikel 3-5"]
    verbs = r" (versterkt|stellen|legt|voert|ontwikkelen) "
    for (code, text), a in zip(lids, g["actions"]):
        where = f"b34-bestuursakkoord {code}"
        if not text.startswith(a["anchor"]):
            errs.append(f"{where}: anchor is not the start of the lid")
        subject = re.split(verbs, text)[0]
        partners = who(m.group(1)) if (m := re.search(r"in samenwerking met (.+?)\.$", text)) else []
        commissioners = who(m.group(1)) if (m := re.search(r"in opdracht van (de Provincie)", text)) else []
        when = re.search(r"(in \d{4}-\d{4}|vanaf \d{4}|uiterlijk \d{4}|in \d{4})", text).group(1)
        errs += expect(a, where, who(subject), partners, *period(when), commissioners=commissioners)
    for line in lines:
        if m := re.fullmatch(r"[26]\.\d (.+)", line):
            if m.group(1) not in g["not_commitments"]:
                errs.append(f"b34-bestuursakkoord: not_commitment missing: {m.group(1)!r}")
    return errs


def check_actielijst(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    holder = None
    items = []
    for i, line in enumerate(lines):
        if line.startswith("Actiehouder: "):
            holder = line.removeprefix("Actiehouder: ")
        elif m := re.fullmatch(r"\[( |x)\] (\S+)  (.+)", line):
            meta = re.fullmatch(r"\s+met: (.+?)   gereed: (\d{4})", lines[i + 1])
            items.append((m.group(1) == "x", m.group(2), m.group(3), holder, meta.group(1), int(meta.group(2))))
    open_ = [it for it in items if not it[0]]
    if [a["code"] for a in g["actions"]] != [it[1] for it in open_]:
        return ["b34-actielijst: the actions are not the open items"]
    for (_, code, text, holder, met, year), a in zip(open_, g["actions"]):
        where = f"b34-actielijst {code}"
        if a["anchor"] != text:
            errs.append(f"{where}: anchor")
        errs += expect(a, where, [holder], split(met), None, year)
    for it in items:
        if it[0] and it[2] not in g["not_commitments"]:
            errs.append(f"b34-actielijst: ticked item not a not_commitment: {it[2]!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_uitvoeringsagenda(golds["b34-uitvoeringsagenda"])
    errs += check_werkprogramma(golds["b34-werkprogramma"])
    errs += check_raadsinformatiebrief(golds["b34-raadsinformatiebrief"])
    errs += check_bestuursakkoord(golds["b34-bestuursakkoord"])
    errs += check_actielijst(golds["b34-actielijst"])
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
    docs = {p.name for p in ROOT.glob("b34-*")}
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
