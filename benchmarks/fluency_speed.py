"""Throughput of the check stage on this machine, stage by stage: the real
``mtaudit.scoring.run_checks`` on DEMETR sentences, timed through its progress messages.

    python benchmarks/fluency_speed.py [--n 300]

Three runs over the same reprint sentences: linked (each with its original), unlinked
(reference-free), and linked with ``--no-repairs``. No output cache is used: every sentence
goes through the real models. Model loading is timed apart, before the runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mtaudit.backends.models import ModelSet  # noqa: E402
from mtaudit.config import AuditConfig  # noqa: E402
from mtaudit.pipeline import STAGES  # noqa: E402
from mtaudit.scoring import CheckItem, run_checks  # noqa: E402


def timed_stages(items: list[CheckItem], models: ModelSet, config: AuditConfig) -> dict[str, float]:
    """Seconds spent in each stage of one run of the checks."""
    marks: list[tuple[str, float]] = []
    run_checks(items, models, config, None, lambda stage: marks.append((stage, time.perf_counter())))
    end = time.perf_counter()
    return {stage: finish - begin for (stage, begin), (_, finish) in zip(marks, [*marks[1:], ("", end)])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=300, help="sentences to time (default 300)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (HERE / "data" / "demetr_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    pairs = sorted({(r["reference"], r["perturbed"]) for r in rows if r["perturbed"].strip()})[:args.n]
    config = AuditConfig()
    models = ModelSet(config)  # no output cache

    start = time.perf_counter()
    embedder = models.embedder
    assert embedder is not None
    vectors_o = embedder.encode([o for o, _ in pairs])
    vectors_r = embedder.encode([r for _, r in pairs])
    linked = [CheckItem(r, o, similarity=float(a @ b)) for (o, r), a, b in zip(pairs, vectors_o, vectors_r)]
    unlinked = [CheckItem(r) for _, r in pairs]
    no_repairs = dataclasses.replace(config, models=dataclasses.replace(config.models, lm_repairs=False))
    # a short first run loads every model, so that no timed run pays for it
    run_checks(linked[:4], models, config, None)
    loading = time.perf_counter() - start

    runs = {"linked": timed_stages(linked, models, config),
            "unlinked": timed_stages(unlinked, models, config),
            "linked, --no-repairs": timed_stages(linked, models, no_repairs)}
    n = len(pairs)
    print(f"{n} DEMETR sentences; models loaded in {loading:.1f} s; LM {getattr(models.lm, 'identity', '')}")
    names = list(runs)
    print(f"{'stage (seconds)':<46}" + "".join(f"{name:>22}" for name in names))
    for stage in STAGES:
        if any(stage in run for run in runs.values()):
            print(f"{stage:<46}" + "".join(f"{runs[name].get(stage, 0.0):>22.2f}" for name in names))
    print(f"{'total':<46}" + "".join(f"{sum(runs[name].values()):>22.2f}" for name in names))
    print(f"{'sentences a second':<46}" + "".join(f"{n / sum(runs[name].values()):>22.1f}" for name in names))


if __name__ == "__main__":
    main()
