"""A verb moved between the past and the future: "the leaders will meet on Monday" / "the
leaders met on Monday". Reported as done, what the original says is still to come (or the
reverse) is a changed fact, as a date is. One event on the same day or month told in other verbs
is read too, where each side tells it in one tense only ("Officials are due to meet on July 14" /
"Talks were held on 14 July").

Tenses are read from the tagger's tags and lemmas and the auxiliaries before a verb: "will
meet", "won't meet", "'ll meet", "will be held", "is going to meet", "is due to reopen", "are to
run" look forward; "met", "did not meet", "has met", "was held", "has been held" look back. A
verb counts only where each side gives it one way and the other side the other way, and never
both ways. Left alone: verbs of saying (reprints report in their own tense), "be", "have", "do",
"go" and the modals, what was going on ("were being consolidated", which is not done), and what
will have happened ("will have met").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..backends.tagger import Analysis, Token
from ..words import DAY_AND_MONTH, DAYS_MONTHS, MONTH_ORDER, month_named


@dataclass(frozen=True)
class Settings:
    """How far an auxiliary stands from its verb, and a date or a verb from what governs it."""

    reach: int = 3
    """Adverbs and forms of "be" between an auxiliary and its verb ("will not formally meet")."""
    with_words: int = 5
    """Words between "with" and a participle that they are the subject of ("with each committee
    paid")."""
    said_reach: int = 3
    """Words between a verb of saying and a day that is the attribution's ("said on Monday")."""
    clause_reach: int = 6
    """Words between "if", "when" and the like and a verb of the clause they open."""
    would_reach: int = 6
    """Words between a verb of saying and the "would" it reports ("said on Monday that it would")."""
    and_reach: int = 24
    """Words between a verb of saying and a "would" after "and" it reports ("said it had received
    reports ... and would file")."""
    months_ahead: int = 5
    """How many months after the story's day a date may stand and be still to come ("PARAMARIBO,
    Sept 22" ... "would be sworn in on October 7"); a date further on may be one of the months before."""
    date_reach: int = 60
    """How far (characters) from a verb its date may stand ("would be sworn in on October 7")."""


SETTINGS = Settings()

#: Verbs whose tense a reprint may change freely: attributions, auxiliaries and modals.
_LEFT_ALONE = frozenset({"say", "tell", "add", "note", "state", "be", "have", "do", "will", "shall", "go",
                         "would", "can", "could", "may", "might", "must", "should"})
#: Words of what is planned, between a present "be" and "to": "is due to reopen" looks forward.
_PLANNED = frozenset({"due", "set", "scheduled", "slated", "poised"})
#: Verbs after "is to" that tell no plan ("is to blame") ...
_NOT_PLANNED = frozenset({"blame"})
#: ... nor, done to something, what is to be thought of it ("Delays are to be expected", "is to be
#: welcomed").
_NOT_PLANNED_DONE = frozenset({"expect", "welcome", "commend", "find", "hope", "see", "note", "regret", "applaud",
                               "praise", "blame", "avoid", "fear", "congratulate", "admire", "trust", "pity"})
#: ... and nouns whose "is to" says what they are, not what is to be ("the aim is to win").
PURPOSES = frozenset({"aim", "goal", "plan", "idea", "task", "job", "objective", "priority", "challenge", "purpose",
                       "mission", "intention", "hope", "target", "strategy", "focus", "answer", "solution", "way",
                       "step", "role", "duty", "option", "alternative", "point", "problem", "dream", "ambition"})
#: Tags of the words that may stand between an auxiliary and its verb ("will not", "has already").
_BETWEEN_TAGS = frozenset({"RB", "RBR", "RBS"})
#: Tags of "have" as a finite auxiliary ("has met", "had met"; not "will have met").
_FINITE = frozenset({"VBZ", "VBP", "VBD"})
#: Words of what happened again and again, beside which "would" tells the past ("would be beaten
#: every night") ...
_HABITUAL = frozenset({"whenever", "often", "regularly", "usually", "always", "sometimes", "routinely",
                       "repeatedly", "frequently", "daily", "nightly"})
#: ... and spans of time after "every" or "each" that do so ("every household" does not).
_RECURRING = frozenset({"day", "night", "week", "month", "year", "morning", "evening", "afternoon", "time",
                        "weekend", "hour", "season"})


def _habitual(tokens: Sequence[Token], j: int) -> bool:
    """Whether the clause of the "would" at ``tokens[j]`` says it happened again and again, after
    it: "would be beaten every night", "would often meet" (not "every household would receive")."""
    after = []
    for token in tokens[j + 1:]:
        if token.tag in (",", ".", ":"):
            break
        after.append(token.text.lower())
    return any(w in _HABITUAL or w in ("every", "each") and nxt in _RECURRING
               for w, nxt in zip(after, [*after[1:], ""]))


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


def _after_an_aside(tokens: Sequence[Token], j: int) -> bool:
    """Whether the comma at ``j`` closes an aside that a participle opens after a noun ("the
    market, financed by a loan from the bank,")."""
    k = j - 1
    while k >= 0 and tokens[k].text not in (",", ";", ":") and tokens[k].tag != ".":
        k -= 1
    return 0 < k < j - 2 and tokens[k].text == "," and tokens[k + 1].tag in ("VBN", "VBG") \
        and tokens[k - 1].tag.startswith("NN")


def _sentence_of(tokens: Sequence[Token], i: int) -> Sequence[Token]:
    """The tokens of the sentence that holds ``tokens[i]`` (a linked text may hold several)."""
    start = next((j + 1 for j in range(i - 1, -1, -1) if tokens[j].tag == "."), 0)
    end = next((j for j in range(i + 1, len(tokens)) if tokens[j].tag == "."), len(tokens))
    return tokens[start:end]


def _said(token: Token) -> bool:
    """Whether ``token`` is a verb of saying in the past or present."""
    return token.lemma.lower() in _SAYING_LEMMAS and token.tag in ("VBD", "VBZ", "VBP")


def _reported(tokens: Sequence[Token]) -> bool:
    """Whether a verb of saying in the past or present stands among ``tokens``."""
    return any(_said(t) for t in tokens)


def _reported_and(tokens: Sequence[Token], j: int) -> bool:
    """Whether the "would" at ``j`` follows "and" in what a verb of saying before it in its
    sentence reports (``and_reach`` words at most), with no word of condition or time between
    ("said it had received reports of vote-buying in several villages and would file a
    complaint"); not "would not", which may be a refusal ("and would not confirm the fee")."""
    if j < 1 or tokens[j - 1].text.lower() != "and" or (j + 1 < len(tokens) and tokens[j + 1].tag == "RB"):
        return False
    before = [t for t in _sentence_of(tokens, j) if t.start < tokens[j].start][-SETTINGS.and_reach:]
    said = [n for n, t in enumerate(before) if _said(t)]
    return bool(said) and not any(t.text.lower() in _SUBORDINATE | {"whether"} for t in before[said[-1]:])


#: Words of what "with" makes the subject of a participle ("with each committee paid $4.50").
_WITH_SUBJECT = frozenset({"DT", "PDT", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS"})


def _with_absolute(tokens: Sequence[Token], i: int) -> bool:
    """Whether the verb at ``i`` follows "with" and what it is said of, set apart from the clause
    (", with each committee paid $4.50 a meal", "With two guards injured, ..."): a participle that
    takes its time from the clause it hangs on, however the tagger reads it."""
    j = i - 1
    while j >= 0 and i - j <= SETTINGS.with_words and tokens[j].tag in _WITH_SUBJECT:
        j -= 1
    # (set apart, or opening the sentence: "The man with the knife fled" is the man's)
    return 0 <= j < i - 1 and tokens[j].text.lower() in ("with", "without") \
        and any(t.tag.startswith("NN") for t in tokens[j + 1:i]) \
        and (j == 0 or tokens[j - 1].text in (",", ";", "—", "–", "-", "and"))


def _tense(tokens: Sequence[Token], i: int) -> str | None:
    """"future", "past" or None (present, infinitive, a participle on its own) for the verb at ``i``."""
    token = tokens[i]
    if token.tag in ("VBD", "VBN") and _with_absolute(tokens, i):
        return None
    if token.text.lower() == "aged" and tokens[i + 1:i + 2] and tokens[i + 1].tag == "CD":
        return None  # "boys aged 12 and 13": an age, however the tagger reads it
    j, skipped = _auxiliary(tokens, i)
    auxiliary = tokens[j] if j >= 0 else None
    if auxiliary is None:
        return "past" if token.tag == "VBD" and token.text.lower() != token.lemma.lower() else None
    if auxiliary.tag == "MD" and auxiliary.lemma.lower() in ("will", "shall") and token.tag in ("VB", "VBN", "VBG"):
        return "future"  # "will meet", "won't meet", "'ll meet", "will be held"
    if auxiliary.tag == "MD" and auxiliary.text.lower() == "would" \
            and (token.tag == "VB" or token.tag in ("VBG", "VBN") and any(t.lemma == "be" for t in skipped)) \
            and (_reported(tokens[max(0, j - SETTINGS.would_reach):j]) or _reported_and(tokens, j)) \
            and not _habitual(tokens, j):
        # (not what used to happen: "said they would be beaten every night")
        # "said it would reschedule", "would be filing", "would be released": still to come when
        # it was said
        return "future"
    if (auxiliary.text.lower() == "to" and token.tag == "VB" and j >= 2 and tokens[j - 1].text.lower() == "going"
            and tokens[j - 2].lemma == "be"):
        return "future"  # "is going to meet"
    if (auxiliary.text.lower() == "to" and j >= 2 and tokens[j - 1].text.lower() in _PLANNED
            and (token.tag == "VB" or token.tag == "VBN" and any(t.lemma == "be" for t in skipped)
                 and token.lemma.lower() not in _NOT_PLANNED_DONE)
            and tokens[j - 2].lemma == "be" and tokens[j - 2].tag in ("VBZ", "VBP")):
        return "future"  # "is due to reopen", "is set to be held" ("was due to" may never have happened)
    if (auxiliary.text.lower() == "to" and j >= 2 and tokens[j - 1].lemma == "be"
            and (token.tag == "VB" or token.tag == "VBN" and any(t.lemma == "be" for t in skipped)
                 and token.lemma.lower() not in _NOT_PLANNED_DONE)
            and tokens[j - 1].tag in ("VBZ", "VBP") and token.lemma.lower() not in _NOT_PLANNED
            and tokens[j - 2].lemma.lower() not in PURPOSES):
        return "future"  # "the sentences are to run concurrently", "centres are to be set up": what is to be
    if token.tag == "VBD" and token.text.lower() != token.lemma.lower():
        return "past"  # "met" (not a base form the tagger took for a past: "will hurt ... and worsen")
    if token.tag == "VB" and auxiliary.lemma == "do" and auxiliary.tag == "VBD":
        return "past"  # "did not meet"
    if token.tag == "VBN" and not any(t.text.lower() == "being" for t in skipped):
        if auxiliary.lemma == "have" and auxiliary.tag in _FINITE:
            return "past"  # "has met", "has been held"
        if auxiliary.lemma == "be" and auxiliary.tag == "VBD":
            return "past"  # "was held"
        if auxiliary.text == "," and not skipped and token.text.lower() != token.lemma.lower() \
                and _after_an_aside(tokens, j) and tokens[i + 1:i + 2] and tokens[i + 1].text.lower() != "by":
            # a past the tagger took for a participle, after an aside on its subject ("the
            # market, financed by a loan from the bank, opened in December")
            return "past"
        sentence = _sentence_of(tokens, i)
        if auxiliary.tag.startswith(("NN", "PRP")) and not skipped and token.text.lower() != token.lemma.lower() \
                and sentence[0].tag in ("DT", "PRP", "PRP$") \
                and not any(t.tag in _FINITE or t.tag == "MD" for t in sentence):
            # a past the tagger took for a participle, the only verb of a sentence with a subject
            # ("The ferry left at 9"; not a line in note form, "Fares raised by 5%")
            return "past"
    return None


def tenses(analysis: Analysis, left_alone: frozenset[str] = _LEFT_ALONE) -> dict[str, set[str]]:
    """The tenses each verb (by lemma) is given in: {"meet": {"future"}, ...}, but for the verbs
    ``left_alone``."""
    out: dict[str, set[str]] = {}
    for i, token in enumerate(analysis.tokens):
        if not token.tag.startswith("VB") or not token.lemma or token.lemma.lower() in left_alone:
            continue
        tense = _tense(analysis.tokens, i)
        if tense is not None:
            out.setdefault(token.lemma.lower(), set()).add(tense)
    return out


def tense_changes(original: str, reprint: str, original_analysis: Analysis,
                  reprint_analysis: Analysis, story_day: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """Verbs the original gives in the future and the reprint in the past, or the reverse (the
    analyses are the tagger's of each text); where none is, one event on the same date told in
    other verbs (:func:`_dated`). ``story_day`` (the month, in lower case, and the day of the
    story's dateline) tells what was still to come when the story was filed."""
    theirs, mine = tenses(original_analysis), tenses(reprint_analysis)
    # a past the tagger took back to another stem ("staged": "stag"; "will stage": "stage"): only
    # where the past is written as both stems make it ("hoped" is no "hop")
    for one, other, analysis in ((theirs, mine, original_analysis), (mine, theirs, reprint_analysis)):
        pasts = {t.lemma.lower() for t in analysis.tokens if t.text.lower() == t.lemma.lower() + "ed"}
        for lemma in [lemma for lemma in one if lemma not in other and lemma + "e" in other and lemma in pasts]:
            one[lemma + "e"] = one.get(lemma + "e", set()) | one.pop(lemma)
    changes: list[dict[str, Any]] = []
    for lemma in sorted(set(theirs) & set(mine)):
        if len(theirs[lemma]) == 1 and len(mine[lemma]) == 1 and theirs[lemma] != mine[lemma]:
            (was,), (now,) = theirs[lemma], mine[lemma]
            shown = (_shown(original, original_analysis, lemma), _shown(reprint, reprint_analysis, lemma))
            if not _reported_apart(*shown) or (was, now) == ("future", "past") \
                    and _after_the_story(original, shown[0], story_day):
                changes.append({"type": "tense", "verb": lemma, "original": [shown[0]], "reprint": [shown[1]],
                                "moved": f"{was} to {now}"})
    if not changes:
        changes += _dated(original, reprint, original_analysis, reprint_analysis)
    return changes


#: Verbs left alone where one event is told in other verbs (:func:`_dated`): those left alone
#: elsewhere but "go" ("went into orbit"), and those whose past tells of a plan, not of the event
#: ("the vote was scheduled for Friday").
_NOT_THE_EVENT = (_LEFT_ALONE - {"go"}) | {"schedule", "plan", "set", "expect", "slate", "arrange", "announce", "agree",
                                     "decide", "confirm", "postpone", "delay", "call", "invite", "ask", "urge",
                                     "order", "propose", "intend", "book", "fix", "aim", "hope", "vow", "pledge",
                                     "promise", "warn", "threaten", "prepare", "due"}


#: Verbs of saying (lemmas), whose day is the attribution's ...
_SAYING_LEMMAS = frozenset({"say", "tell", "announce", "report", "state", "add", "confirm"})
#: ... and words that open a clause of condition or time.
_SUBORDINATE = frozenset({"if", "unless", "until", "when", "whenever", "before", "after", "once", "while", "as"})


def _dated(original: str, reprint: str, original_analysis: Analysis, reprint_analysis: Analysis) \
        -> list[dict[str, Any]]:
    """One event on the same day or month, told in other verbs, moved between the future and the
    past: each side tells it in one tense only ("Officials are due to meet in Geneva on July 14" /
    "Talks were held in Geneva on 14 July"; "is due to enter lunar orbit on October 19" / "went
    into orbit on 19 October")."""
    def days(analysis: Analysis) -> set[str]:
        # (not the day of the attribution: "the central bank said on Monday")
        tokens = analysis.tokens
        return {t.text.lower() for i, t in enumerate(tokens) if t.text.lower() in DAYS_MONTHS
                and not any(u.lemma.lower() in _SAYING_LEMMAS for u in tokens[max(0, i - SETTINGS.said_reach):i])}

    def outside_clauses(analysis: Analysis, found: dict[str, set[str]]) -> dict[str, set[str]]:
        # the verbs outside a clause of condition or time ("if the company did not improve")
        tokens, reach = analysis.tokens, SETTINGS.clause_reach
        return {lemma: tenses_ for lemma, tenses_ in found.items()
                if not any(u.text.lower() in _SUBORDINATE for i, t in enumerate(tokens) if t.lemma.lower() == lemma
                           for u in tokens[max(0, i - reach):i])}

    if not days(original_analysis) & days(reprint_analysis):
        return []
    all_theirs, all_mine = tenses(original_analysis, _NOT_THE_EVENT), tenses(reprint_analysis, _NOT_THE_EVENT)
    theirs, mine = outside_clauses(original_analysis, all_theirs), outside_clauses(reprint_analysis, all_mine)
    was = {tense for found in all_theirs.values() for tense in found}
    now = {tense for found in all_mine.values() for tense in found}
    # (one tense each side, told outside any clause of condition or time too: "after the council
    # voted on Tuesday, cars will be barred" tells two events)
    if len(was) != 1 or len(now) != 1 or was == now or not theirs or not mine:
        return []
    (before,), (after,) = was, now
    first, second = sorted(theirs)[0], sorted(mine)[0]
    shown = (_shown(original, original_analysis, first), _shown(reprint, reprint_analysis, second))
    if _reported_apart(*shown):
        return []
    return [{"type": "tense", "verb": second, "original": [shown[0]], "reprint": [shown[1]],
             "moved": f"{before} to {after}"}]


def _after_the_story(text: str, verb: str, story_day: tuple[str, str] | None) -> bool:
    """Whether the date nearest the ``verb`` as ``text`` writes it ("would be sworn in") stands
    after the story's day, at most ``months_ahead`` months on and with no year of its own: what
    the original says would happen then was still to come when it was filed, so no story told
    after the event may give it as done ("He said the council would be sworn in on October 7" /
    "The council was sworn in on 7 October", in a story of September 22)."""
    at = text.find(verb)
    if story_day is None or at < 0:
        return False
    dates = [m for m in DAY_AND_MONTH.finditer(text) if month_named(m.group(1) or m.group(4)) is not None
             and abs(m.start() - at) <= SETTINGS.date_reach + len(verb)]
    if not dates:
        return False
    date = min(dates, key=lambda m: abs(m.start() - at))
    if re.match(r",?\s+(?:1[89]|20)\d\d\b", text[date.end():]):
        return False  # a date of its own year, which the story's day does not give
    month, day = MONTH_ORDER.index(story_day[0]), int(story_day[1])
    found = MONTH_ORDER.index(month_named(date.group(1) or date.group(4)) or "")
    ahead = (found - month) % 12
    return 0 < ahead <= SETTINGS.months_ahead or ahead == 0 and int(date.group(2) or date.group(3)) > day


def _reported_apart(original: str, reprint: str) -> bool:
    """Whether one side tells what someone said would happen ("said they would meet") and the
    other tells it as done in any way but "had" or "has" ("met on Monday, he said"): a story told
    after the event may do so; "said it had rescheduled" tells what was to come as done when it
    was said."""
    return any(a.lower().startswith("would") and not b.lower().startswith(("had", "has", "have"))
               for a, b in ((original, reprint), (reprint, original)))


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
                # "is going to meet", "is due to reopen", "are to run"
                first -= 1 if first >= 1 and tokens[first - 1].lemma == "be" else 2
            return text[tokens[max(first, 0)].start:token.end]
    return lemma
