"""Split documents into sentences with pySBD (rule-based, handles abbreviations, quotations
and ellipses), keeping each sentence's paragraph and character offsets.

Fragments that machine translation leaves behind, such as a lone full stop or closing
quote after a sentence, are joined back onto the sentence before them, so that the
garble checks see them where the reader does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from .types import Document, SegmentedDocument, Sentence

#: Longest stretch handed to the rule-based segmenter at once; longer runs without
#: sentence punctuation are cut at whitespace so that time stays bounded.
MAX_CHUNK = 2000

_FRAGMENT = re.compile(r"^[\s\W_]*$")
#: A closing quote mark that opens a piece the splitter cut, and the space after it.
_MARK_CARRIED = re.compile(r"[’”]\s+(?=\S)")
#: Where a sentence ends in a closing single quote mark and the next begins ("... countryside.’
#: The group said"), which the segmenter reads as an apostrophe and runs on (not after an
#: abbreviation's full stop: "the U.S.’ Pacific ally").
_SINGLE_QUOTE_END = re.compile(r"(?<=[a-z0-9)][.!?]’)\s+(?=[A-Z‘“\"])")


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Cut very long text at whitespace into pieces of at most MAX_CHUNK characters."""
    start = 0
    while len(text) - start > MAX_CHUNK:
        cut = text.rfind(" ", start, start + MAX_CHUNK)
        boundary = max(text.rfind(". ", start, start + MAX_CHUNK), text.rfind("? ", start, start + MAX_CHUNK),
                       text.rfind("! ", start, start + MAX_CHUNK))
        if boundary > start + MAX_CHUNK // 4:
            cut = boundary + 1
        if cut <= start:
            cut = start + MAX_CHUNK
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text; spans exclude surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for offset, chunk in _chunks(text):
        cursor = 0
        pieces = _segmenter().segment(chunk) if chunk.strip() else []
        for piece in (part for whole in pieces for part in _SINGLE_QUOTE_END.split(whole)):
            stripped = piece.strip()
            if not stripped:
                continue
            found = chunk.find(stripped, cursor)
            if found < 0:  # pySBD changed the text; fall back to the cursor position
                found = cursor
            start, end = offset + found, offset + found + len(stripped)
            cursor = found + len(stripped)
            if spans and _FRAGMENT.match(stripped):
                spans[-1] = (spans[-1][0], end)
            elif spans and (mark := _MARK_CARRIED.match(stripped)) and not text[spans[-1][1]:start].strip():
                # the closing mark of the sentence before, put on this one ("‘We cannot guarantee it.’
                # He left." read as "‘We cannot guarantee it." and "’ He left.")
                spans[-1] = (spans[-1][0], start + 1)
                spans.append((start + mark.end(), end))
            else:
                spans.append((start, end))
    return _cover(text, _single_quotes_joined(text, _titles_joined(text, [(s, e) for s, e in spans
                                                                          if text[s:e].strip()])))


#: Titles before a person's name that house styles shorten with a full stop, which the splitter
#: takes for a sentence's end ("said its convenor, Atty. Lorna Dimaculangan", "Engr. Juan Cruz").
_TITLE_BEFORE_NAME = re.compile(r"(?:^|[\s,(])(?:Atty|Engr|Hon|Supt|Insp|Det|Sgt|Capt|Cpl|Pvt|Lt|Col|Gen|Adm"
                                r"|Cmdr|Rev|Prof|Sen|Rep|Gov|Amb|Fr|Msgr|Brig|Maj|Cdr)\.$")


#: Words that open a sentence and begin no name ("... as Gen. He left.").
_SENTENCE_OPENERS = frozenset({"he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "these",
                               "those", "his", "her", "their", "its", "in", "on", "at", "but", "and", "if", "when",
                               "there", "meanwhile", "however"})


#: Short forms that a currency or a count writes with a full stop before its figure ("a restoration
#: costing Afl. 7.2 million", "Rs. 40 crore", "Sh. 500", "No. 3"), not a sentence's last word ("in Rome.").
_SHORT_BEFORE_FIGURE = re.compile(r"(?:^|[\s(])(?:Afl|Rs|Sh|Ksh|Kshs|Tk|Rp|Dh|Dhs|Nu|Bds|Br|Kr|Fr|Frs|Rs|Le|"
                                  r"No|Nos|Vol|Art|Sec|Fig|Ch|Ref|Cl)\.$")


