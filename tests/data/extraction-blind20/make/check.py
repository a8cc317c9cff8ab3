"""Check the blind20 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line. The layout each document stresses is checked (PAGES, LAYOUT, LINES), and the roles, anchors and
periods of the tables and Markdown blocks are derived from build.py's rows (through each document's legend, the
group 'de zes regiogemeenten' of the introduction, the 'tot en met ..., daarna ...' trekkers and the quarter
periods) and compared with the gold; the letter's relative periods are derived from its date. Exit code 1 on
any problem.
"""

import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

MAKE = Path(__file__).resolve().parent
ROOT = MAKE.parent
GOLD = ROOT / "gold"
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
TOTAL = (30, 48)
NUMBERED_LETTERS: set[str] = set()
PAGES = {"b20-wiewie.pdf": 1, "b20-regiogemeenten.pdf": 1, "b20-bedragen.pdf": 1, "b20-raadsbrief.pdf": 1}
LAYOUT = [
    ("b20-wiewie.pdf", 1, "Wat Wie (trekker) Wie (partners) Start Gereed Aanleg van een waterbuffer"),
    ("b20-wiewie.pdf", 1, "Hitteplan voor de kernen van West Betuwe gemeente West Betuwe GGD – 2027"),
    ("b20-regiogemeenten.pdf", 1, "Nr. Actie Trekker Partners Periode RA-1"),
    (
        "b20-regiogemeenten.pdf",
        1,
        "RA-4 Gezamenlijk beleid voor groene daken gemeente Dijk en Waard de zes regiogemeenten",
    ),
    ("b20-bedragen.pdf", 1, "Nr. Actie Trekker (bijdrage) Partners (bijdrage) Looptijd WO-1"),
    ("b20-bedragen.pdf", 1, "H&A (EUR 400.000) gem. Westerwolde (EUR 150.000), SBB (EUR 50.000) 2027-2029"),
    ("b20-raadsbrief.pdf", 1, "Datum: 26 november 2026"),
    ("b20-raadsbrief.pdf", 1, "Wat gaan wij doen? Volgend jaar leggen wij"),
]
LINES = [
    ("b20-wisseltrekker.md", "- Trekker: provincie Zuid-Holland tot en met 2028, daarna Delfland"),
    ("b20-wisseltrekker.md", "- Trekker: Delfland tot 2029, daarna gemeente Westland"),
    ("b20-wisseltrekker.md", "- Periode: vanaf 2028. Volgt op actie 3."),
    ("b20-kwartalen.txt", "2. Activiteiten"),
]
NAMES = {
    "b20-wiewie": {
        "wsrl": "Waterschap Rivierenland",
        "pg": "Provincie Gelderland",
        "sbb": "Staatsbosbeheer",
        "ggd": "GGD Gelderland-Zuid",
        "vitens": "Vitens",
        "gemeente culemborg": "Gemeente Culemborg",
        "gemeente west betuwe": "Gemeente West Betuwe",
    },
    "b20-regiogemeenten": {
        "hhnk": "Hoogheemraadschap Hollands Noorderkwartier",
        "pwn": "PWN Waterleidingbedrijf Noord-Holland",
        "ggd": "GGD Hollands Noorden",
        "provincie": "Provincie Noord-Holland",
        "landschap noord-holland": "Landschap Noord-Holland",
        "gemeente alkmaar": "Gemeente Alkmaar",
        "gemeente heiloo": "Gemeente Heiloo",
        "gemeente castricum": "Gemeente Castricum",
        "gemeente uitgeest": "Gemeente Uitgeest",
        "gemeente dijk en waard": "Gemeente Dijk en Waard",
        # the group of the introduction ("de gemeenten Alkmaar, Bergen, ...")
        "de zes regiogemeenten": [
            "Gemeente Alkmaar",
            "Gemeente Bergen (NH)",
            "Gemeente Castricum",
            "Gemeente Dijk en Waard",
            "Gemeente Heiloo",
            "Gemeente Uitgeest",
        ],
    },
    "b20-bedragen": {
        "h&a": "Waterschap Hunze en Aa's",
        "pg": "Provincie Groningen",
        "sbb": "Staatsbosbeheer",
        "gl": "Het Groninger Landschap",
        "gem. westerwolde": "Gemeente Westerwolde",
        "gem. oldambt": "Gemeente Oldambt",
    },
    "b20-wisseltrekker": {
        "delfland": "Hoogheemraadschap van Delfland",
        "provincie zuid-holland": "Provincie Zuid-Holland",
        "gemeente westland": "Gemeente Westland",
        "gemeente midden-delfland": "Gemeente Midden-Delfland",
        "glastuinbouw nederland": "Glastuinbouw Nederland",
        "staatsbosbeheer": "Staatsbosbeheer",
        "ggd haaglanden": "GGD Haaglanden",
    },
    "b20-kwartalen": {
        "wsrl": "Waterschap Rivierenland",
        "rws": "Rijkswaterstaat",
        "pnb": "Provincie Noord-Brabant",
        "bl": "Brabants Landschap",
        "zlto": "Zuidelijke Land- en Tuinbouworganisatie",
        "ggd": "GGD Hart voor Brabant",
        "gem. altena": "Gemeente Altena",
    },
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
    names = [n for key in ("lead", "partners", "involved", "commissioners") for n in a[key]]
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
    if letter and codes and path.stem not in NUMBERED_LETTERS:
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


def resolve(name: str, doc: str) -> list[str]:
    found = NAMES[doc][" ".join(name.split()).strip().lower()]
    return list(found) if isinstance(found, list) else [found]


def parties(cell: str, doc: str) -> list[str]:
    """The parties of a cell listed with ', ', amounts in parentheses dropped."""
    cell = re.sub(r"\s*\(EUR [\d.]+\)", "", cell)
    return [n for part in cell.split(", ") for n in resolve(part, doc)]


def trekkers(cell: str, doc: str) -> list[str]:
    """A trekker cell; 'A tot (en met) 2028, daarna B' gives both trekkers, in turn."""
    return [n for part in re.split(r" tot (?:en met )?\d{4}, daarna ", cell) for n in resolve(part, doc)]


def period(text: str, deadline: bool = False):
    text = re.sub(r"Q[1-4] (\d{4})", r"\1", text.strip()).replace(" – ", "-")
    if m := re.fullmatch(r"(\d{4})-(\d{4})", text):
        return (int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"vanaf (\d{4})", text):
        return (int(m.group(1)), None)
    if m := re.fullmatch(r"uiterlijk (\d{4})", text):
        return (None, int(m.group(1)))
    if text == "doorlopend":
        return (None, None)
    if m := re.fullmatch(r"(\d{4})", text):
        y = int(m.group(1))
        return (None, y) if deadline else (y, y)
    raise ValueError(text)


def start_gereed(start: str, gereed: str):
    """Start and Gereed columns; a dash in Start: already running, in Gereed: continues."""
    return (None if start == "–" else int(start), None if gereed == "–" else int(gereed))


def row(code, anchor, lead, partners, span, deps=()) -> dict:
    # the trekker is never also a partner, even when the group of the partners cell includes it
    return {
        "code": code,
        "anchor": anchor,
        "lead": lead,
        "partners": [p for p in partners if p not in lead],
        "period": span,
        "deps": list(deps),
    }


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {}
    d = "b20-wiewie"
    out[d] = [row("", w, resolve(t, d), parties(p, d), start_gereed(s, g)) for w, t, p, s, g in build.WW_ROWS]
    d = "b20-regiogemeenten"
    out[d] = [row(c, a, resolve(t, d), parties(p, d), period(pe)) for c, a, t, p, pe in build.RG_ROWS]
    d = "b20-bedragen"
    out[d] = [row(c, a, parties(t, d), parties(p, d), period(lt)) for c, a, t, p, lt in build.BD_ROWS]
    d = "b20-kwartalen"
    out[d] = [row(c, a, resolve(t, d), parties(p, d), period(pe)) for c, a, t, p, pe in build.KW_ROWS]
    d = "b20-wisseltrekker"
    text = (ROOT / f"{d}.md").read_text(encoding="utf-8")
    rows = []
    for m in re.finditer(r"^### (\d)\. (.+)\n((?:- .*\n)+)", text, re.M):
        code, title, block = m.groups()
        labels = dict(re.findall(r"- (Trekker|Partners|Periode): (.+)", block))
        plan, _, rest = labels["Periode"].partition(". ")
        deps = [{"kind": "starts_after", "target": t} for t in re.findall(r"Volgt op actie (\d)", rest)]
        rows.append(
            row(
                code,
                title,
                trekkers(labels["Trekker"], d),
                parties(labels["Partners"], d),
                period(plan.rstrip(".")),
                deps,
            )
        )
    out[d] = rows
    return out


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs: list[str] = []
    for stem, rows in derived().items():
        actions = golds[stem]["actions"]
        if len(rows) != len(actions):
            errs.append(f"{stem}: {len(actions)} gold actions, {len(rows)} in the document")
        for r, a in zip(rows, actions):
            key = r["code"] or r["anchor"][:30]
            got = (
                a["code"],
                a["anchor"],
                a["lead"],
                a["partners"],
                (a["start_year"], a["end_year"]),
                a["dependencies"],
            )
            want = (r["code"], r["anchor"], r["lead"], r["partners"], tuple(r["period"]), r["deps"])
            if got != want:
                errs.append(f"{stem} {key}: gold {got} != document {want}")
            if a["involved"] or a["commissioners"] or a["support"] or a["period_is_ambiguous"]:
                errs.append(f"{stem} {key}: the table gives no other roles and no ambiguous period")
    errs += check_letter(golds["b20-raadsbrief"])
    return errs


RELATIVE = [  # words before the anchor -> (start, end) relative to the letter's year
    ("Volgend jaar", (1, 1)),
    ("Komend voorjaar", (1, None)),  # a verb of starting: a begin
    ("Binnen twee jaar", (None, 2)),
    ("Vanaf volgend jaar", (1, None)),
    ("Uiterlijk eind volgend jaar", (None, 1)),
]


def check_letter(gold: dict) -> list[str]:
    """b20-raadsbrief: every commitment starts with a relative period; its years follow from the letter's date,
    and no year 2027 or 2028 is written in the letter."""
    import build

    errs = []
    year = int(gold["letter_date"][:4])
    text = document_text(ROOT / gold["file"])
    if re.search(r"\b202[7-9]\b", text):
        errs.append("b20-raadsbrief: the letter writes a future year")
    if len(build.RB_COMMITMENTS) != len(gold["actions"]):
        errs.append("b20-raadsbrief: commitments and gold actions differ in number")
    for sentence, a in zip(build.RB_COMMITMENTS, gold["actions"]):
        words = [(w, span) for w, span in RELATIVE if sentence.startswith(w + " ")]
        if len(words) != 1 or not sentence[len(words[0][0]) + 1 :].startswith(a["anchor"]):
            errs.append(f"b20-raadsbrief: {a['anchor'][:40]!r} is not the commitment after its period")
            continue
        want = tuple(None if n is None else year + n for n in words[0][1])
        if (a["start_year"], a["end_year"]) != want or a["lead"] != ["Gemeente Nunspeet"] or a["code"]:
            errs.append(f"b20-raadsbrief: {a['anchor'][:40]!r} period or sender wrong, expected {want}")
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for name, count in PAGES.items():
        pages = PdfReader(ROOT / name).pages
        if len(pages) != count:
            errs.append(f"{name}: {len(pages)} pages, expected {count}")
    for name, page, words in LAYOUT:
        pages = PdfReader(ROOT / name).pages
        if page > len(pages) or norm(words) not in norm(pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} lacks {words!r}")
    for name, line in LINES:
        if line not in (ROOT / name).read_text(encoding="utf-8").splitlines():
            errs.append(f"{name}: no line {line!r}")
    text = (ROOT / "b20-kwartalen.txt").read_text(encoding="utf-8")
    for code, *_, periode in __import__("build").KW_ROWS:
        line = next((ln for ln in text.splitlines() if ln.startswith(code + " ")), "")
        if not line.endswith(periode):
            errs.append(f"b20-kwartalen.txt: {code} line does not end with {periode!r}")
    if "de gemeenten Alkmaar, Bergen, Castricum, Dijk en Waard, Heiloo en Uitgeest" not in " ".join(
        document_text(ROOT / "b20-regiogemeenten.pdf").split()
    ):
        errs.append("b20-regiogemeenten.pdf: the introduction does not define the six regiogemeenten")
    return errs


def main() -> int:
    sys.path.insert(0, str(MAKE))
    import gold as gold_source

    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b20-*")}
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
