"""How a claim is reported: a reprint that states as fact what its original reports as a claim
(an allegation word or who says so dropped, what may happen made certain, a condition or an
exception dropped), or that turns what must happen into what may. The findings are
``fact-hedge`` changes; :mod:`.facts` words them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..frequency import english_zipf
from ..thesaurus import PARTS, synonyms
from ..words import AUXILIARIES, NUMBER_WORDS, SAYING, negations_spelled_out
from .quoting import quoted_spans
from .units import UNITS_OF_TIME


@dataclass(frozen=True)
class Settings:
    """When a condition, an exception or a limit of the original counts as dropped."""

    dropped_share: float = 0.5
    """At least this share of its words of substance is missing from the reprint ..."""
    short_clause: int = 2
    """... or it has at most this many ("if approved"): then its opening word alone decides."""
    whether_reach: int = 30
    """Characters before an "if" where a verb of asking or knowing makes it "whether"."""
    around: int = 1
    """The nearest words of substance either side of a dropped clause, this many each way, say which
    sentence of a reprint that split the original's sentence dropped it."""
    around_zipf: float = 5.5
    """... words less common in English than this (Zipf): "must", "have" and "said" tell no part."""
    excepted_share: float = 0.5
    """A reprint sentence drops an exception where it tells at least this share of the words of
    substance of the clause the exception qualifies, or no smaller a share of them than of another
    clause of the original (else it tells that other clause)."""
    limit_words: int = 2
    """A limit is read this many words past its opening words ("classed as urgent", "aged 65"):
    what follows is the claim it limits."""
    narrowing_context: int = 2
    """Words that narrow a claim ("part of", "former") are left out of their place where this many
    words either side of them stand together in the reprint ("exempt from part of the cut" /
    "exempt from the cut") ..."""
    narrowing_opening: int = 3
    """... or, where they open the sentence, this many words after them open the reprint's."""
    kind_bound_words: int = 4
    """A bound of what is the first or the most of its kind is read this many words past its
    preposition ("since 2011", "against Estonian state systems")."""


SETTINGS = Settings()

#: Words that report a claim without making it: dropped, the claim reads as a fact.
_HEDGE = re.compile(r"\b(?:alleged|allegedly|suspected|purported|purportedly|reportedly|supposedly|presumed)\b"
                    r"(?:\s+([\w-]+))?", re.IGNORECASE)
#: Other ways a reprint can report a claim without making it ("are believed to", "according to"; not
#: "reported to the government", "said to reporters").
_REPORTED = re.compile(r"\b(?:(?:believed|said|thought|reported|claimed|understood|rumou?red|expected|accused|"
                       r"suspected|appears?|seems?) (?:to(?! (?:the|a|an|its|his|her|their|our|police|reporters|"
                       r"journalists|authorities|officials)\b)(?-i:(?! [A-Z]))|of)|"
                       r"(?:accused|suspected)(?: [\w'’-]+){1,4}? of|"
                       r"according to|apparently|allegations?|claims?|"
                       r"alleg(?:ing|es?)(?= (?:that|it|he|she|they|the)\b))\b",
                       re.IGNORECASE)
#: Verbs that name who reports a claim ("newspapers reported that").
_REPORTED_BY = re.compile(r"\b(?:reported|reports|report|according to|said|says|told)\b", re.IGNORECASE)
#: Who says so, where a sentence begins or ends with it: "According to police, ...", "...,
#: according to the report.", "..., police said on Monday.", "Police said the man ...",
#: "Investigators believe a gang ...", "The community alleges that ...".
_ATTRIBUTION = re.compile(
    r"^\W*(?P<first>according to [^,;]+)"
    r"|,\s*(?P<last>according to [^,;]+?)\W*$"
    r"|,[\"”’']?\s*(?P<end>(?:[\w.'’-]+\s+){1,5}(?:said|says|told [\w.'’-]+)|(?:said|says)(?:\s+[\w.'’-]+){1,5}?)"
    r"(?:\s+(?:on|in|at|late|early)\s[\w\s]{0,25})?\W*$"
    r"|^\W*(?P<start>(?:(?!who\b|which\b|that\b)[\w.'’-]+\s+){1,6}(?:said|says|believes?(?!\s+in\b)|"
    r"(?:alleges?|alleged|contends?|contended)(?=\s+that\b)))"
    r"\s+(?:that\s+|on \w+\s+)?(?=[a-z])",
    re.IGNORECASE)
#: What a speaker says they will do, or have set in motion ("The company said it will close the
#: plant", "The board said it had opened an inquiry"): their own act, which a reprint may state as
#: theirs without who says so ("The company will close the plant"); not what they say they did
#: otherwise ("said it had done nothing wrong", "had killed 40 militants").
_OWN_PLAN = re.compile(r"(it|they|we)\s+(?:(?:will|would|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to"
                       r"|is\s+to|was\s+to|are\s+to|were\s+to)\s+(?!not\b|never\b|be\b|no\b|nothing\b)"
                       r"|(?:had|has|have)\s+(?:opened|launched|filed|lodged|submitted|started|begun|suspended|"
                       r"appointed|hired|recalled|contacted|notified|informed|referred|asked|called)\b)",
                       re.IGNORECASE)
#: An attribution by a verb of saying ("the company said", "according to police"): who said what
#: is reported, and the story's other sentences may say it; not where the sentence tells a belief
#: ("investigators believe", "police said they believe").
_BY_SAYING = re.compile(r"\b(?:said|says|told)\b|^according to\b", re.IGNORECASE)
_BELIEF = re.compile(r"\b(?:believes?|believed|suspects?|suspected|thinks?|fears?|alleges?|alleged|claims?|"
                     r"claimed)\b", re.IGNORECASE)
#: Any way a reprint may say who says so, or that someone does: with one of these, the claim is
#: still reported ("Statistics show", "It is understood that", "Smith: 'We ...'").
_SOURCED = re.compile(
    r"\b(?:according|accordance|said|says|say|saying|told|tell|tells|stated|states|added|adds|noted|notes|"
    r"announced|announces|announce|announcement|reported|reports|report|claimed|claims|claim|insisted|insists|"
    r"explained|explains|quoted|quoting|cited|citing|cites|confirmed|confirms|revealed|reveals|disclosed|warned|"
    r"warns|argued|argues|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|points? out|pointed out|wrote|writes|"
    r"written|believes?|believed|suspects?|suspected|considers?|convinced|accused|accuses|alleges?|alleged|contends?|contended|statement|spokes(?:man|woman|person)|introduced|indicated|indicates|mentioned|"
    r"remarked|commented|acknowledged|acknowledges|admitted|asserted|declared|suggested|suggests|predicted|"
    r"(?<!\ban\s)(?<!\bthe\s)estimated|estimates|reportedly|allegedly|shows?|showed|shown|data|figures|survey|study|expressed|"
    r"expresses|informed|under|based on|per(?! cent)|sources?|reckon(?:s|ed)?|thinks?|thought|felt|feels|hopes?|hoped|"
    r"expect|expects|urged|urges|called|calls|asked|asks|demanded|replied|responded|answered|agreed|denied|recalled|described|"
    r"describes|concluded|found|finds|learned|learnt|heard|seen|interview|press|conference|briefing|news|"
    r"understood|analy[sz]ed|analy[sz]is|observed|observes|maintained|maintains|contended|contends|affirmed|"
    r"affirms|averred|avers|specified|conveyed|voiced|highlighted|underlined|underscored|reiterated|recounted|"
    r"opined|proclaimed|testified|posted|tweeted|vowed|pledged|promised|projected|forecast|assured|continued|"
    r"countered|retorted|conceded|hinted|signall?ed|reads?|communicated|relayed|rul(?:e|es|ed|ing) out)\b"
    r"|:\s*[\"“]", re.IGNORECASE)
