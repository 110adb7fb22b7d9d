"""Grammar checkers: Harper (offline default) and LanguageTool (a server or local install)."""

from __future__ import annotations

import bisect
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..errors import ModelError
from .registry import resolve

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GrammarFinding:
    start: int
    end: int
    category: str
    """"spelling", "capitalization", "grammar", "punctuation", "repetition" or "style"."""
    rule: str
    message: str
    backend: str


class GrammarChecker(Protocol):
    name: str

    def check(self, sentences: Sequence[str]) -> list[list[GrammarFinding]]:
        ...


_HARPER_CATEGORY = {
    "Spelling": "spelling", "Capitalization": "capitalization", "Punctuation": "punctuation",
    "Repetition": "repetition", "Grammar": "grammar", "Agreement": "grammar", "WordChoice": "grammar",
    "Miscellaneous": "grammar", "Usage": "grammar", "BoundaryError": "grammar", "Typo": "spelling",
    "Formatting": "style", "Style": "style", "Readability": "style", "Enhancement": "style",
    "Redundancy": "style", "Regionalism": "style", "Eggcorn": "grammar", "Malapropism": "grammar",
    "Nonstandard": "grammar",
}


class HarperChecker:
    name = "harper"
    SEPARATOR = "\n\n"
    #: Sentences linted as one document. Harper's cost grows faster than the document's length:
    #: on DEMETR dev, documents of 50 sentences lint 238 sentences/s, of 500 156/s, one at a time 142/s.
    CHUNK = 50
    #: Rules left off for their cost: "ACoupleMore" took a quarter of all linting time on
    #: DEMETR dev (2 s alone on one sentence with an unknown word) and found nothing there.
    SLOW_RULES = ("ACoupleMore",)
    #: House style, not errors: official place names ("Kiev" / "Kyiv"), closed compounds
    #: ("cyber attacks"), hyphenated prefixes ("de-escalate"), "some" for "about" before a
    #: figure ("some 100,000 troops"; the rule goes whole, so "many 5 people" goes unflagged too).
    HOUSE_STYLE_RULES = ("UpdatePlaceNames", "CompoundNouns", "DisjointPrefixes", "QuantifierNumeralConflict")
    #: Which spellings are right: "us", "gb", or "any" (a word spelled right in either is right).
    DIALECTS = {"us": "AMERICAN", "gb": "BRITISH", "any": "AMERICAN"}

    def __init__(self, english: str = "any") -> None:
        resolve("grammar", "harper")
        if english not in self.DIALECTS:
            raise ModelError("grammar", f"unknown English '{english}'", "Set english to any, us or gb")
        self.english = english
        self._linter: Any = None  # harper linters, made on first use
        self._british: Any = None

    @property
    def identity(self) -> str:
        """What decides the findings besides Harper's version, for the output cache."""
        return f"english={self.english}|off={','.join(self.SLOW_RULES + self.HOUSE_STYLE_RULES)}"

    def _make_linter(self, dialect: str):
        import harper

        linter = harper.Linter(getattr(harper.Dialect, dialect))
        config = linter.get_lint_config()
        config.update({rule: False for rule in self.SLOW_RULES + self.HOUSE_STYLE_RULES if rule in config})
        linter.set_lint_config(config)
        return linter

    def check(self, sentences: Sequence[str]) -> list[list[GrammarFinding]]:
        if self._linter is None:
            try:
                self._linter = self._make_linter(self.DIALECTS[self.english])
                if self.english == "any":
                    self._british = self._make_linter("BRITISH")
            except Exception as exc:
                raise ModelError("grammar", f"Harper could not start ({type(exc).__name__}: {exc})",
                                 "Reinstall it: pip install --force-reinstall harper-py==0.2.0") from exc
        # A document of CHUNK sentences, a blank line between them, is linted faster than
        # sentence by sentence and gives the same findings; each is mapped back.
        out: list[list[GrammarFinding]] = [[] for _ in sentences]
        for first in range(0, len(sentences), self.CHUNK):
            chunk = [s.replace("\n", " ") for s in sentences[first:first + self.CHUNK]]
            starts, position = [], 0
            for sentence in chunk:
                starts.append(position)
                position += len(sentence) + len(self.SEPARATOR)
            for lint in self._linter.lint(self.SEPARATOR.join(chunk), language="plaintext"):
                index = bisect.bisect_right(starts, lint.span.start) - 1
                start, end = lint.span.start - starts[index], lint.span.end - starts[index]
                if index < 0 or end > len(chunk[index]):
                    continue  # a finding across two sentences belongs to neither
                out[first + index].append(self._finding(lint, start, end))
        # A finding at a sentence's edge may come from its neighbour ("a." read as an initial
        # before the next sentence): those sentences are linted again on their own.
        for i, sentence in enumerate(sentences):
            if any(f.start <= 1 or f.end >= len(sentence) - 1 for f in out[i]):
                out[i] = [self._finding(lint, lint.span.start, lint.span.end)
                          for lint in self._linter.lint(sentence.replace("\n", " "), language="plaintext")]
        if self._british is not None:
            # Either spelling is right ("favour", "criticised"): a spelling finding stands only
            # where the British dictionary flags the same word too.
            for i, sentence in enumerate(sentences):
                if any(f.category == "spelling" for f in out[i]):
                    british = {(lint.span.start, lint.span.end)
                               for lint in self._british.lint(sentence.replace("\n", " "), language="plaintext")
                               if _HARPER_CATEGORY.get(lint.lint_kind) == "spelling"}
                    out[i] = [f for f in out[i] if f.category != "spelling" or (f.start, f.end) in british]
        return out

    @staticmethod
    def _finding(lint, start: int, end: int) -> GrammarFinding:
        return GrammarFinding(start, end, _HARPER_CATEGORY.get(lint.lint_kind, "grammar"), lint.lint_kind,
                              lint.message, "harper")


