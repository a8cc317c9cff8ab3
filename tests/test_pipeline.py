"""The ingest pipeline end to end on the example document: counts, idempotency, edits, failures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.pipeline import discover, ingest_paths, unsupported
from kg.config import load_settings
from kg.store import open_store

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "uitvoeringsagenda-voorbeeldgebied-2026-2030.txt"


@pytest.fixture()
def workdir(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(EXAMPLE, docs / EXAMPLE.name)
    return tmp_path


def _settings(workdir: Path):
    return load_settings(store=workdir / "store", model="none")


def _stats(settings) -> dict[str, int]:
    store = open_store(settings, read_only=True)
    try:
        return store.stats()
    finally:
        store.close()


def test_ingest_is_idempotent_and_counts_what_it_wrote(workdir: Path) -> None:
    settings = _settings(workdir)
    first = ingest_paths([workdir / "docs"], settings, progress=False)
    assert (first.documents, first.unchanged, first.failed) == (1, 0, [])
    assert first.actions >= 4 and first.pages == 3
    before = _stats(settings)
    assert before["documents"] == 1 and before["actions"] == first.actions
    again = ingest_paths([workdir / "docs"], settings, progress=False)
    assert (again.documents, again.unchanged) == (0, 1)
    assert _stats(settings) == before


def test_edited_file_replaces_its_older_version(workdir: Path) -> None:
    settings = _settings(workdir)
    ingest_paths([workdir / "docs"], settings, progress=False)
    doc = workdir / "docs" / EXAMPLE.name
    edited = doc.read_text(encoding="utf-8").replace("Uiterlijk 2029", "Uiterlijk 2030")
    doc.write_text(edited, encoding="utf-8")
    summary = ingest_paths([workdir / "docs"], settings, progress=False)
    assert summary.documents == 1
    store = open_store(settings, read_only=True)
    try:
        assert store.stats()["documents"] == 1
    finally:
        store.close()


def test_bad_files_are_named_and_do_not_stop_the_batch(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = _settings(workdir)
    (workdir / "docs" / "leeg.txt").write_bytes(b"")
    (workdir / "docs" / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    summary = ingest_paths([workdir / "docs", workdir / "bestaat-niet.pdf"], settings, progress=False)
    assert summary.documents == 1
    failed = {Path(p).name for p, _ in summary.failed}
    assert failed == {"leeg.txt", "latin1.txt", "bestaat-niet.pdf"}
    err_lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("kg: ")]
    assert len(err_lines) == 3 and all(any(name in line for name in failed) for line in err_lines)


def test_discover_walks_folders_once_and_keeps_supported_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.pdf").write_bytes(b"%PDF")
    (tmp_path / "sub" / "c.docx").write_bytes(b"x")
    files, missing = discover([tmp_path, tmp_path / "a.txt", tmp_path / "nope"])
    assert sorted(f.name for f in files) == ["a.txt", "b.pdf"]
    assert missing == [(str(tmp_path / "nope"), "no such file or folder")]


def test_a_store_inside_the_folder_is_no_document(workdir: Path) -> None:
    """`kg ingest . --store st`: the store's own files (its database, and a .txt or .json it may hold) are
    neither read as documents nor listed as skipped."""
    settings = _settings(workdir)
    (workdir / "brief.txt").write_text("Gemeente Edam-Volendam\n\nWij leggen in 2027 een kade aan.\n",
                                       encoding="utf-8")
    ingest_paths([workdir], settings, progress=False)
    (settings.store / "notitie.txt").write_text("geen document", encoding="utf-8")
    files, _ = discover([workdir])
    assert sorted(f.name for f in files) == ["brief.txt", EXAMPLE.name]
    assert unsupported([workdir]) == {}


def test_web_ui_sees_a_new_ingest_without_restart(workdir: Path) -> None:
    from webui.app import create_app

    settings = _settings(workdir)
    ingest_paths([workdir / "docs"], settings, progress=False)
    client = create_app(settings).test_client()
    assert client.get("/api/stats").status_code in (200, 404)  # warm the snapshot if the route exists
    first = client.get("/api/timeline").get_json()
    other = workdir / "docs2"
    other.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8").replace("ZW ", "ZX ").replace("Zaandijk", "Oostzaandijk")
    (other / "tweede-agenda.txt").write_text(text, encoding="utf-8")
    ingest_paths([other], settings, progress=False)
    second = client.get("/api/timeline").get_json()
    assert len(str(second)) > len(str(first))
    assert "ZX 1" in str(second) and "ZX 1" not in str(first)


def test_new_version_supersedes_the_old_in_one_update(tmp_path: Path) -> None:
    from rdflib import Graph, Literal, URIRef

    from kg.vocab import KG, RDF

    settings = load_settings(store=tmp_path / "store", model="none")
    store = open_store(settings)
    try:
        old, new = URIRef("https://w3id.org/nzkg/id/doc/old"), URIRef("https://w3id.org/nzkg/id/doc/new")
        for iri in (old, new):
            graph = Graph()
            graph.add((iri, RDF.type, KG.Document))
            graph.add((iri, KG.name, Literal("same-stem")))
            if iri == old:
                store.replace_document(iri, graph)
        assert store.has_document(old)
        store.replace_document(new, graph, supersedes=[old])
        assert store.has_document(new) and not store.has_document(old)
    finally:
        store.close()


def test_new_ingest_code_re_reads_unchanged_files(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.pipeline as pipeline

    settings = _settings(workdir)
    ingest_paths([workdir / "docs"], settings, progress=False)
    assert ingest_paths([workdir / "docs"], settings, progress=False).unchanged == 1
    monkeypatch.setattr(pipeline, "ingest_version", lambda: "a-newer-extractor")
    summary = ingest_paths([workdir / "docs"], settings, progress=False)
    assert (summary.documents, summary.unchanged) == (1, 0)
    assert _stats(settings)["documents"] == 1


def test_each_document_says_what_was_recognised(workdir: Path) -> None:
    """A document without an action table or commitment says so in the summary and on its page."""
    (workdir / "docs" / "notitie.txt").write_text(
        "Notitie over de omgeving\n\nHet gebied kent veel water. In 2020 is een studie gedaan.\n",
        encoding="utf-8")
    settings = _settings(workdir)
    summary = ingest_paths([workdir / "docs"], settings, progress=False)
    notes = dict(n.split(": ", 1) for n in summary.notes)
    assert notes["notitie.txt"] == "geen actietabel of toezeggingen herkend"
    assert notes[EXAMPLE.name].startswith("3 tabelrijen, 1 uitvoeringsafspraak herkend")  # one: singular
    assert "notitie.txt: geen actietabel" in summary.describe()
    from kg.window import Page, documents

    store = open_store(settings, read_only=True)
    try:
        by_name = {d["name"]: d["summary"] for d in documents(store, Page())[0]}
    finally:
        store.close()
    assert by_name["notitie"] == "geen actietabel of toezeggingen herkend"


def test_summary_speaks_dutch_in_singular_and_plural() -> None:
    from ingest.pipeline import IngestSummary

    one = IngestSummary(documents=1, pages=1, chunks=1, actions=1, actors=1).describe()
    assert "1 pagina, 1 passage, 1 actie, 1 actor genoemd" in one
    many = IngestSummary(pages=2, chunks=3, actions=0, actors=4, skipped={".docx": 2, ".odt": 1}).describe()
    assert "2 pagina's, 3 passages, 0 acties, 4 actoren genoemd" in many
    assert "3 bestanden overgeslagen: .docx, .odt worden niet ondersteund" in many


def test_summary_counts_warnings_not_notes_on_where_a_fact_came_from() -> None:
    """'met een signalering' counts actions that ask for a check, not a period taken from the title."""
    from ingest.model import Action, Extraction
    from ingest.pipeline import recognised

    actions = [Action("Z 1", "a", kind="commitment", flags=["period_from_title"]),
               Action("Z 2", "b", kind="commitment", flags=["period_from_title", "low_confidence_wie"]),
               Action("Z 3", "c", kind="commitment")]
    assert recognised(Extraction(actions=actions)) == "3 toezeggingen herkend (1 met een signalering)"
