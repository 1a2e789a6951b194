"""Reading articles: encodings, bad input, stdin, size, HTML, and the shipped example."""
from __future__ import annotations

import io
import sys
import unicodedata
from pathlib import Path

import pytest

from tomtat.errors import InputError
from tomtat.reading import sources as reading
from tomtat.reading.html import declared_charset, looks_like_html
from tomtat.reading.sources import decode, nfc, read_article, read_bytes, read_text, vietnamese_score

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = ROOT / "examples"

ARTICLE = ("Bình Sơn kết nạp 6.311 đảng viên mới\n"
           "Theo báo cáo của Ban Tổ chức Tỉnh ủy, năm 2023 toàn tỉnh kết nạp được 6.311 đảng viên, "
           "đạt 100,2% chỉ tiêu. Đảng bộ huyện Sơn Lâm được giao 170 đảng viên, đã kết nạp 173 "
           "đảng viên, đạt 102%; chi bộ thôn Đồng Tâm có 43 đảng viên, trong đó 7 đảng viên dự bị. "
           "Ủy ban, Đảng ủy, Ưu tú, Ơn, Ấp, Ắt, Ẩn, Ổn, Ửng, Ỷ lại, Ỹ, ỵ, thuở, quỹ, lữ, Đầm Dơi.\n")

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Vietnamese text as Windows writes it in code page 1258: letters with circumflex,
    breve, horn or stroke precomposed, tone marks as separate combining characters (Python's
    codec has no composition table, so it cannot encode "ủ" directly)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return bytes(out)


