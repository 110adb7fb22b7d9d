"""Audit settings: thresholds, models and the gate, read from mtaudit.toml or [tool.mtaudit].

Every threshold has a documented default; the defaults were chosen on the dev
benchmarks in ``benchmarks/`` and the seed corpus.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .types import SEVERITIES

FAIL_ON_CHOICES: tuple[str, ...] = (*SEVERITIES, "never")
ENGLISH_CHOICES: tuple[str, ...] = ("any", "us", "gb")


@dataclass(frozen=True)
class Thresholds:
    """Cut-offs used by alignment and the checks. All similarities are cosines in [-1, 1]."""

    link_similarity: float = 0.56
    """A reprint sentence whose best counterpart scores below this is an addition."""
    link_similarity_in_context: float = 0.4
    """Lower bar for a link whose neighbours link to the counterpart's neighbours."""
    merge_gain: float = 0.0
    """How much a 1-2 or 2-1 link must beat the best 1-1 link of its parts."""
    merge_part_similarity: float = 0.3
    """Each part of a 1-2 or 2-1 link must score at least this on its own."""
    expand_part_similarity: float = 0.3
    """A sentence joins its neighbour's link (n-m) only if it scores at least this against it."""
    expand_gain: float = 0.02
    """Growing a link into n-m must raise its joined similarity by at least this."""
    uncross_margin: float = 0.03
    """Two crossing links are put in the text's order when that costs at most this much cosine in all."""
    rescue_lexical: float = 33.0
    """A leftover sentence sharing this much wording (chrF) with a leftover original is linked to it."""
    rescue_similarity: float = 0.3
    """... provided their cosine is at least this."""
    counterpart_similarity: float = 0.75
    """A linked pair this close (cosine) is a counterpart whatever its wording ..."""
    counterpart_coverage: float = 0.25
    """... a looser one only where the two sides share content both ways: the harmonic mean of
    the share of each side's content words (weighted by rarity; names apart) found in the other
    reaches this (or one side lies within the other: contained_coverage). Else it is about the
    same event and says something else."""
    counterpart_supported_coverage: float = 0.12
    """The bar for a loose link whose neighbour (before or after) is linked to the original
    sentence before or after (same story, same order)."""
    contained_coverage: float = 0.6
    """A leftover reprint sentence with this share of its content words (weighted) in one
    original sentence is linked to it: a part of a long sentence translated as several ..."""
    contained_supported_coverage: float = 0.35
    """... or this share, to join the link of a neighbour in its paragraph that holds that
    original sentence already (the rest of a sentence translated as several)."""
    contained_similarity: float = 0.2
    """... provided their cosine is at least this (a short part matches a long whole poorly)."""
    other_story_share: float = 0.25
    """A reprint with fewer than this share of its sentences linked to the originals, that
    carries fewer than this share of theirs, reads as another story: the report says so, and
    that its unlinked sentences get only the reference-free checks."""
    variant_twin_similarity: float = 0.9
    """Two original sentences this similar are the same sentence in two versions."""
    variant_share: float = 0.5
    """Two originals sharing this share of twins are versions of one article."""
    contradiction: float = 0.9
    """Conflict probability from the contradiction model that flags a pair as inverted. Every
    pair is read both ways round and keeps the weaker reading: on MQM zh-en dev, one-way
    conflicts are paraphrases that say a little more or less (7 of the 9 drift flags on segments
    the experts found clean), while every DEMETR antonym the model caught conflicts both ways."""
    contradiction_alone: float = 0.98
    """Without negation or antonym evidence, the contradiction model flags only at this conflict ..."""
    contradiction_similarity: float = 0.8
    """... and only pairs this close (cosine)."""
    contradiction_ceiling: float = 0.97
    """A conflict the contradiction model alone reads is no drift flag on a pair this close
    (cosine): on MQM zh-en dev, 1 of its 6 flags there fell on an expert accuracy error (27%
    of such pairs have one) and 2 on segments the experts found clean; no DEMETR antonym item
    reaches it."""
    contradiction_drift: float = 0.95
    """The conflict at which the contradiction model alone, on a strong counterpart that no other
    check explains, flags a drift (the ``contradiction-model`` drift check). On the dev stories
    (``stories-11`` to ``-18``), faithful reprints told another way read as conflicts too: at 0.9,
    31 of 80 faithful stories failed with 43 false alarms and 163 of 240 errors were caught; at
    0.95, 26, 37 and 162; at 0.99, 22, 27 and 159. On MQM zh-en dev the same steps cost 6 and 13
    of 238 caught segments, and no expert-clean one gains or loses a flag. A link that reaches it
    is read again with the original told with the sentence before it and with the one after it,
    and the weaker reading must reach it too: on ``stories-11`` to ``-19`` that took away 5 of the
    12 false alarms of the model alone and 1 of the 7 errors it caught; MQM segments have no
    neighbours."""
    pair_similarity: float = 0.7
    """Pairs below this cosine are loose counterparts: fact and inversion checks stay quiet on them."""
    fact_similarity: float = 0.8
    """Numbers and names are compared in close pairs at least this similar (cosine) ..."""
    fact_chrf: float = 45.0
    """... or in pairs sharing this much wording (chrF), where a name may also be replaced by a
    name of another kind (a person by an organisation)."""
    pair_chrf: float = 35.0
    """Pairs below this chrF share too little wording for word-level fact and polarity comparison."""
    drift_minor: float = 0.65
    """A counterpart whose drift score reaches this has moved in meaning: on MQM zh-en dev, 22 of
    1,997 segments, 82% of them with an expert accuracy error (71% of all segments), none clean.
    Below it, drift mostly measures free paraphrase (human translations drift most)."""
    drift_major: float = 0.8
    garble_word: float = 13.5
    """Normalised surprisal of one word (nats) that marks a break in the sentence (1% of clean DEMETR dev)."""
    garble_sentence: float = 2.9
    """Mean normalised surprisal of a sentence above which it reads as word salad."""
    garble_misplaced: float = 10.0
    """A linked sentence that shares at least half of its judged words with its original reads as
    word salad only if its worst-placed shared words (three) read this many nats worse together
    than in the original, or its other words read as word salad (stories dev: faithful sentences
    0-12, scrambled ones 7-28, most over 13)."""
    garble_sentence_break: float = 2.0
    """A linked sentence reads as word salad only if its break score (below) is at least this
    too: a faithful translation that is merely dense (lists of names) is explained by its original."""
    garble_break: float = 6.5
    """A word of the original this surprising both alone (normalised) and after the original
    (minus 6 nats) marks a break: 0.5-1% of human paraphrases in MQM dev, 0% of DEMETR's
    unperturbed controls, about half of its shuffled sentences."""
    untranslated_surprisal: float = 8.0
    """A word both English and another language use, the other far more ("trois", "loin"), is
    taken as left untranslated when the language model finds it this surprising (normalised)
    where it stands: 2 of 60 DEMETR dev code-mix items, none of its controls or noise items."""
    repair_gain: float = 4.0
    """A linked sentence reads this much likelier (nats, whole sentence) with a word put back
    as its original has it (two words swapped back, a word form or function word restored)
    marks a readable slip: 2 of 60 DEMETR dev controls (both names), 55-68% of its word-swap,
    part-of-speech, pronoun-case and function-word items."""
    repair_floor: float = 4.0
    """A repair is read only where the first reading found the word (or the one after it)
    at least this surprising (raw nats): a word the model takes in its stride is not a slip."""
    scramble_gain: float = 15.0
    """A linked sentence that reads this much likelier (nats, whole sentence) with a run of three
    or more words put back in the original's order is word salad there (``lm-scramble``): 106 of
    115 five-word shuffles in benchmarks/house_style.py; none of the 65 such runs in MQM and
    DEMETR dev translations, whose reorderings read well either way (at most 12.7 nats). A run
    that gains less is no finding."""
    synonym_gain: float = 10.0
    """A sentence that reads this much likelier (nats, whole sentence, less half the difference
    of the two words' base surprisal) with a content word swapped for a thesaurus neighbour has
    the wrong word. On the wrong-word dev set (reference-free): 22% of swaps for a word of
    another sense, none of 200 unchanged sentences, 60 DEMETR dev controls and 250 MQM
    expert-clean segments; at 9 nats, more swaps and 2 of those 510 clean sentences."""
    slot_gain: float = 15.0
    """The same, where the word put back is the original's between the same two words, and no
    thesaurus neighbour of the reprint's: a restatement stands there too ("The miner, which runs"
    / "The company, which runs": 12.8 nats; "as it tracked south-east" / "moved": 10.2, in
    faithful dev stories), so it needs more than a guess ("analysed moon data" / "satellite":
    19.3; "existing shrub in" / "plant": 17.6)."""
    original_synonym_gain: float = 7.0
    """The same, where the word put back is the original's, in the slot of a thesaurus neighbour
    of it (a word swapped, as spun copy does): the original's word standing there is evidence a
    reading alone lacks. On MQM dev expert-clean segments and DEMETR dev controls, no such
    reading gains more than 4.4 nats; on the wrong-word dev set (linked), 123 of 166 swaps for a
    word of another sense gain 7 or more, 91 gain 10."""
    wrong_word_major: float = 10.0
    """Where the original's word gains this much or more, the ``wrong-word`` flag is major: the
    reprint says something else in the original's slot ("opened five hideouts" / "shelters").
    Below it, near synonyms that read a little worse stand among the swaps ("price" / "cost",
    "kept" / "maintained": 7-9 nats on the wrong-word dev set), and the flag is minor."""
    synonym_floor: float = 10.0
    """Only a content word at least this surprising (raw nats) has its neighbours read."""


