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

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields

import numpy as np

from ..config import Thresholds

#: How many best counterparts per sentence become candidates.
TOP_K = 4


_DEFAULTS = Thresholds()


@dataclass(frozen=True)
class AlignParams:
    """The alignment cut-offs; their meaning and defaults live on config.Thresholds."""

    link_similarity: float = _DEFAULTS.link_similarity
    link_similarity_in_context: float = _DEFAULTS.link_similarity_in_context
    merge_gain: float = _DEFAULTS.merge_gain
    merge_part_similarity: float = _DEFAULTS.merge_part_similarity
    expand_part_similarity: float = _DEFAULTS.expand_part_similarity
    expand_gain: float = _DEFAULTS.expand_gain
    rescue_lexical: float = _DEFAULTS.rescue_lexical
    rescue_similarity: float = _DEFAULTS.rescue_similarity
    contained_coverage: float = _DEFAULTS.contained_coverage
    contained_supported_coverage: float = _DEFAULTS.contained_supported_coverage
    uncross_margin: float = _DEFAULTS.uncross_margin
    contained_similarity: float = _DEFAULTS.contained_similarity

    @classmethod
    def from_thresholds(cls, thresholds: Thresholds) -> AlignParams:
        return cls(**{f.name: getattr(thresholds, f.name) for f in fields(cls)})


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


class _Side:
    """One side of an alignment: sentence vectors, paragraph groups, weights, joined pairs."""

    def __init__(self, vectors: np.ndarray, groups: Sequence[object] | None,
                 weights: Sequence[float] | np.ndarray | None, pairs: np.ndarray | None) -> None:
        count = len(vectors)
        self.vectors = vectors
        self.groups = list(groups) if groups is not None else [0] * count
        self.weights = np.asarray(weights if weights is not None else np.ones(count), dtype=np.float32)
        self.firsts = adjacent_pairs(self.groups)
        if pairs is None:
            pairs = joined(vectors, self.weights, self.firsts)
        elif len(pairs) != len(self.firsts):
            raise ValueError(f"{len(pairs)} joined-pair vectors for {len(self.firsts)} adjacent pairs")
        self.pairs = pairs
        self.pair_row = {int(f): k for k, f in enumerate(self.firsts)}

    def vector(self, idx: Sequence[int]) -> np.ndarray:
        """The embedding of these sentences read as one: exact for one sentence or an embedded
        adjacent pair, else the weight-averaged direction of the parts."""
        idx = sorted(idx)
        if len(idx) == 1:
            return self.vectors[idx[0]]
        if len(idx) == 2 and idx[1] == idx[0] + 1 and idx[0] in self.pair_row:
            return self.pairs[self.pair_row[idx[0]]]
        v = (self.vectors[idx] * self.weights[idx][:, None]).sum(axis=0)
        return v / (np.linalg.norm(v) or 1.0)


