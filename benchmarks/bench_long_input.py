"""How the checker and the extractive summariser scale with input: long articles and hostile text.

    python benchmarks/bench_long_input.py [--mb 1 10] [--chars 100000] [--repeat 3] [--limit 60]
                                          [--real ../shared/data/vietnews/val-2000.jsonl]
                                          [--shapes NAME ...] [--cpu]

Two tables.

1. Long articles: a figure-dense report (a test fixture) repeated to N megabytes, and N
   megabytes of real news (the shared sets' articles joined, when ../shared is there; news
   has about a fifth of the report's figures per megabyte). Times
   extracting its figures, finding its relations, a full `check_summary` with a six-figure
   summary, the same check as a user runs it (`tomtat check FILE --summary-text ... --json`,
   the console script in a process of its own, wall time), and the extractive engine's
   `summarize_article` (split, score, choose, check).
2. Hostile input: `--chars` characters of one shape repeated ("hai mươi ", "1 ", "1/2/",
   "1% ", dots, a long number phrase, one long run of digits, figure-dense relation cues)
   sentences that differ only in their year and count, and real news (VietNews validation
   articles joined, when the shared data is there). Each shape is timed as the article of
   `check_summary` (with a short summary), as the summary (against the example article), as
   both at once (every summary figure against a long article), and summarised by the
   extractive engine.

Every case runs `--repeat` times, the cases interleaved (all cases once, then all again),
and the best time is printed (wall time; with `--cpu`, CPU time of this process and its children,
for a machine shared with others; `--shapes` times only the hostile shapes named); a case still running after `--limit` seconds is stopped and
shown as "> limit". Pinned to one CPU where the OS allows; the load average is printed
before and after, since the machine is shared. Speed is measured here, never in the tests.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "bao-cao-xay-dung-dang.txt"
EXAMPLE = ROOT / "examples" / "ket-nap-dang-vien.txt"
REAL = ROOT.parent / "shared" / "data" / "vietnews" / "val-2000.jsonl"
#: Real news for the long articles: every article of these, in order, joined to the size wanted.
REAL_LONG = [REAL, ROOT.parent / "shared" / "data" / "outside" / "gemini-2025.jsonl",
             ROOT.parent / "shared" / "data" / "outside" / "vit5-vietnews-test.jsonl"]
SUMMARY = ("Huyện Yên Sơn kết nạp 137 đảng viên, đạt 102%; trung bình mỗi năm 333 đảng viên. "
           "Tỉnh có 43 đảng viên, trong đó 36 đảng viên chính thức.")
SHORT_SUMMARY = "Năm 2023, tỉnh Bình Sơn kết nạp 6.311 đảng viên, đạt 100,2% chỉ tiêu."

#: name -> the unit repeated to the wanted length, or a function of the length giving the text
#: (sentences that differ in their values), or None: real news, read from --real
SHAPES = {
    "hai mươi ×": "hai mươi ",
    "1 ×": "1 ",
    "1/2/ ×": "1/2/",
    "1% ×": "1% ",
    "dots": ".",
    "long number phrase ×": "hơn 1.234.567,89 triệu đồng ",
    "one run of digits": "1",
    "đạt N% ×": "kết nạp 5 đảng viên, đạt 1% ",
    "parts of a total ×": "43 đảng viên, trong đó có 36 đảng viên chính thức và 7 ",
    # runs of small numbers: a list of days without its month, lists read from every cue in them
    "1, 2, ×": "1, 2, ",
    "gồm 1, 2, ×": "gồm 1, 2, ",
    "gồm 1, một a, ×": "gồm 1, một a, ",
    "trong đó 1 và 2 ×": "trong đó 1 và 2 ",
    "tổng 3 gồm 1 và 2, ×": "tổng 3 gồm 1 và 2, ",
    "average ×": "từ năm 2013 đến 2022 kết nạp 55.290 đảng viên, bình quân mỗi năm 5.529 ",
    "ages of people ×": "Nguyễn Văn An (33 tuổi), ",
    "numbered year sentences": lambda chars: "".join(
        f"Giải Vàng {1900 + i % 120} có {i} người. " for i in range(chars // 20))[:chars],
    "real news": None,
}


class TooLong(Exception):
    pass


def _alarm(signum, frame):
    raise TooLong


def cpu_time() -> float:
    """CPU seconds of this process and of the children it waited for (`tomtat check` runs as one)."""
    children = os.times()
    return time.process_time() + children.children_user + children.children_system


#: The clock cases are timed by: wall time, or CPU time (`--cpu`).
clock = time.perf_counter


def timed(fn, limit: int) -> float | str | None:
    """Seconds fn() took; None when it ran past `limit` seconds; the exception's name
    when it raised one (a checker before the bounds: "ValueError")."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    start = clock()
    try:
        fn()
    except TooLong:
        return None
    except Exception as exc:  # noqa: BLE001 - a benchmark reports what broke and goes on
        return type(exc).__name__
    finally:
        signal.alarm(0)
    return clock() - start


def best_of(cases: dict, repeat: int, limit: int) -> dict:
    """{name: best seconds or None}, the cases interleaved; one that ran past the limit once
    is not run again."""
    best: dict = {name: float("inf") for name in cases}
    for _ in range(repeat):
        for name, fn in cases.items():
            if best[name] is None or isinstance(best[name], str):
                continue
            t = timed(fn, limit)
            best[name] = t if t is None or isinstance(t, str) else min(best[name], t)
    return best