#: Modals of what must happen, and of what may, before the words they govern (in lower case:
#: "May" is a month).
_MUST_MAY = re.compile(r"\b(must|may|might|could|can)\s+((?:not\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?)")
_OBLIGED = frozenset({"must"})
#: Modals of what may happen, and of what will.
_POSSIBLE = re.compile(r"\b(?:may|might|could)\b")
_CERTAIN = re.compile(r"\b(?:will|shall)\b|\w'll\b", re.IGNORECASE)
#: Leave given after "will": what "may" also says ("only permit holders may park" / "will be allowed
#: to park").
_PERMITTED = re.compile(r"\s+(?:only\s+)?be\s+(?:allowed|permitted|entitled)\s+to\b", re.IGNORECASE)
#: ... and "would" in reported speech, which tells what someone said will happen ("said students
#: would be offered places"), where the original says it may ("may", "might": "could" is also
#: what one was able to do).
_MAY = re.compile(r"\b(?:may|might)(?: (?:still|also|even|well|only|now|soon|yet))?((?: [a-z]+){1,2})")
_REPORTED_WOULD = re.compile(r"\b(?:" + "|".join(sorted(SAYING - {"according"})) + r"|announced|confirmed|promised|"
                             r"insisted|stated)\b[^.;]*?\bwould(?: (?:still|also|even|well|only|now|soon|yet))?"
                             r"((?: [a-z]+){1,2})", re.IGNORECASE)
#: A decision still weighed ("is considering cutting"), and what will be done: "will cut" states
#: the decision made, "will consider" or "'ll decide soon" does not.
_WEIGHED = re.compile(r"\b(?:is|are|was|were) (?:considering|weighing|mulling|exploring)\b", re.IGNORECASE)
_DECIDED = re.compile(r"(?:\bwill|\bshall|\w'll) ([a-z]+)\b", re.IGNORECASE)
#: What someone hopes or aims to do ("hoped to reopen a lane"), and the same verb told as what
#: will be done ("will reopen a lane", "will have a lane reopened"): a hope made a certainty.
_HOPED = re.compile(r"\b(?:hopes?|hoped|hoping|aims?|aimed|aiming) to ([a-z]+)\b", re.IGNORECASE)
_WEIGHING = frozenset({"consider", "weigh", "mull", "explore", "study", "decide", "look", "review", "examine",
                       "discuss", "assess", "evaluate", "be", "have", "not"})
#: The verbs before which "likely" says how likely what follows is ("was likely much higher",
#: "will likely start"; not "Delays are likely.", "is likely in June")
_LIKELY_AFTER = ("is", "are", "was", "were", "will", "would", "has", "have", "had", "be")
#: Words that say a claim is only possible or likely ("It is possible that people walk less", "was
#: likely much higher"):
#: dropped, the claim reads as a fact ...
#: ("perhaps 200 people" is a figure told roughly: the figure checks' business)
_HEDGED = re.compile(r"\b(?:it is (?:possible|likely|probable|conceivable) that|(?:possibly|perhaps|probably|maybe"
                     r"|(?:" + "|".join(rf"(?<=\b{verb} )" for verb in _LIKELY_AFTER) + r")likely"
                     r"(?! (?:to|in|on|at|for|by|after|before|if|than|this|next|soon)\b)(?=\s+[a-z]))"
                     r"(?!\s+(?:as many as\s+|up to\s+)?\d))\b", re.IGNORECASE)
#: ... unless the reprint hedges it in any other way (the modals in lower case: "May" is a month),
#: outside a relative clause set off by commas.
_ASIDE = re.compile(r",\s*(?:which|who|whose|where|when)\b[^,]*,")
_HEDGED_OTHERWISE = re.compile(r"\b(?:may|might|could|can|would)\b|(?i:\b(?:potential|potentially|likely|possible|"
                               r"possibility|probable|unclear|uncertain|suggests?|suggested|appears?|appeared|seems?|"
                               r"seemed|arguably|presumably|in all likelihood|if|whether|"
                               r"believes?|believed|suspects?|suspected|expects?|expected|forecasts?|forecast|"
                               r"predicts?|predicted|set to|in line to|on the cards)\b)")


#: What may be so, before its verb: "may be more transmissible", "appears to slow", "are thought
#: to have crossed" ("could not attend" says what was not done, not what may be) ...
_MAYBE = re.compile(r"\b([\w'’-]+) (?:(?:may|might)(?: not)?(?: well)?|(?:appears?|appeared|seems?|seemed) to"
                    r"|(?:is|are|was|were)(?: not)? (?:thought|believed|said|understood|reported) to)"
                    r"(?: have)?(?: (?:only|just|also|still|even|already|not))? ([a-z]+)\b")
#: ... or after what it is said of ("a vehicle believed to have been used in the robbery") ...
_MAYBE_AFTER = re.compile(r"\b([a-z]+) (?:believed|thought|said|understood|reported|suspected) to (?:have been|be) "
                          r"([a-z]+)\b")
#: ... and stated as so in the verb's own form, right after the same word ("The variant may be
#: more transmissible" / "The variant is more transmissible").
_BE_FORMS = frozenset({"is", "are", "was", "were"})
#: Words that say a claim is only likely, in the reprint: the claim is still hedged.
_STILL_HEDGED = re.compile(r"\b(?:apparently|seemingly|reportedly|allegedly|possibly|possible|potential|potentially|"
                           r"perhaps|probably|maybe|likely|"
                           r"may|might|could|appears?|seems?|thinks?|thought|believes?|believed|suspects?|expected)\b",
                           re.IGNORECASE)
#: What may happen ("could cost", "may lead"), stated as done ("has cost"); not what one could
#: perceive ("Residents could hear gunfire" tells what they heard) ...
_MAY_HAPPEN = re.compile(r"\b([\w'’-]+) (?:could|may|might) (?:(?:even|also|still|well|only|just|already|soon|"
                         r"yet|really|actually|never|ever|eventually) )?(?!not\b|have\b|be\b|(?:hear|see|feel|"
                         r"smell|watch|understand|remember|tell)\b)([a-z]+)\b")
#: What is expected to happen ("is expected to announce"), stated as what will ("will announce",
#: "were likely to close" / "would close"), and what is not ("are not expected to fall" / "will not fall").
_EXPECTED = re.compile(r"\b([\w'’-]+) (?:is|are|was|were)( not)? (?:expected|likely) to ([a-z]+)\b")
#: ... and what someone expects of something ("the ministry expects arrivals to return" / "arrivals
#: will return"): the word before the verb, whether it is negated, and the verb.
_EXPECTS_OF = re.compile(r"\b(?:expects?|expected|predicts?|predicted|anticipates?|anticipated|forecasts?|"
                         r"projects?|projected) (?:(?!to\b)[\w'’-]+ ){0,3}?((?!to\b)[\w'’-]+)( not)? to "
                         r"((?-i:[a-z]+))\b",
                         re.IGNORECASE)
#: What one hopes will happen ("Officials hope the hospital will cut"), and the words that keep it
#: a hope or a plan.
_HOPE_THAT = re.compile(r"\b(?:hopes?|hoped|hoping)\s+(?:that\s+)?((?:[\w'’-]+\s+){1,8}?)(?:will|would|'ll)\s+[a-z]+")
#: Words before "hope" that make it a noun ("little hope that").
_HOPE_NOUN = re.compile(r"\b(?:no|little|any|the|a|much|faint|slim|every|high|great|new|fresh|real)\s+$",
                        re.IGNORECASE)
