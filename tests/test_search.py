"""Search: modes, exact code/organisation matches, result shape, input errors."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kg.config import Settings
from kg.embed import FakeEmbedder
from kg.errors import InvalidInput
from kg.index import update_index
from kg.search import Searcher, open_searcher

DOC = "https://w3id.org/nzkg/id/doc/abc"
RWS = "https://w3id.org/nzkg/id/actor/rijkswaterstaat"
GL8 = f"{DOC}/action/gl-8"
ROWS = [
    ("GL 8 Dubbellaags ZOAB\nStil asfalt langs de A22.\nWie: Rijkswaterstaat\nWanneer: 2031", [RWS, GL8]),
    ("WB 1 Warmtebron\nRestwarmte van de industrie naar woningen.\nWie: Gemeente Velsen\nWanneer: 2026", []),
    ("Walstroom voor de scheepvaart in de haven van Amsterdam.", []),
    ("Het waterstofnetwerk verbindt de industrie in de IJmond met de haven.", []),
    ("Rijkswaterstaat beheert het Noordzeekanaal en de sluizen van IJmuiden.", [RWS]),
]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    store = tmp_path_factory.mktemp("store")
    s = replace(Settings(), store=store, model="fake")
    passages = [{"iri": f"{DOC}/passage/{i}", "doc_iri": DOC, "document": "uitvoeringsagenda", "page": i + 1,
                 "text": t, "mentions": m} for i, (t, m) in enumerate(ROWS)]
    update_index(s, passages, embedder=FakeEmbedder())
    return open_searcher(s)


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_each_mode_finds_the_walstroom_passage(searcher: Searcher, mode: str) -> None:
    results = searcher.search("Waar komt walstroom voor schepen?", k=3, mode=mode)
    assert "Walstroom" in results[0].text and results[0].page == 3


def test_result_dict_shape_and_mentions(searcher: Searcher) -> None:
    [top] = searcher.search("Wie legt stil asfalt aan langs de A22?", k=1)
    d = top.to_dict()
    assert list(d) == ["score", "document", "page", "text", "sentence", "passage", "actors", "actions",
                       "pages", "passages"]
    assert d["document"] == "uitvoeringsagenda" and d["page"] == 1 and d["passage"].endswith("/passage/0")
    assert d["actors"] == [{"id": RWS, "label": "Rijkswaterstaat"}]
    assert d["actions"] == [{"id": GL8, "code": "GL 8", "title": "Dubbellaags ZOAB"}]


def test_exact_codes_and_abbreviations_win(searcher: Searcher) -> None:
    assert searcher.search("WB 1", k=1)[0].text.startswith("WB 1")
    assert searcher.search("wat doet wb1", k=1)[0].text.startswith("WB 1")
    top2 = {r.page for r in searcher.search("Wat doet RWS?", k=2)}
    assert top2 == {1, 5}


def test_compound_parts_match(searcher: Searcher) -> None:
    assert "waterstofnetwerk" in searcher.search("waterstof", k=1, mode="bm25")[0].text


@pytest.mark.parametrize("q,k,mode", [("", 5, "hybrid"), ("x" * 2000, 5, "hybrid"), ("haven", 5, "magic"),
                                      ("haven", 0, "hybrid")])
def test_bad_input_is_refused(searcher: Searcher, q: str, k: int, mode: str) -> None:
    with pytest.raises(InvalidInput):
        searcher.search(q, k=k, mode=mode)


def test_dense_mode_needs_vectors(tmp_path: Path) -> None:
    s = replace(Settings(), store=tmp_path, model="none")
    update_index(s, [{"iri": "x/passage/0", "doc_iri": "x", "document": "d", "page": 1, "text": "haven",
                      "mentions": []}])
    with pytest.raises(InvalidInput, match="geen vectoren"):
        open_searcher(s).search("haven", mode="dense")


def test_a_code_finds_its_own_row_before_rows_that_mention_it(tmp_path: Path) -> None:
    s = replace(Settings(), store=tmp_path, model="fake")
    rows = ["WB 1 Strategische reservering waterberging\nWie: Provincie Noord-Holland",
            "WB 2 Verkenning piekwaterberging\nIn actie WB1 wordt de reservering onderzocht; WB1 gaat voor.",
            "Het waterbergingsgebied ligt langs het kanaal."]
    passages = [{"iri": f"{DOC}/passage/{i}", "doc_iri": DOC, "document": "agenda", "page": 1, "text": t,
                 "mentions": []} for i, t in enumerate(rows)]
    update_index(s, passages, embedder=FakeEmbedder())
    searcher = open_searcher(s)
    for question in ("WB 1", "wb1", "Wie trekt WB 1?"):
        assert searcher.search(question, k=1)[0].text.startswith("WB 1 "), question


def test_concurrent_first_dense_queries_wait_for_the_model(searcher: Searcher, monkeypatch) -> None:
    import threading
    import time

    import kg.embed

    slow = kg.embed.get_embedder

    def slow_loader(name: str):  # a real model takes seconds to load: widen the window
        time.sleep(0.3)
        return slow(name)

    monkeypatch.setattr(kg.embed, "get_embedder", slow_loader)
    fresh = Searcher(searcher.settings, searcher.folder)
    errors: list[BaseException] = []

    def ask() -> None:
        try:
            fresh.search("walstroom", k=1, mode="dense")
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_each_hit_carries_the_sentence_that_answers(searcher: Searcher) -> None:
    [top] = searcher.search("Wie beheert de sluizen van IJmuiden?", k=1, mode="bm25")
    assert top.sentence == "Rijkswaterstaat beheert het Noordzeekanaal en de sluizen van IJmuiden."
    [row] = searcher.search("Wanneer komt het stille asfalt langs de A22?", k=1)
    assert row.sentence.startswith("GL 8 Dubbellaags ZOAB") and "A22" in row.sentence


def test_best_sentence_of_a_row_and_of_a_list() -> None:
    from kg.snippet import best_sentence, sentences

    text = "GL 8 Dubbellaags ZOAB\nStil asfalt langs de A22.\nWie: Rijkswaterstaat\nWanneer: 2031"
    assert sentences("Eerste zin. Tweede zin.\n• punt een • punt twee") == [
        "Eerste zin.", "Tweede zin.", "• punt een", "• punt twee"]
    assert best_sentence(text, {"rijkswaterstaat"}, lambda s: s.lower().split()) == \
        "GL 8 Dubbellaags ZOAB · Wie: Rijkswaterstaat"
    assert best_sentence(text, {"nergens"}, lambda s: s.lower().split()) == ""


def test_the_sentence_shown_holds_the_kind_of_answer_asked() -> None:
    """'Wanneer' wants a date, 'hoeveel' an amount (not a year): of two sentences sharing the question's
    words, the one that holds it is shown; a sentence without any of the question's words is not shown for
    its date alone."""
    from kg.snippet import answer_kind, best_sentence

    def words(s: str) -> list[str]:
        return s.lower().replace(".", " ").replace(",", " ").split()

    text = ("De provincie werkt samen met het waterschap aan de nieuwe sluis. De bouw van de sluis begint in "
            "het voorjaar van 2029. In 2030 opent het bezoekerscentrum. Voor de sluis is 45 miljoen euro "
            "gereserveerd.")
    when, much = "Wanneer begint de bouw van de nieuwe sluis?", "Hoeveel geld gaat naar de nieuwe sluis?"
    wanted_when = {"nieuwe", "sluis", "bouw"}
    assert answer_kind("Hoe lang duurt het?") is not None and answer_kind("Wie trekt de actie?") is None
    assert best_sentence(text, {"nieuwe", "sluis"}, words) == \
        "De provincie werkt samen met het waterschap aan de nieuwe sluis."
    assert best_sentence(text, wanted_when, words, kind=answer_kind(when)) == \
        "De bouw van de sluis begint in het voorjaar van 2029."
    assert best_sentence(text, {"sluis"}, words, kind=answer_kind(much)) == \
        "Voor de sluis is 45 miljoen euro gereserveerd."
    assert best_sentence(text, {"nieuwe", "sluis"}, words, kind=answer_kind(when)) != \
        "In 2030 opent het bezoekerscentrum."


def test_a_date_or_amount_in_the_next_sentence_is_shown_with_the_sentence_that_matches(monkeypatch) -> None:
    from kg import snippet
    from kg.snippet import answer_kind, best_sentence

    def words(s: str) -> list[str]:
        return s.lower().replace(".", " ").replace(",", " ").split()

    first = "Met deze brief informeer ik u over de verkenning van het knooppunt Zwolle."
    amount = "Daarvoor is 310 miljoen euro beschikbaar."
    text = f"{first} {amount} De regio draagt ook bij."
    wanted = {"verkenning", "knooppunt", "zwolle", "betaalt", "rijk"}
    much = answer_kind("Hoeveel betaalt het Rijk aan de verkenning?")
    assert best_sentence(text, wanted, words, kind=much) == f"{first} {amount}"
    assert best_sentence(text, wanted, words) == first  # no amount asked
    monkeypatch.setattr(snippet, "ANSWER_NEXT", False)
    assert best_sentence(text, wanted, words, kind=much) == first


def test_the_sentence_shown_is_not_the_title_that_repeats_the_question(tmp_path: Path, monkeypatch) -> None:
    """The words a question shares with its document's title say which document it is about; the sentence
    shown is the one holding its other words."""
    from kg import search

    texts = ["Uitvoeringsagenda Water en Ruimte Zeeuws-Vlaanderen 2026-2030\nDe gemeenten, de provincie en "
             "het waterschap werken samen aan water en ruimte in Zeeuws-Vlaanderen.",
             "Het Zeeuws Water Overleg heeft de agenda op 18 november 2025 vastgesteld. De agenda loopt tot "
             "2030."]
    s = replace(Settings(), store=tmp_path, model="none")
    update_index(s, [{"iri": f"{DOC}/passage/{i}", "doc_iri": DOC, "document": "agenda", "page": 1, "text": t,
                      "mentions": []} for i, t in enumerate(texts)])
    question = "Wanneer is de agenda voor water en ruimte in Zeeuws-Vlaanderen vastgesteld?"
    [top] = open_searcher(s).search(question, k=1)
    assert top.sentence == "Het Zeeuws Water Overleg heeft de agenda op 18 november 2025 vastgesteld."
    monkeypatch.setattr(search, "TITLE_WEIGHT", 1.0)
    assert open_searcher(s).search(question, k=1)[0].sentence.startswith("Uitvoeringsagenda Water en Ruimte")


def test_thesaurus_finds_words_the_text_does_not_use(tmp_path: Path) -> None:
    from kg.thesaurus import Thesaurus, groups

    assert len(groups()) >= 100 and all(len(g) >= 2 for g in groups())
    stems = Thesaurus(lambda w: w.removesuffix("ten"))
    assert "stadsverwarming" in stems.alternatives("Komt er een warmtenetten in de wijk?")
    assert "Regionale Energiestrategie" in stems.alternatives("Wat staat er in de RES?")
    corpus = {"warmtenet", "wijk"}.__contains__  # the words the passages use
    assert stems.unseen("Komt er stadsverwarming?", corpus)  # only the thesaurus links it to 'warmtenet'
    assert not stems.unseen("Komt er een warmtenet?", corpus) and not stems.unseen("Wat is er?", corpus)
    s = replace(Settings(), store=tmp_path, model="none")
    texts = ["De aanleg van een warmtenet in de wijk begint in 2027.", "Het stroomnet in de wijk is vol."]
    update_index(s, [{"iri": f"{DOC}/passage/{i}", "doc_iri": DOC, "document": "d", "page": 1, "text": t,
                      "mentions": []} for i, t in enumerate(texts)])
    searcher = open_searcher(s)
    [top] = searcher.search("Wanneer komt er stadsverwarming?", k=1, mode="bm25")
    assert "warmtenet" in top.text and "warmtenet" in top.sentence
    searcher.weights["expand"] = 0.0
    assert searcher.search("Wanneer komt er stadsverwarming?", k=2, mode="bm25") == []  # without it: nothing


def test_a_question_about_a_document_lifts_its_letterhead_and_signature(tmp_path: Path) -> None:
    s = replace(Settings(), store=tmp_path, model="none")
    texts = ["Datum 3 maart 2026 Betreft Havenvisie Geachte leden van de raad,",
             "De havenvisie beschrijft de groei van de haven tot 2040 en de ruimte voor de havenvisie.",
             "Er komen nieuwe kades langs het kanaal.",
             "Met vriendelijke groet, Jan de Vries, Directeur Kanaalschap"]
    update_index(s, [{"iri": f"{DOC}/passage/{i}", "doc_iri": DOC, "document": "brief", "page": 1, "text": t,
                      "mentions": []} for i, t in enumerate(texts)])
    searcher = open_searcher(s)
    signed = searcher.search("Wie ondertekende de brief over de havenvisie?", k=3)
    assert any("Jan de Vries" in r.text for r in signed[:3])
    searcher.weights["edges"] = 0.0
    assert not any("Jan de Vries" in r.text for r in
                   searcher.search("Wie ondertekende de brief over de havenvisie?", k=3))


def test_dense_also_reads_the_question_in_the_texts_own_terms(tmp_path: Path, monkeypatch) -> None:
    s = replace(Settings(), store=tmp_path, model="fake")
    texts = ["In de havens van Velsen en Beverwijk komt walstroom voor de scheepvaart.",
             "Het stroomnet in de wijk is vol.", "De kade van de haven wordt hersteld."]
    update_index(s, [{"iri": f"{DOC}/passage/{i}", "doc_iri": DOC, "document": "d", "page": 1, "text": t,
                      "mentions": []} for i, t in enumerate(texts)], embedder=FakeEmbedder())
    searcher = open_searcher(s)
    assert searcher.uses("walstroom") and searcher.uses("kade")
    assert not searcher.uses("stroom van de kade")  # both words occur, never together
    question = "Waar krijgen schepen straks stroom van de kade?"
    assert searcher.thesaurus.rewrite(question, searcher.uses) == "Waar krijgen schepen straks walstroom?"
    assert searcher.thesaurus.rewrite("Waar komt walstroom?", searcher.uses) is None  # the texts' own word
    seen: list[list[str]] = []
    many = searcher.rank_dense_many
    monkeypatch.setattr(searcher, "rank_dense_many",
                        lambda qs, n=100, windows=None: seen.append(qs) or many(qs, n, windows))
    [top] = searcher.search(question, k=1)
    assert seen == [[question, "Waar krijgen schepen straks walstroom?"]] and "walstroom" in top.text
    searcher.weights["rewrite"] = 0.0
    searcher.search(question, k=1)
    assert seen[-1] == [question]


def test_a_letters_signature_or_letterhead_comes_first_when_asked(tmp_path: Path) -> None:
    from ingest.chunk import chunk_pages
    from ingest.text import parse_file

    passages = []
    for path in sorted((Path(__file__).parent / "data" / "letters").glob("*.txt")):
        doc = f"https://w3id.org/nzkg/id/doc/{path.stem}"
        chunks = chunk_pages(parse_file(path, Settings()).pages)
        passages += [{"iri": f"{doc}/passage/{c.index}", "doc_iri": doc, "document": path.stem,
                      "page": c.page, "text": c.text, "mentions": []} for c in chunks]
    s = replace(Settings(), store=tmp_path, model="none")
    update_index(s, passages)
    searcher = open_searcher(s)
    signed = "Welke minister ondertekende de Kamerbrief over netcongestie?"
    assert searcher.search(signed, k=1)[0].text == "De Minister voor Klimaat en Energie,\nJ. Jansen"
    addressed = searcher.search("Aan wie is de brief over netcongestie gericht?", k=1)[0]
    assert addressed.text.startswith("Aan de Voorzitter van de Tweede Kamer")
    searcher._letters = set()  # not known to be a letter: the body passage stays first, the signature second
    top2 = searcher.search(signed, k=2)
    assert top2[0].text.startswith("Aan de Voorzitter") and top2[1].text.endswith("J. Jansen")


def test_a_commitment_without_a_code_is_not_taken_for_a_letters_closing_passage(tmp_path: Path) -> None:
    """Commitments are passages numbered after the letter's text (ingest.chunk.action_passages); one
    without a code must not stand in for the signature, nor join the text around it."""
    from ingest.chunk import chunk_pages
    from ingest.text import parse_file

    path = Path(__file__).parent / "data" / "letters" / "kamerbrief-netcongestie.txt"
    doc = f"https://w3id.org/nzkg/id/doc/{path.stem}"
    texts = [c.text for c in chunk_pages(parse_file(path, Settings()).pages)]
    texts.append("Een nieuwe aanpak voor netcongestie uitwerken\nWie: Ministerie van Klimaat en Groene Groei"
                 "\nWanneer: 2026")
    s = replace(Settings(), store=tmp_path, model="none")
    update_index(s, [{"iri": f"{doc}/passage/{i}", "doc_iri": doc, "document": path.stem, "page": 1,
                      "text": t, "mentions": []} for i, t in enumerate(texts)])
    searcher = open_searcher(s)
    assert searcher.search("Welke minister ondertekende de Kamerbrief over netcongestie?", k=1)[0].text == \
        "De Minister voor Klimaat en Energie,\nJ. Jansen"
    assert all(len(r.passages) == 1 for r in searcher.search("nieuwe aanpak netcongestie", k=5)
               if "Wie:" in r.text)


def test_a_long_passage_with_all_the_question_words_beats_a_short_one_repeating_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import index
    from kg.index import read_meta

    texts = ["Het programma Sluizen. De sluis is oud. De sluis lekt. Een nieuwe sluis kost geld. Elke sluis "
             "in het land telt mee voor de scheepvaart.",
             "Rijkswaterstaat vernieuwt de komende jaren veel kunstwerken langs het kanaal, van bruggen tot "
             "gemalen. In IJmuiden wordt de Noordersluis in 2029 vernieuwd; de werkzaamheden aan de kades en "
             "de wegen rond de sluis lopen door tot 2031. Ook de vaargeul wordt verdiept en de oevers "
             "krijgen natuurvriendelijke taluds.",
             "De haven van IJmuiden groeit door de visserij en de offshore wind.",
             "De gemalen van het hoogheemraadschap worden elektrisch."]
    # Four documents, so that no two passages join as one stretch of text (Searcher._stretches).
    passages = [{"iri": f"{DOC}{i}/passage/0", "doc_iri": f"{DOC}{i}", "document": "d", "page": i + 1,
                 "text": t, "mentions": []} for i, t in enumerate(texts)]
    s = replace(Settings(), store=tmp_path, model="none")
    update_index(s, passages)
    assert read_meta(s.index_dir)["bm25"] == index.BM25_PARAMS
    question = "Wanneer gaat de sluis in IJmuiden op de schop?"
    assert [r.page for r in open_searcher(s).search(question, k=2, mode="bm25")] == [2, 1]
    monkeypatch.setattr(index, "BM25_PARAMS", {"k1": 1.5, "b": 0.75})  # bm25s's defaults
    assert not update_index(s, passages)["unchanged"]  # other parameters: the BM25 index is rebuilt
    assert [r.page for r in open_searcher(s).search(question, k=2, mode="bm25")] == [1, 3]


def test_the_sentence_shown_holds_the_questions_rare_words(tmp_path: Path) -> None:
    """A sentence with one rare question word beats one with two words every passage uses."""
    s = replace(Settings(), store=tmp_path, model="none")
    common = "De gemeente Velsen werkt in 2026 aan het programma."
    towns = ("Beverwijk", "Heemskerk", "Zaanstad", "Haarlem", "Amsterdam", "Purmerend", "Oostzaan")
    texts = [*(f"De gemeente {town} start in 2026." for town in towns),
             f"{common} Het bedrijf bouwt een installatie voor elektrolyse van water."]
    update_index(s, [{"iri": f"{DOC}/passage/{i}", "doc_iri": DOC, "document": "d", "page": 1, "text": t,
                      "mentions": []} for i, t in enumerate(texts)])
    searcher = open_searcher(s)
    assert searcher.rarity("elektrolys") > searcher.rarity("2026") > 0
    top = next(r for r in searcher.search("Wat doet de gemeente in 2026 met elektrolyse?", k=8, mode="bm25")
               if "elektrolyse" in r.text)
    assert top.sentence == "Het bedrijf bouwt een installatie voor elektrolyse van water."


def test_the_sentence_shown_is_sought_in_the_window_nearest_the_question(tmp_path: Path) -> None:
    """Of a long passage, the sentence shown comes from its window whose vector is nearest the question, even
    when a sentence elsewhere shares more of the question's words."""
    from kg.index import passage_windows

    s = replace(Settings(), store=tmp_path, model="fake")
    decoy = "De nieuwe sluis gaat open voor bezoekers op de open dag in het voorjaar."
    filler = " ".join(f"Het museum aan de dijk toont deel {n} van de geschiedenis van de polder."
                      for n in range(5))
    answer = ("De binnenvaart wacht al jaren op de sluis. De nieuwe sluis is vanaf 2029 open. Schippers in "
              "de binnenvaart varen dan zonder wachttijd door, want de binnenvaart groeit en "
              "binnenvaartschepen worden groter.")
    text = f"{decoy} {filler} {answer}"
    assert len(passage_windows(text)) >= 2 and answer.split(".")[1] not in passage_windows(text)[0]
    update_index(s, [{"iri": f"{DOC}/passage/0", "doc_iri": DOC, "document": "d", "page": 1, "text": text,
                      "mentions": []}], embedder=FakeEmbedder())
    question = "Wanneer gaat de nieuwe sluis open voor de binnenvaart?"
    [hit] = open_searcher(s).search(question, k=1, mode="dense")
    assert hit.sentence == "De nieuwe sluis is vanaf 2029 open."  # the decoy shares as many words


