"""The one spaCy pipeline: spacy.blank("nl") plus an EntityRuler from the actor registry and pattern files."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

DATA_DIR = Path(__file__).resolve().parent / "data"
PATTERN_DIR = Path(__file__).resolve().parent / "patterns"
REGISTRY_PATH = DATA_DIR / "actors.jsonl"

# Abbreviations such as "EZ", "AZ", "NS" or "PoA" are ordinary words in lower case ("ns", "az"), so they are
# matched case-sensitively; longer names are matched on LOWER so "Gemeente Velsen" == "gemeente Velsen".
_CASE_SENSITIVE = re.compile(r"^(?:\S{1,5}|[A-Z0-9&.]+)$")


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


def _phrase_pattern(nlp: Language, phrase: str, row: dict[str, Any]) -> list[dict[str, str]]:
    tokens = list(nlp.make_doc(phrase))
    # a ministry's bare topic ("Economische Zaken") is an ordinary phrase in lower case
    topic = row.get("type") == "ministerie" and not phrase.lower().startswith("minister")
    if topic or _CASE_SENSITIVE.match(phrase):
        return [{"ORTH": t.text} for t in tokens]
    return [{"LOWER": t.lower_} for t in tokens]


def registry_patterns(nlp: Language, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ORG patterns for every label and alias; PLACE patterns (case-sensitive) for bare municipality names."""
    patterns: list[dict[str, Any]] = []
    for row in rows:
        names = {row["label"], *row.get("aliases", [])}
        for name in sorted(names):
            patterns.append({"label": "ORG", "pattern": _phrase_pattern(nlp, name, row), "id": row["key"]})
        place = place_name(row)
        if place:
            patterns.append({"label": "PLACE", "id": row["key"],
                             "pattern": [{"ORTH": t.text} for t in nlp.make_doc(place)]})
    return patterns


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """spacy.blank("nl") + EntityRuler (registry phrases and pattern files); built once per process."""
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": None, "overwrite_ents": True})
    ruler.add_patterns(registry_patterns(nlp, load_registry()) + load_pattern_files())  # type: ignore[attr-defined]
    return nlp
