"""Where checking a long article spends its time, in CPU seconds, with the collector on and off.

    python benchmarks/bench_long_phases.py [--mb 10]

The figure-dense report of `bench_long_input.py` repeated to N megabytes, checked against
its six-figure summary phase by phase: the article's figures, its relations, the verdicts
(`check_summary` on the prepared article). Each phase is timed in CPU time of this process
(`time.process_time`), not wall time: on a machine shared with other jobs the wall time
grows with their load, the CPU time far less, so two checkouts run one after the other
(set PYTHONPATH to the other's installed layout) compare fairly. The same runs again with
the cyclic garbage collector paused, as `tomtat check` runs the checker. Pinned to one CPU.
"""
from __future__ import annotations

import argparse
import gc
import os
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
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    import tomtat.checks

    unit = FIXTURE.read_text(encoding="utf-8")
    text = unit * max(1, round(args.mb * 1_000_000 / len(unit.encode("utf-8"))))
    print(f"checker from {Path(tomtat.checks.__file__).parent}; {len(text.encode('utf-8')) / 1e6:.1f} MB; {load()}")
    print("| collector | figures | relations | verdicts | total (CPU s) |")
    print("|---|---|---|---|---|")
    for paused in (False, True):
        gc.collect()
        if paused:
            gc.disable()
        try:
            times = phases(text)
        finally:
            gc.enable()
        print(f"| {'paused' if paused else 'on'} | " + " | ".join(f"{t:.2f}" for t in times)
              + f" | {sum(times):.2f} |")
    print(load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
