"""Table rows run together into lines of text, as a PDF's text gives a word-processor table.

Copied out of a PDF (pypdf and most tools), a ruled or unruled table keeps its row order but loses its
columns: the header names stand on one line ("Nr. Actie Trekker Partners Planning"), each row starts with its
code, and the cells of one row follow each other, wrapped over lines, in column order ("P3 Hitteplan per
gemeente opstellen ... Gemeente / Hengelo GGD Twente; / Veiligheidsregio Twente / 2027 – 2028"). A row is
cut into its columns by what the words are: the parties the register knows, then the words that say when,
then what is left for the columns after them (a relation, a status). The result is an ordinary `Table`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ingest.actors import spell_kinds
from ingest.column_streams import split_header_line
from ingest.headers import header_meanings
from ingest.model import Page, Table, TableRow
from ingest.tables_layout import join_lines

WHO = ("lead", "partners", "involved", "commissioner", "support")
# A row's code at the start of its first line: "P1", "ZK-01", "1.1", "A.2", "3", "KA 2"; never a year.
ROW_CODE = re.compile(r"^(?!(?:19|20)\d{2}\b)((?:[A-Z]{1,4}[ .-]?)?\d{1,2}(?:\.\d{1,2})?[a-z]?)\.?"
                      r"(?:\s+(\S.*))?$")
# Words of a when-cell: years, quarters, seasons, months and the words around them.
TIME_WORD = re.compile(
    r"(?i)^(?:(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?[,;]?|q[1-4]|[1-4]e|kwartaal|t/m|tot|en|e\.v\.?|"
    r"start|vanaf|uiterlijk|eind|einde|begin|medio|voor|vóór|na|gereed|afgerond|doorlopend|continu|jaarlijks|lopend|"
    r"najaar|voorjaar|zomer|winter|herfst|januari|februari|maart|april|mei|juni|juli|augustus|september|"
    r"oktober|november|december|[–—-]|\(?\d{4}\)?|van|de|het|in|eerste|tweede|derde|vierde|helft|half)$")
YEAR = re.compile(r"(?:19|20)\d{2}|doorlopend|continu|jaarlijks|lopend", re.IGNORECASE)
SEPARATOR = re.compile(r"(?i)^[\s,;/&+–-]*(?:(?:en|i\.s\.m\.?|met)[\s,;]*)?$")
MAX_ROW_LINES = 30
ENDS_TIME = re.compile(r"(?i)(?:(?:19|20)\d{2}|doorlopend|continu|jaarlijks)\s*$")
UNKNOWN_TAIL = re.compile(r"^[\s,;]*(?:en\s+)?(?!Q[1-4]\b)[A-Z][\w'.&-]*"
                          r"(?:\s+(?!Q[1-4]\b)[A-Z][\w'.&-]*){0,3}(?=\s|$)")
# Names the register does not know between two it knows ("Provincie Fryslân Wetterskip, LTO Noord"): part
# of the run of parties.
# ... or the plural kind word of a list of names ("Wetterskip, gemeenten De Fryske Marren en ...").
_KINDS = r"(?:de\s+)?(?:gemeenten|provincies|waterschappen)\s+"
UNKNOWN_GAP = re.compile(rf"^[\s,;]*(?:(?:(?!Q[1-4]\b)[A-Z][\w'.&-]*[\s,;]+){{1,3}}(?:{_KINDS})?|{_KINDS})$")
# 'wij' in a letter's table of steps: the writer (cells.roles_in_cell), a party like the others.
SELF = re.compile(r"(?<![\w-])(?:wij|ik)(?![\w-])")
THEME = re.compile(r"(?i)^(?:thema|spoor|programmalijn|pijler|domein|categorie)\b")
# An abbreviation in a who-column ("WAM", "PNB"): the document's own list spells it out.
ABBREVIATION = re.compile(r"\b[A-Z][A-Z&]{1,5}\b")


def _header_at(lines: list[tuple[int, str]], i: int) -> tuple[list[str], list[str], int] | None:
    """Header names and meanings of a header printed on one line (with its stacked second line)."""
    names, j = None, i + 1
    for size in (1, 2, 3):  # a header cell wrapped onto the next line ("Verantwoordelijke" / "partij")
        joined = " ".join(t.strip() for _, t in lines[i:i + size])
        found = split_header_line(joined)
        if found and len(found) >= 3:
            names, j = found, i + size
            break
    if not names:
        return None
    while j < len(lines) and j <= i + 2:  # "Planning" over "Start Gereed" on the next line(s)
        more = split_header_line(lines[j][1].strip())
        if not more:
            break
        names += more
        j += 1
    meanings = header_meanings(names)
    if meanings is None or None in meanings:
        return None
    when = [k for k, m in enumerate(meanings) if m == "when"]
    if len(when) == 3 and when[1] == when[0] + 1:  # "Planning" spanning "Start" and "Gereed"
        del names[when[0]], meanings[when[0]]
    return names, [m for m in meanings if m], j


def _code_shape(code: str) -> str:
    """'A1' and 'B3' (parts A and B of one table) have one shape; '1.1' and 'A1' do not."""
    return re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "9", code))


Lines = list[tuple[int, str]]


def _furniture(lines: Lines) -> set[int]:
    """Lines that are page furniture, never a cell: a running title (the same first line on several pages)
    and page numbers."""
    firsts: dict[int, int] = {}
    for i, (p, t) in enumerate(lines):
        if t.strip():
            firsts.setdefault(p, i)
    heads = Counter(lines[i][1].strip() for i in firsts.values())
    return {i for i in firsts.values() if heads[lines[i][1].strip()] > 1} | {
        i for i, (_, t) in enumerate(lines) if re.fullmatch(r"\d{1,3}", t.strip())}


def _rows(lines: Lines, start: int, header_line: str, timed_last: bool,
          skip: set[int]) -> tuple[list[Lines], int]:
    """The lines of each row after a header, and where the table ends. Rows open with their code; in a
    table without codes whose last column says when, a row closes on the line that ends with a time.
    `skip`: the page furniture."""
    rows: list[list[tuple[int, str]]] = []
    current: Lines = []
    by_time = False
    shape = None
    k = start
    while k < len(lines):
        page, text = lines[k]
        s = text.strip()
        if not s or (k in skip and k > start):
            k += 1
            continue
        if s == header_line.strip():  # the header repeated on a new page
            k += 1
            continue
        if THEME.match(s) and k + 1 < len(lines) and ROW_CODE.match(lines[k + 1][1].strip()):
            k += 1  # a theme row across the table ("Thema A – Warmte"): no cell of a row
            continue
        m = ROW_CODE.match(s)
        if not rows and not current and not m and timed_last:
            by_time = True
        if by_time:
            if THEME.match(s) and not current:
                k += 1
                continue
            current.append((page, s))
            if ENDS_TIME.search(s):
                rows.append(current)
                current = []
            elif len(current) > MAX_ROW_LINES:
                break
            k += 1
            continue
        if m and (shape is None or _code_shape(m.group(1)) == shape):
            shape = _code_shape(m.group(1))
            rows.append([(page, s)])
        elif rows and len(rows[-1]) < MAX_ROW_LINES:
            rows[-1].append((page, s))
        else:
            break
        k += 1
    return rows, k


class _Row:
    """One row's words, cut into the header's columns."""

    def __init__(self, text: str, meanings: list[str], resolver: Any) -> None:
        self.meanings = meanings
        self.cells = [""] * len(meanings)
        self.guessed: list[int] = []  # columns whose cell in this row is a guess
        m = ROW_CODE.match(text)
        rest = text
        if m and "code" in meanings:
            self.cells[meanings.index("code")] = m.group(1)
            rest = m.group(2) or ""
        self.ok = self._cut(rest, resolver)

    def _cut(self, rest: str, resolver: Any) -> bool:
        who = [k for k, m in enumerate(self.meanings) if m in WHO]
        when = [k for k, m in enumerate(self.meanings) if m == "when"]
        texts = [k for k, m in enumerate(self.meanings) if m not in WHO and m not in ("when", "code")]
        before = [k for k in texts if not who or k < who[0]]
        after = [k for k in texts if who and k > who[-1]]
        spans = _party_spans(rest, resolver) if who else []
        run = _party_run(rest, spans, bool(when))
        if who and run is None:
            return False
        cut = run[0] if run else len(rest)
        what = rest[:cut].strip()
        if before:
            self.cells[before[0]] = what
        tail = rest[run[1]:] if run else ""
        if run:
            parties = [(a, b) for a, b in spans if run[0] <= a < run[1]]
            self._parties(rest, parties, run[1], who)
        if when:
            empty_first = bool(re.match(r"\s*[–—-]\s", tail))  # "– 2027": no start, the dash holds its place
            time, tail = _time(tail)
            if len(when) == 2:
                first, second = _two_times(time)
                if empty_first and not second:
                    first, second = "", first
                elif first and not second:  # one moment under Start and End: which column is a guess
                    self.guessed = [when[0], when[1]]
                self.cells[when[0]], self.cells[when[1]] = first, second
            else:
                self.cells[when[0]] = time
        if after:
            self.cells[after[0]] = tail.strip(" ;,")
        return bool(what)

    def _parties(self, rest: str, parties: list[tuple[int, int]], end: int, who: list[int]) -> None:
        """The first party is the lead column's (with what 'i.s.m.' adds to it); the others, up to `end`
        (where the run of parties ends), the next column's."""
        block = rest[parties[0][0]:end]
        if len(who) == 1 or re.search(r"(?i)\bi\.s\.m\b", block):
            self.cells[who[0]] = block
            return
        # Names joined by "en" or "/" share the lead's cell ("Waterschap X en Gemeente Y"); a comma or a
        # plain break between names is where the next column starts.
        n = 1
        while n < len(parties) and re.fullmatch(r"\s*(?:en|&|/)\s*", rest[parties[n - 1][1]:parties[n][0]]):
            n += 1
        self.cells[who[0]] = rest[parties[0][0]:parties[n - 1][1]]
        self.cells[who[1]] = rest[parties[n - 1][1]:end].strip(" ,;")


