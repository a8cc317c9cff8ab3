"""The one spaCy pipeline: spacy.blank("nl") plus an EntityRuler from the actor registry and pattern files."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

# Package data through importlib.resources; an installed package is a folder on disk, so a Path is fine.
DATA_DIR = Path(str(files("ingest") / "data"))
PATTERN_DIR = Path(str(files("ingest") / "patterns"))
REGISTRY_PATH = DATA_DIR / "actors.jsonl"

# Abbreviations such as "EZ", "AZ", "NS" or "PoA" are ordinary words in lower case ("ns", "az"), so they are
# matched case-sensitively; longer names are matched on LOWER so "Gemeente Velsen" == "gemeente Velsen".
_CASE_SENSITIVE = re.compile(r"^(?:\S{1,5}|[A-Z0-9&.]+)$")
# Kinds of body whose names are brands, matched as written (see _phrase_pattern).
_BRAND_TYPES = frozenset({"woningcorporatie"})


def load_registry(path: Path = REGISTRY_PATH) -> list[dict[str, Any]]:
    """The registry rows (one organisation per line)."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def load_pattern_files(folder: Path = PATTERN_DIR) -> list[dict[str, Any]]:
    """EntityRuler patterns from ingest/patterns/*.jsonl (lines without a "pattern" key are other data)."""
    patterns = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    if "pattern" in row:
                        patterns.append(row)
    return patterns


def place_name(row: dict[str, Any]) -> str | None:
    """'Gemeente Ouder-Amstel' -> 'Ouder-Amstel': the bare place name a list cell may use."""
    if row.get("type") == "gemeente" and row["label"].lower().startswith("gemeente "):
        return str(row["label"][len("gemeente "):])
    return None


def short_names(row: dict[str, Any]) -> list[str]:
    """The body's name without its kind ('Velsen', 'Noord-Holland', 'Rijn en IJssel'), official name first."""
    names = list(row.get("short_names") or [])
    kind = str(row.get("type") or "")
    if not names and row["label"].lower().startswith(kind + " ") and kind:
        names = [row["label"][len(kind) + 1:]]
    return names


def place_names(row: dict[str, Any]) -> list[str]:
    """Every bare place name of a municipality (official, other and former names), with variants."""
    if row.get("type") != "gemeente":
        return []
    return list(dict.fromkeys(v for name in short_names(row) or [place_name(row) or ""] if name
                              for v in variants(name)))


def variants(name: str) -> list[str]:
    """A name as people also type it: without diacritics ('Sudwest-Fryslan'), with a space for the hyphen, and
    with a straight apostrophe ('s-Hertogenbosch)."""
    out = [name]
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    out.append(plain)
    for n in list(out):
        if re.search(r"\w-\w", n):
            out.append(re.sub(r"(?<=\w)-(?=\w)", " ", n))
        if "’" in n or "'" in n:
            out += [n.replace("’", "'"), n.replace("'", "’")]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def name_forms() -> dict[str, list[str]]:
    """Per kind of body, the phrases around its short name ('college van B&W van {name}')."""
    forms: dict[str, list[str]] = {}
    path = PATTERN_DIR / "name_forms.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            forms.setdefault(row["type"], []).append(row["form"])
    return forms


def names_of(row: dict[str, Any]) -> list[str]:
    """Every name of a registry body: label, aliases and the forms of its short names, with variants."""
    names = [row["label"], *row.get("aliases", [])]
    for form in name_forms().get(str(row.get("type")), []):
        names += [form.format(name=n) for n in short_names(row)]
    return list(dict.fromkeys(v for n in names for v in variants(n)))


