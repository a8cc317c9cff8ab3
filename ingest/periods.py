"""Parse Dutch planning wording ("2024-2028", "Vanaf Q4 2026", "dit najaar", phases) into a Period."""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

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
    "tweede helft": (7, 12), "2e helft": (7, 12), "eerste halfjaar": (1, 6), "tweede halfjaar": (7, 12),
}


_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_POINT = (
    rf"(?:(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{_alt(list(_MONTHS))})\.?\s+(?:van\s+)?"
    rf"|(?P<part>{_alt(list(_PARTS))})(?:\s+van)?\s+"
    rf"|q(?P<q>[1-4])\s*(?:van\s+)?|(?P<q2>[1-4])e\s+kwartaal\s+(?:van\s+)?"
    rf"|(?P<q3>{_alt(list(_ORDINALS))})\s+kwartaal\s+(?:van\s+)?)?"
    r"(?<!\d)(?P<year>20\d{2})(?!\d)"
)
_POINT_RE = re.compile(_POINT)
_CONNECT_RE = re.compile(r"\s*(?:-|/|t/m|tot en met|tot|en)\s*")

# Wording just before a year that changes its meaning (checked in this order; "niet voor" before "voor").
_BEFORE = [
    (re.compile(r"\b(?:niet\s+(?:eerder\s+dan|voor|vóór)|na|vanaf|per|met\s+ingang\s+van|from|after)"
                r"(?:\s+(?:de|het))?\s*$"), "not_before"),
    # "vóór het einde van 2026", "uiterlijk in de zomer van 2027": the article does not change the meaning
    (re.compile(r"\b(?:uiterlijk(?:\s+in)?|voor|vóór|niet\s+later\s+dan|deadline:?|gereed(?:\s+in|:)?|eind(?:e)?|"
                r"by(?:\s+(?:the\s+)?end(?:\s+of)?)?|before|"
                r"klaar(?:\s+in)?|afgerond(?:\s+in)?|tot\s+uiterlijk)(?:\s+(?:de|het))?\s*$"), "deadline"),
    (re.compile(r"\b(?:tot|tot\s+en\s+met|t/m|tot\s+(?:ten\s*minste|minimaal)|until)(?:\s+(?:de|het))?\s*$"),
     "until"),
    # "lopend - 2027", "doorlopend t/m 2028": work under way that ends then
    (re.compile(r"\b(?:door)?lop(?:end|t(?:\s+door)?)\s*(?:-|t/m|tot(?:\s+en\s+met)?)?\s*$"), "until"),
    (re.compile(r"\b(?:start\w*|gestart|aanvang|begin(?:t|nen))\b(?:\s+[a-z]+){0,2}\s*$"), "start"),
]
_START_AFTER = re.compile(r"\s*:\s*(?:start\w*|aanvang|begin)\b")
# "2025 e.v.", "2025 en verder": from that year on, without an end
_ONWARD_AFTER = re.compile(r"\s*(?:e\.\s?v\.?|e\.v\b|en\s+verder|en\s+volgende\s+jaren)")
_APPROX_BEFORE = re.compile(r"\b(?:rond|circa|ca\.|omstreeks|ongeveer|naar\s+verwachting)\s*$")
_FROM_SCHOOL_YEAR = re.compile(r"\b(?:vanaf|met\s+ingang\s+van)"
                               r"(?:\s+(?:het\s+)?(?:school|studie|seizoen)?jaar)?\s*$")
# "Q1 2027 nulmeting; daarna jaarlijks": after the dated steps the work recurs without an end
_THEN_RECURRING = re.compile(r"\b(?:daarna|vervolgens|nadien)\b[^.;]{0,40}?\b"
                             r"(?:jaarlijks|doorlopend|structureel|"
                             r"ieder\s+jaar|elk\s+jaar|periodiek)\b")
