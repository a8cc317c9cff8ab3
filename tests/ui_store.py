"""Test helper: the UI fixture graph in an on-disk Oxigraph store, and a fake searcher."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.config import Settings

FIXTURE = Path(__file__).with_name("data") / "ui_fixture.trig"
MORE = FIXTURE.with_name("ui_fixture_more.trig")  # natural code order, flags, undated, long URL
DOC_A = "https://w3id.org/nzkg/id/doc/aaaaaaaaaaaaaaaa"
ACTOR = "https://w3id.org/nzkg/id/actor/"


def build_store(root: Path, *extra: Path, **overrides: Any) -> Settings:
    """A store folder holding the fixture graph (plus `extra` TriG files); returns settings pointing at it."""
    settings = Settings(store=root, **overrides)
    settings.oxigraph_dir.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(settings.oxigraph_dir))
    for path in (FIXTURE, *extra):
        store.load(path=str(path), format=ox.RdfFormat.TRIG)
    store.flush()
    del store  # release the writer; the app opens the folder read-only
    return settings


@dataclass
class FakeResult:
    score: float
    document: str
    page: int
    text: str
    passage: str
    actors: list[dict[str, str]] = field(default_factory=list)
    actions: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class FakeSearcher:
    """Returns fixture passages containing any word of the question (a stand-in for kg.search)."""

    def __init__(self) -> None:
        self.passages = [
            FakeResult(1.0, "uitvoeringsagenda-test", 3,
                       "GL 1 Gezondheidsonderzoek Zaanstad. Trekker: gemeente Zaanstad <b>vet</b>.",
                       f"{DOC_A}/passage/1",
                       [{"id": f"{ACTOR}gemeente-zaanstad", "label": "Gemeente Zaanstad"}],
                       [{"id": f"{DOC_A}/action/gl-1", "code": "GL 1",
                         "title": "Gezondheidsonderzoek Zaanstad"}]),
        ]

    def search(self, q: str, k: int = 5, mode: str = "hybrid") -> list[FakeResult]:
        words = {w.lower() for w in q.split()}
        return [p for p in self.passages if words & {w.lower().strip(".,") for w in p.text.split()}][:k]
