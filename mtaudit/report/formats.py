"""Every report format behind one interface: a name, the command-line option that writes it, its
usual file suffix, and ``render(report) -> str``. The command line and the tests read this
table; a new format is one writer module and one row here."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from rich.console import Console

from ..types import AuditReport
from . import csv, html, json, junit, markdown, terminal


@dataclass(frozen=True)
class Format:
    """One report format."""

    name: str
    option: str
    """The `mtaudit audit` option that writes it to a file (empty: printed only)."""
    suffix: str
    render: Callable[[AuditReport], str]
    """The whole report as text, written whole or not at all."""


def render_text(report: AuditReport, width: int = 120, verbose: bool = False, explain: bool = False,
                show_minor: bool = False) -> str:
    """The terminal report as plain text (no colours), as it prints at ``width`` columns."""
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False, record=True,
                      highlight=False)
    terminal.render(console, report, verbose=verbose, explain=explain, show_minor=show_minor)
    return console.export_text()


FORMATS: tuple[Format, ...] = (
    Format("json", "--json", ".json", json.render),
    Format("html", "--html", ".html", html.render),
    Format("markdown", "--markdown", ".md", markdown.render),
    Format("junit", "--junit", ".xml", junit.render),
    Format("csv", "--csv", ".csv", csv.render),
    Format("text", "", ".txt", render_text),
)

FORMAT_BY_NAME = {f.name: f for f in FORMATS}
