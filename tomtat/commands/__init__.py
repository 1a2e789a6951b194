"""Subcommands of the `tomtat` CLI, one module each."""
