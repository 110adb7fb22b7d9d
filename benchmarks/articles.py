"""Real-article benchmark: whole WMT zh-en news articles audited as `mtaudit audit --pairs` would.

    python benchmarks/articles.py                    # one article per document, full audit
    python benchmarks/articles.py --links-only       # embedder, tagger and contradiction model only
    python benchmarks/articles.py --all-systems      # one article per document and system
    python benchmarks/articles.py --links-only --limit 5 --show-errors 10

Each of the 55 documents of the MQM dev data (benchmarks/data/mqm_zhen_dev.jsonl) becomes
one original and one reprint, built deterministically (every choice is seeded by the
sha256 of the document id):

- the original is the document's reference segments in order, in pseudo-paragraphs: the
  first segment (the headline) alone, then blocks of 1-3 segments. About a quarter of the
  paragraphs after the headline (at least one when there are 4 or more paragraphs) are
  removed from it;
- the reprint is one system's translation of the same segments in the same paragraphs (all
  of them, including those removed from the original), the systems taking turns from one
  document to the next. Two paragraphs of the most similar other document (cosine of the
  mean reference-segment embeddings, mtaudit's own embedder) are inserted after the
  headline: its translation by the same system, or by the system at the same place in the
  other test set (human for human, online for online), and of its paragraphs the two
  closest to the article, the hard case of a related story.

Every sentence of the report is traced back to its segment through its paragraph and
character span (the segment that overlaps it most); original sentences likewise, read
again as the pipeline reads them. Reported, overall and per system:

- link precision: (reprint sentence, linked original sentence) pairs of the same segment;
- recall: reprint sentences whose segment is still in the original that are linked to at
  least one original sentence of that segment;
- sentences with no counterpart that were linked anyway, for the paragraphs removed from
  the original and for the other story;
- major or critical flags on segments the experts found no error in (any kind, and the
  inverted, garbled and fact kinds), beside segments with expert errors, and the major or
  critical drift, inverted or fact flags on sentences with no counterpart (nothing to
  compare them with: there should be none).

Model outputs are kept in benchmarks/.cache so that a second run takes seconds.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from mtaudit.config import AuditConfig  # noqa: E402
from mtaudit.ingest import read_document  # noqa: E402
from mtaudit.pipeline import audit_manifest, read_manifest  # noqa: E402
from mtaudit.segment import segment  # noqa: E402
from mtaudit.types import AuditReport, Document, Flag, Sentence, SentenceReport  # noqa: E402

from _models import cached_models  # noqa: E402

DATA = HERE / "data" / "mqm_zhen_dev.jsonl"
SERIOUS = ("major", "critical")
ALARM_KINDS = ("inverted", "garbled", "fact")
UNPAIRED_KINDS = ("drift", "inverted", "fact")
INSERTED = 2

Key = tuple[str, int]  # (doc_id, doc_seg_index)


# --- the data --------------------------------------------------------------------------------

@dataclass
class Doc:
    doc_id: str
    testset: str
    order: list[int]
    """doc_seg_index of the segments, in order."""
    reference: dict[int, str]
    mt: dict[str, dict[int, str]]
    """system -> doc_seg_index -> translation (a system may lack a segment)."""
    errors: dict[str, dict[int, list]]
    systems: list[str]
    """Human translations first, then by name."""
    blocks: list[list[int]] = field(default_factory=list)
    """Pseudo-paragraphs as doc_seg_index lists; the first is the headline."""
    removed: set[int] = field(default_factory=set)
    """Blocks left out of the original."""


def _rng(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:16], 16))


def _clean(text: str) -> str:
    """One line, single spaces: the file reader joins lines and strips paragraphs, so the
    offsets of the text as written stay valid as read."""
    return " ".join(text.split())


def load_docs(path: Path) -> list[Doc]:
    """Documents in file order, each with its seeded paragraph blocks and removals."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs: dict[str, Doc] = {}
    human: dict[str, bool] = {}
    for row in rows:
        doc = docs.setdefault(row["doc_id"], Doc(row["doc_id"], row["testset"], [], {}, {}, {}, []))
        i = row["doc_seg_index"]
        doc.reference.setdefault(i, _clean(row["reference"]))
        doc.mt.setdefault(row["system"], {})[i] = _clean(row["mt"])
        doc.errors.setdefault(row["system"], {})[i] = row["errors"]
        human[row["system"]] = bool(row.get("system_is_human"))
    for doc in docs.values():
        doc.order = sorted(doc.reference)
        doc.systems = sorted(doc.mt, key=lambda s: (not human[s], s))
        rng = _rng(doc.doc_id)
        doc.blocks = [[doc.order[0]]]
        rest = doc.order[1:]
        while rest:
            size = rng.randint(1, 3)
            doc.blocks.append(rest[:size])
            rest = rest[size:]
        body = len(doc.blocks) - 1
        count = max(1 if len(doc.blocks) >= 4 else 0, (body + 1) // 4)
        doc.removed = set(rng.sample(range(1, len(doc.blocks)), count))
    return list(docs.values())


# --- the articles ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Piece:
    """One segment as written into a file."""

    key: Key
    text: str
    own: bool
    """False for the other story's segments inserted into the reprint."""


@dataclass
class Article:
    number: int
    doc: Doc
    system: str
    other: Doc
    other_system: str
    original: list[list[Piece]]
    reprint: list[list[Piece]]
    kept: frozenset[Key]
    """Segments still in the original."""
    reprint_path: Path = Path()
    original_path: Path = Path()

    def errors(self, key: Key) -> list:
        return self.doc.errors[self.system][key[1]]

    def has_counterpart(self, piece: Piece) -> bool:
        return piece.own and piece.key in self.kept


def plan(docs: list[Doc], all_systems: bool) -> list[tuple[Doc, str]]:
    """(document, system) of each article: the systems take turns within each test set."""
    out = []
    position: dict[str, int] = defaultdict(int)
    for doc in docs:
        if all_systems:
            out.extend((doc, system) for system in doc.systems)
        else:
            out.append((doc, doc.systems[position[doc.testset] % len(doc.systems)]))
        position[doc.testset] += 1
    return out


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-9)


