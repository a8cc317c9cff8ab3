"""/sparql and kg.sparql: protocol, content negotiation, read-only guards, row and time limits."""

from __future__ import annotations

import csv
import io
import time
import xml.etree.ElementTree as ET

import pytest

from kg.errors import InvalidInput
from kg.sparql import check_query, negotiate
from tests.ui_store import build_store

CODES = "PREFIX kg: <https://w3id.org/nzkg/def#> SELECT ?code WHERE { ?a kg:code ?code } ORDER BY ?code"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory):
    """Tight limits (2 s, 10 rows); `app` and `client` come from tests/conftest.py."""
    return build_store(tmp_path_factory.mktemp("store"), sparql_timeout=2.0, sparql_max_rows=10)


def test_get_json_by_default(client) -> None:
    r = client.get("/sparql", query_string={"query": CODES})
    assert r.status_code == 200 and r.mimetype == "application/sparql-results+json"
    data = r.get_json()
    assert data["head"]["vars"] == ["code"]
    assert [b["code"]["value"] for b in data["results"]["bindings"]][:3] == ["Art. 3", "GL 1", "GL 2"]
    assert "X-KG-Truncated" not in r.headers
    many = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert len(many.get_json()["results"]["bindings"]) == 10  # the row limit
    assert "meer dan 10 rijen" in many.headers["X-KG-Truncated"]


@pytest.mark.parametrize("accept,mimetype", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html;q=0.1, text/csv;q=0.9", "text/csv"),
])
def test_content_negotiation(client, accept: str, mimetype: str) -> None:
    r = client.get("/sparql", query_string={"query": CODES}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mimetype
    body = r.get_data(as_text=True)
    if mimetype.endswith("xml"):
        ns = {"s": "http://www.w3.org/2005/sparql-results#"}
        assert [e.text for e in ET.fromstring(body).findall(".//s:literal", ns)][:2] == ["Art. 3", "GL 1"]
    elif mimetype == "text/csv":
        assert list(csv.reader(io.StringIO(body)))[:2] == [["code"], ["Art. 3"]]
    else:
        assert body.splitlines()[:2] == ["?code", '"Art. 3"']


def test_post_form_and_sparql_query_body(client) -> None:
    ask = "ASK { ?x <https://w3id.org/nzkg/def#code> \"UA B\" }"
    r = client.post("/sparql", data={"query": ask})
    assert r.get_json() == {"head": {}, "boolean": True}
    r = client.post("/sparql", data=ask.replace("UA B", "ZZ 9"), content_type="application/sparql-query")
    assert r.get_json()["boolean"] is False
    r = client.post("/sparql", data="CONSTRUCT WHERE { ?s <https://w3id.org/nzkg/def#code> ?o }",
                    content_type="application/sparql-query", headers={"Accept": "text/turtle"})
    assert r.mimetype == "text/turtle" and '"UA B"' in r.get_data(as_text=True)


@pytest.mark.parametrize("query", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DROP ALL", "CLEAR DEFAULT", "CREATE GRAPH <http://x>", "LOAD <http://example.org/data.ttl>",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "PREFIX e: <http://example.org/> SELECT * WHERE { ?s ?p ?o . SERVICE SILENT e:sparql { ?a ?b ?c } }",
    "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p }",  # malformed
    "",
])
def test_refused_with_400_by_get_and_post(client, query: str) -> None:
    r1 = client.get("/sparql", query_string={"query": query}, headers={"Accept": "application/json"})
    r2 = client.post("/sparql", data={"query": query}, headers={"Accept": "application/json"})
    for r in (r1, r2):
        assert r.status_code == 400, query
        assert r.get_data(as_text=True).strip()


def test_update_parameter_and_body_refused(client) -> None:
    assert client.post("/sparql", data={"update": "DROP ALL"}).status_code == 400
    r = client.post("/sparql", data="DROP ALL", content_type="application/sparql-update")
    assert r.status_code == 400


def test_from_a_graph_in_the_store_is_allowed(client) -> None:
    q = "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/nzkg/id/graph/actors> WHERE { ?s ?p ?o }"
    r = client.get("/sparql", query_string={"query": q})
    assert r.status_code == 200 and int(r.get_json()["results"]["bindings"][0]["n"]["value"]) > 10


def test_runaway_query_is_stopped_and_next_query_answers(client) -> None:
    start = time.monotonic()
    r = client.get("/sparql", query_string={"query": RUNAWAY})
    elapsed = time.monotonic() - start
    assert r.status_code == 503 and "langer dan 2 s" in r.get_data(as_text=True)
    assert elapsed < 8
    start = time.monotonic()
    r = client.get("/sparql", query_string={"query": CODES})
    assert r.status_code == 200 and time.monotonic() - start < 5


def test_console_html_and_examples(client) -> None:
    html = client.get("/sparql", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "Wat moet Gemeente Zaanstad doen en wanneer?" in html and "<textarea" in html
    examples = client.get("/api/sparql/examples").get_json()["examples"]
    assert len(examples) >= 4
    for e in examples:  # every saved example runs and answers
        r = client.get("/sparql", query_string={"query": e["query"]})
        assert r.status_code == 200, e["name"]
        assert r.get_json()["results"]["bindings"], e["name"]
    page = client.post("/sparql?format=html", data={"query": "SELECT * WHERE { ?s ?p }"})
    assert page.status_code == 400 and "ongeldige SPARQL-query" in page.get_data(as_text=True)


def test_check_query_is_lexically_careful() -> None:
    tricky = 'SELECT ?service WHERE { ?service ?p "SERVICE <http://x>" } # SERVICE'
    assert check_query(tricky).form == "SELECT"
    assert check_query("PREFIX g: <https://w3id.org/nzkg/id/graph/> SELECT * FROM g:actors { ?s ?p ?o }") \
        .datasets == ["https://w3id.org/nzkg/id/graph/actors"]
    with pytest.raises(InvalidInput):
        check_query("select * where { service <http://x> { ?s ?p ?o } }")
    assert negotiate("text/csv", "CONSTRUCT") == "turtle"
    assert negotiate(None, "SELECT") == "json"
