"""One table-to-action model: columns get their meaning from the header lexicon, rows become Actions with
roles, period, dependencies and the exact words of their page."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ingest.cells import bare_kind, flat, roles_in_cell
from ingest.dependencies import dependency_kind
from ingest.headers import exact_meaning, header_meanings, is_due, is_owner, meaning
from ingest.model import Action, ActorRef, Dependency, ParsedDocument, Period, Role, Source, Table, TableRow
from ingest.periods import as_deadline, parse_period
from ingest.references import link_references

ROLE_OF = {"lead": "lead", "partners": "partner", "involved": "involved", "commissioner": "commissioner",
           "support": "support"}
CONFIDENCE = {"ruled": 0.95, "pipe": 0.95, "tab": 0.95, "semicolon": 0.95, "blocks": 0.9, "aligned": 0.8,
              "columns": 0.8, "rows": 0.8}
TITLE_CHARS = 140
# A code at the head of the what-cell: "1. Dijkversterking", "M4 - Groene daken", "KA 2: ...", "Actie 3.".
_LEADING_CODE = re.compile(r"^(?:(?i:actie|maatregel|project)\s+(?=\d))?"
                           r"((?:[A-Z]{1,4}[ -]?)?\d{1,3}(?:\.\d{1,3})*[a-z]?)"
                           r"(?:[.):]\s+|\s+[-–—:]\s+|\s+)(?=\S)")
# "Waterberging langs de Regge (periode: 2027-2029)": the action's time in its own cell, where no column
# has it.
_OWN_WHEN = re.compile(r"\s*\((?i:periode|looptijd|planning|gereed|uitvoering)\s*:?\s*([^()]*\d[^()]*)\)")
_CODE_WORD = re.compile(r"^(?i:actie|maatregel|project|activiteit|nr\.?|nummer)\s+(?=\S)")  # "Actie 3" -> "3"
_CODE_CELL = re.compile(r"^(?:[A-Za-z]{0,4}[ .-]?\d{1,3}(?:[.-]\d{1,3})*[A-Za-z]?|[A-Z]{1,3}"
                        r"|[A-Za-z]{1,4}[ .-]?(?:19|20)\d{2}[.-]\d{1,3}"  # "TZ-2026-07": with its year
                        r"|(?:19|20)\d{2}(?:-\d{1,2})?/\d{1,3}"  # "2026-11/1": a meeting's action number
                        r"|[IVX]{1,4}\.[a-z])\.?$")  # "II.b": a roman-numbered section's lettered action


@dataclass
class _Group:
    """One logical table: a header and the rows of every page it runs over."""
    header: list[str]
    meanings: list[str | None]
    method: str
    rows: list[TableRow] = field(default_factory=list)
    last_page: int = 0
    doubtful: set[str] = field(default_factory=set)  # columns whose cells may sit on the wrong rows


def _widths(group: _Group) -> list[int]:
    """Each column's widest line: a name wrapped in a narrow column is told from two names by it."""
    return [max((len(line.strip()) for r in group.rows if i < len(r.cells)
                 for line in r.cells[i].split("\n")), default=0) for i in range(len(group.header))]


def _same_header(a: list[str], b: list[str]) -> bool:
    return [" ".join(x.lower().split()) for x in a] == [" ".join(x.lower().split()) for x in b]


_FIGURE = re.compile(r"[€$%\d.,\s–—-]*\d[€$%\d.,\s–—-]*|[–—-]")


def _figures(t: Table) -> bool:
    """Whether most cells after the first column are amounts, years or dashes: a budget grid ('Onderdeel |
    2026 | 2027 | Totaal', '€ 180.000'), not the rest of a table of actions run on without its header."""
    cells = [c.strip() for r in t.rows for c in r.cells[1:] if c.strip()]
    return bool(cells) and sum(1 for c in cells if _FIGURE.fullmatch(c)) > len(cells) / 2