_HOPING = re.compile(r"\b(?:hopes?|hoped|hoping|hopeful|optimistic|aims?|aimed|aiming|wish(?:es|ed)?|wants?|wanted|"
                     r"plans?|planned|expects?|expected|expecting|intends?|intended|target(?:s|ed)?|counting on)\b",
                     re.IGNORECASE)
#: What is to happen, after the word before it ("the ministry would provide") ...
_FIRM = re.compile(r"\b([\w'’-]+) (will|would|shall) ([a-z]+)\b")
#: ... and what only may ("the ministry might provide").
_FIRM_MAYBE = re.compile(r"\b([\w'’-]+) (may|might|could) ([a-z]+)\b")
#: What may happen, its verb after it ("could be added", "was likely to spread", "is expected to
#: be signed") ...
_HEDGED_VERB = re.compile(r"\b(?:(?:may|might|could)(?:\s+(?:still|also|well|even))?|(?:likely|expected|possible)\s+to)"
                          r"\s+((?:be\s+|have\s+)?[a-z]+)", re.IGNORECASE)
#: ... and made certain in so many words ("would definitely be added", "was certain to spread").
_MADE_SURE = re.compile(r"\b(?:(?:will|would|shall)\s+(?:definitely|certainly|surely|undoubtedly|assuredly)|"
                        r"(?:is|are|was|were)\s+(?:certain|sure|bound)\s+to)\s+((?:be\s+|have\s+)?[a-z]+)",
                        re.IGNORECASE)
#: Verbs that make what follows a forecast ("Economists expect rates will rise").
_FORECAST = re.compile(r"\b(?:expects?|expected|predicts?|predicted|forecasts?|forecast|anticipates?|anticipated|"
                       r"projects?|projected)\b", re.IGNORECASE)
#: Who says so, told inside a relative clause ("the founder, who prosecutors say hid losses"):
#: dropped ("the founder, who hid losses"), the claim reads as a fact.
_SAID_WITHIN = re.compile(r"\b(who|whom|which|that)\s+((?:[\w.'’-]+\s+){1,4}?(?:say|says|said|allege|alleges|alleged|"
                          r"claim|claims|claimed|believe|believes|believed|suspect|suspects|suspected))\s+([a-z]+)\b")
#: Verbs that say what evidence points to, and those that say what it proves: "results suggest"
#: / "results show" makes a pointer a proof.
_POINTS_TO = re.compile(r"\b([\w'’-]+) (?:(?:may|might|could) )?(?:suggests?|suggested|indicates?|indicated)\b",
                        re.IGNORECASE)
_PROVES = frozenset({"show", "shows", "showed", "shown", "prove", "proves", "proved", "proven", "confirm", "confirms",
                     "confirmed"})


#: The past forms of common irregular verbs of news copy ("could lead" / "has led").
_IRREGULAR_PAST = {"lead": ("led",), "rise": ("rose", "risen"), "fall": ("fell", "fallen"), "lose": ("lost",),
                   "grow": ("grew", "grown"), "take": ("took", "taken"), "make": ("made",), "cut": ("cut",),
                   "hit": ("hit",), "spread": ("spread",), "bring": ("brought",), "drive": ("drove", "driven"),
                   "leave": ("left",), "send": ("sent",), "spend": ("spent",), "build": ("built",),
                   "keep": ("kept",), "hold": ("held",), "sell": ("sold",), "pay": ("paid",), "win": ("won",),
                   "begin": ("began", "begun"), "go": ("went", "gone"), "come": ("came",), "give": ("gave", "given"),
                   "become": ("became",), "run": ("ran",), "shut": ("shut",), "put": ("put",), "set": ("set",),
                   "cost": ("cost",), "break": ("broke", "broken"), "sink": ("sank", "sunk"), "strike": ("struck",)}


def _verb_forms(verb: str) -> frozenset[str]:
    """The forms of a verb as a sentence states it ("slow": slow, slows, slowed; "lead": led;
    "be": is, are, was, were), for :func:`_stated`."""
    if verb == "be":
        return _BE_FORMS
    stems = {verb[:-1]} if verb.endswith("e") else {verb}
    if verb.endswith("y"):
        stems.add(verb[:-1] + "i")
    return frozenset({verb, *_IRREGULAR_PAST.get(verb, ())} | {f"{stem}{ending}" for stem in stems
                                                              for ending in ("s", "es", "ed", "d")})


def _hedges(text: str) -> int:
    """How many words of a text say that a claim is only likely."""
    return sum(len(pattern.findall(text)) for pattern in (_STILL_HEDGED, _HEDGE, _HEDGED))


