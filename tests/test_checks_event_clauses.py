"""A day given to another event, read clause by clause (issue 8, session 9): a date that opens its
clause after a comma with only times before it ("..., nên 3h sáng 12/4 Hoà đã siết cổ dì"), the
classes a killing, a contest's final and a journey, a killing being an incident, and two guards: a
date's own clause marked with a predicate of its own is not given an earlier clause's event, and
a time word with a capital in the middle of a sentence opens one (a title run into the body).
Fixture sentences are our own."""
import re

from tomtat.checks import Verdict, rules, verify

from check_fixtures import verdict

KILLING = ("Bước đầu, Hoà khai nhận, do thường bị dì mắng chửi, nên 3h sáng 12/4 Hoà đã siết cổ dì "
           "rồi lấy tài sản bỏ trốn. "
           "Đến chiều 13/4, khi Hoà quay lại quán net ở phường Tân Hiệp, công an tới khống chế đối tượng.")


def test_the_day_of_the_arrest_given_to_the_killing_is_a_context_mismatch():
    # in the editor's words: no one sentence is clearly restated (that is another question)
    checked = verdict(KILLING, "Người dì bị Hoà sát hại vào rạng sáng 13/4.", "13/4")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    # the killing's day is read from a clause opened by "nên 3h sáng 12/4", with no comma after it
    assert "12/4" in checked.explanation and "siết cổ" in checked.explanation
    assert "the day of the arrest" in checked.explanation


def test_the_right_days_of_the_killing_and_the_arrest_are_supported():
    assert verdict(KILLING, "Rạng sáng 12/4, Hoà siết cổ dì rồi bỏ trốn.", "12/4").verdict is Verdict.SUPPORTED
    summary = "Chiều 13/4, công an khống chế Hoà tại một quán net."
    assert verdict(KILLING, summary, "13/4").verdict is Verdict.SUPPORTED


def _clause_end(text: str) -> int | None:
    lower = text.lower()
    return verify._clause_it_opens(text, lower, 0, len(text), _date_at(text, "12/4"))


def test_which_dates_open_a_clause_after_a_comma():
    opened = "Hoà khai, nên 3h sáng 12/4 Hoà đã siết cổ dì, rồi bỏ trốn."
    assert _clause_end(opened) == opened.index(", rồi")  # read up to the clause's end
    assert _clause_end("Hoà khai, hoà ngủ 12/4 rồi đi.") is None     # "hoà ngủ" is no time
    assert _clause_end("Công an cho biết, sáng 12/4.") is None       # it closes its sentence
    assert _clause_end("Lễ ký kết diễn ra, sáng 12/4 tại Hà Nội.") is None  # a place follows
    assert _clause_end("Vụ cháy xảy ra, sáng 12/4 khiến 2 người bị thương.") is None  # a consequence


def _date_at(text: str, value: str):
    from tomtat.checks.extract import extract_figures
    return next(f for f in extract_figures(text) if f.text == value)


def test_the_day_of_a_journey_given_to_the_final():
    article = ("Hoa hậu Trần Thị Lan lên đường sang Trung Quốc từ ngày 10/11. "
               "Đêm chung kết tối 9/12 đã chứng kiến sự đăng quang của đại diện Brazil.")
    summary = "Sau đêm chung kết diễn ra vào tối 10/11, Hoa hậu Trần Thị Lan đã trở về Việt Nam."
    checked = verdict(article, summary, "10/11")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "9/12" in checked.explanation and "lên đường" in checked.explanation
    assert verdict(article, "Đêm chung kết diễn ra vào tối 9/12.", "9/12").verdict is Verdict.SUPPORTED


def test_a_killing_dates_the_incident():
    article = ("Theo đó, tối 2/5, Tín dùng dao sát hại mẹ ruột tại nhà riêng ở phường An Lạc. "
               "Đến 8h ngày 3/5, Công an phường An Lạc xác nhận vụ việc.")
    checked = verdict(article, "Đêm 3/5, tại phường An Lạc xảy ra một vụ thảm sát.", "3/5")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "2/5" in checked.explanation
    assert verdict(article, "Đêm 2/5, tại phường An Lạc xảy ra một vụ thảm sát.", "2/5").verdict is Verdict.SUPPORTED


