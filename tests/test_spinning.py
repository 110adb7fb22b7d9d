"""What spinning does to copy: quotes given in other words, figures made vague, scores and
directions turned round. Small tables of expected findings (the tagger-backed check of verbs of
taking runs with the real tagger)."""

from __future__ import annotations

import pytest

from mtaudit.checks.facts import fact_changes, fact_flags, ordinal_changes, range_changes, vague_changes
from mtaudit.checks.quotes import change_kind, quote_flags
from mtaudit.checks.quoting import quoted_spans
from mtaudit.checks.roles import direction_flags
from mtaudit.config import Thresholds
from mtaudit.verdict import settle

ORIGINAL = ('"There is a real risk of a new armed conflict in Europe," Stoltenberg said. "We are clear-eyed. '
            'So we also conveyed a message to Russia that if they use military force there will be severe '
            'consequences."')
SHERMAN = ('Sherman said the fears make no sense, given that "they are a powerful country" with a vast '
           'arsenal. "The fact that they feel threatened by Ukraine," which is none of those things, '
           '"is hard to understand," she said.')
SAID = 'He said: "There is no real risk of new armed conflicts in Europe."'


@pytest.mark.parametrize(("text", "quoted"), [
    ('He said "we will win" today.', ["we will win"]),
    ("“We will win,” he said. “Nobody doubts it.”", ["We will win,", "Nobody doubts it."]),
    ("So we sent the message to Russia.” he added", ["So we sent the message to Russia."]),  # began earlier
    ('She said: "This goes on', ["This goes on"]),  # goes on in the next sentence
    ("No quotes at all.", []),
    ("It's the team’s ball.", []),  # apostrophes are no quote marks
])
def test_quoted_spans(text, quoted):
    assert [text[a:b] for a, b in quoted_spans(text)] == quoted


def _findings(sentence, counterpart=None, originals=(ORIGINAL, SHERMAN)):
    return [(f.evidence["change"], [(c["original"], c["reprint"]) for c in f.evidence["changes"]])
            for f in quote_flags(sentence, counterpart, list(originals))]


@pytest.mark.parametrize(("sentence", "counterpart", "expected"), [
    # the same words, quote marks, case and hyphens aside: no change
    ("“We are clear eyed,” Stoltenberg said.", None, []),
    # a shorter passage, or a gap the reprint marks, is no change
    ('He said "there will be severe consequences".', None, []),
    ('She said: "You are a powerful country." ', None, [("person", [("they", "You")])]),
    # (the rest of the quote copied word for word: altered, not translated anew)
    ('“We have clear eyes. So we also conveyed a message to Russia,” he said.', ORIGINAL,
     [("altered", [("are clear-eyed", "have clear eyes")])]),
    ('"There is no real risk of a new armed conflict in Europe," Stoltenberg said.', None,
     [("negation", [("a", "no")])]),
    # a quote of someone else, sharing a few common words, is not judged
    ('"We are ready for a new season," the coach said.', None, []),
    ('"The fact that they feel threatened by Ukraine ... is hard to understand," she said.', None, []),
    # a figure written without its thousands separator is the same figure
    ('He praised "100000 10000-yuan households" there.', 'He praised "100,000 10,000-yuan households" there.', []),
    # a quote kept word for word but for a word swapped for another
    ('He said: "There is no real risk of fresh armed conflicts in Europe."', SAID, [("swapped", [("new", "fresh")])]),
    # ... but not a form of the same word, a word of no substance, or a short quote; nor a swap
    # with a function word changed elsewhere, as a quote translated anew has them
    ('"We are ready to work with all parties for the development of the region," he said.',
     '"We are willing to work with all parties on the development of the region," he said.',
     [("wording", [("willing", "ready"), ("on", "for")])]),
    ('He said: "There is no real risk of new armed conflict in Europe."', SAID,
     [("wording", [("conflicts", "conflict")])]),
    ('He said: "There is no real risk of new armed conflicts on Europe."', SAID, [("wording", [("in", "on")])]),
    ('He warned of "fresh armed conflicts".', SAID, [("wording", [("new", "fresh")])]),
    # a passage is matched with the passage it quotes, not stretched to a word of another
    # ("not" in "won't")
    ('She told VOA, "It won\'t work." She called the count hard and "not real reliable."',
     'She told VOA, "It won\'t work." She called the count difficult and "not very reliable."',
     [("wording", [("very", "real")])]),
    # ... and of two passages that share as many words, with the one that leaves fewest out
    ('It went from "Registration, Acceptance, Review and Approval" to "Registration and Approval".',
     'It went from “Registration, Acceptance, Review and Approval” to “Registration and Approval”.', []),
    # words an editor puts in brackets for a name or a thing are no words of the speaker's ...
    ('He said: "It [the rail line] will transform the valley for good."',
     'He said: "It will transform the valley for good."', []),
    ('He said: "[Delmar] will pay every worker in full."', 'He said: "We will pay every worker in full."', []),
    # ... but other words in brackets are read as the speaker's
    ('He said: "We will [not] close the plant in March."', 'He said: "We will close the plant in March."',
     [("negation", [("", "not")])]),
    # a word written closed or with a hyphen is the same word
    ('He said: "I told the boys at half-time that we had nothing to lose."',
     'He said: "I told the boys at halftime that we had nothing to lose."', []),
    # a word written short in a quote is the same word
    ('He said: "We marched down Chang An Ave. in the parade."',
     'He said: "We marched down Chang An Avenue in the parade."', []),
    # a quote reworded in a sentence that copies the rest of its counterpart word for word was
    # altered, not translated anew
    ("“I made an error and I take full responsibility,” the coach said after the 4-0 defeat in Lisbon.",
     "“I made a mistake and I take full responsibility,” the coach said after the 4-0 defeat in Lisbon.",
     [("altered", [("a mistake", "an error")])]),
    ('"We have clear eyes about the challenges," the secretary of state said at a news conference in Tokyo.',
     '"We are clear-eyed about the challenges," the secretary of state said at a news conference in Tokyo.',
     [("altered", [("are clear-eyed", "have clear eyes")])]),
    # ... and a quote that keeps a long run of its counterpart's words, changed in one place
    ('"This is not a budget anyone will love, but it is the budget this country needs if we want to bring '
     'borrowing costs down," Ms Varga said.',
     '"This is not a budget anyone will love, but it is the budget this country needs if we want to keep '
     'borrowing costs under control," Varga said.',
     [("altered", [("keep borrowing costs under", "bring borrowing costs down")])]),
    # ... not where only words of no substance or a unit's sign changed
    ("“Growth was 5% last year,” Costa told reporters on Monday in Lisbon.",
     "“Growth was 5 per cent last year,” Costa told reporters on Monday in Lisbon.", []),
    ("“It is a deal which hurts farmers,” Costa told reporters on Monday in Lisbon.",
     "“It is a deal that hurts farmers,” Costa told reporters on Monday in Lisbon.",
     [("wording", [("that", "which")])]),
    ("“I made an error and I take full responsibility,” the coach told reporters after the defeat.",
     "“I made a mistake and I take full responsibility,” the coach said after the 4-0 defeat in Lisbon.",
     [("wording", [("a mistake", "an error")])]),
    # words swapped for others of another number are a rewording
    ('He said: "There is no genuine danger of new armed conflicts in Europe."', SAID,
     [("wording", [("real risk", "genuine danger")])]),
])
def test_quote_flags(sentence, counterpart, expected):
    assert _findings(sentence, counterpart) == expected


