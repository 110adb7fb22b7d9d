"""The language model's reading of a sentence: surprisal normalised by each word's base rate (so
that rare but correct words, names and numbers, do not count as breaks), word salad, and the
word where a linked sentence breaks after reading its original."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..backends.grammar import GrammarFinding
from ..backends.lm import WordSurprisal
from ..config import Thresholds
from ..frequency import english_frequency
from ..words import SAYING


@dataclass(frozen=True)
class Settings:
    """How a word's surprisal is normalised and compared; the thresholds that flag a word or a
    sentence are audit settings (``garble_*`` in ``Thresholds``)."""

    base_weight: float = 0.5
    """Weight of a word's base surprisal subtracted from its context surprisal (chosen on DEMETR dev)."""
    context_words: int = 2
    """Words this close to the start of the sentence have too little context to be judged."""
    conditioned_offset: float = 6.0
    """Surprisal after the original is offset by this before it is compared with the normalised
    surprisal alone: a faithful word costs about 0-3 nats after the original, 5-10 alone."""
    new_words_before: int = 4
    """A break names the words just before it that the original does not say ("after 'killed the
    US'") when there are at most this many: a longer run is a paraphrase, no pointer."""
    short_word: int = 3
    """A word of the original this short ("the", "of") may stand among those new words."""
    sentence_words: int = 5
    """A sentence reads as word salad (``garble_sentence``) only on at least this many judged words ..."""
    short_sentence_words: int = 8
    """... and on fewer than this many, only where its mean surprisal passes ``garble_sentence`` by
    ``short_margin``: the mean of a few words swings with one ("The 19-year-old was winning just
    his third cap.", six words judged, 0.02 over the line; the dev stories' short word salads 0.7
    and 2.2 over it)."""
    short_margin: float = 0.2
    """(nats) The least margin that clears the one such sentence over the line on the dev stories
    and keeps both short word salads."""
    one_word_lift: float = 1.0
    """A sentence's most surprising word carries its reading where it lifts the mean surprisal by
    at least this much (nats) over ``garble_sentence`` from under it: "rapidity" in a short
    sentence of the seeds 1.07, "outbreak" in a fluent one of the dev stories 1.36; one word of
    each of the dev stories' word salads, 15 to 29 words long, 0.22-0.59, of a shuffled DEMETR
    sentence of 13 words 0.78, and of a long seed sentence that reads badly throughout 0.33 (a
    fluent dev sentence of ten words: 0.67, still flagged)."""
    attribution_words: int = 6
    """An attribution that ends a sentence after its last comma (", said police on Monday.") has at
    most this many words; its words are not judged."""
    rare_base: float = 13.0
    """A word at least this rare in general English (base surprisal in nats: under about two in a
    million words), or unknown to it, that the originals use is the story's own vocabulary
    ("scrumhalf", "orthopaedics"): the small model is surprised by it anywhere, so it is not judged."""
    shared_share: float = 0.5
    """A linked sentence is set beside its original's reading (``garble_misplaced``) where at least
    this share of its judged words are judged in the original too."""
    misplaced_words: int = 3
    """How many of a sentence's worst-placed words are weighed against the original's reading."""
    own_words: int = 3
    """A linked sentence's words that its original does not judge are read as word salad of their
    own only when there are at least this many: the mean of one or two says little."""


SETTINGS = Settings()


def base_surprisal(word: str) -> float | None:
    """-ln of the word's frequency in general English (wordfreq); None for unknown words."""
    frequency = english_frequency(word.lower())
    return -math.log(frequency) if frequency > 0 else None


Span = tuple[int, int]


def normalised(words: Sequence[WordSurprisal], misspelled: Sequence[Span] = (),
               story: frozenset[str] = frozenset()) -> list[tuple[WordSurprisal, float, bool]]:
    """(word, context surprisal minus half its base surprisal, known word) for the words judged.

    Punctuation, numbers, capitalised words past the first (names) and the first
    ``context_words`` words are not judged: a rare name is surprising everywhere, not broken here.
    Nor are misspelled words and the word after each: a typo is the spelling check's
    finding, and it surprises the model at the next word too. Nor is an attribution that ends
    the sentence (", said officials."), nor one set off by a comma up to its verb (", ministry data
    showed,"): news copy writes it so, a small model does not expect it.
    Nor are the rare words of ``story`` (the originals' words, lower-cased): see ``rare_base``.
    """
    out = []
    after_typo = False
    tail = _attribution_tail(words)
    told_by = _attributions_set_off(words)
    for i, word in enumerate(words):
        text = word.text
        typo = any(start < word.end and word.start < end for start, end in misspelled)
        skip = typo or (after_typo and re.search(r"\w", text) is not None)
        if typo or re.search(r"\w", text):
            after_typo = typo
        if skip or i < SETTINGS.context_words or i >= tail or i in told_by or not re.search(r"[A-Za-z]", text) \
                or text[:1].isupper():
            continue
        base = base_surprisal(text)
        if text.lower() in story and (base is None or base >= SETTINGS.rare_base):
            continue
        out.append((word, word.surprisal - SETTINGS.base_weight * (base if base is not None else -math.log(1e-8)),
                    base is not None))
    return out


