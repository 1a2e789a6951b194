"""Where `check_summary`'s time goes over the shared VietNews pairs, phase by phase, on one core.

    python benchmarks/bench_checker_phases.py [../shared/data/vietnews/val-2000.jsonl] [--passes 3]

The same work as the full-check row of `bench_checker.py`, with the functions of each phase
wrapped by a timer that counts the CPU time spent in them less the time of the phases they
call (exclusive time): the article's figures, the summary's, the relation gate, the relation
readers (the `_Doc` they share included) and the arithmetic search, the slots and clauses of
figures, the alignment of summary sentences with article sentences, and the rest of the
verdicts' questions. A wrapped call costs about a microsecond, so the total is a little over
`bench_checker.py`'s. Reports the best of --passes passes over the pairs (µs per pair).

With --passes 1 nothing is warmed: every pattern and cache starts cold, as on articles never
seen. More passes repeat the same pairs, and the checker's caches of compiled patterns and
their matches (`re`'s own, `wording._matches`) then answer for later passes: a cost paid
once per article appears only in the first.
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


class PhaseTimer:
    """Exclusive CPU time per phase: a wrapped call's time, less that of wrapped calls inside it."""

    def __init__(self):
        self.spent: dict[str, float] = {}
        self._inner: list[float] = []

    def wrap(self, phase, fn):
        """`fn` timed under `phase` (a name, or a function of the call's arguments giving one)."""
        def timed(*args, **kwargs):
            self._inner.append(0.0)
            start = CLOCK()
            try:
                return fn(*args, **kwargs)
            finally:
                took = CLOCK() - start
                inner = self._inner.pop()
                name = phase(args, kwargs) if callable(phase) else phase
                self.spent[name] = self.spent.get(name, 0.0) + took - inner
                if self._inner:
                    self._inner[-1] += took
        return timed

    def wrap_steps(self, phase, generator):
        """A generator function timed as it is read (each step a timed call)."""
        def timed(*args):
            steps = generator(*args)
            step = self.wrap(phase, lambda: next(steps, StopIteration))
            while (item := step()) is not StopIteration:
                yield item
        return timed


def instrument(timer: PhaseTimer):
    """Wrap each phase's functions where `check_summary` looks them up (module globals)."""
    from tomtat.checks import relations, verify

    verify.extract_figures = timer.wrap(
        lambda args, kwargs: "article figures" if "lower" in kwargs else "summary figures (and re-reads)",
        verify.extract_figures)
    relations.may_state_relations = timer.wrap("relation gate", relations.may_state_relations)
    relations.relations_of = timer.wrap("relation readers (their _Doc included)", relations.relations_of)
    relations._search = timer.wrap_steps("relation search", relations._search)
    verify.slot_of = timer.wrap("slots and clauses", verify.slot_of)
    verify.clause_words = timer.wrap("slots and clauses", verify.clause_words)
    verify.ArticleFacts.drawn_on = timer.wrap("alignment (drawn_on, the sentence of a figure)",
                                              verify.ArticleFacts.drawn_on)
    verify._sentence_of = timer.wrap("alignment (drawn_on, the sentence of a figure)", verify._sentence_of)
    verify.check_summary = timer.wrap("verdict questions (the rest)", verify.check_summary)
    return verify.check_summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)
    path = data_on_one_core(args.data, "bench_checker_phases")
    if path is None:
        return 2
    timer = PhaseTimer()
    check_summary = instrument(timer)
    pairs = load_pairs(path)
    if args.passes > 1:
        for article, summary in pairs[:200]:   # warm imports and caches, as bench_checker.py does
            check_summary(article, summary)
    best: dict[str, float] = {}
    for _ in range(args.passes):
        timer.spent.clear()
        start = CLOCK()
        for article, summary in pairs:
            check_summary(article, summary)
        timer.spent["total"] = CLOCK() - start
        best = {name: min(took, best.get(name, float("inf"))) for name, took in timer.spent.items()}
    print(f"{len(pairs)} pairs from {path.name}; one core; CPU time; best of {args.passes} "
          f"pass{'es' if args.passes > 1 else ''}{'' if args.passes > 1 else ' (cold)'}; "
          f"load {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("| phase | µs per pair (exclusive) |")
    print("|---|---|")
    for name, took in sorted(best.items(), key=lambda item: (item[0] == "total", -item[1])):
        print(f"| {name} | {took * 1e6 / len(pairs):,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
