"""Tables in plain text: pipe tables, tab- or semicolon-separated rows and columns aligned by spaces, under a
header row that the header lexicon recognises."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

from ingest.aligned import LayoutLine, Word, read_aligned
from ingest.headers import header_meanings
from ingest.model import Page, Table, TableRow
from ingest.role_matrix import matrix_header
from ingest.transposed import transposed_header

_SEPARATOR = re.compile(r"^\s*[|+]?\s*:?[-=]{2,}:?\s*(?:[|+]\s*:?[-=]{2,}:?\s*)*[|+]?\s*$")
_BR = re.compile(r"<br\s*/?>", re.I)


def _tab_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().split("\t")]


def _semicolon_cells(line: str) -> list[str]:
    """A row of a spreadsheet saved as text with ';' between cells, a cell with a ';' in it quoted."""
    return [c.strip() for c in next(csv.reader([line.strip()], delimiter=";"))]


def _pipe_cells(line: str) -> list[str]:
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return [_BR.sub("\n", c).strip() for c in text.split("|")]


# Per kind of delimited text: the mark between cells, how often a row holds it at least, and the cell reader.
_DELIMITED: dict[str, tuple[str, int, Callable[[str], list[str]]]] = {
    "pipe": ("|", 2, _pipe_cells), "tab": ("\t", 1, _tab_cells), "semicolon": (";", 2, _semicolon_cells)}


def _delimited(pages: list[Page], kind: str) -> tuple[list[Table], set[tuple[int, int]]]:
    """Tables of rows split by '|' or by tabs; returns the tables and the (page, line) positions they use."""
    tables: list[Table] = []
    used: set[tuple[int, int]] = set()
    current: Table | None = None
    width = 0
    for page in pages:
        for n, line in enumerate(page.text.split("\n")):
            mark, least, split = _DELIMITED[kind]
            is_row = line.count(mark) >= least
            if _SEPARATOR.match(line) and current is not None:
                used.add((page.number, n))
                continue
            if not is_row:
                if line.strip():
                    current = None
                continue
            cells = split(line)
            # the other shapes are made ordinary by ingest.role_matrix and ingest.transposed
            if header_meanings(cells) is not None or matrix_header(cells) or transposed_header(cells):
                current = Table(page=page.number, header=cells, method=kind)
                width = len(cells)
                tables.append(current)
            elif current is not None and (kind != "semicolon" or len(cells) == width):
                current.rows.append(TableRow(cells=(cells + [""] * width)[:width], page=page.number))
            else:
                continue
            used.add((page.number, n))
    return [t for t in tables if t.rows], used


def _spaced_lines(pages: list[Page], used: set[tuple[int, int]]) -> list[LayoutLine]:
    """Each text line as words at their character columns; runs of two or more spaces part the cells."""
    lines: list[LayoutLine] = []
    y = 0
    for page in pages:
        for n, line in enumerate(page.text.split("\n")):
            y += 1
            if (page.number, n) in used or not line.strip() or "\t" in line:
                continue
            words = [Word(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]
            lines.append(LayoutLine(float(y), words, page.number, height=1.0))
        y += 10  # a page break is a wide gap
    return lines


def find_text_tables(pages: list[Page]) -> list[Table]:
    """Every action table in the page texts of a text document."""
    tables: list[Table] = []
    used: set[tuple[int, int]] = set()
    for kind in ("pipe", "tab", "semicolon"):
        found, lines = _delimited(pages, kind)
        tables += found
        used |= lines
    tables += read_aligned(_spaced_lines(pages, used), phrase_gap=1.0)
    return tables
