"""A thesaurus of one-word synonyms (WordNet 3.1, shipped as mtaudit/data/thesaurus.tsv.gz; built
by models/build_thesaurus.py), the regular inflections that put a synonym in a word's slot, and
WordNet's antonyms made by a negating prefix (mtaudit/data/antonyms.tsv).

Spun copy swaps words for thesaurus entries of another sense ("aircraft humming incidents" for
buzzing). Read the other way, the thesaurus names the words a wrong one may have replaced.
"""

from __future__ import annotations

import bisect
import gzip
from functools import lru_cache
from importlib import resources

#: The parts of speech the thesaurus has (spaCy's universal tags).
PARTS = ("NOUN", "VERB", "ADJ", "ADV")


@lru_cache(maxsize=1)
def _lines() -> list[str]:
    """The thesaurus's lines, sorted (models/build_thesaurus.py writes them so): a lookup is a
    binary search, and nothing is parsed but the entries looked up."""
    data = resources.files("mtaudit").joinpath("data", "thesaurus.tsv.gz").read_bytes()
    return gzip.decompress(data).decode("utf-8").splitlines()


@lru_cache(maxsize=1)
def negated_antonyms() -> tuple[tuple[str, str], ...]:
    """WordNet's antonyms that are a word and the word with a negating prefix ("fair" /
    "unfair", "continue" / "discontinue"), from mtaudit/data/antonyms.tsv."""
    text = resources.files("mtaudit").joinpath("data", "antonyms.tsv").read_text(encoding="utf-8")
    return tuple((a, b) for a, b, _ in (line.split("\t") for line in text.splitlines() if line))


def synonyms(lemma: str, pos: str) -> tuple[tuple[str, int], ...]:
    """One-word synonyms of a lemma as a part of speech, with the rank of the sense they share
    (0 = the lemma's most frequent sense), most frequent sense first."""
    key = f"{lemma.lower()}\t{pos}\t"
    lines = _lines()
    at = bisect.bisect_left(lines, key)
    if at == len(lines) or not lines[at].startswith(key):
        return ()
    return tuple((word, int(rank)) for word, _, rank in
                 (entry.rpartition(":") for entry in lines[at][len(key):].split()))


def inflect(lemma: str, tag: str) -> str:
    """The regular form of a lemma for a Penn Treebank tag (NNS, VBZ, VBG, VBD, VBN; others
    unchanged). Irregular forms come out wrong ("runned"): callers keep only forms in use."""
    if tag in ("NNS", "VBZ"):
        if lemma.endswith(("s", "x", "z", "ch", "sh")):
            return lemma + "es"
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            return lemma[:-1] + "ies"
        return lemma + "s"
    if tag == "VBG":
        if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
            return lemma[:-1] + "ing"
        return lemma + "ing"
    if tag in ("VBD", "VBN"):
        if lemma.endswith("e"):
            return lemma + "d"
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            return lemma[:-1] + "ied"
        return lemma + "ed"
    return lemma
