"""Extraction quality on the dev annotations must stay at or above the targets."""

from __future__ import annotations

import pytest

from benchmarks.extraction_eval import GOLD, run, score
from ingest.model import Action, ActorRef, Period, Role


def test_score_counts_pairs_and_periods() -> None:
    gold = [{"document": "d", "code": "X 1", "lead": ["A"], "partners": ["B"], "start_year": 2024,
             "end_year": 2025, "period_is_ambiguous": False,
             "dependencies": [{"kind": "related", "target": "X 2"}]}]
    roles = [Role(ActorRef("a", "A"), "lead"), Role(ActorRef("c", "C"), "partner")]
    pred = {"d": [Action(code="X 1", title="t", roles=roles, period=Period("2024-2026", 2024, 2026))]}
    s = score(gold, pred)
    assert s["lead"]["f1"] == 1.0
    assert s["partner"]["precision"] == 0.0 and s["partner"]["recall"] == 0.0
    assert s["period_accuracy"] == 0.0
    assert s["dependency_recall"] == 0.0


@pytest.mark.slow
def test_dev_targets() -> None:
    if not GOLD.is_file():
        pytest.skip("dev annotations not available")
    s = run()
    assert s["lead"]["f1"] >= 0.95, s["errors"]
    assert s["partner"]["f1"] >= 0.90, s["errors"]
    assert s["period_accuracy"] >= 0.90, s["errors"]
