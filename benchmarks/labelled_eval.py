"""Score the checker against the hand labels in benchmarks/labels/ (text nobody here wrote).

    python benchmarks/labelled_eval.py [--shared ../shared] [--split all|dev|test] [--out FILE]
                                       [--relations-file FILE]

Summary figures (`gemini-figures.jsonl`, `vit5-figures.jsonl`): each labelled figure is matched
to the checker's figures whose span overlaps it in the summary; it counts as flagged when any of
them has a flagged verdict (a figure the checker does not extract is not flagged). Reported per
file: the share of `wrong` figures flagged (goal ≥ 80%) and of `correct` figures flagged (goal ≤
2%), with Wilson 95% intervals, broken down by the label's reason; and the checker's flags on
spans no label covers (the labellers judged those not to be figures: each is a false alarm).
Gemini's summaries hold few wrong figures (4 in the random sample), so the wrong ones that
labellers found by reading further (`gemini-wrong-hunt*.jsonl`) are scored too, for recall.

Article relations (`relations.jsonl`): a labelled relation is found when the checker reports a
relation whose span overlaps the labelled span and whose stated value equals the labelled stated
figure; it is right when its status also equals the label's (goal ≥ 70% found with the right
status).

The labels were made by reading the articles before the checker was run on them
(benchmarks/labels/README.md). The article is checked as the labeller read it: the `article`
field for Gemini (all the model saw), the title line then the body for ViT5 (what tomtat passes
to the checker), the `article` field for relation labels (their offsets are into that field).
A Gemini article is checked with its day of writing, the day its id names
(`tomtat.eval.data.day_gathered`: gathered that day, so written that day or the day before);
`--undated` checks every article without one, as the checker did before it took the day.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from tomtat.checks import DayOfWriting, check_summary, extract_figures, find_relations
from tomtat.eval.data import day_gathered

LABELS = Path(__file__).parent / "labels"
SOURCES = {
    "gemini-2025": ("data/outside/gemini-2025.jsonl", "summary"),
    "vit5-vietnews-test": ("data/outside/vit5-vietnews-test.jsonl", "prediction"),
    "vietnews-val": ("data/vietnews/val-2000.jsonl", "summary"),
}


def split_of(record_id: str) -> str:
    """`dev` or `test`, half the records each, by a hash of the id: fixes may be studied on
    `dev`; `test` stays unread, so its figures measure the checker on text it was not tuned on."""
    return "dev" if hashlib.sha256(str(record_id).encode()).digest()[0] % 2 == 0 else "test"


def in_split(rows: list[dict], split: str) -> list[dict]:
    return rows if split == "all" else [r for r in rows if split_of(r["id"]) == split]


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials (as shares)."""
    if n == 0:
        return (math.nan, math.nan)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def share(k: int, n: int) -> str:
    if n == 0:
        return "– (0)"
    low, high = wilson(k, n)
    return f"{k}/{n} = {100 * k / n:.1f}% ({100 * low:.0f}–{100 * high:.0f}%)"


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_records(shared: Path, file: str) -> dict[str, dict]:
    path, _ = SOURCES[file]
    return {str(r["id"]): r for r in load_jsonl(shared / path)}


def checked_article(file: str, record: dict) -> str:
    if file == "vit5-vietnews-test" and record.get("title"):
        return f"{record['title']}\n{record['article']}"
    return record["article"]


#: Check without the day of writing (`--undated`): the checker as it was before it took one.
UNDATED = False


def written_of(file: str, record: dict) -> DayOfWriting | None:
    """The day of writing the checker is given for a record: the day a gemini-2025 id names."""
    if UNDATED or file != "gemini-2025":
        return None
    return day_gathered(str(record["id"]))


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


# --- summary figures --------------------------------------------------------------------

def score_figures(shared: Path, label_file: Path, split: str = "all") -> dict:
    labels = in_split(load_jsonl(label_file), split)
    file = labels[0]["file"]
    records = load_records(shared, file)
    field = SOURCES[file][1]
    by_id: dict[str, list[dict]] = defaultdict(list)
    for label in labels:
        by_id[str(label["id"])].append(label)
    rows, unlabelled_flags = [], []
    for rid, group in by_id.items():
        record = records[rid]
        summary = record[field]
        report = check_summary(checked_article(file, record), summary, written=written_of(file, record))
        for label in group:
            assert summary[label["start"]:label["end"]] == label["text"], (rid, label)
            hits = [c for c in report.figures
                    if overlaps(c.figure.start, c.figure.end, label["start"], label["end"])]
            flagged = [c for c in hits if c.verdict.flagged]
            rows.append({**label, "flagged": bool(flagged),
                         "verdicts": [c.verdict.value for c in hits],
                         "explanation": (flagged or hits or [None])[0] and (flagged or hits)[0].explanation})
        for c in report.flagged:
            if not any(overlaps(c.figure.start, c.figure.end, l["start"], l["end"]) for l in group):
                unlabelled_flags.append({"id": rid, "text": c.figure.text, "verdict": c.verdict.value,
                                         "explanation": c.explanation})
    return {"file": file, "records": len(by_id), "rows": rows, "unlabelled_flags": unlabelled_flags}


