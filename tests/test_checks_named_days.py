"""A day named by what it commemorates keeps its date (issue 8): "ngày Quốc tế Phụ nữ 3/3" in a
summary whose article writes «ngày Quốc tế Phụ nữ 8/3» and whose 3/3 is a shopping trip gives the
holiday another event's day (`rules.NAMED_DAYS`). Fixture sentences are our own."""
from tomtat.checks import Verdict

from check_fixtures import verdict

GIFT = ("Chiều 3/3, ca sĩ Minh Khang cùng vợ đi mua sắm tại một trung tâm thương mại. Anh cho biết "
        "đây là món quà sớm dành tặng vợ nhân ngày Quốc tế Phụ nữ 8/3.")


def test_a_holiday_given_another_day_is_a_context_mismatch():
    checked = verdict(GIFT, "Nhân ngày Quốc tế Phụ nữ 3/3, ca sĩ Minh Khang tặng vợ món quà bất ngờ.", "3/3")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "8/3" in checked.explanation
    assert [s.text for s in checked.evidence] == ["8/3"]


def test_a_holiday_with_its_own_day_and_a_bracketed_day_are_supported():
    assert verdict(GIFT, "Nhân ngày Quốc tế Phụ nữ 8/3, Minh Khang tặng vợ món quà.", "8/3").verdict is Verdict.SUPPORTED
    assert verdict(GIFT, "Chiều 3/3, Minh Khang cùng vợ đi mua sắm.", "3/3").verdict is Verdict.SUPPORTED
    article = "Dịp lễ Quốc khánh (2/9) năm nay, người dân được nghỉ 4 ngày. Ngày 1/9, đường phố đông đúc."
    assert verdict(article, "Dịp Quốc khánh (2/9), người dân được nghỉ 4 ngày.", "2/9").verdict is Verdict.SUPPORTED


def test_a_holiday_the_article_never_dates_is_not_judged():
    article = "Chiều 3/3, ca sĩ Minh Khang cùng vợ đi mua sắm quà tặng vợ nhân ngày Quốc tế Phụ nữ."
    summary = "Nhân ngày Quốc tế Phụ nữ 3/3, Minh Khang tặng vợ món quà."
    assert verdict(article, summary, "3/3").verdict is Verdict.SUPPORTED
