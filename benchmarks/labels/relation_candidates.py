"""List article sentences that may state a relation, for a labeller to read (relations-dev2).

    python benchmarks/labels/relation_candidates.py [--shared ../shared] [--seed 2611] [--skip 0] [--take 60] [--leave-out FILE]

A deliberately naive lister that shares no code with the checker (`tomtat.checks`), so that
what it shows cannot be coloured by what the checker reads. Records of the three sets
(gemini-2025, vit5-vietnews-test, val-2000) are pooled as (file, line number) pairs, in file
order, and shuffled with `random.Random(seed)`; records whose id is in `relations.jsonl` (the
first labelled set) are left out, or in the label files given with `--leave-out` (relations-dev3:
`--seed 3011 --leave-out relations.jsonl --leave-out relations-dev2.jsonl`; relations-dev4: `--seed 6011`,
leaving out all three, `--min-numbers 3 --min-here 3 --strong`). For each taken record it prints every sentence (with the one
before it) that holds a cue word of arithmetic and the runs of digits (dates and years left
out) that the cue needs (`is_candidate`), with the
sentence's offsets into the record's `article` field. The labeller reads them, decides by
reading which state a relation whose operands are all written, does the arithmetic by hand and
writes the label; the lister decides nothing.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

LABELS = Path(__file__).parent
SETS = (("gemini-2025", "data/outside/gemini-2025.jsonl"),
        ("vit5-vietnews-test", "data/outside/vit5-vietnews-test.jsonl"),
        ("val-2000", "data/vietnews/val-2000.jsonl"))
#: Words around which articles state arithmetic (a keyword scan, wider than any reader).
PARTS_CUES = ("trong đó", "gồm", "tổng", "tất cả", "còn lại", "cộng")
PAIR_CUES = ("bình quân", "trung bình", "xuống", "lên", "gấp", "thắng", "kế hoạch", "chỉ tiêu", "vượt",
             "chiếm", "trên tổng", "trong số", "so với", "mỗi")
SENTENCE = re.compile(r"[^.!?\n]+(?:\.(?=\d)[^.!?\n]*)*[.!?]?")
DIGITS = re.compile(r"\d[\d.,]*")
#: Dates, times and years, left out before the digits are counted: "ngày 13/9/2025", "8h30", "năm 2024".
DATES = re.compile(r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{1,2}h\d*|(?:năm|tháng|quý) \d{1,4}")


def labelled_ids(label_files: list[Path]) -> set[str]:
    return {str(json.loads(line)["id"]) for path in label_files
            for line in path.open(encoding="utf-8") if line.strip()}


def pool(shared: Path, seed: int, leave_out: list[Path] | None = None) -> list[tuple[str, int]]:
    labelled = labelled_ids(leave_out or [LABELS / "relations.jsonl"])
    out = []
    for name, path in SETS:
        with (shared / path).open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if line.strip() and str(json.loads(line)["id"]) not in labelled:
                    out.append((name, n))
    random.Random(seed).shuffle(out)
    return out


def numbers(text: str) -> list[str]:
    """Runs of digits less dates, times and years."""
    return DIGITS.findall(DATES.sub(" ", text.lower()))


def is_candidate(text: str, before: str, min_numbers: int = 0, min_here: int = 0) -> bool:
    """A cue and the numbers it needs: a percentage with two more numbers in the sentence or
    the one before; a cue of parts or totals with three numbers; any other cue with two;
    and in all, at least `min_numbers` in the sentence and the one before and `min_here` in
    the sentence itself."""
    lower = text.lower()
    here, with_before = len(numbers(text)), len(numbers(before + " " + text))
    if with_before < min_numbers or here < min_here:
        return False
    if ("%" in lower or "phần trăm" in lower) and with_before >= 3:
        return True
    if any(c in lower for c in PARTS_CUES) and here >= 3:
        return True
    return any(c in lower for c in PAIR_CUES) and here >= 2


#: relations-dev4 (`--strong`): dates, years, ages, times and ranges left out before counting, and a
#: stronger cue: three numbers in the sentence and a cue word, or two and three with the one before
#: and a word of shares, parts or averages.
NOT_OPERANDS = re.compile(r"\b(?:SN|sinh năm|năm|tháng|quý|ngày)\s*\d{1,4}(?:[/-]\d{1,4})*|\b(?:19|20)\d\d\b"
                          r"|\d+\s*tuổi|\d+\s*(?:giờ|phút|giây|h\d*)\b|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?"
                          r"|\d+\s*(?:-|–)\s*\d+", re.IGNORECASE)
STRONG_CUES = re.compile(r"trong đó|gồm|tổng|còn lại|bình quân|trung bình|chênh|gấp|chiếm|tỷ lệ|tỉ lệ|xuống|lên"
                         r"|đạt|tăng|giảm|so với|mỗi|kế hoạch|tương đương|tương ứng|tức|thắng", re.IGNORECASE)
PART_CUES = re.compile(r"%|trong đó|gồm|tổng|bình quân|trung bình|chênh")


def operands(text: str) -> int:
    return len(DIGITS.findall(NOT_OPERANDS.sub(" ", text)))


def is_strong(text: str, shown_before: str) -> bool:
    """The `--strong` filter, on the sentence and the part of the one before that is shown."""
    here = operands(text)
    return here >= 3 and bool(STRONG_CUES.search(text)) \
        or here >= 2 and operands(shown_before + " " + text) >= 3 and bool(PART_CUES.search(text))


def candidates(article: str, min_numbers: int = 0, min_here: int = 0):
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(article) if m.group().strip()]
    for k, (s, e) in enumerate(sentences):
        prev = sentences[k - 1] if k else (s, s)
        if is_candidate(article[s:e], article[prev[0]:prev[1]], min_numbers, min_here):
            yield prev, (s, e)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--seed", type=int, default=2611)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--take", type=int, default=60)
    parser.add_argument("--min-numbers", type=int, default=0,
                        help="list only sentences with this many numbers with the one before")
    parser.add_argument("--leave-out", type=Path, action="append",
                        help="leave out the ids of this label file (repeatable; default relations.jsonl)")
    parser.add_argument("--min-here", type=int, default=0,
                        help="list only sentences with this many numbers of their own (relations-dev3: 3)")
    parser.add_argument("--strong", action="store_true",
                        help="list only sentences with a stronger cue, dates and ages left out (relations-dev4), "
                             "and only records with such a sentence")
    args = parser.parse_args()
    shared = Path(args.shared)
    lines = {name: (shared / path).read_text(encoding="utf-8").splitlines() for name, path in SETS}
    for rank, (name, n) in enumerate(pool(shared, args.seed, args.leave_out)[args.skip:args.skip + args.take], args.skip + 1):
        record = json.loads(lines[name][n])
        shown = []
        for (ps, pe), (s, e) in candidates(record["article"], args.min_numbers, args.min_here):
            prev = " ".join(record["article"][ps:pe].split())
            prev = prev[-140:] if numbers(prev) else ""
            sentence = " ".join(record["article"][s:e].split())
            if not args.strong or is_strong(sentence, prev):
                shown += [f"  [{s}:{e}]" + (f" (prev: {prev})" if prev else ""), f"     {sentence}"]
        if shown or not args.strong:
            print(f"=== #{rank} {name} {record['id']}", *shown, sep="\n")


if __name__ == "__main__":
    main()
