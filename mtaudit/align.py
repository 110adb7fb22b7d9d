"""Sentence alignment that does not assume order: pure numpy, testable without a model.

Reprints move paragraphs, merge and split sentences, drop some and add their own.
Monotonic aligners (dynamic programming over the two sequences) fold moved
sentences into wrong n-m blocks, so this aligner works on the whole similarity
matrix instead:

1. candidates: every 1-1 pair, and 1-2 / 2-1 pairs of adjacent sentences of one
   paragraph, whose joined embedding is the length-weighted sum of the parts;
2. competitive linking: candidates are taken best first, each sentence at most once;
   a merged candidate must beat the best 1-1 link of its parts by ``merge_gain`` and
   each part must not belong better elsewhere;
3. context: a sentence left over whose neighbour links to the neighbour of its best
   counterpart (a paragraph moved as a block) is linked at a lower bar.

Anything below the bar stays unlinked: an addition on the reprint side, an omission on
the original side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

#: How many best counterparts per sentence become candidates.
TOP_K = 4


@dataclass(frozen=True)
class AlignParams:
    link_similarity: float = 0.56
    link_similarity_in_context: float = 0.42
    merge_gain: float = 0.03
    merge_part_similarity: float = 0.3


@dataclass(frozen=True)
class RawLink:
    """A link between positions in the reprint list and positions in the original pool."""

    reprint: tuple[int, ...]
    original: tuple[int, ...]
    similarity: float


def _normalize(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32)


def adjacent_pairs(groups: Sequence[object]) -> np.ndarray:
    """Indices i such that i and i + 1 belong to the same group (paragraph)."""
    return np.array([i for i in range(len(groups) - 1) if groups[i] == groups[i + 1]], dtype=np.int64)


def joined(vectors: np.ndarray, weights: np.ndarray, firsts: np.ndarray) -> np.ndarray:
    """Approximate embeddings of sentence i joined with i + 1, for each i in firsts."""
    if len(firsts) == 0:
        return np.zeros((0, vectors.shape[1]), dtype=np.float32)
    w1 = weights[firsts][:, None]
    w2 = weights[firsts + 1][:, None]
    return _normalize(vectors[firsts] * w1 + vectors[firsts + 1] * w2)


def _top_k(matrix: np.ndarray, k: int) -> np.ndarray:
    """Column indices of the k largest values of each row (unordered)."""
    k = min(k, matrix.shape[1])
    if k == matrix.shape[1]:
        return np.tile(np.arange(k), (matrix.shape[0], 1))
    return np.argpartition(-matrix, k - 1, axis=1)[:, :k]


def align(
    reprint: np.ndarray,
    original: np.ndarray,
    reprint_groups: Sequence[object] | None = None,
    original_groups: Sequence[object] | None = None,
    reprint_weights: Sequence[float] | None = None,
    original_weights: Sequence[float] | None = None,
    params: AlignParams = AlignParams(),
) -> list[RawLink]:
    """Links between reprint rows and original rows of two unit-length embedding matrices.

    Groups (paragraph ids) bound which adjacent sentences may be merged; weights (e.g.
    word counts) weigh the parts of a merged sentence. Links come sorted by their
    first reprint index.
    """
    n, m = len(reprint), len(original)
    if n == 0 or m == 0:
        return []
    reprint_groups = list(reprint_groups) if reprint_groups is not None else [0] * n
    original_groups = list(original_groups) if original_groups is not None else [0] * m
    rw = np.asarray(reprint_weights if reprint_weights is not None else np.ones(n), dtype=np.float32)
    ow = np.asarray(original_weights if original_weights is not None else np.ones(m), dtype=np.float32)

    sim = reprint @ original.T
    best_for_original = sim.max(axis=0)  # best reprint score of each original sentence
    best_for_reprint = sim.max(axis=1)
    floor = min(params.link_similarity, params.link_similarity_in_context)

    # (score, reprint indices, original indices)
    candidates: list[tuple[float, tuple[int, ...], tuple[int, ...]]] = []
    cols = _top_k(sim, TOP_K)
    for r in range(n):
        for o in cols[r]:
            score = float(sim[r, o])
            if score >= params.link_similarity:
                candidates.append((score, (r,), (int(o),)))

    # 1-2: one reprint sentence carries two adjacent original sentences.
    o_firsts = adjacent_pairs(original_groups)
    if len(o_firsts):
        pair_sim = reprint @ joined(original, ow, o_firsts).T
        for r, ps in enumerate(_top_k(pair_sim, TOP_K)):
            for p in ps:
                o1 = int(o_firsts[p])
                score = float(pair_sim[r, p])
                parts = sim[r, o1], sim[r, o1 + 1]
                if (score >= params.link_similarity and score >= max(parts) + params.merge_gain
                        and min(parts) >= params.merge_part_similarity
                        and all(sim[r, o] >= best_for_original[o] - params.merge_gain for o in (o1, o1 + 1))):
                    candidates.append((score, (r,), (o1, o1 + 1)))

    # 2-1: two adjacent reprint sentences carry one original sentence.
    r_firsts = adjacent_pairs(reprint_groups)
    if len(r_firsts):
        pair_sim = joined(reprint, rw, r_firsts) @ original.T
        for p, os_ in enumerate(_top_k(pair_sim, TOP_K)):
            r1 = int(r_firsts[p])
            for o in os_:
                score = float(pair_sim[p, o])
                parts = sim[r1, o], sim[r1 + 1, o]
                if (score >= params.link_similarity and score >= max(parts) + params.merge_gain
                        and min(parts) >= params.merge_part_similarity
                        and all(sim[r, o] >= best_for_reprint[r] - params.merge_gain for r in (r1, r1 + 1))):
                    candidates.append((score, (r1, r1 + 1), (int(o),)))

    # Competitive linking, best first; ties broken by position so the result is stable.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_r = np.zeros(n, dtype=bool)
    used_o = np.zeros(m, dtype=bool)
    links: dict[int, RawLink] = {}
    for score, rs, os_ in candidates:
        if used_r[list(rs)].any() or used_o[list(os_)].any():
            continue
        used_r[list(rs)] = True
        used_o[list(os_)] = True
        links[rs[0]] = RawLink(rs, os_, round(score, 4))

    # Context: a leftover sentence whose neighbour links to its best counterpart's neighbour.
    changed = True
    while changed:
        changed = False
        linked_r = {r: link for link in links.values() for r in link.reprint}
        for r in range(n):
            if used_r[r] or best_for_reprint[r] < floor:
                continue
            for o in np.argsort(-sim[r])[:TOP_K]:
                o = int(o)
                if used_o[o] or sim[r, o] < params.link_similarity_in_context:
                    continue
                support = False
                for step in (-1, 1):
                    neighbour = linked_r.get(r + step)
                    if neighbour is None or reprint_groups[r + step] != reprint_groups[r]:
                        continue
                    target = o + step
                    if 0 <= target < m and target in neighbour.original and original_groups[target] == original_groups[o]:
                        support = True
                if support:
                    used_r[r] = used_o[o] = True
                    links[r] = RawLink((r,), (o,), round(float(sim[r, o]), 4))
                    changed = True
                    break
    return [links[k] for k in sorted(links)]


@dataclass(frozen=True)
class Variants:
    """Originals that are versions of one article, and which sentences are twins."""

    groups: tuple[tuple[int, ...], ...]
    """Document indices per group, the first of each group being the primary version."""
    twin_of: dict[tuple[int, int], tuple[int, int]]
    """(doc, sentence) of a secondary version -> (doc, sentence) of its primary twin."""
    shared: dict[tuple[int, int], float]
    """(primary doc, secondary doc) -> share of the shorter one's sentences that are twins."""


def find_variants(documents: Sequence[np.ndarray], twin_similarity: float = 0.9,
                  share: float = 0.5) -> Variants:
    """Group originals whose sentences largely match one to one (versions of one article)."""
    groups: list[list[int]] = []
    twin_of: dict[tuple[int, int], tuple[int, int]] = {}
    shared: dict[tuple[int, int], float] = {}
    for d, vectors in enumerate(documents):
        placed = False
        for group in groups:
            primary = group[0]
            base = documents[primary]
            if len(base) == 0 or len(vectors) == 0:
                continue
            sim = vectors @ base.T
            best = sim.argmax(axis=1)
            back = sim.argmax(axis=0)
            twins = {i: int(best[i]) for i in range(len(vectors))
                     if sim[i, best[i]] >= twin_similarity and back[best[i]] == i}
            fraction = len(twins) / min(len(vectors), len(base))
            if fraction >= share:
                group.append(d)
                for i, j in twins.items():
                    twin_of[(d, i)] = (primary, j)
                shared[(primary, d)] = round(fraction, 4)
                placed = True
                break
        if not placed:
            groups.append([d])
    return Variants(tuple(tuple(g) for g in groups), twin_of, shared)
