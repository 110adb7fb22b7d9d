"""Where a reprint sentence's wording departs from its original's, in words an editor reads:
"'wholesale' became 'sweeping'". For checks whose evidence is a model's reading of the whole
pair (the contradiction model), so the editor is pointed at the words."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from ..words import ORGANISATION_WORDS, SAYING, american_spelling, find_words


def changed_words(original: str, reprint: str, most: int = 3, longest: int = 4) -> list[tuple[str, str]]:
    """Where a reprint's words differ from its original's, as written on each side ("wholesale",
    "sweeping"; a side with nothing there is ""), in order; none when there are more than
    ``most`` places or one holds more than ``longest`` words a side: the wording then differs
    throughout, and no one place says what changed. Case, punctuation and spelling aside."""
    original_words = list(find_words(original, hyphens=True))
    reprint_words = list(find_words(reprint, hyphens=True))
    matcher = difflib.SequenceMatcher(None, [american_spelling(m.group().lower()) for m in original_words],
                                      [american_spelling(m.group().lower()) for m in reprint_words], autojunk=False)
    places = [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
    if not places or len(places) > most or any(max(i2 - i1, j2 - j1) > longest for i1, i2, j1, j2 in places):
        return []
    return [(original[original_words[i1].start():original_words[i2 - 1].end()] if i2 > i1 else "",
             reprint[reprint_words[j1].start():reprint_words[j2 - 1].end()] if j2 > j1 else "")
            for i1, i2, j1, j2 in places]


def said_changed(changes: list[tuple[str, str]]) -> str:
    """The places of :func:`changed_words` in words: "'wholesale' became 'sweeping'"."""
    return "; ".join(f"'{old}' became '{new}'" if old and new else
                     f"'{old}' was left out" if old else f"'{new}' was added" for old, new in changes)


def where_changed(original: str | None, reprint: str) -> tuple[str, dict[str, Any]]:
    """For a flag's message and evidence: " where 'wholesale' became 'sweeping'" and
    {"changes": [["wholesale", "sweeping"]]}, or nothing when no few places say what changed."""
    changes = changed_words(original, reprint) if original is not None else []
    if not changes:
        return "", {}
    return f" where {said_changed(changes)}", {"changes": [list(c) for c in changes]}



#: Pronouns that stand for a person (or a body of people) named elsewhere in the story.
_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})


def _referring(words: str) -> str | None:
    """What kind of words name a person: "pronoun" ("she"), "name" ("Dr Fairbrother", "Lady
    Justice Anand"), "role" ("the judge", "the union's leader"); None for anything else."""
    parts = [p[:-2] if p.endswith(("'s", "’s")) else p for p in words.split()]
    if not parts:
        return None
    if len(parts) == 1 and parts[0].lower() in _PERSONAL:
        return "pronoun"
    if len(parts) <= 4 and all(p[:1].isupper() for p in parts):
        return "name"
    if 2 <= len(parts) <= 3 and parts[0].lower() == "the" and all(p.isalpha() and p.islower() for p in parts[1:]):
        return "role"
    return None


def persons_referred_to_otherwise(original: str, reprint: str) -> bool:
    """Whether the pair differs only where one side names a person and the other refers to them
    in other words: "..., Dr Fairbrother said" / "..., she said", "she wrote" / "the judge
    wrote". The story says who the pronoun is; the contradiction model, reading the pair alone,
    takes it for someone else. A name for another name, a role for another role, "he" for "she",
    or a name where the original has a pronoun or a role ("She said" / "Henning said": the pair
    cannot say whether she is Henning) is a change."""
    changes = changed_words(original, reprint)
    if not changes:
        return False
    gone = {old.lower() for old, _ in changes}
    for old, new in changes:
        was, now = _referring(old), _referring(new)
        if None in (was, now) or was == now or new.lower() in gone or not _same_gender(old, new):
            return False  # (a word that took another's place: "Mr Smith ..., the judge" / "The judge ..., he")
        if now == "name":
            return False  # a name where the original says "she": who she is, the pair alone cannot tell
    return True


#: Courtesy titles and pronouns of one gender.
_HIS = frozenset({"mr", "sir", "he", "him", "his"})
_HERS = frozenset({"mrs", "ms", "miss", "dame", "she", "her", "hers"})


def _same_gender(old: str, new: str) -> bool:
    """Whether nothing says two ways of naming a person name people of two genders ("Ms Lee" /
    "him")."""
    said = [{w.lower().rstrip(".") for w in side.split()} for side in (old, new)]
    return not (said[0] & _HIS and said[1] & _HERS or said[0] & _HERS and said[1] & _HIS)


#: A sentence that is a quotation and nothing else.
_QUOTE_GOING_ON = re.compile(r"[\"“][^\"“”]+[.!?][\"”]")
#: How far back in the original story the person a pronoun stands for is looked for (characters).
_ANTECEDENT_REACH = 600
#: A person named in a story: a courtesy title and a name (each of its words, "Ms Annet
#: Kabasinguzi", up to a possessive: "Ms Ardern's Labour Party" names Ardern), or a run of
#: capitalised words (of which one that holds a word of an organisation's name names none:
#: "Severnmouth District Council"; a full stop only after an initial, "George W. Bush", so that no
#: run crosses a sentence).
_PERSON = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Miss|Prof)\.?\s+((?:[A-Z][\w-]+\s+)*[A-Z][\w'’-]+)"
                     r"|((?:[A-Z][a-zà-öø-ÿ]+\s+|[A-Z]\.\s+)+[A-Z][\w'’-]+))")


def _antecedent(original: str, story: Sequence[str]) -> set[str] | None:
    """The names (each word) of the last person the story names before ``original`` (within
    ``_ANTECEDENT_REACH``), or None where the story does not hold ``original`` or names no one."""
    text = "\n\n".join(story)  # (the person may be named in a paragraph before)
    at = text.find(original[:60])
    if at < 0:
        return None
    before = text[max(0, at - _ANTECEDENT_REACH):at]
    named = [(m.group(1) or m.group(2)).split() for m in _PERSON.finditer(before)
             if not {w.lower().rstrip(".") for w in (m.group(1) or m.group(2)).split()} & ORGANISATION_WORDS]
    return {_bare(word) for word in named[-1]} if named else None


def _bare(word: str) -> str:
    """A name without its possessive ending ("Kowalski's" -> "Kowalski")."""
    return re.sub(r"['’]s$", "", word)


def _without_saying(words: str) -> str:
    """A change's words without a verb of saying ("she said" / "Okonkwo-Bello stated"): who said
    it is the change."""
    return " ".join(w for w in words.split() if w.lower() not in SAYING)


def pronoun_resolved(original: str, reprint: str, story: Sequence[str]) -> bool:
    """Whether the pair differs only where the reprint names the person its original calls "she"
    or "the minister", as the story names them: the last person named before the original
    sentence in ``story`` (the originals' texts) is the one the reprint names, by any of the names
    the story gives them ("... Amy Kowalski said. She added ..." / "Kowalski added ...", "Captain
    Rosli Harun ... he said" / "said Capt Rosli"; not "Henning added ..."), a verb of saying
    changed with it ("she said" / "Okonkwo-Bello stated")."""
    changes = changed_words(original, reprint)
    if not changes:
        return False
    if len(changes) == 2 and all(not (old and new) for old, new in changes) and all(
            any(side) for side in zip(*changes)):
        # the attribution turned round: "..., he said." / "..., said Capt Rosli."
        changes = [("".join(old for old, _ in changes), "".join(new for _, new in changes))]
    theirs = _antecedent(original, story)
    if theirs is None:
        return False
    for old, new in changes:
        old, new = _without_saying(old), _without_saying(new)
        if _referring(old) not in ("pronoun", "role") or _referring(new) != "name" or not _same_gender(old, new):
            return False
        if _bare(new.split()[-1]) not in theirs:
            return False
    return True


#: Nouns of nationality that stand for a person named before ("the Dutchman", "the Swede"), with
#: the start of the adjective the story gives the person ("Dutch", "Swedish").
_NATIONALITY_NOUN = re.compile(r"^(?:([A-Z][a-z]+)(?:man|woman)|(Swed)e|(Dan)e|(Brit)on|(Scot)|(Finn)|(Pol)e|(Turk)|"
                               r"(Czech)|([A-Z][a-z]+i)an|([A-Z][a-z]+)(?:ian|ean|ese|i))$")
#: Pronouns that stand for one person.
_ONE_PERSON = frozenset({"he", "she", "him", "her", "his"})


def refers_to_the_person(original: str, lost: Sequence[str], new: Sequence[str], story: Sequence[str]) -> bool:
    """Whether the names a reprint gives where its original has none but "he" or "she" (or is a
    quotation going on from the sentence before), or has a noun of nationality after "the" ("the
    Dutchman"), are the person the original means, as the
    story names them: the last person named before the original sentence ("Gráinne Lacey ... She
    said" / "Ms Lacey said"), or, for a nationality, a person the story gave it to shortly before
    ("Dutch rider Joris Vandemeulen ... The Dutchman" / "Vandemeulen")."""
    if not new or any(_referring(name) != "name" for name in new):
        return False
    nationalities = [_NATIONALITY_NOUN.match(name) for name in lost]
    if lost and not all(m is not None and re.search(rf"\bthe\s+{re.escape(name)}\b", original, re.IGNORECASE)
                        for m, name in zip(nationalities, lost)):
        return False  # ("Rossi" / "Marquez": a name for a name)
    if not lost and not _ONE_PERSON & {w.lower() for w in re.findall(r"[\w']+", original)} \
            and not _QUOTE_GOING_ON.fullmatch(original.strip()):
        # (a name where the original names no one at all is a name added; but a quote that goes
        # on from the sentence before is its speaker's: '"... in large vehicles."' / '"...," Dr
        # Al Suwaidi added.')
        return False
    text = "\n\n".join(story)
    at = text.find(original[:60])
    if at < 0:
        return False
    before = text[max(0, at - _ANTECEDENT_REACH):at]
    for name in new:
        last = re.escape(_bare(name.split()[-1]))
        if lost:
            stems = [re.escape(next(g for g in m.groups() if g)) for m in nationalities if m is not None]
            if not any(re.search(rf"\b{stem}\w*\s+(?:[\w'’-]+\s+){{0,3}}?{last}\b", before) for stem in stems):
                return False
        elif _QUOTE_GOING_ON.fullmatch(original.strip()):
            # the speaker of the sentence before, not the last person it names ('"...," said
            # Raila Odinga, who lost to William Ruto. "The vote was stolen."')
            speakers = list(_SPEAKER.finditer(before))
            if not speakers or not re.search(rf"\b{last}\b", speakers[-1].group()):
                return False
        else:
            theirs = _antecedent(original, story)
            if theirs is None or _bare(name.split()[-1]) not in theirs or not _same_gender(original, name):
                return False
    return True


#: Who says so: a verb of saying and the name after it, or a name (and what they are, between
#: commas) and the verb after it.
_SAYING = r"(?:said|says|added|told|explained|warned)"
_SPEAKER = re.compile(rf"\b{_SAYING}\s+(?:[a-z]+\s+){{0,3}}?(?:(?:[A-Z][\w.'’-]*\s+){{0,4}}[A-Z][\w'’-]+)"
                      rf"|(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+(?:,[^,.\"“”]{{1,60}},)?\s+{_SAYING}\b")

