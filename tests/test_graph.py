"""ingest.graph: the triples of one document and of the actor registry, built from hand-made model objects."""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.compare import isomorphic

from ingest.graph import MentionFinder, build_graph, registry_graph
from ingest.model import Action, Extraction
from kg.vocab import DCTERMS, KG, OA, ORG, OWL, PROV, RDF, ROLE, SKOS, TIME, XSD, actor_iri, document_iri
from tests.store_fixtures import REGISTRY, make_chunks, make_document, make_extraction


def _build(version: str = "v1"):
    doc = make_document(version)
    return doc, build_graph(doc, make_chunks(doc), make_extraction(version), registry=REGISTRY)


def _action(doc, code: str) -> URIRef:
    return URIRef(f"{document_iri(doc.sha256)}/action/{code}")


def test_same_input_gives_identical_graph_without_blank_nodes():
    _, first = _build()
    _, second = _build()
    assert set(first) == set(second)
    assert isomorphic(first, second)
    assert not [t for t in first if any(isinstance(term, BNode) for term in t)]


def test_document_pages_and_passages():
    doc, g = _build()
    d = document_iri(doc.sha256)
    assert (d, RDF.type, KG.Document) in g
    assert g.value(d, KG.name) == Literal("agenda-test")
    assert g.value(d, KG.fileName) == Literal("agenda-test.txt")
    assert g.value(d, KG.sha256) == Literal(doc.sha256)
    assert g.value(d, KG.pageCount).toPython() == 3
    page2 = URIRef(f"{d}/page/2")
    assert (page2, DCTERMS.isPartOf, d) in g and g.value(page2, KG.pageNumber).toPython() == 2
    passage = URIRef(f"{d}/passage/1")
    assert g.value(passage, KG.onPage) == page2
    assert g.value(passage, KG["index"]).toPython() == 1


def test_roles_are_plain_and_qualified_associations():
    doc, g = _build()
    gl1 = _action(doc, "gl-1")
    zaanstad = actor_iri("gemeente-zaanstad")
    assert (gl1, RDF.type, KG.Action) in g and (gl1, RDF.type, PROV.Activity) in g
    assert (gl1, KG.lead, zaanstad) in g and (gl1, PROV.wasAssociatedWith, zaanstad) in g
    assert (gl1, KG.partner, actor_iri("provincie-noord-holland")) in g
    assocs = list(g.objects(gl1, PROV.qualifiedAssociation))
    assert len(assocs) == 2
    lead = next(a for a in assocs if g.value(a, PROV.hadRole) == ROLE["lead"])
    assert g.value(lead, PROV.agent) == zaanstad
    assert g.value(lead, KG.mention) == Literal("gemeente Zaanstad")
    assert float(g.value(lead, KG.confidence)) == 0.9
    assert (_action(doc, "gl-2"), RDF.type, KG.Agreement) in g
    assert (gl1, RDF.type, KG.Agreement) not in g


def test_period_with_owl_time_instants_and_phase():
    doc, g = _build()
    period = g.value(_action(doc, "gl-1"), KG.period)
    assert (period, RDF.type, TIME.ProperInterval) in g
    assert g.value(period, KG.startYear).toPython() == 2026 and g.value(period, KG.endYear).toPython() == 2027
    assert g.value(period, KG.qualifier) == Literal("not_before")
    begin = g.value(period, TIME.hasBeginning)
    assert g.value(begin, TIME.inXSDgYearMonth) == Literal("2026-10", datatype=XSD.gYearMonth)
    assert g.value(g.value(period, TIME.hasEnd), TIME.inXSDgYear) == Literal("2027", datatype=XSD.gYear)
    phase = g.value(period, KG.phase)
    assert g.value(phase, KG.startYear).toPython() == 2026


def test_dependencies_resolved_within_document_and_kept_when_unresolved():
    doc, g = _build()
    gl10, gl1 = _action(doc, "gl-10"), _action(doc, "gl-1")
    assert (gl10, KG.startsAfter, gl1) in g
    assert (_action(doc, "gl-2"), DCTERMS.relation, gl1) in g
    deps = {str(g.value(n, KG.targetCode)): n for n in g.objects(gl10, KG.dependency)}
    assert set(deps) == {"GL 1", "XX 9"}
    assert g.value(deps["GL 1"], KG.target) == gl1
    assert g.value(deps["XX 9"], KG.target) is None  # unresolved: the text is kept, no invented link
    assert g.value(deps["XX 9"], KG.dependencyKind) == Literal("depends")
    assert not list(g.objects(gl10, DCTERMS.requires))


