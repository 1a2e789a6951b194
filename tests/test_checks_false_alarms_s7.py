"""False alarms of the fresh random Gemini sample (session 7, benchmarks/labels/gemini-fresh8.jsonl,
the families behind them seen in several records of the three data files): a word that may name
something before a scaled amount ("lương mùa 4 triệu USD", "thuê phòng 7 triệu đồng"), people
listed with a bare age after their name ("Nguyễn Văn An 34 tuổi ... và Trần Văn Bình 41 tuổi"),
and a count of listed people that the article also writes of another noun ("3 lần"). Each test
states the reading on sentences of our own, and the wrong reading it must not allow."""
from tomtat.checks import Kind, Verdict, extract_figures

from check_fixtures import verdict


def figures(text):
    return [(f.text, f.kind, f.value) for f in extract_figures(text)]


# --- A word that may name, before a scaled amount: the amount counts --------------------------

def test_a_scaled_amount_after_a_naming_word_is_money_not_a_name():
    assert figures("Cầu thủ này hưởng lương mùa 8,1 triệu USD.") == [("8,1 triệu", Kind.MONEY, 8_100_000.0)]
    assert figures("Chị thuê phòng 7 triệu đồng mỗi tháng.") == [("7 triệu", Kind.MONEY, 7_000_000.0)]
    assert figures("Kẻ gian yêu cầu chuyển khoản 20 triệu đồng.") == [("20 triệu", Kind.MONEY, 20_000_000.0)]
    assert figures("Quỹ có danh mục 600 triệu USD.") == [("600 triệu", Kind.MONEY, 600_000_000.0)]


def test_a_naming_word_before_a_bare_number_still_names():
    assert figures("Anh mặc áo số 14 và ở phòng 7.") == [("14", Kind.IDENTIFIER, "14"), ("7", Kind.IDENTIFIER, "7")]
    assert figures("Bộ phim trở lại với mùa 4 vào năm sau.")[0][:2] == ("4", Kind.IDENTIFIER)


def test_trieu_chung_is_a_symptom_not_a_million():
    # a name glued to the next heading ("Quận 7" then "Triệu chứng"), and symptoms counted
    assert figures("Phòng khám Quận 7 Triệu chứng ban đầu là sốt.") == [("7", Kind.IDENTIFIER, "7")]
    assert [(t, v) for t, _, v in figures("Bệnh có 5 triệu chứng điển hình.")] == [("5", 5.0)]
    assert figures("Một triệu chứng khác là sốt nhẹ.") == []


def test_other_scale_words_before_chung_still_scale():
    assert [t for t, _, _ in figures("Trường trao hàng nghìn chứng nhận hoàn thành.")] == ["hàng nghìn"]
    assert [(t, v) for t, _, v in figures("Quỹ nắm 3 triệu cổ phiếu.")] == [("3 triệu", 3_000_000.0)]


def test_a_salary_told_per_season_restates_the_articles_salary():
    article = "Tiền vệ người Croatia hưởng lương mùa 4 triệu USD và mặc áo số 14 tại CLB mới."
    assert verdict(article, "Anh hưởng lương 4 triệu USD/mùa và mặc áo số 14.", "4 triệu").verdict \
        is Verdict.SUPPORTED
    assert verdict(article, "Anh hưởng lương 5 triệu USD/mùa và mặc áo số 14.", "5 triệu").verdict.flagged


# --- People listed with a bare age after the name ----------------------------------------------

FIRED = ("Ngày 6/9, bệnh viện cho biết các cá nhân bị sa thải gồm Nguyễn Văn An 34 tuổi là lao động "
         "hợp đồng tại khoa Cấp cứu và Trần Văn Bình 41 tuổi là lao động hợp đồng tại phòng Hành chính. "
         "Người bị cảnh cáo là điều dưỡng Lê Thị Cúc 30 tuổi. Họ chở một bệnh nhân về quê.")


def test_people_listed_with_their_ages_are_counted():
    assert verdict(FIRED, "Hai nhân viên hợp đồng bị sa thải.", "Hai").verdict is Verdict.DERIVED


def test_a_wrong_count_of_people_listed_with_ages_is_still_flagged():
    assert verdict(FIRED, "Ba nhân viên hợp đồng bị sa thải.", "Ba").verdict.flagged


def test_an_age_after_a_lowercase_word_marks_no_listed_person():
    # "bé trai 4 tuổi" and "cụ ông 80 tuổi" name nobody: no list of two people to count
    article = "Một bé trai 4 tuổi và cụ ông 80 tuổi được đưa đi cấp cứu."
    assert verdict(article, "Ba người được đưa đi cấp cứu.", "Ba").verdict.flagged


# --- A count of listed people beats the same number said of another noun -----------------------

CHARGED = ("Công an khởi tố ông Trần Văn Dũng (SN 1976), chủ tịch phường, về tội nhận hối lộ. "
           "Cùng bị khởi tố còn có: Lê Văn Hải (SN 1978, cán bộ hợp đồng), Phạm Thị Lan (SN 1987, cán bộ "
           "văn phòng) và Đỗ Thị Mai (SN 1988, kế toán). Từ tháng 12, một chủ bãi xe đã 3 lần đưa tiền.")


def test_a_count_of_the_people_listed_is_derived_though_the_number_counts_times_elsewhere():
    assert verdict(CHARGED, "Công an khởi tố ông Dũng cùng ba cán bộ khác.", "ba").verdict is Verdict.DERIVED


def test_a_count_no_list_bears_out_is_still_read_against_the_other_noun():
    article = ("Công an khởi tố ông Trần Văn Dũng, chủ tịch phường, về tội nhận hối lộ. "
               "Từ tháng 12, một chủ bãi xe đã 3 lần đưa tiền cho cán bộ phường.")
    assert verdict(article, "Công an khởi tố ông Dũng cùng ba cán bộ khác.", "ba").verdict.flagged


def test_a_list_of_other_people_does_not_count_the_summarys_noun():
    article = ("Công an bắt một nhóm người nước ngoài. Nhóm gồm: Trần Văn Dũng (SN 1989), Lê Văn Hải "
               "(SN 1981), Phạm Thị Lan (SN 1986) và Đỗ Thị Mai (SN 1995), về hành vi lôi kéo các cô gái "
               "đóng phim. Mỗi buổi quay kéo dài 4 giờ.")
    assert verdict(article, "Có ít nhất 4 cô gái bị lôi kéo.", "4").verdict.flagged
