"""Counterpart or neighbour: does a linked original sentence carry the same content?

Reprints of related wire stories hold sentences about the same event that say something
else: the same names, the same topic, a cosine of 0.6. Such a sentence is an addition,
checked without an original; its nearest original sentence is only context. A
counterpart says the same thing: much of the weight of its content words (rare words and
numbers weigh more; names, which the same event shares, do not count) is found on the
other side, in both directions, or the two read almost the same.

Pure functions over texts and scores, testable without a model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..config import Thresholds
from ..frequency import english_zipf
from ..segment import is_headline
from ..words import find_words

#: Words that carry no content of their own (beyond the very frequent, which weigh little anyway).
_FUNCTION_WORDS = frozenset({
    "said", "says", "say", "told", "also", "would", "will", "could", "should", "may", "might", "must", "can",
    "about", "after", "before", "over", "under", "more", "most", "other", "such", "many", "much", "some", "any",
    "this", "that", "these", "those", "their", "there", "which", "who", "whom", "whose", "what", "when", "where",
    "while", "with", "without", "from", "into", "onto", "upon", "than", "then", "they", "them", "were", "been",
    "being", "have", "has", "had", "does", "did", "done", "just", "only", "very", "still", "even", "well",
    "according", "including", "however", "because", "since", "during", "between", "among", "against", "through",
    "its", "his", "her", "our", "your", "one", "two", "first", "new", "year", "years", "time", "week", "day",
    "mr", "ms", "mrs",
})


def _stem(word: str) -> str:
    """A crude English stem: enough to match talks/talk, ended/end, allies/ally."""
    for suffix, replacement in (("ations", ""), ("ation", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"),
                                ("ers", ""), ("ed", ""), ("es", ""), ("er", ""), ("s", ""), ("ly", "")):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)] + replacement
    return word


@lru_cache(maxsize=65536)
def _weight(word: str) -> float:
    """How much a word tells: rare words more than common ones, numbers like rare words."""
    if word.isdigit():
        return 5.0
    return max(0.5, 7.0 - english_zipf(word))


#: Scale words written as figures, so "nearly a thousand" and "almost 1,000" share a word.
_NUMBER_WORDS = {"dozen": "12", "hundred": "100", "thousand": "1000", "million": "1000000",
                 "billion": "1000000000"}
_GROUPED = re.compile(r"(?<=\d),(?=\d{3}\b)")


def content_words(text: str, names: bool = False) -> dict[str, float]:
    """Stemmed content words of a text, each with its weight (a word counted once): the
    common words, or with ``names`` the capitalised ones inside the sentence (names and
    titles, which a sentence about the same event shares without saying the same thing)."""
    out: dict[str, float] = {}
    text = _GROUPED.sub("", text)  # 1,000 is one number
    words = [m.group() for m in find_words(text) if m.group()[:1].isalpha()]
    title_case = len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    for i, match in enumerate(find_words(text)):
        raw = match.group()
        word = raw.lower().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        word = _NUMBER_WORDS.get(word, word)
        if len(word) < 3 and not word.isdigit() or word in _FUNCTION_WORDS:
            continue
        # In a headline in title case, capitals say nothing: every word counts as content.
        is_name = raw[:1].isupper() and (i > 0 or raw.isupper()) and not (title_case and not raw.isupper())
        if is_name != names:
            continue
        stem = _stem(word)
        out[stem] = max(out.get(stem, 0.0), _weight(word))
    return out


def coverage(words: Mapping[str, float], other: Mapping[str, float]) -> float:
    """The share of the words' weight found among the other text's words (a stem, or for
    long words the same first six letters: 'noncommittal' / 'noncommittally')."""
    total = sum(words.values())
    if not total:
        return 0.0
    prefixes = {w[:6] for w in other if len(w) >= 6}
    found = sum(weight for word, weight in words.items()
                if word in other or (len(word) >= 6 and word[:6] in prefixes))
    return found / total


@dataclass(frozen=True)
class LinkEvidence:
    """What says whether a link joins counterparts."""

    similarity: float
    """Cosine of the link's two sides."""
    reprint_coverage: float
    """Share of the reprint side's content (weighted) found in the original side."""
    original_coverage: float
    """Share of the original side's content (weighted) found in the reprint side."""

    def to_dict(self) -> dict[str, float]:
        return {"similarity": round(self.similarity, 4), "reprint_coverage": round(self.reprint_coverage, 3),
                "original_coverage": round(self.original_coverage, 3)}


