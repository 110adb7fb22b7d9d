"""The unit a figure is given in: the same figure in another unit of one measure is a changed fact,
another way of writing one unit is not. Small tables of expected findings."""

from __future__ import annotations

import pytest

from mtaudit.checks.facts import number_mentions
from mtaudit.checks.units import unit_changes


@pytest.mark.parametrize(("original", "reprint", "expected"), [
    ("The storm dropped 10 inches of rain.", "The storm dropped 10 centimeters of rain.",
     [("length", ["10 inches"], ["10 centimeters"])]),
    ("The ship ran aground 12 nautical miles off the coast.", "The ship ran aground 12 kilometres off the coast.",
     [("length", ["12 nautical miles"], ["12 kilometres"])]),
    ("It agreed to pay $5 million to settle.", "It agreed to pay 5 million euros to settle.",
     [("money", ["$5 million"], ["5 million euros"])]),
    ("It spent 5 billion yuan.", "It spent 5 billion US dollars.",
     [("money", ["5 billion yuan"], ["5 billion US dollars"])]),
    ("Prices rose 2 per cent.", "Prices rose 2 percentage points.",
     [("share", ["2 per cent"], ["2 percentage points"])]),
    ("He won a 10-mile race.", "He won a 10-kilometer race.", [("length", ["10-mile"], ["10-kilometer"])]),
    ("The 45-year-old mayor resigned.", "The 45-month-old mayor resigned.", [("duration", ["45-year"], ["45-month"])]),
    ("It takes 40-50 days.", "It takes 40-50 weeks.", [("duration", ["40-50 days"], ["40-50 weeks"])]),
    ("$5 million was paid.", "5 million euros was paid.", [("money", ["$5 million"], ["5 million euros"])]),
    ("It lasted 6 to 8 weeks.", "It lasted 6 to 8 months.", [("duration", ["6 to 8 weeks"], ["6 to 8 months"])]),
    ("It weighed 5 pounds.", "It weighed 5 kilograms.", [("weight", ["5 pounds"], ["5 kilograms"])]),
    ("It reached 40 degrees Celsius.", "It reached 40 degrees Fahrenheit.",
     [("temperature", ["40 degrees Celsius"], ["40 degrees Fahrenheit"])]),
    ("Winds reached 120 km/h.", "Winds reached 120 mph.", [("speed", ["120 km/h"], ["120 mph"])]),
    ("It will reach 40C in Seville.", "It will reach 40 degrees Fahrenheit in Seville.",
     [("temperature", ["40C"], ["40 degrees Fahrenheit"])]),
    ("It will provide 2 trillion yen.", "It will provide 2 trillion yuan.",
     [("money", ["2 trillion yen"], ["2 trillion yuan"])]),
    ("The miner raised A$250 million.", "The miner raised US$250 million.",
     [("money", ["A$250 million"], ["US$250 million"])]),
    # one unit written another way
    ("Winds reached 120 km/h.", "Winds reached 120 kilometres per hour.", []),
    ("It reached 40°C.", "It reached 40 degrees Celsius.", []),
    ("Prices rose 2 percent.", "Prices rose 2%.", []),
    ("It is 5 km away.", "It is 5 kilometres away.", []),
    ("It spent 5 billion yuan.", "It spent RMB 5 billion.", []),
    ("It spent US$5 million.", "It spent $5 million.", []),
    ("It raised A$5 million.", "It raised $5 million.", []),  # a dollar sign alone is any dollar
    ("It raised A$5 million.", "It raised 5 million dollars.", []),
    ("The air force has 4 C-17s.", "The air force has 4 F-16s.", []),  # a capital before a hyphen is no degree
    ("It raised 5 million Australian dollars.", "It raised A$5 million.", []),
    ("It reached 40C.", "It reached 40 degrees Celsius.", []),
    ("It spent $5 million.", "It spent $5m.", []),
    ("The ship was 5m long.", "The ship was 5 meters long.", []),  # a letter alone is no unit ("$5m")
    ("It marks 70 years of progress.", "It marks seven decades of progress.", []),
    # a unit on one side only, or figures of other measures: nothing to compare
    ("It spent 5 billion yuan.", "It spent 5 billion.", []),
    ("In 5 years it rose 5 percent.", "In 5 years it rose 5 points.", [("share", ["5 percent"], ["5 points"])]),
    ("It passed 5 amendments.", "It passed 5 laws.", []),  # no units: the number check's business
    # a figure given twice in one unit, once changed
    ("He worked for 3 months and behaved well for 3 months.", "He worked for 3 years and behaved well for 3 months.",
     [("duration", ["3 months"], ["3 years"])]),
    ("He worked for 3 months and behaved well for 3 months.", "He worked and behaved well for 3 months.", []),
])
def test_unit_changes(original, reprint, expected):
    found = unit_changes(original, number_mentions(original), reprint, number_mentions(reprint))
    assert [(c["measure"], c["original"], c["reprint"]) for c in found] == expected



