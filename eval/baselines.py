"""Extractive lead baselines: Lead-1 and Lead-3 (the first 1 or 3 sentences of the body).

`tomtat eval --engine lead-3` runs them without the summariser package: a lead
summary needs no model and no checker in the loop. Lead-3 is the standard floor
of news summarisation tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? or … followed by space and a capital letter, a digit
# or an opening quote. Lines are sentences already in VietNews bodies; a line
# holding several sentences is split further. Abbreviations such as "TP.HCM" or
# "T X.Phú Mỹ" have no space after the dot and are not split.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[^\W\d_]|\d)")


def split_sentences(text: str) -> list[str]:
    """Sentences of a body text, in order."""
    sentences: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(line):
            nxt = line[match.end():match.end() + 1]
            if nxt.isalpha() and not nxt.isupper():
                continue   # "... v.v. và" : a lowercase word does not start a sentence
            piece = line[start:match.end()].strip()
            if piece:
                sentences.append(piece)
            start = match.end()
        tail = line[start:].strip()
        if tail:
            sentences.append(tail)
    return sentences


@dataclass
class LeadEngine:
    """The first `n` sentences of the article body, in order."""

    n: int
    model: str | None = None

    @property
    def name(self) -> str:
        return f"lead-{self.n}"

    def summary_of(self, body: str) -> str:
        return " ".join(split_sentences(body)[:self.n])


BASELINES = {"lead-1": 1, "lead-3": 3}


def load_baseline(name: str) -> LeadEngine | None:
    """The lead engine called `name`, or None if `name` is not a baseline."""
    n = BASELINES.get(name)
    return LeadEngine(n) if n is not None else None
