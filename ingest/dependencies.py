"""Explicit links between actions and agreements (depends, starts_after, part_of, related) in their text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.model import Action, Dependency

# Strength order: when one target is linked in several sentences, the strongest statement wins.
_STRENGTH = {"starts_after": 4, "depends": 3, "part_of": 2, "related": 1}

# Letter groups that look like action codes but are chemistry, units or programme names.
_NOT_CODES = {
    "CO", "NO", "SO", "NH", "PM", "NOX", "KV", "GW", "MW", "KW", "CH", "PFAS", "COVID", "MRA", "EU", "NL",
    "HZ", "MJ", "PJ", "TJ", "GJ", "KM", "CM", "MM", "HA", "DB", "WHO", "PC", "ISO", "NEN", "SDG",
}

# "Uitvoeringsafspraak C" / "UA C": agreements are lettered.
_AGREEMENT = re.compile(r"(?<![\w-])(?:[Uu]itvoeringsafspraak|UA)\s+([A-Z])(?![\w-])")
# "WB1", "LG 4", "SV IJ 1": 2-4 capitals, an optional second capital group, a 1-2 digit number.
_CODE = re.compile(r"(?<![\w&/-])([A-Z]{2,4}(?: [A-Z]{2,3})?) ?(\d{1,2})(?![\w-]|[.,]\d)")

_ABBREV_END = re.compile(r"(?:\b(?:o\.a|bijv|m\.b\.t|t\.b\.v|i\.s\.m|i\.v\.m|o\.m|m\.n|e\.d|etc|incl|excl|"
                         r"ca|nr|par|jl|t\.z\.t|d\.w\.z|Sept|sept|jan|feb|okt|nov|dec|min|blz|p)\.)$")

_STARTS_AFTER = re.compile(
    r"\b(?:start(?:en)?|begin(?:t|nen)?|aanvang|opgestart)\b.{0,80}?\b(?:zodra|na afronding|nadat|na afloop|"
    r"na oplevering|na gereedkomen|na (?:de |het )?(?:vaststelling|besluit))\b|"
    r"\bzodra\b.{0,160}?\b(?:afgerond|gereed|opgeleverd|klaar|voltooid|"
    r"aangelegd|vastgesteld|gerealiseerd|bekend|beschikbaar|genomen|besloten)\b|"
    r"\bnadat\b.{0,120}?\b(?:afgerond|gereed|opgeleverd|klaar|voltooid|aangelegd|vastgesteld|gerealiseerd|"
    r"genomen|besloten)\b|\bvolg(?:t|en) op\b|\bin aansluiting op\b|\b(?:als\s+)?vervolg\s+op\b|"
    r"\bna afronding van\b|\b(?:start(?:en|t)?|begin(?:t|nen)?)\s+pas\s+na\b|"
    r"\bpas\s+na\s+(?:(?:actie|maatregel|project)\s+)?[A-Z]{0,4}[ .-]?\d|"
    r"(?:^|\b(?:start(?:en|t)?|begin(?:t|nen)?)\s+)na\s+(?:(?:actie|maatregel|project)\s+)?"
    r"[A-Z]{0,4}[ .-]?\d|"
    # a cell "na besluit over 1.2"
    r"^na\s+(?:de\s+|het\s+)?(?:besluit(?:vorming)?|afronding|oplevering)\s+"
    r"(?:over|van|uit)\s+(?:(?:actie|maatregel|project)\s+)?[A-Z]{0,4}[ .-]?\d|"
    r"\bna\s+(?:de|het)\s+[\w-]+\s+(?:uit|van)\s+(?:actie|maatregel|project)\s+[A-Z]{0,4}[ .-]?\d",
    re.I | re.S)  # a cell "na B1", "na 2.1"; "(start na 14.1)"
_PART_OF = re.compile(
    r"\b(?:(?:wordt|worden|is|zijn|als)\s+)?onderdeel\s+(?:gemaakt\s+)?(?:(?:van|uit)\s+)*|"
    r"\bmaakt(?:en)? deel uit van\s+|\bvalt onder\s+", re.I)
_DEPENDS = re.compile(
    r"\bafhankelijk van\b|\bdepend(?:s|encies|ency)?(?: on)?\b|\bwacht(?:en|t)? op\b|"
    r"\bna (?:het )?(?:besluit|vaststelling|uitkomst)\b|\bonder voorbehoud van\b|"
    r"\bbouwt voort op\b|\bop basis van\b|"
    r"\bvoorwaarde(?:lijk)? (?:voor|is|hiervoor|daarvoor)\b|\bvoorwaarden?\s*:|\bvereist\b|"
    r"\bom\b.{0,160}?\bte kunnen\b.{0,100}?\bmoet(?:en)?\b|\bmoet(?:en)?\b.{0,80}?\beerst\b|"
    r"\beerst\b.{0,80}?\b(?:keuze|besluit|afgerond|gereed)\b|\bpas\b.{0,80}?\b(?:nadat|als|wanneer|na)\b",
    re.I | re.S)
_RELATED = re.compile(r"\brelatie met\b|\bsamenhang met\b|\bin samenhang\b|\bzie\b|\bgekoppeld aan\b|"
                      r"\bkoppeling met\b|\braakvlak", re.I)
_RELATION_HEADING = re.compile(r"\b(?:relatie|samenhang|afhankelijkheid|koppeling)\b", re.I)
_PROGRAMME_WORD = re.compile(r"agenda|programma|plan\b|deal\b|akkoord|aanpak|strategie|traject|MIRT", re.I)
_STOP_NAME = re.compile(r"[;,()\[\]:]|\.(?!\d)|\s(?:waarbij|waarin|die|dat|om|zodat|wordt|worden|is)\s")


def normalise_code(raw: str) -> str:
    """'WB1' -> 'WB 1', 'Uitvoeringsafspraak C' -> 'UA C', 'SV IJ1' -> 'SV IJ 1'."""
    text = " ".join(raw.split())
    m = _AGREEMENT.fullmatch(text)
    if m:
        return f"UA {m.group(1)}"
    m = _CODE.fullmatch(text)
    if m:
        return f"{m.group(1)} {int(m.group(2))}"
    return text


def is_code(text: str) -> bool:
    """True for an action or agreement code ("LG 4", "UA B"), False for a programme name."""
    text = " ".join(text.split())
    return bool(_AGREEMENT.fullmatch(text) or _CODE.fullmatch(text))


_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)][ \t]+\S")
"""A numbered list item at the start of a line: it opens a sentence ("... bij Ommen.\n3.  Met alle ...")."""


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences; bullets, blank lines and 'Heading:' lines also end a sentence (a blank
    line between two lower-case words does not: a column or page break inside the sentence)."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        cut = None
        if ch in ".!?" and i + 1 < n and text[i + 1].isspace():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            nxt = text[j] if j < n else ""
            opener = nxt == "" or nxt.isupper() or nxt in "•‘“'\"(—-" or (
                "\n" in text[i + 1:j] and _NUMBERED_ITEM.match(text, j) is not None)  # "\n3.  Met ..."
            if opener and not _ABBREV_END.search(text[start:i + 1]):
                cut = i + 1
        elif ch == "\n":
            line_end = text[start:i].rstrip()
            nxt_line = text[i + 1:].lstrip(" \t")
            # a sentence that a column or page break cut ('met het vergroenen van de' / 'schoolpleinen in')
            carried = line_end[-1:].islower() and text[i + 1:].lstrip()[:1].islower()
            if line_end.endswith(":") or not carried and (
                    nxt_line.startswith(("\n", "•", "— ", "- ")) or (i + 1 < n and text[i + 1] == "\n")):
                cut = i
        if cut is not None:
            _add_span(text, start, cut, spans)
            start = cut
        i += 1
    _add_span(text, start, n, spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip(" \t\n•—"))
    seg = seg.strip(" \t\n•—")
    if seg:
        s = start + lead
        spans.append((s, s + len(seg)))


def find_codes(sentence: str) -> list[str]:
    """Action/agreement codes named in a sentence, normalised, in order of appearance."""
    found: list[tuple[int, str]] = []
    for m in _AGREEMENT.finditer(sentence):
        found.append((m.start(), f"UA {m.group(1)}"))
    for m in _CODE.finditer(sentence):
        letters = m.group(1)
        if letters.split()[0] in _NOT_CODES or letters in ("UA",):
            continue
        found.append((m.start(), f"{letters} {int(m.group(2))}"))
    out: list[str] = []
    for _, code in sorted(found):
        if code not in out:
            out.append(code)
    return out


def _part_of_name(sentence: str) -> str | None:
    """The named programme/agenda after 'onderdeel van', when it is a proper name (not 'de inpassing van')."""
    for m in _PART_OF.finditer(sentence):
        if re.match(r"\s*(?:hiervan|daarvan|ervan)\b", sentence[m.end():], re.I):
            continue
        rest = re.sub(r"^(?:de|het|een|deze|dit)\s+", "", sentence[m.end():].strip(), flags=re.I)
        stop = _STOP_NAME.search(rest)
        name = " ".join((rest[:stop.start()] if stop else rest).split()[:10]).strip()
        if not name:
            continue
        first = name.split()[0]
        if first[0].isupper() or (_PROGRAMME_WORD.search(name) and " van " not in f" {name} "):
            return _fix_caps(name)
    return None


def _fix_caps(name: str) -> str:
    """A word typed with two capitals ("UItvoeringsagenda") gets the second lowered; IJ is one letter."""
    return re.sub(r"\b([A-HJ-Z])([A-Z])(?=[a-zà-ÿ]{3,})", lambda m: m.group(1) + m.group(2).lower(), name)


def dependency_kind(sentence: str) -> str | None:
    """The kind of dependency a sentence states by its wording (starts_after, depends, part_of, related), or
    None; the cue words are this module's patterns, so the reference resolver reads sentences the same way."""
    if _STARTS_AFTER.search(sentence):
        return "starts_after"
    if _DEPENDS.search(sentence):
        return "depends"
    if _PART_OF.search(sentence) and not re.search(r"onderdeel\s+(?:hiervan|daarvan)", sentence, re.I):
        return "part_of"
    if _RELATED.search(sentence):
        return "related"
    return None