@pytest.mark.parametrize(("original", "reprint", "expected"), [
    ("Polls close at 8 p.m. on Tuesday.", "Polls close at 8 a.m. on Tuesday.", [(["8 p.m."], ["8 a.m."])]),
    ("The quake struck at 3:15 a.m.", "The quake struck at 3:50 a.m.", [(["3:15 a.m."], ["3:50 a.m."])]),
    # one time on two clocks, or in other words
    ("Polls close at 8 p.m.", "Polls close at 8pm.", []),
    ("Polls close at 8 p.m.", "Polls close at 20:00.", []),
    ("The meeting began at 8:30 p.m.", "The meeting began at 2030 GMT.", []),
    ("It starts at 12 p.m.", "It starts at noon.", []),
    ("Bedtime is from 22: 00 to 23: 00.", "Bedtime is from 22:00 to 23:00.", []),
    ("It opens from 9 am to 11 pm.", "It opens from 27 am to 11 pm.", [(["9 am"], ["27 am"])]),
    # a clock as British papers write it, and figures that end in "am" or "pm" but are no times
    ("It struck at 3:42 a.m. local time.", "It struck at 3.42am local time.", []),
    ("It struck at 3:42 a.m. local time.", "It struck at 4.42am local time.", [(["3:42 a.m."], ["4.42am"])]),
    ("Version 4.2am was released at 8 p.m.", "Version 4.5am was released at 8 p.m.", []),
    ("Rent is £4.50pm and opens at 8 p.m.", "Rent is £5.50pm and opens at 8 p.m.", []),
    # a time on one side only, and figures that are no times
    ("It starts at 8 p.m. on Friday.", "It starts on Friday.", []),
    ("They won 3-1 and passed 5 amendments.", "They won 3-1 and passed 5 amendments.", []),
])
def test_time_changes(original, reprint, expected):
    from mtaudit.checks.units import clock_times, time_changes

    found = time_changes(clock_times(original)[1], clock_times(reprint)[1])
    assert [(c["original"], c["reprint"]) for c in found] == expected


@pytest.mark.parametrize(("original", "reprint"), [
    ("The polls close at 8 p.m. on Tuesday.", "The polls close at 20:00 on Tuesday."),
    ("The meeting began at 8:30 p.m. local time.", "The meeting began at 20:30 local time."),
])
def test_a_time_on_another_clock_is_no_changed_figure(original, reprint):
    from mtaudit.checks.facts import fact_changes

    assert fact_changes(original, reprint) == []


@pytest.mark.parametrize(("text", "values"), [
    ("A third of the voters stayed home.", [1 / 3]),
    ("One-third of the voters stayed home.", [1 / 3]),
    ("Two thirds of them left.", [2 / 3]),
    ("A quarter of the staff left.", [0.25]),
    ("It was the third attack.", [3]),        # an ordinal, no fraction
    ("Half of the voters stayed home.", [0.5]),
    # a change told as a share
    ("Sales fell by half.", [0.5]),
    ("The drought halved the harvest.", [0.5]),
    ("One and a half million people live there.", [1_500_000]),
    ("It took two and a half years.", [2.5]),
    ("He scored in half a dozen matches.", [6]),
    ("Half a million people came.", [500_000]),
    ("The flight was delayed by half an hour.", []),  # a time, no share
    ("The accounts were audited by a third party.", [3]),  # an ordinal
    ("The country was split into two halves.", [2]),
    ("Costs were cut by about a third.", [1 / 3]),
    ("The catch was roughly a third less than last year.", [1 / 3]),  # a share before a comparative
    ("They scored a quarter more goals.", [0.25]),
    ("He finished third, more than a minute behind.", [3]),
    ("They will build a third larger depot.", [3]),  # an ordinal
    ("It is a third larger than last year's.", [1 / 3]),
    ("It slowed the decline by a quarter over 18 months.", [18, 0.25]),
    ("She reduced the sentence by one third because of his plea.", [1 / 3]),
    ("They cut fares by half to 20 dollars.", [20, 0.5]),
    ("More than half the votes were counted.", [0.5]),
    ("Sales rose in the second half of the year.", []),  # a part of the year, no share
    ("He left at half time.", []),
    ("One in three voters stayed home.", [1 / 3]),
    ("He sold 5 in 2019 and left.", [5, 2019]),  # no share
    ("Profits rose in the third-quarter report.", []),  # an ordinal, no fraction
    # one more share of the kind
    ("Payments will be cut by a further fifth next year.", [0.2]),
    ("Payments will be cut by another third.", [1 / 3]),
])
def test_fractions_in_words(text, values):
    assert [round(v, 4) for v, *_ in number_mentions(text)] == [round(v, 4) for v in values]


