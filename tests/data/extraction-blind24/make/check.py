"""Check the blind24 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on one
line. Page counts, page sizes, a few header and cell sequences (LAYOUT) and the reading order of the two text
columns (ORDER) are checked, and code, anchor, roles and periods are derived from the documents and build.py's
data (the phase columns, the 'idem'/'"' cells resolved to the row above, the 'Rol provincie' paragraphs, the
'eigen organisatie' cells of the whitespace table as read from the .txt, the 'Partij X' leden as read from the
.md) and compared with the gold; the letter's actions must stand under 'Vervolg', its reported plans under 'Wat
doen anderen?', with period and roles from the words of the anchor. Exit code 1 on any problem.
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
TOTAL = (30, 40)
PAGES = {"b24-fasen.pdf": 1, "b24-idem.pdf": 1, "b24-paragrafen.pdf": 1, "b24-brief.pdf": 1}
LAYOUT = [
    ("b24-fasen.pdf", 1, "Nr. Project Trekker Partners Verkenning Planuitwerking Realisatie VG-1"),
    ("b24-fasen.pdf", 1, "gereed gereed 2027-2030"),
    ("b24-idem.pdf", 1, "PL-2 Beekherstel van de Anselderbeek in Kerkrade idem"),
    ("b24-idem.pdf", 1, 'Heerlen-Noord " idem vanaf 1e kwartaal 2027'),
    ("b24-paragrafen.pdf", 1, "Rol provincie: opdrachtgever Uitvoering: Waterschap Zuiderzeeland"),
    ("b24-brief.pdf", 1, "Vervolg Door ons wordt in 2027"),
]
# the two text columns: all of chapter 4 comes before chapter 5 in the text pypdf reads
ORDER = [("b24-paragrafen.pdf", ["4 Water", "4.2.2 Proef", "5 Natuur en klimaat", "5.1.2 Hitteplan"])]
# written name -> official full name, per document
NAMES = {
    "b24-fasen": {
        "gemeente voorne aan zee": "Gemeente Voorne aan Zee",
        "gemeente goeree-overflakkee": "Gemeente Goeree-Overflakkee",
        "waterschap hollandse delta": "Waterschap Hollandse Delta",
        "provincie zuid-holland": "Provincie Zuid-Holland",
        "vereniging natuurmonumenten": "Vereniging Natuurmonumenten",
        "evides waterbedrijf": "Evides Waterbedrijf",
        "rijkswaterstaat": "Rijkswaterstaat",
    },
    "b24-idem": {
        "waterschap limburg": "Waterschap Limburg",
        "gemeente heerlen": "Gemeente Heerlen",
        "gemeente kerkrade": "Gemeente Kerkrade",
        "gemeente landgraaf": "Gemeente Landgraaf",
        "gemeente brunssum": "Gemeente Brunssum",
        "provincie limburg": "Provincie Limburg",
        "waterleiding maatschappij limburg": "Waterleiding Maatschappij Limburg",
        "stichting het limburgs landschap": "Stichting het Limburgs Landschap",
    },
    "b24-paragrafen": {
        "provincie": "Provincie Flevoland",  # the author ('Rol provincie'), named in the leeswijzer
        "waterschap zuiderzeeland": "Waterschap Zuiderzeeland",
        "lto noord": "LTO Noord",
        "gemeente noordoostpolder": "Gemeente Noordoostpolder",
        "gemeente urk": "Gemeente Urk",
        "staatsbosbeheer": "Staatsbosbeheer",
        "het flevo-landschap": "Het Flevo-landschap",
        "ggd flevoland": "GGD Flevoland",
    },
    "b24-eigen": {
        "eigen organisatie": "Hoogheemraadschap De Stichtse Rijnlanden",  # the author of the werkplan
        "gemeente lopik": "Gemeente Lopik",
        "gemeente montfoort": "Gemeente Montfoort",
        "gemeente oudewater": "Gemeente Oudewater",
        "provincie utrecht": "Provincie Utrecht",
        "lto noord": "LTO Noord",
    },
    "b24-overeenkomst": {
        "a": "Gemeente Hoorn",
        "b": "Gemeente Medemblik",
        "c": "Gemeente Koggenland",
        "d": "Hoogheemraadschap Hollands Noorderkwartier",
        "e": "Provincie Noord-Holland",
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


def resolve(name: str, doc: str) -> str:
    return NAMES[doc][" ".join(name.split()).strip().lower()]


def split_names(cell: str) -> list[str]:
    cell = cell.strip()
    if cell in ("", "-", "–", "—"):
        return []
    return [p.strip() for p in cell.split(",") if p.strip()]


Q = r"(?:Q\d|\d)(?:e kwartaal)? ?"


def period(text: str):
    """The period words of this set's tables: a range of years or of quarters ('2027-2029', 'Q4 2026 – Q2 2027'),
    'vanaf' (open end), 'uiterlijk' and 'gereed' (end only), one year or quarter (that year)."""
    t = text.strip()
    if m := re.fullmatch(r"(?:Q\d )?(\d{4}) ?[-–] ?(?:Q\d )?(\d{4})", t):
        return (int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"vanaf (?:" + Q + r")?(\d{4})", t):
        return (int(m.group(1)), None)
    if m := re.fullmatch(r"(?:uiterlijk|gereed) (?:eind |" + Q + r")?(\d{4})", t):
        return (None, int(m.group(1)))
    if m := re.fullmatch(r"(?:" + Q + r")?(\d{4})", t):
        return (int(m.group(1)), int(m.group(1)))
    raise ValueError(text)


def blank(code, anchor, span, lead, partners=(), involved=(), commissioners=(), support=()):
    return {
        "code": code,
        "anchor": anchor,
        "lead": list(lead),
        "partners": list(partners),
        "involved": list(involved),
        "commissioners": list(commissioners),
        "support": list(support),
        "period": tuple(span),
    }


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {}

    d = "b24-fasen"
    rows = []
    for code, title, trekker, partners, *phases in build.FA_ROWS:
        years = [y for cell in phases if cell not in ("gereed", "n.t.b.") for y in period(cell)]
        end = None if phases[-1] == "n.t.b." else max(years)  # no realisation year: the end is open
        rows.append(
            blank(
                code,
                title,
                (min(years), end),
                [resolve(trekker, d)],
                [resolve(p, d) for p in split_names(partners)],
            )
        )
    out[d] = rows

    d = "b24-idem"
    rows = []
    above = None
    for code, title, trekker, partners, planning in build.ID_ROWS:
        cells = [trekker, partners]
        if above:
            cells = [above[i] if c in ("idem", '"') else c for i, c in enumerate(cells)]
        above = cells
        rows.append(
            blank(
                code,
                title,
                period(planning),
                [resolve(cells[0], d)],
                [resolve(p, d) for p in split_names(cells[1])],
            )
        )
    out[d] = rows

    d = "b24-paragrafen"
    rows = []
    for _chapter, _intro, sections in build.PA_CHAPTERS:
        for _section, actions in sections:
            for code, title, _body, rol, trekker, met, planning in actions:
                prov = resolve("provincie", d)
                met = [resolve(p, d) for p in split_names(met)]
                if rol == "trekker":
                    r = blank(code, title, period(planning), [prov], met)
                elif rol == "partner":
                    r = blank(code, title, period(planning), [resolve(trekker, d)], [prov, *met])
                elif rol == "betrokken":
                    r = blank(code, title, period(planning), [resolve(trekker, d)], met, involved=[prov])
                else:  # opdrachtgever: the one under 'Uitvoering' does the work
                    r = blank(code, title, period(planning), [resolve(trekker, d)], met, commissioners=[prov])
                rows.append(r)
    out[d] = rows

    d = "b24-eigen"
    lines = (ROOT / "b24-eigen.txt").read_text(encoding="utf-8").splitlines()
    head = next(ln for ln in lines if ln.startswith("Nr."))
    cuts = [head.index(h) for h in build.EI_HEAD] + [None]
    rows = []
    for ln in lines:
        if not re.match(r"LW-\d", ln):
            continue
        code, title, uitvoering, met, pe = (ln[cuts[i] : cuts[i + 1]].strip() for i in range(5))
        if pe.startswith("afgerond"):  # kept for completeness (the introduction)
            continue
        rows.append(
            blank(
                code, title, period(pe), [resolve(uitvoering, d)], [resolve(p, d) for p in split_names(met)]
            )
        )
    out[d] = rows

    d = "b24-overeenkomst"
    rows = []
    for ln in (ROOT / "b24-overeenkomst.md").read_text(encoding="utf-8").splitlines():
        if not (
            m := re.match(
                r"(3\.\d) (Partij(?:en)? ([A-E])(?: en ([A-E]))? verplicht\w* zich om .*?)[.;,] ?", ln
            )
        ):
            continue
        code, anchor, x, y = m.groups()
        low = ln
        trekker = re.search(r"Partij ([A-E]) treedt daarbij op als trekker", low)
        lead = trekker.group(1) if trekker else x
        others = [p for p in (x, y) if p and p != lead]
        others += re.findall(r"(?:in samenwerking met|met medewerking van) Partij ([A-E])", low)
        commissioners = []
        if done_by := re.search(r"door Partij ([A-E]) .* te laten \w+", low):
            commissioners, lead = [lead], done_by.group(1)
        if pm := re.search(r"vóór \d+ \w+ (\d{4})|uiterlijk eind (\d{4})", anchor):
            span = (None, int(pm.group(1) or pm.group(2)))
        elif pm := re.search(r"in (\d{4}) en (\d{4})", anchor):
            span = (int(pm.group(1)), int(pm.group(2)))
        elif pm := re.search(r"met ingang van (\d{4})", anchor):
            span = (int(pm.group(1)), None)
        else:
            pm = re.search(r"in (\d{4})", anchor)
            span = (int(pm.group(1)), int(pm.group(1)))
        rows.append(
            blank(
                code,
                anchor,
                span,
                [resolve(lead.lower(), d)],
                [resolve(p.lower(), d) for p in others],
                commissioners=[resolve(p.lower(), d) for p in commissioners],
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
                a["involved"],
                a["commissioners"],
                a["support"],
                (a["start_year"], a["end_year"]),
                a["dependencies"],
            )
            want = (
                r["code"],
                r["anchor"],
                r["lead"],
                r["partners"],
                r["involved"],
                r["commissioners"],
                r["support"],
                r["period"],
                [],
            )
            if got != want:
                errs.append(f"{stem} {key}: gold {got} != document {want}")
            if a["period_is_ambiguous"]:
                errs.append(f"{stem} {key}: no ambiguous period in these documents")
    return errs


BR_NAMES = {
    "ons": "Gemeente Deurne",
    "onze": "Gemeente Deurne",
    "de gemeente": "Gemeente Deurne",  # the sender
    "het waterschap": "Waterschap Aa en Maas",  # named in full in the introduction
    "de zlto": "ZLTO",
    "brabant water": "Brabant Water",
}
BR_PERIODS = [
    (r"^In (\d{4}) en (\d{4})", "range"),
    (r"in (\d{4}),", "year"),
    (r"^Vanaf (\d{4})", "from"),
    (r"^Vóór \d+ \w+ (\d{4})", "until"),
    (r"^Begin (\d{4}) .*gestart", "from"),  # a verb of starting
]


def check_letter(gold: dict) -> list[str]:
    """b24-brief: actions stand under 'Vervolg', reported plans under 'Wat doen anderen?'; the period follows from
    the anchor's words; the doer after 'door' (or, without one, the sender) leads, 'samen met'/'met medewerking
    van'/'en' parties are partners, 'in onze opdracht' makes the sender commissioner."""
    import build

    errs: list[str] = []
    text = " ".join(t for _h, t in build.BR_PARAS)
    heads = [h for h, _t in build.BR_PARAS]
    paras = build.BR_PARAS
    vervolg = " ".join(t for _h, t in paras[heads.index("Vervolg") + 1 : heads.index("Wat doen anderen?")])
    anderen = " ".join(t for _h, t in paras[heads.index("Wat doen anderen?") + 1 :])
    for a in gold["actions"]:
        an = a["anchor"]
        if an not in vervolg:
            errs.append(f"b24-brief: {an[:40]!r} not under 'Vervolg'")
        span = None
        for pat, kind in BR_PERIODS:
            if m := re.search(pat, an):
                y = [int(g) for g in m.groups()]
                span = (
                    (y[0], y[-1])
                    if kind in ("year", "range")
                    else (y[0], None)
                    if kind == "from"
                    else (None, y[0])
                )
                break
        if span != (a["start_year"], a["end_year"]):
            errs.append(f"b24-brief: {an[:40]!r} period {(a['start_year'], a['end_year'])} != {span}")
        low = an.lower()
        named = [full for short, full in BR_NAMES.items() if re.search(r"\b" + re.escape(short) + r"\b", low)]
        named = list(dict.fromkeys(named))
        if "in onze opdracht" in low:
            want = {
                "lead": [n for n in named if n != "Gemeente Deurne"],
                "commissioners": ["Gemeente Deurne"],
            }
            want["partners"] = []
        else:
            want = {"lead": ["Gemeente Deurne"], "commissioners": []}
            want["partners"] = [n for n in named if n != "Gemeente Deurne"]
        if a["code"] or any(a[k] != v for k, v in want.items()) or a["involved"] or a["support"]:
            errs.append(f"b24-brief: {an[:40]!r} code or roles not {want}")
    for s in gold["reported_plans"]:
        if s not in anderen:
            errs.append(f"b24-brief: reported plan {s[:40]!r} not under 'Wat doen anderen?'")
    if "Waterschap Aa en Maas" not in text or "de provincie Noord-Brabant" not in text:
        errs.append("b24-brief: the full names of the waterschap and the provincie are missing")
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for name, count in PAGES.items():
        pages = PdfReader(ROOT / name).pages
        if len(pages) != count:
            errs.append(f"{name}: {len(pages)} pages, expected {count}")
        for p in pages:
            if float(p.mediabox.width) > float(p.mediabox.height):
                errs.append(f"{name}: page orientation not portrait")
    for name, page, words in LAYOUT:
        pages = PdfReader(ROOT / name).pages
        if page > len(pages) or norm(words) not in norm(pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} lacks {words!r}")
    for name, words in ORDER:
        text = norm(document_text(ROOT / name))
        at = [text.find(norm(w)) for w in words]
        if -1 in at or at != sorted(at):
            errs.append(f"{name}: {words} not in this order")
    md = (ROOT / "b24-overeenkomst.md").read_text(encoding="utf-8")
    for letter in "ABCDE":
        if f"hierna: Partij {letter};" not in md:
            errs.append(f"b24-overeenkomst.md: Partij {letter} not defined")
    txt = (ROOT / "b24-eigen.txt").read_text(encoding="utf-8")
    if "Hoogheemraadschap De Stichtse Rijnlanden" not in txt.splitlines()[0]:
        errs.append("b24-eigen.txt: the author is not in the letterhead")
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
    docs = {p.name for p in ROOT.glob("b24-*")}
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
        errs += check_letter(golds["b24-brief"])
    if not TOTAL[0] <= total <= TOTAL[1]:
        errs.append(f"{total} actions in all, expected {TOTAL[0]}-{TOTAL[1]}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(paths)} documents, {total} actions, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
