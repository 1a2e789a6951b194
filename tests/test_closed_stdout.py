"""A reader that closes stdout early (`tomtat check ... | head -1`): tomtat ends quietly with 141.

141 is what a shell reports for a Unix tool that SIGPIPE ended (128 + 13); it cannot be read
as 0 (nothing flagged), 1 (flagged) or 2 (bad input). Nothing may reach stderr: no traceback,
no "Exception ignored" from the interpreter's last flush of stdout.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eval_fixtures import write_set

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ket-nap-dang-vien.txt"
FLAGGED_SUMMARY = "Huyện Sơn Lâm kết nạp 137 đảng viên, đạt 102%."


def run_into_a_closed_pipe(args: list[str]) -> subprocess.CompletedProcess:
    """Run `tomtat ARGS` with stdout a pipe whose reading end is already closed."""
    read_end, write_end = os.pipe()
    os.close(read_end)   # every write to stdout now fails with EPIPE, as after `head -1` exits
    try:
        return subprocess.run([sys.executable, "-m", "tomtat.cli", *args], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120, cwd=ROOT)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [
    ["check", str(EXAMPLE), "--summary-text", FLAGGED_SUMMARY],
    ["check", str(EXAMPLE), "--summary-text", FLAGGED_SUMMARY, "--json"],
    ["check", str(EXAMPLE)],
    ["summarize", str(EXAMPLE), "--engine", "extractive"],
    ["summarize", str(EXAMPLE), "--engine", "extractive", "--json"],
], ids=["check", "check-json", "check-article", "summarize", "summarize-json"])
def test_a_closed_stdout_ends_quietly_with_141(args):
    proc = run_into_a_closed_pipe(args)
    assert (proc.returncode, proc.stderr) == (141, "")


@pytest.mark.parametrize("extra", [[], ["--json"]], ids=["table", "json"])
def test_eval_into_a_closed_stdout_ends_quietly_with_141(tmp_path, extra):
    data = write_set(tmp_path / "set.jsonl")
    proc = run_into_a_closed_pipe(["eval", str(data), "--engine", "lead-3", "--no-progress", *extra])
    assert (proc.returncode, proc.stderr) == (141, "")
