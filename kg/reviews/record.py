"""One review as data, as its own named graph (PROV-O: who, when, why), written to and read from the store."""

from __future__ import annotations

import threading
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from rdflib import Graph, Literal, URIRef

from kg.config import Settings
from kg.errors import StoreError
from kg.vocab import PROV, RDF, RDFS, REVIEW_TERMS, XSD, review_iri, reviewer_iri

VERDICTS = ("confirmed", "corrected", "wrong")
FIELDS = ("lead", "partners", "period", "title")
_WRITE_LOCK = threading.Lock()  # one writer per process; another process (an ingest) makes the open fail


@dataclass
class Review:
    """A person's verdict on one action, keyed by its document's name and its code (or title without one)."""

    document: str
    code: str | None
    title: str | None
    action: str                       # the action's IRI when it was reviewed
    verdict: str
    reviewer: str
    reason: str = ""
    fields: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)       # actor IRIs
    partners: list[str] = field(default_factory=list)
    new_title: str | None = None
    period: dict[str, Any] | None = None                 # {text, start_year, end_year}
    at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    labels: dict[str, str] = field(default_factory=dict)  # actor IRI -> label (filled when read)

    @property
    def key(self) -> tuple[str, str]:
        return action_key(self.document, self.code, self.title)

    @property
    def iri(self) -> str:
        return str(review_iri(self.id))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["lead"] = [{"id": a, "label": self.labels.get(a, a)} for a in self.lead]
        data["partners"] = [{"id": a, "label": self.labels.get(a, a)} for a in self.partners]
        del data["labels"]
        return {"iri": self.iri, **data}


def action_key(document: str | None, code: str | None, title: str | None) -> tuple[str, str]:
    """What a review follows into a new version of a document: its name plus the code, else the title."""
    return (document or "", " ".join((code or title or "").split()).casefold())


def to_graph(review: Review) -> Graph:
    t = REVIEW_TERMS
    g = Graph()
    me, who = URIRef(review.iri), reviewer_iri(review.reviewer)
    g.add((me, RDF.type, t["class"]))
    g.add((me, RDF.type, PROV.Entity))
    g.add((me, t["of"], URIRef(review.action)))
    g.add((me, t["document"], Literal(review.document)))
    for key, value in (("code", review.code), ("title", review.title), ("new_title", review.new_title)):
        if value:
            g.add((me, t[key], Literal(value)))
    g.add((me, t["verdict"], Literal(review.verdict)))
    g.add((me, PROV.wasAttributedTo, who))
    g.add((who, RDF.type, PROV.Person))
    g.add((who, RDFS.label, Literal(review.reviewer)))
    g.add((me, PROV.generatedAtTime, Literal(review.at, datatype=XSD.dateTime)))
    if review.reason:
        g.add((me, t["reason"], Literal(review.reason)))
        g.add((me, RDFS.comment, Literal(review.reason)))
    for name in review.fields:
        g.add((me, t["field"], Literal(name)))
    for actor in review.lead:
        g.add((me, t["lead"], URIRef(actor)))
    for actor in review.partners:
        g.add((me, t["partner"], URIRef(actor)))
    if review.period:
        if review.period.get("text"):
            g.add((me, t["period_text"], Literal(review.period["text"])))
        for key in ("start_year", "end_year"):
            if review.period.get(key) is not None:
                g.add((me, t[key], Literal(int(review.period[key]))))
    return g


def save_review(settings: Settings, review: Review) -> None:
    """Write the review as its own named graph: ingest replaces document graphs only, so it survives."""
    from kg.store import open_store, touch_stamp

    with _WRITE_LOCK:
        try:
            store = open_store(settings, read_only=False)
        except StoreError as exc:
            raise StoreError("de opslag is bezig (loopt er een ingest?); probeer het zo opnieuw") from exc
        try:
            store.replace_graph(URIRef(review.iri), to_graph(review))
        finally:
            store.close()
            del store  # release the writer's lock now, not when the collector gets to it
    touch_stamp(settings)  # readers (kg serve) reopen their snapshot and see the review


def _pairs(value: str | None) -> list[tuple[str, str]]:
    out = []
    for item in (value or "").split("|"):
        iri, _, label = item.partition("\t")
        if iri:
            out.append((iri, label or iri.rsplit("/", 1)[-1]))
    return out


def load_reviews(store: Any) -> list[Review]:
    """Every review in the store, oldest first."""
    reviews = []
    for r in store.select("review_all"):
        leads, partners = _pairs(r.get("leads")), _pairs(r.get("partners"))
        fields = [f for f in (r.get("fields") or "").split("|") if f]
        period = None
        if "period" in fields:
            period = {"text": r.get("periodText"), "start_year": r.get("startYear"),
                      "end_year": r.get("endYear")}
        reviews.append(Review(
            document=r["document"], code=r.get("code"), title=r.get("title"), action=r["action"],
            verdict=r["verdict"], reviewer=r.get("reviewerName") or r["reviewer"].rsplit("/", 1)[-1],
            reason=r.get("reason") or "", fields=fields, lead=list(dict(leads)),
            partners=list(dict(partners)), new_title=r.get("newTitle"), period=period, at=str(r["at"]),
            id=r["review"].rsplit("/", 1)[-1], labels=dict(leads + partners)))
    return reviews


def latest_by_key(reviews: list[Review]) -> dict[tuple[str, str], Review]:
    """The review that counts for each action: the newest (reviews come oldest first)."""
    return {r.key: r for r in reviews}
