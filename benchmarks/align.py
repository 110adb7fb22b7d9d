"""Alignment benchmark: mtaudit's aligner beside a monotonic and a greedy baseline.

    python benchmarks/align.py                  # dev tasks with merges and splits, plus scale
    python benchmarks/align.py --no-scale       # quality only
    python benchmarks/align.py --scale-only

The dev tasks (benchmarks/data/align_dev.jsonl, see benchmarks/data/README.md) are
1-1 only. Reprints also merge and split sentences, so each task is rewritten
deterministically (seeded by its id): some adjacent reprint sentences of one
paragraph are merged (gold becomes a 1-2 link) and some long ones are split at a
comma (gold becomes a 2-1 link). Scores are over (reprint, original) sentence pairs;
an n-m link counts as all its pairs. All three aligners see the same embeddings.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
import random
import re
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mtaudit.align import AlignParams, align  # noqa: E402
from mtaudit.align.tasks import AlignTask, link_task  # noqa: E402

DATA = HERE / "data" / "align_dev.jsonl"
CACHE = HERE / ".cache"
MERGE_RATE = 0.12
SPLIT_RATE = 0.15
SPLIT_MIN_WORDS = 22


@dataclass
class Case:
    task: AlignTask
    gold: set[tuple[int, int]]  # (reprint, original)
    additions: set[int]
    merged: int
    split: int


def _rng(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:16], 16))


def _split_point(text: str) -> int | None:
    """Offset of a comma near the middle of a long sentence, or None."""
    words = text.split()
    if len(words) < SPLIT_MIN_WORDS:
        return None
    middle = len(text) / 2
    commas = [m.start() for m in re.finditer(r",\s", text)]
    commas = [c for c in commas if 0.3 * len(text) < c < 0.7 * len(text)]
    if not commas:
        return None
    return min(commas, key=lambda c: abs(c - middle))


def build_case(row: dict) -> Case:
    """The task with merges and splits applied, and its gold links."""
    rng = _rng(row["id"])
    block_of = {o: b for b, block in enumerate(row["paragraph_blocks"]) for o in block}
    gold_of = {r: o for r, o in row["gold"]}
    # Reprint paragraphs: runs of sentences from one original block; each addition alone.
    units: list[tuple[str, list[int], object]] = []  # text, originals, paragraph key
    paragraph = -1
    previous = None
    for r, text in enumerate(row["reprint"]):
        o = gold_of.get(r)
        key = ("block", block_of[o]) if o is not None else ("added", r)
        if key != previous or o is None:
            paragraph += 1
        previous = key
        units.append((text, [o] if o is not None else [], paragraph))
    # Merge: two adjacent linked sentences of one paragraph become one sentence.
    merged_units: list[tuple[str, list[int], object]] = []
    merged = 0
    i = 0
    while i < len(units):
        text, originals, para = units[i]
        if (i + 1 < len(units) and originals and units[i + 1][1] and units[i + 1][2] == para
                and rng.random() < MERGE_RATE):
            nxt = units[i + 1][0]
            merged_units.append((text.rstrip() + " " + nxt.lstrip(), originals + units[i + 1][1], para))
            merged += 1
            i += 2
            continue
        merged_units.append(units[i])
        i += 1
    # Split: a long linked sentence becomes two at a comma near its middle.
    final: list[tuple[str, list[int], object]] = []
    split = 0
    for text, originals, para in merged_units:
        cut = _split_point(text) if len(originals) == 1 else None
        if cut is not None and rng.random() < SPLIT_RATE:
            first = text[:cut].rstrip() + "."
            rest = text[cut + 1:].strip()
            second = rest[:1].upper() + rest[1:]
            final.append((first, originals, para))
            final.append((second, originals, para))
            split += 1
            continue
        final.append((text, originals, para))
    original_paragraphs = [[] for _ in row["paragraph_blocks"]]
    for b, block in enumerate(row["paragraph_blocks"]):
        original_paragraphs[b] = sorted(block)
    reprint_paragraphs: list[list[int]] = []
    for r, (_, _, para) in enumerate(final):
        if not reprint_paragraphs or final[r - 1][2] != para:
            reprint_paragraphs.append([])
        reprint_paragraphs[-1].append(r)
    task = AlignTask(row["id"], tuple(row["original"]), tuple(t for t, _, _ in final),
                     tuple(tuple(p) for p in reprint_paragraphs), tuple(tuple(p) for p in original_paragraphs))
    gold = {(r, o) for r, (_, originals, _) in enumerate(final) for o in originals}
    additions = {r for r, (_, originals, _) in enumerate(final) if not originals}
    return Case(task, gold, additions, merged, split)


# --- baselines -------------------------------------------------------------------------------

def monotonic(sim: np.ndarray, pair_o: np.ndarray, pair_r: np.ndarray,
              skip_bias: float) -> list[tuple[list[int], list[int]]]:
    """Dynamic programming over both sequences in order, as vecalign and bertalign do.

    Moves 1-1, 1-0, 0-1, 1-2 and 2-1; a link earns its similarity minus skip_bias, a skip
    earns nothing, so links below skip_bias are not worth making. pair_o[r, o] is the
    similarity of reprint r to originals o and o+1 joined; pair_r[r, o] of reprints r and
    r+1 joined to original o.
    """
    n, m = sim.shape
    score = np.full((n + 1, m + 1), -np.inf)
    back: dict[tuple[int, int], tuple[int, int]] = {}
    score[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, move = -np.inf, None
            options = []
            if i >= 1:
                options.append((score[i - 1, j], (1, 0)))
            if j >= 1:
                options.append((score[i, j - 1], (0, 1)))
            if i >= 1 and j >= 1:
                options.append((score[i - 1, j - 1] + sim[i - 1, j - 1] - skip_bias, (1, 1)))
            if i >= 1 and j >= 2:
                options.append((score[i - 1, j - 2] + pair_o[i - 1, j - 2] - skip_bias, (1, 2)))
            if i >= 2 and j >= 1:
                options.append((score[i - 2, j - 1] + pair_r[i - 2, j - 1] - skip_bias, (2, 1)))
            for value, mv in options:
                if value > best:
                    best, move = value, mv
            score[i, j] = best
            back[(i, j)] = move  # type: ignore[assignment]
    links = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj = back[(i, j)]
        if di and dj:
            links.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    return links[::-1]


def greedy(sim: np.ndarray, cut: float) -> list[tuple[list[int], list[int]]]:
    """Each reprint sentence to its most similar original sentence, if above the cut-off."""
    best = sim.argmax(axis=1)
    return [([r], [int(best[r])]) for r in range(sim.shape[0]) if sim[r, best[r]] >= cut]


# --- scoring ---------------------------------------------------------------------------------

@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    add_tp: int = 0
    add_fp: int = 0
    add_fn: int = 0
    seconds: float = 0.0

    def add(self, case: Case, links: list[tuple[list[int], list[int]]]) -> None:
        pairs = {(r, o) for rs, os_ in links for r in rs for o in os_}
        self.tp += len(pairs & case.gold)
        self.fp += len(pairs - case.gold)
        self.fn += len(case.gold - pairs)
        linked = {r for rs, _ in links for r in rs}
        found = set(range(len(case.task.reprint))) - linked
        self.add_tp += len(found & case.additions)
        self.add_fp += len(found - case.additions)
        self.add_fn += len(case.additions - found)

    def row(self) -> dict[str, float]:
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        ap = self.add_tp / max(1, self.add_tp + self.add_fp)
        ar = self.add_tp / max(1, self.add_tp + self.add_fn)
        return {"precision": p, "recall": r, "f1": 2 * p * r / max(1e-9, p + r),
                "addition_precision": ap, "addition_recall": ar}


def _embed_all(cases: list[Case]):  # type: ignore[no-untyped-def]
    """Embeddings of every task (sentences and joined adjacent pairs), cached on disk."""
    from mtaudit.align.tasks import TaskVectors, embed_tasks
    from mtaudit.backends.embedder import load_embedder

    tasks = [c.task for c in cases]
    plain = [AlignTask(t.id, t.original, t.reprint) for t in tasks]
    key = hashlib.sha256(repr([(t.original, t.reprint, t.reprint_paragraphs) for t in tasks]).encode()).hexdigest()[:16]
    cached = CACHE / f"align-{key}.vectors.pkl"  # plain arrays: readable whatever the modules are called
    if cached.exists():  # embeddings of an earlier run of the same tasks
        with cached.open("rb") as handle:
            with_paragraphs, without, seconds, count = pickle.load(handle)
        return ([TaskVectors(**v) for v in with_paragraphs], [TaskVectors(**v) for v in without], seconds, count)
    embedder = load_embedder("all-MiniLM-L6-v2")
    counted: list[int] = []

    def encode(texts):  # type: ignore[no-untyped-def]
        counted.append(len(texts))
        return embedder.encode(texts)

    start = time.perf_counter()
    with_paragraphs = embed_tasks(tasks, encode)
    without = embed_tasks(plain, encode)
    seconds = time.perf_counter() - start
    CACHE.mkdir(exist_ok=True)
    with cached.open("wb") as handle:
        pickle.dump(([dataclasses.asdict(v) for v in with_paragraphs], [dataclasses.asdict(v) for v in without],
                     seconds, sum(counted)), handle)
    return with_paragraphs, without, seconds, sum(counted)


def quality(data: Path) -> None:
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [build_case(row) for row in rows]
    n_reprint = sum(len(c.task.reprint) for c in cases)
    n_original = sum(len(c.task.original) for c in cases)
    print(f"{len(cases)} dev tasks: {n_reprint} reprint and {n_original} original sentences; "
          f"{sum(c.merged for c in cases)} merges (1-2 gold), {sum(c.split for c in cases)} splits (2-1 gold), "
          f"{sum(len(c.additions) for c in cases)} additions, {sum(len(c.gold) for c in cases)} gold pairs")
    embedded, embedded_plain, embed_seconds, n_texts = _embed_all(cases)
    print(f"embedding: {n_texts} sentences and joined pairs in {embed_seconds:.1f} s ({n_texts / embed_seconds:.0f}/s)")

    results: dict[str, Tally] = {"mtaudit": Tally(), "mtaudit (no paragraphs)": Tally()}
    for case, vectors, plain in zip(cases, embedded, embedded_plain):
        for name, task, v in (("mtaudit", case.task, vectors),
                              ("mtaudit (no paragraphs)",
                               AlignTask(case.task.id, case.task.original, case.task.reprint),
                               plain)):
            start = time.perf_counter()
            links = link_task(task, v)
            results[name].seconds += time.perf_counter() - start
            results[name].add(case, [(list(link.reprint), list(link.original)) for link in links])

    # Baselines: each at the setting that scores best on these tasks (their best case).
    def run_baseline(kind: str, setting: float) -> Tally:
        tally = Tally()
        for case, vectors in zip(cases, embedded_plain):
            r, o = vectors.reprint, vectors.original
            start = time.perf_counter()
            sim = r @ o.T
            if kind == "monotonic":
                pair_o = np.full(sim.shape, -1.0, dtype=np.float32)
                pair_r = np.full(sim.shape, -1.0, dtype=np.float32)
                if len(o) > 1:  # the same joined-pair embeddings mtaudit sees without paragraphs
                    pair_o[:, :-1] = r @ vectors.original_pairs.T
                if len(r) > 1:
                    pair_r[:-1, :] = vectors.reprint_pairs @ o.T
                links = monotonic(sim, pair_o, pair_r, setting)
            else:
                links = greedy(sim, setting)
            tally.seconds += time.perf_counter() - start
            tally.add(case, links)
        return tally

    grid = [round(x, 2) for x in np.arange(0.30, 0.81, 0.05)]
    for kind in ("monotonic", "greedy"):
        tallies = {s: run_baseline(kind, s) for s in grid}
        best = max(tallies, key=lambda s: tallies[s].row()["f1"])
        results[f"{kind} DP (bias {best})" if kind == "monotonic" else f"greedy (cut-off {best})"] = tallies[best]

    header = f"{'aligner':<28} {'P':>6} {'R':>6} {'F1':>6} {'add P':>6} {'add R':>6} {'sent/s':>9}"
    print()
    print(header)
    print("-" * len(header))
    for name, tally in results.items():
        row = tally.row()
        rate = n_reprint / tally.seconds if tally.seconds else float("inf")
        print(f"{name:<28} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
              f"{row['addition_precision']:6.3f} {row['addition_recall']:6.3f} {rate:9.0f}")
    print("\nsent/s: reprint sentences aligned per second, embeddings excluded "
          f"(embedding runs at {n_texts / embed_seconds:.0f} sentences/s on this machine)")


# --- scale -----------------------------------------------------------------------------------

def _peak_kib() -> int:
    """Peak resident memory of this process (VmHWM; getrusage's ru_maxrss survives exec on
    Linux and would report the parent's peak)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _scale_one(size: int) -> None:
    """One size in this process: time and peak memory of align() on size x size sentences."""
    rng = np.random.default_rng(size)
    dim = 384
    original = rng.standard_normal((size, dim)).astype(np.float32)
    original /= np.linalg.norm(original, axis=1, keepdims=True)
    # The reprint: paragraphs of 3 moved around, each sentence a noisy copy, 10% additions.
    order = np.arange(size)
    blocks = [order[i:i + 3] for i in range(0, size, 3)]
    rng.shuffle(blocks)  # type: ignore[arg-type]
    kept = np.concatenate(blocks)[: int(size * 0.9)]
    copies = original[kept] + 0.06 * rng.standard_normal((len(kept), dim)).astype(np.float32)
    extra = rng.standard_normal((size - len(kept), dim)).astype(np.float32)
    reprint = np.vstack([copies, extra])
    reprint /= np.linalg.norm(reprint, axis=1, keepdims=True)
    r_groups = [i // 3 for i in range(size)]
    o_groups = [i // 3 for i in range(size)]
    before = _peak_kib()
    start = time.perf_counter()
    links = align(reprint, original, r_groups, o_groups, params=AlignParams())
    seconds = time.perf_counter() - start
    peak = _peak_kib()
    correct = sum(1 for link in links for r in link.reprint for o in link.original if r < len(kept) and kept[r] == o)
    print(json.dumps({"size": size, "seconds": round(seconds, 2), "peak_mib": round(peak / 1024, 1),
                      "inputs_mib": round(before / 1024, 1), "links": len(links),
                      "correct_pairs": correct, "gold_pairs": len(kept)}))


def scale(sizes: list[int]) -> None:
    print(f"\n{'sentences (each side)':>22} {'align s':>8} {'peak RSS MiB':>13} {'links':>7} {'correct':>8}")
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--scale-one", str(size)], capture_output=True,
                             text=True, check=True).stdout
        row = json.loads(out.strip().splitlines()[-1])
        print(f"{row['size']:>22} {row['seconds']:>8.2f} {row['peak_mib']:>13.1f} {row['links']:>7} "
              f"{row['correct_pairs']:>8}")
    print("peak RSS is the whole process (Python and numpy included, about 30-40 MiB before the run); "
          "embeddings are synthetic 384-d unit vectors, reprint = moved paragraphs of noisy copies + 10% additions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-scale", action="store_true")
    parser.add_argument("--scale-only", action="store_true")
    parser.add_argument("--scale-one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scale_one:
        _scale_one(args.scale_one)
        return
    if not args.scale_only:
        quality(args.data)
    if not args.no_scale:
        scale([100, 1000, 5000])


if __name__ == "__main__":
    main()
