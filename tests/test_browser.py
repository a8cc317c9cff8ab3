"""A real headless chromium through the main flows; screenshots go to $KG_SCREENSHOTS (or a temp dir)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from tests.browser_env import needs_browser, served
from tests.ui_store import FakeSearcher, build_store
from webui.app import create_app

# Tests never rewrite tracked files: the README screenshots are made on purpose, from the real corpus.
SHOTS = Path(os.environ.get("KG_SCREENSHOTS") or Path(tempfile.gettempdir()) / "nzkg-screenshots")
pytestmark = needs_browser


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory):
    app = create_app(build_store(tmp_path_factory.mktemp("store")))
    app.extensions["kg"].searcher = FakeSearcher()
    with served(app) as url:
        yield url


def _shot(browser, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = browser.execute_script("return document.body.scrollHeight")
    browser.set_window_size(1280, min(max(height + 40, 700), 2400))
    browser.save_screenshot(str(SHOTS / f"{name}.png"))
    browser.set_window_size(1280, 900)


def test_search_actor_dependency_and_csv(base_url: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/")
    box = browser.find_element(By.ID, "q")
    box.send_keys("Gezondheidsonderzoek Zaanstad")
    box.submit()
    marks = browser.find_elements(By.CSS_SELECTOR, ".passage mark")
    assert [m.text for m in marks][:2] == ["Gezondheidsonderzoek", "Zaanstad"]
    _shot(browser, "zoeken")

    browser.find_element(By.CSS_SELECTOR, ".result a.chip.actor").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Gemeente Zaanstad"
    rows = browser.find_elements(By.CSS_SELECTOR, "table.actor-actions tbody tr")
    assert any("GL 1" in r.text and "2026" in r.text for r in rows)
    _shot(browser, "organisatie")

    browser.find_element(By.LINK_TEXT, "GL 1").click()
    assert "Gezondheidsonderzoek Zaanstad" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.CSS_SELECTOR, "ul.deps-out a").click()  # follow "start na UA B"
    assert browser.find_element(By.CSS_SELECTOR, "h1 .code").text == "UA B"
    assert browser.find_elements(By.CSS_SELECTOR, "svg.graph rect.node")
    _shot(browser, "actie")

    browser.get(base_url + "/actor/gemeente-zaanstad")
    browser.find_element(By.LINK_TEXT, "Download CSV").click()
    target = Path(browser.downloads) / "gemeente-zaanstad.csv"
    deadline = time.monotonic() + 10
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("code;titel;rol") and "GL 1" in text


def test_home_example_question_shows_the_answer_first(base_url: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/")
    box = browser.find_element(By.ID, "q")
    example = box.get_attribute("placeholder").split(" ", 1)[1]  # 'bijv. Wat moet gemeente Zaanstad ...'
    assert example == "Wat moet gemeente Zaanstad doen in 2026?"
    box.send_keys(example)
    box.submit()
    first = browser.find_elements(By.CSS_SELECTOR, "main section")[0]
    assert "answer" in first.get_attribute("class")
    row = first.find_element(By.CSS_SELECTOR, "tbody tr").text
    assert "GL 1" in row and "Gemeente Zaanstad" in row and "2026" in row
    _shot(browser, "antwoord")


def test_screenshots_of_main_pages(base_url: str, browser) -> None:
    from selenium.webdriver.common.by import By

    pages = {"tijdlijn-2026": "/tijdlijn?jaar=2026",
             "afhankelijkheden": "/afhankelijkheden?van=doc/aaaaaaaaaaaaaaaa/action/gl-2"
                                 "&naar=doc/bbbbbbbbbbbbbbbb/action/art-3",
             "document": "/document/aaaaaaaaaaaaaaaa", "sparql": "/sparql", "organisaties": "/organisaties"}
    for name, url in pages.items():
        browser.get(base_url + url)
        assert browser.find_element(By.CSS_SELECTOR, "header .brand").text == "NZKG Kennisgraaf"
        # CSP must not block our own assets: the stylesheet is applied (header is the brand colour).
        colour = browser.find_element(By.CSS_SELECTOR, "header.top").value_of_css_property("background-color")
        assert colour in ("rgba(21, 66, 115, 1)", "rgb(21, 66, 115)")
        _shot(browser, name)
    assert all((SHOTS / f"{n}.png").stat().st_size > 5000 for n in pages)


def test_narrow_screen_has_no_sideways_scrolling(base_url: str, browser) -> None:
    """At phone width (400 px) tables turn into labelled cards and long words wrap; charts scroll in a box."""
    pages = ["/", "/search?q=Gezondheidsonderzoek Zaanstad", "/organisaties", "/actor/gemeente-zaanstad",
             "/action/doc/aaaaaaaaaaaaaaaa/action/ua-b", "/tijdlijn?jaar=2026", "/afhankelijkheden",
             "/documenten", "/document/aaaaaaaaaaaaaaaa", "/sparql", "/bestaat-niet"]
    browser.set_window_size(400, 800)
    try:
        for url in pages:
            browser.get(base_url + url)
            widths = browser.execute_script(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            assert widths[0] <= widths[1], f"{url}: page is {widths[0]} px wide in a {widths[1]} px window"
    finally:
        browser.set_window_size(1280, 900)


def test_pages_load_without_console_errors(base_url: str, browser) -> None:
    """No blocked script or style (CSP), no missing asset (a favicon 404 on every page was the one seen)."""
    browser.get_log("browser")  # drop what earlier tests left
    for url in ["/", "/organisaties", "/actor/gemeente-zaanstad", "/action/doc/aaaaaaaaaaaaaaaa/action/ua-b",
                "/tijdlijn?jaar=2026", "/afhankelijkheden", "/document/aaaaaaaaaaaaaaaa", "/sparql"]:
        browser.get(base_url + url)
        errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert not errors, (url, errors)
