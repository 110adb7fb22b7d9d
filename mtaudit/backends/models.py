"""The models of a run, in one place: each loaded on first use, behind the output cache, and
reused for every document. The checks read them through :class:`ModelSet`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..cache import CachedContradiction, CachedEmbedder, CachedGrammar, CachedLM, CachedTagger, OutputCache, identity_of
from ..config import AuditConfig
from .contradiction import ContradictionModel, load_contradiction
from .embedder import Embedder, load_embedder
from .grammar import FallbackGrammar, GrammarChecker, load_grammar
from .lm import LanguageModel, load_lm
from .tagger import Tagger, load_tagger


@dataclass
class ModelSet:
    """The models of one run, each loaded on first use and reused for every document."""

    config: AuditConfig
    _embedder: Embedder | None = None
    _contradiction: ContradictionModel | None = None
    _contradiction_loaded: bool = False
    _lm: LanguageModel | None = None
    _lm_loaded: bool = False
    _grammar: GrammarChecker | None = None
    _grammar_loaded: bool = False
    _tagger: Tagger | None = None
    _tagger_loaded: bool = False
    notes: list[str] = field(default_factory=list)
    """What the models had to do differently (a fallback), for every document's report."""
    cache: OutputCache | None = None
    """Model outputs on disk; None runs every model on every text."""

    def _location(self, model: object) -> str | None:
        resolved = getattr(model, "_resolved", None)
        return getattr(resolved, "location", None) or getattr(model, "_location", None)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            embedder = load_embedder(self.config.models.embedder)
            if self.cache is not None:
                embedder = CachedEmbedder(embedder, identity_of("embedder", embedder.name, self._location(embedder),
                                                                 getattr(embedder, "batching", "")), self.cache)
            self._embedder = embedder
        return self._embedder

    @property
    def contradiction(self) -> ContradictionModel | None:
        if not self._contradiction_loaded:
            model = load_contradiction(self.config.models.contradiction)
            if model is not None and self.cache is not None:
                model = CachedContradiction(model, identity_of("contradiction", model.name, self._location(model),
                                                              getattr(model, "batching", "")), self.cache)
            self._contradiction = model
            self._contradiction_loaded = True
        return self._contradiction

    @property
    def lm(self) -> LanguageModel | None:
        if not self._lm_loaded:
            lm = load_lm(self.config.models.lm, self.config.models.lm_precision)
            if lm is not None and self.cache is not None:
                lm = CachedLM(lm, identity_of("lm", lm.name, self._location(lm),
                                          f'{getattr(lm, "identity", "")}|{getattr(lm, "batching", "")}'), self.cache)
            self._lm = lm
            self._lm_loaded = True
        return self._lm

    @property
    def grammar(self) -> GrammarChecker | None:
        if not self._grammar_loaded:
            english = self.config.english
            grammar = load_grammar(self.config.models.grammar, self.config.models.languagetool_url, english)
            if grammar is not None and grammar.name != "harper" and self.config.models.grammar_fallback:
                grammar = FallbackGrammar(grammar, self.notes, english)
            if grammar is not None and grammar.name == "harper" and self.cache is not None:
                # Only the offline checker: a LanguageTool server may change under the same URL.
                grammar = CachedGrammar(grammar, identity_of("grammar", "harper", extra=_version("harper-py") + "|"
                                                             + getattr(grammar, "identity", "")), self.cache)
            self._grammar = grammar
            self._grammar_loaded = True
        return self._grammar

    @property
    def tagger(self) -> Tagger | None:
        if not self._tagger_loaded:
            tagger = load_tagger(self.config.models.tagger)
            if tagger is not None and self.cache is not None:
                tagger = CachedTagger(tagger, identity_of("tagger", tagger.name, self._location(tagger),
                                                          _version("spacy")), self.cache)
            self._tagger = tagger
            self._tagger_loaded = True
        return self._tagger

    def describe(self) -> dict[str, str | None]:
        contradiction = self.contradiction
        return {
            "embedder": self.config.models.embedder,
            "contradiction": contradiction.name if contradiction is not None else None,
            "lm": getattr(self.lm, "model_identity", getattr(self.lm, "identity", self.config.models.lm))
            if self.lm is not None else None,
            "grammar": self.config.models.grammar if self.config.models.grammar != "none" else None,
            "tagger": self.config.models.tagger if self.config.models.tagger != "none" else None,
        }


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"