def _stated(original: str, reprint: str) -> dict[str, Any] | None:
    """What the original says may be so ("The variant may be more transmissible", "The drug
    appears to slow", "The men are thought to have crossed", "Results suggest") that the reprint
    states as so, in the verb's own form right after the same word ("The variant is more
    transmissible", "The drug slows", "The men crossed", "Results show"), hedging it no other way
    and naming no new source for it ("..., the newspaper reported")."""
    original, reprint = negations_spelled_out(original), negations_spelled_out(reprint)
    kept = _hedges(_ASIDE.sub(",", reprint))
    if kept and kept >= _hedges(original):
        return None  # hedged as often as the original ("appear to have come ..., which shows" drops one)
    pairs = [(a.lower(), b.lower()) for a, b in re.findall(r"([\w'’-]+) (?=([a-z]+)\b)", reprint)]
    sources = len(_SOURCED.findall(reprint))
    for m in _MAYBE.finditer(original):
        before, verb = m.group(1).lower(), m.group(2).lower()
        if sources > len(_SOURCED.findall(original[:m.start()] + original[m.end():])):
            continue  # who says so, named in its place: the claim is still reported
        # "is believed to have been caused" / "was caused"
        stated = next((b for a, b in pairs if a == before and b in _verb_forms("be" if verb == "been" else verb)),
                      None)
        if stated is None and verb in ("be", "been"):  # "It may be ordered to pay" / "It has been ordered to pay"
            done = re.search(rf"\b{re.escape(before)} ((?:has|have) been)\b", reprint, re.IGNORECASE)
            stated = done.group(1) if done is not None else None
        if stated is not None:
            return {"type": "hedge", "original": [m.group().split(" ", 1)[1]], "reprint": [stated],
                    "hedge": "possibility"}
    for m in _MAYBE_AFTER.finditer(original):
        # "a vehicle believed to have been used in" / "the vehicle (that was) used in"
        done = re.search(rf"\b{re.escape(m.group(1))} ((?:(?:that|which) (?:is|are|was|were|has been|had been) )?"
                         rf"{re.escape(m.group(2))})\b", reprint)
        if done is not None and sources <= len(_SOURCED.findall(original[:m.start()] + original[m.end():])):
            return {"type": "hedge", "original": [m.group().split(" ", 1)[1]], "reprint": [done.group(1)],
                    "hedge": "possibility"}

    def sourced_apart(text: str, span: tuple[int, int]) -> int:
        """Who says so in ``text`` outside ``span`` (the claim's own verb may be "announce")."""
        return len(_SOURCED.findall(text[:span[0]] + text[span[1]:]))

    # what may happen stated as done or as so ("could cost" / "has cost", "could harm" / "harms";
    # "Residents could hear" /
    # "Residents heard" tells what they were able to do), and what is expected to happen stated
    # as what will or did ("is expected to announce" / "will announce", "announced"; "the ministry
    # expects arrivals to return" / "arrivals will return"), right after
    # the same word, with no one named where the original names no one ("..., economists expect")
    # (stated in the present, "could harm" / "harms", only where the reprint makes it no condition:
    # "could face up to 12 years if convicted" / "faces up to 12 years if convicted")
    # (and "would" only where it is no condition's: "were likely to close" / "would close", not
    # "would close if the strike goes ahead")
    unconditional = _CONDITIONAL.search(reprint) is None
    present = "|{present}" if unconditional else ""
    would = "(?:will|would)" if unconditional else "will"
    for pattern, stated_as in ((_MAY_HAPPEN, "(?:has|have) (?:already )?(?:{forms})" + present),
                               (_EXPECTED, would + " {verb}|(?:(?:has|have) )?(?:{forms})"),
                               (_EXPECTS_OF, would + " {verb}|(?:(?:has|have) )?(?:{forms})")):
        expected = pattern is not _MAY_HAPPEN
        for m in pattern.finditer(original):
            verb = m.groups()[-1]
            # "are not expected to fall" / "will not fall"
            wont = "(?:won|wouldn)" if unconditional else "won"
            told = f"{would} not {{verb}}|{wont}[’']t {{verb}}" if expected and m.group(2) else stated_as
            stated = told.format(verb=re.escape(verb), forms="|".join(sorted(_verb_forms(verb))),
                                      present="|".join(sorted(f for f in _verb_forms(verb)
                                                              if f == verb or re.fullmatch(r"\w+[^e]s|\w+es", f)
                                                              and f not in _IRREGULAR_PAST.get(verb, ()))))
            done = re.search(rf"\b{re.escape(m.group(1))} ({stated})\b", reprint, re.IGNORECASE)
            if done is None and expected and not m.group(2):
                # after another word for the same thing ("The Toronto service is expected to
                # operate" / "The Toronto flight will operate"): the verb in the future, once, after
                # a word of the original's subject
                futures = list(re.finditer(rf"\b[\w'’-]+ ((?:will|would) {re.escape(verb)})\b", reprint,
                                           re.IGNORECASE)) if unconditional else []
                theirs = {w.lower() for w in _substance(original[:m.start(2) if m.group(2) else m.start(3)])}
                done = futures[0] if len(futures) == 1 and len(re.findall(
                    rf"\b{re.escape(verb)}\b", original, re.IGNORECASE)) == 1 and theirs & {
                    w.lower() for w in _substance(reprint[:futures[0].start(1)])} else None
            # what is expected stays a forecast where the reprint names someone who says so that the
            # original does not ("..., economists said"); not where the original names them too ("The
            # IMF said the board is expected to consider" / "The board will consider ..., the IMF
            # said"), nor what is likely ("is likely to miss the match, according to the medical
            # staff" / "will miss ..., according to the medical staff"); either stays one where the
            # reprint forecasts it ("Economists expect rates will rise")
            named = sourced_apart(reprint, done.span(1)) if done is not None else 0
            if done is not None and named <= sourced_apart(original, m.span()) \
                    and not (expected and _FORECAST.search(reprint)):
                said = m.group() if pattern is _EXPECTS_OF else m.group().split(" ", 1)[1]
                return {"type": "hedge", "original": [said], "reprint": [done.group(1)], "hedge": "possibility"}
    for m in _POINTS_TO.finditer(original):
        stated = next((b for a, b in pairs if a == m.group(1).lower() and b in _PROVES), None)
        if stated is not None:
            return {"type": "hedge", "original": [m.group().split(" ", 1)[1]], "reprint": [stated],
                    "hedge": "possibility"}
    return None


@lru_cache(maxsize=1)
def _said_otherwise() -> frozenset[str]:
    """The thesaurus neighbours of "say" and "said" in their forms ("aforementioned", "alleged",
    "pronounced", "ordered"): what a spinner puts for "said"."""
    words = {w.lower() for form in ("say", "said") for part in PARTS for w, _ in synonyms(form, part)}
    return frozenset(w + ending for w in words for ending in ("", "s", "d", "ed") if " " not in w)


def _in_verb_slot(said: str, rest: str, reprint: str) -> re.Match[str] | None:
    """Who says so in the reprint with another word where the original has "said", between the
    words the original has either side of it ("Guterres said that" / "Guterres aforementioned
    that", "said officials." / "aforementioned officials."): group 1 is that word."""
    words = said.split()
    first = words[0].lower() in ("said", "says")  # "..., said the spokesman."
    *who, verb = words[1:] + words[:1] if first else words
    if not who or verb.lower() not in ("said", "says"):
        return None
    who_said = r"\s+".join(map(re.escape, who))
    if first:
        found = re.search(rf"([^\W\d_]+)\s+{who_said}\W*$", reprint, re.IGNORECASE)
    else:
        following = re.match(r"\s*([^\W\d_]+)", rest)
        after = rf"\s+{re.escape(following.group(1))}\b" if following else r"\W*$"
        found = re.search(rf"\b{who_said}\s+([^\W\d_]+){after}", reprint, re.IGNORECASE)
    return found if found is not None and found.group(1).lower() != verb.lower() else None


#: Words that make what follows a condition of the claim ("if approved", "provided the runway
#: has passed an inspection", "but only once the exchange is complete", "..., subject to final
#: clearance", "..., pending approval", "..., pending the transfer of documents"; not "..., subject
#: to a 25 percent tariff") ...
_CONDITION = re.compile(r"\b(?:(?<!even )(?<!as )(?<!what )if(?! any\b| anything\b| ever\b| not\b| only\b| so\b)|"
                        r"unless|provid(?:ed|ing) that|(?<=, )provided(?= (?:the|a|an|it|they|he|she|we|you|all|no|"
                        r"there|its|their|his|her)\b)|on (?:the )?condition that|so long as|"
                        r"only (?:once|after|when)|contingent on|conditional on|"
                        r"(?<=, )(?:pending|subject to(?=(?:\s+[\w'’-]+){0,3}?\s+(?:approvals?|clearance|consent|"
                        r"ratification|confirmation|funding|financing|permission|permits?|licen[cs]es?|"
                        r"authori[sz]ation|sign-off|agreement)\b)))\b", re.IGNORECASE)
#: ... and words that keep a claim conditional in the reprint, in other words ("if funding is not
#: invested" / "without investment", "if approved" / "subject to approval", "once approved", "will
#: review the licence if no deal is reached" / "until 31 December to agree or face a review"), or
#: leave it open ("whether").
_CONDITIONAL = re.compile(_CONDITION.pattern + r"|\b(?:if|without|otherwise|barring|absent|should|provided|providing|"
                          r"subject to|once|assuming|as long as|in the event|in case|depending on|dependent on|"
                          r"whether|needs?|requires?|pending|awaiting|or (?:else|face|risk))\b", re.IGNORECASE)
#: An auxiliary, which a clause of condition after a bare "provided" has ("provided the aircraft
#: had been removed").
_AUXILIARY = re.compile(r"\b(?:" + "|".join(sorted(AUXILIARIES)) + r")\b", re.IGNORECASE)
#: ... but not "if" after a verb of asking or knowing, where it says "whether" ("asked if", "unclear if",
#: "would not say if"; "said if" and "said that if" give a condition).
_WHETHER_IF = re.compile(r"\b(?:ask|asks|asked|asking|see|seen|know|knew|knows|known|decide|decides|decided|"
                         r"deciding|wonder|wondered|check|checked|determine|determined|unclear|clear|sure|doubt|"
                         r"doubts|question|questioned|whether|consider|considering|assess|assessing|review|"
                         r"reviewing|examine|examining|establish|(?:not|n't|never|declined to|refused to|unable to)"
                         r"\s+(?:say|said|tell|told))(?: (?!that\b)[\w'’-]+){0,2} if\b", re.IGNORECASE)


