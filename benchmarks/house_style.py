"""Faithful reprints in another house style, and reprints with one error put in: what mtaudit flags.

A syndicated story comes back restyled: straight quotes for curly ones, "US" for "U.S.", "5%"
for "5 percent", British spelling, "doesn't" for "does not", the attribution turned round. None
of that changes what the story says, and none of it should fail a story. The same stories with
one error put into a sentence (a negation added or removed, a figure or a place changed, a word
changed inside a quote, words shuffled, a figure made vague ("thousands of", "several", "many")
or left out, a change told by a degree ("rose sharply"), a day or month changed, what may happen
made certain, what must happen made something that may) are what the checks are for.

Each document of the MQM dev file's English references (data/mqm_zhen_dev.jsonl; its licence in
data/README.md) is its own original, in the paragraphs of benchmarks/articles.py. Three reprints
are made of it, deterministically:
  - restyled: every sentence that one of the house-style edits below applies to gets one of
    them (chosen at random among those that apply), the rest stay as written;
  - with errors: one sentence in three that an error applies to gets one (chosen the same way);
  - reworded: up to two adjectives or adverbs a sentence swapped for a thesaurus synonym of
    their commonest sense, as spinning software does (many read wrong: no false-alarm count).
All are audited against the original through a --pairs manifest, as `mtaudit audit` does.
With --stacked, each restyled sentence gets every house-style edit that applies to it.

Reported: for each house-style edit, the sentences it changed and how many of them got a
major/critical flag (false alarms: none is right) or any flag; for each error, how many of its
sentences got a major/critical flag of the expected kind, and any major/critical flag.

    python benchmarks/house_style.py [--limit N] [--show N] [--stacked] [--dump PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from articles import DATA, _rng, load_docs  # noqa: E402

from mtaudit.config import AuditConfig  # noqa: E402
from mtaudit.pipeline import audit_manifest, read_manifest  # noqa: E402

from _models import cached_models  # noqa: E402

SERIOUS = ("major", "critical")
Edit = Callable[[str], "str | None"]


def _sub(pattern: str, replacement: str | Callable[[re.Match[str]], str], flags: int = 0) -> Edit:
    """An edit that rewrites every match of ``pattern``; None where nothing matches."""
    compiled = re.compile(pattern, flags)

    def edit(sentence: str) -> str | None:
        out = compiled.sub(replacement, sentence)
        return out if out != sentence else None
    return edit


_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_BRITISH = {"organize": "organise", "organized": "organised", "organization": "organisation",
            "organizations": "organisations", "recognize": "recognise", "recognized": "recognised",
            "color": "colour", "center": "centre", "centers": "centres", "defense": "defence",
            "labor": "labour", "favorite": "favourite", "behavior": "behaviour", "program": "programme",
            "programs": "programmes", "analyze": "analyse", "criticized": "criticised", "realize": "realise",
            "apologized": "apologised", "neighbor": "neighbour", "neighbors": "neighbours",
            "neighboring": "neighbouring", "honor": "honour", "traveled": "travelled", "modeling": "modelling"}
_CONTRACT = {"does not": "doesn't", "do not": "don't", "did not": "didn't", "is not": "isn't",
             "are not": "aren't", "was not": "wasn't", "were not": "weren't", "has not": "hasn't",
             "have not": "haven't", "will not": "won't", "cannot": "can't", "would not": "wouldn't",
             "could not": "couldn't", "should not": "shouldn't"}
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")


def _quotes(sentence: str) -> str | None:
    if any(c in sentence for c in "“”‘’"):
        out = sentence.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    elif '"' in sentence:
        parts = sentence.split('"')
        out = "".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1])) + parts[-1]
    else:
        return None
    return out if out != sentence else None


def _attribution(sentence: str) -> str | None:
    """', said Smith.' <-> ', Smith said.' (a name of one or two capitalised words), and 'Smith said
    (that) X.' -> 'X, Smith said.'"""
    m = re.search(r", said ((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+)([.,])", sentence)
    if m:
        return sentence[:m.start()] + f", {m.group(1)} said{m.group(2)}" + sentence[m.end():]
    m = re.search(r", ((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+) said([.,])", sentence)
    if m:
        return sentence[:m.start()] + f", said {m.group(1)}{m.group(2)}" + sentence[m.end():]
    m = re.fullmatch(r"((?:[A-Z][\w'.-]+ ){0,3}[A-Z][\w'.-]+|He|She|They) said (?:that )?([^\s\"“”][^\"“”]+?)\.",
                     sentence)
    if m:
        who = m.group(1).lower() if m.group(1) in ("He", "She", "They") else m.group(1)
        return f"{m.group(2)[0].upper()}{m.group(2)[1:]}, {who} said."
    return None


