"""The arithmetic search (relations.py `_search`): relations that hold where no reader binds
them, reported only as consistent, and the guards that keep coincidences out. Our own sentences,
each modelled on a shape found in real news (the coincidences on ones the search once matched)."""
import pytest

from tomtat.checks import RelationStatus, extract_figures, find_relations
from tomtat.checks.relations import relations_of

FOUND = [
    # a share whose part and whole no reader binds
    ("Công ty bán được 2.450 xe trong quý, riêng dòng xe điện 980 xe, chiếm 40% doanh số.",
     "percent_of_total", "980 / 2.450 × 100 = 40%"),
    ("Trường tuyển 1.250 sinh viên; khoa Luật nhận 300 sinh viên, tương đương 24%.",
     "percent_of_total", "300 / 1.250 × 100 = 24%"),
    # a change, its direction from its word; the base in the sentence before that a link word restates
    ("Doanh thu năm nay đạt 1.380 tỷ đồng, năm trước doanh thu 1.200 tỷ đồng, mức tăng 15%.",
     "percent_change", "(1.380.000.000.000 − 1.200.000.000.000) / 1.200.000.000.000 × 100 = 15%"),
    ("Năm ngoái xã thu 850 tấn cà phê. Như vậy, năm nay sản lượng 1.020 tấn tăng 20%.",
     "percent_change", "(1.020 − 850) / 850 × 100 = 20%"),
    # a sum: a word of totals before the total, parts before it or in the sentence after
    ("Bà Lan nhận 12 triệu đồng, chồng bà nhận 8 triệu đồng; tổng cộng gia đình nhận 20 triệu đồng.",
     "sum_of_parts", "12.000.000 + 8.000.000 = 20.000.000"),
    ("Đoàn có tổng cộng 57 vận động viên. 31 vận động viên nam, 26 vận động viên nữ.",
     "sum_of_parts", "31 + 26 = 57"),
    # a difference, an average, a multiple
    ("Lớp A có 42 học sinh, lớp B có 35 học sinh, chênh lệch 7 học sinh.", "difference", "42 − 35 = 7"),
    ("Hợp tác xã thu 360 tấn lúa ở 24 ha ruộng, trung bình 15 tấn.", "average", "360 / 24 = 15"),
    ("Nhà máy A sản xuất 4.800 tấn, nhà máy B 1.600 tấn, gấp ba lần.", "ratio", "4.800 / 1.600 = 3"),
]


@pytest.mark.parametrize("text, kind, formula", FOUND)
def test_the_search_finds_what_holds(text, kind, formula):
    rels = find_relations(text)
    assert [(r.kind, r.formula, r.status) for r in rels] == [(kind, formula, RelationStatus.CONSISTENT)]
    assert all(text[e.start:e.end] == e.text for r in rels for e in r.evidence)


@pytest.mark.parametrize("text, kind, formula", FOUND)
def test_the_cheap_gate_never_hides_what_the_search_finds(text, kind, formula):
    assert find_relations(text) == relations_of(text, text.lower(), extract_figures(text))


@pytest.mark.parametrize("text", [
    # what would hold if it were right is never judged: the search says nothing, never "inconsistent"
    "Lớp A có 42 học sinh, lớp B có 35 học sinh, chênh lệch 9 học sinh.",
    "Công ty bán được 2.450 xe trong quý, riêng dòng xe điện 980 xe, chiếm 45% doanh số.",
    "Bà Lan nhận 12 triệu đồng, chồng bà nhận 8 triệu đồng; tổng cộng gia đình nhận 25 triệu đồng.",
    # a list of prices with no word that binds a total (1,5 + 2 = 3,5 by chance)
    "Giá vé hạng A3 là 1,5 triệu đồng, hạng A 2 triệu đồng và hạng VIP 3,5 triệu đồng.",
    # spans of time are no operands (28 + 13 = 41 minutes by chance)
    "Anh về đích chặng đầu sau 28 phút, chặng sau mất 13 phút, qua mốc 41 phút.",
    # the base of a change in the sentence before, with no word that links the two sentences
    "Thái Lan có 733.000 lượt khách. Việt Nam đứng thứ hai với 589.000 lượt, tăng 24,5% so với cùng kỳ.",
    # values written as changes are items of one list, not a pair and its difference or sum
    "Khách được giảm 60.000 đồng khi mua sắm, giảm 40.000 đồng khi đặt xe, giảm 100.000 đồng khi đặt vé.",
    # values per unit are no operands (2 / 4 = 50% by chance)
    "Hộ dân được hỗ trợ 4 triệu đồng/kWp và 2 triệu đồng/kWh, đạt mục tiêu 50% hộ dân lắp đặt.",
    # a percentage is said of the value right before it: 174 / 436 = 40% is not Wigo's share
    "Wigo bán 1.158 xe, chiếm 40% thị phần, Morning 174 xe. Cách biệt giữa hai mẫu là 436 xe.",
    # a change matched only by truncating it (11,86% is not 11%)
    "Chip mới đạt 3.895 điểm, cao hơn 11% so với đời trước, chip đối thủ đạt 3.482 điểm.",
    # a bound is no share ("dưới 2%")
    "Lợi nhuận dự kiến 14.650 tỷ đồng, vốn 736.300 tỷ đồng, tỷ lệ nợ xấu dưới 2% tổng dư nợ.",
    # a word of parts ahead of a value binds no parts to it ("gồm 4 phụ nữ ... 2 ... 2")
    "Các nghi phạm gồm 4 phụ nữ từng thuê căn nhà nơi phát hiện thi thể 2 người đàn ông. Họ khai lý do 2 nạn nhân mâu thuẫn với nhóm.",
    # a qualified operand allows a twentieth, not a tenth: 18 triệu − 14,2 triệu is no 2,8 triệu
    "Cả nước có 14,2 triệu người cao tuổi, tăng 2,8 triệu người so với năm 2019 và sẽ xấp xỉ 18 triệu người.",
])
def test_the_search_says_nothing_of_coincidences_or_what_does_not_hold(text):
    assert find_relations(text) == []


def test_the_search_never_restates_a_relation_a_reader_found():
    # the readers find 170 − 150 = 20; the same three figures as 150 + 20 = 170 add nothing
    text = "Doanh nghiệp đã nộp thêm 20 tỷ đồng tiền thuế. Trước đó, công ty nộp 150 tỷ đồng trong tổng số 170 tỷ đồng bị truy thu."
    assert [r.kind for r in find_relations(text)] == ["difference"]


def test_the_search_fills_only_stated_figures_no_reader_bound():
    # the reader of "từ ... lên" binds the 20%; the search adds nothing for it
    text = "Sản lượng tăng 20%, từ 850 tấn lên 1.020 tấn."
    rels = find_relations(text)
    assert len(rels) == 1 and rels[0].kind == "percent_change"
