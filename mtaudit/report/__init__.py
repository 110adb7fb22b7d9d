"""One writer per output format, all rendering the same :class:`mtaudit.types.AuditReport`."""

from __future__ import annotations

import difflib
import json as _json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..types import FLAG_KINDS, Document, DocumentReport, Flag, SentenceReport, severity_rank


def write_atomic(path: str | Path, text: str) -> None:
    """Write a file whole or not at all: a temporary file beside it, then a rename."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as an ordinary new file would be, not mkstemp's 0600
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


_TOKEN = re.compile(r"\S+")


def changed_spans(original: str, reprint: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the words that differ, in the original and in the reprint
    (compared word by word, ignoring case and punctuation)."""
    a = [(m.start(), m.end()) for m in _TOKEN.finditer(original)]
    b = [(m.start(), m.end()) for m in _TOKEN.finditer(reprint)]

    def norm(text: str, spans: list[tuple[int, int]]) -> list[str]:
        return [re.sub(r"\W", "", text[s:e].lower()) for s, e in spans]

    matcher = difflib.SequenceMatcher(None, norm(original, a), norm(reprint, b), autojunk=False)
    left, right = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            left.append((a[i1][0], a[i2 - 1][1]))
        if j2 > j1:
            right.append((b[j1][0], b[j2 - 1][1]))
    return left, right


def _find(source: str, text: str, start: int) -> int | None:
    """Where ``text`` begins in ``source`` from ``start`` on, line breaks, markup and spacing
    aside: its first words in order, anything but letters and digits between them."""
    words = re.findall(r"\w+", text)[:8]
    if not words:
        return None
    pattern = re.compile(r"[\W_]*?".join(re.escape(w) for w in words))
    match = pattern.search(source, start) or pattern.search(source)
    if match is None and len(words) > 2:
        match = re.compile(r"[\W_]*?".join(re.escape(w) for w in words[:2])).search(source, start)
    if match is None:
        return None
    at = match.start()
    while at > 0 and source[at - 1] in "\"“‘'(«[":  # the sentence starts at its opening quote mark
        at -= 1
    return at


def line_column(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, as compilers print them."""
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def positions(document: Document, texts: Sequence[str]) -> list[tuple[int, int] | None]:
    """(line, column) in the document's file of each text, in reading order; None where the
    file does not show it (an HTML page's markup, a document read from elsewhere)."""
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for text in texts:
        at = _find(document.source, text, cursor) if document.source else None
        if at is None:
            out.append(None)
            continue
        cursor = at + 1
        out.append(line_column(document.source, at))
    return out


def original_text(report: SentenceReport) -> str | None:
    """The original a reprint sentence is linked to (sentences of its first original, joined)."""
    if not report.aligned:
        return None
    first = report.aligned[0].path
    return " ".join(a.text for a in report.aligned if a.path == first)


def no_counterpart(report: SentenceReport) -> str:
    """What the report says in place of an original, for a sentence that has none."""
    if report.sentence.notice is not None:
        return f"a {report.sentence.notice}: only the titles it gives people are checked"
    return "no counterpart in the originals"


def flag_summary(doc: DocumentReport) -> str:
    """A reprint's flags by kind, the minor ones apart: "1 inverted, 1 quote; minor: 1 quote"."""
    def listed(counts: dict[str, int]) -> str:
        return ", ".join(f"{counts[k]} {k}" for k in FLAG_KINDS if k in counts)

    to_fix, minor = listed(doc.flag_counts(minor=False)), listed(doc.flag_counts(minor=True))
    return "; ".join(part for part in (to_fix, f"minor: {minor}" if minor else "") if part) or "none"


#: Patterns of a sentence that a stray full stop cut from the one before it.
_CUT = ("broken-sentence", "lower-case-start")


def cut_from(doc: DocumentReport, report: SentenceReport, flags: Sequence[Flag]) -> str | None:
    """The sentence before, when one of ``flags`` says a stray full stop cut this one from it:
    reports show the two together, so the editor sees what to join."""
    if report.sentence.index > 0 and any(str(f.evidence.get("pattern", f.check)) in _CUT for f in flags):
        return doc.sentences[report.sentence.index - 1].sentence.text
    return None


def flag_span(flag: Flag) -> tuple[int, int] | None:
    span = flag.evidence.get("span")
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(v, int) for v in span):
        return int(span[0]), int(span[1])
    return None


def sorted_flags(report: SentenceReport) -> list[Flag]:
    """Gravest first, then in report order."""
    return sorted(report.flags, key=lambda f: -severity_rank(f.severity))


def evidence_text(flag: Flag) -> str:
    """The evidence in one line: the check, then its fields (spans left out)."""
    shown = {k: v for k, v in flag.evidence.items() if k != "span"}
    return f"{flag.check}: " + _json.dumps(shown, ensure_ascii=False, default=str, sort_keys=True)
