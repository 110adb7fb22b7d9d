"""`mtaudit serve`: an HTTP JSON service that loads the models once and keeps them warm, for a CMS
pre-publish hook that audits one story at a time.

- ``POST /v1/audit`` takes ``{"reprints": [{"name": ..., "text": ...}], "originals": [...],
  "fail_on": "major"}`` (originals may be empty: a reference-free audit) and answers
  ``{"verdict": "pass" | "fail", "report": {...}}``, ``report`` being the JSON report the command
  line writes for the same files, each ``name`` in place of a path.
- ``GET /healthz`` says whether the models are loaded; ``GET /v1/models`` names them.

Audits run one at a time on one worker thread (the models are shared); at most ``queue``
requests wait, and more get 503. A request larger than ``max_bytes`` gets 413, one that waits and
runs longer than ``timeout`` seconds 504, bad input 400 (or 422 for the wrong shape) with the
command line's message, a missing or wrong bearer token 401, and an internal error 500: never a
pass.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from .config import FAIL_ON_CHOICES, AuditConfig
from .errors import ConfigError, InputError

log = logging.getLogger("mtaudit.serve")

#: An oversize request is read (and dropped) up to this many bytes before the 413 answer, so that
#: a client still sending hears it rather than a reset connection.
DRAIN_BYTES = 64 * 1024 * 1024

#: What a text in a request looks like, for the messages of bad requests.
EXAMPLE = '{"reprints": [{"name": "story.txt", "text": "..."}], "originals": [{"name": "original.txt", "text": "..."}]}'


class RequestError(Exception):
    """A request the service refuses: its HTTP status and the message for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ServeSettings:
    """How the service listens and what it accepts."""

    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None
    """A bearer token every request but ``/healthz`` must carry; None: no token."""
    queue: int = 8
    """Requests that may wait for the worker; more get 503."""
    timeout: float = 300.0
    """Seconds a request may wait and run before it gets 504."""


def parse_request(body: bytes, max_bytes: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]], str | None]:
    """(reprints, originals, fail_on) of a request body, each text a (name, text) pair; raises
    :class:`RequestError` saying what is wrong."""
    if len(body) > max_bytes:
        raise RequestError(413, f"the request is {len(body):,} bytes, over the {max_bytes:,}-byte limit; "
                                "send fewer or shorter texts, or raise max_bytes in the configuration")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RequestError(400, f"the request is not JSON ({exc}); send an object like {EXAMPLE}") from None
    if not isinstance(data, dict):
        raise RequestError(422, f"the request must be a JSON object like {EXAMPLE}")

    def texts(key: str, required: bool) -> list[tuple[str, str]]:
        items = data.get(key, [] if not required else None)
        if not isinstance(items, list) or (required and not items):
            raise RequestError(422, f"'{key}' must be a {'non-empty ' if required else ''}list of "
                                    f'{{"name": ..., "text": ...}} objects')
        out = []
        for n, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip() \
                    or not isinstance(item.get("text"), str):
                raise RequestError(422, f"'{key}[{n}]' must be an object with a non-empty 'name' and a 'text'")
            out.append((item["name"], item["text"]))
        names = [name for name, _ in out]
        if len(set(names)) != len(names):
            raise RequestError(422, f"the names in '{key}' must differ from each other")
        return out

    fail_on = data.get("fail_on")
    if fail_on is not None and fail_on not in FAIL_ON_CHOICES:
        raise RequestError(422, f"'fail_on' must be one of {', '.join(FAIL_ON_CHOICES)}")
    unknown = sorted(set(data) - {"reprints", "originals", "fail_on"})
    if unknown:
        raise RequestError(422, f"unknown field(s) {', '.join(unknown)}; send an object like {EXAMPLE}")
    return texts("reprints", True), texts("originals", False), fail_on


