import re

import pytest

from mtaudit.checks.drift import drift_score
from mtaudit.checks.facts import fact_changes, numbers, same_name, title_changes, titles
from mtaudit.checks.inversion import antonym_flips, dangling_nor, headline_part_added, negation_flips
from mtaudit.checks.patterns import garble_patterns
from mtaudit.checks.repairs import Repair
from mtaudit.types import Flag
from mtaudit.verdict import risk_score, verdict

NEGATION = [
    ("They would not heed Russia's demand.", "They would heed Russia's demand.", ["heed"]),
    ("They wouldn't heed the demand.", "They would heed the demand.", ["heed"]),
    ("The plan was approved.", "The plan was never approved.", ["approved"]),
    ("He said the Russians were noncommittal about the offer.",
     "The Russians neither accepted nor rejected the offer.", []),
    ("Ukraine is a member of the OSCE but not NATO, yet.", "NATO allies have provided Ukraine with weapons.", []),
    ("They would not heed the demand.", "They would not heed the demand.", []),
    # a form of "fail" negates through its "to" only: "a failing hotel" is no negation
    ("The talks failed to reach a deal.", "The talks did reach a deal.", ["reach"]),
    ("Three sisters running a failing hotel.", "Three sisters who run a struggling hotel.", []),
    # "refuse" negates through its "to" only: "recommended refusing the scheme" rejects it
    ("The officers recommended that the council reject the scheme.",
     "The officers had recommended refusing the scheme.", []),
    # a condition told the other way round says no more often
    ("The union would call off the strike only if the offer improved.",
     "The union would not call off the strike unless the offer improved.", []),
    ("The union will strike unless the company improves its offer.",
     "The union will strike if the company does not improve its offer.", []),
    ("The union will strike unless the offer improves.", "The union will not strike unless the offer improves.",
     ["strike"]),
    # ... but not a negation in the other clause of the "if"
    ("If Ankara pays, workers will not strike.", "Unless Ankara pays, workers will strike.", ["strike"]),
    # ... nor one before another negation nearer the "unless"
    ("It had no record. MPs may claim costs only if the home is used for work.",
     "It had no record, and MPs may not claim costs unless the home is used for work.", []),
    ("It had a record. MPs may claim costs only if the home is used for work.",
     "It had no record, and MPs may not claim costs unless the home is used for work.", ["record"]),
    ("The union will strike and march only if the offer improves.",
     "The union will not strike and will not march unless the offer improves.", []),
    # "only" a little before its "if", or before those it limits
    ("Industrial action can only go ahead if at least half of members vote.",
     "Industrial action cannot go ahead unless at least half of members vote.", []),
    ("Only producers who lost at least 30% of their crop will qualify.",
     "Producers will not qualify unless they lost at least 30 percent of their crop.", []),
    # "refused" a thing is a negation of it, unless the other side refuses it in other words
    ("Fans were allowed entry.", "Fans were refused entry.", ["entry"]),
    # a bound is no negation
    ("The ban will last at least three months.", "The ban will last no less than three months.", []),
    ("The unbeaten Kenyan will defend her title in Berlin.", "The unbeaten Kenyan will not defend her title in Berlin.",
     ["defend"]),
    ("The blaze destroyed 40 homes before firefighters contained it.",
     "Firefighters contained the blaze, but not before it had destroyed 40 homes.", []),
    # "non-" negates the word it is joined to
    ("It became the first airline to link the two cities without a stop.",
     "It became the first airline to connect the two cities non-stop.", []),
    ("The council passed a binding resolution.", "The council passed a non-binding resolution.", ["binding"]),
    # "but not before" says what came first, "but not until" is a negation
    ("The gang fled with several cash boxes before neighbours alerted police.",
     "Neighbours alerted police, but not before the gang had fled with several cash boxes.", []),
    ("The gang fled with the cash boxes before neighbours alerted police.",
     "Neighbours alerted police, but not until the gang had fled with the cash boxes.", ["gang"]),
]


@pytest.mark.parametrize("original,reprint,words", NEGATION)
def test_negation_flips(original, reprint, words):
    assert [f["word"] for f in negation_flips(original, reprint)] == words


@pytest.mark.parametrize("text,flagged", [
    ("He said the allies were adamant that they would heed Russia's demand for a guarantee that Ukraine "
     "would never join the alliance, nor would they allow Moscow to dictate.", True),
    ("He said they would not heed the demand, nor would they allow Moscow to dictate.", False),
    ("The Russians neither accepted nor rejected the offer.", False),
    ("Sales rose, nor did prices fall.", True),
    ("Nobody came, nor called.", False),
])
def test_dangling_nor(text, flagged):
    assert (dangling_nor(text) is not None) == flagged


def test_antonym_flips():
    assert antonym_flips("Prices rose sharply.", "Prices fell sharply.") == [{"original": "rose", "reprint": "fell"}]
    assert antonym_flips("They will accept the offer.", "They will reject the offer.") == \
        [{"original": "accept", "reprint": "reject"}]
    assert antonym_flips("Prices rose and fell.", "Prices fell and rose.") == []
    # one event told the other way round: each side's words on the other side of the word
    assert antonym_flips("The jury deliberated for three hours before returning a verdict.",
                         "The jury returned a verdict after deliberating for three hours.") == []
    assert antonym_flips("Spain won against Italy on Sunday.", "Italy lost to Spain on Sunday.") == []
    # "a defeat" is a loss, not a win over someone
    assert antonym_flips("They could still go up with a defeat if results go their way.",
                         "They could still go up even if they lose, should results go their way.") == []
    assert antonym_flips("Spain defeated Italy in the final.", "Spain lost to Italy in the final.") == \
        [{"original": "defeated", "reprint": "lost"}]
    assert antonym_flips("Arsenal kept top spot despite a narrow defeat.", "Arsenal lost top spot after a narrow loss.")
    assert antonym_flips("Her brother, three years her senior, took over.",
                         "Her brother, three years her junior, took over.") == \
        [{"original": "senior", "reprint": "junior"}]
    assert antonym_flips("The vote was held before the election.", "The vote was held after the election.") == \
        [{"original": "before", "reprint": "after"}]
    # "before" and "after" that order by different things: no order turned round
    assert antonym_flips("Families left their homes, as more rain was likely before the weekend.",
                         "Families had to leave their homes after the rain fell.") == []
    assert antonym_flips("He resigned before the inquiry reported.", "He resigned after the report came out.") == \
        [{"original": "before", "reprint": "after"}]
    assert antonym_flips("He resigned before the vote.", "He resigned after the ballot.") == \
        [{"original": "before", "reprint": "after"}]
    assert antonym_flips("He resigned before the board met.", "He resigned after the meeting of the board.") == \
        [{"original": "before", "reprint": "after"}]
    # one side negates its word: the same meaning ("acquitted" / "found not guilty")
    assert antonym_flips("A jury acquitted her of all charges.", "A jury found her not guilty of all charges.") == []
    assert antonym_flips("The contract was not invalid.", "The contract was valid.") == []
    assert antonym_flips("The jury found him not guilty.", "The jury found him not innocent.") == \
        [{"original": "guilty", "reprint": "innocent"}]
    # converses: the roles swapped say the same, the same roles the opposite
    assert antonym_flips("The bank lent the city $50 million.", "The city borrowed $50 million from the bank.") == []
    assert antonym_flips("The bank lent the city money.", "The bank borrowed money from the city.") == \
        [{"original": "lent", "reprint": "borrowed"}]
    assert antonym_flips("Reyes is five years older than her opponent.",
                         "Her opponent is five years younger than Reyes.") == []
    assert antonym_flips("The police chief resigned on Wednesday.", "The police chief was fired on Wednesday.") == \
        [{"original": "resigned", "reprint": "fired"}]
    assert antonym_flips("Two officials resigned after the blaze.", "Two officials quit after the fire.") == []
    # the same subject on both sides: no converse, whatever else moved
    assert antonym_flips("The company sold its stake to Vale last year, the company said.",
                         "Last year the company bought the stake from Vale, the company said.",
                         {"sold": "sell", "bought": "buy"}) == [{"original": "sell", "reprint": "buy"}]
    # a negated word of a graded pair says less than its opposite: "did not rise" is no "fell"
    assert antonym_flips("Prices did not rise in May.", "Prices fell in May.", {"fell": "fall"}) == \
        [{"original": "rise", "reprint": "fall"}]


def test_a_converse_is_no_reversal_for_the_contradiction_model():
    from mtaudit.checks.inversion import converses

    assert converses("The bank lent the city $50 million.", "The city borrowed $50 million from the bank.") == \
        [("lent", "borrowed")]
    assert converses("The bank lent the city money.", "The bank borrowed money from the city.") == []


QUOTE = "If we do not get significant rain by the end of May, we will have to extend these measures to the south"


@pytest.mark.parametrize(("reprint", "kept"), [
    (f"Regis-Auguste told a news conference: “{QUOTE}.”", True),
    (f"“{QUOTE},” Ms Regis-Auguste told a news conference.", True),
    # a negation outside the quote, a word of the quote changed, a quote that is little of the sentence,
    # more said outside it, a part of the quote, a word inside one of the quote's
    (f"Officials dismissed reports that she told a news conference: “{QUOTE}.”", False),
    ("She said: “we will have to extend these measures to the south.”", False),
    (f"Regis-Auguste denied telling a news conference: “{QUOTE}.”", False),
    (f"Regis-Auguste told a news conference: “{QUOTE.replace('do not get', 'get')}.”", False),
    ("Regis-Auguste, who has run the utility since 2019 and faced questions over the dam's upkeep from "
     "several ministers and residents, said of the measures: “extend these measures.”", False),
])
def test_a_quote_kept_word_for_word_is_no_reversal_for_the_contradiction_model(reprint, kept):
    from mtaudit.checks.inversion import quote_kept, restated

    original = f"\"{QUOTE},\" she told a news conference."
    assert quote_kept(original, reprint) is kept
    assert restated(original, reprint) is kept
    board = "“The board disapproved of the merger with the rival bank last week,” the chairman said."
    assert not quote_kept(board, "The chairman said the board “approved of the merger with the rival bank last week”.")


@pytest.mark.parametrize("original,reprint,lemmas,flips", [
    # a word that relates two participants reaches further for them than an adjective
    ("The Hartley family has sold the 18th-century manor house to a Dutch hotel group for £4.2 million.",
     "A Dutch hotel group has bought the 18th-century manor house from the Hartley family for £4.2 million.",
     {"sold": "sell", "bought": "buy"}, []),
    ("The Hartley family has sold the 18th-century manor house to a Dutch hotel group for £4.2 million.",
     "The Hartley family has bought the 18th-century manor house from a Dutch hotel group for £4.2 million.",
     {"sold": "sell", "bought": "buy"}, [("sell", "buy")]),
    ("With most votes counted, the opposition candidate led the incumbent by about four points.",
     "The incumbent trailed the opposition candidate by about four points with most votes counted.", {}, []),
    ("The opposition candidate led the incumbent by four points.",
     "The opposition candidate trailed the incumbent by four points.", {}, [("led", "trailed")]),
    # told from the other party's side: the reprint's subject stands after the original's verb, or
    # a verb in the passive of the same subject
    ("The company also said it had sold its 25 percent stake in Norwegian salmon farmer Fjordlaks AS to Havbruk "
     "Holding for 210 million Norwegian crowns, completing a deal first announced in October.",
     "Havbruk Holding has bought Hafgull's quarter share in the Norwegian salmon farmer Fjordlaks AS for NOK210m, "
     "the company also said.",
     {"sold": "sell", "bought": "buy"}, []),
    ("Acme sold its stake to Bolt.", "Acme bought its stake from Bolt.", {"sold": "sell", "bought": "buy"},
     [("sell", "buy")]),
    ("Mauritania took the lead in the 18th minute through Abdallahi Ould Sidi, who headed in a corner.",
     "Abdallahi Ould Sidi gave Mauritania the lead after 18 minutes, heading in a corner.",
     {"took": "take", "gave": "give"}, []),
    ("Cape Verde have not lost a qualifier at home since March 2021.",
     "They have not been beaten in a home qualifier since March 2021.", {"lost": "lose", "beaten": "beat"}, []),
    ("Spain lost to Italy on Sunday.", "Spain were beaten by Italy on Sunday.", {"lost": "lose", "beaten": "beat"},
     []),
    ("Cape Verde, who reached the quarter-finals in 2023, have not lost a qualifier at home since March 2021.",
     "They have not been beaten in a home qualifier since March 2021.", {"lost": "lose", "beaten": "beat"}, []),
    ("They run feeding sites supplied with carcasses bought from local farmers.",
     "They run feeding sites stocked with carcasses that are sold to local farmers.",
     {"bought": "buy", "sold": "sell"}, [("buy", "sell")]),
    ("The team lost to Fiji.", "The team beat Fiji.", {"lost": "lose"}, [("lose", "beat"), ("lost", "beat")]),
    # (not a verb in a continuous tense, nor a passive whose subject is the other party)
    ("Acme sold its stake in Bolt last year.", "Acme is buying a stake in Bolt.", {"sold": "sell", "buying": "buy"},
     [("sell", "buy")]),
    ("He lost to Nadal in the final.", "Nadal was beaten by him in the final.", {"lost": "lose", "beaten": "beat"},
     [("lose", "beat"), ("lost", "beat")]),
    # "no more than" is a cap, which "less than" turns round nothing of
    ("The institute has advised a catch of no more than 8,600 tonnes, compared with 20,000 tonnes last season.",
     "The institute has advised that the catch should not exceed 8,600 tonnes, 11,400 tonnes less than the 20,000 "
     "tonnes of last season.", {}, []),
    ("Bids must arrive no later than May 1.", "Bids must arrive no earlier than May 1.", {}, [("later", "earlier")]),
    # an attribution or a time phrase moved is no participant crossing over
    ("On Monday, the ruling party lost 12 seats in the regional election, officials said.",
     "Officials said the ruling party won 12 seats in the regional election on Monday.", {}, [("lost", "won")]),
    ("With most votes counted, the opposition candidate led the incumbent by four points, the commission said.",
     "The commission said the opposition candidate trailed the incumbent by four points with most votes counted.",
     {}, [("led", "trailed")]),
    ("The announcement came hours after the company's shares fell 12 percent on reports of an inquiry.",
     "The company's shares fell 12 percent on reports of an inquiry, hours before the announcement.", {}, []),
    ("Before signing the agreement, the two leaders held private talks for more than two hours.",
     "The two leaders signed the agreement after holding more than two hours of private talks.", {}, []),
    ("Before signing the agreement, the two leaders held private talks for more than two hours.",
     "After signing the agreement, the two leaders held private talks for more than two hours.", {},
     [("before", "after")]),
    ("The new king is the nephew of the late monarch, who died last week.",
     "The late monarch, who died last week, was the uncle of the new king.", {}, []),
    ("The new king is the nephew of the late monarch, who died last week.",
     "The new king is the uncle of the late monarch, who died last week.", {}, [("nephew", "uncle")]),
    # a comparison's sides: before "than", and right after it in its clause
    ("Petrol is now cheaper in Poland than in neighbouring Germany, prompting drivers to cross.",
     "Petrol is now more expensive in Germany than in neighboring Poland, prompting drivers to cross.",
     {"cheaper": "cheap"}, []),
    ("Petrol is cheaper in Poland than in Germany.", "Petrol is more expensive in Poland than in Germany.",
     {"cheaper": "cheap"}, [("cheap", "expensive")]),
    ("Turnout in Thursday's by-election was lower than at the general election two years ago, officials said.",
     "Officials said turnout at the general election two years ago had been higher than in Thursday's by-election.",
     {}, []),
    ("At 78, the challenger is four years older than the incumbent, a fact the challenger's opponents raised.",
     "The incumbent is four years younger than the 78-year-old challenger, a fact the challenger's opponents raised.",
     {}, []),
    # a possessive and a spelling are the same participant
    ("The epicentre of the earthquake was about 50 kilometres north of the city, seismologists said.",
     "The city lies about 50 kilometers south of the earthquake's epicenter, seismologists said.", {}, []),
    # a defeat with words before it is a loss, and "to defeat" a verb
    ("Mehra said the team had not panicked after losing the opening Test in Pune by eight wickets.",
     "Mehra said the team had not panicked after the eight-wicket defeat in the opening Test in Pune.", {}, []),
    ("The team lost the final.", "The team hopes to defeat the champions in the final.", {},
     [("lost", "defeated")]),
    ("Analysts said the Lakers would defeat Boston on Sunday.", "Analysts said the Lakers would lose to Boston on "
     "Sunday.", {}, [("defeat", "lose")]),
    ("Fans watched the Lakers defeat Boston on Sunday.", "Fans watched the Lakers lose to Boston on Sunday.", {},
     [("defeat", "lose")]),
    # a word negated right before it says its opposite's side
    ("Set 392 to win, Marravan were bowled out for 204 shortly after tea.",
     "Needing 392 for victory, the visitors were dismissed for 204 not long after the tea interval.", {}, []),
    ("They were bowled out shortly after tea.", "They were bowled out long after tea.", {}, [("short", "long")]),
    # a pronoun after the word stands for the participant the other side names there
    ("Hiscock received 2,184 votes, ahead of small-business owner Craig Penney with 1,530.",
     "Small-business owner Craig Penney was second with 1,530, 654 votes behind her.", {}, []),
    ("Hiscock finished well ahead of Craig Penney in the count.",
     "Hiscock finished well behind her rival Craig Penney in the count.", {}, [("ahead", "behind")]),
    # an adjective before its noun keeps the short reach: the attribution moved is no converse
    ("Organisers said the large annual sale drew crowds from across the region on Saturday.",
     "The small annual sale drew crowds from across the region on Saturday, organisers said.", {},
     [("large", "small")]),
])
def test_converses_told_from_the_other_side(original, reprint, lemmas, flips):
    assert [(f["original"], f["reprint"]) for f in antonym_flips(original, reprint, lemmas)] == flips


@pytest.mark.parametrize("original,reprint,flips", [
    # WordNet's antonyms made by a negating prefix, in any form of the word
    ("It offers a free and fair business environment.", "It offers a free and unfair business environment.",
     [("fair", "unfair")]),
    ("The airport is expected to handle 45 million passengers.",
     "The airport is unexpected to handle 45 million passengers.", [("expected", "unexpected")]),
    ("The agency is responsible for the response.", "The agency is irresponsible for the response.",
     [("responsible", "irresponsible")]),
    ("They will continue the talks.", "They will discontinue the talks.", [("continue", "discontinue")]),
    # both words on both sides, or a prefixed word that is no antonym: no flip
    ("It was fair, if unfair to some.", "It was unfair to some, if fair.", []),
    ("They uncovered a plot.", "They discovered a plot.", []),
    # a side that names both ends of a scale reverses nothing
    ("TV broadcasting with large and small screens.", "TV broadcasting with big and little screens.", []),
])
def test_antonyms_made_by_a_negating_prefix(original, reprint, flips):
    assert [(f["original"], f["reprint"]) for f in antonym_flips(original, reprint)] == flips


@pytest.mark.parametrize("original,reprint,flips", [
    # "last" that counts back from now is no last of a series: no opposite of "first"
    ("Visitors rose in the first four months of the year, up 7.5 percent from a year earlier.",
     "Visitors rose between January and April, 7.5% more than in the same period last year.", []),
    ("He won the first race of the season.", "He won the last race of the season.", [("first", "last")]),
    ("It was the first year of his term.", "It was the last year of his term.", [("first", "last")]),
])
def test_last_as_a_time_is_no_opposite_of_first(original, reprint, flips):
    assert [(f["original"], f["reprint"]) for f in antonym_flips(original, reprint)] == flips


@pytest.mark.parametrize("a,b,same", [
    ("Gaddafi", "Gadhafi", True), ("Muammar", "Moammar", True), ("U.S.", "US", True),
    ("US", "United States", True), ("Stoltenberg", "Sherman", False), ("Poland", "Hungary", False),
    ("Republican", "R", True), ("Democratic", "D", True), ("R", "D", False),  # "R-Ohio"
])
def test_name_variants(a, b, same):
    assert same_name(a, b) is same


def test_numbers_and_fact_changes():
    assert [v for v, _ in numbers("about 100,000 troops and 100 000 more, 5.5% and two million")] == \
        [100000, 100000, 5.5, 2_000_000]
    assert fact_changes("Sales rose 5 percent on Monday.", "Sales rose 7 percent on Monday.")[0]["type"] == "number"
    assert fact_changes("Talks were held on Sunday.", "Talks were held on Tuesday.")[0]["type"] == "date"
    assert fact_changes("Stoltenberg met Gadhafi.", "Stoltenberg met Gaddafi.") == []
    assert fact_changes("Stoltenberg met Sherman.", "Stoltenberg met Grushko.")[0]["type"] == "name"
    assert fact_changes("About 100,000 troops massed.", "About 100 000 troops massed.") == []


@pytest.mark.parametrize(("original", "reprint", "changed"), [
    ("Rain fell on Tuesday.", "Rain fell on Thursday.", True),
    ("Rain fell on March 3.", "Rain fell on April 3.", True),
    ("Rain fell on Tuesday, March 3.", "Rain fell on 3 April.", True),
    # a weekday given as a date, or a date as a weekday: the day told another way
    ("Rain fell between 6 a.m. on Tuesday and 6 a.m. on Wednesday.",
     "Rain fell between 6am on October 14 and 6am on October 15.", False),
    ("The vote is on 3 March.", "The vote is on Tuesday.", False),
    ("Talks resume on Monday.", "Talks resume in May.", True),  # a month with no day is no date of a weekday
    ("The plant may close on Friday.", "The plant could close on October 14.", False),  # "may", the verb
])
def test_a_weekday_is_compared_with_weekdays_and_a_month_with_months(original, reprint, changed):
    assert any(c["type"] == "date" for c in fact_changes(original, reprint)) == changed


@pytest.mark.parametrize("kind,original,reprint,changed", [
    # a scale word written on both sides: a change of magnitude
    ("number", "The project cost $3 million.", "The project cost $3 billion.", (["3 million"], ["3 billion"])),
    ("number", "Two million people voted.", "Two billion people voted.", (["Two million"], ["Two billion"])),
    # a scale word written once for a range, or the same value written another way: no change
    ("number", "Output will reach 60 to 85 billion kWh.", "Output will reach 60 billion to 85 billion kWh.", None),
    ("number", "The fund holds 1.5 billion dollars.", "The fund holds 1,500 million dollars.", None),
    ("number", "The city has 3.2 million people.", "The city has 3,200,000 people.", None),
    ("number", "The deal is worth $3 million.", "The deal is worth $3m.", None),
    # a figure the original gives twice, once changed into one it does not give
    ("number", "He scored 10 points and 10 rebounds.", "He scored 10 points and 12 rebounds.", (["10"], ["12"])),
    ("number", "He scored 10 points.", "He scored 10 points and 12 rebounds.", None),
    ("number", "In the 1990s, the war began.", "In the '90s, the war began.", None),   # a decade, its century left out
    # "a father-of-three" is a father of three
    ("number", "Furlong, a father of three, was found.", "Furlong, a father-of-three, was found.", None),
    ("number", "Furlong, a father of three, was found.", "Furlong, a father-of-two, was found.", (["three"], ["two"])),
    # lakhs and crores (South Asian English), and centuries counted in years
    ("number", "Output fell to 218,000 tonnes.", "Output fell to 2.18 lakh tonnes.", None),
    ("number", "Output fell to 218,000 tonnes.", "Output fell to 2.81 lakh tonnes.", (["218,000"], ["2.81 lakh"])),
    ("number", "It expects 1.05 million to 1.1 million tonnes.", "It expects 10.5-11 lakh tonnes.", None),
    ("number", "Revenue was 4,500 crore rupees.", "Revenue was Rs 45 billion.", None),
    ("number", "It spent Rs 1.5 trillion.", "It spent Rs 1.5 lakh crore.", None),
    ("number", "Between 218,000 and 250,000 people.", "Between 2.18-2.5 lakh people.", None),
    ("number", "Two century-old houses burned.", "Two houses, both 100 years old, burned.", None),
    ("number", "It was hidden for more than 200 years.", "It was hidden for more than two centuries.", None),
    ("number", "It was hidden for more than 300 years.", "It was hidden for more than two centuries.",
     (["300"], ["two"])),
    # a decimal comma before a scale or a share ("N$2,3 million")
    ("number", "It was funded by a N$2.3 million grant.", "It was funded by a N$2,3 million grant.", None),
    ("number", "Prices rose 4.5% in May.", "Prices rose 4,5 per cent in May.", None),
    ("number", "It was funded by a N$2.3 million grant.", "It was funded by a N$3,2 million grant.",
     (["2.3 million"], ["3,2 million"])),
    ("number", "In 2019, 15% of voters stayed home.", "In 2019,15% of voters stayed home.", None),
    ("number", "It was funded by a N$2.3 million grant.", "A N$2,3 Million Grant Funded It.", None),
    # ... but not a figure the reprint no longer gives, a year said once, or one of another size
    ("number", "Output will reach 60 and 85 billion kWh.", "Output will reach 60 billion and 85 billion kWh, up 7%.",
     None),
    ("number", "In 2020 sales rose; 2020 was good.", "In 2020 sales rose 3 times.", None),
    # a time moved between past and future is a changed date
    ("date", "The talks will resume next week.", "The talks will resume last week.", (["next week"], ["last week"])),
    ("date", "The president arrived yesterday.", "The president arrives tomorrow.", (["yesterday"], ["tomorrow"])),
    ("date", "The deal was signed two years ago.", "The deal will be signed next year.",
     (["two years ago"], ["next year"])),
    # a reprint published a day later rightly says "yesterday" for "today"; the same time: no change
    ("date", "The minister resigned today.", "The minister resigned yesterday.", None),
    ("date", "Talks resume next week.", "Talks will resume next week.", None),
])
def test_changes_of_magnitude_and_of_time(kind, original, reprint, changed):
    found = [(c["original"], c["reprint"]) for c in fact_changes(original, reprint) if c["type"] == kind]
    assert found == ([changed] if changed else [])


