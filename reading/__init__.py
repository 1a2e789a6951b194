"""Reading: a path or stdin to an `Article` (decode bytes, HTML to main text, page furniture out).

The first layer of the flow read → summarise → check → render. It imports neither the
summariser nor the checker, so `tomtat check` and `tomtat eval` read input without them.

Public API:
- `read_article(source, *, clean=True) -> Article` (source: a path or "-" for stdin)
- `read_text(source) -> str`, `read_bytes(source) -> bytes`, `decode(data, name) -> str`
- `clean_text(text, *, title=None) -> (title, body)`: page furniture removed
- `Article`
"""
from __future__ import annotations

from .article import Article
from .cleaning import clean_text
from .sources import decode, read_article, read_bytes, read_text

__all__ = ["Article", "clean_text", "decode", "read_article", "read_bytes", "read_text"]
