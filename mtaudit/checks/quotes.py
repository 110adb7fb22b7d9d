"""Quote fidelity: a direct quote in the reprint that is a quote of the originals must give the
speaker's words as the originals give them.

A reprint quote corresponds to an original quote when the two share enough of their words: a
quote of the sentence's counterpart needs fewer (the link already says it is the same passage)
than a quote found anywhere in the originals. Then any change of its words is a finding; case,
punctuation, quote marks, hyphens and spelled-out contractions are not words. Quoting less than
the original (a shorter passage, or a gap marked with an ellipsis) is no change. A quote that
corresponds to nothing in the originals is not judged: it may be another speaker, or another
moment of the same one; except where the sentence's close counterpart quotes no one: then the
reprint put the quote marks there (:func:`_quoted_anew`).
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..thesaurus import PARTS, synonyms
from ..types import Flag
from ..words import (
    COURTESY_TITLES,
    DAYS_MONTHS,
    ORGANISATION_WORDS,
    SHORT_FORMS,
    american_spelling,
    find_words,
    short_form,
)
from .inversion import NEGATION_CUES
from .quoting import quoted_spans


@dataclass(frozen=True)
class Settings:
    """When a reprint quote is taken for a quote of the originals."""

    min_words: int = 3
    """Shorter quoted passages ("open door") are names and scare quotes, not quotes to compare."""
    linked_matched: int = 2
    """A quote of the sentence's counterpart shares at least this many words with it ..."""
    linked_share: float = 0.5
    """... and this share of its own words."""
    matched: int = 4
    """A quote found elsewhere in the originals shares at least this many words ..."""
    share: float = 0.6
    """... and this share of the reprint quote's words ..."""
    run: int = 3
    """... with at least this many in a row."""
    swap_words: int = 5
    """A quote kept word for word but for a word swapped for another has one swap for at least
    this many of its words (``swaps`` at most): the rest shows it was copied, so the swap is no
    other translation of the same words but another word put in the speaker's mouth ..."""
    swaps: int = 2
    """... and at most this many swaps: more is a quote reworded."""
    copied_words: int = 6
    """A sentence that gives at least this many of its counterpart's words outside the quote, word
    for word, copied the sentence: a quote changed inside it was altered, not translated anew ..."""
    copied_run: int = 8
    """... and so was a quote that keeps at least this many of its counterpart's words in a row,
    changed in at most ``swaps`` places ("... if we want to keep borrowing costs under control" /
    "... if we want to bring borrowing costs down by next year")."""
    anew_words: int = 5
    """A quote the originals do not have is judged from this many words: shorter ones are as often
    a theme or a slogan in quote marks ("China in my heart") as someone's words."""
    reported_share: float = 0.6
    """A quote whose counterpart quotes no one, with at least this share of its words of substance
    in the counterpart, puts in quote marks what the original reports; with fewer, words the
    original does not give."""
    speaker_aside: int = 90
    """The longest aside between a speaker's name and the verb of saying ("Lopez, the governor, said")."""
    speaker_title: int = 5
    """The most words of a title between the verb of saying and the name after it ("said Harbor
    City coach Ana Duarte")."""


SETTINGS = Settings()

#: An ellipsis, or words an editor put in brackets for a name or a thing the speaker means ("It
#: [the rail line] will", "[Delmar] will"): a gap in the speaker's words, no words of theirs.
#: Brackets that hold anything else ("We will [not] close") are read as the speaker's words.
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.|\[\s*\.\.\.\s*\]|\[(?=[A-Z]|(?:the|a|an|his|her|its|their|our|this|that)\s)"
                       r"(?![^\]]*\b(?:not|no|never|n't)\b)[^\]\d]*\]")
_CONTRACTIONS = {"n't": ("not",), "'re": ("are",), "'ve": ("have",), "'ll": ("will",), "'m": ("am",)}
_STEMS = {"won": "will", "can": "can", "shan": "shall", "ca": "can", "wo": "will"}
_GAP = "…"
#: Words that say little of what a quote says: a quote sharing only these with another is not it.
_LIGHT = frozenset("""a an the of to in on at for by with from and or but that this these those it its is are was were
be been being has have had do does did will would can could should may might must shall i we you he she they me us him
her them my our your his their there here as so if not no ones""".split())


@dataclass(frozen=True)
class _Token:
    word: str
    """Normalised: lower case, straight apostrophe, contractions spelled out; ``_GAP`` for an ellipsis."""
    start: int
    end: int


