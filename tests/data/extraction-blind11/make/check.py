"""Check the blind11 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line, and in a text table stay inside one cell (no '|' or '<br>' in it). The layout each document stresses
is checked (LAYOUT, NOT_ON_PAGE, PAGES, TEXT_LINES): the RACI header, legend and letter cells of b11-raci, the
articles per party of b11-bestuursovereenkomst (whose numbered items never name the party: PARTY_WORDS), the
theme rows, hierarchical codes and amounts of b11-maatregelen, the passive sentence of
b11-raadsinformatiebrief, the "zie 3" / "idem" trekker cells and dependency columns of b11-afhankelijkheden,
the Start | Einde header of b11-start-einde, and the column alignment of the fixed-width table of
b11-vaste-breedte (every table line blank before each column start). Exit code 1 on any problem.
"""

import itertools
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
DOC_KEYS = set(REQUIRED) | {"letter_date", "counting", "reported_plans"}
MAX_PDF_BYTES = 60_000
CELL_BREAKS = ("|", "<br>")
CSV_BREAK = '"'
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b11-raci.pdf", 1, "Code Actie Planning GMR ARN NIJ LNG GLD WSRL VIT"),
    ("b11-raci.pdf", 1, "R = uitvoerend: de trekker van de actie"),
    ("b11-raci.pdf", 1, "A = eindverantwoordelijk: de opdrachtgever van de trekker"),
    ("b11-raci.pdf", 1, "C = geraadpleegd: partner die meewerkt"),
    ("b11-raci.pdf", 1, "I = geïnformeerd: betrokken"),
    # AN-02: R/A in the ARN column, I under GLD, C under WSRL, the other cells empty
    ("b11-raci.pdf", 1, "(AN-01). 2027-2029 R/A I C"),
    ("b11-raci.pdf", 1, "vanaf 2027 jaarlijks R I I I A I I"),
    (
        "b11-bestuursovereenkomst.pdf",
        1,
        "Artikel 4 Inspanningen van de provincie 4.1 Stelt uiterlijk 1 juli 2027",
    ),
    ("b11-bestuursovereenkomst.pdf", 1, "Artikel 5 Inspanningen van de gemeente 5.1 Past uiterlijk"),
    ("b11-bestuursovereenkomst.pdf", 1, "Artikel 6 Inspanningen van het waterschap 6.1 Versterkt"),
    ("b11-bestuursovereenkomst.pdf", 2, "Artikel 7 Financiën"),
    (
        "b11-maatregelen.pdf",
        1,
        "Maatregel Eigenaar Betrokken partijen Budget Gereed 1 Hitte 1.1 Koele routes",
    ),
    ("b11-maatregelen.pdf", 1, "2 Water 2.1 Hemelwater 2.1.1 Afkoppelen"),
    ("b11-maatregelen.pdf", 1, "Woonbedrijf Gem. Eindhoven € 2.028.000 2029"),
    ("b11-maatregelen.pdf", 1, "€ 85.000 per jaar doorlopend"),
    ("b11-raadsinformatiebrief.pdf", 1, "Van: het college van burgemeester en wethouders"),
    ("b11-raadsinformatiebrief.pdf", 1, "Door de provincie wordt in 2027"),
    ("b11-afhankelijkheden.pdf", 1, "Nr. Actie Trekker Partners Periode Afhankelijk van Relatie met"),
    ("b11-afhankelijkheden.pdf", 1, "Vlaardingse Vaart zie 3 Gem. Vlaardingen 2027-2028 3 -"),
    ("b11-afhankelijkheden.pdf", 1, "Vlaardingen-Holy idem Waterweg Wonen 2028-2030 6 3"),
    ("b11-afhankelijkheden.pdf", 1, "Evaluatie van de agenda zie 1"),
]
# (file, 1-based page, words that must NOT be on that page)
NOT_ON_PAGE = [
    # the theme rows of b11-maatregelen are no measures: none carries an owner
    ("b11-maatregelen.pdf", 1, "Hitte Gem."),
    ("b11-maatregelen.pdf", 1, "Hemelwater Gem."),
]
PAGES = {
    "b11-raci.pdf": 1,
    "b11-bestuursovereenkomst.pdf": 2,
    "b11-maatregelen.pdf": 1,
    "b11-raadsinformatiebrief.pdf": 1,
    "b11-afhankelijkheden.pdf": 1,
}
# (file, exact line that must be in the text document)
TEXT_LINES = [
    ("b11-start-einde.md", "| Nr | Actie | Trekker | Partners | Start | Einde |"),
    (
        "b11-start-einde.md",
        "| ML-4 | Grondwaterbescherming rond de drinkwaterwinning Roermond | WML | Prov. Limburg, "
        "Gem. Roermond | 2026 | doorlopend |",
    ),
    (
        "b11-vaste-breedte.txt",
        "WF-05  Regionale bodemkaart voor        Regio West-    PNH, HHNK             2026",
    ),
    ("b11-vaste-breedte.txt", "       bouwlocaties                     Friesland"),
    (
        "b11-vaste-breedte.txt",
        "WF-07  Evaluatie en actualisatie van    RWF            HHNK, PNH,            uiterlijk",
    ),
]
FIXED_WIDTH = "b11-vaste-breedte.txt"
# a covenant's numbered items under "Inspanningen van <party>" do not name the party again
PARTY_WORDS = {"b11-bestuursovereenkomst": ("provincie", "gemeente", "waterschap")}


