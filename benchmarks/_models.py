"""The audit's models with their outputs kept on disk, so benchmark runs can be repeated quickly.

Every model call goes through the real backends the first time; later runs read the
stored outputs for texts already seen. Delete benchmarks/.cache to measure from scratch.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mtaudit.config import AuditConfig  # noqa: E402
from mtaudit.pipeline import ModelSet  # noqa: E402

CACHE = HERE / ".cache"


class _Store:
    def __init__(self, name: str) -> None:
        self.path = CACHE / f"outputs-{name}.pkl"
        self.data: dict = {}
        if self.path.exists():
            with self.path.open("rb") as handle:
                self.data = pickle.load(handle)
        self.dirty = False

    def save(self) -> None:
        if self.dirty:
            CACHE.mkdir(exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            with tmp.open("wb") as handle:
                pickle.dump(self.data, handle)
            tmp.replace(self.path)
            self.dirty = False

    def through(self, keys: list, compute):  # type: ignore[no-untyped-def]
        missing = [i for i, k in enumerate(keys) if k not in self.data]
        if missing:
            values = compute(missing)
            for i, value in zip(missing, values):
                self.data[keys[i]] = value
            self.dirty = True
        return [self.data[k] for k in keys]


def _key(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:24]


class _Embedder:
    def __init__(self, inner, store: _Store) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.store, self.name = inner, store, inner.name

    def encode(self, texts):  # type: ignore[no-untyped-def]
        keys = [_key("embed", self.name, t) for t in texts]
        rows = self.store.through(keys, lambda idx: list(self.inner.encode([texts[i] for i in idx])))
        return np.stack(rows) if rows else np.zeros((0, 1), dtype=np.float32)


class _LM:
    def __init__(self, inner, store: _Store) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.store, self.name = inner, store, inner.name
        self.identity = getattr(inner, "identity", inner.name)

    def surprisals(self, sentences, contexts=None):  # type: ignore[no-untyped-def]
        contexts = list(contexts) if contexts is not None else [None] * len(sentences)
        keys = [_key("lm", self.identity, s, c) for s, c in zip(sentences, contexts)]
        return self.store.through(keys, lambda idx: self.inner.surprisals([sentences[i] for i in idx],
                                                                          [contexts[i] for i in idx]))


class _Contradiction:
    def __init__(self, inner, store: _Store) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.store, self.name = inner, store, inner.name

    def conflict(self, pairs):  # type: ignore[no-untyped-def]
        keys = [_key("nli", self.name, p) for p in pairs]
        return np.array(self.store.through(keys, lambda idx: list(self.inner.conflict([pairs[i] for i in idx]))))


class _Grammar:
    def __init__(self, inner, store: _Store) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.store = inner, store
        self.name = getattr(inner, "name", "grammar")

    def check(self, sentences):  # type: ignore[no-untyped-def]
        keys = [_key("grammar", self.name, s) for s in sentences]
        return self.store.through(keys, lambda idx: self.inner.check([sentences[i] for i in idx]))


class _Tagger:
    def __init__(self, inner, store: _Store) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.store, self.name = inner, store, inner.name

    def analyse(self, texts):  # type: ignore[no-untyped-def]
        keys = [_key("tagger", self.name, t) for t in texts]
        return self.store.through(keys, lambda idx: self.inner.analyse([texts[i] for i in idx]))


class CachedModels(ModelSet):
    """A ModelSet whose models remember their outputs across benchmark runs."""

    def __init__(self, config: AuditConfig, name: str) -> None:
        super().__init__(config)
        self.store = _Store(name)
        inner = ModelSet(config)
        self._embedder = _Embedder(inner.embedder, self.store)
        lm = inner.lm
        self._lm, self._lm_loaded = (_LM(lm, self.store) if lm is not None else None), True
        nli = inner.contradiction
        self._contradiction = _Contradiction(nli, self.store) if nli is not None else None
        self._contradiction_loaded = True
        grammar = inner.grammar
        self._grammar, self._grammar_loaded = (_Grammar(grammar, self.store) if grammar is not None else None), True
        tagger = inner.tagger
        self._tagger, self._tagger_loaded = (_Tagger(tagger, self.store) if tagger is not None else None), True

    def save(self) -> None:
        self.store.save()


def score_rows(path: Path, cache_name: str, original: str, reprint: str):  # type: ignore[no-untyped-def]
    """Read a dev file and score every row as `mtaudit score` would: (rows, results, seconds)."""
    import json
    import time

    from mtaudit.scoring import Pair, score_pairs

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    config = AuditConfig()
    models = CachedModels(config, cache_name)
    start = time.perf_counter()
    results = score_pairs([Pair(r["id"], r[original], r[reprint]) for r in rows], models, config)
    seconds = time.perf_counter() - start
    models.save()
    return rows, results, seconds
