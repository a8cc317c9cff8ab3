"""Dutch-aware tokens for keyword search: folding, stop words, codes, organisations, compound parts, stems."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from kg.resources import resource

MIN_COMPOUND = 8
"""Only words at least this long are tried as compounds (shorter ones split into noise: 'kansen')."""
MIN_HEAD = 4
MIN_MODIFIER = 3
# Derivational endings and verb particles are words on their own but never compound parts worth matching
# ('betrokken|heid', 'uit|voering'); splitting there would only add noise.
_NOT_HEAD = {"heid", "heden", "schap", "schappen", "lijk", "lijke", "baar", "bare", "achtig", "loos", "ling",
             "lingen", "ster", "sters", "isch", "ische", "tje", "tjes", "nis", "nissen", "tie", "ties", "ing",
             "ingen", "sel", "sels", "erij", "eren", "ende", "aar", "aars", "ieel", "iele"}
_NOT_MODIFIER = {"aan", "af", "be", "bij", "door", "ge", "her", "in", "mee", "na", "om", "on", "ont", "op",
                 "over", "toe", "uit", "ver", "voor", "weg", "onder", "tegen", "terug", "samen", "achter",
                 "ter", "ten", "een", "die", "dat", "van", "het", "der", "des", "mis", "wan", "oer", "aller",
                 "hoofd"}
# Linking elements between compound parts: "verduurzaming-s-opgave", "kind-er-opvang", "pann-en-koek".
_LINKERS = ("", "s", "en", "e", "er")

# Action codes as printed in the tables: "WB 1", "ES 5A", "SV IJ 1", "UA B", "GL8". Kept as one token.
CODE_RE = re.compile(
    r"\b([A-Z]{2,3})(?:[ \u00a0]([A-Z]{2}))?(?:[ \u00a0]?(\d{1,2}[A-Za-z]?)|[ \u00a0]([A-H]))\b")
# In a question people also type codes in lower case, glued: "wb1", "es5a".
LOOSE_CODE_RE = re.compile(r"\b([a-z]{2,3})(\d{1,2}[a-z]?)\b")
_WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_HYPHEN_BREAK = re.compile(r"(\w)-\n\s*([a-z])")
_STOP_EXTRA = {"welke", "welk", "wat", "wie", "waar", "wanneer", "hoe", "hoeveel", "waarom", "wordt",
               "worden", "zijn", "is", "de", "het", "een"}


def fold(text: str) -> str:
    """Lower case without accents ('Beïnvloeding' -> 'beinvloeding'); ligatures and NBSP normalised."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower()


def join_breaks(text: str) -> str:
    """'uitvoerings-\\nagenda' -> 'uitvoeringsagenda'; 'Noord-\\nHolland' keeps its hyphen."""
    text = text.replace("\u00ad", "")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return re.sub(r"(\w)-\n\s*(\w)", r"\1-\2", text)


def codes(text: str, loose: bool = False) -> list[str]:
    """Action codes in `text` as tokens: 'SV IJ 1' -> 'sv_ij_1'; `loose` (questions) also reads 'wb1'."""
    out = []
    for m in CODE_RE.finditer(text):
        out.append("_".join(p.lower() for p in m.groups() if p))
    if loose:
        out += [f"{m.group(1)}_{m.group(2)}" for m in LOOSE_CODE_RE.finditer(text)]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words (folded) plus question words, which never carry the topic of a question."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(fold(w) for w in STOP_WORDS) | _STOP_EXTRA


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """Dutch word forms and lemmas from spacy-lookups-data: the vocabulary compound parts must come from."""
    try:
        import spacy_lookups_data
    except ImportError:  # the corpus vocabulary alone still splits the compounds it contains
        return frozenset()
    path = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
    if not path.is_file():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    words = {fold(w) for w in table} | {fold(w) for w in table.values()}
    return frozenset(w for w in words if w.isalpha() and len(w) >= MIN_MODIFIER)


def corpus_vocabulary(texts: Iterable[str], min_count: int = 2) -> list[str]:
    """Words seen at least `min_count` times in the passages: domain words the lexicon lacks ('walstroom').
    A text that occurs several times is read once and its words counted that many times."""
    counts: dict[str, int] = {}
    for text, times in Counter(texts).items():
        for word in _WORD_RE.findall(fold(join_breaks(text))):
            if word.isalpha() and len(word) >= MIN_HEAD:
                counts[word] = counts.get(word, 0) + times
    return sorted(w for w, c in counts.items() if c >= min_count)


