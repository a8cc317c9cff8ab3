"""Planning drawn as a Gantt chart: one column per year (or quarter), a mark in the periods an action runs.

An uitvoeringsprogramma often shows when each action runs by marking year columns ('2026 | 2027 | 2028', a
'●' or 'X' in each year the action runs). Such columns are folded here into one 'Planning' cell per row,
from the first marked period to the last ('2026-2028'), so that the one table-to-action model reads the
period as from any other planning column.
"""

from __future__ import annotations

import re

from ingest.headers import header_meanings
from ingest.model import Table, TableRow

_PERIOD = re.compile(r"^(?:(?:Q[1-4]|[1-4]e\s+kw(?:artaal)?\.?|H[12]|[12]e\s+helft)\s+)?((?:19|20)\d{2})$",
                     re.I)
_MARK = re.compile(r"^[●•■▪◼◾█▇xX✓✔+*]+$")
MIN_PERIODS = 2


def _period(name: str) -> bool:
    """Whether a column name is one period ('2026', 'Q3 2026')."""
    return bool(_PERIOD.match(" ".join(name.split())))


def as_planning_column(table: Table) -> Table:
    """The table with its marked period columns folded into one 'Planning' column, or the table itself
    when it has no such columns: at least two columns named by a year or quarter, every cell empty or a
    mark, at least one mark, and no planning column of its own."""
    header, rows = table.head_and_body()
    width = len(header)
    cells = [r.cells for r in rows]
    periods = [j for j, name in enumerate(header) if _period(name)
               and all(not c[j].strip() or _MARK.match(c[j].strip()) for c in cells)]
    if len(periods) < MIN_PERIODS or not any(c[j].strip() for c in cells for j in periods):
        return table
    kept = [j for j in range(width) if j not in periods]
    new_header = [header[j] for j in kept] + ["Planning"]
    meanings = header_meanings(new_header)
    if meanings is None or meanings.count("when") > 1:
        return table
    new_rows = []
    for row, c in zip(rows, cells, strict=True):
        marked = [" ".join(header[j].split()) for j in periods if c[j].strip()]  # in the header's order
        when = "" if not marked else marked[0] if len(marked) == 1 else f"{marked[0]} - {marked[-1]}"
        new_rows.append(TableRow(cells=[c[j] for j in kept] + [when], page=row.page, doubtful=row.doubtful))
    return Table(page=table.page, header=new_header, rows=new_rows, method=table.method,
                 doubtful=table.doubtful)
