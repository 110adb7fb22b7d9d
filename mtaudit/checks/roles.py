"""Roles reversed: who does what to whom, and which way.

- ``direction``: the same name after opposite direction words on the two sides of a pair
  ("annexed Crimea from Ukraine" / "to Ukraine", "voted for the bill" / "against the bill"),
  or two names around the same verb in the opposite order ("Spain beat Italy" / "Italy beat
  Spain"), or two nouns after "the" around the same words ("the association had written to the
  council" / "the council had written to the association").
- ``direction`` too, in a pair told in the same words: two words or phrases that changed places
  ("The visitors led before the hosts scored" / "The hosts led before the visitors scored"), or a
  direction word turned after the same words ("annexed from the kingdom" / "to the kingdom"); and
  a verb done by one name on one side and by the other on the other ("Okafor headed in a corner
  from Pell" / "Pell headed in an Okafor corner"), or by a name on one side and done to it on
  the other ("Several investors have sued Berg & Lund" / "Berg & Lund is suing several investors").
- ``taken-to``: a verb of taking whose "to" names another country than the one that takes
  ("Russia annexed the Crimean Peninsula to Ukraine"): one annexes or seizes *from* a country.
  It needs no original.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..backends.tagger import Analysis, Token
from ..types import Flag
from ..words import DAYS_MONTHS, NUMBER_WORDS, find_words


@dataclass(frozen=True)
class Settings:
    """How far apart the words of a role may stand."""

    verb_gap: int = 4
    """Words between a name and the verb it does ("Russia on Wednesday annexed")."""
    object_words: int = 2
    """Words between a verb and the name it is done to ("conceded defeat to Villamil")."""
    object_gap: int = 8
    """Words between a verb of taking and its "to" ("annexed the Crimean Peninsula to")."""
    exchange_kept: float = 0.7
    """The share of a pair's words that must stand unchanged for an exchange of two of them beside
    other changes, or a direction word for its opposite, to be read as roles turned round."""
    head_words: int = 4
    """Words before a direction word that may say what goes that way, one of which both sides
    must share ("smuggled into the country from Venezuela" / "smuggled out to Venezuela")."""
    frame_words: int = 3
    """Words kept on each side of a direction word turned to its opposite that read it as the
    same phrase turned round, where words further before it changed ("to evacuate residents
    from low-lying villages in" / "to low-lying villages in")."""
    role_words: int = 6
    """The longest phrase whose exchange with another is read as roles turned round ("a man in
    his thirties")."""
    described_words: int = 3
    """Lower-case words between "of" and a name that it belongs to the words before it ("Tuli
    Amupolo of Windhoek-based brokerage Kalahari Capital Partners said")."""


SETTINGS = Settings()

#: Direction words and their opposites.
OPPOSITE_DIRECTIONS: dict[str, frozenset[str]] = {
    "from": frozenset({"to", "into", "toward", "towards"}),
    # (who gives and who gets: "donated by Gavi" / "donated to Gavi")
    "by": frozenset({"to"}),
    "to": frozenset({"from", "by"}), "into": frozenset({"from"}), "toward": frozenset({"from"}),
    "towards": frozenset({"from"}), "for": frozenset({"against"}), "against": frozenset({"for"}),
    "before": frozenset({"after"}), "after": frozenset({"before"}),
}
#: Direction words whose opposite, after the same words, moves a thing the other way ("annexed
#: from the kingdom" / "to the kingdom"); "for" / "against" also names a cause ("a vaccine for
#: measles" / "against measles"), as "by" / "to" ("rose by 5%" / "rose to 5%", a figure's), are
#: read only before a name (:func:`direction_flags`) ...
_MOVED = {word: OPPOSITE_DIRECTIONS[word] - {"by"} for word in ("from", "to", "into", "toward", "towards")}
#: ... but after a word of taking sides, "for" / "against" says which side ("gave evidence for the
#: newspaper" / "against the newspaper", "voted for" / "against") ...
_TAKING_SIDES = re.compile(r"^(vot|testif|evidence|argu|campaign|rul|decid|side|spok|speak|lobb|witness|"
                           r"found|find|case|stood|stand|declar|protest|march)", re.IGNORECASE)
#: ... and words after which either says the same ("different from" / "different to", "immune
#: from" / "immune to", "30 km from" / "30 km to").
_SAME_EITHER_WAY = frozenset({"different", "differently", "apart", "away", "similar", "immune", "km", "kilometres",
                              "kilometers", "miles", "metres", "meters", "far", "distance", "drive", "walk", "ride",
                              "flight", "journey", "hour", "hours", "minute", "minutes"})
#: Verbs of taking: what they take comes *from* someone.
_TAKING = re.compile(r"^(annex|seiz|captur|wrest|confiscat|expropriat)", re.IGNORECASE)
#: Verbs that say the same whichever way round their names stand.
_SYMMETRIC = frozenset({"met", "meet", "meets", "meeting", "and", "or", "talked", "spoke", "signed", "agreed",
                        "joined", "vs", "versus", "drew", "tied", "with", "face", "faces", "faced", "facing", "play",
                        "plays", "played", "playing", "border", "borders", "bordered", "bordering", "marry", "marries",
                        "married", "v", "alongside", "similar", "like", "as", "equal", "equivalent"})
_PLACES = frozenset({"GPE", "LOC", "NORP", "ORG"})
#: Tags of the words that may stand between a verb of taking and its "to": the thing taken
#: ("the Crimean Peninsula", "its southern provinces"). Anything else ("on its way to", "and
#: handed them to") gives the "to" to another word.
_TAKEN_THING = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "HYPH"})
#: Words whose "to" says where, not to whom: "a village next to Ukraine".
_NOT_TAKING_TO = frozenset({"next", "close", "closer", "adjacent", "near", "due", "way"})
#: Labels of the names whose roles are compared.
NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "ORG", "FAC", "PROPN"})


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in find_words(text)]


