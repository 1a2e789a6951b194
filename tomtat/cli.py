"""The `tomtat` command: parse arguments, call the library, render.

Each subcommand lives in `tomtat.commands.<name>` with `add_parser(subparsers)`
and `run(args) -> int`; this module only wires them up and turns errors into
one line on stderr with exit status 2.
"""
from __future__ import annotations

import argparse
import sys

from tomtat import __version__
from tomtat.errors import TomtatError

# Subcommand modules, imported lazily by name so that `tomtat check` never pays
# for (or imports) torch and transformers.
COMMANDS = {
    "check": "tomtat.commands.check",
    "summarize": "tomtat.commands.summarize",
    "eval": "tomtat.commands.evaluate",
}


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line (and still exit 2)."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(prog="tomtat", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"tomtat {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name, module_name in COMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:  # a subcommand not built yet
            if exc.name != module_name:
                raise
            continue
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except TomtatError as exc:
        print(f"tomtat: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("tomtat: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
