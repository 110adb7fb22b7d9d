"""The command line: a typer app, one module per subcommand, each a thin layer over the library.

Exit status: 0 no flag reaches --fail-on, 1 one does, 2 bad usage, input or model.
"""

from __future__ import annotations

import sys

import typer

from .. import __version__

app = typer.Typer(
    name="mtaudit",
    help="Audit machine-translated reprints against their English originals.\n\n"
         "Exit status: 0 pass, 1 a flag reached --fail-on, 2 bad usage, input or model.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mtaudit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Audit machine-translated reprints against their English originals."""


from . import audit as _audit  # noqa: E402,F401  (registers the subcommand)
from . import models as _models  # noqa: E402,F401
from . import align as _align  # noqa: E402,F401
from . import score as _score  # noqa: E402,F401


def main() -> None:
    """Entry point: typer's usage errors exit 2 (click's convention), our errors too;
    an interrupt exits 130, SIGTERM 143, and neither leaves a report behind."""
    from .common import Terminated, install_signal_handlers

    install_signal_handlers()
    try:
        app(prog_name="mtaudit")
    except KeyboardInterrupt:
        sys.stderr.write("mtaudit: interrupted\n")
        sys.exit(130)
    except Terminated:
        sys.stderr.write("mtaudit: terminated\n")
        sys.exit(143)
