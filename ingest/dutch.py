"""Dutch words for reading commitments (patterns/commitment_words.jsonl) and verb forms: past, infinitive."""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ingest.nlp import PATTERN_DIR


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """patterns/commitment_words.jsonl by kind; sender words by the sender type they stand for."""
    out: dict[str, Any] = {"sender": {}}
    for line in (PATTERN_DIR / "commitment_words.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("kind") == "sender":
            out["sender"][row["applies"]] = row["words"]
        elif "kind" in row:
            out[row["kind"]] = row["words"]
    return out


def words_re(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def phrase_re(phrase: str, gap: int) -> re.Pattern[str]:
    """'zegt toe' -> 'zegt' + up to `gap` words + 'toe', anchored at the finite verb."""
    first, *rest = phrase.split()
    tail = r"\s+".join(re.escape(w) for w in rest)
    return re.compile(rf"^{re.escape(first)}\b(?:\s+\S+){{0,{gap}}}?\s+{tail}\b" if rest else
                      rf"^{re.escape(first)}\b")


def is_past_form(verb: str) -> bool:
    """Simple past: irregular forms from the lexicon, weak forms on -de/-te ('stuurde', 'werkte') and their
    plurals where no present form looks the same ('werkten', 'stuurden', 'tekenden'; not 'melden',
    'zetten')."""
    v = verb.lower()
    if v in lexicon()["past"]:
        return True
    # 'tekenden', 'openden' (stem on -en); not 'zenden', 'wenden', 'schenden'
    weak = r"[^e](?:de|te)$|(?:k|p|f)ten$|(?:uur|aar|oor|eer|ouw|uw|eef|aai|ooi)den$|[^zwvh]enden$"
    return len(v) > 3 and bool(re.search(weak, v))


def finite(word: str) -> bool:
    """Could be a finite verb: a lower-case word that is no function word and no number."""
    w = word.lower()
    return (word[:1].islower() and w.isalpha() and w not in lexicon()["closed"] and len(w) > 1
            and not re.fullmatch(r"ge\w+[dt]", w))


_PREFIXES = ("her", "mee", "samen", "terug", "door", "over", "voor", "uit", "aan", "af", "op", "in", "toe",
             "bij")


@lru_cache(maxsize=1)
def _verb_lemmas() -> dict[str, str]:
    """Present-tense verb forms ending in t and their infinitives, from spacy-lookups-data's Dutch lemmas
    ('richt' -> 'richten', 'verduurzaamt' -> 'verduurzamen'); empty when the package is missing."""
    try:
        import spacy_lookups_data
    except ImportError:
        return {}
    path = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
    if not path.is_file():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    return {w: lemma for w, lemma in table.items()
            if w.endswith("t") and lemma.endswith("en") and lemma[:2] == w[:2] and w.isalpha()}


@lru_cache(maxsize=1)
def _infinitives() -> frozenset[str]:
    return frozenset(_verb_lemmas().values())


def known_verb_form(word: str, plural: bool = False) -> bool:
    """A present-tense form the Dutch lemma table knows ('neemt', 'stelt'), or with a plural subject an
    infinitive-like form ('nemen'); unlike finite(), nouns ('voortouw', 'pakket') are no verb."""
    w = word.lower()
    return word[:1].islower() and (w in _verb_lemmas() or w in lexicon()["infinitive"]
                                   or (plural and w in _infinitives()))


def infinitive(verb: str) -> str:
    """The infinitive of a present-tense form: 'stuurt' -> 'sturen', 'maakt' -> 'maken', 'legt' -> 'leggen'"""
    v = verb.lower()
    irregular = lexicon()["infinitive"]
    if v in irregular:
        return str(irregular[v])
    known = _verb_lemmas()
    if v in known:  # 'richt' -> 'richten' (a stem ending in t), not 'richen'
        return known[v]
    prefix = next((p for p in _PREFIXES if v.startswith(p) and v[len(p):] in known), None)
    if prefix:  # 'herinricht' -> 'her' + 'inrichten'
        return prefix + known[v[len(prefix):]]
    if v.endswith("en") and not re.fullmatch(r"(?:be|ver|ont|her)[^aeiou]+[aeiou]n", v):
        return v  # plural present is the infinitive ('verken' is a stem: 'verkennen')
    stem = v[:-2] + "d" if v.endswith("dt") else v[:-1] if v.endswith("t") else v
    stem = re.sub(r"f$", "v", stem) if re.search(r"(?:aa|ee|oo|uu|ij|ei|ie|ui|ou|au|eu|oe)f$", stem) else stem
    stem = re.sub(r"s$", "z", stem) if re.search(r"(?:aa|ee|oo|uu|ij|ei|ie|ui|eu|oe)s$", stem) else stem
    m = re.search(r"(aa|ee|oo|uu)([^aeiou])$", stem)
    if m:  # a long vowel is written single in the open syllable: 'stuur' -> 'sturen'
        return stem[:m.start()] + m.group(1)[0] + m.group(2) + "en"
    # '-el', '-er', '-en', '-ig' are unstressed ('wandel' -> 'wandelen'), except one syllable after a
    # prefix ('versnel' -> 'versnellen', 'verken' -> 'verkennen')
    stressed = re.fullmatch(r"(?:be|ver|ont|her|ge)[^aeiou]+[aeiou][bdfgklmnprst]", stem)
    if re.search(r"(?:^|[^aeiou])[aeiou][bdfgklmnprst]$", stem) and (
            stressed or not re.search(r"(?:el|er|en|ig)$", stem)):
        return stem + stem[-1] + "en"  # a short vowel keeps its double consonant: 'leg' -> 'leggen'
    if stem.endswith("eer"):
        return stem + "en"
    return stem + "en"
