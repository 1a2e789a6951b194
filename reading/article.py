"""An article as read: what the reading layer hands to the summariser and the checker."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """An article as read and cleaned: its title (when known) and body text (NFC)."""

    body: str
    title: str | None = None
    source: str = "-"

    @property
    def text(self) -> str:
        """Title and body, as the checker sees the article."""
        return f"{self.title}\n{self.body}" if self.title else self.body
