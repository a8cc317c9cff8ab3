"""Actions written as blocks of label lines ("Wie: ...", "Wanneer: ...", "Trekker: ...", "Planning: ..."),
read as the rows of one table whose columns are the labels' meanings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.actor_text import with_aliases
from ingest.dependencies import split_sentences
from ingest.headers import exact_meaning, is_due, meaning
from ingest.model import Page, Table, TableRow
from ingest.periods import parse_period
from ingest.tables_layout import ends_sentence

# One printed column name per meaning, so the rows read like any other table.
COLUMN = {"code": "Nr.", "what": "Actie", "description": "Omschrijving", "lead": "Trekker",
          "partners": "Partners", "involved": "Betrokken", "commissioner": "Opdrachtgever",
          "support": "Ondersteuning", "when": "Planning", "theme": "Thema", "dependency": "Afhankelijkheden"}
_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?([A-Za-zÀ-ÿ][\w .'/&-]{0,34}?)\s*:\s*(.*)$")
# "Actie 3: titel", "Maatregel KA 2 - titel", "3. titel", "M4 titel": what opens a block, with its code.
# The words that name an action before its code ("Actie 3", "Maatregel 2.1").
_ACTION_WORD = r"(?:actie|maatregel|project(?:fiche|blad|kaart)?|activiteit|actiepunt|opgave|fiche)"
_OPENER = re.compile(rf"^\s*(?:#+\s*)?(?:{_ACTION_WORD}\s+)?"
                     r"((?-i:[A-Z]{0,4})[ -]?\d{1,3}(?:\.\d{1,3})*[a-zA-Z]?"
                     r"|(?-i:[A-Z]\.\d{1,2}|[A-Z](?=[.)]\s)|[IVX]{1,4}\.[a-z](?=\s)))"  # "A.1", "A.", "II.b"
                     r"(?:\s*\([^()]{1,80}\)(?=\s*:))?"  # "Actiepunt 3 (doorgeschoven uit ...): ..."
                     r"\s*(?:[:.)–—-]\s*|\s+)(\S.{2,200})$",
                     re.I)
# A heading of a word and a code alone ("PROJECTFORMULIER ZB-1", "Actie 3"): the labels give the title.
_CODE_ONLY = re.compile(r"^\s*(?:#+\s*)?[A-Za-zÀ-ÿ]{3,20}\s+"
                        r"((?-i:[A-Z]{0,4})[ -]?\d{1,3}(?:\.\d{1,3})*[a-z]?)\s*[:.]?\s*$", re.I)
# A heading that opens with its code, or with a word for an action and its code ("Actie 2.3 Titel").
_CODE_FIRST = re.compile(rf"^(?:{_ACTION_WORD}\s+)?(?:(?-i:[A-Z]{{0,4}})[ -]?\d|(?-i:[A-Z])[.)](?:\d|\s))",
                         re.I)  # not "Ruim 3.000"; "A. Titel", "A.1 Titel"
_MARKUP = re.compile(r"\*\*|__")  # Markdown bold around a label ("**Wie:**")
# A letter's head ("Aan: de raad", "Betreft: ..."): its label lines are no action.
_LETTERHEAD = re.compile(r"(?i)^\s*(?:aan|van|betreft|ons kenmerk|uw kenmerk|uw brief van|t\.a\.v\.|"
                         r"portefeuillehouder|raadsvergadering|registratienummer|zaaknummer)\s*:")
_START = re.compile(r"(?i)^(?:start|startdatum|begin|aanvang|start in|vanaf)$")  # a date label of a begin
_WHO = {"lead", "partners", "involved", "commissioner", "support"}
# A status that takes an action back ("Status: ingetrokken op 12-10-2026", "Status: vervallen").
_PARKED = re.compile(r"(?i)^\s*(?:[-•*]\s*)?(?:geparkeerd|on\s+hold|aangehouden|vervallen|geschrapt|"
                     r"ingetrokken|niet\s+gepland)\s*:")
_WITHDRAWN = re.compile(r"(?i)^\s*status\s*:\s*(?:ingetrokken|vervallen|geschrapt|komt te vervallen|"
                        r"gaat niet door|stopgezet|geannuleerd)\b")


@dataclass
class _Record:
    page: int
    start: int                        # index of its first label line in the document's lines
    end: int = -1                     # index of its last line
    fields: dict[str, list[str]] = field(default_factory=dict)
    last: str | None = None
    lead_label: str = ""              # the label its lead was given under ("Eigenaar")
    began: str | None = None          # the value under its start-date label ("Startdatum: 01-04-2027")
    withdrawn: bool = False           # "Status: ingetrokken": it does not go ahead


def _lines(pages: list[Page]) -> list[tuple[int, str]]:
    return [(p.number, line) for p in pages for line in p.text.split("\n")]


def _label(line: str) -> tuple[str, str] | None:
    m = _LABEL.match(_MARKUP.sub("", line))
    if not m:
        return None
    name = m.group(1).strip()
    if _OPENER.match(line) and re.search(r"\d", name):
        return None  # "Actie 3: titel" opens a block, it is no label
    found = meaning(name)
    return (found, m.group(2).strip()) if found and found != "other" else None


# An inline label inside a paragraph: "... onder de N317. Trekker: gemeente Doetinchem; in samenwerking ...".
_INLINE_LABEL = re.compile(r"(?:(?<=[.;])|(?<=[.;][\"”’)]))\s+([A-Z](?:[\w '/&-]|\.(?!\s)){0,34}?)\s*:\s")
_ROLE_ENDS = {"met", "van", "door", "i.s.m.", "ism"}


def _paragraphs(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    out: list[list[tuple[int, str]]] = [[]]
    for page, line in lines:
        if line.strip():
            out[-1].append((page, line))
        elif out[-1]:
            out.append([])
    return [para for para in out if para]


def _segment_line(segment: str) -> str | None:
    """One ';'-separated part of an inline label run as a label line: 'Trekker: X' stays, 'in samenwerking
    met X' becomes 'Partners: X', a part that states a period ('uitvoering in 2027', 'doorlopend') becomes
    'Planning: ...'."""
    segment = segment.strip().rstrip(".").strip()
    if not segment:
        return None
    if _label(segment):
        return segment
    words = segment.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        found = meaning(" ".join(words[:n]))
        # A role phrase ends in its preposition ('in samenwerking met', 'met betrokkenheid van'): the name
        # after it may start with a word the phrase lookup also takes ('gemeente').
        if found in _WHO and words[n - 1].lower() in _ROLE_ENDS:
            return f"{COLUMN[found]}: {' '.join(words[n:])}"
        if found == "when":
            return f"{COLUMN['when']}: {segment}"
        if found == "dependency":  # 'volgt op 3.4', 'afhankelijk van 2.1': the part as the label's value
            return f"{COLUMN['dependency']}: {segment}"
    if parse_period(segment) is not None:
        return f"{COLUMN['when']}: {segment}"
    return None


def _unfold_inline(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Paragraphs that open with an action's code and carry its roles inline ("Actie 1 — Titel. Wat er
    gebeurt. Trekker: X; in samenwerking met Y; looptijd 2026-2028.") as the label lines the block reader
    reads: the opening line, 'Omschrijving: ...', then one label line per ';'-separated part. Every other
    line is returned as it is."""
    out: list[tuple[int, str]] = []
    for para in _paragraphs(lines):
        text = " ".join(line.strip() for _, line in para)
        opener = _OPENER.match(para[0][1].strip())  # the paragraph's text starts with its first line's
        labels = [m for m in _INLINE_LABEL.finditer(text) if meaning(m.group(1).strip()) in _WHO]
        # A block whose labels open lines ("Actie 1: Titel.\nWie: X\nWanneer: 2026") is read as it is.
        if opener is None or not labels or any(_label(line) for _, line in para[1:]):
            out += para + [(para[-1][0], "")]
            continue
        page = para[0][0]
        body = text[opener.start(2):labels[0].start()].strip()
        first = (split_sentences(body) or [(0, len(body))])[0]
        title, description = body[first[0]:first[1]], body[first[1]:].strip()
        out.append((page, f"{text[:opener.start(2)].strip()} {title.rstrip('.')}"))
        if description:
            out.append((page, f"{COLUMN['description']}: {description}"))
        parts = _LABEL_BREAK.split(text[labels[0].start():])  # '...; met X' and '... Trekker: X. Met: Y.'
        out += [(page, line) for line in map(_segment_line, parts) if line]
        out.append((page, ""))
    return out


# Where an inline label's value ends: at a ';' or at the full stop before the next label ('Trekker: X. Met:').
_LABEL_BREAK = re.compile(r";|(?<=[\w)])\.\s+(?=[A-Z][\w .'/&-]{0,34}?:\s)")