def align(
    reprint: np.ndarray,
    original: np.ndarray,
    reprint_groups: Sequence[object] | None = None,
    original_groups: Sequence[object] | None = None,
    reprint_weights: Sequence[float] | np.ndarray | None = None,
    original_weights: Sequence[float] | np.ndarray | None = None,
    params: AlignParams = AlignParams(),
    reprint_pairs: np.ndarray | None = None,
    original_pairs: np.ndarray | None = None,
    lexical: Callable[[int, int], float] | None = None,
    contained: Callable[[int, int], float] | None = None,
    counterpart: Callable[[int, int, float], bool] | None = None,
) -> list[RawLink]:
    """Links between reprint rows and original rows of two unit-length embedding matrices.

    Groups (paragraph ids) bound which adjacent sentences may be merged; weights (e.g.
    word counts) weigh the parts of a merged sentence. ``*_pairs`` are embeddings of
    sentence i joined with i + 1, one row per :func:`adjacent_pairs` entry; without them
    the joined embedding is approximated from the parts. ``lexical(r, o)`` scores the
    surface overlap of two sentences (0-100, e.g. chrF); with it, leftovers that share
    much of their wording with a leftover original are linked even when the
    embeddings disagree (poor machine translation). ``contained(r, o)`` is the share of
    reprint sentence r's content found in original o (0-1), or a negative number when r has
    too little content to tell; with it, a leftover sentence whose content lies within an
    original sentence is linked to it, joining the link of its neighbour when that link
    holds the original already (a long sentence translated as several). ``counterpart(r, o,
    cosine)`` says whether two sentences carry the same content; with it, a 1-1 candidate
    that does not is tried only after every other pass (a sentence about the same event
    scoring 0.70 gives way to its counterpart scoring 0.69, or to the part of a long
    sentence it is). Links come sorted by their first reprint
    index.
    """
    n, m = len(reprint), len(original)
    if n == 0 or m == 0:
        return []
    rside = _Side(reprint, reprint_groups, reprint_weights, reprint_pairs)
    oside = _Side(original, original_groups, original_weights, original_pairs)

    sim = reprint @ original.T
    best_for_original = sim.max(axis=0)  # best reprint score of each original sentence
    best_for_reprint = sim.max(axis=1)

    # (score, reprint indices, original indices)
    candidates: list[tuple[float, tuple[int, ...], tuple[int, ...]]] = []
    cols = _top_k(sim, TOP_K)
    for r in range(n):
        for o in cols[r]:
            score = float(sim[r, o])
            if score >= params.link_similarity:
                candidates.append((score, (r,), (int(o),)))

    # 1-2: one reprint sentence carries two adjacent original sentences.
    if len(oside.firsts):
        pair_sim = reprint @ oside.pairs.T
        for r, ps in enumerate(_top_k(pair_sim, TOP_K)):
            for p in ps:
                o1 = int(oside.firsts[p])
                score = float(pair_sim[r, p])
                parts = sim[r, o1], sim[r, o1 + 1]
                if (score >= params.link_similarity and score >= max(parts) + params.merge_gain
                        and min(parts) >= params.merge_part_similarity
                        and all(sim[r, o] >= best_for_original[o] - params.merge_gain for o in (o1, o1 + 1))):
                    candidates.append((score, (r,), (o1, o1 + 1)))

    # 2-1: two adjacent reprint sentences carry one original sentence.
    if len(rside.firsts):
        pair_sim = rside.pairs @ original.T
        for p, os_ in enumerate(_top_k(pair_sim, TOP_K)):
            r1 = int(rside.firsts[p])
            for o in os_:
                score = float(pair_sim[p, o])
                parts = sim[r1, o], sim[r1 + 1, o]
                if (score >= params.link_similarity and score >= max(parts) + params.merge_gain
                        and min(parts) >= params.merge_part_similarity
                        and all(sim[r, o] >= best_for_reprint[r] - params.merge_gain for r in (r1, r1 + 1))):
                    candidates.append((score, (r1, r1 + 1), (int(o),)))

    # Competitive linking, counterparts first, then best first; ties broken by position so
    # the result is stable.
    def deferred(candidate: tuple[float, tuple[int, ...], tuple[int, ...]]) -> bool:
        score, rs, os_ = candidate
        return counterpart is not None and len(rs) == 1 and len(os_) == 1 and not counterpart(rs[0], os_[0], score)

    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    later = [c for c in candidates if deferred(c)]
    postponed = set(later)
    state = _Links(n, m)
    for score, rs, os_ in candidates:
        if not ((score, rs, os_) in postponed or state.used_r[list(rs)].any() or state.used_o[list(os_)].any()):
            state.add(list(rs), list(os_), score)
    _uncross(state, sim, params)

    changed = True
    while changed:
        changed = _context_pass(state, sim, rside.groups, oside.groups, params)
        changed = _expand_pass(state, rside, oside, sim, params) or changed
    if lexical is not None:
        _rescue_pass(state, sim, lexical, params)
    if contained is not None:
        while _contained_pass(state, sim, rside.groups, contained, params):
            pass
    # Last, sentences only about the same event, where nothing else took either side: the
    # audit shows such an original as context, or takes it as a counterpart when the
    # sentences around it are linked in the same order.
    added = False
    for score, rs, os_ in later:
        if not (state.used_r[list(rs)].any() or state.used_o[list(os_)].any()):
            state.add(list(rs), list(os_), score)
            added = True
    if added:
        _uncross(state, sim, params)
    while added:
        added = _context_pass(state, sim, rside.groups, oside.groups, params)
    return state.result()


