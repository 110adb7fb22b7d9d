"""The HTML report: one self-contained page for editors (no outside fonts, scripts or styles).

Per reprint: a summary (verdict, counts by kind, originals matched, boilerplate set aside),
then the flagged sentences, gravest first, each beside its original with the flagged words
marked (and the changed words, where the two sides are close enough for a word diff to mean
something), the flags coloured by severity with their details folded; every other sentence is
one click away, and so are the original sentences the reprint left out. The summary's counts
link to the first flag of their kind. Filters by flag kind and severity run in the page;
without scripts everything is shown. All article text is escaped.
"""

from __future__ import annotations

from html import escape

from ..types import FLAG_KINDS, SEVERITIES, AuditReport, DocumentReport, SentenceReport, severity_rank
from . import (
    changed_spans,
    evidence_text,
    flag_span,
    flag_summary,
    no_counterpart,
    original_text,
    positions,
    sorted_flags,
)

#: Words that differ are marked only on a pair this close (cosine, or sentence chrF): on a free
#: paraphrase a word diff marks nearly every word and hides the flagged ones.
DIFF_SIMILARITY = 0.9
DIFF_CHRF = 60.0

_STYLE = """
:root { --critical: #b00020; --major: #d9480f; --minor: #b08800; --ok: #2b8a3e; --muted: #666;
        --line: #ddd; --ins: #d0ebff; --del: #ffe3e3; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto;
       max-width: 1400px; padding: 1rem 1.5rem 4rem; color: #222; }
h1 { font-size: 1.6rem; margin: 0.2rem 0; } h2 { font-size: 1.25rem; margin: 2rem 0 0.4rem; }
.verdict { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 0.3rem; color: #fff;
           font-weight: 700; font-size: 0.9em; }
.verdict.fail { background: var(--critical); } .verdict.pass { background: var(--ok); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f6f6f6; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.summary { width: auto; } table.summary td, table.summary th { padding: 0.25rem 0.8rem; }
.sentences td.idx { color: var(--muted); width: 2.5rem; } .sentences td.text { width: 32%; }
.none { color: var(--muted); font-style: italic; }
.closest { color: var(--muted); }
del { background: var(--del); text-decoration: none; } ins { background: var(--ins); text-decoration: none; }
mark { background: none; border-bottom: 3px solid; padding: 0 1px; }
mark.critical { border-color: var(--critical); } mark.major { border-color: var(--major); }
mark.minor { border-color: var(--minor); }
ul.flags { list-style: none; margin: 0; padding: 0; }
li.flag { margin: 0 0 0.35rem; padding-left: 0.5rem; border-left: 4px solid var(--line); }
li.flag.critical { border-color: var(--critical); } li.flag.major { border-color: var(--major); }
li.flag.minor { border-color: var(--minor); } li.flag.accepted { opacity: 0.6; }
.sev { font-size: 0.75rem; font-weight: 700; text-transform: uppercase; padding: 0 0.3rem; border-radius: 0.2rem;
       color: #fff; }
.sev.critical { background: var(--critical); } .sev.major { background: var(--major); }
.sev.minor { background: var(--minor); }
details.evidence summary { cursor: pointer; color: var(--muted); font-size: 0.85rem; }
code { font-size: 0.8rem; white-space: pre-wrap; word-break: break-word; }
tr.flagged.critical { background: #fff5f5; } tr.flagged.major { background: #fff9f0; }
.meta { color: #333; margin: 0.2rem 0; } .meta b { display: inline-block; min-width: 11rem; }
fieldset { border: 1px solid var(--line); border-radius: 0.4rem; margin: 1rem 0; }
fieldset label { margin-right: 1rem; white-space: nowrap; }
.hidden { display: none; }
details.all > summary { cursor: pointer; margin: 0.6rem 0; color: var(--muted); }
"""

_SCRIPT = """
(function () {
  var boxes = document.querySelectorAll('input[data-kind], input[data-severity]');
  function apply() {
    var kind = {}, severity = {};
    boxes.forEach(function (b) {
      if (b.hasAttribute('data-kind')) { kind[b.getAttribute('data-kind')] = b.checked; }
      else { severity[b.getAttribute('data-severity')] = b.checked; }
    });
    document.querySelectorAll('li.flag').forEach(function (li) {
      var shown = kind[li.getAttribute('data-kind')] && severity[li.getAttribute('data-severity')];
      li.classList.toggle('hidden', !shown);
    });
    document.querySelectorAll('tr.sentence.flagged').forEach(function (tr) {
      tr.classList.toggle('hidden', !tr.querySelector('li.flag:not(.hidden)'));
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  document.getElementById('filter').classList.remove('hidden');
  apply();
})();
"""