class Analyzer:
    """Text -> BM25 tokens. The same analyzer (same vocabulary and organisation table) must be used for the
    passages and the queries, so both are saved with the index."""

    def __init__(self, vocabulary: Iterable[str] = (), organisations: dict[str, list[str]] | None = None,
                 stem: bool = True, split_compounds: bool = True) -> None:
        self.lexicon = lexicon_words()
        self.vocab = set(self.lexicon) | {fold(w) for w in vocabulary}
        self.stops = stop_words()
        self.split_compounds = split_compounds
        self._stemmer = None
        if stem:
            import Stemmer

            self._stemmer = Stemmer.Stemmer("dutch")
        self._splits: dict[str, list[str]] = {}
        # organisation key -> alias phrases, matched as folded token sequences
        self.organisations = organisations or {}
        self._org_phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, aliases in self.organisations.items():
            for alias in aliases:
                words = tuple(self.words(alias))
                if words:
                    self._org_phrases.setdefault(words[0], []).append((words, key))
        for phrases in self._org_phrases.values():
            phrases.sort(key=lambda p: -len(p[0]))

    # -- compounds ---
    def split(self, word: str) -> list[str]:
        """Parts of a compound, longest known head first ('waterstofnetwerk' -> waterstof, netwerk, water,
        stof); [] if `word` is not a compound of known words."""
        if word in self._splits:
            return self._splits[word]
        parts = self._split(word, depth=0) or []
        result = [p for p in dict.fromkeys(parts) if p != word]
        self._splits[word] = result
        return result

    def _known(self, word: str) -> bool:
        return word in self.vocab

    def _split(self, word: str, depth: int) -> list[str] | None:
        if len(word) < MIN_COMPOUND or depth > 3:
            return None
        if len(word) < 10 and word in self.lexicon:  # a common short word, not a compound
            return None
        for ending in ("en", "n", "s", "e"):  # an inflected simple word ('gemeenten' of 'gemeente')
            base = word[: -len(ending)]
            if word.endswith(ending) and len(base) >= MIN_COMPOUND - 2 and base in self.vocab:
                return self._split(base, depth + 1)
        # Try the longest head (right-hand part) first: in Dutch the head carries the meaning.
        for cut in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
            head = word[cut:]
            if head in _NOT_HEAD or not self._known(head):
                continue
            left = word[:cut]
            for linker in _LINKERS:
                if linker and not left.endswith(linker):
                    continue
                modifier = left[: len(left) - len(linker)] if linker else left
                if len(modifier) < MIN_MODIFIER or modifier in _NOT_MODIFIER:
                    continue
                if self._known(modifier):
                    sub = (self._split(modifier, depth + 1) or []) + (self._split(head, depth + 1) or [])
                    return [modifier, head, *sub]
                inner = self._split(modifier, depth + 1)
                if inner:
                    return [modifier, head, *inner]
        return None

    # -- tokens ---
    def organisation_keys(self, words: list[str]) -> list[str]:
        """Registry keys of the organisations named in a folded word sequence (longest alias wins)."""
        found: list[str] = []
        i = 0
        while i < len(words):
            for phrase, key in self._org_phrases.get(words[i], ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    found.append(key)
                    i += len(phrase) - 1
                    break
            i += 1
        return list(dict.fromkeys(found))

    def organisations_in(self, text: str) -> list[str]:
        """Registry keys of the organisations `text` names, action codes left out ('AZ 1' is no ministry)."""
        return self.organisation_keys(self.words(_without_codes(text)))

    def words(self, text: str) -> list[str]:
        """Folded words, hyphenated words also as their parts and joined ('noord-holland' -> noord, holland,
        noordholland)."""
        out: list[str] = []
        for word in _WORD_RE.findall(fold(join_breaks(text))):
            if "-" in word or "'" in word:
                pieces = [p for p in re.split(r"[-']", word) if p]
                out.extend(pieces)
                out.append("".join(pieces))
            else:
                out.append(word)
        return out

    def tokens(self, text: str, query: bool = False) -> list[str]:
        """BM25 tokens: stems of content words and of their compound parts, code tokens and 'org_<key>'."""
        words = self.words(text)
        out = [f"code_{c}" for c in codes(join_breaks(text), loose=query)]
        out += [f"org_{k}" for k in self.organisations_in(text)]
        for word in words:
            if word in self.stops or (len(word) < 2 and not word.isdigit()):
                continue
            out.append(self._stem(word))
            if self.split_compounds and word.isalpha():
                out.extend(self._stem(p) for p in self.split(word))
        return out

    def _stem(self, word: str) -> str:
        if self._stemmer is None or not word.isalpha():
            return word
        return self._stemmer.stemWord(word)

    def query_codes(self, text: str) -> set[str]:
        """Exact-match keys of a query (codes and organisations) used to boost passages that share them."""
        return {f"code_{c}" for c in codes(join_breaks(text), loose=True)} | \
            {f"org_{k}" for k in self.organisations_in(text)}


def _without_codes(text: str) -> str:
    """Text with its action codes blanked: the 'AZ' of 'AZ 1' is no mention of Algemene Zaken."""
    return CODE_RE.sub(" ", join_breaks(text))


def load_organisations(path: Path | None = None) -> dict[str, list[str]]:
    """Organisation key -> its names (label, aliases, abbreviations) from the actor registry JSONL."""
    if path is None:
        path = Path(str(resource("ingest", "data", "actors.jsonl")))  # package data, not a source-tree path
    table: dict[str, list[str]] = {}
    if not path.is_file():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("type") == "group":  # 'gemeenten' alone is no specific body
            continue
        names = [row.get("label", ""), *row.get("aliases", [])]
        table[row["key"]] = [n for n in names if n and len(n) >= 2]
    return table
