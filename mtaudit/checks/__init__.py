"""The checks: what each finds, where it lives, how grave it is and which settings decide it.

- ``inversion.py``: meaning reversed (negation, antonyms, a dangling "nor", the contradiction model);
- ``roles.py``: who does what to whom reversed ("from Ukraine" / "to Ukraine");
- ``facts.py``: numbers, dates, names, gender and titles changed, and figures made vague or left out;
- ``units.py``: a figure's unit and the time of day changed;
- ``tense.py``: a verb moved between the past and the future;
- ``claims.py``: a claim stated as fact, or what must happen made something that may;
- ``quotes.py``: a direct quote of the originals given in other words (``quoting.py``: where a
  text quotes someone, in double or single marks);
- ``patterns.py``: surface and tag patterns (a stray full stop, a repeated word, quote marks,
  verb forms, articles, pronoun cases);
- ``untranslated.py``: words left in another language;
- ``surprisal.py``: the language model's reading (word salad, the word a sentence breaks at);
- ``repairs.py``: readable slips the language model reads better put right;
- ``fluency.py``: the flags of all of these and grammar findings, and the fluency score;
- ``drift.py``: meaning drift and the string scores (chrF, BLEU, TER);
- ``changes.py``: where a pair's words changed, for the flags whose evidence is a model's reading.

``readings.py`` gathers every model reading of a run once (:func:`~mtaudit.checks.readings.read`,
a frozen ``Readings``); :func:`mtaudit.scoring.judge` runs the checks on one sentence from its
readings, and :func:`mtaudit.verdict.settle` grades what they found under one severity policy
(``SEVERITY_POLICY``). A check's thresholds are audit settings (``config.Thresholds``); the fixed
values of a module are its frozen ``SETTINGS``. ``mtaudit checks`` prints this index, with both.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from ..config import Thresholds
from ..verdict import SEVERITY_POLICY


@dataclass(frozen=True)
class CheckInfo:
    """One check as the index lists it."""

    id: str
    """The check's name in a flag's evidence and in the severity policy."""
    kind: str
    """The flag kind it raises."""
    module: str
    """Where it lives, under mtaudit/checks/ (fluency.py turns the language model's readings
    into flags)."""
    finds: str
    """What it finds, in a few words."""
    thresholds: tuple[str, ...] = ()
    """The audit settings (``Thresholds`` fields, or ``english``) that decide it."""
    constants: tuple[str, ...] = ()
    """Fields of its module's ``SETTINGS`` (a frozen ``Settings``) that decide it."""
    graded: str = ""
    """When the evidence makes it graver or lighter than its policy grade."""

    @property
    def severity(self) -> str:
        """Its grade under the severity policy, before evidence raises or lowers it."""
        return SEVERITY_POLICY[self.id]

    def settings(self, thresholds: Thresholds = Thresholds(), english: str = "any") -> dict[str, Any]:
        """Every setting that decides it, with its value."""
        module = importlib.import_module(f"mtaudit.checks.{self.module.removesuffix('.py')}")
        values: dict[str, Any] = {name: english if name == "english" else getattr(thresholds, name)
                                  for name in self.thresholds}
        values.update({name: getattr(module.SETTINGS, name) for name in self.constants})
        return values


_PAIR = ("pair_similarity", "pair_chrf")
_MODEL = ("contradiction", "contradiction_similarity")
_FACT = ("fact_similarity", "fact_chrf", "contradiction_similarity")
_UNTRANSLATED = ("min_letters", "german_noun", "english_in_use", "english_some_use", "foreign_gap_small",
                 "foreign_common", "foreign_gap", "english_rare_ascii", "english_rare", "foreign_known",
                 "shared_english_below", "shared_foreign", "near_english", "gloss_letters", "gloss_words")
_LOOSER = "major on a looser pair (and for a name, one of another kind or out of place)"

