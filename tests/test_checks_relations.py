"""The article's own arithmetic: relations found, checked, and flagged only when wrong."""
from pathlib import Path

import pytest

from tomtat.checks import RelationStatus, find_relations

ARTICLE = (Path(__file__).parent / "fixtures" / "bao-cao-xay-dung-dang.txt").read_text(encoding="utf-8")
EXAMPLE = (Path(__file__).parent.parent / "examples" / "ket-nap-dang-vien.txt").read_text(encoding="utf-8")


def by_formula(text):
    return {r.formula: r for r in find_relations(text)}


def test_consistent_article_produces_no_inconsistency():
    rels = find_relations(ARTICLE)
    assert rels and all(r.status is RelationStatus.CONSISTENT for r in rels), rels
    kinds = {r.kind for r in rels}
    assert kinds == {"percent_of_target", "difference", "ratio_percent", "sum_of_parts", "average"}


@pytest.mark.parametrize("formula, stated", [
    ("173 / 170 × 100 = 101,76%", 102),          # a target in one sentence, result and % in the next
    ("6.311 / 6.300 × 100 = 100,17%", 100.2),     # "so với chỉ tiêu 6.300" after the percentage
    ("146 / 212 × 100 = 68,87%", 69),
    ("36 + 7 = 43", 43),
    ("173 − 170 = 3", 3),                         # "vượt chỉ tiêu 3 đảng viên"
    ("25.529 / 11 years (2010–2020) = 2.320,82", 2320),
])
def test_each_relation_is_found_with_its_arithmetic(formula, stated):
    rel = by_formula(ARTICLE)[formula]
    assert rel.stated == stated and rel.status is RelationStatus.CONSISTENT
    assert all(ARTICLE[e.start:e.end] == e.text for e in rel.evidence)
    assert ARTICLE[rel.start:rel.end].strip() == rel.text


@pytest.mark.parametrize("old, new, formula", [
    ("đạt 102% chỉ tiêu", "đạt 112% chỉ tiêu", "173 / 170 × 100 = 101,76%"),
    ("đạt tỷ lệ 69%", "đạt tỷ lệ 79%", "146 / 212 × 100 = 68,87%"),
    ("7 đảng viên dự bị", "9 đảng viên dự bị", "36 + 9 = 45"),
    ("hơn 2.320 đảng viên", "hơn 2.520 đảng viên", "25.529 / 11 years (2010–2020) = 2.320,82"),
    ("vượt chỉ tiêu 3 đảng viên", "vượt chỉ tiêu 5 đảng viên", "173 − 170 = 3"),
    ("đạt tỷ lệ 100,2%", "đạt tỷ lệ 101,2%", "6.311 / 6.300 × 100 = 100,17%"),
])
def test_a_changed_figure_is_flagged(old, new, formula):
    assert old in ARTICLE
    rel = by_formula(ARTICLE.replace(old, new))[formula]
    assert rel.status is RelationStatus.INCONSISTENT


def test_the_example_article_is_consistent_and_112_percent_is_flagged():
    assert all(r.status is RelationStatus.CONSISTENT for r in find_relations(EXAMPLE))
    changed = find_relations(EXAMPLE.replace("đạt 102%", "đạt 112%"))
    bad = [r for r in changed if r.status is RelationStatus.INCONSISTENT]
    assert [r.formula for r in bad] == ["173 / 170 × 100 = 101,76%"]


def test_growth_without_a_base_is_not_checked():
    text = "Doanh thu quý III đạt 120 tỷ đồng, vượt 22% so với cùng kỳ."
    assert find_relations(text) == []


def test_partial_list_that_does_not_add_up_is_not_flagged():
    # "trong đó" lists need not be exhaustive, and these overlap
    text = "Chi bộ có 43 đảng viên, trong đó 20 đảng viên nữ và 25 đảng viên dưới 35 tuổi."
    assert [r for r in find_relations(text) if r.status is RelationStatus.INCONSISTENT] == []


def test_exhaustive_list_exceeding_its_total_is_flagged():
    text = "Huyện có 19 đảng bộ trực thuộc, gồm 15 đảng bộ xã, 3 đảng bộ thị trấn và 2 đảng bộ cơ quan."
    (rel,) = find_relations(text)
    assert rel.status is RelationStatus.INCONSISTENT and rel.computed == 20


def test_exhaustive_list_matching_its_total_is_consistent():
    text = "Huyện có 19 đảng bộ trực thuộc, gồm 15 đảng bộ xã, 3 đảng bộ thị trấn và 1 đảng bộ cơ quan."
    (rel,) = find_relations(text)
    assert rel.status is RelationStatus.CONSISTENT


def test_text_without_figures():
    assert find_relations("Công tác xây dựng Đảng được chú trọng.") == []


def _ungated(text):
    from tomtat.checks import extract_figures
    from tomtat.checks.relations import relations_of
    return relations_of(text, text.lower(), extract_figures(text))


@pytest.mark.parametrize("text", [
    ARTICLE, EXAMPLE,
    "Đoàn công tác gồm lãnh đạo huyện và các xã. Trung bình mỗi năm tăng trưởng khá.",
    "Huyện có 43 đảng viên, trong đó có 36 đảng viên chính thức và 7 đảng viên dự bị.",
    "Xã có hai chi bộ, gồm một chi bộ thôn và một chi bộ trường học.",
    "Kết nạp được 25.529 đảng viên từ năm 2010 đến 2020, trung bình mỗi năm hơn 2.320 đảng viên.",
    "Được giao chỉ tiêu 170, kết nạp 173 đảng viên, vượt chỉ tiêu 3 đảng viên.",
])
def test_the_cheap_gate_never_hides_a_relation(text):
    # `find_relations` skips reading figures when no cue word has a number near it;
    # that shortcut must agree with reading them
    from tomtat.checks.relations import may_state_relations
    full = _ungated(text)
    assert find_relations(text) == full
    assert may_state_relations(text, text.lower()) or full == []


def test_the_cheap_gate_skips_cue_words_with_no_number_near():
    from tomtat.checks.relations import may_state_relations
    text = "Đoàn công tác gồm lãnh đạo huyện. Năm 2022, 12 xã về đích nông thôn mới."
    assert not may_state_relations(text, text.lower())
    near = "Huyện có 12 xã, gồm 7 xã nông thôn mới và 5 xã khác."
    assert may_state_relations(near, near.lower())
