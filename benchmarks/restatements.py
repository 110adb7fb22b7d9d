"""Faithful restatements against real errors, pair by pair: how many faithful pairs get a major or
critical flag (false alarms) and how many changed pairs do (caught), per set.

Each pair of benchmarks/data/restatements_dev.jsonl is an original sentence and a reprint of it
that either says the same in other words ("expect": "clean": double negations, figures in
another house style, events told from the other side, shares, totals) or changes what it says
("major": a negation, a figure, a quote, a speaker, who did what to whom). `--show` prints each
false alarm and each miss with its flags.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from _models import HERE, score_rows

DATA = HERE / "data" / "restatements_dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every false alarm and every miss")
    args = parser.parse_args()
    start = time.perf_counter()
    rows, results, _ = score_rows(DATA, "original", "reprint")
    counts: Counter[tuple[str, str]] = Counter()
    for row, result in zip(rows, results):
        serious = [f for f in result.flags if f.severity in ("major", "critical")]
        counts[row["set"], row["expect"]] += 1
        counts[row["set"], "flagged " + row["expect"]] += bool(serious)
        if args.show and bool(serious) != (row["expect"] == "major"):
            print(("FALSE ALARM" if serious else "MISS"), row["id"], row["note"])
            print("   original:", row["original"])
            print("   reprint: ", row["reprint"])
            for flag in serious:
                print(f"      {flag.kind}/{flag.check} ({flag.severity}): {flag.message}")
    print(f"{len(rows)} pairs scored in {time.perf_counter() - start:.1f} s\n")
    print(f"{'set':<20}{'faithful':>10}{'false alarms':>14}{'changed':>10}{'caught':>8}")
    for name in dict.fromkeys(r["set"] for r in rows):
        print(f"{name:<20}{counts[name, 'clean']:>10}{counts[name, 'flagged clean']:>14}"
              f"{counts[name, 'major']:>10}{counts[name, 'flagged major']:>8}")


if __name__ == "__main__":
    main()
