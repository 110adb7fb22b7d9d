"""CSV for spreadsheets: one row per reprint sentence with its scores and flags."""

from __future__ import annotations

import csv
import io

from ..types import AuditReport
from . import original_text, sorted_flags

SCORE_COLUMNS = ("similarity", "chrf", "bleu", "ter", "drift", "conflict", "fluency", "surprisal", "risk")
COLUMNS = ("reprint", "verdict", "sentence", "paragraph", "text", "original", *SCORE_COLUMNS,
           "worst", "flags", "messages")


def _formula_safe(text: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading apostrophe stops that."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render(report: AuditReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for doc in report.documents:
        for s in doc.sentences:
            flags = sorted_flags(s)
            scores = [s.scores.get(name) for name in SCORE_COLUMNS]
            writer.writerow([
                _formula_safe(doc.document.path), doc.verdict, s.sentence.index + 1, s.sentence.paragraph + 1,
                _formula_safe(s.sentence.text), _formula_safe(original_text(s) or ""),
                *["" if v is None else v for v in scores],
                flags[0].severity if flags else "",
                "; ".join(f"{f.kind}/{f.severity}" + ("/accepted" if f.accepted else "") for f in flags),
                _formula_safe(" | ".join(f.message for f in flags)),
            ])
    return out.getvalue()
