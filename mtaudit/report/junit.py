"""JUnit XML for CI dashboards: one test case per reprint, failing with one failure per flag
that fails the run (at or above --fail-on and not accepted)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..types import AuditReport
from . import evidence_text, no_counterpart, original_text

#: Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render(report: AuditReport) -> str:
    failures_total = sum(len(doc.failing) for doc in report.documents)
    failed_cases = sum(1 for doc in report.documents if doc.failing)
    suites = ET.Element("testsuites", name="mtaudit", tests=str(len(report.documents)), failures=str(failed_cases))
    suite = ET.SubElement(suites, "testsuite", name="mtaudit audit", tests=str(len(report.documents)),
                          failures=str(failed_cases), errors="0", skipped="0")
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="fail_on", value=report.fail_on)
    ET.SubElement(properties, "property", name="flags_failing", value=str(failures_total))
    for doc in report.documents:
        case = ET.SubElement(suite, "testcase", classname="mtaudit", name=_clean(doc.document.path))
        for s, flag in doc.failing:
            failure = ET.SubElement(case, "failure", type=f"{flag.kind}/{flag.severity}",
                                    message=_clean(f"sentence {s.sentence.index + 1}: {flag.message}"))
            original = original_text(s)
            failure.text = _clean("\n".join([
                f"reprint:  {s.sentence.text}",
                f"original: {original if original is not None else f'({no_counterpart(s)})'}",
                f"evidence: {evidence_text(flag)}",
            ]))
        accepted = sum(1 for s in doc.sentences for f in s.flags if f.accepted)
        if accepted:
            ET.SubElement(case, "system-out").text = f"{accepted} accepted finding(s) not counted"
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
