"""Reviews: accounts, sign-in, CSRF on every form, corrections shown everywhere, exports, orphans, CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import stat

import pytest
from click.testing import CliRunner

from kg.reviews.accounts import add_reviewer, verify
from nzkg.cli import main
from tests.ui_store import build_store
from webui.app import create_app

GL_1 = "doc/aaaaaaaaaaaaaaaa/action/gl-1"
PASSWORD = "lang genoeg wachtwoord"
AMSTERDAM = "https://w3id.org/nzkg/id/actor/gemeente-amsterdam"


@pytest.fixture()
def app(tmp_path):
    settings = build_store(tmp_path / "store", sparql_timeout=5)
    add_reviewer(settings.store, "Anna de Vries", PASSWORD)
    application = create_app(settings)
    yield application
    application.extensions["kg"].sparql.close()


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]


def _sign_in(client) -> str:
    token = _token(client.get("/aanmelden").get_data(as_text=True))
    r = client.post("/aanmelden", data={"name": "Anna de Vries", "password": PASSWORD, "csrf_token": token,
                                        "next": f"/action/{GL_1}"})
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/action/{GL_1}")
    return _token(client.get(f"/action/{GL_1}").get_data(as_text=True))  # a new token after sign-in


CORRECTION = {"verdict": "ok", "reason": "trekker is Amsterdam (p. 3)", "lead": ["gemeente-amsterdam"],
              "partners": ["ggd-zaanstreek-waterland"], "title": "Gezondheidsonderzoek Zaanstad",
              "period_text": "2026", "start_year": "2026", "end_year": "2026"}


def test_accounts_are_hashed_and_private(tmp_path) -> None:
    add_reviewer(tmp_path, "Piet", PASSWORD)
    text = (tmp_path / "reviewers.json").read_text()
    assert PASSWORD not in text and "scrypt:" in text
    assert stat.S_IMODE((tmp_path / "reviewers.json").stat().st_mode) == 0o600
    assert verify(tmp_path, "Piet", PASSWORD) == "Piet"
    assert verify(tmp_path, "Piet", PASSWORD + "x") is None and verify(tmp_path, "Klaas", PASSWORD) is None
    with pytest.raises(Exception, match="minimaal"):
        add_reviewer(tmp_path, "Kort", "kort")


def test_cli_reviewer_add_reads_stdin_or_asks_twice(tmp_path) -> None:
    runner = CliRunner()
    r = runner.invoke(main, ["reviewer", "add", "Anna", "--store", str(tmp_path), "--password-stdin"],
                      input=PASSWORD + "\n")
    assert r.exit_code == 0 and verify(tmp_path, "Anna", PASSWORD)
    r = runner.invoke(main, ["reviewer", "add", "Bert", "--store", str(tmp_path)],
                      input=f"{PASSWORD}\n{PASSWORD}\n")
    assert r.exit_code == 0 and verify(tmp_path, "Bert", PASSWORD)
    r = runner.invoke(main, ["reviewer", "list", "--store", str(tmp_path)])
    assert r.output.split() == ["Anna", "Bert"]


def test_anonymous_and_forged_posts_are_refused(app) -> None:
    client = app.test_client()
    assert client.post(f"/controle/actie/{GL_1}", data=CORRECTION).status_code == 403
    token = _token(client.get("/aanmelden").get_data(as_text=True))
    # A valid token but nobody signed in: still no write.
    assert client.post(f"/controle/actie/{GL_1}", data={**CORRECTION, "csrf_token": token}).status_code == 403
    assert client.post("/aanmelden", data={"name": "Anna de Vries", "password": PASSWORD}).status_code == 403
    bad = client.post("/aanmelden", data={"name": "Anna de Vries", "password": "fout", "csrf_token": token})
    assert bad.status_code == 401 and "klopt niet" in bad.get_data(as_text=True)
    _sign_in(client)
    # Signed in, but the form came from elsewhere (no or a wrong token): refused.
    assert client.post(f"/controle/actie/{GL_1}", data=CORRECTION).status_code == 403
    forged = client.post(f"/controle/actie/{GL_1}", data={**CORRECTION, "csrf_token": "x" * 43})
    assert forged.status_code == 403
    assert client.post("/afmelden").status_code == 403
    assert client.get("/api/reviews").get_json()["reviews"] == []
    # SPARQL stays read-only, signed in or not.
    r = client.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert r.status_code in (400, 403)


def test_a_correction_shows_on_every_page_and_in_the_exports(app) -> None:
    client = app.test_client()
    token = _sign_in(client)
    r = client.post(f"/controle/actie/{GL_1}", data={**CORRECTION, "csrf_token": token})
    assert r.status_code == 303
    page = client.get(f"/api/action/{GL_1}").get_json()
    assert page["review"]["verdict"] == "corrected" and page["review"]["fields"] == ["lead"]
    assert [p["id"] for p in page["roles"] if p["role"] == "lead"] == ["gemeente-amsterdam"]
    assert [p["id"] for p in page["extracted"]["lead"]] == ["gemeente-zaanstad"]
    html = client.get(f"/action/{GL_1}").get_data(as_text=True)
    assert "gecontroleerd door Anna de Vries op 20" in html
    assert "uit het document (trekker): Gemeente Zaanstad" in html
    anonymous = app.test_client()
    leads = [i["code"] for i in anonymous.get("/api/actor/gemeente-amsterdam?rol=lead").get_json()["items"]]
    assert "GL 1" in leads
    assert '<span class="tag ok">gecontroleerd</span>' in anonymous.get("/actor/gemeente-amsterdam").get_data(
        as_text=True)
    assert "GL 1" not in [i["code"] for i in
                          anonymous.get("/api/actor/gemeente-zaanstad?rol=lead").get_json()["items"]]
    timeline = anonymous.get("/api/timeline").get_json()["items"]
    assert next(i for i in timeline if i["code"] == "GL 1")["lead"] == ["Gemeente Amsterdam"]
    rows = list(csv.DictReader(io.StringIO(anonymous.get("/export/actions.csv").get_data(as_text=True)
                                           .lstrip("\ufeff")), delimiter=";"))
    gl1 = next(r for r in rows if r["code"] == "GL 1")
    assert gl1["trekker"] == "Gemeente Amsterdam" and gl1["controle"] == "gecorrigeerd"
    assert gl1["gecontroleerd door"] == "Anna de Vries" and gl1["gecontroleerde velden"] == "trekker"
    assert next(r for r in rows if r["code"] == "GL 2")["controle"] == ""
    # A confirmation later keeps the correction (the form shows the corrected lead, unlike the document).
    token = _token(client.get(f"/action/{GL_1}").get_data(as_text=True))
    client.post(f"/controle/actie/{GL_1}", data={**CORRECTION, "reason": "", "csrf_token": token})
    page = client.get(f"/api/action/{GL_1}").get_json()
    assert len(page["reviews"]) == 2 and page["review"]["fields"] == ["lead"]


def test_wrong_action_leaves_timeline_and_review_needs_a_reason(app) -> None:
    client = app.test_client()
    token = _sign_in(client)
    r = client.post(f"/controle/actie/{GL_1}", data={**CORRECTION, "reason": "", "csrf_token": token})
    assert r.status_code == 400 and "reden" in r.get_data(as_text=True)
    r = client.post(f"/controle/actie/{GL_1}", data={"verdict": "wrong", "reason": "geen actie, een kop",
                                                       "csrf_token": token})
    assert r.status_code == 303
    assert "GL 1" not in [i["code"] for i in client.get("/api/timeline").get_json()["items"]]
    assert "onjuist" in client.get(f"/action/{GL_1}").get_data(as_text=True)


def test_queue_lists_flagged_and_unknown_first_and_orphans(app) -> None:
    from kg.reviews.record import Review, save_review

    settings = app.extensions["kg"].settings
    save_review(settings, Review(document="verdwenen-document", code="XX 9", title="Weg",
                                 action=f"{AMSTERDAM}x", verdict="confirmed", reviewer="Anna de Vries"))
    data = app.test_client().get("/api/controle").get_json()
    assert data["items"][0]["code"] == "GL 1"  # a partner outside the register and a 60% role
    assert data["items"][0]["unknown"] == ["GGD Zaanstreek-Waterland"]
    assert [o["code"] for o in data["orphans"]] == ["XX 9"]
    html = app.test_client().get("/controle").get_data(as_text=True)
    assert "Controles waarvan de actie niet meer bestaat" in html and "verdwenen-document" in html


def test_export_reviews_json_and_trig(app, tmp_path) -> None:
    client = app.test_client()
    token = _sign_in(client)
    client.post(f"/controle/actie/{GL_1}", data={**CORRECTION, "csrf_token": token})
    store = str(app.extensions["kg"].settings.store)
    out = CliRunner().invoke(main, ["export", "reviews", "--store", store])
    reviews = json.loads(out.output)["reviews"]
    assert reviews[0]["reviewer"] == "Anna de Vries"
    assert reviews[0]["lead"][0]["label"] == "Gemeente Amsterdam"
    assert reviews[0]["current_action"].endswith(GL_1)
    trig = CliRunner().invoke(main, ["export", "reviews", "--store", store, "--format", "trig"]).output
    assert "prov:wasAttributedTo" in trig and "https://w3id.org/nzkg/id/review/" in trig
    actions = json.loads(CliRunner().invoke(main, ["export", "actions", "--store", store]).output)["actions"]
    gl1 = next(a for a in actions if a["code"] == "GL 1")
    assert gl1["reviewed"] is True and gl1["lead"] == ["Gemeente Amsterdam"]
    assert gl1["extracted"]["lead"] == ["Gemeente Zaanstad"]


AGREEMENT = """Afspraken over de haven

