"""Organisations in a sentence of a letter: sender words, boards, names, type nouns, and coordinations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ingest.dutch import lexicon, words_re
from ingest.letters import actor_named, body_spans
from ingest.model import ActorRef


@lru_cache(maxsize=1)
def type_noun() -> re.Pattern[str]:
    """'de omgevingsdienst', 'het waterschap', a bare 'Gemeente' opening a sentence: a body by its kind."""
    return re.compile(rf"(?:\b(?:[Dd]e|[Hh]et)\s+|^|(?<=\ben\s))((?i:{words_re(lexicon()['type_noun'])}))\b"
                      r"(?![ \t]+(?:[A-Z(]|van\b))")


# A capitalised name (not after an article: "de Nota Ruimte" is a plan, not a body).
PROPER = re.compile(r"(?<![\w'’-])(?<!\bde )(?<!\bhet )[A-Z][\w'’&-]+"
                     r"(?:[ \t]+(?:[A-Z][\w'’&-]*|van|der|de))*(?<!\bvan)(?<!\bde)(?<!\bder)")
_NOT_NAME = re.compile(r"(?i)^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                       r"november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
                       r"kamer|raad)\b")


@dataclass
class Mention:
    start: int
    end: int
    refs: list[ActorRef]
    sender: bool = False
    proper: bool = False     # a capitalised name the registry does not know ("Enexis")


def coordinated(flat: str, mentions: list[Mention], first: int) -> list[Mention]:
    """A mention and those joined to it by 'en' or commas ('Gemeente en omgevingsdienst', 'X, Y en Z')."""
    group = [mentions[first]]
    for m in mentions[first + 1:]:
        between = flat[group[-1].end:m.start]
        # a kind of body before its names: "netbeheerders TenneT en Stedin", "de partners (X, Y en Z)"
        caption = any(r.kind == "group" for r in group[-1].refs) and re.fullmatch(r"\s*\(?\s*", between)
        if not (caption or re.fullmatch(r"\s*(?:,|,?\s+en(?:\s+ook)?|\s+als(?:\s+ook)?)\s*(?:de\s+|het\s+)?",
                                        between)):
            break
        group.append(m)
    return group


@dataclass
class LetterContext:
    """What a sentence needs from its letter: the sender, the writing date, organisations named so far."""
    senders: list[ActorRef]
    sender_type: str | None
    date: str | None
    type_of: Any                                   # ActorRef -> "gemeente" | "provincie" | ... | None
    recent: dict[str, ActorRef] = field(default_factory=dict)   # type -> last organisation of it named
    last_subject: list[ActorRef] = field(default_factory=list)
    names: dict[str, ActorRef] = field(default_factory=dict)     # unregistered bodies named mid-sentence
    places: dict[str, ActorRef] = field(default_factory=dict)    # a named gemeente's place -> the gemeente

    def sender_keys(self) -> set[str]:
        return {s.key for s in self.senders}


def names_in(text: str, resolver: Any) -> dict[str, ActorRef]:
    """Unregistered bodies a letter names after 'met', 'door', 'en', 'aan', 'bij' ("samen met Enexis"), so
    that a sentence opening with the name ("Enexis vervangt ...") can be read with it as subject."""
    out: dict[str, ActorRef] = {}
    for m in PROPER.finditer(text):
        name = m.group(0)
        before = text[max(0, m.start() - 6):m.start()]
        if name in out or not re.search(r"\b(?:met|door|en|aan|bij)\s$", before) or _NOT_NAME.match(name):
            continue
        ref = actor_named(name, resolver)
        if ref and not ref.known and name.lower() not in lexicon()["closed"]:
            out[name] = ref
    return out


def _locate(flat: str, ref: ActorRef, taken: list[Mention], whole: bool = False) -> tuple[int, int] | None:
    """Where `ref` stands in `flat` outside the mentions `taken`: by its mention, label or (unless `whole`)
    the last word of its label."""
    low = flat.lower()
    names = [ref.mention, ref.label, ref.label.split()[-1] if ref.label and not whole else ""]
    for name in (n for n in names if n and len(n) > 1):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", low):
            if not any(t.start < m.end() and m.start() < t.end for t in taken):
                # with its article and a type word before a bare name: "de gemeenten Arnhem (en Ede)"
                art = re.search(r"(?i)\b(?:(?:de|het)\s+)?(?:(?:gemeenten?|provincies?|waterschap(?:pen)?|"
                                r"omgevingsdienst(?:en)?)\s+)?$|\b(?:de|het)\s+$", flat[:m.start()])
                art = art if art and art.group(0) else None
                return (art.start() if art else m.start()), m.end()
    return None


_LEGAL_FORM = re.compile(r"[ \t]+(?:N\.V\.|B\.V\.|U\.A\.|C\.V\.|V\.O\.F\.)(?![\w.])")
"""A company's legal form after its name ('N.V.', 'B.V.'): the name goes on over it."""

