"""A reviewer in a real headless chromium: sign in, correct a trekker, see it on the organisation page and in
the CSV, re-ingest, still there; an anonymous POST is refused."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest

from tests.browser_env import needs_browser, served
from tests.test_review import AGREEMENT

pytestmark = needs_browser
PASSWORD = "een lang genoeg wachtwoord"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    from ingest.pipeline import ingest_paths
    from kg.config import Settings
    from kg.reviews.accounts import add_reviewer
    from webui.app import create_app

    root = tmp_path_factory.mktemp("review-site")
    doc = root / "afspraken-haven.txt"
    doc.write_text(AGREEMENT, encoding="utf-8")
    settings = Settings(store=root / "store", model="none")
    assert not ingest_paths([doc], settings, progress=False).failed
    add_reviewer(settings.store, "Anna de Vries", PASSWORD)
    app = create_app(settings)
    with served(app) as url:
        yield {"url": url, "doc": doc, "settings": settings, "app": app}


def _download(browser, name: str) -> str:
    target = Path(browser.downloads) / name
    target.unlink(missing_ok=True)
    from selenium.webdriver.common.by import By

    browser.find_element(By.LINK_TEXT, name).click()
    deadline = time.monotonic() + 10
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    return target.read_text(encoding="utf-8-sig")


def _post_status(browser, url: str) -> int:
    """A POST from the page's own script context, like a forged form would send (no CSRF token)."""
    return int(browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0], {method: 'POST', body: new URLSearchParams({verdict: 'wrong', reason: 'x'})})"
        ".then(r => done(r.status), () => done(0));", url))


def test_reviewer_corrects_a_trekker_and_it_survives_reingest(site, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    from ingest.pipeline import ingest_paths

    base = site["url"]
    browser.get(base + "/tijdlijn")
    browser.find_element(By.LINK_TEXT, "UA A").click()
    action_url = browser.current_url
    assert _post_status(browser, base + "/controle/actie/" + action_url.split("/action/", 1)[1]) == 403

    browser.find_element(By.LINK_TEXT, "Aanmelden om deze actie te bevestigen of te corrigeren").click()
    browser.find_element(By.ID, "name").send_keys("Anna de Vries")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form.review-form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda b: b.current_url.startswith(action_url))  # back, signed in
    lead = Select(browser.find_element(By.ID, "review-lead"))
    lead.deselect_all()
    lead.select_by_visible_text("Provincie Noord-Holland")
    browser.find_element(By.ID, "review-reason").send_keys("PNH is initiatiefnemer volgens de stuurgroep")
    browser.find_element(By.ID, "review-save").click()
    mark = WebDriverWait(browser, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, ".review-mark")).text
    assert "gecorrigeerd" in mark and "gecontroleerd door Anna de Vries op" in mark
    facts = browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    assert "uit het document (trekker): Gemeente Zaanstad" in facts

    def provincie_leads() -> list[str]:
        browser.get(base + "/actor/provincie-noord-holland")
        section = browser.find_elements(By.CSS_SELECTOR, "section")[0]
        return [a.text for a in section.find_elements(By.CSS_SELECTOR, "td.code-cell a")]

    assert "UA A" in provincie_leads()
    csv_text = _download(browser, "acties.csv")
    row = next(r for r in csv.DictReader(io.StringIO(csv_text), delimiter=";") if r["code"] == "UA A")
    assert row["trekker"] == "Provincie Noord-Holland" and row["controle"] == "gecorrigeerd"

    # A new version of the document (same file name, other content): the review follows the action.
    site["doc"].write_text(AGREEMENT + "\nVastgesteld in de stuurgroep.\n", encoding="utf-8")
    assert not ingest_paths([site["doc"]], site["settings"], progress=False).failed
    assert "UA A" in provincie_leads()
    browser.find_element(By.LINK_TEXT, "UA A").click()
    assert browser.current_url != action_url  # the new version's action
    assert "gecontroleerd door Anna de Vries" in browser.find_element(By.CSS_SELECTOR, ".review-mark").text

    # Signed out, the same POST (no token) is refused again.
    action_id = browser.current_url.split("/action/", 1)[-1]
    browser.find_element(By.CSS_SELECTOR, "header .account button").click()
    # wait for the page signing out leads to: a script started on the page being left never reports back
    WebDriverWait(browser, 20).until(lambda b: not b.find_elements(By.CSS_SELECTOR, "header .account button"))
    assert _post_status(browser, base + "/controle/actie/" + action_id) == 403
    browser.get(base + "/controle")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Controle"