def test_a_quote_in_american_spelling_is_the_same_quote():
    british = 'The mayor said: "Our centre will honour the labour of every neighbour who organised it."'
    assert _findings('"Our center will honor the labor of every neighbor who organized it," the mayor said.',
                     None, (british,)) == []
    assert _findings('"Our center will honor the work of every neighbor who organized it," the mayor said.',
                     None, (british,)) == [("swapped", [("labour", "work")])]


@pytest.mark.parametrize(("gone", "new", "gone_names", "new_names", "kind"), [
    (["will"], ["will", "not"], [], [], "negation"),
    (["cannot"], ["will", "not"], [], [], "wording"),  # negated both ways
    (["they"], ["you"], [], [], "person"),
    (["our"], ["my"], [], [], "person"),  # a group's words put in one mouth
    (["her"], ["me", "hers"], [], [], "wording"),  # no person stands for another
    (["30", "members"], ["13", "members"], [], [], "number"),
    (["medal"], ["order"], ["Medal"], ["Order"], "name"),
    (["megan"], ["meghan"], ["Megan"], ["Meghan"], "wording"),  # one name spelled two ways
    (["stacking"], ["piling"], [], [], "wording"),
    (["will"], ["would"], [], [], "tense"),  # what will happen made what would
    (["were"], ["are"], [], [], "tense"),
    (["are"], ["is"], [], [], "wording"),  # one time: a slip of agreement
    (["can"], ["could"], [], [], "tense"),
    (["will"], ["could"], [], [], "wording"),  # no form of one auxiliary
    (["their"], ["the", "agency's"], [], [], "person"),  # a pronoun for someone named
    (["their"], ["the"], [], [], "wording"),
])
def test_change_kind(gone, new, gone_names, new_names, kind):
    assert change_kind(gone, new, gone_names, new_names) == kind


@pytest.mark.parametrize(("change", "severity"), [("negation", "critical"), ("person", "major"),
                                                  ("number", "major"), ("name", "major"), ("tense", "major"),
                                                  ("swapped", "major"),
                                                  ("wording", "minor")])
def test_quote_severity_follows_what_changed(change, severity):
    from mtaudit.types import Flag

    flag = Flag("quote", "major", "m", "quote", {"span": [0, 3], "change": change})
    assert settle([flag], Thresholds())[0].severity == severity


def test_a_changed_quote_neither_hides_nor_is_hidden_by_a_finding_inside_it():
    from mtaudit.types import Flag

    quote = Flag("quote", "minor", "m", "quote", {"span": [0, 40], "change": "wording"})
    slip = Flag("fluency", "minor", "m", "grammar-harper", {"span": [5, 9]})
    assert len(settle([quote, slip], Thresholds())) == 2


@pytest.mark.parametrize(("original", "reprint", "expected"), [
    ("Putin has amassed about 100,000 troops on the border.", "Russia has gathered thousands of troops nearby.",
     [(["about 100,000 troops"], ["thousands of troops"], "vague", False)]),
    ("Tens of thousands of people marched.", "About 50,000 people marched.",
     [(["Tens of thousands of people"], ["About 50,000 people"], "exact", True)]),
    ("Some 300 people were hurt.", "Hundreds of people were hurt.",
     [(["Some 300 people"], ["Hundreds of people"], "vague", True)]),
    ("Thousands of people marched.", "Thousands of people marched on 5 May.", []),
    ("It will cost 300 billion dollars.", "It will cost hundreds of billions of dollars.",
     [(["300 billion"], ["hundreds of billions of dollars"], "vague", True)]),
    ("About 500 troops massed.", "Thousands of troops massed.",  # the vague words say more: overstated
     [(["About 500 troops"], ["Thousands of troops"], "vague", False)]),
    ("About 100,000 troops massed.", "Thousands of tanks massed.", []),  # not the same thing counted
    # counted without any figure: words with a range, and words that stand for any number
    ("Three people were killed.", "Several people were killed.",
     [(["Three people"], ["Several people"], "vague", True)]),
    ("About 500 people were hurt.", "A few people were hurt.",
     [(["About 500 people"], ["A few people"], "vague", False)]),
    ("Russia has gathered about 100,000 troops.", "Russia has gathered many troops.",
     [(["about 100,000 troops"], ["many troops"], "vague", None)]),
    ("The firm cut 1,200 jobs.", "The firm cut a large number of jobs.",
     [(["1,200 jobs"], ["a large number of jobs"], "vague", None)]),
    ("All 30 members voted for it.", "Most members voted for it.", [(["30 members"], ["Most members"], "vague", None)]),
    ("Many people were hurt.", "About 300 people were hurt.", [(["Many people"], ["About 300 people"], "exact", None)]),
    ("One person was hurt.", "Some people were hurt.", []),  # one is no quantity to make vague
    ("In 2019 many people left.", "Many people left.", []),  # a year counts nothing
    ("Some 300 people were hurt.", "Some 300 people were hurt, police said.", []),  # "some" qualifies a figure
    ("He paid some USD2 million.", "He paid 3.4 million dollars.", []),
    # a change told by a degree after the same word
    ("Prices rose 7.5% in March.", "Prices rose sharply in March.", [(["rose 7.5%"], ["rose sharply"], "vague", None)]),
    ("The bill passed 52-48 in the Senate.", "The bill passed narrowly in the Senate.",
     [(["passed 52-48"], ["passed narrowly"], "vague", None)]),
    ("Prices rose 7.5% in March.", "Prices rose sharply, by 7.5%, in March.", []),
    # a figure left out of its place
    ("The firm cut 1,200 jobs last year.", "The firm cut jobs last year.",
     [(["cut 1,200 jobs"], ["cut jobs"], "dropped", None)]),
    ("The 27 member states agreed.", "The member states agreed.", []),  # a count the reader knows
    ("The mayor, 45, said the plan would work.", "The mayor said the plan would work.", []),  # an aside
    ("Revenue rose 9 percent to $2.1 billion in the quarter.", "Revenue rose 9 percent in the quarter.",
     [(["percent to $2.1 billion in"], ["percent in"], "dropped", None)]),
    ("Revenue rose 9 percent to $2.1 billion.", "Revenue rose 9 percent.",
     [(["percent to $2.1 billion"], ["percent"], "dropped", None)]),
    ("Profit fell to $300 million from $450 million a year earlier.", "Profit fell to $300 million a year earlier.",
     [(["million from $450 million a"], ["million a"], "dropped", None)]),
    ("The company's shares fell 2 percent on Tuesday.", "The company's shares plunged on Tuesday.",
     [(["fell 2 percent"], ["plunged"], "vague", None)]),
    ("Shares fell 2 percent on Tuesday.", "Shares fell 2 percent, or sharply, on Tuesday.", []),
    ("He worked for 3 months and rested for 3 months.", "He worked for months and rested for 3 months.",
     [(["for 3 months"], ["for months"], "dropped", None)]),  # one of two
    ("The firm cut 1,200 jobs last year.", "The firm cut costs last year.", []),  # not the same thing
    # the same thing in other words, a synonym of its commonest senses
    ("Around 6,500 pupils are expected to benefit.", "Thousands of students are expected to benefit.",
     [(["Around 6,500 pupils"], ["Thousands of students"], "vague", True)]),
    ("Around 6,500 pupils are expected to benefit.", "Thousands of teachers are expected to benefit.", []),
])
def test_vague_changes(original, reprint, expected):
    assert [(c["original"], c["reprint"], c["made"], c["in_range"]) for c in vague_changes(original, reprint)] \
        == expected


