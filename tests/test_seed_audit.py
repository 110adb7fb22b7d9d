"""The seed audit end to end, with the real default models."""

import json

import pytest

from mtaudit.config import AuditConfig
from mtaudit.pipeline import audit_files
from mtaudit.report import json as json_report

from conftest import seed

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def report(seed_reports):
    """The seed audit as the library gives it, reading the model outputs that the command line's
    audit (``seed_reports``) cached: the models run once for both."""
    from mtaudit.backends.models import ModelSet
    from mtaudit.cache import default_cache

    config = AuditConfig()
    cache = default_cache(config.cache_max_mb)
    try:
        return audit_files([seed("002"), seed("003"), seed("004")], [seed("000"), seed("001")], config,
                           ModelSet(config, cache=cache))
    finally:
        cache.close()


def sentence(report, doc, fragment):
    (match,) = [s for s in report.documents[doc].sentences if fragment in s.sentence.text]
    return match


def kinds(s, severities=("major", "critical")):
    return {f.kind for f in s.flags if f.severity in severities}


def test_variant_originals_are_recognised(report):
    assert len(report.variants) == 1
    assert report.variants[0].paths == (seed("000"), seed("001"))


def test_reversed_negation_is_inverted_and_critical(report):
    s = sentence(report, 0, "would heed Russia")
    (flag,) = [f for f in s.flags if f.kind == "inverted"]
    assert flag.severity == "critical"
    assert "they would heed" in flag.message


def test_other_story_sentences_are_additions_without_flags(report):
    """003 and 004 are other wire copy about the same talks: their sentences that merely share
    the names and the topic are not compared with the original (context only), and carry no flag."""
    for doc, fragment in [(1, "We are not going to accept that NATO cannot expand"),
                          (1, "No one else has anything to say"), (1, "The deal would have forced NATO"),
                          (2, "NATO is an instrument of confrontation"), (2, "any expansion of NATO has to do"),
                          (2, "Russia, NATO Meet Over Ukraine Impasse")]:
        s = sentence(report, doc, fragment)
        assert s.aligned == () and s.closest, fragment
        assert s.flags == (), (fragment, s.flags)


def test_other_stories_are_named_as_such(report):
    """The report tells the editor that 003 and 004 are other stories on the subject (few
    sentences match either way), and says nothing of the kind for the reprint of the original."""
    notes = [[n for n in doc.notes if "another story" in n] for doc in report.documents]
    assert [bool(n) for n in notes] == [False, True, True]
    assert "checked on their own" in notes[1][0]


def test_labels_of_the_original_are_not_listed_as_not_carried(report):
    """The original's section name and kicker ("Speed Reads", "Ukraine Strain") are no sentences
    a reprint must carry; what 002 leaves out of the original is."""
    omitted = [o.text for o in report.documents[0].omitted]
    assert "Speed Reads" not in omitted and "Ukraine Strain" not in omitted
    assert "Ukraine is a member of the OSCE but not NATO, yet." in omitted


def test_headline_paraphrase_and_faithful_quote_carry_no_flag(report):
    for fragment in ("NATO, Russia in a standoff after talks in Brussels",
                     "We can discuss many issues, but we cannot discuss some core principles"):
        assert sentence(report, 0, fragment).flags == (), fragment


def test_faithful_paraphrases_are_not_flagged(report):
    for doc, fragment in [(0, "neither accepted nor rejected"), (0, "directly opposed the Russian allegations"),
                          (0, "We have clear eyes"), (0, "There is a real risk of a new armed conflict")]:
        s = sentence(report, doc, fragment)
        assert not kinds(s) & {"inverted", "garbled", "fact"}, (fragment, s.flags)


def test_faithful_sentences_link_to_their_originals(report):
    s = sentence(report, 0, "We have clear eyes")
    assert any("We are clear-eyed." in a.text for a in s.aligned)
    # The twin sentence in the other version of the article is listed too.
    assert {a.path for a in s.aligned} == {seed("000"), seed("001")}
    s = sentence(report, 0, "directly opposed the Russian allegations")
    assert any("pushed back directly" in a.text for a in s.aligned)