def _items_apart(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Numbered items one per line, each with its inline labels ('2. Titel. Trekker: X. Met: Y.'), as
    paragraphs of their own."""
    out: list[tuple[int, str]] = []
    for page, line in lines:
        if out and out[-1][1].strip() and _OPENER.match(line.strip()) and any(
                meaning(m.group(1).strip()) in _WHO for m in _INLINE_LABEL.finditer(line)):
            out.append((page, ""))
        out.append((page, line))
    return out


# "3. Beheerplan opstellen (trekker: WSHD; met: Staatsbosbeheer; gereed: Q3 2027)": roles in parentheses.
_PARENTHESISED = re.compile(r"^(?P<head>.+?)\s*\((?P<inner>[^()]*:[^()]*)\)\s*[.;]?$")


def _parenthesised(line: str) -> bool:
    """An action on one line with its roles in parentheses at its end ('3. Titel (trekker: X; 2027).')."""
    m = _PARENTHESISED.match(line.strip())
    parts = filter(None, map(_segment_line, m.group("inner").split(";"))) if m else []
    return m is not None and line.count("(") == 1 and any((_label(p) or ("", ""))[0] in _WHO for p in parts)


def _unfold_parenthesised(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """List items that open with their code and end with their roles in parentheses, wrapped or not, as the
    label lines the block reader reads: the opening line, then one label line per ';'-separated part."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        page, line = lines[k]
        end = k + 1
        opener = _OPENER.match(line.strip())
        # (a long title keeps its opener from matching; a line that holds the whole item is one all the same)
        opens = opener or _CODE_FIRST.match(line.strip()) and _parenthesised(line)
        if opener:
            while end < len(lines) and lines[end][1].strip() and not _OPENER.match(lines[end][1].strip()) \
                    and not lines[end][1].lstrip().startswith("#") and lines[k][1].count("(") <= 1:
                end += 1
        text = " ".join(ln.strip() for _, ln in lines[k:end])
        m = _PARENTHESISED.match(text) if opens else None
        parts = [p for p in (_segment_line(x) for x in m.group("inner").split(";")) if p] if m else []
        if m is None or not any((_label(p) or ("", ""))[0] in _WHO for p in parts):
            out.append((page, line))
            k += 1
            continue
        out += [(page, m.group("head").strip())] + [(page, p) for p in parts] + [(page, "")]
        k = end
    return out


# "... koel. Actie 3.1: Hittekaart (trekker: gemeente Dordrecht; partners: GGD; 2027). Actie 3.2: ...":
# actions written in running text, each with its roles in parentheses, several in one paragraph.
_PROSE_ACTION = re.compile(rf"(?:^|(?<=[.!?])[ \t\n]+)((?i:{_ACTION_WORD})[ \t]+"
                           r"(?:[A-Z]{0,4}[ -]?)?\d{1,3}(?:\.\d{1,3})*[a-z]?[ \t]*[:.–—-][ \t]+"
                           r"[^()]{3,200}?\s*\([^()]*:[^()]*\))\s*[.;]?", re.M)


def _prose_actions(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A paragraph holding actions with their roles in parentheses ('Actie 3.1: titel (trekker: X; partners:
    Y; 2027).') mid-sentence: each such action on a line of its own between blank lines, for the reader of
    parenthesised roles; the paragraph's other words stay as they were, line by line."""
    out: list[tuple[int, str]] = []
    for para in _paragraphs(lines):
        text = "\n".join(line for _, line in para)
        page = para[0][0]
        found = [m for m in _PROSE_ACTION.finditer(text) if _parenthesised(" ".join(m.group(1).split()))]
        if not found:
            out += para + [(para[-1][0], "")]
            continue
        at = 0
        for m in found:
            out += [(page, line) for line in text[at:m.start(1)].split("\n") if line.strip()]
            out += [(page, ""), (page, " ".join(m.group(1).split()) + "."), (page, "")]
            at = m.end()
        out += [(page, line) for line in text[at:].split("\n") if line.strip()] + [(page, "")]
    return out


# Roles stated in sentences under an action's heading (a projectenboek): each pattern gives label lines.
_THIS = r"(?:dit|deze|het)\s+(?:project|actie|maatregel|onderdeel)"
_PROSE_ROLES = [  # each names its parties in groups called after the label they become
    re.compile(rf"^(?P<lead>.+?)\s+(?:is|zijn)\s+(?:de\s+)?trekkers?(?:\s+van\s+{_THIS})?[.;]?$", re.I),
    # (a party's name before 'trekt', not a clause: 'hoe ver het zoute water de polder in trekt')
    re.compile(rf"^(?!.*\b(?:wordt|worden|hoe|waar|dat|die|of)\b)(?P<lead>.{{2,70}}?)\s+trek(?:t|ken)"
               rf"(?:\s+{_THIS})?(?:,?\s+samen\s+met\s+(?P<partners>.+?))?[.;]?$", re.I),
    # "(dat) Waterschap X dit project trekt": the verb at the end of a clause
    re.compile(rf"^(?!.*\b(?:hoe|waar|die|of)\b)(?P<lead>[A-Z].{{1,70}}?)\s+{_THIS}\s+trek(?:t|ken)[.;]?$"),
    re.compile(r"^(?P<lead>.+?)\s+is\s+(?:de\s+)?trekker\s+en\s+(?P<partners>.+?)\s+doe(?:t|n)\s+mee[.;]?$",
               re.I),
    re.compile(r"^(?P<commissioner>.+?)\s+(?:is|zijn)\s+(?:de\s+)?opdrachtgevers?\b[^.;]*[.;]?$", re.I),
    # "De Walgemeenten stellen samen een plan op, met Steenbergen als trekker": the subject works with it
    re.compile(r"^(?P<partners>(?:[Dd]e\s+|[Hh]et\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+[a-z]\w*\s.*?"
               r"\bmet\s+(?P<lead>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+als\s+trekker\b[^.;]*[.;]?$"),
    re.compile(rf"^(?P<lead>.+?)\s+voer(?:t|en)\s+{_THIS}\s+uit(?:\s+in\s+opdracht\s+van\s+"
               rf"(?P<commissioner>.+?))?[.;]?$", re.I),
    re.compile(rf"^{_THIS}\s+wordt\s+uitgevoerd\s+door\s+(?P<lead>.+?)(?:,?\s+in\s+opdracht\s+van\s+"
               rf"(?P<commissioner>.+?))?(?:,\s+die\b.*)?[.;]?$", re.I),
    re.compile(r"^(?:de\s+)?partners?\s+(?:zijn|is)\s+(?P<partners>.+?)[.;]?$", re.I),
    re.compile(r"^(?P<partners>.+?)\s+(?:zijn|is)\s+(?:de\s+)?partners?\b[^.;]*[.;]?$", re.I),
    re.compile(rf"^(?P<involved>.+?)\s+(?:is|zijn)\s+(?:bij\s+{_THIS}\s+|daarbij\s+|hierbij\s+)?betrokken\b"
               r"[^.;]*[.;]?$", re.I),
    # "dit project voert X uit in opdracht van Y", "dit project maakt X in opdracht van Y": the doer after it
    re.compile(rf"^{_THIS}\s+(?:voer(?:t|en)|ma(?:akt|ken)|stel(?:t|len))\s+(?P<lead>.+?)(?:\s+(?:uit|op))?"
               r"(?:\s+in\s+opdracht\s+van\s+(?P<commissioner>.+?))?[.;]?$", re.I),
    re.compile(r"^(?P<partners>.+?)\s+(?:doe(?:t|n)|werk(?:t|en))\s+mee\b[^.;]*[.;]?$", re.I),
    re.compile(r"^(?P<involved>.+?)\s+denk(?:t|en)\s+mee\b[^.;]*[.;]?$", re.I),
    # "Dit wordt door Arriva uitgevoerd in opdracht van de provincie"
    re.compile(rf"^{_THIS}\s+wordt\s+door\s+(?P<lead>.+?)\s+uitgevoerd(?:\s+in\s+opdracht\s+van\s+"
               rf"(?P<commissioner>.+?))?[.;]?$", re.I),
    re.compile(r"^(?P<lead>[^,]+?),\s+met\s+(?P<partners>.+?)\s+als\s+partners?[.;]?$", re.I),
]
_PROSE_WHEN = re.compile(rf"\b(?:{_THIS}|uitvoering|voorbereiding|realisatie|aanleg|werk|plan|start|begint|"
                         rf"gebeurt)\b.*\b(?:19|20)\d{{2}}\b", re.I)


_ARTICLE = re.compile(r"^(?:[Dd]e|[Hh]et)\s+(?=[A-Z])")


def stated_roles(sentence: str) -> list[tuple[str, str]]:
    """The roles a sentence states as (column, parties): 'De gemeente X is trekker van dit project.' ->
    [('lead', 'gemeente X')]."""
    for pattern in _PROSE_ROLES:
        m = pattern.match(sentence.strip())
        if m:
            return [(k, _ARTICLE.sub("", v.strip()))  # "De KAVB trekt ...": KAVB
                    for k, v in m.groupdict().items() if v and len(v) <= 160]
    return []


def _prose_roles(sentence: str) -> list[str]:
    """The label lines a sentence states ('De gemeente X is trekker van dit project.' -> 'Trekker: ...')."""
    return [f"{COLUMN[k]}: {v}" for k, v in stated_roles(sentence)]


def _unfold_prose_roles(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An action's heading ('Project 4 – Groene dijk') over paragraphs that state its roles in sentences
    ('X is trekker van dit project. Partners zijn A en B. Het project loopt van 2026 tot en met 2028.') as
    the label lines the block reader reads; the other sentences are its description."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        page, line = lines[k]
        head = line.strip()
        # (a numbered sentence wrapped onto a line that goes on in lower case is no heading)
        wrapped = k + 1 < len(lines) and lines[k + 1][1].strip()[:1].islower()
        heading = _OPENER.match(head) and len(head) <= 120 and not ends_sentence(head)
        if wrapped or not heading or _label(head):
            out.append((page, line))
            k += 1
            continue
        end = k + 1
        while end < len(lines) and not (lines[end][1].strip() and _OPENER.match(lines[end][1].strip())
                                        and len(lines[end][1].strip()) <= 120):
            if lines[end][1].lstrip().startswith("#") or _label(lines[end][1]):
                break
            end += 1
        body = " ".join(ln.strip() for _, ln in lines[k + 1:end] if ln.strip())
        sentences = [body[a:b] for a, b in split_sentences(body)]
        stated = [_prose_roles(sent) for sent in sentences]
        labels = [lbl for found in stated for lbl in found]
        if not any(lbl.startswith(COLUMN["lead"]) for lbl in labels):
            out.append((page, line))
            k += 1
            continue
        when = [sent for sent in sentences if _PROSE_WHEN.search(sent) and parse_period(sent) is not None]
        rest = [sent for sent, found in zip(sentences, stated, strict=True) if not found]
        out.append((page, head))
        out += [(page, f"{COLUMN['description']}: {' '.join(rest)}")] if rest else []
        out += [(page, lbl) for lbl in labels]
        out += [(page, f"{COLUMN['when']}: {' '.join(when)}")] if when else []
        out.append((page, ""))
        k = end
    return out


# A sub-heading that asks what the paragraph under it answers: "Wie doet het?", "Wanneer?", "Waarom?".
_QUESTION_HEAD = re.compile(r"(?i)^\s*(?:#+\s*)?(?:wat|wie|wanneer|waarom|hoe|waar|welke|met wie)\b"
                            r"[^.?!]{0,40}\?\s*$")


def _without_questions(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A document whose projects answer the same questions under sub-headings, without those sub-headings
    (the sentences under them state the roles and dates); only where three such questions or more recur."""
    asked = [line.strip().lower() for _, line in lines if _QUESTION_HEAD.match(line)]
    if len(set(asked)) < 3 or len(asked) < 2 * len(set(asked)):
        return lines
    out: list[tuple[int, str]] = []
    when = False  # the paragraph under "Wanneer?" says when
    for page, line in lines:
        if _QUESTION_HEAD.match(line):
            when = meaning(line.strip(" #?")) == "when"
            out.append((page, ""))
        elif when and line.strip():
            out.append((page, f"{COLUMN['when']}: {line.strip()}"))
            when = False
        else:
            out.append((page, line))
    return out


_EMPHASIS = re.compile(r"(?<![\w*])\*(\S[^*]*?)\*(?![\w*])")  # "*Trekker*": Markdown italics
_BULLET_OPENER = re.compile(rf"^\s*[-•*]\s+(?={_ACTION_WORD}\s+[A-Z]{{0,4}}[ -]?\d"
                            r"|(?-i:[A-Z])\.\d{1,2}\s|\d{1,2}(?:\.\d{1,2})+\s)", re.I)


_AFTER_BOLD = re.compile(r"^(\s*(?:\d{1,3}[.)]\s+|[-*]\s+)?\*\*[^*]+\*\*)\s+([A-Z][\w ./&-]{1,34}:\s+\S.*)$")


# "- Hemelwaterplan Venlo, met medewerking van WML [gemeente Venlo, 2027]": a bullet ending in its trekker
# and its time in square brackets; its own words may name partners and who orders it.
_BRACKETED_ITEM = re.compile(r"^\s*[-•*–]\s+(?P<what>\S.*?)\s*\[(?P<who>[^\[\],]{2,80}),\s*"
                             r"(?P<when>[^\[\]]*\d[^\[\]]*|doorlopend|n\.?t\.?b\.?)\]\s*\.?\s*$")
_ITEM_ORDERED = re.compile(r",?\s+in\s+opdracht\s+van\s+(?P<by>[^,;]+?)\s*(?=[,;]|$)", re.I)
_ITEM_WITH = re.compile(r"(?:,?\s+(?:samen\s+met|in\s+samenwerking\s+met|met\s+medewerking\s+van)|,\s+met)\s+"
                        r"(?P<with>[^,;]+?)\s*(?=[,;]|$)", re.I)
_FINISHED = re.compile(r"(?i)^\s*(?:afgerond|gereed|vervallen|geschrapt|uitgevoerd)\b")


def _bracketed_items(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Bullets that end in '[trekker, periode]' as label blocks: the bullet's words, its trekker, partners
    and commissioner named in its words, its time; a bullet marked done ('afgerond 2026') is left out."""
    out: list[tuple[int, str]] = []
    for page, line in lines:
        m = _BRACKETED_ITEM.match(line)
        if m is None:
            out.append((page, line))
            continue
        if _FINISHED.match(m.group("when")):
            continue
        what = m.group("what").rstrip(" ,;")
        block = [(page, ""), (page, what), (page, f"{COLUMN['lead']}: {m.group('who').strip()}")]
        ordered = _ITEM_ORDERED.search(what)
        together = _ITEM_WITH.search(what)
        if together:
            block.append((page, f"{COLUMN['partners']}: {together.group('with')}"))
        if ordered:
            block.append((page, f"{COLUMN['commissioner']}: {ordered.group('by')}"))
        out += block + [(page, f"{COLUMN['when']}: {m.group('when').strip()}"), (page, "")]
    return out


# "- A2 Regenwaterbuffers boven Meerssen (2028) [WL / MRS, PL]": a bullet ending in the short names of its
# parties in square brackets, the trekker first and the partners after a slash; its time in brackets.
_SHORT_NAMES = r"(?:[A-Z][A-Za-z&]{0,6}[A-Z&]|[A-Z]{2})(?:\s*,\s*(?:[A-Z][A-Za-z&]{0,6}[A-Z&]|[A-Z]{2}))*"
_PARTY_BRACKETS = re.compile(rf"^\s*[-•*–]\s+(?P<what>\S.*?)\s*\[\s*(?P<lead>{_SHORT_NAMES})"
                             rf"(?:\s*/\s*(?P<partners>{_SHORT_NAMES}))?\s*\]\s*\.?\s*$")
_TIME_AT_END = re.compile(r"\s*\((?P<when>[^()]*\d{4}[^()]*)\)\s*$")


def _party_brackets(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Bullets that end in '[trekker / partners]' (short names the document spells out) as label blocks."""
    out: list[tuple[int, str]] = []
    for page, line in lines:
        m = _PARTY_BRACKETS.match(line)
        if m is None:
            out.append((page, line))
            continue
        what, when = m.group("what"), _TIME_AT_END.search(m.group("what"))
        block = [(page, ""), (page, what[:when.start()] if when else what),
                 (page, f"{COLUMN['lead']}: {m.group('lead')}")]
        if m.group("partners"):
            block.append((page, f"{COLUMN['partners']}: {m.group('partners')}"))
        if when:
            block.append((page, f"{COLUMN['when']}: {when.group('when')}"))
        out += block + [(page, "")]
    return out


# "Wie trekt? Gemeente Ede" / "Wanneer? 2027-2028": a label asked as a question, its answer after it.
_QUESTION_LABEL = re.compile(r"^(\s*(?:[-•*]\s*)?)([A-Z][\w ]{1,30}?)\s*\?\s+(\S.*)$")
_ANSWERED = _WHO | {"when", "dependency"}  # the labels a question line stands for


def _question_labels(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A label line that asks its label ('Wie doen mee? Liander') as one with a colon."""
    out = []
    for page, line in lines:
        m = _QUESTION_LABEL.match(line)
        found = meaning(m.group(2)) if m else None
        out.append((page, f"{m.group(1)}{m.group(2)}: {m.group(3)}") if m and found in _ANSWERED
                   else (page, line))
    return out


# "Rol provincie: trekker", "Rol gemeente: partner": the role the document's own kind of body has.
_OWN_ROLE = re.compile(r"(?i)^\s*(?:[-•*]\s*)?rol\s+(?:van\s+)?(?:de\s+|het\s+)?"
                       r"(gemeente|provincie|waterschap|hoogheemraadschap|wetterskip|regio|rijk)\s*:\s*"
                       r"([a-zà-ÿ ]{4,40})\s*\.?\s*$")


# "Rol provincie: De provincie is trekker en laat ... uitvoeren.", "Rol gemeenten: De Gemeente X is trekker;
# de Gemeente Y heeft geen rol.": a role label whose value says in sentences who holds which role.
_ROLE_SENTENCES = re.compile(r"(?i)^\s*(?:[-•*]\s*)?(?:\*\*)?rol\s+(?:van\s+)?(?:de\s+|het\s+)?[\w-]+"
                             r"(?:\*\*)?\s*:\s*(?:\*\*)?\s*(\S.*\b(?:is|zijn)\b.*)$")
_HOLDS = re.compile(r"(?i)^(?:alleen\s+|ook\s+)?(?P<who>[^,;]+?)\s+(?:is|zijn)\s+(?:de\s+|een\s+)?"
                    r"(?P<role>trekkers?|kartrekkers?|penvoerders?|partners?|betrokken|opdrachtgevers?|"
                    r"financiers?)\b|^(?:(?:vanaf|per|in)\s+(?:19|20)\d{2}\s+)?(?:is|zijn)\s+(?P<who2>[^,;]+?)\s+"
                    r"(?:de\s+)?(?P<role2>trekkers?|partners?|betrokken)\b")
# "Met de gemeenten bedoelen we in dit programma de Gemeente X en de Gemeente Y": a short name for bodies.
_MEANT = re.compile(r"(?i)\bmet\s+((?:de|het)\s+[\w-]+)\s+(?:bedoelen\s+(?:we|wij)|wordt\s+bedoeld|worden\s+"
                    r"bedoeld)(?:\s+in\s+(?:dit|deze)\s+\w+|\s+hier)?\s*:?\s+([^.;]+)")


def _stated_holders(value: str, meant: dict[str, str]) -> list[tuple[str, str]]:
    """(label, parties) of each clause of a role sentence that says who holds a role now ('was trekker tot
    2026' and 'heeft geen rol' say none); a short name the document defines stands for its bodies."""
    out = []
    for clause in re.split(r";\s*|\.\s+|\s+en\s+(?=(?:is|zijn|vanaf)\s)", value.strip().rstrip(".")):
        m = _HOLDS.search(clause.strip())
        if m is None:
            continue
        who = (m.group("who") or m.group("who2")).strip()
        role = meaning((m.group("role") or m.group("role2")).lower().rstrip("s") if not (
            m.group("role") or m.group("role2")).lower().startswith("betrokken") else "betrokken")
        if role not in _WHO:
            continue
        who = meant.get(" ".join(who.lower().split()), who)
        out.append((COLUMN[role], re.sub(r"^(?:[Dd]e|[Hh]et)\s+(?=[a-z])", "", who)))
    return out


def _own_roles(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'Rol provincie: trekker' as the label line of that role naming the kind ('Trekker: provincie'), which
    the document's one body of that kind then settles; 'Rol gemeenten: De Gemeente X is trekker.' as the
    label lines its sentences state."""
    text = " ".join(line for _, line in lines)
    meant = {" ".join(m.group(1).lower().split()): m.group(2).strip() for m in _MEANT.finditer(text)}
    stated: list[tuple[int, str]] = []
    for page, line in lines:
        own = _OWN_ROLE.match(line)
        said = _ROLE_SENTENCES.match(line) if not (own and meaning(own.group(2).strip()) in _WHO) else None
        holders = _stated_holders(said.group(1), meant) if said else []
        stated += [(page, f"{label}: {who}") for label, who in holders] if said else [(page, line)]
    lines = stated
    out, merged = list(lines), set()
    for k, (page, line) in enumerate(lines):
        m = _OWN_ROLE.match(line)
        role = meaning(m.group(2).strip()) if m else None
        if m is None or role not in _WHO:
            continue
        kind = m.group(1).lower()
        out[k] = (page, f"{COLUMN[role]}: {kind}")
        for j in range(k + 1, min(k + 8, len(lines))):  # 'Rol provincie: partner' / 'Met: X': one line
            if not lines[j][1].strip() or _NEXT_HEADING.match(lines[j][1]) or _OWN_ROLE.match(lines[j][1]):
                break
            found = _label(lines[j][1])
            if found and found[0] == role:
                out[j] = (lines[j][0], f"{lines[j][1].rstrip().rstrip('.')}, {kind}")
                merged.add(k)
                break
    return [x for k, x in enumerate(out) if k not in merged]


def _plain_markdown(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Nested Markdown bullets as plain label lines: '- **Maatregel 2.1 Titel**' opens a block,
    '  - *Trekker*: X' is a label line; several label lines joined on one ('Trekker: X · Met: Y · Wanneer:
    2027') as one line each."""
    out = []
    for page, line in lines:
        tail = _AFTER_BOLD.match(line)  # '1. **Titel** Partners: X': the title, then its label line
        if tail and _label(tail.group(2)):
            title = _BULLET_OPENER.sub("", _MARKUP.sub("", tail.group(1)))
            out += [(page, title), (page, tail.group(2).strip())]
            continue
        plain = _BULLET_OPENER.sub("", _EMPHASIS.sub(r"\1", _MARKUP.sub("", line)))
        parts = _JOINED_LABELS.split(plain)
        found = [_label(part) for part in parts] if len(parts) > 1 else []
        if found and all(found) and {f[0] for f in found if f} & _WHO:
            out += [(page, part.strip()) for part in parts]
        else:
            out.append((page, plain))
    return out


# What joins label lines written on one line: a middle dot, a bullet, a vertical bar, a dash.
_JOINED_LABELS = re.compile(r"(?<!:)\s+[·•▪|—–]\s+")  # not the dash of an empty value ("Uitvoering: –")


# An agreement's parties and the short names it gives them: "1. De Provincie Utrecht, gevestigd te Utrecht,
# ..., hierna te noemen: de provincie;".
_PARTY_ALIAS = re.compile(r"(?:^|\n)\s*(?:\d{1,2}[.)]\s+)?(?P<name>(?:[Dd]e |[Hh]et )?(?:[A-Z]|gemeente\s|"
                          r"provincie\s)[^,;:\n]{2,80}?),"
                          r"[^;]{0,300}?\bhierna(?:\s+te\s+noemen)?\s*:?\s*[‘'\"“]?"
                          r"(?P<alias>(?:de|het|De|Het)\s+[\w-]+|[A-Z][\w-]{1,30}(?:\s[A-Z]\b)?)[’'\"”]?\s*[;.,]")
_ITEM = re.compile(r"^\s*(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$")
_ARTICLE_HEAD = re.compile(r"^\s*(?:#{1,6}\s*)?Artikel\s+\d{1,2}[.:]?\s+(.+)$")
# A definition of a short name in an agreement's first article ('- **de Gemeenten**: Gemeente A, Gemeente B en
# Gemeente C gezamenlijk;'), one or more parties.
_DEFINED_AS = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]+)?(?:\*\*|__)?(?P<alias>(?:[Dd]e|[Hh]et)[ \t]+[\w-]+)"
                         r"(?:\*\*|__)?[ \t]*:[ \t]*(?P<names>(?:[Dd]e |[Hh]et )?(?:Gemeente|Provincie|"
                         r"Waterschap|Hoogheemraadschap|Wetterskip|Ministerie|Rijkswaterstaat)\b[^;\n]{0,300}?)"
                         r"(?:[ \t]+(?:gezamenlijk|samen|tezamen))?[ \t]*[;.]?[ \t]*$")
# The subject of an obligation by its full name ('De Gemeente Stede Broec legt ...').
_FULL_NAME = re.compile(r"^(?:[Dd]e |[Hh]et )?((?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Wetterskip)"
                        r"(?:\s+(?:[A-Z][\w'’-]*|van|de|en|aan|a/d))+?)(?=\s+[a-z])")
_NAME_ENDS = r"(?=\s+(?:een|het|de|vóór|voor|uiterlijk|in|vanaf|op)\s|[,.;]|$)"
"""Where a party named in an obligation ends: before the object, a time, or the clause's end."""
_ORDERED_BY = re.compile(r"\bin\s+opdracht\s+van\s+(.+?)" + _NAME_ENDS)
# An item that opens with a verb in the third person, its subject left out: "Stelt ... op", "Draagt zorg".
_VERB_FIRST = re.compile(r"^\s*[A-Z][a-z]+t\b")
_TOGETHER = re.compile(r"\b(?:samen met|in overleg met|in samenwerking met|met medewerking van)\s+(.+?)"
                       + _NAME_ENDS + r"|\bmet\s+((?:de\s+|het\s+)?\S+(?:\s+\S+){0,4}?)\s+als\s+partner\b")
# "...; WDODelta is trekker", "NM neemt het voortouw", "de Provincie neemt hiervoor het initiatief".
_NAMED_LEAD = re.compile(r"(?:^|[;.]\s*)((?:[Dd]e |[Hh]et )?[\w-]+(?: [A-Z]\b)?) (?:is|wordt|treedt"
                         r"(?: daarbij| hierbij)? op als)(?: daarbij| hierbij)? "
                         r"(?:trekker|penvoerder|kartrekker|coördinator)\b|(?:^|[;.]\s*)((?:[Dd]e |[Hh]et )?"
                         r"[\w-]+) neemt (?:hiervoor |daarvoor )?het (?:voortouw|initiatief)\b")
# A financial contribution ("stelt ... ten hoogste € 4 miljoen beschikbaar"): no action of its own.
_CONTRIBUTION = re.compile(r"€.{0,80}\b(?:beschikbaar|bij)\b|\bdraagt\b.{0,60}€", re.I)
_LETTERED = re.compile(r"^Partijen\s+([A-Z](?:\s*(?:,|en)\s*[A-Z])+)\b")
_PASSIVE = re.compile(r"\b(?:wordt|worden)\b(?![^;]*\bdoor\b)|"
                      r"^(?:De|Het)\s+\w+\s+(?:van|voor)\b[^;]*\b(?:begint|start|loopt|vindt\s+plaats)\b")
"""'In 2027 wordt het omgevingsplan aangepast', 'De aanleg van de geul begint ...': who is not said."""
# "De Provincie heeft in 2025 een bijdrage verleend": what a party has done, in a dated perfect.
_DONE_IN = re.compile(r"\b(?:heeft|hebben)\s+(?:[^;]{0,60}\s)?(?:in|op)\s+[^;]{0,20}?(?:19|20)\d{2}\b")
# "Partij E verplicht zich om ... door Partij D ... te laten opstellen": D does it, E orders it.
_HAD_DONE = re.compile(r"\bdoor\s+(.+?)\bte\s+laten\b")
_LISTED = re.compile(r"^Partijen(?:\s+genoemd\s+onder\s+((?:\d{1,2}(?:\s*,\s*|\s+en\s+))*\d{1,2}))?\s")


def _party_name(name: str) -> str:
    """A party's name as the agreement lists it, without the article ('De Provincie Overijssel')."""
    return re.sub(r"^(?:[Dd]e|[Hh]et)\s+(?=[A-Z]|gemeente\b|provincie\b)", "", " ".join(name.split()))


def _subjects(sentence: str, aliases: dict[str, str], by_length: list[str], parties: list[str]) -> list[str]:
    """The parties an obligation opens with: a short name, several joined by 'en' or ',', 'Partijen' (all
    of them) or 'Partijen genoemd onder 2, 3 en 4' (those of the list)."""
    lettered = _LETTERED.match(sentence)
    if lettered:  # "Partijen B en C verplichten zich ...": the parties the agreement calls Partij B and C
        named = [aliases.get(f"partij {x.lower()}") for x in re.findall(r"\b[A-Z]\b", lettered.group(1))]
        return [n for n in named if n]
    listed = _LISTED.match(sentence)
    if listed:
        numbers = [int(n) for n in re.findall(r"\d+", listed.group(1) or "")]
        return [parties[n - 1] for n in numbers if 0 < n <= len(parties)] if numbers else list(parties)
    out: list[str] = []
    rest = sentence.lower()
    while True:
        alias = next((a for a in by_length if rest.startswith(a) and not rest[len(a):len(a) + 1].isalnum()),
                     None)
        if alias is None:
            return out
        out.append(aliases[alias])
        rest = rest[len(alias):]
        joined = re.match(r"\s*(?:,|en\b)\s*", rest)
        if not joined:
            return out
        rest = rest[joined.end():]


def _unfold_agreement_items(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An agreement's numbered obligations ('4.1 Het waterschap realiseert uiterlijk 31 december 2027 ...')
    whose subject is a party by the short name the agreement gives it ('hierna te noemen: het waterschap'),
    as label lines: the item's code and words, its party as trekker, 'samen met' as partners, the sentence
    as its planning."""
    text = "\n".join(line for _, line in lines)
    aliases = {" ".join(m.group("alias").lower().split()): _party_name(m.group("name"))
               for m in _PARTY_ALIAS.finditer(text)}
    aliases.update({" ".join(m.group("alias").lower().split()): _party_name(m.group("names"))
                    for m in _DEFINED_AS.finditer(text)})
    aliases.pop("partijen", None)
    if not aliases:
        return lines
    parties = list(dict.fromkeys(aliases.values()))  # in the order the agreement lists them
    by_length = sorted(aliases, key=len, reverse=True)
    out: list[tuple[int, str]] = []
    owner = None  # the party an article is about ("Artikel 4 Inspanningen van de provincie")
    k = 0
    while k < len(lines):
        page, line = lines[k]
        article = _ARTICLE_HEAD.match(line)
        if article:
            words = f" {' '.join(article.group(1).lower().split())} "
            owner = next((a for a in by_length if f" {a} " in words), None)
        m = _ITEM.match(line)
        end = k + 1
        while m and end < len(lines) and lines[end][1].strip() and not _ITEM.match(lines[end][1]) and \
                not _ARTICLE_HEAD.match(lines[end][1]):
            end += 1
        item = " ".join(ln.strip() for _, ln in lines[k:end]) if m else ""
        sentence = item[len(m.group(1)):].strip() if m else ""
        subjects = _subjects(sentence, aliases, by_length, parties) if m else []
        full = _FULL_NAME.match(sentence) if m is not None and not subjects else None
        if full:  # 'De Gemeente Stede Broec legt ... aan'
            subjects = [full.group(1)]
        if m is not None and not subjects and owner is not None and (
                _VERB_FIRST.match(sentence) or _PASSIVE.search(sentence)):
            # "4.1 Stelt uiterlijk 2027 ... op", "In 2027 wordt het omgevingsplan aangepast": the article's
            # party does it
            subjects = [aliases[owner]]
        named = _NAMED_LEAD.search(sentence) if m else None
        # What all parties do together is an action where one of them leads it; else a term of the agreement
        # ('Partijen dragen ieder hun eigen kosten').
        if m is None or not subjects or _CONTRIBUTION.search(sentence) or _DONE_IN.search(sentence) or (
                _LISTED.match(sentence) and named is None):
            out.append((page, line))
            k += 1
            continue
        name = (named.group(1) or named.group(2)).lower() if named else ""
        lead = next((aliases[a] for a in by_length if name == a), None)
        leads = [lead] if lead else subjects[:1] if len(subjects) == 1 else subjects
        done_by = _HAD_DONE.search(sentence)
        doer = _subjects(done_by.group(1), aliases, by_length, parties) if done_by else []
        ordering = leads if doer else []
        ordered_by = _ORDERED_BY.search(sentence)
        if ordered_by and not doer:  # '... voert in opdracht van de Provincie ... uit'
            ordering = [with_aliases(ordered_by.group(1), aliases)]
        leads = doer or leads
        together = _TOGETHER.search(sentence)
        partners = [p for p in subjects if p not in leads + ordering]
        if together:
            partners.append(with_aliases(together.group(1) or together.group(2), aliases))
        out += [(page, f"{m.group(1)} {sentence}"), (page, f"{COLUMN['lead']}: {', '.join(leads)}")]
        out += [(page, f"{COLUMN['partners']}: {', '.join(partners)}")] if partners else []
        out += [(page, f"{COLUMN['commissioner']}: {', '.join(ordering)}")] if ordering else []
        out += [(page, f"{COLUMN['when']}: {sentence}"), (page, "")]
        k = end
    return out


# "1.1 Regenwater afkoppelen in Geleen-Zuid – gemeente Sittard-Geleen, met WL": a numbered item, its title,
# a dash, then who; "1.1.1 Ontwerp gereed – maart 2027": a dated step under it.
_DASHED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*?)\s+[–—]\s+(\S.*)$")
_WITH = re.compile(r",?\s+met\s+")
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")


def _unfold_dashed_items(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Numbered items that name their trekker after a dash and their partners after 'met', with their dated
    steps one level deeper ('1.1.1 Ontwerp gereed – maart 2027'), as label lines: the steps are no actions
    of their own but give the item's planning. An item whose part after the dash holds a year is a step."""
    items = [_DASHED.match(line) for _, line in lines]
    dated = [m for m in items if m and _YEAR_IN.search(m.group(3))]
    if len(dated) < 2 or not any(m and not _YEAR_IN.search(m.group(3)) for m in items):
        return lines
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        page, line = lines[k]
        m = items[k]
        if m is None or _YEAR_IN.search(m.group(3)):
            out.append((page, line))
            k += 1
            continue
        code, title, who = m.groups()
        steps: list[str] = []
        k += 1
        while k < len(lines):
            step = items[k]
            if step is None or not step.group(1).startswith(f"{code}."):
                break
            steps.append(f"{step.group(3)} {step.group(2)}")
            k += 1
        parts = _WITH.split(who, maxsplit=1)
        lead, partners = parts[0], parts[1] if len(parts) > 1 else ""
        out += [(page, f"{code} {title}"), (page, f"{COLUMN['lead']}: {lead}")]
        out += [(page, f"{COLUMN['partners']}: {partners}")] if partners else []
        out += [(page, f"{COLUMN['when']}: {'; '.join(steps)}")] if steps else []
        out.append((page, ""))
    return out


# "• ZF4 Herstel van het beekdal – trekker Staatsbosbeheer, met WF en gemeente Weststellingwerf": a coded
# item, its title, a dash, then its trekker named as such and its partners after 'met'.
_BULLET = r"[•●▪■◦*-]"
_CODED_ITEM = re.compile(rf"^\s*(?:{_BULLET}\s+)?((?-i:[A-Z]{{1,4}})[ -]?\d{{1,3}}[a-z]?)\s+(\S.*?)\s+"
                         r"[–—-]\s+(?:trekker|kartrekker|actiehouder|penvoerder|eigenaar)\s*:?\s+(\S.*)$",
                         re.I)
_CODED_START = re.compile(rf"^\s*(?:{_BULLET}\s+)?(?-i:[A-Z]{{1,4}})[ -]?\d{{1,3}}[a-z]?\s+\S")
_BULLET_START = re.compile(rf"^\s*{_BULLET}\s")
_BRACKETED = re.compile(r"\s*\(([^()]*)\)\s*$")


def _time_heading(line: str) -> bool:
    """A short line that names a time only ('2e helft 2026', 'Q2/Q3 2027', 'Doorlopend')."""
    text = line.strip().strip("#* ").rstrip(":")
    return 0 < len(text.split()) <= 4 and not text.endswith(".") and parse_period(text) is not None and \
        not re.search(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", text)


def _unfold_coded_items(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Coded items (bullets) that name their trekker after a dash and their partners after 'met', as label
    lines, an item's lines wrapped at the page edge joined; a planning ordered by time gives each item the
    time of the short heading above it ('Q1 2027'), and what the item adds in brackets ('(loopt door tot en
    met 2028)')."""
    items: list[tuple[int, int, re.Match[str]]] = []  # first line, end, match
    k = 0
    while k < len(lines):
        if not _CODED_START.match(lines[k][1]):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and lines[end][1].strip() and not _CODED_START.match(lines[end][1]) and \
                not _BULLET_START.match(lines[end][1]) and not _time_heading(lines[end][1]):
            end += 1
        m = _CODED_ITEM.match(" ".join(line.strip() for _, line in lines[k:end]))
        if m:
            items.append((k, end, m))
        k = end
    if len(items) < 2:
        return lines
    out: list[tuple[int, str]] = []
    k, time = 0, ""
    for start, end, m in items:
        for page, line in lines[k:start]:
            out.append((page, line))
            if line.strip():
                time = line.strip().strip("#* ").rstrip(":") if _time_heading(line) else time
        page = lines[start][0]
        code, title, who = m.groups()
        added = _BRACKETED.search(who)
        when = "; ".join(t for t in (time, added.group(1) if added else "") if t)
        who = who[:added.start()] if added else who
        parts = _WITH.split(who.rstrip(" ."), maxsplit=1)
        out += [(page, ""), (page, f"{code} {title}"), (page, f"{COLUMN['lead']}: {parts[0]}")]
        out += [(page, f"{COLUMN['partners']}: {parts[1]}")] if len(parts) > 1 else []
        out += [(page, f"{COLUMN['when']}: {when}")] if when else []
        out.append((page, ""))
        k = end
    return out + lines[k:]


_ROMAN_HEAD = re.compile(r"^\s*(?:#+\s*)?((?-i:[IVX]{1,4}))[.)]\s+\S")
_LETTER_ITEM = re.compile(r"^(\s*)([a-z])[.)]\s+(\S.*)$")


_NEXT_LABEL = re.compile(r"(?:(?<=[.;])\s+|(?<=\S)[ \t]{2,})"
                         r"([A-Za-zÀ-ÿ][\w'/&-]{1,20}(?: [\w'/&-]{1,20}){0,2})\s*:\s")
"""The next label on a label line: after a full stop or semicolon, or after a run of spaces ('met: X   gereed:
2027')."""


_CHECKBOX = re.compile(r"^(\s*)(?:\[(?P<box>[ xX✓✔])\]|(?P<glyph>[☐☒☑]))\s*")
_RULE_LINE = re.compile(r"^\s*[-=_]{3,}\s*$")


def _checklist(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A checklist of coded items ('[ ] BO-01 Titel' / '[x] BO-02 ...'): a ticked item is done and no action
    (its indented lines go with it); an open one is a block. A lead label standing alone over the items
    ('Actiehouder: Gemeente X' over a rule) is the trekker of every item under it."""
    if sum(1 for _, line in lines if _CHECKBOX.match(line)) < 2:
        return lines
    out: list[tuple[int, str]] = []
    lead = ""
    done = False
    for k, (page, line) in enumerate(lines):
        box = _CHECKBOX.match(line)
        after = lines[k + 1][1] if k + 1 < len(lines) else ""
        found = _label(line)
        if found and found[0] == "lead" and not box and (_RULE_LINE.match(after) or not after.strip()):
            lead, done = found[1], False
            continue  # the heading over the items
        if box:
            done = bool((box.group("box") or "").strip() or box.group("glyph") in ("☒", "☑"))
            if not done:
                out.append((page, line[box.end():]))
                if lead:
                    out.append((page, f"Trekker: {lead}"))
            continue
        if done and line[:1].isspace() and line.strip():
            continue  # a line of a ticked item
        done = False
        out.append((page, line))
    return out


def _split_label_runs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A label line that holds several labels ('Trekker: X; met: Y. Planning: 2027; voorwaarde: ...') as
    one line per label; a label's name is taken only when it is a known column name."""
    out: list[tuple[int, str]] = []
    for page, line in lines:
        # (a line of a bracketed run of labels, '(trekker: X;\n met: Y; start: 2027)', is read as a whole)
        cuts = [m for m in _NEXT_LABEL.finditer(line) if meaning(m.group(1)) not in (None, "other")] \
            if _label(line) and line.count("(") == line.count(")") and not _parenthesised(line) else []
        start = 0
        for m in cuts:
            out.append((page, line[start:m.start()].rstrip(" ;")))
            start = m.start(1)
        out.append((page, line[start:] if cuts else line))
    return out


def _roman_letter_codes(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lettered items under roman-numbered sections ('## II. Schoon drinkwater' / 'b. Titel') carry the code
    the document calls them by: 'II.b Titel'."""
    out: list[tuple[int, str]] = []
    section = ""
    for page, line in lines:
        head = _ROMAN_HEAD.match(line)
        if head:
            section = head.group(1)
        item = _LETTER_ITEM.match(line) if section else None
        out.append((page, f"{item.group(1)}{section}.{item.group(2)} {item.group(3)}" if item else line))
    return out


def _bare_label(line: str) -> tuple[str, str] | None:
    """A label line without its colon, as a key/value table prints in the text ("Trekker WL", "Relatie met
    actie 2.1"): the longest known column name of up to three words at its start, then a value."""
    words = _MARKUP.sub("", line).split()
    if not words or not words[0][:1].isupper():
        return None  # 'kwartaal van 2027 een pakket uit': a sentence running on, no label
    for n in range(min(3, len(words) - 1), 0, -1):
        name = " ".join(words[:n])
        found = exact_meaning(name)
        if found in _WHO or found in ("when", "dependency"):
            return name, " ".join(words[n:])
    return None


# A party's line on a form with a check box per role: "gem. Kapelle  [ ] trekker  [x] partner  [ ] betrokken".
_BOX = re.compile(r"\[\s*([xX✓✔vV]?)\s*\]\s*([A-Za-zÀ-ÿ][\w.-]*(?:\s[a-zà-ÿ][\w.-]*)?)")
_RULE = re.compile(r"^\s*[=_*~-]{5,}\s*$")


def _role_boxes(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A form's parties with a check box per role, as label lines: the ticked role of each ('Trekker: X',
    'Partners: Y, Z'), one line per role in the order first met; the empty label above them ('Partijen en
    rol :') goes. A rule of '=' or '-' between forms separates them like a blank line."""
    out: list[tuple[int, str]] = []
    run: dict[str, list[str]] = {}
    page = 0

    def flush() -> None:
        out.extend((page, f"{role}: {', '.join(names)}") for role, names in run.items())
        run.clear()

    for page_no, line in lines:
        boxes = _BOX.findall(line)
        ticked = [word for mark, word in boxes if mark and meaning(word) in _WHO]
        if len(boxes) >= 2 and len(ticked) == 1 and all(meaning(w) in _WHO for _, w in boxes):
            party = line[:line.index("[")].strip(" \t:-")
            if party:
                over = _LABEL.match(out[-1][1]) if out and not run else None
                if over and not over.group(2).strip():
                    out.pop()  # 'Partijen en rol :' over the boxes
                page = page_no
                run.setdefault(ticked[0].capitalize(), []).append(party)
                continue
        if run:
            flush()
        out.append((page_no, "" if _RULE.match(line) else line))
    flush()
    return out


# "**Actie 3.1** Op de flank ... Brabantse Delta trekt deze actie, ...": an action that opens a paragraph, its
# code in bold or not, the paragraph saying in sentences what it is and who does it.
_PARAGRAPH_ACTION = re.compile(rf"(?:^|(?<=[.!?])\s+)(?:\*\*)?(?i:{_ACTION_WORD})\s+"
                               r"((?:[A-Z]{0,4}[ -]?)?\d{1,3}(?:\.\d{1,3})*[a-z]?)(?:\*\*)?[:.]?\s+(?=\S)")
_DROPPED = re.compile(r"(?i)^(?:is|wordt)\s+(?:komen\s+te\s+)?(?:vervallen|geschrapt|ingetrokken)\b"
                      r"|^vervalt\b")
PARAGRAPH_CHARS = 160
HEADING_TITLE = 100


def _action_paragraphs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A paragraph that opens with an action's word and code ('**Actie 3.1** ...', two in one paragraph too)
    and runs on in sentences, as a heading (code and first sentence) over the rest: the reader of roles in
    sentences takes it from there. An action that 'is vervallen' is left out."""
    out: list[tuple[int, str]] = []
    for page, line in lines:
        marks = list(_PARAGRAPH_ACTION.finditer(line))
        if not marks or marks[0].start() != 0 or len(line) < PARAGRAPH_CHARS or _parenthesised(line):
            out.append((page, line))
            continue
        for m, nxt in zip(marks, [*marks[1:], None], strict=True):
            body = line[m.end():nxt.start() if nxt else len(line)].strip()
            if _DROPPED.match(body):
                continue
            spans = split_sentences(body)
            first = body[spans[0][0]:spans[0][1]].strip(" .;") if spans else body
            title = first if len(first) <= HEADING_TITLE else first[:HEADING_TITLE].rsplit(" ", 1)[0]
            # 'X trekt deze actie; de uitvoering valt in 2027': each clause a sentence of its own
            clauses = re.sub(r";\s+(\w)", lambda c: f". {c.group(1).upper()}", body)
            out += [(page, f"Actie {m.group(1)} {title}"), (page, clauses), (page, "")]
    return out


# The small words a party's name may open with after a role word ('Met de provincie', 'Trekker gemeente X').
_NAME_STARTS = {"de", "het", "gemeente", "gemeenten", "provincie", "waterschap", "hoogheemraadschap", "alle",
                "beide", "regio", "gem.", "prov.", "wetterskip", "stichting", "vereniging", "ministerie"}


def _colon_less(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Runs of label lines without colons ("Trekker WL" / "Partners WL, LLTB" / "Planning 2026", a small
    key/value table under an action's heading) as label lines with them. A run is taken only when it holds
    two meanings or more, one of them a role, with nothing but blank lines between its lines, and when most
    of its lines are no sentences ("Planning 2026 is krap." is prose)."""
    out = list(lines)
    run: list[tuple[int, str, str]] = []

    def flush() -> None:
        meanings = [exact_meaning(name) for _, name, _ in run]
        sentences = sum(1 for _, _, value in run if value.rstrip().endswith((".", "!", "?")))
        if len(set(meanings)) >= 2 and set(meanings) & _WHO and 2 * sentences <= len(run):
            for k, name, value in run:
                out[k] = (out[k][0], f"{name}: {value}")
        run.clear()

    for k, (_, line) in enumerate(lines):
        if not line.strip():
            continue
        bare = None if _label(line) else _bare_label(line)
        if bare and bare[1].endswith(".") and len(bare[1].split()) >= 4 and bare[1][:1].islower():
            bare = None  # "Met agrariërs worden afspraken gemaakt.": a sentence that opens with a role word
        if bare and exact_meaning(bare[0]) in _WHO and len(bare[1].split()) >= 4 and \
                bare[1].split()[0] not in _NAME_STARTS and bare[1][:1].islower():
            bare = None  # "Met twintig nieuwe peilbuizen wordt ...": prose, whatever ends the line
        if bare is None:
            if run and run[-1][0] == k - 1 and len(line.split()) <= 4 and not _label(line):
                continue  # the value of the label line above, wrapped ('Met X, gemeente' / 'Valkenswaard')
            flush()
            continue
        run.append((k, *bare))
    flush()
    return out


# A numbered heading right under a block's last label line ('4.1.2 Verziltingsmeetnet ...', '4.2
# Bodemdaling'): the next block or section begins, the value does not run on.
_NEXT_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-Z]")
_SUB_CODE = re.compile(r"^(?:[A-Z]{0,4}[ -]?)?\d{1,2}\.\d{1,2}[a-z]?$")
_SIGNED = re.compile(r"^\s*[A-Z][^:]{2,80},\s+\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|"
                     r"augustus|september|oktober|november|december)\s+(?:19|20)\d\d\.?\s*$")
"""A closing line of a place or body and a date: never the run-on of a label's value."""


def _ends_value(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line `i`, after a label's value, is no run-on of it: a numbered heading, a coded title over the
    next block's labels ('M2. Titel' / 'Trekker: ...'), a closing line of a place or body and a date."""
    line = lines[i][1]
    titled = bool(_CODE_FIRST.match(line.strip()) and _OPENER.match(line)
                  and i + 1 < len(lines) and _label(lines[i + 1][1]))
    return bool(_NEXT_HEADING.match(line) or titled or _SIGNED.match(line))


def _plain_date(value: str) -> bool:
    """A date or period that says nothing of being a deadline or a begin ('Q2 2027', '2026-2028')."""
    period = parse_period(value) if value else None
    return period is not None and period.qualifier in (None, "approximate")  # 'najaar 2027' too


# "1.1 Het Waterschap X legt ... aan. Het waterschap trekt deze deelactie; de Gemeente Y is partner.":
# numbered sub-actions in running text, each paragraph one action whose later sentences say who does what.
_SUB_ITEM = re.compile(r"^\s*(\d{1,2}\.\d{1,2})\.?[ \t]+([A-Z]\S*(?:[ \t]+\S+)+)$")
_KIND_WORD = re.compile(r"\b([Hh]et|[Dd]e)\s+(waterschap|hoogheemraadschap|provincie|gemeente|wetterskip)\b"
                        r"(?!\s+[A-Z])")
_BODY_NAME = (r"(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Wetterskip)(?:\s+[A-Z][\w'’-]*"
              r"(?:\s+(?:van|de|der|en|aan|a/d)\s+[A-Z][\w'’-]*)*)+")
_SUBJECT = re.compile(rf"^(?:(?:[Dd]e|[Hh]et)\s+)?({_BODY_NAME})(?=\s+[a-z])|"
                      rf"^(?:[A-Z]\w*\s+){{1,3}}?(?:\d{{4}}\s+)?[a-z]+t\s+(?:de|het)\s+({_BODY_NAME})(?=\s+[a-z])")
# "De deelacties 2.1 en 2.2 worden getrokken door respectievelijk X en Y": each code's trekker in turn.
_RESPECTIVELY = re.compile(r"(?i)\b(?:deel)?(?:acties|maatregelen|projecten)\s+"
                           r"((?:\d{1,2}\.\d{1,2}\s*(?:,|en)\s*)+"
                           r"\d{1,2}\.\d{1,2})\s+worden\s+(?:getrokken|uitgevoerd)\s+door\s+respectievelijk\s+"
                           r"([^;.]+)")


def _kind_names(text: str) -> dict[str, str]:
    """The first full name of each kind of body a text names ('waterschap' -> 'Waterschap Aa en Maas')."""
    out: dict[str, str] = {}
    for m in re.finditer(_BODY_NAME, text):
        out.setdefault(m.group(0).split()[0].lower(), m.group(0))
    return out


def _numbered_paragraphs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Numbered sub-actions written as paragraphs ('1.1 Het Waterschap Aa en Maas legt ... aan. Het
    waterschap trekt deze deelactie; de Gemeente Meierijstad is partner.') as label blocks: the first
    sentence is the action, its subject or the later sentences' stated roles say who, 'het waterschap' being
    the one the paragraph names; 'De deelacties 2.1 en 2.2 worden getrokken door respectievelijk X en Y'
    gives each its trekker."""
    text = "\n".join(line for _, line in lines)
    assigned: dict[str, str] = {}
    begins: dict[str, str] = {}  # '...; beide deelacties beginnen in 2027': their start
    for said in _RESPECTIVELY.finditer(" ".join(text.split())):
        codes = re.findall(r"\d{1,2}\.\d{1,2}", said.group(1))
        began = re.match(r"[^.]*?\b(?:beginnen|starten)\s+(?:in\s+)?((?:19|20)\d{2})\b",
                         said.string[said.end():])
        if began:
            begins.update({c: began.group(1) for c in codes})
        names = [n.strip() for n in re.split(r",\s*|\s+en\s+(?=(?:de\s+|het\s+)?[A-Z])", said.group(2))
                 if n.strip()]
        if len(codes) == len(names):
            assigned.update({c: _ARTICLE.sub("", n) for c, n in zip(codes, names, strict=True)})
    items: list[tuple[int, int, str, str, dict[str, list[str]]]] = []  # start, end, code, title, roles
    k = 0
    while k < len(lines):
        m = _SUB_ITEM.match(lines[k][1])
        end = k + 1
        while m and end < len(lines) and lines[end][1].strip() and not _SUB_ITEM.match(lines[end][1]):
            end += 1
        if m is None:
            k += 1
            continue
        paragraph = " ".join(" ".join(ln.split()) for _, ln in lines[k:end])[len(m.group(1)):].strip()
        sentences = [paragraph[a:b].strip() for a, b in split_sentences(paragraph)] or [paragraph]
        kinds = _kind_names(paragraph)
        roles: dict[str, list[str]] = {}
        for sentence in sentences[1:]:
            for clause in re.split(r";\s+", sentence):
                clause = _KIND_WORD.sub(lambda w, kinds=kinds: kinds.get(w.group(2).lower(), w.group(0)),
                                        clause)
                clause = re.sub(r"(?i)\b(?:deze|dit)\s+deel(?:actie|project)\b", "dit project", clause)
                for key, value in stated_roles(clause):
                    if not re.search(r"\d", value) and len(value.split()) <= 10:  # parties, not a clause
                        roles.setdefault(key, []).append(value)
        subject = _SUBJECT.match(sentences[0])
        if m.group(1) in assigned:
            roles["lead"] = [assigned[m.group(1)]]
        if "lead" not in roles and subject:
            roles["lead"] = [subject.group(1) or subject.group(2)]
        items.append((k, end, m.group(1), sentences[0].rstrip("."), roles))
        k = end
    stated = [i for i in items if len(i[4]) > 1 or i[2] in assigned]
    if len(items) < 2 or len(stated) < 2:
        return lines
    out: list[tuple[int, str]] = []
    k = 0
    for start, end, code, title, roles in items:
        out += lines[k:start]
        page = lines[start][0]
        paragraph = " ".join(" ".join(ln.split()) for _, ln in lines[start:end])
        out.append((page, f"{code} {title}"))
        out += [(page, f"{COLUMN[key]}: {', '.join(names)}") for key, names in roles.items() if key in COLUMN]
        since = f"vanaf {begins[code]}; " if code in begins else ""
        out += [(page, f"{COLUMN['when']}: {since}{paragraph[len(code):].strip()}"), (page, "")]
        k = end
    return out + lines[k:]


def find_label_blocks(pages: list[Page]) -> list[Table]:
    """One table of every run of label blocks in the document (empty when there is none)."""
    lines = _lines(pages)
    # Each rewrite turns one way of writing actions into plain label blocks, in this order.
    for rewrite in (_numbered_paragraphs, _checklist, _bracketed_items, _party_brackets, _question_labels,
                    _own_roles, _plain_markdown, _prose_actions, _role_boxes, _action_paragraphs,
                    _roman_letter_codes, _split_label_runs, _without_questions, _unfold_dashed_items,
                    _unfold_coded_items, _unfold_agreement_items, _colon_less, _unfold_parenthesised,
                    _unfold_prose_roles, _items_apart, _unfold_inline):
        lines = rewrite(lines)
    records: list[_Record] = []
    current: _Record | None = None
    blank = False
    letterhead = False  # "Aan: ... / Datum: ... / Kenmerk: ... / Portefeuillehouder: ...": a letter's head
    for i, (page, line) in enumerate(lines):
        if not line.strip():
            blank, letterhead = True, False
            continue
        letterhead = letterhead or bool(_LETTERHEAD.match(_MARKUP.sub("", line)))
        if letterhead:
            current = None
            continue
        if current is not None and _WITHDRAWN.match(_MARKUP.sub("", line)):
            current.withdrawn = True
            continue
        found = _label(line)
        if found:
            meaning, value = found
            name = _LABEL.match(_MARKUP.sub("", line))
            label = name.group(1).strip() if name else ""
            if meaning == "dependency" and value:  # "Afhankelijk van: 2.1" and "Samenhang met: 2.1" differ
                value = f"{label}: {value}"
            elif meaning == "when" and label and _plain_date(value):
                # "Gereed: Q2 2027" is a deadline, "Start: 2027" a begin: the label says which
                if is_due(label):
                    value = f"gereed {value}"
                elif _START.match(label):
                    value = f"vanaf {value}"
            if (meaning == "when" and current is not None and current.began is not None and not blank
                    and label and is_due(label) and current.last == "when"):
                # 'Startdatum: 01-04-2027' / 'Einddatum: 31-12-2028' of one form: one period
                ends = parse_period(found[1])  # 'Oplevering: eind 2027' ends what 'Start: 2026' began
                end = ends is not None and ends.end_year is not None and ends.qualifier in (
                    None, "approximate", "deadline")
                both = end and _plain_date(current.began)
                current.fields["when"][-1] = (f"{current.began} - {found[1]}" if both
                                              else value if end else current.fields["when"][-1])
                current.began, current.end = None, i
                continue
            if (meaning == "lead" and current is not None and not blank and "partners" not in current.fields
                    and current.lead_label and label.lower() != current.lead_label):
                meaning = "partners"  # "Eigenaar: X | Uitvoering: Y": doers beside the one lead, as in tables
            new_block = current is None or (blank and meaning in current.fields) or meaning in current.fields
            if new_block:
                current = _Record(page=page, start=i)
                records.append(current)
            assert current is not None
            current.fields.setdefault(meaning, []).append(value)
            current.last, current.end = meaning, i
            if meaning == "lead" and not current.lead_label:
                current.lead_label = label.lower()
            current.began = found[1] if meaning == "when" and _START.match(label) else None
        elif current is not None and not blank and current.last and not _ends_value(lines, i):
            current.fields[current.last].append(_MARKUP.sub("", line).strip())  # the value runs on
            current.end = i
        else:
            current = None
        blank = False
    # a block of a sub-action with only its planning ('1.1 Ontwerp ...' / 'Planning: 2027') takes its
    # trekker from its main action (table_actions._sub_actions)
    records = [r for r in records if not r.withdrawn and (len(r.fields) >= 2 and set(r.fields) & _WHO or set(
        r.fields) == {"when"} and _SUB_CODE.match(_heading(lines, r.start, -1)[0]))]
    if len(records) < 1:
        return []
    meanings = ["code", "what", "description"]
    meanings += sorted({m for r in records for m in r.fields} - set(meanings))
    table = Table(page=records[0].page, header=[COLUMN.get(m, m) for m in meanings], method="blocks")
    floor = -1
    for r in records:
        code, title, between = _heading(lines, r.start, floor)
        floor = r.start
        values = {m: "\n".join(v for v in r.fields.get(m, []) if v) for m in meanings}
        values["code"] = values["code"] or code
        if not values["what"]:
            values["what"] = title
        elif title and "description" not in r.fields:
            values["description"] = values["what"]
            values["what"] = title
        if not values["description"]:
            values["description"] = between or _paragraph_below(lines, r.end)
        if _PARKED.match(_MARKUP.sub("", values["what"])):
            continue  # an item headed 'Geparkeerd: Tweede spoor ...' is set aside, no action
        if values["code"] or values["what"]:  # label lines with neither code nor title are no action
            values["code"] = values["code"] or "–"  # a block of its own, though without a code, no run-on
            table.rows.append(TableRow(cells=[values.get(m, "") for m in meanings], page=r.page))
    return [table] if table.rows else []


def _paragraph_below(lines: list[tuple[int, str]], end: int) -> str:
    """The paragraph right under a block's label lines, after a blank line, that describes the action: prose,
    not a heading, a rule or the title line of the next block."""
    k = end + 1
    while k < len(lines) and not lines[k][1].strip():
        k += 1
    body: list[str] = []
    while k < len(lines) and lines[k][1].strip():
        text = lines[k][1].strip()
        if text.startswith(("#", "---", "***")) or _label(text) or (not body and _OPENER.match(text)):
            return ""
        body.append(text)
        k += 1
    while k < len(lines) and not lines[k][1].strip():
        k += 1
    if k < len(lines) and _label(lines[k][1]):
        return ""  # the title line of the next block
    return " ".join(body)


def _heading(lines: list[tuple[int, str]], start: int, floor: int) -> tuple[str, str, str]:
    """The code and title above a block: on the line just above it ("Actie 3: Warmtevisie opstellen"), or
    a numbered heading ("### 2.3 Natuurinclusief bouwen") a paragraph or two higher, whose paragraphs then
    describe the action (returned third). `floor`: where the block before this one began."""
    for k in range(start - 1, max(-1, start - 3), -1):
        text = lines[k][1].strip()
        if not text:
            continue
        m = _OPENER.match(text)
        if m:
            return m.group(1).strip(), m.group(2).strip(), ""
        m = _CODE_ONLY.match(text)
        if m:
            return m.group(1).strip(), "", ""
        if len(text) <= 160 and not _label(text):
            above = _numbered_heading(lines, k, floor)
            if above is not None:
                return above
            return "", text.lstrip("#").strip(), ""
        break
    return "", "", ""


def _numbered_heading(lines: list[tuple[int, str]], end: int, floor: int) -> tuple[str, str, str] | None:
    """A Markdown or numbered heading with a code within 12 lines above `end`, no label line between."""
    for k in range(end - 1, max(floor, end - 12), -1):
        text = lines[k][1].strip()
        if _label(text):
            return None
        m = _OPENER.match(text) if text.startswith("#") or _CODE_FIRST.match(text) else None
        if m:
            body = " ".join(ln.strip() for _, ln in lines[k + 1:end + 1] if ln.strip())
            return m.group(1).strip(), m.group(2).strip(), body
    return None
