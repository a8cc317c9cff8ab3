"""The change mark an ingest leaves beside the store, so readers holding a snapshot (kg serve) reopen it."""

from __future__ import annotations

import time

from kg.config import Settings

STAMP_FILE = "ingest.stamp"


def touch_stamp(settings: Settings) -> None:
    """Mark that the store changed (written atomically: temp file, then rename)."""
    path = settings.store / STAMP_FILE
    path.parent.mkdir(parents=True, exist_ok=True)  # a remote backend has no local store folder yet
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(f"{time.time_ns()}\n", encoding="utf-8")
    tmp.replace(path)


def store_stamp(settings: Settings) -> str | None:
    """The last change mark written by an ingest (None before the first)."""
    try:
        return (settings.store / STAMP_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
