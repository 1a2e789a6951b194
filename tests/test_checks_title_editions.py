"""A title given another title's year (issue 8): the editions of a contest are read under one
name whichever language the article writes it in (`rules.TITLE_ALIASES`): "Hoa hậu Hoàn vũ Việt
Nam 2019" in a summary whose article names only "Miss Universe Vietnam 2024", and gives its 2019
to another contest. Fixture sentences are our own."""
from tomtat.checks import Verdict

from check_fixtures import verdict

MODEL = ("Người mẫu Lan Anh xác nhận tham dự Miss Universe Vietnam 2024. Cô từng là quán quân "
         "Vietnam Next Top Model 2019. Lan Anh tập luyện mỗi ngày để sẵn sàng cho cuộc thi.")


def test_a_title_in_vietnamese_given_the_year_of_another_contest():
    checked = verdict(MODEL, "Lan Anh đã sẵn sàng cho Hoa hậu Hoàn vũ Việt Nam 2019.", "2019")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "Miss Universe Vietnam 2024" in checked.explanation
    assert verdict(MODEL, "Lan Anh đã sẵn sàng cho Hoa hậu Hoàn vũ Việt Nam 2024.", "2024").verdict \
        is Verdict.SUPPORTED
    assert verdict(MODEL, "Lan Anh từng thắng Vietnam Next Top Model 2019.", "2019").verdict is Verdict.SUPPORTED


def test_a_title_in_english_given_the_year_of_another_contest():
    article = ("Đỗ Mỹ Linh đang dẫn đầu bình chọn tại Hoa hậu Thế giới 2017. Cô là Hoa hậu Việt Nam 2016 "
               "và được đánh giá cao ở vòng phỏng vấn năm 2017.")
    checked = verdict(article, "Mỹ Linh dẫn đầu bình chọn tại Miss World 2016.", "2016")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH


def test_another_contest_of_a_like_name_keeps_its_year():
    # Miss Universe and Miss Universe Vietnam are two contests: no year is taken from the one to the other
    assert verdict(MODEL, "Lan Anh từng thi Hoa hậu Hoàn vũ 2019.", "2019").verdict is not Verdict.CONTEXT_MISMATCH


def test_a_title_named_with_several_years_in_two_languages_is_not_judged():
    # the editions of a yearly contest: read under one name, "Miss World 2015" is one of them
    # (read apart, "Hoa hậu Thế giới" would have the one year 2017)
    article = ("Miss World 2018 diễn ra tại Tam Á. Hoa hậu Thế giới 2017 Manushi Chhillar trao lại vương miện. "
               "Tam Á từng tổ chức Miss World 2015.")
    assert verdict(article, "Tam Á từng tổ chức Hoa hậu Thế giới 2015.", "2015").verdict is Verdict.SUPPORTED
