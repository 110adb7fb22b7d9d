"""How common a word is, in English and in the other languages the language checks ask about:
wordfreq's frequencies, asked thousands of times a run.

wordfreq loads a whole word list, and its tokenizer's imports, to answer one word. So each
list mtaudit asks is copied once into a table on disk
(``models/wordfreq-<version>-schema<n>.sqlite`` in the cache directory, beside the unpacked
models), and a run looks up only the words it meets. A plain lower-case word is looked up
there, with wordfreq's own rounding: the same value as ``wordfreq.word_frequency``. A word that
wordfreq's tokenizer must read (capitals, accents, apostrophes) is asked of wordfreq itself the
first time it is met, which loads that list, and its answer is kept in a second table for the
next run. When the tables cannot be written or read, the lists are read into memory: the
values are the same either way, only the time differs.
"""

from __future__ import annotations

import logging
import math
import os
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
#: Frequencies already looked up this process, per list, at most this many (a long-running
#: service must not grow without bound).
_KNOWN_MAX = 500_000


@cache
def _wordfreq_version() -> str:
    from importlib.metadata import version

    return version("wordfreq")


def table_path() -> Path:
    """Where the word table is kept: beside the unpacked models in the cache directory."""
    return _table_path_under(os.environ.get("MTAUDIT_CACHE_DIR"), os.environ.get("XDG_CACHE_HOME"))


@cache
def _table_path_under(cache_setting: str | None, xdg_setting: str | None) -> Path:
    """``table_path`` for the environment's cache settings (asked thousands of times a run)."""
    from .backends.registry import cache_dir

    return cache_dir() / "models" / f"wordfreq-{_wordfreq_version()}-schema{_SCHEMA}.sqlite"


class _Lists:
    """wordfreq's lists in one SQLite table, each list copied in whole the first time it is
    asked. Not thread-safe on its own: every use is under ``_LOCK``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._ready: set[str] = set()
        self._memory: dict[str, dict[str, float]] = {}
        self.problem: str | None = None
        """Why the table cannot be used (the lists are then read into memory), or None."""

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and self.problem is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(str(self.path), timeout=60, isolation_level=None,
                                     check_same_thread=False)  # a service reads it from its worker thread
                db.execute("CREATE TABLE IF NOT EXISTS words (list TEXT NOT NULL, word TEXT NOT NULL, "
                           "frequency REAL NOT NULL, PRIMARY KEY (list, word)) WITHOUT ROWID")
                db.execute("CREATE TABLE IF NOT EXISTS lists (name TEXT PRIMARY KEY)")
                db.execute("CREATE TABLE IF NOT EXISTS tokenized (list TEXT NOT NULL, word TEXT NOT NULL, "
                           "frequency REAL NOT NULL, PRIMARY KEY (list, word)) WITHOUT ROWID")
                self._ready = {name for (name,) in db.execute("SELECT name FROM lists")}
                self._db = db
            except (OSError, sqlite3.Error) as exc:
                self.problem = f"{self.path} cannot be written or read ({exc})"
                log.debug("word lists: %s; reading the lists into memory", self.problem)
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
            if db.in_transaction:  # SQLite may have rolled back already (a full disk)
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
                self.problem = f"{self.path}: the {name} list could not be copied ({exc})"
                log.debug("word lists: %s; reading it into memory", self.problem)
                return False
        return True

    def listed(self, words: Iterable[str], lang: str, wordlist: str) -> dict[str, float]:
        """The listed frequency of each plain word, unrounded (0.0 when it is not listed)."""
        name = f"{lang}/{wordlist}"
        wanted = list(dict.fromkeys(words))
        if not wanted:
            return {}
        db = self._db if name not in self._memory and self.has(lang, wordlist) else None
        if db is not None:
            try:
                found: dict[str, float] = {}
                for start in range(0, len(wanted), _BATCH):
                    chunk = wanted[start:start + _BATCH]
                    marks = ",".join("?" * len(chunk))
                    found.update(db.execute(f"SELECT word, frequency FROM words WHERE list = ? AND word IN ({marks})",
                                            (name, *chunk)).fetchall())
                return {word: found.get(word, 0.0) for word in wanted}
            except sqlite3.Error as exc:
                log.debug("word lists: %s (%s); reading %s into memory", self.path, exc, name)
        if name not in self._memory:
            from wordfreq import get_frequency_dict

            self._memory[name] = get_frequency_dict(lang, wordlist)
        table = self._memory[name]
        return {word: table.get(word, 0.0) for word in wanted}

    def tokenized(self, word: str, lang: str, wordlist: str) -> float:
        """wordfreq's ``word_frequency`` of a word its tokenizer must read, kept for the next run."""
        name = f"{lang}/{wordlist}"
        db = self._connect()
        if db is not None:
            try:
                row = db.execute("SELECT frequency FROM tokenized WHERE list = ? AND word = ?",
                                 (name, word)).fetchone()
                if row:
                    return float(row[0])
            except sqlite3.Error as exc:
                log.debug("word lists: %s (%s)", self.path, exc)
                db = None
        from wordfreq import word_frequency

        value = word_frequency(word, lang, wordlist)
        if db is not None:
            try:
                db.execute("INSERT OR REPLACE INTO tokenized VALUES (?, ?, ?)", (name, word, value))
            except sqlite3.Error as exc:
                log.debug("word lists: %s (%s)", self.path, exc)
        return value


