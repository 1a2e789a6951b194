"""List the records to label and a naive list of candidate figures in each summary.

Shares no code with `tomtat.checks` on purpose: the labeller starts from this list, fixes
the spans by hand, adds what it missed and drops what is not a figure, without ever seeing
the checker's answer.

    python benchmarks/labels/candidates.py gemini --take 80 > /tmp/gemini-todo.txt
    python benchmarks/labels/candidates.py vit5 --take 120 --skip 0
    python benchmarks/labels/candidates.py vit5 --take 400 --unnamed  # ids no label file names
    python benchmarks/labels/candidates.py vit5 --take 400 --unnamed --empty  # + no candidate

Prints, for each taken record in the sampling order (random.Random(2026) over line numbers),
its id, the article (one sentence a line for reading), the summary and the candidate spans as
`start end text`.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

LABELS = Path(__file__).resolve().parent
FILES = {
    "gemini": ("../shared/data/outside/gemini-2025.jsonl", "summary"),
    "vit5": ("../shared/data/outside/vit5-vietnews-test.jsonl", "prediction"),
}
REFUSAL = re.compile(r"^(Bạn cần|Vui lòng|Xin lỗi|Tôi cần|Tôi không)", re.IGNORECASE)
NUMBER_WORDS = (
    "không một hai ba bốn năm sáu bảy tám chín mười mươi mười lăm hai mươi trăm nghìn ngàn "
    "vạn triệu tỷ tỉ nửa rưỡi đôi chục"
).split()
CANDIDATE = re.compile(
    r"[A-Za-zĐđ]*[-]?\d[\d.,/:\-]*\d*%?(?:\s(?:triệu|tỷ|tỉ|nghìn|ngàn))?"
    r"|\b(?:" + "|".join(sorted(set(NUMBER_WORDS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def sampled(name: str, seed: int = 2026) -> list[tuple[int, dict]]:
    """(line number, record) of the file, in the order of `random.Random(seed).shuffle`."""
    path, _ = FILES[name]
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    return [(i, rows[i]) for i in order]


def candidate_spans(summary: str) -> list[re.Match]:
    """The naive candidates of a summary: runs with a digit, and number words."""
    return [m for m in CANDIDATE.finditer(summary)
            if any(c.isdigit() for c in m.group()) or m.group().lower() in NUMBER_WORDS]


def named_ids() -> set[str]:
    """Every record id any label file of this folder names (labels, hunts, scans, reviews)."""
    ids = set()
    for path in LABELS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(str(json.loads(line).get("id")))
    return ids


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", choices=FILES)
    parser.add_argument("--skip", type=int, default=0, help="taken records to skip first")
    parser.add_argument("--take", type=int, default=20, help="records to print")
    parser.add_argument("--unnamed", action="store_true",
                        help="print only records whose id no label file of this folder names "
                             "(the taken positions still count every record)")
    parser.add_argument("--empty", action="store_true",
                        help="then print every record of the file the lister finds no candidate in "
                             "(whatever --skip/--take), so a reader can look for figures it misses")
    args = parser.parse_args()
    _, field = FILES[args.file]
    leave_out = named_ids() if args.unnamed else set()
    taken = 0
    empty = []
    for line_no, row in sampled(args.file):
        summary = row.get(field) or ""
        if not summary.strip() or REFUSAL.match(summary.strip()):
            continue
        spans = candidate_spans(summary)
        if not spans:
            if row["id"] not in leave_out:
                empty.append((line_no, row["id"], summary))
            continue
        taken += 1
        if taken <= args.skip or taken > args.skip + args.take or row["id"] in leave_out:
            continue
        print(f"=== #{taken} line {line_no} id {row['id']}")
        print("--- ARTICLE")
        print(re.sub(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\"“])", "\n", row["article"]))
        print("--- SUMMARY")
        print(summary)
        print("--- CANDIDATES (start end text)")
        for m in spans:
            print(m.start(), m.end(), m.group())
        print()
    if args.empty:
        for line_no, record_id, summary in empty:
            print(f"=== no candidate: line {line_no} id {record_id}")
            print(summary)


if __name__ == "__main__":
    main()
