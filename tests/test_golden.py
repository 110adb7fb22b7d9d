"""Every report format, rendered from one hand-built report and compared with a file kept in
tests/golden/ (a snapshot, as ruff tests its emitters). A writer whose output changes fails
here; when the change is meant, write the files again with

    MTAUDIT_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

and read the diff before committing it.
"""

from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path

import pytest
from rich.console import Console

from mtaudit.report import csv as csv_report
from mtaudit.report import html as html_report
from mtaudit.report import json as json_report
from mtaudit.report import junit as junit_report
from mtaudit.report import markdown as markdown_report
from mtaudit.report import terminal as terminal_report

from test_reports import _report as _hand_built

GOLDEN = Path(__file__).resolve().parent / "golden"


def _report():  # type: ignore[no-untyped-def]
    """The hand-built report of test_reports, with a signature as the audit writes one."""
    signature = {"name": "mtaudit", "version": "0", "models": {"embedder": "all-MiniLM-L6-v2"},
                 "thresholds": {"link_similarity": 0.56}, "metrics": {"chrf": "nrefs:1|case:mixed"}}
    return dataclasses.replace(_hand_built(), signature=signature)


def _terminal(report) -> str:  # type: ignore[no-untyped-def]
    console = Console(file=io.StringIO(), width=120, color_system=None, force_terminal=False, record=True)
    terminal_report.render(console, report)
    return console.export_text()


WRITERS = {
    "report.json": json_report.render,
    "report.html": html_report.render,
    "report.md": markdown_report.render,
    "report.xml": junit_report.render,
    "report.csv": csv_report.render,
    "report.txt": _terminal,
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_writer_matches_its_golden_file(name):
    text = WRITERS[name](_report())
    assert text == WRITERS[name](_report()), "the same report must render the same way twice"
    path = GOLDEN / name
    if os.environ.get("MTAUDIT_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8", newline="\n")
    assert path.exists(), f"{path} is missing: write it with MTAUDIT_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed: see the module docstring"
