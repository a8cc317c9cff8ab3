"""Text helpers for organisation names: line breaks, separators, parentheses, legal forms, kind words."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from ingest.model import ActorRef
from kg.vocab import slug

# Role words seen in parentheses after a party, e.g. "Gemeente Velsen (initiatiefnemer)".
ROLE_WORDS = {
    "initiatiefnemer": "lead", "initiatiefnemers": "lead", "trekker": "lead", "kartrekker": "lead",
    "penvoerder": "lead", "lead": "lead", "eigenaar": "lead", "opdrachtgever": "commissioner",
    "betrokken": "involved", "betrokkene": "involved", "deelnemer": "involved",
    "inhoudelijke ondersteuning": "support", "ondersteuning": "support", "ondersteunend": "support",
    "adviseur": "support", "advies": "support", "partner": "partner", "meewerkend": "partner",
    # what the party does, as a verb ("TenneT (trekt), Stedin (doet mee)")
    "trekt": "lead", "trekken": "lead", "doet mee": "partner", "doen mee": "partner", "werkt mee": "partner",
    "werken mee": "partner", "denkt mee": "involved", "denken mee": "involved", "meedenker": "involved",
    "wordt geraadpleegd": "involved", "geraadpleegd": "involved", "financier": "commissioner",
    "geeft opdracht": "commissioner",
}
# Types that make an unknown "gemeente x" a proper name worth keeping ("Gemeente X" style).
TITLE_PREFIXES = ("gemeente", "provincie", "waterschap", "hoogheemraadschap", "omgevingsdienst", "stichting",
                  "ministerie", "vereniging", "veiligheidsregio", "recreatieschap", "coöperatie",
                  "cooperatie", "wetterskip")
# Kinds whose name is "<kind> <place>": in running text the place must be written as a name ("gemeente Best",
# not "de gemeente best bereikbaar").
PLACE_KINDS = ("gemeente", "provincie", "waterschap", "hoogheemraadschap", "wetterskip", "veiligheidsregio")
# A legal form at the end of a company name ("Jansen B.V."): its final dot belongs to the name.
LEGAL_FORM_END = re.compile(r"(?:\b(?:B\.V|N\.V|U\.A|V\.O\.F|C\.V))\.?$")
FUZZY_CELL = 90    # whole cell item vs alias: "Gemeente Heemstede" vs "Gemeente Heemskerk" scores ~83
PARTICLES = ("van", "de", "der", "en", "voor", "het", "of", "&")


def clean_piece(piece: str) -> str:
    """Strip list punctuation around a name, but keep the dot of a legal form ("Jansen B.V.")."""
    out = piece.strip(" .;:,")
    if LEGAL_FORM_END.search(out) and not out.endswith("."):
        out += "."
    return out


def written_as_name(mention: str) -> bool:
    """'gemeente Velsen' yes, 'gemeente best' no: after a kind word the place must start with a capital (or
    with an apostrophe or digit, as in "'s-Hertogenbosch")."""
    words = mention.split(maxsplit=1)
    if len(words) < 2 or words[0].lower() not in PLACE_KINDS:
        return True
    rest = re.sub(r"^(?:van|de|het)\s+", "", words[1])
    return not rest[:1].islower()


def alone(flat: str, start: int, end: int, breaks: set[int]) -> bool:
    """True when only separators stand between this stretch and the neighbouring list items."""
    left = flat[:start]
    right = flat[end:]
    sep = r"(?:,|;|•|/|&|\ben\b|\bi\.s\.m\.?|:)"
    lm = re.search(rf"(?:^|{sep})\s*$", left)
    rm = re.match(rf"\s*(?:$|{sep})", right)
    left_ok = bool(lm) or (start - 1 in breaks) or not left.strip()
    right_ok = bool(rm) or (end in breaks) or not right.strip() or right.startswith(".")
    return left_ok and right_ok


def same_kind_close(piece: str, alias: str) -> bool:
    """A typo may be corrected, but "Gemeente Schagerbrug" is no "gemeente Schagen": when both start with the
    same kind word the names after it must be as close as the whole."""
    p, a = piece.split(maxsplit=1), alias.split(maxsplit=1)
    if len(p) == 2 and len(a) == 2 and p[0] == a[0] and p[0] in TITLE_PREFIXES:
        return bool(fuzz.ratio(p[1], a[1]) >= FUZZY_CELL)
    return True


def is_code(ent: Any) -> bool:
    """'AZ 1', 'EZ 2': an action code whose letters happen to be a ministry's abbreviation."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return len(ent) == 1 and ent.text.isupper() and nxt is not None and nxt.text.isdigit()


