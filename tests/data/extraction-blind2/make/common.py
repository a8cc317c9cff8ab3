"""Shared helpers: where files go, and writing a hand-written gold dict to gold/<document>.json."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
GOLD = OUT / "gold"


def A(code, anchor, title, lead, partners, start, end, deps=()):
    """One hand-written gold action. deps: (kind, target) pairs."""
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
    GOLD.mkdir(exist_ok=True)
    d = {"document": document, "file": file, "type": type_, "producer": producer}
    if letter_date:
        d["letter_date"] = letter_date
    d["actions"] = actions
    d["not_commitments"] = list(not_commitments)
    (GOLD / f"{document}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
