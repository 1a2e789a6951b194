"""CPU time of the full check over the shared VietNews pairs: the same work as
bench_checker.py's `full check_summary` row, timed with `time.process_time`, which a shared,
loaded machine disturbs far less than wall time (other jobs' time is not counted).

    python benchmarks/bench_checker_cpu.py [../shared/data/vietnews/val-2000.jsonl] [--repeat 2]

Prints pairs per CPU second, best of --repeat passes, and the load average. To compare two
checkouts, run each one's copy alternately, several times, and compare like with like.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_checker import DEFAULT_DATA, load_pairs  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    path = Path(args.data)
    if not path.is_file():
        print(f"bench_checker_cpu: error: {path}: no such file", file=sys.stderr)
        return 2
    from tomtat.checks import check_summary
    pairs = load_pairs(path)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.process_time()
        for article, summary in pairs:
            check_summary(article, summary)
        best = min(best, time.process_time() - t0)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{len(pairs)} pairs, load {load}: {len(pairs) / best:,.0f} pairs per CPU second (best of {args.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