def looks_like_name(piece: str) -> bool:
    """A capitalised word that is not a sentence of lower-case words: 'Bunge', 'Stichting Foo', 'AEB'."""
    words = piece.split()
    if not words or len(words) > 8 or not re.match(r"[A-Z\u00C0-\u00DE0-9]", words[-1] if
                                                    words[0].lower() in TITLE_PREFIXES else words[0]):
        return False
    lower = [w for w in words if w[0].islower() and w not in PARTICLES]
    return len(lower) <= (1 if words[0].lower() in TITLE_PREFIXES else 0)


def group(gid: str, mention: str) -> ActorRef:
    return ActorRef(key=f"groep-{slug(gid)}", label=gid[:1].upper() + gid[1:], kind="group", mention=mention)


def dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    seen: set[str] = set()
    out = []
    for r in refs:
        if r.key not in seen:
            seen.add(r.key)
            out.append(r)
    return out


def rejoin(text: str) -> str:
    text = text.replace("\u00ad", "").replace("\u00a0", " ")
    text = re.sub(r"(?<=[a-zà-ÿ])-[ \t]*\n\s*(?=[a-zà-ÿ])", "", text)
    return re.sub(r"-[ \t]*\n\s*(?=[A-Z])", "-", text)


def collapse_keep_breaks(text: str) -> str:
    """Collapse each whitespace run to one "\n" (if it held a line break) or one space."""
    return re.sub(r"\s+", lambda m: "\n" if "\n" in m.group(0) else " ", text.strip())


def strip_parens(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Drop parenthesised remarks; return where role words stood (position in the new text). An asterisk
    glued to a name ("gem. Eindhoven*, WDD") marks the trekker, as the note under such a list says."""
    out: list[str] = []
    roles: list[tuple[int, str]] = []
    pos = 0
    for m in re.finditer(r"\s*\(([^()]*)\)?|(?<=[\w.])\*+", text):
        out.append(text[pos:m.start()])
        word = "trekker" if m.group(1) is None else re.sub(r"\s+", " ", m.group(1)).strip(" .").lower()
        if word in ROLE_WORDS:
            roles.append((sum(len(c) for c in out), ROLE_WORDS[word]))
        out.append(" ")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), roles


def _joins_name(before: str, after: str) -> bool:
    """Whether 'en' joins two words of one name ("Rabobank Vallei en Rijn", "Stichting Kunst en Cultuur"):
    capitalised words before it (two at least, not a kind of place such as "Gemeente Ede"), one capitalised
    word after it up to the next separator."""
    left = re.split(r"[,;•/&]", before)[-1].split()
    right = re.split(r"[,;•/&]", after)[0].split()
    return (len(left) >= 2 and all(w[:1].isupper() for w in left[-2:]) and left[0].lower() not in PLACE_KINDS
            and len(right) == 1 and right[0][:1].isupper())


def split_gap(flat: str, start: int, end: int, breaks: set[int]) -> list[tuple[int, int]]:
    """Split a stretch on list separators, and on line breaks followed by a capital (one name per line)."""
    cuts = [start]
    # list separators, and the gap after a legal form, which ends a name ("Mijnwater B.V. Woonpunt")
    # '&' glued between capitals is part of an abbreviation ("H&A", "V&V"), not a list separator
    for m in re.finditer(r"\s*(?:,|;|•|/|(?<![A-Z])&|&(?![A-Z])|\ben\b|\bi\.s\.m\.)\s*"
                         r"|(?<=B\.V\.|N\.V\.)\s+(?=[A-Z])",
                         flat[start:end]):
        if m.group(0).strip() == "en" and _joins_name(flat[start:start + m.start()],
                                                      flat[start + m.end():end]):
            continue
        cuts += [start + m.start(), start + m.end()]
    for b in breaks:
        prev = flat[max(start, b - 5):b].lower()
        nxt = flat[b + 1:end].split(" ", 1)[0]
        starts_name = nxt[:1].isupper() or nxt.lower() in TITLE_PREFIXES
        # "Waterschap\nRijn en IJssel": a kind word that ends a line is the start of the name on the next
        before = flat[start:b].split()
        kind_word = bool(before) and before[-1].lower() in TITLE_PREFIXES
        particle = re.search(r"(?:van|de|der|het|-)$", prev)
        if start < b < end and starts_name and not kind_word and not particle:
            cuts += [b, b + 1]
    cuts.append(end)
    cuts.sort()
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1) if cuts[i + 1] > cuts[i]]


def with_aliases(text: str, aliases: dict[str, str]) -> str:
    """`text` with each short name a document gives to parties ('het waterschap', 'de Rijkspartners';
    `aliases` keys, lower case) replaced by the names it stands for, longest short name first."""
    for alias in sorted(aliases, key=len, reverse=True):
        text = re.sub(rf"(?i)\b{re.escape(alias)}\b", aliases[alias], text)
    return text
