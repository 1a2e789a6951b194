"""Units of people that the unit tables read as a classifier (session 6, round 2; review samples
of benchmarks/labels/gemini-flag-review.jsonl, family "unit"): "ba con" for the article's "ba người
con", "hai con tin" for "cả hai người". Each test states the reading on sentences of our own, and
the wrong reading it must not allow."""
from tomtat.checks import Verdict, extract_figures
from tomtat.checks.compare import units_compatible

from check_fixtures import verdict


def units(text):
    return [(f.text, f.unit) for f in extract_figures(text)]


# --- A unit phrase that opens with a classifier's word is read whole ------------------------

def test_hostages_are_people_not_the_classifier_con():
    assert units("Nhóm vũ trang thả hai con tin vào sáng qua.") == [("hai", "con tin")]


def test_cay_so_is_a_kilometre_not_the_classifier_cay():
    assert units("Mỗi sáng bà đi bộ 5 cây số ra chợ.") == [("5", "km")]


def test_a_classifier_before_another_noun_still_counts_that_noun():
    assert units("Anh mua 2 chiếc xe máy mới.") == [("2", "xe máy")]
    assert units("Cô để lại 3 con cho bà nội nuôi.") == [("3", "con")]


def test_hostages_restate_people():
    article = "Nhóm vũ trang công bố đoạn phim về hai người bị giam. Cả hai người đều gầy yếu."
    assert verdict(article, "Nhóm vũ trang công bố đoạn phim về hai con tin gầy yếu.", "hai").verdict \
        is Verdict.SUPPORTED
    assert verdict(article, "Nhóm vũ trang công bố đoạn phim về ba con tin gầy yếu.", "ba").verdict.flagged


# --- "con" left alone may shorten "người con", never "người" -------------------------------

def test_children_told_short_restate_the_articles_children():
    article = "Anh mất trong một tai nạn giao thông. Vợ chồng anh đã có ba người con."
    assert verdict(article, "Anh qua đời, bỏ lại vợ và ba con.", "ba").verdict is Verdict.SUPPORTED
    assert verdict(article, "Anh qua đời, bỏ lại vợ và bốn con.", "bốn").verdict.flagged


def test_children_in_full_are_still_people():
    article = "Gia đình bà có sáu người con, đều đã lập gia đình."
    assert verdict(article, "Bà có sáu người con.", "sáu").verdict is Verdict.SUPPORTED


def test_a_lone_con_is_still_not_people():
    article = "Trong vụ hỏa hoạn, ba người bị thương nhẹ và được đưa đi cấp cứu."
    assert verdict(article, "Kẻ gian bỏ lại ba con ở hiện trường.", "ba").verdict.flagged


# --- Units the press writes for one another -------------------------------------------------

def test_visits_of_tourists_are_told_as_tourists():
    article = "Năm ngoái, thành phố biển đón 4,2 triệu lượt khách, phần lớn từ châu Á."
    assert verdict(article, "Thành phố biển đón 4,2 triệu du khách năm ngoái.", "4,2 triệu").verdict \
        is Verdict.SUPPORTED
    assert verdict(article, "Thành phố biển đón 4,2 triệu khách năm ngoái.", "4,2 triệu").verdict \
        is Verdict.SUPPORTED


def test_a_makers_new_motorbikes_are_its_new_models():
    article = "Trong năm tài chính, hãng ra mắt 13 xe máy mới, gồm hai mẫu chạy điện."
    assert verdict(article, "Hãng ra mắt 13 mẫu xe mới trong năm.", "13").verdict is Verdict.SUPPORTED
    assert units("Hãng ra mắt 13 mẫu xe mới trong năm.") == [("13", "mẫu xe")]


def test_models_of_a_vehicle_are_still_models():
    article = "Hãng sẽ ra mắt 13 mẫu xe năng lượng mới trong hai năm tới."
    assert verdict(article, "Hãng sẽ ra mắt 13 mẫu NEV trong hai năm tới.", "13").verdict \
        is Verdict.SUPPORTED


def test_the_units_said_either_way_stay_apart_from_the_rest():
    article = "Năm ngoái, thành phố biển đón 4,2 triệu lượt khách, phần lớn từ châu Á."
    assert verdict(article, "Thành phố biển đón 4,2 triệu người mua nhà.", "4,2 triệu").verdict \
        is Verdict.CONTEXT_MISMATCH
    assert not units_compatible("lượt khách", "người")
    assert not units_compatible("mẫu xe", "người")
    assert not units_compatible("con", "người")


def test_times_count_the_sessions_and_contests_they_are_of():
    article = ("Tân huấn luyện viên nói về mục tiêu. Đội tuyển đã vắng mặt hai kỳ World Cup liên tiếp. "
               "Ông tin đội sẽ trở lại.")
    assert verdict(article, "Ông muốn đưa đội trở lại World Cup sau hai lần vắng mặt đáng tiếc.",
                   "hai").verdict is Verdict.SUPPORTED
    assert verdict(article, "Ông muốn đưa đội trở lại World Cup sau ba lần vắng mặt đáng tiếc.",
                   "ba").verdict.flagged
    article = "Hai lần trước, cô chinh chiến tại các cuộc thi sắc đẹp ở châu Á. Lần này cô vững vàng hơn."
    assert verdict(article, "Cô vững vàng hơn nhờ kinh nghiệm từ 2 cuộc thi trước.", "2").verdict \
        is Verdict.SUPPORTED


def test_times_stay_apart_from_people_and_years():
    assert not units_compatible("lần", "người")
    assert not units_compatible("lần", "năm")
    assert not units_compatible("kỳ", "cuộc")
