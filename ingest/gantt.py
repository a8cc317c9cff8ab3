"""Planning drawn as a Gantt chart: one column per year (or quarter), a mark in the periods an action runs;
or as one column per phase of a project, each holding the years that phase runs.

An uitvoeringsprogramma often shows when each action runs by marking year columns ('2026 | 2027 | 2028', a
'●' or 'X' in each year the action runs). Such columns are folded here into one 'Planning' cell per row,
from the first marked period to the last ('2026-2028'), so that the one table-to-action model reads the
period as from any other planning column.
"""

from __future__ import annotations

import re

from ingest.headers import header_meanings
from ingest.model import Table, TableRow
from ingest.periods import DURATION, last_year, parse_period

_QUARTER = r"(?:Q[1-4]|[1-4]e\s+kw(?:artaal)?\.?|H[12]|[12]e\s+helft)"
"""A part of a year as a column names it ('Q3', '2e kwartaal', 'H1', '1e helft')."""
_PERIOD = re.compile(rf"^(?:{_QUARTER}\s+)?((?:19|20)\d{{2}})(?:\s+{_QUARTER})?$", re.I)  # 'Q3 2027', 2027 Q3
_MARK = re.compile(r"^[●•■▪◼◾█▇▓▒░xX✓✔+*►▶→]+$")
_ARROW = re.compile(r"^[►▶→➔➜]+$")
"""An arrow in the last period column, where the chart's other marks are no arrows, says the action runs on
after the chart (a legend's '▶ = loopt door na 2029')."""
_SUB_PERIOD = re.compile(rf"^{_QUARTER}$", re.I)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# A column for the time after the chart ('na 2028', 'later', '> 2028'): a mark there leaves the end open.
_AFTER = re.compile(r"^(?:na\s+(?:19|20)\d{2}|later|daarna|>\s*(?:19|20)\d{2})$", re.I)
MIN_PERIODS = 2


def _period(name: str) -> bool:
    """Whether a column name is one period ('2026', 'Q3 2026')."""
    return bool(_PERIOD.match(" ".join(name.split())))


def as_planning_column(table: Table) -> Table:
    """The table with its marked period columns folded into one 'Planning' column, or the table itself
    when it has no such columns: at least two columns named by a year or quarter, every cell empty or a
    mark, at least one mark, and no planning column of its own."""
    header, rows = _quarters_under_years(*table.head_and_body())
    width = len(header)
    cells = [r.cells for r in rows]
    after = [j for j, name in enumerate(header) if _AFTER.match(" ".join(name.split()))
             and all(not c[j].strip() or _MARK.match(c[j].strip()) for c in cells)]
    periods = [j for j, name in enumerate(header) if _period(name)
               and all(not c[j].strip() or _MARK.match(c[j].strip()) for c in cells)]
    if len(periods) < MIN_PERIODS or not any(c[j].strip() for c in cells for j in periods):
        return table
    kept = [j for j in range(width) if j not in periods and j not in after]
    new_header = [header[j] for j in kept] + ["Planning"]
    meanings = header_meanings(new_header)
    if meanings is None or meanings.count("when") > 1:
        return table
    last = periods[-1]
    runs_on = any(_ARROW.match(c[last].strip()) for c in cells) and not any(
        _ARROW.match(c[j].strip()) for c in cells for j in periods[:-1])
    new_rows = []
    for row, c in zip(rows, cells, strict=True):
        marked = [" ".join(header[j].split()) for j in periods if c[j].strip()]  # in the header's order
        when = "" if not marked else marked[0] if len(marked) == 1 else f"{marked[0]} - {marked[-1]}"
        if marked and (any(c[j].strip() for j in after) or runs_on and _ARROW.match(c[last].strip())):
            when = f"vanaf {marked[0]}"  # it runs on after the chart: its end is not said
        new_rows.append(TableRow(cells=[c[j] for j in kept] + [when], page=row.page, doubtful=row.doubtful))
    return Table(page=table.page, header=new_header, rows=new_rows, method=table.method,
                 doubtful=table.doubtful)


def _quarters_under_years(header: list[str], rows: list[TableRow]) -> tuple[list[str], list[TableRow]]:
    """A two-row header, years over their quarters ('2027' spanning 'Q1 Q2 Q3 Q4'), as one row of periods
    ('Q1 2027', ...): a merged year cell is read as empty beside its first column, so a year names the empty
    columns right of it."""
    if not rows:
        return header, rows
    sub = rows[0].cells
    year, names, quarters = "", [], 0
    for name, below in zip(header, sub, strict=False):
        flat = " ".join(name.split())
        if _YEAR.match(flat):
            year = flat
        elif flat:
            year = ""
        if year and _SUB_PERIOD.match(" ".join(below.split())):
            names.append(f"{' '.join(below.split())} {year}")
            quarters += 1
        else:
            names.append(name)
    if quarters < MIN_PERIODS:
        return header, rows
    return names + header[len(names):], rows[1:]


