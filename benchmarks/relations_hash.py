"""A hash of every relation the checker finds in the shared articles, to show a change made for
speed finds the same ones.

    python benchmarks/relations_hash.py

Over the articles of ../shared/data/outside/gemini-2025.jsonl, vit5-vietnews-test.jsonl and
vietnews/val-2000.jsonl (title line, then body, as tomtat reads them): the sha256 (first 16 hex
digits) of each article's `find_relations`, sorted; then the same of the readers run without
the gate (`relations_of` on every article, a wider net for changes inside the readers), and
how many articles the gate lets through.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from tomtat.checks import extract_figures, find_relations
from tomtat.checks.extract import lowercase
from tomtat.checks.relations import may_state_relations, relations_of

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
FILES = (SHARED / "outside" / "gemini-2025.jsonl", SHARED / "outside" / "vit5-vietnews-test.jsonl",
         SHARED / "vietnews" / "val-2000.jsonl")


def articles():
    for path in FILES:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                yield f"{rec['title']}\n{rec['article']}" if rec.get("title") else rec["article"]


def main() -> int:
    missing = [str(p) for p in FILES if not p.is_file()]
    if missing:
        print(f"relations_hash: error: no such file: {', '.join(missing)} (the shared data)", file=sys.stderr)
        return 2
    found, ungated = hashlib.sha256(), hashlib.sha256()
    count = relations = passed = 0
    for article in articles():
        rels = find_relations(article)
        count += 1
        relations += len(rels)
        found.update(repr(sorted(map(repr, rels))).encode())
        lower = lowercase(article)
        passed += may_state_relations(article, lower)
        ungated.update(repr(relations_of(article, lower, extract_figures(article, lower=lower))).encode())
    print(f"{count} articles, {relations} relations: find_relations hash {found.hexdigest()[:16]}")
    print(f"the gate lets {passed} through; the readers without the gate: hash {ungated.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
