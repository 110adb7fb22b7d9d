"""Counterpart or neighbour: the rule that decides which links are compared word by word."""

import numpy as np
import pytest

from mtaudit.align import align
from mtaudit.align.counterpart import (
    LinkEvidence,
    containment,
    content_words,
    coverage,
    is_counterpart,
    judge_links,
    link_evidence,
)
from mtaudit.config import Thresholds

T = Thresholds()


@pytest.mark.parametrize("text, words, names", [
    ("NATO allies and Russia ended four hours of talks.", {"ally", "and", "end", "four", "hour", "talk"},
     {"nato", "russia"}),
    # A headline in title case: its capitals are not names.
    ("Russia, NATO Meet Over Ukraine Impasse", {"russia", "meet", "ukraine", "impasse"}, {"nato"}),
    ("Putin's troops", {"putin", "troop"}, set()),  # the first word of a sentence is not taken for a name
])
def test_content_words_and_names(text, words, names):
    assert set(content_words(text)) == words
    assert set(content_words(text, names=True)) == names


def test_coverage_weighs_rare_words_more():
    a = content_words("the troops gathered near the border")
    assert coverage(a, content_words("troops gathered")) > coverage(a, content_words("the near"))
    assert coverage(a, a) == 1.0 and coverage({}, a) == 0.0


@pytest.mark.parametrize("similarity, reprint_coverage, original_coverage, supported, expected", [
    (0.90, 0.0, 0.0, False, True),    # reads almost the same: a counterpart whatever its wording
    (0.74, 0.65, 0.10, False, True),  # a part of a long original sentence
    (0.60, 0.10, 0.70, False, True),  # a merged sentence that carries the original
    (0.70, 0.30, 0.28, False, True),  # both sides share much of their content
    (0.68, 0.40, 0.05, False, False),  # a few words in common, one way: about the same event
    (0.68, 0.20, 0.15, False, False),  # same event, other content: an addition
    (0.68, 0.20, 0.15, True, True),   # ... unless its neighbours are counterparts in the same order
    (0.60, 0.10, 0.05, True, False),
])
def test_is_counterpart(similarity, reprint_coverage, original_coverage, supported, expected):
    evidence = LinkEvidence(similarity, reprint_coverage, original_coverage)
    assert is_counterpart(evidence, T, supported) is expected


def test_other_story_sentences_are_not_counterparts():
    """Sentences from another wire story about the same talks, at cosines a counterpart also has."""
    neighbours = [
        ("“We are not going to accept that NATO cannot expand further.”",
         "Stoltenberg said that NATO allies from the former Yugoslavia had pushed back directly against the "
         "Russian allegations.", 0.57),
        ("The deal would have forced NATO to end all membership plans, not just with Ukraine, and reduce its "
         "presence in countries close to Russia’s borders.",
         "NATO-Russia talks on Ukraine end in stalemate, leaving 1 more bout of negotiations", 0.62),
    ]
    for reprint, original, similarity in neighbours:
        assert not is_counterpart(link_evidence(reprint, original, similarity), T), reprint
    counterpart = ("Russia has gathered thousands of troops around Ukraine and is demanding that the coalition give "
                   "a binding guarantee that it will not offer membership to Ukraine or Georgia.",
                   "Russian President Vladimir Putin, who has amassed about 100,000 troops on the Ukraine border, is "
                   "demanding that NATO guarantee Ukraine and Georgia never join the alliance.", 0.74)
    assert is_counterpart(link_evidence(*counterpart), T)


def test_neighbours_in_order_support_a_loose_link():
    strong = ("The talks ended in a stalemate on Wednesday.", "The talks ended in a stalemate on Wednesday.", 0.99)
    loose = ("Diplomats voiced old grievances about the war in the Balkans and the bombing campaign in Libya.",
             "Officials aired a litany of grievances.", 0.6)
    positions = [((0,), ((0, 0),)), ((1,), ((0, 1),))]
    assert judge_links([strong, loose], positions, T) == [True, True]
    out_of_order = [((0,), ((0, 0),)), ((1,), ((0, 5),))]
    assert judge_links([strong, loose], out_of_order, T) == [True, False]


def test_contained_parts_join_their_sentence():
    """A long original sentence translated as three short ones: each part too far from the
    whole by embedding, all of its words in it."""
    original = ["The medal uses red and gold; its chain is done in Chinese knots, ruyis and orchids; it is made "
                "by cold press molding, filigree inlaying and enamel.", "The ceremony will be broadcast live."]
    reprint = ["The medal is mainly red and gold.", "The chain adopts Chinese knots, ruyi and orchids.",
               "The whole is made by cold pressing, filigree inlay and enamel."]
    contained = containment(reprint, original)
    assert contained(1, 0) > 0.6 and contained(1, 1) < 0.2
    # Each part at cosine 0.21 to the whole, 0 to the other original sentence.
    rows = np.eye(5, dtype=np.float32)[[0, 1, 2]]
    rows[:, 3] = 0.5
    reprint_vectors = rows / np.linalg.norm(rows, axis=1, keepdims=True)
    original_vectors = np.array([[0.25, 0.25, 0.25, 0, 0.95], [0, 0, 0, 0, -1.0]], dtype=np.float32)
    original_vectors /= np.linalg.norm(original_vectors, axis=1, keepdims=True)
    assert align(reprint_vectors, original_vectors, [0, 0, 0], [0, 1]) == []
    links = align(reprint_vectors, original_vectors, [0, 0, 0], [0, 1], contained=contained)
    assert [(link.reprint, link.original) for link in links] == [((0, 1, 2), (0,))]


def test_crossing_near_twins_are_put_in_order():
    """A headline the lead repeats: two near-identical sentences on each side, linked crosswise by
    a hair; in order they score almost as well, so the text's order wins."""
    reprint = np.array([[1.0, 0.0, 0.0], [0.99, 0.14, 0.0]], dtype=np.float32)
    original = np.array([[0.99, 0.0, 0.14], [1.0, 0.01, 0.0]], dtype=np.float32)
    reprint /= np.linalg.norm(reprint, axis=1, keepdims=True)
    original /= np.linalg.norm(original, axis=1, keepdims=True)
    assert [(link.reprint, link.original) for link in align(reprint, original)] == [((0,), (0,)), ((1,), (1,))]
    # A clear crossing (a paragraph moved) stays as it is.
    moved = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]], dtype=np.float32)
    assert [(link.reprint, link.original) for link in align(moved, np.eye(3, dtype=np.float32)[:2])] == [
        ((0,), (1,)), ((1,), (0,))]


@pytest.mark.parametrize("text, expected", [("broadcast.", -1.0), ("But there are divisions.", 0.0)])
def test_a_lower_case_scrap_is_a_fragment(text, expected):
    assert containment([text], ["The ceremony will be broadcast live on television."])(0, 0) == expected
