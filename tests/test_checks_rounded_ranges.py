"""A range the article rounds ("khoảng 6,4 đến 8 km") may be rounded again in a summary that drops
the word ("6-8 km"): session 8, the one false alarm left on gemini-fresh9-reviewed
(VNEX_120625_00021). Sentences of our own."""
from tomtat.checks import Verdict

from check_fixtures import verdict

ARTICLE = ("Theo một khảo sát, mỗi buổi tập chạy kéo dài khoảng một giờ. Quãng đường tương đương "
           "với khoảng 6,4 đến 8 km mỗi buổi. Đường chạy của công viên rộng 8,2 mét.")


def test_a_rounded_range_rounded_again_is_supported():
    assert verdict(ARTICLE, "Mỗi buổi tập, người chạy đi được 6-8 km.", "6-8").verdict is Verdict.SUPPORTED


def test_a_range_the_rounding_does_not_reach_is_still_flagged():
    assert verdict(ARTICLE, "Mỗi buổi tập, người chạy đi được 5-7 km.", "5-7").verdict.flagged
