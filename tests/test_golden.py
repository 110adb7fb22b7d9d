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
from mtaudit.types import Flag

from test_reports import _report as _hand_built

GOLDEN = Path(__file__).resolve().parent / "golden"


def _report():  # type: ignore[no-untyped-def]
    """The hand-built report of test_reports, with a signature as the audit writes one and a
    changed quote on its first sentence (every flag kind appears)."""
    signature = {"name": "mtaudit", "version": "0", "models": {"embedder": "all-MiniLM-L6-v2"},
                 "thresholds": {"link_similarity": 0.56}, "metrics": {"chrf": "nrefs:1|case:mixed"}}
    report = _hand_built()
    quote = Flag("quote", "minor", "the quote is reworded: 'halted' became 'ended'", "quote",
                 {"span": [10, 15], "original_quote": "talks halted", "reprint_quote": "talks ended",
                  "changes": [{"original": "halted", "reprint": "ended", "span": [10, 15], "change": "wording"}],
                  "change": "wording", "counterpart": True})
    first = report.documents[0]
    sentences = (dataclasses.replace(first.sentences[0], flags=(quote,)), *first.sentences[1:])
    documents = (dataclasses.replace(first, sentences=sentences), *report.documents[1:])
    return dataclasses.replace(report, signature=signature, documents=documents)


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
