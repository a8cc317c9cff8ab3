"""The vocabulary: every ontology IRI the code uses lives here (tests check it against kg/ontology/kg.ttl)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

KG = Namespace("https://w3id.org/nzkg/def#")
ID = Namespace("https://w3id.org/nzkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
TOOI = Namespace("https://identifier.overheid.nl/tooi/id/")

__all__ = [
    "KG", "ID", "ORG", "OA", "SCHEMA", "TOOI", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "TIME", "XSD",
    "ROLE", "DEPENDENCY", "ACTORS_GRAPH", "SHARED_GRAPH", "slug", "document_iri", "actor_iri", "action_iri",
    "page_iri", "passage_iri", "theme_iri", "within_document", "review_iri", "reviewer_iri", "REVIEW_TERMS",
]

# Roles (skos:Concept in kg:RoleScheme). Keys are what the extraction produces.
ROLE = {
    "lead": KG["role/lead"],                  # trekker / initiatiefnemer
    "partner": KG["role/partner"],            # i.s.m.
    "involved": KG["role/involved"],          # betrokken, met betrokkenheid van
    "commissioner": KG["role/commissioner"],  # opdrachtgever
    "support": KG["role/support"],            # inhoudelijke ondersteuning
}

# Dependency kinds -> the property that states them between two actions/agreements.
DEPENDENCY = {
    "depends": DCTERMS.requires,
    "starts_after": KG.startsAfter,           # rdfs:subPropertyOf dcterms:requires
    "part_of": DCTERMS.isPartOf,
    "related": DCTERMS.relation,
}

ACTORS_GRAPH = ID["graph/actors"]
ONTOLOGY_GRAPH = ID["graph/ontology"]
# Statements about things several documents talk about (themes, actor groups, organisations outside the
# registry): kept once here, not once per document graph, so the union of graphs never repeats them.
SHARED_GRAPH = ID["graph/shared"]


def slug(text: str) -> str:
    """A readable, IRI-safe slug: 'Gemeente Zaanstad' -> 'gemeente-zaanstad'."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-") or hashlib.sha1(text.encode()).hexdigest()[:12]


def document_iri(sha256: str) -> URIRef:
    """Documents are named by content hash, so the same bytes always get the same IRI."""
    return ID[f"doc/{sha256[:16]}"]


def within_document(iri: str, doc: str) -> bool:
    """Whether `iri` names the document or one of its parts (pages, passages, actions extend its IRI)."""
    return iri == doc or iri.startswith(doc + "/")


def page_iri(doc: URIRef, page: int) -> URIRef:
    return URIRef(f"{doc}/page/{page}")


def passage_iri(doc: URIRef, index: int) -> URIRef:
    return URIRef(f"{doc}/passage/{index}")


def action_iri(doc: URIRef, code_or_key: str) -> URIRef:
    return URIRef(f"{doc}/action/{slug(code_or_key)}")


def actor_iri(key: str) -> URIRef:
    """Project IRI of an actor; organisations with a TOOI id also get owl:sameAs to it."""
    return ID[f"actor/{slug(key)}"]


def theme_iri(label: str) -> URIRef:
    return ID[f"theme/{slug(label)}"]


# A review by a person: its own named graph (the review's IRI), never inside a document's graph.
REVIEW_TERMS = {
    "class": KG.Review, "of": KG.reviewOf, "document": KG.keyDocument, "code": KG.keyCode,
    "title": KG.keyTitle, "verdict": KG.verdict, "field": KG.correctedField, "lead": KG.reviewedLead,
    "partner": KG.reviewedPartner,
    "new_title": KG.reviewedTitle, "period_text": KG.reviewedPeriodText, "start_year": KG.reviewedStartYear,
    "end_year": KG.reviewedEndYear, "reason": KG.reason,
}


def review_iri(key: str) -> URIRef:
    return ID[f"review/{key}"]


def reviewer_iri(name: str) -> URIRef:
    return ID[f"reviewer/{slug(name)}"]
