"""Exit codes and messages of the command line."""

import json

import pytest

from conftest import FAST, run, seed


@pytest.mark.parametrize("args,fragment", [
    (["audit", "nope.txt", "-o", "x.txt"], "nope.txt: no such file"),
    (["audit", "seeds"], "seeds: is a directory"),
    (["audit", "README.md", "--fail-on", "sometimes"], "sometimes"),
    (["audit"], "give reprint files, or --pairs"),
    (["audit", "README.md", "--no-such-option"], "No such option"),
])
def test_bad_usage_and_input_exit_2_without_traceback(args, fragment):
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert fragment in result.output
    assert "Traceback" not in result.output


def test_missing_model_is_one_clear_message():
    result = run("audit", seed("002"), "--embedder", "no-such-model", *FAST)
    assert result.exit_code == 2
    assert "embedder model" in result.output and "no-such-model" in result.output
    assert "Traceback" not in result.output


@pytest.mark.models
def test_identical_reprint_passes_and_broken_one_fails(tmp_path):
    original = tmp_path / "original.txt"
    original.write_text("The talks ended on Wednesday. Both sides agreed to meet again.\n")
    broken = tmp_path / "broken.txt"
    broken.write_text("The talks ended on Wednesday. . both sides agreed to meet again.\n")
    out = tmp_path / "r.json"
    same = run("audit", str(original), "-o", str(original), "--json", str(out), *FAST)
    assert same.exit_code == 0, same.output
    data = json.loads(out.read_text())
    assert data["documents"][0]["verdict"] == "pass"
    assert all(s["aligned"] for s in data["documents"][0]["sentences"])
    assert run("audit", str(broken), "-o", str(original), *FAST).exit_code == 1
    assert run("audit", str(broken), "-o", str(original), "--fail-on", "never", *FAST).exit_code == 0
    assert run("audit", str(broken), "-o", str(original), "--fail-on", "critical", *FAST).exit_code == 0
