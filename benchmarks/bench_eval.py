"""Benchmark `tomtat eval`: --predictions mode end to end, and the cost of each stage.

    python benchmarks/bench_eval.py [DATA]   (default ../shared/data/vietnews/val-2000.jsonl)

1. Lead-3 predictions of DATA are written to a temporary JSONL (the lead-3 engine);
2. `tomtat eval DATA --predictions FILE --out DIR` runs in a subprocess, timed end to end;
3. per-article stage costs: checker (prepare_article + check_summary + reference figures),
   the checker choosing among 4 beam candidates, our ROUGE (both tokenisations), and
   rouge_score's RougeScorer for the same pairs.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vietnews/val-2000.jsonl"
    from tomtat.eval.baselines import LeadEngine
    from tomtat.eval.data import Record, load_records
    from tomtat.eval.faithfulness import FaithfulnessScorer
    from tomtat.eval.rouge import TOKENISATIONS, reference_scorer, rouge_f1

    records = [r for r in load_records(data) if isinstance(r, Record)]
    lead = LeadEngine(3)
    preds = [lead.summary_of(r.article) for r in records]
    with tempfile.TemporaryDirectory() as tmp:
        pred_file = Path(tmp) / "pred.jsonl"
        pred_file.write_text("".join(json.dumps({"id": r.id, "prediction": p}, ensure_ascii=False) + "\n"
                                     for r, p in zip(records, preds)), encoding="utf-8")
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tomtat.cli", "eval", data, "--predictions", str(pred_file),
                        "--out", str(Path(tmp) / "run"), "--no-progress"], check=True, stdout=subprocess.DEVNULL)
        end_to_end = time.perf_counter() - t0
    print(f"articles: {len(records)}")
    print(f"tomtat eval --predictions, end to end (subprocess, incl. start-up): {end_to_end:.2f} s")

    scorer = FaithfulnessScorer()
    t0 = time.perf_counter()
    for r, p in zip(records, preds):
        scorer.score(scorer.prepare(r.checker_text), p, r.summary)
    check = time.perf_counter() - t0
    print(f"checker per article (prepare + check + reference figures): {1000 * check / len(records):.3f} ms")

    # what candidate selection costs with 4 beams: one prepared article, 4 summaries of
    # reference length checked against it (the reference and three other cuts of the lead)
    from tomtat.checks import check_summary, prepare_article

    t0 = time.perf_counter()
    for r, p in zip(records, preds):
        facts = prepare_article(r.checker_text)
        for candidate in (r.summary, p[:len(r.summary)], p[len(p) // 3:][:len(r.summary)], p[-len(r.summary):]):
            check_summary(facts, candidate)
    four = time.perf_counter() - t0
    print(f"checker per article, 4 candidates (prepare once + 4 checks): {1000 * four / len(records):.3f} ms")

    t0 = time.perf_counter()
    for r, p in zip(records, preds):
        rouge_f1(r.summary, p)
    ours = time.perf_counter() - t0
    print(f"our ROUGE, both tokenisations: {ours:.2f} s ({1000 * ours / len(records):.3f} ms/article)")
    for label in TOKENISATIONS:
        rs = reference_scorer(label)
        t0 = time.perf_counter()
        for r, p in zip(records, preds):
            rs.score(r.summary, p)
        print(f"rouge_score RougeScorer, {label} only: {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