@dataclass(frozen=True)
class Models:
    """Which model serves each role: a registry name, a local path or a hub name."""

    embedder: str = "all-MiniLM-L6-v2"
    contradiction: str = "auto"
    """"auto" uses the offline conflict classifier when installed, else none."""
    lm: str = "SmolLM2-135M"
    lm_precision: str = "auto"
    """"auto" (bfloat16 where the CPU has it natively, else float32), "float32" or "bfloat16"."""
    lm_repairs: bool = True
    """Read each sentence again with its most surprising words in other forms or orders, or as
    thesaurus neighbours (the ``lm-repair`` and ``wrong-word`` checks): about four more
    language-model reads per changed sentence. False makes the fluency checks about three times
    faster and leaves readable slips (swapped words, wrong word forms) to the grammar checker."""
    grammar: str = "harper"
    languagetool_url: str | None = None
    grammar_fallback: bool = False
    """When LanguageTool is unreachable or fails: fall back to Harper (and say so) instead of stopping."""
    tagger: str = "en_core_web_sm"
    """Part-of-speech tags and named entities (spaCy pipeline), or "none" for capitalisation rules."""


@dataclass(frozen=True)
class AuditConfig:
    thresholds: Thresholds = field(default_factory=Thresholds)
    models: Models = field(default_factory=Models)
    fail_on: str = "major"
    boilerplate_patterns: tuple[str, ...] = ()
    """Extra regular expressions; a paragraph matching one in full is set aside."""
    cache_max_mb: int = 1024
    """Bound of the on-disk cache of model outputs; the entries used longest ago go first."""
    max_bytes: int = 5_000_000
    """Input files larger than this are refused (a clear error naming the limit)."""
    accepted_findings: str | None = None
    """Path of the accepted-findings file (relative to the settings file that names it)."""
    english: str = "any"
    """Which spellings are right: "any" (American and British alike: "favor" and "favour"),
    "us" or "gb" (the other spelling is flagged as a minor slip)."""

    def replace(self, **changes: Any) -> AuditConfig:
        return dataclasses.replace(self, **changes)

    def signature(self) -> dict[str, Any]:
        return {
            "models": dataclasses.asdict(self.models),
            "thresholds": dataclasses.asdict(self.thresholds),
            "fail_on": self.fail_on,
            "english": self.english,
        }


