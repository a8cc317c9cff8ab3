"""What a search question names, found by index lookups: codes, organisations, themes and their actions
(capped), never a read of every action in the store."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Any

from rdflib import URIRef

KG = "https://w3id.org/nzkg/def#"
_TITLE = "http://purl.org/dc/terms/title"
_DESCRIPTION = "http://purl.org/dc/terms/description"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PARTNER_ROLES = ("partner", "involved", "commissioner", "support")

MAX_POOL = 300
"""Rows of an organisation's, theme's or year's actions read at most for one search answer (one row per
action, lead and flag; ~0.5 ms a row at 100x the corpus). The real corpus's largest pool is 174 rows (the year
2025); past this many an answer is drawn from the first rows in the store's order, not from all of them."""
MAX_NAMED = 50
"""Actions read at most per code or labelled title a question names ('GL 3' is a code in many documents)."""
MAX_CODE_PARTS = 8
"""A code has at most this many parts ('SV IJ 1' has 3): longer runs of words in a question are no code."""
_PART = re.compile(r"[^\W\d_]+|\d+")
_TOKEN = re.compile(r"\w+")
_LINK = re.compile(r"[\s.]*")
_LABELLED_TITLE = re.compile(r"^(\w+\s+[A-Z0-9]{1,3})\s*:")  # 'Uitvoeringsafspraak B: ...'


def code_key(code: str) -> str:
    """'ES 5A', 'es5a' and 'ES.5 A' alike: the code's letter and digit parts, lower case, joined."""
    return "".join(_PART.findall(code)).lower()


@dataclass
class Names:
    """The names a question may use for the store's actions and organisations, read once per opened store
    (a read-only store is one generation): as many as distinct codes, titled labels and register entries."""

    codes: dict[str, list[str]]
    """code_key -> the codes as stored."""
    labelled: dict[str, list[str]]
    """'Uitvoeringsafspraak B' -> the titles that start with it."""
    actors: list[dict[str, Any]]
    """ui_actor_names rows: actor, label, alts."""
    themes: list[dict[str, Any]]
    """ui_themes rows: theme, label."""


_NAMES: weakref.WeakKeyDictionary[Any, Names] = weakref.WeakKeyDictionary()


def names(store: Any) -> Names:
    """The store's codes, labelled titles, organisation names and themes (cached per opened store)."""
    try:
        return _NAMES[store]
    except (KeyError, TypeError):
        pass
    codes: dict[str, list[str]] = {}
    for r in store.select("facts_codes"):
        codes.setdefault(code_key(r["code"]), []).append(r["code"])
    labelled: dict[str, list[str]] = {}
    for r in store.select("facts_labelled_titles"):
        m = _LABELLED_TITLE.match(r["title"])
        if m:
            labelled.setdefault(m.group(1), []).append(r["title"])
    found = Names(codes, labelled, store.select("ui_actor_names"), store.select("ui_themes"))
    try:
        _NAMES[store] = found
    except TypeError:  # a store that cannot be weakly referenced is read again next time
        pass
    return found


def question_codes(question: str, known: dict[str, list[str]]) -> list[str]:
    """Stored codes the question may name: every run of whole words joined only by spaces or dots whose
    letters and digits spell a known code ('es5a', 'ES 5 A' for 'ES 5A'); the caller checks each with the
    code's own pattern."""
    tokens = list(_TOKEN.finditer(question))
    found: list[str] = []
    for i in range(len(tokens)):
        key = ""
        for j in range(i, min(i + MAX_CODE_PARTS, len(tokens))):
            if j > i and not _LINK.fullmatch(question, tokens[j - 1].end(), tokens[j].start()):
                break
            key += tokens[j].group(0).lower()
            found.extend(known.get(key, ()))
    return list(dict.fromkeys(found))