def _unaccented(word: str) -> str:
    """``word`` without its letters' accents ("Lüderitz": "Luderitz"); letters of other scripts stay."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    """The words of text[start:end], normalised, with a gap token where an ellipsis or an editor's
    words in brackets stand."""
    out: list[_Token] = []
    marks = [(m.start() + start, m.end() + start) for m in _ELLIPSIS.finditer(text[start:end])]
    gaps = [a for a, _ in marks]
    for match in find_words(text[start:end]):
        a, b = match.start() + start, match.end() + start
        if any(lo <= a < hi for lo, hi in marks):
            continue  # a word of the editor's, in brackets
        while gaps and gaps[0] < a:
            out.append(_Token(_GAP, gaps[0], gaps[0] + 1))
            gaps.pop(0)
        # "colour" is "color", "Ave." is "Avenue", "Lüderitz" is "Luderitz" (accents as written)
        word = short_form(american_spelling(_unaccented(match.group().lower().replace("’", "'"))))
        for ending, spelled in _CONTRACTIONS.items():
            if word.endswith(ending) and len(word) > len(ending):
                stem = word[:-len(ending)]
                out.append(_Token(_STEMS.get(stem, stem) if ending == "n't" else stem, a, b))
                out.extend(_Token(w, a, b) for w in spelled)
                break
        else:
            if (out and word.isdigit() and len(word) == 3 and out[-1].word.isdigit()
                    and text[out[-1].end:a] in (",", "\u00a0", "\u202f")):
                out[-1] = _Token(out[-1].word + word, out[-1].start, b)  # "10,000" is "10000"
                continue
            out.append(_Token(word, a, b))
    out.extend(_Token(_GAP, g, g + 1) for g in gaps)
    return out


@dataclass(frozen=True)
class _Quote:
    text: str
    """The text the quote was found in."""
    tokens: tuple[_Token, ...]
    """The words of all its quoted passages, a gap between two passages."""


@lru_cache(maxsize=4096)
def _quotes_of(text: str) -> _Quote | None:
    tokens: list[_Token] = []
    for a, b in quoted_spans(text):
        if tokens:
            tokens.append(_Token(_GAP, a, a))
        tokens.extend(_tokens(text, a, b))
    return _Quote(text, tuple(tokens)) if any(t.word != _GAP for t in tokens) else None


@dataclass(frozen=True)
class _Match:
    quote: _Quote
    blocks: tuple[difflib.Match, ...]
    matched: int
    content: int
    longest: int


def _match(reprint: Sequence[_Token], quote: _Quote) -> _Match:
    """The words ``reprint`` shares with the quote's passages. Where one passage shares as many as
    all of them do, the reprint quotes that passage: it is matched with it alone, so that a word
    it shares with another passage ("not" in "won't") does not stretch it across both."""
    theirs = [t.word for t in quote.tokens]
    mine = [t.word for t in reprint]
    cuts = [i for i, word in enumerate(theirs) if word == _GAP]
    found = _match_in(mine, theirs, 0, len(theirs), quote)
    alone = [_match_in(mine, theirs, lo, hi, quote) for lo, hi in zip([0] + [c + 1 for c in cuts], cuts + [len(theirs)])
             if 0 < hi - lo < len(theirs)]
    # of the passages that share as many words, the one they leave the fewest of its words out of
    best = [m for m in alone if m.matched >= found.matched]
    return min(best, key=_left_out) if best else found


def _left_out(found: _Match) -> int:
    """The original's words between the first and the last word a match shares, not shared."""
    if not found.blocks:
        return 0
    first, last = found.blocks[0], found.blocks[-1]
    return last.a + last.size - first.a - sum(b.size for b in found.blocks)


def _match_in(mine: Sequence[str], theirs: Sequence[str], lo: int, hi: int, quote: _Quote) -> _Match:
    """The match of ``mine`` with ``theirs[lo:hi]``, its blocks indexed into the whole of ``theirs``."""
    blocks = tuple(difflib.Match(b.a + lo, b.b, b.size) for b in difflib.SequenceMatcher(
        None, theirs[lo:hi], mine, autojunk=False).get_matching_blocks() if b.size)
    words = [w for b in blocks for w in mine[b.b:b.b + b.size] if w != _GAP]
    return _Match(quote, blocks, len(words), sum(w not in _LIGHT for w in words),
                  max((b.size for b in blocks), default=0))


def _corresponds(found: _Match, size: int, linked: bool) -> bool:
    s = SETTINGS
    if linked:
        return found.matched >= s.linked_matched and found.content >= 1 and found.matched >= s.linked_share * size
    return (found.matched >= s.matched and found.content >= 2 and found.matched >= s.share * size
            and found.longest >= s.run)


@dataclass(frozen=True)
class QuoteChange:
    original: str
    reprint: str
    reprint_span: tuple[int, int]
    kind: str = "wording"
    """What the change does to what the speaker said (:func:`change_kind`)."""
    moved: bool = False
    """The words stand elsewhere in the quote now (and may have changed)."""


#: Who a pronoun names: the speaker alone, the speaker's side ("Our patience" / "My patience" puts
#: a group's words in one mouth), the listener, or others.
_PERSONS = {**dict.fromkeys(("i", "me", "my", "mine", "myself"), "first"),
            **dict.fromkeys(("we", "us", "our", "ours", "ourselves"), "first plural"),
            **dict.fromkeys(("you", "your", "yours", "yourself", "yourselves"), "second"),
            **dict.fromkeys(("he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their",
                             "theirs", "themselves"), "third")}
#: How grave each kind of change is, gravest first; a quote's flag takes its gravest change.
CHANGE_KINDS = ("negation", "person", "number", "name", "tense", "swapped", "altered", "wording")
#: An auxiliary and its form of another time or mood: a speaker's "we will close" quoted as "we
#: would close" (or "we were" as "we are") is told in another time or mood.
_TENSES = frozenset(frozenset(pair) for pair in (("will", "would"), ("can", "could"), ("shall", "should"),
                                                 ("is", "was"), ("are", "were"), ("am", "was"), ("has", "had"),
                                                 ("have", "had"), ("do", "did"), ("does", "did")))