_LT_CATEGORY = {"TYPOS": "spelling", "CASING": "capitalization", "PUNCTUATION": "punctuation",
                "TYPOGRAPHY": "punctuation", "GRAMMAR": "grammar", "CONFUSED_WORDS": "grammar",
                "REDUNDANCY": "style", "STYLE": "style", "MISC": "grammar", "COLLOCATIONS": "grammar"}


class LanguageToolChecker:
    """LanguageTool through language-tool-python, against ``url`` or a local install."""

    name = "languagetool"

    def __init__(self, url: str | None = None) -> None:
        self.url = url or os.environ.get("MTAUDIT_LANGUAGETOOL_URL")
        self._tool: Any = None  # language_tool_python.LanguageTool, made on first use

    def check(self, sentences: Sequence[str]) -> list[list[GrammarFinding]]:
        if self._tool is None:
            try:
                import language_tool_python

                if self.url:
                    self._tool = language_tool_python.LanguageTool("en-US", remote_server=self.url)
                else:
                    self._tool = language_tool_python.LanguageTool("en-US")
            except Exception as exc:
                where = self.url or "a local install"
                raise ModelError("grammar", f"LanguageTool at {where} is not available ({type(exc).__name__}: {exc})",
                                 "Start a LanguageTool server and pass --languagetool-url, "
                                 "or use the offline default --grammar harper") from exc
        out: list[list[GrammarFinding]] = []
        for sentence in sentences:
            findings = []
            try:
                matches = self._tool.check(sentence)
            except Exception as exc:  # the server went away, timed out or answered nonsense
                raise ModelError("grammar", f"LanguageTool at {self.url or 'a local install'} failed while checking "
                                            f"({type(exc).__name__}: {exc})",
                                 "Check the server, or use the offline default --grammar harper (or set "
                                 "grammar_fallback = true under [models] to fall back to it)") from exc
            for match in matches:
                offset = match.offset
                length = getattr(match, "error_length", None) or getattr(match, "errorLength", 0)
                category = _LT_CATEGORY.get(getattr(match, "category", ""), "grammar")
                findings.append(GrammarFinding(offset, offset + length, category,
                                               str(getattr(match, "rule_id", None) or getattr(match, "ruleId", "")),
                                               match.message, "languagetool"))
            out.append(findings)
        return out


class FallbackGrammar:
    """A grammar backend that, when it fails, hands over to Harper and says so in ``notes``."""

    def __init__(self, primary: GrammarChecker, notes: list[str], english: str = "any") -> None:
        self.primary = primary
        self.notes = notes
        self.english = english
        self.name = primary.name
        self._fallback: GrammarChecker | None = None

    def check(self, sentences: Sequence[str]) -> list[list[GrammarFinding]]:
        if self._fallback is None:
            try:
                return self.primary.check(sentences)
            except ModelError as exc:
                log.warning("%s; falling back to Harper", exc)
                self.notes.append(f"grammar: {exc.problem}; Harper (offline) checked grammar instead "
                                  "(grammar_fallback is set)")
                self._fallback = HarperChecker(self.english)
                self.name = self._fallback.name
        return self._fallback.check(sentences)


def load_grammar(name: str, url: str | None = None, english: str = "any") -> GrammarChecker | None:
    if name == "none":
        return None
    if name == "harper":
        return HarperChecker(english)
    if name == "languagetool":
        return LanguageToolChecker(url)
    raise ModelError("grammar", f"unknown grammar backend '{name}'", "Choose harper, languagetool or none")
