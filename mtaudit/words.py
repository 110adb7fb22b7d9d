"""Words of a sentence, as every check and the aligner count them: one tokenizer.

A word is a run of letters (and, unless ``letters_only``, digits) that an apostrophe, and with
``hyphens`` a hyphen, may join to the next run: "don't", "O'Brien", "Gaddafi's", and with
hyphens "Jean-Pierre". Underscores and punctuation are never part of a word. The language
model's own reading units (``mtaudit.backends.lm``) keep punctuation as units of their own, and
the reports' diff compares whitespace-separated pieces: those are not words in this sense.
"""

from __future__ import annotations

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