def test_source_as_properties_and_web_annotation():
    doc, g = _build()
    gl1 = _action(doc, "gl-1")
    assert g.value(gl1, KG.sourcePage).toPython() == 2
    ann = g.value(predicate=OA.hasBody, object=gl1)
    target = g.value(ann, OA.hasTarget)
    assert g.value(target, OA.hasSource) == document_iri(doc.sha256)
    selectors = {g.value(s, RDF.type): s for s in g.objects(target, OA.hasSelector)}
    assert g.value(selectors[OA.FragmentSelector], RDF.value) == Literal("page=2")
    quote = Literal("Trekker: gemeente Zaanstad; i.s.m. PNH.")
    assert g.value(selectors[OA.TextQuoteSelector], OA.exact) == quote


def test_unknown_actors_and_groups_are_described_by_the_document():
    doc, g = _build()
    unknown, group = actor_iri("stichting-groene-dijk"), actor_iri("groep-bewoners")
    assert g.value(unknown, KG.needsReview) == Literal(True)
    assert (unknown, RDF.type, ORG.Organization) in g
    assert (group, RDF.type, KG.ActorGroup) in g and g.value(group, KG.needsReview) is None
    # Registry actors are described once, in the actors graph, not per document.
    assert not list(g.predicate_objects(actor_iri("gemeente-zaanstad")))
    # The store keeps these descriptions in the shared graph for as long as some document refers to them.
    d = document_iri(doc.sha256)
    outside = {s for s in g.subjects() if not str(s).startswith(str(d))}
    assert outside == {unknown, group, g.value(_action(doc, "gl-1"), KG.theme)}
    assert set(g.objects(d, DCTERMS.references)) == outside


def test_theme_is_a_skos_concept_with_notation():
    doc, g = _build()
    theme = g.value(_action(doc, "gl-1"), KG.theme)
    assert g.value(theme, SKOS.prefLabel) == Literal("Gezondere leefomgeving", lang="nl")
    assert g.value(theme, SKOS.notation) == Literal("3.1")


def test_passage_mentions_actors_and_codes_without_prefix_confusion():
    doc, g = _build()
    d = document_iri(doc.sha256)
    p1, p2 = URIRef(f"{d}/passage/1"), URIRef(f"{d}/passage/2")
    m1, m2 = set(g.objects(p1, KG.mentions)), set(g.objects(p2, KG.mentions))
    assert actor_iri("gemeente-zaanstad") in m1 and actor_iri("provincie-noord-holland") in m1
    assert _action(doc, "gl-1") in m1 and _action(doc, "gl-2") in m1
    assert _action(doc, "gl-10") not in m1  # "GL 1" must not be read as "GL 10", nor the reverse
    assert {_action(doc, "gl-10"), _action(doc, "gl-1"), actor_iri("stichting-groene-dijk")} <= m2
    assert actor_iri("groep-bewoners") not in m2  # a group word says nothing about which body


def test_mention_finder_case_rules():
    a, b = URIRef("urn:a"), URIRef("urn:b")
    finder = MentionFinder({"PNH": a, "Port of Amsterdam": b}, {"GL 1": URIRef("urn:gl1")})
    assert finder.find("de pnh en port of\namsterdam") == [b]  # acronyms need their case; names do not
    assert finder.find("PNH, GL1 en GL 12") == [a, URIRef("urn:gl1")]


def test_an_acronym_that_opens_an_action_code_is_no_actor_mention():
    az, gl = URIRef("urn:az"), URIRef("urn:gl")
    finder = MentionFinder({"AZ": az}, {"GL 1": gl})
    assert finder.find("AZ 1 en AZ 2B: dijkversterking") == []  # water projects, not the ministry
    assert finder.find("het ministerie van AZ in 2026") == [az]  # a year after it is no code
    assert finder.find("GL 1 met AZ, GL1") == [az, gl]


def test_repeated_codes_do_not_merge_two_actions():
    doc = make_document()
    extraction = Extraction(actions=[Action("A 1", "Eerste"), Action("A 1", "Tweede")])
    g = build_graph(doc, [], extraction, registry=[])
    actions = set(g.subjects(RDF.type, KG.Action))
    assert len(actions) == 2
    assert {str(g.value(a, DCTERMS.title)) for a in actions} == {"Eerste", "Tweede"}


def test_registry_graph():
    g = registry_graph(REGISTRY)
    zaanstad = actor_iri("gemeente-zaanstad")
    assert (zaanstad, RDF.type, ORG.Organization) in g
    assert g.value(zaanstad, SKOS.prefLabel) == Literal("Gemeente Zaanstad", lang="nl")
    assert (zaanstad, SKOS.altLabel, Literal("Zaanstad")) in g
    assert g.value(zaanstad, OWL.sameAs) == URIRef("https://identifier.overheid.nl/tooi/id/gemeente/gm0479")
    assert g.value(actor_iri("port-of-amsterdam"), OWL.sameAs) is None
    assert g.value(zaanstad, KG.actorType) == Literal("gemeente")