#: Words that make an exception of what follows ("Schools across the province, except those in
#: the capital, will stay closed"), in the original and kept in the reprint.
_EXCEPTION = re.compile(r"\b(?:except(?: for)?|excepting|excluding|other than|with the exception of|save for|"
                        r"not including)\b", re.IGNORECASE)
#: ... and words that keep it in the reprint ("apart from" may also say "besides", so it makes
#: none of its own; "With the sole exception of 2020" keeps one).
_EXCEPTED = re.compile(_EXCEPTION.pattern + r"|\b(?:apart from|aside from|only|but|barring|not counting|"
                                             r"the (?:sole |only |single |one )?exception (?:of|being|was|is))\b",
                       re.IGNORECASE)


#: Words that limit what the claim covers, each with the words that keep a limit of its kind in the
#: reprint: a time limit ("within 10 days of the results"), an age ("people aged 65 and over"), a
#: class ("all defects classed as urgent"), and a period or place of sale or make ("models sold
#: between January 2023 and June 2025"). Dropped, the claim covers more than the original says.
_COUNT = r"(?:\d[\d,.]*|an?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_LIMITS = (
    (re.compile(r"\bwithin\s+(?:the\s+(?:(?:required|allotted|statutory|stipulated|permitted|allowed|agreed|"
                r"legal)\s+)?)?" + _COUNT + r"(?:[\s-]+" + _COUNT + r")?[\s-]+"
                + UNITS_OF_TIME + r"\b", re.IGNORECASE),
     re.compile(r"\b(?:within|deadline|" + UNITS_OF_TIME + r")\b", re.IGNORECASE)),
    # a group's ages ("aged 65 and over", "aged 18 to 24"), not people's own ("two men, aged 24 and 31")
    (re.compile(r"\baged\s+(?=under\b|over\b|between\b|from\b|up to\b|\d+\s*(?:-|–|to)\s*\d|\d+\s*(?:and|or)\s+"
                r"(?:over|under|older|younger|above|below)\b)", re.IGNORECASE),
     re.compile(r"\b(?:aged?|older|younger|elderly|pensioners?|children|over-\d+s?|under-\d+s?|year-olds?)\b",
                re.IGNORECASE)),
    (re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
                r"\b(?:classed|classified|rated|designated|deemed|graded|categori[sz]ed)\s+as\b", re.IGNORECASE),
     re.compile(r"\b(?:classed|classified|rated|designated|deemed|graded|categori[sz]ed|considered)\b",
                re.IGNORECASE)),
    (re.compile(r"\b(?:sold|made|built|bought|issued|produced|manufactured|registered|purchased|shipped|born)\s+"
                r"(?:between|before|after|since|from)\s+(?=\d|[A-Z])"),
     re.compile(r"\b(?:between|before|after|since|from|until|to)\s+(?:\d|[A-Z])")),
)


#: Words that narrow what a sentence says to a part of it, or to what was: dropped from their
#: place, with the words either side kept, the sentence says more than its original ("exempt from
#: part of the cut" / "exempt from the cut", "a former museum guard" / "a museum guard", "one of
#: the largest" / "the largest", "largely contained" / "contained", "a third of the clearing", "in
#: high-risk areas of the Peloponnese" / "in the Peloponnese"; not "coastal areas of Louisiana" /
#: "coastal Louisiana", where the word before it narrows and stays).
_NARROWING = re.compile(r"\b(?:(?:part|parts|some|most|many|several|one)\s+of|in\s+part(?!\s+of\b)|partly|partially|"
                        r"former(?!\s+(?-i:[A-Z]))|largely|mostly|mainly|chiefly|primarily|"
                        r"(?:(?:about|around|roughly|nearly|almost|more\s+than|less\s+than)\s+)?"
                        r"(?:an?|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?)\s+of|"
                        r"(?:\w+-\w+\s+|(?<=\bin )|(?<=\bacross )|(?<=\bto )|(?<=\bfrom )|(?<=\binto ))"
                        r"(?:areas|regions|pockets)\s+of(?=\s+(?:the\s+)?(?-i:[A-Z])))\b(?!-)"
                        r"(?!\s+an?\s+(?:million|billion|trillion|century|mile|point)\b)", re.IGNORECASE)
#: Words with which a reprint may say the same part in other words ("a share of", "ex-").
_STILL_NARROW = re.compile(r"\b(?:part|parts|partly|partial|partially|portion|share|some|most|many|several|few|"
                           r"majority|minority|half|fraction|among|former|formerly|ex|previously|once|then|retired|"
                           r"largely|mostly|mainly|chiefly|primarily|predominantly|nearly|almost|one|thirds?|"
                           r"quarters?|fifths?|areas|regions|pockets)\b",
                           re.IGNORECASE)


def _narrowing_dropped(original: str, reprint: str) -> str | None:
    """Words of the original that narrow what it says (:data:`_NARROWING`; "former" not before a
    name, "the former Soviet Union"), which the reprint leaves out of their place: the words either
    side of them (``narrowing_context`` each way, fewer at the sentence's end) stand together in
    the reprint (the first ``narrowing_opening`` after them, where they open the sentence, open the
    reprint's), and it narrows nothing in other words (no such word more often than the original).
    Returns the words, or None."""
    def narrow(text: str) -> Counter[str]:
        return Counter(m.group().lower() for m in _STILL_NARROW.finditer(text))

    original_narrow, reprint_narrow = narrow(original), narrow(reprint)
    if reprint_narrow - original_narrow:
        return None
    reach, opening = SETTINGS.narrowing_context, SETTINGS.narrowing_opening
    reprint_words = [w.lower() for w in re.findall(r"[\w'’-]+", reprint)]
    joined = " " + " ".join(reprint_words) + " "
    for m in _NARROWING.finditer(original):
        # the word that narrows: "in part": "part", "a third of": "third", "high-risk areas of": "areas"
        words = re.split(r"[\s-]+", m.group().lower())
        key = words[-1] if re.match(r"in\s", m.group().lower()) else words[-2] if words[-1] == "of" else words[0]
        if reprint_narrow[key] >= original_narrow[key]:
            continue  # the word is still there, moved
        before = [w.lower() for w in re.findall(r"[\w'’-]+", original[:m.start()])]
        after = [w.lower() for w in re.findall(r"[\w'’-]+", original[m.end():])]
        if before and after and f" {' '.join(before[-reach:])} {' '.join(after[:reach])} " in joined \
                or not before and len(after) >= opening and reprint_words[:opening] == after[:opening]:
            return m.group()
    return None


#: A word that makes something the first, the most or the least of its kind ...
_SUPERLATIVE = re.compile(r"\b(?:first|largest|biggest|highest|lowest|worst|best|deadliest|longest|shortest|"
                          r"heaviest|strongest|fastest|oldest|youngest|greatest|smallest|costliest|busiest|hottest|"
                          r"coldest|wettest|driest|(?<!\bat )(?:most|least))\b", re.IGNORECASE)  # (not "at least 14")
#: ... the words after it, up to a mark or another clause, where the bounds of its kind stand ...
_SUPERLATIVE_REACH = re.compile(r"[^,.;:!?()\"“”]*?(?=[,.;:!?()\"“”]|\s(?:and|but|which|who|while|when|as|after|"
                                r"before|because)\b|$)", re.IGNORECASE)