@pytest.mark.parametrize("original,reprint,change,severity", [
    ("About 100,000 troops massed near the border.", "100,000 troops massed near the border.", "precision", "minor"),
    # a floor or a ceiling told as the figure itself is a claim the original does not make; a bound
    # given where the original has none, or one that may be a span ("over six years"), is a slip
    ("At least 40 people were hurt in the blast.", "Forty people were hurt in the blast.", "unbounded", "major"),
    ("Forty people were hurt in the blast.", "At least 40 people were hurt in the blast.", "bound", "minor"),
    ("He stole from clients over six years.", "He stole from clients in a six-year period.", "bound", "minor"),
    # ... and the same bound in other words is none
    ("The order stays until at least 31 July.", "The order stays until 31 July at the earliest.", None, None),
    ("Pupils sat at least five subjects.", "Pupils sat five or more subjects.", None, None),
    ("Guides must be paid at least Rs3,500 a day.", "Guides must be paid a minimum of Rs3,500 a day.", None, None),
    ("Losses reached up to 70 percent.", "Losses were as high as 70 percent.", None, None),
    ("It is free for children under 12.", "It is free for children below the age of 12.", None, None),
    ("Waves may exceed 10 feet.", "Waves may be higher than 10 feet.", None, None),
    ("It carried over 100 million passengers.", "It carried 100 million+ passengers.", None, None),
    ("Growth was more than 38%.", "Growth exceeded 38%.", None, None),
    ("The purchases added up to $20 million.", "The purchases came to $20 million.", None, None),  # a total
    ("Lingard (90 + 8) scored the last goal.", "Lingard (90+8) scored the last goal.", None, None),  # added time
    ("Benefits go to people aged 65 and over.", "Benefits go to people aged 65 or older.", None, None),
    ("Fines must not exceed $500.", "Fines can be no more than $500.", None, None),  # a ceiling, negated
    ("Fines must not exceed $500.", "Fines are $500.", "bound", "minor"),  # a verb of degree, no plain bound
    ("Over 5,000 people marched.", "5,000 people marched.", "bound", "minor"),
    ("Cases hit a peak of 1,200.", "Cases peaked at 1,200.", None, None),
    ("The firm goes under, 300 jobs lost.", "The firm collapses, 300 jobs lost.", None, None),  # no bound
    ("He paid at least Tk500 crore.", "He paid Tk500 crore.", "unbounded", "major"),
    ("It had more than 1.4 million filings.", "It had more than, 1.4 million filings.", None, None),  # a stray mark
    ("More than 100 people died in the floods.", "Fewer than 100 people died in the floods.", "turned", "critical"),
    ("The firm lost more than $3 million last year.", "The firm lost up to $3 million last year.", "turned",
     "critical"),
    # the same qualifier in other words, a year, and no qualifier either side: no change
    ("Nearly 300 people attended the rally.", "Almost 300 people attended the rally.", None, None),
    ("Up to 10 centimeters of snow could fall.", "As much as 10 centimeters of snow could fall.", None, None),
    ("Prices rose sharply in 2018.", "Prices rose sharply over 2018.", None, None),
    ("The firm lost $3 million last year.", "The firm lost $3 million in the past year.", None, None),
    # two figures that changed places; the same figures after synonymous qualifiers, or told in
    # another order, are none
    ("Turnout was 45 percent, down from 60 percent.", "Turnout was 60 percent, down from 45 percent.", "swapped",
     "critical"),
    ("It set over 40 records and is more than 98% local.", "It set more than 40 records and is over 98% local.",
     None, None),
    ("Turnout was 45 percent, down from 60 percent.", "Turnout fell from 60 percent to 45 percent.", None, None),
    # a change made a level; the same change in other words is none
    ("Inflation rose by 5 percent in March.", "Inflation rose to 5 percent in March.", "step", "critical"),
    ("Inflation rose by 5 percent in March.", "March saw a 5 percent rise in inflation.", None, None),
    # each figure is read where it stands: a number in words before digits, a figure after a year
    ("About 40 people came on 12 May.", "Forty people came on 12 May.", "precision", "minor"),
    ("More than 20 people died in 2019.", "In 2019 more than 20 people died.", None, None),
    # a negated bound is the other bound: "not over" is "not more than", "not less than" "at least"
    ("It cost not more than 280 million yuan.", "It cost not over 280 million yuan.", None, None),
    ("It cost not less than 160 million yuan.", "It cost at least 160 million yuan.", None, None),
    ("It cost not less than 160 million yuan.", "It cost less than 160 million yuan.", "turned", "critical"),
    ("Growth was not less than 30% a year.", "Growth must not be less than 30% a year.", None, None),
    ("Growth was not less than 30% a year.", "Growth wasn't less than 30% a year.", None, None),
    ("He drew not only more than 300 fans.", "He drew more than 300 fans.", None, None),
    # "nearly" is short of the figure: "more than" is on its other side, "about" is it
    ("Nearly 300 people were treated.", "More than 300 people were treated.", "turned", "critical"),
    ("Nearly 300 people were treated.", "About 300 people were treated.", None, None),
    ("Nearly 300 people were treated.", "Fewer than 300 people were treated.", "bound", "minor"),
    # a currency's code may stand between a qualifier and its figure
    ("Lots fetched up to Rs. 1,900 per kg.", "The best lots fetched up to Rs. 1,900 per kg.", None, None),
    ("Lots fetched up to 1,900 rupees per kg.", "The best lots fetched up to Rs 1,900 per kg.", None, None),
    ("Lots fetched up to Rs. 1,900 per kg.", "The best lots fetched Rs. 1,900 per kg.", "unbounded", "major"),
    ("He paid at least K41 million.", "He paid K41 million.", "unbounded", "major"),
])
def test_a_figures_qualifier(original, reprint, change, severity):
    """How a figure both sides give is qualified, where it stands, and what it counts."""
    from mtaudit.config import Thresholds
    from mtaudit.verdict.severity import severity_of

    found = [c for c in fact_changes(original, reprint) if "change" in c]
    assert [c["change"] for c in found] == ([change] if change else [])
    if found:
        evidence = {**found[0], "similarity": 0.95, "chrf": 70.0}
        assert severity_of("fact", "fact-number", evidence, Thresholds()) == severity


@pytest.mark.parametrize("original,reprint,hedge", [
    ("The alleged gunman was arrested on Friday.", "The gunman was arrested on Friday.", "allegation"),
    ("The mayor allegedly took bribes.", "The mayor took bribes.", "allegation"),
    ("The striker is reportedly close to signing.", "The striker is close to signing.", "allegation"),
    ("The striker is reportedly close to signing.", "Newspapers reported that the striker was close to signing.",
     None),  # who reports it, named
    ("The new rules may raise prices.", "The new rules will raise prices.", "possibility"),
    ("The company is considering cutting 4,000 jobs.", "The company will cut 4,000 jobs.", "possibility"),
    ("The company is considering cutting 4,000 jobs.", "The company is weighing 4,000 job cuts.", None),
    ("The company is considering cutting 4,000 jobs.", "The company will consider cutting 4,000 jobs.", None),
    ("Ministers are weighing a plan to cut jobs.", "Ministers are weighing a plan to cut jobs and they'll decide soon.",
     None),
    # another hedge, another way of reporting the claim, or a hedge added: no finding
    ("The alleged gunman was arrested.", "The suspected gunman was arrested.", None),
    ("Others are alleged to have been raised by wolves.", "Others are believed to have been raised by wolves.", None),
    ("The gunman was arrested on Friday.", "The alleged gunman was arrested on Friday.", None),
    ("The rules may raise prices.", "The rules might raise prices.", None),
    ("The talks began in May.", "The talks will begin in May.", None),  # the month
    # what must happen made something that may, or back
    ("The law must be approved by parliament.", "The law may be approved by parliament.", "obligation"),
    ("Residents may leave the area.", "Residents must leave the area.", "obligation"),
    ("You must not go there.", "You may not go there.", None),  # both forbid
    ("Residents must leave the area.", "Residents have to leave the area.", None),
    # who says so, dropped or its verb swapped
    ("According to police, the man was armed.", "The man was armed.", "attribution"),
    ("The man was armed, police said on Monday.", "The man was armed.", "attribution"),
    ("Police said the man was armed.", "The man was armed.", "attribution"),
    ("Guterres said that the threat is growing.", "Guterres aforementioned that the threat is growing.", "attribution"),
    ('"We are deeply concerned," the spokesman said.', '"We are deeply concerned," the spokesman aforementioned.',
     "attribution"),
    ("The bridge was unsafe, said officials.", "The bridge was unsafe, aforementioned officials.", "attribution"),
    ("Investigators believe the payments were routed abroad.", "The payments were routed abroad.", "attribution"),
    ("Police said they believe the man was armed.", "The man was armed.", "attribution"),
    # a hope made a certainty
    ("Crews hoped to reopen a single lane by Tuesday.", "Crews will have a single lane reopened by Tuesday.",
     "possibility"),
    ("The airline aims to restore flights by Friday.", "The airline will restore flights by Friday.", "possibility"),
    ("The airline aims to restore flights by Friday.", "The airline hopes to restore flights by Friday.", None),
    ("The airline aims to restore flights by Friday.", "The airline could restore flights by Friday.", None),
    # what else the claim lost comes first: a forecast made certain
    ("Inflation is expected to peak at 6.8%, the bank said.", "Inflation will peak at 6.8%.", "possibility"),
    # said another way, moved, or no attribution at all
    ("The man was armed, police said.", "Police say the man was armed.", None),
    ("According to statistics, 99 offices were involved.", "Statistics show that 99 offices were involved.", None),
    ("Guterres said that the threat is growing.", "Guterres observed that the threat is growing.", None),
    ("Guterres said that the threat is growing.", "Guterres also said that the threat is growing.", None),
    ("The bridge was unsafe, said officials.", "The bridge was unsafe, according to officials.", None),
    ('"We are concerned," the spokesman said.', '"We are concerned," the spokesman cautioned.', None),
    ("The statement said that talks would resume.", "The statement read that talks would resume.", None),
    ("The woman who says she saw it was arrested.", "The woman was arrested.", None),  # no attribution
    ('"We are deeply concerned," the spokesman said.', '"We are deeply concerned," said the spokesman.', None),
    ("He said: the threat is growing.", 'Guterres: "The threat is growing."', None),
    ("Prices are set according to demand.", "Prices are set by demand.", None),
    ("Officers seized 400 kilograms of cocaine, prosecutors said.",
     "As communicated by prosecutors, officers seized 400 kilograms of cocaine.", None),
    # "an estimated" qualifies a figure: no one says so
    ("Thieves stole drugs worth an estimated $140,000, police said.",
     "Thieves stole drugs worth an estimated $140,000.", "attribution"),
    # what may be so, stated as so
    ("It is possible that patients walk less because of it.", "Patients walk less because of it.", "possibility"),
    ("The fire was probably started by a cigarette.", "The fire was started by a cigarette.", "possibility"),
    ("Results will possibly be wrong for various reasons.", "Results can be wrong for various reasons.", None),
    ("It is possible that patients walk less.", "Patients may walk less.", None),
    ("It is possible that patients walk less.", "Patients appear to walk less.", None),
    ("The fire was probably started by a cigarette in May.", "The fire was started by a cigarette in May.",
     "possibility"),  # "May" is a month, no modal
    ("Police said it was possible that he had help.", "Police did not rule out that he had help.", None),
    ("The storm killed perhaps 200 people.", "The storm killed about 200 people.", None),  # a figure told roughly
    ("It was perhaps the biggest upset.", "It was arguably the biggest upset.", None),
    # what may be so, in the verb's own form, and what evidence points to made a proof
    ("The new variant may be more transmissible.", "The new variant is more transmissible.", "possibility"),
    ("The drug appears to slow decline, according to the trial.", "The drug slows decline, according to the trial.",
     "possibility"),
    ("The men may have crossed the border, police said.", "The men crossed the border, police said.", "possibility"),
    ("Early results suggest the incumbent has won.", "Early results show the incumbent has won.", "possibility"),
    ("The fire is believed to have been caused by a fault.", "The fire was caused by a fault.", "possibility"),
    ("The group is expected to announce 4,000 job cuts.", "The group will announce 4,000 job cuts.", "possibility"),
    ("Temperatures are not expected to fall below 20C.", "Temperatures will not fall below 20C.", "possibility"),
    ("It may be ordered to pay part of the costs.", "It has been ordered to pay part of the costs.", "possibility"),
    ("It may be ordered to pay part of the costs.", "It may have been ordered to pay part of the costs.", None),
    ("They failed to report spills within the required 24 hours.", "They failed to report spills.", "limit"),
    ("He was arrested within the past 24 hours.", "He was arrested overnight.", None),  # when, no limit
    ("The alleged attacker fled.", "The attacker fled, claiming he had been provoked.", "allegation"),
    ("The group alleged it had stolen data.", "The group claimed responsibility, alleging it had stolen data.",
     None),
    # "would" in reported speech tells what will happen
    ("Students may still be offered places, the service said.",
     "The service said students would still be offered places.", "possibility"),
    ("Students may still be offered places, the service said.",
     "The service said students might still be offered places.", None),
    ("Students could still be offered places, the service said.",
     "The service said students would still be offered places.", None),
    ("Residents may return home, police said.", "Police said residents would be allowed to return home.", None),
    ("Temperatures are not expected to fall below 20C.", "Temperatures are not likely to fall below 20C.", None),
    # a pointer made a proof beside another hedge the reprint keeps
    ("The goods appear to come from Scandinavia, which may indicate wide trading links.",
     "The goods appear to come from Scandinavia, which shows wide trading links.", "possibility"),
    ("The goods appear to come from Scandinavia, which may indicate wide trading links.",
     "The goods seem to come from Scandinavia, which may point to wide trading links.", None),
    # ... a forecast still, where the reprint names someone who says so
    ("The group is expected to announce 4,000 job cuts.",
     "The group will announce 4,000 job cuts, people familiar with it said.", None),
    ("The plan may lead to job losses.", "The plan has led to job losses.", "possibility"),  # irregular
    ("The merger could cost up to 1,500 jobs, according to a document.",
     "The merger has cost up to 1,500 jobs, according to a document.", "possibility"),
    ("The storm may not damage crops.", "The storm has damaged crops.", None),  # a negation turned: not a hedge
    ("Residents could hear gunfire.", "Residents have heard gunfire.", None),  # what they could perceive, they did
    ("The group is expected to announce job cuts on Thursday.", "The group announced job cuts on Thursday.",
     "possibility"),
    ("The bank is expected to raise rates.", "The bank will raise rates, economists expect.", None),
    # ... not where the original names them too: what they expected, they now say will be
    ("The IMF said the board is expected to consider the review in December.",
     "The board will consider the review in December, the IMF said.", "possibility"),
    ("The group is expected to announce 4,000 job cuts, people familiar with it said.",
     "The group will announce 4,000 job cuts, people familiar with it said.", "possibility"),
    # what is likely, made certain under the attribution the original gives it too
    ("Venter is likely to miss the match, according to the medical staff.",
     "Venter will miss the match, according to the medical staff.", "possibility"),
    ("Venter is likely to miss the match.", "Venter will miss the match, the coach said.", None),
    ("The number of infections was likely much higher, as many cases are not reported to the government.",
     "The number of infections was much higher, as many cases are not reported to the government.", "possibility"),
    ("The number of infections will likely rise.", "The number of infections is likely to rise.", None),
    ("He is likely to win.", "He is the likely winner.", None),
    ("Further delays are likely.", "Further delays are expected.", None),
    ("The plane was likely shot down, officials said.", "Officials believe the plane was shot down.", None),
    ("Rates are likely to rise, economists said.", "Economists expect rates will rise.", None),
    # what someone expects of something, stated as what will be
    ("Assuming no further storms, the ministry expects arrivals to return to normal by August.",
     "Assuming no further storms, arrivals will return to normal by August.", "possibility"),
    ("Analysts expect profits not to rise this year.", "Profits will not rise this year.", "possibility"),
    ("Economists expect the central bank to cut rates in June.",
     "The central bank will cut rates in June, economists said.", None),
    ("The company expects to complete the sale to investors by May.", "The company will complete the sale by May.",
     None),
    # ... after another word for the same thing, the verb in the future once
    ("The Toronto service is expected to operate three times a week.",
     "The Toronto flight will operate three times a week.", "possibility"),
    ("Rates are likely to rise if inflation persists.", "Prices will rise if inflation persists.", None),
    ("Rates are likely to rise.", "Prices will rise.", None),  # another subject: another claim
    ("The alleged gunman fled, and the theft was reported to police.",
     "The gunman fled, and the theft was reported to police.", "allegation"),
    # who alleges it, dropped from the start ("alleges that", "claims that"; not "claims" as a noun)
    ("The community alleges that extraction has lowered groundwater levels.",
     "Extraction has lowered groundwater levels.", "attribution"),
    ("The community alleges that extraction has lowered groundwater levels.",
     "According to the community, extraction has lowered groundwater levels.", None),
    ("The company's claims were rejected by the court.", "The claims were rejected by the court.", None),
    ("The founder, whom prosecutors say hid losses, pleaded not guilty.",
     "The founder, who hid losses, pleaded not guilty.", "attribution"),
    # who says so, told inside a relative clause, dropped
    ("The founder, who prosecutors say hid losses from investors, pleaded not guilty.",
     "The founder, who hid losses from investors, pleaded not guilty.", "attribution"),
    ("The robbery, which police believe was planned for months, shocked the town.",
     "The robbery, which was planned for months, shocked the town.", "attribution"),
    ("The man, who police say was armed, fled.", "The man, who police said was armed, fled.", None),
    ("The talks are expected to resume on Monday.", "The talks will resume on Monday, officials said.", None),
    # ... but not a verb stated elsewhere or of what it is for, what could or could not be done,
    # a claim hedged another way, or one whose source the reprint names in its place
    ("The rules might help reduce the spread.", "Countries agreed on rules to help reduce the spread.", None),
    ("We could not let this storm bring more deaths.", "We couldn't let this storm bring more deaths.", None),
    ("The company could not be reached for comment.", "The company was not available for comment.", None),
    ("Residents could hear gunfire.", "Residents heard gunfire.", None),
    ("The decision may be delayed.", "The decision is expected to be delayed.", None),
    ("The variant may be more transmissible.", "The variant is possibly more transmissible.", None),
    ("Scientists say the variant may be deadlier.", "Scientists think the variant is deadlier.", None),
    ("He appears to have crossed.", "He apparently crossed.", None),
    ("He is reported to have resigned.", "He resigned, the newspaper reported.", None),
    ("The drug appears to slow decline.", "The drug seems to slow decline.", None),
    ("Early results suggest the incumbent has won.", "Early results indicate the incumbent has won.", None),
    ("Early results suggest Smith has won.", "Early results point to a win for Smith, officials confirmed.", None),
    # what may be so stated as so in the present, and a pointer made a proof in the perfect
    ("Studies had suggested it could harm the fetus.", "Studies had shown it harms the foetus.", "possibility"),
    ("The storm could cost the economy billions.", "The storm costs the economy billions.", "possibility"),
    ("The storm could even cost the economy billions.", "The storm has cost the economy billions.", "possibility"),
    # "even" is no verb: one "may" before two verbs joined hedges both
    ("It may hurt their way of life, and may even cause problems.",
     "It may hurt their way of life, and even cause problems.", None),
    # who believes it, dropped from the start ("suspects" is no verb there)
    ("Investigators believe a gang of four entered the shop.", "A four-strong gang entered the shop.", "attribution"),
    ("All three suspects were released without charge.", "None of the three suspects was charged.", None),
    # a condition dropped with every word of condition
    ("The drug could reach patients in 2028, if approved.", "The drug could reach patients in 2028.", "condition"),
    # a limit dropped: a time limit, an age, a class, a period of sale
    ("The president must invite the leader within 10 days of the results.", "The president must invite the leader.",
     "limit"),
    ("The president must invite the leader within 10 days of the results.",
     "The president must invite the leader within two weeks of the results.", None),
    ("The president must invite the leader within 10 days.", "The president has 10 days to invite the leader.", None),
    ("It was linked to 2,800 deaths among people aged 65 and over in England.",
     "It was linked to 2,800 deaths in England.", "limit"),
    ("It was linked to 2,800 deaths among people aged 65 and over.",
     "It was linked to 2,800 deaths among the over-65s.", None),
    ("The victim, a man aged 45, was taken to hospital.", "The victim, a 45-year-old man, was taken to hospital.",
     None),  # one person's age limits nothing
    ("Two men, aged 24 and 31, have been charged.", "Two men, 24 and 31, have been charged.", None),
    # a limit kept in other words
    ("Benefits go to people aged 65 and over.", "Benefits go to people 65 and over.", None),
    ("The vaccine is for children aged under five.", "The vaccine is for children under five.", None),
    ("All defects classed as urgent must be checked.", "All urgent defects must be checked.", None),
    ("The leader must be invited within twelve months.", "The leader must be invited.", "limit"),
    ("All defects classed as urgent should be checked within 48 hours.",
     "Every defect should be checked within 48 hours.", "limit"),
    ("The storm was classified as a hurricane on Monday.", "The storm became a hurricane on Monday.", None),
    ("The recall covers models sold between January 2023 and June 2025 in shops.",
     "The recall covers models sold in shops.", "limit"),
    ("The recall covers models sold between January 2023 and June 2025 in shops.",
     "The recall covers models sold from January 2023 to June 2025 in shops.", None),
    # words that narrow it to a part, or to what was, left out of their place
    ("Farms would be exempt from part of the cut, the ministry said.",
     "Farms would be exempt from the cut, the ministry said.", "limit"),
    ("Police arrested three people, one of them a former museum guard.",
     "Police arrested three people, one of them a museum guard.", "limit"),
    ("Part of the money will come from an ADB grant.", "The money will come from an ADB grant.", "limit"),
    ("The fire was largely contained by Monday.", "The fire was contained by Monday.", "limit"),
    ("It was one of the largest fraud cases in Samoa.", "It was the largest fraud case in Samoa.", "limit"),
    # ... not kept in other words, or moved
    ("Part of the money will come from an ADB grant.", "An ADB grant will provide some of the money.", None),
    ("Farms would be exempt from part of the cut.", "Farms would be partly exempt from the cut.", None),
    ("A former minister said the plan was sound.", "The plan was sound, a former minister said.", None),
    ("Rain fell in parts of East Grand Bahama.", "In East Grand Bahama, rain fell in places.", None),
    ("The delay was due in part to the strike.", "The delay was due to the strike.", "limit"),
    ("One of the suspects was a former guard.", "One of the suspects was a guard.", "limit"),
    # a share, or the areas of a place, dropped from their place
    ("About a third of the cleared forest lay inside concessions.", "The cleared forest lay inside concessions.",
     "limit"),
    ("About a third of the cleared forest lay inside concessions.",
     "Roughly a third of the cleared forest lay inside concessions.", None),
    ("Machinery was banned in high-risk areas of the Peloponnese.", "Machinery was banned in the Peloponnese.",
     "limit"),
    ("Flooding cut power in areas of Nairobi.", "Flooding cut power in Nairobi.", "limit"),
    ("They agreed to work together in areas of trade and energy.", "They agreed to work together in trade and energy.",
     None),  # no place: a field of work
    ("A quarter of a million people live there.", "A million people live there.", None),
    ("Rain will fall in northern Texas and coastal areas of Louisiana.",
     "Rain will fall in northern Texas and coastal Louisiana.", None),  # the word before it narrows, and stays
    ("It broke up the former Soviet Union.", "It broke up the Soviet Union.", None),  # a name's own word
    # the bounds of what is the first or the most of its kind, dropped: it now says more
    ("It gives the Stars their first title since 2011 and a place in the final.",
     "It gives the Stars their first title and a place in the final.", "limit"),
    ("She ran the fastest time among women at the venue.", "She ran the fastest time at the venue.", "limit"),
    ("It was the largest attack recorded against Estonian state systems, the authority said.",
     "It was the largest attack recorded, the authority said.", "limit"),
    # ... not told in other words, nor kept elsewhere, nor "at least" (no superlative)
    ("It gives the Stars their first title since 2011.", "It gives the Stars their first title in 14 years.", None),
    ("It is the biggest city in Kenya.", "Kenya's biggest city is Nairobi.", None),
    ("At least 14 people have died since January.", "At least 14 people have died.", None),
    ("It was the deadliest attack on civilians since the war began.",
     "It was the deadliest attack on civilians of the war.", None),
    ("It was his first major at St Andrews.", "It was his first major on the Old Course.", None),
    # a superlative's season, "so far" and "to date" are bounds too, whichever superlative of its
    # sense the reprint gives
    ("The attendance of 41,208 was the highest at the stadium this season.",
     "A crowd of 41,208, the biggest at the stadium, watched.", "limit"),
    ("It was the highest reading so far, officials said.", "It was the highest reading, officials said.", "limit"),
    ("It was the highest reading so far, officials said.", "It was the highest reading yet, officials said.", None),
    ("It was the highest reading to date.", "It was the highest reading so far.", None),
    ("It was the largest deal to date.", "It was the largest deal ever.", None),
    ("The crowd was the biggest this season.", "The crowd was the season's biggest.", None),
    # the scope of a group by birth, dropped
    ("The age would rise by one year every two years from 2027 for workers born after 1973.",
     "The age would go up by one year every two years from 2027.", "limit"),
    # a word of condition the original has outside its condition keeps nothing ("without a fee")
    ("Customers could change their tickets without a fee, provided they rebook by Sept. 15.",
     "Customers can change their tickets without a fee, the airline said.", "condition"),
    ("Customers could change their tickets, provided they rebook by Sept. 15.",
     "Customers can change their tickets without a fee if they rebook soon.", None),
    ("They will restore relations, but only once an exchange is complete.", "They will restore relations.",
     "condition"),
    ("It offered 4 percent, on condition that drivers accept new rosters.", "It offered 4%.", "condition"),
    ("It expects to reopen on Sunday, provided the runway has been inspected.", "It expects to reopen on Sunday.",
     "condition"),
    ("Building is to begin next year, subject to final clearance from the ministry, officials said.",
     "Building is to begin next year, officials said.", "condition"),
    ("Work will start in the third quarter, pending approval from the Ministry of Transport.",
     "Work will start in the third quarter.", "condition"),
    # ... not "subject to" as what something bears, nor a condition told as a deadline
    ("Exports subject to the new tariff fell 4 percent.", "Exports fell 4 percent.", None),
    ("Steel imports, subject to a 25 percent tariff since March, fell 4 percent.", "Steel imports fell 4 percent.",
     None),
    ("It will review the licence if no deal is reached by Dec. 31.",
     "It has until 31 December to agree or face a review of its licence.", None),
    # ... not one kept in other words, "if" for "whether", "provided" as a verb, or "even if"
    ("The deal, if approved, would create a giant.", "The deal, subject to approval, would create a giant.", None),
    ("Islands may become uninhabitable if funding is not invested.",
     "Without investment, islands may become uninhabitable.", None),
    ("Reporters asked if the minister would resign.", "Reporters asked whether the minister would resign.", None),
    # ... but "said if" and "said that if" give a condition, kept
    ("If the appeal is filed, the court may stay the order, experts said.",
     "Experts said that if an appeal is filed, the court may stay the order.", None),
    ("If the appeal is filed, the court may stay the order, experts said.",
     "Experts said if an appeal is filed, the court may stay the order.", None),
    ("The minister would not say if the tax would rise.", "The minister would not say whether the tax would rise.",
     None),
    ("If the appeal is filed, the court may stay the order, experts said.",
     "Experts said the court may stay the order.", "condition"),
    ("They said they had not provided any content.", "They said they did not give any content.", None),
    ("Even if the talks fail, the ceasefire will hold.", "The ceasefire will hold whatever the talks bring.", None),
    # an exception dropped with every word of exception ("apart from" may say "besides")
    ("Schools, except those in the capital, will stay closed.", "Schools will stay closed.", "exception"),
    ("All flights except those to Madrid were cancelled.", "All flights other than those to Madrid were cancelled.",
     None),
    ("All flights except those to Madrid were cancelled.", "All flights were cancelled without exception.",
     "exception"),
    ("Coverage has stayed above 90 percent in every year except 2020, when school closures cut it to 71 percent.",
     "With the sole exception of 2020, when school closures pushed it down to 71 per cent, coverage has remained "
     "above 90 per cent every year.", None),
    ("Apart from the weather, the event went well.", "The event went well despite the rain.", None),
    ("It is not known if the dam will hold.", "It is unclear whether the dam will hold.", None),
    ("Prices vary depending on the region.", "Prices differ by region.", None),
    ("If anything, sales have risen.", "Sales have, in fact, risen.", None),
    ("Smith, a mechanic, provided the car.", "Smith, a mechanic, supplied the car.", None),
    ("If the manoeuvre succeeds, it will map the ice.", "Provided the manoeuvre is successful, it will map the ice.",
     None),
    # stated in the present only where the reprint makes it no condition, and not "could" of the past
    ("If convicted, he could face 12 years in prison.", "He faces 12 years in prison if he is convicted.", None),
    ("Until 2019, residents could vote by post.", "Until 2019, residents voted by post.", None),
    ("Officials could face charges.", "Officials face possible charges.", None),
    # who says so, told another way
    ("Investigators believe the payments were routed abroad.", "Investigators suspect the money went abroad.", None),
    ("Many residents believe in ghosts.", "Many residents are convinced ghosts exist.", None),
    ("According to court documents, he allegedly steered contracts to the firms.",
     "He is accused in court documents of steering contracts to the firms.", None),
    # made certain in so many words, whoever says so
    ("He said the loan was expected to be signed before the end of April.",
     "Kavetuna said the loan would definitely be signed before the end of April.", "possibility"),
    ("He said the loan was not expected to be signed in April.",
     "Kavetuna said the loan would definitely be signed in April.", None),
    ("He said the loan would definitely be signed in April.", "Kavetuna said the loan would definitely be signed in "
     "April.", None),
    ("Air Tanzania said a fourth weekly flight could be added if bookings were strong.",
     "Air Tanzania said a fourth weekly flight would definitely be added if bookings were strong.", "possibility"),
    ("The outbreak was likely to spread further if coverage did not improve, Dr Lindqvist said.",
     "The outbreak was certain to spread further if coverage did not improve, Dr Lindqvist said.", "possibility"),
    ("Johnson could be fit for Saturday's game, and Smith is fit.",
     "Johnson could be fit for Saturday's game, and Smith will definitely be fit.", None),
    ("Johnson could be fit for Saturday and Smith could be fit for the final.",
     "Johnson will definitely be fit for Saturday and Smith could be fit for the final.", "possibility"),
    # what one hopes will happen, said to be what will
    ("Health officials hope the new hospital will cut that figure by a third within five years.",
     "The new hospital will cut that figure by a third within five years, health officials said.", "possibility"),
    ("Health officials hope the new hospital will cut that figure by a third within five years.",
     "Health officials hope that the new hospital will cut the figure by a third in five years.", None),
    ("Health officials hope the new hospital will cut that figure by a third within five years.",
     "The new hospital is expected to cut that figure by a third within five years, officials said.", None),
    # ("hope" a noun, a name, or what is hoped said of something else)
    ("There is little hope that the missing fishermen will be found alive.",
     "Rescuers fear the missing fishermen will not be found alive.", None),
    ("Hope Solo will miss the friendly.", "Solo will sit out the friendly.", None),
    ("The hospital had hoped the new wing would open in March, but it will now open in June.",
     "The new wing, which was due to open in March, will now open in June.", None),
    ("Officials hope the new bridge will open in March.", "Officials are optimistic that the new bridge will open "
     "in March.", None),
    # what is to happen made what only may
    ("Perera said the ministry would provide extra teachers from next term.",
     "She said the ministry might provide extra teachers from next term.", "possibility"),
    ("The storm may hit on Monday and will bring rain.", "The storm might hit on Monday and will bring rain.", None),
    ("Officials said they would not comment on the case.", "Officials said they could not comment on the case.",
     None),
    ("The minister said he would not resign.", "The minister said he may not resign.", "possibility"),
    ("The effect would be caused by tidal forces between the galaxies.",
     "The effect could be caused by tidal forces between the galaxies.", None),
    ("Organisers hope the three-day festival will attract 50,000 visitors.",
     "The festival will attract 50,000 visitors, organisers said.", "possibility"),
    # what is believed of a thing after it, stated as so
    ("Police recovered a vehicle believed to have been used in the robbery.",
     "Police recovered the vehicle used in the robbery.", "possibility"),
    ("Police recovered a vehicle believed to have been used in the robbery.",
     "Police recovered the vehicle that was used in the robbery.", "possibility"),
    ("Police recovered a vehicle believed to have been used in the robbery.",
     "Police recovered a vehicle that officers believe was used in the robbery.", None),
    ("The gunman was reported to have been killed.", "The gunman was killed, the agency reported.", None),
])
def test_a_claim_stated_as_fact(original, reprint, hedge):
    found = [c["hedge"] for c in fact_changes(original, reprint) if c["type"] == "hedge"]
    assert found == ([hedge] if hedge else [])
    if hedge:
        from mtaudit.checks.facts import fact_flags
        from mtaudit.config import Thresholds
        from mtaudit.verdict.severity import severity_of

        (flag,) = [f for f in fact_flags(original, reprint, 0.95, True, [original], Thresholds())
                   if f.check == "fact-hedge"]
        # a statement reported without who made it is minor; a belief stated as fact, or the verb
        # of saying swapped for another sense, major
        said_only = flag.evidence.get("saying") is True
        assert severity_of(flag.kind, flag.check, flag.evidence, Thresholds()) == ("minor" if said_only else "major")
        assert said_only == (hedge == "attribution" and "aforementioned" not in reprint
                             and not re.search(r"believe|alleges|who(?:m)? \w+ say", original))
        assert "original" in flag.message and ("Put the original's word back" in flag.message or
                                               "Use the original's wording" in flag.message or
                                               "Put the original's words back" in flag.message or
                                               "Put the attribution back" in flag.message)


