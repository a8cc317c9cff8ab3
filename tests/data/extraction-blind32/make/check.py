"""Check the blind32 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. Page counts, portrait orientation and PDF sizes are checked; the actions, roles and periods are derived where
the documents allow it: of the persbericht by parsing the .txt (every quoted sentence with a year from 2027 on is
an action of the organisation of the speaker named after the quote, partners after "samen met"; every other quoted
sentence is a not_commitment), of the verslag from build.py's numbered dat-clauses (the doer opens the clause,
partners after "met"), of the raadsinformatiebrief from build.py's paragraphs (a "Deze partij" / "Zij" / "Deze
organisatie" sentence with a year is led by the organisation that opens the sentence before it, "ons" is the
gemeente, "het waterschap" Waterschap Vallei en Veluwe; a "verwacht" sentence is a reported plan), of the
tweezinnen by parsing the Markdown paragraphs under "Wat gaan we doen?" (two sentences each: the second adds
partner, period or trekker), and of the actieoverzicht from build.py's rows and pact list (the exclusions of
"alle partners behalve ..." applied). Exit code 1 on any problem.
"""

import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader

MAKE = Path(__file__).resolve().parent
ROOT = MAKE.parent
GOLD = ROOT / "gold"
sys.path.insert(0, str(MAKE))
import build  # noqa: E402
import gold as gold_source  # noqa: E402
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
TOTAL = (22, 30)
# file -> (pages, landscape)
PAGES = {"b32-verslag.pdf": (1, False), "b32-raadsinformatiebrief.pdf": (1, False), "b32-allepartners.pdf": (1, False)}

G = gold_source
# names as printed in the documents -> official names
NAMES = {
    "gemeente almere": G.ALMERE,
    "de gemeente almere": G.ALMERE,
    "gemeente zeewolde": G.ZEEWOLDE,
    "de gemeente zeewolde": G.ZEEWOLDE,
    "waterschap zuiderzeeland": G.WZZL,
    "de provincie flevoland": G.PFL,
    "staatsbosbeheer": G.SBB,
    "gemeente vlieland": G.VLIELAND,
    "de gemeente vlieland": G.VLIELAND,
    "de gemeente schiermonnikoog": G.SCHIER,
    "wetterskip fryslân": G.WF,
    "de provincie fryslân": G.PFR,
    "vitens": G.VITENS,
    "vereniging natuurmonumenten": G.NM,
    "waterschap vallei en veluwe": G.WVV,
    "de provincie gelderland": G.PGE,
    "ons": G.NIJKERK,
    "het waterschap": G.WVV,
    "waterschap de dommel": G.DOMMEL,
    "de provincie noord-brabant": G.PNB,
    "gemeente velsen": G.VELSEN,
    "gemeente beverwijk": G.BEVERWIJK,
    "gemeente heemskerk": G.HEEMSKERK,
    "hoogheemraadschap hollands noorderkwartier": G.HHNK,
    "provincie noord-holland": G.PNH,
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
        errs.append(f"{where}: no lead (every action of this set has a lead)")
    for key in ROLE_KEYS:
        if not isinstance(a[key], list) or not all(isinstance(n, str) and n for n in a[key]):
            errs.append(f"{where}: {key} must be a list of names")
    names_ = [n for key in ROLE_KEYS for n in a[key]]
    if len(names_) != len(set(names_)):
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
    if doc.suffix in (".md", ".txt"):
        lines = [" ".join(line.split()).lower() for line in raw.splitlines()]
        for a in actions:
            if not any(" ".join(a["anchor"].split()).lower() in line for line in lines):
                errs.append(f"{doc.name}: anchor not on one line: {a['anchor']!r}")
    anchors = [norm(a["anchor"]) for a in actions]
    for kind, quote in quotes:
        if kind != "anchor" and any(norm(quote) in an or an in norm(quote) for an in anchors):
            errs.append(f"{doc.name}: {kind} overlaps an anchor: {quote!r}")
    return errs


def name(cell: str) -> str:
    return NAMES[" ".join(cell.split()).strip().lower()]


def names(cell: str, sep: str = ",") -> list[str]:
    return [] if cell.strip() in ("–", "-", "") else [name(p) for p in cell.split(sep)]


def years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"20\d\d", text)]


def period(cell: str):
    """'2027-2029', '2028', 'vanaf 2028', 'uiterlijk 2028'."""
    ys = years(cell)
    if cell.startswith("uiterlijk"):
        return None, ys[0]
    if cell.startswith("vanaf"):
        return ys[0], None
    return ys[0], ys[-1]


def expect(a: dict, where: str, lead, partners, start, end, extra=None) -> list[str]:
    errs = []
    got = (a["lead"], a["partners"], a["start_year"], a["end_year"])
    if got != (lead, partners, start, end):
        errs.append(f"{where}: gold {got} != derived {(lead, partners, start, end)}")
    for key in ("involved", "commissioners", "support"):
        value = (extra or {}).get(key, [])
        if a[key] != value:
            errs.append(f"{where}: {key} {a[key]} != derived {value}")
    return errs