def _same_place(a: str, b: str) -> bool:
    """"Russia" / "the Russian Federation": the same country said two ways."""
    a_words = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", a) if len(w) > 2 and w[:1].isupper()}
    b_words = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", b) if len(w) > 2 and w[:1].isupper()}
    return bool(a_words & b_words)


#: Words that make a phrase of their own with the "to" or "from" after them, which then says no
#: direction ("according to Sindh health department figures", "apart from Kenya").
_FIXED_BEFORE: dict[str, frozenset[str]] = {
    **dict.fromkeys(("according", "thanks", "owing", "next", "close", "prior", "addition", "regard", "respect",
                     "compared", "contrary", "subject", "pursuant", "relative", "opposed", "similar"),
                    frozenset({"to"})),
    **dict.fromkeys(("apart", "aside", "far"), frozenset({"from"})),
    "different": frozenset({"from", "to"}), "as": frozenset({"to", "from"}),
}  # ("due to" is one too, but "$20m is due to Uganda" / "due from Uganda" is a direction)
#: Words that say nothing of what goes a way: articles, particles, auxiliaries, prepositions.
_NOT_HEAD = frozenset({"the", "a", "an", "out", "up", "down", "back", "away", "off", "have", "has", "had", "been",
                       "be", "was", "were", "is", "are", "will", "would", "may", "might", "can", "could"})


def _preposition_before(text: str, name: str) -> list[tuple[str, frozenset[str]]]:
    """The word right before each mention of ``name`` (skipping "the" and an owner's name), with
    the words before it that say what goes that way, as far as ``head_words`` ("annexed Crimea"
    from Ukraine, "smuggled into the country" from Venezuela)."""
    out = []
    for match in re.finditer(rf"\b{re.escape(name)}\b(?!['’]s\b)", text):  # (not "Somalia's request")
        written = [w for w, _, _ in _words(text[:match.start()])]
        while written and (written[-1].lower() == "the" or written[-1].endswith(("'s", "’s"))):
            written.pop()  # (and the owner before it: "from Indonesia's PT Kereta Nusantara")
        before = [w.lower() for w in written]
        if len(before) >= 2 and before[-1] not in _FIXED_BEFORE.get(before[-2], ()):
            head = []
            for word, lower in zip(reversed(written[-SETTINGS.head_words - 1:-1]),
                                   reversed(before[-SETTINGS.head_words - 1:-1])):
                if lower in _CLAUSE_WORDS or lower in ("since", "until", "to", "by", "of", "for"):
                    break  # ("who returned to Nairobi from Washington" / "after a trip to Washington")
                if lower not in _NOT_HEAD | _PREPOSITIONS and not word[:1].isupper():  # (nor another name)
                    head.append(lower)
            out.append((before[-1], frozenset(w[:5] for w in head)))
    return out


def _name_verb_name(text: str, names: Sequence[str]) -> set[tuple[str, str, str]]:
    """(first name, verb, second name) where a name does a verb to another within a few words."""
    found = set()
    positions = sorted((m.start(), m.end(), name) for name in names
                       for m in re.finditer(rf"\b{re.escape(name)}\b", text))
    for (_, end_a, a), (start_b, _, b) in zip(positions, positions[1:]):
        if a == b:
            continue
        between = [w.lower() for w, _, _ in _words(text[end_a:start_b])]
        verbs = [w for w in between if w.isalpha() and w not in ("the", "a", "an")]
        if 1 <= len(verbs) <= 2 and "by" not in verbs and not set(verbs) & _SYMMETRIC \
                and len(between) <= SETTINGS.verb_gap:
            found.add((a, " ".join(verbs), b))
    return found


#: Words after "the" that are no party to a verb: "the same", "the first", "the year".
_NO_ROLE = frozenset({"same", "other", "first", "last", "next", "following", "previous", "latest", "rest", "most",
                      "whole", "year", "week", "weekend", "month", "night", "time", "matter", "case", "issue"})
#: Words that do nothing between two parties on their own: prepositions, auxiliaries and "not"
#: ("the head of the council" relates the two).
_NO_DOING = frozenset({"of", "to", "for", "in", "on", "at", "with", "from", "into", "about", "over", "had", "has",
                       "have", "been", "be", "will", "would", "not"})
#: Words between two parties that say the same either way round: a place beside another ("the school
#: is next to the hospital"), a link, a contest ("the hosts take on the champions"), a comparison
#: ("higher in the north than in the south") or what one is ("the mayor is also the chairman").
_EITHER_WAY = frozenset({"next", "close", "near", "opposite", "adjacent", "parallel", "across", "beside", "linked",
                         "connected", "against", "take", "takes", "took", "fought", "fight", "fights", "also", "than",
                         "is", "are", "was", "were"})