def norm(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\u2010\u2011\u2012\u2013\u2014]+", "", text).lower()


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def check_action(a: dict, where: str, codes: list[str]) -> list[str]:
    errs: list[str] = []
    keys = list(a)
    if keys and keys[-1] == "appendix_anchor":
        keys = keys[:-1]
        if not isinstance(a["appendix_anchor"], str) or not a["appendix_anchor"]:
            errs.append(f"{where}: appendix_anchor must be a non-empty string")
    if keys != ACTION_KEYS:
        return [f"{where}: keys {list(a)} != {ACTION_KEYS} (+ optional appendix_anchor last)"]
    if not isinstance(a["code"], str) or not a["anchor"] or not a["title"]:
        errs.append(f"{where}: code must be a string, anchor and title non-empty")
    if not a["lead"] and not a["partners"]:
        errs.append(f"{where}: neither lead nor partners")
    for key in ROLE_KEYS:
        if not isinstance(a[key], list) or not all(isinstance(n, str) and n for n in a[key]):
            errs.append(f"{where}: {key} must be a list of names")
    # lead, partner and involved exclude each other; a commissioner may also be named elsewhere
    names = [n for key in ("lead", "partners", "involved") for n in a[key]]
    if len(names) != len(set(names)):
        errs.append(f"{where}: an organisation holds two of lead, partner, involved")
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
    if not letter and "letter_date" in gold:
        errs.append(f"{path.name}: letter_date on a document that is no letter")
    actions = gold["actions"]
    if not 5 <= len(actions) <= 10:
        errs.append(f"{path.name}: {len(actions)} actions, expected 5-10")
    codes = [a.get("code") for a in actions if a.get("code")]
    if len(codes) != len(set(codes)):
        errs.append(f"{path.name}: duplicate codes")
    # a letter's prose commitments have no code; a Kamerbrief's numbered table of commitments prints them
    if gold["type"] == "letter" and codes:
        errs.append(f"{path.name}: letter commitments have code ''")
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
    quotes += [("appendix_anchor", a["appendix_anchor"]) for a in actions if "appendix_anchor" in a]
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
            if gold["type"] == "text-table" and any(b in a["anchor"] for b in CELL_BREAKS):
                errs.append(f"{doc.name}: anchor runs over a cell boundary: {a['anchor']!r}")
            if doc.suffix == ".csv" and CSV_BREAK in a["anchor"]:
                errs.append(f"{doc.name}: anchor runs over a quoted field: {a['anchor']!r}")
    # every document of this set names a trekker for every action
    if not all(a["lead"] for a in actions):
        errs.append(f"{doc.name}: an action without lead")
    for word in PARTY_WORDS.get(gold["document"], ()):
        errs += [
            f"{doc.name}: item names its party: {a['anchor']!r}"
            for a in actions
            if word in a["anchor"].lower()
        ]
    anchors = [norm(a["anchor"]) for a in actions]
    for a in actions:
        if "appendix_anchor" in a:
            other = norm(a["appendix_anchor"])
            if other in norm(a["anchor"]) or norm(a["anchor"]) in other:
                errs.append(
                    f"{doc.name}: appendix_anchor is the anchor's own place: {a['appendix_anchor']!r}"
                )
    for kind, quote in quotes:
        if kind in ("not_commitment", "reported_plan") and any(
            norm(quote) in an or an in norm(quote) for an in anchors
        ):
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
    for name, page, words in NOT_ON_PAGE:
        pages = PdfReader(ROOT / name).pages
        if page <= len(pages) and norm(words) in norm(pages[page - 1].extract_text() or ""):
            errs.append(f"{name}: page {page} holds {words!r}")
    return errs


def check_text_layout() -> list[str]:
    errs: list[str] = []
    for name, line in TEXT_LINES:
        if line not in (ROOT / name).read_text(encoding="utf-8").splitlines():
            errs.append(f"{name}: lacks the line {line!r}")
    # the fixed-width table: the dashed rule gives the column starts; a table line is blank just before each
    lines = (ROOT / FIXED_WIDTH).read_text(encoding="utf-8").splitlines()
    rule = next((i for i, line in enumerate(lines) if line.startswith("-----")), None)
    if rule is None:
        return errs + [f"{FIXED_WIDTH}: no dashed rule under the header"]
    starts = [m.start() for m in re.finditer(r"-+", lines[rule])]
    table = [lines[rule - 1]] + list(itertools.takewhile(bool, lines[rule + 1 :]))
    if len(starts) != 5 or len(table) < 15:
        errs.append(f"{FIXED_WIDTH}: {len(starts)} columns, {len(table)} table lines")
    for line in table:
        for col in starts[1:]:
            if col < len(line) and line[col - 1] != " ":
                errs.append(f"{FIXED_WIDTH}: text runs into column {col}: {line!r}")
        if not re.match(r"(WF-\d\d| {7}|Nr\. )", line):
            errs.append(f"{FIXED_WIDTH}: table line neither opens a row nor continues one: {line!r}")
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
    docs = {p.name for p in ROOT.glob("b11-*")}
    listed = {str(d["file"]) for d in written.values()}
    if docs != listed:
        errs.append(f"documents {sorted(docs)} != gold files {sorted(listed)}")
    total = 0
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold != written.get(path.stem):
            errs.append(f"{path.name}: differs from gold.py (run make/gold.py)")
        shape = check_shape(gold, path)
        errs += shape
        if not shape:
            errs += check_text(gold, path)
        total += len(gold.get("actions", []))
    errs += check_layout()
    errs += check_text_layout()
    if not 45 <= total <= 60:
        errs.append(f"{total} actions in all, expected 45-60")
    for e in errs:
        print("FAIL", e)
    print(f"{len(paths)} documents, {total} actions, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
