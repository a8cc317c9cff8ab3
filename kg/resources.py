"""Package data (ontology, SPARQL queries) read through importlib.resources: a wheel needs no source tree."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(package: str, *parts: str) -> Traversable:
    """A file or folder shipped inside `package` (e.g. resource("kg", "ontology", "kg.ttl"))."""
    node = files(package)
    for part in parts:
        node = node / part
    return node


def read_text(package: str, *parts: str) -> str:
    return resource(package, *parts).read_text(encoding="utf-8")


ONTOLOGY = resource("kg", "ontology", "kg.ttl")
SHAPES = resource("kg", "ontology", "shapes.ttl")
QUERIES = resource("kg", "queries")
