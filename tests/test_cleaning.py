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
    ("Ảnh：Minh Anh", LineKind.CREDIT),                # a full-width colon
    ("Lễ kết nạp đảng viên mới (Ảnh：TTXVN)", LineKind.CREDIT),
    ("Nguồn: Báo Bình Sơn", LineKind.CREDIT),
    ("Lễ trao quyết định kết nạp đảng viên. (Ảnh: Thu Hà)", LineKind.CREDIT),
    ("Từ khóa: kết nạp đảng viên", LineKind.TAG),
    ("Tags: chi bộ", LineKind.TAG),
    ("Trang chủ > Chính trị > Xây dựng Đảng", LineKind.BREADCRUMB),
    ("Trang chủ Chính trị Xây dựng Đảng", LineKind.BREADCRUMB),
    ("Thời sự - Chính trị / Xây dựng Đảng", LineKind.BREADCRUMB),
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


# --- the shortcuts held to the long way round -----------------------------------------
# `classify` skips a rule where the line lacks what every line the rule matches has, and
# `classify_lines` squeezes white space in one pass over the text. `_classify_long_way` is
# `classify` as it was before the shortcuts: every rule tried on every short line, folded.

def _classify_long_way(text: str, *, in_block: bool = False, after_counter: bool = False) -> LineKind:
    from tomtat.reading import cleaning as c

    if not text:
        return LineKind.BLANK
    if len(text) <= c.MAX_FURNITURE_CHARS:
        lowered = c._lower(text)
        folded = c._fold_lowered(lowered)
        if c._COUNTER_RE.match(folded) or ((in_block or after_counter) and c._WEAK_COUNTER_RE.match(folded)):
            return LineKind.COUNTER
        head, sep, rest = text.partition(":")
        if folded in c._HEADINGS or (sep and c._fold(head) in c._HEADINGS and not c._is_body_like(rest)):
            return LineKind.BLOCK_HEADING
        if "|" in text:
            parts = [_classify_long_way(part.strip(), in_block=in_block, after_counter=True)
                     for part in text.split("|") if part.strip()]
            if parts and all(k not in (LineKind.BODY, LineKind.BLOCK_HEADING) for k in parts):
                return parts[0] if len(set(parts)) == 1 else LineKind.FURNITURE
        tokens = folded.split()
        if tokens and len(tokens) <= 3 * c._PHRASE_MAX and c._is_phrase_run(tokens):
            return LineKind.FURNITURE
        labelled = c._LABELLED_RE.match(lowered)
        if labelled:
            return LineKind(c._LABEL_KIND[c._fold(labelled.group(1))])
        if c._is_date_line(text):
            return LineKind.DATE
        if c._CAPTION_RE.search(lowered):
            return LineKind.CREDIT
        if _is_breadcrumb_long_way(text) or folded.startswith("trang chủ "):
            return LineKind.BREADCRUMB
    if in_block and not c._is_body_like(text):
        return LineKind.BLOCK_ITEM
    return LineKind.BODY


def _is_breadcrumb_long_way(text: str) -> bool:
    from tomtat.reading import cleaning as c

    parts = [p.strip() for p in c._BREADCRUMB_SEPARATOR.split(text)]
    if len(parts) < 2 or any(not p for p in parts):
        return False
    return all(len(p.split()) <= 5 and not c._NOT_IN_BREADCRUMBS.search(p) for p in parts)


def _table_entries() -> list[str]:
    """Every entry of every rule table, as written (a regex entry with a month for its \\d)."""
    from tomtat.reading import cleaning as c

    entries = [*c.FURNITURE_PHRASES, *c.BLOCK_HEADINGS, *c.COUNTER_LABELS, *c.DATE_LINE_WORDS,
               *c.CAPTION_MARKERS, *c.AGENCY_CREDITS, "trang chủ", "theo", "nguồn"]
    entries += [label.replace("\\d{1,2}", "06") for label in c.WEAK_COUNTER_LABELS]
    entries += [label for labels in c.LABELLED_FURNITURE.values() for label in labels]
    return entries


