"""What looking for the relation gate's cue words costs, one way against another, per article.

    python benchmarks/bench_cue_scans.py [../shared/data/vietnews/val-2000.jsonl] [--passes 3]

The gate (`checks.relations.may_state_relations`) of an article it closes is mostly whole-text
searches for cue words that are not there. This prices the ways of answering "which of the gate's
cue words stand in this text" over the shared articles, CPU time, best of --passes, µs an article:

- `in` of each first word of the gate's tables (what the gate asks first), and of every cue;
- the floor of a word index: the article's whitespace chunks (`lower.split()`), and their set
  (a cue word without whitespace stands in the text exactly when it stands in one chunk: any
  index built from the chunks costs at least this);
- one pass of an Aho-Corasick automaton of every cue (`pyahocorasick`, BSD, a C extension: NOT a
  dependency of tomtat; measured only where it is installed, e.g. a scratch venv), its words held
  checked against `in`'s on every article.

The load average is printed before and after (the machine is shared).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_checker import DEFAULT_DATA, data_on_one_core, load_pairs  # noqa: E402

CLOCK = time.process_time


def gate_cue_words() -> tuple[list[str], list[str]]:
    """The first words of the gate's tables, and every cue of them (first words included)."""
    from tomtat.checks import relations as R

    tables = [groups for groups, *_ in R._GATE_CHECKS] + [
        R._NEEDS_WHOLE_GROUPS, R._WIN_GROUPS, R._COUNTED_GROUPS, R._PARTS_OPENER_GROUPS, R._EACH_GROUPS,
        R._PER_UNIT_CUE_GROUPS]
    firsts = sorted({first for groups in tables for first, _ in groups})
    cues = sorted({cue for groups in tables for first, group in groups for cue in (first, *group)})
    return firsts, cues


def best_us(ask, lowers: list[str], passes: int) -> float:
    """The best of `passes` runs of `ask(text)` over every text, in µs a text (each answer
    dropped at once: only the asking is timed, not holding 2,000 answers)."""
    best = float("inf")
    for _ in range(passes):
        start = CLOCK()
        for text in lowers:
            ask(text)
        best = min(best, CLOCK() - start)
    return best * 1e6 / len(lowers)


def automaton_of(cues: list[str]):
    """pyahocorasick's automaton of `cues`, or None where it is not installed."""
    try:
        import ahocorasick
    except ImportError:
        return None
    automaton = ahocorasick.Automaton()
    for cue in cues:
        automaton.add_word(cue, cue)
    automaton.make_automaton()
    return automaton


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)
    path = data_on_one_core(args.data, "bench_cue_scans")
    if path is None:
        return 2
    from tomtat.checks.extract import lowercase

    load_before = os.getloadavg()
    lowers = [lowercase(article) for article, _ in load_pairs(path)]
    firsts, cues = gate_cue_words()
    n, passes = len(lowers), max(1, args.passes)
    rows = [
        (f"`in` of each of the {len(firsts)} first words", lambda t: [w in t for w in firsts]),
        (f"`in` of each of the {len(cues)} cues", lambda t: [c in t for c in cues]),
        ("`lower.split()`", str.split),
        ("`set(lower.split())` (a word index's floor)", lambda t: set(t.split())),
    ]
    automaton = automaton_of(cues)
    if automaton is not None:
        for text in lowers:   # the same words held as `in` finds, or the row means nothing
            if {cue for _, cue in automaton.iter(text)} != {c for c in cues if c in text}:
                print("pyahocorasick finds other words than `in`", file=sys.stderr)
                return 1
        rows.append((f"pyahocorasick, every place of the {len(cues)} cues, one pass",
                     lambda t: list(automaton.iter(t))))
    print(f"{n} articles from {path.name}, mean {sum(map(len, lowers)) / n:,.0f} characters; one core; "
          f"CPU time; best of {passes}")
    print("| way of looking | µs an article |")
    print("|---|---|")
    for name, ask in rows:
        print(f"| {name} | {best_us(ask, lowers, passes):.1f} |")
    if automaton is None:
        print("| pyahocorasick | not installed (not a dependency: measure it in a scratch venv) |")
    print(f"load {' '.join(f'{x:.1f}' for x in load_before)} -> {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
