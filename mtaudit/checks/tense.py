"""A verb moved between the past and the future: "the leaders will meet on Monday" / "the
leaders met on Monday". Reported as done, what the original says is still to come (or the
reverse) is a changed fact, as a date is.

Tenses are read from the tagger's tags and lemmas and the auxiliaries before a verb: "will
meet", "won't meet", "'ll meet", "will be held", "is going to meet", "is due to reopen" look forward; "met", "did not
meet", "has met", "was held", "has been held" look back. A verb counts only where each side gives
it one way and the other side the other way, and never both ways. Left alone: verbs of saying
(reprints report in their own tense), "be", "have", "do", "go" and the modals, what was going on
("were being consolidated", which is not done), and what will have happened ("will have met").
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
    """Adverbs and forms of "be" between an auxiliary and its verb ("will not formally meet")."""


SETTINGS = Settings()

#: Verbs whose tense a reprint may change freely: attributions, auxiliaries and modals.
_LEFT_ALONE = frozenset({"say", "tell", "add", "note", "state", "be", "have", "do", "will", "shall", "go",
                         "would", "can", "could", "may", "might", "must", "should"})
#: Words of what is planned, between a present "be" and "to": "is due to reopen" looks forward.
_PLANNED = frozenset({"due", "set", "scheduled", "slated", "poised"})
#: Tags of the words that may stand between an auxiliary and its verb ("will not", "has already").
_BETWEEN_TAGS = frozenset({"RB", "RBR", "RBS"})
#: Tags of "have" as a finite auxiliary ("has met", "had met"; not "will have met").
_FINITE = frozenset({"VBZ", "VBP", "VBD"})


def _auxiliary(tokens: Sequence[Token], i: int) -> tuple[int, list[Token]]:
    """The word before the verb at ``i`` that is no adverb and no form of "be" (its index, or -1),
    and the words skipped on the way."""
    skipped: list[Token] = []
    j = i - 1
    while j >= 0 and len(skipped) <= SETTINGS.reach and (
            tokens[j].tag in _BETWEEN_TAGS or (tokens[j].lemma == "be" and tokens[j].tag in ("VB", "VBN", "VBG"))):
        skipped.append(tokens[j])
        j -= 1
    return (j if len(skipped) <= SETTINGS.reach else -1), skipped


def _tense(tokens: Sequence[Token], i: int) -> str | None:
    """"future", "past" or None (present, infinitive, a participle on its own) for the verb at ``i``."""
    token = tokens[i]
    j, skipped = _auxiliary(tokens, i)
    auxiliary = tokens[j] if j >= 0 else None
    if auxiliary is None:
        return "past" if token.tag == "VBD" and token.text.lower() != token.lemma.lower() else None
    if auxiliary.tag == "MD" and auxiliary.lemma.lower() in ("will", "shall") and token.tag in ("VB", "VBN", "VBG"):
        return "future"  # "will meet", "won't meet", "'ll meet", "will be held"
    if (auxiliary.text.lower() == "to" and token.tag == "VB" and j >= 2 and tokens[j - 1].text.lower() == "going"
            and tokens[j - 2].lemma == "be"):
        return "future"  # "is going to meet"
    if (auxiliary.text.lower() == "to" and j >= 2 and tokens[j - 1].text.lower() in _PLANNED
            and (token.tag == "VB" or token.tag == "VBN" and any(t.lemma == "be" for t in skipped))
            and tokens[j - 2].lemma == "be" and tokens[j - 2].tag in ("VBZ", "VBP")):
        return "future"  # "is due to reopen", "is set to be held" ("was due to" may never have happened)
    if token.tag == "VBD" and token.text.lower() != token.lemma.lower():
        return "past"  # "met" (not a base form the tagger took for a past: "will hurt ... and worsen")
    if token.tag == "VB" and auxiliary.lemma == "do" and auxiliary.tag == "VBD":
        return "past"  # "did not meet"
    if token.tag == "VBN" and not any(t.text.lower() == "being" for t in skipped):
        if auxiliary.lemma == "have" and auxiliary.tag in _FINITE:
            return "past"  # "has met", "has been held"
        if auxiliary.lemma == "be" and auxiliary.tag == "VBD":
            return "past"  # "was held"
    return None


def tenses(analysis: Analysis) -> dict[str, set[str]]:
    """The tenses each verb (by lemma) is given in: {"meet": {"future"}, ...}."""
    out: dict[str, set[str]] = {}
    for i, token in enumerate(analysis.tokens):
        if not token.tag.startswith("VB") or not token.lemma or token.lemma.lower() in _LEFT_ALONE:
            continue
        tense = _tense(analysis.tokens, i)
        if tense is not None:
            out.setdefault(token.lemma.lower(), set()).add(tense)
    return out


def tense_changes(original: str, reprint: str, original_analysis: Analysis,
                  reprint_analysis: Analysis) -> list[dict[str, Any]]:
    """Verbs the original gives in the future and the reprint in the past, or the reverse (the
    analyses are the tagger's of each text)."""
    theirs, mine = tenses(original_analysis), tenses(reprint_analysis)
    # a past the tagger took back to another stem ("staged": "stag"; "will stage": "stage")
    for one, other in ((theirs, mine), (mine, theirs)):
        for lemma in [lemma for lemma in one if lemma not in other and lemma + "e" in other]:
            one[lemma + "e"] = one.get(lemma + "e", set()) | one.pop(lemma)
    changes = []
    for lemma in sorted(set(theirs) & set(mine)):
        if len(theirs[lemma]) == 1 and len(mine[lemma]) == 1 and theirs[lemma] != mine[lemma]:
            (was,), (now,) = theirs[lemma], mine[lemma]
            changes.append({"type": "tense", "verb": lemma, "original": [_shown(original, original_analysis, lemma)],
                            "reprint": [_shown(reprint, reprint_analysis, lemma)], "moved": f"{was} to {now}"})
    return changes


def _shown(text: str, analysis: Analysis, lemma: str) -> str:
    """The verb with its auxiliaries, as the text writes them ("will be held", "didn't meet")."""
    tokens = analysis.tokens
    for i, token in enumerate(tokens):
        if token.lemma.lower() in (lemma, lemma.removesuffix("e")) and token.tag.startswith("VB") \
                and _tense(tokens, i) is not None:
            j, _ = _auxiliary(tokens, i)
            first = j if j >= 0 and (tokens[j].tag in ("MD", "VBZ", "VBP", "VBD") or tokens[j].text.lower() == "to") \
                else i
            if first < i and tokens[first].text.lower() == "to":
                first -= 2  # "is going to meet", "is due to reopen"
            return text[tokens[max(first, 0)].start:token.end]
    return lemma
