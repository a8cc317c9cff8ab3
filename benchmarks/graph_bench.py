"""Graph queries: who-does-what-when and a transitive dependency path, GraphStore.select vs pyoxigraph."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from benchmarks.common import Section, latencies, verdict
from kg.config import Settings

GOAL = 1.2
WHO_QUERY = "ui_actor_actions"
"""The query behind the web UI's organisation page."""
PATH_QUERY = "bench_dependency_closure"
_BUSIEST_ACTOR = """PREFIX kg: <https://w3id.org/nzkg/def#>
SELECT ?actor (COUNT(?a) AS ?n) WHERE { ?a kg:lead|kg:partner ?actor }
GROUP BY ?actor ORDER BY DESC(?n) LIMIT 1"""
_DEEPEST_ACTION = """PREFIX kg: <https://w3id.org/nzkg/def#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?a (COUNT(?t) AS ?n) WHERE {
  ?a a kg:Action ; (dcterms:requires|kg:startsAfter|dcterms:isPartOf|dcterms:relation)+ ?t }
GROUP BY ?a ORDER BY DESC(?n) LIMIT 1"""


def pick_subjects(store: ox.Store) -> tuple[str | None, str | None]:
    """The actor with most lead/partner roles and the action with the longest dependency closure."""
    def first(sparql: str, var: str) -> str | None:
        solutions = store.query(sparql, use_default_graph_as_union=True)
        assert isinstance(solutions, ox.QuerySolutions)
        rows = list(solutions)
        return rows[0][var].value if rows and rows[0][var] is not None else None
    return first(_BUSIEST_ACTOR, "actor"), first(_DEEPEST_ACTION, "a")


def raw_select(store: ox.Store, query_name: str, var: str, iri: str) -> list[tuple[Any, ...]]:
    """The same .rq on pyoxigraph directly: substitutions, union default graph, rows materialised."""
    from kg.store import query_source

    solutions = store.query(query_source(query_name), use_default_graph_as_union=True,
                            substitutions={ox.Variable(var): ox.NamedNode(iri)})
    assert isinstance(solutions, ox.QuerySolutions)
    names = solutions.variables
    return [tuple(row[n] for n in names) for row in solutions]


def measure(settings: Settings, repeat: int) -> dict[str, Any]:
    """p50s of both queries via GraphStore.select and via pyoxigraph on a second read-only handle."""
    from kg.store import open_store

    gs = open_store(settings, read_only=True)
    raw = ox.Store.read_only(str(settings.oxigraph_dir))
    try:
        actor, action = pick_subjects(raw)
        out: dict[str, Any] = {"actor": actor, "action": action, "triples": len(raw)}
        subjects = (("who", WHO_QUERY, "actor", actor), ("path", PATH_QUERY, "action", action))
        for label, query, var, iri in subjects:
            if iri is None:
                continue
            bound: dict[str, Any] = {var: URIRef(iri)}
            rows = gs.select(query, **bound)
            # Same answer, or the timing is meaningless.
            assert len(rows) == len(raw_select(raw, query, var, iri))
            out[f"{label}_rows"] = len(rows)
            out[f"{label}_store"] = latencies(partial(gs.select, query, **bound), repeat)
            out[f"{label}_raw"] = latencies(partial(raw_select, raw, query, var, iri), repeat)
        return out
    finally:
        gs.close()
        del raw


def run(store_dir: Path, repeat: int = 50) -> Section:
    sec = Section("graph", "Graph queries (GraphStore.select vs pyoxigraph directly)",
                  goal=f"p50 through GraphStore.select <= {GOAL}x p50 of the same SPARQL on pyoxigraph",
                  columns=["query", "rows", "select p50 (ms)", "select p95 (ms)", "pyoxigraph p50 (ms)",
                           "pyoxigraph p95 (ms)", "ratio p50"])
    settings = replace(Settings(), store=store_dir)
    m = measure(settings, repeat)
    names = {"who": f"who-does-what-when ({WHO_QUERY}.rq)",
             "path": f"transitive dependencies ({PATH_QUERY}.rq)"}
    for label in ("who", "path"):
        if f"{label}_store" not in m:
            sec.notes.append(f"{names[label]}: no subject in this store (nothing to bind)")
            continue
        s, r = m[f"{label}_store"], m[f"{label}_raw"]
        ratio = s["p50_ms"] / r["p50_ms"]
        sec.add(names[label], m[f"{label}_rows"], s["p50_ms"], s["p95_ms"], r["p50_ms"], r["p95_ms"], ratio)
        sec.verdicts.append(f"{names[label]}: {verdict(ratio, GOAL)}")
        sec.figures[label] = ratio
    sec.notes.append(f"Store: {m['triples']:,} quads; actor <{m['actor']}>, action <{m['action']}>; "
                     f"{repeat} timed runs each after 2 warm-ups.")
    sec.notes.append("The pyoxigraph floor materialises rows as terms; GraphStore.select also converts every "
                     "term to a plain Python value (str/int/None), which is the difference measured.")
    return sec
