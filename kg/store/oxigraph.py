"""The embedded backend: an on-disk Oxigraph dataset, one named graph per document, replaced atomically."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import InvalidInput, StoreError
from kg.resources import ONTOLOGY
from kg.store.base import (
    INTEGER_TYPES,
    counts_of,
    document_update,
    dump_dataset,
    graph_to_triples,
    graph_update,
    passages_of,
    query_source,
    to_dataset,
    window,
)
from kg.vocab import KG, ONTOLOGY_GRAPH, RDF, XSD


def to_term(name: str, value: Any) -> Any:
    """A binding as a pyoxigraph term.

    The rule: rdflib and pyoxigraph terms keep their kind; a Python str is a plain literal unless the
    binding's name ends in `_iri`, then it is an IRI; bool, int and float become typed literals.
    """
    if isinstance(value, ox.NamedNode | ox.Literal | ox.BlankNode):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        dt = value.datatype or XSD.string
        return ox.Literal(str(value), datatype=ox.NamedNode(str(dt)))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(str(XSD.boolean)))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(str(XSD.integer)))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(str(XSD.double)))
    if isinstance(value, str):
        if name.endswith("_iri"):
            try:
                return ox.NamedNode(value)
            except ValueError as exc:
                raise InvalidInput(f"{name}={value[:100]!r} is geen geldige IRI") from exc
        return ox.Literal(value)
    raise InvalidInput(f"binding {name} heeft een niet ondersteund type {type(value).__name__}")


def to_python(term: Any) -> Any:
    """A pyoxigraph term as a plain value: IRIs and strings as str, integers as int, unbound as None."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.rsplit("#", 1)[-1]
        try:
            if kind in INTEGER_TYPES:
                return int(term.value)
            if kind in ("decimal", "double", "float"):
                return float(term.value)
            if kind == "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value  # an ill-typed literal: show what is there rather than fail
        return term.value
    return str(term)


