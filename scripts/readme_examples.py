"""Regenerate the README's example outputs from the commands they show; `--check` fails on drift.

Two kinds of fenced blocks are examples:

- a block whose lines start with ``$ `` holds commands and, after each, what it
  prints (``$ echo $?`` prints the previous command's exit status);
- a block right after an ``<!-- example: COMMAND -->`` comment holds COMMAND's output.

Commands run with bash in a scratch folder that sees the repository's
``examples/`` and the ``../shared`` beside the repository, at 100 columns, and
what they print on stdout is the block. Timings differ from run to run: numbers
on lines starting with ``engine:`` or ``time per article:`` are compared as
"a number", and a block whose only differences are such numbers is left as it
is. A block may leave lines out with a line ``…`` or ``… (what is left out) …``:
such a block is checked (its other lines, in order) but never rewritten. An example that needs a file that is not there (``../shared/data`` on a
machine without it) is reported as skipped.

    python scripts/readme_examples.py           # rewrite README.md
    python scripts/readme_examples.py --check   # exit 1 and show the drift, change nothing
    python scripts/readme_examples.py --check --skip-slow   # leave out examples marked slow
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
COLUMNS = 100
COMMAND_TIMEOUT_S = 300

_DIRECTIVE = re.compile(r"<!-- example: (?P<command>.+?)(?P<slow> \(slow\))? -->")
_FENCE = "```"
#: Lines whose numbers are timings: equal up to those numbers counts as no drift.
_TIMED_LINE = re.compile(r"^(engine:|time per article:)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
#: A line the README leaves out of a long output: "…" alone, or "… (what is left out) …".
_ELISION = re.compile(r"\s*…(?: \(.*\) …)?")


@dataclass
class Example:
    """One fenced example block: where its body is in the README and how to produce it."""

    start: int                  # index of the first body line (after the opening fence)
    end: int                    # index of the closing fence
    commands: list[str] | None  # `$ ` commands in the block, or None: `directive` output only
    directive: str | None
    slow: bool


def find_examples(lines: list[str]) -> list[Example]:
    examples, i = [], 0
    while i < len(lines):
        if not lines[i].startswith(_FENCE):
            i += 1
            continue
        end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith(_FENCE))
        body = lines[i + 1:end]
        directive = _DIRECTIVE.fullmatch(lines[i - 1].strip()) if i > 0 else None
        if directive:
            examples.append(Example(i + 1, end, None, directive["command"], bool(directive["slow"])))
        elif lines[i].strip() == _FENCE and body and body[0].startswith("$ tomtat "):
            commands = [line[2:] for line in body if line.startswith("$ ")]
            examples.append(Example(i + 1, end, commands, None, _needs_shared(commands)))
        i = end + 1
    return examples


def _needs_shared(commands: list[str]) -> bool:
    return any("../shared/" in c for c in commands)


def _missing_inputs(command: str, cwd: Path) -> list[str]:
    return [word for word in shlex.split(command) if word.startswith(("../shared/", "examples/"))
            and not (cwd / word).exists()]


def _scratch() -> Path:
    """A folder where `examples/` and `../shared` resolve as in the repository."""
    top = Path(tempfile.mkdtemp(prefix="tomtat-readme-"))
    work = top / "repo"
    work.mkdir()
    (work / "examples").symlink_to(ROOT / "examples")
    if (ROOT.parent / "shared").exists():
        (top / "shared").symlink_to(ROOT.parent / "shared")
    return work


def _run(command: str, cwd: Path, previous_status: int) -> tuple[str, int]:
    env = {**os.environ, "COLUMNS": str(COLUMNS), "NO_COLOR": "1", "TERM": "dumb"}
    bin_dir = str(Path(sys.executable).parent)   # the `tomtat` of this interpreter first
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    proc = subprocess.run(["bash", "-c", f"(exit {previous_status}); {command}"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S)
    return proc.stdout, proc.returncode


def produce(example: Example, cwd: Path) -> list[str] | None:
    """The block's body as the commands print it now; None when an input is missing."""
    commands = example.commands if example.commands is not None else [example.directive]
    if any(_missing_inputs(c, cwd) for c in commands):
        return None
    body, status = [], 0
    for command in commands:
        out, status = _run(command, cwd, status)
        if example.commands is not None:
            body.append(f"$ {command}")
        # rich pads some lines to the console width; the README keeps no trailing spaces
        if out.strip():
            body.extend(line.rstrip() for line in out.rstrip("\n").split("\n"))
    return body


def _masked(lines: list[str]) -> list[str]:
    return [_NUMBER.sub("N", line) if _TIMED_LINE.match(line) else line for line in lines]


def has_elisions(lines: list[str]) -> bool:
    return any(_ELISION.fullmatch(line) for line in lines)


def matches(readme: list[str], output: list[str]) -> bool:
    """Whether the README's block shows `output`, up to timings and its elided lines."""
    if not has_elisions(readme):
        return _masked(readme) == _masked(output)
    pattern = "".join(r"(?:[^\n]*\n)+?" if _ELISION.fullmatch(line) else re.escape(line) + r"\n"
                      for line in _masked(readme))
    return re.fullmatch(pattern, "".join(line + "\n" for line in _masked(output))) is not None


def compare(lines: list[str], cwd: Path, *, skip_slow: bool) -> tuple[list, list[str]]:
    """(drifted examples as (label, old, new), the README's lines with every example as it is now)."""
    drift, new_lines, last = [], [], 0
    for example in find_examples(lines):
        old = lines[example.start:example.end]
        label = example.directive or example.commands[0]
        new = None if (example.slow and skip_slow) else produce(example, cwd)
        if new is None:
            print(f"skipped: {label}", file=sys.stderr)
            new = old
        elif matches(old, new):
            new = old   # the same up to timings and elisions: leave the README alone
        else:
            drift.append((label, old, new))
            if has_elisions(old):   # what to leave out is an author's choice: never rewritten
                print(f"{label}: this example elides lines; update it by hand", file=sys.stderr)
                new = old
        new_lines += lines[last:example.start] + new
        last = example.end
    return drift, new_lines + lines[last:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report drift and exit 1; change nothing")
    parser.add_argument("--skip-slow", action="store_true",
                        help="leave out the examples that run on ../shared data")
    parser.add_argument("--readme", type=Path, default=README)
    args = parser.parse_args(argv)

    lines = args.readme.read_text(encoding="utf-8").split("\n")
    cwd = _scratch()
    try:
        drift, new_lines = compare(lines, cwd, skip_slow=args.skip_slow)
    finally:
        shutil.rmtree(cwd.parent, ignore_errors=True)
    for label, old, new in drift:
        print(f"drift: {label}", file=sys.stderr)
        sys.stderr.writelines(difflib.unified_diff([x + "\n" for x in old], [x + "\n" for x in new],
                                                   "README.md", "now"))
    if args.check:
        return 1 if drift else 0
    if drift:
        args.readme.write_text("\n".join(new_lines), encoding="utf-8")
        print(f"rewrote {len(drift)} example(s) in {args.readme}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
