"""Read-only SPARQL: refuse updates, SERVICE and unknown FROM graphs; cap rows; stop runaway queries."""

from __future__ import annotations

import base64
import json
import re
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any

from kg.config import Settings
from kg.errors import EndpointError, EndpointTimeout, InvalidInput, KgError, QueryTimeout, StoreError

MAX_QUERY_CHARS = 20_000
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
RESULT_TYPES = {  # results of SELECT/ASK by media type
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "ntriples", "text/plain": "ntriples"}
CONTENT_TYPES = {
    "json": "application/sparql-results+json; charset=utf-8",
    "xml": "application/sparql-results+xml; charset=utf-8",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples; charset=utf-8",
}

_TOKEN = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<word>[A-Za-z_][\w.-]*(?::[\w.-]*)?|:[\w.-]*)
  | (?P<other>\S)
''', re.S | re.X)


@dataclass
class CheckedQuery:
    form: str                  # SELECT | ASK | CONSTRUCT | DESCRIBE
    datasets: list[str]        # IRIs named in FROM / FROM NAMED


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(text) if m.lastgroup != "comment"]


def check_query(text: str) -> CheckedQuery:
    """Parse and vet a query; raise InvalidInput naming the problem. Pure: touches no store or network."""
    if not text or not text.strip():
        raise InvalidInput("lege SPARQL-query")
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidInput(f"SPARQL-query is {len(text)} tekens; maximaal {MAX_QUERY_CHARS}")
    form = _parse_form(text)
    toks = _tokens(text)
    words = [(i, v.upper()) for i, (kind, v) in enumerate(toks) if kind == "word"]
    if any(w == "SERVICE" for _, w in words):
        raise InvalidInput("SERVICE (federatie naar andere endpoints) is niet toegestaan")
    lexical = next((w for _, w in words if w in QUERY_FORMS or w in UPDATE_WORDS), None)
    if lexical in UPDATE_WORDS or form == "UPDATE":
        raise InvalidInput(f"alleen lezen: {lexical or 'update'}-opdrachten zijn niet toegestaan")
    form = form or lexical
    if form not in QUERY_FORMS:
        raise InvalidInput("ongeldige SPARQL-query: verwacht SELECT, ASK, CONSTRUCT of DESCRIBE")
    prefixes = _prefixes(toks)
    datasets = []
    for i, w in words:
        if w != "FROM":
            continue
        j = i + 1
        if j < len(toks) and toks[j][1].upper() == "NAMED":
            j += 1
        if j >= len(toks):
            raise InvalidInput("FROM zonder graaf")
        kind, value = toks[j]
        if kind == "iri":
            datasets.append(value[1:-1])
        elif kind == "word" and ":" in value and value.split(":", 1)[0] in prefixes:
            pfx, local = value.split(":", 1)
            datasets.append(prefixes[pfx] + local)
        else:
            raise InvalidInput(f"FROM met onbekende graaf {value!r}")
    return CheckedQuery(form=form, datasets=datasets)


def _parse_form(text: str) -> str | None:
    """The query form by rdflib's parser: 'UPDATE' for updates, None when rdflib cannot parse it."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except Exception:  # rdflib's grammar is narrower than Oxigraph's: fall back to the token check
        try:
            parseUpdate(text)
        except Exception:
            return None
        return "UPDATE"
    if _contains(parsed, "ServiceGraphPattern"):
        raise InvalidInput("SERVICE (federatie naar andere endpoints) is niet toegestaan")
    return {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
            "DescribeQuery": "DESCRIBE"}.get(parsed[1].name)


def _contains(node: Any, name: str) -> bool:
    if getattr(node, "name", None) == name:
        return True
    if isinstance(node, dict):
        return any(_contains(v, name) for v in node.values())
    if isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        return any(_contains(v, name) for v in node)
    return False


def _prefixes(toks: list[tuple[str, str]]) -> dict[str, str]:
    out = {}
    for i, (kind, value) in enumerate(toks[:-2]):
        if kind == "word" and value.upper() == "PREFIX" and toks[i + 2][0] == "iri":
            out[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
    return out


def negotiate(accept: str | None, form: str) -> str:
    """The output format for a query form from an Accept header (default JSON / Turtle)."""
    table = RESULT_TYPES if form in ("SELECT", "ASK") else GRAPH_TYPES
    prefs = []
    for n, part in enumerate((accept or "").split(",")):
        mime, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and _is_float(p[2:])), 1.0)
        prefs.append((-q, n, mime.lower()))
    for _, _, mime in sorted(prefs):
        if mime in table:
            return table[mime]
    return "json" if form in ("SELECT", "ASK") else "turtle"


def _is_float(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


@dataclass
class QueryResult:
    body: bytes
    content_type: str
    truncated: bool = False


class SparqlRunner:
    """Runs vetted queries in one worker process that is killed and replaced when a query runs too long."""

    def __init__(self, store_path: str, timeout: float, max_rows: int) -> None:
        self.store_path = store_path
        self.timeout = timeout
        self.max_rows = max_rows
        self._lock = threading.Lock()  # one query at a time: the worker is single-threaded
        self._proc: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        # A fresh interpreter (not fork: the web server is threaded) running kg.sparql_format's loop.
        # The installed package is importable by the child; no PYTHONPATH into the source tree.
        self._proc = subprocess.Popen([sys.executable, "-m", "kg.sparql_format"], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        return self._proc

    def _stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait(5)
            for pipe in (self._proc.stdin, self._proc.stdout):
                if pipe is not None:
                    pipe.close()
        self._proc = None

    def run(self, text: str, accept: str | None = None) -> QueryResult:
        checked = check_query(text)
        fmt = negotiate(accept, checked.form)
        job = {"path": self.store_path, "query": text, "fmt": fmt, "max_rows": self.max_rows,
               "datasets": checked.datasets}
        with self._lock:
            proc = self._proc if self._proc is not None and self._proc.poll() is None else self._start()
            assert proc.stdin is not None and proc.stdout is not None
            try:
                proc.stdin.write(json.dumps(job).encode() + b"\n")
                proc.stdin.flush()
                ready, _, _ = select.select([proc.stdout], [], [], self.timeout)
                if not ready:
                    self._stop()  # Oxigraph cannot cancel a query: end the process that runs it
                    raise QueryTimeout(f"SPARQL-query duurde langer dan {self.timeout:g} s en is gestopt")
                line = proc.stdout.readline()
            except OSError as exc:
                self._stop()
                raise KgError(f"SPARQL-proces is onverwacht gestopt: {exc}") from exc
            if not line:
                self._stop()
                raise KgError("SPARQL-proces is onverwacht gestopt")
        answer = json.loads(line)
        if "error" in answer:
            raise InvalidInput(answer["error"])
        body = base64.b64decode(answer["body"])
        return QueryResult(body=body, content_type=CONTENT_TYPES[fmt], truncated=answer["truncated"])

    def close(self) -> None:
        with self._lock:
            self._stop()


class RemoteSparqlRunner:
    """The same vetting, formats and row cap, answered by the SPARQL endpoint of a remote backend.

    The endpoint is asked for JSON results (SELECT/ASK) or N-Triples (CONSTRUCT/DESCRIBE), read as a stream
    and written out by kg.sparql_format like the local worker's answers: the row cap holds for every format
    and reading stops after max_rows + 1 rows.
    """

    def __init__(self, url: str, timeout: float, max_rows: int) -> None:
        from kg.store import RemoteGraphStore

        self.store = RemoteGraphStore(url, read_only=True, timeout=timeout)
        self.timeout = timeout
        self.max_rows = max_rows

    def run(self, text: str, accept: str | None = None) -> QueryResult:
        import pyoxigraph as ox

        from kg.sparql_format import render

        checked = check_query(text)
        fmt = negotiate(accept, checked.form)
        graph_form = checked.form in ("CONSTRUCT", "DESCRIBE")
        deadline = time.monotonic() + self.timeout
        try:
            for iri in checked.datasets:
                if not self.store.select("sparql_graph_exists", graph_iri=iri):
                    raise InvalidInput(f"FROM {iri}: geen graaf in deze store")
            media = "application/n-triples" if graph_form else "application/sparql-results+json"
            with self.store.open_query(text, media) as response:
                answer: Any = _Arrived(response, deadline)  # a file object to the parsers (read)
                result = ox.parse(answer, format=ox.RdfFormat.N_TRIPLES) if graph_form else \
                    ox.parse_query_results(answer, format=ox.QueryResultsFormat.JSON)
                body, truncated = render(result, fmt, self.max_rows)
        except (EndpointTimeout, TimeoutError) as exc:
            raise QueryTimeout(f"SPARQL-query duurde langer dan {self.timeout:g} s en is gestopt") from exc
        except EndpointError as exc:
            if exc.status == 400:  # the endpoint's parser refused the query (Oxigraph: "error at 1:27: ...")
                raise InvalidInput(f"ongeldige SPARQL-query: {exc.detail}") from exc
            if exc.status == 500:  # Oxigraph's answer to a query that fails while it runs, as the worker's
                raise InvalidInput(f"SPARQL-fout: {exc.detail}") from exc
            raise KgError(f"SPARQL-endpoint {self.store.url} gaf HTTP {exc.status}: {exc.detail}") from exc
        except SyntaxError as exc:
            raise KgError(f"SPARQL-endpoint {self.store.url} gaf een onleesbaar antwoord: {exc}") from exc
        except (StoreError, OSError) as exc:
            raise KgError(f"SPARQL-endpoint {self.store.url} is niet bereikbaar: {exc}") from exc
        return QueryResult(body=body, content_type=CONTENT_TYPES[fmt], truncated=truncated)

    def close(self) -> None:
        """HTTP is stateless: nothing to stop."""


class _Arrived:
    """An HTTP answer as the parsers read it: what has arrived so far (not a full buffer, which a slow answer
    would make them wait for), and nothing after the deadline. Each read also has the socket timeout, so a
    trickling answer stops at the deadline and a silent one a timeout later."""

    def __init__(self, response: Any, deadline: float) -> None:
        self.response = response
        self.deadline = deadline

    def read(self, size: int = -1) -> bytes:
        if time.monotonic() > self.deadline:
            raise TimeoutError
        return self.response.read1(size)  # type: ignore[no-any-return]


def make_runner(settings: Settings) -> SparqlRunner | RemoteSparqlRunner:
    """The runner for settings.backend: a worker process on the embedded store, or the remote endpoint."""
    if settings.backend.startswith(("http://", "https://")):
        return RemoteSparqlRunner(settings.backend, settings.sparql_timeout, settings.sparql_max_rows)
    return SparqlRunner(str(settings.oxigraph_dir), settings.sparql_timeout, settings.sparql_max_rows)
