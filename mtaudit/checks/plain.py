"""Figures written one way, as the contradiction model is given them.

The model reads a house style as a change of fact: "€4.3bn" / "4.3 billion euros", "7,000" /
"seven thousand", "three in four voters" / "75 percent of voters" and "78,266" / "78266" each read
as a conflict (0.9 and more) where the same sentence with the figures written alike reads 0.6-0.7.
Both sides of a pair are written the same way here, so a figure that differs still differs and
one that is the same reads the same. The number check compares the figures themselves.
"""

from __future__ import annotations

import re

from ..words import MONTHS, NUMBER_WORDS, SOUTH_ASIAN_SCALES
from .units import clock_plain, decimal_points

#: Currency signs, as the figures are given: before the figure, with its scale in words ("€4.3bn"
#: and "4.3 billion euros" -> "€4.3 billion"). A dollar sign alone and "US$" are one; the other
#: dollars keep their country. Yen and yuan are both "¥": which of them a sign is, is for the
#: number check's units to say (it reads "yen" and "yuan" apart).
_SIGNS = {"$": "$", "us$": "$", "a$": "A$", "c$": "C$", "hk$": "HK$", "nz$": "NZ$", "s$": "S$", "€": "€", "£": "£",
          "¥": "¥"}
_WORD_SIGNS = {"dollars": "$", "dollar": "$", "euros": "€", "euro": "€", "pounds": "£", "pounds sterling": "£",
               "yen": "¥", "yuan": "¥"}
#: Scales written short after a figure; "m" and "k" only after a currency sign ("100m" is metres).
_SHORT_SCALE_WORDS = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion",
                      "tn": "trillion", "trn": "trillion"}
_MONEY = re.compile(r"(?<![\w$])(US\$|A\$|C\$|HK\$|NZ\$|S\$|\$|€|£|¥)\s?(\d[\d,]*(?:\.\d+)?)"
                    r"(?:\s?(bn|mn|trn|tn|m|b|k)\b|\s(thousand|million|billion|trillion)\b)?", re.IGNORECASE)
#: A sum with its currency in words after it ("3.2 million pounds", "5 billion US dollars", "a
#: 9.4 billion euro budget"; not "the 20 euro zone countries", "Euro 2024"): pounds only with a
#: scale and not before "of", as "200 pounds" and "8 million pounds of chicken" are weights.
_MONEY_IN_WORDS = re.compile(r"(?<![\w.,$€£¥])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?|\d[\d,]*(?:\.\d+)?)"
                             r"(?: (thousand|million|billion|trillion))? (?:(?:US|U\.S\.|American) )?"
                             r"(dollars|euros|pounds sterling|pounds|yen|yuan"
                             r"|(?-i:dollar|euro)(?![\w-]| (?:zone|area|cents?|bonds?)\b))\b"
                             r"(?! of\b)", re.IGNORECASE)
#: Figures in lakhs and crores (South Asian English: 100,000 and 10 million), a range's scale once
#: ("2.18 lakh", "10.5-11 lakh").
_LAKH = re.compile(r"(?:(?<![\d.,])|(?<=Rs\.))(\d[\d,]*(?:\.\d+)?)(?:\s?([-–]|to)\s?(\d[\d,]*(?:\.\d+)?))?"
                   r"\s(" + "|".join(SOUTH_ASIAN_SCALES) + r")s?\b", re.IGNORECASE)
_LONG_SCALE = re.compile(r"(?<=\d)\s?(bn|tn|trn)\b", re.IGNORECASE)