def _titles_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a sentence that ends in a title's abbreviation joined to the next when that
    begins with a capital letter (the name), and one that ends in a short form's full stop
    joined to the next when that begins with a figure (the short form's)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        following = re.match(r"[\w'’-]+", text[start:end])
        last = text[out[-1][0]:out[-1][1]] if out else ""
        if out and "\n" not in text[out[-1][1]:start] and (
                (_TITLE_BEFORE_NAME.search(last) and text[start:start + 1].isupper()
                 and (following is None or following.group().lower() not in _SENTENCE_OPENERS))
                or (_SHORT_BEFORE_FIGURE.search(last) and text[start:start + 1].isdigit())):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


#: What may stand right before a mark that opens a quote (besides a space), and words written
#: short with an apostrophe before them, which opens no quote ("'em", "'til"): read here and by
#: the quote check (:mod:`.checks.quoting`).
BEFORE_OPENING = "([{—–-/:\"“"
CLIPPED = re.compile(r"(?:em|til|cause|n|tis|twas|bout|round)\b", re.IGNORECASE)
#: A single quote mark that opens a quote: where a word starts, not before a short form or a
#: decade ("the ‘90s") ...
_SINGLE_OPENS = re.compile(r"(?:(?<=^)|(?<=\s)|(?<=[" + re.escape(BEFORE_OPENING) + r"]))[‘'](?!" + CLIPPED.pattern
                           + r")(?=[^\W\d_])", re.IGNORECASE)
#: ... and one that closes it: after a word or its punctuation, no letter after (not "don't"), and
#: no plural's owner ("the workers’ pay", "the Farmers' Union").
_SINGLE_CLOSES = re.compile(r"(?<=\S)(?!(?<=s)[’']\s+[A-Za-z0-9])[’'](?![^\W\d_])")
#: How many sentences one quote in single marks may run over.
_QUOTE_SENTENCES = 6


