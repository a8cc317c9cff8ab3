"""Page clean-up for both parsers: running headers/footers, page numbers, hyphenation, bullets, odd glyphs."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

# Ligatures and spaces that PDF text layers produce; mapped explicitly rather than by NFKC, which would also
# rewrite content such as "CO₂" or "½".
_CHAR_MAP = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ", "\u1680": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
}
_CHAR_MAP.update({chr(c): " " for c in range(0x2000, 0x200B)})
_TRANSLATE = str.maketrans(_CHAR_MAP)

# Bullet glyphs: Word's Symbol-font bullets land in the private-use area (U+F0B7, U+F0A7, U+F076).
_BULLET_RE = re.compile(r"^(\s*)(?:[•▪▫●◦‣∙·■□➢➤►▶✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|o(?=\t))[\s]*")
# A dash opens a list item only when a word follows; "– 2028" continues a period ("2025 – 2028").
_DASH_BULLET_RE = re.compile(r"^(\s*)[-–—](?:\t\s*|\s+)(?=[^\W\d_]|[‘“\"'(])")

# Two vowels that Dutch would read as one sound are written with a hyphen ("zij-instroom", "zee-egel").
_VOWEL_CLASH = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu"}
# After a hyphenated first part these words mean an elided compound ("haven- en industriegebieden").
_ELISION_WORDS = {"en", "of", "tot", "noch", "als", "dan", "&", "en/of"}

_STRONG_PAGE_RE = re.compile(
    r"(?:(?:pagina|page|blz\.?|p\.)\s*\d{1,4}(?:\s*(?:van|of|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:van|of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d{1,4}")


def normalise_chars(text: str) -> str:
    """Ligatures to letters, exotic spaces to a plain space, zero-width characters removed."""
    return text.translate(_TRANSLATE)


def normalise_bullet(line: str, dashes: bool = True) -> str:
    """Any bullet glyph (and the tab after it) at the start of a line becomes '• '; so does a dash before a
    word when `dashes` is set."""
    m = _BULLET_RE.match(line) or (_DASH_BULLET_RE.match(line) if dashes else None)
    if not m:
        return line
    rest = line[m.end():].lstrip()
    return f"{m.group(1)}• {rest}" if rest else f"{m.group(1)}•"  # a bullet whose text is on the next line


def _keeps_hyphen(before: str, after: str) -> bool:
    """Whether 'before' + '-' + 'after' is a hyphenated compound rather than a word broken at the line end."""
    head, tail = before, after
    if not head or not tail:
        return True
    if head[-1].isupper() or head[-1].isdigit() or tail[0].isupper() or tail[0].isdigit():
        return True  # "Noord-Holland", "NOVEX-aanpak", "A9-zuid", "CO2-uitstoot"
    return (head[-1] + tail[0]).lower() in _VOWEL_CLASH


def _join_hyphenation(lines: list[str]) -> list[str]:
    """Move the rest of a word broken over two lines ("uitvoerings-" / "agenda ...") up to the first line."""
    out = list(lines)
    i = 0
    while i < len(out) - 1:
        line = out[i]
        soft = line.endswith("\u00ad")
        if not (soft or re.search(r"[^\W\d_]-$", line)):
            i += 1
            continue
        # Some extractors double-space every line, so allow one blank line between the two halves.
        j = i + 1 if out[i + 1].strip() else i + 2
        if j >= len(out) or not out[j].strip():
            i += 1
            continue
        word, _, rest = out[j].lstrip().partition(" ")
        if not re.match(r"[^\W\d_]", word) or word.lower().rstrip(",.;:") in _ELISION_WORDS:
            i += 1
            continue
        stem = line[:-1]
        out[i] = (stem + "-" if not soft and _keeps_hyphen(stem, word) else stem) + word
        rest = rest.lstrip()
        if rest:
            out[j] = rest
        else:
            del out[i + 1:j + 1]  # the continuation line (and the blank line before it) is now empty
        i += 1
    return out


def clean_page(text: str) -> str:
    """Clean one page: odd glyphs, bullets, trailing spaces, broken words; lines and blank lines stay."""
    text = normalise_chars(text).replace("\r\n", "\n").replace("\r", "\n")
    # A soft hyphen only matters at a line end, where it marks a broken word.
    lines = [line[:-1].replace("\u00ad", "") + line[-1:] for line in (ln.rstrip() for ln in text.split("\n"))]
    lines = _join_hyphenation([normalise_bullet(line) for line in lines])
    # A rejoined word can leave a bullet glyph at the head of its old line; a dash there is prose ("– zoals").
    lines = [normalise_bullet(line.replace("\u00ad", "").rstrip(), dashes=False) for line in lines]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def _key(line: str) -> str:
    """Comparison key for repeated lines: case and spacing ignored."""
    return re.sub(r"\s+", " ", normalise_chars(line)).strip().lower()


def _edge_keys(line: str, page: int) -> list[str]:
    """Keys under which an edge line counts as running: itself, and (if it holds a number) its text with the
    number's offset to the page index, so "Rapport 2025 - 7" on page 7 matches "Rapport 2025 - 8" on page 8
    while numbered footnotes ("2 Kamerstuk ...", "7 Kamerstuk ...") do not."""
    key = _key(line)
    keys = [key] if key and len(key) <= 100 else []
    # Only a number that opens or closes the line can be the page number of a header or footer.
    edge_number = re.match(r"(\d{1,4})(?!\d)", key) or re.search(r"(?<!\d)(\d{1,4})$", key)
    if keys and edge_number:
        offset = int(edge_number.group(1)) - page
        start, end = edge_number.span(1)
        keys.append(f"{key[:start]}#{key[end:]}|{offset}")
    return keys


def _page_values(token: str, bound: int) -> list[int]:
    """Page numbers a bare number can stand for: itself, or two glued spread numbers ("1110" = 11|10)."""
    values = []
    if int(token) <= bound and not token.startswith("0"):
        values.append(int(token))
    for cut in range(1, len(token)):
        a, b = token[:cut], token[cut:]
        if a.startswith("0") or b.startswith("0"):
            continue
        if abs(int(a) - int(b)) == 1 and max(int(a), int(b)) <= bound:
            values.append(max(int(a), int(b)))
    return values


def _isolated(lines: list[str], i: int) -> bool:
    """A line with a blank line (or the page edge) on both sides."""
    return (i == 0 or not lines[i - 1].strip()) and (i == len(lines) - 1 or not lines[i + 1].strip())


def _neighbours(lines: list[str], i: int, reach: int = 4) -> list[int]:
    """Indexes of the nearest non-blank line before and after line i, within `reach` lines."""
    found = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= reach:
            if lines[j].strip():
                found.append(j)
                break
            j += step
    return found


def _edge_indexes(lines: list[str], depth: int = 2) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:depth]) | set(filled[-depth:])


def strip_running_lines(pages: list[str]) -> list[str]:
    """Remove page-number lines and running headers/footers from a document's pages (same count back).

    A bare number is only taken for a page number with positional evidence, because a lone "2031" or "12"
    can be a table cell: it must stand alone between blank lines, be a plausible page number (or two
    consecutive ones glued, as in a two-page spread), and either sit next to a line that recurs beside other
    page numbers (the running header) or sit at the edge of its page with the same offset to the page index
    as other such numbers.
    """
    split = [p.split("\n") for p in pages]
    bound = 2 * len(pages) + 20
    drop: set[tuple[int, int]] = set()

    # 1. Unambiguous page markers: "Pagina 3 van 12", "- 3 -", "3/12" alone on a line.
    for p, lines in enumerate(split):
        for i, line in enumerate(lines):
            if _STRONG_PAGE_RE.fullmatch(normalise_chars(line).strip()):
                drop.add((p, i))

    # 2. Bare numbers that could be page numbers.
    candidates: list[tuple[int, int, list[int]]] = []
    for p, lines in enumerate(split):
        for i, line in enumerate(lines):
            token = normalise_chars(line).strip()
            if _DIGITS_RE.fullmatch(token) and _isolated(lines, i):
                values = _page_values(token, bound)
                if values:
                    candidates.append((p, i, values))

    # 2a. A line recurring beside several candidates is a running header; its neighbours are page numbers.
    occurrences = Counter(_key(line) for lines in split for line in lines if line.strip())
    beside: dict[str, set[tuple[int, int]]] = defaultdict(set)  # line text -> its occurrences beside numbers
    for p, i, _ in candidates:
        for j in _neighbours(split[p], i):
            key = _key(split[p][j])
            if key and not _DIGITS_RE.fullmatch(key) and len(key) <= 100:
                beside[key].add((p, j))
    running = {k for k, c in beside.items() if len(c) >= 2 and len(c) * 2 >= occurrences[k]}
    for p, i, _ in candidates:
        heads = [j for j in _neighbours(split[p], i) if _key(split[p][j]) in running]
        if heads:
            drop.add((p, i))
            drop.update((p, j) for j in heads)

    # 2b. Numbers at a page edge whose offset to the page index recurs (or is 0: "3" on page 3).
    edge = [(p, i, v) for p, i, values in candidates if i in _edge_indexes(split[p]) for v in values[:1]]
    offsets = Counter(v - (p + 1) for p, _, v in edge)
    for p, i, v in edge:
        off = v - (p + 1)
        if offsets[off] >= 2 or (off == 0 and len(pages) <= 2):
            drop.add((p, i))

    # 3. Running headers/footers of paginated sources: the same short line at the edge of most pages.
    if len(pages) >= 3:
        edge_keys: dict[str, set[int]] = defaultdict(set)
        for p, lines in enumerate(split):
            for i in _edge_indexes(lines):
                for key in _edge_keys(lines[i], p):
                    edge_keys[key].add(p)
        common = {k for k, ps in edge_keys.items() if len(ps) >= 3 and len(ps) * 2 > len(pages)}
        for p, lines in enumerate(split):
            drop.update((p, i) for i in _edge_indexes(lines) if common.intersection(_edge_keys(lines[i], p)))

    return [_without(lines, {i for q, i in drop if q == p}) for p, lines in enumerate(split)]


def _without(lines: list[str], dropped: set[int]) -> str:
    """The page without the dropped lines; the blank lines that framed them shrink to one."""
    out: list[str] = []
    gap = False  # inside a run of blank/dropped lines that held a dropped line
    for i, line in enumerate(lines):
        if i in dropped:
            gap = True
            while out and not out[-1].strip():
                out.pop()
            continue
        if gap and not line.strip():
            continue
        if gap and out:
            out.append("")
        gap = False
        out.append(line)
    return "\n".join(out)
