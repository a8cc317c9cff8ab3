"""Tables whose columns come out of the text one after another.

Page-layout programs write a table's columns as threaded frames; a PDF's text (and the text an official copies
out of it) then holds all cells of one column, then all cells of the next. Two shapes are read here:

- the header row first ("Nr." / "Actie" / "Trekker" / "Planning", one name per line), then the columns in the
  same order, with nothing between them;
- each column under its own header ("Code", its cells, "Wie", its cells, ...).

The number of rows comes from the code column (one code per line), else from the when-column (each cell
ends in a time), else from the lead column (one party per row). Column boundaries come from what the lines
are: codes, names the register knows, periods, or text. A column whose cells cannot be counted out to one
per row is left out rather than guessed (its parties would land on the wrong rows). The result is an
ordinary `Table`, read by the one table-to-action model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ingest.dutch import lexicon
from ingest.headers import exact_meaning, header_meanings, meaning
from ingest.model import Page, Table, TableRow
from ingest.tables_layout import ends_sentence, is_period_like
from ingest.tables_segment import segment

CODE_LINE = re.compile(r"^(?:[A-Z]{1,4}[ .-]?)?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?\.?$")
PARTNER_PREFIX = re.compile(r"(?i)^(?:i\.s\.m\.?|ism\b|met\b|samen met\b|en\b|\+)")
NOISE = re.compile(r"^(?:\d{1,3}|pagina \d+.*)$", re.IGNORECASE)
# A line that ends where the next must go on: a list still open ("i.s.m.", "en"), a range ("2026 –").
RUNS_ON = re.compile(r"(?i)(?:\bi\.s\.m\.?|\ben|\bvan|\bde|\bhet|\bmet|\bop|\bin|\bvoor|\btot|\bt/m|[–—-])$")
YEARISH = re.compile(r"(?i)(?:19|20)\d{2}|doorlopend|continu|jaarlijks|lopend|kerntaak")
HEADER_CHARS = 30
RUNNING_CHARS = 25
PERIOD_CHARS = 40
MIN_ROWS = 3
KIND = {"code": "code", "lead": "org", "partners": "org", "involved": "org", "commissioner": "org",
        "support": "org", "when": "period"}


@dataclass
class _Line:
    page: int
    s: str
    opens: bool = False  # a blank line stands before it: a new paragraph (a new cell, where text keeps them)


def _running_lines(pages: list[Page]) -> set[str]:
    """A running header or footer: a line of some words that recurs with only its numbers changed
    ("Regionale Agenda 2026-2029 | Energie | 14", "... | 15")."""
    seen: dict[str, int] = {}
    for p in pages:
        for t in {t.strip() for t in p.text.split("\n")}:
            if len(t) >= RUNNING_CHARS and len(t.split()) >= 3 and t[-1:].isdigit():
                key = re.sub(r"\d+", "#", t)
                seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count > 1}


def _lines(pages: list[Page]) -> list[_Line]:
    running = _running_lines(pages)
    out: list[_Line] = []
    for p in pages:
        blank = True
        rows = [t.strip() for t in p.text.split("\n")]
        filled = [k for k, t in enumerate(rows) if t]
        edges = set(filled[:1] + filled[-1:])  # a page number stands first or last on its page
        for k, s in enumerate(rows):
            if not s:
                blank = True
            elif running and re.sub(r"\d+", "#", s) in running:
                continue
            elif not (NOISE.match(s) and (k in edges or not s[:1].isdigit())):
                out.append(_Line(p.number, s, blank))
                blank = False
    return out


def _paragraphs(lines: list[_Line]) -> list[list[_Line]] | None:
    """The column's cells when the text keeps a blank line between them; None when it keeps none."""
    if not any(ln.opens for ln in lines[1:]):
        return None
    cells: list[list[_Line]] = []
    for ln in lines:
        if ln.opens or not cells:
            cells.append([ln])
        else:
            cells[-1].append(ln)
    return cells