#: A noun after "the", not its possessive ("the council", not "the council's").
_THE_NOUN = re.compile(r"\bthe ([A-Za-z]{4,})\b(?!['’]s)", re.IGNORECASE)


def _the_verb_the(text: str, other: str) -> set[tuple[str, str, str]]:
    """(first, words between, second) where "the FIRST" does something to "the SECOND" within a few
    words, no clause break between, each word after "the" once in ``text`` and once in ``other``
    ("the association had written to the council" / "the council had written to the
    association"): roles told by common nouns, as :func:`_name_verb_name` finds them for names. (A
    noun after an adjective, "the local council", is left out: the adjective is taken for it.)"""
    def once(in_text: str) -> set[str]:
        seen = [m.group(1).lower() for m in _THE_NOUN.finditer(in_text)]
        return {w for w in seen if seen.count(w) == 1 and w not in _NO_ROLE}

    roles = once(text) & once(other)
    positions = [(m.start(), m.end(), m.group(1).lower()) for m in _THE_NOUN.finditer(text)
                 if m.group(1).lower() in roles]
    found = set()
    for (_, end_a, a), (start_b, _, b) in zip(positions, positions[1:]):
        between = text[end_a:start_b]
        words = [w.lower() for w, _, _ in _words(between)]
        if re.search(r"[,;:()—–]|\s-\s", between) or not 1 <= len(words) <= SETTINGS.verb_gap or "by" in words \
                or set(words) & (_SYMMETRIC | _JOINING | _EITHER_WAY) or set(words) <= _NO_DOING:
            continue
        found.add((f"the {a}", " ".join(words), f"the {b}"))
    return found