def join_continued(tables: list[Table]) -> list[_Group]:
    """Tables in document order joined where one runs on over a page break (a repeated header, or a grid
    without a header of the same width on the next page)."""
    groups: list[_Group] = []
    for t in tables:
        prev = groups[-1] if groups else None
        near = prev is not None and t.page - prev.last_page in (0, 1)
        width = len(t.header) or (len(t.rows[0].cells) if t.rows else 0)
        width_ok = prev is not None and len(prev.header) == width
        if prev is not None and near and width_ok and (
                _same_header(prev.header, t.header) if t.header else not _figures(t)):
            prev.rows += t.rows
            prev.doubtful |= set(t.doubtful)
            prev.last_page = max([prev.last_page] + [r.page for r in t.rows])
            continue
        meanings = header_meanings(t.header) if t.header else None
        if meanings is None:
            continue
        groups.append(_settle(_Group(list(t.header), meanings, t.method, list(t.rows),
                                     max([t.page] + [r.page for r in t.rows]), set(t.doubtful))))
    return groups


def _settle(group: _Group) -> _Group:
    """Read the header as the rows show it: a second header line under a spanning name ("Planning" over
    "Start" and "Gereed") names those columns; a what-column that holds codes ("Actie": A.1, A.2) beside a
    description column is the code column."""
    if group.rows:
        first = group.rows[0].cells
        # a name merged down over both header lines (read into each) is no second-line name
        filled = [i for i, c in enumerate(first)
                  if c.strip() and (i >= len(group.header) or c.strip() != group.header[i].strip())]
        # exact names: a theme row under the header ("Thema 1 Water en bodem") only opens with one
        names = [exact_meaning(first[i]) for i in filled]
        if filled and len(filled) < len(group.header) and all(m and m != "other" for m in names):
            for i in filled:
                group.header[i] = first[i]
                group.meanings[i] = meaning(first[i])
            group.rows = group.rows[1:]
    m = group.meanings
    if "code" not in m and "what" in m and "description" in m:
        col = m.index("what")
        cells = [flat(r.cells[col]) for r in group.rows if col < len(r.cells) and r.cells[col].strip()]
        coded = [c for c in cells if _CODE_CELL.match(_CODE_WORD.sub("", c))]
        if cells and len(coded) >= 0.7 * len(cells):
            m[col], m[m.index("description")] = "code", "what"
    return group


THEME_WORDS = 8
"""A category row across a table is a short title; a lone cell of more words ending a sentence is text."""


def _is_running_text(cell: str) -> bool:
    text = flat(cell)
    return len(text.split()) > THEME_WORDS and text.endswith((".", ";", ":"))


_NESTED_HEADS = [["partij", "rol"], ["organisatie", "rol"], ["partner", "rol"], ["partijen", "rol"]]
"""The header of a small table of parties and their roles inside one cell of a row."""


def _rows(group: _Group) -> list[tuple[TableRow, str | None]]:
    """Data rows with the theme of the category row above them; a row that continues the one before it (cut
    by a page break, or a wrapped line of a plain-text table) is joined to it."""
    key = group.meanings.index("code") if "code" in group.meanings else None
    what = next((i for i, m in enumerate(group.meanings) if m in ("what", "description")), 0)
    who = next((i for i, m in enumerate(group.meanings) if m == "lead"), None)
    out: list[tuple[TableRow, str | None]] = []
    theme: str | None = None
    nested: TableRow | None = None  # the row whose cell holds a small table of 'Partij | Rol'
    for row in group.rows:
        cells = (row.cells + [""] * len(group.header))[:len(group.header)]
        filled = [c for c in cells if c.strip()]
        prev = out[-1][0] if out else None
        if prev is not None and key is not None and who is not None and cells[key].strip() and all(
                flat(cells[i]) == flat(prev.cells[i]) for i in (key, what)):
            # The grid repeats a row's spanning cells beside each line of a small table inside one cell:
            # 'Partij | Rol' heads it, and each line under it is a party and its role word.
            own = [flat(c) for c, above in zip(cells, prev.cells, strict=True)
                   if c.strip() and flat(c) != flat(above)]
            if [c.lower() for c in own] in _NESTED_HEADS:
                nested = prev
                continue
            if nested is prev and len(own) == 2:
                prev.cells[who] = f"{prev.cells[who]}\n{own[0]} ({own[1]})"
                continue
        if not filled or _same_header(cells, group.header) or header_meanings(cells) is not None:
            continue  # an empty row, the header repeated on a new page, or a second header line
        coded = key is not None and bool(_CODE_CELL.match(_CODE_WORD.sub("", flat(cells[key]))))
        if len(filled) == 1 and len(group.header) > 2 and not coded:
            if out and not filled[0].strip()[:1].isupper() and not _LEADING_CODE.match(flat(filled[0])):
                pass  # a lone lower-case fragment: the cell above runs on ('2.1 Hemelwater' heads a theme)
            elif out and cells[what].strip() and _is_running_text(cells[what]):
                pass  # sentences in the what-column alone: the row above, cut by a page break, runs on
            else:
                theme = flat(filled[0])  # a category row across the table ("Thema water")
                continue
        head = cells[what].strip()[:1]
        continues = (key is not None and not cells[key].strip()) or (
            key is None and (not head or head.islower()))
        if continues and out:
            prev = out[-1][0]
            prev.cells = [f"{a}\n{b}".strip("\n") for a, b in zip(prev.cells, cells, strict=True)]
            continue
        if continues and not head:
            continue  # a fragment before the first row: nothing to attach it to, nothing to name
        out.append((TableRow(cells=list(cells), page=row.page), theme))
    return out


