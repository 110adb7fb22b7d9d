"""The report writers (HTML, Markdown, JUnit, CSV) on a small hand-built report, then on the seeds."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest

from mtaudit.report import csv as csv_report
from mtaudit.report import html as html_report
from mtaudit.report import junit as junit_report
from mtaudit.report import markdown as markdown_report
from mtaudit.types import (
    AlignedSentence,
    AuditReport,
    Document,
    DocumentReport,
    Flag,
    OmittedSentence,
    Paragraph,
    Sentence,
    SentenceReport,
)

HOSTILE = 'He said <script>window.pwned = 1</script> | =HYPERLINK("x") & "quotes"'


def _report(fail_on: str = "major") -> AuditReport:
    paragraphs = (Paragraph(0, "The talks ended on Wednesday. " + HOSTILE), Paragraph(1, "- Advertisement -", "marker"))
    document = Document("story<1>.txt", "text", paragraphs)
    clean = SentenceReport(Sentence(0, 0, 0, 29, "The talks ended on Wednesday."),
                           (AlignedSentence("orig.txt", 0, "The talks ended on Tuesday.", 0.93),),
                           {"similarity": 0.93, "chrf": 80.0, "fluency": 1.0}, ())
    flags = (Flag("garbled", "major", "a <b>bold</b> break", "garble-pattern", {"span": [3, 7], "words": "said"}),
             Flag("drift", "minor", "meaning drifted", "drift", {"drift": 0.5}),
             Flag("fact", "critical", "number changed", "fact-number", {}, accepted=True))
    hostile = SentenceReport(Sentence(1, 0, 30, 30 + len(HOSTILE), HOSTILE), (), {"fluency": 0.5}, flags)
    doc = DocumentReport(document, "fail", ("orig.txt",), (clean, hostile),
                         (OmittedSentence("orig.txt", 3, "A <i>left-out</i> sentence."),), fail_on=fail_on)
    passing = DocumentReport(Document("fine.txt", "text", (Paragraph(0, "Fine."),)), "pass", (), (), (),
                             fail_on=fail_on)
    return AuditReport((doc, passing), (), (), {"version": "0"}, "reference", fail_on)


def test_html_escapes_article_text_and_loads_nothing_from_outside():
    page = html_report.render(_report())
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # the report's own filter script, nothing from the article
    assert "<b>bold</b>" not in page and "a &lt;b&gt;bold&lt;/b&gt; break" in page
    assert "story&lt;1&gt;.txt" in page and "A &lt;i&gt;left-out&lt;/i&gt; sentence." in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    # Changed words and the flagged span are marked; the accepted finding says so.
    assert "<del>Tuesday.</del>" in page
    assert '<mark class="major">said</mark>' in page
    assert "(accepted)" in page


def test_markdown_is_a_fix_list_with_text_escaped():
    text = markdown_report.render(_report())
    (entry,) = [line for line in text.splitlines() if line.startswith("1. ")]
    assert entry.startswith("1. **critical** fact (accepted) at `story<1>.txt`, sentence 2: number changed")
    assert "   - also **major** garbled: a \\<b\\>bold\\</b\\> break" in text
    assert "   > He **said** \\<script\\>" in text and "<script>" not in text
    assert "\\| =HYPERLINK" in text  # pipes escaped
    assert "- `story<1>.txt`, sentence 2 drift: meaning drifted" in text  # the minor slip, one line
    assert "**FAIL**: 1 of 2 reprint(s) failed" in text


def test_markdown_shows_a_cut_sentence_with_the_one_it_was_cut_from():
    text = "The talks ended in a stalemate. without a date for the next round."
    first = SentenceReport(Sentence(0, 0, 0, 31, "The talks ended in a stalemate."), (), {}, ())
    cut = SentenceReport(Sentence(1, 0, 32, len(text), "without a date for the next round."), (), {},
                         (Flag("garbled", "major", "starts in lower case after a full stop", "garble-pattern",
                               {"pattern": "broken-sentence", "span": [0, 7], "words": "without"}),))
    doc = DocumentReport(Document("cut.txt", "text", (Paragraph(0, text),)), "fail", (), (first, cut), ())
    rendered = markdown_report.render(AuditReport((doc,), (), (), {"version": "0"}, "reference-free", "major"))
    assert "   > The talks ended in a stalemate. **without** a date for the next round." in rendered
    assert "1. **major** garbled at `cut.txt`, sentence 2: starts in lower case" in rendered
    assert "Flags: 1 garbled." in rendered


@pytest.mark.parametrize("fail_on,failures", [("minor", 2), ("major", 1), ("critical", 0), ("never", 0)])
def test_junit_has_a_case_per_reprint_and_a_failure_per_failing_flag(fail_on, failures):
    root = ET.fromstring(junit_report.render(_report(fail_on)))
    cases = root.findall(".//testcase")
    assert [c.get("name") for c in cases] == ["story<1>.txt", "fine.txt"]
    # The accepted critical finding never fails; the others fail from their severity up.
    assert len(cases[0].findall("failure")) == failures
    assert cases[1].findall("failure") == []
    assert root.get("failures") == str(1 if failures else 0)


def test_csv_has_a_row_per_sentence_and_defuses_formulas():
    rows = list(csv.DictReader(io.StringIO(csv_report.render(_report()))))
    assert [r["sentence"] for r in rows] == ["1", "2"]
    assert rows[0]["original"] == "The talks ended on Tuesday." and rows[0]["flags"] == ""
    assert rows[1]["flags"] == "fact/critical/accepted; garbled/major; drift/minor"
    assert rows[1]["worst"] == "critical"
    assert rows[1]["text"] == HOSTILE  # starts with 'He': left as it is
    assert csv_report._formula_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"


def test_html_marks_changed_words_only_on_a_close_pair():
    import dataclasses

    report = _report()
    doc = report.documents[0]
    loose = dataclasses.replace(doc.sentences[0], scores={"similarity": 0.72, "chrf": 41.0, "fluency": 1.0})
    page = html_report.render(dataclasses.replace(report, documents=(
        dataclasses.replace(doc, sentences=(loose, *doc.sentences[1:])), *report.documents[1:])))
    assert "<del>" not in page and "<ins>" not in page  # a paraphrase: a word diff would mark every word
    assert "<del>Tuesday.</del>" in html_report.render(report)  # a close pair: the changed word is marked
