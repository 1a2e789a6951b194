"""Figures in Vietnamese text: every form issue 2 lists, on sentences written for these tests."""
import pytest

from tomtat.checks import Kind, extract_figures
from tomtat.checks.numbers import parse_digits, parse_number_words


def only(text, kind=None):
    figs = extract_figures(text)
    for f in figs:
        assert text[f.start:f.end] == f.text
    if kind is not None:
        figs = [f for f in figs if f.kind is kind]
    assert len(figs) == 1, figs
    return figs[0]


# --- digit grouping and decimals ---------------------------------------------------

@pytest.mark.parametrize("raw, value", [
    ("25.529", 25529), ("1.750.000", 1750000), ("77,25", 77.25), ("0,7", 0.7), ("3,2", 3.2),
    ("100,2", 100.2), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1,750,000", 1750000),
    ("1.5", 1.5), ("1,000", 1000), ("0,125", 0.125), ("173", 173),
])
def test_digit_strings_are_read_the_vietnamese_way(raw, value):
    assert parse_digits(raw).value == pytest.approx(value)


def test_comma_before_three_digits_is_decimal_when_a_scale_word_follows_or_text_uses_comma_decimals():
    assert parse_digits("1,125", scaled=True).value == pytest.approx(1.125)
    assert parse_digits("1,125", comma_decimal=True).value == pytest.approx(1.125)
    assert parse_digits("1,125").value == 1125


@pytest.mark.parametrize("raw", ["1.1.1", "12.34.567", "1234.567"])
def test_malformed_groupings_are_not_numbers(raw):
    assert parse_digits(raw) is None


def test_grouped_count_with_unit():
    f = only("Toàn tỉnh kết nạp 25.529 đảng viên.")
    assert (f.value, f.kind, f.unit) == (25529, Kind.COUNT, "đảng viên")


def test_money_with_scale_words():
    f = only("Tổng kinh phí 1,1 tỷ đồng.")
    assert (f.value, f.kind, f.unit) == (1_100_000_000, Kind.MONEY, "đồng")
    f = only("Dự án vốn 2.100 tỷ đồng.")
    assert f.value == 2_100_000_000_000
    f = only("Xuất khẩu đạt 1.750.000 USD.")
    assert (f.value, f.unit) == (1_750_000, "USD")
    f = only("Bồi thường 3 tỷ 200 triệu đồng.")
    assert f.value == 3_200_000_000 and f.text == "3 tỷ 200 triệu"


def test_decimal_percentages():
    assert only("Tỷ lệ đạt 77,25%.").value == pytest.approx(77.25)
    assert only("Lạm phát 0,7%.").value == pytest.approx(0.7)
    f = only("Đạt 100,2% kế hoạch.")
    assert f.kind is Kind.PERCENT and f.value == pytest.approx(100.2) and f.precision == pytest.approx(0.1)


@pytest.mark.parametrize("text", ["đạt 82%", "đạt 82 %", "đạt 82 phần trăm"])
def test_percent_forms(text):
    f = only(text)
    assert (f.kind, f.value) == (Kind.PERCENT, 82)


# --- number words ------------------------------------------------------------------

@pytest.mark.parametrize("words, value", [
    ("hai", 2), ("mười lăm", 15), ("hai mươi mốt", 21), ("một trăm linh năm", 105),
    ("một trăm lẻ năm", 105), ("ba nghìn", 3000), ("bảy mươi hai", 72), ("mười một", 11),
    ("hai triệu rưỡi", 2_500_000), ("hai mươi tư", 24), ("chín trăm", 900),
])
def test_number_words(words, value):
    parsed = parse_number_words(words.split())
    assert parsed is not None and parsed[0] == value and parsed[1] == len(words.split())


def test_fifteen_is_muoi_lam_so_muoi_nam_is_ten_years():
    assert parse_number_words("mười năm".split()) == (10, 1)
    f = only("Sau mười năm xây dựng, xã về đích.")
    assert (f.value, f.unit) == (10, "năm")


def test_number_words_in_text():
    f = only("Cơ quan công an bắt hai nhân viên của công ty.")
    assert (f.value, f.kind, f.unit) == (2, Kind.COUNT, "nhân viên")
    assert only("Có bảy mươi hai người dự họp.").value == 72
    f = only("Một nửa số hộ đã thoát nghèo.")
    assert (f.kind, f.value) == (Kind.RATIO, (1, 2))


