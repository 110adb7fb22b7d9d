"""mtaudit score: pairs in, the audit's flags and scores out, with the real default models."""

import json

import pytest
from typer.testing import CliRunner

from mtaudit.cli import app

runner = CliRunner()

PAIRS = [
    {"id": "negation", "original": "The allies said they would not heed Russia's demand.",
     "reprint": "The allies said they would heed Russia's demand."},
    {"id": "faithful", "original": "The talks ended without agreement on Wednesday.",
     "reprint": "The talks ended on Wednesday without an agreement."},
    {"id": "number", "original": "Russia has massed 100,000 troops near the border.",
     "reprint": "Russia has massed 10,000 troops near the border."},
    {"id": "gender", "original": "He said he would resign on Friday.",
     "reprint": "She said she would resign on Friday."},
    {"id": "scrambled", "original": "Russia denies having any plans to attack its neighbour.",
     "reprint": "Russia plans denies attack having any its to neighbour."},
    {"id": "swapped", "original": "The minister said the new rules would take effect next month.",
     "reprint": "The minister said the rules new would take effect next month."},
    {"id": "pronoun", "original": "The mayor thanked the firefighters for their courage.",
     "reprint": "The mayor thanked the firefighters for them courage."},
    {"id": "preposition", "original": "Most of the residents returned home after the storm.",
     "reprint": "Most among the residents returned home after the storm."},
    {"id": "paraphrase", "original": "Officials expect the harvest to be smaller than last year.",
     "reprint": "Officials expect a smaller harvest than last year."},
]


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("score")
    source = folder / "pairs.jsonl"
    source.write_text("".join(json.dumps(p) + "\n" for p in PAIRS), encoding="utf-8")
    out = folder / "scored.jsonl"
    result = runner.invoke(app, ["score", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 0, result.output
    return {row["id"]: row for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def serious(row):
    return {f["kind"] for f in row["flags"] if f["severity"] in ("major", "critical")}


@pytest.mark.parametrize("pair_id,kind", [("negation", "inverted"), ("number", "fact"), ("gender", "fact"),
                                          ("scrambled", "garbled")])
def test_changed_pairs_get_their_flag(scored, pair_id, kind):
    assert kind in serious(scored[pair_id]), scored[pair_id]["flags"]


def test_faithful_pair_is_not_flagged(scored):
    assert not serious(scored["faithful"]) & {"inverted", "garbled", "fact"}


@pytest.mark.parametrize("pair_id,words,suggestion", [("swapped", "rules new", "new rules"),
                                                       ("pronoun", "them", "their"), ("preposition", "among", "of")])
def test_readable_slips_are_put_right_from_the_original(scored, pair_id, words, suggestion):
    repairs = [f for f in scored[pair_id]["flags"] if f["evidence"]["check"] == "lm-repair"]
    assert [(f["kind"], f["severity"], f["evidence"]["words"], f["evidence"]["suggestion"]) for f in repairs] == \
        [("fluency", "minor", words, suggestion)]
    assert repairs[0]["evidence"]["gain"] >= repairs[0]["evidence"]["threshold"]
    assert scored[pair_id]["scores"]["fluency"] < scored["faithful"]["scores"]["fluency"]


@pytest.mark.parametrize("pair_id", ["faithful", "paraphrase"])
def test_faithful_wording_is_not_repaired(scored, pair_id):
    assert not [f for f in scored[pair_id]["flags"] if f["evidence"]["check"] == "lm-repair"]


def test_every_result_has_the_scores_and_evidence(scored):
    for row in scored.values():
        assert {"similarity", "chrf", "bleu", "ter", "drift", "fluency", "risk"} <= set(row["scores"])
        assert 0 <= row["scores"]["risk"] <= 1 and 0 <= row["scores"]["fluency"] <= 1
        assert all("check" in f["evidence"] for f in row["flags"])
    assert scored["negation"]["scores"]["risk"] > scored["faithful"]["scores"]["risk"]


@pytest.mark.parametrize("content,fragment", [
    ('{"id": "a", "original": "x"}\n', "line 1"),
    ('{"id": "a", "original": "x", "reprint": "y"}\nnot json\n', "line 2"),
    ('{"id": "a", "original": "", "reprint": "y"}\n', "non-empty"),
    ("", "holds no pairs"),
])
def test_bad_input_names_the_line_and_exits_2(tmp_path, content, fragment):
    source = tmp_path / "pairs.jsonl"
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "scored.jsonl"
    result = runner.invoke(app, ["score", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 2 and fragment in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_no_repairs_leaves_the_slips_to_the_other_checks(scored, tmp_path):
    """--no-repairs skips the extra readings: no lm-repair flag, every other flag as before."""
    chosen = [p for p in PAIRS if p["id"] in ("swapped", "pronoun", "negation")]
    source = tmp_path / "pairs.jsonl"
    source.write_text("".join(json.dumps(p) + "\n" for p in chosen), encoding="utf-8")
    out = tmp_path / "scored.jsonl"
    result = runner.invoke(app, ["score", "--input", str(source), "--output", str(out), "--no-repairs"])
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    for pair_id, row in rows.items():
        checks = [f["evidence"]["check"] for f in row["flags"]]
        assert "lm-repair" not in checks
        assert checks == [f["evidence"]["check"] for f in scored[pair_id]["flags"]
                          if f["evidence"]["check"] != "lm-repair"]
    assert rows["swapped"]["scores"]["fluency"] > scored["swapped"]["scores"]["fluency"]


def test_lm_repairs_must_be_true_or_false(tmp_path):
    source = tmp_path / "pairs.jsonl"
    source.write_text(json.dumps(PAIRS[0]) + "\n", encoding="utf-8")
    config = tmp_path / "mtaudit.toml"
    config.write_text('[models]\nlm_repairs = "yes"\n', encoding="utf-8")
    result = runner.invoke(app, ["score", "--input", str(source), "--output", str(tmp_path / "out.jsonl"),
                                 "--config", str(config)])
    assert result.exit_code == 2
    assert "lm_repairs must be true or false" in result.output and "Traceback" not in result.output


@pytest.mark.models
def test_score_reads_standard_input_and_writes_standard_output(scored):
    text = json.dumps(PAIRS[0]) + "\n"
    result = runner.invoke(app, ["score", "-"], input=text)
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert row["id"] == PAIRS[0]["id"] and row["flags"] == scored[PAIRS[0]["id"]]["flags"]
    bad = runner.invoke(app, ["score", "-"], input="not json\n")
    assert bad.exit_code == 2 and "standard input, line 1" in bad.output


def test_score_takes_its_pairs_once():
    for args in (["score"], ["score", "a.jsonl", "--input", "b.jsonl"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "give the pairs file once" in " ".join(result.output.split()), args