@pytest.mark.parametrize(("original", "reprint", "changed"), [
    # a score told from either side: the first name before it says whose it is
    ("Bristol City lost 1-3 to Leeds at Ashton Gate.", "Leeds beat Bristol City 3-1 at Ashton Gate.", False),
    ("Elena Petrova beat Laura Smith 6-3, 6-4 on Wednesday.",
     "Laura Smith lost 3-6, 4-6 to Elena Petrova on Wednesday.", False),
    ("Leeds beat Bristol City 3-1 on Saturday.", "Leeds beat Bristol City 1-3 on Saturday.", True),
    ("Coach Ana Duarte said Leeds beat Bristol City 3-1.", "Leeds beat Bristol City 1-3, coach Ana Duarte said.", True),
    ("In Manchester, Leeds beat Bristol City 3-1.", "Leeds beat Bristol City 1-3 in Manchester.", True),
    ("Bristol City lost 1-3 to Leeds.", "Leeds lost 3-1 to Bristol City.", True),  # the loser swapped
    ("The Yankees won 7-2.", "The Yankees won 2-7.", True),  # at the end of a sentence too
    ("The rate is 5.25-5.5 percent.", "The rate is 5.5-5.25 percent.", False),  # decimals are no score
    # a total told in one, or in its parts
    ("Four adults and three children were killed.", "Seven people, among them three children, were killed.", False),
    ("The plane carried 180 passengers and six crew.", "The plane had 186 people on board including six crew.",
     False),
    ("Four adults and three children were killed.", "Eight people were killed.", True),
    ("Four adults and three children were killed.", "Seven children were killed.", True),  # a kind's count
    ("The plane carried 180 passengers and six crew.", "The plane carried 186 passengers and six crew.", True),
    ("Four dead and three wounded.", "Seven dead.", True),  # what befell them differs
    ("Between 20 and 30 people died.", "Between 20 and 50 people died.", True),  # a range, no total
    ("Children aged 5 and 12 were hurt.", "Children aged 5 and 17 were hurt.", True),
    ("On 3 and 4 March it rained.", "On 7 March it rained.", True),
    ("Rates of 2 and 3 percent.", "Rates of 5 percent.", True),
    # a scale written short is its scale ("€2.3bn"), "m" only after a currency sign
    ("Net profit was 2.3 billion euros.", "Net profit came in at €2.3bn.", False),
    ("Net profit was €2.3bn.", "Net profit was €2.3 million.", True),
    ("It cost $5m.", "It cost $50 million.", True),
    ("He won the 100m sprint.", "He won the 100 metres sprint.", False),
    # basis points are hundredths of a percentage point
    ("The Fed raised rates by a quarter of a percentage point.", "The Fed raised rates by 25 basis points.", False),
    ("The Fed raised rates by 25 basis points.", "The Fed raised rates by 0.25 percentage points.", False),
    ("The Fed raised rates by 25 basis points.", "The Fed raised rates by 25 percentage points.", True),
    ("The Fed raised rates by 25bp.", "The Fed raised rates by 50bp.", True),
    ("BP said 3 BP sites closed.", "BP said 3 of its sites closed.", False),  # a company, no basis points
    # a share out of so many
    ("Nine out of 10 adults used it.", "90% of adults used it.", False),
    ("Nine out of 10 adults used it.", "Eight out of 10 adults used it.", True),
    ("A third of the voters backed it.", "33% of the voters backed it.", False),
    ("Half of the voters backed it.", "50 percent of the voters backed it.", False),
    ("Two-thirds of the voters backed it.", "67 percent of the voters backed it.", False),
    ("Half of the voters backed it.", "A third of the voters backed it.", True),
    ("A third of respondents backed it.", "One in three respondents backed it.", False),
    ("One in three respondents backed it.", "One in four respondents backed it.", True),
    ("Half of the 40 voters backed it.", "Half of the 50 voters backed it.", True),  # a share is no count
    ("Prices rose 0.3 percent.", "Prices rose 30 percent.", True),  # a decimal is no share in words
    # a count told by what it leaves out
    ("Ninety percent of the homes lost power.", "All but 10 percent of the homes lost power.", False),
    ("37 of the 40 miners were rescued.", "All but three of the 40 miners were rescued.", False),
    ("All but three of the 40 miners were rescued.", "Only three of the 40 miners were rescued.", True),
    ("The deal is all but dead after 3 days.", "The deal is all but dead after three days.", False),
    ("1,195 of the 1,200 workers were rehired.", "All but five of the 1,200 workers were rehired.", False),
    ("About 1 in 10 adults has it.", "About 10% of adults have it.", False),
    ("About 1 in 10 adults has it.", "About 20% of adults have it.", True),
    # a span of time in another unit is the same figure
    ("It ended three weeks of debate.", "It ended 21 days of debate.", False),
    ("It ended three weeks of debate.", "It ended 20 days of debate.", True),
    ("It will decide within 14 days.", "It will decide within two weeks.", False),
    ("It imposed a 48-hour curfew.", "It imposed a two-day curfew.", False),
    ("It imposed a three-day curfew.", "It imposed a four-day curfew.", True),
    # a count joined to what it counts
    ("A gang of four, wearing helmets, entered.", "A four-strong gang wearing helmets entered.", False),
    ("A gang of four, wearing helmets, entered.", "A five-strong gang wearing helmets entered.", True),
    ("The one-time champion retired.", "The former champion retired.", False),
    # a change told by its size, ending at the same figure
    ("The pension age will rise from 66 to 67.", "The pension age will rise by one year to 67.", False),
    ("Rates rose from 4.25% to 4.5%.", "Rates rose by 0.25 percentage points to 4.5%.", False),
    ("Rates rose from 4.25% to 4.5%.", "Rates rose by 0.5 percentage points to 4.5%.", True),
    ("Unemployment fell by 2 points to 5 percent.", "Unemployment fell from 7 percent to 5 percent.", False),
    ("Unemployment fell by 2 points to 5 percent.", "Unemployment fell from 8 percent to 5 percent.", True),
    ("The jobless rate moved from 5% to 4%.", "The jobless rate moved up by one point to 4%.", True),
    ("It was built in the twenty-first century.", "It was built in the 21st century.", False),
])
def test_a_share_in_words_is_its_percentage(original, reprint, changed):
    from mtaudit.checks.facts import fact_changes

    assert any(c["type"] == "number" for c in fact_changes(original, reprint)) == changed


