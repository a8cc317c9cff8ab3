"""Reviewer sessions: a signed cookie (its secret kept in the store folder) and a CSRF token on every form."""

from __future__ import annotations

import hmac
import secrets
from datetime import timedelta

from flask import Flask, abort, current_app, request, session

from kg.reviews.accounts import load_accounts, session_secret

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
# The SPARQL protocol POSTs queries from other tools; the endpoint only ever reads: nothing to forge.
EXEMPT_BLUEPRINTS = {"sparql"}


def init_app(app: Flask) -> None:
    store = app.extensions["kg"].settings.store
    app.secret_key = session_secret(store)
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      PERMANENT_SESSION_LIFETIME=timedelta(hours=8))
    app.before_request(check_csrf)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.context_processor(lambda: {"reviewer": current_reviewer()})


def csrf_token() -> str:
    """This session's token for hidden form fields (made on first use, so anonymous readers get no cookie)."""
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return str(token)


def new_session(name: str) -> None:
    """After signing in: a fresh session (and token), so a cookie planted before sign-in is worth nothing."""
    session.clear()
    session.permanent = True
    session["reviewer"] = name
    session["csrf"] = secrets.token_urlsafe(32)


def check_csrf() -> None:
    """Every state-changing request must carry the session's token (form field or X-CSRF-Token header)."""
    if request.method not in UNSAFE or request.routing_exception is not None:
        return  # an unknown address or method still gets its 404/405
    if request.blueprint in EXEMPT_BLUEPRINTS:
        return
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
    token = session.get("csrf") or ""
    if not token or not hmac.compare_digest(str(sent), str(token)):
        abort(403)


def current_reviewer() -> str | None:
    name = session.get("reviewer")
    return str(name) if name else None


def require_reviewer() -> str:
    """The signed-in reviewer's name; 403 for anyone else, also when the account was removed meanwhile."""
    name = current_reviewer()
    if not name or name not in load_accounts(current_app.extensions["kg"].settings.store):
        abort(403)
    return name
