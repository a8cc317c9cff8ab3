"""parse_period on real wording from the corpus and on tricky Dutch date phrases."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.periods import parse_period

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def years(text: str) -> tuple[int | None, int | None]:
    period = parse_period(text)
    assert period is not None, text
    return period.start_year, period.end_year


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-2028", (2024, 2028)),
        ("2024- 2028", (2024, 2028)),
        ("2025 – 2028", (2025, 2028)),
        ("2024 -2028", (2024, 2028)),
        ("2024 t/m 2026", (2024, 2026)),
        ("2024 tot en met 2026", (2024, 2026)),
        ("2025/2026", (2025, 2026)),
        ("2031", (2031, 2031)),
        ("in 2030", (2030, 2030)),
        ("Verwachte \nstart in \n2025", (2025, None)),
        ("Voor-\nbereiding \ngestart in \n2024", (2024, None)),
        ("Niet voor 2035", (2035, None)),
        ("Uiterlijk \n2028", (None, 2028)),
        ("tot 2030", (None, 2030)),
        ("vóór 2030", (None, 2030)),
        ("Fase 1 Verkenning,\nFase 2 Haalbaarheid\n2024 -2028", (2024, 2028)),
        ("Start in 2025 met klimaatstraten, ringpark en Plein 1945", (2025, None)),
        # Frisian, as documents of Fryslân write it
        ("fan 2028 ôf", (2028, None)),
        ("úterlik 2029", (None, 2029)),
        ("2027 oant en mei 2030", (2027, 2030)),
        # a duration from a start: to the year its last month falls in
        ("3 jaar vanaf 2027", (2027, 2029)),
        ("1 jaar vanaf 2028", (2028, 2028)),
        ("18 maanden vanaf januari 2029", (2029, 2030)),
        ("until 2030", (None, 2030)),
    ],
)
def test_years(text, expected):
    assert years(text) == expected


def test_quarter_and_not_before():
    q4 = parse_period("Q4 2026")
    assert (q4.start, q4.end, q4.start_year, q4.end_year) == ("2026-10", "2026-12", 2026, 2026)
    vanaf = parse_period("Vanaf Q4 \n2026")
    assert (vanaf.start, vanaf.end, vanaf.qualifier, vanaf.text) == (
        "2026-10",
        None,
        "not_before",
        "Vanaf Q4 2026",
    )
    assert parse_period("Niet voor 2035").qualifier == "not_before"
    assert parse_period("Uiterlijk 2028").qualifier == "deadline"


def test_approximate_turn_of_the_year():
    p = parse_period("Sociale ontmoetings-\nplekken eind 2025/\nbegin 2026")
    assert (p.start, p.end, p.qualifier) == ("2025-10", "2026-03", "approximate")


@pytest.mark.parametrize(
    "text, start, end, qualifier",
    [
        ("september 2025", "2025-09", "2025-09", None),
        ("Sept. 2025", "2025-09", "2025-09", None),
        ("begin 2025", "2025-01", "2025-03", "approximate"),
        ("medio 2026", "2026-05", "2026-08", "approximate"),
        ("zomer van 2022", "2022-06", "2022-08", "approximate"),
        ("najaar 2025", "2025-09", "2025-11", "approximate"),
        ("voor 1 januari 2027", None, "2027-01-01", "deadline"),
    ],
)
def test_months_and_parts_of_the_year(text, start, end, qualifier):
    p = parse_period(text)
    assert (p.start, p.end, p.qualifier) == (start, end, qualifier)


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Doorlopend", "ongoing"),
        ("Kerntaak", "core_task"),
        ("PM", "unknown"),
        ("In uitvoering (fase 4)", "ongoing"),
    ],
)
def test_words_without_years(text, qualifier):
    p = parse_period(text)
    assert (p.start_year, p.end_year, p.qualifier) == (None, None, qualifier)


def test_no_period():
    assert parse_period("") is None
    assert parse_period("Gemeente Velsen") is None
    assert parse_period("fase 2 van 3") is None


def test_phases_and_overall_span():
    p = parse_period("Inves-\nterings-\nbesluit: \n2025\n\nRealisatie:\n2025-2027")
    assert (p.start_year, p.end_year) == (2025, 2027)
    assert [(f.text, f.start_year, f.end_year) for f in p.phases] == [
        ("Investeringsbesluit", 2025, 2025),
        ("Realisatie", 2025, 2027),
    ]
    p = parse_period("Voor-\nbereiding \n2024-2025\n\nRealisatie\n2025 \n– 2028")
    assert (p.start_year, p.end_year, [f.text for f in p.phases]) == (
        2024,
        2028,
        ["Voorbereiding", "Realisatie"],
    )
    p = parse_period("Voor-bereiding\n2024 tot en met 2026.\nAfspraak met Rijk 2027\nRealisatie 2028-2040")
    assert (p.start_year, p.end_year) == (2024, 2040)
    assert [f.text for f in p.phases] == ["Voorbereiding", "Afspraak met Rijk", "Realisatie"]
    p = parse_period(
        "Maatwerk-\nafspraken worden verwacht in \n2024 \nRealisatie:\nfase 1 (Heracless)\n2025-2030"
    )
    assert (p.start_year, p.end_year) == (2024, 2030)


def test_year_first_phases_take_the_words_after():
    p = parse_period("2024: start \nbouw 2e \npont.\n\n2025/2026:\n2e pont \nin vaart \nnemen.")
    assert (p.start_year, p.end_year) == (2024, 2026)
    assert [f.text for f in p.phases] == ["start bouw 2e pont", "2e pont in vaart nemen"]


def test_open_ended_last_phase_leaves_no_end():
    p = parse_period("Voorbereiding 2024-2025, realisatie vanaf 2027")
    assert (p.start_year, p.end_year) == (2024, None)


def test_original_wording_is_kept():
    assert parse_period("Verwachte \nstart in \n2025").text == "Verwachte start in 2025"


@pytest.mark.slow
def test_corpus_wanneer_cells():
    """Every short paragraph in the NOVEX text holding a year parses to a sane span."""
    novex = SHARED / "corpus" / "uitvoeringsagenda-novex-nzkg-2025-2029.txt"
    if not novex.is_file():
        pytest.skip("shared corpus not present")
    text = novex.read_text(encoding="utf-8")
    cells = [c for c in re.split(r"\n\s*\n", text) if re.search(r"\b20\d\d\b", c) and len(c) < 60]
    assert len(cells) >= 30
    for cell in cells:
        p = parse_period(cell)
        assert p is not None, cell
        for year in (p.start_year, p.end_year):
            assert year is None or 2000 <= year <= 2060, cell
        if p.start_year and p.end_year:
            assert p.start_year <= p.end_year, cell


@pytest.mark.slow
def test_dev_annotation_wordings():
    """The dev annotations' periods for wordings that appear verbatim in the corpus."""
    dev = SHARED / "eval" / "actions-dev.json"
    if not dev.is_file():
        pytest.skip("shared eval not present")
    about = json.loads(dev.read_text(encoding="utf-8"))["about"]
    # the annotation guide states these readings explicitly
    assert "Uiterlijk 2028" in about and years("Uiterlijk 2028") == (None, 2028)
    assert "Niet voor 2035" in about and years("Niet voor 2035") == (2035, None)
    assert "Verwachte start in 2025" in about and years("Verwachte start in 2025") == (2025, None)