def actions_named(store: Any, question: str, code_matches: Any, name_matches: Any) -> list[dict[str, Any]]:
    """The actions a question names by code or by a labelled title ('uitvoeringsafspraak B'): their IRI,
    code and first year, for ordering. `code_matches(code)` and `name_matches(label)` say whether the question
    names them (the same patterns the search page marks)."""
    known = names(store)
    rows: dict[str, dict[str, Any]] = {}
    for code in question_codes(question, known.codes):
        if code_matches(code):
            for r in store.select("facts_by_code", limit=MAX_NAMED, code=code):
                rows.setdefault(r["action"], r)
    for label, titles in known.labelled.items():
        if name_matches(label):
            for title in titles:
                for r in store.select("facts_by_title", limit=MAX_NAMED, title=title):
                    rows.setdefault(r["action"], r)
    return list(rows.values())


def actor_count(store: Any, actor: str) -> int:
    rows = store.select("facts_actor_count", actor=URIRef(actor))
    return int(rows[0]["actions"]) if rows and rows[0].get("actions") is not None else 0


def theme_used(store: Any, theme: str) -> bool:
    return bool(store.select("facts_theme_used", limit=1, theme=URIRef(theme)))


def pool(store: Any, actor: str | None = None, theme: str | None = None,
         year: int | None = None) -> list[dict[str, Any]]:
    """The actions of one organisation (any role) or theme, or running in one year, each once with code,
    title, description, theme, period years, leads and flags; running in `year` when given. At most MAX_POOL
    rows are read."""
    if actor is not None:
        rows = store.select("facts_pool_actor", limit=MAX_POOL, actor=URIRef(actor), year=year)
    elif theme is not None:
        rows = store.select("facts_pool_theme", limit=MAX_POOL, theme=URIRef(theme), year=year)
    else:
        rows = store.select("facts_pool_year", limit=MAX_POOL, year=year)
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        item = out.setdefault(r["action"], {
            "action": r["action"], "code": r["code"], "title": r.get("title") or "",
            "description": r.get("description") or "", "theme": r.get("theme") or theme,
            "startYear": r.get("startYear"), "endYear": r.get("endYear"), "leads": [], "flags": []})
        for key, value in (("leads", r.get("lead")), ("flags", r.get("flag"))):
            if value is not None and value not in item[key]:
                item[key].append(value)
    return list(out.values())


def action_facts(store: Any, iri: str) -> dict[str, Any] | None:
    """One action's fields for a search answer (labels of its leads and partners, its period, theme and
    document), from index lookups on this action; None when it is no action."""
    from kg.window import _label, _one, describe, properties

    p, period = properties(store, "facts_action", iri)
    code = _one(p, f"{KG}code")
    if code is None:
        return None
    doc = _one(p, f"{KG}document")
    theme = _one(p, f"{KG}theme")
    leads = p.get(f"{KG}lead", [])
    partners = list(dict.fromkeys(a for role in PARTNER_ROLES for a in p.get(f"{KG}{role}", [])))
    return {
        "action": iri, "code": code, "title": _one(p, _TITLE), "description": _one(p, _DESCRIPTION),
        "kind": _one(p, f"{KG}actionKind"), "doc": doc,
        "docTitle": _one(describe(store, doc, cache=True), _TITLE) if doc else None,
        "page": _one(p, f"{KG}sourcePage"), "theme": theme, "themeLabel": _label(store, theme),
        "periodText": _one(period, _LABEL), "startYear": _one(period, f"{KG}startYear"),
        "endYear": _one(period, f"{KG}endYear"), "qualifier": _one(period, f"{KG}qualifier"),
        "leads": "|".join(leads), "leadLabels": "|".join(x for x in (_label(store, a) for a in leads) if x),
        "partners": "|".join(partners),
        "partnerLabels": "|".join(x for x in (_label(store, a) for a in partners) if x),
        "flags": "|".join(str(f) for f in p.get(f"{KG}flag", [])),
    }


def document(store: Any, iri: str) -> dict[str, Any] | None:
    """One document's row (doc, title, name) by its IRI; None when the store has no such document."""
    from kg.window import _one, describe

    d = describe(store, iri, cache=True)
    if f"{KG}Document" not in d.get("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", []):
        return None
    return {"doc": iri, "title": _one(d, _TITLE), "name": _one(d, f"{KG}name")}