#: Finite verb forms a name does in the active voice ("Okafor headed in a corner") ...
_ACTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: ... but not an auxiliary, which does nothing of its own ("the court has overturned" / "Vossberg
#: has had his conviction overturned").
_AUXILIARIES = frozenset({"be", "have", "do", "get", "will", "would", "can", "could", "may", "might", "shall",
                          "should", "must"})


def _active(tokens: Sequence[Token], i: int) -> bool:
    """Whether the verb at ``i`` is active and finite, or stands in a tense made with an
    auxiliary ("will supply", "have sued", "is suing")."""
    tag = tokens[i].tag
    if tag in _ACTIVE_TAGS:
        return True
    j = i - 1
    while j >= 0 and tokens[j].tag.startswith("RB"):
        j -= 1  # "will not supply", "has already sued"
    if j < 0:
        return False
    before = tokens[j]
    return (tag == "VB" and before.tag == "MD") or (tag == "VBN" and before.lemma.lower() == "have") \
        or (tag == "VBG" and before.lemma.lower() == "be")


#: Words after which a name belongs to the name before it ("Ingrid Solberg of Norway").
_OF = frozenset({"of", "from"})


def _name_spans(text: str, names: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of every mention of each name in ``text``, in order."""
    return sorted((m.start(), m.end(), name) for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", text))


def _doers(text: str, analysis: Analysis, names: Sequence[str]) -> dict[str, list[str]]:
    """Each active verb's lemma, with the names that do it: the name that ends at most
    ``verb_gap`` words before the verb, nothing but words between ("defender Sam Okafor headed
    in"), and not the last of a list ("Okafor and Pell scored" says nothing of who scored) nor a
    name after "of" or "from", which belongs to the words before it ("Ingrid Solberg of Norway
    won")."""
    spans = _name_spans(text, names)
    doers: dict[str, list[str]] = {}
    for token in analysis.tokens:
        if (token.tag not in _ACTIVE_TAGS or not token.lemma or token.text.lower() in _SYMMETRIC
                or token.lemma.lower() in _AUXILIARIES):
            continue
        before = [(start, end, name) for start, end, name in spans if end <= token.start]
        if not before:
            continue
        start, end, name = before[-1]
        between = text[end:token.start]
        words_before = [w.lower() for w, _, _ in _words(text[:start])]
        if (len(_words(between)) > SETTINGS.verb_gap or re.search(r"[,;:()]", between)
                or (words_before and words_before[-1] in _BEFORE_NO_DOER) or re.search(r",\s*$", text[:start])
                or _described_after_of(text[:start])):
            continue  # (nor a name after "of": "Ingrid Solberg of Norway won" is Solberg's win)
        doers.setdefault(token.lemma.lower(), []).append(name)
    return doers


def _does(text: str, analysis: Analysis, names: Sequence[str]) -> dict[str, list[str]]:
    """Each verb's lemma, active in any tense (:func:`_active`), with the name right before it,
    nothing between but auxiliaries and adverbs ("Caribe Deepwater will supply", "Berg & Lund is
    suing"); not a verb that may say the same of what it is done to (:data:`_VERBS_EITHER_WAY`),
    nor one done together (:data:`_TOGETHER`)."""
    tokens = analysis.tokens
    spans = _name_spans(text, names)
    does: dict[str, list[str]] = {}
    for i, token in enumerate(tokens):
        if not _active(tokens, i) or not token.lemma or token.lemma.lower() in _AUXILIARIES | _VERBS_EITHER_WAY \
                or token.text.lower() in _SYMMETRIC or token.lemma.lower() in _TOGETHER:
            continue
        before = [(start, end, name) for start, end, name in spans if end <= token.start]
        if not before:
            continue
        start, end, name = before[-1]
        words_before = [w.lower() for w, _, _ in _words(text[:start])]
        if words_before and words_before[-1] in _BEFORE_NO_DOER:
            continue  # "ballot boxes from Belize City arrived": the name belongs to the words before it
        between = [t for t in tokens if end <= t.start and t.end <= token.start]
        if all(t.tag == "MD" or t.tag.startswith("RB") or t.lemma.lower() in ("be", "have", "do") for t in between) \
                and not re.search(r"[^\w\s'’-]", text[end:token.start]):
            does.setdefault(token.lemma.lower(), []).append(name)
    return does


#: Verbs done together, whichever name the sentence puts first ("will join", "is meeting").
_TOGETHER = frozenset({"meet", "talk", "speak", "sign", "agree", "join", "draw", "tie", "merge", "marry", "clash",
                       "fight", "play", "face", "partner", "negotiate", "compete", "collide", "share", "trade", "swap",
                       "exchange", "cooperate", "collaborate", "debate", "discuss", "ally", "team"})
#: Verbs that say the same of a name done to and a name doing them ("The win moved the Bulls to
#: second" / "the Bulls moved up to second").
_VERBS_EITHER_WAY = frozenset({"move", "open", "close", "rise", "grow", "increase", "decrease", "drop", "fall",
                               "sink", "break", "change", "end", "start", "begin", "stop", "turn", "return", "improve",
                               "expand", "shrink", "slow", "spread", "split", "merge", "develop", "continue", "resume",
                               "reopen", "shut", "finish", "lift", "ease", "cut", "double", "halve", "recover",
                               "settle", "account"})


def _done_to(text: str, analysis: Analysis, names: Sequence[str]) -> dict[str, list[str]]:
    """Each active verb's lemma, with the name it is done to: the first name after the verb, at
    most ``object_words`` words after it, with no mark or word of another clause between ("sued
    Berg & Lund", "will supply Caribe Deepwater with", "conceded defeat to Villamil")."""
    spans = _name_spans(text, names)
    done: dict[str, list[str]] = {}
    for i, token in enumerate(analysis.tokens):
        if (not _active(analysis.tokens, i) or not token.lemma or token.text.lower() in _SYMMETRIC
                or token.lemma.lower() in _AUXILIARIES | _TOGETHER):
            continue
        after = [(start, end, name) for start, end, name in spans if start >= token.end]
        if not after or token.lemma.lower() in _SAYING_LEMMAS or re.search(r"[,\"”’']\s*$", text[:token.start]):
            continue  # the speaker after a verb of saying, or a verb put before its subject ('," said Tran')
        start, _, name = after[0]
        between = [w.lower() for w, _, _ in _words(text[token.end:start])]
        if len(between) > SETTINGS.object_words or re.search(r"[,;:()—–]|\s-\s", text[token.end:start]) \
                or set(between) & (_CLAUSE_WORDS | _JOINING | _NOT_AN_OBJECT):
            continue
        done.setdefault(token.lemma.lower(), []).append(name)
    return done


def _phrase(text: str, analysis: Analysis, lemma: str, name: str, first: bool) -> str:
    """The words from ``name`` to the verb of ``lemma`` it does (``first``), or from the verb to
    the name it is done to, as ``text`` writes them."""
    tokens = analysis.tokens
    verb = next((t for i, t in enumerate(tokens) if t.lemma.lower() == lemma and _active(tokens, i)), None)
    if verb is None:
        return name
    names = list(re.finditer(rf"\b{re.escape(name)}\b", text))
    if first:
        at = max((m for m in names if m.end() <= verb.start), key=lambda m: m.start(), default=None)
        return text[at.start():verb.end] if at is not None else verb.text
    at = min((m for m in names if m.start() >= verb.end), key=lambda m: m.start(), default=None)
    return text[verb.start:at.end()] if at is not None else verb.text


#: Verbs of saying, whose subject a news sentence puts after them ("said Olav Brenner").
_SAYING_LEMMAS = frozenset({"say", "add", "tell", "write", "note", "explain", "state", "declare", "remark", "insist",
                            "recall", "warn", "continue", "conclude", "announce", "confirm", "report", "ask"})
#: Words that open another clause or phrase ("... of the banks but Acme said").
_CLAUSE_WORDS = frozenset({"but", "who", "whom", "which", "that", "while", "as", "when", "after", "before", "said",
                           "says", "is", "was", "are", "were"})


def _described_after_of(before: str) -> bool:
    """Whether the words right before a name are a name, "of" or "from" and a few lower-case words
    that describe the name that follows: "Analyst Tuli Amupolo of Windhoek-based brokerage
    Kalahari Capital Partners said" is the analyst's word, not the brokerage's. Not after an
    office or a common word ("Head of state Museveni sacked", "In the second half of the match
    Okafor headed")."""
    def describing(word: str) -> bool:  # "brokerage", "Windhoek-based"
        return word[:1].islower() or re.search(r"-[a-z]+$", word) is not None

    clause = re.split(r"[,;:()\"“”]", before)[-1]
    words = re.findall(r"[\w'’]+(?:-[\w'’]+)*", clause)
    for j in range(len(words) - 1, max(-1, len(words) - SETTINGS.described_words - 2), -1):
        if words[j].lower() in _OF:
            owner = words[j - 1] if j >= 1 else ""
            return j >= 2 and owner[:1].isupper() and owner.lower() not in _OFFICE_WORDS
        if not describing(words[j]) or words[j].lower() in _JOINING | _CLAUSE_WORDS:
            return False
    return False


#: Words of an office, which come before "of" in no name ("Head of state", "Minister of finance").
_OFFICE_WORDS = frozenset({"head", "minister", "member", "secretary", "chief", "president", "director", "chairman",
                           "governor", "mayor", "leader", "ministry", "department", "university", "bank", "state"})


#: Words that pick out who did a verb to someone without naming a doer ("the", "his", "two").
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "two", "three", "several", "some"})
#: A verb done to someone, and who did it: "had been verbally abused by a pupil" (group 1 the
#: participle, group 2 the doer's word).
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were|get|got|gets)\s+(?:(?:[a-z]+ly|often|also|never|still|"
                      r"always|already)\s+)?([a-z]+(?:ed|en))\s+(?:(?:out|up|off|down|over|away|back)\s+)?by\s+"
                      r"(?:(?:" + "|".join(sorted(_DETERMINERS)) + r")\s+)?([A-Za-z][\w'’-]*)")
#: Adverbs that may stand between a verb and what makes it done to the subject ("were often crowded").
_BETWEEN = frozenset({"often", "also", "never", "still", "always", "already"})
#: Particles of a verb of two words, before its object or its "by" ("crowded out local commuters").
_PARTICLES = frozenset({"out", "up", "off", "down", "over", "away", "back"})
#: Words before a participle that make it a verb done to the subject.
_BE_BEFORE = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "got", "gets", "'s", "’s"})
#: What "by" gives that does nothing: an amount or a time ("increased by two percent", "by Friday").
_NO_DOER = frozenset({"percent", "per", "cent", "half", "far", "then", "now", "midnight", "noon", "dawn", "law",
                      "hand", "mistake", "accident", "chance", "default", "way", "means", "end", "week", "weeks",
                      "day", "days", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
                      "decade", "decades", "margin"})


