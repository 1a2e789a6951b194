"""The checker's stress test: corruptions really change values, are recorded, and are aggregated."""
from __future__ import annotations

import json

from tomtat.checks import extract_figures
from tomtat.cli import main
from tomtat.eval.data import Record
from tomtat.eval.perturb import TYPES, aggregate, perturb_record

from eval_fixtures import ARTICLES, write_set

ARTICLE = Record(
    index=0, id="fixture",
    title="Yên Sơn và Hàm Yên kết nạp đảng viên",
    article=("Năm 2022, huyện Yên Sơn kết nạp 173 đảng viên, đạt 102% chỉ tiêu.\n"
             "Cùng kỳ, huyện Hàm Yên kết nạp 95 đảng viên.\n"
             "Ngày 14/5/2022, tỉnh tổng kết; kinh phí hỗ trợ là 3,2 tỷ đồng."),
    summary="Ngày 14/5/2022, huyện Yên Sơn kết nạp 173 đảng viên, đạt 102% chỉ tiêu; kinh phí 3,2 tỷ đồng.",
)


def test_every_corruption_changes_the_value_and_is_recorded():
    result = perturb_record(ARTICLE)
    made = {c["type"]: c for c in result["corruptions"]}
    assert {"digit", "swap", "scale", "percent", "date", "subject"} <= set(made)
    clean_values = {(f.kind, f.value) for f in extract_figures(ARTICLE.summary)}
    for ctype, c in made.items():
        assert c["summary"] != ARTICLE.summary
        if ctype == "subject":
            assert "Hàm Yên" in c["summary"] and "173" in c["summary"]
            continue
        for (start, end), text in zip(c["spans"], c["corrupted"]):
            assert c["summary"][start:end] == text
            new = [f for f in extract_figures(c["summary"]) if f.start < end and start < f.end]
            assert new and all((f.kind, f.value) not in clean_values or ctype == "swap" for f in new)
    assert "tỷ" not in made["scale"]["corrupted"][0] and "3,2" in made["scale"]["corrupted"][0]
    assert made["percent"]["corrupted"][0] != "102%"
    assert made["date"]["corrupted"][0] != "14/5/2022"


def test_deterministic():
    assert perturb_record(ARTICLE) == perturb_record(ARTICLE)


def test_no_figures_no_corruptions():
    record = Record(0, "plain", "Trời hôm nay đẹp. Mọi người đi chơi.", "Trời đẹp.", None)
    assert perturb_record(record)["corruptions"] == []


def test_aggregate_counts_recall_and_false_flags():
    def c(ctype, eligible, detected, untouched, flagged, induced, in_article=False):
        return {"type": ctype, "eligible": eligible, "detected": detected, "untouched": untouched,
                "untouched_flagged": ["x"] * flagged, "induced": ["x"] * induced, "value_in_article": in_article}

    records = [
        {"index": 0, "id": "a", "status": "ok", "clean": {"figures": 3, "flagged": 1}, "skipped": {"digit": 1},
         "corruptions": [c("digit", True, True, 2, 1, 0), c("date", True, False, 2, 0, 0)]},
        {"index": 1, "id": "b", "status": "ok", "clean": {"figures": 2, "flagged": 0}, "skipped": {},
         "corruptions": [c("digit", True, False, 1, 1, 1, True), c("digit", False, True, 1, 0, 0)]},
        {"index": 2, "id": "c", "status": "malformed", "reason": "empty article"},
    ]
    m = aggregate(records)
    d = m["by_type"]["digit"]
    assert (d["corruptions"], d["eligible"], d["detected"], d["skipped_no_value_change"]) == (3, 2, 1, 1)
    assert d["recall"]["mean"] == 0.5
    assert d["recall_value_not_in_article"]["mean"] == 1.0 and d["recall_value_in_article"]["mean"] == 0.0
    assert d["false_flag_rate"]["mean"] == 0.5 and d["induced_false_flag_rate"]["mean"] == 0.25
    assert m["by_type"]["all"]["corruptions"] == 4 and m["malformed"] == 1
    assert m["clean_reference"] == {"figures": 5, "flagged": 1}


def test_cli_perturb(tmp_path, capsys):
    data = write_set(tmp_path / "set.jsonl", ARTICLES)
    assert main(["eval", str(data), "--perturb", "--out", str(tmp_path / "p"), "--json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    assert set(metrics["by_type"]) == {*TYPES, "all"}
    assert metrics["by_type"]["all"]["corruptions"] > 0
    assert (tmp_path / "p" / "perturb.md").read_text().startswith("# Perturbation test")
