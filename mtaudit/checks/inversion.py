"""Reversed meaning: negation, antonym and quantifier flips, a lost negation before "nor",
and the contradiction model's verdict on a linked pair."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..config import Thresholds
from ..thesaurus import negated_antonyms
from ..types import Flag
from ..words import AUXILIARIES, DAYS_MONTHS, MONTHS, SAYING, american_spelling, find_words
from .changes import persons_referred_to_otherwise, where_changed
from .quoting import quoted_spans
from .tense import PURPOSES
from .units import UNITS_OF_TIME, restated_only

NEGATION_CUES = frozenset({
    "not", "never", "no", "nor", "neither", "none", "nobody", "nothing", "nowhere", "without",
    "cannot", "refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "failing",
    "deny", "denies", "denied", "denying", "hardly", "barely", "rarely",
    "non",  # ("non-stop", "non-binding": the word after it negated)
})

#: Forms of "fail": a negation through their "to" only (:func:`_is_cue`).
_FAIL = frozenset({"fail", "fails", "failed", "failing"})
#: Forms of "refuse", and the words that refuse a thing in other words: "recommended refusing the
#: scheme" / "recommended that it reject the scheme" is no flip (:func:`negation_flips`).
_REFUSE = frozenset({"refuse", "refuses", "refused", "refusing"})
_REFUSING = re.compile(r"\b(?:reject|rejects|rejected|rejecting|rejection|refus\w*|turn(?:s|ed|ing)? down|"
                       r"declin\w*|rebuff\w*|dismiss\w*|veto\w*|block\w*|deny|denies|denied|denying)\b",
                       re.IGNORECASE)
#: "no less than", "no more than": a bound on a figure, not a negation (the number check reads
#: a bound turned round, "no more than 10" / "more than 10"); "no later than May" stays a negation.
_THAN_WORDS = frozenset({"less", "more", "fewer", "greater", "higher", "lower", "bigger", "smaller", "longer",
                         "shorter"})
#: Words that negate what stands near them without being a negation of their own: the other
#: side's "cannot maintain" says what "impossible to maintain" says ...
_NEGATIVE_WORDS = frozenset({"impossible", "unable", "incapable", "lack", "lacks", "lacked", "lacking", "absence",
                             "absent", "avoid", "avoids", "avoided", "avoiding", "refrain", "refrains", "refrained",
                             "refraining"})
#: ... and so do these before "to": "declined to comment" says what "refused to comment" says
#: ("sales declined" negates nothing).
_NEGATIVE_BEFORE_TO = frozenset({"decline", "declines", "declined", "declining"})
#: ... and so does "short" between these and "of", of what follows it: "stopped short of issuing an
#: alert" says what "has not issued an alert" says, and "fell short of the target" what "did not
#: reach it" says.
_STOPPING = frozenset({"stop", "stops", "stopped", "stopping", "fall", "falls", "fell", "falling", "fallen"})
#: "have yet to agree" says what "have not agreed" says: "yet" there is a negation (:func:`_is_cue`).
_YET_AFTER = frozenset({"have", "has", "had", "remain", "remains", "remained", "is", "are", "was", "were", "be",
                        "been", "am"})
#: Words after "is yet to" or "is still to" that say no "not yet": what is to come ("the best is
#: yet to come" says what "the best is to come" says), and "still to blame", which says what "to
#: blame" says.
_YET_TO_COME = frozenset({"come", "follow", "blame"})
#: Words after "come" that make another verb of it ("come into force", "come up").
_COME_PARTICLES = frozenset({"into", "before", "up", "under", "out", "off", "in", "to", "through"})
#: Verbs after "is still to" that say it will happen as planned ("is still to go ahead").
_GOING_AHEAD = frozenset({"go", "take", "proceed"})
#: Words after "still to" that begin no verb: a place ("still to the south of Jamaica").
_NO_VERB = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "some", "our", "my", ""})
#: ... and so do these before a claim: "rejected claims that it had misled" says what "denied that
#: it had misled" says.
_REJECT = frozenset({"reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing"})
_CLAIMS = frozenset({"claim", "claims", "allegation", "allegations", "accusation", "accusations", "suggestion",
                     "suggestions", "report", "reports", "charge", "charges", "assertion", "assertions"})
#: Verbs that are negative words before their particle: "ruled out" and "turned down" refuse.
_NEGATIVE_PARTICLES = {"rule": "out", "rules": "out", "ruled": "out", "ruling": "out",
                       "turn": "down", "turns": "down", "turned": "down", "turning": "down"}


def _is_negative(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is a negative word (see ``_NEGATIVE_WORDS``): also "few" that is not
    "a few" ("few voters backed it" says most did not), a verb of ``_NEGATIVE_PARTICLES``
    before its particle, and "rejected" or "dismissed" before a claim ("rejected claims that")."""
    word = words[i]
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return (word in _NEGATIVE_WORDS or (word in _NEGATIVE_BEFORE_TO and after == "to")
            or (word == "short" and before in _STOPPING and after == "of")
            or (word == "few" and before not in ("a", "quite", "the", "last", "past", "next", "every", "first"))
            or (after != "" and _NEGATIVE_PARTICLES.get(word) == after)
            or (word in _REJECT and bool(_CLAIMS & set(words[i + 1:i + 3]))))

# Words that sit between a negation and the word it negates.
_SCOPE_SKIP = frozenset({
    "be", "been", "being", "is", "are", "was", "were", "am", "do", "does", "did", "have", "has", "had",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "the", "a", "an",
    "they", "he", "she", "it", "we", "you", "i", "that", "this", "any", "so", "very", "too", "yet",
    "longer", "only", "even", "also", "just", "ever", "at", "all", "and", "or", "but",
})

ANTONYMS: tuple[tuple[str, str], ...] = (
    ("accept", "reject"), ("allow", "forbid"), ("allow", "ban"), ("allow", "prevent"), ("agree", "disagree"),
    ("approve", "reject"), ("support", "oppose"), ("increase", "decrease"), ("increase", "reduce"),
    ("rise", "fall"), ("raise", "lower"), ("gain", "lose"), ("win", "lose"), ("victory", "defeat"),
    ("success", "failure"), ("succeed", "fail"), ("strong", "weak"), ("strengthen", "weaken"),
    ("more", "less"), ("more", "fewer"), ("most", "least"), ("higher", "lower"), ("high", "low"),
    ("maximum", "minimum"), ("majority", "minority"), ("all", "none"), ("always", "never"),
    ("everyone", "nobody"), ("everything", "nothing"), ("before", "after"), ("above", "below"),
    ("legal", "illegal"), ("guilty", "innocent"), ("true", "false"), ("positive", "negative"),
    ("buy", "sell"), ("import", "export"), ("include", "exclude"), ("open", "closed"), ("open", "close"),
    ("start", "stop"), ("begin", "end"), ("first", "last"), ("early", "late"), ("easy", "difficult"),
    ("easy", "hard"), ("possible", "impossible"), ("likely", "unlikely"), ("able", "unable"),
    ("expand", "shrink"), ("expansion", "contraction"), ("advance", "retreat"), ("attack", "defend"),
    ("friend", "enemy"), ("ally", "enemy"), ("peace", "war"), ("safe", "dangerous"), ("wide", "narrow"),
    ("large", "small"), ("big", "small"), ("long", "short"), ("heavy", "light"), ("rich", "poor"),
    ("inside", "outside"), ("up", "down"), ("north", "south"), ("east", "west"),
    ("love", "hate"), ("like", "dislike"), ("remember", "forget"), ("arrive", "depart"), ("give", "take"),
    ("add", "remove"), ("join", "leave"), ("won", "lost"), ("rose", "fell"),
    ("better", "worse"), ("best", "worst"), ("good", "bad"), ("optimistic", "pessimistic"),
    ("confirm", "deny"), ("admit", "deny"), ("praise", "criticize"), ("welcome", "reject"),
    ("cheap", "expensive"), ("hot", "cold"), ("young", "old"), ("new", "old"), ("right", "wrong"),
    ("private", "public"), ("real", "fake"), ("real", "counterfeit"), ("genuine", "fake"), ("fight", "cooperate"),
    ("impose", "lift"), ("forward", "back"), ("forward", "backward"), ("healthy", "sick"), ("healthy", "ill"),
    ("healthy", "infected"), ("alive", "dead"), ("present", "absent"), ("rural", "urban"), ("domestic", "foreign"),
    ("internal", "external"), ("temporary", "permanent"), ("full", "empty"), ("mandatory", "voluntary"),
    ("punish", "reward"), ("guilty", "acquitted"), ("ancient", "modern"), ("minor", "major"), ("clean", "dirty"),
    ("resigned", "fired"), ("resigned", "sacked"), ("pass", "fail"), ("passed", "failed"),
    ("accept", "refuse"), ("approve", "refuse"), ("grant", "refuse"), ("found", "missing"),
    # converses: one event told from the other side ("the bank lent the city" / "the city borrowed
    # from the bank") is no flip; the same side with the other word is
    ("lend", "borrow"), ("lent", "borrowed"), ("older", "younger"), ("elder", "younger"), ("earlier", "later"),
    ("larger", "smaller"), ("bigger", "smaller"), ("ahead", "behind"), ("precede", "follow"),
    ("faster", "slower"), ("quickly", "slowly"), ("survive", "die"), ("keep", "lose"), ("both", "neither"),
    ("lead", "trail"), ("led", "trailed"), ("nephew", "uncle"), ("niece", "aunt"), ("senior", "junior"),
    ("beat", "lose"), ("beat", "lost"), ("defeat", "lose"), ("defeated", "lost"), ("outperform", "trail"),
    ("outperformed", "trailed"), ("outperform", "lag"), ("outperformed", "lagged"),
)
#: Opposites with nothing between them, so that one negated says the other ("not guilty" is
#: "innocent", "not invalid" is "valid"); "did not rise" is not "fell". WordNet's antonyms made by
#: a negating prefix count too.
COMPLEMENTARY: tuple[tuple[str, str], ...] = (
    ("guilty", "innocent"), ("guilty", "acquitted"), ("legal", "illegal"), ("true", "false"), ("alive", "dead"),
    ("open", "closed"), ("present", "absent"), ("possible", "impossible"), ("likely", "unlikely"),
    ("able", "unable"), ("open", "close"), ("survive", "die"), ("keep", "lose"), ("pass", "fail"),
    ("passed", "failed"), ("found", "missing"),
)


#: Words after a "not" that follows a comma and sets one thing against another ("in laboratory
#: tanks, not on the open reef"): "rather than" says the same, and neither negates the clause.
_CONTRASTED = frozenset({"in", "on", "at", "by", "from", "for", "to", "with", "into", "over", "under", "through",
                         "as"})


def tokens(text: str) -> list[str]:
    """The words of ``text`` in lower case, "n't" as "not", a "not" that sets one thing against
    another (", not on the open reef") as "rather", and "No." before a figure as "number"."""
    words = []
    for match in find_words(text, letters_only=True):
        word = match.group().lower().replace("’", "'")
        after = re.match(r"\s+([A-Za-z]+)", text[match.end():])
        if word == "no" and match.group() == "No" and re.match(r"\.?\s?\d", text[match.end():]):
            words.append("number")  # "world No. 143", "No 10 said"
        elif word == "not" and text[:match.start()].rstrip().endswith(",") \
                and after is not None and after.group(1).lower() in _CONTRASTED:
            words.append("rather")
        elif word.endswith("n't"):
            stem = {"won't": "will", "can't": "can", "shan't": "shall"}.get(word, word[:-3])
            words.extend([stem, "not"])
        else:
            words.append(word)
    return words


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude English stem: enough to match heed/heeds/heeded across a pair."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _negating(word: str, text: str) -> bool:
    """Whether ``word``, one of an opposite pair found in ``text``, is a negation cue there: a
    form of "fail" only before "to" ("failed to win"; "failed the test" is the opposite of
    "passed" it)."""
    words = tokens(text)
    return word in NEGATION_CUES and (word not in _FAIL or any(_is_cue(words, i) for i, w in enumerate(words)
                                                                if w == word))


