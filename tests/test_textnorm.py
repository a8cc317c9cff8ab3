"""Dutch keyword analysis: folding, stop words, stems, compound parts, codes and organisation names."""

from __future__ import annotations

import pytest

from kg.textnorm import Analyzer, codes, corpus_vocabulary, fold, join_breaks, load_organisations


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(["walstroom", "verduurzaming", "warmte"], load_organisations())


def test_fold_and_line_breaks() -> None:
    assert fold("Beïnvloedingsstrategie") == "beinvloedingsstrategie"
    assert join_breaks("uitvoerings-\nagenda") == "uitvoeringsagenda"
    assert join_breaks("Noord-\nHolland") == "Noord-Holland"


def test_codes_are_single_tokens() -> None:
    assert codes("zie WB 1, ES 5A, SV IJ 1 en UA B; ook GL8") == ["wb_1", "es_5a", "sv_ij_1", "ua_b", "gl_8"]
    assert codes("PNH en NZKG 2025") == []


def test_compounds_find_their_parts(analyzer: Analyzer) -> None:
    assert {"waterstof", "netwerk"} <= set(analyzer.split("waterstofnetwerk"))
    assert analyzer.split("verduurzamingsopgave")[:2] == ["verduurzaming", "opgave"]
    assert analyzer.split("gemeenten") == []          # an inflected word, not a compound
    assert analyzer.split("betrokkenheid") == []      # a suffix, not a part
    query, passage = set(analyzer.tokens("waterstof")), set(analyzer.tokens("het nieuwe waterstofnetwerk"))
    assert query & passage


def test_stop_words_gone_and_stems_shared(analyzer: Analyzer) -> None:
    tokens = analyzer.tokens("Wanneer moeten de lozingsvergunningen herzien zijn?")
    assert "wanneer" not in tokens and "de" not in tokens
    assert set(analyzer.tokens("lozingsvergunning")) & set(tokens)


def test_organisations_match_by_name_or_abbreviation(analyzer: Analyzer) -> None:
    assert "org_rijkswaterstaat" in analyzer.tokens("Wat doet RWS?")
    assert "org_rijkswaterstaat" in analyzer.tokens("Rijkswaterstaat legt stil asfalt aan")
    assert "org_provincie-noord-holland" in analyzer.query_codes("de provincie Noord-Holland en PNH")
    assert "org_port-of-amsterdam" in analyzer.query_codes("Port of Amsterdam")


def test_an_action_code_is_not_read_as_an_organisation(analyzer: Analyzer) -> None:
    assert analyzer.query_codes("Wat houdt AZ 3 in?") == {"code_az_3"}
    tokens = analyzer.tokens("AZ 1 en AZ 2 met het ministerie van AZ")
    assert tokens.count("org_ministerie-az") == 1 and {"code_az_1", "code_az_2"} <= set(tokens)


def test_vocabulary_counts_a_repeated_text_as_often_as_it_occurs() -> None:
    # Read once per distinct text, but the same words as reading every copy: twice seen is in the vocabulary.
    once = corpus_vocabulary(["De walstroomkade ligt aan het water."])
    twice = corpus_vocabulary(["De walstroomkade ligt aan het water."] * 2)
    assert "walstroomkade" not in once and "walstroomkade" in twice
