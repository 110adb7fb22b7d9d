"""How many threads a model may use: MTAUDIT_THREADS when set, else the CPUs the process may run
on, at most two."""

from __future__ import annotations

import pytest

from mtaudit.backends.threads import ENV, model_threads


@pytest.mark.parametrize("value,cpus,expected", [
    ("1", 4, 1), ("3", 4, 3),           # named: a Ray worker's CPUs
    ("", 1, 1), ("", 2, 2), ("", 8, 2),  # not named: the process's CPUs, at most two
    ("0", 8, 2), ("two", 1, 1),         # not a count: as if not named
])
def test_model_threads(monkeypatch, value, cpus, expected):
    monkeypatch.setenv(ENV, value)
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(cpus)), raising=False)
    assert model_threads() == expected
