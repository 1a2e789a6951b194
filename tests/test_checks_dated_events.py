"""A day given to another event (issue 8): the summary dates an event that the article dates
another day, while the article's statements of the summary's day tell another event. The event
of a date is the predicate of its clause (`rules.DATE_EVENT_CLASSES`); when unsure (a telling,
a consequence, a purpose, a trial running over days) the checker says nothing. Fixture sentences
are our own."""
from tomtat.checks import Verdict

from check_fixtures import verdict

MISSING = ("Khoảng 7h sáng ngày 14/5, em Trần Thị Mai (15 tuổi) đi khỏi nhà rồi không trở về. "
           "Gia đình tìm kiếm nhiều nơi nhưng không thấy. "
           "Nhận tin, ngày 15/5, Công an huyện Yên Thành đã phát đi thông báo tìm người.")


def test_the_day_of_a_departure_given_to_the_notice_is_a_context_mismatch():
    checked = verdict(MISSING, "Ngày 14/5, Công an huyện Yên Thành phát đi thông báo tìm em Trần Thị Mai.", "14/5")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    # both statements quoted: where the article dates the notice, and what its 14/5 is the day of
    assert "15/5" in checked.explanation and "đi khỏi nhà" in checked.explanation
    assert [s.text for s in checked.evidence] == ["15/5", "14/5"]


def test_the_day_of_the_notice_and_the_day_of_the_departure_are_supported():
    summary = "Ngày 15/5, Công an huyện Yên Thành phát đi thông báo tìm em Mai."
    assert verdict(MISSING, summary, "15/5").verdict is Verdict.SUPPORTED
    assert verdict(MISSING, "Em Mai đi khỏi nhà vào sáng 14/5.", "14/5").verdict is Verdict.SUPPORTED


def test_a_date_told_after_its_event_is_read_with_the_event_before_it():
    article = ("Khoảng 14h ngày 18/3, tại xưởng gỗ của ông Lê Văn Bảy xảy ra vụ nổ lớn. "
               "Ngày 20/3, Công an huyện Tân Phú đã khởi tố vụ án.")
    # in the editor's words: no one sentence is clearly restated (that is another question)
    checked = verdict(article, "Vụ nổ ở huyện Tân Phú xảy ra ngày 20/3.", "20/3")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "18/3" in checked.explanation
    assert verdict(article, "Ngày 20/3, Công an huyện Tân Phú khởi tố vụ án.", "20/3").verdict is Verdict.SUPPORTED


def test_a_verdict_given_the_last_day_of_the_hearings():
    article = ("Các buổi xét hỏi và tranh luận trong vụ án tham ô đã diễn ra từ ngày 3 đến 5/6. "
               "Hội đồng xét xử sẽ tuyên án vào chiều 12/6.")
    checked = verdict(article, "Chiều 5/6, toà sẽ tuyên án các bị cáo trong vụ án tham ô.", "5/6")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH


def test_a_trial_and_its_verdict_may_be_told_of_either_day():
    article = ("Ngày 5/6, TAND tỉnh mở phiên toà xét xử bị cáo Đỗ Văn Hùng. "
               "Sáng 6/6, toà tuyên phạt Hùng 9 năm tù.")
    summary = "Sáng 6/6, toà xét xử và tuyên phạt bị cáo Hùng 9 năm tù."
    assert verdict(article, summary, "6/6").verdict is Verdict.SUPPORTED


def test_a_death_dated_with_the_day_of_the_fight_that_caused_it():
    # the shape of a Gemini summary: the deaths given the fight night, the article dating them after
    article = ("Ngày 2/6 tại Đà Nẵng, một giải võ thuật đã dẫn tới bi kịch: võ sĩ Phạm Văn Long gục ngã "
               "sau trận đấu và được đưa đi cấp cứu. Long qua đời tối 9/6 vì chấn thương sọ não.")
    checked = verdict(article, "Ngày 2/6, võ sĩ Phạm Văn Long qua đời sau trận đấu.", "2/6")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "9/6" in checked.explanation


# --- when unsure, nothing: the Gemini shapes ----------------------------------------------------

def test_the_day_a_report_tells_of_an_arrest_is_not_judged():
    # reports of an event a day later: the day of the telling may be given to what it tells
    article = ("Sau thời gian theo dõi, ngày 13/5, Công an tỉnh bắt giữ nhóm đối tượng đánh bạc. "
               "Ngày 21/5, Công an tỉnh cho biết đã bắt và tạm giữ 17 đối tượng.")
    summary = "Ngày 21/5, Công an tỉnh đã bắt giữ 17 đối tượng đánh bạc."
    assert verdict(article, summary, "21/5").verdict is Verdict.SUPPORTED


def test_a_consequence_of_the_day_is_not_given_another_day():
    article = ("Tối 1/8, một vụ cháy xảy ra tại dãy nhà trọ trên đường Lê Lợi. "
               "Ngày 2/8, hai nạn nhân tử vong tại bệnh viện.")
    summary = "Tối 1/8, vụ cháy dãy nhà trọ khiến hai người tử vong."
    assert verdict(article, summary, "1/8").verdict is Verdict.SUPPORTED