def _build(section: dict[str, Any], source: Path) -> AuditConfig:
    def typed(cls: type, values: Any, name: str) -> Any:
        if not isinstance(values, dict):
            raise ConfigError(f"{source}: [{name}] must be a table.")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ConfigError(
                f"{source}: unknown setting(s) {', '.join(unknown)} in [{name}]; "
                f"valid: {', '.join(sorted(known))}."
            )
        return cls(**values)

    config = AuditConfig()
    section = dict(section)
    changes: dict[str, Any] = {}
    if "thresholds" in section:
        changes["thresholds"] = typed(Thresholds, section.pop("thresholds"), "thresholds")
    if "models" in section:
        changes["models"] = typed(Models, section.pop("models"), "models")
        if not isinstance(changes["models"].lm_repairs, bool):
            raise ConfigError(f"{source}: lm_repairs must be true or false.")
    if "fail_on" in section:
        fail_on = section.pop("fail_on")
        if fail_on not in FAIL_ON_CHOICES:
            raise ConfigError(
                f"{source}: fail_on = {fail_on!r}; choose one of {', '.join(FAIL_ON_CHOICES)}."
            )
        changes["fail_on"] = fail_on
    if "english" in section:
        english = section.pop("english")
        if english not in ENGLISH_CHOICES:
            raise ConfigError(f"{source}: english = {english!r}; choose one of {', '.join(ENGLISH_CHOICES)}.")
        changes["english"] = english
    if "boilerplate_patterns" in section:
        changes["boilerplate_patterns"] = tuple(section.pop("boilerplate_patterns"))
    if "cache_max_mb" in section:
        bound = section.pop("cache_max_mb")
        if not isinstance(bound, int) or isinstance(bound, bool) or bound < 0:
            raise ConfigError(f"{source}: cache_max_mb must be a whole number of megabytes (0 or more).")
        changes["cache_max_mb"] = bound
    if "max_bytes" in section:
        limit = section.pop("max_bytes")
        if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
            raise ConfigError(f"{source}: max_bytes must be a positive whole number of bytes.")
        changes["max_bytes"] = limit
    if "accepted_findings" in section:
        accepted = section.pop("accepted_findings")
        if not isinstance(accepted, str) or not accepted:
            raise ConfigError(f"{source}: accepted_findings must be a file path.")
        changes["accepted_findings"] = str((source.parent / accepted).resolve()) if not Path(accepted).is_absolute() \
            else accepted
    if section:
        raise ConfigError(f"{source}: unknown setting(s) {', '.join(sorted(section))}.")
    return config.replace(**changes)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest mtaudit.toml, or pyproject.toml with [tool.mtaudit], from start upward."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "mtaudit.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if "mtaudit" in data.get("tool", {}):
                return pyproject
    return None


