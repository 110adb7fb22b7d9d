import tomllib

from mtaudit.backends.registry import REGISTRY, ROLES

from conftest import ROOT


def test_models_registry_file_matches_the_code():
    data = tomllib.loads((ROOT / "models" / "registry.toml").read_text())
    assert set(data["roles"]) == set(ROLES)
    for role, entries in REGISTRY.items():
        for name, entry in entries.items():
            record = data["models"][name]
            assert record["role"] == role and record["package"] == entry.package
    for _role, spec in data["roles"].items():
        assert spec["default"] in data["models"] or spec["default"] in ("auto",)


def test_config_file_is_read(tmp_path, monkeypatch):
    from mtaudit.config import load_config

    (tmp_path / "mtaudit.toml").write_text('fail_on = "minor"\n[thresholds]\nlink_similarity = 0.6\n')
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert config.fail_on == "minor" and config.thresholds.link_similarity == 0.6
