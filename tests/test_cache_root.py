"""One cache folder for all tomtat keeps: TOMTAT_CACHE_DIR moves the converted models and the
LLM's answers alike (README, "Caches")."""
from __future__ import annotations


import pytest

from tomtat.summarize import ct2
from tomtat.summarize.response_cache import default_cache_dir

CACHE_VARS = ("TOMTAT_CACHE_DIR", "TOMTAT_CT2_CACHE", "XDG_CACHE_HOME")


@pytest.fixture
def no_cache_vars(monkeypatch):
    for var in CACHE_VARS:   # conftest points TOMTAT_CT2_CACHE at a temporary folder
        monkeypatch.delenv(var, raising=False)
    return monkeypatch


def test_tomtat_cache_dir_moves_every_cache(no_cache_vars, tmp_path):
    no_cache_vars.setenv("TOMTAT_CACHE_DIR", str(tmp_path / "caches"))
    assert ct2.conversions_dir() == tmp_path / "caches" / "ct2"
    assert default_cache_dir() == tmp_path / "caches" / "llm"


def test_xdg_cache_home_then_home(no_cache_vars, tmp_path):
    no_cache_vars.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert ct2.conversions_dir() == tmp_path / "xdg" / "tomtat" / "ct2"
    assert default_cache_dir() == tmp_path / "xdg" / "tomtat" / "llm"
    no_cache_vars.delenv("XDG_CACHE_HOME")
    no_cache_vars.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "tomtat" / "llm"


def test_a_tilde_is_the_home_folder(no_cache_vars, tmp_path):
    no_cache_vars.setenv("HOME", str(tmp_path / "home"))
    no_cache_vars.setenv("TOMTAT_CACHE_DIR", "~/tomtat-cache")
    assert default_cache_dir() == tmp_path / "home" / "tomtat-cache" / "llm"


def test_tomtat_ct2_cache_still_moves_the_conversions_alone(no_cache_vars, tmp_path):
    no_cache_vars.setenv("TOMTAT_CACHE_DIR", str(tmp_path / "caches"))
    no_cache_vars.setenv("TOMTAT_CT2_CACHE", str(tmp_path / "converted"))
    assert ct2.conversions_dir() == tmp_path / "converted"
    assert default_cache_dir() == tmp_path / "caches" / "llm"
