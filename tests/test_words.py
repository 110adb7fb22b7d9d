"""The one word tokenizer (mtaudit.words): a small table of what counts as a word."""

from __future__ import annotations

import pytest

from mtaudit.words import words


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
