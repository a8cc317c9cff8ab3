"""Find coded Wie/Wanneer/Wat table blocks in page text and the paragraphs where their columns begin."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ingest.model import ParsedDocument
from ingest.tables_layout import (
    CODE_HEAD_RE,
    CODE_RE,
    CODE_TAIL_RE,
    GLUED_PERIOD_RE,
    HEADER_RE,
    INLINE_PERIOD_RE,
    NOISE_RE,
    PARTNER_RE,
    STOP_RE,
    Line,
    Para,
    ends_sentence,
    is_period_like,
    is_running_title,
    max_line_len,
    normalise_code,
    title_score,
)
from ingest.tables_segment import atoms_of, wat_boundary

SECTION_RE = re.compile(r"^\s*(\d\.\d{1,2})\s+([A-Z].*?)\s*$")
NARROW = 40  # Wie and Wanneer columns are narrow: their lines stay under this many characters
BREAK = None


@dataclass
class Block:
    codes: list[tuple[str, str | None, Line]]          # (code, part_of code, line of the code)
    items: list[Any] = field(default_factory=list)      # Line | BREAK | ("H", header text)
    theme: str | None = None


def lines_of(doc: ParsedDocument) -> list[Line]:
    return [Line(p.number, t) for p in doc.pages for t in p.text.split("\n")]


def code_at(lines: list[Line], i: int) -> tuple[str, str | None, str, int] | None:
    """(code, part_of, rest of line, index of the last line used) if a table code starts at line i."""
    s = lines[i].s
    nxt = [j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].s]
    if CODE_HEAD_RE.match(s) and nxt and CODE_TAIL_RE.match(lines[nxt[0]].s):
        s = f"{s} {lines[nxt[0]].s}"
        last = nxt[0]
    else:
        last = i
    m = CODE_RE.match(s.rstrip("/ ").strip()) if s.rstrip().endswith("/") else CODE_RE.match(s)
    if not m:
        return None
    rest = m.group("rest") or ""
    if rest and not rest[:1].isupper():
        return None
    part = m.group("part")
    after = [j for j in range(last + 1, min(last + 4, len(lines))) if lines[j].s]
    if not part and not rest and after and lines[after[0]].s == "/" and len(after) > 1:
        m2 = CODE_RE.match(lines[after[1]].s)
        if m2 and not m2.group("rest"):
            part, last = m2.group("code"), after[1]
    elif not part and s.rstrip().endswith("/") and after:
        m2 = CODE_RE.match(lines[after[0]].s)
        if m2 and not m2.group("rest"):
            part, last = m2.group("code"), after[0]
    return normalise_code(m.group("code")), normalise_code(part) if part else None, rest, last


def find_blocks(doc: ParsedDocument) -> list[Block]:
    """Table blocks: a run of code lines followed by the Wie, Wanneer and Wat columns of those rows."""
    lines = lines_of(doc)
    blocks: list[Block] = []
    theme: str | None = None
    cur: Block | None = None
    collecting = False  # still inside the run of codes
    i = 0
    while i < len(lines):
        ln = lines[i]
        s = ln.s
        sec = SECTION_RE.match(s)
        page_top = i == 0 or lines[i - 1].page != ln.page
        if sec and (ln.text.startswith(" ") or page_top):
            theme = f"{sec.group(1)} {sec.group(2)}"
        hit = code_at(lines, i) if s else None
        if hit:
            code, part, rest, last = hit
            if cur is None or not collecting:
                cur = Block(codes=[], theme=theme)
                blocks.append(cur)
            cur.codes.append((code, part, ln))
            collecting = not rest
            if rest:
                cur.items.append(Line(ln.page, rest))
            i = last + 1
            continue
        if cur is not None:
            if STOP_RE.match(s):
                cur = None
                collecting = False
            elif not s:
                if cur.items and cur.items[-1] is not BREAK:
                    cur.items.append(BREAK)
            elif NOISE_RE.match(s) or is_running_title(s, doc.title):
                pass
            else:
                collecting = False
                if HEADER_RE.match(s):
                    cur.items.append(("H", s))
                else:
                    cur.items.append(ln)
        i += 1
    return [b for b in blocks if b.items]


def paragraphs(items: list[Any]) -> tuple[list[Para], list[tuple[int, str]]]:
    """Paragraphs of a block and the headers with the number of paragraphs before each."""
    paras: list[Para] = []
    headers: list[tuple[int, str]] = []
    cur = Para()

    def close() -> None:
        nonlocal cur
        if cur.lines:
            paras.append(cur)
        cur = Para()

    for it in items:
        if it is BREAK:
            close()
        elif isinstance(it, tuple):
            close()
            headers.append((len(paras), it[1]))
        else:
            s = it.s
            inline = INLINE_PERIOD_RE.match(s) if not paras and not cur.lines else None
            glued = GLUED_PERIOD_RE.match(s)
            if inline and not GLUED_PERIOD_RE.match(s) and inline.group("title"):
                # "Provincie Noord-Holland 2024-2026Actievere rol ...": one row emitted in line order.
                cur.lines.append(Line(it.page, inline.group("wie")))
                close()
                cur.lines.append(Line(it.page, inline.group("period")))
                close()
                cur.lines.append(Line(it.page, inline.group("title")))
            elif glued:
                close()
                cur.lines.append(Line(it.page, glued.group("period")))
                close()
                cur.lines.append(Line(it.page, glued.group("title")))
            else:
                cur.lines.append(it)
    close()
    return paras, headers


def _actorish(p: Para) -> bool:
    s = p.lines[0].s
    return bool(PARTNER_RE.match(s)) or (s[:1].isupper() and not is_period_like(p.flat))


def columns(paras: list[Para], headers: list[tuple[int, str]]) -> tuple[int, int] | None:
    """Paragraph indices where the Wanneer and the Wat columns begin."""
    # A header marks a column end only when columns follow it; headers printed together under the Wat
    # column ("Wie Wie Wanneer Wanneer Wat Wat" after the last title) say nothing about where columns end.
    wie_end = next((k for k, h in headers if h == "Wie" and 1 <= k < len(paras) - 1), None)
    wan_end = next((k for k, h in headers if h == "Wanneer" and wie_end is not None
                    and wie_end < k < len(paras)), None)
    if wie_end is None:
        wie_end = next((k for k in range(1, len(paras)) if is_period_like(paras[k].flat)
                        and not _actorish(paras[k]) and max_line_len(paras[k]) <= NARROW), None)
        if wie_end is None:
            return None
    if wan_end is None:
        k = wie_end
        while k < len(paras) and max_line_len(paras[k]) <= NARROW:
            k += 1
        # A short title that is no period ("Brede Omgevingsdialoog") already belongs to the Wat column.
        while k - 1 > wie_end and not is_period_like(paras[k - 1].flat) and k - wie_end > 1 \
                and title_score(paras, k - 1) > 0.5:
            k -= 1
        wan_end = k
    if wan_end >= len(paras) or wan_end <= wie_end:
        return None
    return wie_end, wan_end


def strip_captions(paras: list[Para], n: int) -> list[Para]:
    """Drop trailing sub-heading captions ("Havenbeleid") when there are more title candidates than rows."""
    paras = list(paras)
    while len(paras) > n:
        last = paras[-1]
        if len(last.lines) == 1 and re.match(r"^[A-Z]\.\s", last.lines[0].s):
            paras.pop()  # lettered group captions ("C. Zaanstad - gemeente Zaanstad") close the column
            continue
        atoms = atoms_of(paras)
        score = wat_boundary(atoms, paras)
        # Titles at paragraph starts and inside paragraphs ("... uitgewerkt." + "Vergroten/versterken ...").
        cands = 1 + sum(1 for j in range(1, len(atoms)) if score(j) > (0.5 if atoms[j][1] else 0.25))
        if len(last.lines) == 1 and len(last.lines[0].s) < 60 and not ends_sentence(last.flat) and cands > n:
            paras.pop()
        else:
            break
    return paras


def has_coded_tables(doc: ParsedDocument) -> bool:
    """Layout test: several code lines and the column headers Wie / Wanneer somewhere in the document."""
    lines = lines_of(doc)
    codes = sum(1 for i in range(len(lines)) if lines[i].s and code_at(lines, i))
    return codes >= 2 and bool(re.search(r"(?m)^\s*Wie\b", doc.text)) and "Wanneer" in doc.text
