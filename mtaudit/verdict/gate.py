"""The gate and the risk score: flags and the fail-on severity -> a verdict; all evidence -> one
risk score per sentence."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..types import Flag, fails

_SEVERITY_RISK = {"minor": 0.35, "major": 0.7, "critical": 0.95}


def verdict(flags: Iterable[Flag], fail_on: str) -> str:
    return "fail" if any(fails(flag, fail_on) for flag in flags) else "pass"


def risk_score(flags: Iterable[Flag], scores: Mapping[str, float | None]) -> float:
    """Overall estimated severity of a sentence in [0, 1], higher is worse.

    The gravest flag sets the floor; drift and lost fluency raise it smoothly, so
    sentences without flags are still ranked.
    """
    flags = list(flags)
    floor = max((_SEVERITY_RISK[f.severity] for f in flags), default=0.0)
    drift = scores.get("drift")
    fluency = scores.get("fluency")
    soft = 0.0
    if drift is not None:
        soft = max(soft, 0.6 * float(drift))
    if fluency is not None:
        soft = max(soft, 0.6 * (1.0 - float(fluency)))
    extra = 0.05 * max(0, len(flags) - 1)
    return round(min(1.0, max(floor, soft) + (1.0 - max(floor, soft)) * min(0.5, soft * 0.5 + extra)), 4)


