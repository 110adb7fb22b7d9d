"""Meaning drift of a linked pair: embedding cosine and sacrebleu's sentence chrF, BLEU and TER."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..config import Thresholds
from ..types import Flag
from .changes import where_changed


@lru_cache(maxsize=1)
def _metrics() -> tuple[Any, Any, Any]:
    from sacrebleu.metrics import BLEU, CHRF, TER

    metrics = BLEU(effective_order=True), CHRF(), TER()
    for metric in metrics:  # one reference per sentence: the signature needs to have seen one
        metric.sentence_score("a", ["a"])
    return metrics


def metric_signatures() -> dict[str, str]:
    """sacrebleu's signatures, so every number in a report can be reproduced."""
    bleu, chrf, ter = _metrics()
    return {"bleu": str(bleu.get_signature()), "chrf": str(chrf.get_signature()), "ter": str(ter.get_signature())}


def metrics_identity() -> str:
    """What decides the string scores, for the output cache."""
    import sacrebleu

    return f"metrics|sacrebleu {sacrebleu.__version__}|" + "|".join(metric_signatures().values())


def string_scores(original: str, reprint: str) -> dict[str, float]:
    """Sentence chrF, BLEU and TER of the reprint against the original (0-100; TER lower is better)."""
    bleu, chrf, ter = _metrics()
    return {
        "chrf": round(chrf.sentence_score(reprint, [original]).score, 2),
        "bleu": round(bleu.sentence_score(reprint, [original]).score, 2),
        "ter": round(ter.sentence_score(reprint, [original]).score, 2),
    }


def drift_score(similarity: float, chrf: float) -> float:
    """How far the meaning moved, in [0, 1]: 0 for a copy, near 1 for unrelated sentences.

    Cosine carries meaning, chrF the wording; cosine counts for more because faithful
    paraphrases reword freely.
    """
    semantic = min(1.0, max(0.0, (similarity - 0.3) / 0.65))
    lexical = min(1.0, max(0.0, chrf / 100.0))
    return round(min(1.0, max(0.0, 0.6 * (1.0 - semantic) + 0.4 * (1.0 - lexical))), 4)


def is_comparable(similarity: float, chrf: float, thresholds: Thresholds) -> bool:
    """Whether a linked pair says the same thing closely enough to compare it word by word.

    Reprints of related wire stories link to originals that cover the same point in other
    words; their names and negations differ without anything being changed. A pair that
    shares most of its wording (chrF >= fact_chrf) is a counterpart even when a flipped
    negation or a replaced name has pulled its cosine down.
    """
    return ((similarity >= thresholds.pair_similarity and chrf >= thresholds.pair_chrf)
            or chrf >= thresholds.fact_chrf)


def is_strong_counterpart(similarity: float, chrf: float, thresholds: Thresholds) -> bool:
    """A pair close enough that the contradiction model's word is worth a flag on its own:
    cosine >= contradiction_similarity or chrF >= fact_chrf."""
    return similarity >= thresholds.contradiction_similarity or chrf >= thresholds.fact_chrf


def drift_flags(scores: dict[str, float], thresholds: Thresholds, close: bool = False,
                reversed_already: bool = False, headline: bool = False, reworded: bool = False,
                texts: tuple[str, str] | None = None, passage_conflict: float | None = None) -> list[Flag]:
    """Meaning drift from the scores (not on a ``headline``); on a close counterpart (cosine >=
    contradiction_similarity or chrF >= fact_chrf), a conflict that the contradiction model
    sees but no other check confirms is a major drift: the meaning may have turned. Not when
    the pair reads almost the same (cosine >= contradiction_ceiling), nor when it is only
    ``reworded``: its negations said in other words ("did not have enough" / "lacked"), or one
    event told the other way round ("lent" / "borrowed"), nor when the original told with the
    sentence before it or the one after it (``passage_conflict``, the weaker) is no conflict: the
    reprint tells that sentence with it. ``texts`` (original, reprint) let the flag say where the
    words changed."""
    drift = scores["drift"]
    conflict = scores.get("conflict")
    strong = is_strong_counterpart(scores["similarity"], scores["chrf"], thresholds)
    if (close and strong and not reversed_already and not reworded and conflict is not None
            and conflict >= thresholds.contradiction_drift and scores["similarity"] < thresholds.contradiction_ceiling
            and (passage_conflict is None or round(passage_conflict, 4) >= thresholds.contradiction_drift)):
        where, changes = where_changed(*texts) if texts is not None else ("", {})
        passage = {"passage_conflict": round(passage_conflict, 4)} if passage_conflict is not None else {}
        return [Flag("drift", "major", f"the meaning may have changed{where}: the reprint reads as saying something "
                     "else than the original. Check it against the original", "contradiction-model",
                     {"conflict": conflict, **passage, "drift": drift, "similarity": scores["similarity"],
                      "chrf": scores["chrf"], **changes})]
    if drift < thresholds.drift_minor or headline:
        return []  # a headline is rewritten as a matter of course
    close = scores["similarity"] >= thresholds.pair_similarity
    severity = "major" if drift >= thresholds.drift_major and close else "minor"
    return [Flag("drift", severity, f"meaning drifted from the original (drift {drift:.2f})", "drift",
                 {"drift": drift, "similarity": scores["similarity"], "chrf": scores["chrf"]})]
