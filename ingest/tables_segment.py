"""Cut one table column (a run of lines) into exactly N cells with a dynamic program over boundary scores."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ingest.tables_layout import (
    CONT_PHASE_RE,
    CONT_WORDS,
    PARTNER_RE,
    PERIOD_WORDS,
    PLURAL_RE,
    YEAR_COLON_RE,
    YEAR_RE,
    Line,
    Para,
    ends_sentence,
    is_period_like,
    join_lines,
    title_score,
)

Atom = tuple[Line, bool]  # a line and whether it starts a paragraph
T = TypeVar("T")
START_PHASE_RE = re.compile(r"^\s*(?:voor-?\s*bereiding|verkenning|investerings|locatie|planfase|ontwerp|"
                            r"haal-?\s*baarheid|fase\s*1|intentiefase)", re.IGNORECASE)
MAX_CELL_LINES = 40
# Years first, then the phase they date: "2025-2027\nOntwerp".
YEAR_PHASE_RE = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s+(?:voor-?\s*bereiding|ontwerp|"
                           r"uitvoering|realisatie|planfase|verkenning|aanbesteding|oplevering)\b",
                           re.IGNORECASE)
# A first step that a realisation phase follows: agreements, decisions, studies, preparation.
PREP_STEP_RE = re.compile(r"(?i)afspra|besluit|verken|voorbereid|planvorm|ontwerp|haalbaarheid")


def atoms_of(paras: list[Para]) -> list[Atom]:
    return [(ln, k == 0) for p in paras for k, ln in enumerate(p.lines)]


def segment(atoms: Sequence[tuple[T, bool]], n: int, boundary: Callable[[int], float],
            content: Callable[[int, int, int], float] | None = None,
            empty: float | Sequence[float] | None = None,
            max_lines: int = MAX_CELL_LINES) -> tuple[list[list[T]], float]:
    """Best split of `atoms` into n cells; returns the cells and the best total score.

    boundary(j) scores a cell starting at atom j (j >= 1); content(a, b, row) scores atoms[a:b] as cell `row`.
    With `empty` (a penalty, e.g. -1.2) a cell may be empty: a row without a Wanneer cell has no period,
    which beats cutting another row's cell in two. A sequence gives each row its own penalty. A cell holds
    at most `max_lines` atoms.
    """
    m = len(atoms)
    if n <= 0 or (m < n and empty is None) or m == 0:
        return [], -1.0
    neg = float("-inf")
    skip = None if empty is None else [float(empty)] * n if isinstance(empty, (int, float)) else list(empty)
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    bscore = [0.0] + [boundary(j) for j in range(1, m)]
    for k in range(1, n + 1):
        lo = k if empty is None else 0
        hi = m - (n - k) if empty is None else m
        for b in range(lo, hi + 1):
            if skip is not None and best[k - 1][b] != neg and best[k - 1][b] + skip[k - 1] > best[k][b]:
                best[k][b] = best[k - 1][b] + skip[k - 1]
                back[k][b] = b
            for a in range(max(0 if empty is not None else k - 1, b - max_lines), b):
                if best[k - 1][a] == neg:
                    continue
                s = best[k - 1][a] + (bscore[a] if a > 0 else 0.0)
                if content is not None:
                    s += content(a, b, k - 1)
                if s > best[k][b]:
                    best[k][b] = s
                    back[k][b] = a
    if best[n][m] == neg:
        return [], -1.0
    cuts = []
    b = m
    for k in range(n, 0, -1):
        a = back[k][b]
        cuts.append((a, b))
        b = a
    cuts.reverse()
    return [[atoms[i][0] for i in range(a, b)] for a, b in cuts], best[n][m]


def cut_at_paragraphs(atoms: list[Atom], cells: list[list[Line]]) -> bool:
    """True when every chosen boundary is a paragraph break (the plain one-paragraph-one-cell reading)."""
    starts = {id(ln) for ln, first in atoms if first}
    return all(id(c[0]) in starts for c in cells[1:] if c)


def _label(text: str) -> str:
    m = re.match(r"^\s*([A-Za-z][A-Za-z -]*?)\s*(?::|\d|$)", text)
    return (m.group(1).lower() if m else "").replace("-", "").replace(" ", "")


def wie_boundary(atoms: list[Atom]) -> Callable[[int], float]:
    def score(j: int) -> float:
        line, first = atoms[j]
        s = line.s
        prev = atoms[j - 1][0].s
        if PARTNER_RE.match(s):
            return -5.0  # an I.s.m. list always belongs to the cell above it
        last = prev.split()[-1].lower() if prev.split() else ""
        if first:
            if prev.endswith(",") or last in CONT_WORDS:
                return 0.5
            k = j - 1
            while k > 0 and not atoms[k][1]:
                k -= 1
            # "Gemeenten ..." after a lead paragraph without I.s.m. often continues a multi-paragraph cell.
            if PLURAL_RE.match(s) and not any(PARTNER_RE.match(atoms[i][0].s) for i in range(k, j)):
                return 1.0
            return 2.0
        if prev.endswith((",", "-", "(")) or last in CONT_WORDS or not s[:1].isupper() or s.startswith("("):
            return -4.0
        # A capitalised organisation after a closed I.s.m. list starts the next cell.
        k = j - 1
        # Walk back to the start of the cell in progress: paragraphs after a trailing comma continue it.
        while k > 0 and (not atoms[k][1] or atoms[k - 1][0].s.endswith(",")):
            k -= 1
        closed = any(PARTNER_RE.match(atoms[i][0].s) for i in range(k, j))
        return 1.0 if closed else -0.7
    return score


def wanneer_boundary(atoms: list[Atom]) -> Callable[[int], float]:
    def para_head(j: int) -> str:
        """The paragraph before atom j, hyphenated line ends rejoined ("Voor-/bereiding")."""
        k = j - 1
        while k > 0 and not atoms[k][1]:
            k -= 1
        return join_lines([atoms[i][0].s for i in range(k, j)])

    def score(j: int) -> float:
        line, first = atoms[j]
        k = j + 1
        while k < len(atoms) and not atoms[k][1]:
            k += 1
        s = join_lines([atoms[i][0].s for i in range(j, k)]) if first else line.s
        prev = atoms[j - 1][0].s
        if not first:
            whole = re.fullmatch(r"(?:PM|Doorlopend|Kerntaak|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)\.?",
                                 s, re.IGNORECASE)
            if not whole or prev.endswith(",") or re.search(r"(?i)\b(?:in|tot|vanaf|voor|na|eind|begin|medio|"
                                                              r"rond|uiterlijk|per|sinds)$", prev):
                return -4.0  # "verwacht in" / "2024": the year finishes the sentence above it
            k = j - 1
            while k > 0 and not atoms[k][1]:
                k -= 1
            # Cutting a year away from the words above it would leave that cell without any period.
            above = " ".join(atoms[i][0].s for i in range(k, j))
            if YEAR_RE.search(s) and not YEAR_RE.search(above):
                # "Realisatie: fase 1 (Heracless)" + "2025-2030": a phase label waits for its years.
                return -2.5 if ":" in above else -1.0
            return -0.5
        head = para_head(j)
        if CONT_PHASE_RE.match(s):
            if START_PHASE_RE.match(head):
                return -1.5
            if CONT_PHASE_RE.match(head):
                return 2.0 if _label(head) == _label(s) else -0.5
            if PREP_STEP_RE.search(head) and re.match(r"(?i)\s*(?:realisatie|uitvoering|in werking)", s):
                return -1.5  # "Maatwerkafspraken ... 2024" then "Realisatie: ...": the steps of one project
        if YEAR_COLON_RE.match(s) and YEAR_COLON_RE.match(head):
            return -1.5
        if YEAR_PHASE_RE.match(s) and YEAR_PHASE_RE.match(head):
            return -1.5  # "2023-2026 Voorbereiding ..." then "2025-2027 Ontwerp": phases of one project
        if not is_period_like(s + " " + " ".join(a[0].s for a in atoms[j + 1:j + 3] if not a[1])):
            return 0.5
        return 2.0
    return score


def wat_boundary(atoms: list[Atom], paras: list[Para]) -> Callable[[int], float]:
    index = {}
    k = -1
    for j, (_, first) in enumerate(atoms):
        if first:
            k += 1
            index[j] = k

    width = max((len(ln.s) for ln, _ in atoms), default=0)

    def score(j: int) -> float:
        line, first = atoms[j]
        if first:
            return title_score(paras, index[j])
        prev = atoms[j - 1][0].s
        s = line.s
        item_done = ends_sentence(prev) or (prev.startswith(("•", "-")) and prev.endswith(")"))
        if item_done and s[:1].isupper() and len(s) < 60 and not s.startswith("•"):
            nxt = atoms[j + 1][0].s if j + 1 < len(atoms) and not atoms[j + 1][1] else ""
            # A line clearly shorter than the column, between two sentences, is a title inside a paragraph:
            # running text only leaves a short line where a sentence ends.
            short = len(s) < 40 or len(s) < 0.75 * width
            return 0.3 if short and not ends_sentence(s) and nxt[:1].isupper() else -1.0
        return -4.0
    return score


def years(text: str) -> set[str]:
    return set(YEAR_RE.findall(text))


def period_hint(text: str) -> bool:
    return bool(PERIOD_WORDS.search(text))
