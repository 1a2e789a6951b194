"""The extractive engine's summaries, one JSON line per article, to compare two checkouts.

    python benchmarks/extractive_share_diff.py SOURCE... --out FILE [--counts]

SOURCE: a .jsonl data set (`tomtat.eval` loader: id, title, article) or a text file read as
`tomtat summarize` reads it. Each line is `summarize_article(article, ExtractiveEngine())`'s JSON
less its timing: the candidates, the one chosen, the summary and its check report. Run it with
each checkout's python (the script imports whichever `tomtat` that python has) and compare the
files (`cmp`, or the sha256 it prints). `--counts` (needs `body_figure_starts`) also writes, per
article whose counts differ, each sentence's figure count from the body read alone and from the
checker's reading of title and body.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path


def articles(source: str):
    """(id, Article) for every article of `source`."""
    from tomtat.reading import read_article
    from tomtat.summarize.base import Article

    if source.endswith(".jsonl"):
        from tomtat.eval.data import Record, load_records

        for record in load_records(source):
            if isinstance(record, Record):
                yield record.id, Article(body=record.article, title=record.title, source=record.id)
    else:
        yield source, read_article(source)


def count_difference(article) -> dict | None:
    """Each sentence's figure count both ways, where they differ."""
    from tomtat.checks import extract_figures, prepare_article
    from tomtat.summarize.extractive import (
        _counted_starts, _figure_counts, body_figure_starts, cut_long_sentences)
    from tomtat.checks.segment import split_sentences

    sentences = cut_long_sentences(split_sentences(article.body))
    alone = _figure_counts(sentences, _counted_starts(extract_figures(article.body)))
    shared = _figure_counts(sentences, body_figure_starts(article, prepare_article(article.text)))
    if alone == shared:
        return None
    return {"sentences": [{"index": i, "body_alone": a, "shared": s, "text": sentences[i].text[:200]}
                          for i, (a, s) in enumerate(zip(alone, shared)) if a != s]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+")
    parser.add_argument("--out", required=True, help="JSON lines, one per article")
    parser.add_argument("--counts", action="store_true", help="also record figure counts that differ")
    args = parser.parse_args(argv)
    from tomtat.summarize.extractive import ExtractiveEngine
    from tomtat.summarize.pipeline import summarize_article
    import tomtat.summarize

    print(f"tomtat from {Path(tomtat.summarize.__file__).parent}; load {os.getloadavg()[0]:.2f}", file=sys.stderr)
    digest, n, differing, started = hashlib.sha256(), 0, 0, time.process_time()
    with open(args.out, "w", encoding="utf-8") as out:
        for source in args.sources:
            for article_id, article in articles(source):
                result = summarize_article(article, ExtractiveEngine()).to_json()
                result.pop("timing", None)
                row = {"id": article_id, "result": result}
                if args.counts:
                    row["counts"] = count_difference(article)
                    differing += row["counts"] is not None
                line = json.dumps(row, ensure_ascii=False, sort_keys=True)
                out.write(line + "\n")
                digest.update(json.dumps(row["result"], ensure_ascii=False, sort_keys=True).encode())
                n += 1
    print(f"{n} articles; summaries sha256 {digest.hexdigest()[:16]}"
          + (f"; {differing} with counts that differ" if args.counts else "")
          + f"; {time.process_time() - started:.1f} s CPU; load {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
