"""audit(reprints, originals, config) -> AuditReport: the stages, in order.

read -> strip boilerplate -> segment -> embed -> align -> check -> verdict -> report

Every model sees all sentences of the run in one batched call.
"""

from __future__ import annotations

import csv
import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ._version import __version__
from .align import AlignParams, RawLink, find_variants
from .align.counterpart import judge_links
from .align.tasks import align_texts, pair_texts, word_weights
from .backends.models import ModelSet
from .checks import check_index
from .checks.drift import metric_signatures
from .checks.facts import dateline_day, defined_short_forms
from .config import AuditConfig
from .errors import InputError, read_input_text
from .ingest import read_document
from .memory import release_memory
from .scoring import CheckItem, CheckResult, run_checks
from .segment import is_label, segment
from .types import (
    AlignedSentence,
    AuditReport,
    Document,
    DocumentReport,
    OmittedSentence,
    OriginalRef,
    SegmentedDocument,
    SentenceReport,
    VariantGroup,
)
from .verdict import verdict
from .verdict.accepted import read_accepted, sentence_key

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Counterpart:
    """A reprint sentence's counterpart in the originals, as the check stage reads it."""

    text: str
    """The original sentence(s) the link holds, joined."""
    similarity: float
    """Cosine of the link's two sides."""
    refs: tuple[OriginalRef, ...]
    """Where those original sentences are."""
    reprint: tuple[int, ...]
    """The reprint sentences on the link's side (two or more for a sentence split in translation)."""


@dataclass
class _Pool:
    """The original sentences a reprint is aligned against, with variant twins folded in."""

    refs: list[OriginalRef] = field(default_factory=list)
    twins: dict[int, list[OriginalRef]] = field(default_factory=dict)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 1), dtype=np.float32))
    groups: list[tuple[int, int]] = field(default_factory=list)
    weights: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))


def _build_pool(originals: Sequence[SegmentedDocument], vectors: Sequence[np.ndarray],
                config: AuditConfig) -> tuple[_Pool, list[VariantGroup]]:
    t = config.thresholds
    variants = find_variants(vectors, t.variant_twin_similarity, t.variant_share)
    pool = _Pool()
    rows: list[np.ndarray] = []
    position: dict[tuple[int, int], int] = {}
    texts: list[str] = []
    for d, doc in enumerate(originals):
        for sentence in doc.sentences:
            twin = variants.twin_of.get((d, sentence.index))
            if twin is not None and twin in position:
                pool.twins.setdefault(position[twin], []).append(OriginalRef(d, sentence.index))
                continue
            position[(d, sentence.index)] = len(pool.refs)
            pool.refs.append(OriginalRef(d, sentence.index))
            rows.append(vectors[d][sentence.index])
            pool.groups.append((d, sentence.paragraph))
            texts.append(sentence.text)
    pool.vectors = np.stack(rows) if rows else np.zeros((0, 1), dtype=np.float32)
    pool.weights = word_weights(texts)
    groups = [
        VariantGroup(tuple(originals[d].document.path for d in group),
                     min((variants.shared[(group[0], d)] for d in group[1:]), default=1.0))
        for group in variants.groups if len(group) > 1
    ]
    return pool, groups


#: The stages an audit reports through its progress callback, in order.
STAGES = ("reading", "segmenting", "embedding sentences", "aligning", "scoring meaning", "checking grammar",
          "reading sentences with the language model", "reading sentences after their originals",
          "tagging", "trying other wordings", "checking sentences")


@dataclass
class _Prepared:
    """One group of a run made ready for the check stage: its sentences linked, its items built."""

    reprints: Sequence[Document]
    originals: Sequence[Document]
    seg_reprints: list[SegmentedDocument]
    seg_originals: list[SegmentedDocument]
    pool: _Pool
    variant_groups: list[VariantGroup]
    table: dict[str, np.ndarray]
    pair_of: list[dict[int, Counterpart]]
    closest_of: list[dict[int, tuple[OriginalRef, ...]]]
    items: list[CheckItem]
    context: list[str]
    """The originals' text (the check stage's original context)."""
    accepted: frozenset[tuple[str, str]]


