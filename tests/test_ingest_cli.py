"""The `kg` command-line contract end to end, as subprocesses on small real inputs."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ENCRYPTED = SHARED / "pdf-samples" / "005-libreoffice-writer-password_libreoffice-writer-password.pdf"
ACTION_KEYS = {"id", "code", "title", "document", "lead", "partners", "roles", "period", "dependencies",
               "source"}

GOOD = """Uitvoeringsagenda Proefpolder 2027

Uitvoeringsafspraak A: Dijkversterking en woningbouw langs de Zaan

Gemeenschappelijke uitvoeringsafspraak van:
•\tGemeente Zaanstad (initiatiefnemer)
•\tProvincie Noord-Holland (betrokken)

Gemeente Zaanstad en de provincie stemmen de planning van de dijkversterking af op de woningbouw.

Planning:
•\tGedurende 2027 en 2028 twee keer per jaar bestuurlijk overleg.
"""


def kg(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", "from nzkg.cli import main; main()", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kg: ")]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("cli")
    folder = root / "in"
    folder.mkdir()
    (folder / "proefpolder.txt").write_text(GOOD, encoding="utf-8")
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Overleg met de gemeente \xe9n de provincie.\n".encode("latin-1"))
    bad = ["leeg.txt", "latin1.txt"]
    if ENCRYPTED.is_file():
        shutil.copyfile(ENCRYPTED, folder / "versleuteld.pdf")
        bad.append("versleuteld.pdf")
    missing = root / "bestaat-niet.txt"
    store = root / "store"
    first = kg("ingest", str(folder), str(missing), "--store", str(store), "--model", "none", "--quiet")
    return {"folder": folder, "missing": missing, "store": store, "first": first,  # type: ignore[dict-item]
            "bad": bad}  # type: ignore[dict-item]


def test_bad_files_named_once_each_and_good_file_ingested(mixed: dict) -> None:
    r = mixed["first"]
    assert r.returncode == 1, r.stderr
    lines = error_lines(r.stderr)
    names = [*mixed["bad"], str(mixed["missing"])]
    assert len(lines) == len(names), lines
    for name in names:
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert not any("proefpolder" in line for line in lines)
    stats = json.loads(kg("stats", "--json", "--store", str(mixed["store"])).stdout)
    assert stats["documents"] == 1 and stats["passages"] > 0 and stats["actions"] >= 1


def test_folder_without_supported_files_is_named_and_fails(tmp_path: Path) -> None:
    folder = tmp_path / "word"
    folder.mkdir()
    for name in ("a.docx", "b.docx", "c.DOCX"):
        (folder / name).write_bytes(b"PK\x03\x04")
    r = kg("ingest", str(folder), "--store", str(tmp_path / "store"), "--model", "none", "--quiet")
    assert r.returncode == 1, r.stderr
    assert "3 bestanden overgeslagen: .docx wordt niet ondersteund" in r.stderr
    assert "geen enkel document gelezen" in r.stderr


def test_summary_and_stats_count_the_same_actors(mixed: dict) -> None:
    r = kg("ingest", str(mixed["folder"]), "--store", str(mixed["store"]), "--model", "none", "--quiet")
    stats = json.loads(kg("stats", "--json", "--store", str(mixed["store"])).stdout)
    assert stats["actors_named"] >= 2  # Zaanstad and the province hold roles
    assert f"{stats['actors_named']} actoren genoemd" in r.stderr, r.stderr


def test_rerun_changes_nothing(mixed: dict) -> None:
    store = str(mixed["store"])
    before = kg("stats", "--json", "--store", store).stdout
    r = kg("ingest", str(mixed["folder"]), str(mixed["missing"]), "--store", store, "--model", "none",
           "--quiet")
    assert r.returncode == 1
    assert len(error_lines(r.stderr)) == len(mixed["bad"]) + 1
    assert kg("stats", "--json", "--store", store).stdout == before


def test_export_actions_json_contract(mixed: dict) -> None:
    r = kg("export", "actions", "--store", str(mixed["store"]), "--format", "json")
    assert r.returncode == 0, r.stderr
    actions = json.loads(r.stdout)["actions"]
    assert actions
    for action in actions:
        assert ACTION_KEYS <= set(action), ACTION_KEYS - set(action)
        assert {"text", "start_year", "end_year"} <= set(action["period"])
        assert {"page", "quote"} <= set(action["source"])
        for dep in action["dependencies"]:
            assert {"kind", "target_code", "target"} <= set(dep)
    ua = next(a for a in actions if "Dijkversterking" in (a["title"] or ""))
    assert "Gemeente Zaanstad" in json.dumps(ua["lead"], ensure_ascii=False)
    assert ua["period"]["start_year"] == 2027 and ua["source"]["page"] >= 1
    assert ua["source"]["quote"] and ua["source"]["quote"] in GOOD.replace("\t", " ") + GOOD


def test_export_actions_csv_parses_with_semicolons(mixed: dict) -> None:
    r = kg("export", "actions", "--store", str(mixed["store"]), "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout.lstrip("\ufeff")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert len(header) > 5 and body
    assert all(len(row) == len(header) for row in body)
    assert any("Dijkversterking" in cell for row in body for cell in row)


def test_search_json(mixed: dict) -> None:
    r = kg("search", "dijkversterking", "woningbouw", "--store", str(mixed["store"]), "--json", "-k", "3")
    assert r.returncode == 0, r.stderr
    results = json.loads(r.stdout)["results"]
    assert 1 <= len(results) <= 3
    for hit in results:
        assert {"score", "document", "page", "text"} <= set(hit)
        assert hit["document"] == "proefpolder" and hit["page"] >= 1
    assert "ijkversterking" in results[0]["text"]


def test_validate_examples_folder(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    r = kg("ingest", str(ROOT / "examples"), "--store", store, "--model", "none", "--quiet")
    assert r.returncode == 0, r.stderr
    v = kg("validate", "--store", store)
    assert v.returncode == 0, v.stdout + v.stderr
