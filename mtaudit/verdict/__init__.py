"""What mtaudit concludes from the checks' findings.

- ``severity.py``: the severity policy (``SEVERITY_POLICY``, ``severity_of``) and ``settle``, which
  gives each finding its severity and keeps one flag per problem;
- ``gate.py``: ``verdict`` (pass or fail at the fail-on severity) and ``risk_score``;
- ``accepted.py``: the accepted-findings file an editor writes with ``mtaudit accept``.
"""

from __future__ import annotations

from .gate import risk_score, verdict
from .severity import SEVERITY_POLICY, fact_is_strong, policy_key, settle, severity_of

__all__ = ["SEVERITY_POLICY", "fact_is_strong", "policy_key", "risk_score", "settle", "severity_of", "verdict"]
