"""Aligning reprint sentences with their counterparts in the originals.

- ``core.py``: the aligner itself, pure numpy over sentence embeddings (competitive linking,
  merges and splits, context, containment, variants of one article);
- ``counterpart.py``: which links join counterparts (content words shared both ways) and which
  only share the event;
- ``tasks.py``: ``mtaudit align``'s inputs and outputs (task files, segmented files, JSON lines).
"""

from __future__ import annotations

from .core import AlignParams, RawLink, adjacent_pairs, align, find_variants

__all__ = ["AlignParams", "RawLink", "adjacent_pairs", "align", "find_variants"]
