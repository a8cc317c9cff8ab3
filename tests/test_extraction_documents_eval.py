"""The per-document-type scorer of the extraction test documents, on tiny in-test examples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.extraction_eval import (
    DOCUMENT_SETS,
    format_documents_table,
    match_actions,
    norm_code,
    norm_text,
    score_documents,
    summarise,
    tally_document,
)
from ingest.model import Action, ActorRef, Dependency, Period, Role, Source

TYPES = {"ruled-pdf", "libreoffice-pdf", "unruled-pdf", "text-table", "label-blocks", "letter", "kamerbrief",
         "agenda"}
ROLES = {"lead", "partner", "involved", "commissioner", "support"}


def _action(code: str, quote: str, roles: dict[str, list[str]] | None = None,
            years: tuple[int | None, int | None] = (None, None), deps: list[tuple[str, str]] | None = None,
            description: str = "") -> Action:
    return Action(
        code=code, title=quote[:30], description=description,
        roles=[Role(ActorRef(x.lower(), x), role) for role, xs in (roles or {}).items() for x in xs],
        period=Period("p", *years) if years != (None, None) else None,
        dependencies=[Dependency(kind, target) for kind, target in deps or []],
        source=Source(1, quote))


def _gold(actions: list[dict], kind: str = "text-table", not_commitments: list[str] | None = None) -> dict:
    rows = [{"code": "", "anchor": "", "title": "", "lead": [], "partners": [], "start_year": None,
             "end_year": None, "dependencies": [], **a} for a in actions]
    return {"document": "d", "file": "d.txt", "type": kind, "actions": rows,
            "not_commitments": not_commitments or []}


def test_codes_and_text_are_normalised() -> None:
    assert norm_code("KA 2") == norm_code("ka2") == "KA2"
    assert norm_code("EN-01") == "EN01"
    assert norm_code("1.") == norm_code("Actie 1") == norm_code("1") == "1"
    assert norm_code("1.1") != norm_code("11.")
    assert norm_text("Water-\nschap  Rijn") == norm_text("waterschap rijn")
    assert norm_text("wadi\u2019s") == norm_text("wadi's")


def test_match_by_code_then_by_anchor_each_action_once() -> None:
    a1 = _action("1", "Bronnenonderzoek nutriënten in de watergangen")
    a1b = _action("1", "Zoetwaterbuffers aanleggen in de kreekruggen")
    prose = _action("", "Het college stuurt vóór 1 juni het plan naar de raad")
    gold = [{"code": "1", "anchor": "Bronnenonderzoek nutriënten"},
            {"code": "", "anchor": "zoetwaterbuffers aanleggen in de kreek-\nruggen"},
            {"code": "", "anchor": "het college stuurt vóór 1 juni"},
            {"code": "", "anchor": "het college stuurt vóór 1 juni"},
            {"code": "7", "anchor": "Het college stuurt"}]
    # a1b comes first but the code's candidate holding the anchor is preferred.
    got = match_actions(gold, [a1b, a1, prose])
    assert got == [a1, a1b, prose, None, None]


def test_anchor_in_quote_is_preferred_over_description() -> None:
    long = _action("", "Een alinea", description="Wij zullen in 2026 het loket uitbreiden. En meer.")
    exact = _action("", "Wij zullen in 2026 het loket uitbreiden.")
    assert match_actions([{"code": "", "anchor": "in 2026 het loket uitbreiden"}], [long, exact]) == [exact]


def test_roles_periods_and_dependencies_per_document() -> None:
    gold = _gold([
        {"code": "1", "anchor": "een", "lead": ["Gemeente Utrecht"], "partners": ["Stedin"],
         "start_year": 2026, "end_year": 2027, "dependencies": [{"kind": "starts_after", "target": "WU-02"}]},
        {"code": "2", "anchor": "twee", "lead": ["Provincie Utrecht"], "partners": [], "involved": ["Stedin"],
         "start_year": None, "end_year": 2028, "dependencies": [{"kind": "related", "target": "1"}]},
        {"code": "3", "anchor": "drie", "lead": ["Gemeente Utrecht"], "start_year": 2030, "end_year": 2030},
    ])
    pred = [
        _action("1", "een", {"lead": ["Gemeente  utrecht"], "partner": ["Provincie Utrecht"]}, (2026, 2027),
                [("starts_after", "WU 02")]),
        _action("2", "twee", {"lead": ["Provincie Utrecht"], "involved": ["Stedin"]}, (2028, 2028),
                [("depends", "1")]),
    ]
    s = summarise([tally_document(gold, pred)])
    assert (s["rows"], s["rows_found"]) == (3, 2)
    # leads: 2 predicted, both right; the missing row's lead counts against recall.
    assert s["lead"] == pytest.approx({"precision": 1.0, "recall": 2 / 3, "f1": 0.8})
    assert s["partner"] == pytest.approx({"precision": 0.0, "recall": 0.0, "f1": 0.0})
    assert s["other_roles"]["f1"] == 1.0
    assert s["period_accuracy"] == 0.5 and s["periods"] == 2
    assert s["dependency_recall"] == 0.5 and s["dependencies"] == 2
    assert s["commitment_precision"] is None and s["letters"] == 0
    assert any("'3'" in e and "missing" in e for e in s["errors"])


def test_groups_are_not_scored_as_parties() -> None:
    gold = _gold([{"code": "1", "anchor": "x", "lead": ["Gemeente Zwolle"], "partners": []}])
    act = _action("1", "x", {"lead": ["Gemeente Zwolle"], "involved": ["woningcorporaties"]})
    act.roles[1].actor.kind = "group"
    s = summarise([tally_document(gold, [act])])
    assert s["other_roles"] is None and not s["errors"]


def test_ambiguous_periods_are_not_scored() -> None:
    gold = _gold([{"code": "1", "anchor": "x", "start_year": 2026, "end_year": 2026,
                   "period_is_ambiguous": True}])
    s = summarise([tally_document(gold, [_action("1", "x", years=(2027, 2027))])])
    assert s["periods"] == 0 and s["period_accuracy"] is None


def test_letter_precision_and_non_commitments_taken() -> None:
    gold = _gold([{"anchor": "Het college stuurt vóór 1 juni 2026", "lead": ["Gemeente Arnhem"],
                   "end_year": 2026},
                  {"anchor": "Vitens werkt aan een regeling", "lead": ["Vitens"], "start_year": 2028}],
                 kind="letter",
                 not_commitments=["In juli 2025 liepen kelders onder water", "In deze brief informeren wij u",
                                  "De raad nam de motie aan"])
    pred = [
        _action("c1", "Het college stuurt vóór 1 juni 2026 het plan naar de raad.",
                {"lead": ["Gemeente Arnhem"]}, (None, 2026)),
        _action("c2", "In juli 2025 liepen kelders onder water."),
        _action("c3", "In deze brief informeren wij u over de aanpak."),
        # A commitment whose quote also holds a non-commitment is matched, so that one is not counted.
        _action("c4", "De raad nam de motie aan. Vitens werkt aan een regeling voor regenwater."),
    ]
    s = summarise([tally_document(gold, pred)])
    assert s["rows_found"] == 2 and s["letters"] == 1
    assert s["commitment_precision"] == 0.5
    assert (s["not_commitments_taken"], s["not_commitments"]) == (2, 3)
    assert s["period_accuracy"] == 0.5  # Vitens: no period extracted, gold 2028/null


def test_score_documents_per_type_and_failures(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    docs = {"tabel": _gold([{"code": "A1", "anchor": "een", "lead": ["X"]}]),
            "blokken": _gold([{"code": "1", "anchor": "twee", "lead": ["Y"]}], kind="label-blocks"),
            "brief": _gold([{"anchor": "wij zullen", "lead": ["Z"]}], kind="letter")}
    for name, g in docs.items():
        g.update(document=name, file=f"{name}.txt")
        (gold_dir / f"{name}.json").write_text(json.dumps(g), encoding="utf-8")

    def fake(path: Path) -> list[Action]:
        if path.stem == "blokken":
            raise RuntimeError("kapot")
        if path.stem == "tabel":
            return [_action("A 1", "een", {"lead": ["X"]})]
        return [_action("", "Wij zullen dat doen", {"lead": ["Z"]}), _action("", "achtergrond")]

    r = score_documents(tmp_path, extract=fake)
    assert set(r["types"]) == {"text-table", "label-blocks", "letter"}
    assert r["types"]["text-table"]["lead"]["f1"] == 1.0
    assert r["types"]["label-blocks"]["rows_found"] == 0
    assert r["documents"]["blokken"]["failed"] == "RuntimeError: kapot"
    assert r["types"]["letter"]["commitment_precision"] == 0.5
    assert (r["overall"]["rows"], r["overall"]["rows_found"]) == (3, 2)
    assert r["overall"]["commitment_precision"] == 0.5  # only letters count
    table = format_documents_table(r)
    assert table[0].split()[0] == "type" and table[-1].split()[:4] == ["overall", "3", "2/3", "0.80"]


def test_documents_section_has_a_row_per_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks import extraction_eval

    (tmp_path / "gold").mkdir()
    g = _gold([{"anchor": "wij zullen", "lead": ["Z"]}], kind="kamerbrief")
    (tmp_path / "gold" / "d.json").write_text(json.dumps(g), encoding="utf-8")
    monkeypatch.setattr(extraction_eval, "DOCUMENT_SETS", {"dev": tmp_path, "holdout": tmp_path / "none"})
    found = [_action("", "Wij zullen x", {"lead": ["Z"]})]
    monkeypatch.setattr(extraction_eval, "extract_file", lambda path: found)
    sec = extraction_eval.documents_section()
    assert [r[:4] for r in sec.rows] == [["dev", "kamerbrief", 1, "1/1"], ["dev", "overall", 1, "1/1"]]
    assert sec.rows[0][8] == "1.00" and sec.rows[0][9] == "0/0"


def test_main_lists_dev_differences_but_not_holdout_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import extraction_eval

    for name in ("dev", "holdout"):
        (tmp_path / name / "gold").mkdir(parents=True)
        g = _gold([{"code": f"{name}-1", "anchor": "x", "lead": ["Z"]}])
        (tmp_path / name / "gold" / "d.json").write_text(json.dumps(g), encoding="utf-8")
    monkeypatch.setattr(extraction_eval, "GOLD", tmp_path / "absent.json")
    monkeypatch.setattr(extraction_eval, "DOCUMENT_SETS", {n: tmp_path / n for n in ("dev", "holdout")})
    monkeypatch.setattr(extraction_eval, "extract_file", lambda path: [])
    assert extraction_eval.main(["--errors"]) == 0
    out = capsys.readouterr().out
    assert "'dev-1': missing" in out and "holdout-1" not in out
    lines = out.splitlines()
    assert [line.split()[0] for line in lines if line.startswith(("text-table", "overall"))] == \
        ["text-table", "overall"] * 2
    assert "  d (text-table): 0/1 rows, 0 actions extracted" in lines


def _document_text(folder: Path, gold: dict) -> str:
    path = folder / gold["file"]
    if path.suffix == ".pdf":
        from pypdf import PdfReader  # plain text is enough here; the product's parse adds layout work

        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", [DOCUMENT_SETS["dev"]], ids=["dev"])
def test_gold_files_are_well_formed(folder: Path) -> None:
    """Every gold file names its document, a known type and roles, and its anchors occur in the document."""
    golds = sorted((folder / "gold").glob("*.json"))
    if not golds:
        pytest.skip(f"no gold files in {folder}")
    for gold_path in golds:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        assert g["document"] == gold_path.stem == Path(g["file"]).stem, gold_path
        assert g["type"] in TYPES, gold_path
        text = norm_text(_document_text(folder, g))
        for a in g["actions"]:
            assert a["code"] or a["anchor"], (gold_path, a)
            assert not set(a) & {"commissioner", "partner"}, (gold_path, a)  # plural keys only
            assert all(isinstance(x, str) and x for key in ("lead", "partners") for x in a[key]), a
            assert {d["kind"] for d in a["dependencies"]} <= {"depends", "starts_after", "part_of", "related"}
        for words in [a["anchor"] for a in g["actions"] if not a["code"]] + g.get("not_commitments", []):
            assert norm_text(words) in text, (gold_path.name, words)
        if g["type"] in {"letter", "kamerbrief"}:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["letter_date"]), gold_path
