"""mtaudit align: single pairs, pre-split input, batches, and bad task files."""

import json

import pytest
from typer.testing import CliRunner

from mtaudit.align.tasks import paragraph_groups, parse_task, read_segmented
from mtaudit.cli import app
from mtaudit.errors import InputError

runner = CliRunner()

ORIGINAL = """NATO and Russia held talks in Brussels on Wednesday.
The meeting lasted four hours.

Diplomats said no agreement was reached on Ukraine.
Both sides agreed to keep talking."""

# Paragraphs swapped, one sentence dropped, one added.
REPRINT = """Diplomats said there was no agreement on Ukraine.
Both sides agreed to continue the dialogue.

Subscribe to our newsletter for more stories like this.

NATO and Russia met for talks in Brussels on Wednesday."""


@pytest.mark.parametrize("count,paragraphs,expected", [
    (3, None, [0, 0, 0]),
    (4, [[0, 1], [3]], [0, 0, 2, 1]),  # sentence 2 is in no paragraph: a paragraph of its own
    (2, [[1], [0]], [1, 0]),
])
def test_paragraph_groups(count, paragraphs, expected):
    assert paragraph_groups(count, paragraphs) == expected


@pytest.mark.parametrize("line,problem", [
    ('{"id": "a", "original": ["x"]', "not valid JSON"),
    ('["a"]', "not a JSON object"),
    ('{"id": "a", "reprint": ["x"]}', "no 'original' field"),
    ('{"id": "a", "original": "x", "reprint": ["x"]}', "must be a list of sentences"),
    ('{"id": "a", "original": ["x"], "reprint": ["x"], "reprint_paragraphs": [[0, 1]]}', "out of range"),
])
def test_bad_task_lines_name_the_line(line, problem):
    with pytest.raises(InputError) as info:
        parse_task(line, "tasks.jsonl, line 7")
    assert "tasks.jsonl, line 7" in str(info.value) and problem in str(info.value)


def test_read_segmented_keeps_paragraphs(tmp_path):
    path = tmp_path / "o.txt"
    path.write_text(ORIGINAL, encoding="utf-8")
    sentences, paragraphs = read_segmented(path)
    assert len(sentences) == 4 and paragraphs == ((0, 1), (2, 3))


def _links(data):
    return {(tuple(link["reprint"]), tuple(link["original"])) for link in data["links"]}


@pytest.mark.models
def test_align_segmented_files_to_json(tmp_path):
    (tmp_path / "o.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "r.txt").write_text(REPRINT, encoding="utf-8")
    out = tmp_path / "links.json"
    result = runner.invoke(app, ["align", str(tmp_path / "r.txt"), "--original", str(tmp_path / "o.txt"),
                                 "--segmented", "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert _links(data) == {((0,), (2,)), ((1,), (3,)), ((3,), (0,))}
    assert data["additions"] == [2]  # the newsletter line
    assert data["omissions"] == [1]  # "The meeting lasted four hours."


@pytest.mark.models
def test_align_prints_a_table(tmp_path):
    (tmp_path / "o.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "r.txt").write_text(REPRINT, encoding="utf-8")
    # the earlier order, ORIGINAL REPRINT, still works for a release, with a note
    result = runner.invoke(app, ["align", str(tmp_path / "o.txt"), str(tmp_path / "r.txt"), "--segmented"])
    assert result.exit_code == 0, result.output
    assert "is deprecated; write 'mtaudit align REPRINT --original ORIGINAL'" in " ".join(result.output.split())
    assert "(added" in result.output and "3 links, 1 added reprint sentences" in result.output
    assert "not carried: 2 (sentences counted from 1" in " ".join(result.output.split())  # the second, as people count


@pytest.mark.models
def test_align_batch(tmp_path):
    tasks = tmp_path / "tasks.jsonl"
    rows = [
        {"id": "one", "original": ORIGINAL.replace("\n\n", "\n").split("\n"),
         "reprint": [s for s in REPRINT.split("\n") if s], "reprint_paragraphs": [[0, 1], [2], [3]]},
        {"id": "two", "original": ["The minister resigned on Friday.", "Her deputy takes over."],
         "reprint": ["Her deputy will take over.", "The minister stepped down on Friday."]},
    ]
    tasks.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "links.jsonl"
    result = runner.invoke(app, ["align", "--batch", str(tasks), "--output", str(out)])
    assert result.exit_code == 0, result.output
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results] == ["one", "two"]
    assert _links(results[0]) == {((0,), (2,)), ((1,), (3,)), ((3,), (0,))}
    assert _links(results[1]) == {((0,), (1,)), ((1,), (0,))}
    assert all(0 < link["similarity"] <= 1 for r in results for link in r["links"])


def test_align_batch_bad_line_exits_2(tmp_path):
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text('{"id": "a", "original": ["x"], "reprint": ["y"]}\n\nnot json\n', encoding="utf-8")
    out = tmp_path / "links.jsonl"
    result = runner.invoke(app, ["align", "--batch", str(tasks), "--output", str(out)])
    assert result.exit_code == 2
    assert "line 3" in result.output and "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize("args", [["align"], ["align", "--batch", "t.jsonl"], ["align", "a.txt"]])
def test_align_usage_errors_exit_2(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "Traceback" not in result.output
