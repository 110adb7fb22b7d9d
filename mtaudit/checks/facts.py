"""Changed facts: numbers, days and months, names, a person's gender and people's titles.

Only substitutions count (an item on each side with no match on the other): a
reprint that drops a number has drifted, one that changes it has a wrong fact.
Harmless variants match: Gaddafi/Gadhafi, US/U.S., 100,000/100 000.
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..backends.tagger import Analysis
from ..config import Thresholds
from ..frequency import english_zipf
from ..segment import is_headline, passage_of
from ..thesaurus import synonyms
from ..types import Flag
from ..words import (
    CLIPPED_NAME_WORDS,
    COURTESY_TITLES,
    DAY_AND_MONTH,
    DAYS_MONTHS,
    MONTHS,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    SAYING,
    SHORT_MONTHS,
    SOUTH_ASIAN_SCALES,
    WEEKDAYS,
    american_spelling,
    find_words,
    is_short_form,
    month_named,
    short_form,
)
from .claims import hedge_change, qualifier_dropped
from .plain import figures_plain
from .quoting import quoted_spans
from .tense import tense_changes
from .units import (
    CODES_ON_FIGURES,
    MEASURES,
    UNITS_OF_TIME,
    Mention,
    clock_times,
    decimal_points,
    sign_before,
    spans_as_original,
    time_changes,
    unit_changes,
    zone_changes,
)

_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, **SOUTH_ASIAN_SCALES}  # ("2.18 lakh tonnes")
_SOUTH_ASIAN = re.compile(r"\b(?:" + "|".join(SOUTH_ASIAN_SCALES) + r")s?\b", re.IGNORECASE)
#: (a figure may follow a currency's sign and letters, "$A185,000", "$US185,000", or "No.", "world No.143")
#: A currency's letters written on its figure: one to three, the first a capital (the rand's "R",
#: the naira's "N", "Rp", "RM", "TSh", "Tk", "Le"). Read only before a grouped figure or one with
#: its scale, so that a model or a road ("A380", "M25", "N95") stays a name.
_CURRENCY_LETTERS = r"\b[A-Z][A-Za-z]{0,2}"
_LETTERS_ON_FIGURE = r"(?<=\b[A-Z])|(?<=\b[A-Z][A-Za-z])|(?<=\b[A-Z][A-Za-z]{2})"
_NUMBER_START = (r"(?:(?<![\w.])|(?<=[$€£][A-Z])|(?<=[$€£][A-Z]{2})|(?<=\b[Nn]o\.)"
                 # (a currency's letters on a grouped figure or one with its scale: "M900 000", "K186
                 # million", "R1,900", "N9,500", "Rp15,000", "Tk500 crore"; not "A380", "M1 100 yards")
                 rf"|(?:{_LETTERS_ON_FIGURE})(?=\d{{1,3}}(?:[,\u00a0\u202f]\d{{3}})+(?!\d)|\d{{3}} \d{{3}}(?!\d)"
                 r"|\d+(?:\.\d+)?\s?(?:(?:million|billion|trillion|crore|lakh)s?\b|bn\b|m\b))"
                 # (or a currency code written on it: "Sh5,400", "KSh5,400", "Rs34 crore")
                 + "".join(rf"|(?<=\b{re.escape(code)})" for code in CODES_ON_FIGURES) + ")")
_NUMBER = re.compile(rf"{_NUMBER_START}\d{{1,3}}(?:[, \u00a0\u202f]\d{{3}})+(?:\.\d+)?(?!\d)"
                     rf"|{_NUMBER_START}\d+(?:\.\d+)?")
#: A year right before a season's second year written in two digits ("2025-26", "1998/99").
_SEASON = re.compile(r"(?<![\d.,])((?:19|20)\d\d)[-–/]$")
#: Fractions written as one character ("by ¾ of a length").
_VULGAR = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}

TITLE_WORDS = frozenset({
    "secretary", "deputy", "under", "assistant", "undersecretary", "president", "vice", "minister", "prime",
    "general", "chancellor", "ambassador", "senator", "governor", "mayor", "director", "chief", "spokesman",
    "spokeswoman", "spokesperson", "foreign", "defense", "defence", "state", "chairman", "chair",
    "commissioner", "premier", "king", "queen", "prince", "judge", "justice", "envoy", "representative",
    "leader", "head", "executive", "officer", "attorney", "lieutenant", "colonel", "admiral", "senior",
    "acting", "interim", "junior", "brigadier", "marshal", "commander", "lawmaker", "legislator", "councillor",
    "councilor", "congressman", "congresswoman",
})
#: Military ranks: a service's chief is named by rank as often ("Army Chief General Asim Munir" /
#: "General Asim Munir").
_MILITARY = frozenset({"general", "admiral", "colonel", "lieutenant", "commander", "marshal", "brigadier"})
#: Words of a title that make another office of it: "Prime Minister" is not "Deputy Prime Minister",
#: nor "Minister" "Prime Minister", nor "Justice" "Chief Justice".
_RANKS = frozenset({"deputy", "vice", "assistant", "under", "undersecretary", "acting", "interim", "lieutenant",
                    "prime", "chief", "junior", "senior", "major", "brigadier"})
#: Words that name a minister's or secretary's field: part of the title before a title word
#: ("Finance Minister") or after one and "of"/"for" ("Minister for Foreign Affairs"), never a
#: title alone. "Foreign Minister" and "Finance Minister" are two offices.
_PORTFOLIOS = frozenset({
    "finance", "interior", "home", "health", "education", "trade", "economy", "economic", "energy", "agriculture",
    "transport", "transportation", "labour", "labor", "environment", "culture", "treasury", "commerce",
    "industry", "housing", "tourism", "immigration", "homeland", "information", "communications", "sport",
    "sports", "science", "welfare", "employment", "fisheries", "external", "affairs", "veterans", "climate",
    "digital", "infrastructure", "planning", "development", "security", "public", "works", "navy", "army",
})
#: Portfolio words news copy uses for one another's office ("External Affairs Minister" /
#: "Foreign Minister"), and words of a title that name no office of their own.
_PORTFOLIO_ALIASES = {"external": "foreign", "home": "interior", "economic": "economy", "labor": "labour",
                      "transportation": "transport", "sports": "sport"}
_TITLE_FILLERS = frozenset({"of", "for", "the", "and", "affairs"})
#: Titles news copy gives one office by ("Lawmaker Wu" / "Legislator Wu"), each by the word a
#: title's key is read as.
_TITLE_ALIASES = {"lawmaker": "legislator", "councilor": "councillor"}
_ALIASES = {"us": "united states", "usa": "united states", "america": "united states", "american": "united states",
            "uk": "united kingdom", "britain": "united kingdom", "british": "united kingdom",
            "great britain": "united kingdom", "un": "united nations", "eu": "european union", "kiev": "kyiv",
            # the short names news copy gives institutions
            "fed": "federal reserve", "the fed": "federal reserve", "u.s. federal reserve": "federal reserve",
            "us federal reserve": "federal reserve",
            # demonyms the shared-prefix rule (is_demonym_of) misses
            "argentine": "argentina",
            "spanish": "spain", "french": "france", "dutch": "netherlands", "swiss": "switzerland",
            "greek": "greece", "turkish": "turkey", "danish": "denmark", "swedish": "sweden", "polish": "poland",
            "finnish": "finland", "irish": "ireland", "welsh": "wales", "scottish": "scotland",
            "english": "england", "filipino": "philippines", "thai": "thailand", "german": "germany",
            # one disease, several names in news copy
            "covid-19": "covid-19", "covid": "covid-19", "coronavirus": "covid-19", "new coronavirus": "covid-19",
            "novel coronavirus": "covid-19", "newcoronavirus": "covid-19", "novelcoronavirus": "covid-19",
            # a US politician's party as house style writes it ("Sen. John Carver, R-Ohio")
            "r": "republican", "d": "democrat", "democratic": "democrat",
            # Canadian provinces and US states as wire style shortens them ("Port Ellery, Ont.",
            # "Fresno, Calif."; not those that are words: "Miss.", "Ill.", "Wash.")
            "ont": "ontario", "que": "quebec", "bc": "british columbia", "alta": "alberta", "sask": "saskatchewan",
            "ns": "nova scotia", "nb": "new brunswick", "nfld": "newfoundland", "pei": "prince edward island",
            "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
            "conn": "connecticut", "fla": "florida", "kan": "kansas", "ky": "kentucky", "md": "maryland",
            "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "mont": "montana", "neb": "nebraska",
            "nev": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york",
            "nc": "north carolina", "nd": "north dakota", "okla": "oklahoma", "ri": "rhode island",
            "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee", "vt": "vermont", "wis": "wisconsin",
            "wyo": "wyoming",
            # countries by their other names in English news copy
            "cote d'ivoire": "ivory coast", "côte d'ivoire": "ivory coast", "burma": "myanmar",
            "swaziland": "eswatini", "czechia": "czech republic", "türkiye": "turkey", "turkiye": "turkey",
            "east timor": "timor-leste", "cabo verde": "cape verde", "drc": "democratic republic of congo",
            "dr congo": "democratic republic of congo",
            "democratic republic of the congo": "democratic republic of congo", "the gambia": "gambia"}
# Capitalised words that are not names.
_NOT_NAMES = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this",
    "that", "these", "those", "but", "and", "or", "in", "on", "at", "for", "to", "of", "as", "by", "with", "from",
    "after", "before", "when", "while", "if", "so", "there", "here", "what", "who", "which", "mr", "mrs", "ms",
    "dr", "among", "during", "speaking", "citing", "calling", "other", "some", "all", "no", "not", "one",
}) | {way for ways in MEASURES["temperature"].values() for way in ways if way.isalpha()}
# (scales of temperature, which copy writes in full or as a letter: "68 F (20 C)")
#: A country's government, which house styles capitalise alone ("Government on Thursday declared
#: an emergency"): no name of another country or body.
_INSTITUTIONS = frozenset({"government"})


def numbers(text: str) -> list[tuple[float, str]]:
    """Numeric values with the text they came from: digits, separators and simple number words."""
    return [(value, raw) for value, raw, _, _, _ in number_mentions(text)]


#: Denominators of the fractions news copy writes in words ("a third of", "two-thirds").
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
              "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10,
              "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000}
#: Parts written with a count of hundreds or thousands: "one five-hundredth" is 0.2%.
_LARGE_PARTS = frozenset({"hundredth", "hundredths", "thousandth", "thousandths"})


def _parts_of(word: str) -> int | None:
    """How many parts a fraction word cuts a whole into ("tenth" 10, "five-hundredth" 500)."""
    parts = word.split("-")
    if len(parts) == 1:
        return _FRACTIONS.get(word)
    count = NUMBER_WORDS.get(parts[0])
    if len(parts) == 2 and parts[1] in _LARGE_PARTS and isinstance(count, int) and count < 10:
        return count * _FRACTIONS[parts[1]]
    return None


def _ends_share(word: re.Match[str]) -> bool:
    """Whether a share told after "by" ends at ``word``: punctuation or the sentence's end follow,
    or a word that starts no noun phrase of the share's ("by half in a year", not "by half an hour")."""
    rest = word.string[word.end():].lstrip()
    following = re.match(r"[^\W\d_]+", rest)
    return not rest or rest[0] in ",.;:!?)" or (following is not None and following.group().lower() in _AFTER_SHARE)


#: Words that may follow a share told after "by" ("cut by a third over two years").
_AFTER_SHARE = frozenset({"over", "in", "since", "from", "compared", "last", "this", "on", "at", "after", "and",
                          "or", "while", "as", "than", "during", "between", "within", "across", "among", "but",
                          "year", "next", "because", "due", "following", "thanks", "to", "before", "until", "by",
                          "when", "if"})
#: Words between "a" and a share told in words that make it one more of the kind ("by a further
#: fifth"; "another" is "a further").
_FURTHER = frozenset({"further", "additional", "extra"})
#: Words between "by" and a share told in words ("by about a quarter").
_ROUGHLY = ("about", "around", "roughly", "nearly", "almost", "some", "more", "than", "over", "just", "under")
#: Comparatives after which a share is one of what it is compared with ("roughly a third less
#: than last year", "a quarter more"); the others only before "than" ("a third larger than", not
#: "a third larger depot", an ordinal).
_COMPARED = ("less", "more", "fewer")
_COMPARED_THAN = ("lower", "higher", "smaller", "larger", "bigger", "cheaper", "dearer")


def _compared(words: Sequence[re.Match[str]], i: int) -> bool:
    """Whether the share ending at ``words[i]`` comes before a comparative (:data:`_COMPARED`)."""
    after = [w.group().lower() for w in words[i + 1:i + 3]]
    return bool(after) and (after[0] in _COMPARED or after[0] in _COMPARED_THAN and after[1:] == ["than"])
#: Words before "half" that make it a part of a time or a game, not a share ("the second half of").
_A_PART = frozenset({"the", "a", "an", "first", "second", "latter", "other", "this", "that", "each", "every"})


def _fraction(words: Sequence[re.Match[str]], i: int) -> tuple[float, int] | None:
    """The value of a fraction written in words ending at ``words[i]`` and the index of its first
    word: "one-third" and "two-thirds", and "a third" or "one third" before "of" ("a third of
    the voters"), and "half" before "of" or "the" ("half of the voters", "more than half the
    votes"); not the ordinal "the third", nor a part of a time ("the second half of the year")."""
    parts = words[i].group().lower().split("-")
    if len(parts) == 2 and parts[1] in _FRACTIONS and parts[1] not in _LARGE_PARTS and parts[0] in NUMBER_WORDS \
            and NUMBER_WORDS[parts[0]] < 10 and parts[0] not in _ORDINALS:  # "two-thirds", not "third-quarter"
        return NUMBER_WORDS[parts[0]] / _FRACTIONS[parts[1]], i
    written = words[i].group().lower()
    word = written if len(parts) == 1 or _parts_of(written) else ""  # "tenth", "five-hundredth"
    following = words[i + 1].group().lower() if i + 1 < len(words) else ""
    # a change told as a share: "fell by half", "cut by a third", "slowed by about a quarter"; not
    # "by half an hour", "by a third party", "by a quarter to nine"; "by more than a fifth" too
    by = any(words[j].group().lower() == "by" for j in range(max(0, i - 4), i)) and _ends_share(words[i])
    if word == "half" and (following in ("of", "the") or (by and words[i - 1].group().lower() in ("by", *_ROUGHLY))) \
            and (i == 0 or words[i - 1].group().lower() not in _A_PART):
        return 0.5, i
    # "by a further fifth", "by another third": one more share of the same kind ("another" is "a
    # further")
    previous = words[i - 1].group().lower() if i > 0 else ""
    skip = 1 if previous in _FURTHER and i > 1 else 0
    whole = _parts_of(word)
    if whole is not None and word not in ("half", "halves") and i > skip \
            and (following == "of" or _compared(words, i)
                 or (by and words[max(0, i - 2 - skip)].group().lower() in ("by", *_ROUGHLY))):
        before = "a" if previous == "another" else words[i - 1 - skip].group().lower()
        if before in ("a", "an"):
            return 1 / whole, i - 1 - skip
        if before in NUMBER_WORDS and NUMBER_WORDS[before] < 10:
            return NUMBER_WORDS[before] / whole, i - 1 - skip
    return None


#: Scales written short right after a figure ("€2.3bn"); "m" and "k" only after a currency sign
#: ("$5m"; "a 100m sprint" is metres), or "m" before what is counted, a plural ("5.2m
#: Tanzanian children", "1.5m barrels"; not "the 110m hurdles", "100m heats", "10m waves", "a 2.5m
#: wall", "8m tall", "8m towards").
_SHORT_SCALE = re.compile(r"\s?(bn|tn|trn|mn)\b", re.IGNORECASE)
_MONEY_SCALE = re.compile(r"\s?(m|k)\b", re.IGNORECASE)
_COUNTED_MILLIONS = re.compile(r"(m)(?=\s(?:[A-Z][a-z]+\s)?(?:people|children|men|women|"
                               r"(?!(?:hurdles|metres|meters|lengths|heats|finals|semis|semifinals|relays|sprints|"
                               r"laps|intervals|runners|swimmers|waves|swells|walls|jumps|dives|throws|races|events|"
                               r"\w+wards)\b)[a-z]{2,}[^s\W]s)\b)")
_SHORT_SCALES = {"bn": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3}


def _scale_after(text: str, end: int, start: int | None = None) -> tuple[float, str]:
    """The scale word right after a number ("million", "bn", and "m" after a currency sign: the
    number starts at ``start``) with the text up to its end, or (1, "")."""
    short = _SHORT_SCALE.match(text, end) or (
        _MONEY_SCALE.match(text, end) if start is not None and (
            sign_before(text, start) is not None or re.search(rf"{_CURRENCY_LETTERS}$", text[:start])) else None) \
        or _COUNTED_MILLIONS.match(text, end)
    if short is not None:
        return _SHORT_SCALES[short.group(1).lower()], short.group()
    following = text[end:end + 12]
    stripped = following.lstrip()
    lower = stripped.lower()
    word = next((k for k in _SCALES if lower.startswith(k)), None)
    if word is None:
        return 1, ""
    return _SCALES[word], following[:len(following) - len(stripped) + len(word)]


@lru_cache(maxsize=4096)
def number_mentions(text: str) -> tuple[tuple[float, str, str, bool, int], ...]:
    """(value, the number as written, with its scale word when it has one, whether it has one,
    where it starts) of each number: "3 million" is (3e6, "3", "3 million", True, 0). Digits
    come first, then numbers in words. (Kept for each text: the checks ask for a story's
    sentences many times over.)"""
    out: list[tuple[float, str, str, bool, int]] = []
    # (a decimal comma read as its point, "N$2,3 million" as 2.3 million; the offsets do not move)
    for match in _NUMBER.finditer(decimal_points(text)):
        raw = text[match.start():match.end()]
        if re.match(r"\d\ds\b", text[match.start():]) and text[max(0, match.start() - 1):match.start()] in "'’" \
                and match.start() > 0:
            continue  # "the '90s": a decade whose century the writer leaves out ("the 1990s")
        value = float(re.sub(r"[, \u00a0\u202f]", "", match.group()))
        year = _SEASON.search(text[:match.start()]) if re.fullmatch(r"\d\d", raw) else None
        if year is not None and int(raw) == (int(year.group(1)) + 1) % 100:
            # "the 2025-26 academic year", "the 1998/99 season": the next year, its century left out
            value = float(int(year.group(1)) + 1)
        scale, scale_text = _scale_after(text, match.end(), match.start())
        out.append((round(value * scale, 6), raw, raw + scale_text, bool(scale_text), match.start()))
    words = list(_find_words(text))
    i = 0
    while i < len(words):
        word = words[i].group().lower()
        parts = word.split("-")
        fraction = _fraction(words, i)
        if fraction is not None:
            value, first = fraction
            raw = text[words[first].start():words[i].end()]
            if first < i and out and out[-1][4] == words[first].start():
                out.pop()  # "one" of "one third of" was read as a number of its own
            out.append((value, raw, raw, False, words[first].start()))
        elif len(parts) > 2 and parts[-2] == "of" and isinstance(NUMBER_WORDS.get(parts[-1]), int):
            # "a father-of-three" is "a father of three"
            counted = words[i].group().split("-")[-1]
            out.append((NUMBER_WORDS[parts[-1]], counted, counted, False, words[i].end() - len(counted)))
        elif len(parts) > 1 and _COUNTED_AS.fullmatch(word) and parts[1] not in NUMBER_WORDS:
            # "a four-strong gang", "a three-day curfew" (not "twenty-first")
            counted = words[i].group().split("-")[0]
            out.append((NUMBER_WORDS[parts[0]], counted, counted, False, words[i].start()))
        elif all(p in NUMBER_WORDS for p in parts) and word not in _SCALES and word not in ("first", "second", "half",
                                                                                          "decade", "decades"):
            value = sum(NUMBER_WORDS[p] for p in parts)  # "twenty-one"
            spelled, first_start = [words[i].group()], words[i].start()
            # "thirty two": a tens word followed by a units word is one number.
            if (i + 1 < len(words) and value % 10 == 0 and 20 <= value <= 90
                    and words[i + 1].group().lower() in NUMBER_WORDS
                    and NUMBER_WORDS[words[i + 1].group().lower()] < 10):
                value += NUMBER_WORDS[words[i + 1].group().lower()]
                spelled.append(words[i + 1].group())
                i += 1
            scale, scale_text = _scale_after(text, words[i].end())
            after = text[words[i].end():words[i].end() + 12].lower().lstrip()
            if after.startswith("decade"):
                scale, scale_text = 10, ""  # "seven decades" is 70 years
            elif re.match(r"centuries\b", after):
                scale, scale_text = 100, ""  # "two centuries" is 200 years (not "two century-old houses")
            raw = " ".join(spelled)
            out.append((round(value * scale, 6), raw, raw + scale_text, bool(scale_text), first_start))
        i += 1
    # "a thousand people" is 1,000, and "a hundred thousand" 100,000
    for match in _A_SCALE.finditer(text):
        value = float(_SCALES[match.group(1).lower()] * _SCALES.get((match.group(2) or "").lower(), 1))
        out = [m for m in out if not match.start() <= m[4] < match.end()]
        out.append((value, match.group(), match.group(), True, match.start()))
    # "one of the first countries", "one of its largest": one of a kind, no count
    out = [m for m in out if not (m[1].lower() == "one" and _ONE_OF_A_KIND.match(text, m[4]))]
    # "one in three respondents" is a share, a third, and no "one" and "three" of its own
    for match in _ONE_IN.finditer(text):
        part, whole = (_count_of(match.group(n)) for n in (1, 2))
        if part is not None and whole is not None and 0 < part < whole <= _ONE_IN_MOST:
            out = [m for m in out if not match.start() <= m[4] < match.end()]
            out.append((part / whole, match.group(), match.group(), False, match.start()))
    # "one and a half million" is 1.5 million
    for match in _AND_A_HALF.finditer(text):
        count = _count_of(match.group(1))
        if count is not None:
            scale = _SCALES.get((match.group(2) or "").lower(), 1)
            out = [m for m in out if not match.start() <= m[4] < match.end()]
            out.append(((count + 0.5) * scale, match.group(), match.group(), bool(match.group(2)), match.start()))
    # "half a dozen" is six, and "half a million" 500,000
    for match in _HALF_A.finditer(text):
        word = match.group(1).lower()
        value = NUMBER_WORDS[word] / 2
        out = [m for m in out if not match.start() <= m[4] < match.end()]
        out.append((value, match.group(), match.group(), word in _SCALES, match.start()))
    # "a century" is 100 years, and "half a decade" five
    for match in _A_SPAN.finditer(text):
        portion, span, and_a_half = match.group(1), match.group(2) or match.group(4), match.group(3) or match.group(5)
        value = (100 if span.lower() == "century" else 10) * (1.5 if and_a_half else 1) * (
            {"half": 0.5, "a quarter of": 0.25}.get((portion or "").lower(), 1))
        # (the span as written, without the word of time before it: "a century", not "for a century")
        article = re.search(r"\ban? ", match.group(), re.IGNORECASE)
        at = match.start(1) if portion else match.start() + (article.start() if article else 0)
        out = [m for m in out if not match.start() <= m[4] < match.end()]
        out.append((value, text[at:match.end()], text[at:match.end()], False, at))
    # "¾" is three-quarters
    out.extend((_VULGAR[m.group()], m.group(), m.group(), False, m.start()) for m in re.finditer("[¼½¾⅓⅔]", text)
               if not (m.start() and text[m.start() - 1].isdigit()))
    # "halved" says what "cut by half" says
    out.extend((0.5, m.group(), m.group(), False, m.start()) for m in _HALVED.finditer(text))
    # "all but 10 percent" is 90 percent, and "all but three of the 40 miners" is 37 of them
    for match in _ALL_BUT.finditer(text):
        part = _count_of(match.group(1).replace(",", ""))
        whole = 100.0 if match.group(2) else _count_of((match.group(3) or "").replace(",", ""))
        if part is not None and whole is not None and 0 < part < whole:
            at = match.start(1)
            out = [(whole - part, match.group(), match.group(), False, at) if m[4] == at else m for m in out]
    # "25 basis points" is a quarter of a percentage point
    points = [_BASIS_POINTS.match(text, m[4] + len(m[2])) for m in out]
    return tuple((m[0] / 100, m[1], m[2] + bp.group(), *m[3:]) if bp else m for m, bp in zip(out, points))



#: A scale word after "a" is one of it ("about a thousand people", "a hundred thousand").
_A_SCALE = re.compile(r"\ba (hundred|thousand|million|billion)(?: (thousand|million|billion))?\b"
                      r"(?![\s-]+(?:and[\s-]+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)", re.IGNORECASE)
#: Words that end as a superlative does and are none.
_NOT_SUPERLATIVE = (r"(?!(?:west|protest|forest|contest|interest|arrest|request|inquest|honest|modest|harvest|"
                    r"conquest|behest|manifest|suggest|digest|invest|attest|detest|test|rest|nest|quest|chest|guest|"
                    r"crest|pest)\b)")
