"""Check the blind28 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, page sizes and PDF sizes are checked; code, anchor, roles and period are derived: of the
blanket-partner table from build.py's rows plus the reading guide's blanket partner (checked in the PDF), of the
project cards from build.py's cards (Opdrachtgever → commissioners, Opdrachtnemer → lead, Projectgroep →
partners, Klankbordgroep → involved), of the Frisian-label Markdown by parsing it (Lûker, Mei, Belutsen,
Perioade, 'fan ... ôf', 'úterlik'), of the month-range text table by parsing its columns, and of the
raadsinformatiebrief from build.py's paragraphs: every bold lead sentence is an action and nothing else is, the
lead is the Gemeente Alblasserdam ('wij') unless 'laten wij door X' makes X the lead and the gemeente its
commissioner, and the other organisations named in the sentence are partners. Exit code 1 on any problem.
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
PAGES = {"b28-alle-partner.pdf": 1, "b28-projectkaarten.pdf": 1, "b28-kernzinnen.pdf": 1}

G = gold_source
# short names in the documents -> official names
NAMES = {
    "gemeente haarlem": G.HAARLEM,
    "gemeente zandvoort": G.ZANDVOORT,
    "gemeente bloemendaal": G.BLOEMENDAAL,
    "gemeente heemstede": G.HEEMSTEDE,
    "provincie noord-holland": G.PNH,
    "hoogheemraadschap van rijnland": G.RIJNLAND,
    "gemeente dongen": G.DONGEN,
    "gemeente gilze en rijen": G.GILZE,
    "gemeente hilvarenbeek": G.HILVARENBEEK,
    "provincie noord-brabant": G.PNB,
    "waterschap brabantse delta": G.WBD,
    "waterschap de dommel": G.DOMMEL,
    "gemeente noardeast-fryslân": G.NOARDEAST,
    "gemeente dantumadiel": G.DANTUMADIEL,
    "gemeente achtkarspelen": G.ACHTKARSPELEN,
    "gemeente tytsjerksteradiel": G.TYTSJERK,
    "provinsje fryslân": G.PF,
    "wetterskip fryslân": G.WF,
    "gemeente asten": G.ASTEN,
    "gemeente someren": G.SOMEREN,
    "gemeente helmond": G.HELMOND,
    "waterschap aa en maas": G.AENM,
    "gemeente molenlanden": G.MOLENLANDEN,
    "waterschap rivierenland": G.WSRL,
    "provincie zuid-holland": G.PZH,
}
SENDER = G.ALBLASSERDAM


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


def name(cell: str) -> str:
    return NAMES[" ".join(cell.split()).strip().lower()]


def names(cell: str) -> list[str]:
    return [] if cell.strip() in ("–", "-", "") else [name(p) for p in cell.split(",")]


def years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"20\d\d", text)]


def period(cell: str):
    """'2027-2029', '2028', 'vanaf 2028', 'uiterlijk 2028', month ranges, and the Frisian 'fan 2028 ôf',
    'úterlik 2028'."""
    ys = years(cell)
    if cell.startswith(("uiterlijk", "úterlik")):
        return None, ys[0]
    if cell.startswith(("vanaf", "fan ")):
        return ys[0], None
    return ys[0], ys[-1]


def expect(a: dict, where: str, lead, partners, start, end, extra=None) -> list[str]:
    errs = []
    got = (a["lead"], a["partners"], a["start_year"], a["end_year"])
    if got != (lead, partners, start, end):
        errs.append(f"{where}: gold {got} != derived {(lead, partners, start, end)}")
    for key in ("involved", "commissioners", "support"):
        value = (extra or {}).get(key, [])
        if a[key] != value:
            errs.append(f"{where}: {key} {a[key]} != derived {value}")
    return errs


def check_alle_partner(acts: list[dict], raw: str) -> list[str]:
    errs: list[str] = []
    if norm(build.AP_GUIDE) not in norm(raw):
        errs.append("b28-alle-partner: the reading guide's blanket partner is not in the PDF")
    blanket = name(build.AP_BLANKET)
    for a, (code, title, trekker, partners, when) in zip(acts, build.AP_ROWS, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b28-alle-partner {code}: code/anchor")
        lead = [name(trekker)]
        derived = names(partners) + ([] if blanket in lead else [blanket])
        errs += expect(a, f"b28-alle-partner {code}", lead, derived, *period(when))
    if not any(name(r[2]) == blanket for r in build.AP_ROWS):
        errs.append("b28-alle-partner: no row where the blanket partner leads")
    return errs


def check_projectkaarten(acts: list[dict]) -> list[str]:
    errs: list[str] = []
    for a, (code, title, og, on, pg, kb, plan) in zip(acts, build.PK_CARDS, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b28-projectkaarten {code}: code/anchor")
        errs += expect(a, f"b28-projectkaarten {code}", [name(on)], names(pg), *period(plan),
                       {"commissioners": names(og), "involved": names(kb)})
    return errs


def check_fryske_labels(acts: list[dict]) -> list[str]:
    errs: list[str] = []
    md = (ROOT / "b28-fryske-labels.md").read_text(encoding="utf-8")
    items: list[dict] = []
    for line in md.splitlines():
        m = re.fullmatch(r"### (\d+)\. (.+)", line)
        if m:
            items.append({"code": m.group(1), "title": m.group(2)})
            continue
        lab = re.fullmatch(r"- \*\*(Lûker|Mei|Belutsen|Perioade):\*\* (.+)", line.rstrip())
        if lab and items:
            items[-1][lab.group(1)] = lab.group(2).strip()
    if any(set(it) - {"code", "title", "Belutsen"} != {"Lûker", "Mei", "Perioade"} for it in items):
        errs.append("b28-fryske-labels: an item lacks Lûker, Mei or Perioade")
        return errs
    for a, it in zip(acts, items, strict=True):
        if (a["code"], a["anchor"]) != (it["code"], it["title"]):
            errs.append(f"b28-fryske-labels {it['code']}: code/anchor")
        errs += expect(a, f"b28-fryske-labels {it['code']}", [name(it["Lûker"])], names(it["Mei"]),
                       *period(it["Perioade"]), {"involved": names(it.get("Belutsen", ""))})
    return errs


def check_maanden(acts: list[dict]) -> list[str]:
    errs: list[str] = []
    rows = []
    for line in (ROOT / "b28-maanden.txt").read_text(encoding="utf-8").splitlines():
        if re.match(r"P\d ", line):
            cells = re.split(r"\s{2,}", line.strip())
            if len(cells) != 5:
                errs.append(f"b28-maanden: row does not split into five columns: {line!r}")
                continue
            rows.append(cells)
    months = r"(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)"
    for a, (code, title, trekker, partners, when) in zip(acts, rows, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b28-maanden {code}: code/anchor")
        if not re.search(months, when):
            errs.append(f"b28-maanden {code}: planning without a month: {when!r}")
        errs += expect(a, f"b28-maanden {code}", [name(trekker)], names(partners), *period(when))
    return errs


def check_kernzinnen(g: dict) -> list[str]:
    errs: list[str] = []
    bold = []
    for head, paras in build.KZ_SECTIONS:
        for b, rest in paras:
            if b:
                bold.append((head, b))
            for q in g["not_commitments"] + g["reported_plans"]:
                if b and norm(q) in norm(b):
                    errs.append(f"b28-kernzinnen: look-alike in a bold sentence: {q[:40]!r}")
    anchors = [a["anchor"] for a in g["actions"]]
    if [b.rstrip(".") for _, b in bold] != anchors:
        errs.append("b28-kernzinnen: the actions are not exactly the bold lead sentences, in order")
    for (head, b), a in zip(bold, g["actions"]):
        if head != "Wat gaan wij doen?":
            errs.append(f"b28-kernzinnen: action not under 'Wat gaan wij doen?': {b[:40]!r}")
        low = b.lower()
        named = sorted((low.index(k), v) for k, v in NAMES.items() if k in low)
        m = re.search(r"laten wij door (.+?) een ", low)
        if m:
            lead, comm = [name(m.group(1))], [SENDER]
        elif re.search(r"\bwij\b", low):
            lead, comm = [SENDER], []
        else:
            lead, comm = None, []
        partners = [v for _, v in named if v not in (lead or [])]
        errs += expect(a, f"b28-kernzinnen {b[:30]!r}", lead, partners, a["start_year"], a["end_year"],
                       {"commissioners": comm})
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_alle_partner(golds["b28-alle-partner"]["actions"], document_text(ROOT / "b28-alle-partner.pdf"))
    errs += check_projectkaarten(golds["b28-projectkaarten"]["actions"])
    errs += check_fryske_labels(golds["b28-fryske-labels"]["actions"])
    errs += check_maanden(golds["b28-maanden"]["actions"])
    errs += check_kernzinnen(golds["b28-kernzinnen"])
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
    docs = {p.name for p in ROOT.glob("b28-*")}
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
