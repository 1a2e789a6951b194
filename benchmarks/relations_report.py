"""Every article relation the checker finds over the shared sets, and every inconsistent one.

    python benchmarks/relations_report.py [--shared ../shared] [--context] [--out FILE]
    python benchmarks/relations_report.py --search-added [--sample N --seed S] [--context]

For each set (gemini-2025, vit5-vietnews-test, val-2000) `find_relations` runs on the
record's `article` field (the text the relation labels' offsets point into; for
Gemini, all the model saw). Prints relations found by kind and status, then every
inconsistent relation: record id, kind, formula, and the figure strings it used.

`--context` adds the article passage of each inconsistent relation, for reading it
by hand; that text is the articles', so keep it out of the repository (the report
in docs/ is made without it).

`--search-added` lists instead the relations the arithmetic search adds to the readers'
(`find_relations` with and without `search`), one line each (set, id, kind, formula, the
figure strings); `--sample N --seed S` takes N of them by `random.Random(S).sample`, in
list order, for judging by hand (`benchmarks/labels/relation-search-judged.jsonl`).
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from tomtat.checks import RelationStatus, find_relations

SETS = (
    ("gemini-2025", "data/outside/gemini-2025.jsonl"),
    ("vit5-vietnews-test", "data/outside/vit5-vietnews-test.jsonl"),
    ("val-2000", "data/vietnews/val-2000.jsonl"),
)


def records(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def one_line(text: str) -> str:
    return " ".join(text.split())


def report_set(name: str, path: Path, context: bool) -> tuple[list[str], Counter]:
    counts: Counter = Counter()
    listed = []
    n = 0
    for rec in records(path):
        n += 1
        article = rec["article"]
        for rel in find_relations(article):
            counts[(rel.kind, rel.status.value)] += 1
            if rel.status is RelationStatus.INCONSISTENT:
                figures = " · ".join(f"`{e.text}`" for e in rel.evidence)
                line = f"- {rec['id']} {rel.kind}: {rel.formula}, stated {rel.stated:g} ({figures})"
                if context:
                    line += f"\n    > {one_line(rel.text)}"
                listed.append(line)
    found = sum(counts.values())
    bad = sum(k for (_, status), k in counts.items() if status == "inconsistent")
    out = [f"### {name}: {n} articles, {found} relations, {bad} inconsistent", "",
           "| kind | consistent | inconsistent |", "|---|---:|---:|"]
    for kind in sorted({k for k, _ in counts}):
        out.append(f"| {kind} | {counts[(kind, 'consistent')]} | {counts[(kind, 'inconsistent')]} |")
    out += ["", "Inconsistent:", ""] + (listed or ["- none"]) + [""]
    return out, counts


def search_added(name: str, path: Path, context: bool) -> list[str]:
    """The relations the search adds to the readers' over one set, one line each."""
    listed = []
    for rec in records(path):
        article = rec["article"]
        before = {(r.evidence[-1].start, r.formula) for r in find_relations(article, search=False)}
        for rel in find_relations(article):
            if (rel.evidence[-1].start, rel.formula) in before:
                continue
            figures = " · ".join(f"`{e.text}`" for e in rel.evidence)
            line = f"- {name} {rec['id']} {rel.kind} {rel.status.value}: {rel.formula} ({figures})"
            if context:
                line += f"\n    > {one_line(rel.text)}"
            listed.append(line)
    return listed


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).parent).stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default="../shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--context", action="store_true", help="show each inconsistent relation's passage")
    parser.add_argument("--out", help="write the markdown here instead of stdout")
    parser.add_argument("--search-added", action="store_true",
                        help="list the relations the arithmetic search adds to the readers'")
    parser.add_argument("--sample", type=int, help="with --search-added: list only this many, drawn by --seed")
    parser.add_argument("--seed", type=int, default=2611, help="the seed of --sample (default 2611)")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    title = "Relations the search adds" if args.search_added else "Article relations"
    lines = [f"## {title} over the shared sets (checker at commit {commit()})", ""]
    t0 = time.perf_counter()
    added: list[str] = []
    for name, rel_path in SETS:
        path = shared / rel_path
        if not path.is_file():
            print(f"relations_report: error: {path}: no such file", file=sys.stderr)
            return 2
        if args.search_added:
            added += search_added(name, path, args.context)
            continue
        section, _ = report_set(name, path, args.context)
        lines += section
    if args.search_added:
        taken = added if args.sample is None or args.sample >= len(added) else \
            [added[k] for k in sorted(random.Random(args.seed).sample(range(len(added)), args.sample))]
        lines += [f"{len(added)} added; {len(taken)} listed", ""] + taken + [""]
    lines.append(f"({time.perf_counter() - t0:.1f} s)")
    text = "\n".join(lines)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
