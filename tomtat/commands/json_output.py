"""The JSON the commands print: UTF-8, text as it is (no \\u escapes), written by orjson.

The standard library writes a long report in Python, piece by piece: 0.9 s to indent the
21 MB report of a 10 MB article (orjson: 0.1 s), 0.25 s for the 17 MB of `summarize --json`
(orjson: 0.03 s). orjson's bytes go to stdout as they are: made into text and encoded again
they were copied three times more (0.06 s for 17 MB). orjson refuses integers beyond 64 bits
(a figure may be larger); the standard library then writes the same characters.
"""
from __future__ import annotations

import json
import sys

import orjson


def json_text(obj) -> bytes:
    """`obj` indented by two spaces: what `json.dumps(obj, ensure_ascii=False, indent=2)`
    writes, in UTF-8."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError:
        return json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False).encode()


def json_line(obj) -> bytes:
    """`obj` on one line, without spaces between items: what `json.dumps(obj,
    ensure_ascii=False, separators=(",", ":"))` writes, in UTF-8."""
    try:
        return orjson.dumps(obj)
    except orjson.JSONEncodeError:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def print_json(data: bytes) -> None:
    """`data` and a line break on stdout: to its bytes underneath where it has them (after
    what was written to it as text), else as text."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode() + "\n")
        return
    sys.stdout.flush()
    buffer.write(data + b"\n")   # one write: a reader that has read it all may close the pipe
    buffer.flush()
