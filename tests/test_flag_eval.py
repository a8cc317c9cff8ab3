"""Flags that mean something: the benchmark's judgement, and the flags on the corpus's table rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.flag_eval import judge, per_kind, run, summary, warned
from ingest.model import Action, ActorRef, Period, Role

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _action(code: str, lead: str, years: tuple[int, int], flags: list[str]) -> Action:
    return Action(code=code, title=code, roles=[Role(ActorRef(lead.lower(), lead), "lead")],
                  period=Period("x", *years), flags=flags)


def test_judge_counts_wrong_flagged_and_doubtful() -> None:
    gold = [{"code": "A 1", "lead": ["P"], "partners": [], "start_year": 2026, "end_year": 2026},
            {"code": "A 2", "lead": ["Q"], "partners": [], "start_year": 2026, "end_year": 2026},
            {"code": "A 3", "lead": ["R"], "partners": [], "start_year": None, "end_year": None,
             "period_is_ambiguous": True}]
    predicted = [_action("A 1", "P", (2026, 2026), ["wie_alignment_uncertain"]),  # right, flagged
                 _action("A 2", "X", (2026, 2026), []),                           # wrong, not flagged
                 _action("A 3", "R", (2027, 2027), ["period_ambiguous"])]         # doubtful, flagged
    m = summary(judge(gold, predicted))
    assert (m["wrong"], m["flagged"], m["wrong_and_flagged"]) == (2, 2, 1)
    assert m["precision"] == 0.5 and m["recall"] == 0.5
    assert m["wrong_unflagged"] == ["A 2"] and m["flagged_right"] == ["A 1"]


def test_notes_on_where_a_fact_came_from_are_no_warnings() -> None:
    """A table's category and a period inherited from the document's title say where a fact came from: an
    action carrying only those is not flagged; per kind, each warning's precision and share of the wrong."""
    gold = [{"code": c, "lead": ["P"], "partners": [], "start_year": 2026, "end_year": 2026}
            for c in ("A 1", "A 2", "A 3", "A 4")]
    predicted = [_action("A 1", "P", (2026, 2026), ["type:convenant", "period_from_title"]),  # right, noted
                 _action("A 2", "P", (2025, 2026), ["period_several_dates"]),                 # wrong, flagged
                 _action("A 3", "X", (2026, 2026), ["party_name_uncertain", "type:x"]),       # wrong, flagged
                 _action("A 4", "P", (2026, 2026), ["period_several_dates"])]                 # right, flagged
    judged = judge(gold, predicted)
    assert [j.kinds for j in judged] == [(), ("period_several_dates",), ("party_name_uncertain",),
                                         ("period_several_dates",)]
    m = summary(judged)
    assert (m["flagged"], m["wrong"], m["precision"], m["recall"]) == (3, 2, 2 / 3, 1.0)
    kinds = per_kind(judged)
    assert kinds["period_several_dates"] == {"raised": 2, "wrong": 1, "precision": 0.5, "recall": 0.5}
    assert kinds["party_name_uncertain"]["precision"] == 1.0 and "type" not in kinds
    # held-out sets are summed apart from the sets tuned on
    result = run({"dev": judged[:2], "blind2": judged[2:]})
    assert (result["tuned"]["actions"], result["held out"]["actions"], result["all"]["actions"]) == (2, 2, 4)


@pytest.mark.slow
def test_corpus_rows_flag_only_where_the_evidence_is_weak() -> None:
    """A flag on most rows teaches users to ignore flags: on the agenda only rows whose own cell breaks the
    one-paragraph-per-cell reading are flagged, and every period the annotators could not settle is."""
    gold_path = SHARED / "eval" / "actions-dev.json"
    corpus = SHARED / "corpus" / "uitvoeringsagenda-novex-nzkg-2025-2029.txt"
    if not gold_path.is_file() or not corpus.is_file():
        pytest.skip("corpus not available")
    from ingest.extract import extract_document
    from ingest.text import parse_text

    actions = extract_document(parse_text(corpus)).actions
    flagged = [a for a in actions if warned(a)]
    assert len(flagged) <= len(actions) * 0.3, len(flagged)
    by_code = {a.code: a for a in actions}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["actions"]
    for g in gold:
        if g["period_is_ambiguous"] and g["document"] == corpus.stem:
            assert by_code[g["code"]].flags, g["code"]
