"""benchmarks.scale_bench direct mode: copied documents share one description of their themes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from benchmarks import scale_bench
from benchmarks.graph_bench import _BUSIEST_ACTOR, WHO_QUERY
from kg.config import Settings
from kg.store import open_store
from kg.vocab import SHARED_GRAPH


def test_direct_mode_stores_shared_descriptions_once(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(scale_bench, "UNIQUE_DOCS", 1)  # one built document, two copies under new IRIs
    settings = replace(Settings(), store=tmp_path / "store", model="none")
    result = scale_bench._direct(settings, 0.6, deadline=float("inf"))
    assert result["docs"] == 3
    raw = ox.Store.read_only(str(settings.oxigraph_dir))
    triples = [q.triple for q in raw.quads_for_pattern(None, None, None, None)]
    assert len(triples) == len(set(triples))
    shared = list(raw.quads_for_pattern(None, None, None, ox.NamedNode(str(SHARED_GRAPH))))
    assert len(shared) >= 4  # at least one theme: type, scheme, label, notation
    del raw
    store = open_store(settings, read_only=True)
    try:
        actor = URIRef(store.query_text(_BUSIEST_ACTOR, timeout=30).rows[0][0].value)
        rows = store.select(WHO_QUERY, actor=actor)
        assert rows and len({r["doc"] for r in rows}) == 3
        assert len({json.dumps(r, sort_keys=True) for r in rows}) == len(rows)  # no row repeated
        assert all(r["themeLabel"] for r in rows)
    finally:
        store.close()