def build_articles(jobs: Sequence[tuple[Doc, str]], docs: list[Doc],
                   encode: Callable[[list[str]], np.ndarray]) -> list[Article]:
    """Each (document, system) as an original and a reprint with the other story inserted."""
    references = [(doc.doc_id, i, doc.reference[i]) for doc in docs for i in doc.order]
    vectors = encode([text for _, _, text in references])
    by_doc: dict[str, list[np.ndarray]] = defaultdict(list)
    for (doc_id, _, _), v in zip(references, vectors):
        by_doc[doc_id].append(v)
    means = {doc.doc_id: _unit(np.mean(by_doc[doc.doc_id], axis=0)) for doc in docs}
    ids = [doc.doc_id for doc in docs]
    matrix = np.stack([means[i] for i in ids])
    by_id = {doc.doc_id: doc for doc in docs}

    articles = []
    for number, (doc, system) in enumerate(jobs):
        sims = matrix @ means[doc.doc_id]
        sims[ids.index(doc.doc_id)] = -np.inf
        other = by_id[ids[int(np.argmax(sims))]]
        if system in other.systems:
            other_system = system
        else:
            other_system = other.systems[doc.systems.index(system) % len(other.systems)]
        translation = other.mt[other_system]
        candidates = [[i for i in block if i in translation] for block in other.blocks[1:]]
        candidates = [block for block in candidates if block]
        if len(candidates) < INSERTED:
            head = [i for i in other.blocks[0] if i in translation]
            candidates = ([head] if head else []) + candidates
        block_vectors = encode([translation[i] for block in candidates for i in block])
        scores, at = [], 0
        for block in candidates:
            scores.append(float(_unit(block_vectors[at:at + len(block)].mean(axis=0)) @ means[doc.doc_id]))
            at += len(block)
        chosen = sorted(sorted(range(len(candidates)), key=lambda b: -scores[b])[:INSERTED])

        original = [[Piece((doc.doc_id, i), doc.reference[i], True) for i in block]
                    for b, block in enumerate(doc.blocks) if b not in doc.removed]
        mine = doc.mt[system]
        reprint = [[Piece((doc.doc_id, i), mine[i], True) for i in block if i in mine] for block in doc.blocks]
        reprint = [paragraph for paragraph in reprint if paragraph]
        rng = _rng(doc.doc_id + "/insert")
        for b in chosen:
            reprint.insert(rng.randint(1, len(reprint)),
                           [Piece((other.doc_id, i), translation[i], False) for i in candidates[b]])
        kept = frozenset(p.key for paragraph in original for p in paragraph)
        articles.append(Article(number, doc, system, other, other_system, original, reprint, kept))
    return articles


def _paragraph_text(paragraph: list[Piece]) -> str:
    return " ".join(p.text for p in paragraph)


