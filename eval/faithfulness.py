"""Figure faithfulness of one summary: the checker's verdicts and the key figures kept.

Per summary (`figure_metrics`):
- ``figures``: how many figures the summary states;
- ``verdicts``: count per verdict (supported, derived, mismatch, context_mismatch,
  unsupported);
- ``supported``/``derived``/``flagged``: how many of the figures got those verdicts
  (shares are computed in aggregate, as pooled ratios, see `report`);
- ``has_flag``: at least one flagged figure;
- ``reference_figures``/``reference_kept``: the reference summary's figures, and
  how many of them the prediction also states. A reference figure is kept when
  the prediction has a figure of the same kind and the same normalised value
  (the checker's normalisation: "hai" = 2, "1,1 tỷ" = 1 100 000 000,
  "14/5/2019" = "14-5-2019"). Identifiers (document numbers, codes) are not key
  figures and are left out of both counts.
"""
from __future__ import annotations

from typing import Any, Iterable

from tomtat import checks

VERDICTS = ("supported", "derived", "mismatch", "context_mismatch", "unsupported")
FLAGGED = frozenset({"mismatch", "context_mismatch", "unsupported"})


def _value_key(figure) -> tuple:
    value = figure.value
    if isinstance(value, list):
        value = tuple(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    kind = getattr(figure.kind, "value", figure.kind)
    return kind, value


def key_figures(figures: Iterable) -> list:
    """The figures that count for recall: everything but identifiers."""
    return [f for f in figures if getattr(f.kind, "value", f.kind) != "identifier"]


def kept_count(reference_figures: list, prediction_figures: list) -> int:
    """How many reference figures the prediction restates (multiset match on kind and value)."""
    available: dict[tuple, int] = {}
    for fig in key_figures(prediction_figures):
        key = _value_key(fig)
        available[key] = available.get(key, 0) + 1
    kept = 0
    for fig in key_figures(reference_figures):
        key = _value_key(fig)
        if available.get(key, 0) > 0:
            available[key] -= 1
            kept += 1
    return kept


def figure_metrics(report, reference_figures: list) -> dict[str, Any]:
    """Per-summary faithfulness numbers from a CheckReport and the reference's figures."""
    verdicts = {v: 0 for v in VERDICTS}
    for checked in report.figures:
        verdicts[checked.verdict.value] = verdicts.get(checked.verdict.value, 0) + 1
    n = len(report.figures)
    flagged = sum(verdicts[v] for v in FLAGGED)
    refs = key_figures(reference_figures)
    return {
        "figures": n,
        "verdicts": verdicts,
        "supported": verdicts["supported"],
        "derived": verdicts["derived"],
        "flagged": flagged,
        "has_flag": flagged > 0,
        "reference_figures": len(refs),
        "reference_kept": kept_count(refs, [c.figure for c in report.figures]),
    }


class FaithfulnessScorer:
    """Runs the checker for an article's predictions; the article is prepared once."""

    def prepare(self, article_text: str, written=None):
        """The article made ready for its predictions; `written`: its day of writing, if known."""
        return checks.prepare_article(article_text, written)

    def score(self, facts, prediction: str, reference: str) -> tuple[dict[str, Any], list[dict]]:
        """(metrics, checked figures as JSON) for one prediction against its prepared article."""
        return self.score_report(checks.check_summary(facts, prediction), reference)

    def score_report(self, report, reference: str) -> tuple[dict[str, Any], list[dict]]:
        """(metrics, checked figures as JSON) from the checker's report of a prediction."""
        reference_figures = checks.extract_figures(reference)
        return figure_metrics(report, reference_figures), [c.to_json() for c in report.figures]
