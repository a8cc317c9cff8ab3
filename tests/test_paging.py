"""Bounded pages: timeline, organisation page and documents list one page at a time, with paging fields."""

from __future__ import annotations

import pytest

from kg.errors import InvalidInput
from kg.window import Page
from tests.ui_store import MORE, build_store
from webui.app import create_app

ZAANSTAD = "gemeente-zaanstad"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    app = create_app(build_store(tmp_path_factory.mktemp("store"), MORE, sparql_timeout=5))
    yield app.test_client()
    app.extensions["kg"].sparql.close()


def _codes(data: dict) -> list[str]:
    return [i["code"] for i in data["items"] + data.get("inherited", [])]


def test_timeline_pages_cover_every_action_once(client) -> None:
    whole = client.get("/api/timeline?looptijd=1").get_json()
    assert whole["page"] == 1 and whole["per_page"] == 100 and whole["has_more"] is False
    seen: list[str] = []
    for n in range(1, 20):
        data = client.get(f"/api/timeline?looptijd=1&per_pagina=2&pagina={n}").get_json()
        assert data["page"] == n and data["per_page"] == 2 and len(data["items"]) <= 2
        seen += _codes(data)
        if not data["has_more"]:
            break
    assert sorted(seen) == sorted(_codes(whole)) and len(whole["items"]) > 2


def test_timeline_year_window_is_paged_too(client) -> None:
    whole = client.get("/api/timeline?jaar=2026&looptijd=1").get_json()
    first = client.get("/api/timeline?jaar=2026&looptijd=1&per_pagina=1").get_json()
    assert first["has_more"] is (len(whole["items"]) > 1)
    assert _codes(first)[0] in _codes(whole)


def test_web_pages_link_next_and_previous_in_dutch(client) -> None:
    html = client.get("/tijdlijn?per_pagina=1&pagina=2").get_data(as_text=True)
    assert "volgende" in html and "vorige" in html and "pagina=3" in html and "pagina=1" in html
    last = client.get("/tijdlijn?per_pagina=100").get_data(as_text=True)
    assert "volgende" not in last and "vorige" not in last  # a small store: one page, as before


def test_organisation_and_documents_are_paged(client) -> None:
    whole = client.get(f"/api/actor/{ZAANSTAD}").get_json()
    one = client.get(f"/api/actor/{ZAANSTAD}?per_pagina=1").get_json()
    assert len(one["items"]) == 1 and one["has_more"] is (len(whole["items"]) > 1)
    html = client.get(f"/actor/{ZAANSTAD}?per_pagina=1").get_data(as_text=True)
    assert ("volgende" in html) is one["has_more"]
    docs = client.get("/api/documents").get_json()
    assert docs["total"] == len(docs["documents"]) >= 2 and docs["has_more"] is False
    page2 = client.get("/api/documents?per_pagina=1&pagina=2").get_json()
    assert len(page2["documents"]) == 1 and page2["page"] == 2 and page2["total"] == docs["total"]
    assert {d["id"] for d in docs["documents"]} >= {page2["documents"][0]["id"]}


def test_bad_page_arguments_are_refused() -> None:
    assert Page.parse("3", "20").offset == 40
    for number, size in (("0", None), ("x", None), (None, "501"), (None, "-1")):
        with pytest.raises(InvalidInput):
            Page.parse(number, size)


def test_bad_page_is_400(client) -> None:
    assert client.get("/api/timeline?pagina=nul").status_code == 400


def test_organisation_csv_streams_every_window(client, monkeypatch) -> None:
    from webui.views import export

    whole = client.get(f"/api/actor/{ZAANSTAD}").get_json()
    monkeypatch.setattr(export, "EXPORT_WINDOW", 1)  # one row per window: the stream must join them all
    text = client.get(f"/export/actor/{ZAANSTAD}.csv").get_data(as_text=True)
    lines = text.strip("\r\n").split("\r\n")
    assert text.startswith("\ufeffcode;titel;rol") and text.count("\ufeff") == 1
    assert len(lines) == 1 + len(whole["items"]) > 2
    assert client.get("/export/actor/niemand.csv").status_code == 404


def test_all_actions_api_is_paged(client) -> None:
    whole = client.get("/api/actions").get_json()
    assert whole["has_more"] is False and len(whole["actions"]) > 2
    ids = []
    for n in range(1, 50):
        data = client.get(f"/api/actions?per_pagina=2&pagina={n}").get_json()
        ids += [a["id"] for a in data["actions"]]
        if not data["has_more"]:
            break
    assert sorted(ids) == sorted(a["id"] for a in whole["actions"])


