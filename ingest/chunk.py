"""Pages to search passages: sentence-aligned, overlapping, page-aware chunks; table rows as passages."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.model import Action, Chunk, Page

TARGET_WORDS = 220
"""Words per passage. e5 reads ~1.4 tokens per Dutch word (its 512-token window ~ 360 words) but MiniLM
cuts at 256 tokens (~115 words). Measured on the dev questions (benchmarks/retrieval_eval.py), BM25 hits@1
rises with size: 0.53 at 120 words, 0.67 at 160, 0.80 at 220 (hits@5 0.93 for all; before lists and
headings were respected)."""
OVERLAP_WORDS = 40
"""Trailing sentences (up to this many words) repeated at the start of the next passage, so an answer that
sits at a boundary is whole in at least one passage."""
MAX_UNIT_WORDS = 60
"""A 'sentence' longer than this (a table column emitted as one run, a list without full stops) is cut at line
breaks, then at word boundaries, so a passage never balloons."""

# A sentence ends at . ! ? (optionally followed by a closing quote/bracket) before white space and a capital,
# digit, bullet or opening quote. Lower-case continuations ("i.s.m. gemeente", "o.a. de") do not split.
_SENT_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9À-Ý•\"“‘(])")
_PARA_SPLIT = re.compile(r"\n\s*\n")
_TERMINAL = re.compile(r"[.!?:;\"”’)]\s*$")
# A list item opens with a bullet, a dash or a short enumerator ("1)", "a."); a lead-in ends with a colon.
_ITEM = re.compile(r"^(?:[•●▪■◦○·\-–—*]|\d{1,2}[.)]|[a-z][.)])\s")
_ITEM_LINE = re.compile(r"\n(?=(?:[•●▪■◦○·\-–—*]|\d{1,2}[.)]|[a-z][.)])\s)")
"""A line break before a list item: items printed on consecutive lines (no blank line between) are units of
their own (the lead-in reasoning sees them), so an enumerated list stays a list ('1.\tGezonde leefomgeving'
was cut into '1.' and a sentence 'Gezonde leefomgeving 2.' that no longer read as items, and the list lost its
lead-in)."""
PARA_BREAK = 0.7
"""A passage this full (share of the target) ends at the next paragraph start."""
LIST_BREAK = 0.3
"""A passage this full ends before a list block that would not fit behind it. (Also ending passages after
every list made them too small: dev hits@1 0.67 instead of 0.87.)"""
HEADING_BREAK = 0.4
"""A passage this full ends before a heading (a short paragraph line without closing punctuation)."""
HEADING_WORDS = 10
SUB_LABEL_WORDS = 12
"""A colon-ended label this short in a list ('De private partijen:') opens a sub-list: the list goes on."""

ROLE_WORDS = {
    "partner": "i.s.m.",
    "involved": "betrokken:",
    "commissioner": "opdrachtgever:",
    "support": "inhoudelijke ondersteuning:",
}


@dataclass
class _Unit:
    text: str
    page: int
    words: int
    para_start: bool   # first unit of a paragraph: a good place to begin a passage
    page_end: int = 0
    lead_in: str = ""  # inside a list: the sentence that introduced it ('... onderstaande partijen:')
    opens_list: bool = False  # this unit is such a lead-in
    heading: str = ""  # inside a list: the heading above its lead-in, if the lead-in sits right under one


def _split_long(text: str) -> list[str]:
    """Cut an over-long run at line breaks first, then every MAX_UNIT_WORDS words."""
    pieces: list[str] = []
    buf: list[str] = []
    for line in text.split("\n"):
        words = line.split()
        if buf and len(buf) + len(words) > MAX_UNIT_WORDS:
            pieces.append(" ".join(buf))
            buf = []
        buf.extend(words)
        while len(buf) > MAX_UNIT_WORDS:
            pieces.append(" ".join(buf[:MAX_UNIT_WORDS]))
            buf = buf[MAX_UNIT_WORDS:]
    if buf:
        pieces.append(" ".join(buf))
    return pieces


def _paragraphs(pages: Iterable[Page]) -> list[tuple[str, int, bool]]:
    """(paragraph, page, continues) in reading order. A blank line or page break is not a paragraph break when
    the text before it has no closing punctuation and the text after it starts in lower case (double-spaced
    extractions, a sentence running over a page break): such a paragraph `continues` the previous one."""
    paras: list[tuple[str, int, bool]] = []
    for page in pages:
        for para in _PARA_SPLIT.split(page.text):
            flat = para.strip()
            if not flat:
                continue
            continues = bool(paras) and flat[:1].islower() and not _TERMINAL.search(paras[-1][0])
            if continues and paras[-1][1] == page.number:
                paras[-1] = (f"{paras[-1][0]}\n{flat}", page.number, paras[-1][2])
            else:
                paras.append((flat, page.number, continues))
    return paras


def _units(pages: Iterable[Page]) -> list[_Unit]:
    """Sentences (or bounded runs) in reading order, each with the pages it starts and ends on."""
    units: list[_Unit] = []
    for para, page, continues in _paragraphs(pages):
        for b_index, block in enumerate(_item_blocks(para)):
            for s_index, sentence in enumerate(_sentences(block)):
                words = sentence.split()
                pieces = [" ".join(words)] if len(words) <= MAX_UNIT_WORDS else _split_long(sentence)
                for i, piece in enumerate(p for p in pieces if p):
                    first = s_index == 0 and i == 0
                    if first and b_index == 0 and continues and units:
                        # The sentence began on the previous page: keep it whole, starting there.
                        units[-1].text = f"{units[-1].text} {piece}"
                        units[-1].words += len(piece.split())
                        units[-1].page_end = page
                        continue
                    # Items of one paragraph stay on one line of the passage, as before (a column of
                    # one-line items would read as a table's column dump to the index).
                    units.append(_Unit(piece, page, len(piece.split()), first and b_index == 0, page))
    _mark_lists(units)
    return units


def _item_blocks(para: str) -> list[str]:
    """A paragraph cut before each list item that follows an item or a colon ('1. A / 2. B',
    'lead-in: / • x'); a label over its items ('Regio Zaanstreek-Waterland / • Samenwerking ...') stays one
    block."""
    blocks: list[str] = []
    for block in _ITEM_LINE.split(para):
        if blocks and not (_ITEM.match(blocks[-1]) or blocks[-1].rstrip().endswith(":")):
            blocks[-1] = f"{blocks[-1]}\n{block}"
        else:
            blocks.append(block)
    return blocks


def _sentences(block: str) -> list[str]:
    """The sentences of a paragraph or list item; an item's enumerator ('1.', 'a)') is no sentence."""
    item = _ITEM.match(block)
    if not item:
        return _SENT_END.split(block)
    rest = _SENT_END.split(block[item.end():])
    return [block[:item.end()] + rest[0], *rest[1:]]


