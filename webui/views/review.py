"""Reviewers: sign in and out, confirm or correct an action (signed in, CSRF token), the review queue."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from kg.reviews.accounts import verify
from kg.reviews.queue import review_queue
from kg.reviews.record import load_reviews
from kg.reviews.submit import review_action
from webui.auth import new_session, require_reviewer
from webui.resources import resources

bp = Blueprint("review", __name__)
MAX_FIELD = 1000


def _local(target: str | None) -> str:
    """Only a path on this site: never '//elsewhere' or 'https://elsewhere' (an open redirect)."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return url_for("review.queue")


@bp.route("/aanmelden", methods=["GET", "POST"])
def sign_in() -> Any:
    failed = False
    if request.method == "POST":
        name = verify(resources().settings.store, request.form.get("name", "")[:100],
                      request.form.get("password", "")[:MAX_FIELD])
        if name:
            new_session(name)
            return redirect(_local(request.form.get("next")), 303)
        failed = True
    page = render_template("sign_in.html", failed=failed, next=_local(request.values.get("next")))
    return page, 401 if failed else 200


@bp.post("/afmelden")
def sign_out() -> Response:
    session.clear()
    return redirect(url_for("pages.search"), 303)


@bp.post("/controle/actie/<path:action_id>")
def review(action_id: str) -> Response:
    name = require_reviewer()
    # A field left out of the POST keeps its value; the page's form sends every field (the lists with an
    # empty marker, so "none selected" is still sent).
    f = request.form
    form: dict[str, Any] = {name: f.get(name, "")[:MAX_FIELD] if name in f else None
                            for name in ("title", "period_text", "start_year", "end_year")}
    form.update({name: f.getlist(name) if name in f else None for name in ("lead", "partners")},
                verdict=f.get("verdict"), reason=f.get("reason", "")[:MAX_FIELD])
    res = resources()
    review_action(res.settings, res.graph, action_id, name, form)
    return redirect(url_for("pages.action", action_id=action_id) + "#controle", 303)


def queue_data() -> dict[str, Any]:
    return review_queue(resources().graph)


@bp.get("/controle")
def queue() -> str:
    return render_template("queue.html", **queue_data())


@bp.get("/api/controle")
def queue_json() -> Any:
    return jsonify(queue_data())


@bp.get("/api/reviews")
def reviews_json() -> Any:
    return jsonify({"reviews": [r.to_dict() for r in load_reviews(resources().graph)]})