_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: Number words that count: not "one" ("one of them"), "first" or "half", but "one" before a scale.
_COUNTS = {w: v for w, v in NUMBER_WORDS.items()
           if w not in ("zero", "one", "half", "first", "second", "third", "fourth", "fifth", "decade", "decades")}
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})
_SCALE_WORD = "(?:" + "|".join(sorted(_SCALE_WORDS)) + ")"
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in sorted(_SCALE_WORDS)) + ")"
_COUNT_WORD = r"(?:" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + r"|trillion)"
_FIRST_WORD = r"(?:" + "|".join(sorted((w for w in _COUNTS if w not in _SCALE_WORDS), key=len, reverse=True)) + r")"
_AFTER_TENS = "(?:" + "|".join(f"(?<={w})" for w in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                                        "eighty", "ninety")) + ")"
_UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)"
#: A number in words: it starts with a count ("seven thousand"), or "a" or "one" before a scale
#: ("a dozen", "one million"); a scale word alone ("4.3 million") is a figure's. A unit goes on
#: only after a tens word ("twenty-five"; "one in ten three decades ago" has two numbers), and
#: "and" only after a scale ("two hundred and fifty"; "three and four hours" are two numbers).
_SPELLED = re.compile(rf"\b(?:(?:one|a)(?=\s{_SCALE_WORD}\b)|{_FIRST_WORD}\b)"
                      rf"(?:{_AFTER_TENS}[\s-]{_UNIT_WORD}\b|[\s-]{_SCALE_WORD}\b|{_AFTER_SCALE}[\s-]{_COUNT_WORD}\b"
                      rf"|{_AFTER_SCALE}\sand\s{_COUNT_WORD}\b)*", re.IGNORECASE)
#: A count under ten in digits before a word, which the model reads best in words, as news copy
#: writes it ("2 men" -> "two men"); not a percentage, a unit ("5 km"), a sum, a time or a decimal.
_DIGIT = re.compile(r"(?<![\w.,$€£¥-])[2-9](?= (?!percent\b|[ap]\.m\.)[a-z]{3,}\b)"
                    r"(?! (?:mph|kph|kmh|lbs|hundred|thousand|million|billion|trillion)\b)")
_DIGIT_WORDS = {v: w for w, v in NUMBER_WORDS.items() if isinstance(v, int) and 2 <= v <= 9 and w not in (
    "second", "third", "fourth", "fifth")}
_DIGIT_COUNTS = {"a": 1, "one": 1, "ten": 10, **{w: v for v, w in _DIGIT_WORDS.items()}}
#: Half of a count word ("half a dozen" is 6, "half a million" 500,000).
_HALF_A = re.compile(r"\bhalf (an? (?:dozen|hundred|thousand|million|billion))\b", re.IGNORECASE)
#: A figure in digits, with its thousands separators and its scale word (not a group of three
#: digits after a figure and a space: "R250 000" is the rand's).
_FIGURE = re.compile(r"(?<![\w.,])(?<!\d )(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(\.\d+)?(?!\.?\d)"
                     r"(?:\s(thousand|million|billion|trillion)\b)?")
#: A share told as so many in (out of, in every) so many ("three in four voters", "nine out of 10");
#: not so many in a span of time or play ("scored two in 10 minutes").
_SHARE = re.compile(r"\b(\d+|[a-z]+) (?:in every|out of|in) (\d+|[a-z]+)\b(?= ([a-z]+))"
                    r"(?! (?:seconds|minutes|hours|days|weeks|months|years|games|matches|innings|attempts|starts)\b)",
                    re.IGNORECASE)
#: Words after a share that take no "of" before them: the share is the subject ("nine out of 10
#: used it" / "90% used it"), not a share of a group ("three in four voters").
#: Number words that count ("three"), not those that rank or share ("third", "half").
_CARDINALS = frozenset(w for w, v in NUMBER_WORDS.items()
                       if isinstance(v, int) and not re.search(r"(?:st|nd|rd|th)$", w)
                       and w not in ("half", "dozen", "decade", "decades"))
