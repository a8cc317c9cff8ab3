"""`open_store`: the backend that settings.backend names, embedded Oxigraph or a SPARQL 1.1 endpoint."""

from __future__ import annotations

from kg.config import Settings
from kg.errors import InvalidInput
from kg.store.base import GraphBackend
from kg.store.oxigraph import open_oxigraph
from kg.store.remote import RemoteGraphStore


def open_store(settings: Settings, read_only: bool = False) -> GraphBackend:
    """The store of `settings`: backend "oxigraph" is the dataset in settings.oxigraph_dir (read-only opens
    a snapshot and may run beside a writer); an http(s) address is a SPARQL endpoint (`oxigraph serve`)."""
    backend = settings.backend
    if backend.startswith(("http://", "https://")):
        return RemoteGraphStore(backend, read_only=read_only)
    if backend != "oxigraph":
        raise InvalidInput(f"backend {backend!r} wordt niet ondersteund (wel: 'oxigraph' of een http-adres)")
    return open_oxigraph(settings.oxigraph_dir, read_only=read_only)