@pytest.mark.parametrize(("original", "reprint", "said"), [
    ("Some 300 people were hurt.", "Hundreds of people were hurt.", "the figure was made vague:"),
    ("About 500 troops massed.", "Thousands of troops massed.", "the figure was made vague, and larger:"),
    ("About 100,000 troops massed.", "Thousands of troops massed.", "the figure was made vague, and smaller:"),
])
def test_a_figure_made_vague_says_which_way_it_moved(original, reprint, said):
    (flag,) = [f for f in fact_flags(original, reprint, 0.9, True, [original], Thresholds())
               if f.check == "fact-number"]
    assert flag.message.startswith(said)


def test_figure_made_vague_is_a_number_change():
    (change,) = fact_changes("Putin has amassed about 100,000 troops on the border.",
                             "Russia has gathered thousands of troops on the border.")
    assert change["type"] == "number" and change["made"] == "vague"


@pytest.mark.parametrize(("original", "reprint", "expected"), [
    ("Spain beat Italy 3-1 on Sunday.", "Spain beat Italy 1-3 on Sunday.", [(["3-1"], ["1-3"])]),
    ("Spain beat Italy 3-1 on Sunday.", "Spain won 3-1 against Italy on Sunday.", []),
    ("The 2014-2015 season.", "The 2014-2015 season.", []),
])
def test_range_changes(original, reprint, expected):
    assert [(c["original"], c["reprint"]) for c in range_changes(original, reprint)] == expected


@pytest.mark.parametrize(("original", "reprint", "names", "expected"), [
    ("Russia annexed Crimea from Ukraine in 2014.", "Russia annexed Crimea to Ukraine in 2014.",
     ["Russia", "Crimea", "Ukraine"], ["the direction is turned round: 'from Ukraine' in the original, "
                                       "'to Ukraine' here"]),
    ("Spain beat Italy 3-1 on Sunday.", "Italy beat Spain 3-1 on Sunday.", ["Spain", "Italy"],
     ["the roles are turned round: 'Spain beat Italy' in the original, 'Italy beat Spain' here"]),
    ("Spain met Italy on Sunday.", "Italy met Spain on Sunday.", ["Spain", "Italy"], []),  # met: either way
    # two of the pair's common nouns around the same words, the other way round
    ("He said the association had written to the council twice since March.",
     "According to Mr Fugui, the council had written to the association twice since March.", [],
     ["the roles are turned round: 'the association had written to the council' in the original, "
      "'the council had written to the association' here"]),
    ("The court fined the company $5 million.", "The company was fined $5 million by the court.", [], []),
    ("The union met the employer on Monday.", "The employer met the union on Monday.", [], []),
    ("The head of the council wrote to the minister.", "The council's head wrote to the minister.", [], []),
    ("The Government accused the Opposition of lying.", "The Opposition accused the Government of lying.", [],
     ["the roles are turned round: 'the government accused the opposition' in the original, "
      "'the opposition accused the government' here"]),
    # (a comparison, a place beside another, a contest or what one is: the same either way round)
    ("Unemployment is higher in the north than in the south.", "Unemployment is lower in the south than in the north.",
     [], []),
    ("The school is next to the hospital.", "The hospital is next to the school.", [], []),
    ("The hosts take on the champions on Sunday.", "The champions take on the hosts on Sunday.", [], []),
    # what goes that way a few words before the direction word
    ("The guns were smuggled into the country from Venezuela.", "The guns were smuggled out to Venezuela.",
     ["Venezuela"], ["the direction is turned round: 'from Venezuela' in the original, 'to Venezuela' here"]),
    ("Ms Ndlovu flew to Harare from Lusaka on Monday.", "On Monday Ms Ndlovu travelled from Lusaka to Harare.",
     ["Harare", "Lusaka"], []),
    ("KTMB will lease 12 train sets from Indonesia's PT Kereta Nusantara, the minister said.",
     "KTMB will lease 12 train sets to PT Kereta Nusantara of Indonesia, he added.", ["PT Kereta Nusantara"],
     ["the direction is turned round: 'from PT Kereta Nusantara' in the original, 'to PT Kereta Nusantara' here"]),
    ("The president, who returned to Nairobi from Washington on Monday, said the deal was signed.",
     "The president, back in Nairobi after a trip to Washington, said the deal was signed.",
     ["Nairobi", "Washington"], []),  # the other name, or a word of another clause, goes nowhere
    ("Kenya says $20m is still due to Uganda under the deal.",
     "Kenya says $20m is still due from Uganda under the deal.", ["Uganda"],
     ["the direction is turned round: 'to Uganda' in the original, 'from Uganda' here"]),
    ("The troops were deployed in response to a request from Somalia.",
     "The troops were deployed in response to Somalia's request.", ["Somalia"], []),  # the name owns
    ("The slowdown was largely due to Brexit.", "The slowdown was largely caused by Brexit.", ["Brexit"], []),
    ("At least 14 people have died, according to figures from the Sindh health department.",
     "According to Sindh health department figures, at least 14 people have died.", ["Sindh"], []),
    # another verb before the direction word: a paraphrase, not a reversal
    ("Saudi Arabia gives visas to 49 countries.", "Saudi Arabia lets in people from 49 countries.",
     ["Saudi Arabia"], []),
    ("According to the Jiangxi bureau, lines run.", "Reporters learned from the Jiangxi bureau that lines run.",
     ["Jiangxi"], []),
])
def test_direction_flags(original, reprint, names, expected):
    assert [f.message for f in direction_flags(original, reprint, names, names)] == expected


