"""Footnotes of a table: markers glued to its cells ('Brabantse Delta1', '2e helft 20283') and the notes
under it ('1 Samen met de gemeenten Geertruidenberg en Drimmelen.').

A table that names only the trekker and the planning may say in footnotes with whom the trekker works, for
whom, and after what. The marker is cut from the cell, so that the name and the year read again, and the notes
of a row join it in a column of their own ('Toelichting'), where partners and dependencies are read as in
any description.
"""

from __future__ import annotations

import re

from ingest.model import Page, Table, TableRow

# A note under the table: its number, then a sentence.
_NOTE = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]+([A-Z][^\n]{3,300}?)[ \t]*$")
# A marker glued to a cell's end: after a letter or closing mark ('Delta1', 'BW4'), or after a year ('20283').
_GLUED = re.compile(r"(?:(?<=[A-Za-zÀ-ÿ.)’'])|(?<=\b(?:19|20)\d\d))(\d{1,2})$")
MIN_NOTES = 2
NOTE_COLUMN = "Toelichting"


def notes_on(page: str) -> dict[str, str]:
    """The numbered notes of a page, when they run 1, 2, 3, ... (at least MIN_NOTES of them)."""
    notes: dict[str, str] = {}
    for m in _NOTE.finditer(page):
        if m.group(1) == str(len(notes) + 1):
            notes[m.group(1)] = m.group(2).strip()
    return notes if len(notes) >= MIN_NOTES else {}


def with_footnotes(table: Table, pages: list[Page]) -> Table:
    """The table with the footnote markers cut from its cells and each row's notes in a column of their own;
    the table itself when its page has no notes or no cell carries a marker."""
    page = next((p.text for p in pages if p.number == table.page), "")
    notes = notes_on(page)
    if not notes:
        return table
    rows, marked = [], 0
    for row in table.rows:
        cells, said = [], []
        for cell in row.cells:
            m = _GLUED.search(cell.rstrip())
            if m and m.group(1) in notes:
                cells.append(cell.rstrip()[:m.start()])
                said.append(notes[m.group(1)])
                marked += 1
            else:
                cells.append(cell)
        rows.append(TableRow(cells + [" ".join(said)], row.page, row.doubtful))
    if marked < MIN_NOTES:
        return table
    header = table.header + [NOTE_COLUMN] if table.header else []
    if not table.header and rows:  # the names are in the first row
        rows[0] = TableRow(rows[0].cells[:-1] + [NOTE_COLUMN], rows[0].page, rows[0].doubtful)
    return Table(page=table.page, header=header, rows=rows, method=table.method, doubtful=table.doubtful)
