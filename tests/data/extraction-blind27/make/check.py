"""Check the blind27 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md document an anchor must also stand on one line (the
hard-wrapped .txt is the exception on purpose: its titles run over two lines). Page counts, page sizes and PDF
sizes are checked; code, anchor and roles are derived: of the nested-table programme from build.py's rows (the
reading guide's role words), of the default-trekker agenda from build.py's blocks (no 'Trekker' line → the
provincie Zeeland), of the hard-wrapped .txt by parsing the file and joining continuation lines, of the .md by
parsing it after removing struck text (~~...~~), of the Kamerbrief from who the sentence names ('wij' = both
ministries, 'de minister van X' = that ministry) and under which heading it stands. Exit code 1 on any problem.
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
PAGES = {"b27-binnentabel.pdf": 1, "b27-standaardtrekker.pdf": 1, "b27-twee-ministers.pdf": 1}

G = gold_source
# short names in the documents -> official names (the introductions)
NAMES = {
    "gemeente roermond": G.ROERMOND,
    "gemeente roerdalen": G.ROERDALEN,
    "gemeente leudal": G.LEUDAL,
    "gemeente maasgouw": G.MAASGOUW,
    "provincie limburg": G.PL,
    "waterschap limburg": G.WL,
    "rijkswaterstaat": G.RWS,
    "gemeente terneuzen": G.TERNEUZEN,
    "gemeente hulst": G.HULST,
    "gemeente sluis": G.SLUIS,
    "provincie zeeland": G.PZ,
    "waterschap scheldestromen": G.WSS,
    "north sea port": G.NSP,
    "gemeente apeldoorn": G.APELDOORN,
    "gemeente zutphen": G.ZUTPHEN,
    "gemeente epe": G.EPE,
    "provincie gelderland": G.PG,
    "waterschap vallei en veluwe": G.WVV,
    "liander": G.LIANDER,
    "gemeente katwijk": G.KATWIJK,
    "gemeente noordwijk": G.NOORDWIJK,
    "gemeente teylingen": G.TEYLINGEN,
    "hoogheemraadschap van rijnland": G.RIJNLAND,
    "provincie zuid-holland": G.PZH,
}
# the reading guide of b27-binnentabel
ROLE_WORDS = {"meewerkend": "partners", "betrokken": "involved", "ondersteunend": "support",
              "opdrachtgever": "commissioners"}


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
    if doc.suffix == ".md":
        lines = [" ".join(line.split()).lower() for line in raw.splitlines()]
        for a in actions:
            if not any(" ".join(a["anchor"].split()).lower() in line for line in lines):
                errs.append(f"{doc.name}: anchor not on one line: {a['anchor']!r}")
    if doc.suffix == ".txt":
        lines = [" ".join(line.split()).lower() for line in raw.splitlines()]
        for a in actions:
            if any(" ".join(a["anchor"].split()).lower() in line for line in lines):
                errs.append(f"{doc.name}: anchor on one line, the document should wrap it: {a['anchor']!r}")
        if max(len(line) for line in raw.splitlines()) > build.HR_WIDTH:
            errs.append(f"{doc.name}: a line longer than {build.HR_WIDTH}")
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


def check_binnentabel(acts: list[dict]) -> list[str]:
    errs: list[str] = []
    for a, (code, title, trekker, parties, when) in zip(acts, build.BT_ROWS, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b27-binnentabel {code}: code/anchor")
        roles: dict[str, list[str]] = {k: [] for k in ROLE_WORDS.values()}
        for party, rol in parties:
            roles[ROLE_WORDS[rol]].append(name(party))
        partners = roles.pop("partners")
        errs += expect(a, f"b27-binnentabel {code}", [name(trekker)], partners, *period(when), roles)
    return errs


def check_standaardtrekker(acts: list[dict], raw: str) -> list[str]:
    errs: list[str] = []
    if "geen regel 'Trekker', dan is de provincie Zeeland" not in " ".join(raw.split()):
        errs.append("b27-standaardtrekker: the reading guide's default is not in the PDF")
    for a, (code, title, trekker, partners, when) in zip(acts, build.ST_BLOCKS, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b27-standaardtrekker {code}: code/anchor")
        lead = name(trekker or build.ST_DEFAULT)
        errs += expect(a, f"b27-standaardtrekker {code}", [lead], names(partners), *period(when))
    if sum(1 for b in build.ST_BLOCKS if b[2] is None) < 2:
        errs.append("b27-standaardtrekker: fewer than two blocks use the default trekker")
    return errs


def parse_wrapped(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """Blocks 'N. title' + indented continuation, then labels whose values continue on indented lines."""
    blocks: list[tuple[str, str, dict[str, str]]] = []
    field = None
    for line in text.splitlines():
        m = re.fullmatch(r"(\d+)\. (.+)", line)
        lab = re.fullmatch(r"   (Trekker|Partners|Periode):\s+(.+)", line)
        if m:
            blocks.append((m.group(1), m.group(2), {}))
            field = "title"
        elif lab and blocks:
            field = lab.group(1)
            blocks[-1][2][field] = lab.group(2)
        elif line.startswith("   ") and blocks and field:
            if field == "title":
                code, title, fields = blocks[-1]
                blocks[-1] = (code, f"{title} {line.strip()}", fields)
            else:
                blocks[-1][2][field] += " " + line.strip()
        else:
            field = None
    return blocks


def check_harde_regels(acts: list[dict]) -> list[str]:
    errs: list[str] = []
    blocks = parse_wrapped((ROOT / "b27-harde-regels.txt").read_text(encoding="utf-8"))
    for a, (code, title, f) in zip(acts, blocks, strict=True):
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"b27-harde-regels {code}: code/anchor {title!r}")
        errs += expect(a, f"b27-harde-regels {code}", [name(f["Trekker"])], names(f["Partners"]),
                       *period(f["Periode"]))
    return errs


def check_doorgehaald(acts: list[dict]) -> list[str]:
    errs: list[str] = []
    md = (ROOT / "b27-doorgehaald.md").read_text(encoding="utf-8")
    live = re.sub(r"~~.+?~~", "", md)
    items: list[dict] = []
    key = None
    for line in live.splitlines():
        m = re.fullmatch(r"### (\d+)\. (.+)", line)
        if m:
            items.append({"code": m.group(1), "title": m.group(2), "Partners": []})
            continue
        lab = re.fullmatch(r"- (Trekker|Partners|Periode):\s*(.*)", line.rstrip())
        if lab and items:
            key = lab.group(1)
            if key != "Partners":
                items[-1][key] = lab.group(2).strip()
            continue
        sub = re.fullmatch(r"  - (.*)", line.rstrip())
        if sub and items and key == "Partners" and sub.group(1).strip():
            items[-1]["Partners"].append(name(sub.group(1)))
    if "~~4." not in md:
        errs.append("b27-doorgehaald: the withdrawn action is gone")
    for a, it in zip(acts, items, strict=True):
        if (a["code"], a["anchor"]) != (it["code"], it["title"]):
            errs.append(f"b27-doorgehaald {it['code']}: code/anchor")
        errs += expect(a, f"b27-doorgehaald {it['code']}", [name(it["Trekker"])], it["Partners"],
                       *period(" ".join(it["Periode"].split())))
    return errs


def check_kamerbrief(g: dict) -> list[str]:
    """Who the sentence names, and that actions stand under 'Wat gaan wij doen?', reported plans under 'Wat doen
    anderen?'."""
    errs: list[str] = []
    section = None
    where: dict[str, str] = {}
    for kind, text in build.TM_PARAS:
        if kind == "H":
            section = text
            continue
        flat = " ".join(text.split())
        for q in [a["anchor"] for a in g["actions"]] + g["reported_plans"]:
            if q in flat:
                where[q] = section
    for a in g["actions"]:
        if where.get(a["anchor"]) != "Wat gaan wij doen?":
            errs.append(f"b27-twee-ministers: action not under 'Wat gaan wij doen?': {a['anchor'][:40]!r}")
        low = a["anchor"].lower()
        if "minister van landbouw" in low:
            lead = [G.LVVN]
        elif "minister van infrastructuur" in low:
            lead = [G.IENW]
        elif re.search(r"\bwij\b", low):
            lead = [G.IENW, G.LVVN]
        else:
            lead = None
        if a["lead"] != lead:
            errs.append(f"b27-twee-ministers: lead {a['lead']} != derived {lead}: {a['anchor'][:40]!r}")
    for q in g["reported_plans"]:
        if where.get(q) != "Wat doen anderen?":
            errs.append(f"b27-twee-ministers: reported plan not under 'Wat doen anderen?': {q[:40]!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_binnentabel(golds["b27-binnentabel"]["actions"])
    errs += check_standaardtrekker(golds["b27-standaardtrekker"]["actions"],
                                   document_text(ROOT / "b27-standaardtrekker.pdf"))
    errs += check_harde_regels(golds["b27-harde-regels"]["actions"])
    errs += check_doorgehaald(golds["b27-doorgehaald"]["actions"])
    errs += check_kamerbrief(golds["b27-twee-ministers"])
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
    docs = {p.name for p in ROOT.glob("b27-*")}
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