def test_title_changes_against_all_originals():
    originals = ["U.S. Deputy Secretary of State Wendy Sherman said Russia's fears don't make sense."]
    change = title_changes("US Under Secretary of State Wendy Sherman said the demands were in vain.", originals)
    assert change and change[0]["person"] == "Sherman"
    # the titles as written, "of" and capitals kept
    assert change[0]["original"] == ["Deputy Secretary of State"]
    assert change[0]["reprint"] == ["Under Secretary of State"]
    assert title_changes("Deputy Secretary of State Wendy Sherman said so.", originals) == []


@pytest.mark.parametrize(("original", "reprint", "changed"), [
    # a title said short is the same title, but not without its rank
    ("Secretary of State Antony Blinken will travel to Beijing.", "Secretary Antony Blinken will travel.", False),
    ("Foreign Minister Ana Costa will travel to Beijing.", "Minister Ana Costa will travel to Beijing.", False),
    ("Deputy Prime Minister Kofi Mensah will lead the delegation.", "Prime Minister Kofi Mensah will lead it.", True),
    ("Acting President Lee Jun said so.", "President Lee Jun said so.", True),
    ("Lieutenant Governor Ana Lee said so.", "Governor Ana Lee said so.", True),
    ("Deputy Prime Minister Ana Lee said so.", "Deputy Minister Ana Lee said so.", True),
    ("Chief Justice John Roberts wrote the opinion.", "Justice John Roberts wrote the opinion.", True),
    ("Police Chief Ana Lee said so.", "Chief Ana Lee said so.", False),
    ("Army Chief General Asim Munir said so.", "General Asim Munir said so.", False),  # the general's own rank
    # a portfolio in more words than one is no other title ("Trade and Industry Minister")
    ("Trade and Industry Minister Ana Costa said so.", "Trade Minister Ana Costa said so.", False),
    # a portfolio is part of the office, however it is written
    ("Foreign Minister Ana Costa will travel.", "Finance Minister Ana Costa will travel.", True),
    ("Health Secretary Ana Costa said so.", "Education Secretary Ana Costa said so.", True),
    ("Minister for Foreign Affairs Penny Wong said so.", "Foreign Minister Penny Wong said so.", False),
    ("Minister of Health Ana Costa said so.", "Health Minister Ana Costa said so.", False),
    ("Secretary of the Navy Carlos Del Toro said so.", "Navy Secretary Carlos Del Toro said so.", False),
    ("External Affairs Minister S. Jaishankar said so.", "Foreign Minister S. Jaishankar said so.", False),
    ("Deputy Prime Minister and Defence Minister Richard Marles said so.", "Defence Minister Richard Marles said so.",
     False),
    ("Finance Ministry spokesman Li Wei said so.", "Foreign Ministry spokesman Li Wei said so.", False),
    # one office by two titles
    ("Lawmaker Wu Mei-ling urged the company to act.", "Legislator Wu Mei-ling urged the company to act.", False),
    ("Lawmaker Wu Mei-ling urged the company to act.", "Mayor Wu Mei-ling urged the company to act.", True),
    ("Councillor Ana Ruiz said so.", "Councilor Ana Ruiz said so.", False),
    ("State Representative Ana Ruiz said so.", "Congresswoman Ana Ruiz said so.", True),
    # a rank written in lower case, hyphenated, or before "General"
    ("Junior health minister Claire Okafor said so.", "Health minister Claire Okafor said so.", True),
    ("Deputy vice-chancellor Helen Moss said so.", "Vice-chancellor Helen Moss said so.", True),
    ("Vice-President Kamala Harris said so.", "Vice President Kamala Harris said so.", False),
    ("Brigadier General Hassan Diallo was named.", "Major General Hassan Diallo was named.", True),
    ("Major General Hassan Diallo was named.", "General Hassan Diallo was named.", True),  # as "Lieutenant General"
    # a portfolio of words the title words do not take in is still the original's
    ("Health and Human Services Secretary Xavier Becerra said so.", "Health Secretary Xavier Becerra said so.", False),
    ("Culture, Media and Sport Secretary Ana Lee said so.", "Culture Secretary Ana Lee said so.", False),
    ("Foreign and Commonwealth Secretary Ana Lee said so.", "Foreign Secretary Ana Lee said so.", False),
    ("Minister for Europe and Foreign Affairs Jean-Yves Le Drian said so.", "Foreign Minister Jean-Yves Le Drian said.",
     False),
    ("Minister of National Defence Ana Lee said so.", "Defence Minister Ana Lee said so.", False),
    # ... but not another person's title, before a possessive or set off by commas
    ("Health Minister Ana Costa and Finance Minister Li Wei met.", "Health Minister Li Wei said so.", True),
    ("Prime Minister Keir Starmer's Chancellor Rachel Reeves spoke.", "Prime Minister Rachel Reeves spoke.", True),
    ("Janet Yellen, the Treasury Secretary, and Commerce Secretary Gina Raimondo met.",
     "Treasury Secretary Gina Raimondo spoke.", True),
    # "Minister of State for Security" is "Security Minister" in British copy
    ("Minister of State for Security Tom Tugendhat said so.", "Security Minister Tom Tugendhat said so.", False),
    ("Foreign Minister Ann Lee said so.", "Lee is Finance Minister.", True),
    # a region after "for" is no portfolio, and what follows it no person
    ("Daniel Russell, Assistant Secretary of State for East Asian and Pacific Affairs, made the announcement.",
     "Daniel Russell, Assistant Secretary of State for East Asian and Pacific Affairs, the announcement.", False),
])
def test_a_title_said_short_keeps_its_rank(original, reprint, changed):
    assert bool(title_changes(reprint, [original])) == changed


@pytest.mark.parametrize(("original", "reprint", "changed"), [
    # an office in apposition, in lower case: another office, or a rank given or taken
    ('"We did it," said the director Owen Makepeace, who worked with her on five films.',
     'Owen Makepeace, the producer who made five films with her, said: "We did it."', True),
    ('"We did it," said the director Owen Makepeace, who worked with her on five films.',
     'Owen Makepeace, the director who made five films with her, said: "We did it."', False),
    ('"Tonight," said Agency Director Dr. Ingrid Solvang.', '"Tonight," the agency\'s deputy director, Dr Ingrid '
     'Solvang, said.', True),
    ('"Tonight," said Agency Director Dr. Ingrid Solvang.', '"Tonight," the agency\'s director, Dr Ingrid Solvang, '
     'said.', False),
    ("The spokeswoman, Ann Lee, said no.", "Ann Lee, the spokesperson, said no.", False),
    ("The spokeswoman, Ann Lee, said no.", "Ann Lee, the former spokesperson, said no.", True),
    # an office any head holds is no change of one
    ("Jane Doe, the chief executive, said profits rose.", "The company's head, Jane Doe, said profits rose.", False),
    ("Residents may return, the town's mayor, Luis Ferran, said.", "Luis Ferran, the mayor, said they may return.",
     False),
    # one office in other words
    ("Jane Roe, the company's chief executive, said so.", "Jane Roe, the chief executive officer, said so.", False),
    ("Jane Roe, the founder and chief executive, said so.", "Jane Roe, the chief executive, said so.", False),
    ("Mr Justice Smith said the trial was unfair.", "The judge, Mr Justice Smith, said the trial was unfair.", False),
    ("Ann Lee, the lawyer for the family, said so.", "Ann Lee, the family's attorney, said so.", False),
    ("Defence Secretary Ann Lee said so.", "Ann Lee, the defence minister, said so.", False),
    ("Ann Lee, the mayor, said so.", "Ann Lee, the governor, said so.", True),
    # an office after a company's name in the possessive
    ("Northgate's chief executive, Simon Okafor, would lead it.",
     "Simon Okafor, the chairman of Northgate, would lead it.", True),
    ("Northgate's chief executive, Simon Okafor, would lead it.",
     "Simon Okafor, the chief executive of Northgate, would lead it.", False),
])
def test_an_office_in_apposition(original, reprint, changed):
    found = title_changes(reprint, [original])
    assert bool(found) == changed
    if changed:
        (change,) = found
        assert change["person"] in reprint and change["reprint"][0] in reprint


@pytest.mark.parametrize(("text", "expected"), [
    # a title stated after the name and "is" / "was", up to the first word that is no title word
    ("It was corrected to show that Wendy Sherman is Assistant Secretary of State of the United States, not "
     "Secretary of State.", {"Sherman": ("Assistant", "Secretary", "of", "State")}),
    ("Johnson was Prime Minister until 2022.", {}),  # a title held before
    ("An earlier version incorrectly said Sherman is Secretary of State.", {}),  # retracted
    ("Psaki is President Biden's press secretary.", {"Biden": ("President",)}),  # another person's title
    ("Biden is the President.", {"Biden": ("President",)}),
    ("Deputy Secretary of State Wendy Sherman said so.", {"Sherman": ("Deputy", "Secretary", "of", "State")}),
    # lower-case words after "is" are no title; nor is a title after a word that is no name
    ("Sherman is under pressure.", {}),
    ("This is Secretary business.", {}),
    ("The meeting is State business.", {}),
])
def test_titles_as_written(text, expected):
    assert titles(text) == expected


GARBLE = [
    ("level aimed at avoiding a dreaded Russian invasion of Ukraine.", ["lower-case-start"]),
    ("It sets limits on missile deployments. .", ["doubled-punctuation"]),
    ("They said “both expressed the need to meet “.", ["stray-quote"]),
    ("The the talks ended.", ["repeated-word"]),
    ("NATO allies have called such demands unacceptable.", []),
    ("“There is a real risk,” said Stoltenberg.", []),
    ("iPhone sales rose.", []),
    ("Wait... what happened?", []),
]


@pytest.mark.parametrize("sentence,names", GARBLE)
def test_garble_patterns(sentence, names):
    assert sorted({h.name for h in garble_patterns(sentence)}) == names


def test_drift_score_orders_pairs():
    assert drift_score(1.0, 100.0) == 0.0
    assert drift_score(0.9, 60.0) < drift_score(0.7, 40.0) < drift_score(0.4, 10.0) <= 1.0


@pytest.mark.parametrize("severities,fail_on,expected", [
    (["minor"], "major", "pass"), (["major"], "major", "fail"), (["critical"], "never", "pass"),
    (["minor"], "minor", "fail"), ([], "minor", "pass"), (["major"], "critical", "pass"),
])
def test_verdict(severities, fail_on, expected):
    flags = [Flag("drift", s, "m", "drift") for s in severities]
    assert verdict(flags, fail_on) == expected


def test_risk_ranks_severity():
    none = risk_score([], {"drift": 0.1, "fluency": 1.0})
    minor = risk_score([Flag("fluency", "minor", "m", "x")], {"fluency": 0.9})
    critical = risk_score([Flag("inverted", "critical", "m", "x")], {"drift": 0.2})
    assert 0.0 <= none < minor < critical <= 1.0


# --- tagger patterns, breaks against the original, typed names --------------------------------

from mtaudit.backends.lm import WordSurprisal  # noqa: E402
from mtaudit.checks.facts import name_matches, typed_name_changes  # noqa: E402
from mtaudit.checks.patterns import tag_patterns  # noqa: E402
from mtaudit.checks.surprisal import break_evidence  # noqa: E402


@pytest.mark.parametrize("text,words", [
    ("Moscow has not rejected the idea of continue talks.", ["of continue"]),
    ("The ministry will rejected the plan.", ["will rejected"]),
    ("Moscow has not rejected the idea of continuing talks.", []),
    ("He would rather wait than go.", []),
    ("Sleep is beneficial to work and study.", []),
    ("It will boost air defence as well as improve training.", []),
])
def test_tag_patterns(tagger, text, words):
    hits = tag_patterns(text, tagger.analyse([text])[0].tokens)
    assert [text[h.start:h.end] for h in hits] == words


@pytest.mark.parametrize("text,words", [
    ("Him trained as a maternity doctor.", ["Him"]),
    ("Amazon.com has announced that its will postpone its big sale.", ["its"]),
    ("All female tourists are advised to say their are married.", ["their"]),
    ("Itself was the last game for the All Blacks.", ["Itself"]),
    ("The parents relinquish themselves parental rights.", ["themselves"]),
    ("For I, the fact is plain.", ["I"]),
    # Correct English stays clean.
    ("They made him leave, and he said its price had risen.", []),
    ("She is taller than I am, and the report itself was clear.", []),
    ("The firm gave him money and told us that we could go.", []),
])
def test_pronoun_slips(tagger, text, words):
    from mtaudit.checks.patterns import pronoun_slips

    hits = pronoun_slips(text, tagger.analyse([text])[0].tokens)
    assert [text[h.start:h.end] for h in hits] == words
    assert all(h.severity == "minor" for h in hits)


@pytest.mark.parametrize("text,words", [
    ("He became an second base runner in an child's game.", ["an second", "an child"]),
    ("It was a error, a hour late.", ["a error", "a hour"]),
    ("An hour, an honest man, a university, a one-off, a European and an MP.", []),
    ("Xi'an Tianhe and China Ping An signed.", []),
])
def test_article_slips(text, words):
    from mtaudit.checks.patterns import article_slips

    assert [text[h.start:h.end] for h in article_slips(text)] == words


@pytest.mark.parametrize("alone,mean_high,needed", [
    ([2, 2, 2, 15, 2, 2], False, True),   # 'contributed' (a word of the original) could be a break
    ([2, 2, 2, 9, 2, 2], False, False),   # nothing reaches garble_break: the second reading cannot flag
    ([25, 25, 25, 25, 25, 25], True, True),  # word salad: the second reading may withdraw it
])
def test_second_reading_only_where_it_can_change_a_flag(alone, mean_high, needed):
    from mtaudit.checks.surprisal import lm_evidence, needs_second_reading
    from mtaudit.config import Thresholds

    t = Thresholds()
    text = "the campaign that contributed to it"
    original = "It contributed to the campaign."
    words = _words(text, alone)
    assert (lm_evidence(words)["mean"] >= t.garble_sentence) is mean_high
    assert needs_second_reading(words, original, (), t) is needed
    if not needed:
        # Whatever the second reading would say, no break reaches the threshold.
        for after in ([0] * 6, [30] * 6):
            evidence = break_evidence(words, _words(text, after), original)
            assert evidence is None or evidence["break_score"] < t.garble_break


@pytest.mark.parametrize("alone,mended,messages", [
    # one word carries the reading, and another wording of it reads clearly better: the editor is
    # pointed at it
    ([6] * 8 + [20], [(43, 51)], ["the sentence does not read as English, above all at 'rapidity'. Rewrite it"]),
    # ... where none does, it is judged as one word is: no word salad ("It is the region's third
    # outbreak since October."), a break where it reaches garble_word
    ([6] * 8 + [20], [], []),
    ([6] * 8 + [30], [], ["the sentence breaks at 'rapidity': the words around it do not fit. Rewrite it"]),
    # every word is out of place: word salad
    ([12] * 9, [], ["the sentence does not read as English: many of its words do not fit. Rewrite it"]),
])
def test_word_salad_needs_more_than_one_word(alone, mended, messages):
    from mtaudit.checks.fluency import fluency_flags
    from mtaudit.checks.surprisal import lm_evidence
    from mtaudit.config import Thresholds

    text = "The minister says it wants big changes and rapidity."
    evidence = lm_evidence(_words(text, [*alone, 0]))
    assert evidence["mean"] >= Thresholds().garble_sentence
    flags = fluency_flags(text, [], [], evidence, frozenset(), Thresholds(), mended=mended)
    assert [(f.kind, f.severity, f.message) for f in flags] == [("garbled", "major", m) for m in messages]


@pytest.mark.parametrize("mean,flagged", [
    (3.0, False),   # six words judged, a little over the line: the mean of a few swings with one
    (3.5, True),    # ... clearly over it
])
def test_a_short_sentence_is_word_salad_only_clearly_over_the_line(mean, flagged):
    from mtaudit.checks.fluency import fluency_flags
    from mtaudit.config import Thresholds

    evidence = {"word": "just", "span": [28, 32], "word_score": 5.6, "mean": mean, "mean_without_word": 2.9,
                "words_judged": 6, "unknown_words": []}
    flags = fluency_flags("The 19-year-old was winning just his third cap.", [], [], evidence, frozenset(),
                          Thresholds(), mended=None)
    assert any(f.check == "lm-surprisal" for f in flags) is flagged
    assert any(f.check == "lm-surprisal" for f in fluency_flags(
        "The 19-year-old was winning just his third cap.", [], [], {**evidence, "words_judged": 8}, frozenset(),
        Thresholds(), mended=None))  # eight words: the mean alone decides


@pytest.mark.parametrize("repairs,slips", [
    # two slips in separate places: a sentence to rewrite
    ([(Repair(77, 85, "is still", "order"), 9.0), (Repair(89, 100, "negotiations", "form"), 8.0)], True),
    ([(Repair(77, 85, "is still", "order"), 9.0)], False),  # one slip to mend
])
def test_several_slips_make_a_sentence_to_rewrite(repairs, slips):
    from mtaudit.checks.repairs import repair_flags
    from mtaudit.config import Thresholds

    sentence = "The financing will come from green bonds, said Poulsen, adding that the loan still is in negotiating."
    flags = repair_flags(sentence, repairs, [], Thresholds())
    assert [f.check for f in flags].count("lm-repair") == len(repairs)
    assert any(f.check == "lm-slips" and f.severity == "major" for f in flags) is slips


def _pattern(name: str, sentence: str, words: str) -> Flag:
    start = sentence.index(words)
    return Flag("fluency", "minor", "a slip", "garble-pattern",
                {"pattern": name, "span": [start, start + len(words)], "words": words})


@pytest.mark.parametrize("repairs,found,slips", [
    # a slip the model reads and a word in the wrong form the surface patterns find
    ([(Repair(34, 45, "was working", "order"), 9.0)], [("verb-form", "for reach")], True),
    ([(Repair(34, 45, "was working", "order"), 9.0)], [("space-before-punctuation", " .")], False),  # punctuation
    ([], [("verb-form", "for reach"), ("article", "a agency")], False),  # none the model reads
])
def test_word_slips_the_patterns_find_count_toward_a_sentence_to_rewrite(repairs, found, slips):
    from mtaudit.checks.repairs import repair_flags
    from mtaudit.config import Thresholds

    sentence = "The agency UNHCR, said it said it working was with a agency for reach the children ."
    flags = [_pattern(name, sentence, words) for name, words in found]
    assert any(f.check == "lm-slips" for f in repair_flags(sentence, repairs, flags, Thresholds())) is slips


