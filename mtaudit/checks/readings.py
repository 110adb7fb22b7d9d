"""What the models read, once per run: every model sees all sentences of a run in one batched
call, and each check then judges one sentence from these readings alone.

:func:`read` gathers them into a frozen :class:`Readings`, keyed by text, so that a sentence's
readings do not depend on what else is in the run.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..backends.contradiction import ContradictionModel
from ..backends.grammar import GrammarFinding
from ..backends.lm import WordSurprisal
from ..backends.models import ModelSet
from ..backends.tagger import Analysis
from ..config import AuditConfig
from ..segment import in_headline_style, neighbours_of
from ..words import american_spelling, negations_spelled_out, short_form
from ..words import words as words_of_text
from .drift import is_comparable, is_strong_counterpart, metrics_identity, string_scores
from .facts import without_dateline
from .plain import figures_plain
from .repairs import Repair, repairs_worth_reading
from .surprisal import could_read_as_garbled, misspelled_spans, needs_second_reading
from .units import spans_as_original

Progress = Callable[[str], None]


@dataclass(frozen=True)
class CheckItem:
    """One reprint sentence to judge."""

    sentence: str
    """The reprint sentence (fluency is judged on it alone)."""
    original: str | None = None
    """The original text it is linked to (joined if several sentences), or None."""
    reprint: str | None = None
    """The reprint side of the link when it spans several sentences; defaults to ``sentence``."""
    similarity: float | None = None
    """Cosine similarity of the link."""
    follows_sentence: bool = False
    """Another sentence of the same paragraph comes right before this one."""
    notice: str | None = None
    """The kind of notice the sentence belongs to ("correction notice"): only the titles it
    gives people are checked, and no model reads it."""
    short_forms: tuple[tuple[str, str], ...] = ()
    """The short forms its reprint defines in brackets after a long name, each with that name
    ("National Elections Commission (CNE)": ("CNE", "National Elections Commission"))."""
    story_day: tuple[str, str] | None = None
    """The month (in lower case) and the day of the dateline of the original its counterpart is
    in, where that original has one ("PARAMARIBO, Sept 22 —": ("september", "22"))."""

    @property
    def reprint_side(self) -> str:
        return self.reprint if self.reprint is not None else self.sentence


@dataclass(frozen=True)
class Readings:
    """Every model reading of a run's sentences, keyed by text."""

    strings: Mapping[tuple[str, str], dict[str, float]]
    """chrF, BLEU and TER of each (original, reprint side) pair."""
    conflicts: Mapping[tuple[str, str], float]
    """The contradiction model's conflict, read both ways where the first reading reaches the
    lowest conflict a check acts on, of each pair close enough to compare."""
    findings: Mapping[str, list[GrammarFinding]]
    """Grammar and spelling findings of each sentence."""
    alone: Mapping[str, list[WordSurprisal]]
    """The language model's reading of each sentence alone."""
    after: Mapping[tuple[str, str], list[WordSurprisal]]
    """Its reading of an (original, sentence) pair's sentence after the original, where needed."""
    repairs: Mapping[tuple[str | None, str, frozenset[str], bool], list[Repair]]
    """The other wordings tried for each (original or None, sentence, the originals' words, whether
    it stands as a headline: :func:`in_headline`) ..."""
    repaired: Mapping[str, list[WordSurprisal]]
    """... and the language model's reading of each."""
    analyses: Mapping[str, Analysis]
    """Tags and named entities of each sentence and of each close pair's texts."""
    entities: Mapping[str, tuple[tuple[str, str], ...]]
    """(text, label) of the names in each analysed text (:func:`named_items`)."""
    parts: Mapping[tuple[str, str, str], float] = field(default_factory=dict)
    """The conflict of each (original, reprint side, part) of a link that spans a sentence the
    reprint split, where the link reads as a conflict (:func:`split_conflicts`)."""
    originals: Mapping[str, list[WordSurprisal]] = field(default_factory=dict)
    """The language model's reading of an original alone, where the first reading of a sentence
    linked to it could flag it as word salad (:func:`could_read_as_garbled`)."""
    passages: Mapping[tuple[str, str], float] = field(default_factory=dict)
    """The conflict of each (passage, reprint side) where the link alone reads as a conflict the
    contradiction model alone would flag: the original read with the sentence before it, and with
    the one after it, in its story (:func:`neighbours_of`), as the premise (one way round: a
    passage says more than any reprint sentence of it)."""

    def conflict_of(self, item: CheckItem) -> float | None:
        """The conflict of an item's link, or of its part where the item is one part of a sentence
        the reprint split and its link reads as a conflict."""
        return conflict_text(item, self.conflicts, self.parts)[1]

    def passage_conflict(self, item: CheckItem, context: Sequence[str] | None) -> float | None:
        """The weaker conflict of an item's reprint side (or part) with its original told with the
        sentence before it or after it in ``context``, where they were read (:attr:`passages`)."""
        text = conflict_text(item, self.conflicts, self.parts)[0]
        read = [self.passages[(p, text)] for p in neighbours_of(item.original or "", context)
                if text is not None and (p, text) in self.passages]
        return min(read) if read else None


