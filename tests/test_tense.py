"""A verb moved between past and future ("will meet" / "met"), read with the real tagger: a table
of expected findings, the forms that look forward or back, and those left alone."""

from __future__ import annotations

import pytest

from mtaudit.checks.tense import tense_changes


@pytest.mark.parametrize(("original", "reprint", "expected"), [
    ("The two leaders will meet in Geneva on Monday.", "The two leaders met in Geneva on Monday.",
     [("meet", ["will meet"], ["met"], "future to past")]),
    ("The conference will be held in Beijing.", "The conference was held in Beijing.",
     [("hold", ["will be held"], ["was held"], "future to past")]),
    ("The company has opened a new plant.", "The company will open a new plant.",
     [("open", ["has opened"], ["will open"], "past to future")]),
    ("The talks will not resume until March.", "The talks did not resume until March.",
     [("resume", ["will not resume"], ["did not resume"], "future to past")]),
    ("The talks won't resume until March.", "The talks didn't resume until March.",
     [("resume", ["won't resume"], ["didn't resume"], "future to past")]),
    ("They'll sign the deal on Friday.", "They signed the deal on Friday.",
     [("sign", ["'ll sign"], ["signed"], "future to past")]),
    ("The leaders are going to meet on Monday.", "The leaders have met on Monday.",
     [("meet", ["are going to meet"], ["have met"], "future to past")]),
    ("The leaders are due to meet on Monday.", "The leaders have met on Monday.",
     [("meet", ["are due to meet"], ["have met"], "future to past")]),
    ("The leaders were due to meet on Monday.", "The leaders have met on Monday.", []),  # it may not have happened
    ("The sentences are to run concurrently.", "The sentences ran concurrently.",
     [("run", ["are to run"], ["ran"], "future to past")]),
    ("The sentences were to run concurrently.", "The sentences ran concurrently.", []),
    ("The ministry has set up 12 treatment centres.", "Twelve treatment centres are to be set up by the ministry.",
     [("set", ["has set"], ["are to be set"], "past to future")]),
    ("The council said the weather is to blame.", "The council blamed the weather.", []),
    ("The aim is to win the league.", "They won the league.", []),
    # "aged 12" is an age, however the tagger reads it
    ("Bhutan will begin offering the vaccine to boys aged 12 and 13 from June, the ministry said.",
     "Boys aged 12 and 13 will be able to receive the vaccine from June, the ministry announced.", []),
    # a plan in another verb beside a past of the same story, the same month: two events, no change
    ("The sentences will run concurrently since his arrest in March 2022.",
     "The sentences are to run concurrently, and the judge ruled that his time in custody since March 2022 "
     "would count.", []),
    ("The summit is due to be held in Rome.", "The summit was held in Rome.",
     [("hold", ["is due to be held"], ["was held"], "future to past")]),
    # a past the tagger takes back to another stem ("staged": "stag")
    ("Drivers will stage a strike from Thursday.", "Drivers staged a strike from Thursday.",
     [("stage", ["will stage"], ["staged"], "future to past")]),
    # one event on the same date told in other verbs, each side in one tense only
    ("Officials are due to meet in Geneva on July 14.", "Talks were held in Geneva on 14 July.",
     [("hold", ["are due to meet"], ["were held"], "future to past")]),
    ("The orbiter is due to enter lunar orbit on October 19.", "The orbiter went into orbit on 19 October.",
     [("go", ["is due to enter"], ["went"], "future to past")]),
    # ... but not a plan told in the past, nor another date
    # "would" after a verb of saying: what was still to come when it was said
    ("The league said it would reschedule two more games.", "The league said it had rescheduled two more games.",
     [("reschedule", ["would reschedule"], ["had rescheduled"], "future to past")]),
    ("The league said it would reschedule two more games.", "The league said it will reschedule two more games.", []),
    ("His camp said it would be filing a formal complaint.", "His camp said it had filed a formal complaint.",
     [("file", ["would be filing"], ["had filed"], "future to past")]),
    ("His camp said it would be filing a complaint.", "His camp said it was filing a complaint.", []),
    ("The minister said more funds would be released once assessments were completed.",
     "The minister said more funds had been released after assessments were completed.",
     [("release", ["would be released"], ["had been released"], "future to past")]),
    ("Former detainees said they would be beaten every night.",
     "Former detainees said they had been beaten every night.", []),  # what used to happen
    ("The government said every household would receive 50 kg of maize.",
     "The government said every household had received 50 kg of maize.",
     [("receive", ["would receive"], ["had received"], "future to past")]),
    ("His camp said it had received reports of vote-buying in several villages and would file a complaint.",
     "His camp said it had received reports of vote-buying in several villages and had filed a complaint.",
     [("file", ["would file"], ["had filed"], "future to past")]),
    ("The club said little about the deal on Sunday and would not confirm the fee.",
     "The club said little about the deal on Sunday and has not confirmed the fee.", []),
    ("Officials said they would check whether the camp had received reports and would file a complaint.",
     "Officials said they would check whether the camp had received reports and had filed a complaint.", []),
    ("The league said on Monday that it would reschedule two games.",
     "The league said on Monday that it has rescheduled two games.",
     [("reschedule", ["would reschedule"], ["has rescheduled"], "future to past")]),
    ("If it rained, the league would reschedule two games.", "If it rained, the league rescheduled two games.", []),
    ("The vote will take place on Friday.", "The vote was scheduled for Friday.", []),
    ("Officials will meet in Geneva on July 14.", "Talks were held in Geneva in June.", []),
    # the same tense in other words, a verb given both ways, verbs of saying: no change
    ("The leaders met on Monday.", "On Monday the leaders met.", []),
    ("The leaders met on Monday and will meet again on Friday.",
     "The leaders will meet on Friday after they met on Monday.", []),
    ("He said they would meet on Monday.", "They met on Monday, he said.", []),
    ("The ministry will say more on Friday.", "The ministry said more on Friday.", []),
    # what was going on is not done; what will have happened is not to come
    ("Ties were still being consolidated.", "Ties will be consolidated.", []),
    ("By Friday the leaders will have met twice.", "By Friday the leaders met twice.", []),
    # a possessive is no "has"
    ("The company's planned merger will close in May.", "The company's planned merger will close in May.", []),
    # a past the tagger takes for a participle, the sentence's only verb
    ("The last departure will leave at 9:30 p.m. rather than 11:45 p.m.",
     "The last departure left at 9:30 p.m. rather than 11:45 p.m.",
     [("leave", ["will leave"], ["left"], "future to past")]),
    ("Toys sold before August will not be affected.", "Toys sold before August are not affected.", []),
    # a participle after "with" and what it is said of takes its time from its clause
    ("Meals will be prepared by village committees, with each committee paid $4.50 per meal.",
     "Village committees will prepare the meals, and each committee will be paid $4.50 per meal.", []),
    ("The committee paid $4.50 per meal.", "The committee will pay $4.50 per meal.",
     [("pay", ["paid"], ["will pay"], "past to future")]),
    ("The man with the knife fled on Monday.", "The man with the knife will flee on Monday.",
     [("flee", ["fled"], ["will flee"], "past to future")]),
    # a past the tagger takes for a participle after an aside on its subject
    ("The $320 million market, financed by a loan from the Demerara Commercial Bank, is due to open in December "
     "with 450 stalls, Town Clerk Sharon Mohamed told councillors.",
     "Town Clerk Sharon Mohamed told councillors that the $320M market, financed by a loan from the Demerara "
     "Commercial Bank, opened in December with 450 stalls.",
     [("open", ["is due to open"], ["opened"], "future to past")]),
])
def test_tense_changes(tagger, original, reprint, expected):
    found = tense_changes(original, reprint, *tagger.analyse([original, reprint]))
    assert [(c["verb"], c["original"], c["reprint"], c["moved"]) for c in found] == expected


