"""LanguageTool as a grammar backend: runs against a server the user configured."""

import os

import pytest

from mtaudit.backends.grammar import LanguageToolChecker

URL = os.environ.get("MTAUDIT_LANGUAGETOOL_URL")


@pytest.mark.skipif(not URL, reason="no LanguageTool server configured (set MTAUDIT_LANGUAGETOOL_URL to run)")
def test_languagetool_finds_an_agreement_error():
    findings = LanguageToolChecker(URL).check(["The Russians was happy with the results."])[0]
    assert findings and all(f.backend == "languagetool" for f in findings)


def test_unreachable_languagetool_is_a_clear_error():
    from mtaudit.errors import ModelError

    with pytest.raises(ModelError, match="LanguageTool at http://127.0.0.1:9 is not available"):
        LanguageToolChecker("http://127.0.0.1:9").check(["A sentence."])
