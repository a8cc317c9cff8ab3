"""What a table column means, read from its header with the Dutch header lexicon (patterns/headers.jsonl)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

PATTERN_DIR = files("ingest") / "patterns"  # not from ingest.nlp: the PDF worker stays light

ACTION_PARTS = ("what", "description")
WHO_WHEN = ("lead", "partners", "involved", "commissioner", "when")
MAX_HEADER_CHARS = 45


@cache
def _rows() -> tuple[dict[str, Any], ...]:
    """The rows of the header lexicon (patterns/headers.jsonl), read once."""
    with (PATTERN_DIR / "headers.jsonl").open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


@cache
def lexicon() -> dict[str, str]:
    """Header name (lower case) -> meaning."""
    return {name: row["meaning"] for row in _rows() for name in row["names"]}


@cache
def due_names() -> frozenset[str]:
    """Header names of a when-column that gives the date a thing must be ready ("Gereed", "Deadline")."""
    return frozenset(name for row in _rows() if row.get("due") for name in row["names"])


def is_owner(cell: str) -> bool:
    """An owner column ('Eigenaar'): beside a column of doers, the party that orders the work."""
    return _norm(cell).startswith(_OWNER)


def is_due(cell: str) -> bool:
    """A when-column header that names a deadline: a single date under it is when the thing is ready."""
    text = _norm(cell)
    return text in due_names() or text.rstrip(".") in due_names()


def _norm(cell: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", cell.lower())
    text = text.replace("\u00ad", "").replace("’", "'")
    text = re.sub(r"(?<=[a-z])-\s*\n\s*(?=[a-z])", "", text)  # "Verant-\nwoordelijk"
    return " ".join(text.split()).strip(" :*;,")


def meaning(cell: str) -> str | None:
    """The meaning of one header cell ("Trekker / eigenaar" -> "lead"), or None for an unknown name. A word
    a narrow column broke without a hyphen ("Portefeuillehoude" / "r") is read whole."""
    found = _meaning(_norm(cell))
    if found is None and "\n" in cell.strip():
        found = _meaning(_norm(re.sub(r"(?<=[a-z])[ \t]*\n[ \t]*(?=[a-z])", "", cell.strip())))
    if found in (None, "lead") and _TIME_UNIT.search(cell):
        return "when"  # "Uitvoering (weken)": when the work is carried out, not who carries it out
    if found is None:
        # "Contact trekker", "Naam partner": how the column names the party of that role
        words = _norm(cell).split()
        if 2 <= len(words) <= 3 and words[0] in _NAMING_WORDS and _meaning(words[-1]) in WHO_WHEN[:4]:
            found = _meaning(words[-1])
    return found


_TIME_UNIT = re.compile(r"(?i)\(\s*(?:in\s+)?(?:weken|week|weeknummers?|wk|maanden|maand|jaren|jaar|"
                        r"kwartalen|kwartaal|datum|data|periode)\s*\)")
"""A header's parenthesis that names a unit of time: the column holds times."""
_NAMING_WORDS = {"contact", "contactpersoon", "contactadres", "e-mail", "email", "mailadres", "naam",
                 "organisatie"}


def _meaning(text: str) -> str | None:
    if not text or len(text) > MAX_HEADER_CHARS or len(text.split()) > 5:
        return None
    names = lexicon()
    if text in names:
        return names[text]
    if text.rstrip(".") in names:
        return names[text.rstrip(".")]
    best = ""
    for name in names:  # "trekker / eigenaar", "planning 2026": the longest known name the cell opens with
        if len(name) > len(best) and re.match(rf"{re.escape(name)}(?:\s|/|$)", text):
            best = name
    return names[best] if best else None


def exact_meaning(name: str) -> str | None:
    """The meaning of a header name only when the whole name is in the lexicon (no prefix match)."""
    text = _norm(name)
    names = lexicon()
    return names.get(text) or names.get(text.rstrip("."))


_OWNER = ("eigenaar", "probleemeigenaar")
_DOER = ("uitvoerder", "uitvoering", "uitvoerende")


def header_meanings(cells: list[str]) -> list[str | None] | None:
    """Meanings of a header row when it is the header of an action table: something that says what, and
    who or when beside it. None for any other row (data, prose, a table of figures)."""
    if len(cells) < 2:
        return None
    found = [meaning(c) for c in cells]
    kinds = {m for m in found if m}
    known = sum(1 for m in found if m)
    if not kinds & set(ACTION_PARTS) or not kinds & set(WHO_WHEN):
        return None
    filled = len([c for c in cells if c.strip()])
    if known < 2 or known < filled * 0.75 or len(kinds) < 2:
        return None
    owners = [k for k, c in enumerate(cells) if found[k] == "lead" and _norm(c).startswith(_OWNER)]
    doers = [k for k, c in enumerate(cells) if found[k] == "lead" and _norm(c).startswith(_DOER)]
    if owners and doers:
        # "Eigenaar | Uitvoerder": the owner answers for the action and orders it, the doer leads it
        found = ["commissioner" if k in owners else m for k, m in enumerate(found)]
    if found.count("lead") > 1 and "partners" not in found:
        # "Initiatiefnemer | Opdrachtgever | Uitvoering": a table has one lead column, the first; a later
        # column of doers beside it holds the parties that work with the lead
        first = found.index("lead")
        found = ["partners" if m == "lead" and k > first else m for k, m in enumerate(found)]
    return found
