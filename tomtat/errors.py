"""Errors that reach the user as one line and exit status 2."""


class TomtatError(Exception):
    """Bad usage or unreadable input: shown as `tomtat: error: <message>`, exit 2."""

    exit_code = 2


class InputError(TomtatError):
    """The input cannot be read or holds no text."""
