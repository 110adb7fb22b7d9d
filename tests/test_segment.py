import pytest

from mtaudit.ingest.read import parse
from mtaudit.segment import segment, split_spans

CASES = [
    ("The U.S. and Russia held talks. Mr. Putin said no.", ["The U.S. and Russia held talks.", "Mr. Putin said no."]),
    ("Mr Putin sent troops in 2014. It was bad.", ["Mr Putin sent troops in 2014.", "It was bad."]),
    ('He said: "We are clear-eyed. So we go." Then he left.',
     ['He said: "We are clear-eyed. So we go."', "Then he left."]),
    ("Wait... what happened? Nothing!", ["Wait... what happened?", "Nothing!"]),
    # A lone full stop or quote left by translation stays with the sentence before it.
    ("It limits missile deployments. . But talks go on.", ["It limits missile deployments. .", "But talks go on."]),
    ("One sentence without a stop", ["One sentence without a stop"]),
    # a title's abbreviation before a name ends no sentence
    ("It is hard, said its convenor, Atty. Lorna Cruz. She left.",
     ["It is hard, said its convenor, Atty. Lorna Cruz.", "She left."]),
    ("Engr. Juan Cruz said so. He left.", ["Engr. Juan Cruz said so.", "He left."]),
    ("They met at Marble Arch. Police said so.", ["They met at Marble Arch.", "Police said so."]),
    # a currency's short form before its figure ends no sentence; a year before a figure does
    ("A restoration costing Afl. 7.2 million will start. It ends soon.",
     ["A restoration costing Afl. 7.2 million will start.", "It ends soon."]),
    ("He paid Sh. 500 each. They won in 2019. 12 people came.",
     ["He paid Sh. 500 each.", "They won in 2019.", "12 people came."]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_split_spans(text, expected):
    spans = split_spans(text)
    assert [text[s:e] for s, e in spans] == expected


def test_offsets_and_paragraphs_survive_boilerplate():
    doc = parse("a.txt", "First one. Second one.\n\n- Advertisement -\n\nThird one.")
    seg = segment(doc)
    assert [(s.paragraph, s.text) for s in seg.sentences] == [(0, "First one."), (0, "Second one."), (2, "Third one.")]
    for s in seg.sentences:
        assert doc.paragraphs[s.paragraph].text[s.start:s.end] == s.text
    assert [s.index for s in seg.sentences] == [0, 1, 2]


def test_very_long_line_is_cut_in_bounded_pieces():
    text = "word " * 5000
    spans = split_spans(text.strip())
    assert len(spans) >= 2
    assert all(e - s <= 2000 for s, e in spans)


@pytest.mark.parametrize("text,label", [
    ("Speed Reads", True), ("By Jane Doe", True), ("WASHINGTON", True),
    ("NATO-Russia talks on Ukraine end in stalemate", False),   # a headline says something
    ("He left.", False), ("Stocks fell sharply.", False),      # a short sentence is a sentence
])
def test_labels_are_short_lines_without_closing_punctuation(text, label):
    from mtaudit.segment import is_label

    assert is_label(text) is label


def test_a_sentence_ending_in_a_closing_single_quote_ends_there():
    text = "He said: ‘This is a dark day for anyone.’ The group said it was considering a legal challenge."
    assert [text[a:b] for a, b in split_spans(text)] == [
        "He said: ‘This is a dark day for anyone.’", "The group said it was considering a legal challenge."]
    # an apostrophe is no end
    text = "The workers’ pay rose. It was the unions’ win."
    assert [text[a:b] for a, b in split_spans(text)] == ["The workers’ pay rose.", "It was the unions’ win."]
    text = "Washington is the U.S.’ Pacific ally."
    assert [text[a:b] for a, b in split_spans(text)] == [text]


@pytest.mark.parametrize(("text", "expected"), [
    # a quote in single marks is kept whole, as one in double marks is
    ("'We cannot guarantee the volumes. Water must come first,' Alaoui said. He left.",
     ["'We cannot guarantee the volumes. Water must come first,' Alaoui said.", "He left."]),
    ("‘We cannot guarantee the volumes. Water must come first,’ Alaoui said.",
     ["‘We cannot guarantee the volumes. Water must come first,’ Alaoui said."]),
    ('"We cannot guarantee the volumes. Water must come first," Alaoui said.',
     ['"We cannot guarantee the volumes. Water must come first," Alaoui said.']),
    # a quote closed in its own sentence, or in another paragraph, joins nothing
    ("He said: ‘We will go.’ Then he left. It rained.", ["He said: ‘We will go.’", "Then he left.", "It rained."]),
    ("'We will go. It is time.\n\nThen he said it was over,' she said.",
     ["'We will go.", "It is time.", "Then he said it was over,' she said."]),
    # a quote that opens in the last sentence does not stop it closing there
    ("‘We cannot guarantee it. Water comes first,’ Alaoui said, calling it ‘a matter of survival’.",
     ["‘We cannot guarantee it. Water comes first,’ Alaoui said, calling it ‘a matter of survival’."]),
    # the closing mark the splitter puts on the next sentence goes back to its own
    ("‘We cannot guarantee it.’ He left.", ["‘We cannot guarantee it.’", "He left."]),
    ("‘We cannot. Water first.’ He left.", ["‘We cannot. Water first.’", "He left."]),
    # a name's apostrophe is closed by no mark of the other kind, nor by a plural's owner
    ("Dr 'Mamoeketsi Phafane said it was fair. It took two days. It is the U.S.’ main ally.",
     ["Dr 'Mamoeketsi Phafane said it was fair.", "It took two days.", "It is the U.S.’ main ally."]),
    # an apostrophe opens no quote
    ("The workers' pay rose. They had asked for it. 'Keep 'em going,' he said.",
     ["The workers' pay rose.", "They had asked for it.", "'Keep 'em going,' he said."]),
])
def test_a_quote_in_single_marks_is_one_sentence(text, expected):
    assert [text[a:b] for a, b in split_spans(text)] == expected
