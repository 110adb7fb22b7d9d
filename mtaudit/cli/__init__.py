"""The command line: a typer app (``_app``), one module per subcommand, each a thin layer over
the library. Importing a subcommand's module registers it on the app.

Exit status (:class:`ExitStatus`): 0 no flag reaches --fail-on, 1 one does, 2 bad usage, input
or model, 130 interrupted, 143 terminated.
"""

from __future__ import annotations

import sys

from ._app import ExitStatus, app

# Each subcommand registers itself on the app, in the order `mtaudit --help` lists them.
# isort: off
from . import audit as _audit  # noqa: F401
from . import accept as _accept  # noqa: F401
from . import align as _align  # noqa: F401
from . import score as _score  # noqa: F401
from . import checks as _checks  # noqa: F401
from . import models as _models  # noqa: F401
from . import serve as _serve  # noqa: F401
# isort: on

__all__ = ["ExitStatus", "app", "main"]


def main() -> None:
    """Entry point: typer's usage errors exit 2 (click's convention), our errors too;
    an interrupt exits 130, SIGTERM 143, and neither leaves a report behind."""
    from .common import Terminated, install_signal_handlers

    install_signal_handlers()
    try:
        app(prog_name="mtaudit")
    except KeyboardInterrupt:
        sys.stderr.write("mtaudit: interrupted\n")
        sys.exit(ExitStatus.INTERRUPTED)
    except Terminated:
        sys.stderr.write("mtaudit: terminated\n")
        sys.exit(ExitStatus.TERMINATED)