def voice_flags(original: str, reprint: str) -> list[Flag]:
    """A verb one side says was done to its subject by someone, and the other says its subject
    did to that someone, in the same words: "58 percent had been verbally abused by a pupil" /
    "58 per cent had verbally abused a pupil" (and the other way round). A sentence turned from
    the passive into the active voice keeps the doer as its subject ("was arrested by police" /
    "police arrested the man"), and is not read so; nor is an amount or a time after "by"
    ("was increased by two percent" / "increased two percent")."""
    def done_to(text: str) -> dict[tuple[str, str], re.Match[str]]:
        return {(m.group(1).lower(), m.group(2).lower()): m for m in _PASSIVE.finditer(text)
                if m.group(2).lower() not in _NO_DOER | NUMBER_WORDS.keys() | DAYS_MONTHS}

    def done_by(text: str) -> dict[tuple[str, str], tuple[int, int]]:
        words = list(re.finditer(r"[\w'’-]+", text))
        found = {}
        for i, word in enumerate(words):
            if not re.fullmatch(r"[a-z]+(?:ed|en)", word.group()) or i + 1 >= len(words):
                continue
            j = i - 1
            while j >= 0 and (words[j].group().lower().endswith("ly") or words[j].group() in _BETWEEN) \
                    and words[j].group().islower():
                j -= 1
            if j >= 0 and words[j].group().lower() in _BE_BEFORE:
                continue  # done to the subject
            k = i + 1
            if k < len(words) - 1 and words[k].group() in _PARTICLES:
                k += 1
            while k < len(words) - 1 and words[k].group().lower() in _DETERMINERS:
                k += 1
            if words[k].group().lower() != "by":
                found[(word.group().lower(), words[k].group().lower())] = (words[max(j, 0)].start(), words[k].end())
        return found

    for passive, active, side in ((original, reprint, "original"), (reprint, original, "reprint")):
        receivers, doers = done_to(passive), done_by(active)
        turned = sorted(set(receivers) & set(doers) - set(done_to(active)))
        if turned:
            start, end = doers[turned[0]]
            theirs, mine = receivers[turned[0]].group(), active[start:end]
            if side == "reprint":
                theirs, mine = mine, theirs
            span = [start, end] if side == "original" else list(receivers[turned[0]].span())
            return [Flag("inverted", "critical", f"the roles are turned round: '{theirs}' in the original, "
                                                 f"'{mine}' here", "direction",
                         {"original": theirs, "reprint": mine, "verb": turned[0][0], "doer": turned[0][1],
                          "span": span})]
    return []


#: Words of losing, after which "by" and "to" say the same: who won ("a defeat to Arsenal" / "a
#: defeat by Arsenal", "lost to Morocco" / "beaten by Morocco", "second to Kipchoge").
_BEATEN = re.compile(r"\b(?:defeat|defeats|defeated|loss|losses|lost|lose|loses|losing|beaten|second|runners?-up|"
                     r"fell|succumbed|bowed|went down|outclassed|outplayed|thrashed|edged)\b", re.IGNORECASE)