_RUNS_ON = re.compile(r"\s*(?:[-–—]|tot|t/m)?\s*(?:doorlopend|continu|structureel|permanent)\b")
_KEYWORDS = [
    (re.compile(r"\bkerntaak\b"), "core_task"),
    # recurring work ("jaarlijks") has no period of its own: shown as ongoing
    (re.compile(r"\b(?:doorlopend|continu|structureel|permanent|in\s+uitvoering|loopt|lopend|jaarlijks|ongoing|"
                r"ieder\s+jaar|elk\s+jaar|periodiek)\b"), "ongoing"),
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


_FRISIAN = [(re.compile(r"(?i)\bfan\s+((?:\w+\s+)?20\d\d)\s+ôf\b"), r"vanaf \1"),
            (re.compile(r"(?i)\búterlik\b"), "uiterlijk"),
            (re.compile(r"(?i)\boant\s+en\s+mei\b"), "tot en met"),
            (re.compile(r"(?i)\boant\b"), "tot")]
"""Frisian period words, as Fryslân's documents write them: 'fan 2028 ôf' (vanaf 2028), 'úterlik 2029'
(uiterlijk), 'oant en mei 2030' (tot en met)."""


def _frisian(text: str) -> str:
    for pattern, dutch in _FRISIAN:
        text = pattern.sub(dutch, text)
    return text


def normalize(text: str) -> str:
    """Join words broken at a line end or a soft hyphen ("Voor-\\nbereiding", "Inves-terings-besluit")."""
    text = text.replace("\u00ad", "").replace("\u00a0", " ")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    # ... but "Noord- en Oost-Gelderland", "land- en tuinbouw": a first part whose ending the next word shares
    text = re.sub(r"(?<=[a-zà-ÿ])-\s*(?=(?!(?:en|of|tot)\s)[a-zà-ÿ])", "", text)
    text = _NUMERIC_DATE.sub(_month_date, text)
    text = _SHORT_YEAR.sub(r"20\1", text)
    text = _weeks_as_months(text)
    text = re.sub(r"(?i)(?<![\w.])v\.\s?a\.(?=\s)", "vanaf", text)
    text = _frisian(text)
    return re.sub(r"\s+", " ", text).strip()


# A year written short in a planning cell: "'27-'28", "najaar '27", "t/m ’29".
_SHORT_YEAR = re.compile(r"(?<![\w'’])['’‘]([0-9]{2})(?![\w'’])")


# A date in figures ("31-12-2027", "1/7/2027", "31-12- 2027" broken at a line end) is read as written out.
_NUMERIC_DATE = re.compile(r"\b([0-3]?\d)[-/.]([01]?\d)[-/.]\s?((?:19|20)\d\d)\b")
_MONTH_NAMES = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december"]


# An ISO week ("wk 36 2027", "week 14"): a week without a year is in the year the next week names ("wk 10 -
# wk 26 2028"), the way a planning writes a range within one year.
_WEEK = re.compile(r"(?i)\b(?:week|wk)\.?\s?(\d{1,2})\b(?:\s+((?:19|20)\d\d)\b)?")


def _weeks_as_months(text: str) -> str:
    """Weeks as the months they fall in ('wk 36 2027' -> 'september 2027'), by the week's Thursday (ISO)."""
    weeks = list(_WEEK.finditer(text))
    if not weeks:
        return text
    out, pos = [], 0
    for k, m in enumerate(weeks):
        year = m.group(2) or next((w.group(2) for w in weeks[k + 1:] if w.group(2)), None)
        try:
            month = _dt.date.fromisocalendar(int(year), int(m.group(1)), 4).month if year else 0
        except ValueError:  # week 54, or 53 in a year of 52
            month = 0
        out.append(text[pos:m.start()] + (f"{_MONTH_NAMES[month - 1]} {year}" if month else m.group(0)))
        pos = m.end()
    return "".join(out) + text[pos:]


def _month_date(m: re.Match[str]) -> str:
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return m.group(0)
    return f"{day} {_MONTH_NAMES[month - 1]} {m.group(3)}"


def _point(m: re.Match[str]) -> tuple[str, str, bool]:
    """Finest begin and end of one point in time, and whether it is approximate."""
    year = m.group("year")
    if m.group("month"):
        month = _MONTHS[m.group("month")]
        if m.group("day"):
            day = f"{year}-{month:02d}-{int(m.group('day')):02d}"
            return day, day, False
        return f"{year}-{month:02d}", f"{year}-{month:02d}", False
    quarter = m.group("q") or m.group("q2") or _ORDINALS.get(m.group("q3") or "")
    if quarter:
        q = int(quarter)
        return f"{year}-{3 * q - 2:02d}", f"{year}-{3 * q:02d}", False
    if m.group("part"):
        first, last = _PARTS[m.group("part")]
        return f"{year}-{first:02d}", f"{year}-{last:02d}", True
    return year, year, False


def _spans(low: str, starts: bool = True) -> list[_Span]:
    """Every date range in the text: a point, optionally joined to further points by '-', '/', 't/m', ...
    With `starts` False, "start in 2025" is a moment, not an open begin (in a sentence, what starts then)."""
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
        if stop != m.end() and _FROM_SCHOOL_YEAR.search(before) and low[m.end():stop].lstrip()[:1] == "/":
            span.end, span.qualifier = None, "not_before"  # "vanaf schooljaar 2027/2028": from then on
        if stop == m.end():  # a single point: its meaning may be shifted by the words before it
            for pattern, meaning in _BEFORE:
                if pattern.search(before) and (starts or meaning != "start"):
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
                elif _ONWARD_AFTER.match(low, stop):
                    span.end, span.qualifier = None, "ongoing"
                elif m.group("part") == "start" and starts:
                    span.start, span.end, span.approximate = m.group("year"), None, False  # "start 2027"
                elif m.group("part") in ("eind", "einde", "eind van"):
                    span.start = None  # "eind 2026" on its own: done by then, like "uiterlijk eind 2026"
                    span.qualifier = "deadline"
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


_DURATION = r"(\d{1,3}(?:[.,]5)?)\s*(jaar|jaren|maand|maanden|kwartaal|kwartalen|week|weken)"
DURATION = re.compile(rf"(?i)^{_DURATION}$")
"""A duration: '3 jaar', '18 maanden', '6 weken'."""
_UNIT_MONTHS = {"jaar": 12, "jaren": 12, "maand": 1, "maanden": 1, "kwartaal": 3, "kwartalen": 3}
_FOR_DURATION = re.compile(rf"(?i)^({_DURATION})\s+(?:vanaf|per|met\s+ingang\s+van|startend\s+in|"
                           r"te\s+beginnen\s+in)\s+(\S.*)$")
"""A duration from a start: '3 jaar vanaf 2027', '18 maanden vanaf januari 2029'."""


def last_year(begun: Period | None, duration: str) -> int | None:
    """The year the last month of `duration` ('3 jaar') falls in, counted from the first month of the period
    `begun` ('januari 2029' + '18 maanden' -> 2030); None when either is unread."""
    m = DURATION.match(" ".join(duration.split()))
    if begun is None or begun.start_year is None or m is None:
        return None
    amount = float(m.group(1).replace(",", "."))
    months = round(amount * _UNIT_MONTHS.get(m.group(2).lower(), 0)) or max(1, round(amount / 4.3))  # weeks
    first = int(begun.start[5:7]) if begun.start and len(begun.start) >= 7 else 1
    return begun.start_year + (first - 1 + months - 1) // 12


# A spreadsheet's month and two-digit year: "mrt-27", "jan-28", "okt/27".
_MONTH_YEAR = re.compile(r"(?i)\b(jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?[-/](\d{2})\b")
# A date a planning replaced, in parentheses after the new one: "(was: 1 oktober 2026)", "(uitgesteld; was
# 2027)", "(oorspronkelijk 2026)".
_FORMER = re.compile(r"(?i)\([^()]*\b(?:was|waren|oorspronkelijk|eerder|voorheen|oud)\b\s*:?\s*[^()]*\)")


def parse_period(text: str) -> Period | None:
    """The period a planning cell or phrase states; None when it states none. Blank lines in `text` separate
    the paragraphs of a cell, which are read as its phases."""
    if not text or not text.strip():
        return None
    original = re.sub(r"\s+", " ", text).strip()
    lasting = _FOR_DURATION.match(original)
    begun = lasting.group(4) if lasting else ""
    end = last_year(parse_period(begun), lasting.group(1)) if lasting else None
    if end is not None:  # '3 jaar vanaf 2027': from 2027 to the end of 2029
        period = parse_period(f"{begun} - {end}")
        if period is not None:
            period.text = original
            return period
    # '1 maart 2027 (was: 1 oktober 2026)': the new date counts; 'mrt-27' (a spreadsheet's month-year) is 2027
    flat = normalize(_MONTH_YEAR.sub(lambda m: f"{m.group(1)} 20{m.group(2)}", _FORMER.sub(" ", text)))
    low = flat.lower()
    spans = _spans(low)
    if not spans:
        for pattern, qualifier in _KEYWORDS:
            if pattern.search(low):
                return Period(text=original, qualifier=qualifier)
        return None
    period = _combined(original, spans)
    if (len(spans) == 1 and period.start_year is not None and period.start_year == period.end_year
            and _RUNS_ON.match(low[spans[0].end_pos:])):  # "2026 – doorlopend": a start, then ongoing
        period.end_year, period.end, period.qualifier = None, None, "ongoing"
    if period.start_year is not None and _THEN_RECURRING.search(low[spans[-1].end_pos:]):
        period.end_year, period.end, period.qualifier = None, None, "ongoing"
    period.phases = _paragraph_phases(text)
    if not period.phases and len(spans) > 1:
        for label, span in zip(_labels(flat, spans), spans, strict=True):
            period.phases.append(_period(label or flat[span.pos:span.end_pos], span))
    if period.end is None and period.qualifier is None:
        for pattern, qualifier in _KEYWORDS[:2]:
            if pattern.search(low):
                period.qualifier = qualifier
    return period


def as_deadline(period: Period | None) -> Period | None:
    """A single moment under a header that asks when a thing is ready ("Gereed": 2028, Q2 2028) is its
    deadline, with no begin (ONTOLOGY-NOTES: "Uiterlijk 2028"); a span, an open start or phases stay."""
    if period is None or period.phases or period.start_year is None or period.start_year != period.end_year:
        return period
    if period.qualifier not in (None, "approximate"):
        return period
    return Period(text=period.text, end_year=period.end_year, end=period.end, qualifier="deadline")


# --- date phrases in running text (letters) -------------------------------------------------------------

_PATTERN_FILE = files("ingest") / "patterns" / "date_phrases.jsonl"
# A relative phrase followed by a year is an absolute one ("het voorjaar van 2027"), read by _spans.
_YEAR_AFTER = r"(?!\s+(?:van\s+)?(?:\d{1,2}\s+)?20\d\d)"
_MONTH_ONLY = re.compile(rf"\b(?:(?P<day>\d{{1,2}})\s+|"
                         rf"(?P<lead>in|vóór|voor|per|eind|begin|medio|uiterlijk)\s+)"
                         rf"(?P<month>{_alt([m for m in _MONTHS if len(m) > 3])})\b{_YEAR_AFTER}")
# Words that belong to a date phrase when they stand just before it ("uiterlijk in", "naar verwachting per").
_LEAD_WORDS = {"in", "vóór", "voor", "uiterlijk", "per", "vanaf", "na", "tot", "met", "rond", "circa",
               "omstreeks", "medio", "de", "het", "periode", "ingang", "van", "niet", "later", "dan",
               "eerder", "tussen", "gedurende", "t/m", "ten", "minste", "minimaal", "jaren", "jaar"}


_GONE = re.compile(r"\s*(?:jl\.?|j\.l\.|jongstleden|afgelopen)(?!\w)")
_HORIZON = re.compile(r"\b(?:richting|op weg naar|in aanloop naar|naar|horizon)\s*$")


@dataclass
class DatePhrase:
    start: int            # character offsets in the text given
    end: int
    period: Period
    until: bool = False   # "tot 2030": the end of ongoing work, not a moment something is done


@lru_cache(maxsize=1)
def _relative_lexicon() -> list[tuple[re.Pattern[str], str]]:
    lines = _PATTERN_FILE.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [(re.compile(rf"\b(?:{r['phrase']})\b{_YEAR_AFTER}"), r["means"]) for r in rows if "phrase" in r]


def _next_year(ref: str, month: int) -> int:
    """The year in which `month` comes next, seen from the date `ref` ("2026-11-02", month 5 -> 2027)."""
    year = int(ref[:4])
    ref_month = int(ref[5:7]) if len(ref) >= 7 else 1
    return year if ref_month <= month else year + 1


def _prev_year(ref: str, month: int) -> int:
    """The year in which `month` last began, seen from the date `ref` ("2026-02-10", month 3 -> 2025)."""
    year = int(ref[:4])
    ref_month = int(ref[5:7]) if len(ref) >= 7 else 12
    return year if ref_month >= month else year - 1


def _absolute(template: str, m: re.Match[str], ref: str) -> str:
    year = int(ref[:4])
    out = re.sub(r"\{Y([+-]\d)\}", lambda n: str(year + int(n.group(1))), template).replace("{Y}", str(year))
    out = re.sub(r"\{NEXT:(\d+)\}", lambda n: str(_next_year(ref, int(n.group(1)))), out)
    out = re.sub(r"\{PREV:(\d+)\}", lambda n: str(_prev_year(ref, int(n.group(1)))), out)
    return re.sub(r"\{(\d)\}", lambda g: m.group(int(g.group(1))) or "", out)


def _relative(low: str, ref: str) -> list[tuple[int, int, str]]:
    """Relative phrases ("dit najaar", "vóór 1 juni", "volgend jaar") with the absolute wording they mean."""
    found: list[tuple[int, int, str]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < fe and fs < e for fs, fe, _ in found)

    for pattern, means in _relative_lexicon():
        for m in pattern.finditer(low):
            if free(m.start(), m.end()):
                found.append((m.start(), m.end(), _absolute(means, m, ref)))
    for m in _MONTH_ONLY.finditer(low):
        month = _MONTHS[m.group("month")]
        past = _GONE.match(low, m.end())  # "17 maart jl.": the last March, not the next
        if free(m.start(), m.end()):
            year = _prev_year(ref, month) if past else _next_year(ref, month)
            end = m.end() + (len(past.group(0)) if past else 0)
            found.append((m.start(), end, f"{m.group(0)} {year}"))
    return sorted(found)


def _phrase_start(low: str, pos: int) -> int:
    """Extend a date back over the words that introduce it ("uiterlijk in", "naar verwachting per")."""
    start = pos
    for _ in range(4):
        m = re.search(r"(\S+)\s+$", low[:start])
        if not m or m.group(1) not in _LEAD_WORDS:
            break
        start = m.start(1)
    m = re.search(r"naar\s+verwachting\s+$", low[:start])
    return m.start() if m else start


def date_phrases(text: str, ref: str | None = None) -> list[DatePhrase]:
    """Every date phrase in a sentence, each with its period. `ref` is the writing date ("2026-03-12" or
    "2026"): phrases relative to it ("dit najaar", "volgend jaar", "na de zomer", "vóór 1 juni") are read
    against it, and skipped without it."""
    low = text.lower()
    out: list[DatePhrase] = []
    masked = low
    for s, e, means in _relative(low, ref) if ref else []:
        start = _phrase_start(low, s)
        # read with its lead words: "vóór" + "1 juni 2026" is a deadline
        spans = _spans(low[start:s] + means, starts=False)
        if spans:
            out.append(DatePhrase(start, e, _combined(text[start:e], spans)))
            masked = masked[:s] + " " * (e - s) + masked[e:]
    for span in _spans(masked, starts=False):
        start = _phrase_start(low, span.pos)
        # "tot 2030" ends ongoing work and "richting 2050" is a horizon: neither is when something is done
        until = (span.start is None and span.qualifier != "deadline") or bool(_HORIZON.search(low[:span.pos]))
        out.append(DatePhrase(start, span.end_pos, _period(text[start:span.end_pos], span), until))
    return sorted(out, key=lambda d: d.start)


def is_past(period: Period, ref: str | None) -> bool:
    """True when the whole period lies before the date `ref` (compared at the precision both state)."""
    last = period.end or period.start
    if not ref or not last:
        return False
    n = min(len(last), len(ref))
    return last[:n] < ref[:n]


def span_of(periods: list[Period]) -> Period | None:
    """One period over several: the earliest begin to the latest end, in the words of each."""
    if not periods:
        return None
    if len(periods) == 1:
        return periods[0]
    starts = [p.start for p in periods if p.start]
    ends = [p.end for p in periods if p.end]
    start, end = (min(starts) if starts else None), (max(ends) if ends else None)
    return Period(text=" / ".join(p.text for p in periods), start_year=_year(start), end_year=_year(end),
                  start=start, end=end, qualifier=next((p.qualifier for p in periods if p.qualifier), None))
