"""mtaudit audit REPRINT... --original ORIGINAL: the full audit, its reports and the gate."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from ._app import ExitStatus, app
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
    FailOn,
    build_config,
    handled,
    signals_held,
    stderr_console,
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class Show(str, Enum):
    minor = "minor"


class StageProgress:
    """Progress on stderr through the audit's stages (per manifest group): a bar in a terminal;
    elsewhere (CI, a hook, a log) one plain line a stage with the time so far; nothing when
    ``quiet``."""

    def __init__(self, console: Console, groups: int = 1, quiet: bool = False) -> None:
        import time

        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        from ..pipeline import STAGES

        self.plain = not console.is_terminal
        self.quiet = quiet
        self.console = console
        self.started = time.monotonic()
        self.last = ""
        self.stages = STAGES
        self.progress = Progress(TextColumn("{task.description:<48}"), BarColumn(),
                                 TextColumn("{task.percentage:>3.0f}%"),
                                 TimeElapsedColumn(), console=console, transient=True)
        self.task = self.progress.add_task("auditing", total=len(STAGES) * groups)
        self.done = 0
        self.stage_base = 0

    def __enter__(self) -> StageProgress:
        if not (self.plain or self.quiet):
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if not (self.plain or self.quiet):
            self.progress.stop()

    def __call__(self, message: str) -> None:
        import re
        import time

        if self.quiet:
            return
        if self.plain:
            if message != self.last:
                self.console.print(f"mtaudit: {message} ({time.monotonic() - self.started:.1f} s)",
                                   highlight=False, markup=False, soft_wrap=True)
                self.last = message
            return

        group = re.match(r"\[(\d+)/(\d+)\] (.*)", message)
        stage = group.group(3) if group else message
        base = (int(group.group(1)) - 1) * len(self.stages) if group else 0
        if stage in self.stages:
            self.done = max(self.done, base + self.stages.index(stage))
        self.progress.update(self.task, completed=self.done, description=message)


@app.command("audit")
def audit_cli(
    reprints: list[str] | None = typer.Argument(None, metavar="REPRINT...", help="Reprint files to audit."),
    original: list[str] | None = typer.Option(None, "--original", metavar="ORIGINAL",
                                                 help="An original (repeat for several). None: reference-free audit."),
    pairs: Path | None = typer.Option(None, "--pairs", metavar="MANIFEST.csv",
                                         help="CSV with 'reprint,original' columns: each reprint is audited "
                                              "against its own originals (several rows, or ';' between paths)."),
    ray_address: str | None = typer.Option(None, "--ray", metavar="ADDRESS",
                                           help="Audit the --pairs groups on Ray workers (pip install "
                                                "'mtaudit[ray]'): 'local' starts Ray on this machine; else "
                                                "the cluster's address (auto, HOST:6379 or ray://HOST:10001)."),
    workers: int | None = typer.Option(None, "--workers", min=1, metavar="N",
                                       help="With --ray local: groups audited at once (default: one per CPU)."),
    json_path: Path | None = typer.Option(None, "--json", metavar="PATH", help="Write the JSON report here."),
    html_path: Path | None = typer.Option(None, "--html", metavar="PATH",
                                             help="Write a self-contained HTML report here."),
    markdown_path: Path | None = typer.Option(None, "--markdown", metavar="PATH",
                                                 help="Write a Markdown report (for a PR or CMS comment) here."),
    junit_path: Path | None = typer.Option(None, "--junit", metavar="PATH",
                                              help="Write JUnit XML here: a test case per reprint, a failure per "
                                                   "flag that fails the run."),
    csv_path: Path | None = typer.Option(None, "--csv", metavar="PATH",
                                            help="Write one CSV row per sentence, with scores and flags."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", case_sensitive=False,
                                               help="What goes to stdout: the editor's report (text) or the "
                                                    "JSON report (json). Messages always go to stderr."),
    fail_on: FailOn | None = typer.Option(None, "--fail-on", case_sensitive=False,
                                             help="Lowest severity that fails the run (exit 1). Default: major."),
    exit_zero: bool = typer.Option(False, "--exit-zero",
                                   help="Exit 0 even when flags reach --fail-on (errors still exit 2)."),
    accepted: Path | None = typer.Option(None, "--accepted", metavar="PATH",
                                            help="Accepted-findings file (default: the configured one, or "
                                                 "./mtaudit-accepted.json if it exists)."),
    config_path: Path | None = CONFIG_OPTION,
    embedder: str | None = EMBEDDER_OPTION,
    contradiction: str | None = CONTRADICTION_OPTION,
    lm: str | None = LM_OPTION,
    grammar: str | None = GRAMMAR_OPTION,
    languagetool_url: str | None = LANGUAGETOOL_OPTION,
    repairs: bool | None = REPAIRS_OPTION,
    english: English | None = ENGLISH_OPTION,
    no_cache: bool = typer.Option(False, "--no-cache",
                                  help="Run every model on every text; do not read or write the output cache "
                                       "(~/.cache/mtaudit/outputs.sqlite)."),
    max_bytes: int | None = typer.Option(None, min=1, metavar="BYTES",
                                         help="Refuse input files larger than this many bytes "
                                              "(default 5,000,000, or max_bytes in the config)."),
    original_short: list[str] | None = typer.Option(None, "-o", hidden=True,
                                                      help="Deprecated spelling of --original."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also list the original sentences not carried."),
    explain: bool = typer.Option(False, "--explain", help="Show the scores and evidence behind each flag."),
    show: Show | None = typer.Option(None, "--show", help="'minor': list minor flags in full, like the others "
                                                          "(by default one line each)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print no report on stdout and no progress on stderr."),
    show_progress: bool = typer.Option(True, "--progress/--no-progress",
                                       help="Report each stage on stderr (default); --no-progress prints the "
                                            "report alone, as a pre-commit hook wants."),
    debug: bool = DEBUG_OPTION,
) -> None:
    """Audit reprints against originals and write the reports.

    Exit status: 0 pass (no flag reaches --fail-on, or --exit-zero), 1 fail, 2 error
    (bad usage, input, settings or model).
    """
    from ..backends.models import ModelSet
    from ..cache import default_cache
    from ..distributed import LOCAL, audit_on_ray
    from ..pipeline import audit_files, audit_manifest, read_manifest
    from ..report import terminal, write_atomic
    from ..report.formats import FORMAT_BY_NAME

    err = stderr_console()
    if original_short:
        err.print("note: -o for --original is deprecated and will be removed in the next release, where -o "
                  "may name an output as other tools use it; write --original", highlight=False)
        original = [*(original or []), *original_short]
    with handled(debug):
        if pairs is None and not reprints:
            raise typer.BadParameter("give reprint files, or --pairs MANIFEST.csv", param_hint="REPRINT...")
        if pairs is not None and (reprints or original):
            raise typer.BadParameter("--pairs names the reprints and originals; give no others", param_hint="--pairs")
        if ray_address is not None and pairs is None:
            raise typer.BadParameter("--ray audits the groups of a manifest: give --pairs MANIFEST.csv",
                                     param_hint="--ray")
        if workers is not None and ray_address != LOCAL:
            raise typer.BadParameter("--workers sizes a local Ray instance: give --ray local", param_hint="--workers")
        config = build_config(config_path, fail_on, embedder, contradiction, lm, grammar, languagetool_url, accepted,
                              repairs, english)
        if max_bytes is not None:
            config = config.replace(max_bytes=max_bytes)
        max_bytes = config.max_bytes
        groups = None
        manifest = read_manifest(pairs) if pairs is not None else None
        if manifest is not None:
            groups = len({tuple(originals) for _, originals in manifest})
        # Ray workers keep no output cache: they may run on machines that do not share this one's.
        cache = None if no_cache or config.cache_max_mb == 0 or ray_address is not None \
            else default_cache(config.cache_max_mb)
        models = ModelSet(config, cache=cache)
        try:
            with StageProgress(err, groups or 1, quiet or not show_progress) as progress:
                if manifest is not None and ray_address is not None:
                    report = audit_on_ray(manifest, config, ray_address, workers, progress, max_bytes)
                elif manifest is not None:
                    report = audit_manifest(manifest, config, models, max_bytes=max_bytes, progress=progress)
                else:
                    report = audit_files(reprints or [], original or [], config, models, max_bytes=max_bytes,
                                         progress=progress)
        finally:
            if cache is not None:
                cache.close()
        paths = {"json": json_path, "html": html_path, "markdown": markdown_path, "junit": junit_path, "csv": csv_path}
        rendered = [(path, FORMAT_BY_NAME[name].render(report)) for name, path in paths.items() if path is not None]
        with signals_held():
            for path, text in rendered:
                write_atomic(path, text)
        if output_format == OutputFormat.json:
            sys.stdout.write(FORMAT_BY_NAME["json"].render(report))
            sys.stdout.flush()
        elif not quiet:
            width = None if os.isatty(1) else 120
            terminal.render(Console(width=width, highlight=False), report, verbose=verbose, explain=explain,
                            show_minor=show == Show.minor)
        for path, _ in rendered:
            err.print(f"wrote {path}", highlight=False)
    raise typer.Exit(ExitStatus.FAIL if report.failed and not exit_zero else ExitStatus.PASS)