def test_a_passage_next_to_a_better_hit_joins_it_as_one_stretch_of_text(tmp_path: Path) -> None:
    """The answer often stands just after the words that match the question best: the neighbouring passage
    that ranks lower joins the hit (the words the chunker repeated once); a table row and a passage of another
    document stay hits of their own."""
    from kg.search import join_overlapping

    texts = ["Inleiding. De gemeente werkt aan de vernieuwing van de sluis in het kanaal bij de haven.",
             "De vernieuwing van de sluis in het kanaal bij de haven vraagt geld. De bouw start in 2029 en "
             "duurt drie jaar.",
             "Verder gaat het programma over fietspaden en bomen in de wijken.",
             "SL 1 Vernieuwing sluis in het kanaal\nWie: Rijkswaterstaat\nWanneer: 2029"]
    passages = [{"iri": f"{DOC}/passage/{i}", "doc_iri": DOC, "document": "d", "page": 1 + i // 2, "text": t,
                 "mentions": []} for i, t in enumerate(texts)]
    passages.append({"iri": f"{DOC}x/passage/0", "doc_iri": f"{DOC}x", "document": "e", "page": 1,
                     "text": "De sluis in het kanaal bij de haven is oud.", "mentions": []})
    s = replace(Settings(), store=tmp_path, model="none")
    update_index(s, passages)
    searcher = open_searcher(s)
    question = "Wanneer wordt de sluis in het kanaal bij de haven vernieuwd?"
    ranked = [searcher.records[i]["id"] for i, _ in searcher.rank(question, "bm25")]
    assert ranked.index(f"{DOC}/passage/1") > ranked.index(f"{DOC}/passage/0")  # two hits without joining
    hits = searcher.search(question, k=5, mode="bm25")
    first = next(h for h in hits if h.document == "d")
    assert first.text == texts[0] + "\n" + texts[1]
    assert first.pages == [1] and [p.rsplit("/", 1)[-1] for p in first.passages] == ["0", "1"]
    assert any(h.text == texts[3] for h in hits)  # the row stays a row
    assert any(h.document == "e" for h in hits)  # another document's passage stays its own hit
    assert len({p for h in hits for p in h.passages}) == sum(len(h.passages) for h in hits)  # each once
    # The chunker's overlap is not repeated; without one, the texts follow each other.
    assert join_overlapping("een twee drie vier", "drie vier\nvijf zes") == "een twee drie vier\nvijf zes"
    assert join_overlapping("een twee", "drie") == "een twee\ndrie"
