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
import re
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


def at_error(flag, row: dict) -> bool:  # type: ignore[no-untyped-def]
    """Whether an expert marked an error where the flag points: its span overlaps an error
    span in the translation (two characters of slack), or, for a flag without a span, the
    segment has any error."""
    span = flag.evidence.get("span")
    if not isinstance(span, (list, tuple)):
        return bool(row["errors"])
    start, end = span
    return any(e["span_side"] == "target" and e["start"] is not None
               and e["start"] - 2 < end and start < e["end"] + 2 for e in row["errors"])


def _random_word_hits(flag, row: dict) -> float:  # type: ignore[no-untyped-def]
    """For a flag with a span: how often a word of the same translation, each taken in turn,
    falls where an expert marked an error (the share a check pointing at random would reach)."""
    if not isinstance(flag.evidence.get("span"), (list, tuple)):
        return float("nan")
    spans = [m.span() for m in re.finditer(r"\S+", row["mt"])]

    class Pointer:
        def __init__(self, span: tuple[int, int]) -> None:
            self.evidence = {"span": list(span)}

    return sum(at_error(Pointer(span), row) for span in spans) / max(1, len(spans))


def major_accuracy_raters(row: dict) -> int:
    """How many experts marked a major accuracy error in the segment."""
    return len({e["rater"] for e in row["errors"]
                if e["severity"] == "Major" and e["category"].lower().startswith("accuracy")})


def at_accuracy_error(flag, row: dict) -> bool:  # type: ignore[no-untyped-def]
    """Whether a flag's span overlaps an expert's major accuracy error span (two characters of slack)."""
    start, end = flag.evidence["span"]
    return any(e["span_side"] == "target" and e["start"] is not None and e["severity"] == "Major"
               and e["category"].lower().startswith("accuracy")
               and e["start"] - 2 < end and start < e["end"] + 2 for e in row["errors"])


def print_major_accuracy(rows: list[dict], results: list) -> None:  # type: ignore[type-arg]
    """Segments where two or more experts marked a major accuracy error: how many get a
    major/critical flag, and, of those flags that point at words, how many point where an
    expert marked the error."""
    marked = [(r, res) for r, res in zip(rows, results) if major_accuracy_raters(r) >= 2]
    caught = [(r, res) for r, res in marked if any(f.severity in ("major", "critical") for f in res.flags)]
    spanned = [(f, r) for r, res in caught for f in res.flags
               if f.severity in ("major", "critical") and isinstance(f.evidence.get("span"), (list, tuple))]
    overlap = sum(at_accuracy_error(f, r) for f, r in spanned)
    print(f"\nsegments where >= 2 experts marked a major accuracy error: {len(marked)}; "
          f"with a major/critical flag: {len(caught)} = {len(caught) / max(1, len(marked)):.3f}; "
          f"flags with a span on them: {len(spanned)}, overlapping an expert's span: {overlap} = "
          f"{overlap / max(1, len(spanned)):.3f}")
    kinds: dict[str, int] = {}
    for _, res in caught:
        for kind in sorted({f"{f.kind}/{f.check}" for f in res.flags if f.severity in ("major", "critical")}):
            kinds[kind] = kinds.get(kind, 0) + 1
    print("  caught by: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1])))


def print_check_precision(rows: list[dict], results: list) -> None:  # type: ignore[type-arg]
    """Each check's flags: how many fall on segments the experts found clean, how many where an
    expert marked an error, that share (the check's precision), and for flags with a span the
    share a word picked at random in the same translations would reach."""
    from mtaudit.verdict import policy_key

    table: dict[str, list[float]] = {}
    for row, result in zip(rows, results):
        for flag in result.flags:
            key = f"{flag.kind}/{policy_key(flag.check, flag.evidence)} ({flag.severity})"
            counts = table.setdefault(key, [0, 0, 0, 0.0])
            counts[0] += 1
            counts[1] += not row["errors"]
            counts[2] += at_error(flag, row)
            counts[3] += _random_word_hits(flag, row)
    print(f"\nflags by check: on expert-clean segments, and where an expert marked an error "
          f"({sum(not r['errors'] for r in rows)} clean segments of {len(rows)})")
    print(f"{'check (severity)':<44} {'flags':>6} {'clean':>6} {'at error':>9} {'precision':>9} {'random word':>12}")
    for key, (n, clean, hit, chance) in sorted(table.items(), key=lambda item: -item[1][0]):
        baseline = "-" if chance != chance else f"{chance / n:.2f}"
        print(f"{key:<44} {n:>6} {clean:>6} {hit:>9} {hit / n:>9.2f} {baseline:>12}")


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
    serious = [res for res in clean if any(f.severity in ("major", "critical") for f in res.flags)]
    print(f"\nfalse alarms (major/critical inverted, garbled or fact) on segments the experts found no error in: "
          f"{len(alarms)}/{len(clean)} = {len(alarms) / max(1, len(clean)):.3f}")
    print(f"any major/critical flag on those segments: {len(serious)}/{len(clean)} = "
          f"{len(serious) / max(1, len(clean)):.3f}")
    print_major_accuracy(rows, results)
    print_check_precision(rows, results)
    print("\nby system (mean risk, mean MQM):")
    for system in sorted({r["system"] for r in rows}):
        mask = np.array([r["system"] == system for r in rows])
        print(f"  {system:<24} risk {risk[mask].mean():.3f}  MQM {mqm[mask].mean():.2f}  n={mask.sum()}")


if __name__ == "__main__":
    main()
