"""Bounded pages: a window of actions, an organisation's actions or documents, rows looked up by subject."""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

from rdflib import BNode, URIRef

from kg.errors import InvalidInput

PER_PAGE = 100
"""Rows per page when the request does not ask: the real corpus's timeline fits on two pages."""
MAX_PER_PAGE = 500
COUNT_CAP = 100
"""The organisations list counts an organisation's actions up to this many (more shows as '100+'): a busy
organisation's count would otherwise read all its actions on every view of the list. ui_actor_action_count
reads COUNT_CAP + 1 rows at most."""
MAX_SCAN = 2000
"""Rows of the window query read at most to fill one page after the filters SPARQL does not apply;
what is beyond is reported as `has_more`, so a page view never reads the whole store."""

KG = "https://w3id.org/nzkg/def#"
_TITLE = "http://purl.org/dc/terms/title"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
ROLE_PROPS = {f"{KG}{r}": r for r in ("lead", "partner", "involved", "commissioner", "support")}


@dataclass(frozen=True)
class Page:
    """Which page (1-based) of how many rows; `offset` is where it starts."""

    number: int = 1
    size: int = PER_PAGE

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    @classmethod
    def parse(cls, number: str | None, size: str | None) -> Page:
        """From request arguments ('pagina', 'per_pagina'); a bad value names itself and the limit."""
        n = _positive(number, "pagina", 100_000) if number else 1
        s = _positive(size, "per_pagina", MAX_PER_PAGE) if size else PER_PAGE
        return cls(n, s)

    def info(self, shown: int, has_more: bool, total: int | None = None) -> dict[str, Any]:
        """The paging fields every JSON answer carries."""
        return {"page": self.number, "per_page": self.size, "shown": shown, "has_more": has_more,
                "total": total}


def _positive(value: str, name: str, limit: int) -> int:
    if not value.strip().isdigit() or not 1 <= int(value) <= limit:
        raise InvalidInput(f"{name}={value[:20]!r} is geen geheel getal tussen 1 en {limit}")
    return int(value)


# --- rows by subject ------------------------------------------------------------------------------------

_CACHES: weakref.WeakKeyDictionary[Any, dict[str, dict[str, list[Any]]]] = weakref.WeakKeyDictionary()


def describe(store: Any, iri: str, cache: bool = False) -> dict[str, list[Any]]:
    """Predicate -> values of one subject (an IRI, or '_:id' for a blank node such as a period). Shared
    things (documents, actors, themes) are cached per opened store: a read-only store is one generation,
    and a new ingest opens a new one."""
    memo = _CACHES.setdefault(store, {}) if cache else None
    if memo is not None and iri in memo:
        return memo[iri]
    out: dict[str, list[Any]] = {}
    subject = BNode(iri[2:]) if iri.startswith("_:") else URIRef(iri)  # bound as a blank node it matches
    for r in store.select("ui_describe", subject=subject):
        values = out.setdefault(r["prop"], [])
        if r["o"] not in values:  # the union of graphs repeats a statement made in two of them
            values.append(r["o"])
    if memo is not None:
        if len(memo) > 20_000:
            memo.clear()
        memo[iri] = out
    return out


def _one(props: dict[str, list[Any]], *names: str) -> Any:
    for name in names:
        if props.get(name):
            return props[name][0]
    return None


def _label(store: Any, iri: str | None) -> str | None:
    if not iri:
        return None
    return _one(describe(store, iri, cache=True), _LABEL, _PREF, _TITLE)


def _current(store: Any, review: Any) -> list[str]:
    """The action a review is about now: it follows a new version of its document by name and code."""
    by = {"code": review.code} if review.code else {"title": review.title}
    return [str(r["action"]) for r in store.select("review_current_action", name=review.document, **by)]


def properties(store: Any, query: str, iri: str) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    """An action's values by property, and its period's, from a query binding prop, o and part."""
    p: dict[str, list[Any]] = {}
    period: dict[str, list[Any]] = {}
    for r in store.select(query, subject=URIRef(iri)):
        values = (period if r["part"] is not None else p).setdefault(r["prop"], [])
        if r["o"] not in values:  # the union of graphs repeats a statement made in two of them
            values.append(r["o"])
    return p, period


