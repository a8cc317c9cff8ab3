"""Benchmarks smoke test: the quick suite on a tiny synthetic corpus writes every section with figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks import run, synth
from benchmarks.common import Section, percentile, verdict
from kg.store.remote import bind_query


def test_percentiles_and_verdicts() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([5.0], 99) == 5.0
    assert verdict(1.1, 1.2).startswith("met")
    assert verdict(1.3, 1.2).startswith("not met")


def test_synthetic_document_uses_registry_actors_and_table_layout() -> None:
    text, actions = synth.document_text(3, doc_bytes=5000)
    labels = {a.label for a in synth.registry_actors()}
    assert actions and all(a.lead[0].label in labels for a in actions)
    first = actions[0]
    assert f"{first.code} {first.lead[0].label}\n\nI.s.m.:" in text
    assert f"Wie\n\n{first.start}-{first.end}\n\nWanneer\n\n{first.title}" in text
    doc, extraction = synth.parsed_document(3, doc_bytes=5000)
    assert len(doc.pages) == text.count("\f") + 1
    # the product reads back what was written: code, title, period and trekker of every action
    read = [(a.code, a.title, a.period and a.period.start_year, a.period and a.period.end_year)
            for a in extraction.actions]
    assert read == [(a.code, a.title, a.start, a.end) for a in actions]
    assert all(x.actors("lead") for x in extraction.actions)


def test_remote_binding_escapes_literals() -> None:
    q = bind_query("SELECT ?x WHERE { ?s ?p ?x }", {"x": 'a" } ; DROP ALL ; #'})
    assert 'BIND("a\\" } ; DROP ALL ; #" AS ?x)' in q
    with pytest.raises(Exception, match="geen geldige IRI"):
        bind_query("SELECT ?s WHERE { ?s ?p ?o }", {"s_iri": "http://x> } DROP ALL {"})


def test_quick_suite_on_tiny_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    synth.write_corpus(corpus, 0.05, doc_bytes=6000)
    out = tmp_path / "RESULTS.md"
    code = run.main(["--quick", "--corpus", str(corpus), "--model", "fake", "--sizes", "0.05",
                     "--skip", "quality", "--out", str(out)])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    for heading in ("## Machine and versions", "## Ingest", "## Search", "## Graph queries",
                    "## Beyond one machine", "## Scale"):
        assert heading in text
    assert "FAILED" not in text
    total = re.search(r"\*\*ingest total \(s\)\*\* \| ([\d.,]+) \|", text)
    assert total and float(total.group(1).replace(",", "")) > 0
    who = re.search(r"who-does-what-when \(ui_actor_actions\.rq\) \| (\d+) \| ([\d.]+) \|", text)
    assert who and int(who.group(1)) > 0 and float(who.group(2)) > 0
    scale = re.search(r"\| 0\.05x \| pipeline[^|]*\| (\d+) \| [\d.]+ \| (\d+) \| ([\d,]+) \|", text)
    assert scale and int(scale.group(1)) >= 1 and int(scale.group(2)) > 0
    pages = re.search(r"0\.05x: pages p50/p95 ms \(Flask test client\): home [\d.]+/[\d.]+; (.*)", text)
    assert pages and "timeline 2026" in pages.group(1) and "documents" in pages.group(1)
    assert "page p95 < 300 ms at 0.05x" in text
    assert "Verdict:" in text


def test_one_section_replaces_its_figures_and_keeps_the_others() -> None:
    old = ("# R\n\n## Verdicts\n\n- **Scale**: page p95 < 300 ms at 10x: no\n- **Ingest**: ok\n\n"
           "## Ingest\n\nkept\n\n## Scale\n\nold figures\n\n## Quality\n\nkept too\n")
    sec = Section("scale", "Scale", notes=["new figures"], verdicts=["page p95 < 300 ms at 1000x: yes"])
    text = run.merge(old, [sec])
    assert "old figures" not in text and "new figures" in text and text.count("kept") == 2
    assert "- **Scale**: page p95 < 300 ms at 1000x: yes" in text and "at 10x: no" not in text
    assert "- **Ingest**: ok" in text and text.index("## Scale") < text.index("## Quality")
