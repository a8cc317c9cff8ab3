"""SPARQL answers as JSON/XML/CSV/TSV/RDF with a row cap, and the worker that queries a read-only store."""

from __future__ import annotations

import base64
import csv
import io
import json
import sys
from itertools import islice
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from kg.errors import InvalidInput

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def execute(job: dict[str, Any]) -> tuple[bytes, bool]:
    """Answer a job {path, query, fmt, max_rows, datasets}: (body, truncated)."""
    import time

    for attempt in range(3):
        try:
            return _execute(job)
        except (OSError, RuntimeError) as exc:
            # An ingest compacting the store can delete a file the read-only snapshot still lists
            # ("IO error: No such file or directory"); a fresh snapshot sees the new file set.
            if "No such file" not in str(exc) or attempt == 2:
                raise
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")


def _execute(job: dict[str, Any]) -> tuple[bytes, bool]:
    import pyoxigraph as ox

    store = ox.Store.read_only(job["path"])
    for iri in job["datasets"]:
        # FROM must name a graph we hold: never anything to fetch, never a silent empty answer.
        if not store.contains_named_graph(ox.NamedNode(iri)):
            raise InvalidInput(f"FROM {iri}: geen graaf in deze store")
    result = store.query(job["query"], use_default_graph_as_union=True)
    return render(result, job["fmt"], job["max_rows"])


def render(result: Any, fmt: str, limit: int) -> tuple[bytes, bool]:
    """An answer (QueryBoolean, QuerySolutions, or triples/quads for CONSTRUCT and DESCRIBE) as `fmt`, cut
    after `limit` rows: (body, truncated)."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return _boolean(bool(result), fmt), False
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        solutions = list(islice(result, limit + 1))
        truncated = len(solutions) > limit
        return _solutions(names, solutions[:limit], fmt), truncated
    # A graph parsed from N-Triples comes as quads in the default graph; the embedded store yields triples.
    triples = [t.triple if isinstance(t, ox.Quad) else t for t in islice(result, limit + 1)]
    truncated = len(triples) > limit
    rdf_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
    return ox.serialize(triples[:limit], format=rdf_format) or b"", truncated


def _boolean(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    if fmt in ("csv", "tsv"):
        return b"true\n" if value else b"false\n"
    return json.dumps({"head": {}, "boolean": value}).encode()


def _json_term(term: Any) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _solutions(names: list[str], rows: list[Any], fmt: str) -> bytes:
    if fmt == "json":
        bindings = [{n: _json_term(row[n]) for n in names if row[n] is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode()
    if fmt == "xml":
        return _xml(names, rows).encode()
    if fmt == "tsv":
        lines = ["\t".join(f"?{n}" for n in names)]
        lines += ["\t".join("" if row[n] is None else str(row[n]) for n in names) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow(["" if row[n] is None else getattr(row[n], "value", str(row[n])) for n in names])
    return buf.getvalue().encode()


def _xml(names: list[str], rows: list[Any]) -> str:
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    parts += [f"<variable name={quoteattr(n)}/>" for n in names]
    parts.append("</head><results>")
    for row in rows:
        parts.append("<result>")
        for n in names:
            if row[n] is None:
                continue
            t = _json_term(row[n])
            if t["type"] == "uri":
                inner = f"<uri>{escape(t['value'])}</uri>"
            elif t["type"] == "bnode":
                inner = f"<bnode>{escape(t['value'])}</bnode>"
            else:
                attrs = "".join(f" {k}={quoteattr(t[k])}" for k in ("xml:lang", "datatype") if k in t)
                inner = f"<literal{attrs}>{escape(t['value'])}</literal>"
            parts.append(f"<binding name={quoteattr(n)}>{inner}</binding>")
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts)


def main() -> None:
    """Worker loop for kg.sparql.SparqlRunner: one JSON job per line in, one JSON answer per line out."""
    for line in sys.stdin.buffer:
        try:
            body, truncated = execute(json.loads(line))
            answer: dict[str, Any] = {"body": base64.b64encode(body).decode("ascii"), "truncated": truncated}
        except InvalidInput as exc:
            answer = {"error": str(exc)}
        except SyntaxError as exc:
            answer = {"error": f"ongeldige SPARQL-query: {exc}"}
        except Exception as exc:  # the worker must answer, not die, on one bad query
            answer = {"error": f"SPARQL-fout: {type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
