"""benchmarks/list_flags.py samples flags for reading by hand exactly as
benchmarks/checker_report.py does (one seeded key), so a flag sampled in one is sampled in
the other and hand judgements carry over between them."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

from eval_fixtures import ARTICLES, write_set

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import checker_report  # noqa: E402
import list_flags  # noqa: E402

#: Summaries of the fixture articles with figures changed, so that several figures are flagged.
WRONG = {
    "yen-son": "Năm 2022, Yên Sơn kết nạp 371 đảng viên mới, đạt 120% chỉ tiêu, với kinh phí 1,5 tỷ đồng.",
    "ham-yen": "Hàm Yên thu ngân sách 58 tỷ đồng trong sáu tháng đầu năm 2023, bằng 72,25% dự toán.",
    "lua": "Xã Tân Long gieo cấy 230 ha lúa, năng suất 26 tạ mỗi ha.",
    "mua": "Mưa lớn chiều 20/7 khiến nhiều tuyến phố ngập sâu, lượng mưa 150 mm.",
}


def test_list_flags_samples_the_flags_checker_report_samples(tmp_path, capsys):
    data = write_set(tmp_path / "set.jsonl", [{**a, "summary": WRONG.get(a["id"], a["summary"])} for a in ARTICLES])
    from tomtat.checks import check_summary
    from tomtat.eval.data import load_records

    flagged = checker_report.run(list(load_records(str(data))), check_summary)["flagged"]
    assert len(flagged) > 4
    expected = [(rec.id, cf.figure.text) for rec, _, cf in checker_report.stable_sample(flagged, 4, seed=7)]

    assert list_flags.main([str(data), "--sample", "4", "--seed", "7"]) == 0
    listed = [tuple(line.removeprefix("## ").split(" · ")[:2]) for line in capsys.readouterr().out.splitlines()
              if line.startswith("## ")]
    assert [(rid, ast.literal_eval(text)) for rid, text in listed] == expected   # the figure is a repr()
    assert list_flags.stable_sample is checker_report.stable_sample  # one sampling, not a copy of it


def test_flag_diff_counts_a_flag_gone_under_a_new_span():
    import flag_diff  # noqa: E402 (benchmarks/, on the path above)

    old = {"gemini|r1|10|21": ["unsupported", "no 21"], "gemini|r1|13|15": ["unsupported", "no 15"],
           "gemini|r2|0|7": ["mismatch", "the article gives 8"]}
    new = {"gemini|r1|10|21-15": ["supported", "the article says 21-15"],
           "gemini|r2|0|7 tỷ": ["mismatch", "the article gives 8 tỷ"]}
    gone = flag_diff.respanned_gone(old, new)
    assert [key for key, _ in gone] == ["gemini|r1|10|21", "gemini|r1|13|15"]
    assert gone[0][1][0] == "supported"
