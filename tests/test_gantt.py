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
