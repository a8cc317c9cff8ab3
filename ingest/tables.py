"""Rebuild coded Wie/Wanneer/Wat table rows from column-by-column PDF text into Actions."""

from __future__ import annotations

import re
from typing import Any

from ingest.cells import roles_in_cell as _roles
from ingest.dependencies import find_dependencies
from ingest.model import Action, ActorRef, Dependency, ParsedDocument, Period, Role, Source
from ingest.periods import parse_period
from ingest.tables_blocks import Block, columns, find_blocks, has_coded_tables, paragraphs, strip_captions
from ingest.tables_layout import (
    CONT_PHASE_RE,
    PARTNER_RE,
    PHASE_RE,
    YEAR_COLON_RE,
    Line,
    Para,
    join_lines,
    split_statement,
    split_title,
)
from ingest.tables_segment import (
    atoms_of,
    cut_at_paragraphs,
    segment,
    wanneer_boundary,
    wat_boundary,
    wie_boundary,
    years,
)

EMPTY_WANNEER = -1.2  # cost of a row without a Wanneer cell (cheaper than cutting a sentence in two)
EMPTY_UNDATED = -1.0  # a little cheaper for a row whose Wat cell names no year: it says nothing about when
# Words of a Wanneer cell that say when, not what: never evidence that the cell belongs to a row.
_TIME_WORDS = {"start", "gestart", "starten", "verwacht", "verwachte", "realisatie", "uitvoering",
               "voorbereiding",
               "doorlopend", "kerntaak", "loopt", "vanaf", "uiterlijk", "eind", "begin", "medio", "fase",
               "niet", "voor", "gereed", "planfase", "worden", "wordt", "tenminste", "project", "programma"}


def _words(text: str) -> set[str]:
    """Content words of at least five letters, for matching a Wanneer cell to its row's Wat cell."""
    return {w for w in re.findall(r"[a-zà-ÿ]{5,}", text.lower()) if w not in _TIME_WORDS}


class _Cache:
    def __init__(self, resolver: Any) -> None:
        self.resolver = resolver
        self.found: dict[str, set[str]] = {}
        self.cells: dict[str, set[str]] = {}
        self.places: dict[str, str] = {}

    def find(self, text: str) -> set[str]:
        if self.resolver is None:
            return set()
        if text not in self.found:
            self.found[text] = {a.key for a in self.resolver.find(text) if a.kind != "group"}
        return self.found[text]

    def cell(self, text: str) -> set[str]:
        if self.resolver is None:
            return set()
        if text not in self.cells:
            refs = [a for a in self.resolver.resolve_cell(text) if a.kind != "group" and a.known]
            self.cells[text] = {a.key for a in refs}
            for a in refs:
                self.places[a.key] = _place(a.label)
        return self.cells[text]

    def overlap(self, cell_text: str, wat: str) -> float:
        """Evidence that a Wie cell belongs to a row: the row's text names its actors or their places."""
        cell = self.cell(cell_text)
        if not cell:
            return -1.0
        named = self.find(wat)
        hits = sum(1 for k in cell if k in named or (self.places.get(k) and re.search(
            rf"\b{re.escape(self.places[k])}\b", wat)))
        return (1.0 if hits else 0.0) + 0.3 * hits / len(cell)


def _place(label: str) -> str:
    """The place in an organisation's name ("Gemeente Velsen" -> "Velsen"), used as content evidence."""
    m = re.match(r"^(?:Gemeente|Provincie|Omgevingsdienst|Waterschap|Hoogheemraadschap(?: van)?)\s+(.+)$",
                 label)
    return m.group(1) if m else ""


def _most_named(text: str, resolver: Any) -> list[ActorRef]:
    """The known organisations a text names most often (ties all kept)."""
    flat = " ".join(text.split())
    counts: dict[str, tuple[int, ActorRef]] = {}
    for ref in resolver.find(flat, groups=False):
        if ref.known and ref.kind == "organisation":
            name = re.escape(ref.mention or ref.label)
            counts[ref.key] = (len(re.findall(rf"\b{name}\b", flat, re.I)), ref)
    top = max((n for n, _ in counts.values()), default=0)
    return [ref for n, ref in counts.values() if n == top and top > 0]


