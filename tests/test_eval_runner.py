"""Runs: predictions and lead engines, resume after a kill, malformed records, shards and merge, CLI."""
from __future__ import annotations

import json

import pytest

from tomtat.cli import main
from tomtat.errors import RunStoreError
from tomtat.eval import EvalConfig, merge_runs, run_eval
from tomtat.eval import runner as runner_mod
from tomtat.eval.baselines import LeadEngine
from tomtat.eval.store import read_records

from eval_fixtures import ARTICLES, PREDICTIONS, write_predictions, write_set


def test_predictions_run_writes_per_article_records_and_metrics(tmp_path, dataset, predictions):
    out = tmp_path / "run"
    result = run_eval(EvalConfig(data=str(dataset), out=str(out), predictions=str(predictions)))
    records = read_records(out / "articles.jsonl")
    assert sorted(r["id"] for r in records) == sorted(PREDICTIONS)
    by_id = {r["id"]: r for r in records}
    # the wrong figure (371 for 173) is flagged; the faithful restatements are not
    assert by_id["yen-son"]["faithfulness"]["has_flag"]
    assert any(f["text"] == "371" and f["verdict"] != "supported" for f in by_id["yen-son"]["figures"])
    assert not by_id["ham-yen"]["faithfulness"]["has_flag"]
    # ham-yen's reference figures: 85 tỷ, sáu (tháng), năm 2023, 77,25%; the prediction restates 85 tỷ and 77,25%
    faith = by_id["ham-yen"]["faithfulness"]
    assert (faith["reference_figures"], faith["reference_kept"]) == (4, 2)
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics == result.metrics
    assert metrics["scored"] == 5 and metrics["malformed"] == 0
    flagged = sum(r["faithfulness"]["has_flag"] for r in records)
    assert metrics["faithfulness"]["summaries_with_flag"]["mean"] == pytest.approx(flagged / 5)
    assert metrics["faithfulness"]["figures"] == sum(len(r["figures"]) for r in records)
    for label in ("rouge_vi", "rouge_default"):
        ci = metrics[label]["rouge1"]
        assert ci["low"] <= ci["mean"] <= ci["high"] and ci["n"] == 5
    report = (out / "report.md").read_text()
    assert "**371**" in report and "rouge_score default" in report
    assert "time_s" in records[0] and "check_s_per_article" in json.loads((out / "timing.json").read_text())


def test_lead_engines(tmp_path, dataset):
    result = run_eval(EvalConfig(data=str(dataset), engine="lead-1"))
    assert result.out is None and result.metrics["meta"]["system"] == "lead-1"
    by_id = {r["id"]: r for r in result.records}
    assert by_id["truong"]["prediction"] == "Sáng 5/9, trường tiểu học Kim Phú khánh thành dãy nhà 3 tầng với 12 phòng học."
    # Lead sentences are copied from the article: nothing they state can be flagged as a mismatch
    assert result.metrics["faithfulness"]["verdicts"]["mismatch"] == 0
    out3 = run_eval(EvalConfig(data=str(dataset), engine="lead-3")).records
    assert all(r["lengths"]["prediction_sentences"] == 3 for r in out3)


def test_lead_engine_reads_sentences_as_the_extractive_engine_does():
    text = ("Ông A nói: \"Tốt.\" Sau đó ông đi. TP.HCM có 9 triệu dân. Giá tăng 1.750.000 đồng.\nDòng hai. "
            "Công an TP. Hà Nội bắt chị Nguyễn Thị Tr.\n(SN 1990) hôm qua.")
    assert LeadEngine(3).summary_of(text) == "Ông A nói: \"Tốt.\" Sau đó ông đi. TP.HCM có 9 triệu dân."
    # neither an abbreviation ("TP.") nor an initial at the end of a line ends a sentence
    assert LeadEngine(6).summary_of(text).endswith(
        "Dòng hai. Công an TP. Hà Nội bắt chị Nguyễn Thị Tr. (SN 1990) hôm qua.")


