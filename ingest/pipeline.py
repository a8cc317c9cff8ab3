"""`kg ingest`: parse -> pages -> chunks -> extraction -> triples per document, then the search index."""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg.config import Settings
from kg.errors import IngestError, KgError
from kg.vocab import ACTORS_GRAPH, KG, document_iri

SUFFIXES = {".pdf", ".txt", ".md"}


@dataclass
class IngestSummary:
    documents: int = 0      # new or changed documents written
    unchanged: int = 0      # already in the store with the same content
    pages: int = 0
    chunks: int = 0
    actions: int = 0
    actors: int = 0         # organisations and groups the documents name (the store's count, as kg stats)
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    index: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # per document: what the extraction recognised
    skipped: dict[str, int] = field(default_factory=dict)  # unsupported suffix -> files in a folder

    def add_time(self, stage: str, seconds: float) -> None:
        self.stages[stage] = self.stages.get(stage, 0.0) + seconds

    def describe(self) -> str:
        counts = [_count(self.pages, "pagina", "pagina's"), _count(self.chunks, "passage", "passages"),
                  _count(self.actions, "actie", "acties"),
                  _count(self.actors, "actor", "actoren") + " genoemd"]  # as actors_named in kg stats
        done = f"{self.documents} document(en) ingelezen, {self.unchanged} ongewijzigd, "
        done += f"{len(self.failed)} mislukt"
        lines = [f"{done}; {', '.join(counts)} ({self.seconds:.1f} s)"]
        if self.skipped:
            files = sum(self.skipped.values())
            kinds = ", ".join(sorted(self.skipped))
            verb = "wordt" if len(self.skipped) == 1 else "worden"
            files_word = _count(files, "bestand", "bestanden")
            lines.append(f"  {files_word} overgeslagen: {kinds} {verb} niet ondersteund (wel: PDF, txt, md)")
        if self.stages:
            lines.append("  tijd per stap: " + ", ".join(f"{k} {v:.1f} s" for k, v in self.stages.items()))
        lines += [f"  {note}" for note in self.notes]
        return "\n".join(lines)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def unsupported(paths: Iterable[Path]) -> dict[str, int]:
    """Files in the given folders that ingest passes over, by suffix (hidden files are nobody's documents)."""
    skipped: dict[str, int] = {}
    for path in paths:
        if path.is_dir():
            for p in path.rglob("*"):
                if p.is_file() and p.suffix.lower() not in SUFFIXES and not p.name.startswith("."):
                    key = p.suffix.lower() or "(geen extensie)"
                    skipped[key] = skipped.get(key, 0) + 1
    return skipped


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest (folders are walked, sorted) and the paths that cannot be read at all."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            missing.append((str(path), "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