@pytest.mark.parametrize("mean,rest,carries", [
    (3.56, 2.50, True),    # "big changes and rapidity"
    (3.00, 2.68, False),   # one word of a long sentence that reads badly throughout lifts it little
    (3.29, 2.75, False),   # ... as in a word salad of 15 words
    (3.46, 2.68, False),   # ... or of 13 shuffled words
    (3.56, 2.95, False),   # over the line without the word too
])
def test_one_word_carries_a_reading_it_lifts_over_the_line(mean, rest, carries):
    from mtaudit.checks.fluency import one_word_carries
    from mtaudit.config import Thresholds

    assert one_word_carries({"mean": mean, "mean_without_word": rest}, Thresholds()) is carries


@pytest.mark.parametrize("story,judged", [
    # a word as rare as "scrumhalf" that the originals use is the story's own vocabulary
    (frozenset({"scrumhalf", "botha"}), ["later", "crossed", "for", "a", "second", "try"]),
    # ... not where the originals do not use it, nor a common word they use ("try")
    (frozenset({"try", "second"}), ["later", "scrumhalf", "crossed", "for", "a", "second", "try"]),
])
def test_a_rare_word_of_the_story_is_not_judged(story, judged):
    from mtaudit.checks.surprisal import normalised

    text = "Eight minutes later scrumhalf Ruan Botha crossed for a second try."
    assert [w.text for w, _, _ in normalised(_words(text, [5.0] * 13), (), story)] == judged


@pytest.mark.parametrize("alone,original_alone,misplaced,flagged", [
    # the story's own wording, dense where the original is dense: no word salad
    ([9, 9, 9, 9, 9, 9, 9, 9, 9, 0], [9, 9, 9, 9, 9, 9, 9, 9, 9, 0], 0.0, False),
    # the original's words put where they do not fit read far worse than in the original
    ([9, 9, 9, 9, 9, 9, 9, 9, 9, 0], [2, 2, 2, 2, 2, 2, 2, 2, 2, 0], 21.0, True),
    # a few words worse, under garble_misplaced together
    ([9, 9, 9, 9, 9, 9, 9, 9, 9, 0], [6, 6, 6, 6, 6, 6, 6, 6, 6, 0], 9.0, False),
])
def test_word_salad_reads_worse_than_its_original(alone, original_alone, misplaced, flagged):
    """A linked sentence that shares most of its words with its original is word salad only where
    those words read far worse in it than in the original."""
    from mtaudit.checks.fluency import fluency_flags
    from mtaudit.checks.surprisal import as_read_in_original, lm_evidence
    from mtaudit.config import Thresholds

    text = "The union represents drivers and station staff across the city."
    words = _words(text, alone + [0] * 2)
    evidence = lm_evidence(words)
    beside = as_read_in_original(words, (), _words(text, original_alone + [0] * 2))
    assert beside["misplaced"] == pytest.approx(misplaced)
    assert beside["words_shared"] == evidence["words_judged"]
    flags = fluency_flags(text, [], [], {**evidence, **beside}, frozenset(), Thresholds())
    assert bool(flags) is flagged
    # with no original to set it beside, the mean alone decides
    assert bool(fluency_flags(text, [], [], evidence, frozenset(), Thresholds()))


def test_word_salad_in_the_words_the_original_does_not_have():
    """Half a sentence the original's words read as in the original, the other half word salad
    in words of its own: still word salad."""
    from mtaudit.checks.fluency import fluency_flags
    from mtaudit.checks.surprisal import as_read_in_original, lm_evidence
    from mtaudit.config import Thresholds

    original = "The union represents drivers and station staff across the city."
    text = "The union represents drivers and station staff across the city banana purple sideways elephant."
    words = _words(text, [7] * 11 + [20, 20, 20, 20, 0])
    evidence = lm_evidence(words)
    beside = as_read_in_original(words, (), _words(original, [7] * 11 + [0]))
    assert beside["misplaced"] == pytest.approx(0.0) and beside["own_words_mean"] > Thresholds().garble_sentence
    assert [f.check for f in fluency_flags(text, [], [], {**evidence, **beside}, frozenset(), Thresholds())] == \
        ["lm-surprisal"]


def test_a_headline_gets_no_break_at_one_word():
    """Headlines are written tersely ("Calloway Foods shares slump 11% after profit warning"): the
    language model's surprise at one word there is no break."""
    from mtaudit.checks.fluency import fluency_flags
    from mtaudit.checks.surprisal import lm_evidence
    from mtaudit.config import Thresholds

    for text, flagged in (("Calloway Foods shares slump after second profit warning", False),
                          ("Calloway Foods shares slump after second profit warning.", True)):
        evidence = lm_evidence(_words(text, [2, 2, 2, 30, 2, 2, 2, 2] + [0] * (text.endswith("."))))
        assert bool(fluency_flags(text, [], [], evidence, frozenset(), Thresholds())) is flagged


@pytest.mark.parametrize("text,words", [
    ("When a in satellite space receives a call, it reflects it back.", ["a in"]),
    ("Most the of smaller islands are independent.", ["the of"]),
    ("Trump said she followed medically guidelines and insisted on a shutdown.", ["medically guidelines"]),
    # Correct English stays clean.
    ("He discovered highly drug-resistant tuberculosis in the by-election year.", []),
    ("Shares fell, but eventually losses settled; mostly women voted, namely staff.", []),
    ("Ping An of China reported the per capita cost.", []),
])
def test_word_order_slips(tagger, text, words):
    from mtaudit.checks.patterns import word_order_slips

    hits = word_order_slips(text, tagger.analyse([text])[0].tokens)
    assert [text[h.start:h.end] for h in hits] == words


def test_a_misspelled_word_does_not_count_as_a_break():
    from mtaudit.checks.surprisal import lm_evidence

    text = "the goods were taxed acording to tariffs there"
    words = _words(text, [5, 5, 5, 5, 30, 20, 5, 5])
    assert lm_evidence(words)["word"] == "acording"
    clean = lm_evidence(words, [(21, 29)])
    assert clean["word"] not in ("acording", "to") and clean["word_score"] < 10


def _words(text, values):
    import re

    spans = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    return [WordSurprisal(w, s, e, v) for (w, s, e), v in zip(spans, values)]


@pytest.mark.parametrize("alone,after,word,score", [
    # 'contributed' is surprising alone (normalised 15 - 0.5 * base) and after the original (14 - 6).
    ([5, 5, 5, 15, 5, 5], [1, 1, 1, 14, 1, 1], "contributed", 8.0),
    # Surprising alone but explained by the original (a faithful change of wording): low break.
    ([5, 5, 5, 15, 5, 5], [1, 1, 1, 2, 1, 1], "contributed", None),
])
def test_break_evidence_needs_both_readings(alone, after, word, score):
    text = "the campaign that contributed to it"
    evidence = break_evidence(_words(text, alone), _words(text, after), "It contributed to the campaign.")
    assert evidence is not None and evidence["word"] == word
    if score is not None:
        assert evidence["break_score"] == pytest.approx(score, abs=0.01)
    else:
        assert evidence["break_score"] <= -3


@pytest.mark.parametrize("text,original,new", [
    # the original's words up to the break: nothing came in
    ("the campaign that contributed to it", "It contributed to the campaign that ended.", None),
    # new words right before the break, a short word of the original's between them
    ("the campaign that killed the US contributed to it", "the campaign that contributed to the death",
     "killed the US"),
    # a longer word of the original's ends the run; short ones at its ends are trimmed
    ("the campaign that hurt contributed to it", "the campaign that contributed to it", "hurt"),
    # more new words than a pointer can name: a paraphrase, no pointer
    ("the campaign whose bombs badly hurt many people contributed to it", "the campaign that contributed to it",
     None),
])
def test_break_evidence_names_the_new_words_before_the_break(text, original, new):
    import re

    tokens = re.findall(r"\w+|[^\w\s]", text)
    evidence = break_evidence(_words(text, [15 if w == "contributed" else 5 for w in tokens]),
                              _words(text, [14 if w == "contributed" else 1 for w in tokens]), original)
    assert evidence is not None and evidence["word"] == "contributed"
    assert evidence["span"] == [text.index("contributed"), text.index("contributed") + len("contributed")]
    named = evidence.get("new_before")
    assert (text[named[0]:named[1]] if named else None) == new


def test_break_evidence_skips_a_word_the_original_writes_in_another_case():
    """"Expectant mothers ..., according to campaigners" / "According to campaigners, expectant
    mothers": the model reads the lower-case word as another word after the original."""
    text = "the campaign that contributed to it"
    words = _words(text, [5, 5, 5, 15, 5, 5])
    other_case = break_evidence(words, _words(text, [1, 1, 1, 14, 1, 1]), "Contributed to the campaign, it was.")
    assert other_case is None or other_case["word"] != "contributed"
    same_case = break_evidence(words, _words(text, [1, 1, 1, 14, 1, 1]), "It contributed to the campaign.")
    assert same_case is not None and same_case["word"] == "contributed"


def test_break_evidence_ignores_words_the_original_does_not_use():
    text = "the campaign that contributed to it"
    words = _words(text, [5, 5, 5, 15, 5, 5])
    evidence = break_evidence(words, _words(text, [1, 1, 1, 14, 1, 1]), "The campaign was aimed at it.")
    assert evidence is None or evidence["word"] != "contributed"


@pytest.mark.parametrize("original,reprint,changed", [
    ([("Vladimir Putin", "PERSON")], [("Soviet", "NORP"), ("Moscow", "GPE")], []),
    ([("Vladimir Putin", "PERSON")], [("Putin", "PERSON")], []),
    ([("Muammar Gaddafi", "PERSON")], [("Moammar Gadhafi", "PERSON")], []),
    ([("Jens Stoltenberg", "PERSON")], [("Wendy Sherman", "PERSON")],
     [("person", ["Jens Stoltenberg"], ["Wendy Sherman"])]),
    ([("the United States", "GPE")], [("US", "GPE")], []),
    ([("Geneva", "GPE")], [("Vienna", "GPE")], [("place", ["Geneva"], ["Vienna"])]),
    # a place as wire style shortens it, or a company "based" there
    ([("Port Ellery", "GPE"), ("Ontario", "GPE")], [("Port Ellery", "GPE"), ("Ont.-based", "GPE"), ("Canada", "GPE")],
     []),
    ([("Fresno", "GPE"), ("California", "GPE")], [("Fresno", "GPE"), ("Calif.", "GPE")], []),
    ([("Fresno", "GPE"), ("California", "GPE")], [("Fresno", "GPE"), ("Nev.", "GPE")],
     [("place", ["California"], ["Nev."])]),
    # an office the tagger took into a name: the name without it ("B.C. Labour Minister Harjit Sandhu")
    ([("British Columbia", "GPE")], [("B.C. Labour Minister", "GPE")], []),
    ([("Alberta", "GPE")], [("B.C. Labour Minister", "GPE")], [("place", ["Alberta"], ["B.C. Labour Minister"])]),
    ([("Bank of England", "ORG")], [("Bank of England Governor", "ORG")], []),
    ([("United Arab Emirates", "GPE")], [("UAE Vice President", "GPE")], []),
    ([("University of Notre Dame", "ORG")], [("University of Notre Dame President", "ORG")], []),
    # a currency code written on its figure is a sum, not a name
    ([("Rwanda", "GPE")], [("Rwf510", "ORG")], []),
    ([("Rwanda", "GPE")], [("Kigali", "GPE")], [("place", ["Rwanda"], ["Kigali"])]),
    # ... but not a person's name, nor a name that ends in a word of a title ("King", "State")
    ([("Stephen King", "PERSON")], [("Stephen Fry", "PERSON")], [("person", ["Stephen King"], ["Stephen Fry"])]),
    ([("Islamic State", "ORG")], [("Islamic Jihad", "ORG")], [("organisation", ["Islamic State"], ["Islamic Jihad"])]),
    ([("Bank of England", "ORG")], [("Bank of Canada Governor", "ORG")],
     [("organisation", ["Bank of England"], ["Bank of Canada Governor"])]),
    # a ranking is no name, with its stop or without ("world No.143", "world No 68")
    ([("Tawhai", "PERSON")], [("No 68", "PERSON")], []),
    ([("Tawhai", "PERSON")], [("No.68", "PERSON")], []),
])
def test_typed_name_changes(original, reprint, changed):
    got = [(c["kind"], c["original"], c["reprint"]) for c in typed_name_changes(original, reprint)]
    assert got == changed


def test_a_title_the_tagger_takes_for_a_name_is_none():
    """"Lawmaker Wu" / "Legislator Wu": one office, which the title check judges, and no name."""
    typed = ([("Lawmaker", "PROPN"), ("Wu Mei-ling", "PERSON")], [("Legislator", "PROPN"), ("Wu Mei-ling", "PERSON")])
    assert typed_name_changes(*typed, across_kinds=True) == []


@pytest.mark.parametrize(("original", "reprint", "typed", "changed"), [
    # a common noun before a person's name, and a period, are no names
    ("Owner Peter Kellerman said birds died.", "Peter Kellerman, who owns the farm outside Ashgrove, said birds died.",
     ([("Owner", "PROPN"), ("Peter Kellerman", "PERSON")], [("Peter Kellerman", "PERSON"), ("Ashgrove", "PROPN")]),
     []),
    ("The tribunal ruled on the claims.", "The claims were made across FY19 to FY21.",
     ([("Revenue Review Tribunal", "ORG")], [("FY19", "PROPN"), ("FY21", "PROPN")]), []),
    # a name the tagger takes for a language is a name
    ("It carried goods from Nassau to Governor's Harbour.", "It carried goods from Freeport to Governor's Harbour.",
     ([("Nassau", "GPE")], [("Freeport", "LANGUAGE")]), [(["Nassau"], ["Freeport"])]),
    # ... on either side ("Secretary of Commerce Wilbur Ross")
    ("Trump instructed the Secretary of Commerce to submit data.",
     "Trump directed Secretary of Commerce Wilbur Ross to submit data.",
     ([("Trump", "PERSON"), ("Commerce", "PROPN")], [("Trump", "PERSON"), ("Commerce", "PROPN"),
                                                     ("Wilbur Ross", "PERSON")]), []),
    # a kind of place that a local paper capitalises for its own ("the Island") names no other place
    ("The songs will return to the Isle of Man this summer.", "The songs are coming back to the Island this summer.",
     ([("the Isle of Man", "GPE")], [("Island", "GPE")]), []),
    ("The songs will return to the Isle of Man this summer.", "The songs are coming back to Jersey this summer.",
     ([("the Isle of Man", "GPE")], [("Jersey", "GPE")]), [(["Isle of Man"], ["Jersey"])]),
    ("Talks were held in Northern Ireland.", "Talks were held in the Republic.",
     ([("Northern Ireland", "GPE")], [("Republic", "GPE")]), [(["Northern Ireland"], ["Republic"])]),
    ("They met in Kingston.", "They met in the Kingdom.", ([("Kingston", "GPE")], [("Kingdom", "GPE")]),
     [(["Kingston"], ["Kingdom"])]),
    # a name that opens a sentence is still one, a common noun or not, and so is a product's
    ("Gaza was hit overnight.", "Rafah was hit overnight.", ([("Gaza", "PROPN")], [("Rafah", "PROPN")]),
     [(["Gaza"], ["Rafah"])]),
    ("Cook made 120 before lunch.", "Root made 120 before lunch.", ([("Cook", "PROPN")], [("Root", "PROPN")]),
     [(["Cook"], ["Root"])]),
    ("The Q400 landed safely.", "The ATR landed safely.", ([("Q400", "PRODUCT")], [("ATR", "PRODUCT")]),
     [(["Q400"], ["ATR"])]),
])
def test_words_the_tagger_takes_for_names(original, reprint, typed, changed):
    found = typed_name_changes(*typed, across_kinds=True, texts=(original, reprint))
    assert [(c["original"], c["reprint"]) for c in found] == changed


TWO_CHINAS = "It is the first airport in China of its size to use a baggage system made in China."


@pytest.mark.parametrize("reprint,changed", [
    # a name given once less, and a new one of its kind where it stood: replaced
    ("It is the first airport in India of its size to use a baggage system made in China.", ["India"]),
    # a new name elsewhere beside a name given once less: no evidence of a swap
    ("It is the first airport of its size to use a baggage system made in China, Xinhua reported from Beijing.", []),
])
def test_a_name_given_once_less_beside_a_new_one(reprint, changed):
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    entities = ([("China", "GPE"), ("China", "GPE")],
                [(name, "GPE") for name in ("India", "China", "Beijing") if name in reprint])
    assert typed_name_changes(*entities) == []  # in a looser pair, not at all
    flags = fact_flags(TWO_CHINAS, reprint, 0.95, True, [], Thresholds(), entities)
    assert [name for f in flags if f.check == "fact-name" for name in f.evidence["reprint"]] == changed


@pytest.mark.parametrize("a,b,same", [("Putin", "Vladimir Putin", True), ("Gaddafi", "Gadhafi", True),
                                      ("Sherman", "Stoltenberg", False), ("U.S.", "US", True),
                                      ("McDonald", "Donald Trump", False), ("Zelensky", "Volodymyr Zelenskyy", True)])
def test_name_matches(a, b, same):
    assert name_matches(a, b) is same


@pytest.mark.parametrize("original,reprint,changed", [
    ("He has been unable to take the drugs.", "She has been unable to take the drugs.", (["he"], ["she"])),
    ("Whitmer said she followed the guidelines.", "Whitmer said he followed the guidelines.", (["she"], ["he"])),
    ("He met his sister on Monday.", "He met her on Monday.", None),  # she was already there
    ("The minister resigned.", "She resigned.", None),  # nothing lost
])
def test_gender_change(original, reprint, changed):
    from mtaudit.checks.facts import gender_change

    got = gender_change(original, reprint)
    assert (None if got is None else (got["original"], got["reprint"])) == changed


def test_gender_beside_another_person_still_reads_a_pronoun_turned():
    from mtaudit.checks.facts import gender_change

    got = gender_change("Judge Smith sentenced Salen and ordered him to pay.",
                        "Judge Smith sentenced Salen. He also ordered her to pay.", 2)
    assert got is not None and got["original"] == ["him"] and got["reprint"] == ["her"]


@pytest.mark.parametrize("people,changed", [(2, None), (1, (["him"], ["she"])), (None, (["him"], ["she"]))])
def test_gender_beside_another_person(people, changed):
    """Where the original names two people and the reprint keeps its gendered words, a word of the
    other gender may be the other person's."""
    from mtaudit.checks.facts import gender_change

    got = gender_change("Judge Margit Haller sentenced Salen and ordered him to repay the money.",
                        "Judge Margit Haller sentenced Salen. She also ordered him to repay the money.", people)
    assert (None if got is None else (got["original"], got["reprint"])) == changed


@pytest.mark.parametrize("a,b,same", [("ISIS", "Islamic State", True), ("UN", "United Nations", True),
                                      ("NATO", "Islamic State", False), ("IS", "Israel", False)])
def test_acronyms_match_their_names(a, b, same):
    assert name_matches(a, b) is same


@pytest.mark.parametrize("a,b,same", [
    ("Met", "Meteorological Department", True),
    ("Met Service", "Meteorological Service", True),
    ("Met Service", "Meteorological Department", False),
    ("Meteorological Department", "Met", True),  # either way round
    ("Met", "Metropolitan Police", True),
    ("Kent", "Kentucky State", False),  # the start of a word is no clipped name
    ("York", "Yorkshire Dales", False),
    ("Chris", "Christine Evans", False),
])
def test_a_name_clipped_as_news_copy_clips_it(a, b, same):
    assert name_matches(a, b, people=False) is same


def test_gender_change_beside_the_original_gender():
    from mtaudit.checks.facts import gender_change

    got = gender_change("Although Winfrey was tearful in her farewell, she said she will be back.",
                        "Although Winfrey had tears in his eyes as she parted, she said she would be back.")
    assert got is not None and got["original"] == ["her", "she"] and got["reprint"] == ["his"]


@pytest.mark.parametrize("a,b,same", [("Vladimir Putin", "Vladimir Zelensky", False),
                                      ("Mick Fleetwood", "Fleetwood Mac", False),
                                      ("President Putin", "Vladimir Putin", True)])
def test_full_names_match_on_the_family_name(a, b, same):
    assert name_matches(a, b) is same


def test_a_name_inside_a_longer_name_matches():
    assert name_matches("Conservative Party", "Conservative Party Conference")


@pytest.mark.parametrize("original,reprint,lemmas,words", [
    # Irregular verbs need the tagger's lemmas: "did not say" negates "said".
    ("Catry said that 85% were under 60.", "Catri did not say that 85% were under 60.", {"said": "say"}, ["say"]),
    # The same negation with other words after it is no flip.
    ("The library is open but not the weekend!", "The library is open but not on weekends!", {}, []),
    # Both sides negate: no flip even when the counts differ elsewhere.
    ("I don't know if you realize it or not, but goods came duty-free.",
     "I don't know if you realize that goods are not duty free.", {}, ["duty"]),
])
def test_negation_flips_with_lemmas(original, reprint, lemmas, words):
    assert [f["word"] for f in negation_flips(original, reprint, lemmas)] == words


@pytest.mark.parametrize("original,reprint,lemmas,words", [
    # two noes make a yes: a negation on one side, said on the other by a negative word or by
    # the opposite word with its own negation, is the same polarity
    ("None of the 42 miners remains unaccounted for, officials said.",
     "All 42 miners have been accounted for, officials said.", {}, []),
    ("The minister did not fail to mention the record.", "The minister made sure to mention the record.", {}, []),
    ("None of the four parties has agreed to join the talks.",
     "All four parties have yet to agree to join the talks.", {"agreed": "agree"}, []),
    ("Residents were told not to drink tap water.", "Residents were told to avoid drinking tap water.",
     {"drinking": "drink"}, []),
    ("The service has not issued an orange alert.", "The service has stopped short of issuing an orange alert.",
     {"issuing": "issue", "issued": "issue"}, []),
    ("The council did not meet its housing target.", "The council fell short of meeting its housing target.",
     {"fell": "fall", "meeting": "meet"}, []),
    # not before a time is that time at the earliest
    ("The line will not open before 2028, the operator said.",
     "The opening of the line has been pushed back to 2028 at the earliest.", {"opening": "open"}, []),
    ("The line will not open before 2028.", "The line will open before 2028.", {}, ["open"]),
    ("The bridge will not reopen before spring, and repairs will run until 2026 at the earliest.",
     "The bridge will reopen before spring, and repairs will run until 2026 at the earliest.", {}, ["reopen"]),
    # ... and a time put back to, a time told from the story's day, or the time with no "until" of its own
    ("The launch of its first mission would slip to 2027 from late 2026.",
     "The first mission will not launch until 2027.", {}, []),
    ("The appeal is expected to be heard in 2025 at the earliest.",
     "His appeal is not expected to be heard before 2025.", {}, []),
    # (a time told from the story's day is no year to compare; an "until" that names no time)
    ("The appeal is expected to be heard next year at the earliest.",
     "His appeal is not expected to be heard before 2025.", {}, ["expected"]),
    ("The talks will resume, the union said in a statement.", "The talks will not resume until a deal is reached.",
     {}, ["resume"]),
    ("The bridge will open in May.", "The bridge will not open until May.", {}, []),
    ("The shop will stay open until May.", "The shop will not stay open until May.", {}, ["stay"]),
    ("The bridge will open in May.", "The bridge will not open in May.", {}, ["open"]),
    # a run that ended at a first that came
    ("The court jailed a former port director, the first conviction of a senior port official since 2017.",
     "No senior port official had been convicted since 2017.", {}, []),
    ("The company posted its first profit since 2019.", "The company has made no profit since 2019.", {},
     ["profit"]),
    ("The company posted its first profit since 2019.", "The company has had no profit since 2019.", {}, ["profit"]),
    # ("fell short of" negates only what follows it)
    ("Exports did not grow and fell short of targets.", "Exports grew but fell short of targets.", {"grew": "grow"},
     ["grow"]),
    ("Growth fell short of expectations but did not stall.", "Growth fell short of expectations and stalled.",
     {"stalled": "stall"}, ["stall"]),
    # "rather than", "instead of": what is not done
    ("Patients will be referred by health centres, rather than booking directly.",
     "Patients cannot book directly; instead, they will be referred by health centres.", {"booking": "book"}, []),
    # the same negation in the same place, what it negates in other words
    ("The strain, which had not circulated widely for a decade, is spreading.",
     "The strain circulating now, which has not been widespread for a decade, is spreading.",
     {"circulated": "circulate", "circulating": "circulate"}, []),
    ("Farmers are allowed to sell to licensed stations but not to unlicensed traders.",
     "Farmers are free to sell to licensed stations, but are not allowed to sell to unlicensed traders.",
     {}, []),
    # "are yet to", "were still to": "not yet" as house styles write it
    ("Investigators have not yet confirmed the route.", "Investigators are yet to confirm the route.",
     {"confirmed": "confirm"}, []),
    ("Civilian witnesses had yet to testify.", "Civilian witnesses were still to testify.", {}, []),
    ("Few of the residents supported the plan.", "Most of the residents did not support the plan.",
     {"supported": "support"}, []),
    ("The board did not approve the merger until the final day.",
     "The board approved the merger only on the final day.", {"approved": "approve"}, []),
    ("Power was not restored to 80,000 homes until Friday.", "Power was restored to 80,000 homes only on Friday.",
     {"restored": "restore"}, []),  # a figure's comma ends no clause
    ("The company denied that it had misled investors.", "The company rejected claims that it had misled investors.",
     {}, []),
    # ... and one of them lost is a flip
    ("The minister did not fail to mention the record.", "The minister failed to mention the record.",
     {}, ["mention"]),
    ("All four parties have yet to agree to join the talks.", "All four parties agree to join the talks.",
     {}, ["agree"]),
    ("Investigators are yet to confirm the route.", "Investigators confirmed the route.",
     {"confirmed": "confirm"}, ["confirm"]),
    ("Witnesses were still to testify.", "Witnesses testified.", {"testified": "testify"}, ["testify"]),
    # a negative word negated on one side only
    ("The city has not ruled out a further adjustment.", "The city has ruled out a further adjustment.",
     {}, ["ruled"]),
    # ... but "the best is yet to come", "is still to blame" say no "not yet"
    ("The best is yet to come, he said.", "The best is to come, he said.", {}, []),
    ("He is still to blame for the loss.", "He is to blame for the loss.", {}, []),
    ("The storm was still to the south of Jamaica.", "The storm stayed to the south of Jamaica.", {}, []),
    ("The plan is still to hold elections in December.", "They still plan to hold elections in December.", {}, []),
    ("The new law is yet to come into force.", "The new law has come into force.", {}, ["come"]),
    ("The minister did not resign, but he was suspended pending an inquiry.",
     "The minister did not wait for the inquiry and resigned.", {}, ["resign"]),
    # the same negation in the same place, the words it negates swapped with another clause's
    ("He said the army had not withdrawn from the town and had shelled the market.",
     "He said the army had not shelled the market and had withdrawn from the town.", {}, ["withdrawn", "shelled"]),
    ("Police said the suspect had not been charged, but his brother had been released on bail.",
     "Police said the suspect had not been released on bail, but his brother had been charged.", {},
     ["charged", "released"]),
    ("He did not stay until the end.", "He stayed until the end.", {"stayed": "stay"}, ["stay"]),
    ("The company denied that it had misled investors.", "The company confirmed claims that it had misled investors.",
     {}, ["misled"]),
    ("A few of the residents supported the plan.", "A few of the residents did not support the plan.",
     {"supported": "support"}, ["support"]),
    # two noes of their own, or words that only look negative
    ("The rebels did not advance into the capital.", "The rebels advanced to the capital.",
     {"advanced": "advance"}, ["advance"]),
    ("For the last few days officials have confirmed the deaths.",
     "For the last few days officials have not confirmed the deaths.", {}, ["confirmed"]),
    # two negations of two clauses are two noes, not a yes
    ("The system has proved its worth and many missiles have been destroyed.",
     "The system has not proved its worth and many missiles have not been destroyed.", {},
     ["proved", "destroyed"]),
])
def test_two_negatives_make_a_positive(original, reprint, lemmas, words):
    assert [f["word"] for f in negation_flips(original, reprint, lemmas)] == words


