"""List the checker's flags on a set of summaries, with context, for reading by hand.

    python benchmarks/list_flags.py [DATA] [--field summary] [--sample 40] [--seed 1]
                                    [--verdict mismatch,...] [--grep WORD] [--counts-only]

DATA defaults to ../shared/data/outside/gemini-2025.jsonl. The article is the title line
then the body, as tomtat reads it. Prints the share of summaries and figures flagged, the
flags by verdict, then a seeded sample of flags: the summary sentence with the figure
marked «…», the explanation, and each evidence span with article context; with no evidence,
the article sentences around the figure's value are not guessed at: the summary sentence
and the explanation are what there is to read.

`--field` picks the summary field ("summary" for gemini-2025, "prediction" for
vit5-vietnews-test). The sample is checker_report.py's (`stable_sample`): a flag stays in it
for as long as it stays flagged (a seeded hash of id, offset and figure text orders them).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from tomtat.checks import check_summary, prepare_article
from tomtat.checks.subjects import sentence_bounds

from checker_report import stable_sample   # this folder: the scripts run as `python benchmarks/...`

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "outside" / "gemini-2025.jsonl"
CONTEXT = 80


def one_line(s: str) -> str:
    return " ".join(s.split())


def marked(text: str, start: int, end: int) -> str:
    s, e = sentence_bounds(text, start)
    return one_line(f"{text[s:start]}«{text[start:end]}»{text[end:max(e, end)]}")


def in_context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    return one_line(f"…{text[lo:start]}«{text[start:end]}»{text[end:hi]}…")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    p.add_argument("--field", default=None, help="summary field (default: summary, else prediction)")
    p.add_argument("--sample", type=int, default=40)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--verdict", default="", help="comma-separated verdicts to list (default: all flagged)")
    p.add_argument("--grep", default="", help="list only flags whose explanation or sentence holds this")
    p.add_argument("--limit", type=int, default=0, help="first N records only")
    p.add_argument("--counts-only", action="store_true")
    args = p.parse_args(argv)
    path = Path(args.data)
    if not path.is_file():
        print(f"list_flags: error: {path}: no such file", file=sys.stderr)
        return 2
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    if args.limit:
        records = records[:args.limit]
    wanted = set(filter(None, args.verdict.split(",")))
    flags, figures, flagged_summaries, verdicts = [], 0, 0, Counter()
    t0 = time.perf_counter()
    for rec in records:
        field = args.field or ("summary" if "summary" in rec else "prediction")
        summary = rec.get(field) or ""
        article = f"{rec['title']}\n{rec['article']}" if rec.get("title") else rec["article"]
        report = check_summary(prepare_article(article), summary)
        figures += len(report.figures)
        verdicts.update(c.verdict.value for c in report.figures)
        if report.flagged:
            flagged_summaries += 1
        for cf in report.flagged:
            flags.append((rec["id"], article, summary, cf))
    took = time.perf_counter() - t0
    n = len(records)
    print(f"# Flags on {path.name} ({field}): {n} summaries, {figures} figures, {took:.1f} s")
    print(f"summaries with a flag: {flagged_summaries} ({flagged_summaries / max(n, 1):.1%}); "
          f"flagged figures: {len(flags)} ({len(flags) / max(figures, 1):.1%})")
    print("verdicts: " + ", ".join(f"{v} {c}" for v, c in verdicts.most_common()))
    if args.counts_only:
        return 0
    chosen = [f for f in flags if (not wanted or f[3].verdict.value in wanted)
              and (not args.grep or args.grep in f[3].explanation or args.grep in marked(f[2], f[3].figure.start, f[3].figure.end))]
    chosen = stable_sample(chosen, args.sample, args.seed, ident=lambda f: (f[0], f[3].figure))
    for rid, article, summary, cf in chosen:
        fig = cf.figure
        print(f"\n## {rid} · {fig.text!r} · {cf.verdict.value}")
        print(f"summary: {marked(summary, fig.start, fig.end)}")
        print(f"why: {cf.explanation}")
        for span in cf.evidence:
            print(f"article: {in_context(article, span.start, span.end)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