def _phrase_pattern(nlp: Language, phrase: str, row: dict[str, Any]) -> str | list[dict[str, str]]:
    """A case-sensitive token pattern, or the phrase itself (matched on LOWER by the ruler's PhraseMatcher,
    which stays fast with thousands of names)."""
    # a ministry's bare topic ("Economische Zaken") is an ordinary phrase in lower case
    topic = row.get("type") == "ministerie" and not phrase.lower().startswith("minister")
    # "Regio Zwolle" is a partnership, "de regio Zwolle" an area: the capital makes the name
    region = phrase.startswith("Regio ")
    # a housing corporation's own name is often an ordinary word ("Portaal", "de Alliantie", "Accolade"): it
    # is the name only as written, capitals and all; its written forms ("woningcorporatie {name}") in any case
    brand = row.get("type") in _BRAND_TYPES and not any(
        phrase.lower().startswith(form.split("{name}")[0].lower())
        for form in name_forms().get(str(row["type"]), []))
    # a water board's name without its kind ("De Dommel", "Aa en Maas") is also a river's ("de Dommel")
    bare = row.get("type") == "waterschap" and phrase in short_names(row)
    if topic or region or brand or bare or _CASE_SENSITIVE.match(phrase):
        return [{"ORTH": t.text} for t in nlp.make_doc(phrase)]
    return phrase


def registry_patterns(nlp: Language, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ORG patterns for every name of a body; PLACE patterns (case-sensitive) for bare municipality names."""
    patterns: list[dict[str, Any]] = []
    for row in rows:
        for name in names_of(row):
            patterns.append({"label": "ORG", "pattern": _phrase_pattern(nlp, name, row), "id": row["key"]})
        for place in place_names(row):
            patterns.append({"label": "PLACE", "id": row["key"],
                             "pattern": [{"ORTH": t.text} for t in nlp.make_doc(place)]})
    return patterns


def _as_phrase(pattern: dict[str, Any]) -> dict[str, Any]:
    """A token pattern of plain LOWER words becomes a phrase for the ruler's PhraseMatcher (same matches,
    far faster than the token Matcher)."""
    tokens = pattern["pattern"]
    if isinstance(tokens, list) and all(set(t) == {"LOWER"} and isinstance(t["LOWER"], str) for t in tokens):
        return {**pattern, "pattern": " ".join(t["LOWER"] for t in tokens)}
    return pattern


class RegistryNames:
    """Registry names as two PhraseMatchers (on LOWER and on ORTH): thousands of names cost no more than a
    few, where the ruler's token Matcher slows down with every pattern. The longest match wins, also over the
    ruler's."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.matchers = {"LOWER": PhraseMatcher(nlp.vocab, attr="LOWER"),
                         "ORTH": PhraseMatcher(nlp.vocab, attr="ORTH")}
        self.ids: dict[str, tuple[str, str]] = {}

    def add(self, patterns: list[dict[str, Any]]) -> None:
        """Patterns as registry_patterns makes them: a phrase (any case) or a list of ORTH tokens (exact)."""
        groups: dict[tuple[str, str, str], dict[str, Doc]] = {}
        for p in patterns:
            exact = not isinstance(p["pattern"], str)
            words = [t["ORTH"] for t in p["pattern"]] if exact else []
            text = " ".join(words) if exact else p["pattern"]
            docs = groups.setdefault((p["label"], p["id"], "ORTH" if exact else "LOWER"), {})
            if text not in docs:
                docs[text] = Doc(self.nlp.vocab, words=words) if exact else self.nlp.make_doc(text)
        for (label, key, attr), named in groups.items():
            match_key = f"{label}|{key}"
            self.ids[match_key] = (label, key)
            self.matchers[attr].add(match_key, list(named.values()))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in self.matchers.values():
            for match_id, start, end in matcher(doc):
                label, key = self.ids[self.nlp.vocab.strings[match_id]]
                spans.append(Span(doc, start, end, label=label, span_id=key))
        doc.ents = filter_spans(spans + list(doc.ents))
        return doc


@Language.factory("registry_names")
def _registry_names(nlp: Language, name: str) -> RegistryNames:
    return RegistryNames(nlp, name)


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """spacy.blank("nl") + EntityRuler (pattern files) + RegistryNames (the registry); built once."""
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns([_as_phrase(p) for p in load_pattern_files()])  # type: ignore[attr-defined]
    registry = nlp.add_pipe("registry_names")
    registry.add(registry_patterns(nlp, load_registry()))  # type: ignore[attr-defined]
    return nlp
