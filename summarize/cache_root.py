"""The one folder for what tomtat keeps between runs and can always make again: CTranslate2
conversions of checkpoints (`ct2/`) and a chat server's answers (`llm/`)."""
from __future__ import annotations

import os
from pathlib import Path

#: Moves every cache of tomtat at once.
CACHE_DIR_ENV = "TOMTAT_CACHE_DIR"


def cache_root() -> Path:
    """`$TOMTAT_CACHE_DIR`, else `$XDG_CACHE_HOME/tomtat`, else `~/.cache/tomtat`."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "tomtat"