def link_evidence(reprint: str, original: str, similarity: float) -> LinkEvidence:
    r, o = content_words(reprint), content_words(original)
    return LinkEvidence(similarity, coverage(r, o), coverage(o, r))


def is_counterpart(evidence: LinkEvidence, thresholds: Thresholds, supported: bool = False) -> bool:
    """Whether a link joins counterparts: the two sides read almost the same (cosine >=
    ``counterpart_similarity``); or they share content both ways (the harmonic mean of the two
    coverages >= ``counterpart_coverage``, or ``counterpart_supported_coverage`` when the
    sentence before or after is linked to the original sentence before or after); or one side lies within the
    other (a coverage >= ``contained_coverage`` one way: a part of a split or merged sentence)."""
    if evidence.similarity >= thresholds.counterpart_similarity:
        return True
    r, o = evidence.reprint_coverage, evidence.original_coverage
    if max(r, o) >= thresholds.contained_coverage:
        return True
    shared = 2 * r * o / (r + o) if r + o else 0.0
    return shared >= (thresholds.counterpart_supported_coverage if supported else thresholds.counterpart_coverage)


def counterpart_test(reprint: Sequence[str], original: Sequence[str],
                     thresholds: Thresholds) -> Callable[[int, int, float], bool]:
    """test(r, o, cosine) for the aligner: whether reprint sentence r and original sentence o
    are counterparts on their own (:func:`is_counterpart`, without a neighbour's support).

    A reprint's headline is never one to a sentence of the original's body: it sums up the
    lead, and may take it only where no sentence of the reprint's body does (a lead reworded,
    or turned round, reads further from its original than a headline that sums it up)."""
    r_words = [content_words(text) for text in reprint]
    o_words = [content_words(text) for text in original]
    headlines = [is_headline(text) for text in reprint]
    body = [not is_headline(text) for text in original]

    def test(r: int, o: int, similarity: float) -> bool:
        if headlines[r] and body[o]:
            return False
        evidence = LinkEvidence(similarity, coverage(r_words[r], o_words[o]), coverage(o_words[o], r_words[r]))
        return is_counterpart(evidence, thresholds)

    return test


Position = tuple[tuple[int, ...], tuple[tuple[int, int], ...]]
"""Where a link sits: its reprint sentence indices, and (original document, sentence index) pairs."""


def judge_links(links: Sequence[tuple[str, str, float]], positions: Sequence[Position],
                thresholds: Thresholds) -> list[bool]:
    """For each link (reprint text, original text, cosine): whether it joins counterparts.

    A link that does not pass on its own passes at a lower bar when the reprint sentence
    right before or after it is linked to the original sentence right before or after (the
    same story, in the same order).
    """
    evidence = [link_evidence(reprint, original, similarity) for reprint, original, similarity in links]
    alone = [is_counterpart(e, thresholds) for e in evidence]
    starts, ends = set(), set()
    for reprint, original in positions:
        if original:
            starts.add((min(reprint), original[0]))
            ends.add((max(reprint), original[-1]))
    judged = []
    for (reprint, original), e, ok in zip(positions, evidence, alone):
        if ok or not original:
            judged.append(ok)
            continue
        (doc, first), (_, last) = original[0], original[-1]
        supported = (max(reprint) + 1, (doc, last + 1)) in starts or (min(reprint) - 1, (doc, first - 1)) in ends
        judged.append(is_counterpart(e, thresholds, supported))
    return judged


#: A sentence needs at least this many content words (less common than "year" or "said")
#: before its coverage can tell anything.
MIN_CONTENT_WORDS = 3


def containment(reprint: Sequence[str], original: Sequence[str]) -> Callable[[int, int], float]:
    """contained(r, o) for the aligner: the share of reprint sentence r's content (names
    included) found in original sentence o. A sentence with too few content words tells
    nothing (0), unless it starts in lower case: then it is a fragment cut off the sentence
    before it (-1)."""
    r_words = [{**content_words(text), **content_words(text, names=True)} for text in reprint]
    o_words = [{**content_words(text), **content_words(text, names=True)} for text in original]

    def contained(r: int, o: int) -> float:
        if sum(weight > 1.0 for weight in r_words[r].values()) < MIN_CONTENT_WORDS:
            return -1.0 if reprint[r][:1].islower() else 0.0
        return coverage(r_words[r], o_words[o])

    return contained
