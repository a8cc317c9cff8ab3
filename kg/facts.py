"""Graph answers to a search question: the actions (lead, partners, period, source) it asks about."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from kg import docfacts, graphapi, lookup
from kg.graphapi import Selectable, active_in, actor_slug, period_order, short_id
from kg.textnorm import Analyzer, fold

MAX_FACTS = 12
"""More matching actions than this are a list to browse (organisation page, timeline), not an answer."""
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def question_words() -> dict[str, frozenset[str]]:
    """Words that say what kind of answer a question wants (task, who, when): kg/data/question_words.json."""
    raw = json.loads(resources.files("kg").joinpath("data/question_words.json").read_text(encoding="utf-8"))
    return {k: frozenset(fold(w) for w in v) for k, v in raw.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _analyzer() -> Analyzer:
    return Analyzer()


def _split(value: str | None) -> list[str]:
    return [x for x in (value or "").split("|") if x]


def _item(r: dict[str, Any]) -> dict[str, Any]:
    """A fact row (code, title, leads, partners, period, theme and source) from kg.lookup.action_facts."""
    return {
        "kind": "action", "id": short_id(r["action"]), "code": r["code"], "title": r.get("title") or "",
        "description": r.get("description") or "", "action_kind": r.get("kind"),
        "lead": sorted(set(_split(r.get("leadLabels")))),
        "partners": sorted(set(_split(r.get("partnerLabels")))),
        "lead_ids": [actor_slug(x) for x in _split(r.get("leads"))],
        "partner_ids": [actor_slug(x) for x in _split(r.get("partners"))],
        "period": {"text": r.get("periodText"), "start_year": r.get("startYear"),
                   "end_year": r.get("endYear"), "qualifier": r.get("qualifier")},
        "theme": short_id(r.get("theme")).removeprefix("theme/") or None,
        "theme_label": r.get("themeLabel"),
        "document": short_id(r.get("doc")).removeprefix("doc/"), "document_title": r.get("docTitle"),
        "page": r.get("page"), "flags": _split(r.get("flags")),
    }


def action_fact(store: Selectable, iri: str) -> dict[str, Any] | None:
    """One action as a fact row, by index lookups on it; None when the store has no such action."""
    row = lookup.action_facts(store, iri)
    return _item(row) if row is not None else None


def _candidate(r: dict[str, Any]) -> dict[str, Any]:
    """A kg.lookup.pool row with what narrowing and ordering read (the fact row is read for the chosen)."""
    return {"id": short_id(r["action"]), "iri": r["action"], "code": r["code"], "title": r["title"],
            "description": r["description"], "theme": short_id(r["theme"]).removeprefix("theme/") or None,
            "lead_ids": [actor_slug(x) for x in r["leads"]], "flags": r["flags"],
            "period": {"start_year": r["startYear"], "end_year": r["endYear"]}}


def content_terms(question: str, names: list[str]) -> set[str]:
    """Stems of the words that say what the question is about: not question or task words, not the names of
    the organisations it names, not years or codes."""
    words = question_words()
    skip = set(words["task"]) | {w for n in names for w in _WORD.findall(fold(n))}
    analyzer = _analyzer()
    kept = [w for w in _WORD.findall(fold(question))
            if w not in skip and w not in analyzer.stops and w.isalpha() and len(w) > 2]
    return {analyzer._stem(w) for w in kept}


def _terms(action: dict[str, Any]) -> frozenset[str]:
    return _text_terms(f"{action['title']} {action['description']}")


@lru_cache(maxsize=20000)  # every search reads the same action texts again
def _text_terms(text: str) -> frozenset[str]:
    return frozenset(_analyzer().tokens(text))


def _asks(question: str, kind: str) -> bool:
    folded = f" {' '.join(_WORD.findall(fold(question)))} "
    return any(f" {w} " in folded for w in question_words()[kind])


def answer(store: Selectable, question: str, results: list[Any] | None = None,
           shortcuts: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The graph's answer to `question`, best first: actions it names by code; actions of the organisations,
    theme and year it names (narrowed to its other words when it has any); else, for a who/what/when question
    whose best passage is an action's own table row, that action. A question about a document itself (who
    signed it, when, to whom) first gets that document's facts. Only the actions of what the question names
    are read (kg.lookup), at most lookup.MAX_POOL rows of them."""
    if shortcuts is None:
        shortcuts = graphapi.search_shortcuts(store, question)
    facts: dict[str, dict[str, Any]] = {}

    def add(action: dict[str, Any] | None, why: str) -> None:
        if action is not None:
            facts.setdefault(action["id"], {**action, "why": why})

    for named in shortcuts.get("actions") or []:
        add(action_fact(store, str(graphapi.iri_from_id(named["id"], "actie"))), "code")
    orgs = [a for a in shortcuts.get("actors") or [] if a.get("type") not in (None, "groep")]
    year = shortcuts.get("year")
    themes = {t["theme"]: t["label"] for t in lookup.names(store).themes
              if t["label"] and _names(question, t["label"]) and lookup.theme_used(store, t["theme"])}
    theme_ids = {short_id(t).removeprefix("theme/") for t in themes}
    if (orgs or themes or year) and not facts:
        names = [n for a in orgs for n in (a.get("label") or "", *(a.get("alts") or []))]
        terms = content_terms(question, names + list(themes.values()))
        org_ids = {a["id"] for a in orgs}
        rows: dict[str, dict[str, Any]] = {}
        if org_ids:
            sources = [{"actor": a["actor"]} for a in orgs]
        elif themes:
            sources = [{"theme": t} for t in themes]
        else:
            sources = [{}] if terms else []  # a bare year is a timeline, not an answer
        for source in sources:
            for r in lookup.pool(store, year=year, **source):
                rows.setdefault(r["action"], r)
        pool = [a for a in map(_candidate, rows.values()) if (not theme_ids or a["theme"] in theme_ids)
                and (year is None or active_in(a["period"], year))]
        if terms:
            pool = [a for a in pool if terms & _terms(a)]
        pool.sort(key=lambda a: (*_order(a, org_ids, year), a["id"]))
        for a in pool[:MAX_FACTS]:
            add(action_fact(store, a["iri"]), "organisation" if org_ids else "theme" if themes else "year")
    if not facts and results and _asks(question, "who") | _asks(question, "when") | _asks(question, "task"):
        top = results[0]
        row = _row_action(top if isinstance(top, dict) else top.to_dict())
        if row and row.startswith(str(graphapi.ID)):
            add(action_fact(store, row), "passage")
    about = docfacts.answer(store, question, results)  # 'wie ondertekende ...': the document comes first
    return about + [_public(f) for f in list(facts.values())[:MAX_FACTS]]


def _order(action: dict[str, Any], org_ids: set[str], year: int | None) -> tuple[Any, ...]:
    """What the named organisation leads first; then what the year is specifically about (due or starting
    that year, a period of its own rather than the document's span), narrow periods before broad ones."""
    period = action["period"]
    start, end = period.get("start_year"), period.get("end_year")
    span = (end - start) if start is not None and end is not None else 99
    pinned = year is not None and year in (start, end)
    return (not org_ids & set(action["lead_ids"]), "period_from_title" in action["flags"], not pinned, span,
            *period_order(action))


def _names(question: str, label: str) -> bool:
    return graphapi._name_pattern(label).search(question) is not None


def _row_action(result: dict[str, Any]) -> str | None:
    """The action whose own table row this passage is (its text opens with the action's code)."""
    text = result.get("text") or ""
    for action in result.get("actions") or []:
        code = action.get("code") or ""
        if code and graphapi.code_pattern(code).match(text):
            return str(action["id"])
    return None


def _public(fact: dict[str, Any]) -> dict[str, Any]:
    drop = {"lead_ids", "partner_ids", "description"}
    return {k: v for k, v in fact.items() if k not in drop}
