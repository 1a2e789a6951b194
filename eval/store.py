"""A run's folder: its per-article JSONL, its configuration, and who may write there.

A run appends one JSON line per finished article and flushes it at once, so a
killed run loses nothing already written. Reading is tolerant line by line: a
line that is not a complete record (a kill in the middle of a write, a disk
error, a hand edit) costs that record only. `read_records(..., repair=True)`
rewrites the file without such lines (atomically) so that `--resume` redoes
exactly those records and appends cleanly.

The folder is guarded both ways: a new run refuses a folder that holds files it
did not write (unless told to overwrite them), and a resumed run refuses a
folder whose `config.json` it cannot read, since it could not tell whether the
records there come from the same run.
"""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tomtat.errors import OptionError, RunStoreError

ARTICLES_FILE = "articles.jsonl"
CONFIG_FILE = "config.json"


@dataclass
class StoredRecords:
    """What a per-article file holds: its complete records and the lines that were not."""

    records: list[dict] = field(default_factory=list)
    bad_lines: list[int] = field(default_factory=list)      # 1-based line numbers, torn tail included
    good_lines: list[bytes] = field(default_factory=list)   # the raw lines of `records`, newline kept
    size: int = 0


def _parse_line(line: bytes) -> dict | None:
    """A stored record, or None when the line is not one (torn, corrupt, or not a record)."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):   # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None
    if not isinstance(record, dict):
        return None
    index, rid = record.get("index"), record.get("id")
    if type(index) is not int or not isinstance(rid, str):
        return None
    return record


def scan_records(path: Path) -> StoredRecords:
    """Every line of a per-article file sorted into records and bad lines."""
    if not path.exists():
        return StoredRecords()
    data = path.read_bytes()
    found = StoredRecords(size=len(data))
    for lineno, line in enumerate(data.splitlines(keepends=True), 1):
        if not line.strip():
            continue
        record = _parse_line(line) if line.endswith(b"\n") else None   # no newline: cut by a kill
        if record is None:
            found.bad_lines.append(lineno)
        else:
            found.records.append(record)
            found.good_lines.append(line)
    return found


def read_records(path: Path, *, repair: bool = False) -> list[dict]:
    """The complete records of a per-article file; with `repair`, drop its bad lines from the file."""
    found = scan_records(path)
    if repair and found.bad_lines:
        _rewrite(path, found.good_lines)
    return found.records


def _rewrite(path: Path, lines: list[bytes]) -> None:
    """Replace the file by `lines` in one step: a kill leaves either the old file or the new one."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        fh.writelines(lines)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


class RecordWriter:
    """Appends records to the per-article file, one flushed line each."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh = path.open("a", encoding="utf-8")

    def write(self, record: dict) -> None:
        # Encode first: a record that cannot be written whole is never half-written.
        line = json.dumps(record, ensure_ascii=False) + "\n"
        line.encode("utf-8")
        self._fh.write(line)
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


def canonical(records: Iterable[dict]) -> list[dict]:
    """Records in canonical order with duplicates (same index and id) removed, last one kept."""
    by_key: dict[tuple[int, str], dict] = {}
    for record in records:
        by_key[record_key(record)] = record
    return [by_key[k] for k in sorted(by_key)]


# ---------------------------------------------------------------------------
# The folder

def write_json(path: Path, content: dict) -> None:
    """A JSON file written whole or not at all (temporary file, then rename)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(content, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)


def read_config(folder: Path) -> dict:
    """The run configuration recorded in `folder`; RunStoreError when it is missing or unreadable."""
    path = folder / CONFIG_FILE
    if not path.exists():
        raise RunStoreError(f"{folder}: no {CONFIG_FILE}, so the run there cannot be verified; "
                            "start a new run in another folder, or overwrite this one", ("overwrite",))
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        config = None
    if not isinstance(config, dict):
        raise RunStoreError(f"{path}: unreadable, so the run there cannot be verified; "
                            "start a new run in another folder, or overwrite this one", ("overwrite",))
    return config


def check_folder(out: Path, own_files: Iterable[str], *, resume: bool, overwrite: bool,
                 resumable: bool = True) -> list[Path]:
    """Whether a run that writes `own_files` (names in the folder) may use `out`; changes nothing.

    A new run takes an absent or empty folder; with `overwrite`, any folder, and the
    paths returned (the run files already there, nothing else) are to be removed
    first (`clear`). `resume` takes an empty folder or one with a readable config
    (the caller then compares it with its own). `resumable`: whether the caller could
    resume a run it finds (a merge cannot), for the advice in the error.
    """
    if out.exists() and not out.is_dir():
        raise OptionError("out", f"{out} exists and is not a folder")
    present = sorted(p.name for p in out.iterdir()) if out.exists() else []
    if not present:
        return []
    if overwrite:
        return [out / name for name in present if name in set(own_files)]
    if resume:
        read_config(out)   # refuses a folder whose run cannot be verified
        return []
    shown = ", ".join(present[:4]) + (", …" if len(present) > 4 else "")
    if CONFIG_FILE in present and resumable:
        raise RunStoreError(f"{out} already holds a run ({shown}); resume it, or overwrite it",
                            ("resume", "overwrite"))
    if CONFIG_FILE in present:
        raise RunStoreError(f"{out} already holds a run ({shown}); choose a new folder, or overwrite it",
                            ("overwrite",))
    raise RunStoreError(f"{out} is not empty ({shown}); choose an empty or new folder, "
                        "or overwrite the run files in it", ("overwrite",))


def clear(paths: Iterable[Path]) -> None:
    """Remove the files and folders of an overwritten run."""
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
