"""Tables whose columns are aligned by white space: positioned words (a PDF page, or characters of a text
file) under a header row that the header lexicon recognises, cut into columns and rows by layout alone."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from ingest.headers import header_meanings, meaning
from ingest.model import Table, TableRow
from ingest.role_matrix import matrix_header, party_column

ROW_GAP = 1.35    # a vertical gap wider than this many line pitches separates two rows (or bands of rows)
END_GAP = 3.2     # a gap this wide ends the table
# "B3", "1.2", "KT-01", "A", and a register number with its year ("TZ-2026-07").
_CODE_LIKE = re.compile(r"^[A-Za-z]{0,4}[ .-]?\d{1,3}(?:[.-]\d{1,3})*[A-Za-z]?\.?$|^[A-Z]{1,4}$"
                        r"|^[A-Za-z]{1,4}[ .-]?(?:19|20)\d{2}[.-]\d{1,3}$")


@dataclass
class Word:
    text: str
    x0: float
    x1: float


@dataclass
class LayoutLine:
    y: float                  # top of the line (points, or the line number of a text file)
    words: list[Word]
    page: int
    height: float = 1.0       # font size (points), or 1 for a text file

    def spans(self, gap: float) -> list[Word]:
        """Words joined into phrases where the gap between them is at most `gap`."""
        out: list[Word] = []
        for w in self.words:
            if out and w.x0 - out[-1].x1 <= gap:
                last = out[-1]
                out[-1] = Word(f"{last.text} {w.text}", last.x0, w.x1)
            else:
                out.append(Word(w.text, w.x0, w.x1))
        return out


@dataclass
class _Grid:
    header: list[Word]
    meanings: list[str | None]
    lines: list[LayoutLine] = field(default_factory=list)
    bounds: list[float] = field(default_factory=list)  # the header's rules between its cells, if drawn


def line_pitch(lines: list[LayoutLine]) -> float:
    """The usual distance between two lines of running text on these lines."""
    gaps = [b.y - a.y for a, b in zip(lines, lines[1:], strict=False) if b.page == a.page and b.y > a.y]
    if not gaps:
        return 1.0
    small = sorted(gaps)[: max(1, len(gaps) // 2)]
    # Lines of centred cells interleave at half a pitch; a line is never closer than its font size.
    return max(statistics.median(small), 0.9 * statistics.median(ln.height for ln in lines))


def read_aligned(lines: list[LayoutLine], phrase_gap: float, edges: list[float] | None = None) -> list[Table]:
    """Every action table laid out in aligned columns on these lines. `phrase_gap` is the widest gap between
    two words of one cell (a PDF: about a third of the font size; a text file: one space). `edges`: the x of
    the rules between a ruled header's cells, where the rows' rules were not drawn; they part the columns of
    a header with as many names."""
    pitch = line_pitch(lines)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found = _header(lines, i, phrase_gap)
        if found is None:
            i += 1
            continue
        spans, meanings, size = found
        grid = _Grid(spans, meanings)
        inner = sorted(e for e in edges or [] if spans[0].x1 < e < spans[-1].x0)
        if len(inner) == len(spans) - 1 and all(a.x1 <= e + 1 and e - 1 <= b.x0 for e, a, b in
                                                zip(inner, spans, spans[1:], strict=False)):
            grid.bounds = inner  # each rule stands between two of the header's names
        j = i + size
        while j < len(lines) and _continues(grid, lines[j - 1], lines[j], pitch, phrase_gap):
            spans = lines[j].spans(phrase_gap * lines[j].height)
            # a theme row belongs to no row's cells; a rule drawn in characters ("-----  -------") is none
            if not is_category(grid, lines[j], spans) and not all(_RULE.fullmatch(w.text) for w in spans):
                grid.lines.append(lines[j])
            j += 1
        table = _table(grid, lines[i].page, pitch)
        if table.rows:
            tables.append(table)
        i = j
    return tables


_Header = tuple[list[Word], list[str | None], int]
_RULE = re.compile(r"[-=_–—+|:]{3,}")


def _header(lines: list[LayoutLine], i: int, phrase_gap: float) -> _Header | None:
    """The header that starts at line i: one line, or two or three lines set close together whose words
    stack into column names ("Verantwoordelijke" over "organisatie", centred beside one-line names)."""
    tight = 1
    while tight < 3 and i + tight < len(lines) and lines[i + tight].page == lines[i].page and (
            lines[i + tight].y - lines[i + tight - 1].y < 0.9 * lines[i].height):  # closer than a line pitch
        tight += 1
    if tight > 1 and _captions(lines[i], lines[i + 1:i + tight], phrase_gap):
        return None  # the header starts on the next line, under captions of column groups
    for size in range(tight, 0, -1):
        group = lines[i:i + size]
        spans = [s for ln in group for s in ln.spans(phrase_gap * ln.height)]
        cells: list[Word] = []
        for s in sorted(spans, key=lambda w: w.x0):
            last = cells[-1] if cells else None
            if last is not None and s.x0 < last.x1 - 0.01 and size > 1:  # stacked: the same column
                cells[-1] = Word(f"{last.text} {s.text}", min(last.x0, s.x0), max(last.x1, s.x1))
            else:
                cells.append(Word(s.text, s.x0, s.x1))
        if size > 1:  # the words of a stacked name read top to bottom
            cells = [Word(_top_down(c, group, phrase_gap), c.x0, c.x1) for c in cells]
        texts = [c.text for c in cells]
        meanings = header_meanings(texts) if len(cells) >= 2 else None
        # 'Rol Rijk | Rol regio' as well, and 'Partij | Inspanning | Termijn'
        if meanings is None and (len(cells) >= 4 or party_column(texts)) and matrix_header(texts):
            meanings = [meaning(t) for t in texts]
        if meanings is not None:
            return cells, meanings, size
    return None


def _captions(line: LayoutLine, below: list[LayoutLine], phrase_gap: float) -> bool:
    """Whether a header line only names groups of the columns under it ('Rol' over 'Trekker | Partners',
    'Planning' over 'Start | Gereed'): each of its phrases spans two names below or stands centred in the
    white between two of them, never over one name alone."""
    under = sorted((s for ln in below for s in ln.spans(phrase_gap * ln.height)), key=lambda w: w.x0)
    spans = line.spans(phrase_gap * line.height)
    if len(under) < 3 or not spans:
        return False
    for s in spans:
        over = [u for u in under if u.x0 < s.x1 and u.x1 > s.x0]
        centre = (s.x0 + s.x1) / 2
        between = any(a.x1 <= centre <= b.x0 for a, b in zip(under, under[1:], strict=False))
        if not (len(over) >= 2 or (not over and between)):
            return False
    return True


def _top_down(cell: Word, group: list[LayoutLine], phrase_gap: float) -> str:
    parts = [s.text for ln in group for s in ln.spans(phrase_gap * ln.height)
             if cell.x0 <= s.x0 < cell.x1 + 0.01]
    return " ".join(parts)


def _continues(grid: _Grid, prev: LayoutLine, line: LayoutLine, pitch: float, phrase_gap: float) -> bool:
    """Whether `line` still belongs to the table: no wide gap, no new header, no running text that runs
    across the column edges."""
    if line.page != prev.page or (line.y - prev.y) > END_GAP * _text_pitch(pitch, prev.height):
        return False
    spans = line.spans(phrase_gap * line.height)
    if len(spans) >= 2 and header_meanings([s.text for s in spans]) is not None:
        return False
    whole = spans  # a theme row may run over the header's rules
    starts = grid.bounds or [h.x0 for h in grid.header[1:]]
    spans = [part for span in spans for part in _split_at_bounds(span, starts)]
    category = is_category(grid, line, whole if grid.bounds else spans)
    if grid.bounds:  # a phrase never runs over a drawn rule: the words on either side are two cells
        spans = [w for col in _by_column(line, grid.bounds) for w in _phrases(col, phrase_gap * line.height)]
    if grid.meanings[0] == "code" and not category:
        # running text under the table ("De partijen bespreken ...") puts a word that is no code in the code
        # column and fills the others
        # (only the line's first phrase: a code left-aligned under a centred 'Nr.' stands apart from the
        # title beside it, which may also start left of the next column's centred name)
        lead = spans[0] if spans else Word("", 0.0, 0.0)
        first = " ".join(w.text for w in line.words
                         if w.x1 <= starts[0] and lead.x0 - 0.01 <= w.x0 and w.x1 <= lead.x1 + 0.01)
        filled = {sum(1 for x in starts if w.x0 >= x - 0.01) for w in line.words}
        words = sum(len(w.text.split()) for w in line.words)
        # (running text starts at the margin, not right of the code column's name: a title whose code
        # stands centred on another line starts inside the row)
        if (first and not _CODE_LIKE.match(first) and not _RULE.fullmatch(first) and words >= 8
                and len(filled) >= len(grid.header) - 1 and line.words[0].x0 <= grid.header[0].x0 + 2):
            return False
    # Running text bridges the white between two column names; a cell under a centred name may start left
    # of that name, but never left of the column before it ends.
    gaps = [(b - 1, b + 1) for b in grid.bounds] or [
        (a.x1, b.x0) for a, b in zip(grid.header, grid.header[1:], strict=False)]
    crossed = sum(1 for s in spans for lo, hi in gaps if s.x0 < lo and s.x1 > hi)
    if crossed == 0 or category:
        return True
    # A wrapped cell of a later column that runs a little into the next one ("... Midden- en West-"): it
    # starts in a column of its own, where running text starts at the margin.
    overflow = len(spans) == 1 and len(grid.header) > 2 and spans[0].x0 >= grid.header[1].x0 - 1
    return crossed == 1 and (overflow or (len(line.words) < 6 and len(spans) > 1))


def _by_column(line: LayoutLine, bounds: list[float]) -> list[list[Word]]:
    columns: list[list[Word]] = [[] for _ in range(len(bounds) + 1)]
    for w in line.words:
        columns[sum(1 for b in bounds if w.x0 >= b - 0.01)].append(w)
    return columns


def _phrases(words: list[Word], gap: float) -> list[Word]:
    return LayoutLine(0.0, words, 0).spans(gap) if words else []


def is_category(grid: _Grid, line: LayoutLine, spans: list[Word]) -> bool:
    """A row across the table that names a theme ("Thema water"): one short phrase from the first column
    into the second (under a ruled header, up to ten words: 'Thema A Wonen en werken in balans')."""
    words = line.words
    most = 10 if grid.bounds and not _CODE_LIKE.match(words[0].text) else 6
    if len(spans) != 1 or len(words) > most:
        return False
    return (spans[0].x0 <= grid.header[0].x1 and len(grid.header) > 2 and spans[0].x1 > grid.header[1].x0)


def _boundaries(grid: _Grid) -> list[float]:
    """The x where each column after the first begins: the emptiest vertical strip between two header
    names, so a centred or right-aligned header still cuts where the cells really part."""
    words = [w for ln in grid.lines for w in ln.words]
    bounds = []
    for left, right in zip(grid.header, grid.header[1:], strict=False):
        lo, hi = left.x1, right.x0
        if hi <= lo:
            bounds.append(right.x0)
            continue
        best_x, best_cover = hi, None
        steps = max(1, int((hi - lo) / max(0.5, (hi - lo) / 40)))
        for k in range(steps + 1):
            x = hi - (hi - lo) * k / steps
            cover = sum(1 for w in words if w.x0 < x < w.x1)
            if best_cover is None or cover < best_cover:
                best_x, best_cover = x, cover
        bounds.append(best_x)
    return bounds


def _split_at_bounds(w: Word, bounds: list[float]) -> list[Word]:
    """A phrase of a text file that runs over a column's start with one space only ("wethouder Huijbregts
    Q4 2026", the name one character too wide for its column): cut where a word starts on that column's
    start. Only where positions are characters (x1 - x0 is the phrase's length), as in a text file."""
    if w.x1 - w.x0 != len(w.text):
        return [w]
    for b in bounds:
        cut = int(round(b - w.x0))
        if 0 < cut < len(w.text) and b == int(b) and w.text[cut - 1] == " " and w.text[cut] != " ":
            left, right = Word(w.text[:cut - 1], w.x0, w.x0 + cut - 1), Word(w.text[cut:], b, w.x1)
            return [left, *_split_at_bounds(right, bounds)]
    return [w]


def _cells_of(line: LayoutLine, bounds: list[float], n: int) -> list[str]:
    parts: list[list[str]] = [[] for _ in range(n)]
    for w in (part for word in line.words for part in _split_at_bounds(word, bounds)):
        col = sum(1 for b in bounds if w.x0 >= b - 0.01)
        parts[min(col, n - 1)].append(w.text)
    return [" ".join(p) for p in parts]


def _table(grid: _Grid, page: int, pitch: float) -> Table:
    n = len(grid.header)
    bounds = grid.bounds or _boundaries(grid)
    has_code = "code" in grid.meanings
    key = grid.meanings.index("code") if has_code else 0
    cells = [_cells_of(ln, bounds, n) for ln in grid.lines]
    ys = [ln.y for ln in grid.lines]
    keys = _key_blocks(cells, ys, key, has_code, min(pitch, _own_pitch(grid.lines)))
    table = Table(page=page, header=[h.text for h in grid.header], method="aligned")
    if not keys:
        return table
    parts: list[list[list[str]]] = [[[] for _ in range(n)] for _ in keys]
    for r, (a, b) in enumerate(keys):
        parts[r][key] = [cells[k][key] for k in range(a, b + 1) if cells[k][key].strip()]
    columns = [c for c in range(n) if c != key]
    lines_of = {c: [k for k in range(len(cells)) if cells[k][c].strip()] for c in columns}
    best: tuple[float, dict[int, list[tuple[int, int]]]] | None = None
    tops = [ys[a] for a, _ in keys]
    widest = END_GAP * _text_pitch(pitch, statistics.median(ln.height for ln in grid.lines))
    # A cell never reaches the key line of the row above or below it.
    inf = float("inf")
    limits = [(ys[keys[r - 1][1]] if r else -inf, ys[keys[r + 1][0]] if r + 1 < len(keys) else inf)
              for r in range(len(keys))]
    for anchors in (tops, [(ys[a] + ys[b]) / 2 for a, b in keys]):  # cells hang from the top, or are centred
        total, plan = 0.0, {}
        for c in columns:
            cost, groups = _partition([ys[k] for k in lines_of[c]], anchors, limits, pitch,
                                      centred=anchors is not tops, widest=widest)
            total += cost
            plan[c] = groups
        if best is None or total < best[0]:
            best = (total, plan)
    assert best is not None
    for c, groups in best[1].items():
        for r, (a, b) in enumerate(groups):
            if a >= 0:
                parts[r][c] = [cells[k][c] for k in lines_of[c][a:b + 1]]
    for r, (a, _) in enumerate(keys):
        table.rows.append(TableRow(cells=["\n".join(p) for p in parts[r]], page=grid.lines[a].page))
    return table


def _text_pitch(pitch: float, height: float) -> float:
    """The pitch of a cell's wrapped lines: the page's, unless lines of cells centred beside each other made
    that smaller than the font size; a line of text stands at least 1.2 times its font size below the last."""
    return 1.2 * height if pitch < height else pitch


def _own_pitch(lines: list[LayoutLine]) -> float:
    """The table's own line pitch: the closest two of its lines (the wrapped lines of one cell), never less
    than its font size. A table set smaller than the page's text has a smaller pitch than the page."""
    gaps = [b.y - a.y for a, b in zip(lines, lines[1:], strict=False) if b.page == a.page and b.y > a.y]
    if not gaps:
        return float("inf")
    return max(min(gaps), 1.1 * statistics.median(ln.height for ln in lines))


def _key_blocks(cells: list[list[str]], ys: list[float], key: int, has_code: bool,
                pitch: float) -> list[tuple[int, int]]:
    """(first, last) body line of each row's key cell: a code opens a row; without a code column a first
    cell that follows an empty one or a wide gap opens it."""
    blocks: list[tuple[int, int]] = []
    for k, row in enumerate(cells):
        text = row[key].strip()
        if not text:
            continue
        gap_before = k == 0 or (ys[k] - ys[k - 1]) > ROW_GAP * pitch
        # a key wrapped past a line of another column's centred cell ('Ministerie van Infrastructuur' /
        # '-' / 'en Waterstaat') goes on: its line opens in lower case, close under the key's last line
        goes_on = bool(blocks) and text[:1].islower() and ys[k] - ys[blocks[-1][1]] <= ROW_GAP * pitch
        opens = bool(_CODE_LIKE.match(text)) if has_code else (
            gap_before or (not cells[k - 1][key].strip() and not goes_on))
        if opens:
            blocks.append((k, k))
        elif blocks and not has_code and (blocks[-1][1] == k - 1 or goes_on):
            blocks[-1] = (blocks[-1][0], k)
    return blocks


MAX_CELL_LINES = 20


def _partition(ys: list[float], anchors: list[float], limits: list[tuple[float, float]], pitch: float,
               centred: bool, widest: float) -> tuple[float, list[tuple[int, int]]]:
    """Cut one column's lines into consecutive cells, at most one per row, so that each cell's top (or
    centre) lies nearest its row's key: a small dynamic programme. Returns the cost and, per row, the
    (first, last) index into `ys` of its cell, or (-1, -1) for an empty cell."""
    m, rows = len(ys), len(anchors)
    inf = float("inf")
    cost = [[inf] * (rows + 1) for _ in range(m + 1)]
    back: list[list[tuple[int, bool]]] = [[(0, False)] * (rows + 1) for _ in range(m + 1)]
    for r in range(rows + 1):
        cost[0][r] = 0.0
    for r in range(rows):
        for i in range(1, m + 1):
            best, how = cost[i][r], (i, False)       # row r stays empty
            for j in range(max(0, i - MAX_CELL_LINES), i):
                if cost[j][r] == inf or ys[j] <= limits[r][0] or ys[i - 1] >= limits[r][1]:
                    continue
                if any(ys[t + 1] - ys[t] > widest for t in range(j, i - 1)):
                    continue
                at = (ys[j] + ys[i - 1]) / 2 if centred else ys[j]
                # a gap as wide as one between rows inside a cell: likely two rows' cells taken as one
                apart = sum(1 for t in range(j, i - 1) if ys[t + 1] - ys[t] > ROW_GAP * pitch)
                c = cost[j][r] + abs(at - anchors[r]) / pitch + apart
                if c < best:
                    best, how = c, (j, True)
            cost[i][r + 1], back[i][r + 1] = best, how
    groups: list[tuple[int, int]] = [(-1, -1)] * rows
    i = m
    for r in range(rows, 0, -1):
        j, used = back[i][r]
        if used:
            groups[r - 1] = (j, i - 1)
            i = j
    return cost[m][rows], groups
