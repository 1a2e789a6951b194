""""hai lần" of a journey are its "hai chuyến" (session 8: a false alarm on a fresh Gemini hunt,
gemini-hunt-scanned-5b VNEX_200525_00112, where the summary wrote "đã hai lần thực hiện các chuyến
đi" for the article's "hai chuyến"). Sentences of our own."""
from tomtat.checks import Verdict

from check_fixtures import verdict

ARTICLE = ("Ông Minh, 61 tuổi, là kỹ sư về hưu thuộc Công ty Điện lực Lâm Đồng. Ông đã thực hiện hai "
           "chuyến phượt xuyên Việt bằng xe đạp. Trên đường đi, ông gặp mưa bão ở miền Trung, đèo dốc "
           "ở Tây Bắc.")
SUMMARY = ("Ông Minh, một kỹ sư người Đà Lạt, đã {} lần thực hiện các chuyến đi dọc đất nước bằng xe "
           "đạp, vượt qua nhiều khó khăn.")


def test_times_of_a_journey_restate_its_trips():
    assert verdict(ARTICLE, SUMMARY.format("hai"), "hai").verdict is Verdict.SUPPORTED


def test_another_count_of_times_is_still_flagged():
    assert verdict(ARTICLE, SUMMARY.format("ba"), "ba").verdict.flagged
