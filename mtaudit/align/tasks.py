"""Alignment as a task of its own: sentence lists in, links out (``mtaudit align``).

A task is one original and one reprint, each a list of sentences, with optional
paragraphs (lists of sentence positions). The batch format is JSON Lines:

    {"id": str, "original": [str, ...], "reprint": [str, ...],
     "reprint_paragraphs": [[int, ...], ...], "original_paragraphs": [[int, ...], ...]}

and each result is ``{"id": str, "links": [{"original": [int, ...], "reprint": [int, ...],
"similarity": float}]}`` with 0-based positions. A reprint sentence in no link is an
addition; an original sentence in no link is an omission.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Thresholds
from ..errors import InputError
from ..ingest.jsonl import parse_object, read_objects, require
from .core import AlignParams, RawLink, adjacent_pairs, align
from .counterpart import containment, counterpart_test, judge_links


@dataclass(frozen=True)
class AlignTask:
    id: str
    original: tuple[str, ...]
    reprint: tuple[str, ...]
    reprint_paragraphs: tuple[tuple[int, ...], ...] | None = None
    """Sentence positions per reprint paragraph; None when the reprint has no paragraphs."""
    original_paragraphs: tuple[tuple[int, ...], ...] | None = None


def paragraph_groups(count: int, paragraphs: Sequence[Sequence[int]] | None) -> list[int]:
    """A paragraph number per sentence; a sentence in no paragraph is a paragraph of its own."""
    if paragraphs is None:
        return [0] * count
    groups = [-1] * count
    for p, members in enumerate(paragraphs):
        for i in members:
            groups[i] = p
    extra = len(paragraphs)
    for i, g in enumerate(groups):
        if g == -1:
            groups[i] = extra
            extra += 1
    return groups


def word_weights(texts: Sequence[str]) -> np.ndarray:
    """Each sentence's weight in a merged link: its word count (at least 1)."""
    return np.array([max(1, len(t.split())) for t in texts], dtype=np.float32)


def pair_texts(sentences: Sequence[str], groups: Sequence[object]) -> list[str]:
    """Each sentence joined with the next one of its paragraph, as the aligner weighs merges."""
    return [sentences[i].rstrip() + " " + sentences[i + 1].lstrip() for i in adjacent_pairs(groups)]


@dataclass(frozen=True)
class TaskVectors:
    """Unit-length embeddings of a task's sentences and of its adjacent sentence pairs."""

    reprint: np.ndarray
    original: np.ndarray
    reprint_pairs: np.ndarray
    original_pairs: np.ndarray


def embed_tasks(tasks: Sequence[AlignTask], encode) -> list[TaskVectors]:
    """Embeddings for every task in one call of ``encode`` (texts -> unit-length rows)."""
    texts: list[str] = []
    spans = []
    for task in tasks:
        parts = (list(task.reprint), list(task.original),
                 pair_texts(task.reprint, paragraph_groups(len(task.reprint), task.reprint_paragraphs)),
                 pair_texts(task.original, paragraph_groups(len(task.original), task.original_paragraphs)))
        spans.append([len(p) for p in parts])
        for part in parts:
            texts.extend(part)
    vectors = encode(texts) if texts else np.zeros((0, 1), dtype=np.float32)
    out = []
    k = 0
    for sizes in spans:
        chunks = []
        for size in sizes:
            chunks.append(vectors[k:k + size] if size else np.zeros((0, vectors.shape[1]), dtype=np.float32))
            k += size
        out.append(TaskVectors(*chunks))
    return out


def chrf_between(reprint: Sequence[str], original: Sequence[str]):
    """lexical(r, o) for the aligner: sentence chrF of reprint r against original o."""
    from sacrebleu.metrics import CHRF

    metric = CHRF()

    def lexical(r: int, o: int) -> float:
        return float(metric.sentence_score(reprint[r], [original[o]]).score)

    return lexical


def align_texts(reprint: Sequence[str], original: Sequence[str], reprint_vectors: np.ndarray,
                original_vectors: np.ndarray, reprint_groups: Sequence[Any], original_groups: Sequence[Any],
                params: AlignParams, thresholds: Thresholds, *, reprint_pairs: np.ndarray | None = None,
                original_pairs: np.ndarray | None = None,
                original_weights: np.ndarray | None = None) -> list[RawLink]:
    """Links between reprint and original sentences, as the audit and ``mtaudit align`` make
    them: embeddings, paragraphs, words' weights, chrF, containment and the counterpart test
    all read from the texts in one place."""
    return align(reprint_vectors, original_vectors, reprint_groups, original_groups, word_weights(reprint),
                 original_weights if original_weights is not None else word_weights(original), params,
                 reprint_pairs=reprint_pairs, original_pairs=original_pairs,
                 lexical=chrf_between(reprint, original), contained=containment(reprint, original),
                 counterpart=counterpart_test(reprint, original, thresholds))


