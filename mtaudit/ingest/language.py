"""Is a document English? mtaudit audits English reprints; a reprint (or original) in another
language is reported as such rather than scored as garbled English.

Each word votes for English or for the language that uses it more (word frequencies from
wordfreq); letters of other scripts vote for their script. A document is English when at
least half of the decided votes are.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice

from ..frequency import english_zipf, zipf

#: Languages whose words are told apart from English (wordfreq codes), with their names.
LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
             "pl": "Polish", "cs": "Czech", "sv": "Swedish", "fi": "Finnish", "tr": "Turkish", "id": "Indonesian"}
#: Scripts other than Latin, by the first word of their Unicode character names.
SCRIPTS = {"CJK": "Chinese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean",
           "CYRILLIC": "a Cyrillic-script language", "ARABIC": "Arabic", "HEBREW": "Hebrew", "GREEK": "Greek",
           "DEVANAGARI": "Hindi", "THAI": "Thai", "BENGALI": "Bengali", "TAMIL": "Tamil"}
#: wordfreq's lists for the other languages: "small" (words of Zipf 3 and up) is enough to tell
#: a word of theirs, and keeps the word table small (the full lists would be ten times larger).
FOREIGN_WORDLIST = "small"
#: Every (language, wordfreq list) the checks ask: English in full, the others' small lists.
WORD_LISTS = (("en", "best"), *((code, FOREIGN_WORDLIST) for code in LANGUAGES))
MAX_WORDS = 1500
MIN_VOTES = 8


def _script(word: str) -> str | None:
    for char in word:
        if ord(char) < 0x250:
            continue
        name = unicodedata.name(char, "")
        first = name.split(" ")[0]
        if first in SCRIPTS:
            return SCRIPTS[first]
    return None


@lru_cache(maxsize=65536)
def foreign_frequency(word: str) -> tuple[str, float]:
    """(wordfreq code, Zipf frequency) of the other language that uses the lower-case word most."""
    scores = [(zipf(word, code, FOREIGN_WORDLIST), code) for code in LANGUAGES]
    best, code = max(scores)
    return code, best


def votes(texts: Iterable[str], settle: bool = False) -> Counter[str]:
    """Votes per language name ("English", "German", ...) over the first MAX_WORDS words.

    Words common in English vote at once; the others are looked up in the other languages'
    lists. With ``settle``, that lookup is left out when English already holds half of every
    vote the remaining words could cast (the answer of ``non_english`` cannot change).
    """
    counts: Counter[str] = Counter()
    pending: list[tuple[str, float]] = []
    every_word = (word for text in texts for word in re.findall(r"[^\W\d_]+", text))
    for word in islice(every_word, MAX_WORDS):
        script = _script(word)
        if script is not None:
            # Scripts without spaces (Chinese, Japanese, Thai) write many words in one run.
            counts[script] += max(1, len(word) // 2)
            continue
        lower = word.lower()
        english = english_zipf(lower)
        if english >= 3.0:  # common in English: no other language needs asking
            counts["English"] += 1
        else:
            pending.append((lower, english))
    if settle and counts["English"] * 2 >= sum(counts.values()) + len(pending):
        return counts
    for lower, english in pending:
        code, other = foreign_frequency(lower)
        if english >= other and english > 0:
            counts["English"] += 1
        elif other >= 2.5 and other - english >= 1.0:
            counts[LANGUAGES[code]] += 1
    return counts


def non_english(texts: Iterable[str]) -> tuple[str, float] | None:
    """(language, share of the votes) when the text is not English; None when it is (or too short to tell)."""
    counts = votes(texts, settle=True)
    total = sum(counts.values())
    if total < MIN_VOTES or counts["English"] * 2 >= total:
        return None
    language, count = max(((k, v) for k, v in counts.items() if k != "English"), key=lambda kv: kv[1])
    return language, count / total
