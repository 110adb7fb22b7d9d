"""The check stage: every reprint sentence, with its original if it has one, -> scores and flags.

``mtaudit audit`` runs it on the sentences of aligned documents and ``mtaudit score`` on
pairs given directly; both get the same checks, thresholds and severities. Each model
sees all sentences of a run in one batched call.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .backends.models import ModelSet
from .checks.changes import pronoun_resolved, refers_to_the_person
from .checks.claims import around_parts
from .checks.drift import (
    drift_flags,
    drift_score,
    is_comparable,
    is_strong_counterpart,
)
from .checks.facts import fact_flags, figures_differ, notice_flags
from .checks.fluency import fluency_flags, fluency_score
from .checks.inversion import headline_part_added, inversion_flags, negation_reworded, restated
from .checks.patterns import article_slips, garble_patterns, pronoun_slips, tag_patterns, word_order_slips
from .checks.quotes import quote_flags
from .checks.readings import CheckItem, Progress, Readings, in_headline, is_copied, known_names, read
from .checks.repairs import repair_evidence, repair_flags
from .checks.roles import NAME_LABELS, direction_flags, exchanged_flags, taken_to_flags, voice_flags
from .checks.surprisal import (
    as_read_in_original,
    break_evidence,
    could_read_as_garbled,
    explained_by_original,
    lm_evidence,
    misspelled_spans,
    needs_second_reading,
)
from .checks.untranslated import untranslated_in_context, untranslated_words
from .config import AuditConfig
from .errors import InputError
from .ingest.jsonl import parse_object, read_objects, require
from .segment import is_headline
from .types import Flag
from .verdict import risk_score, settle


@dataclass(frozen=True)
class CheckResult:
    scores: dict[str, float | None]
    flags: tuple[Flag, ...]


def run_checks(items: Sequence[CheckItem], models: ModelSet, config: AuditConfig,
               original_context: Sequence[str] | None = (), progress: Progress | None = None,
               contexts: Sequence[Sequence[str] | None] | None = None) -> list[CheckResult]:
    """Scores and flags for each item: the models read all of them once (:func:`read`), then each
    is judged from its readings alone. ``original_context`` is the originals' text, against
    which people's titles are checked and names are not taken for misspellings; None
    means each item's own original (independent pairs). ``contexts`` gives each item its own
    (the items of several groups, each item a new object), in place of ``original_context``."""
    readings = read(items, models, config, original_context, progress, contexts)
    if progress is not None:
        progress("checking sentences")
    each = contexts if contexts is not None else [original_context] * len(items)
    return [judge(item, readings, config, context) for item, context in zip(items, each)]


def judge(item: CheckItem, readings: Readings, config: AuditConfig,
          original_context: Sequence[str] | None = ()) -> CheckResult:
    """One sentence's scores and flags, from the run's readings: every check, in the order in
    which a later one reads what an earlier found (a changed fact explains a conflict; a
    reversal found explains drift), then the severity policy."""
    if is_copied(item):
        return _copy_result(item)
    t = config.thresholds
    r = readings
    context: Sequence[str] = original_context if original_context is not None else (
        [item.original] if item.original is not None else [])
    if item.notice is not None:
        return _notice_result(item.notice, item.sentence, context, config)
    known = known_names(item, original_context)
    scores: dict[str, float | None] = {"similarity": None, "chrf": None, "bleu": None, "ter": None, "drift": None}
    flags: list[Flag] = []
    if item.original is not None:
        original, reprint = item.original, item.reprint_side
        similarity = item.similarity if item.similarity is not None else 0.0
        pair_strings = r.strings[(original, reprint)]
        chrf = pair_strings["chrf"]
        # the scores the drift check reads, as the report shows them
        pair_scores = {"similarity": round(similarity, 4), "chrf": chrf,
                       "drift": drift_score(similarity, chrf)}
        conflict = r.conflict_of(item)
        if conflict is not None:
            pair_scores["conflict"] = round(conflict, 4)
        scores.update(pair_strings)
        scores.update(pair_scores)
        close = is_comparable(similarity, chrf, t)
        typed = (r.entities[original], r.entities[reprint]) \
            if original in r.entities and reprint in r.entities else None
        tagged = (r.analyses[original], r.analyses[reprint]) \
            if original in r.analyses and reprint in r.analyses else None
        fact = [f for f in fact_flags(original, reprint, similarity, close, context, t, typed, chrf, tagged,
                                      dict(item.short_forms), item.story_day)
                if _in_this_sentence(f, item)]
        lemmas = {token.text.lower(): token.lemma for text in (original, item.sentence) if text in r.analyses
                  for token in r.analyses[text].tokens if token.lemma}
        strong = is_strong_counterpart(similarity, chrf, t)
        predicates = frozenset(token.text.lower() for text in (original, item.sentence) if text in r.analyses
                               for token in r.analyses[text].tokens if token.tag.startswith(("VB", "JJ")))
        verbs = frozenset(token.text.lower() for text in (original, item.sentence) if text in r.analyses
                          for token in r.analyses[text].tokens if token.tag.startswith("VB"))
        # figures the fact check read as told another way, which the contradiction model may
        # take for a conflict: no evidence of one
        told_otherwise = not fact and figures_differ(original, item.sentence)
        # a headline that sums up more of the story than the original headline: the model's
        # reading of the pair (as a reversal or as a drift), and a negation in the part it adds,
        # are no evidence that the meaning turned
        added = is_headline(item.sentence) and headline_part_added(item.sentence, original, context)
        flags += [f for f in inversion_flags(original, item.sentence, similarity, close, conflict,
                                             bool(fact) or told_otherwise, t, lemmas, strong, predicates, verbs)
                  if _in_this_sentence(f, item) and not (added and (f.check == "contradiction-model" or (
                      f.check == "negation-and-model" and f.evidence.get("side") == "reprint"
                      and f.evidence.get("cue") is not None
                      and headline_part_added(item.sentence, original, context, str(f.evidence["cue"])))))]
        flags += fact
        flags += quote_flags(item.sentence, original, context, close)
        # (a qualifier dropped says nothing of who does what)
        changed = [f for f in fact if f.check != "fact-hedge"]
        if close and typed is not None and not changed:
            # on this sentence of the link: its spans point into it, and another sentence of the
            # link does not get the same finding
            flags += direction_flags(original, item.sentence, [n for n, label in typed[0] if label in NAME_LABELS],
                                     [n for n, label in typed[1] if label in NAME_LABELS],
                                     (r.analyses.get(original), r.analyses.get(item.sentence)))
        if close and not changed and not any(f.check == "direction" for f in flags):
            flags += voice_flags(original, item.sentence) or exchanged_flags(original, item.sentence,
                                                                             r.analyses.get(item.sentence))
        # the person the original calls "she", named as the story names her: the model's reading
        # of the pair alone is no evidence, nor is a name where the original has none
        resolved = pronoun_resolved(original, item.sentence, context)
        if resolved:
            flags = [f for f in flags if f.check != "contradiction-model"
                     and not (f.check == "fact-name" and not f.evidence.get("original"))]
        # a name where the original says "she" or "the Dutchman", the person the story means by it
        flags = [f for f in flags if not (f.check == "fact-name" and refers_to_the_person(
            original, [str(n) for n in f.evidence.get("original", [])], [str(n) for n in f.evidence.get("reprint", [])],
            context))]
        reversed_already = any(f.kind in ("inverted", "fact") for f in flags)
        flags += drift_flags(pair_scores, t, close, reversed_already, is_headline(item.sentence),
                             negation_reworded(original, reprint) or restated(original, item.sentence, lemmas)
                             or resolved or told_otherwise or added, (original, item.sentence),
                             r.passage_conflict(item, context))
    else:
        flags += inversion_flags(None, item.sentence, None, False, None, False, t)
        flags += fact_flags(None, item.sentence, None, False, context, t)
        flags += quote_flags(item.sentence, None, context)
    flags += taken_to_flags(item.sentence, r.analyses.get(item.sentence))
    patterns = (garble_patterns(item.sentence, item.follows_sentence) + article_slips(item.sentence)
                + untranslated_words(item.sentence, known))
    # A repetition the original has too is a name ("Run Run Shaw", "Ni Ni"), not a slip.
    patterns = [hit for hit in patterns if hit.name != "repeated-word"
                or not any(item.sentence[hit.start:hit.end] in text for text in context)]
    if item.original is not None:
        # a surface slip its counterpart makes too ("a art", an odd number of quote marks) is the
        # original's, carried over: not the reprint's to put right
        theirs = {(hit.name, item.original[hit.start:hit.end])
                  for hit in garble_patterns(item.original) + article_slips(item.original)
                  if hit.name in CARRIED_SLIPS}
        patterns = [hit for hit in patterns if (hit.name, item.sentence[hit.start:hit.end]) not in theirs]
    if item.sentence in r.analyses:
        tokens = r.analyses[item.sentence].tokens
        patterns += (tag_patterns(item.sentence, tokens) + pronoun_slips(item.sentence, tokens)
                     + word_order_slips(item.sentence, tokens))
    found = r.findings.get(item.sentence, [])
    typos = misspelled_spans(item.sentence, found, known)
    if item.original is not None:
        # the same goes for a grammar finding whose words, with a word either side, the
        # original writes just so ("make a art cinema")
        found = [f for f in found if _around(item.sentence, f.start, f.end) not in item.original]
    if item.sentence in r.alone:
        patterns += untranslated_in_context(item.sentence, r.alone[item.sentence], t, known)
    evidence = lm_evidence(r.alone[item.sentence], typos, known) if item.sentence in r.alone else None
    if evidence is not None and item.original is not None and item.original in r.originals \
            and could_read_as_garbled(r.alone[item.sentence], typos, t, known, True):
        # (as read() decided, whatever else the run read so)
        evidence = {**evidence, **as_read_in_original(r.alone[item.sentence], typos, r.originals[item.original],
                                                      known)}
    breaks = None
    explained = False
    # read after its original where this sentence needed it (as read() decided), whatever else
    # the run read so
    if item.original is not None and item.sentence in r.alone \
            and needs_second_reading(r.alone[item.sentence], item.original, typos, t, known):
        breaks = break_evidence(r.alone[item.sentence], r.after[(item.original, item.sentence)], item.original,
                                typos, known)
        explained = evidence is not None and explained_by_original(evidence, r.after[(item.original, item.sentence)])
    repairs = r.repairs.get((item.original, item.sentence, known, in_headline(item)))
    mended = repair_evidence(r.alone[item.sentence], [(fix, r.repaired[fix.apply(item.sentence)]) for fix in repairs],
                             t) if repairs is not None else []
    # (with no repairs read, nothing says whether one surprising word is mended: None)
    flags += fluency_flags(item.sentence, patterns, found, evidence, known, t, breaks, explained,
                           [(fix.start, fix.end) for fix, _ in mended] if repairs is not None else None)
    slips: list[Flag] = []
    if repairs is not None:
        slips = repair_flags(item.sentence, mended, [f for f in flags if f.kind != "quote"], t)
        flags += slips
    scores["fluency"] = fluency_score(patterns, found, evidence, t, breaks,
                                      sum(f.check == "lm-repair" for f in slips))
    if evidence is not None:
        scores["surprisal"] = evidence["mean"]
    settled = settle(flags, t)
    scores["risk"] = risk_score(settled, scores)
    return CheckResult(scores, settled)


def _around(text: str, start: int, end: int) -> str:
    """text[start:end] with the word before and the word after it."""
    before = re.search(r"\S+\s+$", text[:start])
    after = re.match(r"\s+\S+", text[end:])
    return text[before.start() if before else start:end + (after.end() if after else 0)]


#: Surface slips that a reprint may carry over from its original.
CARRIED_SLIPS = frozenset({"article", "doubled-punctuation", "stray-quote", "unbalanced-quotes",
                           "space-before-punctuation"})


def _in_this_sentence(flag: Flag, item: CheckItem) -> bool:
    """Whether a finding on a link that spans several reprint sentences belongs to this one: the
    sentence holding the reprint's side of the change (or every one, when none shows it as written);
    an antonym whose original word another sentence of the link still has belongs to none."""
    if item.reprint is None or item.reprint == item.sentence:
        return True
    swaps = flag.evidence.get("swaps") if flag.check == "antonym" else None
    if swaps and all(0 < _count(str(swap["original"]), item.original or "")
                     <= _count(str(swap["original"]), item.reprint) for swap in swaps):
        return False  # the word the original has is still there, as often, in another sentence of the link
    written = [str(text) for text in flag.evidence.get("reprint", ()) if text]
    if not written:
        # a clause or a negation gone: the sentence that tells the words around it, those before
        # a clause first (what it qualified: "could come under pressure [if the quota is cut],
        # expected in November" / "... better than expected." + "... could come under pressure.")
        near = _near(flag, item.original or "")
        rest = item.reprint.replace(item.sentence, " ")
        for words in (*_either_side(flag, item.original or ""), near):
            if words and _tells(item.sentence, words) != _tells(rest, words):
                return _tells(item.sentence, words)
        if near:
            return _tells(item.sentence, near) or not _tells(item.reprint, near)
    return any(text in item.sentence for text in written) or not any(text in item.reprint for text in written)


def _either_side(flag: Flag, original: str) -> tuple[list[str], list[str]]:
    """The words of ``around`` (see :func:`_near`) the original gives beside what the clause
    dropped qualifies (before it, or after a condition that opens with "if" and ends in a comma),
    then those on its other side."""
    clause = next((str(c) for c in flag.evidence.get("original", ()) if c), "")
    if not flag.evidence.get("around") or not clause:
        return [], []
    before, after = around_parts(original, clause)
    at = original.find(clause)
    if re.match(r"(?i)(?:if|unless|provided|as long as|once|until)\b", clause) \
            and re.search(r"(?:^|[,;:]|\b(?:and|but|that|so))\s*$", original[:at]) \
            and original[at + len(clause):].lstrip().startswith(","):
        # a condition that opens a clause, before what it qualifies: "and unless the subsidy is
        # restored, fares will double" (not "could come under pressure if the quota is cut, ...")
        return after, before
    return before, after


def _count(word: str, text: str) -> int:
    """How often ``text`` has ``word`` or a form of it ("reject": "rejecting")."""
    return len(re.findall(rf"\b{re.escape(word)}\w*", text, re.IGNORECASE))


#: How many words of substance after a negation the original lost say where it stood.
_AFTER_CUE = 3


def _near(flag: Flag, original: str) -> list[str]:
    """Words that say which sentence of a split link a finding is about: the words either side of
    a clause dropped, the word a negation flipped negates, or the words after a negation only
    the original has."""
    evidence = flag.evidence
    if evidence.get("around"):
        return list(evidence["around"])
    if evidence.get("flips"):
        return [str(flip["word"]) for flip in evidence["flips"]]
    if evidence.get("side") == "original" and evidence.get("cue"):
        cue = re.search(rf"\b{re.escape(str(evidence['cue']))}\b", original, re.IGNORECASE)
        if cue is not None:
            return [w for w in re.findall(r"[\w'’-]+", original[cue.end():]) if len(w) > 3][:_AFTER_CUE]
    if evidence.get("side") == "reprint" and evidence.get("cue"):
        return [str(evidence["cue"])]
    return []


def _tells(text: str, words: Sequence[str]) -> bool:
    """Whether a text has one of the words (or another number of it: "defect" / "defects")."""
    def stems(found: Sequence[str]) -> set[str]:
        return {w.lower().rstrip("s") for w in found}

    return bool(stems(words) & stems(re.findall(r"[\w'’-]+", text)))


def _copy_result(item: CheckItem) -> CheckResult:
    """A sentence identical to its original: no flags; its scores say so."""
    scores: dict[str, float | None] = {"similarity": round(item.similarity if item.similarity is not None else 1.0, 4),
                                       "chrf": 100.0, "bleu": 100.0, "ter": 0.0, "drift": 0.0, "fluency": 1.0}
    scores["risk"] = risk_score([], scores)
    return CheckResult(scores, ())


def _notice_result(notice: str, sentence: str, context: Sequence[str], config: AuditConfig) -> CheckResult:
    """A sentence of a notice (a correction notice): the titles it gives people, against the
    originals'. It has no counterpart and is no article prose, so nothing else is judged."""
    settled = settle(notice_flags(notice, sentence, context), config.thresholds)
    scores: dict[str, float | None] = {"similarity": None, "chrf": None, "bleu": None, "ter": None, "drift": None,
                                       "fluency": None}
    scores["risk"] = risk_score(settled, scores)
    return CheckResult(scores, settled)


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
