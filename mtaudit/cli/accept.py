"""mtaudit accept: an editor's checked findings of a report, written to the accepted-findings file
so that the next run passes."""

from __future__ import annotations

from pathlib import Path

import typer

from ._app import app
from .common import CONFIG_OPTION, DEBUG_OPTION, Severity, handled, stderr_console


@app.command("accept")
def accept_cli(
    report_path: Path = typer.Argument(..., metavar="REPORT.json", help="A JSON report of 'mtaudit audit --json'."),
    output: Path | None = typer.Option(None, "--output", metavar="PATH",
                                          help="Accepted-findings file to write (default: the configured one, "
                                               "or ./mtaudit-accepted.json)."),
    min_severity: Severity = typer.Option(Severity.minor, "--min-severity", case_sensitive=False,
                                          help="Accept flags of this severity and above."),
    config_path: Path | None = CONFIG_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Accept every finding of a report that an editor has checked, so that the next run passes.

    Findings are keyed by a hash of the sentence and the flag kind; the file keeps earlier
    acceptances. Remove an entry (or the file) to make the finding count again.
    """
    from ..config import DEFAULT_ACCEPTED_FILE, load_config
    from ..report import write_atomic
    from ..verdict import accepted as acc

    err = stderr_console()
    with handled(debug):
        config = load_config(config_path)
        target = output or Path(config.accepted_findings or DEFAULT_ACCEPTED_FILE)
        report = acc.read_report(report_path)
        new = acc.findings_in_report(report, min_severity.value)
        existing = acc.existing_entries(target)
        merged = acc.merge(existing, new)
        write_atomic(target, acc.render(merged))
        added = len(merged) - len(existing)
        err.print(f"accepted {added} new finding(s) ({len(merged)} in all); wrote {target}", highlight=False)
