"""Check the blind16 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor and not_commitment. Text is compared ignoring case, whitespace and hyphens (PDF text extracted
with pypdf from /work/main/.venv, per page, joined); in the .txt and .md documents an anchor must also stand on one
line. The layout each document stresses is checked per page (PAGES, LAYOUT, LINES). The codes, anchors, roles and
(where the source gives them plainly) periods of the documents written from structured sources (the TV_ROWS
matrix, the TG_TILES and the GR_ROWS in build.py, the HTML table of b16-afdelingen) are derived from those sources
through the documents' own legends and reading guides and compared with the gold. Exit code 1 on any problem.
"""

import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

MAKE = Path(__file__).resolve().parent
ROOT = MAKE.parent
GOLD = ROOT / "gold"
TYPES = {"ruled-pdf", "libreoffice-pdf", "unruled-pdf", "text-table", "label-blocks", "letter", "kamerbrief", "agenda"}
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
COUNT = (5, 8)
TOTAL = (40, 50)
PAGES = {
    "b16-zienswijzen.pdf": 1,
    "b16-taakverdeling.pdf": 1,
    "b16-tegels.pdf": 1,
    "b16-afdelingen.pdf": 1,
    "b16-groepsrijen.pdf": 1,
}
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b16-zienswijzen.pdf", 1, "Nr. Zienswijze (samengevat) Reactie van het college Aanpassing"),
    ("b16-taakverdeling.pdf", 1, "Nr. Werkpakket Planning"),
    ("b16-taakverdeling.pdf", 1, "Noord-Beveland Goes Scheldestromen Prov. Zeeland RWS"),
    ("b16-tegels.pdf", 1, "T1 Hitteplan voor de kernen van Valkenswaard Wie gemeente Valkenswaard Met"),
    ("b16-tegels.pdf", 1, "Wanneer schooljaar 2027-2028"),
    ("b16-afdelingen.pdf", 1, "Nr. Activiteit Verantwoordelijk Samen met Planning"),
    ("b16-groepsrijen.pdf", 1, "Nr. Maatregel Partners Periode Thema A – Water vasthouden · trekker: WDODelta A1"),
    ("b16-groepsrijen.pdf", 1, "Thema C – Bodem en landschap · trekker: provincie Drenthe C1"),
]
# (file, a whole line of the text document)
LINES = [
    ("b16-coalitieakkoord.txt", "Wat we vinden"),
    ("b16-coalitieakkoord.txt", "Dit gaan we doen"),
    ("b16-coalitieakkoord.txt", "Wat we vragen van anderen"),
    ("b16-coalitieakkoord.txt", "- We vergroenen de schoolpleinen in Uithuizen, Winsum en Warffum."),
    ("b16-nieuwsbrief.md", "## Uiterwaarden bij Amerongen"),
    ("b16-nieuwsbrief.md", "**Wat is de volgende stap?**"),
    ("b16-nieuwsbrief.md", "Het werk duurt tot eind 2028."),
]
# the documents' own short names -> the official names the gold uses (legends, "(hierna: ...)", reading guides)
NAMES = {
    "schouwen-duiveland": "Gemeente Schouwen-Duiveland",
    "noord-beveland": "Gemeente Noord-Beveland",
    "goes": "Gemeente Goes",
    "scheldestromen": "Waterschap Scheldestromen",
    "prov. zeeland": "Provincie Zeeland",
    "rws": "Rijkswaterstaat",
    "de dommel": "Waterschap De Dommel",
    "staatsbosbeheer": "Staatsbosbeheer",
    "brabants landschap": "Brabants Landschap",
    "ggd brabant-zuidoost": "GGD Brabant-Zuidoost",
    "provincie noord-brabant": "Provincie Noord-Brabant",
    "zlto": "Zuidelijke Land- en Tuinbouworganisatie",
    "wrij": "Waterschap Rijn en IJssel",
    "odra": "Omgevingsdienst Regio Arnhem",
    "wdodelta": "Waterschap Drents Overijsselse Delta",
    "wmd": "Waterleidingmaatschappij Drenthe",
    "hdl": "Het Drentse Landschap",
    "provincie drenthe": "Provincie Drenthe",
    "lto noord": "LTO Noord",
}
PERIODS = {
    "2026-2027": (2026, 2027),
    "2027 t/m 2029": (2027, 2029),
    "per 1 januari 2028": (2028, None),
    "kwartaal 3 2027 – kwartaal 2 2028": (2027, 2028),
    "uiterlijk eind 2027": (None, 2027),
    "doorlopend vanaf 2027": (2027, None),
    "voor de zomer van 2027": (None, 2027),
    "kwartaal 2 2027": (2027, 2027),
    "vanaf najaar 2027": (2027, None),
    "2e kwartaal 2027 – eind 2028": (2027, 2028),
    "schooljaar 2027-2028": (2027, 2028),
    "2026-2028": (2026, 2028),
    "2027": (2027, 2027),
    "kwartaal 3 2027 – 2028": (2027, 2028),
    "2026 t/m 2029": (2026, 2029),
    "doorlopend": (None, None),
    "vanaf 2028": (2028, None),
}


def norm(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\u2010\u2011\u2012\u2013\u2014]+", "", text).lower()