@pytest.mark.parametrize("original,reprint,lemmas,flips", [
    ("All three crew members survived the crash.", "None of the three crew members died in the crash.",
     {"survived": "survive", "died": "die"}, []),
    ("The bridge is no longer open to lorries.", "The bridge is now closed to lorries.", {"closed": "close"}, []),
    ("All three crew members survived the crash.", "All three crew members died in the crash.",
     {"survived": "survive", "died": "die"}, [("survive", "die")]),
    ("All of the parties have agreed to join.", "None of the parties has agreed to join.", {}, [("all", "none")]),
    ("All of the 220 workers will keep their jobs.", "None of the 220 workers will lose their jobs.", {}, []),
    ("All of the 220 workers will keep their jobs.", "All of the 220 workers will lose their jobs.", {},
     [("keep", "lose")]),
])
def test_opposites_with_their_own_negation(original, reprint, lemmas, flips):
    assert [(f["original"], f["reprint"]) for f in antonym_flips(original, reprint, lemmas)] == flips


@pytest.mark.parametrize("original,reprint,same", [
    ("The chancellor refused to rule out a tax rise.", "The chancellor left open the possibility of a tax rise.",
     True),
    ("Councillors refused planning permission.", "Councillors turned down the planning application.", True),
    ("None of the parties has agreed to join.", "All parties have yet to agree to join.", True),
    ("The plan is enough.", "The plan is not sufficient.", False),
    ("He had the lead, but this too required a tie break.",
     "He didn't hold the lead, and this too was not subject to a tie break.", False),
    ("The chancellor ruled out a tax rise.", "The chancellor left open the possibility of a tax rise.", False),
])
def test_same_polarity(original, reprint, same):
    from mtaudit.checks.inversion import restated, same_polarity

    assert same_polarity(original, reprint) is same
    # a negation said in other words is no reversal for the contradiction model either
    assert restated(original, reprint) is same


def test_the_same_negation_in_another_form_leaves_the_model_its_say():
    from mtaudit.checks.inversion import restated

    # "no specifics" / "did not give details": nothing reworded that would explain a conflict
    assert not restated("He vowed to continue the war, though he offered no specifics.",
                        "He promised to stop the war, although he did not give details.")


@pytest.mark.parametrize("original,reprint,same", [
    ("“Ministers promised stability,” Mr Tregarthen said.", "“Ministers promised stability,” he said.", True),
    ("Dating suggests it was used until AD 620, Dr Fairbrother said.",
     "Dating suggests it was used until AD 620, she said.", True),
    ('"It cannot stand," she wrote.', '"It cannot stand," the judge wrote.', True),
    ("Lady Justice Anand said the conviction was unsafe.", "The judge said the conviction was unsafe.", True),
    ("The judge said the conviction was unsafe.", "Lady Justice Anand said the conviction was unsafe.", False),
    ("Mr Smith said it would close.", "Mr Jones said it would close.", False),  # another name
    ("He said it would close.", "She said it would close.", False),  # another person
    ("The judge said it would close.", "The prosecutor said it would close.", False),  # another role
    ("Mr Smith said it would close.", "He said it would open.", False),  # and something else
    ("The plant will close.", "The plant will close.", False),  # nothing changed
    ("Mr Smith was acquitted, the judge said.", "The judge was acquitted, he said.", False),  # roles swapped
    ("Police arrested Ms Lee on Monday.", "Police arrested him on Monday.", False),  # another person
    ("Police arrested Mr Lee on Monday.", "Police arrested him on Monday.", True),
    ("She said the company had changed suppliers.", "Henning said the company had changed suppliers.", False),
])
def test_a_person_referred_to_in_other_words(original, reprint, same):
    from mtaudit.checks.changes import persons_referred_to_otherwise
    from mtaudit.checks.inversion import restated

    assert persons_referred_to_otherwise(original, reprint) is same
    assert restated(original, reprint) is same


@pytest.mark.parametrize("original,reprint,shift", [
    ("In some areas boiling water for a minute is enough.", "In some areas it isn't sufficient to boil water.",
     {"cue": "not", "side": "reprint"}),
    ("He never agreed.", "He did not agree.", None),
    ("Talks ended without a deal.", "Talks ended with no deal.", None),
    # "but not before" says what came first
    ("The gang fled with several cash boxes before neighbours alerted police.",
     "Neighbours alerted police, but not before the gang had fled with several cash boxes.", None),
    ("The charity said so.", "The non-profit group said so.", None),
    # "unbeaten" is a batter's "not out"
    ("The Union declared at 298 for seven, with wicketkeeper Anton Reece making an unbeaten 71.",
     "Wicketkeeper Anton Reece was not out on 71.", None),
    ("Reece was out for 71.", "Reece was not out.", {"cue": "not", "side": "reprint"}),
    # ... and runs "without loss" the same runs for no wicket
    ("Barbados reached 61 without loss in the powerplay.", "Barbados were 61-0 after the powerplay.", None),
    ("India were 61 for no loss at lunch.", "India were 61-0 at lunch.", None),
    ("Barbados reached 61 without losing a wicket.", "Barbados were 61 for 0.", None),
    ("Barbados reached 61 without loss, but the rain did not stop.", "Barbados were 61-0 and the rain stopped.",
     {"cue": "not", "side": "original"}),
    ("Barbados reached 61 without loss in the powerplay.", "Barbados were 61-2 after the powerplay.",
     {"cue": "without", "side": "original"}),
    # ... and "but not before" only where the other side tells the two the other way round, or says
    # "after"
    ("Police arrived, but not before the gang had fled.", "Police arrived before the gang had fled.",
     {"cue": "not", "side": "original"}),
    ("The blaze destroyed 40 homes before firefighters contained it.",
     "Firefighters contained the blaze, but not before it had destroyed 40 homes.", None),
    ("Police arrived after the gang had fled with the cash.",
     "Police arrived, but not before the gang had fled with the cash.", None),
    # "unbeaten" is no negation of another word
    ("Reece, unbeaten on 71, will resume batting on Monday.", "Reece, unbeaten on 71, will not resume batting on "
     "Monday.", {"cue": "not", "side": "reprint"}),
    ("The gang fled with several cash boxes before neighbours alerted police.",
     "Neighbours alerted police, but not until the gang had fled with several cash boxes.",
     {"cue": "not", "side": "reprint"}),
    # "the first ... since 2021" is "no ... since 2021", of the same thing since the same time; not
    # another thing, nor since another time
    ("The listing would be the first by a Cayman-domiciled reinsurer in New York since 2021.",
     "No Cayman-domiciled reinsurer has listed in New York since 2021.", None),
    ("It was the team's first win since 2009.", "The team had not lost since 2009.", {"cue": "not", "side": "reprint"}),
    ("It was the first strike since 2009.", "There has been no strike since 2012.", {"cue": "no", "side": "reprint"}),
    # ... of a first still to come (one that came ends the run), with no "first" on the other side,
    # and no other negation let through
    ("The company posted its first annual profit since 2019.", "The company has posted no annual profit since 2019.",
     {"cue": "no", "side": "reprint"}),
    ("It was the first strike at the port since 2009.", "It was not the first strike at the port since 2009.",
     {"cue": "not", "side": "reprint"}),
    ("The strike would be the first at the port since 2009 and was called off on Monday.",
     "The strike was not called off on Monday; there has been no strike at the port since 2009.",
     {"cue": "not", "side": "reprint"}),
])
def test_polarity_shift(original, reprint, shift):
    from mtaudit.checks.inversion import polarity_shift

    assert polarity_shift(original, reprint) == shift


def test_negation_added_and_contradiction_model_is_inverted():
    from mtaudit.checks.inversion import inversion_flags
    from mtaudit.config import Thresholds

    flags = inversion_flags("In some areas boiling water for a minute is enough.",
                            "In some areas it isn't sufficient to boil water for a minute.", 0.84, True, 0.95,
                            False, Thresholds(), strong=True)
    assert [(f.kind, f.check) for f in flags] == [("inverted", "negation-and-model")]
    # On a looser counterpart (a related story), a moved negation says little.
    assert inversion_flags("In some areas boiling water for a minute is enough.",
                           "In some areas it isn't sufficient to boil water for a minute.", 0.75, True, 0.95,
                           False, Thresholds(), strong=False) == []
    # Without the model's agreement, a moved negation is not enough.
    assert inversion_flags("In some areas boiling water for a minute is enough.",
                           "In some areas it isn't sufficient to boil water for a minute.", 0.84, True, 0.5,
                           False, Thresholds()) == []


#: Verbs and adjectives of the pairs below, as the tagger reads them.
PREDICATES = frozenset("""objected accepted opposed agreed declined suffered free left grounded doubted hard hurt
injured unharmed survived backed closed killed said claimed trust won lost were was""".split())


@pytest.mark.parametrize("original,reprint,turned", [
    ("None of the 14 council members objected to the plan.", "All 14 council members accepted the plan.", True),
    ("Neither of the two candidates agreed to a third debate.", "Both candidates declined a third debate.", True),
    ("Not one of the 18 patients suffered side effects.", "All 18 patients were free of side effects.", True),
    ("Not a single flight left Dublin on Sunday.", "Every flight was grounded in Dublin on Sunday.", True),
    ("Nobody doubted that a ceasefire would be hard.", "Everyone accepted that a ceasefire would be hard.", True),
    ("Neither side won the match.", "Both sides lost the match.", True),
    # the same verb said of the group: a plain reversal, whatever else changed
    ("None of the 14 council members objected to the plan.", "All 14 council members objected to the plan.", False),
    ("No passenger was hurt.", "Every passenger was hurt.", False),
    ("None of the passengers survived the crash.", "All the passengers survived the accident.", False),
    ("No schools were closed on Monday.", "All schools were closed on Tuesday.", False),
    ("Nobody was killed in the attack, police said.", "Everybody was killed in the attack, officials said.", False),
    ("No one has claimed responsibility for the attack.", "Each group has claimed responsibility for the assault.",
     False),
    # "not all", "no longer" and "each other" say no of no whole group
    ("Not all members objected to the plan.", "All members accepted the plan.", False),
    ("The two countries no longer trust one another.", "The two countries still trust each other.", False),
    ("The members did not object to the plan.", "The members accepted the plan.", False),
])
def test_a_quantifier_turned_with_what_is_said_of_the_group(original, reprint, turned):
    from mtaudit.checks.inversion import quantifier_turned

    assert quantifier_turned(original, reprint, PREDICATES) is turned


@pytest.mark.parametrize("reprint,conflict,expected", [
    # "none objected" / "all accepted": the two turns cancel, and the model reads no reversal
    ("All 14 council members accepted the plan to convert the old library.", 0.48, []),
    # ... or they add up, and it does
    ("All 14 council members opposed the plan to convert the old library.", 0.99, [("inverted", "negation")]),
    # without the model's reading, or with the same verb, it is a reversal
    ("All 14 council members accepted the plan to convert the old library.", None, [("inverted", "negation")]),
    ("All 14 council members objected to the plan to convert the old library.", 0.48, [("inverted", "negation")]),
])
def test_a_turned_quantifier_with_a_new_verb_is_the_models_to_read(reprint, conflict, expected):
    from mtaudit.checks.inversion import inversion_flags
    from mtaudit.config import Thresholds

    flags = inversion_flags("None of the 14 council members objected to the plan to convert the old library.",
                            reprint, 0.9, True, conflict, False, Thresholds(), strong=True, predicates=PREDICATES)
    assert [(f.kind, f.check) for f in flags] == expected


@pytest.mark.parametrize("original,reprint,expected", [
    # the verb of the quantifier's clause turned to its opposite: the two turns cancel, whatever
    # the model reads
    ("None of the 14 schools failed their fire safety checks, the council said.",
     "All 14 schools passed their fire safety checks, the council said.", []),
    ("None of the crew survived the crash.", "All the crew died in the crash.", []),
    # an opposite in another clause cancels nothing
    ("None of the 14 schools were inspected, and results rose.", "All 14 schools were inspected, and results fell.",
     [("inverted", "negation")]),
    # ... but only where each quantifier's own clause turns a word, with no negation come or gone
    ("None of the passengers survived, and none of the crew were injured.",
     "All the passengers died, and all the crew were injured.", [("inverted", "negation")]),
    ("None of the schools failed the inspection.", "All the schools did not pass the inspection.",
     [("inverted", "antonym")]),
    # an opposite that describes the group, not what is said of it, cancels nothing
    ("None of the new rules were approved.", "All of the old rules were approved.", [("inverted", "antonym")]),
    # "failed a test" is "did not pass" it, and "passed away" or a deadline passed is no pass
    ("The sprinter failed a drug test in May.", "The sprinter did not pass a drug test in May.", []),
    ("She died after her kidneys failed.", "She passed away after kidney failure.",
     [("inverted", "contradiction-model")]),  # the model's reading alone (0.99 here), no antonym
    ("The talks collapsed after the deadline passed on Friday.", "The talks failed after the deadline expired on "
     "Friday.", [("inverted", "contradiction-model")]),  # the model's reading alone (0.99 here), no antonym
    ("The bill passed on Tuesday by a vote of 52-48.", "The bill failed on Tuesday by a vote of 52-48.",
     [("inverted", "antonym")]),
    # "failed" the opposite of "passed" is no negation: a plain reversal
    ("Only three of the 20 applicants passed the fitness test.", "Only three of the 20 applicants failed the fitness "
     "test.", [("inverted", "antonym")]),
])
def test_a_turned_quantifier_with_an_opposite_verb_cancels(original, reprint, expected):
    from mtaudit.checks.inversion import inversion_flags
    from mtaudit.config import Thresholds

    flags = inversion_flags(original, reprint, 0.9, True, 0.99, False, Thresholds(),
                            {"died": "die", "survived": "survive", "failed": "fail", "passed": "pass",
                             "injured": "injure"}, strong=True,
                            predicates=PREDICATES | {"inspected", "rose", "fell", "failed", "passed", "died", "pass"},
                            verbs=frozenset({"failed", "passed", "pass", "survived", "died", "injured", "inspected",
                                             "rose", "fell", "approved", "cancelled", "collapsed", "expired"}))
    assert [(f.kind, f.check) for f in flags] == expected


@pytest.mark.parametrize("similarity,chrf,conflict,expected", [
    (0.84, 60.0, 0.95, [("drift", "major", "contradiction-model")]),  # close pair, conflict: major drift
    (0.75, 38.0, 0.95, []),  # a loose counterpart (a related story): the model alone says nothing
    (0.84, 60.0, 0.5, []),
])
def test_conflict_on_a_close_pair_is_major_drift(similarity, chrf, conflict, expected):
    from mtaudit.checks.drift import drift_flags, drift_score, is_comparable
    from mtaudit.config import Thresholds

    t = Thresholds()
    scores = {"similarity": similarity, "chrf": chrf, "conflict": conflict, "drift": drift_score(similarity, chrf)}
    flags = drift_flags(scores, t, is_comparable(similarity, chrf, t))
    assert [(f.kind, f.severity, f.check) for f in flags if f.severity == "major"] == expected


@pytest.mark.parametrize("sentence,words", [
    ("Turkey would take over custody of captured Islamic 国家 fighters.", ["国家"]),
    ("Werth had already won all four wichtigen tests at the first tournament.", ["wichtigen"]),
    ("Putting the tour online is also a grat way to share it.", []),  # a typo of "great"
    ("The regime staged a coup at the café.", []),  # loanwords English uses
    ("Stoltenberg met Grushko in Brussels.", []),  # names
    ("No moins than 20% of the water comes from the Amazon.", ["moins"]),  # common in French, near "moons"
    ("Rakfisk is en salazón trout left to ferment.", ["salazón"]),  # letters English does not write
    ("The border between South and Nordkorea was closed.", ["Nordkorea"]),  # a German noun
    ("In the late 70s I only saw this from loin.", []),  # English has the word too
    ("The Śląsk fans met the Tennet staff.", []),  # capitalised: names
    ("The contract ran pour 8 years and the museum had cloisonné vases.", []),
    # a local word in brackets after the English is a gloss; outside them it is not
    ("They found a fragment of a carved moonstone (sandakada pahana) there.", []),
    ("They found a fragment of a sandakada pahana there.", ["pahana"]),
    ("He said (nous refusons) and left.", ["nous"]),          # no gloss after a verb of saying
    ("The plan (nous refusons tout) would fail.", ["nous"]),  # nor words another language uses often
])
def test_untranslated_words(sentence, words):
    from mtaudit.checks.untranslated import untranslated_words

    hits = untranslated_words(sentence)
    assert [sentence[h.start:h.end] for h in hits] == words


@pytest.mark.parametrize("sentence,values,known,words", [
    # "loin" is English too, but French far more; where the model does not expect it, it was left in French.
    ("In the late seventies I only saw this from loin .", [5, 5, 5, 5, 5, 5, 5, 5, 5, 16, 1], (), ["loin"]),
    ("In the late seventies I only saw this from loin .", [5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 1], (), []),  # expected
    ("In the late seventies I only saw this from loin .", [5, 5, 5, 5, 5, 5, 5, 5, 5, 16, 1], ("loin",), []),
    ("The ship had trois main masts and sank .", [5, 5, 5, 20, 5, 5, 5, 5, 1], (), ["trois"]),
    ("The ship had three main masts and sank .", [5, 5, 5, 20, 5, 5, 5, 5, 1], (), []),  # English: a break
    ("The ship had Trois main masts and sank .", [5, 5, 5, 20, 5, 5, 5, 5, 1], (), []),  # capitalised: a name
    ("The wine was grown at the château there .", [5, 5, 5, 5, 5, 5, 20, 5, 1], (), []),  # not a shared word
])
def test_untranslated_in_context(sentence, values, known, words):
    from mtaudit.checks.untranslated import untranslated_in_context
    from mtaudit.config import Thresholds

    hits = untranslated_in_context(sentence, _words(sentence, values), Thresholds(), frozenset(known))
    assert [sentence[h.start:h.end] for h in hits] == words
    assert all(h.severity == "major" for h in hits)


def test_an_acronym_glued_to_a_name_by_lost_punctuation():
    assert name_matches("NATORussia", "Russia") and name_matches("NATORussia", "NATO")
    assert not name_matches("NATORussia", "Ukraine")


@pytest.mark.parametrize("group,place,same", [("Chinese", "China", True), ("Russian", "Russia", True),
                                              ("Vietnamese", "Vietnam", True), ("Israeli", "Israel", True),
                                              ("Chile", "China", False), ("Indonesian", "India", False)])
def test_demonyms(group, place, same):
    from mtaudit.checks.facts import is_demonym_of

    assert is_demonym_of(group, place) is same


@pytest.mark.parametrize("original,reprint,copy", [
    ("He said “no”.", 'He said  "no".', True),  # quote styles and spacing aside
    ("He said no.", "He said no!", False),
    ("He said no.", "he said no.", False),
    ("The talks ended.", "The talks did not end.", False),
])
def test_is_copy(original, reprint, copy):
    from mtaudit.checks.readings import is_copy

    assert is_copy(original, reprint) is copy


# --- repairs: the original's wording, or another form of a word, read by the language model ---

from mtaudit.checks.repairs import repairs_from_original, word_family  # noqa: E402


@pytest.mark.parametrize("original,reprint,repaired", [
    ("When a satellite in space receives a call.", "When a in satellite space receives a call.",
     "When a satellite in space receives a call."),
    ("Other topics on the agenda.", "Topics other on the agenda.", "Other topics on the agenda."),
    ("I don't know if you realise.", "Me don't know if you realise.", "I don't know if you realise."),
    ("She followed medical guidelines.", "She followed medically guidelines.", "She followed medical guidelines."),
    ("Most of the goods are free.", "Most among the goods are free.", "Most of the goods are free."),
    ("He preached on his farm.", "He preached on him farm.", "He preached on his farm."),
])
def test_repairs_from_the_original(original, reprint, repaired):
    assert repaired in {r.apply(reprint) for r in repairs_from_original(reprint, original)}


@pytest.mark.parametrize("original,reprint", [
    ("The Catry team won.", "The Catri team won."),            # names are the fact checks' business
    ("Catry said that the cases rose.", "Catri said that the cases rose."),  # at the start too
    ("The talks ended on Wednesday.", "The talks ended on Wednesday."),
    ("Prices rose sharply in May.", "In May, prices climbed steeply."),  # new wording, nothing to put back
    # the same words in American spelling are no slip
    ("The aid programme was organised by the centre.", "The aid program was organized by the center."),
    ("The defense lawyer met the defendant's family.", "The defence lawyer met the defendant's family."),
    # a negation contracted is no word form ("were not" / "weren't")
    ("The growth rates were not less than 10%.", "The growth rates weren't less than 10%."),
    # a word the original has in one of its places ("subjects in", "subjects of" on both sides)
    ("At least two subjects in science, or two subjects of language.",
     "At least 2 subjects in science, or 2 subjects of language."),
    # the order of an attribution is house style
    ("The earthquake had a magnitude of 6.4, officials say.", "The earthquake had a magnitude of 6.4, say officials."),
])
def test_no_repairs_where_nothing_departs_by_order_or_form(original, reprint):
    assert repairs_from_original(reprint, original) == []


@pytest.mark.parametrize("word,forms,not_forms", [
    ("announcement", {"announced", "announce"}, {"announcement"}),
    ("medically", {"medical"}, set()),
    ("evacuation", {"evacuated", "evacuate"}, set()),
    ("him", {"he", "his", "himself"}, {"her", "them"}),
    ("its", {"it", "itself"}, {"his"}),
])
def test_word_family(word, forms, not_forms):
    family = set(word_family(word))
    assert forms <= family and not family & not_forms


@pytest.mark.models
def test_a_sentence_without_original_gets_its_word_form_put_right():
    from mtaudit.backends.models import ModelSet
    from mtaudit.config import AuditConfig
    from mtaudit.scoring import CheckItem, run_checks

    sentences = ["The company has announcement that it will close two factories.",
                 "The company has announced that it will close two factories."]
    broken, clean = run_checks([CheckItem(s) for s in sentences], ModelSet(AuditConfig()), AuditConfig())
    repairs = [f for f in broken.flags if f.check == "lm-repair"]
    assert [(f.evidence["words"], f.evidence["suggestion"], f.evidence["from_original"]) for f in repairs] == \
        [("announcement", "announced", False)]
    assert not [f for f in clean.flags if f.check == "lm-repair"]


# --- wrong words: a thesaurus neighbour that reads far likelier ---------------------------------

from mtaudit.backends.tagger import Analysis, Token  # noqa: E402
from mtaudit.checks.repairs import repairs_by_synonym  # noqa: E402
from mtaudit.thesaurus import inflect, synonyms  # noqa: E402


@pytest.mark.parametrize("lemma,pos,expected", [
    ("bind", "VERB", {"stick", "tie", "bond"}),
    ("humming", "NOUN", {"hum"}),
    ("investment", "NOUN", {"investiture"}),
    ("Bind", "VERB", {"stick"}),  # looked up lower-cased
])
def test_thesaurus_synonyms(lemma, pos, expected):
    assert expected <= {word for word, _ in synonyms(lemma, pos)}


def test_thesaurus_lines_are_sorted_for_its_binary_search():
    from mtaudit.thesaurus import _lines

    lines = _lines()
    assert len(lines) > 40000 and lines == sorted(lines)


def test_thesaurus_ranks_follow_sense_order():
    ranks = [rank for _, rank in synonyms("bind", "VERB")]
    assert ranks == sorted(ranks) and ranks[0] == 0
    assert synonyms("zzzz", "NOUN") == () and synonyms("bind", "ADV") == ()


@pytest.mark.parametrize("lemma,tag,form", [
    ("buzz", "VBG", "buzzing"), ("make", "VBG", "making"), ("see", "VBG", "seeing"),
    ("limit", "NNS", "limits"), ("box", "NNS", "boxes"), ("country", "NNS", "countries"),
    ("day", "NNS", "days"), ("close", "VBD", "closed"), ("carry", "VBN", "carried"),
    ("play", "VBD", "played"), ("watch", "VBZ", "watches"), ("limit", "NN", "limit"), ("keen", "JJ", "keen"),
])
def test_inflect(lemma, tag, form):
    assert inflect(lemma, tag) == form


