"""The terminal table of an article's relations stays readable (and quick) for a long article."""
import io
from pathlib import Path

from rich.console import Console

from tomtat.checks import check_summary
from tomtat.render import RELATION_ROWS, render_relations

FIXTURE = Path(__file__).parent / "fixtures" / "bao-cao-xay-dung-dang.txt"


def rendered(text: str) -> tuple[str, object]:
    report = check_summary(text, "")
    console = Console(file=io.StringIO(), width=200, highlight=False)
    render_relations(console, report)
    return console.file.getvalue(), report


def test_a_short_article_shows_every_relation():
    out, report = rendered(FIXTURE.read_text(encoding="utf-8"))
    assert 0 < len(report.relations) <= RELATION_ROWS
    assert out.count(" consistent ") + out.count(" inconsistent ") == len(report.relations)
    assert "not shown" not in out


def test_a_long_article_shows_the_inconsistent_first_and_says_what_it_leaves_out():
    unit = FIXTURE.read_text(encoding="utf-8")
    wrong = unit.replace("đạt 102% chỉ tiêu", "đạt 120% chỉ tiêu")   # 173 of 170 is not 120%
    out, report = rendered(unit * 60 + wrong)
    assert len(report.relations) > RELATION_ROWS and len(report.inconsistent) == 1
    table = out.split("FLAGGED")[0]
    assert table.count(" consistent ") == RELATION_ROWS - 1 and table.count(" inconsistent ") == 1
    left_out = len(report.relations) - RELATION_ROWS
    assert f"{left_out:,} more relations not shown (0 of them inconsistent); --json lists every one" in out
    assert "FLAGGED: 1 inconsistent article relation." in out
