"""DEMETR benchmark: do the flags catch what each perturbation broke, and leave faithful translations alone?

    python benchmarks/demetr.py [--data benchmarks/data/demetr_dev.jsonl]

Each item is scored as `mtaudit score` scores a pair: the original is DEMETR's human
reference, the reprint is the perturbed machine translation. Reported:

- per perturbation: how often its expected flag kind is raised at major or critical
  severity, how often any acceptable kind is, and how often any flag at all is;
- false alarms: any major or critical inverted, garbled or fact flag on the
  `unperturbed_mt` controls (faithful translations);
- beside it, sentence chrF and embedding cosine used as detectors, each thresholded
  to flag the same share of the controls as mtaudit does.

Model outputs are kept in benchmarks/.cache so that a second run takes seconds.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from _models import score_rows  # noqa: E402

DATA = HERE / "data" / "demetr_dev.jsonl"
SERIOUS = ("major", "critical")
ALARM_KINDS = ("inverted", "garbled", "fact")


def _matched_threshold(control: np.ndarray, rate: float, higher_is_worse: bool) -> float:
    """The cut-off at which a score flags ``rate`` of the controls."""
    values = control if higher_is_worse else -control
    if rate <= 0:
        cut = values.max() + 1e-9
    else:
        cut = float(np.quantile(values, 1 - rate))
    return cut if higher_is_worse else -cut


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    rows, results, seconds = score_rows(args.data, "reference", "perturbed")

    by_type: dict[str, list[tuple[dict, object]]] = defaultdict(list)
    for row, result in zip(rows, results):
        by_type[row["perturbation"]].append((row, result))

    def serious_kinds(result) -> set[str]:  # type: ignore[no-untyped-def]
        return {f.kind for f in result.flags if f.severity in SERIOUS}

    controls = by_type["unperturbed_mt"]
    alarms = [bool(serious_kinds(res) & set(ALARM_KINDS)) for _, res in controls]
    alarm_rate = sum(alarms) / len(alarms)
    chrf_control = np.array([res.scores["chrf"] for _, res in controls])
    cos_control = np.array([res.scores["similarity"] for _, res in controls])
    chrf_cut = _matched_threshold(chrf_control, alarm_rate, higher_is_worse=False)
    cos_cut = _matched_threshold(cos_control, alarm_rate, higher_is_worse=False)

    print(f"{len(rows)} DEMETR dev items scored in {seconds:.1f} s ({len(rows) / seconds:.1f} pairs/s"
          f"{'; model outputs from cache' if seconds < 60 else ''})")
    print(f"false alarms on the unperturbed controls (major/critical inverted, garbled or fact): "
          f"{sum(alarms)}/{len(alarms)} = {alarm_rate:.3f}")
    print(f"baselines flag the same share of controls: chrF < {chrf_cut:.1f}, cosine < {cos_cut:.3f}\n")
    header = (f"{'perturbation':<30} {'expected':<9} {'n':>3} {'expected':>9} {'acceptable':>10} {'any flag':>9} "
              f"{'chrF det.':>9} {'cos det.':>9}")
    print(header)
    print("-" * len(header))
    per_flag: dict[str, list[bool]] = defaultdict(list)
    for name in sorted(by_type, key=lambda n: (by_type[n][0][0]["expected_flag"], n)):
        items = by_type[name]
        expected = items[0][0]["expected_flag"]
        hit_expected, hit_acceptable, hit_any, chrf_hits, cos_hits = [], [], [], [], []
        for row, res in items:
            kinds = serious_kinds(res)
            hit_expected.append(expected in kinds)
            hit_acceptable.append(bool(kinds & set(row["acceptable_flags"])))
            hit_any.append(bool({f.kind for f in res.flags}))
            chrf_hits.append(res.scores["chrf"] < chrf_cut)
            cos_hits.append(res.scores["similarity"] < cos_cut)
            if expected in ("inverted", "garbled", "fact"):
                per_flag[expected].append(expected in kinds)
        print(f"{name:<30} {expected:<9} {len(items):>3} {np.mean(hit_expected):>9.2f} "
              f"{np.mean(hit_acceptable):>10.2f} "
              f"{np.mean(hit_any):>9.2f} {np.mean(chrf_hits):>9.2f} {np.mean(cos_hits):>9.2f}")
    print("\nrecall of the expected flag (major/critical) per expected kind:")
    for kind, hits in sorted(per_flag.items()):
        print(f"  {kind:<9} {np.mean(hits):.3f} ({sum(hits)}/{len(hits)})")
    _fluency_summary(by_type)
    antonym = by_type.get("critical_id7_antonym", [])
    if antonym:
        ok = np.mean([bool(serious_kinds(res) & {"inverted", "fact", "drift"}) for _, res in antonym])
        print(f"  antonym items flagged inverted, fact or drift: {ok:.3f}")


#: The fluency goals: breaks that make a sentence hard to read, slips that leave it readable,
#: and surface noise that should never be called garbled.
UNREADABLE = ("critical_id20_shuffled", "critical_id4_codemix")
SLIPS = ("minor_id14_word_swap", "minor_id1_repeat2", "minor_id2_repeat4", "minor_id13_pos_shift",
         "minor_id15_case", "minor_id16_function_word")
NOISE = ("minor_id26_misspelled", "minor_id27_char_removed", "minor_id28_final_punc_removed",
         "minor_id29_punc_addition")


def _fluency_summary(by_type) -> None:  # type: ignore[no-untyped-def]
    def share(names, test) -> str:  # type: ignore[no-untyped-def]
        results = [res for name in names for _, res in by_type.get(name, [])]
        hits = sum(1 for res in results if test(res))
        return f"{hits / max(1, len(results)):.3f} ({hits}/{len(results)})"

    def garbled_serious(res) -> bool:  # type: ignore[no-untyped-def]
        return any(f.kind == "garbled" and f.severity in SERIOUS for f in res.flags)

    def any_fluency(res) -> bool:  # type: ignore[no-untyped-def]
        return any(f.kind in ("garbled", "fluency") for f in res.flags)

    print("\nfluency goals:")
    print(f"  major/critical garbled on shuffle and code-mix:        {share(UNREADABLE, garbled_serious)}")
    for name in UNREADABLE:
        print(f"    {name:<34} {share([name], garbled_serious)}")
    print(f"  any garbled or fluency flag on the readable slips:     {share(SLIPS, any_fluency)}")
    for name in SLIPS:
        print(f"    {name:<34} {share([name], any_fluency)}")
    print(f"  major/critical garbled on misspellings, punctuation:  {share(NOISE, garbled_serious)}")
    print(f"  any garbled or fluency flag on the controls (minor):   {share(['unperturbed_mt'], any_fluency)}")


if __name__ == "__main__":
    main()
