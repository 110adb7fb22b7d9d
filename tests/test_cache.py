"""The on-disk cache of model outputs: a second run reads it and loads no model; the report
is the same; --no-cache bypasses it; a damaged cache never changes a result."""

from __future__ import annotations

import numpy as np
import pytest

from mtaudit.cache import OutputCache

from conftest import FAST, probe, seed_args


@pytest.mark.models
def test_a_warm_run_reads_the_cache_and_loads_no_model(offline_seed_run, seed_reports, tmp_path):
    cold = offline_seed_run
    assert cold.status == 1, cold.stderr
    assert "torch" in cold.loaded  # the empty cache made every model load and run
    assert (cold.cache / "outputs.sqlite").stat().st_size > 0
    warm = tmp_path / "warm.json"
    status, loaded, stderr = probe(cold.env, "audit", *seed_args(), "--json", str(warm), "--quiet")
    assert status == 1, stderr
    assert loaded == ""  # no model library imported at all
    assert cold.report.read_bytes() == warm.read_bytes() == seed_reports["json"].read_bytes()
    # --no-cache runs the models again though every output is cached (the embedder alone here: a full
    # run without the cache is the offline test's, and gives the same report).
    status, loaded, stderr = probe(cold.env, "audit", *seed_args(), *FAST, "--no-cache", "--quiet")
    assert status in (0, 1), stderr
    assert "torch" in loaded


def test_cache_stores_reads_and_keeps_within_its_bound(tmp_path):
    cache = OutputCache(tmp_path / "o.sqlite", max_bytes=20_000)
    calls = []

    def compute(items):
        calls.append(list(items))
        return [np.full(100, len(item), dtype=np.float32) for item in items]

    first = cache.through("m1", ["a", "bb", "a"], compute)
    again = cache.through("m1", ["bb", "a", "ccc"], compute)
    assert calls == [["a", "bb", "a"], ["ccc"]]
    assert [v[0] for v in first] == [1, 2, 1] and [v[0] for v in again] == [2, 1, 3]
    assert cache.through("m2", ["a"], compute)[0][0] == 1 and calls[-1] == ["a"]  # another model: its own entry
    for n in range(100):
        cache.through("m1", [f"text {n}"], compute)
    cache.close()
    assert (tmp_path / "o.sqlite").stat().st_size < 200_000
    reopened = OutputCache(tmp_path / "o.sqlite", max_bytes=20_000)
    calls.clear()
    reopened.through("m1", ["text 99"], compute)
    assert calls == []  # the entry used last survived the pruning


def test_a_damaged_cache_is_skipped(tmp_path, caplog):
    path = tmp_path / "o.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = OutputCache(path)
    values = cache.through("m", ["a", "b"], lambda items: [x.upper() for x in items])
    assert values == ["A", "B"]
    assert "cannot be used" in caplog.text
