"""Role matrices: tables whose columns are organisations and whose cells give each one's role.

An uitvoeringsprogramma often prints the who of its actions as a matrix: one column per organisation (its name
or abbreviation as the column name), one letter per cell ('T' trekker, 'P' partner, 'B' betrokken), and the
letters explained under the table ('T = trekker, P = partner, B = betrokken'). Such a table is rewritten here
into the ordinary shape, one column per role holding the organisations' names, so that the one
table-to-action model reads it; abbreviated column names are spelled out later from the document's legend,
as in any other cell.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.headers import header_meanings, meaning
from ingest.model import Table, TableRow

ROLE_COLUMNS = {"lead": "Trekker", "partners": "Partners", "involved": "Betrokken",
                "commissioner": "Opdrachtgever", "support": "Ondersteuning"}
"""The role meanings of the header lexicon, in the order their columns are written, with a column name."""
DEFAULT_LETTERS = {"T": "lead", "P": "partners", "B": "involved", "O": "commissioner",
                   "R": "lead", "A": "commissioner", "C": "involved", "I": "involved"}
"""The letters Dutch role matrices use most, for a document that does not explain its own: trekker, partner,
betrokken, opdrachtgever, and RACI (responsible, accountable, consulted, informed)."""
NAME_CHARS = 40
MIN_ORGANISATIONS = 2
# "T = trekker", "P: partner", "R = uitvoerend: de trekker van de actie": a letter or two (not the second of
# "R/A"), then the words that explain it, up to the next letter, a ';' or the line's end
_KEY = re.compile(r"(?<![\w&./])([A-Z]{1,2}|[●○◯◉◐✓✔✗✘×■□▪◆◇▲△★☆+])\s*[=:]\s*")
"""... or a symbol: 'Legenda: ● = trekker, ✓ = partner, ○ = betrokken'."""
_EXPLAINED_WORDS = 8
"""How many words after 'X =' may hold the role word ('C = geraadpleegd: partner die meewerkt')."""


def role_letters(text: str) -> dict[str, str]:
    """The role letters a document explains ('T = trekker' -> T: lead); the common ones when it explains
    fewer than two. An explanation may hold several role words ('A = eindverantwoordelijk: de opdrachtgever
    van de trekker'): the letters of one legend take different roles where their words allow."""
    keys = list(_KEY.finditer(text))
    candidates: dict[str, list[str]] = {}
    for m, after in zip(keys, [*keys[1:], None], strict=False):
        said = re.split(r"[;\n]", text[m.end():after.start() if after else len(text)])[0]
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", said)[:_EXPLAINED_WORDS]
        roles = [r for w in words for r in [meaning(w)] if r in ROLE_COLUMNS]
        if roles and m.group(1) not in candidates:
            candidates[m.group(1)] = list(dict.fromkeys(roles))
    letters = {k: v[0] for k, v in candidates.items() if len(v) == 1}
    for k, v in candidates.items():
        if k not in letters:
            letters[k] = next((r for r in v if r not in letters.values()), v[0])
    return letters if len(letters) >= 2 else dict(DEFAULT_LETTERS)


PARTY_NAMES = ("partij", "organisatie", "naam partij", "naam organisatie")
ROLE_NAMES = ("rol", "rollen", "rol partij", "rol in de actie", "type rol", "soort rol")
"""A long table of roles ('Actie | Partij | Rol | Periode'): a row per party, the action on its first row."""


def _named(cells: list[str], names: tuple[str, ...]) -> int | None:
    found = [j for j, c in enumerate(cells) if " ".join(c.lower().split()).strip(" :") in names]
    return found[0] if len(found) == 1 else None


def party_column(cells: list[str]) -> bool:
    """Whether one header cell names the party of each row ('Partij | Inspanning | Termijn')."""
    return _named(cells, PARTY_NAMES) is not None


def matrix_header(cells: list[str]) -> bool:
    """Whether a row could head a table of roles: two short names or more that are no header words ('Nr |
    Maatregel | Wanneer | WL | PL'), or a party column ('Actie | Partij | Rol', 'Partij | Wat doet zij'),
    beside header words that make an action table."""
    names = [" ".join(c.split()) for c in cells]
    known = [c for c in names if c and meaning(c) is not None]
    unknown = [c for c in names if c and meaning(c) is None]
    by_party = party_column(cells)  # 'Partij | Rol' or 'Partij | Wat doet zij'
    if by_party and _named(cells, ROLE_NAMES) is not None:
        known.append(ROLE_COLUMNS["lead"])  # 'Actie | Partij | Rol': the role column names who leads
    return ((by_party or len(unknown) >= MIN_ORGANISATIONS) and all(len(c) <= NAME_CHARS for c in unknown)
            and header_meanings(known) is not None)


def _role(cell: str, letters: dict[str, str]) -> str | None:
    word = " ".join(cell.split())
    found = letters.get(word.upper()) if len(word) <= 2 else meaning(word)
    return found if found in ROLE_COLUMNS else None


def _roles(cell: str, letters: dict[str, str]) -> list[str]:
    """The roles of a matrix cell: one letter or word, or several joined ('R/A': trekker and opdrachtgever);
    none when a part names no role."""
    found = [_role(part, letters) for part in re.split(r"\s*[/+,&]\s*", cell.strip())]
    return [r for r in dict.fromkeys(found) if r] if found and all(found) else []


def as_role_columns(table: Table, letters: dict[str, str]) -> Table:
    """The table with its organisation columns folded into role columns, or the table itself when it is no
    role matrix: at least two columns whose name is no header word and whose cells are all empty or a role
    (a letter of `letters`, or a role word such as 'trekker'), beside columns that make an action table."""
    header, rows = table.head_and_body()
    header = [" ".join(h.split()) for h in header]
    width = len(header)
    cells = [r.cells for r in rows]
    matrix = [j for j, name in enumerate(header)
              if name and len(name) <= NAME_CHARS and meaning(name) is None
              and any(c[j].strip() for c in cells)
              and all(not c[j].strip() or _roles(c[j], letters) for c in cells)]
    if len(matrix) < MIN_ORGANISATIONS:
        return table
    used = [m for m in ROLE_COLUMNS if any(m in _roles(c[j], letters) for c in cells for j in matrix)]
    sides = _side_parties(header, cells, matrix)
    kept = [j for j in range(width) if j not in matrix and (sides is None or j != sides[0])]
    return _role_table(table, header, kept, used, [
        (row, c, {m: [_party_of(header[j], c, sides) for j in matrix if m in _roles(c[j], letters)]
                  for m in used})
        for row, c in zip(rows, cells, strict=True)])


_SIDE_COLUMN = re.compile(r"(?i)^rol\s+(?:van\s+(?:de|het)\s+)?(\S+)$")
"""'Rol Rijk', 'Rol regio': the role of the party a 'Partijen' cell names for that side."""


def _side_parties(header: list[str], cells: list[list[str]], matrix: list[int]
                  ) -> tuple[int, dict[str, int]] | None:
    """The column that names each row's party per side ('Rijk: ProRail / regio: Gemeente Zuidplas') when
    the matrix columns are 'Rol <side>', with the matrix column of each side; None for a matrix of
    organisations."""
    sides = {m.group(1).lower(): j for j in matrix for m in [_SIDE_COLUMN.match(header[j])] if m}
    if len(sides) < 2:
        return None
    for k in range(len(header)):
        if k not in matrix and all(not c[k].strip() or all(
                re.search(rf"(?i)\b{re.escape(side)}\s*:", c[k]) for side in sides) for c in cells):
            return k, sides
    return None


def _party_of(name: str, cells: list[str], sides: tuple[int, dict[str, int]] | None) -> str:
    """The party a matrix column stands for in one row: the column's name, or for a 'Rol <side>' column the
    name after '<side>:' in the row's party cell."""
    m = _SIDE_COLUMN.match(name)
    if sides is None or m is None:
        return name
    said = " ".join(cells[sides[0]].split())
    others = "|".join(re.escape(s) for s in sides[1])
    found = re.search(rf"(?i)\b{re.escape(m.group(1))}\s*:\s*(.+?)\s*(?=\b(?:{others})\s*:|$)", said)
    return found.group(1).strip(" ;,") if found else name


def _role_table(table: Table, header: list[str], kept: list[int], used: list[str],
                rows: list[tuple[TableRow, list[str], dict[str, list[str]]]]) -> Table:
    """`table` rewritten to its columns `kept` and one column per role of `used`: each of `rows` (a row, its
    cells, its parties by role) with the parties of that role joined by commas; the table itself when that
    makes no action table."""
    new_header = [header[j] for j in kept] + [ROLE_COLUMNS[m] for m in used]
    if header_meanings(new_header) is None:
        return table
    new_rows = [TableRow(cells=[cells[j] for j in kept] + [", ".join(named.get(m, [])) for m in used],
                         page=row.page, doubtful=row.doubtful) for row, cells, named in rows]
    return Table(page=table.page, header=new_header, rows=new_rows, method=table.method,
                 doubtful=table.doubtful)


_PREFIX = re.compile(r"(?:^|(?<=[;\n]))\s*([A-Z]{1,2})\s*:\s*")
"""A role letter opening a part of a who-cell: 'T: HHNK; P: LTO Noord, gem. Edam; O: PNH'."""


def _prefixed(cell: str, letters: dict[str, str]) -> dict[str, list[str]] | None:
    """The names of a cell of role-lettered parts by role, or None when the cell is not all such parts."""
    parts = _PREFIX.split(cell.strip())
    if len(parts) < 3 or parts[0].strip():
        return None
    named: dict[str, list[str]] = {}
    for letter, names in zip(parts[1::2], parts[2::2], strict=True):
        role = letters.get(letter)
        if role not in ROLE_COLUMNS:
            return None
        named.setdefault(role, []).append(" ".join(names.split()).strip(" ;,"))
    return named


def as_prefixed_roles(table: Table, letters: dict[str, str]) -> Table:
    """A who-column whose cells give each party's role by a letter the document explains ('T: HHNK; P: LTO
    Noord; B: gem. Landsmeer' under 'T = trekker, P = partner, B = betrokken') as one column per role; the
    table itself when no column is all such cells."""
    header, rows = table.head_and_body()
    cells = [r.cells for r in rows]
    found = [j for j in range(len(header)) if any(c[j].strip() for c in cells)
             and all(not c[j].strip() or _prefixed(c[j], letters) is not None for c in cells)]
    if len(found) != 1:
        return table
    j = found[0]
    named = [_prefixed(c[j], letters) or {} for c in cells]
    used = [m for m in ROLE_COLUMNS if any(m in n for n in named)]
    kept = [i for i in range(len(header)) if i != j]
    return _role_table(table, header, kept, used, list(zip(rows, cells, named, strict=True)))


def as_role_columns_long(table: Table, letters: dict[str, str]) -> Table:
    """A long table of roles, one row per party ('Actie | Partij | Rol | Periode', the action's cells filled
    on its first row only), as one row per action with its parties in role columns; the table itself when it
    has no party and role column, or a role cell that names no role."""
    header, rows = table.head_and_body()
    width = len(header)
    party, role = _named(header, PARTY_NAMES), _named(header, ROLE_NAMES)
    if party is None or role is None:
        return table
    cells = [r.cells for r in rows]
    if not any(c[role].strip() for c in cells) or any(c[role].strip() and not _role(c[role], letters)
                                                       for c in cells):
        return table
    used = [m for m in ROLE_COLUMNS if any(_role(c[role], letters) == m for c in cells if c[role].strip())]
    kept = [j for j in range(width) if j not in (party, role)]
    groups: list[tuple[TableRow, list[str], dict[str, list[str]]]] = []
    for row, c in zip(rows, cells, strict=True):
        if any(c[j].strip() for j in kept) or not groups:  # the action's own row opens it
            groups.append((row, c, {m: [] for m in used}))
        found = _role(c[role], letters) if c[role].strip() else None
        if found and c[party].strip():
            groups[-1][2][found].append(" ".join(c[party].split()))
    return _role_table(table, header, kept, used, groups)


def as_rows_per_action(table: Table) -> Table:
    """A table of what each party does ('Partij | Wat doet zij | Wanneer'), a cell holding several actions
    one per line (or split by ';') with their times in the same order, as one row per action with the party
    as its lead; the table itself when it has no party column beside a what-column."""
    header, rows = table.head_and_body()
    party = _named(header, PARTY_NAMES)
    meanings = [meaning(h) for h in header]
    if party is None or _named(header, ROLE_NAMES) is not None or "lead" in meanings or \
            "what" not in meanings:
        return table
    what = meanings.index("what")
    when = meanings.index("when") if "when" in meanings else None
    new_header = [ROLE_COLUMNS["lead"] if j == party else h for j, h in enumerate(header)]
    if header_meanings(new_header) is None:
        return table
    new_rows = []
    for row in rows:
        if _done(row.cells[what]) and (when is None or _NO_TIME.fullmatch(row.cells[when])):
            continue  # 'Heeft in 2026 een bijdrage ... toegekend' with no time: what the party did
        actions = _parts(row.cells[what], wrapped=True)
        times = _parts(row.cells[when]) if when is not None else []
        if len(actions) < 2 or len(times) not in (0, 1, len(actions)):
            new_rows.append(row)
            continue
        for k, action in enumerate(actions):
            cells = list(row.cells)
            cells[what] = action
            if when is not None and times:
                cells[when] = times[k] if len(times) == len(actions) else times[0]
            new_rows.append(TableRow(cells=cells, page=row.page, doubtful=row.doubtful))
    return Table(page=table.page, header=new_header, rows=new_rows, method=table.method,
                 doubtful=table.doubtful)


_PERFECT = re.compile(r"(?i)^(?:heeft|hebben)\b.*\s"
                      r"(?:\w*ge\w+[dt]|(?:be|ver|ont|her|er)\w+[dt]|\w*ge\w+en)\W*$")
_NO_TIME = re.compile(r"\s*(?:[-–—]|n\.?v\.?t\.?)?\s*")


def _done(cell: str) -> bool:
    """Whether a party's cell tells what it has done, in the perfect tense ('Heeft ... toegekend')."""
    return bool(_PERFECT.match(" ".join(cell.split())))


# The party a cell's sentence opens with: "Gemeente Helmond bouwt ...", "Ministerie van VRO zet ...".
_OPENING_PARTY = re.compile(r"^(?:(?:[Dd]e|[Hh]et)\s+)?"
                            r"((?:[A-Z][\w&'’.-]*|(?:gemeente|provincie|waterschap)(?=\s+[A-Z]))"
                            r"(?:\s+(?:(?:van|voor|en|de|der|het)\s+)?[A-Z][\w&'’.-]*)*)\s+[a-z]")
_WHO_MEANINGS = set(ROLE_COLUMNS) | {"who"}


def as_action_per_cell(table: Table) -> Table:
    """A table of what each side does ('Opgave | Inzet regio | Inzet Rijk | Wanneer'), each what-cell a
    sentence that opens with its doer ('Gemeente Helmond bouwt ...'), as one row per such cell with that
    doer as its trekker, the row's first column as its theme and the row's time; the table itself when it has
    a who-column or fewer than two such columns."""
    header, rows = table.head_and_body()
    meanings = [meaning(h) for h in header]
    if _WHO_MEANINGS & set(meanings) or not rows:
        return table
    columns = [j for j, m in enumerate(meanings) if m == "what" and j > 0 and sum(
        1 for r in rows if _OPENING_PARTY.match(r.cells[j].strip())) * 2 >= len(rows)]
    if len(columns) < 2:
        return table
    when = [j for j, m in enumerate(meanings) if m == "when"]
    new_header = ["Thema", "Actie", ROLE_COLUMNS["lead"], *(header[j] for j in when)]
    new_rows = []
    for row in rows:
        for j in columns:
            opening = _OPENING_PARTY.match(row.cells[j].strip())
            if opening:
                new_rows.append(TableRow(cells=[row.cells[0], row.cells[j].strip(), opening.group(1),
                                                *(row.cells[k] for k in when)], page=row.page,
                                         doubtful=row.doubtful))
    return Table(page=table.page, header=new_header, rows=new_rows, method=table.method,
                 doubtful=table.doubtful)


# A party x year table ('Partij | 2026 | 2027 | 2028'): a row per party, in each year's column what it does.
_YEAR_NAME = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
_ITEM_CODE = re.compile(r"^([A-Z]{0,4}[ -]?\d{1,3}(?:\.\d{1,3})?[a-z]?)\s+(\S.*)$")
_GOES_ON = re.compile(r"(?i)^(?:vervolg|doorlopend|loopt door|voortzetting)\b")


def _years_of(header: list[str]) -> dict[int, int] | None:
    """Column -> year of a header of a party column and two or more year columns; None for any other."""
    party = _named(header, PARTY_NAMES)
    years = {j: int(m.group(1)) for j, h in enumerate(header) if (m := _YEAR_NAME.match(h))}
    if party is None or len(years) < 2 or len(years) + 1 < len([h for h in header if h.strip()]):
        return None
    return years


def as_party_years(table: Table) -> Table:
    """A table whose rows are parties and whose columns are years, each cell listing the coded actions the
    party leads that year ('V1 Hemelwaterplan Leerdam, met WSRL', 'V1 vervolg' the year after), as one row
    per code: its first words as the action, the party as trekker, the years it stands under as its period.
    The table itself when its header is no party and years."""
    header, rows = table.head_and_body()
    years, party = _years_of(header), _named(header, PARTY_NAMES)
    if years is None or party is None:
        return table
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        who = " ".join(row.cells[party].split())
        for j, year in years.items():
            items: list[list[str]] = []
            for line in row.cells[j].split("\n"):
                line = line.strip()
                if _ITEM_CODE.match(line):
                    items.append([line])
                elif items and line:
                    items[-1].append(line)
            for item in items:
                code, rest = _ITEM_CODE.match(item[0]).groups()  # type: ignore[union-attr]
                text = " ".join([rest, *item[1:]])
                entry = found.setdefault(code, {"what": "", "who": who, "years": [], "page": row.page})
                entry["years"].append(year)
                if not _GOES_ON.match(text) and not entry["what"]:
                    entry["what"] = text
    if not found:
        return table
    new_rows = []
    for code, e in found.items():
        first, last = min(e["years"]), max(e["years"])
        when = str(first) if first == last else f"{first}-{last}"
        new_rows.append(TableRow(cells=[code, e["what"] or code, e["who"], when], page=e["page"]))
    return Table(page=table.page, header=["Nr.", "Actie", ROLE_COLUMNS["lead"], "Planning"], rows=new_rows,
                 method=table.method, doubtful=table.doubtful)


# A cell of a task matrix that says the party only hears of the work: 'Wordt geïnformeerd.'
_INFORMED = re.compile(r"(?i)^\s*(?:wordt\s+|worden\s+)?"
                       r"(?:geïnformeerd|geinformeerd|op\s+de\s+hoogte\s+gehouden)\b")
_DASH = re.compile(r"^\s*(?:[-–—]|n\.v\.t\.?)?\s*$")


def _task_role(cell: str) -> str | None:
    """The role a task matrix's cell gives its column's party: the role word it opens with ('Trekker. Stelt
    het ontwerp op'), involved for being informed, partner for any other task; None for an empty cell."""
    text = " ".join(cell.split())
    if _DASH.match(text):
        return None
    if _INFORMED.match(text):
        return "involved"
    first = re.split(r"[.:,;(]", text, maxsplit=1)[0]
    found = meaning(first) if len(first.split()) <= 3 else None
    return found if found in ROLE_COLUMNS else "partners"


def as_task_columns(table: Table) -> Table:
    """A task matrix: a column per party (its name as the column's name) whose cells say in words what the
    party does, the one that leads opening with 'Trekker' ('Trekker. Stelt het ontwerp op.', 'Levert de
    data.', 'Wordt geïnformeerd.', '–'), as role columns; the table itself when the party columns are not
    such cells or a row has no one trekker."""
    header, rows = table.head_and_body()
    header = [" ".join(h.split()) for h in header]
    cells = [r.cells for r in rows]
    roles = [[_task_role(cell) for cell in c] for c in cells]  # each cell's role, read once
    matrix = [j for j, name in enumerate(header)
              if name and len(name) <= NAME_CHARS and meaning(name) is None
              and all(_DASH.match(c[j]) or len(c[j].split()) > 1 for c in cells)
              and any(r[j] != "partners" for r in roles)]  # not a column of titles
    if len(matrix) < MIN_ORGANISATIONS or not rows or any(
            sum(1 for j in matrix if r[j] == "lead") != 1 for r in roles):
        return table
    used = [m for m in ROLE_COLUMNS if any(r[j] == m for r in roles for j in matrix)]
    kept = [j for j in range(len(header)) if j not in matrix]
    return _role_table(table, header, kept, used, [
        (row, c, {m: [header[j] for j in matrix if r[j] == m] for m in used})
        for row, c, r in zip(rows, cells, roles, strict=True)])


def as_split_actions(table: Table) -> Table:
    """A row whose action cell holds several actions split by ';' with as many periods, in the same order,
    in its when-cell ('Groene daken ...; subsidieregeling ...' / '2026-2027; vanaf 2027'): one row per action,
    each with the row's parties; its number named the row, so the actions go without it."""
    header, rows = table.head_and_body()
    meanings = header_meanings(header) or []
    if "what" not in meanings or "when" not in meanings or meanings.count("when") > 1:
        return table
    what, when = meanings.index("what"), meanings.index("when")
    code = meanings.index("code") if "code" in meanings else None
    new_rows: list[TableRow] = []
    for row in rows:
        actions = [p.strip() for p in row.cells[what].split(";") if p.strip()]
        times = [p.strip() for p in row.cells[when].split(";") if p.strip()]
        if len(actions) < 2 or len(times) != len(actions):
            new_rows.append(row)
            continue
        for action, time in zip(actions, times, strict=True):
            cells = list(row.cells)
            cells[what], cells[when] = action, time
            if code is not None:
                cells[code] = "–"  # no code of its own, yet no continuation of the row above
            new_rows.append(TableRow(cells=cells, page=row.page, doubtful=row.doubtful))
    if len(new_rows) == len(rows):
        return table
    return Table(page=table.page, header=list(header), rows=new_rows, method=table.method,
                 doubtful=table.doubtful)


def _parts(cell: str, wrapped: bool = False) -> list[str]:
    """The items of a cell: one a line, or split by ';' when it is one line. `wrapped`: the items are
    sentences, and a line that opens in lower case goes on the item above it."""
    lines: list[str] = []
    for ln in (ln.strip() for ln in cell.split("\n")):
        if ln and lines and wrapped and ln[:1].islower():
            lines[-1] = f"{lines[-1]} {ln}"
        elif ln:
            lines.append(ln)
    if len(lines) == 1:
        lines = [p.strip() for p in lines[0].split(";") if p.strip()]
    return lines


_NOTED_LETTER = re.compile(r"\(\s*([A-Za-z])\s*\)")
_ROLE_WORD = {"lead": "trekker", "partners": "partner", "involved": "betrokken",
              "commissioner": "opdrachtgever", "support": "ondersteuning"}
MIN_NOTED = 2


def as_noted_roles(table: Table, letters: dict[str, str]) -> Table:
    """Role letters in brackets after the parties ('WSRL (t), gemeenten', 'Provincie (o), Vitens (t)'), as
    the role words the cell reader knows ('(trekker)', '(opdrachtgever)'); the table itself when fewer than
    MIN_NOTED cells carry such a letter."""
    def word(m: re.Match[str]) -> str:
        role = letters.get(m.group(1).upper())
        return f"({_ROLE_WORD[role]})" if role in _ROLE_WORD else m.group(0)

    noted = sum(1 for r in table.rows for c in r.cells
                if any(m.group(1).upper() in letters for m in _NOTED_LETTER.finditer(c)))
    if noted < MIN_NOTED:
        return table
    rows = [TableRow([_NOTED_LETTER.sub(word, c) for c in r.cells], r.page, r.doubtful) for r in table.rows]
    return Table(page=table.page, header=table.header, rows=rows, method=table.method,
                 doubtful=table.doubtful)