def write_articles(articles: list[Article], folder: Path) -> Path:
    """The articles as text files, paragraphs separated by a blank line, and their manifest."""
    (folder / "reprints").mkdir()
    (folder / "originals").mkdir()
    manifest = folder / "pairs.csv"
    with manifest.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["reprint", "original"])
        for article in articles:
            name = f"{article.number:03d}.txt"
            article.reprint_path = folder / "reprints" / name
            article.original_path = folder / "originals" / name
            for path, paragraphs in ((article.reprint_path, article.reprint),
                                     (article.original_path, article.original)):
                path.write_text("\n\n".join(_paragraph_text(p) for p in paragraphs) + "\n", encoding="utf-8")
            writer.writerow([f"reprints/{name}", f"originals/{name}"])
    return manifest


# --- tracing sentences back to segments ------------------------------------------------------

@dataclass
class Trace:
    paragraphs_set_aside: int = 0
    """Paragraphs the reader marked as boilerplate (no sentences)."""
    documents_by_text: int = 0
    """Documents whose paragraphs as read differ from those written: mapped by text."""
    unmapped: int = 0
    straddling: int = 0
    """Sentences that take words from two segments (a segment without a full stop, a caption):
    traced to the one they overlap most."""
    sentences: int = 0


def locate(document: Document, sentences: Sequence[Sentence], written: list[list[Piece]],
           trace: Trace) -> tuple[list[Piece | None], list[frozenset[Key]]]:
    """The segment each sentence comes from (the one its span overlaps most), and every
    segment it takes words from (a sentence straddles two where the translation lost the
    full stop between them)."""
    texts = [_paragraph_text(p) for p in written]
    read = [p.text for p in document.paragraphs]
    trace.paragraphs_set_aside += len(document.boilerplate)
    if read == texts:
        where = {i: i for i in range(len(read))}
    else:  # paragraphs as read differ from those written: match paragraphs by their text
        trace.documents_by_text += 1
        where, cursor = {}, 0
        for i, text in enumerate(read):
            if text in texts[cursor:]:
                where[i] = cursor = texts.index(text, cursor)
    out: list[Piece | None] = []
    parts: list[frozenset[Key]] = []
    for sentence in sentences:
        trace.sentences += 1
        paragraph, start, end = where.get(sentence.paragraph), sentence.start, sentence.end
        if paragraph is None:  # last resort: the sentence's own text in one written paragraph
            found = [(p, texts[p].find(sentence.text)) for p in range(len(texts)) if sentence.text in texts[p]]
            if found:
                paragraph, start = found[0]
                end = start + len(sentence.text)
        piece = None
        keys: set[Key] = set()
        if paragraph is not None:
            best, offset = 0, 0
            for candidate in written[paragraph]:
                low, high = max(start, offset), min(end, offset + len(candidate.text))
                if high > low:
                    if any(c.isalnum() for c in texts[paragraph][low:high]):
                        keys.add(candidate.key)
                    if high - low > best:
                        best, piece = high - low, candidate
                offset += len(candidate.text) + 1
            trace.straddling += len(keys) > 1
        if piece is None:
            trace.unmapped += 1
        out.append(piece)
        parts.append(frozenset(keys | ({piece.key} if piece is not None else set())))
    return out, parts


# --- scoring ---------------------------------------------------------------------------------

@dataclass
class Count:
    k: int = 0
    n: int = 0

    def add(self, hit: bool, times: int = 1) -> None:
        self.k += int(hit) * times
        self.n += 1

    def rate(self) -> str:
        return f"{self.k / self.n:.3f}" if self.n else "-"

    def ratio(self) -> str:
        return f"{self.k}/{self.n}"


METRICS = (
    ("precision", "link precision (pairs)"),
    ("recall", "recall of kept counterparts"),
    ("linked_removed", "no counterpart, linked: removed paragraph"),
    ("linked_other", "no counterpart, linked: other story"),
    ("linked_any", "no counterpart, linked: both"),
    ("clean_any", "clean segments, any major/critical flag"),
    ("clean_alarm", "clean segments, major/crit. inv/garb/fact"),
    ("errors_any", "expert-error segments, any major/crit."),
    ("errors_alarm", "expert-error segments, inv/garb/fact"),
    ("unpaired", "drift/inv/fact maj/crit flags, no counterpart"),
)


@dataclass
class Example:
    kind: str
    reprint: str
    linked: str
    similarity: float
    expected: str


def _serious(report: SentenceReport, kinds: Sequence[str] | None = None) -> list[Flag]:
    return [f for f in report.flags if f.severity in SERIOUS and (kinds is None or f.kind in kinds)]


