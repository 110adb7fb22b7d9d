"""Repairs of readable slips: the original's wording put back (two words swapped back, a word
form, pronoun or preposition as the original has it), another form of a surprising word, or a
thesaurus neighbour of a surprising content word, read by the language model. A repair that
reads clearly likelier is a minor ``lm-repair`` flag; a thesaurus neighbour that reads far
likelier is a minor ``wrong-word`` flag (a word of the wrong sense, as spun copy has them)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..backends.lm import WordSurprisal
from ..backends.tagger import Analysis
from ..config import Thresholds
from ..frequency import english_zipf, english_zipfs
from ..thesaurus import PARTS, inflect, synonyms
from ..types import Flag
from ..words import SAYING, american_spelling, find_words
from .surprisal import SETTINGS as SURPRISAL
from .surprisal import Span, base_surprisal, normalised

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


@dataclass(frozen=True)
class Repair:
    """Words of a reprint sentence put back as its original has them."""

    start: int
    end: int
    replacement: str
    kind: str
    """"order" (two words swapped back), "form" (a word form, pronoun or function word) or
    "synonym" (a thesaurus neighbour of the word, or the original's word where the reprint has
    a neighbour of it)."""
    from_original: bool = True
    """Whether the original has it so; otherwise it is another form or a thesaurus neighbour of
    the word."""
    neighbour: bool = True
    """For the original's word: whether the reprint's word is a thesaurus neighbour of it (or the
    one word a copied sentence changed); else it only stands in its slot, between the same two
    words ("analysed moon data" / "analyzed satellite data")."""

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


@dataclass(frozen=True)
class _Sides:
    """The words of a reprint sentence and of its original, and the original's slots: where
    each of its words stands after (``left``) and before (``right``) a given word."""

    mine: list[tuple[str, int, int]]
    theirs: list[tuple[str, int, int]]
    lower: list[str]
    other: list[str]
    left: dict[str, list[int]]
    right: dict[str, list[int]]

    def places(self, i: int) -> tuple[list[int], list[int]]:
        """The original's words in the slot of the reprint's word ``i``: after the same word,
        and before the same word."""
        before = self.left.get(self.lower[i - 1], []) if i > 0 else []
        after = self.right.get(self.lower[i + 1], []) if i + 1 < len(self.mine) else []
        return before, after


def _sides(sentence: str, original: str) -> _Sides | None:
    mine = [(m.group(), m.start(), m.end()) for m in find_words(sentence, letters_only=True)]
    theirs = [(m.group(), m.start(), m.end()) for m in find_words(original, letters_only=True)]
    if not mine or not theirs:
        return None
    # (in American spelling, so that "analysed moon data" has the slot of "analyzed satellite data")
    other = [american_spelling(w.lower()) for w, _, _ in theirs]
    left: dict[str, list[int]] = {}
    right: dict[str, list[int]] = {}
    for n in range(len(other)):
        if n > 0:
            left.setdefault(other[n - 1], []).append(n)
        if n + 1 < len(other):
            right.setdefault(other[n + 1], []).append(n)
    return _Sides(mine, theirs, [american_spelling(w.lower()) for w, _, _ in mine], other, left, right)


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
    sides = _sides(sentence, original)
    if sides is None:
        return []
    mine, theirs, lower, other = sides.mine, sides.theirs, sides.lower, sides.other
    other_set = set(other)
    pairs = {(a, b): n for n, (a, b) in enumerate(zip(other, other[1:]))}
    first_letter = mine[0][1]
    their_first = theirs[0][1]
    found: dict[tuple[int, int, str], Repair] = {}
    for i in range(len(mine) - 1):
        (a, a_start, a_end), (b, b_start, b_end) = mine[i], mine[i + 1]
        if sentence[a_end:b_start] != " " or (lower[i], lower[i + 1]) in pairs:
            continue
        # ("said police" / "police said": the order of an attribution is house style)
        n = pairs.get((lower[i + 1], lower[i]))
        if n is not None and lower[i] != lower[i + 1] and not SAYING & {lower[i], lower[i + 1]}:
            first, second = b, a
            if a_start == first_letter:  # the sentence's first word moves: so does its capital
                first = b[:1].upper() + b[1:]
                if theirs[n + 1][0][:1].islower():
                    second = a[:1].lower() + a[1:]
            replacement = f"{first} {second}"
            found.setdefault((a_start, b_end, replacement), Repair(a_start, b_end, replacement, "order"))
    for i, (word, start, end) in enumerate(mine):
        at_start = start == first_letter
        if word[:1].isupper() and (not at_start or english_zipf(lower[i]) < SETTINGS.name_zipf):
            continue  # a name (at the start, one no English text uses: "Catri said" / "Catry said")
        before, after = sides.places(i)
        if lower[i] in _FUNCTION_WORDS:
            # A function word shares its slot only through a neighbour with content: "most
            # among the goods" / "most of the goods" by "most", but not "countries from the
            # former" / "consequences of the" by "the".
            before = before if i > 0 and lower[i - 1] not in _FUNCTION_WORDS else []
            after = after if i + 1 < len(mine) and lower[i + 1] not in _FUNCTION_WORDS else []
        places = before + after
        if re.search(r"n[’']t$", lower[i]) or any(
                american_spelling(other[n]) == american_spelling(lower[i]) for n in places):
            # a negation is never a word form to put right ("weren't" / "were not"); and a word
            # the original has in one of its places has its counterpart ("subjects in ...
            # subjects of" in both; "the defence lawyer" / "the defense lawyer")
            continue
        for n in sorted(set(places)):
            if theirs[n][0][:1].isupper() and theirs[n][1] != their_first:
                continue  # a name
            candidate = other[n]
            if not _related(lower[i], candidate) or american_spelling(lower[i]) == american_spelling(candidate):
                continue  # not another form of it, or the same word in British and American spelling
            if lower[i] in other_set and lower[i] not in _FUNCTION_WORDS and lower[i] not in _PRONOUN_FAMILY:
                continue  # the original uses this form too: a choice, not a slip
            text = theirs[n][0] if theirs[n][1] != their_first else ("I" if candidate == "i" else candidate)
            replacement = text[:1].upper() + text[1:] if at_start else text
            found.setdefault((start, end, replacement), Repair(start, end, replacement, "form"))
    return sorted(found.values(), key=lambda r: (r.start, r.end, r.replacement))


def scrambles(sentence: str, original: str) -> list[Repair]:
    """Runs of words the original has in another order, between words that stand as the
    original has them ("representative of and Chinese the Council Cambodian President" for
    "representative of the Cambodian Chinese Council and President"): three or more of them out
    of place, each run as short as holds them. Whether the original's order reads better is
    for the language model to say: a sentence told in another order ("on Monday, the minister
    said" / "the minister said on Monday") reads as well either way."""
    if sentence.rstrip().endswith("?") != original.rstrip().endswith("?"):
        return []  # a question puts its verb first: another sentence, not another order
    # hyphenated words as one: "working - class Jewish" is "Jewish working-class" spaced out, not scrambled
    mine = [(m.group(), m.start(), m.end()) for m in find_words(sentence, letters_only=True, hyphens=True)]
    theirs = [(m.group(), m.start(), m.end()) for m in find_words(original, letters_only=True, hyphens=True)]
    lower, other = [w.lower() for w, _, _ in mine], [w.lower() for w, _, _ in theirs]
    windows: dict[tuple[str, ...], list[int]] = {}
    for size in range(SETTINGS.scramble_min, SETTINGS.scramble_max + 1):
        for j in range(len(other) - size + 1):
            windows.setdefault(tuple(sorted(other[j:j + size])), []).append(j)
    found: list[Repair] = []
    taken: list[tuple[int, int]] = []
    for size in range(SETTINGS.scramble_min, SETTINGS.scramble_max + 1):
        for i in range(len(lower) - size + 1):
            here = lower[i:i + size]
            if here[0] == here[-1] or any(i < b and a < i + size for a, b in taken):
                continue
            for j in windows.get(tuple(sorted(here)), []):
                theirs_here = other[j:j + size]
                moved = sum(a != b for a, b in zip(here, theirs_here))
                anchored = ((i == 0) == (j == 0) and (i == 0 or lower[i - 1] == other[j - 1])
                            and (i + size == len(lower)) == (j + size == len(other))
                            and (i + size == len(lower) or lower[i + size] == other[j + size]))
                replacement = original[theirs[j][1]:theirs[j + size - 1][2]]
                if _parts_swapped(sentence[mine[i][1]:mine[i + size - 1][2]], replacement):
                    continue  # "Simon Achebe, the managing director" / "The managing director, Simon Achebe"
                if here[0] != theirs_here[0] and here[-1] != theirs_here[-1] and moved >= 3 and anchored:
                    found.append(Repair(mine[i][1], mine[i + size - 1][2], replacement, "scramble"))
                    taken.append((i, i + size))
                    break
    return sorted(found, key=lambda r: r.start)


def _parts_swapped(run: str, theirs: str) -> bool:
    """Whether two runs are the same phrases between commas in another order ("Simon Achebe, the
    managing director" / "the managing director, Simon Achebe"): told the other way round, not
    scrambled."""
    def parts(text: str) -> list[tuple[str, ...]]:
        return sorted(tuple(w.lower() for w in re.findall(r"[\w'’-]+", part)) for part in re.split(r"[,;:()]", text))

    return "," in run and parts(run) == parts(theirs)


#: Endings that turn one part of speech into another: stripping one and adding another gives
#: the forms of a word's family ("announcement" -> "announced", "medically" -> "medical").
_ENDINGS = ("ations", "ation", "ments", "ment", "ions", "ion", "ers", "er", "ors", "or", "ically", "ical", "ally",
            "ly", "al", "ive", "ity", "ness", "ful", "ing", "ed", "es", "s", "ance", "ence", "ant", "ent", "ian",
            "an", "ies", "ied", "y", "e", "ic")
@dataclass(frozen=True)
class Settings:
    """How many other wordings of a sentence the language model reads, and which; whether a
    wording is read better enough is an audit setting (``repair_*`` in ``Thresholds``)."""

    max_repairs: int = 6
    """At most this many repairs of one sentence are read (the ones at the most surprising words)."""
    slips_to_rewrite: int = 2
    """A sentence with at least this many readable slips in separate places ("the loan of NIB still
    is in negotiating") is one to rewrite, not to mend word by word: on the dev stories, 2 of their
    damaged sentences (both word salad) had two and no garbled flag yet, and none of 3,687
    faithful ones had two."""
    family_min_zipf: float = 3.0
    """Family forms must be this common in English (Zipf) to be tried."""
    family_words: int = 2
    """How many words of a sentence (the most surprising) have their family forms tried ..."""
    family_forms: int = 2
    """... and how many forms of each (the commonest). On DEMETR dev, a third form per word cost
    0.7 more readings per sentence and put right no readable slip that two forms missed."""
    family_floor: float = 3.0
    """A word is tried only if its normalised surprisal reaches this."""
    synonym_words: int = 2
    """How many content words of a sentence (past ``synonym_floor``; the most surprising beyond
    their rarity) have thesaurus neighbours tried ..."""
    synonym_candidates: int = 4
    """... and how many neighbours of each, most frequent sense first: 2.6 readings a sentence on
    the wrong-word dev set (benchmarks/wrong_words.py), 1.5 on the seeds. Before the commoner-word
    discount (``repair_evidence``), two words and four neighbours found 28% of its thesaurus
    swaps, one word and four 22%, two words and three 24%."""
    original_words: int = 2
    """In a linked sentence, how many of the original's words (the most surprising places first)
    are read back where the reprint has a thesaurus neighbour of them in their slot."""
    slot_words: int = 2
    """... and how many where the reprint has another content word between the same two words."""
    scramble_min: int = 3
    """Runs of at least this many words the original has in another order are read in its order
    (two words swapped are an "order" repair, a readable slip) ..."""
    scramble_max: int = 8
    """... and of at most this many: a longer run moved is a sentence told in another order."""
    name_zipf: float = 1.0
    """A capitalised first word this rare in English (Zipf) is a name, left to the fact checks."""
    synonym_min_zipf: float = 3.0
    """A neighbour is tried only in a form this common in English (Zipf): the word a spinner
    replaced is an everyday one."""


SETTINGS = Settings()


def word_family(word: str) -> list[str]:
    """Other common forms of a lower-case word, commonest first: other parts of speech of its
    stem ("announcement": announced, announce, ...) or, for a pronoun, its other cases."""
    if word in _PRONOUN_FAMILY:
        return [w for w in _PRONOUN_FAMILIES[_PRONOUN_FAMILY[word]] if w != word and w != "i"]
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
    common = english_zipfs(sorted(f for f in forms if f != word and f[:4] == word[:4]))
    return sorted((f for f, zipf in common.items() if zipf >= SETTINGS.family_min_zipf),
                  key=lambda f: (-common[f], f))


#: Words too common or too light to be a thesaurus swap.
LIGHT_LEMMAS = frozenset("""be have do say get make go take give come see know will would can not also so then
there here now very more most just only even well still too much many""".split())
CONTENT_TAGS = frozenset({"NN", "NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "RB"})
#: ... and, where the original's word is read back, their comparatives and superlatives too ("the
#: weightiest users" / "the heaviest users").
_COMPARED_TAGS = CONTENT_TAGS | {"JJR", "JJS", "RBR", "RBS"}


def repairs_by_synonym(words: Sequence[WordSurprisal], analysis: Analysis | None, known: frozenset[str],
                       floor: float) -> list[Repair]:
    """Thesaurus neighbours of the sentence's most surprising content words ("aircraft humming
    incidents" -> "buzzing"). A word must be at least ``floor`` nats surprising. Left alone: a
    name, a word the originals use, and the first word, which the model reads with nothing
    before it (its surprisal is the word's rarity: "Relocation" -> "Move")."""
    if analysis is None:
        return []
    surprise = {(w.start, w.end): w.surprisal for w in words}
    # ranked by surprisal beyond the word's rarity: "storm" is rare everywhere, "premature day" here
    beyond = {(w.start, w.end): value for w, value, _ in normalised(words)}
    first = next((t.start for t in analysis.tokens if t.text.isalpha()), -1)
    tried = []
    for token in analysis.tokens:
        value = beyond.get((token.start, token.end), 0.0)
        if (surprise.get((token.start, token.end), 0.0) < floor or token.tag not in CONTENT_TAGS
                or token.pos not in PARTS or not token.text.isalpha() or token.lemma in LIGHT_LEMMAS
                or token.text.lower() in known or token.start <= first or token.text[:1].isupper()):
            continue
        tried.append((value, token))
    tried.sort(key=lambda item: (-item[0], item[1].start))
    repairs: list[Repair] = []
    for _, token in tried[:SETTINGS.synonym_words]:
        forms: list[str] = []
        for synonym, _rank in synonyms(token.lemma, token.pos):
            form = inflect(synonym, token.tag)
            # (the same word in another spelling is no other word: "orthopaedic" / "orthopedic")
            if american_spelling(form) not in {american_spelling(w) for w in (token.text.lower(), *forms)} \
                    and english_zipf(form) >= SETTINGS.synonym_min_zipf:
                forms.append(form)
        repairs.extend(Repair(token.start, token.end, form, "synonym", from_original=False)
                       for form in forms[:SETTINGS.synonym_candidates])
    return repairs


def repairs_by_original_word(sentence: str, original: str, analysis: Analysis | None,
                             original_analysis: Analysis | None = None) -> list[Repair]:
    """The original's word put back where the reprint has a thesaurus neighbour of it in the same
    slot (a word beside it is the same on both sides), or any word in the one place a sentence
    copied word for word departs from it: a word swapped, as spun copy does ("its safety
    requirements" / "its security demands", "cut red ribbon" / "cut red tape"). Whether the swap reads
    worse is for the language model to say: "said" / "stated" does not. Any other content word
    between the same two words on both sides is read back too ("existing shrub in" / "existing
    plant in": a thesaurus of more relations than this one's), as no neighbour (:attr:`Repair.neighbour`).

    Left alone: names, words the original also uses (a choice, not a swap), and an original
    word the reprint has as often elsewhere (moved, not replaced). ``original_analysis`` gives the
    original's lemmas, so that irregular forms count ("held" for "defended")."""
    if analysis is None:
        return []
    sides = _sides(sentence, original)
    if sides is None:
        return []
    mine, theirs, lower, other = sides.mine, sides.theirs, sides.lower, sides.other
    other_set = set(other)
    mine_count, other_count = Counter(lower), Counter(other)
    index = {start: i for i, (_, start, _) in enumerate(mine)}
    # a sentence copied word for word but for one word: any word put in there is the spinner's
    # (or the translator's) swap, a thesaurus neighbour or not ("cut red tape" / "cut red ribbon")
    differing = [i for i, (a, b) in enumerate(zip(lower, other)) if a != b] if len(lower) == len(other) else []
    swapped = differing[0] if len(differing) == 1 else None
    their_lemmas = {t.start: t.lemma for t in original_analysis.tokens} if original_analysis is not None else {}
    their_tags = {t.start: t.tag for t in original_analysis.tokens} if original_analysis is not None else {}
    found: dict[tuple[int, int, str], Repair] = {}
    for token in analysis.tokens:
        i = index.get(token.start)
        if (i is None or mine[i][2] != token.end or token.tag not in _COMPARED_TAGS or token.pos not in PARTS
                or token.lemma in LIGHT_LEMMAS or token.text[:1].isupper() or lower[i] in other_set):
            continue
        before, after = sides.places(i)
        places = before + after
        if not places:
            continue
        # any part of speech, from the word as written too: a spinner's word often fits its slot
        # so badly that the tagger reads it as another part of speech ("Guterres aforementioned
        # that", tagged a verb, for "said")
        lemmas = {synonym for form in dict.fromkeys((token.lemma, lower[i]))
                  for part in dict.fromkeys((token.pos, *PARTS)) for synonym, _ in synonyms(form, part)}
        neighbours = lemmas | {inflect(synonym, token.tag) for synonym in lemmas}
        for n in sorted(set(places)):
            word = theirs[n][0]
            if american_spelling(lower[i]) == american_spelling(other[n]):
                continue  # "defence" / "defense": the same word spelled another way
            if word[:1].isupper() or mine_count[other[n]] >= other_count[other[n]]:
                continue
            neighbour = other[n] in neighbours or their_lemmas.get(theirs[n][1]) in lemmas or i == n == swapped
            if not neighbour and not (n in before and n in after and their_tags.get(theirs[n][1]) in CONTENT_TAGS
                                      and their_lemmas.get(theirs[n][1]) not in LIGHT_LEMMAS
                                      and not _related(lower[i], other[n])):
                continue
            found.setdefault((token.start, token.end, word),
                             Repair(token.start, token.end, word, "synonym", neighbour=neighbour))
    return sorted(found.values(), key=lambda r: (r.start, r.end, r.replacement))


_MODALS = frozenset({"can", "could", "will", "would", "shall", "should", "may", "might", "must"})


def repairs_by_form(sentence: str, words: Sequence[WordSurprisal], misspelled: Sequence[Span] = ()) -> list[Repair]:
    """Other forms of the sentence's most surprising words, with or without an original: a
    noun where a verb belongs ("has announcement that"), a pronoun in the wrong case."""
    before = {w.start: words[n - 1].text.lower() for n, w in enumerate(words) if n > 0}
    scored = [(value, word) for word, value, known in normalised(words, misspelled)
              if known and value >= SETTINGS.family_floor and word.text.isalpha() and word.text.islower()]
    scored.sort(key=lambda item: (-item[0], item[1].start))
    repairs = []
    for _, word in scored[:SETTINGS.family_words]:
        forms = word_family(word.text)
        if before.get(word.start) in _MODALS:
            # After "can", "will" ... only a bare verb stands, the shortest of its family:
            # "will announcement" -> "announce", but never "can discuss" -> "discussed".
            forms = [f for f in forms if len(f) < len(word.text) and not re.search(r"(ed|ing)$", f)]
        for form in forms[:SETTINGS.family_forms]:
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
                          thresholds: Thresholds, misspelled: Sequence[Span] = (),
                          analysis: Analysis | None = None, known: frozenset[str] = frozenset(),
                          original_analysis: Analysis | None = None, headline: bool = False) -> list[Repair]:
    """The repairs to read: the original's wording (its word order, word forms and, where the
    reprint has a thesaurus neighbour in a word's slot, its word) at words the first reading found
    surprising (most surprising first), then other forms of the most surprising words, then
    thesaurus neighbours of the most surprising content words (``analysis`` gives its part of
    speech; ``known`` are the originals' words, never taken for a swap). In a ``headline`` only
    the original's wording is read."""
    def strongest(repairs: Sequence[Repair], limit: int) -> list[Repair]:
        scored = [(local_surprisal(r, words), r) for r in repairs]
        kept = [(value, r) for value, r in scored if value >= thresholds.repair_floor]
        kept.sort(key=lambda item: (-item[0], item[1].start, item[1].replacement))
        return [r for _, r in kept[:limit]]

    from_original: list[Repair] = []
    if original is not None:
        # the original's word orders and forms, and its words where the reprint has a thesaurus
        # neighbour in their slot, each within its own number of readings
        # (a neighbour the originals use elsewhere is the story's own word for it: "the drive
        # follows outbreaks" where the original's headline calls the campaign a "drive")
        words_back = [r for r in repairs_by_original_word(sentence, original, analysis, original_analysis)
                      if not (r.neighbour and sentence[r.start:r.end].lower() in known)]
        from_original = strongest(scrambles(sentence, original), SETTINGS.max_repairs) + strongest(
            repairs_from_original(sentence, original), SETTINGS.max_repairs) + strongest(
            [r for r in words_back if r.neighbour], SETTINGS.original_words) + strongest(
            [r for r in words_back if not r.neighbour], SETTINGS.slot_words)
    if headline:
        # a headline's terse wording is no sentence to the model: its words' other forms and
        # neighbours are not guessed at ("Smoke in cabin forces jet back": "forced"; "shares
        # slump": "sink"), only the original's wording read back
        return _distinct(from_original)
    forms = repairs_by_form(sentence, words, misspelled)
    if original is not None:
        # a word the original writes in the same form is the original's choice, not a slip
        # ("'collectives' reads better as 'collective'" where the original says "collectives")
        theirs = {american_spelling(m.group().lower()) for m in find_words(original)}
        forms = [r for r in forms if american_spelling(sentence[r.start:r.end].lower()) not in theirs]
    return _distinct([*from_original, *forms, *repairs_by_synonym(words, analysis, known, thresholds.synonym_floor)])


def _distinct(repairs: Sequence[Repair]) -> list[Repair]:
    """The repairs in order, each place and wording once."""
    found: list[Repair] = []
    seen: set[tuple[int, int, str]] = set()
    for repair in repairs:
        if (repair.start, repair.end, repair.replacement.lower()) not in seen:
            seen.add((repair.start, repair.end, repair.replacement.lower()))
            found.append(repair)
    return found


def _commoner(repair: Repair, words: Sequence[WordSurprisal]) -> float:
    """How much of a thesaurus neighbour's better reading its being the commoner word explains:
    half the difference of the two words' base surprisal (as ``surprisal.normalised`` weighs it),
    so that a rare word that is right ("the upper storeys") is not taken for a wrong one. Zero for
    other repairs."""
    if repair.kind != "synonym":
        return 0.0
    word = next((w.text for w in words if w.start == repair.start), None)
    mine, theirs = (base_surprisal(word) if word else None), base_surprisal(repair.replacement)
    if mine is None or theirs is None:
        return 0.0
    return max(0.0, SURPRISAL.base_weight * (mine - theirs))


def _needed(repair: Repair, thresholds: Thresholds) -> float:
    """The gain a repair needs: a thesaurus neighbour more than a slip, the original's word in a
    neighbour's slot less than a neighbour the original does not give, and the original's word
    that is no neighbour, only in its slot, more (``slot_gain``)."""
    if repair.kind != "synonym":
        return thresholds.repair_gain
    if repair.from_original:
        return thresholds.original_synonym_gain if repair.neighbour else thresholds.slot_gain
    return thresholds.synonym_gain


def repair_evidence(words: Sequence[WordSurprisal], repaired: Sequence[tuple[Repair, Sequence[WordSurprisal]]],
                    thresholds: Thresholds) -> list[tuple[Repair, float]]:
    """The repairs that make the sentence read ``repair_gain`` nats likelier (a thesaurus
    neighbour: ``synonym_gain``), best first, one per place."""
    total = sum(w.surprisal for w in words)
    gains = [(r, round(total - sum(w.surprisal for w in read) - _commoner(r, words), 3)) for r, read in repaired]
    gains = [(r, gain) for r, gain in gains if gain >= _needed(r, thresholds)]
    gains.sort(key=lambda item: (-item[1], item[0].start))
    kept: list[tuple[Repair, float]] = []
    for repair, gain in gains:
        if not any(k.start < repair.end and repair.start < k.end for k, _ in kept):
            kept.append((repair, gain))
    return kept


#: Surface patterns that find a word slip (not a slip of punctuation or a word written twice): each
#: counts toward ``slips_to_rewrite``, beside at least one slip the model reads.
_WORD_SLIP_PATTERNS = frozenset({"verb-form", "word-form", "article", "pronoun-case"})


def repair_flags(sentence: str, repairs: Sequence[tuple[Repair, float]], flags: Sequence[Flag],
                 thresholds: Thresholds) -> list[Flag]:
    """A minor ``fluency`` flag for each repair, unless another flag already covers its words; a
    major ``garbled`` one for words put back in the original's order that read far better; and a
    major ``garbled`` one (``lm-slips``) for a sentence with ``slips_to_rewrite`` slips or more
    (the model's, and word slips the surface patterns found in ``flags``), none of them garbled
    already."""
    taken = [tuple(f.evidence["span"]) for f in flags if isinstance(f.evidence.get("span"), list)]
    out = []
    for repair, gain in repairs:
        scrambled = repair.kind == "scramble" and gain >= thresholds.scramble_gain
        if repair.kind == "scramble" and not scrambled:
            continue  # a run told in another order that reads about as well either way
        if not scrambled and any(s < repair.end and repair.start < e for s, e in taken):
            continue  # (words out of order are word salad: the trust rules keep the gravest finding)
        words = sentence[repair.start:repair.end]
        evidence = {"span": [repair.start, repair.end], "words": words, "suggestion": repair.replacement,
                    "repair": repair.kind, "from_original": repair.from_original, "gain": gain}
        if repair.kind == "synonym":
            message = (f"'{words}' does not fit here: the original's '{repair.replacement}' fits far better. "
                       "Use the original's word" if repair.from_original else
                       f"'{words}' may be the wrong word here: '{repair.replacement}' fits far better (check what "
                       "the story means)")
            out.append(Flag("fluency", "minor", message, "wrong-word",
                            {**evidence, "threshold": _needed(repair, thresholds)}))
            continue
        if scrambled:
            out.append(Flag("garbled", "major", f"the words '{words}' are out of order: the original has "
                                                f"'{repair.replacement}'. Put them back in order", "lm-scramble",
                            {**evidence, "threshold": thresholds.scramble_gain}))
            continue
        what = "word order" if repair.kind == "order" else "word form"
        source = ", as the original has it" if repair.from_original else ""
        out.append(Flag("fluency", "minor", f"'{words}' reads better as '{repair.replacement}'{source} ({what})",
                        "lm-repair", {**evidence, "threshold": thresholds.repair_gain}))
    read = [f for f in out if f.check == "lm-repair"]
    # a word in the wrong form that the surface patterns find is a slip too, beside one the model
    # reads (a repair at words another flag covers was left out above)
    found = [f for f in flags if f.check == "garble-pattern" and f.evidence.get("pattern") in _WORD_SLIP_PATTERNS]
    slips = sorted((*read, *found), key=lambda f: f.evidence["span"][0])
    if read and len(slips) >= SETTINGS.slips_to_rewrite and not any(f.kind == "garbled" for f in (*flags, *out)):
        # several slips in one sentence: machine translation that needs rewriting, not mending
        words = ", ".join(f"'{f.evidence['words']}'" for f in slips)
        out.append(Flag("garbled", "major", f"several words are out of place or in the wrong form ({words}): "
                                            "rewrite the sentence", "lm-slips",
                        {"span": slips[0].evidence["span"], "slips": [f.evidence for f in slips],
                         "threshold": SETTINGS.slips_to_rewrite}))
    return out