def _cell_text(cell: list[Line], atoms: list[tuple[Line, bool]]) -> str:
    """Cell lines joined by newlines, with a blank line where a new paragraph began."""
    starts = {id(ln) for ln, first in atoms if first}
    out = ""
    for k, ln in enumerate(cell):
        sep = "\n\n" if k and id(ln) in starts else "\n"
        out = f"{out}{sep}{ln.s}" if k else ln.s
    return out


def _parse_period(text: str) -> Period | None:
    if not text.strip():
        return None
    return parse_period(text)


def _dependencies(text: str, code: str) -> list[Dependency]:
    return find_dependencies(text, code)


def _exact_quote(doc: ParsedDocument, page: int, lines: list[Line]) -> str:
    text = next((p.text for p in doc.pages if p.number == page), "")
    for k in range(len(lines), 0, -1):
        quote = "\n".join(ln.text for ln in lines[:k]).strip()
        if quote and quote in text:
            return quote
    return lines[0].s if lines else ""


def extract_tables(doc: ParsedDocument, resolver: Any = None) -> list[Action]:
    """Every coded table row of the document as an Action (empty when the document has no coded tables)."""
    cache = _Cache(resolver)
    actions: list[Action] = []
    for block in find_blocks(doc):
        actions.extend(_block_actions(doc, block, cache))
    return actions


_PHASE = re.compile(rf"{CONT_PHASE_RE.pattern}|{PHASE_RE.pattern}|{YEAR_COLON_RE.pattern}", re.I)


def _irregular(cell: list[Line], atoms: list[tuple[Line, bool]], inner: re.Pattern[str] | None) -> bool:
    """A cell that does not read as one paragraph of its column: empty, opening inside a paragraph, or
    holding the start of another paragraph that is no continuation of it (an 'I.s.m.' list, a later phase)."""
    if not cell:
        return True
    starts = {id(ln) for ln, first in atoms if first}
    if id(cell[0]) not in starts:
        return True
    return any(id(ln) in starts and not (inner and inner.match(ln.s)) for ln in cell[1:])


def _first_paragraph_lines(cell: list[Line], starts: set[int]) -> int:
    """How many lines the cell's first paragraph has (a title wraps within it, never past a blank line)."""
    return next((i for i, ln in enumerate(cell) if i and id(ln) in starts), len(cell))


