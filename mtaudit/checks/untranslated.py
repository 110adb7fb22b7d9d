"""Words left untranslated: another script, a word another language uses and English does not,
or one English shares with a language that uses it far more, where the language model does not
expect it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..backends.lm import WordSurprisal
from ..config import Thresholds
from ..frequency import english_zipf, zipf
from ..ingest.language import FOREIGN_WORDLIST, foreign_frequency
from ..words import SAYING
from .patterns import PatternHit
from .surprisal import normalised


@dataclass(frozen=True)
class Settings:
    """Word-frequency cut-offs (Zipf: 6 is "the", 3 a word met once in a million, 1 hardly ever
    written) that tell a word left in another language from an English word or a typing slip."""

    min_letters: int = 4
    """Shorter words are never judged: too many are words in several languages."""
    gloss_letters: int = 4
    """Letters of another script in brackets, and nothing else there, are a gloss (a name in its
    own script: "Lin Chia-hao (林家豪)") up to this many; more is a clause left untranslated."""
    gloss_words: int = 3
    """Words in Latin letters in brackets, and nothing else there, none of them common in another
    language (``foreign_common``), are a gloss up to this many (a local word for what the sentence
    names in English: "a carved moonstone (sandakada pahana)")."""
    german_noun: float = 3.0
    """A capitalised word is a German noun left untranslated at this frequency in German or more."""
    english_in_use: float = 3.0
    """English uses a word this common; it is never foreign ..."""
    english_some_use: float = 2.5
    """... nor one this common that the other language uses less than ``foreign_gap_small`` more."""
    foreign_gap_small: float = 3.0
    foreign_common: float = 4.0
    """A word this common in another language ..."""
    foreign_gap: float = 2.5
    """... and this much more common there than in English was left untranslated."""
    english_rare_ascii: float = 1.5
    """A word of plain letters English uses less than this ..."""
    english_rare: float = 1.0
    """... (or, with letters English does not write, less than this) ..."""
    foreign_known: float = 2.0
    """... and the other language knows at this frequency, is foreign."""
    shared_english_below: float = 3.0
    """A word English uses now and then (below this) ..."""
    shared_foreign: float = 5.0
    """... and another language uses this much is foreign where the language model does not expect it."""
    near_english: float = 3.5
    """One typing slip from an English word this common is a misspelling, not a foreign word."""


SETTINGS = Settings()

#: Letters of scripts other than Latin: a run of them in an English sentence was left untranslated.
_FOREIGN_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f"
                             r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


def untranslated_words(sentence: str, known: frozenset[str] = frozenset()) -> list[PatternHit]:
    """Words left in the source language: other scripts ("Islamic 国家 fighters"; not a gloss in
    brackets, "Lin Chia-hao (林家豪)"), and words
    that English does not use but another language does ("all four wichtigen tests").
    Words of the originals (``known``, lower-cased) are never flagged."""
    # (not a gloss that fills its brackets, as house styles give a name in its own script: "Lin
    # Chia-hao (林家豪)")
    hits = [PatternHit("untranslated", m.start(), m.end(), f"'{m.group()}' was left untranslated")
            for m in _FOREIGN_SCRIPT.finditer(sentence)
            if not (len(m.group()) <= SETTINGS.gloss_letters and re.search(r"[(（]\s*$", sentence[:m.start()])
                    and re.match(r"\s*[)）]", sentence[m.end():]))]
    # (after a word in lower case, not a verb of saying, and words no other language uses often:
    # "a carved moonstone (sandakada pahana)"; not "The (Bürgermeister) said", "He said (nous
    # refusons)", "the plan (nous refusons tout)")
    glosses = [g.span(1) for g in re.finditer(r"(?<=[a-z]{4} )[(（]\s*([^\W\d_]+(?:[\s'’-][^\W\d_]+)*)\s*[)）]",
                                              sentence)
               if len(re.split(r"[\s'’-]+", g.group(1))) <= SETTINGS.gloss_words
               and sentence[:g.start()].split()[-1] not in SAYING
               and all(foreign_frequency(w.lower())[1] < SETTINGS.foreign_common
                       for w in re.split(r"[\s'’-]+", g.group(1)))]
    for m in re.finditer(rf"[^\W\d_]{{{SETTINGS.min_letters},}}", sentence):
        word = m.group()
        lower = word.lower()
        if lower in known or _FOREIGN_SCRIPT.search(word) or any(s <= m.start() < e for s, e in glosses):
            continue
        english = english_zipf(lower)
        if word[:1].isupper():
            # A capitalised word is a name, unless it is a common German noun ("this Ansicht").
            if english >= SETTINGS.english_rare \
                    or zipf(lower, "de", FOREIGN_WORDLIST) < SETTINGS.german_noun \
                    or _near_english(lower):
                continue
            language = "de"
        elif english >= SETTINGS.english_in_use:
            continue  # English uses it: the other languages need not be asked
        else:
            language, foreign = foreign_frequency(lower)
            if not _foreign_word(lower, english, foreign):
                continue
        hits.append(PatternHit("untranslated", m.start(), m.end(),
                               f"'{word}' is not English (a '{language}' word left untranslated)"))
    return hits


def _foreign_word(lower: str, english: float, foreign: float) -> bool:
    """Whether a word (with its Zipf frequencies in English and in the likeliest other
    language) was left untranslated rather than misspelled.

    - a common word there that English hardly uses ("quienes", "tutte", "moins");
    - a word English never uses, known there and not one typing slip from an English word;
    - a lower-case word with letters English does not write ("salazón", "uprzedzał").
    """
    s = SETTINGS
    if english >= s.english_in_use or (english >= s.english_some_use and foreign - english < s.foreign_gap_small):
        return False  # English uses it ("loin", "pour")
    if foreign >= s.foreign_common and foreign - english >= s.foreign_gap:
        return True
    rare = s.english_rare_ascii if lower.isascii() else s.english_rare
    if english < rare and foreign >= s.foreign_known and not _near_english(lower):
        return True
    return english < s.english_rare and not lower.isascii() and lower.islower() and not _near_english(lower)


def _shared_word(english: float, foreign: float) -> bool:
    """A word English uses now and then but another language uses far more ("trois", "loin")."""
    s = SETTINGS
    return english < s.shared_english_below and foreign >= s.shared_foreign and foreign - english >= s.foreign_gap


def untranslated_in_context(sentence: str, words: Sequence[WordSurprisal], thresholds: Thresholds,
                            known: frozenset[str] = frozenset()) -> list[PatternHit]:
    """Words that both English and another language use, the other far more, where the
    language model does not expect them: "consists of trois main structures" was left in
    French, while "a pork loin" is English. Words of the originals are never flagged;
    words the frequencies alone decide are left to ``untranslated_words``. A spelling
    finding on the word does not exclude it: the English dictionary not knowing it is
    one more sign of the other language."""
    hits = []
    for word, value, _ in normalised(words):
        text = sentence[word.start:word.end]
        lower = text.lower()
        if len(text) < SETTINGS.min_letters or not text.isalpha() or not text.islower() or lower in known \
                or value < thresholds.untranslated_surprisal:
            continue
        english = english_zipf(lower)
        if english >= SETTINGS.shared_english_below:
            continue  # English uses it often enough: never shared
        language, foreign = foreign_frequency(lower)
        if _shared_word(english, foreign) and not _foreign_word(lower, english, foreign):
            hits.append(PatternHit("untranslated", word.start, word.end,
                                   f"'{text}' reads as a '{language}' word left untranslated: English rarely "
                                   f"uses it and the language model does not expect it here"))
    return hits


def _near_english(word: str) -> bool:
    """Whether one typing slip turns the word into a common English word ("grat" -> "great"):
    then it is a misspelling for the spelling check, not a word left untranslated."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    return any(english_zipf(edit) >= SETTINGS.near_english for edit in edits if edit != word)