#: Verbs that say who tells it, in an attribution set off by commas (", ministry data showed,").
_TELLING = SAYING | {"showed", "revealed", "reported", "announced"}


#: Words that open a clause of its own after a comma, not an attribution.
_OPENING_A_CLAUSE = frozenset({"which", "who", "whom", "whose", "that", "and", "but", "or", "as", "when", "while",
                               "where", "after", "before", "if", "because", "although", "though", "since", "so"})


def _attributions_set_off(words: Sequence[WordSurprisal]) -> set[int]:
    """The indices of the words of each attribution after a comma, up to its verb of saying
    (", ministry data showed, with barley ...", ", payroll processor Halstead Payroll Services said
    in its monthly report"): at most ``attribution_words`` words, the verb after who tells it (not
    "Kofi Mensah-Bonsu, an analyst, said", whose subject stands before the comma), and no clause of
    its own (not ", which the docks on tension added"). News copy puts who says so inside the
    sentence; a small model does not expect its first word there."""
    found: set[int] = set()
    for n, comma in enumerate(words):
        if comma.text != "," or n + 1 >= len(words) or words[n + 1].text.lower() in _OPENING_A_CLAUSE:
            continue
        run: list[int] = []
        for k in range(n + 1, len(words)):
            if not re.search(r"\w", words[k].text):
                break
            run.append(k)
            if words[k].text.lower() in _TELLING:
                if len(run) > 1:
                    found.update(run)
                break
            if len(run) >= SETTINGS.attribution_words:
                break
    return found


def _attribution_tail(words: Sequence[WordSurprisal]) -> int:
    """Where an attribution after the sentence's last comma begins (its index in ``words``), or
    ``len(words)`` where the sentence ends otherwise: at most ``attribution_words`` words, one of
    them a verb of saying."""
    commas = [n for n, w in enumerate(words) if w.text == ","]
    if not commas:
        return len(words)
    after = [w.text.lower() for w in words[commas[-1] + 1:] if re.search(r"\w", w.text)]
    if 0 < len(after) <= SETTINGS.attribution_words and SAYING & set(after):
        return commas[-1] + 1
    return len(words)


def lm_evidence(words: Sequence[WordSurprisal], misspelled: Sequence[Span] = (),
                story: frozenset[str] = frozenset()) -> dict[str, Any] | None:
    """The most surprising known word and the sentence's mean normalised surprisal."""
    scored = normalised(words, misspelled, story)
    if len(scored) < 3:
        return None
    candidates = [item for item in scored if item[2] and "-" not in item[0].text] or scored
    worst, value, _ = max(candidates, key=lambda item: item[1])
    unknown = [w.text for w, _, known in scored if not known]
    # Unknown words (names, misspellings) are left to the spelling check: one typo must not
    # make a sentence read as word salad.
    known_values = [v for _, v, known in scored if known] or [v for _, v, _ in scored]
    mean = sum(known_values) / len(known_values)
    # the mean without the most surprising word: whether one word carries the sentence's reading
    rest = [v for w, v, known in scored if w is not worst and (known or len(known_values) == len(scored))]
    rest_mean = sum(rest) / len(rest) if rest else mean
    return {"word": worst.text, "span": [worst.start, worst.end], "word_score": round(value, 3),
            "mean": round(mean, 3), "mean_without_word": round(rest_mean, 3), "words_judged": len(scored),
            "unknown_words": unknown}