_NO_OF = frozenset("""of are were is was have has had will would could can may might should must said say says
do did does""".split())
#: A share said as a fraction ("a third of", "half of"); not a part of a span ("the first half of
#: the year", "the third quarter of 2023").
_FRACTION = re.compile(r"(?<!first )(?<!second )(?<!third )(?<!fourth )(?<!last )(?<!final )(?<!other )"
                       r"(?<!latter )(?<!the )\b(?:((?:a|one)[- ](?:quarter|third|half|fifth|tenth)|half|two[- ]thirds|"
                       r"three[- ]quarters|(?:two|three|four)[- ]fifths) of\b"
                       # written with a hyphen, a fraction needs no "of" before a state ("one-fifth contained",
                       # "two-thirds full"), and none after "by" ("fell by a third")
                       r"|(one-(?:quarter|third|fifth|tenth)|two-thirds|three-quarters|(?:two|three|four)-fifths)"
                       r"(?= [a-z]+ed\b| full\b| empty\b| complete\b)"
                       r"|(?<=\bby )((?:a|one)[- ](?:quarter|third|half|fifth|tenth)|two[- ]thirds|"
                       r"three[- ]quarters)(?! of\b))", re.IGNORECASE)
_PERCENT_OF = {"quarter": 25, "third": 33, "half": 50, "fifth": 20, "tenth": 10, "two thirds": 67,
               "three quarters": 75, "two fifths": 40, "three fifths": 60, "four fifths": 80}


def _spelled_value(words: str) -> float:
    """The value of a number said in words ("seventy-five", "two hundred and fifty thousand")."""
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", "a", "one"):
            current += 1 if word in ("a", "one") else 0
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in _SCALE_VALUES:
            total += (current or 1) * _SCALE_VALUES[word]
            current = 0
        else:
            current += _COUNTS[word]
    return total + current


def _spelled(match: re.Match[str]) -> str:
    """A number in words in digits, but one under ten as it is (see :data:`_DIGIT`)."""
    value = _spelled_value(match.group())
    return match.group() if value < 10 and re.fullmatch(r"[a-z]+", match.group(), re.IGNORECASE) else _written(value)


def _written(value: float) -> str:
    """A figure one way: digits up to a million, then in its largest scale ("1.2 million")."""
    for word in ("trillion", "billion", "million"):
        if value >= _SCALE_VALUES[word]:
            return f"{value / _SCALE_VALUES[word]:.10g} {word}"
    return f"{value:.10g}"


def _figure(match: re.Match[str]) -> str:
    """A figure in digits written one way (:func:`_written`); four digits alone as they are (a year),
    and two numbers a space may part as they are: after a month or an index ("June 30 500 jobs",
    "S&P 500 200-day") or before a hyphen."""
    if " " in match.group(1):
        before = match.string[:match.start()].split()[-1:]
        if match.string[match.end():match.end() + 1] == "-" or before and (
                before[0].lower().strip(",") in MONTHS or re.search(r"&|^[A-Z]{2,}$", before[0])):
            return match.group()
    whole = re.sub(r"[, \u00a0\u202f]", "", match.group(1))
    if match.group(3) is None and match.group(2) is None and len(whole) == 4 and match.group(1) == whole:
        return match.group()
    value = float(whole + (match.group(2) or ""))
    return _written(value * _SCALE_VALUES.get((match.group(3) or "").lower(), 1))


def _fraction(match: re.Match[str]) -> str:
    """A fraction of a group as a percentage of it ("a third of" -> "33 percent of", "one-fifth
    contained" -> "20 percent contained", "by a third" -> "by 33 percent")."""
    words = re.sub(r"^(?:a|one) ", "", (match.group(1) or match.group(2) or match.group(3)).lower().replace("-", " "))
    return f"{_PERCENT_OF[words]} percent" + (" of" if match.group(1) else "")


def _share(match: re.Match[str]) -> str:
    """A share told as so many in so many, as a whole percentage (with "of" before its group)."""
    part, whole = (_DIGIT_COUNTS.get(g.lower()) if g.isalpha() else int(g) for g in match.group(1, 2))
    if part is None or whole is None or not 0 < part < whole <= 100:
        return match.group()
    following = match.group(3).lower()
    # ("one in ten three decades ago": a count after it starts another phrase, but not "one in
    # three first-time buyers" or "one in four one-year-olds")
    count = following in _CARDINALS and match.string[match.end(3):match.end(3) + 1] != "-"
    kept = following in _NO_OF or following.endswith("ed") or count
    return f"{round(100 * part / whole)} percent" + ("" if kept else " of")


