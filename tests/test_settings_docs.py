"""Every setting documents itself: help text on the field, shown by `kg --help` (datasette's pattern)."""

from __future__ import annotations

from dataclasses import fields

import pytest
from click.testing import CliRunner

from kg.config import Settings
from nzkg.cli import main


@pytest.fixture(scope="module")
def help_text() -> str:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    return result.output


@pytest.mark.parametrize("setting", [f.name for f in fields(Settings)])
def test_settings_are_documented(setting: str, help_text: str) -> None:
    field = next(f for f in fields(Settings) if f.name == setting)
    help_line = field.metadata.get("help", "")
    assert len(help_line) > 20 and help_line.endswith("."), f"setting {setting} needs a help text"
    assert f"{setting} (KG_{setting.upper()}, default {field.default}): {help_line}" in help_text
