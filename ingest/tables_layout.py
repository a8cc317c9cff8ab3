"""Layout primitives of coded Wie/Wanneer/Wat tables: code lines, headers, paragraphs, cell tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A table code: 2-4 capitals, optional second capital group ("SV IJ 1"), a number, optional letter ("ES 5A").
CODE_RE = re.compile(r"^(?P<code>[A-Z]{2,4}(?:\s+[A-Z]{2,3})?\s+\d{1,2}[A-Z]?)"
                     r"(?:\s*/\s*(?P<part>[A-Z]{2,4}\s*\d{1,2}[A-Z]?))?(?:\s+(?P<rest>\S.*))?$")
CODE_HEAD_RE = re.compile(r"^[A-Z]{2,4}(?:\s+[A-Z]{2,3})?$")         # "SV", "ES", "SLG" alone on a line
CODE_TAIL_RE = re.compile(r"^(?:[A-Z]{2,3}\s+)?\d{1,2}[A-Z]?(?:\s*/)?$")  # "IJ 1", "5A", "1", "3 /"
HEADER_WORDS = ("Wie", "Wanneer", "Wat")
HEADER_RE = re.compile(r"^(?:Wie|Wanneer|Wat)(?:\s*(?:Wie|Wanneer|Wat))*$")
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
# A period at the start of a line glued to the following title: "2024-2028Investeren in ...".
GLUED_PERIOD_RE = re.compile(r"^(?P<period>(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)\d{2})?)"
                             r"(?P<title>[A-Z][a-z].*)$")
INLINE_PERIOD_RE = re.compile(r"^(?P<wie>.*?\S)\s+(?P<period>(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)"
                              r"(?P<title>[A-Z].*)?$")
PERIOD_WORDS = re.compile(r"\b(?:doorlopend|kerntaak|pm|q[1-4]|nog te bepalen|niet voor|vanaf|uiterlijk|"
                          r"start|jaarlijks|continu|loopt)\b", re.IGNORECASE)
PARTNER_RE = re.compile(r"^\s*(?:i\.s\.m\.|met betrokkenheid van)", re.IGNORECASE)
# Lines that end a table region: section headings, captions, intro quotes.
# "Uit het <bron> (2023):" introduces a quotation from another document.
STOP_RE = re.compile(r"^\s*(?:\d\.\d\s+\S|Overzichtsbeeld\b|Uit (?:het|de) [A-Z].{0,100}:\s*$|"
                     r"Eindnoten)")
# Page numbers ("39", or "3938" for a spread) but never a year, which can be a whole Wanneer cell.
NOISE_RE = re.compile(r"^\s*(?:\d{1,3}|(?!19|20)\d{4})\s*$")


def is_running_title(line: str, title: str) -> bool:
    """A running header that repeats (part of) the document's title ("Uitvoeringsagenda X" of title
    "Uitvoeringsagenda X 2025-2029"): page furniture, never a cell."""
    text = " ".join(line.split())
    named = len(text.split()) >= 2 or bool(re.search(r"[A-Z]{2,}-[A-Z]{2,}", text))  # not one plain word
    whole = " ".join(title.split()).lower()
    in_title = text.lower() in whole and len(text) < len(whole)  # a part of the title, never a guessed title
    return len(text) >= 6 and named and not text[:1].isdigit() and in_title
PLURAL_RE = re.compile(r"^(?:Gemeenten|Omgevingsdiensten|Waterschappen|Ministeries|Provincies|"
                       r"Hoogheemraadschappen)\b")
# Phases that continue a Wanneer cell begun by an earlier phase ("Voorbereiding ..." + "Realisatie ...").
CONT_PHASE_RE = re.compile(r"^\s*(?:realisatie|uitvoering|ontwerp|in werking|afronding|oplevering|afspraak|"
                           r"besluit|loopt door)\b", re.IGNORECASE)
PHASE_RE = re.compile(r"^\s*(?:voor-?\s*bereiding|verkenning|investerings|planfase|fase\s*\d|start|"
                      r"locatie|haal-?\s*baarheid|realisatie|uitvoering|ontwerp)", re.IGNORECASE)
YEAR_COLON_RE = re.compile(r"^\s*(?:19|20)\d{2}(?:/(?:19|20)\d{2})*\s*:")
# Last words of a Wie line after which the organisation name continues on the next line.
CONT_WORDS = {"gemeente", "gemeenten", "provincie", "provincies", "ministerie", "ministeries", "van", "en",
              "de", "het", "of", "hoogheemraadschap", "waterschap", "omgevingsdienst", "omgevingsdiensten",
              "i.s.m.:", "i.s.m.", "o.a.", "met", "tot", "voor",
              # the kind of body before its name ("recreatieschap" + "Spaarnwoude")
              "recreatieschap", "stichting", "vereniging", "veiligheidsregio", "havenbedrijf", "netbeheerder",
              "waterschappen", "hoogheemraadschappen", "drinkwaterbedrijf", "drinkwaterbedrijven"}


@dataclass
class Line:
    page: int
    text: str

    @property
    def s(self) -> str:
        return self.text.strip()


@dataclass
class Para:
    """Consecutive non-blank lines of one table column."""
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(ln.s for ln in self.lines)

    @property
    def flat(self) -> str:
        return join_lines([ln.s for ln in self.lines])


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; a line-end hyphen joins the word unless a capital follows ("Noord-Holland")."""
    out = ""
    for raw in lines:
        s = raw.strip()
        if not s:
            continue
        if out.endswith("-") and not out.endswith(" -") and s[:1].islower():
            out = out[:-1] + s
        elif out.endswith("/") or out.endswith("-"):
            out += s
        else:
            out = f"{out} {s}" if out else s
    return re.sub(r"\s+", " ", out).strip()


