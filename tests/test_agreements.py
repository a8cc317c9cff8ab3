"""extract_agreements on the real NOVEX agenda (checked against dev annotations) and a written fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.actors import ActorResolver
from ingest.agreements import extract_agreements
from ingest.model import Page, ParsedDocument
from ingest.text import parse_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NOVEX = SHARED / "corpus" / "uitvoeringsagenda-novex-nzkg-2025-2029.txt"
DEV = SHARED / "eval" / "actions-dev.json"
FIXTURE = Path(__file__).parent / "data" / "agreement_sample.txt"


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


def labels(action, role):
    return [a.label for a in action.actors(role)]


def test_fixture_agreement(resolver):
    text = FIXTURE.read_text(encoding="utf-8")
    doc = ParsedDocument("x.txt", "x", "0" * 64, "text/plain", "x", [Page(1, text)])
    [ua] = extract_agreements(doc, resolver)
    assert ua.code == "UA G" and ua.kind == "agreement"
    assert ua.title == ("Uitvoeringsafspraak G: Inrichten waterberging Voorbeeldpolder als onderdeel van de "
                        "ontwikkeling Oosthaven")
    assert ua.theme == "3.2 Samenwerking rond de Voorbeeldpolder"
    # no initiatiefnemer: the subject of 'onderzoeken ..., samen met ...' leads
    assert labels(ua, "lead") == ["Gemeente Velsen"]
    assert labels(ua, "commissioner") == ["Provincie Noord-Holland"]
    assert labels(ua, "involved") == ["Rijkswaterstaat"]
    assert (ua.period.start_year, ua.period.end_year) == (2026, 2028)
    assert len(ua.period.phases) == 2
    assert [(d.kind, d.target_code) for d in ua.dependencies] == [("depends", "UA H")]
    assert "Nieuwe paragraaf" not in ua.description and "WB 3" not in ua.description
    assert ua.source.quote in text and ua.source.quote.endswith("Rijkswaterstaat (betrokken)")


@pytest.fixture(scope="module")
def novex(resolver):
    if not NOVEX.exists():
        pytest.skip("shared corpus absent")
    doc = parse_text(NOVEX)
    return doc, {a.code: a for a in extract_agreements(doc, resolver)}


@pytest.mark.slow
def test_all_six_agreements_with_quotes_on_their_page(novex):
    doc, acts = novex
    assert sorted(acts) == ["UA A", "UA B", "UA C", "UA D", "UA E", "UA F"]
    pages = {p.number: p.text for p in doc.pages}
    for a in acts.values():
        assert a.source.quote in pages[a.source.page]
        assert a.source.quote.startswith(a.title.split(":")[0])
        assert a.theme and a.theme[:2] == "2."
    assert acts["UA D"].theme == "2.4 Samenhang rond de haven- & industriegebieden van Amsterdam en Zaanstad"
    assert acts["UA B"].title.endswith("als onderdeel van de inpassing van de transformator A9-Zuid")


@pytest.mark.slow
def test_dev_annotations_for_ua_a_and_ua_b(novex):
    if not DEV.exists():
        pytest.skip("dev annotations absent")
    _, acts = novex
    gold = {a["code"]: a for a in json.loads(DEV.read_text(encoding="utf-8"))["actions"]}
    for code in ("UA A", "UA B"):
        assert set(labels(acts[code], "lead")) == set(gold[code]["lead"])
        assert set(labels(acts[code], "partner")) == set(gold[code]["partners"])
        if not gold[code]["period_is_ambiguous"]:
            p = acts[code].period
            assert (p.start_year, p.end_year) == (gold[code]["start_year"], gold[code]["end_year"])
    assert [(d.kind, d.target_code) for d in acts["UA B"].dependencies] == [
        (d["kind"], d["target"]) for d in gold["UA B"]["dependencies"]]


@pytest.mark.slow
def test_roles_of_the_other_agreements(novex):
    _, acts = novex
    d, e, f = acts["UA D"], acts["UA E"], acts["UA F"]
    assert labels(d, "lead") == ["Gemeente Amsterdam", "Provincie Noord-Holland", "Port of Amsterdam"]
    assert labels(d, "support") == ["Omgevingsdienst Noordzeekanaalgebied"]
    assert labels(d, "involved") == ["Gemeente Zaanstad", "Gemeente Haarlemmermeer"]
    assert labels(e, "lead") == ["Waternet"] and labels(e, "commissioner") == ["Gemeente Amsterdam"]
    assert labels(f, "lead") == ["Gemeente Amsterdam", "Port of Amsterdam"]
    assert labels(f, "partner") == ["Ministerie van Klimaat en Groene Groei"]
    c = acts["UA C"]
    assert labels(c, "lead") == ["Provincie Noord-Holland"] and len(labels(c, "partner")) == 8
    assert (c.period.start_year, c.period.end_year) == (2025, 2026)
    assert "period_ambiguous" in acts["UA A"].flags
