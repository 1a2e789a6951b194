"""The furniture cleaner on copied Vietnamese news pages we wrote ourselves."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from tomtat.reading.cleaning import LineKind, classify, clean_text

FIXTURES = Path(__file__).parent / "fixtures"

# For each copied page: numbers that only its furniture carries (counters, related-news
# dates and figures, share counts, publication dates). None may survive cleaning.
FURNITURE_NUMBERS = {
    "trang-ket-nap-huyen": ["29/12/2023", "15:42", "851", "2.455", "49.817", "1.234.567", "27",
                            "12/12/2023", "96,4", "30/11/2023", "58", "28/12/2023", "XVII"],
    "trang-chi-bo-thon": ["14/05/2023", "08:30", "6.311", "02/05/2023", "100%", "20/04/2023",
                          "300", "1,2", "30/4"],
    "trang-dang-bo-tinh": ["3.407", "10/01/2024", "35", "05/01/2024", "1.042", "5.678.901",
                           "Văn Nam", "NGUYỄN HÙNG", "Thông tấn xã"],
}


def _expected(name: str) -> tuple[str, list[str]]:
    lines = (FIXTURES / f"{name}.expected.txt").read_text(encoding="utf-8").strip().split("\n")
    return lines[0], lines[1:]


@pytest.mark.parametrize("name", sorted(FURNITURE_NUMBERS))
def test_copied_page_keeps_title_and_every_body_paragraph(name):
    page = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected_title, expected_body = _expected(name)
    title, body = clean_text(page)
    assert title == expected_title
    for paragraph in expected_body:
        assert paragraph in body.split("\n"), f"body paragraph lost: {paragraph[:60]}"
    assert body == "\n".join(expected_body)


@pytest.mark.parametrize("name", sorted(FURNITURE_NUMBERS))
def test_copied_page_furniture_and_its_numbers_are_gone(name):
    page = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    title, body = clean_text(page)
    kept = f"{title}\n{body}"
    for number in FURNITURE_NUMBERS[name]:
        assert number in page, f"fixture lacks {number!r}: the test would prove nothing"
        assert number not in kept, f"furniture {number!r} survived cleaning"
    for furniture in ("Chia sẻ", "Tweet", "Zalo", "A+", "Tin liên quan", "Hôm nay", "Phản hồi",
                      "Ảnh:", "Từ khóa", "Tags", "Nguồn:", "Trang chủ", "Các tin khác"):
        assert furniture not in kept


@pytest.mark.parametrize("line, kind", [
    ("Chia sẻ bài viết lên facebook", LineKind.FURNITURE),
    ("Chia sẻ Tweet Zalo", LineKind.FURNITURE),
    ("A- A A+", LineKind.FURNITURE),
    ("In trang", LineKind.FURNITURE),
    ("Bình luận (3)", LineKind.FURNITURE),
    ("Ảnh minh hoạ", LineKind.FURNITURE),            # new-style tone placement
    ("Tin liên quan", LineKind.BLOCK_HEADING),
    ("Xem thêm:", LineKind.BLOCK_HEADING),
    ("Xem thêm: Tỉnh ủy sơ kết 6 tháng", LineKind.BLOCK_HEADING),
    ("Các tin khác", LineKind.BLOCK_HEADING),
    ("Thống kê truy cập", LineKind.BLOCK_HEADING),
    ("Đang truy cập : 12", LineKind.COUNTER),
    ("Hôm nay : 851", LineKind.COUNTER),
    ("Hôm qua : 2.455", LineKind.COUNTER),
    ("Lượt truy cập: 1.234.567", LineKind.COUNTER),
    ("Thứ Hai, 12/06/2023 - 08:15", LineKind.DATE),
    ("08:15 | 12/06/2023", LineKind.DATE),
    ("Thứ hai, ngày 12 tháng 6 năm 2023", LineKind.DATE),
    ("Ảnh: Minh Anh", LineKind.CREDIT),
    ("(Ảnh: TTXVN)", LineKind.CREDIT),
    ("Nguồn: Báo Bình Sơn", LineKind.CREDIT),
    ("Lễ trao quyết định kết nạp đảng viên. (Ảnh: Thu Hà)", LineKind.CREDIT),
    ("Từ khóa: kết nạp đảng viên", LineKind.TAG),
    ("Tags: chi bộ", LineKind.TAG),
    ("Trang chủ > Chính trị > Xây dựng Đảng", LineKind.BREADCRUMB),
    ("Theo báo cáo, năm 2023 toàn tỉnh kết nạp 6.311 đảng viên.", LineKind.BODY),
    ("Hôm nay, 146/212 đảng viên dự lễ.", LineKind.BODY),
    ("Năm 2022: 5.987 đảng viên mới, thấp hơn năm 2023.", LineKind.BODY),
])
def test_line_kinds(line, kind):
    assert classify(line) is kind


def test_theo_is_body_in_the_middle_and_a_source_line_at_the_end():
    text = ("Tỉnh kết nạp 6.311 đảng viên mới\n"
            "Theo báo cáo của Ban Tổ chức, năm 2023 toàn tỉnh kết nạp 6.311 đảng viên.\n"
            "Theo đó, tỷ lệ hoàn thành chỉ tiêu là 100,2%.\n"
            "Theo Báo Bình Sơn\n")
    title, body = clean_text(text)
    assert title == "Tỉnh kết nạp 6.311 đảng viên mới"
    assert body == ("Theo báo cáo của Ban Tổ chức, năm 2023 toàn tỉnh kết nạp 6.311 đảng viên.\n"
                    "Theo đó, tỷ lệ hoàn thành chỉ tiêu là 100,2%.")


def test_author_name_and_agency_dropped_only_at_the_end():
    text = "Mở đầu bài báo có một câu dài đủ để làm thân bài.\nMinh Anh\nPV\n"
    assert clean_text(text) == (None, "Mở đầu bài báo có một câu dài đủ để làm thân bài.")


def test_single_line_stays_body_rather_than_becoming_a_title():
    assert clean_text("Tỉnh kết nạp 6.311 đảng viên mới") == (None, "Tỉnh kết nạp 6.311 đảng viên mới")


def test_first_line_ending_in_a_full_stop_is_not_a_title():
    text = "Năm 2023 tỉnh kết nạp 6.311 đảng viên.\nĐạt 100,2% chỉ tiêu."
    assert clean_text(text) == (None, text)


def test_known_title_removes_its_repeat_from_the_body():
    title, body = clean_text("Kết nạp 173 đảng viên\nHuyện kết nạp 173 đảng viên mới.",
                             title="Kết nạp  173 đảng viên")
    assert (title, body) == ("Kết nạp 173 đảng viên", "Huyện kết nạp 173 đảng viên mới.")


def test_related_list_ends_at_a_body_paragraph():
    text = ("Tỉnh kết nạp đảng viên mới\n"
            "Câu mở đầu của bài báo nói về việc kết nạp đảng viên mới ở tỉnh.\n"
            "Tin liên quan\n"
            "Huyện A kết nạp 58 đảng viên (12/01/2024)\n"
            "Xã B có 100% thôn có chi bộ\n"
            "Bài báo tiếp tục sau hộp tin liên quan với một đoạn văn dài có dấu chấm ở cuối câu.\n")
    title, body = clean_text(text)
    assert "58" not in body and "100%" not in body
    assert body.endswith("có dấu chấm ở cuối câu.")


def test_pathological_number_string_is_body():
    text = "1." * 50_000
    assert clean_text(text) == (None, text)


_furniture_alphabet = st.sampled_from([
    "Chia sẻ", "Tin liên quan", "Hôm nay : 851", "Ảnh: X", "Theo báo cáo, năm 2023 tăng 5%.",
    "Minh Anh", "Thứ Hai, 12/06/2023 - 08:15", "A- A A+", "|", ">", ":", "(", ")", "\n", "\r\n",
    " ", "\u200b", "\ufeff", "hoạ", "1.1.", "Xem thêm: ", "\u0301", "PV",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_furniture_alphabet, max_size=40).map("".join)))
def test_clean_text_never_raises_and_never_grows(text):
    title, body = clean_text(text)
    assert isinstance(body, str)
    assert len(body) <= len(text)
    assert title is None or (len(title) <= len(text) and title.strip())


def test_weak_counter_labels_only_count_among_counters():
    # A table row of the article's own figures is body; the same shape under a counter is not.
    assert classify("Tổng: 6.311") is LineKind.BODY
    assert classify("Tổng: 6.311", after_counter=True) is LineKind.COUNTER
    assert classify("Tất cả : 1.234.567", in_block=True) is LineKind.COUNTER
    assert classify("Tháng 06 : 49.817", after_counter=True) is LineKind.COUNTER
    title, body = clean_text("Kết quả kết nạp đảng viên năm 2023\nHuyện A: 173 đảng viên.\n"
                             "Huyện B: 138 đảng viên.\nTổng: 311\n")
    assert body.endswith("Tổng: 311")


FOLD_TEXT = st.lists(st.sampled_from(list("09aZ+-.,;:()/| \t\n\u00a0\u3000") + [
    "Hoà", "THUÝ", "1.234,5", "A+", "--", "+-+", "İ", "x", " "]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(FOLD_TEXT)
def test_folding_finds_the_tokens_that_replacing_punctuation_leaves(text):
    # the cleaner finds a line's tokens in one pass (and skips single spaces when it
    # squeezes white space) for speed; the long way round: punctuation (less + and -, and the
    # dots and commas inside numbers) to spaces, split, tokens of + and - alone dropped
    import re

    from tomtat.reading import cleaning

    lowered = cleaning._lower(text)
    non_word = re.sub(r"(?:[^\w+\-.,]|(?<!\d)[.,]|[.,](?!\d))+", " ", lowered)
    assert cleaning._fold(text) == " ".join(t for t in non_word.split() if t.strip("+-"))
    assert cleaning._SPACES.sub(" ", text) == re.sub(r"\s+", " ", text)
