"""The layers hold: the import-linter contracts in pyproject.toml pass, and break on an upward import."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("nzkg", "kg", "ingest", "webui")


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("importlinter", reason="import-linter is a dev dependency (pip install -e '.[dev]')")
    lint = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(cwd)}  # the copy's packages before the editable install's
    return subprocess.run([str(lint), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_import_contracts_are_kept() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(("module", "line", "contract"), [
    ("kg/vocab.py", "import ingest.model", "layers"),             # the lowest layer reaching up
    ("ingest/model.py", "import nzkg.cli", "layers"),             # anything importing the command
    ("webui/views/api.py", "import webui.app", "views import webui.resources"),
])
def test_an_upward_import_breaks_a_contract(tmp_path: Path, module: str, line: str, contract: str) -> None:
    skip = shutil.ignore_patterns("__pycache__", "data", "static", "templates")
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=skip)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    broken = [ln for ln in result.stdout.splitlines() if ln.endswith("BROKEN")]
    assert len(broken) == 1 and broken[0].startswith(contract), result.stdout[-2000:]