def _by_or_to_alike(original: str, reprint: str, name: str) -> bool:
    """Whether "by" on one side and "to" on the other before the same name say the same: beside a
    word of losing (:data:`_BEATEN`), where one goes to what the name owns ("appointed by Ruto
    to the cabinet" / "appointed to Ruto's cabinet"), or where "to" gives a cause ("due to Brexit"
    / "caused by Brexit")."""
    return any(_BEATEN.search(text) or re.search(rf"\b(?:by|to)\s+(?:the\s+)?{re.escape(name)}['’]s\b", text)
               or re.search(rf"\b(?:due|attributed|attributable|owing|thanks)\s+to\s+(?:the\s+)?{re.escape(name)}\b",
                            text, re.IGNORECASE)
               for text in (original, reprint))


def direction_flags(original: str, reprint: str, original_names: Sequence[str],
                    reprint_names: Sequence[str],
                    analyses: tuple[Analysis | None, Analysis | None] = (None, None)) -> list[Flag]:
    """Direction words and name order turned round between a pair's two sides. ``*_names`` are
    the names each side holds (from the tagger); only names on both sides are compared. With the
    tagger's ``analyses`` of each side, a verb each side gives once, done by one of two names the
    pair both gives on one side and by the other on the other, is a role turned round ("Okafor
    headed in a corner from Pell" / "Pell headed in an Okafor corner"), and so is a verb a name
    does on one side and has done to it on the other, doing it there no more ("Caribe Deepwater
    will supply" / "TGMC will supply Caribe Deepwater")."""
    # (a name the tagger found on one side only, written as it is on the other, is on both:
    # "Villamil conceded late on Sunday", where a short sentence hid it from the tagger)
    shared = [n for n in dict.fromkeys(reprint_names) if len(n) > 1 and (
        n in original_names or n[:1].isupper() and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", original))]
    flags = []
    for name in shared:
        theirs, mine = _preposition_before(original, name), _preposition_before(reprint, name)
        for word, head in mine:
            # the same thing goes the other way: the words before the direction word agree
            opposite = [w for w, their_head in theirs if w in OPPOSITE_DIRECTIONS.get(word, ()) and head & their_head
                        and not ({w, word} == {"by", "to"} and _by_or_to_alike(original, reprint, name))]
            if opposite and word not in {w for w, _ in theirs}:
                where = re.search(rf"\b{re.escape(word)}\s+(?:the\s+)?{re.escape(name)}\b", reprint)
                span = [where.start(), where.end()] if where else None
                flags.append(Flag("inverted", "critical",
                                  f"the direction is turned round: '{opposite[0]} {name}' in the original, "
                                  f"'{word} {name}' here", "direction",
                                  {"original": f"{opposite[0]} {name}", "reprint": f"{word} {name}",
                                   **({"span": span} if span else {})}))
                break
    theirs_roles = _name_verb_name(original, shared) | _the_verb_the(original, reprint)
    for a, verb, b in sorted(_name_verb_name(reprint, shared) | _the_verb_the(reprint, original)):
        if (b, verb, a) in theirs_roles and (a, verb, b) not in theirs_roles:
            flags.append(Flag("inverted", "critical",
                              f"the roles are turned round: '{b} {verb} {a}' in the original, '{a} {verb} {b}' here",
                              "direction", {"original": f"{b} {verb} {a}", "reprint": f"{a} {verb} {b}"}))
    if flags or analyses[0] is None or analyses[1] is None:
        return flags
    theirs_doers, my_doers = _doers(original, analyses[0], shared), _doers(reprint, analyses[1], shared)
    for lemma, my_names in sorted(my_doers.items()):
        their_names = theirs_doers.get(lemma, [])
        if len(my_names) == 1 and len(their_names) == 1 and my_names[0] != their_names[0] \
                and not _same_place(my_names[0], their_names[0]):
            their_verb, my_verb = (next(t.text for t in analysis.tokens
                                        if t.lemma.lower() == lemma and t.tag in _ACTIVE_TAGS)
                                   for analysis in analyses if analysis is not None)
            flags.append(Flag("inverted", "critical",
                              f"the roles are turned round: in the original {their_names[0]} {their_verb.lower()}, "
                              f"here {my_names[0]} does", "direction",
                              {"original": f"{their_names[0]} {their_verb}", "reprint": f"{my_names[0]} {my_verb}"}))
            break
    if flags:
        return flags
    # a name that does a verb on one side and has it done to it on the other, and does it there
    # no more ("Several investors have sued Berg & Lund" / "Berg & Lund is suing several
    # investors"; "Caribe Deepwater will supply ..." / "TGMC will supply Caribe Deepwater")
    their_objects, my_objects = _done_to(original, analyses[0], shared), _done_to(reprint, analyses[1], shared)
    theirs_doing, mine_doing = _does(original, analyses[0], shared), _does(reprint, analyses[1], shared)
    texts = {"original": (original, analyses[0]), "reprint": (reprint, analyses[1])}
    for doers, objects, others, side, other in ((theirs_doing, my_objects, mine_doing, "original", "reprint"),
                                                (mine_doing, their_objects, theirs_doing, "reprint", "original")):
        for lemma, names in sorted(doers.items()):
            turned = [n for n in names if n in objects.get(lemma, []) and n not in others.get(lemma, [])]
            if not turned:
                continue
            does, done = (_phrase(*texts[side], lemma, turned[0], first=True),
                          _phrase(*texts[other], lemma, turned[0], first=False))
            told, retold = (does, done) if side == "original" else (done, does)
            flags.append(Flag("inverted", "critical",
                              f"the roles are turned round: '{told}' in the original, '{retold}' here",
                              "direction", {"original": told, "reprint": retold, "name": turned[0], "verb": lemma}))
            return flags
    return flags


#: Words that join two others as equals: "Kenya and Tanzania" / "Tanzania and Kenya" says the same,
#: and so does a list ("France, Germany and Italy" / "Italy, Germany and France").
_JOINING = frozenset({"and", "or", "nor", "either", "neither", "plus", "between", "well", "&"})
#: Prepositions: a name right after one is what they govern, never the doer of the next verb
#: ("Osmani International Airport in Sylhet remained open" is the airport's).
_PREPOSITIONS = frozenset({"in", "at", "near", "on", "for", "with", "into", "onto", "over", "under", "against",
                           "among", "across", "around", "outside", "inside", "within", "via", "toward", "towards",
                           "beside", "behind", "by", "to", "through", "throughout", "beyond", "upon", "amid"})
#: Words between a verb and a name that make the name no one the verb is done to ("scored after
#: Jones", "won in Lagos", "arrested protesters outside Parliament"; "conceded defeat to Villamil"
#: is done to him).
_NOT_AN_OBJECT = (_PREPOSITIONS - {"to"}) | {"after", "before", "since", "until", "despite", "during", "if", "than",
                                            "like", "of", "from", "without"}
#: Words after which a name does no verb: the last of a list, or a name that belongs to the words
#: before it.
_BEFORE_NO_DOER = _JOINING | _OF | _PREPOSITIONS
#: Tags of a verb that makes a clause of a phrase ("oil rose 3%"); a participle ("French-ruled
#: Syria", "the injured man") may stand in a phrase that names someone.
_FINITE_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "MD"})
#: Tags of the words whose exchange turns roles round: nouns, names and the adjectives that
#: stand for them ("the Kenyan president ... his Tanzanian counterpart").
_ROLE_TAGS = ("NN", "JJ")


