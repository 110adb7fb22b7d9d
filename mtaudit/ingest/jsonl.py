"""JSON Lines input shared by `mtaudit align --batch` and `mtaudit score`: one object a line,
every problem reported with the file and line number."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError, read_input_text


def read_objects(path: str | Path, example: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, object) for each non-blank line; ``where`` is "PATH, line N" for messages.
    ``example`` shows the expected object in error messages."""
    path = Path(path)
    text = read_input_text(path, "Name a UTF-8 JSON Lines (.jsonl) file", missing="does not exist")
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            where = f"{'standard input' if str(path) == '-' else path}, line {number}"
            yield where, parse_object(line, where, example)


def parse_object(line: str, where: str, example: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not valid JSON ({exc.msg} at column {exc.colno})",
                         f"Write one JSON object per line, like {example}") from None
    if not isinstance(data, dict):
        raise InputError(where, "is not a JSON object", f"Write one JSON object per line, like {example}")
    return data


def require(data: dict[str, Any], fields: tuple[str, ...], where: str) -> None:
    for field in fields:
        if field not in data:
            raise InputError(where, f"has no '{field}' field", f"Every line needs {', '.join(map(repr, fields))}")