class _Links:
    """Links under construction: sentence lists per link, and which sentences are taken."""

    def __init__(self, n: int, m: int) -> None:
        self.used_r = np.zeros(n, dtype=bool)
        self.used_o = np.zeros(m, dtype=bool)
        self.links: list[list] = []  # [reprint indices, original indices, similarity]
        self.of_r: dict[int, int] = {}
        self.of_o: dict[int, int] = {}

    def add(self, rs: list[int], os_: list[int], score: float) -> None:
        k = len(self.links)
        self.links.append([sorted(rs), sorted(os_), score])
        self._mark(k)

    def _mark(self, k: int) -> None:
        rs, os_, _ = self.links[k]
        self.used_r[rs] = True
        self.used_o[os_] = True
        self.of_r.update({r: k for r in rs})
        self.of_o.update({o: k for o in os_})

    def extend(self, k: int, rs: list[int], os_: list[int], score: float) -> None:
        link = self.links[k]
        link[0] = sorted(set(link[0]) | set(rs))
        link[1] = sorted(set(link[1]) | set(os_))
        link[2] = score
        self._mark(k)

    def result(self) -> list[RawLink]:
        links = [RawLink(tuple(rs), tuple(os_), round(float(score), 4)) for rs, os_, score in self.links]
        return sorted(links, key=lambda link: link.reprint[0])


def _uncross(state: _Links, sim: np.ndarray, params: AlignParams) -> None:
    """Two 1-1 links that cross (r1 < r2 linked to o1 > o2) where the links in order would score
    nearly as well (within ``uncross_margin`` in all): near-twin sentences, such as a headline
    the lead repeats, are taken in the order the text gives them."""
    singles = [k for k, (rs, os_, _) in enumerate(state.links) if len(rs) == 1 and len(os_) == 1]
    for i, a in enumerate(singles):
        for b in singles[i + 1:]:
            (r1,), (o1,), _ = state.links[a]
            (r2,), (o2,), _ = state.links[b]
            if (r1 - r2) * (o1 - o2) >= 0:
                continue
            weakest = min(sim[r1, o1], sim[r2, o2]) - params.uncross_margin
            if (sim[r1, o2] + sim[r2, o1] >= sim[r1, o1] + sim[r2, o2] - params.uncross_margin
                    and min(sim[r1, o2], sim[r2, o1]) >= weakest):
                state.links[a][1], state.links[a][2] = [o2], float(sim[r1, o2])
                state.links[b][1], state.links[b][2] = [o1], float(sim[r2, o1])
                state.of_o[o2], state.of_o[o1] = a, b


def _context_pass(state: _Links, sim: np.ndarray, reprint_groups: Sequence[object],
                  original_groups: Sequence[object], params: AlignParams) -> bool:
    """Link a leftover sentence whose neighbour links to the neighbour of its counterpart.

    A paragraph moved as a block keeps its sentences together, so a weak match right
    next to a strong link is trusted at a lower bar.
    """
    n, m = sim.shape
    changed = False
    for r in range(n):
        if state.used_r[r]:
            continue
        for o in np.argsort(-sim[r])[:TOP_K]:
            o = int(o)
            if state.used_o[o] or sim[r, o] < params.link_similarity_in_context:
                continue
            # The start of both documents (titles) counts as a linked neighbour.
            support = r == 0 and o == 0
            for step in (-1, 1):
                if not 0 <= r + step < n or reprint_groups[r + step] != reprint_groups[r]:
                    continue
                k = state.of_r.get(r + step)
                target = o + step
                if (k is not None and 0 <= target < m and target in state.links[k][1]
                        and original_groups[target] == original_groups[o]):
                    support = True
            if support:
                state.add([r], [o], float(sim[r, o]))
                changed = True
                break
    return changed


def _rescue_pass(state: _Links, sim: np.ndarray, lexical: Callable[[int, int], float], params: AlignParams) -> None:
    """Link a leftover reprint sentence to the leftover original it shares most wording with."""
    n, m = sim.shape
    for r in range(n):
        if state.used_r[r]:
            continue
        free = np.flatnonzero(~state.used_o & (sim[r] >= params.rescue_similarity))
        if not len(free):
            continue
        nearest = [int(o) for o in free[np.argsort(-sim[r, free], kind="stable")[:2 * TOP_K]]]
        scored = [(lexical(r, o), o) for o in nearest]
        score, o = max(scored, key=lambda item: (item[0], -item[1]))
        if score >= params.rescue_lexical:
            state.add([r], [o], float(sim[r, o]))