def split_names(text: str) -> list[str]:
    """'de gemeenten Almere en Zeewolde', 'ons en het waterschap', 'X en Y' -> official names (KeyError if a
    part is no known name)."""
    text = " ".join(text.split()).strip().rstrip(".,;")
    m = re.fullmatch(r"de gemeenten (\w+) en (\w+)", text)
    if m:
        return [name(f"gemeente {m.group(1)}"), name(f"gemeente {m.group(2)}")]
    out: list[str] = []
    acc = ""
    for part in re.split(r", | en ", text):
        acc = f"{acc} en {part}" if acc else part
        if acc.lower() in NAMES:
            out.append(name(acc))
            acc = ""
    if acc:
        raise KeyError(acc)
    return out


def sentence_period(text: str):
    """'in 2027 en 2028', 'vanaf 2027', 'uiterlijk 2028', 'in 2029', 'beginnen ... in 2028 en in 2030 ... klaar'."""
    ys = [y for y in years(text) if y >= 2027]
    if re.search(r"\b[Vv]anaf 20\d\d", text):
        return ys[0], None
    if re.search(r"\buiterlijk 20\d\d", text):
        return None, ys[0]
    return ys[0], ys[-1]


def partners_after_met(text: str) -> list[str]:
    """The longest run of words after 'met' that reads as names of organisations."""
    m = re.search(r"\bmet (.+)$", text.rstrip("."))
    if not m:
        return []
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        try:
            return split_names(" ".join(words[:k]))
        except KeyError:
            continue
    return []


def check_persbericht(g: dict) -> list[str]:
    errs: list[str] = []
    txt = (ROOT / "b32-persbericht.txt").read_text(encoding="utf-8")
    derived: list[tuple] = []
    quoted_other: list[str] = []
    for line in txt.splitlines():
        if not line.startswith('"'):
            continue
        m = re.fullmatch(r'"([^"]+)," ([^".]+)\.(?: "([^"]+)\.")?', line)
        if not m:
            errs.append(f"b32-persbericht: quote paragraph not understood: {line[:60]!r}")
            continue
        org = re.search(r"van ((?:de )?(?:gemeente|provincie) \w+|Waterschap \w+)$", m.group(2))
        speaker = name(org.group(1)) if org else None
        sentences = [m.group(1)] + (m.group(3).split(". ") if m.group(3) else [])
        for s in sentences:
            if [y for y in years(s) if y >= 2027]:
                derived.append((s, speaker, partners_after_met(s), *sentence_period(s)))
            else:
                quoted_other.append(s)
    if [d[0] for d in derived] != [a["anchor"] for a in g["actions"]]:
        errs.append("b32-persbericht: the actions are not exactly the quoted sentences with a year from 2027")
    for (s, lead, partners, start, end), a in zip(derived, g["actions"]):
        errs += expect(a, f"b32-persbericht {s[:30]!r}", [lead], partners, start, end)
    for s in quoted_other:
        if s not in g["not_commitments"]:
            errs.append(f"b32-persbericht: quoted look-alike not listed: {s!r}")
    if build.PB_EXPECT not in g["reported_plans"]:
        errs.append("b32-persbericht: the expectation about Rijkswaterstaat is not a reported_plan")
    return errs


def check_verslag(g: dict) -> list[str]:
    errs: list[str] = []
    text = norm(document_text(ROOT / "b32-verslag.pdf"))
    first = norm(build.VS_INTRO + "1." + build.VS_AFSPRAKEN[0])
    if first not in text:
        errs.append("b32-verslag: the list does not follow 'Wij spreken af dat:' in the PDF")
    if [a["anchor"] for a in g["actions"]] != build.VS_AFSPRAKEN:
        errs.append("b32-verslag: the actions are not exactly the numbered dat-clauses")
    for item, a in zip(build.VS_AFSPRAKEN, g["actions"]):
        m = re.match(r"(.+?) (?:in|uiterlijk|vanaf) 20\d\d", item)
        lead = [name(m.group(1))] if m else []
        partners = partners_after_met(item)
        errs += expect(a, f"b32-verslag {item[:30]!r}", lead, partners, *sentence_period(item))
    for q in [build.VS_OPEN, *build.VS_PARAS, build.VS_DONE, build.VS_NEXT]:
        if q not in g["not_commitments"]:
            errs.append(f"b32-verslag: discussion sentence not listed: {q!r}")
    return errs


