"""Memory housekeeping shared by the pipeline and the model backends."""

from __future__ import annotations


def release_memory() -> None:
    """Hand freed heap memory back to the system between stages (glibc only; elsewhere a
    no-op): model loading and batched calls leave large freed blocks that would otherwise
    keep the peak up."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
