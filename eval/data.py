"""Read an evaluation set: article/reference-summary pairs from several formats.

Accepted sources (`load_records(source, ...)`):

- a folder of VietNews ``.txt.seg`` files (github.com/ThanhChinhBK/vietnews):
  title, blank line, abstract (the reference summary), blank line, body one
  sentence a line, then (after another blank line) picture captions, which are
  dropped. Word segmentation is undone: ``Hà_Nội`` -> ``Hà Nội`` and the space
  the segmenter put before punctuation is removed;
- a JSONL, CSV or Parquet file whose field names are configurable
  (defaults ``id``, ``article``, ``summary``; ``title`` is used when present);
- ``hf:NAME[:SPLIT]``: a Hugging Face dataset through `datasets` (a Hub id, or a
  local directory written by ``Dataset.save_to_disk``); split defaults to
  ``test``.

The loader never stops on one bad record: a record with a missing field, a field
of the wrong type (a list, a number, true, NaN or an object where text belongs),
text that is not valid Unicode (a lone surrogate such as ``"\ud800"``), an
empty article, a line that is not JSON or is nested too deeply to read, or an
undecodable file comes out as a `Malformed` with its id, where it is (``line 7``)
and the reason, in its place in the order, and the runner counts it. Nothing of
the wrong type is ever turned into text.

Order is canonical (file order; sorted file names for a folder) and every record
carries its `index` in the whole (limited) set, so that shards (``--shard I/N``
takes every N-th record starting at I-1) merge back into the unsharded order.

The day an article was written: a record whose id is ``SOURCE_DDMMYY_NNNNN`` (the
gemini-2025 set's ids, e.g. ``VNEX_160725_00102``) carries that day as `Record.written`,
marked as possibly a day late: it is the day the set's daily job gathered the article, so
the article was written that day or the day before (`day_gathered`).
"""
from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from tomtat.checks import DayOfWriting
from tomtat.errors import InputError, OptionError

DEFAULT_FIELDS = {"id": "id", "article": "article", "summary": "summary", "title": "title"}

SEG_SUFFIX = ".txt.seg"


@dataclass(frozen=True)
class Record:
    """One article with its reference summary. `index` is its place in the set."""

    index: int
    id: str
    article: str
    summary: str
    title: str | None = None
    #: The day the article was written, when the set says it (`day_gathered`), else None.
    written: DayOfWriting | None = None

    @property
    def checker_text(self) -> str:
        """What the checker sees as the article: title and body."""
        return f"{self.title}\n{self.article}" if self.title else self.article


@dataclass(frozen=True)
class Malformed:
    """A record that cannot be evaluated: reported with its id, where it is, and why; skipped."""

    index: int
    id: str
    reason: str
    where: str | None = None    # "line 7" (JSONL), "row 3" (CSV, Parquet, hf:), a file name

    @property
    def label(self) -> str:
        """The record as people find it: "doc-17 (line 9)", or "line 9" when it has no id of its own."""
        return f"{self.id} ({self.where})" if self.where and self.where != self.id else self.id


# ---------------------------------------------------------------------------
# Options

def parse_fields(spec: str | None) -> dict[str, str]:
    """``"id=doc_id,article=text"`` -> the field mapping, defaults filled in."""
    fields = dict(DEFAULT_FIELDS)
    if not spec:
        return fields
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        key, sep, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not value:
            raise OptionError("fields", f"expected NAME=FIELD, got {part!r}")
        if key not in DEFAULT_FIELDS:
            raise OptionError("fields", f"unknown name {key!r} (use id, article, summary, title)")
        fields[key] = value
    return fields


def parse_shard(spec: str | None) -> tuple[int, int] | None:
    """``"2/4"`` -> (2, 4): the second of four shards (I counts from 1)."""
    if not spec:
        return None
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", spec)
    if not match:
        raise OptionError("shard", f"expected I/N such as 1/4, got {spec!r}")
    i, n = int(match.group(1)), int(match.group(2))
    if n < 1 or not 1 <= i <= n:
        raise OptionError("shard", f"I must be from 1 to N, got {spec!r}")
    return i, n


# ---------------------------------------------------------------------------
# VietNews segmentation

_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%…)\]}])")
_SPACE_AFTER = re.compile(r"([(\[{])\s+")
_SPACES = re.compile(r"[ \t]+")


