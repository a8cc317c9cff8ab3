"""The sentence of a passage that answers a question: what a hit shows before its whole passage."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# A sentence ends at . ! ? before white space and a capital, digit or bullet; lower-case continuations
# ('i.s.m. gemeente', 'o.a. de') do not split. Lines (table rows, list items) are sentences of their own.
_SENT_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9À-Ý•\"“‘(])")
_BULLET = re.compile(r"\s+(?=[•●▪■◦]\s)")
ROW_LINES = ("Wie:", "Wanneer:")
MAX_CHARS = 400
"""A 'sentence' longer than this (a list without full stops) is cut."""
SHORT_WORDS = 6
"""A best sentence this short is shown with the sentence before it, which says what it is about."""
ANSWER_BONUS = 1.0
"""A sentence holding the kind of answer the question asks for (a date for 'wanneer', a number for 'hoeveel')
and at least one of its words scores this much more, in units of the question's rarest word's weight: of
'De provincie werkt aan de sluis.' and 'De sluis is in 2029 klaar.' the second answers 'Wanneer is de sluis
klaar?'. Measured (benchmarks/retrieval_eval.py sentence@1: the sentence shown for the first hit holds the
answer), on ten read sets (455 questions) 177 -> 185 at 0.5, 186 at 1.0; then on 845 questions of 18 sets
353 -> 375 (the never-read blind11-15: 114 -> 122 of 250), no set lower, the hits themselves unchanged."""
ANSWER_NEXT = True
"""When the question asks a date or an amount (answer_kind) and the best sentence holds none while the next
sentence does, both are shown: a text often names its subject in one sentence and gives the date or amount
in the next ('Met deze brief informeer ik u over de verkenning. Het Rijk draagt € 310 miljoen bij.').
Measured (sentence@1, 925 questions of the 15 read sets): 282 -> 285 alone, 295 -> 298 beside
search.TITLE_WEIGHT."""
_WHEN = re.compile(r"\b(?:wanneer|welk jaar|welke datum|per wanneer|hoe lang|tot wanneer)\b", re.I)
_HOW_MUCH = re.compile(r"\b(?:hoeveel|hoe groot|hoe hoog|welk bedrag|hoe veel)\b", re.I)
_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|"
                   r"oktober|november|december|kwartaal|voorjaar|zomer|najaar|winter)\b|\bQ[1-4]\b", re.I)
_NUMBER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d|\b(?:(?:\w+ën)?(?:twin|der|veer|vijf|zes|zeven|tach|"
                     r"negen)tig|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\w*honderd|"
                     r"\w*duizend|miljoen|miljard|helft|kwart)\b", re.I)


def answer_kind(question: str) -> re.Pattern[str] | None:
    """What an answer to `question` holds, when it asks for a date ('wanneer') or an amount ('hoeveel': a
    number that is not a year)."""
    if _WHEN.search(question):
        return _DATE
    if _HOW_MUCH.search(question):
        return _NUMBER
    return None


def sentences(text: str) -> list[str]:
    """The sentences of a passage in order, each line and bullet item on its own."""
    out: list[str] = []
    for line in text.split("\n"):
        for item in _BULLET.split(line):
            out.extend(s.strip() for s in _SENT_END.split(item) if s.strip())
    return out


def best_sentence(text: str, wanted: set[str], tokens: Callable[[str], Iterable[str]],
                  weights: dict[str, float] | None = None, kind: re.Pattern[str] | None = None) -> str:
    """The sentence sharing most (weighted) question tokens with the question, a sentence holding the `kind`
    of answer asked (answer_kind) counting more (ANSWER_BONUS); '' when none shares any."""
    parts = sentences(text)
    weights = weights or {}
    bonus = ANSWER_BONUS * max((weights.get(t, 1.0) for t in wanted), default=1.0)
    scored = []
    for i, sentence in enumerate(parts):
        found = wanted & set(tokens(sentence))
        score = sum(weights.get(t, 1.0) for t in found)
        if score > 0 and kind is not None and kind.search(sentence):
            score += bonus
        scored.append((score, -i))
    if not scored or max(scored)[0] <= 0:
        return ""
    score, neg = max(scored)
    i = -neg
    best = parts[i]
    if ANSWER_NEXT and kind is not None and not kind.search(best) and i + 1 < len(parts) and \
            kind.search(parts[i + 1]) and not parts[i + 1].startswith(ROW_LINES):
        best = f"{best} {parts[i + 1]}"
    if i > 0 and best.startswith(ROW_LINES):
        best = f"{parts[0]} · {best}"  # a row's 'Wie: ...' or 'Wanneer: ...' line needs the row's title
    elif i > 0 and len(best.split()) <= SHORT_WORDS:
        best = f"{parts[i - 1]} {best}"
    if len(best) > MAX_CHARS:
        best = best[:MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return best