def _marked(text: str, spans: dict[str, list[tuple[int, int]]]) -> str:
    """``text`` escaped, with each character wrapped in the elements of the spans covering it.

    ``spans`` maps a tag ("del", "ins" or "mark:SEVERITY") to character ranges.
    """
    if not text:
        return ""
    tags: list[tuple[str, ...]] = [()] * len(text)
    for tag, ranges in spans.items():
        for start, end in ranges:
            for i in range(max(0, start), min(len(text), end)):
                tags[i] = tags[i] + (tag,)
    out, run_start = [], 0
    for i in range(1, len(text) + 1):
        if i == len(text) or tags[i] != tags[run_start]:
            piece = escape(text[run_start:i])
            for tag in sorted(set(tags[run_start]), reverse=True):
                if tag.startswith("mark:"):
                    piece = f'<mark class="{tag[5:]}">{piece}</mark>'
                else:
                    piece = f"<{tag}>{piece}</{tag}>"
            out.append(piece)
            run_start = i
    return "".join(out)


def _close(s: SentenceReport) -> bool:
    similarity, chrf = s.scores.get("similarity"), s.scores.get("chrf")
    return (similarity is not None and similarity >= DIFF_SIMILARITY) or (chrf is not None and chrf >= DIFF_CHRF)


def _sentence_row(s: SentenceReport, doc_number: int, anchors: dict[str, str], line: tuple[int, int] | None) -> str:
    original = original_text(s)
    marks: dict[str, list[tuple[int, int]]] = {}
    if original is not None and _close(s):
        removed, added = changed_spans(original, s.sentence.text)
        marks["ins"] = added
        left = _marked(original, {"del": removed})
    elif original is not None:
        left = escape(original)
    elif s.closest:
        left = ('<span class="none">(no counterpart in the originals; closest original sentence, about the same '
                f'event:)</span> <span class="closest">{escape(s.closest[0].text)}</span>')
    else:
        left = f'<span class="none">({escape(no_counterpart(s))})</span>'
    for flag in s.flags:
        span = flag_span(flag)
        if span is not None:
            marks.setdefault(f"mark:{flag.severity}", []).append(span)
    right = _marked(s.sentence.text, marks)
    flags = sorted_flags(s)
    scores = ", ".join(f"{k} {v:.2f}" for k, v in s.scores.items() if isinstance(v, (int, float)))
    items = []
    for flag in flags:
        accepted = " accepted" if flag.accepted else ""
        anchor = f"doc-{doc_number}-{flag.kind}"
        ident = "" if anchor in anchors.values() else f' id="{anchor}"'
        anchors.setdefault(flag.kind, anchor)
        items.append(
            f'<li class="flag {flag.severity}{accepted}" data-kind="{flag.kind}" data-severity="{flag.severity}"'
            f'{ident}><span class="sev {flag.severity}">{flag.severity}</span> <b>{flag.kind}</b>'
            f'{" (accepted)" if flag.accepted else ""}: {escape(flag.message)}'
            f'<details class="evidence"><summary>details</summary><code>{escape(evidence_text(flag))}</code>'
            f'<br><small>{escape(scores)}</small></details></li>')
    worst = flags[0].severity if flags else ""
    kinds = " ".join(sorted({f.kind for f in flags}))
    row_class = f"sentence flagged {worst}" if flags else "sentence"
    where = f' title="line {line[0]}, column {line[1]}"' if line else ""
    scores_cell = "" if flags else f'<div class="meta" title="scores"><small>{escape(scores)}</small></div>'
    return (f'<tr class="{row_class}" data-kinds="{kinds}" id="d{doc_number}s{s.sentence.index + 1}">'
            f'<td class="idx"{where}>{s.sentence.index + 1}</td><td class="text">{left}</td>'
            f'<td class="text">{right}</td><td><ul class="flags">{"".join(items)}</ul>{scores_cell}</td></tr>')