def break_evidence(words: Sequence[WordSurprisal], after_original: Sequence[WordSurprisal],
                   original: str, misspelled: Sequence[Span] = (),
                   story: frozenset[str] = frozenset()) -> dict[str, Any] | None:
    """The word where a linked sentence breaks: a word taken from the original that is
    surprising both on its own and after reading the original.

    Reading the original first makes every word it explains cheap, so a paraphrase scores
    low after the original and a changed fact scores low alone. A word the original also
    uses but that stays surprising after it has been put in the wrong place: the sentence
    was broken or scrambled in translation. Words the original does not use (new wording,
    names, misspellings) are left to the other checks.
    """
    written = set(re.findall(r"\w+", original))
    used = {w.lower() for w in written}
    # words the original writes capitalised only where a sentence (or a quote) starts, or every
    # capitalised word of an original in title case ("78,000 Volunteers Served on Traffic Duty")
    starts = {m.group(1).lower() for m in re.finditer(r"(?:^|[.!?]\s+|[\"“‘']\s*)([A-Z]\w*)", original)}
    alphabetic = re.findall(r"\b[^\W\d_]+", original)
    if alphabetic and sum(w[0].isupper() for w in alphabetic) >= 0.6 * len(alphabetic):
        starts |= {w.lower() for w in alphabetic if w[0].isupper()}
    after = {w.start: w.surprisal for w in after_original}
    best: tuple[float, WordSurprisal, float, float] | None = None
    for word, alone, known in normalised(words, misspelled, story):
        if not known or "-" in word.text or word.start not in after or word.text.lower() not in used:
            continue
        if word.text not in written and word.text.lower() in starts:
            continue  # the original's first word, after an attribution put first ("Expectant mothers" /
            # "According to campaigners, expectant mothers"): the model reads another case as another word
        if _title_before_name(word, words, original):
            continue
        score = min(alone, after[word.start] - SETTINGS.conditioned_offset)
        if best is None or score > best[0]:
            best = (score, word, alone, after[word.start])
    if best is None:
        return None
    score, word, alone, conditioned = best
    evidence = {"word": word.text, "span": [word.start, word.end], "break_score": round(score, 3),
                "alone": round(alone, 3), "after_original": round(conditioned, 3)}
    new = _new_words_before(words, word, used)
    if new is not None:
        evidence["new_before"] = new
    return evidence


def _title_before_name(word: WordSurprisal, words: Sequence[WordSurprisal], original: str) -> bool:
    """Whether ``word`` is what the original calls the name that follows it, in apposition ("The
    developer, Harcourt Homes, has agreed", "Harcourt Homes, the developer"), put before the
    name as a title ("and developer Harcourt Homes will put"): news style, which the model finds
    surprising without an article."""
    following = next((w for w in words if w.start >= word.end and re.search(r"\w", w.text)), None)
    if following is None or not word.text[:1].islower() or not following.text[:1].isupper():
        return False
    name, title = re.escape(following.text), re.escape(word.text)
    rest = r"(?:\s+[A-Z][\w'’-]*)*"  # the rest of the name
    return bool(re.search(rf"\b{title},\s+{name}{rest}\s*[,.]"
                          rf"|\b{name}{rest},\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,2}}{title}\s*[,.;)]",
                          original))


def _new_words_before(words: Sequence[WordSurprisal], at: WordSurprisal, used: set[str]) -> list[int] | None:
    """[start, end] of the words right before ``at`` that the original does not use ("that
    killed the US contributed": 'killed the US'), short words it does use ("the") allowed
    between them: often what broke the sentence. None when the word before is the original's,
    or when more than ``new_words_before`` words came in."""
    def uses(word: WordSurprisal) -> bool:
        return all(part in used for part in re.findall(r"\w+", word.text.lower()))

    run: list[WordSurprisal] = []
    for word in reversed([w for w in words if w.end <= at.start and re.search(r"\w", w.text)]):
        if uses(word) and len(word.text) > SETTINGS.short_word:
            break
        run.insert(0, word)
    while run and uses(run[0]):
        run.pop(0)
    while run and uses(run[-1]):
        run.pop()
    if not run or len(run) > SETTINGS.new_words_before:
        return None
    return [run[0].start, run[-1].end]


def misspelled_spans(sentence: str, grammar: Sequence[GrammarFinding], known_names: frozenset[str]) -> list[Span]:
    """Spans of the spelling findings that are real misspellings (not names)."""
    return [(f.start, f.end) for f in grammar if f.category == "spelling"
            and not is_name(sentence[f.start:f.end], known_names)]


def is_name(text: str, known_names: frozenset[str]) -> bool:
    return text[:1].isupper() or text.lower() in known_names


