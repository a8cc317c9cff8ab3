"""Tables one per year ('Jaarschijf 2027', '2028'): the year above a table without a when-column is each row's
planning; an action that a later year's table repeats under its code runs until that later year."""

from __future__ import annotations

import re

from ingest.headers import header_meanings
from ingest.model import Page, Table, TableRow

YEAR_COLUMN = "Jaar"
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_HEADING_WORDS = 6
"""A line above a table naming its year is a heading: this many words at most ('Jaarschijf 2027')."""
_RULE = re.compile(r"^[\s|:+=_-]*$")  # a Markdown table's rule, an underline


def _heading_year(lines: list[str], above: int) -> str | None:
    """The one year of the heading line just above line `above`, or None when that line is no such heading."""
    for k in range(above - 1, -1, -1):
        line = lines[k].strip().strip("#*_ ").strip()
        if not line or _RULE.match(line):
            continue
        years = _YEAR.findall(line)
        words = line.split()
        if len(set(years)) != 1 or len(words) > _HEADING_WORDS or line.endswith((".", ":", ",")):
            return None
        if len(re.findall(r"\d+", line)) != 1:  # '2027-2029', 'Tabel 3 - 2027': a range or a numbered title
            return None
        return years[0]
    return None


def _header_line(lines: list[str], header: list[str], start: int) -> int | None:
    """The first line from `start` that holds the first word of every header cell, in order."""
    firsts = [c.split()[0] for c in header if c.split()]
    if len(firsts) < 2:
        return None
    pattern = re.compile(r"(?i)(?<!\w)" + r"(?!\w).*?(?<!\w)".join(re.escape(w) for w in firsts) + r"(?!\w)")
    return next((k for k in range(start, len(lines)) if pattern.search(lines[k])), None)


def with_table_years(tables: list[Table], pages: list[Page]) -> list[Table]:
    """Each action table without a when-column under a heading of one year gets that year as a column; a row
    whose code and title an earlier year's table holds is left out there and widens that row's years."""
    out: list[Table] = []
    cursor: dict[int, int] = {}  # page -> the line after the last header found on it
    first_row: dict[str, tuple[int, int, list[str]]] = {}  # code -> (table, row, years)
    for table in tables:
        meanings = header_meanings(table.header) if table.header else None
        if not meanings or "when" in meanings or not 0 < table.page <= len(pages):
            out.append(table)
            continue
        lines = pages[table.page - 1].text.splitlines()
        at = _header_line(lines, table.header, cursor.get(table.page, 0))
        year = _heading_year(lines, at) if at is not None else None
        if at is not None:
            cursor[table.page] = at + 1
        if year is None:
            out.append(table)
            continue
        code = meanings.index("code") if "code" in meanings else None
        what = meanings.index("what") if "what" in meanings else None
        rows: list[TableRow] = []
        for row in table.rows:
            key = f"{row.cells[code].strip()}|{' '.join(row.cells[what].split())}" \
                if code is not None and what is not None and row.cells[code].strip() else ""
            if key and key in first_row:
                first_row[key][2].append(year)
                continue
            if key:
                first_row[key] = (len(out), len(rows), [year])
            rows.append(TableRow([*row.cells, year], row.page, row.doubtful))
        out.append(Table(table.page, [*table.header, YEAR_COLUMN], rows, table.method, table.doubtful))
    for t, r, years in first_row.values():
        if len(years) > 1:
            span = f"{min(years)} - {max(years)}"
            out[t].rows[r] = TableRow([*out[t].rows[r].cells[:-1], span], out[t].rows[r].page,
                                      out[t].rows[r].doubtful)
    return out