def _title(text: str) -> str:
    """The action as a short phrase: the cell's first sentence, cut at a word boundary when long."""
    first = re.split(r"(?<=[a-zà-ÿ0-9)])[.;]\s+(?=[A-Z])", text, maxsplit=1)[0].rstrip(" .;:")
    if len(first) > TITLE_CHARS:
        first = first[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"
    return first


def _quote(doc: ParsedDocument, page: int, text: str) -> str:
    """The row's words exactly as they stand on the page: the longest opening of the cell found there."""
    words = text.split()[:24]
    page_text = next((p.text for p in doc.pages if p.number == page), "")
    for n in (len(words), 12, 6, 3):
        if n > len(words) or n == 0:
            continue
        pattern = r"\s*-?\s*".join(re.escape(w) for w in words[:n])
        m = re.search(pattern, page_text)
        if m:
            end = page_text.find("\n\n", m.end())
            line_end = page_text.find("\n", m.end())
            stop = min(x for x in (end, line_end, len(page_text)) if x >= 0)
            return page_text[m.start():stop if n < len(words) else m.end()].strip()
    return text


_LEGAL_FORM = re.compile(r"\b(?:B\.V\.|N\.V\.|BV|NV)(?=\s+[A-Z])")


def _glued(name: str) -> bool:
    """An unknown name that is probably several names run together: a legal form in the middle
    ("Mijnwater B.V. Woonpunt") or more words than an organisation's name usually has."""
    return bool(_LEGAL_FORM.search(name)) or len(name.split()) > 5


_UNCHANGED = re.compile(r"(?i)ongewijzigd(?:\s+t\.?o\.?v\.?.*)?|gelijk|idem|conform(?:\s+planning)?")


# A year plan names its one year in its title ('Jaarplan 2027', 'Werkplan 2028'): a planning cell that gives
# only quarters ('Q2-Q3', 'Q1 → 2028') or 'hele jaar' is in that year.
_PLAN_YEAR = re.compile(r"(?i)\b(?:jaarplan|werkplan|jaarprogramma|jaarschijf|jaarwerkplan|uitvoeringsplan|"
                        r"actieplan|programmabegroting|begroting)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")
_WHOLE_YEAR = re.compile(r"(?i)^(?:het\s+)?(?:hele|gehele|heel\s+het)\s+jaar$")
_BARE_QUARTER = re.compile(r"\b(Q[1-4]|H[12])\b(?!\s*(?:19|20)\d\d)")


def plan_year(doc: ParsedDocument) -> str | None:
    """The one year a year plan's opening lines name ('Jaarplan 2027'), else None."""
    years = {m.group(1) for m in _PLAN_YEAR.finditer("\n".join(doc.text[:2000].splitlines()[:4]))}
    return years.pop() if len(years) == 1 else None


def _in_plan_year(when: str, year: str | None) -> str:
    """A planning cell of quarters without a year, or 'hele jaar', in the plan's year ('Q1 → 2028' ->
    'Q1 2027 - 2028')."""
    text = flat(when)
    dated = re.search(r"\b(?:19|20)\d\d\b", text) and not _BARE_QUARTER.search(text)
    if year is None or not text or dated:
        return when
    if _WHOLE_YEAR.match(text):
        return year
    return _BARE_QUARTER.sub(rf"\1 {year}", text.replace("→", " - "))


# "Programmajaar 1 is 2027, jaar 2 is 2028", "Jaar 1 (2027)": the calendar year of a programme year.
_PROGRAMME_YEAR = re.compile(r"(?i)\b(?:programma|uitvoerings|project)?jaar\s+(\d{1,2})\s*"
                             r"(?:is|=|:|\(|valt\s+in)\s*((?:19|20)\d\d)\b")
# "jaar 1-2", "vanaf jaar 3", "programmajaar 2 t/m 4": programme years in a planning cell.
_YEAR_NUMBER = re.compile(r"(?i)\b(?:programma|uitvoerings|project)?jaar\s+(\d{1,2})\b"
                          r"(?:\s*(?:-|–|t/m|tot\s+en\s+met)\s*(?:(?:programma)?jaar\s+)?(\d{1,2})\b)?")


def programme_years(doc: ParsedDocument) -> tuple[int, int] | None:
    """(programme year, its calendar year) when the text says which calendar year a numbered programme year
    is; None when it does not, or gives years that do not follow one another."""
    found = {int(n): int(y) for n, y in _PROGRAMME_YEAR.findall(doc.text)}
    if not found:
        return None
    first = min(found)
    if any(y - found[first] != n - first for n, y in found.items()):
        return None
    return first, found[first]


def _in_calendar_years(when: str, programme: tuple[int, int] | None) -> str:
    """A planning cell of programme years in calendar years ('vanaf jaar 3' -> 'vanaf 2029')."""
    if programme is None or re.search(r"\b(?:19|20)\d\d\b", when):
        return when
    first, year = programme

    def calendar(m: re.Match[str]) -> str:
        years = [str(year + int(n) - first) for n in m.groups() if n]
        return " - ".join(years)
    return _YEAR_NUMBER.sub(calendar, when)


def when_text(cells: list[str]) -> str:
    """The planning text: one when-column as it is; a start and an end column ("Start" 2026, "Gereed" 2028)
    read together as "2026 - 2028", or "vanaf"/"uiterlijk" when one of the two is empty."""
    if len(cells) < 2:
        return cells[0] if cells else ""
    start, end = (re.sub(r"^[-–—?]+$", "", flat(c)) for c in (cells[0], cells[-1]))  # "–": not known
    if not re.search(r"\d", start):
        start = ""  # "nog te bepalen", "n.t.b.": no start known
    if start and end and not re.search(r"\d", end):
        return f"vanaf {start} ({end})"  # "2027" and "doorlopend": a start, no end
    if start and end:
        return f"{start} - {end}"
    return f"vanaf {start}" if start else (f"uiterlijk {end}" if end else "")


def _roles(cells: list[str], meanings: list[str | None], resolver: Any,
           widths: list[int] | None = None) -> list[Role]:
    roles: list[Role] = []
    seen: set[str] = set()
    for order in ("lead", "commissioner", "partners", "support", "involved"):
        for i, (cell, m) in enumerate(zip(cells, meanings, strict=True)):
            if m != order or not cell.strip():
                continue
            found = roles_in_cell(cell, resolver, first_role=ROLE_OF[m], width=widths[i] if widths else None)
            word = bare_kind(cell)
            if not found and word:  # "gemeente": the document's one body of that kind (set in extract)
                found = [Role(ActorRef(key=word, label=word.capitalize(), known=False, mention=flat(cell)),
                              ROLE_OF[m], 0.7)]
            for role in found:
                # a party has one role in the work; commissioning it is another matter ("Opdrachtgever WSRL,
                # Trekker WSRL": the water board commissions and leads)
                key = f"{role.actor.key}|{role.role == 'commissioner'}"
                if key not in seen:
                    seen.add(key)
                    roles.append(role)
    return roles


_THEME_LEAD = re.compile(r"(?i)\btrekker\b[^:()]{0,50}:\s*([^()]+?)\s*\)?\s*$")
_SEE_THEME = re.compile(r"(?i)zie\s+(?:thema|boven|hierboven|kop|kopregel)")


def _action(doc: ParsedDocument, group: _Group, row: TableRow, theme: str | None, resolver: Any,
            widths: list[int], year: str | None = None, programme: tuple[int, int] | None = None) -> Action:
    """One row as an action; `year`: the document's plan year (plan_year), for quarters without one;
    `programme`: its first programme year's calendar year (programme_years)."""
    meanings = group.meanings
    cell = {m: row.cells[i] for i, m in reversed(list(enumerate(meanings))) if m}
    what = flat(cell.get("what", "") or cell.get("description", ""))
    code = _CODE_WORD.sub("", flat(cell.get("code", ""))).rstrip(".")
    if not code:
        m = _LEADING_CODE.match(what)
        if m:
            code, what = m.group(1), what[m.end():]
    if code and not _CODE_CELL.match(code):
        code = ""  # a long text in the number column is no code
    description = flat(cell.get("description", "")) if "what" in cell else ""
    description = description or (what if len(what) > TITLE_CHARS or ". " in what else "")
    when = _in_plan_year(when_text([row.cells[i] for i, m in enumerate(meanings) if m == "when"]), year)
    own_when = _OWN_WHEN.search(what)
    if own_when and "when" not in meanings:
        when, what = own_when.group(1), (what[:own_when.start()] + what[own_when.end():]).strip()
    if _UNCHANGED.fullmatch(flat(when)):  # 'Nieuwe planning: ongewijzigd': the earlier planning stands
        when = next((row.cells[i] for i, h in enumerate(group.header)
                     if meanings[i] != "when" and "planning" in h.lower() and row.cells[i].strip()), when)
    calendar = _in_calendar_years(when, programme)
    period: Period | None = parse_period(flat(calendar)) if when.strip() else None
    if period is not None and calendar != when:
        period = replace(period, text=flat(when))  # the cell's own words
    due = [h for h, m in zip(group.header, meanings, strict=False) if m == "when"]
    if len(due) == 1 and is_due(due[0]):
        period = as_deadline(period)
    period = _milestones(when) or period
    roles = _roles(row.cells, meanings, resolver, widths)
    theme_lead = _THEME_LEAD.search(theme or "")
    see_theme = any(m == "lead" and _SEE_THEME.fullmatch(flat(c).strip(" ."))
                    for c, m in zip(row.cells, meanings, strict=False))
    if theme_lead and see_theme and resolver is not None and not any(r.role == "lead" for r in roles):
        # 'Thema B: Hitte (trekker van alle acties in dit thema: Gemeente X)' over rows that say 'zie thema'
        roles = [Role(r.actor, "lead", 0.7) for r in roles_in_cell(theme_lead.group(1), resolver)] + roles
    if any(m == "commissioner" and is_owner(h) for h, m in zip(group.header, meanings, strict=False)):
        # 'Eigenaar | Uitvoerder' naming one party twice: it does its own work, nobody orders it
        leads = {r.actor.key for r in roles if r.role == "lead"}
        roles = [r for r in roles if r.role != "commissioner" or r.actor.key not in leads]
    # partners named in the action's own words: a table without a partners column, or a block of labels
    # without a partners line ('..., met Brabantse Delta voor de bermen. Woensdrecht trekt.')
    if resolver is not None and ("partners" not in meanings or group.method == "blocks"
                                 and not cell.get("partners", "").strip()):
        own_text = flat(f"{cell.get('what', '')} {cell.get('description', '')}")
        roles += _partners_in_text(own_text, roles, resolver)
    if resolver is not None and not any(r.role == "commissioner" for r in roles):
        # 'Uitvoering in opdracht van de Provincie Zeeland (wegbeheerder)' in a remark or the action's words
        remarks = " ".join(flat(c) for c, m in zip(row.cells, meanings, strict=False)
                           if m in ("other", "description", "what"))
        roles += _ordered_by(remarks, roles, resolver)
    flags = []
    who = [row.cells[i] for i, m in enumerate(meanings) if m in ROLE_OF and row.cells[i].strip()]
    if who and not [r for r in roles if r.actor.kind == "organisation"]:
        flags.append("low_confidence_wie")
    if when.strip() and period is None and dependency_kind(flat(when)) is None:
        flags.append("period_unparsed")  # ('na afronding van HL1' is a link, which the dependencies hold)
    if any(h in row.doubtful for h, m in zip(group.header, meanings, strict=False) if m == "when"):
        flags.append("period_alignment_uncertain")
    if any(_glued(r.actor.label) for r in roles if not r.actor.known):
        flags.append("party_name_uncertain")
    # A party column whose cells may sit on other rows, or that was left out because they could not be placed.
    if group.doubtful - set(group.header) or any(
            h in group.doubtful and c.strip() for h, c in zip(group.header, row.cells, strict=False)):
        flags.append("wie_alignment_uncertain")
    source_text = flat(cell.get("what", "") or cell.get("description", "")) or code
    return Action(
        code=code, title=_title(what) or code, kind="action", description=description,
        theme=flat(cell["theme"]) if cell.get("theme") else theme, roles=roles, period=period,
        source=Source(row.page, _quote(doc, row.page, source_text)),
        confidence=CONFIDENCE.get(group.method, 0.8), flags=flags,
    )


# "Notitie opstellen, in overleg met Waterschap Brabantse Delta": a partner named in the action's own text.
_WITH = re.compile(r"(?i)\b(?:samen met|in overleg met|in samenwerking met|i\.s\.m\.?|met)\s+"
                   r"(?:de\s+|het\s+)?(?:gemeenten\s+|provincies\s+|waterschappen\s+)?$")
# "Brabantse Delta werkt mee", "X en Y werken mee": a party that joins the action.
_JOINS = re.compile(r"(?i)^(?:\s*(?:,|en)\s+[^.;]{2,60}?)?\s+(?:werkt|werken|denkt|denken)\s+mee\b")
# 'samen met de GGD', not a code ('met KA 3') nor the start of a longer name ('GGD West-Brabant')
_WITH_ABBREVIATION = re.compile(r"(?i:\b(?:samen met|in overleg met|in samenwerking met|met)\s+"
                                r"(?:de\s+|het\s+)?)([A-Z][A-Z&]{1,7})\b(?![-\w]|\s*\d|\s+[A-Z])")
_AND = re.compile(r"\s*(?:,|en)\s*(?:de\s+|het\s+)?")
_KIND_WORDS = {"gemeente", "provincie", "waterschap"}


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _milestones(when: str) -> Period | None:
    """A when-cell of dated milestones, one a line ('Q2 2026 ontwerp gereed' / '2027 start uitvoering' /
    'eind 2029 oplevering'): the work runs from the first milestone's year to the last's."""
    lines = [ln.strip() for ln in when.split("\n") if ln.strip()]
    if len(lines) < 2 or not all(_YEAR.search(ln) and re.search(r"[a-z]{4,}", ln) for ln in lines):
        return None
    years = [int(y) for ln in lines for y in _YEAR.findall(ln)]
    return Period(text=flat(when), start_year=min(years), end_year=max(years), start=str(min(years)),
                  end=str(max(years)))


_ORDERED_BY = re.compile(r"(?i)\bin\s+opdracht\s+van\s+")


def _ordered_by(text: str, roles: list[Role], resolver: Any) -> list[Role]:
    """The organisation named right after 'in opdracht van' in a row's words, as its commissioner; a party
    the row already names keeps its role."""
    m = _ORDERED_BY.search(text)
    if m is None:
        return []
    seen = {r.actor.key for r in roles}
    named = [r for r in resolver.find(text[m.end():m.end() + 80], groups=False) if r.kind == "organisation"]
    return [Role(r, "commissioner", 0.6) for r in named[:1] if r.key not in seen]


def _partners_in_text(text: str, roles: list[Role], resolver: Any) -> list[Role]:
    """Organisations the register knows that the action's text names after 'samen met', 'in overleg met' or
    'met', in a table without a partners column; a party the row already names keeps its role."""
    seen = {r.actor.key for r in roles}
    out: list[Role] = []
    end = -1  # where the last partner's name ends: 'met X en Y', 'met X, Y' name Y too
    for ref in resolver.find(text, groups=False):
        if not ref.known or ref.key in seen:
            continue
        kind, _, bare = ref.label.partition(" ")
        # 'de gemeenten Geertruidenberg en Drimmelen' names them by their bare names
        names = [n for n in (ref.mention, bare if kind.lower() in _KIND_WORDS else "") if n]
        for name in names:
            for m in re.finditer(re.escape(name), text[max(end, 0):]):
                start = m.start() + max(end, 0)
                listed = end >= 0 and start >= end and _AND.fullmatch(text[end:start])
                joins = _JOINS.match(text[start + len(name):])
                if listed or joins or (start > 0 and _WITH.search(text[:start])):
                    seen.add(ref.key)
                    out.append(Role(ref, "partner", 0.6))
                    end = start + len(name)
                    break
            if ref.key in seen:
                break
    # An abbreviation the register does not know ('samen met de GGD'): the document's legend may spell it out.
    for m in _WITH_ABBREVIATION.finditer(text):
        for ref in resolver.resolve_cell(m.group(1)):
            if ref.key not in seen and ref.kind == "organisation":
                seen.add(ref.key)
                out.append(Role(ref, "partner", 0.5))
    return out


METHOD_WORDS = {"ruled": "met lijnen", "aligned": "uitgelijnde kolommen", "pipe": "kolommen met |",
                "tab": "kolommen met tabs", "semicolon": "kolommen met puntkomma's",
                "blocks": "blokken met Wie:/Wanneer:-regels",
                "columns": "kolom na kolom in de tekst", "rows": "rijen als doorlopende tekstregels",
                "parties": "taken en rollen per partij"}


def _describe(group: _Group, rows: int) -> str:
    """One Dutch line on an action table read: where, how, which columns and how many rows."""
    first = min([r.page for r in group.rows] or [group.last_page])
    pages = f"p. {first}" if first == group.last_page else f"p. {first}-{group.last_page}"
    columns = ", ".join(h.replace("\n", " ") for h in group.header if h.strip())
    return f"tabel {pages} ({METHOD_WORDS.get(group.method, group.method)}; kolommen {columns}): {rows} rijen"


# An action list's status column: 'afgedaan' closes the item (it leaves the list after the meeting); an
# 'afgerond' row of a progress report is still one of the programme's actions.
_STATUS = re.compile(r"(?i)^(?:status|stand(?:\s+van\s+zaken)?|voortgang|afdoening\s+status)$")
# What calls an item off ('vervallen', 'geschrapt'); a status that ends it: called off, or closed
# ('afgedaan'); a planning cell that says only that it is called off.
_CALL_OFF = r"vervallen|vervalt|komt te vervallen|geschrapt|ingetrokken|geannuleerd|gaat niet door"
_CLOSED = re.compile(rf"(?i)^\s*(?:afgedaan|stopgezet|{_CALL_OFF})\b")
_CALLED_OFF = re.compile(rf"(?i)(?:{_CALL_OFF})\.?")


def _closed(group: _Group, row: TableRow) -> bool:
    """Whether a row's status cell says the item is closed ('afgedaan') or called off ('vervallen'), or its
    planning cell says only that it is called off."""
    return any((_STATUS.match(flat(h)) or m == "when" and _CALLED_OFF.fullmatch(flat(c))) and _CLOSED.match(c)
               for h, m, c in zip(group.header, group.meanings, row.cells, strict=False))


def _legend_row(group: _Group, row: TableRow, resolver: Any) -> bool:
    """A row that only names a body ('GN | Gemeente Noordenveld'): a line of the list of abbreviations under
    the table, read on as rows of it, not an action."""
    what = [c for c, m in zip(row.cells, group.meanings, strict=False) if m in ("what", "description")]
    rest = [c for c, m in zip(row.cells, group.meanings, strict=False)
            if m not in ("what", "description", "code") and c.strip()]
    return bool(resolver is not None and what and not rest and hasattr(resolver, "names_a_body")
                and resolver.names_a_body(flat(what[0])))


def read_tables(doc: ParsedDocument, tables: list[Table], resolver: Any) -> tuple[list[Action], list[str]]:
    """Every row of every action table, with links between rows that the cells state, and one line per
    table on what was read."""
    actions: list[Action] = []
    texts: list[str] = []
    notes: list[str] = []
    year = plan_year(doc)
    programme = programme_years(doc)
    for group in join_continued(tables):
        acts, cells = [], []
        rows = [(row, theme) for row, theme in _rows(group)
                if not _closed(group, row) and not _legend_row(group, row, resolver)]
        widths = _widths(group)
        for row, theme in rows:
            acts.append(_action(doc, group, row, theme, resolver, widths, year, programme))
            # A dependency cell is read with its column name: "Relatie met 4", "Afhankelijk van 4" differ;
            # unless it says the kind itself ("na B1", "zie B2" under "Afhankelijk van").
            cells.append("\n\n".join(
                f"{flat(h)}: {_numbers_named(flat(c))}" if m == "dependency" and not c.lstrip().startswith(
                    flat(h)) and dependency_kind(flat(c)) is None else flat(c)
                for c, m, h in zip(row.cells, group.meanings, group.header, strict=True)
                if m not in ROLE_OF and m != "code" and c.strip()))
        _sub_actions(acts, group, rows)
        _referred_roles(acts, group, rows)
        link_references(acts, cells)  # first within the table: its own codes win
        actions += acts
        texts += cells
        notes.append(_describe(group, len(rows)))
    count = Counter(a.code for a in actions)
    link_references(actions, texts, targets=[a for a in actions if count[a.code] == 1])
    return actions, notes


def _numbers_named(cell: str) -> str:
    """A dependency cell of bare numbers ('2, 4') as the actions it names ('acties 2, 4'): a number alone
    could be any number."""
    bare = re.fullmatch(r"\d{1,3}[a-z]?(?:\s*(?:,|en|&)\s*\d{1,3}[a-z]?)*", cell)
    return f"acties {cell}" if bare else cell


_SUB_CODE = re.compile(r"^(.+?)(?:[a-z]|\.\d{1,2})$")
"""A sub-action's code: its parent's and a letter or a number ('2a' under '2', '3.1.2' under '3.1')."""


def _sub_actions(acts: list[Action], group: _Group, rows: list[tuple[TableRow, str | None]]) -> None:
    """A sub-action is part of the row whose code its own extends; an empty trekker or opdrachtgever cell of
    it is its parent's ('2a' under '2' with no trekker of its own)."""
    by_code = {a.code: a for a in acts if a.code}
    columns = {role: [i for i, m in enumerate(group.meanings) if m == role]
               for role in ("lead", "commissioner")}
    for action, (row, _) in zip(acts, rows, strict=True):
        m = _SUB_CODE.match(action.code)
        parent = by_code.get(m.group(1).rstrip(".-")) if m else None
        if parent is None or parent is action:
            continue
        if all(d.target_code != parent.code for d in action.dependencies):
            action.dependencies.append(Dependency("part_of", parent.code, f"{action.code} / {parent.code}"))
        for role, column in columns.items():
            if column and not any(row.cells[i].strip() for i in column):
                _take_roles(action, parent, role)


def _take_roles(action: Action, other: Action, role: str) -> None:
    """Give `action` the parties `other` has in `role`, each once."""
    own = {(o.actor.key, o.role) for o in action.roles}
    action.roles += [r for r in other.roles if r.role == role and (r.actor.key, r.role) not in own]


_SAME_AS = re.compile(r"^(?i:zie|als bij|zelfde als|gelijk aan|idem)\s+(?i:actie\s+|nr\.?\s+)?(\S+?)\.?$")
_SAME_AS_ABOVE = re.compile(r"^(?i:idem|id\.|dito|als boven|zie boven|zie hierboven|,,|\")\.?$")


def _referred_roles(acts: list[Action], group: _Group, rows: list[tuple[TableRow, str | None]]) -> None:
    """A who-cell that points at another row ('zie 3': the trekker of action 3; 'idem': the row above's)
    takes that row's parties in that column's role."""
    by_code = {a.code: a for a in acts if a.code}
    for k, (action, (row, _)) in enumerate(zip(acts, rows, strict=True)):
        for i, m in enumerate(group.meanings):
            if m not in ROLE_OF or i >= len(row.cells):
                continue
            cell = flat(row.cells[i])
            named = _SAME_AS.match(cell)
            other = by_code.get(named.group(1)) if named else (
                acts[k - 1] if k and _SAME_AS_ABOVE.match(cell) else None)
            if other is not None and other is not action:
                _take_roles(action, other, ROLE_OF[m])


def actions_from_tables(doc: ParsedDocument, tables: list[Table], resolver: Any) -> list[Action]:
    """read_tables without the notes."""
    return read_tables(doc, tables, resolver)[0]
