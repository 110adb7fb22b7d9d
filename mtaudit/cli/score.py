"""mtaudit score: the audit's checks on (original, reprint) pairs given directly."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ._app import app
from .common import (
    CONFIG_OPTION,
    CONTRADICTION_OPTION,
    DEBUG_OPTION,
    EMBEDDER_OPTION,
    ENGLISH_OPTION,
    GRAMMAR_OPTION,
    LANGUAGETOOL_OPTION,
    LM_OPTION,
    REPAIRS_OPTION,
    English,
    build_config,
    handled,
    stderr_console,
)

#: Pairs scored per step of the progress bar (every model still sees a whole chunk at once).
CHUNK = 256


@app.command("score")
def score_cli(
    pairs_path: Path | None = typer.Argument(None, metavar="PAIRS.jsonl",
                                            help='One pair a line: {"id": ..., "original": ..., "reprint": ...}; '
                                                 "'-' reads standard input."),
    input_path: Path | None = typer.Option(None, "--input", "-i", metavar="PAIRS.jsonl",
                                          help="The same as PAIRS.jsonl (the earlier spelling)."),
    output: str = typer.Option("-", "--output", metavar="SCORED.jsonl",
                               help="Where to write one result a line ('-', the default: standard output)."),
    config_path: Path | None = CONFIG_OPTION,
    embedder: str | None = EMBEDDER_OPTION,
    contradiction: str | None = CONTRADICTION_OPTION,
    lm: str | None = LM_OPTION,
    grammar: str | None = GRAMMAR_OPTION,
    languagetool_url: str | None = LANGUAGETOOL_OPTION,
    repairs: bool | None = REPAIRS_OPTION,
    english: English | None = ENGLISH_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Score each pair with the checks, thresholds and severities the audit applies to a linked sentence.

    Exit 0 when every pair was scored, 2 on bad input (the message names the line).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..backends.models import ModelSet
    from ..report import write_atomic
    from ..scoring import read_pairs, score_pairs

    err = stderr_console()
    with handled(debug):
        if (pairs_path is None) == (input_path is None):
            raise typer.BadParameter("give the pairs file once: PAIRS.jsonl (or '-' for standard input)",
                                     param_hint="PAIRS.jsonl")
        source = pairs_path if pairs_path is not None else input_path
        assert source is not None
        config = build_config(config_path, None, embedder, contradiction, lm, grammar, languagetool_url,
                              repairs=repairs, english=english)
        pairs = read_pairs(source)
        models = ModelSet(config)
        lines: list[str] = []
        columns = (TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=True, disable=len(pairs) <= CHUNK) as bar:
            task = bar.add_task("scoring", total=len(pairs))
            for start in range(0, len(pairs), CHUNK):
                chunk = pairs[start:start + CHUNK]
                for pair, result in zip(chunk, score_pairs(chunk, models, config)):
                    lines.append(json.dumps({"id": pair.id, "flags": [f.to_dict() for f in result.flags],
                                             "scores": result.scores}, ensure_ascii=False))
                bar.advance(task, len(chunk))
        text = "".join(line + "\n" for line in lines)
        if output == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
            err.print(f"scored {len(lines)} pairs", highlight=False)
        else:
            write_atomic(output, text)
            err.print(f"scored {len(lines)} pairs into {output}", highlight=False)
