"""Sentence embeddings for alignment and similarity (sentence-transformers)."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from ..errors import ModelError
from .registry import resolve

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""


class SentenceTransformerEmbedder:
    #: Part of the output cache's key: outputs computed under another batching are not reused.
    batching = "one text a call"

    def __init__(self, name: str) -> None:
        self.name = name
        self._resolved = resolve("embedder", name)
        self._model = None

    def _load(self):
        if self._model is None:
            if self._resolved.kind != "hub":
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
            try:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()

                self._model = SentenceTransformer(self._resolved.location, device="cpu")
            except Exception as exc:  # a damaged folder or an unreachable hub
                raise ModelError("embedder", f"'{self.name}' could not be loaded ({type(exc).__name__}: {exc})",
                                 "Reinstall the model package, or name another model with --embedder") from exc
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        model = self._load()
        # One text a call: in a batch, a text's vector moved (by about 1e-7) with its batch
        # mates' lengths, so it could depend on what else is in the run. Reading texts one at a
        # time costs about 1.4x the batched time on a CPU.
        return np.stack([np.asarray(model.encode([text], batch_size=1, convert_to_numpy=True,
                                                 normalize_embeddings=True, show_progress_bar=False)[0],
                                    dtype=np.float32) for text in texts])


def load_embedder(name: str) -> Embedder:
    return SentenceTransformerEmbedder(name)
