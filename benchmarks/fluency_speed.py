"""Throughput of the fluency backends on this machine: grammar checking and the language
model's two readings (alone, and after the original where the first reading leaves a
possible break) and its readings of other wordings (the lm-repair check, which --no-repairs
skips), in reprint sentences per second.

    python benchmarks/fluency_speed.py [--n 300]

No cache is used: every sentence goes through the real models. Model loading is timed
apart from the throughput.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mtaudit.backends.models import ModelSet  # noqa: E402
from mtaudit.checks.repairs import repairs_worth_reading  # noqa: E402
from mtaudit.checks.surprisal import misspelled_spans, needs_second_reading  # noqa: E402
from mtaudit.config import AuditConfig  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=300, help="sentences to time (default 300)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (HERE / "data" / "demetr_dev.jsonl").read_text(encoding="utf-8").splitlines()]
    pairs = sorted({(r["reference"], r["perturbed"]) for r in rows if r["perturbed"].strip()})[:args.n]
    originals = [o for o, _ in pairs]
    sentences = [s for _, s in pairs]
    models = ModelSet(AuditConfig())

    start = time.perf_counter()
    grammar, lm = models.grammar, models.lm
    assert lm is not None and grammar is not None
    lm.surprisals(sentences[:2])
    grammar.check(sentences[:2])
    loading = time.perf_counter() - start

    def timed(call) -> float:  # type: ignore[no-untyped-def]
        begin = time.perf_counter()
        call()
        return time.perf_counter() - begin

    found: list = []
    first: list = []
    t_grammar = timed(lambda: found.extend(grammar.check(sentences)))
    t_alone = timed(lambda: first.extend(lm.surprisals(sentences)))
    t = AuditConfig().thresholds
    needed = [i for i, (s, o) in enumerate(pairs)
              if needs_second_reading(first[i], o, misspelled_spans(s, found[i], frozenset()), t)]
    t_after = timed(lambda: lm.surprisals([sentences[i] for i in needed], [originals[i] for i in needed]))
    typos = [misspelled_spans(s, found[i], frozenset()) for i, s in enumerate(sentences)]
    linked_repairs = sorted({r.apply(s) for i, (o, s) in enumerate(pairs)
                             for r in repairs_worth_reading(s, o, first[i], t, typos[i])})
    alone_repairs = sorted({r.apply(s) for i, s in enumerate(sentences)
                            for r in repairs_worth_reading(s, None, first[i], t, typos[i])})
    t_linked_repairs = timed(lambda: lm.surprisals(linked_repairs))
    t_alone_repairs = timed(lambda: lm.surprisals(alone_repairs))
    n = len(sentences)
    print(f"{n} DEMETR sentences; model loading {loading:.1f} s; LM {getattr(lm, 'identity', lm.name)}")
    print(f"second reading needed for {len(needed)} of {n} linked sentences ({len(needed) / n:.0%})")
    print(f"repairs read: {len(linked_repairs) / n:.2f} a linked sentence, "
          f"{len(alone_repairs) / n:.2f} an unlinked one")
    print(f"{'stage':<60} {'seconds':>8} {'sentences/s':>12}")
    for name, seconds in [(f"grammar ({grammar.name})", t_grammar), ("LM alone", t_alone),
                          ("LM after the original (where needed)", t_after),
                          ("LM repairs, unlinked sentence", t_alone_repairs),
                          ("LM repairs, linked sentence", t_linked_repairs),
                          ("unlinked sentence: grammar + LM alone (--no-repairs)", t_grammar + t_alone),
                          ("linked sentence: grammar + LM, both readings (--no-repairs)",
                           t_grammar + t_alone + t_after),
                          ("unlinked sentence: grammar + LM alone + repairs", t_grammar + t_alone + t_alone_repairs),
                          ("linked sentence: grammar + LM, all readings",
                           t_grammar + t_alone + t_after + t_linked_repairs)]:
        print(f"{name:<60} {seconds:>8.2f} {n / seconds:>12.1f}")


if __name__ == "__main__":
    main()