def test_year_first_paragraphs_are_labelled_by_their_own_words():
    p = parse_period("2023-2026\nVoor-\nbereiding\n\n2025-2027\nOntwerp\n\n2027-2030\nUitvoering")
    assert (p.start_year, p.end_year) == (2023, 2030)
    assert [(f.text, f.start_year, f.end_year) for f in p.phases] == [
        ("Voorbereiding", 2023, 2026), ("Ontwerp", 2025, 2027), ("Uitvoering", 2027, 2030)]


def test_paragraph_phase_keeps_the_words_around_its_date():
    p = parse_period("Start in 2025 met\nklimaatstraten en Plein 1945\n\n"
                     "Ontmoetingsplekken eind 2025/\nbegin 2026")
    assert [(f.text, f.start_year, f.end_year) for f in p.phases] == [
        ("Start met klimaatstraten en Plein 1945", 2025, None), ("Ontmoetingsplekken", 2025, 2026)]


def test_undated_step_is_a_phase_but_a_remark_is_not():
    p = parse_period("Planfase\n2024-2026\n\nRealisatie\nNog te bepalen.")
    assert [(f.text, f.start_year, f.end_year) for f in p.phases] == [
        ("Planfase", 2024, 2026), ("Realisatie Nog te bepalen.", None, None)]
    p = parse_period("2027-2040\n\nPunt is nog\nonzeker.")
    assert (p.start_year, p.end_year, p.phases) == (2027, 2040, [])