_WITH_US = re.compile(r"(?i)\bmet\s+(ons|mij)(?=\s*(?:[,.;:)]|$)|\s+(?:en|of|in|op|aan|voor|de|het|een|\d+|"
                      r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|honderd)\b)")


def mentions(flat: str, ctx: LetterContext, resolver: Any) -> list[Mention]:
    """Organisations in a sentence: boards ('het college van B&W van X'), the sender's own words (wij, het
    college, het kabinet), names, and type nouns ('de omgevingsdienst') read as the one named before."""
    lex = lexicon()
    found: list[Mention] = []

    def add(s: int, e: int, refs: list[ActorRef], sender: bool) -> None:
        if not any(m.start < e and s < m.end for m in found):
            found.append(Mention(s, e, refs, sender))

    keys = ctx.sender_keys()
    for s, e, ref in body_spans(flat, resolver):
        add(s, e, [ref], ref.key in keys)
    said = lex["sender"]
    if len(ctx.senders) > 1:  # a letter of two bodies: 'het college' is the gemeente's, 'wij' both
        own: list[tuple[list[str], list[ActorRef]]] = [(said.get("*", []), ctx.senders)] + [
            (said.get(k or "", []), [x for x in ctx.senders if ctx.type_of(x) == k])
            for k in dict.fromkeys(ctx.type_of(x) for x in ctx.senders)]
    else:
        own = [(said.get("*", []) + said.get(ctx.sender_type or "", []), ctx.senders)]
    for words, refs in own:
        if not words:
            continue
        # a kind before a name is that named body ('de provincie Limburg'); a pronoun is the sender before
        # any name ('laat ik Deltares ... onderzoeken')
        for m in re.finditer(rf"(?<![\w-])(?:(?i:{words_re(words)})(?![\w-])(?![ \t]+[A-Z])|"
                             rf"(?i:ik|wij|we)(?![\w-]))", flat):
            add(m.start(), m.end(), ctx.senders if m.group(0).lower() in ("ik", "wij", "we") else refs, True)
    # 'samen met ons', 'met ons en het waterschap': the sender as object, not 'ons beleid'
    for m in _WITH_US.finditer(flat):
        add(m.start(1), m.end(1), ctx.senders, True)
    for ref in resolver.find(flat):  # groups too ("samen met de netbeheerders en het IPO"): involved later
        span = _locate(flat, ref, found)
        while span:  # a body named twice ('met de gemeente X ... dat ... samen met de gemeente X ...')
            add(*span, [ref], ref.key in keys)
            span = _locate(flat, ref, found, whole=True)
    # the sender's own place as subject ("Leiden start in 2027 ..."), after names that hold it
    for place in {s.label.split(None, 1)[1] for s in ctx.senders
                  if s.label.lower().startswith(("gemeente ", "provincie ")) and " " in s.label}:
        for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", flat):
            add(m.start(), m.end(), ctx.senders, True)
    for place, ref in ctx.places.items():  # another gemeente the letter names, by its place, as subject
        if re.match(rf"{re.escape(place)}(?![\w-])", flat):
            add(0, len(place), [ref], ref.key in keys)
    for m in PROPER.finditer(flat):  # "samen met Enexis": a body the registry does not know
        name, start = m.group(0), m.start()
        if start == 0:  # a sentence's first word is capitalised anyway: "Met Twence maken wij ..."
            first, _, rest = name.partition(" ")
            if first.lower() not in lex["closed"] or not rest:
                continue
            name, start = rest, len(first) + 1
        if (name.lower() in lex["closed"] or _NOT_NAME.match(name)
                or any(f.start < m.end() and start < f.end for f in found)):
            continue
        named = actor_named(name, resolver)
        if named:
            found.append(Mention(start, m.end(), [named], proper=not named.known))
            if not named.known:
                ctx.names.setdefault(name, named)
    for m in type_noun().finditer(flat):
        kind = m.group(1).lower()
        kind = "waterschap" if kind in ("hoogheemraadschap", "wetterskip") else kind
        one = [r for r in ctx.senders if ctx.type_of(r) == kind] if len(ctx.senders) > 1 else []
        if one:  # a letter of a gemeente and a waterschap: 'het waterschap' is the one sender
            add(m.start(), m.end(), one, True)
        elif kind == ctx.sender_type:
            add(m.start(), m.end(), ctx.senders, True)
        elif kind in ctx.recent:
            add(m.start(), m.end(), [ctx.recent[kind]], False)
    return sorted(_with_legal_form(flat, found), key=lambda m: m.start)


def _with_legal_form(flat: str, found: list[Mention]) -> list[Mention]:
    """The mentions, each over a legal form after its name ('Waterleiding Maatschappij Limburg N.V. en')."""
    for m in found:
        form = _LEGAL_FORM.match(flat, m.end)
        if form and not any(o.start < form.end() and m.end < o.end for o in found if o is not m):
            m.end = form.end()
    return found
