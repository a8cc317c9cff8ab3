"""Check the blind39 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt documents an anchor must also stand on one line.
Page counts, orientation and PDF sizes are checked. The actions, roles and periods are derived where the
documents allow it: of the vechtzone from build.py's rows (Trekker → lead, Partners → partners, Looptijd →
period; the empty Trekker of the "(zie toelichting)" row from the party the Toelichting says "deze actie trekt"),
of the eemskanaalzone from build.py's matrix (T → lead, two T's → two leads, P → partners, B → involved,
O → commissioners, by the legend), of the walstroom planning from build.py's marks (first to last marked quarter,
"▒" and "█" alike), of the raadsvoorstel by parsing the .txt (the Beslispunten are not_commitments, the
"Wat gaan we doen" sentences with "wij" and a future verb are actions of the gemeente, "Samen met X" → partner,
"al" / a past month → not a commitment, the "Ontwikkelingen bij anderen" → reported_plans) and of the actielijst
by parsing the tab-separated .txt (six columns on every table line, mmm-yy → year 20yy, "doorlopend" → open end,
";" between parties).
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
PAGES = {"b39-vechtzone.pdf": (2, "P"), "b39-eemskanaalzone.pdf": (1, "P"), "b39-walstroom.pdf": (1, "L")}

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



def check_vechtzone(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.VZ_ROWS):
        return ["b39-vechtzone: not one action per row"]
    empty = [r for r in build.VZ_ROWS if not r[2]]
    if len(empty) != 1 or "(zie toelichting)" not in empty[0][1]:
        errs.append("b39-vechtzone: expected one row with an empty Trekker and '(zie toelichting)'")
    for (code, text, trekker, partners, when), a in zip(build.VZ_ROWS, g["actions"]):
        where = f"b39-vechtzone {code}"
        text = text.removesuffix(" (zie toelichting)")
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        if not trekker:
            note = next(s for s in build.VZ_NOTE if code in s)
            m = re.search(r"afgesproken dat (.+?) deze actie trekt", note)
            trekker = m.group(1) if m else ""
        errs += expect(a, where, names_in(trekker), names_in(partners), *period(when))
    for q in [*build.VZ_INTRO[:2], build.VZ_NOTE[1], *build.VZ_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b39-vechtzone: not_commitment missing: {q!r}")
    return errs


LETTER = {"T": "lead", "P": "partners", "B": "involved", "O": "commissioners"}


def check_eemskanaalzone(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.EZ_ROWS):
        return ["b39-eemskanaalzone: not one action per row"]
    legend = " ".join(build.EZ_LEGEND)
    for word in ("T = trekker", "P = partner", "B = betrokken", "O = opdrachtgever", "twee keer een T"):
        if word not in legend:
            errs.append(f"b39-eemskanaalzone: the legend lacks {word!r}")
    for (code, text, letters, when), a in zip(build.EZ_ROWS, g["actions"]):
        where = f"b39-eemskanaalzone {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        roles = {k: [] for k in LETTER.values()}
        for org, letter in zip(build.EZ_ORGS, letters):
            if letter:
                roles[LETTER[letter]].append(org)
        errs += expect(a, where, roles["lead"], roles["partners"], *period(when),
                       commissioners=roles["commissioners"], involved=roles["involved"])
    for q in [*build.EZ_INTRO, *build.EZ_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b39-eemskanaalzone: not_commitment missing: {q!r}")
    return errs


def check_walstroom(g: dict) -> list[str]:
    errs = []
    if len(g["actions"]) != len(build.WS_ROWS):
        return ["b39-walstroom: not one action per row"]
    gaps = 0
    for (code, text, trekker, partners, marks), a in zip(build.WS_ROWS, g["actions"]):
        where = f"b39-walstroom {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        marked = [i for i, m in enumerate(marks) if m]
        if marked != list(range(marked[0], marked[-1] + 1)):
            gaps += 1
        start, end = build.WS_QUARTERS[marked[0]][0], build.WS_QUARTERS[marked[-1]][0]
        partner_names = [] if partners == "-" else names_in(partners)
        errs += expect(a, where, names_in(trekker), partner_names, start, end)
    if gaps != 1:
        errs.append(f"b39-walstroom: {gaps} rows with a gap, expected 1")
    for q in [build.WS_INTRO[0], *build.WS_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b39-walstroom: not_commitment missing: {q!r}")
    return errs


def check_raadsvoorstel(g: dict) -> list[str]:
    errs = []
    if g["letter_date"] != "2026-11-17" or build.RV_DATE != "17 november 2026":
        errs.append("b39-raadsvoorstel: letter_date")
    lines = (ROOT / g["file"]).read_text(encoding="utf-8").splitlines()
    section, doen, beslis = None, [], []
    for line in lines:
        if line in ("Beslispunten", "Aanleiding", "Wat gaan we doen", "Ontwikkelingen bij anderen",
                    "Communicatie en vervolg"):
            section = line
        elif line and section == "Wat gaan we doen":
            doen.append(line)
        elif section == "Beslispunten" and (m := re.fullmatch(r"\d\. (.+)", line)):
            beslis.append(m.group(1))
    if len(beslis) != 3:
        errs.append("b39-raadsvoorstel: expected three Beslispunten")
    for b in beslis:
        if b not in g["not_commitments"]:
            errs.append(f"b39-raadsvoorstel: beslispunt not a not_commitment: {b!r}")
    actions = [s for s in doen if " al " not in s]
    for s in doen:
        if " al " in s and s not in g["not_commitments"]:
            errs.append(f"b39-raadsvoorstel: done sentence not a not_commitment: {s!r}")
    if [a["anchor"] + "." for a in g["actions"]] != actions:
        return errs + ["b39-raadsvoorstel: the anchors are not the 'Wat gaan we doen' commitments"]
    for s, a in zip(actions, g["actions"]):
        where = f"b39-raadsvoorstel {s[:30]!r}"
        if not re.search(r"\bwij\b", s) or a["code"] != "":
            errs.append(f"{where}: not a 'wij' commitment with code ''")
        partners = names_in(s.split(" leggen wij")[0]) if s.startswith("Samen met ") else []
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", s)]
        start, end = (years[0], None) if s.startswith("Vanaf") else (years[0], years[-1])
        errs += expect(a, where, [G.STAPHORST], partners, start, end)
    if g["reported_plans"] != [build.RV_OTHER]:
        errs.append("b39-raadsvoorstel: reported_plans are not the 'Ontwikkelingen bij anderen'")
    for q in [*build.RV_AANLEIDING, *build.RV_END]:
        if q not in g["not_commitments"]:
            errs.append(f"b39-raadsvoorstel: not_commitment missing: {q!r}")
    return errs


def check_actielijst(g: dict) -> list[str]:
    errs = []
    raw = (ROOT / g["file"]).read_text(encoding="utf-8")
    lines = raw.splitlines()
    if lines[1] != "ID\tOmschrijving\tEigenaar\tMeewerkend\tStart\tEind":
        errs.append("b39-actielijst: header is not the six tab-separated columns")
    rows = [line.split("\t") for line in lines[2:] if "\t" in line]
    if any(len(r) != 6 for r in rows) or len(rows) != len(g["actions"]):
        return errs + ["b39-actielijst: rows are not six tab-separated cells, one per action"]
    if not any(r[3] == "" for r in rows):
        errs.append("b39-actielijst: no empty Meewerkend cell")

    def year(cell: str):
        if cell == "doorlopend":
            return None
        m = re.fullmatch(r"(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)-(\d\d)", cell)
        if not m:
            raise ValueError(f"unknown date {cell!r}")
        return 2000 + int(m.group(2))

    for (code, text, owner, with_, start, end), a in zip(rows, g["actions"]):
        where = f"b39-actielijst {code}"
        if (a["code"], a["anchor"], a["title"]) != (code, text, text):
            errs.append(f"{where}: code/anchor/title")
        partners = [p.strip() for p in with_.split(";") if p.strip()]
        errs += expect(a, where, [owner], partners, year(start), year(end))
    for q in build.AL_FOOT:
        if q not in g["not_commitments"]:
            errs.append(f"b39-actielijst: not_commitment missing: {q!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_vechtzone(golds["b39-vechtzone"])
    errs += check_eemskanaalzone(golds["b39-eemskanaalzone"])
    errs += check_walstroom(golds["b39-walstroom"])
    errs += check_raadsvoorstel(golds["b39-raadsvoorstel"])
    errs += check_actielijst(golds["b39-actielijst"])
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for fname, (pages, orient) in PAGES.items():
        reader = PdfReader(ROOT / fname)
        if len(reader.pages) != pages:
            errs.append(f"{fname}: {len(reader.pages)} pages, expected {pages}")
        for page in reader.pages:
            landscape = page.mediabox.width > page.mediabox.height
            if landscape != (orient == "L"):
                errs.append(f"{fname}: orientation is not {'landscape' if orient == 'L' else 'portrait'}")
    # the vechtzone table runs over both pages with its header repeated on page 2
    reader = PdfReader(ROOT / "b39-vechtzone.pdf")
    head = norm(" ".join(build.VZ_HEAD))
    texts = [norm(p.extract_text() or "") for p in reader.pages]
    if len(texts) == 2:
        if not (head in texts[0] and head in texts[1]):
            errs.append("b39-vechtzone.pdf: the table header is not on both pages")
        codes = [[c for c, *_ in build.VZ_ROWS if norm(c) in t] for t in texts]
        if not codes[0] or not codes[1]:
            errs.append("b39-vechtzone.pdf: the table does not run over both pages")
        if "VZ-5" not in codes[1] or norm("VZ-5 Natuurvriendelijke") not in texts[1]:
            errs.append("b39-vechtzone.pdf: row VZ-5 does not stand whole on page 2")
    return errs
def main() -> int:
    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b39-*")}
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
