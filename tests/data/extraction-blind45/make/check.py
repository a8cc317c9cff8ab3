"""Check the blind45 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor and not_commitment. Text is compared ignoring case, whitespace and hyphens (PDF text extracted
with pypdf, per page, joined); in the tab-separated and Markdown tables an anchor must also stand on one line (in
b45-zaanagenda-tekst.txt, the pypdf text of a designed PDF, cells are broken over lines, so it is not asked there).
Page counts, orientation and PDF sizes are checked. It verifies that pypdf gives both agendas' tables COLUMN BY
COLUMN (on each page: every code, then every who-cell, then every when-cell, then every what-cell, each found after
the previous one), that b45-zaanagenda-tekst.txt is exactly the pypdf text of b45-zaanagenda.pdf and has the same
actions and not_commitments as its gold. Actions, roles and periods are derived: of the havenagenda from build.py's
rows (first line of Eigenaar → lead, a second line 'met X' → partners, otherwise the two lines are one wrapped
name; Planning → period), of the zaanagenda from build.py's rows (Trekker → lead, two names → two leads;
Mijlpaal → period), of the projectenregister by parsing the .txt (tab-separated; Verantwoordelijk → lead,
Samenwerkingspartners split on ';' → partners, Datum gereed → deadline null/year; 'Afgerond' and 'Geannuleerd'
rows no action, their Omschrijving and Opmerking not_commitments) and of the voortgang by parsing the .md table
(Eigenaar 'X (met Y)' → lead X, partner Y; Mijlpaal → period; 'Afgerond'/'Geannuleerd' rows no action, their
Project cell a not_commitment).
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
PAGES = {"b45-havenagenda.pdf": 1, "b45-zaanagenda.pdf": 2}

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



# documents whose anchors must stand on one line (the pypdf text export breaks its cells over lines)
ONE_LINE = ("b45-projectenregister.txt", "b45-voortgang.md")


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
    if doc.name in ONE_LINE:
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
    """Planning / Mijlpaal cells: 'A-B' -> A/B; one year or 'uitvoering N' -> N/N; 'vanaf N', 'start (uitvoering) N'
    -> N/null; 'uiterlijk N', 'gereed (eind) N', 'oplevering N', an ISO date under 'Datum gereed' -> null/N."""
    cell = " ".join(cell.split())
    if m := re.fullmatch(r"(\d{4})-(\d{4})", cell):
        return int(m.group(1)), int(m.group(2))
    if m := re.fullmatch(r"(?:vanaf|start|start uitvoering) (\d{4})", cell):
        return int(m.group(1)), None
    if m := re.fullmatch(r"(?:uiterlijk|gereed|gereed eind|oplevering) (\d{4})", cell):
        return None, int(m.group(1))
    if m := re.fullmatch(r"(\d{4})-\d{2}-\d{2}", cell):
        return None, int(m.group(1))
    if m := re.fullmatch(r"(?:uitvoering )?(\d{4})", cell):
        return int(m.group(1)), int(m.group(1))
    raise ValueError(f"unknown period {cell!r}")


def split(cell: str) -> list[str]:
    return [] if cell.strip() == "-" else [c.strip() for c in cell.split(",")]


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




def by_code(g: dict) -> dict[str, dict]:
    return {a["code"]: a for a in g["actions"]}


def check_column_order(pdf_name: str, pages: list[list[tuple]]) -> list[str]:
    """On each page the codes, then the who-, when- and what-cells (drawn order) come one after the other."""
    errs = []
    reader = PdfReader(ROOT / pdf_name)
    for page, rows in zip(reader.pages, pages):
        text = norm(page.extract_text() or "")
        pos = 0
        for col in (0, 2, 3, 1):
            for row in rows:
                at = text.find(norm(row[col]), pos)
                if at < 0:
                    errs.append(f"{pdf_name}: cell {row[col]!r} (column {col}) not after the cells drawn before it "
                                "(the text is not column by column)")
                    continue
                pos = at + len(norm(row[col]))
        # and not row by row: the first what-cell comes after the last who-cell
        if text.find(norm(rows[0][1])) < text.find(norm(rows[-1][2])):
            errs.append(f"{pdf_name}: a what-cell comes before the who-cells")
    return errs


def check_havenagenda(g: dict) -> list[str]:
    errs = check_column_order("b45-havenagenda.pdf", [build.HA_ROWS])
    acts = by_code(g)
    if list(acts) != [r[0] for r in build.HA_ROWS]:
        errs.append("havenagenda: codes differ from build.HA_ROWS")
    for code, actie, eigenaar, planning in build.HA_ROWS:
        a = acts.get(code)
        if not a:
            continue
        first, second = eigenaar.split("\n")
        if second.startswith("met "):
            lead, partners = [first], [second[4:]]
        else:
            lead, partners = [f"{first} {second}"], []
        if a["anchor"] != actie:
            errs.append(f"havenagenda {code}: anchor is not the Actie cell")
        errs += expect(a, f"havenagenda {code}", lead, partners, *period(planning))
    return errs


def check_zaanagenda(g: dict, t: dict) -> list[str]:
    rows = build.ZA_ROWS
    errs = check_column_order("b45-zaanagenda.pdf", [rows[:build.ZA_PAGE_SPLIT], rows[build.ZA_PAGE_SPLIT:]])
    acts = by_code(g)
    if list(acts) != [r[0] for r in rows]:
        errs.append("zaanagenda: codes differ from build.ZA_ROWS")
    for code, opgave, trekker, mijlpaal in rows:
        a = acts.get(code)
        if not a:
            continue
        if a["anchor"] != opgave:
            errs.append(f"zaanagenda {code}: anchor is not the Opgave cell")
        errs += expect(a, f"zaanagenda {code}", split(trekker), [], *period(mijlpaal))
    if t["actions"] != g["actions"] or t["not_commitments"] != g["not_commitments"] or t["type"] != g["type"]:
        errs.append("zaanagenda-tekst: actions, not_commitments or type differ from the PDF's gold")
    txt = (ROOT / "b45-zaanagenda-tekst.txt").read_text(encoding="utf-8")
    if txt != build.pypdf_text(ROOT / "b45-zaanagenda.pdf") + "\n":
        errs.append("zaanagenda-tekst.txt is not the pypdf text of b45-zaanagenda.pdf (run make/build.py)")
    return errs


def check_projectenregister(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / "b45-projectenregister.txt").read_text(encoding="utf-8").splitlines()
    head = lines.index("\t".join(build.PR_HEAD))
    rows = [line.split("\t") for line in lines[head + 1:] if line.strip()]
    acts = by_code(g)
    want_codes, nots = [], []
    for row in rows:
        if len(row) != len(build.PR_HEAD):
            errs.append(f"projectenregister: row of {len(row)} cells: {row[:2]}")
            continue
        code, omschrijving, verantwoordelijk, partners, gereed, status, opmerking = row
        if status in build.PR_DONE:
            nots += [omschrijving] + ([opmerking] if opmerking else [])
            continue
        if opmerking:
            nots.append(opmerking)
        want_codes.append(code)
        a = acts.get(code)
        if not a:
            errs.append(f"projectenregister: no action {code}")
            continue
        if a["anchor"] != omschrijving:
            errs.append(f"projectenregister {code}: anchor is not the Omschrijving cell")
        errs += expect(a, f"projectenregister {code}", [verantwoordelijk],
                       [p.strip() for p in partners.split(";") if p.strip()], *period(gereed))
    if list(acts) != want_codes:
        errs.append(f"projectenregister: codes {list(acts)} != {want_codes}")
    if g["not_commitments"] != nots:
        errs.append("projectenregister: not_commitments are not the cells of the done/cancelled rows and notes")
    return errs


def check_voortgang(g: dict) -> list[str]:
    errs = []
    lines = (ROOT / "b45-voortgang.md").read_text(encoding="utf-8").splitlines()
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines if line.startswith("| ")]
    if rows[0] != build.VG_HEAD:
        errs.append(f"voortgang: header {rows[0]}")
    acts = by_code(g)
    want_codes, nots = [], []
    for nr, project, eigenaar, mijlpaal, status in rows[1:]:
        if status in build.VG_DONE:
            nots.append(project)
            continue
        want_codes.append(nr)
        a = acts.get(nr)
        if not a:
            errs.append(f"voortgang: no action {nr}")
            continue
        m = re.fullmatch(r"(.+?)(?: \(met (.+)\))?", eigenaar)
        if a["anchor"] != project:
            errs.append(f"voortgang {nr}: anchor is not the Project cell")
        errs += expect(a, f"voortgang {nr}", [m.group(1)], [m.group(2)] if m.group(2) else [], *period(mijlpaal))
    if list(acts) != want_codes:
        errs.append(f"voortgang: codes {list(acts)} != {want_codes}")
    for s in nots + build.VG_INTRO + build.VG_NOTES:
        if s not in g["not_commitments"]:
            errs.append(f"voortgang: {s!r} is no not_commitment")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_havenagenda(golds["b45-havenagenda"])
    errs += check_zaanagenda(golds["b45-zaanagenda"], golds["b45-zaanagenda-tekst"])
    errs += check_projectenregister(golds["b45-projectenregister"])
    errs += check_voortgang(golds["b45-voortgang"])
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
    docs = {p.name for p in ROOT.glob("b45-*")}
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
