"""Check the blind23 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on one
line. Page counts, page sizes and a few header and cell sequences are checked (PAGES, LAYOUT), and code, anchor,
roles, periods and dependencies are derived from build.py's data (the Wie cells with '(trekker)' or 'i.s.m.', the
table with sub-actions and a Koppeling column, the role verbs, the transposed Markdown table, the project fiches)
and compared with the gold; the Statenbrief's actions must stand under 'Wat gaan wij doen?' or in the P.S., its
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
PAGES = {"b23-kosten.pdf": 1, "b23-deelacties.pdf": 2, "b23-rolwoorden.pdf": 1, "b23-fiches.pdf": 1}
LANDSCAPE = {"b23-kosten.pdf"}
LAYOUT = [
    ("b23-kosten.pdf", 1, "Nr. Maatregel Wie Kosten (k€) Status Periode ACH-1"),
    ("b23-kosten.pdf", 1, "(trekker), Waterschap Rijn en IJssel 2.027 in voorbereiding 2027 e.v."),
    ("b23-deelacties.pdf", 1, "2.1b Inpassing van de dijk"),
    ("b23-deelacties.pdf", 2, "Nr. Actie Trekker Partners Opdrachtgever"),
    ("b23-deelacties.pdf", 2, "3.1 Evacuatieplan bij hoogwater voor de Alblasserwaard en Gorinchem"),
    ("b23-rolwoorden.pdf", 1, "Nr. Actie Wie doet wat Wanneer TW-1"),
    ("b23-rolwoorden.pdf", 1, "Vitens trekt. Provincie Overijssel geeft opdracht. Twenterand denkt mee."),
    ("b23-fiches.pdf", 1, "Projectfiche S4 Regenwater afkoppelen"),
    ("b23-fiches.pdf", 1, "Start gestart in 2026 Oplevering eind 2027"),
]
NOT_ON_PAGE = [("b23-deelacties.pdf", 1, "3.1 Evacuatieplan")]  # the break falls between rows, not inside one
# written name -> official full name, per document
NAMES = {
    "b23-kosten": {
        "gemeente doetinchem": "Gemeente Doetinchem",
        "gemeente montferland": "Gemeente Montferland",
        "gemeente bronckhorst": "Gemeente Bronckhorst",
        "gemeente oude ijsselstreek": "Gemeente Oude IJsselstreek",
        "waterschap rijn en ijssel": "Waterschap Rijn en IJssel",
        "provincie gelderland": "Provincie Gelderland",
        "vitens": "Vitens",
        "geldersch landschap & kasteelen": "Geldersch Landschap & Kasteelen",
        "lto noord": "LTO Noord",
        "ggd noord- en oost-gelderland": "GGD Noord- en Oost-Gelderland",
    },
    "b23-deelacties": {
        "gemeente gorinchem": "Gemeente Gorinchem",
        "gemeente hardinxveld-giessendam": "Gemeente Hardinxveld-Giessendam",
        "gemeente molenlanden": "Gemeente Molenlanden",
        "waterschap rivierenland": "Waterschap Rivierenland",
        "provincie zuid-holland": "Provincie Zuid-Holland",
        "rijkswaterstaat": "Rijkswaterstaat",
        "veiligheidsregio zuid-holland zuid": "Veiligheidsregio Zuid-Holland Zuid",
        "lto noord": "LTO Noord",
    },
    "b23-rolwoorden": {  # bare gemeente names and Vechtstromen by the introduction, Saxion by its last sentence
        "almelo": "Gemeente Almelo",
        "twenterand": "Gemeente Twenterand",
        "vechtstromen": "Waterschap Vechtstromen",
        "provincie overijssel": "Provincie Overijssel",
        "ggd twente": "GGD Twente",
        "landschap overijssel": "Landschap Overijssel",
        "staatsbosbeheer": "Staatsbosbeheer",
        "saxion": "Saxion Hogeschool",
        "vitens": "Vitens",
        "veiligheidsregio twente": "Veiligheidsregio Twente",
    },
    "b23-kolommen": {
        "waterschap vallei en veluwe": "Waterschap Vallei en Veluwe",
        "gemeente woudenberg": "Gemeente Woudenberg",
        "gemeente renswoude": "Gemeente Renswoude",
        "gemeente scherpenzeel": "Gemeente Scherpenzeel",
        "vitens": "Vitens",
        "lto noord": "LTO Noord",
        "het utrechts landschap": "Het Utrechts Landschap",
        "provincie utrecht": "Provincie Utrecht",
        "provincie gelderland": "Provincie Gelderland",
    },
    "b23-fiches": {
        "gemeente smallingerland": "Gemeente Smallingerland",
        "wetterskip fryslân": "Wetterskip Fryslân",
        "provincie fryslân": "Provincie Fryslân",
        "it fryske gea": "It Fryske Gea",
        "ggd fryslân": "GGD Fryslân",
        "vitens": "Vitens",
        "van hall larenstein": "Hogeschool Van Hall Larenstein",
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
    return [
        p.strip() for p in re.split(r",|;| en (?=[A-Z]|gemeente|provincie)(?!IJssel|Veluwe|Oost-)", cell) if p.strip()
    ]


SEASON = r"(?:najaar|voorjaar|eerste helft|tweede helft|eind|gestart in) "


def period(text: str):
    """The period words of this set: a range ('2027-2029', '2028 t/m 2030'), 't/m 2028' and 'uiterlijk eind 2027',
    'vóór 1 juli 2028' (end only), '2027 e.v.' (open end), a season, half year or year (that year)."""
    t = text.strip()
    if m := re.fullmatch(r"(\d{4}) ?(?:-|–|t/m) ?(\d{4})", t):
        return (int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(?:t/m|uiterlijk eind|vóór \d+ \w+) (\d{4})", t):
        return (None, int(m.group(1)))
    if m := re.fullmatch(r"(\d{4}) e\.v\.", t):
        return (int(m.group(1)), None)
    if m := re.fullmatch(r"(?:" + SEASON + r")?(\d{4})", t):
        return (int(m.group(1)), int(m.group(1)))
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


def derived() -> dict[str, list[dict]]:
    import build

    out: dict[str, list[dict]] = {}

    d = "b23-kosten"
    rows = []
    for code, title, wie, _kosten, status, pe in build.KO_ROWS:
        if status == "afgerond":  # for information only (the reading guide)
            continue
        if " i.s.m. " in wie:
            lead, rest = wie.split(" i.s.m. ", 1)
            names = [lead, *split_names(rest)]
        else:
            parts = split_names(wie)
            lead = next(p for p in parts if p.endswith(" (trekker)"))
            names = [lead.removesuffix(" (trekker)")] + [p for p in parts if p != lead]
        names = [resolve(n, d) for n in names]
        rows.append(blank(code, title, period(pe), names[:1], names[1:]))
    out[d] = rows

    d = "b23-deelacties"
    rows = []
    for code, title, trekker, partners, opdr, pe, koppeling in build.DA_ROWS:
        deps = []
        if m := re.fullmatch(r"(\d\.\d)[a-z]", code):  # a sub-action belongs to the action above (reading guide)
            deps.append(("part_of", m.group(1)))
        if m := re.fullmatch(r"na (?:besluit over )?(\S+)", koppeling):
            deps.append(("starts_after", m.group(1)))
        if m := re.fullmatch(r"gekoppeld aan (\S+)", koppeling):
            deps.append(("related", m.group(1)))
        rows.append(
            blank(
                code,
                title,
                period(pe),
                [resolve(trekker, d)],
                [resolve(p, d) for p in split_names(partners)],
                commissioners=[resolve(p, d) for p in split_names(opdr)],
                deps=deps,
            )
        )
    out[d] = rows

    d = "b23-rolwoorden"
    verbs = {
        "trekt": "lead",
        "doet mee": "partners",
        "doen mee": "partners",
        "denkt mee": "involved",
        "denken mee": "involved",
        "geeft opdracht": "commissioners",
        "levert kennis": "support",
    }
    rows = []
    for code, title, wie, pe in build.RW_ROWS:
        roles: dict[str, list[str]] = {k: [] for k in ROLE_KEYS}
        for sentence in filter(None, (s.strip() for s in wie.split("."))):
            verb = next(v for v in verbs if sentence.endswith(" " + v))
            who = sentence[: -len(verb) - 1]
            roles[verbs[verb]] += [resolve(n, d) for n in re.split(r" en ", who)]
        rows.append(
            blank(
                code,
                title,
                period(pe),
                roles["lead"],
                roles["partners"],
                roles["involved"],
                roles["commissioners"],
                roles["support"],
            )
        )
    out[d] = rows

    d = "b23-kolommen"
    table = [
        [c.strip() for c in ln.strip().strip("|").split("|")]
        for ln in (ROOT / "b23-kolommen.md").read_text(encoding="utf-8").splitlines()
        if ln.startswith("|") and not ln.startswith("|---")
    ]
    codes = table[0][1:]
    fields = {row[0]: row[1:] for row in table[1:]}
    rows = []
    for i, code in enumerate(codes):
        k = fields["Koppeling"][i]
        deps = []
        if m := re.fullmatch(r"gekoppeld aan (\S+)", k):
            deps.append(("related", m.group(1)))
        if m := re.fullmatch(r"pas na (\S+)", k):
            deps.append(("starts_after", m.group(1)))
        rows.append(
            blank(
                code,
                fields["Project"][i],
                period(fields["Looptijd"][i]),
                [resolve(fields["Initiatiefnemer"][i], d)],
                [resolve(p, d) for p in split_names(fields["Partners"][i])],
                [resolve(p, d) for p in split_names(fields["Betrokken"][i])],
                deps=deps,
            )
        )
    out[d] = rows

    d = "b23-fiches"
    rows = []
    for code, title, fields in build.FI_FICHES:
        f = dict(fields)
        start = period(f["Start"])[0]
        end = {"nog niet bekend": None, "doorlopend": None}.get(f["Oplevering"], None)
        if f["Oplevering"] not in ("nog niet bekend", "doorlopend"):
            end = period(f["Oplevering"])[1]
        deps = []
        if m := re.fullmatch(r"start na oplevering van (\S+)", f["Relatie"]):
            deps.append(("starts_after", m.group(1)))
        if m := re.fullmatch(r"hangt samen met (\S+)", f["Relatie"]):
            deps.append(("related", m.group(1)))

        def names(key, f=f):
            return [resolve(p, d) for p in split_names(f.get(key, ""))]

        rows.append(
            blank(
                code,
                title,
                (start, end),
                names("Initiatiefnemer"),
                names("In samenwerking met"),
                names("Met betrokkenheid van"),
                support=names("Inhoudelijke ondersteuning"),
                deps=deps,
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


SB_NAMES = {
    "wij": "Provincie Gelderland",
    "de gemeenten buren, overbetuwe en neder-betuwe": [
        "Gemeente Buren",
        "Gemeente Overbetuwe",
        "Gemeente Neder-Betuwe",
    ],
    "de gemeente neder-betuwe": "Gemeente Neder-Betuwe",
    "de nederlandse fruittelers organisatie": "Nederlandse Fruittelers Organisatie",
    "waterschap rivierenland": "Waterschap Rivierenland",
    "haar": "Gemeente Buren",  # the P.S.: 'met de gemeente Buren afgesproken dat wij ... samen met haar starten'
}
SB_PERIODS = [
    (r"in het eerste kwartaal van (\d{4})", "year"),
    (r"In (\d{4}) en (\d{4})", "range"),
    (r"Vanaf (\d{4})", "from"),
    (r"Uiterlijk \d+ \w+ (\d{4})", "until"),
    (r"in het voorjaar van (\d{4}) .*starten", "from"),  # a verb of starting
]


def check_letter(gold: dict) -> list[str]:
    """b23-statenbrief: actions stand under 'Wat gaan wij doen?' or in the P.S., reported plans under 'Wat doen
    anderen?'; the period follows from the anchor's words, the roles from the doers it names."""
    import build

    errs: list[str] = []
    text = build.SB_TEXT
    doen = text.split("Wat gaan wij doen?")[1].split("Wat doen anderen?")[0]
    anderen = text.split("Wat doen anderen?")[1].split("Gedeputeerde Staten van Gelderland,")[0]
    ps = text.split("P.S.")[1]
    for a in gold["actions"]:
        an = a["anchor"]
        if an not in doen and an not in ps:
            errs.append(f"b23-statenbrief: {an[:40]!r} not under 'Wat gaan wij doen?' nor in the P.S.")
        span = None
        for pat, kind in SB_PERIODS:
            if m := re.search(pat, an):
                y = [int(g) for g in m.groups()]
                span = (y[0], y[-1]) if kind in ("year", "range") else (y[0], None) if kind == "from" else (None, y[0])
                break
        if span != (a["start_year"], a["end_year"]):
            errs.append(f"b23-statenbrief: {an[:40]!r} period {(a['start_year'], a['end_year'])} != {span}")
        low = an.lower()
        named = []
        for short, full in SB_NAMES.items():
            if re.search(r"\b" + re.escape(short) + r"\b", low):
                named += full if isinstance(full, list) else [full]
        if " laten wij " in low:  # 'laten wij X ... meten': X does the work in the province's commission
            want = {
                "lead": [n for n in named if n != "Provincie Gelderland"],
                "commissioners": ["Provincie Gelderland"],
            }
        else:
            want = {"lead": ["Provincie Gelderland"], "commissioners": []}
            want["partners"] = [n for n in named if n != "Provincie Gelderland"]
        want.setdefault("partners", [])
        if a["code"] or any(a[k] != v for k, v in want.items()) or a["involved"] or a["support"]:
            errs.append(f"b23-statenbrief: {an[:40]!r} code or roles not {want}")
    for s in gold["reported_plans"]:
        if s not in anderen:
            errs.append(f"b23-statenbrief: reported plan {s[:40]!r} not under 'Wat doen anderen?'")
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for name, count in PAGES.items():
        pages = PdfReader(ROOT / name).pages
        if len(pages) != count:
            errs.append(f"{name}: {len(pages)} pages, expected {count}")
        for p in pages:
            wide = float(p.mediabox.width) > float(p.mediabox.height)
            if wide != (name in LANDSCAPE):
                errs.append(f"{name}: page orientation not {'landscape' if name in LANDSCAPE else 'portrait'}")
    for name, page, words in LAYOUT:
        pages = PdfReader(ROOT / name).pages
        if page > len(pages) or norm(words) not in norm(pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} lacks {words!r}")
    for name, page, words in NOT_ON_PAGE:
        if norm(words) in norm(PdfReader(ROOT / name).pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} should not hold {words!r}")
    md = (ROOT / "b23-kolommen.md").read_text(encoding="utf-8").splitlines()
    if not any(ln.startswith("| | V1 | V2 | V3 | V4 | V5 |") for ln in md):
        errs.append("b23-kolommen.md: not a table with one column per project")
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
    docs = {p.name for p in ROOT.glob("b23-*")}
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
        errs += check_letter(golds["b23-statenbrief"])
    if not TOTAL[0] <= total <= TOTAL[1]:
        errs.append(f"{total} actions in all, expected {TOTAL[0]}-{TOTAL[1]}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(paths)} documents, {total} actions, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