def change_kind(gone: Sequence[str], new: Sequence[str], gone_names: Sequence[str], new_names: Sequence[str]) -> str:
    """What a change of a quote's words does: "negation" (a negation came or went), "person"
    (who speaks or is spoken to: "they are" / "you are", "their pockets" / "the agency's
    pockets"), "number" (a value changed), "name"
    (a name or title replaced by another), "tense" (one auxiliary for another of another time or
    mood: "will" / "would", "were" / "are"), or "wording" (the words changed, the meaning held).
    ``gone``/``new`` are the words (lower case) each side has there; ``*_names`` its capitalised
    words inside a sentence. A "wording" change becomes "swapped" when the rest of the quote is
    word for word (:func:`_swapped`)."""
    from .facts import numbers, same_name

    def negated(words: Sequence[str]) -> bool:
        return any(w in NEGATION_CUES or w.endswith("n't") for w in words)

    if negated(gone) != negated(new):  # "cannot accept" / "will not accept" keeps the negation
        return "negation"
    persons_gone = {_PERSONS[w] for w in gone if w in _PERSONS}
    persons_new = {_PERSONS[w] for w in new if w in _PERSONS}
    if persons_gone - persons_new and persons_new - persons_gone:  # one person for another
        return "person"
    if gone and all(w in _PERSONS for w in gone) and not persons_new and set(new) - _LIGHT:
        return "person"  # a pronoun for someone named: "back in their pockets" / "in the agency's pockets"
    values_gone = {v for v, _ in numbers(" ".join(gone))}
    values_new = {v for v, _ in numbers(" ".join(new))}
    if values_gone and values_new and values_gone != values_new:
        return "number"
    if gone_names and new_names and not any(same_name(a, b) for a in gone_names for b in new_names):
        return "name"
    if len(gone) == 1 and len(new) == 1 and frozenset((gone[0], new[0])) in _TENSES:
        return "tense"
    return "wording"


def _changes(reprint: Sequence[_Token], found: _Match, sentence: str) -> list[QuoteChange]:
    """Where the reprint's words depart from the original quote, inside the stretch of it they quote."""
    theirs = found.quote.tokens
    first, last = found.blocks[0], found.blocks[-1]
    lo, hi = first.a, last.a + last.size
    # words quoted before the first shared word, or after the last, stand for the original's
    # words right there (within the same passage)
    for _ in range(first.b):
        if lo > 0 and theirs[lo - 1].word != _GAP:
            lo -= 1
    for _ in range(len(reprint) - (last.b + last.size)):
        if hi < len(theirs) and theirs[hi].word != _GAP:
            hi += 1
    window = theirs[lo:hi]
    ops = difflib.SequenceMatcher(None, [t.word for t in window], [t.word for t in reprint],
                                  autojunk=False).get_opcodes()
    changed = []
    for tag, a1, a2, b1, b2 in ops:
        if tag == "equal":
            continue
        gone = [t for t in window[a1:a2] if t.word != _GAP]
        new = [t for t in reprint[b1:b2] if t.word != _GAP]
        # an omission the reprint marks with an ellipsis, or one at the edge of a passage (the
        # reprint quotes part of it), is no change
        marked = any(t.word == _GAP for t in reprint[max(0, b1 - 1):b2 + 1])
        edge = any(t.word == _GAP for t in window[max(0, a1 - 1):a2 + 1])
        if not new and (not gone or marked or edge):
            continue
        changed.append((a1, a2, b1, b2))
    # changes a word or two apart are one change ("We are clear-eyed" / "We have clear eyes")
    groups: list[list[int]] = []
    for a1, a2, b1, b2 in changed:
        if groups and b1 - groups[-1][3] <= 2 and a1 - groups[-1][1] <= 2:
            groups[-1][1], groups[-1][3] = a2, b2
        else:
            groups.append([a1, a2, b1, b2])
    # words left out in one place and added in another were moved: one change, said so
    def words_of(tokens: Sequence[_Token]) -> tuple[str, ...]:
        return tuple(t.word for t in tokens if t.word != _GAP)

    def alike(lost: tuple[str, ...], new: tuple[str, ...]) -> bool:
        """The new words hold at least half of the lost ones, two of them with content."""
        shared = set(lost) & set(new)
        return len(shared) * 2 >= len(set(lost)) and len(shared - _LIGHT) >= 2

    moved: dict[int, int] = {}  # the group that lost the words -> the group that has them now
    for i, (a1, a2, b1, b2) in enumerate(groups):
        if b2 > b1 or a2 == a1:
            continue
        for j, (_, _, d1, d2) in enumerate(groups):
            if j != i and j not in moved.values() and d2 > d1 and alike(words_of(window[a1:a2]),
                                                                        words_of(reprint[d1:d2])):
                moved[i] = j
                break
    out = []
    for i, (a1, a2, b1, b2) in enumerate(groups):
        if i in moved or i in moved.values():
            if i in moved.values():  # the moved words, where they now stand, against where they stood
                (lost,) = [k for k, v in moved.items() if v == i]
                gone = [t for t in window[groups[lost][0]:groups[lost][1]] if t.word != _GAP]
                new = [t for t in reprint[b1:b2] if t.word != _GAP]
                out.append(QuoteChange(found.quote.text[gone[0].start:gone[-1].end],
                                       sentence[new[0].start:new[-1].end], (new[0].start, new[-1].end),
                                       change_kind([t.word for t in gone], [t.word for t in new], [], []), True))
            continue
        gone = [t for t in window[a1:a2] if t.word != _GAP]
        new = [t for t in reprint[b1:b2] if t.word != _GAP]
        original = found.quote.text[gone[0].start:gone[-1].end] if gone else ""
        if new:
            span = (new[0].start, new[-1].end)
        else:
            at = reprint[b1].start if b1 < len(reprint) else reprint[-1].end
            span = (at, at)
        gone_words, new_words = [t.word for t in gone], [t.word for t in new]
        if gone and new and _same_values(original, sentence[span[0]:span[1]]):
            continue  # "10,000" / "ten thousand": the same number written another way
        if gone and new and "".join(gone_words) == "".join(new_words):
            continue  # "halftime" / "half-time": one word written open or closed
        if set(gone_words + new_words) <= _PERCENT and not (gone_words and new_words):
            continue  # "5 per cent" / "5%": the sign is no word
        kind = change_kind(gone_words, new_words, _inner_names(found.quote.text, gone),
                           _inner_names(sentence, new))
        out.append(QuoteChange(original, sentence[span[0]:span[1]], span, kind))
    return out