@dataclass
class Service:
    """The models, loaded once, and the one worker that runs audits on them."""

    config: AuditConfig
    settings: ServeSettings = field(default_factory=ServeSettings)
    cache: bool = True
    ready: bool = False
    waiting: int = 0

    def __post_init__(self) -> None:
        from .backends.models import ModelSet
        from .cache import default_cache

        self.store = default_cache(self.config.cache_max_mb) if self.cache and self.config.cache_max_mb > 0 else None
        self.models = ModelSet(self.config, cache=self.store)
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mtaudit-audit")

    def warm(self) -> None:
        """Load every model by auditing a short pair that differs (a copy would skip the models),
        on the worker thread, as every audit runs."""
        self.worker.submit(self._audit, [("warm-up.txt", "The talks ended on Wednesday without a deal. "
                                                         "Both sides will not meet again.")],
                           [("original.txt", "The talks ended on Wednesday with no deal. "
                                             "Both sides will meet again.")], None).result()
        self.ready = True

    def _audit(self, reprints: list[tuple[str, str]], originals: list[tuple[str, str]],
               fail_on: str | None) -> dict[str, Any]:
        from .ingest import read_text
        from .pipeline import audit_documents
        from .report import json as json_report

        config = self.config if fail_on is None else self.config.replace(fail_on=fail_on)
        read = [read_text(name, text, config.boilerplate_patterns, config.max_bytes) for name, text in reprints]
        refs = [read_text(name, text, config.boilerplate_patterns, config.max_bytes) for name, text in originals]
        report = audit_documents(read, refs, config, self.models)
        return {"verdict": "fail" if report.failed else "pass", "report": json.loads(json_report.render(report))}

    async def audit(self, body: bytes) -> dict[str, Any]:
        reprints, originals, fail_on = parse_request(body, self.config.max_bytes)
        if self.waiting >= self.settings.queue:
            raise RequestError(503, f"{self.waiting} audits are waiting already; try again shortly")
        self.waiting += 1
        job = self.worker.submit(self._audit, reprints, originals, fail_on)

        def done(_: object) -> None:  # a request that timed out still holds its place until its audit ends
            self.waiting -= 1

        job.add_done_callback(done)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(job), self.settings.timeout)
        except TimeoutError:
            raise RequestError(504, f"the audit took longer than {self.settings.timeout:g} s; send a "
                                    "shorter text, or raise --timeout") from None
        except InputError as exc:  # bad input, as the command line says it
            raise RequestError(400, str(exc)) from None

    def close(self) -> None:
        """Close the output cache on the worker thread that opened it (it prunes on close)."""
        if self.store is not None:
            try:
                self.worker.submit(self.store.close).result(timeout=60)
            except Exception:  # pragma: no cover - closing must not hide why the service stopped
                log.exception("the output cache could not be closed")
        self.worker.shutdown(wait=False, cancel_futures=True)


def create_app(service: Service) -> Any:
    """The ASGI app (Starlette) over a service."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    def authorised(request: Request) -> bool:
        token = service.settings.token
        if token is None:
            return True
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode("utf-8"), token.encode())

    def guarded(handler: Callable[[Request], Coroutine[Any, Any, Response]]) -> Callable[[Request],
                                                                                        Coroutine[Any, Any, Response]]:
        async def run(request: Request) -> Response:
            if not authorised(request):
                return error(401, "a missing or wrong bearer token; send 'Authorization: Bearer TOKEN'")
            try:
                return await handler(request)
            except RequestError as exc:
                return error(exc.status, str(exc))
            except Exception:  # never a pass: the client learns the audit did not run
                log.exception("internal error")
                return error(500, "internal error: the audit could not run; the service's log has the details")
        return run

    async def audit(request: Request) -> Response:
        limit = service.config.max_bytes
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size <= limit:
                chunks.append(chunk)
            elif size > DRAIN_BYTES:  # read on only so far; past it the client gets the answer early
                break
        if size > limit:  # read to the end (up to DRAIN_BYTES), so that the client hears the answer
            raise RequestError(413, f"the request is {size:,} bytes, over the {limit:,}-byte limit; send fewer "
                                    "or shorter texts, or raise max_bytes in the configuration")
        return JSONResponse(await service.audit(b"".join(chunks)))

    async def models(request: Request) -> Response:
        return JSONResponse({"models": service.models.describe()})

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok" if service.ready else "loading"}, status_code=200 if service.ready else 503)

    return Starlette(routes=[Route("/v1/audit", guarded(audit), methods=["POST"]),
                             Route("/v1/models", guarded(models), methods=["GET"]),
                             Route("/healthz", healthz, methods=["GET"])])


def serve(config: AuditConfig, settings: ServeSettings, say: Callable[[str], None] = log.warning) -> None:
    """Load the models, then answer requests until interrupted."""
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError:
        raise ConfigError("mtaudit serve needs the serve extra: pip install 'mtaudit[serve]'") from None
    if settings.token is None and settings.host not in ("127.0.0.1", "localhost", "::1"):
        say(f"mtaudit serve: warning: listening on {settings.host} with no token: anyone who reaches this "
            "machine can send audits; set MTAUDIT_TOKEN")

    service = Service(config, settings)
    say("mtaudit serve: loading the models")
    service.warm()
    say(f"mtaudit serve: listening on http://{settings.host}:{settings.port} "
        f"({'a bearer token is required' if settings.token else 'no token'})")
    try:
        uvicorn.run(create_app(service), host=settings.host, port=settings.port, log_level="warning",
                    access_log=False)
    finally:
        service.close()
