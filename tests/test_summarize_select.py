"""The checker in the loop: choosing and repairing candidates whose figures we control.

Candidates are strings we write; the article is ours. These test the selection
logic and run the real checker (no model involved).
"""
from __future__ import annotations

from tomtat.summarize.base import Generation
from tomtat.summarize.select import select_summary

from conftest import PARTY_ARTICLE_BODY, PARTY_ARTICLE_TITLE

ARTICLE = PARTY_ARTICLE_TITLE + "\n" + PARTY_ARTICLE_BODY

GOOD = "Năm 2022, Tuyên Quang kết nạp được 173 đảng viên mới, đạt 102% chỉ tiêu."
WRONG_COUNT = "Năm 2022, Tuyên Quang kết nạp được 137 đảng viên mới, đạt 102% chỉ tiêu."
INVENTED_DATE = "Hội nghị tổng kết diễn ra ngày 30/4/2021."


def test_clean_first_candidate_is_kept():
    sel = select_summary(ARTICLE, Generation([GOOD, WRONG_COUNT], [0.0, -1.0]))
    assert (sel.summary, sel.index, sel.report.flagged) == (GOOD, 0, ())
    assert sel.notes == []


def test_fewest_flagged_beats_better_engine_score():
    sel = select_summary(ARTICLE, Generation([WRONG_COUNT, GOOD], [0.0, -1.0]))
    assert sel.summary == GOOD and sel.index == 1
    assert sel.flagged_per_candidate[0] >= 1 and sel.flagged_per_candidate[1] == 0
    assert any("chose candidate 2 of 2" in n and "137" in n for n in sel.notes)


def test_among_equally_clean_candidates_best_score_wins():
    other = "Tuyên Quang được giao chỉ tiêu kết nạp 170 đảng viên trong năm 2022."
    sel = select_summary(ARTICLE, Generation([GOOD, other], [-2.0, -0.5]))
    assert sel.summary == other and sel.index == 1


def test_every_candidate_flagged_drops_the_flagged_sentence():
    cand = GOOD + " " + INVENTED_DATE
    worse = WRONG_COUNT + " " + INVENTED_DATE
    sel = select_summary(ARTICLE, Generation([cand, worse], [0.0, -1.0]))
    assert sel.summary == GOOD
    assert sel.dropped == [INVENTED_DATE]
    assert sel.report.flagged == ()
    assert any("dropped" in n and "30/4/2021" in n for n in sel.notes)


def test_nothing_left_to_stand_keeps_candidate_flagged():
    sel = select_summary(ARTICLE, Generation([WRONG_COUNT], [0.0]))
    assert sel.summary == WRONG_COUNT
    assert [cf.figure.text for cf in sel.report.flagged] == ["137"]
    assert sel.dropped == [] and any("shown flagged" in n for n in sel.notes)


def test_too_short_remainder_is_not_kept():
    cand = "Tỉnh kết nạp nhiều người. " + WRONG_COUNT   # what is left has 5 syllables
    sel = select_summary(ARTICLE, Generation([cand], [0.0]))
    assert sel.summary == cand and sel.dropped == []


def test_injected_checker_sees_every_candidate():
    """`check` is pluggable (eval may pass a prepared checker); each candidate is checked once."""
    from tomtat.checks import check_summary, prepare_article

    facts = prepare_article(ARTICLE)
    seen = []

    def check(article, summary):
        seen.append(summary)
        return check_summary(article, summary)

    select_summary(facts, Generation([GOOD, WRONG_COUNT, INVENTED_DATE]), check=check)
    assert seen == [GOOD, WRONG_COUNT, INVENTED_DATE]
