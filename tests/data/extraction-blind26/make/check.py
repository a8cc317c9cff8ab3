"""Check the blind26 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on one
line. Page counts, page sizes and PDF sizes are checked; code, anchor, lead, partners and period of the
portefeuille table are derived from build.py's rows (the office holder's organisation leads), of the routekaart
from its 'Wie trekt?'/'Wie doen mee?'/'Wanneer?' lines, of the .txt from the heading per party and the bullet, of
the .md from the list in deel 1 and the planning table in deel 2; the letter's actions must stand in an answer.
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
PAGES = {"b26-portefeuille.pdf": 1, "b26-vraaglabels.pdf": 1, "b26-raadsvragen.pdf": 1}

G = gold_source
# short names in the documents -> official names (the introductions, the subtitle)
NAMES = {
    "gemeente amersfoort": G.AMERSFOORT,
    "gemeente leusden": G.LEUSDEN,
    "gemeente soest": G.SOEST,
    "provincie utrecht": G.PU,
    "waterschap vallei en veluwe": G.WVV,
    "gemeente ede": G.EDE,
    "gemeente wageningen": G.WAGENINGEN,
    "gemeente barneveld": G.BARNEVELD,
    "provincie gelderland": G.PG,
    "liander": G.LIANDER,
    "wur": G.WUR,
    "gemeente harderwijk": G.HARDERWIJK,
    "gemeente ermelo": G.ERMELO,
    "gemeente putten": G.PUTTEN,
    "staatsbosbeheer": G.SBB,
    "geldersch landschap & kasteelen": G.GLK,
    "gemeente gouda": G.GOUDA,
    "gemeente bodegraven-reeuwijk": G.BR,
    "gemeente waddinxveen": G.WADDINXVEEN,
    "rijnland": G.RIJNLAND,
    "provincie zuid-holland": G.PZH,
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
        errs.append(f"{where}: no lead (every action of this set names its trekker)")
    for key in ROLE_KEYS:
        if not isinstance(a[key], list) or not all(isinstance(n, str) and n for n in a[key]):
            errs.append(f"{where}: {key} must be a list of names")
    names = [n for key in ROLE_KEYS for n in a[key]]
    if len(names) != len(set(names)):
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
    if doc.suffix != ".pdf":
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


def names(cell: str) -> list[str]:
    return [] if cell.strip() in ("–", "-", "") else [name(p) for p in cell.split(",")]


def office(cell: str) -> list[str]:
    """The reading guide of b26-portefeuille: the office holder's organisation leads."""
    m = re.fullmatch(r"(?:wethouder \w+|dijkgraaf|gedeputeerde \w+) (.+)", cell)
    return [name(m.group(1))]


def years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"20\d\d", text)]


def period(cell: str):
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
    for key, value in (extra or {}).items():
        if a[key] != value:
            errs.append(f"{where}: {key} {a[key]} != derived {value}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs: list[str] = []
    acts = golds["b26-portefeuille"]["actions"]
    for a, (code, title, who, met, when) in zip(acts, build.PF_ROWS, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b26-portefeuille {code}: code/anchor")
        errs += expect(a, f"b26-portefeuille {code}", office(who), names(met), *period(when))
    # b26-vraaglabels: 'E1 Titel' then 'Wie trekt? X', 'Wie doen mee? Y, Z', 'Wanneer? ...'
    blocks = re.findall(r"^(E\d) (.+)\n?Wie trekt\? (.+)\nWie doen mee\? (.+)\nWanneer\? (.+)$",
                        "\n".join(f"{t}" for _, t in build.VL_PARAS), re.M)
    acts = golds["b26-vraaglabels"]["actions"]
    if len(blocks) != len(acts):
        errs.append(f"b26-vraaglabels: {len(blocks)} blocks, {len(acts)} actions")
    for a, (code, title, who, met, when) in zip(acts, blocks):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b26-vraaglabels {code}: code/anchor")
        errs += expect(a, f"b26-vraaglabels {code}", [name(who)], names(met), *period(when))
    # b26-perpartij: 'WAT DOET <PARTIJ>?' then bullets '- Titel, met/samen met/in opdracht van ..., periode.'
    lead = None
    bullets = []
    for line in (ROOT / "b26-perpartij.txt").read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"WAT DOET (?:DE )?(.+)\?", line)
        if m:
            lead = name(m.group(1))
        elif line.startswith("- ") and "afgerond" not in line:
            bullets.append((lead, line[2:].rstrip(".")))
    acts = golds["b26-perpartij"]["actions"]
    if len(bullets) != len(acts):
        errs.append(f"b26-perpartij: {len(bullets)} open bullets, {len(acts)} actions")
    for a, (who, text) in zip(acts, bullets):
        if not text.startswith(a["anchor"]):
            errs.append(f"b26-perpartij: anchor {a['anchor']!r} does not open {text!r}")
        parts = [p.strip() for p in text.split(",")]
        partners, comm = [], []
        for p in parts[1:-1]:
            m = re.fullmatch(r"(samen met|met|in opdracht van) (?:de )?(.+)", p)
            if m and m.group(1) == "in opdracht van":
                comm.append(name(m.group(2)))
            elif m:
                partners.append(name(m.group(2)))
        errs += expect(a, f"b26-perpartij {a['anchor'][:30]}", [who], partners, *period(parts[-1]),
                       {"commissioners": comm})
    # b26-planning: deel 1 list, deel 2 planning table
    md = (ROOT / "b26-planning.md").read_text(encoding="utf-8")
    items = re.findall(r"^(\d)\. (.+?)\. Trekker: (.+?)\. Met: (.+?)\.$", md, re.M)
    plan = {n: (s, e) for n, s, e in re.findall(r"^\| (\d) \| (\S+) \| (\S+) \|$", md, re.M)}
    acts = golds["b26-planning"]["actions"]
    for a, (n, title, trekker, met) in zip(acts, items, strict=True):
        if (a["code"], a["anchor"]) != (n, title):
            errs.append(f"b26-planning {n}: code/anchor")
        s, e = plan[n]
        errs += expect(a, f"b26-planning {n}", [name(trekker)], names(met),
                       None if s == "–" else int(s), None if e == "–" else int(e))
    return errs


def check_sections(golds: dict[str, dict]) -> list[str]:
    """Every action of the letter stands in an answer, never in a question."""
    errs: list[str] = []
    g = golds["b26-raadsvragen"]
    answers = [t for _, t in build.RV_PARAS if t.startswith("Antwoord:")]
    for a in g["actions"]:
        if not any(" ".join(a["anchor"].split()) in " ".join(t.split()) for t in answers):
            errs.append(f"b26-raadsvragen: action not in an answer: {a['anchor'][:40]!r}")
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for fname, pages in PAGES.items():
        reader = PdfReader(ROOT / fname)
        if len(reader.pages) != pages:
            errs.append(f"{fname}: {len(reader.pages)} pages, expected {pages}")
        for page in reader.pages:
            if page.mediabox.width > page.mediabox.height:
                errs.append(f"{fname}: a landscape page")
    return errs


def main() -> int:
    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b26-*")}
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
        errs += check_sections(golds)
    if not TOTAL[0] <= total <= TOTAL[1]:
        errs.append(f"{total} actions in all, expected {TOTAL[0]}-{TOTAL[1]}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(paths)} documents, {total} actions, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
