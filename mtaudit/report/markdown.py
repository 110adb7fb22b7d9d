"""The Markdown report, for a pull-request or CMS comment: verdicts, counts, and the flagged
sentences as a table (original, reprint, flag, evidence)."""

from __future__ import annotations

import re

from ..types import FLAG_KINDS, AuditReport, DocumentReport
from . import evidence_text, original_text, sorted_flags


def _cell(text: str | None) -> str:
    """Text safe inside a table cell: no line breaks, pipes and markup characters escaped."""
    if not text:
        return ""
    text = " ".join(text.split())
    text = re.sub(r"([\\`*_{}\[\]<>|#])", r"\\\1", text)
    return text


def _document(report: AuditReport, doc: DocumentReport) -> list[str]:
    counts = doc.flag_counts()
    mark = "✅" if doc.verdict == "pass" else "❌"
    lines = [f"### {mark} {_cell(doc.document.path)}: {doc.verdict.upper()}", ""]
    linked = sum(1 for s in doc.sentences if s.aligned)
    lines.append(f"{len(doc.sentences)} sentences, {linked} linked to an original, "
                 f"{len(doc.omitted)} original sentences not carried. "
                 f"Flags: {', '.join(f'{counts[k]} {k}' for k in FLAG_KINDS if k in counts) or 'none'}.")
    if doc.originals:
        lines.append(f"Originals matched: {', '.join(_cell(p) for p in doc.originals)}.")
    for note in doc.notes:
        lines.append(f"Note: {_cell(note)}")
    flagged = [s for s in doc.sentences if s.flags]
    if flagged:
        lines += ["", "| # | original | reprint | flag | evidence |", "| --- | --- | --- | --- | --- |"]
        for s in flagged:
            for flag in sorted_flags(s):
                status = " (accepted)" if flag.accepted else ""
                lines.append(f"| {s.sentence.index + 1} | {_cell(original_text(s)) or '*(none)*'} | "
                             f"{_cell(s.sentence.text)} | **{flag.severity}** {flag.kind}{status}: "
                             f"{_cell(flag.message)} | {_cell(evidence_text(flag))} |")
    lines.append("")
    return lines


def render(report: AuditReport) -> str:
    failed = sum(1 for d in report.documents if d.verdict == "fail")
    lines = ["## mtaudit report", "",
             f"**{'FAIL' if failed else 'PASS'}**: {failed} of {len(report.documents)} reprint(s) failed "
             f"(fail on {report.fail_on}).", "",
             "| reprint | verdict | sentences | " + " | ".join(FLAG_KINDS) + " |",
             "| --- | --- | ---: | " + " | ".join("---:" for _ in FLAG_KINDS) + " |"]
    for doc in report.documents:
        counts = doc.flag_counts()
        lines.append(f"| {_cell(doc.document.path)} | {doc.verdict} | {len(doc.sentences)} | "
                     + " | ".join(str(counts.get(k, 0)) for k in FLAG_KINDS) + " |")
    lines.append("")
    for doc in report.documents:
        lines += _document(report, doc)
    return "\n".join(lines).rstrip("\n") + "\n"
