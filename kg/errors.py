"""One error tree for the product; the CLI makes it one Dutch line and an exit code, the web a 4xx or 503.

    KgError                      every error the product raises on purpose
    ├── InvalidInput             a value from a user (query, flag, form field) is not acceptable   -> 400
    ├── NotFound                 a document, actor, action, query or store does not exist           -> 404
    ├── IngestError(path, reason)  one file could not be ingested; the rest goes on
    ├── QueryTimeout             a SPARQL query ran past sparql_timeout and was stopped             -> 503
    └── StoreError               the store could not be opened, read or written                     -> 503
        ├── EndpointError(where, status, detail)  a remote SPARQL endpoint answered with an HTTP error
        └── EndpointTimeout      a remote SPARQL endpoint did not answer in time
"""

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


class QueryTimeout(KgError):
    """A SPARQL query ran longer than settings.sparql_timeout and was stopped."""


class StoreError(KgError):
    """The store could not be opened, read or written."""


class EndpointError(StoreError):
    """The endpoint answered with an HTTP error status; `detail` is the start of its explanation."""

    def __init__(self, where: str, status: int, detail: str) -> None:
        super().__init__(f"{where}: HTTP {status}: {detail}")
        self.status = status
        self.detail = detail


class EndpointTimeout(StoreError):
    """The endpoint did not answer (or stopped sending) within the store's timeout."""
