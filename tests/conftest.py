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
    args = [seed("002"), seed("003"), seed("004"), "-o", seed("000"), "-o", seed("001")]
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(app, ["audit", *args, *options, "--quiet"])
    finally:
        os.chdir(here)
    assert result.exit_code == 1, result.output
    return paths
