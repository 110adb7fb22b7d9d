"""A manifest audited on Ray workers (``--ray``): a local Ray instance started by the test on this
machine, the real default models in each worker. The merged report is the local run's, and a
worker killed mid-run loses no article."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from conftest import ROOT, opening, run, seed

ray = pytest.importorskip("ray", reason="the ray extra is part of the test environment (make setup)")
psutil = pytest.importorskip("psutil")

pytestmark = pytest.mark.models


@pytest.fixture()
def manifest(tmp_path):
    name = {}
    for prefix in ("000", "001", "002", "003", "004"):
        source = ROOT / seed(prefix)
        name[prefix] = source.name
        (tmp_path / source.name).write_text(opening(source.read_text(encoding="utf-8")), encoding="utf-8")
    (tmp_path / "pairs.csv").write_text(
        "reprint,original\n"
        f"{name['002']},{name['000']}\n{name['003']},{name['001']}\n{name['004']},{name['000']};{name['001']}\n",
        encoding="utf-8")
    return tmp_path / "pairs.csv"


def _kill_one_worker(stop: threading.Event, killed: list[int]) -> None:
    """SIGKILL the first Ray worker seen auditing a group."""
    while not stop.is_set() and not killed:
        for process in psutil.process_iter(["pid", "cmdline"]):
            if any("audit_group" in part for part in process.info["cmdline"] or ()):
                process.send_signal(signal.SIGKILL)
                killed.append(process.info["pid"])
                return
        time.sleep(0.2)


def test_a_ray_run_gives_the_local_report_though_a_worker_dies(manifest):
    from mtaudit.config import AuditConfig
    from mtaudit.distributed import audit_on_ray
    from mtaudit.pipeline import audit_manifest, read_manifest
    from mtaudit.report import json as json_report

    rows = read_manifest(manifest)
    local = json_report.render(audit_manifest(rows, AuditConfig()))

    stop, killed, said = threading.Event(), [], []
    killer = threading.Thread(target=_kill_one_worker, args=(stop, killed))
    killer.start()
    try:
        report = audit_on_ray(rows, AuditConfig(), "local", workers=2, progress=said.append)
    finally:
        stop.set()
        killer.join()
    assert killed, "no worker was seen auditing a group"
    assert [doc.document.path for doc in report.documents] == [reprint for reprint, _ in rows]
    assert json_report.render(report) == local
    assert said[-1] == "auditing on Ray: 3/3 articles"
    assert not ray.is_initialized()  # the instance the run started is stopped


def test_ray_needs_a_manifest_and_workers_need_a_local_instance(manifest):
    result = run("audit", seed("002"), "--ray", "local")
    assert result.exit_code == 2 and "--pairs" in result.output
    result = run("audit", "--pairs", manifest, "--ray", "auto", "--workers", "2")
    assert result.exit_code == 2 and "--ray local" in result.output