def _header(s: str) -> str | None:
    if len(s) > HEADER_CHARS or len(s.split()) > 3 or s.endswith((".", ",", ";")) and s != "Nr.":
        return None
    return meaning(s)


class _Kinds:
    """What a line is: a code, a party the register knows, a period or text (cached per line)."""

    def __init__(self, resolver: Any) -> None:
        self.resolver = resolver
        self.seen: dict[str, str] = {}

    def __call__(self, s: str) -> str:
        if s not in self.seen:
            self.seen[s] = self._kind(s)
        return self.seen[s]

    def _kind(self, s: str) -> str:
        if CODE_LINE.match(s):
            return "code"
        if self._party(s):
            return "org"
        if len(s) <= PERIOD_CHARS and is_period_like(s):
            return "period"
        return "text"

    def _party(self, s: str) -> bool:
        rest = re.sub(r"(?i)\s*\bi\.s\.m\.?$", "", PARTNER_PREFIX.sub("", s)).strip(" ,:")
        if not rest or len(rest) > 80 or ends_sentence(rest) or self.resolver is None:
            return False
        refs = [r for r in self.resolver.find(rest, groups=False) if r.known]
        named = sum(len(r.mention or r.label) for r in refs)
        return bool(refs) and named >= 0.6 * len(rest)


def _fit(kind: str, column: str, s: str) -> float:
    """How well a line of `kind` fits a column of `column` kind."""
    if column == "code":
        return 2.0 if kind == "code" else -6.0
    if column == "org":
        return {"org": 1.5, "period": -3.0, "code": -4.0}.get(kind, -0.3 if len(s) < 30 else -2.0)
    if column == "period":
        return {"period": 1.5, "org": -3.0, "code": -4.0}.get(kind, -0.3 if len(s) < 25 else -2.0)
    return {"text": 0.6, "code": -2.0}.get(kind, 0.0)


