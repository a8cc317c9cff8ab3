"""Who does a vision's action: the document's own municipality leads; cue words give partners and involved."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from ingest.model import ActorRef, ParsedDocument, Role

ABBREV_END = re.compile(r"(?i)\b(?:t\.b\.v|i\.s\.m|bijv|o\.a|m\.b\.t|i\.v\.m|e\.d|d\.w\.z|incl|ca|nr)\.$")
STOP = {"de", "het", "een", "van", "voor", "met", "aan", "bij", "naar", "over", "door", "als", "dat", "die",
        "wat", "hoe", "zijn", "wordt", "worden", "kan", "kunnen", "zodat", "ook", "niet", "welke", "deze",
        "gemeente", "industrie", "binnen", "vanuit", "waar", "meer", "zich", "haar", "hier", "acties",
        "actie"}
# Cue words that say what a named party does in a row (the words just before its name, or its clause).
_WITH = re.compile(r"(?i)(?:i\.\s?s\.\s?m\.|samen met|in samenwerking met|met steun van|met hulp van)\s*"
                   r"(?:de |het )?$")
_CONSULT = re.compile(r"(?i)\b(?:gesprek\w*|overleg|informeer\w*|dialoog|lobby\w*|pleit\w*|raadpleeg\w*|"
                      r"consulteer\w*|vraag\w*\s+(?:na|advies)|betrek\w*|betrokken)\b")
_TOGETHER_AFTER = re.compile(r"(?i)^[^;]{0,60}\bsamen met (?:hen|hun|deze|die)\b")
_NOT_PARTY = re.compile(r"(?i)(?:\bvan|\bt\.b\.v\.|\bten behoeve van|\bvoor|\bonder)\s+(?:de |het |alle )?$")


def owner(doc: ParsedDocument, resolver: Any) -> ActorRef | None:
    """The municipality whose document this is: named in the title, else the one the text names most."""
    types = {row["key"]: row.get("type") for row in resolver.registry()}
    for ref in resolver.find(doc.title):
        if types.get(ref.key) == "gemeente":
            return ref
    counts: dict[str, tuple[int, ActorRef]] = {}
    for page in doc.pages:
        flat = " ".join(page.text.split())
        for ref in resolver.find(flat):
            if types.get(ref.key) == "gemeente":
                n = len(re.findall(re.escape(ref.mention), flat, re.I)) if ref.mention else 1
                counts[ref.key] = (counts.get(ref.key, (0, ref))[0] + n, ref)
    return max(counts.values(), key=lambda c: c[0])[1] if counts else None


def _clauses(text: str) -> list[str]:
    """Sentences and ';'-parts; an abbreviation ('bijv.', 'i.s.m.') does not end a sentence."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"(?:;|[.?!](?=\s+[A-Z]))\s+", text):
        if ABBREV_END.search(text[start:m.start() + 1]):
            continue
        out.append(text[start:m.start() + 1])
        start = m.end()
    out.append(text[start:])
    return [c for c in out if c.strip()]


def _cue(clause: str, start: int, end: int, cued_only: bool) -> str | None:
    before, after = clause[:start], clause[end:]
    if _WITH.search(before) or _TOGETHER_AFTER.search(after):
        return "partner"
    if _NOT_PARTY.search(before):
        return None
    if _CONSULT.search(before):
        return "involved"
    return None if cued_only else "partner"


def parties(text: str, resolver: Any, cued_only: bool = False) -> list[tuple[ActorRef, str]]:
    """Parties a row names: 'i.s.m. X' / 'samen met hen' -> partner; in a clause about talking, informing or
    lobbying -> involved; 'van X' / 'voor X' (a source or a beneficiary) -> none; otherwise partner, unless
    `cued_only` (explanatory text, where a bare name is often a comparison or a place)."""
    out: list[tuple[ActorRef, str]] = []
    rank = {None: 0, "involved": 1, "partner": 2}
    for clause in _clauses(text):
        for ref in resolver.find(clause):
            mention = ref.mention or ref.label
            # groups ('de industrie', 'bedrijven') are usually the topic, so they need an explicit cue
            strict = cued_only or ref.kind == "group"
            hits = [m.span() for m in re.finditer(re.escape(mention), clause, re.I)] or [(0, 0)]
            role = max((_cue(clause, s, e, strict) for s, e in hits), key=lambda r: rank[r])
            if role:
                out.append((ref, role))
    return out


def merge_roles(lead: ActorRef | None, found: list[tuple[ActorRef, str]]) -> list[Role]:
    """One role per party; 'partner' outranks 'involved' when a party is named both ways."""
    roles: list[Role] = [Role(lead, "lead", 0.9)] if lead else []
    best: dict[str, tuple[ActorRef, str]] = {}
    for ref, role in found:
        if lead and ref.key == lead.key:
            continue
        if ref.key not in best or (role == "partner" and best[ref.key][1] == "involved"):
            best[ref.key] = (ref, role)
    roles += [Role(ref, role, 0.7 if ref.kind == "group" else 0.8) for ref, role in best.values()]
    return roles


def prefix(doc: ParsedDocument) -> str:
    """The acronym the document defines for itself ('... in Zaanstad (VVIZ)' matching the title), else the
    first word of the file name when it is short, else 'ACT'."""
    for m in re.finditer(r"([^()]{10,120})\(([A-Z]{2,6})\)", doc.text):
        words = [w for w in re.findall(r"[\w-]+", m.group(1)) if w.lower() not in STOP | {"op", "in", "en"}]
        acro = m.group(2)
        expansion = " ".join(words[-len(acro):])
        initials = "".join(w[0] for w in words[-len(acro):]).upper()
        if initials == acro and fuzz.token_set_ratio(expansion.lower(), doc.title.lower()) >= 80:
            return acro
    first = re.split(r"[-_\s]+", doc.name)[0]
    return first.upper() if first.isalpha() and len(first) <= 6 else "ACT"
