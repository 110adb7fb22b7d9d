"""The unit a figure is given in: the same figure in another unit of one measure is a changed fact,
another way of writing one unit is not. Small tables of expected findings."""

from __future__ import annotations

import pytest

from mtaudit.checks.facts import number_mentions
from mtaudit.checks.units import unit_changes


@pytest.mark.parametrize(("original", "reprint", "expected"), [
    ("The storm dropped 10 inches of rain.", "The storm dropped 10 centimeters of rain.",
     [("length", ["10 inches"], ["10 centimeters"])]),
    ("It agreed to pay $5 million to settle.", "It agreed to pay 5 million euros to settle.",
     [("money", ["$5 million"], ["5 million euros"])]),
    ("It spent 5 billion yuan.", "It spent 5 billion US dollars.",
     [("money", ["5 billion yuan"], ["5 billion US dollars"])]),
    ("Prices rose 2 per cent.", "Prices rose 2 percentage points.",
     [("share", ["2 per cent"], ["2 percentage points"])]),
    ("Polls close at 8 p.m. on Tuesday.", "Polls close at 8 a.m. on Tuesday.",
     [("time of day", ["8 p.m."], ["8 a.m."])]),
    ("He won a 10-mile race.", "He won a 10-kilometer race.", [("length", ["10-mile"], ["10-kilometer"])]),
    ("The 45-year-old mayor resigned.", "The 45-month-old mayor resigned.", [("duration", ["45-year"], ["45-month"])]),
    ("It takes 40-50 days.", "It takes 40-50 weeks.", [("duration", ["40-50 days"], ["40-50 weeks"])]),
    ("$5 million was paid.", "5 million euros was paid.", [("money", ["$5 million"], ["5 million euros"])]),
    ("It lasted 6 to 8 weeks.", "It lasted 6 to 8 months.", [("duration", ["6 to 8 weeks"], ["6 to 8 months"])]),
    ("It weighed 5 pounds.", "It weighed 5 kilograms.", [("weight", ["5 pounds"], ["5 kilograms"])]),
    # one unit written another way
    ("Prices rose 2 percent.", "Prices rose 2%.", []),
    ("Polls close at 8 p.m.", "Polls close at 8pm.", []),
    ("It is 5 km away.", "It is 5 kilometres away.", []),
    ("It spent 5 billion yuan.", "It spent RMB 5 billion.", []),
    ("It spent US$5 million.", "It spent $5 million.", []),
    ("It spent $5 million.", "It spent $5m.", []),
    ("The ship was 5m long.", "The ship was 5 meters long.", []),  # a letter alone is no unit ("$5m")
    ("It marks 70 years of progress.", "It marks seven decades of progress.", []),
    # a unit on one side only, or figures of other measures: nothing to compare
    ("It spent 5 billion yuan.", "It spent 5 billion.", []),
    ("In 5 years it rose 5 percent.", "In 5 years it rose 5 points.", [("share", ["5 percent"], ["5 points"])]),
    ("It passed 5 amendments.", "It passed 5 laws.", []),  # no units: the number check's business
])
def test_unit_changes(original, reprint, expected):
    found = unit_changes(original, number_mentions(original), reprint, number_mentions(reprint))
    assert [(c["measure"], c["original"], c["reprint"]) for c in found] == expected