Inleiding
De gemeente Zaanstad en de provincie werken samen aan de haven.

Uitvoeringsafspraak A: Omgevingsplan voor het havengebied

Gemeenschappelijke uitvoeringsafspraak van:
•\tGemeente Zaanstad (initiatiefnemer)
•\tProvincie Noord-Holland (betrokken)

De partijen stellen samen een omgevingsplan op in 2027.
"""


def test_reviews_survive_reingest_follow_new_versions_and_are_listed_when_the_action_goes(tmp_path) -> None:
    from ingest.pipeline import ingest_paths
    from kg.config import Settings
    from kg.graphapi import action_page, open_graph
    from kg.window import actions

    def all_actions(store):  # every action of this small store: one page holds them
        return actions(store)["actions"]
    from kg.reviews.queue import review_queue
    from kg.reviews.submit import review_action

    doc = tmp_path / "afspraken-haven.txt"
    doc.write_text(AGREEMENT, encoding="utf-8")
    settings = Settings(store=tmp_path / "store", model="none")
    assert not ingest_paths([doc], settings, progress=False).failed
    ua_a = next(a for a in all_actions(open_graph(settings)) if a["code"] == "UA A")
    review_action(settings, open_graph(settings), ua_a["id"], "Anna", {
        "verdict": "ok", "reason": "PNH trekt", "lead": ["provincie-noord-holland"], "partners": []})
    # The same file again (no-op) and an edited version (a new document IRI under the same name).
    assert not ingest_paths([doc], settings, progress=False).failed
    doc.write_text(AGREEMENT + "\nVastgesteld in de stuurgroep.\n", encoding="utf-8")
    assert not ingest_paths([doc], settings, progress=False).failed
    store = open_graph(settings)
    new = next(a for a in all_actions(store) if a["code"] == "UA A")
    assert new["id"] != ua_a["id"] and new["lead"] == ["Provincie Noord-Holland"]
    page = action_page(store, new["id"])
    assert page["review"]["reviewer"] == "Anna" and page["extracted"]["lead"][0]["id"] == "gemeente-zaanstad"
    # The action leaves the document: the review is listed as orphaned, not lost.
    doc.write_text(AGREEMENT.split("Uitvoeringsafspraak A")[0], encoding="utf-8")
    assert not ingest_paths([doc], settings, progress=False).failed
    queue = review_queue(open_graph(settings))
    assert [(o["document"], o["code"]) for o in queue["orphans"]] == [("afspraken-haven", "UA A")]


def test_a_review_while_an_ingest_holds_the_store_says_try_again(app) -> None:
    import pyoxigraph as ox

    client = app.test_client()
    token = _sign_in(client)
    writer = ox.Store(str(app.extensions["kg"].settings.oxigraph_dir))  # as a running `kg ingest` would
    try:
        r = client.post(f"/controle/actie/{GL_1}", data={**CORRECTION, "csrf_token": token})
    finally:
        del writer
    assert r.status_code == 503 and "probeer het zo opnieuw" in r.get_data(as_text=True)
    r = client.post(f"/controle/actie/{GL_1}", data={**CORRECTION, "csrf_token": token})
    assert r.status_code == 303
