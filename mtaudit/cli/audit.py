"""mtaudit audit REPRINT... --original ORIGINAL: the full audit and the gate."""

from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from . import app
from .common import FailOn, build_config, handled, stderr_console


@app.command("audit")
def audit_cli(
    reprints: List[str] = typer.Argument(..., metavar="REPRINT...", help="Reprint files to audit."),
    original: Optional[List[str]] = typer.Option(None, "--original", "-o", metavar="ORIGINAL",
                                                 help="An original (repeat for several). None: reference-free audit."),
    json_path: Optional[Path] = typer.Option(None, "--json", metavar="PATH", help="Write the JSON report here."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", case_sensitive=False,
                                             help="Lowest severity that fails the run (exit 1). Default: major."),
    config_path: Optional[Path] = typer.Option(None, "--config", metavar="PATH",
                                               help="Settings file (default: nearest mtaudit.toml or [tool.mtaudit])."),
    embedder: Optional[str] = typer.Option(None, help="Embedding model: registry name, local path or hub name."),
    contradiction: Optional[str] = typer.Option(None, help="Contradiction model: 'auto', 'none', a name or path."),
    lm: Optional[str] = typer.Option(None, help="Language model for surprisal, or 'none'."),
    grammar: Optional[str] = typer.Option(None, help="Grammar backend: harper, languagetool or none."),
    languagetool_url: Optional[str] = typer.Option(None, help="URL of a LanguageTool server."),
    max_bytes: int = typer.Option(5_000_000, help="Refuse input files larger than this."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also list the original sentences not carried."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print no terminal report."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks and debug logs."),
) -> None:
    """Audit reprints against originals; print the report and exit 0 (pass), 1 (fail) or 2 (error)."""
    from ..pipeline import audit_files
    from ..report import json as json_report
    from ..report import terminal, write_atomic

    err = stderr_console()
    with handled(debug):
        config = build_config(config_path, fail_on, embedder, contradiction, lm, grammar, languagetool_url)
        with err.status("auditing", spinner="dots") as status:
            report = audit_files(reprints, original or [], config, max_bytes=max_bytes,
                                 progress=lambda message: status.update(message))
        if json_path is not None:
            write_atomic(json_path, json_report.render(report))
        if not quiet:
            width = None if os.isatty(1) else 120
            terminal.render(Console(width=width, highlight=False), report, verbose=verbose)
        if json_path is not None:
            err.print(f"wrote {json_path}", highlight=False)
    raise typer.Exit(1 if report.failed else 0)