def hunted_section(results: list[dict], random_sample: dict | None) -> list[str]:
    """Recall on the wrong Gemini figures found by hunting, pooled with the random sample's."""
    hunted = [r for result in results for r in result["rows"]]
    pooled = hunted + [r for r in (random_sample or {"rows": []})["rows"] if r["truth"] == "wrong"]
    out = [f"### gemini-2025: wrong figures found by hunting ({len(hunted)}) and in the random sample", "",
           "| | flagged | goal |", "|---|---|---|",
           f"| hunted wrong figures flagged | {share(sum(r['flagged'] for r in hunted), len(hunted))} | ≥ 80% |",
           f"| all wrong Gemini figures flagged (hunted + random) | {share(sum(r['flagged'] for r in pooled), len(pooled))} | ≥ 80% |",
           "", "| reason | figures | flagged |", "|---|---:|---:|"]
    for why, n in sorted(Counter(r["why"] for r in pooled).items()):
        out.append(f"| {why} | {n} | {sum(r['flagged'] for r in pooled if r['why'] == why)} |")
    out += ["", "Wrong figures let through:", ""]
    out += [f"- {r['id']} `{r['text']}` ({r['why']}; {r['note']}) → {', '.join(r['verdicts']) or 'not extracted'}"
            for r in pooled if not r["flagged"]]
    return out + [""]


def figures_section(result: dict) -> list[str]:
    rows = result["rows"]
    wrong = [r for r in rows if r["truth"] == "wrong"]
    correct = [r for r in rows if r["truth"] == "correct"]
    out = [f"### {result['file']}: {len(rows)} figures in {result['records']} summaries", ""]
    out += ["| | flagged | goal |", "|---|---|---|",
            f"| wrong figures flagged (recall) | {share(sum(r['flagged'] for r in wrong), len(wrong))} | ≥ 80% |",
            f"| correct figures flagged (false alarms) | {share(sum(r['flagged'] for r in correct), len(correct))} | ≤ 2% |",
            f"| flags on spans no label covers | {len(result['unlabelled_flags'])} | 0 |", ""]
    out += ["| label | reason | figures | flagged |", "|---|---|---:|---:|"]
    for (truth, why), n in sorted(Counter((r["truth"], r["why"]) for r in rows).items()):
        k = sum(r["flagged"] for r in rows if (r["truth"], r["why"]) == (truth, why))
        out.append(f"| {truth} | {why} | {n} | {k} |")
    out += ["", "Wrong figures let through:", ""]
    out += [f"- {r['id']} `{r['text']}` ({r['why']}; {r['note']}) → {', '.join(r['verdicts']) or 'not extracted'}"
            for r in wrong if not r["flagged"]]
    out += ["", "Correct figures flagged:", ""]
    out += [f"- {r['id']} `{r['text']}` ({r['why']}) → {', '.join(r['verdicts'])}: {r['explanation']}"
            for r in correct if r["flagged"]]
    out += ["", "Flags on spans no label covers:", ""]
    out += [f"- {f['id']} `{f['text']}` → {f['verdict']}: {f['explanation']}" for f in result["unlabelled_flags"]]
    return out + [""]


# --- article relations ------------------------------------------------------------------

def stated_value(text: str) -> float | None:
    """The value of a labelled stated figure, read by the checker's own extractor."""
    figures = extract_figures(text)
    if not figures or not isinstance(figures[0].value, (int, float)):
        return None
    return float(figures[0].value)


def figure_value_at(article: str, offset: int, stated: str) -> float | None:
    """The value of the article's figure at an end of the labelled span (the stated result
    is the first or the last figure of the span) when it states the labelled value with a
    scale word: a label writes `200` for the article's `200 tỷ đồng`, whose value the
    checker states with its scale (200 000 000 000)."""
    lo = max(0, offset - 40)
    for f in extract_figures(article[lo:offset + 20]):
        if f.start <= offset - lo <= f.end and isinstance(f.value, (int, float)) \
                and f.text.startswith(stated) and f.text != stated:
            return float(f.value)
    return None


def score_relations(shared: Path, label_file: Path, split: str = "all") -> dict:
    labels = in_split(load_jsonl(label_file), split)
    records = {file: load_records(shared, file) for file in {l["file"] for l in labels}}
    rows = []
    for label in labels:
        article = records[label["file"]][str(label["id"])]["article"]
        wants = [w for w in (stated_value(label["stated"]), figure_value_at(article, label["start"], label["stated"]),
                             figure_value_at(article, label["end"], label["stated"])) if w is not None]
        found = [r for r in find_relations(article)
                 if overlaps(r.start, r.end, label["start"], label["end"])
                 and any(math.isclose(r.stated, w, rel_tol=1e-9, abs_tol=1e-9) for w in wants)]
        rows.append({**label, "found": bool(found),
                     "right": any(r.status.value == label["status"] for r in found),
                     "checker": [f"{r.formula} → {r.status.value}" for r in found]})
    return {"rows": rows}