def _party_spans(text: str, resolver: Any) -> list[tuple[int, int]]:
    """Where the parties the register knows are named in the row (character spans, in order)."""
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in ABBREVIATION.finditer(text)
                                    if not re.fullmatch(r"Q[1-4]|[IVX]+", m.group(0))]
    spans += [(m.start(), m.end()) for m in SELF.finditer(text)]
    if resolver is None:
        return sorted(spans)
    pos = 0
    for ref in resolver.find(text, groups=False):
        name = ref.mention or ref.label
        at = text.find(name, pos)
        if at < 0:
            at = text.lower().find(name.lower(), pos)
        if at < 0 and " " in name:  # "gemeenten De Fryske Marren en ...": the name without its kind word
            name = name.split(" ", 1)[1]
            at = text.find(name, pos)
        if at < 0:
            continue
        spans.append((at, at + len(name)))
        pos = at + len(name)
    spans.sort()
    return [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1]
                                          for o in spans)]  # "RWS" inside a longer name


def _party_run(text: str, spans: list[tuple[int, int]], timed: bool) -> tuple[int, int] | None:
    """The run of parties that fills the who-columns: names with only separators between them, followed
    by the when-cell (when the table has one) or the end. The first such run from the left."""
    k = 0
    while k < len(spans):
        j = k
        while j + 1 < len(spans) and (SEPARATOR.match(text[spans[j][1]:spans[j + 1][0]])
                                      or UNKNOWN_GAP.match(text[spans[j][1]:spans[j + 1][0]])):
            j += 1
        end = spans[j][1]
        after = text[end:].strip()
        if not after or not timed or _time(after)[0]:
            return spans[k][0], end
        # A name the register does not know at the end of the run (", Twence"), just before the when-cell.
        m = UNKNOWN_TAIL.match(text[end:])
        if m and _time(text[end + m.end():].strip())[0]:
            return spans[k][0], end + m.end()
        k = j + 1
    return None


