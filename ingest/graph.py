"""Turn one parsed and extracted document (and the actor registry) into RDF triples of the NZKG shape."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef

from ingest.model import Action, ActorRef, Chunk, Extraction, ParsedDocument, Period
from kg.vocab import (
    DCTERMS,
    DEPENDENCY,
    KG,
    OA,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    ROLE,
    SKOS,
    TIME,
    TOOI,
    XSD,
    action_iri,
    actor_iri,
    document_iri,
    page_iri,
    passage_iri,
    theme_iri,
    within_document,
)

ROLE_PROPERTY = {
    "lead": KG.lead,
    "partner": KG.partner,
    "involved": KG.involved,
    "commissioner": KG.commissioner,
    "support": KG.support,
}
# Registry types that are partnerships rather than single bodies (W3C ORG distinguishes them).
COLLABORATION_TYPES = {"samenwerkingsverband"}
_THEME = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+(.+?)\s*$")


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in (("kg", KG), ("org", ORG), ("oa", OA), ("prov", PROV), ("time", TIME),
                       ("skos", SKOS), ("dcterms", DCTERMS), ("owl", OWL), ("tooi", TOOI)):
        graph.bind(prefix, ns)
    return graph


def build_graph(doc: ParsedDocument, chunks: list[Chunk], extraction: Extraction,
                registry: list[dict[str, Any]] | None = None) -> Graph:
    """All triples of ONE document. Same input, same graph: no blank nodes.

    The store keeps what it says about the document and its parts in the document's named graph, and what
    it says about themes, groups and unregistered organisations (which other documents describe in the
    same words) once in the shared graph; the document refers to each of those with dcterms:references.
    A theme's section number (skos:notation) is the one such statement that can differ per document: the
    concept then keeps each number until no document uses the theme.

    `registry` (rows of the actor registry) decides which actors need their own triples here and which
    names are looked for in passages; by default it is the ingest registry.
    """
    if registry is None:
        registry = _default_registry()
    known_keys = {row["key"] for row in registry}
    g = bind_prefixes(Graph())
    d = document_iri(doc.sha256)
    g.add((d, RDF.type, KG.Document))
    g.add((d, DCTERMS.title, Literal(doc.title or doc.name)))
    g.add((d, KG.name, Literal(doc.name)))
    g.add((d, KG.fileName, Literal(Path(doc.path).name)))
    g.add((d, KG.sha256, Literal(doc.sha256)))
    g.add((d, KG.mediaType, Literal(doc.media_type)))
    g.add((d, KG.pageCount, Literal(len(doc.pages))))
    for page in doc.pages:
        p = page_iri(d, page.number)
        g.add((p, RDF.type, KG.Page))
        g.add((p, DCTERMS.isPartOf, d))
        g.add((p, KG.pageNumber, Literal(page.number)))
        g.add((p, KG.text, Literal(page.text)))

    iris = _action_iris(d, extraction.actions)
    by_code = {a.code: iri for a, iri in zip(extraction.actions, iris, strict=True) if a.code}
    # A row without a code is the target of a link by its title.
    targets = {a.title: iri for a, iri in zip(extraction.actions, iris, strict=True) if not a.code} | by_code
    for action, iri in zip(extraction.actions, iris, strict=True):
        _add_action(g, d, iri, action, targets)
        for role in action.roles:
            _add_actor(g, role.actor, known_keys)
    for ref in extraction.actors:
        if not ref.known or ref.kind == "group":
            _add_actor(g, ref, known_keys)

    finder = MentionFinder(_mention_names(registry, extraction), by_code)
    pages = {p.number for p in doc.pages}
    for chunk in chunks:
        _add_passage(g, d, chunk, pages, finder)
    # The document's claim on each shared description: the store drops one no document refers to any more
    # (an actor found in the text but in no role has no other reference).
    for shared in {s for s in g.subjects() if isinstance(s, URIRef) and not within_document(str(s), str(d))}:
        g.add((d, DCTERMS.references, shared))
    return g


def registry_graph(rows: list[dict[str, Any]]) -> Graph:
    """The actor registry: organisations with official names, aliases, type and TOOI identity."""
    g = bind_prefixes(Graph())
    for row in rows:
        a = actor_iri(row["key"])
        kind = row.get("type") or ""
        g.add((a, RDF.type, KG.ActorGroup if kind == "group" else ORG.Organization))
        if kind in COLLABORATION_TYPES:
            g.add((a, RDF.type, ORG.OrganizationalCollaboration))
        g.add((a, RDFS.label, Literal(row["label"])))
        g.add((a, SKOS.prefLabel, Literal(row["label"], lang="nl")))
        for alias in row.get("aliases") or []:
            if alias and alias != row["label"]:
                g.add((a, SKOS.altLabel, Literal(alias)))
        if kind:
            g.add((a, KG.actorType, Literal(kind)))
        if row.get("tooi"):
            g.add((a, OWL.sameAs, TOOI[row["tooi"]]))
        if row.get("parent"):
            g.add((a, ORG.subOrganizationOf, actor_iri(row["parent"])))
    return g


def _default_registry() -> list[dict[str, Any]]:
    from ingest.actors import ActorResolver  # loaded only when no registry rows are passed in

    return ActorResolver.default().registry()


def _action_iris(doc: URIRef, actions: list[Action]) -> list[URIRef]:
    """One IRI per action; a repeated code gets a numbered IRI so two rows never merge into one node."""
    seen: dict[URIRef, int] = {}
    out = []
    for action in actions:
        iri = action_iri(doc, action.code)
        if iri in seen:
            seen[iri] += 1
            iri = action_iri(doc, f"{action.code}-{seen[iri]}")
        else:
            seen[iri] = 1
        out.append(iri)
    return out


def _add_action(g: Graph, d: URIRef, a: URIRef, action: Action, by_code: dict[str, URIRef]) -> None:
    g.add((a, RDF.type, KG.Action))
    g.add((a, RDF.type, PROV.Activity))
    if action.kind == "agreement":
        g.add((a, RDF.type, KG.Agreement))
    g.add((a, KG.code, Literal(action.code)))
    g.add((a, DCTERMS.title, Literal(action.title)))
    if action.description:
        g.add((a, DCTERMS.description, Literal(action.description)))
    g.add((a, KG.actionKind, Literal(action.kind)))
    g.add((a, KG.document, d))
    if action.theme:
        g.add((a, KG.theme, _add_theme(g, action.theme)))
    for n, role in enumerate(action.roles, start=1):
        if role.role not in ROLE:
            continue  # an unknown role word is an extraction bug; do not invent a role concept
        agent = actor_iri(role.actor.key)
        g.add((a, ROLE_PROPERTY[role.role], agent))
        g.add((a, PROV.wasAssociatedWith, agent))
        assoc = URIRef(f"{a}/assoc/{n}")
        g.add((a, PROV.qualifiedAssociation, assoc))
        g.add((assoc, RDF.type, PROV.Association))
        g.add((assoc, PROV.agent, agent))
        g.add((assoc, PROV.hadRole, ROLE[role.role]))
        g.add((assoc, KG.confidence, _decimal(role.confidence)))
        if role.actor.mention:
            g.add((assoc, KG.mention, Literal(role.actor.mention)))
    if action.period is not None:
        g.add((a, KG.period, _add_period(g, URIRef(f"{a}/period"), action.period)))
    g.add((a, KG.confidence, _decimal(action.confidence)))
    for flag in action.flags:
        g.add((a, KG.flag, Literal(flag)))
    if action.source is not None:
        _add_source(g, d, a, action.source.page, action.source.quote)
    for n, dep in enumerate(action.dependencies, start=1):
        node = URIRef(f"{a}/dependency/{n}")
        g.add((a, KG.dependency, node))
        g.add((node, RDF.type, KG.Dependency))
        g.add((node, KG.dependencyKind, Literal(dep.kind)))
        g.add((node, KG.targetCode, Literal(dep.target_code)))
        if dep.quote:
            g.add((node, KG.quote, Literal(dep.quote)))
        target = by_code.get(dep.target_code)
        if target is not None and target != a:
            g.add((node, KG.target, target))
            if dep.kind in DEPENDENCY:
                g.add((a, DEPENDENCY[dep.kind], target))


def _add_source(g: Graph, d: URIRef, a: URIRef, page: int, quote: str) -> None:
    """The page and exact words, both as plain properties (easy queries) and as a Web Annotation."""
    g.add((a, KG.sourcePage, Literal(page)))
    g.add((a, KG.sourceQuote, Literal(quote)))
    ann, target = URIRef(f"{a}/source"), URIRef(f"{a}/source/target")
    frag, text = URIRef(f"{a}/source/page"), URIRef(f"{a}/source/quote")
    g.add((ann, RDF.type, OA.Annotation))
    g.add((ann, OA.hasBody, a))
    g.add((ann, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, d))
    g.add((target, OA.hasSelector, frag))
    g.add((target, OA.hasSelector, text))
    g.add((frag, RDF.type, OA.FragmentSelector))
    g.add((frag, RDF.value, Literal(f"page={page}")))
    g.add((text, RDF.type, OA.TextQuoteSelector))
    g.add((text, OA.exact, Literal(quote)))


def _add_period(g: Graph, node: URIRef, period: Period) -> URIRef:
    g.add((node, RDF.type, TIME.ProperInterval))
    g.add((node, RDFS.label, Literal(period.text)))
    if period.start_year is not None:
        g.add((node, KG.startYear, Literal(int(period.start_year))))
    if period.end_year is not None:
        g.add((node, KG.endYear, Literal(int(period.end_year))))
    if period.qualifier:
        g.add((node, KG.qualifier, Literal(period.qualifier)))
    for prop, value, year in ((TIME.hasBeginning, period.start, period.start_year),
                              (TIME.hasEnd, period.end, period.end_year)):
        stamp = _time_literal(value, year)
        if stamp is None:
            continue  # OWL-Time: a missing end means "unknown", so leave it out rather than guess
        instant = URIRef(f"{node}/{'begin' if prop == TIME.hasBeginning else 'end'}")
        g.add((node, prop, instant))
        g.add((instant, RDF.type, TIME.Instant))
        g.add((instant, stamp[0], stamp[1]))
    for n, phase in enumerate(period.phases, start=1):
        g.add((node, KG.phase, _add_period(g, URIRef(f"{node}/phase/{n}"), phase)))
    return node


def _time_literal(value: str | None, year: int | None) -> tuple[URIRef, Literal] | None:
    """The finest OWL-Time position we know: a date, a year-month or a year."""
    if value:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return TIME.inXSDDate, Literal(value, datatype=XSD.date)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return TIME.inXSDgYearMonth, Literal(value, datatype=XSD.gYearMonth)
        if re.fullmatch(r"\d{4}", value):
            return TIME.inXSDgYear, Literal(value, datatype=XSD.gYear)
    if year is not None:
        return TIME.inXSDgYear, Literal(f"{int(year):04d}", datatype=XSD.gYear)
    return None


def _add_theme(g: Graph, theme: str) -> URIRef:
    """A theme concept, named by its label: documents with the same theme heading share one concept."""
    m = _THEME.match(theme)
    notation, label = (m.group(1), m.group(2)) if m else (None, theme.strip())
    t = theme_iri(label)
    g.add((t, RDF.type, SKOS.Concept))
    g.add((t, SKOS.inScheme, KG.themes))
    g.add((t, SKOS.prefLabel, Literal(label, lang="nl")))
    if notation:
        g.add((t, SKOS.notation, Literal(notation)))
    return t


def _add_actor(g: Graph, ref: ActorRef, known_keys: set[str]) -> None:
    """Registry actors live in the actors graph; groups and unknown names are described here (then stored in
    the shared graph, once for all documents that name them)."""
    if ref.known and ref.kind != "group" and ref.key in known_keys:
        return
    a = actor_iri(ref.key)
    g.add((a, RDF.type, KG.ActorGroup if ref.kind == "group" else ORG.Organization))
    g.add((a, RDFS.label, Literal(ref.label)))
    g.add((a, SKOS.prefLabel, Literal(ref.label, lang="nl")))
    if not ref.known:
        g.add((a, KG.needsReview, Literal(True)))


def _decimal(value: float) -> Literal:
    # Oxigraph stores decimals canonically ("1", not "1.0"); writing that form keeps graphs round-trip equal.
    text = format(Decimal(str(round(float(value), 3))).normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def _mention_names(registry: list[dict[str, Any]], extraction: Extraction) -> dict[str, URIRef]:
    """Every name (label, alias, mention) that identifies one specific actor."""
    names: dict[str, URIRef] = {}
    for row in registry:
        if row.get("type") == "group":
            continue
        for name in [row["label"], *(row.get("aliases") or [])]:
            names.setdefault(name, actor_iri(row["key"]))
    refs = list(extraction.actors) + [r.actor for a in extraction.actions for r in a.roles]
    for ref in refs:
        if ref.kind == "group":
            continue  # "gemeenten" in a passage says nothing about which body acts
        for name in (ref.label, ref.mention):
            if name:
                names.setdefault(name, actor_iri(ref.key))
    return names


class MentionFinder:
    """Fast literal matching of actor names and action codes in passage text (one regex each)."""

    def __init__(self, names: dict[str, URIRef], codes: dict[str, URIRef]) -> None:
        # Short names and acronyms ("PNH", "IenW") only match with the exact case; longer ones ignore case.
        self.exact = {_norm(n): iri for n, iri in names.items() if 2 <= len(n) <= 5}
        self.folded = {_norm(n).casefold(): iri for n, iri in names.items() if len(n) > 5}
        self.codes = {_code_key(c): iri for c, iri in codes.items() if 2 <= len(c) <= 12}
        self._exact = _alternation(self.exact, 0, not_a_code=True)
        self._folded = _alternation(self.folded, re.IGNORECASE)
        self._codes = _alternation({c: None for c in self.codes}, 0, code=True)

    def find(self, text: str) -> list[URIRef]:
        found: dict[URIRef, None] = {}
        for regex, table, fold in ((self._folded, self.folded, True), (self._exact, self.exact, False)):
            if regex is not None:
                for m in regex.finditer(text):
                    key = _norm(m.group(0))
                    found.setdefault(table[key.casefold() if fold else key], None)
        if self._codes is not None:
            for m in self._codes.finditer(text):
                found.setdefault(self.codes[_code_key(m.group(0))], None)
        return list(found)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _code_key(code: str) -> str:
    return re.sub(r"\s+", "", code)


def _alternation(names: Iterable[str], flags: int, code: bool = False,
                 not_a_code: bool = False) -> re.Pattern[str] | None:
    parts = sorted(names, key=len, reverse=True)  # longest first, so "Gemeente Amsterdam" beats "Amsterdam"
    if not parts:
        return None
    if code:
        # "GL 1" also matches "GL1" and "GL  1", never "GL 10"; codes are stored without spaces here.
        body = "|".join(r"\s*".join(re.escape(ch) for ch in p) for p in parts)
    else:
        body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    # An acronym followed by a short number is an action code ("AZ 1" is a water project, not Algemene Zaken).
    tail = r"(?![ \u00a0]?\d{1,2}[A-Za-z]?\b)" if not_a_code else ""
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-]){tail}", flags)


def _add_passage(g: Graph, d: URIRef, chunk: Chunk, pages: set[int], finder: MentionFinder) -> None:
    p = passage_iri(d, chunk.index)
    g.add((p, RDF.type, KG.Passage))
    g.add((p, DCTERMS.isPartOf, d))
    g.add((p, KG["index"], Literal(chunk.index)))
    g.add((p, KG.pageNumber, Literal(chunk.page)))
    if chunk.page in pages:
        g.add((p, KG.onPage, page_iri(d, chunk.page)))
    if chunk.page_end and chunk.page_end > chunk.page:
        g.add((p, KG.pageEnd, Literal(chunk.page_end)))
    g.add((p, KG.text, Literal(chunk.text)))
    for target in finder.find(chunk.text):
        g.add((p, KG.mentions, target))


__all__ = ["build_graph", "registry_graph", "MentionFinder"]
