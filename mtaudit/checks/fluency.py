"""Fluency of a reprint sentence, with or without an original: garble patterns that machine
translation leaves, grammar findings, and language-model surprisal normalised by each
word's base rate, so that rare but correct words (names, numbers) do not count as breaks."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..backends.grammar import GrammarFinding
from ..backends.lm import WordSurprisal
from ..backends.tagger import Token
from ..config import Thresholds
from ..language import FOREIGN_WORDLIST, foreign_frequency
from ..segment import is_headline
from ..types import Flag
from ..verdict import SEVERITY_POLICY


@dataclass(frozen=True)
class PatternHit:
    name: str
    start: int
    end: int
    message: str

    @property
    def severity(self) -> str:
        """Under the severity policy (:data:`mtaudit.verdict.SEVERITY_POLICY`)."""
        return SEVERITY_POLICY[self.name]


_LOWER_START = re.compile(r"^[\"'“‘(\[]?\s*([a-z][a-z]*)\b")
_LOWER_OK = frozenset({"e", "i", "iphone", "ipad", "ebay", "de", "van", "von", "al", "el", "la", "le"})
_DOUBLED = re.compile(r"([.,;:!?])\s+([.,;:!?])(?!\.)|([,;:])\s*\3|(?<!\.)\.\.(?!\.)|([!?])\4{2,}")
_SPACE_BEFORE = re.compile(r"\w\s+[,;:](?=\s|$)|\w\s+\.$")
_REPEAT = re.compile(r"\b(\w{2,})\s+\1\b", re.IGNORECASE)
_REPEAT_OK = frozenset({"had", "that", "is", "bye", "very", "so", "no"})


def garble_patterns(sentence: str, follows_sentence: bool = False) -> list[PatternHit]:
    """Surface patterns of broken sentences, each with its span in the sentence.

    ``follows_sentence``: another sentence of the same paragraph comes right before this one.
    Then a lower-case start means a stray full stop cut a sentence in two; at the start of a
    paragraph (or a sentence on its own) it is only a capitalisation slip.
    """
    hits: list[PatternHit] = []
    match = _LOWER_START.match(sentence)
    if match and match.group(1).lower() not in _LOWER_OK and not re.match(r"^[a-z]+[A-Z]", sentence.lstrip("\"'“‘([ ")):
        if follows_sentence:
            hits.append(PatternHit("broken-sentence", match.start(1), match.end(1),
                                   "starts in lower case after a full stop: a stray full stop has probably cut "
                                   "a sentence in two"))
        else:
            hits.append(PatternHit("lower-case-start", match.start(1), match.end(1), "starts in lower case"))
    for m in _DOUBLED.finditer(sentence):
        hits.append(PatternHit("doubled-punctuation", m.start(), m.end(), f"doubled punctuation '{m.group()}'"))
    hits.extend(_quote_problems(sentence))
    for m in _REPEAT.finditer(sentence):
        if m.group(1).lower() not in _REPEAT_OK and not m.group(1).isdigit() and not _inside_name(sentence, m):
            hits.append(PatternHit("repeated-word", m.start(), m.end(), f"repeated word '{m.group(1)}'"))
    for m in _SPACE_BEFORE.finditer(sentence):
        hits.append(PatternHit("space-before-punctuation", m.start() + 1, m.end(), "space before punctuation"))
    return hits


#: Words tagged as prepositions that may take a bare verb: "rather than wait", "nothing but
#: wait", "as well as improve", "beneficial to work" (spaCy tags that "to" as a preposition).
_BARE_VERB_OK = frozenset({"than", "but", "except", "save", "so", "that", "whether", "if", "like", "to", "as"})
_FINITE = frozenset({"VBD", "VBZ"})


def _inside_name(sentence: str, repeat: re.Match[str]) -> bool:
    """A doubled capitalised word that a name goes on after ("Sir Run Run Shaw Hospital"):
    part of the name, not a slip."""
    word = repeat.group(1)
    if is_headline(sentence) or not (word[:1].isupper() and repeat.group(0).split()[-1][:1].isupper()):
        return False  # in a headline in title case, every word is capitalised
    after = re.match(r"\s+(\w+)", sentence[repeat.end():])
    return after is not None and after.group(1)[:1].isupper() and after.group(1) != word


def tag_patterns(sentence: str, tokens: Sequence[Token]) -> list[PatternHit]:
    """Verb forms that no English writer leaves, found from part-of-speech tags.

    "the idea of continue talks" (a bare verb after a preposition), "will rejected" (a
    past or third-person form after a modal), "to continued" (after infinitive "to").
    """
    hits: list[PatternHit] = []
    for before, word in zip(tokens, tokens[1:]):
        if word.start != before.end + 1 or not word.text.isalpha() or not word.text.islower():
            continue  # only words separated by one space: no punctuation, names or quotes between
        problem = None
        if before.tag == "IN" and before.text.lower() not in _BARE_VERB_OK and word.tag == "VB":
            problem = f"a bare verb after '{before.text}'"
        elif before.tag == "MD" and word.tag in _FINITE | {"VBN"}:
            problem = f"'{word.text}' cannot follow '{before.text}'"
        elif before.tag == "TO" and word.tag in _FINITE and word.pos == "VERB":
            problem = f"'{word.text}' cannot follow 'to'"
        if problem is not None:
            hits.append(PatternHit("verb-form", before.start, word.end,
                                   f"{problem}: a verb was left in the wrong form"))
    return hits


#: Adverbs in -ly that readily stand before a noun ("mostly women", "nearly everyone").
_LY_BEFORE_NOUN_OK = frozenset({
    "only", "mostly", "mainly", "largely", "partly", "nearly", "roughly", "approximately", "exactly", "especially",
    "particularly", "primarily", "merely", "solely", "simply", "chiefly", "predominantly", "typically", "usually",
    "generally", "possibly", "probably", "certainly", "reportedly", "allegedly", "apparently", "early", "daily",
    "weekly", "monthly", "yearly", "quarterly", "hourly", "likely", "fully", "initially", "originally", "formerly",
    "previously", "recently", "currently", "presently", "supposedly", "purportedly", "arguably", "virtually",
    "literally", "actually", "really", "truly", "clearly", "obviously", "respectively", "surely", "not",
    "increasingly", "relatively", "comparatively", "potentially", "newly", "freshly", "jointly", "publicly",
    "privately", "locally", "internationally", "nationally", "globally", "officially",
})
_ARTICLES = frozenset({"a", "an", "the"})


def word_order_slips(sentence: str, tokens: Sequence[Token]) -> list[PatternHit]:
    """Slips that leave a sentence readable: an article right before a preposition or a
    verb ("When a in satellite space"), an adverb where an adjective belongs ("followed
    medically guidelines")."""
    from wordfreq import zipf_frequency

    hits: list[PatternHit] = []
    for i, (before, word) in enumerate(zip(tokens, tokens[1:])):
        if word.start != before.end + 1 or not word.text.isalpha() or not before.text.isalpha():
            continue
        if sentence[word.end:word.end + 1] == "-":
            continue  # a compound: "the by-election", "highly drug-resistant"
        lower = before.text.lower()
        previous = tokens[i - 1] if i > 0 else None
        problem = None
        if lower in _ARTICLES and (before.text.islower() or i == 0) and word.tag in ("IN", "MD", "VBZ", "VBP") \
                and word.text.lower() not in ("that", "per", "via"):
            problem = f"'{word.text}' cannot follow '{before.text}': a word is missing or out of place"
        elif before.tag == "RB" and lower.endswith("ly") and lower not in _LY_BEFORE_NOUN_OK \
                and word.tag in ("NN", "NNS") and word.text.islower() and previous is not None \
                and (previous.tag in ("DT", "IN", "PRP$") or previous.tag.startswith("VB")):
            base = _adjective_of(lower)
            if base is not None and zipf_frequency(base, "en") >= 3.0:
                problem = f"'{before.text} {word.text}': the adjective '{base}' belongs before a noun"
        if problem is not None:
            hits.append(PatternHit("word-form", before.start, word.end, problem))
    return hits


def _adjective_of(adverb: str) -> str | None:
    """The adjective an -ly adverb is made from: medically -> medical, happily -> happy."""
    for suffix, replacement in (("ically", "ical"), ("ally", "al"), ("ily", "y"), ("ably", "able"),
                                ("ibly", "ible"), ("ly", "")):
        if adverb.endswith(suffix) and len(adverb) > len(suffix) + 2:
            return adverb[: -len(suffix)] + replacement
    return None


#: Pronoun forms: a subject form where an object belongs, or the reverse, is a slip MT leaves.
_OBJECT_FORMS = frozenset({"me", "him", "us", "them"})
_SUBJECT_FORMS = frozenset({"i", "he", "she", "we", "they"})
_POSSESSIVES = frozenset({"my", "his", "its", "our", "their", "your"})
_REFLEXIVES = frozenset({"myself", "himself", "herself", "itself", "ourselves", "themselves", "yourself",
                         "yourselves"})
_FINITE_OR_MODAL = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Prepositions after which a subject pronoun is normal English ("than I", "as we", "but he").
_SUBJECT_AFTER_OK = frozenset({"than", "as", "but", "like", "because", "if", "whether", "that", "so", "while",
                               "although", "though", "since", "until", "unless", "after", "before", "once"})
#: "an" before these letters is right ("an hour", "an honest"), "a" before these vowels is too
#: ("a university", "a one-off", "a European").
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_VOWEL_AS_CONSONANT = ("uni", "use", "usu", "uti", "ure", "eu", "one", "once", "ewe", "ufo", "uk", "us")


def article_slips(sentence: str) -> list[PatternHit]:
    """'a' before a vowel sound or 'an' before a consonant sound ("an child", "a apple").
    Words written in capitals (acronyms) are read letter by letter and left alone."""
    hits = []
    for m in re.finditer(r"(?<![\w'’-])(an?|^An?) ([A-Za-z][a-z]+)\b", sentence):
        article, word = m.group(1).lower(), m.group(2).lower()
        vowel = word[0] in "aeiou" and not word.startswith(_VOWEL_AS_CONSONANT)
        vowel = vowel or word.startswith(_SILENT_H)
        if article == "an" and not vowel and not word.startswith(("x", "h")):
            fix = "a"
        elif article == "a" and vowel:
            fix = "an"
        else:
            continue
        hits.append(PatternHit("article", m.start(1), m.end(2),
                               f"'{m.group(1)} {m.group(2)}' should read '{fix} {m.group(2)}'"))
    return hits


def pronoun_slips(sentence: str, tokens: Sequence[Token]) -> list[PatternHit]:
    """Pronouns in the wrong case, which machine translation leaves and readers stumble over:
    "Him trained as a doctor", "its will postpone", "their are married", "for I",
    "Itself was the last game", "relinquish themselves parental rights"."""
    hits: list[PatternHit] = []
    words = [t for t in tokens if not t.tag.startswith(("NFP", "``", "''")) and t.text.strip()]
    for i, token in enumerate(words):
        lower = token.text.lower()
        before = words[i - 1] if i > 0 else None
        after = words[i + 1] if i + 1 < len(words) else None
        clause_start = before is None or before.tag in (",", ":", "CC", "-LRB-", "``") or before.text in ";\"“"
        problem = None
        if after is not None and after.tag in _FINITE_OR_MODAL and after.start == token.end + 1:
            if lower in _OBJECT_FORMS and clause_start:
                problem = f"'{token.text}' cannot be the subject of '{after.text}'"
            elif lower in _POSSESSIVES and lower != "her":
                problem = f"the possessive '{token.text}' stands where a subject belongs"
            elif lower in _REFLEXIVES and clause_start:
                problem = f"'{token.text}' cannot be the subject of '{after.text}'"
        if problem is None and lower in _SUBJECT_FORMS - {"i"} | {"i"} and before is not None \
                and before.tag == "IN" and before.text.lower() not in _SUBJECT_AFTER_OK \
                and (after is None or after.tag not in _FINITE_OR_MODAL | {"VB", "VBN", "VBG", "RB"}):
            problem = f"'{token.text}' after '{before.text}' should be the object form"
        if problem is None and lower in _REFLEXIVES and after is not None and after.start == token.end + 1 \
                and after.tag in ("JJ", "NN", "NNS") and (before is None or before.pos == "VERB"):
            problem = f"'{token.text}' stands where a possessive belongs"
        if problem is not None:
            hits.append(PatternHit("pronoun-case", token.start, token.end,
                                   f"{problem}: a pronoun in the wrong form"))
    return hits


#: Letters of scripts other than Latin: a run of them in an English sentence was left untranslated.
_FOREIGN_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f"
                             r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


def untranslated_words(sentence: str, known: frozenset[str] = frozenset()) -> list[PatternHit]:
    """Words left in the source language: other scripts ("Islamic 国家 fighters"), and words
    that English does not use but another language does ("all four wichtigen tests").
    Words of the originals (``known``, lower-cased) are never flagged."""
    hits = [PatternHit("untranslated", m.start(), m.end(), f"'{m.group()}' was left untranslated")
            for m in _FOREIGN_SCRIPT.finditer(sentence)]
    from wordfreq import zipf_frequency

    for m in re.finditer(r"[^\W\d_]{4,}", sentence):
        word = m.group()
        lower = word.lower()
        if lower in known or _FOREIGN_SCRIPT.search(word):
            continue
        english = zipf_frequency(lower, "en")
        language, foreign = foreign_frequency(lower)
        if word[:1].isupper():
            # A capitalised word is a name, unless it is a common German noun ("this Ansicht").
            if zipf_frequency(lower, "de", wordlist=FOREIGN_WORDLIST) < 3.0 or english >= 1.0 \
                    or _near_english(lower):
                continue
            language = "de"
        elif not _foreign_word(lower, english, foreign):
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
    if english >= 3.0 or (english >= 2.5 and foreign - english < 3.0):
        return False  # English uses it ("loin", "pour")
    if foreign >= 4.0 and foreign - english >= 2.5:
        return True
    if english < (1.5 if lower.isascii() else 1.0) and foreign >= 2.0 and not _near_english(lower):
        return True
    return english < 1.0 and not lower.isascii() and lower.islower() and not _near_english(lower)


def _shared_word(english: float, foreign: float) -> bool:
    """A word English uses now and then but another language uses far more ("trois", "loin")."""
    return english < 3.0 and foreign >= 5.0 and foreign - english >= 2.5


def untranslated_in_context(sentence: str, words: Sequence[WordSurprisal], thresholds: Thresholds,
                            known: frozenset[str] = frozenset()) -> list[PatternHit]:
    """Words that both English and another language use, the other far more, where the
    language model does not expect them: "consists of trois main structures" was left in
    French, while "a pork loin" is English. Words of the originals are never flagged;
    words the frequencies alone decide are left to ``untranslated_words``. A spelling
    finding on the word does not exclude it: the English dictionary not knowing it is
    one more sign of the other language."""
    from wordfreq import zipf_frequency

    hits = []
    for word, value, _ in normalised(words):
        text = sentence[word.start:word.end]
        lower = text.lower()
        if len(text) < 4 or not text.isalpha() or not text.islower() or lower in known \
                or value < thresholds.untranslated_surprisal:
            continue
        english = zipf_frequency(lower, "en")
        language, foreign = foreign_frequency(lower)
        if _shared_word(english, foreign) and not _foreign_word(lower, english, foreign):
            hits.append(PatternHit("untranslated", word.start, word.end,
                                   f"'{text}' reads as a '{language}' word left untranslated: English rarely "
                                   f"uses it and the language model does not expect it here"))
    return hits


def _near_english(word: str) -> bool:
    """Whether one typing slip turns the word into a common English word ("grat" -> "great"):
    then it is a misspelling for the spelling check, not a word left untranslated."""
    from wordfreq import zipf_frequency

    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    return any(zipf_frequency(edit, "en") >= 3.5 for edit in edits if edit != word)


def _quote_problems(sentence: str) -> list[PatternHit]:
    hits = []
    # Curly quotes: an opening quote that opens nothing, or a closing one that closes nothing.
    for m in re.finditer(r"“(?=\s*$|\s*[.,;:!?]*\s*$)", sentence):
        hits.append(PatternHit("stray-quote", m.start(), m.end(), "an opening quote mark at the end opens nothing"))
    for m in re.finditer(r"(?<=\s)“(?=\s)|[.,;:!?]\s+“(?=\s*$)", sentence):
        if not any(h.start <= m.start() < h.end for h in hits):
            hits.append(PatternHit("stray-quote", m.start(), m.end(), "a quote mark stands alone"))
    for m in re.finditer(r"\w“\w|\s“[.,;:]|\w\s+“(?=[.,;:!?])", sentence):
        if any(h.start < m.end() and m.start() < h.end for h in hits):
            continue
        hits.append(PatternHit("misplaced-quote", m.start(), m.end(), "a quote mark opens in the wrong place"))
    depth = 0
    for m in re.finditer(r"[“”]", sentence):
        if m.group() == "“":
            depth += 1
            if depth > 1:
                hits.append(PatternHit("unbalanced-quotes", m.start(), m.end(),
                                       "a second quote opens before the first one closes"))
                depth = 1
        else:
            depth = max(0, depth - 1)
    straight = sentence.count('"')
    if straight % 2 == 1 and "“" not in sentence and "”" not in sentence:
        pos = sentence.rfind('"')
        hits.append(PatternHit("unbalanced-quotes", pos, pos + 1, "an odd number of quote marks"))
    unique: dict[tuple[int, int], PatternHit] = {}
    for hit in hits:
        unique.setdefault((hit.start, hit.end), hit)
    return list(unique.values())


#: Weight of a word's base surprisal subtracted from its context surprisal (chosen on DEMETR dev).
BASE_WEIGHT = 0.5
#: Words this close to the start of the sentence have too little context to be judged.
CONTEXT_WORDS = 2


def base_surprisal(word: str) -> float | None:
    """-ln of the word's frequency in general English (wordfreq); None for unknown words."""
    from wordfreq import word_frequency

    frequency = word_frequency(word.lower(), "en")
    return -math.log(frequency) if frequency > 0 else None


Span = tuple[int, int]


def normalised(words: Sequence[WordSurprisal],
               misspelled: Sequence[Span] = ()) -> list[tuple[WordSurprisal, float, bool]]:
    """(word, context surprisal minus half its base surprisal, known word) for the words judged.

    Punctuation, numbers, capitalised words past the first (names) and the first
    CONTEXT_WORDS words are not judged: a rare name is surprising everywhere, not broken here.
    Nor are misspelled words and the word after each: a typo is the spelling check's
    finding, and it surprises the model at the next word too.
    """
    out = []
    after_typo = False
    for i, word in enumerate(words):
        text = word.text
        typo = any(start < word.end and word.start < end for start, end in misspelled)
        skip = typo or (after_typo and re.search(r"\w", text) is not None)
        if typo or re.search(r"\w", text):
            after_typo = typo
        if skip or i < CONTEXT_WORDS or not re.search(r"[A-Za-z]", text) or text[:1].isupper():
            continue
        base = base_surprisal(text)
        out.append((word, word.surprisal - BASE_WEIGHT * (base if base is not None else -math.log(1e-8)),
                    base is not None))
    return out


def lm_evidence(words: Sequence[WordSurprisal], misspelled: Sequence[Span] = ()) -> dict[str, Any] | None:
    """The most surprising known word and the sentence's mean normalised surprisal."""
    scored = normalised(words, misspelled)
    if len(scored) < 3:
        return None
    candidates = [item for item in scored if item[2] and "-" not in item[0].text] or scored
    worst, value, _ = max(candidates, key=lambda item: item[1])
    unknown = [w.text for w, _, known in scored if not known]
    # Unknown words (names, misspellings) are left to the spelling check: one typo must not
    # make a sentence read as word salad.
    known_values = [v for _, v, known in scored if known] or [v for _, v, _ in scored]
    mean = sum(known_values) / len(known_values)
    return {"word": worst.text, "span": [worst.start, worst.end], "word_score": round(value, 3),
            "mean": round(mean, 3), "words_judged": len(scored), "unknown_words": unknown}


#: Surprisal after the original is offset by this before it is compared with the normalised
#: surprisal alone: a faithful word costs about 0-3 nats after the original, 5-10 alone.
CONDITIONED_OFFSET = 6.0


def break_evidence(words: Sequence[WordSurprisal], after_original: Sequence[WordSurprisal],
                   original: str, misspelled: Sequence[Span] = ()) -> dict[str, Any] | None:
    """The word where a linked sentence breaks: a word taken from the original that is
    surprising both on its own and after reading the original.

    Reading the original first makes every word it explains cheap, so a paraphrase scores
    low after the original and a changed fact scores low alone. A word the original also
    uses but that stays surprising after it has been put in the wrong place: the sentence
    was broken or scrambled in translation. Words the original does not use (new wording,
    names, misspellings) are left to the other checks.
    """
    used = {w.lower() for w in re.findall(r"\w+", original)}
    after = {w.start: w.surprisal for w in after_original}
    best: tuple[float, WordSurprisal, float, float] | None = None
    for word, alone, known in normalised(words, misspelled):
        if not known or "-" in word.text or word.start not in after or word.text.lower() not in used:
            continue
        score = min(alone, after[word.start] - CONDITIONED_OFFSET)
        if best is None or score > best[0]:
            best = (score, word, alone, after[word.start])
    if best is None:
        return None
    score, word, alone, conditioned = best
    return {"word": word.text, "span": [word.start, word.end], "break_score": round(score, 3),
            "alone": round(alone, 3), "after_original": round(conditioned, 3)}


def misspelled_spans(sentence: str, grammar: Sequence[GrammarFinding], known_names: frozenset[str]) -> list[Span]:
    """Spans of the spelling findings that are real misspellings (not names)."""
    return [(f.start, f.end) for f in grammar if f.category == "spelling"
            and not _is_name(sentence[f.start:f.end], known_names)]


def _is_name(text: str, known_names: frozenset[str]) -> bool:
    return text[:1].isupper() or text.lower() in known_names


def needs_second_reading(words: Sequence[WordSurprisal], original: str, misspelled: Sequence[Span],
                         thresholds: Thresholds) -> bool:
    """Whether reading a linked sentence again after its original can change its flags.

    An ``lm-break`` needs a word of the original whose normalised surprisal alone reaches
    ``garble_break`` (the break score is the smaller of that and the second reading), and the
    second reading only ever withdraws a word-salad flag, which needs a mean surprisal of
    ``garble_sentence``. Anything else is decided by the first reading alone.
    """
    used = {w.lower() for w in re.findall(r"\w+", original)}
    for word, alone, known in normalised(words, misspelled):
        if known and "-" not in word.text and word.text.lower() in used and alone >= thresholds.garble_break:
            return True
    # ... and a break at one word (garble_word) is confirmed or withdrawn by it.
    evidence = lm_evidence(words, misspelled)
    return evidence is not None and (float(evidence["mean"]) >= thresholds.garble_sentence
                                     or float(evidence["word_score"]) >= thresholds.garble_word)


def explained_by_original(evidence: dict[str, Any], after_original: Sequence[WordSurprisal]) -> bool:
    """Whether the original explains the word where a linked sentence seems to break: read
    after the original, that word costs the model no more than ``2 * CONDITIONED_OFFSET``
    nats (a faithful word the model did not expect on its own, such as in a quote that
    opens a sentence; a broken word stays costly whatever comes before it)."""
    start = evidence["span"][0]
    after = next((w.surprisal for w in after_original if w.start == start), None)
    return after is not None and after <= 2 * CONDITIONED_OFFSET


#: Pronoun forms of one person: a reprint that uses another form of the same pronoun where its
#: original has this one ("him farm" for "his farm") may have slipped.
_PRONOUN_FAMILIES = (("i", "me", "my", "mine", "myself"), ("he", "him", "his", "himself"),
                     ("she", "her", "hers", "herself"), ("it", "its", "itself"),
                     ("we", "us", "our", "ours", "ourselves"), ("they", "them", "their", "theirs", "themselves"),
                     ("you", "your", "yours", "yourself", "yourselves"))
_PRONOUN_FAMILY = {word: n for n, family in enumerate(_PRONOUN_FAMILIES) for word in family}
#: Articles and prepositions: one put where the original has another ("most among the goods").
_FUNCTION_WORDS = frozenset("""a an the of in on at to for from by with about against among between into onto
over under through during before after above below up down out off since until toward towards upon within
without across along around behind beyond near per than as like via despite throughout beside besides
amid""".split())
_LETTERS_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: At most this many repairs of one sentence are read (the ones at the most surprising words).
MAX_REPAIRS = 6


@dataclass(frozen=True)
class Repair:
    """Words of a reprint sentence put back as its original has them."""

    start: int
    end: int
    replacement: str
    kind: str
    """"order" (two words swapped back) or "form" (a word form, pronoun or function word)."""
    from_original: bool = True
    """Whether the original has it so; otherwise it is another form of the word."""

    def apply(self, sentence: str) -> str:
        return sentence[:self.start] + self.replacement + sentence[self.end:]


def _related(word: str, other: str) -> bool:
    """Two forms the same slot could hold: one pronoun's forms, two function words, or two
    forms of one stem ("medically"/"medical", "announcement"/"announced")."""
    if word == other:
        return False
    if word in _PRONOUN_FAMILY or other in _PRONOUN_FAMILY:
        return _PRONOUN_FAMILY.get(word) == _PRONOUN_FAMILY.get(other)
    if word in _FUNCTION_WORDS or other in _FUNCTION_WORDS:
        return word in _FUNCTION_WORDS and other in _FUNCTION_WORDS
    shared = 0
    for a, b in zip(word, other):
        if a != b:
            break
        shared += 1
    shortest = min(len(word), len(other))
    return shortest >= 4 and (shared >= 4 or (shortest <= 5 and shared >= shortest - 1 >= 3))


def repairs_from_original(sentence: str, original: str) -> list[Repair]:
    """Places where the reprint departs from its original in a way that could be a slip:

    - "order": two adjacent words the original has the other way round ("gains basic"
      where the original says "basic gains");
    - "form": a word where the original, between the same neighbours, has another form
      of it ("medically guidelines" for "medical guidelines"), another form of the same
      pronoun ("him farm" for "his farm") or another article or preposition ("most among
      the goods" for "most of the goods").

    Names (capitalised words past the first) are left to the fact checks. Whether a repair
    reads better is for the language model to say.
    """
    mine = [(m.group(), m.start(), m.end()) for m in _LETTERS_WORD.finditer(sentence)]
    theirs = [(m.group(), m.start(), m.end()) for m in _LETTERS_WORD.finditer(original)]
    if not mine or not theirs:
        return []
    lower = [w.lower() for w, _, _ in mine]
    other = [w.lower() for w, _, _ in theirs]
    other_set = set(other)
    pairs = {(a, b): n for n, (a, b) in enumerate(zip(other, other[1:]))}
    first_letter = mine[0][1]
    their_first = theirs[0][1]
    found: dict[tuple[int, int, str], Repair] = {}
    for i in range(len(mine) - 1):
        (a, a_start, a_end), (b, b_start, b_end) = mine[i], mine[i + 1]
        if sentence[a_end:b_start] != " " or (lower[i], lower[i + 1]) in pairs:
            continue
        n = pairs.get((lower[i + 1], lower[i]))
        if n is not None and lower[i] != lower[i + 1]:
            first, second = b, a
            if a_start == first_letter:  # the sentence's first word moves: so does its capital
                first = b[:1].upper() + b[1:]
                if theirs[n + 1][0][:1].islower():
                    second = a[:1].lower() + a[1:]
            replacement = f"{first} {second}"
            found.setdefault((a_start, b_end, replacement), Repair(a_start, b_end, replacement, "order"))
    left: dict[str, list[int]] = {}
    right: dict[str, list[int]] = {}
    for n, _word in enumerate(other):
        if n > 0:
            left.setdefault(other[n - 1], []).append(n)
        if n + 1 < len(other):
            right.setdefault(other[n + 1], []).append(n)
    for i, (word, start, end) in enumerate(mine):
        at_start = start == first_letter
        if word[:1].isupper() and not at_start:
            continue  # a name
        before = left.get(lower[i - 1], []) if i > 0 else []
        after = right.get(lower[i + 1], []) if i + 1 < len(mine) else []
        if lower[i] in _FUNCTION_WORDS:
            # A function word shares its slot only through a neighbour with content: "most
            # among the goods" / "most of the goods" by "most", but not "countries from the
            # former" / "consequences of the" by "the".
            before = before if i > 0 and lower[i - 1] not in _FUNCTION_WORDS else []
            after = after if i + 1 < len(mine) and lower[i + 1] not in _FUNCTION_WORDS else []
        places = before + after
        for n in sorted(set(places)):
            if theirs[n][0][:1].isupper() and theirs[n][1] != their_first:
                continue  # a name
            candidate = other[n]
            if not _related(lower[i], candidate):
                continue
            if lower[i] in other_set and lower[i] not in _FUNCTION_WORDS and lower[i] not in _PRONOUN_FAMILY:
                continue  # the original uses this form too: a choice, not a slip
            text = theirs[n][0] if theirs[n][1] != their_first else ("I" if candidate == "i" else candidate)
            replacement = text[:1].upper() + text[1:] if at_start else text
            found.setdefault((start, end, replacement), Repair(start, end, replacement, "form"))
    return sorted(found.values(), key=lambda r: (r.start, r.end, r.replacement))


#: Endings that turn one part of speech into another: stripping one and adding another gives
#: the forms of a word's family ("announcement" -> "announced", "medically" -> "medical").
_ENDINGS = ("ations", "ation", "ments", "ment", "ions", "ion", "ers", "er", "ors", "or", "ically", "ical", "ally",
            "ly", "al", "ive", "ity", "ness", "ful", "ing", "ed", "es", "s", "ance", "ence", "ant", "ent", "ian",
            "an", "ies", "ied", "y", "e", "ic")
#: Family forms must be this common in English (Zipf) to be tried.
FAMILY_MIN_ZIPF = 3.0
#: How many words of a sentence (the most surprising) have their family forms tried, and how
#: many forms of each (the commonest). On DEMETR dev, a third form per word cost 0.7 more
#: readings per sentence and put right no readable slip that two forms missed.
FAMILY_WORDS = 2
FAMILY_FORMS = 2
#: A word is tried only if its normalised surprisal reaches this.
FAMILY_FLOOR = 3.0


def word_family(word: str) -> list[str]:
    """Other common forms of a lower-case word, commonest first: other parts of speech of its
    stem ("announcement": announced, announce, ...) or, for a pronoun, its other cases."""
    if word in _PRONOUN_FAMILY:
        return [w for w in _PRONOUN_FAMILIES[_PRONOUN_FAMILY[word]] if w != word and w != "i"]
    from wordfreq import zipf_frequency

    stems = {word}
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            stems |= {stem, stem + "e"}
            if stem.endswith("e"):  # "announce" + "ed" is "announced"
                stems.add(stem[:-1])
            if stem.endswith("i"):
                stems.add(stem[:-1] + "y")
            if len(stem) > 3 and stem[-1] == stem[-2]:
                stems.add(stem[:-1])
    forms = {stem + ending for stem in stems for ending in ("", *_ENDINGS)}
    forms = {f for f in forms if f != word and f[:4] == word[:4] and zipf_frequency(f, "en") >= FAMILY_MIN_ZIPF}
    return sorted(forms, key=lambda f: (-zipf_frequency(f, "en"), f))


_MODALS = frozenset({"can", "could", "will", "would", "shall", "should", "may", "might", "must"})


def repairs_by_form(sentence: str, words: Sequence[WordSurprisal], misspelled: Sequence[Span] = ()) -> list[Repair]:
    """Other forms of the sentence's most surprising words, with or without an original: a
    noun where a verb belongs ("has announcement that"), a pronoun in the wrong case."""
    before = {w.start: words[n - 1].text.lower() for n, w in enumerate(words) if n > 0}
    scored = [(value, word) for word, value, known in normalised(words, misspelled)
              if known and value >= FAMILY_FLOOR and word.text.isalpha() and word.text.islower()]
    scored.sort(key=lambda item: (-item[0], item[1].start))
    repairs = []
    for _, word in scored[:FAMILY_WORDS]:
        forms = word_family(word.text)
        if before.get(word.start) in _MODALS:
            # After "can", "will" ... only a bare verb stands, the shortest of its family:
            # "will announcement" -> "announce", but never "can discuss" -> "discussed".
            forms = [f for f in forms if len(f) < len(word.text) and not re.search(r"(ed|ing)$", f)]
        for form in forms[:FAMILY_FORMS]:
            repairs.append(Repair(word.start, word.end, form, "form", from_original=False))
    return repairs


def local_surprisal(repair: Repair, words: Sequence[WordSurprisal]) -> float:
    """The highest raw surprisal at the repaired words and the word after them."""
    inside = [n for n, w in enumerate(words) if w.start < repair.end and repair.start < w.end]
    if not inside:
        return 0.0
    following = inside[-1] + 1
    values = [words[n].surprisal for n in inside]
    if following < len(words):
        values.append(words[following].surprisal)
    return max(values)


def repairs_worth_reading(sentence: str, original: str | None, words: Sequence[WordSurprisal],
                          thresholds: Thresholds, misspelled: Sequence[Span] = ()) -> list[Repair]:
    """The repairs to read: the original's wording at words the first reading found
    surprising (most surprising first), then other forms of the most surprising words."""
    from_original: list[Repair] = []
    if original is not None:
        scored = [(local_surprisal(r, words), r) for r in repairs_from_original(sentence, original)]
        kept = [(value, r) for value, r in scored if value >= thresholds.repair_floor]
        kept.sort(key=lambda item: (-item[0], item[1].start, item[1].replacement))
        from_original = [r for _, r in kept[:MAX_REPAIRS]]
    seen = {(r.start, r.end, r.replacement) for r in from_original}
    return from_original + [r for r in repairs_by_form(sentence, words, misspelled)
                            if (r.start, r.end, r.replacement) not in seen]


def repair_evidence(words: Sequence[WordSurprisal], repaired: Sequence[tuple[Repair, Sequence[WordSurprisal]]],
                    thresholds: Thresholds) -> list[tuple[Repair, float]]:
    """The repairs that make the sentence read ``repair_gain`` nats likelier, best first, one
    per place."""
    total = sum(w.surprisal for w in words)
    gains = [(r, round(total - sum(w.surprisal for w in read), 3)) for r, read in repaired]
    gains = [(r, gain) for r, gain in gains if gain >= thresholds.repair_gain]
    gains.sort(key=lambda item: (-item[1], item[0].start))
    kept: list[tuple[Repair, float]] = []
    for repair, gain in gains:
        if not any(k.start < repair.end and repair.start < k.end for k, _ in kept):
            kept.append((repair, gain))
    return kept


def repair_flags(sentence: str, repairs: Sequence[tuple[Repair, float]], flags: Sequence[Flag],
                 thresholds: Thresholds) -> list[Flag]:
    """A minor ``fluency`` flag for each repair, unless another flag already covers its words."""
    taken = [tuple(f.evidence["span"]) for f in flags if isinstance(f.evidence.get("span"), list)]
    out = []
    for repair, gain in repairs:
        if any(s < repair.end and repair.start < e for s, e in taken):
            continue
        words = sentence[repair.start:repair.end]
        what = "word order" if repair.kind == "order" else "word form"
        source = ", as the original has it" if repair.from_original else ""
        out.append(Flag("fluency", "minor", f"'{words}' reads better as '{repair.replacement}'{source} ({what})",
                        "lm-repair", {"span": [repair.start, repair.end], "words": words,
                                      "suggestion": repair.replacement, "repair": repair.kind,
                                      "from_original": repair.from_original, "gain": gain,
                                      "threshold": thresholds.repair_gain}))
    return out


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


def fluency_flags(sentence: str, patterns: Sequence[PatternHit], grammar: Sequence[GrammarFinding],
                  lm: dict[str, Any] | None, known_names: frozenset[str], thresholds: Thresholds,
                  breaks: dict[str, Any] | None = None, word_explained: bool = False) -> list[Flag]:
    """Flags from the surface patterns, the grammar findings and the language model's reading.
    ``word_explained``: the original explains the most surprising word (no break there)."""
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
        if finding.category == "spelling" and _is_name(text, known_names):
            continue  # names are not misspellings
        if any(s <= finding.start < e or finding.start <= s < finding.end for s, e in covered):
            continue
        flags.append(Flag("fluency", "minor", finding.message, f"grammar-{finding.backend}",
                          {"rule": finding.rule, "category": finding.category, "span": [finding.start, finding.end],
                           "words": text}))
    if lm is not None:
        word_score = float(lm["word_score"])
        mean = float(lm["mean"])
        headline = is_headline(sentence)
        explained = breaks is not None and float(breaks["break_score"]) < thresholds.garble_sentence_break
        if mean >= thresholds.garble_sentence and not headline and not explained:
            flags.append(Flag("garbled", "major", "the sentence reads as word salad to the language model",
                              "lm-surprisal", {**lm, "threshold": thresholds.garble_sentence}))
        elif word_score >= thresholds.garble_word and not word_explained:
            flags.append(Flag("garbled", "major", f"the sentence breaks at '{lm['word']}'", "lm-surprisal",
                              {**lm, "threshold": thresholds.garble_word}))
    if breaks is not None and float(breaks["break_score"]) >= thresholds.garble_break and not any(
            f.kind == "garbled" and f.check == "lm-surprisal" for f in flags):
        flags.append(Flag("garbled", "major",
                          f"the sentence breaks at '{breaks['word']}': a word of the original, out of place "
                          "both on its own and after reading the original", "lm-break",
                          {**breaks, "threshold": thresholds.garble_break}))
    return flags
