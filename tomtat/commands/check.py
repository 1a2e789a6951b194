"""`tomtat check ARTICLE`: verify a summary's figures against its article.

Without a summary, checks the article's own arithmetic only. Exit status: 0
nothing flagged; 1 a figure is mismatch, context_mismatch or unsupported, or an
article relation is inconsistent; 2 bad usage or unreadable input.
Never imports torch or transformers: it answers in well under a second.
"""
from __future__ import annotations

import argparse
import unicodedata

from tomtat.checks import CheckReport, check_summary
from tomtat.commands import WRITTEN_HELP, day
from tomtat.commands.collector import cyclic_gc_paused
from tomtat.commands.json_output import json_text, print_json
from tomtat.errors import TomtatError
from tomtat.reading import read_article, read_text
from tomtat.render import StdoutConsole, render_relations, render_report


def add_parser(subparsers, help_text: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("check", help=help_text, description=__doc__.splitlines()[0])
    parser.add_argument("article", metavar="ARTICLE", help="a text or HTML file, or - for stdin")
    given = parser.add_mutually_exclusive_group()
    given.add_argument("--summary", metavar="FILE", help="the summary, in a file (or - for stdin)")
    given.add_argument("--summary-text", metavar="TEXT", help="the summary, as an argument")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-clean", action="store_true",
                        help="check the article as it is, without removing page furniture "
                             "(JSON offsets are then offsets into the file's text)")
    parser.add_argument("--written", type=day, metavar="YYYY-MM-DD", help=WRITTEN_HELP)
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    if args.article == "-" and args.summary == "-":
        raise TomtatError("only one of ARTICLE and --summary can be read from stdin")
    article = read_article(args.article, clean=not args.no_clean, written=args.written)
    if args.summary is not None:
        summary = read_text(args.summary).strip()
    elif args.summary_text is not None:
        summary = unicodedata.normalize("NFC", args.summary_text).strip()
        if not summary:
            raise TomtatError("--summary-text is empty")
    else:
        summary = ""
    with cyclic_gc_paused():
        report = check_summary(article.text, summary, written=article.written)
        ok = report.ok
        _show(report, args, summary, article.title)
        del report   # freed while the collector is still paused (see cyclic_gc_paused)
    return 0 if ok else 1


def _show(report: CheckReport, args: argparse.Namespace, summary: str, title: str | None) -> None:
    """The report as JSON (`--json`) or as tables on the terminal."""
    if args.json:
        # written at once: json.dump writes each of a long report's million pieces to the
        # stream on its own (1.7 s of CPU for 10 MB, against 0.9 s)
        print_json(json_text(report.to_json()))
        return
    console = StdoutConsole(highlight=False)
    if summary:
        render_report(console, summary, report, title=title)
    else:
        render_relations(console, report)