def _code_kind(flat: str, code: str, kind: str | None) -> str:
    """part_of only when the code itself follows 'onderdeel van' (not a code whose title contains it)."""
    if kind != "part_of":
        return kind or "related"
    for m in _PART_OF.finditer(flat):
        head = re.sub(r"^(?:de|het|een)\s+", "", flat[m.end():].strip(), flags=re.I)
        if find_codes(head[:30])[:1] == [code]:
            return "part_of"
    return "related"


def find_dependencies(text: str, own_code: str) -> list[Dependency]:
    """Every explicit link stated in `text` (the description of action `own_code`), strongest kind per target.

    A sentence that names another code gets the kind of its cue words (zodra/na afronding -> starts_after;
    afhankelijk van/om ... te kunnen ... moeten/eerst -> depends; onderdeel van -> part_of; anything else,
    including 'relatie met', 'samenhang met' and 'zie', -> related). A 'Relatie met X' statement opens a
    context: a later necessity sentence without a code of its own ('om ... te kunnen realiseren moeten Rijk
    en regio een keuze maken') is a `depends` on X. 'Onderdeel van <named programme>' keeps the name as
    target_code. The own code is never a target.
    """
    own = normalise_code(own_code) if own_code else ""
    best: dict[str, Dependency] = {}
    context: str | None = None
    for s, e in split_sentences(text):
        sentence = text[s:e]
        flat = " ".join(sentence.split())
        codes = [c for c in find_codes(flat) if c != own]
        kind = dependency_kind(flat)
        if codes:
            if _RELATION_HEADING.search(flat):
                context = codes[0]
            for code in codes:
                keep_stronger(best, Dependency(_code_kind(flat, code, kind), code, sentence))
            continue
        if kind == "part_of":
            name = _part_of_name(flat)
            if name and normalise_code(name) != own:
                keep_stronger(best, Dependency("part_of", name, sentence))
        elif kind in ("depends", "starts_after") and context:
            keep_stronger(best, Dependency(kind, context, sentence))
        if flat.endswith(":") and not _RELATION_HEADING.search(flat):
            context = None  # a new sub-heading ('Planning project:') closes the relation context
    return list(best.values())