def _reading(sentence, tags, surprisal):
    """An analysis and a first reading of ``sentence``: ``tags`` and ``surprisal`` by word."""
    tokens, words, at = [], [], 0
    for word in sentence.rstrip(".").split():
        start = sentence.index(word, at)
        at = start + len(word)
        tag, pos, lemma = tags.get(word, ("DT", "DET", word.lower()))
        tokens.append(Token(word, start, at, tag, pos, lemma))
        words.append(WordSurprisal(word, start, at, surprisal.get(word, 2.0)))
    return words, Analysis(tuple(tokens), ())


SWAP = "The aircraft reported humming incidents near the border."
SWAP_TAGS = {"aircraft": ("NN", "NOUN", "aircraft"), "reported": ("VBD", "VERB", "report"),
             "humming": ("VBG", "VERB", "hum"), "incidents": ("NNS", "NOUN", "incident"),
             "border": ("NN", "NOUN", "border"), "The": ("DT", "DET", "the")}


@pytest.mark.parametrize("surprisal,known,expected", [
    ({"humming": 12.0}, frozenset(), {"buzzing"}),                   # the surprising word's neighbours in use
    ({"humming": 9.0}, frozenset(), set()),                          # not surprising enough
    ({"humming": 12.0}, frozenset({"humming"}), set()),              # the originals use it
    # the two most surprising words beyond their rarity ("incidents" has no neighbour in use)
    ({"humming": 12.0, "border": 14.0, "incidents": 13.0}, frozenset(), {"borderline", "margin", "perimeter", "edge"}),
    ({"humming": 16.0, "border": 14.0}, frozenset(), {"buzzing", "borderline", "margin", "perimeter", "edge"}),
    ({"The": 15.0}, frozenset(), set()),                             # the first word and function words
])
def test_repairs_by_synonym(surprisal, known, expected):
    words, analysis = _reading(SWAP, SWAP_TAGS, surprisal)
    repairs = repairs_by_synonym(words, analysis, known, floor=10.0)
    assert {r.replacement for r in repairs} == expected
    assert all(r.kind == "synonym" and not r.from_original for r in repairs)


def test_a_word_in_another_spelling_is_no_neighbour_to_try():
    """WordNet lists "orthopedic" beside "orthopaedic": the same word spelled another way, not a
    word of another sense."""
    sentence = "Four visiting orthopaedic surgeons will be brought in."
    tags = {"visiting": ("VBG", "VERB", "visit"), "orthopaedic": ("JJ", "ADJ", "orthopaedic"),
            "surgeons": ("NNS", "NOUN", "surgeon")}
    words, analysis = _reading(sentence, tags, {"orthopaedic": 14.0})
    assert "orthopedic" in {s for s, _ in synonyms("orthopaedic", "ADJ")}
    assert "orthopedic" not in {r.replacement for r in repairs_by_synonym(words, analysis, frozenset(), floor=10.0)}
    # ... nor are two spellings of one neighbour two neighbours
    words, analysis = _reading("The walls had a dull colour inside.", {"colour": ("NN", "NOUN", "colour")},
                               {"colour": 14.0})
    tried = [r.replacement for r in repairs_by_synonym(words, analysis, frozenset(), floor=10.0)]
    assert not {"colouring", "coloring"} <= set(tried)


def test_no_synonym_without_tags_or_for_names():
    words, _ = _reading(SWAP, SWAP_TAGS, {"humming": 12.0})
    assert repairs_by_synonym(words, None, frozenset(), floor=10.0) == []
    sentence = "Officials in Bind rejected it."
    words, analysis = _reading(sentence, {"Bind": ("NNP", "PROPN", "bind")}, {"Bind": 15.0})
    assert repairs_by_synonym(words, analysis, frozenset(), floor=10.0) == []


@pytest.mark.models
def test_a_word_of_the_wrong_sense_is_flagged_with_the_word_that_fits():
    from mtaudit.backends.models import ModelSet
    from mtaudit.config import AuditConfig
    from mtaudit.scoring import CheckItem, run_checks

    sentences = ["The central bank said inflation eased in the premature month and kept interest rates unchanged.",
                 "The central bank said inflation eased in the previous month and kept interest rates unchanged.",
                 # a rare word that is right: its commoner neighbours do not count against it
                 "Police said the fire began in the kitchen and quickly spread to the upper storeys of the house."]
    swapped, clean, rare = run_checks([CheckItem(s) for s in sentences], ModelSet(AuditConfig()), AuditConfig())
    found = [f for f in swapped.flags if f.check == "wrong-word"]
    assert [(f.kind, f.severity, f.evidence["words"], f.evidence["suggestion"]) for f in found] == \
        [("fluency", "minor", "premature", "previous")]
    assert found[0].evidence["gain"] >= found[0].evidence["threshold"]
    assert not [f for f in (*clean.flags, *rare.flags) if f.check == "wrong-word"]


@pytest.mark.parametrize("reprint,original,expected", [
    # a thesaurus neighbour in the original's slot: the original's word is read back
    ("Russia threatened a strike if its safety requirements are not met.",
     "Russia threatened a strike if its security demands are not met.", [("requirements", "demands")]),
    # an irregular form of the original's word, known by its lemma
    ("The ceremony was defended in Dubai on the 26th.", "The ceremony was held in Dubai on the 26th.",
     [("defended", "held")]),
    # the original has the word twice, the reprint once: one was replaced
    ("Safety of the neighborhood can only be achieved when forces withdraw from the region.",
     "Safety of the region can only be achieved when forces withdraw from the region.",
     [("neighborhood", "region")]),
    # a neighbour in another part of speech, or one the tagger reads as another ("said" as in
    # "the said contract"; "aforementioned" tagged a verb)
    ("Guterres aforementioned that the crisis is the largest threat.",
     "Guterres said that the crisis is the largest threat.", [("aforementioned", "said")]),
    ("Lin, the first choice winner in the team, thanked his teachers.",
     "Lin, the first prize winner in the team, thanked his teachers.", [("choice", "prize")]),
    # a comparative or a superlative too
    ("Tariffs will rise for the weightiest users.", "Tariffs will rise for the heaviest users.",
     [("weightiest", "heaviest")]),
    # the same word spelled another way is no swap
    ("The Ministry of Defence met in Geneva.", "The Ministry of Defense met in Geneva.", []),
    ("Their behaviour changed the plan.", "Their behavior changed the plan.", []),
    # the same sentence, a word the original also uses, and a word that is no neighbour: nothing
    ("Officials met in Geneva on Monday.", "Officials met in Geneva on Monday.", []),
    ("Officials met officials in Geneva.", "Officials saw officials in Geneva and met them.", []),
    ("Officials met late in Geneva on Monday.", "Officials dined in Geneva late on Monday.", []),
    # ... but in a sentence copied word for word but for that word, any word is read back
    ("Officials met in Geneva on Monday.", "Officials dined in Geneva on Monday.", [("met", "dined")]),
    # ... and any content word between the same two words on both sides, spelled either way
    ("The research analysed moon data from four stations.", "The study analyzed satellite data from four stations.",
     [("research", "study"), ("moon", "satellite")]),
    ("The company's existing shrub in Amhara has been idle.", "The company's existing plant in Amhara is idle.",
     [("shrub", "plant")]),
])
def test_repairs_by_original_word(tagger, reprint, original, expected):
    from mtaudit.checks.repairs import repairs_by_original_word

    analysis, original_analysis = tagger.analyse([reprint, original])
    repairs = repairs_by_original_word(reprint, original, analysis, original_analysis)
    assert [(reprint[r.start:r.end], r.replacement) for r in repairs] == expected
    assert all(r.kind == "synonym" and r.from_original for r in repairs)


@pytest.mark.parametrize("reprint,original,neighbour", [
    ("Russia threatened a strike if its safety requirements are not met.",
     "Russia threatened a strike if its security demands are not met.", True),
    ("Officials met in Geneva on Monday.", "Officials dined in Geneva on Monday.", True),  # the one word changed
    ("The research analysed moon data.", "The report analyzed satellite data.", False),
])
def test_the_originals_word_in_its_slot_only_needs_more_than_a_guess(tagger, reprint, original, neighbour):
    """The original's word where the reprint has no thesaurus neighbour of it, only between the same
    two words, needs more than a neighbour the original does not give (``slot_gain``)."""
    from mtaudit.checks.repairs import _needed, repairs_by_original_word
    from mtaudit.config import Thresholds

    analysis, original_analysis = tagger.analyse([reprint, original])
    (repair,) = [r for r in repairs_by_original_word(reprint, original, analysis, original_analysis)
                 if r.replacement not in ("report",)]
    assert repair.neighbour is neighbour
    t = Thresholds()
    assert _needed(repair, t) == (t.original_synonym_gain if neighbour else t.slot_gain)


def test_a_neighbour_the_story_uses_elsewhere_is_its_own_word(tagger):
    """The original's word is not read back where the reprint's neighbour of it is a word the
    originals use elsewhere ("the drive follows outbreaks", where the story's headline calls the
    campaign a "drive")."""
    from mtaudit.backends.lm import WordSurprisal, words
    from mtaudit.checks.readings import _words_of
    from mtaudit.checks.repairs import repairs_worth_reading
    from mtaudit.config import Thresholds

    reprint = "The minister said the drive follows outbreaks in 11 regions this year."
    original = "The minister said the campaign follows outbreaks in 11 regions this year."
    analysis, original_analysis = tagger.analyse([reprint, original])
    read = [WordSurprisal(w, a, b, 12.0 if w == "drive" else 1.0) for w, a, b in words(reprint)]

    def tried(story):
        return [r.replacement for r in repairs_worth_reading(reprint, original, read, Thresholds(), (),
                                                             analysis, _words_of(tuple(story)), original_analysis)
                if r.from_original]

    assert tried([original]) == ["campaign"]
    assert tried(["Tanzania to vaccinate 5 million children in measles drive", original]) == []


@pytest.mark.models
def test_a_swapped_word_is_flagged_with_the_originals_word():
    from mtaudit.backends.models import ModelSet
    from mtaudit.config import AuditConfig
    from mtaudit.scoring import Pair, score_pairs

    pairs = [Pair("swapped", "The release ceremony for the Expo mascots was held in Dubai on the 26th.",
                  "The release ceremony for the Expo mascots was defended in Dubai on the 26th."),
             # a near synonym that reads as well: no flag
             Pair("fine", "He said that the talks would go on next week in Vienna.",
                  "He stated that the talks would go on next week in Vienna.")]
    swapped, fine = score_pairs(pairs, ModelSet(AuditConfig()), AuditConfig())
    found = [f for f in swapped.flags if f.check == "wrong-word"]
    assert [(f.severity, f.evidence["words"], f.evidence["suggestion"], f.evidence["from_original"]) for f in found] \
        == [("major", "defended", "held", True)]  # the reprint says something else in the original's slot
    assert "the original's 'held'" in found[0].message and "Use the original's word" in found[0].message
    assert not [f for f in fine.flags if f.check == "wrong-word"]


def test_the_one_word_a_copied_sentence_changed_is_read_back_thesaurus_or_not():
    """A sentence copied word for word but for one word: the original's word is read back in its
    place, whether or not a thesaurus calls the two neighbours ("red tape" / "red ribbon"); a
    word that reads as well there is no finding."""
    from mtaudit.backends.models import ModelSet
    from mtaudit.config import AuditConfig
    from mtaudit.scoring import Pair, score_pairs

    original = ("The new rules are meant to cut red tape for small businesses seeking export licences, the trade "
                "minister said on Tuesday.")
    pairs = [Pair("ribbon", original, original.replace("red tape", "red ribbon")),
             Pair("reduce", original, original.replace("cut red tape", "reduce red tape"))]
    ribbon, reduce = score_pairs(pairs, ModelSet(AuditConfig()), AuditConfig())
    found = [f for f in ribbon.flags if f.check == "wrong-word"]
    assert [(f.severity, f.evidence["words"], f.evidence["suggestion"]) for f in found] == [("major", "ribbon", "tape")]
    assert not [f for f in reduce.flags if f.check == "wrong-word"]


@pytest.mark.parametrize("original,reprint,same", [
    ("A total of 1,592 offices took part.", "a total of 1592 offices took part", True),
    ("The U.S. does not agree, he said.", "The US doesn't agree, he said.", True),
    ("Prices rose 5 per cent in the defence sector.", "Prices rose 5% in the defense sector.", True),
    ("The U.S. does not agree.", "The US does agree.", False),
    ("Spain beat Italy.", "Italy beat Spain.", False),
    ("A total of 1,592 offices took part.", "A total of 1,529 offices took part.", False),
    # titles, streets and the hour written short or in full
    ("Sen. Warren spoke on Main St. at 12 p.m.", "Senator Warren spoke on Main Street at noon.", True),
    ("Sen. Warren spoke on Main St.", "Gov. Warren spoke on Main St.", False),
])
def test_same_wording_sets_house_style_aside(original, reprint, same):
    from mtaudit.checks.readings import same_wording

    assert same_wording(original, reprint) is same


@pytest.mark.models
def test_a_figure_written_without_its_thousands_separator_is_no_conflict():
    """The contradiction model reads "3,324 kilometers" / "3324 kilometers" as a reversal; a pair
    that only restyles its original is not given to it."""
    from mtaudit.backends.models import ModelSet
    from mtaudit.config import AuditConfig
    from mtaudit.scoring import Pair, score_pairs

    pair = Pair("restyled", "The State Grid said that the transmission distance from Zhundong to Wannan is "
                            "3,324 kilometers.",
                "The State Grid said that the transmission distance from Zhundong to Wannan is 3324 kilometers.")
    (result,) = score_pairs([pair], ModelSet(AuditConfig()), AuditConfig())
    assert "conflict" not in result.scores
    assert not [f for f in result.flags if f.severity in ("major", "critical")]


@pytest.mark.parametrize("original,reprint,expected", [
    # three or more words of the original out of order, between words in place
    ("Wei Siyu, representative of the Cambodian Chinese Council and President of the Chamber, spoke.",
     "Wei Siyu, representative of and Chinese the Council Cambodian President of the Chamber, spoke.",
     [("and Chinese the Council Cambodian", "the Cambodian Chinese Council and")]),
    ("Hong Kong is a good destination for American companies.",
     "Hong Kong is American destination a for good companies.",
     [("American destination a for good", "a good destination for American")]),
    # two words swapped are an "order" repair, not a scramble
    ("The company signed basic gains today.", "The company signed gains basic today.", []),
    # a question puts its verb first; a hyphenated word spaced out is the same words
    ("The proportion is always the same.", "Is the proportion always the same?", []),
    ("He was born to a Jewish working-class family.", "He was born to a working - class Jewish family.", []),
    # words the original does not have are no scramble
    ("The minister met the envoy in Geneva.", "The envoy was met by the minister in Geneva.", []),
    # phrases between commas the other way round: told another way, not scrambled
    ("Westmoor Rail's managing director, Simon Achebe, said the offer was fair.",
     "Simon Achebe, Westmoor Rail's managing director, said the offer was fair.", []),
])
def test_scrambles(original, reprint, expected):
    from mtaudit.checks.repairs import scrambles

    assert [(reprint[r.start:r.end], r.replacement) for r in scrambles(reprint, original)] == expected


@pytest.mark.models
def test_words_out_of_order_are_garbled_and_a_sentence_told_in_another_order_is_not():
    from mtaudit.backends.models import ModelSet
    from mtaudit.config import AuditConfig
    from mtaudit.scoring import Pair, score_pairs

    pairs = [Pair("scrambled", "Hong Kong is a good destination for American companies to do business thanks to "
                               "its good legal governance.",
                  "Hong Kong is American destination a for good companies to do business thanks to its good "
                  "legal governance."),
             # a run the original has in another order (so it is read in that order), reading as well
             Pair("reordered", "He said on Monday that the talks had failed.",
                  "He said that the talks had failed on Monday.")]
    scrambled, reordered = score_pairs(pairs, ModelSet(AuditConfig()), AuditConfig())
    found = [f for f in scrambled.flags if f.check == "lm-scramble"]
    assert [(f.kind, f.severity, f.evidence["suggestion"]) for f in found] == \
        [("garbled", "major", "a good destination for American")]
    assert "out of order" in found[0].message
    assert not [f for f in reordered.flags if f.severity in ("major", "critical")]
    assert not [f for f in reordered.flags if f.evidence.get("repair") == "scramble"]


def test_other_forms_of_a_word_the_original_uses_are_not_read():
    """A linked sentence's word in the form its original writes it is the original's choice: its
    other forms are not tried ("'collectives' reads better as 'collective'")."""
    from mtaudit.backends.lm import WordSurprisal, words
    from mtaudit.checks.repairs import repairs_worth_reading
    from mtaudit.config import Thresholds

    sentence = "Yesterday all the members of the collectives expressed their thanks."
    read = [WordSurprisal(w, a, b, 20.0 if w == "collectives" else 1.0) for w, a, b in words(sentence)]

    def tried(original):
        return [(r.replacement, r.kind) for r in repairs_worth_reading(sentence, original, read, Thresholds())]

    assert tried(None) == [("collective", "form"), ("collectively", "form")]
    assert tried("Yesterday all members of the groups expressed thanks.") == tried(None)
    assert tried("Yesterday the collectives and all their members expressed thanks.") == []


@pytest.mark.parametrize("sentence,follows,guessed", [
    ("Members of the collectives expressed their thanks to the staff.", False, True),
    ("Members of the collectives express thanks to staff", False, False),  # a headline: no closing punctuation
    ("Members of the collectives expressed their thanks to the staff and to everyone who had come to the hall "
     "that day to help", False, True),  # a sentence that lost its full stop: longer than a headline
    ("Members of the collectives expressed thanks", True, True),  # ... or after another sentence of its paragraph
    ("Members of the collectives will:", False, True),  # a lead-in to a list
    ("PHOTO: Members of the collectives express their thanks.", False, False),  # a photo caption
])
def test_a_headline_gets_no_guessed_forms(sentence, follows, guessed):
    """A headline's terse wording is no sentence to the model: its words' other forms are not
    guessed at, where a sentence's are."""
    from mtaudit.backends.lm import WordSurprisal, words
    from mtaudit.checks.readings import CheckItem, in_headline
    from mtaudit.checks.repairs import repairs_worth_reading
    from mtaudit.config import Thresholds

    read = [WordSurprisal(w, a, b, 20.0 if w == "collectives" else 1.0) for w, a, b in words(sentence)]
    headline = in_headline(CheckItem(sentence, follows_sentence=follows))
    assert bool(repairs_worth_reading(sentence, None, read, Thresholds(), headline=headline)) is guessed


@pytest.mark.parametrize("reprint,new", [
    ("July 26 (China News) - Hurricane Hanna landed in Texas.", []),  # "www.chinanews.com" in the original
    ("July 26 (China Daily) - Hurricane Hanna landed in Texas.", ["China Daily"]),
])
def test_a_name_the_original_gives_as_a_web_address_is_no_new_name(reprint, new):
    from mtaudit.checks.facts import fact_changes

    original = "Www.chinanews.com, July 26 - Hurricane Hanna landed in Texas, USA."
    entities = ([("Texas", "GPE"), ("USA", "GPE")], [(n, "ORG") for n in ("China News", "China Daily") if n in reprint]
                + [("Texas", "GPE")])
    found = [n for c in fact_changes(original, reprint, entities, across_kinds=True) if c["type"] == "name"
             for n in c["reprint"]]
    assert found == new


@pytest.mark.parametrize("original,reprint,entities,changed", [
    # a day of a month the tagger took for a person, and a sum in cedis it took for a product
    ("ACCRA, Oct 2 (CWS) - Farmers will be paid 48,000 cedis a tonne.",
     "Accra, 2 October - Farmers will be paid GH¢48,000 a tonne.", ([("Oct 2", "PERSON")], [("GH¢48,000", "PRODUCT")]),
     False),
    ("ACCRA, Oct 2 (CWS) - Farmers will be paid 48,000 cedis a tonne.",
     "Accra, 2 October - Farmers will be paid GH₵48,000 a tonne.", ([("Oct 2", "PERSON")], [("GH₵48,000", "PRODUCT")]),
     False),
    # ... where a person's name is one
    ("Farmers will be paid 48,000 cedis a tonne, Kwame Asante said.",
     "Farmers will be paid GH¢48,000 a tonne, Kofi Mensah said.",
     ([("Kwame Asante", "PERSON")], [("GH¢48,000", "PRODUCT"), ("Kofi Mensah", "PERSON")]), True),
    ("Farmers will be paid 48,000 cedis a tonne from Cocobod.", "Farmers will be paid GH¢48,000 a tonne.",
     ([("Cocobod", "ORG")], [("GH¢48,000", "ORG")]), False),
])
def test_a_day_of_a_month_or_a_sum_in_cedis_is_no_name(original, reprint, entities, changed):
    from mtaudit.checks.facts import fact_changes

    found = [c for c in fact_changes(original, reprint, entities, across_kinds=True) if c["type"] == "name"]
    assert bool(found) is changed, found
    assert all("GH" not in str(n) for c in found for n in c["reprint"])


@pytest.mark.parametrize("kind,from_original,needed", [
    ("synonym", False, "synonym_gain"), ("synonym", True, "original_synonym_gain"),
    ("form", True, "repair_gain"), ("order", False, "repair_gain"),
])
def test_the_gain_a_repair_needs(kind, from_original, needed):
    from mtaudit.checks.repairs import Repair, _needed
    from mtaudit.config import Thresholds

    t = Thresholds()
    assert _needed(Repair(0, 4, "word", kind, from_original), t) == getattr(t, needed)
    assert t.repair_gain < t.original_synonym_gain < t.synonym_gain


@pytest.mark.parametrize("original,reprint,changed", [
    # a title, a street or a company's suffix written short is the same name
    ([("Sen.", "PROPN"), ("Elizabeth Warren", "PERSON")], [("Senator", "PROPN"), ("Elizabeth Warren", "PERSON")], []),
    ([("Main St.", "FAC")], [("Main Street", "FAC")], []),
    ([("Buffalo-Pittsburgh Hwy", "FAC")], [("Buffalo-Pittsburgh Freeway", "FAC")], []),
    ([("Shao Wansheng Food Co.", "ORG")], [("Shao Wansheng Food Company", "ORG")], []),
    ([("Main St.", "FAC")], [("Main Ave.", "FAC")], [("place", ["Main St."], ["Main Ave."])]),
    # a rank before a name and its capitals
    ([("Superintendent Adebola Ogunleye", "ORG")], [("SP Adebola Ogunleye", "ORG")], []),
    ([("Deputy Superintendent Ravi Kumar", "PERSON")], [("DSP Ravi Kumar", "PERSON")], []),
    ([("Superintendent Ravi Kumar", "ORG")], [("SSP Ravi Kumar", "ORG")],
     [("organisation", ["Superintendent Ravi Kumar"], ["SSP Ravi Kumar"])]),  # another rank's capitals
    ([("Ukrainian Air Force", "ORG")], [("US Air Force", "ORG")],
     [("organisation", ["Ukrainian Air Force"], ["US Air Force"])]),
])
def test_names_written_short_are_the_same_names(original, reprint, changed):
    got = [(c["kind"], c["original"], c["reprint"]) for c in typed_name_changes(original, reprint)]
    assert got == changed


@pytest.mark.parametrize("original,reprint,dates", [
    ("The vote is set for Sept. 5 in Washington.", "The vote is set for Oct. 5 in Washington.",
     [(["september"], ["october"])]),
    ("The vote is set for Sept. 5 in Washington.", "The vote is set for September 5 in Washington.", []),
    ("Jan Smith voted on Monday.", "Jan Smith voted on Monday.", []),  # a name, not a month
    # a month named twice, once changed; and one of two mentions left out
    ("From July 2017 to July 2019 it grew.", "From August 2017 to July 2019 it grew.", [(["july"], ["august"])]),
    ("From July 2017 to July 2019 it grew.", "Up to July 2019 it grew.", []),
    # the day a dateline gives is no claim
    ("BANDAR SERI BEGAWAN, July 8 — It recorded 486 cases in the first half of the year.",
     "BANDAR SERI BEGAWAN - It recorded 486 cases between January and June.", []),
])
def test_months_written_short(original, reprint, dates):
    from mtaudit.checks.facts import fact_changes

    found = [(c["original"], c["reprint"]) for c in fact_changes(original, reprint) if c["type"] == "date"]
    assert found == dates


def test_a_short_form_full_stop_ends_no_sentence():
    from mtaudit.backends.grammar import GrammarFinding
    from mtaudit.checks.fluency import fluency_flags
    from mtaudit.config import Thresholds

    sentence = "The parade passed along Chang An Ave. after noon, and then. after that it ended."
    capital = [GrammarFinding(sentence.index("after"), sentence.index("after") + 5, "capitalization", "c", "m", "t"),
               GrammarFinding(sentence.rindex("after"), sentence.rindex("after") + 5, "capitalization", "c", "m", "t")]
    flags = fluency_flags(sentence, [], capital, None, frozenset(), Thresholds())
    assert [f.evidence["span"][0] for f in flags] == [sentence.rindex("after")]


def test_a_unit_on_its_figure_is_no_misspelling_and_a_short_sentence_no_word_salad():
    from mtaudit.backends.grammar import GrammarFinding
    from mtaudit.checks.fluency import fluency_flags
    from mtaudit.config import Thresholds

    sentence = "The deal is worth $2.3bn, a record."
    at = sentence.index("bn")
    flags = fluency_flags(sentence, [], [GrammarFinding(at, at + 2, "spelling", "s", "m", "t")], None, frozenset(),
                          Thresholds())
    assert flags == []
    # a mean surprisal of three words says little; of six it says the words do not fit
    for judged, salad in ((3, False), (6, True)):
        evidence = {"word": "dropped", "span": [11, 18], "word_score": 5.8, "mean": 4.6, "mean_without_word": 4.0,
                    "words_judged": judged, "unknown_words": []}
        flags = fluency_flags("Oil prices dropped almost 2 percent Monday.", [], [], evidence, frozenset(),
                              Thresholds())
        assert any(f.check == "lm-surprisal" for f in flags) is salad


