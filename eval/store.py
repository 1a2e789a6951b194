"""The per-article JSONL file of a run: append-and-flush writes, crash-tolerant reads.

A run appends one JSON line per finished article and flushes it at once, so a
killed run loses nothing already written. A kill in the middle of a write can
leave a partial last line; `read_records(..., repair=True)` drops it (truncating
the file back to its last complete line) so that `--resume` appends cleanly.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

ARTICLES_FILE = "articles.jsonl"


def read_records(path: Path, *, repair: bool = False) -> list[dict]:
    """The complete records of a per-article file; with `repair`, cut a torn tail off the file."""
    if not path.exists():
        return []
    records: list[dict] = []
    good_end = 0
    with path.open("rb") as fh:
        data = fh.read()
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            break   # a last line without its newline was cut by a kill
        line = data[pos:nl]
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            break   # a torn write: everything after it is suspect
        if isinstance(record, dict):
            records.append(record)
        pos = nl + 1
        good_end = pos
    if repair and good_end < len(data):
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    return records


class RecordWriter:
    """Appends records to the per-article file, one flushed line each."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh = path.open("a", encoding="utf-8")

    def write(self, record: dict) -> None:
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        try:
            self._fh.flush()
            os.fsync(self._fh.fileno())
        finally:
            self._fh.close()

    def __enter__(self) -> "RecordWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def record_key(record: dict) -> tuple[int, str]:
    """Canonical identity and order of a per-article record: position in the set, then id."""
    return int(record.get("index", -1)), str(record.get("id", ""))


def canonical(records: Iterator[dict] | list[dict]) -> list[dict]:
    """Records in canonical order with duplicates (same index and id) removed, last one kept."""
    by_key: dict[tuple[int, str], dict] = {}
    for record in records:
        by_key[record_key(record)] = record
    return [by_key[k] for k in sorted(by_key)]
