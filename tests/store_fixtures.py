"""Hand-made model objects for the graph, store, export and validation tests (no parser or extractor), and a
real `oxigraph serve` for the HTTP backend."""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.remote_bench import free_port, oxigraph_cli, stop_server, wait_ready
from ingest.model import (
    Action,
    ActorRef,
    Chunk,
    Dependency,
    Extraction,
    Page,
    ParsedDocument,
    Period,
    Role,
    Source,
)
from kg.config import Settings

REGISTRY = [
    {"key": "gemeente-zaanstad", "label": "Gemeente Zaanstad", "type": "gemeente", "tooi": "gemeente/gm0479",
     "aliases": ["gemeente Zaanstad", "Zaanstad"]},
    {"key": "provincie-noord-holland", "label": "Provincie Noord-Holland", "type": "provincie",
     "tooi": "provincie/pv27", "aliases": ["provincie Noord-Holland", "PNH"]},
    {"key": "port-of-amsterdam", "label": "Port of Amsterdam", "type": "havenbedrijf", "tooi": None,
     "aliases": ["Havenbedrijf Amsterdam"]},
]

ZAANSTAD = ActorRef("gemeente-zaanstad", "Gemeente Zaanstad", mention="gemeente Zaanstad")
PNH = ActorRef("provincie-noord-holland", "Provincie Noord-Holland", mention="PNH")
POA = ActorRef("port-of-amsterdam", "Port of Amsterdam", mention="Havenbedrijf Amsterdam")
UNKNOWN = ActorRef("stichting-groene-dijk", "Stichting Groene Dijk", known=False,
                   mention="Stichting Groene Dijk")
GROUP = ActorRef("groep-bewoners", "Bewoners", kind="group", mention="bewoners")

PAGES = [
    Page(1, "Uitvoeringsagenda\n\nInleiding over het gebied."),
    Page(2, "GL 1 Geluidsschermen langs de A8\nTrekker: gemeente Zaanstad; i.s.m. PNH.\n\nGL 2 Monitoring"),
    Page(3, "GL 10 Groene Dijk\nStichting Groene Dijk en bewoners. Start na afronding van GL 1."),
]


def make_document(version: str = "v1", name: str = "agenda-test") -> ParsedDocument:
    sha = hashlib.sha256(f"{name}-{version}".encode()).hexdigest()
    pages = [Page(p.number, p.text + ("" if version == "v1" else f"\n(versie {version})")) for p in PAGES]
    return ParsedDocument(path=f"/tmp/{name}.txt", name=name, sha256=sha, media_type="text/plain",
                          title="Uitvoeringsagenda test", pages=pages)


def make_chunks(doc: ParsedDocument) -> list[Chunk]:
    return [Chunk(index=i, page=p.number, text=p.text) for i, p in enumerate(doc.pages)]


def make_extraction(version: str = "v1") -> Extraction:
    gl1 = Action(
        code="GL 1", title="Geluidsschermen langs de A8", kind="action", theme="3.1 Gezondere leefomgeving",
        description="Plaatsen van schermen.",
        roles=[Role(ZAANSTAD, "lead", 0.9), Role(PNH, "partner", 0.8)],
        period=Period("Vanaf Q4 2026", 2026, 2027, "2026-10", "2027", "not_before",
                      phases=[Period("Voorbereiding 2026", 2026, 2026)]),
        source=Source(2, "Trekker: gemeente Zaanstad; i.s.m. PNH."), confidence=0.85,
    )
    gl2 = Action(
        code="GL 2", title="Monitoring" if version == "v1" else "Monitoring geluid", kind="agreement",
        roles=[Role(POA, "involved", 0.7)], period=Period("2025-2027", 2025, 2027, "2025", "2027", "exact"),
        dependencies=[Dependency("related", "GL 1", "zie GL 1")],
        source=Source(2, "GL 2 Monitoring"), flags=["low_confidence_wie"],
    )
    gl10 = Action(
        code="GL 10", title="Groene Dijk", kind="action",
        roles=[Role(UNKNOWN, "lead", 0.6), Role(GROUP, "involved", 0.5)],
        dependencies=[Dependency("starts_after", "GL 1", "Start na afronding van GL 1."),
                      Dependency("depends", "XX 9", "afhankelijk van XX 9")],
        source=Source(3, "Stichting Groene Dijk en bewoners."),
    )
    actions = [gl10, gl1, gl2] if version == "v1" else [gl10, gl1]
    return Extraction(actions=actions, actors=[ZAANSTAD, PNH, POA, UNKNOWN, GROUP])


def settings_for(tmp_path: Path) -> Settings:
    return Settings(store=tmp_path / "store")


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """`oxigraph serve` on a free loopback port, without --union-default-graph: the client must ask for it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [str(oxigraph_cli()), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(url, proc)
        yield url
    finally:
        stop_server(proc)
