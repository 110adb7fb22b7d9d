"""Errors that reach the user. Each message says what went wrong, why, and how to fix it."""

from __future__ import annotations

import os


class MtauditError(Exception):
    """Base of every error mtaudit raises on purpose; the CLI prints it and exits with 2."""

    exit_code = 2


class InputError(MtauditError):
    """A file cannot be read or holds nothing mtaudit can audit."""

    def __init__(self, path: str, problem: str, fix: str) -> None:
        self.path = path
        super().__init__(f"{path}: {problem}. {fix}")


class ModelError(MtauditError):
    """A model for one role cannot be found or loaded."""

    def __init__(self, role: str, problem: str, fix: str) -> None:
        self.role = role
        self.problem = problem
        super().__init__(f"{role} model: {problem}. {fix}")


class ConfigError(MtauditError):
    """A configuration file or option value is wrong."""


class ClusterError(MtauditError):
    """The Ray cluster a run was sent to cannot be reached, is not installed, or lost a group."""


def read_input_text(path: str | os.PathLike[str], fix: str, missing: str = "no such file") -> str:
    """The UTF-8 text of a file mtaudit was given to read (a byte-order mark is dropped);
    every way it can fail becomes an :class:`InputError` naming the file, with ``fix``."""
    import sys
    from pathlib import Path

    if str(path) == "-":  # standard input
        try:
            return sys.stdin.buffer.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("standard input", "is not UTF-8 text", fix) from None
    target = Path(path)
    try:
        return target.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(str(target), missing, fix) from None
    except IsADirectoryError:
        raise InputError(str(target), "is a directory", fix) from None
    except UnicodeDecodeError:
        raise InputError(str(target), "is not UTF-8 text", fix) from None
    except OSError as exc:
        raise InputError(str(target), f"cannot be read ({exc.strerror})", fix) from None
