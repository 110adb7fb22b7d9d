"""The audit's models with their outputs kept on disk, so benchmark runs can be repeated quickly.

The models are mtaudit's own, behind its own output cache (mtaudit/cache.py), kept in a file
of the benchmarks' (benchmarks/.cache/outputs.sqlite) rather than the user's cache, and never
pruned. Every model call goes through the real backends the first time; later runs read the
stored outputs for texts already seen. Delete benchmarks/.cache to measure from scratch.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mtaudit.backends.models import ModelSet  # noqa: E402
from mtaudit.cache import OutputCache  # noqa: E402
from mtaudit.config import AuditConfig  # noqa: E402

CACHE = HERE / ".cache" / "outputs.sqlite"


def cached_models(config: AuditConfig) -> ModelSet:
    """The configured models, their outputs kept in the benchmarks' own cache file."""
    return ModelSet(config, cache=OutputCache(CACHE, max_bytes=1 << 40))


def score_rows(path: Path, original: str, reprint: str):  # type: ignore[no-untyped-def]
    """Read a dev file and score every row as `mtaudit score` would: (rows, results, seconds)."""
    import json
    import time

    from mtaudit.scoring import Pair, score_pairs

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    config = AuditConfig()
    models = cached_models(config)
    start = time.perf_counter()
    results = score_pairs([Pair(r["id"], r[original], r[reprint]) for r in rows], models, config)
    seconds = time.perf_counter() - start
    if models.cache is not None:
        models.cache.close()
    return rows, results, seconds
