"""Transposed tables: one column per action, the field names down the first column.

Some programmes print their actions side by side: the first column names the fields ('Actie', 'Trekker',
'Partners', 'Planning') and each further column is one action, headed by its code ('A1', 'A2'). Such a table
is turned here into the ordinary shape, one row per action, so that the one table-to-action model reads it.
"""

from __future__ import annotations

import re

from ingest.headers import exact_meaning, header_meanings
from ingest.model import Table, TableRow

CODE_NAME = "Nr."
MIN_FIELDS = 3


_CODE = re.compile(r"[A-Za-z]{0,6}[ .-]?\d{1,3}(?:\.\d{1,2})?")


def transposed_header(cells: list[str]) -> bool:
    """Whether a text row could head a transposed table: an empty or code-naming first cell, then a code in
    every other cell ('| | A1 | A2 | A3 |')."""
    first, rest = (cells[0].strip(), [c.strip() for c in cells[1:]]) if cells else ("", [])
    return (len(rest) >= 2 and (not first or exact_meaning(first) == "code")
            and all(_CODE.fullmatch(c) for c in rest))


def as_row_per_action(table: Table) -> Table:
    """The table turned a quarter, or the table itself when its first column does not name the fields of an
    action table (three names or more of the header lexicon, one of them what, one who or when)."""
    header, rows = table.head_and_body()
    if len(header) < 2 or len(rows) < MIN_FIELDS:
        return table
    names = [" ".join(r.cells[0].split()) for r in rows]
    if header_meanings(names) is None or sum(1 for n in names if exact_meaning(n)) < MIN_FIELDS:
        return table
    if header[0].strip() and exact_meaning(header[0]) not in (None, "code"):
        return table  # the first column heads a column of its own: an ordinary table
    new_header = [CODE_NAME, *names]
    page = min((r.page for r in rows), default=table.page)
    new_rows = [TableRow(cells=[header[j], *(r.cells[j] for r in rows)], page=page)
                for j in range(1, len(header)) if any(r.cells[j].strip() for r in rows)]
    return Table(page=table.page, header=new_header, rows=new_rows, method=table.method,
                 doubtful=table.doubtful)


def as_one_action_per_row(table: Table) -> Table:
    """A table that prints two (or more) actions side by side, its columns repeated ('Nr. | Actie | Wie |
    Wanneer | Nr. | Actie | Wie | Wanneer'), as one action per row: the left half's rows first, then the
    right half's; the table itself when its header repeats nothing."""
    header, rows = table.head_and_body()
    names = [" ".join(h.split()).lower() for h in header]
    width = next((w for w in range(MIN_FIELDS, len(names) // 2 + 1)
                  if len(names) % w == 0 and all(names[i] == names[i % w] for i in range(len(names)))), 0)
    if not width or header_meanings(header[:width]) is None:
        return table
    out = [TableRow(r.cells[k:k + width], r.page, r.doubtful) for k in range(0, len(header), width)
           for r in rows if any(c.strip() for c in r.cells[k:k + width])]
    return Table(page=table.page, header=header[:width], rows=out, method=table.method,
                 doubtful=table.doubtful)
