"""`mtaudit serve` on this machine: warm latency and requests a second under a bounded load.

    python benchmarks/serve.py [--clients 4] [--requests 24]

Starts the real server on a loopback port with a fresh output cache (its `models` entry points
at the real unpacked models), waits until the models are loaded, then measures:

- one seed reprint (002) against the seed originals: the first request (models warm, no output
  cached) and the same request again (outputs cached);
- a bounded load: ``--clients`` threads send ``--requests`` distinct short stories in all (each a
  reprint of a few sentences against its original, a number changed so that no two are alike),
  and the requests a second and the median and slowest latency are reported.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from mtaudit.backends.registry import cache_dir  # noqa: E402

ORIGINAL = ("NATO and Russia ended four hours of talks on Wednesday with no resolution. "
            "The alliance said it would not accept Moscow's demand to halt its expansion. "
            "Russia has massed about {n},000 troops near the border, officials said.")
REPRINT = ("NATO and Russia ended four hours of talks on Wednesday without a resolution. "
           "The alliance said it would accept Moscow's demand to halt its expansion. "
           "Russia has gathered about {m},000 troops near the border, officials said.")


def post(url: str, body: dict) -> tuple[float, dict]:
    start = time.perf_counter()
    request = urllib.request.Request(f"{url}/v1/audit", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = json.load(response)
    return time.perf_counter() - start, answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=24)
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as cache:
        (Path(cache) / "models").symlink_to(cache_dir() / "models")
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "mtaudit", "serve", "--port", str(port),
                                    "--queue", str(args.requests)], cwd=ROOT,
                                   env={**os.environ, "MTAUDIT_CACHE_DIR": cache},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                        if json.load(response)["status"] == "ok":
                            break
                except OSError:
                    time.sleep(0.25)
            ready = time.perf_counter() - started
            seeds = sorted((ROOT / "seeds").glob("*.txt"))
            body = {"reprints": [{"name": seeds[2].name, "text": seeds[2].read_text(encoding="utf-8")}],
                    "originals": [{"name": p.name, "text": p.read_text(encoding="utf-8")} for p in seeds[:2]]}
            first, _ = post(url, body)
            again, _ = post(url, body)
            latencies: list[float] = []
            lock = threading.Lock()
            jobs = list(range(args.requests))

            def client() -> None:
                while True:
                    with lock:
                        if not jobs:
                            return
                        n = jobs.pop()
                    story = {"reprints": [{"name": f"r{n}.txt", "text": REPRINT.format(m=100 + n)}],
                             "originals": [{"name": f"o{n}.txt", "text": ORIGINAL.format(n=200 + n)}]}
                    seconds, _ = post(url, story)
                    with lock:
                        latencies.append(seconds)

            load_start = time.perf_counter()
            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            load = time.perf_counter() - load_start
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(f"{'measure':<62} value")
    print(f"{'server start to ready (models loaded)':<62} {ready:.1f} s")
    print(f"{'seed reprint 002 against the seed originals, first request':<62} {first:.2f} s")
    print(f"{'the same request again (outputs cached)':<62} {again:.3f} s")
    print(f"{f'{args.requests} short stories from {args.clients} clients':<62} {args.requests / load:.2f} requests/s "
          f"(median {statistics.median(latencies):.2f} s, slowest {max(latencies):.2f} s)")


if __name__ == "__main__":
    main()