@pytest.mark.parametrize(("text", "plain"), [
    ("The deal is worth $1,200 million.", "The deal is worth $1.2 billion."),
    ("The deal is worth 1.2 billion US dollars.", "The deal is worth $1.2 billion."),
    ("Polls close at 20:00 or 2000 GMT.", "Polls close at 8 p.m. or 8 p.m. GMT."),
    ("Revenue rose 8% to €4.3bn.", "Revenue rose 8 percent to €4.3 billion."),
    ("Revenue rose 8 per cent to 4.3 billion euros.", "Revenue rose 8 percent to €4.3 billion."),
    ("A loss of £3.2m, 3.2 million pounds, US$250 and A$5bn.",
     "A loss of £3.2 million, £3.2 million, $250 and A$5 billion."),
    ("He weighed 200 pounds.", "He weighed 200 pounds."),
    ("It will invest ¥1tn in Japan, or 1 trillion yen.", "It will invest ¥1 trillion in Japan, or ¥1 trillion."),
    ("It will invest 1 trillion yuan.", "It will invest ¥1 trillion."),
    ("It sold 8 million pounds of chicken.", "It sold 8 million pounds of chicken."),  # a weight
    ("Seven thousand troops over the next fortnight.", "7000 troops over the next two weeks."),
    ("7,000 troops over the next 2 weeks.", "7000 troops over the next two weeks."),
    # a space between thousands, as South African and other house styles write it; a sum with its
    # currency word before the thing it prices
    ("Around 48 000 fans, 1 250 000 people; in 2024 300 people.", "Around 48000 fans, 1.25 million people; in 2024 "
     "300 people."),
    ("A 9.4 billion euro budget and a 5 million dollar house.", "A €9.4 billion budget and a $5 million house."),
    ("48 000 euros; R250 000; the 20 euro zone countries; Euro 2024; 3 dollar-denominated bonds.",
     "€48000; R250 000; the 20 euro zone countries; Euro 2024; three dollar-denominated bonds."),
    ("By June 30 500 jobs; the S&P 500 200-day average.", "By June 30 500 jobs; the S&P 500 200-day average."),
    # a unit goes on only after a tens word; a number after a share starts another phrase
    ("Up from one in ten three decades ago.", "Up from 10 percent three decades ago."),
    ("Twenty-five people and twenty three others.", "25 people and 23 others."),
    ("One in three first-time buyers rents.", "33 percent of first-time buyers rents."),
    ("1,200,000 people, 1.2 million people and 1200 thousand people.",
     "1.2 million people, 1.2 million people and 1.2 million people."),
    ("A dozen eggs, two hundred and fifty thousand, a million.", "12 eggs, 250000, 1 million."),
    ("Half a dozen eggs, half a million people.", "six eggs, 500000 people."),
    ("The 2 men, 3 percent, $4 more, at 5 p.m., 6-7 and 8.5 points.",
     "The two men, 3 percent, $4 more, at 5 p.m., 6-7 and 8.5 points."),
    ("A twenty-one-year-old man, one of them, in 2030, at 5.25-5.5 per cent.",
     "A 21-year-old man, one of them, in 2030, at 5.25-5.5 percent."),
    ("Three in four voters agreed; one in five adults; nine out of 10 used it.",
     "75 percent of voters agreed; 20 percent of adults; 90 percent used it."),
    ("One in three voters, a third of voters; he scored two in 10 minutes.",
     "33 percent of voters, 33 percent of voters; he scored two in 10 minutes."),
    ("Between three and four hours, two hundred and fifty, a 5 km walk.",
     "Between three and four hours, 250, a 5 km walk."),
    ("Two-thirds of voters, half of them, in the first half of the year.",
     "67 percent of voters, 50 percent of them, in the first half of the year."),
    ("About a quarter of people, one quarter of the people, one-third of them.",
     "About 25 percent of people, 25 percent of the people, 33 percent of them."),
    ("In the third quarter of 2023 and the final quarter of the year.",
     "In the third quarter of 2023 and the final quarter of the year."),
    ("A 100m sprint and 3-1 win in the 1990s.", "A 100m sprint and 3-1 win in the 1990s."),
    # lakhs and crores in international figures, a range's scale once
    ("It fell to 2.18 lakh tonnes, 10.5-11 lakh in the year; Rs 4,500 crore.",
     "It fell to 218000 tonnes, 1.05 million-1.1 million in the year; Rs 45 billion."),
    ("Rs 1.5 lakh crore and Rs34 crore.", "Rs 1.5 trillion and Rs340 million."),
    ("Each family gets Tk1 crore; the highest award was Tk15 lakh, or BDT 2 crore.",
     "Each family gets Tk10 million; the highest award was Tk1.5 million, or BDT 20 million."),
    ("For no less than 3 months, not more than 12 people.", "For at least three months, at most 12 people."),
    ("It was one-fifth contained, two-thirds full; a fifth of voters; a fifth straight win.",
     "It was 20 percent contained, 67 percent full; 20 percent of voters; a fifth straight win."),
])
def test_figures_as_the_contradiction_model_reads_them(text, plain):
    from mtaudit.checks.plain import figures_plain

    assert figures_plain(text) == plain


