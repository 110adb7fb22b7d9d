"""Exit codes and messages of the command line."""

import json

import pytest

from conftest import FAST, ROOT, run, seed


@pytest.mark.parametrize("args,fragment", [
    (["audit", "nope.txt", "--original", "x.txt"], "nope.txt: no such file"),
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
    same = run("audit", str(original), "--original", str(original), "--json", str(out), *FAST)
    assert same.exit_code == 0, same.output
    data = json.loads(out.read_text())
    assert data["documents"][0]["verdict"] == "pass"
    assert all(s["aligned"] for s in data["documents"][0]["sentences"])
    assert run("audit", str(broken), "--original", str(original), *FAST).exit_code == 1
    assert run("audit", str(broken), "--original", str(original), "--fail-on", "never", *FAST).exit_code == 0
    assert run("audit", str(broken), "--original", str(original), "--fail-on", "critical", *FAST).exit_code == 0


@pytest.mark.models
def test_a_reprint_from_standard_input_and_the_deprecated_short_original(tmp_path):
    from typer.testing import CliRunner

    from mtaudit.cli import app

    original = tmp_path / "original.txt"
    original.write_text("The talks ended on Wednesday. Both sides agreed to meet again.\n")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["audit", "-", "--original", str(original), "--json", str(out), "--quiet",
                                      *FAST], input="The talks ended on Wednesday. Both sides will meet again.\n")
    assert result.exit_code in (0, 1), result.output
    (document,) = json.loads(out.read_text())["documents"]
    assert document["path"] == "-" and document["sentences"][0]["line"] == 1
    old = run("audit", original, "-o", original, "--quiet", *FAST)
    assert old.exit_code == 0 and "-o for --original is deprecated" in " ".join(old.output.split())


@pytest.mark.parametrize("command", ["audit", "align", "score", "accept", "checks", "models", "serve"])
def test_help_is_plain_with_no_type_placeholders(command):
    result = run(command, "--help", columns=100)
    assert result.exit_code == 0 and "Usage: mtaudit" in result.output
    assert "<bool>" not in result.output and "<str>" not in result.output and "\\[" not in result.output


def test_accept_offers_only_severities(tmp_path):
    result = run("accept", "--help", columns=100)
    assert "<critical|major|minor>" in result.output and "never" not in result.output
    refused = run("accept", tmp_path / "r.json", "--min-severity", "never")
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert "'never' is not one of" in " ".join(refused.output.split())


def test_without_ray_installed_the_message_says_what_to_install(tmp_path, monkeypatch):
    import sys

    manifest = tmp_path / "pairs.csv"
    manifest.write_text(f"reprint,original\n{ROOT / seed('002')},{ROOT / seed('000')}\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "ray", None)
    result = run("audit", "--pairs", manifest, "--ray", "local")
    assert result.exit_code == 2
    assert "pip install 'mtaudit[ray]'" in result.output