#: The kind after "one of" or so many of: the first, the largest, the few.
_OF_A_KIND = (r" of (?:the|its|their|his|her|our|your|my|a|\w+['’]s) (?:" + _NOT_SUPERLATIVE
              + r"\w{2,}est|first|last|few|most|best|worst)\b")
#: "One" of a kind, which counts nothing ...
_ONE_OF_A_KIND = re.compile(r"one" + _OF_A_KIND, re.IGNORECASE)
#: ... unless the other side counts so many of it ("one of the largest banks" / "two of the largest").
_SO_MANY_OF_A_KIND = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)" + _OF_A_KIND, re.IGNORECASE)
#: Basis points after a figure, hundredths of a percentage point ("BP" in capitals is a company).
_BASIS_POINTS = re.compile(r"\s?(?:[Bb]asis\s+[Pp]oints?|bps?)\b")
#: A number and a half, with its scale ("one and a half million", "2 and a half", "two-and-a-half-year").
_AND_A_HALF = re.compile(r"\b(\w+)[\s-]and[\s-]a[\s-]half\b(?: (hundred|thousand|million|billion)\b)?", re.IGNORECASE)
#: A century or a decade as a span of time, a part of one or one and a half: "for more than a
#: century", "half a decade", "a quarter of a century", "a decade and a half ago". A span needs a
#: word that measures time before it ("for", "than", "over", "within") or after it ("ago", "-old",
#: "-long", "of"): a cricketer's "scored a century" is no span.
_A_SPAN = re.compile(r"\b(?:for|than|over|nearly|almost|about|around|some|in|within|after|under|past|last|"
                     r"(half|a quarter of))\s+an? (century|decade)( and a half)?\b"
                     r"|\ban? (century|decade)( and a half)?(?=[\s-](?:ago|later|earlier|old|long|of)\b)",
                     re.IGNORECASE)
#: Half of a count word ("half a dozen", "half a million").
_HALF_A = re.compile(r"\bhalf an? (dozen|hundred|thousand|million|billion)\b", re.IGNORECASE)
#: A change told as a share in one verb.
_HALVED = re.compile(r"\b(?:halved|halving|halve)\b", re.IGNORECASE)  # not "two halves"
#: A count told by what it leaves out ("all but three of the 40", "all but 10 percent").
_ALL_BUT = re.compile(r"\ball but (\d{1,3}(?:,\d{3})+|\w+)(?:( ?%| percent\b| per cent\b)"
                      r"| of (?:the |its |their |his |her )?(\d{1,3}(?:,\d{3})+|\w+))", re.IGNORECASE)


#: A count in words joined to what it counts ("four-strong", "three-day", "two-year-old"): not
#: "one" ("one-time", "one-sided", "one-off" count nothing), nor a number in words
#: ("twenty-one", "twenty-first": :data:`NUMBER_WORDS`).
_COUNTED_AS = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                         r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                         r"|hundred)-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)[a-z]+(?:-[a-z]+)*")
#: A share told as so many in (out of, in every) so many ("one in three", "1 in 5", "nine out of 10",
#: "nine in every 10").
_ONE_IN = re.compile(r"\b(\w+) (?:in every|out of|in) (\w+)\b(?= [a-z]| of\b)")
#: The most a share told so can count ("one in 100"): "5 in 2019" is no share.
_ONE_IN_MOST = 100


def _is_year(raw: str) -> bool:
    """Whether a number as written is a year ("1998", "2019"): it counts nothing."""
    return re.fullmatch(r"(1[89]|20)\d\d", raw) is not None


def _count_of(word: str) -> float | None:
    """A whole number written in digits or as one number word ("three", "12"), or None."""
    if word.isdigit():
        return float(word)
    value = NUMBER_WORDS.get(word.lower())
    return float(value) if value is not None and word.lower() not in _ORDINALS else None


def skeleton(name: str) -> str:
    """Consonant skeleton for transliteration variants: Gaddafi/Gadhafi, Muammar/Moammar, Katerry/Catry."""
    name = re.sub(r"[^a-z]", "", name.lower())
    name = name.replace("ph", "f").replace("c", "k").replace("q", "k")
    name = re.sub(r"[aeiouyh]", "", name)
    return re.sub(r"(.)\1+", r"\1", name)


_SOUND_CLASSES = str.maketrans({"b": "p", "v": "f", "w": "f", "c": "k", "g": "k", "j": "k", "q": "k",
                                "d": "t", "l": "r", "z": "s", "x": "s"})


def sound_key(name: str) -> str:
    """The consonants of a name by how they sound, voiced and unvoiced alike (b/p, g/k, d/t),
    l and r alike, v and w alike: the key that transliterations of one name share."""
    folded = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    letters = re.sub(r"[^a-z]", "", folded)
    for written, sound in (("ph", "f"), ("ch", "k"), ("sh", "s"), ("zh", "k")):
        letters = letters.replace(written, sound)
    letters = re.sub(r"[aeiouyh]", "", letters).translate(_SOUND_CLASSES)
    return re.sub(r"(.)\1+", r"\1", letters)


def _core(name: str) -> str:
    """A name without a trailing common word ("Shayibake District" -> "Shayibake")."""
    words = name.split()
    while len(words) > 1 and _is_common(words[-1].lower()):
        words.pop()
    return " ".join(words)


@dataclass(frozen=True)
class Settings:
    """What makes two words one name, a capitalised word an ordinary one, and a title's portfolio."""

    sound_key_min: int = 3
    """Sound keys of two spellings of one name agree with at least this many consonants ..."""
    sound_key_near: int = 4
    """... or nearly agree (``sound_key_ratio``) with at least this many of them."""
    sound_key_ratio: float = 0.85
    spelling_ratio: float = 0.8
    """Two spellings with the same first letter and this much in common are one name
    (Gaddafi / Gadhafi); a longer name containing another (McDonald / Donald) is not."""
    stem_ratio: float = 0.8
    """Words of two names of as many words are one word in two forms when the shorter's first
    letters, this share of it (and ``stem_min`` or more), begin the other: "Finance" /
    "Financial"; not "Austria" / "Australia"."""
    stem_min: int = 4
    person_words: int = 3
    """The most words a person's name has: the tagger calls a company a person now and then
    ("Sydney Shao Wansheng Food Co., Ltd."), and a longer name is compared as a thing's."""
    common_word: float = 4.5
    """A capitalised word this common in English (Zipf) is no name at the start of a sentence."""
    worked_out: float = 0.01
    """How near a figure must come to a share worked out on another figure ("half" of $16,000 /
    "$8,000") to be that share said another way."""
    relative_lead: int = 1
    """A year one side lost is the other side's year told from the story's own ("last year") where
    the words around the year share at least this many more with those around "last year" than
    with those around the lost year (each of six words either side; a tie keeps the year changed)."""
    describing_word: float = 3.0
    """A common noun this common in English (Zipf) right before a person's name describes them and
    names no one, where the tagger found no entity in it ("Owner Peter Kellerman")."""
    known_name: float = 3.0
    """Two one-word names of places or groups this common in English (Zipf), spelled alike, are
    two names, not one spelled two ways: "Austria" / "Australia", "Slovakia" / "Slovenia". (People's
    names are left to the spelling rules: "Mohammed" / "Muhammad" are both this common.)"""
    portfolio_reach: int = 6
    """How many capitalised words right before a title are read as more of its portfolio
    ("Health and Human Services Secretary")."""
    office_words: int = 4
    """How many lower-case words before an office in apposition are read as part of it ("the
    founder and chief executive", "the agency's deputy director")."""
    described_words: int = 4
    """How many words just before a name, or set after it between commas, may describe the person
    ("Police spokesperson Superintendent Dipheko Motube"), for a reprint that names whom its
    original describes."""
    share_reach: float = 0.15
    """How far on its side of a share told as a bound ("more than a fifth", "nearly a third") a
    percentage may stand, as a part of that share: "more than a fifth" / "22%", "nearly a third" /
    "31%"; not "more than a fifth" / "24%" ..."""
    about_reach: float = 0.1
    """... and either side of one told as "about": "about a fifth" / "19%", not "15%"."""
    bound_reach: float = 0.25
    """How far on its side of a figure the original tells as a bound ("over 5 million children")
    the figure the story gives for the same thing ("about 5.2 million children") may stand, for a
    reprint that gives that figure in its place ("5.2m children")."""


SETTINGS = Settings()


def _find_words(text: str) -> Iterator[re.Match[str]]:
    """Words as names are written: letters joined by apostrophes and hyphens ("Jean-Pierre")."""
    return find_words(text, letters_only=True, hyphens=True)


def _words(text: str) -> list[str]:
    return [m.group() for m in _find_words(text)]
#: First letters that transliteration swaps (Wilmès / Vermes): any other pair is another name.
_SWAPPED_INITIALS = frozenset({frozenset("vw"), frozenset("ck"), frozenset("kq"), frozenset("cq")})


def sounds_alike(a: str, b: str) -> bool:
    """Two spellings of one name, as transliteration gives them: Wilmès / Vermes, Shayibake
    District / Saybag, Liu Qingyun / Lau Ching Wan. The names start with the same letter (or
    v/w, c/k/q) and their sound keys agree (at least three consonants) or nearly agree (at
    least four). Biden / Putin share a key but not a first letter: two names."""
    shared = set(a.split()) & set(b.split())  # "Sophie Wilmès" / "Sophie Vermes": the surnames decide
    a, b = (" ".join(w for w in name.split() if w not in shared) for name in (a, b))
    a, b = _core(a), _core(b)
    first_a, first_b = (unicodedata.normalize("NFKD", n[:1].lower())[:1] for n in (a, b))
    if first_a != first_b and frozenset((first_a, first_b)) not in _SWAPPED_INITIALS:
        return False
    ka, kb = sound_key(a), sound_key(b)
    if min(len(ka), len(kb)) < SETTINGS.sound_key_min or ka[0] != kb[0]:
        return False
    return ka == kb or (min(len(ka), len(kb)) >= SETTINGS.sound_key_near
                        and difflib.SequenceMatcher(None, ka, kb).ratio() >= SETTINGS.sound_key_ratio)


def is_spelling_variant(lost: Sequence[str], new: Sequence[str]) -> bool:
    """Whether every name on each side sounds like one on the other: the names were spelled
    differently, not changed."""
    return bool(lost and new) and all(any(sounds_alike(n, o) for o in lost) for n in new) \
        and all(any(sounds_alike(o, n) for n in new) for o in lost)


def is_demonym_of(group: str, place: str) -> bool:
    """China / Chinese, Russia / Russian, Spain / Spanish: a people's adjective and its place."""
    g, p = group.lower().strip(), place.lower().strip()
    if " " in g or " " in p or g == p:
        return False
    stem = p[:-1] if p.endswith(("a", "e", "y")) else p  # Chin(a), Russi(a), Vietnam
    prefix = stem if len(stem) <= 4 else stem[:-1]
    return len(prefix) >= 4 and g.startswith(prefix) and g.endswith(("ian", "ese", "ish", "an", "i", "ic", "n"))


def normalise_name(name: str) -> str:
    key = re.sub(r"[.\s]+", " ", name.lower().replace(".", "")).strip()
    key = key.replace("’s", "").replace("'s", "").replace("’", "'")
    key = re.sub(r"-based$", "", key)  # "Ont.-based" is the place
    key = " ".join(short_form(word) for word in key.split())  # "Senator" / "Sen.", "Main Street" / "Main St."
    return _ALIASES.get(key.replace(" ", ""), _ALIASES.get(key, key))


def same_name(a: str, b: str) -> bool:
    na, nb = normalise_name(a), normalise_name(b)
    if na == nb or (skeleton(na) and skeleton(na) == skeleton(nb)) or _title_cut_short(a, b):
        return True
    # Spelling variants (Gaddafi / Gadhafi, Zelensky / Zelenskyy) keep the first letter: a
    # longer name that contains another (McDonald / Donald) is a different name. Names of as
    # many words are compared word by word: "East China" / "East India" share most of their
    # letters, but not a name.
    wa, wb = na.split(), nb.split()
    if len(wa) == len(wb) > 1:
        return all(x == y or _word_alike(x, y) for x, y in zip(wa, wb))
    return _spelled_alike(na, nb)


#: Ranks of the police, which news copy gives in capitals with a P for "of Police" ("SP", "ASP",
#: "DSP", "IGP").
_POLICE_RANKS = frozenset({"superintendent", "inspector", "sergeant", "constable", "detective", "corporal",
                           "commissioner", "assistant", "deputy", "senior", "general"})


def _title_cut_short(a: str, b: str) -> bool:
    """One person's name after a title and after its short form: "Superintendent Adebola Ogunleye" /
    "SP Adebola Ogunleye", "Deputy Superintendent Ravi Kumar" / "DSP Ravi Kumar" (the title's
    initials in capitals, and a P after a police rank's, then the same two names or more; not
    "SSP" for "Superintendent", "MP" for "Minister")."""
    wa, wb = a.split(), b.split()
    for short, long in ((wa, wb), (wb, wa)):
        if re.fullmatch(r"[A-Z]{2,4}", short[0]) and len(short) >= 3:
            rest = short[1:]
            title = long[:len(long) - len(rest)]
            initials = "".join(w[0] for w in title)
            police = all(w.lower() in _POLICE_RANKS for w in title)  # ("SP": Superintendent of Police)
            if title and long[len(title):] == rest and all(w.lower() in TITLE_WORDS | _POLICE_RANKS for w in title) \
                    and (short[0] == initials or police and short[0] == initials + "P"):
                return True
    return False


def _spelled_alike(a: str, b: str) -> bool:
    return a[:1] == b[:1] and difflib.SequenceMatcher(None, a, b).ratio() >= SETTINGS.spelling_ratio


def _word_alike(a: str, b: str) -> bool:
    """Two words of a name that are one word: spelled alike, or one word's forms ("Finance" /
    "Financial", "Sport" / "Sports": most of the shorter word begins the longer)."""
    shared = len(os.path.commonprefix([a, b]))
    one_stem = shared >= SETTINGS.stem_ratio * min(len(a), len(b)) and shared >= SETTINGS.stem_min
    return _spelled_alike(a, b) or one_stem or any(a in group and b in group for group in _SAME_KIND)


#: Words that name one kind of thing in other words: translations swap them ("Buffalo-Pittsburgh
#: Highway" / "Freeway", "Medal of Friendship" / "Order of Friendship") without naming another.
#: Other kind words name another thing ("European Commission" / "European Council").
_SAME_KIND = tuple(frozenset(group.split()) for group in (
    "highway hwy freeway expressway motorway", "medal order decoration", "exhibition expo", "harbour harbor port",
))


def names(text: str) -> list[str]:
    """Capitalised words that are probably names (people, places, organisations)."""
    out = []
    for i, match in enumerate(_find_words(text)):
        word = match.group()
        bare = re.sub(r"['’]s$", "", word)
        if len(bare) < 2 or not bare[:1].isupper() or bare.lower() in _NOT_NAMES or bare.lower() in DAYS_MONTHS:
            continue
        if bare.lower() in TITLE_WORDS:
            continue
        before = text[:match.start()].rstrip()
        if i == 0 or before.endswith((".", "!", "?", "“", '"', ":")):
            # Sentence-initial capitals are names only when they are not ordinary words.
            if bare.lower() in NUMBER_WORDS or (len(bare) > 1 and bare[1:].islower() and _is_common(bare.lower())):
                continue
        out.append(bare)
    for match in re.finditer(r"\b(?:[A-Z]\.){2,}", text):
        out.append(match.group())
    return out


def _is_common(word: str) -> bool:
    return english_zipf(word) >= SETTINGS.common_word


def _unmatched(items: Iterable[str], others: Sequence[str]) -> list[str]:
    return [item for item in items if not any(same_name(item, other) for other in others)]


def titles(text: str) -> dict[str, tuple[str, ...]]:
    """Person surname -> the title words written just before the person's name, as written
    ("Deputy Secretary of State Wendy Sherman"), or just after it and "is" ("Wendy Sherman is
    Deputy Secretary of State"; "was" could be a title held before, and a title after words
    that retract it, "incorrectly said", is nobody's)."""
    return {surname: title for surname, title, _ in _titles(text)}


@lru_cache(maxsize=4096)
def _titles(text: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """``titles``, read once per text (every reprint sentence is compared with all the
    originals), each with the capitalised words just before it that may be more of its
    portfolio ("Health and Human Services Secretary", "Minister for Europe and Foreign Affairs")."""
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    words = [(m.group(), m.start()) for m in _find_words(text)]
    for i, (word, _) in enumerate(words):
        if not word[:1].isupper() or not (_is_title_word(words, i) or word.lower() in _PORTFOLIOS):
            continue
        j = i
        title: list[str] = []
        while j < len(words) and _in_title(words, j, title):
            title.append(words[j][0])
            j += 1
        if title[-1] == "the":  # "Governor of the Bank of England": no person's name follows
            continue
        if not any(_is_title_word(words, k) for k in range(i, j)):
            continue  # "Finance Ana Costa": a portfolio names no office alone
        person = []
        # a name's words stand apart by spaces (after an initial, a full stop): "Defence
        # Technology Co., Ltd." names nobody
        while j < len(words) and words[j][0][:1].isupper() and words[j][0].lower() not in TITLE_WORDS \
                and _joined(text, words[j - 1], words[j]):
            person.append(words[j][0])
            j += 1
        starts_title = i == 0 or words[i - 1][0].lower() not in TITLE_WORDS | _PORTFOLIOS
        # "Minister of National Defence": a run that title words go on after is part of the
        # title; "Defence Technology Co": a company's words are no person's
        inside_title = j < len(words) and words[j][0].lower() in TITLE_WORDS and _joined(text, words[j - 1], words[j])
        if person and (inside_title or any(w.lower() in ORGANISATION_WORDS for w in person)):
            continue
        if title and person and starts_title:
            surname = re.sub(r"['’]s$", "", person[-1])
            if surname.lower() not in _NOT_NAMES:
                out.setdefault(surname, (tuple(title), _portfolio_before(text, words, i, set(out))))
    for i in range(1, len(words) - 1):
        surname = re.sub(r"['’]s$", "", words[i - 1][0])
        if words[i][0] != "is" or not surname[:1].isupper() or surname.lower() in _NOT_NAMES \
                or surname.lower() in TITLE_WORDS \
                or any(w.lower() in _RETRACTED for w, _ in words[max(0, i - _RETRACTED_REACH):i]):
            continue
        j = i + 1 + (words[i + 1][0].lower() in ("the", "a", "an"))
        title = []
        while j < len(words) and words[j][0][:1].isupper() and (_is_title_word(words, j)
                                                                or words[j][0].lower() in _PORTFOLIOS) \
                or title and j < len(words) and words[j][0] == "of":
            title.append(words[j][0])
            j += 1
        if title and title[-1] != "of" and j < len(words) and words[j][0][:1].isupper():
            continue  # "Psaki is President Biden's press secretary": the title is another person's
        while title and title[-1] == "of":
            title.pop()
        if title and any(w.lower() not in _PORTFOLIOS for w in title):
            out.setdefault(surname, (tuple(title), ()))
    return tuple((surname, title, before) for surname, (title, before) in out.items())


def _portfolio_before(text: str, words: Sequence[tuple[str, int]], i: int, named: set[str]) -> tuple[str, ...]:
    """The capitalised words (and "and", "of", "for", "the") right before the title that starts
    at ``words[i]``, up to ``portfolio_reach`` of them and not back past a person ``named`` with a
    title of their own: the rest of a portfolio the title words did not take in ("Health and
    Human Services Secretary", "Culture, Media and Sport Secretary"), not another person's title
    ("Health Minister Ana Costa and Finance Minister Li Wei")."""
    before: list[str] = []
    j = i - 1
    while j >= 0 and len(before) < SETTINGS.portfolio_reach and words[j][0] not in named \
            and (words[j][0][:1].isupper() or words[j][0] in _TITLE_FILLERS) \
            and not re.search(r"['’]s$", words[j][0]) \
            and (_joined(text, words[j], words[j + 1]) or words[j][0].lower() not in TITLE_WORDS):
        # not back past a possessive ("Starmer's Chancellor") or another person's title set off
        # by a comma ("Janet Yellen, the Treasury Secretary, and Commerce Secretary ...")
        before.append(words[j][0])
        j -= 1
    return tuple(reversed(before))


def _is_title_word(words: Sequence[tuple[str, int]], j: int) -> bool:
    """Whether ``words[j]`` is a word of a title: one of TITLE_WORDS, each part of a hyphenated one
    ("Vice-Chancellor"), or "Major" before "General"."""
    lower = words[j][0].lower()
    if lower in TITLE_WORDS or "-" in lower and all(part in TITLE_WORDS for part in lower.split("-")):
        return True
    return lower == "major" and j + 1 < len(words) and words[j + 1][0].lower() == "general"


def _in_title(words: Sequence[tuple[str, int]], j: int, title: Sequence[str]) -> bool:
    """Whether ``words[j]`` goes on the title run ``title``: a title word, a portfolio written
    with a capital, "of" (or "for" before a portfolio; then "the") after a title word, "and" between portfolios
    ("Trade and Industry Minister"; "Prime Minister and Defence Minister" are two titles)."""
    word = words[j][0]
    lower = word.lower()
    last = title[-1].lower() if title else ""
    if _is_title_word(words, j):
        return True
    if lower in _PORTFOLIOS:  # "Health Minister"; "Junior health minister" in the run
        return word[:1].isupper() or bool(title) and j + 1 < len(words) \
            and (_is_title_word(words, j + 1) or words[j + 1][0].lower() in _PORTFOLIOS)
    if word == "of":
        return bool(title) and last in TITLE_WORDS
    if word == "for":  # "Minister for Foreign Affairs", not "Secretary of State for East Asian ... Affairs"
        return bool(title) and last in TITLE_WORDS and j + 1 < len(words) \
            and words[j + 1][0].lower() in TITLE_WORDS | _PORTFOLIOS | {"the"}
    if word == "the":
        return last in ("of", "for")
    if word == "and":
        return last in _PORTFOLIOS - {"affairs"} and j + 1 < len(words) \
            and words[j + 1][0].lower() in _PORTFOLIOS and words[j + 1][0][:1].isupper()
    return False


def _joined(text: str, before: tuple[str, int], word: tuple[str, int]) -> bool:
    """Whether only spaces (or the full stop of an initial or a courtesy title: "George W. Bush",
    "Dr. Ingrid Solvang") stand between two words."""
    gap = text[before[1] + len(before[0]):word[1]].strip()
    return not gap or (gap == "." and (len(before[0]) == 1 or before[0].lower() in COURTESY_TITLES))


#: Words that retract what follows them ("an earlier version incorrectly said Sherman is ..."):
#: a title stated after them, within this many words, is nobody's title.
_RETRACTED = frozenset({"incorrectly", "mistakenly", "wrongly", "erroneously", "falsely", "misstated",
                        "misidentified", "misreported", "earlier", "previously", "originally"})
_RETRACTED_REACH = 10


#: spaCy entity labels compared as names, by kind: a person is only replaced by a person.
NAME_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
              "NORP": "group", "EVENT": "event", "PRODUCT": "product", "WORK_OF_ART": "title of a work",
              "LAW": "law", "PROPN": "name", "LANGUAGE": "name"}
# (a language, or a name the tagger takes for one: "from Freeport to Governor's Harbour")


def _entity_name(text: str) -> str:
    return re.sub(r"^(?:(?:the|The|THE)\s+)+", "", re.sub(r"['’]s$", "", text.strip()))


#: Initials a state's or territory's formal name puts before its short name: Republic,
#: Commonwealth, Kingdom, Federal or Federated, Democratic ("RMI" / "Marshall Islands", "CNMI" /
#: "Northern Mariana Islands", "KSA" / "Saudi Arabia").
_STATE_FORMS = frozenset("RCKFD")
#: Last words of the names of parties and other bodies, whose short forms hold other initials
#: ("FDP" is no "Democratic Party").
_BODIES = frozenset({"party", "front", "movement", "alliance", "congress", "league", "union", "bank", "council",
                     "army", "forces", "association", "federation", "group", "company", "corporation", "committee",
                     "commission", "index", "officer", "authority", "agency", "board", "bureau", "institute",
                     "service", "fund", "court", "ministry", "department", "office", "organisation", "organization"})


