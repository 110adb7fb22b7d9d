"""How common a word is in English (wordfreq's frequencies), asked thousands of times a run:
a plain lower-case word is looked up in the frequency table directly, with wordfreq's own
rounding, and anything else goes through wordfreq."""

from __future__ import annotations

import math
import re
from functools import cache

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
