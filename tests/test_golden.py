"""Every report format, rendered from one hand-built report and compared with a file kept in
tests/golden/ (a snapshot, as ruff tests its emitters). A writer whose output changes fails
here; when the change is meant, write the files again with

    MTAUDIT_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

and read the diff before committing it.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from mtaudit.report.formats import FORMATS

from test_reports import _report as _hand_built

GOLDEN = Path(__file__).resolve().parent / "golden"


def _report():  # type: ignore[no-untyped-def]
    """The hand-built report of test_reports, with a signature as the audit writes one."""
    signature = {"name": "mtaudit", "version": "0", "models": {"embedder": "all-MiniLM-L6-v2"},
                 "thresholds": {"link_similarity": 0.56}, "metrics": {"chrf": "nrefs:1|case:mixed"}}
    return dataclasses.replace(_hand_built(), signature=signature)


WRITERS = {f"report{f.suffix}": f.render for f in FORMATS}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_writer_matches_its_golden_file(name):
    text = WRITERS[name](_report())
    assert text == WRITERS[name](_report()), "the same report must render the same way twice"
    path = GOLDEN / name
    if os.environ.get("MTAUDIT_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8", newline="\n")
    assert path.exists(), f"{path} is missing: write it with MTAUDIT_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed: see the module docstring"
