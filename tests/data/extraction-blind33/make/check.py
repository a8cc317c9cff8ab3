"""Check the blind33 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt document an anchor must also stand on one line.
Page counts, orientation and PDF sizes are checked. For the two column-by-column agendas the anchor is the "Wat"
(Opgave / Actie) cell, and check.py verifies that pypdf gives the columns one after another (all cells of one
column, in row order, before the first cell of the next column). The actions, roles and periods are derived where
the documents allow it: of the two agendas and the landscape table from build.py's rows (Betrokken → involved,
"X i.o.v. Y" → lead X and commissioner Y, Kennispartner → support), of the Kamerbrief from build.py's paragraphs
(every sentence is an anchor, a not_commitment or a reported_plan; "Ik" / "Wij" / "Het kabinet" is the ministry,
the agreed sentence is led by the party after "dat"; partners after "met"), and of the text table by parsing the
.txt (fixed columns from the header, abbreviations from the list under the table, "+" = two trekkers).
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
# file -> (pages, landscape)
PAGES = {"b33-opgaven.pdf": (1, False), "b33-acties.pdf": (1, False), "b33-liggend.pdf": (2, True),
         "b33-kamerbrief.pdf": (1, False)}

G = gold_source
# names as printed in the documents -> official names
NAMES = {
    "gemeente dinkelland": G.DINKELLAND,
    "gemeente tubbergen": G.TUBBERGEN,
    "waterschap vechtstromen": G.WVS,
    "provincie overijssel": G.POV,
    "landschap overijssel": G.LOV,
    "gemeente veendam": G.VEENDAM,
    "gemeente pekela": G.PEKELA,
    "gemeente stadskanaal": G.STADSKANAAL,
    "waterschap hunze en aa's": G.HUNZE,
    "provincie groningen": G.PGR,
    "gemeente de ronde venen": G.RONDEVENEN,
    "gemeente uithoorn": G.UITHOORN,
    "gemeente aalsmeer": G.AALSMEER,
    "waterschap amstel, gooi en vecht": G.AGV,
    "provincie utrecht": G.PUT,
    "provincie noord-holland": G.PNH,
    "deltares": G.DELTARES,
    "wageningen university & research": G.WUR,
    "waterschap rijn en ijssel": G.WRIJ,
    "de provincie gelderland": G.PGE,
    "provincie gelderland": G.PGE,
    "de gemeente berkelland": G.BERKELLAND,
    "de gemeente haaksbergen": G.HAAKSBERGEN,
    "de provincies gelderland en overijssel": None,  # expanded in split_names
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


def name(cell: str) -> str:
    return NAMES[" ".join(cell.split()).strip().lower()]


def names(cell: str) -> list[str]:
    """'A, B' -> names; a name may hold a comma itself ('Waterschap Amstel, Gooi en Vecht')."""
    if cell.strip() in ("–", "-", ""):
        return []
    out: list[str] = []
    acc = ""
    for part in cell.split(", "):
        acc = f"{acc}, {part}" if acc else part
        if acc.lower() in NAMES:
            out.append(name(acc))
            acc = ""
    if acc:
        raise KeyError(acc)
    return out


def years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"20\d\d", text)]


def period(cell: str):
    """'2027-2029', '2028', 'vanaf 2028', 'uiterlijk 2028'."""
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
    for key in ("involved", "commissioners", "support"):
        value = (extra or {}).get(key, [])
        if a[key] != value:
            errs.append(f"{where}: {key} {a[key]} != derived {value}")
    return errs


def columns_in_order(pdf: str, rows: list[tuple], order: tuple[int, ...]) -> bool:
    """True when every cell of column order[0] (rows top to bottom) comes before the first of order[1], etc."""
    text = norm(document_text(ROOT / pdf))
    cursor = 0
    for col in order:
        for row in rows:
            cell = norm(row[col])
            if cell in ("-", ""):
                continue
            pos = text.find(cell, cursor)
            if pos < 0:
                return False
            cursor = pos + len(cell)
    return True


def check_opgaven(g: dict) -> list[str]:
    errs: list[str] = []
    rows = [r for _, rs in build.OP_THEMES for r in rs]
    if not columns_in_order("b33-opgaven.pdf", rows, (0, 2, 3, 4, 1)):
        errs.append("b33-opgaven: pypdf does not give the columns one after another")
    if not all(norm(t) in norm(document_text(ROOT / "b33-opgaven.pdf")) for t, _ in build.OP_THEMES):
        errs.append("b33-opgaven: theme rows missing")
    for a, (code, wat, trekker, betrokken, planning) in zip(g["actions"], rows, strict=True):
        where = f"b33-opgaven {code}"
        if (a["code"], a["anchor"]) != (code, wat):
            errs.append(f"{where}: code/anchor")
        errs += expect(a, where, names(trekker), [], *period(planning), {"involved": names(betrokken)})
    for q in [build.OP_INTRO.split(". ")[1], *[s if s.endswith(".") else s + "." for s in build.OP_NOTE.split(". ")]]:
        if q not in g["not_commitments"]:
            errs.append(f"b33-opgaven: not_commitment missing: {q!r}")
    return errs


def check_acties(g: dict) -> list[str]:
    errs: list[str] = []
    if not columns_in_order("b33-acties.pdf", build.AC_ROWS, (0, 2, 3, 4, 1)):
        errs.append("b33-acties: pypdf does not give the columns one after another")
    for a, (code, wat, wie, met, wanneer) in zip(g["actions"], build.AC_ROWS, strict=True):
        where = f"b33-acties {code}"
        if (a["code"], a["anchor"]) != (code, wat):
            errs.append(f"{where}: code/anchor")
        lead, _, opdrachtgever = wie.partition(" i.o.v. ")
        errs += expect(a, where, names(lead), names(met), *period(wanneer),
                       {"commissioners": names(opdrachtgever)})
    return errs


def check_liggend(g: dict) -> list[str]:
    errs: list[str] = []
    reader = PdfReader(ROOT / "b33-liggend.pdf")
    head = norm(" ".join(build.LG_HEAD))
    if not all(head in norm(p.extract_text() or "") for p in reader.pages):
        errs.append("b33-liggend: the table header is not on every page")
    p2 = norm(reader.pages[-1].extract_text() or "")
    if not any(norm(r[1]) in p2 for r in build.LG_ROWS):
        errs.append("b33-liggend: the table does not continue on page 2")
    for a, (nr, actie, trekker, partners, kennis, when) in zip(g["actions"], build.LG_ROWS, strict=True):
        where = f"b33-liggend {nr}"
        if (a["code"], a["anchor"]) != (nr, actie):
            errs.append(f"{where}: code/anchor")
        errs += expect(a, where, names(trekker), names(partners), *period(when), {"support": names(kennis)})
    return errs


def split_names(text: str) -> list[str]:
    text = " ".join(text.split()).strip()
    m = re.fullmatch(r"de provincies (\w+) en (\w+)", text)
    if m:
        return [name(f"provincie {m.group(1)}"), name(f"provincie {m.group(2)}")]
    out: list[str] = []
    acc = ""
    for part in text.split(" en "):
        acc = f"{acc} en {part}" if acc else part
        if acc.lower() in NAMES and NAMES[acc.lower()]:
            out.append(name(acc))
            acc = ""
    if acc:
        raise KeyError(acc)
    return out


def sentence_period(text: str):
    ys = [y for y in years(text) if y >= 2027]
    if re.search(r"\bvanaf 20\d\d", text):
        return ys[0], None
    if re.search(r"\buiterlijk 20\d\d", text):
        return None, ys[0]
    return ys[0], ys[-1]


def partners_after_met(text: str) -> list[str]:
    m = re.search(r"\bmet (.+)$", text.rstrip("."))
    if not m:
        return []
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        try:
            return split_names(" ".join(words[:k]))
        except KeyError:
            continue
    return []


def check_kamerbrief(g: dict) -> list[str]:
    errs: list[str] = []
    derived: list[tuple] = []
    listed = g["not_commitments"] + g["reported_plans"]
    for para in build.KB_PARAS:
        for s in para:
            if s in listed:
                continue
            future = [y for y in years(s) if y >= 2027]
            agreed = re.search(r"afgesproken dat (.+?) (?:in|vanaf|uiterlijk) 20\d\d(.*)$", s)
            if agreed:
                lead, rest = [name(agreed.group(1))], s[agreed.end(1):]
            elif s.startswith(("Ik ", "Wij ", "Het kabinet ")):
                lead, rest = [G.IENW], s
            else:
                errs.append(f"b33-kamerbrief: sentence neither action nor listed: {s!r}")
                continue
            if not future or re.search(r"\b(?:geen|niet)\b", s):
                errs.append(f"b33-kamerbrief: no commitment but not listed: {s!r}")
                continue
            derived.append((s.rstrip("."), lead, partners_after_met(rest), *sentence_period(rest)))
    if [d[0] for d in derived] != [a["anchor"] for a in g["actions"]]:
        errs.append("b33-kamerbrief: the actions are not exactly the commitments of the paragraphs")
    for (s, lead, partners, start, end), a in zip(derived, g["actions"]):
        errs += expect(a, f"b33-kamerbrief {s[:30]!r}", lead, partners, start, end)
    for s in g["reported_plans"]:
        if s.startswith(("Ik ", "Wij ", "Het kabinet ")):
            errs.append(f"b33-kamerbrief: reported plan of the ministry itself: {s!r}")
    return errs


def check_afkortingen(g: dict) -> list[str]:
    errs: list[str] = []
    lines = (ROOT / "b33-afkortingen.txt").read_text(encoding="utf-8").splitlines()
    head_i = next(i for i, line in enumerate(lines) if line.startswith("Nr "))
    head = lines[head_i]
    starts = [head.index(h) for h in build.AF_HEAD]
    abbr: dict[str, str] = {}
    for line in lines[lines.index("Afkortingen:") + 1:]:
        m = re.fullmatch(r"  (\S+)\s+(.+)", line)
        if not m:
            break
        abbr[m.group(1)] = m.group(2)
    if set(abbr.values()) - {getattr(G, k) for k in dir(G) if k.isupper() and isinstance(getattr(G, k), str)}:
        errs.append("b33-afkortingen: an abbreviation expands to a name the gold does not know")
    rows = []
    for line in lines[head_i + 2:]:
        if line.startswith("-"):
            break
        cells = [line[a:b].strip() for a, b in zip(starts, starts[1:] + [None])]
        rows.append(cells)
    if len(rows) != len(g["actions"]):
        errs.append("b33-afkortingen: not one row per action")

    def expand(cell: str, sep: str) -> list[str]:
        return [] if cell == "-" else [abbr[c.strip()] for c in cell.split(sep)]

    for (code, title, trekker, partners, when), a in zip(rows, g["actions"]):
        where = f"b33-afkortingen {code}"
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        errs += expect(a, where, expand(trekker, "+"), expand(partners, ","), *period(when))
    for q in [build.AF_INTRO[1], *build.AF_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b33-afkortingen: not_commitment missing: {q!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_opgaven(golds["b33-opgaven"])
    errs += check_acties(golds["b33-acties"])
    errs += check_liggend(golds["b33-liggend"])
    errs += check_kamerbrief(golds["b33-kamerbrief"])
    errs += check_afkortingen(golds["b33-afkortingen"])
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for fname, (pages, landscape) in PAGES.items():
        reader = PdfReader(ROOT / fname)
        if len(reader.pages) != pages:
            errs.append(f"{fname}: {len(reader.pages)} pages, expected {pages}")
        for page in reader.pages:
            if (page.mediabox.width > page.mediabox.height) != landscape:
                errs.append(f"{fname}: orientation is not {'landscape' if landscape else 'portrait'}")
    return errs


def main() -> int:
    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b33-*")}
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