# The phases of a project, each a column of the years it runs ('Verkenning | Planuitwerking | Realisatie').
_PHASES = ("verkenning", "planuitwerking", "planvorming", "voorbereiding", "ontwerp", "uitwerking",
           "aanbesteding", "realisatie", "uitvoering", "beheer", "haalbaarheid", "definitie", "oplevering")
# A phase cell that says the phase is done, or does not yet know when it runs.
_UNKNOWN = re.compile(r"(?i)^(?:n\.?t\.?b\.?|nog\s+(?:niet\s+)?(?:te\s+)?bepalen|nog\s+niet\s+bekend|"
                      r"onbekend|\?)$")
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")


def as_phase_columns(table: Table) -> Table:
    """The table with its phase columns ('Verkenning | Planuitwerking | Realisatie', each cell the years that
    phase runs, 'gereed' or 'n.t.b.') folded into one 'Planning' cell per row: from the first year to the
    last, open when the last phase is not planned yet. The table itself when it has fewer than two phase
    columns or a planning column of its own."""
    header, rows = table.head_and_body()
    phases = [j for j, name in enumerate(header) if " ".join(name.lower().split()).strip(" :") in _PHASES]
    others = [name for j, name in enumerate(header) if j not in phases]
    if len(phases) < MIN_PERIODS or header_meanings([*others, "Planning"]) is None or \
            "when" in (header_meanings(others) or []):
        return table
    new_rows = []
    for row in rows:
        years = [int(y) for j in phases for y in _ANY_YEAR.findall(row.cells[j])]
        last = " ".join(row.cells[phases[-1]].split())
        when = ""
        if years and _UNKNOWN.match(last):
            when = f"vanaf {min(years)}"
        elif years:
            when = str(min(years)) if min(years) == max(years) else f"{min(years)} - {max(years)}"
        new_rows.append(TableRow(cells=[c for j, c in enumerate(row.cells) if j not in phases] + [when],
                                 page=row.page, doubtful=row.doubtful))
    return Table(page=table.page, header=[*others, "Planning"], rows=new_rows, method=table.method,
                 doubtful=table.doubtful)


# A duration beside a start ('Start | Duur': 'januari 2027 | 3 jaar', '2028 | 18 maanden', 'doorlopend').
_DURATION_NAMES = ("duur", "looptijd", "doorlooptijd", "duur (maanden)", "duur (jaren)")
_START_NAMES = ("start", "startdatum", "begin", "aanvang", "startmoment", "start (jaar)")
_OPEN = re.compile(r"(?i)^(?:doorlopend|structureel|continu|onbepaald|n\.?t\.?b\.?|nog niet bekend)$")


def _ends(start: str, duration: str) -> str:
    """'januari 2027' + '3 jaar' -> '2027 - 2029': the year the last month of the duration falls in, counted
    from the start's first month; a start alone ('vanaf 2027') for 'doorlopend'; '' when either is unread."""
    begun = parse_period(start) if start else None
    if begun is None or begun.start_year is None:
        return ""
    if _OPEN.match(duration):
        return f"vanaf {begun.start_year}"
    end = last_year(begun, duration)
    if end is None:
        return ""
    return str(begun.start_year) if end == begun.start_year else f"{begun.start_year} - {end}"


def as_start_and_duration(table: Table) -> Table:
    """The table with a start column and a duration column ('Start | Duur') folded into one 'Planning'
    column: from the start to where the duration ends. The table itself when it has no such pair."""
    header, rows = table.head_and_body()
    names = [" ".join(h.lower().split()) for h in header]
    start = next((j for j, n in enumerate(names) if n in _START_NAMES), None)
    length = next((j for j, n in enumerate(names) if n in _DURATION_NAMES), None)
    if start is None or length is None or not any(
            DURATION.match(" ".join(r.cells[length].split())) for r in rows):
        return table
    keep = [j for j in range(len(header)) if j not in (start, length)]
    new_rows = []
    for r in rows:
        begun = " ".join(r.cells[start].split())
        when = _ends(begun, " ".join(r.cells[length].split())) or begun
        new_rows.append(TableRow(cells=[r.cells[j] for j in keep] + [when], page=r.page, doubtful=r.doubtful))
    return Table(page=table.page, header=[header[j] for j in keep] + ["Planning"], rows=new_rows,
                 method=table.method, doubtful=table.doubtful)
