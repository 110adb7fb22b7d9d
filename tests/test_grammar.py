"""The Harper backend lints many sentences as one document; its findings must be the ones each
sentence gets on its own."""

from mtaudit.backends.grammar import HarperChecker

SENTENCES = [
    "Boating is the national pastime in Finland, with one in six or eight owning a.",
    "The the talks ended on Wednesday.",
    "He recieved the letter yesterday.",
    "Both sides agreed to meet again.",
    "",
    "It was a error.",
    "Multi-line\ntext is read as one line.",
]


def test_batched_findings_equal_single_sentence_findings():
    checker = HarperChecker()
    batched = checker.check(SENTENCES)
    single = [checker.check([s])[0] for s in SENTENCES]
    assert batched == single
    assert any(f.category == "spelling" for f in batched[2])  # 'recieved'
    assert batched[3] == [] and batched[4] == []


def test_the_slow_rules_are_off_and_the_findings_stay():
    """A sentence that kept one costly rule busy for seconds: its findings (two names the
    dictionary does not know) come all the same, and the rule is off."""
    checker = HarperChecker()
    sentence = ('"Dwaapaar is indifferent to fashion, his obsession is the timeless," explains this Italian '
                'aristocrat who lives between Paris, New York and Buenos Aires.')
    findings = checker.check([sentence])[0]
    assert [sentence[f.start:f.end] for f in findings if f.category == "spelling"] == ["Dwaapaar", "Buenos"]
    config = checker._linter.get_lint_config()
    assert all(config[rule] is False for rule in HarperChecker.SLOW_RULES)