Tallies = dict[str, dict[str, Count]]


def score(articles: list[Article], report: AuditReport,
          config: AuditConfig) -> tuple[Tallies, Trace, Trace, list[Example], int]:
    """Tallies per system ("all" included), the traces of both sides, examples of errors, and
    the number of linked original sentences whose text differs from the one read again."""
    tallies: Tallies = defaultdict(lambda: {name: Count() for name, _ in METRICS})
    reprint_trace, original_trace = Trace(), Trace()
    examples: list[Example] = []
    text_mismatch = 0
    by_path = {str(a.reprint_path): a for a in articles}
    for doc_report in report.documents:
        article = by_path[doc_report.document.path]
        seg_original = segment(read_document(article.original_path, config.boilerplate_patterns, config.max_bytes))
        _, original_parts = locate(seg_original.document, seg_original.sentences, article.original,
                                             original_trace)
        reprint_of, reprint_parts = locate(doc_report.document, [s.sentence for s in doc_report.sentences],
                                           article.reprint, reprint_trace)
        reference = {p.key: p.text for paragraph in article.original for p in paragraph}
        segments: dict[Key, list[SentenceReport]] = defaultdict(list)
        for sentence, piece, carried in zip(doc_report.sentences, reprint_of, reprint_parts):
            if piece is None:
                continue
            tally = [tallies["all"], tallies[article.system]]
            linked = [a for a in sentence.aligned if a.path == str(article.original_path)]
            for a in linked:
                seg = seg_original.sentences[a.index] if a.index < len(seg_original.sentences) else None
                if seg is None or seg.text != a.text:
                    text_mismatch += 1
            linked_parts = [original_parts[a.index] if a.index < len(original_parts) else frozenset() for a in linked]
            if article.has_counterpart(piece):
                segments[piece.key].append(sentence)
                # A link is right when the original sentence carries a segment the reprint
                # sentence takes words from (either side may straddle two segments).
                wanted = {key for key in carried if key in article.kept}
                hits = [bool(parts & wanted) for parts in linked_parts]
                for t in tally:
                    for hit in hits:
                        t["precision"].add(hit)
                    t["recall"].add(any(hits))
                if not any(hits):
                    examples.append(Example("missed", sentence.sentence.text,
                                            " | ".join(a.text for a in linked)
                                            or " | ".join(f"(closest) {c.text}" for c in sentence.closest)
                                            or "(unlinked)",
                                            max((a.similarity for a in linked), default=float("nan")),
                                            reference[piece.key]))
                for a, hit in zip(linked, hits):
                    if not hit:
                        examples.append(Example("wrong link", sentence.sentence.text, a.text, a.similarity,
                                                reference[piece.key]))
            else:
                where = "linked_removed" if piece.own else "linked_other"
                unpaired = len(_serious(sentence, UNPAIRED_KINDS))
                for t in tally:
                    for _ in linked:
                        t["precision"].add(False)
                    t[where].add(bool(linked))
                    t["linked_any"].add(bool(linked))
                    t["unpaired"].add(unpaired > 0, unpaired)
                for a in linked:
                    examples.append(Example("removed paragraph" if piece.own else "other story",
                                            sentence.sentence.text, a.text, a.similarity, ""))
        for key, sentences in segments.items():
            prefix = "errors" if article.errors(key) else "clean"
            any_flag = any(_serious(s) for s in sentences)
            alarm = any(_serious(s, ALARM_KINDS) for s in sentences)
            for t in (tallies["all"], tallies[article.system]):
                t[f"{prefix}_any"].add(any_flag)
                t[f"{prefix}_alarm"].add(alarm)
            if prefix == "clean":
                for s in sentences:
                    for flag in _serious(s):
                        counterpart = next((a for a in s.aligned if a.path == str(article.original_path)), None)
                        examples.append(Example("flag on a clean segment", s.sentence.text,
                                                f"{flag.severity} {flag.kind} ({flag.check}): {flag.message}",
                                                counterpart.similarity if counterpart else float("nan"),
                                                counterpart.text if counterpart else ""))
    return tallies, reprint_trace, original_trace, examples, text_mismatch


# --- output ----------------------------------------------------------------------------------

def _short(system: str) -> str:
    name = system.removeprefix("hyp.").split(".")[0] if not system.startswith("ref.") else system
    return name.replace("_Translate", "")


