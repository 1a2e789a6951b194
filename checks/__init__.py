"""The figure checker: pure functions over text, no I/O, no model.

    >>> from tomtat.checks import check_summary
    >>> report = check_summary(article_text, summary_text)
    >>> report = check_summary(article_text, summary_text, written=date(2025, 7, 16))
    >>> report.ok, [f.verdict.value for f in report.figures]

`extract_figures` finds figures; `check_summary` gives each summary figure a
verdict against the article and checks the article's own relations;
`prepare_article` extracts an article once for many summaries.
"""
from .extract import extract_figures, lowercase_is_local
from .relations import find_relations
from .types import (
    FLAGGED, CheckedFigure, CheckReport, DayOfWriting, Figure, Kind, Relation, RelationStatus, Span, Verdict,
)
from .verify import ArticleFacts, check_summary, prepare_article

__all__ = [
    "extract_figures", "lowercase_is_local", "find_relations", "check_summary", "prepare_article", "ArticleFacts",
    "Figure", "Kind", "Verdict", "FLAGGED", "CheckedFigure", "CheckReport", "Relation",
    "RelationStatus", "Span", "DayOfWriting",
]
