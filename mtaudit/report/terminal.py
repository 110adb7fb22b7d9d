"""The editor's report in the terminal (rich): per reprint, the verdict, then a numbered list of
what to fix, gravest first. Each entry gives FILE:LINE:COL of the sentence in the input file (as
compilers print it, so that an editor can jump there), its severity and kind, the sentence with
the problem marked, the original beside it, and what is wrong in plain words. Minor flags follow
in one line each. Scores and raw evidence appear only with ``explain``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..types import FLAG_KINDS, AuditReport, Document, DocumentReport, Flag, SentenceReport, severity_rank
from . import cut_from, flag_span, flag_summary, no_counterpart, positions

SEVERITY_STYLE = {"critical": "bold white on red", "major": "bold red", "minor": "yellow"}


def _worst(report: SentenceReport) -> Flag:
    return max(report.flags, key=lambda f: severity_rank(f.severity))


def _where(path: str, position: tuple[int, int] | None, sentence: int) -> str:
    if position is None:
        return f"{path}: sentence {sentence + 1}"
    return f"{path}:{position[0]}:{position[1]}"


def _marked(text: str, flags: Sequence[Flag], markers: bool) -> Text:
    """The sentence with each flag's span styled, and, where styles may not show (a pipe, a
    file), put between » and «."""
    spans = sorted({span for span in (flag_span(f) for f in flags) if span is not None and span[1] > span[0]})
    kept: list[tuple[int, int, str]] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            continue
        worst = max((f for f in flags if flag_span(f) == (start, end)), key=lambda f: severity_rank(f.severity))
        kept.append((start, end, worst.severity))
    out = Text()
    cursor = 0
    for start, end, severity in kept:
        out.append(text[cursor:start])
        out.append(f"»{text[start:end]}«" if markers else text[start:end],
                   style="reverse " + SEVERITY_STYLE[severity].replace("bold ", ""))
        cursor = end
    out.append(text[cursor:])
    return out


class _Locator:
    """FILE:LINE:COL of reprint and original sentences."""

    def __init__(self, report: AuditReport) -> None:
        self.originals = {doc.path: doc for doc in report.originals}

    def reprint(self, doc: DocumentReport) -> list[tuple[int, int] | None]:
        return positions(doc.document, [s.sentence.text for s in doc.sentences])

    def original(self, path: str, text: str) -> str:
        document: Document | None = self.originals.get(path)
        (position,) = positions(document, [text]) if document is not None else [None]
        return f"{path}:{position[0]}" if position is not None else path


def _entry(console: Console, number: int, doc: DocumentReport, s: SentenceReport, where: str, locate: _Locator,
           flags: Sequence[Flag], explain: bool, markers: bool) -> None:
    worst = max(flags, key=lambda f: severity_rank(f.severity))
    console.print(Text.assemble((f"{number:>3}. ", "bold"), (where, "bold"), "  ",
                                (f" {worst.severity} ", SEVERITY_STYLE[worst.severity]), " ", (worst.kind, "bold")))
    sentence = _marked(s.sentence.text, flags, markers)
    before = cut_from(doc, s, flags)
    if before is not None:
        sentence = Text.assemble((before + " ", "dim"), sentence)
    console.print(_indented(sentence))
    if s.aligned:
        first = s.aligned[0]
        text = " ".join(a.text for a in s.aligned if a.path == first.path)
        console.print(_indented(Text.assemble(("original ", "bold dim"),
                                              (f"({locate.original(first.path, text)}): ", "dim"), (text, "dim"))))
    else:
        console.print(_indented(Text(no_counterpart(s), style="dim italic")))
    for flag in sorted(flags, key=lambda f: -severity_rank(f.severity)):
        tag = "" if flag is worst else f"{flag.severity} {flag.kind}: "
        console.print(_indented(Text.assemble("→ ", tag, flag.message,
                                              (" (accepted)" if flag.accepted else "", "green"))))
        if explain:
            shown = {k: v for k, v in flag.evidence.items() if k != "span"}
            console.print(_indented(Text(f"{flag.check}: {json.dumps(shown, ensure_ascii=False, default=str)}",
                                         style="dim"), 7))
    if explain:
        scores = ", ".join(f"{k} {v:.2f}" for k, v in s.scores.items() if isinstance(v, (int, float)))
        console.print(_indented(Text(f"scores: {scores}", style="dim"), 7))


def _indented(text: Text, left: int = 5) -> Padding:
    """Wrapped lines keep the entry's indent."""
    return Padding(text, (0, 0, 0, left))


