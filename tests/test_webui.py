"""Web UI on the fixture graph: every page and JSON endpoint, filters, exports, escaping, security headers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.ui_store import MORE, FakeSearcher, build_store
from webui.app import create_app, serve

ZAANSTAD = "gemeente-zaanstad"
UA_A = "doc/aaaaaaaaaaaaaaaa/action/ua-a"
UA_B = "doc/aaaaaaaaaaaaaaaa/action/ua-b"
GL_1 = "doc/aaaaaaaaaaaaaaaa/action/gl-1"
GL_2 = "doc/aaaaaaaaaaaaaaaa/action/gl-2"
ART_3 = "doc/bbbbbbbbbbbbbbbb/action/art-3"


# `app` and `client` over the UI fixture graph come from tests/conftest.py.


def test_every_page_renders_with_security_headers(client) -> None:
    pages = ["/", "/organisaties", f"/actor/{ZAANSTAD}", f"/action/{UA_A}", "/tijdlijn",
             "/tijdlijn?jaar=2026", "/afhankelijkheden", "/documenten", "/document/aaaaaaaaaaaaaaaa",
             "/sparql"]
    for url in pages:
        r = client.get(url, headers={"Accept": "text/html"})
        assert r.status_code == 200, url
        assert "NZKG Kennisgraaf" in r.get_data(as_text=True)
        assert "default-src 'self'" in r.headers["Content-Security-Policy"]
        assert "unsafe-inline" not in r.headers["Content-Security-Policy"]
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["X-Frame-Options"] == "DENY"
        assert r.headers["Referrer-Policy"]
        assert "<script>" not in r.get_data(as_text=True) and " style=" not in r.get_data(as_text=True)


def test_actor_page_lists_zaanstad_actions_with_period(client) -> None:
    html = client.get(f"/actor/{ZAANSTAD}").get_data(as_text=True)
    assert "https://identifier.overheid.nl/tooi/id/gemeente/gm0479" in html
    expected = [("GL 1", "2026"), ("Art. 3", "uiterlijk 2028"), ("UA A", "2025-2027"), ("GL 2", "2024-2025")]
    for code, period in expected:
        assert f">{code}</a>" in html and period in html
    data = client.get(f"/api/actor/{ZAANSTAD}").get_json()
    roles = {i["code"]: i["role"] for i in data["items"]}
    assert roles == {"GL 1": "lead", "Art. 3": "lead", "UA A": "partner", "GL 2": "involved"}
    gl1 = next(i for i in data["items"] if i["code"] == "GL 1")
    assert gl1["period"]["start_year"] == 2026 and gl1["page"] == 3


def test_actor_filters(client) -> None:
    lead = client.get(f"/api/actor/{ZAANSTAD}?rol=lead").get_json()
    assert sorted(i["code"] for i in lead["items"]) == ["Art. 3", "GL 1"]
    in_2025 = client.get(f"/api/actor/{ZAANSTAD}?jaar=2025").get_json()
    assert sorted(i["code"] for i in in_2025["items"]) == ["Art. 3", "GL 2", "UA A"]
    doc_b = client.get(f"/api/actor/{ZAANSTAD}?document=bbbbbbbbbbbbbbbb").get_json()
    assert [i["code"] for i in doc_b["items"]] == ["Art. 3"]
    theme = client.get(f"/api/actor/{ZAANSTAD}?thema=gezondere-leefomgeving").get_json()
    assert sorted(i["code"] for i in theme["items"]) == ["GL 1", "GL 2", "UA A"]
    assert client.get(f"/api/actor/{ZAANSTAD}?rol=baas").status_code == 400


def test_action_page_shows_dependencies_both_ways(client) -> None:
    data = client.get(f"/api/action/{UA_B}").get_json()
    assert [d["id"] for d in data["depends_on"]] == [UA_A]
    assert [(d["id"], d["kind"]) for d in data["dependents"]] == [(GL_1, "starts_after")]
    assert data["period"] == {"text": "Vanaf Q4 2026", "start_year": 2026, "end_year": None,
                              "qualifier": "not_before", "inherited": None}
    html = client.get(f"/action/{UA_B}").get_data(as_text=True)
    assert "<svg" in html and f'href="/action/{UA_A}"' in html and f'href="/action/{GL_1}"' in html
    assert "hangt af van" in html and "start na" in html
    assert "Vanaf Q4 2026 reserveert het ministerie van IenW" in html  # the exact source quote
    assert 'href="/document/aaaaaaaaaaaaaaaa#p2"' in html
    ua_a = client.get(f"/api/action/{UA_A}").get_json()
    assert {d["id"] for d in ua_a["dependents"]} == {UA_B, ART_3}  # across documents too
    roles = {(r["label"], r["role"]) for r in ua_a["roles"]}
    assert roles == {("Provincie Noord-Holland", "lead"), ("Gemeente Zaanstad", "partner")}


def test_unresolved_dependency_and_review_flag_are_visible(client) -> None:
    sp1 = client.get("/action/doc/aaaaaaaaaaaaaaaa/action/sp-1").get_data(as_text=True)
    assert "WB 9" in sp1 and "niet gevonden in de documenten" in sp1
    gl1 = client.get(f"/action/{GL_1}").get_data(as_text=True)
    assert "GGD Zaanstreek-Waterland" in gl1 and "Nog niet in het register" in gl1


def test_timeline_2026_includes_and_excludes(client) -> None:
    data = client.get("/api/timeline?jaar=2026").get_json()
    codes = {i["code"] for i in data["items"]}
    assert codes == {"UA A", "UA B", "GL 1", "Art. 3"}  # GL 2 ended 2025, SP 1 not before 2035
    all_codes = {i["code"] for i in client.get("/api/timeline").get_json()["items"]}
    assert {"GL 2", "SP 1"} <= all_codes
    by_actor = client.get("/api/timeline?jaar=2026&organisatie=gemeente-amsterdam").get_json()
    assert by_actor["items"] == []
    by_theme = client.get("/api/timeline?thema=energietransitie").get_json()
    assert {i["code"] for i in by_theme["items"]} == {"UA B", "SP 1"}
    html = client.get("/tijdlijn?jaar=2026").get_data(as_text=True)
    assert ">GL 1</a>" in html and ">GL 2</a>" not in html and 'class="band"' in html
    assert client.get("/tijdlijn?jaar=twintig").status_code == 400


def test_dependency_network_and_path(client) -> None:
    data = client.get("/api/dependencies").get_json()
    ids = {n["id"] for n in data["network"]["nodes"]}
    assert {UA_A, UA_B, GL_1, GL_2, ART_3, "code:WB 9"} <= ids
    path = client.get(f"/api/dependencies?van={GL_2}&naar={ART_3}").get_json()["path"]
    assert [s["to"] for s in path] == [GL_1, UA_B, UA_A, ART_3]
    assert path[-1]["forward"] is False  # Art. 3 depends on UA A: walked against the arrow
    html = client.get(f"/afhankelijkheden?van={GL_2}&naar={ART_3}").get_data(as_text=True)
    assert "on-path" in html and "<svg" in html


def test_document_page_marks_source_quotes_and_escapes(client) -> None:
    html = client.get("/document/aaaaaaaaaaaaaaaa").get_data(as_text=True)
    assert 'id="p2"' in html and 'id="p3"' in html
    assert '<mark class="fact">De provincie Noord-Holland maakt samen' in html
    doc_b = client.get("/document/bbbbbbbbbbbbbbbb").get_data(as_text=True)
    assert "<script>alert" not in doc_b and "&lt;script&gt;alert" in doc_b
    assert "Bestuursovereenkomst Zaanstad &lt;test&gt;" in doc_b
    assert client.get("/document/bestuursovereenkomst-test").status_code == 200  # by file stem too
    assert client.get("/document/ffffffffffffffff").status_code == 404
    assert client.get("/api/document/aaaaaaaaaaaaaaaa").get_json()["pages"][1]["facts"][0]["code"] == "UA A"


def test_search_degrades_without_index(app, client, monkeypatch) -> None:
    res = app.extensions["kg"]
    monkeypatch.setattr(res, "_searcher", None)
    monkeypatch.setattr(res, "search_error", "no index at /tmp/x")
    html = client.get("/search?q=gezondheid").get_data(as_text=True)
    assert "zoekindex ontbreekt: voer eerst kg ingest uit" in html


def test_search_highlights_escaped_and_links(app, client, monkeypatch) -> None:
    monkeypatch.setattr(app.extensions["kg"], "_searcher", FakeSearcher())
    monkeypatch.setattr(app.extensions["kg"], "search_error", None)
    html = client.get("/search?q=gezondheidsonderzoek zaanstad").get_data(as_text=True)
    assert "<mark>Gezondheidsonderzoek</mark>" in html and "<mark>Zaanstad</mark>" in html
    assert "&lt;b&gt;vet&lt;/b&gt;" in html and "<b>vet</b>" not in html
    assert 'href="/document/aaaaaaaaaaaaaaaa#p3"' in html
    assert f'href="/actor/{ZAANSTAD}"' in html and f'href="/action/{GL_1}"' in html
    api = client.get("/api/search?q=zaanstad").get_json()
    assert api["results"][0]["page"] == 3 and api["actors"][0]["id"] == ZAANSTAD
    codes = client.get("/api/search?q=waar hangt UA B van af").get_json()
    assert [a["code"] for a in codes["actions"]] == ["UA B"]


def test_actions_csv_parses_back(client) -> None:
    r = client.get("/export/actions.csv")
    assert r.status_code == 200 and "attachment" in r.headers["Content-Disposition"]
    text = r.get_data(as_text=True)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=_delimiter(text)))
    header, body = rows[0], rows[1:]
    assert len(body) == 6
    assert any("UA A" in row for row in body)
    actor_csv = client.get(f"/export/actor/{ZAANSTAD}.csv").get_data(as_text=True)
    actor_rows = list(csv.DictReader(io.StringIO(actor_csv.lstrip("\ufeff")), delimiter=";"))
    assert {r["code"]: r["periode"] for r in actor_rows}["Art. 3"] == "uiterlijk 2028"
    assert header


def _delimiter(text: str) -> str:
    first = text.lstrip("\ufeff").splitlines()[0]
    return ";" if first.count(";") > first.count(",") else ","


def test_csv_cells_cannot_become_formulas() -> None:
    from webui.views.export import csv_text

    out = csv_text(["a"], [["=HYPERLINK(\"x\")"], ["a;b"]])
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff")), delimiter=";"))
    assert rows[1] == ["'=HYPERLINK(\"x\")"] and rows[2] == ["a;b"]


def test_graph_exports(client) -> None:
    ttl = client.get("/export/graph.ttl")
    assert ttl.status_code == 200 and "Gemeente Zaanstad" in ttl.get_data(as_text=True)
    jsonld = client.get("/export/graph.jsonld")
    assert jsonld.status_code == 200
    assert "Gemeente Zaanstad" in json.dumps(json.loads(jsonld.get_data(as_text=True)), ensure_ascii=False)


def test_errors_map_to_status_codes(client) -> None:
    assert client.get("/actor/bestaat-niet").status_code == 404
    assert client.get("/api/action/doc/x/action/none").get_json()["status"] == 404
    assert client.get("/api/action/..%2F..%2Fetc").status_code in (400, 404)
    assert client.get("/static/../webui/app.py").status_code == 404
    assert client.get("/static/%2e%2e/app.py").status_code == 404
    assert client.get("/static/style.css").status_code == 200


def test_english_toggle(client) -> None:
    html = client.get("/tijdlijn?lang=en").get_data(as_text=True)
    assert ">Timeline</a>" in html


def test_debug_refused_on_public_address(tmp_path: Path) -> None:
    from kg.config import Settings
    from kg.errors import InvalidInput

    with pytest.raises(InvalidInput):
        serve(Settings(store=tmp_path), host="0.0.0.0", port=0, debug=True)


@pytest.mark.slow
def test_real_search_on_fixture_index(tmp_path: Path) -> None:
    pytest.importorskip("kg.search", reason="kg.search not available")
    from kg.index import update_index
    from kg.store import open_store

    settings = build_store(tmp_path)
    store = open_store(settings, read_only=True)
    update_index(settings, store.passages())
    store.close()
    app = create_app(settings)
    html = app.test_client().get("/search?q=gezondheidsonderzoek in Zaanstad").get_data(as_text=True)
    assert "<mark>Gezondheidsonderzoek</mark>" in html
    assert 'href="/document/aaaaaaaaaaaaaaaa#p3"' in html
    app.extensions["kg"].sparql.close()


# --- found in the review of the UI on the real corpus -------------------------------------------------------

@pytest.fixture(scope="module")
def more(tmp_path_factory: pytest.TempPathFactory):
    """The fixture graph plus a third document: BZ 1/2/10, an undated agreement, flags, a long URL."""
    application = create_app(build_store(tmp_path_factory.mktemp("more"), MORE, sparql_timeout=5))
    yield application.test_client()
    application.extensions["kg"].sparql.close()


def test_timeline_filters_by_organisation(client) -> None:
    # Leads and parties came back unbound (GROUP_CONCAT over IRIs), so this filter always showed nothing.
    data = client.get(f"/api/timeline?organisatie={ZAANSTAD}").get_json()
    assert {i["code"] for i in data["items"]} == {"UA A", "GL 1", "GL 2", "Art. 3"}
    gl1 = next(i for i in data["items"] if i["code"] == "GL 1")
    assert gl1["lead_ids"] == [ZAANSTAD] and set(gl1["actor_ids"]) == {ZAANSTAD, "ggd-zaanstreek-waterland"}
    html = client.get(f"/tijdlijn?organisatie={ZAANSTAD}").get_data(as_text=True)
    assert ">Art. 3</a>" in html and ">SP 1</a>" not in html


def test_timeline_sorted_by_period_then_natural_code(more) -> None:
    codes = [i["code"] for i in more.get("/api/timeline?looptijd=1").get_json()["items"]]
    assert codes[:3] == ["BZ 1", "BZ 2", "BZ 10"]  # 2022-2026, then codes as numbers, not as text
    assert codes.index("GL 2") < codes.index("UA A") < codes.index("GL 1") < codes.index("Art. 3")
    assert codes[-1] == "UA C"  # undated last
    html = more.get("/tijdlijn?looptijd=1").get_data(as_text=True)
    assert html.index(">BZ 2</a>") < html.index(">BZ 10</a>")
    actor = [i["code"] for i in more.get(f"/api/actor/{ZAANSTAD}?rol=lead").get_json()["items"]]
    assert actor == ["BZ 1", "BZ 2", "BZ 10", "GL 1", "Art. 3", "UA C"]


def test_timeline_year_marks_what_is_due(client) -> None:
    data = client.get("/api/timeline?jaar=2026").get_json()
    assert data["due"] == [GL_1]  # runs 2026-2026; UA A ends 2027, UA B has no end
    html = client.get("/tijdlijn?jaar=2026").get_data(as_text=True)
    assert "4 onderdelen lopen in 2026; 1 daarvan moeten dat jaar klaar zijn." in html
    assert html.count("moet klaar zijn in 2026</span>") == 1 and 'class="bar due"' in html


def test_inherited_periods_stand_apart_and_are_never_due(more) -> None:
    """BZ 1/2 only have the span of their section/document: listed apart, not 'due in 2026' unless asked."""
    data = more.get("/api/timeline?jaar=2026").get_json()
    assert [i["code"] for i in data["inherited"]] == ["BZ 1", "BZ 2"]
    assert {i["period"]["inherited"] for i in data["inherited"]} == {"section", "document"}
    assert "BZ 1" not in {i["code"] for i in data["items"]}
    assert data["due"] == ["doc/cccccccccccccccc/action/bz-10", GL_1]
    html = more.get("/tijdlijn?jaar=2026").get_data(as_text=True)
    assert "looptijd van het document" in html and "looptijd van het hoofdstuk" in html
    assert "2 onderdelen hebben alleen de looptijd" in html
    # the legend stands above the chart whose colours it explains
    assert html.index('class="legend"') < html.index('<svg class="timeline"')
    counted = more.get("/api/timeline?jaar=2026&looptijd=1").get_json()
    assert counted["inherited"] == [] and len(counted["due"]) == 4
    checked = more.get("/tijdlijn?jaar=2026&looptijd=1").get_data(as_text=True)
    assert 'name="looptijd" value="1" checked' in checked
    action = more.get("/action/doc/cccccccccccccccc/action/bz-2").get_data(as_text=True)
    assert "looptijd van het document" in action


def test_period_shows_years_once_and_keeps_the_wording(client) -> None:
    html = client.get(f"/actor/{ZAANSTAD}").get_data(as_text=True)
    assert "2026–2026" not in html and "2025-2027 (2025–2027)" not in html
    assert '<span class="years-main">2025-2027</span>' in html  # the document's own spelling, once
    ua_b = client.get(f"/action/{UA_B}").get_data(as_text=True)
    assert '<span class="years-main">2026–…</span> <span class="wording">Vanaf Q4 2026</span>' in ua_b


def test_flags_are_explained_in_dutch(more) -> None:
    html = more.get("/action/doc/cccccccccccccccc/action/bz-10").get_data(as_text=True)
    assert "titel mogelijk uit een andere tabelrij" in html and "soort: convenant" in html
    assert ">title_alignment_uncertain<" not in html
    english = more.get("/action/doc/cccccccccccccccc/action/bz-10?lang=en").get_data(as_text=True)
    assert "title possibly from another table row" in english


def test_language_switch_keeps_the_question_and_translates_the_page(client) -> None:
    html = client.get("/search?q=zaanstad&jaar=2026").get_data(as_text=True)
    assert 'class="lang" href="?q=zaanstad&amp;jaar=2026&amp;lang=en"' in html
    english = client.get("/?lang=en").get_data(as_text=True)
    assert "Search the policy documents" in english and "Zoek in de beleidsdocumenten" not in english
    assert "Every fact points to its document" in english and "Elk feit verwijst" not in english
    assert 'href="?lang=nl"' in english


def test_unknown_address_and_server_error_are_dutch_pages(app, client, monkeypatch) -> None:
    r = client.get("/bestaat-niet")
    html = r.get_data(as_text=True)
    assert r.status_code == 404 and "Niet gevonden" in html and "Deze pagina bestaat niet" in html
    assert "requested URL" not in html and 'name="q"' in html  # a way on: the search box
    assert "niet toegestaan" in client.delete("/organisaties").get_data(as_text=True)
    assert "Not found" in app.test_client().get("/bestaat-niet?lang=en").get_data(as_text=True)
    assert "niet gevonden" in client.get(f"/actor/{ZAANSTAD}x").get_data(as_text=True)
    assert client.get("/api/bestaat-niet").get_json()["error"].startswith("Deze pagina bestaat niet")

    def broken(store):
        raise RuntimeError("secret internals")

    monkeypatch.setattr("kg.window.organisations", broken)
    r = client.get("/organisaties")
    html = r.get_data(as_text=True)
    assert r.status_code == 500 and "Er ging iets mis" in html
    assert "secret internals" not in html and "Traceback" not in html


def test_search_answers_who_owns_a_code(app, client, monkeypatch) -> None:
    monkeypatch.setattr(app.extensions["kg"], "_searcher", FakeSearcher())
    monkeypatch.setattr(app.extensions["kg"], "search_error", None)
    html = client.get("/search?q=Wie is trekker van UA B?").get_data(as_text=True)
    matches = html[html.index('class="data facts-table"'):]  # the graph's answer, above the passages
    matches = matches[:matches.index("</table>")]
    assert ">UA B</a>" in matches and "Ministerie van Infrastructuur en Waterstaat" in matches
    assert "Vanaf Q4 2026" in matches and 'href="/document/aaaaaaaaaaaaaaaa#p2"' in matches
    api = client.get("/api/search?q=es5a of ua b").get_json()
    assert [a["code"] for a in api["actions"]] == ["UA B"]


def test_search_shortcuts_by_other_name_and_year(client) -> None:
    html = client.get("/search?q=Wat moet IenW doen in 2026?").get_data(as_text=True)
    assert 'href="/actor/ministerie-van-infrastructuur-en-waterstaat?jaar=2026"' in html
    assert 'href="/tijdlijn?jaar=2026&amp;organisatie=ministerie-van-infrastructuur-en-waterstaat"' in html
    data = client.get("/api/search?q=wat doet zaanstad").get_json()
    assert [a["id"] for a in data["actors"]] == [ZAANSTAD] and data["year"] is None
    words = client.get("/api/search?q=wat doen de gemeenten samen").get_json()
    assert words["actors"] == []  # a group's name is an everyday word in a question
    assert [a["id"] for a in client.get("/api/search?q=gemeenten").get_json()["actors"]] == ["gemeenten"]


def test_search_finds_an_agreement_by_its_name(more) -> None:
    data = more.get("/api/search?q=Waar hangt uitvoeringsafspraak C van af?").get_json()
    assert [a["code"] for a in data["actions"]] == ["UA C"]


def test_names_and_codes_match_whole() -> None:
    from kg.graphapi import _name_pattern, code_pattern

    assert code_pattern("ES 5A").search("wat is es5a?") and code_pattern("ES 5A").search("ES 5 A")
    assert not code_pattern("HS 1").search("HS 12") and not code_pattern("UA B").search("UA BC")
    assert code_pattern("Art. 3").search("art 3") and code_pattern("SV IJ 1").search("sv ij 1")
    assert _name_pattern("AZ").search("de minister van AZ zegt")
    assert not _name_pattern("AZ").search("Wie trekt AZ 1?")  # an action code, not Algemene Zaken
    assert not _name_pattern("RWS").search("RWSX") and _name_pattern("IenW").search("ienw")


def test_search_marks_a_code_whole_and_names_the_document(app, client, monkeypatch) -> None:
    monkeypatch.setattr(app.extensions["kg"], "_searcher", FakeSearcher())
    monkeypatch.setattr(app.extensions["kg"], "search_error", None)
    html = client.get("/search?q=GL 1").get_data(as_text=True)
    assert "<mark>GL 1</mark>" in html and "GL <mark>1</mark>" not in html
    assert ">Uitvoeringsagenda NOVEX Noordzeekanaalgebied (test)</a>, pagina 3" in html
    assert "score" not in html.split('class="results"')[1]


def test_search_says_when_no_passage_has_the_words(app, client, monkeypatch) -> None:
    class Unrelated(FakeSearcher):
        def search(self, q: str, k: int = 5, mode: str = "hybrid"):
            return self.passages[:1]

    monkeypatch.setattr(app.extensions["kg"], "_searcher", Unrelated())
    monkeypatch.setattr(app.extensions["kg"], "search_error", None)
    html = client.get("/search?q=xyzzyplugh").get_data(as_text=True)
    assert "Geen van deze passages bevat de woorden van de vraag" in html
    related = client.get("/search?q=gezondheidsonderzoek").get_data(as_text=True)
    assert "Geen van deze passages" not in related


def test_dependency_page_choices_and_legend(client) -> None:
    from webui.views.markup import network_svg

    html = client.get("/afhankelijkheden").get_data(as_text=True)
    assert html.count('<option value="">kies een onderdeel</option>') == 2
    assert "verwant aan" in html and "pijl =" not in html
    long = {"nodes": [{"id": "a", "code": "AZ 2"},
                      {"id": "code:x", "code": "Hoogwaterbeschermingsprogramma"}],
            "edges": [{"source": "a", "target": "code:x", "kind": "depends"}]}
    labels = [n["label"] for n in network_svg(long)["nodes"]]
    assert labels == ["AZ 2", "Hoogwaterbes…"]


def test_dependency_quote_shows_its_source(client) -> None:
    html = client.get(f"/action/{UA_B}").get_data(as_text=True)
    out = html[html.index('class="plain deps-out"'):]
    out = out[:out.index("</ul>")]
    assert "<q>Deze afspraak hangt af van UA A.</q>" in out
    assert 'href="/document/aaaaaaaaaaaaaaaa#p2"' in out


def test_one_h1_per_page_and_a_skip_link(client) -> None:
    for url in ["/", "/search?q=zaanstad", "/organisaties", f"/actor/{ZAANSTAD}", f"/action/{UA_A}",
                "/tijdlijn", "/afhankelijkheden", "/documenten", "/document/aaaaaaaaaaaaaaaa", "/sparql",
                "/bestaat-niet"]:
        html = client.get(url).get_data(as_text=True)
        assert html.count("<h1") == 1, url
        assert '<a class="skip" href="#main">' in html and '<main id="main">' in html, url


def test_tables_label_their_cells_for_narrow_screens(client) -> None:
    for url in [f"/actor/{ZAANSTAD}", "/tijdlijn", "/organisaties", "/documenten"]:
        html = client.get(url).get_data(as_text=True)
        body = html[html.index("<tbody>"):]
        assert "<td>" not in body and 'data-label="' in body, url  # every cell says which column it is


def test_actor_csv_follows_the_filters_in_dutch(client) -> None:
    html = client.get(f"/actor/{ZAANSTAD}?rol=lead&jaar=2026&slug=x").get_data(as_text=True)
    assert f'href="/export/actor/{ZAANSTAD}.csv?rol=lead&amp;jaar=2026"' in html
    text = client.get(f"/export/actor/{ZAANSTAD}.csv?rol=lead&jaar=2026").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert [(r["code"], r["rol"]) for r in rows] == [("GL 1", "trekker"), ("Art. 3", "trekker")]


def test_sparql_example_lists_zaanstad_by_period(client) -> None:
    from kg.graphapi import sparql_examples

    query = next(e["query"] for e in sparql_examples() if e["name"] == "zaanstad")
    rows = client.get("/sparql", query_string={"query": query},
                      headers={"Accept": "application/sparql-results+json"}).get_json()["results"]["bindings"]
    assert [r["code"]["value"] for r in rows] == ["GL 2", "UA A", "GL 1", "Art. 3"]  # a deadline by its year


def test_searcher_is_warm_before_anyone_gets_it_and_pages_do_not_wait(tmp_path: Path, monkeypatch) -> None:
    import threading
    import time

    calls: list[str] = []

    class Slow(FakeSearcher):
        def search(self, q: str, k: int = 5, mode: str = "hybrid"):
            calls.append(q)
            return super().search(q, k, mode)

    def open_slowly(settings):
        time.sleep(1.0)  # the real index and model take seconds
        return Slow()

    monkeypatch.setattr("kg.search.open_searcher", open_slowly)
    application = create_app(build_store(tmp_path))
    res = application.extensions["kg"]
    from webui.app import warm_up

    thread = warm_up(application)
    time.sleep(0.1)
    started = time.monotonic()
    assert res.graph is not None and time.monotonic() - started < 0.5  # graph pages do not queue behind it
    thread.join(5)
    assert isinstance(res.searcher, Slow) and calls == ["Noordzeekanaalgebied"]
    assert threading.active_count() >= 1
    application.extensions["kg"].sparql.close()


def test_organisations_without_actions_are_set_apart(client) -> None:
    html = client.get("/organisaties").get_data(as_text=True)
    assert ">Gemeente Zaanstad</a>" in html and ">gemeenten</a>" not in html
    assert 'href="/organisaties?zonder_acties=1">Organisaties uit het register zonder acties' in html
    idle = client.get("/organisaties?zonder_acties=1").get_data(as_text=True)
    assert ">gemeenten</a>" in idle and ">Gemeente Zaanstad</a>" not in idle


# --- dependencies with a direction (issue 12) ---------------------------------------------------------

def test_related_is_its_own_undirected_group(client) -> None:
    gl1 = client.get(f"/api/action/{GL_1}").get_json()
    assert [d["id"] for d in gl1["related"]] == [GL_2]  # GL 2 stated it; GL 1 shows it too
    assert GL_2 not in {d["id"] for d in gl1["dependents"]}
    gl2 = client.get(f"/api/action/{GL_2}").get_json()
    assert [d["id"] for d in gl2["related"]] == [GL_1] and gl2["depends_on"] == []
    html = client.get(f"/action/{GL_2}").get_data(as_text=True)
    assert "Verwant aan" in html and 'class="plain deps-related"' in html
    assert 'class="edge related" marker-end' not in html  # no arrowhead on an undirected link


def test_explorer_from_one_action_shows_its_network_both_ways(client) -> None:
    reach = client.get(f"/api/dependencies?van={UA_B}").get_json()["reach"]
    assert reach["needs"] == [UA_A] and reach["needed_by"] == [GL_1] and reach["related"] == []
    html = client.get(f"/afhankelijkheden?van={UA_B}&naar=").get_data(as_text=True)
    assert "Netwerk van UA B" in html and f'href="/action/{GL_1}"' in html
    assert "Kies eerst een onderdeel" not in html
    only_to = client.get(f"/api/dependencies?van=&naar={GL_1}").get_json()["reach"]
    assert only_to["needs"] == [UA_A, UA_B] and only_to["related"] == [GL_2]
    empty = client.get("/afhankelijkheden?van=&naar=").get_data(as_text=True)
    assert "Kies eerst een onderdeel bij" in empty


def test_sparql_example_ua_b_never_returns_ua_b_itself() -> None:
    import pyoxigraph as ox

    from kg.store import GraphStore
    from tests.ui_store import FIXTURE

    store = ox.Store()
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    # A "related" link back (UA A verwant aan UA B) made the old path query walk back to UA B.
    ua_a, ua_b = (f"https://w3id.org/nzkg/id/{x}" for x in (UA_A, UA_B))
    kg = "https://w3id.org/nzkg/def#"
    store.load(input=f"<{ua_a}> <http://purl.org/dc/terms/relation> <{ua_b}> ; "
                     f"<{kg}dependency> [ <{kg}target> <{ua_b}> ] .",
               format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("https://w3id.org/nzkg/id/graph/test"))
    rows = GraphStore(store, None, read_only=True).select("ui_example_ua_b")
    assert [r["code"] for r in rows] == ["UA A"]


def test_search_shows_the_matching_sentence_and_folds_the_passage(app, client, monkeypatch) -> None:
    from kg.thesaurus import Thesaurus

    class WithSentences(FakeSearcher):
        thesaurus = Thesaurus(lambda w: w, (("onderzoek", "studie"),))

        def search(self, q: str, k: int = 5, mode: str = "hybrid") -> list:
            return [dict(p.to_dict(), sentence="GL 1 Gezondheidsonderzoek Zaanstad, een studie.")
                    for p in self.passages]

    monkeypatch.setattr(app.extensions["kg"], "_searcher", WithSentences())
    monkeypatch.setattr(app.extensions["kg"], "search_error", None)
    html = client.get("/search?q=onderzoek in Zaanstad").get_data(as_text=True)
    sentence = html[html.index('<p class="sentence">'):]
    sentence = sentence[:sentence.index("</p>")]
    assert "<mark>Zaanstad</mark>" in sentence and "<mark>studie</mark>" in sentence  # a thesaurus word too
    assert '<details class="passage-fold"><summary>Hele passage</summary>' in html
    assert client.get("/api/search?q=onderzoek in Zaanstad").get_json()["expanded"] == ["studie"]
