"""`kg ingest`: parse -> pages -> chunks -> extraction -> triples per document, then the search index."""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing as mp
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef

from ingest.model import Extraction
from ingest.text import SUFFIXES
from kg.config import Settings
from kg.errors import IngestError, KgError
from kg.labels import is_warning
from kg.store import GraphBackend, open_store, touch_stamp
from kg.vocab import ACTORS_GRAPH, KG, document_iri


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


def _walk(folder: Path) -> list[Path]:
    """The files under a folder, sorted, without those of a kg store inside it (a folder holding 'oxigraph':
    `kg ingest .` with the store in the current folder)."""
    found = sorted(folder.rglob("*"))
    stores = {p.parent for p in found if p.name == "oxigraph" and p.is_dir()}
    return [p for p in found if p.is_file() and not any(s in p.parents for s in stores)]


def unsupported(paths: Iterable[Path]) -> dict[str, int]:
    """Files in the given folders that ingest passes over, by suffix (hidden files are nobody's documents)."""
    skipped: dict[str, int] = {}
    for path in paths:
        if path.is_dir():
            for p in _walk(path):
                if p.suffix.lower() not in SUFFIXES and not p.name.startswith("."):
                    key = p.suffix.lower() or "(geen extensie)"
                    skipped[key] = skipped.get(key, 0) + 1
    return skipped


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest (folders are walked, sorted) and the paths that cannot be read at all."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in _walk(path) if p.suffix.lower() in SUFFIXES)
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


def ingest_paths(paths: list[Path], settings: Settings, progress: bool = True,
                 workers: int | None = None) -> IngestSummary:
    """Ingest files and folders; a bad file is reported in one line and the rest goes on.

    Parsing and extraction run in `workers` processes (default: one per core, never more than the files);
    the store writes and the index stay in this process, in the order the documents finish."""
    from ingest.actors import ActorResolver
    from ingest.graph import registry_graph

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
        todo = [path for path in files if _needs_work(path, store, summary)]
        for path, result in _prepared(todo, settings, progress, workers):
            if isinstance(result, Failure):
                _fail(summary, result.path, result.reason)
                continue
            try:
                _store_one(path, result, settings, store, summary)
            except KgError as exc:
                _fail(summary, str(path), str(exc))
            except Exception as exc:  # a bug on one file must not stop the batch; say what it was
                _fail(summary, str(path), f"onverwachte fout: {type(exc).__name__}: {exc}")
        t0 = time.perf_counter()
        summary.index = _update_index(settings, store, progress)
        summary.actors = int(store.select("stats_actors_named")[0]["named"] or 0)
        summary.add_time("index", time.perf_counter() - t0)
        touch_stamp(settings)
    finally:
        store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _needs_work(path: Path, store: GraphBackend, summary: IngestSummary) -> bool:
    """False for a file already in the store with this content and ingest version (its older versions left
    by an interrupted ingest are removed); an unreadable file is reported and skipped."""
    try:
        sha = file_sha256(path)
    except OSError as exc:
        _fail(summary, str(path), f"kan het bestand niet lezen ({exc.strerror or exc})")
        return False
    stored = store.select("pipeline_document_version", doc_iri=document_iri(sha))
    if stored and stored[0]["version"] == ingest_version():
        summary.unchanged += 1
        for old in _older_versions(store, path.stem, sha):  # left over by an interrupted older ingest
            store.replace_document(old, Graph())
        return False
    return True


@dataclass
class Prepared:
    """One document parsed and extracted in a worker: its graph as N-Triples (cheap to send between
    processes) and what the summary counts."""

    sha: str
    ntriples: str
    pages: int
    chunks: int
    actions: int
    note: str
    seconds: dict[str, float]


def prepare(path: Path, settings: Settings) -> Prepared:
    """parse -> extract -> chunks -> graph for one file: a pure function, run in a worker process."""
    from ingest.chunk import action_passages, chunk_pages
    from ingest.extract import extract_document
    from ingest.graph import build_graph
    from ingest.text import parse_file

    try:
        sha = file_sha256(path)
    except OSError as exc:
        raise IngestError(path, f"kan het bestand niet lezen ({exc.strerror or exc})") from exc
    iri = document_iri(sha)
    t0 = time.perf_counter()
    doc = parse_file(path, settings)
    t1 = time.perf_counter()
    extraction = extract_document(doc)
    t2 = time.perf_counter()
    chunks = chunk_pages(doc.pages)
    chunks += action_passages(extraction.actions, start_index=len(chunks), pages=doc.pages)
    graph = build_graph(doc, chunks, extraction)
    graph.add((iri, KG.ingestVersion, Literal(ingest_version())))
    graph.add((iri, KG.extractionSummary, Literal(recognised(extraction))))
    t3 = time.perf_counter()
    return Prepared(sha, graph.serialize(format="nt"), len(doc.pages), len(chunks), len(extraction.actions),
                    f"{path.name}: {recognised(extraction)}",
                    {"parse": t1 - t0, "extract": t2 - t1, "graph": t3 - t2})


