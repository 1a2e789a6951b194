"""The one small interface every summarisation engine implements."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

from tomtat.reading.article import Article

__all__ = ["Article", "Engine", "Generation"]


@dataclass
class Generation:
    """What an engine returns for one article: candidates best-first, and notices."""

    candidates: list[str]
    scores: list[float] = field(default_factory=list)   # engine's own score per candidate, higher is better
    notes: list[str] = field(default_factory=list)      # e.g. "long input split into 3 parts"
    failure: str | None = None     # why this article has no summary (an engine that can fail per article)
    usage: dict = field(default_factory=dict)           # token counts, for engines that are billed by them
    # An engine that checked its candidates already (llm, to decide on a repair turn) passes the
    # checker's work on, so the pipeline chooses with it instead of checking again: the article
    # as the checker prepared it (`tomtat.checks.ArticleFacts`), and a report per candidate.
    facts: object | None = None
    reports: list = field(default_factory=list)


class Engine(Protocol):
    """A summariser. `name` is "vit5", "extractive" or "llm" (what actually runs)."""

    name: str
    model: str | None

    def generate(self, articles: Sequence[Article], *, num_candidates: int = 1,
                 max_sentences: int | None = None) -> list[Generation]:
        """Summarise a batch of articles; one Generation per article, in order."""
        ...
