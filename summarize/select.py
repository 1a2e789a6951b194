"""The checker in the loop: choose among candidates by their figures, repair if needed.

Every candidate is checked against the article (prepared once). The chosen one
is the best-scored among those with the fewest flagged figures. If every
candidate has a flagged figure, the sentences carrying flagged figures are
dropped when the rest still says something (at least `MIN_KEPT_SYLLABLES`
syllables) and re-checks clean; otherwise the candidate stays, its figures
shown flagged. What was chosen, dropped and why goes into `notes`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from tomtat.checks import check_summary, prepare_article

from .base import Generation
from tomtat.checks.segment import split_sentences

#: What is left after dropping sentences must be at least this long to stand as a summary.
MIN_KEPT_SYLLABLES = 8


@dataclass
class Selection:
    """The summary chosen, its check report, and the story of the choice."""

    summary: str
    report: object                       # tomtat.checks.types.CheckReport
    index: int                           # which candidate (0-based)
    flagged_per_candidate: list[int]
    dropped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def select_summary(article, generation: Generation, *, check: Callable | None = None) -> Selection:
    """Pick and, if needed, repair a candidate of `generation` for `article`.

    `article` is the article text or an `ArticleFacts` from `prepare_article`
    (pass the latter when checking many candidates). `check` defaults to
    `tomtat.checks.check_summary`. The generation's own `reports`, one per candidate,
    are used as they are: each candidate is checked once.
    """
    if check is None:
        check = check_summary
        if isinstance(article, str):
            article = prepare_article(article)
    candidates = list(generation.candidates) or [""]
    scores = list(generation.scores) + [-float(i) for i in range(len(generation.scores), len(candidates))]
    if len(generation.reports) == len(candidates):
        reports = list(generation.reports)
    else:
        reports = [check(article, c) for c in candidates]
    flagged = [len(r.flagged) for r in reports]
    # Fewest flagged figures, then the engine's score, then the engine's order.
    ranking = sorted(range(len(candidates)), key=lambda i: (flagged[i], -scores[i], i))
    best = ranking[0]
    notes: list[str] = []
    if best != 0:  # the checker overrode the engine's own first choice: say so
        notes.append(f"checker: chose candidate {best + 1} of {len(candidates)} "
                     f"(flagged figures per candidate: {_counts(flagged)}); "
                     f"candidate 1 had {_describe(reports[0].flagged)}")
    if flagged[best] == 0:
        return Selection(candidates[best], reports[best], best, flagged, notes=notes)

    for i in ranking:
        repaired = _drop_flagged_sentences(article, candidates[i], reports[i], check)
        if repaired is not None:
            summary, report, dropped = repaired
            notes.append(
                f"checker: every candidate had a flagged figure; dropped from candidate {i + 1} "
                + "; ".join(f"the sentence \"{_short(s)}\" ({why})" for s, why in dropped))
            return Selection(summary, report, i, flagged, [s for s, _ in dropped], notes)
    notes.append(f"checker: every candidate had a flagged figure and none could be dropped "
                 f"without losing the summary; shown flagged: {_describe(reports[best].flagged)}")
    return Selection(candidates[best], reports[best], best, flagged, notes=notes)


def _drop_flagged_sentences(article, summary: str, report, check):
    """The summary without its flagged sentences, if the rest stands and checks clean."""
    sentences = split_sentences(summary)
    keep, dropped = [], []
    for s in sentences:
        bad = [cf for cf in report.flagged if cf.figure.start < s.end and cf.figure.end > s.start]
        if bad:
            dropped.append((s.text, "; ".join(_describe_one(cf) for cf in bad)))
        else:
            keep.append(s.text)
    if not dropped or not keep:
        return None
    rest = " ".join(keep)
    if sum(len(part.split()) for part in keep) < MIN_KEPT_SYLLABLES:
        return None
    new_report = check(article, rest)
    if new_report.flagged:
        return None
    return rest, new_report, dropped


def _describe_one(cf) -> str:
    return f"{cf.figure.text}: {cf.verdict.value}" + (f", {cf.explanation}" if cf.explanation else "")


def _describe(flagged) -> str:
    if not flagged:
        return "no flagged figure"
    return "; ".join(f"{cf.figure.text} ({cf.verdict.value})" for cf in flagged)


def _counts(flagged: Sequence[int]) -> str:
    return ", ".join(str(n) for n in flagged)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