def _prepared(todo: list[Path], settings: Settings, progress: bool,
              workers: int | None) -> Iterator[tuple[Path, Prepared | Failure]]:
    """(path, Prepared or why not) for every file, as they finish; a bounded number in flight, so
    memory stays flat however many documents there are."""
    bar = _bar(len(todo), progress)
    n = min(workers or os.cpu_count() or 1, len(todo))
    if n <= 1:  # one file or one core: no pool to start
        for path in todo:
            yield path, _attempt(path, settings)
            bar.update(1)
        bar.close()
        return
    ctx = mp.get_context("spawn")  # never fork a process holding the open store
    with ProcessPoolExecutor(n, mp_context=ctx, max_tasks_per_child=50) as pool:
        pending: dict[Future[Prepared | Failure], Path] = {}
        queue = iter(todo)
        for path in itertools.islice(queue, 2 * n):
            pending[pool.submit(_attempt, path, settings)] = path
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                path = pending.pop(future)
                exc = future.exception()  # only a worker that died (out of memory, killed)
                yield path, Failure(str(path), f"werkproces gestopt: {exc}") if exc else future.result()
                bar.update(1)
                for nxt in itertools.islice(queue, 1):
                    pending[pool.submit(_attempt, nxt, settings)] = nxt
    bar.close()


@dataclass
class Failure:
    """Why one file could not be prepared (an error as plain data: IngestError does not survive pickling)."""

    path: str
    reason: str


def _attempt(path: Path, settings: Settings) -> Prepared | Failure:
    """prepare(), with its error as a Failure: a bad file is named and the batch goes on."""
    try:
        return prepare(path, settings)
    except IngestError as exc:
        return Failure(str(exc.path), exc.reason)
    except KgError as exc:
        return Failure(str(path), str(exc))
    except Exception as exc:  # a bug on one file must not stop the batch; say what it was
        return Failure(str(path), f"onverwachte fout: {type(exc).__name__}: {exc}")


def _store_one(path: Path, prepared: Prepared, settings: Settings, store: GraphBackend,
               summary: IngestSummary) -> None:
    """Write one prepared document's graph in one transaction (replacing its older versions)."""
    t0 = time.perf_counter()
    graph = Graph().parse(data=prepared.ntriples, format="nt")
    iri = document_iri(prepared.sha)
    store.replace_document(iri, graph,
                           supersedes=_older_versions(store, path.stem, prepared.sha))
    touch_stamp(settings)
    for stage, seconds in prepared.seconds.items():
        summary.add_time(stage, seconds)
    summary.add_time("store", time.perf_counter() - t0)
    summary.documents += 1
    summary.pages += prepared.pages
    summary.chunks += prepared.chunks
    summary.actions += prepared.actions
    summary.notes.append(prepared.note)


def recognised(extraction: Extraction) -> str:
    """What the extraction of one document found, in one Dutch line; says so when it found nothing."""
    actions = extraction.actions
    if not actions:
        return "geen actietabel of toezeggingen herkend"
    kinds = {"action": ("tabelrij", "tabelrijen"), "sleutelproject": ("tabelrij", "tabelrijen"),
             "agreement": ("uitvoeringsafspraak", "uitvoeringsafspraken"),
             "commitment": ("toezegging", "toezeggingen")}
    counts = Counter(kinds.get(a.kind, ("actie", "acties")) for a in actions)
    flagged = sum(1 for a in actions if any(is_warning(f) for f in a.flags))
    parts = ", ".join(f"{n} {one if n == 1 else many}" for (one, many), n in counts.items())
    tables = "; ".join(extraction.notes)
    return f"{parts} herkend" + (f" ({flagged} met een signalering)" if flagged else "") + (
        f" — {tables}" if tables else "")


def _older_versions(store: GraphBackend, name: str, sha: str) -> list[URIRef]:
    """Older versions of an edited file (same file stem, other content): the new one replaces them."""
    rows = store.select("pipeline_documents_by_name", name=name)
    return [URIRef(row["doc"]) for row in rows if row["sha"] != sha]


def _update_index(settings: Settings, store: GraphBackend, progress: bool = False) -> dict[str, object]:
    from kg.index import update_index

    # All new passages of all documents at once: the embedder's batches span documents.
    return update_index(settings, store.passages(), progress=progress)


def _fail(summary: IngestSummary, path: str, reason: str) -> None:
    summary.failed.append((path, reason))
    print(f"kg: {path}: {reason}", file=sys.stderr)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _bar(total: int, enabled: bool) -> Any:
    """A progress bar over documents with the time left (tqdm's estimate), or nothing."""
    if not enabled or total < 2:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc="ingest", unit="doc", file=sys.stderr, leave=False)
