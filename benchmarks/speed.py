"""Where mtaudit's time and memory go on this machine, in one table.

    python benchmarks/speed.py [--articles 100] [--ray] [--only-batch]

- `mtaudit --help` wall time (median of five runs);
- a bare sentence-transformers `encode` of the seed sentences with the same model, in its own
  process (import, load, encode): the floor the audit is compared with;
- the seed audit cold (empty output cache; the unpacked models are there) and warm (cache
  filled), each as its own process, with its peak memory; the bare encode, cold and warm runs
  are taken in turn three times and the median times reported, with the highest peak;
- a batch of articles built from the alignment dev tasks (each reprint against its own
  original, through a --pairs manifest), cold: articles per minute, sentences per second and
  peak memory; with --ray, the same batch on a local Ray instance with 1 and 2 workers;
- the seed audit's stages, in one process without the cache.

Each audit process gets a fresh cache folder whose `models` entry points at the real one.
Every measured process runs from compiled bytecode, as an installed mtaudit does (pip compiles
a package when it installs it): where the environment sets PYTHONDONTWRITEBYTECODE, the
checkout's modules would otherwise be compiled from source on every run, so the benchmark lets
Python write their bytecode (into the checkout's ``__pycache__`` folders, which git ignores).
``mtaudit --help`` runs first, untimed; the first cold audit compiles the rest (about a tenth
of a second of its 30), so no warm run compiles anything.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

#: Runs the command line and reports the process's peak memory on stderr.
WRAPPER = ("import sys, atexit, resource\n"
           "atexit.register(lambda: sys.stderr.write('PEAK_KB %d\\n' % "
           "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
           "from mtaudit.cli import main\n"
           "sys.argv = ['mtaudit'] + sys.argv[1:]\n"
           "main()\n")

BARE = ("import sys, json\n"
        "from sentence_transformers import SentenceTransformer\n"
        "texts = json.load(open(sys.argv[2]))\n"
        "model = SentenceTransformer(sys.argv[1], device='cpu')\n"
        "model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)\n")

SEEDS = [sorted(glob.glob(str(ROOT / "seeds" / f"{n}_*.txt")))[0] for n in ("000", "001", "002", "003", "004")]


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float | None, int]:
    """(seconds, peak MiB or None, exit status) of one process."""
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = None
    for line in result.stderr.splitlines():
        if line.startswith("PEAK_KB "):
            peak = int(line.split()[1]) / 1024
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return seconds, peak, result.returncode


def fresh_cache(base: Path) -> dict[str, str]:
    from mtaudit.backends.registry import cache_dir

    folder = Path(tempfile.mkdtemp(dir=base))
    (folder / "models").symlink_to(cache_dir() / "models")
    return {**os.environ, "MTAUDIT_CACHE_DIR": str(folder)}


def audit_command(*args: str) -> list[str]:
    return [sys.executable, "-c", WRAPPER, "audit", *args, "--quiet"]


def seed_sentences() -> list[str]:
    from mtaudit.ingest import read_document
    from mtaudit.segment import segment

    return [s.text for path in SEEDS for s in segment(read_document(path)).sentences]


def build_batch(folder: Path, count: int) -> tuple[Path, int]:
    """``count`` reprint/original pairs from the alignment dev tasks: a manifest and the
    number of reprint sentences."""
    tasks = [json.loads(line) for line in (HERE / "data" / "align_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    rows, sentences = [], 0
    for n in range(count):
        task = tasks[n % len(tasks)]
        # Reused tasks get their sentences in another order, so no two articles are the same text.
        shift = n // len(tasks)
        reprint = task["reprint"][shift:] + task["reprint"][:shift]
        (folder / f"r{n:03d}.txt").write_text("\n\n".join(reprint) + "\n", encoding="utf-8")
        (folder / f"o{n:03d}.txt").write_text("\n\n".join(task["original"]) + "\n", encoding="utf-8")
        rows.append((f"r{n:03d}.txt", f"o{n:03d}.txt"))
        sentences += len(reprint)
    manifest = folder / "pairs.csv"
    with manifest.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["reprint", "original"])
        writer.writerows(rows)
    return manifest, sentences


def stage_times() -> list[tuple[str, float]]:
    from mtaudit.backends.models import ModelSet
    from mtaudit.config import AuditConfig
    from mtaudit.pipeline import audit_files
    from mtaudit.report import html
    from mtaudit.report import json as json_report

    marks: list[tuple[str, float]] = []
    start = time.perf_counter()
    report = audit_files(SEEDS[2:], SEEDS[:2], AuditConfig(), ModelSet(AuditConfig()),
                         progress=lambda message: marks.append((message, time.perf_counter())))
    marks.append(("writing reports (JSON, HTML)", time.perf_counter()))
    json_report.render(report)
    html.render(report)
    end = time.perf_counter()
    out = []
    for (name, begin), (_, finish) in zip(marks, marks[1:] + [("", end)]):
        out.append((name, finish - begin))
    out.insert(0, ("(process start to first stage)", marks[0][1] - start))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--ray", action="store_true",
                        help="also run the batch on a local Ray instance with 1 and 2 workers")
    parser.add_argument("--only-batch", action="store_true", help="measure the batch alone")
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        timed([sys.executable, "-m", "mtaudit", "--help"])  # compiles the CLI's modules, untimed
        if not args.only_batch:
            helps = [timed([sys.executable, "-m", "mtaudit", "--help"])[0] for _ in range(5)]
            rows.append(("mtaudit --help", f"{statistics.median(helps):.2f} s"))
            rows.extend(seed_rows(base))
        batch = base / "batch"
        batch.mkdir()
        manifest, sentences = build_batch(batch, args.articles)
        runs = [("", [])] + ([(f" on Ray, {n} worker(s)", ["--ray", "local", "--workers", str(n)]) for n in (1, 2)]
                             if args.ray else [])
        for label, extra in runs:
            seconds, peak, _ = timed(audit_command("--pairs", str(manifest), "--json", str(base / "batch.json"),
                                                   *extra), fresh_cache(base))
            rows.append((f"batch of {args.articles} articles ({sentences} reprint sentences){label}, cold",
                         f"{seconds:.0f} s: {args.articles / seconds * 60:.1f} articles/min, "
                         f"{sentences / seconds:.1f} sentences/s, peak {peak:.0f} MiB (driver)"))

    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  value")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    if not args.only_batch:
        print("\nseed audit by stage (one process, no output cache, models loaded on first use):")
        for name, seconds in stage_times():
            print(f"  {name:<45} {seconds:6.2f} s")


def seed_rows(base: Path, repeats: int = 3) -> list[tuple[str, str]]:
    """The seed audit cold and warm, against a bare encode of its sentences: each the median of
    ``repeats`` runs, taken in turn (this machine is shared: one run can be twice another)."""
    texts = seed_sentences()
    (base / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
    from mtaudit.backends.registry import resolve

    location = resolve("embedder", "all-MiniLM-L6-v2").location
    seed_args = [*SEEDS[2:], "--original", SEEDS[0], "--original", SEEDS[1], "--json", str(base / "seeds.json")]
    bares, colds, warms = [], [], []
    for _ in range(repeats):
        bares.append(timed([sys.executable, "-c", BARE, location, str(base / "texts.json")])[0])
        env = fresh_cache(base)
        colds.append(timed(audit_command(*seed_args), env)[:2])
        warms.append(timed(audit_command(*seed_args), env)[:2])
    bare = statistics.median(bares)
    cold, cold_peak = statistics.median(c[0] for c in colds), max(c[1] or 0 for c in colds)
    warm, warm_peak = statistics.median(w[0] for w in warms), max(w[1] or 0 for w in warms)

    def spread(values: list[float]) -> str:
        return f"{min(values):.1f}-{max(values):.1f}"

    return [
        (f"bare encode of the {len(texts)} seed sentences (own process)",
         f"{bare:.1f} s (median of {repeats}: {spread(bares)})"),
        ("seed audit, cold (empty output cache)",
         f"{cold:.1f} s (median of {repeats}: {spread([c[0] for c in colds])}), peak {cold_peak:.0f} MiB"),
        ("  ratio to the bare encode", f"{cold / bare:.2f}x"),
        ("seed audit, warm (cache filled)",
         f"{warm:.2f} s (median of {repeats}: {spread([w[0] for w in warms])}), peak {warm_peak:.0f} MiB"),
    ]


if __name__ == "__main__":
    main()