@pytest.mark.parametrize(("original", "reprint", "changed"), [
    ("The polls close at 9 a.m. EST.", "The polls close at 9 a.m. PST.", True),
    ("It starts at 8 p.m. Beijing time on Monday.", "It starts at 8 p.m. GMT on Monday.", True),
    # one zone written two ways, or the same moment in two zones
    ("The polls close at 2000 GMT.", "The polls close at 8 p.m. UTC.", False),
    ("The polls close at 9 a.m. EST.", "The polls close at 9 a.m. Eastern time.", False),
    ("It opens at 0600 GMT (3 p.m. Tokyo time).", "It opens at 3 p.m. Tokyo time (0600 GMT).", False),
    # "local time" may be any zone; a zone one side leaves unsaid is no other zone
    ("The market closes at 4 p.m. local time.", "The market closes at 4 p.m. EST.", False),
    ("It opens at 3 p.m. GMT.", "It opens at 3 p.m.", False),
    # letters after a time that name no zone
    ("He had a 3 p.m. CT scan, then a 4 p.m. MT session.", "He had a 3 p.m. PT session.", False),
])
def test_a_time_of_day_in_another_zone_is_another_moment(original, reprint, changed):
    from mtaudit.checks.facts import fact_changes

    assert any(c["type"] == "time" for c in fact_changes(original, reprint)) == changed