def link_task(task: AlignTask, vectors: TaskVectors, params: AlignParams = AlignParams(),
              thresholds: Thresholds = Thresholds()) -> list[RawLink]:
    """Links between counterparts of one task, given the embeddings of :func:`embed_tasks`
    (a link to a sentence that is only about the same event is left out, as the audit
    leaves it out: the reprint sentence is an addition)."""
    links = align_texts(task.reprint, task.original, vectors.reprint, vectors.original,
                        paragraph_groups(len(task.reprint), task.reprint_paragraphs),
                        paragraph_groups(len(task.original), task.original_paragraphs), params, thresholds,
                        reprint_pairs=vectors.reprint_pairs, original_pairs=vectors.original_pairs)
    judged = judge_links([(" ".join(task.reprint[r] for r in link.reprint),
                           " ".join(task.original[o] for o in link.original), link.similarity) for link in links],
                         [(link.reprint, tuple((0, o) for o in link.original)) for link in links], thresholds)
    return [link for link, counterpart in zip(links, judged) if counterpart]


def link_to_dict(link: RawLink) -> dict[str, object]:
    return {"original": list(link.original), "reprint": list(link.reprint), "similarity": round(link.similarity, 4)}


def _paragraphs(value: object, count: int, field: str, where: str) -> tuple[tuple[int, ...], ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(p, list) for p in value):
        raise InputError(where, f"'{field}' must be a list of lists of sentence positions",
                         f"Write it as [[0, 1], [2]], or leave '{field}' out")
    seen: set[int] = set()
    for paragraph in value:
        for i in paragraph:
            if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < count or i in seen:
                raise InputError(where, f"'{field}' names sentence {i!r}, which is out of range or repeated "
                                 f"(there are {count} sentences)", "Use each 0-based position at most once")
            seen.add(i)
    return tuple(tuple(p) for p in value)


TASK_EXAMPLE = '{"id": "a1", "original": ["..."], "reprint": ["..."]}'


def parse_task(line: str, where: str) -> AlignTask:
    """One task from one JSON line; ``where`` names the file and line for errors."""
    return task_from_object(parse_object(line, where, TASK_EXAMPLE), where)


def task_from_object(data: dict, where: str) -> AlignTask:
    require(data, ("id", "original", "reprint"), where)
    for field in ("original", "reprint"):
        value = data[field]
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise InputError(where, f"'{field}' must be a list of sentences (strings)",
                             "Split the text into sentences first, or use `mtaudit align REPRINT --original ORIGINAL`")
    original = tuple(data["original"])
    reprint = tuple(data["reprint"])
    return AlignTask(str(data["id"]), original, reprint,
                     _paragraphs(data.get("reprint_paragraphs"), len(reprint), "reprint_paragraphs", where),
                     _paragraphs(data.get("original_paragraphs"), len(original), "original_paragraphs", where))


def read_tasks(path: Path) -> Iterator[AlignTask]:
    for where, data in read_objects(path, TASK_EXAMPLE):
        yield task_from_object(data, where)


def read_segmented(path: Path) -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]:
    """Sentences and paragraphs of a pre-split file: one sentence a line, blank lines between paragraphs."""
    from ..ingest.read import decode

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "does not exist", "Check the path") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory", "Name a text file with one sentence a line") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror})", "Check its permissions") from None
    text, _ = decode(data, str(path))
    sentences: list[str] = []
    paragraphs: list[list[int]] = [[]]
    for line in text.splitlines():
        if line.strip():
            paragraphs[-1].append(len(sentences))
            sentences.append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    if not sentences:
        raise InputError(str(path), "holds no sentences", "Write one sentence a line")
    return tuple(sentences), tuple(tuple(p) for p in paragraphs if p)


def task_from_files(original: Path, reprint: Path, segmented: bool = False,
                    extra_boilerplate: Sequence[str] = ()) -> AlignTask:
    """One task from two files, split by mtaudit's reader and segmenter unless already segmented."""
    if segmented:
        o_sentences, o_paragraphs = read_segmented(original)
        r_sentences, r_paragraphs = read_segmented(reprint)
        return AlignTask(reprint.name, o_sentences, r_sentences, r_paragraphs, o_paragraphs)
    from ..ingest import read_document
    from ..segment import segment

    def split(path: Path) -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]:
        doc = segment(read_document(path, extra_boilerplate))
        groups: dict[int, list[int]] = {}
        for s in doc.sentences:
            groups.setdefault(s.paragraph, []).append(s.index)
        return tuple(s.text for s in doc.sentences), tuple(tuple(v) for _, v in sorted(groups.items()))

    o_sentences, o_paragraphs = split(original)
    r_sentences, r_paragraphs = split(reprint)
    return AlignTask(reprint.name, o_sentences, r_sentences, r_paragraphs, o_paragraphs)


def run_tasks(tasks: Sequence[AlignTask], encode, params: AlignParams = AlignParams(),
              thresholds: Thresholds = Thresholds()):
    """Links for every task; all sentences of all tasks are embedded in one call."""
    return [link_task(task, vectors, params, thresholds) for task, vectors in zip(tasks, embed_tasks(tasks, encode))]
