"""Gold records in the shared format, written by hand beside each document's text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent


def act(code: str, anchor: str, title: str, lead: list[str], partners: list[str],
        start: int | None, end: int | None, deps: list[tuple[str, str]] | None = None,
        **roles: list[str]) -> dict[str, Any]:
    """One gold action; deps as (kind, target) pairs; extra roles (involved, support, ...) by keyword."""
    return {"code": code, "anchor": anchor, "title": title, "lead": lead, "partners": partners, **roles,
            "start_year": start, "end_year": end,
            "dependencies": [{"kind": k, "target": t} for k, t in deps or []]}


def write_gold(name: str, file: str, kind: str, producer: str, actions: list[dict[str, Any]],
               not_commitments: list[str] | None = None, letter_date: str | None = None) -> None:
    record: dict[str, Any] = {"document": name, "file": file, "type": kind, "producer": producer}
    if letter_date:
        record["letter_date"] = letter_date
    record["actions"] = actions
    record["not_commitments"] = not_commitments or []
    (OUT / "gold" / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
