"""The terminal report of the seeds, as an editor reads it: piped (CI, a pre-commit hook) and in a
real pseudo-terminal. It leads with the fix list, each entry at FILE:LINE:COL, fits in 150 lines
at 120 columns, and shows scores and raw evidence only with --explain."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys

import pytest

from conftest import ROOT, seed

SEEDS = [seed("002"), seed("003"), seed("004"), "--original", seed("000"), "--original", seed("001")]
ENTRY = re.compile(r"^\s+\d+\. (seeds/00[234]_\w+\.txt):(\d+):(\d+)\s+(critical|major|minor)\s+\w+")
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def _piped(*extra: str) -> str:
    result = subprocess.run([sys.executable, "-m", "mtaudit", "audit", *SEEDS, *extra], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    assert result.returncode == 1, result.stderr
    return result.stdout


def _in_a_terminal(*extra: str) -> str:
    main, secondary = pty.openpty()
    os.set_blocking(main, False)
    env = {**os.environ, "COLUMNS": "120", "LINES": "50", "TERM": "xterm-256color"}
    process = subprocess.Popen([sys.executable, "-m", "mtaudit", "audit", *SEEDS, *extra], cwd=ROOT,
                               stdin=secondary, stdout=secondary, stderr=subprocess.DEVNULL, env=env)
    os.close(secondary)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 0.5)
        if ready:
            try:
                data = os.read(main, 65536)
            except OSError:  # the terminal closed
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    process.wait(timeout=120)
    os.close(main)
    assert process.returncode == 1
    return ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r\n", "\n")


def _check_fix_list(text: str) -> None:
    lines = text.splitlines()
    assert len(lines) <= 150, len(lines)
    entries = [(i, m) for i, line in enumerate(lines) if (m := ENTRY.match(line))]
    assert len(entries) >= 8
    for i, match in entries:
        path, line, column = match.group(1), int(match.group(2)), int(match.group(3))
        source = (ROOT / path).read_text(encoding="utf-8").splitlines()
        assert 1 <= line <= len(source) and 1 <= column <= len(source[line - 1]) + 1, match.group(0)
        following = lines[i + 1:i + 12]
        assert any(line.strip().startswith("→ ") for line in following), match.group(0)
    for path in ("002", "003", "004"):
        verdict = next(i for i, line in enumerate(lines) if line.startswith(f"seeds/{path}_") and "FAIL" in line)
        first_entry = next(i for i, m in entries if f"/{path}_" in m.group(1))
        assert verdict < first_entry  # the verdict, then what to fix
    assert "scores:" not in text and '{"' not in text and "threshold" not in text
    assert "to the language model" not in text and "after reading the original" not in text  # no model jargon


@pytest.mark.usefixtures("seed_reports")  # the models' readings of the seeds are in this run's cache
def test_piped_report_leads_with_a_fix_list_at_file_line_col():
    text = _piped()
    _check_fix_list(text)
    assert "seeds/003_c6faacfa78f3a5cc.txt:21:" in text  # "annexed ... to Ukraine", line 21 of the file
    assert "»to Ukraine«" not in text and "»annexed the Crimean Peninsula to Ukraine«" in text


@pytest.mark.usefixtures("seed_reports")
def test_report_in_a_pseudo_terminal_is_the_same_fix_list():
    _check_fix_list(_in_a_terminal())


@pytest.mark.usefixtures("seed_reports")
def test_explain_shows_the_scores_and_evidence_and_show_minor_lists_minor_flags_in_full():
    explained = _piped("--explain")
    assert "scores: similarity" in explained and '"threshold"' in explained
    plain, full = _piped(), _piped("--show", "minor")
    count = len([line for line in plain.splitlines() if ENTRY.match(line)])
    assert len([line for line in full.splitlines() if ENTRY.match(line)]) > count
    assert "--show minor lists them in full" in plain and "--show minor lists them in full" not in full


@pytest.mark.usefixtures("seed_reports")
def test_a_broken_sentence_is_shown_with_the_rest_of_it():
    text = _piped()
    (entry,) = [i for i, line in enumerate(text.splitlines()) if "seeds/003_c6faacfa78f3a5cc.txt:3:" in line
                and ENTRY.match(line)]
    shown = " ".join(" ".join(text.splitlines()[entry + 1:entry + 5]).split())
    assert "during a week of senior meetings. »level« aimed at avoiding" in shown


@pytest.mark.usefixtures("seed_reports")
def test_progress_is_plain_lines_on_stderr_outside_a_terminal_and_quiet_silences_it():
    args = [sys.executable, "-m", "mtaudit", "audit", *SEEDS]
    loud = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    assert "mtaudit: embedding sentences (" in loud.stderr and "mtaudit: checking sentences (" in loud.stderr
    quiet = subprocess.run([*args, "--quiet"], cwd=ROOT, capture_output=True, text=True)
    assert quiet.returncode == 1 and quiet.stdout == "" and "mtaudit:" not in quiet.stderr


def test_short_version_option():
    from conftest import run

    result = run("-V")
    assert result.exit_code == 0 and result.output.startswith("mtaudit ")