@dataclass
class QueryResult:
    """The materialised answer of a raw SPARQL query (for /sparql)."""

    kind: str                                    # select | ask | construct
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)    # pyoxigraph terms (None = unbound)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False

    def to_sparql_json(self) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON (CONSTRUCT results as s/p/o bindings)."""
        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        if self.kind == "construct":
            rows = [[t.subject, t.predicate, t.object] for t in self.triples]
            return _results_json(["subject", "predicate", "object"], rows)
        return _results_json(self.variables, self.rows)


def _results_json(names: list[str], rows: list[list[Any]]) -> dict[str, Any]:
    def cell(term: Any) -> dict[str, str]:
        if isinstance(term, ox.NamedNode):
            return {"type": "uri", "value": term.value}
        if isinstance(term, ox.BlankNode):
            return {"type": "bnode", "value": term.value}
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != str(XSD.string):
            out["datatype"] = term.datatype.value
        return out

    bindings = [{n: cell(t) for n, t in zip(names, row, strict=True) if t is not None} for row in rows]
    return {"head": {"vars": names}, "results": {"bindings": bindings}}


class GraphStore:
    """All reads and writes of the knowledge graph go through here."""

    def __init__(self, store: ox.Store, path: Path | None, read_only: bool) -> None:
        self._store = store
        self.path = path
        self.read_only = read_only

    # --- writes ------------------------------------------------------------------------------------

    def replace_document(self, doc_iri: URIRef, graph: Graph, supersedes: Iterable[URIRef] = ()) -> None:
        """Drop the document's named graph (and those of older versions it supersedes) and insert the
        new one in ONE transaction: readers never see both versions, nor neither. What the graph says about
        shared things (themes, groups, unregistered organisations) goes to the shared graph (see
        `document_update`)."""
        self._writable()
        self._store.update(document_update(doc_iri, graph_to_triples(graph), supersedes))

    def replace_graph(self, graph_iri: URIRef, graph: Graph, drop: Iterable[URIRef] = ()) -> None:
        """One SPARQL Update is one Oxigraph transaction: readers see the old graph or the new one."""
        self._writable()
        self._store.update(graph_update(graph_iri, graph, drop))

    def load_ontology(self) -> None:
        """Keep the vocabulary (role labels, class labels) queryable next to the data."""
        ontology = Graph().parse(data=ONTOLOGY.read_text(encoding="utf-8"), format="turtle")
        self.replace_graph(ONTOLOGY_GRAPH, ontology)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"de opslag in {self.path} is alleen-lezen geopend")

    # --- reads -------------------------------------------------------------------------------------

    def has_document(self, doc_iri: URIRef) -> bool:
        node = ox.NamedNode(str(doc_iri))
        pattern = self._store.quads_for_pattern(node, ox.NamedNode(str(RDF.type)),
                                                ox.NamedNode(str(KG.Document)), node)
        return next(iter(pattern), None) is not None

    def select(self, query_name: str, limit: int | None = None, offset: int = 0,
               **bindings: Any) -> list[dict[str, Any]]:
        """Run kg/queries/<query_name>.rq with bindings (see `to_term` for how Python values are typed),
        optionally one window of its answer (`limit` rows after `offset`: a page).

        A bound variable must appear in the query's SELECT projection (Oxigraph's substitution rule).
        """
        subs = {ox.Variable(k): to_term(k, v) for k, v in bindings.items() if v is not None}
        try:
            solutions = self._store.query(window(query_source(query_name), limit, offset),
                                          use_default_graph_as_union=True,
                                          substitutions=subs)
        except RuntimeError as exc:
            # Oxigraph only substitutes variables that the SELECT projects: say which query to fix.
            raise StoreError(f"query {query_name!r} met bindingen {sorted(subs, key=str)}: {exc}") from exc
        if not isinstance(solutions, ox.QuerySolutions):
            raise InvalidInput(f"query {query_name!r} is geen SELECT-query")
        names = [v.value for v in solutions.variables]
        return [{n: to_python(row[n]) for n in names} for row in solutions]

    def query_text(self, sparql: str, timeout: float | None = None,
                   max_rows: int | None = None) -> QueryResult:
        """A raw SPARQL query over the union of all graphs, cut off after `timeout` seconds.

        Oxigraph cannot cancel a query, so it runs in a worker thread (Oxigraph releases the GIL) and we stop
        waiting for it; the worker finishes on its own.
        """
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["result"] = self._materialise(sparql, max_rows, time.monotonic() + (timeout or 1e9))
            except BaseException as exc:  # handed to the caller's thread below
                # Only type and message cross threads: the traceback holds Oxigraph iterators, which must
                # be dropped on the thread that made them.
                box["error"] = (type(exc), str(exc))

        worker = threading.Thread(target=run, name="sparql", daemon=True)
        worker.start()
        worker.join(timeout)
        kind, message = box.get("error", (None, ""))
        if worker.is_alive() or kind is TimeoutError:
            raise InvalidInput(f"de query duurde langer dan {timeout:g} s")
        if kind is SyntaxError:
            raise InvalidInput(f"ongeldige SPARQL: {message}")
        if kind is not None:
            raise StoreError(f"query mislukt: {message}")
        return box["result"]  # type: ignore[no-any-return]

    def _materialise(self, sparql: str, max_rows: int | None, deadline: float) -> QueryResult:
        answer = self._store.query(sparql, use_default_graph_as_union=True)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        limit = max_rows if max_rows is not None else 1 << 62
        if isinstance(answer, ox.QuerySolutions):
            result = QueryResult("select", variables=[v.value for v in answer.variables])
            for row in answer:
                if len(result.rows) >= limit:
                    result.truncated = True
                    break
                result.rows.append([row[n] for n in result.variables])
                if time.monotonic() > deadline:
                    raise TimeoutError
            return result
        result = QueryResult("construct")
        for triple in answer:
            if len(result.triples) >= limit:
                result.truncated = True
                break
            result.triples.append(triple)
            if time.monotonic() > deadline:
                raise TimeoutError
        return result

    def passages(self) -> list[dict[str, Any]]:
        """Every passage with its document, page, text and the actor/action IRIs it mentions."""
        return passages_of(self)

    def stats(self) -> dict[str, int]:
        return {**counts_of(self), "triples": len(self._store)}

    def quads(self) -> Iterable[ox.Quad]:
        return self._store.quads_for_pattern(None, None, None, None)

    def dump(self, fmt: str, out: TextIO) -> None:
        """Everything: turtle (graphs merged), trig and nquads (named graphs kept), json-ld (via rdflib)."""
        dump_dataset(self._store, fmt, out)

    def to_dataset(self) -> Any:
        """The whole store as an rdflib Dataset (named graphs kept); slow for big stores, fine for export."""
        return to_dataset(self._store)

    def close(self) -> None:
        if not self.read_only:
            self._store.flush()
        self._store = None  # type: ignore[assignment]  # pyoxigraph closes the database when collected


def open_oxigraph(path: Path, read_only: bool = False) -> GraphStore:
    """The store in `path`; read-only opens a snapshot and may run beside a writer."""
    if read_only:
        if not path.is_dir():
            raise StoreError(f"geen opslag in {path}: voer eerst `kg ingest` uit")
        return GraphStore(_open_read_only(path), path, read_only=True)
    path.mkdir(parents=True, exist_ok=True)
    try:
        store = ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"kan de opslag in {path} niet openen om te schrijven (loopt er al een ingest?): "
                         f"{exc}") from exc
    graph_store = GraphStore(store, path, read_only=False)
    graph_store.load_ontology()
    return graph_store


def _open_read_only(path: Path) -> ox.Store:
    # A writer compacting at the same moment can make the snapshot's file list stale; retrying is enough.
    last: Exception | None = None
    for attempt in range(3):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            last = exc
            time.sleep(0.2 * (attempt + 1))
    raise StoreError(f"kan de opslag in {path} niet alleen-lezen openen: {last}")
