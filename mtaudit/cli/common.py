"""What the subcommands share: consoles, settings from options, and error handling."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from typer._click import exceptions as click_exceptions

from ..config import ENGLISH_CHOICES, AuditConfig, resolve_config
from ..errors import InputError, MtauditError
from ._app import ExitStatus


class Terminated(BaseException):
    """SIGTERM arrived: stop like an interrupt (BaseException, so no ``except Exception`` swallows it)."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def install_signal_handlers() -> None:
    """SIGTERM stops the run the way Ctrl-C does: temporary files removed, no report written."""
    import signal

    signal.signal(signal.SIGTERM, _on_sigterm)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started in the background


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while the reports are written, so that they are all written or
    none is; a signal that arrived meanwhile is acted on afterwards."""
    import signal

    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# Options several subcommands share, declared once.
CONFIG_OPTION = typer.Option(None, "--config", metavar="PATH",
                             help="Settings file (default: nearest mtaudit.toml or [tool.mtaudit]).")
EMBEDDER_OPTION = typer.Option(None, metavar="NAME", help="Embedding model: registry name, local path or hub name.")
CONTRADICTION_OPTION = typer.Option(None, metavar="NAME", help="Contradiction model: 'auto', 'none', a name or path.")
LM_OPTION = typer.Option(None, metavar="NAME", help="Language model for surprisal, or 'none'.")
GRAMMAR_OPTION = typer.Option(None, metavar="NAME", help="Grammar backend: harper, languagetool or none.")
LANGUAGETOOL_OPTION = typer.Option(None, metavar="URL", help="URL of a LanguageTool server.")
REPAIRS_OPTION = typer.Option(None, "--repairs/--no-repairs",
                              help="Try other word forms, orders and thesaurus neighbours where a sentence reads "
                                   "badly (the lm-repair and wrong-word checks; default on). --no-repairs is about "
                                   "3x faster on a CPU without bfloat16.")
ENGLISH_OPTION = typer.Option(None, "--english", case_sensitive=False,
                              help="Which spellings are right: any (default; 'favor' and 'favour' alike), us or gb.")
DEBUG_OPTION = typer.Option(False, "--debug", help="Show tracebacks and debug logs.")


# The choices come from the configuration's list, so the enum is built from it (mypy cannot follow that).
English = Enum("English", {choice: choice for choice in ENGLISH_CHOICES}, type=str)  # type: ignore[misc]
"""The ``--english`` choices, from the config's."""


class Severity(str, Enum):
    critical = "critical"
    major = "major"
    minor = "minor"


class FailOn(str, Enum):
    critical = "critical"
    major = "major"
    minor = "minor"
    never = "never"


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


@contextlib.contextmanager
def handled(debug: bool) -> Iterator[None]:
    """Turn mtaudit's errors into one message on stderr and exit status 2 (tracebacks only with --debug)."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    if not debug:
        for noisy in ("transformers", "sentence_transformers", "huggingface_hub", "torch"):
            logging.getLogger(noisy).setLevel(logging.ERROR)
    try:
        yield
    except MtauditError as exc:
        if debug:
            raise
        stderr_console().print(f"[bold red]mtaudit: error:[/bold red] {escape(str(exc))}", markup=True, soft_wrap=True,
                               highlight=False)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        if debug:
            raise
        stderr_console().print("[bold red]mtaudit: interrupted[/bold red]; no report was written.", markup=True,
                               highlight=False)
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except Terminated:
        stderr_console().print("[bold red]mtaudit: terminated[/bold red]; no report was written.", markup=True,
                               highlight=False)
        raise typer.Exit(ExitStatus.TERMINATED) from None
    except (typer.Exit, typer.Abort, click_exceptions.ClickException):
        raise
    except Exception as exc:  # fail closed: a gate must never pass on a crash
        if debug:
            raise
        stderr_console().print(f"[bold red]mtaudit: internal error:[/bold red] {type(exc).__name__}: "
                               f"{escape(str(exc))}. No report was written. Run again with --debug for the "
                               "traceback, and report it.", markup=True, soft_wrap=True, highlight=False)
        raise typer.Exit(ExitStatus.ERROR) from None


def build_config(config_path: Path | None, fail_on: FailOn | None = None, embedder: str | None = None,
                 contradiction: str | None = None, lm: str | None = None, grammar: str | None = None,
                 languagetool_url: str | None = None, accepted: Path | None = None,
                 repairs: bool | None = None, english: English | None = None) -> AuditConfig:
    """Settings from the config file, then the command-line options over them.

    The accepted-findings file is the option's, else the configured one, else
    ./mtaudit-accepted.json when it exists.
    """
    if accepted is not None and not accepted.exists():
        raise InputError(str(accepted), "the accepted-findings file does not exist",
                         f"Write it with 'mtaudit accept REPORT.json --output {accepted}', or leave --accepted out")
    config = resolve_config(config_path, accepted)
    models = config.models
    changes = {k: v for k, v in {"embedder": embedder, "contradiction": contradiction, "lm": lm, "grammar": grammar,
                                  "languagetool_url": languagetool_url, "lm_repairs": repairs}.items()
               if v is not None}
    if changes:
        import dataclasses

        models = dataclasses.replace(models, **changes)  # type: ignore[arg-type]  # each value fits its field
    return config.replace(models=models, fail_on=fail_on.value if fail_on is not None else config.fail_on,
                          english=english.value if english is not None else config.english)
