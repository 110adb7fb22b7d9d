"""The typer app every subcommand registers on, and the exit statuses of the command line."""

from __future__ import annotations

from enum import IntEnum

import typer

from .._version import __version__


class ExitStatus(IntEnum):
    """What the command line's exit status means."""

    PASS = 0
    """No flag reaches --fail-on (or --exit-zero)."""
    FAIL = 1
    """A flag reaches --fail-on: the reprint should not be published as it is."""
    ERROR = 2
    """Bad usage, input, configuration or model: the message says which and what to do."""
    INTERRUPTED = 130
    """Ctrl-C (SIGINT); no report is left behind."""
    TERMINATED = 143
    """SIGTERM; no report is left behind."""


app = typer.Typer(
    name="mtaudit",
    help="Audit machine-translated reprints against their English originals.\n\n"
         "Exit status: 0 pass, 1 a flag reached --fail-on, 2 bad usage, input or model.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mtaudit {__version__}")
        raise typer.Exit(ExitStatus.PASS)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Audit machine-translated reprints against their English originals."""
