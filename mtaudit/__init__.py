"""mtaudit: audit machine-translated reprints against their English originals.

The library API is :func:`audit`; it returns :class:`mtaudit.types.AuditReport`,
which the writers in :mod:`mtaudit.report` render. Importing this package loads
no model library: models load on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from .config import AuditConfig
    from .types import AuditReport

__all__ = ["__version__", "audit"]


def audit(
    reprints: Sequence[str],
    originals: Sequence[str] = (),
    config: AuditConfig | None = None,
) -> AuditReport:
    """Audit reprint files against original files (paths); see :func:`mtaudit.pipeline.audit_files`."""
    from .pipeline import audit_files

    return audit_files(reprints, originals, config)
