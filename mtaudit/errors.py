"""Errors that reach the user. Each message says what went wrong, why, and how to fix it."""

from __future__ import annotations


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