def is_acronym_of(short: str, long: str) -> bool:
    """ISIS / Islamic State, UN / United Nations: capitals that spell the initials of the words,
    or of a state's formal name (one or two initials of :data:`_STATE_FORMS` before them)."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    words = [w for w in re.split(r"[\s-]+", long) if w[:1].isupper()]
    if len(letters) < 2 or not letters.isupper() or len(words) < 2:
        return False
    initials = "".join(w[0] for w in words)
    formal = letters[:len(letters) - len(initials)]
    return letters.startswith(initials) or initials.startswith(letters) or (
        letters.endswith(initials) and 1 <= len(formal) <= 2 and set(formal) <= _STATE_FORMS
        and words[-1].lower() not in _BODIES)


def spelled_out(short: str, text: str) -> bool:
    """Whether capitals are a short form that ``text`` spells out: the initials of words that
    follow one another there, with no punctuation between them and "and", "of", "on", "the", "for" or
    "&" skipped ("MVP" / "the tournament's most valuable player", "LPV" / "limited preferential
    voting", "TT" / "Trinidad and Tobago"), or given in lower case ("MoD" / "Ministry of Defence").
    Two capitals stand only for capitalised words: two words in lower case start with the same two
    letters too often; more stand for words all capitalised or all in lower case, none of them a
    word of grammar ("about NATO's counterproposal" spells no ANC)."""
    letters = short.strip()
    capitals = sum(c.isupper() for c in letters)
    if not re.fullmatch(r"[A-Z][A-Za-z]{1,5}", letters) or capitals < 2:
        return False
    for run in re.split(r"[^\w\s'’&-]+", text):
        words = run.split()
        for start in range(len(words)):
            n, at = 0, start
            while n < len(letters) and at < len(words):
                word = words[at]
                skipped = word.lower() in _SKIPPED_IN_SHORT_FORMS
                if letters[n].islower():  # a skipped word the short form keeps: the "o" of "MoD"
                    if not skipped or word[0].lower() != letters[n]:
                        break
                    n, at = n + 1, at + 1
                    continue
                if n > 0 and skipped:
                    at += 1
                    continue
                if word[0].upper() != letters[n] or (capitals == 2 and not word[0].isupper()) \
                        or word.lower() in _GRAMMAR_WORDS or (n > 0 and word[0].isupper() != words[start][0].isupper()):
                    break
                n, at = n + 1, at + 1
            if n == len(letters):
                return True
    return False


#: Words of grammar that no short form stands for.
_GRAMMAR_WORDS = frozenset("""a an about above after against also among as at be been before being below between but
by can could did do does during from had has have he her his how if in into is it its may might must nor not on once
or our out over she should so than that their them then there these they this those through to under until up was we
were what when where which while who whom why will with would you your""".split())


#: Words a short form skips between the words it stands for ("Trinidad and Tobago": TT).
_SKIPPED_IN_SHORT_FORMS = frozenset({"and", "of", "on", "the", "for", "&"})


def is_syllabic_short_form(short: str, long: str) -> bool:
    """"Comelec" / "Commission on Elections", "Interpol" / "International Police", "Pemex" /
    "Petróleos Mexicanos": one word made of the first letters (two or more) of each of two or more
    words of a name, in their order, the words a short form skips aside; in capitals, one letter
    or more of each ("COMSA" / "Coastal Marine Services Agency")."""
    capitals = re.fullmatch(r"[A-Z]{3,8}", short) is not None
    if not capitals and not re.fullmatch(r"[A-Z][a-z]{4,11}", short):
        return False
    least = 1 if capitals else 2
    letters = short.lower()
    words = [w.lower() for w in re.findall(r"[A-Z][\w'’-]+|[a-z]+", long) if w.lower() not in _SKIPPED_IN_SHORT_FORMS]
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return False

    def built(at: int, word: int) -> bool:  # letters[at:] from words[word:], each word ``least`` letters
        if at == len(letters):
            return word == len(words)
        return word < len(words) and any(letters[at:at + n] == words[word][:n] and built(at + n, word + 1)
                                         for n in range(least, len(words[word]) + 1))

    return built(0, 0)


#: A name of two or more capitalised words, joined by the words a short form skips ("Commission
#: on Elections").
_LONG_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:(?:" + "|".join(map(re.escape, sorted(_SKIPPED_IN_SHORT_FORMS)))
                        + r")\s+)?[A-Z][\w'’-]+)+")


def _head(name: str) -> str:
    """The word a name of an organisation is named by: its last before "of", "on" or "for", else its
    last ("Commission on Elections": Commission; "Safaricom Staff Union": Union)."""
    words = re.split(r"\s+(?:of|on|for)\s+", name)[0].split()
    return words[-1] if words else name


#: A short form defined in brackets right after the long name it stands for: "the National
#: Elections Commission (CNE)", "Utrecht Ethnological Museum (UEM)".
_DEFINED = re.compile(rf"({_LONG_NAME.pattern})\s+\(([A-Z][A-Za-z]{{0,5}}[A-Z])\)")


def defined_short_forms(text: str) -> dict[str, str]:
    """The short forms ``text`` defines in brackets after a long name of two words or more, each
    with that name ("National Elections Commission (CNE)": {"CNE": "National Elections
    Commission"}); the first definition of a short form stands."""
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        found.setdefault(match.group(2), re.sub(r"^(?:The|A|An)\s+", "", match.group(1)))
    return found


def _defined_for(name: str, lost: Sequence[str], original: str, short_forms: Mapping[str, str]) -> bool:
    """Whether a new name is, or starts with, a short form the reprint defines ("CNE President")
    for a long name that holds each lost name and whose head the original tells ("the museum in
    Utrecht" / "the UEM": "Utrecht Ethnological Museum"; not "the Utrecht city council" / "the
    UEM"), or, where the original names no one, whose head it gives in lower case ("the federation said" / "the FCF
    said": "Cape Verdean Football Federation"; not "The Energy Regulatory Authority said" / "The
    KRA said", the reprint's "Kenya Revenue Authority (KRA)"): the name the original gives, told
    short."""
    long = short_forms.get(_untitled(name).split()[0]) if name.split() else None
    if long is None:
        return False
    words, head = {w.lower() for w in long.split()}, re.escape(_head(long).lower())
    if lost:  # each lost name a part of the long one, whose head the original tells too
        return all(set(str(n).lower().split()) <= words for n in lost) \
            and re.search(rf"\b{head}\b", original, re.IGNORECASE) is not None
    return re.search(rf"\b{head}\b", original) is not None


def _short_form_in_story(lost: Sequence[str], new: Sequence[str], story: Sequence[str]) -> bool:
    """Whether each new name is a one-word short form ("Comelec Chair": "Comelec") of a long name
    the story gives ("Commission on Elections") that each lost name names by its head word
    ("Commission"; not "Safaricom" for "SSU", the "Safaricom Staff Union")."""
    runs = {tuple(m.group().split()) for text in story for m in _LONG_NAME.finditer(text)}
    # (any run of its words: "Philippine Commission on Elections Chairman George Garcia")
    longs = {" ".join(run[i:j]) for run in runs for i in range(len(run)) for j in range(i + 2, len(run) + 1)
             if run[i][:1].isupper() and run[j - 1][:1].isupper()}
    for name in new:
        short = _untitled(str(name)).split()
        found = [long for long in longs if len(short) == 1 and is_syllabic_short_form(short[0], long)]
        if not found or not all(any(same_name(str(n), long) or str(n).split()[-1:] == [_head(long)] for long in found)
                                for n in lost):
            return False
    return bool(new)


def _one_person_in_story(lost: Sequence[str], new: Sequence[str], story: Sequence[str], people: bool = False) -> bool:
    """Whether one word of each side is one person's given and family name, as the story gives
    them together ("Dr Ratna Wulandari" ... "Wulandari said" / "Ratna said"): house styles that
    call people by their given name on second reference write so. Where the tagger did not take
    them for ``people``, the story must give the name after a title ("Dr Ratna Wulandari"; not
    "the Chelsea Arsenal derby")."""
    def together(a: str, b: str) -> bool:
        return any(people or (m.group(1) or "").lower().rstrip(".") in COURTESY_TITLES | TITLE_WORDS | _PERSONS_ROLES
                   for x, y in ((a, b), (b, a)) for text in story
                   for m in re.finditer(rf"(?:^|\b([\w.]+)\s+){re.escape(x)}(?:\s+[A-Z][\w'’-]+)?\s+{re.escape(y)}\b",
                                        text))

    def bare(name: str) -> str:  # "Dr Ratna": Ratna
        words = _untitled(name).split()
        while len(words) > 1 and words[0].lower().rstrip(".") in COURTESY_TITLES:
            words = words[1:]
        return " ".join(words)

    words_lost = [bare(str(n)) for n in lost]
    words_new = [bare(str(n)) for n in new]
    if not words_lost or not words_new or any(len(n.split()) != 1 for n in words_lost + words_new):
        return False
    return all(any(together(n, m) for m in words_lost) for n in words_new) \
        and all(any(together(n, m) for n in words_new) for m in words_lost)


def is_clipped_from(short: str, long: str) -> bool:
    """"Met Service" / "Meteorological Service", "Met" / "Meteorological Department": a name whose
    first word is one news copy clips the other's first word to (:data:`CLIPPED_NAME_WORDS`), and
    whose other words, if any, are the other's."""
    mine, theirs = short.split(), long.split()
    if not mine or len(theirs) < 2 or (len(mine) > 1 and len(mine) != len(theirs)):
        return False
    return theirs[0].lower() in CLIPPED_NAME_WORDS.get(mine[0].lower().rstrip("."), ()) \
        and all(same_name(a, b) for a, b in zip(mine[1:], theirs[1:]))


def _name_parts(name: str) -> list[str]:
    """The words of a name; an acronym glued to a name by lost punctuation is two words
    ("NATORussia" from "NATO-Russia")."""
    parts: list[str] = []
    for word in re.split(r"[\s-]+", name):
        glued = re.fullmatch(r"([A-Z]{2,})([A-Z][a-z]+)", word)
        parts.extend(glued.groups() if glued else [word])
    return parts


#: Short words of names that are abbreviations, not words of their own ("St", "Mt", "Co").
_NAME_ABBREVIATIONS = frozenset({"mr", "dr", "st", "mt", "ms", "jr", "sr", "co", "no", "ft", "rd", "av"})


def _name_word(word: str) -> bool:
    """Whether a word of a name is compared: capitalised, and no abbreviation ("Long An Province":
    Long, An, Province; "St Paul": Paul)."""
    return word[:1].isupper() and (len(word) > 2 or word.isupper()
                                   or (len(word) == 2 and word.lower() not in _NAME_ABBREVIATIONS))


def name_matches(a: str, b: str, people: bool = True) -> bool:
    """Same name, a variant spelling, an acronym, or a part of it (Putin / Vladimir Putin).
    ``people`` says either may be a person's name: two full names with one family name are one
    person. Other names (places, organisations) end in a word of their kind: two of as many
    words are one only if each word of one stands in the other ("Beijing Daxing International
    Airport" / "Paris Daxing International Airport" are two; see :func:`_one_family`)."""
    if not people and _known_apart(a, b):
        return False
    if same_name(a, b) or is_acronym_of(a, b) or is_acronym_of(b, a) or is_demonym_of(a, b) or is_demonym_of(b, a) \
            or is_clipped_from(a, b) or is_clipped_from(b, a):
        return True
    parts_a = [w for w in _name_parts(a) if _name_word(w)]
    parts_b = [w for w in _name_parts(b) if _name_word(w)]
    if not parts_a or not parts_b:
        return False
    if len(parts_a) > 1 and sorted(parts_a) == sorted(parts_b):
        return True  # Wang Boxiang / Boxiang Wang: family name first or last
    if len(parts_a) > 1 and len(parts_b) > 1:
        # Two full names are one only if the family names agree or one name's words all stand
        # in the other: Vladimir Putin is not Vladimir Zelensky, Mick Fleetwood is not
        # Fleetwood Mac, but the Conservative Party is in the Conservative Party Conference,
        # the US House of Representatives is the House of Representatives of the United
        # States Congress, and the Medal of Friendship the Friendship Medal.
        short, long_ = sorted((parts_a, parts_b), key=len)
        if not re.search(r"\bof\b", f"{a} {b}"):  # without "of", a name keeps its order
            inside = any(all(same_name(x, y) for x, y in zip(short, long_[i:i + len(short)]))
                         for i in range(len(long_) - len(short) + 1))
            return inside or _one_family(parts_a, parts_b, people)
        spelled = " ".join(long_)
        inside = all(any(same_name(x, y) for y in long_) or is_acronym_of(x, spelled)
                     or any(is_acronym_of(x, " ".join(long_[i:j])) for i in range(len(long_))
                            for j in range(i + 2, len(long_) + 1))
                     for x in short)
        return inside or _one_family(parts_a, parts_b, people)
    return any(same_name(x, y) for x in parts_a for y in parts_b)


def _another_family(a: str, b: str) -> bool:
    """Two people's family names, one the other with a name's ending put on: "Harris" /
    "Harrison", "John" / "Johnson" (a spelling variant changes letters, or adds one:
    "Zelensky" / "Zelenskyy")."""
    family = [(normalise_name(name).split() or [""])[-1] for name in (a, b)]
    short, long_ = sorted(family, key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) >= 2 and long_[len(short):].isalpha()


def _known_apart(a: str, b: str) -> bool:
    """Two one-word names that English text uses often, each on its own (``known_name``): two
    places or groups, however alike their spelling ("Austria" / "Australia"). A people's word and
    its place ("China" / "Chinese") and one name's aliases are one."""
    na, nb = normalise_name(a), normalise_name(b)
    if na == nb or " " in na or " " in nb or is_demonym_of(a, b) or is_demonym_of(b, a):
        return False
    return min(english_zipf(na), english_zipf(nb)) >= SETTINGS.known_name


def _one_family(parts_a: Sequence[str], parts_b: Sequence[str], people: bool) -> bool:
    """Whether two full names end alike as one person's or one thing's names do (see
    :func:`name_matches`)."""
    if not same_name(parts_a[-1], parts_b[-1]):
        return False
    if people:
        return True
    short, long_ = sorted((parts_a, parts_b), key=len)
    standing = sum(_stands_in(x, long_) for x in short)
    # as many words, one of them another: "Beijing Daxing International Airport" / "Paris ...";
    # a name shortened is the same where a word before its last stands in the other ("Daxing
    # Airport", "Noibai Airport" / "Noi Bai International Airport"), and another where none does
    # ("Hamad Medical Corporation" / "Primary Health Care Corporation"); but an airport is named
    # by its city as often as by its own name ("Nairobi Airport" / "Jomo Kenyatta International
    # Airport"), and a changed one ("Shanghai Airport") is missed
    if len(short) == len(long_):
        return standing == len(short)
    # (nor is a name spelled two ways, as translations give a Chinese one, where a word of each
    # begins alike: "Shao Yifu Hospital" / "Run Run Shaw Hospital")
    return short[-1].lower() in _NAMED_BY_CITY or any(_stands_in(x, long_) for x in short[:-1]) \
        or any(len(x) >= 4 and len(y) >= 4 and x[:3].lower() == y[:3].lower() for x in short[:-1] for y in long_[:-1])


#: Places named by their city as often as by their own name.
_NAMED_BY_CITY = frozenset({"airport", "airports", "airfield"})


def _stands_in(word: str, words: Sequence[str]) -> bool:
    """Whether a word of one name stands in another name's words: as one of them, or as the
    short form of a run of them ("US" for "United States")."""
    if any(same_name(word, other) for other in words):
        return True
    runs = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, min(len(words), i + 3) + 1)]
    # (a short form of a run, or the run written as one word: "Noibai" / "Noi Bai")
    return any(is_acronym_of(word, run) or normalise_name(word) == normalise_name(run)
               or normalise_name(word) == normalise_name(run.replace(" ", "")) for run in runs)


#: Kinds of name that may be a person's.
_PERSONAL = frozenset({"person", "name"})


#: Offices and roles a tagger takes for names, as a short form or at a sentence's start: "said the
#: PS", "Equasol CEO Karen Ong", "Captain Ronell Baptiste" / "Skipper Ronell Baptiste".
_ROLES = frozenset({"ceo", "cfo", "coo", "cto", "ps", "mp", "mps", "mep", "mla", "mpp", "pm", "dg"})
#: ... and words of a person's role, taken for a person's name.
_PERSONS_ROLES = frozenset({"captain", "skipper", "coach", "manager", "chairman", "chairwoman", "chairperson"})
#: Words of a kind of place that a local paper capitalises for its own place after "the": "coming
#: back to the Island" (the Isle of Man), "across the Territory", which name no other place.
_PLACE_KINDS = frozenset({"island", "isle", "territory", "province", "state", "kingdom", "colony", "emirate",
                          "principality", "bailiwick", "republic", "city", "capital", "county", "borough", "region"})


#: Courtesy titles, short and in full.
_COURTESY = COURTESY_TITLES | {"professor", "doctor"}
#: Words after an office for one chosen to hold it ("President-elect", "Minister-designate").
_CHOSEN = frozenset({"elect", "designate"})


def _a_title(name: str) -> bool:
    """Whether a name is an office and its portfolio only ("Health Secretary", "the Prime
    Minister", "the Mayor-elect"): a person the reprint calls by their office is no new name."""
    words = [w.lower().rstrip(".") for w in re.split(r"[\s-]+", name) if w.lower() != "the"
             and w.lower() not in _CHOSEN]
    # (with the courtesy title that goes with the office: "Vice-Chancellor Professor")
    return bool(words) and all(w in TITLE_WORDS or w in _PORTFOLIOS or w in _COURTESY for w in words) \
        and any(w in TITLE_WORDS for w in words)


#: Title words that name an office and nothing else: a name may end in "King", "Judge" or
#: "State" ("Stephen King", "Golden State"), not in "Minister".
_OFFICE_TITLES = frozenset({"minister", "chairman", "chairwoman", "chairperson", "chair", "secretary", "spokesman",
                            "spokeswoman", "spokesperson", "director", "president", "governor", "mayor",
                            "commissioner", "ambassador", "premier", "chancellor", "envoy"})


def _untitled(name: str) -> str:
    """A name without the office the tagger took into it ("B.C. Labour Minister": "B.C.",
    "Comelec Chair": "Comelec", "UAE Vice President": "UAE"): the office words at its end
    (:data:`_OFFICE_TITLES`), with their ranks and a courtesy title after them, and the portfolio
    before them. The name as it is where that would leave nothing or end it in a word of grammar
    ("Secretary of State")."""
    words = name.split()
    n = len(words)
    # ("UAE Vice President", "General Secretary", "COMSA Director General Mr"; not "Notre Dame")
    while n > 1 and words[n - 1].lower().rstrip(".") in COURTESY_TITLES:
        n -= 1
    while n > 1 and words[n - 1].lower().rstrip(".") in _OFFICE_TITLES | _RANKS | {"general"}:
        n -= 1
    if not any(w.lower().rstrip(".") in _OFFICE_TITLES for w in words[n:]):
        return name  # a rank or a courtesy title alone is no office ("Burger Chief", "General Motors")
    while n < len(words) and n > 1 and words[n - 1].lower() in _PORTFOLIOS:
        n -= 1
    if n == len(words) or words[n - 1].lower() in _TITLE_FILLERS \
            or all(w.lower().rstrip(".") in TITLE_WORDS | _PORTFOLIOS for w in words[:n]):
        return name
    return " ".join(words[:n])


#: The last words of names of places and of organisations, which no person's name ends in: the
#: tagger takes "Dong Nai Province" or "Albert Park" for a person now and then.
#: (Not words that are well-known family names too: "Grace Park", "Margaret Court", "Ricki Lake",
#: "Gabrielle Union".)
_PLACE_ENDINGS = frozenset({"province", "city", "district", "county", "region", "island", "islands", "airport",
                            "road", "avenue", "river", "valley", "village", "township", "municipality", "prefecture",
                            "borough", "territory", "stadium", "harbour", "harbor", "street", "square", "bridge",
                            "town", "port", "reef", "reefs"})
_ORGANISATION_ENDINGS = frozenset({"ministry", "department", "council", "party", "company", "university",
                                   "college", "agency", "authority", "commission", "committee", "association",
                                   "federation", "corporation", "institute", "police", "ltd", "inc", "plc",
                                   "partners", "holdings", "foundation", "society", "bank", "group"})


def _kind_of(name: str, label: str) -> str:
    """The kind of name a tagger's label says, but a "person" whose name ends in a word that names
    places or organisations and no people is one ("Dong Nai Province", "Kalahari Capital Partners")."""
    kind = NAME_KINDS[label]
    last = name.split()[-1].lower().rstrip(".") if " " in name.strip() else ""
    if kind in _PERSONAL:
        if last in _PLACE_ENDINGS:
            return "place"
        if last in _ORGANISATION_ENDINGS:
            return "organisation"
    return kind


def _holds_short_form(a: str, b: str) -> bool:
    """Whether one name holds the other's short form as a word: "HCMC Police Department" /
    "Ho Chi Minh City" (the police of the city the other names)."""
    return any(len(long.split()) >= 2 and any(word.isupper() and word.lower() not in _ROLES
                                              and is_acronym_of(word, long) for word in short.split())
               for short, long in ((a, b), (b, a)))


def typed_name_changes(original: Sequence[tuple[str, str]], reprint: Sequence[tuple[str, str]],
                       across_kinds: bool = False, texts: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """Names replaced by other names; (text, spaCy label) per side.

    Names are compared kind by kind (a person replaced by a person), so a looser pair that
    says "Moscow" or "Soviet" where its original says "Putin" has replaced nothing. With
    ``across_kinds``, for pairs that share most of their wording, any name replaced by
    any other counts ("in Hawaii" -> "on the Indonesian coast"). With ``texts`` (the original
    and the reprint), a name the other side writes as it stands is on both sides, whatever the
    tagger took it for there (:func:`_stands_alone`).
    """
    o_text, r_text = texts if texts is not None else ("", "")
    # a common noun before a person's name on either side describes them there ("Owner Peter
    # Kellerman said", "Secretary of Commerce Wilbur Ross"), and names no one on the other
    describing = {_entity_name(t) for side, text in ((original, o_text), (reprint, r_text)) for t, label in side
                  if label == "PROPN" and _describes_a_person(_entity_name(t), text,
                                                              [p for p, kind in side if kind == "PERSON"])}

    def usable(text: str, label: str) -> bool:
        # not lower-case words, web addresses, "Celsius", "No.143", "No 68", a period ("FY21", "Q4"),
        # a month cut short before its day ("Nov 7": the figure check reads dates), nor a word that
        # describes a person
        name = _entity_name(text)
        return label in NAME_KINDS and name[:1].isupper() and not _SUM_IN_CODE.match(name) \
            and not any(m.group(1) == name for m in _SHORT_MONTH.finditer(f"{o_text} {r_text}")) \
            and not re.search(r"www\.|\.com\b|https?:|\bNo\.?\s?\d|^FY\d{2,4}$|^[HQ][1-4]$", name, re.I) \
            and name.lower() not in _NOT_NAMES | _INSTITUTIONS and not _a_title(name) and name.lower() not in _ROLES \
            and not (label in ("PERSON", "PROPN") and name.lower() in _PERSONS_ROLES) \
            and not (label == "PROPN" and name in describing)

    o_names = [(_entity_name(t), _kind_of(_entity_name(t), label)) for t, label in original if usable(t, label)]
    r_names = [(_entity_name(t), _kind_of(_entity_name(t), label)) for t, label in reprint if usable(t, label)]
    def personal(a: str, kind_a: str, b: str, kind_b: str) -> bool:
        # a person's name, on either side, of a person's length: the tagger calls a company
        # a person now and then ("Sydney Shao Wansheng Food Co., Ltd.")
        return bool({kind_a, kind_b} & _PERSONAL) and max(len(a.split()), len(b.split())) <= SETTINGS.person_words

    def matches(a: str, kind_a: str, b: str, kind_b: str) -> bool:
        # two people whose family names differ by a name's ending are two ("Harris" / "Harrison");
        # a name is matched without an office the tagger took into it too (:func:`_untitled`)
        # (not a person's: "Stephen King")
        plain_a = a if kind_a in _PERSONAL else _untitled(a)
        plain_b = b if kind_b in _PERSONAL else _untitled(b)
        return (name_matches(a, b, personal(a, kind_a, b, kind_b)) or (plain_a, plain_b) != (a, b)
                and name_matches(plain_a, plain_b, personal(plain_a, kind_a, plain_b, kind_b))) and not (
            kind_a == kind_b == "person" and _another_family(a, b))

    lost_all = [(n, k) for n, k in dict.fromkeys(o_names)
                if not any(matches(n, k, m, j) for m, j in r_names) and not _stands_alone(n, r_text)
                and not _opening_word_in_lower_case(n, o_text, r_text)]
    new_all = [(n, k) for n, k in dict.fromkeys(r_names)
               if not any(matches(n, k, m, j) for m, j in o_names) and not _stands_alone(n, o_text)]
    # a kind of place a local paper capitalises for its own ("coming back to the Island" / "will
    # return to the Isle of Man") is no name of another place
    new_all = [(n, k) for n, k in new_all if not _own_place(n, r_text, [m for m, _ in lost_all], o_text)]
    # a new name of another kind that holds a lost one's short form: "Ho Chi Minh City" / "HCMC
    # Police Department", the city's police
    held = {(n, k, m, j) for n, k in lost_all for m, j in new_all if k != j and _holds_short_form(n, m)}
    lost_all = [(n, k) for n, k in lost_all if not any((n, k) == h[:2] for h in held)]
    new_all = [(m, j) for m, j in new_all if not any((m, j) == h[2:] for h in held)]
    changes = []
    counted = []  # names given once less beside a new one (see below), kept apart from the rest
    for kind in dict.fromkeys(k for _, k in lost_all + new_all if k != "name"):
        lost = list(dict.fromkeys(n for n, k in lost_all if k == kind))
        new = list(dict.fromkeys(n for n, k in new_all if k == kind))
        if across_kinds and len(new) == 1 and not lost:
            # "an airport in China ... made in China" / "an airport in India ... made in China":
            # in a pair that shares most of its wording, the one name the original gives more
            # often than the reprint, beside one new name of its kind, was replaced (as a
            # figure is, in :func:`fact_changes`)
            fewer = [n for n in dict.fromkeys(n for n, k in o_names if k == kind)
                     if _mentions(n, kind, o_names) > _mentions(n, kind, r_names) >= 1]
            if len(fewer) == 1:
                counted.append({"type": "name", "kind": kind, "original": fewer, "reprint": new, "counted": True})
            continue
        if lost and new and len(lost) <= 3 and len(new) <= len(lost) + 1:
            changes.append({"type": "name", "kind": kind, "original": lost, "reprint": new})
    if across_kinds and not changes and not lost_all:
        # A person the original does not mention at all, in a pair that otherwise shares its
        # wording, stands in for something the original said ("Rakfisk is ..." -> "David Marek is ...").
        people = [n for n, k in new_all if k == "person" and len(n.split()) >= 2]  # a full name, not a stray capital
        if people and not any(k == "person" for _, k in o_names):
            return [{"type": "name", "kind": "person", "original": [], "reprint": people}, *counted]
    if across_kinds and not changes:
        lost = list(dict.fromkeys(n for n, k in lost_all))
        new = list(dict.fromkeys(n for n, k in new_all))
        if lost and new and len(lost) <= 3 and len(new) <= len(lost) + 1:
            changes.append({"type": "name", "original": lost, "reprint": new})
    return changes + counted


def _opening_word_in_lower_case(name: str, original: str, reprint: str) -> bool:
    """Whether a one-word name is only the original's first word, which the reprint writes in lower
    case, or a word of its own that it begins ("Earth barriers up to 8 metres high" / "earthen
    barriers as high as 8 metres"): a word the tagger took for a name where it opens a sentence."""
    return " " not in name and bool(name) and re.sub(r"^[\W_]+", "", original).startswith(name + " ") \
        and original.count(name) == 1 \
        and re.search(rf"\b{re.escape(name.lower())}\w*", reprint) is not None


def _own_place(name: str, text: str, lost: Sequence[str], other: str) -> bool:
    """Whether ``name`` is a kind of place (:data:`_PLACE_KINDS`) that ``text`` writes after "the",
    for a place the other side names and no longer names here: one whose name holds that word
    ("the Territory" / "the Northern Territory", "the Island" / "the Isle of Man"), or the place its
    dateline gives ("DOUGLAS, Isle of Man, May 20 -")."""
    kind = name.lower()
    if kind not in _PLACE_KINDS or not re.search(rf"\b[Tt]he {re.escape(name)}\b", text):
        return False
    alike = {"isle", "island"} if kind in ("isle", "island") else {kind}
    place, others = dateline(other)
    return any(n in (place, *others) or {w.lower() for w in n.split()} & alike for n in lost)


def _describes_a_person(name: str, text: str, people: Sequence[str]) -> bool:
    """Whether ``name`` is one word, a common noun of English (in the thesaurus, and as common as
    ``describing_word``), that stands right before the name of one of ``people`` in ``text``, as a
    title does: "Owner Peter Kellerman said" (a sentence's first word is capitalised, and the
    tagger takes it for a name)."""
    if " " in name or not name[1:].islower() or english_zipf(name.lower()) < SETTINGS.describing_word \
            or not synonyms(name.lower(), "NOUN"):
        return False
    return any(re.search(rf"(?<![\w-]){re.escape(name)}\s+{re.escape(person)}\b", text) for person in people)


def _mentions(name: str, kind: str, names: Sequence[tuple[str, str]]) -> int:
    """How many of ``names`` (name, kind) name ``name``, a name of ``kind``."""
    return sum(k == kind and name_matches(name, m, kind in _PERSONAL) for m, k in names)


MALE = frozenset({"he", "him", "his", "himself", "man", "men", "boy", "boys", "father", "fathers", "son", "sons",
                  "brother", "brothers", "husband", "husbands", "mr", "king", "male", "males", "uncle", "nephew",
                  "grandfather", "grandson", "gentleman", "gentlemen", "sir", "boyfriend", "prince", "dad"})
FEMALE = frozenset({"she", "her", "hers", "herself", "woman", "women", "girl", "girls", "mother", "mothers",
                    "daughter", "daughters", "sister", "sisters", "wife", "wives", "mrs", "ms", "queen", "female",
                    "females", "aunt", "niece", "grandmother", "granddaughter", "lady", "ladies", "madam",
                    "girlfriend", "princess", "mom", "mum"})


def gender_change(original: str, reprint: str, people: int | None = None) -> dict[str, Any] | None:
    """:func:`_gender_change` of the pair, unless both sides quote the same gendered words and the
    words outside their quotes change no one's gender: a quote speaks of its own people, and "she
    said" after a quote about "a young man doing his job" is its speaker ("..., the judge said" /
    "..., she said")."""
    found = _gender_change(original, reprint, people)
    original_spans, reprint_spans = quoted_spans(original), quoted_spans(reprint)
    if not original_spans or not reprint_spans:
        return found

    def sides(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, str]:
        inside = " … ".join(text[a:b] for a, b in spans)
        outside, at = [], 0
        for a, b in spans:
            outside.append(text[at:a])
            at = b
        return inside, " … ".join([*outside, text[at:]])

    (inside_o, outside_o), (inside_r, outside_r) = sides(original, original_spans), sides(reprint, reprint_spans)
    if Counter(_find_gendered(inside_o)) != Counter(_find_gendered(inside_r)):
        return found
    outside = _gender_change(outside_o, outside_r, people)
    if outside is not None or found is None:
        return outside  # ("The mother said: "He was a quiet boy ..."" / "The father said: ...")
    # the words the reprint gives outside its quotes are its speaker's ("she said"), not a person
    # the quote speaks of ("The judge said the officer was" / "The judge said she was")
    saying = "|".join(sorted(SAYING))
    gained = set(_find_gendered(outside_r)) - set(_find_gendered(outside_o))
    if gained and all(re.search(rf"\b{w}\s+(?:{saying})\b", outside_r, re.IGNORECASE) for w in gained):
        return None
    return found


def _find_gendered(text: str) -> list[str]:
    """The gendered words of ``text``, in lower case."""
    return [w.lower() for w in re.findall(r"[\w']+", text) if w.lower() in MALE | FEMALE]


def _possessive_added(original: str, reprint: str, words: Sequence[str]) -> bool:
    """Whether each of the reprint's ``words`` (gendered, lower case) is a possessive before a noun
    that names another person, by the name the original gives after that noun with no gendered
    word before it ("Defence lawyer Tuilagi" / "Her lawyer, Tuilagi"): a detail of whose the
    person is, added, no person's gender changed (not "appeal against the conviction" / "against
    her conviction")."""
    uses = [m for m in re.finditer(r"\b([A-Za-z]+)\b", reprint) if m.group(1).lower() in words]
    for use in uses:
        after = re.match(r"\s+([a-z][\w'’-]*),?\s+([A-Z][\w'’-]+)", reprint[use.end():])
        if use.group(1).lower() not in ("her", "his") or after is None:
            return False
        noun, name = after.group(1), after.group(2)
        if not re.search(rf"\b{re.escape(noun)},?\s+(?:\w+\s+){{0,2}}{re.escape(name)}\b", original) or re.search(
                rf"\b(?:{'|'.join(sorted(MALE | FEMALE))})\s+{re.escape(noun)}\b", original, re.IGNORECASE):
            return False
    return bool(uses)


def _gender_change(original: str, reprint: str, people: int | None = None) -> dict[str, Any] | None:
    """A person's gender flipped: gendered words of one gender lost, of the other gained.
    ``people`` is how many people the original names, where known: where it names more than
    one and the reprint keeps every gendered word of the original, a word of the other gender
    may be another person's ("The judge sentenced Salen and ordered him to pay" / "... She also
    ordered him to pay"; "Mr. Salen's co-defendant ... she knew")."""
    def gendered(text: str) -> list[str]:
        # "he's" counts as "he"; capitalised words inside a sentence belong to names
        # ("National Women's Hospital") and say nothing about the person.
        out = []
        for i, match in enumerate(_find_words(text)):
            word = re.split(r"['’]", match.group())[0]
            if i == 0 or not word[:1].isupper() or word.lower() in ("he", "she", "his", "her", "him"):
                out.append(word.lower())
        return out

    o_words, r_words = gendered(original), gendered(reprint)

    def count(words: list[str], vocabulary: frozenset[str]) -> int:
        return sum(1 for w in words if w in vocabulary)

    for lost_set, gained_set in ((MALE, FEMALE), (FEMALE, MALE)):
        lost = count(o_words, lost_set) - count(r_words, lost_set)
        gained = count(r_words, gained_set) - count(o_words, gained_set)
        # The original speaks of one gender only and the reprint brings in the other, in
        # place of it or beside it ("Winfrey had tears in his eyes as she parted").
        kept = all(r_words.count(w) >= o_words.count(w) for w in set(o_words) & lost_set)
        if count(o_words, lost_set) > 0 and gained > 0 and count(o_words, gained_set) == 0 and (
                lost > 0 or (count(r_words, lost_set) > 0 and (people is None or people < 2 or not kept))):
            return {"type": "gender",
                    "original": sorted({w for w in o_words if w in lost_set}),
                    "reprint": sorted({w for w in r_words if w in gained_set}), "none_lost": lost <= 0}
    return None


#: Quantities said without a figure, each with the values it can stand for ([low, high)):
#: "thousands" is two thousand or more and fewer than ten thousand.
_VAGUE = {"dozens": (24, 100), "scores": (40, 100), "hundreds": (200, 1000), "thousands": (2000, 10_000),
          "millions": (2e6, 1e7), "billions": (2e9, 1e10), "tens of thousands": (20_000, 100_000),
          "hundreds of thousands": (200_000, 1e6), "tens of millions": (2e7, 1e8), "hundreds of millions": (2e8, 1e9),
          "tens of billions": (2e10, 1e11), "hundreds of billions": (2e11, 1e12)}
_VAGUE_PATTERN = re.compile(r"\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions|billions)"
                            r"\s+of\b", re.IGNORECASE)
#: Words that count without any figure, before what they count ("several people", "a large number
#: of troops"), with the values each can stand for, or None where it can stand for any number.
_SOME: Mapping[str, tuple[float, float] | None] = {
    "a few": (2, 10), "several": (3, 10), "a handful of": (2, 10), "many": None, "numerous": None, "countless": None,
    "multiple": None, "some": None, "most": None, "a number of": None, "a lot of": None, "lots of": None,
    "plenty of": None, "a host of": None, "a slew of": None, "a raft of": None, "a majority of": None,
    "the majority of": None}
_SOME_PATTERN = re.compile(r"\b(?:a (?:large|great|huge|big|small|significant|substantial|considerable|growing|"
                           r"increasing|record) number of|"
                           + "|".join(sorted(map(re.escape, _SOME), key=len, reverse=True)) + r")(?=\s)", re.IGNORECASE)
#: Words that say how much without a figure, where a figure of a change stood ("rose 7.5%" /
#: "rose sharply", "passed 52-48" / "passed narrowly").
_DEGREE = (r"(?:sharply|steeply|slightly|significantly|substantially|dramatically|considerably|markedly|"
           r"modestly|marginally|rapidly|strongly|heavily|greatly|narrowly|massively|hugely|somewhat|a little|a lot)")
_RANGE = re.compile(r"(?<!\w)(?<!\d\.)(\d+)\s?[-–]\s?(\d+)(?!\w|\.\d)")


def _following_words(text: str, end: int, count: int = 3) -> list[str]:
    """Up to ``count`` words right after position ``end`` (what a quantity counts: "troops",
    "combat-ready troops")."""
    return _words(text[end:])[:count]


def _counted(words: Sequence[str]) -> set[str]:
    return {w.lower().removesuffix("s") for w in words}


def _counted_alike(words: Sequence[str]) -> set[str]:
    """:func:`_counted`, with the synonyms of each word's commonest senses ("students": "pupil"),
    so that "around 6,500 pupils" / "thousands of students" count one thing."""
    found = _counted(words)
    return found | {synonym for word in found for synonym, rank in synonyms(word, "NOUN") if rank <= 1}


def vague_quantities(text: str) -> list[tuple[str, tuple[float, float] | None, list[str]]]:
    """Quantities said without a figure ("thousands of troops", "several people"): the words,
    the values they can stand for (None: any number), and the words they count."""
    out: list[tuple[str, tuple[float, float] | None, list[str]]] = []
    for match in _VAGUE_PATTERN.finditer(text):
        key = " of ".join(g.lower() for g in match.groups() if g)
        if key not in _VAGUE:  # "dozens of thousands" and the like: no range to compare
            continue
        out.append((match.group(), _VAGUE[key], _following_words(text, match.end())))
    for match in _SOME_PATTERN.finditer(text):
        if re.match(r"\s*[^\s\d]*\d", text[match.end():]):
            continue  # "some 300 people", "some USD2 million": a figure qualified, not a quantity without one
        key = re.sub(r"^a \w+ number of$", "a number of", match.group().lower())
        out.append((match.group(), _SOME[key], _following_words(text, match.end())))
    return out


def figures(text: str) -> list[tuple[float, str, list[str], int]]:
    """Numbers with the words they count: (value, as written, the words after it, where it
    starts). Each is found as a whole number, after the one before it ("10" is not the end of
    "2010", and the second "5" is the second one)."""
    out: list[tuple[float, str, list[str], int]] = []
    cursor = 0
    for value, raw in numbers(text):
        match = re.compile(rf"(?<![\w.]){re.escape(raw)}(?![\w])").search(text, cursor) \
            or re.compile(rf"(?<![\w.]){re.escape(raw)}(?![\w])").search(text)
        if match is None:
            out.append((value, raw, [], -1))
            continue
        cursor = match.end()
        out.append((value, raw, _following_words(text, match.end()), match.start()))
    return out


_UNITS = r"(?:week|month|year|weekend|night|summer|winter|spring|autumn|fall|season|term)"
#: Time words that point back from the day of writing, and forward from it.
_PAST = re.compile(rf"\b(?:yesterday|last {_UNITS}|(?:\w+|\d+) (?:day|week|month|year)s? ago)\b", re.IGNORECASE)
_FUTURE = re.compile(rf"\b(?:tomorrow|next {_UNITS})\b", re.IGNORECASE)


#: A month cut short before a day ("Sept. 5", "Oct. 12").
_SHORT_MONTH = re.compile(r"\b(" + "|".join(SHORT_MONTHS) + r")\.?(?=\s*\d)", re.IGNORECASE)


def _days(text: str, other: str | None = None) -> Counter[str]:
    """The weekdays and months a text names, in full ("Sept. 5", "Nov 7" name September and November), each as often
    as it names them; a weekday set before a date whose day the ``other`` side gives too names the
    date's day once ("from Friday, April 24" / "from April 24")."""
    if other is not None:
        text = _WEEKDAY_DATED.sub(lambda m: "" if re.search(rf"\b{m.group(1) or m.group(2)}\b", other) else m.group(),
                                  text)
    # ("may" and "march" in lower case are a verb's)
    return Counter([w.lower() for w in _words(text) if w.lower() in DAYS_MONTHS and w not in ("may", "march")]
                   + [SHORT_MONTHS[m.group(1).lower()] for m in _SHORT_MONTH.finditer(text)])


def _weekdays_dated(weekdays: Iterable[str], months: Iterable[str], text: str) -> bool:
    """Whether the days one side names are all weekdays, and the other side (``text``) names only
    months instead, each with the day of the month ("on Tuesday" / "on October 14"): the day told
    another way, which no figure here can check."""
    return set(weekdays) <= WEEKDAYS and set(months) <= MONTHS and all(
        re.search(rf"\b{m[:3]}[a-z]*\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{m[:3]}", text,
                  re.IGNORECASE) for m in months)


def tense_of_dates(original: str, reprint: str) -> dict[str, Any] | None:
    """A time the reprint moved from the past to the future or back ("next week" / "last
    week", "yesterday" / "tomorrow"). "Today" / "yesterday" is left alone: a reprint published
    a day later says so rightly."""
    for was, now in ((_PAST, _FUTURE), (_FUTURE, _PAST)):
        before, after = was.findall(original), now.findall(reprint)
        if before and after and not was.search(reprint) and not now.search(original):
            return {"type": "date", "original": before, "reprint": after}
    return None


def vague_changes(original: str, reprint: str, accounted: frozenset[float] = frozenset()) -> list[dict[str, Any]]:
    """A figure of one side that the other gives only as a vague quantity of the same thing
    ("about 100,000 troops" / "thousands of troops", "three people" / "several people"), either
    way round; and a figure of a change the reprint gives only as a degree ("rose 7.5%" / "rose
    sharply"). ``in_range`` says whether the vague quantity can stand for the figure at all (None:
    it stands for any number). Figures of the original ``accounted`` for otherwise ("by 25 basis
    points" / "from 5.75%") are left no place to be left out of."""
    changes = []
    for exact_side, vague_side, made in ((original, reprint, "vague"), (reprint, original, "exact")):
        # the figures the vague side gives fewer times than the exact side ("for 3 months ... for
        # 3 months" / "for months ... for 3 months" leaves one out)
        given = Counter(v for v, _ in numbers(vague_side))
        missing = {v for v, n in Counter(v for v, _ in numbers(exact_side)).items() if n > given[v]}
        told = set()  # the figures found made vague (or exact), each told once
        for words, span, counted in vague_quantities(vague_side):
            if any(w[0].lower() == words.lower() for w in vague_quantities(exact_side)):
                continue  # both sides say it vaguely
            for value, raw, things, at in figures(exact_side):
                # the same thing counted: the word after one side's quantity is among the first
                # two after the other's ("100,000 combat-ready troops" / "thousands of troops");
                # a figure below ten is never told as "dozens" or "thousands", nor one as
                # anything; a year counts nothing
                same_thing = bool(counted and things and (_counted_alike(counted[:1]) & _counted(things[:2])
                                                          or _counted_alike(things[:1]) & _counted(counted[:2])))
                if (not same_thing or value not in missing or at in told
                        or value < (10 if span is not None and span[0] >= 10 else 2)
                        or _is_year(raw)):
                    continue
                before = exact_side[:max(at, 0)].split()[-1:]
                shown = " ".join([*[w for w in before if w.lower() in ("about", "some", "around", "nearly",
                                                                      "almost", "roughly", "over")], raw, things[0]])
                figure, vague = shown, f"{words} {counted[0]}"
                low, high = span if span is not None else (2, float("inf"))
                changes.append({"type": "number", "original": [figure if made == "vague" else vague],
                                "reprint": [vague if made == "vague" else figure], "made": made,
                                "in_range": low <= value < high if span is not None else None,
                                "overstated": value < low})
                told.add(at)
                break
        if made == "vague":
            changes += _figure_slots(exact_side, vague_side, missing - accounted, told)
    return changes


#: Words before a figure that may stand before what it counts without it: "the 27 member states"
#: / "the member states" drops a count the reader knows, "cut 1,200 jobs" / "cut jobs" one they do not.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "these", "those",
                          "this", "that", "all", "both", "each", "every", "other"})
