"""The gate end to end: every report format in one seed run, the HTML in a real browser,
exit codes, accepted findings, manifests, and same input -> same output."""

from __future__ import annotations

import csv
import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import FAST, ROOT, run, seed

SEEDS = [seed("002"), seed("003"), seed("004")]
ORIGINALS = ["--original", seed("000"), "--original", seed("001")]


def test_one_run_writes_every_format(seed_reports):
    data = json.loads(seed_reports["json"].read_text())
    flagged = {d["path"]: sum(1 for s in d["sentences"] for f in s["flags"] if f["severity"] != "minor")
               for d in data["documents"]}
    assert all(count > 0 for count in flagged.values())
    cases = ET.parse(seed_reports["junit"]).getroot().findall(".//testcase")
    assert [c.get("name") for c in cases] == SEEDS
    assert [len(c.findall("failure")) for c in cases] == [flagged[p] for p in SEEDS]
    rows = list(csv.DictReader(seed_reports["csv"].open()))
    assert len(rows) == sum(len(d["sentences"]) for d in data["documents"])
    markdown = seed_reports["markdown"].read_text()
    assert markdown.count("FAIL") >= 4 and "inverted" in markdown
    # the fix list points at the file and line: "annexed ... to Ukraine" is on line 21 of 003
    assert "inverted at `seeds/003_c6faacfa78f3a5cc.txt:21:64`: " in markdown
    (annexed,) = [s for d in data["documents"] for s in d["sentences"]
                  if "annexed the Crimean Peninsula to" in s["text"]]
    assert (annexed["line"], annexed["column"]) == (21, 64)
    assert oct(seed_reports["html"].stat().st_mode & 0o777) != "0o600"  # an ordinary file, not a temp file


def _browser():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("chromium and chromium-driver are not installed (make setup installs them as root)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1400,1000"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(driver), options=options)


def test_html_report_in_a_browser(seed_reports):
    from selenium.webdriver.common.by import By

    browser = _browser()
    try:
        browser.get(seed_reports["html"].resolve().as_uri())
        assert browser.title == "mtaudit report"
        assert browser.find_element(By.ID, "overall").text == "FAIL"
        sections = browser.find_elements(By.CSS_SELECTOR, "section.document")
        assert [s.find_element(By.TAG_NAME, "h2").text.split()[0] for s in sections] == SEEDS
        garbled = browser.find_elements(By.CSS_SELECTOR, 'li.flag[data-kind="garbled"]')
        assert garbled and all(li.is_displayed() for li in garbled)
        assert any("contributed" in li.find_element(By.XPATH, "./ancestor::tr").text for li in garbled)
        # Flagged sentences first, gravest first; every other sentence one click away.
        first = sections[0].find_elements(By.CSS_SELECTOR, "tr.sentence")[0]
        assert "critical" in first.get_attribute("class") and "would heed" in first.text
        unflagged = browser.find_elements(By.CSS_SELECTOR, "details.all tr.sentence")
        assert unflagged and not any(r.is_displayed() for r in unflagged)
        sections[0].find_element(By.CSS_SELECTOR, "details.all > summary").click()
        assert all(r.is_displayed() for r in sections[0].find_elements(By.CSS_SELECTOR, "details.all tr.sentence"))
        # The summary's counts lead to the flags: 003's inverted count to its "annexed ... to Ukraine".
        link = browser.find_elements(By.CSS_SELECTOR, "table.summary tbody tr")[1].find_elements(By.TAG_NAME, "a")
        target = next(a for a in link if a.get_attribute("href").endswith("-inverted")).get_attribute("href")
        flag = browser.find_element(By.ID, target.split("#")[1])
        assert flag.get_attribute("data-kind") == "inverted" and "annexed" in flag.find_element(
            By.XPATH, "./ancestor::tr").text
        # The filters: hide garbled flags, then minor ones; a sentence left with no flag shown goes too.
        browser.find_element(By.CSS_SELECTOR, 'input[data-kind="garbled"]').click()
        assert not any(li.is_displayed() for li in garbled)
        assert any(li.is_displayed() for li in browser.find_elements(By.CSS_SELECTOR, 'li.flag[data-kind="fact"]'))
        minor = browser.find_elements(By.CSS_SELECTOR, 'li.flag[data-severity="minor"]')
        assert minor and any(li.is_displayed() for li in minor)
        browser.find_element(By.CSS_SELECTOR, 'input[data-severity="minor"]').click()
        assert not any(li.is_displayed() for li in minor)
        for row in browser.find_elements(By.CSS_SELECTOR, "tr.sentence.flagged"):
            assert row.is_displayed() == any(li.is_displayed() for li in row.find_elements(By.CSS_SELECTOR, "li.flag"))
        omitted = browser.find_elements(By.CSS_SELECTOR, "details.omitted summary")
        assert omitted and "not carried" in omitted[0].text
    finally:
        browser.quit()


@pytest.mark.models
def test_script_in_a_reprint_shows_as_text(tmp_path):
    original = tmp_path / "original.txt"
    original.write_text("The talks ended on Wednesday. Both sides agreed to meet again.\n")
    reprint = tmp_path / "reprint.html"
    reprint.write_text("<html><body><p>The talks ended on Wednesday.</p>"
                       "<p>Both sides said &lt;script&gt;window.pwned = 1&lt;/script&gt; they would meet again.</p>"
                       "<script>window.pwned = 2</script></body></html>")
    page = tmp_path / "r.html"
    result = run("audit", reprint, "--original", original, "--html", page, "--quiet", *FAST)
    assert result.exit_code in (0, 1), result.output
    from selenium.webdriver.common.by import By

    browser = _browser()
    try:
        browser.get(page.resolve().as_uri())
        assert browser.execute_script("return window.pwned === undefined")
        body = browser.find_element(By.TAG_NAME, "main").text
        assert "<script>window.pwned = 1</script>" in body
        assert "window.pwned = 2" not in body  # the page's own script was markup, not article text
    finally:
        browser.quit()