@pytest.mark.parametrize(("original", "reprint", "turned"), [
    ("Okafor headed in a corner from Pell.", "Pell headed in an Okafor corner.", True),
    ("Okafor headed in a corner from Pell.", "Okafor headed in a Pell corner.", False),
    # the last of a list does nothing of its own, nor does an auxiliary
    ("Okafor and Pell scored in the first half.", "Pell and Okafor scored in the first half.", False),
    ("The court in Ardmore has overturned the conviction of Vossberg.",
     "Vossberg has had his conviction overturned by the court in Ardmore.", False),
    # a name after a preposition does not do the next verb
    ("Sylhet's Osmani International Airport remained open.",
     "Meanwhile, Osmani International Airport in Sylhet remained open.", False),
    # a name that does a verb on one side and has it done to it on the other
    ("Several investors, including Sjöstad Pension, have sued Berg & Lund for damages.",
     "Berg & Lund is suing several investors for damages, among them Sjöstad Pension.", True),
    ("Under the deal, Caribe Deepwater will supply up to 350 million cubic feet of gas a day.",
     "Under the deal, TGMC will supply Caribe Deepwater with up to 350 million cubic feet of gas a day.", True),
    ("Several investors have sued Berg & Lund for damages.", "Berg & Lund is being sued by several investors.",
     False),
    ("Under the deal, Caribe Deepwater will supply up to 350 million cubic feet of gas a day.",
     "Caribe Deepwater will supply TGMC with up to 350 million cubic feet of gas a day.", False),
    # ... not a speaker after a verb of saying, nor a verb that says the same either way, nor a
    # name after a preposition
    ("Caribe Deepwater said the deal was fair.", "The deal was fair, said Caribe Deepwater.", False),
    ("The win moved Caribe Deepwater to second place.", "Caribe Deepwater moved up to second place.", False),
    ("Ballot boxes arrived late from Ardmore.", "Ballot boxes from Ardmore arrived late.", False),
])
def test_a_verb_done_by_the_other_name(tagger, original, reprint, turned):
    names = ["Okafor", "Pell", "Ardmore", "Vossberg", "Sylhet", "Osmani International Airport", "Berg & Lund",
             "Sjöstad Pension", "Caribe Deepwater", "TGMC"]
    flags = direction_flags(original, reprint, names, names, tuple(tagger.analyse([original, reprint])))
    assert bool(flags) is turned


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Russia annexed the Crimean Peninsula to Ukraine in 2014.", True),
    ("Russia annexed the Crimean Peninsula from Ukraine in 2014.", False),
    ("Russia annexed Crimea to the Russian Federation in 2014.", False),  # the taker itself
    ("Israel captured the Golan Heights to Syria in 1967.", True),
    ("Hitler annexed Austria to Germany in 1938.", False),  # the taker is a person: no reading of it
    ("Russia seized the ships and handed them to Ukraine.", False),  # the "to" is another verb's
    ("Iran seized a tanker on its way to Saudi Arabia.", False),
    ("Russia captured a village next to Ukraine.", False),
])
def test_taken_to(tagger, sentence, flagged):
    from mtaudit.checks.roles import taken_to_flags

    (analysis,) = tagger.analyse([sentence])
    assert bool(taken_to_flags(sentence, analysis)) is flagged