def test_a_purpose_after_the_date_is_not_its_event():
    # a ViT5 summary whose main verb is misspelt: what is read first is the purpose ("để ...")
    article = ("Tối 25/12, Công an huyện Hương Sơn đã tạm giữ hình sự 3 đối tượng. Trước đó, khoảng 21h "
               "ngày 21/12, phòng Cảnh sát điều tra ập vào quán karaoke và khám nghiệm hiện trường.")
    summary = "Tối 25/12, Công an huyện Hương Sơn đã tạm giư hình sự 3 đôi tương để khám nghiệm hiện trường."
    assert verdict(article, summary, "25/12").verdict is Verdict.SUPPORTED


def test_a_day_of_a_range_is_not_another_day_of_the_event():
    article = ("Ngày 10/4, ban tổ chức họp báo giới thiệu lễ hội. "
               "Các đoàn nghệ thuật sẽ trao giải từ ngày 14 đến 16/4 tại quảng trường.")
    summary = "Ngày 10/4, ban tổ chức trao giải cho các đoàn nghệ thuật."
    checked = verdict(article, summary, "10/4")
    assert checked.verdict is Verdict.SUPPORTED


def test_a_date_said_with_a_relative_day_is_not_judged():
    summary = "Sáng nay (14/5), Công an huyện Yên Thành phát đi thông báo tìm em Mai."
    assert verdict(MISSING, summary, "14/5").verdict is Verdict.SUPPORTED


def test_a_statement_of_the_day_that_places_no_event_does_not_hide_the_others():
    article = ("Nghệ sĩ Lê Văn Toàn đã qua đời lúc 21h ngày 17/6, hưởng thọ 83 tuổi. "
               "Lễ viếng bắt đầu từ 13h ngày 21/6 tại nhà riêng. "
               "Gia đình mong bạn bè gần xa đến chia buồn vào ngày 21/6.")
    checked = verdict(article, "Nghệ sĩ Toàn vừa qua đời ngày 21/6 vì bệnh nặng.", "21/6")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "17/6" in checked.explanation and "funeral" in checked.explanation


# --- a date in the bracket of a relative day opens its phrase (date9) ---------------------------

RECONSTRUCTION = ("Vụ tai nạn giao thông xảy ra ngày 19/11/2016 trên cao tốc Hà Nội - Thái Nguyên làm 13 người chết. "
                  "Theo đó, vào khoảng 15h30 chiều nay (22/8), cơ quan CSĐT Công an thị xã Phổ Yên đã "
                  "tiến hành thực nghiệm hiện trường vụ tai nạn.")


def test_a_bracketed_day_after_a_relative_day_dates_the_event_after_it():
    # "chiều nay (22/8), cơ quan ... thực nghiệm hiện trường": the reconstruction is of 22/8
    # in the editor's words: no one sentence is clearly restated (that is another question)
    summary = "Gần 3 năm sau vụ tai nạn làm 13 người chết, chiều 19/11/2016, công an đã thực nghiệm hiện trường."
    checked = verdict(RECONSTRUCTION, summary, "19/11/2016")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "22/8" in checked.explanation and "xảy ra" in checked.explanation
    summary = "Ngày 22/8, Công an thị xã Phổ Yên tiến hành thực nghiệm hiện trường vụ tai nạn."
    assert verdict(RECONSTRUCTION, summary, "22/8").verdict is Verdict.SUPPORTED


def test_a_bracketed_birthday_does_not_open_a_phrase():
    # a bracket after a name is about the person: what follows its comma is not of that day
    article = ("Ngày 9/6, Công an huyện bắt giữ Lê Văn Tâm. "
               "Theo hồ sơ, đối tượng Tâm (sinh ngày 3/5), trú xã Hoà Bình, từng bị khởi tố năm 2015.")
    assert verdict(article, "Công an đã bắt giữ Tâm vào ngày 3/5 tại nhà riêng.", "3/5").verdict is Verdict.SUPPORTED


# --- the day of a telling given to the happening it tells of (date9) ---------------------------

EXPLOSION = ("Khoảng 13h40 ngày 24/3, tại chòi canh vuông tôm của ông Phạm Văn Đức ở xã Khánh Bình xảy ra "
             "vụ nổ lớn, khiến một cháu bé bị thương. Ngày 28/3, Công an huyện Trần Văn Thời cho biết, "
             "đơn vị đang điều tra làm rõ vụ việc.")


def test_the_day_of_a_telling_given_to_the_incident_is_a_context_mismatch():
    summary = "Cơ quan chức năng ở Cà Mau đang làm rõ vụ nổ xảy ra ngày 28/3 tại một chòi canh tôm."
    checked = verdict(EXPLOSION, summary, "28/3")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "24/3" in checked.explanation and "cho biết" in checked.explanation
    right = "Cơ quan chức năng ở Cà Mau đang làm rõ vụ nổ xảy ra ngày 24/3 tại một chòi canh tôm."
    assert verdict(EXPLOSION, right, "24/3").verdict is Verdict.SUPPORTED


def test_a_telling_that_names_the_incident_may_date_it():
    # "cho biết vụ cháy xảy ra lúc 9h cùng ngày": the telling tells the incident of its own day
    article = ("Ngày 10/3, một vụ cháy nhỏ xảy ra tại chợ Đông Ba. "
               "Ngày 28/3, Công an phường cho biết, vụ cháy kho hàng xảy ra lúc 9h cùng ngày.")
    summary = "Vụ cháy kho hàng xảy ra ngày 28/3 gây thiệt hại lớn."
    assert verdict(article, summary, "28/3").verdict is Verdict.SUPPORTED
