"""The whole `tomtat summarize` and `tomtat check` commands on 10 MB, two installs interleaved.

    python benchmarks/bench_long_commands.py [--base /path/to/other/venv/bin/tomtat] [--rounds 3]
                                             [--mb 10] [--keep DIR]

The inputs are those of `bench_long_input.py`: its figure-dense report repeated to `--mb`
megabytes, and as much real news (the shared sets' articles joined; left out when ../shared is
not there). Each command runs as a user runs it, a process of its own pinned to one CPU, its
output to a file: `summarize FILE --engine extractive --json` and `check FILE --summary-text
"<bench_long_input.py's six-figure summary>" --json`. With `--base`, the other install's
`tomtat` runs each command just before this one's, round after round, and their outputs are
compared: the check's bytes, the summary's JSON as data less its timings (the spacing of
`summarize --json` changed in session 6). Prints wall time, CPU time (user + system, of the
child) and peak memory, with the load average before and after: on a machine shared with other
jobs, CPU time is the measure to compare.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_long_input import FIXTURE, REAL_LONG, SUMMARY, load, real_news_of_size  # noqa: E402


def inputs(mb: float, folder: Path) -> dict[str, Path]:
    unit = FIXTURE.read_text(encoding="utf-8")
    texts = {"report": unit * max(1, round(mb * 1_000_000 / len(unit.encode("utf-8")))),
             "news": real_news_of_size(REAL_LONG, int(mb * 1_000_000))}
    paths = {}
    for name, text in texts.items():
        if text is not None:
            paths[name] = folder / f"{name}.txt"
            paths[name].write_text(text, encoding="utf-8")
    return paths


def commands(article: Path) -> dict[str, list[str]]:
    return {"summarize": ["summarize", str(article), "--engine", "extractive", "--json"],
            "check": ["check", str(article), "--summary-text", SUMMARY, "--json"]}


def run(tomtat: str, argv: list[str], out: Path) -> tuple[float, float, int, int]:
    """(wall s, CPU s, peak KB, exit status) of one command, pinned to the lowest CPU."""
    cpu = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    pin = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    start = time.perf_counter()
    with out.open("wb") as fh:
        proc = subprocess.Popen([tomtat, *argv], stdout=fh, stderr=subprocess.DEVNULL, preexec_fn=pin)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def same_output(command: str, a: Path, b: Path) -> bool:
    if command == "check":
        return a.read_bytes() == b.read_bytes()
    x, y = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    x.pop("timing", None)
    y.pop("timing", None)
    return x == y


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="another install's tomtat to run interleaved and compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--keep", help="write the inputs and outputs here (default: a temporary folder)")
    args = parser.parse_args(argv)
    main_tomtat = shutil.which("tomtat", path=os.path.dirname(sys.executable)) or shutil.which("tomtat")
    installs = {"base": args.base, "main": main_tomtat} if args.base else {"main": main_tomtat}
    folder = Path(args.keep or tempfile.mkdtemp(prefix="bench_long_commands_"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = inputs(args.mb, folder)
    print(f"{', '.join(f'{k}: {v}' for k, v in installs.items())}; {load()}")
    print("| command | input | install | round | wall | CPU (user + system) | peak memory | exit |")
    print("|---|---|---|---|---|---|---|---|")
    differ = 0
    for name, article in paths.items():
        for command, cli in commands(article).items():
            for r in range(1, args.rounds + 1):
                outs = {}
                for who, tomtat in installs.items():
                    outs[who] = folder / f"{command}-{name}-{who}-{r}.json"
                    wall, cpu, peak, code = run(tomtat, cli, outs[who])
                    print(f"| {command} | {name} | {who} | {r} | {wall:.2f} s | {cpu:.2f} s | {peak / 1024:.0f} MB | {code} |",
                          flush=True)
                if len(outs) == 2 and not same_output(command, outs["base"], outs["main"]):
                    differ += 1
                    print(f"  outputs differ: {outs['base']} {outs['main']}")
    print(load() + ("" if not args.base else f"; outputs that differ: {differ}"))
    if args.keep is None:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
