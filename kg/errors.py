"""One error hierarchy for the whole product; the CLI and the web layer translate it."""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class: every error the product raises on purpose."""


class InvalidInput(KgError):
    """A value from a user (a query, a flag, a form field) is not acceptable."""


class NotFound(KgError):
    """A requested thing (document, actor, action, store) does not exist."""


class IngestError(KgError):
    """A file could not be ingested; `reason` is one line a person can act on."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class StoreError(KgError):
    """The store could not be opened, read or written."""
