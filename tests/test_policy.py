"""The severity policy: one table decides how grave each finding is, and one problem gets one flag."""

import pytest

from mtaudit.checks.facts import stands_in_place
from mtaudit.checks.patterns import garble_patterns
from mtaudit.config import Thresholds
from mtaudit.types import Flag
from mtaudit.verdict import SEVERITY_POLICY, settle, severity_of

T = Thresholds()


@pytest.mark.parametrize("kind, check, evidence, expected", [
    # meaning reversed, on strong evidence
    ("inverted", "negation", {}, "critical"),
    ("inverted", "dangling-nor", {"clause": "they would heed"}, "critical"),
    ("inverted", "dangling-nor", {"words": ["nor"]}, "major"),
    ("inverted", "antonym", {"conflict": 0.95}, "critical"),
    ("inverted", "antonym", {"conflict": 0.5}, "major"),
    ("inverted", "contradiction-model", {"conflict": 0.99}, "major"),
    # a fact changed: critical on a strong counterpart, major on a looser one or across kinds of name
    ("fact", "fact-number", {"similarity": 0.9, "chrf": 60.0}, "critical"),
    ("fact", "fact-number", {"similarity": 0.72, "chrf": 40.0}, "major"),
    ("fact", "fact-name", {"similarity": 0.9, "chrf": 60.0, "kind": "person", "original": ["Putin"],
                           "in_place": True}, "critical"),
    ("fact", "fact-name", {"similarity": 0.9, "chrf": 60.0, "kind": "place", "original": ["Politico Europe"],
                           "in_place": False}, "major"),
    ("fact", "fact-name", {"similarity": 0.9, "chrf": 60.0, "original": ["Politico"]}, "major"),
    ("fact", "fact-title", {}, "critical"),
    # a sentence the editor must rewrite
    ("garbled", "garble-pattern", {"pattern": "broken-sentence"}, "major"),
    ("garbled", "lm-surprisal", {}, "major"),
    # slips that leave the meaning
    ("fluency", "garble-pattern", {"pattern": "lower-case-start"}, "minor"),
    ("fluency", "garble-pattern", {"pattern": "verb-form"}, "minor"),  # one word to put right
    ("fluency", "garble-pattern", {"pattern": "doubled-punctuation"}, "minor"),
    ("fluency", "garble-pattern", {"pattern": "repeated-word"}, "minor"),  # "the the budget": one word to delete
    ("fluency", "garble-pattern", {"pattern": "stray-quote"}, "minor"),
    ("fluency", "grammar-harper", {}, "minor"),
    ("fluency", "lm-repair", {}, "minor"),
    ("fluency", "wrong-word", {"from_original": False}, "minor"),  # the language model's hint alone
    ("fluency", "wrong-word", {"from_original": True, "gain": 12.0}, "major"),  # the original's word fits far better
    ("fluency", "wrong-word", {"from_original": True, "gain": 8.0}, "minor"),  # ... or only a little better
    # drift
    ("drift", "drift", {"drift": 0.7}, "minor"),
    ("drift", "drift", {"drift": 0.85, "similarity": 0.72}, "major"),
    ("drift", "drift", {"drift": 0.85, "similarity": 0.5}, "minor"),  # too loose a pair to call it a rewrite
    ("drift", "contradiction-model", {"conflict": 0.95, "drift": 0.2}, "major"),
])
def test_severity_policy(kind, check, evidence, expected):
    assert severity_of(kind, check, evidence, T) == expected


def test_every_pattern_has_a_severity():
    names = {hit.name for text in ("level aimed at it.", "It was. .", "the the end", "said “ .")
             for follows in (False, True) for hit in garble_patterns(text, follows)}
    assert names <= set(SEVERITY_POLICY)


def test_one_problem_one_flag():
    """Two findings over the same words: the gravest stays; findings elsewhere stay too."""
    flags = [Flag("fluency", "minor", "a word form", "lm-repair", {"span": [4, 10]}),
             Flag("garbled", "major", "breaks here", "lm-surprisal", {"span": [6, 12]}),
             Flag("fluency", "minor", "doubled punctuation", "garble-pattern",
                  {"pattern": "doubled-punctuation", "span": [30, 33]}),
             Flag("fact", "major", "number changed", "fact-number", {"similarity": 0.95, "chrf": 70.0})]
    settled = settle(flags, T)
    assert [(f.check, f.severity) for f in settled] == [
        ("lm-surprisal", "major"), ("garble-pattern", "minor"), ("fact-number", "critical")]


@pytest.mark.parametrize("sentence, follows, expected", [
    ("level aimed at avoiding a dreaded Russian invasion of Ukraine.", True, ["broken-sentence"]),
    ("the company said on Monday it would cut jobs.", False, ["lower-case-start"]),
    ("It sets limits on missile deployments. .", False, ["doubled-punctuation"]),
    ("iPhone sales rose.", True, []),
])
def test_a_lower_case_start_breaks_a_sentence_only_after_another(sentence, follows, expected):
    assert [hit.name for hit in garble_patterns(sentence, follows)] == expected


@pytest.mark.parametrize("original, reprint, lost, new, expected", [
    ("The talks were held in Paris on Monday.", "The talks were held in London on Monday.",
     ["Paris"], ["London"], True),
    ("Putin said he would attend.", "Medvedev said he would attend.", ["Putin"], ["Medvedev"], True),
    ('"Russia used the session to air grievances," Politico Europe reports.',
     "Russia used the session to air grievances that killed the US contributed.", ["Politico Europe"], ["US"], False),
])
def test_a_changed_name_stands_in_place(original, reprint, lost, new, expected):
    assert stands_in_place(original, reprint, lost, new) is expected


def test_the_english_setting_is_read_and_checked(tmp_path):
    from mtaudit.config import load_config
    from mtaudit.errors import ConfigError

    good = tmp_path / "mtaudit.toml"
    good.write_text('english = "gb"\n', encoding="utf-8")
    assert load_config(good).english == "gb"
    bad = tmp_path / "bad.toml"
    bad.write_text('english = "au"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="any, us, gb"):
        load_config(bad)
