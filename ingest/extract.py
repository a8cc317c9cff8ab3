"""What the graph needs from one document: table rows, agreements, commitments and the actors named."""

from __future__ import annotations

import logging
from typing import Any

from ingest.model import Action, ActorRef, Extraction, ParsedDocument
from ingest.tables import extract_tables, has_coded_tables

log = logging.getLogger(__name__)


def _resolver() -> Any:
    from ingest.actors import ActorResolver
    return ActorResolver.default()


def _optional(module: str, func: str, doc: ParsedDocument, resolver: Any) -> list[Action]:
    """Call an extractor that is written by another part of the team; absent modules contribute nothing."""
    try:
        mod = __import__(f"ingest.{module}", fromlist=[func])
    except ImportError:
        return []
    fn = getattr(mod, func, None)
    return list(fn(doc, resolver)) if fn else []


def _merge(actions: list[Action]) -> list[Action]:
    """One action per code; a later duplicate only fills what the first one left empty."""
    by_code: dict[str, Action] = {}
    for a in actions:
        first = by_code.get(a.code)
        if first is None:
            by_code[a.code] = a
            continue
        if not first.roles:
            first.roles = a.roles
        if first.period is None:
            first.period = a.period
        if not first.description:
            first.description = a.description
        known = {(d.kind, d.target_code) for d in first.dependencies}
        first.dependencies += [d for d in a.dependencies if (d.kind, d.target_code) not in known]
    return list(by_code.values())


def _drop_dangling(actions: list[Action]) -> None:
    """Keep dependencies on actions of this document (never the action itself) and part_of/related links
    to a named programme ("Uitvoeringsagenda NOVEX-MRA"), whose target_code is then that name."""
    from ingest.dependencies import is_code

    codes = {a.code for a in actions}
    for a in actions:
        a.dependencies = [d for d in a.dependencies if d.target_code != a.code and (
            d.target_code in codes or (d.kind in ("part_of", "related") and not is_code(d.target_code)))]


def _groups_involved(actions: list[Action]) -> None:
    """A group word ("diverse ministeries", "gemeenten") names no body that can lead or sign: it stays in
    the roles (ActorRef kind="group") as involved, so lead and partner lists hold organisations only."""
    for a in actions:
        for r in a.roles:
            if r.actor.kind == "group" and r.role in ("lead", "partner"):
                r.role = "involved"
        seen: set[tuple[str, str]] = set()
        a.roles = [r for r in a.roles if (r.actor.key, r.role) not in seen
                   and not seen.add((r.actor.key, r.role))]  # type: ignore[func-returns-value]


def extract_document(doc: ParsedDocument, resolver: Any = None) -> Extraction:
    """Run every extractor on one parsed document and merge their actions by code."""
    resolver = resolver if resolver is not None else _resolver()
    actions: list[Action] = []
    if has_coded_tables(doc):
        actions += extract_tables(doc, resolver)
    actions += _optional("agreements", "extract_agreements", doc, resolver)
    actions += _optional("commitments", "extract_commitments", doc, resolver)
    actions = _merge(actions)
    try:
        from ingest.dependencies import link_sleutelprojecten
    except ImportError:  # written in parallel by the agreements engineer
        pass
    else:
        link_sleutelprojecten(actions)
    _drop_dangling(actions)
    _groups_involved(actions)
    actors: dict[str, ActorRef] = {}
    for page in doc.pages:
        for ref in resolver.find(page.text):
            actors.setdefault(ref.key, ref)
    for a in actions:
        for r in a.roles:
            actors.setdefault(r.actor.key, r.actor)
    return Extraction(actions=actions, actors=list(actors.values()))