@pytest.mark.parametrize(("original", "reprint", "expected"), [
    # two words or phrases that changed places, the words between them kept
    ("The visitors led 2-0 at half-time before the hosts scored three goals to win 3-2.",
     "The hosts led 2-0 at half-time before the visitors scored three times to win 3-2.",
     "the roles are turned round: 'hosts' and 'visitors' changed places"),
    ("A 17-year-old was stabbed by a man in his thirties outside a nightclub, police said.",
     "A man in his thirties was stabbed by a 17-year-old outside a nightclub, police said.",
     "the roles are turned round: 'man in his thirties' and '17-year-old' changed places"),
    ("The International Monetary Fund will lend Sarnia $3.4 billion over four years.",
     "Sarnia will lend the International Monetary Fund $3.4 billion over four years.",
     "the roles are turned round: 'Sarnia' and 'the International Monetary Fund' changed places"),
    # a direction word for its opposite after the same words
    ("The region, which was annexed from the neighbouring kingdom in 1871, voted to stay.",
     "The region, which was annexed to the neighbouring kingdom in 1871, voted to stay.",
     "the direction is turned round: 'annexed from' in the original, 'annexed to' here"),
    # "for" / "against" after a word of taking sides says which side
    ("She is expected to give evidence for the newspaper next week.",
     "She is expected to give evidence against the newspaper next week.",
     "the direction is turned round: 'evidence for' in the original, 'evidence against' here"),
    ("Most councillors voted against the plan on Tuesday.", "Most councillors voted for the plan on Tuesday.",
     "the direction is turned round: 'voted against' in the original, 'voted for' here"),
    # joined as equals, or beside a symmetric verb: the same either way
    ("Kenya and Tanzania signed the deal on Monday.", "Tanzania and Kenya signed the deal on Monday.", None),
    ("Spain drew with Italy in Rome on Sunday.", "Italy drew with Spain in Rome on Sunday.", None),
    # the sentence told the other way round: another word changed between the two
    ("Exports fell more sharply than imports in the third quarter.",
     "Imports fell less sharply than exports in the third quarter.", None),
    # a verb of the other way round beside the direction word: a converse, not a reversal
    ("The Conservatives lost 11 council seats to the Liberal Democrats on Thursday.",
     "The Liberal Democrats took 11 council seats from the Conservatives on Thursday.", None),
    # a list, clauses told in the other order, a verb that says the same either way, a cause
    ("Officials from France, Germany and Italy met in Rome.", "Officials from Italy, Germany and France met in Rome.",
     None),
    ("Oil rose 3% while gold fell 1% on Monday.", "Gold fell 1% while oil rose 3% on Monday.", None),
    ("Spain will face Italy in the final on Sunday.", "Italy will face Spain in the final on Sunday.", None),
    ("The clinic offers a vaccine for measles to every child.", "The clinic offers a vaccine against measles to every "
     "child.", None),
    ("The new rules are different from the old ones in one way.", "The new rules are different to the old ones in one "
     "way.", None),
    ("Unemployment was 45% in the north compared to 60% in the south.",
     "Unemployment was 60% in the south compared to 45% in the north.", None),  # the figures went with them
    ("Unemployment was 45% in the north compared to 60% in the south.",
     "Unemployment was 45% in the south compared to 60% in the north.",
     "the roles are turned round: 'south' and 'north' changed places"),
    ("France fought alongside Britain in both world wars.", "Britain fought alongside France in both world wars.",
     None),
    ("The village lies 30 km from the border town.", "The village lies 30 km to the border town.", None),
    ("The lodge, which lies a short drive from Arusha town, reopened on Monday.",
     "The lodge, which is located a short drive to Arusha town, reopened on Monday.", None),
    # the same three words on each side of the direction word, the subject restyled
    ("The Bangladesh Army has deployed boats to evacuate residents from low-lying villages in Gowainghat.",
     "Members of the Bangladesh Army are using boats to evacuate residents to low-lying villages in Gowainghat.",
     "the direction is turned round: 'residents from' in the original, 'residents to' here"),
    ("Officials said the family had moved from Lagos to Abuja last year.",
     "The family moved to Abuja from Lagos last year, officials said.", None),
    ("The price of bread rose from 500 to 700 naira in a month.",
     "In a month the price of bread rose to 700 naira from 500.", None),
    ("The Israeli prime minister telephoned the U.S. president on Monday.",
     "The U.S. president telephoned the Israeli prime minister on Monday.",
     "the roles are turned round: 'U.S. president' and 'Israeli prime minister' changed places"),
    # a shuffle's words are no phrases: a phrase holds no comma and ends in its noun
    ("Its body shows the Yellow River, the Changjiang River, mountain peaks and peonies.",
     "Its body shows the Yellow mountain Changjiang River, River, the peaks and peonies.", None),
    # words side by side that changed order are a word order, not roles
    ("The minister said on Tuesday that talks would resume.", "The minister on Tuesday said that talks would resume.",
     None),
])
def test_exchanged_roles(tagger, original, reprint, expected):
    from mtaudit.checks.roles import exchanged_flags

    (analysis,) = tagger.analyse([reprint])
    assert [f.message for f in exchanged_flags(original, reprint, analysis)] == ([expected] if expected else [])


def test_words_moved_within_a_quote_are_one_change_said_so():
    counterpart = ('"So we also conveyed a message to Russia that if they use military force there will be severe '
                   'consequences; economic sanctions; political sanctions."')
    sentence = ("“So we also conveyed a message to Russia that there will be serious consequences if it uses "
                "military force; economic sanctions; political sanctions.”")
    (flag,) = quote_flags(sentence, counterpart, [counterpart])
    (change,) = [c for c in flag.evidence["changes"] if c.get("moved")]
    assert change["original"] == "if they use military force" and "if it uses military force" in change["reprint"]
    assert "was left out" not in flag.message


@pytest.mark.parametrize(("made", "in_range", "overstated", "severity"), [
    ("vague", False, False, "major"),  # "about 100,000" / "thousands": precision lost, not truth
    ("vague", False, True, "critical"),  # "about 500" / "thousands": the vague words say more
    ("exact", True, False, "major"),  # "tens of thousands" / "about 50,000"
    ("exact", False, False, "critical"),  # "thousands" / "50,000"
    ("vague", None, False, "major"),  # "about 100,000" / "many": "many" stands for any number
    ("exact", None, False, "major"),  # "many" / "300"
    ("dropped", None, False, "major"),  # "cut 1,200 jobs" / "cut jobs"
])
def test_figures_made_vague_or_exact_are_graded_by_what_they_claim(made, in_range, overstated, severity):
    from mtaudit.types import Flag

    evidence = {"type": "number", "made": made, "in_range": in_range, "overstated": overstated,
                "similarity": 0.85, "chrf": 50.0}
    assert settle([Flag("fact", "major", "m", "fact-number", evidence)], Thresholds())[0].severity == severity


def test_figures_are_found_where_they_stand():
    from mtaudit.checks.facts import figures

    found = figures("In 2010, 10 ministers met; 5 agreed and 5 refused.")
    assert [(raw, at, things[:1]) for _, raw, things, at in found] == [
        ("2010", 3, ["ministers"]), ("10", 9, ["ministers"]), ("5", 27, ["agreed"]), ("5", 40, ["refused"])]


@pytest.mark.parametrize(("original", "reprint", "expected"), [
    ("It was the second attack on the base.", "It was the third attack on the base.",
     [(["second attack"], ["third attack"])]),
    ("It was the first attack on the base.", "It was the second attack on the base.",
     [(["first attack"], ["second attack"])]),
    # "third" and on are numbers to the number check; "first" and "second" in other senses are no count
    ("It was the third attack.", "It was the fourth attack.", []),
    ("At first, the second team waited.", "At first, the second team waited.", []),
    ("He won the first round in a second.", "He won the opening round in a second.", []),
])
def test_ordinal_changes(original, reprint, expected):
    assert [(c["original"], c["reprint"]) for c in ordinal_changes(original, reprint)] == expected


