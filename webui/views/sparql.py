"""/sparql: the SPARQL 1.1 Protocol (GET and POST, read-only) and an HTML console for people."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, render_template, request

from kg import graphapi
from kg.errors import InvalidInput
from webui.resources import resources

bp = Blueprint("sparql", __name__)


def _query_from_request() -> str | None:
    if request.method == "GET":
        return request.args.get("query")
    mime = (request.mimetype or "").lower()
    if mime == "application/sparql-query":
        return request.get_data(as_text=True)
    if mime in ("application/x-www-form-urlencoded", "multipart/form-data"):
        if "update" in request.form:
            raise InvalidInput("alleen lezen: SPARQL-updates zijn niet toegestaan")
        return request.form.get("query")
    if mime == "application/sparql-update":
        raise InvalidInput("alleen lezen: SPARQL-updates zijn niet toegestaan")
    raise InvalidInput(f"niet ondersteund Content-Type {mime!r}: gebruik een formulier of "
                       "application/sparql-query")


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Any:
    if request.method == "GET" and "update" in request.args:
        raise InvalidInput("alleen lezen: SPARQL-updates zijn niet toegestaan")
    query = _query_from_request()
    accept = request.headers.get("Accept", "")
    wants_html = request.accept_mimetypes.best == "text/html" or request.args.get("format") == "html"
    if query is None:
        if wants_html or request.method == "GET":
            return render_template("sparql.html", examples=graphapi.sparql_examples(), query=None)
        raise InvalidInput("geen query meegegeven (parameter 'query')")
    if wants_html:
        # The console: run as JSON and render a table, so errors come back on the same page.
        return _console(query)
    result = resources().sparql.run(query, accept)
    response = Response(result.body, content_type=result.content_type)
    if result.truncated:
        limit = resources().settings.sparql_max_rows
        response.headers["X-KG-Truncated"] = f"meer dan {limit} rijen; afgekapt"
    return response


def _console(query: str) -> tuple[str, int]:
    import json

    from kg.errors import KgError

    examples = graphapi.sparql_examples()
    try:
        result = resources().sparql.run(query, "application/sparql-results+json")
    except KgError as exc:
        return render_template("sparql.html", examples=examples, query=query, error=str(exc)), 400
    data: dict[str, Any] = {}
    if result.content_type.startswith("application/sparql-results+json"):
        data = json.loads(result.body)
    else:
        data = {"text": result.body.decode("utf-8", "replace")}
    return render_template("sparql.html", examples=examples, query=query, data=data,
                           truncated=result.truncated), 200
