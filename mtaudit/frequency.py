"""How common a word is, in English and in the other languages the language checks ask about:
wordfreq's frequencies, asked thousands of times a run.

wordfreq loads a whole word list, and its tokenizer's imports, to answer one word. So each
list mtaudit asks is copied once into a table on disk (``models/wordfreq-<version>.sqlite`` in
the cache directory, beside the unpacked models), and a run looks up only the words it meets.
A plain lower-case word is looked up there, with wordfreq's own rounding: the same value as
``wordfreq.word_frequency``. Anything else (capitals, accents, apostrophes) is asked of wordfreq
itself, whose answer is kept in a second table for the next run. When the tables cannot be
written or read, the lists are read into memory: the values are the same either way, only the
time differs.
"""

from __future__ import annotations

import logging
import math
import re
import sqlite3
import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

_PLAIN = re.compile(r"[a-z]+")
_SCHEMA = 1
_BATCH = 500  # words per query: under SQLite's limit of bound values


def _table_path() -> Path:
    from importlib.metadata import version

    from .backends.registry import cache_dir

    return cache_dir() / "models" / f"wordfreq-{version('wordfreq')}-schema{_SCHEMA}.sqlite"


class _Lists:
    """wordfreq's lists in one SQLite table, each list copied in whole the first time it is asked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._ready: set[str] = set()
        self._memory: dict[str, dict[str, float]] = {}
        self._broken = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and not self._broken:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(str(self.path), timeout=60, isolation_level=None,
                                     check_same_thread=False)  # used under _LOCK
                db.execute("CREATE TABLE IF NOT EXISTS words (list TEXT NOT NULL, word TEXT NOT NULL, "
                           "frequency REAL NOT NULL, PRIMARY KEY (list, word)) WITHOUT ROWID")
                db.execute("CREATE TABLE IF NOT EXISTS lists (name TEXT PRIMARY KEY)")
                db.execute("CREATE TABLE IF NOT EXISTS asked (list TEXT NOT NULL, word TEXT NOT NULL, "
                           "frequency REAL NOT NULL, PRIMARY KEY (list, word)) WITHOUT ROWID")
                self._ready = {name for (name,) in db.execute("SELECT name FROM lists")}
                self._db = db
            except (OSError, sqlite3.Error) as exc:
                log.debug("word lists: %s cannot be used (%s); reading the lists into memory", self.path, exc)
                self._broken = True
        return self._db

    def _copy(self, db: sqlite3.Connection, name: str, lang: str, wordlist: str) -> None:
        """Copy one list in whole, in one transaction: another process asking at the same time
        waits, then finds it there."""
        from wordfreq import get_frequency_dict

        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM lists WHERE name = ?", (name,)).fetchone() is None:
                log.info("copying wordfreq's %s list into %s (once)", name, self.path)
                db.executemany("INSERT OR REPLACE INTO words VALUES (?, ?, ?)",
                               ((name, word, value) for word, value in get_frequency_dict(lang, wordlist).items()))
                db.execute("INSERT INTO lists VALUES (?)", (name,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._ready.add(name)

    def has(self, lang: str, wordlist: str) -> bool:
        """Whether the list is in the table, copied now if it was not."""
        name = f"{lang}/{wordlist}"
        db = self._connect()
        if db is None:
            return False
        if name not in self._ready:
            try:
                self._copy(db, name, lang, wordlist)
            except sqlite3.Error as exc:
                log.debug("word lists: %s (%s); reading %s into memory", self.path, exc, name)
                return False
        return True

    def listed(self, words: Iterable[str], lang: str, wordlist: str) -> dict[str, float]:
        """The listed frequency of each plain word, unrounded (0.0 when it is not listed)."""
        name = f"{lang}/{wordlist}"
        asked = list(dict.fromkeys(words))
        if not asked:
            return {}
        db = self._db if name not in self._memory and self.has(lang, wordlist) else None
        if db is not None:
            try:
                found: dict[str, float] = {}
                for start in range(0, len(asked), _BATCH):
                    chunk = asked[start:start + _BATCH]
                    marks = ",".join("?" * len(chunk))
                    found.update(db.execute(f"SELECT word, frequency FROM words WHERE list = ? AND word IN ({marks})",
                                            (name, *chunk)).fetchall())
                return {word: found.get(word, 0.0) for word in asked}
            except sqlite3.Error as exc:
                log.debug("word lists: %s (%s); reading %s into memory", self.path, exc, name)
        if name not in self._memory:
            from wordfreq import get_frequency_dict

            self._memory[name] = get_frequency_dict(lang, wordlist)
        table = self._memory[name]
        return {word: table.get(word, 0.0) for word in asked}

    def asked(self, word: str, lang: str, wordlist: str) -> float:
        """wordfreq's ``word_frequency`` of a word its tokenizer must read, kept for the next run."""
        name = f"{lang}/{wordlist}"
        db = self._connect()
        if db is not None:
            try:
                row = db.execute("SELECT frequency FROM asked WHERE list = ? AND word = ?", (name, word)).fetchone()
                if row:
                    return float(row[0])
            except sqlite3.Error as exc:
                log.debug("word lists: %s (%s)", self.path, exc)
                db = None
        from wordfreq import word_frequency

        value = word_frequency(word, lang, wordlist)
        if db is not None:
            try:
                db.execute("INSERT OR REPLACE INTO asked VALUES (?, ?, ?)", (name, word, value))
            except sqlite3.Error as exc:
                log.debug("word lists: %s (%s)", self.path, exc)
        return value


