"""The families of misreading behind the false alarms of a judged sample of flags on Gemini
summaries no hand label covers (benchmarks/labels/gemini-flag-review.jsonl): each test states
the grammar in general terms, on sentences of our own, and the wrong reading it must not
allow."""
import pytest

from tomtat.checks import Kind, Verdict, extract_figures

from check_fixtures import verdict


def figures(text):
    return [(f.text, f.kind, f.value) for f in extract_figures(text)]


# --- A time of day before a comma ---------------------------------------------------------

def test_a_time_of_day_before_a_comma_is_read():
    assert figures("Khoảng 3h40, xe tải lật trên đèo.") == [("3h40", Kind.TIME, "03:40")]
    article = "Khoảng 3h40, xe tải chở gạch lật trên đèo."
    assert verdict(article, "Khoảng 3h40 sáng, xe tải lật trên đèo.", "3h40").verdict is Verdict.SUPPORTED
    assert verdict(article, "Khoảng 4h40 sáng, xe tải lật trên đèo.", "4h40").verdict.flagged


# --- Numbers glued to a word by a lost space ----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Ủy ban đã bổ nhiệm12 phó giám đốc sở.", 12),          # glued to the word before
    ("Huyện có hơn31.500thửa đất chưa cấp sổ.", 31500),       # on both sides
    ("Giải chạy Núi Rừng2026 mở đăng ký.", 2026),             # a year after a name
    ("Tay vợt hạt giống số 17Marcelo bị loại.", 17),          # a capitalised name after
])
def test_a_number_glued_to_a_word_is_read_as_if_the_space_were_there(text, value):
    assert [v for _, _, v in figures(text)] == [value]


@pytest.mark.parametrize("text", ["Virus H5N1 và đội U23 và máy iPhone15 và khí CO2, mạng 5G."])
def test_codes_glued_to_ascii_letters_stay_codes(text):
    assert figures(text) == []


def test_a_glued_number_in_the_article_supports_the_summary():
    article = "Qua rà soát, xã có hơn31.500thửa đất giao sai thẩm quyền."
    assert verdict(article, "Xã có hơn 31.500 thửa đất giao sai.", "31.500").verdict is Verdict.SUPPORTED
    assert verdict(article, "Xã có hơn 35.100 thửa đất giao sai.", "35.100").verdict.flagged
