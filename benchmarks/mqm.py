"""MQM benchmark: does mtaudit rank segments the way expert raters do?

    python benchmarks/mqm.py [--data benchmarks/data/mqm_zhen_dev.jsonl]

Each zh-en segment is scored as `mtaudit score` scores a pair (original = the WMT
reference, reprint = the system's translation). Reported, beside sentence chrF:

- Kendall tau between `risk` and the expert MQM score (higher is worse for both);
- AUC of `fluency` at separating segments with an expert Fluency error from those without
  (all segments, and major Fluency errors only).

Model outputs are kept in benchmarks/.cache so that a second run takes seconds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.stats import kendalltau
from sklearn.metrics import roc_auc_score

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _models import score_rows  # noqa: E402


DATA = HERE / "data" / "mqm_zhen_dev.jsonl"


def has_fluency_error(row: dict, major_only: bool) -> bool:
    return any(e["category"].lower().startswith("fluency") and (not major_only or e["severity"] == "Major")
               for e in row["errors"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    rows, results, seconds = score_rows(args.data, "reference", "mt")

    mqm = np.array([r["mqm_score"] for r in rows])
    risk = np.array([res.scores["risk"] for res in results])
    chrf = np.array([res.scores["chrf"] for res in results])
    fluency = np.array([res.scores["fluency"] for res in results])
    print(f"{len(rows)} MQM dev segments scored in {seconds:.1f} s ({len(rows) / seconds:.1f} pairs/s"
          f"{'; model outputs from cache' if seconds < 60 else ''})\n")
    print(f"{'measure':<44} {'mtaudit':>8} {'chrF':>8}")
    print("-" * 62)
    tau_risk = kendalltau(risk, mqm).statistic
    tau_chrf = kendalltau(-chrf, mqm).statistic
    print(f"{'Kendall tau with expert MQM score':<44} {tau_risk:>8.3f} {tau_chrf:>8.3f}   (risk vs -chrF)")
    for major_only in (False, True):
        labels = np.array([has_fluency_error(r, major_only) for r in rows])
        label = f"fluency AUC ({'major ' if major_only else ''}Fluency errors: {labels.sum()})"
        print(f"{label:<44} {roc_auc_score(labels, -fluency):>8.3f} {roc_auc_score(labels, -chrf):>8.3f}")
    clean = [res for r, res in zip(rows, results) if not r["errors"]]
    alarms = [res for res in clean if {f.kind for f in res.flags if f.severity in ("major", "critical")}
              & {"inverted", "garbled", "fact"}]
    print(f"\nfalse alarms (major/critical inverted, garbled or fact) on segments the experts found no error in: "
          f"{len(alarms)}/{len(clean)} = {len(alarms) / max(1, len(clean)):.3f}")
    print("\nby system (mean risk, mean MQM):")
    for system in sorted({r["system"] for r in rows}):
        mask = np.array([r["system"] == system for r in rows])
        print(f"  {system:<24} risk {risk[mask].mean():.3f}  MQM {mqm[mask].mean():.2f}  n={mask.sum()}")


if __name__ == "__main__":
    main()