def conflict_text(item: CheckItem, conflicts: Mapping[tuple[str, str], float],
                  parts: Mapping[tuple[str, str, str], float]) -> tuple[str | None, float | None]:
    """The reprint text whose conflict with an item's original stands for the item (its part of
    a sentence the reprint split, else its side of the link), with that conflict."""
    if item.original is None:
        return None, None
    part = parts.get((item.original, item.reprint_side, item.sentence))
    if part is not None:
        return item.sentence, part
    return item.reprint_side, conflicts.get((item.original, item.reprint_side))


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})


def is_copy(original: str, reprint: str) -> bool:
    """Whether the reprint says exactly what the original says (whitespace and quote styles aside)."""
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())
    return norm(original) == norm(reprint)


def _wording(text: str) -> tuple[str, ...]:
    """The words a sentence says, house style aside: case, quote marks and punctuation, "U.S." /
    "US", "doesn't" / "does not", "defence" / "defense", "Sen." / "Senator", and figures written
    one way (:func:`.plain.figures_plain`: "1,592" / "1592", "5%" / "5 percent", "8 p.m." /
    "20:00", "€4.3bn" / "4.3 billion euros")."""
    text = figures_plain(unicodedata.normalize("NFKC", text).translate(_QUOTES)).lower()
    text = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group().replace(".", ""), text)
    text = negations_spelled_out(text)
    return tuple(short_form(american_spelling(w)) for w in words_of_text(text))


def same_wording(original: str, reprint: str) -> bool:
    """Whether the reprint says the original's words in the original's order, in another house
    style (see :func:`_wording`): nothing a reader takes differently, so nothing for the
    contradiction model to read (it takes "3,324 kilometers" / "3324 kilometers" for a conflict)."""
    return _wording(original) == _wording(reprint)


def in_headline(item: CheckItem) -> bool:
    """Whether a sentence stands as a headline does (:func:`.segment.in_headline_style`), on a
    line of its own: a line after another sentence of its paragraph is a sentence that lost its
    full stop."""
    return in_headline_style(item.sentence) and not item.follows_sentence


def is_copied(item: CheckItem) -> bool:
    """A sentence identical to its original was not changed by translation: whatever a check
    would find in it is the original's own wording, so no model reads it."""
    return item.original is not None and is_copy(item.original, item.reprint_side)


def known_names(item: CheckItem, original_context: Sequence[str] | None) -> frozenset[str]:
    """Words of the originals (or, with no shared context, of the item's own original), lower-cased:
    never a misspelling, an untranslated word or a new name."""
    context = original_context if original_context is not None else ([item.original] if item.original else [])
    return _words_of(tuple(context))


