"""Whatever a feed throws at mtaudit, it writes a sound report or stops with exit 2 and a message
that names the file; it never shows a traceback, never leaves half a report, and never reaches
the network on its own."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FAST, ROOT, clean_env, seed
from conftest import run as cli

GOOD = "The talks ended on Wednesday. Both sides agreed to meet again.\n"

#: name -> (file contents, expected exit status, what the message or report must say)
INPUTS = {
    "empty.txt": (b"", 2, "holds no text"),
    "whitespace.txt": (b"  \n\t\n  \n", 2, "holds no text"),
    "random.bin": (bytes(range(256)) * 8, 2, "binary data"),
    "nul.txt": (b"The talks\x00 ended on Wednesday.\n", 2, "binary data"),
    "image.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), 2, "binary data"),
    "latin1.txt": ("The café talks ended on Wednesday – both sides agreed to meet again.\n".encode("cp1252"), 0,
                   "decoded as Windows-1252"),
    "utf16.txt": (GOOD.encode("utf-16"), 0, "decoded as UTF-16"),
    "utf8-bom.txt": (b"\xef\xbb\xbf" + GOOD.encode(), 0, None),
    "crlf.txt": (GOOD.replace("\n", "\r\n").encode(), 0, None),
    "one-line.txt": ((" ".join(["word"] * 50_000)).encode(), None, None),  # bounded time, any verdict
    "page.html": (b'<html><body onload="alert(1)"><script>alert(2)</script><p onclick="x()">The talks ended on '
                  b"Wednesday.</p><p>Both sides agreed to meet again.</p></body></html>", 0, None),
    "boilerplate.txt": (b"- Advertisement -\n\nLeave a Comment\n", 2, "only site boilerplate"),
    "german.txt": (("Die Gespräche endeten am Mittwoch ohne Ergebnis. Beide Seiten wollen sich im März wieder "
                    "treffen.\n").encode(), 2, "is in German, not English"),
    "controls.txt": (("The talks 🤝 ended on Wednesday. Both\x07 sides agreed\x1b[31m to meet again \u202e"
                      "(مرحبا).\n").encode(), None, "removed 7 control character(s)"),
    "big.txt": (b"The talks ended on Wednesday. " * 400, 2, "over the 10,000-byte limit"),
}


def run(*args):
    return cli(*args, columns=250)  # messages on one line


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    for name, (data, _, _) in INPUTS.items():
        (folder / name).write_bytes(data)
    (folder / "original.txt").write_text(GOOD)
    (folder / "a-folder").mkdir()
    (folder / "mtaudit.toml").write_text("max_bytes = 10000\n")  # the size limit from the config
    return folder


@pytest.mark.models
@pytest.mark.parametrize("role", ["reprint", "original"])
@pytest.mark.parametrize("name", sorted(INPUTS))
def test_every_input_gives_a_sound_report_or_a_clear_error(inputs, monkeypatch, name, role):
    monkeypatch.chdir(inputs)
    _, expected, says = INPUTS[name]
    report = inputs / f"report-{name}-{role}.json"
    files = [name, "--original", "original.txt"] if role == "reprint" else ["original.txt", "--original", name]
    start = time.perf_counter()
    result = run("audit", *files, "--json", report, "--quiet", *FAST)
    assert time.perf_counter() - start < 120
    assert "Traceback" not in result.output
    if expected == 2 or (expected is None and result.exit_code == 2):
        assert result.exit_code == 2, result.output
        assert f"{name}: " in result.output and (says is None or says in result.output)
        assert not report.exists()  # nothing half-written
        return
    assert result.exit_code in ((0, 1) if expected is None else (expected,)), result.output
    data = json.loads(report.read_text())
    (reprint,) = data["documents"]
    assert reprint["sentences"]
    if says is not None:
        notes = reprint["notes"] if role == "reprint" else []
        assert role == "original" or any(says in note for note in notes), notes
    if role == "original" and expected == 0:
        assert all(s["aligned"] for s in reprint["sentences"])  # the original was read as the same article


@pytest.mark.parametrize("args,fragment", [
    (["missing.txt", "--original", "original.txt"], "missing.txt: no such file"),
    (["original.txt", "--original", "missing.txt"], "missing.txt: no such file"),
    (["a-folder", "--original", "original.txt"], "a-folder: is a directory"),
    (["original.txt", "--original", "a-folder"], "a-folder: is a directory"),
    (["original.txt", "--fail-on", "sometimes"], "'critical', 'major', 'minor', 'never'"),
    (["original.txt", "--format", "yaml"], "'text', 'json'"),
    (["original.txt", "--max-bytes", "0"], "--max-bytes"),
    (["original.txt", "--no-such-option"], "No such option"),
])
def test_bad_paths_and_options_exit_2_with_the_choices(inputs, monkeypatch, args, fragment):
    monkeypatch.chdir(inputs)
    result = run("audit", *args, *FAST)
    assert result.exit_code == 2, result.output
    assert fragment in result.output
    assert "Traceback" not in result.output


def test_unreadable_file(inputs, monkeypatch):
    monkeypatch.chdir(inputs)
    real = Path.read_bytes

    def refuse(self):  # the tests may run as root, who can read anything
        if self.name == "original.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = run("audit", "crlf.txt", "--original", "original.txt", *FAST)
    assert result.exit_code == 2 and "original.txt: cannot be read (permission denied)" in result.output


@pytest.mark.models
def test_the_same_file_as_reprint_and_original_has_no_flags(inputs, monkeypatch):
    monkeypatch.chdir(inputs)
    out = inputs / "same.json"
    result = run("audit", seed_path("002"), "--original", seed_path("002"), "--json", out, "--quiet",
                 "--fail-on", "minor")
    assert result.exit_code == 0, result.output
    sentences = json.loads(out.read_text())["documents"][0]["sentences"]
    assert sentences and all(s["flags"] == [] and s["aligned"] for s in sentences)


def seed_path(prefix: str) -> str:
    return str(ROOT / seed(prefix))


@pytest.mark.models
def test_languagetool_unreachable_stops_or_falls_back_as_configured(inputs, monkeypatch):
    monkeypatch.chdir(inputs)
    down = ["--grammar", "languagetool", "--languagetool-url", "http://127.0.0.1:9", "--lm", "none",
            "--contradiction", "none"]
    stopped = run("audit", "crlf.txt", "--original", "original.txt", *down)
    assert stopped.exit_code == 2 and "LanguageTool at http://127.0.0.1:9" in stopped.output
    assert "Traceback" not in stopped.output
    config = inputs / "fallback.toml"
    config.write_text('max_bytes = 10000\n[models]\ngrammar_fallback = true\n')
    out = inputs / "fallback.json"
    fallback = run("audit", "crlf.txt", "--original", "original.txt", *down, "--config", config, "--json", out,
                   "--quiet")
    assert fallback.exit_code == 0, fallback.output
    notes = json.loads(out.read_text())["documents"][0]["notes"]
    assert any("Harper (offline) checked grammar instead" in note for note in notes)


# --- the offline promise and interrupts (real processes) --------------------------------------

@pytest.mark.models
def test_seed_audit_runs_with_the_network_blocked(offline_seed_run, seed_reports):
    """Every model loads and runs (an empty output cache) in a process that can reach no network."""
    blocked = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('pypi.org', 443))"],
                             env=offline_seed_run.env, capture_output=True, text=True)
    assert "blocked by mtaudit's offline test" in blocked.stderr  # the block is in force
    assert offline_seed_run.status == 1, offline_seed_run.stderr
    assert offline_seed_run.report.read_bytes() == seed_reports["json"].read_bytes()  # the same report as online


@pytest.mark.models
@pytest.mark.parametrize("signum,status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_run_leaves_no_report(tmp_path, signum, status):
    out = tmp_path / "r.json"
    html = tmp_path / "r.html"
    process = subprocess.Popen([sys.executable, "-m", "mtaudit", "audit", seed("002"), "--original", seed("000"),
                                "--json", str(out), "--html", str(html), "--quiet", "--no-cache"],
                               cwd=ROOT, env=clean_env(), stderr=subprocess.PIPE, text=True)
    time.sleep(4)  # models are loading or running
    assert process.poll() is None
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    # 130 / 143 as a shell sees it: the process exits with that status, or (rarely, when the
    # signal lands among the model libraries' threads) ends by the signal itself, which a
    # shell reports as 128 + the signal number all the same.
    assert process.returncode in (status, -signum), stderr
    assert "no report was written" in stderr and "Traceback" not in stderr
    assert list(tmp_path.iterdir()) == []  # no report, no temporary file


@pytest.mark.parametrize("role", ["lm", "embedder"])
def test_damaged_model_files_are_one_clear_message(inputs, monkeypatch, tmp_path, role):
    monkeypatch.chdir(inputs)
    if role == "lm":  # an unpacked language model whose weights were damaged
        unpacked = tmp_path / "cache" / "models" / "SmolLM2-135M-float32"
        unpacked.mkdir(parents=True)
        (unpacked / "config.json").write_text('{"model_type": "llama"}')
        (unpacked / ".complete").write_text("test")
        (unpacked / "model.safetensors").write_bytes(b"damaged")
        monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
        options = ["--contradiction", "none", "--grammar", "none"]
        expected = ["lm model: 'SmolLM2-135M' could not be loaded", "to unpack it again"]
    else:  # an embedder folder without a usable model
        (tmp_path / "config.json").write_text("{}")
        options = ["--embedder", str(tmp_path), *FAST]
        expected = ["embedder model:", "could not be loaded", "--embedder"]
    result = run("audit", "latin1.txt", "--original", "original.txt", *options)  # not a copy: the models must run
    assert result.exit_code == 2, result.output
    assert all(text in result.output for text in expected), result.output
    assert "Traceback" not in result.output


@pytest.mark.models
def test_crlf_line_endings_give_the_same_report_as_lf(tmp_path):
    text = (ROOT / seed("003")).read_text(encoding="utf-8")
    reports = []
    for name, ending in (("lf.txt", "\n"), ("crlf.txt", "\r\n")):
        (tmp_path / name).write_bytes(text.replace("\n", ending).encode("utf-8"))
        out = tmp_path / f"{name}.json"
        result = run("audit", tmp_path / name, "--original", ROOT / seed("000"), "--json", out, "--quiet", *FAST)
        assert result.exit_code == 1, result.output
        (document,) = json.loads(out.read_text())["documents"]
        reports.append({k: v for k, v in document.items() if k != "path"})
    assert reports[0] == reports[1]