#: Relation label files studied whole by the engineers who fit the readers: never split.
STUDIED_RELATIONS = ("relations-dev2.jsonl", "relations-dev3.jsonl", "relations-dev4.jsonl")


def relations_split(label_file: Path, split: str) -> str:
    """The split a relation file is scored under: a studied set is always scored whole."""
    return "all" if label_file.name in STUDIED_RELATIONS else split


def relations_section(result: dict, title: str = "Article relations") -> list[str]:
    rows = result["rows"]
    out = [f"### {title}: {len(rows)} labelled sentences", "",
           "| | relations | goal |", "|---|---|---|",
           f"| found with the right status | {share(sum(r['right'] for r in rows), len(rows))} | ≥ 70% |",
           f"| found (any status) | {share(sum(r['found'] for r in rows), len(rows))} | |", "",
           "| file | kind | status | labelled | found | right |", "|---|---|---|---:|---:|---:|"]
    groups = Counter((r["file"], r["kind"], r["status"]) for r in rows)
    for key, n in sorted(groups.items()):
        sub = [r for r in rows if (r["file"], r["kind"], r["status"]) == key]
        out.append(f"| {' | '.join(key)} | {n} | {sum(r['found'] for r in sub)} | {sum(r['right'] for r in sub)} |")
    out += ["", "Not found or wrong status:", ""]
    out += [f"- {r['file']} {r['id']} {r['kind']} {r['operands']} → {r['stated']} ({r['status']}): "
            f"{'; '.join(r['checker']) or 'not found'}" for r in rows if not r["right"]]
    return out + [""]


def checker_version() -> str:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, cwd=Path(__file__).parent).stdout.strip()
    except OSError:
        commit = "unknown"
    return commit or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default="../shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--out", help="write the markdown here instead of stdout")
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all",
                        help="score the labels of half the records only (by a hash of the id): "
                             "study errors on dev, keep test unread")
    parser.add_argument("--relations-file", type=Path,
                        help="score only this file of relation labels (e.g. benchmarks/labels/relations-dev2.jsonl)")
    parser.add_argument("--figures-file", type=Path,
                        help="score only this file of summary-figure labels, every record of it "
                             "(a fresh set labelled before the checker ran, e.g. benchmarks/labels/vit5-fresh8.jsonl)")
    parser.add_argument("--undated", action="store_true",
                        help="check without the day of writing a Gemini id names (as before the checker took one)")
    args = parser.parse_args(argv)
    global UNDATED
    UNDATED = args.undated
    shared = Path(args.shared)
    if not (shared / "data").is_dir():
        print(f"labelled_eval: error: no data folder under {shared}", file=sys.stderr)
        return 2
    split = args.split
    if args.relations_file is not None:
        if not args.relations_file.is_file():
            print(f"labelled_eval: error: no relation labels at {args.relations_file}", file=sys.stderr)
            return 2
        lines = [f"## Relation labels {args.relations_file.name} (checker at commit {checker_version()})", ""]
        lines += relations_section(score_relations(shared, args.relations_file,
                                                   relations_split(args.relations_file, split)))
        return emit("\n".join(lines), args.out)
    if args.figures_file is not None:
        if not args.figures_file.is_file():
            print(f"labelled_eval: error: no figure labels at {args.figures_file}", file=sys.stderr)
            return 2
        lines = [f"## Figure labels {args.figures_file.name} (checker at commit {checker_version()})", ""]
        return emit("\n".join(lines + figures_section(score_figures(shared, args.figures_file))), args.out)
    lines = [f"## Labelled evaluation (checker at commit {checker_version()}; records: {split})", ""]
    results = {name: score_figures(shared, LABELS / name, split)
               for name in ("gemini-figures.jsonl", "vit5-figures.jsonl") if (LABELS / name).exists()}
    for result in results.values():
        lines += figures_section(result)
    hunts = sorted(LABELS.glob("gemini-wrong-hunt*.jsonl"))
    if hunts:
        lines += hunted_section([score_figures(shared, path, split) for path in hunts],
                                results.get("gemini-figures.jsonl"))
    if (LABELS / "relations.jsonl").exists():
        lines += relations_section(score_relations(shared, LABELS / "relations.jsonl", split))
    for name in STUDIED_RELATIONS:
        if (LABELS / name).exists():
            lines += relations_section(score_relations(shared, LABELS / name),
                                       f"Article relations, {name} (studied by the relations engineer; all records)")
    return emit("\n".join(lines), args.out)


def emit(text: str, out: str | None) -> int:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
