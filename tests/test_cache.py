"""The on-disk cache of model outputs: a second run reads it and loads no model; the report
is the same; --no-cache bypasses it; a damaged cache never changes a result."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mtaudit.backends.registry import cache_dir
from mtaudit.cache import OutputCache

from conftest import ROOT, seed

#: Runs the command line, then says which model libraries the process imported.
PROBE = ("import sys, atexit\n"
         "atexit.register(lambda: sys.stderr.write('LOADED ' + ' '.join(sorted(m for m in "
         "('torch', 'transformers', 'sentence_transformers', 'onnxruntime', 'spacy') if m in sys.modules)) + '\\n'))\n"
         "from mtaudit.cli import main\n"
         "sys.argv = ['mtaudit'] + sys.argv[1:]\n"
         "main()\n")


def _run(cache: Path, *args: str) -> tuple[int, str]:
    env = {**os.environ, "MTAUDIT_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600)
    return result.returncode, result.stderr


@pytest.mark.models
def test_a_warm_run_reads_the_cache_and_loads_no_model(tmp_path, seed_reports):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "models").symlink_to(cache_dir() / "models")  # the unpacked models, not their outputs
    args = [seed("002"), seed("003"), seed("004"), "--original", seed("000"), "--original", seed("001"), "--quiet"]
    status, stderr = _run(cache, "audit", *args, "--json", str(tmp_path / "cold.json"))
    assert status == 1, stderr
    assert "torch" in stderr.split("LOADED")[-1]
    assert (cache / "outputs.sqlite").stat().st_size > 0
    status, stderr = _run(cache, "audit", *args, "--json", str(tmp_path / "warm.json"))
    assert status == 1, stderr
    assert stderr.split("LOADED")[-1].strip() == ""  # no model library imported at all
    cold, warm = (tmp_path / "cold.json").read_bytes(), (tmp_path / "warm.json").read_bytes()
    assert cold == warm == seed_reports["json"].read_bytes()
    # --no-cache runs the models again and gets the same report.
    status, stderr = _run(cache, "audit", *args, "--json", str(tmp_path / "bypass.json"), "--no-cache")
    assert "torch" in stderr.split("LOADED")[-1]
    assert (tmp_path / "bypass.json").read_bytes() == cold


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
