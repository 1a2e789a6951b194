"""Extractive lead baselines: Lead-1 and Lead-3 (the first 1 or 3 sentences of the body).

`tomtat eval --engine lead-3` runs them without the summariser package: a lead
summary needs no model and no checker in the loop. Lead-3 is the standard floor
of news summarisation tables.
"""
from __future__ import annotations

from dataclasses import dataclass

from tomtat.checks.segment import split_sentences


@dataclass
class LeadEngine:
    """The first `n` sentences of the article body, in order."""

    n: int
    model: str | None = None

    @property
    def name(self) -> str:
        return f"lead-{self.n}"

    def summary_of(self, body: str) -> str:
        # the sentences as the extractive engine reads them, each on one line
        return " ".join(" ".join(s.text.split()) for s in split_sentences(body)[:self.n])


BASELINES = {"lead-1": 1, "lead-3": 3}


def load_baseline(name: str) -> LeadEngine | None:
    """The lead engine called `name`, or None if `name` is not a baseline."""
    n = BASELINES.get(name)
    return LeadEngine(n) if n is not None else None
