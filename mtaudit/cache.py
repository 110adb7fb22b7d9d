"""An on-disk cache of model outputs: embeddings, surprisals, conflict scores, grammar findings
and tags, keyed by the model's identity and a hash of the input text.

An audit run again on the same text loads no model at all. The cache is one SQLite file,
``outputs.sqlite`` in the cache directory (``~/.cache/mtaudit``, or ``$MTAUDIT_CACHE_DIR``);
when it grows past its bound (``cache_max_mb``, default 1024) the entries used longest ago
are dropped. ``--no-cache`` bypasses it. A cache that cannot be opened or read is skipped
with a warning: it never changes a result, only how fast it comes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

SCHEMA = 1
FILE_NAME = "outputs.sqlite"


def identity_of(role: str, name: str, location: str | None = None, extra: str = "") -> str:
    """What decides a model's outputs: its role, name, where its files are (and when they
    last changed), and anything else that matters (the LM's precision)."""
    stamp = ""
    if location and os.path.exists(location):
        stamp = str(int(os.path.getmtime(location)))
    return f"{role}|{name}|{location or ''}|{stamp}|{extra}|schema{SCHEMA}"


class OutputCache:
    """Model outputs on disk, looked up and stored in batches."""

    def __init__(self, path: Path, max_bytes: int = 1024 * 1024 * 1024) -> None:
        self.path = Path(path)
        self.max_bytes = max_bytes
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self.hits = 0
        self.misses = 0

    def _connect(self) -> sqlite3.Connection | None:
        if self._broken:
            return None
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(str(self.path), timeout=30)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("CREATE TABLE IF NOT EXISTS outputs (key TEXT PRIMARY KEY, value BLOB NOT NULL, "
                           "size INTEGER NOT NULL, used REAL NOT NULL)")
                self._db = db
            except (OSError, sqlite3.Error) as exc:
                self._disable(exc)
                return None
        return self._db

    def _disable(self, exc: Exception) -> None:
        log.warning("the output cache at %s cannot be used (%s); running without it", self.path, exc)
        self._broken = True
        self._db = None

    @staticmethod
    def key(identity: str, item: object) -> str:
        return hashlib.sha256(f"{identity}\x00{item!r}".encode()).hexdigest()

    def lookup(self, keys: Sequence[str]) -> dict[str, Any]:
        db = self._connect()
        found: dict[str, Any] = {}
        if db is None or not keys:
            return found
        try:
            unique = list(dict.fromkeys(keys))
            for start in range(0, len(unique), 500):
                chunk = unique[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for key, value in db.execute(f"SELECT key, value FROM outputs WHERE key IN ({marks})", chunk):
                    found[key] = pickle.loads(value)
                db.execute(f"UPDATE outputs SET used = ? WHERE key IN ({marks})", [time.time(), *chunk])
            db.commit()
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as exc:
            self._disable(exc)
            return {}
        return found

    def store(self, items: dict[str, Any]) -> None:
        db = self._connect()
        if db is None or not items:
            return
        now = time.time()
        try:
            rows = []
            for key, value in items.items():
                blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
                rows.append((key, blob, len(blob), now))
            db.executemany("INSERT OR REPLACE INTO outputs (key, value, size, used) VALUES (?, ?, ?, ?)", rows)
            db.commit()
        except sqlite3.Error as exc:
            self._disable(exc)

    def through(self, identity: str, inputs: Sequence[object], compute: Callable[[list[object]], Sequence[Any]]) \
            -> list[Any]:
        """Outputs for ``inputs``: cached ones read, the others computed in one call and stored."""
        keys = [self.key(identity, item) for item in inputs]
        found = self.lookup(keys)
        missing = [i for i, key in enumerate(keys) if key not in found]
        self.hits += len(keys) - len(missing)
        self.misses += len(missing)
        if missing:
            computed = compute([inputs[i] for i in missing])
            new = {keys[i]: value for i, value in zip(missing, computed)}
            self.store(new)
            found.update(new)
        return [found[key] for key in keys]

    def prune(self) -> None:
        """Drop the entries used longest ago until the cache is within its bound."""
        db = self._connect()
        if db is None:
            return
        try:
            (total,) = db.execute("SELECT COALESCE(SUM(size), 0) FROM outputs").fetchone()
            if total <= self.max_bytes:
                return
            target = int(self.max_bytes * 0.9)
            dropped = 0
            for key, size in db.execute("SELECT key, size FROM outputs ORDER BY used").fetchall():
                if total - dropped <= target:
                    break
                db.execute("DELETE FROM outputs WHERE key = ?", (key,))
                dropped += size
            db.commit()
            db.execute("VACUUM")
        except sqlite3.Error as exc:
            self._disable(exc)

    def close(self) -> None:
        if self._db is not None:
            self.prune()
            if self._db is not None:
                self._db.close()
            self._db = None


# --- the models, with their outputs cached ------------------------------------------------


class CachedEmbedder:
    def __init__(self, inner, identity: str, cache: OutputCache) -> None:
        self.inner, self.identity, self.cache, self.name = inner, identity, cache, inner.name

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return self.inner.encode(texts)
        rows = self.cache.through(self.identity, list(texts), lambda missing: list(self.inner.encode(missing)))
        return np.stack(rows).astype(np.float32)


class CachedLM:
    def __init__(self, inner, identity: str, cache: OutputCache) -> None:
        self.inner, self.cache, self.name = inner, cache, inner.name
        self.identity = identity
        self.model_identity = getattr(inner, "identity", inner.name)

    def surprisals(self, sentences, contexts=None):
        contexts = list(contexts) if contexts is not None else [None] * len(sentences)
        inputs = list(zip(sentences, contexts))
        return self.cache.through(self.identity, inputs, lambda missing: self.inner.surprisals(
            [s for s, _ in missing], [c for _, c in missing]))


class CachedContradiction:
    def __init__(self, inner, identity: str, cache: OutputCache) -> None:
        self.inner, self.identity, self.cache, self.name = inner, identity, cache, inner.name

    def conflict(self, pairs):
        values = self.cache.through(self.identity, list(pairs),
                                    lambda missing: [float(v) for v in self.inner.conflict(missing)])
        return np.asarray(values, dtype=np.float32)


class CachedGrammar:
    def __init__(self, inner, identity: str, cache: OutputCache) -> None:
        self.inner, self.identity, self.cache, self.name = inner, identity, cache, inner.name

    def check(self, sentences):
        return self.cache.through(self.identity, list(sentences), lambda missing: self.inner.check(missing))


class CachedTagger:
    def __init__(self, inner, identity: str, cache: OutputCache) -> None:
        self.inner, self.identity, self.cache, self.name = inner, identity, cache, inner.name

    def analyse(self, texts):
        return self.cache.through(self.identity, list(texts), lambda missing: self.inner.analyse(missing))


def default_cache(max_mb: int) -> OutputCache:
    from .backends.registry import cache_dir

    return OutputCache(cache_dir() / FILE_NAME, max_mb * 1024 * 1024)