@pytest.mark.parametrize(("counterpart", "sentence", "speakers"), [
    # the quote given to another person its counterpart names
    ('"This is a dark day," said opposition leader Priya Nair after Prime Minister Alan Grove spoke.',
     '"This is a dark day," said Prime Minister Alan Grove as he spoke.', ("Nair", "Grove")),
    ('Coach Bruno Salas said the referee "cost us the game," a claim spokesman Ted Irwin dismissed.',
     'Spokesman Ted Irwin said the referee "cost us the game," a claim coach Bruno Salas dismissed.',
     ("Salas", "Irwin")),
    # the quote given to someone told by what they are, whom the counterpart names apart from its speaker
    ('"We will not accept any deal that divides our country," President Volodymyr Zelensky said after meeting '
     'the German chancellor in Berlin.',
     '"We will not accept any deal that divides our country," the German chancellor said after meeting '
     'President Volodymyr Zelensky in Berlin.', ("Zelensky", "the German chancellor")),
    ('"Nobody is above the law," Attorney General Maria Chen said, announcing charges against the former senator.',
     '"Nobody is above the law," the former senator said after Attorney General Maria Chen announced charges.',
     ("Chen", "the former senator")),
    ('"We will not accept any deal," President Volodymyr Zelensky said after meeting the German chancellor.',
     'The German chancellor said: "We will not accept any deal," after meeting President Volodymyr Zelensky.',
     ("Zelensky", "the German chancellor")),
    # the same speaker, named or titled another way, or moved: no finding
    ('"We will not back down," Governor Maria Lopez said.', '"We will not back down," said Gov. Maria Lopez.', None),
    ('"We will not give up," Zelensky said, and the German chancellor added that Berlin would help.',
     '"We will not give up," he said, and the German chancellor added that Berlin would help.', None),
    ('"Nobody is above the law," said Maria Chen, the attorney general.',
     '"Nobody is above the law," the attorney general said.', None),
    ('"Nobody is above the law," the attorney general, Maria Chen, said as the former senator looked on.',
     '"Nobody is above the law," the attorney general said as the former senator looked on.', None),
    ('"We will not back down," Lopez, the governor, said.', '"We will not back down," the governor said.', None),
    ('Sarah Brannon, the executive attorney of the American Civil Liberties Alliance, told VOA, "It will not work."',
     'Sarah Brannon, executive attorney of the American Civil Liberties Union, told VOA, "It will not work."', None),
    ('"Nobody is above the law," Attorney General Maria Chen said, announcing charges against the former senator.',
     '"Nobody is above the law," said the former senator after Attorney General Maria Chen announced charges.',
     ("Chen", "the former senator")),
    # a name in apposition, its comma before the verb; what is said run into the quote is no speaker
    ('EFCC spokesman Dele Ajayi said the verdict sent "a strong message" to public officials.',
     'The EFCC spokesperson, Dele Ajayi, said the verdict sent "a strong message" to public officials.', None),
    ('Spokesman Dele Ajayi said the verdict sent "a strong message" after the registrar, Musa Bello, read it.',
     'The court registrar, Musa Bello, said the verdict sent "a strong message".', ("Ajayi", "Bello")),
    # a name the counterpart does not give is another spelling of it, for the name check
    ('"We will not back down," said Liu Dehua.', '"We will not back down," said Andy Lau.', None),
    # the speaker is the name nearest the quote; a place, a day or a sentence's first word is none
    ('Grove said the plan would fail, but Nair insisted: "It will work for everyone."',
     'Nair insisted, "It will work for everyone," though Grove said the plan would fail.', None),
    ('"We will win this vote," said Nair, but Grove said, "We will lose it badly."',
     '"We will lose it badly," said Grove, but Nair said, "We will win this vote."', None),
    ('"We will not back down," Governor Maria Lopez said in Austin.',
     '"We will not back down," the governor said in Austin.', None),
    ('"We will not back down," Lopez\'s spokesman said on Monday.',
     '"We will not back down," said Lopez\'s spokesman on Monday.', None),
    ('Lopez said: "We will not back down." Officials agreed.', 'Officials said: "We will not back down."', None),
    # a pronoun names no one; a title and its name in apposition are one person
    ('Manager Anneke de Vries said her team had been "let down by one moment of madness". She said more.',
     'Anneke de Vries, the manager, said her side had been "let down by one moment of madness".', None),
    ('"We did not start this dispute," Kaldora\'s Minister of State for Trade, Amara Velic, told parliament.',
     'Minister of State for Trade Amara Velic told parliament: "We did not start this dispute."', None),
    # one person by another part of their whole name (given names on later reference)
    ('"The market is hungry," chairman Dawit Alemayehu told a news conference.',
     '"The market is hungry," Dawit told a press conference.', None),
    ('"The market is hungry," Dawit told a news conference.',
     '"The market is hungry," chairman Dawit Alemayehu told reporters.', None),
    ('"The market is hungry," Chairman Dawit Alemayehu told a news conference on Tuesday.',
     '"The market is hungry," Dawit told a press conference.', None),
    ('"The market is hungry," chairman Dawit Alemayehu told a news conference after Mekdes Tadesse spoke.',
     '"The market is hungry," Mekdes told a press conference.', ("Alemayehu", "Mekdes")),
    # ... not another whole name that shares a word with it (a father's name, a name turned round)
    ('"We will not devalue the birr," Abiy Ahmed told parliament as Ahmed Shide presented the budget.',
     '"We will not devalue the birr," Ahmed Shide told parliament.', ("Ahmed", "Shide")),
    ('"We will win," Ali Hassan told reporters after Hassan Ali spoke.', '"We will win," Hassan Ali told reporters.',
     ("Hassan", "Ali")),
    # a person named with the place they are of speaks, not the place
    ('Analyst Marc Thill of consultancy Orbital Insight Partners said small firms "could struggle to survive a '
     'two-year gap without revenue".',
     'Small firms "could struggle to survive a two-year gap without revenue", said Marc Thill, an analyst at the '
     'consultancy Orbital Insight Partners.', None),
    ('Analyst Marc Thill of consultancy Orbital Insight Partners said small firms "could struggle to survive a '
     'two-year gap without revenue" after Anna Weber spoke.',
     'Small firms "could struggle to survive a two-year gap without revenue", said Anna Weber.', ("Thill", "Weber")),
    # (a title names the speaker: "Board of Management Chairman Garvey" is Garvey; the body's name
    # holds no title: "of the State Department")
    ('Matthew Miller of the State Department said, "We will not comment on the talks."',
     '"We will not comment on the talks," State Department spokesman Matthew Miller said.', None),
    ('County Board of Management Chairman Garvey said, "We must count everyone who lives here."',
     'Garvey, chairman of the county\'s governing board, said, "We must count everyone who lives here."', None),
    ('After meeting Amina Yusuf at the ministry, Bello said "we are ready for every storm this year".',
     'After meeting Amina Yusuf at the ministry Bello said "we are ready for every storm this year".', None),
    # a name inside a clause about the speaker is not the speaker
    ('"We could double what we sell," said Mwanaisha Omari, who runs a cooperative in the main town, Kisimani.',
     'Ms Mwanaisha Omari (39), who runs a cooperative in Kisimani, the main town, said: "We could double what we '
     'sell."', None),
    ('"We could double what we sell," said Mwanaisha Omari, who runs a cooperative with Ali Juma in Kisimani.',
     'Ali Juma, who runs a cooperative in Kisimani, the main town, said: "We could double what we sell."',
     ("Omari", "Juma")),
    # a name before the verb of saying, in a clause that is not closed, is the speaker
    ('Omari testified that Kamau said: "I shot him in self-defence."',
     'Omari, who testified on Monday that Kamau said: "I shot him in self-defence."', None),
    ('Omari testified that Kamau, his neighbour, said: "I shot him in self-defence."',
     'Omari, who testified on Monday that Kamau, his neighbour, said: "I shot him in self-defence."', None),
])
def test_a_quote_given_to_another_speaker(counterpart, sentence, speakers):
    flags = [f for f in quote_flags(sentence, counterpart, [counterpart]) if f.evidence["change"] == "speaker"]
    assert [(f.evidence["original_speaker"], f.evidence["reprint_speaker"]) for f in flags] == \
        ([speakers] if speakers else [])
    for flag in flags:
        assert settle([flag], Thresholds())[0].severity == "major"
        assert "another speaker" in flag.message
        assert sentence[slice(*flag.evidence["span"])].lower() == speakers[1].lower()


