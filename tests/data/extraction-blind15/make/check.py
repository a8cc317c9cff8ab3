"""Check the blind15 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line. The layout each document stresses is checked per page (PAGES, LAYOUT, LINES): the trekkers of
b15-hoofdletters in CAPITALS and in a bold font, the partners not; the codes of b15-partij-jaar in the column of
the year that build.py puts them in (measured with pypdf's text positions); the period headings of
b15-tijdvakken in bold on lines of their own; the date-first sentences of b15-raadsinformatiebrief; the preamble
of b15-intentieverklaring; the roman sporen of b15-romeins; the three W-questions of b15-begroting. The roles,
codes and anchors (and for b15-partij-jaar and b15-tijdvakken the periods) of the documents written from
structured sources (the HTML table of b15-hoofdletters, the rows of b15-partij-jaar and the blocks of
b15-tijdvakken in build.py, the Markdown of b15-romeins) are derived from those sources through the documents'
own legends and compared with the gold. Exit code 1 on any problem.
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
COUNT = (5, 8)
TOTAL = (45, 55)
PAGES = {
    "b15-hoofdletters.pdf": 1,
    "b15-partij-jaar.pdf": 1,
    "b15-raadsinformatiebrief.pdf": 1,
    "b15-intentieverklaring.pdf": 2,
    "b15-tijdvakken.pdf": 1,
}
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b15-hoofdletters.pdf", 1, "Nr. Maatregel Wie Wanneer"),
    ("b15-hoofdletters.pdf", 1, "gemeente Haarlemmermeer, RIJNLAND, prov. Noord-Holland 2027-2029"),
    ("b15-hoofdletters.pdf", 1, "Rijnland, SCHIPHOL Q2/Q3 2027"),
    ("b15-partij-jaar.pdf", 1, "Partij 2026 2027 2028"),
    ("b15-partij-jaar.pdf", 1, "V5 vervolg V5 vervolg V6 Natuurvriendelijke"),
    ("b15-partij-jaar.pdf", 1, "Provincie Utrecht – V4 Gebiedsproces"),
    ("b15-raadsinformatiebrief.pdf", 1, "Wat gaan wij doen? In het voorjaar van 2027 legt het college"),
    ("b15-raadsinformatiebrief.pdf", 1, "Wat is er gebeurd? In september 2026 hebben wij"),
    ("b15-raadsinformatiebrief.pdf", 1, "Wat doen anderen? In 2027 versterkt het waterschap"),
    ("b15-intentieverklaring.pdf", 1, "hierna gezamenlijk te noemen: ‘Partijen’"),
    ("b15-intentieverklaring.pdf", 1, "5. Vereniging Natuurmonumenten, te dezen vertegenwoordigd door"),
    ("b15-intentieverklaring.pdf", 1, "Artikel 2 Water en bodem 2.1 De Provincie draagt zorg voor"),
    ("b15-intentieverklaring.pdf", 1, "2.3 Partijen genoemd onder 2, 3 en 4 leggen samen"),
    ("b15-tijdvakken.pdf", 1, "Q2/Q3 2027 • ZF4 Herstel van het beekdal"),
    ("b15-tijdvakken.pdf", 1, "Doorlopend • ZF8 Kennisnetwerk"),
]
# (file, a whole line of the text document)
LINES = [
    ("b15-romeins.md", "## I. Water vasthouden in de beekdalen"),
    ("b15-romeins.md", "## II. Schoon drinkwater"),
    ("b15-romeins.md", "## III. Natuur en recreatie"),
    ("b15-romeins.md", "b. **Afspraken met boeren over gewasbescherming in het intrekgebied**"),
    ("b15-romeins.md", "   Trekker: WMD. Planning: vanaf 2028, na afronding van actie II.b."),
    ("b15-begroting.txt", "5.1 Wat willen we bereiken?"),
    ("b15-begroting.txt", "5.2 Wat gaan we daarvoor doen?"),
    ("b15-begroting.txt", "5.4 Wat mag het kosten?"),
    ("b15-begroting.txt", "Bij doel 5.1.2"),
]
# the documents' own short names -> the official names the gold uses (their legends and "(hierna: ...)")
NAMES = {
    "gemeente haarlemmermeer": "Gemeente Haarlemmermeer",
    "rijnland": "Hoogheemraadschap van Rijnland",
    "prov. noord-holland": "Provincie Noord-Holland",
    "provincie noord-holland": "Provincie Noord-Holland",
    "schiphol": "Royal Schiphol Group",
    "ymere": "Ymere",
    "ggd kennemerland": "GGD Kennemerland",
    "lto noord": "LTO Noord",
    "wsrl": "Waterschap Rivierenland",
    "rws": "Rijkswaterstaat",
    "provincie utrecht": "Provincie Utrecht",
    "gemeente vijfheerenlanden": "Gemeente Vijfheerenlanden",
    "waterschap rivierenland": "Waterschap Rivierenland",
    "rijkswaterstaat": "Rijkswaterstaat",
    "het waterschap": "Waterschap Drents Overijsselse Delta",
    "hdl": "Het Drentse Landschap",
    "wmd": "Waterleidingmaatschappij Drenthe",
    "prov. drenthe": "Provincie Drenthe",
    "nm": "Vereniging Natuurmonumenten",
    "sbb": "Staatsbosbeheer",
    "wf": "Wetterskip Fryslân",
    "provincie fryslân": "Provincie Fryslân",
    "ggd fryslân": "GGD Fryslân",
    "staatsbosbeheer": "Staatsbosbeheer",
    "vitens": "Vitens",
    "it fryske gea": "It Fryske Gea",
}
FOUR = ["Gemeente Heerenveen", "Gemeente Opsterland", "Gemeente Ooststellingwerf", "Gemeente Weststellingwerf"]
HEADING_PERIODS = {
    "2e helft 2026": (2026, 2026),
    "Q1 2027": (2027, 2027),
    "Q2/Q3 2027": (2027, 2027),
    "2e helft 2027": (2027, 2027),
    "Begin 2028": (2028, 2028),
    "Doorlopend": (None, None),
}
DEP_WORDS = (", loopt gelijk op met ", ", na afronding van ")


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


def runs(path: Path, page: int = 0) -> list[tuple[str, float, float, str]]:
    """(text, x, y, font name) of every text run pypdf reports on a page."""
    found: list[tuple[str, float, float, str]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font else ""
            found.append((text.strip(), x, y, name))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


def check_bold_capitals() -> list[str]:
    """In b15-hoofdletters every trekker is in capitals and bold, every partner in neither."""
    errs: list[str] = []
    got = runs(ROOT / "b15-hoofdletters.pdf")
    bold = norm(" ".join(t for t, _, _, f in got if "Bold" in f))
    plain = norm(" ".join(t for t, _, _, f in got if "Bold" not in f))
    for _, _, lead, partners, _ in hoofdletters_rows():
        if not lead.isupper() or norm(lead) not in bold:
            errs.append(f"b15-hoofdletters.pdf: trekker {lead!r} not in capitals and bold")
        for p in partners:
            if p.isupper() or norm(p) not in plain:
                errs.append(f"b15-hoofdletters.pdf: partner {p!r} in capitals or bold")
    return errs


def check_year_columns() -> list[str]:
    """Each code of b15-partij-jaar stands in the column of the year build.py puts it in."""
    import build

    got = runs(ROOT / "b15-partij-jaar.pdf")
    heads = sorted((x, int(t)) for t, x, _, _ in got if t in ("2026", "2027", "2028"))
    seen: set[tuple[str, int]] = set()
    for t, x, _, _ in got:
        m = re.match(r"(V\d) \S", t)
        if m:
            year = max((hy for hx, hy in heads if hx <= x + 1), default=None)
            seen.add((m.group(1), year))
    expected = {
        (line.split()[0], int(build.PJ_HEADER[i]))
        for row in build.PJ_ROWS
        for i, cell in enumerate(row)
        if i
        for line in cell.split("\n")
        if line != "–"
    }
    if seen != expected:
        return [f"b15-partij-jaar.pdf: codes by year {sorted(seen)} != rows {sorted(expected)}"]
    return []


def check_headings() -> list[str]:
    """The period headings of b15-tijdvakken are bold runs of their own."""
    got = runs(ROOT / "b15-tijdvakken.pdf")
    bold = {t for t, _, _, f in got if "Bold" in f}
    return [f"b15-tijdvakken.pdf: heading {h!r} not a bold line" for h in HEADING_PERIODS if h not in bold]


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
    errs += check_bold_capitals() + check_year_columns() + check_headings()
    return errs


def split_deps(title: str) -> str:
    for word in DEP_WORDS:
        title = title.split(word)[0]
    return title


def parties(text: str) -> list[str]:
    """'A, B en C' -> official names; 'de vier gemeenten' -> the four."""
    if text.strip() == "de vier gemeenten":
        return list(FOUR)
    names = [n for part in text.split(", ") for n in part.split(" en ")]
    return [official(n) for n in names if n.strip()]


def hoofdletters_rows() -> list[tuple[str, str, str, list[str], str]]:
    """(code, maatregel, trekker as printed, partners as printed, wanneer) from the HTML table."""
    html = (MAKE / "b15-hoofdletters.html").read_text(encoding="utf-8")
    rows = []
    for tr in re.findall(r"<tr><td>(HM-\d)</td>(.*?)</tr>", html, flags=re.S):
        code, rest = tr
        cells = re.findall(r"<td>(.*?)</td>", rest, flags=re.S)
        wie = " ".join(cells[1].split())
        lead = re.search(r"<b>(.*?)</b>", wie).group(1)
        others = [p.strip() for p in re.sub(r"<b>.*?</b>", "", wie).split(",") if p.strip()]
        rows.append((code, " ".join(cells[0].split()), lead, others, cells[2]))
    return rows


def expect(code, anchor, lead, partners, period=None) -> dict:
    return {"code": code, "anchor": anchor, "lead": lead, "partners": partners, "period": period}


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {"b15-hoofdletters": [], "b15-partij-jaar": [], "b15-tijdvakken": []}
    for code, maatregel, lead, others, _ in hoofdletters_rows():
        out["b15-hoofdletters"].append(
            expect(code, split_deps(maatregel), [official(lead)], [official(p) for p in others])
        )
    # partij-jaar: the row's party leads; 'met' names the partners; the years are the columns it stands in
    found: dict[str, dict] = {}
    for row in build.PJ_ROWS:
        for i, cell in enumerate(row[1:], start=1):
            year = int(build.PJ_HEADER[i])
            for line in cell.split("\n"):
                if line == "–":
                    continue
                code, rest = line.split(" ", 1)
                if rest != "vervolg":
                    title, _, met = split_deps(rest).partition(", met ")
                    found[code] = expect(code, title, [official(row[0])], parties(met), [year, year])
                found[code]["period"][1] = year
    out["b15-partij-jaar"] = [dict(v, period=tuple(v["period"])) for v in found.values()]
    # tijdvakken: 'ZFn Titel – trekker X, met Y'; the heading is the period, '(loopt door tot en met N)' the end
    for heading, lines in build.TV_BLOCKS:
        for line in lines:
            start, end = HEADING_PERIODS[heading]
            m = re.search(r"\(loopt door tot en met (\d{4})\)$", line)
            if m:
                end = int(m.group(1))
                line = line[: m.start()].strip()
            head, _, who = line.partition(" – trekker ")
            code, title = head.split(" ", 1)
            lead, _, met = who.partition(", met ")
            out["b15-tijdvakken"].append(
                expect(code, split_deps(title), [official(lead)], parties(met), (start, end))
            )
    # romeins: '## II. ...' then 'a. **Titel**' and 'Trekker: X; met: A, B. Planning: ...'
    out["b15-romeins"] = []
    spoor, pending = "", None
    for line in build.ROMEINS_MD.splitlines():
        if m := re.match(r"## ([IVX]+)\. ", line):
            spoor = m.group(1)
        elif m := re.match(r"([a-c])\. \*\*(.+)\*\*$", line):
            pending = (f"{spoor}.{m.group(1)}", m.group(2))
        elif pending and (m := re.match(r"\s+Trekker: (.+?)(?:; met: (.+?))?\. Planning:", line)):
            out["b15-romeins"].append(
                expect(pending[0], pending[1], [official(m.group(1))], parties(m.group(2) or ""))
            )
            pending = None
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
            if a["lead"] != r["lead"] or a["partners"] != r["partners"]:
                errs.append(
                    f"{stem} {r['code']}: gold {a['lead']}/{a['partners']} != document {r['lead']}/{r['partners']}"
                )
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
    docs = {p.name for p in ROOT.glob("b15-*")}
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
