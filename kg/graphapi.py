"""Identifiers, periods and the pages read by subject: an action, a document, what a question names (dicts);
the lists a page at a time are in kg.window, the dependency network in kg.network."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any, Protocol

from rdflib import URIRef

from kg.config import Settings
from kg.errors import InvalidInput, NotFound
from kg.resources import QUERIES
from kg.reviews import apply as reviewed
from kg.reviews.record import load_reviews
from kg.vocab import ID

ROLES = ("lead", "partner", "involved", "commissioner", "support")
_ID_RE = re.compile(r"^[A-Za-z0-9._~/-]{1,300}$")


class Selectable(Protocol):
    def select(self, query_name: str, **bindings: Any) -> list[dict[str, Any]]: ...


def open_graph(settings: Settings) -> Selectable:
    """The store, read-only (kg.store.GraphStore, or the remote store when the backend is a URL)."""
    from kg.store import open_store

    return open_store(settings, read_only=True)  # type: ignore[no-any-return]


# --- identifiers in URLs ---------------------------------------------------------------------------

def short_id(iri: str | None) -> str:
    """The part of a project IRI after the id namespace ('doc/abc/action/gl-1'); other IRIs unchanged."""
    if not iri:
        return ""
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def actor_slug(iri: str) -> str:
    return short_id(iri).removeprefix("actor/")


def _doc(iri: str | None) -> str:
    return short_id(iri).removeprefix("doc/")


def _theme(iri: str | None) -> str | None:
    return short_id(iri).removeprefix("theme/") or None


def iri_from_id(value: str, kind: str) -> URIRef:
    """A project IRI from a short id or a full IRI in our namespace; anything else is refused."""
    value = value.strip()
    if value.startswith(str(ID)):
        value = value[len(str(ID)):]
    if not _ID_RE.match(value) or ".." in value:
        raise InvalidInput(f"ongeldige {kind}-id: {value[:80]!r}")
    return URIRef(str(ID) + value)


# --- periods -----------------------------------------------------------------------------------------

# A period the extraction took from a section heading or the document's title is the span of that whole
# text, not a date of this action: shown as such and kept out of "due in YEAR" unless asked for.
INHERITED_FLAGS = {"period_from_section": "section", "period_from_title": "document"}


def _period(row: dict[str, Any]) -> dict[str, Any]:
    flags = (row.get("flags") or "").split("|")
    inherited = next((INHERITED_FLAGS[f] for f in flags if f in INHERITED_FLAGS), None)
    return {"text": row.get("periodText"), "start_year": row.get("startYear"), "end_year": row.get("endYear"),
            "qualifier": row.get("qualifier"), "inherited": inherited}


def active_in(period: dict[str, Any], year: int) -> bool:
    """Whether an action runs (or is due) in `year`: open ends count as running ('vanaf', 'uiterlijk')."""
    start, end = period.get("start_year"), period.get("end_year")
    if start is None and end is None:
        return False
    return (start is None or start <= year) and (end is None or year <= end)


def natural_key(code: str | None) -> list[Any]:
    """'BZ 2' before 'BZ 10': digits compare as numbers."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", code or "")]


def _first_year(period: dict[str, Any]) -> int:
    return period.get("start_year") or period.get("end_year") or 9999


def period_order(item: dict[str, Any]) -> tuple[int, int, list[Any]]:
    """By first year, then last year (open ends last), then code in natural order; undated at the end."""
    period = item["period"]
    return _first_year(period), period.get("end_year") or 9999, natural_key(item["code"])


def _years(period: dict[str, Any]) -> range:
    start, end = period.get("start_year"), period.get("end_year")
    if start is None and end is None:
        return range(0)
    first = int(start if start is not None else end)  # type: ignore[arg-type]
    last = int(end if end is not None else start)  # type: ignore[arg-type]
    return range(first, min(last, first + 30) + 1)


# --- actions -----------------------------------------------------------------------------------------

def action_page(store: Selectable, action_id: str) -> dict[str, Any]:
    """One action/agreement: fields, parties with roles, period, source, dependencies both ways."""
    iri = iri_from_id(action_id, "actie")
    rows = store.select("ui_action", action=iri)
    if not rows:
        raise NotFound(f"actie {action_id!r} niet gevonden")
    r = rows[0]
    roles = [dict(p, id=actor_slug(p["actor"]), known=not p.get("review"))
             for p in store.select("ui_action_roles", action=iri)]
    out = [{"kind": d.get("kind"), "code": d.get("targetCode"), "id": short_id(d.get("target")) or None,
            "title": d.get("targetTitle"), "quote": d.get("quote")}
           for d in store.select("ui_action_dependencies", action=iri)]
    inc = [{"kind": d.get("kind"), "code": d.get("sourceCode"), "id": short_id(d["source"]),
            "title": d.get("sourceTitle"), "quote": d.get("quote")}
           for d in store.select("ui_action_dependents", action=iri)]
    # "related" has no direction: its own group, once per other action, whichever side stated it.
    related = {(d["id"] or d["code"]): d for d in [*out, *inc] if d["kind"] == "related"}
    out = [d for d in out if d["kind"] != "related"]
    inc = [d for d in inc if d["kind"] != "related"]
    page = {
        "id": short_id(str(iri)), "iri": str(iri), "code": r["code"], "title": r.get("title"),
        "description": r.get("description"), "kind": r.get("kind"), "confidence": r.get("confidence"),
        "flags": [f for f in (r.get("flags") or "").split("|") if f],
        "theme": {"id": short_id(r.get("theme")).removeprefix("theme/") or None, "label": r.get("themeLabel"),
                  "notation": r.get("themeNotation")},
        "period": _period(r),
        "source": {"document": _doc(r.get("doc")), "document_title": r.get("docTitle"),
                   "name": r.get("docName"), "page": r.get("page"), "quote": r.get("quote")},
        "roles": roles, "depends_on": out, "dependents": inc,
        "related": sorted(related.values(), key=lambda d: natural_key(d["code"])),
    }
    return reviewed.action_page(page, load_reviews(store), r.get("docName"))


