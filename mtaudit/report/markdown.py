"""The Markdown report, for a pull-request or CMS comment: verdicts, counts, and per reprint the
same fix list as the terminal report (each sentence at `FILE:LINE:COL`, the problem in bold, the
original beside it), then the minor slips one line each."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import FLAG_KINDS, AuditReport, DocumentReport, Flag, severity_rank
from . import cut_from, flag_span, flag_summary, original_text, positions, sorted_flags


def _cell(text: str | None) -> str:
    """Text safe inside a table cell: no line breaks, pipes and markup characters escaped."""
    if not text:
        return ""
    text = " ".join(text.split())
    text = re.sub(r"([\\`*_{}\[\]<>|#~])", r"\\\1", text)
    return text.replace("@", "@\u200b")  # no @mention in a pull-request comment


def _marked(text: str, flags: Sequence[Flag]) -> str:
    """The sentence, escaped, with each flag's span in bold."""
    def escaped(part: str) -> str:  # as _cell, keeping the spaces at either end
        return re.sub(r"([\\`*_{}\[\]<>|#~])", r"\\\1", re.sub(r"\s+", " ", part)).replace("@", "@\u200b")

    spans = sorted({span for span in (flag_span(f) for f in flags) if span is not None and span[1] > span[0]})
    out, cursor = [], 0
    for start, end in spans:
        if start < cursor:
            continue
        out += [escaped(text[cursor:start]), f"**{escaped(text[start:end]).strip()}**"]
        cursor = end
    out.append(escaped(text[cursor:]))
    return "".join(out).strip()


def _document(report: AuditReport, doc: DocumentReport) -> list[str]:
    mark = "✅" if doc.verdict == "pass" else "❌"
    lines = [f"### {mark} {_cell(doc.document.path)}: {doc.verdict.upper()}", ""]
    linked = sum(1 for s in doc.sentences if s.aligned)
    lines.append(f"{len(doc.sentences)} sentences, {linked} linked to an original, "
                 f"{len(doc.omitted)} original sentences not carried. "
                 f"Flags: {flag_summary(doc)}.")
    if doc.originals:
        lines.append(f"Originals matched: {', '.join(_cell(p) for p in doc.originals)}.")
    for note in doc.notes:
        lines.append(f"Note: {_cell(note)}")
    where = positions(doc.document, [s.sentence.text for s in doc.sentences])
    originals = {d.path: d for d in report.originals}

    def at(path: str, position: tuple[int, int] | None, sentence: int) -> str:
        path = path.replace("`", "'")  # a code span cannot hold a backtick
        return f"`{path}:{position[0]}:{position[1]}`" if position else f"`{path}`, sentence {sentence + 1}"

    serious = [s for s in doc.sentences if any(severity_rank(f.severity) >= 1 for f in s.flags)]
    serious.sort(key=lambda s: (-max(severity_rank(f.severity) for f in s.flags), s.sentence.index))
    if serious:
        lines += ["", "**To fix:**", ""]
    for number, s in enumerate(serious, 1):
        flags = [f for f in sorted_flags(s) if severity_rank(f.severity) >= 1]
        worst = flags[0]
        status = " (accepted)" if worst.accepted else ""
        lines.append(f"{number}. **{worst.severity}** {worst.kind}{status} at "
                     f"{at(doc.document.path, where[s.sentence.index], s.sentence.index)}: {_cell(worst.message)}")
        for flag in flags[1:]:
            status = " (accepted)" if flag.accepted else ""
            lines.append(f"   - also **{flag.severity}** {flag.kind}{status}: {_cell(flag.message)}")
        before = cut_from(doc, s, flags)
        lines.append(f"   > {_cell(before) + ' ' if before is not None else ''}{_marked(s.sentence.text, flags)}")
        if s.aligned:
            first = s.aligned[0]
            text = original_text(s) or ""
            document = originals.get(first.path)
            (position,) = positions(document, [text]) if document is not None else [None]
            lines += ["   >", f"   > *original* ({at(first.path, position, first.index)}): {_cell(text)}"]
    minors = [(s, f) for s in doc.sentences for f in s.flags if f.severity == "minor"]
    if minors:
        lines += ["", f"**Minor** ({len(minors)}):", ""]
        for s, flag in minors:
            lines.append(f"- {at(doc.document.path, where[s.sentence.index], s.sentence.index)} "
                         f"{flag.kind}: {_cell(flag.message)}")
    lines.append("")
    return lines


def render(report: AuditReport) -> str:
    failed = sum(1 for d in report.documents if d.verdict == "fail")
    lines = ["## mtaudit report", "",
             f"**{'FAIL' if failed else 'PASS'}**: {failed} of {len(report.documents)} reprint(s) failed "
             f"(fail on {report.fail_on}).", "",
             "| reprint | verdict | sentences | linked | " + " | ".join(FLAG_KINDS) + " | minor |",
             "| --- | --- | ---: | ---: | " + " | ".join("---:" for _ in FLAG_KINDS) + " | ---: |"]
    for doc in report.documents:
        counts = doc.flag_counts(minor=False)
        lines.append(f"| {_cell(doc.document.path)} | {doc.verdict} | {len(doc.sentences)} | "
                     f"{sum(1 for s in doc.sentences if s.aligned)} | "
                     + " | ".join(str(counts.get(k, 0)) for k in FLAG_KINDS)
                     + f" | {sum(doc.flag_counts(minor=True).values())} |")
    lines += ["", "Flags at major or critical by kind; minor flags counted apart.", ""]
    for doc in report.documents:
        lines += _document(report, doc)
    return "\n".join(lines).rstrip("\n") + "\n"
