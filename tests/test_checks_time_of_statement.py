"""The time a value is stated for (issue 8, time9): a part of a year the article reports with
no year, which is this year's, given by the summary a year the article tells as past. Fixture
sentences are our own."""
from tomtat.checks import Verdict
from tomtat.checks.verify import _times_apart, _year_parts

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


# --- a value the article tells in a sentence opened by another time ------------------------

def test_a_value_told_for_another_year_while_the_summarys_year_has_another_value():
    article = ("Năm 2023, công ty Phú Thịnh lãi 50 tỷ đồng. Năm 2024, công ty lãi 80 tỷ đồng nhờ mở "
               "rộng thị trường.")
    checked = verdict(article, "Năm 2024, Phú Thịnh lãi 50 tỷ đồng.", "50 tỷ")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "Năm 2023" in checked.explanation and "80 tỷ" in checked.explanation


def test_last_years_value_given_to_this_year():
    article = "Năm ngoái, trường tuyển 1.200 sinh viên. Năm nay, trường tuyển 1.500 sinh viên."
    checked = verdict(article, "Năm nay, trường tuyển 1.200 sinh viên.", "1.200")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH


def test_last_seasons_goals_given_to_this_season():
    article = "Mùa trước, Hoàng ghi 12 bàn cho đội. Mùa này, anh mới ghi 5 bàn sau 10 trận."
    checked = verdict(article, "Mùa này, Hoàng ghi 12 bàn.", "12 bàn")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH


def test_the_value_of_its_own_time_is_supported():
    article = "Năm ngoái, trường tuyển 1.200 sinh viên. Năm nay, trường tuyển 1.500 sinh viên."
    checked = verdict(article, "Năm ngoái, trường tuyển 1.200 sinh viên.", "1.200")
    assert checked.verdict is Verdict.SUPPORTED


def test_overlapping_times_are_not_apart():
    # a half and its quarter, a year and its half, a running total and anything
    assert not _times_apart(("part", "H1", "this"), ("part", "Q2", "this"))
    assert not _times_apart(("year", None, 2024), ("part", "H1", 2024))
    assert not _times_apart(("cumulative",), ("part", "Q2", "this"))
    assert _times_apart(("part", "H1", "this"), ("part", "Q3", "this"))
    assert _times_apart(("year", None, "last"), ("year", None, "this"))
    assert not _times_apart(("year", None, 2024), ("year", None, "last"))


def test_a_year_against_a_relative_year_is_not_judged():
    # "năm ngoái" may be 2024 or not: the article's year of writing is unsaid
    article = "Năm ngoái, công ty lãi 50 tỷ đồng. Năm nay, công ty lãi 80 tỷ đồng."
    checked = verdict(article, "Năm 2024, công ty lãi 50 tỷ đồng.", "50 tỷ")
    assert checked.verdict is not Verdict.CONTEXT_MISMATCH


def test_a_running_total_is_not_judged():
    article = "Lũy kế 6 tháng, công ty lãi 90 tỷ đồng. Quý II, công ty lãi 40 tỷ đồng."
    checked = verdict(article, "Quý II, công ty lãi 90 tỷ đồng.", "90 tỷ")
    assert checked.verdict is not Verdict.CONTEXT_MISMATCH


def test_no_other_value_for_the_summarys_time_is_not_judged():
    article = "Năm 2023, công ty Phú Thịnh lãi 50 tỷ đồng. Năm 2024, công ty mở thêm nhà máy."
    checked = verdict(article, "Năm 2024, Phú Thịnh lãi 50 tỷ đồng.", "50 tỷ")
    assert checked.verdict is not Verdict.CONTEXT_MISMATCH
