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


def sentences(text: str) -> list[str]:
    """The sentences of a passage in order, each line and bullet item on its own."""
    out: list[str] = []
    for line in text.split("\n"):
        for item in _BULLET.split(line):
            out.extend(s.strip() for s in _SENT_END.split(item) if s.strip())
    return out


def best_sentence(text: str, wanted: set[str], tokens: Callable[[str], Iterable[str]],
                  weights: dict[str, float] | None = None) -> str:
    """The sentence sharing most (weighted) question tokens with the question; '' when none shares any."""
    parts = sentences(text)
    scored = []
    for i, sentence in enumerate(parts):
        found = wanted & set(tokens(sentence))
        score = sum((weights or {}).get(t, 1.0) for t in found)
        scored.append((score, -i))
    if not scored or max(scored)[0] <= 0:
        return ""
    score, neg = max(scored)
    i = -neg
    best = parts[i]
    if i > 0 and best.startswith(ROW_LINES):
        best = f"{parts[0]} · {best}"  # a row's 'Wie: ...' or 'Wanneer: ...' line needs the row's title
    elif i > 0 and len(best.split()) <= SHORT_WORDS:
        best = f"{parts[i - 1]} {best}"
    if len(best) > MAX_CHARS:
        best = best[:MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return best
