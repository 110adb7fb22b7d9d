"""How many threads a model may use."""

from __future__ import annotations

import os

#: Set by a process that shares the machine with others (a Ray worker: the CPUs it was given).
ENV = "MTAUDIT_THREADS"


def model_threads() -> int:
    """``MTAUDIT_THREADS`` when set; else the CPUs this process may run on, at most two."""
    value = os.environ.get(ENV, "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(2, cpus))
