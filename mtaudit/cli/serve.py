"""mtaudit serve: the audit as an HTTP JSON service with the models kept warm (see mtaudit.serve)."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from ._app import app
from .common import CONFIG_OPTION, DEBUG_OPTION, build_config, handled, stderr_console


@app.command("serve")
def serve_cli(
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST",
                             help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, metavar="PORT", help="Port to listen on."),
    token: str | None = typer.Option(None, "--token", metavar="TOKEN",
                                     help="Require 'Authorization: Bearer TOKEN'. Prefer $MTAUDIT_TOKEN: a "
                                          "token on the command line shows in the process list."),
    queue: int = typer.Option(8, "--queue", min=1, metavar="N", help="Requests that may wait; more get 503."),
    timeout: float = typer.Option(300.0, "--timeout", min=1.0, metavar="SECONDS",
                                  help="Seconds a request may wait and run before it gets 504."),
    config_path: Path | None = CONFIG_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Serve POST /v1/audit (JSON in, the JSON report out), GET /healthz and GET /v1/models,
    with the models loaded once. The settings and accepted findings are the audit's."""
    from ..serve import ServeSettings, serve

    err = stderr_console()
    with handled(debug):
        config = build_config(config_path)
        settings = ServeSettings(host=host, port=port, token=token or os.environ.get("MTAUDIT_TOKEN") or None,
                                 queue=queue, timeout=timeout)
        serve(config, settings, say=lambda message: err.print(message, highlight=False))
