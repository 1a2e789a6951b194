"""`tomtat eval`: evaluate a summariser on a test set (ROUGE and figure faithfulness).

    tomtat eval DATA [--engine auto|vit5|extractive|llm|lead-1|lead-3] [--model ID|DIR|NAME]
                     [--predictions FILE] [--out DIR] [--resume] [--limit N] [--shard I/N]
                     [--fields id=...,article=...,summary=...] [--perturb] [--batch-size N]
                     [--device cpu|cuda] [--backend ct2|transformers] [--quantize int8|none]
                     [--json] [--overwrite]
                     [--base-url URL --concurrency N --repair-rounds N ...]   (--engine llm)
    tomtat eval --merge DIR1 DIR2 ... --out DIR [--overwrite]

Progress (a rich bar with rate and ETA) and notices go to stderr; the summary
table (or, with --json, metrics.json's content) goes to stdout. Exit status 0 when
the run completes and scores at least one article (malformed records are counted,
not fatal; nor are articles an llm server failed on, which a resumed run tries
again); 2 for bad usage, unreadable input, an --out folder the run may not
use, or a run that scored nothing (its files are written all the same).
"""
from __future__ import annotations

import json


from tomtat.commands import non_negative_int, positive_int
from tomtat.commands.llm_options import LLMDefaultsFormatter, add_llm_options, llm_settings
from tomtat.errors import TomtatError
from tomtat.eval import EvalConfig, RunResult, merge_runs, parse_fields, parse_shard, run_eval
from tomtat.render import StdoutConsole
from tomtat.render_eval import RichProgress, render_run

ENGINE_CHOICES = ("auto", "vit5", "extractive", "llm", "lead-1", "lead-3")


def add_parser(subparsers, help_text: str) -> None:
    parser = subparsers.add_parser(
        "eval", help=help_text, formatter_class=LLMDefaultsFormatter,
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
    parser.add_argument("--overwrite", action="store_true",
                        help="let --out replace the run files already in its folder (nothing else there)")
    parser.add_argument("--limit", type=non_negative_int, default=None, metavar="N", help="first N records only")
    parser.add_argument("--shard", metavar="I/N", default=None, help="this machine's share: every N-th record from I")
    parser.add_argument("--fields", metavar="MAP", default=None,
                        help="field names, e.g. id=doc_id,article=text,summary=abstract")
    parser.add_argument("--perturb", action="store_true",
                        help="stress-test the checker with corrupted reference summaries")
    parser.add_argument("--batch-size", type=positive_int, default=8, metavar="N")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    # Literal choices, not vit5.BACKENDS: `eval --predictions` never imports the summariser.
    parser.add_argument("--backend", choices=("ct2", "transformers"), default=None,
                        help="what runs ViT5: ct2 (CTranslate2, default where installed; on CUDA one "
                             "replica per GPU) or transformers")
    parser.add_argument("--quantize", choices=("int8", "none"), default=None,
                        help="ViT5's weights: int8 or none (float32); default int8 with ct2 on CPU, "
                             "float32 with transformers")
    parser.add_argument("--merge", nargs="+", metavar="DIR", default=None,
                        help="merge the per-article files of shard runs into --out")
    parser.add_argument("--json", action="store_true", help="print metrics.json's content instead of the table")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_llm_options(parser, batch=True)
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.merge:
        if not args.out:
            raise TomtatError("--merge needs --out DIR for the merged run")
        if args.data:
            raise TomtatError("--merge takes run folders, not DATA")
        result = merge_runs(args.merge, args.out, overwrite=args.overwrite)
    else:
        result = _run(args)
    if result.scored == 0:
        raise TomtatError(nothing_scored(result))
    if args.json:
        print(json.dumps(result.metrics, ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False))
    else:
        render_run(StdoutConsole(), result)
    return 0


def _run(args) -> RunResult:
    if not args.data:
        raise TomtatError("DATA is required (a data file or folder, or hf:NAME[:SPLIT])")
    if args.resume and not args.out:
        raise TomtatError("--resume needs --out DIR (the folder of the run to continue)")
    if args.resume and args.overwrite:
        raise TomtatError("--resume continues the run in --out; --overwrite replaces it: choose one")
    settings = llm_settings(args)
    config = EvalConfig(
        data=args.data, out=args.out, fields=parse_fields(args.fields) if args.fields else None,
        limit=args.limit, shard=parse_shard(args.shard), engine=args.engine, model=args.model,
        device=args.device, quantize=args.quantize, backend=args.backend, batch_size=args.batch_size,
        predictions=args.predictions, resume=args.resume, overwrite=args.overwrite,
        mode="perturb" if args.perturb else "eval", llm=settings.to_json() if settings else None)
    progress = RichProgress(enabled=not (args.no_progress or args.json))
    try:
        return run_eval(config, progress)
    finally:
        progress.stop()


def nothing_scored(result: RunResult) -> str:
    """One line for a run without a single scored article: how many records, and the first reason."""
    metrics = result.metrics
    line = f"nothing scored: {metrics['articles']} record(s) read"
    malformed = metrics.get("malformed_records") or []
    failed = metrics.get("failed_records") or []
    if malformed and not failed:
        first = malformed[0]
        where = first.get("where") or first["id"]
        line += f", all malformed (the first, {where}: {first['reason']})"
    elif failed:
        first = failed[0]
        line += (f", {len(failed)} failed in the engine (the first, {first['id']}: {first['reason']}); "
                 "--resume tries them again")
    if result.out is not None:
        line += f"; see {result.out / 'report.md'}"
    return line