def test_garbled_sentences_are_flagged(report):
    for doc, fragment in [(1, "level aimed at avoiding"), (1, "very serious and direct"),
                          (2, "coalition level activities back"), (2, "big changes and rapidity"),
                          (0, "that killed the US contributed to")]:
        assert "garbled" in kinds(sentence(report, doc, fragment)), fragment
    # a verb in an impossible form is one word to put right: a minor slip, the meaning holds
    assert "fluency" in kinds(sentence(report, 1, "the idea of continue talks"), ("minor",))


def test_punctuation_slips_are_minor(report):
    for fragment in ("limits on missile deployments. .", "schedule of future meetings"):
        s = sentence(report, 1, fragment)
        assert s.flags and {f.severity for f in s.flags} == {"minor"}, (fragment, s.flags)


def test_break_against_the_original_points_at_the_word_and_what_came_in_before_it(report):
    """The sentence breaks at the original's 'contributed'; what broke it is 'killed the US',
    which the original does not say: the flag marks the one and names both."""
    s = sentence(report, 0, "that killed the US contributed to")
    (flag,) = [f for f in s.flags if f.check == "lm-break"]
    assert flag.evidence["word"] == "contributed"
    assert s.sentence.text[slice(*flag.evidence["span"])] == "contributed"
    assert s.sentence.text[slice(*flag.evidence["new_before"])] == "killed the US"
    assert "after 'killed the US', which the original does not say" in flag.message


def test_names_of_different_kinds_are_not_a_fact_change(report):
    # "Vladimir Putin" (a person) in the original, "Soviet" and "Moscow" (a group, a place) here.
    for fragment in ("Russia has gathered thousands of troops", "NATO has said since 2008"):
        assert not [f for f in sentence(report, 2, fragment).flags if f.check == "fact-name"], fragment


def test_a_figure_made_vague_is_flagged_on_the_sentence_that_says_it(report):
    # "about 100,000 troops" in the original; the 2-1 link's other sentence says no figure
    (flag,) = [f for f in sentence(report, 2, "Russia has gathered thousands of troops").flags if f.kind == "fact"]
    assert flag.check == "fact-number" and flag.evidence["made"] == "vague"
    assert flag.evidence["reprint"] == ["thousands of troops"] and flag.severity == "major"
    assert not [f for f in sentence(report, 2, "NATO has said since 2008").flags if f.kind == "fact"]


def test_changed_quotes_are_flagged_with_both_wordings(report):
    clear = [f for f in sentence(report, 0, "We have clear eyes").flags if f.kind == "quote"]
    assert [f.evidence["changes"][0]["original"] for f in clear] == ["are clear-eyed"]
    (powerful,) = [f for f in sentence(report, 0, "You are a powerful country").flags if f.kind == "quote"]
    assert powerful.severity == "major" and powerful.evidence["change"] == "person"
    assert powerful.evidence["changes"][0]["original"] == "they"


def test_a_verb_of_taking_turned_round_is_flagged_without_an_original(report):
    s = sentence(report, 1, "annexed the Crimean Peninsula to Ukraine")
    assert s.aligned == ()
    assert [f.check for f in s.flags if f.kind == "inverted"] == ["taken-to"]


def test_changed_title_is_a_critical_fact_flag(report):
    s = sentence(report, 1, "Under Secretary of State Wendy Sherman")
    assert "fact" in kinds(s, ("critical",))


def test_a_correction_notice_is_read_for_the_titles_it_gives(report):
    """003's correction notice gives Sherman a third title: a critical fact on the notice, which
    is neither aligned nor read by a model."""
    (s,) = [s for s in report.documents[1].sentences if s.sentence.notice == "correction notice"]
    assert s.aligned == () and s.closest == () and s.scores["fluency"] is None
    assert [(f.kind, f.severity, f.check) for f in s.flags] == [("fact", "critical", "fact-title")]
    assert "correction notice" in s.flags[0].message and "Assistant Secretary of State" in s.flags[0].message