def _write(tmp_path: Path, data: bytes, name: str = "bai.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- encodings ---------------------------------------------------------------------------

ENCODINGS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8 with BOM": lambda s: s.encode("utf-8-sig"),
    "utf-16 with BOM": lambda s: s.encode("utf-16"),
    "utf-16-be with BOM": lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
    "utf-16-le without BOM": lambda s: s.encode("utf-16-le"),
    "utf-16-be without BOM": lambda s: s.encode("utf-16-be"),
    "utf-32 with BOM": lambda s: s.encode("utf-32"),
    "windows-1258": to_cp1258,
    "windows-1258, CRLF": lambda s: to_cp1258(s.replace("\n", "\r\n")),
    "NFD utf-8": lambda s: unicodedata.normalize("NFD", s).encode("utf-8"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_every_encoding_reads_to_the_same_nfc_text(tmp_path, encoding):
    data = ENCODINGS[encoding](ARTICLE)
    assert read_text(_write(tmp_path, data)) == ARTICLE
    article = read_article(_write(tmp_path, data, "b.txt"))
    assert article.title == "Bình Sơn kết nạp 6.311 đảng viên mới"
    assert article.body == ARTICLE.split("\n")[1]
    assert unicodedata.is_normalized("NFC", article.body)


def test_cp1258_bytes_are_not_valid_utf8_and_are_not_taken_for_another_code_page():
    data = to_cp1258(ARTICLE)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    # The code pages a detector confuses it with decode it to nonsense that scores low.
    for wrong in ("cp1250", "cp1252", "latin-1"):
        assert decode(data) != unicodedata.normalize("NFC", data.decode(wrong))
        assert vietnamese_score(data.decode(wrong)) < vietnamese_score(decode(data))


@pytest.mark.parametrize("text", ["Đạt 102%.", "ở", "Hôm nay trời đẹp.", "Tỷ lệ đảng viên trẻ tăng 5%."])
def test_short_cp1258_texts(text):
    assert decode(to_cp1258(text)) == text


def test_western_code_page_text_still_reads():
    assert decode("Café, résumé, naïve.".encode("cp1252")) == "Café, résumé, naïve."


def test_nfd_is_composed():
    text = unicodedata.normalize("NFD", "Đạt 100,2% chỉ tiêu")
    assert len(text) > len("Đạt 100,2% chỉ tiêu")
    assert decode(text.encode()) == "Đạt 100,2% chỉ tiêu"


# --- bad input ----------------------------------------------------------------------------

def _input_error(source: str, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        read_article(source, **kwargs)
    message = str(caught.value)
    assert message and "\n" not in message
    return message


@pytest.mark.parametrize("data", [
    b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50,
    bytes(range(256)) * 20,
    b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64,
    "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f chữ".encode() * 20,     # valid UTF-8, control chars
])
def test_binary_is_not_text(tmp_path, data):
    assert "not text" in _input_error(_write(tmp_path, data))


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n ", "  \n ".encode("utf-16"), b"\xef\xbb\xbf\n"])
def test_empty_and_whitespace_only(tmp_path, data):
    assert "empty" in _input_error(_write(tmp_path, data))


def test_only_furniture_is_an_error(tmp_path):
    message = _input_error(_write(tmp_path, "Chia sẻ\nTweet\nHôm nay : 851\n".encode()))
    assert "furniture" in message


def test_missing_file_and_directory(tmp_path):
    assert "no such file" in _input_error(str(tmp_path / "khong-co.txt"))
    assert "directory" in _input_error(str(tmp_path))


def test_size_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_INPUT_BYTES", 1000)
    assert "larger than" in _input_error(_write(tmp_path, b"a" * 1001))
    assert read_bytes(_write(tmp_path, b"a" * 1000, "ok.txt")) == b"a" * 1000


def test_ten_megabyte_article_reads(tmp_path):
    paragraph = ("Năm 2023 toàn tỉnh kết nạp được 6.311 đảng viên mới, đạt 100,2% chỉ tiêu "
                 "được giao, tăng 324 đảng viên so với năm trước.\n")
    count = 10 * 1024 * 1024 // len(paragraph.encode()) + 1
    source = _write(tmp_path, ("Tiêu đề bài báo dài\n" + paragraph * count).encode())
    assert Path(source).stat().st_size >= 10 * 1024 * 1024
    article = read_article(source)
    assert article.title == "Tiêu đề bài báo dài"
    assert article.body.count("\n") == count - 1


def test_pathological_number_string_is_text(tmp_path):
    text = "1." * 50_000
    assert len(text) == 100_000
    assert read_article(_write(tmp_path, text.encode())).body == text


# --- stdin --------------------------------------------------------------------------------

def test_stdin_bytes(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(to_cp1258(ARTICLE))))
    article = read_article("-")
    assert article.source == "-" and article.body == ARTICLE.split("\n")[1]


def test_stdin_text_stream_without_buffer(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    assert read_text("-") == ARTICLE


def test_stdin_empty_and_missing(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert "standard input" in _input_error("-")
    monkeypatch.setattr(sys, "stdin", None)
    assert "standard input" in _input_error("-")


# --- cleaning on and off --------------------------------------------------------------------

def test_clean_false_keeps_the_page_as_it_is():
    page = FIXTURES / "trang-ket-nap-huyen.txt"
    raw = read_article(str(page), clean=False)
    assert raw.title is None and "Hôm nay : 851" in raw.body
    assert "Hôm nay : 851" not in read_article(str(page)).text


# --- HTML ---------------------------------------------------------------------------------

HTML_BODY = [
    "Ngày 6/6/2023, Đảng ủy xã Tân Phú tổ chức lễ kết nạp 12 đảng viên mới, tất cả đều dưới 30 tuổi.",
    "Trong số 12 đảng viên mới, có 9 người là đoàn viên thanh niên đã hoàn thành nghĩa vụ quân sự "
    "và 3 người là giáo viên các trường trên địa bàn xã.",
    "Phát biểu tại buổi lễ, Bí thư Đảng ủy xã Lò Thị Mai đề nghị các đảng viên mới tiếp tục rèn "
    "luyện, phấn đấu để được công nhận đảng viên chính thức sau 12 tháng dự bị.",
    "Với kết quả này, Đảng bộ xã đã hoàn thành 120% chỉ tiêu kết nạp đảng viên năm 2023 được "
    "Huyện ủy giao là 10 đảng viên.",
]


def test_html_page_main_text_title_kept_furniture_dropped():
    page = FIXTURES / "trang-tin.html"
    article = read_article(str(page))
    assert article.title == "Xã Tân Phú kết nạp 12 đảng viên trẻ"
    assert article.body == "\n".join(HTML_BODY)
    html = page.read_text(encoding="utf-8")
    for furniture in ("1.296", "07/06/2023", "10:05", "640", "987.654", "05/06/2023", "45 bí thư",
                      "Thu Hà", "Chia sẻ", "In bài viết", "Các tin khác", "Trang chủ"):
        assert furniture in html
        assert furniture not in article.text


def test_html_detected_by_content_and_on_stdin(tmp_path, monkeypatch):
    data = (FIXTURES / "trang-tin.html").read_bytes()
    assert read_article(_write(tmp_path, data, "trang.txt")).body == "\n".join(HTML_BODY)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert read_article("-").body == "\n".join(HTML_BODY)


def test_html_declared_windows_1258_charset(tmp_path):
    html = ("<!DOCTYPE html><html><head><meta charset=\"windows-1258\">"
            "<title>Kết nạp đảng viên</title></head><body><article><h1>Kết nạp đảng viên</h1>"
            + "".join(f"<p>{p}</p>" for p in HTML_BODY) + "</article></body></html>")
    data = to_cp1258(html)
    assert declared_charset(data) == "cp1258"
    article = read_article(_write(tmp_path, data, "trang.htm"))
    assert article.title == "Kết nạp đảng viên"
    assert article.body == "\n".join(HTML_BODY)


def test_html_declared_legacy_charset_but_saved_as_utf8(tmp_path):
    html = ("<html><head><meta charset=\"windows-1258\"><title>Kết nạp</title></head><body>"
            + "".join(f"<p>{p}</p>" for p in HTML_BODY) + "</body></html>")
    assert read_article(_write(tmp_path, html.encode(), "trang.html")).body == "\n".join(HTML_BODY)


def test_html_without_main_text_falls_back_to_visible_text(tmp_path):
    html = ("<html><body><div>Chia sẻ</div><div>Tweet</div>"
            "<div>Xã Tân Phú kết nạp 12 đảng viên mới.</div></body></html>")
    assert read_article(_write(tmp_path, html.encode(), "trang.html")).body == \
        "Xã Tân Phú kết nạp 12 đảng viên mới."


def test_html_with_nothing_but_furniture_is_an_error(tmp_path):
    html = "<html><body><div>Chia sẻ</div><div>Hôm nay : 851</div></body></html>"
    assert "no article text" in _input_error(_write(tmp_path, html.encode(), "trang.html"))


def test_looks_like_html():
    assert looks_like_html("a.HTM", b"")
    assert looks_like_html("-", b"\xef\xbb\xbf  <!-- saved -->\n<!DOCTYPE html><html>")
    assert looks_like_html("-", b"<html lang='vi'>")
    assert not looks_like_html("a.txt", "Bài báo nói về thẻ <html>.".encode())


# --- the shipped example ------------------------------------------------------------------

def test_example_article_in_three_forms_reads_to_the_same_text():
    plain = read_article(str(EXAMPLES / "ket-nap-dang-vien.txt"))
    copied = read_article(str(EXAMPLES / "ket-nap-dang-vien-copied.txt"))
    page = read_article(str(EXAMPLES / "ket-nap-dang-vien.html"))
    assert plain.title == "Bình Sơn kết nạp 6.311 đảng viên mới, vượt chỉ tiêu năm 2023"
    assert copied.title == page.title == plain.title
    assert copied.body == page.body == plain.body
    assert plain.body.count("\n") == 6                     # seven paragraphs
    assert 350 <= len(plain.text.split()) <= 500
    for furniture in ("851", "1.234.567", "58 đảng viên", "Minh Anh", "15/01/2024", "97,5"):
        assert furniture not in page.text and furniture not in copied.text


def test_example_article_arithmetic_is_consistent():
    """The figures the example states about each other, recomputed here."""
    body = read_article(str(EXAMPLES / "ket-nap-dang-vien.txt")).body
    stated = {
        "6.311 đảng viên, đạt 100,2%": round(6311 / 6300 * 100, 1) == 100.2,
        "kết nạp 173 đảng viên, đạt 102%": round(173 / 170 * 100) == 102,
        "146 người là đoàn viên thanh niên, chiếm tỷ lệ 69%": round(146 / 212 * 100) == 69,
        "43 đảng viên, trong đó 36 đảng viên chính thức và 7 đảng viên dự bị": 36 + 7 == 43,
        "55.290 đảng viên, bình quân mỗi năm 5.529": 55290 / 10 == 5529,   # 2013..2022: 10 years
        "(5.987 đảng viên), số đảng viên mới tăng 324": 6311 - 5987 == 324,
    }
    for phrase, holds in stated.items():
        assert phrase in body
        assert holds, phrase


# --- properties ---------------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from tomtat.reading.html import extract_html  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=3000),
                 st.text(max_size=500).map(lambda t: t.encode("utf-16-le")),
                 st.text(max_size=500).map(lambda t: t.encode("utf-8"))))
def test_decode_gives_nfc_text_or_input_error(data):
    try:
        text = decode(data)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert text.strip() and unicodedata.is_normalized("NFC", text)


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(max_size=400),
                 st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<html>", "<script>", "Chia sẻ",
                                           "Hôm nay : 851", "Đạt 102%.", "<h1>Tiêu đề</h1>", "&amp;",
                                           "<!--", "-->", "<br>", "\x00"]), max_size=30).map("".join)))
def test_extract_html_gives_text_or_input_error(html):
    try:
        title, body = extract_html(html)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert body.strip()


_NFC_TEXT = st.lists(st.sampled_from([
    "a", "o", "e", "u", "\u0301", "\u0323", "\u0300", "\u0302", "\u0306", "\u031b", "\u0309", "\u0303",
    "\n", "\r", "\r\n", " ", "ệ", "Đảng", "\u2126", "\u0340", "\u1100", "\u1161", "\u11a8", "\u0344"]),
    max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NFC_TEXT, st.integers(min_value=0, max_value=8))
def test_nfc_in_pieces_is_nfc_of_the_whole(text, piece_chars):
    # `nfc` normalises a long text piece by piece, cut after line breaks, for speed; the long
    # way round: the whole text at once
    assert nfc(text, piece_chars) == unicodedata.normalize("NFC", text)
