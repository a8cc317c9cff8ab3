"""Graph answers to search questions: actions by code, organisation, year and words; a passage's own row."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import facts
from kg.graphapi import open_graph
from tests.ui_store import build_store


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory):
    return open_graph(build_store(tmp_path_factory.mktemp("store")))


def codes(graph, q: str, results=None) -> list[str]:
    return [f["code"] for f in facts.answer(graph, q, results)]


def test_organisation_and_year_give_what_it_does_that_year(graph) -> None:
    answer = facts.answer(graph, "Wat moet gemeente Zaanstad doen in 2026?")
    assert answer and answer[0]["code"] == "GL 1"  # led by Zaanstad and due in 2026: first
    first = answer[0]
    assert first["lead"] == ["Gemeente Zaanstad"] and first["partners"] == ["GGD Zaanstreek-Waterland"]
    assert first["period"]["text"] == "2026" and first["page"] == 3 and first["document"]
    assert "UA A" in [f["code"] for f in answer]  # partner in, running in 2026
    assert "GL 2" not in [f["code"] for f in answer]  # 2024-2025


def test_other_words_narrow_an_organisations_actions(graph) -> None:
    assert codes(graph, "Welke afspraken over woningbouw heeft Zaanstad?") == ["UA A"]
    assert codes(graph, "Gezondheidsonderzoek Zaanstad") == ["GL 1"]
    assert codes(graph, "Zaanstad en de walvisvaart") == []  # no action says so: the passages answer


def test_codes_and_bare_years(graph) -> None:
    assert codes(graph, "Wie is trekker van UA B?") == ["UA B"]
    assert codes(graph, "Wat gebeurt er in 2026?") == []  # a whole year is the timeline's job


def test_a_who_question_answered_by_a_rows_passage(graph) -> None:
    row = {"text": "SP 1 Ontsluiting zeesluis IJmuiden\nWie: Rijkswaterstaat",
           "actions": [{"id": "https://w3id.org/nzkg/id/doc/aaaaaaaaaaaaaaaa/action/sp-1", "code": "SP 1"}]}
    assert codes(graph, "Wie ontsluit de zeesluis?", [row]) == ["SP 1"]
    mention = dict(row, text="De zeesluis wordt ontsloten (zie SP 1).")
    assert codes(graph, "Wie ontsluit de zeesluis?", [mention]) == []


def test_question_words_are_data() -> None:
    words = facts.question_words()
    assert {"task", "who", "when"} <= set(words) and "trekker" in words["who"]
    assert Path(facts.__file__).with_name("data").joinpath("question_words.json").is_file()


def test_codes_as_typed_are_found_by_lookup_not_by_reading_every_action(graph) -> None:
    from kg import lookup

    assert codes(graph, "wie trekt ua.b?") == codes(graph, "Wie trekt UAB?") == ["UA B"]
    assert codes(graph, "ua-b") == []  # a dash is no code's separator
    known = {"gl1": ["GL 1"], "ua b": ["UA B"], "uab": ["UA B"]}
    assert lookup.question_codes("GL 12 en gl1", known) == ["GL 1"]  # 'GL 12' spells no known code
    assert lookup.question_codes("Zie UA B.", known) == ["UA B"]