@pytest.mark.parametrize(("counterpart", "sentence", "close", "change"), [
    # the original reports what the reprint quotes: words the speaker may not have said so
    ("Mayor Gloria Banks said she would look into complaints about the new parking rules.",
     '"I will look into the complaints about the new parking rules," Mayor Gloria Banks said.', True, "reported"),
    # ... or does not give them at all: words put in the speaker's mouth
    ("The minister said the government was reviewing the findings of the report.",
     'The minister said: "We are deeply ashamed and we will resign."', True, "invented"),
    # a title or a phrase in quote marks is no one's words
    ("The film Shock Wave 2 will open on December 24.", 'The film "Running Out of Time 2" will open on December 24.',
     True, None),
    ("He took a group of 70 people elsewhere to seek new ideas.", 'He took a group of 70 people to "change his mind".',
     True, None),
    # a sentence linked to another story's is no counterpart to hold the quote to
    ("The minister said the government was reviewing the findings of the report.",
     'The minister said: "We are deeply ashamed and we will resign."', False, None),
    # the speaker's words in other forms are the counterpart's words
    ("The ministry said it had reviewed the findings.", 'The ministry said: "We are reviewing the findings."', True,
     "reported"),
])
def test_a_quote_the_original_does_not_have(counterpart, sentence, close, change):
    flags = quote_flags(sentence, counterpart, [counterpart], close)
    assert [f.evidence["change"] for f in flags] == ([change] if change else [])
    for flag in flags:
        graded = "minor" if change == "reported" else "major"
        assert settle([flag], Thresholds())[0].severity == flag.severity == graded


@pytest.mark.parametrize("marks", ["‘’", "''"])
def test_a_counterpart_quoting_in_single_marks_is_held_to_its_quote(marks):
    """A counterpart that quotes in single marks, curly or straight, is held to its quote as one
    in double marks is."""
    counterpart = f"{marks[0]}We are looking into the complaints,{marks[1]} the ministry said."
    sentence = '"We are examining the complaints," the ministry said.'
    flags = quote_flags(sentence, counterpart, [counterpart], True)
    doubled = '"We are looking into the complaints," the ministry said.'
    assert [f.evidence["change"] for f in flags] == ["wording"]
    assert [(f.evidence["change"], f.severity) for f in quote_flags(sentence, doubled, [doubled], True)] == [
        (f.evidence["change"], f.severity) for f in flags]


def test_a_quote_the_originals_give_elsewhere_is_theirs():
    counterpart = "The chief executive resigned on Friday."
    sentence = 'The chief executive resigned on Friday, weeks after admitting "we were wrong about the plan".'
    assert quote_flags(sentence, counterpart, [counterpart], True) != []
    elsewhere = '"We were wrong about the plan," the chief executive said in March.'
    assert quote_flags(sentence, counterpart, [counterpart, elsewhere], True) == []
    # a short passage in quote marks is as often a theme as someone's words
    assert quote_flags('She wrote of the emotion of "China in my heart".', "She wrote of her feelings.",
                       ["She wrote of her feelings."], True) == []


@pytest.mark.models
def test_a_made_quote_is_judged_on_a_close_counterpart_only():
    from mtaudit.backends.models import ModelSet
    from mtaudit.config import AuditConfig
    from mtaudit.scoring import Pair, score_pairs

    pairs = [Pair("close", "The minister said the government was reviewing the findings of the report on Monday.",
                  'The minister said on Monday: "We are deeply ashamed of the findings of the report."'),
             Pair("other story", "Floods closed roads across the north of the country on Sunday.",
                  'The minister said on Monday: "We are deeply ashamed of the findings of the report."')]
    close, other = score_pairs(pairs, ModelSet(AuditConfig()), AuditConfig())
    assert [f.evidence["change"] for f in close.flags if f.check == "quote"] == ["invented"]
    assert not [f for f in other.flags if f.check == "quote"]


@pytest.mark.parametrize("original,reprint,turned", [
    ("A survey found that 58 percent had been verbally abused by a pupil in the previous month.",
     "A survey found that 58 per cent had verbally abused a pupil in the previous month.", True),
    ("The boy was bitten by a dog.", "The boy had bitten a dog.", True),
    ("The boy had bitten a dog.", "The boy was bitten by a dog.", True),         # the other way round
    ("The man was arrested by police on Friday.", "Police arrested the man on Friday.", False),  # doer kept
    ("Police arrested the man on Friday.", "The man was arrested by police on Friday.", False),
    ("The plan was approved by the council.", "The plan, approved by the council, stands.", False),
    ("The bill was passed by parliament.", "Parliament passed the bill.", False),
    ("The price of bread was increased by 10 percent.", "The price of bread increased 10 percent.", False),
    ("Prices have been increased by two percent.", "Prices have increased two percent.", False),  # an amount
    ("A decision is expected by Friday.", "Decision expected Friday.", False),                     # a time
    ("The vote was postponed by a week.", "The vote postponed a week.", False),
    # a verb of two words, and an adverb before it
    ("Airport passengers with suitcases often crowded out local commuters.",
     "Airport passengers with suitcases were often crowded out by local commuters.", True),
    ("Airport passengers with suitcases often crowded out local commuters.",
     "Local commuters were often crowded out by airport passengers with suitcases.", False),
])
def test_a_verb_done_to_its_subject_turned_into_one_it_does(original, reprint, turned):
    from mtaudit.checks.roles import voice_flags

    flags = voice_flags(original, reprint)
    assert [(f.kind, f.severity) for f in flags] == ([("inverted", "critical")] if turned else [])


