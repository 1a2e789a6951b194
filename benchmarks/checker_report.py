"""Run the figure checker over every article / reference summary of a set and report.

    python benchmarks/checker_report.py [DATA] [--sample 30] [--seed 1] [--out FILE]

DATA defaults to ../shared/data/vietnews/val-2000.jsonl (relative to the repo root).
For every record, `tomtat.checks.check_summary(article, summary)` runs with the
article as the checker sees it in tomtat: the title line, then the body
(`Article(body, title).text`). An exception on one record is caught and counted,
so a crash is reported instead of stopping the run.

The markdown report (stdout, or --out) gives figures by verdict and by kind, the
share of summaries with at least one flag, the article relations by kind and
status, a seeded sample of flagged figures, stable under checker changes (summary sentence with the
figure marked «…», explanation, evidence with article context) for judging by
hand, and every inconsistent relation (up to --max-relations).
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

DEFAULT_DATA = "../shared/data/vietnews/val-2000.jsonl"
#: Characters of article text shown either side of an evidence span.
CONTEXT = 60


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("data", nargs="?", default=DEFAULT_DATA, help=f"JSONL set (default {DEFAULT_DATA})")
    p.add_argument("--sample", type=int, default=30, help="flagged figures to sample for hand-checking")
    p.add_argument("--seed", type=int, default=1, help="seed of the sample")
    p.add_argument("--max-relations", type=int, default=50, help="inconsistent relations to list at most")
    p.add_argument("--out", help="write the markdown here instead of stdout")
    return p.parse_args(argv)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence holding [start, end) (a '.' between digits does not end one)."""
    from tomtat.checks.subjects import sentence_bounds

    s, e = sentence_bounds(text, start)
    return s, max(e, end)


def marked_sentence(text: str, start: int, end: int) -> str:
    """The sentence of a summary figure, with the figure in «…»."""
    s, e = sentence_around(text, start, end)
    return one_line(f"{text[s:start]}«{text[start:end]}»{text[end:e]}".strip())