@pytest.mark.parametrize("text", [
    "Năm nay ba mẹ em đi làm xa.", "Một số người dân chưa đồng tình.",
    "Năm học mới bắt đầu.", "Thứ Hai tuần sau họp.",
])
def test_ordinary_words_that_look_like_numbers_are_not_figures(text):
    assert [f for f in extract_figures(text) if f.kind in (Kind.COUNT, Kind.PERCENT)] == []


# --- scale words, vague amounts, qualifiers, ranges, ratios ------------------------

def test_scale_word_sets_precision_for_rounding():
    f = only("Có hơn 25 nghìn người tham gia.")
    assert (f.value, f.qualifier, f.precision) == (25000, "more_than", 1000)


@pytest.mark.parametrize("text, lo, hi", [
    ("hàng trăm người", 100, 1000), ("hàng nghìn hộ dân", 1000, 10**6), ("hàng chục xe", 10, 100),
])
def test_vague_amounts(text, lo, hi):
    f = only(text)
    assert f.value == (lo, hi) and f.qualifier == "vague"


@pytest.mark.parametrize("text, code", [
    ("hơn 200 người", "more_than"), ("trên 200 người", "more_than"), ("gần 200 người", "nearly"),
    ("khoảng 200 người", "about"), ("chừng 200 người", "about"), ("xấp xỉ 200 người", "about"),
    ("dưới 200 người", "less_than"), ("ít nhất 200 người", "at_least"), ("tối đa 200 người", "at_most"),
    ("gần như 200 người", "nearly"), ("không quá 200 người", "at_most"),
])
def test_qualifiers(text, code):
    assert only(text).qualifier == code


def test_plain_integer_is_exact():
    assert only("kết nạp 170 đảng viên").precision == 0


@pytest.mark.parametrize("text, value, unit", [
    ("tăng 3-4%", (3, 4), "%"), ("thanh niên 17–25 tuổi", (17, 25), "tuổi"),
    ("từ 3 đến 4 tỷ đồng", (3e9, 4e9), "đồng"),
])
def test_ranges(text, value, unit):
    f = only(text)
    assert f.kind is Kind.RANGE and f.value == pytest.approx(value) and f.unit == unit


def test_ratios_and_fractions():
    f = only("Có 146/212 đảng viên được đánh giá.")
    assert (f.kind, f.value, f.unit) == (Kind.RATIO, (146, 212), "đảng viên")
    f = only("Khoảng 2/3 số đảng viên là thanh niên.")
    assert (f.kind, f.value, f.unit) == (Kind.RATIO, (2, 3), "đảng viên")


# --- dates and times -----------------------------------------------------------------

@pytest.mark.parametrize("text, value, kind", [
    ("ngày 25/2", "--02-25", Kind.DATE), ("ngày 14/5/2019", "2019-05-14", Kind.DATE),
    ("ngày 30-1-2013", "2013-01-30", Kind.DATE), ("tháng 10-2022", "2022-10", Kind.DATE),
    ("tháng 9/2022", "2022-09", Kind.DATE), ("ngày 5 tháng 10 năm 2022", "2022-10-05", Kind.DATE),
    ("quý III năm 2022", "2022-Q3", Kind.DATE), ("năm 2022", 2022, Kind.YEAR),
    ("lúc 21h45", "21:45", Kind.TIME), ("lúc 21 giờ 45", "21:45", Kind.TIME),
    ("nhiệm kỳ 2020-2025", (2020, 2025), Kind.PERIOD),
    ("từ 2010 đến 2020", (2010, 2020), Kind.PERIOD), ("từ năm 2010 đến năm 2020", (2010, 2020), Kind.PERIOD),
])
def test_dates_are_dates_not_counts(text, value, kind):
    f = only(text)
    assert (f.kind, f.value) == (kind, value)


# --- what is not a quantity ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thực hiện Hướng dẫn số 17-HD/BTCTW của Ban Tổ chức Trung ương.",
    "Quán triệt Chỉ thị 28-CT/TW của Ban Bí thư.",
    "Theo Nghị quyết số 21-NQ/TW.",
    "Nghị định 100/2019/NĐ-CP quy định mức phạt.",
    "Liên hệ đường dây nóng 0912 345 678.",
])
def test_document_numbers_phones_and_codes_are_identifiers(text):
    figs = extract_figures(text)
    assert figs and all(f.kind is Kind.IDENTIFIER for f in figs), figs