def keep_stronger(best: dict[str, Dependency], dep: Dependency) -> None:
    """Keep `dep` for its target unless a stronger or equal kind of link to that target is there."""
    old = best.get(dep.target_code)
    if old is None or _STRENGTH[dep.kind] > _STRENGTH[old.kind]:
        best[dep.target_code] = dep


# --- sleutelproject rows <-> uitvoeringsafspraken -------------------------------------------------------

_GENERIC = {
    "sleutelproject", "uitvoeringsafspraak", "van", "de", "het", "een", "en", "voor", "rond", "in", "op",
    "als", "met", "aan", "bij", "tot", "uit", "of", "te", "integraal", "integrale", "plan", "realisatie",
    "onderdeel",
    "versterken", "versterking", "opstellen", "ontwikkelen", "ontwikkeling", "actualiseren", "beleid",
    "voorbereiding", "inzetten", "nieuwe", "nieuw", "project", "aanpak", "gesprek", "bestuurlijk", "toekomst",
}


def title_words(title: str) -> set[str]:
    """A title's distinctive words: lower case, longer than two letters, not a generic policy word."""
    return {w for w in re.findall(r"[\w-]+", title.lower()) if len(w) > 2 and w not in _GENERIC}


def shared_words(a: set[str], b: set[str]) -> int:
    """How many distinctive words (of `title_words`) two titles share; compounds sharing a long stem count
    too (rioolwaterzuivering...)."""
    n = 0
    for w in a:
        if w in b or (len(w) >= 8 and any(len(v) >= 8 and (v.startswith(w) or w.startswith(v)) for v in b)):
            n += 1
    return n


def link_sleutelprojecten(actions: Iterable[Action], min_shared: int = 2) -> None:
    """Add a `related` link both ways between each sleutelproject row and the agreement it shares its subject
    with (at least `min_shared` distinctive title words, e.g. place names 'IJmond', 'A9-Zuid', 'Westpoort').

    Meant for the whole action list of one document, after tables and agreements are extracted.
    """
    acts = list(actions)
    agreements = [a for a in acts if a.kind == "agreement"]
    for row in acts:
        if row.kind == "agreement" or not (row.kind == "sleutelproject" or
                                            row.title.lower().startswith("sleutelproject")):
            continue
        words = title_words(row.title)
        scored = sorted(((shared_words(words, title_words(ua.title)), ua) for ua in agreements),
                        key=lambda t: -t[0])
        if not scored or scored[0][0] < min_shared or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            continue
        ua = scored[0][1]
        for src, dst in ((row, ua), (ua, row)):
            if all(d.target_code != dst.code for d in src.dependencies):
                src.dependencies.append(Dependency("related", dst.code, row.title))
