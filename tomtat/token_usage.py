"""How tomtat words an LLM server's token counts, in one line, wherever it shows them:
`tomtat summarize` (one article), `tomtat eval`'s table and its report.md (a run's sums).

It sits below every layer that shows the counts (it imports nothing), so that `tomtat check`,
which shares the summary renderer, still imports neither the evaluator nor the summariser.
"""
from __future__ import annotations

from typing import Mapping


def token_line(usage: Mapping[str, int]) -> str:
    """`tokens: 802 prompt, 104 completion; 2 turn(s), 0 from the cache`, from the counts the
    server reported (`tomtat.summarize.llm.Usage` or metrics.json's `usage`); the cache's share
    where the counts carry it (one article's do; a run's are in timing.json)."""
    line = (f"tokens: {usage.get('prompt_tokens', 0)} prompt, {usage.get('completion_tokens', 0)} completion; "
            f"{usage.get('turns', 0)} turn(s)")
    if "cached_turns" in usage:
        line += f", {usage['cached_turns']} from the cache"
    return line
