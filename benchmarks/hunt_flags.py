"""The checker's flags on every record a hunt read, as labelled_eval reads those records.

A hunt (`benchmarks/labels/gemini-hunt-scanned*.jsonl`) checks every figure of each record it
reads and records only the wrong ones, so a flag on any other figure of those records is a
false alarm on a figure a reader judged correct (or on a word the reader did not count as a
figure). This lists them, marks the flags that fall on a hunted wrong figure, and counts the
figures the checker extracted.

    python benchmarks/hunt_flags.py benchmarks/labels/gemini-hunt-scanned-4.jsonl \\
        benchmarks/labels/gemini-wrong-hunt-4.jsonl
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from labelled_eval import SOURCES, checked_article, load_jsonl, load_records, overlaps, written_of  # this folder

from tomtat.checks import check_summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scanned", type=Path, help="the hunt's scanned file (one line a record read)")
    parser.add_argument("wrong", type=Path, help="the hunt's wrong figures")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    scanned = load_jsonl(args.scanned)
    wrong = load_jsonl(args.wrong)
    file = wrong[0]["file"] if wrong else "gemini-2025"
    records = load_records(args.shared, file)
    field = SOURCES[file][1]
    verdicts: Counter = Counter()
    flags = 0
    for line in scanned:
        record = records[str(line["id"])]
        report = check_summary(checked_article(file, record), record[field], written=written_of(file, record))
        verdicts.update(c.verdict.value for c in report.figures)
        for c in report.flagged:
            flags += 1
            hunted = any(w["id"] == line["id"] and overlaps(c.figure.start, c.figure.end, w["start"], w["end"])
                         for w in wrong)
            print(f"{line['id']} {c.figure.start} {c.figure.text!r} {c.verdict.value}"
                  f"{' (a hunted wrong figure)' if hunted else ''}: {c.explanation}")
    labelled = sum(line.get("figures", 0) for line in scanned)
    print(json.dumps({"records": len(scanned), "figures_read": labelled, "wrong": len(wrong),
                      "figures_extracted": sum(verdicts.values()), "verdicts": dict(verdicts),
                      "flags": flags}, ensure_ascii=False))


if __name__ == "__main__":
    main()
