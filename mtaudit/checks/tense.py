"""A verb moved between the past and the future: "the leaders will meet on Monday" / "the
leaders met on Monday". Reported as done, what the original says is still to come (or the
reverse) is a changed fact, as a date is.

Tenses are read from the tagger's tags and the auxiliaries before a verb: "will meet", "'ll
meet", "will be held", "is going to meet" look forward; "met", "has met", "was held", "has been
held" look back. A verb counts only where each side gives it one way and the other side the other
way, and never in both ways; verbs of saying are left alone (reprints report in their own tense),
and so is what was going on ("were being consolidated"), which is not done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..backends.tagger import Analysis, Token


@dataclass(frozen=True)
class Settings:
    """How far an auxiliary stands from its verb."""

    reach: int = 3
    """Words between "will" and its verb ("will not formally meet")."""


SETTINGS = Settings()

#: Verbs whose tense a reprint may change freely: attributions and the auxiliaries themselves.
_LEFT_ALONE = frozenset({"say", "tell", "add", "note", "state", "be", "have", "do", "will", "shall", "go",
                         "would", "can", "could", "may", "might", "must", "should"})
#: Words that may stand between an auxiliary and its verb ("will not", "has already", "will be").
_BETWEEN_TAGS = frozenset({"RB", "RBR", "RBS"})
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "’ll"})
_PERFECT = frozenset({"has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d"})
_PAST_BE = frozenset({"was", "were"})


def _tense(tokens: Sequence[Token], i: int) -> str | None:
    """"future", "past" or None (present, infinitive, a participle on its own) for the verb at ``i``."""
    token = tokens[i]
    before: list[str] = []
    j = i - 1
    while j >= 0 and len(before) < SETTINGS.reach + 2:
        word = tokens[j].text.lower()
        if tokens[j].tag in _BETWEEN_TAGS or word in ("be", "been", "being"):
            before.append(word)
            j -= 1
            continue
        before.append(word)
        break
    auxiliary = before[-1] if before else ""
    skipped = before[:-1]
    if auxiliary in _FUTURE_AUXILIARIES and len(skipped) <= SETTINGS.reach and token.tag in ("VB", "VBN", "VBG"):
        return "future"
    if (auxiliary == "to" and j >= 1 and tokens[j - 1].text.lower() == "going" and token.tag == "VB"
            and j >= 2 and tokens[j - 2].lemma == "be"):
        return "future"
    if token.tag == "VBD" and token.text.lower() != token.lemma.lower():
        return "past"  # "met" (not a base form the tagger took for a past: "will hurt ... and worsen")
    if token.tag == "VB" and auxiliary == "did" and len(skipped) <= SETTINGS.reach:
        return "past"  # "did not meet"
    if (token.tag == "VBN" and (auxiliary in _PERFECT or auxiliary in _PAST_BE) and len(skipped) <= SETTINGS.reach
            and "being" not in skipped):
        return "past"  # "has met", "has been held", "was held"; not "was being held", still going on
    return None


def tenses(analysis: Analysis) -> dict[str, set[str]]:
    """The tenses each verb (by lemma) is given in: {"meet": {"future"}, ...}."""
    out: dict[str, set[str]] = {}
    tokens = analysis.tokens
    for i, token in enumerate(tokens):
        if not token.tag.startswith("VB") or not token.lemma or token.lemma.lower() in _LEFT_ALONE:
            continue
        tense = _tense(tokens, i)
        if tense is not None:
            out.setdefault(token.lemma.lower(), set()).add(tense)
    return out


def tense_changes(original: Analysis, reprint: Analysis) -> list[dict[str, Any]]:
    """Verbs the original gives in the future and the reprint in the past, or the reverse."""
    theirs, mine = tenses(original), tenses(reprint)
    changes = []
    for lemma in sorted(set(theirs) & set(mine)):
        if len(theirs[lemma]) == 1 and len(mine[lemma]) == 1 and theirs[lemma] != mine[lemma]:
            (was,), (now,) = theirs[lemma], mine[lemma]
            changes.append({"type": "tense", "verb": lemma, "original": [_shown(original, lemma)],
                            "reprint": [_shown(reprint, lemma)], "moved": f"{was} to {now}"})
    return changes


def _shown(analysis: Analysis, lemma: str) -> str:
    """The verb with its auxiliaries, as the sentence writes it ("will be held")."""
    tokens = analysis.tokens
    for i, token in enumerate(tokens):
        if token.lemma.lower() == lemma and token.tag.startswith("VB") and _tense(tokens, i) is not None:
            j = i
            while j > 0 and i - j <= SETTINGS.reach + 1 and (
                    tokens[j - 1].tag in _BETWEEN_TAGS or tokens[j - 1].tag == "MD"
                    or tokens[j - 1].lemma in ("be", "have", "do") or tokens[j - 1].text.lower() in ("going", "to")):
                j -= 1
            return " ".join(t.text for t in tokens[j:i + 1])
    return lemma