#: What goes with a figure before it: a qualifier and a currency ("about $5"), and, read the
#: wider way, a preposition too ("to $2.1 billion"); after it, a range's end, a scale and a unit.
_FIGURE_LEAD = (r"(?:\b(?:about|around|nearly|almost|roughly|some|over|under|more than|less than|fewer than|"
                r"up to)\s+)*(?:US\$|[$€£¥]|\b(?:USD|EUR|RMB)\s?)?$")
_FIGURE_LEADS = (re.compile(r"(?:\b(?:to|from|by|of|at|than|with|for)\s+)" + _FIGURE_LEAD, re.IGNORECASE),
                 re.compile(_FIGURE_LEAD, re.IGNORECASE))
_FIGURE_AFTER = re.compile(r"(?:\s?[-–]\s?\d+(?:\.\d+)?)?(?:\s?(?:%|percent\b|per cent\b|percentage points?\b|"
                           r"points?\b|hundred\b|thousand\b|million\b|billion\b|trillion\b|[mb]n?\b|dollars\b|"
                           r"euros\b|pounds\b|yuan\b))*", re.IGNORECASE)
#: Verbs of a change by a figure ("rose 2 percent"), which a reprint may give as a verb of degree
#: alone ("plunged").
_CHANGE_VERBS = frozenset("""rose rises rise risen fell falls fall fallen increased increases decreased decreases
grew grows dropped drops jumped jumps declined declines climbed climbs gained gains lost loses slid slides surged
surges dipped dips slipped slips edged edges added adds shed sheds tumbled tumbles soared soars sank sinks eased
eases""".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
_WORD_AFTER = re.compile(r"\W*([^\W\d_]+)")


def _figure_slots(original: str, reprint: str, missing: set[float], told: set[int]) -> list[dict[str, Any]]:
    """A figure the reprint leaves out of its place, the words either side of it kept ("cut 1,200
    jobs" / "cut jobs", "rose 9 percent to $2.1 billion in" / "rose 9 percent in"; not after "the",
    "its" and the like: "the 27 member states"), or gives only as a degree ("rose 7.5%" / "rose
    sharply", "fell 2 percent on" / "plunged on", "passed 52-48" / "passed narrowly")."""
    for value, raw, _, at in figures(original):
        if at < 0 or at in told or value not in missing or _is_year(raw):
            continue
        end = at + len(raw)
        end += len(_FIGURE_AFTER.match(original, end).group())  # type: ignore[union-attr]  # (matches empty)
        for lead in _FIGURE_LEADS:  # (each matches, if only the empty string before the figure)
            found = lead.search(original[:at])
            change = _slot_change(original, reprint, found.start() if found is not None else at, end)
            if change is not None:
                told.add(at)
                return [change]
    return []


def _slot_change(original: str, reprint: str, begin: int, end: int) -> dict[str, Any] | None:
    """What the reprint put in the place of ``original[begin:end]`` (a figure with its words): a
    degree after the word before it, nothing between the words either side, or one verb for a
    verb of change and its figure."""
    left = _WORD_BEFORE.search(original[:begin])
    if left is None:
        return None
    anchor = re.escape(left.group(1))
    degree = re.search(rf"\b{anchor}\s+{_DEGREE}\b", reprint, re.IGNORECASE)
    if degree is not None:  # "rose 7.5%" / "rose sharply"
        return {"type": "number", "original": [original[left.start(1):end].strip()], "reprint": [degree.group()],
                "made": "vague", "in_range": None, "overstated": False}
    right = _WORD_AFTER.match(original[end:])
    before_left = _WORD_BEFORE.search(original[:left.start(1)])
    if left.group(1).lower() in _NO_ANCHOR | _DETERMINERS or re.search(r"[,(]", original[left.end(1):begin]):
        return None  # (a figure set apart, "the mayor, 45, said", is an aside a reprint may trim)
    if right is None:  # "rose 9 percent to $2.1 billion." / "rose 9 percent.": the sentence ends there now
        token = re.search(r"(\w+)\W*$", original[:left.start(1)])
        if token is None or not re.search(rf"\b{re.escape(original[token.start(1):left.end(1)])}\W*$", reprint.strip(),
                                          re.IGNORECASE):
            return None
        return {"type": "number", "original": [original[left.start(1):end].strip()], "reprint": [left.group(1)],
                "made": "dropped", "in_range": None, "overstated": False}
    after = re.escape(right.group(1))
    # the two words now side by side, and a word beside them as the original has it
    after_right = _WORD_AFTER.match(original[end + right.end():])
    kept = next((m for m in (
        re.search(rf"\b{anchor}\s+{after}\W+{re.escape(after_right.group(1))}\b", reprint, re.IGNORECASE)
        if after_right else None,
        re.search(rf"\b{re.escape(before_left.group(1))}\W+{anchor}\s+{after}\b", reprint, re.IGNORECASE)
        if before_left else None) if m is not None), None)
    if kept is not None:  # "cut 1,200 jobs" / "cut jobs"
        now = re.search(rf"\b{anchor}\s+{after}\b", kept.group(), re.IGNORECASE)
        return {"type": "number", "original": [original[left.start(1):end + right.end()].strip()],
                "reprint": [now.group() if now else kept.group()], "made": "dropped", "in_range": None,
                "overstated": False}
    if left.group(1).lower() in _CHANGE_VERBS and before_left is not None:
        # "shares fell 2 percent on" / "shares plunged on": the verb and its figure, one verb
        instead = re.search(rf"\b{re.escape(before_left.group(1))}\s+([^\W\d_]+)\s+{after}\b", reprint,
                            re.IGNORECASE)
        if instead is not None and instead.group(1).lower() not in (left.group(1).lower(), right.group(1).lower()):
            return {"type": "number", "original": [original[left.start(1):end].strip()],
                    "reprint": [instead.group(1)], "made": "vague", "in_range": None, "overstated": False}
    return None


#: Words before a figure that say how it stands to the true count: roughly, at least, at most.
QUALIFIERS: Mapping[str, tuple[str, ...]] = {
    "about": ("about", "around", "roughly", "some", "approximately", "an estimated", "estimated"),
    # a figure not quite reached: about it, but never more ("nearly 300" / "more than 300" is turned)
    "nearly": ("nearly", "almost", "close to", "just under", "just short of"),
    "at least": ("more than", "at least", "upwards of", "in excess of", "over", "not less than", "no less than",
                 "not fewer than", "no fewer than", "not under", "not below", "a minimum of", "minimum of", "above",
                 "higher than", "greater than", "larger than", "older than", "longer than"),
    "at most": ("fewer than", "less than", "up to", "as much as", "as many as", "at most", "no more than",
                "not more than", "under", "not over", "not above", "not exceeding", "no higher than",
                "not higher than", "a maximum of", "maximum of", "as high as", "as long as", "below", "lower than",
                "younger than", "shorter than", "smaller than", "a top speed of", "top speeds of"),
}
#: Words after a figure that bound it: "five or more subjects", "until 31 July at the earliest".
_BOUND_AFTER = re.compile(r"(?:\s+(?-i:[A-Z][a-z]+)(?=\s+at\s+the))?"
                          r"\s*(?:((?:or|and) (?:more|older|above|over|higher|longer|upwards)|at the earliest)|"
                          r"((?:or|and) (?:less|fewer|younger|below|under|lower)|at the latest|at most))\b",
                          re.IGNORECASE)
#: Bounds that say so in so many words, whose loss tells the figure as exact: not "over" or
#: "under", which also say when or where ("over six years"), nor words of degree ("as high as",
#: "higher than", "exceeded", "a top speed of").
_PLAIN_BOUNDS = re.compile(r"(?:more than|at least|upwards of|in excess of|not less than|no less than|not fewer than|"
                           r"no fewer than|a minimum of|minimum of|fewer than|less than|up to|as much as|as many as|"
                           r"at most|no more than|not more than|a maximum of|maximum of)\s", re.IGNORECASE)
_QUALIFIER = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for ws in QUALIFIERS.values() for w in ws),
                                                  key=len, reverse=True)) + r")$", re.IGNORECASE)