def audit_documents(reprints: Sequence[Document], originals: Sequence[Document], config: AuditConfig,
                    models: ModelSet | None = None, progress: Progress | None = None,
                    accepted: frozenset[tuple[str, str]] | None = None) -> AuditReport:
    """Audit already-read documents. ``accepted`` are the accepted findings (sentence key, flag
    kind); None reads them from the config's file."""
    models = models or ModelSet(config)
    tell = progress or (lambda message: None)

    def say(message: str) -> None:
        release_memory()
        tell(message)

    if accepted is None:
        accepted = read_accepted(config.accepted_findings) if config.accepted_findings else frozenset()
    prepared = _prepare(reprints, originals, config, models, say, accepted)
    results = run_checks(prepared.items, models, config, prepared.context, say)
    return _report(prepared, results, config, models)


def _prepare(reprints: Sequence[Document], originals: Sequence[Document], config: AuditConfig, models: ModelSet,
             say: Progress, accepted: frozenset[tuple[str, str]]) -> _Prepared:
    """Segment, embed and align one group, and build its check items."""
    t = config.thresholds

    say("segmenting")
    seg_reprints = [segment(doc, notices=True) for doc in reprints]
    seg_originals = [segment(doc) for doc in originals]

    say("embedding sentences")
    all_texts = sorted({s.text for doc in (*seg_reprints, *seg_originals) for s in doc.sentences
                        if s.notice is None})
    table = dict(zip(all_texts, models.embedder.encode(all_texts))) if all_texts else {}

    def vectors(texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([table[text] for text in texts])

    original_vectors = [vectors([s.text for s in doc.sentences]) for doc in seg_originals]
    pool, variant_groups = _build_pool(seg_originals, original_vectors, config)
    params = AlignParams.from_thresholds(t)

    # Adjacent sentences read as one, so that merges and splits are judged on real embeddings.
    pool_texts = [seg_originals[ref.doc].sentences[ref.index].text for ref in pool.refs]
    pool_pair_texts = pair_texts(pool_texts, pool.groups)
    # a notice (a correction notice) has no counterpart to look for: it is left out of the alignment
    aligned_sentences = [[s for s in doc.sentences if s.notice is None] for doc in seg_reprints]
    reprint_pair_texts = [pair_texts([s.text for s in scored], [s.paragraph for s in scored])
                          for scored in aligned_sentences]
    joined_texts = sorted(set(pool_pair_texts).union(*reprint_pair_texts) - set(table))
    if joined_texts:
        table.update(zip(joined_texts, models.embedder.encode(joined_texts)))

    say("aligning")
    links_per_doc: list[list[RawLink]] = []
    pool_pairs = vectors(pool_pair_texts) if pool_pair_texts else None
    for scored, joined in zip(aligned_sentences, reprint_pair_texts):
        if not pool.refs or not scored:
            links_per_doc.append([])
            continue
        texts = [s.text for s in scored]
        raw = align_texts(texts, pool_texts, vectors(texts), pool.vectors, [s.paragraph for s in scored],
                          pool.groups, params, t, reprint_pairs=vectors(joined) if joined else None,
                          original_pairs=pool_pairs, original_weights=pool.weights)
        links_per_doc.append([dataclasses.replace(link, reprint=tuple(scored[r].index for r in link.reprint))
                              for link in raw])

    def original_text(refs: Sequence[OriginalRef]) -> str:
        return " ".join(seg_originals[r.doc].sentences[r.index].text for r in refs)

    # Pairs: one per reprint sentence that has a counterpart (a 2-1 link gives both parts the
    # same original). A link to a sentence that is merely about the same event is no pair: the
    # reprint sentence is an addition, and that original sentence only its closest context.
    pair_of: list[dict[int, Counterpart]] = []
    closest_of: list[dict[int, tuple[OriginalRef, ...]]] = []
    for doc, raw in zip(seg_reprints, links_per_doc):
        pairs: dict[int, Counterpart] = {}
        closest: dict[int, tuple[OriginalRef, ...]] = {}
        judged = judge_links([(_reprint_text(doc, link.reprint), original_text([pool.refs[o] for o in link.original]),
                               link.similarity) for link in raw],
                             [(link.reprint, tuple((pool.refs[o].doc, pool.refs[o].index) for o in link.original))
                              for link in raw], t)
        for link, counterpart in zip(raw, judged):
            refs = tuple(pool.refs[o] for o in link.original)
            for r in link.reprint:
                if counterpart:
                    pairs[r] = Counterpart(original_text(refs), link.similarity, refs, link.reprint)
                else:
                    closest[r] = refs
        # A sentence the aligner left alone still gets its most similar original sentence as
        # context, when that one is as close as a link needs.
        if pool.refs:
            for sentence in doc.sentences:
                if sentence.index not in pairs and sentence.index not in closest and sentence.notice is None:
                    scores = pool.vectors @ table[sentence.text]
                    best = int(np.argmax(scores))
                    if scores[best] >= t.link_similarity:
                        closest[sentence.index] = (pool.refs[best],)
        pair_of.append(pairs)
        closest_of.append(closest)

    original_context = [p.text for doc in originals for p in doc.paragraphs if not p.boilerplate]
    story_days = [next((day for p in doc.paragraphs if not p.boilerplate and (day := dateline_day(p.text))), None)
                  for doc in originals]
    items = []
    for doc, pairs in zip(seg_reprints, pair_of):
        short_forms = tuple(defined_short_forms(" ".join(s.text for s in doc.sentences if s.notice is None)).items())
        for sentence in doc.sentences:
            pair = pairs.get(sentence.index)
            follows = sentence.index > 0 and doc.sentences[sentence.index - 1].paragraph == sentence.paragraph
            if pair is None:
                items.append(CheckItem(sentence.text, follows_sentence=follows, notice=sentence.notice))
            else:
                items.append(CheckItem(sentence.text, pair.text, _reprint_text(doc, pair.reprint), pair.similarity,
                                       follows, short_forms=short_forms, story_day=story_days[pair.refs[0].doc]))
    return _Prepared(reprints, originals, seg_reprints, seg_originals, pool, variant_groups, table, pair_of,
                     closest_of, items, original_context, accepted)


def _report(prepared: _Prepared, checked: Sequence[CheckResult], config: AuditConfig,
            models: ModelSet) -> AuditReport:
    """One group's report from its check results (in item order)."""
    p = prepared
    originals, seg_reprints, seg_originals, pool, table = p.originals, p.seg_reprints, p.seg_originals, p.pool, p.table
    accepted = p.accepted
    results = iter(checked)
    reports = []
    for doc, pairs, closest in zip(seg_reprints, p.pair_of, p.closest_of):
        sentence_reports = []
        for sentence in doc.sentences:
            result = next(results)
            pair = pairs.get(sentence.index)
            aligned = _aligned(table[sentence.text], pair.refs, pool, seg_originals, table) if pair is not None else ()
            near = _aligned(table[sentence.text], closest[sentence.index], pool, seg_originals, table) \
                if sentence.index in closest else ()
            context = (max(near, key=lambda a: a.similarity),) if near else ()
            flags = result.flags
            if accepted:
                key = sentence_key(sentence.text)
                flags = tuple(dataclasses.replace(f, accepted=True) if (key, f.kind) in accepted else f
                              for f in flags)
            sentence_reports.append(SentenceReport(sentence, aligned, result.scores, flags, context))
        linked = {r.doc for pair in pairs.values() for r in pair.refs}
        covered = {(ref.doc, ref.index) for pair in pairs.values() for ref in pair.refs}
        for index, ref in enumerate(pool.refs):
            if (ref.doc, ref.index) in covered:
                covered.update((t_.doc, t_.index) for t_ in pool.twins.get(index, []))
        # what a reprint should carry: the originals' sentences, their labels (a section name, a
        # byline) aside
        carried_refs = [ref for ref in pool.refs if not is_label(seg_originals[ref.doc].sentences[ref.index].text)]
        omitted = tuple(
            OmittedSentence(seg_originals[ref.doc].document.path, ref.index,
                            seg_originals[ref.doc].sentences[ref.index].text)
            for ref in carried_refs if (ref.doc, ref.index) not in covered
        )
        notes = list(doc.document.notes) + models.notes
        prose = [r for r in sentence_reports if r.sentence.notice is None]
        linked_share = sum(1 for r in prose if r.aligned) / max(1, len(prose))
        carried_share = 1 - len(omitted) / max(1, len(carried_refs))
        share = config.thresholds.other_story_share
        if originals and prose and linked_share < share and carried_share < share:
            notes.append("few of its sentences match the originals, and it carries few of theirs: it reads as "
                         "another story on the same subject. Sentences with no counterpart are checked on their "
                         "own, and against the originals only for their quotes and people's titles.")
        reports.append(DocumentReport(
            document=doc.document,
            verdict=verdict([f for s in sentence_reports for f in s.flags], config.fail_on),
            originals=tuple(originals[i].path for i in sorted(linked)),
            sentences=tuple(sentence_reports),
            omitted=omitted if originals else (),
            notes=tuple(notes),
            fail_on=config.fail_on,
        ))
    signature = {
        "name": "mtaudit",
        "version": __version__,
        "models": models.describe(),
        "thresholds": config.signature()["thresholds"],
        "metrics": metric_signatures(),
        "checks": {f"{c.kind}/{c.id}": c.settings(config.thresholds, config.english) for c in check_index()},
    }
    return AuditReport(tuple(reports), tuple(originals), tuple(p.variant_groups), signature,
                       "reference" if originals else "reference-free", config.fail_on)


def _reprint_text(doc: SegmentedDocument, indices: Sequence[int]) -> str:
    return " ".join(doc.sentences[i].text for i in indices)


def _aligned(vector: np.ndarray, refs: Sequence[OriginalRef], pool: _Pool, originals: Sequence[SegmentedDocument],
             table: dict[str, np.ndarray]) -> tuple[AlignedSentence, ...]:
    """The linked original sentences, each followed by its twins in other versions of the article."""
    position = {(r.doc, r.index): i for i, r in enumerate(pool.refs)}
    out = []
    for ref in refs:
        for r in (ref, *pool.twins.get(position[(ref.doc, ref.index)], [])):
            sentence = originals[r.doc].sentences[r.index]
            similarity = round(float(vector @ table[sentence.text]), 4)
            out.append(AlignedSentence(originals[r.doc].document.path, sentence.index, sentence.text, similarity))
    return tuple(out)


def audit_files(reprints: Sequence[str], originals: Sequence[str] = (), config: AuditConfig | None = None,
                models: ModelSet | None = None, progress: Progress | None = None,
                max_bytes: int | None = None) -> AuditReport:
    """Read the files and audit them; raises MtauditError subclasses for bad input or models.
    Files over ``max_bytes`` (default: the config's ``max_bytes``) are refused."""
    config = config or AuditConfig()
    max_bytes = max_bytes or config.max_bytes
    if progress is not None:
        progress("reading")
    read = [read_document(p, config.boilerplate_patterns, max_bytes) for p in reprints]
    refs = [read_document(p, config.boilerplate_patterns, max_bytes) for p in originals]
    return audit_documents(read, refs, config, models, progress)


def read_manifest(path: str | Path) -> list[tuple[str, tuple[str, ...]]]:
    """(reprint, originals) from a CSV manifest with ``reprint`` and ``original`` columns.

    A reprint with several originals takes several rows, or one row with the originals
    separated by ';'. Relative paths are read from the manifest's folder.
    """
    path = Path(path)
    fix = "Write a CSV file with a header 'reprint,original' and one reprint per row"
    text = read_input_text(path, fix)
    reader = csv.DictReader(text.splitlines())
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "reprint" not in fields or "original" not in fields:
        raise InputError(str(path), f"has columns {fields or 'none'}, not 'reprint' and 'original'", fix)
    base = path.parent
    order: dict[str, list[str]] = {}
    for number, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        if not row.get("reprint"):
            raise InputError(f"{path}, line {number}", "has no reprint path", fix)
        reprint = str(base / row["reprint"]) if not Path(row["reprint"]).is_absolute() else row["reprint"]
        found = order.setdefault(reprint, [])
        for original in filter(None, (o.strip() for o in row.get("original", "").split(";"))):
            full = str(base / original) if not Path(original).is_absolute() else original
            if full not in found:
                found.append(full)
    if not order:
        raise InputError(str(path), "lists no reprints", fix)
    return [(reprint, tuple(originals)) for reprint, originals in order.items()]


def manifest_groups(rows: Sequence[tuple[str, Sequence[str]]]) -> list[tuple[tuple[str, ...], list[str]]]:
    """The manifest's reprints grouped by their originals: reprints that share the same originals
    are audited together. Groups in the order of their first row."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for reprint, originals in rows:
        groups.setdefault(tuple(originals), []).append(reprint)
    return list(groups.items())


def merge_reports(rows: Sequence[tuple[str, Sequence[str]]], reports: Sequence[AuditReport],
                  config: AuditConfig) -> AuditReport:
    """One report of a manifest from its groups' reports (in group order): documents in
    manifest order, each original and variant group once."""
    by_path: dict[str, DocumentReport] = {}
    originals_seen: dict[str, Document] = {}
    variants: list[VariantGroup] = []
    signature: dict = {}
    for report in reports:
        by_path.update((doc.document.path, doc) for doc in report.documents)
        for doc in report.originals:
            originals_seen.setdefault(doc.path, doc)
        variants.extend(v for v in report.variants if v not in variants)
        signature = dict(report.signature)
    documents = tuple(by_path[reprint] for reprint, _ in rows)
    mode = "reference" if originals_seen else "reference-free"
    return AuditReport(documents, tuple(originals_seen.values()), tuple(variants), signature, mode, config.fail_on)


#: How many of a manifest's groups go through the check stage's models together: one pass of
#: each model for all their sentences, without holding a whole archive in memory.
GROUPS_PER_PASS = 64


def audit_manifest(rows: Sequence[tuple[str, Sequence[str]]], config: AuditConfig | None = None,
                   models: ModelSet | None = None, progress: Progress | None = None,
                   max_bytes: int | None = None) -> AuditReport:
    """Audit each reprint against its own originals; reprints that share the same originals
    are audited together. Each group is linked on its own; the check stage then reads the
    sentences of up to ``GROUPS_PER_PASS`` groups in one pass of each model, each sentence with
    its own group's originals, so every group's report is the one it would get alone. One
    report, documents in manifest order."""
    config = config or AuditConfig()
    models = models or ModelSet(config)
    tell = progress or (lambda message: None)
    max_bytes = max_bytes or config.max_bytes
    accepted = read_accepted(config.accepted_findings) if config.accepted_findings else frozenset()
    groups = manifest_groups(rows)
    reports: list[AuditReport] = []
    for first in range(0, len(groups), GROUPS_PER_PASS):
        batch = groups[first:first + GROUPS_PER_PASS]
        prepared = []
        for number, (originals, reprints) in enumerate(batch, start=first + 1):
            def say(message: str, number: int = number) -> None:
                release_memory()
                tell(f"[{number}/{len(groups)}] {message}")

            say("reading")
            documents = [read_document(p, config.boilerplate_patterns, max_bytes) for p in reprints]
            sources = [read_document(p, config.boilerplate_patterns, max_bytes) for p in originals]
            prepared.append(_prepare(documents, sources, config, models, say, accepted))
        last = first + len(batch)

        def say_all(message: str, last: int = last) -> None:
            release_memory()
            tell(f"[{last}/{len(groups)}] {message}")

        items = [item for p in prepared for item in p.items]
        contexts = [p.context for p in prepared for _ in p.items]
        results = run_checks(items, models, config, progress=say_all, contexts=contexts)
        at = 0
        for p in prepared:
            reports.append(_report(p, results[at:at + len(p.items)], config, models))
            at += len(p.items)
    return merge_reports(rows, reports, config)
