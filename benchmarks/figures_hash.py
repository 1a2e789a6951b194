"""A hash of every figure `extract_figures` finds in the shared data, to show a change made
for speed finds the same ones.

    python benchmarks/figures_hash.py

Over every record of every .jsonl under ../shared/data: the article (title line, then body, as
tomtat reads it) and each summary field it has ("summary", "reference", "prediction"). Prints,
per file and in all, how many texts and figures, and the sha256 (first 16 hex digits) of the
repr of each figure in order (text, offsets, value, kind, unit, qualifier, precision, detail).
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from tomtat.checks import extract_figures

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SUMMARY_FIELDS = ("summary", "reference", "prediction")


def texts(path: Path):
    """Each record's article, then its summaries, in file order."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield f"{rec['title']}\n{rec['article']}" if rec.get("title") else rec["article"]
            for field in SUMMARY_FIELDS:
                if rec.get(field):
                    yield rec[field]


def main() -> int:
    files = sorted(SHARED.rglob("*.jsonl"))
    if not files:
        print(f"figures_hash: error: no .jsonl under {SHARED} (the shared data)", file=sys.stderr)
        return 2
    total = hashlib.sha256()
    for path in files:
        digest = hashlib.sha256()
        count = figures = 0
        for text in texts(path):
            found = extract_figures(text)
            count += 1
            figures += len(found)
            for fig in found:
                line = (repr(fig) + "\n").encode()
                digest.update(line)
                total.update(line)
        print(f"{path.relative_to(SHARED)}: {count} texts, {figures} figures, hash {digest.hexdigest()[:16]}")
    print(f"all: hash {total.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