#: One table per path (the cache directory can change within a process, as in the tests).
_TABLES: dict[Path, _Lists] = {}
#: Frequencies already looked up, per (cache path, language, wordlist): the checks ask the same
#: words again and again.
_KNOWN: dict[tuple[Path, str, str], dict[str, float]] = {}
_LOCK = threading.Lock()


def _lists() -> _Lists:
    path = table_path()
    if path not in _TABLES:
        _TABLES[path] = _Lists(path)
    return _TABLES[path]


def prepare(lists: Iterable[tuple[str, str]]) -> tuple[Path, str | None]:
    """Copy each (language, wordlist) into the table now (``mtaudit models prepare``): the
    table's path, and why it could not be written (None when it was)."""
    with _LOCK:
        table = _lists()
        copied = [table.has(lang, wordlist) for lang, wordlist in lists]
        return table.path, None if all(copied) else table.problem or "the table could not be written"


def frequencies(words: Iterable[str], lang: str = "en", wordlist: str = "best") -> dict[str, float]:
    """wordfreq's ``word_frequency(word, lang, wordlist)`` of each word (0.0 when never), looked
    up together."""
    words = list(words)
    with _LOCK:
        table = _lists()
        known = _KNOWN.setdefault((table.path, lang, wordlist), {})
        wanted = [word for word in dict.fromkeys(words) if word not in known]
        if wanted and len(known) + len(wanted) > _KNOWN_MAX:
            known.clear()
            wanted = list(dict.fromkeys(words))
        plain = [word for word in wanted if _PLAIN.fullmatch(word)]
        for word, listed in table.listed(plain, lang, wordlist).items():
            # wordfreq rounds to 3 significant digits
            known[word] = 0.0 if listed == 0.0 else round(listed, math.floor(-math.log(listed, 10)) + 3)
        for word in wanted:
            if word not in known:
                known[word] = table.tokenized(word, lang, wordlist)
        return {word: known[word] for word in words}


def frequency(word: str, lang: str = "en", wordlist: str = "best") -> float:
    """How often ``word`` is written in ``lang``, as a share of all words (0.0 when never):
    wordfreq's ``word_frequency(word, lang, wordlist)``."""
    known = _KNOWN.get((table_path(), lang, wordlist))
    value = known.get(word) if known is not None else None
    return value if value is not None else frequencies((word,), lang, wordlist)[word]


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