def test_a_date_glued_to_the_next_sentence_by_its_full_stop_is_a_date_not_a_code():
    # "hôm 19/5.Chương trình ...": a page that lost the space after the stop
    glued = extract_figures("Phim lên sóng hôm 19/5.Chương trình có 12 tập.")
    assert [(f.text, f.kind) for f in glued] == [("19/5", Kind.DATE), ("12", Kind.COUNT)]
    # a capital with no small letter after it still joins a code
    assert [(f.text, f.kind) for f in extract_figures("Lớp 12.A3 đi học.")] == [("12.A3", Kind.IDENTIFIER)]


@pytest.mark.parametrize("text", ["Bệnh nhân mắc Covid-19 đã khỏi.", "Virus H5N1 lây lan.", "Đội U23 thắng."])
def test_numbers_glued_to_letters_are_codes_not_counts(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize("text, value", [
    ("Đại hội lần thứ XI của Đảng", 11), ("Ban Chấp hành Trung ương khóa XIII", 13),
    ("tổ chức lần thứ 2", 2), ("Đại hội XIII của Đảng", 13),
])
def test_roman_and_thu_ordinals_are_ordinals(text, value):
    f = only(text)
    assert (f.kind, f.value) == (Kind.ORDINAL, value)


def test_quyet_dinh_so_is_a_name_but_tong_so_and_trong_so_count():
    assert only("Quyết định số 15 của UBND").kind is Kind.IDENTIFIER
    assert only("với tổng số 72 đảng viên").kind is Kind.COUNT
    assert only("Trong số 212 quần chúng ưu tú").kind is Kind.COUNT


def test_units_details_and_classifiers():
    f = only("trong đó 36 đảng viên chính thức")
    assert (f.unit, f.detail) == ("đảng viên", "chính thức")
    assert only("giám sát 72 tổ chức đảng").unit == "tổ chức đảng"
    assert only("bị phạt 3 năm tù").unit == "năm tù"
    assert only("mua 3 chiếc xe máy").unit == "xe máy"
    # a noun outside the tables is left unknown rather than cut to its first syllable
    assert only("huy động 500 cảnh sát").unit is None


def test_bare_year_versus_count():
    assert only("Giải thưởng 2017 được trao.").kind is Kind.YEAR
    assert only("Có 2017 người đăng ký.").kind is Kind.COUNT


def test_offsets_point_into_the_text():
    text = "Ngày 14/5/2019, huyện kết nạp 173 đảng viên, đạt 102% chỉ tiêu 170 đảng viên."
    figs = extract_figures(text)
    assert [f.text for f in figs] == ["14/5/2019", "173", "102%", "170"]
    assert all(text[f.start:f.end] == f.text for f in figs)


@pytest.mark.parametrize("text", ["tại quận 12", "khu phố 6", "tập 17 của phim", "lọt top 15"])
def test_numbers_that_name_places_and_episodes_are_identifiers(text):
    assert only(text).kind is Kind.IDENTIFIER


def test_names_that_look_like_numbers():
    assert extract_figures("Ông Trương Văn Tám cho biết con ông 8 tuổi.")[0].text == "8"
    assert only("Chương trình phát trên kênh VTV 3 tối nay.").kind is Kind.IDENTIFIER
    assert only("Hoa hậu Việt Nam 2014 Kỳ Duyên").kind is Kind.YEAR


def test_birth_years_after_sn_and_event_years_are_years():
    figs = extract_figures("Nguyễn Văn A, SN 1980, dự ASIAD 2018.")
    assert [(f.text, f.kind) for f in figs] == [("1980", Kind.YEAR), ("2018", Kind.YEAR)]


def test_word_trie_matches_exactly_the_words():
    import re

    from tomtat.checks.extract import word_trie

    words = {"ba", "bảy", "bốn", "hai", "hàng", "một trăm", "một nghìn", "a", "ab"}
    pattern = re.compile(rf"(?:{word_trie(words)})\Z")
    for w in words:
        assert pattern.match(w), w
    for w in ("b", "bả", "một", "hà", "abc", ""):
        assert not pattern.match(w), w


def test_lowercase_keeps_offsets():
    from tomtat.checks.extract import lowercase

    for text in ("Huyện Yên Sơn", "ĐẢNG VIÊN 12 người"):
        assert lowercase(text) == text.lower()
    # "İ".lower() is two characters; offsets into the lowercased text must stay offsets into the text
    assert len("İSTANBUL 12".lower()) == 12
    assert lowercase("İSTANBUL 12") == "istanbul 12"


@pytest.mark.parametrize("text, unit", [
    ("Đối tượng thứ 2 bị bắt giữ tại nhà.", "đối tượng"),
    ("Anh là người thứ 3 được cứu lên bờ.", "người"),
    ("Vào thứ 2 tuần trước, xã họp dân.", None),      # a weekday
])
def test_the_nth_one_is_an_ordinal_not_a_count(text, unit):
    fig = only(text)
    assert fig.kind is Kind.ORDINAL and fig.unit == unit


def test_a_noun_that_begins_with_a_money_word_is_counted_not_paid():
    # "đồng hồ" (clocks) and "đồng đội" (teammates) begin with "đồng", which alone is money
    clocks = extract_figures("Kẻ trộm lấy 4 đồng hồ trị giá 7 tỷ đồng.")
    assert [(f.text, f.kind, f.unit) for f in clocks][0] == ("4", Kind.COUNT, "đồng hồ")
    assert extract_figures("Anh cứu hai đồng đội.")[0].unit == "đồng đội"
    assert extract_figures("Giá 500 đồng một cái.")[0].kind is Kind.MONEY


def test_shots_records_accounts_and_grams_are_units():
    text = "Hắn bắn 3 phát, có 2 tiền án, mở 4 tài khoản và giữ 50 gram ma túy."
    assert [f.unit for f in extract_figures(text)] == ["phát", "tiền án", "tài khoản", "g"]


def test_a_list_of_every_day_of_a_month_is_read_and_a_longer_run_is_no_list_of_days():
    # the list pattern is bounded at a month's days: a run of small numbers without a month
    # ("1, 2, 1, 2, ...") is not read to its end from each of its numbers
    month = extract_figures("Các ngày " + ", ".join(str(d) for d in range(1, 32)) + "/8/2025 mưa.")
    assert [f.value for f in month] == [f"2025-08-{d:02d}" for d in range(1, 32)]
    run = extract_figures("1, 2, " * 2000)
    assert len(run) == 4000 and {f.kind for f in run} == {Kind.COUNT}


def test_the_readers_fast_figure_builder_fills_every_field_of_figure():
    # extract._figure packs a tuple of exactly Figure's fields, without the named tuple's own
    # __new__: a field added to Figure must be added to its two callers, or this fails
    from tomtat.checks import extract
    from tomtat.checks.types import Figure

    fields = ("12", 0, 2, 12.0, Kind.COUNT, "người", None, 0.0, None)
    assert len(Figure._fields) == len(fields)
    assert extract._figure(fields) == Figure(*fields)
    assert type(extract._figure(fields)) is Figure



@pytest.mark.parametrize("text, value, unit", [
    ("Đội bóng vô địch lần thứ hai liên tiếp.", 2, "lần"),
    ("Chương trình giữ ngôi đầu mùa thứ tư liên tiếp.", 4, "mùa"),
    ("Kỳ thủ trẻ thua ván thứ ba liên tiếp.", 3, "ván"),
    ("Đây là năm thứ năm liên tiếp xã đạt chuẩn.", 5, "năm"),
    ("Trường đứng đầu khoá thứ nhất liên tiếp từ hè.", 1, "khóa"),
])
def test_an_ordinal_in_words_numbering_a_streak_is_the_ordinal_its_digits_are(text, value, unit):
    fig = only(text)
    assert (fig.kind, fig.value, fig.unit) == (Kind.ORDINAL, value, unit)


@pytest.mark.parametrize("text", [
    "Xã họp dân vào thứ hai tuần trước.",            # a weekday, no head before it
    "Phiên chợ thứ Hai liên tiếp đông người mua.",  # a capitalised weekday
    "Anh về quê lần thứ Hai liên tiếp.",            # a weekday after a head: no ordinal
    "Giải đấu tổ chức lần thứ hai mươi liên tiếp.",  # "hai" opens the twentieth: no second
    "Kỳ thủ trẻ thắng ván thứ ba đầy kịch tính.",   # no streak: left unread (see rules.WORD_ORDINAL_HEADS)
])
def test_no_ordinal_in_words_where_it_is_a_weekday_a_longer_number_or_no_streak(text):
    assert all(f.kind is not Kind.ORDINAL for f in extract_figures(text))
