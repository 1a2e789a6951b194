"""Answers of a chat server on disk, so that a rerun or `--resume` sends no request again.

One JSON file per answer, named by the request's sha256 (server URL, model,
messages with the prompt and the article, temperature, max tokens; see
`ChatClient.cache_key`), in a two-letter subfolder. A file holds the server (URL
without credentials), the model, the answer's text, token usage and finish
reason: never the API key, which is not part of any request body, and never the
messages themselves. Writes go to a temporary file in the same folder and are
renamed into place, so a killed run never leaves half a file, and concurrent
writers of the same answer cannot corrupt it. An unreadable file is a miss.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .cache_root import cache_root

#: Bumped when the file layout changes; files of another version are misses.
CACHE_VERSION = 1


def default_cache_dir() -> Path:
    """`llm/` of tomtat's cache folder (`cache_root()`)."""
    return cache_root() / "llm"


class ResponseCache:
    """A folder of cached answers; safe to share between threads and processes."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            entry = json.loads(self.path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("version") != CACHE_VERSION or entry.get("key") != key:
            return None
        if not isinstance(entry.get("text"), str):
            return None
        return entry

    def put(self, key: str, entry: dict) -> None:
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"version": CACHE_VERSION, "key": key, **entry}, ensure_ascii=False, indent=1)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data + "\n")
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
