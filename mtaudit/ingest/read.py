"""Read files into documents: plain text, article records, Markdown and HTML.

Site boilerplate (ad markers, comment and newsletter prompts, related-story
lists, author contact lines, DMCA notices) is kept in the document but marked, so
that reports can list it and checks never score it. A correction notice is marked
as a notice: it is read for the facts it states (a person's title), and nothing else.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Sequence
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputError
from ..types import Document, Paragraph
from .language import non_english

#: Files larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 5_000_000

#: Where outlets ask readers to follow them.
_PLATFORM = r"(facebook|x|twitter|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|bluesky)"
#: A byline or a credit line: who wrote a story and for whom, the outlet and the agency it came
#: from ("By Teresa Adeang, Pacific Wire Service", "Aiwo Weekly Record staff, with Pacific Wire
#: Service", "Titano Daily newsdesk | Source: Adriatic News Agency", "Herald Reporter"). A reprint
#: gives its own: it is no text of the story, to compare with the original's (:func:`credit_line`).
#: Its parts: a name (capitalised words, a short form in brackets after it), a role after it or
#: alone ("court reporter", "our correspondent"), after "By", "with", "Source:" or nothing.
_CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’.&-]*)"
_CREDIT_NAME = rf"{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|of|the|de|da|du|do|van|von|le|la|al|el|bin|binti|y|&))*"
#: Roles that sign a story; the words that may stand before one in lower case ("court reporter");
#: and the words of the trade that end an outlet's or an agency's name ("Pacific Wire Service").
_SIGNING = r"staff|reporters?|correspondents?|writers?|desk|newsdesk|bureau|newsroom|editor"
_ROLE_WORDS = (r"staff|senior|chief|special|our|court|courts|crime|political|foreign|business|sports?|health|"
               r"local|wire|news|city|metro|markets?|education|science|arts|regional")
_TRADE_END = rf"(?:{_SIGNING}|wires?|services?|agency|agencies|press|news|newswire|reports|syndication|association)"
_CREDIT_ROLE = rf"(?:(?-i:{_ROLE_WORDS})\s+){{0,2}}(?-i:{_TRADE_END})"
_CREDIT_OPENER = r"(?:by|from|with|source:|via|report:|(?:additional\s+)?reporting\s+by|written\s+by)\s+"
_CREDIT_PART = re.compile(rf"(?:{_CREDIT_OPENER})?(?:(?:our|the)\s+)?(?:{_CREDIT_NAME}(?:\s+{_CREDIT_ROLE})?"
                          rf"|{_CREDIT_ROLE}(?:\s+{_CREDIT_NAME})?)(?:\s*\((?-i:[A-Z]{{2,6}})\))?", re.IGNORECASE)
_CREDIT_JOIN = re.compile(r"\s*(?:[|/·•,–—]|\s-\s|\band\b)\s*", re.IGNORECASE)
#: At most this many words in a credit line.
CREDIT_WORDS = 14


def credit_line(text: str) -> bool:
    """Whether a paragraph is a byline or a credit line (see above): no figure, no quote, no
    closing punctuation, at most ``CREDIT_WORDS`` words, all of it parts of a credit, and said so by
    an opener ("By Anna Lind", "From our Business Desk"; in three parts or more, one of them an
    outlet's or an agency's name), by a part that ends in a word of the trade ("Vava'u Tide |
    Pacific Wire Service") or opens with "with" or "Source:", or, in one part, by a signing role
    at its end ("Stabroek News Staff"); not "Minister denies reports", "By Land, Sea and Air",
    "Mugabe Dies, State News Agency Says"."""
    text = text.strip()
    if not text or len(text.split()) > CREDIT_WORDS or re.search(r"[0-9\"“”]|[.!?:;]$", text):
        return False
    parts = [p for p in _CREDIT_JOIN.split(text) if p]
    if not all(_CREDIT_PART.fullmatch(p) for p in parts):
        return False
    trade = [re.search(rf"\b{_TRADE_END}(?:\s*\([A-Z]{{2,6}}\))?$", p, re.IGNORECASE) is not None for p in parts]
    opened = re.match(rf"(?:{_CREDIT_OPENER})", text, re.IGNORECASE) is not None
    if opened:
        return len(parts) <= 2 or any(trade)
    if len(parts) == 1:
        return re.search(rf"\b(?:{_SIGNING})$", text, re.IGNORECASE) is not None
    return any(trade) or any(re.match(r"(?:with|source:)\s", p, re.IGNORECASE) for p in parts[1:])


# (reason, pattern matched against the whole paragraph, case-insensitive)
BOILERPLATE_RULES: tuple[tuple[str, str], ...] = (
    ("advertisement marker", r"[-–—\s]*(advertisement|sponsored( content)?|ad)[-–—\s]*"),
    ("advertisement marker", r"story continues below( advertisement)?"),
    ("comment prompt", r"(leave|add|post|write) a (comment|reply)|\d*\s*comments?|join the (conversation|discussion)"),
    ("audio prompt", r"(press play to )?listen to (this|the) (article|story)|audio( version)?: .*"),
    ("related links", r"(related|recent|recommended|more|latest|popular|trending|top) (stories|articles|posts|news|reads)( \w+)?:?"),
    ("related links", r"(read|see) (more|also)( .{0,80})?:?|most (read|popular|viewed)"),
    ("related links", r"related( (stories|articles|coverage|content|reading|links?))?:\s.{0,150}"),
    ("newsletter prompt", r"(stay on top|sign up|subscribe)\b.{0,120}(newsletter|inbox|e-?mail|e-?paper|updates|daily|free)\W?.{0,40}|get (the|our) .{0,40}(news|newsletter).{0,40}(inbox|email).*"
                          r"|get (the|our) .{0,40}(headlines|stories|updates) (in|to) your (inbox|e-?mail)\b.{0,60}"),
    ("author contact", r"(write|email|contact) .{1,60} at (\S+@\S+|\[email(&#160;|\s)protected\]).*"),
    ("author contact", r".{0,40}\[email(&#160;|\s)protected\].{0,40}"),
    ("legal notice", r"(copyright\s*)?©.{0,80}|copyright \d{4}.{0,80}|dmca\b.{0,80}|all rights reserved\.?|.{0,80}(correction|dmca) notice"),
    ("contributor credit", r".{3,240} contributed (reporting )?to this (report|story|article)\.?"),
    ("share prompt", r"(share|follow us)( (this|on) .{0,60})?|click here.{0,80}|tweet this|print this (page|article)"),
    ("edition plug", r"(full|more|further|complete)\s+([\w-]+\s){0,2}?(results|coverage|tables|details|interviews?|"
                     r"pictures|photos|scores|reaction|analysis)\b[^,;:]{0,60}\b(are|is) in our ([\w-]+\s){0,2}"
                     r"(supplement|e-?paper|print edition|digital edition|app)\W{0,2}"
                     r"|(read|see|find) (more|the full [\w-]+( [\w-]+)?|all [\w-]+) in our ([\w-]+\s){0,2}"
                     r"(supplement|e-?paper|print edition|digital edition|app)\W{0,2}"),
    # (a photo's caption, told as one by the label and credit that end it: "Commuters wait at KL
    # Sentral. — Picture by Azlan Rahim", "Flights will rise to 42. FILE PHOTO", "The winner. PIC:
    # MMEGI STAFF", "(Photo: Jane Doe)"; a label in capitals with or without its credit, or one in
    # words with its credit; the credit a name (capitalised words) and nothing after it; a caption
    # of two sentences at most)
    ("photo caption", r"(?=[^\"“”]*$)(?:[^.!?]{1,200}[.!?]\s+){0,1}[^.!?]{1,200}?"
                      r"(?:(?:[.!?]\s*(?:[-–—|]\s*)?|\s+[-–—|]\s*)(?-i:(?:FILE\s+)?(?:PHOTO|PIC|PICTURE|IMAGE)S?)"
                      r"(?:\s*[:/|]\s*(?-i:[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}))?"
                      r"|(?:[.!?]\s*(?:[-–—|]\s*)?|\s+[-–—|]\s*|\s*\(\s*)(?:photo|picture|pic|image)s?\s*"
                      r"(?::|/|by|credit:?|courtesy(?:\s+of)?)\s*"
                      r"(?-i:[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|de|van|/))*?)"
                      r"(?:\s*/\s*(?-i:[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}))?)\)?\.?"),
    # (no figure and no quote mark in it, and at most one sentence before the plug: an article's
    # sentence with a plug glued on stays article text)
    ("subscription plug", r"(?=[^0-9\"“”]*$)([^.!?]{0,160}[.!?]\s+)?"
                          r"((by subscribing,? you|support our journalism)\b.{0,200}|subscribe( now| today)?[.!]?)"),
    ("share prompt", r"([^.!?\"“”]{0,40}[-–—:]\s*)?(join|follow) (us on|our) (whatsapp|telegram|instagram|facebook|"
                     r"tiktok|youtube|linkedin|twitter)( (channel|page|group|community))?[.!]?"),
    # (the outlet by name, on its platforms: "Follow Manila Standard on Facebook and X for the latest news.")
    ("share prompt", rf"follow (us|(the )?(?-i:[A-Z][\w'’.&-]*)( (?-i:[A-Z][\w'’.&-]*)){{0,4}}) on {_PLATFORM}"
                     rf"((,| and| &|,? or|, and) {_PLATFORM})*"
                     r"( for (?![^.;!?]*\b(?:said|says|told)\b)[^.;!?\"“”]{0,80})?[.!]?"),
)

# Notices: part of what readers see, and read for the facts they state (a correction notice
# names people and titles), but not scored as article text: they have no counterpart.
NOTICE_RULES: tuple[tuple[str, str], ...] = (
    ("correction notice", r"(this (version|story|article) has been (corrected|updated)|correction:).{0,300}"),
)

_RULES = tuple((reason, re.compile(rf"^\s*(?:{pattern})\s*$", re.IGNORECASE)) for reason, pattern in BOILERPLATE_RULES)

_NOTICES = tuple((kind, re.compile(rf"^\s*(?:{pattern})\s*$", re.IGNORECASE)) for kind, pattern in NOTICE_RULES)

_DATE = re.compile(r"^\d{8}$")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)


def boilerplate_reason(text: str, extra: Sequence[re.Pattern[str]] = (), credit: bool = True) -> str | None:
    """Why a paragraph is site boilerplate, or None when it is article text; with ``credit``, a
    byline or a credit line (:func:`credit_line`) is boilerplate too."""
    text = " ".join(text.split())  # (one space for a run: the rules' \s* on a long run would take seconds)
    for reason, rule in _RULES:
        if rule.match(text):
            return reason
    if credit and credit_line(text):
        return "byline"
    for rule in extra:
        if rule.fullmatch(text):
            return "configured pattern"
    return None


def notice_kind(text: str) -> str | None:
    """What kind of notice a paragraph is ("correction notice"), or None."""
    return next((kind for kind, rule in _NOTICES if rule.match(text)), None)


def decode(data: bytes, path: str) -> tuple[str, str | None]:
    """Text and, when it was not plain UTF-8, a note naming the encoding used."""
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), f"decoded as {encoding.upper()} (byte-order mark)"
            except UnicodeDecodeError as exc:
                raise InputError(path, f"has a {encoding.upper()} byte-order mark but is not valid {encoding.upper()} ({exc.reason})",
                                 "Save it again as UTF-8") from exc
    if b"\x00" in data:
        raise InputError(path, "looks like binary data (it holds NUL bytes), not text",
                         "Pass the article as a text, Markdown or HTML file")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(3, len(text) // 100):
        raise InputError(path, "is neither UTF-8 nor a Western single-byte encoding; it looks like binary data",
                         "Pass the article as a UTF-8 text, Markdown or HTML file")
    return text, "not valid UTF-8; decoded as Windows-1252"


def detect_format(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    lines = [line.strip() for line in text.splitlines()]
    if len(lines) >= 4 and lines[0] and _DATE.match(lines[1]) and _URL.match(lines[2]):
        return "article-record"
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<p>" in head and "</p>" in head):
        return "html"
    return "text"


def _plain_paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n[ \t]*\n", text)
    if len(blocks) == 1 and text.count("\n") > 0:
        # No blank lines at all: one paragraph a line.
        return [line.strip() for line in text.splitlines() if line.strip()]
    return [paragraph for block in blocks if block.strip() for paragraph in _lines_joined(block)]


def _lines_joined(block: str) -> list[str]:
    """The paragraphs of a block of lines: its lines joined, but a line that is boilerplate on its
    own ("Related: ...", "Copyright 2024 ...") stands as a paragraph of its own, so that it is
    not read as part of the article's text around it; only where it starts and ends as a
    paragraph does, after a line that ends a sentence and before one that starts one (a line of
    text wrapped short, "copyright 2024 deals", "Sign up for the scheme is free, and", is text)."""
    out: list[str] = []
    run: list[str] = []
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        starts = not line[:1].islower() and (not run or run[-1].endswith((".", "!", "?", '"', "”", "’")))
        ends = i + 1 == len(lines) or not lines[i + 1][:1].islower()
        # (a byline's lines stay together: "By Mele Havili" / "Pacific News")
        if starts and ends and boilerplate_reason(line, credit=False) is not None:
            out += [" ".join(run)] if run else []
            out.append(line)
            run = []
        else:
            run.append(line)
    return out + ([" ".join(run)] if run else [])


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def _markdown_paragraphs(text: str) -> list[str]:
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    text = re.sub(r"^```.*?^```", "", text, flags=re.DOTALL | re.MULTILINE)
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines: list[str] = []
        for line in block.splitlines():
            stripped = line.strip()
            if not stripped or re.fullmatch(r"([-*_]\s*){3,}", stripped):
                continue
            if re.match(r"^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?)", stripped):
                # Headings, list items and quotes are paragraphs of their own.
                if lines:
                    paragraphs.append(" ".join(lines))
                    lines = []
                paragraphs.append(re.sub(r"^(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)", "", stripped).rstrip("#").strip())
                continue
            lines.append(stripped)
        if lines:
            paragraphs.append(" ".join(lines))
    cleaned = []
    for paragraph in paragraphs:
        paragraph = _MD_LINK.sub(r"\1", paragraph)
        paragraph = _MD_EMPHASIS.sub(r"\2", paragraph)
        if paragraph.strip():
            cleaned.append(paragraph.strip())
    return cleaned


class _HTMLText(HTMLParser):
    """Collects the text of block elements; script, style and navigation are skipped."""

    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "article",
              "section", "header", "br", "tr", "figcaption", "title", "dd", "dt", "pre"}
    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "iframe", "object", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._parts: list[str] = []
        self._skip = 0
        self.title: str | None = None
        self._in_title = False

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._parts)).strip()
        if text:
            self.paragraphs.append(text)
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
            return
        if not self._skip:
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _html_paragraphs(text: str) -> tuple[list[str], str | None]:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    return parser.paragraphs, parser.title


def parse(path: str, text: str, extra_boilerplate: Sequence[str] = ()) -> Document:
    """Split decoded text into paragraphs and mark boilerplate."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = detect_format(path, text)
    title = date = url = None
    if fmt == "article-record":
        lines = [line.strip() for line in text.split("\n")]
        title, date, url = lines[0], lines[1], lines[2]
        paragraphs = [title] + [line for line in lines[3:] if line]
    elif fmt == "markdown":
        paragraphs = _markdown_paragraphs(text)
    elif fmt == "html":
        paragraphs, title = _html_paragraphs(text)
    else:
        paragraphs = _plain_paragraphs(text)
    extra = [re.compile(pattern, re.IGNORECASE) for pattern in extra_boilerplate]
    # (a document's first paragraph is its headline, even one that ends in its outlet's name)
    reasons = [None if i == 0 and reason == "byline" else reason
               for i, reason in enumerate(boilerplate_reason(p, extra) for p in paragraphs)]
    items = tuple(Paragraph(index=i, text=p, boilerplate=reason, notice=None if reason else notice_kind(p))
                  for i, (p, reason) in enumerate(zip(paragraphs, reasons)))
    return Document(path=path, format=fmt, paragraphs=items, title=title, date=date, url=url, source=text)


def read_document(path: str | Path, extra_boilerplate: Sequence[str] = (),
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file; raises :class:`InputError` naming the file when it cannot be audited."""
    name = str(path)
    p = Path(path)
    if name == "-":  # standard input
        import sys

        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError("standard input", f"is over the {max_bytes:,}-byte limit",
                             "Split the text, or raise the limit with --max-bytes (or max_bytes in the config)")
        return _document_of(name, data, extra_boilerplate)
    if not p.exists():
        raise InputError(name, "no such file", "Check the path")
    if p.is_dir():
        raise InputError(name, "is a directory", "Pass the article files inside it (e.g. DIR/*.txt)")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"is {size:,} bytes, over the {max_bytes:,}-byte limit",
                             "Split the file, or raise the limit with --max-bytes (or max_bytes in the config)")
        data = p.read_bytes()
    except PermissionError as exc:
        raise InputError(name, "cannot be read (permission denied)", "Check the file's permissions") from exc
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror})", "Check the path") from exc
    return _document_of(name, data, extra_boilerplate)


def read_text(name: str, text: str, extra_boilerplate: Sequence[str] = (),
              max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A text given directly (not a file) read as a file of that name would be."""
    data = text.encode("utf-8")
    if len(data) > max_bytes:
        raise InputError(name, f"is {len(data):,} bytes, over the {max_bytes:,}-byte limit",
                         "Split the text, or raise max_bytes in the configuration")
    return _document_of(name, data, extra_boilerplate)


def _document_of(name: str, data: bytes, extra_boilerplate: Sequence[str]) -> Document:
    """A file's bytes read into a document; raises :class:`InputError` when there is nothing
    English to audit."""
    text, note = decode(data, name)
    notes = [note] if note else []
    text, removed = strip_controls(text)
    if removed:
        notes.append(f"removed {removed} control character(s) (terminal escapes, direction overrides)")
    document = parse(name, text, extra_boilerplate)
    if notes:
        document = Document(**{**document.__dict__, "notes": tuple(notes)})
    article = [paragraph.text for paragraph in document.paragraphs if not paragraph.boilerplate]
    if not article:
        what = "only site boilerplate" if document.paragraphs else "no text"
        raise InputError(name, f"holds {what}, nothing to audit", "Pass the article's text")
    foreign = non_english(article)
    if foreign is not None:
        language, share = foreign
        raise InputError(name, f"is in {language}, not English ({share:.0%} of the words that tell)",
                         "mtaudit audits English text: give the English version, or leave this file out")
    return document


#: Terminal escape sequences, other control characters, and the Unicode direction overrides
#: that can make text display differently from what it says. Tabs and line breaks stay.
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> tuple[str, int]:
    """The text without control characters, and how many were removed."""
    cleaned = _CONTROLS.sub("", _ESCAPES.sub("", text))
    return cleaned, len(text) - len(cleaned)


def read_documents(paths: Iterable[str | Path], extra_boilerplate: Sequence[str] = (),
                   max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    return [read_document(path, extra_boilerplate, max_bytes) for path in paths]
