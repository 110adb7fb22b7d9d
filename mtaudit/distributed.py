"""A manifest's groups audited on Ray workers: ``mtaudit audit --pairs MANIFEST --ray ADDRESS``.

The driver reads every file and sends the texts, so a worker on another machine needs mtaudit
and its models, not the files. Each worker process loads the models once and keeps them for
every group it is given. A group whose worker dies is given to another (Ray retries the task);
the groups' reports are merged in manifest order, as a local run merges them, so the JSON is the
same as a local run's. Ray is the optional extra ``mtaudit[ray]``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from .backends.models import ModelSet
from .backends.threads import ENV as THREADS_ENV
from .config import AuditConfig
from .errors import ClusterError, MtauditError
from .ingest import read_document
from .pipeline import audit_documents, manifest_groups, merge_reports
from .types import AuditReport, Document
from .verdict.accepted import read_accepted

#: ``--ray local`` starts a Ray instance on this machine for the run and stops it afterwards.
LOCAL = "local"
#: How many times a group is given to another worker after its worker died.
RETRIES = 3

#: The models of this worker process, loaded by its first group (one entry per model choice).
_WORKER_MODELS: dict[str, ModelSet] = {}


def audit_group(reprints: Sequence[Document], originals: Sequence[Document], config: AuditConfig,
                accepted: frozenset[tuple[str, str]]) -> AuditReport:
    """One group, in a worker: its models loaded once per process, kept for the next group."""
    key = repr(config.models)
    models = _WORKER_MODELS.get(key)
    if not _WORKER_MODELS:  # before any model loads: as many threads as the CPUs the task was given
        import ray

        os.environ[THREADS_ENV] = str(max(1, int(ray.get_runtime_context().get_assigned_resources().get("CPU", 1))))
    if models is None:
        models = _WORKER_MODELS[key] = ModelSet(config)
    return audit_documents(reprints, originals, config, models, accepted=accepted)


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise ClusterError("Ray is not installed. Install the extra: pip install 'mtaudit[ray]'") from None
    return ray


def audit_on_ray(rows: Sequence[tuple[str, Sequence[str]]], config: AuditConfig, address: str,
                 workers: int | None = None, progress: Callable[[str], None] | None = None,
                 max_bytes: int | None = None) -> AuditReport:
    """Audit a manifest's groups on the Ray cluster at ``address`` (``local``: a Ray instance on
    this machine with ``workers`` CPUs, one group on each; default all of them). Progress counts
    the articles done out of the total."""
    ray = _ray()
    say = progress or (lambda message: None)
    max_bytes = max_bytes or config.max_bytes
    groups = manifest_groups(rows)
    say("reading")
    texts: dict[str, Document] = {}
    for originals, reprints in groups:
        for path in (*reprints, *originals):
            if path not in texts:
                texts[path] = read_document(path, config.boilerplate_patterns, max_bytes)
    accepted = read_accepted(config.accepted_findings) if config.accepted_findings else frozenset()

    started_here = not ray.is_initialized()
    if started_here:
        try:
            if address == LOCAL:
                ray.init(num_cpus=workers or os.cpu_count() or 1, include_dashboard=False, log_to_driver=False,
                         configure_logging=False, _node_ip_address="127.0.0.1")  # this machine only
            else:
                ray.init(address=address, log_to_driver=False, configure_logging=False)
        except (ConnectionError, RuntimeError, ValueError) as error:
            raise ClusterError(f"cannot reach the Ray cluster at {address!r} ({error}). Start it with "
                               "'ray start --head' and give its address, or use --ray local") from None
    try:
        task = ray.remote(num_cpus=1, max_retries=RETRIES)(audit_group)
        pending = {task.remote([texts[p] for p in reprints], [texts[p] for p in originals], config, accepted): n
                   for n, (originals, reprints) in enumerate(groups)}
        reports: list[AuditReport | None] = [None] * len(groups)
        done, total = 0, len(rows)
        say(f"auditing on Ray: 0/{total} articles")
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            for ref in ready:
                n = pending.pop(ref)
                reports[n] = _result(ray, ref, groups[n][1])
                done += len(groups[n][1])
                say(f"auditing on Ray: {done}/{total} articles")
    finally:
        if started_here:
            ray.shutdown()
    return merge_reports(rows, [r for r in reports if r is not None], config)


def _result(ray: Any, ref: Any, reprints: Sequence[str]) -> AuditReport:
    """A group's report; the error a worker raised, as if raised here."""
    try:
        return ray.get(ref)
    except ray.exceptions.RayTaskError as error:
        cause = getattr(error, "cause", None)
        if isinstance(cause, MtauditError):
            raise cause from None
        raise ClusterError(f"a worker failed on {', '.join(reprints)}: {cause or error}. Run with --debug "
                           "for the worker's traceback") from error
    except ray.exceptions.RayError as error:  # a worker or node lost after the retries, out of memory, ...
        raise ClusterError(f"the workers auditing {', '.join(reprints)} failed (retried up to {RETRIES} times: "
                           f"{type(error).__name__}). Check the workers' memory and logs") from error