#: The accepted-findings file a run reads when it exists and nothing names another (and where
#: ``mtaudit accept`` writes by default).
DEFAULT_ACCEPTED_FILE = "mtaudit-accepted.json"


def resolve_config(config_file: str | Path | None = None, accepted: str | Path | None = None) -> AuditConfig:
    """The settings a run uses, as the command line finds them: ``config_file``, or the nearest
    mtaudit.toml or [tool.mtaudit]; the accepted-findings file is ``accepted``, else the
    configured one, else ./mtaudit-accepted.json when it exists."""
    config = load_config(Path(config_file) if config_file is not None else None)
    if accepted is not None:
        return config.replace(accepted_findings=str(accepted))
    if config.accepted_findings is None and Path(DEFAULT_ACCEPTED_FILE).is_file():
        return config.replace(accepted_findings=DEFAULT_ACCEPTED_FILE)
    return config


def load_config(path: Path | None = None) -> AuditConfig:
    """Read settings from ``path``, or from the nearest config file; defaults if there is none."""
    path = path or find_config()
    if path is None:
        return AuditConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration ({exc.strerror}).") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}). Fix the file or remove it.") from exc
    section = data.get("tool", {}).get("mtaudit", {}) if path.name == "pyproject.toml" else data
    try:
        return _build(section, path)
    except TypeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