def action_row(store: Any, iri: str) -> dict[str, Any] | None:
    """One action in the row format of the timeline and exports (graphapi.all_actions' items, unreviewed)."""
    from kg.graphapi import _doc, _period, _theme, actor_slug, short_id

    p, period = properties(store, "ui_describe_action", iri)
    code = _one(p, f"{KG}code")
    if code is None:
        return None
    doc_iri = _one(p, f"{KG}document")
    doc = describe(store, doc_iri, cache=True) if doc_iri else {}
    theme_iri = _one(p, f"{KG}theme")
    leads = p.get(f"{KG}lead", [])
    flags = [str(f) for f in p.get(f"{KG}flag", [])]
    parties = [a for prop in ROLE_PROPS for a in p.get(prop, [])]
    row = {"periodText": _one(period, _LABEL), "startYear": _one(period, f"{KG}startYear"),
           "endYear": _one(period, f"{KG}endYear"), "qualifier": _one(period, f"{KG}qualifier"),
           "flags": "|".join(flags)}
    return {
        "id": short_id(iri), "code": code, "title": _one(p, _TITLE), "kind": _one(p, f"{KG}actionKind"),
        "document": _doc(doc_iri), "document_title": _one(doc, _TITLE),
        "document_name": _one(doc, f"{KG}name"), "page": _one(p, f"{KG}sourcePage"),
        "theme": _theme(theme_iri), "theme_label": _label(store, theme_iri),
        "period": _period(row), "lead": [x for x in (_label(store, a) for a in leads) if x],
        "lead_ids": [actor_slug(a) for a in leads],
        "actor_ids": list(dict.fromkeys(actor_slug(a) for a in parties)),
        "flags": flags,
    }


def scan(store: Any, query: str, keep: Any, page: Page, exact: bool = False,
         **bindings: Any) -> tuple[list[dict[str, Any]], bool]:
    """The rows of `page` among the window query's actions that `keep(item, row)` accepts, reading the query
    in chunks and at most MAX_SCAN rows past the page's start; returns (rows, has_more). `exact`: the query
    applies every filter itself, so the page starts at its offset in the query's answer (no rows before it
    are read); otherwise the rows before the page are read and filtered to know where it starts."""
    skip = 0 if exact else page.offset
    wanted = skip + page.size + 1  # one more than the page: whether there is a next page
    found: list[dict[str, Any]] = []
    seen: set[str] = set()
    start = raw = page.offset if exact else 0
    chunk = page.size + 1
    while len(found) < wanted:
        rows = store.select(query, limit=chunk, offset=raw, **bindings)
        raw += len(rows)
        for r in rows:
            key = f'{r["action"]} {r.get("role") or ""}'  # one row per role an organisation has in it
            if key in seen:
                continue
            seen.add(key)
            item = action_row(store, r["action"])
            if item is not None and keep(item, r):
                found.append(item)
        if len(rows) < chunk or raw - start >= skip + MAX_SCAN:
            break
    has_more = len(found) >= wanted or (raw - start >= skip + MAX_SCAN and len(found) < wanted)
    return found[skip:skip + page.size], has_more


def documents(store: Any, page: Page) -> tuple[list[dict[str, Any]], int]:
    """One page of documents in the list's row format (graphapi.list_documents), sorted by title within
    the page; with the number of documents in the store."""

    total = store.select("ui_count_documents")[0]["n"]
    out = [row for r in store.select("ui_window_documents", limit=page.size, offset=page.offset)
           if (row := document_row(store, r["doc"])) is not None]
    out.sort(key=lambda d: (d["title"] is None, d["title"] or "", d["doc"]))
    return out, int(total)


def document_row(store: Any, iri: str) -> dict[str, Any] | None:
    """One document in the list's row format, looked up by its IRI; None when the store holds no such one."""
    from kg.graphapi import short_id

    d = describe(store, iri, cache=True)
    if f"{KG}Document" not in d.get("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", []):
        return None
    count = store.select("ui_document_action_count", doc=URIRef(iri))
    return {"doc": iri, "title": _one(d, _TITLE), "name": _one(d, f"{KG}name"),
            "fileName": _one(d, f"{KG}fileName"), "pageCount": _one(d, f"{KG}pageCount"),
            "summary": _one(d, f"{KG}extractionSummary"), "actions": count[0]["actions"] if count else 0,
            "id": short_id(iri).removeprefix("doc/")}


