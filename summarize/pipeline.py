"""Article in, checked summary out: engine, checker in the loop, timing.

`summarize_article` does one article (the CLI); `summarize_many` does a list in
batches (`tomtat eval`). Both return `SummaryResult`s whose `to_json()` is the
`tomtat summarize --json` object.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Sequence

from tomtat.checks import prepare_article
from tomtat.checks.types import CheckReport
from tomtat.errors import TomtatError

from .base import Article, Generation
from .select import select_summary

#: Beam candidates checked per article by default (the model card uses beams; we keep 4 of them).
DEFAULT_NUM_CANDIDATES = 4


@dataclass
class SummaryResult:
    """One article's summary, what the checker said about it, and the notices."""

    summary: str
    engine: str
    model: str | None
    report: object                  # tomtat.checks.types.CheckReport
    notes: list[str] = field(default_factory=list)
    title: str | None = None
    source: str = "-"
    candidates: list[str] = field(default_factory=list)
    chosen: int = 0
    dropped: list[str] = field(default_factory=list)
    timing: dict[str, float] = field(default_factory=dict)   # seconds: load, generate, check
    failure: str | None = None      # why there is no summary (the engine failed on this article)
    usage: dict = field(default_factory=dict)                # token counts (llm)

    @property
    def ok(self) -> bool:
        return bool(self.report.ok)

    def to_json(self) -> dict:
        """`{"summary","engine","model","figures","relations","ok","notes"}` plus extras."""
        checked = self.report.to_json()
        return {
            "summary": self.summary,
            "engine": self.engine,
            "model": self.model,
            "figures": checked["figures"],
            "relations": checked["relations"],
            "ok": self.ok,
            "notes": list(self.notes),
            "title": self.title,
            "candidates": len(self.candidates),
            "chosen": self.chosen,
            "dropped": list(self.dropped),
            "timing": {k: round(v, 3) for k, v in self.timing.items()},
            **({"usage": dict(self.usage)} if self.usage else {}),
        }


class SummaryFailed(TomtatError):
    """The engine could not summarise the article (one line: why)."""


def summarize_article(article: Article, engine, *, num_candidates: int = DEFAULT_NUM_CANDIDATES,
                      max_sentences: int | None = None, notes: Sequence[str] = ()) -> SummaryResult:
    """Summarise one article with `engine` and choose/repair the summary with the checker.

    `notes` are notices from loading (e.g. the fallback) to carry into the result.
    Raises SummaryFailed when the engine failed on the article.
    """
    result = summarize_many([article], engine, batch_size=1, num_candidates=num_candidates,
                            max_sentences=max_sentences, notes=notes)[0]
    if result.failure:
        raise SummaryFailed(result.failure)
    return result


def summarize_many(articles: Sequence[Article], engine, *, batch_size: int = 16,
                   num_candidates: int = DEFAULT_NUM_CANDIDATES, max_sentences: int | None = None,
                   check: bool = True, notes: Sequence[str] = ()) -> list[SummaryResult]:
    """Summarise many articles, in input order.

    The engine sees `batch_size` articles at a time (ViT5 sorts each call's
    inputs by length and batches them; pass a large `batch_size` to let it sort
    more). With `check=True` every candidate goes through the checker
    (`select_summary`); with `check=False` the engine's first candidate is kept
    and the report is empty (for measuring the bare engine). An article the engine
    failed on comes back with `failure` set and an empty summary.
    `timing["generate"]` is the batch's generation time shared out per article.
    """
    previous = getattr(engine, "batch_size", None)
    if previous is not None and batch_size:
        engine.batch_size = batch_size
    try:
        return _summarize_chunks(articles, engine, batch_size, num_candidates, max_sentences,
                                 check, notes)
    finally:
        if previous is not None:
            engine.batch_size = previous


def _summarize_chunks(articles, engine, batch_size, num_candidates, max_sentences, check, notes):
    results: list[SummaryResult] = []
    step = max(1, batch_size) * 4   # several engine batches per call, so length sorting pays off
    for start in range(0, len(articles), step):
        chunk = list(articles[start:start + step])
        t0 = time.perf_counter()
        generations: list[Generation] = engine.generate(
            chunk, num_candidates=num_candidates, max_sentences=max_sentences)
        per_article = (time.perf_counter() - t0) / max(1, len(chunk))
        for article, gen in zip(chunk, generations):
            t1 = time.perf_counter()
            if gen.failure:
                results.append(SummaryResult(
                    summary="", engine=engine.name, model=engine.model, report=CheckReport(),
                    notes=[*notes, *gen.notes], title=article.title, source=article.source,
                    timing={"generate": per_article}, failure=gen.failure, usage=dict(gen.usage)))
                continue
            if check:
                selection = select_summary(gen.facts or prepare_article(article.text, article.written), gen)
                summary, report = selection.summary, selection.report
                chosen, dropped, sel_notes = selection.index, selection.dropped, selection.notes
            else:
                summary, report = (gen.candidates[0] if gen.candidates else ""), CheckReport()
                chosen, dropped, sel_notes = 0, [], []
            results.append(SummaryResult(
                summary=summary, engine=engine.name, model=engine.model, report=report,
                notes=[*notes, *gen.notes, *sel_notes], title=article.title, source=article.source,
                candidates=list(gen.candidates), chosen=chosen, dropped=dropped,
                timing={"generate": per_article, "check": time.perf_counter() - t1}, usage=dict(gen.usage)))
    return results
