"""What the subcommands share: consoles, settings from options, and error handling."""

from __future__ import annotations

import contextlib
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Iterator

import typer
from typer._click import exceptions as click_exceptions
from rich.console import Console

from ..config import AuditConfig, load_config
from ..errors import MtauditError


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
        stderr_console().print(f"[bold red]mtaudit: error:[/bold red] {exc}", markup=True, soft_wrap=True,
                               highlight=False)
        raise typer.Exit(exc.exit_code) from None
    except (typer.Exit, typer.Abort, click_exceptions.ClickException, KeyboardInterrupt):
        raise
    except Exception as exc:  # fail closed: a gate must never pass on a crash
        if debug:
            raise
        stderr_console().print(f"[bold red]mtaudit: internal error:[/bold red] {type(exc).__name__}: {exc}. "
                               "No report was written. Run again with --debug for the traceback, and "
                               "report it.", markup=True, soft_wrap=True, highlight=False)
        raise typer.Exit(2) from None


def build_config(config_path: Path | None, fail_on: FailOn | None = None, embedder: str | None = None,
                 contradiction: str | None = None, lm: str | None = None, grammar: str | None = None,
                 languagetool_url: str | None = None, accepted: Path | None = None) -> AuditConfig:
    """Settings from the config file, then the command-line options over them.

    The accepted-findings file is the option's, else the configured one, else
    ./mtaudit-accepted.json when it exists.
    """
    from ..accepted import DEFAULT_FILE

    config = load_config(config_path)
    if accepted is not None:
        config = config.replace(accepted_findings=str(accepted))
    elif config.accepted_findings is None and Path(DEFAULT_FILE).is_file():
        config = config.replace(accepted_findings=DEFAULT_FILE)
    models = config.models
    changes = {k: v for k, v in {"embedder": embedder, "contradiction": contradiction, "lm": lm, "grammar": grammar,
                                  "languagetool_url": languagetool_url}.items() if v is not None}
    if changes:
        import dataclasses

        models = dataclasses.replace(models, **changes)
    return config.replace(models=models, fail_on=fail_on.value if fail_on is not None else config.fail_on)