def _words_map(mapping: dict[str, str]) -> Edit:
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)

    def edit(sentence: str) -> str | None:
        def one(m: re.Match[str]) -> str:
            new = mapping[m.group(1).lower()]
            return new[0].upper() + new[1:] if m.group(1)[0].isupper() else new
        out = pattern.sub(one, sentence)
        return out if out != sentence else None
    return edit


_SHORT_TITLES = {"Senator": "Sen.", "Governor": "Gov.", "Representative": "Rep.", "Professor": "Prof.",
                 "Lieutenant": "Lt.", "Colonel": "Col.", "Captain": "Capt."}
_SHORT_MONTHS = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
                 "November": "Nov.", "December": "Dec."}


HOUSE_STYLE: dict[str, Edit] = {
    "quote marks": _quotes,
    "U.S. / US": _sub(r"\bU\.(S|K|N)\.(?=[\s,;:)’”]| ?$)", lambda m: f"U{m.group(1)}" + (
        "." if m.end() >= len(m.string.rstrip()) else "")),  # "... in the U.S." keeps its full stop
    "percent / %": _sub(r"(\d) ?(?:percent|per cent)\b", r"\1%"),
    "thousands separator": _sub(r"\b(\d{1,3}),(\d{3})\b(?!,\d)", r"\1\2"),
    "small numbers in figures": _sub(r"\b(two|three|four|five|six|seven|eight|nine)\b(?= [a-z]+s\b)",
                                     lambda m: str(_SMALL.index(m.group(1).lower()))),
    "million / m": _sub(r"([$£€]\d+(?:\.\d+)?) (million|billion)\b",
                        lambda m: m.group(1) + ("m" if m.group(2) == "million" else "bn")),
    "Mr. / Mr": _sub(r"\b(Mr|Mrs|Ms|Dr)\.(?= [A-Z])", r"\1"),
    "month day / day month": _sub(rf"\b({_MONTHS}) (\d{{1,2}})\b(?!,? \d)", r"\2 \1"),
    "British spelling": _words_map(_BRITISH),
    "contractions": _words_map(_CONTRACT),
    "dashes": _sub(r" ?— ?", " - "),
    "attribution order": _attribution,
    "times": _sub(r"\b(\d{1,2}(?::\d\d)?) ?([ap])\.m\.", r"\1\2m"),
    "on Monday / Monday": _sub(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", r"\1"),
    "more than / over": _sub(r"\bmore than (?=\d)", "over "),
    "about / around": _sub(r"\babout (?=\d)", "around "),
    "United States / US": _sub(r"\bthe United States\b", "the US"),
    "titles cut short": _sub(r"\b(Senator|Governor|Representative|Professor|Lieutenant|Colonel|Captain)(?= [A-Z][a-z])",
                             lambda m: _SHORT_TITLES[m.group(1)]),
    "months cut short": _sub(r"\b(January|February|August|September|October|November|December) (?=\d)",
                             lambda m: _SHORT_MONTHS[m.group(1)] + " "),
    "streets cut short": _sub(r"(?<=[A-Z][a-z]) (Street|Avenue|Road)\b",
                              lambda m: " " + {"Street": "St.", "Avenue": "Ave.", "Road": "Rd."}[m.group(1)]),
}


def _negate(sentence: str) -> str | None:
    m = re.search(r"\b(is|are|was|were|will|would|could|should|has|have|had|can) not\b", sentence)
    if m:
        return sentence[:m.end(1)] + sentence[m.end():]
    m = re.search(r"\b(\w+)n't\b", sentence)
    if m and m.group(1).lower() not in ("wo", "ca", "sha"):
        return sentence[:m.start()] + m.group(1) + sentence[m.end():]
    m = re.search(r"(?<=[a-z] )(is|are|was|were|will|would|could|should|can) (?=[a-z])", sentence)
    if m:
        return sentence[:m.end(1)] + " not" + sentence[m.end(1):]
    return None


def _figure(sentence: str) -> str | None:
    m = re.search(r"\b(?<![\d.,])(\d{2,}|[2-9])(?![\d.,]\d)", sentence)
    if m is None:
        return None
    value = int(m.group(1))
    if 1900 <= value <= 2100:  # a year: a year earlier
        new = value - 1
    else:
        new = value * 3 if value < 10 else value + max(1, value // 4)
    return sentence[:m.start()] + str(new) + sentence[m.end():]


def _quote_word(sentence: str) -> str | None:
    """One word of five letters or more inside a quotation swapped for a thesaurus synonym of
    its most frequent sense (the quote's wording changed, not its sense)."""
    from mtaudit.thesaurus import synonyms

    for m in re.finditer(r"[“\"]([^”\"]{12,})[”\"]", sentence):
        for w in re.finditer(r"\b[a-z]{5,}\b", m.group(1)):
            for pos in ("NOUN", "ADJ", "VERB", "ADV"):
                same = [word for word, rank in synonyms(w.group(), pos) if rank == 0]
                if same:
                    at = m.start(1) + w.start()
                    return sentence[:at] + same[0] + sentence[at + len(w.group()):]
    return None


def _name(sentence: str) -> str | None:
    """A name swapped for another country or city (a changed fact, not a changed spelling)."""
    places = ["China", "Japan", "Russia", "India", "France", "Germany", "Australia", "Canada", "Britain",
              "Beijing", "Tokyo", "London", "Paris", "Shanghai", "Washington", "Moscow", "Sydney"]
    for i, place in enumerate(places):
        m = re.search(rf"\b{place}\b", sentence)
        if m:
            other = places[(i + 3) % len(places)]
            if other not in sentence:
                return sentence[:m.start()] + other + sentence[m.end():]
    return None


def _shuffle(sentence: str) -> str | None:
    words = sentence.split()
    if len(words) < 12:
        return None
    rng = _rng(sentence)
    at = rng.randint(2, len(words) - 8)
    span = words[at:at + 5]
    order = [4, 2, 0, 3, 1]
    return " ".join(words[:at] + [span[k] for k in order] + words[at + 5:])


def _vague(sentence: str) -> str | None:
    """A figure of a hundred or more with what it counts made vague: "1,800 participants" ->
    "thousands of participants"."""
    m = re.search(r"\b(?:about |around |nearly |more than |over )?(\d{1,3}(?:,\d{3})+|\d{3,})(?= [a-z]+s\b)", sentence)
    if m is None or 1900 <= int(m.group(1).replace(",", "")) <= 2100:
        return None
    value = int(m.group(1).replace(",", ""))
    word = "hundreds" if value < 1000 else "thousands" if value < 1_000_000 else "millions"
    return sentence[:m.start()] + f"{word} of" + sentence[m.end():]


#: Words spun copy counts with where the original gives a figure.
_SOME_WORDS = ("several", "many", "a large number of", "numerous")


def _vague_words(sentence: str) -> str | None:
    """A figure of two or more with what it counts told without any figure: "3 people" ->
    "several people", "1,800 participants" -> "many participants" (the words chosen at random)."""
    m = re.search(r"\b(?:about |around |nearly |more than |over )?(\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|"
                  r"seven|eight|nine|ten)(?= [a-z]+s\b)", sentence)
    if m is None or (m.group(1)[0].isdigit() and 1900 <= int(m.group(1).replace(",", "")) <= 2100):
        return None
    words = _SOME_WORDS[_rng(sentence).randrange(len(_SOME_WORDS))]
    return sentence[:m.start()] + words + sentence[m.end():]


def _left_out(sentence: str) -> str | None:
    """A figure of two or more left out between a verb or preposition and what it counts:
    "cut 1,200 jobs" -> "cut jobs" (not after "the", "its" and the like)."""
    m = re.search(r"\b(?!(?:the|its|their|his|her|our|these|those|all|both|and|or|of|than|over|about|some)\b)"
                  r"([a-z]{2,}) (\d{1,3}(?:,\d{3})+|\d+) (?=[a-z]+s\b)", sentence)
    if m is None or (1900 <= int(m.group(2).replace(",", "")) <= 2100) or int(m.group(2).replace(",", "")) < 2:
        return None
    return sentence[:m.start()] + m.group(1) + " " + sentence[m.end():]


def _degree(sentence: str) -> str | None:
    """A change told by a degree, not its figure: "rose 5.2%" -> "rose sharply"."""
    return _sub(r"\b(rose|fell|increased|decreased|grew|dropped|jumped|declined|climbed|gained|surged|slid)"
                r"(?: by)? \d+(?:\.\d+)? ?(?:%|percent|per cent|percentage points?)", r"\1 sharply")(sentence)


def _day(sentence: str) -> str | None:
    """A weekday or month swapped for the next one."""
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    months = _MONTHS.split("|")
    for names in (days, months):
        m = re.search(r"\b(" + "|".join(names) + r")\b", sentence)
        if m:
            other = names[(names.index(m.group(1)) + 1) % len(names)]
            return sentence[:m.start()] + other + sentence[m.end():]
    return None


def _certain(sentence: str) -> str | None:
    """What may happen made certain: "may" / "might" / "could" -> "will"."""
    return _sub(r"\b(may|might|could)(?= [a-z])", "will")(sentence)


def _reworded(sentence: str) -> str | None:
    """Up to two adjectives or adverbs swapped for a thesaurus synonym of their commonest sense,
    as spinning software does ("important" -> "significant"); not the first word, nor a word
    after a capital."""
    from mtaudit.frequency import english_zipf
    from mtaudit.thesaurus import synonyms

    out, done = sentence, 0
    for m in reversed(list(re.finditer(r"(?<=[a-z,] )([a-z]{4,})\b", sentence))):
        word = m.group(1)
        same = [w for pos in ("ADJ", "ADV") for w, rank in synonyms(word, pos) if rank == 0
                and english_zipf(w) >= 3.5 and w != word]
        if same and done < 2:
            out = out[:m.start()] + same[0] + out[m.end():]
            done += 1
    return out if done else None


_OTHER_UNIT = {"percent": "percentage points", "yuan": "dollars", "dollars": "euros", "kilometers": "miles",
               "meters": "feet", "tons": "kilograms", "hours": "minutes", "days": "weeks", "months": "years",
               "years": "months", "hectares": "acres"}


def _may(sentence: str) -> str | None:
    """What must happen made something that may: "must" -> "may" (not "must not")."""
    return _sub(r"\bmust(?= (?!not\b)[a-z])", "may")(sentence)


def _unit(sentence: str) -> str | None:
    """A figure's unit swapped for another of the same measure: "5 percent" -> "5 percentage
    points", "10 kilometers" -> "10 miles", "3 days" -> "3 weeks" (not a year's "years")."""
    m = re.search(r"(?<=\d )(" + "|".join(_OTHER_UNIT) + r")\b", sentence)
    if m is None:
        return None
    return sentence[:m.start()] + _OTHER_UNIT[m.group(1)] + sentence[m.end():]


#: Error, the flag kind that names it.
ERRORS: dict[str, tuple[Edit, str]] = {
    "negation added or removed": (_negate, "inverted"),
    "figure changed": (_figure, "fact"),
    "place changed": (_name, "fact"),
    "word changed in a quote": (_quote_word, "quote"),
    "words shuffled": (_shuffle, "garbled"),
    "figure made vague": (_vague, "fact"),
    "figure told in words": (_vague_words, "fact"),
    "change told by degree": (_degree, "fact"),
    "figure left out": (_left_out, "fact"),
    "day or month changed": (_day, "fact"),
    "may made will": (_certain, "fact"),
    "must made may": (_may, "fact"),
    "unit changed": (_unit, "fact"),
}


def restyle(sentences: list[str], key: str, edits: dict[str, Edit], every: int = 1,
            stacked: bool = False) -> list[tuple[str, str | None]]:
    """Each sentence with the edit made to it (or None): every ``every``-th sentence an edit
    applies to gets one, chosen at random among those that apply; ``stacked``: every edit that
    applies, in turn (named together: "quote marks+thousands separator")."""
    rng = _rng(key)
    out: list[tuple[str, str | None]] = []
    eligible = 0
    for sentence in sentences:
        if stacked:
            names = []
            for name, edit in edits.items():
                if (new := edit(sentence)) is not None:
                    sentence, names = new, [*names, name]
            out.append((sentence, "+".join(names) or None))
            continue
        options = [(name, new) for name, edit in edits.items() if (new := edit(sentence)) is not None]
        if options:
            eligible += 1
        if options and eligible % every == 0:
            name, new = options[rng.randrange(len(options))]
            out.append((new, name))
        else:
            out.append((sentence, None))
    return out


def _example(sentence, flag, edit: str | None = None) -> str:  # type: ignore[no-untyped-def]
    original = sentence.aligned[0].text if sentence.aligned else "(no counterpart)"
    found = f"{flag.severity} {flag.kind}: {flag.message}" if flag is not None else "no major/critical flag"
    return (f"  {'[' + edit + '] ' if edit else ''}{sentence.sentence.text}\n    original: {original}\n"
            f"    -> {found}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--show", type=int, default=3, help="examples of each false alarm and each miss to print")
    parser.add_argument("--dump", type=Path, default=None, metavar="PATH",
                        help="write every edited sentence, its original and its flags to PATH (JSON lines)")
    parser.add_argument("--stacked", action="store_true",
                        help="restyle each sentence with every house-style edit that applies, not one")
    args = parser.parse_args()

    config = AuditConfig()
    models = cached_models(config)
    docs = load_docs(DATA)[: args.limit]
    edits = {name: edit for name, (edit, _) in ERRORS.items()}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = ["reprint,original"]
        made: dict[str, list[tuple[str, str | None]]] = {}
        written: dict[str, str] = {}  # each reprint's original, as written
        for n, doc in enumerate(docs):
            paragraphs = [[doc.reference[i] for i in block] for block in doc.blocks]
            (folder / f"o{n:03d}.txt").write_text("\n\n".join(" ".join(p) for p in paragraphs) + "\n",
                                                  encoding="utf-8")
            for variant, chosen, every in (("style", HOUSE_STYLE, 1), ("error", edits, 3),
                                           ("spun", {"reworded": _reworded}, 1)):
                flat = restyle([s for p in paragraphs for s in p], f"{variant}:{doc.doc_id}", chosen, every,
                               stacked=args.stacked and variant == "style")
                done, at = [], 0
                for p in paragraphs:
                    done.append(flat[at:at + len(p)])
                    at += len(p)
                name = f"{variant}{n:03d}.txt"
                (folder / name).write_text("\n\n".join(" ".join(s for s, _ in p) for p in done) + "\n",
                                           encoding="utf-8")
                made[name] = [item for p in done for item in p]
                written[name] = " ".join(" ".join(p) for p in paragraphs)
                rows.append(f"{name},o{n:03d}.txt")
        (folder / "pairs.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        report = audit_manifest(read_manifest(folder / "pairs.csv"), config, models)
    if models.cache is not None:
        models.cache.close()

    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # sentences, expected/serious, any
    examples: dict[str, list[str]] = defaultdict(list)
    unchanged = [0, 0]
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for doc in report.documents:
        name = Path(doc.document.path).name
        for sentence in doc.sentences:
            # the segment the sentence was read from (a segment may hold two sentences)
            # (or spans two, where a segment lacks its full stop)
            here = sentence.sentence.text
            edits = [e for text, e in made[name] if here in text or text in here]
            # (a sentence the original has as written is not the one of its segment that was edited)
            edit = next((e for e in edits if e is not None), None) if here not in written[name] else None
            serious = [f for f in sentence.flags if f.severity in SERIOUS]
            if dump is not None and edit is not None:
                dump.write(json.dumps({"reprint": name, "edit": edit, "sentence": here,
                                       "original": sentence.aligned[0].text if sentence.aligned else None,
                                       "flags": [{"kind": f.kind, "severity": f.severity, "check": f.check,
                                                  "message": f.message} for f in sentence.flags]}) + "\n")
            if edit is None:
                unchanged[0] += 1
                unchanged[1] += bool(serious)
                if serious:
                    examples["left as written, flagged"].append(_example(sentence, serious[0]))
                continue
            variant = name.removesuffix(".txt").rstrip("0123456789")  # "style", "error" or "spun"
            row = tally[f"{variant}:{edit}"]
            row[0] += 1
            if name.startswith(("style", "spun")):
                row[1] += bool(serious)
                if serious:
                    what = "restyled" if name.startswith("style") else "reworded"
                    examples[f"{what}, flagged"].append(_example(sentence, serious[0], edit))
            else:
                expected = ERRORS[edit][1] if edit in ERRORS else None
                row[1] += any(f.kind == expected for f in serious)
                if not any(f.kind == expected for f in serious):
                    examples[f"{edit}: missed"].append(_example(sentence, serious[0] if serious else None))
            row[2] += bool(serious) if name.startswith("error") else bool(sentence.flags)

    if dump is not None:
        dump.close()
    print(f"{len(docs)} documents, each restyled and given errors; {unchanged[0]} sentences left as written "
          f"({unchanged[1]} with a major/critical flag)\n")
    print(f"{'house-style edit':<28} {'n':>4} {'major/crit.':>12} {'any flag':>9}")
    for name in HOUSE_STYLE:
        if args.stacked:  # each edit's row counts the sentences it had a part in
            rows = [v for key, v in tally.items() if key.startswith("style:") and name in key[6:].split("+")]
            n, serious, any_flag = (sum(v[k] for v in rows) for k in range(3))
        else:
            n, serious, any_flag = tally.get(f"style:{name}", [0, 0, 0])
        print(f"{name:<28} {n:>4} {serious:>12} {any_flag:>9}")
    total = [sum(v[k] for key, v in tally.items() if key.startswith("style")) for k in range(3)]
    print(f"{'all (false alarms)':<28} {total[0]:>4} {total[1]:>12} {total[2]:>9}")
    n, serious, any_flag = tally.get("spun:reworded", [0, 0, 0])
    print(f"{'reworded (spun)':<28} {n:>4} {serious:>12} {any_flag:>9}")
    print(f"\n{'error':<28} {'n':>4} {'expected kind':>14} {'major/crit.':>12}")
    for name, (_, kind) in ERRORS.items():
        n, hit, serious = tally.get(f"error:{name}", [0, 0, 0])
        print(f"{name:<28} {n:>4} {hit:>8} ({kind}) {serious:>8}")
    for what, found in examples.items():
        if args.show:
            print(f"\n{what} ({len(found)}):")
            print("\n".join(found[:args.show]))


if __name__ == "__main__":
    main()