def render_document(console: Console, report: AuditReport, doc: DocumentReport, verbose: bool = False,
                    explain: bool = False, show_minor: bool = False, locate: _Locator | None = None) -> None:
    locate = locate or _Locator(report)
    markers = not console.is_terminal or console.no_color
    serious = [s for s in doc.sentences if any(severity_rank(f.severity) >= 1 for f in s.flags)]
    minor_only = [s for s in doc.sentences if s.flags and s not in serious]
    minor_count = sum(1 for s in doc.sentences for f in s.flags if f.severity == "minor")
    style = "bold green" if doc.verdict == "pass" else "bold red"
    headline = f"{len(serious)} sentence(s) to fix" if serious else "nothing to fix"
    console.print(Text.assemble((doc.document.path, "bold"), ": ", (doc.verdict.upper(), style),
                                f" (fail on {report.fail_on}): {headline}, {minor_count} minor slip(s)"))
    aligned = sum(1 for s in doc.sentences if s.aligned)
    facts = [f"{len(doc.sentences)} sentences, {aligned} linked to an original",
             f"{len(doc.omitted)} original sentences not carried"]
    if doc.document.boilerplate:
        facts.append(f"{len(doc.document.boilerplate)} paragraph(s) set aside as boilerplate")
    console.print(_indented(Text("; ".join(facts) + f". Flags: {flag_summary(doc)}.", style="dim"), 2))
    for note in doc.notes:
        console.print(_indented(Text(f"Note: {note}", style="yellow"), 2))
    where = locate.reprint(doc)

    entries = sorted(serious + (minor_only if show_minor else []),
                     key=lambda s: (-severity_rank(_worst(s).severity), s.sentence.index))
    for number, s in enumerate(entries, 1):
        shown = s.flags if show_minor else tuple(f for f in s.flags if severity_rank(f.severity) >= 1)
        _entry(console, number, doc, s, _where(doc.document.path, where[s.sentence.index], s.sentence.index),
               locate, shown, explain, markers)
    minors = [(s, f) for s in doc.sentences for f in s.flags if f.severity == "minor"]
    if minors and not show_minor:
        console.print(Text(f"  minor ({len(minors)}; --show minor lists them in full):", style="yellow"))
        for s, flag in minors:
            line = Text.assemble("    ", (_where(doc.document.path, where[s.sentence.index], s.sentence.index), "dim"),
                                 f"  {flag.kind}: {flag.message}")
            line.truncate(max(20, console.width - 1), overflow="ellipsis")
            console.print(line)
    if verbose and doc.omitted:
        console.print(Text("  Original sentences not carried by this reprint:", style="bold"))
        for o in doc.omitted:
            console.print(Text(f"    {locate.original(o.path, o.text)}: {o.text}", style="dim"))
    console.print()


def render(console: Console, report: AuditReport, verbose: bool = False, explain: bool = False,
           show_minor: bool = False) -> None:
    if report.mode == "reference-free":
        console.print(Text("No original given: reference-free audit (fluency, garble and internal checks only).",
                           style="yellow"))
    for group in report.variants:
        console.print(Text(f"Originals {' and '.join(group.paths)} are versions of one article "
                           f"({group.shared:.0%} of sentences shared); they count as one original.", style="cyan"))
    locate = _Locator(report)
    for doc in report.documents:
        render_document(console, report, doc, verbose, explain, show_minor, locate)
    summary = Table(title="Summary", caption="flags at major or critical by kind; minor flags counted apart",
                    expand=False)
    summary.add_column("reprint")
    summary.add_column("verdict")
    summary.add_column("sentences", justify="right")
    summary.add_column("linked", justify="right")
    for kind in FLAG_KINDS:
        summary.add_column(kind, justify="right")
    summary.add_column("minor", justify="right")
    for doc in report.documents:
        counts = doc.flag_counts(minor=False)
        summary.add_row(doc.document.path, Text(doc.verdict, style="green" if doc.verdict == "pass" else "red"),
                        str(len(doc.sentences)), str(sum(1 for s in doc.sentences if s.aligned)),
                        *[str(counts.get(kind, 0)) for kind in FLAG_KINDS],
                        str(sum(doc.flag_counts(minor=True).values())))
    console.print(summary)
