"""Words of a sentence, as every check and the aligner count them: one tokenizer; and how
common a word is in English (wordfreq), asked thousands of times a run.

A word is a run of letters (and, unless ``letters_only``, digits) that an apostrophe, and with
``hyphens`` a hyphen, may join to the next run: "don't", "O'Brien", "Gaddafi's", and with
hyphens "Jean-Pierre". Underscores and punctuation are never part of a word. The language
model's own reading units (``mtaudit.backends.lm``) keep punctuation as units of their own, and
the reports' diff compares whitespace-separated pieces: those are not words in this sense.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache


@cache
def word_pattern(*, letters_only: bool = False, hyphens: bool = False) -> re.Pattern[str]:
    """The compiled pattern for words of the given kind."""
    run = r"[^\W\d_]+" if letters_only else r"[^\W_]+"
    joiners = "-'’" if hyphens else "'’"
    return re.compile(rf"{run}(?:[{joiners}]{run})*")


def find_words(text: str, *, letters_only: bool = False, hyphens: bool = False) -> Iterator[re.Match[str]]:
    """Each word of ``text`` as a match (its ``group()``, ``start()`` and ``end()``)."""
    return word_pattern(letters_only=letters_only, hyphens=hyphens).finditer(text)


def words(text: str, *, letters_only: bool = False, hyphens: bool = False) -> list[str]:
    """The words of ``text``, in order."""
    return word_pattern(letters_only=letters_only, hyphens=hyphens).findall(text)


_PLAIN = re.compile(r"[a-z]+")


@cache
def _english_frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", "best")


def english_frequency(word: str) -> float:
    """How often ``word`` is written in English, as a share of all words (0.0 when never):
    wordfreq's ``word_frequency(word, "en")``. A plain lower-case word is looked up in the
    frequency table directly, which gives the same value without wordfreq's tokenizer (the
    checks ask thousands of times per run)."""
    if _PLAIN.fullmatch(word) is None:
        from wordfreq import word_frequency

        return word_frequency(word, "en")
    frequency = _english_frequencies().get(word, 0.0)
    if frequency == 0.0:
        return 0.0
    return round(frequency, math.floor(-math.log(frequency, 10)) + 3)  # wordfreq's 3 significant digits


def english_zipf(word: str) -> float:
    """wordfreq's ``zipf_frequency(word, "en")``: 3 is a word met once in a million, 6 "the"."""
    frequency = english_frequency(word)
    return round(math.log(max(frequency, 1e-9), 10) + 9, 2)