@pytest.mark.models
def test_exit_codes_follow_fail_on_and_exit_zero(tmp_path):
    original = tmp_path / "original.txt"
    original.write_text("The talks ended on Wednesday. Both sides agreed to meet again.\n")
    broken = tmp_path / "broken.txt"
    broken.write_text("The talks ended on Wednesday. . both sides agreed to meet again.\n")
    common = [broken, "--original", original, "--quiet", *FAST]
    assert run("audit", *common).exit_code == 1
    assert run("audit", *common, "--fail-on", "minor").exit_code == 1
    assert run("audit", *common, "--fail-on", "critical").exit_code == 0
    assert run("audit", *common, "--fail-on", "never").exit_code == 0
    assert run("audit", *common, "--exit-zero").exit_code == 0
    assert run("audit", original, "--original", original, "--quiet", "--fail-on", "minor", *FAST).exit_code == 0
    bad = run("audit", *common, "--exit-zero", "--fail-on", "sometimes")
    assert bad.exit_code == 2 and "critical" in bad.output  # errors are never zeroed; choices are named
    # --format json: the report alone on stdout.
    result = run("audit", *common[:3], "--format", "json", *FAST)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["documents"][0]["verdict"] == "fail"


@pytest.mark.models
def test_accepted_findings_turn_a_failing_seed_run_into_a_passing_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for path in (*SEEDS, seed("000"), seed("001")):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / path, tmp_path / path)
    report = tmp_path / "report.json"
    assert run("audit", *SEEDS, *ORIGINALS, "--json", report, "--quiet", *FAST).exit_code == 1
    accepted = run("accept", report)
    assert accepted.exit_code == 0, accepted.output
    entries = json.loads((tmp_path / "mtaudit-accepted.json").read_text())["accepted"]
    assert entries and all(len(e["sentence"]) == 16 for e in entries)
    # The file in the working directory is found on its own: the run passes, flags still reported.
    again = tmp_path / "again.json"
    assert run("audit", *SEEDS, *ORIGINALS, "--json", again, "--quiet", *FAST).exit_code == 0
    flags = [f for d in json.loads(again.read_text())["documents"] for s in d["sentences"] for f in s["flags"]]
    assert flags and all(f["accepted"] for f in flags)
    # Accepting again adds nothing; removing the file brings the failure back.
    assert "accepted 0 new" in run("accept", report).output
    os.remove(tmp_path / "mtaudit-accepted.json")
    assert run("audit", *SEEDS, *ORIGINALS, "--quiet", *FAST).exit_code == 1
    # A changed sentence is a new finding.
    assert run("accept", report, "--output", "mine.json").exit_code == 0
    text = (tmp_path / SEEDS[0]).read_text().replace("would heed", "would surely heed")
    (tmp_path / SEEDS[0]).write_text(text)
    assert run("audit", SEEDS[0], *ORIGINALS, "--accepted", "mine.json", "--quiet", *FAST).exit_code == 1


def test_a_damaged_accepted_findings_file_is_a_clear_error(tmp_path):
    damaged = tmp_path / "accepted.json"
    damaged.write_text("{not json")
    result = run("audit", seed("002"), "--accepted", damaged, "--quiet", *FAST)
    assert result.exit_code == 2 and "accepted.json: not valid JSON" in result.output
    assert "Traceback" not in result.output
    assert run("accept", tmp_path / "nope.json").exit_code == 2


@pytest.mark.models
def test_pairs_manifest_audits_each_reprint_against_its_own_originals(tmp_path):
    manifest = tmp_path / "pairs.csv"
    manifest.write_text("reprint,original\n"
                        f"{ROOT / seed('003')},{ROOT / seed('000')}\n"
                        f"{ROOT / seed('002')},{ROOT / seed('000')};{ROOT / seed('001')}\n")
    out = tmp_path / "r.json"
    result = run("audit", "--pairs", manifest, "--json", out, "--quiet", *FAST)
    assert result.exit_code == 1, result.output
    docs = json.loads(out.read_text())["documents"]
    assert [Path(d["path"]).name for d in docs] == [Path(seed("003")).name, Path(seed("002")).name]
    assert all(Path(o).name == Path(seed("000")).name for o in docs[0]["originals"])
    bad = tmp_path / "bad.csv"
    bad.write_text("story,source\na.txt,b.txt\n")
    result = run("audit", "--pairs", bad, *FAST)
    assert result.exit_code == 2 and "not 'reprint' and 'original'" in result.output


@pytest.mark.models
def test_same_input_same_output(tmp_path):
    outputs = []
    for n in range(2):
        paths = [tmp_path / f"r{n}.{ext}" for ext in ("json", "html", "md", "xml", "csv")]
        result = run("audit", *SEEDS, *ORIGINALS, "--json", paths[0], "--html", paths[1], "--markdown", paths[2],
                     "--junit", paths[3], "--csv", paths[4], "--quiet", *FAST)
        assert result.exit_code == 1
        outputs.append([p.read_bytes() for p in paths])
    assert outputs[0] == outputs[1]