def exchanged_flags(original: str, reprint: str, analysis: Analysis | None) -> list[Flag]:
    """Roles and directions turned round in a pair told in the same words: two words or phrases
    that changed places ("The visitors led 2-0 before the hosts scored" / "The hosts led 2-0
    before the visitors scored", "A teenager was stabbed by a man" / "A man was stabbed by a
    teenager"), or one direction word for its opposite after the same words ("annexed from the
    kingdom" / "annexed to the kingdom", "gave evidence for" / "against"). ``analysis`` is the
    reprint's: only nouns, names, adjectives and figures count as roles, and words joined as
    equals ("Kenya and Tanzania") are none."""
    if analysis is None:
        return []
    theirs = [w.lower() for w, _, _ in _words(original)]
    mine = _words(reprint)
    ours = [w.lower() for w, _, _ in mine]
    ops = difflib.SequenceMatcher(None, theirs, ours, autojunk=False).get_opcodes()
    changed = [(b1, max(b2, b1 + 1)) for tag, _, _, b1, b2 in ops if tag != "equal"]

    def unchanged(lo: int, hi: int) -> bool:
        """Whether the reprint's words lo..hi-1 all stand as the original has them: an exchange
        beside another change is a sentence told the other way round ("Exports fell more sharply
        than imports" / "Imports fell less sharply than exports")."""
        return not any(b1 < hi and lo < b2 for b1, b2 in changed)

    def role(lo: int, hi: int) -> bool:
        """Whether the reprint's words lo..hi-1 name someone or something: one phrase, no stop
        (but an initial's: "U.S."), comma or finite verb inside it, that ends in a noun, a name, an
        adjective or a figure ("a man in his thirties", not "River, the" or "oil rose 3")."""
        start, end = mine[lo][1], mine[hi - 1][2]
        inside = [t for t in analysis.tokens if start <= t.start < end]
        return bool(inside) and not re.search(r"[,;:!?()\[\]]|(?<![A-Z])\.", reprint[start:end]) \
            and not any(t.tag in _FINITE_VERB_TAGS for t in inside) \
            and (inside[-1].tag.startswith(_ROLE_TAGS) or inside[-1].tag == "CD")

    def figure(lo: int, hi: int) -> bool:
        """Whether the reprint's words lo..hi-1 hold a figure: two phrases that took their figures
        with them tell a comparison the other way round ("45% in the north compared to 60% in the
        south" / "60% in the south compared to 45% in the north")."""
        return any(t.tag == "CD" for t in analysis.tokens if mine[lo][1] <= t.start < mine[hi - 1][2])

    def apart(lo: int, hi: int) -> bool:
        """Whether the words between two exchanged ones set them apart, not side by side as equals
        (joined, or around a verb that says the same either way)."""
        between = set(ours[lo:hi])
        return bool(between) and not between & (_JOINING | _SYMMETRIC)

    def exchange(first: tuple[int, int], second: tuple[int, int]) -> Flag:
        a, b = reprint[mine[first[0]][1]:mine[first[1] - 1][2]], reprint[mine[second[0]][1]:mine[second[1] - 1][2]]
        return Flag("inverted", "critical", f"the roles are turned round: '{a}' and '{b}' changed places",
                    "direction", {"span": [mine[first[0]][1], mine[second[1] - 1][2]], "original": f"{b} ... {a}",
                                  "reprint": f"{a} ... {b}"})

    # the whole change is two phrases that changed places, the words between them kept
    head = next((i for i, (x, y) in enumerate(zip(theirs, ours)) if x != y), None)
    if head is not None and len(theirs) == len(ours):
        tail = next(i for i, (x, y) in enumerate(zip(reversed(theirs), reversed(ours))) if x != y)
        middle_theirs, middle_ours = theirs[head:len(theirs) - tail], ours[head:len(ours) - tail]
        n = len(middle_ours)
        for p in range(1, min(SETTINGS.role_words, n) + 1):
            for q in range(1, min(SETTINGS.role_words, n - p) + 1):
                if middle_ours[:q] == middle_theirs[n - q:] and middle_ours[n - p:] == middle_theirs[:p] \
                        and middle_ours[q:n - p] == middle_theirs[p:n - q] and apart(head + q, head + n - p) \
                        and role(head, head + q) and role(head + n - p, head + n) \
                        and not (figure(head, head + q) and figure(head + n - p, head + n)):
                    return [exchange((head, head + q), (head + n - p, head + n))]
    # or one word exchanged for another, whatever else changed elsewhere
    kept = sum(a2 - a1 for tag, a1, a2, _, _ in ops if tag == "equal")
    if kept < max(len(theirs), len(ours)) * SETTINGS.exchange_kept:
        return []
    single = [(theirs[a1], b1) for tag, a1, a2, b1, b2 in ops if tag == "replace" and a2 - a1 == 1 and b2 - b1 == 1]
    for k, (gone, at) in enumerate(single):
        for gone_2, at_2 in single[k + 1:]:
            if gone_2 == ours[at] and ours[at_2] == gone and role(at, at + 1) and role(at_2, at_2 + 1) \
                    and apart(at + 1, at_2) and unchanged(at + 1, at_2):
                return [exchange((at, at + 1), (at_2, at_2 + 1))]
    for gone, at in single:
        sides = gone in ("for", "against") and ours[at] in OPPOSITE_DIRECTIONS[gone] and at > 0 \
            and bool(_TAKING_SIDES.match(ours[at - 1]))
        # the words before it kept as far as a verb's object reaches, or the three on each side
        # ("to evacuate residents from low-lying villages in" / "to low-lying villages in": the
        # subject restyled)
        framed = unchanged(max(0, at - SETTINGS.object_gap), at) or (
            at >= SETTINGS.frame_words and at + SETTINGS.frame_words < len(ours)
            and unchanged(at - SETTINGS.frame_words, at) and unchanged(at + 1, at + 1 + SETTINGS.frame_words))
        if (ours[at] in _MOVED.get(gone, ()) or sides) and at > 0 and ours[at - 1] not in _SAME_EITHER_WAY \
                and framed:
            before = mine[at - 1][0]
            return [Flag("inverted", "critical",
                         f"the direction is turned round: '{before} {gone}' in the original, '{before} {mine[at][0]}' "
                         "here", "direction", {"span": [mine[at - 1][1], mine[at][2]], "original": f"{before} {gone}",
                                              "reprint": f"{before} {mine[at][0]}"})]
    return []


