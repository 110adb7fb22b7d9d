"""Where a text quotes someone: the spans its quote marks enclose, in double marks or in the
single marks of British style."""

from __future__ import annotations

import re

from ..segment import BEFORE_OPENING, CLIPPED

#: Double quote marks. Single ones are read apart (:func:`_single_quoted`): ’ is also the apostrophe.
_MARKS = "\"“”„«»"
_OPENING, _CLOSING = "“„«", "”»"


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted passages of ``text``. A text whose first mark closes a quote
    starts inside one (the rest of a quote begun in an earlier sentence), and a quote still open
    at the end runs to the end."""
    spans: list[tuple[int, int]] = []
    inside, start, first = False, 0, True
    for match in re.finditer(f"[{_MARKS}]", text):
        i = match.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in "([{—–-/:") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-…" or i + 1 == len(text))
        if opens == closes:  # the mark's own shape decides, or the state
            opens = match.group() in _OPENING or (match.group() not in _CLOSING and not inside)
        if opens and not inside:
            inside, start = True, match.end()
        elif not opens:
            if inside or first:
                spans.append((start if inside else 0, i))
            inside = False
        first = False
    if inside:
        spans.append((start, len(text)))
    # a quote in single marks and one in double marks inside it ('‘He called it “a disgrace”,’ she
    # said'), or the other way round: the outer one is the quote
    single = _single_quoted(text)
    spans = [(c, d) for c, d in spans if not any(a <= c and d <= b for a, b in single)]
    spans += [(a, b) for a, b in single if not any(c < b and a < d for c, d in spans)]
    return sorted((a, b) for a, b in spans if text[a:b].strip())


def _single_quoted(text: str) -> list[tuple[int, int]]:
    """Spans quoted in single marks, as British style quotes (‘We will fight,’ she said): a ‘
    where a word starts opens one, and a ’ after a word closes it where no letter follows (not
    "don’t") and it ends no plural owner ("the workers’ pay"). A straight mark (') is either, by
    where it stands, as copy typed without curly marks has it ('We will fight,' she said). A quote
    still open at the end runs to the end, unless a straight mark opened it: that may be a name's
    apostrophe ("Dr 'Mamoeketsi Phafane said"). A ’ after the full stop that ends the text, or after
    a comma, closes a quote begun in an earlier sentence ("Exports must come first,’ Alaoui said.")."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    straight = False
    for match in re.finditer("[‘’']", text):
        i = match.start()
        before = text[i - 1] if i > 0 else " "
        rest = text[i + 1:]
        opening = before.isspace() or before in BEFORE_OPENING
        if match.group() == "‘" or (match.group() == "'" and opening and (start is None or straight)):
            # (a straight mark where a quote opens, while one a straight mark opened is still open,
            # opens it again: the first was a name's apostrophe, "Dr 'Mamoeketsi Phafane said 'We
            # are ready'"; and a short form opens none, "keep 'em going 'til the end")
            if (start is None or straight) and opening and rest[:1].strip() and not rest[:1].isdigit() \
                    and not (match.group() == "'" and CLIPPED.match(rest)):  # ("the ‘90s")
                start, straight = i + 1, match.group() == "'"
            continue
        # (the owner of a plural: "the workers’ pay", and after a straight mark "the Farmers' Union")
        owner = r"\s+[A-Za-z0-9]" if match.group() == "'" else r"\s+[a-z0-9]"
        if before.isspace() or rest[:1].isalpha() or (before == "s" and re.match(owner, rest)):
            continue
        if start is not None:
            spans.append((start, i))
            start = None
        elif not spans and (before in ".!?," and not rest.strip()
                            or before in ",!?" and rest[:1].isspace() and not re.search("[‘']", text[:i])):
            spans.append((0, i))  # (or after the comma that ends it: "must come first,' Alaoui said.")
    if start is not None and not straight:
        spans.append((start, len(text)))
    return spans
