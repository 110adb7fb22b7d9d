"""The check stage: every reprint sentence, with its original if it has one, -> scores and flags.

``mtaudit audit`` runs it on the sentences of aligned documents and ``mtaudit score`` on
pairs given directly; both get the same checks, thresholds and severities. Each model
sees all sentences of a run in one batched call.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .backends.contradiction import ContradictionModel
from .backends.models import ModelSet
from .backends.tagger import Analysis
from .checks.drift import (
    drift_flags,
    drift_score,
    is_comparable,
    is_strong_counterpart,
    metrics_identity,
    string_scores,
)
from .checks.facts import fact_flags
from .checks.fluency import fluency_flags, fluency_score
from .checks.inversion import inversion_flags, negation_reworded
from .checks.patterns import article_slips, garble_patterns, pronoun_slips, tag_patterns, word_order_slips
from .checks.repairs import repair_evidence, repair_flags, repairs_worth_reading
from .checks.surprisal import break_evidence, explained_by_original, lm_evidence, misspelled_spans, needs_second_reading
from .checks.untranslated import untranslated_in_context, untranslated_words
from .config import AuditConfig
from .errors import InputError
from .ingest.jsonl import parse_object, read_objects, require
from .segment import is_headline
from .types import Flag
from .verdict import risk_score, settle

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

    @property
    def reprint_side(self) -> str:
        return self.reprint if self.reprint is not None else self.sentence


@dataclass(frozen=True)
class CheckResult:
    scores: dict[str, float | None]
    flags: tuple[Flag, ...]


def two_way_conflicts(pairs: Sequence[tuple[str, str]], model: ContradictionModel) -> dict[tuple[str, str], float]:
    """The contradiction model's conflict for each (original, reprint) pair, read both ways
    round: the weaker of the two readings.

    A reversal conflicts both ways; a reprint that only says more or less than its original
    (a paraphrase, a detail dropped) reads as a conflict one way only.
    """
    forward = model.conflict(pairs).tolist()
    backward = model.conflict([(reprint, original) for original, reprint in pairs]).tolist()
    return {pair: min(a, b) for pair, a, b in zip(pairs, forward, backward)}


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
            else:
                items.append([text, "PROPN", run[-1].end])
            run = []
    return tuple((text, label) for text, label, _ in items)


def run_checks(items: Sequence[CheckItem], models: ModelSet, config: AuditConfig,
               original_context: Sequence[str] | None = (), progress: Progress | None = None) -> list[CheckResult]:
    """Scores and flags for each item. ``original_context`` is the originals' text, against
    which people's titles are checked and names are not taken for misspellings; None
    means each item's own original (independent pairs)."""
    t = config.thresholds
    say = progress or (lambda message: None)
    # A sentence identical to its original was not changed by translation: whatever a check
    # would find in it is the original's own wording, so no model reads it again.
    copies = {id(item) for item in items if item.original is not None and is_copy(item.original, item.reprint_side)}
    linked = [item for item in items if item.original is not None and id(item) not in copies]

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
    pairs = sorted({(item.original, item.reprint_side) for item in linked
                    if item.original is not None and item.similarity is not None and is_comparable(
                        item.similarity, strings[(item.original, item.reprint_side)]["chrf"], t)})
    if contradiction is not None and pairs:
        conflicts = two_way_conflicts(pairs, contradiction)

    say("checking grammar")
    sentences = sorted({item.sentence for item in items if id(item) not in copies})
    grammar = models.grammar
    findings = dict(zip(sentences, grammar.check(sentences))) if grammar else {}
    say("reading sentences with the language model")
    lm = models.lm
    alone = dict(zip(sentences, lm.surprisals(sentences))) if lm else {}
    shared_context = original_context

    def known_names_of(item: CheckItem) -> frozenset[str]:
        context = shared_context if shared_context is not None else ([item.original] if item.original else [])
        return frozenset(w.lower() for text in context for w in text.split() + re.findall(r"\w+", text))

    # Linked sentences are read again after their original: what it does not explain stands
    # out. Only where the first reading leaves a word that could be a break, or a sentence
    # that reads as word salad: elsewhere the second reading cannot change a flag.
    say("reading sentences after their originals")
    read_after = sorted({(item.original, item.sentence) for item in linked
                         if item.original is not None and item.sentence in alone
                         and needs_second_reading(alone[item.sentence], item.original,
                                                  misspelled_spans(item.sentence, findings.get(item.sentence, []),
                                                                   known_names_of(item)), t)})
    after = dict(zip(read_after, lm.surprisals([s for _, s in read_after], [o for o, _ in read_after]))) \
        if lm and read_after else {}

    # Where a linked sentence departs from its original by a word order or a word form, the
    # model reads it again with the original's words put back, and every sentence with its
    # most surprising words in their other forms: a slip reads clearly worse than its repair.
    # Skipped with --no-repairs (lm_repairs = false).
    repairs: dict[tuple[str | None, str], list] = {}
    if config.models.lm_repairs:
        say("trying other wordings")
        repairs = {(item.original, item.sentence): repairs_worth_reading(
            item.sentence, item.original, alone[item.sentence], t,
            misspelled_spans(item.sentence, findings.get(item.sentence, []), known_names_of(item)))
            for item in items if item.sentence in alone and id(item) not in copies}
    repaired_texts = sorted({r.apply(s) for (_, s), found in repairs.items() for r in found})
    repaired = dict(zip(repaired_texts, lm.surprisals(repaired_texts))) if lm and repaired_texts else {}

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

    say("checking sentences")
    results = []
    for item in items:
        if id(item) in copies:
            results.append(_copy_result(item))
            continue
        context: Sequence[str] = shared_context if shared_context is not None else (
            [item.original] if item.original is not None else [])
        known_names = known_names_of(item)
        scores: dict[str, float | None] = {"similarity": None, "chrf": None, "bleu": None, "ter": None, "drift": None}
        flags: list[Flag] = []
        if item.original is not None:
            original, reprint = item.original, item.reprint_side
            similarity = item.similarity if item.similarity is not None else 0.0
            pair_strings = strings[(original, reprint)]
            chrf = pair_strings["chrf"]
            # the scores the drift check reads, as the report shows them
            pair_scores = {"similarity": round(similarity, 4), "chrf": chrf,
                           "drift": drift_score(similarity, chrf)}
            conflict = conflicts.get((original, reprint))
            if conflict is not None:
                pair_scores["conflict"] = round(conflict, 4)
            scores.update(pair_strings)
            scores.update(pair_scores)
            close = is_comparable(similarity, chrf, t)
            typed = (entities[original], entities[reprint]) if original in entities and reprint in entities else None
            fact = fact_flags(original, reprint, similarity, close, context, t, typed, chrf)
            lemmas = {token.text.lower(): token.lemma for text in (original, item.sentence) if text in analyses
                      for token in analyses[text].tokens if token.lemma}
            strong = is_strong_counterpart(similarity, chrf, t)
            flags += inversion_flags(original, item.sentence, similarity, close, conflict, bool(fact), t, lemmas,
                                     strong)
            flags += fact
            reversed_already = any(f.kind in ("inverted", "fact") for f in flags)
            flags += drift_flags(pair_scores, t, close, reversed_already, is_headline(item.sentence),
                                 negation_reworded(original, reprint))
        else:
            flags += inversion_flags(None, item.sentence, None, False, None, False, t)
            flags += fact_flags(None, item.sentence, None, False, context, t)
        patterns = (garble_patterns(item.sentence, item.follows_sentence) + article_slips(item.sentence)
                    + untranslated_words(item.sentence, known_names))
        # A repetition the original has too is a name ("Run Run Shaw", "Ni Ni"), not a slip.
        patterns = [hit for hit in patterns if hit.name != "repeated-word"
                    or not any(item.sentence[hit.start:hit.end] in text for text in context)]
        if item.sentence in analyses:
            tokens = analyses[item.sentence].tokens
            patterns += (tag_patterns(item.sentence, tokens) + pronoun_slips(item.sentence, tokens)
                         + word_order_slips(item.sentence, tokens))
        found = findings.get(item.sentence, [])
        typos = misspelled_spans(item.sentence, found, known_names)
        if item.sentence in alone:
            patterns += untranslated_in_context(item.sentence, alone[item.sentence], t, known_names)
        evidence = lm_evidence(alone[item.sentence], typos) if item.sentence in alone else None
        breaks = None
        explained = False
        if item.original is not None and (item.original, item.sentence) in after:
            breaks = break_evidence(alone[item.sentence], after[(item.original, item.sentence)], item.original,
                                    typos)
            explained = evidence is not None and explained_by_original(evidence, after[(item.original, item.sentence)])
        flags += fluency_flags(item.sentence, patterns, found, evidence, known_names, t, breaks, explained)
        slips: list[Flag] = []
        if (item.original, item.sentence) in repairs:
            tried = [(r, repaired[r.apply(item.sentence)]) for r in repairs[(item.original, item.sentence)]]
            slips = repair_flags(item.sentence, repair_evidence(alone[item.sentence], tried, t), flags, t)
            flags += slips
        scores["fluency"] = fluency_score(patterns, found, evidence, t, breaks, len(slips))
        if evidence is not None:
            scores["surprisal"] = evidence["mean"]
        settled = settle(flags, t)
        scores["risk"] = risk_score(settled, scores)
        results.append(CheckResult(scores, settled))
    return results


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})