@lru_cache(maxsize=64)
def _words_of(texts: tuple[str, ...]) -> frozenset[str]:
    """The lower-cased words of ``texts`` (asked again for every sentence of a reprint)."""
    return frozenset(w.lower() for text in texts for w in text.split() + re.findall(r"\w+", text))


def two_way_conflicts(pairs: Sequence[tuple[str, str]], model: ContradictionModel,
                      line: float = 0.0) -> dict[tuple[str, str], float]:
    """The contradiction model's conflict for each (original, reprint) pair, read both ways
    round: the weaker of the two readings.

    A reversal conflicts both ways; a reprint that only says more or less than its original
    (a paraphrase, a detail dropped) reads as a conflict one way only. Figures are given written
    one way (:func:`.plain.figures_plain`), and a span of time the original gives in another unit
    as the original writes it (:func:`.units.spans_as_original`). A dateline is no claim
    ("DUBLIN — ": :func:`.facts.without_dateline`), yet the model's reading moves with it (0.90 with
    it, 0.75 without, for one faithful pair; 0.85 and 0.94 for another): a pair with one is read
    without it and, where that reads as a conflict, with it too, and a conflict must hold both
    ways. A pair whose first reading (the original first) stays under ``line``, the lowest
    conflict any check acts on, is not read again: the weaker reading is under it too, and that
    first reading is its conflict.
    """
    def shown(original: str, reprint: str) -> tuple[str, str]:
        return figures_plain(original), figures_plain(spans_as_original(original, reprint))

    bare = [shown(without_dateline(original), without_dateline(reprint)) for original, reprint in pairs]
    forward = model.conflict(bare).tolist()
    # (as rounded for the report, which the checks read)
    again = [n for n, value in enumerate(forward) if round(value, 4) >= line]
    readings = {n: [value] for n, value in enumerate(forward)}
    for n, value in zip(again, model.conflict([(bare[n][1], bare[n][0]) for n in again]).tolist()):
        readings[n].append(value)
    dated = [n for n in again if shown(*pairs[n]) != bare[n] and round(min(readings[n]), 4) >= line]
    as_written = [shown(*pairs[n]) for n in dated]
    both = model.conflict([*as_written, *((r, o) for o, r in as_written)]).tolist() if dated else []
    for i, n in enumerate(dated):
        readings[n] += [both[i], both[len(dated) + i]]
    return {pair: min(readings[n]) for n, pair in enumerate(pairs)}


def split_conflicts(split: Mapping[tuple[str, str], Sequence[str]], conflicts: Mapping[tuple[str, str], float],
                    model: ContradictionModel, line: float) -> dict[tuple[str, str, str], float]:
    """The conflict of each part of a link that spans a sentence the reprint split, where the
    link reads as a conflict (``split``: each such (original, reprint side) and its parts).

    Each part is read against the original, so that the model's reading lands on the part it is
    about and not on every part: where a part reads as a conflict on its own, each part keeps its
    own reading; where none does ("It would be led by ..." tells its share faithfully, the other
    part changed), the part read as the likeliest conflict takes the link's reading and the others
    keep their own. A part's reading belongs to its link: the same words in another link, or in
    another reprint, are read as their own link says."""
    pairs = sorted({(original, part) for (original, _), link in split.items() for part in link})
    read = two_way_conflicts(pairs, model, line) if pairs else {}
    out: dict[tuple[str, str, str], float] = {}
    for (original, side), link in split.items():
        own = {part: read[original, part] for part in link}
        if max(own.values()) < line:
            likeliest = max(sorted(own), key=own.__getitem__)
            own[likeliest] = conflicts[original, side]
        out.update({(original, side, part): value for part, value in own.items()})
    return out


