"""Property-based tests: segmentation and alignment hold their contracts on any input."""

from __future__ import annotations

import time

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtaudit.align import AlignParams, adjacent_pairs, align
from mtaudit.segment import split_spans

#: Text built from pieces that stress a sentence splitter: abbreviations, quotes, numbers,
#: ellipses, stray punctuation, other scripts, emoji, control characters and long runs.
PIECES = st.sampled_from([
    "The talks ended.", " ", "  ", "\n", "\t", "U.S.", "Dr.", "e.g.", "No. 5", "3.5", "...", "…", "?!", "!",
    "“", "”", '"', "'", "(", ")", "—", " - ", "a", "word", "Word", "WORD", "Mr. Smith said", "。", "北约",
    "مرحبا", "🤝", "\u202e", "\x07", "\r\n", ".", ",", ";", ":", "www.example.com", "1,000", "$5.5m",
])
TEXT = st.one_of(st.lists(PIECES, max_size=60).map("".join), st.text(max_size=300))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_sentence_spans_slice_back_and_cover_the_text(text):
    spans = split_spans(text)
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)  # in order, inside, not overlapping
        piece = text[start:end]
        assert piece.strip() == piece and piece  # no surrounding whitespace, never empty
        previous_end = end
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    uncovered = [c for i, c in enumerate(text) if i not in covered and not c.isspace()]
    assert uncovered == [], (text, spans)


def test_segmentation_of_one_enormous_line_is_bounded():
    text = " ".join(["word"] * 100_000)  # 500,000 characters, no punctuation
    start = time.perf_counter()
    spans = split_spans(text)
    assert time.perf_counter() - start < 30
    assert spans and spans[0][0] == 0 and spans[-1][1] == len(text)


def _unit(rng: np.random.Generator, rows: int, dim: int) -> np.ndarray:
    matrix = rng.normal(size=(rows, dim)).astype(np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True).clip(1e-6)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 40), st.integers(0, 40), st.integers(0, 2**32 - 1), st.booleans(), st.booleans())
def test_alignment_links_stay_in_range(n_reprint, n_original, seed, near_copies, with_pairs):
    rng = np.random.default_rng(seed)
    dim = 16
    original = _unit(rng, n_original, dim)
    if near_copies and n_original:
        picks = rng.integers(0, n_original, size=n_reprint)
        reprint = original[picks] + 0.1 * _unit(rng, n_reprint, dim)
        reprint /= np.linalg.norm(reprint, axis=1, keepdims=True).clip(1e-6)
    else:
        reprint = _unit(rng, n_reprint, dim)
    reprint_groups = list(rng.integers(0, 4, size=n_reprint))
    original_groups = list(rng.integers(0, 4, size=n_original))
    pairs = {}
    if with_pairs:
        pairs = {"reprint_pairs": _unit(rng, len(adjacent_pairs(reprint_groups)), dim),
                 "original_pairs": _unit(rng, len(adjacent_pairs(original_groups)), dim)}
    start = time.perf_counter()
    links = align(reprint, original, reprint_groups, original_groups, params=AlignParams(),
                  lexical=lambda r, o: float((r * 7 + o * 3) % 100), **pairs)
    assert time.perf_counter() - start < 5
    seen_reprint: set[int] = set()
    for link in links:
        assert link.reprint and link.original
        assert all(0 <= r < n_reprint for r in link.reprint)
        assert all(0 <= o < n_original for o in link.original)
        assert not seen_reprint & set(link.reprint)  # a reprint sentence is in one link at most
        seen_reprint.update(link.reprint)
        assert -1.0001 <= link.similarity <= 1.0001


@pytest.mark.parametrize("n", [0, 1])
def test_alignment_of_empty_and_single_inputs(n):
    rng = np.random.default_rng(0)
    assert align(_unit(rng, 0, 8), _unit(rng, n, 8)) == []
    links = align(_unit(rng, n, 8), _unit(rng, 0, 8))
    assert links == []