def test_open_end_after_dated_phases_is_not_a_not_before():
    p = parse_period("Planfase 2024-2026\n\nStart uitvoering 2028")
    assert (p.start_year, p.end_year, p.qualifier) == (2024, None, None)
    assert parse_period("Vanaf 2026").qualifier == "not_before"  # a single "vanaf" still is


def test_text_opening_with_its_first_range_takes_the_words_after():
    p = parse_period("2025/2026/2027, Q1 2025 sloop eerste gebouwen")
    assert [f.text for f in p.phases] == ["2025/2026/2027", "sloop eerste gebouwen"]


def test_year_then_start_is_a_begin_without_end():
    p = parse_period("2024: start bouw \neerste woningen")
    assert (p.start_year, p.end_year) == (2024, None)
    assert years("2025: oplevering") == (2025, 2025)


def test_end_of_a_year_on_its_own_is_a_deadline() -> None:
    from ingest.periods import parse_period

    alone = parse_period("eind 2026")
    got = (alone.start_year, alone.end_year, alone.qualifier, alone.end)
    assert got == (None, 2026, "deadline", "2026-12")
    started = parse_period("Start eind 2024. Loopt door tot 2026")
    assert (started.start_year, started.end_year) == (2024, 2026)
    around = parse_period("eind 2025/begin 2026")
    assert (around.start_year, around.end_year, around.qualifier) == (2025, 2026, "approximate")


@pytest.mark.parametrize(
    "text, start, end, qualifier",
    [
        ("2025 e.v.", "2025", None, "ongoing"),
        ("2025 en verder", "2025", None, "ongoing"),
        ("start 2027", "2027", None, None),
        ("Start Q2 2027", "2027-04", None, None),
        ("eind 2025/start 2026", "2025-10", "2026-03", "approximate"),
        ("lopend – 2027", None, "2027", None),
        ("loopt tot 2027", None, "2027", None),
        ("doorlopend t/m 2028", None, "2028", None),
        ("jaarlijks", None, None, "ongoing"),
        ("Vanaf 2027 jaarlijks", "2027", None, "not_before"),
    ],
)
def test_open_ends_open_begins_and_recurring_work(text, start, end, qualifier):
    """'e.v.' leaves the end open, a lone 'start 2027' is a begin (joined to another point it is early in the
    year), 'lopend - 2027' ends work under way, 'jaarlijks' recurs without a period of its own."""
    p = parse_period(text)
    assert (p.start, p.end, p.qualifier) == (start, end, qualifier)


