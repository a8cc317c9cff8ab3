"""Helpers to write the hand-read gold in the variety set's format."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
GOLD = OUT / "gold"


def A(code, anchor, title, lead, partners, start, end, deps=()):
    """One action as read by hand. deps: (kind, target) pairs, kind one of
    starts_after / depends / related (the variety gold's spelling)."""
    return {
        "code": code,
        "anchor": anchor,
        "title": title,
        "lead": list(lead),
        "partners": list(partners),
        "start_year": start,
        "end_year": end,
        "dependencies": [{"kind": k, "target": t} for k, t in deps],
    }


def write_gold(document, file, type_, producer, actions, not_commitments=(), letter_date=None):
    g = {"document": document, "file": file, "type": type_, "producer": producer}
    if letter_date:
        g["letter_date"] = letter_date
    g["actions"] = actions
    g["not_commitments"] = list(not_commitments)
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{document}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
