"""The data that flows through the pipeline, one frozen dataclass per stage.

read -> strip boilerplate -> segment -> embed -> align -> check -> verdict -> report
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Severities in increasing order of gravity.
SEVERITIES: tuple[str, ...] = ("minor", "major", "critical")

#: Flag kinds, in the order reports list them.
FLAG_KINDS: tuple[str, ...] = ("inverted", "fact", "quote", "garbled", "drift", "fluency")


def severity_rank(severity: str) -> int:
    """0 for minor, 1 for major, 2 for critical."""
    return SEVERITIES.index(severity)


def fails(flag: Flag, fail_on: str) -> bool:
    """Whether a flag fails the run: it reaches the fail-on severity ("never" fails nothing)
    and no editor has accepted it."""
    return not flag.accepted and fail_on != "never" and severity_rank(flag.severity) >= severity_rank(fail_on)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a document as read, before any scoring."""

    index: int
    """Position among the document's paragraphs, boilerplate included."""
    text: str
    boilerplate: str | None = None
    """Why the paragraph was set aside (e.g. "advertisement marker"), or None if it is article text."""
    notice: str | None = None
    """What kind of notice the paragraph is ("correction notice"), or None: a notice is read
    for the titles it gives people and nothing else."""


@dataclass(frozen=True)
class Document:
    """A file read into paragraphs."""

    path: str
    format: str
    """"text", "article-record", "markdown" or "html"."""
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    date: str | None = None
    url: str | None = None
    notes: tuple[str, ...] = ()
    """Things the reader noticed and the report should mention (e.g. the encoding used)."""
    source: str = field(default="", repr=False, compare=False)
    """The file's text as decoded (line breaks normalised): where a sentence stands in the file
    (:func:`mtaudit.report.positions`)."""

    @property
    def boilerplate(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.boilerplate)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document, with where it came from."""

    index: int
    """Position among the document's scored sentences."""
    paragraph: int
    """Index of its paragraph in :attr:`Document.paragraphs`."""
    start: int
    """Character offset of the sentence within its paragraph's text."""
    end: int
    text: str
    notice: str | None = None
    """The paragraph's notice kind when the sentence is part of a notice (:attr:`Paragraph.notice`)."""


@dataclass(frozen=True)
class SegmentedDocument:
    document: Document
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class OriginalRef:
    """A sentence of one of the originals: ``doc`` indexes the list of originals."""

    doc: int
    index: int


@dataclass(frozen=True)
class Link:
    """Reprint sentences and original sentences that say the same thing (1-1, 1-2, 2-1, ...)."""

    reprint: tuple[int, ...]
    original: tuple[OriginalRef, ...]
    similarity: float
    """Cosine similarity of the joined sentences on each side."""


@dataclass(frozen=True)
class Flag:
    """A finding about one reprint sentence, always with the evidence that triggered it."""

    kind: str
    """One of :data:`FLAG_KINDS`."""
    severity: str
    """One of :data:`SEVERITIES`."""
    message: str
    check: str
    """The check that raised it, e.g. "negation", "contradiction-model", "garble-pattern"."""
    evidence: Mapping[str, Any] = field(default_factory=dict)
    """Words, spans and scores behind the flag; JSON-serialisable."""
    accepted: bool = False
    """An editor accepted this finding (accepted-findings file): it is reported but does not fail."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "accepted": self.accepted,
            "evidence": {"check": self.check, **dict(self.evidence)},
        }


@dataclass(frozen=True)
class AlignedSentence:
    """An original sentence that a reprint sentence was linked to."""

    path: str
    index: int
    text: str
    similarity: float


@dataclass(frozen=True)
class SentenceReport:
    sentence: Sentence
    aligned: tuple[AlignedSentence, ...]
    scores: Mapping[str, float | None]
    flags: tuple[Flag, ...]
    closest: tuple[AlignedSentence, ...] = ()
    """For a sentence with no counterpart: the original sentence closest to it (about the same
    event, saying something else), shown as context only; no check compares the two."""


@dataclass(frozen=True)
class OmittedSentence:
    path: str
    index: int
    text: str


@dataclass(frozen=True)
class DocumentReport:
    document: Document
    verdict: str
    """"pass" or "fail" against the run's fail-on severity."""
    originals: tuple[str, ...]
    """Paths of the originals that at least one reprint sentence is linked to."""
    sentences: tuple[SentenceReport, ...]
    omitted: tuple[OmittedSentence, ...]
    notes: tuple[str, ...] = ()
    fail_on: str = "major"

    @property
    def failing(self) -> tuple[tuple[SentenceReport, Flag], ...]:
        """(sentence, flag) for every flag that fails the run: not accepted, at or above fail-on."""
        return tuple((s, f) for s in self.sentences for f in s.flags if fails(f, self.fail_on))

    def flag_counts(self, minor: bool | None = None) -> dict[str, int]:
        """Flags by kind: all of them, or (``minor`` True / False) only the minor / the others."""
        counts: dict[str, int] = {}
        for report in self.sentences:
            for flag in report.flags:
                if minor is None or (flag.severity == "minor") == minor:
                    counts[flag.kind] = counts.get(flag.kind, 0) + 1
        return {kind: counts[kind] for kind in FLAG_KINDS if kind in counts}

    def severity_counts(self) -> dict[str, int]:
        counts = {severity: 0 for severity in SEVERITIES}
        for report in self.sentences:
            for flag in report.flags:
                counts[flag.severity] += 1
        return counts


@dataclass(frozen=True)
class VariantGroup:
    """Originals recognised as versions of one article."""

    paths: tuple[str, ...]
    shared: float
    """Share of the shorter version's sentences that have a near-identical twin in the other."""


@dataclass(frozen=True)
class AuditReport:
    documents: tuple[DocumentReport, ...]
    originals: tuple[Document, ...]
    variants: tuple[VariantGroup, ...]
    signature: Mapping[str, Any]
    """mtaudit version, models and thresholds: what is needed to reproduce the numbers."""
    mode: str
    """"reference" when originals were given, "reference-free" otherwise."""
    fail_on: str

    @property
    def failed(self) -> bool:
        return any(doc.verdict == "fail" for doc in self.documents)
