"""Uitvoeringsafspraken: 'Uitvoeringsafspraak X: title' blocks with signatories, roles, period and links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ingest.dependencies import find_dependencies, split_sentences
from ingest.model import Action, ActorRef, ParsedDocument, Period, Role, Source
from ingest.periods import parse_period

_HEADING = re.compile(r"^\s*Uitvoeringsafspraak\s+([A-Z])\s*:\s*(.*?)\s*$")
_PARTIES = re.compile(r"^\s*Gemeenschappelijke\b.*afspraak\s+van\s*:?\s*$", re.I)
_SECTION = re.compile(r"^\s*(\d{1,2}\.\d{1,2})\s+(\S.*?)\s*$")
_CHAPTER = re.compile(r"^\s*\d{1,2}\s*[A-Z][a-z]+\s*$")
_PLANNING = re.compile(r"^\s*Planning(?:\s+\w+)?\s*:\s*(.*)$", re.I)
_BULLET = re.compile(r"^\s*[•\-–]\s*")
_FOOTNOTE_MARK = re.compile(r"(?<=[)a-zA-Z])\d{1,2}\s*$")
# "samen met", "i.s.m." etc. split the subject (leads) from the co-operating parties in a running sentence.
_WITH = re.compile(r"\b(?:samen met|i\.s\.m\.|in samenwerking met|met steun|"
                   r"met (?:inhoudelijke )?ondersteuning|met betrokkenheid)\b", re.I)
_DOING = re.compile(r"\b(?:onderzoeken|starten|ontwikkelen|werken|voeren|stellen|nemen|maken|bereiden|"
                    r"zorgen|gaan|zullen|trekken)\b", re.I)


@dataclass
class _Line:
    page: int
    start: int      # offset of the line in its page text
    text: str


def _lines(doc: ParsedDocument) -> list[_Line]:
    out: list[_Line] = []
    for page in doc.pages:
        pos = 0
        for raw in page.text.split("\n"):
            out.append(_Line(page.number, pos, raw))
            pos += len(raw) + 1
        out.append(_Line(page.number, pos, ""))  # a page break ends a paragraph
    return out


def _is_heading(lines: list[_Line], i: int) -> bool:
    """A title-like line opening a paragraph: short, capitalised, no comma or closing punctuation, after a
    finished sentence and followed by running text (not a wrapped sentence or a bullet)."""
    text = lines[i].text.strip()
    prev_blank = i == 0 or not lines[i - 1].text.strip() or lines[i - 1].page != lines[i].page
    if not text or not prev_blank or _BULLET.match(text) or _PLANNING.match(text):
        return False
    if _SECTION.match(text) or _CHAPTER.match(text) or _HEADING.match(text):
        return True
    if len(text) > 80 or "," in text or not text[0].isupper() or text[-1] in ".:;,?!)":
        return False
    prev = next((ln.text.strip() for ln in reversed(lines[:i]) if ln.text.strip()), "")
    unfinished = prev and prev[-1] not in ".:;!?)’'\"" and not _BULLET.match(prev)
    if unfinished and lines[i - 1].page == lines[i].page:
        return False  # the previous sentence is not finished: this line continues it
    nxt = next((ln.text.strip() for ln in lines[i + 1:i + 3] if ln.text.strip()), "")
    return bool(nxt) and not _BULLET.match(nxt) and not nxt[0].islower()


def _theme(lines: list[_Line], i: int) -> str | None:
    for j in range(i, -1, -1):
        m = _SECTION.match(lines[j].text)
        if m and not _BULLET.match(lines[j].text):
            title = m.group(2)
            nxt = lines[j + 1].text.strip() if j + 1 < len(lines) else ""
            if nxt and len(nxt.split()) <= 3 and not nxt.endswith("."):
                title += " " + nxt  # a wrapped section title ("... van Amsterdam en" / "Zaanstad")
            return f"{m.group(1)} {' '.join(title.split())}"
    return None


def _period(text: str) -> Period | None:
    return parse_period(text)


def _planning(desc_lines: list[str]) -> tuple[str, list[str]]:
    """The 'Planning (project):' block: its full text and one string per bullet (wrapped lines joined)."""
    for k, line in enumerate(desc_lines):
        m = _PLANNING.match(line)
        if m and m.group(1).strip():  # "Planning: 2026-2028" on one line
            return m.group(1).strip(), [m.group(1).strip()]
        if m:
            bullets: list[str] = []
            for nxt in desc_lines[k + 1:]:
                if _BULLET.match(nxt):
                    bullets.append(_BULLET.sub("", nxt).strip())
                elif nxt.strip() and bullets and not nxt.strip().endswith(":"):
                    bullets[-1] += " " + nxt.strip()
                elif nxt.strip().endswith(":") or (not nxt.strip() and bullets and len(bullets) > 0
                                                   and not any(_BULLET.match(x) for x in desc_lines[k + 1:][
                                                       len(bullets) + 1:len(bullets) + 3])):
                    break
            return "\n".join(bullets), bullets
    return "", []


def _combine(text: str, phases: list[Period]) -> Period:
    """One period spanning its phases (earliest start, latest end); the phases are kept."""
    starts = [p for p in phases if p.start_year is not None]
    ends = [p for p in phases if (p.end_year or p.start_year) is not None]
    first = min(starts, key=lambda p: p.start_year or 0) if starts else None
    last = max(ends, key=lambda p: p.end_year or p.start_year or 0) if ends else None
    return Period(text=text, start_year=first.start_year if first else None,
                  end_year=(last.end_year or last.start_year) if last else None,
                  start=first.start if first else None, end=(last.end or last.start) if last else None,
                  qualifier="exact", phases=phases if len(phases) > 1 else [])


def _agreement_period(description: str, desc_lines: list[str], parties: list[ActorRef],
                      resolver: Any) -> tuple[Period | None, list[str]]:
    """Planning block first (each bullet a phase); else the years of a sentence about the parties' own
    commitment ('Deze partijen spreken af in 2025 en 2026 ...'), flagged period_ambiguous."""
    text, bullets = _planning(desc_lines)
    if bullets:
        phases = [p for p in (_period(b) for b in bullets) if p is not None and p.start_year is not None]
        if phases:
            return _combine("; ".join(bullets), phases), []
    line = _years_line(description, parties, resolver)
    period = _period(line) if line else None
    if period is not None:
        return period, ["period_ambiguous"]  # years in running text may describe something else
    return None, []


def _years_line(description: str, parties: list[ActorRef], resolver: Any) -> str:
    """The first sentence with years about the signatories ('Deze partijen spreken af in 2025 ...')."""
    keys = {p.key for p in parties}
    for s, e in split_sentences(description):
        sentence = " ".join(description[s:e].split())
        money = re.search(r"\b(?:kosten|euro|miljoen)\b|€", sentence, re.I)
        if money or not re.search(r"\b20\d\d\b", sentence):
            continue
        if re.search(r"\b(?:partijen|spreken af|afspraak)\b", sentence, re.I) or \
                any(r.key in keys for r in resolver.find(sentence)):
            return sentence
    return ""


def _parties(block: list[str], resolver: Any) -> list[tuple[ActorRef, str | None]]:
    out: list[tuple[ActorRef, str | None]] = []
    seen: set[str] = set()
    for item in block:
        item = _FOOTNOTE_MARK.sub("", item.strip())
        for ref, role in resolver.resolve_cell_with_roles(item):
            if ref.key not in seen:
                seen.add(ref.key)
                out.append((ref, role))
    return out


def _text_leads(description: str, parties: list[ActorRef], resolver: Any) -> list[str]:
    """Signatories named as the acting subject ('onderzoeken gemeente Amsterdam en Port of Amsterdam, samen
    met ...') in the description: the parties named before 'samen met'/'i.s.m.' in such a sentence."""
    keys = {p.key for p in parties}
    for s, e in split_sentences(description):
        sentence = " ".join(description[s:e].split())
        m = _WITH.search(sentence)
        if not m or not _DOING.search(sentence):
            continue
        before = [r.key for r in resolver.find(sentence[:m.start()]) if r.key in keys]
        if before:
            return before
    return []


def _roles(parties: list[tuple[ActorRef, str | None]], description: str, resolver: Any) -> list[Role]:
    """Role rule: initiatiefnemer -> lead, opdrachtgever -> commissioner, betrokken -> involved, inhoudelijke
    ondersteuning -> support, no role word -> partner. When no party is marked initiatiefnemer, the parties
    the description names as acting subject are the leads; failing that every unmarked signatory leads
    (they sign the agreement together), with confidence 0.6."""
    has_lead = any(role == "lead" for _, role in parties)
    text_leads = [] if has_lead else _text_leads(description, [p for p, _ in parties], resolver)
    roles: list[Role] = []
    for ref, role in parties:
        if role:
            roles.append(Role(ref, role))
        elif has_lead:
            roles.append(Role(ref, "partner"))
        elif text_leads:
            roles.append(Role(ref, "lead" if ref.key in text_leads else "partner", 0.8))
        else:
            roles.append(Role(ref, "lead", 0.6))
    return roles


def extract_agreements(doc: ParsedDocument, resolver: Any) -> list[Action]:
    """Every 'Uitvoeringsafspraak X: title' heading followed by a 'Gemeenschappelijke (uitvoerings)afspraak
    van:' party list becomes an Action(kind='agreement', code='UA X'); the description runs to the next
    heading, the quote is the heading plus the party list as printed on the page."""
    lines = _lines(doc)
    actions: list[Action] = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        m = _HEADING.match(line.text)
        if not m:
            continue
        title_parts, j = [line.text.strip()], i + 1
        while j < len(lines) and j < i + 4 and not _PARTIES.match(lines[j].text):
            if lines[j].text.strip():
                title_parts.append(lines[j].text.strip())
            j += 1
        if j >= len(lines) or not _PARTIES.match(lines[j].text):
            continue  # a mention of the agreement in running text, not its block
        code = f"UA {m.group(1)}"
        if code in seen:
            continue
        seen.add(code)
        block, last = _party_block(lines, j + 1)
        k = last + 1
        desc_lines: list[str] = []
        d = k
        while d < len(lines):
            if d > k and lines[d].text.strip() and _is_heading(lines, d):
                break
            desc_lines.append(lines[d].text)
            d += 1
        description = "\n".join(desc_lines).strip()
        title = " ".join(" ".join(title_parts).split())
        parties = _parties(block, resolver)
        period, flags = _agreement_period(description, desc_lines, [p for p, _ in parties], resolver)
        quote = _quote(doc, lines, i, last)
        action = Action(
            code=code, title=title, kind="agreement", description=description, theme=_theme(lines, i),
            roles=_roles(parties, description, resolver), period=period,
            dependencies=find_dependencies(description, code), source=Source(line.page, quote), flags=flags,
        )
        actions.append(action)
    return actions


def _party_block(lines: list[_Line], k: int) -> tuple[list[str], int]:
    """The bullet items after 'afspraak van:' (wrapped items joined) and the index of the last line."""
    block: list[str] = []
    last = k - 1
    while k < len(lines):
        text = lines[k].text
        if _BULLET.match(text):
            block.append(_BULLET.sub("", text).strip())
            last = k
        elif text.strip():
            if not block or not lines[k - 1].text.strip():
                break  # first non-bullet paragraph: the description starts
            block[-1] += " " + text.strip()
            last = k
        elif block and not any(_BULLET.match(x.text) for x in lines[k + 1:k + 2]):
            break
        k += 1
    return block, last


def _quote(doc: ParsedDocument, lines: list[_Line], first: int, last: int) -> str:
    """Heading through the last party, verbatim from the heading's page (cut at a page break)."""
    page_no = lines[first].page
    text = next(p.text for p in doc.pages if p.number == page_no)
    end_line = max((k for k in range(first, last + 1) if lines[k].page == page_no), default=first)
    start = lines[first].start + (len(lines[first].text) - len(lines[first].text.lstrip()))
    end = lines[end_line].start + len(lines[end_line].text.rstrip())
    return text[start:end]
