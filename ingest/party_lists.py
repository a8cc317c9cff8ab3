"""'Alle partners behalve de provincie' in a who-cell: the parties the document lists as its partners
('Partners van het pact zijn: A, B en C.'), without those named after 'behalve' / 'met uitzondering van'."""

from __future__ import annotations

import re
from typing import Any

from ingest.headers import header_meanings
from ingest.model import ActorRef, Table, TableRow

_LIST = re.compile(r"(?i)\b(?:partners|partijen|deelnemers)\b[^.:\n]{0,80}?\b(?:zijn|is)\s*:?\s+"
                   r"([^.]{10,400})\.")
"""'Partners van het Klimaatpact IJmond zijn: Gemeente Velsen, ... en Provincie Noord-Holland.'"""
_ALL = re.compile(r"(?i)^\s*(?:de\s+)?alle\s+(partners|partijen|deelnemers|gemeenten|waterschappen|"
                  r"provincies)\b\s*,?\s*(?:(?:behalve|met\s+uitzondering\s+van|uitgezonderd|zonder)\s+(.*))?$",
                  re.S)
_KINDS = {"gemeenten": "gemeente", "waterschappen": "waterschap", "provincies": "provincie"}
_PARTY_COLUMNS = ("partners", "involved")


def listed_parties(text: str, resolver: Any) -> list[ActorRef]:
    """The parties of the first sentence that lists a document's partners, in its order ([] when none)."""
    for m in _LIST.finditer(text):
        refs = list({r.key: r for r in resolver.find(m.group(1), groups=False)}.values())
        if len(refs) >= 2:
            return refs
    return []


def _kind(ref: ActorRef) -> str:
    return ref.label.split()[0].lower() if ref.label else ""


def _left_out(members: list[ActorRef], words: str, resolver: Any) -> set[str]:
    """The members an exception names: by name, by place ('behalve Velsen') or by kind when the members hold
    one of that kind ('behalve de provincie')."""
    keys = {r.key for r in resolver.resolve_cell(words)}
    low = " ".join(words.lower().split())
    for ref in members:
        place = ref.label.split(None, 1)[1].lower() if " " in ref.label else ""
        same_kind = [m for m in members if _kind(m) == _kind(ref)]
        if (place and re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", low)
                or len(same_kind) == 1 and re.search(rf"\b{_kind(ref)}\b", low)):
            keys.add(ref.key)
    return keys


def spelled_out(cell: str, members: list[ActorRef], resolver: Any) -> str | None:
    """The parties 'alle partners [behalve X]' stands for, as a cell of names; None for any other cell."""
    m = _ALL.match(" ".join(cell.split()))
    if m is None or not members:
        return None
    kind = _KINDS.get(m.group(1).lower())
    chosen = [r for r in members if kind is None or _kind(r) == kind]
    if m.group(2):
        gone = _left_out(chosen, m.group(2), resolver)
        chosen = [r for r in chosen if r.key not in gone]
    return ", ".join(r.label for r in chosen) or None


def as_named_parties(table: Table, members: list[ActorRef], resolver: Any) -> Table:
    """The table with each 'alle partners ...' cell in a partners or involved column spelled out; the
    action's own trekker among them keeps its own role (table_actions reads the lead first)."""
    meanings = header_meanings(table.header) if table.header and members else None
    if not meanings or not any(m in _PARTY_COLUMNS for m in meanings):
        return table
    rows = []
    for row in table.rows:
        cells = [(spelled_out(c, members, resolver) or c) if k < len(meanings)
                 and meanings[k] in _PARTY_COLUMNS else c for k, c in enumerate(row.cells)]
        rows.append(TableRow(cells, row.page, row.doubtful))
    return Table(table.page, table.header, rows, table.method, table.doubtful)