_ORGANISATIONS: weakref.WeakKeyDictionary[Any, dict[bool, list[dict[str, Any]]]] = weakref.WeakKeyDictionary()


def organisations(store: Any, page: Page, idle: bool = False) -> dict[str, Any]:
    """One page of the organisations list by name: those that take part in an action, each with its number
    of actions (counted for this page's organisations only, up to COUNT_CAP), or with `idle` those that take
    part in none. The list itself (one lookup per organisation of the register) is read once per opened
    store, like actor_choices."""
    from kg.graphapi import actor_slug

    lists = _ORGANISATIONS.setdefault(store, {})
    if idle not in lists:  # as many as the register holds, in order: read once per opened store
        lists[idle] = store.select("ui_window_actors_idle" if idle else "ui_window_actors")
    rows = lists[idle][page.offset:page.offset + page.size]
    out = []
    for r in rows:
        count = [] if idle else store.select("ui_actor_action_count", actor=URIRef(r["actor"]))
        n = int(count[0]["actions"]) if count else 0
        out.append({"actor": r["actor"], "label": r["label"], "type": r.get("type"), "tooi": r.get("tooi"),
                    "actions": min(n, COUNT_CAP), "more_actions": n > COUNT_CAP,
                    "id": actor_slug(r["actor"])})
    total = len(lists[idle])
    return {"actors": out, "idle": idle, "paging": page.info(len(out), page.offset + len(out) < total, total)}


def themes(store: Any) -> list[tuple[str | None, str | None]]:
    """(id, label) of every theme, for the timeline's filter."""
    from kg.graphapi import _theme

    return sorted({(_theme(r["theme"]), r["label"]) for r in store.select("ui_themes")}, key=str)


# --- pages ----------------------------------------------------------------------------------------------

def _reviewed(store: Any, items: list[dict[str, Any]]) -> tuple[list[Any], list[dict[str, Any]]]:
    from kg.reviews import apply as reviewed
    from kg.reviews.record import load_reviews

    reviews = load_reviews(store)
    return reviews, reviewed.action_rows(items, reviews) if reviews else [dict(i, review=None) for i in items]


def timeline(store: Any, year: int | None = None, actor: str | None = None, theme: str | None = None,
             inherited: bool = False, page: Page | None = None) -> dict[str, Any]:
    """graphapi.timeline, one page at a time: the most selective filter picks the window query (an
    organisation, a theme, a year, else all actions), the others are applied to its rows."""
    from kg.graphapi import active_in, iri_from_id, period_order
    from kg.reviews import apply as reviewed

    page = page or Page()
    bind: dict[str, Any]
    if actor is not None:
        query, bind = "ui_window_actor", {"actor": iri_from_id(f"actor/{actor}", "organisatie")}
    elif theme is not None:
        query, bind = "ui_window_theme", {"theme": iri_from_id(f"theme/{theme}", "thema")}
    elif year is not None:
        query, bind = "ui_window_year", {"year": year}
    else:
        query, bind = "ui_window_actions", {}
    reviews = _reviewed(store, [])[0]

    def keep(item: dict[str, Any], _row: dict[str, Any]) -> bool:
        item.update(reviewed.action_rows([item], reviews)[0] if reviews else {"review": None})
        return not (item["review"] and item["review"]["verdict"] == "wrong") \
            and (actor is None or actor in item["actor_ids"]) and (theme is None or item["theme"] == theme) \
            and (year is None or active_in(item["period"], year))

    # Exact paging when the window query itself is the only filter (review verdicts aside).
    filters = [actor, theme, year]
    exact = sum(f is not None for f in filters) <= 1
    items, has_more = scan(store, query, keep, page, exact=exact, **bind)
    items.sort(key=period_order)
    dated = [i for i in items if i["period"]["start_year"] or i["period"]["end_year"]]
    years = sorted({y for i in dated for y in (i["period"]["start_year"], i["period"]["end_year"]) if y})
    apart = [] if inherited else [i for i in items if i["period"]["inherited"]]
    items = [i for i in items if i not in apart]
    due = [i for i in items if year is not None and i["period"]["end_year"] == year]
    return {"items": items, "inherited": apart, "undated": [i for i in items if i not in dated],
            "due": [i["id"] for i in due],
            "axis": {"min": years[0] if years else None, "max": years[-1] if years else None},
            "themes": themes(store), "paging": page.info(len(items) + len(apart), has_more),
            "filters": {"jaar": year, "actor": actor, "theme": theme, "inherited": inherited}}