def in_context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """An article span with `width` characters either side, the span in «…»."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    pre = "…" if lo > 0 else ""
    post = "…" if hi < len(text) else ""
    return one_line(f"{pre}{text[lo:start]}«{text[start:end]}»{text[end:hi]}{post}")


def one_line(s: str) -> str:
    return " ".join(s.split()).replace("|", "\\|")


def stable_sample(flagged: list, n: int, seed: int, ident=lambda item: (item[0].id, item[2].figure)) -> list:
    """N flagged figures, chosen by a seeded hash of (record id, figure offset, text), in
    record and offset order. `ident(item)` is an item's record id and figure; the default
    reads this script's (record, article, checked figure). list_flags.py samples with it too.

    Unlike shuffling the whole list, this keeps a figure in the sample for as long
    as it stays flagged: a checker change that un-flags or newly flags a few
    figures changes only those places of the sample, so hand judgements carry over.
    """
    def key(item) -> str:
        record_id, f = ident(item)
        return hashlib.sha256(f"{seed}:{record_id}:{f.start}:{f.text}".encode()).hexdigest()

    def place(item) -> tuple:
        record_id, f = ident(item)
        return record_id, f.start

    return sorted(sorted(flagged, key=key)[:n], key=place)


def checker_version() -> str:
    """The git commit of the checkout and a hash of checks/*.py as they are now
    (the checker may have uncommitted changes when the report is made)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted((root / "checks").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                                text=True, timeout=10).stdout.strip() or "unknown"
        dirty = subprocess.run(["git", "status", "--porcelain", "checks"], cwd=root, capture_output=True,
                               text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit, dirty = "unknown", ""
    return f"commit {commit}{' + uncommitted changes in checks/' if dirty else ''}, checks/*.py sha256 {digest.hexdigest()[:12]}"


def run(records, check_summary) -> dict:
    """Check every record; gather counts, flagged figures and relations."""
    from tomtat.reading import Article

    stats = {
        "records": 0, "errors": [], "figures": 0, "verdicts": Counter(), "kind_verdict": Counter(),
        "summaries_with_figures": 0, "summaries_flagged": 0, "relations": Counter(),
        "flagged": [], "inconsistent": [], "articles_with_inconsistent": 0, "seconds": 0.0,
    }
    t0 = time.perf_counter()
    for rec in records:
        stats["records"] += 1
        article = Article(rec.article, rec.title).text
        try:
            report = check_summary(article, rec.summary)
        except Exception as exc:  # one bad record is counted, not fatal
            stats["errors"].append((rec.id, f"{type(exc).__name__}: {exc}",
                                    traceback.format_exc(limit=-2).strip().splitlines()[-3:]))
            continue
        if report.figures:
            stats["summaries_with_figures"] += 1
        if report.flagged:
            stats["summaries_flagged"] += 1
        for cf in report.figures:
            stats["figures"] += 1
            stats["verdicts"][cf.verdict.value] += 1
            stats["kind_verdict"][(cf.figure.kind.value, cf.verdict.value)] += 1
            if cf.verdict.flagged:
                stats["flagged"].append((rec, article, cf))
        for rel in report.relations:
            stats["relations"][(rel.kind, rel.status.value)] += 1
        bad = report.inconsistent
        if bad:
            stats["articles_with_inconsistent"] += 1
            stats["inconsistent"].extend((rec, article, rel) for rel in bad)
    stats["seconds"] = time.perf_counter() - t0
    return stats


def render(stats: dict, args: argparse.Namespace, malformed: list) -> str:
    from tomtat.checks import Kind, Verdict

    out: list[str] = []
    w = out.append
    n = stats["records"]
    w(f"Data: `{args.data}` · records checked: {n} · malformed records skipped: {len(malformed)} · "
      f"checker errors: {len(stats['errors'])} · time: {stats['seconds']:.1f} s\n")
    w(f"Checker: {checker_version()}\n")
    for rid, reason in malformed:
        w(f"- malformed {rid}: {reason}")
    for rid, msg, tb in stats["errors"]:
        w(f"- ERROR {rid}: {msg} ({' / '.join(x.strip() for x in tb)})")

    total = stats["figures"]
    verdicts = [v.value for v in Verdict]
    w("\n### Reference-summary figures by verdict\n")
    w("| verdict | figures | share |")
    w("|---|---:|---:|")
    for v in verdicts:
        c = stats["verdicts"][v]
        w(f"| {v} | {c} | {100 * c / total:.1f}% |" if total else f"| {v} | 0 | – |")
    flagged = sum(stats["verdicts"][v.value] for v in Verdict if v.flagged)
    w(f"| **flagged** (mismatch + context_mismatch + unsupported) | {flagged} | "
      f"{100 * flagged / total:.1f}% |" if total else "| **flagged** | 0 | – |")
    w(f"| **all** | {total} | |")
    w(f"\nSummaries with at least one figure: {stats['summaries_with_figures']} of {n}; "
      f"with at least one flagged figure: {stats['summaries_flagged']} of {n} "
      f"({100 * stats['summaries_flagged'] / n:.1f}% of all, "
      f"{100 * stats['summaries_flagged'] / max(1, stats['summaries_with_figures']):.1f}% of those with figures).")

    w("\n### Figures by kind and verdict\n")
    w("| kind | " + " | ".join(verdicts) + " | total |")
    w("|---|" + "---:|" * (len(verdicts) + 1))
    for k in Kind:
        row = [stats["kind_verdict"][(k.value, v)] for v in verdicts]
        if sum(row):
            w(f"| {k.value} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")

    w("\n### Article relations by kind and status\n")
    w("| kind | consistent | inconsistent |")
    w("|---|---:|---:|")
    for kind in sorted({k for k, _ in stats["relations"]}):
        w(f"| {kind} | {stats['relations'][(kind, 'consistent')]} | {stats['relations'][(kind, 'inconsistent')]} |")
    w(f"\nArticles with at least one inconsistent relation: {stats['articles_with_inconsistent']} of {n}.")

    sample = stable_sample(stats["flagged"], args.sample, args.seed)
    w(f"\n### Sample of {len(sample)} flagged figures (seed {args.seed})\n")
    for i, (rec, article, cf) in enumerate(sample, 1):
        f = cf.figure
        w(f"**S{i}** · `{rec.id}` · **{cf.verdict.value}** · figure `{f.text}` "
          f"(kind {f.kind.value}, unit {f.unit or '–'}, qualifier {f.qualifier or '–'})")
        w(f"- summary: {marked_sentence(rec.summary, f.start, f.end)}")
        w(f"- explanation: {one_line(cf.explanation)}")
        for span in cf.evidence:
            w(f"- evidence: {in_context(article, span.start, span.end)}")
        w("")

    bad = stats["inconsistent"][:args.max_relations]
    w(f"\n### Inconsistent relations ({len(stats['inconsistent'])}"
      f"{', first ' + str(len(bad)) if len(bad) < len(stats['inconsistent']) else ''})\n")
    for i, (rec, article, rel) in enumerate(bad, 1):
        w(f"**R{i}** · `{rec.id}` · {rel.kind} · `{rel.formula}` · stated {rel.stated:g}")
        w(f"- article: {in_context(article, rel.start, rel.end, 30)}")
        w("")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not Path(args.data).is_file():
        print(f"checker_report: error: no such file: {args.data}", file=sys.stderr)
        return 2
    from tomtat.checks import check_summary
    from tomtat.errors import TomtatError
    from tomtat.eval.data import Malformed, load_records

    try:
        items = list(load_records(args.data))
    except TomtatError as exc:
        print(f"checker_report: error: {exc}", file=sys.stderr)
        return 2
    records = [r for r in items if not isinstance(r, Malformed)]
    malformed = [(r.id, r.reason) for r in items if isinstance(r, Malformed)]
    if not records:
        print(f"checker_report: error: {args.data}: no readable records ({len(malformed)} malformed)",
              file=sys.stderr)
        return 2
    stats = run(records, check_summary)
    text = render(stats, args, malformed)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}: {stats['records']} records, {stats['figures']} figures, "
              f"{len(stats['errors'])} errors", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 1 if stats["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
