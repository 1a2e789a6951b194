"""Throughput of the figure checker over the shared VietNews pairs, on one core.

    python benchmarks/bench_checker.py [../shared/data/vietnews/val-2000.jsonl] [--repeat 5] [--cpu]

Measures, per article/reference-summary pair: the full check (`check_summary`:
extract both texts, verdicts, the article's relations), extraction alone, a
bare digit regex that understands nothing, as the floor, and a naive checker
built on it. Every row works on the pairs already in memory. Reports the best of
--repeat runs (pairs per second), pinned to one CPU where the OS allows.

It also prints a fingerprint of everything the checker said about the pairs
(every figure of both texts and every report), so a change made for speed shows
at once whether it changed what the checker finds.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "vietnews" / "val-2000.jsonl"


def load_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            article = f"{rec['title']}\n{rec['article']}" if rec.get("title") else rec["article"]
            pairs.append((article, rec["summary"]))
    return pairs


def data_on_one_core(data: str, prog: str) -> Path | None:
    """The data file, this process pinned to one CPU where the OS allows; None (after a
    one-line error) when the file is not there."""
    path = Path(data)
    if not path.is_file():
        print(f"{prog}: error: {path}: no such file (the shared VietNews data)", file=sys.stderr)
        return None
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    return path


def best_rate(fn, pairs, repeat: int, clock=time.perf_counter) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        fn(pairs)
        best = min(best, clock() - start)
    return len(pairs) / best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cpu", action="store_true",
                        help="time in CPU seconds of this process (time.process_time), which a shared, "
                             "loaded machine disturbs far less than wall time")
    args = parser.parse_args(argv)
    clock = time.process_time if args.cpu else time.perf_counter
    path = data_on_one_core(args.data, "bench_checker")
    if path is None:
        return 2

    from tomtat.checks import check_summary, extract_figures

    pairs = load_pairs(path)
    digits = re.compile(r"\d+")

    def bare_regex(ps):
        for a, s in ps:
            digits.findall(a)
            digits.findall(s)

    def naive_checker(ps):
        # what a checker built on the bare regex does: flag the summary's digit strings
        # that the article lacks. From memory, like every other row: reading and decoding
        # the file is no checker's work, and timing it on one side only flattered the others.
        for a, s in ps:
            set(digits.findall(s)) - set(digits.findall(a))

    def extraction(ps):
        for a, s in ps:
            extract_figures(a)
            extract_figures(s)

    def full_check(ps):
        for a, s in ps:
            check_summary(a, s)

    full_check(pairs[:200])  # warm caches and imports
    rows = [("bare digit regex (floor)", best_rate(bare_regex, pairs, args.repeat, clock)),
            ("naive checker: two regex passes, set difference", best_rate(naive_checker, pairs, args.repeat, clock)),
            ("extraction, article + summary", best_rate(extraction, pairs, args.repeat, clock)),
            ("full check_summary (verdicts + relations)", best_rate(full_check, pairs, args.repeat, clock))]
    print(f"{len(pairs)} pairs from {path.name}; Python {platform.python_version()}; "
          f"one core; best of {args.repeat}; {'CPU' if args.cpu else 'wall'} time; "
          f"load {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("| what | pairs/s | µs per pair |")
    print("|---|---|---|")
    for name, rate in rows:
        print(f"| {name} | {rate:,.0f} | {1e6 / rate:,.0f} |")
    print(f"checker output fingerprint: {fingerprint(pairs, extract_figures, check_summary)}")
    return 0


def fingerprint(pairs, extract_figures, check_summary) -> str:
    """sha256 (first 16 hex digits) of the figures of both texts and the report of every pair."""
    digest = hashlib.sha256()
    for article, summary in pairs:
        for text in (article, summary):
            digest.update(repr(extract_figures(text)).encode())
        digest.update(repr(check_summary(article, summary)).encode())
    return digest.hexdigest()[:16]


if __name__ == "__main__":
    sys.exit(main())
