"""mtaudit checks: every check, what it finds, its flag kind and severity, where it lives and
the settings that decide it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from ._app import app
from .common import CONFIG_OPTION, DEBUG_OPTION, build_config, handled


@app.command("checks")
def checks(
    as_json: bool = typer.Option(False, "--json", help="Print the index as JSON."),
    config_path: Path | None = CONFIG_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """List every check: its id, flag kind, severity, module and settings."""
    from ..checks import check_index

    with handled(debug):
        config = build_config(config_path)
        rows: list[dict[str, Any]] = [{"id": c.id, "kind": c.kind, "severity": c.severity, "graded": c.graded,
                 "module": f"mtaudit/checks/{c.module}",
                 "finds": c.finds, "settings": c.settings(config.thresholds, config.english)}
                for c in check_index()]
        if as_json:
            typer.echo(json.dumps(rows, indent=2))
            return
        table = Table(title="mtaudit checks", show_lines=False)
        for column in ("check", "kind", "severity", "module", "finds", "settings"):
            table.add_column(column, overflow="fold")
        for row in rows:
            settings = ", ".join(f"{k} {v}" for k, v in row["settings"].items())
            severity = f"{row['severity']} ({row['graded']})" if row["graded"] else row["severity"]
            table.add_row(row["id"], row["kind"], severity, row["module"].rsplit("/", 1)[-1], row["finds"], settings)
        Console().print(table)
