"""A day placed against the day of writing (issue 8): "chiều nay (29/7)" in a summary makes 29/7
the day it is written; when every relative day of the article ("chiều nay (1/8)", "hôm qua
(17/3)", "ngày mai (30/12)") places the day of writing elsewhere, the summary's day was moved
to another event's. Fixture sentences are our own."""
from tomtat.checks import Verdict

from check_fixtures import verdict

SUICIDE = ("Khoảng 19h ngày 26/7, Trần Văn Hải dùng dao tấn công vợ tại nhà riêng ở phường Lạc Viên. "
           "Sau đó Hải bỏ trốn. Chiều nay (29/7), người dân phát hiện Hải thắt cổ tự sát trong vườn.")


def test_a_day_said_today_that_the_article_says_is_another_day_is_a_context_mismatch():
    checked = verdict(SUICIDE, "Nghi phạm Trần Văn Hải đã tự sát chiều nay (26/7) tại vườn nhà.", "26/7")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    # both placings quoted: the summary's and the article's
    assert "chiều nay (26/7)" in checked.explanation and "Chiều nay (29/7)" in checked.explanation
    assert [s.text for s in checked.evidence] == ["29/7"]


def test_the_same_day_of_writing_is_supported():
    assert verdict(SUICIDE, "Chiều nay (29/7), nghi phạm Hải được phát hiện đã tự sát.", "29/7").verdict \
        is Verdict.SUPPORTED
    # the attack's day, said without a relative day
    assert verdict(SUICIDE, "Tối 26/7, Hải tấn công vợ rồi bỏ trốn.", "26/7").verdict is Verdict.SUPPORTED


def test_yesterday_and_tomorrow_place_the_day_of_writing_too():
    article = ("Ngày hôm qua (17/3), con gái người mẫu Lê Thu suýt bị bắt cóc tại một khách sạn. "
               "Lễ cưới của em trai cô sẽ diễn ra ngày mai (19/3).")
    # "trưa nay (17/3)" is written on 17/3; the article's "hôm qua (17/3)" on 18/3
    checked = verdict(article, "Trưa nay (17/3), người mẫu Lê Thu gặp báo chí kể chuyện con gái.", "17/3")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert verdict(article, "Em trai Lê Thu sẽ cưới vào ngày mai (17/3).", "17/3").verdict is Verdict.CONTEXT_MISMATCH
    assert verdict(article, "Hôm qua (17/3), con gái Lê Thu suýt bị bắt cóc.", "17/3").verdict is Verdict.SUPPORTED


def test_an_article_written_over_days_places_no_one_day_of_writing():
    article = ("Tối qua (16/9), hai nhóm thanh niên hỗn chiến trên đường Lê Lợi. "
               "Cập nhật: chiều nay (18/9), công an đã bắt giữ ba đối tượng.")
    assert verdict(article, "Chiều nay (16/9), hai nhóm thanh niên hỗn chiến.", "16/9").verdict is Verdict.SUPPORTED


def test_an_article_with_no_relative_day_places_no_day_of_writing():
    article = "Ngày 29/7, người dân phát hiện Hải tự sát. Ngày 26/7, Hải tấn công vợ."
    assert verdict(article, "Hải tấn công vợ chiều nay (29/7).", "29/7").verdict is not Verdict.CONTEXT_MISMATCH
