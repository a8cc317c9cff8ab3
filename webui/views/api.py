"""Every page's data as JSON under /api/..."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify

from kg import graphapi, window
from webui.resources import resources
from webui.views.pages import (
    MAX_Q,
    action_data,
    actor_data,
    actors_data,
    arg_page,
    arg_text,
    dependency_data,
    documents_data,
    search_data,
    timeline_data,
)

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search() -> Any:
    data = search_data(arg_text("q", MAX_Q) or "")
    return jsonify(data)


@bp.get("/actors")
def actors() -> Any:
    data = actors_data()
    return jsonify({**data, **data["paging"]})


@bp.get("/actor/<slug>")
def actor(slug: str) -> Any:
    data = actor_data(slug)
    return jsonify({**data, **data["paging"]})


@bp.get("/action/<path:action_id>")
def action(action_id: str) -> Any:
    return jsonify(action_data(action_id))


@bp.get("/actions")
def actions() -> Any:
    return jsonify(window.actions(resources().graph, arg_page()))


@bp.get("/timeline")
def timeline() -> Any:
    data = timeline_data()
    return jsonify({**data, **data["paging"]})


@bp.get("/dependencies")
def dependencies() -> Any:
    data = dependency_data()
    return jsonify({**data, **(data["paging"] or {})})


@bp.get("/documents")
def documents() -> Any:
    data = documents_data()
    return jsonify({"documents": data["documents"], **data["paging"]})


@bp.get("/document/<doc_id>")
def document(doc_id: str) -> Any:
    return jsonify(graphapi.document_page(resources().graph, doc_id))


@bp.get("/sparql/examples")
def sparql_examples() -> Any:
    return jsonify({"examples": graphapi.sparql_examples()})