@pytest.mark.parametrize(("original", "reprint", "shown"), [
    ("It imposed a 48-hour curfew.", "It imposed a two-day curfew.", "It imposed a 48-hour curfew."),
    # one span of the original for one of the reprint's, and none the reprint gives as written
    ("It lasted two weeks.", "It lasted a fortnight and 14 days.", "It lasted two weeks and 14 days."),
    ("Seven days in care and 21 days in hospital.", "Three weeks in care and 21 days in hospital.",
     "Three weeks in care and 21 days in hospital."),
    ("A three-month term.", "A 90-day term.", "A three-month term."),
    # the same unit written another way, and a span the original does not give, stay as written
    ("A 48-hour curfew.", "After 48 hours, a three-day curfew.", "After 48 hours, a three-day curfew."),
    ("Two hundred days.", "Two hundred days.", "Two hundred days."),
    # a larger unit and a smaller told together are one span ("two hours and 51 minutes")
    ("He won in two hours and 51 minutes.", "He won in 171 minutes.", "He won in two hours and 51 minutes."),
    ("The flight took 90 minutes.", "The flight took an hour and 30 minutes.", "The flight took 90 minutes."),
    ("The flight took 90 minutes.", "The flight took an hour and 20 minutes.",
     "The flight took an hour and 20 minutes."),
    ("She won in two hours and three minutes.", "She won in 120 minutes.", "She won in 120 minutes."),  # exact
    # a half on a span's count
    ("It will take 18 months.", "It will take one and a half years.", "It will take 18 months."),
    ("It will take 18 months.", "It will take a year and a half.", "It will take 18 months."),
    ("It will take 18 months.", "It will take two and a half years.", "It will take two and a half years."),
    # two spans apart, not one ("two years, six months of it suspended")
    ("He was jailed for two years, six months of it suspended.", "He was jailed for 30 months.",
     "He was jailed for 30 months."),
    ("Talks lasted two days and three hours.", "Talks lasted 51 hours.", "Talks lasted two days and three hours."),
    ("Talks lasted three hours and two days.", "Talks lasted 51 hours.", "Talks lasted 51 hours."),  # smaller first
    # each end of a range with its unit once
    ("Recovery takes two to four weeks.", "Recovery takes 14 to 28 days.", "Recovery takes two weeks to four weeks."),
    ("Recovery takes two to four weeks.", "Recovery takes 14-28 days.", "Recovery takes two weeks to four weeks."),
    ("The trial lasts ten weeks.", "The 8-10 week trial.", "The 8-10 week trial."),  # no end put back
    # a length or weight in another unit, a conversion rounded
    ("If the water rises another 18 inches.", "If the water rises another 1.5 feet.",
     "If the water rises another 18 inches."),
    ("The storm moved 5 miles inland.", "The storm moved 8 km inland.", "The storm moved 5 miles inland."),
    ("The storm moved 5 miles inland.", "The storm moved 12 km inland.", "The storm moved 12 km inland."),
    # a rate's change in basis points or percentage points, a part of one counted in words
    ("It raised rates by 50 basis points.", "It lifted rates by half a percentage point.",
     "It lifted rates by 50 basis points."),
    ("It raised rates by 25 basis points.", "It lifted rates by half a percentage point.",
     "It lifted rates by half a percentage point."),
    # an area in another unit, a figure in groups of thousands
    ("The fire burned about 1,800 hectares of forest.", "The fire burnt some 18 square kilometres of forest.",
     "The fire burnt about 1,800 hectares of forest."),  # (with the original's word of rounding)
    ("The fire burned about 1,800 hectares of forest.", "The fire burnt some 28 square kilometres of forest.",
     "The fire burnt some 28 square kilometres of forest."),
    ("The estate covers 500 acres.", "The estate covers 202 hectares.", "The estate covers 500 acres."),
    # a distance at sea in nautical miles
    ("They met about 60 nautical miles south of Malta.", "They met some 111 kilometres south of Malta.",
     "They met about 60 nautical miles south of Malta."),
    ("They met about 60 nautical miles south of Malta.", "They met some 60 miles south of Malta.",
     "They met some 60 miles south of Malta."),
    ("It claims a 200-nautical-mile zone.", "It claims a 370-kilometre zone.", "It claims a 200-nautical-mile zone."),
    # a converted measure with its word of rounding, thousands set apart by a space, a scale word
    ("The mine is 3,100 metres above sea level.", "The mine is about 10 200 feet above sea level.",
     "The mine is 3,100 metres above sea level."),
    ("The zone covers 3.4 million square kilometres.", "The zone covers 1.3 million square miles.",
     "The zone covers 3.4 million square kilometres."),
    ("The zone covers 3.4 million square kilometres.", "The zone covers 2.3 million square miles.",
     "The zone covers 2.3 million square miles."),
    ("It stands on a 1.8-hectare site.", "It stands on an 18,000 square metre site.",
     "It stands on an 1.8-hectare site."),
    # a speed in knots, kilometres or miles an hour
    ("It can reach 32 knots.", "It can reach about 59 km/h.", "It can reach 32 knots."),
    ("It can reach 32 knots.", "It can reach about 79 km/h.", "It can reach about 79 km/h."),
    ("The wind reached 120 km/h.", "The wind reached 75 mph.", "The wind reached 120 km/h."),
    # the same unit: compared as written
    ("The mine is about 3,100 metres up.", "The mine is 3,100 metres up.", "The mine is 3,100 metres up."),
    # a year's last three months are its fourth quarter
    ("Earnings should recover in the final three months of the year.", "Earnings should recover in the fourth quarter.",
     "Earnings should recover in the final three months of the year."),
    ("Earnings should recover in the fourth quarter.", "Earnings should recover in the last three months of the year.",
     "Earnings should recover in the fourth quarter."),
    ("Earnings should recover in the final three months of the year.", "Earnings should recover in the first quarter.",
     "Earnings should recover in the first quarter."),
    # (not a fiscal year's quarter, nor another year's)
    ("Revenue rose 4 percent in the fourth quarter of its fiscal year, which ended in June.",
     "Revenue rose 4 percent in the last three months of the year.",
     "Revenue rose 4 percent in the last three months of the year."),
    ("Sales rose in the first three months of last year.", "Sales rose in the first quarter of this year.",
     "Sales rose in the first quarter of this year."),
    ("Earnings should recover in the final three months of the year.",
     "Earnings should recover in the fourth quarter of the year.",
     "Earnings should recover in the final three months of the year."),
])
def test_a_span_of_time_is_shown_to_the_model_as_the_original_gives_it(original, reprint, shown):
    from mtaudit.checks.units import spans_as_original

    assert spans_as_original(original, reprint) == shown


@pytest.mark.parametrize("text,plain", [
    ("rose 4,5% to N$13,20 on Wednesday", "rose 4.5% to N$13.20 on Wednesday"),   # a share and a sum's cents
    ("cost R4,50 each", "cost R4.50 each"),
    ("a €2,99 fee", "a €2.99 fee"),
    ("a R250,000 fine", "a R250,000 fine"),                      # a thousands group: three digits
    ("paid $12,50,000", "paid $12,50,000"),                      # lakh grouping
    ("the 12,20 and 30 pages", "the 12,20 and 30 pages"),        # no currency sign, no scale
    ("bread $1,99, milk $2,49", "bread $1.99, milk $2.49"),      # a list of sums
])
def test_decimal_commas_of_shares_and_cents_read_as_points(text, plain):
    from mtaudit.checks.units import decimal_points

    assert decimal_points(text) == plain