def test_resume_after_kill_gives_the_same_metrics(tmp_path, dataset, predictions, monkeypatch):
    full = tmp_path / "full"
    run_eval(EvalConfig(data=str(dataset), out=str(full), predictions=str(predictions)))
    expected = (full / "metrics.json").read_bytes()

    # Interrupted run: the third article raises (as a kill would stop it) ...
    real = runner_mod.score_article
    calls = {"n": 0}

    def dying(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    cut = tmp_path / "cut"
    monkeypatch.setattr(runner_mod, "score_article", dying)
    with pytest.raises(KeyboardInterrupt):
        run_eval(EvalConfig(data=str(dataset), out=str(cut), predictions=str(predictions)))
    written = read_records(cut / "articles.jsonl")
    assert len(written) == 2          # what was written before the kill is kept
    # ... and the kill tore a half-written third line.
    with (cut / "articles.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"index": 2, "id": "lua", "status": "ok", "predic')
    assert not (cut / "metrics.json").exists()

    # Without --resume the folder is refused; with it, only the rest is computed.
    monkeypatch.setattr(runner_mod, "score_article", real)
    assert main(["eval", str(dataset), "--predictions", str(predictions), "--out", str(cut),
                 "--no-progress"]) == 2
    counted = {"n": 0}

    def counting(*args, **kwargs):
        counted["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(runner_mod, "score_article", counting)
    run_eval(EvalConfig(data=str(dataset), out=str(cut), predictions=str(predictions), resume=True))
    assert counted["n"] == 3
    assert (cut / "metrics.json").read_bytes() == expected
    assert len(read_records(cut / "articles.jsonl")) == 5


def test_resume_refuses_a_different_run(tmp_path, dataset, predictions):
    out = tmp_path / "run"
    run_eval(EvalConfig(data=str(dataset), out=str(out), predictions=str(predictions), limit=2))
    with pytest.raises(RunStoreError, match="differs in limit"):
        run_eval(EvalConfig(data=str(dataset), out=str(out), predictions=str(predictions), limit=3, resume=True))


def test_malformed_records_are_reported_skipped_and_counted(tmp_path, predictions, capsys):
    rows = ARTICLES[:2] + [{"id": "no-article", "summary": "Có 3 người."},
                           {"id": "empty", "article": "  ", "summary": "Có 3 người."}]
    data = write_set(tmp_path / "set.jsonl", rows, extra_lines=["{broken"])
    out = tmp_path / "run"
    code = main(["eval", str(data), "--predictions", str(predictions), "--out", str(out), "--json"])
    assert code == 0
    captured = capsys.readouterr()
    metrics = json.loads(captured.out)
    assert metrics["scored"] == 2 and metrics["malformed"] == 3
    reasons = {m["id"]: m["reason"] for m in metrics["malformed_records"]}
    assert "missing field" in reasons["no-article"] and reasons["empty"] == "empty article"
    assert "not valid JSON" in reasons["line 5"]
    assert "no-article" in captured.err and "empty article" in captured.err


def test_missing_prediction_is_malformed(tmp_path, dataset):
    preds = write_predictions(tmp_path / "p.jsonl", {k: v for k, v in PREDICTIONS.items() if k != "lua"})
    result = run_eval(EvalConfig(data=str(dataset), predictions=str(preds)))
    assert result.metrics["malformed_records"] == [
        {"id": "lua", "index": 2, "where": None, "reason": "no prediction for this id"}]


def test_shards_merge_to_the_unsharded_metrics(tmp_path, dataset, predictions):
    run_eval(EvalConfig(data=str(dataset), out=str(tmp_path / "all"), predictions=str(predictions)))
    for i in (1, 2):
        run_eval(EvalConfig(data=str(dataset), out=str(tmp_path / f"s{i}"), predictions=str(predictions),
                            shard=(i, 2)))
    assert len(read_records(tmp_path / "s1" / "articles.jsonl")) == 3
    code = main(["eval", "--merge", str(tmp_path / "s1"), str(tmp_path / "s2"), "--out", str(tmp_path / "m"),
                 "--json"])
    assert code == 0
    assert (tmp_path / "m" / "metrics.json").read_bytes() == (tmp_path / "all" / "metrics.json").read_bytes()
    with pytest.raises(RunStoreError, match="already holds a run"):
        merge_runs([str(tmp_path / "s1")], str(tmp_path / "m"))


@pytest.mark.parametrize("argv, message", [
    (["eval", "nope.jsonl"], "no such file"),
    (["eval", "{tmp}/set.xlsx"], "unknown data format"),
    (["eval"], "DATA is required"),
    (["eval", "{tmp}/set.jsonl", "--shard", "3/2"], "--shard"),
    (["eval", "{tmp}/set.jsonl", "--resume"], "--resume needs --out"),
    (["eval", "{tmp}/set.jsonl", "--predictions", "{tmp}/none.jsonl"], "no such predictions file"),
    (["eval", "--merge", "{tmp}/nowhere", "--out", "{tmp}/m"], "no such folder"),
    (["eval", "{tmp}/set.jsonl", "--fields", "body=text"], "--fields"),
])
def test_bad_input_is_one_line_exit_2(tmp_path, dataset, capsys, argv, message):
    (tmp_path / "set.xlsx").write_text("x")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv + ["--no-progress"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_eval_package_imports_no_torch():
    import subprocess
    import sys

    code = "import sys, tomtat.eval; print('torch' in sys.modules, 'transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_an_engine_run_scores_the_report_its_candidate_choice_made(tmp_path, dataset, monkeypatch):
    """The extractive engine's summaries were checked when a candidate was chosen: scoring uses
    that report (no article is prepared for the checker again) and writes what checking them
    again writes."""
    from tomtat.eval.faithfulness import FaithfulnessScorer

    prepared = []
    real_prepare = FaithfulnessScorer.prepare
    monkeypatch.setattr(FaithfulnessScorer, "prepare", lambda self, text: prepared.append(text) or real_prepare(self, text))
    out = tmp_path / "run"
    run_eval(EvalConfig(data=str(dataset), out=str(out), engine="extractive"))
    records = read_records(out / "articles.jsonl")
    assert len(records) == 5 and prepared == []
    scorer = FaithfulnessScorer()
    for record in records:
        [source] = [r for r in ARTICLES if r["id"] == record["id"]]
        text = f"{source['title']}\n{source['article']}" if source.get("title") else source["article"]
        faith, figures = scorer.score(scorer.prepare(text), record["prediction"], source["summary"])
        assert (record["faithfulness"], record["figures"]) == (faith, figures)
