"""Downloads: all actions and one organisation's actions as CSV (Excel-friendly), the graph as RDF."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from flask import Blueprint, Response, stream_with_context

from kg import window
from webui.i18n import ROLE_LABELS
from webui.resources import resources
from webui.views.pages import arg_text, arg_year

bp = Blueprint("export", __name__)
BOM = "\ufeff"  # Excel only reads UTF-8 correctly with it
EXPORT_WINDOW = 500  # rows read per step of a streamed download


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # Untrusted text must not become an Excel formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_text(header: list[str], rows: list[list[Any]]) -> str:
    """Semicolon-separated (Dutch Excel), every field quoted when needed, with a BOM (no header row when
    `header` is empty: a later chunk of a streamed download)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    if header:
        writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return BOM + buf.getvalue()


def _download(body: str | bytes, mimetype: str, name: str) -> Response:
    disposition = f'attachment; filename="{name}"'
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": disposition})


def _period(p: dict[str, Any]) -> list[Any]:
    return [p.get("text"), p.get("start_year"), p.get("end_year")]


@bp.get("/export/actions.csv")
def actions_csv() -> Response:
    from kg.export import write_actions

    out = io.StringIO()
    write_actions(resources().settings, "csv", out)
    text = out.getvalue()
    return _download(text if text.startswith(BOM) else BOM + text, "text/csv", "acties.csv")


@bp.get("/export/actor/<slug>.csv")
def actor_csv(slug: str) -> Response:
    """Every row of the organisation's page (its filters apply: rol, jaar, thema, document), streamed one
    window of rows at a time, so a large organisation's download neither waits for nor holds all of them."""
    args: dict[str, Any] = {"role": arg_text("rol", 20), "theme": arg_text("thema"), "year": arg_year("jaar"),
            "document": arg_text("document")}
    store = resources().graph
    # The first window before any byte is sent: an unknown organisation or a bad filter is still a 404/400.
    first = window.actor_page(store, slug, page=window.Page(1, EXPORT_WINDOW), **args)
    roles = ROLE_LABELS["nl"]
    header = ["code", "titel", "rol", "periode", "startjaar", "eindjaar", "thema", "document", "pagina"]

    def rows(data: dict[str, Any]) -> list[list[Any]]:
        return [[i["code"], i["title"], roles.get(i["role"], i["role"]), *_period(i["period"]),
                 i["theme_label"], i["document_title"], i["page"]] for i in data["items"]]

    def chunks() -> Iterator[str]:
        data, number = first, 1
        yield csv_text(header, rows(data))
        while data["paging"]["has_more"]:
            number += 1
            data = window.actor_page(store, slug, page=window.Page(number, EXPORT_WINDOW), **args)
            yield csv_text([], rows(data)).removeprefix(BOM)

    disposition = f'attachment; filename="{slug}.csv"'
    return Response(stream_with_context(chunks()), mimetype="text/csv",
                    headers={"Content-Disposition": disposition})


@bp.get("/export/graph.ttl")
def graph_ttl() -> Response:
    return _download(_graph("turtle"), "text/turtle", "nzkg.ttl")


@bp.get("/export/graph.jsonld")
def graph_jsonld() -> Response:
    return _download(_graph("json-ld"), "application/ld+json", "nzkg.jsonld")


def _graph(fmt: str) -> str:
    from kg.export import write_graph

    out = io.StringIO()
    write_graph(resources().settings, fmt, out)
    return out.getvalue()
