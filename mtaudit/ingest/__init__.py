"""Reading input: files of any common encoding or format into paragraphs, with site boilerplate
set aside and the language checked (``read.py``, ``language.py``), and JSON-lines inputs
(``jsonl.py``)."""

from __future__ import annotations

from .read import read_document, read_text

__all__ = ["read_document", "read_text"]
