"""The store interface of both backends: embedded Oxigraph (kg.store), a SPARQL endpoint (kg.remote_store)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, TextIO, runtime_checkable

from rdflib import Graph, URIRef


@runtime_checkable
class GraphBackend(Protocol):
    """What the pipeline, exports, reviews and the web layer ask of a store; tests/test_store_contract.py
    runs the same contract against both backends. Named queries come from kg/queries/*.rq, bound."""

    read_only: bool

    def replace_document(self, doc_iri: URIRef, graph: Graph, supersedes: Iterable[URIRef] = ()) -> None:
        """The document's graph (and its shared statements) replaced in one transaction."""

    def replace_graph(self, graph_iri: URIRef, graph: Graph, drop: Iterable[URIRef] = ()) -> None:
        """One named graph replaced as a whole (the registry, a review)."""

    def load_ontology(self) -> None: ...

    def has_document(self, doc_iri: URIRef) -> bool: ...

    def select(self, query_name: str, limit: int | None = None, offset: int = 0,
               **bindings: Any) -> list[dict[str, Any]]:
        """Rows of kg/queries/<query_name>.rq with `bindings`, plain Python values."""

    def passages(self) -> list[dict[str, Any]]: ...

    def stats(self) -> dict[str, int]: ...

    def quads(self) -> Iterable[Any]: ...

    def dump(self, fmt: str, out: TextIO) -> None: ...

    def close(self) -> None: ...
