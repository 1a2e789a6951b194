"""Sample the checker's flags on records no hand label covers, for judging by reading, and
score a judged sample against the checker as it now stands.

    python benchmarks/flag_review.py sample --seed 1 --take 150 [--skip 0] [--files gemini-2025] [--fresh]
    python benchmarks/flag_review.py score benchmarks/labels/gemini-flag-review.jsonl [--sample 1]

`sample` runs the checker over every record of the files asked for whose id is in none of the
hand-label files (`LABEL_FILES`: so the flags are on text the checker was never fitted to), orders the flags
by a seeded hash of (file, id, offset, figure) and prints flags `skip+1 … skip+take` of that
order for reading: the summary sentence with the figure marked «…», the explanation, the
evidence in context, and the article sentences that hold the figure's digits or share most
words with the summary sentence. The order is stable: a flag keeps its place while it stays
flagged, so `--skip 150 --take 60` after `--take 150` is a second sample disjoint from the first.
`--fresh` draws from a wider pool that leaves out every record the review file already judges a
flag of (so a new sample, with a new seed, holds only records nobody has read for the review),
the records of the random figure samples (`gemini-figures`, `vit5-figures`), and the test half
of every other label file (`labelled_eval.split_of`), but takes the dev half of the hunting and
relation files: those records are labelled only for their wrong figures or relations, and
engineers may read the dev half.

`score` re-checks each judged flag of a review file and reports, per sample, the share of the
judged flags that are false alarms (before: as judged), and of those still flagged now (after).
The article is the title line then the body (what `tomtat check` reads); the summary field is
`summary` (gemini-2025, val-2000 references) or `prediction` (vit5-vietnews-test).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from tomtat.checks import check_summary, prepare_article
from tomtat.checks.subjects import sentence_bounds

from labelled_eval import split_of

ROOT = Path(__file__).resolve().parent
LABELS = ROOT / "labels"
SHARED = ROOT.parent.parent / "shared" / "data"
SOURCES = {
    "gemini-2025": ("outside/gemini-2025.jsonl", "summary"),
    "vit5-vietnews-test": ("outside/vit5-vietnews-test.jsonl", "prediction"),
    "vietnews-val": ("vietnews/val-2000.jsonl", "summary"),
}
#: The hand-label files whose records the samples leave out: those there were when the samples
#: were drawn (905a497), named so that a label file added later does not reshuffle them.
LABEL_FILES = ("gemini-figures.jsonl", "vit5-figures.jsonl", "gemini-wrong-hunt.jsonl",
               "gemini-wrong-hunt-2.jsonl", "gemini-wrong-hunt-3.jsonl", "gemini-hunt-scanned.jsonl",
               "gemini-hunt-scanned-2.jsonl", "gemini-hunt-scanned-3.jsonl", "relations.jsonl")
RANDOM_SAMPLES = ("gemini-figures.jsonl", "vit5-figures.jsonl")
REVIEW = LABELS / "gemini-flag-review.jsonl"
CONTEXT = 90


def labelled_ids(names: tuple[str, ...] = LABEL_FILES) -> set[tuple[str, str]]:
    """(file, id) of every record a hand-label file names (only those two fields are read)."""
    ids = set()
    for path in (LABELS / name for name in names):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                ids.add((row.get("file", "gemini-2025"), str(row["id"])))
    return ids


def reviewed_ids(review: Path) -> set[tuple[str, str]]:
    """(file, id) of every record the review file judges a flag of."""
    rows = (json.loads(line) for line in review.read_text(encoding="utf-8").splitlines() if line.strip())
    return {(row["file"], str(row["id"])) for row in rows}


def fresh_skip() -> set[tuple[str, str]]:
    """What `--fresh` leaves out: reviewed records, the random figure samples, and the test half
    of the other label files."""
    sampled = {(file, rid) for name in RANDOM_SAMPLES for file, rid in labelled_ids((name,))}
    test_half = {(file, rid) for file, rid in labelled_ids() if split_of(rid) == "test"}
    return reviewed_ids(REVIEW) | sampled | test_half


def records(file: str) -> list[dict]:
    path, _ = SOURCES[file]
    return [json.loads(line) for line in (SHARED / path).open(encoding="utf-8")]


def article_of(rec: dict) -> str:
    return f"{rec['title']}\n{rec['article']}" if rec.get("title") else rec["article"]


def one_line(s: str) -> str:
    return " ".join(s.split())


def flags_of(file: str, rec: dict):
    summary = rec.get(SOURCES[file][1]) or ""
    report = check_summary(prepare_article(article_of(rec)), summary)
    return summary, report.flagged


def order_key(seed: int, file: str, rid: str, start: int, text: str) -> str:
    return hashlib.sha256(f"{seed}:{file}:{rid}:{start}:{text}".encode()).hexdigest()


WORD = re.compile(r"\w+")


def reading_sentences(article: str, summary: str, start: int, figure: str, most: int = 3) -> list[str]:
    """The article sentences a reader needs to judge a flag: those holding the figure's digits,
    then those sharing most words with the summary sentence."""
    s, e = sentence_bounds(summary, start)
    words = {w.lower() for w in WORD.findall(summary[s:e]) if len(w) > 1}
    digits = [d for d in re.findall(r"\d+", figure) if len(d) >= 1]
    bounds, pos = [], 0
    while pos < len(article):
        a, b = sentence_bounds(article, pos)
        b = max(b, pos + 1)
        bounds.append((a, b))
        pos = b
    scored, seen = [], set()
    for a, b in bounds:
        if one_line(article[a:b]).rstrip(".") in seen:
            continue
        seen.add(one_line(article[a:b]).rstrip("."))
        text = article[a:b]
        has_digits = any(re.search(rf"(?<!\d){d}(?!\d)", text) for d in digits)
        shared = len(words & {w.lower() for w in WORD.findall(text)})
        scored.append((not has_digits, -shared, a, one_line(text)))
    return [t for *_, t in sorted(scored)[:most]]


def sample(args) -> int:
    skip = fresh_skip() if args.fresh else labelled_ids()
    flags = []
    for file in args.files.split(","):
        for rec in records(file):
            if (file, str(rec["id"])) in skip:
                continue
            summary, flagged = flags_of(file, rec)
            for cf in flagged:
                flags.append((order_key(args.seed, file, str(rec["id"]), cf.figure.start, cf.figure.text),
                              file, rec, summary, cf))
    flags.sort(key=lambda f: f[0])
    print(f"# {len(flags)} flags on unlabelled records of {args.files}; showing {args.skip + 1}–{args.skip + args.take}")
    for n, (_, file, rec, summary, cf) in enumerate(flags[args.skip:args.skip + args.take], args.skip + 1):
        fig, article = cf.figure, article_of(rec)
        s, e = sentence_bounds(summary, fig.start)
        print(f"\n## {n} {file} {rec['id']} {fig.start} {fig.end} {fig.text!r} · {cf.verdict.value}")
        print(f"summary: {one_line(summary[s:fig.start])}«{fig.text}»{one_line(summary[fig.end:max(e, fig.end)])}")
        print(f"why: {cf.explanation}")
        for span in cf.evidence:
            lo, hi = max(0, span.start - CONTEXT), min(len(article), span.end + CONTEXT)
            print(f"evidence: …{one_line(article[lo:span.start])}«{article[span.start:span.end]}»{one_line(article[span.end:hi])}…")
        for sent in reading_sentences(article, summary, fig.start, fig.text):
            print(f"  | {sent[:300]}")
    return 0


def score(args) -> int:
    judged = [json.loads(line) for line in Path(args.review).read_text(encoding="utf-8").splitlines() if line.strip()]
    by_file = {file: {str(r["id"]): r for r in records(file)} for file in {j["file"] for j in judged}}
    cache: dict[tuple[str, str], list] = {}
    for sample_no in sorted({j["sample"] for j in judged}):
        rows = [j for j in judged if j["sample"] == sample_no]
        still = []
        for j in rows:
            key = (j["file"], str(j["id"]))
            if key not in cache:
                cache[key] = flags_of(j["file"], by_file[j["file"]][str(j["id"])])[1]
            if any(cf.figure.start < j["end"] and j["start"] < cf.figure.end for cf in cache[key]):
                still.append(j)
        print(f"## sample {sample_no}: {len(rows)} judged flags")
        for name, group in (("before (as judged)", rows), ("after (still flagged now)", still)):
            verdicts = Counter(j["verdict"] for j in group)
            sure = verdicts["right"] + verdicts["false_alarm"]
            print(f"{name}: {len(group)} flags: right {verdicts['right']}, false alarm {verdicts['false_alarm']}, "
                  f"unsure {verdicts['unsure']}; false-alarm share of sure flags "
                  f"{verdicts['false_alarm']}/{sure} = {100 * verdicts['false_alarm'] / max(sure, 1):.1f}%")
        lost_right = [j for j in rows if j["verdict"] == "right" and j not in still]
        if lost_right:
            print("right flags no longer raised: " + ", ".join(f"{j['id']} {j['text']!r}" for j in lost_right))
        if args.show:
            for j in still:
                if j["verdict"] != "right":
                    now = next(cf for cf in cache[(j["file"], str(j["id"]))]
                               if cf.figure.start < j["end"] and j["start"] < cf.figure.end)
                    print(f"  still: [{j['family']}] {j['id']} {j['text']!r} {now.verdict.value}: {now.explanation[:110]}")
        families = Counter(j["family"] for j in rows if j["verdict"] == "false_alarm")
        kept = Counter(j["family"] for j in still if j["verdict"] == "false_alarm")
        print("false alarms by family (judged → still flagged): "
              + ", ".join(f"{f} {n}→{kept[f]}" for f, n in families.most_common()))
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--skip", type=int, default=0)
    s.add_argument("--take", type=int, default=150)
    s.add_argument("--files", default="gemini-2025")
    s.add_argument("--fresh", action="store_true", help="leave out the records the review file judges")
    c = sub.add_parser("score")
    c.add_argument("review", nargs="?", default=str(REVIEW))
    c.add_argument("--show", action="store_true", help="list the judged flags still raised")
    args = p.parse_args(argv)
    if args.command == "score" and not Path(args.review).is_file():
        print(f"flag_review: error: {args.review}: no such file", file=sys.stderr)
        return 2
    return sample(args) if args.command == "sample" else score(args)


if __name__ == "__main__":
    sys.exit(main())