def needs_second_reading(words: Sequence[WordSurprisal], original: str, misspelled: Sequence[Span],
                         thresholds: Thresholds, story: frozenset[str] = frozenset()) -> bool:
    """Whether reading a linked sentence again after its original can change its flags.

    An ``lm-break`` needs a word of the original whose normalised surprisal alone reaches
    ``garble_break`` (the break score is the smaller of that and the second reading), and the
    second reading only ever withdraws a word-salad flag, which needs a mean surprisal of
    ``garble_sentence``. Anything else is decided by the first reading alone.
    """
    used = {w.lower() for w in re.findall(r"\w+", original)}
    for word, alone, known in normalised(words, misspelled, story):
        if known and "-" not in word.text and word.text.lower() in used and alone >= thresholds.garble_break:
            return True
    # ... and a break at one word (garble_word) is confirmed or withdrawn by it.
    return could_read_as_garbled(words, misspelled, thresholds, story)


def could_read_as_garbled(words: Sequence[WordSurprisal], misspelled: Sequence[Span], thresholds: Thresholds,
                          story: frozenset[str] = frozenset(), as_salad: bool = False) -> bool:
    """Whether the first reading alone could flag the sentence as garbled (``lm-surprisal``): its
    mean surprisal reaches ``garble_sentence`` or its most surprising word ``garble_word``
    (``as_salad``: the mean only, on at least ``sentence_words`` words)."""
    evidence = lm_evidence(words, misspelled, story)
    if evidence is None:
        return False
    salad = float(evidence["mean"]) >= thresholds.garble_sentence and \
        int(evidence["words_judged"]) >= SETTINGS.sentence_words
    return salad if as_salad else float(evidence["mean"]) >= thresholds.garble_sentence or \
        float(evidence["word_score"]) >= thresholds.garble_word


def as_read_in_original(words: Sequence[WordSurprisal], misspelled: Sequence[Span],
                        original_words: Sequence[WordSurprisal], story: frozenset[str] = frozenset()
                        ) -> dict[str, Any]:
    """A linked sentence's reading beside its original's: the original's mean normalised
    surprisal, how many of the sentence's judged words the original's reading judges too, how
    much worse its ``misplaced_words`` worst-placed ones read in the sentence than in the
    original, together (nats), and the mean of the words the original does not judge (at least
    ``own_words`` of them). Word
    salad puts the original's words where they do not fit; a faithful sentence in the story's
    words reads about as the story does, however dense."""
    theirs = normalised(original_words, (), story)
    if not theirs:
        return {}
    values = [v for _, v, known in theirs if known] or [v for _, v, _ in theirs]
    best: dict[str, float] = {}
    for word, value, _ in theirs:
        best[word.text.lower()] = min(value, best.get(word.text.lower(), value))
    mine = [(word, value) for word, value, known in normalised(words, misspelled, story) if known]
    worse = sorted((value - best[word.text.lower()] for word, value in mine if word.text.lower() in best), reverse=True)
    own = [value for word, value in mine if word.text.lower() not in best]
    return {"original_mean": round(sum(values) / len(values), 3), "words_shared": len(worse),
            "misplaced": round(sum(worse[:SETTINGS.misplaced_words]), 3),
            "own_words_mean": round(sum(own) / len(own), 3) if len(own) >= SETTINGS.own_words else None}


def reads_as_original(evidence: dict[str, Any], thresholds: Thresholds) -> bool:
    """Whether a linked sentence that shares at least ``shared_share`` of its judged words with
    its original reads about as the original does (:func:`as_read_in_original`), the words it
    does not share reading no worse than ``garble_sentence`` on average: no word salad, whatever
    its mean."""
    if "misplaced" not in evidence:
        return False
    shared = int(evidence["words_shared"]) >= SETTINGS.shared_share * int(evidence["words_judged"])
    own = evidence.get("own_words_mean")
    return shared and float(evidence["misplaced"]) < thresholds.garble_misplaced and (
        own is None or float(own) < thresholds.garble_sentence)


def explained_by_original(evidence: dict[str, Any], after_original: Sequence[WordSurprisal]) -> bool:
    """Whether the original explains the word where a linked sentence seems to break: read
    after the original, that word costs the model no more than twice ``conditioned_offset``
    nats (a faithful word the model did not expect on its own, such as in a quote that
    opens a sentence; a broken word stays costly whatever comes before it)."""
    start = evidence["span"][0]
    after = next((w.surprisal for w in after_original if w.start == start), None)
    return after is not None and after <= 2 * SETTINGS.conditioned_offset