def unsegment(text: str) -> str:
    """Undo VietNews word segmentation on one line.

    ``Hà_Nội có 25.529 đảng_viên .`` -> ``Hà Nội có 25.529 đảng viên.``
    """
    text = text.replace("_", " ")
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def parse_seg(text: str) -> tuple[str, str, str]:
    """A ``.txt.seg`` file's text -> (title, abstract, body); captions dropped."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = [b for b in re.split(r"\n[ \t]*\n", text.strip()) if b.strip()]
    if len(blocks) < 3:
        raise ValueError(f"expected title, abstract and body separated by blank lines, found {len(blocks)} block(s)")
    title = unsegment(" ".join(blocks[0].split("\n")))
    abstract = unsegment(" ".join(blocks[1].split("\n")))
    body = "\n".join(unsegment(line) for line in blocks[2].split("\n") if line.strip())
    return title, abstract, body


class RawRow(NamedTuple):
    """One record as a source holds it: its fields, or the reason it could not be read."""

    where: str                  # "line 7", "row 3", a file name
    row: dict | None
    reason: str | None = None
    id: str | None = None       # known even when the row is unusable (a .txt.seg file's name)


def _iter_seg_folder(folder: Path) -> Iterator[RawRow]:
    files = sorted(p for p in folder.iterdir() if p.name.endswith(SEG_SUFFIX) and p.is_file())
    if not files:
        raise InputError(f"{folder}: no {SEG_SUFFIX} files in this folder")
    for path in files:
        rid = path.name[: -len(SEG_SUFFIX)]
        try:
            raw = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            yield RawRow(path.name, None, "undecodable file (not UTF-8)", rid)
            continue
        except OSError as exc:
            yield RawRow(path.name, None, f"cannot read ({exc.strerror or exc})", rid)
            continue
        try:
            title, abstract, body = parse_seg(raw)
        except ValueError as exc:
            yield RawRow(path.name, None, str(exc), rid)
            continue
        yield RawRow(path.name, {"id": rid, "title": title, "summary": abstract, "article": body})


# ---------------------------------------------------------------------------
# Tabular files: raw rows (dicts) or a reason they are unusable

def parse_json_object(raw: bytes, *, first_line: bool = False) -> tuple[dict | None, str | None]:
    """One JSONL line -> (the object, None) or (None, why it is not one). Never raises."""
    try:
        row = json.loads(raw.decode("utf-8-sig" if first_line else "utf-8"))
    except UnicodeDecodeError:
        return None, "undecodable line (not UTF-8)"
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg})"
    except RecursionError:   # '[' * 100000: deeper than the parser's stack
        return None, "nested too deeply to read"
    if not isinstance(row, dict):
        return None, f"a JSON {_type_name(row)}, not an object"
    return row, None


def _iter_jsonl(path: Path) -> Iterator[RawRow]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            row, reason = parse_json_object(raw, first_line=lineno == 1)
            yield RawRow(f"line {lineno}", row, reason)


def _iter_csv(path: Path) -> Iterator[RawRow]:
    csv.field_size_limit(1 << 30)   # articles are long; the default limit is 128 KB
    try:
        fh = path.open("r", encoding="utf-8-sig", newline="")
        with fh:
            for number, row in enumerate(csv.DictReader(fh), 1):
                yield RawRow(f"row {number}", row)
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not a readable CSV file ({exc})") from None


def _iter_parquet(path: Path) -> Iterator[RawRow]:
    try:
        import pyarrow.parquet as pq   # optional (it comes with `datasets`)
    except ImportError:  # pragma: no cover
        raise InputError("reading Parquet needs pyarrow (pip install pyarrow)") from None
    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several types for a bad file
        raise InputError(f"{path}: not a readable Parquet file ({type(exc).__name__})") from None
    for number, row in enumerate(table.to_pylist(), 1):
        yield RawRow(f"row {number}", row)


def _offline_unless_hub_reachable(datasets) -> None:
    """Without a reachable Hub, `datasets` retries for tens of seconds: use the local cache only."""
    # The Hub probe lives with the engines; only an hf: source (which imports `datasets`
    # anyway) pays for importing the summariser.
    from tomtat.summarize.auto import hub_offline_reason

    if hub_offline_reason() is not None:
        import huggingface_hub.constants

        datasets.config.HF_HUB_OFFLINE = True
        huggingface_hub.constants.HF_HUB_OFFLINE = True


def _iter_hf(spec: str) -> Iterator[RawRow]:
    name, _, split = spec.partition(":")
    split = split or "test"
    if not name:
        raise InputError("hf: expected hf:NAME[:SPLIT]")
    try:
        import datasets
    except ImportError:  # pragma: no cover
        raise InputError("hf: datasets need the `datasets` package") from None
    try:
        local = Path(name)
        if local.is_dir() and ((local / "dataset_info.json").exists() or (local / "dataset_dict.json").exists()):
            ds = datasets.load_from_disk(name)
            if isinstance(ds, datasets.DatasetDict):
                if split not in ds:
                    raise InputError(f"hf:{name}: no split {split!r} (has {', '.join(ds)})")
                ds = ds[split]
        else:
            _offline_unless_hub_reachable(datasets)
            ds = datasets.load_dataset(name, split=split)
    except InputError:
        raise
    except Exception as exc:  # offline hub, unknown name, bad split: one line
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"hf:{spec}: cannot load dataset ({message[:200]})") from None
    for number, row in enumerate(ds, 1):
        yield RawRow(f"row {number}", dict(row))


# ---------------------------------------------------------------------------

def _type_name(value: Any) -> str:
    """How a value of the wrong type is named in a reason: "list", "number", "true", "NaN"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, (list, tuple)):
        return "list"
    return type(value).__name__


