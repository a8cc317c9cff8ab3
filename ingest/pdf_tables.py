"""Tables from the layout of PDF pages (pdfplumber): ruled grids by their lines, unruled ones by aligned
words. Runs inside the PDF worker; only pages whose text holds a header-like line are laid out (it is
slow)."""

from __future__ import annotations

import time
from typing import Any

from ingest.aligned import LayoutLine, Word, read_aligned
from ingest.headers import header_meanings, meaning
from ingest.role_matrix import PARTY_NAMES, ROLE_NAMES, matrix_header

LINE_TOLERANCE = 2.5   # words whose tops differ by less than this (points) stand on one line
PHRASE_GAP = 0.45      # a gap wider than this many font sizes separates two cells on one line


def candidate_pages(texts: list[str]) -> list[int]:
    """0-based pages worth laying out: a line (or a few short lines in a row) names at least three kinds of
    column of an action table; the page after such a page too, for a table that runs on."""
    found: set[int] = set()
    for n, text in enumerate(texts):
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        for i in range(len(lines)):
            window = lines[i:i + 6]
            words = [w for ln in window for w in ln.split()]
            if len(words) > 14:
                # a header over two rows: the next lines while they are short or only header names
                words = lines[i].split()
                for line in lines[i + 1:i + 4]:
                    more = line.split()
                    if len(more) > 2 and not all(meaning(w) for w in more):
                        break
                    words += more
            kinds = {meaning(w) or _party_or_role(w) for w in words}
            kinds |= {meaning(" ".join(words[k:k + 2])) for k in range(len(words))}
            kinds.discard(None)
            kinds.discard("other")
            if len(kinds) >= 3 and kinds & {"what", "description"}:
                found.update({n, n + 1})
                break
    return sorted(k for k in found if k < len(texts))


def _party_or_role(word: str) -> str | None:
    """'Partij' and 'Rol' head the columns of a table of roles, one row per party."""
    word = word.lower().strip(" :")
    return "party" if word in PARTY_NAMES else "role" if word in ROLE_NAMES else None


def _clean(cell: Any) -> str:
    return "\n".join(" ".join(ln.split()) for ln in str(cell or "").splitlines()).strip()


def _merged_down(table: Any) -> list[list[Any]]:
    """The table's cell texts with a cell merged over several rows (one trekker for three measures) given
    to each of those rows; a cell merged across columns (a theme row) stays in its first column."""
    texts = table.extract()
    boxes = [row.cells for row in table.rows]
    for r, (row, cells) in enumerate(zip(texts, boxes, strict=False)):
        top = min((b[1] for b in cells if b is not None), default=None)
        for c in range(len(row)):
            if row[c] is not None or cells[c] is not None or top is None:
                continue
            above = next((k for k in range(r - 1, -1, -1)
                          if c < len(boxes[k]) and boxes[k][c] is not None), None)
            if above is not None and boxes[above][c][3] > top + 1:  # its bottom lies below this row's top
                row[c] = texts[above][c]
    return texts


def _header(cells: list[str]) -> bool:
    """A header of an action table, or of a table of roles ('Actie | Partij | Rol')."""
    return header_meanings(cells) is not None or matrix_header(cells)


def _ruled(found: list[Any], number: int) -> list[dict[str, Any]]:
    out = []
    for table in found:
        rows = [[_clean(c) for c in row] for row in _merged_down(table)]
        rows = [r for r in rows if any(r)]
        if not rows:
            continue
        header: list[str] = []
        if _header(rows[0]):
            header, rows = rows[0], rows[1:]
        elif len(rows) > 1 and _header(rows[1]):  # a title row above the header
            header, rows = rows[1], rows[2:]
        if header and rows and header_meanings(rows[0]) is not None:
            # two header rows ("Rol" over "Trekker | Partners"): the lower names its columns, the upper
            # names those the lower leaves empty
            header, rows = [low or high for high, low in zip(header, rows[0], strict=False)], rows[1:]
        out.append({"page": number, "header": header, "method": "ruled",
                    "rows": [{"page": number, "cells": r} for r in rows]})
    return out


def _lines(page: Any, number: int) -> list[LayoutLine]:
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False)
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    lines: list[LayoutLine] = []
    for w in words:
        if lines and abs(w["top"] - lines[-1].y) < LINE_TOLERANCE:
            lines[-1].words.append(Word(w["text"], w["x0"], w["x1"]))
        else:
            lines.append(LayoutLine(w["top"], [Word(w["text"], w["x0"], w["x1"])], number,
                                    height=max(1.0, w["bottom"] - w["top"])))
    for ln in lines:
        ln.words.sort(key=lambda w: w.x0)
    return lines


def _header_edges(found: list[Any]) -> list[float]:
    """The x of every vertical rule of the page's ruled tables that hold one or two rows (a ruled header
    over rows drawn without rules)."""
    edges: set[float] = set()
    for table in found:
        if len(table.rows) <= 2:
            edges |= {round(x, 1) for row in table.rows for cell in row.cells if cell
                      for x in (cell[0], cell[2])}
    return sorted(edges)


def _aligned(page: Any, number: int, edges: list[float]) -> list[dict[str, Any]]:
    tables = read_aligned(_lines(page, number), PHRASE_GAP, edges)
    return [{"page": t.page, "header": t.header, "method": t.method,
             "rows": [{"page": r.page, "cells": r.cells} for r in t.rows]} for t in tables]


def find_tables(path: str, pages: list[int], budget: float) -> list[dict[str, Any]]:
    """Tables (as plain dicts) on the given 0-based pages, read within `budget` seconds; a page that fails or
    comes after the budget is spent adds nothing (its text is still there for the other readers)."""
    if not pages:
        return []
    import pdfplumber

    started = time.monotonic()
    out: list[dict[str, Any]] = []
    todo = sorted(set(pages))
    with pdfplumber.open(path) as pdf:
        while todo:
            index = todo.pop(0)
            if time.monotonic() - started > budget:
                break
            try:
                page = pdf.pages[index]
                ruled = page.find_tables()  # once: the ruled tables, and the rules of a header alone
                found = _ruled(ruled, index + 1)
                if not any(t["header"] and t["rows"] for t in found):
                    aligned = _aligned(page, index + 1, _header_edges(ruled))
                    if aligned:  # a ruled header whose rows' rules were not drawn as lines: read by alignment
                        found = [t for t in found if t["rows"] or not t["header"]] + aligned
                out += found
                page.close()
            except Exception:  # a page pdfminer cannot lay out keeps its plain text; layout is an extra
                continue
            if found and index + 1 < len(pdf.pages) and index + 1 not in todo:
                todo.insert(0, index + 1)  # a table may run on over the next page without its header
    return out