def _single_quotes_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with the sentences of one quote in single marks joined, as the segmenter keeps a quote
    in double marks whole ("'We cannot guarantee the volumes. Drinking water must come first,'
    Alaoui said." is one sentence, as it is in double marks): a quote that opens in one sentence
    and closes in a later one of the same paragraph, a few sentences on at most, before any other
    quote opens there."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        kind = _open_single_quote(text[start:end])
        j = i
        if kind is not None:
            for k in range(i + 1, min(len(spans), i + _QUOTE_SENTENCES)):
                if "\n" in text[spans[k - 1][1]:spans[k][0]]:
                    break
                event = _first_single_mark(text[spans[k][0]:spans[k][1]], kind)
                if event == "closes":
                    j = k
                if event is not None:
                    break
        out.append((start, spans[j][1]))
        i = j + 1
    return out


def _closes_single(text: str, at: int, kind: str) -> bool:
    """Whether the mark at ``at`` closes a quote its ``kind`` of mark opened: ’ one that ‘ opened
    (not after a short form's full stop, "the U.S.’ ally"), ' one that ' opened, after the quote's
    own punctuation ("come first,'": a straight mark after a word may be a plural's owner)."""
    if (text[at] == "'") != (kind == "'") or not _SINGLE_CLOSES.match(text, at):
        return False
    if kind == "'":
        return text[at - 1:at] in ",.!?"
    return re.search(r"\b[A-Z]\.$", text[:at]) is None


def _first_single_mark(sentence: str, kind: str) -> str | None:
    """"closes" where the first single mark of ``sentence`` that opens or closes a quote closes
    one ``kind`` opened, "opens" where it opens another, None where it has neither."""
    for match in re.finditer(r"[‘’']", sentence):
        if _closes_single(sentence, match.start(), kind):
            return "closes"
        if _SINGLE_OPENS.match(sentence, match.start()):
            return "opens"
    return None


def _open_single_quote(sentence: str) -> str | None:
    """The mark of a quote in single marks that opens in ``sentence`` and is still open at its
    end (‘ or '), or None."""
    kind = None
    for match in re.finditer(r"[‘’']", sentence):
        if kind is None and _SINGLE_OPENS.match(sentence, match.start()):
            kind = match.group()
        elif kind is not None and _closes_single(sentence, match.start(), kind):
            kind = None
    return kind


def _cover(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that leave no visible character out: the splitter sometimes drops text ("ended.?!"
    loses "?!"). A left-out run of punctuation joins the sentence before it; left-out words
    become a sentence of their own."""
    out: list[tuple[int, int]] = []
    cursor = 0
    for start, end in [*spans, (len(text), len(text))]:
        gap = text[cursor:start]
        if gap.strip():
            g_start = cursor + len(gap) - len(gap.lstrip())
            g_end = cursor + len(gap.rstrip())
            if out and _FRAGMENT.match(gap):
                out[-1] = (out[-1][0], g_end)
            else:
                out.append((g_start, g_end))
        if end > start:
            out.append((start, end))
        cursor = max(cursor, end)
    return out


def segment(document: Document, notices: bool = False) -> SegmentedDocument:
    """Sentences of every paragraph that is not boilerplate, in reading order; with
    ``notices``, the sentences of notices too (marked as such)."""
    sentences: list[Sentence] = []
    for paragraph in document.paragraphs:
        if paragraph.boilerplate or (paragraph.notice and not notices):
            continue
        for start, end in split_spans(paragraph.text):
            sentences.append(Sentence(index=len(sentences), paragraph=paragraph.index, start=start, end=end,
                                      text=paragraph.text[start:end], notice=paragraph.notice))
    return SegmentedDocument(document=document, sentences=tuple(sentences))


def is_headline(sentence: str) -> bool:
    """A line with no closing punctuation: a headline or a caption."""
    return not re.search(r"[.!?…][\"'”’)]*$", sentence.strip())


#: The most words a headline has: a longer line with no closing punctuation is a sentence that
#: lost its full stop.
HEADLINE_WORDS = 16


def is_caption(sentence: str) -> bool:
    """A photo caption, as its label says ("PHOTO: Players celebrate with the trophy.")."""
    return re.match(r"\s*(?:PHOTO|Photo|PICTURE|Picture|Pictured|IMAGE|Image|CAPTION|Caption)\s*:",
                    sentence) is not None


def in_headline_style(sentence: str) -> bool:
    """A headline, a caption or a byline as the language model should not judge it: a line with no
    closing punctuation of at most ``HEADLINE_WORDS`` words, not a lead-in to what follows (":",
    ";"), or a photo caption (:func:`is_caption`). Its terse wording ("shares slump 11%", "Smoke
    in cabin forces jet back") is no English sentence to a small model."""
    return is_caption(sentence) or (is_headline(sentence) and len(sentence.split()) <= HEADLINE_WORDS
                                     and not re.search(r"[:;][\"'”’)]*$", sentence.strip()))


#: A headline this short is a label: a section name, a kicker, a dateline or a byline.
LABEL_WORDS = 3


def is_label(sentence: str) -> bool:
    """A line too short to say anything a reprint must carry ("Speed Reads", "By Jane Doe")."""
    return is_headline(sentence) and len(sentence.split()) <= LABEL_WORDS


@lru_cache(maxsize=16)
def _story_sentences(context: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(paragraph[a:b] for paragraph in context for a, b in split_spans(paragraph))


def passage_of(original: str, context: Sequence[str] | None) -> str | None:
    """An original (one sentence of a story, or several in a row) with the sentence before it and
    the one after it in its story (``context``, the originals' paragraphs), or None where the
    story gives none around it or does not hold it. A reprint sentence may be made of an original
    and a neighbour ("Launceston led by nine points at half-time, but ... kicked five unanswered
    goals" and the final score after it, told as one sentence): it says more than its original
    alone, but no more than its passage."""
    found = _place_of(original, context)
    if found is None:
        return None
    sentences, i, j = found
    return " ".join(sentences[max(0, i - 1):j + 2]) if i > 0 or j + 1 < len(sentences) else None


def neighbours_of(original: str, context: Sequence[str] | None) -> tuple[str, ...]:
    """An original told with the sentence before it, and with the sentence after it, as far as its
    story (``context``) gives them: each half of its passage (:func:`passage_of`), short enough
    for a model that reads a pair in a few sentences."""
    found = _place_of(original, context)
    if found is None:
        return ()
    sentences, i, j = found
    return tuple(" ".join(part) for part in (sentences[i - 1:j + 1] if i > 0 else (),
                                            sentences[i:j + 2] if j + 1 < len(sentences) else ()) if part)


def _place_of(original: str, context: Sequence[str] | None) -> tuple[tuple[str, ...], int, int] | None:
    """The story's sentences and the first and last of those ``original`` is made of, or None."""
    if not context:
        return None
    sentences = _story_sentences(tuple(context))
    for i, sentence in enumerate(sentences):
        if not original.startswith(sentence):
            continue
        j, joined = i, sentence
        while len(joined) < len(original) and j + 1 < len(sentences):
            j += 1
            joined += " " + sentences[j]
        if joined == original:
            return sentences, i, j
    return None