def _is_cue(words: Sequence[str], i: int) -> bool:
    """A negation cue that negates: not "not only ... but also", not "out of nowhere", and a form
    of "fail" only before "to" ("failed to win", "failed once more to win"; "a failing hotel"
    negates nothing); "yet" or "still" in "have yet to", "are still to" (not "the best is yet to
    come")."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    if word in ("yet", "still"):  # "witnesses were still to testify" / "had yet to testify"
        after = words[i + 2] if i + 2 < len(words) else ""
        then = words[i + 3] if i + 3 < len(words) else ""
        to_come = (word == "still" or words[i - 1] not in ("have", "has", "had")) and after in _YET_TO_COME \
            and then not in _COME_PARTICLES  # ("is yet to come into force" is not yet in force)
        # (nor "the plan is still to hold elections", what the plan is, nor "is still to go ahead")
        purpose = word == "still" and (i > 1 and words[i - 2] in PURPOSES or after in _GOING_AHEAD)
        return following == "to" and i > 0 and words[i - 1] in _YET_AFTER and after not in _NO_VERB \
            and not to_come and not purpose
    if word not in NEGATION_CUES:
        return False
    if word in _FAIL and "to" not in words[i + 1:i + 4]:
        return False
    if word == "no" and following in _THAN_WORDS and words[i + 2:i + 3] == ["than"]:
        return False  # "no less than three months" is at least three months
    if word == "not" and following in ("only", "merely", "just", "simply"):
        return False  # "not only ... (but) also": a reprint that drops the "but" negates nothing
    return not (word == "nowhere" and i > 0 and words[i - 1] == "of")


#: Words that may stand between the two cues of a double negation ("did not ever fail to"); not
#: pronouns or "and": "neither he nor she", "not and never" are two noes.
_DOUBLING = frozenset({"do", "does", "did", "is", "are", "was", "were", "be", "been", "have", "has", "had", "will",
                       "would", "can", "could", "should", "may", "might", "must", "to", "ever", "even", "once"})


def negations(words: Sequence[str]) -> list[tuple[int, str]]:
    """(index, cue) of each negation, but not the two of a double negation ("did not fail to
    mention", "never refused to help"): a cue that negates the next cue, with only auxiliaries
    (:data:`_DOUBLING`) between them, says the positive."""
    cues = [i for i in range(len(words)) if _is_cue(words, i)]
    doubled: set[int] = set()
    for i, j in zip(cues, cues[1:]):
        if j - i <= 4 and all(w in _DOUBLING for w in words[i + 1:j]) and i not in doubled:
            doubled.update((i, j))
    return [(i, words[i]) for i in cues if i not in doubled]


#: How many words from a word the other side's negation may stand, in the word's clause, and
#: still be the same negation moved (a shuffle moves words four or five places).
_MOVED_REACH = 5
#: Negation cues that are verbs: what they negate follows them or their "to", not a preposition.
_VERB_CUES = frozenset({"refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "failing",
                        "deny", "denies", "denied", "denying"})
#: Prepositions of place and time, which stand between a negation and what it negates.
_PLACE_WORDS = frozenset({"on", "in", "by", "with", "from", "after", "before", "during", "until", "since", "over",
                          "under", "near", "into", "onto"})


def _clauses(text: str) -> list[int]:
    """The clause (counted from 0, punctuation between) of each of ``tokens(text)``."""
    out: list[int] = []
    # (a quoted word stays in its clause, and a figure's separator splits none: "80,000 homes")
    for n, clause in enumerate(re.split(r"[;:!?]|(?<!\d)[,.]|[,.](?!\d)", text)):
        out.extend(n for _ in tokens(clause))
    return out


#: Words that start a clause of their own inside a sentence: a negation before them is not
#: doubled by one after them ("has not proved its worth and missiles were not destroyed").
_CONJUNCTIONS = frozenset({"and", "but", "or", "so", "while", "although", "though", "because", "whereas"})


def _scopes(text: str) -> list[int]:
    """The scope (counted from 0) of each of ``tokens(text)``: a clause of :func:`_clauses`, cut
    again before each of :data:`_CONJUNCTIONS`."""
    out: list[int] = []
    scope, last = 0, None
    for word, clause in zip(tokens(text), _clauses(text)):
        if out and (clause != last or word in _CONJUNCTIONS):
            scope += 1
        out.append(scope)
        last = clause
    return out


def negated_words(words: Sequence[str], proper: frozenset[str] = frozenset(),
                  clauses: Sequence[int] | None = None) -> list[tuple[str, str]]:
    """(cue, negated word) for each negation: the first content word after the cue, within the
    cue's clause when ``clauses`` gives each word's (see :func:`_clauses`).

    Names (``proper``) are not negated words: "a member of the OSCE but not NATO" negates
    membership, and NATO appearing elsewhere is no flip.
    """
    return [(cue, word) for _, cue, _, word in _negated_at(words, proper, clauses)]


def _negated_at(words: Sequence[str], proper: frozenset[str] = frozenset(),
                clauses: Sequence[int] | None = None) -> list[tuple[int, str, int, str]]:
    """(cue's index, cue, negated word's index, negated word): see :func:`negated_words`."""
    out = []
    same = clauses is not None and len(clauses) == len(words)
    for i, cue in negations(words):
        for j, word in enumerate(words[i + 1:i + 5], start=i + 1):
            if same and clauses is not None and clauses[j] != clauses[i]:
                break
            if word in _PLACE_WORDS:
                if cue in _VERB_CUES:
                    break  # "the talks failed on Monday" fails nothing on Monday; "failed to agree" does
                continue  # "not in the city" negates the city
            if word in NEGATION_CUES or word in proper:
                break
            if word not in _SCOPE_SKIP and word not in ("of", "one", "other", "those", "these", "them"):
                out.append((i, cue, j, word))
                break
    return out


def _proper(text: str) -> frozenset[str]:
    """Lower-cased words that appear only capitalised in the text (names)."""
    capital = {m.group().lower() for m in re.finditer(r"\b[A-Z][A-Za-z]+", text)}
    lower = {m.group() for m in re.finditer(r"\b[a-z][a-z]+", text)}
    return frozenset(capital - lower)


def _up_to_a_join(words: Sequence[str]) -> list[str]:
    """``words`` up to the first that joins another clause ("short of expectations but did not
    stall" stops at "but")."""
    end = next((k for k, w in enumerate(words) if w in ("and", "but", "or", "nor", "while", "yet")), len(words))
    return list(words[:end])


def negated_clauses(text: str, before: int = 3, after: int = 4) -> list[str]:
    """Words near a negation cue or a negative word ("impossible", "unable"), within its clause
    (between punctuation marks): up to ``after`` words after it and ``before`` words before it
    ("significant funding is not invested", "finding nothing"), to the clause's end when an "or"
    follows in the clause; and every word after "whether", to the sentence's end, which leaves
    the polarity open."""
    out: list[str] = []
    for sentence in re.split(r"[!?]+|(?<!\d)\.+|\.+(?!\d)", text):
        clauses = re.split(r"[;:()\"“”]|(?<!\d),|,(?!\d)", sentence)  # not "80,000"
        for n, clause in enumerate(clauses):
            words = tokens(clause)
            cues = {i for i, _ in negations(words)}
            for i, word in enumerate(words):
                if i in cues or _is_negative(words, i):
                    # "not been interviewed by the author or provided any content": a negation
                    # carries over "or" to the end of its clause.
                    rest = words[i + 1:]
                    end = len(words) if "or" in rest or "nor" in rest else i + after + 1
                    # (a negative word is not negated itself: "has not ruled out" / "has ruled out";
                    # and "fell short of" negates only what it falls short of, after it)
                    out.extend(words[max(0, i - before):end] if i in cues
                               else _up_to_a_join(words[i + 1:end]) if word == "short"
                               else words[max(0, i - before):i] + words[i + 1:end])
                elif word == "whether":
                    # "whether Meghan, a former actress, had motives": no polarity either way,
                    # asides included, to the end of the sentence.
                    out.extend(words[i + 1:])
                    out.extend(w for later in clauses[n + 1:] for w in tokens(later))
    return out


#: Verbs of losing: what follows them the sentence says is not there, as a negation would ("left
#: without power" / "lost power", "no beds left" / "ran out of beds"; "lack" is a negative word) ...
_DEPRIVED = re.compile(r"\b(?:lost|lose|loses|losing|(?:ran|run|runs|running) out of|deprived of|stripped of)\s+"
                       r"((?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE)
#: ... and so does "rather than" or "instead of", of what is not done: "referred by health centres
#: rather than booking directly" / "cannot book directly" ...
_INSTEAD = re.compile(r"\b(?:rather than|instead of)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE)
#: ... and so do verbs of ending, of what they end: "ended a six-month curfew" / "no longer under
#: curfew" (not "the talks ended in agreement", "ended the week higher").
_ENDED = re.compile(r"\b(?:ended|ends|ending|scrapped|scraps|scrapping|abolished|abolishes|abolishing)\s+"
                    r"((?:the|a|an|its|their|his|her|our|this|that|all)\s+(?:[\w'-]+\s+)?[\w'-]+)", re.IGNORECASE)
#: ... and what a verb of stopping stops ("will stop selling it" / "will no longer sell it").
_STOPPED = re.compile(r"\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|quit|quits|quitting|halt|halts|"
                      r"halted|halting|discontinue|discontinues|discontinued|discontinuing)\s+([a-z]+ing)\b",
                      re.IGNORECASE)
#: Spans of time a verb of ending may take without ending anything ("stocks ended the week higher").
_TIME_SPANS = frozenset({"day", "week", "month", "year", "session", "quarter", "season", "half", "decade", "term",
                         "trading", "campaign"})


def deprived(text: str) -> list[str]:
    """The words (up to three) after each verb of losing in ``text``, what each verb of ending
    ends, and what each verb of stopping stops doing."""
    lost = [w for pattern in (_DEPRIVED, _INSTEAD) for m in pattern.finditer(text) for w in tokens(m.group(1))]
    ended = [m.group(1) for m in _ENDED.finditer(text)]
    stopped = [m.group(1).lower() for m in _STOPPED.finditer(text)]
    return lost + [w for what in ended if not _TIME_SPANS & set(what.lower().split()) for w in tokens(what)] + stopped


def negation_flips(original: str, reprint: str, lemmas: Mapping[str, str] | None = None) -> list[dict[str, str]]:
    """Negations whose negated word stands un-negated on the other side.

    "would not heed" / "would heed" is a flip, and so is "did not say" / "said" given
    ``lemmas`` (lower-cased word -> dictionary form, from a tagger); "noncommittal" /
    "neither accepted nor rejected" is not, because neither side's negated words appear
    on the other.
    """
    lemmas = lemmas or {}
    original, reprint = _without_none_since(original, reprint)
    original, reprint = _order_said_plainly(original, reprint), _order_said_plainly(reprint, original)

    def base(word: str) -> str:
        return stem(lemmas.get(word, word))

    o_words, r_words = tokens(original), tokens(reprint)
    proper = _proper(original) | _proper(reprint)
    flips = []
    for side, here_text, there, there_text in (("original", original, r_words, reprint),
                                               ("reprint", reprint, o_words, original)):
        here = o_words if side == "original" else r_words
        # Words near a negation on the other side, in its clause, count as negated there:
        # "not the weekend" and "not on weekends" negate the same thing, and so do "without
        # significant investment" and "if significant funding is not invested"; but in "it or
        # not, but goods came duty-free" the goods are not negated.
        # ... and so do words after a verb of losing there, where no such verb stands before them
        # here: "left without power" / "lost power", but "lost no money" / "lost money" is a flip
        there_negated = {base(w) for w in negated_clauses(there_text)} | (
            {base(w) for w in deprived(there_text)} - {base(w) for w in deprived(here_text)})
        there_bases = {base(w) for w in there}
        # a negation reaches no further than its clause: in "if they fail, the whole county
        # bears the losses" nothing after the comma is failed
        cues_there = [i for i, _ in negations(there)]
        clauses_there = _clauses(there_text)
        same_clause = len(clauses_there) == len(there)
        clauses_here = _clauses(here_text)
        scopes_here, scopes_there = _scopes(here_text), _scopes(there_text)
        kept_in_place = {block.a + k: block.b + k for block in difflib.SequenceMatcher(
            None, here, there, autojunk=False).get_matching_blocks() for k in range(block.size)}
        negated_there = {cue_at: (j, base(w)) for cue_at, _, j, w in _negated_at(there, proper)}
        here_bases = [base(w) for w in here]
        for at, cue, negated, word in _negated_at(here, proper, clauses_here):
            if base(word) not in there_bases or base(word) in there_negated:
                continue
            if at in kept_in_place and negated not in kept_in_place \
                    and not _swapped(at, here_bases, kept_in_place, negated_there) \
                    and not _comes_back(there, kept_in_place[at], base(word), base):
                # the other side has the same cue in the same place, and what it negates in other
                # words: "which had not circulated widely" / "which has not been widespread", and
                # "but not to unlicensed traders" / "but are not allowed to sell to unlicensed
                # traders" (not "had not withdrawn ... and had shelled" / "had not shelled ... and
                # had withdrawn": the negated word moved)
                continue
            if _not_since(here_text, word, there_text, base):
                continue  # "had not been this low since 2012" / "the lowest since 2012"
            if _not_before(here_text, word, there_text):
                continue  # "will not open before 2028" / "pushed back to 2028 at the earliest"
            if _condition_turned(here, at, there, clauses_here):
                continue  # "will not strike unless" / "will strike only if"; "if it does not" / "unless it does"
            if cue in _REFUSE and "to" not in here[at + 1:at + 4] and _REFUSING.search(
                    re.sub(rf"\b{cue}\b", "", there_text, flags=re.IGNORECASE)):
                continue  # "recommended refusing the scheme" / "a recommendation to reject the scheme"
            if len(scopes_here) == len(here) and len(scopes_there) == len(there) and _same_polarity(
                    here, scopes_here, scopes_here[at], there, scopes_there,
                    {scopes_there[j] for j, w in enumerate(there) if base(w) == base(word)}, lemmas):
                # the cue's clause says no more often than the other side's says it, in other
                # words: "none of them is unaccounted for" / "all of them are accounted for",
                # "none has agreed" / "all have yet to agree", "all survived" / "none died"
                continue
            if same_clause and any(abs(i - j) <= _MOVED_REACH and clauses_there[i] == clauses_there[j]
                                   for j, w in enumerate(there) if base(w) == base(word) for i in cues_there):
                # the other side's negation stands near the word in its clause, moved ("not he and
                # was that legally prohibited" in a shuffled sentence): it did not come or go
                continue
            # "when specimens are taken ... (improper acquisition)" / "when the specimen is
            # taken ... (not being taken in place)": a side that also has the word un-negated
            # as often as the other has it added a negated mention, not reversed one.
            if sum(base(w) == base(word) for w in there) >= sum(base(w) == base(word) for w in here):
                flips.append({"negated_in": side, "cue": cue, "word": word})
    return flips


def _comes_back(there: Sequence[str], cue: int, word: str, base: Callable[[str], str]) -> bool:
    """Whether the other side gives ``word`` (a base) after its cue at ``cue`` in a clause of its
    own, after "and" or "but": "did not wait for the inquiry and resigned" answers "did not
    resign" with its opposite."""
    joined = False
    for w in there[cue + 1:]:
        joined = joined or w in ("and", "but")
        if joined and base(w) == word:
            return True
    return False


def _swapped(at: int, here: Sequence[str], kept: Mapping[int, int], negated_there: Mapping[int, tuple[int, str]]) \
        -> bool:
    """Whether the other side negates, at the cue ``here[at]`` it keeps in place (``kept`` maps
    this side's words to the other's where they stand as one), a word this side gives elsewhere
    (``here`` holds the words' bases; ``negated_there`` maps each of the other side's cues to its
    negated word's index and base): "had not been charged, but his brother had been released" /
    "had not been released, but his brother had been charged"."""
    j, theirs = negated_there.get(kept.get(at, -1), (-1, ""))
    return any(word == theirs and kept.get(i) != j for i, word in enumerate(here))


#: Words that, shortly after "only", make what follows the one condition: "only if", "only those
#: who", "can only go ahead if".
_LIMITING = frozenset({"if", "when", "once", "after", "who", "that", "which", "whose", "where"})
_ONLY_REACH = 4


def _condition_turned(here: Sequence[str], at: int, there: Sequence[str], clauses: Sequence[int]) -> bool:
    """Whether the negation at ``here[at]`` belongs to a condition the other side states the
    other way round, with no negation: "would not call off the strike unless the offer improved" /
    "would call off the strike only if the offer improved", and "if the company does not improve
    its offer" / "unless the company improves its offer". ``clauses`` gives each word of ``here``
    its clause (:func:`_clauses`)."""
    # "only if", "can only go ahead if", "Only producers who lost ... will qualify"
    only_if = any(w == "only" and set(there[k + 1:k + 1 + _ONLY_REACH]) & _LIMITING for k, w in enumerate(there))
    unless = next((j for j in range(at + 1, len(here)) if here[j] == "unless"), None)
    # (a negation in the "unless"'s own clause, or the nearest before it: in "it had no record, and
    # MPs may not claim unless ...", only "not" is the condition's; in "will not strike and will not
    # march unless ...", both are)
    nearest = len(clauses) != len(here) or unless is None or clauses[at] == clauses[unless]
    if unless is not None and only_if and "unless" not in there \
            and (nearest or not any(at < i < unless for i, _ in negations(here))):
        return True
    # (the "if" of the negation's own clause: "If Ankara pays, workers will not strike" / "Unless
    # Ankara pays, workers will strike" is a reversal)
    return (len(clauses) == len(here) and any(here[i] == "if" and clauses[i] == clauses[at]
                                             for i in range(max(0, at - 6), at))
            and "unless" in there and "unless" not in here)


#: How long a record stands: "since 2012", "in 50 years", "in a decade".
_SINCE = r"\b(?:since|in\s+(?:\w+\s+){0,2}(?:years?|decades?|months?|weeks?|centur(?:y|ies)))\b"
#: Superlatives a spelling does not give: the other side must say the most ("the worst since").
_SUPERLATIVES = frozenset({"best", "worst", "least", "most", "farthest", "furthest"})
#: Degrees a spelling does not give: "the worst" is "bad", "the best" is "good".
_DEGREES = {"best": "good", "better": "good", "worst": "bad", "worse": "bad", "least": "little", "less": "little",
            "most": "much", "more": "much", "farthest": "far", "furthest": "far"}


#: How many words after a negated word its "before" or "until" may stand ("not open to the public before").
_BEFORE_WITHIN = 5


def _not_before(text: str, word: str, other: str) -> bool:
    """Whether ``text`` says its negated ``word`` is not to happen before a time (a year, a month,
    a season: "will not open before 2028") and ``other`` says when it happens, not whether: that
    time is the earliest ("2028 at the earliest", "no earlier than 2028"), or the time it was put
    back to ("will not launch until 2027" / "the launch will slip to 2027"), or that time with no
    "before" or "until" of its own, after "until" only ("will not open until May" / "will open in
    May"; not "will stay open until May", nor "will not cut rates before June" / "will cut rates
    in June", a plan where there was none)."""
    times = re.findall(rf"\b{re.escape(word)}\b(?:\W+\w+){{0,{_BEFORE_WITHIN - 1}}}?\W+(before|until|till)\s+"
                       rf"(?:the\s+)?({_TIME})\b", text, re.IGNORECASE)
    return any(re.search(rf"\b{re.escape(time)}\b(?:\W+\w+){{0,2}}?\W+{_EARLIEST}", other, re.IGNORECASE)
               or re.search(rf"{_EARLIEST}\W+(?:\w+\W+)?{re.escape(time)}\b", other, re.IGNORECASE)
               or re.search(rf"\b{_PUT_BACK}\b[^.;]{{0,40}}?\b(?:to|until|till)\s+(?:\w+\s+)?{re.escape(time)}\b",
                            other, re.IGNORECASE)
               or connective.lower() != "before"
               and re.search(rf"\b(?:in|on|from)\s+(?:the\s+)?{re.escape(time)}\b", other, re.IGNORECASE)
               and not re.search(rf"\b(?:before|until|till)\s+(?:the\s+)?{re.escape(time)}\b", other, re.IGNORECASE)
               for connective, time in times)


#: A time a negation's "before" or "until" may name: a year, a month, a season.
_TIME = r"(?:(?:1[89]|20)\d\d|" + "|".join(sorted(MONTHS)) + r"|spring|summer|autumn|fall|winter)"
#: A time told as the earliest ("2028 at the earliest", "no sooner than May") ...
_EARLIEST = r"(?:\bat the (?:earliest|soonest)\b|\bno (?:earlier|sooner) than\b)"
#: ... and verbs that put something back to a time ("slip to 2027", "was postponed until May").
_PUT_BACK = r"(?:slip\w*|delay\w*|push\w* back|postpon\w*|put off|put back|moved? back|defer\w*|pushed)"


def _not_since(text: str, word: str, other: str, base: Callable[[str], str]) -> bool:
    """Whether ``text`` says "not this (so, as) WORD since", or "not WORDer since", where
    ``other`` gives the same word as a superlative before "since" ("had not been this low since
    2012" / "the lowest since 2012", "has not been this bad in 50 years" / "its worst in 50
    years"). ``base`` gives a word's stem through the tagger's lemmas."""
    degree = rf"(?:(?:this|that|so|as)\s+)?{re.escape(word)}\b" if word.endswith("er") else \
        rf"(?:this|that|so|as)\s+{re.escape(word)}\b"
    if not re.search(rf"\b{degree}[^.;]*{_SINCE}", text, re.IGNORECASE):
        return False

    def plain(w: str) -> str:
        w = _DEGREES.get(w, w)
        for ending in ("iest", "ier", "est", "er"):
            if w.endswith(ending) and len(w) > len(ending) + 2:
                root = w[:-len(ending)]
                root = root[:-1] if len(root) > 2 and root[-1] == root[-2] else root  # "biggest"
                return base(root + "y" if ending.startswith("i") else root)
        return base(w)

    words = tokens(other)
    return any(w != word and (w.endswith("est") or w in _SUPERLATIVES or words[i - 1:i] in (["most"], ["least"]))
               and plain(w) == plain(word) and re.search(rf"\b{re.escape(w)}\b[^.;]*{_SINCE}", other, re.IGNORECASE)
               for i, w in enumerate(words))


#: Prefixes that negate the word they make, before a root of five letters or more ("unaccounted",
#: "nonviolent"; "into", "inform", "unless" negate nothing).
_NEGATING_PREFIXES = ("un", "non")


def _negative_count(words: Sequence[str], clauses: Sequence[int], clause: int, others: Sequence[str],
                    lemmas: Mapping[str, str]) -> int:
    """How often one clause of ``words`` says no: its negations and negative words, and its words
    that say no to a word the other side (``others``) has in their place: the negative pole of
    two opposites with nothing between (:data:`COMPLEMENTARY`, "died" / "survived") or a word
    with a negating prefix ("unaccounted" / "accounted")."""
    cues = {i for i, _ in negations(words)} - _shared_cues(words, clauses, others, lemmas)

    def stems(side: Sequence[str]) -> set[str]:
        return {stem(lemmas.get(w, w)) for w in side} | {stem(w) for w in side}

    only_theirs = stems(others) - stems(words)
    poles = _negative_poles()
    # "did not approve it until Friday" says what "approved it only on Friday" says
    until = "only" in others and "until" not in others
    count = 0
    for i, word in enumerate(words):
        if clauses[i] != clause:
            continue
        x = stem(lemmas.get(word, word))
        if (i in cues or _is_negative(words, i) or bool(poles.get(x, frozenset()) & only_theirs)
                or any(word.startswith(p) and len(word) - len(p) >= 5 and stem(word[len(p):]) in only_theirs
                       for p in _NEGATING_PREFIXES)
                or (until and word == "until" and any(c < i and clauses[c] == clause for c in cues))):
            count += 1
    return count


def _shared_cues(words: Sequence[str], clauses: Sequence[int], others: Sequence[str],
                 lemmas: Mapping[str, str]) -> set[int]:
    """The cues of ``words`` whose negated word the other side negates too ("I don't know if
    ..." on both sides): they say no on both sides, and do not count in either's polarity."""
    def base(word: str) -> str:
        return stem(lemmas.get(word, word))

    theirs = {base(w) for _, w in negated_words(others)}
    return {i for i, _, _, w in _negated_at(words, frozenset(), clauses) if base(w) in theirs}


@lru_cache(maxsize=1)
def _negative_poles() -> dict[str, frozenset[str]]:
    """The stem of each negative pole of :data:`COMPLEMENTARY` and WordNet's prefixed antonyms
    (the second of each pair) -> the stems of its positive poles."""
    table: dict[str, set[str]] = {}
    for a, b in (*COMPLEMENTARY, *negated_antonyms()):
        table.setdefault(stem(b), set()).add(stem(a))
    return {key: frozenset(value) for key, value in table.items()}


def same_polarity(original: str, reprint: str, lemmas: Mapping[str, str] | None = None) -> bool:
    """Whether the two sentences have as many scopes (:func:`_scopes`) that say no, each scope's
    negations counted modulo two (see :func:`_negative_count`): "none of them is unaccounted for" /
    "all are accounted for", "all three survived" / "none of the three died"."""
    lemmas = lemmas or {}
    o_words, r_words = tokens(original), tokens(reprint)
    o_scopes, r_scopes = _scopes(original), _scopes(reprint)
    if len(o_scopes) != len(o_words) or len(r_scopes) != len(r_words):
        return False
    # each scope says yes or no of its own: "didn't hold the lead, and this was not subject to a
    # tie break" says no twice, not yes
    mine = sum(_negative_count(o_words, o_scopes, c, r_words, lemmas) % 2 for c in set(o_scopes))
    theirs = sum(_negative_count(r_words, r_scopes, c, o_words, lemmas) % 2 for c in set(r_scopes))
    return mine == theirs


def _same_polarity(here: Sequence[str], clauses_here: Sequence[int], clause: int, there: Sequence[str],
                   clauses_there: Sequence[int], where: set[int], lemmas: Mapping[str, str]) -> bool:
    """Whether the clause of ``here`` says no as often as one of the clauses ``where`` of
    ``there``, counted modulo two: two negations make a positive."""
    mine = _negative_count(here, clauses_here, clause, there, lemmas) % 2
    return any(_negative_count(there, clauses_there, c, here, lemmas) % 2 == mine for c in where)


@lru_cache(maxsize=1)
def _opposites() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Each antonym's stem -> (the word, its antonym, the antonym's stem): the list above, then
    WordNet's antonyms made by a negating prefix ("fair" / "unfair", "expected" / "unexpected")."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for a, b in (*ANTONYMS, *negated_antonyms()):
        for x, y in ((a, b), (b, a)):
            entries = table.setdefault(stem(x), [])
            if not any(stem(y) == known for _, _, known in entries):  # "fair" / "fairly": one stem
                entries.append((x, y, stem(y)))
    return {key: tuple(entries) for key, entries in table.items()}


#: Forms of "pass", and the words after which it is no pass of a test or a vote ("passed away") ...
_PASSING = frozenset({"pass", "passes", "passed", "passing"})
_PARTICLES = frozenset({"away", "out", "up", "off", "down", "along", "around", "back"})
#: ... and the words before which "passed" tells time going by ("the deadline passed", "as weeks passed").
_TIME_PASSING = frozenset({"deadline", "time", "moment", "date", "day", "days", "week", "weeks", "month", "months",
                           "year", "years", "hour", "hours", "minute", "minutes", "decade", "decades", "storm"})


#: Comparatives that "no" or "not" before and "than" after make a cap or a floor ("no more than",
#: "not later than").
_CAPPING = frozenset({"more", "less", "fewer", "later", "earlier", "higher", "lower", "greater", "longer"})


def _opposite_pairs(original: str, reprint: str,
                    lemmas: Mapping[str, str]) -> list[tuple[str, str, str, str]]:
    """(word, antonym, word's stem, antonym's stem) where one side has the word and the other side
    its opposite, but not both."""
    def stems(text: str) -> set[str]:
        words = tokens(text)
        # "passed away", "the deadline passed": no pass that a fail could turn round
        kept = [w for i, w in enumerate(words) if not (w in _PASSING and (
            words[i + 1:i + 2] and words[i + 1] in _PARTICLES or i > 0 and words[i - 1] in _TIME_PASSING))]
        return {stem(w) for w in kept} | {stem(lemmas[w]) for w in kept if w in lemmas}

    o_stems, r_stems = stems(original), stems(reprint)
    opposites = _opposites()

    def both_poles(stem_: str, stems: set[str]) -> bool:  # "large and small screens"
        return any(other in stems for _, _, other in opposites.get(stem_, ()))

    def capping(text: str) -> tuple[set[str], set[str]]:
        # the comparatives of a cap or a floor ("no more than"), and the others
        words = tokens(text)
        capped = {i for i, w in enumerate(words) if w in _CAPPING and i > 0 and words[i - 1] in ("no", "not")
                  and words[i + 1:i + 2] == ["than"]}
        return ({stem(words[i]) for i in capped},
                {stem(w) for i, w in enumerate(words) if w in _CAPPING and i not in capped})

    (o_capped, o_plain), (r_capped, r_plain) = capping(original), capping(reprint)
    pairs = []
    for x in sorted(o_stems - r_stems):
        if both_poles(x, o_stems):
            continue  # the original names both ends of the scale: "big and little" says it again
        for word, antonym, y in opposites.get(x, ()):
            if y in r_stems and y not in o_stems and not both_poles(y, r_stems):
                if (x in o_capped - o_plain and y in r_plain - r_capped) or (
                        y in r_capped - r_plain and x in o_plain - o_capped):
                    continue  # a cap against a comparison: "no more than 8,600" / "11,400 less than 20,000"
                pairs.append((word, antonym, x, y))
    return pairs


#: "Defeat" or "beat" as a noun, a loss ("could still go up with a defeat" / "even if they lose") ...
_A_LOSS = re.compile(r"\b(?:a|an|the|their|his|her|its|our|this|that|in|narrow|heavy)\s+"
                     r"(?:(?!(?:to|will|would|could|can|may|might|must|should|shall|did|do|does|not)\b)"
                     r"(?-i:[a-z0-9][\w'’-]*)\s+){0,2}?(?:defeat|beating)\b", re.IGNORECASE)
#: ... which says what the verb of losing says.
_LOSE = frozenset({"lose", "loses", "lost", "losing"})
_DEFEAT = frozenset({"defeat", "beating"})


def antonym_flips(original: str, reprint: str, lemmas: Mapping[str, str] | None = None) -> list[dict[str, str]]:
    """Antonym pairs where one side has one word and the other side the opposite, but not both;
    not where the pair tells one event the other way round (:func:`_converse`), nor where one
    side negates one of two opposites with nothing between them ("acquitted" / "found not guilty",
    "not invalid" / "valid": :data:`COMPLEMENTARY`), nor where one side negates its word right
    before it ("shortly after tea" / "not long after tea")."""
    lemmas = lemmas or {}
    pairs = _opposite_pairs(original, reprint, lemmas)
    flips = [{"original": word, "reprint": antonym} for word, antonym, x, y in pairs
             if not _converse(original, x, reprint, y, lemmas)
             and not (word in _DEFEAT and _A_LOSS.search(original) and antonym in _LOSE)
             and not (antonym in _DEFEAT and _A_LOSS.search(reprint) and word in _LOSE)
             and not (_complementary(x, y) and _negates(original, x, lemmas) != _negates(reprint, y, lemmas))
             and not (_just_negated(original, x, lemmas) != _just_negated(reprint, y, lemmas))
             and not ((_negating(word, original) or _negating(antonym, reprint) or _complementary(x, y))
                      and same_polarity(original, reprint, lemmas))
             and not _times_apart(original, word, reprint, antonym)
             and not _last_as_a_time(original, word, reprint, antonym)
             and not _last_since(original, word, reprint, antonym)
             and not _ordered_back(original, word, reprint, antonym)
             and not _told_from_the_other_side(original, x, reprint, y, lemmas)]
    unique = {(f["original"], f["reprint"]): f for f in flips}
    return list(unique.values())


#: Verbs of one exchange or contest told from either party's side, by stem: "sold to" / "bought
#: from", "beat" / "lost to", "gave them the lead" / "took the lead".
_CONVERSE_VERBS = frozenset({frozenset(pair) for pair in (
    ("buy", "sell"), ("lend", "borrow"), ("beat", "lose"), ("defeat", "lose"), ("give", "take"), ("give", "receiv"),
    ("teach", "learn"), ("win", "lose"))})
#: Past forms of those verbs, and their base forms.
_BASE_FORMS = {"lost": "lose", "sold": "sell", "bought": "buy", "lent": "lend", "gave": "give", "given": "give",
               "took": "take", "taken": "take", "won": "win", "beaten": "beat", "taught": "teach", "learnt": "learn",
               "defeated": "defeat", "received": "receive"}
#: Those verbs whose object is the other party ("beat Mauritania", "lend the company $20 million").
_PARTY_OBJECT = frozenset({"beat", "defeat", "lend", "give", "teach"})
#: Words that open a phrase after such a verb, and those of them that name its other party ("won
#: 2-1 over Kenya").
_PARTY_PREPOSITIONS = frozenset({"to", "from", "by", "against", "through", "over"})
_PREPOSITIONS = _PARTY_PREPOSITIONS | {"in", "of", "at", "on", "for", "with", "into", "about", "under",
                                       "during", "after", "before", "since", "as"}
#: Subjects that name no one by themselves.
_PERSONAL_PRONOUNS = frozenset({"they", "she", "he", "it", "we", "you", "them", "him", "her", "its", "their"})
#: A verb in the passive ("have not been beaten", "was sold to"): its subject is the party the verb is done to.
_PASSIVE_BEFORE = re.compile(r"\b(?:be|is|are|was|were|been|being|get|gets|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _told_from_the_other_side(original: str, x: str, reprint: str, y: str, lemmas: Mapping[str, str]) -> bool:
    """Whether two verbs of one exchange or contest (stems ``x``, ``y``) tell it from each party's
    side: one of them in the passive ("have not lost at home" / "have not been beaten at home"), or
    the subject of one standing after the other, in its clause ("it sold its stake to Havbruk" /
    "Havbruk bought the stake"; not "Acme sold its stake to Bolt" / "Acme bought Bolt's stake")."""
    if frozenset((stem(_BASE_FORMS.get(x, x)), stem(_BASE_FORMS.get(y, y)))) not in _CONVERSE_VERBS:
        return False

    def places(text: str, root: str) -> list[int]:
        return [m.start() for m in re.finditer(r"[\w'’-]+", text)
                if stem(m.group().lower()) == root or stem(lemmas.get(m.group().lower(), m.group().lower())) == root]

    def subject(text: str, at: int) -> set[str] | None:
        # the words before the verb in its clause, past an aside on them ("Cape Verde, who reached
        # the quarter-finals, have not lost"); empty for a pronoun, which may stand for anyone;
        # None for none (a relative clause's: "carcasses that are sold")
        before = re.sub(r",\s+(?:who|which)\b[^,;]*,", "", text[:at])
        # (after a verb of saying, its clause: "The company said it had sold": "it")
        before = re.split(rf"[,;:()]|\b(?:and|but|who|which|that|{'|'.join(sorted(SAYING))})\b", before)[-1]
        said = [w for w in tokens(before) if w not in AUXILIARIES and w not in NEGATION_CUES]
        words = [w for w in said if w not in _FILLERS and w not in _PERSONAL_PRONOUNS and len(w) > 2]
        if not words and not set(said) & _PERSONAL_PRONOUNS:
            return None
        return {stem(w) for w in words[-SETTINGS.subject_words:]}

    def after(text: str, at: int) -> set[str]:
        # the other party: named after "to", "from", "by" ... in the verb's clause, or as its object
        # where the verb takes a party there ("beat Mauritania", "lend the company"); not a word of
        # another phrase ("sold its stake in Olam to Mitsubishi": Mitsubishi, not Olam)
        clause = re.split(r"[;:]|,\s+(?:and|but|who|which)\b", text[at:])[0]
        words = tokens(clause)[:1 + SETTINGS.party_reach]
        verb = stem(_BASE_FORMS.get(words[0], lemmas.get(words[0], words[0]))) if words else ""
        party, found = verb in _PARTY_OBJECT, set()
        for word in words[1:]:
            if word in _PREPOSITIONS:
                party = word in _PARTY_PREPOSITIONS
            elif party:
                found.add(stem(word))
        return found

    def before(text: str, at: int) -> set[str]:
        return {stem(w) for w in tokens(text[:at])}

    def passive(text: str, at: int) -> bool:  # "was beaten", not "is buying"
        return bool(_PASSIVE_BEFORE.search(text[:at])) and not re.match(r"\w+ing\b", text[at:])

    def one_subject(passive_side: tuple[str, int], active_side: tuple[str, int]) -> bool:
        # the same subject, or one a pronoun stands for, that is not the other party the active
        # verb names ("Cape Verde have not lost" / "They have not been beaten"; not "He lost to
        # Nadal" / "Nadal was beaten by him", nor "Spain lost to Italy" / "Italy were beaten by Spain")
        mine, theirs = subject(*passive_side), subject(*active_side)
        return mine is not None and theirs is not None and (not mine or not theirs or bool(mine & theirs)) \
            and not (mine and mine <= after(*active_side))

    if any(passive(original, i) != passive(reprint, j)
           and one_subject(*(((original, i), (reprint, j)) if passive(original, i) else ((reprint, j), (original, i))))
           for i in places(original, x) for j in places(reprint, y)):
        return True

    def crossed(one: tuple[str, int], other: tuple[str, int]) -> bool:
        # one side's subject is the other's party, and the other's subject that side's party or
        # no one it names ("Temasek sold its stake to Mitsubishi" / "Mitsubishi bought the stake
        # from Temasek"; not "Olam bought the stake from Temasek": Olam is not who bought it)
        mine, theirs = subject(*one), subject(*other)
        return bool(mine) and mine is not None and mine <= after(*other) and not mine & before(*other) \
            and (not theirs or theirs <= after(*one) or not theirs & {stem(w) for w in tokens(one[0])})

    # (both active, or both passive: across the passive, a subject that crosses is a reversal)
    return any(crossed((one, i), (other, j)) and passive(one, i) == passive(other, j)
               for one, a, other, b in ((reprint, y, original, x), (original, x, reprint, y))
               for i in places(one, a) for j in places(other, b))


def _ordered_back(original: str, word: str, reprint: str, antonym: str) -> bool:
    """Whether "before" on one side and "after which" on the other order by what was told before
    it on that side, and the other side's word comes before the event that side tells after it
    ("capped for three years, after which it will rise to market rates" / "capped for three years
    before moving to market rates"): the same order, told from the other end (not "cut rates in
    May, and after that prices rose" / "and before that prices rose")."""
    if {word, antonym} != {"before", "after"}:
        return False

    def following(words: Sequence[str], at: int, reach: int) -> set[str]:
        return {stem(w) for w in words[at + 1:at + 1 + reach] if len(w) > 3 and w not in _SCOPE_SKIP}

    for back, w, other, v in ((original, word, reprint, antonym), (reprint, antonym, original, word)):
        mine, theirs = tokens(back), tokens(other)
        told = [following(mine, i + 1, 2 * _ORDERED_BY) for i, x in enumerate(mine[:-1])
                if x == w and mine[i + 1] == "which"]
        if told and any(following(theirs, j, _ORDERED_BY) & after for j, y in enumerate(theirs)
                        if y == v and theirs[j + 1:j + 2] not in (["which"], ["that"], ["this"])
                        for after in told):
            return True
    return False


#: "The first ... since 2009" and the time after "since" ...
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]*?\bsince ((?:1[89]|20)\d\d|" + "|".join(sorted(MONTHS)) + r")\b",
                          re.IGNORECASE)


def _last_since(original: str, word: str, reprint: str, antonym: str) -> bool:
    """Whether "first" on one side and "last" on the other tell one time two ways: "the first
    strike since 2009" / "the last strike was in 2009": the year or month after "since" is what
    the "last" side says the last one "was" or "was in")."""
    for first, one, last, other in ((original, word, reprint, antonym), (reprint, antonym, original, word)):
        if (one, other) == ("first", "last"):
            for match in _FIRST_SINCE.finditer(first):
                if re.search(rf"\blast(?:\s+[\w'’-]+){{0,8}}?\s+(?:was|were)\s+(?:in\s+|on\s+)?"
                             rf"{re.escape(match.group(1))}\b", last, re.IGNORECASE):
                    return True
    return False


#: A "first" still to come: "would be the first", "will mark the first", "is set to be the first".
_FIRST_TO_COME = re.compile(r"\b(?:would|will|could|may|might|set to|expected to|due to)(?:\s+[\w'’-]+){0,2}?"
                            r"\s+(?:the\s+)?first\b", re.IGNORECASE)


#: A run told in the past perfect, which ended then: "No senior official had been convicted
#: since", "Saint Lucia had not beaten Dominica since" (not "has had no profit since").
_HAD = re.compile(r"\bhad\s+(?:been\s+)?\w+", re.IGNORECASE)
_HAS = re.compile(r"\b(?:has|have|hasn['’]t|haven['’]t)\b", re.IGNORECASE)


def _run_ended(other: str, run: re.Match[str]) -> bool:
    """Whether the negated run (``run`` in ``other``) is told in the past perfect, "had" in its
    clause with no "has" or "have" before it ("No senior official had been convicted since"; not
    "Kenya has not had a surplus since", "has had no profit since")."""
    clause = re.split(r"[.;:,]", other[:run.start()])[-1] + run.group()
    had = _HAD.search(clause)
    return had is not None and not _HAS.search(clause[:had.start()])


def _none_since(original: str, reprint: str) -> tuple[str, int, int] | None:
    """Where one side's "no" tells the other side's "first ... since 2021": which side ("original"
    or "reprint") and the span of its negation. One claim, told by what would break the run and by
    the run ("The listing would be the first by a Cayman reinsurer in New York since 2021" / "No
    Cayman reinsurer has listed in New York since 2021"): of a first still to come (a first that
    came ends the run: "posted its first profit since 2019" / "no profit since 2019", unless the
    run is told as one that ended then: "the first conviction of a senior official since 2017" /
    "No senior official had been convicted since 2017"), of the
    same thing, since the same time, the negation in the clause of "since", and no "first" on the
    side of the negation."""
    for side, first, other in (("reprint", original, reprint), ("original", reprint, original)):
        if re.search(r"\bfirst\b", other, re.IGNORECASE):
            continue
        for match in _FIRST_SINCE.finditer(first):
            since = re.escape(match.group(1))
            run = re.search(rf"\b(?:no|none|not|never|nobody|nothing)\b([^.;,]*?)\bsince\s+{since}\b", other,
                            re.IGNORECASE)
            if run is not None and not _FIRST_TO_COME.search(first[:match.end()]) \
                    and not _run_ended(other, run):
                continue  # a first that came, against a run up to now ("has had no profit since")
            # of the same thing: "the first by a Cayman reinsurer" / "no Cayman reinsurer has listed",
            # not "the first win since 2009" / "had not lost since 2009"
            told = {w for w in tokens(match.group()) if len(w) > 2} - {"first", "since", "the"}
            if run is not None and (not told or told & set(tokens(run.group(1)))):
                return side, run.start(), run.start() + len(run.group().split()[0])
    return None


def _without_none_since(original: str, reprint: str) -> tuple[str, str]:
    """The pair without the negation that tells the other side's "first ... since"
    (:func:`_none_since`): that negation says no more ("the first since 2021" / "none since 2021")."""
    told = _none_since(original, reprint)
    if told is None:
        return original, reprint
    side, start, end = told
    if side == "reprint":
        return original, reprint[:start] + reprint[end:]
    return original[:start] + original[end:], reprint


def _without_not_before(text: str, other: str) -> str:
    """``text`` without each "not" whose word is not to happen before a time that ``other`` gives
    as when it happens (:func:`_not_before`: "not expected to be heard before 2025" / "expected to
    be heard next year at the earliest"): that negation says when, not whether."""
    for match in reversed(list(re.finditer(r"\bnot\b", text, re.IGNORECASE))):
        clause = re.split(r"[,;:]|\band\b|\bbut\b", text[match.end():])[0]
        following = re.findall(r"[\w'’-]+", clause)[:_BEFORE_WITHIN - 1]
        if any(_not_before(clause, word, other) for word in following):
            text = text[:match.start()] + text[match.end():].lstrip()
    return text


#: Words that order two events or times; what follows each is the event or time it orders by.
_ORDERING = frozenset({"before", "after"})
#: How many words after an ordering word name what it orders by ("before the weekend").
_ORDERED_BY = 4


#: "last" that names a time counted back from now ("last year", "last Tuesday", "last summer"), no
#: last of a series, where nothing before it makes it one ("the last year of his term").
_LAST_TIME = re.compile(r"(?<!\bthe )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bthis )\blast\s+(?:"
                        + UNITS_OF_TIME + r"|weekend|night|season|spring|summer|autumn|fall|winter|Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)


def _last_as_a_time(original: str, word: str, reprint: str, antonym: str) -> bool:
    """Whether "first" on one side and "last" on the other are no opposites: each "last" of its
    side names a time counted back from now ("in the first four months of the year, up 7.5 percent
    from a year earlier" / "between January and April, 7.5% more than in the same period last
    year")."""
    if {word, antonym} != {"first", "last"}:
        return False
    text = original if word == "last" else reprint
    return len(_LAST_TIME.findall(text)) == len(re.findall(r"\blast\b", text, re.IGNORECASE))


def _times_apart(original: str, word: str, reprint: str, antonym: str) -> bool:
    """Whether "before" on one side and "after" on the other order by different things: what one
    side's word orders by, the other sentence tells as something else than what it orders by ("rain
    fell ... more rain was likely before the weekend" / "residents left after the rain fell"), so no
    order was turned round ("before the vote" / "after the vote", or "after the ballot", is)."""
    if word not in _ORDERING or antonym not in _ORDERING:
        return False

    def ordered_by(words: Sequence[str], reach: int = _ORDERED_BY) -> list[set[str]]:
        return [{stem(w) for w in words[i + 1:i + 1 + reach] if len(w) > 3 and w not in _SCOPE_SKIP | _ORDERING}
                for i, w in enumerate(words) if w in _ORDERING]

    def elsewhere(by: set[str], words: Sequence[str]) -> bool:
        # what one side orders by, the other tells outside what it orders by (as far as twice the
        # reach: "after the meeting of the board" orders by the board)
        return bool(by & {stem(w) for w in words}) \
            and not any(by & other for other in ordered_by(words, 2 * _ORDERED_BY))

    mine, theirs = tokens(original), tokens(reprint)
    return any(elsewhere(by, theirs) for by in ordered_by(mine)) \
        or any(elsewhere(by, mine) for by in ordered_by(theirs))


def converses(original: str, reprint: str, lemmas: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """Opposite words that tell one event the other way round ("the bank lent the city" / "the
    city borrowed from the bank"): a restatement the contradiction model reads as a reversal."""
    lemmas = lemmas or {}
    return [(word, antonym) for word, antonym, x, y in _opposite_pairs(original, reprint, lemmas)
            if _converse(original, x, reprint, y, lemmas)]


@lru_cache(maxsize=1)
def _complementaries() -> frozenset[frozenset[str]]:
    return frozenset(frozenset((stem(a), stem(b))) for a, b in (*COMPLEMENTARY, *negated_antonyms()))


def _complementary(x: str, y: str) -> bool:
    """Whether the stems ``x`` and ``y`` are opposites with nothing between them."""
    return frozenset((x, y)) in _complementaries()


#: Words before "not" that make it a verb's: "did not rise" says less than "fell".
_VERB_NEGATED = frozenset({"do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
                           "shall", "has", "have", "had"})


def _just_negated(text: str, x: str, lemmas: Mapping[str, str]) -> bool:
    """Whether "not" stands right before a word of stem ``x`` in ``text``, and is no verb's
    ("not long after"; not "did not rise")."""
    words = ["", *tokens(text)]
    return any(w in ("not", "never") and before not in _VERB_NEGATED
               and (stem(after) == x or stem(lemmas.get(after, after)) == x)
               for before, w, after in zip(words, words[1:], words[2:]))


def _negates(text: str, x: str, lemmas: Mapping[str, str]) -> bool:
    """Whether a negation in ``text`` negates the word of stem ``x`` ("not guilty")."""
    words = tokens(text)
    return any(stem(w) == x or stem(lemmas.get(w, w)) == x
               for _, w in negated_words(words, _proper(text), _clauses(text)))


#: How many words either side of two opposite words are compared for a converse restatement ...
_CONVERSE_REACH = 6
#: ... and either side of a word that relates two participants, whose names and their words can
#: stand further off: a verb of one exchange or contest ("the family sold the manor house to a
#: hotel group" / "a hotel group bought the manor house from the family"), "before" and "after"
#: between two events, or a comparison with "than" ("turnout was lower than at the last election"
#: / "turnout at the last election was higher than"), whose two sides are what stands before
#: "than" and what stands right after it (the shorter reach). An adjective before its noun gets
#: the shorter reach: "a large annual sale" is no relation.
_RELATIONAL_REACH = 12
_RELATIONAL_WORDS = frozenset({"buy", "bought", "sell", "sold", "lend", "lent", "borrow", "win", "won", "lose",
                               "lost", "precede", "preced", "follow", "lead", "led", "trail", "before", "after",
                               "ahead", "behind"})
#: How many words after a comparative its "than" may stand ("more slowly than").
_THAN_WITHIN = 3
#: Words too common to tell which side of a word a participant stands on, and words of when and
#: of who says so, which move freely ("on Monday, the party lost" / "the party won ... on Monday";
#: a weekday is left out where it stands alone, see :func:`_converse`).
_FILLERS = frozenset({"said", "says", "from", "with", "into", "than", "year", "years", "last", "week", "their",
                      "there", "which", "while", "after", "before", "about", "over", "weeks", "month", "months",
                      "today", "yesterday", "tomorrow", "morning", "evening", "night", "earlier", "later",
                      *SAYING})


#: Pronouns that may stand for a participant named on the other side of a pair.
_OBJECT_PRONOUNS = frozenset({"her", "him", "them", "it", "us"})


def _pronoun_after(words: Sequence[str], i: int) -> bool:
    """Whether a pronoun stands right after the word at ``i``, or after its "of" ("ahead of her")."""
    following = list(words[i + 1:i + 3])
    if following[:1] == ["of"]:
        following = following[1:]
    return bool(following) and following[0] in _OBJECT_PRONOUNS


def _converse(original: str, x: str, reprint: str, y: str, lemmas: Mapping[str, str]) -> bool:
    """Whether two opposite words (stems ``x``, ``y``) tell one event the other way round, each
    side's words on the other side of the word: "deliberated for three hours before returning a
    verdict" / "returned a verdict after deliberating for three hours", "Spain beat Italy" /
    "Italy lost to Spain"."""
    def stems(words: Sequence[str]) -> list[str]:
        # (a weekday is a participant's only with its "'s": "Thursday's by-election", not "on Thursday")
        bare = (american_spelling(re.sub(r"'s$", "", w)) for w in words if w not in DAYS_MONTHS)
        kept = (stem(lemmas.get(w, w)) for w in bare if len(w) > 3 and w not in _SCOPE_SKIP and w not in _FILLERS)
        return list(dict.fromkeys(kept))

    mine, theirs = tokens(original), tokens(reprint)
    o_clauses, r_clauses = _clauses(original), _clauses(reprint)
    at = [i for i, w in enumerate(mine) if stem(w) == x or stem(lemmas.get(w, w)) == x]
    there = [j for j, w in enumerate(theirs) if stem(w) == y or stem(lemmas.get(w, w)) == y]

    def than(words: Sequence[str], i: int) -> int | None:
        return next((k for k in range(i + 1, min(len(words), i + 1 + _THAN_WITHIN)) if words[k] == "than"), None)

    def relational(words: Sequence[str], i: int) -> bool:
        return (bool({words[i], stem(words[i]), lemmas.get(words[i], words[i])} & _RELATIONAL_WORDS)
                or than(words, i) is not None)

    def sides(words: Sequence[str], clauses: Sequence[int], i: int, reach: int) -> tuple[list[str], list[str], bool]:
        """The words before and after the word, in order, and whether the ones nearest it are
        its participants."""
        cut = than(words, i)
        if cut is None and i == 0 and words[i] in ("before", "after"):
            # "Before signing, they talked" is "they talked before signing": the clause it opens
            # is its after side, the clause after that its before side
            opened = [w for w, c in zip(words[1:], clauses[1:]) if c == clauses[0]]
            return stems(words[1 + len(opened):1 + len(opened) + reach]), stems(opened[:reach]), False
        if cut is None:
            # (two events joined by "before" or "after" start a few words off: "hours after the
            # shares fell")
            joins_events = words[i] in ("before", "after")
            return stems(words[max(0, i - reach):i]), stems(words[i + 1:i + 1 + reach]), not joins_events
        # a comparison's two sides: what stands before "than" ("cheaper in Poland") and what right
        # after it in its clause ("older than the incumbent, a fact the challenger's opponents
        # raised" compares with the incumbent alone)
        after = [w for w, c in zip(words[cut + 1:cut + 1 + _CONVERSE_REACH], clauses[cut + 1:]) if c == clauses[cut]]
        return stems([*words[max(0, i - reach):i], *words[i + 1:cut]]), stems(after), True

    def crossed(i: int, j: int) -> bool:
        # words that stand on one side of the word in the original and only on the other in the
        # reprint, both ways: the subject ("the company sold" / "the company bought") stays put
        reach = _RELATIONAL_REACH if relational(mine, i) and relational(theirs, j) else _CONVERSE_REACH
        before, after, nearest = sides(mine, o_clauses, i, reach)
        there_before, there_after, _ = sides(theirs, r_clauses, j, reach)
        a, b, c, d = set(before), set(after), set(there_before), set(there_after)
        # a pronoun right after the word stands for the participant the other side names there
        # ("Hiscock received 2,184 votes, ahead of Craig Penney" / "Craig Penney ... 654 votes
        # behind her")
        if not ((b - a) & (c - d) and ((a - b) & (d - c) or _pronoun_after(theirs, j) and a - b
                                       or _pronoun_after(mine, i) and d - c)):
            return False
        # at the longer reach, a participant right beside the word crosses too: an attribution
        # or a time phrase moved ("..., the commission said" / "The commission said ...") is none
        return (reach == _CONVERSE_REACH or not nearest
                or bool(before and before[-1] in d - c) or bool(after and after[0] in c - d))

    return any(crossed(i, j) for i in at for j in there)


def restated(original: str, reprint: str, lemmas: Mapping[str, str] | None = None) -> bool:
    """Whether the pair only restates its original in a way the contradiction model reads as a
    conflict: one event told the other way round (:func:`converses`), a span of time said
    another way (:func:`mtaudit.checks.units.restated_only`), one time or order told from the
    other end (:func:`_last_since`, :func:`_ordered_back`, :func:`_none_since`), or a negation said in other words
    (:func:`same_polarity`: "none is unaccounted for" / "all are accounted for"), the same parts
    joined in another order (:func:`_parts_reordered`), or a person
    named on one side and referred to in other words on the other
    (:func:`mtaudit.checks.changes.persons_referred_to_otherwise`)."""
    return (bool(converses(original, reprint, lemmas)) or restated_only(original, reprint)
            or any(_last_since(original, word, reprint, antonym) or _ordered_back(original, word, reprint, antonym)
                   for word, antonym, _, _ in _opposite_pairs(original, reprint, lemmas or {}))
            or persons_referred_to_otherwise(original, reprint) or quote_kept(original, reprint)
            or (_none_since(original, reprint) is not None and polarity_shift(original, reprint) is None)
            or _parts_reordered(original, reprint)
            or (_negation_reworded(original, reprint, lemmas) and same_polarity(original, reprint, lemmas)))


#: Where a sentence joins its parts: "and", "while", "whereas", "but", a semicolon.
_PART_JOIN = re.compile(r",?\s+(?:and|while|whereas|but)\s+|;\s*", re.IGNORECASE)


def _parts_reordered(original: str, reprint: str) -> bool:
    """Whether the reprint gives the original's joined parts in another order, each part's words
    of substance all in its counterpart ("Turnout was lowest in Dili, at 72 percent, and highest
    in Lautem, at 89 percent" / "Turnout was highest in Lautém, at 89%, and lowest in Dili, at
    72%"), which the contradiction model reads as a conflict; not where a part's words changed
    ("highest in Dili, ... lowest in Lautem")."""
    def words(part: str) -> list[str]:
        plain = "".join(c for c in unicodedata.normalize("NFKD", part.lower()) if not unicodedata.combining(c))
        return [w for w in re.findall(r"\d+(?:[.,]\d+)?|[a-z][\w'’-]*", plain) if w not in _PART_GRAMMAR]

    def told_by(mine: list[str], theirs: list[str]) -> bool:
        # the same words in the same order, but for the subject both first parts open with
        # ("Turnout was highest in Lautém" / "highest in Lautem"; not "Turnout fell to 60 percent
        # in Dili" / "to 60 percent in Dili": a verb is no subject)
        shorter, longer = sorted((mine, theirs), key=len)
        return longer[len(longer) - len(shorter):] == shorter and longer[:len(longer) - len(shorter)] in ([], subject)

    o_parts = [words(p) for p in _PART_JOIN.split(original.rstrip(" .")) if p.strip()]
    r_parts = [words(p) for p in _PART_JOIN.split(reprint.rstrip(" .")) if p.strip()]
    if len(o_parts) != len(r_parts) or len(o_parts) < 2 or not all(o_parts) or not all(r_parts):
        return False
    subject = []
    for mine, theirs in zip(o_parts[0][:SETTINGS.part_subject], r_parts[0][:SETTINGS.part_subject]):
        if mine != theirs:
            break
        subject.append(mine)
    order = [next((j for j, theirs in enumerate(o_parts) if told_by(mine, theirs)), -1) for mine in r_parts]
    return sorted(order) == list(range(len(order))) != order


#: Words of grammar, and "percent", that tell no part from another (not "no", "up", "not").
_PART_GRAMMAR = frozenset({"the", "was", "were", "are", "its", "and", "for", "with", "from", "percent", "cent", "per",
                           "a", "an", "in", "at", "to", "of", "on", "by", "is", "as", "it", "or", "be"})


def quote_kept(original: str, reprint: str) -> bool:
    """Whether the reprint is mostly the original's quote, the whole of it word for word, and
    outside it the same words of substance as the original's outside its quote, but for names and
    verbs of saying: who said it and how ("..., she told a news conference." / "Regis-Auguste told
    a news conference: ..."), which the quote check reads, not a reversal. Not where either side
    says more outside the quote ("Officials dismissed reports that ...")."""
    def parts(text: str) -> tuple[list[str], list[str]]:
        spans = quoted_spans(text)
        inside = [w for start, end in spans for w in tokens(text[start:end])]
        cuts = [0, *[i for span in spans for i in span], len(text)]
        outside_text = " ".join(text[cuts[k]:cuts[k + 1]] for k in range(0, len(cuts), 2))
        return inside, tokens(outside_text)

    def substance(text_words: list[str], text: str) -> set[str]:
        names = {m.group().lower() for m in find_words(text, letters_only=True) if m.group()[:1].isupper()}
        return {w for w in text_words if len(w) > 3 and w not in SAYING and w not in names}

    mine, mine_out = parts(reprint)
    theirs, theirs_out = parts(original)
    if not mine or mine != theirs or len(mine) < SETTINGS.kept_quote * (len(mine) + len(mine_out)):
        return False
    return substance(mine_out, reprint) == substance(theirs_out, original) \
        and not negations(mine_out) and not negations(theirs_out)


def _negation_reworded(original: str, reprint: str, lemmas: Mapping[str, str] | None) -> bool:
    """Whether one side has more negations than the other, or a negation's opposite in its place
    ("none" / "all")."""
    if len(negations(tokens(original))) != len(negations(tokens(reprint))):
        return True
    return any(_negating(word, original) or _negating(antonym, reprint)
               for word, antonym, _, _ in _opposite_pairs(original, reprint, lemmas or {}))


def _negative_words(text: str) -> int:
    words = tokens(text)
    return sum(_is_negative(words, i) for i in range(len(words)))


def polarity_shift(original: str, reprint: str) -> dict[str, str] | None:
    """A negation cue that one side has more often than the other ("is enough" / "isn't
    sufficient"): weak evidence alone, since translations move negations around, but
    telling when the contradiction model also reads a reversal."""
    if same_polarity(original, reprint):
        return None  # "refused to rule out" / "left open": two noes make a yes
    original, reprint = _without_none_since(original, reprint)
    original, reprint = _without_not_before(original, reprint), _without_not_before(reprint, original)
    original, reprint = _order_said_plainly(original, reprint), _order_said_plainly(reprint, original)
    if _not_out_unbeaten(original, reprint) or _not_out_unbeaten(reprint, original):
        return None
    original, reprint = _without_no_wicket(original, reprint), _without_no_wicket(reprint, original)
    o_words, r_words = tokens(original), tokens(reprint)
    # (a condition told the other way round, "not ... unless" / "only if", says no more often)
    o_clauses, r_clauses = _clauses(original), _clauses(reprint)
    # ("non-profit" / "charity": a word's prefix counts only where the other side has the word)
    o_cues = [w for i, w in negations(o_words) if w != "non" and not _condition_turned(o_words, i, r_words, o_clauses)]
    r_cues = [w for i, w in negations(r_words) if w != "non" and not _condition_turned(r_words, i, o_words, r_clauses)]
    for side, more, fewer, fewer_text in (("reprint", r_cues, o_cues, original), ("original", o_cues, r_cues, reprint)):
        # "lacked enterprises" says what "did not have enough enterprises" says, and "whether
        # she had motives" leaves open what "she had no motives" denies.
        balance = len(fewer) + _negative_words(fewer_text) + tokens(fewer_text).count("whether")
        for cue in dict.fromkeys(more):
            if more.count(cue) > fewer.count(cue) and len(more) > balance:
                return {"cue": cue, "side": side}
    return None


_BUT_NOT_BEFORE = re.compile(r"^(.*?),?\s+but not before\s+(.*)$", re.IGNORECASE | re.DOTALL)
_BEFORE = re.compile(r"^(.*?)\s+(before|after)\s+(.*)$", re.IGNORECASE | re.DOTALL)


def _order_said_plainly(text: str, other: str) -> str:
    """``text`` with "A, but not before B" said as "A after B" where ``other`` tells the two in the
    same order, "B before A" or "A after B": what came first, told the other way round ("The gang
    fled before neighbours alerted police" / "Neighbours alerted police, but not before the gang
    had fled"). Not where ``other`` says "A before B", the opposite."""
    told, plain = _BUT_NOT_BEFORE.match(text.strip()), _BEFORE.match(other.strip())
    if told is None or plain is None:
        return text

    def content(part: str) -> set[str]:
        return {w for w in tokens(part) if len(w) > 3}

    a, b = content(told.group(1)), content(told.group(2))
    first, second = content(plain.group(1)), content(plain.group(3))
    if plain.group(2).lower() == "before":
        first, second = second, first  # "B before A": A is what came after
    if len(a & first) > len(a & second) and len(b & second) > len(b & first):
        return f"{told.group(1)} after {told.group(2)}"
    return text


def _not_out_unbeaten(text: str, other: str) -> bool:
    """Whether ``text`` gives a batter "not out" where ``other`` says "unbeaten" ("was not out on
    71" / "making an unbeaten 71")."""
    return re.search(r"\bnot out\b", text, re.IGNORECASE) is not None \
        and re.search(r"\b(?:unbeaten|undefeated)\b", other, re.IGNORECASE) is not None


#: An innings' runs with no wicket lost, told with a negation ("61 without loss", "61 for no loss") ...
_NO_WICKET_LOST = re.compile(r"(?<![\d.,])(\d+)(\s+(?:runs\s+)?(?:without\s+(?:loss|losing\s+a\s+wicket)|"
                             r"for\s+(?:no\s+(?:loss|wicket)|none)))\b", re.IGNORECASE)


def _without_no_wicket(text: str, other: str) -> str:
    """``text`` without the negation of each innings' runs "without loss" that ``other`` gives as
    the same runs for none ("reached 61 without loss" / "were 61-0", "61 for 0"): one score."""
    for m in reversed(list(_NO_WICKET_LOST.finditer(text))):
        if re.search(rf"(?<![\d.,]){m.group(1)}\s*(?:[-/]\s*0|for\s+0)\b", other):
            text = text[:m.start(2)] + text[m.end(2):]
    return text


def negation_reworded(original: str, reprint: str) -> bool:
    """Whether one side has more negation cues than the other, but says the other's negation
    in other words ("did not have enough" / "lacked", "had no motives" / "whether she had
    motives"): a difference the contradiction model reads as a conflict and a reader does not."""
    o_cues, r_cues = len(negations(tokens(original))), len(negations(tokens(reprint)))
    return o_cues != r_cues and polarity_shift(original, reprint) is None


#: Quantifiers that say no of a whole group ("none of the members", "not a single flight") ...
_NO_QUANTIFIERS = frozenset({"no", "none", "nobody", "nothing", "neither"})
#: ... but not before these ("no longer", "no doubt", "no matter") ...
_NO_BEFORE = frozenset({"longer", "doubt", "matter", "later", "sooner", "less", "more", "way"})
#: ... and those that say yes of all of it ("each other" says no such thing).
_ALL_QUANTIFIERS = frozenset({"all", "every", "everyone", "everybody", "everything", "each", "both"})
#: Words that say nothing of the group themselves.
_QUANTIFYING = _NO_QUANTIFIERS | _ALL_QUANTIFIERS | NEGATION_CUES | _SCOPE_SKIP | SAYING


def _quantifiers(words: Sequence[str]) -> tuple[list[int], list[int]]:
    """Where a sentence says no of a whole group ("no", "none", "nobody", "nothing", "neither",
    "no one", and "not" before "one" or "a single": "not one of the 18", "not a single flight";
    "not all" is none), and where it says yes of all of it."""
    no = [i for i, w in enumerate(words)
          if (w in _NO_QUANTIFIERS and (w != "no" or words[i + 1:i + 2] != [] and words[i + 1] not in _NO_BEFORE))
          or (w == "not" and (words[i + 1:i + 2] == ["one"] or words[i + 1:i + 3] == ["a", "single"]))]
    every = [i for i, w in enumerate(words)
             if w in _ALL_QUANTIFIERS and not (w == "each" and words[i + 1:i + 2] == ["other"])]
    return no, every


def quantifier_turned(original: str, reprint: str, predicates: frozenset[str],
                      opposites: Sequence[tuple[str, str]] = (), lemmas: Mapping[str, str] | None = None,
                      verbs: frozenset[str] = frozenset()) -> bool:
    """Whether one side says no of a group where the other says yes of all of it, and what is
    said of the group turned too: "None of the members objected" / "All the members accepted",
    "Neither candidate agreed" / "Both candidates declined". The two turns may cancel or add up
    ("All the members opposed it"); which, only the meaning of the new words can say. With the
    same verb ("All the members objected"), it is a plain reversal.

    ``predicates`` are the words the tagger reads as verbs or adjectives, lower-cased: what the
    quantifier's clause says of the group is its verbs and adjectives, verbs of saying and
    auxiliaries apart, and each side's must have one the other lacks. Where a word of the
    quantifier's clause has its verb turned to its opposite (``opposites``, stems from
    :func:`_opposite_pairs`, read through ``lemmas``; ``verbs``, the words the tagger reads as
    verbs: "None failed" / "All passed", "None survived" / "All died"), the two turns cancel,
    whatever else changed; given ``opposites``, only that is asked."""
    o_words, r_words = tokens(original), tokens(reprint)
    o_no, o_all = _quantifiers(o_words)
    r_no, r_all = _quantifiers(r_words)
    if len(o_no) > len(r_no) and len(r_all) > len(o_all):
        o_at, r_at = o_no, r_all
    elif len(r_no) > len(o_no) and len(o_all) > len(r_all):
        o_at, r_at = o_all, r_no
    else:
        return False
    o_clauses, r_clauses = _clauses(original), _clauses(reprint)
    if len(o_clauses) != len(o_words) or len(r_clauses) != len(r_words):
        return False
    lemmas = lemmas or {}
    o_which, r_which = {o_clauses[i] for i in o_at}, {r_clauses[i] for i in r_at}

    def turned_after(at: Sequence[int], words: Sequence[str], clauses: Sequence[int], x: str) -> bool:
        """Whether each quantifier is followed in its clause, before the next one, by the verb of
        stem ``x`` (what is said of the group, not a word that describes it: "None of the new
        rules" / "All of the old rules")."""
        ends = [*sorted(at)[1:], len(words)]
        return all(any(clauses[i] == clauses[q] and words[i] in verbs
                       and x in (stem(words[i]), stem(lemmas.get(words[i], words[i]))) for i in range(q, end))
                   for q, end in zip(sorted(at), ends))

    def negated(words: Sequence[str], clauses: Sequence[int], which: set[int]) -> int:
        return sum(1 for i, _ in negations(words) if clauses[i] in which and words[i] not in _NO_QUANTIFIERS)

    # each quantifier turns a word of its own clause to its opposite, and each side says no as
    # often there ("None survived, and none were hurt" / "All died, and all were hurt" turns the
    # second round; "None failed" / "All did not pass" says the opposite)
    if opposites:
        same_noes = negated(o_words, o_clauses, o_which) == negated(r_words, r_clauses, r_which)
        return same_noes and any(turned_after(o_at, o_words, o_clauses, x) and turned_after(r_at, r_words, r_clauses, y)
                                 for x, y in opposites)

    def said(words: Sequence[str], clauses: Sequence[int], at: Sequence[int]) -> set[str]:
        """The stems of the verbs and adjectives in the quantifiers' clauses."""
        which = {clauses[i] for i in at}
        return {stem(american_spelling(w)) for i, w in enumerate(words)
                if clauses[i] in which and w in predicates and w not in _QUANTIFYING}

    mine, theirs = said(o_words, o_clauses, o_at), said(r_words, r_clauses, r_at)
    return bool(mine - theirs) and bool(theirs - mine)


_AUX = r"would|will|could|should|can|did|do|does|is|are|was|were|has|have|had|shall|might|must|may"
_NOR_INVERTED = re.compile(rf"\bnor\s+({_AUX})\s+(they|he|she|it|we|i|you)\b", re.IGNORECASE)


def dangling_nor(reprint: str) -> dict[str, Any] | None:
    """A "nor" whose first clause is not negative: that clause most likely lost its "not".

    "... that they would heed the demand ..., nor would they allow ..." mirrors "they
    would" before the "nor": when that clause has no negation, the meaning is reversed.
    Otherwise, a "nor" with no negation anywhere before it.
    """
    nor = re.search(r"\bnor\b", reprint, re.IGNORECASE)
    if nor is None:
        return None
    inverted = _NOR_INVERTED.search(reprint)
    if inverted is not None:
        aux, subject = inverted.group(1), inverted.group(2)
        before = reprint[:inverted.start()]
        parallel = list(re.finditer(rf"\b{subject}\s+{aux}(n['’]t)?\s+(\w+)", before, re.IGNORECASE))
        if parallel:
            clause = parallel[-1]
            if clause.group(1) is None and clause.group(2).lower() not in NEGATION_CUES:
                return {"words": [clause.group(0), inverted.group(0)],
                        "span": [clause.start(), clause.end()], "clause": clause.group(0)}
            return None
    words = tokens(reprint[:nor.start()])
    if not any(w in NEGATION_CUES for w in words):
        return {"words": ["nor"], "span": [nor.start(), nor.end()]}
    return None


@dataclass(frozen=True)
class Settings:
    """How much of a negated clause a loosely linked pair must tell to reverse it, and of a
    sentence a quote kept word for word must be to leave the contradiction model no reversal."""

    loose_clause_words: int = 2
    """Words of substance from the negated word to its clause's end, all told on the other side."""
    kept_quote: float = 0.6
    """The share of a reprint's words inside a quote the original gives word for word
    (:func:`quote_kept`)."""
    party_reach: int = 12
    """How many words after a verb of exchange or contest its other party may stand ("took the lead
    in the 18th minute through Sidi": :func:`_told_from_the_other_side`) ..."""
    subject_words: int = 3
    """... and how many words before it name its subject."""
    part_subject: int = 3
    """How many words the subject of joined parts may have, told in the first part only
    (:func:`_parts_reordered`: "Turnout was lowest in Dili, and highest in Lautem")."""


SETTINGS = Settings()


def _whole_clause_told(original: str, reprint: str, flip: dict[str, str], lemmas: Mapping[str, str]) -> bool:
    """Whether a flip's negated clause is told whole on the other side: every word of substance
    from the negated word to the end of its clause, two at least ("The court did not order a
    retrial." / "A retrial was ordered."). A pair too loosely linked for word-by-word comparison
    still reverses its original then."""
    here_text, there_text = (original, reprint) if flip["negated_in"] == "original" else (reprint, original)
    here, clauses = tokens(here_text), _clauses(here_text)
    if len(clauses) != len(here):
        return False

    def base(word: str) -> str:
        return stem(lemmas.get(word, word))

    at = next((i for i, w in enumerate(here) if w == flip["word"]), None)
    if at is None:
        return False
    there = {base(w) for w in tokens(there_text)}
    clause = [w for i, w in enumerate(here) if i >= at and clauses[i] == clauses[at]]
    substance = {base(w) for w in clause if len(w) > 3 and w not in NEGATION_CUES}
    if len(substance) < SETTINGS.loose_clause_words or not substance <= there:
        return False
    # ... and who does it: the same ("Arsenal did not sign him" / "Chelsea signed him" is another
    # event), or no one, in the passive ("The court did not order a retrial" / "A retrial was ordered")
    doers = {base(w) for i, w in enumerate(here) if i < at and clauses[i] == clauses[at] and len(w) > 3
             and w not in NEGATION_CUES and w not in AUXILIARIES}
    passive = any(base(m.group(1)) == base(flip["word"]) and not re.match(r"\s+by\b", there_text[m.end():])
                  for m in re.finditer(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?(\w+)", there_text,
                                       re.IGNORECASE))
    return doers <= there or passive


def inversion_flags(original: str | None, reprint: str, similarity: float | None, close: bool,
                    conflict: float | None, has_fact_change: bool, thresholds: Thresholds,
                    lemmas: Mapping[str, str] | None = None, strong: bool = False,
                    predicates: frozenset[str] = frozenset(), verbs: frozenset[str] = frozenset()) -> list[Flag]:
    """Flags for reversed meaning. ``close`` says the pair is a true counterpart (see
    :func:`mtaudit.checks.drift.is_comparable`); word-level comparison needs one.
    ``strong`` says it is a very close one (see :func:`mtaudit.checks.drift.is_strong_counterpart`):
    only then does a negation moved to one side count with the contradiction model.
    ``predicates`` are the pair's verbs and adjectives, as the tagger reads them, ``verbs`` its
    verbs (:func:`quantifier_turned`)."""
    flags: list[Flag] = []
    nor = dangling_nor(reprint)
    paired = original is not None and close
    model_says = conflict is not None and conflict >= thresholds.contradiction and paired
    flips = negation_flips(original, reprint, lemmas) if original is not None and close else []
    loose = original is not None and not close and similarity is not None
    if loose and original is not None:
        # a pair too loose for word-by-word comparison whose negated clause the other side tells whole
        flips = [f for f in negation_flips(original, reprint, lemmas)
                 if _whole_clause_told(original, reprint, f, lemmas or {})]
    antonyms = antonym_flips(original, reprint, lemmas) if original is not None and close else []
    quantifying = _NO_QUANTIFIERS | _ALL_QUANTIFIERS
    opposites = [(x, y) for word, antonym, x, y in _opposite_pairs(original, reprint, lemmas or {})
                 if not {word, antonym} & quantifying] if original is not None and close else []
    turned = original is not None and bool(
        opposites and quantifier_turned(original, reprint, predicates, opposites, lemmas, verbs)
        or conflict is not None and not model_says and quantifier_turned(original, reprint, predicates))
    if turned:
        # "none objected" / "all accepted", "neither won" / "both lost": the quantifier turned
        # and so did what is said of the group. Turned to its opposite ("None failed" / "All
        # passed"), the two turns cancel; otherwise whether they do is the model's to read, and
        # it reads no reversal
        flips, antonyms = [], []
    evidence_model = {"conflict": round(float(conflict), 4)} if conflict is not None else {}
    if flips:
        words = ", ".join(f"'{f['cue']} {f['word']}' only in the {f['negated_in']}" for f in flips)
        # (in a loose pair, what else changed may explain it: major)
        flags.append(Flag("inverted", "major" if loose else "critical", f"negation flipped: {words}", "negation",
                          {"flips": flips, "similarity": similarity, **evidence_model}))
    elif antonyms:
        words = ", ".join(f"'{f['original']}' became '{f['reprint']}'" for f in antonyms)
        severity = "critical" if model_says else "major"
        flags.append(Flag("inverted", severity, f"antonym swapped: {words}", "antonym",
                          {"swaps": antonyms, "similarity": similarity, **evidence_model}))
    if nor is not None:
        severity = "critical" if model_says or flips else "major"
        clause = f"'{nor['clause']}'" if "clause" in nor else "the first clause"
        flags.append(Flag("inverted", severity,
                          f"'nor' follows no negation: {clause} has probably lost its 'not'",
                          "dangling-nor", {**nor, "with_flip": bool(flips), **evidence_model}))
    shift = polarity_shift(original, reprint) if original is not None and close and strong and not turned else None
    if model_says and not flags and shift is not None:
        flags.append(Flag("inverted", "major",
                          f"'{shift['cue']}' is only in the {shift['side']}, and the reprint reads as saying the "
                          "opposite", "negation-and-model",
                          {**shift, "similarity": similarity, **evidence_model}))
    # one event told the other way round ("lent" / "borrowed", the roles swapped) reads to the
    # model as a reversal and is none
    if (model_says and not flags and not turned and not has_fact_change and similarity is not None
            and conflict is not None and not restated(original or "", reprint, lemmas)
            and conflict >= thresholds.contradiction_alone
            and similarity >= thresholds.contradiction_similarity):
        where, changes = where_changed(original, reprint)
        flags.append(Flag("inverted", "major",
                          f"this may reverse the original{where}: the reprint reads as saying the opposite. "
                          "Check it against the original",
                          "contradiction-model", {"similarity": similarity, **evidence_model, **changes}))
    return flags


#: Where a headline's parts meet: "Owners offer 9% rise; unions say it is not enough".
_HEADLINE_PARTS = re.compile(r"\s*[;:|]\s+|\s+[-–—]\s+")


def headline_part_added(headline: str, original: str, story: Sequence[str], cue: str | None = None) -> bool:
    """Whether a part of the reprint's headline (after a semicolon, a colon or a dash; with a
    ``cue``, the part holding that word) tells none of the original headline's words and some of
    the story's: the headline sums up more of the story than the original headline, which has
    nothing to compare that part with ("... 9% raise after weeks of protests, factory owners say"
    / "Factory owners offer 9% wage rise; unions say it is not enough", where the story says the
    unions rejected it): neither a negation there nor the contradiction model's reading of the
    pair is evidence of a reversal."""
    parts = _HEADLINE_PARTS.split(headline)
    if len(parts) < 2:
        return False
    if cue is not None:
        parts = [p for p in parts if cue in tokens(p)][:1]

    def stems(text: str) -> set[str]:  # (another number of a word is the word: "union leaders")
        return {stem(american_spelling(w)) for w in tokens(text) if len(w) > 3}

    theirs = stems(original)
    elsewhere = set().union(*(stems(text.replace(original, " ")) for text in story))
    # (a part of a word or two, "Kenya: ...", is a kicker, not a part that tells more)
    return any(len(words) >= 2 and not words & theirs and words & elsewhere for words in map(stems, parts))