def _new_tone_placement(text: str) -> str:
    """"họa" written "hoạ": the other of the two placements the cleaner unifies."""
    from tomtat.reading import cleaning as c

    for new, old in c._TONE_PLACEMENT.items():
        text = text.replace(old, new)
    return text


_ENTRY = st.sampled_from(_table_entries()).flatmap(lambda entry: st.sampled_from(
    [entry, entry.upper(), entry.title(), _new_tone_placement(entry), _new_tone_placement(entry).upper()]))
_LINE_PIECE = st.one_of(
    _ENTRY, _ENTRY, _ENTRY,
    st.sampled_from([" ", " ", " ", ": ", " : ", "：", "|", " | ", " > ", "/", "»", "(", ")", "-", " - ",
                     "+", ".", ",", "…", "\u00a0", "_"]),
    st.sampled_from(["851", "1.234.567", "12/06/2023", "08:15", "14h30", "2023", "100,2%", "XVII"]),
    st.sampled_from(["Đảng", "huyện", "từ", "đặc", "hoà", "Thuý", "nghị", "jazz", "İ", "ß", "²", "٣"]),
    st.text(max_size=3),
)
LINES = st.lists(_LINE_PIECE, max_size=12).map("".join).map(str.strip)


@settings(max_examples=800, deadline=None)
@given(LINES, st.booleans(), st.booleans())
def test_classify_with_its_shortcuts_is_the_long_way_round(line, in_block, after_counter):
    assert classify(line, in_block=in_block, after_counter=after_counter) \
        == _classify_long_way(line, in_block=in_block, after_counter=after_counter)


@pytest.mark.parametrize("entry", sorted(set(_table_entries())))
def test_no_table_entry_is_skipped_as_prose(entry):
    # each entry, in each placement and case, alone and among counts and punctuation, is
    # classified as by the long way; one of the tables whose rules read a line as a run of
    # entries ("Chia sẻ", "Hôm nay : 851") is never skipped by the shortcut before them
    from tomtat.reading import cleaning as c

    word_table = entry in c._WORD_TABLES or entry.replace("06", "\\d{1,2}") in c._WORD_TABLES
    for written in (entry, entry.upper(), _new_tone_placement(entry), _new_tone_placement(entry).title()):
        for line in (written, f"12 {written}", f"{written} 851", f"- {written}: 1.234", f"({written})"):
            if word_table:
                assert c._may_be_table_entries(line.lower()), line
            for in_block, after_counter in ((False, False), (True, True)):
                assert classify(line, in_block=in_block, after_counter=after_counter) \
                    == _classify_long_way(line, in_block=in_block, after_counter=after_counter)


def test_prose_is_skipped_by_its_first_word_or_a_letter_no_entry_has():
    from tomtat.reading import cleaning as c

    assert not c._may_be_table_entries("yên sơn hoàn thành chỉ tiêu")      # first word
    assert not c._may_be_table_entries("tin huyện")                         # a letter
    assert c._may_be_table_entries("chia sẻ tweet zalo")
    assert c._may_be_table_entries("hôm nay : 851")
    assert c._may_be_table_entries("12/06/2023 - 08:15")                   # no letter at all


_SPACE_TEXT = st.lists(st.one_of(
    st.sampled_from([" ", "  ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1e", "\x1f", "\x85",
                     "\xa0", "\u2028", "\u2029", "\u2003", "\u3000", "\u200b", "\ufeff", "a", "Đảng", "1,2"]),
    st.text(max_size=4)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SPACE_TEXT)
def test_lines_are_squeezed_in_one_pass_as_line_by_line(text):
    from tomtat.reading import cleaning as c

    one_at_a_time = [c._SPACES.sub(" ", raw.replace("\u200b", "").replace("\ufeff", "")).strip()
                     for raw in text.splitlines()]
    assert c._stripped_lines(text) == one_at_a_time


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Trang chủ", "Chính trị", " > ", "/", "|", "»", " ", "1", ".", "a b c",
                                 "", ":", "Xây dựng Đảng", " - ", "–", "!", "\\"]), max_size=8).map("".join))
def test_breadcrumbs_found_as_by_splitting(text):
    from tomtat.reading import cleaning as c

    assert c._is_breadcrumb(text) == _is_breadcrumb_long_way(text)