def normalise_code(code: str) -> str:
    return re.sub(r"\s+", " ", code).strip()


def is_period_like(text: str) -> bool:
    return bool(YEAR_RE.search(text) or PERIOD_WORDS.search(text))


def max_line_len(p: Para) -> int:
    return max((len(ln.s) for ln in p.lines), default=0)


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", ":", ";", "!", "?"))


def title_score(paras: list[Para], i: int) -> float:
    """How much paragraph i looks like the first line(s) of a Wat cell (a row title)."""
    p = paras[i]
    first = p.lines[0].s
    if not first or not first[0].isupper() or first.startswith(("•", "-", "Aandachtspunten")):
        return -2.0
    if re.match(r"^\d+[.)]", first) or first.endswith((":", ",")):
        return -2.0
    score = 0.0
    prev_flat = paras[i - 1].flat if i > 0 else ""
    if len(p.lines) == 1:
        score += 1.0 if len(first) < 70 else 0.2
    else:
        nxt = p.lines[1].s
        if _wrapped_title(p):
            return 1.0  # "Onderzoek beperken zoutindringing naar achterliggende" + "gebieden" + sentence
        if first.endswith("-"):
            return -1.5
        if first.count("(") > first.count(")") or nxt.startswith("("):
            score += 1.0  # the title continues with its parenthesis on the next line
        else:
            score += 1.0 if nxt[:1].isupper() or nxt.startswith("•") else -0.6
    if len(first) > 70:
        score -= 0.5
    if i > 0 and not ends_sentence(prev_flat) and not prev_flat.endswith(")") and len(paras[i - 1].lines) > 3:
        score -= 0.4  # the previous paragraph stops mid-sentence: a page break inside a description
    if len(p.lines) == 1 and first.endswith("."):
        score -= 1.0  # a lone sentence end ("Kennemerland.") is the tail of a broken line, not a title
    prev_last = paras[i - 1].lines[-1].s if i > 0 else "."
    if prev_last.endswith(","):
        score -= 1.5  # "• ... Amsterdam-Rijnkanaal," + break + "Noordzeekanaal": an enumeration goes on
    if first.endswith(".") and len(first.split()) <= 3 and not ends_sentence(prev_last):
        score -= 2.0  # "...Nationaal Park Zuid" + break + "Kennemerland.": a bullet split by the column break
    if re.match(r"^[A-Z]\.\s", first):
        score -= 1.5  # lettered group captions ("C. Zaanstad - gemeente Zaanstad") sit between rows
    if first.startswith("Sleutelproject"):
        score += 1.0
    if first.split()[0] in {"De", "Het", "Een", "Dit", "Deze", "Door", "Daarnaast", "Binnen", "Via", "Ook",
                            "Met",
                            "Voor", "In", "Om", "Bij", "Hiervoor", "Hierbij", "Tevens"}:
        score -= 0.8
    return score


def _wrapped_title(p: Para) -> bool:
    """A title wrapped onto a short second line, after which the description starts with a capital."""
    lines = [ln.s for ln in p.lines]
    if len(lines) < 3 or ends_sentence(lines[0]) or ends_sentence(lines[1]) or lines[1].endswith(","):
        return False
    # The second line continues the title when it starts in lower case, or when the first line was full.
    # A year alone ("... Kaderrichtlijn Water" + "2027") also wraps a full first line.
    wraps = lines[1][:1].islower() or (len(lines[0]) >= 50 and (lines[1][:1].isupper()
                                                                or lines[1][:1].isdigit()))
    return wraps and len(lines[1]) < 45 and len(lines[1].split()) <= 5 \
        and lines[2][:1].isupper() and not lines[2].startswith("•")


def split_title(p: Para, first_paragraph: int | None = None) -> tuple[str, list[str]]:
    """Title lines of a row's first paragraph; the rest of the paragraph is description. `first_paragraph`:
    how many lines the cell's first paragraph has, when the cell holds more paragraphs than that."""
    lines = [ln.s for ln in p.lines]
    if _wrapped_title(p) and lines[0].count("(") <= lines[0].count(")"):
        return join_lines(lines[:2]), lines[2:]
    n = 1
    while n < len(lines):
        head = " ".join(lines[:n])
        nxt = lines[n]
        if head.count("(") > head.count(")") or head.endswith("-") or (nxt.startswith("(") and n == 1):
            n += 1
            continue
        # A short capitalised tail ("Westpoort") before a sentence line still belongs to the title.
        if (n + 1 < len(lines) and len(nxt) <= 25 and len(nxt.split()) <= 2 and nxt[:1].isupper()
                and lines[n + 1][:1].isupper()):
            n += 1
            continue
        # Lower-case lines continue the title within a short first paragraph ("... leefomgeving via" +
        # "scherper vergunnen, ..." + blank line + description).
        short = len(lines) <= 4 or (first_paragraph is not None and first_paragraph <= 4)
        if nxt[:1].islower() and not ends_sentence(head) and short and n < (first_paragraph or 3):
            n += 1
            continue
        break
    return join_lines(lines[:n]), lines[n:]


STATEMENT_RE = re.compile(r"(?i)\b(?:onderdeel van|maakt deel uit van|valt onder)\b")


def split_statement(cell: str) -> tuple[str, str]:
    """A Wie cell's parties and a trailing statement about the row ("Onderdeel van de Uitvoeringsagenda
    NOVEX-MRA 1.0"): that sentence is a dependency of the row, not a list of parties."""
    m = STATEMENT_RE.search(cell)
    if not m:
        return cell, ""
    end = cell.find("\n\n", m.start())
    end = len(cell) if end < 0 else end
    return (cell[:m.start()] + cell[end:]).strip(), cell[m.start():end].strip()