def _mark_lists(units: list[_Unit]) -> None:
    """Layout reasoning for lists: a colon-ended sentence followed by items (bullets, or short colon-ended
    sub-labels with or without their items: 'De private partijen: • Port of Amsterdam • ...') is one block.
    Items remember their lead-in, so a passage that has to start inside a long list still says what the list
    is ('Op 9 december 2024 hebben onderstaande partijen ... ingestemd:')."""
    lead: _Unit | None = None
    heading = ""
    for i, unit in enumerate(units):
        label = unit.text.split("•", 1)[0].rstrip()
        item = bool(_ITEM.match(unit.text)) or (label.endswith(":") and len(label.split()) <= SUB_LABEL_WORDS)
        if lead is not None and item:
            unit.lead_in = lead.text
            unit.heading = heading
            lead.opens_list = True
            continue
        lead = unit if unit.text.endswith(":") else None
        # The heading a lead-in sits under (within two units): a list item then says what it is part of.
        if _is_heading(unit):
            heading, heading_at = unit.text, i
        elif heading and i - heading_at > 2:
            heading = ""


def _block_words(units: list[_Unit], i: int) -> int:
    """Words of the list block that unit i opens (lead-in and items)."""
    words, j = units[i].words, i + 1
    while j < len(units) and units[j].lead_in == units[i].text:
        words += units[j].words
        j += 1
    return words


def _is_heading(unit: _Unit) -> bool:
    return unit.para_start and unit.words <= HEADING_WORDS and not _TERMINAL.search(unit.text)


def chunk_pages(pages: list[Page], target_words: int = TARGET_WORDS,
                overlap_words: int = OVERLAP_WORDS) -> list[Chunk]:
    """Sentence-aligned passages of about `target_words`, overlapping by whole sentences; chunks may cross a
    page break (page = where it starts, page_end = where it ends). Lists stay with their lead-in where they
    fit, and passages prefer to begin at a heading."""
    units = _units(pages)
    chunks: list[Chunk] = []
    start = 0
    while start < len(units):
        end, words = start, 0
        while end < len(units):
            if end > start and _break_before(units, end, words, target_words):
                break
            words += units[end].words
            end += 1
        chunks.append(_make_chunk(len(chunks), units[start:end]))
        if end >= len(units):
            break
        # Step back over whole sentences for the overlap, but always move forward.
        # A passage that ended at a paragraph break needs no overlap; otherwise repeat the trailing sentences
        # of the same paragraph.
        back, overlap = end, 0
        while not units[back].para_start and back - 1 > start \
                and overlap + units[back - 1].words <= overlap_words:
            back -= 1
            overlap += units[back].words
        start = back
    return chunks