def _time(text: str) -> tuple[str, str]:
    """The words that say when at the start of `text`, and the rest."""
    words = text.split()
    n = 0
    while n < len(words) and TIME_WORD.match(words[n]):
        n += 1
    while n and not YEAR.search(words[n - 1]) and words[n - 1].lower() not in ("e.v.", "e.v"):
        n -= 1  # "2027 na": a word after the last year belongs to the next column
    time = " ".join(words[:n]).lstrip("–—- ")  # a dash before it is an empty cell ("–" for no partners)
    return (time, " ".join(words[n:])) if YEAR.search(time) else ("", text)


def _two_times(time: str) -> tuple[str, str]:
    """A start and an end column read as one line ("Q3 2026 2029", "2027 doorlopend")."""
    m = re.match(r"^(.*?(?:19|20)\d{2})\s+(\S.*)$", time)
    return (m.group(1), m.group(2)) if m else (time, "")


def find_flat_tables(pages: list[Page], resolver: Any) -> list[Table]:
    """Action tables whose rows were copied out as lines of text."""
    lines = [(p.number, t) for p in pages for t in p.text.split("\n")]
    furniture: set[int] | None = None
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found = _header_at(lines, i) if lines[i][1].strip() else None
        if found is None:
            i += 1
            continue
        names, meanings, start = found
        furniture = _furniture(lines) if furniture is None else furniture
        rows, end = _rows(lines, start, lines[i][1], meanings[-1] == "when", furniture)
        coded = all(ROW_CODE.match(row[0][1]) for row in rows)
        if "code" not in meanings and coded:  # every row opens with its code: a code column the header lacks
            names, meanings = ["Nr."] + names, ["code"] + meanings
        table = Table(page=lines[i][0], header=names, method="rows")
        for row in rows:
            cut = _Row(spell_kinds(join_lines([s for _, s in row])), meanings, resolver)
            if cut.ok:
                table.rows.append(TableRow(cells=cut.cells, page=row[0][0],
                                           doubtful=[names[k] for k in cut.guessed]))
        if len(table.rows) >= 2:
            tables.append(table)
        i = max(end, i + 1)
    return tables
