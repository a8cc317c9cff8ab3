"""The HTTP backend: a graph store behind a SPARQL 1.1 endpoint (e.g. `oxigraph serve`)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import EndpointError, EndpointTimeout, InvalidInput, StoreError
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
    window,
)
from kg.vocab import ONTOLOGY_GRAPH

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_XSD = "http://www.w3.org/2001/XMLSchema#"


def _n3(name: str, value: Any) -> str:
    """A binding as SPARQL term text, escaped by rdflib (same typing rule as kg.store.oxigraph.to_term)."""
    if isinstance(value, URIRef | Literal):
        term: Any = value
    elif isinstance(value, BNode):
        raise InvalidInput(f"binding {name}: een blank node kan niet naar een externe opslag")
    elif isinstance(value, bool):
        term = Literal(value)
    elif isinstance(value, int | float):
        term = Literal(value)
    elif isinstance(value, str):
        term = URIRef(value) if name.endswith("_iri") else Literal(value)
    else:
        raise InvalidInput(f"binding {name} heeft een niet ondersteund type {type(value).__name__}")
    if isinstance(term, URIRef) and any(c in str(term) for c in '<>" {}|\\^`\n'):
        raise InvalidInput(f"{name}={str(value)[:100]!r} is geen geldige IRI")
    return term.n3()


def bind_query(sparql: str, bindings: dict[str, Any]) -> str:
    """Bind variables with BIND(term AS ?var) at the top of the outer WHERE: no user text enters the query
    except as an n3()-escaped term."""
    if not bindings:
        return sparql
    match = _WHERE.search(sparql)
    if match is None:
        raise InvalidInput("de query heeft geen WHERE-blok om variabelen in te binden")
    for name in bindings:
        if not name.isidentifier():
            raise InvalidInput(f"bindingnaam {name!r} is geen gewone naam")
    binds = " ".join(f"BIND({_n3(k, v)} AS ?{k})" for k, v in bindings.items())
    return f"{sparql[:match.end()]} {binds}\n{sparql[match.end():]}"


def _value(cell: dict[str, str] | None) -> Any:
    if cell is None:
        return None
    if cell["type"] == "uri":
        return cell["value"]
    if cell["type"] == "bnode":
        return f"_:{cell['value']}"
    kind = cell.get("datatype", "").rsplit("#", 1)[-1]
    try:
        if kind in INTEGER_TYPES:
            return int(cell["value"])
        if kind in ("decimal", "double", "float"):
            return float(cell["value"])
        if kind == "boolean":
            return cell["value"] in ("true", "1")
    except ValueError:
        return cell["value"]
    return cell["value"]


def _is_timeout(exc: BaseException) -> bool:
    # urllib wraps a connect timeout in URLError(reason=...); a slow answer raises TimeoutError itself.
    return isinstance(exc, TimeoutError) or isinstance(getattr(exc, "reason", None), TimeoutError)


class RemoteGraphStore:
    """The store methods the pipeline, exports and benchmarks use, over SPARQL 1.1 Protocol/Update."""

    def __init__(self, url: str, read_only: bool = False, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.read_only = read_only
        self.timeout = timeout
        self.path = None
        if not read_only:
            # As the embedded store does when opened for writing: role and class labels sit next to the data.
            self.load_ontology()

    def _open(self, endpoint: str, body: str, content_type: str, accept: str | None = None) -> Any:
        """The HTTP response, still unread (the caller closes it), or a StoreError saying what went wrong."""
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        where = f"{self.url}/{endpoint}"
        req = urllib.request.Request(where, data=body.encode("utf-8"), headers=headers, method="POST")
        try:
            return urllib.request.urlopen(req, timeout=self.timeout)  # noqa: S310 (configured URL)
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip()[:300]
            exc.close()
            raise EndpointError(where, exc.code, detail) from exc
        except (urllib.error.URLError, OSError) as exc:
            if _is_timeout(exc):
                raise EndpointTimeout(f"{where}: geen antwoord binnen {self.timeout:g} s") from exc
            raise StoreError(f"{where}: {exc}") from exc

    def _post(self, endpoint: str, body: str, content_type: str, accept: str | None = None) -> bytes:
        with self._open(endpoint, body, content_type, accept) as resp:
            try:
                return resp.read()  # type: ignore[no-any-return]
            except OSError as exc:
                kind = EndpointTimeout if _is_timeout(exc) else StoreError
                raise kind(f"{self.url}/{endpoint}: {exc}") from exc

    def open_query(self, sparql: str, accept: str) -> Any:
        """A query over the union of all graphs, its answer still streaming (the caller closes it)."""
        return self._open("query?union-default-graph", sparql, "application/sparql-query", accept=accept)

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"de opslag op {self.url} is alleen-lezen geopend")
        self._post("update", sparql, "application/sparql-update")

    def replace_document(self, doc_iri: URIRef, graph: Graph, supersedes: Iterable[URIRef] = ()) -> None:
        """The embedded store's one update (own graph replaced, shared statements to the shared graph), sent
        as one request, which Oxigraph runs as one transaction."""
        self.update(document_update(doc_iri, graph_to_triples(graph), supersedes))

    def replace_graph(self, graph_iri: URIRef, graph: Graph, drop: Iterable[URIRef] = ()) -> None:
        """The embedded store's DROP + INSERT DATA, in one request, which Oxigraph runs as one transaction."""
        self.update(graph_update(graph_iri, graph, drop))

    def load_ontology(self) -> None:
        ontology = Graph().parse(data=ONTOLOGY.read_text(encoding="utf-8"), format="turtle")
        self.replace_graph(ONTOLOGY_GRAPH, ontology)

    def query_json(self, sparql: str) -> dict[str, Any]:
        data = self._post("query?union-default-graph", sparql, "application/sparql-query",
                          accept="application/sparql-results+json")
        return json.loads(data)  # type: ignore[no-any-return]

    def has_document(self, doc_iri: URIRef) -> bool:
        return bool(self.select("store_has_document", doc=URIRef(str(doc_iri))))

    def select(self, query_name: str, limit: int | None = None, offset: int = 0,
               **bindings: Any) -> list[dict[str, Any]]:
        bound = {k: v for k, v in bindings.items() if v is not None}
        answer = self.query_json(window(bind_query(query_source(query_name), bound), limit, offset))
        names = answer["head"]["vars"]
        return [{n: _value(row.get(n)) for n in names} for row in answer["results"]["bindings"]]

    def passages(self) -> list[dict[str, Any]]:
        return passages_of(self)

    def quads(self) -> Iterator[ox.Quad]:
        """All statements of all named graphs, streamed and parsed by pyoxigraph (the same terms as the
        embedded store's; blank node labels are the server's, stable within this one answer)."""
        with self.open_query(query_source("store_all_quads"), "application/sparql-results+json") as resp:
            try:
                rows = ox.parse_query_results(resp, format=ox.QueryResultsFormat.JSON)
                if not isinstance(rows, ox.QuerySolutions):
                    raise StoreError(f"{self.url}: een ja/nee-antwoord op een SELECT-query")
                for row in rows:
                    yield ox.Quad(row["s"], row["p"], row["o"], row["g"])
            except SyntaxError as exc:
                raise StoreError(f"{self.url}: onleesbaar query-antwoord: {exc}") from exc
            except OSError as exc:
                kind = EndpointTimeout if _is_timeout(exc) else StoreError
                raise kind(f"{self.url}: het antwoord brak af: {exc}") from exc

    def dump(self, fmt: str, out: TextIO) -> None:
        """The embedded store's export (same formats, same output) over an in-memory copy of the quads."""
        copy = ox.Store()
        copy.bulk_extend(self.quads())
        dump_dataset(copy, fmt, out)

    def stats(self) -> dict[str, int]:
        counts = counts_of(self)
        counts["triples"] = int(self.select("store_triple_count")[0]["n"] or 0)
        return counts

    def close(self) -> None:
        """HTTP is stateless: nothing to release."""
