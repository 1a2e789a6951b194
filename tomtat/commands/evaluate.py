"""`tomtat eval`: evaluate a summariser on a test set (ROUGE and figure faithfulness).

    tomtat eval DATA [--engine auto|vit5|extractive|llm|lead-1|lead-3] [--model ID|DIR|NAME]
                     [--predictions FILE] [--out DIR] [--resume] [--limit N] [--shard I/N]
                     [--fields id=...,article=...,summary=...] [--perturb] [--batch-size N]
                     [--device cpu|cuda] [--json]
                     [--base-url URL --concurrency N --repair-rounds N ...]   (--engine llm)
    tomtat eval --merge DIR1 DIR2 ... --out DIR

Progress (a rich bar with rate and ETA) and notices go to stderr; the summary
table (or, with --json, metrics.json's content) goes to stdout. Exit status 0 when
the run completes (malformed records are counted, not fatal), 2 for bad usage
or unreadable input.
"""
from __future__ import annotations

import json

from tomtat.commands import non_negative_int, positive_int
from tomtat.commands.llm_options import add_llm_options, llm_settings
from tomtat.errors import InputError

ENGINE_CHOICES = ("auto", "vit5", "extractive", "llm", "lead-1", "lead-3")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval", help="evaluate a summariser on a test set: ROUGE and figure faithfulness",
        description="Evaluate summaries of a test set: ROUGE-1/2/L (Vietnamese tokens and rouge_score's "
                    "default) and the figure checker's verdicts, with 95%% bootstrap intervals.")
    parser.add_argument("data", nargs="?", metavar="DATA",
                        help="a .jsonl/.csv/.parquet file, a folder of VietNews .txt.seg files, or hf:NAME[:SPLIT]")
    parser.add_argument("--engine", choices=ENGINE_CHOICES, default="auto",
                        help="summariser to run (default auto: ViT5 where it loads, else extractive)")
    parser.add_argument("--model", metavar="ID|DIR|NAME", default=None,
                        help="ViT5 checkpoint: Hub id or local folder; with --engine llm, the model's name on the server")
    parser.add_argument("--predictions", metavar="FILE", default=None,
                        help="score existing summaries: JSONL with \"id\" and \"prediction\"")
    parser.add_argument("--out", metavar="DIR", default=None,
                        help="write articles.jsonl, metrics.json, report.md there (needed for --resume)")
    parser.add_argument("--resume", action="store_true", help="continue the interrupted run in --out")
    parser.add_argument("--limit", type=non_negative_int, default=None, metavar="N", help="first N records only")
    parser.add_argument("--shard", metavar="I/N", default=None, help="this machine's share: every N-th record from I")
    parser.add_argument("--fields", metavar="MAP", default=None,
                        help="field names, e.g. id=doc_id,article=text,summary=abstract")
    parser.add_argument("--perturb", action="store_true",
                        help="stress-test the checker with corrupted reference summaries")
    parser.add_argument("--batch-size", type=positive_int, default=8, metavar="N")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    parser.add_argument("--quantize", choices=("int8",), default=None, help="dynamic int8 quantisation (ViT5, CPU)")
    parser.add_argument("--merge", nargs="+", metavar="DIR", default=None,
                        help="merge the per-article files of shard runs into --out")
    parser.add_argument("--json", action="store_true", help="print metrics.json's content instead of the table")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_llm_options(parser, batch=True)
    parser.set_defaults(run=run)


class RichProgress:
    """The runner's progress callbacks as a rich bar on stderr (rate and ETA)."""

    def __init__(self, enabled: bool) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.enabled = enabled
        self._progress = None
        self._task = None

    def start(self, total: int, done: int, description: str) -> None:
        if not self.enabled:
            return
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        class Rate(TextColumn):
            def render(self, task):  # articles a second since this session started
                speed = task.finished_speed or task.speed
                from rich.text import Text
                return Text(f"{speed:.1f} art/s" if speed else "- art/s")

        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  Rate(""), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                  console=self.console, transient=False)
        self._progress.start()
        self._task = self._progress.add_task(description, total=total, completed=done)

    def advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def notice(self, message: str) -> None:
        self.console.print(f"tomtat: {message}", markup=False, highlight=False)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def run(args) -> int:
    from tomtat.eval import EvalConfig, merge_runs, parse_fields, parse_shard, run_eval
    from tomtat.eval.report import summary_table

    if args.merge:
        if not args.out:
            raise InputError("--merge needs --out DIR for the merged run")
        if args.data:
            raise InputError("--merge takes run folders, not DATA")
        result = merge_runs(args.merge, args.out)
    else:
        if not args.data:
            raise InputError("DATA is required (a data file or folder, or hf:NAME[:SPLIT])")
        if args.resume and not args.out:
            raise InputError("--resume needs --out DIR (the folder of the run to continue)")
        if args.predictions and args.perturb:
            raise InputError("--perturb corrupts the reference summaries; it takes no --predictions")
        settings = llm_settings(args)
        config = EvalConfig(
            data=args.data, out=args.out, fields=parse_fields(args.fields) if args.fields else None,
            limit=args.limit, shard=parse_shard(args.shard), engine=args.engine, model=args.model,
            device=args.device, quantize=args.quantize, batch_size=args.batch_size,
            predictions=args.predictions, resume=args.resume, mode="perturb" if args.perturb else "eval",
            llm=settings.to_json() if settings else None)
        progress = RichProgress(enabled=not (args.no_progress or args.json))
        try:
            result = run_eval(config, progress)
        finally:
            progress.stop()
    if args.json:
        print(json.dumps(result.metrics, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    from rich.console import Console

    console = Console()
    if "by_type" in result.metrics:
        console.print(_perturb_table(result.metrics))
    else:
        console.print(summary_table(result.metrics))
        if result.timing:
            per = {k.removesuffix("_s_per_article"): v for k, v in result.timing.items()
                   if k.endswith("_s_per_article") and v is not None}
            if per:
                console.print("time per article: " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in per.items()),
                              highlight=False)
    if result.out is not None:
        console.print(f"results in {result.out}/", highlight=False)
    return 0


def _perturb_table(metrics: dict):
    from rich.table import Table

    table = Table(title="Checker stress test: corrupted reference summaries")
    for col in ("Type", "Corruptions", "Eligible", "Recall", "Untouched", "Flagged untouched", "Induced"):
        table.add_column(col, justify="left" if col == "Type" else "right")
    for ctype, m in metrics["by_type"].items():
        rec = m["recall"]["mean"]
        ffr = m["false_flag_rate"]["mean"]
        ind = m["induced_false_flag_rate"]["mean"]
        table.add_row(ctype, str(m["corruptions"]), str(m["eligible"]),
                      "n/a" if rec is None else f"{100 * rec:.1f}%", str(m["untouched_figures"]),
                      "n/a" if ffr is None else f"{100 * ffr:.1f}%", "n/a" if ind is None else f"{100 * ind:.1f}%")
    return table