def _swapped(changes: Sequence[QuoteChange], size: int) -> bool:
    """Whether every change of a quote of ``size`` words swaps one word of substance (or two) for
    another that is no form of it ("milestone" / "milepost", "health workers" / "religious
    leaders"; not "sign" / "signs"), with the rest word for
    word: a copied quote with a word put in, as spinning software makes, where a quote translated
    anew or paraphrased changes more than a word here and there."""
    if not changes or len(changes) > SETTINGS.swaps or size < SETTINGS.swap_words * len(changes):
        return False
    for change in changes:
        gone = [american_spelling(m.group().lower()) for m in find_words(change.original)]
        new = [american_spelling(m.group().lower()) for m in find_words(change.reprint)]
        if change.kind != "wording" or change.moved or len(gone) != len(new) or not 1 <= len(gone) <= 2:
            return False
        for a, b in zip(gone, new):  # (two words for two: "health workers" / "religious leaders")
            if a in _LIGHT or b in _LIGHT or not a.isalpha() or not b.isalpha() or _forms_of_one(a, b):
                return False
        if len(gone) == 2 and any(_thesaurus_neighbours(a, b) for a, b in zip(gone, new)):
            return False  # a phrase said in other words: "real risk" / "genuine danger"
    return True


def _thesaurus_neighbours(a: str, b: str) -> bool:
    """Whether two words are thesaurus neighbours (as any part of speech, singular or not)."""
    def lemmas(word: str) -> set[str]:
        return {word, word[:-1]} if word.endswith("s") else {word}

    return any(w == other for x in lemmas(a) for part in PARTS for w, _ in synonyms(x, part) for other in lemmas(b))


def _forms_of_one(a: str, b: str) -> bool:
    """Whether two words are forms of one word by their shared beginning ("talent" / "talents",
    "certificate" / "certification", "toward" / "towards")."""
    shared = len(os.path.commonprefix([a, b]))
    return shared >= max(3, min(len(a), len(b)) - 3)


def _same_values(a: str, b: str) -> bool:
    """Whether two wordings are one number written two ways ("10,000" / "ten thousand")."""
    from .facts import NUMBER_WORDS, numbers

    def only_number(text: str) -> bool:
        return all(w.lower() in NUMBER_WORDS or w.lower() in ("hundred", "thousand", "million", "billion")
                   for w in re.findall(r"[^\W\d_]+", text))

    values_a, values_b = sorted(v for v, _ in numbers(a)), sorted(v for v, _ in numbers(b))
    return bool(values_a) and values_a == values_b and only_number(a) and only_number(b)


def _inner_names(text: str, tokens: Sequence[_Token]) -> list[str]:
    """The capitalised words among ``tokens`` that do not start a sentence or a quote (and are not "I")."""
    out = []
    for t in tokens:
        word = text[t.start:t.end]
        before = text[:t.start].rstrip()
        if word[:1].isupper() and word != "I" and before and before[-1] not in ".!?:\"“„«" + "'‘":
            out.append(word)
    return out


#: Who a quote is given to: a name right before a verb of saying (an aside between them, or the
#: comma that closes a name in apposition: "The spokesperson, Dele Ajayi, said"), or the
#: name that ends the words after it, past a title ("said Harbor City coach Ana Duarte.", "said
#: opposition leader Priya Nair after ..."; not past a preposition, "said in Austin"; after
#: "told" stands whom it was told to; a rank or title cut short ends with a full stop that ends
#: no name: "said Staff Sgt. Carla Beaudry", :data:`_PAST_RANK`).
_VERB = r"(?:said|says|added|adds|insisted|stressed|warned|wrote)"
_NAMED = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
_NOT_TITLE = r"(?!(?:in|on|at|of|for|to|by|with|from|after|before|during|about|over|under|near|as|and|but)\b)"
_NAME_TAIL = r"\s*(?:[,.;:!?\"”)]|$)|\s+(?:as|who|when|after|before|while|at|in|on)\b"
_NAME_ENDS = rf"(?={_NAME_TAIL})"
#: A rank or title cut short, and the name after its full stop ("Sgt. Carla Beaudry": "Beaudry").
_RANKS = SHORT_FORMS | COURTESY_TITLES
_PAST_RANK = re.compile(rf"\.\s+(?:[A-Z][\w'’-]+\s+){{0,3}}([A-Z][\w'’-]+)(?={_NAME_TAIL}|\s+(?:of|from)\b)")
_SPEAKER = re.compile(rf"\b(?P<before>{_NAMED})"
                      rf"(?:,[^,]{{1,{SETTINGS.speaker_aside}}},|(?<=\w),(?=\s+(?:{_VERB}|told|tells)\b))?"
                      rf"\s+(?:{_VERB}|told|tells)\b"
                      rf"|\b{_VERB}\s+(?:{_NOT_TITLE}[\w'’.-]+\s+){{0,{SETTINGS.speaker_title}}}?"
                      rf"(?P<after>{_NAMED}){_NAME_ENDS}")


