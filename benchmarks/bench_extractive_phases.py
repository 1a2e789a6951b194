"""Where the extractive engine spends its time on one article, in CPU seconds, figures left out.

    python benchmarks/bench_extractive_phases.py FILE

FILE read as `tomtat summarize` reads it, then the engine's phases timed one by one in CPU time
of this process (`time.process_time`): `split_sentences`, `cut_long_sentences`,
`score_sentences` and `_rank_without_repeats` (two sentences, as by default). The figures per
sentence (`_figure_counts`, the checker's extraction) are replaced by zeros, so that only the
engine's own work is timed. Prints the load first; run it in two checkouts' venvs one after the
other, interleaved, to compare (docs/BENCHMARKS.md, "Engine round").
"""
from __future__ import annotations

import os
import sys
import time

from tomtat.reading import read_article
from tomtat.summarize import extractive
from tomtat.checks.segment import split_sentences


def _no_figures(sentences, body=None):
    return [0] * len(sentences)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: bench_extractive_phases.py FILE", file=sys.stderr)
        return 2
    article = read_article(argv[0])
    extractive._figure_counts = _no_figures
    weights = extractive.Weights()
    clock = time.process_time
    t0 = clock()
    split = split_sentences(article.body)
    t1 = clock()
    sentences = extractive.cut_long_sentences(split)
    t2 = clock()
    scores, vectors = extractive.score_sentences(sentences, article.title, weights, with_vectors=True)
    t3 = clock()
    ranked = extractive._rank_without_repeats(scores, vectors, extractive.DEFAULT_MAX_SENTENCES,
                                              weights.redundancy)
    t4 = clock()
    print(f"{extractive.__file__}: load {os.getloadavg()[0]:.2f}, {len(sentences)} sentences; CPU s: "
          f"split {t1 - t0:.2f}, cut {t2 - t1:.2f}, score (no figures) {t3 - t2:.2f}, "
          f"rank {t4 - t3:.2f}; first picks {ranked[:3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
