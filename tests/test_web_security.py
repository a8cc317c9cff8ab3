"""Web hardening: path traversal, security headers everywhere, escaping of hostile documents, debug guard."""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator

import pytest

from kg.config import Settings
from kg.errors import InvalidInput
from webui.app import create_app, serve

HOSTILE = """Vijandige agenda <script>alert(1)</script>

Inleiding
De gemeente Zaanstad onderzoekt kwaadaardige invoer "><img src=x onerror=alert(1)> in documenten.
Ook <script>alert(1)</script> hoort als tekst te verschijnen, niet als code.

Uitvoeringsafspraak A: Kwaadaardige titel <img src=x onerror=alert(1)>

Gemeenschappelijke uitvoeringsafspraak van:
•\tGemeente Zaanstad (initiatiefnemer)
•\tProvincie Noord-Holland (betrokken)

De partijen onderzoeken kwaadaardige invoer samen in 2027.
"""
RAW = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><img')
TRAVERSAL = [
    "/static/../../etc/passwd", "/static/..%2f..%2fetc%2fpasswd", "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%252f..%252fetc%252fpasswd", "/static/....//....//etc/passwd", "/static/%2e%2e%5c%2e%2e%5cetc",
    "/static//etc/passwd", "/static/..\\..\\etc\\passwd", "/document/..%2f..%2f..%2fetc%2fpasswd",
    "/document/../../etc/passwd", "/api/document/..%2f..%2fetc%2fpasswd", "/action/..%2f..%2fetc%2fpasswd",
    "/action/../../../etc/passwd", "/export/actor/..%2f..%2fetc%2fpasswd.csv",
    "/actor/..%2f..%2fetc%2fpasswd",
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from ingest.pipeline import ingest_paths

    root = tmp_path_factory.mktemp("web")
    doc = root / "vijandig.txt"
    doc.write_text(HOSTILE, encoding="utf-8")
    settings = Settings(store=root / "store", model="none", sparql_timeout=5.0)
    summary = ingest_paths([doc], settings, progress=False)
    assert not summary.failed and summary.documents == 1
    return settings


# `app` and `client` over these settings come from tests/conftest.py.


@pytest.fixture(scope="module")
def server(app) -> Iterator[int]:
    """The app behind waitress on loopback: raw request paths reach the router exactly as sent."""
    from waitress.server import create_server

    srv = create_server(app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield srv.effective_port  # type: ignore[union-attr]
    srv.close()
    thread.join(5)


def raw_get(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    conn.putrequest("GET", path, skip_accept_encoding=True)  # the path goes out byte for byte
    conn.endheaders()
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body


def assert_headers(headers: dict[str, str], where: str) -> None:
    csp = headers.get("content-security-policy", "")
    assert csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp, where
    assert "script-src 'self'" in csp or "default-src 'self'" in csp, where
    assert headers.get("x-content-type-options") == "nosniff", where
    assert headers.get("x-frame-options") == "DENY" or "frame-ancestors 'none'" in csp, where
    assert headers.get("referrer-policy") in ("same-origin", "no-referrer", "strict-origin-when-cross-origin")


def doc_id(client) -> str:
    docs = client.get("/api/documents").get_json()
    items = docs["documents"] if isinstance(docs, dict) else docs
    return next(d["id"] for d in items if d.get("name") == "vijandig")


@pytest.mark.parametrize("path", TRAVERSAL)
def test_path_traversal_never_serves_files_outside(server: int, path: str) -> None:
    status, headers, body = raw_get(server, path)
    assert b"root:" not in body and b"/bin/" not in body, path
    assert status in (400, 403, 404, 405, 308, 301), (path, status)
    assert_headers(headers, path)


def test_static_files_still_served(server: int) -> None:
    status, headers, body = raw_get(server, "/static/style.css")
    assert status == 200 and body
    assert_headers(headers, "/static/style.css")


def test_security_headers_on_every_page(client) -> None:
    did = doc_id(client)
    paths = ["/", "/search?q=kwaadaardige", "/organisaties", "/tijdlijn", "/afhankelijkheden", "/documenten",
             f"/document/{did}", "/sparql", "/sparql?query=ASK%20%7B%7D", "/api/documents",
             "/api/search?q=invoer", "/export/actions.csv", "/bestaat-niet", "/document/ffffffffffffffff",
             "/static/app.js"]
    for path in paths:
        r = client.get(path)
        assert r.status_code < 500, (path, r.status_code)
        assert_headers({k.lower(): v for k, v in r.headers.items()}, path)


def test_hostile_text_escaped_on_search_and_document_pages(client) -> None:
    search = client.get("/search", query_string={"q": "kwaadaardige invoer"}).get_data(as_text=True)
    assert "vijandig" in search and "&lt;" in search, "the hostile passage must be found and shown"
    document = client.get(f"/document/{doc_id(client)}").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    for page, html in (("search", search), ("document", document)):
        for raw in RAW:
            assert raw not in html, (page, raw)
    echo = client.get("/search", query_string={"q": '"><img src=x onerror=alert(1)>'}).get_data(as_text=True)
    assert not any(raw in echo for raw in RAW)
    listing = client.get("/documenten").get_data(as_text=True)
    assert not any(raw in listing for raw in RAW)


def test_debug_refused_on_non_local_host(settings: Settings) -> None:
    for host in ("0.0.0.0", "192.168.1.10", "::", "example.org"):
        with pytest.raises(InvalidInput):
            serve(settings, host=host, port=1, debug=True)


def test_debug_flag_not_reachable_from_environment(monkeypatch, settings: Settings) -> None:
    """FLASK_DEBUG in the environment must not turn the debugger on for the production server."""
    monkeypatch.setenv("FLASK_DEBUG", "1")
    app = create_app(settings)
    assert not app.debug and not app.config["DEBUG"]


def _request(port: int, method: str, path: str, body: str = "",
             cookie: str = "") -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if method == "POST" else {}
    if cookie:
        headers["Cookie"] = cookie
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    text = resp.read().decode("utf-8", "replace")
    conn.close()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, text


def test_no_write_without_signing_in_on_the_real_server(server: int, settings: Settings, client) -> None:
    """Through waitress: anonymous and cross-site (no or a stale CSRF token) review POSTs get 403."""
    import re
    from urllib.parse import quote, urlencode

    from kg.reviews.accounts import add_reviewer

    add_reviewer(settings.store, "Controleur", "een lang wachtwoord")
    action = next(a["id"] for a in client.get("/api/actions").get_json()["actions"] if a["code"] == "UA A")
    target = f"/controle/actie/{quote(action)}"
    form = {"verdict": "ok", "reason": "klopt", "lead": "gemeente-zaanstad"}
    assert _request(server, "POST", target, urlencode(form))[0] == 403

    def token_of(html: str) -> str:
        return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]

    status, headers, html = _request(server, "GET", "/aanmelden")
    anonymous_cookie, old_token = headers["set-cookie"].split(";")[0], token_of(html)
    assert "httponly" in headers["set-cookie"].lower() and "samesite=lax" in headers["set-cookie"].lower()
    login = {"name": "Controleur", "password": "een lang wachtwoord"}
    assert _request(server, "POST", "/aanmelden", urlencode(login), anonymous_cookie)[0] == 403  # no token
    status, headers, _ = _request(server, "POST", "/aanmelden", urlencode({**login, "csrf_token": old_token}),
                                  anonymous_cookie)
    assert status == 303
    cookie = headers["set-cookie"].split(";")[0]
    assert _request(server, "POST", target, urlencode(form), cookie)[0] == 403  # signed in, but no token
    stale = urlencode({**form, "csrf_token": old_token})  # the token from before sign-in was replaced
    assert _request(server, "POST", target, stale, cookie)[0] == 403
    token = token_of(_request(server, "GET", f"/action/{quote(action)}", cookie=cookie)[2])
    assert _request(server, "POST", target, urlencode({**form, "csrf_token": token}), cookie)[0] == 303
    # SPARQL stays read-only for a signed-in reviewer too.
    update = urlencode({"update": "DELETE WHERE { ?s ?p ?o }"})
    assert _request(server, "POST", "/sparql", update, cookie)[0] in (400, 403)
    reviewed = client.get(f"/api/action/{action}").get_json()["review"]
    assert reviewed["reviewer"] == "Controleur" and reviewed["verdict"] == "confirmed"
