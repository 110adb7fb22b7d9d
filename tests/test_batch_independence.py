"""The same sentence, the same finding: no model's output depends on what else is in the run."""

from pathlib import Path

import pytest

from mtaudit.backends.grammar import HarperChecker
from mtaudit.backends.models import ModelSet
from mtaudit.config import AuditConfig
from mtaudit.scoring import Pair, score_pairs

pytestmark = pytest.mark.models

PAIR = Pair("p", "NATO allies would not heed Russia's demand, nor would they let Moscow dictate where troops go.",
            "NATO allies would heed Russia's demand, nor would they let Moscow dictate where troops go.")
OTHERS = [
    Pair("a", "The talks ended in a stalemate on Wednesday.", "The talks ended without a result on Wednesday."),
    Pair("b", "Russia has amassed about 100,000 troops on the border with Ukraine, officials said on Monday.",
         "Russia gathered thousands of troops near the Ukrainian border, officials said Monday."),
    Pair("c", "He said the Russians were noncommittal about more talks.",
         "He said the Russians neither accepted nor rejected more talks, which are planned for next week in Vienna."),
    Pair("d", "Short.", "A much longer sentence that the models will have to pad the short ones against, surely."),
]


def test_a_pair_alone_and_in_any_batch_gets_the_same_scores_and_flags():
    """Each model reads the pair alone, then beside other pairs in two orders; no output cache."""
    config = AuditConfig()
    alone = score_pairs([PAIR], ModelSet(config), config)[0]
    for batch in ([*OTHERS, PAIR], [PAIR, *reversed(OTHERS)], [OTHERS[1], PAIR, OTHERS[3]]):
        models = ModelSet(config)
        assert models.cache is None
        within = score_pairs(batch, models, config)[batch.index(PAIR)]
        assert within.scores == alone.scores
        assert within.flags == alone.flags
    assert alone.scores["conflict"] is not None  # the contradiction model did read it
    assert any(f.kind == "inverted" for f in alone.flags)


@pytest.mark.parametrize("english, flagged", [
    ("any", {"recieve"}),
    ("us", {"recieve", "favour", "criticised"}),
    ("gb", {"recieve", "color"}),
])
def test_spelling_follows_the_english_setting(english, flagged):
    sentences = ["We favour the plan, which was criticised.", "They recieve the color prints."]
    findings = HarperChecker(english).check(sentences)
    words = {s[f.start:f.end].lower() for s, found in zip(sentences, findings) for f in found
             if f.category == "spelling"}
    assert words == flagged


def test_house_style_is_not_a_finding():
    sentences = ["The build-up raised deep concerns in Kiev.", "They raised concerns about cyber attacks.",
                 "Allies urged Russia to de-escalate the situation.", "Some 100,000 troops are massed nearby."]
    assert HarperChecker().check(sentences) == [[], [], [], []]


def test_a_manifest_read_in_one_pass_gives_each_group_its_own_report(tmp_path):
    """``--pairs`` reads the sentences of all groups through each model together; every group's
    report is the one it gets audited alone. The same reprint text in two groups, against other
    originals, keeps each group's names and repairs. (The models' outputs are kept between the
    two runs: that they do not depend on the batch is the first test's.)"""
    from mtaudit.cache import default_cache
    from mtaudit.pipeline import audit_files, audit_manifest, manifest_groups, merge_reports
    from mtaudit.report import json as json_report

    from conftest import ROOT, opening, seed

    names = {}
    for prefix in ("000", "001", "002", "003"):
        source = ROOT / seed(prefix)
        names[prefix] = str(tmp_path / source.name)
        Path(names[prefix]).write_text(opening(source.read_text(encoding="utf-8")), encoding="utf-8")
    twin = tmp_path / "002-again.txt"
    twin.write_text(Path(names["002"]).read_text(encoding="utf-8"), encoding="utf-8")
    rows = [(names["002"], (names["000"],)), (names["003"], (names["001"],)), (str(twin), (names["001"],))]
    config = AuditConfig()
    models = ModelSet(config, cache=default_cache(config.cache_max_mb))
    together = audit_manifest(rows, config, models)
    one_by_one = merge_reports(rows, [audit_files(reprints, originals, config, models)
                                      for originals, reprints in manifest_groups(rows)], config)
    assert json_report.render(together) == json_report.render(one_by_one)
    assert [doc.document.path for doc in together.documents] == [reprint for reprint, _ in rows]



def test_a_reprint_alone_and_beside_another_gets_the_same_readings(tmp_path):
    """A sentence the reprint split, whose part another reprint shares word for word: the part's
    reading belongs to its own link, so the reprint reads the same alone and beside the other."""
    from mtaudit.pipeline import audit_files

    original = tmp_path / "original.txt"
    faithful = tmp_path / "faithful.txt"
    damaged = tmp_path / "damaged.txt"
    quote = "‘A company cannot outsource its obligations and then disown the consequences when the contractor " \
            "fails,’ she wrote."
    original.write_text('Rejecting that argument, the judge wrote: "A company cannot outsource its obligations and '
                        'then disown the consequences when the contractor fails."\n', encoding="utf-8")
    faithful.write_text(f"The judge rejected that argument. {quote}\n", encoding="utf-8")
    damaged.write_text(f"The judge accepted that argument. {quote}\n", encoding="utf-8")
    config = AuditConfig()
    (alone,) = audit_files([str(faithful)], [str(original)], config, ModelSet(config)).documents
    beside, _ = audit_files([str(faithful), str(damaged)], [str(original)], config, ModelSet(config)).documents
    assert [s.scores for s in alone.sentences] == [s.scores for s in beside.sentences]
    assert [s.flags for s in alone.sentences] == [s.flags for s in beside.sentences]
    assert alone.sentences[1].scores["conflict"] is not None