@pytest.mark.parametrize("before,described", [
    ("Analyst Tuli Amupolo of Windhoek-based brokerage ", True),   # the analyst speaks, not the brokerage
    ("Ingrid Solberg of ", True),
    ("Chief executive Sam Moyo of London-listed miner ", True),
    ("the head of London-listed miner ", False),                  # no name before "of"
    ("Head of state ", False),                                    # an office
    ("In the second half of the match ", False),
    ("Mary Jones and ", False),
    ("He beat the champions of the league and ", False),          # a list, not a description
    ("of the four big banks but ", False),
    ("of the company, analyst ", False),
])
def test_a_name_after_of_and_words_describing_it_does_no_verb(before, described):
    from mtaudit.checks.roles import _described_after_of

    assert _described_after_of(before) is described


@pytest.mark.parametrize("original,reprint,hardened", [
    ("North Lanarkshire Council said schools were likely to close on strike days.",
     "North Lanarkshire Council said schools would close on strike days.", True),
    ("North Lanarkshire Council said schools were likely to close on strike days.",
     "North Lanarkshire Council said schools were likely to close on strike days.", False),
    ("Officials said the bridge was not likely to reopen before May.",
     "Officials said the bridge would not reopen before May.", True),
    ("Schools were expected to close if the strike went ahead.",       # a condition's "would"
     "Schools would close if the strike went ahead.", False),
])
def test_what_was_likely_told_as_what_would_happen(original, reprint, hardened):
    assert any(c["type"] == "hedge" for c in fact_changes(original, reprint)) is hardened


def test_a_condition_dropped_belongs_to_the_part_of_a_split_sentence_that_told_the_words_before_it():
    from mtaudit.checks.readings import CheckItem
    from mtaudit.scoring import _in_this_sentence
    from mtaudit.types import Flag

    original = ("Analyst Tuli Amupolo said the results were better than expected, but that the share price could "
                "come under pressure if the quota is cut in the next round, expected in November.")
    first = "Analyst Tuli Amupolo said the results were better than expected."
    second = "However, the share price could come under pressure, he said."
    (change,) = [c for c in fact_changes(original, f"{first} {second}") if c["type"] == "hedge"]
    flag = Flag("fact", "major", "a condition dropped", "fact-hedge", change)
    assert not _in_this_sentence(flag, CheckItem(first, original, f"{first} {second}"))
    assert _in_this_sentence(flag, CheckItem(second, original, f"{first} {second}"))


def test_a_condition_before_its_clause_belongs_to_the_part_that_told_the_clause():
    from mtaudit.checks.readings import CheckItem
    from mtaudit.scoring import _in_this_sentence
    from mtaudit.types import Flag

    original = "Fuel prices rose sharply in March, and unless the subsidy is restored, transport fares will double."
    first, second = "Fuel prices rose sharply in March.", "Transport fares will double."
    (change,) = [c for c in fact_changes(original, f"{first} {second}") if c["type"] == "hedge"]
    flag = Flag("fact", "major", "a condition dropped", "fact-hedge", change)
    assert not _in_this_sentence(flag, CheckItem(first, original, f"{first} {second}"))
    assert _in_this_sentence(flag, CheckItem(second, original, f"{first} {second}"))


@pytest.mark.parametrize("original,reprint,turned", [
    ("The vaccines were donated by Gavi, the Vaccine Alliance.", "The vaccines were donated to Gavi, the Vaccine "
     "Alliance.", True),                                                       # who gave, who got
    ("The letter was sent to Ruto on Monday.", "The letter was sent by Ruto on Monday.", True),
    ("Shares rose by 5% in Nairobi.", "Shares rose to 5% in Nairobi.", False),   # a figure's "by" / "to"
    ("The vaccines were donated by Gavi.", "Gavi donated the vaccines.", False),
    ("Leeds lost 2-1 to Arsenal on Sunday.", "Leeds were beaten 2-1 by Arsenal on Sunday.", False),   # who won
    ("She was appointed to Ruto's cabinet.", "She was appointed by Ruto to the cabinet.", False),
])
def test_by_and_to_before_the_same_name(original, reprint, turned):
    names = ["Gavi", "Ruto", "Nairobi", "Arsenal"]
    flags = direction_flags(original, reprint, names, names)
    assert bool(flags) is turned


@pytest.mark.parametrize("reprint,severity", [
    ('"We ask parents to speak to religious leaders, not WhatsApp groups," she said.', "major"),   # two words
    ('"We ask parents to talk to health workers, not WhatsApp groups," she said.', "major"),
    ('"We ask parents to speak with the health workers and not WhatsApp groups," she said.', "minor"),
])
def test_a_quote_copied_with_one_or_two_words_swapped(reprint, severity):
    original = '"We ask parents to speak to health workers, not WhatsApp groups," she said.'
    flags = settle(quote_flags(reprint, original, [original], True), Thresholds())
    assert [f.severity for f in flags if f.kind == "quote"] == [severity]


def test_a_name_done_to_on_one_side_says_both_wordings(tagger):
    original = "Several investors, including Sjöstad Pension, have sued Berg & Lund for damages."
    reprint = "Berg & Lund is suing several investors for damages, among them Sjöstad Pension."
    names = ["Berg & Lund", "Sjöstad Pension"]
    (flag,) = direction_flags(original, reprint, names, names, tuple(tagger.analyse([original, reprint])))
    assert (flag.kind, flag.severity, flag.check) == ("inverted", "critical", "direction")
    assert flag.message == "the roles are turned round: 'sued Berg & Lund' in the original, 'Berg & Lund is suing' here"
    assert (flag.evidence["name"], flag.evidence["verb"]) == ("Berg & Lund", "sue")


def test_a_name_the_tagger_missed_on_one_side_is_found_as_written(tagger):
    """A short sentence may hide a name from the tagger ("Villamil conceded late on Sunday."): a
    name of the other side written there as it is counts as on both."""
    original = "Villamil conceded late on Sunday."
    reprint = "Ortega conceded defeat to Villamil late on Sunday in a video."
    analyses = tuple(tagger.analyse([original, reprint]))
    (flag,) = direction_flags(original, reprint, [], ["Ortega", "Villamil"], analyses)
    assert flag.evidence["original"] == "Villamil conceded" and flag.evidence["name"] == "Villamil"
    # written otherwise (in lower case), it is no name of the original's
    assert direction_flags("villamil conceded late on Sunday.", reprint, [], ["Ortega", "Villamil"],
                           tuple(tagger.analyse(["villamil conceded late on Sunday.", reprint]))) == []
