"""The README's `kg` examples parse as written: every subcommand, option and choice exists."""

from __future__ import annotations

import shlex
from pathlib import Path

import click

from nzkg.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def _examples() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Using it", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    lines = [line.split("  #", 1)[0].split(" > ", 1)[0].strip() for line in block.splitlines()]
    return [shlex.split(line) for line in lines if line.startswith("kg ")]


def test_readme_examples_parse() -> None:
    examples = _examples()
    assert len(examples) >= 8
    for words in examples:
        command: click.Command = main
        args = words[1:]
        while isinstance(command, click.Group):
            name, args = args[0], args[1:]
            found = command.get_command(click.Context(command), name)
            assert found is not None, f"README: no command {name!r} in {' '.join(words)}"
            command = found
        command.make_context(command.name or "", list(args))  # raises on an unknown option or choice