def _document(number: int, doc: DocumentReport, fail_on: str, anchors: dict[str, str]) -> str:
    severities = doc.severity_counts()
    linked = sum(1 for s in doc.sentences if s.aligned)
    parts = [f'<section class="document" id="doc-{number}">',
             f'<h2>{escape(doc.document.path)} <span class="verdict {doc.verdict}">{doc.verdict.upper()}</span></h2>',
             f'<p class="meta"><b>Flags</b> {escape(flag_summary(doc))}'
             f' ({", ".join(f"{severities[k]} {k}" for k in SEVERITIES)}; fail on {escape(fail_on)})</p>',
             f'<p class="meta"><b>Sentences</b> {len(doc.sentences)}, {linked} linked to an original, '
             f'{len(doc.omitted)} original sentences not carried</p>']
    originals = ", ".join(escape(p) for p in doc.originals) or "none"
    parts.append(f'<p class="meta"><b>Originals matched</b> {originals}</p>')
    boilerplate = doc.document.boilerplate
    if boilerplate:
        listed = "".join(f"<li>{escape(p.text)} <small>({escape(p.boilerplate or '')})</small></li>"
                         for p in boilerplate)
        parts.append(f'<details class="meta"><summary><b>Set aside as boilerplate</b> {len(boilerplate)} '
                     f"paragraph(s)</summary><ul>{listed}</ul></details>")
    for note in doc.notes:
        parts.append(f'<p class="meta"><b>Note</b> {escape(note)}</p>')
    head = ('<table class="sentences"><thead><tr><th>#</th><th>original</th><th>reprint</th><th>flags</th>'
            "</tr></thead><tbody>")
    lines = positions(doc.document, [s.sentence.text for s in doc.sentences])
    flagged = sorted((s for s in doc.sentences if s.flags),
                     key=lambda s: (-max(severity_rank(f.severity) for f in s.flags), s.sentence.index))
    if flagged:
        parts += [head, *(_sentence_row(s, number, anchors, lines[s.sentence.index]) for s in flagged),
                  "</tbody></table>"]
    else:
        parts.append('<p class="meta">No flags.</p>')
    others = [s for s in doc.sentences if not s.flags]
    if others:
        parts += [f'<details class="all"><summary>The other {len(others)} sentence(s), in order</summary>', head,
                  *(_sentence_row(s, number, anchors, lines[s.sentence.index]) for s in others),
                  "</tbody></table></details>"]
    if doc.omitted:
        listed = "".join(f"<li>{escape(o.text)} <small>({escape(o.path)}, sentence {o.index + 1})</small></li>"
                         for o in doc.omitted)
        parts.append(f'<details class="omitted"><summary>Original sentences not carried by this reprint '
                     f"({len(doc.omitted)})</summary><ol>{listed}</ol></details>")
    parts.append("</section>")
    return "\n".join(parts)


def render(report: AuditReport) -> str:
    failed = sum(1 for d in report.documents if d.verdict == "fail")
    overall = "fail" if failed else "pass"
    rows = []
    sections = []
    for number, doc in enumerate(report.documents, start=1):
        anchors: dict[str, str] = {}
        sections.append(_document(number, doc, report.fail_on, anchors))
        counts = doc.flag_counts(minor=False)
        cells = "".join(f'<td class="num"><a href="#{anchors[k]}">{counts[k]}</a></td>' if counts.get(k)
                        else '<td class="num">0</td>' for k in FLAG_KINDS)
        rows.append(f'<tr><td><a href="#doc-{number}">{escape(doc.document.path)}</a></td>'
                    f'<td><span class="verdict {doc.verdict}">{doc.verdict}</span></td>'
                    f'<td class="num">{len(doc.sentences)}</td>'
                    f'<td class="num">{sum(1 for s in doc.sentences if s.aligned)}</td>' + cells
                    + f'<td class="num">{sum(doc.flag_counts(minor=True).values())}</td></tr>')
    totals = {k: sum(d.flag_counts().get(k, 0) for d in report.documents) for k in FLAG_KINDS}
    severities = {k: sum(d.severity_counts().get(k, 0) for d in report.documents) for k in SEVERITIES}
    boxes = "".join(f'<label><input type="checkbox" data-kind="{k}" checked> {k} ({totals[k]})</label>'
                    for k in FLAG_KINDS)
    boxes += "<br>" + "".join(f'<label><input type="checkbox" data-severity="{k}" checked> {k} ({severities[k]})'
                              "</label>" for k in reversed(SEVERITIES))
    mode = "" if report.mode == "reference" else \
        '<p class="meta">No original given: reference-free audit (fluency, garble and internal checks only).</p>'
    variants = "".join(f'<p class="meta">Originals {escape(" and ".join(v.paths))} are versions of one article '
                       f"({v.shared:.0%} of sentences shared); they count as one original.</p>"
                       for v in report.variants)
    version = escape(str(report.signature.get("version", "")))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>mtaudit report</title>
<style>{_STYLE}</style>
</head>
<body>
<header>
<h1>mtaudit report <span class="verdict {overall}" id="overall">{overall.upper()}</span></h1>
<p class="meta">{failed} of {len(report.documents)} reprint(s) failed (fail on {escape(report.fail_on)}). mtaudit {version}.</p>
{mode}{variants}
<table class="summary"><caption>Flags at major or critical by kind; minor flags counted apart.</caption><thead><tr><th>reprint</th><th>verdict</th><th class="num">sentences</th><th class="num">linked</th>{"".join(f'<th class="num">{k}</th>' for k in FLAG_KINDS)}<th class="num">minor</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<fieldset id="filter" class="hidden"><legend>Show flags</legend>{boxes}</fieldset>
</header>
<main>
{"".join(sections)}
</main>
<script>{_SCRIPT}</script>
</body>
</html>
"""
