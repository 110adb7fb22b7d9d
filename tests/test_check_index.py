"""The index of checks (`mtaudit checks`): complete, and true to the code it points at."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from mtaudit.checks import check_index
from mtaudit.config import Thresholds
from mtaudit.verdict import SEVERITY_POLICY

from conftest import run

CHECKS_DIR = Path(__file__).resolve().parent.parent / "mtaudit" / "checks"


def test_every_check_of_the_severity_policy_is_listed():
    assert {c.id for c in check_index()} == set(SEVERITY_POLICY)


def test_each_check_is_named_in_its_module_and_its_settings_exist():
    fields = {f.name for f in dataclasses.fields(Thresholds)}
    for check in check_index():
        # a check's findings live in its module; fluency.py raises the language model's flags
        source = (CHECKS_DIR / check.module).read_text(encoding="utf-8") + (CHECKS_DIR / "fluency.py").read_text(
            encoding="utf-8")
        # fact checks are named "fact-" + the kind of change ("number", "name", ...)
        name = check.id.removeprefix("fact-") if check.id.startswith("fact-") else check.id
        assert f'"{name}"' in source, check.id
        assert set(check.thresholds) <= fields | {"english"}, check.id
        settings = check.settings()
        assert list(settings) == [*check.thresholds, *check.constants], check.id


def test_settings_follow_the_configuration():
    (negation,) = [c for c in check_index() if c.id == "negation"]
    assert negation.settings(dataclasses.replace(Thresholds(), pair_similarity=0.5))["pair_similarity"] == 0.5


def test_mtaudit_checks_lists_every_check_with_its_settings():
    result = run("checks", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["id"] for r in rows] == [c.id for c in check_index()]
    (drift,) = [r for r in rows if r["id"] == "drift"]
    assert drift["severity"] == "minor" and drift["settings"]["drift_major"] == Thresholds().drift_major
    table = run("checks", columns=250)
    assert table.exit_code == 0 and "lm-break" in table.output and "conditioned_offset" in table.output


def test_every_fixed_setting_of_a_check_module_is_listed_by_a_check():
    import importlib

    listed: dict[str, set[str]] = {}
    for check in check_index():
        listed.setdefault(check.module, set()).update(check.constants)
    for path in sorted(CHECKS_DIR.glob("*.py")):
        module = importlib.import_module(f"mtaudit.checks.{path.stem}")
        settings = getattr(module, "SETTINGS", None)
        if settings is None:
            continue
        fields = {f.name for f in dataclasses.fields(settings)}
        assert fields == listed.get(path.name, set()), path.name