def _unencodable_at(text: str) -> int | None:
    """Where a string stops being valid Unicode (a lone surrogate), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _text_field(row: dict, key: str, name: str) -> tuple[str | None, str | None]:
    """(the field as NFC text, None), (None, None) when absent, or (None, why it is unusable)."""
    value = row.get(name)
    if value is None:
        return None, None
    if not isinstance(value, str):
        return None, f"{key} ({name!r}) is a {_type_name(value)}, not text"
    at = _unencodable_at(value)
    if at is not None:
        return None, f"{key} ({name!r}) is not valid Unicode (a lone surrogate at character {at})"
    return unicodedata.normalize("NFC", value), None


#: The news sources of the gemini-2025 set's ids. Only these: an id of another set that happens
#: to look like "ABC_123456_7" says nothing about a day.
GATHERED_SOURCES = ("VNEX", "TP", "DANTRI")
#: An id that names the day its article was gathered: source, DDMMYY, a number of that day.
_GATHERED_ID = re.compile(rf"(?:{'|'.join(GATHERED_SOURCES)})_(\d{{2}})(\d{{2}})(\d{{2}})_\d+")


def day_gathered(record_id: str) -> DayOfWriting | None:
    """The day an id of the form ``SOURCE_DDMMYY_NNNNN`` names ("VNEX_160725_00102": 16/7/2025;
    SOURCE one of GATHERED_SOURCES),
    as a day of writing that may be a day late: the gemini-2025 set's daily job gathered the
    article that day, so it was written that day or the day before. None for other ids."""
    m = _GATHERED_ID.fullmatch(record_id)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        return DayOfWriting(date(2000 + year, month, day), may_be_late=True)
    except ValueError:
        return None


def record_id(value: Any) -> str | None:
    """A record id as text: a non-empty string or a whole number; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip() and _unencodable_at(value) is None:
        return value
    return None


def _to_record(index: int, raw: RawRow, fields: dict[str, str]) -> Record | Malformed:
    row = raw.row
    given_id = row.get(fields["id"])
    rid = record_id(given_id)
    if rid is None:
        if given_id is not None and not (isinstance(given_id, str) and not given_id.strip()):
            what = ("not valid Unicode" if isinstance(given_id, str)
                    else f"a {_type_name(given_id)}, not text or a whole number")
            return Malformed(index, raw.where, f"id ({fields['id']!r}) is {what}", raw.where)
        rid = f"#{index}"
    missing = [key for key in ("article", "summary") if row.get(fields[key]) is None]
    if missing:
        names = ", ".join(f"{k} ({fields[k]!r})" for k in missing)
        return Malformed(index, rid, f"missing field: {names}", raw.where)
    texts = {}
    for key in ("article", "summary", "title"):
        texts[key], problem = _text_field(row, key, fields[key])
        if problem:
            return Malformed(index, rid, problem, raw.where)
    article, summary = texts["article"].strip(), texts["summary"].strip()
    if not article:
        return Malformed(index, rid, "empty article", raw.where)
    if not summary:
        return Malformed(index, rid, "empty reference summary", raw.where)
    return Record(index, rid, article, summary, (texts["title"] or "").strip() or None, day_gathered(rid))


def _raw_rows(source: str) -> Iterator[RawRow]:
    if source.startswith("hf:"):
        return _iter_hf(source[3:])
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file or folder")
    if path.is_dir():
        return _iter_seg_folder(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson") or path.name.lower().endswith(".jsonl.txt"):
        return _iter_jsonl(path)
    if suffix in (".csv", ".tsv"):
        return _iter_csv(path)
    if suffix in (".parquet", ".pq"):
        return _iter_parquet(path)
    raise InputError(
        f"{source}: unknown data format {suffix or '(no extension)'!r} "
        "(use a .jsonl, .csv or .parquet file, a folder of .txt.seg files, or hf:NAME[:SPLIT])")


def load_records(source: str, *, fields: dict[str, str] | None = None, limit: int | None = None,
                 shard: tuple[int, int] | None = None) -> Iterator[Record | Malformed]:
    """Records (or Malformed placeholders) of `source`, in canonical order.

    `limit` keeps the first N records of the whole set; `shard` = (I, N) then keeps
    those whose index is I-1 modulo N, so the shards of a limited set partition it.
    Raises InputError if the source itself cannot be read.
    """
    fields = {**DEFAULT_FIELDS, **(fields or {})}
    if limit is not None and limit < 0:
        raise OptionError("limit", "must be 0 or more")
    rows = _raw_rows(source)   # raises InputError now for a missing/unknown source
    seen: set[str] = set()
    for index, raw in enumerate(rows):
        if limit is not None and index >= limit:
            break
        if shard is not None and index % shard[1] != shard[0] - 1:
            continue
        if raw.row is None:
            yield Malformed(index, raw.id or raw.where, raw.reason or "unreadable", raw.where)
            continue
        record = _to_record(index, raw, fields)
        if isinstance(record, Malformed):
            yield record
            continue
        if record.id in seen:
            # Resume and merge key on the id: a repeated one would be ambiguous.
            yield Malformed(index, record.id, "duplicate id", raw.where)
            continue
        seen.add(record.id)
        yield record