def _break_before(units: list[_Unit], i: int, words: int, target: int) -> bool:
    """Whether a passage holding `words` words should end before unit i."""
    unit = units[i]
    if words + unit.words > target:
        return True
    if unit.lead_in:  # inside a list: only the size limit cuts it
        return False
    if unit.opens_list and words + _block_words(units, i) > target and words >= LIST_BREAK * target:
        return True  # the list would not fit behind what we have: give it a passage of its own
    if _is_heading(unit) and words >= HEADING_BREAK * target:
        return True
    return unit.para_start and words >= PARA_BREAK * target


def _make_chunk(index: int, units: list[_Unit]) -> Chunk:
    lines: list[str] = []
    if units[0].lead_in and units[0].lead_in not in (u.text for u in units):
        if units[0].heading:
            lines.append(units[0].heading)  # ... and under which heading
        lines.append(units[0].lead_in)  # the passage starts inside a list: say what the list is
    for unit in units:
        if unit.para_start or not lines:
            lines.append(unit.text)
        else:
            lines[-1] = f"{lines[-1]} {unit.text}"
    first, last = units[0].page, max(u.page_end or u.page for u in units)
    return Chunk(index=index, page=first, text="\n".join(lines), page_end=last if last != first else 0)


ROW_WORDS = 80
"""At most this many words of a table row's own text (its cells as the page prints them) open its passage."""


def action_text(action: Action, row: str = "") -> str:
    """One readable passage for a reconstructed table row: code and title (or the row's own words, `row`, as
    the page prints them: a status or budget column no field holds stays findable in its words), description,
    Wie, Wanneer."""
    head = row or " ".join(x for x in (action.code, action.title) if x).strip()
    parts = [head] if head else []
    description = " ".join(action.description.split())
    if description and action.description.strip() != action.title.strip() and description not in row:
        parts.append(description)
    leads = [a.label for a in action.actors("lead")]
    wie = ["; ".join(leads)] if leads else []
    for role, word in ROLE_WORDS.items():
        labels = [a.label for a in action.actors(role)]
        if labels:
            wie.append(f"{word} {', '.join(labels)}")
    if wie:
        parts.append("Wie: " + "; ".join(wie))
    if action.period is not None and action.period.text:
        parts.append(f"Wanneer: {action.period.text}")
    return "\n".join(parts)


def _row_start(action: Action, page: str) -> tuple[int, int] | None:
    """Where the page prints the row as one run: (start of its line, end of its title). The line opens with
    the title, or with the code (after a label word: 'Actie 3:') and then the title; a column-by-column dump
    has the code far from its title: None."""
    if action.source is None or not action.source.quote.split():
        return None
    title = r"\s+".join(re.escape(w) for w in action.source.quote.split())
    code = rf"(?:[A-Z][a-z]{{2,12}}\s+)?{re.escape(action.code)}[:.)]?\s+" if action.code else ""
    m = re.search(rf"(?m)^[ \t]*({code}){title}", page)
    return (m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()) if m else None


def row_text(action: Action, page: str, found: tuple[int, int], starts: list[int]) -> str:
    """The row's cells in the page's own words from where the page prints the row as one run (`found`, from
    _row_start): up to the next row's start (`starts`), or for the last row to the line of its last fact
    (period, parties)."""
    begin, title_end = found
    nxt = min((x for x in starts if x > title_end), default=None)
    if nxt is not None and len(page[title_end:nxt].split()) <= ROW_WORDS:
        end = nxt
    else:
        end = title_end
        facts = [action.period.text] if action.period is not None and action.period.text else []
        facts += [r.actor.mention for r in action.roles if r.actor.mention]
        window = page[:title_end + 600]
        for fact in facts:
            at = window.find(fact, title_end)
            if at >= 0:
                line_end = window.find("\n", at + len(fact))
                end = max(end, len(window) if line_end < 0 else line_end)
    text = " ".join(page[begin:end].split())
    return text if len(page[title_end:end].split()) <= ROW_WORDS else ""


def action_passages(actions: list[Action], start_index: int = 0,
                    pages: list[Page] | None = None) -> list[Chunk]:
    """Each reconstructed action/agreement row as its own passage (its table is column-by-column in the page
    text, so the row's parts are otherwise scattered); page = the row's source page. With the document's
    `pages`, a row the page prints as one run opens with its own cells (row_text)."""
    texts = {p.number: p.text for p in pages or []}
    placed: list[tuple[Action, int, tuple[int, int] | None]] = []
    starts: dict[int, list[int]] = {}
    for action in actions:
        page = action.source.page if action.source is not None else 1
        found = _row_start(action, texts[page]) if page in texts else None
        if found:
            starts.setdefault(page, []).append(found[0])
        placed.append((action, page, found))
    chunks: list[Chunk] = []
    for action, page, found in placed:
        row = row_text(action, texts[page], found, starts[page]) if found else ""
        text = action_text(action, row)
        if not text:
            continue
        chunks.append(Chunk(index=start_index + len(chunks), page=page, text=text))
    return chunks
