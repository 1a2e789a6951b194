"""Where checking a long article spends its time, in CPU seconds, with the collector on and off.

    python benchmarks/bench_long_phases.py [--mb 10]

The figure-dense report of `bench_long_input.py` repeated to N megabytes, checked against
its six-figure summary phase by phase: the article's figures, its relations, the verdicts
(`check_summary` on the prepared article). Each phase is timed in CPU time of this process
(`time.process_time`), not wall time: on a machine shared with other jobs the wall time
grows with their load, the CPU time far less, so two checkouts run one after the other
(set PYTHONPATH to the other's installed layout) compare fairly. The same runs again with
the cyclic garbage collector paused, as `tomtat check` runs the checker, each row in a process
of its own (the checker remembers answers for the same article text: `wording._matches`, for
one, and a second run in the same process found them). Pinned to one CPU.
"""
from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_long_input import FIXTURE, SUMMARY, load  # noqa: E402


def phases(text: str) -> tuple[float, float, float]:
    from tomtat.checks import check_summary, prepare_article

    facts = prepare_article(text)
    start = time.process_time()
    figures = facts.figures         # read on first need, then kept
    read = time.process_time()
    relations = facts.relations
    related = time.process_time()
    check_summary(facts, SUMMARY)
    assert figures and relations
    return read - start, related - read, time.process_time() - related


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="article size in megabytes")
    parser.add_argument("--row", choices=("on", "paused"), help=argparse.SUPPRESS)  # one row, in this process
    args = parser.parse_args(argv)
    if args.row is not None:
        return row(args.mb, paused=args.row == "paused")
    import tomtat.checks

    print(f"checker from {Path(tomtat.checks.__file__).parent}; {args.mb:g} MB; {load()}")
    print("| collector | figures | relations | verdicts | total (CPU s) |")
    print("|---|---|---|---|---|", flush=True)
    for collector in ("on", "paused"):
        subprocess.run([sys.executable, __file__, "--mb", str(args.mb), "--row", collector], check=True)
    print(load())
    return 0


def row(mb: float, paused: bool) -> int:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    unit = FIXTURE.read_text(encoding="utf-8")
    text = unit * max(1, round(mb * 1_000_000 / len(unit.encode("utf-8"))))
    gc.collect()
    if paused:
        gc.disable()
    times = phases(text)
    print(f"| {'paused' if paused else 'on'} | " + " | ".join(f"{t:.2f}" for t in times)
          + f" | {sum(times):.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
