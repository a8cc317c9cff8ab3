"""Words the text may not use: a Dutch policy thesaurus (kg/data/thesaurus.jsonl) for query expansion."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from kg.textnorm import fold

_WORD = re.compile(r"[a-z0-9]+")
_RAW_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def groups() -> tuple[tuple[str, ...], ...]:
    """Each line of the data file: terms that mean the same in a policy text (abbreviation, synonym, plain
    words for a term of art)."""
    text = resources.files("kg").joinpath("data/thesaurus.jsonl").read_text(encoding="utf-8")
    return tuple(tuple(json.loads(line)["terms"]) for line in text.splitlines() if line.strip())


class Thesaurus:
    """Finds thesaurus terms in a question by their stemmed words, so 'warmtenetten' finds 'warmtenet'."""

    def __init__(self, stem: Callable[[str], str],
                 entries: tuple[tuple[str, ...], ...] | None = None) -> None:
        self._stem = stem
        self._groups = entries if entries is not None else groups()
        self._phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for g, terms in enumerate(self._groups):
            for term in terms:
                key = self._key(term)
                if key:
                    self._phrases.setdefault(key[0], []).append((key, g))
        for phrases in self._phrases.values():
            phrases.sort(key=lambda p: -len(p[0]))  # the longest term wins ('vol stroomnet' over 'stroomnet')

    def _key(self, text: str) -> tuple[str, ...]:
        return tuple(self._stem(w) for w in _WORD.findall(fold(text)))

    def matches(self, question: str) -> list[tuple[tuple[str, ...], int]]:
        """(stemmed words of the term, group) for every thesaurus term the question uses, longest first."""
        words = self._key(question)
        found: list[tuple[tuple[str, ...], int]] = []
        i = 0
        while i < len(words):
            for phrase, g in self._phrases.get(words[i], ()):
                if words[i:i + len(phrase)] == phrase:
                    found.append((phrase, g))
                    i += len(phrase) - 1
                    break
            i += 1
        return found

    def alternatives(self, question: str) -> list[str]:
        """The other terms of every group a question uses a term of, in data order, without repeats."""
        used = set(self._key(question))
        out: list[str] = []
        for g in dict.fromkeys(g for _, g in self.matches(question)):
            out += [t for t in self._groups[g] if not set(self._key(t)) <= used]
        return list(dict.fromkeys(out))

    def unseen(self, question: str, known: Callable[[str], bool]) -> bool:
        """Whether the question uses a thesaurus term none of whose words the texts use (`known` says which
        stems they do): then only the thesaurus links the question to the passages that answer it."""
        return any(not any(known(w) for w in phrase) for phrase, _ in self.matches(question))

    def rewrite(self, question: str, used: Callable[[str], bool]) -> str | None:
        """The question with each thesaurus term the texts do not use (`used` says whether they use a term)
        replaced by the first term of its group they do use ('snelle busverbinding' -> 'HOV'); None when
        there is no such term. The embeddings only know a term from the texts' own words."""
        raw = [(m.start(), m.end(), self._stem(fold(m.group()))) for m in _RAW_WORD.finditer(question)]
        raw = [(a, b, w) for a, b, w in raw if _WORD.fullmatch(w)]
        words = tuple(w for _, _, w in raw)
        out, last, i, changed = [], 0, 0, False
        while i < len(words):
            for phrase, g in self._phrases.get(words[i], ()):
                if words[i:i + len(phrase)] != phrase:
                    continue
                start, end = raw[i][0], raw[i + len(phrase) - 1][1]
                term = question[start:end]
                if not used(term):
                    # Written-out terms first: the embeddings know 'Kaderrichtlijn Water' better than 'KRW'.
                    others = sorted(self._groups[g], key=lambda t: t.isupper())
                    other = next((t for t in others if self._key(t) != phrase and used(t)), None)
                    if other is not None:
                        out += [question[last:start], other]
                        last, changed = end, True
                i += len(phrase) - 1
                break
            i += 1
        return "".join([*out, question[last:]]) if changed else None