def test_organisations_list_is_paged_by_name_with_counts(client) -> None:
    whole = client.get("/api/actors").get_json()
    labels = [a["label"] for a in whole["actors"]]
    assert whole["has_more"] is False and len(labels) > 2 and labels == sorted(labels, key=str.lower)
    zaanstad = next(a for a in whole["actors"] if a["id"] == ZAANSTAD)
    assert zaanstad["actions"] == len(client.get(f"/api/actor/{ZAANSTAD}").get_json()["items"]) > 0
    seen = []
    for n in range(1, 50):
        data = client.get(f"/api/actors?per_pagina=2&pagina={n}").get_json()
        assert len(data["actors"]) <= 2 and data["page"] == n
        seen += [a["id"] for a in data["actors"]]
        if not data["has_more"]:
            break
    assert seen == [a["id"] for a in whole["actors"]]
    idle = client.get("/api/actors?zonder_acties=1").get_json()
    assert idle["idle"] is True and idle["actors"] and all(a["actions"] == 0 for a in idle["actors"])
    assert not {a["id"] for a in idle["actors"]} & set(seen)
    html = client.get("/organisaties?per_pagina=1&pagina=2").get_data(as_text=True)
    assert "volgende" in html and "vorige" in html


def test_dependency_network_is_paged_and_walked_from_a_choice(client) -> None:
    whole = client.get("/api/dependencies").get_json()
    assert whole["has_more"] is False and len(whole["network"]["edges"]) > 2
    edges = []
    for n in range(1, 50):
        data = client.get(f"/api/dependencies?per_pagina=1&pagina={n}").get_json()
        assert len(data["network"]["edges"]) == 1 and data["reach"] is None
        edges += data["network"]["edges"]
        if not data["has_more"]:
            break
    key = lambda e: (e["source"], e["target"], e["kind"] or "")  # noqa: E731
    assert sorted(map(key, edges)) == sorted(map(key, whole["network"]["edges"]))
    # A chosen action: its network walked from it, the same edges as the whole network's around it.
    ua_b = "doc/aaaaaaaaaaaaaaaa/action/ua-b"
    walked = client.get(f"/api/dependencies?van={ua_b}").get_json()
    assert walked["network"]["complete"] is True and walked["paging"] is None
    near = {key(e) for e in whole["network"]["edges"] if ua_b in (e["source"], e["target"])}
    assert near and near <= {key(e) for e in walked["network"]["edges"]}
    html = client.get("/afhankelijkheden?per_pagina=1").get_data(as_text=True)
    assert "volgende" in html and "een pagina tegelijk" in html


def test_dependency_walk_stops_at_its_limit(client) -> None:
    from kg import network

    store = client.application.extensions["kg"].graph
    ua_b = "doc/aaaaaaaaaaaaaaaa/action/ua-b"
    full = network.around(store, [ua_b])
    cut = network.around(store, [ua_b], limit=1)
    assert full["complete"] is True and cut["complete"] is False
    assert len(cut["nodes"]) < len(full["nodes"])


def test_document_page_is_found_by_id_or_name_without_the_list(client) -> None:
    by_id = client.get("/api/document/aaaaaaaaaaaaaaaa").get_json()["document"]
    by_name = client.get(f"/api/document/{by_id['name']}").get_json()["document"]
    assert by_id["id"] == by_name["id"] == "aaaaaaaaaaaaaaaa" and by_id["actions"] > 0
    assert client.get("/api/document/ffffffffffffffff").status_code == 404
    assert client.get("/api/document/..%2Fx").status_code in (400, 404)


def test_organisation_counts_stop_at_the_cap(client, monkeypatch) -> None:
    from kg import window

    exact = next(a for a in client.get("/api/actors").get_json()["actors"] if a["id"] == ZAANSTAD)
    assert exact["actions"] > 1 and exact["more_actions"] is False
    monkeypatch.setattr(window, "COUNT_CAP", 1)
    capped = next(a for a in client.get("/api/actors").get_json()["actors"] if a["id"] == ZAANSTAD)
    assert capped["actions"] == 1 and capped["more_actions"] is True
    assert f'/actor/{ZAANSTAD}">Gemeente Zaanstad</a>' in client.get("/organisaties").get_data(as_text=True)
    assert ">1+</td>" in client.get("/organisaties").get_data(as_text=True)
