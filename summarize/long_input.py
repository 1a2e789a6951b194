"""Articles longer than the model's input limit: split, summarise the parts, then their summaries.

ViT5 reads at most 1,024 tokens. A longer article is cut on sentence
boundaries into consecutive parts that each fit, every part is summarised, and
the parts' summaries (joined in order) are summarised again. If even the joined
summaries are too long, the same is done to them, a bounded number of rounds.
This module knows nothing about models: the engine passes in a token counter
and a function that summarises a batch of texts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from tomtat.checks.segment import split_sentences

#: summarise(texts, num_candidates) -> for each text, its candidates best-first.
SummariseTexts = Callable[[Sequence[str], int], list[list[str]]]
CountTokens = Callable[[str], int]

MAX_ROUNDS = 3


@dataclass
class LongResult:
    candidates: list[str]
    notes: list[str] = field(default_factory=list)
    parts: int = 0


def split_to_fit(text: str, count_tokens: CountTokens, budget: int) -> list[str]:
    """Consecutive groups of whole sentences, each at most `budget` tokens.

    A single sentence over the budget is cut between words (it cannot be helped).
    Token counts are summed per sentence plus one per joint, so a part never
    exceeds the budget even where joining changes the tokenisation slightly.
    """
    if budget < 1:
        raise ValueError("budget must be positive")
    pieces: list[tuple[str, int]] = []
    for sentence in split_sentences(text):
        flat = " ".join(sentence.text.split())
        n = count_tokens(flat)
        if n <= budget:
            pieces.append((flat, n))
        else:
            pieces.extend(_cut_between_words(flat, count_tokens, budget))
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for piece, n in pieces:
        cost = n + (1 if current else 0)
        if current and used + cost > budget:
            parts.append(" ".join(current))
            current, used = [], 0
            cost = n
        current.append(piece)
        used += cost
    if current:
        parts.append(" ".join(current))
    return parts


def _cut_between_words(sentence: str, count_tokens: CountTokens, budget: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    words: list[str] = []
    for word in sentence.split():
        trial = " ".join(words + [word])
        if words and count_tokens(trial) > budget:
            chunk = " ".join(words)
            out.append((chunk, count_tokens(chunk)))
            words = [word]
        else:
            words.append(word)
    if words:
        chunk = " ".join(words)
        n = count_tokens(chunk)
        if n > budget:  # one "word" longer than the budget: keep what fits, by characters
            while n > budget and len(chunk) > 1:
                chunk = chunk[: max(1, len(chunk) * budget // n)]
                n = count_tokens(chunk)
        out.append((chunk, n))
    return out


def summarize_long(text: str, *, count_tokens: CountTokens, budget: int, over: str,
                   summarise: SummariseTexts, num_candidates: int, unit: str = "tokens") -> LongResult:
    """Summarise `text` (over `budget` tokens) in parts; see the module docstring.

    `budget` is what the body may take (the limit less the prompt's own tokens);
    `over` names the limit the article is over and `unit` what `count_tokens` counts,
    for the note to the user (`long_input_note`).
    """
    total = count_tokens(text)
    current = text
    part_counts: list[int] = []
    for _ in range(MAX_ROUNDS):
        parts = split_to_fit(current, count_tokens, budget)
        part_counts.append(len(parts))
        summaries = [cands[0] if cands else "" for cands in summarise(parts, 1)]
        current = " ".join(s.strip() for s in summaries if s.strip())
        if not current or count_tokens(current) <= budget:
            break
    else:  # still too long after MAX_ROUNDS: keep the sentences that fit
        current = split_to_fit(current, count_tokens, budget)[0]
    note = long_input_note(total, over, part_counts, budget, unit)
    candidates = summarise([current], num_candidates)[0] if current else [""]
    return LongResult(candidates=candidates, notes=[note], parts=part_counts[0])


def long_input_note(total: int, over: str, part_counts: Sequence[int], budget: int, unit: str) -> str:
    """What every engine tells the user about a long input: `long input: the article is 1,630
    tokens, over the model's 1,024-token limit; it was split on sentence boundaries into 2 part(s)
    of at most 1,000 tokens, each summarised, and the parts' summaries summarised again`."""
    rounds = " then ".join(str(n) for n in part_counts)
    return (f"long input: the article is {total:,} {unit}, over {over}; it was split on sentence "
            f"boundaries into {rounds} part(s) of at most {budget:,} {unit}, each summarised, "
            f"and the parts' summaries summarised again")