#: A speaker told by what they are, beside a verb of saying: "the German chancellor said", "said
#: the former senator".
_DESCRIPTION = r"[Tt]he\s+(?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*"
#: How far from its quote a description may stand and be its speaker: the quote's closing mark
#: and a comma or colon between them ('...," the governor said'; not '"...," he said, and the
#: governor added').
_DESCRIBED_GAP = 4
_DESCRIBED = re.compile(rf"\b(?P<before>{_DESCRIPTION})\s+(?:{_VERB}|told|tells)\b"
                        rf"|\b{_VERB}\s+(?P<after>{_DESCRIPTION}){_NAME_ENDS}")


def _apposed(text: str, words: tuple[int, int], name: tuple[int, int]) -> bool:
    """Whether the words at ``words`` describe the name at ``name``: nothing but commas and the
    rest of the name between them ("said Chen, the attorney general", "the attorney general,
    Maria Chen, said")."""
    between = text[words[1]:name[0]] if words[1] <= name[0] else text[name[1]:words[0]]
    return re.fullmatch(r"[\s,]*(?:[A-Z][\w'’.-]*[\s,]*)*", between) is not None


def _described(text: str, quote: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The description ("the German chancellor") beside a verb of saying right before or after the
    quote at ``quote`` that ``text`` gives it to, or None."""
    for match in _DESCRIBED.finditer(_outside_quotes(text)):
        if max(quote[0] - match.end(), match.start() - quote[1], 0) <= _DESCRIBED_GAP:
            group = "before" if match.group("before") else "after"
            if group == "after" and match.end(group) <= quote[0] and not text[match.end(group):quote[0]].strip():
                continue  # what is said, run into the quote: 'said the verdict sent "a strong message"'
            words = match.group(group)
            return words[:1].lower() + words[1:], (match.start(group), match.end(group))
    return None


#: The words of a percentage, which house style may write as a sign ("5 per cent" / "5%") ...
_PERCENT = frozenset({"per", "cent", "percent"})
#: ... the relative pronouns ("a deal that hurts" / "a deal which hurts") and a currency's name
#: ("5 million dollars" / "$5 million"): changed, they alter no quote ...
_NO_ALTERATION = _PERCENT | {"which", "who", "whom", "dollar", "dollars", "euro", "euros", "pound", "pounds"}
#: ... nor do the spellings of one word that British and American house styles choose between.
_VARIANTS = {"whilst": "while", "amongst": "among", "learnt": "learned", "spelt": "spelled", "burnt": "burned",
             "dreamt": "dreamed", "spilt": "spilled", "leapt": "leaped", "practise": "practice",
             "practize": "practice", "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}


#: Endings of words whose final "s" makes no plural ("news", "crisis", "bonus", "glass").
_NO_PLURAL = ("ss", "us", "is", "ews", "ics", "ies", "ses")


def _of_substance(change: QuoteChange) -> bool:
    """Whether a change of a quote's words puts in or takes out a word of substance, in any form
    ("are clear-eyed" / "have clear eyes"): not a word of no substance ("that" / "which", "grew
    by 5" / "grew 5"), a unit written as a sign ("per cent" / "%": :data:`_NO_ALTERATION`) or a
    spelling ("towards" / "toward", "whilst" / "while": :data:`_VARIANTS`)."""
    def substance(text: str) -> set[str]:
        words = {_VARIANTS.get(w, w) for w in (american_spelling(m.group().lower()) for m in find_words(text))}
        # "towards" / "toward"; "conflicts" / "conflict" is a form of the same word
        return {w[:-1] if w.endswith("wards") or (len(w) > 4 and w.endswith("s") and not w.endswith(_NO_PLURAL))
                else w for w in words - _LIGHT - _NO_ALTERATION}

    return substance(change.original) != substance(change.reprint)


def _copied_around(sentence: str, counterpart: str) -> bool:
    """Whether ``sentence`` has its counterpart's words outside their quotes, word for word (in
    lower case, American spelling), and at least ``copied_words`` of them."""
    def outside(text: str) -> list[str]:
        return [american_spelling(m.group().lower()) for m in find_words(_outside_quotes(text))]

    mine = outside(sentence)
    return len(mine) >= SETTINGS.copied_words and mine == outside(counterpart)


def _outside_quotes(text: str) -> str:
    """``text`` with its quoted passages blanked out (as many spaces, so that offsets hold)."""
    outside = list(text)
    for a, b in quoted_spans(text):
        outside[a:b] = " " * (b - a)
    return "".join(outside)


def _named_inside(word: str, texts: Sequence[str]) -> bool:
    """Whether ``word`` stands capitalised inside a sentence of one of ``texts``: a name, not a
    word capitalised because it starts one ("Officials said")."""
    for text in texts:
        for match in re.finditer(rf"\b{re.escape(word)}\b", text):
            before = text[:match.start()].rstrip(" \"“„«'‘")
            if before and before[-1] not in ".!?:":
                return True
    return False


#: A person's name (two words or more, a title before them) and the place they are of, right
#: before the name of that place before a verb of saying: "Marc Thill of consultancy Orbital
#: Insight Partners said", "Governor Kathy Hochul of New York said".
_MEMBER_OF = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?P<family>[A-Z][\w'’-]+))"
                        r"\s+(?:of|at|from|with)\s+(?:the\s+)?(?:[a-z][\w'’.-]*\s+)?"
                        r"(?:[A-Z][\w'’.-]*\s+|(?:of|and|de|da|do|dos|van|von|del|la|le|du|al|el)\s+){0,3}$")
#: Titles that stand right before a person's name ("Chairman Garvey"), not an adjective of a body's
#: name ("State Department", "General Electric").
_TITLES_BEFORE_A_NAME = frozenset({
    "chairman", "chairwoman", "chair", "president", "minister", "director", "secretary", "governor", "mayor",
    "senator", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chief", "commissioner", "judge",
    "coach", "manager", "superintendent", "inspector", "captain", "professor", "dr", "mr", "mrs", "ms"})
#: A name that a relative clause about its person follows, up to where a name in that clause
#: stands: the name is whom the clause is about ("Ms Omari (39), who runs a cooperative in ...").
_CLAUSE_HEAD = re.compile(r"\b([A-Z][\w'’-]+)(?:\s*\([^)]{1,20}\))?,\s+who\s+[^,]*$")


def _speaker(text: str, quote: tuple[int, int], other: str) -> tuple[str, tuple[int, int]] | None:
    """The family name of whom ``text`` gives the quote at ``quote`` to, and where the name
    stands: of the names beside a verb of saying outside the quoted passages, the one nearest the
    quote. None where no name stands there (a pronoun, "officials"); a word that starts the
    sentence alone is a name only where it stands capitalised inside a sentence of ``text`` or
    ``other``; a day or month is none."""
    from .facts import TITLE_WORDS

    opening = len(text) - len(text.lstrip(" \"“„«'‘"))
    found = []
    for match in _SPEAKER.finditer(_outside_quotes(text)):
        group = "before" if match.group("before") else "after"
        parts = list(re.finditer(r"[A-Z][\w'’-]+", match.group(group)))
        at = match.start(group)
        if group == "before" and re.match(rf",\s+(?:{_VERB}|told|tells)\b", text[match.end(group):]) \
                and not text[:at].rstrip().endswith(","):
            continue  # a name and a comma before the verb only in apposition ("The spokesperson, Dele Ajayi, said")
        name, where = parts[-1].group(), (at + parts[-1].start(), at + parts[-1].end())
        rank = _PAST_RANK.match(text, where[1]) if group == "after" and name.lower() in _RANKS else None
        if rank is not None:  # "said RCMP Staff Sgt. Carla Beaudry": the name after the rank
            name, where = rank.group(1), rank.span(1)
        # "Ms Omari (39), who runs a cooperative in Kisimani, the main town, said": a clause closed
        # before its verb of saying (not "Omari, who testified that Kamau said")
        closed = group == "before" and "," in text[at + parts[-1].end():match.end()]
        head = _CLAUSE_HEAD.search(text[:at + parts[-1].start()]) if closed else None
        if head is not None and re.search(r"\b(?:that|whom|whose)\s+[A-Z]", text[head.end(1):at + parts[-1].end()]):
            head = None  # ("Omari, who testified that Kamau, his neighbour, said": Kamau's words)
        if head is not None:
            name, where = head.group(1), head.span(1)
        elif group == "before" and len(parts) >= 2 and parts[-2].group().lower() not in _TITLES_BEFORE_A_NAME \
                and (member := _MEMBER_OF.search(text[:at])) is not None \
                and len(person := _without_titles(member.group("name").split(), TITLE_WORDS)) >= 2 \
                and not {w.lower() for w in person} & ORGANISATION_WORDS:
            # "Analyst Marc Thill of consultancy Orbital Insight Partners said": the person speaks,
            # not where they work (not "the Ministry of Health said", nor "Board of Management
            # Chairman Garvey said", where a title names the speaker; "Matthew Miller of the State
            # Department said" is Miller)
            name, where = member.group("family"), member.span("family")
        if (at <= opening and len(parts) == 1 and not _named_inside(name, (text, other))) \
                or name.lower() in DAYS_MONTHS or name.lower() in _PERSONS:
            continue  # (a pronoun names no one: "She said ...")
        gap = max(quote[0] - match.end(), match.start() - quote[1], 0)
        found.append((gap, name, where))
    if not found:
        return None
    _, name, where = min(found)
    return name, where


def _without_titles(words: list[str], titles: frozenset[str]) -> list[str]:
    """A name's words without the titles before them ("Governor Kathy Hochul": Kathy, Hochul)."""
    while words and words[0].rstrip(".").lower() in titles | COURTESY_TITLES:
        words = words[1:]
    return words


def _whole_name(text: str, where: tuple[int, int]) -> list[str]:
    """The words of the whole name that the name at ``where`` is part of, without a title before
    it or a day after it ("Chairman Dawit Alemayehu told": Dawit, Alemayehu)."""
    from .facts import TITLE_WORDS

    before = _CAPITALS_BEFORE.search(text[max(0, where[0] - 80):where[0]])
    after = _CAPITALS_AFTER.match(text, where[1])
    words = ((before.group() if before else "") + text[where[0]:where[1]] + (after.group() if after else "")).split()
    words = _without_titles(words[:-1], TITLE_WORDS) + words[-1:]
    while len(words) > 1 and words[-1].lower() in DAYS_MONTHS:
        words.pop()
    return words


_CAPITALS_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*$")
_CAPITALS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*)*")