def prepare(lists: Iterable[tuple[str, str]]) -> Path | None:
    """Copy each (language, wordlist) into the table now (``mtaudit models prepare``); the
    table's path, or None when it cannot be written."""
    with _LOCK:
        table = _lists()
        copied = [table.has(lang, wordlist) for lang, wordlist in lists]
        return table.path if all(copied) else None


@cache
def _lists() -> _Lists:
    return _Lists(_table_path())


#: Frequencies already looked up this process, per list: the checks ask the same words again.
_KNOWN: dict[tuple[str, str], dict[str, float]] = {}
_KNOWN_MAX = 500_000
_LOCK = threading.Lock()


def frequencies(words: Iterable[str], lang: str = "en", wordlist: str = "best") -> dict[str, float]:
    """wordfreq's ``word_frequency(word, lang, wordlist)`` of each word (0.0 when never), looked
    up together."""
    words = list(words)
    with _LOCK:
        known = _KNOWN.setdefault((lang, wordlist), {})
        wanted = [word for word in dict.fromkeys(words) if word not in known]
        if wanted and len(known) + len(wanted) > _KNOWN_MAX:  # a long-running service must not grow without bound
            known.clear()
            wanted = list(dict.fromkeys(words))
        plain = [word for word in wanted if _PLAIN.fullmatch(word)]
        for word, listed in _lists().listed(plain, lang, wordlist).items():
            # wordfreq rounds to 3 significant digits
            known[word] = 0.0 if listed == 0.0 else round(listed, math.floor(-math.log(listed, 10)) + 3)
        for word in wanted:
            if word not in known:
                known[word] = _lists().asked(word, lang, wordlist)
        return {word: known[word] for word in words}


def frequency(word: str, lang: str = "en", wordlist: str = "best") -> float:
    """How often ``word`` is written in ``lang``, as a share of all words (0.0 when never):
    wordfreq's ``word_frequency(word, lang, wordlist)``."""
    known = _KNOWN.get((lang, wordlist))
    value = known.get(word) if known is not None else None
    if value is not None:
        return value
    return frequencies((word,), lang, wordlist)[word]


def _to_zipf(frequency: float) -> float:
    return round(math.log(max(frequency, 1e-9), 10) + 9, 2)


def zipfs(words: Iterable[str], lang: str = "en", wordlist: str = "best") -> dict[str, float]:
    """``zipf`` of each word, looked up together."""
    return {word: _to_zipf(value) for word, value in frequencies(words, lang, wordlist).items()}


def zipf(word: str, lang: str = "en", wordlist: str = "best") -> float:
    """wordfreq's ``zipf_frequency(word, lang, wordlist)``: 3 is a word met once in a million, 6 "the"."""
    return _to_zipf(frequency(word, lang, wordlist))


def english_frequency(word: str) -> float:
    """How often ``word`` is written in English (wordfreq's ``word_frequency(word, "en")``)."""
    return frequency(word)


def english_zipf(word: str) -> float:
    """wordfreq's ``zipf_frequency(word, "en")``."""
    return zipf(word)


def english_zipfs(words: Iterable[str]) -> dict[str, float]:
    """``english_zipf`` of each word, looked up together."""
    return zipfs(words)
