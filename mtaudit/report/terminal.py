"""The editor's report in the terminal (rich): verdicts, counts, and each flagged sentence
beside its original with the changed words highlighted."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..types import FLAG_KINDS, AuditReport, DocumentReport, SentenceReport, severity_rank
from . import changed_spans

SEVERITY_STYLE = {"critical": "bold white on red", "major": "bold red", "minor": "yellow"}


def diff_texts(original: str, reprint: str) -> tuple[Text, Text]:
    """Both sentences with the words that differ highlighted (removed / added)."""
    removed, added = changed_spans(original, reprint)
    left, right = Text(original), Text(reprint)
    for start, end in removed:
        left.stylize("bold magenta", start, end)
    for start, end in added:
        right.stylize("bold cyan", start, end)
    return left, right


def highlight_spans(text: str, report: SentenceReport) -> Text:
    out = Text(text)
    for flag in report.flags:
        span = flag.evidence.get("span")
        if isinstance(span, (list, tuple)) and len(span) == 2 and span[0] is not None:
            out.stylize("reverse " + SEVERITY_STYLE[flag.severity].replace("bold ", ""), int(span[0]), int(span[1]))
    return out


def _evidence(evidence: dict[str, Any]) -> str:
    shown = {k: v for k, v in evidence.items() if k not in ("span",)}
    return json.dumps(shown, ensure_ascii=False, default=str)


def _counts(doc: DocumentReport) -> str:
    counts = doc.flag_counts()
    return ", ".join(f"{counts[k]} {k}" for k in FLAG_KINDS if k in counts) or "no flags"


def render_document(console: Console, report: AuditReport, doc: DocumentReport, verbose: bool = False) -> None:
    style = "bold green" if doc.verdict == "pass" else "bold red"
    aligned = sum(1 for s in doc.sentences if s.aligned)
    lines = [
        Text.assemble(("Verdict: ", "bold"), (doc.verdict.upper(), style), f"  (fail on {report.fail_on})"),
        Text(f"Sentences: {len(doc.sentences)}, linked to an original: {aligned}, "
             f"original sentences not carried: {len(doc.omitted)}"),
        Text(f"Flags: {_counts(doc)}"),
    ]
    severities = doc.severity_counts()
    lines.append(Text("Severities: " + ", ".join(f"{v} {k}" for k, v in severities.items())))
    if doc.originals:
        lines.append(Text("Originals matched: " + ", ".join(doc.originals)))
    if doc.document.boilerplate:
        lines.append(Text(f"Set aside as boilerplate: {len(doc.document.boilerplate)} paragraph(s): " +
                          "; ".join(f"'{p.text[:40]}'" for p in doc.document.boilerplate[:6]) +
                          (" ..." if len(doc.document.boilerplate) > 6 else ""), style="dim"))
    for note in doc.notes:
        lines.append(Text(f"Note: {note}", style="yellow"))
    console.print(Panel(Group(*lines), title=f"[bold]{doc.document.path}[/bold]", expand=True))

    flagged = [s for s in doc.sentences if s.flags]
    flagged.sort(key=lambda s: (-max(severity_rank(f.severity) for f in s.flags), s.sentence.index))
    for s in flagged:
        worst = max(s.flags, key=lambda f: severity_rank(f.severity))
        table = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
        table.add_column("original", ratio=1)
        table.add_column(f"reprint, sentence {s.sentence.index + 1}", ratio=1)
        if s.aligned:
            original_text = " ".join(a.text for a in s.aligned if a.path == s.aligned[0].path)
            left, right = diff_texts(original_text, s.sentence.text)
            if not any(f.evidence.get("span") for f in s.flags):
                table.add_row(left, right)
            else:
                table.add_row(left, highlight_spans(s.sentence.text, s))
        else:
            context = (f"(no counterpart in the originals; closest original sentence, about the same event: "
                       f"{s.closest[0].text})" if s.closest else "(no counterpart in the originals)")
            table.add_row(Text(context, style="dim italic"), highlight_spans(s.sentence.text, s))
        flag_lines = []
        for flag in sorted(s.flags, key=lambda f: -severity_rank(f.severity)):
            flag_lines.append(Text.assemble((f" {flag.severity.upper()} ", SEVERITY_STYLE[flag.severity]), " ",
                                            (flag.kind, "bold"), f": {flag.message}",
                                            (" (accepted)" if flag.accepted else "", "green")))
            flag_lines.append(Text(f"    {flag.check}: {_evidence(dict(flag.evidence))}", style="dim"))
        scores = ", ".join(f"{k} {v:.2f}" for k, v in s.scores.items() if isinstance(v, (int, float)))
        flag_lines.append(Text(f"    scores: {scores}", style="dim"))
        console.print(Panel(Group(table, *flag_lines), border_style=SEVERITY_STYLE[worst.severity].split()[-1],
                            title=f"{worst.kind} ({worst.severity})", title_align="left"))
    if verbose and doc.omitted:
        console.print(Text("Original sentences not carried by this reprint:", style="bold"))
        for o in doc.omitted:
            console.print(Text(f"  {o.path}#{o.index + 1}: {o.text}", style="dim"))


def render(console: Console, report: AuditReport, verbose: bool = False) -> None:
    if report.mode == "reference-free":
        console.print(Text("No original given: reference-free audit (fluency, garble and internal checks only).",
                           style="yellow"))
    for group in report.variants:
        console.print(Text(f"Originals {' and '.join(group.paths)} are versions of one article "
                           f"({group.shared:.0%} of sentences shared); they count as one original.", style="cyan"))
    for doc in report.documents:
        render_document(console, report, doc, verbose)
    summary = Table(title="Summary", expand=False)
    summary.add_column("reprint")
    summary.add_column("verdict")
    summary.add_column("sentences", justify="right")
    summary.add_column("linked", justify="right")
    for kind in FLAG_KINDS:
        summary.add_column(kind, justify="right")
    for doc in report.documents:
        counts = doc.flag_counts()
        summary.add_row(doc.document.path, Text(doc.verdict, style="green" if doc.verdict == "pass" else "red"),
                        str(len(doc.sentences)), str(sum(1 for s in doc.sentences if s.aligned)),
                        *[str(counts.get(kind, 0)) for kind in FLAG_KINDS])
    console.print(summary)
