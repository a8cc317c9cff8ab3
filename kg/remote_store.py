"""A graph store behind a SPARQL 1.1 endpoint (e.g. `oxigraph serve`): the GraphStore methods over HTTP."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import InvalidInput, StoreError
from kg.store import counts_of, passages_of, query_source

_INTEGER_TYPES = {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                  "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"}
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_XSD = "http://www.w3.org/2001/XMLSchema#"


def _n3(name: str, value: Any) -> str:
    """A binding as SPARQL term text, escaped by rdflib (same typing rule as kg.store.to_term)."""
    if isinstance(value, URIRef | Literal):
        term: Any = value
    elif isinstance(value, BNode):
        raise InvalidInput(f"binding {name}: blank nodes cannot be sent to a remote store")
    elif isinstance(value, bool):
        term = Literal(value)
    elif isinstance(value, int | float):
        term = Literal(value)
    elif isinstance(value, str):
        term = URIRef(value) if name.endswith("_iri") else Literal(value)
    else:
        raise InvalidInput(f"binding {name} has an unsupported type {type(value).__name__}")
    if isinstance(term, URIRef) and any(c in str(term) for c in '<>" {}|\\^`\n'):
        raise InvalidInput(f"{name}={str(value)[:100]!r} is not a valid IRI")
    return term.n3()


def bind_query(sparql: str, bindings: dict[str, Any]) -> str:
    """Bind variables with BIND(term AS ?var) at the top of the outer WHERE: no user text enters the query
    except as an n3()-escaped term."""
    if not bindings:
        return sparql
    match = _WHERE.search(sparql)
    if match is None:
        raise InvalidInput("query has no WHERE clause to bind variables in")
    for name in bindings:
        if not name.isidentifier():
            raise InvalidInput(f"binding name {name!r} is not a plain name")
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
        if kind in _INTEGER_TYPES:
            return int(cell["value"])
        if kind in ("decimal", "double", "float"):
            return float(cell["value"])
        if kind == "boolean":
            return cell["value"] in ("true", "1")
    except ValueError:
        return cell["value"]
    return cell["value"]


class RemoteGraphStore:
    """The store methods the pipeline, exports and benchmarks use, over SPARQL 1.1 Protocol/Update."""

    def __init__(self, url: str, read_only: bool = False, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.read_only = read_only
        self.timeout = timeout
        self.path = None

    def _post(self, endpoint: str, body: str, content_type: str, accept: str | None = None) -> bytes:
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(f"{self.url}/{endpoint}", data=body.encode("utf-8"), headers=headers,
                                     method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 (configured URL)
                return resp.read()  # type: ignore[no-any-return]
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:300]
            raise StoreError(f"{self.url}/{endpoint}: HTTP {exc.code}: {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{self.url}/{endpoint}: {exc}") from exc

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.url} is open read-only")
        self._post("update", sparql, "application/sparql-update")

    def replace_document(self, doc_iri: URIRef, graph: Graph, supersedes: Iterable[URIRef] = ()) -> None:
        self.replace_graph(doc_iri, graph, supersedes)

    def replace_graph(self, graph_iri: URIRef, graph: Graph, drop: Iterable[URIRef] = ()) -> None:
        """DROP + INSERT DATA in one request, which Oxigraph runs as one transaction."""
        name = URIRef(str(graph_iri)).n3()
        body = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        parts = [f"DROP SILENT GRAPH {URIRef(str(old)).n3()}" for old in drop if str(old) != str(graph_iri)]
        parts.append(f"DROP SILENT GRAPH {name}")
        if len(graph):
            parts.append(f"INSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
        self.update(" ;\n".join(parts))

    def load_ontology(self) -> None:
        from kg.store import ONTOLOGY
        from kg.vocab import ONTOLOGY_GRAPH

        self.replace_graph(ONTOLOGY_GRAPH, Graph().parse(ONTOLOGY, format="turtle"))

    def query_json(self, sparql: str) -> dict[str, Any]:
        data = self._post("query?union-default-graph", sparql, "application/sparql-query",
                          accept="application/sparql-results+json")
        return json.loads(data)  # type: ignore[no-any-return]

    def has_document(self, doc_iri: URIRef) -> bool:
        name = URIRef(str(doc_iri)).n3()
        doc_class = "<https://w3id.org/nzkg/def#Document>"
        answer = self.query_json(f"ASK {{ GRAPH {name} {{ {name} a {doc_class} }} }}")
        return bool(answer.get("boolean"))

    def select(self, query_name: str, **bindings: Any) -> list[dict[str, Any]]:
        bound = {k: v for k, v in bindings.items() if v is not None}
        answer = self.query_json(bind_query(query_source(query_name), bound))
        names = answer["head"]["vars"]
        return [{n: _value(row.get(n)) for n in names} for row in answer["results"]["bindings"]]

    def passages(self) -> list[dict[str, Any]]:
        return passages_of(self)

    def stats(self) -> dict[str, int]:
        counts = counts_of(self)
        total = self.query_json("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        counts["triples"] = int(total["results"]["bindings"][0]["n"]["value"])
        return counts

    def close(self) -> None:
        """HTTP is stateless: nothing to release."""