# --- search shortcuts ---------------------------------------------------------------------------------

_YEAR_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


@lru_cache(maxsize=8192)  # hundreds of names and codes: more than re's own cache holds
def _name_pattern(name: str) -> re.Pattern[str]:
    """A name as whole words, any case and spacing; never the letters of an action code ('AZ' of 'AZ 1')."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(rf"(?<![\w&]){words}(?![\w&])(?!\s*\d)", re.I)


@lru_cache(maxsize=8192)
def code_pattern(code: str) -> re.Pattern[str]:
    """An action code as typed or printed: 'ES 5A' also as 'es5a', 'ES 5 A'; 'HS 1' never inside 'HS 12'."""
    parts = re.findall(r"[^\W\d_]+|\d+", code)
    return re.compile(r"(?<!\w)" + r"[\s.]*".join(re.escape(p) for p in parts) + r"(?!\w)", re.I)


def search_shortcuts(store: Selectable, q: str, limit: int = 8) -> dict[str, Any]:
    """What a question names directly: organisations (label or other name), actions (code or labelled
    title such as 'uitvoeringsafspraak B') and a year. Index lookups on what it names (kg.lookup), never a
    read of every action or organisation's actions."""
    from kg import lookup

    needle = " ".join(q.split()).lower()
    year = _YEAR_RE.search(q)
    out: dict[str, Any] = {"actors": [], "actions": [], "year": int(year.group(1)) if year else None}
    if not needle:
        return out
    known = lookup.names(store)
    actors = []
    for r in known.actors:
        names = [r["label"], *[a for a in (r.get("alts") or "").split("|") if a]]
        typed = len(needle) >= 3 and needle in r["label"].lower()
        if not typed and not any(len(n) >= 2 and _name_pattern(n).search(q) for n in names):
            continue
        info = store.select("ui_actor", actor=URIRef(r["actor"]))
        kind = info[0].get("type") if info else None
        # Groups ('Gemeenten', 'Partners') are ordinary words in a question: only a typed name finds them.
        if typed or kind not in (None, "groep"):
            actors.append({"actor": r["actor"], "label": r["label"], "type": kind,
                           "tooi": info[0].get("tooi") if info else None,
                           "actions": lookup.actor_count(store, r["actor"]), "id": actor_slug(r["actor"])})
    actors.sort(key=lambda a: (-a["actions"], a["label"]))  # the busiest first, as the organisations list
    named = lookup.actions_named(store, q, lambda code: code_pattern(code).search(q),
                                 lambda label: _name_pattern(label).search(q))
    named.sort(key=lambda r: (natural_key(r["code"]), r.get("startYear") is not None, r.get("startYear") or 0,
                              r["action"]))
    from kg import window

    rows = [row for r in named[:limit] if (row := window.action_row(store, r["action"])) is not None]
    out.update(actors=actors[:limit], actions=reviewed.action_rows(rows, load_reviews(store)))
    return out


def document_titles(store: Selectable, doc_ids: list[str]) -> dict[str, str | None]:
    """Document id -> title for the documents of a page of search results (index lookups, cached)."""
    from kg import lookup

    out: dict[str, str | None] = {}
    for doc_id in dict.fromkeys(doc_ids):
        if doc_id and _ID_RE.match(f"doc/{doc_id}"):
            row = lookup.document(store, f"{ID}doc/{doc_id}")
            out[doc_id] = row["title"] if row else None
    return out


# --- documents ----------------------------------------------------------------------------------------

def document_page(store: Selectable, doc_id: str) -> dict[str, Any]:
    """A document's pages with the extracted facts per page (for highlighting their source words); the
    document by its id or else by its file stem, both looked up, never the whole list."""
    from kg.window import document_row

    row = None
    if _ID_RE.match(f"doc/{doc_id}") and ".." not in doc_id:
        row = document_row(store, f"{ID}doc/{doc_id}")
    if row is None:
        by_name = store.select("ui_document_by_name", name=doc_id)
        row = document_row(store, str(by_name[0]["doc"])) if by_name else None
    if row is None:
        iri_from_id(f"doc/{doc_id}", "document")  # refuses malformed ids with 400 rather than 404
        raise NotFound(f"document {doc_id!r} niet gevonden")
    iri = iri_from_id(f"doc/{row['id']}", "document")
    facts = [dict(f, id=short_id(f["action"])) for f in store.select("ui_document_facts", doc=iri)]
    by_page: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for f in facts:
        if f.get("page") is not None:
            by_page[f["page"]].append(f)
    pages = [{"number": p["number"], "text": p.get("text") or "", "facts": by_page.get(p["number"], [])}
             for p in store.select("ui_document_pages", doc=iri)]
    return {"document": row, "pages": pages, "facts": facts}


def sparql_examples() -> list[dict[str, str]]:
    """The saved example queries shown in the SPARQL console (kg/queries/ui_example_*.rq)."""
    out = []
    for path in sorted(QUERIES.iterdir(), key=lambda p: p.name):
        stem = path.name.removesuffix(".rq")
        if not (stem.startswith("ui_example_") and path.name.endswith(".rq")):
            continue
        text = path.read_text(encoding="utf-8")
        title = text.splitlines()[0].lstrip("# ").strip() if text.startswith("#") else stem
        out.append({"name": stem.removeprefix("ui_example_"), "title": title, "query": text})
    return out
