"""The one word tokenizer (mtaudit.words) and the English word frequencies (mtaudit.frequency):
small tables of expected values."""

from __future__ import annotations

import pytest

from mtaudit.frequency import english_frequency, english_zipf
from mtaudit.words import american_spelling, words


@pytest.mark.parametrize(("text", "options", "expected"), [
    ("They don't heed O'Brien's 2 calls.", {}, ["They", "don't", "heed", "O'Brien's", "2", "calls"]),
    ("They don't heed O'Brien's 2 calls.", {"letters_only": True}, ["They", "don't", "heed", "O'Brien's", "calls"]),
    ("Jean-Pierre met COVID-19 cases", {"letters_only": True, "hyphens": True},
     ["Jean-Pierre", "met", "COVID", "cases"]),
    ("Jean-Pierre met COVID-19 cases", {}, ["Jean", "Pierre", "met", "COVID", "19", "cases"]),
    ("Wilmès’ snake_case 'quoted'", {"letters_only": True}, ["Wilmès", "snake", "case", "quoted"]),
    ("", {}, []),
])
def test_what_counts_as_a_word(text, options, expected):
    assert words(text, **options) == expected


@pytest.mark.parametrize("word", ["the", "announcement", "buzzing", "storeys", "zzqxv", "a", "don't", "Paris",
                                  "co-op", "naïve", "2014", "x1", ""])
def test_english_frequency_is_wordfreqs(word):
    """The direct lookup gives wordfreq's own values, plain words or not."""
    from wordfreq import word_frequency, zipf_frequency

    assert english_frequency(word) == word_frequency(word, "en")
    assert english_zipf(word) == zipf_frequency(word, "en")


def test_english_frequency_of_every_fiftieth_listed_word():
    """Over a fiftieth of the English list, the table lookup and wordfreq agree to the last digit."""
    from wordfreq import get_frequency_dict, word_frequency

    listed = list(get_frequency_dict("en", "best"))[::50]
    assert len(listed) > 5000
    assert [english_frequency(w) for w in listed] == [word_frequency(w, "en") for w in listed]


@pytest.mark.parametrize("a,b,same", [
    ("colour", "color", True), ("programme", "program", True), ("organised", "organized", True),
    ("organisation", "organization", True), ("travelled", "traveled", True), ("centre", "center", True),
    ("analysed", "analyzed", True), ("defence", "defense", True), ("catalogue", "catalog", True),
    # different words stay different
    ("filled", "filed", False), ("four", "for", False), ("rise", "rize", False), ("prise", "prize", False),
    ("presence", "presense", False), ("form", "from", False),
])
def test_american_spelling(a, b, same):
    assert (american_spelling(a) == american_spelling(b)) is same
