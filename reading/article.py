"""An article as read: what the reading layer hands to the summariser and the checker."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Article:
    """An article as read and cleaned: its title (when known), body text (NFC) and the day it
    was written (when known: the page's date of publication, or the caller's)."""

    body: str
    title: str | None = None
    source: str = "-"
    written: date | None = None

    def __post_init__(self) -> None:
        # The reading layer hands over NFC already. An Article a library caller builds from
        # text with combining tone marks (NFD) is composed here, at the door: the engines copy
        # the body into summaries and the checker reads NFC, so a summary's figure offsets
        # are then offsets into the summary the caller gets.
        for name in ("body", "title"):
            value = getattr(self, name)
            if value and not unicodedata.is_normalized("NFC", value):
                object.__setattr__(self, name, unicodedata.normalize("NFC", value))

    @property
    def text(self) -> str:
        """Title and body, as the checker sees the article."""
        return f"{self.title}\n{self.body}" if self.title else self.body
