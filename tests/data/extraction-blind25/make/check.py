"""Check the blind25 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on one
line. Page counts, page sizes and PDF sizes are checked; code and title of the table rows are compared with
build.py's data (the Wie cells with two trekkers or a penvoerder resolved by the reading guide, Start + Duur
turned into years), the bracketed '[trekker, periode]' of the .txt and the numbered list and appendix table of the
.md are parsed and compared with the gold lead and period; the letter's actions must stand under 'Wat gaan wij
doen?', its reported plans under 'Wat doen anderen?', and the besluitenlijst's actions under a '- Besluit' point.
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
TOTAL = (30, 40)
PAGES = {"b25-tweetrekkers.pdf": 1, "b25-duur.pdf": 1, "b25-opsomming.pdf": 1, "b25-besluitenlijst.pdf": 1}

G = gold_source
# short names in the documents -> official names (the introduction, the abbreviation list, the reading guide)
NAMES = {
    "hhnk": G.HHNK,
    "lto noord": G.LTO,
    "ggd hollands noorden": G.GGDHN,
    "pwn": G.PWN,
    "gemeente schagen": G.SCHAGEN,
    "gemeente den helder": G.DENHELDER,
    "gemeente hollands kroon": G.HKROON,
    "provincie noord-holland": G.PNH,
    "waterschap de dommel": G.DOMMEL,
    "waterschap aa en maas": G.WAM,
    "brabant water": G.BW,
    "zlto": G.ZLTO,
    "brabants landschap": G.BL,
    "natuurmonumenten": G.NM,
    "gemeente 's-hertogenbosch": G.DENBOSCH,
    "gemeente vught": G.VUGHT,
    "gemeente sint-michielsgestel": G.SMG,
    "provincie noord-brabant": G.PNB,
    "waterschap limburg": G.WL,
    "wml": G.WML,
    "lltb": G.LLTB,
    "gemeente venlo": G.VENLO,
    "gemeente venray": G.VENRAY,
    "gemeente horst aan de maas": G.HORST,
    "het waterschap": G.WRIJ,
    "gemeente aalten": G.AALTEN,
    "gemeente oost gelre": G.OOSTGELRE,
    "gemeente winterswijk": G.WINTERSWIJK,
    "vitens": G.VITENS,
    "staatsbosbeheer": G.SBB,
    "provincie gelderland": G.PG,
}
GEMEENTEN_KOP = [G.DENHELDER, G.SCHAGEN, G.HKROON]


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


def wie(cell: str) -> tuple[list[str], list[str]]:
    """The reading guide of b25-tweetrekkers: two trekkers, or the penvoerder of the regio with the other two
    gemeenten as partners."""
    m = re.fullmatch(r"Regio Kop van Noord-Holland \(penvoerder: (gemeente .+)\)", cell)
    if m:
        lead = name(m.group(1))
        return [lead], [g for g in GEMEENTEN_KOP if g != lead]
    m = re.fullmatch(r"Gemeenten (\w+) en (.+)", cell)
    if m:
        return [name("gemeente " + m.group(1)), name("gemeente " + m.group(2))], []
    return [name(p) for p in cell.split(" en ")], []


def years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"20\d\d", text)]


def looptijd(cell: str):
    ys = years(cell)
    if cell.startswith(("loopt tot en met", "uiterlijk")):
        return None, ys[0]
    if cell.startswith(("start", "jaarlijks vanaf", "vanaf")):
        return ys[0], None
    return ys[0], ys[-1]


def duur(start: str, length: str):
    """Start + Duur -> years, counted as the reading guide does (start 2027 + 1 jaar = klaar eind 2027)."""
    y = years(start)[0]
    if length == "doorlopend":
        return y, None
    month = 1
    if start.startswith(("najaar", "2e helft", "1 juli")):
        month = 7 if start.startswith(("2e helft", "1 juli")) else 9
    n, unit = length.split()
    months = int(n) * (12 if unit == "jaar" else 1)
    return y, y + (month - 1 + months - 1) // 12


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
    acts = golds["b25-tweetrekkers"]["actions"]
    for a, (code, title, who, met, when) in zip(acts, build.TT_ROWS, strict=True):
        lead, extra = wie(who)
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b25-tweetrekkers {code}: code/anchor")
        errs += expect(a, f"b25-tweetrekkers {code}", lead, extra + names(met), *looptijd(when))
    acts = golds["b25-duur"]["actions"]
    for a, (code, title, trekker, partners, start, length) in zip(acts, build.DU_ROWS, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b25-duur {code}: code/anchor")
        errs += expect(a, f"b25-duur {code}", [name(trekker)], names(partners), *duur(start, length))
    # b25-haken: '- Titel, met/samen met/in opdracht van ... [trekker, periode]'
    txt = (ROOT / "b25-haken.txt").read_text(encoding="utf-8")
    bullets = re.findall(r"^- (.+) \[([^,\]]+), ([^\]]+)\]$", txt, re.M)
    bullets = [b for b in bullets if not b[2].startswith("afgerond")]
    acts = golds["b25-haken"]["actions"]
    if len(bullets) != len(acts):
        errs.append(f"b25-haken: {len(bullets)} open bullets, {len(acts)} actions")
    for text, trekker, when in bullets:
        a = next((a for a in acts if text.startswith(a["anchor"])), None)
        if a is None:
            errs.append(f"b25-haken: no action for {text!r}")
            continue
        rest = text[len(a["anchor"]) :]
        partners, comm = [], []
        m = re.search(r"in opdracht van de (provincie Limburg)", text)
        if m:
            comm = [G.PL]
        m = re.search(r"samen met de gemeenten (\w+) en (.+)$", rest)
        if m:
            partners = [name("gemeente " + m.group(1)), name("gemeente " + m.group(2))]
        m = re.search(r", met (?:medewerking van |de )?(.+)$", rest)
        if m:
            partners = [{"WML": G.WML, "provincie Limburg": G.PL, "GGD Limburg-Noord": G.GGDLN}[m.group(1)]]
        who = G.HORST if trekker == "gemeente Horst aan de Maas" else name(trekker)
        errs += expect(
            a, f"b25-haken {a['anchor'][:30]}", [who], partners, *looptijd(when), {"commissioners": comm}
        )
    # b25-bijlage: list items 1-3 and table rows 4-6 (7 vervallen)
    md = (ROOT / "b25-bijlage.md").read_text(encoding="utf-8")
    rows = [
        (n, t, tr, met, pl)
        for n, t, tr, met, pl in re.findall(
            r"^(\d)\. \*\*(.+?)\.\*\* Trekker: (.+?)\. Met: (.+?)\. Planning: (.+?)\.$", md, re.M
        )
    ]
    rows += [
        tuple(c.strip() for c in line.strip("|").split("|"))
        for line in md.splitlines()
        if re.match(r"\| \d \|", line)
    ]
    rows = [r for r in rows if r[4] != "vervallen"]
    acts = golds["b25-bijlage"]["actions"]
    for a, (n, title, trekker, met, when) in zip(acts, rows, strict=True):
        if (a["code"], a["anchor"]) != (n, title):
            errs.append(f"b25-bijlage {n}: code/anchor {a['code']!r} {a['anchor']!r}")
        errs += expect(a, f"b25-bijlage {n}", [name(trekker)], names(met), *looptijd(when))
    return errs


def section_of(raw: str, quote: str, heading_re: str) -> str:
    """The last heading matching heading_re before the quote."""
    flat = " ".join(raw.split())
    pos = flat.find(" ".join(quote.split()))
    heads = [m for m in re.finditer(heading_re, flat) if m.start() < pos]
    return heads[-1].group(0) if pos >= 0 and heads else ""


def check_sections(golds: dict[str, dict]) -> list[str]:
    errs: list[str] = []
    g = golds["b25-opsomming"]
    raw = document_text(ROOT / g["file"])
    heads = r"Wat (?:hebben wij gedaan|gaan wij doen|vragen wij van u|doen anderen)\?"
    for a in g["actions"]:
        if section_of(raw, a["anchor"], heads) != "Wat gaan wij doen?":
            errs.append(f"b25-opsomming: action not under 'Wat gaan wij doen?': {a['anchor'][:40]!r}")
    for s in g["reported_plans"]:
        if section_of(raw, s, heads) != "Wat doen anderen?":
            errs.append(f"b25-opsomming: reported plan not under 'Wat doen anderen?': {s[:40]!r}")
    g = golds["b25-besluitenlijst"]
    raw = document_text(ROOT / g["file"])
    for a in g["actions"]:
        head = section_of(
            raw, a["anchor"], r"(?<![\d\w])\d\. [A-Z][^.:]*? - (?:Besluit|Aangehouden|Ter kennisname)"
        )
        if not head.endswith("- Besluit") or not head.startswith(a["code"] + "."):
            errs.append(f"b25-besluitenlijst: action {a['code']} not under its '- Besluit' point ({head!r})")
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
    docs = {p.name for p in ROOT.glob("b25-*")}
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
