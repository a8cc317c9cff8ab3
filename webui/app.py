"""Flask app factory: read-only store, searcher and SPARQL runner; security headers; one error handler."""

from __future__ import annotations

import ipaddress
import threading
from datetime import date
from typing import Any
from urllib.parse import urlencode

from flask import Flask, Response, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kg.config import Settings
from kg.errors import InvalidInput, KgError, NotFound, StoreError
from kg.sparql import QueryTimeout
from webui.auth import init_app as init_auth
from webui.i18n import http_error as http_error_text
from webui.i18n import translator
from webui.resources import Resources

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(settings: Settings) -> Flask:
    """The web UI, JSON API and SPARQL endpoint over the store in `settings`."""
    app = Flask(__name__)
    # Flask reads FLASK_DEBUG from the environment; debugging is only ever switched on by serve(debug=True).
    app.config.update(DEBUG=False, JSON_SORT_KEYS=False, MAX_CONTENT_LENGTH=1_000_000)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["kg"] = Resources(settings)

    from webui.views.api import bp as api_bp
    from webui.views.export import bp as export_bp
    from webui.views.markup import period_view
    from webui.views.pages import bp as pages_bp
    from webui.views.review import bp as review_bp
    from webui.views.sparql import bp as sparql_bp

    for bp in (pages_bp, api_bp, sparql_bp, export_bp, review_bp):
        app.register_blueprint(bp)
    init_auth(app)
    app.jinja_env.globals["period_view"] = period_view

    @app.before_request
    def pick_language() -> None:
        lang = request.args.get("lang") or request.cookies.get("lang") or "nl"
        g.lang = lang if lang in ("nl", "en") else "nl"

    @app.context_processor
    def strings() -> dict[str, Any]:
        lang = g.get("lang", "nl")
        # The language switch keeps the page's own question and filters.
        other = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"]
        switch = "?" + urlencode([*other, ("lang", "en" if lang == "nl" else "nl")])
        return dict(translator(lang), lang=lang, lang_switch=switch, this_year=date.today().year)

    @app.after_request
    def harden(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        if "lang" in request.args and request.args["lang"] in ("nl", "en"):
            response.set_cookie("lang", request.args["lang"], samesite="Lax", httponly=True)
        return response

    @app.errorhandler(KgError)
    def kg_error(exc: KgError) -> tuple[Any, int]:
        # StoreError: no store yet, or an ingest holds the writer's lock while a review is saved.
        status = 404 if isinstance(exc, NotFound) else 400 if isinstance(exc, InvalidInput) else \
            503 if isinstance(exc, QueryTimeout | StoreError) else 500
        return _error(status, str(exc))

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[Any, int]:
        # Werkzeug's own descriptions are English prose about servers; say it in the reader's language.
        status = exc.code or 500
        return _error(status, http_error_text(status, g.get("lang", "nl"))[1])

    return app


def _error(status: int, message: str) -> tuple[Any, int]:
    if request.path.startswith(("/api/", "/export/")) or _wants_json():
        return jsonify({"error": message, "status": status}), status
    if request.path.startswith("/sparql"):
        return Response(message + "\n", mimetype="text/plain"), status
    title = http_error_text(status, g.get("lang", "nl"))[0]
    return render_template("error.html", status=status, title=title, message=message), status


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    accept = request.accept_mimetypes
    return best == "application/json" and accept[best] > accept["text/html"]


def _is_local(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, debug: bool = False) -> None:
    """Serve with waitress; the Flask debugger (remote code execution) is refused off the local machine."""
    if debug and not _is_local(host):
        raise InvalidInput(f"debugmodus alleen op een lokaal adres, niet op {host!r}")
    app = create_app(settings)
    if debug:
        app.run(host=host, port=port, debug=True)
        return
    from waitress import serve as waitress_serve

    print(f"NZKG Kennisgraaf op http://{host}:{port}/")
    warm_up(app)
    waitress_serve(app, host=host, port=port, threads=8)


def warm_up(app: Flask) -> threading.Thread:
    """Open the search index (and its model) and read the names a question is matched against (kg.lookup:
    the store's distinct codes, seconds at 1000x the corpus) in the background while the server starts
    listening."""
    def work() -> None:
        from kg import lookup

        res = app.extensions["kg"]
        res.searcher  # noqa: B018 - opening it is the point
        try:
            lookup.names(res.graph)
        except (KgError, OSError):  # no store yet: the first search reads them
            pass

    thread = threading.Thread(target=work, name="warm-up", daemon=True)
    thread.start()
    return thread
