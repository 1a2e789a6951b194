"""Every verdict of the checker on the real summaries, and the flags that one change adds or removes.

    python benchmarks/flag_diff.py dump OUT.json          # run in each checkout (before, after)
    python benchmarks/flag_diff.py diff BEFORE.json AFTER.json [--counts-only]

`dump` checks every summary of ../shared/data/outside/gemini-2025.jsonl (field "summary"),
vit5-vietnews-test.jsonl ("prediction") and the val-2000 references (../shared/data/vietnews)
against its article (title line, then body, as tomtat reads it) and writes each figure's verdict
and explanation, keyed by set, id, offset and text. It checks too the Lead-3 summary of every one
of those articles (sets "lead3-gemini", "lead3-vit5", "lead3-val": the first three sentences of
the body, as `tomtat eval --engine lead-3` makes them): sentences copied from the article, so any
flag on them is a false alarm, whoever reads it. `diff` prints, per set, how many figures became
flagged and how many stopped being flagged (a flagged figure now read with another span that no
flag overlaps counts as gone: "21" of "21-15"), then each of them with its summary sentence (the
figure marked «…») and the new explanation, for reading by hand: a change to the checker should
list no new flag nobody has read. A Gemini article (and its Lead-3) is checked with the day its id
names (`tomtat.eval.data.day_gathered`; `dump --undated`: without it); the keys do not say whether
it was, so a dump of a checker that takes no day compares with one that does.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from tomtat.checks import FLAGGED, check_summary, prepare_article
from tomtat.checks.subjects import sentence_bounds
from tomtat.eval.baselines import LeadEngine
from tomtat.eval.data import day_gathered

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SETS = {
    "gemini": (SHARED / "outside" / "gemini-2025.jsonl", "summary"),
    "vit5": (SHARED / "outside" / "vit5-vietnews-test.jsonl", "prediction"),
    "val": (SHARED / "vietnews" / "val-2000.jsonl", "summary"),
}
#: The Lead-3 summaries of each set's articles: copied sentences, never to be flagged.
COPIED = "lead3-"
_FLAGGED = {v.value for v in FLAGGED}


def records(name: str, dated: bool = False):
    """(id, article, summary) of each record of set `name` (a Lead-3 set: its Lead-3 summary);
    `dated`: (id, article, summary, day of writing) with the day a gemini-2025 id names."""
    lead = LeadEngine(3) if name.startswith(COPIED) else None
    path, field = SETS[name.removeprefix(COPIED)]
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            article = f"{rec['title']}\n{rec['article']}" if rec.get("title") else rec["article"]
            summary = lead.summary_of(rec["article"]) if lead else rec.get(field) or ""
            if dated:
                yield rec["id"], article, summary, day_gathered(str(rec["id"]))
            else:
                yield rec["id"], article, summary


def dump(out: Path, undated: bool = False) -> int:
    verdicts = {}
    for name in [*SETS, *(COPIED + name for name in SETS)]:
        for rid, article, summary, written in records(name, dated=True):
            for c in check_summary(prepare_article(article, None if undated else written), summary).figures:
                verdicts[f"{name}|{rid}|{c.figure.start}|{c.figure.text}"] = [c.verdict.value, c.explanation]
    out.write_text(json.dumps(verdicts, ensure_ascii=False), encoding="utf-8")
    print(f"{len(verdicts)} verdicts written to {out}")
    return 0


def respanned_gone(old: dict, new: dict) -> list[tuple[str, list]]:
    """Flags whose figure is read with another span now ("21" of "21-15" read whole) and that no
    flag overlaps any more: (old key, the verdict and explanation of what is read there now)."""
    spans: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for key in new:
        name, rid, start, text = key.split("|", 3)
        spans.setdefault((name, rid), []).append((int(start), int(start) + len(text), key))
    gone = []
    for key, (verdict, _) in old.items():
        if verdict not in _FLAGGED or key in new:
            continue
        name, rid, start, text = key.split("|", 3)
        lo, hi = int(start), int(start) + len(text)
        over = [k for a, b, k in spans.get((name, rid), []) if a < hi and lo < b]
        if not any(new[k][0] in _FLAGGED for k in over):
            now = new[over[0]] if over else ["(none)", "no figure is read there now"]
            gone.append((key, [now[0], f"read now as {over[0].split('|', 3)[3]!r}: {now[1]}" if over else now[1]]))
    return gone


def diff(before: Path, after: Path, counts_only: bool) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    added = [(k, v) for k, v in new.items() if v[0] in _FLAGGED and old.get(k, [None])[0] not in _FLAGGED]
    removed = [(k, v) for k, v in new.items() if v[0] not in _FLAGGED and old.get(k, [None])[0] in _FLAGGED]
    removed += respanned_gone(old, new)
    print("new flags:", dict(Counter(k.split("|")[0] for k, _ in added)) or 0,
          "· flags gone:", dict(Counter(k.split("|")[0] for k, _ in removed)) or 0)
    if counts_only:
        return 0
    summaries = {}
    for title, rows in (("NEW", added), ("GONE", removed)):
        for key, (verdict, why) in rows:
            name, rid, start, text = key.split("|", 3)
            if name not in summaries:
                summaries[name] = {i: s for i, _, s in records(name)}
            summary, pos = summaries[name][rid], int(start)
            lo, hi = sentence_bounds(summary, pos)
            sentence = f"{summary[lo:pos]}«{summary[pos:pos + len(text)]}»{summary[pos + len(text):max(hi, pos)]}"
            print(f"\n{title} {name} {rid} {text!r}: {old.get(key, ['(none)'])[0]} -> {verdict}")
            print("  summary:", " ".join(sentence.split()))
            print("  why:", why)
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--undated", action="store_true", help="check without the day a Gemini id names")
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--counts-only", action="store_true")
    args = p.parse_args(argv)
    if args.command == "dump":
        return dump(args.out, args.undated)
    for path in (args.before, args.after):
        if not path.is_file():
            print(f"flag_diff: error: {path}: no such file", file=sys.stderr)
            return 2
    return diff(args.before, args.after, args.counts_only)


if __name__ == "__main__":
    sys.exit(main())
