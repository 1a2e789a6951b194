"""The `tomtat` command: parse arguments, call the library, render.

Each subcommand lives in `tomtat.commands.<name>` with `add_parser(subparsers, help)`
and `run(args) -> int`. Only the module of the subcommand being run is imported, so
`tomtat check` never imports the summariser (nor torch). This module wires them up
and turns the library's typed errors into one line on stderr with exit status 2.
"""
from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys

from tomtat import __version__
from tomtat.errors import OptionError, TomtatError

#: name -> (module, one-line help). The help is here so that `tomtat --help` lists every
#: subcommand without importing any of them.
COMMANDS = {
    "check": ("tomtat.commands.check", "check a summary's figures against its article"),
    "summarize": ("tomtat.commands.summarize", "summarise an article and check the summary's figures"),
    "eval": ("tomtat.commands.evaluate", "evaluate a summariser on a test set: ROUGE and figure faithfulness"),
}

#: Exit status for bad usage or unreadable input (README, "Exit status").
EXIT_USAGE = 2
#: Exit status when the reader of stdout closed it early (`tomtat check ... | head -1`): what a
#: shell reports for a Unix tool that SIGPIPE ended (128 + 13), and neither 0 (nothing flagged)
#: nor 1 (flagged), since the output, verdict included, was not all read. Returned, not died of:
#: Python ignores SIGPIPE, so that a server closing a socket raises instead of killing tomtat.
EXIT_CLOSED_STDOUT = 141


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line (and still exit 2)."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _command_in(argv: list[str]) -> str | None:
    """The subcommand named on the command line: the first argument that is not an option."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with full options for the subcommand `argv` names and a listing for the rest."""
    chosen = _command_in(sys.argv[1:] if argv is None else argv)
    parser = _Parser(prog="tomtat", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"tomtat {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name, (module_name, help_text) in COMMANDS.items():
        if name == chosen:
            importlib.import_module(module_name).add_parser(sub, help_text)
        else:
            sub.add_parser(name, help=help_text)   # listed; its options are built when it runs
    return parser


def flag(option: str) -> str:
    """The command-line flag of a library setting: "batch_size" -> "--batch-size"."""
    return "--" + option.replace("_", "-")


def error_line(exc: TomtatError) -> str:
    """The library's error in the CLI's words: settings are named by their flags."""
    if isinstance(exc, OptionError):
        return f"{flag(exc.option)}: {exc.message}"
    if exc.options:   # e.g. RunStoreError's ("resume", "overwrite"), an LLM server's ("base_url",)
        return f"{exc} (see {', '.join(flag(o) for o in exc.options)})"
    return str(exc)


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser(argv).parse_args(argv)
        status = int(args.run(args) or 0)
        sys.stdout.flush()   # here, not at the interpreter's exit, where a closed pipe cannot be caught
        return status
    except TomtatError as exc:
        print(f"tomtat: error: {error_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("tomtat: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_CLOSED_STDOUT
    except OSError as exc:
        if not _is_stdout_failure(exc):
            raise
        # e.g. stdout is /dev/full: say so in one line, and make sure the interpreter's own
        # flush of stdout at exit cannot raise again and print a traceback
        _silence_stdout()
        print(f"tomtat: error: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def _is_stdout_failure(exc: OSError) -> bool:
    """An error writing or flushing stdout (disk full, closed pipe), not one of the library's."""
    try:
        sys.stdout.flush()
    except OSError:
        return True
    return exc.errno in (errno.ENOSPC, errno.EPIPE, errno.EIO) and exc.filename is None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that nothing written later (the exit flush) fails."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
