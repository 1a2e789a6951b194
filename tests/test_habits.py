"""The house rules, run with the tests: ruff, the import contract, the README's examples, the layers.

Each runs the real tool in a subprocess, so `python -m pytest` (what CI runs) fails on
a lint error, an import across a layer, or a README example that drifted from what
the tool prints.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _tool(name: str) -> Path:
    """A console script installed beside this interpreter (by the `test` extra)."""
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is not installed beside {sys.executable}: pip install -e '.[test]'")
    return path


def test_ruff_finds_nothing():
    proc = subprocess.run([_tool("ruff"), "check", "--no-cache", str(ROOT)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def installed_layout(dest: Path) -> Path:
    """The package tree as installed (reading/ as tomtat/reading/, ...), from pyproject's package-dir.

    import-linter walks a package's folder; in the repository the subpackages live
    beside `tomtat/`, so it reads a copy laid out as the installed package.
    """
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_dir = config["tool"]["setuptools"]["package-dir"]
    for package in sorted(package_dir, key=len):   # tomtat first, then its subpackages into it
        shutil.copytree(ROOT / package_dir[package], dest / package.replace(".", "/"), dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def test_import_contract_holds(tmp_path):
    layout = installed_layout(tmp_path / "layout")
    env = {**os.environ, "PYTHONPATH": str(layout)}
    proc = subprocess.run([_tool("lint-imports"), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def test_import_contract_catches_a_crossing(tmp_path):
    # The contract can fail: the checker importing the reader is reported as broken.
    layout = installed_layout(tmp_path / "layout")
    with (layout / "tomtat" / "checks" / "types.py").open("a", encoding="utf-8") as fh:
        fh.write("\nfrom tomtat.reading import Article  # noqa\n")
    env = {**os.environ, "PYTHONPATH": str(layout)}
    proc = subprocess.run([_tool("lint-imports"), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert proc.returncode == 1 and "tomtat.checks.types -> tomtat.reading" in proc.stdout


def test_readme_examples_are_what_the_tool_prints():
    # The examples on ../shared data are left to .ci/run (unit tests do not depend on it).
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_examples.py"), "--check", "--skip-slow"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr[-6000:]


def test_check_and_eval_without_an_engine_never_import_the_summariser(tmp_path):
    from eval_fixtures import write_predictions, write_set

    data, preds = write_set(tmp_path / "set.jsonl"), write_predictions(tmp_path / "p.jsonl")
    runs = [
        ["check", str(ROOT / "examples" / "ket-nap-dang-vien.txt"), "--summary-text", "Có 6.311 đảng viên."],
        ["eval", str(data), "--predictions", str(preds), "--no-progress"],
        ["eval", str(data), "--engine", "lead-3", "--no-progress"],
    ]
    # One interpreter runs the three in turn and lists the heavy modules loaded after each;
    # then it builds the parser of `summarize`, which must load the summariser (the probe works).
    code = (
        "import sys\n"
        "from tomtat.cli import build_parser, main\n"
        "def heavy():\n"
        "    return sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'transformers', 'ctranslate2')\n"
        "                  or m.startswith('tomtat.summarize'))\n"
        f"for argv in {runs!r}:\n"
        "    assert main(argv) in (0, 1), argv\n"
        "    print(argv[0], argv[2] if argv[0] == 'eval' else '', heavy()[:5], file=sys.stderr)\n"
        "build_parser(['summarize'])\n"
        "print('summarize', heavy()[:1], file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = proc.stderr.strip().splitlines()[-4:]
    assert report[:3] == ["check  []", "eval --predictions []", "eval --engine []"], report
    assert report[3] == "summarize ['tomtat.summarize']"
