"""The time a value is stated for (issue 8, time9): a part of a year the article reports with
no year, which is this year's, given by the summary a year the article tells as past. Fixture
sentences are our own."""
from tomtat.checks import Verdict
from tomtat.checks.verify import _year_parts

from check_fixtures import verdict

HALF = ("Công ty Sao Mai báo lãi 50 tỷ đồng trong nửa đầu năm, tăng 20% so với cùng kỳ. "
        "Năm trước, Sao Mai lỗ 100 tỷ đồng trong năm 2024 vì giá nguyên liệu tăng.")


def test_this_years_half_given_the_year_the_article_tells_as_last_year():
    checked = verdict(HALF, "Nửa đầu năm 2024, công ty Sao Mai báo lãi 50 tỷ đồng.", "năm 2024")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "nửa đầu năm" in checked.explanation and "Năm trước" in checked.explanation


def test_the_same_half_written_in_months_is_the_same_part():
    checked = verdict(HALF, "Trong 6 tháng đầu năm 2024, Sao Mai lãi 50 tỷ đồng.", "năm 2024")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH


def test_last_years_loss_given_its_year_is_supported():
    checked = verdict(HALF, "Sao Mai lỗ 100 tỷ đồng trong năm 2024.", "năm 2024")
    assert checked.verdict is Verdict.SUPPORTED


QUARTER = ("Doanh thu quý II của công ty Hồng Hà đạt 300 tỷ đồng, gấp đôi so với quý II/2024. "
           "Trong quý II, công ty mở thêm 12 cửa hàng.")


def test_this_years_quarter_given_the_year_of_its_base():
    checked = verdict(QUARTER, "Trong quý II/2024, doanh thu của Hồng Hà đạt 300 tỷ đồng.", "quý II/2024")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "so với quý II/2024" in checked.explanation


def test_the_base_restated_as_a_base_is_supported():
    checked = verdict(QUARTER, "Doanh thu quý II của Hồng Hà gấp đôi so với quý II/2024.", "quý II/2024")
    assert checked.verdict is Verdict.SUPPORTED


def test_the_base_of_a_plan_does_not_make_its_year_past():
    # written in 2024, a plan for the next year compared with this one: 2024 may be this year
    article = ("Nửa đầu năm, công ty Minh Long lãi 50 tỷ đồng. Minh Long mở nhà máy thứ ba hồi tháng "
               "3/2024. Công ty dự kiến lợi nhuận năm sau tăng 10% so với năm 2024.")
    checked = verdict(article, "Nửa đầu năm 2024, Minh Long lãi 50 tỷ đồng.", "năm 2024")
    assert checked.verdict is Verdict.SUPPORTED


def test_last_year_said_of_another_thing_in_the_clause_does_not_date_the_year():
    article = ("Minh Long lãi 50 tỷ đồng trong nửa đầu năm, tăng 115% so với cùng kỳ năm ngoái, "
               "hoàn thành 50% mục tiêu kinh doanh 2025.")
    checked = verdict(article, "Nửa đầu năm 2025, Minh Long lãi 50 tỷ đồng.", "năm 2025")
    assert checked.verdict is not Verdict.CONTEXT_MISMATCH


def test_a_part_the_article_also_reports_with_that_year_is_not_judged():
    article = ("Nửa đầu năm 2024, doanh thu của Minh Long đạt 30 tỷ đồng; nửa đầu năm nay đạt 50 tỷ "
               "đồng. Năm trước, Minh Long lỗ 100 tỷ đồng trong năm 2024.")
    checked = verdict(article, "Nửa đầu năm 2024, doanh thu của Minh Long đạt 30 tỷ đồng.", "năm 2024")
    assert checked.verdict is Verdict.SUPPORTED


def test_parts_of_a_year_and_what_is_not_one():
    parts = _year_parts("nửa đầu năm nay tăng; quý ii/2024; 9 tháng đầu năm 2023; nửa đầu cuộc đua; "
                        "so với cùng kỳ quý 3")
    assert [(p, y, base) for p, y, _, _, base in parts] == [
        ("H1", None, False), ("Q2", 2024, False), ("M9", 2023, False), ("Q3", None, True)]