def _contained_pass(state: _Links, sim: np.ndarray, reprint_groups: Sequence[object],
                    contained: Callable[[int, int], float], params: AlignParams) -> bool:
    """Link a leftover reprint sentence whose content lies within one original sentence.

    A long original sentence translated as three or four short ones leaves parts that are
    each too short to match the whole by embedding, though every word of them is in it.
    The part gets a link of its own when that original is free, or joins the link that
    holds it when a neighbour of the same paragraph is in that link (at a lower bar: the
    neighbour says where the part belongs). Returns whether it linked anything.
    """
    n, _ = sim.shape
    changed = False
    for r in range(n):
        if state.used_r[r]:
            continue
        if contained(r, 0) < 0:
            # A fragment with next to no content ("broadcast."): the broken-off end of the
            # sentence before it in its paragraph, when that one is linked.
            k = state.of_r.get(r - 1)
            if k is not None and reprint_groups[r - 1] == reprint_groups[r]:
                state.extend(k, [r], [], state.links[k][2])
                changed = True
            continue
        candidates = [int(o) for o in np.argsort(-sim[r], kind="stable")[:2 * TOP_K]
                      if sim[r, o] >= params.contained_similarity]

        def joins(o: int, r: int = r) -> bool:  # the link holding o has a neighbour of r from its paragraph
            return any(abs(r - q) == 1 and reprint_groups[q] == reprint_groups[r]
                       for q in state.links[state.of_o[o]][0])

        shares = [(contained(r, o), o, bool(state.used_o[o])) for o in candidates if not state.used_o[o] or joins(o)]
        scored = [(share, o) for share, o, held in shares if share >= params.contained_coverage
                  or (held and share >= params.contained_supported_coverage)]
        if not scored:
            continue
        # A part well within an original first; else the one that continues the sentence
        # before it (a sentence translated as several keeps its order), else the larger share.
        before = state.of_r.get(r - 1)
        _, o = max(scored, key=lambda item: (item[0] >= params.contained_coverage,
                                             state.used_o[item[1]] and state.of_o[item[1]] == before,
                                             item[0], sim[r, item[1]]))
        if not state.used_o[o]:
            state.add([r], [o], float(sim[r, o]))
        else:
            k = state.of_o[o]
            state.extend(k, [r], [], state.links[k][2])
        changed = True
    return changed


def _expand_pass(state: _Links, rside: _Side, oside: _Side, sim: np.ndarray, params: AlignParams) -> bool:
    """Grow links into n-m blocks: a leftover sentence next to a linked one joins that link.

    A reprint sentence split in two, or two original sentences merged into one reprint
    sentence, leaves one part unlinked once its twin took the counterpart. The part
    joins when its best counterpart lies in the link, the joined text matches better
    than the link did, and it stays in its neighbour's paragraph.
    """
    n, m = sim.shape
    changed = False

    for side in ("reprint", "original"):
        count = n if side == "reprint" else m
        used = state.used_r if side == "reprint" else state.used_o
        groups = rside.groups if side == "reprint" else oside.groups
        owner = state.of_r if side == "reprint" else state.of_o
        for i in range(count):
            if used[i]:
                continue
            best_k, best_score = None, -1.0
            for step in (-1, 1):
                j = i + step
                if not 0 <= j < count or groups[j] != groups[i] or j not in owner:
                    continue
                k = owner[j]
                rs, os_, score = state.links[k]
                # The part must belong here rather than with a counterpart still free.
                if side == "reprint":
                    part = float(sim[i, os_].max())
                    free = sim[i, ~state.used_o]
                    new_rs, new_os = rs + [i], os_
                else:
                    part = float(sim[rs, i].max())
                    free = sim[~state.used_r, i]
                    new_rs, new_os = rs, os_ + [i]
                best = float(free.max()) if free.size else 0.0
                if part < params.expand_part_similarity or part < best - params.merge_gain:
                    continue
                new_score = float(rside.vector(new_rs) @ oside.vector(new_os))
                if new_score >= score + params.expand_gain and new_score > best_score:
                    best_k, best_score = k, new_score
            if best_k is not None:
                if side == "reprint":
                    state.extend(best_k, [i], [], best_score)
                else:
                    state.extend(best_k, [], [i], best_score)
                changed = True
    return changed


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
