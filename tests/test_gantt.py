"""Planning drawn as a Gantt chart (year columns with marks) read as one period per action."""

from __future__ import annotations

from pathlib import Path

from benchmarks.extraction_eval import extract_file
from ingest.gantt import as_planning_column
from ingest.model import Table, TableRow

DATA = Path(__file__).parent / "data"


def test_marked_years_become_a_period_from_first_to_last() -> None:
    grid = Table(page=1, header=[], method="ruled", rows=[
        TableRow(["Nr.", "Actie", "Trekker", "2026", "2027", "2028"], 1),
        TableRow(["1", "Visie uitwerken", "PF", "●", "●", ""], 1),
        TableRow(["2", "Campagne", "Vitens", "X", "", "X"], 1),
        TableRow(["3", "Evaluatie", "PF", "", "", "●"], 1),
    ])
    table = as_planning_column(grid)
    assert table.header == ["Nr.", "Actie", "Trekker", "Planning"]
    assert [r.cells[3] for r in table.rows] == ["2026 - 2027", "2026 - 2028", "2028"]


def test_a_table_of_figures_per_year_is_no_gantt_chart() -> None:
    budget = Table(page=1, header=["Actie", "Trekker", "2026", "2027"], method="ruled",
                   rows=[TableRow(["Dijk versterken", "Waterschap Limburg", "1,2", "0,8"], 1)])
    assert as_planning_column(budget) is budget
    planned = Table(page=1, header=["Actie", "Trekker", "Planning", "2026", "2027"], method="ruled",
                    rows=[TableRow(["Dijk versterken", "Waterschap Limburg", "2026", "X", ""], 1)])
    assert as_planning_column(planned) is planned  # its own planning column says when


def test_a_ruled_pdf_gantt_chart() -> None:
    """fpdf2, written blind: '●' in the years an action runs, abbreviations explained under the table."""
    actions = {a.code: a for a in extract_file(DATA / "extraction-blind6" / "b6-gantt.pdf")}
    assert len(actions) == 9
    periods = {c: (a.period.start_year, a.period.end_year) for c, a in actions.items() if a.period}
    assert periods["4"] == (2027, 2029) and periods["5"] == (2026, 2026) and periods["8"] == (2026, 2028)
    assert [r.actor.label for r in actions["7"].roles if r.role == "lead"] == ["Gemeente Leeuwarden"]


def test_quarters_under_merged_years_and_a_column_for_after_the_chart() -> None:
    """A two-row header: each year spans its four quarters (the merged cell is read beside its first column);
    a mark under 'na 2028' means the action runs on, its end not said."""
    grid = Table(page=1, header=[], method="ruled", rows=[
        TableRow(["Nr.", "Actie", "Trekker", "2027", "", "", "", "2028", "", "", "", "na\n2028"], 1),
        TableRow(["Nr.", "Actie", "Trekker", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "na\n2028"], 1),
        TableRow(["1", "Dijk versterken", "WSRL", "", "", "■", "■", "■", "■", "■", "■", "►"], 1),
        TableRow(["2", "Hitteplan", "Wijchen", "■", "■", "", "", "", "", "", "", ""], 1),
    ])
    table = as_planning_column(grid)
    assert table.header == ["Nr.", "Actie", "Trekker", "Planning"]
    assert [r.cells[3] for r in table.rows] == ["vanaf Q3 2027", "Q1 2027 - Q2 2027"]


def test_a_pdf_gantt_by_quarter_read_once() -> None:
    """fpdf2, written blind: quarters under years, '►' after the chart; the page's ruled grid and its aligned
    words both read the rows, which are one row each."""
    actions = extract_file(DATA / "extraction-blind17" / "b17-kwartaalgantt.pdf")
    assert [a.code for a in actions] == [f"MW{i}" for i in range(1, 7)]
    periods = [(a.period.start_year, a.period.end_year) if a.period else None for a in actions]
    assert periods == [(2027, None), (2027, 2027), (2027, 2028), (2027, 2028), (2028, 2028), (2028, None)]
    assert {r.actor.label for r in actions[4].roles if r.role == "partner"} == {
        "Waterschap Rivierenland", "Nederlandse Fruittelers Organisatie"}


def test_an_arrow_in_the_last_year_column_leaves_the_end_open() -> None:
    """'●' in the years an action runs and '▶' in the last year column (the legend: it runs on after the
    chart): the end is not said. Where every mark is an arrow, an arrow is just a mark."""
    grid = Table(page=1, header=[], method="ruled", rows=[
        TableRow(["Nr.", "Actie", "Trekker", "2026", "2027", "2028"], 1),
        TableRow(["1", "Visie uitwerken", "PF", "●", "●", "▶"], 1),
        TableRow(["2", "Campagne", "Vitens", "", "●", "●"], 1),
    ])
    assert [r.cells[3] for r in as_planning_column(grid).rows] == ["vanaf 2026", "2027 - 2028"]
    arrows = Table(page=1, header=[], method="ruled", rows=[
        TableRow(["Nr.", "Actie", "Trekker", "2026", "2027", "2028"], 1),
        TableRow(["1", "Visie uitwerken", "PF", "▶", "▶", "▶"], 1),
    ])
    assert [r.cells[3] for r in as_planning_column(arrows).rows] == ["2026 - 2028"]
    actions = {a.code: a for a in extract_file(DATA / "extraction-blind35" / "b35-gebiedsagenda.pdf")}
    periods = {c: (a.period.start_year, a.period.end_year) for c, a in actions.items() if a.period}
    assert periods["HBO-2"] == (2027, None) and periods["HBO-6"] == (2026, None)
