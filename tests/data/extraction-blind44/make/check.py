"""Check the blind44 gold: shape of every gold file, and every quote of it in its document.

Quotes are anchor, not_commitment and reported_plan. Text is compared ignoring case, whitespace and hyphens
(PDF text extracted with pypdf, per page, joined); in the .md and .txt documents an anchor must also stand on one
line. PDFs must be under 60 kB and have at most three portrait pages. The JSON files must equal what gold.py
writes, every name must be an official name of gold.py, and 4-8 actions per document, 22-30 in all.

Then the roles and periods are derived independently from each anchor's own words (the ownership idioms of this
set) and compared with the gold: 'X neemt het voortouw bij' / 'Ik neem' / 'Wij nemen' -> X leads; 'Onder regie van
X' -> X leads, the others named in the sentence (or 'wij', or 'de vier gemeenten' = the gemeenten of the Aanwezig
line) are partners; 'is X aan zet' -> X leads, 'wij werken daarbij met ... samen' / 'samen met de gemeente' ->
the sender is partner; 'De verantwoordelijkheid voor ... ligt ... bij X' -> X; '... wordt door X opgepakt' -> X;
'X en Y trekken samen op bij' -> X and Y lead; 'uitgevoerd door X' -> X; 'X zegt toe' -> X; 'samen met Y' and 'in
nauwe samenwerking met Y' -> partner Y. The sender words ('ik', 'wij', 'ons', 'het college', 'de gemeente', 'het
havenbedrijf') are the sender of the letter. Sentences of build.py that refuse, ask, report the past or voice a
wish must be not_commitments, those with 'verwacht' reported_plans. Periods: 'voor de zomer van YYYY', or 'in het eerste kwartaal van
YYYY' next to 'afgerond', 'gereed', 'in gebruik', 'voorligt' -> null/YYYY; with 'start(en)' -> YYYY/null; else
YYYY/YYYY; 'vanaf YYYY' -> YYYY/null; 'in YYYY en ZZZZ', 'van YYYY tot en met ZZZZ' -> YYYY/ZZZZ; 'in YYYY' alone -> YYYY/YYYY; 'rond de
jaarwisseling' -> the year after the document's date as deadline, ambiguous.
Exit code 1 on any problem.
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
# file -> pages
MAX_PAGES = 3

G = gold_source


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


KNOWN = {getattr(G, k) for k in dir(G) if k.isupper() and isinstance(getattr(G, k), str) and k != "GOLD"}
SENDER = {"b44-kamerbrief": G.IENW, "b44-raadsinformatiebrief": G.ZAANSTAD, "b44-gs-brief": G.PFL,
          "b44-persbericht": G.HBA, "b44-verslag": None}
DATES = {"b44-kamerbrief": ("2026-11-30", build.KB_DATE), "b44-raadsinformatiebrief": ("2026-12-01", build.RIB_DATE),
         "b44-gs-brief": ("2026-11-26", build.GS_DATE), "b44-persbericht": ("2026-12-02", build.PB_DATE)}
MONTHS = {"november": "11", "december": "12"}
SENDER_WORDS = r"(?:Ik|ik|Wij|wij|ons|Het college|de gemeente|het havenbedrijf)"
ORG = r"((?:de |het )?(?:[A-Z][\w.'-]*)(?: (?:[A-Z][\w.'-]*|van|en|de|het|Het|N\.V\.))*)"


def resolve(name: str, doc: str) -> str | None:
    """An official name for a phrase of the sentence: the sender for sender words, else the one official name it
    contains."""
    name = name.strip()
    if re.fullmatch(SENDER_WORDS, name):
        return SENDER[doc]
    found = [n for n in KNOWN if n in name or n.replace("Waterschap ", "") == name.removeprefix("het ")]
    found = [n for n in found if not any(n != m and n in m for m in found)]
    return found[0] if len(found) == 1 else None


def names_in(text: str) -> list[str]:
    hits = []
    for n in KNOWN:
        for m in re.finditer(re.escape(n), text):
            hits.append((m.start(), m.end(), n))
    hits.sort(key=lambda h: (h[0], -h[1]))
    out, last = [], -1
    for s, e, n in hits:
        if s >= last and n not in out:
            out.append(n)
            last = e
    return out


def derive_roles(s: str, doc: str, gemeenten: list[str]) -> tuple[list, list]:
    sender = SENDER[doc]
    lead: list[str] = []
    if m := re.search(r"Onder regie van (de |het )?([^,]+?) (?:werken|ontwerpen|stellen)", s):
        lead = [resolve(m.group(2), doc)]
    elif m := re.search(r"^(.*?) (?:neemt|neem|nemen) het voortouw", s):
        lead = [resolve(m.group(1), doc)]
    elif m := re.search(r"^Het overleg spreekt af dat (.+?) het voortouw neemt", s):
        lead = [resolve(m.group(1), doc)]
    elif m := re.search(r"is (?:de |het )?(.+?) aan zet", s):
        lead = [resolve(m.group(1), doc)]
    elif m := re.search(r"ligt vanaf \d{4} bij (.+?)(?:,|$)", s):
        lead = [resolve(m.group(1), doc)]
    elif m := re.search(r"wordt (?:vanaf \d{4} )?door (.+?) opgepakt", s):
        lead = [resolve(m.group(1), doc)]
    elif m := re.search(r"^(.+?) en (.+?) trekken samen op", s):
        lead = [resolve(m.group(1), doc), resolve(m.group(2), doc)]
    elif m := re.search(r"uitgevoerd door (.+?)(?:,|$)", s):
        lead = [resolve(m.group(1), doc)]
    elif m := re.search(r"^(.+?) zegt toe", s):
        lead = [resolve(m.group(1), doc)]
    elif re.search(r"\blaat ik\b", s):
        lead = [sender]
    partners: list[str] = []
    if m := re.search(r"Onder regie van [^,]+? (?:werken|ontwerpen|stellen) (.*)", s):
        rest = m.group(1)
        if re.match(r"wij\b", rest) or re.search(r"\bhet havenbedrijf\b", rest):
            partners.append(sender)
        if "de vier gemeenten" in rest:
            partners += [g for g in gemeenten if g not in lead]
        partners += [n for n in names_in(rest) if n not in lead]
    for m in re.finditer(r"(?:[Ss]amen met|in nauwe samenwerking met|werken daarbij met) (.+?)(?:,|;| het | een "
                         r"| en dat| samen|$)", s):
        part = m.group(1)
        if re.fullmatch(r"(?:de gemeente|het waterschap)", part):
            p = sender if part == "de gemeente" else None
            if part == "het waterschap":  # 'wij werken daarbij met het waterschap samen': the sender joins
                p = sender
            partners.append(p)
        else:
            partners += [n for n in names_in(part) if n not in partners]
    partners = [p for p in dict.fromkeys(partners) if p not in lead]
    return lead, partners


def derive_period(s: str, next_year: int) -> tuple:
    if "rond de jaarwisseling" in s:
        return None, next_year, True
    if m := re.search(r"van (\d{4}) tot en met (\d{4})", s):
        return int(m.group(1)), int(m.group(2)), False
    if m := re.search(r"in (\d{4}) en (\d{4})", s):
        return int(m.group(1)), int(m.group(2)), False
    if m := re.search(r"vanaf (\d{4})", s):
        return int(m.group(1)), None, False
    if m := re.search(r"(voor|na|in) (?:de zomer|het eerste kwartaal) van (\d{4})", s):
        year = int(m.group(2))
        if re.search(r"\bstart(?:en)?\b", s):
            return year, None, False
        if m.group(1) == "voor" or re.search(r"afgerond|gereed|in gebruik|voorligt", s):
            return None, year, False
        return year, year, False
    if m := re.search(r"in (\d{4}) start", s):
        return int(m.group(1)), None, False
    if m := re.search(r"\bin (\d{4})\b", s):
        return int(m.group(1)), int(m.group(1)), False
    raise ValueError(f"no period in {s!r}")


def block_sentences(blocks) -> list[str]:
    out = []
    for b in blocks:
        if b[0] == "p":
            out += [x.strip() for x in re.split(r"(?<=[.?!\"])\s+(?=[A-Z\"])", b[1])]
    return out


def check_derived(g: dict) -> list[str]:
    doc = g["document"]
    errs = []
    blocks = {"b44-kamerbrief": build.KB_BODY, "b44-raadsinformatiebrief": build.RIB_BODY,
              "b44-gs-brief": build.GS_BODY, "b44-verslag": build.VS_BODY, "b44-persbericht": build.PB_BODY}[doc]
    sentences = block_sentences(blocks)
    gemeenten = [n for n in names_in(dict(build.VS_META)["Aanwezig"]) if n.startswith("Gemeente ")]
    if doc in DATES:
        iso, words = DATES[doc]
        d, mon, y = words.split()
        if iso != f"{y}-{MONTHS[mon]}-{int(d):02d}" or g["letter_date"] != iso:
            errs.append(f"{doc}: letter_date")
    next_year = 2027  # every document is dated November or December 2026
    for a in g["actions"]:
        where = f"{doc} {a['anchor'][:40]!r}"
        if a["anchor"] + "." not in sentences:
            errs.append(f"{where}: the anchor is not one whole sentence of build.py")
        lead, partners = derive_roles(a["anchor"], doc, gemeenten)
        if not lead or None in lead or None in partners:
            errs.append(f"{where}: roles not derivable ({lead}, {partners})")
        elif (a["lead"], a["partners"]) != (lead, partners):
            errs.append(f"{where}: lead/partners {a['lead']}/{a['partners']}, derived {lead}/{partners}")
        start, end, amb = derive_period(a["anchor"], next_year)
        if (a["start_year"], a["end_year"], a["period_is_ambiguous"]) != (start, end, amb):
            errs.append(f"{where}: period {a['start_year']}/{a['end_year']}/{a['period_is_ambiguous']}, derived "
                        f"{start}/{end}/{amb}")
        for key in ("involved", "commissioners", "support", "dependencies"):
            if a[key]:
                errs.append(f"{where}: {key} should be empty in this set")
    anchors = {a["anchor"] + "." for a in g["actions"]}
    quoted = set(g["not_commitments"]) | set(g.get("reported_plans", []))
    # every sentence that refuses, asks, reports the past or voices another's wish is a not_commitment
    for s in sentences:
        if s in anchors:
            continue
        if re.search(r"\bniet\b|\bvraagt of\b|\bwens\b|gevraagd|\bin 20(?:2[0-6])\b.*(?:is|zijn|hebben|heeft)\b|"
                     r"^In 2026|vastgesteld\.$", s) and not re.search(r"verwacht|naar verwachting", s):
            if not any(norm(q) in norm(s) or norm(s) in norm(q) for q in quoted):
                errs.append(f"{doc}: sentence should be a not_commitment: {s!r}")
        if re.search(r"verwacht", s) and not any(norm(q) == norm(s) or norm(q) in norm(s) for q in
                                                   g.get("reported_plans", [])):
            errs.append(f"{doc}: sentence should be a reported_plan: {s!r}")
    return errs


def main() -> int:
    errs: list[str] = []
    paths = sorted(GOLD.glob("*.json"))
    expected = {d["document"]: d for d in G.DOCS}
    if {p.stem for p in paths} != set(expected):
        errs.append(f"gold files {sorted(p.stem for p in paths)} != gold.py documents {sorted(expected)}")
    total = 0
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold != expected.get(path.stem):
            errs.append(f"{path.name}: differs from gold.py (run make/gold.py)")
        shape = check_shape(gold, path)
        errs += shape
        if shape:
            continue
        total += len(gold["actions"])
        errs += check_text(gold, path)
        for a in gold["actions"]:
            for key in ("lead", "partners", "involved", "commissioners", "support"):
                errs += [f"{path.name}: {n!r} is no official name of gold.py" for n in a[key] if n not in KNOWN]
        errs += check_derived(gold)
        doc = ROOT / gold["file"]
        if doc.suffix == ".pdf":
            reader = PdfReader(doc)
            if len(reader.pages) > MAX_PAGES:
                errs.append(f"{doc.name}: {len(reader.pages)} pages, at most {MAX_PAGES}")
            for i, page in enumerate(reader.pages):
                box = page.mediabox
                if float(box.width) > float(box.height):
                    errs.append(f"{doc.name}: page {i + 1} is not portrait")
    if not TOTAL[0] <= total <= TOTAL[1]:
        errs.append(f"{total} actions in all, expected {TOTAL[0]}-{TOTAL[1]}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(paths)} documents, {total} actions, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
