"""Hostile input to `tomtat eval`, through the CLI: nothing crashes, nothing is lost or mixed."""
from __future__ import annotations

import json
import re

import pytest

from tomtat.cli import main
from tomtat.eval import runner as runner_mod
from tomtat.eval.store import read_records, scan_records

from eval_fixtures import ARTICLES, write_set


def eval_cli(argv, capsys):
    code = main(["eval", *map(str, argv), "--no-progress"])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tomtat: error: ") and "Traceback" not in err, err
    return lines[0]


# ---------------------------------------------------------------------------
# The loader: every bad line is a malformed record with its line number and reason

BAD_LINES = [
    ("[" * 100_000, "nested too deeply to read"),
    ('{"id": "list", "article": "Có 3 người.", "summary": ["x", "y"]}', "summary ('summary') is a list, not text"),
    ('{"id": "bool", "article": "Có 3 người.", "summary": true}', "summary ('summary') is a true, not text"),
    ('{"id": "nan", "article": NaN, "summary": "Có 3 người."}', "article ('article') is a NaN, not text"),
    ('{"id": "obj", "article": {"text": "Có 3 người."}, "summary": "Có 3."}', "article ('article') is a object"),
    ('{"id": "num", "article": "Có 3 người.", "summary": "Có 3.", "title": 7}', "title ('title') is a number"),
    ('{"id": "sur", "article": "Có 3 người.", "summary": "Có 3 \\ud800 người."}',
     "summary ('summary') is not valid Unicode (a lone surrogate at character 5)"),
    ('{"id": ["a"], "article": "Có 3 người.", "summary": "Có 3."}', "id ('id') is a list, not text or a whole number"),
    ('{"id": "bad\\udc00id", "article": "Có 3 người.", "summary": "Có 3."}', "id ('id') is not valid Unicode"),
    ('"just a string"', "a JSON str, not an object"),
]


def test_wrong_structure_types_and_text_are_malformed_with_line_and_reason(tmp_path, predictions, capsys):
    data = write_set(tmp_path / "set.jsonl", ARTICLES[:2], extra_lines=[line for line, _ in BAD_LINES])
    out = tmp_path / "run"
    code, stdout, err = eval_cli([data, "--predictions", predictions, "--out", out, "--json"], capsys)
    assert code == 0, err
    metrics = json.loads(stdout)
    assert metrics["scored"] == 2 and metrics["malformed"] == len(BAD_LINES)
    by_line = {m["where"]: m["reason"] for m in metrics["malformed_records"]}
    for lineno, (_, reason) in enumerate(BAD_LINES, start=3):
        assert reason in by_line[f"line {lineno}"]
        assert re.search(rf"skipped (\S+ \()?line {lineno}\)?: ", err)   # said while it runs, with the line
    # nothing of the wrong type was turned into text and scored
    assert {r["id"] for r in read_records(out / "articles.jsonl") if r["status"] == "ok"} == {"yen-son", "ham-yen"}
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "nested too deeply" in report and "line 4" in report
    # the store holds only encodable text, so the run resumes (nothing left to do)
    code, stdout, err = eval_cli([data, "--predictions", predictions, "--out", out, "--resume", "--json"], capsys)
    assert code == 0 and json.loads(stdout) == metrics


def test_bad_prediction_lines_are_skipped_with_their_line(tmp_path, dataset, capsys):
    preds = tmp_path / "pred.jsonl"
    preds.write_text("\n".join([
        json.dumps({"id": "yen-son", "prediction": "Yên Sơn kết nạp 173 đảng viên."}),
        json.dumps({"id": "ham-yen", "prediction": "Hàm Yên thu \ud800 85 tỷ đồng."}),   # lone surrogate
        json.dumps({"id": "lua", "prediction": ["Xã Tân Long", "320 ha"]}),
        "[" * 50_000,
        json.dumps({"id": True, "prediction": "Có 12 phòng học."}),
    ]) + "\n", encoding="utf-8")
    code, stdout, err = eval_cli([dataset, "--predictions", preds, "--json"], capsys)
    assert code == 0, err
    assert f"{preds}:2: \"prediction\" is not valid Unicode" in err
    assert f"{preds}:3: needs a \"prediction\" that is text" in err
    assert f"{preds}:4: nested too deeply to read" in err
    assert f"{preds}:5: needs an \"id\"" in err
    metrics = json.loads(stdout)
    assert metrics["scored"] == 1
    assert {m["id"] for m in metrics["malformed_records"]} == {"ham-yen", "lua", "truong", "mua"}


# ---------------------------------------------------------------------------
# A run that scores nothing says so

def test_a_run_that_scores_nothing_says_so_and_exits_2(tmp_path, predictions, capsys):
    data = write_set(tmp_path / "set.jsonl", [], extra_lines=["{broken", '{"id": "x", "summary": "Có 3."}'])
    out = tmp_path / "run"
    code, stdout, err = eval_cli([data, "--predictions", predictions, "--out", out], capsys)
    assert code == 2 and stdout == ""
    notices, line = err.strip().rsplit("\n", 1)       # the two skipped records, then the error
    assert notices.count("tomtat: skipped") == 2
    line = one_error_line(line)
    assert "nothing scored: 2 record(s) read, all malformed (the first, line 1: not valid JSON" in line
    assert str(out / "report.md") in line
    assert json.loads((out / "metrics.json").read_text())["malformed"] == 2   # the files say why, too


