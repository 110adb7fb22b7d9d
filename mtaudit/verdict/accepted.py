"""Accepted findings: flags an editor has checked and let stand, so that the next run passes.

A finding is keyed by a hash of its sentence (whitespace collapsed) and the flag kind, so it
stays accepted when the article is re-sent unchanged and comes back if the sentence changes.
The file is JSON, written by ``mtaudit accept REPORT.json``::

    {"version": 1, "accepted": [{"sentence": "3f1c...", "kind": "garbled",
                                 "text": "...", "path": "story.txt", "message": "..."}]}

Only ``sentence`` and ``kind`` decide; the other fields are there for the reviewer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import InputError, read_input_text
from ..types import SEVERITIES, severity_rank

FORMAT_VERSION = 1

Key = tuple[str, str]


def sentence_key(text: str) -> str:
    """The hash that identifies a sentence across runs (16 hex digits of SHA-256)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _entries(path: Path) -> list[dict[str, Any]]:
    fix = f"Write it with 'mtaudit accept REPORT.json --output {path}', or remove it"
    data = _json_file(path, fix, missing="the accepted-findings file does not exist")
    entries = data.get("accepted") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and isinstance(e.get("sentence"), str) and isinstance(e.get("kind"), str)
            for e in entries):
        raise InputError(str(path), "is not an accepted-findings file (it needs an 'accepted' list of "
                                    "objects with 'sentence' and 'kind')", fix)
    return entries


def _json_file(path: Path, fix: str, missing: str = "no such file") -> Any:
    text = read_input_text(path, fix, missing)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not valid JSON (line {exc.lineno}: {exc.msg})", fix) from None


def read_accepted(path: str | Path) -> frozenset[Key]:
    """The (sentence hash, flag kind) pairs accepted in ``path``; none while the file does not
    exist yet (``mtaudit accept`` writes it there)."""
    if not Path(path).exists():
        return frozenset()
    return frozenset((e["sentence"], e["kind"]) for e in _entries(Path(path)))


def findings_in_report(report: Mapping[str, Any], min_severity: str = "minor") -> list[dict[str, Any]]:
    """Entries for every flag of a JSON report at or above ``min_severity``."""
    if min_severity not in SEVERITIES:
        raise ValueError(min_severity)
    out = []
    for doc in report.get("documents", []):
        for sentence in doc.get("sentences", []):
            for flag in sentence.get("flags", []):
                if severity_rank(flag["severity"]) < severity_rank(min_severity):
                    continue
                out.append({"sentence": sentence_key(sentence["text"]), "kind": flag["kind"],
                            "text": sentence["text"], "path": doc.get("path"), "message": flag.get("message")})
    return out


def read_report(path: str | Path) -> dict[str, Any]:
    """A JSON report written by ``mtaudit audit --json``."""
    path = Path(path)
    fix = "Give the file written by 'mtaudit audit --json PATH'"
    data = _json_file(path, fix)
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list) or "schema_version" not in data:
        raise InputError(str(path), "is not an mtaudit JSON report", fix)
    return data


def merge(existing: Iterable[Mapping[str, Any]], new: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Existing entries first, then new ones not yet accepted; sorted for stable files."""
    merged: dict[Key, dict[str, Any]] = {}
    for entry in (*existing, *new):
        merged.setdefault((entry["sentence"], entry["kind"]), dict(entry))
    return sorted(merged.values(), key=lambda e: (str(e.get("path")), e["sentence"], e["kind"]))


def render(entries: Iterable[Mapping[str, Any]]) -> str:
    return json.dumps({"version": FORMAT_VERSION, "accepted": list(entries)}, ensure_ascii=False, indent=2) + "\n"


def existing_entries(path: Path) -> list[dict[str, Any]]:
    return _entries(path) if path.exists() else []