def _speaker_flag(sentence: str, counterpart: str, span: tuple[int, int], found: _Match) -> Flag | None:
    """A quote its counterpart gives to one person, given here to another person the counterpart
    names ("..., said Priya Nair after Alan Grove announced ..." / "..., said Alan Grove")."""
    from .facts import same_name

    theirs_quoted = (found.quote.tokens[min(b.a for b in found.blocks)].start,
                     found.quote.tokens[max(b.a + b.size for b in found.blocks) - 1].end)
    theirs, mine = _speaker(counterpart, theirs_quoted, sentence), _speaker(sentence, span, counterpart)
    if theirs is not None and mine is None and (described := _described(sentence, span)) is not None:
        # given to someone told by what they are, whom the original names apart from its speaker
        # ("Chen said ... against the former senator" / "the former senator said")
        uses = re.finditer(rf"\b{re.escape(described[0])}\b", counterpart, re.IGNORECASE)
        if any(not _apposed(counterpart, (m.start(), m.end()), theirs[1])
               and not theirs_quoted[0] <= m.start() < theirs_quoted[1] for m in uses):
            mine = (described[0], described[1])
    if theirs is None or mine is None or same_name(theirs[0], mine[0]):
        return None
    theirs_whole, mine_whole = _whole_name(counterpart, theirs[1]), _whole_name(sentence, mine[1])
    if (len(mine_whole) == 1 and theirs_whole[:1] == [mine[0]] and len(theirs_whole) > 1) or (
            len(theirs_whole) == 1 and mine_whole[:1] == [theirs[0]] and len(mine_whole) > 1):
        return None  # one person by their given name ("chairman Dawit Alemayehu told" / "Dawit told")
    if any(re.match(rf",\s+(?:[\w.'’-]+\s+){{0,3}}{re.escape(b)}\b", text[end:])
           for text, (_, end), b in ((counterpart, theirs[1], mine[0]), (sentence, mine[1], theirs[0]))):
        return None  # one person, the name after the title ("Minister for Trade, Amara Velić, told")
    if not re.search(rf"\b{re.escape(mine[0])}\b", counterpart,
                     re.IGNORECASE if mine[0].startswith("the ") else re.NOFLAG):
        return None  # a name the counterpart does not give: another translation of it, for the name check
    original_quote = counterpart[theirs_quoted[0]:theirs_quoted[1]]
    message = (f"the quote is given to another speaker: the original gives it to {theirs[0]}, the reprint to "
               f"{mine[0]}. Attribute it to {theirs[0]}, as the original does")
    return Flag("quote", "major", message, "quote",
                {"span": list(mine[1]), "quote": list(span), "original_quote": original_quote,
                 "reprint_quote": sentence[span[0]:span[1]], "changes": [], "change": "speaker",
                 "original_speaker": theirs[0], "reprint_speaker": mine[0], "counterpart": True})


