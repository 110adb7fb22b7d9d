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


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "fi", "tr", "id"])
def test_other_languages_frequencies_are_wordfreqs(lang):
    """The other languages' lists, looked up in the word table, give wordfreq's own values:
    a hundredth of each small list, and words it does not list."""
    from wordfreq import get_frequency_dict, zipf_frequency

    from mtaudit.frequency import zipfs

    asked = list(get_frequency_dict(lang, "small"))[::100] + ["zzqxv", "the", "straße", "l'été"]
    assert zipfs(asked, lang, "small") == {w: zipf_frequency(w, lang, "small") for w in asked}


def test_words_that_need_wordfreqs_tokenizer_are_kept_for_the_next_run(tmp_path, monkeypatch):
    import sqlite3

    import wordfreq

    from mtaudit import frequency

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    naive = frequency.english_zipf("naïve")
    assert naive > 3 and frequency.english_zipf("house") > 4
    with sqlite3.connect(frequency.table_path()) as db:
        assert db.execute("SELECT word FROM tokenized").fetchall() == [("naïve",)]
        assert db.execute("SELECT name FROM lists").fetchall() == [("en/best",)]
    # the next run (this process's lookups forgotten) finds it in the table, without wordfreq
    frequency._TABLES.clear()
    frequency._KNOWN.clear()

    def refuse(*args, **kwargs):
        raise AssertionError("wordfreq asked again")

    monkeypatch.setattr(wordfreq, "word_frequency", refuse)
    assert frequency.english_zipf("naïve") == naive


def test_a_word_table_that_cannot_be_written_changes_no_value(tmp_path, monkeypatch):
    """With no place for the table (the cache folder is a file), the lists are read into memory,
    every value is the same, and preparing the table says why it could not be written."""
    from wordfreq import word_frequency

    from mtaudit import frequency

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(blocked))
    asked = ["the", "buzzing", "zzqxv", "don't", "naïve"]
    assert [frequency.english_frequency(w) for w in asked] == [word_frequency(w, "en") for w in asked]
    path, problem = frequency.prepare([("en", "best")])
    assert path == frequency.table_path() and problem is not None and "cannot be written" in problem


@pytest.mark.parametrize("a,b,same", [
    ("colour", "color", True), ("programme", "program", True), ("organised", "organized", True),
    ("organisation", "organization", True), ("travelled", "traveled", True), ("centre", "center", True),
    ("analysed", "analyzed", True), ("defence", "defense", True), ("catalogue", "catalog", True),
    ("fertiliser", "fertilizer", True), ("organisers", "organizers", True),
    # different words stay different
    ("filled", "filed", False), ("four", "for", False), ("rise", "rize", False), ("prise", "prize", False),
    ("presence", "presense", False), ("form", "from", False),
])
def test_american_spelling(a, b, same):
    assert (american_spelling(a) == american_spelling(b)) is same


@pytest.mark.parametrize("original,reprint,places,said", [
    ("It built a vegetable wholesale market.", "It built a vegetable sweeping market.",
     [("wholesale", "sweeping")], "'wholesale' became 'sweeping'"),
    ("Prices rose sharply in the north.", "Prices fell in the north.", [("rose sharply", "fell")],
     "'rose sharply' became 'fell'"),
    ("He left early on Monday.", "He left on Monday, reportedly.", [("early", ""), ("", "reportedly")],
     "'early' was left out; 'reportedly' was added"),
    # case, punctuation and spelling aside: nothing changed
    ("The defence minister said so.", "the defense minister said so", [], ""),
    # the wording differs throughout: no one place says what changed
    ("Officials met in Geneva on Monday to discuss it.", "Talks took place in Switzerland at the start of the week.",
     [], ""),
])
def test_changed_words(original, reprint, places, said):
    from mtaudit.checks.changes import changed_words, said_changed

    assert changed_words(original, reprint) == places
    assert said_changed(places) == said


@pytest.mark.parametrize("original,reprint,restated", [
    ("They will report within 12 months.", "They will report within a year.", True),
    ("It lasted two weeks.", "It lasted a fortnight.", True),
    ("Stocks will last 24 hours.", "Stocks will last a day.", True),
    ("They will report within 3 months.", "They will report within a year.", False),
    ("They will report within 12 months.", "They will report within 12 months.", False),  # nothing changed
    ("They will report within 12 months, he said.", "They will not report within a year, he said.", False),
    # a half on a count written with hyphens
    ("He was given a two-and-a-half-year sentence.", "He was given a 30-month sentence.", True),
    ("He was given a two-and-a-half-year sentence.", "He was given a 36-month sentence.", False),
])
def test_the_same_span_of_time_said_another_way(original, reprint, restated):
    from mtaudit.checks.units import restated_only

    assert restated_only(original, reprint) is restated


@pytest.mark.parametrize("word,american", [
    ("neighbourhoods", "neighborhoods"), ("behavioural", "behavioral"), ("colourful", "colorful"),
    ("journal", "journal"), ("hourly", "hourly"), ("tourist", "tourist"),
])
def test_british_spellings_with_more_endings(word, american):
    from mtaudit.words import american_spelling

    assert american_spelling(word) == american