def actions(store: Any, page: Page | None = None) -> dict[str, Any]:
    """All actions, one page at a time, in the store's order (graphapi.all_actions' rows, reviewed)."""
    page = page or Page()
    items, has_more = scan(store, "ui_window_actions", lambda _i, _r: True, page, exact=True)
    rows = _reviewed(store, items)[1]
    return {"actions": rows, **page.info(len(rows), has_more)}


def actor_page(store: Any, slug: str, role: str | None = None, theme: str | None = None,
               year: int | None = None, document: str | None = None,
               page: Page | None = None) -> dict[str, Any]:
    """graphapi.actor_page, one page at a time; the filter lists (facets) come from the rows shown."""
    from kg.errors import NotFound
    from kg.graphapi import ROLES, _years, active_in, iri_from_id, period_order
    from kg.reviews import apply as reviewed

    page = page or Page()
    iri = iri_from_id(f"actor/{slug}", "organisatie")
    info = store.select("ui_actor", actor=iri)
    if not info:
        raise NotFound(f"organisatie {slug!r} niet gevonden")
    if role is not None and role not in ROLES:
        raise InvalidInput(f"onbekende rol {role!r}; kies uit {', '.join(ROLES)}")
    alts = [a for a in (info[0].get("alts") or "").split("|") if a]

    def keep(item: dict[str, Any], row: dict[str, Any]) -> bool:
        item["role"] = row["role"]
        in_doc = document is None or item["document"] == document
        return in_doc and (theme is None or item["theme"] == theme) \
            and (year is None or active_in(item["period"], year))

    exact = theme is None and year is None and document is None
    items, has_more = scan(store, "ui_window_actor", keep, page, exact=exact, actor=iri, role=role)
    fields = ("id", "code", "title", "kind", "role", "period", "document", "document_title", "document_name",
              "page", "theme", "theme_label")
    items = [{k: i[k] for k in fields} for i in items]
    reviews = _reviewed(store, [])[0]
    if reviews:  # a reviewer's correction moves the action to (or off) this organisation's page
        now = [iri for r in reviews for iri in _current(store, r)]
        rows = [row for iri in now if (row := action_row(store, iri)) is not None]
        items = reviewed.actor_items(str(iri), items, reviews, _reviewed(store, rows)[1])
        items = [i for i in items if role is None or i["role"] == role]
    items.sort(key=lambda i: (ROLES.index(i["role"]), *period_order(i)))
    facets = {
        "roles": sorted({i["role"] for i in items} | ({role} if role else set()), key=ROLES.index),
        "themes": sorted({(i["theme"], i["theme_label"]) for i in items if i["theme"]}, key=str),
        "years": sorted({y for i in items for y in _years(i["period"])}),
        "documents": sorted({(i["document"], i["document_title"]) for i in items}, key=str),
    }
    return {"actor": dict(info[0], id=slug, iri=str(iri), alts=alts), "items": items, "facets": facets,
            "paging": page.info(len(items), has_more),
            "filters": {"role": role, "theme": theme, "year": year, "document": document}}


_CHOICES: weakref.WeakKeyDictionary[Any, list[dict[str, Any]]] = weakref.WeakKeyDictionary()


def actor_choices(store: Any) -> list[dict[str, Any]]:
    """Every organisation (id, label) for a filter's list, once per opened store: as many as the register
    holds, counted nowhere (a count of actions per organisation reads every action)."""
    if store not in _CHOICES:
        from kg.graphapi import actor_slug

        rows = {actor_slug(r["actor"]): r["label"] for r in store.select("ui_actor_names")}
        ordered = sorted(rows.items(), key=lambda kv: kv[1].lower())
        _CHOICES[store] = [{"id": k, "label": v} for k, v in ordered]
    return _CHOICES[store]