def official(name: str) -> str:
    key = " ".join(name.split()).strip().lower()
    if key.startswith("gemeente ") and key not in NAMES:
        return "Gemeente " + name.strip().split(" ", 1)[1]
    return NAMES[key]


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
        errs.append(f"{where}: no lead")
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
    if not letter and ("letter_date" in gold or "reported_plans" in gold):
        errs.append(f"{path.name}: letter_date or reported_plans on a document that is no letter")
    actions = gold["actions"]
    if not COUNT[0] <= len(actions) <= COUNT[1]:
        errs.append(f"{path.name}: {len(actions)} actions, expected {COUNT[0]}-{COUNT[1]}")
    codes = [a.get("code") for a in actions if a.get("code")]
    if len(codes) != len(set(codes)):
        errs.append(f"{path.name}: duplicate codes")
    anchors = [a.get("anchor") for a in actions]
    if len(anchors) != len(set(anchors)):
        errs.append(f"{path.name}: duplicate anchors")
    for i, a in enumerate(actions):
        where = f"{path.name} action {i} ({a.get('code') or a.get('anchor', '')[:30]})"
        errs += check_action(a, where, codes)
    value = gold["not_commitments"]
    if not isinstance(value, list) or not all(isinstance(s, str) and s for s in value):
        errs.append(f"{path.name}: not_commitments must be a list of strings")
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
    quotes = [("anchor", a["anchor"]) for a in actions] + [("not_commitment", s) for s in gold["not_commitments"]]
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
    return errs


def expect(code, anchor, lead, partners, involved=(), period=None) -> dict:
    return {"code": code, "anchor": anchor, "lead": lead, "partners": partners, "involved": list(involved),
            "period": period}


def afdelingen_rows() -> list[tuple[str, str, str, str, str]]:
    html = (MAKE / "b16-afdelingen.html").read_text(encoding="utf-8")
    rows = []
    for tr in re.findall(r"<tr><td>(Z\d)</td>(.*?)</tr>", html, flags=re.S):
        code, rest = tr
        cells = [" ".join(c.split()) for c in re.findall(r"<td>(.*?)</td>", rest, flags=re.S)]
        rows.append((code, *cells))
    return rows


def team(name: str) -> str:
    """A team of the gemeente stands for the Gemeente Zevenaar (the reading guide)."""
    name = re.sub(r"\s*\(namens .*\)$", "", name.strip())
    return "Gemeente Zevenaar" if name.startswith("team ") else official(name)


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {}
    # taakverdeling: 'Trekker.' -> lead, 'Wordt geïnformeerd.' -> involved, '–' -> none, a task -> partner
    rows = []
    parties = [official(h) for h in build.TV_HEADER[3:]]
    for code, title, planning, *cells in build.TV_ROWS:
        lead, partners, involved = [], [], []
        for party, cell in zip(parties, cells):
            if cell.startswith("Trekker."):
                lead.append(party)
            elif cell == "Wordt geïnformeerd.":
                involved.append(party)
            elif cell != "–":
                partners.append(party)
        rows.append(expect(code, title.split(", op basis van")[0], lead, partners, involved, PERIODS[planning]))
    out["b16-taakverdeling"] = rows
    # tegels: Wie -> lead, Met -> partners
    out["b16-tegels"] = [
        expect(code, title, [official(wie)], [official(m) for m in met.split(", ")], (), PERIODS[wanneer])
        for code, title, wie, met, wanneer in build.TG_TILES
    ]
    # groepsrijen: the group row's trekker unless '(trekker: X)' in the cell
    rows, group_lead = [], None
    for values in build.GR_ROWS:
        if isinstance(values, str):
            group_lead = official(values.split("trekker: ")[1])
            continue
        code, maatregel, partners, periode = values
        lead = group_lead
        m = re.search(r"\s*\(trekker: (.+)\)$", maatregel)
        if m:
            lead = official(m.group(1))
            maatregel = maatregel[: m.start()]
        anchor = maatregel.split(", na afronding van")[0]
        plist = [] if partners == "–" else [official(p) for p in partners.split(", ")]
        rows.append(expect(code, anchor, [lead], plist, (), PERIODS[periode]))
    out["b16-groepsrijen"] = rows
    # afdelingen: teams are the gemeente; a party equal to the lead adds no partner
    rows = []
    for code, activiteit, verantwoordelijk, samen, _ in afdelingen_rows():
        lead = team(verantwoordelijk)
        partners: list[str] = []
        for p in samen.split(", "):
            name = team(p)
            if name != lead and name not in partners:
                partners.append(name)
        rows.append(expect(code, activiteit, [lead], partners))
    out["b16-afdelingen"] = rows
    return out


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs: list[str] = []
    for stem, rows in derived().items():
        by_code = {a["code"]: a for a in golds[stem]["actions"]}
        if sorted(by_code) != sorted(r["code"] for r in rows):
            errs.append(f"{stem}: gold codes {sorted(by_code)} != document {sorted(r['code'] for r in rows)}")
        for r in rows:
            a = by_code.get(r["code"])
            if a is None:
                continue
            if a["anchor"] != r["anchor"]:
                errs.append(f"{stem} {r['code']}: anchor {a['anchor']!r} != document {r['anchor']!r}")
            got = (a["lead"], a["partners"], a["involved"])
            want = (r["lead"], r["partners"], r["involved"])
            if got != want:
                errs.append(f"{stem} {r['code']}: gold {got} != document {want}")
            if r["period"] is not None and (a["start_year"], a["end_year"]) != tuple(r["period"]):
                errs.append(f"{stem} {r['code']}: gold period != document {r['period']}")
    return errs


def main() -> int:
    sys.path.insert(0, str(MAKE))
    import gold as gold_source  # the hand-written gold, to see that the JSON files are up to date

    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b16-*")}
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
