"""What the pages read from (store, searcher, SPARQL runner): a leaf the views import, beside the factory."""

from __future__ import annotations

import threading
from typing import Any

from flask import current_app

from kg.config import Settings
from kg.errors import KgError
from kg.sparql import make_runner


class Resources:
    """What the pages read from, opened on first use so the app starts even before an ingest."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._search_lock = threading.Lock()
        self._graph: Any = None
        self._searcher: Any = None
        self._stamp: str | None = None
        self.search_error: str | None = None
        self.sparql = make_runner(settings)

    def _refresh(self) -> None:
        """A read-only store is a snapshot: after an ingest (new stamp) reopen store and index."""
        from kg.store import store_stamp

        stamp = store_stamp(self.settings)
        if stamp != self._stamp:
            self._stamp = stamp
            self._graph = None
            if self._searcher is not None or self.search_error is not None:
                self._searcher, self.search_error = None, None

    @property
    def graph(self) -> Any:
        with self._lock:
            self._refresh()
            if self._graph is None:
                from kg.graphapi import open_graph

                self._graph = open_graph(self.settings)
            return self._graph

    @property
    def searcher(self) -> Any:
        """kg.search's searcher, or None with `search_error` set when the index (or module) is missing."""
        with self._lock:
            self._refresh()
            if self._searcher is not None or self.search_error is not None:
                return self._searcher
        with self._search_lock:  # opening takes seconds: pages that only read the graph must not wait
            if self._searcher is None and self.search_error is None:
                searcher, error = self._open_searcher()
                with self._lock:
                    self._searcher, self.search_error = searcher, error
            return self._searcher

    @searcher.setter
    def searcher(self, value: Any) -> None:
        self._searcher, self.search_error = value, None

    def _open_searcher(self) -> tuple[Any, str | None]:
        try:
            from kg.search import open_searcher

            searcher = open_searcher(self.settings)
            # One query before anyone sees the searcher: the model loads lazily, in several steps, so the
            # first question would wait ~3 s and two first questions at once could race.
            searcher.search("Noordzeekanaalgebied", k=1)
            return searcher, None
        except (ImportError, KgError, OSError) as exc:
            return None, str(exc)


def resources() -> Resources:
    """The current app's resources (set by webui.app.create_app)."""
    return current_app.extensions["kg"]  # type: ignore[no-any-return]
