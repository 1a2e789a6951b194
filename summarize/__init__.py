"""Summarisation: engines (ViT5, extractive, an LLM server), the checker in the loop, long inputs.

Importing this package does not import torch or transformers; the ViT5 engine
imports them when a model is loaded.

Public API:
- `load_engine(name="auto", model=None, device="cpu", quantize=None, *, num_beams=4,
  prompt_file=None, batch_size=None, llm=None, backend=None) -> (engine, notes)`; `llm`:
  `LLMSettings` for `name="llm"` (any OpenAI-compatible chat server; see `tomtat.summarize.llm`);
  `backend`: ct2 or transformers for ViT5 (None is ct2 where ctranslate2 is installed)
- `summarize_article(article, engine, *, num_candidates=4, max_sentences=None, notes=()) -> SummaryResult`
- `summarize_many(articles, engine, *, batch_size=16, num_candidates=4, max_sentences=None,
  check=True, notes=()) -> list[SummaryResult]` (input order)
- `engine.generate(articles, *, num_candidates=1, max_sentences=None) -> list[Generation]`
- `Article`, `Generation`, `SummaryResult`, `SummaryFailed`, `LLMSettings`, `DEFAULT_MODEL`
"""
from __future__ import annotations

from .auto import ENGINES, load_engine
from .base import Article, Generation
from .llm import LLMSettings
from .pipeline import SummaryFailed, SummaryResult, summarize_article, summarize_many
from .vit5 import DEFAULT_MODEL

__all__ = ["ENGINES", "DEFAULT_MODEL", "Article", "Generation", "LLMSettings", "SummaryFailed", "SummaryResult",
           "load_engine", "summarize_article", "summarize_many"]
