"""The units figures are given in: "10 inches" / "10 centimeters", "$5 million" / "5 million
euros", "rose 2 percent" / "rose 2 points"; and the times of day clocks give: "8 p.m." / "20:00"
/ "2000 GMT" are one time, "8 a.m." another. The same figure in another unit of the same measure
is another fact, and so is another time.

Units are read from the words right after a figure (a hyphen between them too: "a 10-mile
race") and from the currency sign or code right before it. Ways of writing one unit are one
unit ("km" / "kilometres", "$" / "dollars", "%" / "per cent"); a letter alone ("5m") is no unit,
since it is as often a scale ("$5m") as a measure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from ..words import NUMBER_WORDS
from .changes import changed_words

#: Currency codes, in lower case: written before a figure or after it ("RMB 5 million", "5 million RMB").
CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "rmb", "cny", "jpy", "inr", "chf", "rub", "aud", "cad", "hkd", "nzd",
                            "sgd", "twd", "rs", "rs.", "sh", "ksh", "kes", "ugx", "ush", "tzs", "ngn", "zar", "php",
                            "rwf", "mwk", "bwp", "zmw", "nad", "szl", "lsl", "mur", "scr", "sle", "gmd", "lrd", "ghs",
                            "etb", "xaf", "xof", "ssp", "vuv", "sbd", "fjd", "pgk", "wst", "mvr", "npr", "bnd", "myr",
                            "pkr", "lkr", "bdt", "jmd", "ttd", "bbd", "bsd", "gyd", "bzd", "bmd", "kyd", "xcd", "fkp",
                            "gip", "egp", "aed", "sar", "qar", "idr", "thb", "vnd", "krw", "dkk", "nok", "sek",
                            "isk", "pln", "czk", "huf", "bgn", "rsd", "mkd", "bam", "uah", "brl", "mxn", "clp",
                            "tnd", "kwd", "omr", "bhd", "jod", "mnt", "kzt", "srd", "awg", "htg", "btn"})
#: Currencies by the ways they are written (lower case) ...
_MONEY: Mapping[str, tuple[str, ...]] = {
    # a dollar sign or "dollars" alone is any of them; "US$" and "A$" are two currencies
    "dollar": ("$", "dollar", "dollars", "us$", "usd", "us dollar", "us dollars", "u.s. dollars",
               "american dollars"),
    "australian dollar": ("$", "dollar", "dollars", "a$", "aud", "australian dollar", "australian dollars"),
    "canadian dollar": ("$", "dollar", "dollars", "c$", "cad", "canadian dollar", "canadian dollars"),
    "hong kong dollar": ("$", "dollar", "dollars", "hk$", "hkd", "hong kong dollar", "hong kong dollars",
                         "hk dollars"),
    "new zealand dollar": ("$", "dollar", "dollars", "nz$", "nzd", "new zealand dollar", "new zealand dollars"),
    "singapore dollar": ("$", "dollar", "dollars", "s$", "sgd", "singapore dollar", "singapore dollars"),
    "taiwan dollar": ("$", "dollar", "dollars", "nt$", "twd", "taiwan dollar", "taiwan dollars",
                      "new taiwan dollars"),
    "euro": ("€", "eur", "euro", "euros"),
    "pound": ("£", "gbp", "pound", "pounds", "sterling"),
    "yuan": ("¥", "rmb", "cny", "yuan", "renminbi"),
    "yen": ("¥", "jpy", "yen"),
    "rupee": ("₹", "inr", "rs", "rs.", "rupee", "rupees"),
    # "Sh" or "shillings" alone is any of them
    "kenyan shilling": ("sh", "shilling", "shillings", "ksh", "kes", "kenyan shillings"),
    "ugandan shilling": ("sh", "shilling", "shillings", "ugx", "ush", "ugandan shillings"),
    "tanzanian shilling": ("sh", "shilling", "shillings", "tzs", "tanzanian shillings"),
    "naira": ("₦", "ngn", "naira"),
    "rand": ("zar", "rand"),
    "ruble": ("rub", "ruble", "rubles", "rouble", "roubles"),
    "swiss franc": ("chf", "franc", "francs", "swiss francs"),
    "peso": ("₱", "php", "peso", "pesos"),
}
#: ... the ways of writing a currency that its code shares with others: "J$5,000", "Rs4.2m" and
#: "410 francs" may be "JMD 5,000", "MUR 4.2 million" and "Rwf410" ...
_KIN = {**{code: ("$", "dollar", "dollars") for code in ("bbd", "bmd", "bnd", "bsd", "bzd", "fjd", "gyd", "jmd",
                                                        "kyd", "lrd", "nad", "sbd", "srd", "ttd", "xcd")},
        **{code: ("$", "peso", "pesos") for code in ("mxn", "clp")},
        **{code: ("rs", "rs.", "rupee", "rupees") for code in ("lkr", "mur", "npr", "pkr", "scr")},
        **{code: ("franc", "francs") for code in ("rwf", "xaf", "xof")},
        **{code: ("£", "pound", "pounds") for code in ("egp", "fkp", "gip")}}
#: ... and each measure's units, each unit by the ways it is written (lower case); a currency
#: code the list above does not name is a unit of its own ("DKK25m" / "NOK25m": two currencies).
MEASURES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "money": {**_MONEY, **{code: (code, *_KIN.get(code, ())) for code in sorted(CURRENCY_CODES)
                           if not any(code in ways for ways in _MONEY.values())}},
    "length": {
        "millimeter": ("mm", "millimeter", "millimeters", "millimetre", "millimetres"),
        "centimeter": ("cm", "centimeter", "centimeters", "centimetre", "centimetres"),
        "meter": ("meter", "meters", "metre", "metres"),
        "kilometer": ("km", "kilometer", "kilometers", "kilometre", "kilometres"),
        "inch": ("inch", "inches"),
        "foot": ("ft", "foot", "feet"),
        "yard": ("yard", "yards"),
        "mile": ("mile", "miles"),
        "nautical mile": ("nautical mile", "nautical miles", "nmi"),
    },
    "weight": {
        "gram": ("gram", "grams", "gramme", "grammes"),
        "kilogram": ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
        "ton": ("ton", "tons", "tonne", "tonnes"),
        "ounce": ("oz", "ounce", "ounces"),
        "pound": ("lb", "lbs", "pound", "pounds"),
    },
    "volume": {
        "liter": ("liter", "liters", "litre", "litres"),
        "gallon": ("gallon", "gallons"),
        "barrel": ("barrel", "barrels"),
    },
    "area": {
        "hectare": ("hectare", "hectares"),
        "acre": ("acre", "acres"),
    },
    "temperature": {
        "celsius": ("°c", "ºc", "degrees celsius", "degrees centigrade", "celsius", "centigrade", "degrees c"),
        "fahrenheit": ("°f", "ºf", "degrees fahrenheit", "fahrenheit", "degrees f"),
    },
    "speed": {
        "km/h": ("km/h", "kph", "kmh", "kilometers per hour", "kilometres per hour", "kilometers an hour",
                 "kilometres an hour"),
        "mph": ("mph", "miles per hour", "miles an hour"),
        "knot": ("knot", "knots"),
    },
    "share": {
        "percent": ("%", "percent", "per cent", "pct"),
        "point": ("point", "points", "percentage point", "percentage points", "basis point", "basis points", "bp",
                  "bps"),
    },
    "duration": {
        "second": ("second", "seconds"),
        "minute": ("minute", "minutes"),
        "hour": ("hour", "hours"),
        "day": ("day", "days"),
        "week": ("week", "weeks"),
        "month": ("month", "months"),
        # "seven decades" is read as 70 (years) by the number check: a decade is no unit of its own
        "year": ("year", "years", "decade", "decades"),
    },
}

#: Currency codes written on their figure with no space, as the number check reads them
#: ("Sh5,400", "KSh5,000", "Rs34 crore", "Rwf1,580", "USD3.52", "VND180 billion", the cedi's "GH¢48,000").
CODES_ON_FIGURES = ("Sh", "KSh", "Ksh", "Rs", "Rs.", "GH¢", "Gh¢", "GH₵",
                    *sorted({way for code in CURRENCY_CODES if len(code) == 3 and code.isalpha()
                             for way in (code.upper(), code.capitalize())}))
#: A decimal comma, as southern African and European house styles write it, before a scale or a
#: share ("N$2,3 million", "4,5%"): a comma before one or two digits groups no thousands. Not after
#: four digits ("In 2019,15% of voters": a year and a space lost).
DECIMAL_COMMA = re.compile(r"(?<![\w.,])(\d{1,3}),(\d{1,2})(?!\d)"
                           r"(?=\s?(?:million|billion|trillion|m\b|bn\b|%|per\s?cent))", re.IGNORECASE)


#: ... and a sum's cents after its currency sign ("N$13,20", "R4,50", "€2,99"): two digits after
#: the comma, where a thousands group has three.
DECIMAL_CENTS = re.compile(r"((?:[$€£₦₱¥₹]|\b[A-Z]{1,2}\$|\bR)\s?\d{1,3}),(\d{2})(?!\d|,\d)")


def decimal_points(text: str) -> str:
    """``text`` with its decimal commas (:data:`DECIMAL_COMMA`, :data:`DECIMAL_CENTS`) written as
    points: "N$2,3 million" -> "N$2.3 million", "N$13,20" -> "N$13.20"."""
    return DECIMAL_CENTS.sub(r"\1.\2", DECIMAL_COMMA.sub(r"\1.\2", text))
_AFTER: dict[str, set[tuple[str, str]]] = {}
_BEFORE: dict[str, set[tuple[str, str]]] = {}
for _measure, _units in MEASURES.items():
    for _unit, _written_ways in _units.items():
        for _way in _written_ways:
            if any(sign in _way for sign in "$€£¥₹₦₱") or _way in CURRENCY_CODES:
                _BEFORE.setdefault(_way, set()).add((_measure, _unit))
            if not any(sign in _way for sign in "$€£¥₹₦₱"):
                _AFTER.setdefault(_way, set()).add((_measure, _unit))

_WAYS_AFTER = sorted(_AFTER, key=len, reverse=True)
_SIGN_BEFORE = re.compile(r"(" + "|".join(re.escape(w) for w in sorted(_BEFORE, key=len, reverse=True))
                          + r")\s?$", re.IGNORECASE)
#: What may stand between a figure and its unit: "a 10-mile race", "10 square miles".
_BETWEEN = re.compile(r"(?:-|\s)(?:square |cubic )?")


#: The first figure of a range, right before the second: "40-" in "40-50 days", "40 to ".
_RANGE_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*\s?(?:-|–|to)\s?$")


#: How far before a figure its currency sign or code may start ("RMB "), how far before a range's
#: second figure its first ("40 to "), and how far after a figure its unit may run.
_SIGN_WINDOW, _RANGE_WINDOW, _UNIT_WINDOW = 4, 16, 24


def sign_before(text: str, start: int) -> re.Match[str] | None:
    """The currency sign or code right before a figure ("$", "RMB "), not the end of a word."""
    window = text[max(0, start - _SIGN_WINDOW):start]
    sign = _SIGN_BEFORE.search(window)
    if sign is None or (sign.start() > 0 and window[sign.start() - 1].isalpha()):
        return None
    return sign


#: A temperature's scale as one capital right after its figure ("40C", "104F"; not "4 C-17s").
_DEGREES = re.compile(r"([CF])(?![\w-])")


def _unit_after(text: str, end: int) -> tuple[set[tuple[str, str]], int]:
    """The unit right after a figure ending at ``end``, with where its words end."""
    degrees = _DEGREES.match(text, end)
    if degrees is not None:
        return {("temperature", "celsius" if degrees.group(1) == "C" else "fahrenheit")}, degrees.end()
    between = _BETWEEN.match(text, end)
    at = between.end() if between is not None else end
    lower = text[at:at + _UNIT_WINDOW].lower()
    for way in _WAYS_AFTER:
        if lower.startswith(way) and (len(lower) == len(way) or not lower[len(way)].isalnum() or way == "%"):
            return set(_AFTER[way]), at + len(way)
    return set(), end


def units_of(text: str, start: int, end: int) -> tuple[set[tuple[str, str]], str]:
    """The (measure, unit) pairs of the figure written at ``text[start:end]`` (its scale word
    included: "5 million"), from the sign before it and the unit after it, and the figure as
    written with them (a range it ends, "40-50 days", whole)."""
    sign = sign_before(text, start)
    units, unit_end = _unit_after(text, end)
    if sign is not None:
        units |= _BEFORE[sign.group(1).lower()]
    begin = max(0, start - _SIGN_WINDOW) + sign.start() if sign is not None else start
    first = _RANGE_BEFORE.search(text[max(0, begin - _RANGE_WINDOW):begin])
    begin -= len(first.group()) if first is not None else 0
    return units, text[begin:max(unit_end, end)].strip()


#: A figure as the number check finds it: (value, as written, with its scale word, whether it
#: has one, where it starts), as :func:`mtaudit.checks.facts.number_mentions` gives it.
Mention = tuple[float, str, str, bool, int]


def unit_changes(original: str, original_figures: Sequence[Mention], reprint: str,
                 reprint_figures: Sequence[Mention]) -> list[dict[str, Any]]:
    """Figures both sides give, in units of one measure that the other side gives with them
    fewer times ("10 inches" / "10 centimeters"; "for 3 months ... for 3 months" / "for 3 years
    ... for 3 months")."""
    def by_value(text: str, mentions: Sequence[Mention]) -> dict[float, list[tuple[set[tuple[str, str]], str]]]:
        out: dict[float, list[tuple[set[tuple[str, str]], str]]] = {}
        for value, _raw, shown, _scaled, at in mentions:
            out.setdefault(value, []).append(units_of(text, at, at + len(shown)))
        return out

    theirs, mine = by_value(original, original_figures), by_value(reprint, reprint_figures)
    changes = []
    for value in sorted(set(theirs) & set(mine)):
        for measure in MEASURES:
            was = Counter(unit for units, _ in theirs[value] for m, unit in units if m == measure)
            now = Counter(unit for units, _ in mine[value] for m, unit in units if m == measure)
            lost, new = was - now, now - was
            if lost and new:  # the figures in the units one side gives more often
                changes.append({"type": "unit", "measure": measure,
                                "original": list(dict.fromkeys(w for units, w in theirs[value]
                                                               if any(m == measure and u in lost for m, u in units))),
                                "reprint": list(dict.fromkeys(w for units, w in mine[value]
                                                              if any(m == measure and u in new for m, u in units)))})
    return changes


#: A time of day: "8 p.m.", "8:30 pm", "8.30pm" (as British papers write it), "20:30", "2000
#: GMT", "noon", "midnight"; never the end of another figure ("3.5 am", "£4.50pm" are none).
_CLOCK = re.compile(
    r"(?<![\d.,:$£€¥])\b(?P<h12>\d{1,2})(?:[:.](?P<m12>[0-5]\d))?\s?(?P<half>[ap])\.?m\b\.?"
    r"|\b(?P<h24>[01]?\d|2[0-3]): ?(?P<m24>[0-5]\d)\b(?!:)"
    r"|\b(?P<hgmt>[01]\d|2[0-3])(?P<mgmt>[0-5]\d) ?(?=GMT|UTC)"
    r"|\b(?P<word>noon|midnight)\b", re.IGNORECASE)


def _minutes(match: re.Match[str]) -> int:
    """Minutes after midnight of a time of day :data:`_CLOCK` found."""
    if match.group("word"):
        return 12 * 60 if match.group("word").lower() == "noon" else 0
    if match.group("h12"):
        hour = int(match.group("h12")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        return hour * 60 + int(match.group("m12") or 0)
    if match.group("h24"):
        return int(match.group("h24")) * 60 + int(match.group("m24"))
    return int(match.group("hgmt")) * 60 + int(match.group("mgmt"))


def clock_plain(text: str) -> str:
    """The text with every time of day written one way ("20:00", "2000 GMT", "8pm" -> "8 p.m.";
    "noon" -> "12 p.m."), for comparisons that should not see a clock's house style."""
    def plain(match: re.Match[str]) -> str:
        hours, minutes = divmod(_minutes(match), 60)
        clock = f"{hours % 12 or 12}" + (f":{minutes:02d}" if minutes else "")
        return f"{clock} {'p.m.' if hours >= 12 else 'a.m.'}" + (" " if match.group().endswith(" ") else "")

    return _CLOCK.sub(plain, text)


def clock_times(text: str) -> tuple[str, list[tuple[int, str]]]:
    """The times of day ``text`` gives (minutes after midnight, as written), and the text with
    them blanked out (as many spaces, so that other offsets hold): a time is no figure to the
    number check ("8 p.m." / "20:00" are one time, not 8 and 20)."""
    times: list[tuple[int, str]] = []
    blanked = list(text)
    for match in _CLOCK.finditer(text):
        times.append((_minutes(match), match.group().strip()))
        blanked[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(blanked), times


#: The time zone named right after a time of day ("GMT", "9 a.m. EST", "8 p.m. Beijing time"),
#: standing at the end of its phrase ("a 3 p.m. CT scan" names none), and the zones that are one:
#: "GMT" / "UTC", "ET" / "EST" / "EDT" / "Eastern time". "local time" names no zone a reader
#: can tell from another, and "CST" and "IST" name two or three each: none of them is compared.
_ZONE = re.compile(r"\s?\(?((?:[A-Z][a-z]+ time)|GMT|UTC|[EMP][SD]?T|CT|BST|CET|CEST|JST|HKT|SGT|MSK|AE[SD]T)\b"
                   r"(?=\s*$|\s*[,.;:)\]]|\s+(?:on|in|at|to|and|or|from|until|by|with|when|while|after|before|"
                   r"the|this|that|[A-Z0-9(]))")
_ZONE_FAMILY = {"GMT": "UTC", "EST": "ET", "EDT": "ET", "Eastern time": "ET", "Central time": "CT",
                "MST": "MT", "MDT": "MT", "Mountain time": "MT", "PST": "PT", "PDT": "PT", "Pacific time": "PT",
                "CEST": "CET", "AEDT": "AEST", "Greenwich time": "UTC"}


def zoned_times(text: str) -> list[tuple[int, str, str]]:
    """(minutes after midnight, as written, zone) of each time of day ``text`` names a time
    zone for (see :data:`_ZONE`)."""
    found = []
    for match in _CLOCK.finditer(text):
        zone = _ZONE.match(text, match.end() - (1 if match.group().endswith(" ") else 0))
        if zone is not None and zone.group(1) != "Local time":
            name = zone.group(1)
            found.append((_minutes(match), f"{match.group().strip()} {name}", _ZONE_FAMILY.get(name, name)))
    return found


def zone_changes(original: str, reprint: str) -> list[dict[str, Any]]:
    """One time of day that both sides give in a time zone each, but not the same zone ("3 p.m.
    GMT" / "3 p.m. EST"; "2000 GMT" / "8 p.m. UTC" is one time): another moment."""
    theirs, mine = zoned_times(original), zoned_times(reprint)

    def moved(side: list[tuple[int, str, str]], other: list[tuple[int, str, str]]) -> list[str]:
        """Times of ``side`` that ``other`` gives in another zone only."""
        there = {(minutes, zone) for minutes, _, zone in other}
        return [shown for minutes, shown, zone in side
                if (minutes, zone) not in there and any(m == minutes for m, _ in there)]

    lost, new = moved(theirs, mine), moved(mine, theirs)
    return [{"type": "time", "original": lost, "reprint": new}] if lost and new else []


def time_changes(original_times: Sequence[tuple[int, str]], reprint_times: Sequence[tuple[int, str]]
                 ) -> list[dict[str, Any]]:
    """Times of day one side gives and the other does not, where each side has one the other
    lacks ("8 p.m." / "8 a.m."; "8 p.m." / "20:00" is one time)."""
    theirs, mine = {m for m, _ in original_times}, {m for m, _ in reprint_times}
    lost = [shown for m, shown in original_times if m not in mine]
    new = [shown for m, shown in reprint_times if m not in theirs]
    return [{"type": "time", "original": lost, "reprint": new}] if lost and new else []


#: Each unit of time in hours, for :func:`same_amount`; a fortnight is two weeks.
_HOURS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730, "year": 8760}
_SPAN = re.compile(r"^(?:(\d+(?:\.\d+)?|[a-z-]+)[\s-])?([a-z]+)$", re.IGNORECASE)


def _hours(text: str) -> float | None:
    """The span of time ``text`` is, in hours ("12 months", "a year", "two weeks", "a
    fortnight", "two hours and 51 minutes": a larger unit, then a smaller), or None."""
    whole = _SPAN_WRITTEN.fullmatch(text.strip())
    parts = [_span(found.group()) for found in _ONE_SPAN_FOUND.finditer(text)] if whole else []
    if len(parts) != 2:
        span = _span(text)
        return None if span is None else span[0] * span[1]
    first, second = parts
    if first is None or second is None or first[1] <= second[1]:
        return None
    return first[0] * first[1] + second[0] * second[1]


def _span(text: str) -> tuple[float, float] | None:
    """One span of time: its count and its unit in hours ("two weeks": 2, 168; "a year and a
    half": 1.5, 8760), or None."""
    half = re.fullmatch(r"(.+?)[\s-]and[\s-]a[\s-]half[\s-](\w+)|(.+?)[\s-](\w+) and a half", text.strip(),
                        re.IGNORECASE)
    if half is not None:
        count, unit = (half.group(1), half.group(2)) if half.group(1) else (half.group(3), half.group(4))
        whole = _span(f"{count} {unit}")
        return None if whole is None else (whole[0] + 0.5, whole[1])
    found = _SPAN.match(text.strip())
    if found is None:
        return None
    count, word = found.group(1), found.group(2).lower()
    if word in ("fortnight", "fortnights"):
        hours = 2 * _HOURS["week"]
    else:
        units = [unit for unit, ways in MEASURES["duration"].items() if word in ways and not word.startswith("decade")]
        if not units:
            return None
        hours = _HOURS[units[0]]
    if count is None or count.lower() in ("a", "an"):
        value: float | None = 1.0
    else:
        value = float(count) if count[0].isdigit() else NUMBER_WORDS.get(count.lower())
    return None if value is None else (value, hours)


def same_amount(original: str, reprint: str) -> bool:
    """Whether two wordings are one span of time ("12 months" / "a year", "two weeks" / "a
    fortnight"): no change, though the contradiction model may read one."""
    a, b = _hours(original), _hours(reprint)
    return a is not None and b is not None and abs(a - b) <= 0.01 * max(a, b)


def restated_only(original: str, reprint: str) -> bool:
    """Whether every place the pair's words differ (:func:`.changes.changed_words`) says the same
    span of time another way (:func:`same_amount`)."""
    changes = changed_words(original, reprint)
    return bool(changes) and all(same_amount(old, new) for old, new in changes)


#: A span of time as a figure and its unit ("48-hour", "two days", "a fortnight"), for
#: :func:`spans_as_original`: counted in digits, a cardinal word or "a" / "an".
_CARDINALS = tuple(word for word, value in NUMBER_WORDS.items() if isinstance(value, int) and 1 <= value < 100
                   and word not in ("first", "second", "third", "fourth", "fifth", "dozen", "decade", "decades"))
#: The words of the units of time ("days", "a fortnight"; not "decades": a decade is read as 10
#: years by the number check), as a pattern.
UNITS_OF_TIME = r"(?:" + "|".join(sorted(
    {way for unit, ways in MEASURES["duration"].items() for way in ways if not way.startswith("decade")}
    | {"fortnight", "fortnights"}, key=len, reverse=True)) + r")"
_SPAN_COUNT = r"(?:\d+(?:\.\d+)?|an?|" + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + r")"
#: One span of time, a half on its count as a span may have it ("one and a half years", "a year
#: and a half", "a two-and-a-half-year sentence").
_ONE_SPAN = (rf"(?:{_SPAN_COUNT}[\s-]and[\s-]a[\s-]half[\s-]{UNITS_OF_TIME}\b|{_SPAN_COUNT}[\s-]{UNITS_OF_TIME}\b"
             r"(?: and a half\b)?)")
#: A span of time, or two told together in a larger unit and a smaller one ("two hours and 51
#: minutes"): one span, their sum. (Only with "and": "two years, six months of it suspended" is two.)
_SPAN_WRITTEN = re.compile(rf"(?<![\w.,-]){_ONE_SPAN}(?:,?\s+and\s+{_ONE_SPAN})?", re.IGNORECASE)
_ONE_SPAN_FOUND = re.compile(_ONE_SPAN, re.IGNORECASE)


_COUNTED = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + r")"
#: A range of spans of time with its unit once ("two to four weeks", "14-28 days"): each end is a span.
_SPAN_RANGE = re.compile(r"(?<![\w.,-])(" + _COUNTED + r")(\s+(?:to|-|–)\s+|[-–])(" + _COUNTED + r")([\s-])("
                         + UNITS_OF_TIME + r")\b", re.IGNORECASE)


def _ends_spelled_out(text: str) -> str:
    """A range of spans of time with its unit at both ends: "two weeks to four weeks"."""
    def spelled(m: re.Match[str]) -> str:
        joining = m.group(2) if m.group(2) != m.group(2).strip() else " to "  # "14-28 days": "14 days to 28 days"
        return f"{m.group(1)}{m.group(4)}{m.group(5)}{joining}{m.group(3)}{m.group(4)}{m.group(5)}"

    return _SPAN_RANGE.sub(spelled, text)


#: How far two spans of time may differ and be one ("three months" / "90 days", "a year" / "52
#: weeks"): a month is not a whole number of days or weeks.
_SAME_SPAN = 0.03


def spans_as_original(original: str, reprint: str) -> str:
    """The reprint with each span of time that the original gives in another unit written as the
    original writes it ("a two-day curfew" / "a 48-hour curfew", "a fortnight" / "two weeks"):
    one fact, which the contradiction model would read as two numbers (it reads "48-hour" /
    "two-day" as a conflict). Each of the original's spans stands for one of the reprint's, and
    not one the reprint gives as written; a span the original does not give is left as it is."""
    def unit(text: str) -> tuple[str, ...]:
        return tuple(re.split(r"[\s-]", part.lower())[-1].rstrip("s") for part in _ONE_SPAN_FOUND.findall(text)
                     or [text])

    # each of the original's spans stands for one of the reprint's, and only one the reprint does
    # not give as written ("seven days in care and 21 days in hospital" / "three weeks in care and
    # 21 days in hospital" is a change)
    # (a range's ends are spans each: "two to four weeks" / "14 to 28 days"; a range none of whose
    # ends is put back stays as written)
    as_written = reprint
    original, reprint = _ends_spelled_out(original), _ends_spelled_out(reprint)
    put: list[str] = []
    written = {found.group().lower() for found in _SPAN_WRITTEN.finditer(reprint)}
    theirs = [(found.group(), _hours(found.group())) for found in _SPAN_WRITTEN.finditer(original)
              if found.group().lower() not in written]

    def put_back(found: re.Match[str]) -> str:
        hours = _hours(found.group())
        # (a span told in two units is exact: "two hours and three minutes" is no "120 minutes")
        exact = len(_ONE_SPAN_FOUND.findall(found.group())) == 2
        same = [(n, text) for n, (text, value) in enumerate(theirs) if value is not None and hours is not None
                and abs(value - hours) <= (0.0 if exact or len(_ONE_SPAN_FOUND.findall(text)) == 2 else _SAME_SPAN)
                * max(value, hours)]
        if not same and exact:
            # two spans the original gives apart ("a fortnight and 14 days"), each its own
            return _ONE_SPAN_FOUND.sub(put_back, found.group())
        # (the same unit written another way, "48 hours" / "48-hour", is left as written)
        if not same or any(unit(text) == unit(found.group()) for _, text in same):
            return found.group()
        n, text = same[0]
        theirs[n] = (text, None)
        put.append(text)
        return text

    shown = _SPAN_WRITTEN.sub(put_back, reprint)
    return quarters_as_original(original, measures_as_original(original, shown if put else as_written))


#: A year's first or last three months, and its first or fourth quarter: one span said two ways.
#: (Of the year itself, not of another year, nor a fiscal year's: "the fourth quarter of its fiscal
#: year, which ended in June" is no October to December.)
_MONTHS_OF_YEAR = re.compile(r"\b(?:the )?(first|opening|last|final|closing) three months of (?:the|this) year\b"
                             r"(?! (?:to|ending|ended)\b)", re.IGNORECASE)
_QUARTER = re.compile(r"\b(?<!fiscal )(?:the )?(first|1st|fourth|4th|final|last) quarter\b(?: of (?:the|this) year\b)?"
                      r"(?! of\b| \d)|\bQ([14])\b(?! \d)", re.IGNORECASE)


def _which_quarter(found: re.Match[str]) -> int:
    word = (found.group(1) or "").lower()
    return 1 if word in ("first", "opening", "1st") or found.groups()[-1] == "1" else 4


def quarters_as_original(original: str, reprint: str) -> str:
    """The reprint with a year's first or last three months written as the original writes them,
    as its first or fourth quarter, and the other way round ("in the final three months of the
    year" / "in the fourth quarter"): one span, which the number check would read as "three"
    against "fourth"."""
    for theirs_pattern, mine_pattern in ((_MONTHS_OF_YEAR, _QUARTER), (_QUARTER, _MONTHS_OF_YEAR)):
        theirs = {_which_quarter(found): found.group() for found in theirs_pattern.finditer(original)}
        if theirs and not mine_pattern.search(original):
            reprint = mine_pattern.sub(partial(_as_said, theirs), reprint)
    return reprint


def _as_said(theirs: Mapping[int, str], found: re.Match[str]) -> str:
    """The original's words for the quarter ``found`` names, if it gives it."""
    return theirs.get(_which_quarter(found), found.group())


#: Units of length, weight, a rate's change and area that news copy converts ("18 inches" / "1.5
#: feet", "5 miles (8 km)", "60 nautical miles" / "111 kilometres", "50 basis points" / "half a
#: percentage point", "1,800 hectares" / "18 square kilometres"), by how many metres, kilograms,
#: percentage points or square kilometres each is. ("m", "in", "g" and "lb" alone are left out: "m"
#: is also millions, "in" a preposition.)
_CONVERTED = {
    "length": {"millimetre": 0.001, "millimeter": 0.001, "mm": 0.001, "centimetre": 0.01, "centimeter": 0.01,
               "cm": 0.01, "metre": 1.0, "meter": 1.0, "kilometre": 1000.0, "kilometer": 1000.0, "km": 1000.0,
               "inch": 0.0254, "inche": 0.0254, "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "yard": 0.9144,
               "mile": 1609.344, "nautical mile": 1852.0,
               "nautical-mile": 1852.0},
    "weight": {"gram": 0.001, "kilogram": 1.0, "kilo": 1.0, "kg": 1.0, "tonne": 1000.0, "pound": 0.45359,
               "lbs": 0.45359, "ounce": 0.02835, "oz": 0.02835},
    # a rate's change: "by 50 basis points" / "by half a percentage point"
    "rate": {"percentage point": 1.0, "basis point": 0.01},
    # an area burnt, farmed or protected: "1,800 hectares" / "18 square kilometres"
    "area": {"hectare": 0.01, "square kilometre": 1.0, "square kilometer": 1.0, "sq km": 1.0, "km2": 1.0,
             "acre": 0.00404686, "square mile": 2.589988, "square metre": 1e-6, "square meter": 1e-6,
             "sq m": 1e-6, "m2": 1e-6},
    # a vessel's or a vehicle's speed: "32 knots" / "about 59 km/h"
    "speed": {"knot": 1.852, "km/h": 1.0, "kph": 1.0, "kilometre per hour": 1.0, "kilometer per hour": 1.0,
              "kilometres per hour": 1.0, "kilometers per hour": 1.0, "mph": 1.609344, "mile per hour": 1.609344,
              "miles per hour": 1.609344},
}
#: A part of one unit, counted before it ("half a percentage point").
_PART_OF_ONE = {"half a": 0.5, "a quarter of a": 0.25, "three quarters of a": 0.75, "three-quarters of a": 0.75}
#: A measure: a word that makes it approximate, its count (thousands set apart by commas or spaces,
#: a scale word after it: "3.4 million square kilometres") and its unit.
_MEASURED = re.compile(r"(?<![\w.,-])(?:(about|around|roughly|approximately|some) )?"
                       r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:\.\d+)?|"
                       + "|".join(sorted([*_CARDINALS, *_PART_OF_ONE], key=len, reverse=True))
                       + r")(?: (thousand|million|billion))?[\s-]("
                       + "|".join(sorted({re.escape(u) for units in _CONVERTED.values() for u in units},
                                         key=len, reverse=True)) + r")(?:e?s)?(?![\w/])", re.IGNORECASE)
#: What a scale word after a count multiplies it by.
_SCALED = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
#: How far two measures may differ and be one: a conversion is rounded ("18 inches (46 cm)").
_SAME_MEASURE = 0.05


def _amount_of(found: re.Match[str]) -> tuple[str, float] | None:
    """What a measure is (length, weight or rate) and how much, in metres, kilograms or
    percentage points."""
    count, unit = found.group(2).lower(), found.group(4).lower()
    value = float(re.sub(r"[, \u00a0\u202f]", "", count)) if count[0].isdigit() \
        else _PART_OF_ONE.get(count, NUMBER_WORDS.get(count))
    kind = next((k for k, units in _CONVERTED.items() if unit in units), None)
    scale = _SCALED.get((found.group(3) or "").lower(), 1.0)
    return None if value is None or kind is None else (kind, float(value) * scale * _CONVERTED[kind][unit])


def measures_as_original(original: str, reprint: str) -> str:
    """The reprint with each length, weight or rate's change the original gives in another unit
    written as the original writes it ("rose another 1.5 feet" / "another 18 inches"), one for one, as
    :func:`spans_as_original` does for spans of time. A converted measure is rounded: the word
    that says so goes with it ("3,100 metres" / "about 10,200 feet")."""
    theirs = [(found.group(), _amount_of(found), found.group(4).lower()) for found in _MEASURED.finditer(original)]

    def put_back(found: re.Match[str]) -> str:
        mine = _amount_of(found)
        if mine is None:
            return found.group()
        same = [n for n, (_, amount, _) in enumerate(theirs) if amount is not None and amount[0] == mine[0]
                and abs(amount[1] - mine[1]) <= _SAME_MEASURE * max(amount[1], mine[1])]
        if not same or any(theirs[n][2] == found.group(4).lower() for n in same):
            return found.group()  # (in the same unit: compared as written)
        text, _, unit = theirs[same[0]]
        theirs[same[0]] = (text, None, unit)
        return text

    return _MEASURED.sub(put_back, reprint)

