"""Parallel ingest: workers give the same store as one process; a bad file is named, the rest goes on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from benchmarks import synth
from ingest.pipeline import ingest_paths
from kg.config import Settings
from kg.store import open_store


def _actions(settings: Settings) -> set[tuple[str, str]]:
    store = open_store(settings, read_only=True)
    try:
        return {(r["code"], r.get("title") or "") for r in store.select("export_actions")}
    finally:
        store.close()


def test_two_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    synth.write_mixed_corpus(docs, 4, actions_per_doc=2)  # pipes, tabs, label blocks and NOVEX text
    (docs / "kapot.pdf").write_bytes(b"%PDF-1.4 this is no pdf")
    one = replace(Settings(), store=tmp_path / "one", model="none")
    two = replace(Settings(), store=tmp_path / "two", model="none")
    a = ingest_paths([docs], one, progress=False, workers=1)
    b = ingest_paths([docs], two, progress=False, workers=2)
    for summary in (a, b):
        assert summary.documents == 4 and summary.actions >= 6
        assert [Path(p).name for p, _ in summary.failed] == ["kapot.pdf"]
    assert (a.pages, a.chunks, a.actions) == (b.pages, b.chunks, b.actions)
    assert sorted(a.notes) == sorted(b.notes)
    assert _actions(one) == _actions(two)
    again = ingest_paths([docs], two, progress=False, workers=2)
    assert again.unchanged == 4 and again.documents == 0