#: Words that make a quoted passage read as someone's words: a speaker or a listener, or a verb's
#: auxiliary ("I will look into it", "he just lost control", "it was a mistake").
_SPOKEN = frozenset("""i me my we us our you your is are was were will would can could must should has have had
do does did am""".split())


def _quoted_anew(sentence: str, span: tuple[int, int], mine: Sequence[_Token], counterpart: str,
                 originals: Sequence[str]) -> Flag | None:
    """A quote in a sentence whose close counterpart quotes no one: words its original reports
    (minor: the speaker may not have said them so) or does not give at all (major: words put in a
    speaker's mouth). Not where the originals give the words as they stand (in single quote marks,
    or in another paragraph), nor where the counterpart may quote in single marks."""
    content = [t.word for t in mine if t.word != _GAP and t.word not in _LIGHT]
    words = [t.word for t in mine if t.word != _GAP]
    inner = [t for t in mine if t.word in content and t is not mine[0]]
    capitals = sum(sentence[t.start:t.end][:1].isupper() for t in inner)
    if len(words) < SETTINGS.anew_words or not content or capitals * 2 >= max(1, len(inner)) \
            or not _SPOKEN & set(words):
        return None  # a title ("China in My Heart") or a phrase ("change his mind"), no one's words
    if re.search(r"(?:^|\s)['‘]\w", counterpart):
        return None  # single quote marks are also apostrophes: the counterpart may quote in them
    if any(_runs_in(words, [t.word for t in _tokens(text, 0, len(text)) if t.word != _GAP]) for text in originals):
        return None  # the originals give these words as they stand
    theirs = [t.word for t in _tokens(counterpart, 0, len(counterpart))]
    given = sum(any(word == other or _forms_of_one(word, other) for other in theirs) for word in content) / len(content)
    reported = given >= SETTINGS.reported_share
    quoted = sentence[span[0]:span[1]].strip(" ,.;:")
    message = (f"the reprint puts in quote marks words its original only reports: '{quoted}'. Remove the quote "
               "marks, or check that the speaker said these words" if reported else
               f"the reprint quotes words its original does not give: '{quoted}'. Remove the quote marks and "
               "give what the original says")
    return Flag("quote", "minor" if reported else "major", message, "quote",
                {"span": list(span), "quote": list(span), "original_quote": "", "reprint_quote": quoted,
                 "changes": [], "change": "reported" if reported else "invented", "given": round(given, 3),
                 "counterpart": True})