#: ... and a bound of that kind: "since 2011", "against Estonian state systems", "among women",
#: "this season", "so far", "to date" (not "in", "at" or "for", which as often say where or when it
#: was: "his first major at St Andrews").
_THIS_PERIOD = r"this(?=\s+(?:season|year|month|week|decade|century|campaign|term|quarter|summer|winter|spring|autumn))"
_KIND_BOUNDS = rf"(?:since|against|among|within|outside|{_THIS_PERIOD}|so(?=\s+far\b)|to(?=\s+date\b))\b"
_PLACE_OR_TIME = r"(?:since|against|among|within|outside|in|for|over|at|across|on)\b"
_BOUND_OF_KIND = re.compile(rf"\b{_KIND_BOUNDS}\s+((?:(?!{_PLACE_OR_TIME})[\w'’-]+\s*)+)", re.IGNORECASE)
#: ... which a reprint may tell with these too ("in 14 years" for "since 2011").
_KIND_BOUNDS_TOLD = re.compile(rf"\b(?:{_PLACE_OR_TIME}|{_KIND_BOUNDS})\s+[\w'’-]", re.IGNORECASE)
#: Superlatives of one sense, which a reprint may give for each other.
_SAME_SUPERLATIVE = {"biggest": "largest", "greatest": "largest", "highest": "largest", "smallest": "lowest"}
#: "So far" in its other words.
_SO_FAR = re.compile(r"\b(?:so far|to date|thus far|as yet|ever|on record)\b|(?<![,;]\s)\byet\b", re.IGNORECASE)
#: Words that tell no bound apart from another.
_NO_BOUND_WORDS = frozenset("the a an of in on at to for and its his her their this that these those".split())