_QUALIFIER_OF = {w: kind for kind, words in QUALIFIERS.items() for w in words}
_TURNED = {"at least": "at most", "at most": "at least"}
#: Two qualifiers that put a figure on either side of it.
_EITHER_SIDE = ({"at least", "at most"}, {"at least", "nearly"})


#: A currency's sign or code right before a figure: "$", "N$", "TT$", "Rs.", "KSh", "USD ".
_CURRENCY_BEFORE = re.compile(r"(?:\s|[$€£¥₹₦₱]|\b[A-Z]{1,3}(?=[$€£¥₹₦₱])|\b[A-Z]{3}(?=\s)|\b(?:"
                              + "|".join(dict.fromkeys(re.escape(code.rstrip(".")) for code in CODES_ON_FIGURES))
                              + r")\.?)+$")


#: A verb that puts a figure as a floor ("exceeded 38%", "topped 100 million"), and a sign after
#: one ("100 million+", "100-plus").
_FLOOR_VERB = re.compile(r"\b(exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp(?:ed|ing)|tops)$", re.IGNORECASE)
_FLOOR_AFTER = re.compile(r"\+(?!\s?\d)|-plus\b", re.IGNORECASE)  # (not a minute of added time: "90+8")
#: Words between a bound and the figure it bounds: "under the age of 50", a currency's letters on
#: the figure ("at least K41 million", "M1.5 million", "Tk500 crore") ...
_BETWEEN_BOUND_AND_FIGURE = re.compile(rf"\s+the\s+age\s+of$|(?-i:(?<=\s){_CURRENCY_LETTERS[2:]})$",
                                       re.IGNORECASE)
#: ... and a stray mark after a bound's last word that cannot end a clause ("more than, 1.4
#: million"; not "the firm goes under, 300 jobs lost").
_STRAY_AFTER_BOUND = re.compile(r"(?:[\"“”']+|(?:(?<=\bthan)|(?<=\bto)|(?<=\bof)|(?<=\bas)|(?<=\bleast)|"
                                r"(?<=\bmost)),)$", re.IGNORECASE)
#: Verbs before "up to" that make it a total, no bound: "the purchases added up to $20 million".
_ADDED_UP = re.compile(r"\b(?:add(?:s|ed|ing)?|amount(?:s|ed|ing)?)\s+$", re.IGNORECASE)


def _qualified(text: str) -> dict[float, list[tuple[str, str]]]:
    """Each figure's value with how it is qualified ("about", "at least", "at most" or "exact")
    and the words that say so, in order: "more than $100" is {100: [("at least", "more than 100")]}."""
    out: dict[float, list[tuple[str, str]]] = {}
    for value, raw, shown, _, at in sorted(number_mentions(text), key=lambda mention: mention[4]):
        if _is_year(raw):
            continue  # a year: "over 2018" is during it
        # a currency's sign or code may stand between ("up to Rs. 1,900", "about N$2,3 million")
        before = _CURRENCY_BEFORE.sub("", text[max(0, at - 30):at])
        before = re.sub(r"n['’]t\b", " not", before)  # "weren't less than" is "were not less than"
        before = _STRAY_AFTER_BOUND.sub("", _BETWEEN_BOUND_AND_FIGURE.sub("", before).rstrip()).rstrip()
        match = _QUALIFIER.search(before)
        if match is not None and match.group(1).lower() == "up to" and _ADDED_UP.search(before[:match.start()]):
            match = None
        after = _BOUND_AFTER.match(text, at + len(shown))
        if match is None and after is not None:
            out.setdefault(value, []).append(("at least" if after.group(1) else "at most", f"{shown}{after.group()}"))
        elif match is None and (floor := _FLOOR_VERB.search(before) or _FLOOR_AFTER.match(text, at + len(shown))):
            # ("must not exceed $500" is a ceiling)
            negated = floor.re is _FLOOR_VERB and {"not", "never"} & set(before[:floor.start()].lower().split()[-2:])
            out.setdefault(value, []).append(("at most" if negated else "at least",
                                              f"{floor.group(1)} {shown}" if floor.re is _FLOOR_VERB
                                              else f"{shown}{floor.group()}"))
        elif match is not None:
            kind = _QUALIFIER_OF[match.group(1).lower()]
            # "must not be less than 30%": a negation a word or two before a bound turns it round
            ahead = before[:match.start()].lower().split()[-2:]
            if kind in _TURNED and {"not", "never"} & set(ahead) and not {"only", "just", "merely"} & set(ahead):
                kind = _TURNED[kind]  # ("not only more than 300" bounds nothing the other way)
            out.setdefault(value, []).append((kind, f"{match.group(1)} {shown}"))
        elif (step := re.search(r"\b(by|to)$", before, re.IGNORECASE)) is not None:
            # "rose by 5%" is a change, "rose to 5%" a level
            out.setdefault(value, []).append((step.group(1).lower(), f"{step.group(1)} {shown}"))
        else:
            out.setdefault(value, []).append(("exact", shown))
    return out


def qualifier_changes(original: str, reprint: str) -> list[dict[str, Any]]:
    """A figure both sides give whose qualifier changed: "about 100,000" / "100,000" (precision),
    "more than 100" / "100" (a bound given or dropped), "more than 100" / "fewer than 100" (the
    bound turned round), "rose by 5%" / "rose to 5%" (a change made a level, or back: "step").
    A value the two sides mention a different number of times is left alone."""
    theirs, mine = _qualified(original), _qualified(reprint)
    changes = []
    for value in sorted(set(theirs) & set(mine)):
        if len(theirs[value]) != len(mine[value]):
            continue
        for (was, was_text), (now, now_text) in zip(theirs[value], mine[value]):
            bounds = {was, now}
            if was == now or (bounds & {"by", "to"} and bounds != {"by", "to"}) or bounds == {"about", "nearly"}:
                continue  # "rose by 5%" / "a 5% rise", "by" / "about", "nearly" / "about": the same figure
            # (a floor or a ceiling the reprint gives as the figure itself is one left out: "at least
            # 11 killed" / "11 killed", "up to $250,000" / "$250,000")
            change = "step" if bounds == {"by", "to"} else "turned" if bounds in _EITHER_SIDE else (
                "precision" if bounds <= {"about", "exact", "nearly"} else
                "unbounded" if was in ("at least", "at most") and now == "exact" and _PLAIN_BOUNDS.match(was_text)
                else "bound")
            changes.append({"type": "number", "original": [was_text], "reprint": [now_text],
                            "qualifier": [was, now], "change": change})
            break
    return changes


#: Words before a figure that say nothing of which figure it is: qualifiers ("more than",
#: "over") and joining words.
_NO_ANCHOR = frozenset({w.split()[-1] for words in QUALIFIERS.values() for w in words}
                       | {"a", "an", "the", "and", "or", "of", "nor", "but"})


def _anchored(text: str) -> dict[str, tuple[float, str]]:
    """Each figure by the word before it ("was 45", "from 60"), for words that stand before one
    figure only and name its place (not "more than", "and"): {"was": (45, "was 45"), ...}."""
    seen: dict[str, list[tuple[float, str]]] = {}
    for value, _, shown, _, at in number_mentions(text):
        before = re.search(r"([^\W\d_]+)[\s$€£¥]*$", text[max(0, at - 30):at])
        if before is not None and before.group(1).lower() not in _NO_ANCHOR:
            seen.setdefault(before.group(1).lower(), []).append((value, f"{before.group(1)} {shown}"))
    return {word: found[0] for word, found in seen.items() if len(found) == 1}


def swapped_figures(original: str, reprint: str) -> list[dict[str, Any]]:
    """Two figures that changed places, each now after the other's word ("was 45 ... from 60" /
    "was 60 ... from 45"). A sentence told in another order ("fell from 60 to 45") moves
    the words with their figures and is no finding."""
    theirs, mine = _anchored(original), _anchored(reprint)
    shared = sorted(set(theirs) & set(mine))
    for n, first in enumerate(shared):
        for second in shared[n + 1:]:
            (a, a_text), (b, b_text) = theirs[first], theirs[second]
            if a != b and mine[first][0] == b and mine[second][0] == a:
                return [{"type": "number", "original": [a_text, b_text], "reprint": [mine[first][1], mine[second][1]],
                         "change": "swapped"}]
    return []


#: What a figure's change does, by the kind :func:`qualifier_changes` and :func:`swapped_figures` give.
_FIGURE_MESSAGES = {
    "swapped": "the figures changed places: '{was}' in the original, '{now}' here. Use the original's figures",
    "step": "'{was}' in the original, '{now}' here: a change and a level are different figures. Use the original's "
            "wording",
    "turned": "'{was}' in the original, '{now}' here: the figure now says the opposite. Use the original's wording",
    "bound": "'{was}' in the original, '{now}' here: the reprint is more or less sure of the figure than the "
             "original. Use the original's wording",
}
_FIGURE_MESSAGES["precision"] = _FIGURE_MESSAGES["bound"]
_FIGURE_MESSAGES["unbounded"] = ("the original gives '{was}', the reprint '{now}': a floor or a ceiling is now told as "
                                 "the figure itself. Put the original's words back")


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: Ordinals the number check reads as numbers ("third" is 3): a change between two of them is its.
_READ_AS_NUMBERS = frozenset(w for w in _ORDINALS if w in NUMBER_WORDS and w not in ("first", "second"))


def ordinal_changes(original: str, reprint: str) -> list[dict[str, Any]]:
    """"The second attack" / "the third attack": an ordinal changed before the same word. The
    number check reads "third" to "fifth" as numbers, but not "first" and "second", which are as
    often no count ("at first", "in a second"), nor "sixth" and on; here they count where the word
    after them is the same on both sides and its ordinal is not."""
    def ordinals(text: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        words = _words(text)
        for before, word, after in zip(["", *words], words, words[1:]):
            # (not a share: "a tenth of the carbon", which the number check reads)
            if word.lower() in _ORDINALS and not (before.lower() in ("a", "an", "one") and after.lower() == "of"):
                found.setdefault(after.lower(), set()).add(word.lower())
        return found

    theirs, mine = ordinals(original), ordinals(reprint)
    changes = []
    for after in sorted(set(theirs) & set(mine)):
        was, now = theirs[after] - mine[after], mine[after] - theirs[after]
        if len(was) == 1 and len(now) == 1 and (was | now) - _READ_AS_NUMBERS:
            changes.append({"type": "number", "original": [f"{w} {after}" for w in was],
                            "reprint": [f"{w} {after}" for w in now]})
    return changes


def range_changes(original: str, reprint: str) -> list[dict[str, Any]]:
    """A score or range turned round ("won 7-2" / "won 2-7"), unless the two sides tell it from
    either side (:func:`_other_side`): "Bristol lost 1-3 to Leeds" / "Leeds beat Bristol 3-1" is
    one result."""
    theirs = {(m.group(1), m.group(2)): m.start() for m in _RANGE.finditer(original) if m.group(1) != m.group(2)}
    mine = {(m.group(1), m.group(2)): m.start() for m in _RANGE.finditer(reprint) if m.group(1) != m.group(2)}
    return [{"type": "number", "original": [f"{a}-{b}"], "reprint": [f"{b}-{a}"], "reversed": True}
            for a, b in sorted(theirs) if (b, a) in mine and (a, b) not in mine
            and not _other_side(original, theirs[a, b], reprint, mine[b, a])]


#: Verbs that tell a result from the winner's side, and from the loser's ("was beaten" is the loser's).
_WON = re.compile(r"\b(?<!was )(?<!were )(?<!been )(?:beat|beats|defeated|defeats|won|wins|thrashed|edged|routed|"
                  r"overcame|downed|crushed|outscored)\b", re.IGNORECASE)
_LOST = re.compile(r"\b(?:lost|lose|loses|losing|fell to|went down to|(?:was|were|been) (?:beaten|defeated|thrashed|"
                   r"routed|edged|crushed))\b", re.IGNORECASE)


def _other_side(original: str, at: int, reprint: str, there: int) -> bool:
    """Whether a score at ``at`` in the original and at ``there`` in the reprint is told from the
    other side: one tells the result with a verb of winning and the other with one of losing, and
    the name that does it differs ("Bristol lost 1-3 to Leeds" / "Leeds beat Bristol 3-1")."""
    def told(text: str, end: int) -> tuple[str, str] | None:
        verbs = [(m.start(), "won") for m in _WON.finditer(text[:end])] + \
            [(m.start(), "lost") for m in _LOST.finditer(text[:end])]
        if not verbs:
            return None
        start, side = max(verbs)
        doer = names(text[:start])
        return (doer[-1], side) if doer else None

    theirs, mine = told(original, at), told(reprint, there)
    return (theirs is not None and mine is not None and theirs[1] != mine[1] and theirs[0] != mine[0]
            and theirs[0] in names(reprint) and mine[0] in names(original))


#: A web address: the parts before the domain's ending ("www.chinanews.com" -> "www.chinanews").
_ADDRESS = re.compile(r"\b((?:[a-z0-9-]+\.)*[a-z0-9-]+)\.(?:com|net|org|gov|edu|info|cn|uk|int|io|co)\b")


#: How far a percentage may be from a share in words and be it, rounded ("a third" / "33%") ...
_SHARE_ROUNDING = 1
#: Words that make a share a bound: above it, below it, or either side (reaching
#: ``SETTINGS.share_reach`` and ``about_reach`` of it).
_SHARE_BOUND = re.compile(r"\b(?:(?P<above>more than|over|above|upwards of|just over)|(?P<below>nearly|almost|"
                          r"under|less than|just under|close to)|(?P<about>about|around|roughly|some|approximately))"
                          r"\s+$", re.IGNORECASE)


def _within_bound(share: float, percent: float, bounds: set[str]) -> bool:
    """Whether a percentage is a share in words told as a bound (``bounds``: "above", "below",
    "about"), in percent: "more than a fifth" / "22%"."""
    reach, about = (max(_SHARE_ROUNDING, part * share) for part in (SETTINGS.share_reach, SETTINGS.about_reach))
    return ("above" in bounds and 0 <= percent - share <= reach
            or "below" in bounds and 0 <= share - percent <= reach
            or "about" in bounds and abs(share - percent) <= about)


#: Two counts of two kinds of people or things joined by "and" ("four adults and three children"),
#: with what each counts.
_TWO_COUNTS = re.compile(r"^ ([a-z]+) and $")
_COUNTED = re.compile(r" ([a-z]+)")
#: Words before two counts that make them no parts of one total: a range, ages, dates.
_NO_TOTAL_BEFORE = re.compile(r"\b(?:between|aged|ages|of|from|on|by|to)\s*$", re.IGNORECASE)
#: Words after a count that tell what befell, not who: "four dead and three wounded" is no total.
_BEFELL = frozenset({"dead", "killed", "injured", "wounded", "hurt", "missing", "died", "arrested", "rescued"})


def _totals(text: str, mentions: Sequence[Mention]) -> dict[float, tuple[str, str, str, str]]:
    """Sums of two counts of two kinds joined by "and" ("four adults and three children": 7, "180
    passengers and six crew": 186), with the counts as written and the words they count. Not a
    range or ages ("between 20 and 30", "aged 5 and 12"), nor counts of what befell ("four dead
    and three wounded"), nor years or decimals."""
    totals: dict[float, tuple[str, str, str, str]] = {}
    for (a, raw_a, shown_a, _, at_a), (b, raw_b, shown_b, _, at_b) in zip(mentions, mentions[1:]):
        kind_a = _TWO_COUNTS.match(text[at_a + len(shown_a):at_b])
        kind_b = _COUNTED.match(text, at_b + len(shown_b))
        if (kind_a is None or kind_b is None or _NO_TOTAL_BEFORE.search(text[:at_a])
                or {kind_a.group(1), kind_b.group(1)} & _BEFELL or kind_a.group(1) == kind_b.group(1)
                or a != int(a) or b != int(b) or _is_year(raw_a) or _is_year(raw_b)):
            continue
        totals.setdefault(a + b, (shown_a, shown_b, kind_a.group(1), kind_b.group(1)))
    return totals


#: A currency's sign before a figure, with the letters that say whose ("$", "EC$", "US$", "€").
_SIGN = r"(?:[A-Z]{1,3}\$|[$€£])?"
#: What a figure counts, written between it and the next word ("45 minutes to 25", "40% to").
_COUNTING = (r"(?:%|percent|per cent|points?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|cents?|pence|"
             r"kilometres?|kilometers?|km|miles?|metres?|meters?|kg|kilos?|tonnes?|tons?|pounds?|dollars?|euros?)?")
#: "from 66 to 67": what comes between the figure a change starts from and the one it ends at ...
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?" + _SIGN + "$", re.IGNORECASE)
_TO = re.compile(r"\s*" + _COUNTING + r"\s+to\s+" + _SIGN, re.IGNORECASE)
#: Words that say which way a change went, before its "by".
_UP = frozenset({"up", "rise", "rises", "rose", "risen", "raise", "raised", "raises", "increase", "increased",
                 "increases", "grew", "grow", "grows", "gained", "gain", "climbed", "climb", "higher", "jumped"})
_WAY = re.compile(r"\b(?:" + "|".join(sorted(_UP | {"down", "fall", "fell", "fallen", "falls", "cut", "cuts", "lowered",
                                                    "lower", "decrease", "decreased", "reduced", "reduce", "dropped",
                                                    "drop", "declined", "shrank", "slipped"})) + r")\b", re.IGNORECASE)
#: ... or "to 5.50% from 5.75%", the end first ...
_TO_END = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+)?" + _SIGN + "$", re.IGNORECASE)
_FROM_AFTER = re.compile(r"\s*" + _COUNTING + r",?\s+from\s+(?:about\s+|around\s+|some\s+)?" + _SIGN, re.IGNORECASE)
#: ... and "by one year to 67": the change told by its size.
_BY = re.compile(r"\bby\s+(?:about\s+|around\s+|some\s+)?" + _SIGN + "$", re.IGNORECASE)


def _told_by_size(text: str, mentions: Sequence[Mention], other: str,
                  other_mentions: Sequence[Mention]) -> tuple[set[str], set[str]]:
    """Figures of ``text`` that give by its size a change ``other`` tells from one figure to
    another, ending at a figure ``text`` gives too ("by one year to 67" / "from 66 to 67"), and the
    figures of ``other`` it started from ("66"): one change, told two ways."""
    ordered = sorted(other_mentions, key=lambda m: m[4])
    steps: dict[float, tuple[str, float, bool]] = {}
    for (a, _, shown_a, _, at_a), (b, _, shown_b, _, at_b) in zip(ordered, ordered[1:]):
        between = other[at_a + len(shown_a):at_b]
        if _FROM.search(other[:at_a]) and _TO.fullmatch(between) and a != b:
            steps.setdefault(round(abs(b - a), 6), (shown_a, b, b > a))
        elif _TO_END.search(other[:at_a]) and _FROM_AFTER.fullmatch(between) and a != b:
            steps.setdefault(round(abs(b - a), 6), (shown_b, a, a > b))  # "to 5.50% from 5.75%"
    ends = {v for v, *_ in mentions}
    told = set()
    for v, _, shown, _, at in mentions:
        # (a change in basis points is one in hundredths of a percentage point: number_mentions
        # gives it so)
        step = steps.get(round(v, 6))
        if step is None or step[1] not in ends or not _BY.search(text[:at]):
            continue
        # the change goes the same way: "from 5% to 4%" / "up by one point to 4%" is another change
        way = _WAY.findall(text[max(0, at - 40):at])
        if not way or (way[-1].lower() in _UP) == step[2]:
            told.add((shown, step[0]))
    return {shown for shown, _ in told}, {start for _, start in told}


#: Words after a count of the others beside one: "five other titles", "three others".
_OTHERS = re.compile(r"\s+(?:other|others)\b", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.IGNORECASE)
#: The end of a place in order written in figures: "41st", "3rd" (but a day of a month, "2nd
#: October", "October 2nd", is a date).
_ORDINAL_END = re.compile(r"(?:st|nd|rd|th)\b")
_MONTHS = "(?:" + "|".join(sorted(MONTHS | set(SHORT_MONTHS))) + r")\b"
#: A weekday set right before its date ("Thursday, 12 March", "Friday, April 24").
_WEEKDAY_DATED = re.compile(rf"\b(?:{'|'.join(sorted(WEEKDAYS))})\b,?\s+(?=(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+"
                            rf"(?:of\s+)?{_MONTHS}|{_MONTHS}\.?\s+(\d{{1,2}}))", re.IGNORECASE)
_IN_A_DATE = re.compile(rf"(?:st|nd|rd|th)\s+(?:of\s+)?{_MONTHS}", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+(?:the\s+)?$", re.IGNORECASE)
#: Coins a hundredth of their currency: "94 cents" is "$0.94", "40p" is "£0.40".
_HUNDREDTHS = re.compile(r"\s?(?:cents?|pence|p(?!\.))\b", re.IGNORECASE)
#: A percent sign or word right after a figure ("60pc", as some house styles write it).
_PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per cent\b|(?-i:pc)\b)", re.IGNORECASE)


def _in_whole_units(text: str, mentions: Sequence[Mention]) -> dict[int, float]:
    """The value in whole units of each figure of ``text`` told in hundredths of its currency
    ("94 cents": 0.94), by where the figure starts."""
    return {start: value / 100 for value, _, shown, _, start in mentions if _HUNDREDTHS.match(text, start + len(shown))}


#: So many of so many: "147 of the 420 homes", "12 of its 40 stores".
_SO_MANY_OF = re.compile(r"\b(\d[\d,]*)\s+of\s+(?:the|its|their|his|her|our)?\s*(\d[\d,]*)\b(?![.,]?\d)")
#: A percentage's total, right after it: "35 per cent of the 400 homes".
_OF_TOTAL = re.compile(r"\s?(?:%|percent|per cent)\s+of\s+(?:the|its|their|his|her|our)?\s*\d", re.IGNORECASE)


def _so_many_of(text: str) -> list[tuple[str, str, float]]:
    """(part, whole, the part's percentage of the whole) of each "147 of the 420" in ``text``."""
    out = []
    for m in _SO_MANY_OF.finditer(text):
        part, whole = (float(g.replace(",", "")) for g in m.groups())
        if 0 < part <= whole:
            out.append((m.group(1), m.group(2), 100 * part / whole))
    return out