@cache
def ingest_version() -> str:
    """A fingerprint of the ingest code and data: when extraction improves, unchanged files are re-read."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".py", ".jsonl", ".json"}):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ingest_paths(paths: list[Path], settings: Settings, progress: bool = True) -> IngestSummary:
    """Ingest files and folders; a bad file is reported in one line and the rest goes on."""
    from ingest.actors import ActorResolver
    from ingest.graph import registry_graph
    from kg.store import open_store, touch_stamp

    started = time.perf_counter()
    summary = IngestSummary()
    files, missing = discover(paths)
    summary.skipped = unsupported(paths)
    for name, reason in missing:
        _fail(summary, name, reason)
    store = open_store(settings)
    try:
        resolver = ActorResolver.default()
        store.replace_graph(ACTORS_GRAPH, registry_graph(resolver.registry()))
        bar = _progress(files, progress)
        for path in bar:
            try:
                _ingest_one(path, settings, store, summary)
            except IngestError as exc:
                _fail(summary, str(exc.path), exc.reason)
            except KgError as exc:
                _fail(summary, str(path), str(exc))
            except Exception as exc:  # a bug on one file must not stop the batch; say what it was
                _fail(summary, str(path), f"unexpected error: {type(exc).__name__}: {exc}")
        t0 = time.perf_counter()
        summary.index = _update_index(settings, store)
        summary.actors = int(store.select("stats_actors_named")[0]["named"] or 0)
        summary.add_time("index", time.perf_counter() - t0)
        touch_stamp(settings)
    finally:
        store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _ingest_one(path: Path, settings: Settings, store: object, summary: IngestSummary) -> None:
    from ingest.chunk import action_passages, chunk_pages
    from ingest.extract import extract_document
    from ingest.graph import build_graph
    from ingest.text import parse_file
    from kg.store import touch_stamp

    try:
        sha = file_sha256(path)
    except OSError as exc:
        raise IngestError(path, f"cannot read file ({exc.strerror or exc})") from exc
    iri = document_iri(sha)
    version = ingest_version()
    stored = store.select("pipeline_document_version", doc_iri=iri)  # type: ignore[attr-defined]
    if stored and stored[0]["version"] == version:
        summary.unchanged += 1
        for old in _older_versions(store, path.stem, sha):  # left over by an interrupted older ingest
            store.replace_document(old, Graph())  # type: ignore[attr-defined]
        return
    t0 = time.perf_counter()
    doc = parse_file(path, settings)
    t1 = time.perf_counter()
    extraction = extract_document(doc)
    t2 = time.perf_counter()
    chunks = chunk_pages(doc.pages)
    chunks += action_passages(extraction.actions, start_index=len(chunks))
    graph = build_graph(doc, chunks, extraction)
    graph.add((iri, KG.ingestVersion, Literal(version)))
    graph.add((iri, KG.extractionSummary, Literal(recognised(extraction))))
    t3 = time.perf_counter()
    store.replace_document(iri, graph, supersedes=_older_versions(store, path.stem, sha))  # type: ignore[attr-defined]
    touch_stamp(settings)
    t4 = time.perf_counter()
    summary.add_time("parse", t1 - t0)
    summary.add_time("extract", t2 - t1)
    summary.add_time("graph", t3 - t2)
    summary.add_time("store", t4 - t3)
    summary.documents += 1
    summary.pages += len(doc.pages)
    summary.chunks += len(chunks)
    summary.actions += len(extraction.actions)
    summary.notes.append(f"{path.name}: {recognised(extraction)}")


def recognised(extraction: object) -> str:
    """What the extraction of one document found, in one Dutch line; says so when it found nothing."""
    actions = getattr(extraction, "actions", [])
    if not actions:
        return "geen actietabel of toezeggingen herkend"
    kinds = {"action": "tabelrijen", "sleutelproject": "tabelrijen", "agreement": "uitvoeringsafspraken",
             "commitment": "toezeggingen"}
    counts: dict[str, int] = {}
    for a in actions:
        word = kinds.get(a.kind, "acties")
        counts[word] = counts.get(word, 0) + 1
    flagged = sum(1 for a in actions if a.flags)
    parts = ", ".join(f"{n} {word}" for word, n in counts.items())
    tables = "; ".join(getattr(extraction, "notes", []))
    return f"{parts} herkend" + (f" ({flagged} met een signalering)" if flagged else "") + (
        f" — {tables}" if tables else "")


def _older_versions(store: object, name: str, sha: str) -> list[URIRef]:
    """Older versions of an edited file (same file stem, other content): the new one replaces them."""
    rows = store.select("pipeline_documents_by_name", name=name)  # type: ignore[attr-defined]
    return [URIRef(row["doc"]) for row in rows if row["sha"] != sha]


def _update_index(settings: Settings, store: object) -> dict[str, object]:
    from kg.index import update_index

    return update_index(settings, store.passages())  # type: ignore[attr-defined]


def _fail(summary: IngestSummary, path: str, reason: str) -> None:
    summary.failed.append((path, reason))
    print(f"kg: {path}: {reason}", file=sys.stderr)


def _progress(files: list[Path], enabled: bool) -> Iterable[Path]:
    if not enabled or len(files) < 2:
        return files
    from tqdm import tqdm

    return tqdm(files, desc="ingest", unit="doc", file=sys.stderr, leave=False)
