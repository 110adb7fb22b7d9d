"""The pre-commit hooks as a newsroom tries them: ``pre-commit try-repo`` of this repository in a
scratch git repository, with mtaudit installed (the ``mtaudit-system`` hook) and the real
default models. A faithful reprint passes; a garbled one blocks the commit and the hook's
output is the fix list, not only an exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.models

HEADLINE = "Talks on Ukraine to resume in Vienna\n\n"
FIRST = ("Officials from the United States and Russia will meet again in Vienna next week, the State "
         "Department said on Monday.\n\n")
FAITHFUL = HEADLINE + FIRST + ("The two sides held talks in Geneva last week and agreed to keep talking, a "
                               "spokesman said.\n")
GARBLED = HEADLINE + FIRST + ("Geneva the in sides talks two held week last and keep to agreed talking spokesman "
                              "a said the.\n")


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("newsroom")
    (repo / "faithful.txt").write_text(FAITHFUL, encoding="utf-8")
    (repo / "garbled.txt").write_text(GARBLED, encoding="utf-8")
    for command in (["git", "init", "-q"], ["git", "add", "."]):
        subprocess.run(command, cwd=repo, check=True)
    return repo


def try_repo(repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
               PRE_COMMIT_HOME=str(repo.parent / "pre-commit-home"), NO_COLOR="1")
    return subprocess.run([str(Path(sys.executable).with_name("pre-commit")), "try-repo", str(ROOT),
                           "mtaudit-system", "--files", *files],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=600)


def test_a_faithful_reprint_passes(newsroom):
    result = try_repo(newsroom, "faithful.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_a_garbled_reprint_blocks_the_commit_and_shows_the_findings(newsroom):
    result = try_repo(newsroom, "faithful.txt", "garbled.txt")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout
    assert "garbled.txt: FAIL" in result.stdout and "faithful.txt: PASS" in result.stdout
    assert "garbled.txt:5:1   major  garbled" in result.stdout
    assert "mtaudit: " not in result.stdout  # no progress lines, only the report


def test_the_hooks_file_offers_the_system_and_python_hooks():
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["mtaudit-system"]["language"] == "system"
    assert {hooks[name]["language"] for name in ("mtaudit", "mtaudit-pairs")} == {"python"}
    assert all("--no-progress" in hook["entry"] and "--quiet" not in hook["entry"] for hook in hooks.values())