def _figure_changes(original: str, reprint: str, left: list[str] | None = None) -> list[dict[str, Any]]:
    """Figures one side changed: numbers, their scale, units, ordinals, qualifiers, ranges, and
    figures made vague. ``left`` gets the figures of either side that nothing told another way
    explains."""
    changes: list[dict[str, Any]] = []
    o_nums, r_nums = number_mentions(original), number_mentions(reprint)
    # "60 to 85 billion" / "60 billion to 85 billion": a number written without a scale word
    # equals its own thousands, millions or billions, since a shared scale word may be written
    # once; "3 million" / "3 billion" both have theirs, and differ.
    o_values = {(v, scaled) for v, _, _, scaled, _ in o_nums}
    r_values = {(v, scaled) for v, _, _, scaled, _ in r_nums}
    # a share in words, or told as so many in so many, is its percentage, rounded ("a third of" /
    # "33%", "half" / "50%", "1 in 10" / "10%"), and a share in words is never a decimal ("0.3
    # percent" / "30 percent" is a change), nor any other figure ("half of the 40 voters" / "half
    # of the 50 voters")
    shares = {v for v, raw, _, _, _ in [*o_nums, *r_nums]
              if v < 1 and (raw[:1].isalpha() or re.fullmatch(r"\w+ (?:in every|out of|in) \w+", raw))}
    percents = {v for text, mentions in ((original, o_nums), (reprint, r_nums)) for v, raw, _, _, at in mentions
                if _PERCENT_AFTER.match(text, at + len(raw))}
    bounds: dict[float, set[str]] = {}
    for text, mentions in ((original, o_nums), (reprint, r_nums)):
        for v, _, _, _, at in mentions:
            bound = _SHARE_BOUND.search(text[max(0, at - 20):at]) if v in shares else None
            if bound is not None:
                bounds.setdefault(v, set()).add(str(bound.lastgroup))

    # (and its lakhs and crores, where a side counts in them: "10.5-11 lakh" / "1.05 million")
    multiples = (1e3, 1e6, 1e9, 1e12) + ((1e5, 1e7) if _SOUTH_ASIAN.search(f"{original} {reprint}") else ())

    def known(value: float, scaled: bool, others: set[tuple[float, bool]]) -> bool:
        return any(value == o or (not (scaled and other_scaled)
                                  and (value == round(o * k, 6) or o == round(value * k, 6)))
                   or (min(value, o) in shares and max(value, o) in percents
                       and (abs(min(value, o) * 100 - max(value, o)) <= _SHARE_ROUNDING
                            or _within_bound(min(value, o) * 100, max(value, o), bounds.get(min(value, o), set()))))
                   for o, other_scaled in others for k in multiples)

    # "94 cents" / "$0.94": a figure in hundredths of its currency is its value in whole units,
    # exactly ("50 pence" / "500 pence" is a change)
    o_cents, r_cents = _in_whole_units(original, o_nums), _in_whole_units(reprint, r_nums)
    o_exact, r_exact = {v for v, *_ in o_nums}, {v for v, *_ in r_nums}
    lost = [shown for v, _, shown, scaled, at in o_nums if not known(v, scaled, r_values)
            and not (at in o_cents and o_cents[at] in r_exact) and v not in r_cents.values()]
    new = [shown for v, _, shown, scaled, at in r_nums if not known(v, scaled, o_values)
           and not (at in r_cents and r_cents[at] in o_exact) and v not in o_cents.values()]
    # "147 of the 420 homes" / "35 per cent of the homes": so many of so many is its percentage
    for text, other, other_mentions, mine, theirs in ((reprint, original, o_nums, new, lost),
                                                       (original, reprint, r_nums, lost, new)):
        told_as = {shown: (v, at) for v, _, shown, _, at in other_mentions
                   if _PERCENT_AFTER.match(other, at + len(shown))}
        for part, whole, share in _so_many_of(text):
            percent = next((p for p in theirs if p in told_as and abs(told_as[p][0] - share) <= _SHARE_ROUNDING), None)
            if percent is not None and part in mine:
                # (the total too, unless the other side gives another: "35 per cent of the 400 homes")
                of_total = _OF_TOTAL.match(other, told_as[percent][1] + len(percent))
                mine[:] = [n for n in mine if n != part and (n != whole or of_total is not None)]
                theirs.remove(percent)
    # "four adults and three children" / "seven people, three of them children": the total counts
    # neither kind ("seven children" is a count changed)
    totals = _totals(original, o_nums)
    told = {v: shown for v, _, shown, _, at in r_nums
            if v in totals and (counted := _COUNTED.match(reprint, at + len(shown))) is not None
            and counted.group(1) not in totals[v][2:]}
    if told:
        parts = {part for v in told for part in totals[v][:2]}
        new, lost = [n for n in new if n not in told.values()], [n for n in lost if n not in parts]
    # "from 66 to 67" / "by one year to 67", either way round
    by_size, starts = _told_by_size(reprint, r_nums, original, o_nums)
    lost_size, lost_starts = _told_by_size(original, o_nums, reprint, r_nums)
    new = [n for n in new if n not in by_size | lost_starts]
    lost = [n for n in lost if n not in starts | lost_size]
    _years_told_otherwise(original, o_nums, lost, reprint, r_nums, new)
    # "Afl. 7.2 million (around $4 million)": a figure converted in brackets after its own, where
    # the other side converts none ("£40 (US$52)" / "£40 (US$62)" is a change)
    o_glossed = {shown for _, _, shown, _, at in o_nums if _glossed(original, at, shown)}
    r_glossed = {shown for _, _, shown, _, at in r_nums if _glossed(reprint, at, shown)}
    if not o_glossed or not r_glossed:
        lost, new = [n for n in lost if n not in o_glossed], [n for n in new if n not in r_glossed]
    if new and not lost:
        # "10 winners ... 10 prizes" / "12 winners ... 10 prizes": a figure the original gives
        # more often than the reprint, beside one the original does not give, was changed
        # (a figure the reprint still gives, not a year, of the new one's size)
        o_count, r_count = Counter(v for v, *_ in o_nums), Counter(v for v, *_ in r_nums)
        new_values = [v for v, _, _, scaled, _ in r_nums if not known(v, scaled, o_values)]
        lost = list(dict.fromkeys(
            shown for v, raw, shown, _, _ in o_nums
            if o_count[v] > r_count[v] >= 1 and not _is_year(raw)
            and any(0.1 <= n / v <= 10 for n in new_values if v)))
    # "a shortlist of six" / "five other shortlisted titles": so many others and the one
    for text, mentions, mine, other, theirs_mentions, theirs in ((reprint, r_nums, new, original, o_nums, lost),
                                                                 (original, o_nums, lost, reprint, r_nums, new)):
        for v, _, shown, _, at in mentions:
            total = next((s for w, _, s, _, there in theirs_mentions if w == v + 1 and s in theirs
                          and not _OTHERS.match(other, there + len(s)) and not _OTHER_BEFORE.search(other[:there])),
                         None)
            if shown in mine and total is not None and _OTHERS.match(text, at + len(shown)):
                mine.remove(shown)
                theirs.remove(total)
    # "four minutes before halftime" / "in the 41st minute": a count and a place in order are no
    # one figure (ordinal_changes compares places in order)
    ordinal = {shown for text, mentions in ((original, o_nums), (reprint, r_nums)) for _, _, shown, _, at in mentions
               if _ORDINAL_END.match(text, at + len(shown)) and not _IN_A_DATE.match(text, at + len(shown))
               and not _MONTH_BEFORE.search(text[:at])}
    if left is not None:
        left.extend([*lost, *new])
    apart = {*new} <= ordinal and not {*lost} & ordinal or {*lost} <= ordinal and not {*new} & ordinal
    if lost and new and len(new) <= len(lost) + 1 and not apart:
        changes.append({"type": "number", "original": lost, "reprint": new})
    else:  # (a figure given twice, once made vague, is no figure lost: vague_changes counts them)
        changes += vague_changes(original, reprint, frozenset(v for v, _, shown, _, _ in o_nums if shown in lost_size))
    # "one of the largest banks" counts nothing (number_mentions), unless the other side counts
    # so many of them: "two of the largest banks"
    kinds = [{_count_of(m.group(1)): m.group(1) for m in _SO_MANY_OF_A_KIND.finditer(t)} for t in (original, reprint)]
    if set(kinds[0]) - set(kinds[1]) and set(kinds[1]) - set(kinds[0]) and not any(
            c["type"] == "number" for c in changes):
        changes.append({"type": "number", "original": [kinds[0][v] for v in kinds[0] if v not in kinds[1]],
                        "reprint": [kinds[1][v] for v in kinds[1] if v not in kinds[0]]})
    changes += range_changes(original, reprint) + unit_changes(original, o_nums, reprint, r_nums) + \
        ordinal_changes(original, reprint)
    if not lost and not new:
        changes += qualifier_changes(original, reprint) + swapped_figures(original, reprint)
    return changes


#: A year told by how far it stands from the story's own ("last year", "the previous year's",
#: "two years ago"); group 1 is the count of years, where one is written.
_RELATIVE_YEAR = re.compile(r"\b(?:(?:last|this|next|previous|following|coming) year|the year (?:before|after)|"
                            r"(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? "
                            r"(?:ago|earlier|later|before))\b", re.IGNORECASE)
#: A month and its day just before a year ("February 1, 2026", "1 Feb 2026"): groups 1 and 2 or 4 and 3
#: are the month and the day.
_DATED = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+$|\b(\d{1,2})(?:st|nd|rd|th)?\s+"
                    r"(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+$")


#: What stands before a figure converted in brackets right after another: a word of rounding, a
#: currency's sign ("7.2 million (around $", "Sh38.5 billion (about ", "£40 (US$"; not "3 people (") ...
_GLOSS = re.compile(r"\d(?:[\d.,]*)(?:\s?(?:thousand|million|billion|bn|m|k))?(?:\s[A-Za-z]{1,12}){0,2}\s?\(\s*"
                    r"(?:about|around|roughly|approximately|approx\.|some|nearly|almost|~)?\s*"
                    r"((?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{2,3}\s)?)$")
#: ... and a currency after it ("(about 14.8m US dollars)").
_CURRENCY_AFTER = re.compile(r"\s?(?:m|bn|k|thousand|million|billion)?\s?(?:US |U\.S\. |American )?"
                             r"(?:dollars?|euros?|pounds?|yen|yuan|rupees?|shillings?|francs?)\b", re.IGNORECASE)


def _glossed(text: str, at: int, shown: str) -> bool:
    """Whether the figure at ``at`` is one converted in brackets right after another, a currency's
    sign before it or a currency after it."""
    gloss = _GLOSS.search(text[:at])
    return gloss is not None and (bool(gloss.group(1)) or _CURRENCY_AFTER.match(text, at + len(shown)) is not None)


def _years_told_otherwise(original: str, o_nums: Sequence[Mention], lost: list[str],
                          reprint: str, r_nums: Sequence[Mention], new: list[str]) -> None:
    """Take out of ``lost`` and ``new`` the years one side gives that the other tells another
    way: from the story's own year ("two years ago" / "in 2024", "last year" / "2025"), as often
    as the other side tells a year so more often, with the count of "two years ago"; or as a
    date's year, where the other side gives the date without one ("Feb. 1" / "February 1, 2026")."""
    for text, mentions, mine, other, other_mentions, theirs in ((reprint, r_nums, new, original, o_nums, lost),
                                                                (original, o_nums, lost, reprint, r_nums, new)):
        told = list(_RELATIVE_YEAR.finditer(other))
        spare = max(0, len(told) - len(_RELATIVE_YEAR.findall(text)))
        counts = {at: shown for _, _, shown, _, at in other_mentions}
        # (a year the other side lost is this year's first: "built in 2019, closed last year" /
        # "built in 2017, closed" changed a year; unless the year stands among the words of the
        # other side's year told from the story's own ("last year", "two years ago"), clearly more
        # than among those of its lost year: "after a bleaching event last year, ... below the
        # level recorded in 2014" / "after the 2024 bleaching event")
        lost_years = [(at, at + len(raw)) for _, raw, shown, _, at in other_mentions
                      if shown in theirs and _is_year(raw)]
        # (the lost years' words without the relative phrases: "the highest since 1982" beside
        # "last year" is not among the words of "last year")
        unsaid = _RELATIVE_YEAR.sub(lambda m: " " * len(m.group()), other)
        paired = len(lost_years)
        for _, raw, shown, _, at in mentions:
            if shown not in mine or not _is_year(raw):
                continue
            dated = _DATED.search(text[:at])
            month = month_named(dated.group(1) or dated.group(3)) if dated else None
            day = (dated.group(2) or dated.group(4)) if dated else ""
            near = _words_near(text, at, at + len(raw))
            relative = told[len(told) - spare] if spare else None
            if dated is not None and month is not None and _undated(other, month, day) > _undated(text, month, day):
                mine.remove(shown)  # a date's year, which the other side leaves out
            elif paired and not (relative is not None and len(near & _words_near(other, *relative.span())) >= max(
                    len(near & _words_near(unsaid, a, b)) for a, b in lost_years) + SETTINGS.relative_lead):
                paired -= 1
            elif spare:
                phrase = told[len(told) - spare]
                spare -= 1
                mine.remove(shown)
                count = counts.get(phrase.start(1)) if phrase.group(1) else None
                if count in theirs:
                    theirs.remove(count)