def check_raadsinformatiebrief(g: dict) -> list[str]:
    errs: list[str] = []
    derived: list[tuple] = []
    for para in build.RB_PARAS:
        for prev, s in zip([None, *para], para):
            if not [y for y in years(s) if y >= 2027] or s.startswith(("Als ", "Tijdens ")):
                continue
            if "verwacht" in s:
                if s not in g["reported_plans"]:
                    errs.append(f"b32-raadsinformatiebrief: expectation not a reported_plan: {s!r}")
                continue
            if s.startswith(("Deze partij ", "Zij ", "Deze organisatie ")):
                m = re.match(r"(.+?) (?:beheert|is|levert) ", prev)
                lead = name(m.group(1))
            elif s.startswith("Wij "):
                lead = G.NIJKERK
            else:
                errs.append(f"b32-raadsinformatiebrief: sentence with a year not understood: {s!r}")
                continue
            partners = partners_after_met(s) if "met " in s else []
            derived.append((s.rstrip("."), lead, partners, *sentence_period(s)))
    if [d[0] for d in derived] != [a["anchor"] for a in g["actions"]]:
        errs.append("b32-raadsinformatiebrief: the actions are not exactly the referring sentences with a year")
    for (s, lead, partners, start, end), a in zip(derived, g["actions"]):
        errs += expect(a, f"b32-raadsinformatiebrief {s[:30]!r}", [lead], partners, start, end)
    for para in build.RB_PARAS:
        for s in para:
            if s.rstrip(".") not in [d[0] for d in derived] and s not in g["not_commitments"] + g["reported_plans"] \
                    and not re.search(r" (?:beheert|is verantwoordelijk|levert) ", s):
                errs.append(f"b32-raadsinformatiebrief: sentence neither action nor listed: {s!r}")
    return errs


def check_tweezinnen(g: dict) -> list[str]:
    errs: list[str] = []
    md = (ROOT / "b32-tweezinnen.md").read_text(encoding="utf-8")
    section = md.split("## 3. Wat gaan we doen?")[1].split("## 4.")[0]
    paras = [line for line in section.splitlines() if line and not line.startswith("#")]
    if len(paras) != len(g["actions"]):
        errs.append("b32-tweezinnen: not one paragraph per action")
    for line, a in zip(paras, g["actions"]):
        first, second = re.split(r"(?<=\.) ", line)
        where = f"b32-tweezinnen {first[:30]!r}"
        if first.rstrip(".") != a["anchor"]:
            errs.append(f"{where}: anchor is not the first sentence")
        m = re.match(r"(.+?) is hierbij trekker, wij doen mee", second)
        lead, partners = ([name(m.group(1))], [G.BOXTEL]) if m else ([G.BOXTEL], [])
        if re.search(r"\bmet ", second):
            partners = partners_after_met(second)
        both = f"{first} {second}"
        if "beginnen" in second:
            ys = years(second)
            start, end = ys[0], ys[-1]
        else:
            start, end = sentence_period(both)
        errs += expect(a, where, lead, partners, start, end)
    return errs


def check_allepartners(g: dict) -> list[str]:
    errs: list[str] = []
    pact = [name(n) for n in build.AP_PACT]
    gemeenten = [n for n in pact if n.startswith("Gemeente ")]
    if not all(n in build.AP_INTRO for n in build.AP_PACT):
        errs.append("b32-allepartners: the pact partners are not all in the introduction")
    for a, (code, title, lead, cell, when) in zip(g["actions"], build.AP_ROWS, strict=True):
        where = f"b32-allepartners {code}"
        if (a["code"], a["anchor"]) != (code, title):
            errs.append(f"{where}: code/anchor")
        lead_ = name(lead)
        if cell.startswith("alle "):
            members = pact if cell.startswith("alle partners") else gemeenten
            excluded: list[str] = []
            m = re.search(r"(?:behalve|met uitzondering van) (.+)$", cell)
            if m:
                words = m.group(1)
                if words == "de provincie":
                    excluded = [G.PNH]
                else:
                    excluded = [name(f"gemeente {w}") for w in re.findall(r"Velsen|Beverwijk|Heemskerk", words)]
                if not excluded:
                    errs.append(f"{where}: exclusion not understood: {words!r}")
            partners = [n for n in members if n != lead_ and n not in excluded]
        else:
            partners = names(cell)
        errs += expect(a, where, [lead_], partners, *period(when))
    for q in (build.AP_PAST, build.AP_WISH, build.AP_EVAL):
        if q not in g["not_commitments"]:
            errs.append(f"b32-allepartners: not_commitment missing: {q!r}")
    return errs


def check_roles(golds: dict[str, dict]) -> list[str]:
    errs = check_persbericht(golds["b32-persbericht"])
    errs += check_verslag(golds["b32-verslag"])
    errs += check_raadsinformatiebrief(golds["b32-raadsinformatiebrief"])
    errs += check_tweezinnen(golds["b32-tweezinnen"])
    errs += check_allepartners(golds["b32-allepartners"])
    return errs


def check_layout() -> list[str]:
    errs: list[str] = []
    for fname, (pages, landscape) in PAGES.items():
        reader = PdfReader(ROOT / fname)
        if len(reader.pages) != pages:
            errs.append(f"{fname}: {len(reader.pages)} pages, expected {pages}")
        for page in reader.pages:
            if (page.mediabox.width > page.mediabox.height) != landscape:
                errs.append(f"{fname}: orientation is not {'landscape' if landscape else 'portrait'}")
    return errs


def main() -> int:
    written: dict[str, dict] = {str(d["document"]): d for d in gold_source.DOCS}
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    stems = sorted(p.stem for p in paths)
    if set(stems) != set(written):
        errs.append(f"gold files {stems} != gold.py documents {sorted(written)}")
    docs = {p.name for p in ROOT.glob("b32-*")}
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
