"""How the checker scales with article length: a figure-dense report repeated to N megabytes.

    python benchmarks/bench_long_input.py [--mb 1 10]

Times, for each size: extracting the article's figures, finding its relations, and a full
`check_summary` with a six-figure summary (which reads the article afresh). Every step is
meant to be near-linear in length; this is where that is measured, not in the tests.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "bao-cao-xay-dung-dang.txt"
SUMMARY = ("Huyện Yên Sơn kết nạp 137 đảng viên, đạt 102%; trung bình mỗi năm 333 đảng viên. "
           "Tỉnh có 43 đảng viên, trong đó 36 đảng viên chính thức.")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1.0, 10.0], help="article sizes in megabytes")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from tomtat.checks import check_summary, extract_figures, find_relations

    unit = FIXTURE.read_text(encoding="utf-8")
    print(f"fixture {FIXTURE.name} ({len(unit.encode('utf-8')):,} bytes) repeated; one core")
    print("| article | figures | extract | relations | check_summary, 6-figure summary |")
    print("|---|---|---|---|---|")
    for mb in args.mb:
        text = unit * max(1, round(mb * 1_000_000 / len(unit.encode("utf-8"))))
        start = time.perf_counter()
        figures = extract_figures(text)
        t_extract = time.perf_counter() - start
        start = time.perf_counter()
        find_relations(text, figures)
        t_relations = time.perf_counter() - start
        start = time.perf_counter()
        check_summary(text, SUMMARY)
        t_check = time.perf_counter() - start
        size = len(text.encode("utf-8")) / 1e6
        print(f"| {size:.1f} MB | {len(figures):,} | {t_extract:.2f} s | {t_relations:.2f} s | {t_check:.2f} s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