CHECKS: tuple[CheckInfo, ...] = (
    CheckInfo("negation", "inverted", "inversion.py", "a negated word stands un-negated on the other side", _PAIR,
              ("loose_clause_words",), graded="major in a pair too loose for word-by-word comparison, whose negated "
              "clause the other side tells whole"),
    CheckInfo("antonym", "inverted", "inversion.py", "a word swapped for its opposite", (*_PAIR, "contradiction"),
              ("party_reach", "subject_words"), graded="critical when the contradiction model reads a reversal too"),
    CheckInfo("dangling-nor", "inverted", "inversion.py", "a 'nor' whose first clause lost its 'not'",
              ("contradiction",), graded="critical when the clause before 'nor' mirrors it"),
    CheckInfo("negation-and-model", "inverted", "inversion.py",
              "a negation on one side only that the contradiction model confirms", (*_PAIR, *_MODEL)),
    CheckInfo("contradiction-model", "inverted", "inversion.py", "the contradiction model alone, at a high conflict",
              ("contradiction_alone", "contradiction_similarity"), constants=("kept_quote", "part_subject")),
    CheckInfo("direction", "inverted", "roles.py",
              "a direction word turned round before the same name or after the same words, two names (or two "
              "of the pair's nouns after 'the') swapped around a verb, a verb done by the other name, a verb's doer "
              "made the one it is done to, or two words or phrases that changed places",
              ("pair_similarity", "pair_chrf"),
              ("verb_gap", "object_gap", "object_words", "head_words", "frame_words", "exchange_kept", "role_words",
               "described_words")),
    CheckInfo("taken-to", "inverted", "roles.py", "a verb of taking whose 'to' names another country than the taker",
              constants=("verb_gap", "object_gap")),
    CheckInfo("fact-number", "fact", "facts.py", "a number, its scale or its qualifier changed", _FACT,
              ("relative_lead", "share_reach", "about_reach", "bound_reach"), graded=_LOOSER),
    CheckInfo("fact-unit", "fact", "units.py", "a figure given in another unit of its measure ('10 inches' / "
              "'10 centimeters')", _FACT, graded=_LOOSER),
    CheckInfo("fact-time", "fact", "units.py", "a time of day changed ('8 p.m.' / '8 a.m.'; '8 p.m.' / '20:00' is one "
              "time)", _FACT, graded=_LOOSER),
    CheckInfo("fact-tense", "fact", "tense.py", "a verb moved between the past and the future ('will meet' / 'met'; "
              "'said it would reschedule' / 'said it had rescheduled'), or one event on the same date told in other "
              "verbs, or a plan told as done after the story's day", _FACT,
              ("reach", "with_words", "said_reach", "clause_reach", "would_reach", "and_reach", "months_ahead",
               "date_reach"),
              graded=_LOOSER),
    CheckInfo("fact-date", "fact", "facts.py", "a day or month changed, or a time moved between past and future",
              _FACT, graded=_LOOSER),
    CheckInfo("fact-hedge", "fact", "claims.py",
              "a claim stated as fact: an allegation word, who says so, a condition (', subject to approval'), an "
              "exception or a limit dropped (a time limit, a group's ages, a class, a period of sale, make or birth, "
              "words that narrow it to a part, a share, some areas or what was, the bounds of what is the first or "
              "the most of its kind, 'this season', 'so far'; a condition, an exception or a limit also in a pair "
              "told in other words), or what may happen or is expected made certain; what must happen made "
              "something that may, and what was said will happen made what may", (*_FACT, *_PAIR),
              ("dropped_share", "short_clause", "whether_reach", "around", "around_zipf", "excepted_share",
               "limit_words", "narrowing_context", "narrowing_opening", "kind_bound_words")),
    CheckInfo("fact-name", "fact", "facts.py", "a name replaced by another", _FACT,
              ("spelling_ratio", "stem_ratio", "stem_min", "person_words", "common_word", "known_name",
               "described_words", "describing_word", "worked_out"),
              graded=_LOOSER),
    CheckInfo("credit-line", "fact", "facts.py", "another agency credited in the dateline's brackets", _FACT),
    CheckInfo("name-spelling", "fact", "facts.py", "a name spelled another way (transliteration)", _FACT,
              ("sound_key_min", "sound_key_near", "sound_key_ratio", "spelling_ratio", "common_word")),
    CheckInfo("fact-gender", "fact", "facts.py", "a person's gender changed", _FACT, graded=_LOOSER),
    CheckInfo("fact-title", "fact", "facts.py", "a person's title, or office in apposition, that no original gives "
              "them", constants=("portfolio_reach", "office_words")),
    CheckInfo("quote", "quote", "quotes.py", "a quote of the originals given in other words, or to another speaker",
              constants=("min_words", "linked_matched", "linked_share", "matched", "share", "run", "swap_words",
                         "swaps", "copied_words", "copied_run", "anew_words", "reported_share", "speaker_aside",
                         "speaker_title"),
              graded="critical when a negation came or went, minor when only the wording did (a word swapped "
                     "in a quote otherwise word for word, or a quote reworded in a sentence copied word for word "
                     "around it or changed in a place or two of a long copied run, is no mere wording); a quote "
                     "the close counterpart does "
                     "not have: minor when its words are the counterpart's, major when they are not"),
    CheckInfo("broken-sentence", "garbled", "patterns.py",
              "a lower-case start right after a sentence of the same paragraph"),
    CheckInfo("repeated-word", "fluency", "patterns.py", "a word written twice"),
    CheckInfo("verb-form", "fluency", "patterns.py", "a verb in an impossible form ('the idea of continue talks')"),
    CheckInfo("untranslated", "garbled", "untranslated.py", "a word left in another language",
              ("untranslated_surprisal",), _UNTRANSLATED),
    CheckInfo("lm-surprisal", "garbled", "surprisal.py",
              "word salad (for a sentence in its original's words, reading far worse than the original), "
              "or a word the sentence breaks at; the story's rare words are not judged",
              ("garble_word", "garble_sentence", "garble_sentence_break", "garble_misplaced"),
              ("base_weight", "context_words", "sentence_words", "short_sentence_words", "short_margin",
               "one_word_lift", "attribution_words", "rare_base",
               "shared_share", "misplaced_words", "own_words")),
    CheckInfo("lm-scramble", "garbled", "repairs.py",
              "a run of three or more words the original has in another order, read far likelier in its order",
              ("scramble_gain",), ("scramble_min", "scramble_max")),
    CheckInfo("lm-break", "garbled", "surprisal.py",
              "a word of the original out of place, alone and after reading the original",
              ("garble_break",), ("conditioned_offset", "new_words_before", "short_word")),
    CheckInfo("lm-slips", "garbled", "repairs.py",
              "several readable slips in one sentence (words out of order, in the wrong form)",
              ("repair_gain", "repair_floor"), ("slips_to_rewrite",)),
    CheckInfo("lower-case-start", "fluency", "patterns.py", "a paragraph that starts in lower case"),
    CheckInfo("doubled-punctuation", "fluency", "patterns.py", "'. .', ',,' and the like"),
    CheckInfo("stray-quote", "fluency", "patterns.py", "a quote mark that opens or closes nothing"),
    CheckInfo("misplaced-quote", "fluency", "patterns.py", "a quote mark on the wrong side of a space"),
    CheckInfo("unbalanced-quotes", "fluency", "patterns.py", "quote marks that do not pair up"),
    CheckInfo("space-before-punctuation", "fluency", "patterns.py", "a space before a comma or full stop"),
    CheckInfo("article", "fluency", "patterns.py", "'a' or 'an' before the wrong sound"),
    CheckInfo("pronoun-case", "fluency", "patterns.py", "a pronoun in the wrong case ('for I')"),
    CheckInfo("word-form", "fluency", "patterns.py", "an adverb where an adjective belongs, and the like",
              constants=("adjective_min_zipf",)),
    CheckInfo("lm-repair", "fluency", "repairs.py",
              "a sentence the language model reads clearly likelier with a word put back or re-formed",
              ("repair_gain", "repair_floor"), ("max_repairs", "family_words", "family_forms", "family_floor",
                                                "family_min_zipf", "name_zipf")),
    CheckInfo("wrong-word", "fluency", "repairs.py",
              "a surprising content word whose thesaurus neighbour (WordNet), or in a linked sentence the "
              "original's word, reads far likelier: a word of the wrong sense",
              ("synonym_gain", "original_synonym_gain", "slot_gain", "synonym_floor", "wrong_word_major"),
              ("synonym_words", "synonym_candidates", "synonym_min_zipf", "original_words", "slot_words"),
              graded="major where the original's word reads far likelier by wrong_word_major, else minor"),
    CheckInfo("grammar", "fluency", "fluency.py", "a grammar or spelling finding (Harper or LanguageTool)",
              ("english",)),
    CheckInfo("drift", "drift", "drift.py", "the meaning moved (cosine and chrF)",
              ("drift_minor", "drift_major", "pair_similarity"),
              graded="major at drift_major on a pair at pair_similarity or closer"),
    CheckInfo("contradiction-model", "drift", "drift.py",
              "a conflict the contradiction model reads, read both ways, that no other check explains and "
              "that the original told with the sentence before it or after it confirms",
              ("contradiction_drift", "contradiction_similarity", "contradiction_ceiling", "fact_chrf")),
)


def check_index() -> tuple[CheckInfo, ...]:
    """Every check, in the order reports list their kinds."""
    return CHECKS
