"""Check the blind19 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line. The layout each document stresses is checked (PAGES, LAYOUT, LINES): the 'zie toelichting' rows of
b19-zietoelichting and their roles in the paragraph under the table; the header of b19-vervolgtabel on page 1
and NOT on page 2, where the table runs on; the numbered actions of b19-gs-brief in its prose and its bijlage;
the numbered items of b19-trekkerregels with 'Trekker:' and 'Partners:' on their own lines or on the title
line; the periods of b19-kamerbrief; no rules in b19-korte-jaren, each code on the line of its Wanneer cell and
no four-digit year in any Wanneer cell. The roles, codes, anchors and periods of the documents written from
structured sources (the rows in build.py, the Markdown items) are derived through the documents' own legends
and compared with the gold. Exit code 1 on any problem.
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
# letters whose actions carry the numbers the letter itself gives them ("Actie 3 schuift op ...")
NUMBERED_LETTERS = {"b19-gs-brief"}
PAGES = {
    "b19-zietoelichting.pdf": 1,
    "b19-vervolgtabel.pdf": 2,
    "b19-gs-brief.pdf": 2,
    "b19-korte-jaren.pdf": 1,
}
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b19-zietoelichting.pdf", 1, "Nr. Maatregel Wie Periode LS-1"),
    (
        "b19-zietoelichting.pdf",
        1,
        "LS-2 Hitteplan voor de kernen Kaatsheuvel en Loon op Zand zie toelichting 2027",
    ),
    (
        "b19-zietoelichting.pdf",
        1,
        "gemeente Loon op Zand, met gemeente Waalwijk en GGD 2027-2029 Toelichting bij de rollen",
    ),
    ("b19-vervolgtabel.pdf", 1, "Acties Nr. Actie Trekker Partners Looptijd GHO-1"),
    (
        "b19-vervolgtabel.pdf",
        2,
        "GHO-4 Natuurvriendelijke oevers langs de Voorste Stroom bij Oisterwijk De Dommel",
    ),
    ("b19-gs-brief.pdf", 1, "Datum 25 november 2026"),
    ("b19-gs-brief.pdf", 1, "Voortgang per actie Actie 1 is in oktober 2026 afgerond"),
    ("b19-gs-brief.pdf", 2, "Nr. Actie Trekker Partners Planning 1 Bodemdalingskaart"),
    ("b19-gs-brief.pdf", 2, "3 Verbetering van het gemaal bij Kropswolde waterschap Provincie 2027-2028"),
    ("b19-korte-jaren.pdf", 1, "Nr. Werk Trekker Met Wanneer BH-1"),
    ("b19-korte-jaren.pdf", 1, "PG WSRL, NFO '28"),
]
# (file, a whole line of the text document)
LINES = [
    ("b19-trekkerregels.md", "## Acties"),
    ("b19-trekkerregels.md", "   Planning: 2029. Pas na actie 2."),
    ("b19-trekkerregels.md", "   Planning: vanaf 2028. Voorwaarde: actie 4 is vastgesteld."),
    ("b19-kamerbrief.txt", "Datum         27 november 2026"),
    ("b19-kamerbrief.txt", "Wat ga ik doen?"),
    ("b19-kamerbrief.txt", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,"),
]
# per document: its own short names -> the official names the gold uses (its legend, "(hierna: ...)")
NAMES = {
    "b19-zietoelichting": {
        "gemeente waalwijk": "Gemeente Waalwijk",
        "gemeente loon op zand": "Gemeente Loon op Zand",
        "bd": "Waterschap Brabantse Delta",
        "nm": "Vereniging Natuurmonumenten",
        "ggd": "GGD Hart voor Brabant",
    },
    "b19-vervolgtabel": {
        "de dommel": "Waterschap De Dommel",
        "pnb": "Provincie Noord-Brabant",
        "bl": "Brabants Landschap",
        "zlto": "Zuidelijke Land- en Tuinbouworganisatie",
        "gem. goirle": "Gemeente Goirle",
        "gem. hilvarenbeek": "Gemeente Hilvarenbeek",
        "gem. oisterwijk": "Gemeente Oisterwijk",
    },
    "b19-gs-brief": {
        "provincie": "Provincie Groningen",
        "waterschap": "Waterschap Hunze en Aa's",
        "gemeente": "Gemeente Midden-Groningen",
        "wbg": "Waterbedrijf Groningen",
    },
    "b19-trekkerregels": {
        "waterschap limburg": "Waterschap Limburg",
        "provincie limburg": "Provincie Limburg",
        "gemeente gennep": "Gemeente Gennep",
        "gemeente mook en middelaar": "Gemeente Mook en Middelaar",
        "rijkswaterstaat": "Rijkswaterstaat",
        "staatsbosbeheer": "Staatsbosbeheer",
        "lltb": "Limburgse Land- en Tuinbouw Bond",
    },
    "b19-korte-jaren": {
        "wsrl": "Waterschap Rivierenland",
        "pg": "Provincie Gelderland",
        "sbb": "Staatsbosbeheer",
        "glk": "Geldersch Landschap & Kasteelen",
        "nfo": "Nederlandse Fruittelers Organisatie",
        "ggd": "GGD Gelderland-Zuid",
        "gem. berg en dal": "Gemeente Berg en Dal",
        "gem. heumen": "Gemeente Heumen",
    },
}


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


def check_zie_toelichting() -> list[str]:
    """b19-zietoelichting: three rows say 'zie toelichting', and each of their codes is in the note under the
    table (which the other codes are not)."""
    import build

    errs = []
    see = [c for c, _, w, _ in build.ZT_ROWS if w == "zie toelichting"]
    if len(see) != 3:
        errs.append(f"b19-zietoelichting: {len(see)} rows say 'zie toelichting', expected 3")
    for code, _, _, _ in build.ZT_ROWS:
        if (code in see) != (code in build.ZT_NOTE):
            errs.append(f"b19-zietoelichting: {code} and the note under the table do not match")
    return errs


def check_continuation() -> list[str]:
    """b19-vervolgtabel: the header row on page 1, and page 2 starting with the next row, no header."""
    import build

    pages = PdfReader(ROOT / "b19-vervolgtabel.pdf").pages
    one, two = (p.extract_text() or "" for p in pages)
    errs = []
    header = norm(" ".join(build.VT_HEAD))
    if norm(one).count(header) != 1:
        errs.append("b19-vervolgtabel.pdf: page 1 lacks the header row")
    if header in norm(two) or "Looptijd" in two or "Trekker" in two:
        errs.append("b19-vervolgtabel.pdf: page 2 repeats the header")
    if not two.lstrip().startswith(build.VT_PAGE2[0][0]):
        errs.append("b19-vervolgtabel.pdf: page 2 does not begin with the next row")
    for code, *_ in build.VT_PAGE1:
        if code not in one or code in two:
            errs.append(f"b19-vervolgtabel.pdf: {code} not on page 1 only")
    for code, *_ in build.VT_PAGE2:
        if code not in two or code in one:
            errs.append(f"b19-vervolgtabel.pdf: {code} not on page 2 only")
    return errs


def check_unruled() -> list[str]:
    """b19-korte-jaren draws no lines or boxes; each code stands on the line of its Wanneer cell, and no
    Wanneer cell holds a four-digit year."""
    import build

    errs = []
    page = PdfReader(ROOT / "b19-korte-jaren.pdf").pages[0]
    content = page.get_contents().get_data().decode("latin-1")
    if re.search(r"[\d.]+ [\d.]+ [\d.]+ [\d.]+ re\s|[\d.]+ [\d.]+ l\s", content):
        errs.append("b19-korte-jaren.pdf: the page draws rules or boxes")
    got = runs(ROOT / "b19-korte-jaren.pdf")
    for code, _, _, _, wanneer in build.KJ_ROWS:
        if re.search(r"\d{4}", wanneer):
            errs.append(f"b19-korte-jaren.pdf: {code} has a four-digit year in its Wanneer cell")
        ys = [y for t, _, y, _ in got if t == code]
        ks = [y for t, _, y, _ in got if t == wanneer]
        if len(ys) != 1 or not any(abs(y - ys[0]) < 1 for y in ks):
            errs.append(f"b19-korte-jaren.pdf: {code} not on the line of {wanneer!r}")
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
    errs += check_zie_toelichting() + check_continuation() + check_unruled()
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


def names(cell: str, doc: str) -> list[str]:
    """The parties of a cell listed with ', ' and ' en '."""
    return [n for part in re.split(r", | en (?=gemeente |GGD$)", cell) for n in resolve(part, doc)]


def short_year(text: str) -> int:
    return 2000 + int(text)


def period(text: str, deadline: bool = False):
    """The period of a Planning, Looptijd, Periode or Wanneer cell; one moment under a deadline column is its
    end. Short years ("'27") are of this century."""
    text = re.sub(r"'(\d\d)\b", lambda m: str(short_year(m.group(1))), text.strip())
    text = text.replace("v.a. ", "vanaf ").replace("t/m ", "tot en met ")
    if m := re.fullmatch(r"(\d{4})-(\d{4})", text):
        return (int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"vanaf (\d{4})", text):
        return (int(m.group(1)), None)
    if m := re.fullmatch(r"(?:uiterlijk|uiterlijk eind|tot en met) (\d{4})", text):
        return (None, int(m.group(1)))
    if m := re.fullmatch(r"(?:najaar |voorjaar )?(\d{4})", text):
        y = int(m.group(1))
        return (None, y) if deadline else (y, y)
    raise ValueError(text)


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {}
    # zietoelichting: the rows with their own Wie cell (trekker, then 'met' partners); the three 'zie
    # toelichting' rows are checked by their codes and quotes only
    rows = []
    for code, maatregel, wie, periode in build.ZT_ROWS:
        if wie == "zie toelichting":
            rows.append(expect(code, maatregel, None, None, period(periode)))
            continue
        lead, _, rest = wie.partition(", met ")
        rows.append(
            expect(
                code,
                maatregel,
                resolve(lead, "b19-zietoelichting"),
                names(rest, "b19-zietoelichting"),
                period(periode),
            )
        )
    out["b19-zietoelichting"] = rows
    # vervolgtabel: the rows of both pages
    out["b19-vervolgtabel"] = [
        expect(c, a, resolve(t, "b19-vervolgtabel"), names(p, "b19-vervolgtabel"), period(lt))
        for c, a, t, p, lt in build.VT_PAGE1 + build.VT_PAGE2
    ]
    # korte jaren: Trekker leads, Met are partners
    out["b19-korte-jaren"] = [
        expect(c, w, resolve(t, "b19-korte-jaren"), names(m, "b19-korte-jaren"), period(wn))
        for c, w, t, m, wn in build.KJ_ROWS
    ]
    # gs-brief: the bijlage rows, minus the actions the prose calls done or withdrawn; the prose's changes
    # (a new period, a new trekker) override the table
    rows = []
    progress = {re.match(r"Actie (\d)", s).group(1): s for s in build.GS_PROGRESS}
    for nr, actie, trekker, partners, planning in build.GS_ROWS:
        said = progress[nr]
        if "afgerond" in said or "vervalt" in said:
            continue
        lead = resolve(trekker, "b19-gs-brief")
        others = [n for p in partners.split(", ") for n in resolve(p, "b19-gs-brief")]
        span = period(planning)
        if m := re.search(r"schuift op naar (\d{4}).*tot en met (\d{4})", said):
            span = (int(m.group(1)), int(m.group(2)))
        if m := re.search(
            r"wij niet meer zelf uit: (.+?) neemt het trekkerschap over "
            r"en wij blijven partner, net als (.+)\.",
            said,
        ):
            lead = [m.group(1)]
            others = ["Provincie Groningen", m.group(2)]
        rows.append(expect(nr, actie, lead, others, span))
    out["b19-gs-brief"] = rows
    # trekkerregels: the Markdown items
    text = (ROOT / "b19-trekkerregels.md").read_text(encoding="utf-8")
    rows = []
    for m in re.finditer(r"^(\d)\. \*\*(.+?)\*\*(.*)\n((?:   .*\n)+)", text, re.M):
        code, title, same_line, block = m.groups()
        labels = dict(re.findall(r"(Trekker|Partners|Planning): (.+)", same_line + "\n" + block))
        plan, _, rest = labels["Planning"].partition(". ")
        deps = [{"kind": "starts_after", "target": t} for t in re.findall(r"Pas na actie (\d)", rest)]
        deps += [{"kind": "depends", "target": t} for t in re.findall(r"Voorwaarde: actie (\d)", rest)]
        rows.append(
            expect(
                code,
                title,
                resolve(labels["Trekker"], "b19-trekkerregels"),
                [n for p in labels["Partners"].split(", ") for n in resolve(p, "b19-trekkerregels")],
                period(plan.rstrip(".").replace("uiterlijk eind", "uiterlijk")),
                dependencies=deps,
            )
        )
    out["b19-trekkerregels"] = rows
    return out


# documents of which only part is derived (the rest is prose, checked by its quotes)
PARTIAL = {"b19-gs-brief"}


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs: list[str] = []
    for stem, rows in derived().items():
        by_key = {a["code"] or a["anchor"]: a for a in golds[stem]["actions"]}
        keys = sorted(r["code"] or r["anchor"] for r in rows)
        if stem in PARTIAL:
            if (
                sorted(k for k in by_key if k in {a["code"] for a in golds[stem]["actions"] if a["code"]})
                != keys
            ):
                errs.append(f"{stem}: gold codes != document rows {keys}")
        elif sorted(by_key) != keys:
            errs.append(f"{stem}: gold codes {sorted(by_key)} != document {keys}")
        for r in rows:
            key = r["code"] or r["anchor"]
            a = by_key.get(key)
            if a is None:
                continue
            if a["anchor"] != r["anchor"]:
                errs.append(f"{stem} {key}: anchor {a['anchor']!r} != document {r['anchor']!r}")
            if r["lead"] is not None and (a["lead"] != r["lead"] or a["partners"] != r["partners"]):
                errs.append(
                    f"{stem} {key}: gold {a['lead']}/{a['partners']} != document {r['lead']}/{r['partners']}"
                )
            for role, value in r["roles"].items():
                if a[role] != value:
                    errs.append(f"{stem} {key}: gold {role} {a[role]} != document {value}")
            if r["period"] is not None and (a["start_year"], a["end_year"]) != tuple(r["period"]):
                errs.append(
                    f"{stem} {key}: gold period {(a['start_year'], a['end_year'])} != document {r['period']}"
                )
    errs += check_items() + check_kamerbrief(golds["b19-kamerbrief"])
    return errs


def check_items() -> list[str]:
    """b19-trekkerregels: some items give 'Partners:' on the title line, others on a line of their own; every
    item has its 'Trekker:' on a line of its own."""
    text = (ROOT / "b19-trekkerregels.md").read_text(encoding="utf-8")
    titles = re.findall(r"^\d\. \*\*.+", text, re.M)
    on_title = [t for t in titles if "Partners:" in t]
    errs = []
    if not 0 < len(on_title) < len(titles):
        errs.append("b19-trekkerregels: 'Partners:' should stand on the title line in some items only")
    if any("Trekker:" in t for t in titles) or len(re.findall(r"^   Trekker: ", text, re.M)) != len(titles):
        errs.append("b19-trekkerregels: every 'Trekker:' should stand on its own line")
    return errs


def check_kamerbrief(gold: dict) -> list[str]:
    """b19-kamerbrief: no year anywhere near 'kabinetsperiode', so an action in it is ambiguous and open; 'Tot
    de zomer van 2028' is an end."""
    text = (ROOT / gold["file"]).read_text(encoding="utf-8")
    errs = []
    if re.search(r"kabinetsperiode[^.\n]*\(|kabinetsperiode \d{4}|\d{4}-\d{4}", text):
        errs.append("b19-kamerbrief: the letter gives the years of the kabinetsperiode")
    for a in gold["actions"]:
        ambiguous = "kabinetsperiode" in a["anchor"]
        if a["period_is_ambiguous"] != ambiguous:
            errs.append(f"b19-kamerbrief: period_is_ambiguous of {a['anchor'][:40]!r}")
        if ambiguous and (a["start_year"], a["end_year"]) != (None, None):
            errs.append("b19-kamerbrief: a kabinetsperiode action has a year")
        if a["anchor"].startswith("Tot de zomer van 2028") and (a["start_year"], a["end_year"]) != (
            None,
            2028,
        ):
            errs.append("b19-kamerbrief: 'Tot de zomer van 2028' should be null/2028")
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
    docs = {p.name for p in ROOT.glob("b19-*")}
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
