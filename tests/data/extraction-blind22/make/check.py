"""Check the blind22 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on one
line. Page counts and a few header and cell sequences are checked (PAGES, LAYOUT), and the roles, anchors, periods
and dependencies are derived from build.py's data (the abbreviated table through its Afkortingen list, the
Samenhang column, the parentheses of the running text, the tab-separated file as written, the Rijk/regio table)
and compared with the gold; the Kamerbrief's actions must stand under its agreements heading and its
reported plans under 'Wat doen anderen?'. Exit code 1 on any problem.
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
PAGES = {"b22-afkortingen.pdf": 1, "b22-samenhang.pdf": 1, "b22-kamerbrief.pdf": 1, "b22-actietekst.pdf": 1}
LAYOUT = [
    ("b22-afkortingen.pdf", 1, "Nr. Maatregel Trekker Partners Mijlpaal HHO-1"),
    ("b22-afkortingen.pdf", 1, "4. Vaststelling Vastgesteld in het bestuurlijk overleg"),
    ("b22-afkortingen.pdf", 1, "Afkortingen GGD NOG GGD Noord- en Oost-Gelderland HRD gemeente Heerde"),
    ("b22-samenhang.pdf", 1, "Nr. Actie Trekker Partners Periode Samenhang Thema 1"),
    (
        "b22-samenhang.pdf",
        1,
        "2.2 Natuurvriendelijke oevers langs de Maas bij Elsloo Rijkswaterstaat gemeente Stein",
    ),
    ("b22-kamerbrief.pdf", 1, "Wat hebben Rijk en regio afgesproken? Ik laat in 2027"),
    ("b22-actietekst.pdf", 1, "Actie 3.2: Versterking van de regionale kering"),
]
# written name -> official full name, per document
NAMES = {
    "b22-afkortingen": {  # through the Afkortingen list at the end (build.AK_LEGEND), Vitens written out
        "gemeente heerde": "Gemeente Heerde",
        "gemeente hattem": "Gemeente Hattem",
        "gemeente oldebroek": "Gemeente Oldebroek",
        "ggd noord- en oost-gelderland": "GGD Noord- en Oost-Gelderland",
        "stichting landschapsbeheer gelderland": "Stichting Landschapsbeheer Gelderland",
        "provincie gelderland": "Provincie Gelderland",
        "staatsbosbeheer": "Staatsbosbeheer",
        "waterschap vallei en veluwe": "Waterschap Vallei en Veluwe",
        "vitens": "Vitens",
    },
    "b22-samenhang": {
        "waterschap limburg": "Waterschap Limburg",
        "gemeente beekdaelen": "Gemeente Beekdaelen",
        "gemeente meerssen": "Gemeente Meerssen",
        "gemeente stein": "Gemeente Stein",
        "provincie limburg": "Provincie Limburg",
        "rijkswaterstaat": "Rijkswaterstaat",
        "lltb": "Limburgse Land- en Tuinbouw Bond",  # defined in the introduction
        "wml": "Waterleiding Maatschappij Limburg",  # defined in the introduction
        "limburgs landschap": "Stichting het Limburgs Landschap",
    },
    "b22-actietekst": {
        "gemeente dordrecht": "Gemeente Dordrecht",
        "gemeente zwijndrecht": "Gemeente Zwijndrecht",
        "gemeente papendrecht": "Gemeente Papendrecht",
        "gemeente sliedrecht": "Gemeente Sliedrecht",
        "waterschap rivierenland": "Waterschap Rivierenland",
        "waterschap hollandse delta": "Waterschap Hollandse Delta",
        "provincie zuid-holland": "Provincie Zuid-Holland",
        "ggd zuid-holland zuid": "GGD Zuid-Holland Zuid",
        "veiligheidsregio zuid-holland zuid": "Veiligheidsregio Zuid-Holland Zuid",
        "rijkswaterstaat": "Rijkswaterstaat",
        "deltares": "Deltares",
        "oasen": "Oasen",
        "trivire": "Trivire",
    },
    "b22-tabs": {
        "waterschap drents overijsselse delta": "Waterschap Drents Overijsselse Delta",
        "provincie overijssel": "Provincie Overijssel",
        "lto noord": "LTO Noord",
        "gemeente raalte": "Gemeente Raalte",
        "gemeente deventer": "Gemeente Deventer",
        "gemeente olst-wijhe": "Gemeente Olst-Wijhe",
        "landschap overijssel": "Landschap Overijssel",
        "ggd ijsselland": "GGD IJsselland",
        "vitens": "Vitens",
    },
    "b22-rijkregio": {
        "gemeente helmond": "Gemeente Helmond",
        "woCom".lower(): "woCom",
        "ministerie van vro": "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",  # Afkortingen line
        "provincie noord-brabant": "Provincie Noord-Brabant",
        "ministerie van kgg": "Ministerie van Klimaat en Groene Groei",  # Afkortingen line
        "gemeente nuenen": "Gemeente Nuenen, Gerwen en Nederwetten",
        "brabants landschap": "Brabants Landschap",
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
    if cell in ("", "–", "—"):
        return []
    return [p.strip() for p in re.split(r",|;| en (?=[A-Z]|gemeente|provincie)", cell) if p.strip()]


DAY = r"(?:\d{1,2} \w+ |\d{2}-\d{2}-)?"


def period(text: str, deadline: bool = False):
    """Periods written in this set, with or without an exact day: a range, one year (a deadline under a column of
    readiness), 'uiterlijk'/'vóór' (deadline), 'per'/'vanaf' (begin); the ISO cells of b22-tabs are read apart."""
    t = text.strip()
    if m := re.fullmatch(DAY + r"(\d{4}) ?[–-] ?" + DAY + r"(\d{4})", t):
        return (int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(?:uiterlijk|vóór) " + DAY + r"(\d{4})", t):
        return (None, int(m.group(1)))
    if m := re.fullmatch(r"(?:per|vanaf) " + DAY + r"(\d{4})", t):
        return (int(m.group(1)), None)
    if m := re.fullmatch(
        r"(\d{4})", t
    ):  # one year under a column that asks when a thing is ready: a deadline
        return (None, int(m.group(1))) if deadline else (int(m.group(1)), int(m.group(1)))
    raise ValueError(text)


def blank(code, anchor, span, lead, partners=(), involved=(), commissioners=(), support=(), deps=()):
    return {
        "code": code,
        "anchor": anchor,
        "lead": list(lead),
        "partners": list(partners),
        "involved": list(involved),
        "commissioners": list(commissioners),
        "support": list(support),
        "period": tuple(span),
        "deps": list(deps),
    }


DEP_WORDS = [
    (r"volgt op (\S+)", "starts_after"),
    (r"in samenhang met (\S+)", "related"),
    (r"voorwaarde: (\S+)", "depends"),
]


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {}
    d = "b22-afkortingen"
    legend = {a: b for a, b in build.AK_LEGEND}
    legend["Vitens"] = "Vitens"

    def ak(cell):
        return [resolve(legend[p], d) for p in split_names(cell)]

    # Mijlpaal is the date a maatregel must be ready (the reading guide): one year there is a deadline
    out[d] = [blank(c, m, period(ms, deadline=True), ak(t), ak(p)) for c, m, t, p, ms in build.AK_ROWS]

    d = "b22-samenhang"
    rows = []
    for code, title, trekker, partners, pe, samenhang in build.SH_ROWS:
        deps = [(kind, m.group(1)) for pat, kind in DEP_WORDS if (m := re.search(pat, samenhang))]
        rows.append(
            blank(
                code,
                title,
                period(pe),
                [resolve(trekker, d)],
                [resolve(p, d) for p in split_names(partners)],
                deps=deps,
            )
        )
    out[d] = rows

    d = "b22-actietekst"
    rows = []
    text = " ".join(p for _, p in build.AT_PARAS)
    for m in re.finditer(r"Actie (\d\.\d): ([^(]+?) \(([^)]*)\)", text):
        code, title, inner = m.groups()
        labels: dict[str, str] = {}
        rest = []
        for part in inner.split("; "):
            if ": " in part:
                k, v = part.split(": ", 1)
                labels[k] = v
            else:
                rest.append(part)
        deps = [("starts_after", t) for t in re.findall(r"volgt op (\S+)", "; ".join(rest))]
        span = period(rest[0])

        def names(k, labels=labels):
            return [resolve(p, d) for p in split_names(labels.get(k, ""))]

        rows.append(
            blank(
                code,
                title,
                span,
                names("trekker"),
                names("partners"),
                names("betrokken"),
                names("opdrachtgever"),
                names("inhoudelijke ondersteuning"),
                deps,
            )
        )
    out[d] = rows

    d = "b22-tabs"
    rows = []
    lines = [
        ln for ln in (ROOT / "b22-tabs.txt").read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"
    ]
    head = lines[0].split("\t")
    for ln in lines[1:]:
        cells = dict(zip(head, ln.split("\t")))
        if cells["Status"] == "vervallen":
            continue
        start = int(cells["Start"][:4]) if cells["Start"] else None
        end = int(cells["Einde"][:4]) if cells["Einde"] else None
        deps = [("depends", t) for t in split_names(cells["Afhankelijk van"])]
        rows.append(
            blank(
                cells["ID"],
                cells["Project"],
                (start, end),
                [resolve(cells["Trekker"], d)],
                [resolve(p, d) for p in split_names(cells["Partners"])],
                [resolve(p, d) for p in split_names(cells["Betrokken"])],
                deps=deps,
            )
        )
    out[d] = rows

    d = "b22-rijkregio"
    rows = []
    doers = sorted(NAMES[d], key=len, reverse=True)
    for _, regio, rijk, when in build.RR_ROWS:
        for cell in (regio, rijk):
            if cell == "—":
                continue
            low = cell.lower()
            lead = next(n for n in doers if low.startswith(n))
            partners = [NAMES[d][n] for n in doers if n != lead and re.search(r"\bmet " + re.escape(n), low)]
            rows.append(blank("", cell, period(when), [NAMES[d][lead]], partners))
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
            deps = [{"kind": k, "target": t} for k, t in r["deps"]]
            want = (
                r["code"],
                r["anchor"],
                r["lead"],
                r["partners"],
                r["involved"],
                r["commissioners"],
                r["support"],
                r["period"],
                deps,
            )
            if got != want:
                errs.append(f"{stem} {key}: gold {got} != document {want}")
            if a["period_is_ambiguous"]:
                errs.append(f"{stem} {key}: no ambiguous period in these documents")
    return errs


KB_NAMES = {
    "ik": "Ministerie van Economische Zaken",
    "het rijk": "Ministerie van Economische Zaken",
    "rvo": "Ministerie van Economische Zaken",  # the ministry's own executive agency acts for it
    "de gemeente eemsdelta": "Gemeente Eemsdelta",
    "de provincie groningen": "Provincie Groningen",
    "groningen seaports": "Groningen Seaports",
    "waterschap noorderzijlvest": "Waterschap Noorderzijlvest",
}


def check_letter(gold: dict) -> list[str]:
    """b22-kamerbrief: every action stands under the agreements heading, every reported plan under 'Wat doen
    anderen?'; the period words are in the action's anchor, and its doers (KB_NAMES) give lead and partners."""
    import build

    errs: list[str] = []
    section, parts = "", {"": "", "afgesproken": "", "anderen": "", "slot": ""}
    for kind, text in build.KB_PARAS:
        if kind == "h":
            section = {
                "Wat hebben Rijk en regio afgesproken?": "afgesproken",
                "Wat doen anderen?": "anderen",
            }.get(text, "slot")
            continue
        parts[section] += " " + text
    for a in gold["actions"]:
        if norm(a["anchor"]) not in norm(parts["afgesproken"]):
            errs.append(f"b22-kamerbrief: {a['anchor'][:40]!r} not under the agreements")
        span = (a["start_year"], a["end_year"])
        m = re.search(
            r"(in (\d{4}) en (\d{4})|vóór \d+ \w+ (\d{4})|per 1 januari (\d{4})|vanaf (\d{4})|in (\d{4}))",
            a["anchor"],
        )
        if not m:
            errs.append(f"b22-kamerbrief: no period in {a['anchor'][:40]!r}")
            continue
        g = m.groups()
        want = (
            (int(g[1]), int(g[2]))
            if g[1]
            else (None, int(g[3]))
            if g[3]
            else (int(g[4]), None)
            if g[4]
            else (int(g[5]), None)
            if g[5]
            else (int(g[6]), int(g[6]))
        )
        if span != want:
            errs.append(f"b22-kamerbrief: {a['anchor'][:40]!r} period {span} != {want}")
        # the doers in the anchor, in order ('ik', 'het Rijk', 'RVO' are the ministry of the letterhead); the
        # first is the lead unless the paragraph says '; X is daarbij trekker', the others are partners
        found = sorted(
            (m.start(), full)
            for short, full in KB_NAMES.items()
            for m in re.finditer(r"\b" + re.escape(short) + r"\b", a["anchor"], re.I)
        )
        doers = list(dict.fromkeys(full for _, full in found))
        para = next(t for _, t in build.KB_PARAS if norm(a["anchor"]) in norm(t))
        if m := re.search(r"; (.+?) is daarbij trekker", para):
            lead = KB_NAMES[m.group(1).lower()]
            doers.remove(lead)
            doers.insert(0, lead)
        if a["code"] or a["lead"] != doers[:1] or a["partners"] != doers[1:]:
            errs.append(f"b22-kamerbrief: {a['anchor'][:40]!r} code, lead or partners not {doers}")
    for s in gold["reported_plans"]:
        if norm(s) not in norm(parts["anderen"]):
            errs.append(f"b22-kamerbrief: reported plan {s[:40]!r} not under 'Wat doen anderen?'")
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
    tabs = (ROOT / "b22-tabs.txt").read_text(encoding="utf-8").splitlines()
    table = [ln for ln in tabs if ln and ln[0] != "#"]
    if not all(ln.count("\t") == 8 for ln in table) or not any("\t\t" in ln for ln in table):
        errs.append("b22-tabs.txt: not a tab-separated table of 9 columns with empty cells")
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
    docs = {p.name for p in ROOT.glob("b22-*")}
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
        errs += check_letter(golds["b22-kamerbrief"])
    if not TOTAL[0] <= total <= TOTAL[1]:
        errs.append(f"{total} actions in all, expected {TOTAL[0]}-{TOTAL[1]}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(paths)} documents, {total} actions, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
