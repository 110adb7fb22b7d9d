"""Whole stories as an editor gets them: does a faithful reprint pass, and does a damaged one fail
with its errors flagged?

Each story of benchmarks/data/stories_dev.jsonl is an English original and two reprints of it,
audited as `mtaudit audit REPRINT --original ORIGINAL` audits them:

- *faithful*: the story as a syndication site runs it without changing what it says (headline,
  byline and site boilerplate, paragraphs moved, sentences merged, split or cut, house style,
  attributions moved, restatements in other words). Any major or critical flag on it is a false
  alarm, and fails a clean story;
- *damaged*: the faithful reprint with three sentences changed, one error each (`errors`: the
  sentence as written, its kind and what changed). An error is caught when a sentence holding it gets a major or
  critical flag; a sentence left as in the faithful reprint that gets one is a false alarm.

`--show` prints every false alarm and every miss with its flags; `--data FILE` audits another set of
stories in the same form (a held-out set), `--set NAME` only one set's.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

from _models import HERE, cached_models

DATA = HERE / "data" / "stories_dev.jsonl"
SERIOUS = ("major", "critical")


def _plain(text: str) -> str:
    return " ".join(text.split())


def _holds(sentence: str, error: str) -> bool:
    """Whether a reprint sentence as segmented holds the error sentence as written (or is part of it)."""
    a, b = _plain(sentence), _plain(error)
    return a in b or b in a


def _show(flags) -> None:  # type: ignore[no-untyped-def]
    for flag in flags:
        print(f"      {flag.kind}/{flag.check} ({flag.severity}): {flag.message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="print every false alarm and every miss")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="the stories, one JSON object a line (default: %(default)s)")
    parser.add_argument("--set", action="append", dest="sets", metavar="NAME",
                        help="audit only this set's stories (repeatable)")
    args = parser.parse_args()
    from mtaudit.config import AuditConfig
    from mtaudit.pipeline import audit_files

    stories = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.sets:
        stories = [story for story in stories if story["set"] in args.sets]
        if not stories:
            raise SystemExit(f"{args.data}: no story of the set(s) {', '.join(args.sets)}")
    config = AuditConfig()
    models = cached_models(config)
    counts: Counter[tuple[str, str]] = Counter()
    kinds: Counter[tuple[str, str, bool]] = Counter()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for story in stories:
            paths = {}
            for side in ("original", "faithful", "damaged"):
                paths[side] = Path(folder) / f"{story['id'].replace('/', '-')}_{side}.txt"
                paths[side].write_text(story[side], encoding="utf-8")
            report = audit_files([str(paths["faithful"]), str(paths["damaged"])], [str(paths["original"])],
                                 config, models)
            faithful, damaged = report.documents
            name = story["set"]
            counts[name, "stories"] += 1
            counts[name, "faithful failed"] += faithful.verdict == "fail"
            counts[name, "damaged failed"] += damaged.verdict == "fail"
            for sentence in faithful.sentences:
                serious = [f for f in sentence.flags if f.severity in SERIOUS]
                counts[name, "faithful sentences"] += 1
                counts[name, "faithful flagged"] += bool(serious)
                if args.show and serious:
                    print(f"FALSE ALARM {story['id']} (faithful): {sentence.sentence.text}")
                    _show(serious)
            for error in story["errors"]:
                holding = [s for s in damaged.sentences if _holds(s.sentence.text, error["sentence"])]
                caught = any(f.severity in SERIOUS for s in holding for f in s.flags)
                counts[name, "errors"] += 1
                counts[name, "caught"] += caught
                kinds[name, error["kind"], caught] += 1
                if args.show and not caught:
                    print(f"MISS {story['id']} {error['kind']}: {error['what']}")
                    print(f"   reprint: {error['sentence']}")
                    _show(f for s in holding for f in s.flags)
            for sentence in damaged.sentences:
                if any(_holds(sentence.sentence.text, e["sentence"]) for e in story["errors"]):
                    continue
                serious = [f for f in sentence.flags if f.severity in SERIOUS]
                counts[name, "damaged flagged"] += bool(serious)
                if args.show and serious:
                    print(f"FALSE ALARM {story['id']} (damaged, unchanged): {sentence.sentence.text}")
                    _show(serious)
    if models.cache is not None:
        models.cache.close()
    print(f"{len(stories)} stories audited in {time.perf_counter() - start:.1f} s\n")
    print(f"{'set':<12}{'stories':>8}{'faithful failed':>17}{'false alarms (sentences)':>26}"
          f"{'damaged failed':>16}{'errors caught':>15}{'other sentences flagged':>25}")
    for name in dict.fromkeys(s["set"] for s in stories):
        print(f"{name:<12}{counts[name, 'stories']:>8}{counts[name, 'faithful failed']:>17}"
              f"{counts[name, 'faithful flagged']:>18}/{counts[name, 'faithful sentences']:<7}"
              f"{counts[name, 'damaged failed']:>16}{counts[name, 'caught']:>8}/{counts[name, 'errors']:<6}"
              f"{counts[name, 'damaged flagged']:>25}")
    print("\nerrors caught by kind:")
    for name in dict.fromkeys(s["set"] for s in stories):
        found = sorted({kind for (n, kind, _) in kinds if n == name})
        shown = (f"{kind} {kinds[name, kind, True]}/{kinds[name, kind, True] + kinds[name, kind, False]}"
                 for kind in found)
        print(f"  {name}: " + ", ".join(shown))


if __name__ == "__main__":
    main()