def named_items(analysis: Analysis) -> tuple[tuple[str, str], ...]:
    """(text, label) of the named entities, then of proper-noun runs the entity tagger missed
    (labelled PROPN: a name of unknown kind)."""
    items: list[list[Any]] = []
    for e in analysis.entities:
        # A spaced dash inside an entity joins two names the tagger ran together
        # ("Cochamó Valley - Chile's").
        parts = re.split(r"\s[-–—]\s", e.text)
        items.extend([part, e.label, e.end] for part in parts if part.strip())
    inside = [(e.start, e.end) for e in analysis.entities]
    run: list = []
    for token in (*analysis.tokens, None):
        if token is not None and token.tag in ("NNP", "NNPS") and not any(a <= token.start < b for a, b in inside):
            run.append(token)
            continue
        if run:
            text = " ".join(t.text for t in run)
            # A run right after an entity continues it: "Islamic" (a group) + "State".
            before = next((item for item in items if item[2] + 1 == run[0].start), None)
            if before is not None:
                before[0], before[2] = f"{before[0]} {text}", run[-1].end
            elif not _MONEY.search(text):  # (not a sum the tagger took for a name: "B$1,000")
                items.append([text, "PROPN", run[-1].end])
            run = []
    return tuple((text, label) for text, label, _ in items)


#: A currency's sign on a figure.
_MONEY = re.compile(r"[$€£¥₹₦₱]\s?\d")