def _words_near(text: str, start: int, end: int, reach: int = 6) -> set[str]:
    """The words longer than three characters among the ``reach`` words either side of
    ``text[start:end]``, lower-cased."""
    def words(part: str) -> list[str]:
        return [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", part)]

    before, after = words(text[:start])[-reach:], words(text[end:])[:reach]
    return {w for w in before + after if len(w) > 3}


def _undated(text: str, month: str, day: str) -> int:
    """How often ``text`` gives ``day`` of ``month`` without its year."""
    name = rf"{month[:3]}[a-z]*\.?"
    return sum(not re.match(r",?\s*(?:1[89]|20)\d\d\b", text[m.end():])
               for m in re.finditer(rf"\b{name}\s+{day}(?:st|nd|rd|th)?\b|\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                                    rf"{name}(?![a-z])", text, re.IGNORECASE))


def dateline_day(text: str) -> tuple[str, str] | None:
    """The month (its full name, in lower case) and the day of the dateline ``text`` opens with
    ("THIMPHU, March 3 —": ("march", "3")), or None."""
    match = _DATELINE.match(text)
    date = re.search(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:,?\s+\d{4})?\s*(?:\(|[-–—])|(\d{1,2})\s+([A-Za-z]{3,9})\.?"
                     r"(?:\s+\d{4})?\s*(?:\(|[-–—])", match.group()) if match else None
    month = month_named(date.group(1) or date.group(4)) if date else None
    if date is None or month is None or not dateline(text)[0]:
        return None
    return month, date.group(2) or date.group(3)


def _dateline_date_blank(text: str, other: str) -> str:
    """``text`` with the digits blanked of the month and day the dateline ``other`` opens with,
    where ``text`` tells that day ("THIMPHU, March 3 —" / "the ministry announced on March 3")."""
    dated = dateline_day(other)
    if dated is None:
        return text
    month, day = dated
    name = rf"{month[:3]}[a-z]*\.?"
    days = re.findall(rf"\b{name}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                      rf"{name}(?![a-z])", without_dateline(other), re.IGNORECASE)
    if any((a or b) != day for a, b in days):
        return text  # (the story gives another day of that month: "from March 13")
    return re.sub(rf"\b({name}\s+){day}\b|\b{day}(\s+{name}(?![a-z]))",
                  lambda m: (m.group(1) + " " * len(day)) if m.group(1) else " " * len(day) + m.group(2), text,
                  flags=re.IGNORECASE)


def _figure_texts(original: str, reprint: str) -> tuple[str, str]:
    """The two sides as their figures are compared: times of day taken out (they are compared as
    times), no dateline's day ("CASTRIES, Saint Lucia, April 17 —" is when the story was filed, nor
    where the other side tells it: "THIMPHU, March 3 —" / "announced on March 3"), and the
    reprint's spans of time and measures as the original gives them ("21 days" / "three weeks")."""
    text, reprinted = clock_times(original)[0], clock_times(reprint)[0]
    text, reprinted = _dateline_date_blank(text, reprint), _dateline_date_blank(reprinted, original)
    text, reprinted = _dateline_day_blank(text), _dateline_day_blank(reprinted)
    return text, spans_as_original(text, reprinted)


def figures_differ(original: str, reprint: str) -> bool:
    """Whether each side writes a figure the other does not (outside their datelines, years aside),
    and the figure check explains every one of them as told another way ("nine in every 10" /
    "90 percent", "32 knots" / "59 km/h"): what the contradiction model, reading words, may take for
    a conflict. (Figures only one side gives are more or less said.)"""
    def figures(text: str) -> set[float]:
        # (not years, nor the count of "two years ago": a year told another way is the model's to read too)
        counts = {m.start(1) for m in _RELATIVE_YEAR.finditer(text) if m.group(1)}
        return {v for v, raw, _, _, at in number_mentions(text) if not _is_year(raw) and at not in counts}

    theirs, mine = figures(without_dateline(original)), figures(without_dateline(reprint))
    if not (theirs - mine and mine - theirs):
        return False
    left: list[str] = []
    _figure_changes(*_figure_texts(original, reprint), left)
    return not left  # (every figure either side gives alone is told another way)


def fact_changes(original: str, reprint: str,
                 entities: tuple[Sequence[tuple[str, str]], Sequence[tuple[str, str]]] | None = None,
                 across_kinds: bool = False,
                 analyses: tuple[Analysis, Analysis] | None = None,
                 story_day: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """Items that one side changed into another: numbers (their units, ordinals, qualifiers and
    ranges), days and months, tenses, genders, hedges and names. ``story_day`` is the month and
    day of the story's dateline (:func:`dateline_day`), where it has one.

    ``entities`` are the named entities (text, label) of the original and the reprint from
    a tagger; with them names are compared kind by kind, without them by capitalisation.
    ``analyses`` (the tagger's, of each side) give the tenses of their verbs.
    """
    changes: list[dict[str, Any]] = []
    # times of day are compared as times ("8 p.m." / "20:00"), and are no figures after that
    _, o_times = clock_times(original)
    _, r_times = clock_times(reprint)
    changes += time_changes(o_times, r_times) or zone_changes(original, reprint)
    text, reprinted = _figure_texts(original, reprint)
    changes += _figure_changes(text, reprinted)
    # "from July 2017 to July 2019" / "from August 2017 to July 2019": a day or month the reprint
    # names less often, beside one the original names less often (the day a dateline gives is
    # the day the story was filed, no claim of it: "BANDAR SERI BEGAWAN, July 8 —")
    # A weekday is compared with weekdays and a month with months: "on Tuesday" / "on October 14"
    # gives the day another way, which no figure here can check.
    # (a weekday set before a date the other side gives without one, and sets no weekday before:
    # "from April 24 to 26" / "from Friday, April 24, to Sunday, April 26"; not "on Tuesday" / "on
    # Wednesday, March 4", nor "Friday, April 24" / "Saturday, April 24")
    o_body, r_body = without_dateline(original), without_dateline(reprint)
    o_days = _days(o_body, r_body) if not _WEEKDAY_DATED.search(r_body) else _days(o_body)
    r_days = _days(r_body, o_body) if not _WEEKDAY_DATED.search(o_body) else _days(r_body)
    lost, gained = o_days - r_days, r_days - o_days
    if lost and gained and not (_weekdays_dated(lost, gained, reprint) or _weekdays_dated(gained, lost, original)):
        changes.append({"type": "date", "original": sorted(lost), "reprint": sorted(gained)})
    moved = tense_of_dates(original, reprint)
    if moved is not None:
        changes.append(moved)
    if analyses is not None:
        changes += tense_changes(original, reprint, *analyses, story_day=story_day)
    # the people the original names: a name the reprint gives a courtesy title ("Mr. Salen") is
    # one, whatever the tagger took it for
    people = len({normalise_name(text) for text, label in entities[0] if label == "PERSON" or re.search(
        rf"\b(?i:{'|'.join(COURTESY_TITLES)})\.?\s+{re.escape(text)}\b", reprint)}) if entities is not None else None
    gender = gender_change(original, reprint, people)
    if gender is not None:
        changes.append(gender)
    hedge = hedge_change(original, reprint)
    if hedge is not None:
        changes.append(hedge)
    if entities is not None:
        named = typed_name_changes(*entities, across_kinds=across_kinds, texts=(original, reprint))
    else:
        o_names, r_names = names(original), names(reprint)
        lost_names = _unmatched(dict.fromkeys(o_names), r_names)
        new_names = _unmatched(dict.fromkeys(r_names), o_names)
        named = []
        if lost_names and new_names and len(lost_names) <= 3 and len(new_names) <= len(lost_names) + 1:
            named.append({"type": "name", "original": lost_names, "reprint": new_names})
    # "its party members" / "Party members": a word the original writes in lower case is no new
    # name, nor is one it gives as a web address ("www.chinanews.com" / "China News"); and a word
    # the reprint writes in lower case is no name it lost ("Turnout was low" / "Voter turnout was low")
    o_words = {american_spelling(w) for w in _words(original) if w.islower()}
    r_words = {american_spelling(w) for w in _words(reprint) if w.islower()}
    addresses = [label for m in _ADDRESS.finditer(original.lower()) for label in m.group(1).split(".")
                 if label != "www"]
    # (courtesy titles name no one: "Agency Director Dr." / "the agency's director, Dr"; nor does a
    # short form the original spells out, "MVP" / "the tournament's most valuable player", nor a
    # dateline, which says where the story was filed: "BELFAST, May 16 - A man ..." / "A Co Antrim
    # man ..."; and "US dollars" is a currency, unless it stands for another: "British pound" /
    # "American dollar")
    # (of two datelines, the places are compared: "BEIJING, July 26 -" / "SHANGHAI -"; not what else
    # one gives, "BLANTYRE, Malawi (GNW) —" / "BLANTYRE —")
    (o_place, o_others), (r_place, r_others) = dateline(original), dateline(reprint)
    o_dateline = (() if r_others else o_others) if r_place else (o_place, *o_others)
    r_dateline = (() if o_others else r_others) if o_place else (r_place, *r_others)
    for change in named:
        currencies = ([n for n in change["reprint"] if _money_word(n, reprint)],
                      [n for n in change["original"] if _money_word(n, original)])
        money = () if all(currencies) else (*[n for n in currencies[0] if _in_a_sum(n, reprint)],
                                            *[n for n in currencies[1] if _in_a_sum(n, original)])
        new_ = [n for n in change["reprint"] if not all(american_spelling(w.lower()) in o_words | COURTESY_TITLES
                                                        for w in _words(n)) and not _in_address(n, addresses)
                and not spelled_out(n, original) and not _only_in_dateline(n, reprint, r_dateline) and n not in money
                and not _no_name(n, reprint)]
        lost_ = [n for n in change["original"] if not all(american_spelling(w.lower()) in r_words | COURTESY_TITLES
                                                          for w in _words(n))
                 and not _only_in_dateline(n, original, o_dateline)
                 and n not in money and not _no_name(n, original)]
        if not new_ or (change["original"] and not lost_):
            continue
        change = {**change, "original": lost_, "reprint": new_}
        known_apart = change.get("kind") != "person" and any(
            _known_apart(o, n) for o in change["original"] for n in new_)  # "Austria" / "Australia"
        if is_spelling_variant(change["original"], new_) and not known_apart:
            change["spelling"] = True
        changes.append(change)
    return changes


def _stands_alone(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as it stands, as a name of its own: no capitalised word
    right before or after it ("Barnes said ..." / "..., Barnes said": the tagger may miss a name
    that opens a sentence; not "Washington" in "George Washington University")."""
    if not text or name.lower() in DAYS_MONTHS:
        return False  # ("May told MPs" / "Johnson told MPs ... in May": a month is no person)
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
        before = _WORD_BEFORE.search(text[max(0, match.start() - 40):match.start()])
        after = _WORD_AFTER.match(text, match.end())
        named_before = before is not None and before.group(1)[:1].isupper() \
            and before.group(1).rstrip(".").lower() not in COURTESY_TITLES
        if not named_before and not (after and after.group(1)[:1].isupper()):
            return True
    return False


_WORD_BEFORE = re.compile(r"([\w'’.-]+)\s+$")
_WORD_AFTER = re.compile(r"(?:['’]s)?\s+([\w'’-]+)")


#: Words that open a story in capitals and are no place: a kicker.
_KICKERS = frozenset({"breaking", "update", "updated", "exclusive", "watch", "live", "opinion", "analysis", "editorial",
                      "comment", "review", "feature", "news", "sport", "sports", "business"})
_WEEKDAYS_MONTHS = "|".join([*sorted(DAYS_MONTHS, key=len, reverse=True), "jan", "feb", "mar", "apr", "jun", "jul",
                             "aug", "sept", "sep", "oct", "nov", "dec"])
#: A dateline before a story's first sentence, where it was filed: a place, then a country, a date
#: or an agency, and a dash ("BELFAST, May 16 - ", "BLANTYRE, Malawi (GNW) — ", "KINGSPORT (Wire) —
#: ", "BALTIMORE — ", "DOUGLAS, Isle of Man, May 20 (Reuters) - ", "HAGATNA, Guam, June 5, 2026 (PRW) – ",
#: "HAGÅTÑA — "); a place in title case only with a
#: date or an agency ("Freetown, Monday — ", "Paris (AFP) - "). (Not "NEW DELHI: ", which a
#: headline's label writes too: "UNICEF: ...")
_DATELINE = re.compile(
    r"^\s*(?:(?P<caps>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]*[A-ZÀ-ÖØ-Þ.])"
    r"|(?P<title>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2})(?=,\s*(?i:"
    + _WEEKDAYS_MONTHS + r")\b|\s*\([A-Za-z .&-]{1,30}\)\s*[-–—]))"
    r"(?:,\s*(?!(?i:" + _WEEKDAYS_MONTHS + r")\b)"
    r"(?P<country>[A-Z][A-Za-z.]+(?: (?:of |and |the )?[A-Z][A-Za-z.]+){0,2})(?=\s*[,(—–-]))?"
    r"(?:,?\s*(?:\d{1,2}\s+)?(?i:" + _WEEKDAYS_MONTHS + r")\.?(?:\s+\d{1,2}(?:,?\s+\d{4})?|\s+\d{4})?)?"
    r"\s*(?:\((?P<agency>[A-Za-z .&-]{1,30})\)\s*)?[-–—]{1,2}\s")


def dateline(text: str) -> tuple[str, tuple[str, ...]]:
    """The place of the dateline ``text`` opens with (:data:`_DATELINE`) and the other names it
    gives (a country, an agency), or ("", ())."""
    match = _DATELINE.match(text)
    if match is None:
        return "", ()
    place = match.group("caps") or match.group("title")
    bare = not match.group("country") and not match.group("agency") and "," not in match.group()
    if match.group("caps") and (len(place.replace(" ", "")) < 4 or place.lower() in _KICKERS
                                or (bare and not re.match(r"[A-Z\d“\"]", text[match.end():]))):
        return "", ()  # (not a kicker, nor a name in apposition: "UNICEF — the UN children's agency —")
    return place, tuple(n for n in (match.group("country"), match.group("agency")) if n)


def without_dateline(text: str) -> str:
    """``text`` without the dateline it opens with ("DUBLIN — Ireland's government ..." ->
    "Ireland's government ..."): where and whence a story was filed, which says nothing the
    story claims."""
    match = _DATELINE.match(text)
    return text[match.end():] if match is not None and dateline(text)[0] else text


def _dateline_day_blank(text: str) -> str:
    """``text`` with the digits of the dateline it opens with blanked, where it stands."""
    match = _DATELINE.match(text)
    if match is None or not dateline(text)[0]:
        return text
    return re.sub(r"\d", " ", text[:match.end()]) + text[match.end():]


def _only_in_dateline(name: str, text: str, names: Sequence[str]) -> bool:
    """Whether ``name`` is one of the dateline's ``names`` and ``text`` gives it nowhere after
    the dateline ("DERRY, May 16 - A man was arrested in Derry" still names Derry)."""
    if not any(name.lower() == n.lower() for n in names):
        return False
    match = _DATELINE.match(text)
    rest = text[match.end():] if match else text
    return re.search(rf"\b{re.escape(name)}\b", rest, re.IGNORECASE) is None


#: Words of money that a country's name or people's word before them make a currency of ("US dollars").
_CURRENCY_WORDS = (r"(?:dollars?|pounds?|euros?|shillings?|rupees?|francs?|pesos?|rand|naira|cedis?|kwacha|pula|yuan"
                   r"|yen)")


#: A sum in a currency's code, in capitals or not, or after a country's letters and a dollar sign
#: ("USD163 million", "KES 1,900", "USD3.52", "Rwf510", "Rs4.2m", "DKK25m", "US$48.2"; not "BBC 2").
_SUM_IN_CODE = re.compile(
    "(?:" + "|".join(sorted({re.escape(code.rstrip(".")) for code in CODES_ON_FIGURES}, key=lambda c: (-len(c), c)))
    + r"|[A-Z]{1,2}(?=\$))\.?\$?\s?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+\.\d+|\d+\s*(?:million|billion|bn|m)\b|(?<=[A-Za-z$¢₵])\d+)")


def _no_name(name: str, text: str) -> bool:
    """Whether what the tagger took for a name is none: a short form ``text`` defines in brackets
    right after the words it spells ("limited preferential voting (LPV)"), a sum in a currency's
    code ("USD163 million"), or a day of a month, which the tagger may take for a person ("ACCRA,
    Oct 2 (CWS)")."""
    day = DAY_AND_MONTH.fullmatch(name)
    if day is not None and month_named(day.group(1) or day.group(4)) is not None:
        return True
    defined = next((m for m in re.finditer(rf"\(\s*{re.escape(name)}\s*\)", text)), None)
    if defined is not None and spelled_out(name, text[max(0, defined.start() - 80):defined.start()]):
        return True
    return _SUM_IN_CODE.match(name) is not None


def _money_word(name: str, text: str) -> bool:
    """Whether a name names money, or may: its last word is a word of money ("American Dollar",
    also "Li Yuan"), or it stands before one ("US dollars")."""
    return re.search(rf"\b{_CURRENCY_WORDS}$", name, re.IGNORECASE) is not None or re.search(
        rf"\b{re.escape(name)}\s+{_CURRENCY_WORDS}\b", text, re.IGNORECASE) is not None


def _in_a_sum(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` only between a figure and a word of money: a currency,
    not a place ("about 14.8m US dollars", "5 million Hong Kong dollars")."""
    found = list(re.finditer(rf"\b{re.escape(name)}\b", text))
    return bool(found) and all(
        re.search(r"\d[\d.,]*\s*(?:m|bn|k|million|billion|thousand)?\s+$", text[:m.start()], re.IGNORECASE)
        and re.match(rf"\s+{_CURRENCY_WORDS}\b", text[m.end():], re.IGNORECASE) for m in found)


def _in_address(name: str, addresses: Sequence[str]) -> bool:
    """Whether a name's letters make up a part of a web address, or most of one ("Xinhua" /
    "news.xinhuanet.com")."""
    letters = re.sub(r"[^a-z0-9]", "", name.lower())
    return len(letters) >= 3 and any(letters == a or (a.startswith(letters) and len(letters) * 3 >= len(a) * 2)
                                     for a in addresses)


#: The ranks and military ranks as titles are compared ("Gen." / "General").
_RANK_KEYS = frozenset(short_form(w) for w in _RANKS)
_MILITARY_KEYS = frozenset(short_form(w) for w in _MILITARY)


def _lost_rank(theirs: tuple[str, ...], mine: tuple[str, ...]) -> bool:
    """Whether a title (``mine``, as :func:`title_changes` compares them) leaves out a rank of
    another (``theirs``): "Prime Minister" of "Deputy Prime Minister", "Justice" of "Chief
    Justice"; but "General" of "Army Chief General" leaves none (the rank is the general's own)."""
    lost = (set(theirs) - set(mine)) & _RANK_KEYS
    return bool(lost - {"chief"} or (lost and not _MILITARY_KEYS & set(theirs)))


#: Offices and jobs a story gives a person in lower case, in apposition ("Owen Makepeace, the
#: director who ...", "the agency's deputy director, Dr Ingrid Solvang"), each by the name of
#: the office (a spokeswoman is a spokesperson, a justice a judge, an attorney a lawyer) ...
_OFFICES = {word: word for word in (
    "secretary", "president", "minister", "ambassador", "senator", "governor", "mayor", "director", "spokesperson",
    "chair", "commissioner", "judge", "envoy", "representative", "executive", "officer", "commander", "producer",
    "editor",
    "coach", "captain", "founder", "owner", "lawyer", "prosecutor", "analyst", "professor", "curator", "scientist",
    "researcher", "inspector", "superintendent", "treasurer", "councillor", "principal", "dean", "surgeon",
    "doctor", "nurse")}
_OFFICES.update({
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "councilor": "councillor", "justice": "judge", "magistrate": "judge",
    "lawmaker": "legislator", "legislator": "legislator",
    "attorney": "lawyer", "solicitor": "lawyer", "barrister": "lawyer", "counsel": "lawyer", "premier": "minister",
    "chancellor": "minister", "manager": "coach", "economist": "analyst",
    "headteacher": "principal", "head teacher": "principal"})
#: ... and words that say an office for any, which say no office of their own ("the company's
#: head" may be its chief executive) ...
_ANY_OFFICE = frozenset({"head", "chief", "leader", "boss"})
#: ... and words that make another office of one: "deputy director" is not "director".
_OFFICE_RANKS = frozenset({"deputy", "vice", "assistant", "acting", "interim", "junior", "senior", "former",
                           "associate"})
_APPOSED_NAME = (r"(?:(?i:" + "|".join(sorted(COURTESY_TITLES)) + r")\.?\s+)?"
                 r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")
_APPOSED_OFFICE = (r"((?:[a-z][\w'’-]*\s+){0," + str(SETTINGS.office_words) + r"}?(?:"
                   + "|".join(sorted({*_OFFICES, *_ANY_OFFICE}, key=len, reverse=True)) + r"))\b")
_APPOSED = (
    # "Owen Makepeace, the director who made five films", "Luis Ferrán, the town's mayor, said"
    re.compile(_APPOSED_NAME + r",\s+(?:the|a|an|its|their|his|her)\s+" + _APPOSED_OFFICE
               + r"(?=\s*(?:[,.;]|who\b|of\b|at\b|for\b|said\b|says\b))"),
    # "the agency's deputy director, Dr Ingrid Solvang, said", "the director Owen Makepeace",
    # "Northgate's chief executive, Simon Okafor"
    re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w-]*['’]s)\s+"
               + _APPOSED_OFFICE + r",?\s+" + _APPOSED_NAME
               + r"(?=\s*[,.;:]|\s+(?:said|says|told|who|has|had|was|is|will|would)\b)"),
)


@dataclass(frozen=True)
class Office:
    """The offices a title names, by the name of each ("the founder and chief executive":
    founder, executive), and its ranks ("deputy director": deputy)."""

    offices: frozenset[str]
    ranks: frozenset[str]

    def changed_from(self, other: Office, both_apposed: bool) -> bool:
        """Whether this is another office than ``other``: a rank given or taken for the same
        office, or, where both are given in apposition, offices with none in common (a title
        before the name has portfolios of its own: "Defence Secretary" / "the defence minister")."""
        if self.offices & other.offices:
            return self.ranks != other.ranks
        return both_apposed


def _office(words: str) -> Office | None:
    """The office a lower-case title phrase names ("the agency's deputy director": director,
    deputy), or None where it names none but one any head holds ("the company's boss")."""
    parts = [w.lower() for w in words.replace("-", " ").split() if not re.search(r"['’]s$", w)]
    offices = frozenset(_OFFICES[w] for w in parts if w in _OFFICES)
    if not offices:
        return None
    return Office(offices, frozenset(w for w in parts if w in _OFFICE_RANKS))


@lru_cache(maxsize=1024)
def apposed_offices(text: str) -> tuple[tuple[str, str, Office], ...]:
    """The people a text gives an office in apposition, in lower case: (surname, the words as
    written, the office). (Each original is asked again for every reprint sentence.)"""
    found = []
    for n, pattern in enumerate(_APPOSED):
        for m in pattern.finditer(text):
            name, words = (m.group(1), m.group(2)) if n == 0 else (m.group(2), m.group(1))
            office = _office(words)
            surname = re.sub(r"['’]s$", "", name.split()[-1])
            if office is not None and surname.lower() not in _NOT_NAMES and surname.lower() not in TITLE_WORDS:
                found.append((surname, words, office))
    return tuple(found)


def _office_changes(reprint: str, originals: Sequence[str]) -> list[dict[str, Any]]:
    """A person's office in apposition in the reprint that differs from every office the originals
    give them, in apposition or as a title before the name (:meth:`Office.changed_from`): "the
    producer" / "the director", "deputy director" / "Director"."""
    known: dict[str, list[tuple[str, Office, bool]]] = {}
    for text in originals:
        for surname, words, apposed in apposed_offices(text):
            known.setdefault(surname, []).append((words, apposed, True))
        for surname, title, _ in _titles(text):  # "Agency Director Dr. Ingrid Solvang"
            held = _office(" ".join(title).lower())
            if held is not None:
                known.setdefault(surname, []).append((" ".join(title), held, False))
    changes = []
    for surname, words, office in apposed_offices(reprint):
        theirs = next((v for k, v in known.items() if same_name(k, surname)), None)
        if theirs and all(office.changed_from(their, apposed) for _, their, apposed in theirs):
            changes.append({"type": "title", "person": surname, "original": [theirs[0][0]], "reprint": [words],
                            "apposed": True})
    return changes


def title_changes(reprint: str, originals: Sequence[str]) -> list[dict[str, Any]]:
    """A person's title in the reprint that differs from every title the originals give them."""
    def key(title: tuple[str, ...]) -> tuple[str, ...]:
        # compared in lower case, American spelling ("Defence" / "Defense") and short forms
        # ("Sen." / "Senator"), "of" aside, a portfolio by the name of its office ("Minister for
        # Foreign Affairs" / "Foreign Minister"), one office by one title ("Lawmaker" / "Legislator")
        return tuple(_TITLE_ALIASES.get(w, _PORTFOLIO_ALIASES.get(w, w)) for w in
                     (short_form(american_spelling(part.rstrip("."))) for w in title for part in w.lower().split("-"))
                     if w not in _TITLE_FILLERS)

    changes = []
    original_titles: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {}
    around: dict[str, set[str]] = {}  # surname -> the words of the portfolio before an original's title
    for text in originals:
        for surname, title, before in _titles(text):
            original_titles.setdefault(surname, {}).setdefault(key(title), title)
            around.setdefault(surname, set()).update(key(before))
    for surname, title in titles(reprint).items():
        found = next(((k, v) for k, v in original_titles.items() if same_name(k, surname)), None)
        if found is None:
            continue
        name, known = found
        # a title said short is the same ("Secretary Blinken" / "Secretary of State Blinken"), but
        # not without its rank ("Prime Minister" for "Deputy Prime Minister"); a portfolio word the
        # original gives just before its title is the title's ("Health and Human Services Secretary")
        if key(title) in known:
            continue
        if not [t for t in known if set(key(title)) <= set(t) | around[name] and not _lost_rank(t, key(title))]:
            changes.append({"type": "title", "person": surname,
                            "original": [" ".join(known[t]) for t in sorted(known)], "reprint": [" ".join(title)]})
    named = {change["person"] for change in changes}
    return changes + [change for change in _office_changes(reprint, originals) if change["person"] not in named]


def fact_flags(original: str | None, reprint: str, similarity: float | None, close: bool,
               original_context: Sequence[str], thresholds: Thresholds,
               entities: tuple[Sequence[tuple[str, str]], Sequence[tuple[str, str]]] | None = None,
               chrf: float | None = None, analyses: tuple[Analysis, Analysis] | None = None,
               short_forms: Mapping[str, str] | None = None, story_day: tuple[str, str] | None = None) -> list[Flag]:
    """Substituted numbers, dates and names in a close pair; in a pair told in other words
    (``close`` but under the fact gate), only a condition, an exception or a limit dropped
    (:func:`qualifier_dropped`); changed titles against all originals.
    ``chrf`` is the pair's sentence chrF when the caller has it already; ``analyses`` are the
    tagger's of the original and the reprint (for tenses); ``short_forms`` the short forms the
    reprint defines (:func:`defined_short_forms`); ``story_day`` the day of the original's
    dateline (:func:`dateline_day`)."""
    flags = []
    if chrf is None:
        chrf = _chrf(original, reprint) if original is not None else 0.0
    shared_wording = chrf >= thresholds.fact_chrf
    plain_chrf = None
    if original is not None and not shared_wording and re.search(r"\d", original) and re.search(r"\d", reprint):
        # figures in another house style are no other wording ("rose 5 percent to $214 million" /
        # "rose 5% to C$214M")
        plain_chrf = round(_chrf(figures_plain(original), figures_plain(reprint)), 2)
        shared_wording = plain_chrf >= thresholds.fact_chrf
    changes: list[dict[str, Any]] = []
    if original is not None and similarity is not None and (
            shared_wording or (close and similarity >= thresholds.fact_similarity)):
        changes = fact_changes(original, reprint, entities, across_kinds=shared_wording, analyses=analyses,
                               story_day=story_day)
    elif original is not None and close and not is_headline(reprint):
        # a pair told in other words is compared for a condition, an exception or a limit it
        # dropped, which its own words show ("..., subject to final clearance" / "..."); not a
        # headline, which leaves out what its story tells
        dropped = qualifier_dropped(original, reprint)
        changes = [dropped] if dropped is not None else []
    if changes and original is not None:
        for change in changes:
            if is_headline(reprint) and _sums_up(change, reprint, original, original_context):
                continue
            told = [said for _, _, said, _, _ in number_mentions(reprint)
                    if re.search(rf"(?<![\w.,]){re.escape(said)}(?![\w]|[.,]\d)", str(change["reprint"][0]))]
            if change.get("made") == "exact" and change.get("in_range") is not False and told and all(
                    _told_in_story(reprint, said, original_context, original, []) for said in told):
                continue  # "hundreds of homes" / "340 homes", the figure the story gives for them elsewhere
            if change["type"] == "gender" and change.get("none_lost") \
                    and _possessive_added(original, reprint, change["reprint"]) and any(
                        set(_find_gendered(text)) & (FEMALE if set(change["reprint"]) <= FEMALE else MALE)
                        for text in original_context):
                continue  # "Defence lawyer Tuilagi said his client" / "Her lawyer, Tuilagi, said his client":
                # every gendered word of the original kept, and a possessive put before a noun the
                # original gives, of another person the story speaks of
            if change["type"] == "number" and not change.get("made") and "change" not in change \
                    and _worked_out(change, original, reprint, original_context):
                continue  # "$8,000, half the amount originally proposed" / "down from the $16,000 originally proposed"
            if change["type"] == "number" and not change.get("made") and "change" not in change \
                    and _difference_worked_out(change, original, reprint, original_context):
                continue  # "fewer stalls than the vendors affected" / "150 fewer than the vendors affected"
            if change["type"] == "number" and not change.get("made") and "change" not in change \
                    and _bound_told_exactly(change, original, reprint, original_context):
                continue  # "over 5 million children" / "5.2m children", the figure the story gives for them
            if change["type"] == "number" and not change.get("made") and "change" not in change \
                    and _all_but_counted(change, original, reprint):
                continue  # "Four of them were later discharged" / "The five injured ...; all but one were discharged"
            if change["type"] == "number" and not change.get("made") and "change" not in change:
                # "Of the 27 cases, 19 ...": a figure the story gives elsewhere, counting the same
                # thing ("27 confirmed cases"), is the story's own, put here: no figure changed
                new = [n for n in change["reprint"]
                       if not _told_in_story(reprint, str(n), original_context, original, change["original"])]
                if not new:
                    continue
                change = {**change, "reprint": new}
            was = ", ".join(map(str, change["original"]))
            now = ", ".join(map(str, change["reprint"]))
            what = f"{change['kind']} name" if "kind" in change else str(change["type"])
            where: dict[str, Any] = {}
            if change["type"] == "name" and change["original"] and _may_be_agencies(change) \
                    and all(_agency_only(original, str(n)) for n in change["original"]) \
                    and all(_agency_only(reprint, str(n)) for n in change["reprint"]):
                # "MILLBROOK, Ohio (WKTN) —" / "(Midwest Wire) -": who filed it, no claim of the story's
                # (a place in brackets is one: "GOMA (DRC) —")
                flags.append(Flag("fact", "minor", f"the dateline credits '{now}', the original '{was}'. Check the "
                                  "credit line", "credit-line", {"original": change["original"],
                                                                 "reprint": change["reprint"]}))
                continue
            if change["type"] == "name" and not change["original"] and (passage := passage_of(
                    original, original_context)) is not None and all(str(n) in passage for n in change["reprint"]) \
                    and _tells_more_of(reprint, original, passage, change["reprint"]):
                continue  # a name the next or last sentence of the story gives, told with this one
            if change["type"] == "name" and not change["original"] and all(
                    _described_in_story(str(n), original, reprint, original_context) for n in change["reprint"]):
                continue  # "Supt Motube said" for "The police spokesperson said", whom the story names so
            if change["type"] == "name":  # whether and where the new names stand in the sentence
                where["in_place"] = stands_in_place(original, reprint, change["original"], change["reprint"])
                where["at"] = [[m.start(), m.end()] for name in change["reprint"]
                               for m in re.finditer(re.escape(str(name)), reprint)]
                if change.get("counted") and not where["in_place"]:
                    continue  # a name given once less, and a new one elsewhere: no evidence of a swap
                if change["original"] and entities is not None and "kind" not in change and not where["in_place"] \
                        and (passage := passage_of(original, original_context)) is not None \
                        and all(str(n) in passage.replace(original, " ") for n in change["reprint"]) \
                        and _tells_more_of(reprint, original, passage, change["reprint"]):
                    # "Substitute Jonas Midtbø struck twice in extra time as Fjordby beat Tromsdal",
                    # the scorer from the next sentence told with this one, and the stadium this one
                    # names left for another: a name of another kind, elsewhere in the sentence, from
                    # the story told in another order, no name swapped ("according to the Electoral
                    # Commission" / "According to Local Government New Zealand" is one)
                    continue
                if change["original"] and not where["in_place"] and all(
                        _told_elsewhere(str(n), original, original_context) for n in change["original"]) \
                        and any(_in_story(str(n), original_context) for n in change["reprint"]):
                    # a name the story gives in other sentences, left out here, and names the
                    # story gives too, told elsewhere in the sentence ("... in Malawi." / "A
                    # Blantyre court sent a former accountant at Mwanjati District Council ..."):
                    # the sentence was told another way, no name swapped for another ("announced
                    # by Odinga", whom the story never names, is one)
                    continue
                if _short_form_in_story(change["original"], change["reprint"], [original, *original_context]):
                    continue  # "Comelec" for the story's "Commission on Elections"
                if short_forms and all(_defined_for(str(n), change["original"], original, short_forms)
                                       for n in change["reprint"]):
                    continue  # "the UEM" for "the Utrecht museum", the reprint's "Utrecht Ethnological Museum (UEM)"
                shorts = set(_SHORT_WORD.findall(reprint)) - set(_SHORT_WORD.findall(original))
                if change["original"] and all(any(_cut_short(short, str(n)) for short in shorts)
                                              for n in change["original"]) \
                        and not {w for n in change["reprint"] for w in re.findall(r"[A-Z]\w{3,}", str(n))} \
                        & {w for n in change["original"] for w in re.findall(r"[A-Z]\w{3,}", str(n))}:
                    # "a former MoD workshop" / "Ministry of Defence": the name kept, cut short (not
                    # "China Computer Society (CCF)" / "China Computer Federation (CCF)")
                    continue
                if change.get("kind") not in ("place", "group") and _one_person_in_story(
                        change["original"], change["reprint"], [original, *original_context],
                        change.get("kind") in ("person", "name")):
                    continue  # "Ratna said" for the story's "Dr Ratna Wulandari", "Wulandari said"
                if change["original"] and (
                        all(_only_as_modifier(original, str(n)) for n in change["original"]) or (
                            "kind" not in change and all(_only_as_owner(original, str(n)) for n in change["original"])
                            and all(_shares_a_word(str(n), change["original"]) for n in change["reprint"]))) \
                        and not any(_only_as_modifier(reprint, str(n)) or _only_as_owner(reprint, str(n))
                                    for n in change["reprint"]) \
                        and any(str(n) in text for n in change["reprint"] for text in original_context):
                    # "The Minneapolis-based company" / "Tessaro", "South Korea's professional
                    # baseball league" / "The Korea Baseball Organization": a name the story gives
                    # for what the original describes, a detail left out, no name swapped
                    continue
            evidence = {**change, **where, "similarity": similarity, "chrf": round(chrf, 2),
                        **({"chrf_figures_plain": plain_chrf} if plain_chrf is not None else {})}
            if change.get("spelling"):
                flags.append(Flag("fact", "minor", f"name spelled differently: '{was}' in the original, '{now}' here",
                                  "name-spelling", evidence))
                continue
            if change.get("made") == "vague":
                size = "" if change.get("in_range") is not False else \
                    ", and larger" if change.get("overstated") else ", and smaller"
                message = f"the figure was made vague{size}: the original says '{was}', the reprint '{now}'. " \
                          "Give the original's figure"
            elif change.get("made") == "dropped":
                message = f"the reprint leaves out a figure: the original says '{was}', the reprint '{now}'. " \
                          "Give the original's figure"
            elif change.get("made") == "exact":
                message = f"a figure the original does not give: it says '{was}', the reprint '{now}'. " \
                          "Use the original's wording"
            elif change.get("reversed"):
                message = f"score or range turned round: '{was}' in the original, '{now}' here"
            elif change.get("hedge") == "allegation":
                message = f"'{was}' in the original, '{now}' here: the reprint states as fact what the original " \
                          "reports as a claim. Put the original's word back" if now else \
                          f"the original says '{was}': the reprint drops it and states the claim as fact. Put the " \
                          "original's word back"
            elif change.get("hedge") == "attribution" and change.get("replaced"):
                message = f"the verb of saying was changed: the original says '{was}', the reprint '{now}'. " \
                          "Use the original's wording"
            elif change.get("hedge") == "attribution":
                message = f"the original says who says so ('{was}'): the reprint drops it and states the claim " \
                          "as fact. Put the attribution back"
            elif change.get("hedge") == "condition":
                message = f"the original makes it conditional ('{was}'): the reprint drops the condition and " \
                          "states it as certain. Put the original's words back"
            elif change.get("hedge") == "exception":
                message = f"the original makes an exception ('{was}'): the reprint drops it, so what it says now " \
                          "covers everyone. Put the original's words back"
            elif change.get("hedge") == "limit":
                message = f"the original limits what it says ('{was}'): the reprint drops that, so it now says " \
                          "more than the original. Put the original's words back"
            elif change.get("hedge") == "obligation":
                weaker = change["made"] == "possible"
                message = f"'{was}' in the original, '{now}' here: what the original says " + (
                    "must happen, the reprint says only may happen" if weaker else
                    "may happen, the reprint says must happen") + ". Use the original's wording"
            elif change.get("hedge") == "possibility" and change.get("made") == "possible":
                message = f"'{was}' in the original, '{now}' here: what the original says will happen, the reprint " \
                          "says only may happen. Use the original's wording"
            elif change.get("hedge") == "possibility" and not now:
                message = f"the original says '{was}': the reprint drops it and states as fact what the original " \
                          "says may be so. Put the original's words back"
            elif change.get("hedge") == "possibility":
                message = f"'{was}' in the original, '{now}' here: the reprint makes certain what the original " \
                          "says may happen. Use the original's wording"
            elif change["type"] == "tense":
                message = "the timing changed: " + (
                    f"the original says '{was}' (still to come), the reprint '{now}' (already done)"
                    if change["moved"] == "future to past" else
                    f"the original says '{was}' (already done), the reprint '{now}' (still to come)") + \
                    ". Use the original's wording"
            elif change.get("change") in _FIGURE_MESSAGES:
                message = _FIGURE_MESSAGES[change["change"]].format(was=was, now=now)
            else:
                message = f"{what} changed: '{was}' in the original, '{now}' here"
            flags.append(Flag("fact", "major", message, f"fact-{change['type']}", evidence))
    for change in title_changes(reprint, original_context):
        flags.append(Flag("fact", "major",
                          f"title of {change['person']} changed: '{change['original'][0]}' in the original story, "
                          f"'{change['reprint'][0]}' here", "fact-title", change))
    return flags


#: Verbs of a change down and up, which say which way a change by a share goes.
_CHANGED_DOWN = re.compile(r"\b(?:cut|cuts|cutting|reduc\w*|lower\w*|fell|fall\w*|drop\w*|decreas\w*|declin\w*|shrank|"
                           r"shrink\w*|slash\w*|down)\b", re.IGNORECASE)
_CHANGED_UP = re.compile(r"\b(?:rais\w*|rose|rise\w*|rising|increas\w*|grew|grow\w*|boost\w*|lift\w*|up)\b",
                         re.IGNORECASE)


def _changed_by(text: str, at: int, said: str) -> str | None:
    """How a share at ``at`` of ``text`` is told: "down" or "up" (a change by it: "cut that
    figure by a third"), "change" (a change by it, of no way the sentence says), or None (a part
    of something: "half the amount", "backed by a quarter of the 800 workers")."""
    if not re.search(r"\bby\s+$", text[:at]) or re.match(r"\s+of\b", text[at + len(said):]):
        return None
    before = text[max(0, text.rfind(".", 0, at) + 1):at]
    down, up = _CHANGED_DOWN.search(before), _CHANGED_UP.search(before)
    return "down" if down and not up else "up" if up and not down else "change"


def _factors(share: float, by: str | None) -> tuple[float, ...]:
    """What a figure is, worked out on another by a share told as :func:`_changed_by` says."""
    ways = {"down": (1 - share,), "up": (1 + share,), "change": (1 - share, 1 + share)}
    return ways.get(by or "", (share, 1 / share))


def _figures_to_work_on(texts: Sequence[str]) -> set[float]:
    """The figures of ``texts`` that a share or a difference may be worked out on: 1 or more, and
    no year ("in 2020"; "the 2000 workers" is a count)."""
    return {value for text in texts for value, raw, _, _, at in number_mentions(text)
            if value >= 1 and not (_is_year(raw) and not re.match(r"\s+[a-z]", text[at + len(raw):]))}


def _bound_told_exactly(change: Mapping[str, Any], original: str, reprint: str, story: Sequence[str]) -> bool:
    """Whether the one figure of a change is the figure the ``story`` gives, counting the same
    thing, for one the ``original`` tells as a bound it keeps: "over 5 million children" / "5.2m
    Tanzanian children", where the story says "about 5.2 million children" (within
    ``SETTINGS.bound_reach`` of the bound, on its side)."""
    if len(change["original"]) != 1 or len(change["reprint"]) != 1:
        return False
    lost, new = str(change["original"][0]), str(change["reprint"][0])
    bound = next(((value, kinds) for value, kinds in _qualified(original).items()
                  if any(re.search(rf"(?<![\d.,]){re.escape(lost)}$", shown) for _, shown in kinds)), None)
    value = next((v for v, _, said, _, _ in number_mentions(reprint) if said == new), None)
    if bound is None or value is None or bound[0] <= 0:
        return False
    (limit, kinds), reach = bound, SETTINGS.bound_reach
    side = {kind for kind, _ in kinds}
    within = ("at least" in side and limit <= value <= limit * (1 + reach)
              or side & {"at most", "nearly"} and limit * (1 - reach) <= value <= limit)
    return bool(within) and _told_in_story(reprint, new, story, original, [])


def _worked_out(change: Mapping[str, Any], original: str, reprint: str, story: Sequence[str]) -> bool:
    """Whether the figures one side gives for the other's share ("half", "by a third") are that
    share worked out on a figure of the pair or of the sentences beside the original: a part of
    it, or what it is of ("$8,000, half the amount originally proposed" / "$8,000, down from the
    $16,000 originally proposed"), or, for a change by a share, what it comes to ("cut that figure
    (48) by a third" / "bring that figure down to 32"). Every figure must come out so, to within
    rounding; years are no figures to work on."""
    def values(text: str, said: Sequence[object]) -> list[tuple[float, str | None]]:
        # each figure, and whether it is a change by it ("cut by a third") rather than a part of
        # something ("half the amount", "a third of the 1,200")
        shown = {str(s) for s in said}
        return [(value, _changed_by(text, at, whole)) for value, raw, whole, _, at in number_mentions(text)
                if raw in shown or whole in shown]

    # the figures of the pair and of the sentences beside the original ("that figure"), not years
    # ("in 2020"; "the 2000 workers" is a count)
    passage = passage_of(original, story) or original
    pool = _figures_to_work_on((original, reprint, passage))
    for shares, figures in ((values(original, change["original"]), values(reprint, change["reprint"])),
                            (values(reprint, change["reprint"]), values(original, change["original"]))):
        if not shares or not figures or not all(0 < s < 1 for s, _ in shares) or any(f < 1 for f, _ in figures):
            continue
        if all(any(abs(figure - base * factor) <= SETTINGS.worked_out * figure
                   for share, by in shares for factor in _factors(share, by)
                   for base in pool - {figure}) for figure, _ in figures):
            return True
    return False


#: A comparison ("fewer than", "more seats than") ...
_COMPARING = r"\b(fewer|more|less|higher|lower|later|earlier|longer|shorter|bigger|smaller|larger|older|younger)" \
             r"(?:\s+[a-z]+)?\s+than\b"
_COMPARISON = re.compile(_COMPARING, re.IGNORECASE)
#: ... right after a figure, or after a figure and what it counts: "150 fewer than", "two years
#: later than", "12 more seats than" ...
_BY_SO_MUCH = re.compile(r"\s+(?:[a-z]+\s+)?" + _COMPARING, re.IGNORECASE)
#: ... or in two words: "nine percentage points higher than", with the figure it is compared with
#: ("than the 14%", "than the previous year's 36,500").
_BY_SO_MUCH_TOLD = re.compile(r"\s+((?:[a-z]+\s+){0,2})" + _COMPARING + r"\s+(?:[A-Za-z'’-]+\s+){0,3}?(\d[\d.,]*)",
                              re.IGNORECASE)


def _difference_worked_out(change: Mapping[str, Any], original: str, reprint: str, story: Sequence[str]) -> bool:
    """Whether every figure the reprint gives anew says by how much something differs where the
    original compares with no figure ("room for about 450 stalls, fewer than the number of vendors
    affected" / "roughly 150 fewer than the number of vendors affected"), and is the difference of
    a figure of the pair (450) and another of the pair or the story (the 600 vendors), neither of
    them the new figure itself; or is the difference of two figures both sides give ("23 percent,
    up from 14 percent" / "23%, nine percentage points higher than the 14%"). Years are no figures
    to work on."""
    by_figure = {m.start(1) for value, raw, _, _, at in number_mentions(original)
                 if (m := _BY_SO_MUCH.match(original, at + len(raw)))}
    compared = {m.group(1).lower() for m in _COMPARISON.finditer(original) if m.start(1) not in by_figure}
    told = {str(s) for s in change["reprint"]}
    new = [(value, raw, at) for value, raw, whole, _, at in number_mentions(reprint) if raw in told or whole in told]
    if not new:
        return False
    pair, story_figures = _figures_to_work_on((original, reprint)), _figures_to_work_on(story)
    # figures both sides give: how much one is above the other, told against it, is worked out
    # within the sentence ("23 percent, up from 14 percent" / "23%, nine percentage points higher
    # than the 14%"); not where the original's lost figure was itself a difference ("15 more than
    # last year" / "40 more than last year"), nor a share of a share ("nine percent higher than the
    # 14%" is no nine points)
    shared = _figures_to_work_on((original,)) & _figures_to_work_on((reprint,))
    lost = {str(s) for s in change["original"]}
    differences_lost = any(_BY_SO_MUCH_TOLD.match(original, at + len(raw)) or _BY_SO_MUCH.match(original, at + len(raw))
                           for _, raw, whole, _, at in number_mentions(original) if raw in lost or whole in lost)
    mentions = sorted(number_mentions(reprint), key=lambda m: m[4])
    for value, raw, at in new:
        # "slipped 13 bps to 3.92 per cent from 4.05 per cent": the size of a change from one
        # figure both sides give to another
        ends = [(v, a) for v, _, _, _, a in mentions if a > at][:2]
        if len(ends) == 2 and all(v in shared for v, _ in ends) and re.search(
                r"\bto\b", reprint[at:ends[1][1]]) and re.search(r"\bfrom\b", reprint[at:ends[1][1]]) \
                and not re.search(r"[;:]", reprint[at:ends[1][1]]) \
                and abs(value - abs(ends[0][0] - ends[1][0])) <= SETTINGS.worked_out * value:
            continue
        after = _BY_SO_MUCH.match(reprint, at + len(raw))
        if after is not None and after.group(1).lower() in compared and any(
                abs(value - abs(a - b)) <= SETTINGS.worked_out * value
                for a in pair - {value} for b in (pair | story_figures) - {value, a}):
            continue
        told_so = _BY_SO_MUCH_TOLD.match(reprint, at + len(raw))
        against = next((v for v, *_ in number_mentions(told_so.group(3))), None) if told_so is not None else None
        if told_so is None or against is None or against not in shared or differences_lost \
                or re.search(r"\bper\s*cent\b|%", told_so.group(1), re.IGNORECASE) \
                or not any(abs(value - abs(against - b)) <= SETTINGS.worked_out * value
                           for b in shared - {value, against}):
            return False
    return True


#: "all but one" with no "of" after it: all but so many of a count the sentence gave before it.
_ALL_BUT_BARE = re.compile(r"\ball but (\w+)\b(?! of\b)", re.IGNORECASE)


def _all_but_counted(change: Mapping[str, Any], original: str, reprint: str) -> bool:
    """Whether one side's "all but one" is the other side's lost figure counted from a figure its
    sentence gives before it: "Four of them were later discharged" / "The five injured workers ...;
    all but one were later discharged"."""
    for counted, lost, told in ((reprint, change["original"], change["reprint"]),
                                (original, change["reprint"], change["original"])):
        wanted = {value for value, raw, whole, _, _ in number_mentions(original if counted is reprint else reprint)
                  if raw in map(str, lost) or whole in map(str, lost)}
        for match in _ALL_BUT_BARE.finditer(counted):
            part = _count_of(match.group(1))
            if part is None or match.group(1) not in map(str, told):
                continue
            # (a count, no day, year or span of time: "arrested on May 5", "on 5 May", "after a
            # 5-hour standoff")
            before = [value for value, raw, _, _, at in number_mentions(counted) if at < match.start() and value > part
                      and not _is_year(raw) and not re.search(rf"\b(?i:{_MONTHS})\.?\s+$", counted[:at])
                      and not re.match(rf"[\s-]+(?:(?i:{_MONTHS})|{UNITS_OF_TIME}\b)", counted[at + len(raw):],
                                       re.IGNORECASE)]
            if wanted and all(any(abs(whole - part - value) < 1e-6 for whole in before) for value in wanted):
                return True
    return False


def _only_as_modifier(text: str, name: str) -> bool:
    """Whether ``text`` gives ``name`` only joined to a word after it that makes it describe
    what follows ("the Minneapolis-based company", "a Kremlin-backed group"), or is itself written
    so ("Minneapolis-based", as a name read by its capitals)."""
    if re.search(r"-[a-z]+$", name):
        return True
    found = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text))
    return bool(found) and all(re.match(r"-[a-z]", text[m.end():]) for m in found)


def _only_as_owner(text: str, name: str) -> bool:
    """Whether ``text`` gives ``name`` only as the owner of what a description after it tells
    ("South Korea's professional baseball league")."""
    found = list(re.finditer(rf"(?<![\w-]){re.escape(name)}['’]s\s+(?=[a-z])", text))
    return bool(found) and len(found) == len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w])", text))


#: Words that many names share and that tie no two of them together.
_GENERIC_NAME_WORDS = frozenset("""north south east west northern southern eastern western central new old great united
the of and city state states national royal republic democratic people's bank court high supreme union council
university college club company group party""".split())


def _shares_a_word(name: str, others: Sequence[Any]) -> bool:
    """Whether ``name`` holds the last word of one of ``others``, a word few names share
    ("Korea Baseball Organization" / "South Korea": Korea; not "Manchester City" / "Manchester
    United")."""
    heads = {_words(str(other))[-1].lower() for other in others if _words(str(other))} - _GENERIC_NAME_WORDS
    return any(w.lower() in heads for w in _words(name))


def _sums_up(change: Mapping[str, Any], headline: str, original: str, story: Sequence[str]) -> bool:
    """Whether a headline's change only sums up its story another way: a figure the story gives
    outside the headline's original, counting another thing than the figure it lost ("£18.7m car
    park" / "640-space car park"; "Floods kill 12" / "Floods kill 21" is a figure changed), or,
    in a change across kinds of name, names the story gives outside it ("... for Harbourview Reach"
    / "Gibraltar to build ...")."""
    elsewhere = [text.replace(original, " ") for text in story]
    if change["type"] == "number" and not change.get("made") and "change" not in change:
        told = {round(value, 6) for text in elsewhere for value, *_ in number_mentions(text)}

        def kinds(text: str, shown: Sequence[Any]) -> list[tuple[float, bool, set[str]]]:
            return [(round(value, 6), sign_before(text, at) is not None or bool(re.match(
                rf"\s*(?:m|bn|million|billion)?\s*{_CURRENCY_WORDS}\b", text[at + len(said):], re.IGNORECASE)),
                _counted(_following_words(text, at + len(said), 2)))
                for value, _, said, _, at in number_mentions(text) if said in map(str, shown)]

        mine, theirs = kinds(headline, change["reprint"]), kinds(original, change["original"])
        # (a figure with nothing after it, "Floods kill 12", counts what the one it replaced counted)
        return bool(mine) and all(value in told and all(money != their_money or (
            words and their_words and not words & their_words) for _, their_money, their_words in theirs)
            for value, money, words in mine)
    if change["type"] == "name" and "kind" not in change:
        text = "\n".join(elsewhere)
        return bool(change["reprint"]) and all(re.search(rf"\b{re.escape(str(name))}\b", text)
                                               for name in change["reprint"])
    return False


#: A capitalised word right before a name that does not open a sentence or a line (group 1) ...
_INSIDE_NAME_BEFORE = re.compile(r"(?<![.!?\n\"“]\s)(?<![.!?\n\"“])(?<!^)\b([A-Z][\w'’.-]*)\s+$")
#: ... and one before "of": "the Bank of Malawi".
_NAME_OF_BEFORE = re.compile(r"(?<![.!?\n\"“]\s)(?<![.!?\n\"“])(?<!^)\b[A-Z][\w'’-]*\s+(?:of|on|for)\s+(?:the\s+)?$")


def _after_a_name_of(before: str) -> bool:
    """Whether the text ``before`` a name ends in another name's word and "of" ("the Bank of")."""
    return _NAME_OF_BEFORE.search(before) is not None


#: A word that may be a short form in capitals ("MoD", "IEC").
_SHORT_WORD = re.compile(r"\b[A-Z][A-Za-z]{1,5}\b")


def _tells_more_of(reprint: str, original: str, passage: str, names: Sequence[object]) -> bool:
    """Whether ``reprint`` tells more of the sentences around its ``original`` in ``passage``
    than ``names`` and their titles: a word of theirs in lower case that the original does not
    give ("Justice Lucy Wambui issued conservatory orders" from the sentence before, not only her
    name)."""
    own = {w.lower() for w in re.findall(r"\w+", original)}
    # (not the name's own words, nor the words right before it, its title: "Interior Minister
    # Kithure Kindiki praised the officers" lends no "said" its name)
    titled = {w.lower() for n in names for m in re.finditer(re.escape(str(n)), passage)
              for w in re.findall(r"\w+", passage[:m.start()])[-3:]}
    around = {w for w in re.findall(r"\b[a-z]\w{3,}", passage)} - own - titled
    return bool(around & {w.lower() for w in re.findall(r"\w+", reprint)})


#: A description set after a name between commas, as one opens ("Dipheko Motube, the police
#: spokesperson,"; not a clause: "Sipho Botha, who police spokesperson Zweli Mokoena said").
_APPOSITION = re.compile(r"\s*,\s*(?!(?:who|whom|whose|which|that|where|when|said|says|told|was|is|were|are|had|"
                         r"has|will|would)\b)([a-z][\w'’-]*(?:\s[^,.;:()]*)?)[,.]")


def _described_in_story(name: str, original: str, reprint: str, story: Sequence[str]) -> bool:
    """Whether ``name`` is the person the ``original`` sentence describes where the ``reprint``
    names them: the words the name stands in place of ("The police spokesperson said" / "Supt
    Motube said") stand with the name's last word elsewhere in the ``story``, just before it or
    set after it between commas ("Police spokesperson Superintendent Dipheko Motube said"). Each
    of their longer words must ("the party leader" is no "Tom Reiner, a party member")."""
    last = name.split()[-1]
    if not last[:1].isupper() or len(last) < 3:
        return False
    # the reprint's given names, which the story must give too ("Lerato Botha" is not "Mary Botha");
    # not a title or its short form ("Supt Motube")
    given = [w for w in name.split()[:-1] if w.lower().rstrip(".") not in TITLE_WORDS | COURTESY_TITLES | _RANKS
             and not is_short_form(w.lower().rstrip(".")) and len(w.rstrip(".")) > 1]  # (not an initial)
    theirs = [w.lower() for w in re.findall(r"\w+", original)]
    mine = [w.lower() for w in re.findall(r"\w+", reprint)]
    at = mine.index(last.lower()) if last.lower() in mine else -1
    replaced = [theirs[i1:i2] for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, theirs, mine).get_opcodes()
                if tag == "replace" and j1 <= at < j2]
    described = {w for w in (replaced[0] if replaced else []) if len(w) >= 4}
    if not described:
        return False
    for text in story:
        for match in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text):
            before = re.split(r"[,;:.()\"“”]", text[:match.start()])[-1]
            if given and re.findall(r"[\w'’-]+", before)[-len(given):] != given:
                continue
            after = _APPOSITION.match(text, match.end())
            around = re.findall(r"\w{4,}", before)[-SETTINGS.described_words:] + \
                (re.findall(r"\w{4,}", after.group(1))[:SETTINGS.described_words] if after else [])
            if described <= {w.lower() for w in around}:
                return True
    return False


def _cut_short(short: str, name: str) -> bool:
    """Whether capitals are the short form of the whole of ``name``, a letter for each of its words
    but those a short form skips ("MoD" / "Ministry of Defence"; not "IP" / "State Intellectual
    Property Administration")."""
    words = [w for w in name.split() if w.lower() not in _SKIPPED_IN_SHORT_FORMS]
    return sum(c.isupper() for c in short) == len(words) and spelled_out(short, name)


def _may_be_agencies(change: Mapping[str, Any]) -> bool:
    """Whether a name change may be one of agencies: of organisations, or of names of no kind
    none of which English text uses often on its own (``known_name``: "WKTN", "Midwest Wire"; not
    a country, "GOMA (DRC)" / "(Rwanda)")."""
    if "kind" in change:
        return change["kind"] == "organisation"
    names = [normalise_name(str(n)) for n in (*change["original"], *change["reprint"])]
    return not any(" " not in n and english_zipf(n) >= SETTINGS.known_name for n in names)


def _agency_only(text: str, name: str) -> bool:
    """Whether ``name`` is the agency a dateline credits in brackets ("MILLBROOK, Ohio (WKTN) —")
    and ``text`` gives it nowhere after the dateline."""
    match = _DATELINE.match(text)
    if match is None or not match.group("agency") or not dateline(text)[0]:
        return False
    return name == match.group("agency") and _only_in_dateline(name, text, (name,))


def _in_story(name: str, story: Sequence[str]) -> bool:
    """Whether the originals' ``story`` gives ``name``, as written or, for a short form of three
    capitals or more, spelled out (:func:`spelled_out`: "KDP" / "the Kgotla Democratic Party")."""
    return any(name in text or re.fullmatch(r"[A-Z]{3,}", name) is not None and spelled_out(name, text)
               for text in story)


def _told_elsewhere(name: str, original: str, story: Sequence[str]) -> bool:
    """Whether the originals' ``story`` gives ``name`` in a sentence other than ``original``, as
    itself or before the words of another name ("the Malawi Police Service"), not as the last
    words of another ("the Commission on Audit", "the Electoral Commission" are no "Commission",
    "the Bank of Malawi" no "Malawi")."""
    def count(text: str) -> int:
        found = 0
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            # (a capitalised word that opens a sentence or a line names nothing: "Former Malawi
            # council accountant jailed", "Most of the Maldives' islands")
            headed = _INSIDE_NAME_BEFORE.search(text[:match.start()])
            named = headed is not None and headed.group(1).rstrip(".").lower() not in COURTESY_TITLES | _NOT_NAMES
            found += not named and not _after_a_name_of(text[:match.start()]) \
                and not re.match(r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z]", text[match.end():])
        return found

    texts = [" ".join(text.split()) for text in story]
    sentence = " ".join(original.split())
    # (the sentence itself, wherever the story holds it; once, where it holds it in another form)
    return sum(count(text) for text in texts) > count(sentence) * max(1, sum(sentence in text for text in texts))


def _told_in_story(reprint: str, shown: str, story: Sequence[str], original: str, lost: Sequence[str]) -> bool:
    """Whether the figure ``shown`` of the reprint counts a thing the story (the originals'
    paragraphs) counts with the same figure ("27 cases" / "27 confirmed cases"), and no figure
    the original sentence ``lost`` counts that thing ("arrested 12 people" / "arrested 30 people"
    is a figure changed, whatever else the story says)."""
    # (what a figure counts is the word after it, or after a name's adjective: "5.2m Tanzanian children")
    counts = [(value, words[1:2] if words[:1] and words[0][:1].isupper() else words[:1])
              for value, _, said, _, at in number_mentions(reprint) if said == shown
              for words in [_following_words(reprint, at + len(said), 2)]]
    if not counts or not all(words for _, words in counts):
        return False
    gone = {word for _, _, said, _, at in number_mentions(original) if said in lost
            for word in _counted(_following_words(original, at + len(said), 2))}
    if any(_counted(words) & gone for _, words in counts):
        return False
    return all(any(value == theirs and _counted(words) & _counted(_following_words(text, at + len(said), 2))
                   for text in story for theirs, _, said, _, at in number_mentions(text))
               for value, words in counts)


def notice_flags(notice: str, sentence: str, original_context: Sequence[str]) -> list[Flag]:
    """A sentence of a notice (a correction notice): the titles it gives people, against the
    titles the originals give them."""
    return [Flag("fact", "major", f"the {notice} gives {change['person']} the title '{change['reprint'][0]}'; the "
                 f"original story says '{change['original'][0]}'. Correct the notice from the original",
                 "fact-title", {**change, "notice": notice})
            for change in title_changes(sentence, original_context)]


def _neighbours(text: str, name: str) -> set[str]:
    """The words right before and right after each mention of a name (lower case)."""
    words = [re.sub(r"['’]s$", "", w.lower()) for w in _words(text)]  # "the Milky Way's dark matter"
    parts = [re.sub(r"['’]s$", "", w.lower()) for w in _words(name)]
    out: set[str] = set()
    for i in range(len(words) - len(parts) + 1):
        if parts and words[i:i + len(parts)] == parts:
            out.update(words[j] for j in (i - 1, i + len(parts)) if 0 <= j < len(words))
    return out


def stands_in_place(original: str, reprint: str, lost: Sequence[str], new: Sequence[str]) -> bool:
    """Whether a new name stands where a lost one stood: a word right beside it is the same on
    both sides ("in Paris" / "in London"). A name dropped from one place and another put
    elsewhere (an attribution lost, a stray name in a garbled clause) is weaker evidence."""
    before = set().union(*(_neighbours(original, name) for name in lost)) if lost else set()
    after = set().union(*(_neighbours(reprint, name) for name in new)) if new else set()
    return bool(before & after)


def _chrf(original: str, reprint: str) -> float:
    from .drift import _metrics

    return float(_metrics()[1].sentence_score(reprint, [original]).score)
