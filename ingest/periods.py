"""Parse Dutch planning wording ("2024-2028", "Vanaf Q4 2026", "Uiterlijk 2028", phases) into a Period."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.model import Period

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Part of a year -> (first month, last month); all of them make the period approximate.
_PARTS = {
    "begin": (1, 3), "start": (1, 3), "eind": (10, 12), "einde": (10, 12), "eind van": (10, 12),
    "medio": (5, 8), "midden": (5, 8), "halverwege": (5, 8), "half": (5, 8),
    "voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8), "najaar": (9, 11), "herfst": (9, 11),
    "winter": (1, 2), "eerste helft": (1, 6), "1e helft": (1, 6),
    "tweede helft": (7, 12), "2e helft": (7, 12),
}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_POINT = (
    rf"(?:(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{_alt(list(_MONTHS))})\.?\s+(?:van\s+)?"
    rf"|(?P<part>{_alt(list(_PARTS))})(?:\s+van)?\s+"
    rf"|q(?P<q>[1-4])\s*(?:van\s+)?|(?P<q2>[1-4])e\s+kwartaal\s+(?:van\s+)?)?"
    r"(?<!\d)(?P<year>20\d{2})(?!\d)"
)
_POINT_RE = re.compile(_POINT)
_CONNECT_RE = re.compile(r"\s*(?:-|/|t/m|tot en met|tot|en)\s*")

# Wording just before a year that changes its meaning (checked in this order; "niet voor" before "voor").
_BEFORE = [
    (re.compile(r"\b(?:niet\s+(?:eerder\s+dan|voor|vóór)|na|vanaf|per|met\s+ingang\s+van)\s*$"),
     "not_before"),
    (re.compile(r"\b(?:uiterlijk(?:\s+in)?|voor|vóór|niet\s+later\s+dan|deadline:?|gereed(?:\s+in)?|"
                r"klaar(?:\s+in)?|afgerond(?:\s+in)?|tot\s+uiterlijk)\s*$"), "deadline"),
    (re.compile(r"\b(?:tot|tot\s+en\s+met|t/m|tot\s+(?:ten\s*minste|minimaal))\s*$"), "until"),
    (re.compile(r"\b(?:start\w*|gestart|aanvang|begin(?:t|nen))\b(?:\s+[a-z]+){0,2}\s*$"), "start"),
]
_START_AFTER = re.compile(r"\s*:\s*(?:start\w*|aanvang|begin)\b")
_APPROX_BEFORE = re.compile(r"\b(?:rond|circa|ca\.|omstreeks|ongeveer|naar\s+verwachting)\s*$")
_KEYWORDS = [
    (re.compile(r"\bkerntaak\b"), "core_task"),
    (re.compile(r"\b(?:doorlopend|continu|structureel|permanent|in\s+uitvoering|loopt|lopend)\b"), "ongoing"),
    (re.compile(r"^(?:pm|p\.m\.|nnb|n\.n\.b\.|ntb|n\.t\.b\.|onbekend|nog\s+niet\s+bekend|\?)$"), "unknown"),
]


@dataclass
class _Span:
    start: str | None
    end: str | None
    qualifier: str | None
    pos: int
    end_pos: int
    approximate: bool = False


def normalize(text: str) -> str:
    """Join words broken at a line end or a soft hyphen ("Voor-\\nbereiding", "Inves-terings-besluit")."""
    text = text.replace("\u00ad", "").replace("\u00a0", " ")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"(?<=[a-zà-ÿ])-\s*(?=[a-zà-ÿ])", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _point(m: re.Match[str]) -> tuple[str, str, bool]:
    """Finest begin and end of one point in time, and whether it is approximate."""
    year = m.group("year")
    if m.group("month"):
        month = _MONTHS[m.group("month")]
        if m.group("day"):
            day = f"{year}-{month:02d}-{int(m.group('day')):02d}"
            return day, day, False
        return f"{year}-{month:02d}", f"{year}-{month:02d}", False
    quarter = m.group("q") or m.group("q2")
    if quarter:
        q = int(quarter)
        return f"{year}-{3 * q - 2:02d}", f"{year}-{3 * q:02d}", False
    if m.group("part"):
        first, last = _PARTS[m.group("part")]
        return f"{year}-{first:02d}", f"{year}-{last:02d}", True
    return year, year, False


def _spans(low: str) -> list[_Span]:
    """Every date range in the text: a point, optionally joined to further points by '-', '/', 't/m', ..."""
    spans: list[_Span] = []
    pos = 0
    while True:
        m = _POINT_RE.search(low, pos)
        if not m:
            return spans
        start, end, approx = _point(m)
        stop = m.end()
        while True:
            c = _CONNECT_RE.match(low, stop)
            n = _POINT_RE.match(low, c.end()) if c else None
            if not c or not n:
                break
            _, end, more = _point(n)
            approx = approx or more
            stop = n.end()
        before = low[spans[-1].end_pos if spans else 0:m.start()]
        span = _Span(start, end, None, m.start(), stop, approx or bool(_APPROX_BEFORE.search(before)))
        if stop == m.end():  # a single point: its meaning may be shifted by the words before it
            for pattern, meaning in _BEFORE:
                if pattern.search(before):
                    if meaning in ("not_before", "start"):
                        span.end = None
                        span.qualifier = "not_before" if meaning == "not_before" else None
                    else:
                        span.start = None
                        span.qualifier = "deadline" if meaning == "deadline" else None
                    break
            else:
                if _START_AFTER.match(low, stop):
                    span.end = None  # "2024: start bouw eerste woningen": a begin, like "start in 2024"
        spans.append(span)
        pos = stop


def _labels(flat: str, spans: list[_Span]) -> list[str]:
    """Phase names: the words before each range, or after it when the text reads '2024: start bouw'."""
    # "2024: start bouw", or a text that opens with its first range ("2025/2026/2027, Q1 2025 sloop")
    after_mode = bool(spans) and (flat[spans[0].end_pos:spans[0].end_pos + 2].strip().startswith(":")
                                  or not flat[:spans[0].pos].strip(" :;,.-("))
    labels = []
    for i, span in enumerate(spans):
        if after_mode:
            nxt = spans[i + 1].pos if i + 1 < len(spans) else len(flat)
            raw = flat[span.end_pos:nxt].split(".")[0]
        else:
            raw = flat[spans[i - 1].end_pos if i else 0:span.pos]
        raw = re.sub(r"(?i)\b(?:in|vanaf|per|van|tot|voor|vóór|uiterlijk|niet|start)\s*$", "", raw.strip())
        label = raw.strip(" :;,./-(").strip()
        labels.append(label + ")" * (label.count("(") - label.count(")")))
    return labels


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value else None


def _period(text: str, span: _Span) -> Period:
    qualifier = span.qualifier or ("approximate" if span.approximate else None)
    return Period(text=text, start_year=_year(span.start), end_year=_year(span.end), start=span.start,
                  end=span.end, qualifier=qualifier)


def _combined(text: str, spans: list[_Span]) -> Period:
    """One period over several ranges: the earliest begin to the latest end."""
    if len(spans) == 1:
        return _period(text, spans[0])
    starts = [s.start for s in spans if s.start]
    ends = [s.end for s in spans if s.end]
    start = min(starts) if starts else None
    end = max(ends) if ends else None
    if end and starts and end < max(starts)[: len(end)]:
        end = None  # the last phase is open-ended ("Realisatie vanaf 2028")
    # An open end after dated phases is no "not before": the work has begun at the first phase.
    qualifier = "approximate" if any(s.approximate for s in spans) else None
    return Period(text=text, start_year=_year(start), end_year=_year(end), start=start, end=end,
                  qualifier=qualifier)


# A paragraph without a date that still names a step of the work ("Realisatie nog te bepalen").
_PHASE_WORD = re.compile(r"(?i)^\W*(?:voorbereiding|verkenning|planfase|planvorming|ontwerp|realisatie|"
                         r"uitvoering|aanbesteding|oplevering|besluit\w*|investeringsbesluit|afronding|start|fase\s*\d)\b")
_DATE_LEAD = re.compile(r"(?i)\b(?:in|vanaf|per|van|tot(?:\s+en\s+met)?|t/m|uiterlijk|voor|vóór|na|rond|"
                        r"circa|niet)\s*$")


def _undated(flat: str, spans: list[_Span]) -> str:
    """The words of a phase paragraph without its dates: "2023-2026 Voorbereiding" -> "Voorbereiding"."""
    pieces, pos = [], 0
    for span in spans:
        pieces.append(_DATE_LEAD.sub("", flat[pos:span.pos]))
        pos = span.end_pos
    pieces.append(flat[pos:])
    label = re.sub(r"\s+", " ", " ".join(p.strip(" :;,.-/") for p in pieces)).strip(" :;,.-/(")
    return label + ")" * (label.count("(") - label.count(")"))


def _paragraph_phases(text: str) -> list[Period]:
    """Phases of a cell written one paragraph per step ("Voorbereiding 2024-2025" / "Realisatie 2025-2028",
    also year first: "2023-2026 Voorbereiding" / "2025-2027 Ontwerp"). Empty unless two steps are dated."""
    phases, dated = [], 0
    for para in re.split(r"\n[ \t]*\n", text):
        flat = normalize(para)
        if not flat:
            continue
        spans = _spans(flat.lower())
        if spans:
            dated += 1
            phase = _combined(_undated(flat, spans) or flat, spans)
            phases.append(phase)
        elif _PHASE_WORD.match(flat):
            phases.append(Period(text=flat, qualifier="unknown"))
        # other undated paragraphs are remarks ("Punt is nog onzeker"), no steps
    return phases if dated >= 2 or (dated and len(phases) >= 2) else []


def parse_period(text: str) -> Period | None:
    """The period a planning cell or phrase states; None when it states none. Blank lines in `text` separate
    the paragraphs of a cell, which are read as its phases."""
    if not text or not text.strip():
        return None
    original = re.sub(r"\s+", " ", text).strip()
    flat = normalize(text)
    low = flat.lower()
    spans = _spans(low)
    if not spans:
        for pattern, qualifier in _KEYWORDS:
            if pattern.search(low):
                return Period(text=original, qualifier=qualifier)
        return None
    period = _combined(original, spans)
    period.phases = _paragraph_phases(text)
    if not period.phases and len(spans) > 1:
        for label, span in zip(_labels(flat, spans), spans, strict=True):
            period.phases.append(_period(label or flat[span.pos:span.end_pos], span))
    if period.end is None and period.qualifier is None:
        for pattern, qualifier in _KEYWORDS[:2]:
            if pattern.search(low):
                period.qualifier = qualifier
    return period