def _split_columns(kinds: list[str], texts: list[str], columns: list[str]) -> list[tuple[int, int]] | None:
    """Contiguous spans of the lines, one per column in order, that fit the lines' kinds best; the table
    may end before the last line (what follows is prose)."""
    m, k = len(kinds), len(columns)
    if m < k:
        return None
    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(k + 1)]
    back = [[0] * (m + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for c in range(1, k + 1):
        for b in range(1, m + 1):
            total = 0.0
            for a in range(b - 1, -1, -1):
                total += _fit(kinds[a], columns[c - 1], texts[a])
                if best[c - 1][a] != neg and best[c - 1][a] + total > best[c][b]:
                    best[c][b], back[c][b] = best[c - 1][a] + total, a
    end = max(range(1, m + 1), key=lambda b: best[k][b])
    if best[k][end] == neg:
        return None
    spans = []
    b = end
    for c in range(k, 0, -1):
        a = back[c][b]
        spans.append((a, b))
        b = a
    return spans[::-1]


def _org_cells(lines: list[_Line], kinds: _Kinds) -> list[list[_Line]]:
    """Cells of a party column: a name opens a cell; 'i.s.m. X' and a wrapped rest of a name continue it."""
    cells: list[list[_Line]] = []
    for k, ln in enumerate(lines):
        runs_on = k > 0 and _runs_on(lines[k - 1].s)  # "Gemeente Tilburg i.s.m." / "gemeenten X en" / "X, Y,"
        opens = kinds(ln.s) == "org" and not PARTNER_PREFIX.match(ln.s) and not runs_on
        if opens or not cells:
            cells.append([ln])
        else:
            cells[-1].append(ln)
    return cells


def _runs_on(s: str) -> bool:
    """A party line whose list goes on on the next line ("Liander, Prov. Gld.," / "gemeenten X en")."""
    return bool(RUNS_ON.search(s)) or s.endswith((",", ";"))


def _listed_cells(lines: list[_Line]) -> list[list[_Line]]:
    """Cells of a party column written as lists ('Liander, Prov. Gld.,' / 'Gem. Deventer'): a line whose
    list goes on ends in a comma, every other line ends its cell. Empty when no line holds a list."""
    if not any("," in ln.s for ln in lines):
        return []
    cells: list[list[_Line]] = []
    for k, ln in enumerate(lines):
        if k and _runs_on(lines[k - 1].s):
            cells[-1].append(ln)
        else:
            cells.append([ln])
    return cells


def _org_cells_by_cost(lines: list[_Line], n: int, kinds: _Kinds) -> list[list[_Line]] | None:
    """n cells of a party column whose names the register does not all know ("V&V", an abbreviation the
    legend explains): a cell opens on a line with a capital after a line whose list has ended, a known name
    opening it more surely (the shared segment DP)."""
    if len(lines) < n or n == 0:
        return None

    def opens(j: int) -> float:
        prev, s = lines[j - 1].s, lines[j].s
        if _runs_on(prev) or PARTNER_PREFIX.match(s) or not s[:1].isupper():
            return -4.0
        return 1.5 if kinds(s) == "org" else 0.5

    cells, score = segment([(ln, False) for ln in lines], n, opens, max_lines=len(lines))
    return cells if cells and score >= 0 else None


def _period_cells(lines: list[_Line], kinds: _Kinds) -> list[list[_Line]]:
    """Cells of a when-column: a line naming a time closes a cell; a word before it ("Gereed") opens it."""
    cells: list[list[_Line]] = []
    pending: list[_Line] = []
    for ln in lines:
        pending.append(ln)
        # "Q2 2026 –" / "Q4 2027" and "uiterlijk" / "eind 2027": a cell closes on a time with a year in it
        # that does not run on to the next line.
        if kinds(ln.s) == "period" and YEARISH.search(ln.s) and not RUNS_ON.search(ln.s):
            cells.append(pending)
            pending = []
    if pending:
        if not cells:
            return [pending]
        cells[-1].extend(pending)
    return cells


def _text_cells(lines: list[_Line], n: int) -> list[list[_Line]] | None:
    """n cells of a what-column. Without a full stop in the column every cell is a title: a line that
    opens with a capital opens a cell (a lower-case line is the rest of a wrapped title). With full stops
    every cell is a title and its description: a cell opens where a sentence has ended. A column that
    gives more cells keeps the first n (what follows is text after the table); fewer: None."""
    described = any(ends_sentence(ln.s) for ln in lines)
    width = max(len(ln.s) for ln in lines) if lines else 0
    cells: list[list[_Line]] = []
    for j, ln in enumerate(lines):
        prev = lines[j - 1].s if j else ""
        # After a title alone (a cell's first line, no full stop), a short unpunctuated line is the next
        # title; a long one is the title's description running on.
        after_title = bool(cells) and len(cells[-1]) == 1 and not ends_sentence(prev) and not ends_sentence(
            ln.s) and len(ln.s) < 0.8 * width
        ended = ends_sentence(prev) or after_title if described else True
        open_end = bool(RUNS_ON.search(prev)) or prev.endswith((",", ";"))  # "... Groenewoud en" / "Korvel"
        opens = not cells or (ln.s[:1].isupper() and ended and not open_end)
        if opens:
            if len(cells) == n:
                break
            cells.append([ln])
        else:
            cells[-1].append(ln)
    if len(cells) != n:
        return _text_cells_by_cost(lines, n)
    if described and not ends_sentence(cells[-1][-1].s):
        last = cells[-1]
        stop = next((k for k, ln in enumerate(last) if ends_sentence(ln.s)), len(last) - 1)
        cells[-1] = last[:stop + 1]
    return cells


def _text_cells_by_cost(lines: list[_Line], n: int) -> list[list[_Line]] | None:
    """n cells of a what-column whose lines do not show where cells end by full stops: the cut that opens
    cells on capitals after a line that could end a cell (no trailing 'en', 'van', comma), by the shared
    segment DP."""
    m = len(lines)
    if m < n or n == 0:
        return None
    width = max(len(ln.s) for ln in lines)

    def opens(j: int) -> float:
        prev, s = lines[j - 1].s, lines[j].s
        if not s[:1].isupper() or RUNS_ON.search(prev) or prev.endswith((",", ";", "-")):
            return -4.0
        return (2.0 if ends_sentence(prev) else 0.5) + (1.0 if len(prev) < 0.6 * width else 0.0)

    # One line is one atom; a cell may run over the whole column.
    cells, score = segment([(ln, False) for ln in lines], n, opens, max_lines=m)
    return cells if cells and score >= -2.0 * n else None


def _cells_text(cell: list[_Line]) -> str:
    return "\n".join(ln.s for ln in cell)


def _what_parts(cell: list[_Line]) -> tuple[str, str]:
    """Title and description of a what-cell: the first line is the title when more lines follow and it does
    not end a sentence."""
    if len(cell) > 1 and not ends_sentence(cell[0].s) and not RUNS_ON.search(cell[0].s) \
            and not cell[0].s.endswith(","):
        return cell[0].s, "\n".join(ln.s for ln in cell[1:])
    return _cells_text(cell), ""


def _table(header: list[str], meanings: list[str], body: list[_Line], kinds: _Kinds) -> Table | None:
    """Rows of one column-stream table from the lines after its header row (or between column headers)."""
    columns = [KIND.get(m, "text") for m in meanings]
    spans = _split_columns([kinds(ln.s) for ln in body], [ln.s for ln in body], columns)
    if spans is None:
        return None
    parts = [body[a:b] for a, b in spans]
    parts = [_merge_wrapped(p, kinds) if KIND.get(m) == "org" else p
             for m, p in zip(meanings, parts, strict=True)]
    _share_party_lines(meanings, parts, kinds)
    return _rows(header, meanings, parts, kinds)


def _row_count(meanings: list[str], parts: list[list[_Line]], kinds: _Kinds) -> int | None:
    """Rows of the table: the codes, else the cells of the when-column (each ends in a time)."""
    if "code" in meanings:
        return len(parts[meanings.index("code")])
    if "when" in meanings:
        lines = parts[meanings.index("when")]
        return len(_paragraphs(lines) or _period_cells(lines, kinds))
    return None


def _merge_wrapped(lines: list[_Line], kinds: _Kinds) -> list[_Line]:
    """A name wrapped over two lines of a narrow column ("Waterschap" / "Vechtstromen") as one line."""
    out: list[_Line] = []
    for ln in lines:
        # ('Hoogheemraadschap' / 'Hollands Noorderkwartier': the kind alone on its line, the name under it)
        lone_kind = bool(out) and out[-1].s.strip().lower() in lexicon()["type_noun"]
        if out and not ln.opens and kinds(out[-1].s) != "org" and (kinds(ln.s) != "org" or lone_kind) \
                and not PARTNER_PREFIX.match(ln.s) and kinds(f"{out[-1].s} {ln.s}") == "org":
            out[-1] = _Line(out[-1].page, f"{out[-1].s} {ln.s}", out[-1].opens)
        else:
            out.append(ln)
    return out


def _share_party_lines(meanings: list[str], parts: list[list[_Line]], kinds: _Kinds) -> None:
    """Two party columns in a row (lead, then partners) read as one run of names: the lead column holds one
    cell per row, so it takes as many cells as the code column has codes; the rest is the next column's."""
    n = _row_count(meanings, parts, kinds)
    if n is None:
        return
    for i in range(len(meanings) - 1):
        if meanings[i] == "lead" and KIND.get(meanings[i + 1]) == "org":
            run = parts[i] + parts[i + 1]
            cells = _paragraphs(run) or _org_cells(run, kinds)
            if len(cells) > n:
                parts[i] = [ln for c in cells[:n] for ln in c]
                parts[i + 1] = [ln for c in cells[n:] for ln in c]


def _rows(header: list[str], meanings: list[str], parts: list[list[_Line]], kinds: _Kinds) -> Table | None:
    cells: dict[int, list[list[_Line]]] = {}
    kept_apart: set[int] = set()  # columns whose cells the text itself separates by blank lines
    for i, (m, lines) in enumerate(zip(meanings, parts, strict=True)):
        kind = KIND.get(m, "text")
        if kind == "code":
            cells[i] = [[ln] for ln in lines]
        elif kind == "org":
            cells[i] = _org_cells(lines, kinds)
        elif kind == "period":
            cells[i] = _period_cells(lines, kinds)
        paras = _paragraphs(lines) if kind != "code" else None
        if paras is not None:
            cells[i] = paras
            kept_apart.add(i)
    if "code" in meanings:
        n = len(cells[meanings.index("code")])
    elif "when" in meanings:
        n = len(cells[meanings.index("when")])
    elif "lead" in meanings:
        n = len(cells[meanings.index("lead")])
    else:
        return None
    if n < MIN_ROWS:
        return None
    for i, m in enumerate(meanings):
        listed = _listed_cells(parts[i]) if KIND.get(m) == "org" and i not in kept_apart else []
        if len(listed) == n:  # lists whose lines end in a comma while they go on: the text shows the cells
            cells[i] = listed
            kept_apart.add(i)
        elif KIND.get(m) == "org" and i not in kept_apart and len(cells[i]) != n:
            cells[i] = _org_cells_by_cost(parts[i], n, kinds) or cells[i]
        if KIND.get(m, "text") == "text" and (i not in kept_apart or len(cells[i]) != n):
            found = _text_cells(parts[i], n)
            if found is not None:
                cells[i] = found
    # A party column beside the lead's whose cells do not count out to one per row is left out: its names
    # cannot be placed. Any other column that does not count out means the reading is wrong: no table.
    keep = [i for i in range(len(meanings)) if i in cells and len(cells[i]) == n]
    optional = {i for i, m in enumerate(meanings) if KIND.get(m) == "org" and m != "lead"}
    if any(i not in keep and i not in optional for i in range(len(meanings))):
        return None
    out_header: list[str] = []
    columns: list[list[str]] = []
    for i in keep:
        if meanings[i] == "what" and any(len(c) > 1 for c in cells[i]):
            split = [_what_parts(c) for c in cells[i]]
            out_header += [header[i], "Toelichting"]
            columns += [[t for t, _ in split], [d for _, d in split]]
        else:
            out_header.append(header[i])
            columns.append([_cells_text(c) for c in cells[i]])
    pages = [min(ln.page for i in keep for ln in cells[i][r]) for r in range(n)]
    rows = [TableRow(cells=[col[r] for col in columns], page=pages[r]) for r in range(n)]
    # A party column other than the lead's, one name per line with no blank line between cells: a cell of
    # two names or an empty cell would shift the names onto other rows, and the text cannot tell.
    doubtful = [header[i] for i in range(len(meanings)) if KIND.get(meanings[i]) == "org"
                and meanings[i] != "lead" and (i not in kept_apart or i not in keep)]
    return Table(page=parts[0][0].page if parts[0] else pages[0], header=out_header, rows=rows,
                 method="columns", doubtful=doubtful)


def find_column_tables(pages: list[Page], resolver: Any) -> list[Table]:
    """Tables written column after column, found by their header names."""
    lines = _lines(pages)
    kinds = _Kinds(resolver)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found = _header_row(lines, i, kinds) or _headed_columns(lines, i, kinds)
        if found is None:
            i += 1
            continue
        table, i = found[0], found[1]
        if table is not None:
            tables.append(table)
    return tables


def split_header_line(s: str) -> list[str] | None:
    """A header row printed on one line ("Nr. Actie Trekker Partners Planning"): its names, the longest
    known name first at each word; None when a word is no header name."""
    words = s.split()
    names: list[str] = []
    k = 0
    while k < len(words):
        for size in range(min(3, len(words) - k), 0, -1):
            name = " ".join(words[k:k + size])
            if _header(name) and exact_meaning(name):
                names.append(name)
                k += size
                break
        else:
            return None
    return names


def _header_row(lines: list[_Line], i: int, kinds: _Kinds) -> tuple[Table | None, int] | None:
    """A header row, one name per line or all on one line, then the columns in that order."""
    names: list[str] = []
    j = i
    one_line = split_header_line(lines[i].s)
    whole = bool(one_line) and len(one_line or []) >= 3
    if one_line and whole:
        names, j = one_line, i + 1
    while not whole and j < len(lines) and _header(lines[j].s) and len(names) < 8:
        names.append(lines[j].s)
        j += 1
    found = _action_header(names)
    if found is None:
        return None
    body_end = j
    # Threaded frames end with their page: the columns of one table stand on the page of its header.
    while body_end < len(lines) and body_end - j < 400 and not _header_run(lines, body_end) \
            and lines[body_end].page == lines[i].page:
        body_end += 1
    body = lines[j:body_end]
    table = _table(names, found, body, kinds)
    texts = [k for k, m in enumerate(found) if KIND.get(m, "text") == "text"]
    codes_first = len(body) >= 2 and kinds(body[0].s) == "code" and kinds(body[1].s) == "code"
    if table is None and codes_first and texts and texts[-1] < len(found) - 1:
        # a designed page sets its text columns last ('Nr. | Opgave | Trekker | Mijlpaal' comes out as the
        # codes, one a line, then the trekkers, the milestones, then the opgaven)
        order = [k for k in range(len(found)) if k not in texts] + texts
        table = _table([names[k] for k in order], [found[k] for k in order], body, kinds)
    return table, body_end


def _action_header(names: list[str]) -> list[str] | None:
    """The meanings of at least three header names that make an action table, each one known."""
    meanings = header_meanings(names) if len(names) >= 3 else None
    if meanings is None or None in meanings:
        return None
    return [m for m in meanings if m]


def _header_run(lines: list[_Line], i: int) -> bool:
    """A header row: the next table starts here."""
    one_line = split_header_line(lines[i].s)
    return bool(one_line and len(one_line) >= 3) or all(
        k < len(lines) and _header(lines[k].s) for k in range(i, i + 3))


def _headed_columns(lines: list[_Line], i: int, kinds: _Kinds) -> tuple[Table | None, int] | None:
    """Columns each under their own header: header, cells, header, cells, ..."""
    if not _header(lines[i].s) or kinds(lines[i].s) != "text":
        return None
    names: list[str] = [lines[i].s]
    parts: list[list[_Line]] = [[]]
    j = i + 1
    while j < len(lines) and j - i < 400:
        s = lines[j].s
        if _header(s) and kinds(s) == "text" and parts[-1] and meaning(s) not in [meaning(n) for n in names]:
            names.append(s)
            parts.append([])
        elif s == names[0] and len(names) > 1:
            break  # the first header again: the next table (or the table again on the next page)
        else:
            parts[-1].append(lines[j])
        j += 1
    ms = _action_header(names)
    if ms is None:
        return None
    # The last column runs until the table ends: as many cells as the others have rows.
    last_kind = KIND.get(ms[-1], "text")
    spans = _split_columns([kinds(ln.s) for ln in parts[-1]], [ln.s for ln in parts[-1]], [last_kind])
    if spans is None:
        return None
    a, b = spans[0]
    parts[-1] = parts[-1][a:b]
    return _rows(names, ms, parts, kinds), i + sum(len(p) for p in parts) + len(names)