def test_a_tense_change_is_a_fact_flag_critical_on_a_close_pair(tagger):
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds
    from mtaudit.verdict import settle

    original, reprint = "The two leaders will meet in Geneva on Monday.", "The two leaders met in Geneva on Monday."
    flags = settle(fact_flags(original, reprint, 0.95, True, [], Thresholds(),
                              analyses=tuple(tagger.analyse([original, reprint]))), Thresholds())
    assert [(f.kind, f.check, f.severity) for f in flags] == [("fact", "fact-tense", "critical")]
    assert "'will meet' (still to come)" in flags[0].message and "'met' (already done)" in flags[0].message


@pytest.mark.parametrize(("story", "original", "flagged"), [
    # October 7 still to come on September 22
    ("PARAMARIBO, Sept 22 (Caribbean Wire) — The ruling party lost three seats.",
     "He said the new council would be sworn in on October 7.", True),
    ("PARAMARIBO, Oct 9 (Caribbean Wire) — The ruling party lost three seats.",
     "He said the new council would be sworn in on October 7.", False),  # a story told after it
    ("The ruling party lost three seats.", "He said the new council would be sworn in on October 7.", False),
    # (the date of another event, or of its own year)
    ("PARAMARIBO, Sept 22 (Caribbean Wire) — The ruling party lost three seats.",
     "He said the new council, elected on Sunday after a campaign that began on January 5, would be sworn in "
     "soon.", False),
    ("PARAMARIBO, Sept 22 (Caribbean Wire) — The ruling party lost three seats.",
     "He said the new council would be sworn in on October 7, 2019.", False),
])
def test_what_was_said_would_happen_after_the_story_was_filed_is_not_done(tagger, story, original, flagged):
    from mtaudit.checks.facts import dateline_day, fact_flags
    from mtaudit.config import Thresholds

    reprint = "The new council was sworn in on 7 October, he said." if "October" in original else \
        "The new council, elected on Sunday after a campaign that began on January 5, was sworn in soon, he said."
    flags = fact_flags(original, reprint, 0.95, True, [story, original], Thresholds(),
                       analyses=tuple(tagger.analyse([original, reprint])), story_day=dateline_day(story))
    assert any(f.check == "fact-tense" for f in flags) is flagged
