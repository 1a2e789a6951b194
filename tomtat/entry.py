"""The `tomtat` console script: Ctrl-C at any moment after this module starts is one line.

Importing the real command line (`tomtat.cli`, then the subcommand's module, rich, the
checker's tables) takes a noticeable part of a second, and a SIGINT in that time raised
KeyboardInterrupt out of an import, where nothing caught it: a traceback. This module
imports only `sys`, so it is loaded before a user can press Ctrl-C in practice, and it
catches KeyboardInterrupt around the import and the run alike, ending as the command line
itself ends on Ctrl-C: one line on stderr and exit status 130 (128 + SIGINT).
"""
import sys

#: What the command line prints on Ctrl-C (`tomtat.cli.main` says the same).
INTERRUPTED = "tomtat: interrupted"
#: The exit status of a run stopped by SIGINT, as a shell reports it (128 + 2).
EXIT_INTERRUPTED = 130


def main() -> int:
    try:
        from tomtat.cli import main as run_cli

        return run_cli()
    except KeyboardInterrupt:
        # during the import, or in the instants of the run that tomtat.cli.main does not cover
        print(INTERRUPTED, file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
