"""Captioned action tables ("Tabel N – Acties ..."): rows rebuilt from alternating cells."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ingest.model import Action, ParsedDocument, Period, Source
from ingest.owner_parties import ABBREV_END, STOP, merge_roles, owner, parties, prefix
from ingest.periods import parse_period

_CAPTION = re.compile(r"^\s*Tabel\s+(\d{1,2})\s*[–—:.-]\s*(\S.*?)\s*$")
_ACTION_WORD = re.compile(r"(?i)\bactie|\bmaatregel")
_TYPE_COLUMN = re.compile(r"(?i)^(?:type|soort|categorie|thema|sector|spoor)\b")
_FOOTNOTE_RULE = re.compile(r"^\s*_{5,}\s*$")
_CHAPTER = re.compile(r"^\s*(?:\d{1,2}|[A-H])\s+[A-Z][\w’'-]+(?:\s+\S+){0,10}\s*$")
_OTHER_CAPTION = re.compile(r"^\s*(?:Tabel|Figuur|Kader)\s+\d")
_BULLET = re.compile(r"^\s*[•—–]\s*")
_MAX_CELL_LINE = 75     # table cells are narrow columns; a longer line is running text after the table
_FN_MARK = re.compile(r"(?<=[a-zà-ÿ)])(\d{1,2})(?=[\s.,;:)]|$)")


@dataclass
class _Line:
    page: int
    start: int      # offset in the page text (after leading spaces)
    end: int        # offset of the last non-space character + 1
    text: str


@dataclass
class _Cell:
    lines: list[_Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return _join([ln.text for ln in self.lines])


def _join(parts: list[str]) -> str:
    """Wrapped lines as one string: 'water-' + 'stofinfra' -> 'waterstofinfra', else one space."""
    out = ""
    for part in parts:
        if out.endswith("-") and part[:1].islower() and out[-2:-1].isalpha():
            out = out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return " ".join(out.split())


def _lines(doc: ParsedDocument) -> list[_Line]:
    out: list[_Line] = []
    for page in doc.pages:
        pos = 0
        for raw in page.text.split("\n"):
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                out.append(_Line(page.number, pos + lead, pos + lead + len(stripped), stripped))
            pos += len(raw) + 1
    return out


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s()]", " ", text.lower()).split())


def _columns(header: str) -> list[str]:
    """Column names of a one-line header: a new column starts at each capitalised word."""
    return [c.strip() for c in re.split(r"\s+(?=[A-Z])", header) if c.strip()]


@dataclass
class _Table:
    number: str
    caption: str
    header: str
    columns: list[str]
    body: list[_Line]
    first: int          # index of the caption line in the document's lines


def _find_table(lines: list[_Line]) -> _Table | None:
    """The first 'Tabel N' caption whose header row (within a few lines) names an action column."""
    for i, line in enumerate(lines):
        m = _CAPTION.match(line.text)
        if not m:
            continue
        caption_parts = [m.group(2)]
        for j in range(i + 1, min(i + 5, len(lines))):
            cols = _columns(lines[j].text)
            if len(cols) >= 2 and _ACTION_WORD.search(lines[j].text) and len(lines[j].text) < 110 \
                    and not lines[j].text.endswith("."):
                body = _body(lines, j)
                if body:
                    return _Table(m.group(1), _join(caption_parts), lines[j].text, cols, body, i)
                break
            caption_parts.append(lines[j].text)
    return None


def _body(lines: list[_Line], header_at: int) -> list[_Line]:
    """Lines of the table: a repeated header opens a continuation page; footnotes are skipped; a chapter
    heading, another caption, a long running-text line, or a page not opened by the header ends it."""
    header = lines[header_at].text
    body: list[_Line] = []
    in_footnote = False
    page = lines[header_at].page
    for k in range(header_at + 1, len(lines)):
        line = lines[k]
        if line.page != page:
            page, in_footnote = line.page, False
            if line.text != header:
                break
        if line.text == header:
            in_footnote = False
            continue
        if _FOOTNOTE_RULE.match(line.text):
            in_footnote = True
        if in_footnote:
            continue
        if _CHAPTER.match(line.text) and not line.text.endswith((".", ")")) and len(line.text) < 70 \
                and line.text.split()[0].isdigit() or _OTHER_CAPTION.match(line.text) \
                or len(line.text) > _MAX_CELL_LINE:
            break
        body.append(line)
    return body


def _cells(body: list[_Line], caption: str) -> list[_Cell]:
    """Group wrapped lines into cells: a cell ends with a finished sentence (or a closing bracket, or a
    caption phrase such as a category name) when the next line starts with a capital."""
    cap = _norm(caption)
    cells: list[_Cell] = []
    current = _Cell()
    for k, line in enumerate(body):
        current.lines.append(line)
        nxt = body[k + 1].text if k + 1 < len(body) else ""
        text = line.text.rstrip()
        ends = text[-1:] in ".?!)" and not ABBREV_END.search(text)
        so_far = _norm(current.text)
        in_caption = len(so_far.split()) >= 2 and f" {so_far} " in f" {cap} "
        if not nxt or ((ends or in_caption) and nxt[:1].isupper()):
            cells.append(current)
            current = _Cell()
    if current.lines:
        cells.append(current)
    return cells


def _is_category(cell: _Cell, caption: str) -> bool:
    """A category (type) cell: not a sentence, and its opening words are named in the caption."""
    text = cell.text
    words = _norm(text).split()
    return not text.endswith((".", "?", "!")) and len(words) >= 2 and \
        f" {' '.join(words[:2])} " in f" {_norm(caption)} "


@dataclass
class _Row:
    category: str
    cells: list[_Cell]


def _rows(table: _Table) -> list[_Row]:
    cells = _cells(table.body, table.caption)
    typed = bool(_TYPE_COLUMN.match(table.columns[0])) and len(table.columns) >= 2
    width = len(table.columns) - 1 if typed else len(table.columns)
    rows: list[_Row] = []
    category = ""
    pending: list[_Cell] = []
    for cell in cells:
        if typed and _is_category(cell, table.caption):
            if pending:
                rows.append(_Row(category, pending))
            category, pending = cell.text, []
            continue
        pending.append(cell)
        if len(pending) == width:
            rows.append(_Row(category, pending))
            pending = []
    if pending:
        rows.append(_Row(category, pending))
    return rows


def _type_flag(category: str) -> str:
    low = category.lower()
    if "no regret" in low or "no-regret" in low:
        return "type:no-regret"
    m = re.search(r"\b(?:binnen|via|in)\s+(?:het |een )?(\w+)", low)
    word = m.group(1) if m else (low.split() or ["onbekend"])[0]
    return f"type:{word}"


# --- the appendix that explains the table -------------------------------------------------------------
@dataclass
class _Item:
    heading: str
    lines: list[_Line]

    @property
    def text(self) -> str:
        return _join([_BULLET.sub("", ln.text) for ln in self.lines])


def _appendix(lines: list[_Line], after: int, number: str) -> list[_Item]:
    """Bullet items after a line that says the actions of 'Tabel N' are explained ('toegelicht')."""
    intro = re.compile(rf"(?i)\btabel\s+{number}\b.*\b(?:toegelicht|toelichting|uitgewerkt)\b|"
                       rf"\b(?:toelichting|uitwerking)\b.*\btabel\s+{number}\b")
    start = next((k for k in range(after, len(lines)) if intro.search(lines[k].text)), None)
    if start is None:
        return []
    items: list[_Item] = []
    heading = ""
    in_footnote = False
    page = lines[start].page
    for k in range(start + 1, len(lines)):
        line = lines[k]
        if line.page != page:
            page, in_footnote = line.page, False
        if _FOOTNOTE_RULE.match(line.text):
            in_footnote = True
        if in_footnote:
            continue
        if _BULLET.match(line.text):
            items.append(_Item(heading, [line]))
            continue
        nxt = lines[k + 1].text if k + 1 < len(lines) else ""
        prev_done = not items or items[-1].lines[-1].text.endswith((".", "?", "!", ")"))
        if prev_done and not line.text.endswith((".", ":", ";", ",")) and _BULLET.match(nxt):
            heading = line.text  # a sub-heading over the next bullets
            continue
        if _CHAPTER.match(line.text) and prev_done and len(line.text) < 70 \
                and not line.text.endswith((".", ":", ";", ",")):
            break  # the next chapter or appendix
        if items:
            items[-1].lines.append(line)  # an item runs on over several sentences until the next bullet
    return items


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-zà-ÿ]{4,}", text.lower())
    return {w[:6] for w in words if w not in STOP}


def _match(rows: list[_Row], items: list[_Item]) -> dict[int, _Item]:
    """Pair appendix items with rows one-to-one by shared word stems, best pairs first; an item under a
    sub-heading only pairs with rows of a category that shares a word with that heading."""
    pairs: list[tuple[float, int, int]] = []
    for r, row in enumerate(rows):
        row_words = _stems(" ".join(c.text for c in row.cells))
        title_words = _stems(row.cells[0].text)
        for i, item in enumerate(items):
            if item.heading and row.category and not (_stems(item.heading) & _stems(row.category)):
                continue
            item_words = _stems(item.text)
            shared = len(row_words & item_words) + len(title_words & item_words)
            score = shared / max(1, len(title_words)) + fuzz.partial_ratio(
                row.cells[0].text.lower(), item.text.lower()[:300]) / 100
            if len(row_words & item_words) >= 2:
                pairs.append((score, r, i))
    out: dict[int, _Item] = {}
    used: set[int] = set()
    for _, r, i in sorted(pairs, reverse=True):
        if r not in out and i not in used:
            out[r] = items[i]
            used.add(i)
    return out


def _section_period(lines: list[_Line], first: int) -> Period | None:
    """The period in the heading of the chapter that holds the table ('5 Handelingsperspectief 2022-2026')."""
    for k in range(first, -1, -1):
        text = lines[k].text
        if _CHAPTER.match(text) and text.split()[0].isdigit() and not text.endswith("."):
            return parse_period(text.split(None, 1)[1])  # the heading's words, not its number
    return None


def _quote(doc: ParsedDocument, row: _Row) -> Source:
    """From the first line of the row's first cell to its last line on the same page, verbatim."""
    first = row.cells[0].lines[0]
    last = max((ln for c in row.cells for ln in c.lines if ln.page == first.page), key=lambda ln: ln.end)
    text = doc.pages[first.page - 1].text
    return Source(first.page, text[first.start:last.end])