def _money(match: re.Match[str]) -> str:
    """A sum after its currency sign, the sign as one writing of it and the scale in words."""
    scale = _SHORT_SCALE_WORDS[match.group(3).lower()] if match.group(3) else match.group(4)
    sign = _SIGNS[match.group(1).lower()]
    return f"{sign}{match.group(2)} {scale}" if scale else f"{sign}{match.group(2)}"


def _lakh(match: re.Match[str]) -> str:
    """A figure (or a range) in lakhs or crores in international figures (:func:`_written`)."""
    scale = SOUTH_ASIAN_SCALES[" ".join(match.group(4).lower().split())]
    first = _written(float(match.group(1).replace(",", "")) * scale)
    if match.group(3) is None:
        return first
    joint = match.group(2) if match.group(2) != "to" else " to "
    return f"{first}{joint}{_written(float(match.group(3).replace(',', '')) * scale)}"


def _money_in_words(match: re.Match[str]) -> str:
    """A sum with its currency in words after it, as :func:`_money` writes it."""
    currency, scale = match.group(3).lower(), match.group(2)
    if currency.startswith("pounds") and scale is None:
        return match.group()
    return f"{_WORD_SIGNS[currency]}{match.group(1)}" + (f" {scale}" if scale else "")


def figures_plain(text: str) -> str:
    """``text`` with its figures written one way, for the contradiction model:

    - times of day as a clock gives them ("20:00" -> "8 p.m."), and decimal commas as points
      ("N$2,3 million" -> "N$2.3 million");
    - numbers in words in digits ("seven thousand" -> "7000"), but counts under ten in words
      ("2 men" -> "two men");
    - no thousands separators (a comma or a space: "48,000" and "48 000" -> "48000"), and a
      million and more in its scale ("1,200,000" and "1,200 thousand" -> "1.2 million");
    - lakhs and crores in international figures ("2.18 lakh" -> "218000");
    - sums after their currency sign, their scale in words ("€4.3bn", "4.3 billion euros" and "a
      4.3 billion euro budget" -> "€4.3 billion");
    - "%" and "per cent" as "percent", and shares as percentages ("three in four voters" and
      "nine out of 10 voters" -> "75 percent of voters", "half of" -> "50 percent of");
    - "a fortnight" as "two weeks";
    - a bound as "at least" or "at most" ("no less than", "not fewer than" -> "at least"; "no
      more than" -> "at most"), which the model reads as a negation."""
    text = decimal_points(clock_plain(text))
    text = re.sub(r"\bno[t]? (?:less|fewer) than\b", "at least", text, flags=re.IGNORECASE)
    text = re.sub(r"\bno[t]? more than\b", "at most", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:a |one )?fortnight\b", "two weeks", text, flags=re.IGNORECASE)
    text = _FRACTION.sub(_fraction, text)
    text = _HALF_A.sub(lambda m: _written(_spelled_value(m.group(1)) / 2), text)
    text = _SPELLED.sub(_spelled, text)
    text = _LAKH.sub(_lakh, text)
    text = _MONEY.sub(_money, text)
    text = _LONG_SCALE.sub(lambda m: " " + _SHORT_SCALE_WORDS[m.group(1).lower()], text)
    text = _MONEY_IN_WORDS.sub(_money_in_words, text)
    text = re.sub(r"\s?%", " percent", text)
    text = re.sub(r"\b(?:per cent|pct)\b", "percent", text, flags=re.IGNORECASE)
    text = _FIGURE.sub(_figure, text)
    text = _SHARE.sub(_share, text)
    return _DIGIT.sub(lambda m: _DIGIT_WORDS[int(m.group())], text)
