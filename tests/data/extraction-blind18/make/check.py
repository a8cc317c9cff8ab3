"""Check the blind18 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line. The layout each document stresses is checked (PAGES, LAYOUT, LINES): the legend of b18-legenda on
page 2 and not on page 1; no rules in b18-jaarplan and each code on the line of its quarter cell, none of which
names the year; the functions of b18-actielijst explained in its Aanwezig line; the withdrawn action and the
paragraph with two actions of b18-samenwerkingsagenda; the overview of toezeggingen of b18-kamerbrief. The
roles, codes, anchors and periods of the documents written from structured sources (the rows of b18-legenda,
b18-jaarplan and b18-actielijst and the steps table of b18-raadsinformatiebrief in build.py) are derived from
those sources through the documents' own legends and compared with the gold. Exit code 1 on any problem.
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
PAGES = {
    "b18-legenda.pdf": 2,
    "b18-raadsinformatiebrief.pdf": 1,
    "b18-jaarplan.pdf": 1,
    "b18-actielijst.pdf": 1,
}
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b18-legenda.pdf", 1, "Nr. Maatregel Wie Planning BW-1"),
    ("b18-legenda.pdf", 1, "WSRL (t), gemeenten 2027-2030"),
    ("b18-legenda.pdf", 1, "Provincie (o), Vitens (t), Zaltbommel 2028"),
    ("b18-legenda.pdf", 1, "De tabel wordt toegelicht op pagina 2."),
    ("b18-legenda.pdf", 2, "Toelichting bij de tabel In de kolom Wie staat achter de trekker (t)"),
    ("b18-legenda.pdf", 2, "Met 'gemeenten' zijn de gemeenten Zaltbommel en Maasdriel bedoeld"),
    ("b18-raadsinformatiebrief.pdf", 1, "Datum 23 november 2026"),
    (
        "b18-raadsinformatiebrief.pdf",
        1,
        "Stap Wie Gereed Stresstest wateroverlast en hitte Kampen wij afgerond september 2026",
    ),
    (
        "b18-raadsinformatiebrief.pdf",
        1,
        "Evacuatieplan hoogwater voor Kampen-Noord wij, Veiligheidsregio 2e kwartaal 2027",
    ),
    ("b18-jaarplan.pdf", 1, "Nr. Activiteit Eigenaar Bijdrage van Kwartaal Lijn 1 Water vasthouden J1"),
    ("b18-jaarplan.pdf", 1, "NM gem. Q4 → 2028"),
    ("b18-actielijst.pdf", 1, "Nr. Actiepunt Actiehouder Deadline Status"),
    ("b18-actielijst.pdf", 1, "de dijkgraaf (Hoogheemraadschap van Rijnland)"),
    ("b18-actielijst.pdf", 1, "de dijkgraaf - afgedaan"),
]
# (file, a whole line of the text document)
LINES = [
    ("b18-samenwerkingsagenda.md", "**Actie 3.3** is vervallen; het werk is opgenomen in actie 3.1."),
    ("b18-samenwerkingsagenda.md", "## 4 Landschap en wonen"),
    ("b18-kamerbrief.txt", "Datum         26 november 2026"),
    ("b18-kamerbrief.txt", "Wat ga ik doen?"),
    ("b18-kamerbrief.txt", "Overzicht van toezeggingen"),
    ("b18-kamerbrief.txt", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,"),
]
# per document: its own short names -> the official names the gold uses (its legend, "(hierna: ...)", the
# list of those present); a list stands for a group word
NAMES = {
    "b18-legenda": {
        "wsrl": "Waterschap Rivierenland",
        "rws": "Rijkswaterstaat",
        "ggd": "GGD Gelderland-Zuid",
        "provincie": "Provincie Gelderland",
        "vitens": "Vitens",
        "zaltbommel": "Gemeente Zaltbommel",
        "maasdriel": "Gemeente Maasdriel",
        "gemeenten": ["Gemeente Zaltbommel", "Gemeente Maasdriel"],
    },
    "b18-jaarplan": {
        "aenm": "Waterschap Aa en Maas",
        "bw": "Brabant Water",
        "nm": "Vereniging Natuurmonumenten",
        "sbb": "Staatsbosbeheer",
        "prov.": "Provincie Noord-Brabant",
        "gem.": "Gemeente Maashorst",
    },
    "b18-raadsinformatiebrief": {
        "wij": "Gemeente Kampen",
        "veiligheidsregio": "Veiligheidsregio IJsselland",
        "wdodelta": "Waterschap Drents Overijsselse Delta",
    },
    "b18-actielijst": {
        "wethouder nieuwkoop": "Gemeente Nieuwkoop",
        "wethouder kaag en braassem": "Gemeente Kaag en Braassem",
        "de gedeputeerde": "Provincie Zuid-Holland",
        "de dijkgraaf": "Hoogheemraadschap van Rijnland",
        "het hoogheemraadschap": "Hoogheemraadschap van Rijnland",
        "lto noord": "LTO Noord",
        "staatsbosbeheer": "Staatsbosbeheer",
        "beide wethouders": ["Gemeente Nieuwkoop", "Gemeente Kaag en Braassem"],
    },
}
# the Aanwezig line of b18-actielijst: each function with the organisation it stands for there
PRESENT = [
    ("wethouder Nieuwkoop", "gemeente Nieuwkoop"),
    ("wethouder Kaag en Braassem", "gemeente Kaag en Braassem"),
    ("de gedeputeerde", "provincie Zuid-Holland"),
    ("de dijkgraaf", "Hoogheemraadschap van Rijnland"),
]


def norm(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\u2010\u2011\u2012\u2013\u2014]+", "", text).lower()


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


def check_legend_page() -> list[str]:
    """b18-legenda: the table on page 1 without its legend, the legend on page 2."""
    pages = PdfReader(ROOT / "b18-legenda.pdf").pages
    one = norm(pages[0].extract_text() or "")
    errs = []
    for words in ("= Waterschap Rivierenland", "Toelichting bij de tabel", "(t) = ", "zijn de gemeenten"):
        if norm(words) in one:
            errs.append(f"b18-legenda.pdf: page 1 holds legend words {words!r}")
    return errs


def check_unruled() -> list[str]:
    """b18-jaarplan draws no lines or boxes; each code stands on the line of its quarter cell, and no quarter
    cell names 2027."""
    import build

    errs = []
    page = PdfReader(ROOT / "b18-jaarplan.pdf").pages[0]
    content = page.get_contents().get_data().decode("latin-1")
    if re.search(r"[\d.]+ [\d.]+ [\d.]+ [\d.]+ re\s|[\d.]+ [\d.]+ l\s", content):
        errs.append("b18-jaarplan.pdf: the page draws rules or boxes")
    got = runs(ROOT / "b18-jaarplan.pdf")
    for _, rows in build.JP_LINES:
        for code, _, _, _, kwartaal in rows:
            if "2027" in kwartaal:
                errs.append(f"b18-jaarplan.pdf: {code} has a year in its quarter cell")
            ys = [y for t, _, y, _ in got if t == code]
            ks = [y for t, _, y, _ in got if t == kwartaal]
            if len(ys) != 1 or not any(abs(y - ys[0]) < 1 for y in ks):
                errs.append(f"b18-jaarplan.pdf: {code} not on the line of {kwartaal!r}")
    return errs


def check_present() -> list[str]:
    """b18-actielijst: every function in the Actiehouder column is explained in the Aanwezig line."""
    import build

    html = norm(build.al_html())
    errs = []
    for function, org in PRESENT:
        if (
            norm(f"{function} ({org}") not in html
            and norm(f"{function} (gedeputeerde Water en Bodem, {org}") not in html
        ):
            errs.append(f"b18-actielijst: the Aanwezig line does not explain {function!r}")
    functions = {f.lower() for f, _ in PRESENT}
    for row in build.AL_ROWS:
        if row[2].lower() not in functions:
            errs.append(f"b18-actielijst: actiehouder {row[2]!r} is not in the Aanwezig line")
    return errs


def check_specific() -> list[str]:
    return check_legend_page() + check_unruled() + check_present()


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
    errs += check_specific()
    return errs


def expect(code, anchor, lead, partners, period=None, **roles) -> dict:
    return {
        "code": code,
        "anchor": anchor,
        "lead": lead,
        "partners": partners,
        "period": period,
        "roles": roles,
    }


def resolve(name: str, doc: str) -> list[str]:
    found = NAMES[doc][" ".join(name.split()).strip().lower()]
    return list(found) if isinstance(found, list) else [found]


def period(text: str, deadline: bool = False):
    """The period of a Planning or Deadline cell; one moment under a deadline column is its end."""
    text = text.split(", na ")[0].strip()
    if m := re.fullmatch(r"(\d{4})-(\d{4})", text):
        return (int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"vanaf (\d{4})", text):
        return (int(m.group(1)), None)
    if m := re.fullmatch(r"uiterlijk (\d{4})", text):
        return (None, int(m.group(1)))
    if m := re.fullmatch(r"(?:\d{1,2} \w+ |Q\d |eind |2e kwartaal |\w+ )?(\d{4})", text):
        y = int(m.group(1))
        return (None, y) if deadline or text != m.group(1) else (y, y)
    raise ValueError(text)


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {}
    # legenda: '(t)' leads, '(o)' commissions, the rest are partners; 'gemeenten' by the legend on page 2
    rows = []
    for code, maatregel, wie, planning in build.LG_ROWS:
        roles: dict[str, list[str]] = {"lead": [], "partners": [], "commissioners": []}
        for part in wie.split(", "):
            key = (
                "lead" if part.endswith(" (t)") else "commissioners" if part.endswith(" (o)") else "partners"
            )
            roles[key] += resolve(re.sub(r" \([to]\)$", "", part), "b18-legenda")
        deps = [{"kind": "starts_after", "target": t} for t in re.findall(r", na (BW-\d)", planning)]
        rows.append(
            expect(
                code,
                maatregel,
                roles["lead"],
                roles["partners"],
                period(planning),
                commissioners=roles["commissioners"],
                dependencies=deps,
            )
        )
    out["b18-legenda"] = rows
    # jaarplan: Eigenaar leads, 'Bijdrage van' are partners; the quarters are of 2027, '→ 2028' runs on
    rows = []
    for _, lrows in build.JP_LINES:
        for code, activiteit, eigenaar, bijdrage, kwartaal in lrows:
            partners = [n for p in bijdrage.split(", ") for n in resolve(p, "b18-jaarplan")]
            end = 2028 if "→ 2028" in kwartaal else 2027
            rows.append(expect(code, activiteit, resolve(eigenaar, "b18-jaarplan"), partners, (2027, end)))
    out["b18-jaarplan"] = rows
    # actielijst: the actiehouder's organisation (by the Aanwezig line) leads unless it has the work done by
    # another ('laten maken door X': X leads, the actiehouder commissions); 'i.s.m.'/'samen met' are partners
    rows = []
    for nr, actiepunt, houder, deadline, status in build.AL_ROWS:
        if status == "afgedaan":
            continue
        anchor, _, rest = re.split(r"(, i\.s\.m\. |, samen met )", actiepunt + ", i.s.m. ")[0:3]
        partners = [
            n for p in (rest.strip(", ") and [rest.strip(", ")] or []) for n in resolve(p, "b18-actielijst")
        ]
        lead, commissioners = resolve(houder, "b18-actielijst"), []
        if m := re.search(r"laten maken door (.+)$", anchor):
            lead, commissioners = resolve(m.group(1), "b18-actielijst"), lead
        rows.append(expect(nr, anchor, lead, partners, period(deadline, True), commissioners=commissioners))
    out["b18-actielijst"] = rows
    # raadsinformatiebrief (only its table; the prose is checked by its quotes): the first Wie leads
    rows = []
    for stap, wie, gereed in build.RIB_STEPS:
        if gereed.startswith("afgerond"):
            continue
        names = [n for p in wie.split(", ") for n in resolve(p, "b18-raadsinformatiebrief")]
        rows.append(expect("", stap, names[:1], names[1:], period(gereed, True)))
    out["b18-raadsinformatiebrief"] = rows
    return out


# documents of which only part is derived (the rest is prose, checked by its quotes)
PARTIAL = {"b18-raadsinformatiebrief"}


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs: list[str] = []
    for stem, rows in derived().items():
        by_key = {a["code"] or a["anchor"]: a for a in golds[stem]["actions"]}
        keys = sorted(r["code"] or r["anchor"] for r in rows)
        if stem in PARTIAL:
            if not set(keys) <= set(by_key):
                errs.append(f"{stem}: document rows {sorted(set(keys) - set(by_key))} not in the gold")
        elif sorted(by_key) != keys:
            errs.append(f"{stem}: gold codes {sorted(by_key)} != document {keys}")
        for r in rows:
            key = r["code"] or r["anchor"]
            a = by_key.get(key)
            if a is None:
                continue
            if a["anchor"] != r["anchor"]:
                errs.append(f"{stem} {key}: anchor {a['anchor']!r} != document {r['anchor']!r}")
            if a["lead"] != r["lead"] or a["partners"] != r["partners"]:
                errs.append(
                    f"{stem} {key}: gold {a['lead']}/{a['partners']} != document {r['lead']}/{r['partners']}"
                )
            for role, names in r["roles"].items():
                if a[role] != names:
                    errs.append(f"{stem} {key}: gold {role} {a[role]} != document {names}")
            if r["period"] is not None and (a["start_year"], a["end_year"]) != tuple(r["period"]):
                errs.append(
                    f"{stem} {key}: gold period {(a['start_year'], a['end_year'])} != document {r['period']}"
                )
    errs += check_agenda(golds["b18-samenwerkingsagenda"]) + check_overview(golds["b18-kamerbrief"])
    return errs


def check_agenda(gold: dict) -> list[str]:
    """b18-samenwerkingsagenda: every '**Actie n.n**' is an action unless it is withdrawn ('is vervallen');
    actions 4.1 and 4.2 share one paragraph; 4.2 starts after 3.2 ('Na afronding van actie 3.2')."""
    text = (ROOT / gold["file"]).read_text(encoding="utf-8")
    numbers = re.findall(r"\*\*Actie (\d\.\d)\*\*", text)
    withdrawn = re.findall(r"\*\*Actie (\d\.\d)\*\* is vervallen", text)
    errs = []
    codes = [a["code"] for a in gold["actions"]]
    if codes != [n for n in numbers if n not in withdrawn]:
        errs.append(f"b18-samenwerkingsagenda: gold codes {codes} != open actions of the text")
    if not any("**Actie 4.1**" in line and "**Actie 4.2**" in line for line in text.splitlines()):
        errs.append("b18-samenwerkingsagenda: 4.1 and 4.2 do not share a paragraph")
    for a in gold["actions"]:
        for d in a["dependencies"]:
            if f"Na afronding van actie {d['target']}" not in text:
                errs.append(
                    f"b18-samenwerkingsagenda {a['code']}: no words for the dependency on {d['target']}"
                )
    return errs


def check_overview(gold: dict) -> list[str]:
    """b18-kamerbrief: the overview has six items; item 5 is the only place of one action; item 6 is done."""
    text = (ROOT / gold["file"]).read_text(encoding="utf-8")
    overview = text.split("Overzicht van toezeggingen", 1)[1].split("Hoogachtend", 1)[0]
    body = text.split("Overzicht van toezeggingen", 1)[0]
    items = re.findall(r"^(\d)\. ", overview, re.M)
    errs = []
    if items != [str(i) for i in range(1, 7)]:
        errs.append(f"b18-kamerbrief: overview items {items}")
    only = [a for a in gold["actions"] if norm(a["anchor"]) not in norm(body)]
    if len(only) != 1 or norm(only[0]["anchor"]) not in norm(overview):
        errs.append("b18-kamerbrief: exactly one action must stand only in the overview")
    if "als afgedaan" not in overview:
        errs.append("b18-kamerbrief: the overview lacks the toezegging declared done")
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
    docs = {p.name for p in ROOT.glob("b18-*")}
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