def _clean_item(text: str, footnotes: set[str]) -> str:
    """Appendix text without footnote markers glued to words ('mee6.' -> 'mee.')."""
    return _FN_MARK.sub(lambda m: "" if m.group(1) in footnotes else m.group(1), text)


def extract_action_table(doc: ParsedDocument, resolver: Any) -> list[Action]:
    """Every row of the document's action table ('Tabel N – Acties ...' with a header naming an action
    column) as an Action; the explanation from the appendix that explains that table becomes the
    description. Documents without such a table give []."""
    lines = _lines(doc)
    table = _find_table(lines)
    if table is None:
        return []
    rows = [r for r in _rows(table) if r.cells and len(r.cells[0].text) > 8]
    if not rows:
        return []
    items = _appendix(lines, table.first, table.number)
    matched = _match(rows, items)
    footnotes = set(re.findall(r"(?m)^\s*(\d{1,2})\s{2,}\S", doc.text))
    lead = owner(doc, resolver)
    code_prefix = prefix(doc)
    period = _section_period(lines, table.first)
    typed = bool(_TYPE_COLUMN.match(table.columns[0]))
    names = table.columns[1:] if typed else table.columns
    actions: list[Action] = []
    for n, row in enumerate(rows, start=1):
        texts = [c.text for c in row.cells]
        own = re.match(r"^(\d{1,2})[.)]\s+", texts[0])
        code = f"{code_prefix} {own.group(1) if own else n}"
        title = texts[0][own.end():] if own else texts[0]
        item = matched.get(n - 1)
        parts = [_clean_item(item.text, footnotes)] if item else [title]
        parts += [f"{name}: {text}" for name, text in zip(names[1:], texts[1:], strict=False)]
        if row.category:
            parts.append(f"{table.columns[0]}: {row.category}")
        found = parties(" ".join(texts), resolver)
        if item:
            found += parties(item.text, resolver, cued_only=True)
        flags = [_type_flag(row.category)] if row.category else []
        if len(row.cells) < len(names):
            flags.append("incomplete_row")
        if not lead:
            flags.append("low_confidence_wie")
        row_period = parse_period(" ".join(texts))
        if row_period is None and period is not None:
            flags.append("period_from_section")
        actions.append(Action(
            code=code, title=title.rstrip("."), kind="action", description="\n\n".join(parts),
            theme=row.category or None, roles=merge_roles(lead, found), period=row_period or period,
            source=_quote(doc, row),
            confidence=(0.9 if item else 0.8) if "incomplete_row" not in flags else 0.5,
            flags=flags,
        ))
    return actions

