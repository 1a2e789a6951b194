"""A hash of what the furniture cleaner makes of every text we have, to show a change made for
speed keeps every line's kind and every cleaned article.

    python benchmarks/cleaning_hash.py     # PYTHONPATH or another venv's python: another checkout

Over every record of every .jsonl under ../shared/data, the article as it is and cut into one
sentence a line (most shared articles are a paragraph a line, longer than any furniture, and
the cut gives the furniture rules short lines to read); the test fixtures and the examples
(read as `tomtat` reads them, HTML included); and the figure-dense report of
`bench_long_input.py` repeated to 10 MB, and 10 MB of real news as that script joins it, each
also read from a file by `read_article`. For each text: the kind and text of every line
(`classify_lines`), and the title and body `clean_text` keeps (for a record with a title, also
with that title given, as for an HTML page). Prints, per source and in all, how many texts and
lines, and the sha256 (first 16 hex digits) of it all in order.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

import tomtat.reading.cleaning
from tomtat.reading import read_article
from tomtat.reading.cleaning import classify_lines, clean_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_long_input import FIXTURE, REAL_LONG, real_news_of_size  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
READ_FILES = [*sorted((ROOT / "tests" / "fixtures").iterdir()), *sorted((ROOT / "examples").iterdir())]
REPORT = FIXTURE
LONG_BYTES = 10_000_000

# A sentence end followed by white space: the cut puts a line break there.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


class Digest:
    """sha256 of one source and of everything, with counts."""

    def __init__(self, total):
        self.total, self.own = total, hashlib.sha256()
        self.texts = self.lines = 0

    def add(self, *parts: object) -> None:
        data = (repr(parts) + "\n").encode("utf-8", "surrogatepass")
        self.own.update(data)
        self.total.update(data)

    def clean(self, text: str, title: str | None = None) -> None:
        """The kinds of `text`'s lines and what `clean_text` keeps (also given `title`)."""
        self.texts += 1
        lines = classify_lines(text)
        self.lines += len(lines)
        for line in lines:
            self.add(line.kind.value, line.text)
        self.add("clean", *clean_text(text))
        if title:
            self.add("clean with title", *clean_text(text, title=title))

    def row(self, name: str) -> str:
        return f"{name}: {self.texts} texts, {self.lines} lines, hash {self.own.hexdigest()[:16]}"


def records(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            yield record["article"], record.get("title")


def main() -> int:
    files = sorted(SHARED.rglob("*.jsonl"))
    if not files:
        print(f"cleaning_hash: error: no .jsonl under {SHARED} (the shared data)", file=sys.stderr)
        return 2
    print(f"cleaner from {Path(tomtat.reading.cleaning.__file__).parent}")
    total = hashlib.sha256()
    for path in files:
        digest = Digest(total)
        for article, title in records(path):
            digest.clean(article, title)
            digest.clean(_SENTENCE_END.sub("\n", article))
        print(digest.row(str(path.relative_to(SHARED))), flush=True)

    digest = Digest(total)
    for path in READ_FILES:
        article = read_article(str(path))
        digest.add(path.name, article.title, article.body)
        if path.suffix == ".txt":
            digest.clean(path.read_text(encoding="utf-8"))
    print(digest.row("tests/fixtures and examples"))

    digest = Digest(total)
    unit = REPORT.read_text(encoding="utf-8")
    report = unit * max(1, round(LONG_BYTES / len(unit.encode("utf-8"))))
    digest.clean(report)
    print(digest.row("the report repeated to 10 MB"))

    # The long texts read from a file as `tomtat check` reads them (decoding, NFC included).
    digest = Digest(total)
    news = real_news_of_size(REAL_LONG, LONG_BYTES)   # has lines with decomposed tones
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in (("report.txt", report), ("news.txt", news)):
            (Path(tmp) / name).write_text(text, encoding="utf-8")
            article = read_article(str(Path(tmp) / name))
            digest.texts += 1
            digest.add(name, article.title, article.body)
    print(digest.row("the report and 10 MB of real news, read from a file"))
    print(f"all: hash {total.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
