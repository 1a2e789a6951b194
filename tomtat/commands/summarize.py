"""`tomtat summarize ARTICLE`: a short Vietnamese summary whose every figure was checked.

Exit status as `tomtat check`: 0 clean, 1 a flagged figure remains or the
article's own figures disagree, 2 bad usage or input (one line on stderr).
"""
from __future__ import annotations

import argparse
import time

from rich.console import Console

from tomtat.commands import WRITTEN_HELP, day, int_in_range, positive_int
from tomtat.commands.collector import cyclic_gc_paused
from tomtat.commands.json_output import json_line, print_json
from tomtat.commands.llm_options import LLMDefaultsFormatter, add_llm_options, llm_settings
from tomtat.errors import TomtatError
from tomtat.reading import read_article
from tomtat.render import StdoutConsole, render_summary
from tomtat.summarize import load_engine, summarize_article
from tomtat.summarize.auto import ENGINES
from tomtat.summarize.vit5 import BACKENDS, DEFAULT_MODEL, DEFAULT_NUM_BEAMS, QUANTIZE_CHOICES


def add_parser(subparsers, help_text: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "summarize", help=help_text, formatter_class=LLMDefaultsFormatter,
        description="Summarise a Vietnamese article (text, HTML or stdin) and check every figure "
                    "of the summary against it. Exit 0 clean, 1 a flagged figure or an "
                    "inconsistent article relation, 2 bad usage or input.")
    parser.add_argument("article", metavar="ARTICLE", help="a text or HTML file, or - for stdin")
    parser.add_argument("--engine", choices=ENGINES, default="auto",
                        help="auto (default): ViT5 where the model loads, else extractive; "
                             "llm: a chat server (never chosen by auto)")
    parser.add_argument("--model", metavar="ID|DIR|NAME", default=None,
                        help=f"ViT5 checkpoint: a Hub id or a local directory (default {DEFAULT_MODEL}); "
                             f"with --engine llm, the model's name on the server")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--max-sentences", type=int_in_range(1, 3), default=None, metavar="N",
                        help="at most N sentences (1-3; extractive default 2)")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                        help="cpu (default) or cuda (bf16 where the GPU supports it, else fp16)")
    parser.add_argument("--backend", choices=BACKENDS, default=None,
                        help="what runs ViT5: ct2 (CTranslate2; the default where the ctranslate2 "
                             "package is installed) or transformers")
    parser.add_argument("--quantize", choices=QUANTIZE_CHOICES, default=None,
                        help="ViT5's weights: int8, or none (float32). Default: int8 with ct2 on CPU, "
                             "float32 with transformers on CPU, bf16/fp16 on CUDA")
    parser.add_argument("--num-beams", type=positive_int, default=DEFAULT_NUM_BEAMS, metavar="N",
                        help=f"beam width; every beam is a candidate for the checker (default {DEFAULT_NUM_BEAMS})")
    parser.add_argument("--written", type=day, metavar="YYYY-MM-DD", help=WRITTEN_HELP)
    parser.add_argument("--prompt", metavar="FILE", default=None,
                        help="input template: for ViT5 a file with {body} where the article goes; "
                             "for --engine llm a chat template with [system], [user], [repair] sections")
    add_llm_options(parser, batch=False)
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    article = read_article(args.article, written=args.written)   # bad input fails fast, before any model loads
    if args.engine == "extractive" and (args.model or args.quantize or args.prompt or args.backend):
        raise TomtatError("--model, --backend, --quantize and --prompt apply to ViT5, not --engine extractive")
    if args.engine == "llm" and (args.quantize or args.backend or args.device != "cpu"):
        raise TomtatError("--device, --backend and --quantize apply to ViT5, not --engine llm")
    settings = llm_settings(args)
    err = Console(stderr=True)
    t0 = time.perf_counter()
    with err.status("Loading the summariser…", spinner="dots"):
        engine, notes = load_engine(args.engine, args.model, args.device, args.quantize,
                                    num_beams=args.num_beams, prompt_file=args.prompt, llm=settings,
                                    backend=args.backend)
    load_s = time.perf_counter() - t0
    label = {"vit5": "Generating", "llm": "Asking the model"}.get(engine.name, "Selecting sentences")
    with cyclic_gc_paused():
        with err.status(f"{label} and checking figures…", spinner="dots"):
            result = summarize_article(article, engine, num_candidates=max(args.num_beams, 1),
                                       max_sentences=args.max_sentences, notes=notes)
        result.timing = {"load": load_s, **result.timing}
        ok = result.ok
        if args.json:
            print_json(json_line(result.to_json()))
        else:
            render_summary(StdoutConsole(), result)
        del result   # freed while the collector is still paused (see cyclic_gc_paused)
    return 0 if ok else 1
