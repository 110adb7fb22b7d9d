"""`mtaudit serve`: the real server process on a loopback port, real HTTP requests. The same
report as the command line for the seeds, the command line's bad inputs, an oversize request,
a bad token, concurrent requests; the queue, the timeout and an internal error in-process."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, seed

TOKEN = "s3cret-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(seed_reports):
    """The service on a free loopback port, with a token, stopped at the end."""
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "mtaudit", "serve", "--port", str(port)], cwd=ROOT,
                               env={**os.environ, "MTAUDIT_TOKEN": TOKEN}, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server stopped: {process.stdout.read() if process.stdout else ''}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if json.load(response)["status"] == "ok":
                    break
        except (OSError, urllib.error.HTTPError):
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("the server did not become ready")
    yield url
    process.terminate()
    process.wait(timeout=30)


def _post(url: str, body: bytes, token: str | None = TOKEN) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    try:
        with urllib.request.urlopen(urllib.request.Request(f"{url}/v1/audit", data=body, headers=headers),
                                    timeout=300) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _texts(*paths: str) -> list[dict[str, str]]:
    return [{"name": p, "text": (ROOT / p).read_text(encoding="utf-8")} for p in paths]


@pytest.mark.models
def test_the_seed_report_is_the_command_lines(server, seed_reports):
    body = json.dumps({"reprints": _texts(seed("002"), seed("003"), seed("004")),
                       "originals": _texts(seed("000"), seed("001"))}).encode()
    status, answer = _post(server, body)
    assert status == 200, answer
    assert answer["verdict"] == "fail"
    assert answer["report"] == json.loads(seed_reports["json"].read_text(encoding="utf-8"))
    # fail_on as the gate's: "never" passes the same report
    status, answer = _post(server, json.dumps({**json.loads(body), "fail_on": "never"}).encode())
    assert status == 200 and answer["verdict"] == "pass"


@pytest.mark.models
@pytest.mark.parametrize(("text", "status", "message"), [
    ("", 400, "r.txt: holds no text, nothing to audit"),
    ("Advertisement\n\nLeave a Comment\n", 400, "r.txt: holds only site boilerplate"),
    ("Der Hund lief schnell nach Hause, weil es regnete und er sehr nass wurde.", 400, "r.txt: is in German"),
])
def test_bad_texts_get_the_command_lines_message(server, text, status, message):
    code, answer = _post(server, json.dumps({"reprints": [{"name": "r.txt", "text": text}]}).encode())
    assert code == status and answer["error"].startswith(message), answer


@pytest.mark.models
@pytest.mark.parametrize(("body", "status", "message"), [
    (b"{not json", 400, "the request is not JSON"),
    (b"[]", 422, "the request must be a JSON object"),
    (json.dumps({"reprints": []}).encode(), 422, "'reprints' must be a non-empty list"),
    (json.dumps({"reprints": [{"name": "a"}]}).encode(), 422, "'reprints[0]' must be an object"),
    (json.dumps({"reprints": [{"name": "a", "text": "x"}], "fail_on": "sometimes"}).encode(), 422, "'fail_on'"),
    (json.dumps({"reprints": [{"name": "a", "text": "x"}], "extra": 1}).encode(), 422, "unknown field(s) extra"),
    (b"x" * 5_000_001, 413, "the request is 5,000,001 bytes, over the 5,000,000-byte limit"),
])
def test_bad_requests(server, body, status, message):
    code, answer = _post(server, body)
    assert code == status and answer["error"].startswith(message), answer


@pytest.mark.models
def test_a_missing_or_wrong_token_is_refused_and_health_needs_none(server):
    body = json.dumps({"reprints": [{"name": "a", "text": "The talks ended."}]}).encode()
    assert _post(server, body, token=None)[0] == 401
    assert _post(server, body, token="wrong")[0] == 401
    with urllib.request.urlopen(f"{server}/healthz") as response:
        assert json.load(response) == {"status": "ok"}
    request = urllib.request.Request(f"{server}/v1/models", headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request) as response:
        assert json.load(response)["models"]["embedder"] == "all-MiniLM-L6-v2"


@pytest.mark.models
def test_concurrent_requests_each_get_their_own_report(server):
    texts = ["The talks ended on Wednesday. Both sides will not meet again.",
             "The talks ended on Wednesday. Both sides will meet again soon."]
    original = [{"name": "o.txt", "text": "The talks ended on Wednesday. Both sides will meet again."}]
    results: dict[int, tuple[int, dict]] = {}

    def ask(n: int) -> None:
        body = json.dumps({"reprints": [{"name": f"r{n}.txt", "text": texts[n % 2]}], "originals": original})
        results[n] = _post(server, body.encode())

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(status == 200 for status, _ in results.values())
    assert [results[n][1]["verdict"] for n in range(4)] == ["fail", "pass", "fail", "pass"]
    assert [results[n][1]["report"]["documents"][0]["path"] for n in range(4)] == [f"r{n}.txt" for n in range(4)]


# --- in-process: the queue, the timeout and an internal error ------------------------------------

def _service(**settings):  # type: ignore[no-untyped-def]
    from mtaudit.config import AuditConfig
    from mtaudit.serve import ServeSettings, Service

    return Service(AuditConfig(), ServeSettings(**settings), cache=False)


BODY = json.dumps({"reprints": [{"name": "a.txt", "text": "The talks ended."}]}).encode()


def test_a_full_queue_gets_503_and_a_slow_audit_504():
    from mtaudit.serve import RequestError

    service = _service(queue=1, timeout=0.2)
    try:
        service.waiting = 1
        with pytest.raises(RequestError) as full:
            asyncio.run(service.audit(BODY))
        assert full.value.status == 503
        service.waiting = 0
        service._audit = lambda *args: time.sleep(1) or {}  # type: ignore[method-assign]
        with pytest.raises(RequestError) as slow:
            asyncio.run(service.audit(BODY))
        # the abandoned audit still holds its place in the queue until it ends
        assert slow.value.status == 504 and service.waiting == 1
        time.sleep(1.2)
        assert service.waiting == 0
    finally:
        service.close()


def test_an_internal_error_is_500_and_never_a_pass():
    from starlette.testclient import TestClient

    from mtaudit.serve import create_app

    service = _service()

    def broken(*args):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    service._audit = broken  # type: ignore[method-assign]
    try:
        response = TestClient(create_app(service)).post("/v1/audit", content=BODY)
        assert response.status_code == 500 and "verdict" not in response.json()
        assert response.json()["error"].startswith("internal error") and "boom" not in response.text
    finally:
        service.close()
