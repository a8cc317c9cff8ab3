"""HTML pages: search, organisations, actions, timeline, dependencies, documents."""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, render_template, request

from kg import facts, graphapi, window
from kg import network as kg_network
from kg.errors import InvalidInput
from webui.auth import current_reviewer
from webui.resources import resources
from webui.views.markup import highlight_quotes, highlight_terms, neighbourhood_svg, network_svg, timeline_svg

bp = Blueprint("pages", __name__)
MAX_Q = 500
_DOC_IN_IRI = re.compile(r"/doc/([0-9a-f]{8,64})(?:/|$)")


def arg_year(name: str = "jaar") -> int | None:
    value = request.args.get(name, "").strip()
    if not value:
        return None
    if not value.isdigit() or not 1900 <= int(value) <= 2100:
        raise InvalidInput(f"{name}={value[:20]!r} is geen jaartal tussen 1900 en 2100")
    return int(value)


def arg_text(name: str, limit: int = 200) -> str | None:
    value = request.args.get(name, "").strip()
    if len(value) > limit:
        raise InvalidInput(f"{name} is {len(value)} tekens; maximaal {limit}")
    return value or None


def search_data(q: str, k: int = 10) -> dict[str, Any]:
    """The graph's answer (facts), then passages from the search index, plus the organisations, actions and
    year the question names."""
    res = resources()
    shortcuts = graphapi.search_shortcuts(res.graph, q)
    searcher = res.searcher if q else None
    results = []
    if searcher is not None:
        found = [r.to_dict() if hasattr(r, "to_dict") else dict(r) for r in searcher.search(q, k=k)]
        ids = [m.group(1) if (m := _DOC_IN_IRI.search(d.get("passage") or "")) else None for d in found]
        titles = graphapi.document_titles(res.graph, [i for i in ids if i])
        for d, doc_id in zip(found, ids, strict=True):
            d["doc_id"] = doc_id or d.get("document")
            d["document_title"] = titles.get(doc_id or "") or d.get("document")
            d["actors"] = [dict(a, slug=graphapi.actor_slug(a["id"])) for a in d.get("actors") or []]
            d["actions"] = [dict(a, short=graphapi.short_id(a["id"])) for a in d.get("actions") or []]
            results.append(d)
    answer = facts.answer(res.graph, q, results, dict(shortcuts)) if q else []
    thesaurus = getattr(searcher, "thesaurus", None)
    return {"q": q, **shortcuts, "facts": answer, "results": results,
            "expanded": thesaurus.alternatives(q) if thesaurus is not None else [],
            "search_error": res.search_error if q and searcher is None else None}


@bp.get("/")
@bp.get("/search")
def search() -> str:
    q = arg_text("q", MAX_Q) or ""
    data = search_data(q)
    codes = [a["code"] for a in data["actions"]]
    for r in data["results"]:
        r["marked"] = highlight_terms(r.get("text") or "", q, codes)
        # The sentence also marks the thesaurus words it was found by ('warmtenet' for 'stadsverwarming').
        wider = " ".join([q, *data["expanded"]])
        r["sentence_marked"] = highlight_terms(r["sentence"], wider, codes) if r.get("sentence") else ""
    # Honest about a semantic-only answer: none of the passages contains a word of the question.
    unmatched = bool(data["results"]) and not any("<mark>" in r["marked"] for r in data["results"])
    return render_template("search.html", **data, unmatched=unmatched)


def arg_page() -> window.Page:
    """Which page of a long list ('pagina', 'per_pagina'): every list is answered a bounded page at a time."""
    return window.Page.parse(request.args.get("pagina"), request.args.get("per_pagina"))


def actors_data() -> dict[str, Any]:
    """A page of the organisations that take part in actions ('zonder_acties=1': of those that do not)."""
    return window.organisations(resources().graph, arg_page(), idle=request.args.get("zonder_acties") == "1")


@bp.get("/organisaties")
def actors() -> str:
    return render_template("actors.html", **actors_data())


def actor_data(slug: str) -> dict[str, Any]:
    return window.actor_page(resources().graph, slug, role=arg_text("rol", 20), theme=arg_text("thema"),
                             year=arg_year("jaar"), document=arg_text("document"), page=arg_page())


@bp.get("/actor/<slug>")
def actor(slug: str) -> str:
    filters = {k: v for k, v in request.args.items() if k in ("rol", "thema", "jaar", "document") and v}
    return render_template("actor.html", **actor_data(slug), query=filters)


def action_data(action_id: str) -> dict[str, Any]:
    return graphapi.action_page(resources().graph, action_id)


@bp.get("/action/<path:action_id>")
def action(action_id: str) -> str:
    data = action_data(action_id)
    actors = window.actor_choices(resources().graph) if current_reviewer() else []  # the review form's list
    return render_template("action.html", a=data, svg=neighbourhood_svg(data), actors=actors)


def timeline_data() -> dict[str, Any]:
    return window.timeline(resources().graph, year=arg_year("jaar"), actor=arg_text("organisatie"),
                           theme=arg_text("thema"), inherited=request.args.get("looptijd") == "1",
                           page=arg_page())


@bp.get("/tijdlijn")
def timeline() -> str:
    data = timeline_data()
    actors = window.actor_choices(resources().graph)
    return render_template("timeline.html", **data, actors=actors,
                           svg=timeline_svg(data["items"], data["filters"]["jaar"]))


def dependency_data() -> dict[str, Any]:
    """A page of dependency statements (of one document with 'document'); with 'van'/'naar' the network
    around those actions instead, walked from them, with the path between them or the one action's reach."""
    store = resources().graph
    start, goal = arg_text("van", 300), arg_text("naar", 300)
    chosen = [s for s in (start, goal) if s]
    network = (kg_network.around(store, chosen) if chosen
               else kg_network.page(store, arg_page(), document=arg_text("document")))
    # The walk names the chosen actions by their short ids: the path and reach are read in those.
    start, goal = (kg_network.short(s) if s else s for s in (start, goal))
    path = kg_network.path(network, start, goal) if start and goal else None
    # One end alone: that action's network both ways; nothing chosen on a submitted form: say what to choose.
    one = start or goal if not (start and goal) else None
    reach = kg_network.reach(network, one) if one else None
    asked = ("van" in request.args or "naar" in request.args) and not (start or goal)
    return {"network": network, "van": start, "naar": goal, "path": path, "reach": reach,
            "choose_hint": asked, "paging": network.get("paging")}


@bp.get("/afhankelijkheden")
def dependencies() -> str:
    data = dependency_data()
    on_path = {s["from"] for s in data["path"] or []} | {s["to"] for s in data["path"] or []}
    on_path |= set(data["reach"]["members"]) if data["reach"] else set()
    nodes = {n["id"]: n for n in data["network"]["nodes"]}
    return render_template("dependencies.html", **data, nodes=nodes,
                           svg=network_svg(data["network"], on_path))


def documents_data() -> dict[str, Any]:
    page = arg_page()
    rows, total = window.documents(resources().graph, page)
    return {"documents": rows, "paging": page.info(len(rows), page.offset + len(rows) < total, total)}


@bp.get("/documenten")
def documents() -> str:
    return render_template("documents.html", **documents_data())


@bp.get("/document/<doc_id>")
def document(doc_id: str) -> str:
    data = graphapi.document_page(resources().graph, doc_id)
    for page in data["pages"]:
        page["marked"] = highlight_quotes(page["text"], [f.get("quote") or "" for f in page["facts"]])
    return render_template("document.html", **data)
