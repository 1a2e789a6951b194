"""The article-relations phase alone (the gate and the readers) over the shared VietNews articles, on one core.

    python benchmarks/bench_relations.py [../shared/data/vietnews/val-2000.jsonl] [--passes 3]

What `check_summary` spends on an article's relations, without the rest of the check: each
article's lowercase and figures are made first (not timed), then each pass asks the gate
(`may_state_relations`, with the `TextCues` it hands on) of every article and reads the relations
(`relations_of`) of those it lets through. CPU time, best of --passes passes, by kind of article:
closed by the gate, opened with no relation found, opened with one; and those spelt decomposed
(combining accents), whose readers read every figure. The first pass is printed too: the
readers' shared caches (`_RUNS`, `re`'s) start cold there. A fingerprint of the relations found
shows that a change made for speed finds the same ones (`relations_hash.py` covers every shared
set); the load average is printed before and after (the machine is shared: compare rounds run
one after the other, base and branch interleaved).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_checker import DEFAULT_DATA, data_on_one_core, load_pairs  # noqa: E402

CLOCK = time.process_time


def load(path: Path) -> list[tuple[str, str, list]]:
    from tomtat.checks import extract_figures
    from tomtat.checks.extract import lowercase

    out = []
    for article, _ in load_pairs(path):
        lower = lowercase(article)
        out.append((article, lower, extract_figures(article, lower=lower)))
    return out


def one_pass(articles) -> tuple[dict[str, list[float]], str]:
    """{kind of article: [how many, CPU seconds of the gate, of the readers]}, and the fingerprint."""
    from tomtat.checks.relations import TextCues, may_state_relations, relations_of

    spent: dict[str, list[float]] = {}
    found = hashlib.sha256()
    for text, lower, figures in articles:
        start = CLOCK()
        cues = TextCues(lower)
        opened = may_state_relations(text, lower, cues)
        gated = CLOCK()
        relations = relations_of(text, lower, figures, cues=cues) if opened else []
        read = CLOCK()
        found.update(repr(relations).encode())
        kind = ("opened, a relation found" if relations else "opened, none found") if opened else "closed"
        if cues.decomposed():
            kind += " (decomposed)"
        row = spent.setdefault(kind, [0, 0.0, 0.0])
        row[0] += 1
        row[1] += gated - start
        row[2] += read - gated
    return spent, found.hexdigest()[:16]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)
    path = data_on_one_core(args.data, "bench_relations")
    if path is None:
        return 2
    load_before = os.getloadavg()
    articles = load(path)
    passes = [one_pass(articles) for _ in range(max(1, args.passes))]
    fingerprints = {fp for _, fp in passes}
    totals = [sum(g + r for _, g, r in spent.values()) for spent, _ in passes]
    best = passes[min(range(len(passes)), key=totals.__getitem__)][0]
    n = len(articles)
    print(f"{n} articles from {path.name}; one core; CPU time; best of {len(passes)} passes; "
          f"load {' '.join(f'{x:.1f}' for x in load_before)} -> {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("| articles | how many | gate, µs each | readers, µs each | µs per article of the set |")
    print("|---|---|---|---|---|")
    for kind, (count, gate, readers) in sorted(best.items(), key=lambda item: -sum(item[1][1:])):
        print(f"| {kind} | {count:,} | {gate * 1e6 / count:,.0f} | {readers * 1e6 / count:,.0f} | "
              f"{(gate + readers) * 1e6 / n:,.1f} |")
    gate = sum(g for _, g, _ in best.values())
    readers = sum(r for _, _, r in best.values())
    print(f"| **all** | {n:,} | {gate * 1e6 / n:,.0f} | {readers * 1e6 / n:,.0f} | **{(gate + readers) * 1e6 / n:,.1f}** |")
    print(f"first pass (caches cold): {totals[0] * 1e6 / n:,.1f} µs per article")
    print(f"relations fingerprint: {' '.join(sorted(fingerprints))}")
    return 0 if len(fingerprints) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