def shown(seconds: float | str | None, limit: int) -> str:
    if isinstance(seconds, str):
        return seconds
    return f"> {limit} s" if seconds is None else f"{seconds:.2f} s"


def load() -> str:
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def repeated(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def real_news(path: Path, chars: int) -> str | None:
    if not path.is_file():
        return None
    parts, size = [], 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts.append(json.loads(line)["article"])
            size += len(parts[-1]) + 1
            if size >= chars:
                break
    return "\n".join(parts)[:chars]


def real_news_of_size(paths: list[Path], size: int) -> str | None:
    """Real articles joined by blank lines until `size` bytes of UTF-8, or None when the shared
    data is not there (or too short)."""
    parts, total = [], 0
    for path in paths:
        if not path.is_file():
            return None
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts.append(json.loads(line)["article"])
                total += len(parts[-1].encode("utf-8")) + 2
                if total >= size:
                    return "\n\n".join(parts)
    return None


def long_article_cases(text: str, figures: list, summarise, article_file: Path) -> dict:
    from tomtat.checks import check_summary, extract_figures, find_relations

    return {"extract": lambda: extract_figures(text), "relations": lambda: find_relations(text, figures),
            "check": lambda: check_summary(text, SUMMARY), "cli": lambda: tomtat_check(article_file),
            "summarize": summarise(text)}


def tomtat_check(article_file: Path) -> None:
    """`tomtat check FILE --summary-text SUMMARY --json` as a user runs it: the console script
    beside this interpreter, start-up, reading and cleaning the file and the JSON included."""
    script = Path(sys.executable).parent / "tomtat"
    proc = subprocess.run([str(script), "check", str(article_file), "--summary-text", SUMMARY, "--json"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr.strip())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="*", default=[1.0, 10.0], help="article sizes in megabytes")
    parser.add_argument("--chars", type=int, default=100_000, help="length of each hostile input")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each case (best is shown)")
    parser.add_argument("--limit", type=int, default=60, help="seconds after which a case is stopped")
    parser.add_argument("--real", default=str(REAL), help="VietNews JSONL for the real-news input")
    parser.add_argument("--shapes", nargs="*", choices=list(SHAPES), metavar="NAME",
                        help="only these hostile shapes (default: all)")
    parser.add_argument("--cpu", action="store_true", help="CPU time of this process, not wall time")
    args = parser.parse_args(argv)
    global clock
    clock = cpu_time if args.cpu else time.perf_counter
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from tomtat.checks import check_summary, extract_figures
    from tomtat.reading import Article
    from tomtat.summarize import summarize_article
    from tomtat.summarize.extractive import ExtractiveEngine

    def summarise(text: str):
        return lambda: summarize_article(Article(body=text), ExtractiveEngine())

    print(f"one core; best of {args.repeat}, interleaved; {'CPU' if args.cpu else 'wall'} time; {load()}")
    if args.mb:
        unit = FIXTURE.read_text(encoding="utf-8")
        print(f"\nLong articles: the figure-dense report {FIXTURE.name} ({len(unit.encode('utf-8')):,} bytes) "
              "repeated, and real news (the articles of val-2000, gemini-2025 and vit5-vietnews-test joined, "
              "when ../shared is there)")
        print("| article | figures | extract | relations | check_summary, 6-figure summary "
              "| `tomtat check --json` (wall, whole command) | summarize (extractive) |")
        print("|---|---|---|---|---|---|---|")
        for mb in args.mb:
            long_texts = {"report": unit * max(1, round(mb * 1_000_000 / len(unit.encode("utf-8")))),
                          "real news": real_news_of_size(REAL_LONG, int(mb * 1_000_000))}
            for kind, text in long_texts.items():
                if text is None:
                    continue
                figures = extract_figures(text)
                with tempfile.TemporaryDirectory() as tmp:
                    article_file = Path(tmp) / "article.txt"
                    article_file.write_text(text, encoding="utf-8")
                    best = best_of(long_article_cases(text, figures, summarise, article_file), args.repeat, args.limit)
                size = len(text.encode("utf-8")) / 1e6
                print(f"| {kind}, {size:.1f} MB | {len(figures):,} | "
                      + " | ".join(shown(best[k], args.limit)
                                   for k in ("extract", "relations", "check", "cli", "summarize"))
                      + " |")

    example = EXAMPLE.read_text(encoding="utf-8")
    texts = {}
    for name, unit in SHAPES.items():
        if args.shapes is not None and name not in args.shapes:
            continue
        if unit is None:
            text = real_news(Path(args.real), args.chars)
        else:
            text = unit(args.chars) if callable(unit) else repeated(unit, args.chars)
        if text is not None:
            texts[name] = text
    cases = {}
    for name, text in texts.items():
        cases[(name, "article")] = (lambda t: lambda: check_summary(t, SHORT_SUMMARY))(text)
        cases[(name, "summary")] = (lambda t: lambda: check_summary(example, t))(text)
        # the same text as article and as summary: every summary figure against a long article
        cases[(name, "both")] = (lambda t: lambda: check_summary(t, t))(text)
        cases[(name, "summarize")] = summarise(text)
    best = best_of(cases, args.repeat, args.limit)
    print(f"\nHostile input: {args.chars:,} characters of each shape")
    print("| input | check, as the article | check, as the summary | check, as both | summarize (extractive) |")
    print("|---|---|---|---|---|")
    for name in texts:
        print(f"| {name} | " + " | ".join(shown(best[(name, role)], args.limit)
                                           for role in ("article", "summary", "both", "summarize")) + " |")
    print(f"\n{load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
