"""The README's examples run as written: the Python API example and the configuration file."""

from __future__ import annotations

import contextlib
import io
import os
import re

import pytest

from conftest import FAST, ROOT, run

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block(section: str, language: str) -> str:
    text = README.split(f"## {section}\n", 1)[1]
    match = re.search(rf"```{language}\n(.*?)```", text, re.DOTALL)
    assert match, f"no {language} block under '## {section}'"
    return match.group(1)


@pytest.mark.models
def test_the_python_api_example_runs_as_written(monkeypatch):
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(out):
        exec(compile(_block("Python API", "python"), "README.md", "exec"), namespace)
    printed = out.getvalue().splitlines()
    assert printed[0] == "fail"
    assert any(line.startswith("critical inverted: Both sides will not meet again.") for line in printed[1:])
    assert "**To fix:**" in str(namespace["markdown"]) and "thousands of troops" in str(namespace["markdown"])


@pytest.mark.models
def test_the_configuration_example_works_on_first_use(tmp_path, monkeypatch):
    """It names an accepted-findings file that does not exist yet: that is where 'mtaudit accept'
    will write, and until then nothing is accepted."""
    (tmp_path / "mtaudit.toml").write_text(_block("Configuration", "toml"), encoding="utf-8")
    (tmp_path / "original.txt").write_text("The talks ended on Wednesday. Both sides agreed to meet again.\n")
    monkeypatch.chdir(tmp_path)
    result = run("audit", "original.txt", "--original", "original.txt", "--quiet", *FAST)
    assert result.exit_code == 0, result.output
    assert not os.path.exists(tmp_path / "mtaudit-accepted.json")
    missing = run("audit", "original.txt", "--accepted", "nope.json", "--quiet", *FAST)
    assert missing.exit_code == 2 and "nope.json: the accepted-findings file does not exist" in missing.output


def test_the_public_names_import_from_the_package_without_loading_a_model():
    import subprocess
    import sys

    code = ("import sys, mtaudit; from mtaudit import Article, AuditConfig, AuditReport, Flag, InputError, audit; "
            "print(sorted(m for m in ('torch', 'transformers', 'spacy', 'sentence_transformers') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stderr
