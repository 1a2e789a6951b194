"""Ctrl-C while `tomtat` starts: one line and exit status 130, never a traceback.

A real SIGINT is sent to a real interpreter at a moment chosen, not guessed: the child
stalls inside the import of one module (a finder on `sys.meta_path` announces the import,
then sleeps), the test waits for the announcement and sends the signal there.
"""
from __future__ import annotations

import ast
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tomtat import cli, entry

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "bao-cao-xay-dung-dang.txt"

#: The child: stall in the import of argv[1], then start tomtat through argv[2] as the
#: console script does (`from <module> import main; sys.exit(main())`).
_CHILD = """
import signal, sys, time

# Ctrl-C as a terminal gives it, even where the test runs with SIGINT ignored (a job started
# with & by a non-interactive shell passes SIG_IGN on, and Python then installs no handler)
signal.signal(signal.SIGINT, signal.default_int_handler)

class Stall:
    def find_spec(self, name, path=None, target=None):
        if name == stalled:
            print("importing", name, flush=True)
            time.sleep(60)
        return None

stalled, entry_module = sys.argv[1], sys.argv[2]
sys.argv = ["tomtat", "check", sys.argv[3], "--summary-text", "Có 173 đảng viên."]
sys.meta_path.insert(0, Stall())
main = __import__(entry_module, fromlist=["main"]).main
sys.exit(main())
"""


def interrupted_while_importing(module: str, entry_module: str = "tomtat.entry") -> subprocess.CompletedProcess:
    """Start tomtat through `entry_module`, send SIGINT while it imports `module`."""
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, module, entry_module, str(FIXTURE)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        announced = proc.stdout.readline()
        assert announced == f"importing {module}\n", (announced, proc.stderr.read() if proc.poll() is not None else "")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.parametrize("module", ["tomtat.cli", "tomtat.errors", "tomtat.commands.check", "tomtat.checks", "rich"])
def test_ctrl_c_during_start_up_is_one_line(module):
    # the CLI itself and what it imports first, the subcommand it loads, the checker, the renderer's library
    proc = interrupted_while_importing(module)
    assert proc.returncode == entry.EXIT_INTERRUPTED, proc.stderr
    assert proc.stderr == entry.INTERRUPTED + "\n"
    assert proc.stdout == ""


def test_the_old_entry_point_showed_a_traceback():
    # what the test above guards against: started at tomtat.cli, a signal while it imported its
    # own first imports escaped as a traceback
    proc = interrupted_while_importing("tomtat.errors", entry_module="tomtat.cli")
    assert "Traceback" in proc.stderr and "KeyboardInterrupt" in proc.stderr


def test_ctrl_c_later_says_the_same_line(monkeypatch, capsys):
    def interrupted(argv=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    assert cli.main(["check"]) == entry.EXIT_INTERRUPTED
    assert capsys.readouterr().err == entry.INTERRUPTED + "\n"


def _top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {alias.name for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom)) for alias in node.names}


def test_the_console_script_starts_at_the_small_module():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["tomtat"] == "tomtat.entry:main"
    # nothing that takes time to import stands before the try in entry.main
    assert _top_level_imports(ROOT / "tomtat" / "entry.py") <= {"sys", "signal"}
    assert _top_level_imports(ROOT / "tomtat" / "__init__.py") == set()   # imported first, as the package
    installed = Path(sys.executable).parent / "tomtat"
    if installed.exists():
        assert "tomtat.entry" in installed.read_text(encoding="utf-8"), \
            f"{installed} predates tomtat.entry: pip install -e . again"