def test_a_word_written_twice_is_a_slip_not_a_break():
    from mtaudit.checks.fluency import fluency_flags
    from mtaudit.checks.patterns import garble_patterns
    from mtaudit.config import Thresholds

    sentence = "An earthquake struck off the coast of of Chile on Saturday."
    at = sentence.index("of of") + 3
    patterns = garble_patterns(sentence)
    breaks = {"word": "of", "span": [at, at + 2], "break_score": 9.0, "alone": 9.0, "after_original": 16.0}
    flags = fluency_flags(sentence, patterns, [], None, frozenset(), Thresholds(), breaks)
    assert [(f.check, f.evidence.get("pattern")) for f in flags] == [("garble-pattern", "repeated-word")]
    assert "written twice" in flags[0].message
    # a break elsewhere is still one
    elsewhere = {**breaks, "word": "struck", "span": [14, 20]}
    assert [f.check for f in fluency_flags(sentence, patterns, [], None, frozenset(), Thresholds(), elsewhere)] == \
        ["garble-pattern", "lm-break"]


@pytest.mark.parametrize(("sentence", "judged", "not_judged"), [
    ("The bridge over the river was unsafe for trucks, said officials.", "unsafe", "officials"),
    ("The bridge over the river was unsafe for trucks, police said on Monday.", "unsafe", "police"),
    ("The bridge over the river was unsafe, and the trucks were slow.", "trucks", None),  # no attribution
    # one set off by commas inside the sentence, up to its verb
    ("Most of the total was wheat, ministry data showed, with barley making up most of the rest.", "barley",
     "ministry"),
    ("Employers added jobs, short of forecasts, payroll processor Halstead Payroll said in its report.", "report",
     "processor"),
    # ... not a subject before the comma, nor a clause of its own
    ("Kofi Mensah-Bonsu, an aviation analyst, said regional start-ups frequently have difficulty filling "
     "bigger aircraft.", "said", None),
    ("Prices have fallen from $9, which the docks on tension added a year earlier.", "docks", None),
])
def test_an_attribution_that_ends_a_sentence_is_not_read_for_word_salad(sentence, judged, not_judged):
    from mtaudit.backends.lm import WordSurprisal, words
    from mtaudit.checks.surprisal import normalised

    found = {w.text for w, _, _ in normalised([WordSurprisal(t, a, b, 5.0) for t, a, b in words(sentence)])}
    assert judged in found and (not_judged is None or not_judged not in found)


def test_a_name_given_once_less_hides_no_other_change():
    changes = typed_name_changes([("China", "GPE"), ("China", "GPE"), ("Smith", "PERSON")],
                                 [("India", "GPE"), ("China", "GPE"), ("Acme Corp", "ORG")], across_kinds=True)
    assert [(c["original"], c.get("counted", False)) for c in changes] == [(["Smith"], False), (["China"], True)]


@pytest.mark.parametrize("original,reprint,changed", [
    # two places or peoples English text names often, spelled alike: two names
    ([("Austria", "GPE")], [("Australia", "GPE")], [("place", ["Austria"], ["Australia"])]),
    ([("Australian", "NORP")], [("Austrian", "NORP")], [("group", ["Australian"], ["Austrian"])]),
    ([("Slovakia", "GPE")], [("Slovenia", "GPE")], [("place", ["Slovakia"], ["Slovenia"])]),
    # a people's word and its place, an alias, and people's names spelled two ways: one name
    ([("China", "GPE")], [("Chinese", "NORP")], []),
    ([("US", "GPE")], [("USA", "GPE")], []),
    ([("Mohammed", "PERSON")], [("Muhammad", "PERSON")], []),
])
def test_known_places_spelled_alike_are_two_places(original, reprint, changed):
    got = [(c["kind"], c["original"], c["reprint"]) for c in typed_name_changes(original, reprint)]
    assert got == changed


def test_known_places_spelled_alike_are_no_spelling_variant():
    from mtaudit.checks.facts import fact_changes

    changes = fact_changes("The minister flew to Austria.", "The minister flew to Australia.",
                           ([("Austria", "GPE")], [("Australia", "GPE")]))
    assert [(c["original"], c["reprint"], c.get("spelling", False)) for c in changes] == \
        [(["Austria"], ["Australia"], False)]
    spelled = fact_changes("Mohammed left.", "Muhammad left.", ([("Mohammed", "PERSON")], [("Muhammad", "PERSON")]))
    assert spelled == []


def test_a_clause_dropped_belongs_to_the_part_of_a_split_sentence_that_told_its_neighbours():
    from mtaudit.checks.readings import CheckItem
    from mtaudit.scoring import _in_this_sentence

    original = ("The board made 11 recommendations, including that all defects classed as urgent be checked by a "
                "second person within 48 hours.")
    first = "The board made 11 recommendations."
    second = "Every defect should be checked by a second person within 48 hours."
    (change,) = [c for c in fact_changes(original, f"{first} {second}") if c["type"] == "hedge"]
    assert change["hedge"] == "limit" and change["original"] == ["classed as urgent"]
    flag = Flag("fact", "major", "a limit dropped", "fact-hedge", change)
    assert not _in_this_sentence(flag, CheckItem(first, original, f"{first} {second}"))
    assert _in_this_sentence(flag, CheckItem(second, original, f"{first} {second}"))


@pytest.mark.parametrize(("original", "reprint", "flipped"), [
    # a pair too loose for word-by-word comparison whose negated clause the other side tells whole
    ("The court did not order a retrial.", "A retrial was ordered.", True),
    ("The court did not order a retrial.", "No retrial was ordered.", False),
    ("The court did not order a retrial.", "The judges said a retrial was not needed.", False),
    ("The company did not say why.", "The company said its profits rose.", False),  # one word is no clause
    ("Arsenal did not sign the striker.", "Chelsea signed the striker in January.", False),  # someone else did
    ("Germany has not released its figures.", "Germany released its figures on Monday.", True),
    ("The court did not order a retrial.", "A retrial was ordered by the appeal judges.", False),
])
def test_a_negation_flipped_in_a_loose_pair_with_its_clause_told_whole(original, reprint, flipped):
    from mtaudit.checks.inversion import inversion_flags
    from mtaudit.config import Thresholds

    lemmas = {"ordered": "order", "said": "say", "signed": "sign", "released": "release"}
    flags = inversion_flags(original, reprint, 0.6, False, None, False, Thresholds(), lemmas)
    # (what else changed in a loose pair may explain it: major, not critical)
    assert [(f.check, f.severity) for f in flags] == ([("negation", "major")] if flipped else [])


def test_a_negation_lost_belongs_to_the_part_of_a_split_sentence_that_told_what_it_negated():
    from mtaudit.checks.readings import CheckItem
    from mtaudit.scoring import _in_this_sentence

    original = ("The pill slowed the decline by 30 percent, researchers reported, though they cautioned that the "
                "drug had not yet been shown to prevent dialysis.")
    first = "The pill slowed the decline by 30%, researchers reported."
    second = "However, they cautioned that the drug had already been shown to prevent dialysis."
    shift = Flag("inverted", "major", "'not' is only in the original", "negation-and-model",
                 {"cue": "not", "side": "original", "conflict": 0.99})
    flip = Flag("inverted", "critical", "negation flipped", "negation",
                {"flips": [{"negated_in": "original", "cue": "not", "word": "shown"}]})
    for flag in (shift, flip):
        assert not _in_this_sentence(flag, CheckItem(first, original, f"{first} {second}"))
        assert _in_this_sentence(flag, CheckItem(second, original, f"{first} {second}"))


@pytest.mark.parametrize(("original", "reprint", "resolved"), [
    ("She said the company had changed suppliers.", "Kowalski said the company had changed suppliers.", True),
    ("She said the company had changed suppliers.", "Henning said the company had changed suppliers.", False),
    ("She said the company had changed suppliers.", "Mr Kowalski said the company had changed suppliers.", False),
    ("She said the company had changed suppliers.", "Kowalski said the company had shut.", False),
    # a verb of saying changed with who said it
    ('"We failed," she said.', '"We failed," Kowalski stated.', True),
    # by a given name the story gives ("Captain Rosli Harun" / "Capt Rosli")
    ("She said the company had changed suppliers.", "Amy said the company had changed suppliers.", True),
    ("She said the company had changed suppliers.", "Paul said the company had changed suppliers.", False),
    # the attribution turned round
    ("The company had changed suppliers, she said.", "The company had changed suppliers, said Ms Kowalski.", True),
    ("The company had changed suppliers, she said.", "The company had changed suppliers, said Mr Henning.", False),
])
def test_a_pronoun_resolved_as_the_story_names_the_person(original, reprint, resolved):
    from mtaudit.checks.changes import pronoun_resolved

    story = [f"Brightleaf president Amy Kowalski said the recall was voluntary. {original} Commissioner Paul Henning "
             "said more tests were needed."]
    assert pronoun_resolved(original, reprint, story) is resolved


@pytest.mark.parametrize(("reprint", "resolved"), [
    # a courtesy title before the whole name: each of its words is hers
    ('"Not yet," Ms Kabasinguzi said.', True),
    ('"Not yet," Ms Annet said.', True),
    ('"Not yet," Ms Nakato said.', False),
])
def test_a_pronoun_resolved_by_a_name_after_a_courtesy_title(reprint, resolved):
    from mtaudit.checks.changes import pronoun_resolved

    story = ["Ms Annet Kabasinguzi, the acting commissioner, said the outbreak could spread to Kabingo.",
             '"Not yet," she said.']
    assert pronoun_resolved(story[1], reprint, story) is resolved


def test_a_pronoun_is_not_a_party_named_after_a_courtesy_title():
    from mtaudit.checks.changes import pronoun_resolved

    story = ["Ms Ardern’s Labour Party won the vote.", "She said the result was historic."]
    assert not pronoun_resolved(story[1], "Labour said the result was historic.", story)
    assert pronoun_resolved(story[1], "Ms Ardern said the result was historic.", story)


@pytest.mark.parametrize(("original", "lost", "new", "named"), [
    # a name where the original says "she": the person the story named last
    ("She said the authority would not bring a prosecution.", [], ["Ms Lacey"], True),
    ("She said the authority would not bring a prosecution.", [], ["Mr Lacey"], False),  # another gender
    ("She said the authority would not bring a prosecution.", [], ["Ms Hartigan"], False),
    ("The authority would not bring a prosecution.", [], ["Ms Lacey"], False),  # the original names no one
    # a noun of nationality: the person the story gives it to
    ("The Dutchman dropped Quiroga in the final 800 metres.", ["Dutchman"], ["Vandemeulen"], True),
    ("The Dutchman dropped Quiroga in the final 800 metres.", ["Dutchman"], ["Quiroga"], False),
    ("The Colombian was dropped in the final 800 metres.", ["Colombian"], ["Quiroga"], True),
    ("Lacey dropped Quiroga in the final 800 metres.", ["Lacey"], ["Vandemeulen"], False),  # a name for a name
    ("Christian dropped Quiroga in the final 800 metres.", ["Christian"], ["Vandemeulen"], False),  # no "the"
    ("Their homes were destroyed, residents said.", [], ["Ms Lacey"], False),  # "their": no one person
    # a quotation that goes on from the sentence before: its speaker's
    ('"The brakes were not the problem."', [], ["Ms Lacey"], True),
    ('"The brakes were not the problem."', [], ["Ms Hartigan"], False),
    ('"The brakes were not the problem."', [], ["Vandemeulen"], False),   # named before, no speaker
])
def test_a_name_for_whom_the_original_refers_to(original, lost, new, named):
    from mtaudit.checks.changes import refers_to_the_person

    story = ["Dutch rider Joris Vandemeulen won the stage, and Colombian Andrés Quiroga and Christian Vandemeulen "
             "followed him. "
             "Gráinne Lacey, an inspector, said the brakes worked, as Vandemeulen knew. " + original]
    assert refers_to_the_person(original, lost, new, story) is named


def test_a_person_called_by_their_office_is_no_new_name():
    from mtaudit.checks.facts import typed_name_changes

    assert typed_name_changes([("Blake", "PERSON")], [("Health Secretary", "PERSON")]) == []
    assert typed_name_changes([("Blake", "PERSON")], [("Harper", "PERSON")]) != []


@pytest.mark.parametrize(("name", "spelled"), [
    ("MVP", True),    # "most valuable player"
    ("LPV", True),    # "limited preferential voting"
    ("TT", True),     # "Trinidad and Tobago": "and" skipped
    ("NRF", True),    # "the National Research Fund"
    ("MV", False),    # two capitals stand only for capitalised words ("most valuable")
    ("MVPS", False),
    ("Tobago", False),
    ("XYZ", False),
    ("ANC", False),   # "about NATO's counterproposal": a word of grammar, and capitals mixed with lower case
    ("PTN", False),   # "player, Trinidad": no short form runs across punctuation
    ("MoD", True),    # "Ministry of Defence": a skipped word kept in lower case
    ("MiD", False),
])
def test_a_short_form_the_original_spells_out(name, spelled):
    from mtaudit.checks.facts import spelled_out

    text = ("Sookdeo was named the tournament's most valuable player, Trinidad News said; he polled 11,482 votes "
            "under the limited preferential voting system. The Kings will represent Trinidad and Tobago, with a grant "
            "from the National Research Fund, about NATO's counterproposal, on a former Ministry of Defence site.")
    assert spelled_out(name, text) is spelled


@pytest.mark.parametrize(("original", "reprint", "changed"), [
    # a quote speaks of its own people: its speaker's "she" outside it is no change of theirs
    ('"This was an ordeal for a young man doing his job," the judge said.',
     '"This was an ordeal for a young man doing his job," she said.', None),
    ('"This was an ordeal for a young man doing his job," he said.',
     '"This was an ordeal for a young man doing his job," she said.', (["he"], ["she"])),
    ('"This was an ordeal for a young man doing his job," the judge said.',
     '"This was an ordeal for a young woman doing her job," the judge said.', (["his", "man"], ["her", "woman"])),
    # a quote's edges moved: the same person's gender turned all the same
    ("The minister said she would \"fight on\".", "The minister said \"he would fight on\".", (["she"], ["he"])),
    ('The mother said: "He was a quiet boy who loved his books."',  # the speaker outside a quote
     'The father said: "He was a quiet boy who loved his books."', (["mother"], ["father"])),
    ('The judge said the officer was "a young man doing his job".',  # "she" is the officer, not a speaker
     'The judge said she was "a young man doing his job".', (["his", "man"], ["she"])),
])
def test_a_gender_changed_inside_or_outside_a_quote(original, reprint, changed):
    from mtaudit.checks.facts import gender_change

    got = gender_change(original, reprint)
    assert (None if got is None else (got["original"], got["reprint"])) == changed


@pytest.mark.parametrize(("original", "reprint", "entities", "new"), [
    # a dateline says where the story was filed
    ("BELFAST, May 16 - A man who threatened a worker was jailed.",
     "A Co Antrim man who threatened a worker was jailed.",
     ([("BELFAST", "GPE")], [("Co Antrim", "GPE")]), []),
    ("A Belfast man who threatened a worker was jailed.", "A Co Antrim man who threatened a worker was jailed.",
     ([("Belfast", "GPE")], [("Co Antrim", "GPE")]), ["Co Antrim"]),
    ("BELFAST, May 16 - A man was jailed.", "LISBURN, May 16 - A man was jailed.",  # two datelines are compared
     ([("BELFAST", "GPE")], [("LISBURN", "GPE")]), ["LISBURN"]),
    ("BLANTYRE, Malawi (GNW) — A court jailed him.", "BLANTYRE — A court jailed him.",  # ... their places only
     ([("BLANTYRE", "GPE"), ("Malawi", "GPE"), ("GNW", "ORG")], [("BLANTYRE", "GPE")]), []),
    ("FREETOWN (GNW) - The ministry confirmed 87 cases.",
     "Freetown, Monday — The Ministry of Health confirmed 87 cases.",
     ([("Freetown", "GPE"), ("GNW", "ORG")], [("Freetown", "GPE"), ("Ministry of Health", "ORG")]), []),
    # a short form defined in brackets, and a sum in a currency's code, are no names
    ("A solar farm at Bukit Seraya opened.", "A solar farm run by Bukit Power Authority (BPA) opened.",
     ([("Bukit Seraya", "GPE")], [("BPA", "ORG")]), []),
    ("Members of the ruling party (ANC) walked out.", "Members of the ruling party (DA) walked out.",
     ([("ANC", "ORG")], [("DA", "ORG")]), ["DA"]),  # brackets after words that do not spell it
    ("NAIROBI (Reuters) - Talks resumed.", "NAIROBI (AFP) - Talks resumed.",  # agencies of two datelines
     ([("NAIROBI", "GPE"), ("Reuters", "ORG")], [("NAIROBI", "GPE"), ("AFP", "ORG")]), ["AFP"]),
    ("It was aired on NPR 1 on Monday.", "It was aired on BBC 1 on Monday.",
     ([("NPR 1", "ORG")], [("BBC 1", "ORG")]), ["BBC 1"]),
    ("It was shown on BBC 2 on Monday.", "It was shown on ITV 2 on Monday.",
     ([("BBC 2", "ORG")], [("ITV 2", "ORG")]), ["ITV 2"]),  # no sum in a currency's code
    ("The announcement was made by Li Yuan, a ministry spokesman.",
     "The announcement was made by Wang Wei, a ministry spokesman.",
     ([("Li Yuan", "PERSON")], [("Wang Wei", "PERSON")]), ["Wang Wei"]),  # a name ending in a word of money
    ("ABUJA, August 3 - The UK pledged 5 million dollars.", "ABUJA, August 3 - The US pledged 5 million dollars.",
     ([("ABUJA", "GPE"), ("UK", "GPE")], [("ABUJA", "GPE"), ("US", "GPE")]), ["US"]),  # "us" of "August"
    ("A man was arrested in Belfast on Monday.", "DERRY, May 16 - A man was arrested in Derry on Monday.",
     ([("Belfast", "GPE")], [("DERRY", "GPE"), ("Derry", "GPE")]), ["DERRY", "Derry"]),  # named after it too
    ("The Bukit Seraya farm cost $220 million.", "The farm cost $220 million (USD163 million).",
     ([("Bukit Seraya", "GPE")], [("USD163 million", "ORG")]), []),
    ("A Mauritius port official was jailed over crane bribes.", "Ex-port official jailed over Rs4.2m crane bribes",
     ([("Mauritius", "GPE")], [("Rs4.2", "ORG")]), []),
    ("It may release money from a Danish emergency fund.", "It may release money from a DKK25m emergency fund.",
     ([("Danish", "NORP")], [("DKK25", "ORG")]), []),
    ("Profit was 48 million dollars.", "Profit was US$48.2 million.", ([], [("US$48.2", "MONEY")]), []),
    # "US dollars" is a currency
    ("The MV Star cost Sh38.5 billion.", "The ferry cost Sh38.5 billion (about 14.8m US dollars).",
     ([("MV Star", "PRODUCT")], [("US", "GPE")]), []),
    ("The MV Star was built in Tanzania.", "The ferry was built in the US.",
     ([("MV Star", "PRODUCT"), ("Tanzania", "GPE")], [("US", "GPE")]), ["US"]),
    ("It is worth one British pound.", "It is worth one American dollar.",
     ([("British", "NORP")], [("American", "NORP")]), ["American"]),  # one currency for another
])
def test_names_of_a_dateline_or_a_currency_are_not_compared(original, reprint, entities, new):
    from mtaudit.checks.facts import fact_changes

    found = [n for c in fact_changes(original, reprint, entities, across_kinds=True) if c["type"] == "name"
             for n in c["reprint"]]
    assert found == new


def test_a_summit_named_with_its_number_is_no_sum():
    from mtaudit.checks.facts import fact_changes

    assert fact_changes("The pledge was made at COP26 in Glasgow.",
                        "The pledge was made at the Glasgow climate summit in 2021.") == []


@pytest.mark.parametrize(("reprint", "hedged"), [
    ("Only permit holders will be allowed to park in the bays.", False),  # the "may" that gives leave
    ("Only permit holders will park in the bays.", True),
    ("Only permit holders will park in the bays, and residents are allowed to appeal.", True),  # leave for another
])
def test_a_may_that_gives_leave(reprint, hedged):
    from mtaudit.checks.claims import hedge_change

    assert (hedge_change("Only permit holders may park in the bays.", reprint) is not None) is hedged


@pytest.mark.parametrize(("change", "headline", "original", "excused"), [
    # a figure the story gives elsewhere, counting another thing than the one lost
    ({"type": "number", "original": ["640"], "reprint": ["18.7m"]}, "£18.7m car park for Harbourview Reach",
     "Gibraltar to build 640-space car park", True),
    ({"type": "number", "original": ["21"], "reprint": ["12"]}, "Floods kill 12 in Kenya", "Floods kill 21 in Kenya",
     False),  # the same thing counted: a figure changed, whatever else the story counts
    ({"type": "number", "original": ["21"], "reprint": ["12"]}, "Kenya floods kill 12", "Kenya floods kill 21",
     False),  # nothing counted after either: the same thing
    ({"type": "number", "original": ["640"], "reprint": ["19.7m"]}, "£19.7m car park for Harbourview Reach",
     "Gibraltar to build 640-space car park", False),  # a figure the story does not give
    # a name across kinds that the story gives elsewhere; a person for a person is no summing up
    ({"type": "name", "original": ["Gibraltar"], "reprint": ["Harbourview Reach"]},
     "£18.7m car park for Harbourview Reach", "Gibraltar to build 640-space car park", True),
    ({"type": "name", "kind": "person", "original": ["Ruto"], "reprint": ["Odinga"]}, "Odinga wins election",
     "Ruto wins election", False),
])
def test_a_headline_sums_up_its_story(change, headline, original, excused):
    from mtaudit.checks.facts import _sums_up

    story = [original, "The car park at Harbourview Reach will cost an estimated 18.7 million pounds. Floods "
             "killed 21 people, and 12 were still missing on Monday, when Ruto thanked Odinga."]
    assert _sums_up(change, headline, original, story) is excused


@pytest.mark.parametrize(("text", "values"), [
    # a currency's letter on a grouped figure or one with its scale
    ("about M900 000 had been recovered", [900000.0]),
    ("stealing K186 million", [186e6]),
    ("up to R1,900", [1900.0]),
    # not a name with a number in it
    ("the A380 and the G7 summit on the M25", []),
    ("on the N2 300 metres from the plaza, in Q1 200 jobs", [300.0, 200.0]),
    ("He stole K186m", [186e6]),
    # a currency's two or three letters ("N" the naira's, "Rp", "RM", "TSh", "Tk")
    ("a bag sells for about N9,500", [9500.0]),
    ("paid Rp15,000 each, a fine of TSh500,000", [15000.0, 500000.0]),
    ("cost RM5.2 million and Tk500 crore", [5.2e6, 5e9]),
    ("N95 masks on the MH370 route", []),
    ("The G7 billionaires and an MP3 millionaire pledged", []),  # no scale
    # "m" for millions before what is counted, a plural; not metres
    ("jabs for 5.2m Tanzanian children and 1.5m barrels a day", [5.2e6, 1.5e6]),
    ("the 110m hurdles, a 2.5m wall, 8m tall and a 5m-long boat", [110.0, 2.5, 8.0, 5.0]),
    ("the 100m heats, 10m waves, and he jumped 8m towards them", [100.0, 10.0, 8.0]),
])
def test_a_figure_after_a_currency_letter(text, values):
    from mtaudit.checks.facts import number_mentions

    assert [v for v, *_ in number_mentions(text)] == values


@pytest.mark.parametrize(("text", "values"), [
    ("from the 2025-26 academic year", [2025, 2026]),  # a season's second year, its century left out
    ("in the 1999/00 season", [1999, 2000]),
    ("the 2025-2026 academic year", [2025, 2026]),
    ("won 2021-19 in overtime", [2021, 19]),  # not the next year
    ("a 21-19 win", [21, 19]),
])
def test_a_season_of_two_years(text, values):
    from mtaudit.checks.facts import number_mentions

    assert [v for v, *_ in number_mentions(text)] == values


@pytest.mark.parametrize(("text", "values"), [
    ("about a tenth of the carbon", [0.1]),
    ("less than one five-hundredth of the ocean floor", [0.002]),
    ("three-tenths of them and a hundredth of a second", [0.3, 0.01]),
    ("on the tenth of May, a tenth title in a row", []),  # ordinals, no shares
    ("missing for more than a century, half a decade later", [100, 5]),
    ("a century and a half of conflict, for a decade and a half, a quarter of a century ago", [150, 15, 25]),
    ("Smith scored a century", []),  # a cricketer's hundred runs, no span of time
    ("in the past decade and the 20th century", [20]),
])
def test_shares_in_tenths_and_spans_in_centuries(text, values):
    from mtaudit.checks.facts import number_mentions

    assert [round(v, 6) for v, *_ in number_mentions(text)] == values


@pytest.mark.parametrize(("original", "reprint", "new"), [
    ('"We will not allow it," said Principal Secretary Sipho Mavimbela.', '"We will not allow it," said the PS.', []),
    ("Captain Ronell Baptiste top-scored with 52.", "Skipper Ronell Baptiste top-scored with 52.", []),
    ('"We will not allow it," said Sipho Mavimbela.', '"We will not allow it," said Sipho Dlamini.', ["Sipho Dlamini"]),
    ("GM recalled 40,000 trucks.", "Ford recalled 40,000 trucks.", ["Ford"]),  # a company, not an office
])
def test_a_role_is_no_name(original, reprint, new):
    from mtaudit.checks.facts import typed_name_changes

    people = {"Sipho Mavimbela": "PERSON", "Sipho Dlamini": "PERSON", "PS": "ORG", "Captain": "PERSON", "GM": "ORG",
              "Ford": "ORG",
              "Skipper": "PERSON", "Ronell Baptiste": "PERSON", "Principal Secretary Sipho Mavimbela": "PERSON"}
    entities = [[(n, label) for n, label in people.items() if n in text] for text in (original, reprint)]
    found = [n for c in typed_name_changes(*entities, across_kinds=True) for n in c["reprint"]]
    assert found == new