def print_tables(tallies: Tallies, systems: list[str]) -> None:
    columns = ["all", *systems]
    width = max(len(label) for _, label in METRICS) + 1
    for title, cell in (("rate", Count.rate), ("k/n", Count.ratio)):
        header = f"{title:<{width}}" + "".join(f"{_short(c) if c != 'all' else 'all':>10}" for c in columns)
        print()
        print(header)
        print("-" * len(header))
        for name, label in METRICS:
            print(f"{label:<{width}}" + "".join(f"{cell(tallies[c][name]):>10}" for c in columns))


def print_examples(examples: list[Example], limit: int) -> None:
    titles = {"wrong link": "wrong links",
              "removed paragraph": "counterpart-less sentences linked anyway (paragraph removed from the original)",
              "other story": "counterpart-less sentences linked anyway (other story)",
              "missed": "sentences with a counterpart not linked to it",
              "flag on a clean segment": "major or critical flags on segments the experts found clean"}
    for kind, title in titles.items():
        chosen = [e for e in examples if e.kind == kind][:limit]
        total = sum(1 for e in examples if e.kind == kind)
        print(f"\n{title}: {len(chosen)} of {total}")
        for e in chosen:
            print(f"  reprint : {e.reprint}")
            similarity = f"  (similarity {e.similarity:.3f})" if e.similarity == e.similarity else ""
            print(f"  linked  : {e.linked}{similarity}")
            if e.expected:
                print(f"  expected: {e.expected}")
            print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--all-systems", action="store_true", help="one article per document and system")
    parser.add_argument("--links-only", action="store_true",
                        help="no language model, grammar checker or repairs: enough for the link metrics")
    parser.add_argument("--limit", type=int, default=None, help="audit only the first N articles")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="print up to N examples of each error: wrong links, counterpart-less sentences "
                             "linked anyway, counterparts missed")
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="write the articles and manifest into DIR (must not exist) instead of a temporary folder")
    args = parser.parse_args()

    config = AuditConfig()
    if args.links_only:
        config = config.replace(models=dataclasses.replace(config.models, lm="none", grammar="none", lm_repairs=False))
    models = cached_models(config)
    docs = load_docs(args.data)
    jobs = plan(docs, args.all_systems)[: args.limit]
    articles = build_articles(jobs, docs, models.embedder.encode)

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        if args.keep:
            folder.mkdir(parents=True)
        manifest = write_articles(articles, folder)
        rows = read_manifest(manifest)
        start = time.perf_counter()
        report = audit_manifest(rows, config, models)
        seconds = time.perf_counter() - start
        tallies, reprint_trace, original_trace, examples, mismatch = score(articles, report, config)
    if models.cache is not None:
        models.cache.close()

    used = {a.system for a in articles}
    systems = [s for s in dict.fromkeys(s for doc in docs for s in doc.systems) if s in used]
    removed = sum(len(a.doc.removed) for a in articles)
    other_sentences = tallies["all"]["linked_other"].n
    print(f"{len(articles)} articles ({'every system' if args.all_systems else 'one system each, in turn'}"
          f"{'; links only' if args.links_only else ''}): {reprint_trace.sentences} reprint and "
          f"{original_trace.sentences} original sentences; {removed} paragraphs removed from the originals, "
          f"{len(articles) * INSERTED} inserted from another story ({other_sentences} sentences)")
    print(f"audit: {seconds:.1f} s ({len(articles) / max(seconds, 1e-9) * 60:.1f} articles/minute; model outputs "
          f"already in benchmarks/.cache are read from it)")
    other_story = sum(1 for doc in report.documents if any("another story" in note for note in doc.notes))
    print(f"reprints the report calls another story: {other_story} of {len(report.documents)} "
          "(each is a reprint of its original)")
    for side, trace in (("reprint", reprint_trace), ("original", original_trace)):
        print(f"{side}: {trace.unmapped} of {trace.sentences} sentences not traced to a segment; "
              f"{trace.straddling} take words from two segments (traced to the larger part); "
              f"{trace.paragraphs_set_aside} paragraphs set aside as boilerplate; "
              f"{trace.documents_by_text} documents read into other paragraphs than written (mapped by text)")
    if mismatch:
        print(f"warning: {mismatch} linked original sentences differ from the original read again")
    print_tables(tallies, systems)
    print("\nlinks count reprint sentences whose segment is still in the original; 'no counterpart' ones come "
          "from a paragraph removed from the original or from the other story (their links count as wrong in "
          "the precision). Flags are per segment (any of its sentences); 'clean' = no expert error. The last "
          "row counts flags over counterpart-less sentences.")
    if args.show_errors:
        print_examples(examples, args.show_errors)


if __name__ == "__main__":
    main()
