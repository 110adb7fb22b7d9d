"""Fluency of a reprint sentence, with or without an original: the flags of the surface patterns,
the grammar findings and the language model's reading, and the sentence's fluency score. The
findings themselves come from patterns.py, untranslated.py, surprisal.py and repairs.py."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from ..backends.grammar import GrammarFinding
from ..config import Thresholds
from ..segment import in_headline_style, is_caption, is_headline
from ..types import Flag
from ..words import is_short_form
from .patterns import PatternHit
from .surprisal import SETTINGS as SURPRISAL
from .surprisal import is_name, reads_as_original


def fluency_score(patterns: Sequence[PatternHit], grammar: Sequence[GrammarFinding],
                  lm: dict[str, Any] | None, thresholds: Thresholds,
                  breaks: dict[str, Any] | None = None, repairs: int = 0) -> float:
    """1.0 reads cleanly; every break or slip lowers it (``repairs``: slips the original's
    wording puts right)."""
    score = 1.0
    for hit in patterns:
        score *= 0.55 if hit.severity == "major" else 0.85
    for finding in grammar:
        score *= 0.9 if finding.category in ("grammar", "capitalization", "punctuation", "repetition") else 0.97
    if lm is not None:
        word = float(lm["word_score"])
        mean = float(lm["mean"])
        score *= 1.0 / (1.0 + math.exp(word - thresholds.garble_word))
        score *= 1.0 / (1.0 + math.exp(2.0 * (mean - thresholds.garble_sentence)))
        score = min(1.0, score * 1.3)
    if breaks is not None:
        score *= 1.0 / (1.0 + math.exp(float(breaks["break_score"]) - thresholds.garble_break))
        score = min(1.0, score * 1.1)
    score *= 0.85 ** repairs
    return round(max(0.0, min(1.0, score)), 4)


def _after_short_form(sentence: str, start: int) -> bool:
    """Whether ``start`` follows a short form and its full stop ("Ave. ", "Sen. ")."""
    before = re.search(r"([^\W\d_]+)\.\s*$", sentence[:start])
    return before is not None and is_short_form(before.group(1))


def one_word_carries(lm: dict[str, Any], thresholds: Thresholds) -> bool:
    """Whether the most surprising word alone lifts a sentence's mean surprisal over
    ``garble_sentence``: without it the mean is under the line, and it lifts the mean by at least
    ``one_word_lift`` (in a long sentence of words that fit badly one word lifts it little: "Among
    its demands is that the coalition level activities back before joining ...")."""
    mean, rest = float(lm["mean"]), float(lm.get("mean_without_word", lm["mean"]))
    return rest < thresholds.garble_sentence and mean - rest >= SURPRISAL.one_word_lift


def fluency_flags(sentence: str, patterns: Sequence[PatternHit], grammar: Sequence[GrammarFinding],
                  lm: dict[str, Any] | None, known_names: frozenset[str], thresholds: Thresholds,
                  breaks: dict[str, Any] | None = None, word_explained: bool = False,
                  mended: Sequence[tuple[int, int]] | None = ()) -> list[Flag]:
    """Flags from the surface patterns, the grammar findings and the language model's reading.
    ``word_explained``: the original explains the most surprising word (no break there);
    ``mended``: the spans of words another wording reads clearly better (the repairs), None where
    no repair was read (``lm_repairs`` off): then one surprising word is judged as before."""
    flags: list[Flag] = []
    for hit in patterns:
        kind = "garbled" if hit.severity == "major" else "fluency"
        flags.append(Flag(kind, hit.severity, hit.message, "garble-pattern",
                          {"pattern": hit.name, "span": [hit.start, hit.end], "words": sentence[hit.start:hit.end]}))
    covered = [(h.start, h.end) for h in patterns]
    for finding in grammar:
        text = sentence[finding.start:finding.end]
        if finding.category == "style":
            continue  # long sentences and wording preferences are not errors
        if finding.category == "spelling" and is_name(text, known_names):
            continue  # names are not misspellings
        if finding.category == "spelling" and finding.start > 0 and sentence[finding.start - 1].isdigit():
            continue  # a scale or unit written on its figure ("$2.3bn", "10cm") is no misspelling
        if any(s <= finding.start < e or finding.start <= s < finding.end for s, e in covered):
            continue
        if finding.category == "capitalization" and _after_short_form(sentence, finding.start):
            continue  # "Chang An Ave. after ...": the short form's full stop ends no sentence
        flags.append(Flag("fluency", "minor", finding.message, f"grammar-{finding.backend}",
                          {"rule": finding.rule, "category": finding.category, "span": [finding.start, finding.end],
                           "words": text}))
    if lm is not None:
        word_score = float(lm["word_score"])
        mean = float(lm["mean"])
        headline = is_headline(sentence) or is_caption(sentence)  # (a caption's terse wording, too)
        explained = breaks is not None and float(breaks["break_score"]) < thresholds.garble_sentence_break
        # a mean of a few words says little: "Oil prices dropped almost 2 percent Monday." is
        # judged on three
        judged = int(lm.get("words_judged", SURPRISAL.sentence_words))
        line = thresholds.garble_sentence + (SURPRISAL.short_margin if judged < SURPRISAL.short_sentence_words else 0)
        enough = judged >= SURPRISAL.sentence_words
        # One word can carry the whole reading (:func:`one_word_carries`): then the editor is
        # pointed at it, where another wording of it reads clearly better ("big changes and
        # rapidity"). A word the model did not expect, which no other wording mends ("It is the
        # region's third outbreak since October."), is no word salad: it is judged as one word is.
        one_word = one_word_carries(lm, thresholds)
        at = lm.get("span") or [-1, -1]
        if mean >= line and enough and not headline and not explained \
                and not reads_as_original(lm, thresholds) \
                and (not one_word or mended is None or any(s < at[1] and at[0] < e for s, e in mended)):
            message = (f"the sentence does not read as English, above all at '{lm['word']}'. Rewrite it"
                       if float(lm.get("mean_without_word", mean)) < thresholds.garble_sentence else
                       "the sentence does not read as English: many of its words do not fit. Rewrite it")
            flags.append(Flag("garbled", "major", message, "lm-surprisal",
                              {**lm, "threshold": line}))
        elif word_score >= thresholds.garble_word and not word_explained and not in_headline_style(sentence):
            # (a headline's terse wording, "shares slump 11%", is no English sentence to the model;
            # a long line without a full stop is a sentence that lost it)
            flags.append(Flag("garbled", "major",
                              f"the sentence breaks at '{lm['word']}': the words around it do not fit. Rewrite it",
                              "lm-surprisal",
                              {**lm, "threshold": thresholds.garble_word}))
    # a word written twice surprises the model at the second: the slip is named, no break
    repeated = [(h.start, h.end) for h in patterns if h.name == "repeated-word"]
    # (a headline's terse wording breaks no sentence: "...; Jeddah, Nairobi, Addis routes planned";
    # a caption's does, and so does a long line that lost its full stop)
    terse = in_headline_style(sentence) and not is_caption(sentence)
    if breaks is not None and float(breaks["break_score"]) >= thresholds.garble_break and not terse and not any(
            f.kind == "garbled" and f.check == "lm-surprisal" for f in flags) \
            and not any(s <= breaks["span"][0] < e for s, e in repeated):
        new = breaks.get("new_before")
        where = (f"the sentence breaks at '{breaks['word']}', after '{sentence[new[0]:new[1]]}', which the "
                 "original does not say" if new else
                 f"the sentence breaks at '{breaks['word']}', which does not fit where it stands")
        flags.append(Flag("garbled", "major", f"{where}. Rewrite the sentence from the original", "lm-break",
                          {**breaks, "threshold": thresholds.garble_break}))
    return flags
