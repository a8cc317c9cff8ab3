"""Links between the rows of one document that a cell states: by code ("start nadat actie 1.2 is afgerond",
"maakt deel uit van 2.1", "zie ook B3") or by naming another row's title ("wacht op de uitkomst van het
onderzoek naar de piekwaterberging")."""

from __future__ import annotations

import re

from ingest.dependencies import (
    dependency_kind,
    find_codes,
    keep_stronger,
    shared_words,
    split_sentences,
    title_words,
)
from ingest.model import Action, Dependency

_CUE_WORDS = (r"(?:actie|acties|actiepunt|actiepunten|maatregel|maatregelen|project|projecten|activiteit|"
              r"activiteiten|toezegging|toezeggingen|afspraak|afspraken|artikel|nr\.?|nummer|"
              r"punt|rij|zie(?: ook)?|met|van|op|na|uit)")
# Where the words that name the other row begin: after the cue that states the link.
_CUE = re.compile(r"\b(?:zodra|nadat|wacht(?:en|t)? op|afhankelijk van|na afronding van|volg(?:t|en) op|"
                  r"onderdeel (?:van|uit)|deel uit van|samenhang met|zie(?: ook)?|relatie met|gekoppeld aan|"
                  r"in aansluiting op|bouwt voort op|op basis van|uitkomst(?:en)? van|na)\b", re.I)
MIN_SHARED = 2


def code_pattern(code: str) -> re.Pattern[str] | None:
    """How a code is written in running text: "1.2", "M3"/"M 3", "KA 2"/"KA2", "EN-01"/"EN 1"; a bare number
    only after a cue word ("actie 3", "maatregelen 2 en 3")."""
    m = re.fullmatch(r"([A-Za-z]*)[\s.-]*(\d+(?:\.\d+)*)([A-Za-z]?)", code.strip().rstrip("."))
    if not m:  # "A26-14", "TZ-2026-07": written as it is
        written = code.strip().rstrip(".")
        coded = re.search(r"[A-Za-z]", written) and re.search(r"\d", written)
        roman = re.fullmatch(r"[IVX]{1,4}\.[a-z]", written)  # "II.b"
        return re.compile(rf"(?<![\w.-]){re.escape(written)}(?![\w]|[.-]\d)") if (coded or roman) and \
            " " not in written else None
    letters, number, suffix = m.groups()
    num = re.escape(number.lstrip("0") or "0")
    if not letters and "." not in number:
        listed = r"(?:\d+\s*(?:,|en|of)\s*)*"  # "acties 2 en 3"
        return re.compile(rf"\b{_CUE_WORDS}\s+{listed}0*{num}{re.escape(suffix)}(?![\w.]\d|\w)", re.I)
    head = rf"(?<![\w.]){re.escape(letters)}[\s.-]?" if letters else r"(?<![\w.])"
    return re.compile(rf"{head}0*{num}{re.escape(suffix)}(?![\w]|\.\d)")


def link_references(actions: list[Action], texts: list[str], targets: list[Action] | None = None) -> None:
    """Add the dependencies stated in `texts[i]` (the cells of `actions[i]`) on the other actions (or on
    `targets` only); a link already there keeps its target."""
    pool = actions if targets is None else targets
    patterns = [(a, code_pattern(a.code)) for a in pool if a.code]
    titles = [(a, title_words(a.title)) for a in pool if a.title]
    for action, text in zip(actions, texts, strict=True):
        best: dict[str, Dependency] = {d.target_code: d for d in action.dependencies}
        clauses = [(part.strip(), whole) for s, e in split_sentences(text)
                   for whole in [" ".join(text[s:e].split())] for part in whole.split(";")]
        for sentence, whole in clauses:  # "Start na DS-02; bouwt voort op DS-04": each clause its own cue
            kind = dependency_kind(sentence) or dependency_kind(whole)
            named = set(find_codes(sentence))  # "Uitvoeringsafspraak B", "WB 1": the corpus's code style
            hits = [other for other, pat in patterns if other is not action and (
                other.code in named or (pat is not None and pat.search(sentence)))]
            if not hits and kind:
                hits = _by_name(sentence, action, titles)
            back = _POINTS_BACK.search(sentence)
            if back and kind in ("starts_after", "depends") and len(hits) == 1 and action.code and \
                    re.match(rf"(?:[^:]{{0,40}}:\s*)?(?:\w+\s+)?{re.escape(hits[0].code)}\b", sentence):
                # 'Project PU-4 bouwt hierop voort en start pas na oplevering van dit project', in PU-1's
                # words: PU-4 is the one that waits
                theirs = {d.target_code: d for d in hits[0].dependencies}
                keep_stronger(theirs, Dependency(kind, action.code, sentence))
                hits[0].dependencies = list(theirs.values())
                continue
            for other in hits:
                target = other.code or other.title  # a row without a code is named by its title
                keep_stronger(best, Dependency(kind or "related", target, sentence))
        action.dependencies = list(best.values())


# "... bouwt hierop voort", "... start pas na oplevering van dit project": words that point back at the row
# whose text this is.
_POINTS_BACK = re.compile(r"(?i)\b(?:hierop|hierna|daarop|hiervan|van\s+dit\s+project|van\s+deze\s+actie|"
                          r"van\s+deze\s+maatregel)\b")


def _by_name(sentence: str, action: Action, titles: list[tuple[Action, set[str]]]) -> list[Action]:
    """The one other row whose title the sentence names (most shared distinctive words, at least two, no
    tie); none when it is unclear."""
    cue = _CUE.search(sentence)
    words = title_words(sentence[cue.end():] if cue else sentence)
    scored = sorted(((shared_words(t, words), len(t), other)
                     for other, t in titles if other is not action and t), key=lambda p: -p[0])
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return []
    shared, size, best = scored[0]
    if shared >= min(MIN_SHARED, size) and shared > 0:  # a one-word title: that word
        return [best]
    if shared == 1:  # one long word that only this title has ("de hittekaart")
        own = {w for w in title_words(best.title) & words if len(w) >= 8}
        others = set().union(*(t for o, t in titles if o is not best and o is not action))
        if own and not own & others:
            return [best]
    return []