def taken_to_flags(sentence: str, analysis: Analysis | None) -> list[Flag]:
    """A verb of taking with "to" another country than the one that takes."""
    if analysis is None:
        return []
    places = [e for e in analysis.entities if e.label in _PLACES]
    flags = []
    words = _words(sentence)
    for i, (word, start, _) in enumerate(words):
        if not _TAKING.match(word) or word[:1].isupper():
            continue
        taker = [e for e in places if e.end <= start and len(_words(sentence[e.end:start])) <= SETTINGS.verb_gap]
        if not taker:
            continue
        after = words[i + 1:i + 1 + SETTINGS.object_gap]
        to = next((k for k, (w, _, _) in enumerate(after) if w.lower() in ("to", "into")), None)
        if to is None:
            continue
        # the "to" must be the taking verb's: no other verb or clause between them ("seized the
        # ships and handed them to Ukraine")
        between = (after[0][1], after[to][1])
        other_word = any(t.tag not in _TAKEN_THING for t in analysis.tokens if between[0] <= t.start < between[1])
        if other_word or (to > 0 and after[to - 1][0].lower() in _NOT_TAKING_TO):
            continue
        receiver = [e for e in places if e.start >= after[to][2] and
                    len(_words(sentence[after[to][2]:e.start])) <= 1]
        if receiver and not _same_place(taker[-1].text, receiver[0].text):
            span = [start, receiver[0].end]
            flags.append(Flag("inverted", "major",
                              f"'{word} ... {after[to][0]} {receiver[0].text}' reads backwards: what "
                              f"{taker[-1].text} takes it takes from {receiver[0].text}, not to it", "taken-to",
                              {"span": span, "taker": taker[-1].text, "from": receiver[0].text, "verb": word}))
    return flags
