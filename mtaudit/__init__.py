"""mtaudit: audit machine-translated reprints against their English originals.

The library API is :func:`audit`. It takes files (paths) or texts (:class:`Article`), reads the
same settings and accepted findings as the command line, keeps model outputs in the same output
cache, and returns an :class:`AuditReport`, which the writers in :mod:`mtaudit.report` render.
Importing this package loads no model library: models load on first use.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ._version import __version__
from .config import AuditConfig, Thresholds
from .errors import ConfigError, InputError, ModelError, MtauditError
from .types import AuditReport, Document, DocumentReport, Flag, SentenceReport

__all__ = ["Article", "AuditConfig", "AuditReport", "ConfigError", "DocumentReport", "Flag", "InputError",
           "ModelError", "MtauditError", "SentenceReport", "Thresholds", "__version__", "audit"]


@dataclass(frozen=True)
class Article:
    """A text to audit given directly, not as a file: ``name`` stands for its path in the report."""

    name: str
    text: str


def audit(reprints: Sequence[str | os.PathLike[str] | Article],
          originals: Sequence[str | os.PathLike[str] | Article] = (),
          config: AuditConfig | None = None, *, config_file: str | os.PathLike[str] | None = None,
          cache: bool = True) -> AuditReport:
    """Audit reprints against originals, each a path or an :class:`Article`.

    With no ``config``, the settings are the command line's: ``config_file``, or the nearest
    mtaudit.toml or [tool.mtaudit], and the accepted-findings file it names (or
    ./mtaudit-accepted.json). Model outputs are kept in the output cache (~/.cache/mtaudit, or
    ``MTAUDIT_CACHE_DIR``) unless ``cache`` is False. Bad input raises :class:`InputError` (or
    :class:`ConfigError`, :class:`ModelError`) with the message the command line prints.
    """
    from .backends.models import ModelSet
    from .cache import default_cache
    from .config import resolve_config
    from .ingest import read_document, read_text
    from .pipeline import audit_documents

    config = config if config is not None else resolve_config(Path(config_file) if config_file is not None else None)
    # one file or text on its own is a list of one, not a string to walk letter by letter
    if isinstance(reprints, (str, os.PathLike, Article)):
        reprints = [reprints]
    if isinstance(originals, (str, os.PathLike, Article)):
        originals = [originals]
    if not reprints:
        raise InputError("reprints", "none given", "Pass at least one reprint (a path or an Article)")

    def read(item: str | os.PathLike[str] | Article) -> Document:
        if isinstance(item, Article):
            return read_text(item.name, item.text, config.boilerplate_patterns, config.max_bytes)
        return read_document(os.fspath(item), config.boilerplate_patterns, config.max_bytes)

    read_reprints = [read(item) for item in reprints]
    read_originals = [read(item) for item in originals]
    store = default_cache(config.cache_max_mb) if cache and config.cache_max_mb > 0 else None
    try:
        return audit_documents(read_reprints, read_originals, config, ModelSet(config, cache=store))
    finally:
        if store is not None:
            store.close()
