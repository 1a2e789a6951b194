"""List unlabelled Gemini records for a hunt of wrong figures, in a fixed random order.

Like `candidates.py` (whose naive candidate lister it reuses, sharing no code with
`tomtat.checks`), but over a pool that leaves out every record id named by any file of this
folder, shuffled by its own seed, so a hunt reads records no earlier labeller read:

    python benchmarks/labels/hunt_order.py --seed 9 --skip 0 --take 20 --digits-only \
        --ignore gemini-hunt-scanned-4.jsonl --ignore gemini-wrong-hunt-4.jsonl

Prints for each taken record its position, line number, id, title, article (one sentence a
line), summary and candidate spans (`start end text`), each marked `in article` when its
digits occur in the title or article as written (a plain text search, for the reader).
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from candidates import FILES, REFUSAL, candidate_spans, sampled

LABELS = Path(__file__).parent


def labelled_ids(ignore: list[str]) -> set[str]:
    """Ids named by the label files of this folder, but those named in `ignore` (a hunt's own
    files, so that its order can be listed again after they are written)."""
    ids: set[str] = set()
    for path in LABELS.glob("*.jsonl"):
        if path.name in ignore:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(str(json.loads(line)["id"]))
    return ids


def article_lines(article: str) -> str:
    """One sentence a line; a sentence the page repeats (captions twice over) is printed once."""
    lines = re.sub(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\"“])", "\n", article).splitlines()
    return "\n".join(dict.fromkeys(lines))


def found_mark(candidate: str, source: str) -> str:
    """' in article' when the candidate's text or its digits stand in the source, else
    ' NOT FOUND'; empty for number words. A reading aid, not a verdict."""
    digits = re.sub(r"\D", "", candidate)
    if not digits:
        return ""
    written = candidate.rstrip(".,;:")
    runs = re.sub(r"[.,/]", "", source)
    return " in article" if written in source or digits in runs else " NOT FOUND"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--skip", type=int, default=0, help="taken records to skip first")
    parser.add_argument("--take", type=int, default=20)
    parser.add_argument("--digits-only", action="store_true",
                        help="name, without printing, taken records whose candidates are all number words")
    parser.add_argument("--ignore", action="append", default=[], metavar="FILE",
                        help="a label file (name in this folder) whose ids are not left out")
    args = parser.parse_args()
    _, field = FILES["gemini"]
    leave_out = labelled_ids(args.ignore)
    taken = 0
    for line_no, row in sampled("gemini", args.seed):
        summary = (row.get(field) or "").strip()
        if str(row["id"]) in leave_out or not summary or REFUSAL.match(summary):
            continue
        spans = candidate_spans(row.get(field) or "")
        if not spans:
            continue
        taken += 1
        if taken <= args.skip:
            continue
        if taken > args.skip + args.take:
            break
        if args.digits_only and not any(any(c.isdigit() for c in m.group()) for m in spans):
            print(f"=== #{taken} line {line_no} id {row['id']}: number words only, not read")
            continue
        source = f"{row.get('title') or ''}\n{row['article']}"
        print(f"=== #{taken} line {line_no} id {row['id']}")
        print("--- TITLE", row.get("title") or "")
        print("--- ARTICLE")
        print(article_lines(row["article"]))
        print("--- SUMMARY")
        print(row.get(field))
        print("--- CANDIDATES (start end text)")
        for m in spans:
            print(m.start(), m.end(), m.group() + found_mark(m.group(), source))
        print()


if __name__ == "__main__":
    main()
