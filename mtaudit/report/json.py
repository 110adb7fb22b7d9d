"""The JSON report: a contract that other tools read (schema_version 1).

Keys may be added in later versions; existing keys keep their names and meaning.
Sentence offsets (``start``, ``end``) are character offsets within the sentence's
paragraph, and ``paragraph`` indexes the document's paragraphs as read, boilerplate
included: these indexes and offsets count from 0. ``line`` and ``column`` say where the
sentence begins in its file, counted from 1 as editors and compilers count them (null when
the file does not show the sentence as written, as in an HTML page).
"""

from __future__ import annotations

import json
from typing import Any

from ..types import AuditReport, DocumentReport
from . import positions

SCHEMA_VERSION = 1


def document_dict(doc: DocumentReport) -> dict[str, Any]:
    sentences = []
    where = positions(doc.document, [report.sentence.text for report in doc.sentences])
    for report, position in zip(doc.sentences, where):
        s = report.sentence
        sentences.append({
            "index": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end,
            "line": position[0] if position else None, "column": position[1] if position else None, "text": s.text,
            "notice": s.notice,
            "aligned": [{"path": a.path, "index": a.index, "text": a.text, "similarity": a.similarity}
                        for a in report.aligned],
            "closest": [{"path": a.path, "index": a.index, "text": a.text, "similarity": a.similarity}
                        for a in report.closest],
            "scores": dict(report.scores),
            "flags": [flag.to_dict() for flag in report.flags],
        })
    return {
        "path": doc.document.path,
        "format": doc.document.format,
        "verdict": doc.verdict,
        "originals": list(doc.originals),
        "notes": list(doc.notes),
        "boilerplate": [{"text": p.text, "paragraph": p.index, "reason": p.boilerplate}
                        for p in doc.document.boilerplate],
        "sentences": sentences,
        "omitted": [{"path": o.path, "index": o.index, "text": o.text} for o in doc.omitted],
        "summary": {
            "sentences": len(doc.sentences),
            "aligned": sum(1 for s in doc.sentences if s.aligned),
            "flags": doc.flag_counts(),
            "severities": doc.severity_counts(),
        },
    }


def report_dict(report: AuditReport) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {
            "name": report.signature["name"],
            "version": report.signature["version"],
            "models": report.signature["models"],
            "thresholds": report.signature["thresholds"],
            "metrics": report.signature["metrics"],
            "checks": report.signature.get("checks", {}),
        },
        "mode": report.mode,
        "fail_on": report.fail_on,
        "originals": [{"path": d.path, "format": d.format, "title": d.title, "date": d.date, "url": d.url}
                      for d in report.originals],
        "variants": [{"paths": list(v.paths), "shared": v.shared} for v in report.variants],
        "documents": [document_dict(doc) for doc in report.documents],
    }


def render(report: AuditReport) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