SIDE_CONTEST = ("Cũng trong ngày 13/11, ban tổ chức trao giải trang phục dạ hội đẹp nhất cho người đẹp Peru. "
                "Chung kết cuộc thi dự kiến diễn ra vào 20/11 tại Tam Á.")
#: the side contest's own predicate ("đã bước vào"), which no class names, follows the comma
SIDE_CONTEST_SUMMARY = "Trước đêm chung kết, các thí sinh đã bước vào phần thi phụ Top Model vào tối 13/11."


def test_a_date_in_a_clause_with_its_own_predicate_is_not_given_the_event_before_the_comma():
    assert verdict(SIDE_CONTEST, SIDE_CONTEST_SUMMARY, "13/11").verdict is Verdict.SUPPORTED


def test_without_the_predicate_guard_the_side_contest_would_be_read_as_the_final(monkeypatch):
    monkeypatch.setattr(rules, "CLAUSE_PREDICATE_MARKERS", frozenset())
    assert verdict(SIDE_CONTEST, SIDE_CONTEST_SUMMARY, "13/11").verdict is Verdict.CONTEXT_MISMATCH


#: a title line run into the body by a summary that copies it; the article keeps the line break
TITLE_RUN_IN = ("Tài xế taxi nghi bị cắt cổ cướp tài sản trong đêm\n"
                "Ngày 20/5, Bệnh viện Chợ Rẫy tiếp nhận một tài xế taxi bị thương nặng ở cổ. "
                "Công an cho biết, vụ việc xảy ra vào khuya ngày 19/5 tại quận 8.")
TITLE_RUN_IN_SUMMARY = ("Tài xế taxi nghi bị cắt cổ cướp tài sản trong đêm Ngày 20/5, Bệnh viện Chợ Rẫy "
                        "tiếp nhận một tài xế taxi bị thương nặng ở cổ.")


def test_a_capital_time_word_midway_opens_a_sentence():
    assert verdict(TITLE_RUN_IN, TITLE_RUN_IN_SUMMARY, "20/5").verdict is Verdict.SUPPORTED


def test_without_the_capital_the_copied_sentence_would_be_read_as_the_killing(monkeypatch):
    monkeypatch.setattr(verify, "_SENTENCE_OPENED_MIDWAY", re.compile(r"(?!)"))
    assert verdict(TITLE_RUN_IN, TITLE_RUN_IN_SUMMARY, "20/5").verdict is Verdict.CONTEXT_MISMATCH


TRIAL = ("Theo lịch dự kiến, ngày mai (tức 9/4), TAND tỉnh Hà Nam sẽ mở phiên xét xử bị cáo Lê Văn Tùng. "
         "Kết quả điều tra cho thấy, đêm 5/4, Tùng đi biểu diễn ở huyện Kim Bảng về đến nhà thì xảy ra mâu thuẫn.")


def test_the_day_of_a_performance_given_to_the_trial_restated_in_a_bracket():
    # the trial's day is written in a bracket that restates "ngày mai": the date opens its phrase
    # in the editor's words: no one sentence is clearly restated (that is another question)
    checked = verdict(TRIAL, "Toà án đưa Tùng ra xét xử vào ngày 5/4.", "5/4")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "9/4" in checked.explanation and "performance" in checked.explanation
    assert verdict(TRIAL, "Ngày 9/4, TAND tỉnh Hà Nam xét xử bị cáo Tùng.", "9/4").verdict is Verdict.SUPPORTED


def test_a_name_that_holds_the_word_of_a_performance_names_no_performance():
    text = "Ngày 11/1, Cục Nghệ thuật Biểu diễn gửi công văn đến ban tổ chức."
    assert verify._event_of_date(text, text.lower(), 0, len(text), _date_at(text, "11/1")) is None
    text = "Đêm 11/1, ca sĩ Lan đi biểu diễn ở Huế."
    assert verify._event_of_date(text, text.lower(), 0, len(text), _date_at(text, "11/1")) == "performance"
