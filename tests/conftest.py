"""Shared fixtures: `settings` (a module may override it), the web `app` and `client` over it, a `store`,
a headless `browser` (tests/browser_env.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.config import Settings


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The small UI fixture graph of tests/ui_store.py; override in a module that needs another store."""
    from tests.ui_store import build_store

    return build_store(tmp_path_factory.mktemp("store"), sparql_timeout=5)


@pytest.fixture(scope="module")
def app(settings: Settings) -> Iterator[Any]:
    """The Flask app over `settings`; its SPARQL worker process is stopped afterwards."""
    from webui.app import create_app

    application = create_app(settings)
    yield application
    application.extensions["kg"].sparql.close()


@pytest.fixture()
def client(app: Any) -> Any:
    return app.test_client()


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Any]:
    """A fresh embedded store with the test registry (tests/store_fixtures.py) and nothing else."""
    from ingest.graph import registry_graph
    from kg.store import open_store
    from kg.vocab import ACTORS_GRAPH
    from tests.store_fixtures import REGISTRY, settings_for

    store = open_store(settings_for(tmp_path))
    store.replace_graph(ACTORS_GRAPH, registry_graph(REGISTRY))
    yield store
    store.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless chromium for one test module (mark the module with tests.browser_env.needs_browser)."""
    from tests.browser_env import start_driver

    driver = start_driver(tmp_path_factory)
    yield driver
    driver.quit()