def test_a_notice_amid_the_article_leaves_every_other_sentence_its_counterpart():
    """A correction notice between paragraphs is left out of the alignment; the sentences after
    it keep their own counterparts (their positions are mapped back past it)."""
    from mtaudit import Article, audit

    paragraphs = ["Officials from the United States and Russia will meet again in Vienna next week.",
                  "Deputy Secretary of State Wendy Sherman led the American delegation at the talks.",
                  "The two sides agreed to keep talking, a spokesman said on Monday."]
    notice = "Correction: An earlier version of this story misstated the city of the next meeting."
    reprint = "\n\n".join([paragraphs[0], notice, *paragraphs[1:]]) + "\n"
    original = Article("original.txt", "\n\n".join(paragraphs) + "\n")
    (doc,) = audit([Article("reprint.txt", reprint)], [original]).documents
    assert [s.sentence.notice for s in doc.sentences] == [None, "correction notice", None, None]
    assert [[a.index for a in s.aligned] for s in doc.sentences] == [[0], [], [1], [2]]
    assert not [f for s in doc.sentences for f in s.flags] and doc.omitted == ()


def test_boilerplate_is_listed_not_scored(report):
    doc = report.documents[2]
    assert len(doc.document.boilerplate) >= 8
    texts = {s.sentence.text for s in doc.sentences}
    assert not any("Advertisement" in t or "Recent Articles" in t for t in texts)
    assert "Press play to listen to this article" in {p.text for p in report.documents[0].document.boilerplate}


def test_additions_have_no_counterpart_and_still_get_checks(report):
    s = sentence(report, 1, "level aimed at avoiding")
    assert s.aligned == () and s.scores["similarity"] is None and s.scores["fluency"] is not None


def test_every_reprint_fails_the_default_gate_and_json_follows_the_contract(report):
    assert [d.verdict for d in report.documents] == ["fail", "fail", "fail"]
    data = json.loads(json_report.render(report))
    assert data["schema_version"] == 1 and data["tool"]["name"] == "mtaudit"
    assert set(data["tool"]["models"]) == {"embedder", "contradiction", "lm", "grammar", "tagger"}
    doc = data["documents"][0]
    assert {"path", "verdict", "originals", "boilerplate", "sentences", "omitted", "summary"} <= set(doc)
    s = doc["sentences"][0]
    assert {"index", "paragraph", "start", "end", "text", "aligned", "scores", "flags"} <= set(s)
    for s in doc["sentences"]:
        assert 0.0 <= s["scores"]["risk"] <= 1.0 and 0.0 <= s["scores"]["fluency"] <= 1.0
        if s["aligned"]:
            assert 0.0 <= s["scores"]["drift"] <= 1.0
            assert {"similarity", "chrf", "bleu", "ter"} <= set(s["scores"])
        for f in s["flags"]:
            assert f["severity"] in ("minor", "major", "critical") and "check" in f["evidence"]
    # Omissions come from the primary version only, twins folded in.
    assert all(o["path"] == seed("000") for o in doc["omitted"])


def test_same_input_same_output(report, seed_reports):
    """The library's audit of the seeds is the command line's report, byte for byte: nothing after
    the models depends on the run. (That the models' outputs do not either is the offline test's, a
    run with no cache in another process, and the batch tests'.)"""
    assert json_report.render(report) == seed_reports["json"].read_text(encoding="utf-8")


def test_reference_free_audit_of_the_clean_original_flags_nothing_garbled():
    clean = audit_files([seed("000")], [], AuditConfig())
    assert clean.mode == "reference-free"
    garbled = [s.sentence.text for s in clean.documents[0].sentences if "garbled" in kinds(s)]
    assert garbled == []