def _block_actions(doc: ParsedDocument, block: Block, cache: _Cache) -> list[Action]:
    n = len(block.codes)
    paras, headers = paragraphs(block.items)
    cols = columns(paras, headers)
    if cols is None:
        return []
    wie_end, wan_end = cols
    # A header after the Wat cells closes the table; what follows are captions and intros.
    wat_stop = next((k for k, _ in headers if k > wan_end), len(paras))
    wat_paras = strip_captions(paras[wan_end:wat_stop], n)
    wat_atoms = atoms_of(wat_paras)
    wat_cells, _ = segment(wat_atoms, n, wat_boundary(wat_atoms, wat_paras))
    if not wat_cells:
        return []
    wat_texts = [join_lines([ln.s for ln in c]) for c in wat_cells]
    wat_starts = {id(ln) for ln, starts in wat_atoms if starts}
    wat_ok = cut_at_paragraphs(wat_atoms, wat_cells)

    wie_atoms = atoms_of(paras[:wie_end])

    def wie_content(a: int, b: int, row: int) -> float:
        return cache.overlap(join_lines([ln.s for ln, _ in wie_atoms[a:b]]), wat_texts[row])

    wie_cells, _ = segment(wie_atoms, n, wie_boundary(wie_atoms), wie_content if cache.resolver else None)
    wan_atoms = atoms_of(paras[wie_end:wan_end])

    wat_words = [_words(t) for t in wat_texts]

    def wan_content(a: int, b: int, row: int) -> float:
        text = join_lines([ln.s for ln, _ in wan_atoms[a:b]])
        ys = years(text)
        # Years and subject words ("Sociale ontmoetingsplekken eind 2025") the row's Wat cell also names.
        return min(1.2, 0.6 * len(ys & years(wat_texts[row]))) + min(
            1.0, 0.25 * len(_words(text) & wat_words[row]))

    skip = [EMPTY_WANNEER if years(t) else EMPTY_UNDATED for t in wat_texts]
    wan_cells, _ = segment(wan_atoms, n, wanneer_boundary(wan_atoms), wan_content, empty=skip)
    wie_ok = bool(wie_cells) and cut_at_paragraphs(wie_atoms, wie_cells) and len(
        [1 for ln, f in wie_atoms if f and not PARTNER_RE.match(ln.s)]) == n
    wan_ok = bool(wan_cells) and cut_at_paragraphs(wan_atoms, wan_cells) and len(
        [1 for _, f in wan_atoms if f]) == n

    out = []
    for row, (code, part, code_line) in enumerate(block.codes):
        title, rest = split_title(Para(wat_cells[row]), _first_paragraph_lines(wat_cells[row], wat_starts))
        description = join_lines(rest)
        wie, statement = split_statement(_cell_text(wie_cells[row], wie_atoms) if wie_cells else "")
        # Each paragraph of a Wanneer cell is a step ("Voorbereiding 2024-2025" / "Realisatie 2025-2028").
        wan_paras = [join_lines(p.split("\n")) for p in _cell_text(wan_cells[row], wan_atoms).split("\n\n")
                     ] if wan_cells and wan_cells[row] else []
        wan = " ".join(wan_paras)
        flags: list[str] = []
        conf = 1.0
        roles = _roles(wie, cache.resolver)
        if not roles and cache.resolver is not None:
            # A Wie cell that names no party ("Onderdeel van ..."): the body the row's own text names most
            # is involved; never a lead or partner, which only the Wie column states.
            roles = [Role(a, "involved", 0.5) for a in _most_named(f"{title}\n{description}", cache.resolver)]
            if roles:
                flags.append("party_from_description")
        # The block did not read one paragraph per cell; only the rows whose own cell is irregular say so.
        if not wie_ok and _irregular(wie_cells[row] if wie_cells else [], wie_atoms, PARTNER_RE):
            flags.append("wie_alignment_uncertain")
            conf *= 0.8
            for r in roles:
                r.confidence = 0.7
        if not wan_ok and wan_cells and wan_cells[row] and _irregular(wan_cells[row], wan_atoms, _PHASE):
            flags.append("period_alignment_uncertain")
            conf *= 0.85
        if not wat_ok and _irregular(wat_cells[row][:1], wat_atoms, None):
            flags.append("title_alignment_uncertain")
            conf *= 0.85
        period = _parse_period("\n\n".join(wan_paras))
        if period is None and wan:  # "Fase 3 Investeringsbesluit afgerond": the wording, no dates
            period = Period(text=wan, qualifier="unknown")
        if wan and (period is None or (period.start_year is None and period.end_year is None)) \
                and not re.search(r"(?i)doorlopend|kerntaak", wan):
            flags.append("period_ambiguous")
        deps = _dependencies(f"{title}\n{description}\n{wan}\n\n{statement}", code)
        if part and not any(d.target_code == part for d in deps):
            deps.insert(0, Dependency(kind="part_of", target_code=part, quote=f"{code} / {part}"))
        title_lines = wat_cells[row][: max(1, len(wat_cells[row]) - len(rest))]
        out.append(Action(
            code=code, title=title, description=description,
            kind="sleutelproject" if title.lower().startswith("sleutelproject") else "action",
            theme=block.theme, roles=roles, period=period, dependencies=deps,
            source=Source(page=code_line.page,
                          quote=_quote(doc, code_line.page, title_lines, wat_cells[row])),
            confidence=round(conf, 2), flags=flags))
    return out


def _quote(doc: ParsedDocument, page: int, title_lines: list[Line], cell: list[Line]) -> str:
    """Exact words of the row title, taken from the page the code is on when the title is there too."""
    same = [ln for ln in title_lines if ln.page == page]
    if not same:  # the title is on the next page: quote the first line of the row's cells on the code page
        same = [ln for ln in cell if ln.page == page][:1]
    return _exact_quote(doc, page, same) if same else ""


__all__ = ["extract_tables", "find_blocks", "has_coded_tables", "ActorRef"]
