"""Surface and tag patterns that machine translation leaves: a lower-case start after a full stop,
repeated words, quote-mark and punctuation slips, verbs in impossible forms, swapped words, wrong
articles and pronoun cases. Each is a :class:`PatternHit`; the severity policy grades it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..backends.tagger import Token
from ..frequency import english_zipf
from ..segment import is_headline
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



@dataclass(frozen=True)
class Settings:
    """The one frequency cut-off of the surface and tag patterns."""

    adjective_min_zipf: float = 3.0
    """An adverb before a noun ("followed medically guidelines") is flagged only when its
    adjective is this common in English (Zipf)."""


SETTINGS = Settings()

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
            hits.append(PatternHit("repeated-word", m.start(), m.end(),
                                   f"the word '{m.group(1)}' is written twice: delete one"))
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
            if base is not None and english_zipf(base) >= SETTINGS.adjective_min_zipf:
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