def read(items: Sequence[CheckItem], models: ModelSet, config: AuditConfig,
         original_context: Sequence[str] | None = (), progress: Progress | None = None,
         contexts: Sequence[Sequence[str] | None] | None = None) -> Readings:
    """Every reading the checks need of ``items``, each model called once on all of them.
    ``original_context`` is as for :func:`known_names`; ``contexts`` gives each item its own
    (items of several groups read together). Copied sentences and notices are not read."""
    t = config.thresholds
    say = progress or (lambda message: None)
    # the originals' words, once for each context (else each pair's own original)
    context_of = {id(item): context for item, context in
                  zip(items, contexts if contexts is not None else [original_context] * len(items))}
    words_of: dict[int, frozenset[str]] = {}

    def known(item: CheckItem) -> frozenset[str]:
        context = context_of[id(item)]
        if context is None:
            return known_names(item, None)
        if id(context) not in words_of:
            words_of[id(context)] = known_names(item, context)
        return words_of[id(context)]

    linked = [item for item in items if item.original is not None and not is_copied(item)]
    uncopied = [item for item in items if not is_copied(item) and item.notice is None]

    say("scoring meaning")
    string_pairs = sorted({(item.original, item.reprint_side) for item in linked if item.original is not None})
    cache = models.cache
    if cache is not None:  # TER's shift search is the slowest of them: worth keeping
        def compute(missing: list[Any]) -> list[dict[str, float]]:
            return [string_scores(o, r) for o, r in missing]

        values = cache.through(metrics_identity(), string_pairs, compute)
    else:
        values = [string_scores(o, r) for o, r in string_pairs]
    strings = dict(zip(string_pairs, values))
    contradiction = models.contradiction
    conflicts: dict[tuple[str, str], float] = {}
    parts: dict[tuple[str, str, str], float] = {}
    passages: dict[tuple[str, str], float] = {}
    pairs = sorted({(item.original, item.reprint_side) for item in linked
                    if item.original is not None and item.similarity is not None and is_comparable(
                        item.similarity, strings[(item.original, item.reprint_side)]["chrf"], t)
                    and not same_wording(item.original, item.reprint_side)})
    if contradiction is not None and pairs:
        line = min(t.contradiction, t.contradiction_alone)
        conflicts = two_way_conflicts(pairs, contradiction, line)
        split: dict[tuple[str, str], list[str]] = {}
        for item in linked:
            if item.original is not None and item.reprint_side != item.sentence \
                    and conflicts.get((item.original, item.reprint_side), 0.0) >= line:
                split.setdefault((item.original, item.reprint_side), []).append(item.sentence)
        parts = split_conflicts(split, conflicts, contradiction, line)
        # a link the model alone would flag is read again against the original's passage
        # (only a link the model alone could flag: a strong counterpart, not a near copy)
        passage_pairs = sorted({(passage, text) for item in linked
                                for text, value in [conflict_text(item, conflicts, parts)]
                                if text is not None and value is not None and round(value, 4) >= t.contradiction_drift
                                and item.similarity is not None and round(item.similarity, 4) < t.contradiction_ceiling
                                and is_strong_counterpart(round(item.similarity, 4),
                                                          strings[(item.original or "", item.reprint_side)]["chrf"], t)
                                for passage in neighbours_of(item.original or "", context_of[id(item)])})
        if passage_pairs:
            shown = [(figures_plain(without_dateline(p)), figures_plain(spans_as_original(p, without_dateline(r))))
                     for p, r in passage_pairs]
            passages = dict(zip(passage_pairs, (float(v) for v in contradiction.conflict(shown))))

    say("checking grammar")
    sentences = sorted({item.sentence for item in uncopied})
    grammar = models.grammar
    findings = dict(zip(sentences, grammar.check(sentences))) if grammar else {}
    say("reading sentences with the language model")
    lm = models.lm
    alone = dict(zip(sentences, lm.surprisals(sentences))) if lm else {}

    def typos(item: CheckItem) -> list:
        return misspelled_spans(item.sentence, findings.get(item.sentence, []), known(item))

    # Linked sentences are read again after their original: what it does not explain stands
    # out. Only where the first reading leaves a word that could be a break, or a sentence
    # that reads as word salad: elsewhere the second reading cannot change a flag.
    say("reading sentences after their originals")
    read_after = sorted({(item.original, item.sentence) for item in linked
                         if item.original is not None and item.sentence in alone
                         and needs_second_reading(alone[item.sentence], item.original, typos(item), t, known(item))})
    after = dict(zip(read_after, lm.surprisals([s for _, s in read_after], [o for o, _ in read_after]))) \
        if lm and read_after else {}

    # An original is read alone where a sentence linked to it could read as word salad: a sentence
    # that reads no worse than the story it was made from is the story's own wording.
    originals_read = sorted({item.original for item in linked if item.original is not None and item.sentence in alone
                             and could_read_as_garbled(alone[item.sentence], typos(item), t, known(item), True)})
    originals = dict(zip(originals_read, lm.surprisals(originals_read))) if lm and originals_read else {}

    # Tags of every sentence (verb forms) and named entities of every close pair (names are
    # compared kind by kind), in one pass of the tagger.
    say("tagging")
    tagger = models.tagger
    analyses: dict[str, Analysis] = {}
    if tagger is not None:
        fact_texts = {text for item in linked for text in (item.original, item.reprint_side) if text is not None}
        texts = sorted(fact_texts | set(sentences))
        analyses = dict(zip(texts, tagger.analyse(texts)))
    entities = {text: named_items(analysis) for text, analysis in analyses.items()}

    # Where a linked sentence departs from its original by a word order or a word form, the
    # model reads it again with the original's words put back, and every sentence with its
    # most surprising words in their other forms and its most surprising content word as a
    # thesaurus neighbour: a slip or a wrong word reads clearly worse than its repair.
    # Skipped with --no-repairs (lm_repairs = false).
    repairs: dict[tuple[str | None, str, frozenset[str], bool], list[Repair]] = {}
    if config.models.lm_repairs:
        say("trying other wordings")
        repairs = {(item.original, item.sentence, known(item), in_headline(item)): repairs_worth_reading(
            item.sentence, item.original, alone[item.sentence], t, typos(item), analyses.get(item.sentence),
            known(item), analyses.get(item.original) if item.original is not None else None,
            in_headline(item))
            for item in uncopied if item.sentence in alone}
    repaired_texts = sorted({r.apply(s) for (_, s, _, _), found in repairs.items() for r in found})
    repaired = dict(zip(repaired_texts, lm.surprisals(repaired_texts))) if lm and repaired_texts else {}

    return Readings(strings, conflicts, findings, alone, after, repairs, repaired, analyses, entities, parts,
                    originals, passages)