def _runs_in(words: Sequence[str], text: Sequence[str]) -> bool:
    """Whether ``words`` stand in ``text`` one after another."""
    n = len(words)
    return n > 0 and any(list(text[i:i + n]) == list(words) for i in range(len(text) - n + 1))


def quote_flags(sentence: str, counterpart: str | None, originals: Sequence[str], close: bool = False) -> list[Flag]:
    """A ``quote`` flag for each quoted passage of ``sentence`` that quotes the originals with
    other words: ``counterpart`` is the sentence's linked original text (or None), ``originals``
    the originals' paragraphs. Where the counterpart is ``close`` (the same passage, see
    :func:`.drift.is_comparable`) and quotes no one, a quote the originals do not have is one the
    reprint made (:func:`_quoted_anew`)."""
    flags = []
    linked = _quotes_of(counterpart) if counterpart else None
    others = [q for q in (_quotes_of(text) for text in originals) if q is not None]
    for a, b in quoted_spans(sentence):
        mine = _tokens(sentence, a, b)
        size = sum(t.word != _GAP for t in mine)
        if size < SETTINGS.min_words:
            continue
        found = None
        if linked is not None:
            candidate = _match(mine, linked)
            if _corresponds(candidate, size, True):
                found = candidate
        if found is None and others:
            best = max((_match(mine, q) for q in others), key=lambda m: (m.matched, m.content))
            if _corresponds(best, size, False):
                found = best
        if found is None:
            if close and counterpart is not None and linked is None:
                anew = _quoted_anew(sentence, (a, b), mine, counterpart, originals)
                if anew is not None:
                    flags.append(anew)
            continue
        if counterpart is not None and found.quote is linked:
            speaker = _speaker_flag(sentence, counterpart, (a, b), found)
            if speaker is not None:
                flags.append(speaker)
        changes = _changes(mine, found, sentence)
        if not changes:
            continue
        if _swapped(changes, size):
            changes = [dataclasses.replace(c, kind="swapped") for c in changes]
        elif counterpart is not None and found.quote is linked and any(map(_of_substance, changes)) \
                and (_copied_around(sentence, counterpart)
                     or (found.longest >= SETTINGS.copied_run and len(changes) <= SETTINGS.swaps)):
            # the sentence copies its counterpart word for word but inside the quote, or the quote
            # copies a long run of it and changes it in a place or two, where a word of substance
            # changed: the quote was not translated anew, its words were changed
            changes = [dataclasses.replace(c, kind="altered") if c.kind == "wording" and _of_substance(c) else c
                       for c in changes]
        flags.append(_flag(sentence, (a, b), found, changes, linked is not None and found.quote is linked))
    return flags


def _flag(sentence: str, span: tuple[int, int], found: _Match, changes: list[QuoteChange], linked: bool) -> Flag:
    theirs = found.quote.tokens
    lo = min(b.a for b in found.blocks)
    hi = max(b.a + b.size for b in found.blocks)
    original_quote = found.quote.text[theirs[lo].start:theirs[hi - 1].end]
    kind = min((c.kind for c in changes), key=CHANGE_KINDS.index)
    shown = "; ".join(f"'{c.reprint}' was moved" if c.moved and c.original == c.reprint else
                      f"'{c.original}' was moved and became '{c.reprint}'" if c.moved else
                      f"'{c.original}' became '{c.reprint}'" if c.original and c.reprint else
                      (f"'{c.reprint}' was added" if c.reprint else f"'{c.original}' was left out")
                      for c in changes[:3])
    more = f" (and {len(changes) - 3} more)" if len(changes) > 3 else ""
    what = {"negation": "the quote turns the speaker's words around", "person": "the quote changes who speaks "
            "or is spoken to", "number": "the quote changes a number", "name": "the quote changes a name",
            "tense": "the quote changes when or whether it happens", "swapped": "the quote swaps a word",
            "altered": "words inside a quote copied from the original were changed",
            "wording": "the quote is reworded"}[kind]
    message = f"{what}: {shown}{more}. Give the quoted words as the original has them"
    evidence = {"span": [changes[0].reprint_span[0], changes[-1].reprint_span[1]],
                "quote": [span[0], span[1]], "original_quote": original_quote,
                "reprint_quote": sentence[span[0]:span[1]],
                "changes": [{"original": c.original, "reprint": c.reprint, "span": list(c.reprint_span),
                             "change": c.kind, **({"moved": True} if c.moved else {})} for c in changes],
                "change": kind, "counterpart": linked}
    return Flag("quote", "major", message, "quote", evidence)
