from __future__ import annotations

import glob
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def seed(prefix: str) -> str:
    (path,) = glob.glob(str(SEEDS / f"{prefix}_*.txt"))
    return os.path.relpath(path, ROOT)


#: Command-line options that keep an audit to its cheap checks (no language model, contradiction
#: model or grammar checker): for tests of the command line itself.
FAST = ["--lm", "none", "--contradiction", "none", "--grammar", "none"]

#: Tests that read with the real default models, by module or by the fixture they use; any other
#: test that does carries ``@pytest.mark.models`` itself. ``make test-fast`` leaves them out.
MODEL_MODULES = {"test_seed_audit", "test_batch_independence", "test_score_cli"}
MODEL_FIXTURES = {"seed_reports", "tagger"}


def opening(text: str, size: int = 1500) -> str:
    """The paragraphs a text opens with, up to about ``size`` characters: a short article for a
    test whose point is not the models' reading of a whole one."""
    kept: list[str] = []
    for paragraph in text.split("\n\n"):
        if kept and sum(map(len, kept)) + len(paragraph) > size:
            break
        kept.append(paragraph)
    return "\n\n".join(kept).rstrip() + "\n"


def run(*args: object, columns: int | None = None):  # type: ignore[no-untyped-def]
    """``mtaudit ARGS...`` in this process; ``columns`` widens the terminal (messages on one line)."""
    from typer.testing import CliRunner

    from mtaudit.cli import app

    env = {"COLUMNS": str(columns)} if columns else None
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.module.__name__ if item.module is not None else ""  # type: ignore[attr-defined]
        if module in MODEL_MODULES or MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.models)


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A cache folder of the test run's own, so that no test reads or writes the user's cached
    outputs; the unpacked models are linked in from the real one."""
    from mtaudit.backends.registry import cache_dir

    real = cache_dir()
    own = tmp_path_factory.mktemp("mtaudit-cache")
    if (real / "models").exists():
        (own / "models").symlink_to(real / "models")
    patch = pytest.MonkeyPatch()
    patch.setenv("MTAUDIT_CACHE_DIR", str(own))
    yield own
    patch.undo()


@pytest.fixture(autouse=True)
def _run_from_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="session")
def seed_reports(tmp_path_factory):
    """The seed audit with the default models, writing every format at once (run once)."""
    from typer.testing import CliRunner

    from mtaudit.cli import app

    out = tmp_path_factory.mktemp("reports")
    paths = {fmt: out / f"seeds.{ext}" for fmt, ext in
             [("json", "json"), ("html", "html"), ("markdown", "md"), ("junit", "xml"), ("csv", "csv")]}
    options = [str(x) for fmt, path in paths.items() for x in (f"--{fmt}", path)]
    args = [seed("002"), seed("003"), seed("004"), "--original", seed("000"), "--original", seed("001")]
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(app, ["audit", *args, *options, "--quiet"])
    finally:
        os.chdir(here)
    assert result.exit_code == 1, result.output
    return paths


@pytest.fixture(scope="session")
def tagger():
    """The real default tagger (spaCy en_core_web_sm)."""
    from mtaudit.backends.tagger import load_tagger

    return load_tagger("en_core_web_sm")


#: Installed as ``sitecustomize.py``: the process that imports it can open no network connection.
BLOCK_NETWORK = """
import socket

def _blocked(*args, **kwargs):
    raise OSError("network access blocked by mtaudit's offline test")

socket.socket.connect = _blocked
socket.socket.connect_ex = _blocked
socket.create_connection = _blocked
socket.getaddrinfo = _blocked
"""

#: Runs the command line, then says on standard error which model libraries the process imported.
PROBE = ("import sys, atexit\n"
         "atexit.register(lambda: sys.stderr.write('LOADED ' + ' '.join(sorted(m for m in "
         "('torch', 'transformers', 'sentence_transformers', 'onnxruntime', 'spacy') if m in sys.modules)) + '\\n'))\n"
         "from mtaudit.cli import main\n"
         "sys.argv = ['mtaudit'] + sys.argv[1:]\n"
         "main()\n")

#: The seed audit's files, as the command line takes them.
SEED_ARGS = ("002", "003", "004", "--original", "000", "--original", "001")


def seed_args() -> list[str]:
    return [a if a.startswith("--") else seed(a) for a in SEED_ARGS]


def clean_env(extra_path: Path | None = None) -> dict[str, str]:
    """This process's environment without a model hub's settings; ``extra_path`` goes on PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_", "PYTHONPATH"))}
    if extra_path is not None:
        env["PYTHONPATH"] = str(extra_path)
    return env


@dataclass(frozen=True)
class OfflineRun:
    env: dict[str, str]
    cache: Path
    report: Path
    status: int
    loaded: str
    stderr: str


def probe(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    """``mtaudit ARGS...`` in a new process: exit status, the model libraries it imported, stderr."""
    result = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=900)
    return result.returncode, result.stderr.split("LOADED")[-1].strip(), result.stderr


@pytest.fixture(scope="session")
def offline_seed_run(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The seed audit in a new process with the network blocked and an empty output cache, so that
    every model loads and runs (run once: the offline test and the cache test both read it)."""
    from mtaudit.backends.registry import cache_dir

    where = tmp_path_factory.mktemp("offline")
    (where / "sitecustomize.py").write_text(BLOCK_NETWORK)
    cache = where / "cache"
    cache.mkdir()
    if (cache_dir() / "models").exists():
        (cache / "models").symlink_to(cache_dir() / "models")  # the unpacked models, not their outputs
    env = {**clean_env(where), "MTAUDIT_CACHE_DIR": str(cache)}
    report = where / "cold.json"
    status, loaded, stderr = probe(env, "audit", *seed_args(), "--json", str(report), "--quiet")
    return OfflineRun(env, cache, report, status, loaded, stderr)
