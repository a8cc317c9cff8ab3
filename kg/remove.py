"""`kg remove DOCUMENT`: one document (its graph, passages and vectors) out of the store; reviews stay."""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath

from rdflib import Graph, URIRef

from kg.config import Settings
from kg.errors import NotFound

FILE_SUFFIXES = {".pdf", ".txt", ".md", ".csv"}


def document_name(text: str) -> str:
    """The stored name of a document given as a file name, a path or its stem ('agenda.pdf' -> 'agenda')."""
    path = PurePath(text.strip())
    return path.stem if path.suffix.lower() in FILE_SUFFIXES else path.name


def remove_document(settings: Settings, text: str) -> list[str]:
    """Drop every stored version of the document; the search index follows. Returns the removed IRIs.

    Reviews live in their own graphs (id:review/...), so they are kept: the review queue lists them as
    orphaned until the document comes back (a review follows its document's name and the action's code)."""
    from kg.index import read_meta, update_index
    from kg.store import open_store, touch_stamp

    name = document_name(text)
    store = open_store(settings)
    try:
        rows = store.select("pipeline_documents_by_name", name=name)
        if not rows:
            raise NotFound(f"geen document {name!r} in de opslag {settings.store} (zie de documentenlijst)")
        removed = [row["doc"] for row in rows]
        for iri in removed:
            store.replace_document(URIRef(iri), Graph())
        touch_stamp(settings)
        meta = read_meta(settings.index_dir) or {}
        if meta.get("model") == "none":  # an index built without vectors is not to be embedded now
            settings = replace(settings, model="none")
        update_index(settings, store.passages())
    finally:
        store.close()
    touch_stamp(settings)
    return removed
