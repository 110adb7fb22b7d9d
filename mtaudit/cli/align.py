"""mtaudit align: sentence links between an original and a reprint, or a batch of tasks."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ._app import app
from .common import CONFIG_OPTION, DEBUG_OPTION, EMBEDDER_OPTION, build_config, handled, stderr_console


@app.command("align")
def align_cli(
    reprint: Path | None = typer.Argument(None, metavar="REPRINT", help="The reprint to align."),
    second: Path | None = typer.Argument(None, hidden=True, help="The earlier spelling: ORIGINAL REPRINT."),
    original: Path | None = typer.Option(None, "--original", metavar="ORIGINAL",
                                         help="The original to align it with (as in mtaudit audit)."),
    segmented: bool = typer.Option(False, "--segmented",
                                   help="Inputs are already split: one sentence a line, "
                                        "blank line between paragraphs."),
    json_path: Path | None = typer.Option(None, "--json", metavar="PATH", help="Write the links as JSON here."),
    batch: Path | None = typer.Option(None, "--batch", metavar="TASKS.jsonl",
                                         help="Align every task of a JSON Lines file (see the README)."),
    output: Path | None = typer.Option(None, "--output", metavar="LINKS.jsonl",
                                          help="Where --batch writes one result a line."),
    config_path: Path | None = CONFIG_OPTION,
    embedder: str | None = EMBEDDER_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Link each reprint sentence to its counterpart(s) in the original; unlinked = added or omitted."""
    from ..align import AlignParams
    from ..align.tasks import link_to_dict, read_tasks, run_tasks, task_from_files
    from ..backends.embedder import load_embedder
    from ..report import write_atomic

    err = stderr_console()
    if second is not None and original is None:  # the earlier order: ORIGINAL REPRINT
        err.print("note: 'mtaudit align ORIGINAL REPRINT' is deprecated; write 'mtaudit align REPRINT --original "
                  "ORIGINAL', as mtaudit audit takes them", highlight=False)
        original, reprint = reprint, second
    elif second is not None:
        raise typer.BadParameter("give one REPRINT and --original ORIGINAL", param_hint="REPRINT")
    with handled(debug):
        if batch is not None:
            if original is not None or reprint is not None or output is None:
                raise typer.BadParameter("--batch takes no REPRINT or --original and needs --output LINKS.jsonl")
        elif original is None or reprint is None or output is not None:
            raise typer.BadParameter("give REPRINT --original ORIGINAL, or --batch TASKS.jsonl --output LINKS.jsonl")
        config = build_config(config_path, embedder=embedder)
        params = AlignParams.from_thresholds(config.thresholds)
        if batch is not None:
            tasks = list(read_tasks(batch))
            model = load_embedder(config.models.embedder)
            with err.status(f"aligning {len(tasks)} tasks", spinner="dots"):
                results = run_tasks(tasks, model.encode, params, config.thresholds)
            lines = [json.dumps({"id": task.id, "links": [link_to_dict(link) for link in links]}, ensure_ascii=False)
                     for task, links in zip(tasks, results)]
            assert output is not None  # checked above
            write_atomic(output, "".join(line + "\n" for line in lines))
            err.print(f"wrote {len(lines)} results to {output}", highlight=False)
            return
        assert original is not None and reprint is not None  # checked above
        task = task_from_files(original, reprint, segmented, config.boilerplate_patterns)
        model = load_embedder(config.models.embedder)
        with err.status("aligning", spinner="dots"):
            links = run_tasks([task], model.encode, params, config.thresholds)[0]
        linked_r = {r for link in links for r in link.reprint}
        linked_o = {o for link in links for o in link.original}
        result = {
            "original": {"path": str(original), "sentences": list(task.original)},
            "reprint": {"path": str(reprint), "sentences": list(task.reprint)},
            "links": [link_to_dict(link) for link in links],
            "additions": [r for r in range(len(task.reprint)) if r not in linked_r],
            "omissions": [o for o in range(len(task.original)) if o not in linked_o],
        }
        if json_path is not None:
            write_atomic(json_path, json.dumps(result, ensure_ascii=False, indent=2) + "\n")
            err.print(f"wrote {json_path}", highlight=False)
            return
        _print_table(Console(highlight=False), task, links, result)


def _print_table(console: Console, task, links, result) -> None:
    table = Table(title=f"{result['reprint']['path']} against {result['original']['path']}", show_lines=True)
    table.add_column("reprint", justify="right", no_wrap=True)
    table.add_column("reprint sentence", ratio=1)
    table.add_column("original", justify="right", no_wrap=True)
    table.add_column("original sentence", ratio=1)
    table.add_column("cosine", justify="right")
    by_first = {link.reprint[0]: link for link in links}
    for r, text in enumerate(task.reprint):
        link = by_first.get(r)
        if link is not None:
            table.add_row(",".join(str(i + 1) for i in link.reprint), " ".join(task.reprint[i] for i in link.reprint),
                          ",".join(str(o + 1) for o in link.original),
                          " ".join(task.original[o] for o in link.original), f"{link.similarity:.2f}")
        elif r in result["additions"]:
            table.add_row(str(r + 1), text, "", "[dim](added: no counterpart)[/dim]", "")
    console.print(table)
    omitted = result["omissions"]
    console.print(f"{len(links)} links, {len(result['additions'])} added reprint sentences, "
                  f"{len(omitted)} original sentences not carried"
                  + (f": {', '.join(str(o + 1) for o in omitted)}" if omitted else "")
                  + " (sentences counted from 1; --json counts from 0)")