def is_copy(original: str, reprint: str) -> bool:
    """Whether the reprint says exactly what the original says (whitespace and quote styles aside)."""
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())
    return norm(original) == norm(reprint)


def _copy_result(item: CheckItem) -> CheckResult:
    """A sentence identical to its original: no flags; its scores say so."""
    scores: dict[str, float | None] = {"similarity": round(item.similarity if item.similarity is not None else 1.0, 4),
                                       "chrf": 100.0, "bleu": 100.0, "ter": 0.0, "drift": 0.0, "fluency": 1.0}
    scores["risk"] = risk_score([], scores)
    return CheckResult(scores, ())


# --- independent pairs (mtaudit score) -------------------------------------------------------

@dataclass(frozen=True)
class Pair:
    id: str
    original: str
    reprint: str


PAIR_EXAMPLE = '{"id": "p1", "original": "...", "reprint": "..."}'


def parse_pair(line: str, where: str) -> Pair:
    return pair_from_object(parse_object(line, where, PAIR_EXAMPLE), where)


def pair_from_object(data: dict, where: str) -> Pair:
    require(data, ("id", "original", "reprint"), where)
    for field in ("original", "reprint"):
        if not isinstance(data[field], str) or not data[field].strip():
            raise InputError(where, f"'{field}' must be a non-empty string", "Give the sentence as text")
    return Pair(str(data["id"]), data["original"].strip(), data["reprint"].strip())


def read_pairs(path) -> list[Pair]:
    pairs = [pair_from_object(data, where) for where, data in read_objects(path, PAIR_EXAMPLE)]
    if not pairs:
        raise InputError(str(path), "holds no pairs", f"Write one object per line, like {PAIR_EXAMPLE}")
    return pairs


def score_pairs(pairs: Sequence[Pair], models: ModelSet, config: AuditConfig,
                progress: Progress | None = None) -> list[CheckResult]:
    """Each reprint judged against its own original, as the audit judges a linked sentence."""
    if not pairs:
        return []
    texts = sorted({p.original for p in pairs} | {p.reprint for p in pairs})
    vectors = dict(zip(texts, models.embedder.encode(texts)))
    items = [CheckItem(p.reprint, p.original, None, float(vectors[p.original] @ vectors[p.reprint])) for p in pairs]
    return run_checks(items, models, config, None, progress)