@pytest.mark.parametrize(
    "text, years",
    [
        ("in het voorjaar van 2027", [(2027, 2027)]),
        ("na de zomer van 2027", [(2027, 2027)]),
        ("in het eerste kwartaal van 2027", [(2027, 2027)]),
        ("dit jaar", [(2026, 2026)]),
        ("voor het einde van dit jaar", [(None, 2026)]),
        ("dit jaar afspraken over levering tot ten minste 2035", [(2026, 2026), (None, 2035)]),
    ],
)
def test_date_phrases_of_a_letter(text, years):
    from ingest.periods import date_phrases

    found = date_phrases(text, "2026-03-09")
    assert [(d.period.start_year, d.period.end_year) for d in found] == years
    if len(found) == 2:  # "tot ten minste" belongs to the phrase: an end of what lasts, not a moment
        assert found[1].until and text[found[1].start:].startswith("tot ten minste")


@pytest.mark.parametrize(
    "text, years, qualifier",
    [
        ("2028", (None, 2028), "deadline"),
        ("Q2 2028", (None, 2028), "deadline"),
        ("medio 2027", (None, 2027), "deadline"),
        ("2026-2028", (2026, 2028), None),     # a span says its own begin
        ("vanaf 2027", (2027, None), "not_before"),
        ("doorlopend", (None, None), "ongoing"),
    ],
)
def test_one_moment_under_a_ready_by_header_is_a_deadline(text, years, qualifier):
    from ingest.periods import as_deadline

    period = as_deadline(parse_period(text))
    assert (period.start_year, period.end_year, period.qualifier) == (*years, qualifier)
    assert period.text == text


@pytest.mark.parametrize("text", ["2026 – doorlopend", "2026 doorlopend", "Q3 2026 - continu"])
def test_a_moment_then_ongoing_is_a_start_without_end(text):
    period = parse_period(text)
    assert (period.start_year, period.end_year, period.qualifier) == (2026, None, "ongoing")


@pytest.mark.parametrize("text, years", [
    ("eind Q3 2027", (None, 2027)), ("eind juni 2027", (None, 2027)),
    ("vanaf schooljaar 2027/2028", (2027, None)), ("2026/2027", (2026, 2027)),
    ("Q1 2027 nulmeting; daarna jaarlijks een rapportage", (2027, None)),
    ("Q2 2027 ontwerp gereed; Q4 2028 oplevering", (2027, 2028))])
def test_end_of_a_quarter_school_years_and_recurring_work_after_a_start(text, years):
    period = parse_period(text)
    assert (period.start_year, period.end_year) == years


@pytest.mark.parametrize("text, years", [
    ("from 2027", (2027, None)), ("by end 2029", (None, 2029)), ("before 2028", (None, 2028)),
    ("ongoing", (None, None))])
def test_periods_written_in_english(text, years):
    period = parse_period(text)
    assert (period.start_year, period.end_year) == years


def test_dates_in_figures_and_a_colon_after_gereed() -> None:
    due = parse_period("uiterlijk 31-12- 2027")  # broken at a line end after the hyphen
    assert due is not None and (due.start_year, due.end_year, due.end) == (None, 2027, "2027-12-31")
    span = parse_period("01-03-2027 t/m 30/6/2028")
    assert span is not None and (span.start, span.end) == ("2027-03-01", "2028-06-30")
    ready = parse_period("Gereed: Q2 2028")
    assert ready is not None
    assert (ready.start_year, ready.end_year, ready.qualifier) == (None, 2028, "deadline")
    assert parse_period("nummer 45-12-2027") is not None  # no such date: the year alone is read


@pytest.mark.parametrize("text, years", [
    ("'27-'28", (2027, 2028)), ("najaar ’27", (2027, 2027)), ("v.a. '28", (2028, None)),
    ("t/m '29", (None, 2029)), ("Tot de zomer van 2028", (None, 2028)),
    ("van 2026 tot het voorjaar van 2028", (2026, 2028))])
def test_years_written_short_and_until_a_season(text, years):
    period = parse_period(text)
    assert period is not None and (period.start_year, period.end_year) == years

