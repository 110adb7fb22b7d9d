from __future__ import annotations

import glob
import os
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
