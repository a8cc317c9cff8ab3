"""What the browser tests share: where chromium is, why they skip, a served app and a headless driver."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,900"]


def missing() -> str | None:
    """Why the browser tests cannot run here (None when they can)."""
    if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
        return "chromium/chromedriver not installed (run tests/browser_setup.sh as root)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed (pip install -e '.[dev]')"
    return None


needs_browser = pytest.mark.skipif(missing() is not None, reason=missing() or "")


@contextmanager
def served(app: Any) -> Iterator[str]:
    """The Flask app under waitress on a free loopback port; its base URL; its SPARQL worker stopped after."""
    from waitress import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
        app.extensions["kg"].sparql.close()


def start_driver(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Headless chromium with its own profile; downloads land in `driver.downloads` without a prompt."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('profile')}")
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.downloads = downloads
    return driver
