"""Wrong words: does mtaudit find the thesaurus word of the wrong sense that spun copy puts in?

Spun copy replaces words with thesaurus entries of another sense ("aircraft humming incidents"
for buzzing). The `wrong-word` check reads the sentence's most surprising content word swapped
for its thesaurus neighbours (mtaudit/thesaurus.py, WordNet 3.1); a neighbour that reads far
likelier flags the word; where the sentence is linked to its original, the original's word in
the same slot is read too. This benchmark builds a dev set of such swaps and runs the real check
stage on it twice: reference-free (no original), as an unlinked reprint sentence is judged, and
with each sentence linked to its original (the unchanged reference; for the controls, the
reference they translate), as a linked reprint sentence is judged.

Dev set (data/wrong_words_dev.jsonl; rebuilt with --rebuild):
  - sentences: the English references of the DEMETR and WMT MQM zh-en dev files (sources and
    licences in data/README.md), 8 to 40 words;
  - "wrong": one content word replaced by a WordNet synonym from a sense that is neither of the
    word's two most frequent senses (the entry a spinner picks without reading);
  - "fine": the same word replaced by a word of its most frequent sense (a near synonym);
  - "unchanged": the sentence as written.
  Labels come from WordNet's sense order, not from a reader: a word used in a rarer sense makes
  some "fine" items wrong and some "wrong" items fine (many "fine" swaps read badly too:
  "far greater item" for detail). The unchanged sentences and the controls are the false-alarm
  measure; the "wrong" items are the recall measure.

Controls: DEMETR's unperturbed machine translations and the MQM segments no expert marked.

    python benchmarks/wrong_words.py [--rebuild] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mtaudit.checks.repairs import CONTENT_TAGS, LIGHT_LEMMAS  # noqa: E402
from mtaudit.thesaurus import PARTS, inflect, synonyms  # noqa: E402

DEV = HERE / "data" / "wrong_words_dev.jsonl"
SHARED = HERE / "data"


def common(word: str, floor: float) -> bool:
    """Whether a word form is in use (its wordfreq Zipf frequency reaches ``floor``)."""
    from wordfreq import zipf_frequency
    return zipf_frequency(word, "en") >= floor




def content_tokens(analysis):  # type: ignore[no-untyped-def]
    """Tokens the check could try (common nouns, verbs, adjectives, adverbs; not the first word)."""
    first = next((t.start for t in analysis.tokens if t.text.isalpha()), -1)
    for token in analysis.tokens:
        if token.tag in CONTENT_TAGS and token.pos in PARTS and token.text.isalpha() and token.start > first \
                and token.lemma not in LIGHT_LEMMAS and token.text[:1].islower():
            yield token


def match_case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def source_sentences() -> list[tuple[str, str]]:
    seen: set[str] = set()
    sentences = []
    for name in ("demetr_dev.jsonl", "mqm_zhen_dev.jsonl"):
        for line in (SHARED / name).read_text(encoding="utf-8").splitlines():
            text = (json.loads(line).get("reference") or "").strip()
            if text and text not in seen and 8 <= len(text.split()) <= 40:
                seen.add(text)
                sentences.append((name.split("_")[0], text))
    return sentences


def build_dev(tagger, limit: int) -> list[dict]:  # type: ignore[no-untyped-def]
    chooser = random.Random(17)
    sentences = source_sentences()
    chooser.shuffle(sentences)
    sentences = sentences[:limit]
    analyses = tagger.analyse([text for _, text in sentences])
    rows: list[dict] = []
    for n, ((source, text), analysis) in enumerate(zip(sentences, analyses)):
        rows.append({"id": f"ww-{n}-unchanged", "source": source, "label": "unchanged", "sentence": text})
        options = []
        for token in content_tokens(analysis):
            found = synonyms(token.lemma, token.pos)
            near = {w for w, rank in found if rank <= 1}
            first = sorted(f for w, rank in found if rank == 0 and common(f := inflect(w, token.tag), 2.0))
            far = [f for w, rank in found if rank >= 2 and w not in near and common(f := inflect(w, token.tag), 2.0)]
            if first and far:
                options.append((token, first, far))
        if not options:
            continue
        token, first, far = chooser.choice(options)
        for label, pool in (("fine", first), ("wrong", far)):
            word = match_case(chooser.choice(pool), token.text)
            rows.append({"id": f"ww-{n}-{label}", "source": source, "label": label,
                         "sentence": text[:token.start] + word + text[token.end:],
                         "original": text, "word": token.text, "replacement": word,
                         "start": token.start, "end": token.start + len(word)})
    return rows


def controls() -> list[tuple[str, str, str]]:
    """(source, machine translation, its reference) of the controls."""
    found = []
    for name in ("demetr_dev.jsonl", "mqm_zhen_dev.jsonl"):
        for line in (SHARED / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("perturbation", "unperturbed_mt") == "unperturbed_mt" and not row.get("errors"):
                found.append((name.split("_")[0], row["mt"], row["reference"]))
    return found


def report(rows: list[dict], items: list, models, config, title: str) -> None:  # type: ignore[no-untyped-def]
    from mtaudit.checks import readings as reading
    from mtaudit.scoring import judge

    start = time.perf_counter()
    read = reading.read(items, models, config, None)
    results = [judge(item, read, config, None) for item in items]
    seconds = time.perf_counter() - start
    tried = Counter((repair.kind, repair.from_original) for found in read.repairs.values() for repair in found)
    print(f"\n== {title}: {len(rows)} sentences in {seconds:.0f} s (readings already in benchmarks/.cache "
          f"are not read again: delete it to time them)\nreadings a sentence: thesaurus neighbours "
          f"{tried[('synonym', False)] / len(rows):.2f}, the original's word in a neighbour's slot "
          f"{tried[('synonym', True)] / len(rows):.2f}, other forms {tried[('form', False)] / len(rows):.2f}")

    totals: Counter = Counter()
    flagged: Counter = Counter()
    at_word: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for row, result in zip(rows, results):
        label = row["label"]
        totals[label] += 1
        hits = [f for f in result.flags if f.check == "wrong-word"]
        if hits:
            flagged[label] += 1
            if "start" in row and any(f.evidence["span"][0] == row["start"] for f in hits):
                at_word[label] += 1
            examples.setdefault(label, []).append(f"{hits[0].evidence['words']} -> {hits[0].evidence['suggestion']}"
                                                  f" ({hits[0].evidence['gain']:.1f})")
    print(f"\n{'items':<18} {'n':>5} {'wrong-word flag':>16} {'at the swapped word':>20}")
    for label in ("wrong", "fine", "unchanged", "demetr control", "mqm control"):
        n = totals[label]
        line = f"{label:<18} {n:>5} {flagged[label]:>6} ({flagged[label] / max(1, n):6.1%})"
        if label in ("wrong", "fine"):
            line += f" {at_word[label]:>9} ({at_word[label] / max(1, n):6.1%})"
        print(line)
    for label in ("wrong", "unchanged", "demetr control", "mqm control"):
        print(f"\n{label}: " + "; ".join(examples.get(label, [])[:12]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the dev set")
    parser.add_argument("--limit", type=int, default=200, help="source sentences in the dev set")
    args = parser.parse_args()

    from mtaudit.checks.readings import CheckItem
    from mtaudit.config import AuditConfig

    from _models import cached_models

    config = AuditConfig()
    models = cached_models(config)
    if args.rebuild or not DEV.exists():
        assert models.tagger is not None
        rows = build_dev(models.tagger, args.limit)
        DEV.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    rows += [{"label": f"{source} control", "sentence": text, "original": reference}
             for source, text, reference in controls()]

    report(rows, [CheckItem(row["sentence"]) for row in rows], models, config, "reference-free")
    originals = [row.get("original", row["sentence"]) for row in rows]
    texts = sorted({*originals, *(row["sentence"] for row in rows)})
    vectors = dict(zip(texts, models.embedder.encode(texts)))
    linked = [CheckItem(row["sentence"], original, None, float(vectors[original] @ vectors[row["sentence"]]))
              for row, original in zip(rows, originals)]
    report(rows, linked, models, config, "linked to the original")
    if models.cache is not None:
        models.cache.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