def test_an_empty_set_scores_nothing(tmp_path, predictions, capsys):
    data = tmp_path / "set.jsonl"
    data.write_text("\n\n", encoding="utf-8")
    code, _, err = eval_cli([data, "--predictions", predictions], capsys)
    assert code == 2 and "nothing scored: 0 record(s) read" in one_error_line(err)


# ---------------------------------------------------------------------------
# The output folder: never lose someone's files, never mix two runs

def test_out_refuses_a_folder_with_files_it_did_not_write(tmp_path, dataset, predictions, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    theirs = {"config.json": '{"engine": "lead-1"}\n', "metrics.json": '{"scored": 9}\n', "report.md": "# mine\n"}
    for name, text in theirs.items():
        (out / name).write_text(text)
    code, _, err = eval_cli([dataset, "--predictions", predictions, "--out", out], capsys)
    assert code == 2
    assert "already holds a run" in one_error_line(err) and "--overwrite" in err and "--resume" in err
    assert {p.name: p.read_text() for p in out.iterdir()} == theirs   # untouched

    other = tmp_path / "notes"
    other.mkdir()
    (other / "notes.txt").write_text("my notes\n")
    code, _, err = eval_cli([dataset, "--predictions", predictions, "--out", other], capsys)
    assert code == 2 and "is not empty (notes.txt)" in one_error_line(err)


def test_overwrite_replaces_only_the_run_files(tmp_path, dataset, predictions, capsys):
    out = tmp_path / "run"
    assert eval_cli([dataset, "--predictions", predictions, "--out", out, "--limit", "2"], capsys)[0] == 0
    (out / "notes.txt").write_text("my notes\n")
    code, stdout, err = eval_cli([dataset, "--predictions", predictions, "--out", out, "--overwrite", "--json"],
                                 capsys)
    assert code == 0, err
    assert json.loads(stdout)["scored"] == 5 and len(read_records(out / "articles.jsonl")) == 5
    assert (out / "notes.txt").read_text() == "my notes\n"
    code, _, err = eval_cli([dataset, "--predictions", predictions, "--out", out, "--overwrite", "--resume"], capsys)
    assert code == 2 and "choose one" in one_error_line(err)


@pytest.mark.parametrize("config_text, reason", [(None, "no config.json"), ("{not json", "unreadable"),
                                                 ("[1, 2]", "unreadable")])
def test_resume_refuses_a_run_it_cannot_verify(tmp_path, dataset, predictions, capsys, config_text, reason):
    out = tmp_path / "run"
    assert eval_cli([dataset, "--engine", "lead-1", "--out", out, "--limit", "2"], capsys)[0] == 0
    before = (out / "articles.jsonl").read_bytes()
    if config_text is None:
        (out / "config.json").unlink()
    else:
        (out / "config.json").write_text(config_text)
    code, _, err = eval_cli([dataset, "--engine", "lead-3", "--out", out, "--resume"], capsys)
    assert code == 2
    line = one_error_line(err)
    assert reason in line and "cannot be verified" in line and "--overwrite" in line
    assert (out / "articles.jsonl").read_bytes() == before   # no lead-3 record mixed into the lead-1 run


def test_resume_into_an_empty_folder_starts_the_run(tmp_path, dataset, predictions, capsys):
    out = tmp_path / "run"
    out.mkdir()
    code, stdout, _ = eval_cli([dataset, "--predictions", predictions, "--out", out, "--resume", "--json"], capsys)
    assert code == 0 and json.loads(stdout)["scored"] == 5


def test_a_corrupt_line_in_the_middle_costs_that_record_only(tmp_path, dataset, predictions, capsys, monkeypatch):
    full = tmp_path / "full"
    assert eval_cli([dataset, "--predictions", predictions, "--out", full], capsys)[0] == 0
    expected = (full / "metrics.json").read_bytes()

    path = full / "articles.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    lost = json.loads(lines[1])["id"]
    lines[1] = lines[1][:40] + b"\x00garbage" + lines[1][40:]   # a disk error in the second record
    lines[3] = b'{"index": "3", "id": 7}\n'                      # valid JSON, but not a record
    path.write_bytes(b"".join(lines))
    found = scan_records(path)
    assert found.bad_lines == [2, 4] and len(found.records) == 3

    rescored = []
    real = runner_mod.score_article
    monkeypatch.setattr(runner_mod, "score_article",
                        lambda record, *a, **k: rescored.append(record.id) or real(record, *a, **k))
    code, _, err = eval_cli([dataset, "--predictions", predictions, "--out", full, "--resume"], capsys)
    assert code == 0, err
    assert "line(s) 2, 4 not a complete record" in err
    assert len(rescored) == 2 and lost in rescored            # only the two damaged records are redone
    assert (full / "metrics.json").read_bytes() == expected
    assert scan_records(path).bad_lines == []                 # the damaged lines are gone from the file