def test_a_figure_the_story_gives_is_no_figure_made_exact():
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = "The cyclone damaged or destroyed hundreds of homes in the northern islands overnight."
    reprint = "The cyclone damaged or destroyed at least 340 homes in the northern islands overnight."
    flags = fact_flags(original, reprint, 0.95, True, [original], Thresholds())
    assert [f.evidence.get("made") for f in flags if f.check == "fact-number"] == ["exact"]
    story = [original, "Officials said 340 homes were damaged or destroyed."]
    assert not [f for f in fact_flags(original, reprint, 0.95, True, story, Thresholds()) if f.check == "fact-number"]
    # ... another figure of the sentence that the number's digits begin is no part of it
    dated = reprint.replace("overnight.", "overnight, officials said on 3 March.")
    assert not [f for f in fact_flags(original, dated, 0.95, True, story, Thresholds()) if f.check == "fact-number"]


@pytest.mark.parametrize(("bound", "body", "flagged"), [
    ("over", "aimed at reaching about 5.2 million children aged under five.", False),
    ("over", "aimed at reaching about 7 million children aged under five.", True),    # not the bound's
    ("over", "aimed at reaching about 5.2 million doses by the end of the year.", True),  # another thing
    ("under", "aimed at reaching about 5.2 million children aged under five.", True),  # past the bound
])
def test_a_figure_told_as_a_bound_may_be_given_as_the_story_gives_it(bound, body, flagged):
    """A headline that gives the story's own figure ("5.2m children") for one its original tells
    as a bound ("over 5 million children") changed no figure."""
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = f"Tanzania to vaccinate {bound} 5 million children in measles drive"
    reprint = "Measles jabs for 5.2m Tanzanian children in September push"
    story = [original, "Tanzania will begin a nine-day vaccination campaign " + body]
    flags = [f for f in fact_flags(original, reprint, 0.83, True, story, Thresholds()) if f.check == "fact-number"]
    assert bool(flags) is flagged


@pytest.mark.parametrize(("original", "reprint", "lost"), [
    # a common word the tagger took for a name where it opens the sentence, written in lower case
    # by the reprint, is lost from no one
    ("Earth barriers were built around the town.", "earthen barriers were built around Sandvogur.", []),
    ("Rice met Smith in Geneva.", "Rice met Jones in Geneva.", ["Smith"]),
    ("Rice met Smith in Geneva.", "Jones met Smith in Geneva.", ["Rice"]),  # not in lower case there
])
def test_a_sentences_first_word_the_reprint_writes_in_lower_case_is_no_lost_name(original, reprint, lost):
    from mtaudit.checks.facts import typed_name_changes

    typed = {"Earth": "LOC", "Rice": "PERSON", "Smith": "PERSON", "Jones": "PERSON", "Sandvogur": "GPE",
             "Geneva": "GPE"}
    entities = [[(n, label) for n, label in typed.items() if n in text] for text in (original, reprint)]
    found = [n for c in typed_name_changes(*entities, across_kinds=True, texts=(original, reprint))
             for n in c["original"]]
    assert found == lost


def test_a_name_of_another_kind_told_from_the_next_sentence_is_no_name_swapped():
    """A sentence told with part of the next ("Substitute Jonas Midtbø struck twice ... as
    Fjordby beat Tromsdal"), and the stadium it named left for another: no name swapped. A name
    of the same kind, from the sentence before, in place of the one lost is one."""
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    story = ["Fjordby won the Norwegian Cup on Sunday, beating Tromsdal 3-1 after extra time at Ullevaal Stadion.",
             "Substitute Jonas Midtbø scored twice in extra time, after the sides had finished 1-1."]
    reprint = ("Substitute Jonas Midtbø struck twice in extra time as Fjordby beat Tromsdal 3-1 on Sunday "
               "to lift the Cup.")
    typed = ((("Fjordby", "ORG"), ("Tromsdal", "ORG"), ("Ullevaal Stadion", "FAC")),
             (("Jonas Midtbø", "PERSON"), ("Fjordby", "ORG"), ("Tromsdal", "ORG")))
    assert not [f for f in fact_flags(story[0], reprint, 0.76, True, story, Thresholds(), typed)
                if f.check == "fact-name"]
    council = ["Local Government New Zealand, which represents the councils, supported the change.",
               "About 130,000 people would be eligible to vote under the change, according to the "
               "Electoral Commission."]
    swapped = ("According to Local Government New Zealand, about 130,000 people would be eligible to vote "
               "under the change.")
    typed = ((("Electoral Commission", "ORG"),), (("Local Government New Zealand", "ORG"),))
    assert [f.check for f in fact_flags(council[1], swapped, 0.8, True, council, Thresholds(), typed)] == ["fact-name"]


@pytest.mark.parametrize(("text", "place", "rest"), [
    ("Paris (AFP) - The French government said.", "Paris", "The French government said."),
    ("The Hague (Reuters) - A court ruled.", "The Hague", "A court ruled."),
    ("NEW DELHI: The government on Monday said.", "", "NEW DELHI: The government on Monday said."),  # a label too
    ("UPDATE: The government said.", "", "UPDATE: The government said."),      # a kicker
    ("NATO: Russia must withdraw.", "", "NATO: Russia must withdraw."),        # a short form a headline quotes
    ("Paris - The city said.", "", "Paris - The city said."),                  # title case needs a date or agency
    ("Police said: The man fled.", "", "Police said: The man fled."),
])
def test_datelines_with_an_agency_and_none_with_a_colon(text, place, rest):
    from mtaudit.checks.facts import dateline, without_dateline

    assert dateline(text)[0] == place
    assert without_dateline(text) == rest


@pytest.mark.parametrize(("story", "flagged"), [
    # the country the story names in other sentences, left out here, and names told elsewhere in it
    (["A court in Malawi jailed an accountant on Thursday. The Malawi Police Service said he stole K186 million."],
     False),
    (["A court in Malawi jailed an accountant on Thursday."], True),     # the only place the story names it
    (["A court in Malawi jailed an accountant on Thursday. The Bank of Malawi said."], True),   # another's name
])
def test_a_name_the_story_gives_elsewhere_left_out_is_no_swap(story, flagged):
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = "A court in Malawi jailed an accountant on Thursday."
    reprint = "A Blantyre court on Thursday jailed a former accountant at Mwanjati District Council."
    story = [text + " The Blantyre court heard that Mwanjati District Council lost the money." for text in story]
    entities = ([("Malawi", "GPE"), ("Thursday", "DATE")],
                [("Blantyre", "GPE"), ("Thursday", "DATE"), ("Mwanjati District Council", "ORG")])
    flags = [f for f in fact_flags(original, reprint, 0.9, True, story, Thresholds(), entities, 70.0)
             if f.check == "fact-name"]
    assert bool(flags) is flagged


def test_a_name_in_its_own_script_in_brackets_is_no_word_left_untranslated():
    from mtaudit.checks.untranslated import untranslated_words

    assert untranslated_words("It was led by professor Lin Chia-hao (林家豪) and 14 others.") == []
    assert untranslated_words("It was led by professor Lin Chia-hao（林家豪）and 14 others.") == []
    assert [h.name for h in untranslated_words("Islamic 国家 fighters attacked.")] == ["untranslated"]
    assert [h.name for h in untranslated_words("He said (这是不可接受的) the plan failed.")] == ["untranslated"]


def test_a_new_name_the_story_never_gives_is_a_swap_though_the_lost_one_is_told_elsewhere():
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = "Ruto announced the tariff cut after the meeting."
    reprint = "The tariff cut was announced after the meeting by Odinga."
    story = ["Ruto said the deal would help farmers. " + original]
    entities = ([("Ruto", "PERSON")], [("Odinga", "PERSON")])
    flags = fact_flags(original, reprint, 0.9, True, story, Thresholds(), entities, 70.0)
    assert [f.check for f in flags if f.check == "fact-name"] == ["fact-name"]


def test_the_day_of_a_dateline_is_no_figure_of_the_story():
    original = "CASTRIES, Saint Lucia, April 17 — The dam fell to 41 percent of capacity, its lowest in 16 years."
    assert fact_changes(original, "The dam fell to 41 per cent of capacity, its lowest in 16 years.") == []
    assert [c["reprint"] for c in fact_changes(original, "The dam fell to 41 per cent, its lowest in 17 years.")] \
        == [["17"]]
    # a place of more than one word ("Isle of Man", "Trinidad and Tobago")
    original = "DOUGLAS, Isle of Man, May 20 (Reuters) - The book was missing for 100 years."
    assert fact_changes(original, "The book, missing for 100 years, holds 58 songs.") == []


@pytest.mark.parametrize(("original", "reprint", "story", "flagged"), [
    # a share worked out on a figure of the pair or the story
    ("Vendors will pay $8,000 a month for a stall, half the amount originally proposed.",
     "Stalls will cost vendors $8,000 a month, down from the $16,000 originally proposed.", [], False),
    ("Vendors will pay $8,000 a month for a stall, half the amount originally proposed.",
     "Stalls will cost vendors $8,000 a month, down from the $18,000 originally proposed.", [], True),
    ("Officials hope the hospital will cut that figure by a third within five years.",
     "Officials hope the hospital will bring that figure down to 32 within five years.",
     ["The region's infant mortality rate is 48 deaths per 1,000 live births."], False),
    ("Officials hope the hospital will cut that figure by a third within five years.",
     "Officials hope the hospital will bring that figure down to 24 within five years.",
     ["The region's infant mortality rate is 48 deaths per 1,000 live births."], True),
    # by how much two figures of the story differ, where the original compares with no figure
    ("The market, funded by a $535,000 grant, will have space for about 450 stalls, fewer than the vendors affected.",
     "The market will have room for about 450 stalls, roughly 150 fewer than the vendors affected.",
     ["The council voted to move about 600 street vendors."], False),
    ("The market, funded by a $535,000 grant, will have space for about 450 stalls, fewer than the vendors affected.",
     "The market will have room for about 450 stalls, roughly 250 fewer than the vendors affected.",
     ["The council voted to move about 600 street vendors."], True),
    ("The market, funded by a $535,000 grant, will have space for about 450 stalls, fewer than the vendors affected.",
     "The market will have room for about 450 stalls, roughly 300 fewer than the vendors affected.",
     ["The council voted to move about 600 street vendors."], True),
    ("The market, funded by a $535,000 grant, will have space for about 450 stalls, 100 fewer than the vendors.",
     "The market will have room for about 450 stalls, roughly 150 fewer than the vendors.",
     ["The council voted to move about 600 street vendors."], True),
    # the difference of two figures both sides give, where the original compares them its own way
    # (the original's 38 told in another sentence of the reprint)
    ("Coral cover has recovered to 23 percent, up from 14 percent, but remains below the 38 percent of the 1990s.",
     "Coral cover has climbed back to 23%, nine percentage points higher than the 14% left after the bleaching.", [],
     False),
    ("Coral cover has recovered to 23 percent, up from 14 percent, but remains below the 38 percent of the 1990s.",
     "Coral cover has climbed back to 23%, seven percentage points higher than the 14% left after the bleaching.", [],
     True),
    # ... not a share of a share, nor a difference the original gave, nor one against another figure
    ("Coral cover has recovered to 23 percent, up from 14 percent, but remains below the 38 percent of the 1990s.",
     "Coral cover has climbed back to 23%, nine percent higher than the 14% left after the bleaching.", [], True),
    ("The hospital has 120 beds and 80 nurses, 15 more than last year.",
     "The hospital has 120 beds and 80 nurses, 40 more than last year.", [], True),
    ("The ruling party won 45 seats, nine more than in 2019, while the opposition took 33.",
     "The ruling party won 45 seats, 12 more than in 2019, while the opposition took 33.", [], True),
    # a part of something is no change by it, nor the other way round
    ("A third of the 1,200 employees will lose their jobs.", "About 800 of the 1,200 employees will lose their jobs.",
     [], True),
    ("The firm will cut a quarter of its 400 jobs.", "The firm will cut 300 of its 400 jobs.", [], True),
    ("The strike was backed by a quarter of the 800 workers.", "The strike was backed by 600 of the 800 workers.", [],
     True),
    ("Half of the 2000 workers went on strike.", "About 1,000 of the 2000 workers went on strike.", [], False),
    # a cut is no rise
    ("Officials hope the hospital will cut that figure by a third within five years.",
     "Officials hope the hospital will bring that figure down to 64 within five years.",
     ["The region's infant mortality rate is 48 deaths per 1,000 live births."], True),
    # "all but one" of a count the sentence gives before it
    ("The injured were taken to hospital. Four of them were later discharged.",
     "The five injured workers were taken to hospital; all but one were later discharged.", [], False),
    ("The injured were taken to hospital. Four of them were later discharged.",
     "The five injured workers were taken to hospital; all but two were later discharged.", [], True),
    # (a day is no count)
    ("Ten people were arrested on May 5 and four were charged.",
     "Ten people were arrested on May 5; all but one were charged.", [], True),
    ("Ten people were arrested on 5 May and four were charged.",
     "Ten people were arrested on 5 May; all but one were charged.", [], True),
    ("Police ended a 5-hour standoff and four were charged.",
     "Police ended a 5-hour standoff; all but one were charged.", [], True),
])
def test_a_figure_worked_out_from_the_story(original, reprint, story, flagged):
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    flags = [f for f in fact_flags(original, reprint, 0.9, True, [*story, original], Thresholds())
             if f.check == "fact-number"]
    assert bool(flags) is flagged


@pytest.mark.parametrize(("story", "name", "flagged"), [
    # the story names whom the original describes, with the words the reprint puts the name for
    ("Police spokesperson Superintendent Dipheko Motube said officers recovered P640,000.", "Supt Motube", False),
    ("\"We are still looking,\" said Dipheko Motube, the police spokesperson.", "Dipheko Motube", False),
    # not with other words, nor with only some of them
    ("The suspect, Dipheko Motube, was arrested on Friday.", "Supt Motube", True),
    ("Police constable Dipheko Motube said officers recovered P640,000.", "Supt Motube", True),
    # nor with words of a clause after the name, nor another person of the family name
    ("The suspect was named as Dipheko Motube, who police spokesperson Zweli Mokoena said was 34.", "Dipheko Motube",
     True),
    ("Police spokesperson Captain Sizwe Motube said the victim, Dipheko Motube, was 42.", "Dipheko Motube", True),
    # an initial for a given name, a description with no article
    ("Police spokesperson Superintendent Dipheko Motube said officers recovered P640,000.", "Supt D. Motube", False),
    ("\"We are still looking,\" said Dipheko Motube, police spokesperson.", "Dipheko Motube", False),
])
def test_a_name_for_whom_the_original_describes(story, name, flagged):
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = "The police spokesperson said investigators were looking into whether an employee had helped."
    reprint = f"{name} said investigators were looking into whether an employee had helped."
    flags = [f for f in fact_flags(original, reprint, 0.85, True, [story, original], Thresholds(),
                                   ([], [(name, "PERSON")]), 85.0) if f.check == "fact-name"]
    assert bool(flags) is flagged


def test_an_agency_in_the_dateline_is_a_credit_line():
    """The agency a dateline credits says who filed the story, no claim of it: another agency is a
    minor slip of the credit line, not a name changed. A place in brackets is a fact."""
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = "MILLBROOK, Ohio, Nov. 14 (Midwest Wire) - A 29-year-old man has been charged over copper thefts."
    reprint = "MILLBROOK, Ohio (WKTN) — A 29-year-old man has been charged over copper thefts."
    typed = ((("Midwest Wire", "ORG"), ("MILLBROOK", "GPE"), ("Ohio", "GPE")),
             (("WKTN", "ORG"), ("MILLBROOK", "GPE"), ("Ohio", "GPE")))
    (flag,) = fact_flags(original, reprint, 0.95, True, [original], Thresholds(), typed)
    assert (flag.check, flag.severity, flag.evidence["reprint"]) == ("credit-line", "minor", ["WKTN"])
    moved = reprint.replace("MILLBROOK", "DAYTON")
    changed = fact_flags(original, moved, 0.95, True, [original], Thresholds(),
                         (typed[0], (("WKTN", "ORG"), ("DAYTON", "GPE"), ("Ohio", "GPE"))))
    assert "fact-name" in [f.check for f in changed]
    goma = ("GOMA (DRC) — Rebels seized the town on Monday.", "GOMA (Rwanda) — Rebels seized the town on Monday.")
    placed = ((("GOMA", "GPE"), ("DRC", "GPE")), (("GOMA", "GPE"), ("Rwanda", "GPE")))
    assert [f.check for f in fact_flags(*goma, 0.95, True, [goma[0]], Thresholds(), placed)] == ["fact-name"]
    untyped = ((("GOMA", "GPE"), ("DRC", "PROPN")), (("GOMA", "GPE"), ("Rwanda", "PROPN")))
    assert [f.check for f in fact_flags(*goma, 0.95, True, [goma[0]], Thresholds(), untyped)] == ["fact-name"]
    # agencies of no kind the tagger knows
    loose = ((("Midwest Wire", "PROPN"), ("MILLBROOK", "GPE")), (("WKTN", "PROPN"), ("MILLBROOK", "GPE")))
    assert [f.check for f in fact_flags(original, reprint, 0.95, True, [original], Thresholds(), loose)] == \
        ["credit-line"]


def test_a_name_cut_to_its_short_form_is_no_name_changed():
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = ("The car park, on the site of a former Ministry of Defence workshop, will cost 18.7 million pounds, "
                "Transport Minister Elena Carreras said.")
    reprint = ("The Minister for Transport, Elena Carreras, said the car park, on the site of a former MoD workshop, "
               "will cost £18.7m.")
    typed = ((("Ministry of Defence", "ORG"), ("Elena Carreras", "PERSON")),
             (("Transport", "ORG"), ("Elena Carreras", "PERSON")))
    assert fact_flags(original, reprint, 0.9, True, [original], Thresholds(), typed) == []
    swapped = reprint.replace("MoD", "council")
    assert [f.check for f in fact_flags(original, swapped, 0.9, True, [original], Thresholds(), typed)] == ["fact-name"]
    # the short form beside another name of the same words is no cut
    other = "Officials at the Ministry of Finance denied the report, MoD sources said."
    assert [f.check for f in fact_flags("Officials at the Ministry of Defence denied the report.", other, 0.9, True,
                                        [other], Thresholds(), ((("Ministry of Defence", "ORG"),),
                                                                (("Ministry of Finance", "ORG"),)))] == ["fact-name"]


def test_a_short_form_both_sides_give_is_no_name_cut_short():
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = "The conference was sponsored by China Computer Federation (CCF) in Wuhan."
    reprint = "The conference was hosted by the China Computer Society (CCF) in Wuhan."
    typed = ((("China Computer Federation", "ORG"), ("Wuhan", "GPE")),
             (("China Computer Society", "ORG"), ("Wuhan", "GPE")))
    assert [f.check for f in fact_flags(original, reprint, 0.9, True, [original], Thresholds(), typed)] == ["fact-name"]


@pytest.mark.parametrize(("short", "name", "cut"), [
    ("MoD", "Ministry of Defence", True),
    ("CPC", "Communist Party of China", True),
    ("IP", "State Intellectual Property Administration", False),  # a part of it
    ("UNGA", "General Assembly of the United Nations", False),  # not in its order
])
def test_a_name_cut_short(short, name, cut):
    from mtaudit.checks.facts import _cut_short

    assert _cut_short(short, name) is cut


def test_a_name_told_with_the_sentence_next_to_its_original_is_no_new_name():
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    story = ["Justice Lucy Wambui issued conservatory orders on Tuesday.",
             "The petition raised weighty constitutional questions that could not wait, the judge said.",
             "The county will file its reply within 14 days."]
    original = story[1]
    reprint = ("Justice Lucy Wambui issued conservatory orders on Tuesday, saying the petition raised weighty "
               "constitutional questions that could not wait.")
    typed = ((), (("Lucy Wambui", "PERSON"),))
    assert fact_flags(original, reprint, 0.85, True, story, Thresholds(), typed) == []
    # ... nor the next sentence's name alone, in another role
    lawyer = ["The High Court issued conservatory orders on Tuesday.",
              "Lawyer Ahmednasir Abdullahi, for the petitioners, said the ruling was fair."]
    judge = "Justice Ahmednasir Abdullahi of the High Court issued conservatory orders on Tuesday."
    assert [f.check for f in fact_flags(lawyer[0], judge, 0.85, True, lawyer, Thresholds(),
                                        ((), (("Ahmednasir Abdullahi", "PERSON"),)))] == ["fact-name"]
    # ... nor its title and name for "police said"
    police = ["Three suspects were arrested on Tuesday night, police said.",
              "Interior Minister Kithure Kindiki praised the officers for their swift response."]
    minister = "Three suspects were arrested on Tuesday night, Interior Minister Kithure Kindiki said."
    assert [f.check for f in fact_flags(police[0], minister, 0.85, True, police, Thresholds(),
                                        ((), (("Kithure Kindiki", "PERSON"),)))] == ["fact-name"]
    # a name the story gives further away is a new name here
    far = ["Justice Lucy Wambui issued conservatory orders on Tuesday.", "The county opposed it.", *story[1:]]
    assert [f.check for f in fact_flags(original, reprint, 0.85, True, far, Thresholds(), typed)] == ["fact-name"]


def test_a_sum_is_no_name():
    from mtaudit.backends.tagger import Analysis, Entity, Token
    from mtaudit.checks.readings import named_items

    text = "Inspectors may issue fines of up to B$1,000 in Brunei Muara."
    tokens = tuple(Token(m.group(), m.start(), m.end(), "NNP" if m.group()[0].isupper() and m.start() > 0 else "NN",
                         "PROPN") for m in re.finditer(r"\S+(?<![.])", text))
    entities = (Entity("Brunei Muara", "GPE", text.index("Brunei"), text.index("Brunei") + len("Brunei Muara")),)
    assert named_items(Analysis(tokens, entities)) == (("Brunei Muara", "GPE"),)


@pytest.mark.parametrize("reprint,changed", [
    ("Revenue rose 15% to C$214M.", True),
    ("Revenue rose 5% to C$214M.", False),
    ("Revenue rose 5 per cent to C$214m.", False),
])
def test_figures_in_another_house_style_are_no_other_wording(reprint, changed):
    """A loose link (cosine under fact_similarity) is compared figure by figure where it shares
    its wording: figures in another house style ("5 percent" / "5%", "$214 million" / "C$214M")
    do not make it share less."""
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = "Revenue rose 5 percent to $214 million."
    flags = [f for f in fact_flags(original, reprint, 0.79, True, [original], Thresholds()) if f.check == "fact-number"]
    assert bool(flags) is changed


@pytest.mark.parametrize("reprint,changed", [
    ("Net interest margin slipped 13 bps to 3.92 per cent in the quarter from 4.05 per cent in the previous quarter.",
     False),
    ("Net interest margin slipped 13 basis points to 3.92 per cent in the quarter from 4.05 per cent in the previous "
     "quarter.", False),
    ("Net interest margin slipped 31 bps to 3.92 per cent in the quarter from 4.05 per cent in the previous quarter.",
     True),
])
def test_the_size_of_a_change_between_two_figures_both_sides_give_is_worked_out(reprint, changed):
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = ("The bank's net interest margin was 3.92% in the quarter, compared with 4.05% in the previous three "
                "months.")
    flags = [f for f in fact_flags(original, reprint, 0.75, True, [original], Thresholds()) if f.check == "fact-number"]
    assert bool(flags) is changed


@pytest.mark.parametrize("text,value", [
    ("It slipped 13 bps.", 0.13), ("It slipped 13bp.", 0.13), ("It slipped 13 basis points.", 0.13),
    ("It sold 13 BP sites.", 13.0),   # the company
])
def test_basis_points_are_hundredths_of_a_point(text, value):
    from mtaudit.checks.facts import number_mentions

    assert number_mentions(text)[0][0] == pytest.approx(value)


_STORY = ["Bangladesh garment workers to get 9% raise after weeks of protests, factory owners say",
          "Factory owners said the minimum wage would rise to 13,625 taka from 12,500 taka.",
          "Union leaders had demanded 20,000 taka and rejected the offer as inadequate."]


@pytest.mark.parametrize("headline, cue, expected", [
    # a part that sums up more of the story, with none of the original headline's words
    ("Factory owners offer 9% wage rise to garment workers; unions say it is not enough", "not", True),
    ("Factory owners offer 9% wage rise to garment workers; unions say it is not enough", None, True),
    ("Factory owners offer 9% wage rise - union leaders reject it", None, True),
    # ... not a headline of one part, nor a part that tells the original headline's words
    ("Garment workers will not get a 9% raise, factory owners say", "not", False),
    ("Owners offer 9% rise; garment workers not to get it after protests", "not", False),
    # ... nor a part of words the story does not give, nor a kicker of one word
    ("Factory owners offer 9% wage rise; strike called off in Gazipur", None, False),
    ("Unions: factory owners offer 9% wage rise to garment workers", None, False),
    # a negation written short is found in its part
    ("Factory owners offer 9% wage rise to garment workers; unions say it isn't enough", "not", True),
])
def test_a_headline_part_that_sums_up_the_story(headline, cue, expected):
    assert headline_part_added(headline, _STORY[0], _STORY, cue) is expected


def test_a_condition_dropped_is_read_in_a_pair_told_in_other_words():
    """Under the fact gate, a pair told in other words is still read for a condition it dropped
    (its own words show it), but not a headline, which leaves out what its story tells."""
    from mtaudit.checks.facts import fact_flags
    from mtaudit.config import Thresholds

    original = ("Construction is scheduled to begin after the monsoon next year, subject to final environmental "
                "clearance from the Ministry of Forests and Environment, and the plant is expected to start "
                "generating power by 2032.")
    reprint = "Work is due to start after next year's monsoon, and the plant is expected to start generating by 2032."
    flags = fact_flags(original, reprint, 0.79, True, [original], Thresholds())
    assert [(f.check, f.severity) for f in flags] == [("fact-hedge", "major")]
    assert "subject to final environmental clearance" in flags[0].message
    assert fact_flags(original, "Work to start after monsoon, plant to generate by 2032", 0.79, True, [original],
                      Thresholds()) == []
    assert fact_flags(original, reprint, 0.79, False, [original], Thresholds()) == []  # no counterpart
