"""Check the blind10 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .txt and .md documents an anchor must also stand on
one line, and in a text table stay inside one cell (no '|' or '<br>' in it). The layout each PDF stresses is
checked per page (LAYOUT, NOT_ON_PAGE, PAGES): the sub-rows with empty Trekker and Financier cells of
b10-deelacties, the bullet list in the Uitvoerders cell of b10-uitvoerders, the table of contents on page 1
and the action table on page 3 of b10-inhoudsopgave, the question sub-headings of b10-vraagkoppen and the
numbered list under "Ik zeg u toe:" of b10-kamerbrief. An action may have no lead only where the document
says the trekker is not yet known ("n.n.b.", "nog te bepalen"). Exit code 1 on any problem.
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
DOC_KEYS = set(REQUIRED) | {"letter_date", "counting", "reported_plans"}
MAX_PDF_BYTES = 100_000
CELL_BREAKS = ("|", "<br>")
CSV_BREAK = '"'
# (file, 1-based page, words that must be on that page)
LAYOUT = [
    ("b10-deelacties.pdf", 1, "Nr. Actie Trekker Partners Financier Periode"),
    # sub-row 2a: after its description come the Partners and Periode cells only (Trekker, Financier empty)
    ("b10-deelacties.pdf", 1, "tussen paal 20 en paal 24. RWS 2026-2027"),
    ("b10-deelacties.pdf", 1, "ondiep grondwater. PWN 2026"),
    ("b10-deelacties.pdf", 1, "de spoelroutes aangepast. – HHNK, PNH 2028-2029"),
    ("b10-uitvoerders.pdf", 1, "Nr. Project Uitvoerders Planning"),
    ("b10-uitvoerders.pdf", 1, "• Gemeente Harderwijk (penvoerder) • Gemeente Ermelo • Gemeente Putten"),
    ("b10-uitvoerders.pdf", 1, "• Regio Noord-Veluwe (penvoerder) • Prov. Gelderland"),
    ("b10-inhoudsopgave.pdf", 1, "Inhoud"),
    ("b10-inhoudsopgave.pdf", 1, "3.1 Herstructurering Kerkrade-West ...."),
    ("b10-inhoudsopgave.pdf", 1, "3.7 Monitor leefbaarheid Parkstad ...."),
    ("b10-inhoudsopgave.pdf", 3, "Nr. Actie Trekker Partners Looptijd"),
    ("b10-inhoudsopgave.pdf", 3, "3.1 Herstructurering Kerkrade-West HEEMwonen"),
    ("b10-vraagkoppen.pdf", 1, "Project 1 Zoetwateraanvoer naar de bollenpolders Waarom?"),
    ("b10-vraagkoppen.pdf", 1, "Wie doet het? Rijnland is trekker."),
    ("b10-kamerbrief.pdf", 1, "Ik zeg u toe: 1. Ik stuur uw Kamer"),
    ("b10-kamerbrief.pdf", 1, "7. Ik informeer uw Kamer vanaf 2027 jaarlijks"),
]
# (file, 1-based page, words that must NOT be on that page)
NOT_ON_PAGE = [
    ("b10-inhoudsopgave.pdf", 1, "Trekker"),
    ("b10-inhoudsopgave.pdf", 1, "HEEMwonen"),
    ("b10-inhoudsopgave.pdf", 3, "...."),
]
PAGES = {
    "b10-deelacties.pdf": 1,
    "b10-uitvoerders.pdf": 1,
    "b10-inhoudsopgave.pdf": 4,
    "b10-vraagkoppen.pdf": 2,
    "b10-kamerbrief.pdf": 1,
}
NO_LEAD_WORDS = ("n.n.b.", "nog te bepalen")


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
    if not all(a["lead"] for a in actions) and not any(w in raw for w in NO_LEAD_WORDS):
        errs.append(f"{doc.name}: an action without lead, but the document names no unknown trekker")
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


def main() -> int:
    sys.path.insert(0, str(MAKE))
    import gold as gold_source  # the hand-written gold, to see that the JSON files are up to date

    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b10-*")}
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
    if not 45 <= total <= 60:
        errs.append(f"{total} actions in all, expected 45-60")
    for e in errs:
        print("FAIL", e)
    print(f"{len(paths)} documents, {total} actions, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
