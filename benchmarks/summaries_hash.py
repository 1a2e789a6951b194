"""A hash of what the extractive engine answers, to show a change made for speed answers the same.

    python benchmarks/summaries_hash.py [--no-long]

Over every article of ../shared/data/vietnews/val-2000.jsonl and
../shared/data/outside/gemini-2025.jsonl (title and body), the fixture and example articles,
and /tmp/ten_mb.txt and /tmp/news10.txt where they exist (read as `tomtat summarize` reads
a file): the repr of every candidate and score of `ExtractiveEngine().generate` with
num_candidates 4, and the `summarize_many(..., check=False)` JSON of the article less its
timing. Prints, per source and in all, the article count and the sha256 (first 16 hex digits).
Scores are hashed by repr: the same float to the last bit, not merely close.
`--no-long` leaves out the two 10 MB files (a quick check while working).
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from tomtat.reading import Article, read_article
from tomtat.summarize.extractive import ExtractiveEngine
from tomtat.summarize.pipeline import summarize_many

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DATASETS = ("vietnews/val-2000.jsonl", "outside/gemini-2025.jsonl")
FILES = ("tests/fixtures/*.txt", "tests/fixtures/*.html", "examples/*.txt", "examples/*.html")
LONG = ("/tmp/ten_mb.txt", "/tmp/news10.txt")


def dataset_articles(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield Article(body=rec["article"], title=rec.get("title") or None, source=rec.get("id", "-"))


def file_articles(paths):
    for path in paths:
        yield read_article(str(path))


def answers(article: Article, engine: ExtractiveEngine) -> bytes:
    """The engine's candidates and scores, then the summary's JSON less timing, as bytes."""
    gen = engine.generate([article], num_candidates=4)[0]
    result = summarize_many([article], engine, batch_size=1, check=False)[0].to_json()
    result.pop("timing")
    return (repr((gen.candidates, gen.scores)) + "\n"
            + json.dumps(result, ensure_ascii=False, sort_keys=True) + "\n").encode()


def main(argv: list[str]) -> int:
    missing = [name for name in DATASETS if not (SHARED / name).exists()]
    if missing:
        print(f"summaries_hash: error: {', '.join(missing)} not under {SHARED}", file=sys.stderr)
        return 2
    sources = [(name, dataset_articles(SHARED / name)) for name in DATASETS]
    sources.append(("fixtures+examples", file_articles(sorted(p for g in FILES for p in ROOT.glob(g)))))
    if "--no-long" not in argv:
        sources += [(name, file_articles([name])) for name in LONG if Path(name).exists()]
    engine = ExtractiveEngine()
    total = hashlib.sha256()
    for name, articles in sources:
        digest = hashlib.sha256()
        count = 0
        for article in articles:
            data = answers(article, engine)
            digest.update(data)
            total.update(data)
            count += 1
        print(f"{name}: {count} articles, hash {digest.hexdigest()[:16]}", flush=True)
    print(f"all: hash {total.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
