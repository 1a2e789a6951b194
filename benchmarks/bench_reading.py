"""What reading and cleaning an article costs, in CPU seconds, for one checkout or several side by side.

    python benchmarks/bench_reading.py [--python PY ...] [--rounds 5] [--command]

Cases (each in a process of its own, pinned to one CPU, timed with `time.process_time`
around the work only):

- `report 10 MB`: `read_article` of the figure-dense report of `bench_long_input.py` repeated
  to 10 MB (as `bench_long_phases.py` makes it): read, decode, clean;
- `real news 10 MB`: `read_article` of the shared sets' articles joined to 10 MB (as
  `bench_long_input.py` joins them), when ../shared is there;
- `val-2000`: `clean_text` of each of the 2,000 articles of VietNews validation, one by one;
- `start-up`: `tomtat check` of a one-line article with `--json`, the whole process (CPU of
  the child: start-up and imports, nearly all of it);
- with `--command`, `tomtat check` of the 10 MB report with the six-figure summary and
  `--json`, the whole process (about 10 s a run).

`--python` names the interpreters of the checkouts to compare (a venv of each; the first is
the base of the ratio); by default this one. Runs are interleaved: each round runs every case
in every checkout, one after the other, so that the load of a shared machine falls on all
alike. Prints the median (and the range) of the rounds, and the load average before and
after. Speed is measured here, never in the tests.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_long_input import FIXTURE, REAL, REAL_LONG, SUMMARY, real_news_of_size  # noqa: E402

MB = 1_000_000
SMALL_ARTICLE = "Huyện Yên Sơn kết nạp 173 đảng viên mới trong năm 2023, đạt 102% chỉ tiêu.\n"


def load() -> str:
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def make_inputs(folder: Path) -> dict[str, Path]:
    """The input files of the cases, written once into `folder`."""
    unit = FIXTURE.read_text(encoding="utf-8")
    files = {"report": folder / "report.txt", "small": folder / "small.txt"}
    files["report"].write_text(unit * max(1, round(10 * MB / len(unit.encode("utf-8")))), encoding="utf-8")
    files["small"].write_text(SMALL_ARTICLE, encoding="utf-8")
    news = real_news_of_size(REAL_LONG, 10 * MB)
    if news is not None:
        files["news"] = folder / "news.txt"
        files["news"].write_text(news, encoding="utf-8")
    return files


def cases(files: dict[str, Path], command: bool) -> dict[str, list[str]]:
    """case name -> the arguments of this script (or of `tomtat`, for a `tomtat:` case)."""
    found = {"report 10 MB": ["--read", str(files["report"])]}
    if "news" in files:
        found["real news 10 MB"] = ["--read", str(files["news"])]
    if REAL.is_file():
        found["val-2000"] = ["--clean-jsonl", str(REAL)]
    found["start-up"] = ["tomtat:", "check", str(files["small"]), "--summary-text", "173 đảng viên", "--json"]
    if command:
        found["tomtat check 10 MB"] = ["tomtat:", "check", str(files["report"]), "--summary-text", SUMMARY, "--json"]
    return found


def run_case(python: str, args: list[str]) -> float:
    """CPU seconds of one run of a case under `python`."""
    if args[0] == "tomtat:":   # the console script beside that interpreter, timed as a whole
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run(["taskset", "-c", str(min(os.sched_getaffinity(0))),
                               str(Path(python).parent / "tomtat"), *args[1:]],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode not in (0, 1):
            raise RuntimeError(proc.stderr.strip())
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    proc = subprocess.run([python, __file__, *args], capture_output=True, text=True, check=True)
    return float(proc.stdout)


def timed_work(args: argparse.Namespace) -> int:
    """In the child: do one case's work and print its CPU seconds."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from tomtat.reading import clean_text, read_article

    if args.read:
        start = time.process_time()
        read_article(args.read)
    else:
        with open(args.clean_jsonl, encoding="utf-8") as fh:
            articles = [json.loads(line)["article"] for line in fh]
        start = time.process_time()
        for article in articles:
            clean_text(article)
    print(f"{time.process_time() - start:.4f}")
    return 0


def where(python: str) -> str:
    return subprocess.run([python, "-c", "import tomtat.reading as r, pathlib; print(pathlib.Path(r.__file__).parent.parent)"],
                          capture_output=True, text=True, check=True).stdout.strip()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", nargs="+", default=[sys.executable], help="interpreters of the checkouts")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--command", action="store_true", help="also time `tomtat check` of the 10 MB report")
    parser.add_argument("--read", help=argparse.SUPPRESS)          # in the child: one case
    parser.add_argument("--clean-jsonl", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.read or args.clean_jsonl:
        return timed_work(args)

    for i, python in enumerate(args.python):
        print(f"checkout {i}: {where(python)} ({python})")
    print(f"{args.rounds} rounds, interleaved; CPU seconds, one core; {load()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        todo = cases(make_inputs(Path(tmp)), args.command)
        times: dict[str, list[list[float]]] = {name: [[] for _ in args.python] for name in todo}
        for _ in range(args.rounds):
            for name, case_args in todo.items():
                for i, python in enumerate(args.python):
                    times[name][i].append(run_case(python, case_args))
    header = " | ".join(f"checkout {i}" for i in range(len(args.python)))
    ratios = " | ".join(f"0 / {i}" for i in range(1, len(args.python)))
    print(f"\n| case | {header} |" + (f" {ratios} |" if ratios else ""))
    print("|---|" + "---|" * (2 * len(args.python) - 1))
    for name, per_checkout in times.items():
        medians = [statistics.median(t) for t in per_checkout]
        cells = " | ".join(f"{m:.3f} ({min(t):.3f}-{max(t):.3f})" for m, t in zip(medians, per_checkout))
        ratio_cells = " | ".join(f"{medians[0] / m:.2f}x" for m in medians[1:])
        print(f"| {name} | {cells} |" + (f" {ratio_cells} |" if ratio_cells else ""))
    print(load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
