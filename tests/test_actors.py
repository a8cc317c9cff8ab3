"""Actor registry and resolver: coordinations, typos, group words, unknown names, roles, line breaks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.actors import ActorResolver
from ingest.nlp import build_nlp

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TYPES = {
    "ministerie",
    "provincie",
    "gemeente",
    "waterschap",
    "omgevingsdienst",
    "havenbedrijf",
    "netbeheerder",
    "bedrijf",
    "samenwerkingsverband",
    "stichting",
    "onderwijs",
    "rijksdienst",
    "overig",
    "veiligheidsregio",
    "ggd",
    "drinkwaterbedrijf",
    "woningcorporatie",
}


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.default()


def labels(refs) -> list[str]:
    return [r.label for r in refs]


# --- registry ---
def test_registry_rows_are_well_formed(resolver):
    rows = resolver.registry()
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys))
    for row in rows:
        assert row["label"].strip() and row["type"] in TYPES, row
        assert isinstance(row["aliases"], list)
        if row.get("parent"):
            assert row["parent"] in keys, row


def test_no_alias_points_to_two_organisations(resolver):
    owner: dict[str, str] = {}
    for row in resolver.registry():
        for name in {row["label"], *row["aliases"]}:
            assert owner.setdefault(name.lower(), row["key"]) == row["key"], name


def test_tooi_ids_are_the_listed_ones(resolver):
    notes = SHARED / "docs" / "ONTOLOGY-NOTES.md"
    if not notes.is_file():
        pytest.skip("shared docs not present")
    listed = dict(re.findall(r"^\|\s*([^|]+?)\s*\|\s*([a-z]+/[a-z0-9]+)\s*\|$", notes.read_text(), re.M))
    assert len(listed) >= 20
    by_label = {r["label"]: r for r in resolver.registry()}
    tooi_ids = [r["tooi"] for r in resolver.registry() if r.get("tooi")]
    assert len(tooi_ids) == len(set(tooi_ids))  # one body per official identifier
    for tooi in tooi_ids:
        assert re.fullmatch(r"(?:gemeente/gm\d{4}|provincie/pv\d{2}|waterschap/ws\d{4}|ministerie/mnre\d{4}|"
                            r"oorg/oorg\d+|so/so\d{4})", tooi), tooi
    for label, tooi in listed.items():  # every listed organisation is in the registry with its id
        assert by_label[label]["tooi"] == tooi


def test_lookup_by_label_and_key(resolver):
    assert resolver.by_label("ministerie van IenW").label == "Ministerie van Infrastructuur en Waterstaat"
    assert resolver.by_label("RWS").key == "rijkswaterstaat"
    assert resolver.by_label("EZK").label == "Ministerie van Economische Zaken"
    assert resolver.by_label("LNV").label == "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"
    assert resolver.by_label("Gedeputeerde Staten van Noord-Holland").label == "Provincie Noord-Holland"
    assert resolver.by_label("Provinciale Staten") is None
    assert resolver.by_key("mra").label == "Metropoolregio Amsterdam"
    assert resolver.by_key("no-such-key") is None


def test_build_nlp_is_cached_and_finds_registry_names():
    nlp = build_nlp()
    assert nlp is build_nlp()
    doc = nlp("De provincie Noord-Holland en Port of Amsterdam.")
    assert [(e.label_, e.ent_id_) for e in doc.ents] == [
        ("ORG", "provincie-noord-holland"),
        ("ORG", "port-of-amsterdam"),
    ]


# --- coordinations ---
def test_six_municipalities(resolver):
    cell = "Gemeenten Amsterdam, Beverwijk, Haarlemmermeer, Heemskerk, Velsen en Zaanstad"
    assert labels(resolver.resolve_cell(cell)) == [
        "Gemeente Amsterdam",
        "Gemeente Beverwijk",
        "Gemeente Haarlemmermeer",
        "Gemeente Heemskerk",
        "Gemeente Velsen",
        "Gemeente Zaanstad",
    ]


@pytest.mark.parametrize(
    "cell, expected",
    [
        (
            "Omgevingsdiensten NZKG en IJmond",
            ["Omgevingsdienst Noordzeekanaalgebied", "Omgevingsdienst IJmond"],
        ),
        (
            "Omgevingsdiensten \nIJmond en NZKG",
            ["Omgevingsdienst IJmond", "Omgevingsdienst Noordzeekanaalgebied"],
        ),
        (
            "I.s.m. ministeries \nvan\nEZ en KGG",
            ["Ministerie van Economische Zaken", "Ministerie van Klimaat en Groene Groei"],
        ),
        (
            "I.s.m.:\ngemeenten Amsterdam \n(voor Westpoort) en \n"
            "Zaanstad (voor HoogTij),\nMinisterie van VRO",
            [
                "Gemeente Amsterdam",
                "Gemeente Zaanstad",
                "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
            ],
        ),
        (
            "Gemeenten Velsen, \nBeverwijk en Heemskerk",
            ["Gemeente Velsen", "Gemeente Beverwijk", "Gemeente Heemskerk"],
        ),
        (
            "BO MIRT partijen: \nProvincie Noord-Holland\ni.s.m. MRA",
            ["Provincie Noord-Holland", "Metropoolregio Amsterdam"],
        ),
        (
            "I.s.m.:\ngemeenten Amsterdam,\nBeverwijk, Heemskerk,\nGVB Amsterdam,\n"
            "provincie Noord-Holland,\nRijkswaterstaat",
            [
                "Gemeente Amsterdam",
                "Gemeente Beverwijk",
                "Gemeente Heemskerk",
                "GVB Amsterdam",
                "Provincie Noord-Holland",
                "Rijkswaterstaat",
            ],
        ),
        (
            "I.s.m.: \nRijkswaterstaat,\nministerie van EZ,\nministerie van KGG,\nTata Steel",
            [
                "Rijkswaterstaat",
                "Ministerie van Economische Zaken",
                "Ministerie van Klimaat en Groene Groei",
                "Tata Steel",
            ],
        ),
        ("Waterschap Amstel, Gooi en Vecht", ["Waterschap Amstel, Gooi en Vecht"]),
        ("Firan / Alliander", ["Firan", "Alliander"]),
    ],
)
def test_cells_split_into_parties(resolver, cell, expected):
    organisations = [r for r in resolver.resolve_cell(cell) if r.kind == "organisation"]
    assert labels(organisations) == expected


def test_cells_joined_on_one_line_and_wrapped_names(resolver):
    cell = "Provincie Noord-Holland Gemeenten Amsterdam en Zaanstad Omgevingsdiensten NZKG en IJmond"
    assert labels(resolver.resolve_cell(cell)) == [
        "Provincie Noord-Holland", "Gemeente Amsterdam", "Gemeente Zaanstad",
        "Omgevingsdienst Noordzeekanaalgebied", "Omgevingsdienst IJmond"]
    cell = "Gemeenten Velsen,\nHaarlem,\nZaanstad,\nNationaal Park \nZuid-Kennemerland,\ndiverse ministeries"
    assert [(r.label, r.kind) for r in resolver.resolve_cell(cell)] == [
        ("Gemeente Velsen", "organisation"), ("Gemeente Haarlem", "organisation"),
        ("Gemeente Zaanstad", "organisation"), ("Nationaal Park Zuid-Kennemerland", "organisation"),
        ("Ministeries", "group")]


def test_line_breaks_inside_names(resolver):
    refs = resolver.resolve_cell(
        "Liander \n\nI.s.m. o.a. TenneT, \nprovincie Noord-\nHolland en gemeen-\nten"
    )
    assert labels(refs) == ["Liander", "TenneT", "Provincie Noord-Holland", "Gemeenten"]
    assert refs[-1].kind == "group"
    assert labels(resolver.resolve_cell("Ministerie van KGG en Tata \nSteel")) == [
        "Ministerie van Klimaat en Groene Groei",
        "Tata Steel",
    ]


def test_find_splits_coordinations_in_running_text(resolver):
    text = (
        "De provincie Noord-Holland, de gemeenten Amsterdam, \nBeverwijk, Haarlemmermeer, "
        "Heemskerk, Velsen en "
        "Zaanstad, en \nde Omgevingsdiensten NZKG en IJmond investeren in een gezon-\ndere leefomgeving."
    )
    orgs = [r for r in resolver.find(text) if r.kind == "organisation"]
    assert labels(orgs) == [
        "Provincie Noord-Holland",
        "Gemeente Amsterdam",
        "Gemeente Beverwijk",
        "Gemeente Haarlemmermeer",
        "Gemeente Heemskerk",
        "Gemeente Velsen",
        "Gemeente Zaanstad",
        "Omgevingsdienst Noordzeekanaalgebied",
        "Omgevingsdienst IJmond",
    ]


def test_find_deduplicates_in_order(resolver):
    refs = resolver.find("Rijkswaterstaat en de gemeente Velsen. Later opnieuw RWS en gemeente Velsen.")
    assert labels(refs) == ["Rijkswaterstaat", "Gemeente Velsen"]


# --- typos, variants, unknown names ---
def test_typo_is_corrected_but_neighbours_stay_apart(resolver):
    assert labels(resolver.resolve_cell("Rijkwaterstaat")) == ["Rijkswaterstaat"]
    assert labels(resolver.resolve_cell("Rijkswaterstat")) == ["Rijkswaterstaat"]
    assert labels(resolver.resolve_cell("Gemeente Heemstede")) == ["Gemeente Heemstede"]
    assert labels(resolver.find("het Staatsbosbeheerr en de Amsterdamse haven")) == ["Staatsbosbeheer"]


def test_lower_case_and_abbreviations(resolver):
    assert labels(resolver.resolve_cell("gemeente Velsen")) == ["Gemeente Velsen"]
    assert labels(resolver.resolve_cell("ministerie van IenW")) == [
        "Ministerie van Infrastructuur en Waterstaat"
    ]
    assert labels(resolver.resolve_cell("PoA, HHNK, AGV")) == [
        "Port of Amsterdam",
        "Hoogheemraadschap Hollands Noorderkwartier",
        "Waterschap Amstel, Gooi en Vecht",
    ]


def test_action_codes_are_not_ministries(resolver):
    assert resolver.find("Zie actie AZ 1 en EZ 2 in de tabel.") == []


def test_unknown_organisations_are_kept(resolver):
    refs = resolver.resolve_cell("I.s.m.: Stichting Foo,\nKooimans\ngemeente Schagerbrug")
    assert [(r.label, r.known) for r in refs] == [
        ("Stichting Foo", False),
        ("Kooimans", False),
        ("Gemeente Schagerbrug", False),
    ]
    assert refs[0].key == "stichting-foo"


def test_an_abbreviation_with_an_ampersand_stays_one_name(resolver):
    """'H&A' and 'V&V' (explained in the document's legend) are one party each, not 'H' and 'A'."""
    assert [r.label for r in resolver.resolve_cell("H&A, i.s.m. EMD")] == ["H&A", "EMD"]
    assert [r.label for r in resolver.resolve_cell("V&V, WRIJ")] == ["V&V", "Waterschap Rijn en IJssel"]


# --- group words ---
@pytest.mark.parametrize(
    "text",
    [
        "gemeenten",
        "waterschappen",
        "bewoners",
        "woningcorporaties",
        "de industrie",
        "Rijk en regio",
        "de gemeenten",
    ],
)
def test_group_words_are_groups(resolver, text):
    refs = resolver.resolve_cell(text)
    assert len(refs) == 1 and refs[0].kind == "group", refs


def test_group_word_then_heading_is_not_an_organisation(resolver):
    refs = resolver.find("een opgave van Rijk én gemeenten\n\nStrategische prioriteiten voor gezondheid")
    assert all(r.label.startswith("Gemeente ") is False for r in refs)
    assert labels(resolver.find("de gemeenten Foo en Bar.")) == ["Gemeente Foo", "Gemeente Bar"]


# --- roles ---
def test_role_words_in_parentheses(resolver):
    pairs = resolver.resolve_cell_with_roles(
        "•\t Gemeente Amsterdam (opdrachtgever)\n•\t Waternet (initiatiefnemer)\n"
        "•\t Omgevingsdienst Noordzeekanaalgebied (inhoudelijke ondersteuning)\n"
        "•\t Gemeente Zaanstad (betrokken)\n"
        "•\t Port of Amsterdam"
    )
    assert [(r.label, role) for r, role in pairs] == [
        ("Gemeente Amsterdam", "commissioner"),
        ("Waternet", "lead"),
        ("Omgevingsdienst Noordzeekanaalgebied", "support"),
        ("Gemeente Zaanstad", "involved"),
        ("Port of Amsterdam", None),
    ]


def test_remarks_in_parentheses_are_dropped(resolver):
    refs = resolver.resolve_cell(
        "I.s.m.: Port of Amsterdam \n(Centraal Nautisch Beheer, \nDivisie Havenmeester)"
    )
    assert labels(refs) == ["Port of Amsterdam"]


# --- whole corpus ---
@pytest.mark.slow
def test_corpus_group_words_never_become_organisations(resolver):
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("shared corpus not present")
    known_places = {r["label"][len("Gemeente ") :] for r in resolver.registry() if r["type"] == "gemeente"}
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        refs = resolver.find(text)
        assert refs, path.name
        for ref in refs:
            if ref.kind == "group":
                assert not ref.known or ref.key.startswith("groep-")
            if ref.label.startswith("Gemeente "):
                # every municipality found must be a real one (registry) or named as such in the text
                place = ref.label[len("Gemeente ") :]
                assert place in known_places or place in text, (path.name, ref)
        unknown = [r.label for r in refs if not r.known]
        assert len(unknown) <= 2, (path.name, unknown)


@pytest.mark.slow
def test_corpus_wie_cells_resolve(resolver):
    novex = SHARED / "corpus" / "uitvoeringsagenda-novex-nzkg-2025-2029.txt"
    if not novex.is_file():
        pytest.skip("shared corpus not present")
    text = novex.read_text(encoding="utf-8")
    cells = re.findall(r"I\.s\.m\.:[^\n]*\n(?:[^\n]+\n){1,5}", text)
    assert len(cells) >= 10
    for cell in cells:
        assert resolver.resolve_cell(cell), cell


def test_plural_head_before_another_kind_of_body_is_a_group(resolver):
    # NOVEX ES 7 Wie cell: "gemeenten" ends its line; Rijkswaterstaat on the next line is no municipality.
    refs = resolver.resolve_cell("provincie Noord-Holland, \ngemeenten\nRijkswaterstaat")
    assert [(r.label, r.kind) for r in refs] == [
        ("Provincie Noord-Holland", "organisation"), ("Gemeenten", "group"),
        ("Rijkswaterstaat", "organisation")]
    # The plural still distributes over the names of its own kind, in either order (GL 2, GL 5 cells).
    for cell in ("Omgevingsdiensten NZKG \nen IJmond", "Omgevingsdiensten \nIJmond en NZKG"):
        assert {r.label for r in resolver.resolve_cell(cell)} == {
            "Omgevingsdienst Noordzeekanaalgebied", "Omgevingsdienst IJmond"}


def test_words_after_a_matched_alias_on_the_same_line_are_its_tail(resolver):
    # NOVEX ES 4: the alias "Hynetworks" matches; "Services" must not become an unknown organisation.
    refs = resolver.resolve_cell("Hynetworks Services / Gasunie,\nministerie van KGG")
    assert [r.label for r in refs] == [
        "Hynetwork Services", "Gasunie", "Ministerie van Klimaat en Groene Groei"]
    assert all(r.known for r in refs)


def test_plural_kind_of_company_before_names_is_a_caption(resolver):
    refs = resolver.resolve_cell("Drinkwaterbedrijven \nWaternet en PWN")
    assert [(r.label, r.known) for r in refs] == [
        ("Waternet", True), ("PWN Waterleidingbedrijf Noord-Holland", True)]
    refs = resolver.resolve_cell("netbeheerders Liander en TenneT, gemeente Velsen")
    assert labels(refs) == ["Liander", "TenneT", "Gemeente Velsen"]
    # Without names after it the word is still the group it names.
    assert [(r.label, r.kind) for r in resolver.resolve_cell("Port of Amsterdam, netbeheerders")] == [
        ("Port of Amsterdam", "organisation"), ("Netbeheerders", "group")]


def test_places_that_narrow_a_group_are_no_parties(resolver):
    refs = resolver.resolve_cell("TenneT, provincie Noord-Holland en gemeenten in de Taskforces Utrecht en\n"
                                 "Haarlem")
    assert [(r.label, r.kind) for r in refs] == [
        ("TenneT", "organisation"), ("Provincie Noord-Holland", "organisation"), ("Gemeenten", "group")]
    # After the next comma the list of parties goes on.
    refs = resolver.resolve_cell("bedrijven in de haven, gemeente Haarlem")
    assert labels(refs) == ["Bedrijven", "Gemeente Haarlem"]


def test_areas_listed_after_gebieden_are_no_parties(resolver):
    refs = resolver.resolve_cell("Rijkswaterstaat. NOVEX gebieden NZKG, MRA en GH")
    assert labels(refs) == ["Rijkswaterstaat"]


def test_bare_province_name_in_a_list_is_the_province(resolver):
    refs = resolver.resolve_cell("Zeeland, Liander")
    assert [(r.label, r.known) for r in refs] == [("Provincie Zeeland", True), ("Liander", True)]
    # A province named after its capital stays ambiguous: no province is made of "Utrecht".
    assert "Provincie Utrecht" not in labels(resolver.resolve_cell("Utrecht, Liander"))
    # In running text a region name is no organisation.
    assert labels(resolver.find("De haven van Noord-Holland groeit.")) == []


def test_registry_names_seen_in_wie_cells(resolver):
    cell = "AEB, TSN, OCAP,\nArgent Energy, Bestuursplatform NZKG,\nGebiedsopgave Centraal Holland"
    refs = resolver.resolve_cell(cell)
    assert [(r.label, r.known) for r in refs] == [
        ("AEB Amsterdam", True), ("Tata Steel", True), ("OCAP", True), ("Argent Energy", True),
        ("Bestuursplatform Noordzeekanaalgebied", True), ("Gebiedsopgave Centraal Holland", True)]
    assert labels(resolver.resolve_cell("ProRail, NS")) == ["ProRail", "Nederlandse Spoorwegen"]


def test_regional_companies_and_associations_in_running_text(resolver):
    text = ("Het rapport van Royal Haskoning DHV en de Stec Groep noemt Bunge, "
            "verenigd in Zaanstad Maakstad, als voorbeeld.")
    assert labels(resolver.find(text)) == ["Royal HaskoningDHV", "Stec Groep", "Bunge", "Zaanstad Maakstad"]


def test_labels_are_full_names_not_abbreviations(resolver):
    assert labels(resolver.resolve_cell("PWN, Programma Energietransitie NZKG, Programmabureau NZKG")) == [
        "PWN Waterleidingbedrijf Noord-Holland", "Programma Energietransitie Noordzeekanaalgebied",
        "Programmabureau Noordzeekanaalgebied"]


@pytest.mark.parametrize(("text", "labels"), [
    ("gemeenten Dongen en\nGilze en Rijen", ["Gemeente Dongen", "Gemeente Gilze en Rijen"]),
    ("gemeenten Aa en Hunze en Assen", ["Gemeente Aa en Hunze", "Gemeente Assen"]),
    ("gemeenten Dongen en Tilburg", ["Gemeente Dongen", "Gemeente Tilburg"]),
])
def test_a_name_with_en_in_it_survives_a_list_after_gemeenten(resolver: ActorResolver, text: str,
                                                                labels: list[str]) -> None:
    assert [r.label for r in resolver.resolve_cell(text)] == labels


def test_a_capital_article_before_a_capital_word_is_part_of_an_unknown_name(resolver):
    assert [r.label for r in resolver.resolve_cell("Gemeente Terneuzen, De Lijn")] == ["Gemeente Terneuzen",
                                                                                       "De Lijn"]
    assert [r.label for r in resolver.resolve_cell("De Vries Bouw")] == ["De Vries Bouw"]
    assert [r.label for r in resolver.resolve_cell("de Lijn")] == ["Lijn"]
    assert [r.label for r in resolver.resolve_cell("De provincie Zeeland")] == ["Provincie Zeeland"]


def test_a_name_broken_after_its_article_and_a_place_word_before_a_group(resolver):
    cell = "Wetterskip, gemeenten De\nFryske Marren en Súdwest-\nFryslân"
    assert [r.label for r in resolver.resolve_cell(cell)][1:] == ["Gemeente De Fryske Marren",
                                                                  "Gemeente Súdwest-Fryslân"]
    # "de West-Brabantse gemeenten" are the municipalities of a region, not a body named "West-Brabantse"
    got = [r.label for r in resolver.resolve_cell("de West-Brabantse gemeenten, provincie Noord-Brabant")]
    assert got == ["Gemeenten", "Provincie Noord-Brabant"]


def test_a_region_compound_of_a_plural_kind_is_a_group(resolver):
    refs = resolver.resolve_cell("alle Drechtsteden-gemeenten, Stedin")
    assert [(r.label, r.kind) for r in refs] == [("Gemeenten", "group"), ("Stedin", "organisation")]
    assert [r.kind for r in resolver.resolve_cell("Drechtstedengemeenten")] == ["group"]


def test_a_hoogheemraadschap_by_its_two_letters(resolver):
    assert [a.label for a in resolver.resolve_cell("HH van Rijnland, gemeente Gouda")] == [
        "Hoogheemraadschap van Rijnland", "Gemeente Gouda"]
    assert [a.label for a in resolver.resolve_cell("HHSK")] == [
        "Hoogheemraadschap van Schieland en de Krimpenerwaard"]