def _kind_bound_dropped(original: str, reprint: str) -> str | None:
    """A bound of what the original calls the first or the most of its kind ("their first title
    since 2011", "the largest of its kind recorded against Estonian state systems") that the
    reprint leaves out: it gives the same word (or one of its sense, :data:`_SAME_SUPERLATIVE`)
    with fewer bounds after it ("this season", "so far" and "to date" are bounds too), and none of the dropped
    bound's words (``kind_bound_words`` past its preposition) anywhere, so it now says more ("the
    first title ever"; "since the war began" / "of the war" keeps it). Not inside a quote: a
    quote's words are the quote check's. Returns the bound, or None."""
    reprint_words = {re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[\w'’-]+", reprint)}
    quoted = quoted_spans(original)

    def bounds(text: str, m: re.Match[str], pattern: re.Pattern[str] = _BOUND_OF_KIND) -> list[str]:
        reach = _SUPERLATIVE_REACH.match(text, m.end())
        return [" ".join(b.group().split()[:SETTINGS.kind_bound_words + 1])
                for b in pattern.finditer(reach.group() if reach else "")]

    def sense(word: str) -> str:  # "the highest attendance" / "the biggest crowd"
        return _SAME_SUPERLATIVE.get(word.lower(), word.lower())

    reprint_bounds: dict[str, list[list[str]]] = {}
    for m in _SUPERLATIVE.finditer(reprint):
        reprint_bounds.setdefault(sense(m.group()), []).append(bounds(reprint, m, _KIND_BOUNDS_TOLD))
    for m in _SUPERLATIVE.finditer(original):
        told = reprint_bounds.get(sense(m.group()))
        if not told or any(a <= m.start() < b for a, b in quoted):
            continue
        original_bounds = bounds(original, m)
        told_here = len(bounds(original, m, _KIND_BOUNDS_TOLD))  # every bound of its, of any kind
        if not original_bounds or any(len(kept) >= told_here for kept in told):
            continue
        for bound in original_bounds:
            if _SO_FAR.fullmatch(bound.strip()) and _SO_FAR.search(reprint):
                continue  # "the highest reading so far" / "the highest reading yet"
            words = [w for w in re.findall(r"[\w'’-]+", bound)[1:] if w.lower() not in _NO_BOUND_WORDS]
            if words and not any(w.lower() in reprint_words for w in words):
                return bound
    return None


def _substance(text: str, figures: bool = False) -> list[str]:
    """The words of substance of a clause: longer than three letters, or capitalised (or, with
    ``figures``, a figure)."""
    return [w for w in re.findall(r"[\w'’-]+", text) if len(w) > 3 or w[:1].isupper() or (figures and w[:1].isdigit())]


#: Words a limit read so far does not end on ("aged 65 and").
_TRAILING = frozenset({"the", "a", "an", "of", "and", "or", "to", "be", "is", "are", "was", "were", "in", "on", "at",
                       "for", "by", "with", "must", "should", "will", "would", "can", "could", "may", "might",
                       "shall"})


def _clause_dropped(original: str, reprint: str, opening: re.Pattern[str], keeping: re.Pattern[str],
                    kept_whether: bool = False, words: int | None = None) -> str | None:
    """A clause of the original, opened by one of ``opening``, that the reprint drops with every
    word of ``keeping`` it adds: its words as the original gives them, up to the next punctuation
    mark, or None. A clause most of whose words of substance the reprint still gives was moved, not
    dropped, unless it is short ("if approved": its opening word decides). ``kept_whether``: an
    "if" after a verb of asking or knowing is "whether", and opens nothing. ``words``: the clause
    ends this many words after its opening words at the latest. A clause inside a quote that the
    reprint does not give here, where it gives fewer quotes, is none: the quote was moved or left
    out whole."""
    reach = SETTINGS.whether_reach

    def whether(text: str, m: re.Match[str]) -> bool:
        return kept_whether and bool(_WHETHER_IF.search(text[max(0, m.start() - reach):m.end()]))

    def clause_of(m: re.Match[str]) -> str:
        # up to the next mark, but not a stop within a date ("by Sept. 15")
        clause = re.split(r"[,;:!?()\"“”]|\.(?!\s*\d)", original[m.start():])[0].strip()
        if words is None:
            return clause
        kept = clause.split()[:len(m.group().split()) + words]
        while len(kept) > len(m.group().split()) and kept[-1].lower() in _TRAILING:
            kept.pop()  # "aged 65 and" is "aged 65"
        return " ".join(kept)

    # (a clause inside a quote the reprint does not give here is the quote's: moved or left out
    # whole, "If they can find money ..., they can find money ...," Vance said)
    mine = {w.lower() for w in re.findall(r"[\w'’-]+", reprint)}
    quotes = quoted_spans(original) if len(quoted_spans(reprint)) < len(quoted_spans(original)) else []

    def elsewhere(m: re.Match[str]) -> bool:
        # the quote's words outside the clause, mostly missing here
        for a, b in quotes:
            if a <= m.start() < b:
                rest = _substance(original[a:m.start()] + " " + original[m.start() + len(clause_of(m)):b])
                return len([w for w in rest if w.lower() not in mine]) >= SETTINGS.dropped_share * len(rest) > 0
        return False

    openings = [m for m in opening.finditer(original) if not whether(original, m) and not elsewhere(m)]
    # a word that keeps the claim conditional counts only where the original has it less often
    # outside its clauses of condition ("without a fee" on both sides keeps no "provided ...")
    opened = [(m.start(), m.start() + len(clause_of(m))) for m in openings]
    had = Counter(m.group().lower() for m in keeping.finditer(original)
                  if not any(a <= m.start() < b for a, b in opened) and not whether(original, m))
    kept = Counter(m.group().lower() for m in keeping.finditer(reprint) if not whether(reprint, m))
    if kept - had:
        return None
    limit = words is not None
    for m in openings:
        clause = clause_of(m)
        if m.group().lower() == "provided" and not _AUXILIARY.search(clause) and len(clause.split()) < 5:
            continue  # "Smith, a mechanic, provided the car": a verb, not a condition
        # (a limit's opening words may be all it says: "within 10 days", "aged 65"; its figures
        # are of its substance, and it is never short enough for its opening word to decide)
        content = _substance(clause[m.end() - m.start():], limit) or _substance(clause, limit)
        missing = [w for w in content if w.lower() not in mine]
        short = not limit and len(content) <= SETTINGS.short_clause
        if content and (short or len(missing) >= SETTINGS.dropped_share * len(content)):
            return clause
    return None


def _tells_excepted(original: str, exception: str, reprint: str) -> bool:
    """Whether the reprint tells the clause of the original that its exception qualifies rather
    than another clause of it: as large a share of that clause's words of substance as of any
    other clause's, or ``excepted_share`` of them, in some form. A reprint sentence that tells
    another clause of the original ("Flights were cancelled, and the port was closed to all
    vessels except ..." / "All flights were cancelled.") dropped no exception; one that tells the
    clause in other words ("Ships can no longer dock at Luganville.") did. Clauses are parted at
    ", and", ", but" and ";"."""
    at = original.find(exception)
    if at < 0:
        return True
    mine = {w.lower()[:5] for w in re.findall(r"[\w'’-]+", reprint)}

    def share(clause: str) -> float:
        words = {w.lower()[:5] for w in re.findall(r"[\w'’-]+", clause)
                 if len(w) > 3 and english_zipf(w.lower()) < SETTINGS.around_zipf}
        return len(words & mine) / len(words) if words else 0.0

    parts = re.split(r",\s+(?:and|but)\b|;", original[:at])
    own, others = parts[-1], [*parts[:-1], *re.split(r",\s+(?:and|but)\b|;", original[at + len(exception):])]
    return share(own) >= SETTINGS.excepted_share or share(own) >= max(map(share, others), default=0.0)


def around(original: str, clause: str) -> list[str]:
    """The words of substance either side of a clause of the original (up to ``around`` each way):
    where a reprint that split the sentence in two tells them, it is the part that dropped the
    clause ("The board made 11 recommendations." / "Every defect should be checked ...")."""
    before, after = around_parts(original, clause)
    return before + after


def around_parts(original: str, clause: str) -> tuple[list[str], list[str]]:
    """The words of :func:`around` before the clause, and those after it."""
    at = original.find(clause)
    if at < 0:
        return [], []

    def telling(text: str) -> list[str]:  # not "must", "have", "said": every part of a sentence has them
        return [w for w in re.findall(r"[\w'’-]+", text)
                if len(w) > 3 and english_zipf(w.lower()) < SETTINGS.around_zipf]

    before, after = telling(original[:at]), telling(original[at + len(clause):])
    return before[-SETTINGS.around:], after[:SETTINGS.around]


def _own_plan(said: str, claim: str) -> bool:
    """Whether the claim after "... said" is what the speaker will do: "it" after an organisation
    ("The company said it will close"), "they" after many ("Police said they would release"),
    "we"; not "Analysts said it would cut" (another's plan), nor a belief ("believes")."""
    words = said.split()
    plan = _OWN_PLAN.match(claim)
    if plan is None or len(words) < 2 or words[-1].lower() not in ("said", "says"):
        return False
    speaker, pronoun = words[-2].lower(), plan.group(1).lower()
    if speaker in ("also", "has", "had", "have"):
        speaker = words[-3].lower() if len(words) > 2 else ""
    plural = speaker.endswith("s") and not speaker.endswith("ss") or speaker in ("police", "people")
    return pronoun == "we" or (pronoun == "they") == plural


def hedge_change(original: str, reprint: str) -> dict[str, Any] | None:
    """A claim the original reports that the reprint states as a fact: an allegation word
    dropped ("the alleged gunman" / "the gunman"), who says so dropped ("The man was armed,
    police said." / "The man was armed.") or its verb swapped ("Guterres said that" / "Guterres
    aforementioned that"), what may happen made certain ("may raise" / "will raise") or what may be so stated as so ("It
    is possible that people walk less" / "People walk less", "The variant may be deadlier" / "The variant is
    deadlier", "Results suggest" / "Results show": :func:`_stated`); or what must
    happen made something that may, or back ("must be approved" / "may be approved"), and what is
    to happen made what only may ("would provide" / "might provide"). Other hedges added are no
    finding: the reprint is only more careful; nor is another way of reporting the claim ("are
    alleged to" / "are believed to", "police said" / "statistics show")."""
    hedges = list(_HEDGE.finditer(original))
    # "reportedly" is who says so left unnamed: a reprint that names who reports it keeps it a claim
    # ("is reportedly close to signing" / "newspapers reported that he was close to signing")
    reported_by = all(m.group().split()[0].lower() == "reportedly" for m in hedges) and _REPORTED_BY.search(reprint)
    if hedges and not _HEDGE.search(reprint) and not _REPORTED.search(reprint) and not reported_by:
        shown = [m.group().strip() for m in hedges]
        after = [m.group(1) for m in hedges if m.group(1) and re.search(rf"\b{re.escape(m.group(1))}\b", reprint)]
        return {"type": "hedge", "original": shown, "reprint": after or [""], "hedge": "allegation"}
    text = original.strip()
    source = _ATTRIBUTION.search(text)
    if source is not None:
        name = next(key for key, group in source.groupdict().items() if group)
        said = source.group(name).strip().rstrip(".")
        slot = _in_verb_slot(said, text[source.end(name):], reprint.strip())
        if slot is not None:
            # a thesaurus neighbour of "said" of another sense, as spun copy has it ("Guterres
            # aforementioned that"); another verb there ("cautioned", "joked") still says who says so
            if slot.group(1).lower() in _said_otherwise() and not _SOURCED.fullmatch(slot.group(1)):
                end = slot.end() if said.split()[0].lower() in ("said", "says") else slot.end(1)
                return {"type": "hedge", "original": [said], "reprint": [reprint.strip()[slot.start():end].rstrip(".")],
                        "hedge": "attribution", "replaced": True}
        elif not _SOURCED.search(reprint) and not (name == "start" and _own_plan(said, text[source.end():])):
            # (what else the reprint made of the claim comes first: "expected to peak, the bank
            # said" / "will peak" made a forecast certain, too)
            return _graver(original, reprint) or {"type": "hedge", "original": [said], "reprint": [""],
                                                  "hedge": "attribution",
                                                  "saying": bool(_BY_SAYING.search(said)) and not _BELIEF.search(text)}
    return _graver(original, reprint)


def _left_possible(original: str, reprint: str) -> re.Match[str] | None:
    """The original's first "may", "might" or "could" that the reprint does not keep as "can"
    before the same words (and does not make "will" there): the present of a "could" that tells
    what was said ("the judge said ... how much could be recovered" / "..., the judge said, to
    establish how much can be recovered"; "could not be" / "cannot be")."""
    for m in _POSSIBLE.finditer(original):
        following = re.match(r"\s+((?:(?:be|have)\s+)?[\w'’-]+)", original[m.end():])
        if m.group() != "could" or following is None:
            return m
        words = following.group(1)
        if words.startswith("not "):
            words = re.escape(words[4:])
            kept = rf"\b(?:can\s*not|can[’']t)\s+{words}\b"
            made = rf"\b(?:will|shall|won[’']t|\w['’]ll)\s+not\s+{words}\b|\bwon[’']t\s+{words}\b"
        else:
            words = re.escape(words)
            kept, made = rf"\bcan\s+{words}\b", rf"\b(?:will|shall|\w['’]ll)\s+{words}\b"
        if not re.search(kept, reprint, re.IGNORECASE) or re.search(made, reprint, re.IGNORECASE):
            return m
    return None


def _graver(original: str, reprint: str) -> dict[str, Any] | None:
    """The changes of :func:`hedge_change` past who says so: an attribution given within the
    sentence, what must or may happen, what may be so, a condition, an exception or a limit."""
    for m in _SAID_WITHIN.finditer(original):
        kept = re.search(rf"\b(?:who|whom|which|that)\s+{re.escape(m.group(3))}\b", reprint, re.IGNORECASE)
        if kept is not None and len(_SOURCED.findall(reprint)) < len(_SOURCED.findall(original)):
            return {"type": "hedge", "original": [m.group(2)], "reprint": [""], "hedge": "attribution"}
    # "must be approved" / "may be approved": what must happen made something that may, or back
    # (not "must not go" / "may not go": both forbid)
    theirs = {m.group(2).lower(): m.group(1).lower() for m in _MUST_MAY.finditer(original)}
    for m in _MUST_MAY.finditer(reprint):
        was, now = theirs.get(m.group(2).lower()), m.group(1).lower()
        if was is not None and (was in _OBLIGED) != (now in _OBLIGED) and not m.group(2).lower().startswith("not "):
            return {"type": "hedge", "original": [f"{was} {m.group(2)}"], "reprint": [m.group()], "hedge": "obligation",
                    "made": "possible" if was in _OBLIGED else "obliged"}
    # "could be added" / "would definitely be added", "was expected to be signed" / "would definitely
    # be signed", "was likely to spread" / "was certain to spread": made certain in so many words,
    # whoever says so (not "is not expected to")
    maybe = {m.group(1).lower(): m.group() for m in _HEDGED_VERB.finditer(original)
             if not re.search(r"\bnot\s+$", original[:m.start()])}
    for m in _MADE_SURE.finditer(reprint):
        # (the hedge itself not kept as often: "Johnson could be fit, and Smith will definitely be fit")
        said = maybe.get(m.group(1).lower())
        if said is not None and not _MADE_SURE.search(original) \
                and reprint.lower().count(said.lower()) < original.lower().count(said.lower()):
            return {"type": "hedge", "original": [said], "reprint": [m.group()], "hedge": "possibility"}
    # "the ministry would provide" / "the ministry might provide": what is to happen made what may
    # ("would" only as what was said will be: "said the ministry would provide"; not a guess,
    # "the effect would be caused by" / "could be caused by")
    firm = {(m.group(1).lower(), m.group(3).lower()): m.group(2) for m in _FIRM.finditer(original)
            if m.group(2).lower() != "would" or _BY_SAYING.search(original[:m.start()])}
    for m in _FIRM_MAYBE.finditer(reprint):
        if m.group(2).lower() == "could" and m.group(3).lower() == "not":
            continue  # "would not comment" / "could not comment": both say it was not done
        was = firm.get((m.group(1).lower(), m.group(3).lower()))
        if was is not None and not _POSSIBLE.search(original):
            return {"type": "hedge", "original": [f"{was} {m.group(3)}"], "reprint": [f"{m.group(2)} {m.group(3)}"],
                    "hedge": "possibility", "made": "possible"}
    weighed, decided = _WEIGHED.search(original), _DECIDED.search(reprint)
    if weighed and decided and not _WEIGHED.search(reprint) and not _POSSIBLE.search(reprint) \
            and decided.group(1).lower() not in _WEIGHING:
        return {"type": "hedge", "original": [weighed.group()], "reprint": [decided.group()], "hedge": "possibility"}
    hoped = _HOPED.search(original)
    if hoped and not _HOPED.search(reprint) and not _POSSIBLE.search(reprint):
        made = re.search(rf"(?:\bwill|\bshall|\w'll)\s+(?:[\w'’-]+\s+){{0,6}}?{re.escape(hoped.group(1)[:5])}\w*",
                         reprint, re.IGNORECASE)
        if made is not None:
            return {"type": "hedge", "original": [hoped.group()], "reprint": [made.group()], "hedge": "possibility"}
    hope = next((m for m in _HOPE_THAT.finditer(original) if not _HOPE_NOUN.search(original[:m.start()])), None)
    if hope and not _HOPING.search(reprint) and not _POSSIBLE.search(reprint):
        # "Officials hope the hospital will cut that figure" / "The hospital will bring that figure
        # down, officials said": what is hoped of, said to be what will be (not a noun, "little
        # hope that", nor a name, "Hope Solo")
        hoped_of = hope.group(1).split()[-1]  # ("the three-day festival" / "The festival")
        made = re.search(rf"(?<![\w'’-]){re.escape(hoped_of)}\s+((?:will|would)\s+[a-z]+)", reprint, re.IGNORECASE)
        if made is not None:
            return {"type": "hedge", "original": [hope.group()], "reprint": [made.group(1)], "hedge": "possibility"}
    possible, certain = _left_possible(original, reprint), _CERTAIN.search(reprint)
    # ("only permit holders may park" / "... will be allowed to park": a "may" that gives leave)
    if possible and certain and not _POSSIBLE.search(reprint) and not _CERTAIN.search(original) \
            and not _PERMITTED.match(reprint, certain.end()):
        return {"type": "hedge", "original": [possible.group()], "reprint": [certain.group()], "hedge": "possibility"}
    may, would = _MAY.search(original), _REPORTED_WOULD.search(reprint)
    if may and would and may.group(1).lower() == would.group(1).lower() and not _POSSIBLE.search(reprint) \
            and not re.search(r"\bwould\b", original, re.IGNORECASE) and not _CERTAIN.search(original):
        # "may still be offered places" / "said students would still be offered places" (the same
        # verb: "may return" / "would be allowed to return" tells what they may do)
        said = reprint[reprint.lower().rfind("would", would.start(), would.start(1)):would.end(1)]
        return {"type": "hedge", "original": [may.group()], "reprint": [said], "hedge": "possibility"}
    stated = _stated(original, reprint)
    if stated is not None:
        return stated
    return qualifier_dropped(original, reprint) or _hedge_dropped(original, reprint)


def qualifier_dropped(original: str, reprint: str) -> dict[str, Any] | None:
    """A condition, an exception or a limit of the original that the reprint drops, with the
    words either side of it; None if it drops none. Its own words decide, not the rest of the
    sentence: a pair told in other words can be read for it."""
    # a condition dropped ("..., if approved" / "..."), and an exception ("except those in the capital")
    condition = _clause_dropped(original, reprint, _CONDITION, _CONDITIONAL, kept_whether=True)
    if condition is not None:
        return {"type": "hedge", "original": [condition], "reprint": [""], "hedge": "condition",
                "around": around(original, condition)}
    exception = _clause_dropped(original, reprint, _EXCEPTION, _EXCEPTED)
    if exception is not None and _tells_excepted(original, exception, reprint):
        return {"type": "hedge", "original": [exception], "reprint": [""], "hedge": "exception",
                "around": around(original, exception)}
    for limiting, keeping in _LIMITS:
        limit = _clause_dropped(original, reprint, limiting, keeping, words=SETTINGS.limit_words)
        if limit is not None:
            return {"type": "hedge", "original": [limit], "reprint": [""], "hedge": "limit",
                    "around": around(original, limit)}
    narrowing = _narrowing_dropped(original, reprint) or _kind_bound_dropped(original, reprint)
    if narrowing is not None:
        return {"type": "hedge", "original": [narrowing], "reprint": [""], "hedge": "limit",
                "around": around(original, narrowing)}
    return None


def _hedge_dropped(original: str, reprint: str) -> dict[str, Any] | None:
    """A hedge of the original ("possibly", "it is likely that") that the reprint gives in no
    words of its own."""
    hedged = _HEDGED.search(original)
    main = _ASIDE.sub(",", reprint)  # "the disease, which can begin early, ..." hedges no claim of its own
    if hedged and not _HEDGED.search(reprint) and not _HEDGED_OTHERWISE.search(main) \
            and not _REPORTED.search(reprint):
        return {"type": "hedge", "original": [hedged.group()], "reprint": [""], "hedge": "possibility"}
    return None
