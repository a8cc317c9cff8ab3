"""kg.export: actions as JSON and CSV (read back with the csv module), the graph in RDF formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Dataset, Graph

from ingest.graph import build_graph, registry_graph
from ingest.model import Action, Extraction, Source
from kg.errors import InvalidInput
from kg.export import natural_key, safe_cell, write_actions, write_graph
from kg.store import open_store
from kg.vocab import ACTORS_GRAPH, document_iri
from tests.store_fixtures import REGISTRY, make_chunks, make_document, make_extraction, settings_for


@pytest.fixture
def settings(tmp_path):
    settings = settings_for(tmp_path)
    store = open_store(settings)
    store.replace_graph(ACTORS_GRAPH, registry_graph(REGISTRY))
    doc = make_document()
    store.replace_document(document_iri(doc.sha256),
                           build_graph(doc, make_chunks(doc), make_extraction(), registry=REGISTRY))
    # A second document whose name sorts first, with an action whose title looks like a formula.
    other = make_document(name="aaa-eerder")
    evil = Action("B 1", "=HYPERLINK(\"http://x\")", source=Source(1, "-2+3"))
    store.replace_document(document_iri(other.sha256),
                           build_graph(other, [], Extraction(actions=[evil]), registry=REGISTRY))
    store.close()
    return settings


def _json(settings) -> list[dict]:
    buf = io.StringIO()
    write_actions(settings, "json", buf)
    return json.loads(buf.getvalue())["actions"]


def test_json_actions_sorted_with_all_fields(settings):
    actions = _json(settings)
    assert [(a["document"], a["code"]) for a in actions] == [
        ("aaa-eerder", "B 1"), ("agenda-test", "GL 1"), ("agenda-test", "GL 2"), ("agenda-test", "GL 10")]
    gl1 = actions[1]
    assert gl1["title"] == "Geluidsschermen langs de A8" and gl1["kind"] == "action"
    assert gl1["theme"] == "Gezondere leefomgeving"
    assert gl1["lead"] == ["Gemeente Zaanstad"] and gl1["partners"] == ["Provincie Noord-Holland"]
    assert gl1["roles"][0] == {"actor": "Gemeente Zaanstad", "actor_id": "https://w3id.org/nzkg/id/actor/"
                               "gemeente-zaanstad", "role": "lead", "confidence": 0.9}
    assert gl1["period"] == {"text": "Vanaf Q4 2026", "start_year": 2026, "end_year": 2027,
                             "qualifier": "not_before", "start": "2026-10", "end": "2027"}
    assert gl1["source"] == {"page": 2, "quote": "Trekker: gemeente Zaanstad; i.s.m. PNH."}
    assert gl1["confidence"] == 0.85 and gl1["id"].endswith("/action/gl-1")


def test_json_dependencies_unknown_actors_and_flags(settings):
    by_code = {a["code"]: a for a in _json(settings)}
    gl10 = by_code["GL 10"]
    deps = {d["target_code"]: d for d in gl10["dependencies"]}
    assert deps["GL 1"]["kind"] == "starts_after" and deps["GL 1"]["target"] == "GL 1"
    assert deps["GL 1"]["target_id"] == by_code["GL 1"]["id"]
    assert deps["GL 1"]["target_title"] == "Geluidsschermen langs de A8"
    assert deps["XX 9"]["target_id"] is None and deps["XX 9"]["quote"] == "afhankelijk van XX 9"
    assert gl10["lead"] == ["Stichting Groene Dijk"] and gl10["involved"] == ["Bewoners"]
    assert by_code["GL 2"]["flags"] == ["low_confidence_wie"] and by_code["GL 2"]["kind"] == "agreement"
    assert by_code["B 1"]["period"]["text"] is None and by_code["B 1"]["lead"] == []


def test_csv_round_trip_for_excel(settings):
    buf = io.StringIO()
    write_actions(settings, "csv", buf)
    text = buf.getvalue()
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))
    assert [r["code"] for r in rows] == ["B 1", "GL 1", "GL 2", "GL 10"]
    gl1 = rows[1]
    assert gl1["trekker"] == "Gemeente Zaanstad" and gl1["startjaar"] == "2026"
    assert gl1["citaat"] == "Trekker: gemeente Zaanstad; i.s.m. PNH."  # the ';' survives quoting
    assert gl1["betrouwbaarheid"] == "0,85"  # a decimal comma, as Dutch Excel expects
    # codes in Dutch words for the reader in Excel (the JSON keeps the codes)
    assert rows[3]["afhankelijkheden"] == "start na: GL 1 | hangt af van: XX 9"
    assert {r["soort"] for r in rows} <= {"actie", "afspraak", "sleutelproject", "toezegging"}
    assert rows[3]["betrokken"] == "Bewoners"
    assert rows[0]["titel"] == "'=HYPERLINK(\"http://x\")"  # formula injection defused
    assert rows[0]["citaat"] == "'-2+3"


def test_safe_cell_and_natural_key():
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)" and safe_cell("+31 20") == "'+31 20"
    assert safe_cell("Gemeente Zaanstad") == "Gemeente Zaanstad" and safe_cell(None) == ""
    assert safe_cell(-1) == "-1"  # numbers are not text, so they are left alone
    assert safe_cell(0.8) == "0,8" and safe_cell(-0.5) == "-0,5"
    assert sorted(["GL 10", "GL 2", "GL 1", "UA B", "UA A"], key=natural_key) == \
        ["GL 1", "GL 2", "GL 10", "UA A", "UA B"]


def test_write_graph_formats(settings):
    buf = io.StringIO()
    write_graph(settings, "turtle", buf)
    assert len(Graph().parse(data=buf.getvalue(), format="turtle")) > 200
    buf = io.StringIO()
    write_graph(settings, "nquads", buf)
    ds = Dataset()
    ds.parse(data=buf.getvalue(), format="nquads")
    assert len(ds.graph(ACTORS_GRAPH)) == len(registry_graph(REGISTRY))
    with pytest.raises(InvalidInput):
        write_graph(settings, "xml", io.StringIO())
    with pytest.raises(InvalidInput):
        write_actions(settings, "xlsx", io.StringIO())
